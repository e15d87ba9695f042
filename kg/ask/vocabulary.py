"""The words `kg ask` knows, read once from the data files: the one place that reads them.

Words shared with extraction come from `extract/data/*.tsv` (titles, bodies and their
abbreviations, fields, places, event nouns and verbs, request verbs, honorifics, kinds
of programs, partnership words, words that end a name, date words); words only
questions use from `kg/data/question_words.tsv`, and example questions from
`kg/data/questions.tsv`. Everything else in `kg.ask` receives a `Vocabulary`.

The shared words come from the `Lexicon` extraction loaded (`extract.lexicon`): its
places, its date reader's cue words, and the rows of the tables it declares, read from
its folder. `vocabulary(lexicon)` builds it; callers build it once and pass it on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

from extract.dates import DateReader
from extract.facts import EVENT_ROLES
from extract.lexicon import Lexicon
from extract.lexicon.cues import DATES
from extract.lexicon.firms import PARTNERSHIP_WORDS
from extract.lexicon.meetings import DIRECTIVE_VERBS, EVENT_KINDS, EVENT_ROLE_CUES
from extract.lexicon.organizations import ABBREVIATIONS, BOUNDARIES, FIELDS, ORGANIZATIONS
from extract.lexicon.persons import HONORIFICS, NAME_BLOCKERS, NOT_PERSONS, SURNAMES, TITLE_STATUS, TITLES
from extract.lexicon.places import PLACE_LEVELS, District, Places, Province
from extract.lexicon.programs import PROGRAM_KINDS
from extract.lexicon.tables import Column, Row, Table, read_rows
from extract.text import ascii_key, fold, is_vietnamese_syllable
from kg.ask.tokens import PhraseIndex, phrase_keys

# The intents a question can be read as (questions.tsv names them; kg/ask/grammar.py reads them).
INTENTS = ("chaired", "directed", "attended", "spoke", "events_of_person", "post_of_person",
           "holder_of_post", "directive", "programs", "partners", "connections", "article")

# The tables only questions use, in kg/data/.
QUESTION_WORDS = Table("question_words", (Column("slot"), Column("phrases", "phrases"),
                                          Column("value", required=False)))
QUESTIONS = Table("questions", (Column("intent", "choice", INTENTS), Column("lang", "choice", ("vi", "en")),
                                Column("question")))


def question_data() -> Path:
    """kg/data/, where the tables of questions are."""
    return Path(str(resources.files("kg").joinpath("data")))


@dataclass(frozen=True)
class Word:
    """What a phrase of a question does: its class (a slot of question_words.tsv, or
    title, org_head, field, event_kind ... for the shared vocabulary) and a value."""

    cls: str
    value: str = ""


@dataclass(frozen=True)
class Title:
    role: str  # as the graph records it: "Phó Chủ tịch"
    absorbs: str | None  # an organization head the title contains ("Trưởng ban" → "Ban")
    org: str | None  # the organization the title names completely ("Tỉnh ủy viên" → Tỉnh ủy)
    heads: tuple[str, ...]  # heads of the bodies the title is held in ("Sở", "Ủy ban nhân dân")

    @property
    def deputy(self) -> bool:
        return is_deputy(self.role)


def is_deputy(role: str) -> bool:
    """A deputy's, an acting or a member's post ("Phó Chủ tịch", "Quyền Giám đốc", "Ủy viên")."""
    return post_rank(role) > 0


def post_rank(role: str) -> int:
    """0 for a head's post, 1 for a deputy's or an acting one ("Phó Chủ tịch", "Quyền Giám đốc"),
    2 for a member's ("Ủy viên")."""
    key = ascii_key(role)
    return 2 if key.startswith("uy vien") else 1 if key.startswith(("pho ", "quyen ")) else 0


@dataclass
class NameWords:
    """The words of names, by their keys (no diacritics): how bodies' names are put in one form
    (kg.ask.resolve.pieces). Phrases are tuples of keys; each table maps the longest first."""

    expansions: dict[tuple[str, ...], tuple[str, ...]]  # abbreviation or alias → canonical words
    provinces: dict[tuple[str, ...], Province]
    districts: dict[tuple[str, ...], list[District]]
    levels: dict[tuple[str, ...], str]  # level word → canonical level ("tp" → "thành phố")
    heads: frozenset[tuple[str, ...]]  # heads of names that open with a level word ("tinh uy")
    capitals: frozenset[tuple[str, ...]]  # abbreviations that spell a syllable ("TƯ": "tư"), only in capitals
    first_words: dict[int, dict[str, int]] = field(default_factory=dict)  # id(table) → first key → most words

    def __post_init__(self) -> None:
        for table in (self.expansions, self.provinces, self.districts, self.levels):
            firsts: dict[str, int] = {}
            for key in table:
                firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
            self.first_words[id(table)] = firsts


@dataclass
class Vocabulary:
    words: PhraseIndex[Word]  # every word of a question that has a meaning
    titles: dict[str, Title]  # role → title
    event_kinds: dict[str, tuple[str, ...]]  # kind → its words, as searched in an event's text
    months: dict[str, int]  # ascii key of an English month name → number
    provinces: PhraseIndex[Province]  # names and aliases
    districts: PhraseIndex[District]  # names, after a level word
    places: Places
    expansions: PhraseIndex[str]  # abbreviation or alias → the words of canonical names
    names: NameWords  # the same, and places, by keys
    surnames: frozenset[str]  # folded family names ("tống"); typed without diacritics, by their keys
    surname_keys: frozenset[str]  # the family names' keys
    not_person_keys: frozenset[str]  # keys of names that look like people's and are not ("Hàn Quốc")
    thing_words: frozenset[str]  # folded words a thing's name follows ("cầu Phong Châu"): no person nor body
    organization_heads: dict[str, str]  # ascii key of a head's canonical form → canonical
    english_bodies: PhraseIndex[str]  # English name of a kind of body → Vietnamese head
    english_fields: PhraseIndex[str]  # English name of a field → Vietnamese field
    field_keys: frozenset[str]  # ascii keys of the fields' canonical names
    english_only: frozenset[str]  # ascii keys of English words that are vocabulary in English questions only
    english_markers: frozenset[str]  # ascii keys of words that make a question English
    role_kinds: frozenset[str]  # ascii keys of the words after a role that make a kind of it ("thường trực")
    dates: DateReader  # extraction's date grammar, with its cue words
    leadership: tuple[str, ...] = ()  # heads of the bodies that lead a province
    level_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # level → how it is written ("TP")
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (intent, lang, question)


# The slots of question_words.tsv and what their values must be.
def _checks(read_table: Callable[[Table], list[Row]]) -> dict[str, Callable[[str], bool]]:
    heads = {ascii_key(row["canonical"]) for row in read_table(ORGANIZATIONS)}
    fields = {row["canonical"] for row in read_table(FIELDS)}
    kinds = {row["kind"] for row in read_table(PROGRAM_KINDS)}
    levels = {row["canonical"] for row in read_table(PLACE_LEVELS)}
    empty = lambda value: not value  # noqa: E731
    return {
        "wh": lambda value: value in ("person", "thing", "which", "body", "place", "time"),
        "copula": empty, "include": empty, "have": empty, "passive": empty,
        "as_role": lambda value: value in EVENT_ROLES,
        "role_name": bool,
        "event_kind": bool,
        "term": bool,
        "filler": empty, "link": empty, "agent": empty, "locative": empty,
        "month": lambda value: value.isdigit() and 1 <= int(value) <= 12,
        "quarter": lambda value: value in ("1", "2", "3", "4"),
        "time_word": lambda value: value in ("year", "month", "day", "quarter"),
        "honorific": empty,
        "body": lambda value: any(ascii_key(value) == head or ascii_key(value).startswith(head + " ")
                                  for head in heads),
        "field": lambda value: value in fields,
        "level": lambda value: value in levels,
        "courtesy": empty, "vague_time": empty,
        "program_kind": lambda value: not value or value in kinds,
        "program_verb": empty, "post": empty, "besides": empty, "replaces": empty, "given": empty,
        "clause": lambda value: value in ("", "companion"),
        "leader": lambda value: value in ("head", "any"),
        "member": lambda value: value == "any",
        "directive": empty, "partner": empty, "firm": empty, "connect": empty,
        "article": empty, "say": empty,
        "english": lambda value: value in ("", "marker"),
        "role_kind": empty, "role_prefix": bool,
        "abbreviation": bool,
        "leadership": lambda value: ascii_key(value) in heads,
    }


def vocabulary(lexicon: Lexicon, folder: Path | None = None) -> Vocabulary:
    """The vocabulary of `lexicon` and of the question tables in `folder` (default: kg/data/);
    a bad row raises LexiconError naming its file, line and column. Build it once and pass it
    to whoever answers questions (it reads a dozen tables)."""
    return _build(lexicon, folder or question_data())


def _build(lexicon: Lexicon, folder: Path) -> Vocabulary:
    read: dict[str, list[Row]] = {}

    def read_table(table: Table) -> list[Row]:
        if table.name not in read:
            read[table.name] = read_rows(lexicon.folder, table)
        return read[table.name]

    checks = _checks(read_table)
    words: PhraseIndex[Word] = PhraseIndex()
    by_slot: dict[str, list[tuple[list[str], str]]] = {}
    for row in read_rows(folder, QUESTION_WORDS):
        slot, value = row["slot"], row["value"]
        if slot not in checks:
            raise row.error("slot", f"unknown slot {slot!r}; known: {', '.join(checks)}")
        if not checks[slot](value):
            raise row.error("value", f"{value!r} is not a value for {slot}")
        phrases = row.values("phrases")
        by_slot.setdefault(slot, []).append((phrases, value))
        if slot not in ("body", "field", "month", "english", "abbreviation", "leadership", "role_kind",
                        "role_prefix"):  # read apart below
            for phrase in phrases:
                words.add(phrase, Word(slot, value))

    titles: dict[str, Title] = {}
    # an acting post is a role of its own ("Quyền Chủ tịch", "acting chairman"), as extraction records it
    role_prefixes = [(row["word"], row["status"]) for row in read_table(TITLE_STATUS) if row["written"] == "prefix"]
    role_prefixes += [(phrase, status) for phrases, status in by_slot.get("role_prefix", []) for phrase in phrases]

    def add_title(title: Title, surfaces: list[str]) -> None:
        titles.setdefault(title.role, title)
        for prefix, status in role_prefixes:
            titles.setdefault(f"{status} {title.role}", Title(f"{status} {title.role}", title.absorbs, title.org,
                                                              title.heads))
        for surface in surfaces:
            words.add(surface, Word("title", title.role))
            for prefix, status in role_prefixes:
                words.add(f"{prefix} {surface}", Word("title", f"{status} {title.role}"))

    for row in read_table(TITLES):
        add_title(Title(row["role"], row["absorbs"] or None, row["org"] or None, tuple(row.values("heads"))),
                  row.values("title"))
    for phrases, role in by_slot.get("role_name", []):
        add_title(titles.get(role, Title(role, None, None, ())), phrases)

    organization_heads = {}
    for row in read_table(ORGANIZATIONS):
        organization_heads[ascii_key(row["canonical"])] = row["canonical"]
        for surface in row.values("head"):
            words.add(surface, Word("org_head", row["canonical"]))
    for row in read_table(FIELDS):
        for surface in (row["canonical"], *row.values("aliases")):
            words.add(surface, Word("field", row["canonical"]))

    # Event kinds: the groups of question_words.tsv, and each event word of extraction.
    event_kinds: dict[str, list[str]] = {}
    grouped = {fold(phrase): kind for phrases, kind in by_slot.get("event_kind", []) for phrase in phrases}
    for phrases, kind in by_slot.get("event_kind", []):
        event_kinds.setdefault(kind, []).extend(phrases)
    for row in read_table(EVENT_KINDS):
        if row["form"] == "other":  # "tiếp tục" is not "tiếp"
            words.add(row["word"], Word("not_event", ""))
            continue
        kind = grouped.get(fold(row["word"]), row["word"])
        if fold(row["word"]) not in grouped:
            event_kinds.setdefault(kind, []).append(row["word"])
            words.add(row["word"], Word("event_kind", kind))
    for row in read_table(EVENT_ROLE_CUES):
        roles = row.values("roles")
        if row["scope"] in ("subject", "first"):
            for cue in row.values("cue"):
                if any(char.isalpha() for char in cue):
                    for role in roles:
                        words.add(cue, Word("as_role", role))
    for row in read_table(DIRECTIVE_VERBS):
        words.add(row["verb"], Word("directive", ""))
    for row in read_table(HONORIFICS):
        words.add(row["word"], Word("honorific", row["kind"]))
    for row in read_table(PROGRAM_KINDS):
        for trigger in row.values("trigger"):
            words.add(trigger, Word("program_kind", row["kind"]))
    for row in read_table(PARTNERSHIP_WORDS):
        if row["role"] in ("agreement", "signing"):
            words.add(row["word"], Word("partner", ""))
    for row in read_table(PLACE_LEVELS):
        words.add(row["word"], Word("level", row["canonical"]))
    for row in read_table(BOUNDARIES):
        words.add(row["word"], Word("boundary", ""))
    for row in read_table(DATES):
        if row["kind"] in ("weekday", "lead_time", "lead_time_modifier"):
            words.add(row["phrase"], Word("time_part", row["kind"]))

    places = lexicon.places
    # An abbreviation or English name of a province ("HN", "Hanoi") is one more name of it.
    question_abbreviations, province_aliases = [], []
    for phrases, value in by_slot.get("abbreviation", []):
        province = places.province(value)
        for phrase in phrases:
            (province_aliases if province else question_abbreviations).append((phrase, province or value))
    provinces: PhraseIndex[Province] = PhraseIndex()
    for province in places.provinces:
        for name in (province.name, *province.aliases):
            provinces.add(name, province)
    for alias, province in province_aliases:
        provinces.add(alias, province)
    for phrase, value in question_abbreviations:  # "QL" is searched as "Quốc lộ" in events and facts
        words.add(phrase, Word("term", value))
    districts: PhraseIndex[District] = PhraseIndex()
    for district in places.districts:
        if not district.name.isdigit():
            districts.add(district.name, district)

    expansions: PhraseIndex[str] = PhraseIndex()
    for row in read_table(ABBREVIATIONS):
        expansions.add(row["abbreviation"], row["expansion"])
    for phrase, value in question_abbreviations:
        expansions.add(phrase, value)
    for row in read_table(FIELDS):
        for alias in row.values("aliases"):
            expansions.add(alias, row["canonical"])
    for row in read_table(ORGANIZATIONS):
        for surface in row.values("head"):
            if fold(surface) != fold(row["canonical"]):
                expansions.add(surface, row["canonical"])
    for province in places.provinces:
        for alias in province.aliases:
            expansions.add(alias, province.name)
    for alias, province in province_aliases:
        expansions.add(alias, province.name)
    for row in read_table(PLACE_LEVELS):
        if fold(row["word"]) != fold(row["canonical"]):
            expansions.add(row["word"], row["canonical"])

    names = _name_words(places, question_abbreviations, province_aliases, read_table)
    english_bodies: PhraseIndex[str] = PhraseIndex(
        (phrase, head) for phrases, head in by_slot.get("body", []) for phrase in phrases)
    english_fields: PhraseIndex[str] = PhraseIndex(
        (phrase, name) for phrases, name in by_slot.get("field", []) for phrase in phrases)
    months = {ascii_key(phrase): int(value) for phrases, value in by_slot.get("month", []) for phrase in phrases}
    for phrases, value in by_slot.get("month", []):
        for phrase in phrases:
            words.add(phrase, Word("month", value))

    examples = [(row["intent"], row["lang"], row["question"]) for row in read_rows(folder, QUESTIONS)]

    return Vocabulary(
        words=words, titles=titles,
        event_kinds={kind: tuple(dict.fromkeys(phrases)) for kind, phrases in event_kinds.items()},
        months=months, provinces=provinces, districts=districts, places=places,
        expansions=expansions, names=names,
        surnames=frozenset(fold(row["word"]) for row in read_table(SURNAMES)),
        surname_keys=frozenset(ascii_key(row["word"]) for row in read_table(SURNAMES)),
        not_person_keys=frozenset(ascii_key(row["word"]) for row in read_table(NOT_PERSONS)),
        thing_words=frozenset(fold(row["word"]) for row in read_table(NAME_BLOCKERS) if row["kind"] != "road-number"),
        organization_heads=organization_heads,
        english_bodies=english_bodies, english_fields=english_fields,
        field_keys=frozenset(ascii_key(row["canonical"]) for row in read_table(FIELDS)),
        english_only=frozenset(ascii_key(phrase) for phrases, _ in by_slot.get("english", []) for phrase in phrases),
        english_markers=frozenset(ascii_key(phrase) for phrases, value in by_slot.get("english", [])
                                  if value == "marker" for phrase in phrases),
        role_kinds=frozenset(ascii_key(phrase) for phrases, _ in by_slot.get("role_kind", []) for phrase in phrases),
        examples=examples,
        dates=DateReader(lexicon.cues.dates),
        leadership=tuple(value for _, value in by_slot.get("leadership", [])),
        level_words=_level_words(read_table),
    )


def _level_words(read_table: Callable[[Table], list[Row]]) -> dict[str, tuple[str, ...]]:
    """Each level of administrative unit and the words it is written with ("thành phố":
    "TP", "Tp", "T.P"), from extract/data/place_levels.tsv."""
    words: dict[str, list[str]] = {}
    for row in read_table(PLACE_LEVELS):
        words.setdefault(row["canonical"], []).append(row["word"])
    return {level: tuple(dict.fromkeys(surfaces)) for level, surfaces in words.items()}


def _name_words(places: Places, question_abbreviations: list[tuple[str, str]],
                province_aliases: list[tuple[str, Province]], read_table: Callable[[Table], list[Row]]) -> NameWords:
    expansions: dict[tuple[str, ...], tuple[str, ...]] = {}
    capitals: set[tuple[str, ...]] = set()

    def expand(short: str, long: str) -> None:
        if phrase_keys(short) != phrase_keys(long):
            expansions.setdefault(phrase_keys(short), phrase_keys(long))
            if short.isupper() and is_vietnamese_syllable(short):
                capitals.add(phrase_keys(short))  # "TƯ" (Trung ương), not "tư" of "Đầu tư"

    for row in read_table(ABBREVIATIONS):
        expand(row["abbreviation"], row["expansion"])
    for short, long in question_abbreviations:
        expand(short, long)
    for row in read_table(FIELDS):
        for alias in row.values("aliases"):
            expand(alias, row["canonical"])
    heads: set[tuple[str, ...]] = set()
    for row in read_table(ORGANIZATIONS):
        for surface in row.values("head"):
            expand(surface, row["canonical"])
            heads.add(phrase_keys(surface))
    levels: dict[tuple[str, ...], str] = {}
    for row in read_table(PLACE_LEVELS):
        levels[phrase_keys(row["word"])] = row["canonical"]
        expand(row["word"], row["canonical"])
    provinces: dict[tuple[str, ...], Province] = {}
    for province in places.provinces:
        for name in (province.name, *province.aliases):
            provinces.setdefault(phrase_keys(name), province)
    for alias, province in province_aliases:
        provinces.setdefault(phrase_keys(alias), province)
    districts: dict[tuple[str, ...], list[District]] = {}
    for district in places.districts:
        if not district.name.isdigit():
            districts.setdefault(phrase_keys(district.name), []).append(district)
    level_keys = set(levels)
    return NameWords(
        expansions=expansions, provinces=provinces, districts=districts, levels=levels,
        heads=frozenset(head for head in heads if len(head) > 1 and head[:1] in level_keys),
        capitals=frozenset(capitals),
    )
