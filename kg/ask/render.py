"""Answers, and how they are shown: as text for people, as JSON for programs.

Each answer row has its named values (`entities`: person, role, event, organization
...), the sentence that states the fact (`evidence`: never the headline when another
sentence of the article says it), the article it was read from (name, headline, date),
the IRIs of the person, body and event it is about (so that it can be cited and looked
up with `kg query`), and the words of the question it matched.

When no intent fits a question, the answer holds no rows but search results: the
facts whose sentences best match the question's words, ranked, each with the words
that matched, shown as a search and not as an answer.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """The article an answer was read from."""

    name: str
    title: str | None = None
    date: str | None = None
    iri: str | None = None


@dataclass
class AnswerRow:
    entities: dict[str, str]  # named values: person, role, event, organization, date ...
    sentence: str | None  # the sentence stating it
    source: Source | None
    iris: dict[str, str] = field(default_factory=dict)  # person, organization, event ... → IRI
    matched: list[str] = field(default_factory=list)  # words of the question it matched


@dataclass
class Answer:
    question: str
    intent: str  # what the question was read as: chaired, post_of_person ... or search
    understood: dict[str, str] = field(default_factory=dict)  # the slots, in words
    rows: list[AnswerRow] = field(default_factory=list)
    note: str | None = None  # why there are no rows, or what to know about them
    search: list[AnswerRow] = field(default_factory=list)  # search results, when no intent fits
    more: int = 0  # rows left out

    def as_text(self) -> str:
        understood = "; ".join(f"{name}: {value}" for name, value in self.understood.items())
        lines = [self.question, f"→ {self.intent}" + (f" ({understood})" if understood else "")]
        if self.note:
            lines.append(("No answer: " if not self.rows else "Note: ") + self.note)
        elif not self.rows and not self.search:
            lines.append("No answer: the store states nothing that fits.")
        for number, row in enumerate(self.rows, 1):
            lines += _row_lines(number, row)
        if self.more:
            lines.append(f"({self.more} more not shown)")
        if self.search:
            lines.append("Search results (facts whose sentences share words with the question; not an answer):")
            for number, row in enumerate(self.search, 1):
                lines += _row_lines(number, row)
        return "\n".join(lines)

    def as_json(self) -> str:
        document = {
            "question": self.question,
            "intent": self.intent,
            "understood": self.understood,
            "note": self.note,
            "answers": [_row_json(row) for row in self.rows],
        }
        if self.more:
            document["more"] = self.more
        if self.search:
            document["search_results"] = [_row_json(row) for row in self.search]
        return json.dumps(document, ensure_ascii=False, indent=2)


_DATE_OR_COUNT = re.compile(r"\d{4}-\d{2}-\d{2}|\d+")


def _cell(column: str, value: str) -> str:
    """A name speaks for itself; a date or a count says what it is ("last attested 2024-03-12")."""
    return f"{column.replace('_', ' ')} {value}" if _DATE_OR_COUNT.fullmatch(value) else value


def _row_lines(number: int, row: AnswerRow) -> list[str]:
    lines = [f"{number}. " + " | ".join(_cell(column, value) for column, value in row.entities.items())]
    if row.sentence:
        lines.append(f'   "{row.sentence}"')
    if row.source:
        about = [row.source.name, *(part for part in (row.source.title, row.source.date) if part)]
        lines.append("   source: " + " · ".join(about))
    if row.matched:
        lines.append("   matched: " + ", ".join(row.matched))
    if row.iris:
        lines.append("   ids: " + " · ".join(f"{name} <{iri}>" for name, iri in row.iris.items()))
    return lines


def _row_json(row: AnswerRow) -> dict:
    return {
        "entities": row.entities,
        "evidence": row.sentence,
        "article": None if row.source is None else {
            "name": row.source.name, "title": row.source.title, "date": row.source.date, "iri": row.source.iri},
        "iris": row.iris,
        "matched": row.matched,
    }
