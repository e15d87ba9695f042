"""What the graph knows about public bodies beyond what one article states.

- Which body an organization belongs to when the article does not say so: a Sở of
  "tỉnh X" is part of "Ủy ban nhân dân tỉnh X", a district's People's Committee part
  of its province's (`extract/data/org_hierarchy.tsv`).
- Which body issued a document, when its number names one ("348/QĐ-TTg" → Thủ tướng
  Chính phủ; `extract/data/document_issuers.tsv`).
- Whether a body is national: its head is national in `organizations.tsv` ("Bộ",
  "Chính phủ") or its name carries a national marker ("quốc gia", "Trung ương").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import alternatives, read_table
from extract.text import fold
from kg.places import Place


@dataclass(frozen=True)
class KnownBody:
    """A body the graph adds from its own knowledge: canonical name, head (kind) and place."""

    name: str
    kind: str
    place: Place | None = None


@dataclass(frozen=True)
class _ParentRule:
    kind: str
    level: str  # "province" or "district"
    province_kind: str  # "" for any
    parent: str  # template

    @property
    def parent_kind(self) -> str:
        return self.parent.split("{", 1)[0].strip()


@cache
def _parent_rules() -> dict[tuple[str, str], list[_ParentRule]]:
    rules: dict[tuple[str, str], list[_ParentRule]] = {}
    for row in read_table("org_hierarchy"):
        rule = _ParentRule(row["kind"], row["level"], row["province_kind"], row["parent"])
        rules.setdefault((fold(rule.kind), rule.level), []).append(rule)
    return rules


def parent_by_rule(kind: str, place: Place | None) -> KnownBody | None:
    """The body an organization of head `kind` in `place` belongs to, by org_hierarchy.tsv."""
    if place is None:
        return None
    level = "district" if place.district is not None else "province"
    for rule in _parent_rules().get((fold(kind), level), []):
        if rule.province_kind and rule.province_kind != place.province.kind:
            continue
        province = Place(place.province)
        name = rule.parent.format(
            province=province.text, province_name=place.province.name, district=place.text
        )
        return KnownBody(name, rule.parent_kind, place if "{district}" in rule.parent else province)
    return None


@cache
def _issuers() -> dict[str, KnownBody]:
    return {fold(row["code"]): KnownBody(row["issuer"], row["kind"]) for row in read_table("document_issuers")}


def issuer_of(number: str) -> KnownBody | None:
    """The body a document number names as issuer ("348/QĐ-TTg" → Thủ tướng Chính phủ), or None."""
    code = re.split(r"[-/]", number.strip())[-1]
    return _issuers().get(fold(code.rstrip("0123456789")))


@cache
def _national_kinds() -> frozenset[str]:
    return frozenset(fold(row["canonical"]) for row in read_table("organizations") if row["default"] == "national")


@cache
def _bare_province_kinds() -> frozenset[str]:
    return frozenset(
        fold(row["canonical"]) for row in read_table("organizations") if "province" in alternatives(row["attach"])
    )


def takes_bare_province(kind: str) -> bool:
    """Whether a body of this head names its province without a level word ("Tỉnh ủy Thái Bình")."""
    return fold(kind) in _bare_province_kinds()


@cache
def _national_markers() -> tuple[str, ...]:
    return tuple(fold(row["word"]) for row in read_table("national_markers"))


def is_national(kind: str, name: str) -> bool:
    """A national body: its head is national, or its name says so ("... quốc gia")."""
    words = f" {fold(name)} "
    return fold(kind) in _national_kinds() or any(f" {marker} " in words for marker in _national_markers())
