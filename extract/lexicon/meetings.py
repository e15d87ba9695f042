"""The words of meetings and requests: event nouns and verbs, role cues, request verbs.

`event_kinds.tsv` lists the words that name a meeting (`hội nghị`, `buổi làm việc`)
or report one by its verb (`tiếp`); `event_roles.tsv` the cues for the roles people
play at it (`chủ trì`, `phát biểu chỉ đạo`, `dự`); `event_counterparts.tsv` the words
after which the body a meeting is held with is named (`làm việc với`);
`event_label_ends.tsv` the words that end a meeting's name (`với sự tham dự`);
`verb_adverbs.tsv` the words that stand between a subject and its verb (`đã`, `thay
mặt` + a body); `directive_verbs.tsv` the verbs of a request (`đề nghị`, `giao`);
`directive_addressees.tsv` the words that address no one body (`các đơn vị`), a person
(`đồng chí`) or a body through its leaders (`lãnh đạo`); `request_modals.tsv` the words
after a body that go on with an official's requests (`Sở X cần ...`);
`speaker_epithets.tsv` the words that name again the official quoted (`người đứng đầu`) or the
one who signed the document reported (`công văn`); `notice_leads.tsv` the words after which a
notice names the official whose instructions it conveys (`thông báo kết luận của`);
`directive_frames.tsv` the words that open a sentence by naming the body it is about
(`Đối với Sở Y tế, ...`); `request_leads.tsv` the words that open a phrase between a
request verb and its addressee (`yêu cầu trước ngày 10/5, Sở X ...`); `directive_nouns.tsv` the words that make a request verb a
noun (`các yêu cầu`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..text import fold
from .cues import DATES
from .organizations import OrganizationWords
from .phrases import PhraseTable
from .tables import Column, Row, Table

EVENT_ROLES = ("chaired", "directed", "attended", "spoke")
SCOPES = ("subject", "first", "all", "after", "of-event", "source")
EVENT_PLACEHOLDER = "{event}"  # in a role cue: any noun of event_kinds.tsv
ADDRESSEE_MEANINGS = ("generic", "parties", "generic-after", "narrows", "person", "leaders", "members", "investor", "firm",
                      "refers:*")
EVENT_KINDS = Table("event_kinds", (Column("word"), Column("form", "choice", ("noun", "verb", "other"))))
EVENT_ROLE_CUES = Table("event_roles", (
    Column("cue", "phrases"), Column("roles", "choices", EVENT_ROLES), Column("scope", "choice", SCOPES)))
EVENT_COUNTERPARTS = Table("event_counterparts", (Column("cue"),))
EVENT_LABEL_ENDS = Table("event_label_ends", (Column("word"),))
VERB_ADVERBS = Table("verb_adverbs", (Column("word"), Column("object", "choice", ("body",), required=False)))
DIRECTIVE_VERBS = Table("directive_verbs", (
    Column("verb"), Column("subject", "choice", ("sentence", "direct")),
    Column("addressee", "choice", ("optional", "required", "modal")), Column("proposal", "flag"),
    Column("via", required=False)))
DIRECTIVE_ADDRESSEES = Table("directive_addressees", (
    Column("word"), Column("means", "choice", ADDRESSEE_MEANINGS)))
REQUEST_MODALS = Table("request_modals", (Column("word"), Column("reach", "choice", ("modal", "task"))))
SPEAKER_EPITHETS = Table("speaker_epithets", (Column("word"), Column("names", "choice", ("speaker", "signer"))))
NOTICE_LEADS = Table("notice_leads", (Column("word"),))
DIRECTIVE_FRAMES = Table("directive_frames", (Column("word"),))
REQUEST_LEADS = Table("request_leads", (Column("word"),))
DIRECTIVE_NOUNS = Table("directive_nouns", (Column("word"), Column("where", "choice", ("before", "after", "compound"))))
TABLES = (EVENT_KINDS, EVENT_ROLE_CUES, EVENT_COUNTERPARTS, EVENT_LABEL_ENDS, VERB_ADVERBS, DIRECTIVE_VERBS,
          DIRECTIVE_ADDRESSEES, REQUEST_MODALS, SPEAKER_EPITHETS, NOTICE_LEADS, DIRECTIVE_FRAMES, REQUEST_LEADS,
          DIRECTIVE_NOUNS)


@dataclass(frozen=True)
class RoleCue:
    roles: tuple[str, ...]  # of EVENT_ROLES
    scope: str  # of SCOPES (see event_roles.tsv)


@dataclass(frozen=True)
class RequestVerb:
    subject: str  # "direct": the official stands right before it; "sentence": anywhere before
    needs_addressee: bool
    reported: bool  # a speech verb: a request only where the bodies it names "cần" or "phải" do something
    proposal: bool  # a speaker from the floor makes it too ("đề nghị"), unlike an order ("giao")
    via: str  # folded word after the verb's object that names the addressee ("giao việc cho X"), or ""


@dataclass(frozen=True)
class Addressee:
    """What a word of directive_addressees.tsv says of the addressee it names."""

    means: str  # "generic", "parties", "generic-after", "narrows", "person", "leaders", "members", "investor", "firm" or "refers"
    head: str = ""  # for "refers": the canonical head of the body referred to ("Trường")


@dataclass(frozen=True)
class MeetingWords:
    event_words: PhraseTable[str]  # word -> "noun", "verb" or "other"
    role_cues: PhraseTable[list[RoleCue]]
    counterpart_cues: PhraseTable[str]
    label_ends: PhraseTable[str]
    time_words: PhraseTable[str]  # dates.tsv: "lead_time" ("chiều") or "lead_time_modifier" ("nay")
    verb_adverbs: PhraseTable[str]  # word -> "body" when a body follows it ("thay mặt UBND tỉnh"), else ""
    request_verbs: PhraseTable[RequestVerb]
    addressees: PhraseTable[Addressee]
    request_modals: PhraseTable[str]  # word -> "modal" or "task" (request_modals.tsv)
    speaker_epithets: PhraseTable[str]  # word → whom it names: "speaker" or "signer"
    notice_leads: PhraseTable[str]
    frames: PhraseTable[str]
    request_leads: PhraseTable[str]
    noun_markers: dict[str, frozenset[str]]  # "before" / "after" / "compound" -> folded words

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]], organizations: OrganizationWords) -> "MeetingWords":
        """`organizations`: the heads a "refers:HEAD" addressee may name."""
        kinds = rows(EVENT_KINDS)
        nouns = [row["word"] for row in kinds if row["form"] == "noun"]
        # A longer word starting with a cue ("tiếp tục" after "tiếp") is no cue: an "other" row.
        cues: dict[str, list[RoleCue]] = {row["word"]: [] for row in kinds if row["form"] == "other"}
        for row in rows(EVENT_ROLE_CUES):
            cue = RoleCue(tuple(row.values("roles")), row["scope"])
            for surface in row.values("cue"):
                for phrase in _with_event_nouns(row, surface, nouns):
                    cues.setdefault(phrase, []).append(cue)
        directive_nouns = rows(DIRECTIVE_NOUNS)
        return cls(
            event_words=PhraseTable((row["word"], row["form"]) for row in kinds),
            role_cues=PhraseTable(cues.items()),
            counterpart_cues=PhraseTable((row["cue"], row["cue"]) for row in rows(EVENT_COUNTERPARTS)),
            label_ends=PhraseTable((row["word"], row["word"]) for row in rows(EVENT_LABEL_ENDS)),
            time_words=PhraseTable((row["phrase"], row["kind"]) for row in rows(DATES)
                                   if row["kind"] in ("lead_time", "lead_time_modifier")),
            verb_adverbs=PhraseTable((row["word"], row["object"]) for row in rows(VERB_ADVERBS)),
            request_verbs=PhraseTable((row["verb"], RequestVerb(
                row["subject"], row["addressee"] != "optional", row["addressee"] == "modal", row["proposal"] == "yes",
                fold(row["via"])))
                for row in rows(DIRECTIVE_VERBS)),
            addressees=PhraseTable((row["word"], _addressee(row, organizations)) for row in rows(DIRECTIVE_ADDRESSEES)),
            request_modals=PhraseTable((row["word"], row["reach"]) for row in rows(REQUEST_MODALS)),
            speaker_epithets=PhraseTable((row["word"], row["names"]) for row in rows(SPEAKER_EPITHETS)),
            notice_leads=PhraseTable((row["word"], row["word"]) for row in rows(NOTICE_LEADS)),
            frames=PhraseTable((row["word"], row["word"]) for row in rows(DIRECTIVE_FRAMES)),
            request_leads=PhraseTable((row["word"], row["word"]) for row in rows(REQUEST_LEADS)),
            noun_markers={where: frozenset(fold(row["word"]) for row in directive_nouns if row["where"] == where)
                          for where in ("before", "after", "compound")},
        )


def _with_event_nouns(row: Row, surface: str, nouns: list[str]) -> list[str]:
    """A cue as written, or one cue per event noun for `{event}` ("chủ trì {event} có")."""
    if "{" not in surface and "}" not in surface:
        return [surface]
    if surface.count(EVENT_PLACEHOLDER) != 1 or surface.replace(EVENT_PLACEHOLDER, "").count("{"):
        raise row.error("cue", f"{surface!r}: the only placeholder is one {EVENT_PLACEHOLDER}")
    return [surface.replace(EVENT_PLACEHOLDER, noun) for noun in nouns]


def _addressee(row: Row, organizations: OrganizationWords) -> Addressee:
    means, _, head = row["means"].partition(":")
    if means == "refers" and organizations.head(head) is None:
        raise row.error("means", f"{head!r} is no canonical head of organizations.tsv")
    return Addressee(means, head)
