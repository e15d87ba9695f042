"""spaCy component `vi_bylines`: who wrote, photographed and answers for an article.

Vietnamese news pages credit people in a few fixed places:

- the byline: the writer's name alone on the article's last or first line (`Hà Phương`,
  `T.LONG`), or several joined by dashes (`Đào Minh Khôi – Lâm Ngọc Bích`), possibly followed by
  a post (`Tạ Đình Phong – Giám đốc sở TT&T`), the outlet in parentheses, or by a
  source line (`Theo Báo X`), or a labelled line anywhere (`Tác giả: Mai Hiên`, `Tin bài
  và ảnh: Quốc Bảo - Hữu Nghĩa`), or the writer's name before the date stamp under
  the headline (`Lục Khánh • Chủ nhật, 12/05/2024-08:30`);
- photo credits closing a caption: `... phát biểu. Ảnh: Gia Khánh`, `(Ảnh: T.LONG)`,
  `Ảnh: LK` (initials), or the photographer's name in capitals right after the caption
  (`... vẫn chưa hoạt động QUỐC VIỆT`, at the end of the line or before the next sentence);
- the footer's content owner: `Chịu trách nhiệm nội dung: Kiều Văn Sâm - Giám đốc`.

Each credited person becomes an `extract.facts.Author` in `doc._.facts.authors`,
once per name, with the line it was read from as evidence. The labels are data
(`extract/data/bylines.tsv`); what a person's name looks like is here.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import DateReader
from ..facts import Author, AuthorKind, Evidence
from ..grammar import Tokens
from ..lexicon import Lexicon, folded_tokens
from ..lexicon.cues import alternation
from ..tokenizer import split_joined_syllables
from ..text import fold, is_vietnamese_syllable
from .stage import Stage

# When one name is credited twice (the writer also took the photos), the kind
# that says the most about the article wins.
_KIND_PRIORITY: tuple[AuthorKind, ...] = ("byline", "content_owner", "photo")
# Vietnamese personal names have two to five syllables ("Lý Thị Ngọc Diệp").
_NAME_SYLLABLES = range(2, 6)
LONE_NAME_SYLLABLES = 4  # a line of a name alone: a writer's (pen) name is short; a longer line in capitals is a heading
# A labelled byline is a line of its own; a longer line starting with "Theo"
# is a sentence ("Theo ông Nguyễn Văn An, Giám đốc Sở, ...").
_LABELLED_LINE_MAX_WORDS = 12
# Site-name banners in a footer are written in capitals and are longer than any name.
_BANNER_MIN_WORDS = 6
# Between the names of a credit, or between a name and the post that follows it.
def _spaced_dashes(line: str) -> str:
    """A signature's dashes as separators, however they are spaced: "Nguyễn Bình-Thu Nga-
    Chi cục Thủy sản" is "Nguyễn Bình - Thu Nga - Chi cục Thủy sản" (the tokenizer's split)."""
    words = [" ".join(split_joined_syllables(word)) for word in line.split(" ")]
    return _GLUED_DASH.sub(" - ", " ".join(words))


_GLUED_DASH = re.compile(r"(?<=\w)[-–—](?=\s)|(?<=\s)[-–—](?=\w)")  # "Nga- Chi", "Nga -Chi"
_CREDIT_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*[,;/()|]\s*|\s+và\s+")
# Pen names made of initials: "T.LONG", "T. Long", "N.H.Anh", "N.S.".
_INITIALS_NAME = re.compile(r"(?:[^\W\d_]{1,2}\.\s?){1,3}[^\W\d_]+\.?")  # "N.S.", "T.Long", "Tr.Đức"
# A photographer credited by initials alone, in capitals: "Ảnh: LK".
_CAPITAL_INITIALS_LENGTH = range(2, 5)
# The outlet a signature names after the writers: "Đào Minh Khôi – Lâm Ngọc Bích (Đài Truyền thanh huyện)".
# ... or after a slash, as its code: "Chanh Tuy/VOV-ĐBSCL".
_AFFILIATION = re.compile(r"\s*\([^()]*\)$|\s*/\s*[A-ZĐ0-9][A-ZĐ0-9&.-]+$")
# A final full stop closing initials belongs to them: "N.S." (but "T.LONG." ends a sentence).
_CLOSING_INITIAL = re.compile(r"(?:^|\.)\s?[^\W\d_]\.$")
_WORD = re.compile(r"[^\W\d_]+")  # the words of a line, without its digits and signs ("Ý kiến ()")
_LINK = re.compile(r"https?://")  # a line with a web address ("Nguồn KTĐT: https://...") is the page's, not the article's


@dataclass(frozen=True)
class _Credit:
    name: str
    kind: AuthorKind
    evidence: Evidence


@Language.factory("vi_bylines", assigns=["doc._.facts"], requires=["doc._.facts"])
class Bylines(Stage):
    """Appends the article's credited people to `doc._.facts.authors`."""

    def initialize(self, get_examples=None, *, nlp: Language | None = None, lexicon: Lexicon) -> None:
        super().initialize(get_examples, nlp=nlp, lexicon=lexicon)
        self.reader = CreditReader(lexicon)

    def process(self, doc: Doc, tokens: Tokens) -> None:
        facts = doc._.facts
        known = {fold(author.name) for author in facts.authors}
        for credit in self.reader.read_credits(facts.article.text):  # the Doc's text, not joined again
            if fold(credit.name) not in known:
                known.add(fold(credit.name))
                facts.authors.append(Author(credit.name, credit.kind, credit.evidence))


class CreditReader:
    """Finds credits in an article's lines, with the cue words of bylines.tsv."""

    def __init__(self, lexicon: Lexicon):
        cues = lexicon.cues.bylines
        self.source_words = tuple(fold(phrase) for phrase in cues["not_a_name"])
        self.honorifics = lexicon.persons.honorific_words
        self.titles = lexicon.persons.titles
        self.places = lexicon.places
        self.abbreviations = lexicon.organizations.abbreviations
        self.dates = DateReader(lexicon.cues.dates)
        self.furniture = frozenset(fold(phrase) for phrase in cues["page_furniture"])
        self.byline = re.compile(rf"{alternation(cues['byline_prefix'])}(?:\s*:\s*|\s+)(?P<credit>.+)",
                                 re.IGNORECASE)
        self.content_owner = re.compile(rf"{alternation(cues['content_owner_prefix'])}\s*:\s*(?P<credit>.+)",
                                        re.IGNORECASE)
        # A photo credit opens a line, follows a sentence or a dash (spaced or not: "...
        # Quảng Trị- Ảnh: NV"), or sits in brackets.
        # The prefix opens the line or follows a sentence, a dash or a bar ("... | Ảnh: X"), or
        # is written in capitals after a caption ("... khai mạc kỳ họp ẢNH: Q.T"); the colon
        # may be left out before an outlet's name and a slash ("Ảnh VGP/Lê Sơn").
        prefix = alternation(cues['photo_prefix'])
        capitals = alternation(tuple(phrase.upper() for phrase in cues['photo_prefix']))
        self.photo = re.compile(rf"(?:^|[.!?…(]\s*|\s?[-–—|]\s*|\s(?=(?-i:{capitals})\s*:)){prefix}"
                                rf"(?:\s*:\s*|\s+(?=(?-i:[A-ZĐ]{{2,}})\s*/))"
                                rf"(?P<credit>[^()\n]*?)\s*(?:\)|$)", re.IGNORECASE | re.MULTILINE)

    def read_credits(self, text: str) -> list[_Credit]:
        """Every credited person, once, in the order the text first names them."""
        first_seen: dict[str, int] = {}
        best: dict[str, _Credit] = {}
        for credit in self._all_credits(text):
            key = fold(credit.name)
            first_seen.setdefault(key, credit.evidence.start)
            if key not in best or _KIND_PRIORITY.index(credit.kind) < _KIND_PRIORITY.index(best[key].kind):
                best[key] = credit
        return sorted(best.values(), key=lambda credit: first_seen[fold(credit.name)])

    def _all_credits(self, text: str) -> Iterator[_Credit]:
        lines = list(_lines(text))
        last_body_line = self._last_body_line(lines)
        for index, (start, line) in enumerate(lines):
            evidence = Evidence(line, start, start + len(line))
            labelled = self.byline.fullmatch(line)
            if labelled and len(line.split()) <= _LABELLED_LINE_MAX_WORDS:
                for name in self._names(labelled.group("credit"), leading_only=True):
                    yield _Credit(name, "byline", evidence)
            stamped = self.dates.credited_stamp(line)
            if stamped:
                for name in self._names(stamped[0], leading_only=True):
                    yield _Credit(name, "byline", evidence)
            owner = self.content_owner.fullmatch(line)
            if owner:
                for name in self._names(owner.group("credit"), leading_only=True):
                    yield _Credit(name, "content_owner", evidence)
            for photo in self.photo.finditer(line):
                credit = photo.group("credit").strip()
                if credit.isalpha() and credit.isupper() and len(credit) in _CAPITAL_INITIALS_LENGTH \
                        and not self._names_a_source(credit):
                    yield _Credit(credit, "photo", evidence)
                    continue
                for name in self._names(credit, leading_only=False):
                    yield _Credit(name, "photo", evidence)
            for name in self._capitals_after_caption(line):
                yield _Credit(name, "photo", evidence)
            if index == last_body_line and not labelled and not owner:
                for name in self._signature(line):
                    yield _Credit(name, "byline", evidence)
            elif not labelled and (index <= 1 or index + 1 < len(lines)
                                   and self.dates.parse_stamp(lines[index + 1][1]) is not None):
                # a name on a line of its own: the first, right under the headline, or above a date stamp
                yield from (_Credit(name, "byline", evidence) for name in self._lone_name(line))

    def _lone_name(self, line: str) -> list[str]:
        """The person's name a line is made of, nothing else: Vietnamese syllables, not all of
        one letter, four at most (not "Skip Ribbon Commands", a menu; not "A A", a font size
        control; not "VĂN BẢN MỚI BAN HÀNH", a heading), not a place's name ("Yên Bái")."""
        names = self._signature(line)
        syllables = line.split()
        vietnamese = len(syllables) <= LONE_NAME_SYLLABLES and all(is_vietnamese_syllable(s) for s in syllables) \
            and any(len(s) > 1 for s in syllables)
        return names if names == [line.strip()] and vietnamese and self.places.province(names[0]) is None else []

    def _last_body_line(self, lines: list[tuple[int, str]]) -> int | None:
        """Index of the article's last line, above a footer's site name and content owner,
        above the source it was taken from (`Theo "Báo X"`, `Nguồn: Cổng TTĐT tỉnh`) and above
        the page's furniture (`Ý kiến ()`: bylines.tsv, page_furniture)."""
        owner = self.content_owner
        for index in range(len(lines) - 1, -1, -1):
            line = lines[index][1]
            banner = line.isupper() and len(line.split()) >= _BANNER_MIN_WORDS
            labelled = self.byline.fullmatch(line)
            source = labelled is not None and self._names_a_source(labelled.group("credit").strip(" \"“”'"))
            furniture = fold(" ".join(_WORD.findall(line))) in self.furniture or _LINK.search(line) is not None
            if not banner and not source and not furniture and not owner.fullmatch(line):
                return index
        return None

    def _capitals_after_caption(self, line: str) -> list[str]:
        """Names in capitals that close a caption: after a lower-case word, before the end
        of the line or a capitalized word opening the next sentence. A place in capitals
        ("QUẢNG NGÃI") is no name, nor are abbreviations ("TNHH MTV")."""
        words = line.split()
        names = []
        start = 1
        while start < len(words):
            end = start
            while end < len(words) and _is_capital_syllable(words[end]) \
                    and fold(words[end]) not in self.abbreviations:
                end += 1
            closes_caption = words[start - 1][-1].islower() and (
                end == len(words) or words[end][0].isupper() and words[end][1:].islower())
            if end - start >= 2 and closes_caption:
                name = self._person_name(" ".join(words[start:end]))
                if name and self.places.province(name) is None:
                    names.append(name)
            start = end + 1
        return names

    def _names_a_source(self, credit: str) -> bool:
        """A credit that names a source, not a person: "Báo Thái Bình", "TTXVN"."""
        folded = fold(credit)
        return any(folded == source or folded.startswith(source + " ") for source in self.source_words)


    def _signature(self, line: str) -> list[str]:
        """The writers' names when the line is a signature: a name alone, names joined by
        dashes (`Đào Minh Khôi – Lâm Ngọc Bích`), the last one possibly followed by a post
        (`Tạ Đình Phong – Giám đốc sở TT&T`) or by the outlet in parentheses (`(Đài
        Truyền thanh huyện)`). A caption naming someone ("Đồng chí Hoàng Văn An, Phó Giám
        đốc ... tặng ...") is no signature."""
        if len(line.split()) > _LABELLED_LINE_MAX_WORDS:
            return []
        names = []
        for part in re.split(r"\s+[-–—]\s+", _AFFILIATION.sub("", _spaced_dashes(line).rstrip("."))):
            name = self._person_name(part)
            if name is None:
                break
            names.append(name)
        return names


    def _names(self, credit: str, *, leading_only: bool) -> list[str]:
        """The person names in a credit: `Gia Khánh, Hà Phương` → both;
        `Kiều Văn Sâm - Giám đốc` → the name; `minh họa`, `Báo Thái Bình` → none.
        With `leading_only`, the credit must open with a name, and only the names before
        anything else count (`Thành Trung - Duy Chiến`, not a post after them)."""
        credit = _spaced_dashes(credit.strip())
        if not _CLOSING_INITIAL.search(credit):
            credit = credit.rstrip(".")
        names = []
        for part in filter(None, _CREDIT_SEPARATOR.split(credit)):
            name = None if self._opens_with_title(part) else self._without_honorific(part) or self._person_name(part)
            if name:
                names.append(name)
            elif leading_only:
                break
        return names

    def _opens_with_title(self, part: str) -> bool:
        """`Phó Trưởng Phòng ...` after a name is the writer's post, however it is written."""
        return self.titles.match(folded_tokens(part), 0) is not None


    def _without_honorific(self, credit: str) -> str | None:
        """The name after an honorific ("Ông Nguyễn Văn An" → "Nguyễn Văn An"), or None.
        "Anh Tuấn" stays whole: "Tuấn" alone is no name."""
        syllables = credit.split()
        for honorific in self.honorifics:
            size = len(honorific.split())
            if fold(" ".join(syllables[:size])) == honorific:
                name = self._person_name(" ".join(syllables[size:]))
                if name:
                    return name
        return None


    def _person_name(self, candidate: str) -> str | None:
        """`candidate` as a person's name, or None when it is not shaped like one."""
        candidate = candidate.strip()
        if self._names_a_source(candidate):
            return None
        if _INITIALS_NAME.fullmatch(candidate) and all(piece.strip()[:1].isupper()
                                                       for piece in candidate.split(".") if piece.strip()):
            return candidate
        syllables = candidate.split()
        if len(syllables) not in _NAME_SYLLABLES or not all(s.isalpha() for s in syllables):
            return None
        title_case = all(s[0].isupper() and (len(s) == 1 or s[1:].islower()) for s in syllables)
        capitals = all(s.isupper() for s in syllables)
        return " ".join(syllables) if title_case or capitals else None


def _is_capital_syllable(word: str) -> bool:
    """A Vietnamese syllable in capitals ("HẢI"): letters, a vowel among them."""
    if not (len(word) > 1 and word.isalpha() and word.isupper()):
        return False  # most words: no decomposition for them
    bare = unicodedata.normalize("NFD", word).casefold()
    return any(vowel in bare for vowel in "aeiouy")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each non-blank line, trimmed, with offsets into `text`."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            yield match.start() + len(line) - len(line.lstrip()), stripped
