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
A trigger right after a body's head or a title belongs to the body's name (`Sở Kế hoạch
Đầu tư`, `Giám đốc Dự án ...`); a zone after a locative is a place (`thuộc Khu kinh tế X`).

A capitalized trigger also stands for "the program just named": a sentence opening with
a bare trigger and a predicate (`Kế hoạch xác định ...`, `Dự án cơ bản hoàn thành ...`)
names no new one; boundary words end the name at the predicate, and an amount
(`Dự án 2.250 tỷ đồng`) is no part of a name. A mention repeated in the article (same
number, or one name's words all in the other's: `Đề án 06` and `Đề án 06 về ...`) is
one program, under the fullest name the article gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Program
from ..grammar import PLURAL, QUOTES, OrgContext, Tokens, parse_org, parse_place, parse_province_name, territory_end
from ..lexicon.programs import ProgramKind
from ..text import document_numbers, fold, folded_words
from .stage import Stage, evidence_for

MAX_NAME_TOKENS = 40
COMMA_LOOKAHEAD = 16  # words a part after a comma may run before it reaches a place or period
MAX_LIST_ITEMS = 8  # trigger words a determiner may govern: "các quy hoạch, kế hoạch, đề án"
ISSUER_WORDS = 8  # words of "của <issuer>" between a bare document number and "về <topic>"
PARALLEL_PART = 4  # words of a part after a comma that repeats a word of the name ("nhà tạm, nhà dột nát")
_DASHES = {"-", "–", "—"}
_AND = "và"
_JOINERS = {",", _AND, "hoặc"}
_CLAUSE_ENDS = {";", "."}
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d\d[-–](?:19|20)\d\d")
_ORDINAL_RE = re.compile(r"[IVXLC]+|\d+(?:\.\d+)*")
_DASH_BETWEEN_DIGITS_RE = re.compile(r"(?<=\d)\s*[-–—]\s*(?=\d)")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_BARE_DOCUMENT_NUMBER_RE = re.compile(r"\d{1,5}(?:/\d{4})?")


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
    excluded: set[int] = field(default_factory=set)  # quotes and "(KCN)" inside the span
    periods: list[str] = field(default_factory=list)
    has_place: bool = False
    quoted: bool = False
    before_amount: bool = False  # the complement runs into an amount ("thu hút 74 dự án")
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


def _document_number(tokens: Tokens, i: int, bare: bool = False) -> tuple[int, str] | None:
    """`số 348/QĐ-TTg` at token i, or with `bare` a number without its code (`số 2307`,
    `154`, `150/2025`): (end, number)."""
    k = tokens.skip_space(i)
    if k < tokens.n and tokens.folded[k] == "số":
        k = tokens.skip_space(k + 1)
    if k < tokens.n and (document_numbers(tokens.text[k]) == {tokens.folded[k]}
                         or bare and _BARE_DOCUMENT_NUMBER_RE.fullmatch(tokens.text[k])):
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
        match.end = match.trigger_end
        if i < tokens.n and tokens.text[i] in QUOTES:
            self.read_quoted(i)
        elif match.kind.complement == "fixed":
            self.read_proper_name(i)
        else:
            self.read_descriptive(i)

    def take(self, start: int, end: int) -> None:
        self.match.complement.extend(range(start, end))
        self.match.end = end

    def read_quoted(self, i: int) -> None:
        tokens, match = self.tokens, self.match
        closing = QUOTES[tokens.text[i]]
        for k in range(i + 1, min(tokens.n, i + MAX_NAME_TOKENS)):
            if "\n" in tokens.text[k]:
                return
            if tokens.text[k] == closing:
                match.excluded.update((i, k))
                match.quoted = True
                self.take(i + 1, k)
                match.end = k + 1
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
            if qualifier is None and tokens.text[i] in _DASHES and self.match.has_place:
                # a route from the place to another ("cao tốc TP.HCM - Mộc Bài"): its end's name
                end = _proper_name_end(tokens, tokens.skip_space(i + 1))
                if end is not None:
                    self.match.end = i = end
                    continue
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
            topic = self.topic_after_issuer(i)
            compound = tokens.lexicon.organizations.compounds.match(tokens.folded, i)
            if topic is not None or compound is not None and not tokens.is_cap(i):
                end = topic if topic is not None else compound[0]  # "nhà ở" is read whole
                self.take(i, end)
                i = end
                continue
            if self.is_amount(i):
                match.before_amount = True
                return
            unit = self.territory_continues(i)
            if unit is not None:
                self.take(i, unit)
                i = unit
                continue
            issuer_end = self.issuer_with_period(i)
            if issuer_end is not None:
                self.take(i, issuer_end)
                self.read_qualifiers(issuer_end)
                return
            if not tokens.is_word(i) or self.ends_complement(i) or self.joins_nothing(i) \
                    or self.proper_name_ended(i):
                return
            if self.ends_edition(i):
                self.take(i, i + 1)
                match.periods.append(tokens.text[i])
                return
            link_end = self.lex.end_of("link", tokens.folded, i)
            if link_end is not None:
                self.read_parent(tokens.skip_space(link_end))
                return
            self.take(i, i + 1)
            i += 1

    def issuer_with_period(self, i: int) -> int | None:
        """At "của" before the body that runs the program and its period ("Chương trình giám
        sát của Quốc hội năm 2023"), where the body ends: they are part of its name; else None.
        Not after a bare trigger ("Nghị quyết của Ban Chấp hành Đảng bộ huyện khóa XXIV": the
        resolutions of a term, no one instrument)."""
        tokens = self.tokens
        if tokens.folded[i] != "của" or not self.match.complement:
            return None
        issuer = parse_org(tokens, tokens.skip_space(i + 1), OrgContext())
        if issuer is None or qualifier_at(tokens, tokens.skip_space(issuer.end)) is None:
            return None
        return issuer.end

    def territory_continues(self, i: int) -> int | None:
        """Where the unit starts when "trên địa bàn" at token i and the one unit after it are
        part of a named program's name ("Nghị quyết quy định về quản lý nuôi chim yến trên địa
        bàn tỉnh X"), as they are before its period; None after a period, after a common noun
        ("dự án đầu tư trên địa bàn các huyện") or before several units, where they only say
        where it applies."""
        tokens = self.tokens
        unit = territory_end(tokens, i) if tokens.is_cap(self.match.start) else None
        if unit is None or tokens.folded[unit] in PLURAL or parse_place(tokens, unit) is None:
            return None
        return unit

    def ends_complement(self, i: int) -> bool:
        """A boundary word, or another program's capitalized trigger."""
        tokens = self.tokens
        if tokens.is_cap(i):
            return self.lex.triggers.match(tokens.folded, i) is not None
        return self.lex.end_of("boundary", tokens.folded, i) is not None

    def is_amount(self, i: int) -> bool:
        """A number and its unit, or the programs it counts ("2.250 tỷ đồng", "80%", "74 dự
        án"): what the program costs or achieved, said by a predicate, not part of its name."""
        tokens = self.tokens
        if not _NUMBER_RE.fullmatch(tokens.text[i]):
            return False
        unit = tokens.skip_space(i + 1)
        return self.lex.end_of("unit", tokens.folded, unit) is not None or (
            not tokens.is_cap(unit) and self.lex.triggers.match(tokens.folded, unit) is not None)

    def ends_edition(self, i: int) -> bool:
        """A year right after a proper name is the edition that ends a title
        ("Giải thưởng ... VietFuture 2023", then the sentence goes on)."""
        tokens, complement = self.tokens, self.match.complement
        return bool(complement) and tokens.is_cap(complement[-1]) and _YEAR_RE.fullmatch(tokens.text[i]) is not None

    def proper_name_ended(self, i: int) -> bool:
        """A zone's name ends with its proper name: "Khu kinh tế X triển khai ..." is "Khu kinh tế X"."""
        tokens, complement = self.tokens, self.match.complement
        return self.match.kind.complement == "proper" and not tokens.is_cap(i) \
            and any(tokens.is_cap(k) for k in complement)

    def topic_after_issuer(self, i: int) -> int | None:
        """After a document number without its code ("Nghị quyết số 47 ngày 13/12/2019"),
        the issuer and the topic identify the document: at "của" opening "của <issuer> về
        <topic>", where the topic's words begin (the first one is a topic whatever it is:
        "về ban hành Bảng giá ..."), else None."""
        tokens, complement = self.tokens, self.match.complement
        if tokens.folded[i] != "của" or not self.match.kind.numbered \
                or not any(tokens.text[k].isdigit() for k in complement[:2]):
            return None
        j = tokens.skip_space(i + 1)
        for _ in range(ISSUER_WORDS):
            if self.ends_sentence(j) or not tokens.is_word(j):
                return None
            if tokens.folded[j] == "về":
                first = tokens.skip_space(j + 1)
                return first + 1 if tokens.is_word(first) else None
            j = tokens.skip_space(j + 1)
        return None

    def joins_nothing(self, i: int) -> bool:
        """`và` before something that is not part of the name ("dự án A và KCN B"), or
        after a proper name (also one ending in a number: "dự án Vành đai 4 và các trục ...") or
        a bare number before lower-case words: another object of the sentence ("Dự án xây dựng
        đường ĐT.857 và tình hình sạt lở", "theo Kế hoạch 53 và sắp xếp ...")."""
        tokens, complement = self.tokens, self.match.complement
        if tokens.folded[i] not in _JOINERS:
            return False
        following = tokens.skip_space(i + 1)
        named = len(complement) > 1 and (tokens.is_cap(complement[-1]) or tokens.is_cap(complement[0])
                                         and _NUMBER_RE.fullmatch(tokens.text[complement[-1]]) is not None) \
            or bool(complement) and all(_NUMBER_RE.fullmatch(tokens.text[k]) for k in complement)
        if tokens.folded[i] == "và" and named and not tokens.is_cap(following):
            return True
        return self.ends_sentence(following) or not tokens.is_word(following) \
            or self.ends_complement(following)

    def read_parent(self, i: int) -> None:
        """`thuộc Chương trình ...`: the program this one belongs to stays in its name;
        an owner or a place after "thuộc" does not ("dự án thuộc Tập đoàn X")."""
        if not self.tokens.is_cap(i):
            return
        parent = parse_program(self.tokens, i)
        if parent is not None and is_named(self.tokens, parent):
            self.match.parent = parent
            self.match.end = parent.end

    def comma_continues(self, i: int) -> bool:
        """Whether the name goes on after the comma at token i: into a period; and after a
        capitalized trigger (a title, which may hold commas) also into words that reach a
        place or period ("Quy hoạch ứng dụng, phát triển CNTT tỉnh X đến năm 2025"), into a
        short part repeating a noun of the name ("xóa nhà tạm, nhà dột nát"), or into a short
        part in lower case that closes the clause ("Đề án sắp xếp, hợp nhất hai tỉnh;")."""
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
        closes = (self.ends_sentence(j) or tokens.text[j] in _CLAUSE_ENDS) and not tokens.is_cap(first)
        nouns = {tokens.folded[k] for k in match.complement[:-1]}  # the last word may just overlap
        return 0 < words <= PARALLEL_PART and (tokens.folded[first] in nouns or closes)

    def dash_continues(self, i: int) -> bool:
        """`kinh tế - xã hội`, `Dự án X – tỉnh Bình Định`: a dash inside a name joins words."""
        following = self.tokens.skip_space(i + 1)
        return not self.ends_sentence(following) and self.tokens.is_word(following) \
            and not self.ends_complement(following)


ROUTE_END_WORDS = 3  # the most syllables of the place a route goes to ("Mộc Bài", "Lai Châu")


def _proper_name_end(tokens: Tokens, i: int) -> int | None:
    """End of a run of capitalized words at token i (a place's name: "Mộc Bài"), or None."""
    end, words = i, 0
    while words < ROUTE_END_WORDS and tokens.is_cap(end) and tokens.is_word(end):
        end, words = tokens.skip_space(end + 1), words + 1
    while end > i and tokens.is_space(end - 1):
        end -= 1
    return end if words else None


def parse_program(tokens: Tokens, i: int) -> ProgramMatch | None:
    """The program mention opening at token i (named or not), or None when no trigger is there."""
    found = tokens.lexicon.programs.triggers.match(tokens.folded, i)
    if found is None:
        return None
    trigger_end, kind = found
    match = ProgramMatch(i, trigger_end, kind)
    if kind.numbered:
        # an instrument that is named by its number alone, written as a title, needs no code
        # ("Quyết định số 2307", "Nghị định 154")
        number = _document_number(tokens, trigger_end, bare=kind.complement == "none" and tokens.is_cap(i))
        if number is not None:
            match.end = number[0]
            match.number = number[1]
            after = tokens.skip_space(number[0])
            if kind.complement == "none" and document_numbers(number[1]) != {fold(number[1])} \
                    and tokens.folded[after:after + 1] == ["của"]:
                # a number without its code ("Kết luận 49 của Ban Bí thư về ..."): the issuer
                # and the topic after it identify the document, as for any numbered kind
                _NameReader(tokens, match).read()
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


def _enacts(tokens: Tokens, positions: list[int]) -> bool:
    """Whether the complement opens, after an optional "về", with what the instrument
    itself does to a body or its officials ("thành lập", "phê chuẩn", "bầu" ...)."""
    if positions and tokens.folded[positions[0]] == "về":
        positions = positions[1:]
    return bool(positions) and tokens.lexicon.programs.end_of("act", tokens.folded, positions[0]) is not None


def _is_proper(text: str, *, abbreviations: bool) -> bool:
    """A proper-name word: `Suối`, `Ipv4`; an all-capitals one (`VSIP`, `CNTT`) only when asked."""
    if text.isupper():
        return abbreviations
    return any(c.isupper() for c in text)


def _after(tokens: Tokens, role: str, i: int) -> bool:
    """Whether a phrase of `role` (program_words.tsv) ends right before token i."""
    k = tokens.word_before(i)
    return k is not None and any(tokens.lexicon.programs.end_of(role, tokens.folded, s) == k + 1
                                 for s in range(max(0, k - 2), k + 1))


def _after_determiner(tokens: Tokens, i: int, depth: int = 0) -> bool:
    """`các dự án`, `2 dự án`, and every member of `các quy hoạch, kế hoạch, đề án`."""
    lex = tokens.lexicon.programs
    k = tokens.word_before(i)
    if k is None:
        return False
    if _NUMBER_RE.fullmatch(tokens.text[k]) or _after(tokens, "determiner", i):
        return True
    if tokens.folded[k] in _JOINERS and depth < MAX_LIST_ITEMS:
        for s in range(max(0, k - 4), k):
            found = lex.triggers.match(tokens.folded, s)
            if found and tokens.skip_space(found[0]) == k:
                return _after_determiner(tokens, s, depth + 1)
    return False


def _proper_words(tokens: Tokens, positions: list[int]) -> list[str]:
    """The complement's words, without capitalized ones that name no one ("Nhà nước")."""
    lex = tokens.lexicon.programs
    words, k = [], 0
    while k < len(positions):
        end = lex.end_of("not-proper", tokens.folded, positions[k])
        if end is None:
            words.append(tokens.text[positions[k]])
            k += 1
            continue
        while k < len(positions) and positions[k] < end:
            k += 1
    return words


def is_named(tokens: Tokens, match: ProgramMatch) -> bool:
    """Whether the mention names one program (see the module docstring)."""
    complement = match.kind.complement
    if match.number is not None or complement in ("optional", "fixed"):
        return True
    if match.complement and tokens.lexicon.programs.end_of("show", tokens.folded, match.complement[0]) is not None:
        return False  # "Chương trình nghệ thuật ...": a show, not an initiative
    if match.complement and match.kind.kind == "Chương trình" \
            and tokens.lexicon.programs.end_of("agreement", tokens.folded, match.complement[0]) is not None:
        return False  # "Chương trình hợp tác giữa A và B": an agreement, not an initiative
    words = _proper_words(tokens, match.complement)
    if complement == "enacting" and (_enacts(tokens, match.complement) or _after_determiner(tokens, match.start)):
        return False  # "Nghị quyết về thành lập các Ban ...": an act of the council, not an initiative
    if complement == "proper":  # "các khu công nghiệp tỉnh X" are no one zone, whatever the case
        return (match.has_place or any(_is_proper(w, abbreviations=True) for w in words)) \
            and not _after_determiner(tokens, match.start) and not _after(tokens, "locative", match.start)
    if complement == "none":
        return False
    if complement == "titled":  # a lower-case "luật" may end a word: "kỷ luật Hội đồng ..."
        one_word = match.trigger_end - match.start == 1
        return match.quoted or (tokens.is_cap(match.start) or not one_word) and bool(match.complement) \
            and tokens.is_cap(match.complement[0])
    if complement in ("dated", "any-case") and match.periods:
        return True
    if match.complement and not tokens.is_cap(match.start) and tokens.folded[match.complement[0]] == _AND:
        return False  # "đầu tư công, chương trình mục tiêu quốc gia và ...": a topic in a list, no program
    if not (match.quoted or _is_specific(tokens, match.complement)):
        return tokens.is_cap(match.start) and match.has_place and bool(match.periods)
    if complement == "any-case" or tokens.is_cap(match.start):
        return True
    has_name = match.quoted or match.has_place or any(_is_proper(w, abbreviations=False) for w in words)
    return has_name and not _after_determiner(tokens, match.start)


# ---------------------------------------------------------------- the component


class _SeenPrograms:
    """The programs an article has named so far, to tell a new one from one named again.

    A mention names a known program when it has the same number, or when it has the same
    trigger and the words of its name are all in one of the program's names, or the other
    way round: "Đề án 06" and "Đề án 06 về ... giai đoạn 2022-2025", "Dự án X" and "Dự án
    X - tỉnh Y"; but "Kế hoạch X năm 2023" is not "Kế hoạch X năm 2024", and "Kiến trúc
    Chính quyền điện tử" is not "Khung Kiến trúc Chính quyền điện tử". The fullest name
    the article gives is the program's.
    """

    def __init__(self) -> None:
        self.by_number: dict[str, Program] = {}
        self.by_head: dict[str, list[tuple[list[frozenset[str]], Program]]] = {}

    def has_kind(self, kind: str) -> bool:
        return any(p.kind == kind for p in self.by_number.values()) or any(
            named and named[0][1].kind == kind for named in self.by_head.values())

    def add(self, match: ProgramMatch, program: Program) -> bool:
        """Record the mention; False when it names a program seen before."""
        if match.number is not None:
            number = fold(match.number)
            if number in self.by_number:
                return False
            self.by_number[number] = program
            return True
        words = folded_words(program.name)
        named = self.by_head.setdefault(fold(match.kind.head), [])
        for names, known in named:
            if any(words <= known_words for known_words in names):
                return False
            if any(known_words < words for known_words in names):
                if all(len(words) > len(known_words) for known_words in names):  # a fuller name
                    known.name, known.period, known.evidence = program.name, program.period, program.evidence
                names.append(words)
                return False
        named.append(([words], program))
        return True


def _names_a_body(tokens: Tokens, i: int) -> bool:
    """A trigger right after a body's head or a title is part of the body's name: "Sở Kế
    hoạch Đầu tư", "ban quản lý Khu kinh tế ...", "Giám đốc Dự án ...". A one-word head
    counts when capitalized: "điều chỉnh cục bộ quy hoạch" names no "Bộ"."""
    heads, titles = tokens.lexicon.organizations.heads, tokens.lexicon.persons.titles
    k = tokens.word_before(i)
    if k is None:
        return False
    for start in range(max(0, k - 3), k + 1):
        for table in (heads, titles):
            found = table.match(tokens.folded, start)
            if found is not None and found[0] == k + 1 and (tokens.is_cap(start) or start < k):
                return True
    return False


def _refers_back(tokens: Tokens, match: ProgramMatch, seen: _SeenPrograms) -> bool:
    """A sentence opening with a bare trigger and a predicate speaks of the program of that
    kind the article has named ("Kế hoạch xác định ..."), or of the event just reported
    when the words hold a count or an amount ("Chương trình thu hút 500 đại biểu ..."):
    no new program, unless the words name one (a number, a quoted or proper name, a
    place, a period; an abbreviation such as "TTATGT" is a common noun's)."""
    if not tokens.doc[match.start].is_sent_start or match.kind.complement not in ("descriptive", "enacting", "any-case", "dated"):
        return False
    words = _proper_words(tokens, match.complement)
    names_one = match.number is not None or match.quoted or match.has_place or match.periods \
        or any(_is_proper(w, abbreviations=False) for w in words)
    counts = match.before_amount or any(  # "thu hút 500 đại biểu"; "Đề án 06" is a name
        _NUMBER_RE.fullmatch(tokens.text[k]) and not tokens.is_cap(tokens.skip_space(k + 1))
        for k in match.complement[1:])
    return not names_one and (counts or seen.has_kind(match.kind.kind))


@Language.factory("vi_programs", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class Programs(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        find_programs(doc, tokens)


def find_programs(doc: Doc, tokens: Tokens) -> None:
    facts = doc._.facts
    in_org = {k for span in doc.spans.get("org", []) for k in range(span.start, span.end)}
    seen = _SeenPrograms()
    triggers = tokens.lexicon.programs.triggers
    i = 0
    while i < tokens.n:
        match = parse_program(tokens, i) if triggers.starts(tokens.folded[i]) and tokens.is_word(i) \
            and i not in in_org else None
        if match is None or _names_a_body(tokens, i):
            i += 1
            continue
        if not is_named(tokens, match) or _refers_back(tokens, match, seen):
            i = match.trigger_end
            continue
        mention: ProgramMatch | None = match
        while mention is not None:  # the program and the ones it belongs to
            program = Program(mention.render(tokens, mention.end), mention.kind.kind, mention.number,
                              mention.period, evidence=evidence_for(doc[mention.start:mention.end]))
            if seen.add(mention, program):
                facts.programs.append(program)
            mention = mention.parent
        i = match.end
