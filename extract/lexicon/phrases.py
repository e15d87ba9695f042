"""Phrase lookup over folded tokens: the lexicon's phrases found in a token sequence.

Matching is on folded token sequences (see `extract.text.fold`), so `Uỷ ban` and
`Ủy ban`, `UBND` and `ubnd` look the same to a lexicon.
"""
from __future__ import annotations

from typing import Generic, Iterable, Iterator, Sequence, TypeVar

from ..text import TOKEN_RE, fold_token

V = TypeVar("V")


def folded_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the folded tokens our tokenizer would produce."""
    return tuple(fold_token(m.group()) for m in TOKEN_RE.finditer(phrase) if not m.group().isspace())


class PhraseTable(Generic[V]):
    """Longest-match lookup of phrases (folded token sequences) starting at a token: "which
    head, title or level word starts at token i?", as the grammar asks while parsing.

    The lexicon is read without spaCy (`kg ask` uses it too), so this is plain Python;
    benchmarks/bench_matching.py compares it with spaCy's PhraseMatcher on token norms.
    """

    def __init__(self, entries: Iterable[tuple[str, V]] = ()):
        self._root: dict = {}
        self.longest = 0  # tokens of the longest phrase: how far back one may end at a token
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        node = self._root
        tokens = folded_tokens(phrase)
        for token in tokens:
            node = node.setdefault(token, {})
        node.setdefault(None, value)  # first entry wins: files list preferred forms first
        self.longest = max(self.longest, len(tokens))

    def match(self, tokens: Sequence[str], start: int) -> tuple[int, V] | None:
        """(end, value) of the longest phrase at `tokens[start:]` (folded tokens), or None."""
        # Most tokens start no phrase, and every scanner asks at every token: answer them first.
        node = self._root.get(tokens[start]) if start < len(tokens) else None
        if node is None:
            return None
        best = (start + 1, node[None]) if None in node else None
        for i in range(start + 1, len(tokens)):
            node = node.get(tokens[i])
            if node is None:
                break
            if None in node:
                best = (i + 1, node[None])
        return best

    def finditer(self, tokens: Sequence[str], start: int, end: int) -> Iterator[tuple[int, int, V]]:
        """(start, end, value) of each longest phrase in tokens[start:end], left to right."""
        i, root = start, self._root
        while i < end:
            found = self.match(tokens, i) if tokens[i] in root else None  # most tokens start none
            if found is None:
                i += 1
                continue
            yield i, found[0], found[1]
            i = found[0]

    def starts(self, token: str) -> bool:
        """Whether a phrase starts with this folded token."""
        return token in self._root

    def __contains__(self, phrase: str) -> bool:
        node = self._root
        for token in folded_tokens(phrase):
            node = node.get(token)
            if node is None:
                return False
        return None in node
