"""What program names are made of: triggers (`program_kinds.tsv`) and the words that
end, qualify or link them (`program_words.tsv`); see extract/components/programs.py."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from .phrases import PhraseTable
from .tables import Column, Row, Table

COMPLEMENTS = ("none", "descriptive", "enacting", "any-case", "dated", "titled", "optional", "proper", "fixed")
WORD_ROLES = ("boundary", "period", "period-label", "ordinal", "generic", "determiner", "locative", "link",
              "unit", "not-proper", "show", "agreement", "act")
PROGRAM_KINDS = Table("program_kinds", (
    Column("trigger", "phrases"), Column("head"), Column("kind"), Column("numbered", "flag"),
    Column("complement", "choice", COMPLEMENTS)))
PROGRAM_WORDS = Table("program_words", (Column("role", "choice", WORD_ROLES), Column("word")))
TABLES = (PROGRAM_KINDS, PROGRAM_WORDS)


@dataclass(frozen=True)
class ProgramKind:
    """One row of program_kinds.tsv."""

    head: str
    kind: str
    numbered: bool
    complement: str  # of COMPLEMENTS


@dataclass(frozen=True)
class ProgramWords:
    triggers: PhraseTable[ProgramKind]
    roles: dict[str, PhraseTable[str]]  # role of program_words.tsv -> its phrases
    kinds: frozenset[str]  # every kind ("Đề án", "Kế hoạch" ...)

    def end_of(self, role: str, folded: Sequence[str], i: int) -> int | None:
        """End of a phrase with this role starting at token i, or None."""
        found = self.roles[role].match(folded, i) if 0 <= i < len(folded) else None
        return found[0] if found else None

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]]) -> "ProgramWords":
        triggers: PhraseTable[ProgramKind] = PhraseTable()
        kinds = set()
        for row in rows(PROGRAM_KINDS):
            kind = ProgramKind(row["head"], row["kind"], row["numbered"] == "yes", row["complement"])
            kinds.add(kind.kind)
            for surface in row.values("trigger"):
                triggers.add(surface, kind)
        roles: dict[str, PhraseTable[str]] = {role: PhraseTable() for role in WORD_ROLES}
        for row in rows(PROGRAM_WORDS):
            roles[row["role"]].add(row["word"], row["word"])
        return cls(triggers, roles, frozenset(kinds))
