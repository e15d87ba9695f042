"""Sentence boundaries for news text.

A line break always ends a sentence (headlines, captions and bylines stand on
lines of their own). Inside a line, `.`, `!`, `?` end a sentence when a capitalized
word, a quote or a digit follows, except after an abbreviation that takes a dot
(`TP. Hà Tĩnh`, `TS. Nguyễn Văn A`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import words
from ..text import fold

_ENDS = {".", "!", "?", "…", "./."}
_OPENERS = {"“", '"', "‘", "(", "["}


def _dotted_abbreviations() -> frozenset[str]:
    return words("honorifics") | words("place_levels")


@Language.component("vi_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    dotted = _dotted_abbreviations()
    for token in doc[1:]:
        token.is_sent_start = False
    if len(doc):
        doc[0].is_sent_start = True
    for i, token in enumerate(doc[:-1]):
        following = doc[i + 1]
        if "\n" in token.text:
            following.is_sent_start = True
        elif token.text in _ENDS and token.whitespace_:
            previous = doc[i - 1].text if i else ""
            if fold(previous) in dotted:
                continue
            first = following.text[:1]
            if first.isupper() or first.isdigit() or first in _OPENERS:
                following.is_sent_start = True
    return doc
