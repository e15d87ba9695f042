"""A question as tokens, and phrases of the vocabulary found among them.

Questions are split as articles are (`extract.text.TOKEN_RE`): one token per syllable,
with abbreviations ("TT&TT", "TP.HCM") and dates ("24/12/2020") whole, punctuation
apart. Each token keeps its text, its folded form (`extract.text.fold`: case and the
two tone-mark placements do not matter) and its key without diacritics.

A token typed with diacritics matches a word only with the same ones ("hỏi" is not
"Hội", "bạn" is not "Ban"); a token typed without any matches either ("ban" is "Ban"
and "bạn"), so that a question typed without diacritics is read like one typed with
them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Iterable, Iterator, Sequence, TypeVar

from extract.text import APOSTROPHES, TOKEN_RE, ascii_key, fold, nfc

V = TypeVar("V")

# "Hải's position": the English possessive is a word of its own.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")
# "QL1A", "ĐT741": an abbreviation glued to a number is two words ("Quốc lộ 1A", "đường tỉnh 741").
_CODE = re.compile(r"([A-ZĐ]{2,})(\d+[A-Z]?)")


@dataclass(frozen=True)
class Token:
    text: str  # as typed (NFC)
    fold: str  # folded: lower case, one tone-mark placement
    key: str  # folded, without diacritics
    start: int  # character offsets in the question
    end: int

    @property
    def plain(self) -> bool:
        """Typed without diacritics."""
        return self.fold == self.key

    @property
    def is_word(self) -> bool:
        """Letters or digits, and not the English possessive ("'s")."""
        return any(char.isalnum() for char in self.text) and self.key not in ("'s", "’s")

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    def same(self, folded_word: str) -> bool:
        """This token is the word whose folded form is `folded_word`."""
        return self.fold == folded_word or (self.plain and self.key == ascii_key(folded_word))


def tokenize(text: str) -> list[Token]:
    """The tokens of `text` (NFC), with their offsets in it; "Hải's" and "QL1A" are two tokens."""
    text = nfc(text)
    tokens = []
    for match in TOKEN_RE.finditer(text):
        piece, start = match[0], match.start()
        if piece.isspace():
            continue
        possessive = _POSSESSIVE.search(piece)
        code = _CODE.fullmatch(piece)
        if possessive and possessive.end() == len(piece):
            parts = [(piece[:possessive.start()], start), (possessive[0], start + possessive.start())]
        elif code:
            parts = [(code[1], start), (code[2], start + code.start(2))]
        else:
            parts = [(piece, start)]
        tokens += [Token(part, *_forms(part), at, at + len(part)) for part, at in parts]
    return tokens


@lru_cache(maxsize=100_000)
def _forms(word: str) -> tuple[str, str]:
    """(folded, key) of a word, with one apostrophe: words recur in every name, so each is
    folded once."""
    word = word.translate(APOSTROPHES)
    return fold(word), ascii_key(word)


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase of the vocabulary as folded tokens."""
    return tuple(token.fold for token in tokenize(phrase))


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """A phrase as the keys (no diacritics) of its words."""
    return tuple(token.key for token in tokenize(phrase) if token.is_word)


def span_text(tokens: Sequence[Token], start: int, end: int, question: str) -> str:
    """The question's text from token `start` to token `end` (exclusive)."""
    if start >= end:
        return ""
    return question[tokens[start].start:tokens[end - 1].end]


def span_key(tokens: Sequence[Token], start: int, end: int) -> str:
    return " ".join(token.key for token in tokens[start:end] if token.is_word)


class PhraseIndex(Generic[V]):
    """Phrases (token sequences) with values; finds every phrase at a position of a question.

    Phrases are looked up by their tokens' keys, then checked token by token
    (`Token.same`), so diacritics count only where the question has them."""

    def __init__(self, entries: Iterable[tuple[str, V]] = ()) -> None:
        self._root: dict = {}
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        words = phrase_tokens(phrase)
        if not words:
            return
        node = self._root
        for word in words:
            node = node.setdefault(ascii_key(word), {})
        node.setdefault(None, []).append((words, value))

    def matches(self, tokens: Sequence[Token], start: int) -> Iterator[tuple[int, V]]:
        """(end, value) of every phrase that starts at `tokens[start]`, longest last."""
        for end, _, value in self.entries(tokens, start):
            yield end, value

    def entries(self, tokens: Sequence[Token], start: int) -> Iterator[tuple[int, tuple[str, ...], V]]:
        """(end, the phrase's folded words, value) of every phrase that starts at `tokens[start]`."""
        node = self._root
        for i in range(start, len(tokens)):
            node = node.get(tokens[i].key)
            if node is None:
                return
            for words, value in node.get(None, ()):
                if all(token.same(word) for token, word in zip(tokens[start:i + 1], words)):
                    yield i + 1, words, value

    def longest(self, tokens: Sequence[Token], start: int) -> tuple[int, list[V]] | None:
        """The end of the longest phrase at `start` and the values of the phrases of that length."""
        found: dict[int, list[V]] = {}
        for end, value in self.matches(tokens, start):
            found.setdefault(end, []).append(value)
        if not found:
            return None
        end = max(found)
        return end, found[end]

    def __contains__(self, phrase: str) -> bool:
        tokens = tokenize(phrase)
        return any(end == len(tokens) for end, _ in self.matches(tokens, 0))
