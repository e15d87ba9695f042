"""Domain knowledge as data: loading the TSV lexicons in `extract/data/`.

Each lexicon is a tab-separated file with a header row; lines starting with `#`
are comments for the domain expert who maintains it. Multi-valued cells use `|`.
Matching is on folded token sequences (see `extract.text.fold`), so `Uỷ ban` and
`Ủy ban`, `UBND` and `ubnd` look the same to a lexicon.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Generic, Iterable, Iterator, Sequence, TypeVar

from .text import fold
from .tokenizer import _TOKEN_RE

V = TypeVar("V")


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and line."""


@lru_cache(maxsize=None)
def read_numbered_table(name: str, package: str = "extract") -> tuple[tuple[int, dict[str, str]], ...]:
    """(line number, row) of `<package>/data/<name>.tsv`, each row a dict keyed by the
    header; comment lines are skipped and a row longer than the header is an error."""
    return parse_table(resources.files(package).joinpath("data", f"{name}.tsv").read_text("utf-8"), name)


def parse_table(text: str, name: str) -> tuple[tuple[int, dict[str, str]], ...]:
    """The rows of a lexicon file's text (see `read_numbered_table`); `name` for errors."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise LexiconError(f"{name}.tsv: no header row")
    header = next(csv.reader([lines[0][1]], delimiter="\t"))
    rows = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise LexiconError(f"{name}.tsv:{number}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append((number, {key: cell.strip() for key, cell in zip(header, cells)}))
    return tuple(rows)


def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `extract/data/<name>.tsv` as dicts keyed by the header (comments skipped)."""
    return tuple(row for _, row in read_numbered_table(name))


def alternatives(cell: str) -> list[str]:
    """The `|`-separated values of a cell."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def folded_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the folded tokens our tokenizer would produce."""
    return tuple(fold(m.group()) for m in _TOKEN_RE.finditer(phrase) if not m.group().isspace())


class PhraseTable(Generic[V]):
    """Longest-match lookup of phrases (folded token sequences) starting at a token."""

    def __init__(self, entries: Iterable[tuple[str, V]] = ()):
        self._root: dict = {}
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        node = self._root
        for token in folded_tokens(phrase):
            node = node.setdefault(token, {})
        node.setdefault(None, value)  # first entry wins: files list preferred forms first

    def match(self, tokens: Sequence[str], start: int) -> tuple[int, V] | None:
        """(end, value) of the longest phrase at `tokens[start:]` (folded tokens), or None."""
        node, best = self._root, None
        for i in range(start, len(tokens)):
            node = node.get(tokens[i])
            if node is None:
                break
            if None in node:
                best = (i + 1, node[None])
        return best

    def finditer(self, tokens: Sequence[str], start: int, end: int) -> Iterator[tuple[int, int, V]]:
        """(start, end, value) of each longest phrase in tokens[start:end], left to right."""
        i = start
        while i < end:
            found = self.match(tokens, i)
            if found is None:
                i += 1
                continue
            yield i, found[0], found[1]
            i = found[0]

    def __contains__(self, phrase: str) -> bool:
        node = self._root
        for token in folded_tokens(phrase):
            node = node.get(token)
            if node is None:
                return False
        return None in node


@lru_cache(maxsize=None)
def words(name: str, column: str = "word") -> frozenset[str]:
    """A one-column word list (folded), e.g. surnames or stop words."""
    return frozenset(fold(row[column]) for row in read_table(name))
