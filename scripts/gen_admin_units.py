"""Generate `extract/data/provinces.tsv` and `extract/data/districts.tsv`.

The administrative units come from the `vietnamadminunits` package (a dev
dependency only; the product reads the generated files and never imports it):
its `admin_units_legacy` table holds the 63 provinces and their districts as they
stood before the 2025-07-01 reform, its `admin_units` table the 34 provinces
after it, and its 2025 converter says which old provinces merged into which new one.

The `aliases` column of provinces.tsv is curated by hand (other spellings met in
news text); regeneration keeps whatever aliases the current file has.

    .venv/bin/python scripts/gen_admin_units.py          # rewrite the two files
    .venv/bin/python scripts/gen_admin_units.py --check  # exit 1 if they are stale
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from vietnamadminunits.converter.converter_2025 import DICT_PROVINCE
from vietnamadminunits.database import query

DATA_DIR = Path(__file__).resolve().parent.parent / "extract" / "data"
PROVINCES_FILE = DATA_DIR / "provinces.tsv"
DISTRICTS_FILE = DATA_DIR / "districts.tsv"

# The package records the old units as they stood on 2025-06-30. By then code 46
# had already become "Thành phố Huế" (2025-01-01); before that, and in almost all
# the news this product reads, it is "tỉnh Thừa Thiên Huế". The old-set row keeps
# that name and "Huế" becomes a row of the 2025 set.
OLD_NAME_OVERRIDES = {"46": ("Thừa Thiên Huế", "tỉnh")}

PROVINCE_COLUMNS = ("name", "kind", "code", "code_2025", "era", "merged_into", "aliases")
DISTRICT_COLUMNS = ("province", "kind", "name", "code")


@dataclass
class ProvinceRow:
    name: str
    kind: str
    code: str  # before 2025-07-01, "" for a province that only exists after
    code_2025: str  # from 2025-07-01, "" for a province merged into another
    era: str  # "old", "new" or "both"
    merged_into: str
    aliases: str = ""


def _kind(full_name: str, short_name: str) -> str:
    """`Tỉnh Thái Bình`, `Thái Bình` → `tỉnh`."""
    return full_name[: -len(short_name)].strip().lower()


def _old_provinces() -> list[dict]:
    return query(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey"
        " FROM admin_units_legacy ORDER BY provinceCode"
    )


def _new_provinces() -> list[dict]:
    return query(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey"
        " FROM admin_units ORDER BY provinceCode"
    )


def _old_name_and_kind(row: dict) -> tuple[str, str]:
    if row["provinceCode"] in OLD_NAME_OVERRIDES:
        return OLD_NAME_OVERRIDES[row["provinceCode"]]
    return row["provinceShort"], _kind(row["province"], row["provinceShort"])


def province_rows(aliases: dict[str, str]) -> list[ProvinceRow]:
    new_by_key = {row["provinceKey"]: row for row in _new_provinces()}
    successor = {old_key: new_by_key[new_key]
                 for new_key, old_keys in DICT_PROVINCE.items() for old_key in old_keys}
    rows: list[ProvinceRow] = []
    for old in _old_provinces():
        name, kind = _old_name_and_kind(old)
        new = successor[old["provinceKey"]]
        kept_name = new["provinceShort"] == name
        rows.append(ProvinceRow(name, kind, old["provinceCode"],
                                new["provinceCode"] if kept_name else "",
                                "both" if kept_name else "old", new["provinceShort"]))
    old_names = {row.name for row in rows}
    for new in new_by_key.values():
        if new["provinceShort"] not in old_names:
            rows.append(ProvinceRow(new["provinceShort"], _kind(new["province"], new["provinceShort"]),
                                    "", new["provinceCode"], "new", new["provinceShort"]))
    for row in rows:
        row.aliases = aliases.get(row.name, "")
    return rows


def district_rows() -> list[tuple[str, str, str, str]]:
    old_names = {row["provinceCode"]: _old_name_and_kind(row)[0] for row in _old_provinces()}
    units = query(
        "SELECT DISTINCT provinceCode, districtCode, district, districtType"
        " FROM admin_units_legacy ORDER BY districtCode"
    )
    # `districtShort` carries disambiguation like "Kỳ Anh (Thị xã)"; the full name
    # minus its type word is the name as written in text.
    return [(old_names[u["provinceCode"]], u["districtType"].lower(),
             u["district"][len(u["districtType"]):].strip(), u["districtCode"]) for u in units]


def current_aliases() -> dict[str, str]:
    """The hand-curated aliases of the existing provinces.tsv, by province name."""
    if not PROVINCES_FILE.exists():
        return {}
    lines = [line for line in PROVINCES_FILE.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["name"]: row.get("aliases") or "" for row in reader}


def _header(lines: list[str]) -> str:
    source = f"vietnamadminunits {version('vietnamadminunits')}"
    lines = [f"Generated by scripts/gen_admin_units.py from {source}.",
             "Regenerate: .venv/bin/python scripts/gen_admin_units.py", "", *lines]
    return "".join(f"# {line}\n" if line else "#\n" for line in lines)


def _table(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "".join("\t".join(cells) + "\n" for cells in [columns, *rows])


def render_provinces(rows: list[ProvinceRow]) -> str:
    return _header([
        "Provinces of Vietnam: the 63 before the 2025-07-01 reform and the 34 after it.",
        "name: as written in text (\"tỉnh Thái Bình\" → Thái Bình); kind: tỉnh or thành phố.",
        "code / code_2025: official code before / from 2025-07-01 (empty when the",
        "  province does not exist in that set).",
        "era: old = only before 2025-07-01, new = only from then on, both = in both sets.",
        "merged_into: the province it belongs to from 2025-07-01 (itself if it kept its name).",
        "aliases: other spellings met in text, separated by |. Curated by hand: edit them",
        "  here; regeneration keeps them. Case and tone-mark placement (Hoà/Hòa) need no",
        "  alias, lookups fold them; unit words (tỉnh, thành phố, TP.) need none either.",
        "Code 46 was tỉnh Thừa Thiên Huế until 2025-01-01, then thành phố Huế: the old row",
        "keeps the name the articles use, the new row is Huế.",
    ]) + _table(PROVINCE_COLUMNS, [
        (r.name, r.kind, r.code, r.code_2025, r.era, r.merged_into, r.aliases) for r in rows])


def render_districts(rows: list[tuple[str, str, str, str]]) -> str:
    return _header([
        "District-level units before the 2025-07-01 reform (abolished by it), as they",
        "stood on 2025-06-30: units renamed or merged earlier appear under their last",
        "name (e.g. thành phố Huế, split in 2025-01 into quận Thuận Hóa and Phú Xuân).",
        "province: its name in provinces.tsv; kind: huyện, thị xã, thành phố or quận;",
        "name: as written after the kind word (\"thị xã Kỳ Anh\" → Kỳ Anh, \"Quận 1\" → 1).",
        "Several units may share a name (huyện Kỳ Anh and thị xã Kỳ Anh).",
    ]) + _table(DISTRICT_COLUMNS, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the files differ from what would be generated")
    args = parser.parse_args(argv)
    outputs = {
        PROVINCES_FILE: render_provinces(province_rows(current_aliases())),
        DISTRICTS_FILE: render_districts(district_rows()),
    }
    stale = [path for path, text in outputs.items()
             if not path.exists() or path.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path}: out of date; run scripts/gen_admin_units.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(outputs[path], "utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
