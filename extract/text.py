"""Text normalization shared by every stage: Unicode form, tone-mark placement, folding.

Vietnamese is written with two tone-mark conventions for open syllables ending in
-oa, -oe, -uy: the old one marks the second vowel (`hoá`, `Uỷ`), the new one the
first (`hóa`, `Ủy`). Articles mix them, so every comparison goes through `fold`,
while the original text is kept for evidence.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng


def _old_to_new_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = f + unicodedata.normalize("NFC", s + tone)
                new = unicodedata.normalize("NFC", f + tone) + s
                table[old] = new
    return table


_OLD_TO_NEW = _old_to_new_table()
# Only at the end of a syllable (no final consonant), and not after q ("quý" is the same in both).
_OLD_TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(map(re.escape, _OLD_TO_NEW)) + r")(?![^\W\d_])"
)
_SPACE_RE = re.compile(r"\s+")
# Tokens as extract.tokenizer splits text, white space runs included. A word: letters
# and digits, joined by & / - . ' when another letter or digit follows, and by a comma
# between digits or capitals (so "TT&TT", "348/QĐ-TTg", "4,5" and "VH,TT&DL" stay whole,
# while "Tĩnh," loses its comma and "Oai,Quyền" is two words).
_WORD = r"[^\W_](?:[^\W_]|[&/.'’-](?=[^\W_])|(?<=[0-9A-ZĐ]),(?=[0-9A-ZĐ]))*"
# A name prefix of the Central Highlands written apart from the name it opens ("H’ Yim
# Kđoh", "K' Mák"): one letter, its apostrophe, a space, a capital.
_NAME_PREFIX = r"[A-Z]['’](?=[ \t]+[A-ZĐ])"
TOKEN_RE = re.compile(rf"\s+|{_NAME_PREFIX}|{_WORD}|[^\w\s]|_", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def new_tone_marks(text: str) -> str:
    """`hoá` → `hóa`, `Uỷ ban` → `Ủy ban`; the string keeps its length."""
    return _OLD_TONE_RE.sub(lambda m: _OLD_TO_NEW[m.group(1)], nfc(text))


FOLDED_TEXTS = 1 << 15  # distinct strings whose keys are kept: the names and phrases an article compares


@lru_cache(maxsize=FOLDED_TEXTS)
def fold(text: str) -> str:
    """The comparison key: NFC, one tone-mark convention, case-folded, single spaces. Every
    stage folds the same names again (a body's canonical name, a title): each once."""
    return _SPACE_RE.sub(" ", new_tone_marks(text)).strip().casefold()


_WORD_RE = re.compile(r"[^\W_]+")


def folded_words(text: str) -> frozenset[str]:
    """The words of a text, folded (case and tone marks aside): what two names or two
    requests share."""
    return frozenset(_WORD_RE.findall(fold(text)))


FOLDED_TOKENS = 1 << 16  # distinct tokens whose keys are kept: a language's syllables and a corpus's names


@lru_cache(maxsize=FOLDED_TOKENS)
def fold_token(token: str) -> str:
    """The comparison key of one token: `fold`, with an "&" standing alone read as "và", as
    names write it ("Sở Khoa học & Công nghệ", "Ban Xúc tiến & Hỗ trợ Đầu tư"), and a dash of
    any length as a hyphen ("Phòng Tài nguyên – Môi trường"). Every article folds the same few
    thousand syllables: each is folded once."""
    return "và" if token == "&" else "-" if token in DASHES else fold(token)


DASHES = ("–", "—")  # en and em dash


def strip_diacritics(text: str) -> str:
    """`Lê Văn Đức` → `Le Van Duc` (for search and diacritic-free matching)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# "R’Lấp", "R'Lấp", "R‘Lấp": one word however the apostrophe of a minority name is typed.
APOSTROPHES = str.maketrans("\u2019\u2018\u02bc`\u00b4", "'" * 5)


def ascii_key(text: str) -> str:
    """Diacritic-free, case-folded key, one apostrophe: `le van DUC` and `Lê Văn Đức` share
    it, and so do `H’ Yim` and `H' Yim`."""
    return fold(strip_diacritics(text)).translate(APOSTROPHES)


def slug(text: str) -> str:
    """A stable IRI-safe slug: `Sở Y tế tỉnh Hà Tĩnh` → `so-y-te-tinh-ha-tinh`."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_key(text)).strip("-")


# A document number: "348/QĐ-TTg", "206-KL/TU", "18/2021/NQ-HĐND" (digits, then codes).
_DOCUMENT_NUMBER_RE = re.compile(r"(?<![\w/])\d+(?:/\d{4})?[/-][^\W\d_]+(?:[-/][^\W\d_]+)*")


def document_numbers(text: str) -> set[str]:
    """The folded document numbers in a text: {"348/qđ-ttg"}."""
    return set(_DOCUMENT_NUMBER_RE.findall(fold(text)))


# A Vietnamese syllable, tone marks and vowel marks set aside: onset, vowels, final.
_SYLLABLE_RE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                          r"(?:ch|ng|nh|[cmnpt])?")


def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word is one Vietnamese syllable ("Việt", "Nguyễn"), not a foreign word or a
    brand ("Hyosung", "Amornwanit", "C.P")."""
    bare = strip_diacritics(word.casefold()).replace("đ", "d")
    return bool(_SYLLABLE_RE.fullmatch(bare))
