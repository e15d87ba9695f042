"""The lexicon: all domain knowledge of `extract/data/`, loaded and checked once.

Titles, bodies and their abbreviations, places, event and request words, program and
firm words live in small tab-separated files a domain expert extends without touching
Python (see each file's header comment). `Lexicon.load()` reads every one of them,
checks every header and cell against its declared columns (a bad value is an error
naming the file, line and column), builds the lookup structures once, and returns one
object that is passed to whoever needs it: the extraction pipeline, the readers of
pages and dates, `kg.ask`, `kg.identity`. Nothing reads a data file on its own.

    lexicon = Lexicon.load()
    lexicon.places.province("tỉnh Thái Bình")
    lexicon.organizations.heads.match(folded_tokens, i)
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import cues, firms, meetings, organizations, persons, places, programs
from .cues import CueWords
from .firms import FirmWords
from .meetings import MeetingWords
from .organizations import OrganizationWords
from .persons import PersonWords
from .phrases import PhraseTable, folded_tokens
from .places import Places
from .programs import ProgramWords
from .tables import LexiconError, Row, Table, read_rows, undeclared

__all__ = ["Lexicon", "LexiconError", "PhraseTable", "folded_tokens"]

TABLES: tuple[Table, ...] = (*places.TABLES, *organizations.TABLES, *persons.TABLES, *meetings.TABLES,
                             *programs.TABLES, *firms.TABLES, *cues.TABLES)


def data_folder() -> Path:
    """The lexicon files shipped with the package (`extract/data/`)."""
    return Path(str(resources.files("extract").joinpath("data")))


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction and the graph know about Vietnamese administrative prose."""

    folder: Path
    places: Places
    organizations: OrganizationWords
    persons: PersonWords
    meetings: MeetingWords
    programs: ProgramWords
    firms: FirmWords
    cues: CueWords

    @classmethod
    def load(cls, folder: Path | None = None) -> "Lexicon":
        """Read and check every lexicon file of `folder` (default: the shipped data)."""
        folder = folder or data_folder()
        stray = undeclared(folder, TABLES)
        if stray:
            raise LexiconError(f"{folder / stray[0]}: no such lexicon table (known: "
                               f"{', '.join(sorted(t.file for t in TABLES))})")
        read: dict[str, list[Row]] = {}

        def rows(table: Table) -> list[Row]:
            if table.name not in read:
                read[table.name] = read_rows(folder, table)
            return read[table.name]

        place_lookup = Places.from_rows(rows)
        organization_words = OrganizationWords.from_rows(rows, place_lookup.level_words)
        return cls(
            folder=folder,
            places=place_lookup,
            organizations=organization_words,
            persons=PersonWords.from_rows(rows, organization_words),
            meetings=MeetingWords.from_rows(rows),
            programs=ProgramWords.from_rows(rows),
            firms=FirmWords.from_rows(rows),
            cues=CueWords.from_rows(rows),
        )
