"""Deciding who is who among the mentions of one name (the rules: see `kg.identity`)."""
from __future__ import annotations

import datetime
import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from rdflib import URIRef

from extract.lexicon import Lexicon
from extract.text import fold
from kg.identity.mentions import Mention
from kg.mapping import person_iri
from extract.lexicon.places import REFORM_DATE

_CONFLICT_WINDOW = datetime.timedelta(days=365)


@dataclass
class Individual:
    members: list[Mention]
    iri: URIRef | None = None

    @property
    def province(self) -> str | None:
        return next((m.province for m in self.members if m.province), None)


@dataclass
class Decision:
    mention: Mention
    person: Individual
    reason: str
    kept_apart: list[tuple[Individual, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Replacement:
    """A person IRI no person has any more, as people it named were found to be one:
    `old` names the person `new` names (owl:sameAs), in the identity graph of `search_key`."""

    search_key: str
    old: URIRef
    new: URIRef


def decide(mentions: Iterable[Mention], lexicon: Lexicon,
           replaced: Mapping[str, str] | None = None) -> tuple[list[Decision], list[Replacement]]:
    """Group mentions into people (see `kg.identity`); IRIs are assigned on the way out.
    `replaced`: the IRIs earlier resolutions retired (old → new), never minted again."""
    replaced = replaced or {}
    by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.key, []).append(mention)
    decisions: list[Decision] = []
    everyone: list[Individual] = []
    for key in sorted(by_name):
        group = sorted(by_name[key], key=lambda m: m.order)
        people: list[Individual] = []
        for mention in group:
            if mention.province:
                decisions.append(_place_known(mention, people, lexicon))
        for mention in group:
            if not mention.province:
                decisions.append(_place_unknown(mention, people, lexicon))
        _assign_iris(people, set(replaced))
        everyone += people
    return decisions, _replacements(everyone, replaced)


def _place_known(mention: Mention, people: list[Individual], lexicon: Lexicon) -> Decision:
    """Join the first compatible person, or found a new one. Only a founding mention records
    why it was kept apart from each earlier person: that is why its person exists (recording
    it for every later mention too would grow with the square of the homonyms)."""
    kept_apart = []
    for person in people:
        conflict = _conflict_with_person(mention, person, lexicon)
        if conflict is not None:
            kept_apart.append((person, conflict))
            continue
        reason = _why_same(mention, person, lexicon)
        person.members.append(mention)
        return Decision(mention, person, reason)
    person = Individual([mention])
    people.append(person)
    return Decision(mention, person, f"first mention in province {mention.province}", kept_apart)


def _place_unknown(mention: Mention, people: list[Individual], lexicon: Lexicon) -> Decision:
    """A mention whose article names no province joins only on a shared role and kind of body."""
    kept_apart: list[tuple[Individual, str]] = []
    fitting: list[tuple[Individual, str]] = []
    for person in people:
        conflict = _conflict_with_person(mention, person, lexicon)
        shared = None if conflict else _shared_role_and_kind(mention, person)
        if shared is not None:
            fitting.append((person, shared))
        else:
            kept_apart.append((person, conflict or (
                "the article names no province, and no post of this mention has the role and "
                "the kind of body of a post of that person")))
    known = [(person, shared) for person, shared in fitting if person.province]
    if len(known) > 1:
        names = ", ".join(f"{person.province}" for person, _ in known)
        kept_apart += [(person, f"the article names no province, and its posts fit people in "
                                f"several provinces ({names}): ambiguous") for person, _ in known]
        fitting = [(person, shared) for person, shared in fitting if not person.province]
    elif known:
        fitting = known
    if fitting:
        person, shared = fitting[0]
        kept_apart += [(other, "another person of this name fits as well; the first one was taken")
                       for other, _ in fitting[1:]]
        person.members.append(mention)
        return Decision(mention, person, f"the article names no province; {shared}", kept_apart)
    person = Individual([mention])
    people.append(person)
    return Decision(mention, person, "first mention in an article that names no province", kept_apart)


def _conflict_with_person(mention: Mention, person: Individual, lexicon: Lexicon) -> str | None:
    for member in person.members:
        conflict = _province_conflict(mention, member, lexicon) or _post_conflict(mention, member, lexicon)
        if conflict is not None:
            return conflict
    return None


def _province_conflict(mention: Mention, other: Mention, lexicon: Lexicon) -> str | None:
    if not mention.province or not other.province or _same_province(mention, other, lexicon) is not None:
        return None
    return (f"different provinces: {mention.province} here, {other.province} in {other.where()}")


def _same_province(mention: Mention, other: Mention, lexicon: Lexicon) -> str | None:
    """How the two provinces are one, or None: the same, or one merged into the other by then."""
    if fold(mention.province) == fold(other.province):
        return f"same province {mention.province}"
    for old, new in ((mention, other), (other, mention)):
        province = lexicon.places.province(old.province)
        after = lexicon.places.successor(province) if province else None
        if (after is not None and fold(after.name) == fold(new.province)
                and new.date is not None and new.date >= REFORM_DATE):
            return f"{old.province} merged into {new.province} on {REFORM_DATE.isoformat()}"
    return None


def _post_conflict(mention: Mention, other: Mention, lexicon: Lexicon) -> str | None:
    """One role in two different bodies of one kind within a year: two people.

    Not across 2025-07-01, when the reorganization moved officials into the new bodies.
    """
    if mention.date and other.date and (
            abs(mention.date - other.date) >= _CONFLICT_WINDOW
            or min(mention.date, other.date) < REFORM_DATE <= max(mention.date, other.date)):
        return None
    for mine in mention.posts:
        for theirs in other.posts:
            if (not mine.former and not theirs.former and not mine.may_be_the_body_of(theirs)
                    and mine.same_role_and_kind(theirs) and not lexicon.persons.concurrent(mine.role, mine.kind)):
                return (f"{mine.role} of {mine.organization_name} here but of "
                        f"{theirs.organization_name} in {other.where()}, within a year")
    return None


def _why_same(mention: Mention, person: Individual, lexicon: Lexicon) -> str:
    """The reason a mention of a known province joins a person (no conflict was found)."""
    best = person.members[0]
    shared_post = None
    for member in person.members:
        shared = [p for p in mention.posts for q in member.posts
                  if p.organization == q.organization and fold(p.role) == fold(q.role)]
        if shared:
            best, shared_post = member, shared[0]
            break
    province = _same_province(mention, best, lexicon)  # never None: a province conflict would have kept them apart
    if shared_post is not None:
        return f"{province}; same post {shared_post.role} of {shared_post.organization_name} as in {best.where()}"
    return f"{province} as {best.where()}; no conflicting posts"


def _shared_role_and_kind(mention: Mention, person: Individual) -> str | None:
    for member in person.members:
        for mine in mention.posts:
            for theirs in member.posts:
                if mine.same_role_and_kind(theirs):
                    return (f"same role {mine.role} in the same kind of body ({mine.kind}) "
                            f"as in {member.where()}")
    return None


def _assign_iris(people: list[Individual], retired: set[str]) -> None:
    """Each person's IRI: the one its mentions were resolved to before, so that an IRI once
    cited keeps naming the person it named; a new IRI only for a person none of whose
    mentions had one, or whose IRI went to another part of a person that split.

    An IRI cited by the mentions of several people (a person split, as a new article
    shows two officials where one was seen) stays with the person holding most of those
    mentions, the oldest-founded one on a tie: the part that leaves gets a new IRI. A
    person holding the IRIs of several (two found to be one) keeps the IRI most of its
    mentions had; the others are replaced (`_replacements`). A new IRI is
    `kgr:person/<province>/<name>` of the person's first mention, numbered `~2`, `~3` ...
    past every IRI taken, cited or `retired`, so that no citation comes to name someone else.
    """
    claims = sorted((-count, number, iri)
                    for number, person in enumerate(people)
                    for iri, count in Counter(m.cited for m in person.members if m.cited).items())
    taken: set[str] = set()
    for _, number, iri in claims:
        if people[number].iri is None and iri not in taken:
            people[number].iri = URIRef(iri)
            taken.add(iri)
    unavailable = taken | retired | {m.cited for person in people for m in person.members if m.cited}
    for person in people:
        if person.iri is None:
            first = person.members[0]
            person.iri = next(iri for number in itertools.count(1)
                              if str(iri := person_iri(first.name, person.province, number)) not in unavailable)
            unavailable.add(str(person.iri))


def _replacements(people: list[Individual], before: Mapping[str, str]) -> list[Replacement]:
    """The IRIs cited before that no person has now, each replaced by the IRI of the person
    holding most of its mentions; and the replacements of earlier resolutions, kept and
    pointed at the IRI that names their person now (one dropped when its person's
    articles are all gone)."""
    holders = {str(person.iri): person for person in people}
    counts = Counter((mention.cited, number) for number, person in enumerate(people)
                     for mention in person.members if mention.cited and mention.cited not in holders)
    replaced_by: dict[str, Individual] = {}
    for (iri, number), _ in sorted(counts.items(), key=lambda item: (-item[1], item[0][1])):
        replaced_by.setdefault(iri, people[number])

    def holder(iri: str, seen: frozenset[str] = frozenset()) -> Individual | None:
        """The person `iri` names now: its own, the one it is replaced by, or, through the
        replacements of before, the person their last IRI names."""
        if iri in holders:
            return holders[iri]
        if iri in replaced_by:
            return replaced_by[iri]
        return holder(before[iri], seen | {iri}) if iri in before and iri not in seen else None

    for old in before:
        if old not in holders and old not in replaced_by and (person := holder(old)) is not None:
            replaced_by[old] = person
    return [Replacement(person.members[0].search_key, URIRef(old), person.iri)
            for old, person in sorted(replaced_by.items())]
