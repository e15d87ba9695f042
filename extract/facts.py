"""Plain typed facts: what extraction hands to the knowledge-graph stage.

Nothing here knows spaCy or RDF. Every fact carries the `Evidence` it was read
from, so the graph can point each statement back to its sentence.
Names are canonical (NFC, abbreviations expanded, place attached when the
article makes it clear), exactly as FORMAT.md in the gold set describes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EventRole = Literal["chaired", "directed", "attended", "spoke"]
EVENT_ROLES: tuple[EventRole, ...] = ("chaired", "directed", "attended", "spoke")

AuthorKind = Literal["byline", "photo", "content_owner"]


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with character offsets into `Article.text`."""

    sentence: str
    start: int
    end: int


@dataclass
class Article:
    """One cleaned article, ready for extraction."""

    name: str  # stable short name: the file stem, "<stem>-<line>" for a JSONL record
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
    organization: str  # canonical organization name
    status: str | None = None  # "nguyên" (former); acting posts are titles ("Quyền Giám đốc")
    evidence: Evidence | None = None


@dataclass
class Person:
    name: str
    positions: list[Position] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Organization:
    name: str  # canonical: "Sở Thông tin và Truyền thông tỉnh Thái Bình"
    kind: str  # head word from the lexicon: "Sở", "Ủy ban nhân dân", "Tỉnh ủy" ...
    place: str | None = None  # "tỉnh Thái Bình", "thị xã Kỳ Anh", or None
    parent: str | None = None  # canonical name of the body it belongs to
    aliases: list[str] = field(default_factory=list)  # surface forms seen
    evidence: Evidence | None = None


@dataclass
class Program:
    name: str
    kind: str  # "Đề án", "Chương trình", "Quyết định" ...
    number: str | None = None  # "348/QĐ-TTg"
    period: str | None = None  # "2021 - 2025"
    evidence: Evidence | None = None


@dataclass
class Firm:
    name: str  # the group: "Viettel"
    aliases: list[str] = field(default_factory=list)  # branches and long names seen
    evidence: Evidence | None = None


@dataclass
class Partnership:
    parties: list[str]  # canonical organization / firm names
    label: str
    evidence: Evidence | None = None


@dataclass
class Participation:
    person: str
    role: EventRole
    evidence: Evidence | None = None


@dataclass
class Event:
    label: str
    date: str | None = None
    organizer: str | None = None
    participations: list[Participation] = field(default_factory=list)
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
    to: str | None  # canonical organization name, or None
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
    province: str | None = None  # the article's province, or None when never named
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    firms: list[Firm] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
