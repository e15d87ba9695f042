"""Times in a question: "năm 2023", "tháng 12/2020", "ngày 24 tháng 12 năm 2020", "quý I/2025",
"in December 2020", "on 24/12/2020", "December 24, 2020".

A full date written with digits is read by extraction's date grammar
(`extract.dates.DateReader.parse_stamp`, with the cue words of extract/data/dates.tsv:
"24/12/2020", "24-12-2020", "2020-12-24", after a weekday or "ngày"), and every day is
checked with `extract.dates.iso_date`. The words around
numbers are data: "năm", "tháng", "ngày", "quý" and English month names
(`kg/data/question_words.tsv`, slots time_word and month), the parts of day and
weekdays that may stand before a date ("chiều 7/10", "thứ Hai", extract/data/dates.tsv).

A day or a month without its year ("tháng 12", "chiều 7/10", "in May") is that day or
month of any year. A time the graph cannot place is not dropped, which would answer for
every time: a relative time ("năm ngoái", "last year"), a quarter without its year, or a
year no article can be from ("năm 99999") gets a note asking for the year.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Sequence

from extract.dates import iso_date
from kg.ask.tokens import Token
from kg.ask.vocabulary import Vocabulary, Word

FIRST_YEAR, LAST_YEAR = 1900, 2099
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUMBER = re.compile(r"\d+")
_DAYS_OF_MONTH = re.compile(r"(\d{1,2})-(\d{1,2})/(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/-](\d{4})")
_QUARTER_YEAR = re.compile(r"(i{1,3}|iv|[1-4])[/-](\d{4})")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_RELATIVE = ("last", "next", "this", "past", "coming")  # before a month: relative to today


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive
    label: str  # "2023", "2020-12", "2020-12-24", "2025-Q1"; "--12", "--10-07" of any year
    yearless: bool = False  # a month or a day of any year: "tháng 12", "7/10"

    @property
    def year(self) -> int | None:
        """The year, when the period is one whole year."""
        return self.start.year if self.label.isdigit() else None

    def holds(self, day: str | None) -> bool:
        """`day` (YYYY-MM-DD) falls in the period."""
        if not day:
            return False
        try:
            date = datetime.date.fromisoformat(day[:10])
        except ValueError:
            return False
        if self.yearless:
            return (self.start.month, self.start.day) <= (date.month, date.day) <= (self.end.month, self.end.day)
        return self.start <= date <= self.end


@dataclass(frozen=True)
class TimeMention:
    start: int  # token span
    end: int
    period: Period | None  # None: a time that cannot be placed
    problem: str | None = None  # why it cannot be placed, as a note


def year_period(year: int) -> Period:
    return Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31), str(year))


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(datetime.date(year, month, 1), datetime.date(year, month, last), f"{year:04d}-{month:02d}")


def day_period(iso: str) -> Period:
    day = datetime.date.fromisoformat(iso)
    return Period(day, day, iso)


def yearless_period(month: int, day: int | None = None) -> Period | None:
    """A month, or a day, of any year ("tháng 12", "7/10"); None for one no year has."""
    if not 1 <= month <= 12 or (day is not None and iso_date(2000, month, day) is None):  # 2000: 29/2 too
        return None
    if day is None:
        return Period(datetime.date(2000, month, 1), datetime.date(2000, month, calendar.monthrange(2000, month)[1]),
                      f"--{month:02d}", yearless=True)
    return Period(datetime.date(2000, month, day), datetime.date(2000, month, day), f"--{month:02d}-{day:02d}",
                  yearless=True)


def in_year(period: Period, year: int) -> Period:
    """A day or month of any year ("--07-01") in `year`; 29/2 of a year without it is 28/2."""
    end_day = min(period.end.day, calendar.monthrange(year, period.end.month)[1])
    return Period(period.start.replace(year=year, day=min(period.start.day, end_day)),
                  period.end.replace(year=year, day=end_day), f"{year:04d}{period.label[1:]}")


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    last = calendar.monthrange(year, first + 2)[1]
    return Period(datetime.date(year, first, 1), datetime.date(year, first + 2, last), f"{year:04d}-Q{quarter}")


def find_times(tokens: Sequence[Token], words: list[list[Word]], vocabulary: Vocabulary) -> list[TimeMention]:
    """Every time the question names, left to right. `words[i]` are the vocabulary words
    starting at token i (their classes: time_word, month, time_part, vague_time ...)."""
    reader = _Reader(tokens, words, vocabulary)
    found: list[TimeMention] = []
    i = 0
    while i < len(tokens):
        mention = reader.at(i)
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.end
    return found


class _Reader:
    def __init__(self, tokens: Sequence[Token], words: list[list[Word]], vocabulary: Vocabulary) -> None:
        self.tokens = tokens
        self.words = words
        self.vocabulary = vocabulary

    def word(self, i: int, cls: str) -> Word | None:
        if i >= len(self.tokens):
            return None
        return next((word for word in self.words[i] if word.cls == cls), None)

    def length(self, i: int, cls: str) -> int:
        """Tokens taken by the longest word of class `cls` at i."""
        return max((end - i for end, word in self.vocabulary.words.matches(self.tokens, i) if word.cls == cls),
                   default=1)

    def time_word(self, i: int, *values: str) -> int:
        """The tokens taken by a time word of one of these kinds at i ("năm", "in the"), or 0."""
        if i < len(self.tokens) and any(word.cls == "time_word" and word.value in values for word in self.words[i]):
            return max(end - i for end, word in self.vocabulary.words.matches(self.tokens, i)
                       if word.cls == "time_word" and word.value in values)
        return 0

    def past(self, i: int, *values: str) -> int:
        """Past any time words of these kinds: "ngày", "in", "on the"."""
        while step := self.time_word(i, *values):
            i += step
        return i

    def key(self, i: int) -> str:
        return self.tokens[i].key if 0 <= i < len(self.tokens) else ""

    def number(self, i: int, digits: tuple[int, ...] = (1, 2, 3, 4, 5, 6)) -> int | None:
        key = self.key(i)
        return int(key) if _NUMBER.fullmatch(key) and len(key) in digits else None

    def day_number(self, i: int) -> int | None:
        """A day of the month: "24", "24th"."""
        ordinal = _ORDINAL.fullmatch(self.key(i))
        return int(ordinal[1]) if ordinal else self.number(i, (1, 2))

    def month_name(self, i: int) -> int | None:
        """An English month's number; "Sếp" is no "Sep" (a word with diacritics is Vietnamese)."""
        if 0 <= i < len(self.tokens) and self.tokens[i].plain:
            return self.vocabulary.months.get(self.key(i))
        return None

    def commas(self, i: int) -> int:
        while i < len(self.tokens) and self.tokens[i].text == ",":
            i += 1
        return i

    def at(self, i: int) -> TimeMention | None:
        if self.word(i, "vague_time"):  # "năm ngoái", "last year"
            return TimeMention(i, i + self.length(i, "vague_time"), None, "no year")
        start = i
        # Parts of a day and weekdays before a date: "chiều 7/10", "sáng thứ Hai, 12/3".
        while self.word(i, "time_part"):
            after = self.commas(i + self.length(i, "time_part"))
            if self.key(after)[:1].isdigit() or self.word(after, "time_part") or self.time_word(after, "day"):
                i = after
            else:
                break
        day_at = self.past(i, "day")
        # A full date in one token: "24/12/2020", "2020-12-24".
        if day_at < len(self.tokens) and (stamp := self.vocabulary.dates.parse_stamp(self.tokens[day_at].text)):
            return TimeMention(start, day_at + 1, day_period(stamp))
        if days := _DAYS_OF_MONTH.fullmatch(self.key(day_at)):  # "18-19/6": two days of June, any year
            if int(days[1]) < int(days[2]) <= 31 and 1 <= int(days[3]) <= 12:
                return self.any_year(start, day_at + 1, int(days[3]))
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d+", self.key(day_at)):
            year = int(re.split(r"[/.-]", self.key(day_at))[-1])
            return TimeMention(start, day_at + 1, None, "not a date" if FIRST_YEAR <= year <= LAST_YEAR else "year")
        # "tháng 12/2020", "tháng 12 năm 2020", "tháng 12" (no year)
        if step := self.time_word(i, "month"):
            j = i + step
            if month_year := _MONTH_YEAR.fullmatch(self.key(j)):
                return self.month(start, j + 1, int(month_year[2]), int(month_year[1]))
            month = self.number(j, (1, 2))
            if month is not None:
                k = self.past(j + 1, "year")
                year = self.number(k)
                if year is not None and (k > j + 1 or len(self.key(k)) == 4):
                    return self.month(start, k + 1, year, month)
                return self.any_year(start, j + 1, month)
        # "quý I/2025", "quý 1 năm 2025"
        if step := self.time_word(i, "quarter"):
            j = i + step
            if quarter_year := _QUARTER_YEAR.fullmatch(self.key(j)):
                quarter = _ROMAN.get(quarter_year[1]) or int(quarter_year[1])
                return self.quarter(start, j + 1, int(quarter_year[2]), quarter)
            quarter = _ROMAN.get(self.key(j)) or self.number(j, (1,))
            if quarter:
                k = self.past(j + 1, "year")
                if k > j + 1 and self.number(k) is not None:
                    return self.quarter(start, k + 1, self.number(k), quarter)
                return TimeMention(start, j + 1, None, "no year")
        # "the first quarter of 2025", "first-quarter 2025", "Q1 2025"
        if (named := self.word(i, "quarter")) is not None:
            j = i + self.length(i, "quarter")
            j = self.commas(j + (1 if self.key(j) == "of" else 0))
            if (year := self.number(j, (4,))) is not None:
                return self.quarter(start, j + 1, year, int(named.value))
            return TimeMention(start, j, None, "no year")
        # "24 tháng 12 năm 2020", "24 December 2020", "the 24th of December, 2020"
        day_at = self.past(i, "day")
        if (day := self.day_number(day_at)) is not None:
            j = day_at + 1
            if (step := self.time_word(j, "month")) and (month := self.number(j + step, (1, 2))) is not None:
                k = self.past(j + step + 1, "year")
                if k > j + step + 1 and self.number(k) is not None:
                    return self.day(start, k + 1, self.number(k), month, day)
                return self.any_year(start, j + step + 1, month, day)
            j += 1 if self.key(j) == "of" else 0
            if (month := self.month_name(j)) is not None:
                k = self.commas(j + 1)
                if (year := self.number(k, (3, 4, 5, 6))) is not None:
                    return self.day(start, k + 1, year, month, day)
                return self.any_year(start, j + 1, month, day)
        if day_month := _DAY_MONTH.fullmatch(self.key(day_at)):  # "7/10"
            if day_at == start and yearless_period(int(day_month[2]), int(day_month[1])) is None:
                return None  # "với 47/48 phiếu": a count, no date, when no time word asks for one
            return self.any_year(start, day_at + 1, int(day_month[2]), int(day_month[1]))
        # "December 2020", "December 24, 2020", "in December of 2020", "in May" ("may" alone is a verb)
        j = self.past(i, "day", "month", "year")
        if (month := self.month_name(j)) is not None and (self.key(j) != "may" or self.key(j - 1) in ("in", "of") or self.number(j + 1) is not None):
            k = j + 1
            day = self.day_number(k)
            k = self.commas(k + 1 if day is not None else k)
            k += 1 if self.key(k) == "of" else 0
            if (year := self.number(k, (3, 4, 5, 6))) is not None:
                return self.day(start, k + 1, year, month, day) if day else self.month(start, k + 1, year, month)
            return self.any_year(start, k if day is not None else j + 1, month, day)
        # A year: "năm 2023", "in 2023", "year 12345", or "2023" alone
        if step := self.time_word(i, "year", "day"):
            year = self.number(i + step)
            if year is not None:
                if FIRST_YEAR <= year <= LAST_YEAR:
                    return TimeMention(start, i + step + 1, year_period(year))
                if self.time_word(i, "year"):
                    return TimeMention(start, i + step + 1, None, "year")
            return None
        if re.fullmatch(r"(?:19|20)\d\d", self.key(i)):
            return TimeMention(start, i + 1, year_period(int(self.key(i))))
        return None

    def any_year(self, start: int, end: int, month: int, day: int | None = None) -> TimeMention:
        if self.key(start - 1) in _RELATIVE:  # "last December": which year depends on today
            return TimeMention(start - 1, end, None, "no year")
        period = yearless_period(month, day)
        return TimeMention(start, end, period, None if period else "not a date")

    def month(self, start: int, end: int, year: int, month: int) -> TimeMention:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return TimeMention(start, end, None, "year")
        if not 1 <= month <= 12:
            return TimeMention(start, end, None, "not a date")
        return TimeMention(start, end, month_period(year, month))

    def quarter(self, start: int, end: int, year: int, quarter: int) -> TimeMention:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return TimeMention(start, end, None, "year")
        if not 1 <= quarter <= 4:
            return TimeMention(start, end, None, "not a date")
        return TimeMention(start, end, quarter_period(year, quarter))

    def day(self, start: int, end: int, year: int, month: int, day: int) -> TimeMention:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return TimeMention(start, end, None, "year")
        iso = iso_date(year, month, day)
        if iso is None:
            return TimeMention(start, end, None, "not a date")
        return TimeMention(start, end, day_period(iso))
