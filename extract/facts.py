"""Plain typed facts: what extraction hands to the knowledge-graph stage.

Nothing here knows spaCy or RDF. Every fact carries the `Evidence` it was read
from (the sentence, and where the fact is written in it), so the graph can point
each statement back to its sentence. Names are canonical (NFC, abbreviations
expanded, place attached when the article makes it clear), exactly as FORMAT.md in
the gold set describes.

Extraction resolves what the text says: an organization's place is a `Place` of the
lexicon, its parent and a program's issuer are organizations of the same article
(`ArticleFacts.body` finds them by name), an event knows the periods it is filed
under and the bodies its name is about. The graph stage only projects these facts;
it never reads a name again to find out what it means.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .lexicon.places import Place, Province
from .text import fold

EventRole = Literal["chaired", "directed", "attended", "spoke"]
EVENT_ROLES: tuple[EventRole, ...] = ("chaired", "directed", "attended", "spoke")

AuthorKind = Literal["byline", "photo", "content_owner"]


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with character offsets into `Article.text`, and
    where in the article's tokens the fact itself is written (start, end), when it is."""

    sentence: str
    start: int
    end: int
    tokens: tuple[int, int] | None = None


@dataclass
class Article:
    """One cleaned article, ready for extraction."""

    name: str  # stable short name: the file stem; a JSONL record's id, else url, else "<stem>-<line>"
    source: str  # file path (with "#<line>" for a JSONL record)
    text: str  # cleaned content, NFC: menus, counters, footer noise removed; the byline
    #            and the footer's content-owner line are kept (they are facts)
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD): the article's own date
    url: str | None = None
    province: str | None = None  # only when the input states it (JSONL field)
    encoding: str = "utf-8"


@dataclass
class Position:
    """A post held: `role` in `organization` (W3C ORG membership)."""

    role: str  # "Phó Chủ tịch"
    organization: str  # canonical name of one of the article's bodies (`ArticleFacts.body`)
    status: str | None = None  # "nguyên" (former); an acting post is its role ("Quyền Giám đốc")
    evidence: Evidence | None = None
    given: bool = False  # the article reports it being given: an appointment, election, transfer

    @property
    def written_role(self) -> str:
        """The role as the gold format writes it, with its status: "nguyên Giám đốc"."""
        return f"{self.status} {self.role}" if self.status else self.role


@dataclass
class Person:
    name: str
    positions: list[Position] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Organization:
    name: str  # canonical: "Sở Thông tin và Truyền thông tỉnh Thái Bình"
    kind: str  # head word from the lexicon: "Sở", "Ủy ban nhân dân", "Tỉnh ủy" ...
    place: Place | None = None  # the province or district it is in, its own or its parent's
    area: str | None = None  # the unit its name states, as written ("xã Nhơn Hạnh"), or None
    parent: str | None = None  # canonical name of the body it belongs to (`ArticleFacts.body`)
    national: bool = False  # a national body ("Bộ Y tế", "... quốc gia"): no province
    shared_place_name: bool = False  # its district's name is one several provinces use
    aliases: list[str] = field(default_factory=list)  # surface forms seen
    evidence: Evidence | None = None


@dataclass
class Program:
    name: str
    kind: str  # "Đề án", "Chương trình", "Quyết định" ...
    number: str | None = None  # "348/QĐ-TTg"
    period: str | None = None  # "2021 - 2025"
    issuer: str | None = None  # the body its number names ("TTg": Thủ tướng Chính phủ), by name
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Branch:
    """A firm's provincial branch as the text names it ("Viettel Thái Nguyên")."""

    province: Province
    alias: str


@dataclass
class Firm:
    name: str  # the group: "Viettel"
    aliases: list[str] = field(default_factory=list)  # long names and branches seen
    branches: list[Branch] = field(default_factory=list)  # the aliases that name a provincial branch
    evidence: Evidence | None = None


@dataclass
class Partnership:
    parties: list[str]  # as the article names them: canonical body names, firms by group, provinces
    label: str
    evidence: Evidence | None = None
    # the organization or firm each party is, in order: provinces that sign with each other
    # ("tỉnh A · tỉnh B") are their People's Committees; by default the parties themselves
    agents: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.agents = self.agents or list(self.parties)


@dataclass
class Participation:
    person: str
    role: EventRole
    evidence: Evidence | None = None


@dataclass
class Event:
    label: str
    date: str | None = None
    organizer: str | None = None  # a body or firm of the article, by name
    participations: list[Participation] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)  # "2023", "2023-12", "2023-12-24": see resolve
    about: list[str] = field(default_factory=list)  # bodies its name names, by name
    evidence: Evidence | None = None

    def people(self, role: EventRole) -> list[str]:
        seen: list[str] = []
        for p in self.participations:
            if p.role == role and p.person not in seen:
                seen.append(p.person)
        return seen


@dataclass
class Directive:
    by: str  # person name
    to: str | None  # a body or firm of the article, by name; None for a generic addressee
    text: str  # the requested action
    evidence: Evidence | None = None


@dataclass
class Author:
    name: str
    kind: AuthorKind
    evidence: Evidence | None = None


@dataclass
class ArticleFacts:
    """Everything one article states."""

    article: Article
    province: Province | None = None  # the article's province, or None when the text never names one
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)  # the bodies the text names
    implied: list[Organization] = field(default_factory=list)  # bodies the lexicon adds: parents, issuers
    programs: list[Program] = field(default_factory=list)
    firms: list[Firm] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)

    def bodies_stated(self) -> list[Organization]:
        """The bodies the article names, and those its posts and requests refer to without naming
        them ("Phó Chủ tịch nước": the State; "đề nghị Lai Châu": its People's Committee); not the
        parents and issuers the lexicon adds, nor a firm (a Firm of its own)."""
        used = {fold(p.organization) for person in self.persons for p in person.positions}
        used |= {fold(d.to) for d in self.directives if d.to}
        return [*self.organizations, *(o for o in self.implied if fold(o.name) in used and self.firm(o.name) is None)]

    def body(self, name: str) -> Organization | None:
        """The organization of this article called `name` (named or implied), or None."""
        key = fold(name)
        return next((o for o in (*self.organizations, *self.implied) if fold(o.name) == key), None)

    def firm(self, name: str) -> Firm | None:
        """The firm of this article that `name` names (its group name or an alias), or None."""
        key = fold(name)
        return next((f for f in self.firms if key in {fold(n) for n in (f.name, *f.aliases)}), None)
