"""Reading and checking the lexicon files: tab-separated tables with a declared schema.

Every file in `extract/data/` (and `kg/data/`) is a table: a header row naming its
columns, then one row per entry. Lines starting with `#` are comments for the domain
expert who maintains it; multi-valued cells use `|`. Each table is declared once, as
a `Table` of `Column`s, next to the code that builds its part of the lexicon; reading
it checks the header and every cell against that declaration, so a typo is an error
naming the file, the line and the column, never a silently missing entry.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Literal

ColumnKind = Literal["text", "phrases", "choice", "choices", "flag", "pattern"]


class LexiconError(ValueError):
    """A data file is malformed; the message names the file, line and column."""


@dataclass(frozen=True)
class Column:
    """One column of a table.

    kind: text (one value), phrases (`|`-separated values), choice (one of `values`),
    choices (`|`-separated values, each one of `values`), flag (yes or no), pattern (a
    regular expression). An empty cell is allowed only when `required` is False.
    `values` may end with a `*` to allow any text after a listed prefix: `("level:*",)`.
    """

    name: str
    kind: ColumnKind = "text"
    values: tuple[str, ...] = ()
    required: bool = True

    def problem(self, cell: str) -> str | None:
        """What is wrong with `cell` in this column, or None."""
        if not cell:
            return None if not self.required else "empty cell"
        if self.kind == "flag":
            return None if cell in ("yes", "no") else f"{cell!r} is not yes or no"
        if self.kind == "pattern":
            try:
                re.compile(cell)
            except re.error as error:
                return f"bad pattern {cell!r}: {error}"
            return None
        values = split(cell) if self.kind in ("phrases", "choices") else [cell]
        if not values:
            return "no value between the |"
        if self.kind in ("choice", "choices"):
            for value in values:
                if not self.allows(value):
                    return f"{value!r} is not one of {', '.join(self.values)}"
        return None

    def allows(self, value: str) -> bool:
        return any(value == allowed or allowed.endswith("*") and value.startswith(allowed[:-1])
                   for allowed in self.values)


@dataclass(frozen=True)
class Table:
    """A data file's declaration: `<name>.tsv` with these columns, in this order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def file(self) -> str:
        return f"{self.name}.tsv"


@dataclass(frozen=True)
class Row:
    """One checked row, with where it stands so that later checks can name it."""

    table: Table
    line: int
    cells: dict[str, str] = field(repr=False)

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def values(self, column: str) -> list[str]:
        """The `|`-separated values of a cell (none for an empty cell)."""
        return split(self.cells[column])

    def error(self, column: str, message: str) -> LexiconError:
        """An error about this row's cell in `column`: `file:line:column (name): message`."""
        number = 1 + [c.name for c in self.table.columns].index(column)
        return LexiconError(f"{self.table.file}:{self.line}:{number} ({column}): {message}")


def split(cell: str) -> list[str]:
    """The `|`-separated values of a cell."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def parse_rows(table: Table, text: str) -> list[Row]:
    """The rows of a table's text, each checked against its declaration."""
    lines = [(number, line) for number, line in enumerate(text.split("\n"), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise LexiconError(f"{table.file}: no header row")
    header_line, header_text = lines[0]
    header = [cell.strip() for cell in header_text.rstrip("\r").split("\t")]
    expected = [column.name for column in table.columns]
    if header != expected:
        for number, (found, wanted) in enumerate(zip(header + [""] * len(expected), expected), 1):
            if found != wanted:
                raise LexiconError(f"{table.file}:{header_line}:{number}: header {found!r} where "
                                   f"{wanted!r} belongs (columns: {', '.join(expected)})")
        raise LexiconError(f"{table.file}:{header_line}:{len(expected) + 1}: unknown column "
                           f"{header[len(expected)]!r} (columns: {', '.join(expected)})")
    rows = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line.rstrip("\r")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(expected):
            raise LexiconError(f"{table.file}:{number}:{len(expected) + 1}: {len(cells)} cells, "
                               f"the header has {len(expected)}")
        cells += [""] * (len(expected) - len(cells))
        row = Row(table, number, {name: cell.strip() for name, cell in zip(expected, cells)})
        for column in table.columns:
            problem = column.problem(row[column.name])
            if problem is not None:
                raise row.error(column.name, problem)
        rows.append(row)
    return rows


def read_rows(folder: Path, table: Table) -> list[Row]:
    """The checked rows of `folder/<table>.tsv`."""
    path = folder / table.file
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file") from None
    except UnicodeDecodeError as error:
        raise LexiconError(f"{table.file}: not UTF-8 ({error.reason} at byte {error.start})") from None
    return parse_rows(table, text)


def undeclared(folder: Path, tables: Iterator[Table] | tuple[Table, ...]) -> list[str]:
    """The `.tsv` files in `folder` that no table declares (a misspelt or stray file)."""
    declared = {table.file for table in tables}
    return sorted(path.name for path in folder.glob("*.tsv") if path.name not in declared)
