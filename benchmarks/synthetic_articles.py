"""Variations of extracted articles, for benchmarks that need a corpus far bigger than the sample.

`variant(facts, number)` rewrites one article's `ArticleFacts` as if another province's
news had said it: the article's province becomes another province (and with it the
bodies, programs and firm branches named after it), its people become invented
officials, its dates move to another day, and it gets a name of its own. The text is
rewritten with the facts, and every evidence offset follows, so the facts still point
at their sentences exactly (kg.mapping checks that).

The corpus grows like a real one: an invented official is determined by the province,
the post the original person held (role and body) and a five-year term, so the same
"Giám đốc Sở ..." of a province recurs in every article of that term that names the
post, while other provinces and terms get other people. Names are made of common
syllables (`synthetic_graph`), so namesakes occur as they do in reality. Everything is
seeded: the same arguments give the same articles.

`text_variant(page, facts, number)` makes the same variation of the input file itself,
and `write_text_corpus` writes many of them as text files, for benchmarks of the whole
path (reading, extraction, mapping, storing: `bench_build.py`).
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import random
import re
from functools import cache
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from synthetic_graph import FAMILY, GIVEN, MIDDLE

from extract.facts import ArticleFacts, Evidence
from extract.lexicon import Lexicon
from extract.lexicon.places import Province
from extract.text import fold

FIRST_DAY = datetime.date(2016, 1, 1)
LAST_DAY = datetime.date(2025, 6, 30)  # before the 2025 reform: the old provinces stay valid
TERM_YEARS = 5  # an invented official holds the same post for a term
# A province name after one of these words is a district ("thành phố Hà Tĩnh"): not renamed.
_DISTRICT_WORDS = ("thành phố ", "thị xã ", "huyện ", "quận ")

Facts = TypeVar("Facts")


@cache
def lexicon() -> Lexicon:
    return Lexicon.load()


@cache
def provinces() -> tuple[str, ...]:
    """The provinces (tỉnh, not centrally-run cities) that existed before the 2025 reform."""
    return tuple(p.name for p in lexicon().places.provinces if p.kind == "tỉnh" and p.before_2025)


def variant(facts: ArticleFacts, number: int, seed: int = 1) -> ArticleFacts:
    """The `number`-th variation of `facts` (0, 1, 2 ...); deterministic for (article, number, seed)."""
    renames, home, date_shift = _variation(facts, number, seed)
    renamed = Renaming(renames, facts.article.text, home).facts(facts, date_shift)
    renamed.article.name = _variant_name(facts.article.name, number)
    renamed.article.source = f"{facts.article.source}#v{number:05d}"
    return renamed


def text_variant(page: str, facts: ArticleFacts, number: int, seed: int = 1) -> tuple[str, str]:
    """(file stem, text) of the `number`-th variation of the input file `page`, whose
    extracted facts are `facts`: the same renaming as `variant`, done on the file's text,
    so that a build reads and extracts it as it would a real article. The article's date,
    written d/m/yyyy on the page, moves with it."""
    renames, home, date_shift = _variation(facts, number, seed)
    text = Renaming(renames, page, home).text(page)
    if facts.article.date:
        old = datetime.date.fromisoformat(facts.article.date)
        new = old + date_shift
        text = re.sub(rf"\b0?{old.day}/0?{old.month}/{old.year}\b", f"{new.day:02d}/{new.month:02d}/{new.year}", text)
    return _variant_name(facts.article.name, number), text


def write_text_corpus(pages: dict[str, str], samples: list[ArticleFacts], folder: Path, count: int,
                      seed: int = 1) -> list[Path]:
    """`count` text variations of the sample pages (`pages`: article name → file text), one of
    each sample in turn, written as .txt files into `folder` (made), in subfolders of 1,000."""
    written = []
    for index in range(count):
        facts = samples[index % len(samples)]
        stem, text = text_variant(pages[facts.article.name], facts, index // len(samples), seed)
        path = folder / f"{index // 1000:04d}" / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Numbered: two variations of an article that names no person nor date can be one
        # text, which kg build would store once (a copy).
        path.write_text(f"{text}\n(Tin số {index + 1})\n", encoding="utf-8")
        written.append(path)
    return written


def _variation(facts: ArticleFacts, number: int, seed: int) -> tuple[dict[str, str], str | None, datetime.timedelta]:
    """(name → new name, the article's province, date shift) of the `number`-th variation."""
    rng = random.Random(f"{seed}:{facts.article.name}:{number}")
    date_shift = _date_shift(facts.article.date, rng)
    # An article that names no province still comes from one: its officials are that province's.
    home = facts.province.name if facts.province else None
    province = rng.choice([p for p in provinces() if p != home])
    year = _shifted(facts.article.date, date_shift)[:4] if facts.article.date else None
    renames = _people(facts, province, year, rng)
    if home:
        renames[home] = province
    return renames, home, date_shift


def _variant_name(name: str, number: int) -> str:
    return f"{name}-v{number:05d}"


def corpus(samples: list[ArticleFacts], seed: int = 1) -> Iterator[ArticleFacts]:
    """Endless variations of the samples, one of each sample in turn."""
    number = 0
    while True:
        for facts in samples:
            yield variant(facts, number, seed)
        number += 1


def _date_shift(date: str | None, rng: random.Random) -> datetime.timedelta:
    """Moves the article's date to a day drawn between FIRST_DAY and LAST_DAY (its events move with it)."""
    if date is None:
        return datetime.timedelta(0)
    target = FIRST_DAY + datetime.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    return target - datetime.date.fromisoformat(date)


def _shifted(date: str, shift: datetime.timedelta) -> str:
    return (datetime.date.fromisoformat(date) + shift).isoformat()


def _people(facts: ArticleFacts, province: str, year: str | None,
            rng: random.Random) -> dict[str, str]:
    """Original person name → invented official, one per (province, post, term)."""
    names = [p.name for p in facts.persons]
    names += [a.name for a in facts.authors if a.name not in names]
    term = str((int(year) - FIRST_DAY.year) // TERM_YEARS) if year else "undated"
    posts = {p.name: p.positions[0] for p in facts.persons if p.positions}
    renames: dict[str, str] = {}
    seen_posts: dict[str, int] = {}
    for name in names:
        post = posts.get(name)
        if post is None:  # authors and people named without a post: their own slot
            slot = f"name {name}"
        else:
            body = post.organization.replace(facts.province.name, "") if facts.province else post.organization
            slot = f"post {fold(post.role)} {fold(' '.join(body.split()))}"
        seen_posts[slot] = seen_posts.get(slot, 0) + 1
        key = f"{province}:{slot}:{seen_posts[slot]}:{term}"
        invented = _invented_name(random.Random(key))
        while invented in renames.values():  # two people of one article never share a name
            invented = _invented_name(rng)
        renames[name] = invented
    return renames


def _invented_name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


class Renaming:
    """Replaces names in the article's text and facts, and maps old text offsets to new ones."""

    def __init__(self, renames: dict[str, str], text: str, province: str | None) -> None:
        self._renames = renames
        longest_first = sorted(renames, key=len, reverse=True)
        alternatives = "|".join(
            (_not_after_district_word(re.escape(old)) if old == province else re.escape(old))
            for old in longest_first)
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if renames else None
        self.old_text = text
        self.new_text = self.text(text)
        # Where each replacement ends in the old text, and how much longer the text is from there on.
        self._ends: list[int] = [0]
        self._growth: list[int] = [0]
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                self._ends.append(match.end())
                self._growth.append(self._growth[-1] + len(renames[match[0]]) - len(match[0]))

    def text(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda match: self._renames[match[0]], text)

    def offset(self, old: int) -> int:
        return old + self._growth[bisect.bisect_right(self._ends, old) - 1]

    def evidence(self, evidence: Evidence) -> Evidence:
        start, end = self.offset(evidence.start), self.offset(evidence.end)
        return Evidence(sentence=self.new_text[start:end], start=start, end=end)

    def facts(self, facts: Facts, date_shift: datetime.timedelta) -> Facts:
        """A renamed deep copy of a facts dataclass: texts renamed, evidence moved, dates shifted."""
        def value(name: str, old: object) -> object:
            if isinstance(old, Evidence):
                return self.evidence(old)
            if isinstance(old, Province):  # the lexicon's province of the new name, with its own 2025 fate
                return lexicon().places.province(self.text(old.name)) or old
            if name == "text" and old is self.old_text:
                return self.new_text
            if name == "date" and isinstance(old, str):
                return _shifted(old, date_shift)
            if isinstance(old, str):
                return self.text(old)
            if isinstance(old, list):
                return [value(name, item) for item in old]
            if dataclasses.is_dataclass(old):
                return self.facts(old, date_shift)
            return old

        return _with_fields(facts, value)


def _with_fields(instance: Facts, value: Callable[[str, object], object]) -> Facts:
    changes = {f.name: value(f.name, getattr(instance, f.name)) for f in dataclasses.fields(instance)}
    return dataclasses.replace(instance, **changes)


def _not_after_district_word(pattern: str) -> str:
    return "".join(f"(?<!{re.escape(word)})" for word in _DISTRICT_WORDS) + pattern
