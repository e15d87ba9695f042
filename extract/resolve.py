"""What the article's names mean: the final step of extraction, with the lexicon.

The grammar reads a body's name with its parts (`OrgMatch`: head, place as written,
the body it is part of). Here each body becomes an `Organization` whose place is a
unit the lexicon knows (a province, or a district with its province), whose parent is
another organization of the article (the one written in its name, or the one
`org_hierarchy.tsv` says a body of its kind belongs to), and which is national or not.
Programs get the issuer their document number names (`document_issuers.tsv`), events
the periods they are filed under and the bodies their names are about, firms the
provincial branches their aliases name. Nothing after this reads a name again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .facts import ArticleFacts, Branch, Evidence, Organization
from .grammar import OrgMatch, PlaceRef
from .lexicon import Lexicon
from .lexicon.organizations import ParentRule
from .lexicon.places import Place, Province
from .text import fold

_NAMED_YEAR = re.compile(r"(?<!\w)năm\s+(\d{4})(?!\w)", re.IGNORECASE)  # "Hội nghị tổng kết năm 2023"
_WORD = re.compile(r"[^\W_]+")


@dataclass
class Resolver:
    """Turns one article's body mentions into organizations, and completes its facts."""

    lexicon: Lexicon
    facts: ArticleFacts
    home: Province | None = field(init=False)  # the article's province
    _bodies: dict[str, Organization] = field(default_factory=dict)  # folded name -> organization

    def __post_init__(self) -> None:
        self.home = self.facts.province

    # --- organizations ------------------------------------------------------

    def organization(self, match: OrgMatch, evidence: Evidence | None) -> Organization:
        """The organization a mention names, with its parents (once per name)."""
        key = fold(match.canonical)
        known = self._bodies.get(key)
        if known is not None:
            return known
        organizations = self.lexicon.organizations
        body = Organization(name=match.canonical, kind=match.head, evidence=evidence,
                            area=match.place.render() if match.place and match.place.name else None,
                            national=organizations.is_national(match.head, match.canonical))
        self._bodies[key] = body
        parent = self.organization(match.parent, evidence) if match.parent is not None else None
        body.place, body.shared_place_name = self._place(match.place)
        if body.place is None and parent is not None:
            body.place = parent.place  # "Ban Tuyên giáo Tỉnh ủy Thái Bình" is where its Tỉnh ủy is
        if parent is None and body.place is not None:
            parent = self._parent_by_rule(body.kind, body.place, evidence)
        body.parent = parent.name if parent is not None else None
        return body

    def _place(self, written: PlaceRef | None) -> tuple[Place | None, bool]:
        """The known unit a place as written names, and whether its name is a district name
        several provinces use ("huyện Châu Thành": then only the article's province tells)."""
        if written is None or not written.name:
            return None, False
        places = self.lexicon.places
        if written.rank == "province":
            province = places.province(written.province or written.name)
            return (Place(province) if province else None), False
        if written.rank != "district":
            return None, False
        districts = places.districts_named(written.render())
        shared = len({d.province for d in districts}) > 1
        home = written.province or (self.home.name if self.home else None)
        if shared:
            districts = [d for d in districts if d.province == home]
        if len(districts) != 1:
            return None, shared
        return Place(places.province(districts[0].province), districts[0]), shared

    def _parent_by_rule(self, kind: str, place: Place, evidence: Evidence | None) -> Organization | None:
        """The body org_hierarchy.tsv says a body of this kind in this place belongs to: a Sở of
        "tỉnh X" to "Ủy ban nhân dân tỉnh X", a district's committee to its province's."""
        level = "district" if place.district is not None else "province"
        for rule in self.lexicon.organizations.parent_rules.get((fold(kind), level), ()):
            if rule.province_kind and rule.province_kind != place.province.kind:
                continue
            return self._implied(rule, place, evidence)
        return None

    def _implied(self, rule: ParentRule, place: Place, evidence: Evidence | None) -> Organization:
        province = Place(place.province)
        name = rule.parent.format(province=province.text, province_name=place.province.name, district=place.text)
        known = self._bodies.get(fold(name))
        if known is not None:
            return known
        unit = place if "{district}" in rule.parent else province
        body = Organization(name=name, kind=rule.parent_kind, place=unit, area=unit.text, evidence=evidence)
        self._bodies[fold(name)] = body
        parent = self._parent_by_rule(body.kind, unit, evidence)
        body.parent = parent.name if parent is not None else None
        return body

    def issuer(self, number: str, evidence: Evidence | None) -> Organization | None:
        """The body a document number names as issuer ("348/QĐ-TTg" → Thủ tướng Chính phủ)."""
        code = re.split(r"[-/]", number.strip())[-1]
        issuer = self.lexicon.organizations.issuers.get(fold(code.rstrip("0123456789")))
        if issuer is None:
            return None
        known = self._bodies.get(fold(issuer.name))
        if known is None:
            known = self._bodies[fold(issuer.name)] = Organization(
                name=issuer.name, kind=issuer.kind, national=True, evidence=evidence)
        return known

    # --- the article ---------------------------------------------------------

    def complete(self, named: list[tuple[OrgMatch, str, Evidence | None]], referred: list[OrgMatch]) -> None:
        """Resolve the bodies the text names (`named`: each mention with its text as written and
        its sentence) and the ones facts refer to (`referred`), then complete programs, events
        and firms. A body mentioned several times is resolved from the mention that says the
        most (its place, its parent); every other way the text writes it is an alias."""
        facts = self.facts
        evidence: dict[str, Evidence | None] = {}
        best: dict[str, OrgMatch] = {}
        for match, _, sentence in [*named, *((match, "", None) for match in referred)]:
            key = fold(match.canonical)
            evidence.setdefault(key, sentence)
            if key not in best or _says_more(match, best[key]):
                best[key] = match
        for key, match in best.items():
            self.organization(match, evidence[key])
        written = [self._bodies[key] for key in dict.fromkeys(fold(m.canonical) for m, _, _ in named)]
        for match, text, _ in named:
            body = self._bodies[fold(match.canonical)]
            for alias in (text, *match.aliases):
                # a bare head ("Sở" for the department named before) names no one in particular
                if fold(alias) not in (fold(body.name), fold(match.head)) and alias not in body.aliases:
                    body.aliases.append(alias)
        for program in facts.programs:
            if program.number:
                issuer = self.issuer(program.number, program.evidence)
                program.issuer = issuer.name if issuer is not None else None
        for event in facts.events:
            event.periods = period_keys(event.label, event.date)
            event.about = self.bodies_named_in(event.label, written)
        for firm in facts.firms:
            firm.branches = [Branch(province, alias) for alias in firm.aliases
                             if (province := self.province_at_end(alias)) is not None]
        facts.organizations = written
        facts.implied = self._referred(written)

    def _referred(self, written: list[Organization]) -> list[Organization]:
        """The bodies no span names that a fact refers to, or that a referred body belongs to."""
        facts = self.facts
        names = [position.organization for person in facts.persons for position in person.positions]
        names += [d.to for d in facts.directives if d.to] + [p.issuer for p in facts.programs if p.issuer]
        names += [e.organizer for e in facts.events if e.organizer]
        names += [agent for p in facts.partnerships for agent in p.agents]
        names += [o.parent for o in written if o.parent]
        written_keys = {fold(o.name) for o in written}
        found: dict[str, Organization] = {}
        while names:
            key = fold(names.pop())
            body = self._bodies.get(key)
            if body is None or key in written_keys or key in found:
                continue
            found[key] = body
            if body.parent:
                names.append(body.parent)
        return list(found.values())

    def bodies_named_in(self, text: str, bodies: list[Organization]) -> list[str]:
        """The bodies that `text` names by a name or alias of two words or more ("buổi làm
        việc với Sở TTTT" names the department its article calls "Sở TTTT")."""
        words = f" {' '.join(_WORD.findall(fold(text)))} "
        return [body.name for body in bodies
                if any(" " in name and f" {' '.join(_WORD.findall(fold(name)))} " in words
                       for name in (body.name, *body.aliases))]

    def province_at_end(self, name: str) -> Province | None:
        """The province a firm's name ends with, level word or not ("Viettel Thái Nguyên",
        "VNPT - Hà Tĩnh"); the province must follow at least one word of the firm's own name."""
        words = name.split()
        places = self.lexicon.places
        for start in range(1, len(words)):
            province = places.province(" ".join(words[start:]))
            if province is not None:
                return province
            if any(places.province(" ".join(words[start:stop])) for stop in range(start + 1, len(words))):
                return None  # "Tập đoàn Xây dựng Thái Bình Dương": a longer name holds "Bình Dương"
        return None


def period_keys(label: str, date: str | None) -> list[str]:
    """An event's periods: the year, month and day of its date, and the year its name is
    about, the first it states ("Hội nghị tổng kết năm 2023", held in January 2024, is filed
    under 2023 too; in "tổng kết năm 2020, triển khai nhiệm vụ năm 2021" 2021 is the plan)."""
    keys = [date[:4], date[:7], date] if date else []
    keys += [year for year in _NAMED_YEAR.findall(label)[:1] if year not in keys]
    return keys


def _says_more(match: OrgMatch, other: OrgMatch) -> bool:
    """Whether a mention tells more of its body than another of the same name does."""
    def told(m: OrgMatch) -> tuple[bool, bool]:
        return m.place is not None and m.place.name is not None, m.parent is not None
    return told(match) > told(other)
