"""Coreference inside an article: mentions that name a person without the full name.

- A title standing alone (`đồng chí Bí thư Tỉnh ủy`, `Phó Chủ tịch UBND tỉnh đề nghị`)
  is the person last mentioned who holds exactly that post, else one whose post in that
  body the title shortens (`Phó Thủ tướng` for the `Phó Thủ tướng Thường trực`); in the
  plural (`các đồng chí Ủy viên Ban Thường vụ`) it names no one.
- A short name after an honorific (`ông Hưng`) is the person last mentioned whose
  name ends with it.
Resolved mentions join the spans "person_ref", so events and directives see them.
"""
from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Person
from ..grammar import PLURAL, Tokens
from ..text import fold
from .persons import preceded_by
from .stage import Stage


def _latest(candidates: list[Person], mentions: dict[str, list[int]], before: int) -> Person | None:
    """The candidate mentioned last before token `before` (else the first one mentioned after);
    `mentions`: each person's named mentions, their starts in text order."""
    if not candidates:
        return None
    earlier = [(starts[index - 1], person) for person in candidates
               if (starts := mentions.get(person.name)) and (index := bisect.bisect_left(starts, before))]
    if earlier:
        return max(earlier, key=lambda found: found[0])[1]
    later = [(starts[0], person) for person in candidates if (starts := mentions.get(person.name))]
    if later:
        return min(later, key=lambda found: found[0])[1]
    return candidates[0] if len(candidates) == 1 else None


@Language.factory("vi_coref", assigns=["doc.spans"], requires=["doc.spans", "doc._.facts"])
class Coreference(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        resolve_mentions(doc, tokens)


def resolve_mentions(doc: Doc, tokens: Tokens) -> None:
    persons = doc._.facts.persons
    named = list(doc.spans["person_ref"])
    mentions: dict[str, list[int]] = {}
    for ref in sorted(named, key=lambda r: r.start):
        mentions.setdefault(ref._.person, []).append(ref.start)
    by_post: dict[tuple[str, str], list[Person]] = {}
    by_last_name: dict[str, list[Person]] = {}
    for person in persons:
        for post in {(fold(p.role), fold(p.organization)) for p in person.positions}:
            by_post.setdefault(post, []).append(person)
        by_last_name.setdefault(fold(person.name).split()[-1], []).append(person)
    resolved: list[Span] = []

    def refer(span: Span, candidates: list[Person]) -> None:
        honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, span.start)
        first = honorific if honorific is not None else span.start
        if first and tokens.folded[first - 1] in PLURAL:
            return  # "các đồng chí Ủy viên Trung ương Đảng": holders of the post, not one of them
        person = _latest(candidates, mentions, span.start)
        if person is not None:
            ref = doc[first:span.end]
            ref._.person = person.name
            resolved.append(ref)

    for span in doc.spans["title"]:
        title = span._.title
        if title.org is not None:
            role, org = fold(title.role), fold(title.org.canonical)
            refer(span, by_post.get((role, org)) or [
                person for (held, body), holders in by_post.items() if body == org and held.startswith(role + " ")
                for person in holders])
    for span in doc.spans["person"]:
        if span.label_ == "short":
            refer(span, by_last_name.get(fold(span.text), []))
    doc.spans["person_ref"] = sorted(named + resolved, key=lambda s: (s.start, -s.end))
