"""Provinces and districts as the graph sees them: which unit a place text names, and its 2025 fate.

The units and the old → new province mapping are `extract/data/provinces.tsv` and
`districts.tsv` (read through `extract.places`). On 2025-07-01 the 63 provinces became
34 (an old province either kept its name or merged into a new one) and the district
level was abolished; `REFORM_DATE` is that day.

A place is taken only where a text names it with its level word ("tỉnh Thái Bình",
"huyện Vân Canh", "thành phố Hà Tĩnh"): a bare name inside an organization's name is
too often something else ("Trường Trung học phổ thông Hòa Bình"). A district name
that several provinces use is resolved by the article's province, or left unknown.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

from extract.lexicon import read_table
from extract.places import District, Province, load_places
from extract.text import fold

# Resolution 202/2025/QH15 (provinces) and the two-level local government law: in force 2025-07-01.
REFORM_DATE = datetime.date(2025, 7, 1)


@dataclass(frozen=True)
class Place:
    """A province, or a district with its province."""

    province: Province
    district: District | None = None

    @property
    def text(self) -> str:
        """As canonical names write it: "tỉnh Thái Bình", "thị xã Kỳ Anh"."""
        unit = self.district or self.province
        return f"{unit.kind} {unit.name}"


def province_named(name: str | None) -> Province | None:
    """The province `name` denotes ("Thái Bình", "tỉnh Thái Bình", "TP.HCM"), or None."""
    return load_places().province(name) if name else None


def successor(province: Province) -> Province | None:
    """The province it merged into on REFORM_DATE, or None when it kept its own name."""
    if fold(province.merged_into) == fold(province.name):
        return None
    return load_places().province(province.merged_into)


def place_named(text: str, article_province: str | None = None) -> Place | None:
    """The unit the place text names, which must start with its level word; or None.

    "tỉnh Hà Tĩnh" is the province, "thành phố Hà Tĩnh" the district-level city in it.
    """
    places = load_places()
    if not _starts_with_level_word(text):
        return None
    province = places.province(text)
    if province is not None:
        return Place(province)
    districts = places.districts_named(text)
    if article_province and len(districts) > 1:
        home = province_named(article_province)
        districts = [d for d in districts if home is not None and d.province == home.name]
    if len({d.province for d in districts}) != 1:
        return None  # unknown, or a name several provinces use
    district = districts[0]
    return Place(places.province(district.province), district)


def place_in_name(name: str, article_province: str | None = None) -> Place | None:
    """The place a canonical name ends with ("Hội đồng nhân dân tỉnh Bình Định" → tỉnh Bình Định)."""
    words = name.split()
    for start in range(len(words) - 1, 0, -1):
        place = place_named(" ".join(words[start:]), article_province)
        if place is not None:
            return place
    return None


def shared_district_name(name: str) -> bool:
    """Whether the place a name ends with is a district name several provinces use
    ("Ủy ban nhân dân huyện Châu Thành"): such a body is told apart by its province."""
    places = load_places()
    words = name.split()
    for start in range(len(words) - 1, 0, -1):
        text = " ".join(words[start:])
        if _starts_with_level_word(text):
            if places.province(text) is not None:
                return False
            districts = places.districts_named(text)
            if districts:
                return len({district.province for district in districts}) > 1
    return False


def province_at_end(name: str) -> Province | None:
    """The province a firm's name ends with, level word or not ("Viettel Thái Nguyên", "VNPT - Hà Tĩnh").

    Firms name their provincial branches this way (see firms.tsv); the province must
    follow at least one word of the firm's own name.
    """
    words = name.split()
    for start in range(1, len(words)):
        province = province_named(" ".join(words[start:]))
        if province is not None:
            return province
    return None


def _starts_with_level_word(text: str) -> bool:
    key = fold(text)
    return any(key.startswith(word + " ") or key.startswith(word + ".") for word in _level_words())


@cache
def _level_words() -> tuple[str, ...]:
    """The level words of provinces and districts (place_levels.tsv), folded."""
    return tuple(fold(row["word"]) for row in read_table("place_levels")
                 if row["rank"] in ("province", "district"))
