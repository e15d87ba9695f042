"""What organization names are made of: heads, fields, abbreviations, and the bodies
the grammar may add from its own knowledge (a parent by rule, a document's issuer).

`organizations.tsv` says which head takes which complement and what may attach to it
(the grammar in `extract/grammar.py` applies it); `fields.tsv` the fields of a Sở or
Bộ; `abbreviations.tsv` what `UBND` stands for; `boundaries.tsv` and `compounds.tsv`
where a free-form name ends; `national_markers.tsv` the words that make a body
national; `org_hierarchy.tsv` the body a Sở or a district committee belongs to when
the text does not say; `document_issuers.tsv` the issuer a document number names;
`delegations.tsv` how a delegation led by someone is named.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Callable

from ..text import fold
from .phrases import PhraseTable
from .tables import Column, Row, Table

COMPLEMENTS = ("none", "field", "name", "phrase", "number")
ATTACHMENTS = ("none", "parent", "place", "province", "province-unit", "district", "district-unit", "committee", "seat",
               "country")
# organizations.tsv, column default: see the file's header for what each one does.
DEFAULTS = ("national", "attached", "none", "written", "province", "province-name", "city-name", "same-head", "earlier",
            "next-body",
            "level:*", "parent:*", "city-parent:*", "last-unit:*", "sibling:*", "latest:*", "place-of:*",
            "committee-of:*")
TEMPLATE_FIELDS = ("province", "province_name", "district")

ORGANIZATIONS = Table("organizations", (
    Column("head", "phrases"), Column("canonical"), Column("complement", "choices", COMPLEMENTS),
    Column("attach", "choices", ATTACHMENTS), Column("default", "choices", DEFAULTS),
    Column("capital", "flag"), Column("people", "flag")))
FIELDS = Table("fields", (Column("canonical"), Column("aliases", "phrases", required=False)))
ABBREVIATIONS = Table("abbreviations", (Column("abbreviation"), Column("expansion")))
BOUNDARIES = Table("boundaries", (Column("word"),))
COMPOUNDS = Table("compounds", (Column("word"),))
NATIONAL_MARKERS = Table("national_markers", (Column("word"),))
ORG_HIERARCHY = Table("org_hierarchy", (
    Column("kind"), Column("level", "choice", ("province", "district")),
    Column("province_kind", "choice", ("tỉnh", "thành phố"), required=False), Column("parent")))
DOCUMENT_ISSUERS = Table("document_issuers", (Column("code"), Column("issuer"), Column("kind")))
DELEGATIONS = Table("delegations", (Column("word"), Column("kind", "choice", ("head", "by", "leader")),
                                   Column("is", required=False)))
TABLES = (ORGANIZATIONS, FIELDS, ABBREVIATIONS, BOUNDARIES, COMPOUNDS, NATIONAL_MARKERS, ORG_HIERARCHY,
          DOCUMENT_ISSUERS, DELEGATIONS)


@dataclass(frozen=True)
class HeadRule:
    """One row of organizations.tsv: how a name with this head is read."""

    canonical: str
    complement: tuple[str, ...]  # "field", "name", "phrase" (tried in order), or empty
    attach: tuple[str, ...]  # one of ATTACHMENTS, tried in order
    defaults: tuple[str, ...]  # tried in order ("level:tỉnh", "parent:Tỉnh ủy" ...)
    capital: bool
    people_names: bool  # its names are often people's ("Trường THPT Phan Bội Châu")


@dataclass(frozen=True)
class ParentRule:
    """One row of org_hierarchy.tsv: a body of head `kind` at `level` belongs to `parent`."""

    kind: str
    level: str  # "province" or "district"
    province_kind: str  # "tỉnh", "thành phố", or "" for any
    parent: str  # a template: "Ủy ban nhân dân {province}", "Tỉnh ủy {province_name}"

    @property
    def parent_kind(self) -> str:
        return self.parent.split("{", 1)[0].strip()


@dataclass(frozen=True)
class Issuer:
    """One row of document_issuers.tsv: the body a document code names ("TTg")."""

    name: str
    kind: str


@dataclass(frozen=True)
class OrganizationWords:
    heads: PhraseTable[HeadRule]
    by_canonical: dict[str, HeadRule]  # folded canonical head -> its rule
    fields: PhraseTable[str]  # surface form -> canonical field
    field_names: frozenset[str]  # canonical fields
    abbreviations: dict[str, str]  # folded abbreviation -> expansion
    boundaries: frozenset[str]  # folded words that end a free-form name
    compounds: PhraseTable[str]  # words holding a boundary syllable that do not end a name
    national_markers: frozenset[str]  # folded words that make a body national ("quốc gia")
    parent_rules: dict[tuple[str, str], tuple[ParentRule, ...]]  # (folded kind, level) -> rules
    issuers: dict[str, Issuer]  # folded document code -> issuer
    delegations: dict[str, PhraseTable[str]]  # "head" (-> the canonical head it is of) / "by" / "leader"

    def head(self, canonical: str) -> HeadRule | None:
        return self.by_canonical.get(fold(canonical))

    def is_national(self, kind: str, name: str) -> bool:
        """A national body: its head is national, or its name says so ("... quốc gia")."""
        rule = self.head(kind)
        words = f" {fold(name)} "
        return (rule is not None and rule.defaults == ("national",)) or any(
            f" {marker} " in words for marker in self.national_markers)

    @classmethod
    def from_rows(cls, rows: Callable[[Table], list[Row]], level_words: frozenset[str]) -> "OrganizationWords":
        """`level_words`: the canonical level words of place_levels.tsv (for `level:W` defaults)."""
        heads: PhraseTable[HeadRule] = PhraseTable()
        by_canonical: dict[str, HeadRule] = {}
        head_rows = rows(ORGANIZATIONS)
        for row in head_rows:
            rule = HeadRule(
                canonical=row["canonical"],
                complement=tuple(c for c in row.values("complement") if c != "none"),
                attach=tuple(a for a in row.values("attach") if a != "none"),
                defaults=tuple(row.values("default")),
                capital=row["capital"] == "yes",
                people_names=row["people"] == "yes",
            )
            by_canonical.setdefault(fold(rule.canonical), rule)
            for surface in row.values("head"):
                heads.add(surface, rule)
        for row in head_rows:
            for default in row.values("default"):
                kind, _, argument = default.partition(":")
                if kind in ("parent", "city-parent") and fold(argument) not in by_canonical:
                    raise row.error("default", f"{default!r}: {argument!r} is no canonical head of "
                                               f"{ORGANIZATIONS.file}")
                if kind in ("level", "last-unit") and argument not in level_words:
                    raise row.error("default", f"{default!r}: {argument!r} is no level of place_levels.tsv")
        fields: PhraseTable[str] = PhraseTable()
        field_names = []
        for row in rows(FIELDS):
            field_names.append(row["canonical"])
            for surface in (row["canonical"], *row.values("aliases")):
                fields.add(surface, row["canonical"])
        parent_rules: dict[tuple[str, str], list[ParentRule]] = {}
        for row in rows(ORG_HIERARCHY):
            if fold(row["kind"]) not in by_canonical:
                raise row.error("kind", f"{row['kind']!r} is no canonical head of {ORGANIZATIONS.file}")
            names = [name for _, name, _, _ in string.Formatter().parse(row["parent"]) if name is not None]
            if any(name not in TEMPLATE_FIELDS for name in names):
                raise row.error("parent", f"placeholders may be {{{'}, {'.join(TEMPLATE_FIELDS)}}}")
            rule = ParentRule(row["kind"], row["level"], row["province_kind"], row["parent"])
            parent_rules.setdefault((fold(rule.kind), rule.level), []).append(rule)
        return cls(
            heads=heads,
            by_canonical=by_canonical,
            fields=fields,
            field_names=frozenset(field_names),
            abbreviations={fold(row["abbreviation"]): row["expansion"] for row in rows(ABBREVIATIONS)},
            boundaries=frozenset(fold(row["word"]) for row in rows(BOUNDARIES)),
            compounds=PhraseTable((row["word"], row["word"]) for row in rows(COMPOUNDS)),
            national_markers=frozenset(fold(row["word"]) for row in rows(NATIONAL_MARKERS)),
            parent_rules={key: tuple(rules) for key, rules in parent_rules.items()},
            issuers={fold(row["code"]): Issuer(row["issuer"], row["kind"]) for row in rows(DOCUMENT_ISSUERS)},
            delegations=_delegation_words(rows(DELEGATIONS), by_canonical),
        )


def _delegation_words(rows: list[Row], by_canonical: dict[str, HeadRule]) -> dict[str, PhraseTable[str]]:
    words: dict[str, PhraseTable[str]] = {kind: PhraseTable() for kind in ("head", "by", "leader")}
    for row in rows:
        if row["kind"] == "head":
            rule = by_canonical.get(fold(row["is"]))
            if rule is None:
                raise row.error("is", f"{row['is']!r} is no canonical head of {ORGANIZATIONS.file}")
            words["head"].add(row["word"], rule.canonical)
        else:
            words[row["kind"]].add(row["word"], row["word"])
    return words
