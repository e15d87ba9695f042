"""Person names.

A Vietnamese name is 2–5 capitalized syllables starting with a family name
(`surnames.tsv`); after an honorific or degree (`đồng chí`, `bà`, `TS.`) any
capitalized name is accepted, a foreign one too (`bà Maria Schmidt`), and a single
syllable is a short reference (`ông Hưng`) that coreference resolves later.
Place and organization names are never people, nor is a run that a title or an
organization head interrupts (`Lê Văn An` | `Giám đốc Sở ...`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..grammar import Tokens
from ..lexicon import PhraseTable
from ..text import fold
from .stage import Stage

MAX_NAME = 5


def _starts_title_or_org(tokens: Tokens, i: int) -> bool:
    if tokens.lexicon.persons.titles.match(tokens.folded, i):
        return True
    head = tokens.lexicon.organizations.heads.match(tokens.folded, i)
    if head is None:
        return False
    # A head of one syllable is also a given name ("Nguyễn Quang Trường, Bí thư ..."):
    # it opens an organization only when a name follows it ("Trường THPT Lê Lợi").
    end = head[0]
    return end - i > 1 or end < tokens.n and tokens.is_cap(end)


def preceded_by(table: PhraseTable, tokens: Tokens, i: int, max_len: int = 3) -> int | None:
    """Start of a phrase of `table` ending right before token i (skipping a dot, or the
    colon of a list: "các đồng chí: A, ...")."""
    end = i - 1 if i and tokens.text[i - 1] in (".", ":") else i
    for start in range(max(0, end - max_len), end):
        found = table.match(tokens.folded, start)
        if found and found[0] == end:
            return start
    return None


def name_at(tokens: Tokens, i: int, blockable: bool = True) -> tuple[int, bool] | None:
    """(end, introduced) of a person name starting at token i; `introduced` when an
    honorific precedes it. A single syllable is returned only when introduced.
    `blockable`: whether a name blocker (`name_blockers.tsv`) right before i counts."""
    lex = tokens.lexicon.persons
    if not (tokens.is_cap(i) and _is_syllable(tokens.text[i])) or tokens.text[i].isupper() and len(tokens.text[i]) > 1:
        return None
    introduced = preceded_by(lex.honorifics, tokens, i) is not None
    blocked = blockable and preceded_by(lex.blockers, tokens, i) is not None
    if not introduced and (not _is_family_name(tokens.folded[i], lex.surnames) or blocked):
        return None
    j = i + 1
    while j < tokens.n and j - i < MAX_NAME and tokens.is_cap(j) and _is_syllable(tokens.text[j]) \
            and not (tokens.text[j].isupper() and len(tokens.text[j]) > 1) \
            and not _starts_title_or_org(tokens, j):
        j += 1
    if j - i < 2 and not introduced:
        return None
    if fold(tokens.span_text(i, j)) in lex.not_persons:
        return None
    if not introduced and _starts_with_place(tokens, i):
        return None  # "Thái Bình Dương", "Thái Nguyên Năm 2018": a place, not a family name
    return j, introduced


def _is_syllable(text: str) -> bool:
    """Letters, or letters after an apostrophe prefix ("H'Yim", "K'Mák"), or a romanized
    given name's two syllables joined by a hyphen, the second in lower case ("Sung-min";
    not "Rịa-Vũng", two names run together)."""
    first, hyphen, second = text.partition("-")
    if hyphen and not (second.isalpha() and second.islower()):
        return False
    return (first + second).replace("'", "").replace("’", "").isalpha()


def _is_family_name(folded: str, surnames: frozenset[str]) -> bool:
    """A family name, or a name joined to a prefix the surnames list ("H'" in "H'Yim")."""
    prefix, apostrophe, _ = folded.replace("’", "'").partition("'")
    return folded in surnames or bool(apostrophe) and f"{prefix}'" in surnames


def _starts_with_place(tokens: Tokens, i: int) -> bool:
    lex = tokens.lexicon.places
    return bool(lex.province_names.match(tokens.folded, i) or lex.district_names.match(tokens.folded, i))


@Language.factory("vi_persons", assigns=["doc.spans"], requires=["doc.spans"])
class PersonNames(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        doc.spans["person"] = find_persons(doc, tokens)


def find_persons(doc: Doc, tokens: Tokens) -> list:
    # A bare province name may be part of a person's name ("Nguyễn Thái Bình"); an
    # explicit place ("tỉnh Thái Bình") or an organization never is.
    blocking = [s for s in doc.spans["place"] if s.label_ == "explicit"] + list(doc.spans["org"])
    taken = {t for span in blocking for t in range(span.start, span.end)}
    spans = []
    i = 0
    while i < tokens.n:
        # A blocker word that ends an organization name ("Sở Nông nghiệp và Phát triển
        # nông thôn Lê Văn A") names no village or street.
        found = None if i in taken else name_at(tokens, i, blockable=i - 1 not in taken)
        if found is None:
            i += 1
            continue
        end, introduced = found
        if any(t in taken for t in range(i, end)):
            i += 1
            continue
        span = doc[i:end]
        span.label_ = "short" if end - i == 1 else "name"
        spans.append(span)
        i = end
    return spans
