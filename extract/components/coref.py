"""Coreference inside an article: mentions that name a person without the full name.

- A title standing alone (`đồng chí Bí thư Tỉnh ủy`, `Phó Chủ tịch UBND tỉnh đề nghị`)
  is the person last mentioned who holds exactly that post.
- A short name after an honorific (`ông Hưng`) is the person last mentioned whose
  name ends with it.
Resolved mentions join the spans "person_ref", so events and directives see them.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Person
from ..grammar import Tokens
from ..text import fold
from .persons import preceded_by
from .stage import Stage


def _latest(candidates: list[Person], refs: list[Span], before: int) -> Person | None:
    """The candidate mentioned last before token `before` (else the first one mentioned after)."""
    if not candidates:
        return None
    names = {p.name for p in candidates}
    earlier = [r for r in refs if r._.person in names and r.start < before]
    chosen = max(earlier, key=lambda r: r.start) if earlier else min(
        (r for r in refs if r._.person in names), key=lambda r: r.start, default=None)
    if chosen is None:
        return candidates[0] if len(candidates) == 1 else None
    return next(p for p in candidates if p.name == chosen._.person)


@Language.factory("vi_coref", assigns=["doc.spans"], requires=["doc.spans", "doc._.facts"])
class Coreference(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        resolve_mentions(doc, tokens)


def resolve_mentions(doc: Doc, tokens: Tokens) -> None:
    persons = doc._.facts.persons
    named = list(doc.spans["person_ref"])
    resolved: list[Span] = []

    def refer(span: Span, candidates: list[Person]) -> None:
        person = _latest(candidates, named, span.start)
        if person is not None:
            honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, span.start)
            ref = doc[honorific if honorific is not None else span.start:span.end]
            ref._.person = person.name
            resolved.append(ref)

    for span in doc.spans["title"]:
        title = span._.title
        if title.org is not None:
            key = (fold(title.role), fold(title.org.canonical))
            refer(span, [p for p in persons
                         if any((fold(x.role), fold(x.organization)) == key for x in p.positions)])
    for span in doc.spans["person"]:
        if span.label_ == "short":
            last = fold(span.text)
            refer(span, [p for p in persons if fold(p.name).split()[-1] == last])
    doc.spans["person_ref"] = sorted(named + resolved, key=lambda s: (s.start, -s.end))
