"""Sentence boundaries for news text.

A line break always ends a sentence (headlines, captions and bylines stand on
lines of their own), and so does a word glued to the one before with no space, which
the tokenizer split off (scraped text that lost the break between a caption or a
paragraph and the next: "tham luậnPhát biểu kết luận ..."). Inside a line, `.`, `!`,
`?` end a sentence when a capitalized word, a quote or a digit follows, also with no space
between ("toàn diện.Tham dự ..."), except after an abbreviation that takes a dot (`TP. Hà
Tĩnh`, `TS. Nguyễn Văn A`) and after the number that opens an item of a list ("1. UBND xã X").
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..grammar import Tokens, is_item_number
from .stage import Stage

_ENDS = {".", "!", "?", "…", "./."}
_OPENERS = {"“", '"', "‘", "(", "["}


@Language.factory("vi_sentences", assigns=["token.is_sent_start", "doc._.sentence_starts"])
class SentenceStarts(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        doc._.sentence_starts = set_sentence_starts(doc, tokens, self.lexicon.persons.degrees | self.lexicon.places.dotted)


def _numbers_a_line(texts: list[str], i: int) -> bool:
    """Whether token i is the number an item of a list opens its line with ("1.", "12.")."""
    return is_item_number(texts[i]) and (i == 0 or "\n" in texts[i - 1])


def set_sentence_starts(doc: Doc, tokens: Tokens, dotted: frozenset[str]) -> list[int]:
    """Mark where sentences start, and return those tokens (for `stage.evidence_for`).
    `dotted`: degrees ("TS.") and unit abbreviations ("TP.") that a full stop may follow."""
    if not len(doc):
        return []
    # Set all boundaries at once: token-by-token assignment re-checks the whole Doc.
    texts, spaced = tokens.text, doc.to_array(SPACY)
    starts = numpy.full(len(doc), -1, dtype="int32")
    starts[0] = 1
    for i in range(len(doc) - 1):
        text = texts[i]
        if "\n" in text or not spaced[i] and text[-1:].islower() and texts[i + 1][:1].isupper() \
                and texts[i + 1][1:2].islower():
            starts[i + 1] = 1
        elif text in _ENDS and (spaced[i] or texts[i - 1][-1:].islower() and texts[i + 1][1:2].islower()):
            # a full stop glued to the next sentence ("toàn diện.Tham dự"; see the tokenizer)
            if i and tokens.folded[i - 1].rsplit(",", 1)[-1] in dotted:
                continue  # "TS. Nguyễn Văn A", and the last of degrees written as one token: "GS,TS. Lê Văn B"
            if text == "." and i and _numbers_a_line(texts, i - 1):
                continue  # "2. Hạt Kiểm lâm huyện: ...": an item's number, the item goes on
            first = texts[i + 1][:1]
            if first.isupper() or first.isdigit() or first in _OPENERS:
                starts[i + 1] = 1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return numpy.flatnonzero(starts == 1).tolist()
