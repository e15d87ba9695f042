"""What every pipeline component shares: the lexicon it is initialized with, and the
article's token view.

Components are spaCy factories (`@Language.factory`) declaring what they assign and
require. spaCy builds them from their config; `initialize(lexicon=...)` hands them the
one `Lexicon` of the process (extract.pipeline does both), so no component reads a
data file of its own.
"""
from __future__ import annotations

import bisect
from abc import ABC, abstractmethod
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Evidence
from ..grammar import Tokens
from ..lexicon import Lexicon

# What the components leave on a Doc for later ones (besides its spans): the facts read so
# far, the token view, the organization context, the bodies facts refer to and where its
# sentences start.
for _name in ("facts", "tokens", "org_context", "bodies", "sentence_starts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
# What a span stands for: a place, an organization, a person, a title.
for _name in ("place", "org", "person", "title"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class NotInitialized(RuntimeError):
    """A component was called before `initialize(lexicon=...)`."""


class Stage(ABC):
    """A pipeline component reading the Doc with the lexicon it was initialized with."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._lexicon: Lexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, lexicon: Lexicon) -> None:
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            raise NotInitialized(f"pipeline component {self.name!r} has no lexicon: build the pipeline "
                                 f"with extract.pipeline.build_nlp(lexicon)")
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        if doc._.facts is None:
            raise ValueError(f"{self.name} needs doc._.facts (an ArticleFacts) set before the pipeline runs "
                             f"(extract.pipeline.Extractor does it)")
        self.process(doc, tokens_of(doc, self.lexicon))
        return doc

    @abstractmethod
    def process(self, doc: Doc, tokens: Tokens) -> None:
        """Read the Doc and add to it (spans, `doc._.facts`)."""


def tokens_of(doc: Doc, lexicon: Lexicon) -> Tokens:
    """The Doc's token view, made once per article by the first component that needs it."""
    if doc._.tokens is None:
        doc._.tokens = Tokens(doc, lexicon)
    return doc._.tokens


def sentence_of(doc: Doc, token: int) -> Span:
    """The sentence holding token `token`, found among vi_sentences's starts (`token.sent`
    would walk back token by token)."""
    starts = doc._.sentence_starts
    index = bisect.bisect_right(starts, token) - 1
    return doc[starts[index]:starts[index + 1] if index + 1 < len(starts) else len(doc)]


def evidence_for(span: Span) -> Evidence:
    """The sentence around `span`, trimmed, with its exact offsets in the article text; read
    once per sentence, as many facts quote the same one."""
    doc = span.doc
    sentence = sentence_of(doc, span.start)
    cache = doc.user_data.setdefault("evidence", {})
    if sentence.start not in cache:
        text = sentence.text
        lead = len(text) - len(text.lstrip())
        trimmed = text.strip()
        cache[sentence.start] = Evidence(trimmed, sentence.start_char + lead, sentence.start_char + lead + len(trimmed))
    return cache[sentence.start]


class SpanIndex:
    """Spans by start: those starting in a range, found by binary search rather than by
    scanning them all for every sentence (extraction stays linear in the article's length)."""

    def __init__(self, spans: Iterable[Span]):
        self.spans = sorted(spans, key=lambda span: (span.start, -span.end))
        self.starts = [span.start for span in self.spans]

    def starting_in(self, start: int, end: int) -> list[Span]:
        """The spans starting at a token in [start, end), in text order."""
        return self.spans[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]
