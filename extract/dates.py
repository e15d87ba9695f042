"""Dates in Vietnamese news pages: date stamps, the lead's event date and its year.

A provincial news page carries dates of three sorts:

- date stamps, lines holding nothing but a date (and a weekday, a time, a time
  zone): `Thứ 4, 09/06/2021 | 18:37:56`, `03-12-2018 13:16`. `parse_stamp` reads them;
  `extract.clean` decides from their position whether one is the article's own.
- the lead's event date: Vietnamese news opens with when the event happened,
  `Chiều 07/6, ...`, `(BĐ) - Sáng 01/4, ...`, `Chiều nay (24/12), ...`, usually without
  the year, because the reader knows it. `lead_date` reads it and recovers the year
  from the rest of the article (`article_year`).
- every other date (deadlines, documents cited, targets), which only helps to
  tell the year.

The words involved (weekdays, "Sáng"/"Chiều", "đến năm" ...) are data in
`extract/data/dates.tsv`; the shapes of numbers are here.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from typing import Iterator, Sequence

from .lexicon.cues import Phrases, alternation

# The numeric shapes of a full date: 09/06/2021, 03-12-2018, 31.12.2024, 2021-06-09, and
# in a stamp, where nothing else stands on the line, 16 07 2019 (some portals print it so).
# Digits before or after (document numbers such as 178/2024/NĐ-CP) break the shape.
_DMY = r"(?<![\d/.-])(?P<d>\d{1,2})\s*(?P<sep>[/.-]| )\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})(?![\d/])"
_YMD = r"(?<![\d/.-])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d/])"
_TIME = r"\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_ZONE = r"[(\[]?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?"
_STAMP_SEP = r"\s*[,|–—-]?\s*"
# ISO 8601 date, alone or opening a date-time: 2021-06-09, 2021-06-09T18:37:56+07:00.
_ISO_PREFIX = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
# A lead may begin with a source tag: "(BĐ) - ", "(BDO) " (in brackets the dash may
# be left out), "BBK - ", "(binhdinh.gov.vn) - ", "NGHỆ AN - " (up to three words), or a
# dash left of a tag the page dropped: "- Từ ngày 29/10 ...".
_SOURCE_TAG = r"(?:\([^()\n]{1,40}\)\s*[–—-]?|(?:[^\s()]{2,30}(?:[ \t][^\s()]{1,30}){0,2})?\s*[–—-])\s*"
# Day and month in a lead: "07/6", "22.4", "9/6/2021", "5 tháng 3 năm 2024", or the
# first of several days: "12 và 13/3/2024", "12-13/3" (the event began on the 12th).
_LEAD_DAY_MONTH = (
    r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\d/.]\d)"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<wy>\d{4}))?(?!\d)"
    r"|(?P<rd>\d{1,2})\s*(?:và|,|[–-])\s*\d{1,2}\s*(?P<rsep>[/.])\s*(?P<rm>\d{1,2})"
    r"(?:\s*(?P=rsep)\s*(?P<ry>\d{4}))?(?![\d/.]\d)"
)
# Expressions that name a year as a point in time: "quý II/2025", "tháng 5/2025" (or 5.2025),
# "01/4/2025" (optionally "ngày 01/4/2025"), and the year labels of dates.tsv before a
# year ("năm 2023", "vụ thu đông 2025"). A bare number is not one: "SN 2011" or
# "2.659 tỷ" must not count.
_NUMERIC_YEAR_EXPRESSION = (r"(?:ngày\s+)?(?<![\d/.-])(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*"
                            r"|tháng\s+\d{1,2}\s*[/.-]\s*|quý\s+(?:[IVX]+|\d)\s*[/-]\s*")
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\d/])"
# A full date anywhere, also as the end of a range ("19/5/1890-19/5/2026").
_FULL_DATE = re.compile(r"(?<![\d/.])(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*"
                        r"(?P<year>(?:19|20)\d{2})(?![\d/])")
_PAGE_SEPARATORS = "|•·"  # around a stamp in a page's header line: "| 24-09-2019 | 17:10:03"
# A byline and the publication stamp on one line: "Đặng Dương • Chủ nhật, 17/03/2024-09:11".
_CREDITED_STAMP = re.compile(r"(?P<credit>[^\W\d_][^•|·\d]{1,60}?)\s+[•|·–—-]\s+(?P<stamp>.+)")
# "2021 - 2025": both ends of a period.
_RANGE_AFTER = re.compile(r"\s*[–—-]\s*(?:\d{1,2}[/.-]){0,2}(?:19|20)\d{2}")  # "1960 – 2018", "02/12/1960 – 02/12/2018"
_RANGE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*[–—-]\s*(?:\d{1,2}[/.-]){0,2}$")
# A cited document's own date: "Quyết định số 265/QĐ-TTg ngày 31/12/2021",
# "Nghị quyết số 18-NQ/TW, ngày 25/10/2017". It dates that document, not the article.
_DOCUMENT_NUMBER_BEFORE = re.compile(r"\d+[/-]\S*[A-ZĐ]\S*\s*,?\s*$")
_DAY_WORD_AT_END = re.compile(r"\s*ngày\s*$", re.IGNORECASE)  # "đến ngày 12/12/2027": the word before the date is "đến"
# Year-end reviews ("hội nghị tổng kết công tác năm 2020") are held from late in the
# reviewed year to early the next one. In other months "tổng kết" is not a year-end
# review, and the year is told the ordinary way.
_REVIEW_MONTHS_IN_REVIEWED_YEAR = range(10, 13)
_REVIEW_MONTHS_IN_NEXT_YEAR = range(1, 4)
# News reports what just happened: an event a few weeks after a full date the article
# names ("ngày 18/12/2017 ... Chiều 2/1") is in the next year when its day and month
# come earlier in the year. Further apart, the full date is no guide.
_DAYS_AFTER_A_NAMED_DATE = 92
# A full date the article writes within a week of the lead's day and month ("Chiều 14-3
# ... nhận nhiệm vụ từ ngày 15-3-2024") is of the same days: it gives their year.
_DAYS_NEAR_A_NAMED_DATE = 7
# Early in a year, news looks back at the last one and ahead to this one ("kết quả năm
# 2021 ... nhiệm vụ năm 2022" in late January): with both years named, the later one is
# the year of writing, even when the past one is named more often.
_MONTHS_LOOKING_BACK = range(1, 3)
# The first sentence of a paragraph: up to a full stop, "?" or "!" and a space ("22.4" is
# no sentence end).
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# A paragraph that opens with the event's day may come after a summary and a photo
# caption; a day set off inside a sentence dates the event only in the first two
# paragraphs (further on it is a deadline or an earlier step).
_LEAD_SENTENCE_PARAGRAPHS = 2


def _shortly_before(published: str, month: int, day: int) -> str | None:
    """The date of (day, month) in the year of `published` (ISO), or of the year before
    when that would come after publication: "Tối 31/12" published on 02/01."""
    publication = datetime.date.fromisoformat(published)
    event = iso_date(publication.year, month, day)
    if event is not None and event > published:
        event = iso_date(publication.year - 1, month, day)
    return event


def iso_date(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD`, or None when there is no such day (31/2, 0/13)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


class DateReader:
    """Reads dates with the cue words of dates.tsv (weekdays, "Sáng"/"Chiều", "đến năm" ...)."""

    def __init__(self, cues: Phrases):
        def words(kind: str) -> str:
            return alternation(cues[kind])

        label = rf"(?:(?P<label>{words('stamp_label')})\s*:?\s*)?"
        weekday = rf"(?:{words('weekday')}{_STAMP_SEP})?"
        time_before = rf"(?:(?P<time_before>{_TIME}){_STAMP_SEP})?"
        time_after = rf"(?:{_STAMP_SEP}(?:lúc\s*)?(?P<time_after>{_TIME}))?"
        self._stamp = re.compile(
            rf"{label}{time_before}{weekday}(?:ngày\s+)?(?:{_DMY}|{_YMD}){time_after}\s*(?:{_ZONE})?\s*\.?",
            re.IGNORECASE,
        )
        # "Sáng thứ Hai (12/3)", "Chiều nay, thứ Ba, 13/3"
        lead_weekday = rf"(?:\s*,?\s*{words('weekday')})?"
        cue = rf"{words('lead_time')}(?:\s+{words('lead_time_modifier')})?{lead_weekday}"
        when = rf"{cue}\s*,?\s*\(?\s*(?:ngày\s+)?(?:{_LEAD_DAY_MONTH})\s*\)?"
        outlet = rf"{words('lead_outlet')}(?:[ \t][^\s()]{{1,30}}){{1,3}}[ \t]+"  # "Báo Cà Mau | Sáng 20/6"
        self._lead = re.compile(rf"(?:{_SOURCE_TAG}|{outlet})?{when}(?=\s*[,;:)]|\s|$)", re.IGNORECASE)
        # Inside the lead's first sentence, set off after a comma or "vào" and closed by
        # punctuation: "Trong khuôn khổ ..., tối 14/12, ...", "... vào chiều nay (7/10).",
        # the dateline of a press release "Hà Nội, ngày 20 tháng 01 năm 2022 - ..."
        # ("..., ngày 15/3 là hạn cuối" is a deadline).
        # "... diễn ra vào ngày 12/2/2025 vừa qua." ends with a word of recent report.
        self._lead_in_sentence = re.compile(
            rf"(?:,\s*|(?<!\w)vào\s+){when}(?=\s*[,;:).]|\s*$|\s+[–—-]\s|\s+{words('recent_report')}(?!\w))",
            re.IGNORECASE)
        self._year_expression = re.compile(rf"(?:{_NUMERIC_YEAR_EXPRESSION}|{words('year_label')}\s+){_YEAR}",
                                           re.IGNORECASE)
        # "Trước đó, năm 2018": the cue may be set off by a comma.
        self._not_current_before = re.compile(
            rf"(?:^|[^\w])(?:{words('not_current_year')}\s*,?|{words('plural_years')})\s*$", re.IGNORECASE)
        self._recent_report = re.compile(rf"(?<!\w){words('recent_report')}(?!\w)", re.IGNORECASE)
        # "9 tháng đầu năm 2021", not "so với 9 tháng đầu năm 2020"
        self._year_to_date_before = re.compile(rf"(?:^|[^\w]){words('year_to_date')}\s*$", re.IGNORECASE)
        self._not_current_shortly_before = re.compile(rf"(?:^|[^\w]){words('not_current_year')}\s",
                                                      re.IGNORECASE)
        # The reviewed year follows the review word within the same clause.
        self._review = re.compile(rf"\b{words('year_review')}\b[^.;]*?\bnăm\s+(?P<year>(?:19|20)\d{{2}})\b",
                                  re.IGNORECASE)

    def parse_stamp(self, line: str) -> str | None:
        """The ISO date of a line that is nothing but a date stamp, else None.

        `Chủ nhật, 17/11/2024, 09:38[GMT+7]`, `Thứ 4, 09/06/2021 | 18:37:56`,
        `03-12-2018 13:16`, `Cập nhật: 04/01/2024 16:30`, `| 24-09-2019 | 17:10:03` (set off
        by the page's separators) are stamps; `Ngày 04/01/2024, Sở ... tổ chức` is a sentence.
        """
        match = self._stamp.fullmatch(line.strip().strip(_PAGE_SEPARATORS).strip())
        if not match:
            return None
        if match.group("y"):
            return iso_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        return iso_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))


    def stamp_opening(self, line: str) -> tuple[str, str] | None:
        """(stamp, rest) of a line that opens with a date stamp no sentence could open with
        and goes on with the text, as a page whose line breaks were lost prints it
        (`date 2025-07-25 Sáng 25/7, ...`, `11/09/2024 13:54:01 Xem cỡ chữ`): a date in ISO
        form, or with a time, or after a label other than "ngày" ("Ngày 04/01/2024, Sở ..."
        opens a sentence); else None."""
        match = self._stamp.match(line)
        if match is None or not line[match.end():].strip():
            return None
        label = (match.group("label") or "").casefold()
        if match.group("iy") or match.group("time_before") or match.group("time_after") or label not in ("", "ngày"):
            return line[:match.end()].strip(), line[match.end():].strip()
        return None

    def credited_stamp(self, line: str) -> tuple[str, str] | None:
        """(credit, ISO date) of a line made of a byline and a date stamp, else None."""
        match = _CREDITED_STAMP.fullmatch(line.strip())
        date = self.parse_stamp(match.group("stamp")) if match else None
        return (match.group("credit"), date) if date else None

    def normalize_date(self, value: str) -> str | None:
        """A date given as metadata (`2021-06-09`, `2021-06-09T18:37:56+07:00`, `09/06/2021`) as ISO."""
        value = value.strip()
        iso = _ISO_PREFIX.match(value)
        if iso:
            return iso_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return self.parse_stamp(value)


    def lead_date(self, paragraphs: Sequence[str], article_text: str, published: str | None = None) -> str | None:
        """The event date a lead paragraph opens with, as ISO, or None.

        The start of each paragraph counts ("Chiều 07/6, đồng chí ..."), and in the first
        two a time of day set off in the first sentence ("Trong khuôn khổ ..., tối 14/12,
        ...", "... vào chiều nay (7/10)"); "... báo cáo trước ngày 5.5" is a deadline.
        Without a year in the lead, the year is the one of the publication date
        `published` (ISO) the event shortly precedes; without that, from a full date
        written within a week of it (`_year_of_nearby_day`), or from `article_year`, and
        moves to the next one when the event follows a late full date the article names
        (`_next_year_after_named_date`); when the article cannot tell, the date is None.
        """
        for index, paragraph in enumerate(paragraphs):
            first_sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
            match = self._lead.match(paragraph)
            if match is None and index < _LEAD_SENTENCE_PARAGRAPHS:
                match = self._lead_in_sentence.search(first_sentence)
            if not match:
                continue
            day = int(match.group("d") or match.group("wd") or match.group("rd"))
            month = int(match.group("m") or match.group("wm") or match.group("rm"))
            written_year = match.group("y") or match.group("wy") or match.group("ry")
            if written_year:
                return iso_date(int(written_year), month, day)
            if published:
                return _shortly_before(published, month, day)
            nearby = self._year_of_nearby_day(month, day, article_text)
            if nearby:
                return iso_date(nearby, month, day)
            year = self.article_year(month, paragraph, article_text)
            if year and self._next_year_after_named_date(year, month, day, article_text):
                year += 1
            return iso_date(year, month, day) if year else None
        return None

    def reports_recent_event(self, paragraphs: Sequence[str]) -> bool:
        """Whether the first sentence of a lead paragraph says the event happened shortly
        before publication without giving its day ("... vừa ký quyết định ...")."""
        return any(self._recent_report.search(_SENTENCE_END.split(paragraph, maxsplit=1)[0])
                   for paragraph in paragraphs[:_LEAD_SENTENCE_PARAGRAPHS])

    def _year_of_nearby_day(self, month: int, day: int, article_text: str) -> int | None:
        """The year of (day, month) told by a full date the article writes within a week of
        it, other than a cited document's date: "Chiều 14-3 ... nhận nhiệm vụ từ ngày
        15-3-2024", "Sáng 19/5 ... kỷ niệm (19/5/1890-19/5/2026)" (the nearest; of equally near
        ones, one that is no bound, then the latest year: not the end of "từ ngày 12/12/2022 đến
        ngày 12/12/2027")."""
        best: tuple[int, bool, int] | None = None  # (days apart, a bound, -year)
        for match in _FULL_DATE.finditer(article_text):
            before = article_text[max(0, match.start() - 60):match.start()]
            if _DOCUMENT_NUMBER_BEFORE.search(before):
                continue
            # a bound or a deadline ("đến ngày 12/12/2027", a term's end) gives the year when nothing else does
            bound = self._not_current_before.search(_DAY_WORD_AT_END.sub("", before)) is not None
            named = iso_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
            if named is None:
                continue
            named_day = datetime.date.fromisoformat(named)
            for year in (named_day.year - 1, named_day.year, named_day.year + 1):
                event = iso_date(year, month, day)
                if event is None:
                    continue
                apart = abs((datetime.date.fromisoformat(event) - named_day).days)
                if apart <= _DAYS_NEAR_A_NAMED_DATE and (best is None or (apart, bound, -year) < best):
                    best = (apart, bound, -year)
        return -best[2] if best else None

    def _next_year_after_named_date(self, year: int, month: int, day: int, article_text: str) -> bool:
        """Whether (day, month) in `year` comes before a full date of that year the article
        names, and a few weeks after it in the next year: "ngày 18/12/2017 ... Chiều 2/1"."""
        event = iso_date(year + 1, month, day)
        if event is None:
            return False
        for named in self._points_in_time(article_text):
            if named.group("day") and int(named.group("year")) == year:
                date = iso_date(year, int(named.group("month")), int(named.group("day")))
                if date and 0 < (datetime.date.fromisoformat(event) - datetime.date.fromisoformat(date)).days \
                        <= _DAYS_AFTER_A_NAMED_DATE and date > iso_date(year, month, day):
                    return True
        return False


    def article_year(self, month: int, lead: str, article_text: str) -> int | None:
        """The year of an event in `month` told by the article, or None when it cannot tell.

        A lead announcing a year-end review names the reviewed year. Otherwise: news
        reports what just happened, so the year it names most often as a point in time
        is the year it was written in, once targets, periods and cited documents are
        set aside (`mentioned_years`); a report on the year so far ("9 tháng đầu năm
        2021") counts twice; early in a year, the later of two consecutive years named
        (`_MONTHS_LOOKING_BACK`); otherwise a tie is no answer.
        """
        review = self._review.search(lead)
        if review and month in _REVIEW_MONTHS_IN_REVIEWED_YEAR:
            return int(review.group("year"))
        if review and month in _REVIEW_MONTHS_IN_NEXT_YEAR:
            return int(review.group("year")) + 1
        votes: Counter[int] = Counter()
        for match in self._points_in_time(article_text):
            votes[int(match.group("year"))] += 2 if self._year_so_far(article_text, match.start()) == "current" else 1
        if not votes:
            return None
        ranked = votes.most_common(2)
        if month in _MONTHS_LOOKING_BACK and ranked[0][0] + 1 in votes:
            return ranked[0][0] + 1
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]


    def _year_so_far(self, text: str, start: int) -> str | None:
        """How the year expression at `start` reports on the year so far: "current" after
        "9 tháng đầu", "compared" after "so với 9 tháng đầu", else None."""
        before = text[max(0, start - 40):start]
        so_far = self._year_to_date_before.search(before)
        if so_far is None:
            return None
        return "compared" if self._not_current_shortly_before.search(before, 0, so_far.start() + 1) else "current"

    def mentioned_years(self, text: str) -> list[int]:
        """Years the text names as points in time, skipping periods, targets (and any year
        still to come), comparisons, birth years and the dates of cited documents."""
        return [int(match.group("year")) for match in self._points_in_time(text)]

    def _points_in_time(self, text: str) -> Iterator[re.Match[str]]:
        """The year expressions of `mentioned_years`, as matches (a full date's day and month
        in the groups "day" and "month")."""
        for match in self._year_expression.finditer(text):
            before = text[max(0, match.start() - 60):match.start()]
            if _RANGE_AFTER.match(text, match.end()) or _RANGE_BEFORE.search(before):
                continue
            if self._not_current_before.search(before) or _DOCUMENT_NUMBER_BEFORE.search(before) \
                    or self._year_so_far(text, match.start()) == "compared":
                continue
            if int(match.group("year")) > datetime.date.today().year:
                continue  # a year still to come is a target ("... dẫn đầu khu vực vào năm 2030")
            yield match
