"""Final assembly of an article's facts: the organizations it names and the ones its
facts refer to, resolved with the lexicon (extract/resolve.py), and its people (bylines
alone do not make a person a subject of the article)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..grammar import Tokens
from ..resolve import Resolver
from ..text import fold
from .stage import Stage, evidence_for


@Language.factory("vi_article_facts", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class ArticleFacts(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        facts = doc._.facts
        spans = sorted(doc.spans["org"], key=lambda s: s.start)
        resolver = Resolver(self.lexicon, facts)
        first = {}  # the sentence of a body's first mention is its evidence
        for span in spans:
            first.setdefault(fold(span._.org.canonical), span)
        resolver.complete([(span._.org, span.text, evidence_for(span) if first[fold(span._.org.canonical)] is span
                            else None) for span in spans], doc._.bodies or [])
        credited = {fold(a.name) for a in facts.authors}
        facts.persons = [p for p in facts.persons if p.positions or fold(p.name) not in credited]
