"""Facts → the per-article JSON of the gold set (FORMAT.md), so extraction can be scored.

The output has exactly FORMAT.md's keys. Every list is de-duplicated after
`extract.text.fold` (keeping the spelling with the new tone-mark placement) and
sorted, so the same facts give the same file whatever order they come in.
With `with_evidence=True` it also carries the `_evidence` map that
`extract.evaluate` reads to show the sentence a predicted fact came from.
"""
from __future__ import annotations

from typing import Iterable

from .evaluate import evidence_key
from .facts import EVENT_ROLES, ArticleFacts, Evidence, Firm, Person
from .text import ascii_key, fold, new_tone_marks

Record = tuple[str | None, ...]


def _order(text: str | None) -> tuple[str, str]:
    """Sort key: alphabetical without diacritics (Đ with D), ties broken by the text."""
    return ascii_key(text or ""), text or ""


def _spelling_rank(record: Record) -> tuple[int, list[tuple[str, str]]]:
    """Among fold-equal spellings, prefer the new tone-mark placement (Ủy, hóa), then the smallest."""
    texts = [part or "" for part in record]
    return sum(new_tone_marks(t) != t for t in texts), [_order(t) for t in texts]


def _dedupe(records: Iterable[Record]) -> list[Record]:
    """One record per folded key (its preferred spelling), sorted: the same whatever the input order."""
    groups: dict[Record, list[Record]] = {}
    for record in records:
        groups.setdefault(tuple(fold(p) if p else p for p in record), []).append(record)
    return sorted((min(group, key=_spelling_rank) for group in groups.values()),
                  key=lambda record: [_order(part) for part in record])


def _unique(names: Iterable[str]) -> list[str]:
    return [name for (name,) in _dedupe((name,) for name in names)]


def _persons(facts: ArticleFacts) -> list[dict]:
    groups: dict[str, list[Person]] = {}
    for person in facts.persons:
        groups.setdefault(fold(person.name), []).append(person)
    persons = [{"name": _unique(p.name for p in group)[0],
                "positions": [{"role": role, "organization": organization}
                              for role, organization in _dedupe(
                                  (pos.written_role, pos.organization) for p in group for pos in p.positions)]}
               for group in groups.values()]
    return sorted(persons, key=lambda p: _order(p["name"]))


def _firms(facts: ArticleFacts) -> list[dict]:
    groups: dict[str, list[Firm]] = {}
    for firm in facts.firms:
        groups.setdefault(fold(firm.name), []).append(firm)
    firms = []
    for group in groups.values():
        name = _unique(f.name for f in group)[0]
        spellings = [s for f in group for s in (f.name, *f.aliases)]
        firms.append({"name": name, "aliases": [a for a in _unique(spellings) if fold(a) != fold(name)]})
    return sorted(firms, key=lambda f: _order(f["name"]))


def _partnerships(facts: ArticleFacts) -> list[dict]:
    records = _dedupe((p.label, *_unique(p.parties)) for p in facts.partnerships)
    partnerships = [{"parties": list(parties), "label": label} for label, *parties in records]
    return sorted(partnerships, key=lambda p: ([_order(x) for x in p["parties"]], _order(p["label"])))


def _events(facts: ArticleFacts) -> list[dict]:
    events = [{"label": e.label, "date": e.date, "organizer": e.organizer,
               "roles": {role: _unique(e.people(role)) for role in EVENT_ROLES}}
              for e in facts.events]
    return sorted(events, key=lambda e: (e["date"] or "", _order(e["label"])))


def _directives(facts: ArticleFacts) -> list[dict]:
    return [{"by": by, "to": to, "text": text}
            for by, to, text in _dedupe((d.by, d.to, d.text) for d in facts.directives)]


def _evidence(facts: ArticleFacts) -> dict[str, dict[str, str]]:
    """{category: {evidence_key: sentence}} for every fact that knows its sentence."""
    found: list[tuple[str, tuple[str | None, ...], Evidence | None]] = []
    for person in facts.persons:
        found.append(("persons", (person.name,), person.mentions[0] if person.mentions else None))
        found += [("positions", (person.name, p.written_role, p.organization), p.evidence)
                  for p in person.positions]
    found += [("organizations", (o.name,), o.evidence) for o in facts.bodies_stated()]
    found += [("programs", (p.name,), p.evidence) for p in facts.programs]
    found += [("firms", (f.name,), f.evidence) for f in facts.firms]
    found += [("partnerships", tuple(p.parties), p.evidence) for p in facts.partnerships]
    found += [("events", (p.person, p.role), p.evidence or e.evidence)
              for e in facts.events for p in e.participations]
    found += [("directives", (d.by, d.to, d.text), d.evidence) for d in facts.directives]
    found += [("authors", (a.name,), a.evidence) for a in facts.authors]
    evidence: dict[str, dict[str, str]] = {}
    for category, parts, where in found:
        if where is not None:
            evidence.setdefault(category, {}).setdefault(evidence_key(category, parts), where.sentence)
    return evidence


def to_gold_json(facts: ArticleFacts, with_evidence: bool = False) -> dict:
    """The FORMAT.md document of one article's facts (plus `_evidence` if asked)."""
    article = facts.article
    doc = {
        "article": f"{article.name}.txt",
        "title": article.title,
        "date": article.date,
        "province": facts.province.written if facts.province else None,
        "authors": _unique(a.name for a in facts.authors),
        "persons": _persons(facts),
        "organizations": _unique(o.name for o in facts.bodies_stated()),
        "programs": _unique(p.name for p in facts.programs),
        "firms": _firms(facts),
        "partnerships": _partnerships(facts),
        "events": _events(facts),
        "directives": _directives(facts),
    }
    if with_evidence:
        doc["_evidence"] = _evidence(facts)
    return doc
