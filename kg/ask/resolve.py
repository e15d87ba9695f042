"""Resolution: the people, bodies and provinces a question's words name, as the store holds them.

A `Catalog` reads the names the store knows once per question (people; bodies and
firms with their aliases and province) and finds them among the question's tokens:

- a person by the words of their name, typed with or without diacritics;
- a body by its canonical name or an alias, with abbreviations expanded ("Sở TTTT Thái
  Bình", "UBND TP.HCM", "Sở GD&ĐT"): exactly, else without the level word before its
  province ("Sở TTTT tỉnh Thái Bình" = "Sở TTTT Thái Bình"), else without its province
  ("Sở TTTT" is the Sở TTTT of every province; a province named elsewhere in the
  question narrows it). A name in English is put in Vietnamese first (`english_body`);
- a province by its name or an alias (extract/data/provinces.tsv), with or without a
  level word.

Nothing the user typed reaches SPARQL here: these queries take no values.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

from extract.lexicon.places import District, Province
from extract.text import ascii_key, fold
from kg.ask.tokens import Token, tokenize
from kg.ask.vocabulary import Vocabulary
from kg.ask.store_reads import pairs, rows_for
from kg.store import Store

_PERSONS = "SELECT ?person ?name WHERE { ?person a foaf:Person ; foaf:name ?name }"
_BODY_NAMES = "SELECT ?body ?name WHERE { ?body a org:Organization ; schema:name ?name }"
_ALIASES = "SELECT ?body ?label WHERE { ?body schema:alternateName ?label }"
_LOCATED = "SELECT ?body ?place WHERE { ?body kgo:locatedIn ?place }"
_DISTRICTS = "SELECT ?district ?province WHERE { ?district a kgo:District ; schema:containedInPlace ?province }"
_PROVINCES = "SELECT ?province ?name WHERE { ?province a kgo:Province ; schema:name ?name }"
_FIRMS = "SELECT ?firm ?name WHERE { ?firm a schema:Corporation ; schema:name ?name }"
_PARENTS = "SELECT ?body ?parent WHERE { ?body org:subOrganizationOf ?parent }"
_SEAT = "tại"  # before where a diplomatic mission sits


@dataclass(frozen=True)
class Person:
    iri: str
    name: str


@dataclass(frozen=True)
class Body:
    iri: str
    name: str
    province: str | None  # the province it is located in (a district's province)
    firm: bool


@dataclass(frozen=True)
class Piece:
    """Question tokens start..end as the words of canonical names (abbreviations expanded)."""

    start: int
    end: int
    words: tuple[str, ...]  # ascii keys
    province: Province | None = None  # the tokens name this province
    level: str | None = None  # a level word ("tỉnh", "thành phố")
    district: bool = False  # the tokens name a district, after its level word


def pieces(tokens: Sequence[Token], vocabulary: Vocabulary) -> list[Piece]:
    """The words of `tokens`, with abbreviations, aliases and level words in their canonical
    form, provinces marked; punctuation dropped. Read by the words' keys (`NameWords`), so
    that the store's many names are put in this form fast."""
    names = vocabulary.names
    words = [(index, token) for index, token in enumerate(tokens) if token.is_word]
    keys = [token.key for _, token in words]

    def longest(table: dict, at: int) -> tuple[int, object] | None:
        most = names.first_words.get(id(table), {}).get(keys[at], 0)  # the longest phrase opening so
        for size in range(min(most, len(keys) - at), 0, -1):
            found = table.get(tuple(keys[at:at + size]))
            if found is not None:
                return at + size, found
        return None

    def span(at: int, end: int) -> tuple[int, int]:
        return words[at][0], words[end - 1][0] + 1

    found: list[Piece] = []
    i = 0
    while i < len(words):
        province = longest(names.provinces, i)
        expansion = longest(names.expansions, i)
        if expansion and tuple(keys[i:i + len(expansion[1])]) == expansion[1]:
            expansion = None  # written out in full: "Sở Thông tin và Truyền thông", not its short form
        elif expansion and tuple(keys[i:expansion[0]]) in names.capitals and not words[i][1].text.isupper():
            expansion = None  # "tư" of "Đầu tư" is no "TƯ" (Trung ương)
        level = longest(names.levels, i)
        opens_head = any(tuple(keys[i:i + len(head)]) == head for head in names.heads
                         if level and len(head) > level[0] - i)  # "Tỉnh ủy" is no level word
        if province and (not expansion or province[0] >= expansion[0]):
            end, place = province
            found.append(Piece(*span(i, end), tuple(ascii_key(place.name).split()), place))
        elif level and not opens_head and (not expansion or level[0] >= expansion[0]):
            end, canonical = level
            found.append(Piece(*span(i, end), tuple(ascii_key(canonical).split()), level=canonical))
        elif expansion:
            end, canonical_words = expansion
            found.append(Piece(*span(i, end), canonical_words))
        elif found and found[-1].level and found[-1].level != "tỉnh" and (
                longest(names.districts, i) or words[i][1].capitalized):
            # "huyện | Vân Canh": a district by its name, or a capitalized name after the level word
            known = longest(names.districts, i)
            end = known[0] if known else i
            while not known and end < len(words) and words[end][1].capitalized and end - i < 4:
                end += 1
            found.append(Piece(*span(i, end), tuple(keys[i:end]), district=True))
        else:
            end = i + 1
            found.append(Piece(*span(i, end), (keys[i],)))
        i = end
    return found


def name_keys(pieces_: Sequence[Piece]) -> tuple[str, str, str | None, Province | None]:
    """(exact key, loose key: without a level word before a final province, generic key:
    without the final place, that province)."""
    words = [word for piece in pieces_ for word in piece.words]
    exact = " ".join(words)
    if pieces_ and pieces_[-1].district and len(pieces_) > 1 and pieces_[-2].level:
        # "Phòng GDĐT huyện Hoành Bồ" is also "Phòng GDĐT Hoành Bồ"
        loose = " ".join(word for piece in (*pieces_[:-2], pieces_[-1]) for word in piece.words)
        return exact, loose, None, None
    if not pieces_ or pieces_[-1].province is None:
        return exact, exact, None, None
    *before, place = pieces_
    if before and before[-1].level:
        before = before[:-1]
    without = " ".join(word for piece in before for word in piece.words)
    loose = " ".join(filter(None, (without, " ".join(place.words))))
    return exact, loose, without or None, place.province


_LABEL_KEYS: dict[tuple[int, str], tuple] = {}  # (id of the vocabulary, name) → its keys


def _label_keys(label: str, vocabulary: Vocabulary) -> tuple:
    """`name_keys` of a name of the store; bodies of many articles share a name, and a process
    that answers many questions reads the same names: each is put in one form once."""
    key = (id(vocabulary), label)
    found = _LABEL_KEYS.get(key)
    if found is None:
        if len(_LABEL_KEYS) > 500_000:
            _LABEL_KEYS.clear()
        found = _LABEL_KEYS[key] = name_keys(pieces(tokenize(label), vocabulary))
    return found


class Catalog:
    """The names a store knows, looked up by the words of a question."""

    def __init__(self, store: Store, vocabulary: Vocabulary) -> None:
        self.store = store
        self.vocabulary = vocabulary
        self.memo: dict = {}  # what other modules read of the store once per catalog (kg.ask.events)

    @cached_property
    def persons(self) -> dict[str, list[Person]]:
        """Ascii key of a name → the people of that name."""
        found: dict[str, list[Person]] = {}
        for iri, name in pairs(self.store, _PERSONS):
            found.setdefault(ascii_key(name), []).append(Person(iri, name))
        return found

    @cached_property
    def province_names(self) -> dict[str, str]:
        """IRI → name of the provinces in the store."""
        return dict(pairs(self.store, _PROVINCES))

    @cached_property
    def bodies(self) -> dict[str, Body]:
        places = dict(pairs(self.store, _LOCATED))
        in_province = dict(pairs(self.store, _DISTRICTS))
        firms = {iri for iri, _ in pairs(self.store, _FIRMS)}
        found: dict[str, Body] = {}
        for iri, name in pairs(self.store, _BODY_NAMES):
            place = places.get(iri)
            province = self.province_names.get(in_province.get(place, place)) if place else None
            found.setdefault(iri, Body(iri, name, province, iri in firms))
        return found

    @cached_property
    def parents(self) -> dict[str, list[str]]:
        """IRI of a body → IRIs of the bodies it is part of."""
        found: dict[str, list[str]] = {}
        for body, parent in pairs(self.store, _PARENTS):
            found.setdefault(body, []).append(parent)
        return found

    def with_ancestors(self, iris: list[str]) -> set[str]:
        """The bodies and every body they are part of ("Thường trực Tỉnh ủy X" is of "Tỉnh ủy X")."""
        if not self.parents:
            return set(iris)
        found: set[str] = set()
        todo = list(iris)
        while todo:
            iri = todo.pop()
            if iri not in found:
                found.add(iri)
                todo += self.parents.get(iri, [])
        return found

    @cached_property
    def _labels(self) -> list[tuple[Body, str]]:
        """Names and aliases of the bodies; not an alias that is only a field ("TT&TT") or a
        place ("An Giang" for its People's Committee, asked "đề nghị An Giang ..."): an article
        may call its department or government so, a question means the field or the place."""
        labels = [(body, body.name) for body in self.bodies.values()]
        not_a_name: dict[str, bool] = {}
        for iri, label in pairs(self.store, _ALIASES):
            if label not in not_a_name:
                not_a_name[label] = ascii_key(label) in self.vocabulary.field_keys or \
                    _label_keys(label, self.vocabulary)[0] in self.vocabulary.field_keys or \
                    all(piece.province or piece.district or piece.level
                        for piece in pieces(tokenize(label), self.vocabulary))
            if iri in self.bodies and not not_a_name[label]:
                labels.append((self.bodies[iri], label))
        return list(dict.fromkeys(labels))

    @cached_property
    def body_keys(self) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
        """(exact, loose, generic) key → IRIs of bodies; see `name_keys`."""
        exact: dict[str, set[str]] = {}
        loose: dict[str, set[str]] = {}
        generic: dict[str, set[str]] = {}
        for body, label in self._labels:
            exact_key, loose_key, generic_key, _ = _label_keys(label, self.vocabulary)
            exact.setdefault(exact_key, set()).add(body.iri)
            loose.setdefault(loose_key, set()).add(body.iri)
            generic.setdefault(generic_key or exact_key, set()).add(body.iri)
        return exact, loose, generic

    def bodies_named(self, pieces_: Sequence[Piece]) -> tuple[list[Body], bool]:
        """The bodies the words name, and whether the words name no place ("Sở TTTT": the Sở
        TTTT of every province, and one named without a place; a place named right after
        it, or elsewhere in the question, narrows them)."""
        exact_key, loose_key, generic_key, province = name_keys(pieces_)
        exact, loose, generic = self.body_keys
        # A place named: a province or a district; a level word alone ("Công an tỉnh") names none
        named_place = province is not None or any(piece.district for piece in pieces_) or any(
            piece.level for piece in pieces_[:-1])
        # a mission named without its seat is also the one named with it ("Đại sứ quán Canada":
        # "... Canada tại Việt Nam")
        seated = {iri for name, iris in exact.items() if name.startswith(exact_key + " ") for iri in iris
                  if self._seated_after(iri, len(exact_key.split()))}
        for table, key in ((exact, exact_key), (loose, loose_key)):
            if key in table:
                # a body the store names by its head alone ("Huyện ủy" of an article that never
                # names its district) does not stand for the others of that kind
                every = set().union(*(iris for name, iris in exact.items() if name.startswith(key + " "))) \
                    if not named_place and table is exact else set()
                return self._sorted(table[key] | every | seated), not named_place
        if not named_place and exact_key in generic:
            return self._sorted(generic[exact_key] | seated), True
        if seated:
            return self._sorted(seated), not named_place
        return [], False

    def _seated_after(self, iri: str, words: int) -> bool:
        """Whether the body's name goes on after its first `words` words with where it sits
        ("Đại sứ quán Canada | tại Việt Nam"; not "Sở | Tài chính", the same key)."""
        name = fold(self.bodies[iri].name).split() if iri in self.bodies else []
        return len(name) > words and name[words] == _SEAT

    def _sorted(self, iris: set[str]) -> list[Body]:
        return sorted((self.bodies[iri] for iri in iris), key=lambda body: (body.name, body.iri))

    def persons_named(self, key: str) -> list[Person]:
        return self.persons.get(key, [])

    def persons_with_keys(self, keys: Sequence[str]) -> dict[str, list[Person]]:
        """Key → the people of that name, for these keys only: looked up by the store's name
        keys, not by reading every name (a question names a person or two)."""
        found: dict[str, list[Person]] = {}
        for key, iri, name in rows_for(self.store, "key", keys, "?person kgo:nameKey ?key ; a foaf:Person ; "
                                                                 "foaf:name ?name", "?key ?person ?name",
                                       literals=True):
            found.setdefault(key, []).append(Person(iri, name))
        return found

    def persons_ending_with(self, key: str) -> list[Person]:
        """People whose name ends with these words ("Minh Khôi" → Đào Minh Khôi)."""
        return [person for full, people in self.persons.items() if full.endswith(" " + key) for person in people]

    def bodies_of_place(self, province: str, district: District | None, heads: Sequence[str]) -> list[Body]:
        """The bodies of a province or district named by one of `heads` and the place only
        (the province's Tỉnh ủy, Ủy ban nhân dân ...; "thị xã Kỳ Anh": that town's), in the
        order of `heads`."""
        if district is not None:
            names = {ascii_key(f"{district.kind} {district.name}")}
        else:
            names = {ascii_key(province), f"tinh {ascii_key(province)}", f"thanh pho {ascii_key(province)}"}
        wanted = [ascii_key(head) for head in heads]
        found: list[tuple[int, Body]] = []
        for body in self.bodies.values():
            if body.province != province or body.firm:
                continue
            key = ascii_key(body.name)
            for rank, head in enumerate(wanted):
                if key.startswith(head) and key.removeprefix(head).strip() in names:
                    found.append((rank, body))
        return [body for _, body in sorted(found, key=lambda pair: (pair[0], pair[1].name))]

    @cached_property
    def localities(self) -> dict[str, set[str | None]]:
        """Key of a commune, ward or district as the store's bodies end their names ("phuong
        tuong mai" of "Ủy ban nhân dân phường Tương Mai") → the provinces of those bodies:
        the places below a province the store knows, which the place tables may not list."""
        levels = {" ".join(words) for words, canonical in self.vocabulary.names.levels.items()
                  if canonical != "tỉnh" and words == tuple(ascii_key(canonical).split())}
        # a province that no longer exists is one of them too ("tỉnh Hà Nam Ninh": former_provinces.tsv)
        former = {f"tinh {ascii_key(name)}" for name in self.vocabulary.places.former_province_names}
        found: dict[str, set[str | None]] = {}
        for body in self.bodies.values():
            if body.firm:
                continue
            words = [token.key for token in tokenize(body.name) if token.is_word]  # one apostrophe, as questions
            for at in range(1, len(words) - 1):
                for size in (1, 2):
                    if " ".join(words[at:at + size]) in levels and at + size < len(words) and \
                            tuple(words[at:at + size + 1]) not in self.vocabulary.names.heads:  # not "huyện ủy"
                        found.setdefault(" ".join(words[at:]), set()).add(body.province)
                if " ".join(words[at:]) in former:
                    found.setdefault(" ".join(words[at:]), set()).add(body.province)
        return found

    def suggest_person(self, key: str) -> list[str]:
        close = difflib.get_close_matches(key, list(self.persons), n=3, cutoff=0.85)
        return list(dict.fromkeys(self.persons[match][0].name for match in close))

    def suggest_body(self, key: str) -> list[str]:
        exact, _, _ = self.body_keys
        close = difflib.get_close_matches(key, list(exact), n=3, cutoff=0.85)
        return list(dict.fromkeys(self.bodies[sorted(exact[match])[0]].name for match in close))
