"""Administrative units in the text, and the province the article is about.

Place mentions (`tỉnh Thái Bình`, `TX An Nhơn`, a bare `Hà Tĩnh`) become spans
"place" carrying a `PlaceRef`. The article's province is the one named most
(explicit `tỉnh X` counts double, a district counts for its province) among the provinces
the text names itself, or that a careful reader tells from its units (FORMAT.md): two of its
districts or more, or the city named after it; an article that names one district ("TP Cẩm
Phả", maybe a visitor's) has none, as one that never names a province — we never guess. A province named after a person
is no place when written bare (`phong cách Hồ Chí Minh`: eponymous_places.tsv). A credited person's name is
no place, however it reads (`Ảnh: Hà Nam`, a byline `Thái Bình`).
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Author
from ..grammar import LEVEL_OF, MAX_HEAD_TOKENS, PLURAL, PlaceRef, Tokens, parse_place, parse_province_name
from ..lexicon.places import Places
from ..text import DASHES, fold
from .persons import preceded_by
from .stage import Stage



@Language.factory("vi_places", assigns=["doc.spans"], requires=["token.is_sent_start"])
class PlaceMentions(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        doc.spans["place"] = find_places(doc, tokens)


def find_places(doc: Doc, tokens: Tokens) -> list:
    places = tokens.lexicon.places
    spans = []
    road_ends = -1  # where the last name of a road ends: "cao tốc Tuyên Quang – Hà Giang" names two
    i = 0
    while i < tokens.n:
        found = parse_place(tokens, i)
        if found is None or found[1].name is None:
            bare = parse_province_name(tokens, i)
            if bare is not None and fold(tokens.span_text(i, bare[0])) in places.eponymous:
                i = bare[0]  # "phong cách Hồ Chí Minh": the person; not its abbreviation "TP.HCM"
                continue
            if bare is not None and (_names_a_road(tokens, i) or _joined_by_dash(tokens, road_ends, i)):
                i = road_ends = bare[0]  # "đường Hà Nội", "tuyến QL18 Bắc Ninh - Uông Bí": a road
                continue
            if bare is not None and _ends_a_persons_name(doc, tokens, i):
                i = bare[0]  # "ông Nguyễn Hải Dương": a person
                continue
            found = (bare[0], PlaceRef(bare[1].kind, bare[1].name, "province", bare[1].name)) if bare else None
            explicit = False
        else:
            explicit = True
        if found is None:
            i += 1
            continue
        end, place = found
        span = doc[i:end]
        span._.place = place
        span.label_ = "explicit" if explicit else "bare"
        spans.append(span)
        i = end
    return spans


def _ends_a_persons_name(doc: Doc, tokens: Tokens, i: int) -> bool:
    """Whether a bare name at token i ends a person's name: right after a family name
    (surnames.tsv) inside the sentence ("; Nguyễn Hải Dương, Bí thư Đảng ủy xã"). Not after
    the sentence's first word, which may be a preposition spelt like one ("Từ Hà Nội, ...")."""
    before = tokens.word_before(i)
    return before is not None and tokens.is_cap(before) and tokens.folded[before] in tokens.lexicon.persons.surnames \
        and not doc[before].is_sent_start


def _joined_by_dash(tokens: Tokens, end: int, i: int) -> bool:
    """Whether token i follows a dash right after `end` ("Tuyên Quang – | Hà Giang")."""
    dash = tokens.word_before(i)
    return end >= 0 and dash is not None and tokens.text[dash] in ("-", *DASHES) and tokens.word_before(dash) == end - 1


def _names_a_road(tokens: Tokens, i: int) -> bool:
    """Whether a bare name at token i is part of a road's name: after a word that names a
    road ("đường", "tuyến": name_blockers.tsv, kind road), or after a road's number ("QL18",
    "ĐT.741")."""
    before = tokens.word_before(i)
    return before is not None and (tokens.lexicon.persons.road_number.fullmatch(tokens.text[before]) is not None
                                   or preceded_by(tokens.lexicon.persons.roads, tokens, i) is not None)


@Language.factory("vi_article_province", assigns=["doc._.facts"], requires=["doc.spans"])
class ArticleProvince(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        facts, places = doc._.facts, self.lexicon.places
        # The input may say so (a JSONL field); a province it names that we do not know stays unknown.
        named = facts.article.province or voted_province(doc, tokens, _credited_names(facts.authors), places,
                                                         tinh_only=_writes_its_own_tinh(tokens))
        facts.province = places.province(named) if named else None


def _writes_its_own_tinh(tokens: Tokens) -> bool:
    """Whether the article writes a bare "tỉnh" for its own province ("UBND tỉnh", "của
    tỉnh"; not "các tỉnh", "5 tỉnh", "thứ 9/34 tỉnh", nor the level "đơn vị hành chính cấp
    tỉnh"): then it is about a province, not a centrally-run city."""
    for i in range(tokens.n):
        found = parse_place(tokens, i)
        before = tokens.word_before(i)
        if found is not None and found[1].name is None and found[1].level == "tỉnh" \
                and not (before is not None and (tokens.folded[before] in PLURAL | {LEVEL_OF}
                                                 or tokens.text[before][:1].isdigit())):
            return True
    return False


def _credited_names(authors: list[Author]) -> list[tuple[int, int]]:
    """Where the article's credits write their names: (start, end) character offsets."""
    ranges = []
    for author in authors:
        if author.evidence is not None:
            at = author.evidence.sentence.find(author.name)
            if at >= 0:
                ranges.append((author.evidence.start + at, author.evidence.start + at + len(author.name)))
    return ranges


def voted_province(doc: Doc, tokens: Tokens, credited: list[tuple[int, int]], places: Places,
                   tinh_only: bool = False) -> str | None:
    """The province named most, but for one named as former ("tỉnh Ninh Thuận cũ": merged
    away in 2025); with `tinh_only`, a tỉnh, when the article writes a bare "tỉnh" for its
    own and names one: "UBND tỉnh tiếp Tổng lãnh sự Cuba tại TP. Hồ Chí Minh" is about the
    tỉnh it names, however often it names the city."""
    votes: Counter[str] = Counter()
    bodies: Counter[str] = Counter()  # the tie-break: provinces named as a body's place
    named = set()  # a district supports its province, but only one the text names itself
    for span in doc.spans["place"]:
        place: PlaceRef = span._.place
        if place.province and not any(start <= span.start_char < end for start, end in credited) \
                and not _named_former(tokens, span.end):
            votes[place.province] += 2 if span.label_ == "explicit" else 1
            bodies[place.province] += _names_a_bodys_place(tokens, span.start)
            if place.rank == "province":
                named.add(place.province)
    by_units = _province_of_its_units(doc, credited)
    votes = Counter({name: count for name, count in votes.items() if name in named or name == by_units})
    if tinh_only:
        tinh = Counter({name: count for name, count in votes.items()
                        if (province := places.province(name)) is not None and province.kind == "tỉnh"})
        votes = tinh or votes
    if votes:
        (best, count), *rest = votes.most_common(2) + [(None, 0)]
        if count > rest[0][1]:
            return best
        # a tie is settled by the bodies: "Chủ tịch UBND tỉnh X ... đoạn qua tỉnh Y" is about X
        tied = sorted((bodies[name], name) for name, votes_of in votes.items() if votes_of == count)
        if tied[-1][0] > tied[-2][0]:
            return tied[-1][1]
    return None


def _province_of_its_units(doc: Doc, credited: list[tuple[int, int]]) -> str | None:
    """The province whose units alone the article names, when they tell it: two of its districts
    or more ("huyện Vị Xuyên ... huyện Hoàng Su Phì"), or the city named after it ("thành phố
    Lạng Sơn"); one district of another name may be a visitor's ("TP Cẩm Phả")."""
    units: dict[str, set[str]] = {}
    for span in doc.spans["place"]:
        place: PlaceRef = span._.place
        if place.rank == "district" and place.province and place.name \
                and not any(start <= span.start_char < end for start, end in credited):
            units.setdefault(place.province, set()).add(fold(place.name))
    if len(units) != 1:
        return None
    [(province, names)] = units.items()
    return province if len(names) >= 2 or fold(province) in names else None


def _names_a_bodys_place(tokens: Tokens, i: int) -> bool:
    """Whether the place at token i is written right after a body's head ("UBND | tỉnh X")."""
    heads = tokens.lexicon.organizations.heads
    return any((head := heads.match(tokens.folded, start)) is not None and head[0] == i
               for start in range(max(0, i - MAX_HEAD_TOKENS), i))


def _named_former(tokens: Tokens, i: int) -> bool:
    """Whether a word of a former unit follows token i, in parentheses or not ("tỉnh X
    cũ", "xã Y (cũ)": title_status.tsv)."""
    j = tokens.skip_space(i)
    if j < tokens.n and tokens.text[j] == "(":
        j = tokens.skip_space(j + 1)
    found = tokens.lexicon.persons.status_notes.match(tokens.folded, j)
    return found is not None and bool(found[1])
