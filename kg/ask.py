"""Answers to who-directed-what questions, in Vietnamese or English, from the store.

    answer(store, "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?")
    answer(store, "Who directed the Hà Tĩnh conference in December 2020?")

The grammar is data. `kg/data/questions.tsv` lists question patterns; each names the
named query (`kg/queries/*.rq`) that answers it and which of the query's parameters
the question's words fill: `{person_name} giữ chức vụ gì` → posts_of_person. Words
are matched without diacritics or case, so "Nguyen Van An giu chuc vu gi" works too.
`kg/data/question_words.tsv` holds the closed word lists (role words, English titles
and event words, month names); Vietnamese titles, field and body abbreviations
("Sở TTTT", "UBND") and provinces come from the extraction lexicons in extract/data/.

A filled slot is then resolved against the store: a person's name against the people
it holds (also after an honorific or a title: "đồng chí X", "Phó Chủ tịch UBND tỉnh X"),
an organization against canonical names and aliases ("Sở TTTT Thái Bình" → "Sở Thông
tin và Truyền thông tỉnh Thái Bình") or in English ("the Department of Information and
Communications of Thái Bình"), a province against the province list.
An event description is split into its parts: a time ("năm 2023", "in December
2020"), an organization after "với"/"with", a province, and the words the event's
name must contain. A time after a post ("Ai là Chủ tịch UBND tỉnh X năm 2023?") asks
who held it then: the query's as_of is the last day of that time. The values reach
SPARQL only as RDF terms in the named query's parameter slots
(`kg.query.run_named_query`), never as query syntax.

A question no pattern fits raises `UnknownQuestion`, whose one-line message shows
example questions. A question that fits but names someone the store does not know
gets an `Answer` without rows and a note saying so.
"""
from __future__ import annotations

import calendar
import difflib
import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Literal

from extract.facts import EVENT_ROLES
from extract.lexicon import TABLES, Lexicon, LexiconError, data_folder
from extract.lexicon.places import Province
from extract.lexicon.tables import Column, Table, read_rows
from extract.lexicon.tables import split as alternatives
from extract.text import ascii_key, nfc, strip_diacritics
from kg.query import QueryResult, has_form, load_named_query, run_named_query, run_query
from kg.store import Store

MAX_QUESTION_CHARS = 500  # a question, not a document: keeps pattern matching instant
MAX_EXAMPLES = 8  # example questions in an UnknownQuestion message

# Slots of questions.tsv that name something in the store, and what they name.
NAME_SLOTS = {
    "person_name": "person",
    "org_name": "organization",
    "partner_name": "organization",
    "firm_name": "organization",
    "province_name": "province",
    "article_name": "article",
}
WORD_SLOTS = ("as_role", "role_name", "program_kind")  # filled from closed word lists
EVENT_SLOT = "event"  # an event description: fills event_words, period, org_name, province_name
EVIDENCE_COLUMNS = ("sentence", "article")  # the other result columns are the answer's entities

# Read-only lookups for resolving names; nothing the user typed goes into them.
_PERSONS = "SELECT DISTINCT ?key ?name WHERE { ?person a foaf:Person ; kgo:nameKey ?key ; foaf:name ?name }"
_ORGANIZATIONS = """
SELECT DISTINCT ?name ?label WHERE {
  ?organization a org:Organization ; schema:name ?name .
  { ?organization schema:name ?label } UNION { ?organization schema:alternateName ?label }
}"""
_ARTICLE = """
SELECT ?name ?title ?date WHERE {
  ?article a schema:NewsArticle ; schema:identifier ?name .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?date }
}"""


class UnknownQuestion(ValueError):
    """No question pattern fits; the one-line message lists example questions."""

    def __init__(self, question: str, reason: str = "no question pattern fits it") -> None:
        self.question = question
        self.examples = example_questions()
        first_per_query: dict[str, str] = {}
        for pattern in question_patterns():
            if pattern.examples:
                first_per_query.setdefault(pattern.query, pattern.examples[0])
        shown = "; ".join(f'"{example}"' for example in list(first_per_query.values())[:MAX_EXAMPLES])
        one_line = " ".join(question.split())
        if len(one_line) > 80:
            one_line = one_line[:79] + "…"
        super().__init__(f'cannot answer "{one_line}": {reason}; ask in Vietnamese or English, '
                         f'for example: {shown}')


# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class Source:
    """The article an answer was read from."""

    name: str
    title: str | None = None
    date: str | None = None


@dataclass
class AnswerRow:
    """One answer: the entities (result columns: person, role, event ...) and its evidence."""

    entities: dict[str, str]
    sentence: str | None
    source: Source | None


@dataclass
class Answer:
    question: str
    intent: str  # the named query that answered
    parameters: dict[str, list[str]] = field(default_factory=dict)  # what the question was understood to ask
    rows: list[AnswerRow] = field(default_factory=list)
    note: str | None = None  # why there are no rows, when a name was not found

    def as_text(self) -> str:
        understood = "; ".join(f"{name} = {' or '.join(values)}" for name, values in self.parameters.items())
        lines = [self.question, f"→ {self.intent}" + (f": {understood}" if understood else "")]
        if not self.rows:
            lines.append(f"No answer: {self.note or 'the store states nothing that fits.'}")
        for number, row in enumerate(self.rows, 1):
            lines.append(f"{number}. " + " | ".join(_cell(column, value) for column, value in row.entities.items()))
            if row.sentence:
                lines.append(f'   "{row.sentence}"')
            if row.source:
                about = [row.source.name, *(part for part in (row.source.title, row.source.date) if part)]
                lines.append("   source: " + " · ".join(about))
        return "\n".join(lines)

    def as_json(self) -> str:
        document = {
            "question": self.question,
            "intent": self.intent,
            "parameters": self.parameters,
            "note": self.note,
            "answers": [
                {
                    "entities": row.entities,
                    "evidence": row.sentence,
                    "article": None if row.source is None else {
                        "name": row.source.name, "title": row.source.title, "date": row.source.date},
                }
                for row in self.rows
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2)


_DATE_OR_COUNT = re.compile(r"\d{4}-\d{2}-\d{2}|\d+")


def _cell(column: str, value: str) -> str:
    """A name speaks for itself; a date or a count says what it is ("last attested 2024-03-12")."""
    return f"{column.replace('_', ' ')} {value}" if _DATE_OR_COUNT.fullmatch(value) else value


def answer(store: Store, question: str) -> Answer:
    """Answer `question` from `store`; raises UnknownQuestion when no pattern fits it."""
    if not question.strip():
        raise UnknownQuestion(question, "the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise UnknownQuestion(question, f"a question has at most {MAX_QUESTION_CHARS} characters")
    resolver = _Resolver(store)
    misses: list[list[tuple[str, _NotFound]]] = []  # per reading: (query, why) of each pattern whose names were not found
    for phrase in _readings(question):
        misses.append([])
        for pattern in question_patterns():
            match = pattern.regex.fullmatch(phrase.key)
            if match is None:
                continue
            try:
                parameters = resolver.fill(pattern, match, phrase)
            except _NotFound as miss:
                misses[-1].append((pattern.query, miss))
                continue
            return Answer(question, pattern.query, parameters, _rows(store, pattern.query, parameters))
    # The note of the pattern that came closest, in the first reading that came close at all.
    for reading_misses in misses:
        if reading_misses:
            query, miss = min(reading_misses, key=lambda pair: len(pair[1].words))
            return Answer(question, query, note=str(miss))
    raise UnknownQuestion(question)


def _rows(store: Store, query: str, parameters: dict[str, list[str]]) -> list[AnswerRow]:
    """Run the query once per combination of values (a name may fit several entities)."""
    names = list(parameters)
    rows: list[AnswerRow] = []
    seen: set[tuple] = set()
    sources: dict[str, Source] = {}
    for values in itertools.product(*(parameters[name] for name in names)):
        result = run_named_query(store, query, dict(zip(names, values)))
        for row in _answer_rows(store, result, sources):
            identity = (tuple(row.entities.items()), row.sentence, row.source)
            if identity not in seen:
                seen.add(identity)
                rows.append(row)
    return rows


def _answer_rows(store: Store, result: QueryResult, sources: dict[str, Source]) -> Iterable[AnswerRow]:
    for values in result.rows:
        cells = {name: str(value) for name, value in zip(result.variables, values) if value is not None}
        article = cells.get("article")
        if article is not None and article not in sources:
            sources[article] = _source(store, article)
        yield AnswerRow(
            entities={name: value for name, value in cells.items() if name not in EVIDENCE_COLUMNS},
            sentence=cells.get("sentence"),
            source=sources.get(article) if article is not None else None,
        )


def _source(store: Store, article: str) -> Source:
    result = run_query(store, _ARTICLE, {"name": Literal(article)})
    for _, title, date in result.rows:
        return Source(article, None if title is None else str(title), None if date is None else str(date))
    return Source(article)


# ---------------------------------------------------------------- question text


@dataclass(frozen=True)
class _Phrase:
    """Text and its search key (no diacritics, lower case), with where each key character came from.

    Patterns match the key; slot values are cut from the text, so they keep their
    diacritics for display. Words are one space apart in both.
    """

    text: str
    key: str
    origin: tuple[int, ...]  # key position → text position

    @classmethod
    def of(cls, text: str) -> _Phrase:
        text = " ".join(nfc(text).split())
        key: list[str] = []
        origin: list[int] = []
        for position, char in enumerate(text):
            for key_char in strip_diacritics(char).casefold():
                key.append(key_char)
                origin.append(position)
        return cls(text, "".join(key), tuple(origin))

    def _text_position(self, key_position: int) -> int:
        return self.origin[key_position] if key_position < len(self.origin) else len(self.text)

    def part(self, start: int, end: int) -> _Phrase:
        """The words at key positions start..end."""
        return _Phrase.of(self.text[self._text_position(start):self._text_position(end)])

    def without_ends(self, words: str) -> _Phrase:
        """The phrase without any of `words` (a regex over keys) at its start or end, nor
        the commas between them."""
        leading = re.match(rf"(?:{words}[\s,]*)*", self.key)
        trailing = re.search(rf"(?:[\s,]*{words})*[\s,]*$", self.key[leading.end():])
        return self.part(leading.end(), leading.end() + trailing.start())

    def without(self, start: int, end: int) -> _Phrase:
        """The phrase with the words at key positions start..end cut out."""
        return _Phrase.of(self.text[:self._text_position(start)] + " " + self.text[self._text_position(end):])


def _readings(question: str) -> list[_Phrase]:
    """The question's words, then, if it has any, without the words at its ends that ask
    nothing ("cho hỏi", "vậy", "ạ"): as typed first, since such a word may end a name
    ("Lê Văn Thế")."""
    phrase = _Phrase.of(question.strip().rstrip("?!.。 "))
    plain = _Phrase.of(phrase.without_ends(_alternation(question_words().courtesy)).text.rstrip("?!.。 "))
    return [phrase] if plain.key == phrase.key or not plain.key else [phrase, plain]


def _alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of the phrases (as keys) as whole words, longest first."""
    keys = sorted({ascii_key(phrase) for phrase in phrases if phrase.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(_words_regex(key) for key in keys) + ")" if keys else "(?!)"  # none: matches nothing


def _words_regex(key: str) -> str:
    """One phrase key as a regex: words apart by any space, bounded where they start or end with a letter."""
    body = r"\s+".join(re.escape(word) for word in key.split())
    return (r"\b" if key[:1].isalnum() else "") + body + (r"\b" if key[-1:].isalnum() else "")


# ---------------------------------------------------------------- the grammar (data)


@dataclass(frozen=True)
class QuestionPattern:
    query: str  # the named query that answers
    lang: str  # "vi" or "en"
    text: str  # as written in questions.tsv
    regex: re.Pattern[str]
    slots: tuple[str, ...]  # in the order they appear
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    role: str  # as the graph records it: "Trưởng ban"
    head: str | None  # the organization head the title contains ("Ban"), or None


@dataclass(frozen=True)
class QuestionWords:
    roles: dict[str, str]  # key of a role word → chaired, directed, attended, spoke
    titles: dict[str, Title]  # key of a title → its role
    events: dict[str, str]  # key of an English event word → Vietnamese words ("" = any event)
    fillers: tuple[str, ...]
    links: tuple[str, ...]
    months: dict[str, int]  # key of an English month name → its number
    honorifics: tuple[str, ...]  # keys of words before a person's name, Vietnamese and English
    bodies: dict[str, str]  # key of an English name of a kind of body → its Vietnamese head
    fields: dict[str, str]  # key of an English field's name → the field in Vietnamese
    courtesy: tuple[str, ...]  # keys of words that ask nothing at a question's start or end
    vague_times: tuple[str, ...]  # keys of relative times ("last year")
    program_kinds: dict[str, str]  # key of a word for a kind of program → the kind ("" = any)


# The slots of question_words.tsv and what their values must be.
_WORD_LIST_CHECKS: dict[str, Callable[[str], bool]] = {
    "as_role": lambda value: value in EVENT_ROLES,
    "role_name": bool,
    "event": lambda value: True,  # empty: any event
    "filler": lambda value: not value,
    "link": lambda value: not value,
    "month": lambda value: value.isdigit() and 1 <= int(value) <= 12,
    "honorific": lambda value: not value,
    "body": lambda value: _organization_head().match(ascii_key(value)) is not None,
    "field": lambda value: value in {row["canonical"] for row in read_table("fields")},
    "courtesy": lambda value: not value,
    "vague_time": lambda value: not value,
    "program_kind": lambda value: not value or value in {row["kind"] for row in read_table("program_kinds")},
}


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon.load()


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of an extract/data table (TRANSITIONAL: kg.ask is being rebuilt on the Lexicon)."""
    table = next(t for t in TABLES if t.name == name)
    return [row.cells for row in read_rows(data_folder(), table)]


_KG_TABLES = {
    "questions": Table("questions", (Column("query"), Column("lang", "choice", ("vi", "en")), Column("pattern"),
                                     Column("examples", required=False))),
    "question_words": Table("question_words", (Column("slot"), Column("phrases", "phrases"),
                                               Column("value", required=False))),
}


def read_numbered_table(name: str, _package: str) -> list[tuple[int, dict[str, str]]]:
    folder = Path(str(resources.files("kg").joinpath("data")))
    return [(row.line, row.cells) for row in read_rows(folder, _KG_TABLES[name])]


def load_places():
    return _lexicon().places


@lru_cache(maxsize=1)
def question_words() -> QuestionWords:
    by_slot: dict[str, list[tuple[list[str], str]]] = {}
    for number, row in read_numbered_table("question_words", "kg"):
        if row["slot"] not in _WORD_LIST_CHECKS:
            raise LexiconError(f"question_words.tsv:{number}: unknown slot {row['slot']!r}; "
                               f"known: {', '.join(_WORD_LIST_CHECKS)}")
        if not _WORD_LIST_CHECKS[row["slot"]](row["value"]):
            raise LexiconError(f"question_words.tsv:{number}: {row['value']!r} is not a value for {row['slot']}")
        by_slot.setdefault(row["slot"], []).append((alternatives(row["phrases"]), row["value"]))
    titles = {ascii_key(surface): Title(row["role"], row["absorbs"] or row["org"] or None)
              for row in read_table("titles") for surface in alternatives(row["title"])}
    for phrases, role in by_slot.get("role_name", []):
        titles.update({ascii_key(phrase): Title(role, None) for phrase in phrases})

    def table(slot: str, convert: Callable[[str], object] = str) -> dict:
        return {ascii_key(phrase): convert(value) for phrases, value in by_slot.get(slot, []) for phrase in phrases}

    return QuestionWords(
        roles=table("as_role"),
        titles=titles,
        events=table("event"),
        fillers=tuple(table("filler")),
        links=tuple(table("link")),
        months=table("month", int),
        honorifics=(*table("honorific"), *(ascii_key(row["word"]) for row in read_table("honorifics"))),
        bodies=table("body"),
        fields=table("field"),
        courtesy=tuple(table("courtesy")),
        vague_times=tuple(table("vague_time")),
        program_kinds=table("program_kind"),
    )


@lru_cache(maxsize=1)
def question_patterns() -> tuple[QuestionPattern, ...]:
    """The patterns of questions.tsv, compiled, in file order."""
    return tuple(_compile(number, row) for number, row in read_numbered_table("questions", "kg"))


def example_questions() -> list[str]:
    return [example for pattern in question_patterns() for example in pattern.examples]


_TEMPLATE_PART = re.compile(r"\{(\w+)\}|\[([^\]]*)\]|\(([^)]*)\)|([^\s\[\](){}]+)")


def _compile(number: int, row: dict[str, str]) -> QuestionPattern:
    where = f"questions.tsv:{number}"
    try:
        params = load_named_query(row["query"]).params
    except ValueError as error:
        raise LexiconError(f"{where}: {error}") from None
    words = question_words()
    closed = {"as_role": words.roles, "role_name": words.titles, "program_kind": words.program_kinds}
    pieces, slots = [], []
    for slot, optional, choice, word in _TEMPLATE_PART.findall(row["pattern"]):
        if slot:
            known = (slot == EVENT_SLOT and "event_words" in params) or slot in params
            if not known or slot not in (*NAME_SLOTS, *WORD_SLOTS, EVENT_SLOT):
                raise LexiconError(f"{where}: {{{slot}}} is not a slot the query {row['query']} can take")
            body = _alternation(closed[slot]) if slot in closed else ".+?"
            pieces.append(f"(?P<{slot}>{body})")
            slots.append(slot)
        elif optional or choice:
            pieces.append(_alternation(alternatives(optional or choice)) + ("?" if optional else ""))
        else:
            pieces.append(_words_regex(ascii_key(word)))
    return QuestionPattern(
        query=row["query"], lang=row["lang"], text=row["pattern"],
        regex=re.compile(r"\s*".join(pieces)), slots=tuple(slots),
        examples=tuple(alternatives(row["examples"])),
    )


# ---------------------------------------------------------------- names and places


@lru_cache(maxsize=1)
def _expansions() -> tuple[re.Pattern[str], dict[str, str]]:
    """Abbreviations of bodies and fields, as keys: "ubnd" → "uy ban nhan dan", "tttt" → "thong tin ..."."""
    table: dict[str, str] = {}
    for row in read_table("abbreviations"):
        table.setdefault(ascii_key(row["abbreviation"]), ascii_key(row["expansion"]))
    for row in read_table("fields"):
        for alias in alternatives(row["aliases"]):
            table.setdefault(ascii_key(alias), ascii_key(row["canonical"]))
    for row in read_table("organizations"):
        for surface in alternatives(row["head"]):
            table.setdefault(ascii_key(surface), ascii_key(row["canonical"]))
    table = {short: long for short, long in table.items() if short != long}
    return re.compile(_alternation(table)), table


@lru_cache(maxsize=1)
def _provinces() -> tuple[dict[str, Province], re.Pattern[str]]:
    """Provinces by key of name or alias, and a regex for a province named in a phrase,
    with its level word ("tỉnh Hà Tĩnh", "TP Hà Nội") or "province" after it."""
    by_key: dict[str, Province] = {}
    for province in load_places().provinces:
        for name in (province.name, *province.aliases):
            by_key.setdefault(ascii_key(name), province)
    mention = re.compile(rf"(?:{_province_levels()}\s+)?(?P<province>{_alternation(by_key)})(?:\s+(?:province|city)\b)?")
    return by_key, mention


@lru_cache(maxsize=1)
def _province_levels() -> str:
    """The words before a province's name ("tỉnh", "thành phố", "TP"), as a regex over keys."""
    kinds = {province.kind for province in load_places().provinces}
    return _alternation(row["word"] for row in read_table("place_levels") if row["canonical"] in kinds)


@lru_cache(maxsize=1)
def _organization_head() -> re.Pattern[str]:
    """The head word an organization's name starts with ("sở", "ủy ban nhân dân"), as a key."""
    return re.compile(_alternation(row["canonical"] for row in read_table("organizations")))


@lru_cache(maxsize=1)
def _name_introduction() -> re.Pattern[str]:
    """Words that may stand before a person's name: an honorific or a title, then anything
    ("đồng chí", "Phó Chủ tịch UBND tỉnh", "Mr"), as keys."""
    words = question_words()
    return re.compile(rf"{_alternation((*words.honorifics, *words.titles))}.*")


def organization_key(name: str) -> str:
    """A name's key with abbreviations expanded: "UBND tỉnh Bắc Kạn" and "Ủy ban nhân dân tỉnh Bắc Kạn" share it."""
    pattern, table = _expansions()
    return pattern.sub(lambda match: table[match[0]], ascii_key(name))


def _loose(key: str) -> str:
    """An organization key without the level word before a province ("... tinh thai binh" → "... thai binh")."""
    _, mention = _provinces()
    return mention.sub(lambda match: match["province"], key)


@lru_cache(maxsize=1)
def _english_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """English names of kinds of bodies, and of fields (question_words.tsv), as keys."""
    words = question_words()
    return re.compile(_alternation(words.bodies)), re.compile(_alternation(words.fields))


def _from_english(words: _Phrase) -> _Phrase | None:
    """An English name of a body in Vietnamese: "the Department of Health of Bình Định" and
    "Bình Định Department of Health" → "Sở Y tế Bình Định" (looked up without the level word
    before the province). None unless the words are a kind of body, optionally a field and a
    province, and only filler words ("the", "of", "provincial")."""
    table = question_words()
    body_names, field_names = _english_names()
    body = body_names.search(words.key)
    if body is None:
        return None
    parts = [table.bodies[body[0]]]
    rest = words.key[:body.start()] + " " + words.key[body.end():]
    field = field_names.search(rest)
    if field:
        parts.append(table.fields[field[0]])
        rest = rest[:field.start()] + " " + rest[field.end():]
    by_key, mention = _provinces()
    province = mention.search(rest)
    if province:
        # "province" or "provincial" says which of a province and its capital city is meant.
        level = ("tỉnh" if re.search(r"\bprovinc(?:e|ial)\b", words.key)
                 else "thành phố" if province[0].endswith("city") else "")
        parts += [level, by_key[province["province"]].name]
        rest = rest[:province.start()] + " " + rest[province.end():]
    ignorable = {*table.fillers, *table.links, "'s"}
    if any(word not in ignorable for word in rest.replace("'s ", " 's ").split()):
        return None
    return _Phrase.of(" ".join(filter(None, parts)))


@dataclass(frozen=True)
class _OrganizationLabel:
    name: str  # the canonical name
    is_name: bool  # the canonical name itself rather than an alias
    key: str  # organization_key of the label
    loose_key: str  # the key without the level word before a province


class _NotFound(Exception):
    """A slot whose words name nothing in the store; the message says what."""

    def __init__(self, message: str, words: str) -> None:
        super().__init__(message)
        self.words = words  # the words that name nothing: the fewer, the closer the pattern came


class _Resolver:
    """Turns the words of a matched question into parameter values, looking names up in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def persons(self) -> dict[str, list[str]]:
        """Key → names of the people in the store."""
        names: dict[str, list[str]] = {}
        for key, name in run_query(self.store, _PERSONS).rows:
            names.setdefault(str(key), []).append(str(name))
        return names

    @cached_property
    def organization_labels(self) -> list[_OrganizationLabel]:
        """Every name and alias of every organization and firm in the store."""
        labels = []
        for name, label in run_query(self.store, _ORGANIZATIONS).rows:
            key = organization_key(str(label))
            labels.append(_OrganizationLabel(str(name), label == name, key, _loose(key)))
        return labels

    def fill(self, pattern: QuestionPattern, match: re.Match[str], phrase: _Phrase) -> dict[str, list[str]]:
        parameters: dict[str, list[str]] = {}
        params = load_named_query(pattern.query).params
        title: Title | None = None
        for slot in pattern.slots:
            words = phrase.part(*match.span(slot))
            if slot == "as_role":
                parameters[slot] = [question_words().roles[words.key]]
            elif slot == "role_name":
                title = question_words().titles[words.key]
                parameters[slot] = [title.role]
            elif slot == "program_kind":
                kind = question_words().program_kinds[words.key]
                if kind:  # "chương trình", "programs": any kind
                    parameters[slot] = [kind]
            elif slot == EVENT_SLOT:
                parameters.update(self.event(words, pattern.lang))
            elif NAME_SLOTS[slot] == "organization":
                if "as_of" in params:  # "Chủ tịch UBND tỉnh X năm 2023": who held it then
                    words, as_of = _take_final_date(words)
                    if as_of:
                        parameters["as_of"] = [as_of]
                # "Trưởng ban | Tuyên giáo Tỉnh ủy": the title holds the head of the name.
                prefixed = _Phrase.of(f"{title.head} {words.text}") if title and title.head else None
                parameters.update(self.organization_or_province(
                    slot, words, "province_name" in params, prefixed))
            elif NAME_SLOTS[slot] == "person":
                parameters[slot] = self.person(words)
            elif NAME_SLOTS[slot] == "province":
                parameters[slot] = self.province(words)
            else:
                parameters[slot] = self.article(words)
        return parameters

    def person(self, words: _Phrase) -> list[str]:
        """The people named: the whole words, else a known name they end with after an
        honorific or a title ("đồng chí X", "Phó Chủ tịch UBND tỉnh X", "Mr X"). Other words
        around a name are not dropped: "connected to X" names no one, so that another
        pattern can read the question."""
        key = ascii_key(words.text)
        if key in self.persons:
            return self.persons[key][:1]
        within = [names[0] for person_key, names in self.persons.items()
                  if " " in person_key and key.endswith(" " + person_key)
                  and _name_introduction().fullmatch(key[:-len(person_key)].strip())]
        if not within:
            raise _NotFound(f'the store knows no person named "{words.text}"'
                            + _did_you_mean(key, {person_key: names[0] for person_key, names in self.persons.items()}),
                            words.text)
        return sorted(within)

    def organization(self, words: _Phrase) -> list[str]:
        """Canonical names of the organizations the words name: by full name, else by an alias;
        exact keys first, then without the level word before a province."""
        key = organization_key(words.text)
        loose_key = _loose(key)
        for loose, names_only in ((False, True), (False, False), (True, True), (True, False)):
            found = {label.name for label in self.organization_labels
                     if (label.loose_key == loose_key if loose else label.key == key)
                     and (label.is_name or not names_only)}
            if found:
                break
        _, mention = _provinces()
        if mention.search(key) is None:  # "Sở TTTT": the Sở of every province too
            found |= self.of_any_province(re.sub(rf"\s+{_province_levels()}$", "", loose_key))
        return sorted(found)

    def of_any_province(self, loose_key: str) -> set[str]:
        """Canonical names that are `loose_key` followed by a province: "so thong tin va
        truyen thong" → "Sở Thông tin và Truyền thông tỉnh Thái Bình", ..."""
        by_key, _ = _provinces()
        return {label.name for label in self.organization_labels
                if label.is_name and label.loose_key.startswith(loose_key + " ")
                and label.loose_key[len(loose_key) + 1:] in by_key}

    def province_bodies(self, words: _Phrase) -> list[str]:
        """The bodies a province alone stands for after a title ("Bí thư Thái Bình"): those
        named by a head and the province only (Tỉnh ủy, Ủy ban nhân dân tỉnh ...), not its Sở."""
        by_key, mention = _provinces()
        mentioned = mention.fullmatch(words.key)
        if mentioned is None:
            return []
        province = " " + ascii_key(by_key[mentioned["province"]].name)
        return sorted(label.name for label in self.organization_labels
                      if label.is_name and label.loose_key.endswith(province)
                      and _organization_head().fullmatch(label.loose_key[:-len(province)]))

    def province(self, words: _Phrase) -> list[str]:
        by_key, mention = _provinces()
        match = mention.fullmatch(words.key)
        if match is None:
            raise _NotFound(f'"{words.text}" is not a province', words.text)
        return [by_key[match["province"]].name]

    def article(self, words: _Phrase) -> list[str]:
        key = ascii_key(words.text)
        found = [name for name in self.store.article_names() if ascii_key(name) == key]
        if not found:
            raise _NotFound(f'the store holds no article named "{words.text}"', words.text)
        return found

    def organization_or_province(self, slot: str, words: _Phrase, province_too: bool,
                                 prefixed: _Phrase | None = None) -> dict[str, list[str]]:
        """An organization slot; with `province_too`, a province fills province_name instead
        ("firms partnering with Bắc Kạn")."""
        for candidate in filter(None, (prefixed, words, _from_english(words))):
            found = self.organization(candidate)
            if found:
                return {slot: found}
        if province_too:
            try:
                return {"province_name": self.province(words)}
            except _NotFound:
                pass
        elif bodies := self.province_bodies(words):
            return {slot: bodies}
        names = {label.key: label.name for label in self.organization_labels}
        raise _NotFound(f'the store knows no organization called "{words.text}"'
                        + _did_you_mean(organization_key(words.text), names), words.text)

    def event(self, words: _Phrase, lang: str) -> dict[str, list[str]]:
        """An event description: a time, an organization (after "với", "of" ...), a province, kind words."""
        if self.organization(words):
            raise _NotFound(f'"{words.text}" names an organization, not an event', words.text)
        parameters: dict[str, list[str]] = {}
        words, period = _take_period(words)
        if period:
            parameters["period"] = [period]
        link = re.search(_alternation(question_words().links), words.key)
        if link:
            party = words.part(link.end(), len(words.key))
            try:
                parameters.update(self.organization_or_province("org_name", party, province_too=True))
                words = words.part(0, link.start())
            except _NotFound:
                if lang == "en" or _organization_head().match(organization_key(party.text)):
                    # "với Sở ...": meant as an organization the store does not know; in
                    # English the words could not narrow the event either (only the words of
                    # question_words.tsv are translated), and dropping them would answer for
                    # every event.
                    raise
                # else "làm việc với doanh nghiệp": the words describe the event
        _, mention = _provinces()
        province = mention.search(words.key)
        if province and "province_name" not in parameters:
            parameters["province_name"] = self.province(words.part(*province.span()))
            words = words.without(*province.span())
        kind_words = _english_event_words(words) if lang == "en" else _vietnamese_event_words(words)
        if kind_words:
            parameters["event_words"] = [kind_words]
        return parameters


def _did_you_mean(key: str, names: dict[str, str]) -> str:
    """" (did you mean X?)" for the names whose keys are closest to a key that names nothing
    (a typo: "Le Van Ann"), or ""."""
    close = difflib.get_close_matches(key, names, n=3, cutoff=0.9)
    return f" (did you mean {' or '.join(dict.fromkeys(names[match] for match in close))}?)" if close else ""


# ---------------------------------------------------------------- event descriptions


def _take_period(words: _Phrase) -> tuple[_Phrase, str | None]:
    """Cut the time out of an event description: (the rest, "YYYY", "YYYY-MM" or "YYYY-MM-DD").
    A time the graph cannot place (no year: "tháng 12", "last year") is refused with a note
    rather than dropped, which would answer for every time."""
    months = _alternation(question_words().months)
    day_month_year = r"(?P<d>\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(?P<m>\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?P<y>\d{4})"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    shapes = (
        rf"\b(?:(?:ngay|on)\s+)?{day_month_year}\b",
        rf"\b(?:on\s+)?(?P<month>{months})\s+{day},?\s+(?P<y>\d{{4}})\b",
        rf"\b(?:on\s+)?(?:the\s+)?{day}\s+(?:of\s+)?(?P<month>{months}),?\s+(?P<y>\d{{4}})\b",
        r"\b(?:(?:thang|in)\s+)?(?P<m>\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?P<y>\d{4})\b",
        rf"\b(?:in\s+)?(?P<month>{months})\s+(?:of\s+)?(?P<y>\d{{4}})\b",
        r"\b(?:(?:nam|in|year)\s+)?(?P<y>(?:19|20)\d\d)\b",
    )
    for shape in shapes:
        match = re.search(shape, words.key)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["m"]) if groups.get("m") else question_words().months.get(groups.get("month") or "")
        period = groups["y"]
        if month:
            period += f"-{month:02d}"
            if groups.get("d"):
                period += f"-{int(groups['d']):02d}"
        if not has_form(period, "period"):
            time = words.part(*match.span()).text.strip()
            raise _NotFound(f'"{time}" is not a real date', time)
        return words.without(*match.span()), period
    # "năm 99999", "year 3": a year no article can be from, not words of a name
    unplaceable_year = re.search(r"\b(?:nam|year)\s+\d+\b", words.key)
    if unplaceable_year:
        time = words.part(*unplaceable_year.span()).text.strip()
        raise _NotFound(f'cannot place the time "{time}": name a year from 1900 to 2099 ("năm 2023")', time)
    # "may" alone is also a verb, and "mấy" (how many) in Vietnamese: a month only after "in".
    yearless = re.search(rf"{_alternation(question_words().vague_times)}|\bthang\s+\d{{1,2}}\b"
                         rf"|\bin\s+may\b|(?!may\b){months}", words.key)
    if yearless:
        time = words.part(*yearless.span()).text.strip()
        raise _NotFound(f'cannot place the time "{time}": name its year '
                        f'("năm 2023", "tháng 12/2020", "in December 2020")', time)
    return words, None


def _take_final_date(words: _Phrase) -> tuple[_Phrase, str | None]:
    """Cut a time the words end with ("năm 2023", "in December 2020"): (the rest, the last day
    of that time as YYYY-MM-DD), so that a post is asked about as the articles tell it then."""
    rest, period = _take_period(words)
    if period is None or not words.key.startswith(rest.key.rstrip()):
        return words, None
    rest = _without_fillers(rest)  # "... vào tháng 12/2020", "... as of 2020"
    year, month, day = ([int(part) for part in period.split("-")] + [None, None])[:3]
    month = month or 12
    day = day or calendar.monthrange(year, month)[1]
    return rest, f"{year:04d}-{month:02d}-{day:02d}"


def _without_fillers(words: _Phrase) -> _Phrase:
    """The words without words that say nothing at either end ("buổi ... ở", "... vào")."""
    return words.without_ends(_alternation(question_words().fillers))


def _vietnamese_event_words(words: _Phrase) -> str:
    """The description as typed, without words that say nothing at its ends ("buổi", "ở")."""
    return _without_fillers(words).text


def _english_event_words(words: _Phrase) -> str:
    """The Vietnamese words of the English event words in the description; other words are
    dropped, and so are words another translation holds ("year-end review conference":
    "hội nghị tổng kết", not "hội nghị tổng kết hội nghị")."""
    table = question_words().events
    found = [table[match[0]] for match in re.finditer(_alternation(table), words.key) if table[match[0]]]
    kept = [vietnamese for vietnamese in found
            if not any(other != vietnamese and re.search(rf"\b{re.escape(vietnamese)}\b", other) for other in found)]
    return " ".join(dict.fromkeys(kept))
