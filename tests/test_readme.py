"""The README shows what `kg demo` prints: its first line and the who-directed rows; and the
queries it shows, which other tests run (`readme_queries`)."""
from __future__ import annotations

import re
from pathlib import Path

from kg.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_demo_block() -> list[str]:
    text = README.read_text(encoding="utf-8")
    after = text[text.index("What `kg demo` prints"):]
    return after[after.index("```\n") + 4:].split("```")[0].splitlines()


def readme_queries() -> list[str]:
    """Every SPARQL query the README shows: those given to `kg query` in quotes, and the one
    sent to `kg serve` with curl."""
    text = README.read_text(encoding="utf-8")
    queries = re.findall(r"\$ kg query --store \S+ '([^']+)'", text) + re.findall(r"'query=([^']+)'", text)
    assert len(queries) >= 3, "the README's queries are no longer where readme_queries looks"
    return queries


def table_rows(lines: list[str]) -> set[tuple[str, ...]]:
    """(person, role, date, article) of each who_directed row; cells are cut with "…"."""
    rows = set()
    for line in lines:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) == 6 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[3]):
            rows.add((cells[0], cells[1], cells[3], cells[5]))
    return rows


def test_the_readme_shows_what_kg_demo_prints(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    printed = capsys.readouterr().out.splitlines()
    shown = readme_demo_block()
    assert printed[0] == shown[0]
    who_directed = printed[:printed.index("(8 rows)")]
    assert table_rows(shown) == table_rows(who_directed)
    assert len(table_rows(shown)) == 8 and "(8 rows)" in shown
