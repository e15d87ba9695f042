"""Words that signal a date, a credit or page noise: the phrases the readers of
extract/dates.py, extract/clean.py and the bylines component build their patterns from.

`dates.tsv` and `bylines.tsv` are kind-tagged phrase lists (`kind <TAB> phrase`), so a
domain expert adds a cue word without touching a pattern; `noise.tsv` holds whole-line
regular expressions for the chrome of scraped pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .phrases import PhraseTable, folded_tokens
from .tables import Column, Row, Table

DATE_KINDS = ("weekday", "stamp_label", "lead_time", "lead_time_modifier", "lead_outlet", "year_label", "not_current_year",
              "plural_years", "year_to_date", "year_review", "recent_report")
BYLINE_KINDS = ("byline_prefix", "photo_prefix", "content_owner_prefix", "not_a_name", "outlet", "page_furniture")
NOISE_KINDS = ("line", "footer", "footer_keep", "footer_contact", "links")
DATES = Table("dates", (Column("kind", "choice", DATE_KINDS), Column("phrase"),
                        Column("comment", required=False)))
BYLINES = Table("bylines", (Column("kind", "choice", BYLINE_KINDS), Column("phrase"),
                            Column("comment", required=False)))
NOISE = Table("noise", (Column("kind", "choice", NOISE_KINDS), Column("pattern", "pattern"),
                        Column("comment", required=False)))
TABLES = (DATES, BYLINES, NOISE)

Phrases = dict[str, tuple[str, ...]]  # kind -> phrases


@dataclass(frozen=True)
class CueWords:
    dates: Phrases
    bylines: Phrases
    noise: dict[str, tuple[re.Pattern[str], ...]]  # kind -> whole-line patterns
    # the first words of lead times, folded: "Sáng" in "Báo Cà Mau Sáng 20/6" ends the outlet's name
    lead_time_words: frozenset[str]
    photo_credits: PhraseTable[str]  # "Ảnh" before a photo credit's colon (bylines.tsv, photo_prefix)
    outlets: PhraseTable[str]  # the first words of a news outlet's name (bylines.tsv, outlet)

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]]) -> "CueWords":
        def by_kind(table: Table, kinds: tuple[str, ...], column: str, value=lambda text: text) -> dict:
            grouped: dict[str, list] = {kind: [] for kind in kinds}
            for row in rows(table):
                grouped[row["kind"]].append(value(row[column]))
            return {kind: tuple(values) for kind, values in grouped.items()}

        dates, bylines = by_kind(DATES, DATE_KINDS, "phrase"), by_kind(BYLINES, BYLINE_KINDS, "phrase")
        return cls(
            dates=dates,
            bylines=bylines,
            noise=by_kind(NOISE, NOISE_KINDS, "pattern", lambda text: re.compile(text, re.IGNORECASE)),
            lead_time_words=frozenset(folded_tokens(phrase)[0] for phrase in dates["lead_time"]),
            photo_credits=PhraseTable((phrase, "photo") for phrase in bylines["photo_prefix"]),
            outlets=PhraseTable((phrase, "outlet") for phrase in bylines["outlet"]),
        )


def alternation(phrases: tuple[str, ...]) -> str:
    """A non-capturing regex alternation of cue phrases, any white space between their
    words, longest first so that `chiều tối` wins over `chiều`."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"
