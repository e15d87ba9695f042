"""Firms and partnerships: `Firm` and `Partnership` facts.

A firm mention is a name of `data/firms.tsv` (`Viettel`, `Tập đoàn Công nghiệp - Viễn
thông Quân đội`), a provincial unit (`Viễn thông Thái Nguyên` is VNPT's, `Viettel Thái
Nguyên` Viettel's), a legal form of `data/company_forms.tsv` followed by a capitalized
name (`Công ty TNHH Hoàng Long`), possibly after its line of business in lower case
(`Công ty lữ hành X`: the firm is X; with no brand, one in brackets after the name, or
the whole name after a legal form written in full: `Công ty cổ phần xuất nhập khẩu Bến
Tre`), or a brand after an executive's title (`Tổng Giám đốc Hyosung Việt Nam`). Branches count as their group; each group is one `Firm` per
article, with the surface forms seen as aliases. Common nouns (`doanh nghiệp viễn
thông`, `ngân hàng số`), a public body a form word opens (`Ngân hàng Thế giới`) and a
body named after a firm (`Bệnh viện Quốc tế Becamex`) match none of these.

A partnership is an agreement phrase of `data/partnership_words.tsv` with its parties:
`thỏa thuận hợp tác ... giữa A và B` (or `giữa A với B`), `A ký kết thỏa thuận ... với
B`, or `A và B (tổ chức lễ) ký kết thỏa thuận ...`. Parties are organizations (their
canonical names, from the spans "org"), firms (their group) and provinces, which sign by
their governments (`giữa tỉnh Bắc Giang và Tập đoàn X`: "Ủy ban nhân dân tỉnh Bắc Giang").
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Firm, Partnership
from ..grammar import (
    OrgMatch, PlaceRef, Tokens, foreign_name_end, parenthetical_alias, parse_place, parse_province_name, peoples_committee,
)
from ..text import fold, is_vietnamese_syllable
from .organizations import name_body
from .stage import Stage, evidence_for

MAX_LABEL_TOKENS = 40
SIGNERS_WINDOW = 6  # tokens from the parties who sign to the agreement ("tổ chức lễ ký kết")
DESCRIPTOR_WORDS = 5  # lower-case syllables of a line of business before the brand
SHORT_DESCRIPTOR_WORDS = 2  # before a Vietnamese name: "du lịch", "lữ hành", "khởi nghiệp"
FULL_FORM_WORDS = 3  # a legal form written in full: "Công ty cổ phần", "Công ty TNHH"
PROVINCE_LEVEL = "tỉnh"  # written or not in a firm's name ("xuất nhập khẩu (tỉnh) Bến Tre")
_DASHES = {"-", "–", "—"}
_CLAUSE_ENDS = {";", ".", "!", "?", ":", "./."}
LIST_LEAD_TOKENS = 24  # from a plural kind of firm to the word opening the list of their names
LIST_ITEM_TOKENS = 10  # how long one name of such a list may be
BRACKETED_NAME_TOKENS = 8  # tokens (spaces among them) of a bracketed abbreviation or country after a party
_LIST_OPENERS = {"là", "như", "gồm", ":"}  # "nhiều tập đoàn như A, B"
_PLURALS = {"các", "nhiều", "những"}  # or a number: "2 doanh nghiệp là: A và B"
_COUNTS = {"hai", "ba", "bốn", "các", "những"}  # before the level word of units listed: "hai tỉnh A và B"


# ---------------------------------------------------------------- firm mentions


@dataclass(frozen=True)
class FirmMention:
    start: int
    end: int
    group: str
    written: str | None = None  # a company of no brand and not in firms.tsv: its name with its legal form


def _province_end(tokens: Tokens, i: int) -> int | None:
    """End of a province named at token i (`tỉnh Hà Tĩnh`, `Thái Nguyên`), or None."""
    place = parse_place(tokens, i)
    if place is not None and place[1].rank == "province" and place[1].name:
        return place[0]
    bare = parse_province_name(tokens, i)
    return bare[0] if bare else None


def _branch_end(tokens: Tokens, i: int) -> int | None:
    """End of the province of a branch written after a group's name at token i:
    `Thái Nguyên`, `- Hà Tĩnh`, `chi nhánh tỉnh Hà Tĩnh`."""
    j = tokens.skip_space(i)
    if j < tokens.n and tokens.text[j] in _DASHES:
        j = tokens.skip_space(j + 1)
    else:
        branch = tokens.lexicon.firms.forms.match(tokens.folded, j)
        if branch is not None and branch[1] == "branch":
            j = tokens.skip_space(branch[0])
    return _province_end(tokens, j)


def _known_firm(tokens: Tokens, i: int) -> tuple[int, str] | None:
    """A group's name or alias (with its branch's province), or a provincial unit, at token i."""
    if not tokens.is_cap(i):
        return None
    lex = tokens.lexicon.firms
    found = lex.names.match(tokens.folded, i)
    if found is not None:
        end, group = found
        return _branch_end(tokens, end) or end, group
    unit = lex.units.match(tokens.folded, i)
    if unit is not None:
        province_end = _province_end(tokens, tokens.skip_space(unit[0]))
        if province_end is not None:
            return province_end, unit[1]
    return None


def _company_name_end(tokens: Tokens, i: int, people: frozenset[int] = frozenset()) -> int:
    """End of a company's name after its legal form: the line of business, whose
    syllables may be lower case, then the brand in capitals (`Xây dựng Hoàng Long`,
    `Đầu tư phát triển nhà ở Hưng Thịnh`, `lữ hành Hanoitourist`). It ends with a
    capitalized word: at the first lower-case word after the brand, a boundary word,
    a region (`X khu vực miền Bắc`), a person after a foreign brand (`X Nguyễn Văn An`;
    `people`: where person names start; "Hoàng Long" may be a firm's or a person's) or
    another firm; a number right after the name ends it too (`Sông Đà 5`). A word of
    compounds.tsv is read whole (`Xổ số kiến thiết`)."""
    boundaries = tokens.lexicon.organizations.boundaries
    compounds = tokens.lexicon.organizations.compounds
    forms = tokens.lexicon.firms.forms
    end = j = i
    capitals_in_a_row = 0
    group_suffix = False  # after a dash: "Hoa tiêu hàng hải - TKV" ends with the group's name
    while j < tokens.n and tokens.is_word(j):
        if end > i and (j in people and _is_brand(tokens, end - 1)
                        or (form := forms.match(tokens.folded, j)) is not None and form[1] == "region"):
            break
        compound = compounds.match(tokens.folded, j)
        if compound is not None:
            if tokens.is_cap(j):
                end = compound[0]
            capitals_in_a_row = 0
            j = tokens.skip_space(compound[0])
            continue
        if tokens.folded[j] in boundaries:
            break
        if tokens.text[j].isdigit():
            after = tokens.skip_space(j + 1)
            if end > i and tokens.skip_space(end) == j and not (tokens.is_word(after) and not tokens.is_cap(after)):
                end = j + 1
            break
        if tokens.is_cap(j):
            capitals_in_a_row += 1
            end = j + 1
        elif group_suffix or capitals_in_a_row >= 2 or not _capital_follows(tokens, j):
            break
        else:
            capitals_in_a_row = 0
        following = tokens.skip_space(j + 1)
        if following < tokens.n and tokens.text[following] in {"&", *_DASHES} \
                and tokens.is_cap(tokens.skip_space(following + 1)):
            group_suffix = group_suffix or tokens.text[following] in _DASHES
            following = tokens.skip_space(following + 1)
        j = following
    return end


def _capital_follows(tokens: Tokens, i: int) -> bool:
    """A capitalized word within DESCRIPTOR_WORDS after token i, before any boundary
    word (a word of compounds.tsv is read whole), and not opening another firm or a body; or a dash
    before a capitalized word, the group a subsidiary's name ends with ("Hoa tiêu hàng hải - TKV")."""
    boundaries = tokens.lexicon.organizations.boundaries
    compounds = tokens.lexicon.organizations.compounds
    j = i
    for _ in range(DESCRIPTOR_WORDS):
        j = tokens.skip_space(j + 1)
        compound = compounds.match(tokens.folded, j) if j < tokens.n else None
        if compound is not None and not tokens.is_cap(j):
            j = compound[0] - 1
            continue
        if j < tokens.n and tokens.text[j] in _DASHES:
            return tokens.is_cap(tokens.skip_space(j + 1))
        if j >= tokens.n or not tokens.is_word(j) or tokens.folded[j] in boundaries:
            return False
        if tokens.is_cap(j):  # not another firm, nor a public body ("CMC và Cục Du lịch ...")
            return parse_firm(tokens, j) is None and tokens.lexicon.organizations.heads.match(tokens.folded, j) is None
    return False


def _is_brand(tokens: Tokens, k: int) -> bool:
    """A capitalized word that is no Vietnamese syllable: "Hyosung", "C.P", "7-Eleven"; not
    "Việt", nor an acronym, which public bodies have as often as firms ("TTXVN")."""
    word = tokens.text[k]
    if not (tokens.is_cap(k) or word[:1].isdigit() and any(c.isupper() for c in word)) \
            or word.isalpha() and word.isupper():
        return False
    return not is_vietnamese_syllable(word)  # "Hyosung", "C.P", "Vietravel": a brand or a foreign name


def _brand_after_executive(tokens: Tokens, i: int, bodies: frozenset[int]) -> FirmMention | None:
    """`Tổng Giám đốc Hyosung Việt Nam`: after an executive's title, a run of capitalized
    words holding a brand names the firm he leads, unless the run names a known firm
    (read as such) or opens a body (`bodies`: where organization names start)."""
    title = tokens.lexicon.firms.forms.match(tokens.folded, i)
    if title is None or title[1] != "executive":
        return None
    start = tokens.skip_space(title[0])
    if start in bodies or parse_firm(tokens, start) is not None:
        return None
    return parse_brand(tokens, start)


def parse_brand(tokens: Tokens, start: int) -> FirmMention | None:
    """A run of capitalized words at token `start` holding a brand ("C.P Việt Nam", "Hyosung
    Việt Nam"): the firm an executive's title before it names."""
    end = start
    while end < tokens.n and tokens.is_word(end) and (tokens.is_cap(end) or _is_brand(tokens, end)):
        end = tokens.skip_space(end + 1)
    while end > start and tokens.is_space(end - 1):
        end -= 1
    if not any(_is_brand(tokens, k) for k in range(start, end)):
        return None
    return FirmMention(start, end, " ".join(tokens.span_text(start, end).split()))


def parse_firm(tokens: Tokens, i: int, people: frozenset[int] = frozenset()) -> FirmMention | None:
    """The firm named at token i, or None (`people`: see `_company_name_end`)."""
    known = _known_firm(tokens, i)
    if known is not None:
        return FirmMention(i, known[0], known[1])
    form = tokens.lexicon.firms.forms.match(tokens.folded, i)
    if form is None or form[1] not in ("form", "branch"):
        return None
    body = tokens.lexicon.organizations.heads.match(tokens.folded, i)
    if body is not None and body[0] > form[0]:  # "Ngân hàng Thế giới" is a body
        return None
    name_start = tokens.skip_space(form[0])
    known = _known_firm(tokens, name_start)
    if known is not None:
        return FirmMention(i, known[0], known[1])
    if form[1] != "form":
        return None
    name_end = _company_name_end(tokens, name_start, people)
    brand_start = next((k for k in range(name_start, name_end) if tokens.is_cap(k)), name_end)
    if brand_start == name_end:
        return None
    if brand_start > name_start and not _names_a_firm(tokens, name_start, brand_start, name_end):
        # no brand: one named in brackets ("Công ty xuất nhập khẩu Bến Tre (Betrimex)"), else with
        # its legal form in full the whole name is the company's ("xuất nhập khẩu Bến Tre")
        defined = _brand_in_brackets(tokens, name_end)
        if defined is not None:
            return FirmMention(i, name_end, defined)
        if not _full_legal_form(tokens, i, form[0]):
            return None
        line = tokens.span_text(name_start, name_end)
        return FirmMention(i, name_end, line[:1].upper() + line[1:], _written(tokens, i, name_end))
    branded = any(_is_brand(tokens, k) for k in range(brand_start, name_end))
    return FirmMention(i, name_end, tokens.span_text(brand_start, name_end),
                       None if branded else _written(tokens, i, name_end))


def _written(tokens: Tokens, start: int, end: int) -> str:
    """A company's name as written from its legal form: "Công ty Cổ phần Xây dựng Thăng Long"."""
    name = " ".join(tokens.span_text(start, end).split())
    return name[:1].upper() + name[1:]


def _full_legal_form(tokens: Tokens, i: int, end: int) -> bool:
    """Whether the legal form at tokens [i, end) is written in full ("Công ty cổ phần", "Công ty
    TNHH MTV"), not after a plural ("các công ty cổ phần ..."): the name after it is one
    company's, however long its line of business and though a place ends it ("Công ty cổ
    phần xuất nhập khẩu Bến Tre")."""
    before = tokens.word_before(i)
    return sum(1 for k in range(i, end) if tokens.is_word(k)) >= FULL_FORM_WORDS \
        and not (before is not None and (tokens.folded[before] in _PLURALS or tokens.text[before].isdigit()))


def _brand_in_brackets(tokens: Tokens, i: int) -> str | None:
    """A brand the text gives in brackets right after a company's name at token i: "(Betrimex)"."""
    alias = parenthetical_alias(tokens, i)
    return alias[1] if alias is not None and _is_brand(tokens, alias[0] - 2) else None


def _names_a_firm(tokens: Tokens, descriptor: int, brand: int, end: int) -> bool:
    """Whether a line of business in lower case (tokens [descriptor, brand)) and the
    capitalized words after it name one firm: a brand ("du lịch SunTour"), or a short
    line of business before a name that is no place: "du lịch Bến Thành", but not "các
    công ty du lịch Hà Nội" nor "công ty xuất khẩu sang Nhật Bản"."""
    if any(_is_brand(tokens, k) for k in range(brand, end)):
        return True
    words = sum(1 for k in range(descriptor, brand) if tokens.is_word(k))
    return words <= SHORT_DESCRIPTOR_WORDS and not _is_place(tokens, brand, end)


def _is_place(tokens: Tokens, start: int, end: int) -> bool:
    """Whether tokens [start, end) are just a place's name (`Hà Nội`, `tỉnh Hà Tĩnh`)."""
    return _province_end(tokens, start) == end


def find_firm_mentions(doc: Doc, tokens: Tokens) -> list[FirmMention]:
    people = frozenset(span.start for span in doc.spans.get("person", []))
    bodies = frozenset(span.start for span in doc.spans.get("org", []))
    inside_bodies = {k for span in doc.spans.get("org", []) for k in range(span.start + 1, span.end)}
    named = people | bodies
    lex = tokens.lexicon.firms
    mentions: list[FirmMention] = []
    i = 0
    while i < tokens.n:
        mention = None
        word = tokens.folded[i]
        # most words open no firm: only a form, a known name, a unit or a plural may
        if (lex.forms.starts(word) or lex.names.starts(word) or lex.units.starts(word) or word in _PLURALS
                or word.isdigit()) and tokens.is_word(i):
            listed = _listed_firms(tokens, i, named)
            if listed:
                mentions.extend(listed)
                i = listed[-1].end
                continue
            mention = parse_firm(tokens, i, people) or _brand_after_executive(tokens, i, bodies)
        if mention is None or mention.start in inside_bodies:  # "Bệnh viện Quốc tế Becamex" is a body
            i = mention.end if mention is not None else i + 1
            continue
        mentions.append(mention)
        i = mention.end
    return mentions


def _listed_firms(tokens: Tokens, i: int, named: frozenset[int]) -> list[FirmMention]:
    """`nhiều tập đoàn nổi tiếng như Panasonic, Sharp và Sanyo`, `2 doanh nghiệp là: A và B`:
    a kind of firm in the plural at token i (company_forms.tsv, a form or a kind written in
    lower case) opens a list of at least two names, each a firm; none when an item names a
    person, a body or a place (`named`: where people and bodies start)."""
    if tokens.folded[i] not in _PLURALS and not tokens.text[i].isdigit():
        return []
    kind_at = tokens.skip_space(i + 1)
    kind = tokens.lexicon.firms.forms.match(tokens.folded, kind_at)
    if kind is None or kind[1] not in ("form", "kind") or tokens.is_cap(kind_at):
        return []
    levels = tokens.lexicon.places.levels
    opener = next((k for k in range(kind[0], min(tokens.n, kind[0] + LIST_LEAD_TOKENS))
                   if tokens.folded[k] in _LIST_OPENERS | _PLURALS or tokens.text[k] in _CLAUSE_ENDS
                   or tokens.text[k].isdigit() or levels.match(tokens.folded, k) is not None), None)
    if opener is None or tokens.folded[opener] not in _LIST_OPENERS:
        return []  # "doanh nghiệp tại các nước như ...", "... tại 4 tỉnh gồm ...": the list names something else
    k = tokens.skip_space(opener + 1)
    if k < tokens.n and tokens.text[k] == ":":  # "là: A và B"
        k = tokens.skip_space(k + 1)
    items: list[FirmMention] = []
    while k < tokens.n and tokens.is_cap(k) and k not in named and parse_place(tokens, k) is None \
            and parse_province_name(tokens, k) is None:
        item = parse_firm(tokens, k) or _listed_name(tokens, k)
        items.append(item)
        following = tokens.skip_space(item.end)
        if following >= tokens.n or tokens.folded[following] not in (",", "và"):
            break
        k = tokens.skip_space(following + 1)
    return items if len(items) >= 2 else []


def _listed_name(tokens: Tokens, k: int) -> FirmMention:
    """A firm's name as an item of a list, from token k: its words up to a comma, "và" or a
    Vietnamese word in lower case ("Silla monogram và ...", "The five Villas and Resort đã
    trao ...")."""
    end = k + 1
    while end < min(tokens.n, k + LIST_ITEM_TOKENS) and tokens.folded[end] not in (",", "và") \
            and tokens.text[end] not in _CLAUSE_ENDS and tokens.text[end] != ")" \
            and not (tokens.text[end].islower() and is_vietnamese_syllable(tokens.text[end])):
        end += 1
    while end > k and tokens.is_space(end - 1):
        end -= 1
    return FirmMention(k, end, " ".join(tokens.span_text(k, end).split()))


def _one_group_per_firm(mentions: list[FirmMention]) -> list[FirmMention]:
    """A group named with more words after it is the same firm ("Daewon" and "Daewon Việt
    Nam", its arm in Vietnam), and so is one named with more words before it, its line of
    business or its form written once in capitals and once not ("Công ty cổ phần May Việt
    Tân" and "Công ty may Việt Tân"; "Tập đoàn Xây dựng X" and "Công ty TNHH Tập đoàn Xây
    dựng X"), and one whose name holds a brand named alone ("Betrimex" and "Xuất nhập khẩu
    Betrimex Bến Tre"): the mentions take the shortest name as their group."""
    canonical: dict[str, str] = {}
    shorter: list[tuple[list[str], str]] = []  # (words, canonical) of the groups seen, shortest first
    for group in sorted({m.group for m in mentions}, key=lambda g: len(g.split())):
        words = [word for word in fold(group).split() if word != PROVINCE_LEVEL]  # "X tỉnh Bến Tre" is "X Bến Tre"
        canonical[group] = next((name for part, name in shorter
                                 if words[:len(part)] == part or words[-len(part):] == part
                                 or len(part) == 1 and part[0] in words and not is_vietnamese_syllable(part[0])),
                                group)
        shorter.append((words, canonical[group]))
    return [replace(m, group=canonical[m.group]) for m in mentions]


def _named_in_full(mentions: list[FirmMention]) -> list[FirmMention]:
    """A company known by no brand is named as the article first writes it in full, with its
    legal form ("Công ty Cổ phần Xây dựng Thăng Long", as a reader cites it: two companies may
    share "Thăng Long"); its shorter mentions are the same firm. A brand ("T&T Group") and a
    firm of firms.tsv keep their name."""
    full: dict[str, str] = {}
    for mention in mentions:
        if mention.written is not None:
            full.setdefault(mention.group, mention.written)
    return [replace(m, group=full.get(m.group, m.group)) for m in mentions]


def _firms(doc: Doc, tokens: Tokens, mentions: list[FirmMention]) -> list[Firm]:
    """One Firm per group, its surface forms as aliases, evidence from the first mention; and
    its name in full, when a post held in it is written with it ("Chủ tịch Tập đoàn VNPT":
    extract/components/positions.py)."""
    firms: dict[str, Firm] = {}
    held_in = {fold(p.organization) for person in doc._.facts.persons for p in person.positions}
    for mention in mentions:
        surface = " ".join(tokens.span_text(mention.start, mention.end).split())
        firm = firms.get(mention.group)
        if firm is None:
            firm = firms[mention.group] = Firm(mention.group, evidence=evidence_for(doc[mention.start:mention.end]))
            legal = tokens.lexicon.firms.legal_names.get(mention.group)
            if legal is not None and fold(legal) in held_in:
                firm.aliases.append(legal)
        if surface != firm.name and surface not in firm.aliases:
            firm.aliases.append(surface)
    return list(firms.values())


# ---------------------------------------------------------------- partnerships


def _bracketed_name_end(tokens: Tokens, i: int) -> int | None:
    """Where a bracket at token i closes that holds a party's abbreviation or country, capitalized
    words only ("(VKBIA)", "(Việt Nam)", "(Nhật Bản)"); else None."""
    if i >= tokens.n or tokens.text[i] != "(":
        return None
    for k in range(i + 1, min(tokens.n, i + 1 + BRACKETED_NAME_TOKENS)):
        if tokens.text[k] == ")":
            return k + 1 if k > i + 1 else None
        if not (tokens.is_space(k) or tokens.is_cap(k)):
            return None
    return None


class _Parties:
    """Who is named where, by start token: organizations (canonical names) and firms
    (groups), and provinces (their People's Committees), which are parties only where a list of
    parties is expected, not as the subject found anywhere before an agreement."""

    def __init__(self, doc: Doc, tokens: Tokens, mentions: list[FirmMention]):
        self.at: dict[int, tuple[int, str]] = {}
        for span in doc.spans.get("org", []):
            known = self.at.get(span.start)
            if known is None or known[0] < span.end:
                self.at[span.start] = (span.end, span._.org.canonical)
        for mention in mentions:  # a firm's group wins over an organization reading of its name
            self.at[mention.start] = (mention.end, mention.group)
        self.firms = {mention.group for mention in mentions}
        self.firm_names = {fold(mention.group): mention.group for mention in mentions}  # a firm named bare
        # a province written by its name signs by its government ("tỉnh X ký kết với Tập đoàn Y",
        # as for requests); provinces that sign with each other are the provinces ("hai tỉnh A
        # và B ký kết ...", "tỉnh A và tỉnh Niigata ký bản ghi nhớ"), one of another country too
        self.committees: dict[str, OrgMatch] = {}  # by name, recorded once one signs (`recorded`)
        self.units: dict[str, str] = {}  # a province's government -> the province as written ("tỉnh X")
        self.levels: dict[str, str] = {}  # a province's government -> its level word ("tỉnh")
        self.counted: set[str] = set()  # the governments of provinces a count opens ("hai tỉnh A và B")
        self.provinces: dict[int, tuple[int, str]] = {}
        for span in doc.spans.get("place", []):
            place = span._.place
            # a unit of another country signs at any level ("Thành phố Okayama", "tỉnh Tochigi")
            if (place.rank == "province" and place.province or place.foreign and place.name) \
                    and span.start not in self.at:
                committee = peoples_committee(tokens, span.start, span.end, place)
                self.committees[committee.canonical] = committee
                self.units[committee.canonical] = place.render()
                self.levels[committee.canonical] = place.level
                count = tokens.word_before(span.start)
                if count is not None and (tokens.text[count].isdigit() or tokens.folded[count] in _COUNTS):
                    self.counted.add(committee.canonical)
                self.provinces[span.start] = (span.end, committee.canonical)
        self.starts = sorted({*self.at, *self.provinces})
        self.officials = [(ref.start, ref.end) for ref in doc.spans.get("person_ref", [])]

    def recorded(self, doc: Doc, agents: list[str]) -> tuple[list[str], list[str]]:
        """The parties of a partnership as the article names them, and the organizations and
        firms they are (the People's Committees among them recorded as bodies): provinces that
        sign with each other are the provinces."""
        for agent in agents:
            if agent in self.committees:
                name_body(doc, self.committees[agent])
        if all(agent in self.units for agent in agents):
            return [self.units[agent] for agent in agents], agents
        return agents, agents

    def party_at(self, i: int) -> tuple[int, str] | None:
        return self.at.get(i) or self.provinces.get(i)

    def list_at(self, tokens: Tokens, i: int) -> tuple[list[str], int]:
        """The parties listed from token i: `A và B`, `A, B và C`, `A với B` (a province
        saying where one is, or an `(abbreviation)`, may follow each), and where the list
        ends."""
        lex = tokens.lexicon.firms
        parties: list[str] = []
        end = i
        while True:
            i = tokens.skip_space(i)
            party = self.party_at(i) or self._sibling_unit_at(tokens, i, parties)
            if party is None:
                return parties, end
            end, name = party
            parties.append(name)
            i = tokens.skip_space(end)
            if i in self.provinces:  # where the party is: "Sở Du lịch Hà Nội"
                end = self.provinces[i][0]
                i = tokens.skip_space(end)
            bracket_end = _bracketed_name_end(tokens, i)
            if bracket_end is not None:
                end = i = bracket_end
                i = tokens.skip_space(i)
            joiner = lex.end_of("joiner", tokens.folded, i) or lex.end_of("with", tokens.folded, i)
            if joiner is None:
                return parties, end
            i = joiner

    def _sibling_unit_at(self, tokens: Tokens, i: int, listed: list[str]) -> tuple[int, str] | None:
        """A unit of another country named bare after a province, of the same level: after
        provinces a count opens ("hai tỉnh Phú Thọ và | Tochigi"), or with its country in
        brackets ("Vĩnh Long và | Niigata (Nhật Bản)"); an acronym there is a body ("tỉnh X và VKBIA")."""
        before = self.levels.get(listed[-1]) if listed else None
        end = foreign_name_end(tokens, i) if before is not None else None
        if end is None or any(tokens.text[k].isupper() for k in range(i, end) if tokens.is_word(k)):
            return None
        firm = self.firm_names.get(fold(tokens.span_text(i, end)))
        if firm is not None:
            return end, firm  # "Đồng Tháp và Something (Nhật Bản)": the firm the article names "Tập đoàn Something"
        bracket = tokens.skip_space(end)
        country = bracket < tokens.n and tokens.text[bracket] == "(" and \
            tokens.lexicon.places.countries.match(tokens.folded, tokens.skip_space(bracket + 1)) is not None
        if not country and listed[-1] not in self.counted:
            return None
        place = PlaceRef(before, tokens.span_text(i, end), "province", foreign=True)
        committee = peoples_committee(tokens, i, end, place)
        self.committees[committee.canonical] = committee
        self.units[committee.canonical] = place.render()
        self.levels[committee.canonical] = before
        return end, committee.canonical

    def signers_before(self, tokens: Tokens, start: int, agreement: int) -> list[str]:
        """Parties listed in tokens [start, agreement) who sign what starts at `agreement`:
        a signing verb, and no other party nor a word making it a plan, stands between them.
        A list that "với" opens signs with the party named before it: "A đã phối hợp với B,
        C ký quy chế ...", "A phối hợp với B tổ chức lễ ký kết ...". Else the first party who
        signs alone ("Công ty X ký bản ghi nhớ đầu tư ..."), if any."""
        signing, purpose = (tokens.lexicon.firms.agreement_words[role] for role in ("signing", "purpose"))
        alone: list[str] = []
        for i in self.starts[bisect_left(self.starts, start):bisect_left(self.starts, agreement)]:
            listed, end = self.list_at(tokens, i)
            between = range(end, agreement)
            if not listed or len(between) > SIGNERS_WINDOW \
                    or not any(signing.match(tokens.folded, k) for k in (*between, agreement)) \
                    or any(self.party_at(k) or tokens.text[k] in _CLAUSE_ENDS or purpose.match(tokens.folded, k)
                           for k in between):
                continue
            marker = tokens.word_before(i)
            first = self.first_before(start, marker) if marker is not None \
                and tokens.lexicon.firms.end_of("with", tokens.folded, marker) == marker + 1 else None
            signers = [first, *listed] if first else listed
            if len(signers) >= 2:  # "A và B ký kết ...", "A phối hợp với B tổ chức lễ ký kết ..."
                return signers
            alone = alone or signers  # "A ký ...": one party, who signs with someone unnamed
        return self._officials_signing(tokens, start, agreement) or alone

    def _officials_signing(self, tokens: Tokens, start: int, agreement: int) -> list[str]:
        """The parties of officials who sign for them ("Chủ tịch UBND tỉnh A Nguyễn Văn B và Tổng
        Giám đốc Tập đoàn C Trần Văn D ký kết ..."): the bodies and firms named in the clause
        before the signing verb, when two officials or more are named there, one body each."""
        signing = tokens.lexicon.firms.agreement_words["signing"]
        verb = next((k for k in range(agreement, max(start, agreement - SIGNERS_WINDOW) - 1, -1)
                     if signing.match(tokens.folded, k)), None)
        if verb is None:
            return []
        clause = max([start] + [k + 1 for k in range(start, verb) if tokens.text[k] in _CLAUSE_ENDS])
        officials = sum(clause <= ref_start and ref_end <= verb for ref_start, ref_end in self.officials)
        witness = tokens.lexicon.firms.agreement_words["witness"]
        if officials < 2 or any(witness.match(tokens.folded, k) for k in range(clause, verb)):
            return []
        parties: list[str] = []
        end = clause
        for i in self.starts[bisect_left(self.starts, clause):bisect_left(self.starts, verb)]:
            party = self.party_at(i)
            if party is not None and i >= end and party[0] <= verb:
                end = party[0]
                parties.append(party[1])
        # one body each: officials with several posts, or witnesses among them, name no one side
        return list(dict.fromkeys(parties)) if len(set(parties)) == officials else []

    def first_before(self, start: int, end: int) -> str | None:
        """The first party named in tokens [start, end)."""
        for i in sorted(self.at):
            if start <= i and self.at[i][0] <= end:
                return self.at[i][1]
        return None


def _partnership_at(doc: Doc, tokens: Tokens, parties: _Parties, i: int) -> tuple[int, list[Partnership]] | None:
    """The agreement opening at token i with its parties: (end, partnerships), or None. One
    party that signs "với" several others has one partnership with each ("UBND tỉnh X ký
    biên bản ghi nhớ với 7 trường gồm: A, B, ...")."""
    lex = tokens.lexicon.firms
    if lex.end_of("agreement", tokens.folded, i) is None:
        return None
    sentence_start = doc[i].sent.start
    j = i + 1
    while j < tokens.n and j - i < MAX_LABEL_TOKENS:
        if "\n" in tokens.text[j] or tokens.text[j] in _CLAUSE_ENDS or doc[j].is_sent_start:
            break
        for role in ("between", "with"):
            marker_end = lex.end_of(role, tokens.folded, j)
            if marker_end is None:
                continue
            named, _ = parties.list_at(tokens, marker_end)
            listing = _listing_start(tokens, marker_end) if not named else None
            if listing is not None:  # "với 7 trường đại học gồm: A, B, ..."
                named, _ = parties.list_at(tokens, listing)
            if role == "with" and named:
                signers = list(dict.fromkeys(parties.signers_before(tokens, sentence_start, i)))
                others = [other for other in dict.fromkeys(named) if other not in signers]
                if len(signers) >= 2 and signers[0] in parties.counted and others:
                    # "ba tỉnh A, B và C ký kết hợp tác với tỉnh D": one agreement of them all
                    return j, [_partnership(doc, tokens, parties.recorded(doc, signers + others), i, j)]
                # the body or firm named first, else a province that signs it ("tỉnh X đã ký kết
                # hợp tác với các doanh nghiệp như A, B": its government)
                first = parties.first_before(sentence_start, i) or (signers[0] if len(signers) == 1 else None)
                others = [other for other in dict.fromkeys(named) if other != first]
                if first and others:
                    return j, [_partnership(doc, tokens, parties.recorded(doc, [first, other]), i, j)
                               for other in others]
                continue
            unique = list(dict.fromkeys(named))
            if len(unique) >= 2:
                return j, [_partnership(doc, tokens, parties.recorded(doc, unique), i, j)]
        j += 1
    # No party named after the agreement: those listed before it may sign it.
    signers = list(dict.fromkeys(parties.signers_before(tokens, sentence_start, i)))
    if len(signers) == 1 and signers[0] in parties.firms and doc._.facts.province is not None:
        # "Công ty X ký bản ghi nhớ đầu tư ...", one of a provincial conference's investors: with the province
        province = doc._.facts.province
        host = peoples_committee(tokens, i, i, PlaceRef(province.kind, province.name, "province", province.name))
        signers = [host.canonical, signers[0]]
    return (j, [_partnership(doc, tokens, parties.recorded(doc, signers), i, j)]) if len(signers) >= 2 else None


def _listing_start(tokens: Tokens, i: int) -> int | None:
    """Where the names start of parties a count or a plural word introduces at token i and
    a list opener announces ("7 trường đại học gồm: A, B", "các đối tác như A, B"; "các trường
    đại học (ĐH), gồm: A, B", past the abbreviation it defines); else None."""
    i = tokens.skip_space(i)
    if i >= tokens.n or not (tokens.text[i].isdigit() or tokens.folded[i] in _PLURALS):
        return None
    k = i + 1
    while k < min(tokens.n, i + LIST_LEAD_TOKENS):
        if (alias := parenthetical_alias(tokens, k)) is not None:
            k = alias[0]
            continue
        if tokens.text[k] in _CLAUSE_ENDS and tokens.text[k] != ":" or tokens.is_cap(k):
            return None
        if tokens.folded[k] in _LIST_OPENERS:
            k = tokens.skip_space(k + 1)
            return tokens.skip_space(k + 1) if k < tokens.n and tokens.text[k] == ":" else k
        k += 1
    return None


def _partnership(doc: Doc, tokens: Tokens, recorded: tuple[list[str], list[str]], start: int, end: int) -> Partnership:
    """The partnership of the `recorded` parties (as named, and as the bodies and firms they
    are), labelled by the agreement phrase at tokens [start, end)."""
    label = tokens.span_text(start, end).strip().rstrip(",")
    label = " ".join((label[:1].lower() + label[1:]).split())
    parties, agents = recorded
    return Partnership(parties, label, evidence_for(doc[start:end]), agents=agents)


def find_partnerships(doc: Doc, tokens: Tokens, mentions: list[FirmMention]) -> list[Partnership]:
    """The partnerships of the article; an agreement named again under the same label
    ("ký kết quy chế phối hợp trong quản lý X" in the lead, then in the body) is the first
    one, whose parties the lead names."""
    parties = _Parties(doc, tokens, mentions)
    found: list[Partnership] = []
    labels: set[str] = set()
    agreements = tokens.lexicon.firms.agreement_words["agreement"]
    i = 0
    while i < tokens.n:
        result = _partnership_at(doc, tokens, parties, i) if agreements.starts(tokens.folded[i]) else None
        if result is None:
            i += 1
            continue
        i, partnerships = result
        label = partnerships[0].label
        if label not in labels:
            found.extend(partnerships)
        if _describes(tokens, label):
            labels.add(label)
    return found


def _describes(tokens: Tokens, label: str) -> bool:
    """Whether a label says more than an agreement word ("thỏa thuận hợp tác" could be any)."""
    words = fold(label).split()
    end = tokens.lexicon.firms.end_of("agreement", words, 0)
    return end is not None and end < len(words)


@Language.factory("vi_firms", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class FirmsAndPartnerships(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        find_firms(doc, tokens)


def find_firms(doc: Doc, tokens: Tokens) -> None:
    facts = doc._.facts
    mentions = _named_in_full(_one_group_per_firm(find_firm_mentions(doc, tokens)))
    facts.firms.extend(_firms(doc, tokens, mentions))
    facts.partnerships.extend(find_partnerships(doc, tokens, mentions))
