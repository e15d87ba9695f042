"""What tells a person's name and post: family names, honorifics, titles.

`surnames.tsv` lists family names (a name starts with one unless an honorific
introduces it); `honorifics.tsv` the words before a name (`đồng chí`, `bà`) and the
degrees (`TS.`); `titles.tsv` the titles and how each splits into a role and an
organization; `title_status.tsv` the words that mark a post as former (`nguyên`, or
`(cũ)` after it);
`not_persons.tsv` names that look like people's and are not; `name_blockers.tsv` the
words after which a capitalized name is a street or a bridge, not a person; `post_links.tsv`
the words that give a person a post ("giữ chức", "được bổ nhiệm làm", "bầu ... đối với").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..text import fold
from .cues import alternation
from .organizations import OrganizationWords
from .phrases import PhraseTable
from .tables import Column, Row, Table

SURNAMES = Table("surnames", (Column("word"),))
HONORIFICS = Table("honorifics", (Column("word"), Column("kind", "choice", ("honorific", "degree", "role"))))
TITLES = Table("titles", (
    Column("title", "phrases"), Column("role"), Column("absorbs", required=False),
    Column("org", required=False), Column("heads", "phrases", required=False)))
TITLE_STATUS = Table("title_status", (
    Column("word"), Column("written", "choice", ("before", "after", "prefix")), Column("status", required=False),
    Column("gives", "flag", required=False)))
NOT_PERSONS = Table("not_persons", (Column("word"),))
NAME_BLOCKERS = Table("name_blockers", (Column("word"), Column("kind", "choice", ("name", "road", "road-number"))))
POST_LINKS = Table("post_links", (
    Column("word"), Column("kind", "choice", ("link", "joins", "held", "grant", "to", "list", "standing", "term", "note",
                                              "destination", "decision", "reason")),
    Column("gives", "flag", required=False)))
# Posts one person may hold in several bodies at once (kg.identity): a role, and the kind
# of body or "*" for any.
CONCURRENT_ROLES = Table("concurrent_roles", (Column("role"), Column("kind")))
TABLES = (SURNAMES, HONORIFICS, TITLES, TITLE_STATUS, NOT_PERSONS, NAME_BLOCKERS, POST_LINKS, CONCURRENT_ROLES)


@dataclass(frozen=True)
class Title:
    """One row of titles.tsv."""

    role: str  # "Phó Chủ tịch"
    absorbs: str  # a canonical head the title contains ("Trưởng ban" absorbs "Ban"), or ""
    org: str  # the organization the title names by itself ("Tỉnh ủy viên": Tỉnh ủy), or ""
    heads: tuple[str, ...]  # heads of the earlier organization a bare title refers to


@dataclass(frozen=True)
class PersonWords:
    surnames: frozenset[str]  # folded
    honorifics: PhraseTable[str]  # phrase -> "honorific" or "degree"
    honorific_words: tuple[str, ...]  # folded, every row, longest first ("các đồng chí" before "đồng chí")
    degrees: frozenset[str]  # folded degrees ("ts."), after which a full stop ends no sentence
    titles: PhraseTable[Title]
    title_status: PhraseTable[str]  # "nguyên" -> status
    new_post_marks: PhraseTable[str]  # "tân" before a post: one the article reports being given
    status_notes: PhraseTable[str]  # "cũ" in "(cũ)" after a post -> status, "" for a note that changes none
    role_prefixes: PhraseTable[str]  # "quyền", "Q." before a title -> the word the role starts with ("Quyền")
    not_persons: frozenset[str]  # folded
    blockers: PhraseTable[str]
    roads: PhraseTable[str]  # blockers that name a road ("đường", "quốc lộ"): a province after one is no place
    road_number: re.Pattern[str]  # a road's number ("QL18", "ĐT.741"): a province after one is no place
    post_links: PhraseTable[str]  # "giữ chức", "làm": a post of the person before them; "held" for "hiện là",
    #                                "joins" for a link that also seats them in the standing committee
    post_grants: PhraseTable[str]  # "bầu bổ sung chức danh": a post given to people named after ...
    grant_targets: PhraseTable[str]  # ... "đối với"
    post_terms: PhraseTable[str]  # "nhiệm kỳ", "khóa": the term of the post before them
    personal_notes: PhraseTable[str]  # "tuổi", "quê": a note between a name and its posts
    destinations: PhraseTable[str]  # "đến nhận công tác tại": the body a person is transferred to follows
    reasons: PhraseTable[str]  # "do": why a post changed; the appointment after it is the person's
    post_givers: PhraseTable[str]  # "được bổ nhiệm", "bầu giữ chức": the post after them is given in the article
    list_intros: PhraseTable[str]  # "gồm": between a post and the list of the people who hold it
    list_standing: PhraseTable[str]  # "hiện nay", "đương nhiệm": how the post before a list intro is held
    concurrent_roles: frozenset[tuple[str, str]]  # (folded role, folded kind or "*")

    def concurrent(self, role: str, kind: str | None) -> bool:
        """Whether one person may hold `role` in several bodies of `kind` at once."""
        return (fold(role), "*") in self.concurrent_roles or (
            kind is not None and (fold(role), fold(kind)) in self.concurrent_roles)

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]], organizations: OrganizationWords) -> "PersonWords":
        titles: PhraseTable[Title] = PhraseTable()
        for row in rows(TITLES):
            if row["absorbs"] and organizations.head(row["absorbs"]) is None:
                raise row.error("absorbs", f"{row['absorbs']!r} is no canonical head of organizations.tsv")
            title = Title(row["role"], row["absorbs"], row["org"], tuple(row.values("heads")))
            for surface in row.values("title"):
                titles.add(surface, title)
        honorific_rows = rows(HONORIFICS)
        return cls(
            surnames=frozenset(fold(row["word"]) for row in rows(SURNAMES)),
            honorifics=PhraseTable((row["word"], row["kind"]) for row in honorific_rows),
            honorific_words=tuple(sorted({fold(row["word"]) for row in honorific_rows}, key=len, reverse=True)),
            degrees=frozenset(fold(row["word"]) for row in honorific_rows if row["kind"] == "degree"),
            titles=titles,
            title_status=PhraseTable((row["word"], row["status"]) for row in rows(TITLE_STATUS)
                                     if row["written"] == "before"),
            new_post_marks=PhraseTable((row["word"], row["word"]) for row in rows(TITLE_STATUS)
                                       if row["written"] == "before" and row["gives"] == "yes"),
            status_notes=PhraseTable((row["word"], row["status"] or "") for row in rows(TITLE_STATUS)
                                     if row["written"] == "after"),
            role_prefixes=PhraseTable((row["word"], row["status"]) for row in rows(TITLE_STATUS)
                                      if row["written"] == "prefix"),
            not_persons=frozenset(fold(row["word"]) for row in rows(NOT_PERSONS)),
            blockers=PhraseTable((row["word"], "blocker") for row in rows(NAME_BLOCKERS)
                                 if row["kind"] != "road-number"),
            roads=PhraseTable((row["word"], "road") for row in rows(NAME_BLOCKERS) if row["kind"] == "road"),
            road_number=re.compile(alternation(tuple(row["word"] for row in rows(NAME_BLOCKERS)
                                                     if row["kind"] == "road-number")) + r"\.?\d+[A-Z]?"),
            post_links=PhraseTable((row["word"], row["kind"]) for row in rows(POST_LINKS)
                                   if row["kind"] in ("link", "joins", "held")),
            post_grants=PhraseTable((row["word"], "grant") for row in rows(POST_LINKS) if row["kind"] == "grant"),
            grant_targets=PhraseTable((row["word"], "to") for row in rows(POST_LINKS) if row["kind"] == "to"),
            list_intros=PhraseTable((row["word"], "list") for row in rows(POST_LINKS) if row["kind"] == "list"),
            list_standing=PhraseTable((row["word"], "standing") for row in rows(POST_LINKS)
                                      if row["kind"] == "standing"),
            post_terms=PhraseTable((row["word"], "term") for row in rows(POST_LINKS) if row["kind"] == "term"),
            personal_notes=PhraseTable((row["word"], "note") for row in rows(POST_LINKS) if row["kind"] == "note"),
            destinations=PhraseTable((row["word"], "destination") for row in rows(POST_LINKS)
                                     if row["kind"] == "destination"),
            reasons=PhraseTable((row["word"], "reason") for row in rows(POST_LINKS) if row["kind"] == "reason"),
            post_givers=PhraseTable((row["word"], "gives") for row in rows(POST_LINKS) if row["gives"] == "yes"),
            concurrent_roles=frozenset((fold(row["role"]), fold(row["kind"])) for row in rows(CONCURRENT_ROLES)),
        )
