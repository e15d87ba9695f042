"""Person names.

A Vietnamese name is 2–5 capitalized syllables starting with a family name
(`surnames.tsv`); after an honorific or degree (`đồng chí`, `bà`, `TS.`) any
capitalized name is accepted, a foreign one too (`bà Maria Schmidt`; after a title,
one whose words are no Vietnamese syllables: `Tổng Lãnh sự Mori Takero`), and a single
syllable is a short reference (`ông Hưng`) that coreference resolves later.
Place and organization names are never people, nor is a run that a title or an
organization head interrupts (`Lê Văn An` | `Giám đốc Sở ...`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..grammar import MAX_HEAD_TOKENS, PLURAL, Tokens, place_name_ends_at
from ..lexicon import PhraseTable
from ..text import fold, is_vietnamese_syllable, strip_diacritics
from .stage import Stage

MAX_NAME = 5
MAX_NOTE = 8  # tokens of a note in parentheses inside a list of names


def _ends_name(tokens: Tokens, i: int, after_family_name: bool) -> bool:
    """Whether the capitalized syllable at token i is no part of the name before it: it
    opens a title, an organization or a verb written with a capital ("Đoàn | Chủ trì hội thảo")."""
    if tokens.lexicon.persons.titles.match(tokens.folded, i):
        return True
    if i + 1 < tokens.n and f"{tokens.folded[i]} {tokens.folded[i + 1]}" in tokens.lexicon.organizations.boundaries:
        return True
    head = tokens.lexicon.organizations.heads.match(tokens.folded, i)
    if head is None:
        return False
    # A head of one syllable is also a given name ("Phan Minh Trường, Bí thư ...",
    # "Đỗ Trường Lâm"): right after a family name it is one; elsewhere it opens an
    # organization only when a name follows it ("Trường THPT Lê Lợi").
    end = head[0]
    return end - i > 1 or not after_family_name and end < tokens.n and tokens.is_cap(end)


def preceded_by(table: PhraseTable, tokens: Tokens, i: int, max_len: int | None = None) -> int | None:
    """Start of a phrase of `table` (of at most `max_len` tokens; any of its phrases when None:
    "các ông, bà") ending right before token i (skipping a dot, or the colon of a list: "các
    đồng chí: A, ...")."""
    end = i - 1 if i and tokens.text[i - 1] in (".", ":") else i
    for start in range(max(0, end - (table.longest if max_len is None else max_len)), end):
        found = table.match(tokens.folded, start)
        if found and found[0] == end:
            return start
    return None


def name_at(tokens: Tokens, i: int, blockable: bool = True) -> tuple[int, bool] | None:
    """(end, introduced) of a person name starting at token i; `introduced` when an
    honorific precedes it. A single syllable is returned only when introduced.
    `blockable`: whether a name blocker (`name_blockers.tsv`) right before i counts."""
    lex = tokens.lexicon.persons
    if not (tokens.is_cap(i) and _is_syllable(tokens.text[i])) or _is_abbreviation(tokens.text[i]):
        return None
    honorific = preceded_by(lex.honorifics, tokens, i)
    blocker = _blocker_before(tokens, i) if blockable else None
    if blocker is not None and honorific is not None and blocker < honorific:
        honorific = None  # "con em Quảng Bình": the blocker's words hold the honorific's
    if honorific is not None and lex.titles.match(tokens.folded, i):
        return None  # "Ngài Tổng Lãnh sự Hàn Quốc": a title after the honorific, no name
    introduced = honorific is not None or _titled_foreign_name(tokens, i) or _after_foreign_unit(tokens, i)
    family_name = _is_family_name(tokens.folded[i], lex.surnames)
    if not introduced and (not family_name or blocker is not None):
        return None
    j = i + 1
    while j < tokens.n and j - i < MAX_NAME and tokens.is_cap(j) and _is_syllable(tokens.text[j]) \
            and not (tokens.text[j].isupper() and len(tokens.text[j]) > 1) \
            and not _ends_name(tokens, j, after_family_name=family_name and j == i + 1):
        j += 1
    if j - i < 2 and not introduced and not _joined_family_name(tokens.folded[i], lex.surnames):
        return None  # one syllable is a short reference, unless a family name is joined to it ("K'Thanh")
    if j - i >= 2 and len(tokens.text[j - 1]) == 1 and strip_diacritics(tokens.text[j - 1]) in (tokens.text[j - 1], "D"):
        return None  # "Đỗ Thị T.": a name the article withholds; "Nguyễn Như Ý" ends with a syllable
    country = tokens.lexicon.places.countries.match(tokens.folded, i)
    if fold(tokens.span_text(i, j)) in lex.not_persons or country is not None and country[0] == j:
        return None  # "Mông Cổ": a country
    if not introduced and _starts_with_place(tokens, i, j):
        return None  # "Thái Bình Dương", "Thái Nguyên Năm 2018": a place, not a family name
    return j, introduced


def _is_abbreviation(word: str) -> bool:
    """Capitals only ("UBND", "HĐND"), but not a name prefix with its apostrophe ("H’ Yim")."""
    return word.isupper() and len(word) > 1 and not word.endswith(("'", "’"))


def _titled_foreign_name(tokens: Tokens, i: int) -> bool:
    """Whether a foreign name starts at token i right after a title ("Tổng Lãnh sự Mori
    Takero"): two capitalized words or more, none of them a Vietnamese syllable. After an
    executive's title such words are the firm he leads ("Tổng Giám đốc Samsung Display")."""
    if is_vietnamese_syllable(tokens.text[i]):
        return False  # checked first: most capitalized words are Vietnamese syllables
    title = preceded_by(tokens.lexicon.persons.titles, tokens, i, max_len=4)
    if title is None:
        return False
    executive = tokens.lexicon.firms.forms.match(tokens.folded, title)
    if executive is not None and executive[1] == "executive" and tokens.skip_space(executive[0]) == i:
        return False
    j = i
    while j < tokens.n and tokens.is_cap(j) and tokens.text[j].isalpha() and not is_vietnamese_syllable(tokens.text[j]):
        j += 1
    return j - i >= 2


def _after_foreign_unit(tokens: Tokens, i: int) -> bool:
    """Whether token i follows the name of a neighbouring country's province after its party
    committee or level word (foreign_units.tsv): "Bí thư Tỉnh ủy Hủa Phăn Phút Phăn Kẹo Vông Xay",
    whose official's name is written in Vietnamese syllables, though no family name starts it."""
    unit = preceded_by(tokens.lexicon.places.foreign_units, tokens, i)
    return unit is not None and (preceded_by(tokens.lexicon.organizations.heads, tokens, unit) is not None
                                 or preceded_by(tokens.lexicon.places.levels, tokens, unit) is not None)


def _blocker_before(tokens: Tokens, i: int) -> int | None:
    """Start of a name blocker right before token i ("phố Lý Thái Tổ"); none when its word
    ends a place's level word ("thành phố Hà Văn A": a person may follow)."""
    start = preceded_by(tokens.lexicon.persons.blockers, tokens, i)
    if start is None or preceded_by(tokens.lexicon.places.levels, tokens, i) is not None:
        return None
    return start


def _blocked_names_end(tokens: Tokens, i: int) -> int:
    """End of the names a blocker introduces at token i, a list included ("các phố Lý
    Thường Kiệt, Phan Chu Trinh và Hàng Bài"): streets, bridges, villages, no people."""
    j = i
    while True:
        while j < tokens.n and tokens.is_cap(j) and _is_syllable(tokens.text[j]):
            j += 1
        k = past_parenthesis(tokens, tokens.skip_space(j))  # "Lý Thái Tổ (2 vị trí), ..."
        if k < tokens.n and tokens.folded[k] in (",", "và") and tokens.is_cap(tokens.skip_space(k + 1)) \
                and tokens.text[tokens.skip_space(k + 1)].isalpha() \
                and not _ends_name(tokens, tokens.skip_space(k + 1), after_family_name=False):
            j = tokens.skip_space(k + 1)
            continue
        return j


def past_parenthesis(tokens: Tokens, i: int) -> int:
    """After a short note in parentheses at token i, or i."""
    if i >= tokens.n or tokens.text[i] != "(":
        return i
    for j in range(i + 1, min(tokens.n, i + MAX_NOTE)):
        if tokens.text[j] == ")":
            return tokens.skip_space(j + 1)
    return i


def _is_syllable(text: str) -> bool:
    """Letters, or letters after an apostrophe prefix ("H'Yim", "K'Mák"), or a romanized
    given name's two syllables joined by a hyphen, the second in lower case ("Sung-min"), or
    a foreign name's parts joined by one ("Ua-Amornwanit"; not "Rịa-Vũng", two Vietnamese
    names run together)."""
    first, hyphen, second = text.partition("-")
    if hyphen and not (second.isalpha() and second.islower()) and (
            not second.isalpha() or is_vietnamese_syllable(first) and is_vietnamese_syllable(second)):
        return False
    return (first + second).replace("'", "").replace("’", "").isalpha()


def _is_family_name(folded: str, surnames: frozenset[str]) -> bool:
    """A family name, or a name joined to a prefix the surnames list ("H'" in "H'Yim")."""
    prefix, apostrophe, _ = folded.replace("’", "'").partition("'")
    return folded in surnames or bool(apostrophe) and f"{prefix}'" in surnames


def _joined_family_name(folded: str, surnames: frozenset[str]) -> bool:
    """A family-name prefix joined by an apostrophe to a given name ("K'Thanh", "H'Hen"): a
    whole name in one word."""
    prefix, apostrophe, given = folded.replace("’", "'").partition("'")
    return bool(apostrophe and given) and f"{prefix}'" in surnames


def _starts_with_place(tokens: Tokens, i: int, end: int) -> bool:
    """A province's or district's name starts the capitalized run i..end; not a district's
    right after "tỉnh" or a province's name, which name no district ("Phó Chủ tịch UBND tỉnh
    Đồng Văn Thanh": a person), nor one inside a longer run that a title follows ("; Đồng Văn Thanh, Phó Bí
    thư ...": an official in a list)."""
    lex = tokens.lexicon.places
    level = preceded_by(lex.levels, tokens, i)
    # nor one right after a province's name ("UBND tỉnh Hậu Giang Đồng Văn Thanh")
    in_province = level is not None and tokens.folded[level] == "tỉnh" or place_name_ends_at(tokens, i)
    place = lex.province_names.match(tokens.folded, i) or (
        None if in_province else lex.district_names.match(tokens.folded, i))
    return place is not None and not (place[0] < end and _title_follows(tokens, end))


def _title_follows(tokens: Tokens, i: int) -> bool:
    """Whether a title follows token i after a comma or a dash ("…, Phó Bí thư")."""
    j = tokens.skip_space(i)
    if j >= tokens.n or tokens.text[j] not in (",", "-", "–", "—"):
        return False
    return tokens.lexicon.persons.titles.match(tokens.folded, tokens.skip_space(j + 1)) is not None


@Language.factory("vi_persons", assigns=["doc.spans"], requires=["doc.spans"])
class PersonNames(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        doc.spans["person"] = find_persons(doc, tokens)


def find_persons(doc: Doc, tokens: Tokens) -> list:
    # A bare province name may be part of a person's name ("Nguyễn Thái Bình"); an
    # explicit place ("tỉnh Thái Bình") or an organization never is.
    blocking = [s for s in doc.spans["place"] if s.label_ == "explicit"] + list(doc.spans["org"])
    taken = {t for span in blocking for t in range(span.start, span.end)}
    spans, introduced_spans = [], []
    i = 0
    while i < tokens.n:
        # A blocker word that ends an organization name ("Sở Nông nghiệp và Phát triển
        # nông thôn Lê Văn A") names no village or street.
        blockable = i - 1 not in taken
        found = None if i in taken else name_at(tokens, i, blockable=blockable)
        if found is None:
            blocked = i not in taken and blockable and tokens.is_cap(i) and _blocker_before(tokens, i) is not None
            i = max(i + 1, _blocked_names_end(tokens, i)) if blocked else i + 1
            continue
        end, introduced = found
        if any(t in taken for t in range(i, end)):
            i += 1
            continue
        span = doc[i:end]
        one_word = end - i == 1 and not _joined_family_name(tokens.folded[i], tokens.lexicon.persons.surnames)
        span.label_ = "short" if one_word else "name"
        spans.append(span)
        if introduced:
            introduced_spans.append(span)
        i = end
    _shorten_partial_names(spans, introduced_spans)
    places = _names_used_as_places(doc, tokens, [s for s in spans if not any(s is t for t in introduced_spans)])
    return [span for span in spans if not any(span is place for place in places)]


def _names_used_as_places(doc: Doc, tokens: Tokens, candidates: list) -> list:
    """Names without an honorific that the article uses as places: the name of a unit it
    writes with its level word elsewhere ("phường Bạch Mai" makes a headline's "Bạch Mai"
    the ward), or an item of a list of places ("Ba Đình, Kim Liên, Bạch Mai")."""
    unit_names = {fold(s._.place.name) for s in doc.spans["place"] if s.label_ == "explicit" and s._.place.name}
    places: list = []
    changed = True
    while changed:
        changed = False
        for span in candidates:
            if any(span is place for place in places):
                continue
            neighbours = _list_neighbours(tokens, span.start, span.end)
            if fold(span.text) in unit_names or any(_is_place_name(tokens, start, end, unit_names, places)
                                                    for start, end in neighbours):
                places.append(span)
                changed = True
    return places


def _is_place_name(tokens: Tokens, start: int, end: int, unit_names: set[str], places: list) -> bool:
    """Whether tokens[start:end] name a place: a unit the lexicon or the article names so,
    or a name found to be a place already."""
    lex = tokens.lexicon.places
    if fold(tokens.span_text(start, end)) in unit_names or any((p.start, p.end) == (start, end) for p in places):
        return True
    return any((found := names.match(tokens.folded, start)) is not None and found[0] == end
               for names in (lex.district_names, lex.province_names))


_TITLE_ENDS = {",", "-", "–", "—"}
_LIST_SEPARATORS = {"và", *_TITLE_ENDS}


def _after_one_unit_level(tokens: Tokens, i: int) -> bool:
    """Whether the name at token i follows the level word of one unit: "xã Mỹ Tân, Trần Thị
    Lan" lists a farmer of the commune and a person, "các phường Kim Liên và Bạch Mai" two wards."""
    level = preceded_by(tokens.lexicon.places.levels, tokens, i)
    return level is not None and not (level > 0 and tokens.folded[level - 1] in PLURAL)


def _names_a_body(tokens: Tokens, i: int) -> bool:
    """Whether the capitalized run at token i completes a body's name ("Tỉnh ủy | Đồng Tháp",
    "UBND tỉnh | Đồng Tháp"): a comma or a dash after it closes a title, and its holder's name
    follows ("Bí thư Tỉnh ủy Đồng Tháp - Lê Quốc Phong", "Bí thư Tỉnh ủy Hòa Bình, Nguyễn Phi
    Long nhấn mạnh"), no list of places."""
    level = preceded_by(tokens.lexicon.places.levels, tokens, i)
    return preceded_by(tokens.lexicon.organizations.heads, tokens, i if level is None else level,
                       max_len=MAX_HEAD_TOKENS) is not None


def _list_neighbours(tokens: Tokens, start: int, end: int) -> list[tuple[int, int]]:
    """The capitalized runs written next to tokens[start:end] in a list, before and after it."""
    neighbours = []
    before = start - 1
    if before > 0 and tokens.folded[before] in _LIST_SEPARATORS:
        run_start = before
        while run_start > 0 and tokens.is_cap(run_start - 1) and _is_syllable(tokens.text[run_start - 1]):
            run_start -= 1
        if run_start < before and not _after_one_unit_level(tokens, run_start) \
                and not (tokens.folded[before] in _TITLE_ENDS and _names_a_body(tokens, run_start)):
            neighbours.append((run_start, before))
    if end < tokens.n and tokens.folded[end] in _LIST_SEPARATORS:
        run_end = end + 1
        while run_end < tokens.n and tokens.is_cap(run_end) and _is_syllable(tokens.text[run_end]):
            run_end += 1
        if run_end > end + 1:
            neighbours.append((end + 1, run_end))
    return neighbours


def _shorten_partial_names(spans: list, introduced: list) -> None:
    """An introduced name that ends another name of the article ("anh Hoài Bảo" for "Lê
    Phước Hoài Bảo") is a short reference to that person, not a person of its own."""
    tails = set()
    for span in spans:
        words = fold(span.text).split()
        tails.update(" ".join(words[k:]) for k in range(1, len(words)))
    for span in introduced:
        if span.label_ == "name" and fold(span.text) in tails:
            span.label_ = "short"
