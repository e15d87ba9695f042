"""spaCy component `vi_bylines`: who wrote, photographed and answers for an article.

Vietnamese news pages credit people in a few fixed places:

- the byline: the writer's name alone on the article's last line (`Trịnh Cường`,
  `T.SỸ`), possibly followed by a post (`Vũ Quốc Thạnh – Giám đốc sở TT&T`), or a
  labelled line anywhere (`Tác giả: Trang Lê`, `Theo Nguyễn Văn An`);
- photo credits closing a caption: `... phát biểu. Ảnh: Thành Tâm`, `(Ảnh: T.SỸ)`;
- the footer's content owner: `Chịu trách nhiệm nội dung: Đỗ Xuân Hòa - Giám đốc`.

Each credited person becomes an `extract.facts.Author` in `doc._.facts.authors`,
once per name, with the line it was read from as evidence. The labels are data
(`extract/data/bylines.tsv`); what a person's name looks like is here.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Author, AuthorKind, Evidence
from ..grammar import Tokens
from ..lexicon import Lexicon
from ..lexicon.cues import alternation
from ..text import fold
from .stage import Stage

# When one name is credited twice (the writer also took the photos), the kind
# that says the most about the article wins.
_KIND_PRIORITY: tuple[AuthorKind, ...] = ("byline", "content_owner", "photo")
# Vietnamese personal names have two to five syllables ("Nguyễn Thị Thanh Hương").
_NAME_SYLLABLES = range(2, 6)
# A labelled byline is a line of its own; a longer line starting with "Theo"
# is a sentence ("Theo ông Nguyễn Văn An, Giám đốc Sở, ...").
_LABELLED_LINE_MAX_WORDS = 12
# Site-name banners in a footer are written in capitals and are longer than any name.
_BANNER_MIN_WORDS = 6
# Between the names of a credit, or between a name and the post that follows it.
_CREDIT_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*[,;/()]\s*|\s+và\s+")
# Pen names made of initials: "T.SỸ", "T. Sỹ", "N.H.Anh".
_INITIALS_NAME = re.compile(r"(?:[^\W\d_]\.\s?){1,3}[^\W\d_]+")


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
        for credit in self.reader.read_credits(doc.text):
            if fold(credit.name) not in known:
                known.add(fold(credit.name))
                facts.authors.append(Author(credit.name, credit.kind, credit.evidence))


class CreditReader:
    """Finds credits in an article's lines, with the cue words of bylines.tsv."""

    def __init__(self, lexicon: Lexicon):
        cues = lexicon.cues.bylines
        self.source_words = tuple(fold(phrase) for phrase in cues["not_a_name"])
        self.honorifics = lexicon.persons.honorific_words
        self.byline = re.compile(rf"{alternation(cues['byline_prefix'])}(?:\s*:\s*|\s+)(?P<credit>.+)",
                                 re.IGNORECASE)
        self.content_owner = re.compile(rf"{alternation(cues['content_owner_prefix'])}\s*:\s*(?P<credit>.+)",
                                        re.IGNORECASE)
        # A photo credit opens a line, follows a sentence or a dash, or sits in brackets.
        self.photo = re.compile(rf"(?:^|[.!?…(]\s*|\s[-–—|]\s*){alternation(cues['photo_prefix'])}\s*:\s*"
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
                for name in self._names(labelled.group("credit"), first_only=True):
                    yield _Credit(name, "byline", evidence)
            owner = self.content_owner.fullmatch(line)
            if owner:
                for name in self._names(owner.group("credit"), first_only=True):
                    yield _Credit(name, "content_owner", evidence)
            for photo in self.photo.finditer(line):
                for name in self._names(photo.group("credit"), first_only=False):
                    yield _Credit(name, "photo", evidence)
            if index == last_body_line and not labelled and not owner:
                name = self._signature(line)
                if name:
                    yield _Credit(name, "byline", evidence)

    def _last_body_line(self, lines: list[tuple[int, str]]) -> int | None:
        """Index of the article's last line, above a footer's site name and content owner."""
        owner = self.content_owner
        for index in range(len(lines) - 1, -1, -1):
            line = lines[index][1]
            banner = line.isupper() and len(line.split()) >= _BANNER_MIN_WORDS
            if not banner and not owner.fullmatch(line):
                return index
        return None


    def _signature(self, line: str) -> str | None:
        """The writer's name when the line is a signature: the name alone, or the name,
        a dash and a post (`Vũ Quốc Thạnh – Giám đốc sở TT&T`). A caption naming
        someone ("Đồng chí Hoàng Văn An, Phó Giám đốc ... tặng ...") is no signature."""
        if len(line.split()) > _LABELLED_LINE_MAX_WORDS:
            return None
        name = re.split(r"\s+[-–—]\s+", line.rstrip("."), maxsplit=1)[0]
        return self._person_name(name)


    def _names(self, credit: str, *, first_only: bool) -> list[str]:
        """The person names in a credit: `Thành Tâm, Trịnh Cường` → both;
        `Đỗ Xuân Hòa - Giám đốc` → the name; `minh họa`, `Báo Thái Bình` → none.
        With `first_only`, the credit must open with a name, and only that one counts."""
        parts = [part for part in _CREDIT_SEPARATOR.split(credit.strip().rstrip(".")) if part]
        if first_only:
            parts = parts[:1]
        names = []
        for part in parts:
            name = self._without_honorific(part) or self._person_name(part)
            if name:
                names.append(name)
        return names


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
        folded = fold(candidate)
        if any(folded == source or folded.startswith(source + " ") for source in self.source_words):
            return None
        if _INITIALS_NAME.fullmatch(candidate) and all(piece.strip()[:1].isupper() for piece in candidate.split(".")):
            return candidate
        syllables = candidate.split()
        if len(syllables) not in _NAME_SYLLABLES or not all(s.isalpha() for s in syllables):
            return None
        title_case = all(s[0].isupper() and (len(s) == 1 or s[1:].islower()) for s in syllables)
        capitals = all(s.isupper() for s in syllables)
        return " ".join(syllables) if title_case or capitals else None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each non-blank line, trimmed, with offsets into `text`."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            yield match.start() + len(line) - len(line.lstrip()), stripped
