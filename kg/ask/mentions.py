"""Mentions: a question cut into what it names and the words it asks with.

Longest first: people, bodies and provinces the store knows (`kg.ask.resolve`), times
(`kg.ask.times`), and words of the vocabulary (`kg.ask.vocabulary`): who-words ("ai",
"who"), what people do at events ("chủ trì", "chaired"), titles, request verbs, kinds of
events and programs, words that end a name ("của", "về", "the") ... Whatever is left is a
word of content, or a name the store does not know: capitalized words that open with a
family name or the head of a body's name ("Sở Y tế Hưng Yên"), which run to the next
mention or function word. So a slot ends where the next slot or a function word begins.

Then a body named without its place takes the province named right after it ("Sở Y tế |
Nghệ An"), and a title with its body right before or after a person's name describes
that person ("Phó Chủ tịch UBND tỉnh | Nguyễn Văn An" is one mention of Nguyễn Văn An).
Bodies named in English are read by `kg.ask.english`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extract.lexicon.places import District, Province
from extract.text import ascii_key, fold
from kg.ask.english import district_with_english_level, english_bodies
from kg.ask.resolve import Body, Catalog, Person, Piece, pieces
from kg.ask.times import TimeMention, find_times
from kg.ask.tokens import Token, span_key, span_text, tokenize
from kg.ask.vocabulary import Vocabulary, Word

MAX_NAME_TOKENS = 6  # a person's name
MAX_GIVEN_NAME_WORDS = 3  # a person named without the surname after an honorific: "ông Hoài Bảo"
MAX_BODY_PIECES = 24  # a body's name, in words

# Classes of words that ask nothing by themselves and end a name.
FUNCTION = frozenset({"filler", "link", "boundary", "courtesy", "copula", "honorific", "time_word",
                      "time_part", "level", "have", "passive", "include", "not_event", "locative"})


@dataclass
class Mention:
    kind: str  # person, body, place, time, word, other, unknown_person, unknown_body
    start: int  # token span
    end: int
    text: str
    words: tuple[Word, ...] = ()  # kind "word": what the words do
    persons: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    generic: bool = False  # bodies named without their place: every province's, and one of no place
    province: Province | None = None
    district: District | None = None
    locality: str | None = None  # a place below a province that only the store's bodies name: its key
    time: TimeMention | None = None
    about: list[Mention] = field(default_factory=list)  # a title and body said of a person

    def has(self, cls: str, value: str | None = None) -> bool:
        return any(word.cls == cls and (value is None or word.value == value) for word in self.words)

    def values(self, cls: str) -> list[str]:
        return [word.value for word in self.words if word.cls == cls]

    @property
    def is_function(self) -> bool:
        return self.kind == "word" and all(word.cls in FUNCTION for word in self.words)

    @property
    def key(self) -> str:
        return ascii_key(self.text)


# ---------------------------------------------------------------- mentions


def mentions(question: str, catalog: Catalog, vocabulary: Vocabulary) -> list[Mention]:
    """The question cut into mentions, left to right (punctuation left out)."""
    tokens = tokenize(question)
    words = [[word for _, word in vocabulary.words.matches(tokens, i)] for i in range(len(tokens))]
    candidates: list[tuple[int, int, Mention]] = []  # (priority, -length, mention)

    def add(priority: int, mention: Mention) -> None:
        candidates.append((-(mention.end - mention.start), priority, mention))

    for time in find_times(tokens, words, vocabulary):
        add(0, Mention("time", time.start, time.end, span_text(tokens, time.start, time.end, question), time=time))
    for start, end, people in _persons(tokens, catalog):
        add(1, Mention("person", start, end, span_text(tokens, start, end, question), persons=people))
    for start, end, people in _given_names(tokens, catalog, words):
        add(1, Mention("person", start, end, span_text(tokens, start, end, question), persons=people))
    if _may_name_a_body(tokens, vocabulary, candidates):
        for start, end, bodies, generic in _bodies(tokens, catalog, vocabulary, words):
            # a body the store knows before an unknown reading of the same words
            add(2 if bodies else 3, Mention("body" if bodies else "unknown_body", start, end,
                                            span_text(tokens, start, end, question), bodies=bodies, generic=generic))
    for start, end, province, district in _places(tokens, vocabulary, words):
        add(3, Mention("place", start, end, span_text(tokens, start, end, question),
                       province=province, district=district))
    for start, end, province, locality in _localities(tokens, catalog, vocabulary, words):
        add(3, Mention("place", start, end, span_text(tokens, start, end, question),
                       province=province, locality=locality))
    english = any(token.plain and token.key in vocabulary.english_markers for token in tokens)
    for i in range(len(tokens)):
        found_here: dict[int, list[Word]] = {}
        for end, entry, word in vocabulary.words.entries(tokens, i):
            if word.cls in _VERBS and i and tokens[i].plain and tokens[i].capitalized and not english:
                continue  # "dip tet Ky Hoi": a capitalized word typed plain is a name, not "ký"
            if english or not all(part in vocabulary.english_only for part in entry):
                found_here.setdefault(end, []).append(word)  # "an" of "an toàn" is no English article
        for end, found in found_here.items():  # shorter ones too, for where a longer one overlaps another
            add(4, Mention("word", i, end, span_text(tokens, i, end, question), words=tuple(dict.fromkeys(found))))

    titles = [(mention.start, mention.end) for _, _, mention in candidates
              if mention.kind == "word" and mention.has("title")]
    taken = [False] * len(tokens)
    chosen: list[Mention] = []
    for _, _, mention in sorted(candidates, key=lambda item: (item[0], item[1], item[2].start)):
        if any(taken[mention.start:mention.end]):
            continue
        if mention.kind in ("body", "unknown_body") and any(start < mention.start < end for start, end in titles):
            continue  # "Trưởng [ban Tuyên giáo ...]", "Chief [Judge of ...]": the title holds it, the body follows
        if mention.kind == "person" and _after_level_word(chosen, mention):
            continue  # "xã Đồng Sơn" is a place, whoever else is called so
        chosen.append(mention)
        for i in range(mention.start, mention.end):
            taken[i] = True
    for i, token in enumerate(tokens):
        if not taken[i] and token.is_word:
            chosen.append(Mention("other", i, i + 1, token.text))
    chosen.sort(key=lambda mention: mention.start)
    chosen = _unknown_names(chosen, tokens, question, catalog, vocabulary)
    chosen = _narrow_bodies_by_adjacent_places(chosen, question, tokens, catalog)
    return _people_described(chosen)


# Words that say what someone did or asks to do: never a capitalized word typed without diacritics
# inside a question, which is a name ("Tết Kỷ Hợi" typed "tet Ky Hoi" is no "ký").
_VERBS = frozenset({"as_role", "directive", "partner", "connect", "say", "program_verb"})

# Words that are no part of a body's name: a question made only of these and of people's
# names and times names no body, and the store's bodies need not be read.
_NOT_IN_NAMES = frozenset({"wh", "copula", "include", "have", "passive", "as_role", "filler", "link", "courtesy",
                           "post", "besides", "replaces", "given", "connect", "directive", "honorific", "time_word", "time_part", "month",
                           "vague_time", "say", "english", "not_event", "program_verb", "boundary"})


def _may_name_a_body(tokens: Sequence[Token], vocabulary: Vocabulary, candidates) -> bool:
    covered = [False] * len(tokens)
    for _, _, mention in candidates:
        if mention.kind in ("person", "time"):
            covered[mention.start:mention.end] = [True] * (mention.end - mention.start)
    for i in range(len(tokens)):
        for end, word in vocabulary.words.matches(tokens, i):
            if word.cls in _NOT_IN_NAMES:
                covered[i:end] = [True] * (end - i)
    return any(token.is_word and not covered[i] for i, token in enumerate(tokens))


def _persons(tokens: Sequence[Token], catalog: Catalog):
    """(start, end, people) of every span of two to six words that is the name of people of the store."""
    spans = {}
    for start in range(len(tokens)):
        if not tokens[start].is_word:
            continue
        for end in range(start + 2, min(len(tokens), start + MAX_NAME_TOKENS) + 1):
            if not tokens[end - 1].is_word:
                break
            spans[(start, end)] = span_key(tokens, start, end)
    found = catalog.persons_with_keys(sorted(set(spans.values())))
    for (start, end), key in spans.items():
        if key in found:
            yield start, end, found[key]


def _given_names(tokens: Sequence[Token], catalog: Catalog, words: list[list[Word]]):
    """(start, end, people) of a name after an honorific that the store knows only as the end
    of full names: "ông Hoài Bảo", "bà Oanh" (as Vietnamese call people), the longest run of
    capitalized words that ends some names."""
    for i in range(len(tokens) - 1):
        if not any(word.cls == "honorific" for word in words[i]):
            continue
        end = i + 1
        while end < len(tokens) and end - i <= MAX_GIVEN_NAME_WORDS and tokens[end].is_word and tokens[end].capitalized:
            end += 1
        for stop in range(end, i + 1, -1):
            people = catalog.persons_ending_with(span_key(tokens, i + 1, stop))
            if people:
                yield i + 1, stop, people
                break


def _bodies(tokens: Sequence[Token], catalog: Catalog, vocabulary: Vocabulary, words: list[list[Word]]):
    """(start, end, bodies, generic) of every span of the question that names bodies of the
    store: in Vietnamese, after a title that holds the head of the name ("Trưởng ban |
    Tuyên giáo Tỉnh ủy"), or in English."""
    parts = pieces(tokens, vocabulary)
    prefixes: dict[int, list[Piece]] = {}  # piece index → the head a title right before it holds
    for index, piece in enumerate(parts):
        for word in words[piece.start]:
            title = vocabulary.titles.get(word.value) if word.cls == "title" else None
            if title and title.absorbs:
                end = next((end for end, found in vocabulary.words.matches(tokens, piece.start)
                            if found == word), piece.end)
                following = next((i for i, other in enumerate(parts) if other.start >= end), None)
                if following is not None:
                    head = Piece(piece.start, end, tuple(ascii_key(title.absorbs).split()))
                    prefixes.setdefault(following, []).append(head)
    for a in range(len(parts)):
        for b in range(a + 1, min(len(parts), a + MAX_BODY_PIECES) + 1):
            span = parts[a:b]
            bodies, generic = catalog.bodies_named(span)
            if bodies and not _other_diacritics(tokens, span, bodies):
                yield parts[a].start, parts[b - 1].end, bodies, generic
            for head in prefixes.get(a, ()):
                bodies, generic = catalog.bodies_named([head, *span])
                if bodies:
                    yield parts[a].start, parts[b - 1].end, bodies, generic
    yield from english_bodies(tokens, catalog, vocabulary, words)


def _other_diacritics(tokens: Sequence[Token], span: Sequence[Piece], bodies: Sequence[Body]) -> bool:
    """Whether one word typed with diacritics names bodies only by its letters: "Hoài Bảo" (a
    name) is no "Báo" (a newspaper)."""
    if len(span) != 1 or span[0].end - span[0].start != 1 or tokens[span[0].start].plain:
        return False
    typed = tokens[span[0].start].fold
    return not any(fold(body.name).split()[:1] == [typed] for body in bodies)


def _places(tokens: Sequence[Token], vocabulary: Vocabulary, words: list[list[Word]]):
    """Provinces, with a level word before ("tỉnh Hà Tĩnh", "TP.HCM") or after ("Hà Tĩnh
    province"), and districts after their level word ("huyện Vân Canh")."""
    for start in range(len(tokens)):
        levels = [(end, word.value) for end, word in vocabulary.words.matches(tokens, start) if word.cls == "level"]
        level_end, level = max(levels) if levels else (start, None)  # "thành phố" is two words
        after_level = level_end
        if after_level < len(tokens) and tokens[after_level].text == ".":
            after_level += 1  # "TP. Huế"
        found = vocabulary.provinces.longest(tokens, after_level)
        if found and (level is None or level in ("tỉnh", "thành phố") or after_level == start):
            end, provinces = found
            province = next((p for p in provinces if level is None or p.kind == level), provinces[0])
            city_after = False
            if end < len(tokens) and any(word.cls == "level" for word in words[end]) and tokens[end].key in (
                    "province", "city", "provincial"):
                city_after = tokens[end].key == "city"
                end += 1
            if level and province.kind != level and level == "thành phố" or city_after and province.kind == "tỉnh":
                # "thành phố Hà Tĩnh": a district-level city, not the province
                district = next((d for d in vocabulary.places.districts_named(f"thành phố {province.name}")), None)
                if district:
                    yield start, end, vocabulary.places.province(district.province), district
                    continue
            yield (start if level else after_level), end, province, None
        english = district_with_english_level(tokens, start, 1, vocabulary, words)
        if english and not level:
            _, district, end = english
            yield start, end, vocabulary.places.province(district.province), district
        if level and level not in ("tỉnh",):
            district_match = vocabulary.districts.longest(tokens, after_level)
            if district_match:
                end, districts = district_match
                district = next((d for d in districts if d.kind == level), None)
                if district:
                    yield start, end, vocabulary.places.province(district.province), district


MAX_LOCALITY_WORDS = 4  # a commune's or ward's name after its level word


def _localities(tokens: Sequence[Token], catalog: Catalog, vocabulary: Vocabulary, words: list[list[Word]]):
    """(start, end, province, key) of a level word and a name after it that the store's bodies
    end their names with ("phường Tương Mai", typed with or without diacritics), when the
    place tables do not list it: a ward or commune of the 2025 reform, or a province that no
    longer exists ("tỉnh Hà Nam Ninh"). The province is the bodies' when they agree."""
    if not catalog.localities:
        return
    for start in range(len(tokens)):
        levels = [end for end, word in vocabulary.words.matches(tokens, start) if word.cls == "level"]
        if not levels:
            continue
        level_end = max(levels)
        level_key = " ".join(ascii_key(word) for word in next(
            word.value for end, word in vocabulary.words.matches(tokens, start)
            if word.cls == "level" and end == level_end).split())
        for end in range(min(len(tokens), level_end + MAX_LOCALITY_WORDS), level_end, -1):
            if not all(token.is_word for token in tokens[level_end:end]):
                continue
            key = f"{level_key} {span_key(tokens, level_end, end)}"
            provinces = catalog.localities.get(key)
            if provinces:
                known = provinces - {None}
                province = next(iter(known)) if len(known) == 1 else None
                yield start, end, vocabulary.places.province(province) if province else None, key
                break


def _after_level_word(chosen: list[Mention], mention: Mention) -> bool:
    before = [other for other in chosen if other.end == mention.start]
    return any(other.kind == "word" and other.has("level") for other in before)


THING_WORD_TOKENS = 3  # syllables of the longest word before a thing's name ("tổ dân phố")


def _names_a_thing(tokens: Sequence[Token], start: int, vocabulary: Vocabulary) -> bool:
    """Whether a word that names a thing comes right before token `start` ("cầu Phong Châu",
    "đường Lê Lợi"): the capitalized run is that thing's name, no person nor body."""
    words = [token.fold for token in tokens[max(0, start - THING_WORD_TOKENS):start] if token.is_word]
    return any(" ".join(words[-size:]) in vocabulary.thing_words for size in range(1, len(words) + 1))


def _unknown_names(chosen: list[Mention], tokens: Sequence[Token], question: str, catalog: Catalog,
                   vocabulary: Vocabulary) -> list[Mention]:
    """Names the store does not know, made of the words no mention took: a capitalized run
    that opens with a family name (a person) or with the head of a body's name (a body:
    "Sở Y tế Hưng Yên" runs over the field and the province). In a question typed all in
    lower case (abbreviations aside), a family name and the words after it."""
    # typed in lower case: no word capitalized as a name is, whatever abbreviations ("UBND", "XI")
    lower_case = not any(token.text[:1].isupper() and not token.text.isupper() for token in tokens[1:]
                         if token.is_word)
    result: list[Mention] = []
    i = 0
    while i < len(chosen):
        mention = chosen[i]
        capital = tokens[mention.start].capitalized or lower_case
        head = mention.kind == "word" and mention.has("org_head") and capital
        token = tokens[mention.start]
        surname = mention.kind == "other" and capital and (  # "tổng" is no "Tống"
            token.fold in vocabulary.surnames or (token.plain and token.key in vocabulary.surname_keys))
        if surname and not token.capitalized and i and chosen[i - 1].kind == "other" and \
                chosen[i - 1].end == mention.start:
            surname = False  # typed in lower case, a family name's syllable inside a word: "xử lý", "quản lý"
        if not (head or surname) or _names_a_thing(tokens, mention.start, vocabulary):
            result.append(mention)
            i += 1
            continue
        j = i + 1
        while j < len(chosen) and chosen[j].start == chosen[j - 1].end:
            following = chosen[j]
            if following.kind == "other" and tokens[following.start].capitalized:
                j += 1
            elif surname and tokens[following.start].capitalized and _only_function_words(following):
                j += 1  # "Nguyen Van An": a given name typed plain may spell a word ("vẫn", "an")
            elif surname and following.kind == "other" and lower_case:
                j += 1
            elif head and (following.kind == "place" or following.has("field") or following.has("org_head")):
                j += 1
            else:
                break
        if surname and ascii_key(span_text(tokens, chosen[i].start, chosen[j - 1].end, question)) \
                in vocabulary.not_person_keys:
            j = i  # "Hàn Quốc": a country, no person
        if j - i >= 2:
            start, end = chosen[i].start, chosen[j - 1].end
            kind = "unknown_person" if surname else "unknown_body"
            result.append(Mention(kind, start, end, span_text(tokens, start, end, question)))
            i = j
        else:
            result.append(mention)
            i += 1
    return result


def _only_function_words(mention: Mention) -> bool:
    return mention.kind == "word" and all(word.cls in ("filler", "boundary", "link") for word in mention.words)


def _narrow_bodies_by_adjacent_places(chosen: list[Mention], question: str, tokens: Sequence[Token],
                                      catalog: Catalog) -> list[Mention]:
    """A body named without its place and a province right after it ("Sở Y tế | Nghệ An",
    "Sở Y tế | của tỉnh Nghệ An") are one name: that province's body, or a body the store
    does not know ("Sở Y tế Hưng Yên"), never every province's."""
    result: list[Mention] = []
    i = 0
    while i < len(chosen):
        mention = chosen[i]
        j = i + 1
        while j < len(chosen) and chosen[j].kind == "word" and chosen[j].key in ("cua", "of"):
            j += 1
        if mention.kind == "body" and mention.generic and j < len(chosen) and chosen[j].kind == "place" \
                and chosen[j].district is None and chosen[j].province is not None:
            place = chosen[j]
            bodies = [body for body in mention.bodies if body.province == place.province.name]
            text = span_text(tokens, mention.start, place.end, question)
            if bodies:
                result.append(Mention("body", mention.start, place.end, text, bodies=bodies))
            else:
                result.append(Mention("unknown_body", mention.start, place.end, text))
            i = j + 1
            continue
        result.append(mention)
        i += 1
    return result


def _people_described(chosen: list[Mention]) -> list[Mention]:
    """A title with its body or province right before or after a person's name describes that
    person ("Phó Chủ tịch UBND tỉnh | Nguyễn Văn An", "Nguyễn Văn An, | Phó Chủ tịch UBND tỉnh"):
    they are not slots of their own."""
    describing = ("body", "place")
    result: list[Mention] = []
    i = 0
    while i < len(chosen):
        mention = chosen[i]
        if mention.kind not in ("person", "unknown_person"):
            result.append(mention)
            i += 1
            continue
        k = len(result)
        while k > 0 and (_is_title(result[k - 1]) or result[k - 1].kind in describing):
            k -= 1
        while k < len(result) and not _is_title(result[k]):
            k += 1  # the description opens with its title
        mention.about = result[k:]
        del result[k:]
        j = i + 1
        if j < len(chosen) and _is_title(chosen[j]):
            while j < len(chosen) and (_is_title(chosen[j]) or chosen[j].kind in describing):
                j += 1
            mention.about += chosen[i + 1:j]
        result.append(mention)
        i = j
    return result


def _is_title(mention: Mention) -> bool:
    return mention.kind == "word" and mention.has("title")


