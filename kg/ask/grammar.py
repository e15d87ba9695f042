"""The question grammar: a question read as an intent and its slots.

A question is first cut into mentions, longest first: people, bodies and provinces
the store knows (`kg.ask.resolve`), times (`kg.ask.times`), and words of the
vocabulary (`kg.ask.vocabulary`): who-words ("ai", "who"), what people do at events
("chủ trì", "chaired"), titles, request verbs, kinds of events and programs, words
that end a name ("của", "về", "the") ... Whatever is left is a word of content, or a
name the store does not know: capitalized words that open with a family name or the
head of a body's name ("Sở Y tế Hưng Yên"), which run to the next mention or function
word. So a slot ends where the next slot or a function word begins.

The intent is then read from which mentions the question has, not from their order:
a role at an event and a who-word ask who took that role ("Ai chủ trì ...?", "...
do ai chủ trì?", "Tại X, ai ...?"); a person and a word for posts ask for their
posts; a title and a body (or a province, or "lãnh đạo") ask who holds it; a
request verb with its issuer or its addressee asks for directives; and so on
(`read`). Everything a question says is kept: words the intent does not use are
either a description of the event asked about (matched against the store's events),
or listed in the answer as not used. A name the store does not know is never
dropped: the answer says so instead of answering for everyone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extract.places import District, Province
from extract.text import ascii_key
from kg.ask.resolve import Body, Catalog, Person, Piece, pieces
from kg.ask.times import Period, TimeMention, find_times
from kg.ask.tokens import Token, span_key, span_text, tokenize
from kg.ask.vocabulary import Title, Vocabulary, Word

MAX_NAME_TOKENS = 6  # a person's name
MAX_BODY_PIECES = 24  # a body's name, in words

# Classes of words that ask nothing by themselves and end a name.
FUNCTION = frozenset({"filler", "link", "boundary", "courtesy", "copula", "honorific", "time_word",
                      "time_part", "level", "have", "passive", "include", "not_event"})


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


@dataclass
class Reading:
    """What a question asks: an intent and its slots, and the words it did not use."""

    intent: str  # see kg.ask.vocabulary.INTENTS, or "search"
    question: str
    mentions: list[Mention]
    role: str | None = None  # chaired, directed, attended, spoke
    persons: list[Person] = field(default_factory=list)
    person_text: str | None = None
    designation: tuple[Title, list[Body]] | None = None  # "Bí thư Tỉnh ủy X" standing for its holder
    bodies: list[Body] = field(default_factory=list)
    body_text: str | None = None
    generic_body: bool = False
    addressee: bool = False  # directives: the bodies received them
    provinces: list[Province] = field(default_factory=list)
    period: Period | None = None
    title: Title | None = None
    leader: str | None = None  # holder_of_post: "head" (top post) or "any" post
    program_kind: str | None = None
    firms: list[Body] = field(default_factory=list)
    description: list[Mention] = field(default_factory=list)  # event words, in order
    unused: list[Mention] = field(default_factory=list)  # content the intent does not use
    problems: list[str] = field(default_factory=list)  # names and times that cannot be placed

    def understood(self) -> dict[str, str]:
        """The slots, as words for people."""
        slots: dict[str, str] = {}
        if self.role:
            slots["role"] = self.role
        if self.persons:
            slots["person"] = " or ".join(dict.fromkeys(person.name for person in self.persons))
        if self.designation:
            title, bodies = self.designation
            names = list(dict.fromkeys(body.name for body in bodies))
            slots["person"] = f"the {title.role} of " + " or ".join(names[:3]) + (
                f" (and {len(names) - 3} more)" if len(names) > 3 else "")
        if self.title:
            slots["title"] = self.title.role
        if self.leader:
            slots["post"] = "the head" if self.leader == "head" else "any post"
        if self.bodies:
            names = list(dict.fromkeys(body.name for body in self.bodies))
            shown = " or ".join(names[:6]) + (f" (and {len(names) - 6} more)" if len(names) > 6 else "")
            slots["addressee" if self.addressee else "body"] = shown
        if self.firms:
            slots["firm"] = " or ".join(body.name for body in self.firms)
        if self.provinces:
            slots["province"] = " or ".join(province.name for province in self.provinces)
        if self.period:
            slots["time"] = self.period.label + (" (any year)" if self.period.yearless else "")
        if self.program_kind:
            slots["kind"] = self.program_kind
        event_words = _phrases([mention for mention in self.description if mention.kind not in ("place", "time")])
        if event_words:
            slots["event"] = " · ".join(event_words)
        if self.unused:
            slots["not used"] = " · ".join(_phrases(self.unused))
        return slots


def _phrases(found: list[Mention]) -> list[str]:
    """The mentions' words, those next to each other that no vocabulary knows as one phrase."""
    phrases: list[str] = []
    previous: Mention | None = None
    for mention in found:
        if previous is not None and mention.kind == previous.kind == "other" and previous.end == mention.start:
            phrases[-1] += " " + mention.text
        else:
            phrases.append(mention.text)
        previous = mention
    return phrases


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
    if _may_name_a_body(tokens, vocabulary, candidates):
        for start, end, bodies, generic in _bodies(tokens, catalog, vocabulary, words):
            add(2, Mention("body" if bodies else "unknown_body", start, end, span_text(tokens, start, end, question),
                           bodies=bodies, generic=generic))
    for start, end, province, district in _places(tokens, vocabulary, words):
        add(3, Mention("place", start, end, span_text(tokens, start, end, question),
                       province=province, district=district))
    english = any(token.plain and token.key in vocabulary.english_markers for token in tokens)
    for i in range(len(tokens)):
        found_here: dict[int, list[Word]] = {}
        for end, entry, word in vocabulary.words.entries(tokens, i):
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
        if mention.kind == "body" and any(start < mention.start < end for start, end in titles):
            continue  # "Trưởng [ban Tuyên giáo ...]": the title holds the head, the body follows it
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


# Words that are no part of a body's name: a question made only of these and of people's
# names and times names no body, and the store's bodies need not be read.
_NOT_IN_NAMES = frozenset({"wh", "copula", "include", "have", "passive", "as_role", "filler", "link", "courtesy",
                           "post", "connect", "directive", "honorific", "time_word", "time_part", "month",
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
            if bodies:
                yield parts[a].start, parts[b - 1].end, bodies, generic
            for head in prefixes.get(a, ()):
                bodies, generic = catalog.bodies_named([head, *span])
                if bodies:
                    yield parts[a].start, parts[b - 1].end, bodies, generic
    yield from _english_bodies(tokens, catalog, vocabulary, words)


def _english_bodies(tokens: Sequence[Token], catalog: Catalog, vocabulary: Vocabulary, words: list[list[Word]]):
    """Bodies named in English: a kind of body ("Department", "People's Committee") with the
    parts of its name around it in English order — a field ("of Health"), a province or a
    district ("of Nghệ An", "Kỳ Anh town"), a body it belongs to ("of the ... Party
    Committee"), a proper name before it ("Becamex International Hospital") — and only
    "of", "the" between, put in Vietnamese order and looked up. A name in full the store
    does not know is a body it does not know."""
    for start in range(len(tokens)):
        found, unknown = [], []
        for found_here, unknown_here in (_english_body(tokens, start, end, head, catalog, vocabulary, words)
                                         for end, head in vocabulary.english_bodies.matches(tokens, start)):
            found += found_here
            unknown += unknown_here
        yield from found or unknown[-1:]


def _english_body(tokens, start, end, head, catalog, vocabulary, words) -> tuple[list, list]:
    """([span of the body found], []) or ([], [span of a body the store does not know]) for the
    English body whose kind (`head`, in Vietnamese) is at tokens start..end."""
    right = _english_parts(tokens, end, len(tokens), 1, vocabulary, words)
    left = _english_parts(tokens, start - 1, -1, -1, vocabulary, words)
    parts = {**left.parts, **right.parts}
    place = parts.get("province") or parts.get("district")
    # "provincial" inside the kind of body's name ("provincial People's Committee") says the level too
    inside = next((word.value for i in range(start, end) for word in words[i]
                   if word.cls == "level" and tokens[i].key in ("province", "provincial", "city")), None)
    level = (parts.get("level") or inside) if "province" in parts else getattr(parts.get("district"), "kind", None)
    for with_place in ((True, False) if place else (False,)):
        for with_field in ((True, False) if "field" in parts else (False,)):
            name = " ".join(filter(None, (
                head, parts.get("field") if with_field else None, " ".join(left.names) or None,
                parts.get("parent"), level if with_place else None, place.name if with_place else None)))
            bodies, generic = catalog.bodies_named(pieces(tokenize(name), vocabulary))
            if not with_place and place is not None:
                bodies = [body for body in bodies if body.province is None]  # a national body, then a place
            if bodies and (with_place or place is None):
                return [(left.start, right.end, bodies, generic)], []
            if bodies:
                return [(min(left.start_without_place, start), max(right.end_without_place, end), bodies, generic)], []
    if parts or left.names:  # a body named in full that the store does not know
        return [], [(left.start, right.end, [], False)]
    return [], []


@dataclass
class _EnglishParts:
    start: int  # the first token of the name (for the part before the kind of body)
    end: int  # after the last (for the part after it)
    start_without_place: int
    end_without_place: int
    parts: dict = field(default_factory=dict)  # field, province, district, level, parent
    names: list[str] = field(default_factory=list)  # proper names before the kind of body


def _english_parts(tokens: Sequence[Token], i: int, stop: int, step: int, vocabulary: Vocabulary,
                   words: list[list[Word]]) -> _EnglishParts:
    """The parts of an English body's name from token i on, to the right (step 1) or left (-1)."""
    edge = i - step  # the last token taken (the kind of body's own edge to begin with)
    found = _EnglishParts(edge if step < 0 else 0, edge + 1 if step > 0 else 0, 0, 0)
    place_edge = edge
    while i != stop:
        taken = _english_part(tokens, i, step, vocabulary, words)
        if taken is None:
            break
        kind, value, after = taken
        if kind in ("province", "district", "field", "parent") and kind in found.parts:
            break
        if kind == "name":
            found.names.insert(0, value)
        elif kind != "filler":
            found.parts[kind] = value
        if kind not in ("filler",):
            edge = after - step
            if kind not in ("province", "district", "level"):
                place_edge = edge
        i = after
    if step > 0:
        found.end, found.end_without_place = edge + 1, place_edge + 1
    else:
        found.start, found.start_without_place = edge, place_edge
    return found


def _english_part(tokens, i, step, vocabulary, words):
    """(kind, value, next index) of what stands at token i of an English body's name, going
    right (step 1) or left (-1): a province, a district with its English level, a field, a
    body it belongs to, a level word, "of"/"the", or (leftwards) a proper name."""
    for kind, index in (("province", vocabulary.provinces), ("field", vocabulary.english_fields),
                        ("parent", vocabulary.english_bodies)):
        if kind == "parent" and step < 0:
            continue  # a body before the kind of body is another body
        for first in (range(i, i + 1) if step > 0 else range(max(0, i - 7), i + 1)):
            ends = [(end, value) for end, value in index.matches(tokens, first)
                    if (step > 0) or end == i + 1]
            if ends:
                end, value = max(ends, key=lambda pair: pair[0])  # the longest: "education and training"
                return kind, value, (end if step > 0 else first - 1)
    district = _district_with_english_level(tokens, i, step, vocabulary, words)
    if district:
        return district
    if any(word.cls == "level" for word in words[i]) and tokens[i].key in ("province", "provincial", "city"):
        return "level", next(word.value for word in words[i] if word.cls == "level"), i + step
    if tokens[i].key in ("of", "the", "'s"):
        return "filler", None, i + step
    if step < 0 and tokens[i].capitalized and tokens[i].is_word and not words[i]:
        return "name", tokens[i].text, i + step
    return None


def _district_with_english_level(tokens, i, step, vocabulary, words):
    """("district", District, next index) for "Kỳ Anh town", "Vân Canh district" at i."""
    starts = range(i, i + 1) if step > 0 else range(max(0, i - 5), i)
    for first in starts:
        found = vocabulary.districts.longest(tokens, first)
        if not found:
            continue
        end, districts = found
        if end >= len(tokens) or (step < 0 and end != i):
            continue
        level = next((word.value for word in words[end] if word.cls == "level"), None)
        district = next((d for d in districts if d.kind == level), None)
        if district is not None and tokens[end].key in ("town", "district", "city"):
            return "district", district, (end + 1 if step > 0 else first - 1)
    return None


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
            if end < len(tokens) and any(word.cls == "level" for word in words[end]) and tokens[end].key in (
                    "province", "city", "provincial"):
                end += 1
            if level and province.kind != level and level == "thành phố":
                # "thành phố Hà Tĩnh": a district-level city, not the province
                district = next((d for d in vocabulary.places.districts_named(f"thành phố {province.name}")), None)
                if district:
                    yield start, end, vocabulary.places.province(district.province), district
                    continue
            yield (start if level else after_level), end, province, None
        english = _district_with_english_level(tokens, start, 1, vocabulary, words)
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


def _after_level_word(chosen: list[Mention], mention: Mention) -> bool:
    before = [other for other in chosen if other.end == mention.start]
    return any(other.kind == "word" and other.has("level") for other in before)


def _unknown_names(chosen: list[Mention], tokens: Sequence[Token], question: str, catalog: Catalog,
                   vocabulary: Vocabulary) -> list[Mention]:
    """Names the store does not know, made of the words no mention took: a capitalized run
    that opens with a family name (a person) or with the head of a body's name (a body:
    "Sở Y tế Hưng Yên" runs over the field and the province). In a question typed all in
    lower case, a family name and the words after it."""
    lower_case = not any(token.text[:1].isupper() for token in tokens[1:] if token.is_word)
    result: list[Mention] = []
    i = 0
    while i < len(chosen):
        mention = chosen[i]
        capital = tokens[mention.start].capitalized or lower_case
        head = mention.kind == "word" and mention.has("org_head") and capital
        surname = mention.kind == "other" and tokens[mention.start].key in vocabulary.surnames and capital
        if not (head or surname):
            result.append(mention)
            i += 1
            continue
        j = i + 1
        while j < len(chosen) and chosen[j].start == chosen[j - 1].end:
            following = chosen[j]
            if following.kind == "other" and tokens[following.start].capitalized:
                j += 1
            elif surname and following.kind == "other" and lower_case:
                j += 1
            elif head and (following.kind == "place" or following.has("field") or following.has("org_head")):
                j += 1
            else:
                break
        if j - i >= 2:
            start, end = chosen[i].start, chosen[j - 1].end
            kind = "unknown_person" if surname else "unknown_body"
            result.append(Mention(kind, start, end, span_text(tokens, start, end, question)))
            i = j
        else:
            result.append(mention)
            i += 1
    return result


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
                and chosen[j].district is None:
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


# ---------------------------------------------------------------- intents

# Words that take part in reading the intent, never words of an event's description.
_QUESTION_WORDS = frozenset({"wh", "copula", "include", "courtesy", "post", "leader", "member", "connect",
                             "article", "say", "have", "passive", "program_verb"})


def read(question: str, catalog: Catalog, vocabulary: Vocabulary) -> Reading:
    """The question as an intent and slots (see the module's docstring)."""
    found = mentions(question, catalog, vocabulary)
    return _Reader(question, found, catalog, vocabulary).reading()


class _Reader:
    def __init__(self, question: str, found: list[Mention], catalog: Catalog, vocabulary: Vocabulary) -> None:
        self.question = question
        self.found = found
        self.catalog = catalog
        self.vocabulary = vocabulary
        self.used: set[int] = set()  # ids of mentions a slot or the intent took

    # -- what the question holds

    def of_kind(self, *kinds: str) -> list[Mention]:
        return [mention for mention in self.found if mention.kind in kinds]

    def words(self, cls: str, value: str | None = None) -> list[Mention]:
        return [mention for mention in self.found if mention.kind == "word" and mention.has(cls, value)]

    def wh(self, *values: str) -> list[Mention]:
        return [mention for mention in self.words("wh") if set(mention.values("wh")) & set(values)]

    def use(self, *mentions_: Mention) -> None:
        self.used.update(id(mention) for mention in mentions_)

    # -- the reading

    def reading(self) -> Reading:
        reading = Reading("search", self.question, self.found)
        self.problems(reading)
        self.time(reading)
        intent = (self.article() or self.connections() or self.event_role() or self.directive()
                  or self.partners() or self.programs() or self.holders() or self.posts())
        if intent is None:
            reading.unused = [m for m in self.content() if m.kind not in ("time",)]
            return reading
        intent(reading)
        if reading.period is not None and reading.period.yearless and reading.intent in (
                "holder_of_post", "post_of_person"):
            time = next(m.text for m in self.of_kind("time") if m.time.period is reading.period)
            reading.problems.append(f'cannot place the time "{time}": name its year ("năm 2023", '
                                    '"tháng 12/2020", "in December 2020")')
        if reading.intent in ("chaired", "directed", "attended", "spoke"):
            reading.description = [m for m in self.content() if id(m) not in self.used]
        else:
            self.places(reading)
            if reading.intent != "article":
                for run in self.capitalized_runs():  # a name no slot took: never dropped
                    name = " ".join(mention.text for mention in run)
                    reading.problems.append(f'the store knows nothing called "{name}"')
            reading.unused = [m for m in self.content() if id(m) not in self.used and m.kind != "time"]
        return reading

    def places(self, reading: Reading) -> None:
        """Provinces narrow what an intent lists: the posts, programs, partners or directives
        of a province; the bodies named without their place ("Sở Y tế ... ở Nghệ An")."""
        for mention in self.of_kind("place"):
            if id(mention) in self.used or not mention.province:
                continue
            if reading.bodies:
                inside = [body for body in reading.bodies if body.province == mention.province.name]
                if not inside and reading.generic_body:
                    # "the People's Committee ... Kỳ Anh": that place's body, not any
                    reading.problems.append(f'the store knows no "{reading.body_text}" of {mention.text}')
                    reading.bodies = []
                    self.use(mention)
                    continue
                if not inside:
                    continue  # a province the bodies asked about are not in: not used
                if mention.district is not None:
                    district = ascii_key(mention.district.name)
                    inside = [body for body in inside if district in ascii_key(body.name)] or inside
                reading.bodies = inside
            reading.provinces.append(mention.province)
            self.use(mention)

    def governments(self) -> list[Mention]:
        """The People's Committees of the places named, as body mentions."""
        found = []
        for place in self.of_kind("place"):
            where = f"{place.district.kind} {place.district.name}" if place.district else \
                f"{place.province.kind} {place.province.name}"
            bodies, _ = self.catalog.bodies_named(pieces(tokenize(f"Ủy ban nhân dân {where}"), self.vocabulary))
            if bodies:
                self.use(place)
                found.append(Mention("body", place.start, place.end, place.text, bodies=bodies))
        return found

    def which_person(self) -> list[Mention]:
        """"nào" after a word for people, maybe with a body or place between ("lãnh đạo tỉnh
        nào", "Phó Chủ tịch UBND tỉnh nào", "đồng chí nào")."""
        found = []
        for mention in self.wh("which"):
            index = self.found.index(mention)
            before = index - 1
            while before >= 0 and (self.found[before].kind in ("body", "place") or self.found[before].has("level")):
                before -= 1
            if before >= 0 and any(self.found[before].has(cls) for cls in ("title", "leader", "honorific")):
                found.append(mention)
        return found

    def capitalized_runs(self) -> list[list[Mention]]:
        """Runs of capitalized words no mention took, after the question's first word: names."""
        runs: list[list[Mention]] = []
        first = min((mention.start for mention in self.found), default=0)
        for mention in self.found:
            if mention.kind != "other" or id(mention) in self.used or mention.start == first \
                    or not mention.text[:1].isupper():
                continue
            if runs and runs[-1][-1].end == mention.start:
                runs[-1].append(mention)
            else:
                runs.append([mention])
        return runs

    def content(self) -> list[Mention]:
        """Mentions that say something: not function words, nor words that ask."""
        return [mention for mention in self.found
                if not mention.is_function and not (mention.kind == "word" and all(
                    word.cls in FUNCTION | _QUESTION_WORDS for word in mention.words))]

    def problems(self, reading: Reading) -> None:
        for mention in self.of_kind("unknown_person"):
            suggestion = self.catalog.suggest_person(mention.key)
            reading.problems.append(f'the store knows no person named "{mention.text}"' + _did_you_mean(suggestion))
        for mention in self.of_kind("unknown_body"):
            suggestion = self.catalog.suggest_body(mention.key)
            reading.problems.append(f'the store knows no organization called "{mention.text}"'
                                    + _did_you_mean(suggestion))

    def time(self, reading: Reading) -> None:
        for mention in self.of_kind("time"):
            time = mention.time
            if time.period is not None:
                reading.period = reading.period or time.period
            elif time.problem == "year":
                reading.problems.append(f'cannot place the time "{mention.text}": name a year from 1900 to 2099 '
                                        '("năm 2023")')
            elif time.problem == "not a date":
                reading.problems.append(f'"{mention.text}" is not a real date')
            else:
                reading.problems.append(f'cannot place the time "{mention.text}": name its year '
                                        '("năm 2023", "tháng 12/2020", "in December 2020")')
            self.use(mention)

    def subject(self) -> tuple[list[Person], str | None, tuple[Title, list[Body]] | None, list[Mention]]:
        """The person the question is about: named ("Nguyễn Văn An"), unknown to the store, or
        designated by a title and a body or province ("Bí thư Tỉnh ủy Thái Bình")."""
        people = self.of_kind("person", "unknown_person")
        if people:
            persons = [person for mention in people for person in mention.persons]
            return persons, people[0].text, None, people
        titles = [m for m in self.words("title")]
        for title_mention in titles:
            after = self.found[self.found.index(title_mention) + 1:]
            holder = next((m for m in after[:2] if m.kind in ("body", "place")), None)
            if holder is None:
                continue
            rest = after[after.index(holder) + 1:]
            if rest and rest[0].kind == "word" and rest[0].has("wh", "which"):
                continue  # "PCT UBND tỉnh nào": asks who, designates no one
            title = self.vocabulary.titles[title_mention.values("title")[0]]
            bodies = holder.bodies if holder.kind == "body" else self.catalog.bodies_of_province(
                holder.province.name, title.heads or ("Ủy ban nhân dân",))
            if bodies:
                return [], None, (title, bodies), [title_mention, holder]
        return [], None, None, []

    # -- the intents, most specific first; each returns a function filling the reading

    def article(self):
        if not self.words("article"):
            return None
        key = ascii_key(self.question)
        names = [name for name in self.catalog.store.article_names() if ascii_key(name) in key]
        if not names:
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "article"
            reading.person_text = max(names, key=len)
            self.use(*self.words("article"), *self.words("say"), *self.of_kind("other"))
        return fill

    def connections(self):
        connect = self.words("connect")
        persons, text, designation, used = self.subject()
        if not connect or not (persons or designation or self.of_kind("unknown_person")):
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "connections"
            reading.persons, reading.person_text, reading.designation = persons, text, designation
            self.use(*connect, *used)
        return fill

    def event_role(self):
        roles = self.words("as_role")
        if not roles:
            return None
        persons, text, designation, used = self.subject()
        # Who: "ai", "who", or "nào" after a word for people ("lãnh đạo tỉnh nào", "PCT UBND tỉnh nào")
        asks_who = self.wh("person") or ([] if (persons or designation) else self.which_person())
        role_mention = _nearest(roles, asks_who[0]) if asks_who else roles[0]
        role = _role(role_mention)
        event_words = self.words("event_kind")
        is_directive = role_mention.has("directive") and not event_words
        if asks_who:
            if is_directive and (self.of_kind("body", "unknown_body")):
                return None  # "Ai chỉ đạo Sở X?": directives to a body

            def fill(reading: Reading) -> None:
                reading.intent = role
                reading.role = role
                self.use(*roles, *asks_who)
            return fill
        if persons or designation or self.of_kind("unknown_person"):
            if is_directive:
                return None  # "X chỉ đạo gì?": directives

            def fill_events(reading: Reading) -> None:
                reading.intent = "events_of_person"
                reading.role = role
                reading.persons, reading.person_text, reading.designation = persons, text, designation
                self.use(role_mention, *used, *self.wh("thing", "which"), *event_words)
                reading.description = [m for m in self.content() if id(m) not in self.used]
                self.use(*reading.description)
            return fill_events
        return None

    def directive(self):
        verbs = self.words("directive")
        if not verbs:
            return None
        persons, text, designation, used = self.subject()
        passive = self.words("passive")
        bodies = [m for m in self.of_kind("body") if m not in used]
        if not bodies and passive and not (persons or designation):
            bodies = self.governments()  # "Thành phố X được yêu cầu ...": its People's Committee
        people = self.of_kind("person", "unknown_person")
        received = passive and people and not any(p.end == people[0].start for p in passive)
        if received and not bodies and not self.wh("body"):
            return None  # "X được giao nhiệm vụ gì?": the person's posts ("được X giao": X gave it)
        if not (persons or designation or bodies or self.of_kind("unknown_person", "unknown_body")):
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "directive"
            reading.persons, reading.person_text, reading.designation = persons, text, designation
            if bodies:
                reading.bodies = [body for mention in bodies for body in mention.bodies]
                reading.body_text = bodies[0].text
                reading.generic_body = bodies[0].generic and any(body.province for body in reading.bodies)
            # Asked to whom: "P đề nghị B làm gì?", "Which bodies / whom did P direct?"
            reading.addressee = bool(bodies) or bool(self.wh("body")) or bool(
                (persons or designation) and self.wh("person"))
            self.use(*verbs, *used, *bodies, *passive, *self.words("program_kind", "Chỉ thị"), *self.wh("body"),
                     *self.wh("person"))
        return fill

    def partners(self):
        words = self.words("partner")
        if not words:
            return None
        bodies = self.of_kind("body")
        if not (bodies or self.of_kind("place", "unknown_body")):
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "partners"
            firms = [body for mention in bodies for body in mention.bodies if body.firm]
            others = [body for mention in bodies for body in mention.bodies if not body.firm]
            reading.firms, reading.bodies = firms, others
            reading.body_text = bodies[0].text if bodies else None
            self.use(*words, *bodies, *self.words("firm"))
        return fill

    def programs(self):
        kinds = self.words("program_kind")
        if not kinds or self.wh("person"):
            return None  # "Ai là PCT ... phụ trách dự án X?" asks for a person
        holders = self.of_kind("body", "place", "unknown_body")
        if not holders:
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "programs"
            reading.program_kind = next((value for value in kinds[0].values("program_kind") if value), None)
            places = {m.province.name for m in holders if m.kind == "place" and m.province}
            bodies = [m for m in holders if m.kind == "body"
                      and (not places or any(body.province in places for body in m.bodies))]
            # A body of another place ("Thái Nguyên ... với Ngân hàng Thế giới") only ranks the programs.
            reading.bodies = [body for mention in bodies for body in mention.bodies
                              if not places or body.province in places]
            reading.body_text = bodies[0].text if bodies else None
            self.use(*kinds, *bodies, *self.words("program_verb"))
        return fill

    def holders(self):
        titles = self.words("title")
        leaders = self.words("leader") + self.words("member")
        people = self.of_kind("person", "unknown_person")
        if people or not (titles or leaders):
            return None
        holders = self.of_kind("body", "place", "unknown_body")
        if not holders and not self.wh("person"):
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "holder_of_post"
            if titles:
                reading.title = self.vocabulary.titles[titles[0].values("title")[0]]
                self.use(titles[0])
            else:
                reading.leader = (leaders[0].values("leader") or leaders[0].values("member"))[0]
                self.use(leaders[0])
            bodies = [m for m in holders if m.kind == "body"]
            if bodies:
                reading.bodies = [body for mention in bodies for body in mention.bodies]
                reading.body_text = bodies[0].text
                reading.generic_body = bodies[0].generic and any(body.province for body in reading.bodies)
                self.use(*bodies)
            elif places := [m for m in holders if m.kind == "place"]:
                # "Bí thư Thái Bình", "Chủ tịch tỉnh Bình Định": the province's bodies that title is held in;
                # "lãnh đạo tỉnh Đồng Nai": the bodies that lead it
                heads = (reading.title.heads or ("Ủy ban nhân dân",)) if reading.title else self.vocabulary.leadership
                reading.bodies = self.catalog.bodies_of_province(places[0].province.name, heads)
                reading.body_text = places[0].text
                if reading.bodies:
                    self.use(places[0])
            self.use(*self.wh("person"), *self.words("copula"))
        return fill

    def posts(self):
        people = self.of_kind("person", "unknown_person")
        # a word for posts, "là ai" / "who is", or a title asked which ("làm giám đốc sở nào")
        asks = self.words("post") or self.words("copula") or (
            self.wh("which", "thing", "body") and [m for m in self.words("title") if not _describes(m, people)]) or (
            self.words("passive") and self.words("directive"))  # "X được giao nhiệm vụ gì?"
        if not people:
            names = self.capitalized_runs()
            if not (names and asks and self.wh("person", "thing")):
                return None
            # "Who is Pawalit Ua-Amornwanit?": a name the store does not know
            unknown = Mention("unknown_person", names[0][0].start, names[0][-1].end,
                              " ".join(mention.text for mention in names[0]))
            self.found.append(unknown)
            self.use(*names[0])

            def fill_unknown(reading: Reading) -> None:
                reading.intent = "post_of_person"
                reading.person_text = unknown.text
                reading.problems.append(f'the store knows no person named "{unknown.text}"')
                self.use(*asks, *self.wh("person", "thing"))
            return fill_unknown
        others = [m for m in self.content() if m.kind in ("other", "word") and not m.has("honorific")
                  and not m.has("title")]
        if not asks and others:
            return None  # "Ai cùng X đi trao học bổng?", "X và chuyển đổi số": not the person's posts
        persons, text, _, used = self.subject()

        def fill(reading: Reading) -> None:
            reading.intent = "post_of_person"
            reading.persons, reading.person_text = persons, text
            self.use(*used, *self.words("post"), *self.wh("person", "thing", "which", "place"),
                     *self.words("copula"), *self.words("passive"), *self.words("directive"))
            bodies = [m for m in self.of_kind("body") if id(m) not in self.used]
            if bodies:
                reading.bodies = [body for mention in bodies for body in mention.bodies]
                reading.body_text = bodies[0].text
                self.use(*bodies)
            titles = [m for m in self.words("title") if id(m) not in self.used and not _describes(m, people)]
            if titles:  # "X là Phó Chủ tịch tỉnh nào?": that post of X's
                reading.title = self.vocabulary.titles[titles[0].values("title")[0]]
                self.use(titles[0])
        return fill


def _describes(title: Mention, people: list[Mention]) -> bool:
    """The title is said of a person named ("Phó Chủ tịch ... Nguyễn Văn An")."""
    return any(title in person.about for person in people)


def _nearest(found: list[Mention], to: Mention) -> Mention:
    return min(found, key=lambda mention: min(abs(mention.start - to.end), abs(to.start - mention.end)))


def _role(mention: Mention) -> str:
    """The role a word names; "dự và chỉ đạo" names two: the one asked about is the first."""
    return mention.values("as_role")[0]


def _did_you_mean(names: list[str]) -> str:
    return f" (did you mean {' or '.join(names)}?)" if names else ""
