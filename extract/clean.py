"""From a scraped news page to its headline, its date and its clean body text.

Pages copied from provincial portals carry the site's chrome around the article:
menu and category lines and the site's clock above the headline, the publication
stamp under it, media players, view counters, photo placeholders, and a footer
with visitor statistics and contact lines. `clean_page` keeps the article:

    [menu lines, page-header dates]     dropped (found by position, see _split_header)
    headline                            -> CleanPage.title, and first line of the text
    [publication stamp]                 -> CleanPage.date when the lead gives no event day
                                           (and the lead's year when it gives one), dropped
    lead, body, captions, byline        kept
    [footer: statistics, contacts]      dropped; site name and content owner kept

Line noise and footer rules are data (`extract/data/noise.tsv`). Captions, photo
credits, the byline and the footer's content-owner line are kept on purpose: later
stages read them as facts. The returned text is built anew from the kept lines, one
paragraph a line, so it is the string that evidence offsets point into.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DateReader
from .lexicon import Lexicon
from .text import fold, nfc

# Menu and category lines above a headline are short ("CNTT và Viễn Thông").
_MENU_MAX_WORDS = 6
# How far down a page the headline may start (after menus and header dates).
_MAX_PRELUDE_LINES = 6
# Headlines are phrases, not paragraphs: a line longer than this, or one ending
# like a sentence, is already the body.
_HEADLINE_MAX_WORDS = 40
_SENTENCE_END = (".", ";", ",", ":")
# The lead (and a sapo before it) sit in the first paragraphs of the body.
_LEAD_PARAGRAPHS = 4  # a summary and a photo caption may come before the lead
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[^\S\n]+")


@dataclass(frozen=True)
class CleanPage:
    title: str | None
    date: str | None  # ISO YYYY-MM-DD: the article's own date, None when the page does not tell
    text: str  # headline (when the page has one) and body, one paragraph a line


def _matches(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


@dataclass(frozen=True)
class _Header:
    title: str | None
    headline_line: str | None  # the headline as printed, kept as the text's first line
    body_start: int  # index of the first body line
    publication_date: str | None  # the stamp under the headline
    page_date: str | None  # the first date above the headline
    credit_line: bool = False  # the body opens with the byline that shares the stamp's line


class PageCleaner:
    """Cleans pages with the noise rules of noise.tsv and the date cues of dates.tsv."""

    def __init__(self, lexicon: Lexicon):
        self.noise = lexicon.cues.noise
        self.dates = DateReader(lexicon.cues.dates)

    def clean_page(self, text: str, *, title: str | None = None) -> CleanPage:
        """Split a scraped page into headline, date and clean text.

        `title`, when the caller already knows the headline (HTML metadata, a JSONL
        field), is taken as is; the text is then the body, possibly opening with the
        headline, which stays in the text.
        """
        lines = self._drop_footer_noise(self._content_lines(text))
        header = self._split_header(lines, nfc(" ".join(title.split())) if title else None)
        body = _drop_repeats(_after_repeated_headline(lines[header.body_start:], header.headline_line))
        clean_text = "\n".join(([header.headline_line] if header.headline_line else []) + body)
        # The article's date is the day of the event it reports (FORMAT.md), which the lead
        # gives and the publication stamp may follow by a day; without a lead, the stamp.
        paragraphs = body[1:] if header.credit_line else body
        lead = self.dates.lead_date(paragraphs[:_LEAD_PARAGRAPHS], clean_text, header.publication_date)
        if lead is None and self.dates.reports_recent_event(paragraphs):
            date = None  # "... vừa ký quyết định": the event came some day before the stamp
        else:
            date = lead or header.publication_date or header.page_date
        return CleanPage(title=header.title, date=date, text=clean_text)


    def _content_lines(self, text: str) -> list[str]:
        """NFC lines, trimmed, spaces collapsed; blank lines and line noise dropped."""
        rules = self.noise
        lines = []
        for raw in nfc(text).translate(_INVISIBLE).splitlines():
            line = _SPACES.sub(" ", raw).strip()
            if line and not _matches(rules["line"], line):
                lines.extend(self.dates.stamp_opening(line) or (line,))
        return lines


    def _drop_footer_noise(self, lines: list[str]) -> list[str]:
        """Drop statistics and contact lines from the footer zone, which opens at the
        first line that only a site footer carries (visitor counter, content owner), or
        at the contact lines right above it; and a list of links to other articles ("Tin
        liên quan:" and the headlines after it, up to the footer)."""
        rules = self.noise
        footer_start = next((i for i, line in enumerate(lines)
                             if _matches(rules["footer"], line) or _matches(rules["footer_keep"], line)), len(lines))
        while footer_start > 0 and _matches(rules["footer_contact"], lines[footer_start - 1]):
            footer_start -= 1  # "Địa chỉ: ..." above "Chịu trách nhiệm nội dung: ..."
        links_start = next((i for i, line in enumerate(lines[:footer_start]) if _matches(rules["links"], line)),
                           footer_start)
        # The links end at the footer, or at the site's name in capitals above it.
        links_end = next((i for i in range(links_start + 1, footer_start) if lines[i].isupper()), footer_start)
        footer = [line for line in lines[footer_start:]
                  if not _matches(rules["footer"], line) and not _matches(rules["footer_contact"], line)]
        return lines[:links_start] + lines[links_end:footer_start] + footer


    def _split_header(self, lines: list[str], title: str | None) -> _Header:
        """Find the headline and the dates around it.

        Above the headline a page prints menu lines and its own clock
        (`Chủ nhật, 17/11/2024, 09:38[GMT+7]`): that date is when the page was shown,
        so it is only a last resort. A stamp right under the headline
        (`Thứ 4, 09/06/2021 | 18:37:56`) is the article's publication date, also when the
        byline shares its line (`Đặng Dương • Chủ nhật, 17/03/2024-09:11`), which stays in
        the text.
        """
        page_dates: list[str] = []
        i = 0
        if title:
            wanted = fold(title)
            found = next((j for j, line in enumerate(lines[:_MAX_PRELUDE_LINES]) if fold(line) == wanted), None)
            if found is None:
                while i < len(lines) and self.dates.parse_stamp(lines[i]):
                    page_dates.append(self.dates.parse_stamp(lines[i]))
                    i += 1
                return _Header(title, None, i, None, page_dates[0] if page_dates else None)
            page_dates = [d for d in map(self.dates.parse_stamp, lines[:found]) if d]
            headline, i = lines[found], found + 1
        elif (stamped := self._headline_above_stamp(lines)) is not None:
            page_dates = [d for d in map(self.dates.parse_stamp, lines[:stamped]) if d]
            headline, i = lines[stamped], stamped + 1
        else:
            while i < min(len(lines), _MAX_PRELUDE_LINES):
                stamp = self.dates.parse_stamp(lines[i])
                if stamp:
                    page_dates.append(stamp)
                elif not self._is_menu_line(lines, i):
                    break
                i += 1
            if i >= len(lines) or not _looks_like_headline(lines[i]):
                return _Header(None, None, i, None, page_dates[0] if page_dates else None)
            headline = lines[i]
            i += 1
        stamps: list[str] = []
        if i + 1 < len(lines) and self.dates.parse_stamp(lines[i + 1]) and self._category_under_headline(lines, i):
            i += 1  # the category between headline and stamp is page chrome
        while i < len(lines) and self.dates.parse_stamp(lines[i]):
            stamps.append(self.dates.parse_stamp(lines[i]))
            i += 1
        credited = self.dates.credited_stamp(lines[i]) if i < len(lines) and not stamps else None
        if credited:  # "Đặng Dương • Chủ nhật, 17/03/2024-09:11": the line stays for its byline
            stamps.append(credited[1])
        return _Header(title or headline, headline, i, stamps[0] if stamps else None,
                       page_dates[0] if page_dates else None, credit_line=credited is not None)


    def _headline_above_stamp(self, lines: list[str]) -> int | None:
        """Where the headline is when a publication stamp follows it: the line above the last
        stamp before the body starts. Menus of any length may stand above it ("Trang chủ |
        Tin tức | ..."), and so may the page's clock, which the last stamp is not."""
        found = None
        for k in range(1, min(len(lines), _MAX_PRELUDE_LINES + 1)):
            if self.dates.parse_stamp(lines[k]):
                if not self.dates.parse_stamp(lines[k - 1]) and _looks_like_headline(lines[k - 1]):
                    found = k - 1
                    if self._category_under_headline(lines, found):
                        found -= 1
            elif not _looks_like_headline(lines[k]):
                break  # the body has started
        return found


    def _category_under_headline(self, lines: list[str], index: int) -> bool:
        """Whether the short line at `index`, above a stamp, is the category a page prints
        between the headline and the stamp ("Headline / Kinh tế Chính trị / thứ ba, 16 07
        2019 14:30"): the line above it is a longer headline-like line, no stamp."""
        if index == 0 or len(lines[index].split()) > _MENU_MAX_WORDS:
            return False
        above = lines[index - 1]
        return not self.dates.parse_stamp(above) and _looks_like_headline(above) \
            and len(above.split()) > len(lines[index].split())

    def _is_menu_line(self, lines: list[str], index: int) -> bool:
        """A short line followed by a headline-like line: a menu or category above the headline."""
        if len(lines[index].split()) > _MENU_MAX_WORDS:
            return False
        following = next((line for line in lines[index + 1:] if not self.dates.parse_stamp(line)), None)
        return following is not None and _looks_like_headline(following)


def _looks_like_headline(line: str) -> bool:
    return 2 <= len(line.split()) <= _HEADLINE_MAX_WORDS and not line.endswith(_SENTENCE_END)


def _after_repeated_headline(body: list[str], headline: str | None) -> list[str]:
    """The body after the headline printed again above it ("Headline / Thứ hai 19/01/2026 /
    Hotline: ... / Email: ... / Nghiên cứu - Dữ liệu / Headline / Ngày 21/4/2025, ..."):
    what stands between the two is page chrome, not the article."""
    if headline is None:
        return body
    wanted = fold(headline)
    again = next((i for i, line in enumerate(body[:_MAX_PRELUDE_LINES]) if fold(line) == wanted), None)
    return body if again is None else body[again + 1:]


def _drop_repeats(lines: list[str]) -> list[str]:
    """Drop a line equal to the one before it: photo blocks print the caption twice
    (alternative text and caption), which would double every fact read from it."""
    return [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
