"""Words of a question matched against texts of the store, by meaning rather than by substring.

A question's content words become `Concept`s: one per word or phrase, with its
synonyms — a kind of event stands for every word of its kind ("họp" also finds "hội
nghị", "buổi làm việc", "kỳ họp"; "ceremony" finds "lễ", kg/data/question_words.tsv),
an English term for its Vietnamese words ("operations centre" → "trung tâm điều
hành"), a body for its name, its aliases and the words typed. A concept matches a text
when one of its alternatives occurs there as a phrase, token by token with the
diacritic rule of `kg.ask.tokens` (a word typed without diacritics matches either).

Texts are weighed by where they come from (an event's name counts more than a
sentence about it), concepts by how rare they are among the texts compared
(`weights`), and a text's score is the weighed sum of the concepts it matches; its
coverage is the share of the question's weight it matches. Both say which words
matched.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from extract.text import ascii_key
from kg.ask.mentions import Mention
from kg.ask.tokens import Token, phrase_keys, tokenize
from kg.ask.vocabulary import Vocabulary


@dataclass(frozen=True)
class Probe:
    """One word of an alternative: its folded form, and whether its diacritics count."""

    fold: str
    key: str
    strict: bool
    roman: str = ""  # an ordinal's number in Roman numerals, folded: "10th" finds "lần thứ X" too

    def finds(self, token: Token) -> bool:
        return token.fold == self.fold or (not self.strict and token.key == self.key) or \
            bool(self.roman) and token.fold == self.roman


@dataclass
class Concept:
    label: str  # as typed
    alternatives: list[tuple[Probe, ...]]
    bodies: set[str] = field(default_factory=set)  # IRIs: an event of or about one of them matches
    persons: set[str] = field(default_factory=set)  # IRIs: an event one of them took part in matches
    places: set[str] = field(default_factory=set)  # a body's name counts only in texts about these provinces
    run: tuple[Probe, ...] = ()  # words no vocabulary knows, in a row: matched by the part found together
    weight: float = 1.0
    generic: bool = False  # a kind of event: says little about which event
    named: bool = False  # names a body or a person, not bodies of a kind ("UBND tỉnh"): says the most

    _seen: dict = field(default_factory=dict, repr=False, compare=False)  # id(text) → share found

    def found(self, text: Text) -> float:
        """The share of the concept found in a text: 1 or 0, or for a run of words the share
        of its words that occur there next to another of them ("tích hợp" is found in
        "phát triển tích hợp", not in "tổng hợp")."""
        seen = self._seen.get(id(text))
        if seen is None or seen[0] is not text:
            share = _run_share(self.run, text) if self.run else \
                (1.0 if any(occurs(alternative, text) for alternative in self.alternatives) else 0.0)
            seen = self._seen[id(text)] = (text, share)
        return seen[1]


class Text:
    """A text to match words against: its word tokens, and their keys joined, to rule out
    most texts by a substring test before comparing token by token."""

    __slots__ = ("text", "tokens", "keys")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [token for token in tokenize(text) if token.is_word]
        self.keys = " " + " ".join(token.key for token in self.tokens) + " "


@lru_cache(maxsize=50_000)
def text_of(text: str) -> Text:
    """The `Text` of a string, made once (names and sentences recur across questions and events)."""
    return Text(text)


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def probes_of_tokens(tokens: Sequence[Token]) -> tuple[Probe, ...]:
    """Words as typed: diacritics count where they were typed; an English ordinal is its
    number, in digits or Roman numerals ("22nd" finds "thứ 22", "10th" "kỳ họp thứ X")."""
    probes = []
    for token in tokens:
        if not token.is_word:
            continue
        ordinal = _ORDINAL.fullmatch(token.key)
        probes.append(Probe(ordinal[1], ordinal[1], False, _roman(int(ordinal[1])).casefold()) if ordinal
                      else Probe(token.fold, token.key, not token.plain))
    return tuple(probes)


_ROMAN_NUMERALS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(number: int) -> str:
    if not 0 < number < 4000:
        return ""
    written = ""
    for value, numeral in _ROMAN_NUMERALS:
        count, number = divmod(number, value)
        written += numeral * count
    return written


def probes_of_phrase(phrase: str) -> tuple[Probe, ...]:
    """Words of the vocabulary or the store: their diacritics count."""
    return tuple(Probe(token.fold, token.key, token.fold != token.key) for token in tokenize(phrase)
                 if token.is_word)


def concepts(description: Iterable[Mention], vocabulary: Vocabulary) -> list[Concept]:
    """The concepts of a description's mentions; places and times are not words to match
    (they narrow the events instead). Words no vocabulary knows that stand next to each
    other make one concept (a run), matched by the part of it found together."""
    found: list[Concept] = []
    run: list[Mention] = []

    def close_run() -> None:
        if run:
            probes = tuple(probe for mention in run for probe in probes_of_tokens(tokenize(mention.text)))
            label = " ".join(mention.text for mention in run)
            found.append(Concept(label, [probes], run=probes if len(probes) > 1 else ()))
            run.clear()

    for mention in description:
        if mention.kind == "other" and (not run or run[-1].end == mention.start):
            run.append(mention)
            continue
        close_run()
        if mention.kind == "other":
            run.append(mention)
            continue
        tokens = tokenize(mention.text)
        typed = probes_of_tokens(tokens)
        if mention.kind in ("place", "time"):
            continue
        # "thành phố", "city": a level of unit, as a word or a body's name, is often written "TP"
        levels = {vocabulary.names.levels.get(phrase_keys(mention.text))} | set(
            mention.values("level") if mention.kind == "word" and mention.has("level") else ())
        level_forms = [form for level in levels for form in _level_forms(level, vocabulary)]
        if mention.kind == "word" and mention.has("event_kind"):
            kind = mention.values("event_kind")[0]
            alternatives = [probes_of_phrase(phrase) for phrase in vocabulary.event_kinds.get(kind, ())]
            found.append(Concept(mention.text, [a for a in alternatives if a] + [typed], generic=True))
        elif mention.kind == "word" and mention.has("term"):
            alternatives = [probes_of_phrase(value) for values in mention.values("term")
                            for value in values.split("|")]
            found.append(Concept(mention.text, alternatives + level_forms + [typed]))
        elif level_forms:
            found.append(Concept(mention.text, [typed] + level_forms))
        elif mention.kind == "word" and mention.has("title"):  # "PCT", "vice chairman": as the articles write it
            alternatives = [probes_of_phrase(role) for role in mention.values("title")]
            found.append(Concept(mention.text, [typed] + alternatives))
        elif mention.kind == "word" and mention.has("program_kind"):  # "resolutions": as the articles write it
            alternatives = [probes_of_phrase(kind) for kind in mention.values("program_kind") if kind]
            found.append(Concept(mention.text, [typed] + alternatives))
        elif mention.kind == "body":
            alternatives = [typed] + [probes_of_phrase(_without_place(body.name, body.province))
                                      for body in mention.bodies]
            # a body of an article whose province is unknown may be of any province
            places = {body.province for body in mention.bodies} if all(
                body.province for body in mention.bodies) else set()
            found.append(Concept(mention.text, alternatives, bodies={body.iri for body in mention.bodies},
                                 places=places, named=not mention.generic))
        elif mention.kind == "person":
            found.append(Concept(mention.text, [typed], persons={person.iri for person in mention.persons},
                                 named=True))
        elif mention.kind == "word" and mention.has("clause"):
            continue  # "Ai phát biểu chỉ đạo khi tỉnh X giao ...": "khi" opens what describes the event
        elif mention.kind == "word":
            found.append(Concept(mention.text, [typed]))
        elif typed:  # a name the store does not know, whole
            found.append(Concept(mention.text, [typed]))
    close_run()
    return [concept for concept in found if any(concept.alternatives)]


def _level_forms(level: str | None, vocabulary: Vocabulary) -> list[tuple[Probe, ...]]:
    """The words a level of administrative unit is written with: "thành phố" is often "TP"."""
    return [probes_of_phrase(word) for word in vocabulary.level_words.get(level, ())] if level else []


def _without_place(name: str, province: str | None) -> str:
    """"Sở Y tế tỉnh Nghệ An" → "Sở Y tế": how an article names its own province's body."""
    if province and ascii_key(name).endswith(ascii_key(province)):
        words = name.split()
        kept = words[:len(words) - len(province.split())]
        if kept and ascii_key(kept[-1]) in ("tinh", "thanh pho", "tp"):
            kept = kept[:-1]
        if kept and ascii_key(" ".join(kept[-2:])) == "thanh pho":
            kept = kept[:-2]
        return " ".join(kept) or name
    return name


def occurs(alternative: tuple[Probe, ...], text: Text) -> bool:
    """The words occur in the text, in a row."""
    size = len(alternative)
    if not size or not any(probe.roman for probe in alternative) and \
            " " + " ".join(probe.key for probe in alternative) + " " not in text.keys:
        return False
    tokens = text.tokens
    for i in range(len(tokens) - size + 1):
        if all(probe.finds(token) for probe, token in zip(alternative, tokens[i:i + size])):
            return True
    return False


def _run_share(run: tuple[Probe, ...], text: Text) -> float:
    covered = [False] * len(run)
    for i in range(len(run) - 1):
        if occurs(run[i:i + 2], text):
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(run)


def matches(concept: Concept, text: Text) -> bool:
    return concept.found(text) >= 0.5


NAMED_WEIGHT = 2.0  # a named body's or person's weight, in words of the same rarity


def weights(concepts_: list[Concept], texts: list[list[Text]]) -> None:
    """Weigh each concept by how rare it is among the items compared (each item: its texts):
    log(1 + N / (1 + items matching)); a run of words by the items holding all of it. A kind
    of event weighs at most half a word; a body or person the question names (not bodies of a
    kind), twice as much as a word: who an event was of or with says more than any word of its topic ("buổi làm việc về tình
    hình ... của Sở X": Sở X's, though another meeting's sentences speak of "tình hình")."""
    total = len(texts)
    for concept in concepts_:
        count = sum(1 for item in texts if any(concept.found(tokens) >= 1.0 for tokens in item))
        concept.weight = math.log(1 + total / (1 + count)) + 0.1
        if concept.generic:
            concept.weight = min(concept.weight, 0.5)
        elif concept.named:
            concept.weight *= NAMED_WEIGHT


@dataclass
class Score:
    score: float = 0.0  # weighed matches
    coverage: float = 1.0  # share of the concepts' weight matched
    matched: list[str] = field(default_factory=list)  # the concepts' words that matched
    missed: list[str] = field(default_factory=list)


def score(concepts_: list[Concept], fields: list[tuple[float, Text]],
          bodies: Iterable[str] = (), persons: Iterable[str] = (), places: Iterable[str | None] = ()) -> Score:
    """How well texts (weighed: `fields`) and an item's bodies, people and provinces match
    the concepts. A body's name in a text counts only when the item is about the body's
    province ("Sở Thông tin và Truyền thông" of a Bắc Kạn article is not Thái Bình's)."""
    bodies, persons, places = set(bodies), set(persons), set(places) - {None}
    result = Score()
    total = sum(concept.weight for concept in concepts_)
    got = 0.0
    for concept in concepts_:
        best, share = 0.0, 0.0
        if concept.bodies & bodies or concept.persons & persons:
            best, share = 1.0, 1.0
        elif concept.bodies and concept.places and not concept.places & places:
            fields_ = []  # "Sở TTTT" of an article about another province, or about none the store knows
        else:
            fields_ = fields
        for weight, tokens in (fields_ if not best else ()):
            found = concept.found(tokens)
            if found and weight * found > best * share:
                best, share = weight, found
        if best and share:
            result.score += concept.weight * best * share
            got += concept.weight * share
            (result.matched if share >= 0.5 else result.missed).append(concept.label)
        else:
            result.missed.append(concept.label)
    result.coverage = got / total if total else 1.0
    return result
