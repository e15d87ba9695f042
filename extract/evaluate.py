"""Scoring extracted facts against the gold set, by the rules of the gold's FORMAT.md.

Gold and predictions are the per-article JSON documents of FORMAT.md (see
`extract.gold_format`). For every article, each category is a set of keys;
true positives, false positives and false negatives are summed over all
articles, and precision, recall and F1 computed from the sums (micro-average).

| category      | key                                                          |
|---------------|--------------------------------------------------------------|
| persons       | name                                                         |
| positions     | (name, role, organization)                                   |
| organizations | name                                                         |
| programs      | name, fuzzy (see `program_similarity`)                       |
| firms         | group name or any alias: two firms match when the sets       |
|               | {name} ∪ aliases of both share a member                      |
| partnerships  | the set of parties (the label is free text and not scored);  |
|               | a party that is one of the article's firms by any of its     |
|               | names, as for firms                                          |
| events        | (person, role) for every role of every event                 |
| directives    | (by, to) and the request: at least 60% of the words of the       |
|               | shorter request text are in the other (`request_overlap`);   |
|               | `to` may be null                                             |
| authors       | name                                                         |
| date          | the article's date, exact; a correct null is a hit           |
| province      | the article's province, exact; a correct null is a hit       |

Names are compared after `extract.text.fold` (case, white space, the two
tone-mark placements). Fuzzy categories are matched one to one: the most similar
pair first, and each gold fact and each predicted fact is used once.
Partnerships are not in FORMAT.md's table; they are scored here on their parties.
For date and province, a wrong value is both a false positive and a false
negative; a value where the gold has null is a false positive, a null where the
gold has a value a false negative.

A ratio whose denominator is 0 (nothing predicted, or nothing to find) is 1.0
when the other side is empty too, else 0.0.

Predictions may carry an `_evidence` map: {category: {evidence_key(category,
parts): sentence}}; `Report.explain` shows that sentence for a false positive,
and otherwise the sentence of the article that best contains the fact's names.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import Callable, Iterable, Literal

from .facts import EVENT_ROLES
from .text import document_numbers, fold, folded_words

SET_CATEGORIES = ("persons", "positions", "organizations", "programs", "firms",
                  "partnerships", "events", "directives", "authors")
SLOT_CATEGORIES = ("date", "province")
CATEGORIES = SET_CATEGORIES + SLOT_CATEGORIES

# Programs match when the Dice coefficient of their word sets reaches this value.
# Chosen on the gold names: one program written with or without its period, place
# or "định hướng đến năm ..." tail scores 0.70-0.86, while two different programs
# of one family ("Kế hoạch chuyển đổi số giai đoạn 2021-2025" and "Đề án chuyển
# đổi số tỉnh Thái Bình giai đoạn 2021 – 2025") score up to 0.67.
PROGRAM_MIN_DICE = 0.7

# A directive's request matches when this share of the shorter text's words is in the other.
REQUEST_MIN_OVERLAP = 0.6

Part = str | None


class GoldError(ValueError):
    """A gold (or prediction) file is unreadable or malformed; the message is one line."""


# ---------------------------------------------------------------- facts as keys

@dataclass(frozen=True)
class _Fact:
    """One scored fact of one article: as written (for reports) and as a key (for matching)."""

    parts: tuple[Part, ...]
    key: tuple[Part, ...]
    names: frozenset[str] = frozenset()  # firms: the folded group name and aliases
    party_names: tuple[frozenset[str], ...] = ()  # partnerships: each party's names (a firm's all)


def _fold(part: Part) -> Part:
    return None if part is None else fold(part)


def _key(category: str, parts: tuple[Part, ...]) -> tuple[Part, ...]:
    folded = tuple(_fold(part) for part in parts)
    if category == "partnerships":  # the parties are a set
        return tuple(sorted(p for p in folded if p))
    return folded


def evidence_key(category: str, parts: Iterable[Part]) -> str:
    """The key under which `_evidence[category]` holds the sentence of a fact."""
    return " · ".join(part or "—" for part in _key(category, tuple(parts)))


def _fact_parts(category: str, doc: dict) -> list[tuple[tuple[Part, ...], tuple[str, ...]]]:
    """(parts, names) of every fact of one category in a document; names only for firms."""
    if category == "persons":
        return [((p["name"],), ()) for p in doc.get("persons", [])]
    if category == "positions":
        return [((p["name"], pos["role"], pos["organization"]), ())
                for p in doc.get("persons", []) for pos in p.get("positions", [])]
    if category in ("organizations", "programs", "authors"):
        return [((name,), ()) for name in doc.get(category, [])]
    if category == "firms":
        return [((f["name"],), (f["name"], *f.get("aliases", []))) for f in doc.get("firms", [])]
    if category == "partnerships":
        return [(tuple(p["parties"]), ()) for p in doc.get("partnerships", [])]
    if category == "events":
        return [((person, role), ()) for event in doc.get("events", [])
                for role in EVENT_ROLES for person in event.get("roles", {}).get(role, [])]
    if category == "directives":
        return [((d["by"], d.get("to"), d.get("text") or ""), ()) for d in doc.get("directives", [])]
    raise ValueError(f"unknown category {category!r}")


def _facts(category: str, doc: dict) -> list[_Fact]:
    """The category's facts in `doc`, one per key (the first spelling is kept)."""
    facts: dict[tuple[Part, ...], _Fact] = {}
    firms = [frozenset(fold(n) for n in (f["name"], *f.get("aliases", []))) for f in doc.get("firms", [])] \
        if category == "partnerships" else []
    for parts, names in _fact_parts(category, doc):
        key = _key(category, parts)
        party_names = tuple(next((names for names in firms if party in names), frozenset({party})) for party in key) \
            if category == "partnerships" else ()
        facts.setdefault(key, _Fact(parts, key, frozenset(fold(n) for n in names), party_names))
    return list(facts.values())


MAX_PARTIES_MATCHED = 6  # parties matched name by name in every order; more are compared as written


def _same_parties(gold: _Fact, predicted: _Fact) -> bool:
    """Whether each party of one is a party of the other, a firm by any of its names."""
    if len(gold.party_names) != len(predicted.party_names):
        return False
    if len(gold.party_names) > MAX_PARTIES_MATCHED:
        return gold.key == predicted.key
    return any(all(g & p for g, p in zip(gold.party_names, order))
               for order in permutations(predicted.party_names))


# ---------------------------------------------------------------- similarity

def program_similarity(a: str, b: str) -> float:
    """How well two program names match, 0.0 (not the same program) to 1.0.

    When both names carry a document number, they match exactly when they share
    one. Otherwise the score is the Dice coefficient of their word sets, kept when
    it reaches PROGRAM_MIN_DICE and when the numbers (years, periods) of one name
    are all in the other: "giai đoạn 2021 - 2025" is not "giai đoạn 2016 - 2020".
    """
    numbers_a, numbers_b = document_numbers(a), document_numbers(b)
    if numbers_a and numbers_b:
        return 1.0 if numbers_a & numbers_b else 0.0
    words_a, words_b = folded_words(a), folded_words(b)
    if not words_a or not words_b:
        return 0.0
    digits_a = {w for w in words_a if w.isdigit()}
    digits_b = {w for w in words_b if w.isdigit()}
    if digits_a and digits_b and not (digits_a <= digits_b or digits_b <= digits_a):
        return 0.0
    dice = 2 * len(words_a & words_b) / (len(words_a) + len(words_b))
    return dice if dice >= PROGRAM_MIN_DICE else 0.0


def request_overlap(a: str, b: str) -> float:
    """The share of the shorter request's words that the other one has (0.0 to 1.0)."""
    words_a, words_b = folded_words(a), folded_words(b)
    shorter, other = (words_a, words_b) if len(words_a) <= len(words_b) else (words_b, words_a)
    return len(shorter & other) / len(shorter) if shorter else float(not other)


def _similarity(category: str) -> Callable[[_Fact, _Fact], float]:
    if category == "directives":
        return lambda gold, pred: 1.0 if gold.key[:2] == pred.key[:2] and request_overlap(
            gold.parts[2] or "", pred.parts[2] or "") >= REQUEST_MIN_OVERLAP else 0.0
    if category == "programs":
        return lambda gold, pred: program_similarity(gold.parts[0] or "", pred.parts[0] or "")
    if category == "firms":
        return lambda gold, pred: 1.0 if gold.names & pred.names else 0.0
    if category == "partnerships":
        return lambda gold, pred: 1.0 if _same_parties(gold, pred) else 0.0
    return lambda gold, pred: 1.0 if gold.key == pred.key else 0.0


def _match(category: str, gold: list[_Fact], predicted: list[_Fact]
           ) -> tuple[list[_Fact], list[_Fact], list[_Fact]]:
    """One-to-one matching, most similar pairs first: (matched gold, missed gold, wrong predictions)."""
    similarity = _similarity(category)
    pairs = sorted(((score, g, p) for g, gold_fact in enumerate(gold)
                    for p, pred_fact in enumerate(predicted)
                    if (score := similarity(gold_fact, pred_fact)) > 0),
                   key=lambda pair: (-pair[0], pair[1], pair[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _score, g, p in pairs:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
    return ([gold[g] for g in sorted(used_gold)],
            [f for g, f in enumerate(gold) if g not in used_gold],
            [f for p, f in enumerate(predicted) if p not in used_pred])


# ---------------------------------------------------------------- report

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, other_empty=self.fn == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, other_empty=self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def _ratio(hits: int, total: int, other_empty: bool) -> float:
    if total:
        return hits / total
    return 1.0 if other_empty else 0.0


@dataclass(frozen=True)
class Mismatch:
    """A false positive (a predicted fact the gold lacks) or false negative (a missed gold fact)."""

    article: str
    category: str
    kind: Literal["FP", "FN"]
    parts: tuple[Part, ...]  # the fact as written: (name,), (name, role, organization) ...
    anchors: tuple[str, ...]  # names to look for in the article's text
    evidence: str | None = None  # the sentence the prediction gave for it

    @property
    def fact(self) -> str:
        return " · ".join(part or "—" for part in self.parts)


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    mismatches: list[Mismatch] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # predicted articles the gold lacks
    unread: list[str] = field(default_factory=list)  # gold articles not predicted: all their facts missed

    def __getitem__(self, category: str) -> Counts:
        return self.counts[category]

    @property
    def overall(self) -> Counts:
        """All categories pooled (micro-average over every key)."""
        total = Counts()
        for counts in self.counts.values():
            total.add(counts)
        return total

    def table(self) -> str:
        """An aligned table: category, P, R, F1, tp, fp, fn, and the pooled total."""
        rows = [(c, self.counts[c]) for c in CATEGORIES] + [("all", self.overall)]
        width = max(len(name) for name, _ in rows)
        lines = [f"{'category':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>4}  {'fp':>4}  {'fn':>4}"]
        for name, c in rows:
            lines.append(f"{name:<{width}}  {c.precision:5.3f}  {c.recall:5.3f}  {c.f1:5.3f}"
                         f"  {c.tp:4d}  {c.fp:4d}  {c.fn:4d}")
        if self.unscored:
            lines.append(f"not scored (no gold): {', '.join(self.unscored)}")
        if self.unread:
            lines.append(f"{len(self.unread)} gold file(s) with no input article, every fact counted "
                         f"as missed: {', '.join(self.unread)}")
        return "\n".join(lines)

    def explain(self, texts: dict[str, str]) -> str:
        """Every false positive and false negative, by article and category, with its sentence."""
        lines: list[str] = []
        by_article: dict[str, list[Mismatch]] = {}
        for mismatch in self.mismatches:
            by_article.setdefault(mismatch.article, []).append(mismatch)
        for article in sorted(by_article):
            lines.append(article)
            text = texts.get(article)
            sentences = split_sentences(text) if text is not None else []
            mismatches = by_article[article]
            for category in CATEGORIES:
                of_category = [m for m in mismatches if m.category == category]
                if not of_category:
                    continue
                lines.append(f"  {category}")
                for m in sorted(of_category, key=lambda m: (m.kind, fold(m.fact))):
                    lines.append(f"    {m.kind}  {m.fact}")
                    if m.evidence:
                        sentence = m.evidence
                    elif text is None:
                        sentence = "(article text not given)"
                    else:
                        sentence = best_sentence(sentences, m.anchors) or "(no sentence names it)"
                    lines.append(f"        > {sentence}")
        return "\n".join(lines) if lines else "no differences"


# ---------------------------------------------------------------- scoring

def score(golds: dict[str, dict], predictions: dict[str, dict]) -> Report:
    """Score predictions against gold documents; both are keyed by article file name.

    A gold article without a prediction counts as predicted empty (its facts are false
    negatives) and is listed in `Report.unread`; predictions for articles the gold lacks
    are listed in `Report.unscored`.
    """
    report = Report(unscored=sorted(set(predictions) - set(golds)), unread=sorted(set(golds) - set(predictions)))
    for article in sorted(golds):
        gold, predicted = golds[article], predictions.get(article, {})
        for category in SET_CATEGORIES:
            _score_set(report, article, category, gold, predicted)
        for category in SLOT_CATEGORIES:
            _score_slot(report, article, category, gold.get(category), predicted.get(category))
    return report


def _anchors(category: str, fact: _Fact) -> tuple[str, ...]:
    if category == "events":  # the role is ours ("chaired"), not the article's word
        return (fact.parts[0] or "",)
    if category == "firms":
        return tuple(sorted(fact.names))
    return tuple(part for part in fact.parts if part)


def _score_set(report: Report, article: str, category: str, gold: dict, predicted: dict) -> None:
    evidence = {fold(k): v for k, v in predicted.get("_evidence", {}).get(category, {}).items()}
    matched, missed, wrong = _match(category, _facts(category, gold), _facts(category, predicted))
    counts = report.counts[category]
    counts.tp += len(matched)
    counts.fn += len(missed)
    counts.fp += len(wrong)
    for fact in missed:
        report.mismatches.append(Mismatch(article, category, "FN", fact.parts, _anchors(category, fact)))
    for fact in wrong:
        report.mismatches.append(Mismatch(article, category, "FP", fact.parts, _anchors(category, fact),
                                          evidence.get(evidence_key(category, fact.parts))))


def _score_slot(report: Report, article: str, category: str, gold: str | None,
                predicted: str | None) -> None:
    counts = report.counts[category]
    if _fold(gold) == _fold(predicted):
        counts.tp += 1
        return
    if predicted is not None:
        counts.fp += 1
        report.mismatches.append(Mismatch(article, category, "FP", (predicted,), (predicted,)))
    if gold is not None:
        counts.fn += 1
        report.mismatches.append(Mismatch(article, category, "FN", (gold,), (gold,)))


# ---------------------------------------------------------------- sentences for explanations

_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’')]*\s+")


def split_sentences(text: str) -> list[str]:
    """Lines, cut after . ! ? … when a lower-case letter or digit precedes it
    (so "TP. Hồ Chí Minh" and "ThS. Lê" stay whole)."""
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for match in _SENTENCE_END_RE.finditer(line):
            before = line[match.start() - 1] if match.start() else ""
            if before.islower() or before.isdigit():
                sentences.append(line[start:match.end()].strip())
                start = match.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def best_sentence(sentences: list[str], anchors: tuple[str, ...]) -> str | None:
    """The sentence containing most of `anchors` (then most of their words), or None
    when none contains an anchor or at least half of their words."""
    folded_anchors = [fold(a) for a in anchors if a]
    anchor_words = set().union(*(folded_words(a) for a in folded_anchors)) if folded_anchors else set()
    best, best_score = None, (0, 0.0)
    for sentence in sentences:
        folded = fold(sentence)
        found = sum(1 for a in folded_anchors if a in folded)
        share = len(anchor_words & folded_words(folded)) / len(anchor_words) if anchor_words else 0.0
        if (found, share) > best_score:
            best, best_score = sentence, (found, share)
    return best if best_score[0] > 0 or best_score[1] >= 0.5 else None


# ---------------------------------------------------------------- gold files

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def load_gold_dir(path: str | Path) -> dict[str, dict]:
    """Every `*.json` gold document in a directory, keyed by its `article` file name."""
    directory = Path(path)
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise GoldError(f"{directory}: no .json gold files")
    golds: dict[str, dict] = {}
    for file in files:
        doc = load_gold_file(file)
        golds[doc["article"]] = doc
    return golds


def load_gold_file(file: Path) -> dict:
    """One gold document, checked against FORMAT.md; GoldError names the file and the problem."""
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise GoldError(f"{file}: cannot read ({error.strerror})") from None
    if not raw.strip():
        raise GoldError(f"{file}: empty file")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise GoldError(f"{file}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise GoldError(f"{file}: not valid JSON (line {error.lineno}, column {error.colno}: "
                        f"{error.msg})") from None
    problem = format_problem(doc)
    if problem:
        raise GoldError(f"{file}: {problem}")
    expected = file.with_suffix(".txt").name
    if doc["article"] != expected:
        raise GoldError(f"{file}: article is {doc['article']!r}, expected {expected!r}")
    return doc


def format_problem(doc: object) -> str | None:
    """What makes `doc` not a FORMAT.md document (the first problem found), or None."""
    try:
        _check_document(doc, "document")
    except _FormatProblem as problem:
        return str(problem)
    return None


class _FormatProblem(Exception):
    pass


def _require(condition: bool, where: str, expected: str) -> None:
    if not condition:
        raise _FormatProblem(f"{where}: expected {expected}")


Check = Callable[[object, str], None]  # raises _FormatProblem naming `where`


def _check_text(value: object, where: str) -> None:
    _require(isinstance(value, str), where, "a string")


def _check_nullable_text(value: object, where: str) -> None:
    _require(value is None or isinstance(value, str), where, "a string or null")


def _check_date(value: object, where: str) -> None:
    _require(value is None or (isinstance(value, str) and _DATE_RE.fullmatch(value) is not None),
             where, "a YYYY-MM-DD date or null")


def _list_of(check_item: Check) -> Check:
    def check(value: object, where: str) -> None:
        _require(isinstance(value, list), where, "a list")
        for index, item in enumerate(value):  # type: ignore[arg-type]
            check_item(item, f"{where}[{index}]")
    return check


def _object_with(keys: dict[str, Check]) -> Check:
    def check(value: object, where: str) -> None:
        _require(isinstance(value, dict), where, "an object")
        for key, check_value in keys.items():
            _require(key in value, where, f"key {key!r}")  # type: ignore[operator]
            check_value(value[key], f"{where}.{key}")  # type: ignore[index]
    return check


def _check_roles(value: object, where: str) -> None:
    _require(isinstance(value, dict) and set(value) <= set(EVENT_ROLES), where,
             f"an object with keys among {', '.join(EVENT_ROLES)}")
    for role, people in value.items():  # type: ignore[union-attr]
        _list_of(_check_text)(people, f"{where}.{role}")


_check_names = _list_of(_check_text)
_check_document = _object_with({
    "article": _check_text,
    "title": _check_nullable_text,
    "date": _check_date,
    "province": _check_nullable_text,
    "authors": _check_names,
    "persons": _list_of(_object_with({
        "name": _check_text,
        "positions": _list_of(_object_with({"role": _check_text, "organization": _check_text})),
    })),
    "organizations": _check_names,
    "programs": _check_names,
    "firms": _list_of(_object_with({"name": _check_text, "aliases": _check_names})),
    "partnerships": _list_of(_object_with({"parties": _check_names, "label": _check_text})),
    "events": _list_of(_object_with({
        "label": _check_text, "date": _check_date, "organizer": _check_nullable_text,
        "roles": _check_roles,
    })),
    "directives": _list_of(_object_with({
        "by": _check_text, "to": _check_nullable_text, "text": _check_text,
    })),
})
