"""The words of meetings and requests: event nouns and verbs, role cues, request verbs.

`event_kinds.tsv` lists the words that name a meeting (`hội nghị`, `buổi làm việc`)
or report one by its verb (`tiếp`); `event_roles.tsv` the cues for the roles people
play at it (`chủ trì`, `phát biểu chỉ đạo`, `dự`); `directive_verbs.tsv` the verbs of
a request (`đề nghị`, `giao`); `directive_frames.tsv` the words that open a sentence by
naming the body it is about (`Đối với Sở Y tế, ...`); `directive_nouns.tsv` the words
that make a request verb a noun (`các yêu cầu`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..text import fold
from .phrases import PhraseTable
from .tables import Column, Row, Table

EVENT_ROLES = ("chaired", "directed", "attended", "spoke")
SCOPES = ("subject", "first", "all", "after")
EVENT_KINDS = Table("event_kinds", (Column("word"), Column("form", "choice", ("noun", "verb", "other"))))
EVENT_ROLE_CUES = Table("event_roles", (
    Column("cue", "phrases"), Column("roles", "choices", EVENT_ROLES), Column("scope", "choice", SCOPES)))
DIRECTIVE_VERBS = Table("directive_verbs", (
    Column("verb"), Column("subject", "choice", ("sentence", "direct")),
    Column("addressee", "choice", ("optional", "required"))))
DIRECTIVE_FRAMES = Table("directive_frames", (Column("word"),))
DIRECTIVE_NOUNS = Table("directive_nouns", (Column("word"), Column("where", "choice", ("before", "after"))))
TABLES = (EVENT_KINDS, EVENT_ROLE_CUES, DIRECTIVE_VERBS, DIRECTIVE_FRAMES, DIRECTIVE_NOUNS)


@dataclass(frozen=True)
class RoleCue:
    roles: tuple[str, ...]  # of EVENT_ROLES
    scope: str  # of SCOPES (see event_roles.tsv)


@dataclass(frozen=True)
class RequestVerb:
    subject: str  # "direct": the official stands right before it; "sentence": anywhere before
    needs_addressee: bool


@dataclass(frozen=True)
class MeetingWords:
    event_words: PhraseTable[str]  # word -> "noun", "verb" or "other"
    role_cues: PhraseTable[list[RoleCue]]
    request_verbs: PhraseTable[RequestVerb]
    frames: PhraseTable[str]
    noun_markers: dict[str, frozenset[str]]  # "before" / "after" -> folded words

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]]) -> "MeetingWords":
        kinds = rows(EVENT_KINDS)
        # A longer word starting with a cue ("tiếp tục" after "tiếp") is no cue: an "other" row.
        cues: dict[str, list[RoleCue]] = {row["word"]: [] for row in kinds if row["form"] == "other"}
        for row in rows(EVENT_ROLE_CUES):
            cue = RoleCue(tuple(row.values("roles")), row["scope"])
            for surface in row.values("cue"):
                cues.setdefault(surface, []).append(cue)
        nouns = rows(DIRECTIVE_NOUNS)
        return cls(
            event_words=PhraseTable((row["word"], row["form"]) for row in kinds),
            role_cues=PhraseTable(cues.items()),
            request_verbs=PhraseTable((row["verb"], RequestVerb(row["subject"], row["addressee"] == "required"))
                                      for row in rows(DIRECTIVE_VERBS)),
            frames=PhraseTable((row["word"], row["word"]) for row in rows(DIRECTIVE_FRAMES)),
            noun_markers={where: frozenset(fold(row["word"]) for row in nouns if row["where"] == where)
                          for where in ("before", "after")},
        )
