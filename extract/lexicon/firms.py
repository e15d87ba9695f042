"""What tells a firm and an agreement: group names and aliases (`firms.tsv`), legal
forms (`company_forms.tsv`), agreement words (`partnership_words.tsv`); see
extract/components/firms.py."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from .phrases import PhraseTable, folded_tokens
from .tables import Column, Row, Table

PROVINCE = "{province}"
FORM_ROLES = ("form", "branch", "region", "executive", "kind")
AGREEMENT_ROLES = ("agreement", "between", "with", "joiner", "signing", "purpose", "witness")
FIRMS = Table("firms", (Column("group"), Column("aliases", "phrases", required=False),
                        Column("units", "phrases", required=False)))
COMPANY_FORMS = Table("company_forms", (Column("role", "choice", FORM_ROLES), Column("word")))
PARTNERSHIP_WORDS = Table("partnership_words", (Column("role", "choice", AGREEMENT_ROLES), Column("word")))
TABLES = (FIRMS, COMPANY_FORMS, PARTNERSHIP_WORDS)


@dataclass(frozen=True)
class FirmWords:
    names: PhraseTable[str]  # group name or alias -> group
    units: PhraseTable[str]  # a provincial unit's name before "{province}" -> group
    forms: PhraseTable[str]  # legal form, branch, region, executive or kind word -> its role
    agreement_words: dict[str, PhraseTable[str]]  # role of partnership_words.tsv -> phrases
    legal_names: dict[str, str]  # group -> its first alias written with a legal form ("Tập đoàn ...")

    def end_of(self, role: str, folded: Sequence[str], i: int) -> int | None:
        found = self.agreement_words[role].match(folded, i) if 0 <= i < len(folded) else None
        return found[0] if found else None

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]]) -> "FirmWords":
        names: PhraseTable[str] = PhraseTable()
        units: PhraseTable[str] = PhraseTable()
        for row in rows(FIRMS):
            group = row["group"]
            for alias in (group, *row.values("aliases")):
                names.add(alias, group)
            for unit in row.values("units"):
                if not unit.endswith(PROVINCE):
                    raise row.error("units", f"unit {unit!r} must end with {PROVINCE}")
                units.add(unit[: -len(PROVINCE)], group)
        forms = PhraseTable((row["word"], row["role"]) for row in rows(COMPANY_FORMS))
        legal_names: dict[str, str] = {}
        for row in rows(FIRMS):
            for alias in row.values("aliases"):
                words = list(folded_tokens(alias))
                if (form := forms.match(words, 0)) is not None and form[1] == "form" and form[0] < len(words):
                    legal_names.setdefault(row["group"], alias)
        agreement_words: dict[str, PhraseTable[str]] = {role: PhraseTable() for role in AGREEMENT_ROLES}
        for row in rows(PARTNERSHIP_WORDS):
            agreement_words[row["role"]].add(row["word"], row["word"])
        return cls(names, units, forms, agreement_words, legal_names)
