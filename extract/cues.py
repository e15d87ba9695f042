"""Kind-tagged phrase lists (`kind <TAB> phrase <TAB> comment` data files) as regex parts.

`dates.tsv` and `bylines.tsv` list the words that signal a date or a credit; the
modules reading them build their regular expressions from these phrases, so a
domain expert adds a cue word without touching a pattern.
"""
from __future__ import annotations

import re

from .lexicon import LexiconError, read_table


def phrases_by_kind(name: str, kinds: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The phrases of `extract/data/<name>.tsv`, grouped by kind; an unknown kind is an error."""
    grouped: dict[str, list[str]] = {kind: [] for kind in kinds}
    for row in read_table(name):
        if row["kind"] not in grouped:
            raise LexiconError(f"{name}.tsv: unknown kind {row['kind']!r} (expected one of {', '.join(kinds)})")
        grouped[row["kind"]].append(row["phrase"])
    return {kind: tuple(phrases) for kind, phrases in grouped.items()}


def alternation(phrases: tuple[str, ...]) -> str:
    """A non-capturing regex alternation of the phrases, any white space between their
    words, longest first so that `chiều tối` wins over `chiều`."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"
