"""The lexicon files: every one parses, and a malformed line is named with its file and line."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.lexicon import LexiconError, parse_table, read_numbered_table

LEXICONS = {
    package: sorted(path.stem for path in (Path(__file__).parents[1] / package / "data").glob("*.tsv"))
    for package in ("extract", "kg")
}


@pytest.mark.parametrize("package, name", [(p, n) for p, names in LEXICONS.items() for n in names])
def test_every_lexicon_parses_and_has_rows(package, name):
    rows = read_numbered_table(name, package)
    assert rows, f"{package}/data/{name}.tsv has no rows"
    assert all(any(row.values()) for _, row in rows)


def test_a_line_with_more_cells_than_the_header_names_file_and_line():
    text = "# titles\nword\trole\nGiám đốc\tGiám đốc\nPhó Giám đốc\tPhó Giám đốc\textra\n"
    with pytest.raises(LexiconError, match=r"^titles\.tsv:4: 3 cells, header has 2$"):
        parse_table(text, "titles")
