"""Bodies named in English: "the Department of Health of Nghệ An", "Nghệ An Department of
Health", "Kỳ Anh town People's Committee", "the Propaganda Department of the Quảng Nam
Provincial Party Committee", "Becamex International Hospital".

A kind of body ("Department", "People's Committee": question_words.tsv, slot body) with the
parts of its name around it in English order — a field ("of Health"), a province or a
district with its English level ("of Nghệ An", "Kỳ Anh town"), a body it belongs to ("of
the ... Party Committee"), a proper name before it — and only "of", "the" between, is put
in Vietnamese order and looked up like a Vietnamese name. A name in full the store does
not know is a body it does not know.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extract.lexicon.places import District
from extract.text import ascii_key
from kg.ask.resolve import Catalog, pieces
from kg.ask.tokens import Token, span_key, tokenize
from kg.ask.vocabulary import Vocabulary, Word

def english_bodies(tokens: Sequence[Token], catalog: Catalog, vocabulary: Vocabulary, words: list[list[Word]]):
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
    right = _english_parts(tokens, end, len(tokens), 1, catalog, vocabulary, words)
    left = _english_parts(tokens, start - 1, -1, -1, catalog, vocabulary, words)
    parts = {**left.parts, **right.parts}
    place = parts.get("province") or parts.get("district")
    # "provincial" inside the kind of body's name ("provincial People's Committee") says the level too
    inside = next((word.value for i in range(start, end) for word in words[i]
                   if word.cls == "level" and tokens[i].key in ("province", "provincial", "city")), None)
    level = (parts.get("level") or inside) if "province" in parts else getattr(parts.get("district"), "kind", None)
    for with_place in ((True, False) if place else (False,)):
        for with_field in ((True, False) if "field" in parts else (False,)):
            names = " ".join(left.names) or None  # the names before a body it belongs to are that body's
            name = " ".join(filter(None, (
                head, parts.get("field") if with_field else None, *((parts["parent"], names) if "parent" in left.parts
                                                                   else (names, parts.get("parent"))),
                level if with_place else None, place.name if with_place else None)))
            bodies, generic = catalog.bodies_named(pieces(tokenize(name), vocabulary))
            if not with_place and place is not None:
                bodies = [body for body in bodies if body.province is None]  # a national body, then a place
            if bodies and (with_place or place is None):
                return [(left.start, right.end, bodies, generic)], []
            if bodies:
                return [(min(left.start_without_place, start), max(right.end_without_place, end), bodies, generic)], []
    if set(parts) - {"level"} or left.names:  # a body named in full that the store does not know
        return [], [(left.start, right.end, [], False)]
    return [], []  # a kind of body, at most with its level ("which provincial department"): no name


@dataclass
class _EnglishParts:
    start: int  # the first token of the name (for the part before the kind of body)
    end: int  # after the last (for the part after it)
    start_without_place: int
    end_without_place: int
    parts: dict = field(default_factory=dict)  # field, province, district, level, parent
    names: list[str] = field(default_factory=list)  # proper names before the kind of body


def _english_parts(tokens: Sequence[Token], i: int, stop: int, step: int, catalog: Catalog, vocabulary: Vocabulary,
                   words: list[list[Word]]) -> _EnglishParts:
    """The parts of an English body's name from token i on, to the right (step 1) or left (-1)."""
    edge = i - step  # the last token taken (the kind of body's own edge to begin with)
    found = _EnglishParts(edge if step < 0 else 0, edge + 1 if step > 0 else 0, 0, 0)
    place_edge = edge
    while i != stop:
        # a body right before the kind of body is the one it belongs to ("Quảng Nam College party committee")
        taken = _english_part(tokens, i, step, catalog, vocabulary, words, parent_before=step < 0 and i == edge + step)
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


def _english_part(tokens, i, step, catalog, vocabulary, words, parent_before=False):
    """(kind, value, next index) of what stands at token i of an English body's name, going
    right (step 1) or left (-1): a province, a district with its English level, a field, a
    body it belongs to (leftwards only right before the kind of body: `parent_before`), a level
    word, "of"/"the", or (leftwards) a proper name."""
    for kind, index in (("province", vocabulary.provinces), ("field", vocabulary.english_fields),
                        ("parent", vocabulary.english_bodies)):
        if kind == "parent" and step < 0 and not parent_before:
            continue  # a body further before the kind of body is another body
        for first in (range(i, i + 1) if step > 0 else range(max(0, i - 7), i + 1)):
            ends = [(end, value) for end, value in index.matches(tokens, first)
                    if (step > 0) or end == i + 1]
            if ends:
                end, value = max(ends, key=lambda pair: pair[0])  # the longest: "education and training"
                return kind, value, (end if step > 0 else first - 1)
    district = district_with_english_level(tokens, i, step, vocabulary, words) or \
        _locality_with_english_level(tokens, i, step, catalog, words)
    if district:
        return district
    if any(word.cls == "level" for word in words[i]) and tokens[i].key in ("province", "provincial", "city"):
        return "level", next(word.value for word in words[i] if word.cls == "level"), i + step
    if tokens[i].key == "of" and step < 0:
        return None  # "Chief Judge of | the X district People's Court": what comes before "of" is no part of the name
    if tokens[i].key in ("of", "the", "'s"):
        return "filler", None, i + step
    if step < 0 and tokens[i].capitalized and tokens[i].is_word and not words[i]:
        return "name", tokens[i].text, i + step
    return None


MAX_LOCALITY_WORDS = 4


def _locality_with_english_level(tokens, i, step, catalog, words):
    """("district", a District of the name as typed, next index) for "Đăk R’Lấp district", "Tương Mai
    ward" at i when the place tables do not list it (or spell it otherwise) but the store's bodies end
    their names with it ("Tòa án nhân dân huyện Đăk R’lấp", kg.ask.resolve.Catalog.localities)."""
    for size in range(1, MAX_LOCALITY_WORDS + 1):
        first, level_at = (i, i + size) if step > 0 else (i - size, i)
        if first < 0 or level_at >= len(tokens) or not all(token.is_word for token in tokens[first:level_at]):
            continue
        level = next((word.value for word in words[level_at] if word.cls == "level" and word.value != "tỉnh"), None)
        if level is None or not tokens[first].capitalized:
            continue
        if f"{ascii_key(level)} {span_key(tokens, first, level_at)}" in catalog.localities:
            name = " ".join(token.text for token in tokens[first:level_at])
            return "district", District(name, level, "", ""), (level_at + 1 if step > 0 else first - 1)
    return None


def district_with_english_level(tokens, i, step, vocabulary, words):
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


