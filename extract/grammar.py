"""The phrase grammar of administrative names: places and organizations.

Vietnamese organization names are built compositionally:
`Ban Tuyên giáo` + `Tỉnh ủy` (+ the province), `Văn phòng` + `UBND tỉnh`,
`Sở` + a field (`TT&TT`) + `tỉnh Bắc Kạn`. The lexicons in `extract/data/` say which
head takes which complement and what may attach to it; this module applies them
to a token sequence and builds canonical names in the gold format
(`Sở Thông tin và Truyền thông tỉnh Bắc Kạn`). The spaCy components call it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Generic, TypeVar

from .lexicon import Lexicon
from .lexicon.organizations import HeadRule
from .lexicon.phrases import PhraseTable
from .lexicon.places import District, Province
from .text import fold, fold_token, is_vietnamese_syllable

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

MAX_NAME_TOKENS = 20  # long descriptive names exist: "Ban đô thị thích ứng biến đổi khí hậu và ..."
MAX_PARENT_DEPTH = 3
SHARED_TAIL_TOKENS = 12  # how far a list of bare heads runs to the place or parent they share
MAX_HEAD_TOKENS = 5  # syllables of the longest head written before a place ("Ủy ban nhân dân")
PLURAL = {"các", "những"}  # "UBND các huyện": many bodies of that kind, none named
_LIST_OPENERS = {"như", "gồm", ":", "là"}  # "các sở như Nội vụ, Tư pháp"
THIS = "này"  # "UBND tỉnh này": the unit named before
SEAT = "tại"  # "Đại sứ quán X tại Việt Nam": where a mission sits (organizations.tsv, attach seat)
SEAT_COUNTRY_TOKENS = 2  # "Việt Nam", "Nhật Bản", "Hàn Quốc": a country named as a seat
LEVEL_OF = "cấp"  # "Ban An toàn giao thông cấp tỉnh": the province's; "UBND cấp huyện": every district's
TERRITORY = ("trên", "địa", "bàn")  # "Hội đồng thẩm định giá đất trên địa bàn tỉnh": the province's
REGION = ("khu", "vực")  # "Chi cục Hải quan khu vực XX": a numbered region's, of several provinces


# ---------------------------------------------------------------- token view


class Tokens:
    """Token texts of a Doc, folded once, with the checks the grammar needs and the
    lexicon it reads them with."""

    def __init__(self, doc: "Doc", lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.text: list[str] = [t.text for t in doc]
        self.folded: list[str] = [fold_token(t) for t in self.text]
        self.n = len(self.text)

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.text[i][0].isalnum()

    def is_cap(self, i: int) -> bool:
        """Starts with an upper-case letter (a proper-name syllable, an abbreviation)."""
        return 0 <= i < self.n and self.text[i][0].isupper()

    def is_space(self, i: int) -> bool:
        return 0 <= i < self.n and self.text[i].isspace()

    def skip_space(self, i: int) -> int:
        """Next non-space position at or after i, not crossing a line break."""
        while i < self.n and self.text[i].isspace() and "\n" not in self.text[i]:
            i += 1
        return i

    def word_before(self, i: int) -> int | None:
        """The position of the last non-space token before i, or None at the start."""
        j = i - 1
        while j >= 0 and self.is_space(j):
            j -= 1
        return j if j >= 0 else None

    def written_before(self, end: int, words: list[str]) -> int | None:
        """Where the folded `words` start when they are written right before token `end`
        (spaces aside), or None."""
        start: int | None = end
        for word in reversed(words):
            start = self.word_before(start)
            if start is None or self.folded[start] != word:
                return None
        return start

    def span_text(self, start: int, end: int) -> str:
        return self.doc[start:end].text


# ---------------------------------------------------------------- places


@dataclass(frozen=True)
class PlaceRef:
    """An administrative unit as named in the text."""

    level: str  # "tỉnh", "thị xã", "xã" ...
    name: str | None  # "Kỳ Anh"; None for a bare level word ("UBND tỉnh")
    rank: str  # "province", "district" or "commune"
    province: str | None = None  # the province it lies in, when known
    foreign: bool = False  # a unit of another country ("thành phố Sakai (Nhật Bản)"): no People's Committee

    def render(self) -> str:
        return f"{self.level} {self.name}" if self.name else self.level


def parse_place(tokens: Tokens, i: int) -> tuple[int, PlaceRef] | None:
    """`tỉnh Thái Bình`, `TX An Nhơn`, `thị xã Kỳ Anh`, `xã Nhơn Hạnh`, or a bare `tỉnh`."""
    lex = tokens.lexicon.places
    found = lex.levels.match(tokens.folded, i)
    if found is None:
        return None
    end, level, rank = found[0], found[1].canonical, found[1].rank
    j = end
    if j < tokens.n and tokens.text[j] == "." and tokens.text[j - 1].isupper():
        j += 1  # "TP. Hà Tĩnh"; after a word ("... của xã. Đồng chí ...") the sentence ends
    j = tokens.skip_space(j)
    if j < tokens.n and tokens.folded[j] == THIS:
        return j + 1, PlaceRef(level, None, rank)  # "tỉnh này": the unit named before, as a bare "tỉnh"
    if rank == "province" and (former := _former_province(tokens, j)) is not None:
        return former[0], PlaceRef(level, former[1], rank)  # "tỉnh Hà Nam Ninh": no present province
    if rank != "commune" and tokens.is_cap(j):
        # After a level word a known name wins, whatever follows it ("TP Hà Tĩnh Lương Văn Khải").
        known = lex.province_names.match(tokens.folded, j) if rank == "province" or level == "thành phố" else None
        if known and (rank == "province" or known[1].kind == "thành phố"):
            province = known[1]
            return known[0], PlaceRef(province.kind, province.name, "province", province.name)
        # no district is a "tỉnh" ("Phó Chủ tịch UBND tỉnh Đồng Văn Thanh": a person's name follows)
        district = lex.district_names.match(tokens.folded, j) if level != "tỉnh" else None
        if district:
            units = [u for u in district[1] if u.kind == level] or district[1]
            provinces = {u.province for u in units}
            return district[0], PlaceRef(level, tokens.span_text(j, district[0]), "district",
                                         provinces.pop() if len(provinces) == 1 else None)
        foreign = foreign_name_end(tokens, j)
        if foreign is not None:
            return foreign, PlaceRef(level, tokens.span_text(j, foreign), rank, foreign=True)
        if rank == "province":
            # "UBND tỉnh Lê Văn A": an unknown capitalized word after "tỉnh" is not a
            # province (we know them all); the level word stands alone.
            return end, PlaceRef(level, None, rank)
    if rank == "province" and j < tokens.n and tokens.text[j].isdigit():
        return end, PlaceRef(level, None, rank)  # "trình UBND tỉnh 64 hồ sơ": no province has a number
    name_end = _unknown_place_name(tokens, j, level=i)
    if name_end == j:
        return end, PlaceRef(level, None, rank)
    if rank == "commune":
        name_end = _with_former_town(tokens, name_end)
    return name_end, PlaceRef(level, tokens.span_text(j, name_end), rank)


FOREIGN_NAME_LETTERS = 3  # fewer make an initial ("tỉnh N" where a page was cut), no name of another country


def foreign_name_end(tokens: Tokens, i: int) -> int | None:
    """End of the name of another country's unit at token i, a level word before it: capitalized
    words that are no Vietnamese syllables ("Sakai", "Niigata", "Gyeongsangbuk"), or any
    followed by their country in brackets ("Hủa Phăn (Lào)"), or a neighbouring country's
    province written in Vietnamese syllables (foreign_units.tsv: "Xiêng Khoảng"); None for a
    name of ours."""
    known = tokens.lexicon.places.foreign_units.match(tokens.folded, i) if tokens.is_cap(i) else None
    if known is not None:
        return known[0]
    end = i
    while end < tokens.n and tokens.is_cap(end) and _is_name_syllable(tokens.text[end].replace("-", "")):
        end = tokens.skip_space(end + 1)
    while end > i and tokens.is_space(end - 1):
        end -= 1
    if end == i:
        return None
    bracket = tokens.skip_space(end)
    country = tokens.lexicon.places.countries.match(tokens.folded, tokens.skip_space(bracket + 1)) \
        if bracket < tokens.n and tokens.text[bracket] == "(" else None
    words = [tokens.text[k] for k in range(i, end) if tokens.is_word(k)]
    if country is not None or not any(is_vietnamese_syllable(word) or len(word) < FOREIGN_NAME_LETTERS
                                      for word in words):
        return end
    return None


def _with_former_town(tokens: Tokens, end: int) -> int:
    """A commune named in 2025 after a town it was part of keeps the town's name after a
    dash: "phường Lang Biang - Đà Lạt", "phường Xuân Hương - Đà Lạt"."""
    k = tokens.skip_space(end)
    if k >= tokens.n or tokens.text[k] not in ("-", "–"):
        return end
    town = tokens.lexicon.places.district_names.match(tokens.folded, tokens.skip_space(k + 1))
    return town[0] if town is not None else end


def _unknown_place_name(tokens: Tokens, i: int, level: int | None = None) -> int:
    """End of the name of a unit missing from the lexicon (communes, new units): up to
    three capitalized syllables, or a number ("phường 1"); a family name after two
    syllables starts a person ("xã Cát Thành Nguyễn Văn A"), and so do three syllables
    starting with one where a person may follow (after a post: "Chủ tịch UBND xã Nguyễn
    Văn A"; after a level word at token `level` that no post precedes, "phường Hoàng Văn
    Thụ" is a ward named after a person)."""
    if i < tokens.n and tokens.text[i].isdigit():
        return i + 1
    surnames = tokens.lexicon.persons.surnames
    run = i
    while run - i < 3 and tokens.is_cap(run) and _is_name_syllable(tokens.text[run]) and not _opens_verb(tokens, run):
        run += 1
    if run - i == 3 and tokens.folded[i] in surnames and (level is None or _after_titled_body(tokens, level)):
        # "UBND thành phố Hà Minh Hải": a person follows the bare level word, also when a
        # later syllable is a family name too ("Lê Văn Châu")
        return i
    # the third syllable of the run, when a family name, starts a person ("xã Cát Thành Nguyễn Văn A")
    return i + 2 if run - i == 3 and tokens.folded[i + 2] in surnames else run


def _opens_verb(tokens: Tokens, i: int) -> bool:
    """Whether the capitalized word at token i opens a verb of boundaries.tsv with the lower-case
    word after it: a caption's verb ("Chủ tịch UBND xã | Phát biểu"), no syllable of a name."""
    boundaries = tokens.lexicon.organizations.boundaries
    return tokens.is_word(i + 1) and not tokens.is_cap(i + 1) and any(
        " ".join(tokens.folded[i:i + size]) in boundaries for size in BOUNDARY_SIZES[1:])


def _after_titled_body(tokens: Tokens, level: int) -> bool:
    """Whether the level word at token `level` ends a post and its body ("Chủ tịch UBND |xã"),
    or a post alone ("Chủ tịch |xã"): only then may a person's name follow it. The body's
    abbreviation may stand between ("Phó Chủ tịch Ủy ban nhân dân (UBND) | Thành phố")."""
    lex = tokens.lexicon
    body_end = level
    if level >= 3 and tokens.text[level - 1] == ")" and tokens.text[level - 3] == "(":
        body_end = level - 3
    for end in (level, *(s for s in range(max(0, body_end - 6), body_end)
                         if (head := lex.organizations.heads.match(tokens.folded, s)) and head[0] == body_end)):
        # the post may name its own body before the committee's: "Trưởng ban | Đô thị | HĐND thành phố"
        if any((title := lex.persons.titles.match(tokens.folded, s)) and title[0] <= end
               and all(tokens.text[k].isalpha() or tokens.is_space(k) for k in range(title[0], end))
               for s in range(max(0, end - 6), end)):
            return True
    return False


def _is_name_syllable(text: str) -> bool:
    """Letters, with an apostrophe inside an ethnic-minority name ("N'Jang", "H'Mông")."""
    return text.replace("'", "").replace("’", "").isalpha()


def many_units_end(tokens: Tokens, i: int) -> int | None:
    """The end of `các huyện`, `những xã`, `cấp huyện` at token i: administrative units of one
    level, in the plural (or every unit of a level below the province), or of `các cấp`:
    units of every level; None when none is named there."""
    if i >= tokens.n:
        return None
    following = tokens.skip_space(i + 1)
    if tokens.folded[i] in PLURAL and following < tokens.n and tokens.folded[following] == LEVEL_OF:
        return following + 1
    level = tokens.lexicon.places.levels.match(tokens.folded, following)
    if level is None or tokens.folded[i] == LEVEL_OF and level[1].rank == "province" \
            or tokens.folded[i] not in (LEVEL_OF, *PLURAL):
        return None
    return level[0]


def parse_level_of(tokens: Tokens, i: int) -> tuple[int, PlaceRef] | None:
    """`cấp tỉnh`: the province as a level, a bare level word ("Ban X cấp tỉnh" is the
    province's Ban X)."""
    if i >= tokens.n or tokens.folded[i] != LEVEL_OF:
        return None
    found = tokens.lexicon.places.levels.match(tokens.folded, tokens.skip_space(i + 1))
    if found is None or found[1].rank != "province":
        return None
    return found[0], PlaceRef(found[1].canonical, None, "province")


def _former_province(tokens: Tokens, i: int) -> tuple[int, str] | None:
    """(end, name) of a province that no longer exists named at token i ("Hà Nam Ninh",
    "Nam Hà": former_provinces.tsv), or None."""
    return tokens.lexicon.places.former_provinces.match(tokens.folded, i) if tokens.is_cap(i) else None


def parse_province_name(tokens: Tokens, i: int) -> tuple[int, Province] | None:
    """A bare province name ("Tỉnh ủy Thái Bình", "ngành TT&TT Hà Tĩnh"); not the start of a
    former province's ("Hà Nam Ninh")."""
    if not tokens.is_cap(i) or _former_province(tokens, i) is not None:
        return None
    found = tokens.lexicon.places.province_names.match(tokens.folded, i)
    if found is None:
        return None
    # "Thái Bình Dương" is not "Thái Bình": a longer proper name goes on (a person's
    # name may follow: "Tỉnh ủy Bắc Giang Nguyễn Văn A").
    return None if _longer_name_follows(tokens, found[0]) else found


def parse_district_name(tokens: Tokens, i: int) -> tuple[int, list[District]] | None:
    if not tokens.is_cap(i):
        return None
    found = tokens.lexicon.places.district_names.match(tokens.folded, i)
    if found is None or _longer_name_follows(tokens, found[0]):
        return None
    return found


def _district_meant(candidates: list[District], ctx: "OrgContext") -> District | None:
    """The one district a bare district name means: the one in the article's province, or
    the only one of that name; None when several units share it."""
    if ctx.province is not None:
        candidates = [d for d in candidates if d.province == ctx.province.name] or candidates
    return candidates[0] if len({(d.kind, d.province) for d in candidates}) == 1 else None


def _longer_name_follows(tokens: Tokens, end: int) -> bool:
    j = tokens.skip_space(end)
    return tokens.is_cap(j) and tokens.text[j].isalpha() and not _starts_person(tokens, j)


# ---------------------------------------------------------------- organizations


@dataclass
class OrgMatch:
    """An organization mention: token span, canonical name and its parts."""

    start: int
    end: int
    head: str  # canonical head ("Sở", "Ủy ban nhân dân")
    canonical: str
    place: PlaceRef | None = None
    parent: "OrgMatch | None" = None
    aliases: list[str] = field(default_factory=list)  # "(TTTT)" given right after the name
    attached_at: int | None = None  # the token where its written place or parent starts

    def chain(self) -> list["OrgMatch"]:
        """This organization and the ones it is part of, as written."""
        return [self] + (self.parent.chain() if self.parent else [])

    def refer_to(self, earlier: "OrgMatch") -> None:
        """A short mention of a body named before ("Sở" after "Sở Y tế tỉnh X"): it is that body."""
        self.canonical, self.place, self.parent = earlier.canonical, earlier.place, earlier.parent


@dataclass
class OrgContext:
    """What a name may take from the article: its province, and the bodies and units it
    named before. Every lookup is by position: a mention refers back to what the text
    named before it, never to what a later sentence names. Mentions are remembered in
    text order (the scan reads left to right), so a lookup is a binary search."""

    province: Province | None = None
    history: list[OrgMatch] = field(default_factory=list)  # mentions, in text order
    _by_head: dict[str, _Earlier[OrgMatch]] = field(default_factory=dict)
    _places: dict[str, _Earlier[PlaceRef]] = field(default_factory=dict)  # per level word
    _acronyms: dict[str, _Earlier[OrgMatch]] = field(default_factory=dict)  # folded "(VINASA)" -> body

    def province_place(self) -> str | None:
        return f"{self.province.kind} {self.province.name}" if self.province else None

    def remember(self, match: OrgMatch, former: bool = False) -> None:
        """A mention read left to right; it is the body a later bare head means ("UBND"),
        and its units ("UBND huyện X") are the ones a later bare level word ("huyện")
        means, unless it is a `former` one ("trụ sở UBND phường X cũ")."""
        self.history.append(match)
        if match.canonical != match.head and not former:
            self._by_head.setdefault(match.head, _Earlier()).add(match.start, match)
        for alias in match.aliases:
            self._acronyms.setdefault(fold(alias), _Earlier()).add(match.start, match)
        for part in match.chain():
            if part.place and part.place.name and part.place.rank != "province" and not former:
                self.remember_place(match.start, part.place)

    def remember_place(self, at: int, place: PlaceRef) -> None:
        if not place.foreign:  # a bare "thành phố" after "thành phố Sakai" is still ours
            self._places.setdefault(place.level, _Earlier()).add(at, place)

    def latest_starting_with(self, name: str, before: int) -> OrgMatch | None:
        """The latest earlier mention whose name is `name` and more: the short form refers to it."""
        prefix = fold(name) + " "
        for match in reversed(self.history):
            if match.start < before and fold(match.canonical).startswith(prefix):
                return match
        return None

    def latest_with_head(self, head: str, before: int) -> OrgMatch | None:
        """The latest body with this head named before token `before` ("Sở" after "Sở Y tế")."""
        earlier = self._by_head.get(head)
        return earlier.latest(before) if earlier else None

    def latest_of_kind(self, head: str, before: int) -> OrgMatch | None:
        """The latest body named before token `before` whose head is `head` or a longer head
        starting with it ("Trường": "Trường Cao đẳng", "Trường THPT" too)."""
        found = [earlier for name, bodies in self._by_head.items() if name == head or name.startswith(f"{head} ")
                 if (earlier := bodies.latest(before)) is not None]
        return max(found, key=lambda body: body.start, default=None)

    @property
    def defines_acronyms(self) -> bool:
        return bool(self._acronyms)

    def defined(self, acronym: str, before: int) -> OrgMatch | None:
        """The body an earlier "(ACRONYM)" after its name defined `acronym` (folded) for."""
        earlier = self._acronyms.get(acronym)
        return earlier.latest(before) if earlier else None

    def last_place(self, level: str, before: int) -> PlaceRef | None:
        """The unit of that level ("huyện") named last before token `before`."""
        earlier = self._places.get(level)
        return earlier.latest(before) if earlier else None


class _Earlier(Generic[T]):
    """Values added at increasing token positions; the latest one before a position."""

    def __init__(self) -> None:
        self.positions: list[int] = []
        self.values: list[T] = []

    def add(self, at: int, value: T) -> None:
        self.positions.append(at)
        self.values.append(value)

    def latest(self, before: int) -> T | None:
        index = bisect.bisect_left(self.positions, before)
        return self.values[index - 1] if index else None


def _parse_field(tokens: Tokens, i: int) -> tuple[int, str] | None:
    """The field at `i`, and two joined by a dash as one: departments merged without a name of
    their own are named by both fields ("Sở Giao thông vận tải - Xây dựng")."""
    fields = tokens.lexicon.organizations.fields
    found = fields.match(tokens.folded, i)
    if found is None:
        return None
    dash = tokens.skip_space(found[0])
    after = tokens.skip_space(dash + 1)
    joined = fields.match(tokens.folded, after) if dash < tokens.n and tokens.folded[dash] == "-" \
        and tokens.is_cap(after) else None
    return (joined[0], f"{found[1]} - {joined[1]}") if joined else found


def expand_abbreviations(tokens: Tokens, start: int, end: int) -> str:
    """The text of tokens[start:end] with name-internal abbreviations expanded."""
    abbreviations = tokens.lexicon.organizations.abbreviations
    out = []
    for i in range(start, end):
        text = tokens.text[i]
        if text.isspace():
            out.append(" ")
        elif tokens.folded[i] in abbreviations and text.isupper():
            out.append(abbreviations[tokens.folded[i]])
        elif text == "&":
            out.append("và")  # "Ban Xúc tiến & Hỗ trợ Đầu tư": the full name says "và"
        elif text in ("-", "–"):
            out.append(f" {text} ")  # "Ban Kinh tế-Ngân sách": names write "Kinh tế - Ngân sách"
        else:
            out.append(_spaced_dashes(text))
        if i < end - 1 and tokens.doc[i].whitespace_:
            out.append(" ")
    return " ".join("".join(out).split())


def _spaced_dashes(text: str) -> str:
    """ "tế-Ngân" as names write it, "tế - Ngân": a dash joining two words of a name, the
    second capitalized, stands between spaces (not in "Sung-min", one given name)."""
    parts = text.split("-")
    if len(parts) < 2 or not all(part.isalpha() for part in parts) or not all(p[0].isupper() for p in parts[1:]):
        return text
    return " - ".join(parts)


BOUNDARY_SIZES = (1, 2, 3)  # syllables of an entry of boundaries.tsv ("và lãnh đạo")


def _stops_name(tokens: Tokens, i: int) -> bool:
    """Whether a free-form name must end before token i."""
    lex = tokens.lexicon.organizations
    if i >= tokens.n or not tokens.is_word(i) and not in_compound(tokens, i):  # "phòng, chống"
        return True
    if not tokens.is_cap(i):  # a capitalized word is part of a name ("Dự án Nông nghiệp")
        if any(" ".join(tokens.folded[i:i + size]) in lex.boundaries for size in BOUNDARY_SIZES) \
                and not in_compound(tokens, i):
            return True
    after = tokens.skip_space(i + 1)
    if tokens.folded[i] in tokens.lexicon.cues.lead_time_words and after < tokens.n and tokens.text[after][:1].isdigit():
        return True  # "Báo Cà Mau | Sáng 20/6": a lead's time, after the outlet's name set before it
    level = tokens.lexicon.places.levels.match(tokens.folded, i)
    if level and not in_compound(tokens, i) and (not tokens.is_cap(i) or not tokens.is_cap(tokens.skip_space(level[0]))
                                                 or tokens.text[i].isupper() and len(tokens.text[i]) > 1):
        # "tỉnh", "Tỉnh" written with a capital and no name after it ("Hội X Tỉnh"; not "xã hội"),
        # or a level's abbreviation ("Phòng Văn hóa Thông tin | TP Vũng Tàu")
        return True
    if tokens.folded[i] == LEVEL_OF and tokens.lexicon.places.levels.match(tokens.folded, tokens.skip_space(i + 1)):
        return True
    head = lex.heads.match(tokens.folded, i)
    # "Phòng chống": no "Phòng"; "Trung tâm Xúc tiến đầu tư Hải Phòng": the city's name, no "Phòng" either
    return bool(head and tokens.is_cap(i) and not in_compound(tokens, i) and not inside_phrase(tokens, tokens.lexicon.places.province_names, i))


def _honorific_at(tokens: Tokens, i: int) -> bool:
    """Whether a person's honorific or rank stands at token i ("... Trung ương và | Thiếu tướng
    Nguyễn Văn A"): a person follows, no more of a name."""
    found = tokens.lexicon.persons.honorifics.match(tokens.folded, i)
    return found is not None and found[1] == "honorific"


def is_item_number(text: str) -> bool:
    """Whether a token is the number an item of a list is numbered with ("1" of "1. UBND xã X")."""
    return text.isdigit() and len(text) <= 2


def named_by_head_alone(tokens: Tokens, match: OrgMatch) -> bool:
    """Whether a body whose head needs a name is named by its head and nothing else, but for the
    body it is part of ("Ban" in "các Ban HĐND tỉnh"; not "Ban Thường vụ Đảng ủy X", a name in
    itself): after a plural, bodies of that kind, none named."""
    head = tokens.lexicon.organizations.heads.match(tokens.folded, match.start)
    return head is not None and bool(head[1].complement) and match.parent is not None \
        and head[0] == match.parent.start


def _head_without_name(tokens: Tokens, i: int) -> bool:
    """Whether the head at token i lacks the name it needs to be a body: then inside a proper
    name it is one of the name's syllables ("Trường THCS Đông Hội tổ chức": no "Hội")."""
    head = tokens.lexicon.organizations.heads.match(tokens.folded, i)
    # a head that stands alone ("Tỉnh ủy") or takes lower-case words or a number is a body anyway
    if head is None or not head[1].complement or not set(head[1].complement) <= {"name", "field"}:
        return False
    after = tokens.skip_space(head[0])
    return after >= tokens.n or not tokens.is_cap(after)


def place_name_ends_at(tokens: Tokens, end: int) -> bool:
    """Whether the words before token `end` are a province's name."""
    names = tokens.lexicon.places.province_names
    for start in range(max(0, end - 3), end):
        found = names.match(tokens.folded, start) if tokens.is_cap(start) else None
        if found is not None and found[0] == end:
            return True
    return False


def inside_phrase(tokens: Tokens, table: PhraseTable, i: int) -> bool:
    """Whether token i is a later word of a capitalized phrase of `table` that starts before
    it: "Phòng" in "Hải Phòng" (a province's name), "Bí thư" in "Ban Bí thư" (a head)."""
    for start in range(max(0, i - 2), i):
        found = table.match(tokens.folded, start) if tokens.is_cap(start) else None
        if found is not None and found[0] > i:
            return True
    return False


def in_compound(tokens: Tokens, i: int) -> bool:
    """Whether token i is a syllable of a word of compounds.tsv ("dự án", "xổ số")."""
    compounds = tokens.lexicon.organizations.compounds
    for start in range(max(0, i - 3), i + 1):
        found = compounds.match(tokens.folded, start)
        if found is not None and found[0] > i:
            return True
    return False


def _inside_word(tokens: Tokens, i: int, head_end: int) -> bool:
    """Whether the head at tokens[i:head_end] is part of a longer word of compounds.tsv: a
    later syllable ("sở" in "cơ sở") or its start ("Chính phủ" in "Chính phủ điện tử")."""
    compounds = tokens.lexicon.organizations.compounds
    for start in range(max(0, i - 3), i + 1):
        found = compounds.match(tokens.folded, start) if compounds.starts(tokens.folded[start]) else None
        if found is not None and found[0] > i and (start < i or found[0] > head_end):
            return True
    return False


def _parse_name(tokens: Tokens, i: int, *, descriptive: bool = False, people_names: bool = False) -> int | None:
    """End of the specific name after a head, starting at i, or None.

    Two shapes: a proper name capitalizes every syllable ("Hòa Bình", "THCS Mỹ Thành")
    and ends at the first lower-case word; a descriptive name capitalizes its first
    syllable only and runs on in lower case to a boundary word ("Giám sát không gian
    mạng quốc gia"). With `descriptive`, the first word may be lower case too
    ("Ban Chỉ đạo" + "xây dựng chính quyền điện tử"). Fields inside a name are taken
    whole ("Dự án Nông nghiệp và Phát triển nông thôn"). A person's name after the
    name ends it ("Bệnh viện Đa khoa Nghệ An | Nguyễn Thị Hằng"), unless names of this
    kind are often people's (`people_names`: "Trường THPT Phan Bội Châu").
    """
    if i >= tokens.n or _stops_name(tokens, i) or not (descriptive or tokens.is_cap(i)):
        return None
    if not people_names and _starts_person(tokens, i):
        return None  # "Cục trưởng Nguyễn Văn A": a person, not the name of a "Cục"
    abbreviations = tokens.lexicon.organizations.abbreviations
    j, end, proper_run = i, i, 0
    while j < tokens.n and j - i < MAX_NAME_TOKENS:
        if (proper_run >= 2 or j > i and tokens.text[j - 1].isupper()) and not tokens.is_cap(j) \
                and place_name_ends_at(tokens, j):
            # a province's name ends it before any word ("Trung tâm Dịch vụ việc làm Nam Định | xây
            # dựng", "Đại học Kinh tế TPHCM | hỗ trợ")
            break
        found_field = _parse_field(tokens, j) if j > i else None
        if found_field:
            j = end = found_field[0]
            proper_run = 0
            continue
        text = tokens.text[j]
        if (text in ("-", "–") or tokens.folded[j] == "và") and not in_compound(tokens, j):
            # A proper name joins capitalized words; a descriptive one runs on in lower case,
            # but not into the people written after it ("Trường X và Lãnh đạo các khoa").
            if (tokens.is_cap(j + 1) or (proper_run == 0 and tokens.folded[j] == "và")) \
                    and not (text == "và" and _stops_name(tokens, j)) and not _stops_name(tokens, j + 1) \
                    and not _honorific_at(tokens, j + 1):
                j += 1
                continue
            break
        if j > i and _stops_name(tokens, j) and not (proper_run and _head_without_name(tokens, j)) \
                and not (people_names and _inside_persons_name(tokens, j, proper_run)):
            break
        if j > i and not people_names and tokens.is_word(j - 1) and _starts_person(tokens, j) and (
                proper_run >= 2 or not tokens.is_cap(j - 1)):
            break  # "Trung tâm Y tế | Nguyễn Văn A": the name ended, a person follows
        if tokens.is_cap(j):
            is_abbreviation = text.isupper() and (len(text) > 1 or tokens.folded[j] in abbreviations)
            proper_run = 0 if is_abbreviation else proper_run + 1
        elif proper_run >= 2 and not in_compound(tokens, j):
            break  # "Trường THPT Hòa Bình | đánh": a proper name ended ("Tháng Thanh niên" goes on)
        else:
            proper_run = 0  # "Văn hóa - Xã hội": capitalized words each open a lower-case run
        j = end = j + 1
    return end if end > i else None


def _inside_persons_name(tokens: Tokens, j: int, proper_run: int) -> bool:
    """Whether a one-word head at token j is a syllable of the person's name a body is named
    after, right after the family name that opens it ("Trường Đại học Võ | Trường | Toản",
    "Trường THPT Nguyễn | Trường | Tộ"): a name a person's name ends goes on."""
    head = tokens.lexicon.organizations.heads.match(tokens.folded, j)
    return proper_run == 1 and tokens.folded[j - 1] in tokens.lexicon.persons.surnames \
        and head is not None and head[0] == j + 1 and tokens.is_cap(j + 1) and tokens.text[j + 1].isalpha()


def _parse_number(tokens: Tokens, i: int) -> int | None:
    """End of a number naming a body at token i ("Tổ dân phố 76", "Tổ dân phố số 5"), or None."""
    j = tokens.skip_space(i + 1) if i < tokens.n and tokens.folded[i] == "số" else i
    return j + 1 if j < tokens.n and tokens.text[j].isdigit() else None


def _starts_person(tokens: Tokens, i: int) -> bool:
    """A family name followed by another capitalized syllable, unless the run is a name
    that is no person's ("Học viện Chính trị quốc gia Hồ Chí Minh")."""
    lex = tokens.lexicon.persons
    if not (tokens.is_cap(i) and tokens.folded[i] in lex.surnames and tokens.is_cap(i + 1)
            and tokens.text[i + 1].isalpha()):
        return False
    run = [tokens.folded[i]]
    for j in range(i + 1, min(i + 5, tokens.n)):
        if not tokens.is_cap(j):
            break
        run.append(tokens.folded[j])
        if " ".join(run) in lex.not_persons:
            return False
    return True


def parenthetical_alias(tokens: Tokens, i: int) -> tuple[int, str] | None:
    """`(TTTT)` or `(WB)` right after a name: an abbreviation the article defines."""
    j = tokens.skip_space(i)
    if j + 2 < tokens.n and tokens.text[j] == "(" and tokens.text[j + 2] == ")" \
            and tokens.text[j + 1][:1].isupper() and len(tokens.text[j + 1]) <= 12:
        return j + 3, tokens.text[j + 1]
    return None


def parse_org(tokens: Tokens, i: int, ctx: OrgContext, *, head: HeadRule | None = None,
              depth: int = 0, lowercase: bool = False, after_title: bool = False) -> OrgMatch | None:
    """The organization named at token i, or None.

    With `head`, the head word was already read (a title such as `Trưởng ban` absorbs
    `Ban`), and the complement starts at i. With `lowercase`, a head the lexicon wants
    capitalized may be written in lower case (an addressee: "đề nghị ngân hàng thế giới").
    """
    lex = tokens.lexicon.organizations
    start = i
    written_head = head is None
    if head is None:
        found = lex.heads.match(tokens.folded, i)
        if found is None:
            return _defined_acronym(tokens, i, ctx) if ctx.defines_acronyms else None
        j, head = found
        if j - i == 1 and (_names_place(tokens, i, j) or _given_name(tokens, i, j)):
            return None  # "Hội An", "Trường Sa": a place; "Võ Trường Giang": a person
        if _inside_word(tokens, i, j):
            return None  # "cơ sở y tế", "Chính phủ điện tử": a word holding the head is no body
        if head.capital and not tokens.is_cap(i) and not lowercase:
            # lower-case "sở"/"phòng" is a common noun, unless a field follows ("sở TT&T"), a
            # unit named right after a head that takes no name ("công an tỉnh Hưng Yên"), or
            # the head's later words are capitalized ("đoàn Đại biểu Quốc hội": a writing habit)
            if not any(tokens.is_cap(k) for k in range(i + 1, j)) \
                    and not (head.complement and "field" in head.complement
                    and _parse_field(tokens, tokens.skip_space(j))) \
                    and not (not head.complement and "place" in head.attach and names_unit(tokens, j)):
                return None
    else:
        j = i
    complement = ""
    k = tokens.skip_space(j)
    for kind in head.complement:
        if kind == "field":
            found_field = _parse_field(tokens, k)
            if found_field:
                j, complement = found_field[0], found_field[1]
                break
        elif kind == "number":
            number_end = _parse_number(tokens, k)
            if number_end:
                j, complement = number_end, tokens.span_text(k, number_end)
                break
        elif kind in ("name", "phrase"):
            name_end = _parse_name(tokens, k, descriptive=kind == "phrase", people_names=head.people_names) or (
                _parse_name(tokens, k, descriptive=True) if after_title and kind == "name" else None)
            title = tokens.lexicon.persons.titles.match(tokens.folded, k) if name_end else None
            if title is not None and title[0] == name_end:
                return None  # "Ban Giám đốc Sở X": the leaders of the body, named by their post, are no body
            if name_end:
                j, complement = name_end, expand_abbreviations(tokens, k, name_end)
                break
    aliases: list[str] = []
    alias = parenthetical_alias(tokens, j)
    if alias:
        j, abbreviation = alias
        aliases.append(abbreviation)

    base = head.canonical + (" " + complement if complement else "")
    match = OrgMatch(start, j, head.canonical, base, aliases=aliases)
    if _attach(tokens, match, head, ctx, depth, tokens.skip_space(j)):
        return match
    if "place" in head.attach and many_units_end(tokens, tokens.skip_space(j)) is not None:
        return None  # "UBND các xã, phường", "UBND cấp huyện" are no single body, least of all the province's
    if written_head and not head.complement and depth == 0 and _attach_shared(tokens, match, head, ctx):
        return match
    if head.complement and not complement:
        # "Sở" alone, "của Bộ": the one named earlier, or a common noun ("các trường đại học").
        if written_head and not tokens.is_cap(start):
            return None
        # "Bí thư Đảng ủy" after "Đảng bộ X được thành lập": X's committee (organizations.tsv)
        party = next((rule.partition(":")[2] for rule in head.defaults if rule.startswith("committee-of:")), None)
        if party is not None and _default_committee_of(tokens, match, party, ctx, False):
            return match
        earlier = ctx.latest_with_head(head.canonical, start)
        if earlier is None:
            return None
        match.refer_to(earlier)
        return match
    # A descriptive name is often shortened after its first mention.
    fuller = ctx.latest_starting_with(base, start) if complement and "phrase" in head.complement else None
    if fuller is not None:
        match.refer_to(fuller)  # "Ban Quản lý dự án" after
        return match  # "Ban Quản lý dự án đầu tư xây dựng tỉnh X"
    if _is_national(tokens, complement):
        return match
    if "attached" in head.defaults and after_title and complement:
        return match  # "Trưởng phòng Nghiệp vụ Y": a division of the body in context
    return match if apply_default(tokens, match, head, ctx, bool(complement)) else None


def names_unit(tokens: Tokens, j: int) -> bool:
    """Whether a unit's level word and its name follow token j ("tỉnh Hưng Yên", "huyện Ân Thi")."""
    place = parse_place(tokens, tokens.skip_space(j))
    return place is not None and bool(place[1].name)


def _defined_acronym(tokens: Tokens, i: int, ctx: OrgContext) -> OrgMatch | None:
    """ "VINASA" after "Hiệp hội ... (VINASA)": the body the article defined it for."""
    if i >= tokens.n or not (tokens.text[i].isupper() and len(tokens.text[i]) > 1):
        return None
    earlier = ctx.defined(tokens.folded[i], i)
    if earlier is None:
        return None
    match = OrgMatch(i, i + 1, earlier.head, earlier.canonical)
    match.refer_to(earlier)
    return match


def _names_place(tokens: Tokens, i: int, head_end: int) -> bool:
    """Whether a district or province name starts at token i and runs past the head word."""
    places = tokens.lexicon.places
    for names in (places.district_names, places.province_names):
        found = names.match(tokens.folded, i)
        if found is not None and found[0] > head_end:
            return True
    return False


def _given_name(tokens: Tokens, i: int, head_end: int) -> bool:
    """Whether a head word of one syllable at token i is a given name: right after a family
    name and before another name syllable ("Chủ tịch UBND huyện Võ Trường Giang"), where a
    name of one syllable could not stand."""
    return i > 0 and tokens.folded[i - 1] in tokens.lexicon.persons.surnames and tokens.is_cap(i - 1) \
        and tokens.is_cap(head_end) and tokens.text[head_end].isalpha() and not tokens.text[head_end].isupper()


def _is_national(tokens: Tokens, name: str) -> bool:
    key = f" {fold(name)} "
    return any(f" {marker} " in key for marker in tokens.lexicon.organizations.national_markers)


def _attach_shared(tokens: Tokens, match: OrgMatch, head: HeadRule, ctx: OrgContext) -> bool:
    """A head written bare before a list takes the place or parent the list ends with:
    "Huyện ủy, UBND, các ban, ngành huyện X" (Huyện ủy X, Ủy ban nhân dân huyện X);
    "Thường trực, Ban Thường vụ Tỉnh đoàn" (Thường trực Tỉnh đoàn). The list holds commas,
    "và", plural words and names, no title and no boundary word ("của", a verb)."""
    if match.start > 0 and tokens.folded[match.start - 1] in PLURAL:
        return False  # "các Ban, ngành huyện X": many bodies
    k = tokens.skip_space(match.end)
    if k >= tokens.n or tokens.folded[k] not in (",", "và"):
        return False
    boundaries = tokens.lexicon.organizations.boundaries
    for j in range(k + 1, min(tokens.n, k + SHARED_TAIL_TOKENS)):
        word = tokens.folded[j]
        if word in (",", "và") or word in PLURAL or tokens.is_space(j):
            continue
        if not tokens.is_word(j) or word in boundaries or tokens.lexicon.persons.titles.match(tokens.folded, j):
            return False
        place = parse_place(tokens, j)
        if place is not None and place[1].name:
            shared = j
        else:
            body = parse_org(tokens, j, ctx, depth=1)
            if body is None or body.attached_at is None:
                continue
            shared = body.attached_at
        return attach_shared_at(tokens, match, head, ctx, shared)
    return False


def attach_shared_at(tokens: Tokens, match: OrgMatch, head: HeadRule, ctx: OrgContext, at: int) -> bool:
    """Complete a bare head with the place or parent written at token `at` for another body
    ("Huyện ủy" with the "huyện X" of "UBND huyện X"); the mention stays the head as written."""
    end = match.end
    level = tokens.lexicon.places.levels.match(tokens.folded, at)
    for k in (at, tokens.skip_space(level[0]) if level else None):
        if k is not None and _attach(tokens, match, head, ctx, 1, k):
            match.end = end
            return True
    return False


def _past_own_level(tokens: Tokens, k: int, head: HeadRule) -> int | None:
    """Where a unit's name starts after its level word at token k, when the head is that
    level's party committee (place_levels.tsv, party: "Huyện ủy | huyện X"); None elsewhere."""
    level = tokens.lexicon.places.levels.match(tokens.folded, k)
    if level is None or level[1].party != head.canonical:
        return None
    j = tokens.skip_space(level[0])
    if level[1].dotted and j < tokens.n and tokens.text[j] == ".":
        j = tokens.skip_space(j + 1)
    return j


def party_committee_at(tokens: Tokens, k: int) -> bool:
    """Whether a party committee's head is written at token k, in any case ("tỉnh ủy", "Huyện ủy"):
    after a title or an organ it names a body, however it is written."""
    written = tokens.lexicon.organizations.heads.match(tokens.folded, k)
    return written is not None and written[1].canonical in tokens.lexicon.places.party_heads


def territory_end(tokens: Tokens, k: int) -> int | None:
    """Where the unit starts after "trên địa bàn" written at token k; None when it is not there."""
    if tuple(tokens.folded[k:k + len(TERRITORY)]) != TERRITORY:
        return None
    return tokens.skip_space(k + len(TERRITORY))


def board_at(tokens: Tokens, k: int) -> bool:
    """Whether a body named only as a part of the one after it (organizations.tsv, default
    attached) is written at token k, in any case: "Chủ tịch hội đồng thành viên Công ty X"."""
    written = tokens.lexicon.organizations.heads.match(tokens.folded, k)
    return written is not None and "attached" in written[1].defaults


def _attach(tokens: Tokens, match: OrgMatch, head: HeadRule, ctx: OrgContext, depth: int, k: int) -> bool:
    """Extend the match with what is written at token k and belongs to it (parent body, place)."""
    match.attached_at = k
    for kind in head.attach:
        if kind == "parent" and depth < MAX_PARENT_DEPTH:
            # a party committee after its organ may be written in lower case: "Ban thường vụ huyện ủy"
            parent = parse_org(tokens, k, ctx, depth=depth + 1, lowercase=party_committee_at(tokens, k))
            end = parent.end if parent is not None else k
            if parent is None:
                parent = _parent_in_parentheses(tokens, k, head, ctx, depth)
                end = closing_parenthesis(tokens, parent.end) if parent is not None else k
            if parent is not None:
                match.parent, match.end = parent, end
                match.canonical = f"{match.canonical} {parent.canonical}"
                return True
        elif kind == "place":
            if match.canonical != head.canonical and (territory := territory_end(tokens, k)) is not None:
                k = territory  # a body named by what it does, of the unit it works in
            place = parse_place(tokens, k) or parse_level_of(tokens, k)
            if place is not None:
                end, written = place
                ref = _meant_place(written, ctx, match.start)
                match.place, match.end = ref, end
                match.canonical = f"{match.canonical} {ref.render()}"
                return True
        elif kind in ("province", "province-unit"):
            own_level = _past_own_level(tokens, k, head)  # "Tỉnh ủy tỉnh X", "Thành ủy thành phố Y"
            found = parse_province_name(tokens, k) or (
                parse_province_name(tokens, own_level) if own_level is not None else None)
            if found is not None:
                end, province = found
                match.end = end
                match.place = PlaceRef(province.kind, province.name, "province", province.name)
                # "Sở Y tế Hà Nội" is written with the unit's level, and so is a name the text
                # writes with it ("Thành ủy TP.HCM": Thành ủy Thành phố Hồ Chí Minh) and a
                # centrally-run city's own organ ("UBND Đà Nẵng": Ủy ban nhân dân thành phố Đà
                # Nẵng), though not a proper name ending in the city's ("Hội Lữ hành Hà Nội");
                # a party committee is named with the unit's name alone ("Tỉnh ủy tỉnh X":
                # Tỉnh ủy X; "Thành ủy Đà Nẵng"), as the annotators of 15 of 22 articles wrote it
                party_committee = head.canonical in tokens.lexicon.places.party_heads
                with_level = kind == "province-unit" \
                    or province.kind == "thành phố" and not head.complement and not party_committee \
                    or own_level is None and tokens.lexicon.places.written_level(tokens.span_text(k, end))
                match.canonical = f"{match.canonical} {match.place.render() if with_level else province.written}"
                return True
            foreign = tokens.lexicon.places.foreign_units.match(tokens.folded, k) if tokens.is_cap(k) else None
            if foreign is not None and head.canonical in tokens.lexicon.places.party_heads:
                # "Tỉnh ủy Hủa Phăn": the party committee of a neighbouring country's province
                match.end = foreign[0]
                match.place = PlaceRef("tỉnh", tokens.span_text(k, foreign[0]), "province", foreign=True)
                match.canonical = f"{match.canonical} {match.place.name}"
                return True
        elif kind == "committee":
            committee = unit_committee(tokens, k, ctx)
            if committee is not None:
                match.parent, match.end = committee, committee.end
                match.canonical = f"{match.canonical} {committee.canonical}"
                return True
        elif kind in ("district", "district-unit"):
            own_level = _past_own_level(tokens, k, head)  # "Huyện ủy huyện X": Huyện ủy X
            name_at = k if own_level is None or parse_district_name(tokens, k) else own_level
            district = parse_district_name(tokens, name_at)
            if district is not None:
                match.end = district[0]
                name = tokens.span_text(name_at, district[0])
                unit = _district_meant(district[1], ctx)
                # "Phòng GDĐT Hoành Bồ": a district's department is named with the unit's level
                # (Phòng Giáo dục và Đào tạo huyện Hoành Bồ) when the text leaves no doubt which
                # unit of that name it is; a party committee keeps the written name ("Huyện ủy
                # Vân Canh")
                written = f"{unit.kind} {name}" if kind == "district-unit" and unit is not None else name
                match.canonical = f"{match.canonical} {written}"
                match.place = PlaceRef((unit or district[1][0]).kind, name, "district", (unit or district[1][0]).province)
                return True
        elif kind == "country" and tokens.is_cap(k):
            country = tokens.lexicon.places.countries.match(tokens.folded, k)
            if country is not None:  # "Bộ Ngoại giao Mông Cổ", "Chính phủ Hàn Quốc": another country's
                match.end = country[0]
                match.canonical = f"{match.canonical} {tokens.span_text(k, country[0])}"
                return True
        elif kind == "seat" and tokens.folded[k] == SEAT and match.canonical != head.canonical:
            # a diplomatic mission and where it sits: "Đại sứ quán X tại Việt Nam", "Tổng Lãnh
            # sự quán Y tại TP.HCM" (Thành phố Hồ Chí Minh)
            j = tokens.skip_space(k + 1)
            place = parse_place(tokens, j)
            # a name may follow the seat: "Tổng Lãnh sự X tại Đà Nẵng Brovarets Andrei"
            province = tokens.lexicon.places.province_names.match(tokens.folded, j) if tokens.is_cap(j) else None
            if place is not None and place[1].name:  # "tại thành phố Hồ Chí Minh", "tại TP. Hồ Chí Minh"
                end, seat = place[0], place[1].render()
            elif province is not None:  # "tại Đà Nẵng", "tại TP.HCM"
                end = province[0]
                written = tokens.span_text(j, end)
                seat = f"{province[1].kind} {province[1].name}" if tokens.lexicon.places.written_level(written) \
                    else province[1].name
            elif tokens.lexicon.meetings.event_words.match(tokens.folded, j) is not None:
                end = None  # "Đại sứ X tại Hội thảo ...": where the ambassador spoke, no seat
            else:  # a country: "tại Việt Nam", "tại Nhật Bản" (a person's name may follow)
                end = _parse_name(tokens, j)
                end = min(end, j + SEAT_COUNTRY_TOKENS) if end is not None else None
                seat = tokens.span_text(j, end) if end is not None else ""
            if end is not None:
                match.end = end
                match.canonical = f"{match.canonical} {SEAT} {seat[0].upper()}{seat[1:]}"
                return True
    match.attached_at = None
    return False


def peoples_committee(tokens: Tokens, at: int, end: int, place: PlaceRef) -> OrgMatch:
    """The People's Committee of a unit a text names by its place in tokens [at, end) ("yêu
    cầu TP Cẩm Phả ...", "hai tỉnh A và B ký kết hợp tác"): the unit's government."""
    committee = tokens.lexicon.organizations.head("Ủy ban nhân dân")
    if place.foreign:  # its government is written as the unit itself ("Thành phố Sakai")
        name = place.render()
        return OrgMatch(at, end, committee.canonical, name[:1].upper() + name[1:], place)
    return OrgMatch(at, end, committee.canonical, f"{committee.canonical} {place.render()}", place)


def party_organization(tokens: Tokens, unit: OrgMatch) -> OrgMatch:
    """The party organization of a unit a text names by its place (`unit`, as
    `peoples_committee` reads it): "huyện X" in a party secretary's request is Đảng bộ huyện X."""
    head = tokens.lexicon.organizations.head(PARTY_ORGANIZATION)
    return OrgMatch(unit.start, unit.end, head.canonical, f"{head.canonical} {unit.place.render()}", unit.place)


def party_head_of(tokens: Tokens, place: PlaceRef) -> str | None:
    """The head of the party committee of a unit of this place's level (place_levels.tsv,
    party): "Tỉnh ủy" for a tỉnh, "Đảng ủy" for a xã."""
    level = tokens.lexicon.places.levels.match(fold(place.level).split(), 0)
    return level[1].party if level is not None else None


def unit_committee(tokens: Tokens, k: int, ctx: OrgContext) -> OrgMatch | None:
    """The party committee of the unit named at token k (place_levels.tsv, party): an organ
    written with a unit is its committee's ("Ủy ban Kiểm tra quận X": of Quận ủy X)."""
    place = parse_place(tokens, k)
    if place is None or not place[1].name:
        return None
    level = tokens.lexicon.places.levels.match(tokens.folded, k)
    head = tokens.lexicon.organizations.head(level[1].party) if level else None
    if head is None:
        return None
    committee = OrgMatch(k, k, head.canonical, head.canonical)
    if not attach_shared_at(tokens, committee, head, ctx, k):
        return None
    committee.end = place[0]
    return committee


def _parent_in_parentheses(tokens: Tokens, k: int, head: HeadRule, ctx: OrgContext, depth: int) -> OrgMatch | None:
    """ "Phòng X (Sở Y)": the parent of a body that is none without one (default attached),
    written in parentheses; a body complete without it keeps the note out of its name."""
    return parenthesized_body(tokens, k, ctx, depth + 1) if "attached" in head.defaults else None


def parenthesized_body(tokens: Tokens, k: int, ctx: OrgContext, depth: int = 1) -> OrgMatch | None:
    """A body written in parentheses at token k: "(Bộ Ngoại giao)"."""
    if k >= tokens.n or tokens.text[k] != "(":
        return None
    body = parse_org(tokens, tokens.skip_space(k + 1), ctx, depth=depth)
    return body if body is not None and closing_parenthesis(tokens, body.end) > body.end else None


def closing_parenthesis(tokens: Tokens, i: int) -> int:
    """The end of a ")" at token i (after spaces), or i."""
    j = tokens.skip_space(i)
    return j + 1 if j < tokens.n and tokens.text[j] == ")" else i


def _meant_place(place: PlaceRef, ctx: OrgContext, at: int) -> PlaceRef:
    """The unit a place mention at token `at` means: itself when it has a name, else the one
    its bare level word refers to ("UBND tỉnh" in a Thái Bình article, "Đảng ủy xã" after
    "xã Nhơn Hạnh"), else the bare level word."""
    if place.name:
        return place
    province = ctx.province
    if province and (place.rank == "province" or place.level == province.kind):
        return PlaceRef(province.kind, province.name, "province", province.name)  # "UBND thành phố" in Hà Nội
    named = ctx.last_place(place.level, at) if place.rank != "province" else None
    return named or place


def apply_default(tokens: Tokens, match: OrgMatch, head: HeadRule, ctx: OrgContext, has_complement: bool) -> bool:
    """Complete a name that the text left bare; False when it is no organization at all.
    The head's defaults (organizations.tsv) are tried in order until one applies; a body of a
    numbered region ("Chi cục Hải quan khu vực XX") serves several provinces, none its own."""
    if _numbered_region_ends(tokens, match.end):
        return True
    for rule in head.defaults:
        kind, _, argument = rule.partition(":")
        applied = _DEFAULTS[kind](tokens, match, argument, ctx, has_complement)
        if applied is not None:
            return applied
    return has_complement  # a bare head is a common noun, not a name


def _numbered_region_ends(tokens: Tokens, end: int) -> bool:
    """The name ending at token `end` ends with a numbered region: "khu vực XX", "khu vực 3"."""
    last = tokens.word_before(end)
    if last is None or not (tokens.text[last].isdigit() or set(tokens.text[last]) <= set("IVXL")):
        return False
    return tokens.written_before(last, list(REGION)) is not None


def _in_province(match: OrgMatch, ctx: OrgContext, text: str | None) -> bool:
    """Attach the article's province (written `text`, when given) to the name."""
    if ctx.province:
        match.place = PlaceRef(ctx.province.kind, ctx.province.name, "province", ctx.province.name)
        if text and not fold(match.canonical).endswith(" " + fold(ctx.province.name)):
            match.canonical = f"{match.canonical} {text}"  # "... Xúc tiến đầu tư Hải Phòng" names it already
    return True


def _default_level(_: Tokens, match: OrgMatch, level: str, ctx: OrgContext, __: bool) -> bool:
    if ctx.province and level == ctx.province.kind or (ctx.province and level == "tỉnh"):
        return _in_province(match, ctx, ctx.province_place())
    match.canonical = f"{match.canonical} {level}"
    return True


def _default_city_name(_: Tokens, match: OrgMatch, __: str, ctx: OrgContext, ___: bool) -> bool | None:
    """"Thành ủy" in an article about a centrally-run city is that city's, named with the
    city's name alone ("Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh")."""
    if ctx.province and ctx.province.kind == "thành phố":
        return _in_province(match, ctx, ctx.province.written)
    return None


def _default_parent(tokens: Tokens, match: OrgMatch, parent_name: str, ctx: OrgContext, _: bool) -> bool:
    parent_head = tokens.lexicon.organizations.head(parent_name)
    if parent_head is None:
        return False
    parent = OrgMatch(match.end, match.end, parent_head.canonical, parent_head.canonical)
    apply_default(tokens, parent, parent_head, ctx, False)
    match.parent = parent  # implied, not written (an empty span): no mention of its own
    match.canonical = f"{match.canonical} {parent.canonical}"
    return True


def _default_city_parent(tokens: Tokens, match: OrgMatch, parent_name: str, ctx: OrgContext,
                         _: bool) -> bool | None:
    """The parent, in an article about a centrally-run city: its party committee is a
    Thành ủy, not a Tỉnh ủy ("Ban Thường vụ" in a Cần Thơ article)."""
    if ctx.province and ctx.province.kind == "thành phố":
        return _default_parent(tokens, match, parent_name, ctx, _)
    return None


def _default_same_head(_: Tokens, match: OrgMatch, __: str, ctx: OrgContext, has_complement: bool) -> bool | None:
    earlier = ctx.latest_with_head(match.head, match.start)
    if earlier is None or has_complement:
        return None
    match.refer_to(earlier)
    return True


def _default_earlier(_: Tokens, match: OrgMatch, __: str, ctx: OrgContext, has_complement: bool) -> bool | None:
    """The body named before whose name is this head and more: "Ủy ban Kiểm tra" after
    "Ủy ban Kiểm tra Trung ương" is that committee."""
    earlier = None if has_complement else ctx.latest_starting_with(match.canonical, match.start)
    if earlier is None:
        return None
    match.refer_to(earlier)
    return True


def _default_last_unit(_: Tokens, match: OrgMatch, level: str, ctx: OrgContext,
                       has_complement: bool) -> bool | None:
    """The unit of that level the article named last: "Bí thư Huyện ủy" after "huyện Bát
    Xát" is Bát Xát's."""
    place = ctx.last_place(level, match.start)
    if place is None or has_complement:
        return None
    match.place = place
    match.canonical = f"{match.canonical} {place.name}"
    return True


QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»"}  # an opening quotation mark and the one that closes it
PARTY_ORGANIZATION = "Đảng bộ"  # its organs are named after its committee: "Ban Thường vụ Tỉnh ủy"
EXECUTIVE_COMMITTEE = "Ban Chấp hành"  # of a unit's party organization, its party committee: the Tỉnh ủy


def _default_sibling(_: Tokens, match: OrgMatch, sibling: str, ctx: OrgContext,
                     has_complement: bool) -> bool | None:
    """The body whose organ `sibling` the article named last: "Ban Thường vụ" after "Ban Chấp
    hành LĐLĐ tỉnh X" is the federation's. A party organization's organs are its committee's,
    which the later defaults give."""
    earlier = None if has_complement else ctx.latest_with_head(sibling, match.start)
    parent = earlier.parent if earlier is not None else None
    if parent is None or parent.head == PARTY_ORGANIZATION:
        return None
    match.parent = parent
    match.canonical = f"{match.canonical} {parent.canonical}"
    return True


def _default_committee_of(tokens: Tokens, match: OrgMatch, organization: str, ctx: OrgContext,
                          has_complement: bool) -> bool | None:
    """The committee of the party organization with head `organization` the article named
    last, unless a committee was named since: "Bí thư Đảng ủy" after "Đảng bộ Công an tỉnh X
    được thành lập" is Đảng ủy Công an tỉnh X. Not the organization of a unit whose
    committee has a head of its own ("Đảng bộ Thành phố Hà Nội": the Thành ủy)."""
    earlier = None if has_complement else ctx.latest_of_kind(organization, match.start)  # "Đảng bộ Quân sự" too
    since = ctx.latest_of_kind(match.head, match.start)
    if earlier is None or since is not None and since.start > earlier.start:
        return None
    if earlier.head == organization and earlier.parent is None and earlier.place is not None \
            and party_head_of(tokens, earlier.place) not in (None, match.head):
        return None
    match.place, match.parent = earlier.place, earlier.parent
    match.canonical = match.canonical + earlier.canonical[len(organization):]
    return True


def _default_latest(_: Tokens, match: OrgMatch, head: str, ctx: OrgContext, has_complement: bool) -> bool | None:
    """Part of the body of this kind the article named last: "Ban Pháp chế" after "HĐND huyện
    X" is the council's committee, "Ban Giám hiệu" after "Trường Cao đẳng Y" the college's."""
    earlier = None if has_complement else ctx.latest_of_kind(head, match.start)
    if earlier is None:
        return None
    match.parent = earlier
    match.canonical = f"{match.canonical} {earlier.canonical}"
    return True


def _default_place_of(_: Tokens, match: OrgMatch, head: str, ctx: OrgContext, has_complement: bool) -> bool | None:
    """The unit below the province of the body with this head the article named last:
    "Văn phòng HĐND và UBND" after "UBND phường X" is the ward's (a province's offices and
    divisions have names of their own); after a bare "UBND huyện" it is the district's, left
    as written."""
    earlier = ctx.latest_with_head(head, match.start)
    if earlier is None or earlier.place is None or earlier.place.rank == "province":
        return None
    if not earlier.place.name:
        return True  # "UBND huyện" on a district's own portal, which never names its district
    match.place = earlier.place
    match.canonical = f"{match.canonical} {earlier.place.render()}"
    return True


_DEFAULTS = {
    "national": lambda *_: True,
    "next-body": lambda *_: None,  # a chain of titles applies it (extract/components/positions.py)
    "attached": lambda *_: False,
    "none": lambda *_: None,
    "written": lambda *_: True,
    "province": lambda _, match, __, ctx, ___: _in_province(match, ctx, ctx.province_place()),
    "province-name": lambda _, match, __, ctx, ___: _in_province(match, ctx, ctx.province and ctx.province.name),
    "level": _default_level,
    "city-name": _default_city_name,
    "parent": _default_parent,
    "city-parent": _default_city_parent,
    "same-head": _default_same_head,
    "earlier": _default_earlier,
    "last-unit": _default_last_unit,
    "sibling": _default_sibling,
    "latest": _default_latest,
    "committee-of": _default_committee_of,
    "place-of": _default_place_of,
}


def parse_named_bodies(tokens: Tokens, i: int, ctx: OrgContext) -> list[OrgMatch]:
    """`các ban Kinh tế - Ngân sách, Văn hóa - Xã hội HĐND tỉnh`: one head in the plural,
    several names, and the parent or place they share (none for national bodies: `các quân
    chủng Hải quân, Lục quân`); a body for each name."""
    if i >= tokens.n or tokens.folded[i] not in PLURAL:
        return []
    heads, j = tokens.lexicon.organizations.heads, tokens.skip_space(i + 1)
    found = heads.match(tokens.folded, j)
    if found is not None and "field" in found[1].complement:
        return _field_bodies(tokens, found[0], found[1], ctx)
    if found is not None and "name" not in found[1].complement:
        # "các ban Kinh tế - Ngân sách, Văn hóa - Xã hội": the word "ban" heads the list,
        # though a longer head starts with the first name ("Ban Kinh tế - Ngân sách")
        word = heads.match(tokens.folded[j:j + 1], 0)
        found = (j + word[0], word[1]) if word is not None else None
    if found is None or "name" not in found[1].complement:
        return []
    head = found[1]
    names = _list_items(tokens, tokens.skip_space(found[0]),
                        lambda k: (end, None) if (end := _parse_name(tokens, k)) is not None else None)
    if len(names) < 2:
        return []
    last = OrgMatch(names[-1][0], names[-1][1], head.canonical, head.canonical)
    if not _attach(tokens, last, head, ctx, 1, tokens.skip_space(names[-1][1])) and "national" not in head.defaults:
        return []  # "các ban X, Y" shares nothing written; "các quân chủng X, Y" are national bodies
    shared = last.canonical[len(head.canonical):]
    bodies = [OrgMatch(start, end, head.canonical, f"{head.canonical} {expand_abbreviations(tokens, start, end)}{shared}",
                       last.place, last.parent) for start, end, _ in names]
    bodies[-1].end = last.end
    return bodies


def _list_items(tokens: Tokens, k: int, read: Callable[[int], tuple[int, T] | None],
                semicolons: bool = False) -> list[tuple[int, int, T]]:
    """The items `read` finds from token k on, joined by "," or "và" (and ";" in a list a colon
    opened: "các Sở, ngành: Nội vụ; Tài chính"): (start, end, value) of each."""
    joins = (",", "và", ";") if semicolons else (",", "và")
    items: list[tuple[int, int, T]] = []
    while (item := read(k)) is not None:
        items.append((k, *item))
        k = tokens.skip_space(item[0])
        if k >= tokens.n or tokens.folded[k] not in joins:
            break
        k = tokens.skip_space(k + 1)
    return items


def _field_bodies(tokens: Tokens, k: int, head: HeadRule, ctx: OrgContext) -> list[OrgMatch]:
    """`các sở như Nội vụ, Tư pháp, Tài chính`, `các Sở: Y tế, Xây dựng`: a body for each field
    listed after a head in the plural, with the place written after the list or the head's
    default (the article's province); bodies in general named with the head before the list
    are passed over (`các sở, ngành: Y tế, Xây dựng`)."""
    k = tokens.skip_space(k)
    generic = tokens.lexicon.meetings.addressees
    j = k
    while j < tokens.n and tokens.folded[j] == ",":
        word = generic.match(tokens.folded, tokens.skip_space(j + 1))
        if word is None or word[1].means != "generic":
            break
        j = tokens.skip_space(word[0])
    if j < tokens.n and tokens.folded[j] in _LIST_OPENERS:
        k = j
    opened = k < tokens.n and tokens.folded[k] == ":"
    if k < tokens.n and tokens.folded[k] in _LIST_OPENERS:
        k = tokens.skip_space(k + 1)
    heads = tokens.lexicon.organizations.heads
    # a body of its own kind ends the list: "..., Ngoại vụ, Thanh tra tỉnh" (no "Sở Thanh tra")
    fields = _list_items(tokens, k, lambda k: _parse_field(tokens, k) if heads.match(tokens.folded, k) is None
                         else None, semicolons=opened)
    if len(fields) < 2:
        return []
    start, end, name = fields[-1]
    last = OrgMatch(start, end, head.canonical, f"{head.canonical} {name}")
    if not _attach(tokens, last, head, ctx, 1, tokens.skip_space(end)) \
            and not apply_default(tokens, last, head, ctx, True):
        return []
    shared = last.canonical[len(f"{head.canonical} {name}"):]
    bodies = [OrgMatch(start, end, head.canonical, f"{head.canonical} {name}{shared}", last.place, last.parent)
              for start, end, name in fields]
    bodies[-1].end = last.end
    return bodies


def parse_unit_bodies(tokens: Tokens, i: int) -> list[OrgMatch]:
    """`UBND các huyện Thanh Bình, Tam Nông`, `Sở Y tế các tỉnh Gia Lai, Kon Tum`: the body of
    each unit listed after a plural level word; none for `UBND các huyện, thị xã`."""
    found = tokens.lexicon.organizations.heads.match(tokens.folded, i)
    if found is None or "place" not in found[1].attach:
        return []
    head, name, plural = found[1], found[1].canonical, tokens.skip_space(found[0])
    field = _parse_field(tokens, plural) if "field" in head.complement else None
    if field is not None:
        name, plural = f"{name} {field[1]}", tokens.skip_space(field[0])
    if many_units_end(tokens, plural) is None:
        return []
    level = tokens.lexicon.places.levels.match(tokens.folded, tokens.skip_space(plural + 1))
    if level is None:
        return []  # "UBND các cấp": no unit named
    level_end, level_word = level
    level, rank = level_word.canonical, level_word.rank
    bodies: list[OrgMatch] = []
    k = tokens.skip_space(level_end)
    while True:
        if rank == "district":
            district = parse_district_name(tokens, k)
            end = district[0] if district else k
        elif rank == "province":
            province = parse_province_name(tokens, k)
            end = province[0] if province else k
        else:
            end = _unknown_place_name(tokens, k) if tokens.is_cap(k) else k
        if end == k:
            return bodies
        unit = PlaceRef(level, tokens.span_text(k, end), rank)
        bodies.append(OrgMatch(k if bodies else i, end, head.canonical, f"{name} {unit.render()}", unit))
        k = tokens.skip_space(end)
        if k >= tokens.n or tokens.folded[k] not in (",", "và"):
            return bodies
        k = tokens.skip_space(k + 1)


def implied_org(tokens: Tokens, head_name: str, at: int, ctx: OrgContext) -> OrgMatch:
    """An organization a title names by itself ("Tỉnh ủy viên" → the Tỉnh ủy), completed
    like a bare written head."""
    rule = tokens.lexicon.organizations.head(head_name)
    if rule is None:
        return OrgMatch(at, at, head_name, head_name)
    match = OrgMatch(at, at, rule.canonical, rule.canonical)
    apply_default(tokens, match, rule, ctx, False)
    return match


COUNT_LIMIT = 1000  # a number of bodies before their head ("16 Trung tâm"); larger ones are years
# Nouns a number after which is a date, a rank or a label, not a count ("lớp 8 Trường THCS X")
_NOT_COUNTS = {"ngày", "tháng", "năm", "số", "lần", "khóa", "kỳ", "thứ", "quý", "lớp", "khu", "tổ", "đội", "giờ",
               "phút", "tuổi", "đợt", "phần", "mục", "điều", "khoản", "chương", "phiên", "cụm", "ấp", "thôn", "xóm",
               "lô", "tầng", "phòng", "đường", "quận", "phường", "tiết", "trang", "câu"}
MAX_FORMER_LIST_TOKENS = 16  # "phường X, Y và Z cũ": the names a note after a list covers
_FORMER_LIST_JOINERS = {",", "và", "-", "–"}


DELEGATION_NAME_TOKENS = 40  # from a delegation's head word to the word before its leader
DELEGATION_LEADER_TOKENS = 60  # from that word to the words that say the leader leads it
_CLAUSE_END = {".", ";", ":", "!", "?"}


def parse_delegation(tokens: Tokens, i: int, ctx: OrgContext) -> OrgMatch | None:
    """A delegation at token i named by what it is, in a sentence that says who leads it
    (delegations.tsv): "đoàn công tác của tỉnh X (Việt Nam) do ông A, Bí thư Tỉnh ủy, làm
    trưởng đoàn" → `Đoàn công tác của tỉnh X`; "đoàn công tác của tỉnh" is the article's
    province's. Not the last syllable of a name ("Tập đoàn X do ông A ...", "Công đoàn")."""
    words = tokens.lexicon.organizations.delegations
    head = words["head"].match(tokens.folded, i)
    if head is None or tokens.is_cap(tokens.word_before(i) or -1) and not tokens.is_cap(i):
        return None
    by_at = None
    for j in range(head[0], min(tokens.n, i + DELEGATION_NAME_TOKENS)):
        if tokens.text[j] in _CLAUSE_END or "\n" in tokens.text[j]:
            return None
        if words["by"].match(tokens.folded, j):
            by_at = j
            break
    if by_at is None or by_at <= tokens.skip_space(head[0]):
        return None
    if any(words["head"].match(tokens.folded, j) and not tokens.is_cap(tokens.word_before(j))
           for j in range(head[0], by_at)):
        return None  # "Đoàn Thu Hà tiếp đoàn cán bộ X do ...": the delegation is the later one
    for k in range(by_at, min(tokens.n, by_at + DELEGATION_LEADER_TOKENS)):
        if tokens.text[k] in _CLAUSE_END or "\n" in tokens.text[k]:
            return None
        if words["leader"].match(tokens.folded, k):
            break
    else:
        return None
    # a note in parentheses, or a clause after a numbered delegation's number ("Đoàn số 1, phụ
    # trách khu vực các xã ..."), says what it does: no part of its name ("Đoàn giám sát, kiểm
    # tra của ..." is)
    end = next((j for j in range(i, by_at) if tokens.text[j] == "(" or tokens.text[j] == ","
                and tokens.text[tokens.word_before(j)].isdigit()), by_at)
    while end > i and (tokens.is_space(end - 1) or tokens.text[end - 1] == ","):
        end -= 1
    name = expand_abbreviations(tokens, i, end)
    if fold(name) in (fold(head[1]), tokens.folded[i]):
        return None  # "đoàn công tác do ông A ... làm Trưởng đoàn": no delegation named (FORMAT.md)
    last = tokens.word_before(end)
    if last is not None and ctx.province is not None and (place := parse_place(tokens, last)) is not None \
            and place[1].rank == "province" and place[1].name is None:
        name = f"{name} {ctx.province.name}"  # "Đoàn công tác của tỉnh": of the article's province
    return OrgMatch(i, end, head[1], name[0].upper() + name[1:])


def headline_unit(tokens: Tokens) -> PlaceRef | None:
    """A district the headline opens with, its name written bare as the subject ("Tuy Phong tập
    trung tổ chức Đại hội Đảng bộ huyện", "Hương Khê: ..."): the unit a bare level word of the
    article means ("Huyện ủy": Huyện ủy Tuy Phong), as if written "huyện Tuy Phong". Not a
    province's name, nor one that units of several kinds bear."""
    places = tokens.lexicon.places
    i = tokens.skip_space(0)
    found = places.district_names.match(tokens.folded, i)
    if found is None or places.province_names.match(tokens.folded, i) is not None:
        return None
    end, units = found
    if not all(tokens.is_cap(k) for k in range(i, end) if not tokens.is_space(k)) \
            or end >= tokens.n or tokens.is_cap(tokens.skip_space(end)):
        return None  # part of a longer name ("Phú Tân Hòa ...")
    kinds, provinces = {unit.kind for unit in units}, {unit.province for unit in units}
    if len(kinds) != 1:
        return None
    return PlaceRef(kinds.pop(), tokens.span_text(i, end), "district", provinces.pop() if len(provinces) == 1 else None)


def scan_orgs(tokens: Tokens, ctx: OrgContext, unread: frozenset[int] = frozenset()) -> list[OrgMatch]:
    """Every organization mention, left to right; each one joins the context history. The
    bodies a delegation's name holds are mentions of their own. No mention starts at a token
    of `unread` (where no name's end can be read), so none joins the history from there."""
    found: list[OrgMatch] = []
    lexicon = tokens.lexicon
    delegations, levels, heads = (lexicon.organizations.delegations["head"], lexicon.places.levels,
                                  lexicon.organizations.heads)
    opening = headline_unit(tokens)
    if opening is not None:
        ctx.remember_place(0, opening)
    i = 0
    while i < tokens.n:
        word = tokens.folded[i]
        if i in unread:
            i += 1
            continue
        # most words open nothing: no delegation, place, head, plural or acronym the article defined
        if not (delegations.starts(word) or levels.starts(word) or heads.starts(word) or word in PLURAL
                or ctx.defines_acronyms and tokens.text[i].isupper()) or not tokens.is_word(i):
            i += 1
            continue
        delegation = parse_delegation(tokens, i, ctx)
        if delegation is not None:
            found.append(delegation)
            ctx.remember(delegation)
            i += 1
            continue
        place = parse_place(tokens, i)
        if place and place[1].rank != "province" and place[1].name and not is_former(tokens, place[0]):
            ctx.remember_place(i, place[1])
        match = parse_org(tokens, i, ctx)
        if match is not None and _counted(tokens, i):
            i = match.end  # "sắp xếp 16 Trung tâm Y tế khu vực": bodies of a kind, none named
            continue
        if match is None:
            units = parse_unit_bodies(tokens, i) or parse_named_bodies(tokens, i, ctx)
            found.extend(units)
            for unit in units:
                ctx.remember(unit, is_former(tokens, unit.end))
            # A place's own name holds no body ("xã Lịch Hội Thượng" is no "Hội Thượng").
            i = units[-1].end if units else place[0] if place and place[1].name else i + 1
            continue
        found.append(match)
        ctx.remember(match, is_former(tokens, match.end))
        i = match.end
        for other in _other_countries(tokens, match) + _other_fields(tokens, match):
            found.append(other)
            ctx.remember(other)
            i = other.end
    return found


def _other_fields(tokens: Tokens, match: OrgMatch) -> list[OrgMatch]:
    """The body of the same head and place for each field listed after a department's name:
    "Sở Giáo dục và Đào tạo; Y tế; Nội vụ", "Sở Tài chính, Kế hoạch và Đầu tư" (the Sở of
    each); not a field that heads a body of its own ("Sở Y tế, Công an tỉnh")."""
    organizations = tokens.lexicon.organizations
    rule = organizations.head(match.head)
    head = organizations.heads.match(tokens.folded, match.start)
    if rule is None or "field" not in rule.complement or head is None:
        return []
    field = organizations.fields.match(tokens.folded, tokens.skip_space(head[0]))
    if field is None:
        return []
    others: list[OrgMatch] = []
    j = tokens.skip_space(match.end)
    while j < tokens.n and tokens.text[j] in (",", ";"):
        k = tokens.skip_space(j + 1)
        other = organizations.fields.match(tokens.folded, k) if tokens.is_cap(k) else None
        if other is None or organizations.heads.match(tokens.folded, k) is not None \
                or tokens.is_cap(tokens.skip_space(other[0])) and not tokens.text[tokens.skip_space(other[0])] in ",;":
            break
        end = other[0]
        level = parse_place(tokens, tokens.skip_space(end))
        if level is not None and level[1].name is None and (match.place is None or level[1].level == match.place.level):
            end = level[0]  # "Phòng Nông nghiệp, Tài chính – Kế hoạch huyện": the one place of both
        others.append(OrgMatch(k, end, match.head, match.canonical.replace(field[1], other[1], 1),
                               match.place, match.parent))
        j = tokens.skip_space(end)
    return others


def _other_countries(tokens: Tokens, match: OrgMatch) -> list[OrgMatch]:
    """The same national body of each other country listed after its name: "Chính phủ Việt Nam
    và Nhật Bản" (Chính phủ, Chính phủ Nhật Bản), "Bộ Ngoại giao Nhật Bản và Hàn Quốc"."""
    rule = tokens.lexicon.organizations.head(match.head)
    if rule is None or "country" not in rule.attach:
        return []
    j = tokens.skip_space(match.end)
    home = tokens.lexicon.organizations.national_markers
    for size in (2, 1):  # "Chính phủ Việt Nam": the home country, which the name does not write
        if " ".join(tokens.folded[j:j + size]) in home and tokens.is_cap(j):
            j = tokens.skip_space(j + size)
            break
    else:
        if match.attached_at is None:
            return []  # "giữa Bộ Y tế và Nhật Bản": the body and a country, no body of that country
    base = match.canonical[:len(match.canonical) - len(tokens.span_text(match.attached_at, match.end))].strip() \
        if match.attached_at is not None else match.canonical
    others: list[OrgMatch] = []
    while j < tokens.n and tokens.folded[j] in ("và", ","):
        k = tokens.skip_space(j + 1)
        country = tokens.lexicon.places.countries.match(tokens.folded, k) if tokens.is_cap(k) else None
        if country is None:
            break
        others.append(OrgMatch(k, country[0], match.head, f"{base} {tokens.span_text(k, country[0])}"))
        j = tokens.skip_space(country[0])
    return others


def _counted(tokens: Tokens, i: int) -> bool:
    """Whether a number of bodies stands before the head at token i ("6 Trung tâm", "3 Ban"),
    not a date or an ordinal ("năm 2024 Trung tâm ...", "số 5")."""
    number = tokens.word_before(i)
    if number is None or not tokens.text[number].isdigit() or not 2 <= int(tokens.text[number]) < COUNT_LIMIT:
        return False
    before = tokens.word_before(number)
    return before is None or tokens.folded[before] not in tokens.lexicon.organizations.boundaries \
        and not tokens.is_cap(before) and tokens.folded[before] not in _NOT_COUNTS


def is_former(tokens: Tokens, end: int) -> bool:
    """Whether a note making it former (title_status.tsv, written after: "cũ", "trước
    đây"), in parentheses or not, follows what ends at token `end`, or the list of names
    it opens: "phường X (cũ)", "phường X, Y cũ", "Đảng ủy - UBND phường X cũ"."""
    j = tokens.skip_space(end)
    levels = tokens.lexicon.places.levels
    while j < tokens.n and j - end < MAX_FORMER_LIST_TOKENS:
        if tokens.text[j] in _FORMER_LIST_JOINERS or tokens.is_cap(j) or tokens.is_space(j):
            j += 1
        elif (level := levels.match(tokens.folded, j)) is not None:
            j = level[0]  # "Đảng ủy - UBND phường X cũ"
        else:
            break
    if j < tokens.n and tokens.text[j] == "(":
        j = tokens.skip_space(j + 1)
    found = tokens.lexicon.persons.status_notes.match(tokens.folded, j) if j < tokens.n else None
    return found is not None and bool(found[1])
