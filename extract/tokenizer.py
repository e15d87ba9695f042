"""Tokenization for Vietnamese news text.

spaCy's Vietnamese tokenizer either calls pyvi (slow, and it splits names wrongly)
or splits on white space only, leaving punctuation glued to words. Vietnamese
writes one syllable per space-separated piece, so syllables are our tokens; we
only have to split punctuation off while keeping the compact forms that
administrative text relies on as single tokens: abbreviations (`TT&TT`,
`LĐ-TB&XH`, `KT-XH`), document numbers (`348/QĐ-TTg`, `206-KL/TU`), dates
(`09/06/2021`, `22.4`), numbers (`4,455`, `12.000`) and initials (`T.LONG`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .text import TOKEN_RE, is_vietnamese_syllable


def split_joined_syllables(piece: str) -> list[str]:
    """A piece as tokens: two Vietnamese syllables joined by a hyphen with no space are two
    words and a dash ("Tuấn-Phó Bí thư": a name, then a title; "Công nghiệp-Viễn thông": two
    fields of a name), as written with spaces ("Bà Rịa - Vũng Tàu"); a romanized name
    ("Ji-hoon", "Ua-Amornwanit"), an abbreviation ("KT-XH") or a document number stays whole."""
    first, hyphen, second = piece.partition("-")
    if hyphen and "-" not in second and second[:1].isupper() \
            and not first.isupper() and not second.isupper() \
            and is_vietnamese_syllable(first) and is_vietnamese_syllable(second):
        return [first, hyphen, second]
    return [piece]


def split_glued_words(piece: str) -> list[str]:
    """A piece as tokens: a Vietnamese syllable written with its marks, capitalized and glued
    to the word before it, is a word of its own: scraped text loses the space between a
    caption or a paragraph and the next ("tham luậnPhát biểu", "Hongliang RuanChủ tịch").
    Brands keep their capitals inside ("VinaPhone", "TikTok"): those are no such syllable."""
    parts, start = [], 0
    for i in range(1, len(piece)):
        if piece[i - 1].islower() and piece[i].isupper():
            end = next((k for k in range(i + 1, len(piece)) if not piece[k].islower()), len(piece))
            syllable = piece[i:end]
            if not syllable.isascii() and is_vietnamese_syllable(syllable):
                parts.append(piece[start:i])
                start = i
    return parts + [piece[start:]] if parts else [piece]


# A date or a year right after a word's last letter: "Tuyên Quang15/10/2025", "năm2025".
_GLUED_DATE = re.compile(r"([^\W\d_]{2,})(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:19|20)\d\d)")


def split_glued_date(piece: str) -> list[str]:
    """A piece as tokens: a Vietnamese syllable glued to the date after it is the syllable and
    the date: scraped pages lose the space between an outlet's name and its dateline ("Báo Tuyên
    Quang15/10/2025"). A code of capitals and digits ("QL18", "F0", "COVID19") stays whole."""
    glued = _GLUED_DATE.fullmatch(piece)
    if glued is not None and not glued[1].isupper() and is_vietnamese_syllable(glued[1]):
        return [glued[1], glued[2]]
    return [piece]


def split_dotted_level(piece: str, levels: frozenset[str]) -> list[str]:
    """A piece as tokens: a level word's abbreviation glued by its full stop to the unit's
    name ("P.Lâm", "H.Bắc", "TP.Huế") is the abbreviation, the stop and the name, as written
    with a space ("TP. Huế"); so is a sentence's last word glued by its full stop to the next
    sentence's first, which scraped pages write when they lose a paragraph break ("toàn
    diện.Tham dự ..."). An abbreviation of capitals after it stays whole ("TP.HCM"), and so
    does anything else with a dot (`levels`: the folded abbreviations, place_levels.tsv)."""
    before, dot, name = piece.partition(".")
    if dot and (before.casefold() in levels or before.islower() and is_vietnamese_syllable(before)) \
            and name[:1].isupper() and not name.isupper() and "." not in name and is_vietnamese_syllable(name):
        return [before, dot, name]
    return [piece]


class VietnameseTokenizer:
    """Splits text into syllable and punctuation tokens; `doc.text == text` always
    (`dotted_levels`: see `split_dotted_level`)."""

    def __init__(self, vocab: Vocab, dotted_levels: frozenset[str] = frozenset()):
        self.vocab = vocab
        self.dotted_levels = dotted_levels

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for piece in TOKEN_RE.findall(text):
            if not piece.isspace():
                # only a hyphen, a dot, a capital inside or a letter before a last digit joins what
                # may be several tokens (most pieces have none)
                parts = self._split(piece) if "-" in piece or "." in piece or (
                    not piece[1:].islower() and not piece.isupper() and any(c.isupper() for c in piece[1:])) \
                    or (piece[-1].isdigit() and piece[0].isalpha()) else (piece,)
                words.extend(parts)
                spaces.extend([False] * len(parts))
                continue
            # One plain space after a token is stored as its trailing space;
            # any other white space becomes a token of its own (spaCy's convention).
            if words and not spaces[-1] and piece[0] == " ":
                spaces[-1] = True
                piece = piece[1:]
            if piece:
                words.append(piece)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _split(self, piece: str) -> list[str]:
        return [token for glued in split_glued_words(piece) for dated in split_glued_date(glued)
                for part in split_joined_syllables(dated) for token in split_dotted_level(part, self.dotted_levels)]

    # spaCy serializes the tokenizer with the pipeline; it has no state to save.
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> "VietnameseTokenizer":
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> "VietnameseTokenizer":
        return self


@registry.tokenizers("vi_gov_news.tokenizer.v1")
def create_tokenizer(dotted_levels: list[str] = []):  # noqa: B006  (a config value, never mutated)
    def make(nlp):
        return VietnameseTokenizer(nlp.vocab, frozenset(dotted_levels))

    return make
