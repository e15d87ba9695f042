"""Named programs and legal instruments: `Program` facts.

A mention opens with a trigger of `data/program_kinds.tsv` (`Đề án`, `Chương trình MTQG`,
`Quyết định` ...). A numbered document is the trigger and its number
(`Quyết định số 348/QĐ-TTg`; the date and issuer after it are not part of the name).
Otherwise the name runs over the complement, the words saying what the program is
about, to a boundary of `data/program_words.tsv`, a punctuation mark or the start of
another program, and keeps the qualifiers that follow it: a place (`tỉnh Thái Bình`),
periods (`giai đoạn 2021 – 2025, định hướng đến năm 2030`), an ordinal (`lần thứ XX`).

Whether a mention names a program at all is the hard part: news text is full of
common nouns like `các chương trình, kế hoạch` or `kế hoạch năm 2025`. A capitalized
trigger with a specific complement names one; a lower-case trigger needs more, a
proper name, a quoted name or a place in its complement (`dự án đập dâng Suối Chiếp`),
unless its kind is a formal instrument by itself (`chương trình hành động ...`). A
capitalized trigger followed only by a province and a period names that province's
plan (`Quy hoạch tỉnh Quảng Ninh thời kỳ 2021 - 2030`).
A mention repeated in the article (same number, same name, or the same name with or
without its qualifiers) is one program.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Program
from ..grammar import Tokens, parse_place, parse_province_name
from ..lexicon.programs import ProgramKind
from ..text import document_numbers, fold
from .stage import Stage, evidence_for

MAX_NAME_TOKENS = 40
COMMA_LOOKAHEAD = 12  # words a part after a comma may run before it reaches a place or period
MAX_LIST_ITEMS = 8  # trigger words a determiner may govern: "các quy hoạch, kế hoạch, đề án"
PARALLEL_PART = 4  # words of a part after a comma that repeats a word of the name ("nhà tạm, nhà dột nát")
_QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»"}
_DASHES = {"-", "–", "—"}
_JOINERS = {",", "và", "hoặc"}
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d\d[-–](?:19|20)\d\d")
_ORDINAL_RE = re.compile(r"[IVXLC]+|\d+(?:\.\d+)*")
_DASH_BETWEEN_DIGITS_RE = re.compile(r"(?<=\d)\s*[-–—]\s*(?=\d)")


# ---------------------------------------------------------------- qualifiers


@dataclass(frozen=True)
class Qualifier:
    """What may follow a program's complement: a place, a period or an ordinal."""

    end: int
    kind: str  # "place", "period" or "ordinal"
    period: str | None = None  # the period as `Program.period` writes it


def _years_end(tokens: Tokens, i: int) -> int | None:
    """End of `2021`, `2021-2025`, `2021 – 2025` or `2022 -2025` at token i, or None."""
    if i >= tokens.n:
        return None
    if _YEAR_RANGE_RE.fullmatch(tokens.text[i]):
        return i + 1
    if not _YEAR_RE.fullmatch(tokens.text[i]):
        return None
    dash = tokens.skip_space(i + 1)
    if dash < tokens.n and tokens.text[dash] in _DASHES:
        second = tokens.skip_space(dash + 1)
        if second < tokens.n and _YEAR_RE.fullmatch(tokens.text[second]):
            return second + 1
    return i + 1


def qualifier_at(tokens: Tokens, i: int) -> Qualifier | None:
    lex = tokens.lexicon.programs
    for role in ("period", "period-label"):
        opener_end = lex.end_of(role, tokens.folded, i)
        if opener_end is not None:
            years_end = _years_end(tokens, tokens.skip_space(opener_end))
            if years_end is not None:
                period_start = i if role == "period" else tokens.skip_space(opener_end)
                period = _DASH_BETWEEN_DIGITS_RE.sub(" - ", tokens.span_text(period_start, years_end))
                return Qualifier(years_end, "period", " ".join(period.split()))
    ordinal_end = lex.end_of("ordinal", tokens.folded, i)
    if ordinal_end is not None:
        number = tokens.skip_space(ordinal_end)
        if number < tokens.n and _ORDINAL_RE.fullmatch(tokens.text[number]):
            return Qualifier(number + 1, "ordinal")
    place = parse_place(tokens, i)
    if place is not None and place[1].name:
        return Qualifier(place[0], "place")
    province = parse_province_name(tokens, i)
    if province is not None:
        return Qualifier(province[0], "place")
    return None


# ---------------------------------------------------------------- one mention


@dataclass
class ProgramMatch:
    """A program mention: its token span and what the name is made of."""

    start: int
    trigger_end: int
    kind: ProgramKind
    end: int = 0
    number: str | None = None
    complement: list[int] = field(default_factory=list)  # token positions of the complement
    core_end: int = 0  # end of the name before its qualifiers and parent program
    excluded: set[int] = field(default_factory=set)  # quotes and "(KCN)" inside the span
    periods: list[str] = field(default_factory=list)
    has_place: bool = False
    quoted: bool = False
    parent: "ProgramMatch | None" = None  # the program it belongs to ("thuộc ...")

    def render(self, tokens: Tokens, end: int) -> str:
        """The name up to token `end`: the head as data writes it when the text abbreviates it."""
        written = tokens.span_text(self.start, self.trigger_end)
        head = written if fold(written) == fold(self.kind.head) else self.kind.head
        rest = "".join(tokens.text[k] + tokens.doc[k].whitespace_
                       for k in range(self.trigger_end, end) if k not in self.excluded)
        return " ".join(f"{head} {rest}".split()).rstrip(",-–— ")

    @property
    def period(self) -> str | None:
        return ", ".join(self.periods) if self.periods else None


def _document_number(tokens: Tokens, i: int) -> tuple[int, str] | None:
    """`số 348/QĐ-TTg` (or the bare number) at token i: (end, number)."""
    k = tokens.skip_space(i)
    if k < tokens.n and tokens.folded[k] == "số":
        k = tokens.skip_space(k + 1)
    if k < tokens.n and document_numbers(tokens.text[k]) == {tokens.folded[k]}:
        return k + 1, tokens.text[k]
    return None


def _parenthetical_abbreviation(tokens: Tokens, i: int) -> int | None:
    """End of `(KCN)` at token i: an abbreviation the text defines inside the name."""
    j = tokens.skip_space(i)
    if j + 2 < tokens.n and tokens.text[j] == "(" and tokens.text[j + 2] == ")" \
            and tokens.text[j + 1].isupper():
        return j + 3
    return None


class _NameReader:
    """Reads the complement and qualifiers of one mention into a ProgramMatch."""

    def __init__(self, tokens: Tokens, match: ProgramMatch):
        self.tokens = tokens
        self.match = match
        self.lex = tokens.lexicon.programs

    def ends_sentence(self, i: int) -> bool:
        return i >= self.tokens.n or "\n" in self.tokens.text[i] or self.tokens.doc[i].is_sent_start

    def read(self) -> None:
        tokens, match = self.tokens, self.match
        i = tokens.skip_space(match.trigger_end)
        abbreviation_end = _parenthetical_abbreviation(tokens, i)
        if abbreviation_end is not None:
            match.excluded.update(range(i, abbreviation_end))
            i = tokens.skip_space(abbreviation_end)
        match.end = match.core_end = match.trigger_end
        if i < tokens.n and tokens.text[i] in _QUOTES:
            self.read_quoted(i)
        elif match.kind.complement == "fixed":
            self.read_proper_name(i)
        else:
            self.read_descriptive(i)

    def take(self, start: int, end: int) -> None:
        self.match.complement.extend(range(start, end))
        self.match.end = self.match.core_end = end

    def read_quoted(self, i: int) -> None:
        tokens, match = self.tokens, self.match
        closing = _QUOTES[tokens.text[i]]
        for k in range(i + 1, min(tokens.n, i + MAX_NAME_TOKENS)):
            if "\n" in tokens.text[k]:
                return
            if tokens.text[k] == closing:
                match.excluded.update((i, k))
                match.quoted = True
                self.take(i + 1, k)
                match.end = match.core_end = k + 1
                self.read_qualifiers(k + 1)
                return

    def read_proper_name(self, i: int) -> None:
        tokens = self.tokens
        j = i
        while tokens.is_cap(j) and tokens.is_word(j) and not self.ends_sentence(j) \
                and qualifier_at(tokens, j) is None:
            j = tokens.skip_space(j + 1)
        if j > i:
            self.take(i, j)
        self.read_qualifiers(j)

    def read_qualifiers(self, i: int) -> None:
        """Places, periods and ordinals, joined by commas or dashes."""
        tokens = self.tokens
        while True:
            i = tokens.skip_space(i)
            if self.ends_sentence(i):
                return
            if tokens.text[i] in {",", *_DASHES}:
                qualifier = qualifier_at(tokens, tokens.skip_space(i + 1))
            else:
                qualifier = qualifier_at(tokens, i)
            if qualifier is None:
                return
            self.record(qualifier)
            i = qualifier.end

    def record(self, qualifier: Qualifier) -> None:
        if qualifier.kind == "period" and qualifier.period:
            self.match.periods.append(qualifier.period)
        if qualifier.kind == "place":
            self.match.has_place = True
        self.match.end = qualifier.end

    def read_descriptive(self, i: int) -> None:
        tokens, match = self.tokens, self.match
        while i - match.start < MAX_NAME_TOKENS:
            i = tokens.skip_space(i)
            if self.ends_sentence(i):
                return
            qualifier = qualifier_at(tokens, i)
            if qualifier is not None:
                self.record(qualifier)
                self.read_qualifiers(qualifier.end)
                return
            text = tokens.text[i]
            if text == "," and self.comma_continues(i) or text in _DASHES and self.dash_continues(i):
                i += 1
                continue
            if not tokens.is_word(i) or self.ends_complement(i) or self.joins_nothing(i):
                return
            link_end = self.lex.end_of("link", tokens.folded, i)
            if link_end is not None and self.read_parent(tokens.skip_space(link_end)):
                return
            self.take(i, i + 1)
            i += 1

    def ends_complement(self, i: int) -> bool:
        """A boundary word, or another program's capitalized trigger."""
        tokens = self.tokens
        if tokens.is_cap(i):
            return self.lex.triggers.match(tokens.folded, i) is not None
        return self.lex.end_of("boundary", tokens.folded, i) is not None

    def joins_nothing(self, i: int) -> bool:
        """`và` before something that is not part of the name ("dự án A và KCN B"), or
        after a proper name before lower-case words: another object of the sentence
        ("Dự án xây dựng đường ĐT.857 và tình hình sạt lở")."""
        tokens, complement = self.tokens, self.match.complement
        if tokens.folded[i] not in _JOINERS:
            return False
        following = tokens.skip_space(i + 1)
        if tokens.folded[i] == "và" and len(complement) > 1 and tokens.is_cap(complement[-1]) \
                and not tokens.is_cap(following):
            return True
        return self.ends_sentence(following) or not tokens.is_word(following) \
            or self.ends_complement(following)

    def read_parent(self, i: int) -> bool:
        """`thuộc Chương trình ...`: the program this one belongs to stays in its name."""
        if not self.tokens.is_cap(i):
            return False
        parent = parse_program(self.tokens, i)
        if parent is None or not is_named(self.tokens, parent):
            return False
        self.match.parent = parent
        self.match.end = parent.end
        return True

    def comma_continues(self, i: int) -> bool:
        """Whether the name goes on after the comma at token i: into a period; and after a
        capitalized trigger (a title, which may hold commas) also into words that reach a
        place or period ("Quy hoạch ứng dụng, phát triển CNTT tỉnh X đến năm 2025"), or
        into a short part repeating a noun of the name ("xóa nhà tạm, nhà dột nát")."""
        tokens, match = self.tokens, self.match
        first = tokens.skip_space(i + 1)
        qualifier = qualifier_at(tokens, first)
        if qualifier is not None:
            return qualifier.kind == "period"
        if not tokens.is_cap(match.start):
            return False
        words, j = 0, first
        while words < COMMA_LOOKAHEAD and not self.ends_sentence(j):
            if words and qualifier_at(tokens, j) is not None:
                return True
            if not tokens.is_word(j) or self.ends_complement(j) or self.lex.end_of("link", tokens.folded, j):
                break
            words += 1
            j = tokens.skip_space(j + 1)
        nouns = {tokens.folded[k] for k in match.complement[:-1]}  # the last word may just overlap
        return 0 < words <= PARALLEL_PART and tokens.folded[first] in nouns

    def dash_continues(self, i: int) -> bool:
        """`kinh tế - xã hội`, `Dự án X – tỉnh Bình Định`: a dash inside a name joins words."""
        following = self.tokens.skip_space(i + 1)
        return not self.ends_sentence(following) and self.tokens.is_word(following) \
            and not self.ends_complement(following)


def parse_program(tokens: Tokens, i: int) -> ProgramMatch | None:
    """The program mention opening at token i (named or not), or None when no trigger is there."""
    found = tokens.lexicon.programs.triggers.match(tokens.folded, i)
    if found is None:
        return None
    trigger_end, kind = found
    match = ProgramMatch(i, trigger_end, kind)
    if kind.numbered:
        number = _document_number(tokens, trigger_end)
        if number is not None:
            match.end = match.core_end = number[0]
            match.number = number[1]
            return match
    if kind.complement != "none":
        _NameReader(tokens, match).read()
    return match


# ---------------------------------------------------------------- named or not


def _is_specific(tokens: Tokens, positions: list[int]) -> bool:
    """Whether the complement has a word that is not generic ("triển khai", "thực hiện")."""
    lex = tokens.lexicon.programs
    k = 0
    while k < len(positions):
        end = lex.end_of("generic", tokens.folded, positions[k])
        if end is None:
            return True
        while k < len(positions) and positions[k] < end:
            k += 1
    return False


def _is_proper(text: str, *, abbreviations: bool) -> bool:
    """A proper-name word: `Suối`, `Ipv4`; an all-capitals one (`VSIP`, `CNTT`) only when asked."""
    if text.isupper():
        return abbreviations
    return any(c.isupper() for c in text)


def _after_determiner(tokens: Tokens, i: int, depth: int = 0) -> bool:
    """`các dự án`, and every member of `các quy hoạch, kế hoạch, đề án`."""
    lex = tokens.lexicon.programs
    k = i - 1
    while k >= 0 and tokens.is_space(k):
        k -= 1
    if k < 0:
        return False
    if any(lex.end_of("determiner", tokens.folded, s) == k + 1 for s in range(max(0, k - 2), k + 1)):
        return True
    if tokens.folded[k] in _JOINERS and depth < MAX_LIST_ITEMS:
        for s in range(max(0, k - 4), k):
            found = lex.triggers.match(tokens.folded, s)
            if found and tokens.skip_space(found[0]) == k:
                return _after_determiner(tokens, s, depth + 1)
    return False


def is_named(tokens: Tokens, match: ProgramMatch) -> bool:
    """Whether the mention names one program (see the module docstring)."""
    complement = match.kind.complement
    if match.number is not None or complement in ("optional", "fixed"):
        return True
    words = [tokens.text[k] for k in match.complement]
    if complement == "proper":
        return match.has_place or any(_is_proper(w, abbreviations=True) for w in words)
    if complement == "none":
        return False
    if not (match.quoted or _is_specific(tokens, match.complement)):
        return tokens.is_cap(match.start) and match.has_place and bool(match.periods)
    if complement == "any-case" or tokens.is_cap(match.start):
        return True
    has_name = match.quoted or match.has_place or any(_is_proper(w, abbreviations=False) for w in words)
    return has_name and not _after_determiner(tokens, match.start)


# ---------------------------------------------------------------- the component


class _SeenPrograms:
    """The programs an article has named so far. A mention is one of them when it has the
    same number or name, or the same name without qualifiers ("Dự án X" and "Dự án X -
    tỉnh Y") and no other period ("Kế hoạch X năm 2023" is not "Kế hoạch X năm 2024")."""

    def __init__(self) -> None:
        self.numbers: set[str] = set()
        self.names: set[str] = set()
        self.periods_by_core: dict[str, set[str | None]] = {}

    def add(self, tokens: Tokens, match: ProgramMatch, name: str) -> bool:
        """Record the mention; False when it names a program seen before."""
        if match.number is not None:
            number = fold(match.number)
            known = number in self.numbers
            self.numbers.add(number)
            return not known
        core = fold(match.render(tokens, match.core_end))
        periods = self.periods_by_core.setdefault(core, set())
        known = fold(name) in self.names or bool(periods) and (
            match.period is None or None in periods or match.period in periods)
        self.names.add(fold(name))
        periods.add(match.period)
        return not known


@Language.factory("vi_programs", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class Programs(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        find_programs(doc, tokens)


def find_programs(doc: Doc, tokens: Tokens) -> None:
    facts = doc._.facts
    in_org = {k for span in doc.spans.get("org", []) for k in range(span.start, span.end)}
    seen = _SeenPrograms()
    i = 0
    while i < tokens.n:
        match = parse_program(tokens, i) if tokens.is_word(i) and i not in in_org else None
        if match is None:
            i += 1
            continue
        if not is_named(tokens, match):
            i = match.trigger_end
            continue
        mention: ProgramMatch | None = match
        while mention is not None:  # the program and the ones it belongs to
            name = mention.render(tokens, mention.end)
            if seen.add(tokens, mention, name):
                facts.programs.append(Program(name, mention.kind.kind, mention.number, mention.period,
                                              evidence=evidence_for(doc[mention.start:mention.end])))
            mention = mention.parent
        i = match.end
