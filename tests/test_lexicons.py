"""The lexicon: every file parses against its declared columns, and a bad header, cell or
reference is one error naming the file, the line and the column."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.lexicon import TABLES, Lexicon, LexiconError, data_folder
from extract.lexicon.tables import Column, Table, parse_rows, read_rows

TITLES = Table("titles", (Column("title", "phrases"), Column("role")))


@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_every_lexicon_file_parses_and_has_rows(table):
    rows = read_rows(data_folder(), table)
    assert rows, f"{table.file} has no rows"


def test_the_shipped_lexicon_loads():
    lexicon = Lexicon.load()
    assert lexicon.places.province("tỉnh Thái Bình").name == "Thái Bình"
    assert lexicon.organizations.head("Ủy ban nhân dân").attach == ("place", "province-unit", "district-unit")


def test_a_line_with_more_cells_than_the_header_names_file_line_and_column():
    text = "# titles\ntitle\trole\nGiám đốc\tGiám đốc\nPhó Giám đốc\tPhó Giám đốc\textra\n"
    with pytest.raises(LexiconError, match=r"^titles\.tsv:4:3: 3 cells, the header has 2$"):
        parse_rows(TITLES, text)


def test_a_misspelt_header_names_the_column():
    with pytest.raises(LexiconError, match=r"^titles\.tsv:1:2: header 'rol' where 'role' belongs"):
        parse_rows(TITLES, "title\trol\nGiám đốc\tGiám đốc\n")


def test_an_empty_required_cell_names_its_column():
    with pytest.raises(LexiconError, match=r"^titles\.tsv:3:2 \(role\): empty cell$"):
        parse_rows(TITLES, "title\trole\nGiám đốc\tGiám đốc\nPhó Giám đốc\t\n")


@pytest.fixture
def data_copy(tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_folder(), folder)
    return folder


def _replace_in(path: Path, old: str, new: str) -> int:
    """Replace the first line containing `old`; its line number."""
    lines = path.read_text("utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if old in line and not line.startswith("#"))
    lines[number] = lines[number].replace(old, new, 1)
    path.write_text("\n".join(lines), "utf-8")
    return number + 1


def test_a_misspelt_value_in_organizations_is_an_error_naming_file_line_and_column(data_copy):
    # "feild" for "field" used to drop the department silently from every article
    line = _replace_in(data_copy / "organizations.tsv", "\tfield\t", "\tfeild\t")
    with pytest.raises(LexiconError, match=rf"^organizations\.tsv:{line}:3 \(complement\): 'feild' is not one of"):
        Lexicon.load(data_copy)


def test_a_bad_default_is_an_error_naming_file_line_and_column(data_copy):
    # a bad default used to make every article fail later inside spaCy
    line = _replace_in(data_copy / "organizations.tsv", "parent:Tỉnh ủy", "parent:Tinh uy")
    with pytest.raises(LexiconError, match=rf"^organizations\.tsv:{line}:5 \(default\): 'parent:Tinh uy': "):
        Lexicon.load(data_copy)


def test_a_title_absorbing_an_unknown_head_is_an_error(data_copy):
    line = _replace_in(data_copy / "titles.tsv", "\tBan\t", "\tBann\t")
    with pytest.raises(LexiconError, match=rf"^titles\.tsv:{line}:3 \(absorbs\): 'Bann' is no canonical head"):
        Lexicon.load(data_copy)


def test_a_district_of_an_unknown_province_is_an_error(data_copy):
    line = _replace_in(data_copy / "districts.tsv", "Hà Nội\tquận\tBa Đình", "Hà Nọi\tquận\tBa Đình")
    with pytest.raises(LexiconError, match=rf"^districts\.tsv:{line}:1 \(province\): 'Hà Nọi' is not a province"):
        Lexicon.load(data_copy)


def test_a_foreign_unit_of_an_unknown_country_is_an_error(data_copy):
    line = _replace_in(data_copy / "foreign_units.tsv", "\tCampuchia", "\tCam Bốt")
    with pytest.raises(LexiconError, match=rf"^foreign_units\.tsv:{line}:2 \(country\): 'Cam Bốt' is not a country"):
        Lexicon.load(data_copy)


def test_a_stray_file_in_the_data_folder_is_named(data_copy):
    (data_copy / "titels.tsv").write_text("title\trole\n", "utf-8")
    with pytest.raises(LexiconError, match=r"titels\.tsv: no such lexicon table"):
        Lexicon.load(data_copy)


def test_a_bad_noise_pattern_names_its_line(data_copy):
    path = data_copy / "noise.tsv"
    path.write_text(path.read_text("utf-8") + "line\t(unclosed\tbroken\n", "utf-8")
    line = len(path.read_text("utf-8").rstrip("\n").split("\n"))
    with pytest.raises(LexiconError, match=rf"^noise\.tsv:{line}:2 \(pattern\): bad pattern '\(unclosed'"):
        Lexicon.load(data_copy)
