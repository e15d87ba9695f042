"""Titles around person names, split into role + organization (W3C ORG memberships).

Titles come before a name (`Phó Chủ tịch UBND tỉnh Lê Văn A`) or after it as an
apposition chain (`đồng chí A, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy`,
`A - Giám đốc Sở Y tế`), or after an appointment word (`A, Phó Giám đốc Sở X, giữ chức
Giám đốc Sở Y`, post_links.tsv). A title after a list of names belongs to each name
(`A, B - Tỉnh ủy viên`); a committee written bare in a chain is the one of the body the
next title names (`Bí thư Đảng ủy, Giám đốc Học viện X`). Each title becomes a `Position`. A title that stands
without a name (`Phó Chủ tịch UBND tỉnh đề nghị ...`) is kept as a span "title"
for coreference. Every named mention, stretched over its titles and honorific,
becomes a span "person_ref" whose `_.person` is the name: later stages look for
verbs right after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Person, Position
from ..grammar import (
    EXECUTIVE_COMMITTEE, PARTY_ORGANIZATION, PLURAL, SEAT, OrgContext, OrgMatch, PlaceRef, Tokens, apply_default,
    attach_shared_at, board_at, closing_parenthesis,
    expand_abbreviations, implied_org, in_compound, inside_phrase, parenthesized_body, parse_district_name, parse_org,
    parse_place, parse_province_name, party_committee_at, party_head_of, peoples_committee, unit_committee,
)
from ..lexicon import folded_tokens
from ..lexicon.organizations import HeadRule
from ..lexicon.persons import Title
from ..text import fold, is_vietnamese_syllable
from .firms import parse_brand, parse_firm
from .organizations import add_org_spans, name_body, org_context
from .persons import name_at, past_parenthesis, preceded_by
from .stage import SpanIndex, Stage, evidence_for

_APPOSITION = {",", "-", "–", "—", "("}
_MENTION_ENDS = {",", "-", "–", "—", ")", ".", ";"}  # after a person's mention with its posts
FIRM = "firm"  # the head of a firm a post is held in: firms are read by extract/components/firms.py
_CHAIN = {",", "và"}
_NOTE_WORDS = 16  # the longest personal note read between a name and its posts, in tokens
UNREAD_POST_TOKENS = 24  # how far posts in apposition nothing reads may run before an appointment word
_BEFORE_NAME_SEPARATORS = {",", "-", "–"}  # between titles before a name ("Tổng Thư ký X - Chủ nhiệm Y A")
LOOKBACK = 30  # tokens a pre-name title chain may span
PASSIVE = "được"  # "A được hội nghị bầu làm Bí thư"
OWNER = "của"  # "quyết định của Chủ tịch UBND tỉnh": whose a thing is
AGENT_WINDOW = 10  # tokens from "được" to the election or appointment word
STANDING_COMMITTEE, MEMBER = "Ban Thường vụ", "Ủy viên"  # organizations.tsv's head, titles.tsv's role
DESTINATION_WINDOW = 30  # tokens from "đến nhận công tác tại" past the body to the appointment word
_CLAUSE_ENDS = {".", ";", "!", "?"}
FALLBACK_SENTENCES = 2  # how far back a title without organization looks for one
_TERM_NUMBER = re.compile(r"\d{4}|[IVXL]+|[-–—]|\d{4}\s*[-–—]\s*\d{4}")  # "2021", "-", "XV" in a post's term


@dataclass
class TitleMatch:
    start: int
    end: int
    role: str
    org: OrgMatch | None
    status: str | None
    heads: tuple[str, ...]  # organization heads the title fits, for the fallback
    # A head written bare after the title ("Bí thư Đảng ủy", "Bí thư Huyện ủy kiêm ..."), with
    # where it is written: in a chain of titles the next title's body completes it.
    bare: tuple[HeadRule, int, int] | None = None
    in_firm: bool = False  # its organization is a firm (a Firm fact, no organization of the article's)
    given: bool = False  # the article reports it being given ("được bổ nhiệm giữ chức ...", post_links.tsv)


def parse_title(tokens: Tokens, i: int, ctx: OrgContext, lowercase: bool = False) -> TitleMatch | None:
    """A title with its organization at token i (`nguyên Phó Chủ tịch UBND tỉnh`); with
    `lowercase`, written in lower case too (`bầu chức danh ủy viên UBND tỉnh`)."""
    persons = tokens.lexicon.persons
    word = tokens.folded[i] if i < tokens.n else ""
    if not (persons.titles.starts(word) or persons.title_status.starts(word) or persons.role_prefixes.starts(word)):
        return None  # most words open no title: answer them before any phrase is matched
    status = None
    found_status = tokens.lexicon.persons.title_status.match(tokens.folded, i)
    j = i
    if found_status:
        j, status = found_status
    prefix = tokens.lexicon.persons.role_prefixes.match(tokens.folded, j)
    acting = None
    if prefix is not None and not in_compound(tokens, j):  # "quyền Bí thư"; "thẩm quyền" is no prefix
        j, acting = tokens.skip_space(prefix[0]), prefix[1]
    titles = tokens.lexicon.persons.titles
    heads = tokens.lexicon.organizations.heads
    if j >= tokens.n or not titles.starts(tokens.folded[j]) or inside_phrase(tokens, heads, j):
        return None  # "Bí thư" in "Ban Bí thư" names no post
    # A title is capitalized, or all but its first word ("quyền Bí thư", "phó Chủ tịch").
    lower_first = not lowercase and not tokens.is_cap(j)
    if lower_first and not tokens.is_cap(tokens.skip_space(j + 1)):
        return None
    found = title_words_at(tokens, j)
    if found is None or lower_first and not _capitalized_after_first(found[1].role):
        return None  # "chức vụ Trưởng Ban X": no "Vụ trưởng", whose second word is in lower case
    k, row = found
    org: OrgMatch | None = None
    if row.absorbs:
        head = tokens.lexicon.organizations.head(row.absorbs)
        written = parse_org(tokens, k, ctx, after_title=True)  # "Bộ trưởng Bộ Y tế": the head is written again
        # ... or a longer head starting with it ("Trưởng ban Ban Quản lý Khu kinh tế")
        org = written if written is not None and (written.head == head.canonical
                                                  or written.head.startswith(head.canonical + " ")) \
            else _longer_head(tokens, k, head, ctx) or parse_org(tokens, k, ctx, head=head) \
            or _lowercase_division(tokens, k, head, ctx)
        if org is not None and "seat" in head.attach and not _seated(tokens, org):
            org = None  # "Đại sứ Nhật Bản Yamada Takio": a name, not where the mission sits
    elif row.org:
        org = _body_running_on(tokens, j, k, ctx, row.org) or implied_org(tokens, row.org, k, ctx)
        written = _written_at_end(tokens, j, k, row.org) if org.start == org.end else None
        if written is not None and not _names_a_body(tokens, j, k):
            # "Phó Thủ tướng Thường trực Chính phủ": the government is named too; not in
            # "Thủ tướng Chính phủ", the name of a body of its own (an issuer)
            org.start = written
    else:
        executive = tokens.lexicon.firms.forms.match(tokens.folded, j)
        # "Tổng Giám đốc Tập đoàn X"; after an executive's title, a brand
        # ("Tổng Giám đốc C.P Việt Nam")
        # in lower case like the title ("phó bí thư tỉnh ủy"), when the title may be; a party
        # committee after a title, whatever the title's case ("các Phó Bí thư tỉnh ủy gồm: ...")
        org = parse_org(tokens, k, ctx, after_title=True, lowercase=lowercase or party_committee_at(tokens, k)) \
            or _firm_at(tokens, k, brand=executive is not None and executive == (k, "executive")) \
            or _unit_committee_headed(tokens, k, ctx, row.heads)
    firm = org if org is not None and org.head == FIRM else None
    bare = _bare_head(tokens, k, org) if not row.absorbs and not row.org else None
    if bare is not None and org is None and "parent" in bare[0].attach:
        firm = _firm_at(tokens, bare[2])  # "Chủ tịch HĐQT Công ty X": the board of the firm
        if firm is not None:
            head, start, _ = bare
            org, bare = OrgMatch(start, firm.end, head.canonical, f"{head.canonical} {firm.canonical}",
                                 parent=firm), None
    end = org.end if org is not None and org.end > k else k
    note = parenthesized_body(tokens, tokens.skip_space(end), ctx) if org is not None else None
    if note is not None:
        end = closing_parenthesis(tokens, note.end)  # "Vụ trưởng Vụ X (Bộ Y) A": the title goes on to A
    elif org is not None:
        end = _place_note(tokens, end) or end  # "Chủ tịch UBND phường X (Hà Nội) A": so does it to A
    status_note = _status_note(tokens, end, bare=org is not None and org.end == end and org.place is not None
                               and org.place.name is not None)
    if status_note is not None:
        end, noted = status_note  # "Chủ tịch UBND phường X (cũ)": the post held before the merger
        status = noted or status
    if bare is not None:
        end = max(end, bare[2])
    heads = row.heads or ((row.absorbs,) if row.absorbs else ())  # "Cục trưởng A": the Cục named before
    role = f"{acting} {row.role}" if acting else row.role
    return TitleMatch(i, end, role, org, status, heads, bare, in_firm=org is not None and org is firm,
                      given=found_status is not None and tokens.lexicon.persons.new_post_marks.match(
                          tokens.folded, i) is not None)  # "tân Phó Chủ tịch": newly given


def _body_running_on(tokens: Tokens, start: int, end: int, ctx: OrgContext, name: str) -> OrgMatch | None:
    """The body a title names by itself (`name`), when its name starts among the title's
    words and runs on past them: "Ủy viên Trung ương | Đảng" is "Ủy viên" of "Trung ương
    Đảng" written out, while "Ủy viên Trung ương," names it by the title alone."""
    for k in range(start + 1, end):
        org = parse_org(tokens, k, ctx) if tokens.is_word(k) else None
        if org is not None and org.end > end and fold(org.canonical) == fold(name):
            return org
    return None


def _written_at_end(tokens: Tokens, start: int, end: int, name: str) -> int | None:
    """Where the words of `name` start when the title written at tokens[start:end] ends
    with them; None when it does not write them ("Tỉnh ủy viên")."""
    words = fold(name).split()
    k, found = end, []
    while k > start and len(found) < len(words):
        k = tokens.word_before(k)
        if k is None or k < start:
            return None
        found.insert(0, tokens.folded[k])
    return k if found == words else None


def _names_a_body(tokens: Tokens, start: int, end: int) -> bool:
    """Whether tokens[start:end] are (the start of) a body's name of organizations.tsv."""
    body = tokens.lexicon.organizations.heads.match(tokens.folded, start)
    return body is not None and body[0] >= end


def title_words_at(tokens: Tokens, j: int) -> tuple[int, Title] | None:
    """(end, row) of the words of titles.tsv at token j, unless they open a longer body's
    name ("Đại sứ" in "Đại sứ quán X")."""
    found = tokens.lexicon.persons.titles.match(tokens.folded, j)
    body = tokens.lexicon.organizations.heads.match(tokens.folded, j)
    return None if found is None or body is not None and body[0] > found[0] else found


def _seated(tokens: Tokens, org: OrgMatch) -> bool:
    """Whether a mission a diplomat's title names is written with where it sits ("Tổng Lãnh
    sự Liên bang Nga tại Đà Nẵng"): only then does the name after the title end for sure."""
    return org.attached_at is not None and tokens.folded[org.attached_at] == SEAT


def _firm_at(tokens: Tokens, i: int, brand: bool = False) -> OrgMatch | None:
    """A firm named right at token i (after spaces), as a body a post is held in: named as the
    text writes it ("Tập đoàn X", "Công ty du lịch Y", with `brand` a brand alone: "C.P Việt
    Nam"), or, when only its legal form is written ("Tổng giám đốc tập đoàn"), the firm named
    before it; a firm is no organization of its own."""
    j = tokens.skip_space(i)
    if j >= tokens.n:
        return None
    people = frozenset(span.start for span in tokens.doc.spans.get("person", []))
    mention = (parse_firm(tokens, j, people) or (parse_brand(tokens, j) if brand else None)) \
        if tokens.is_cap(j) and j not in people else None
    if mention is not None:
        end = min([p for p in people if j < p < mention.end] + [mention.end])  # "C.P Việt Nam | Pawalit ..."
        legal = tokens.lexicon.firms.legal_names.get(mention.group)
        if legal is not None and tokens.lexicon.firms.forms.match(tokens.folded, j) is not None:
            return OrgMatch(j, end, FIRM, legal)  # "Tập đoàn VNPT": Tập đoàn Bưu chính Viễn thông Việt Nam
        return OrgMatch(j, end, FIRM, expand_abbreviations(tokens, j, end))  # "Tập đoàn BCVT Việt Nam"
    form = tokens.lexicon.firms.forms.match(tokens.folded, j)
    earlier = _firm_named_before(tokens, j) if form is not None and form[1] == "form" else None
    return OrgMatch(j, form[0], FIRM, earlier) if earlier is not None else None


def _firm_named_before(tokens: Tokens, i: int) -> str | None:
    """The firm the text named last before token i: its name in full when the lexicon knows
    it ("tập đoàn" after "Tập đoàn Viettel": Tập đoàn Công nghiệp - Viễn thông Quân đội), else
    its name as written."""
    firms = tokens.lexicon.firms
    for k in range(i - 1, -1, -1):
        mention = parse_firm(tokens, k) if tokens.is_cap(k) else None
        if mention is not None and mention.end <= i:
            if mention.group in firms.names:
                return firms.legal_names.get(mention.group, mention.group)
            return " ".join(tokens.span_text(k, mention.end).split())
    return None


def _capitalized_after_first(role: str) -> bool:
    """Whether a role capitalizes its second word ("Phó Chủ tịch", "Quyền Bí thư", not "Vụ
    trưởng"): only such a title may be written with its first word in lower case."""
    words = role.split()
    return len(words) > 1 and words[1][0].isupper()


def _place_note(tokens: Tokens, i: int) -> int | None:
    """The end of a place in parentheses at token i that says where a body is ("(Hà Nội)",
    "(huyện Y)"), or None."""
    j = tokens.skip_space(i)
    if j >= tokens.n or tokens.text[j] != "(":
        return None
    k = tokens.skip_space(j + 1)
    place = parse_place(tokens, k) or parse_province_name(tokens, k) or parse_district_name(tokens, k)
    if place is None:
        return None
    end = closing_parenthesis(tokens, place[0])
    return end if end > place[0] else None


def _status_note(tokens: Tokens, i: int, bare: bool = False) -> tuple[int, str] | None:
    """A note at token i that qualifies the post before it (title_status.tsv, written after):
    "(cũ)" makes it former; (end after the note, status or ""). `bare`: after a unit's name
    the note may go without its parentheses ("Chủ tịch UBND tỉnh Lâm Đồng mới nhiệm kỳ ...":
    the province as merged in 2025)."""
    j = tokens.skip_space(i)
    if j >= tokens.n:
        return None
    if tokens.text[j] != "(":
        return tokens.lexicon.persons.status_notes.match(tokens.folded, j) if bare else None
    found = tokens.lexicon.persons.status_notes.match(tokens.folded, tokens.skip_space(j + 1))
    if found is None:
        return None
    end = closing_parenthesis(tokens, found[0])
    return (end, found[1]) if end > found[0] else None


def _bare_head(tokens: Tokens, k: int, org: OrgMatch | None) -> tuple[HeadRule, int, int] | None:
    """A head written alone at token k that the next title of a chain may complete: with
    nothing written after it ("Huyện ủy" in "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện X";
    "Tỉnh ủy" in "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Kon Tum", whatever Tỉnh ủy the article
    named before), or a committee of the next body (organizations.tsv, default next-body:
    "Bí thư Đảng ủy, Giám đốc Sở X")."""
    found = tokens.lexicon.organizations.heads.match(tokens.folded, k)
    if found is None or not (tokens.is_cap(k) or board_at(tokens, k)):  # "Chủ tịch hội đồng thành viên Công ty X"
        return None
    if org is not None and org.canonical != org.head and org.end > found[0] and not _level_only(tokens, found[0], org.end):
        return None  # "Bí thư Đảng ủy xã X": its body is written
    return found[1], k, found[0]


def _level_only(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the tokens from `start` to `end` write a unit by its level word alone ("xã" in
    "Bí thư Đảng ủy xã, Chủ tịch HĐND xã X": the commune the next title names)."""
    place = parse_place(tokens, tokens.skip_space(start))
    return place is not None and place[1].name is None and place[0] == end


def _committee_of(bare: tuple[HeadRule, int, int], body: OrgMatch) -> OrgMatch:
    """The committee a bare head names in the body of the next title: of a commune's or
    district's own government, the unit's ("Đảng ủy xã X"; "Đảng ủy xã" when the unit is
    written by its level only); else the body's ("Đảng ủy Học viện X")."""
    head, start, end = bare
    place = body.place
    if place is not None and place.rank != "province" and body.parent is None \
            and fold(body.canonical) == fold(f"{body.head} {place.render()}"):
        return OrgMatch(start, end, head.canonical, f"{head.canonical} {place.render()}", place)
    return OrgMatch(start, end, head.canonical, f"{head.canonical} {body.canonical}", parent=body)


def _complete_bare_heads(tokens: Tokens, ctx: OrgContext, titles: list[TitleMatch]) -> None:
    """Each bare head of a chain (in text order) is completed by the body the next title
    names: a committee is that body's, another head takes its place ("Huyện ủy" + "huyện X")."""
    for title, following in zip(titles, titles[1:]):
        body = following.org
        if body is None or body.end <= body.start:
            continue
        if title.org is None and title.bare is None and following.in_firm:
            title.org, title.in_firm = body, True  # "Chủ tịch kiêm Tổng giám đốc Tập đoàn X"
            continue
        if title.org is None and title.bare is None and not following.in_firm:
            # "Phó Chỉ huy trưởng - Tham mưu trưởng Ban CHQS huyện X": a body of the kind the title heads
            title.org = body if body.head in title.heads else _party_committee_of_unit(tokens, title, body)
            continue
        if title.bare is None:
            title.org = _organ_of_next_committee(tokens, ctx, title.org, body) or title.org
            continue
        head, start, end = title.bare
        if following.in_firm and "parent" in head.attach:  # "Phó Chủ tịch HĐQT kiêm Tổng giám đốc X"
            title.org = OrgMatch(start, end, head.canonical, f"{head.canonical} {body.canonical}", parent=body)
            continue
        if "next-body" in head.defaults:
            title.org = _committee_of(title.bare, body)
            continue
        match = OrgMatch(start, end, head.canonical, head.canonical)
        if body.attached_at is not None and attach_shared_at(tokens, match, head, ctx, body.attached_at):
            title.org = match


def _party_committee_of_unit(tokens: Tokens, title: TitleMatch, body: OrgMatch) -> OrgMatch | None:
    """A party title written without its committee before the title of a unit's own government
    is of the unit's party committee: "Phó Bí thư, Chủ tịch UBND xã X" (Đảng ủy xã X), "Phó Bí
    thư, Chủ tịch UBND huyện Y" (Huyện ủy Y)."""
    place = body.place
    if place is None or not place.name or body.parent is not None \
            or fold(body.canonical) != fold(f"{body.head} {place.render()}"):
        return None
    party = party_head_of(tokens, place)
    if party not in title.heads:
        return None
    name = f"{party} {place.render()}" if place.rank == "commune" else f"{party} {place.name}"
    return OrgMatch(title.end, title.end, party, name, place)


def _organ_of_next_committee(tokens: Tokens, ctx: OrgContext, organ: OrgMatch | None,
                             body: OrgMatch) -> OrgMatch | None:
    """A party organ written without its committee in a chain of titles is the one of the
    committee of the next title's body: "Ủy viên Ban Thường vụ, Phó Chủ tịch UBND quận X"
    (Quận ủy X), "UV BTV, Trưởng Ban Tổ chức Đảng ủy Y" (Đảng ủy Y); one written with its
    committee bare, the committee the next title places ("... Thành ủy, Trưởng Ban Nội
    chính Thành ủy TP.HCM")."""
    rule = tokens.lexicon.organizations.head(organ.head) if organ is not None else None
    if rule is None or "committee" not in rule.attach or organ.parent is None:
        return None
    if organ.attached_at is not None:
        # its committee is written after it, bare: the one the next title names with its place
        # ("Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Nội chính Thành ủy TP.HCM")
        written = organ.parent
        if written.attached_at is not None:
            return None  # its committee's place or parent is written: "Ban Thường vụ Tỉnh ủy Yên Bái"
        committee = next((part for part in body.chain() if part.head == written.head and part.place is not None), None)
        written_rule = tokens.lexicon.organizations.head(written.head)
        if committee is None and written_rule is not None and body.attached_at is not None:
            # "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Yên Bái": the place the chain ends with
            shared = OrgMatch(written.start, written.end, written.head, written.head)
            committee = shared if attach_shared_at(tokens, shared, written_rule, ctx, body.attached_at) else None
        return None if committee is None else OrgMatch(
            organ.start, organ.end, organ.head, f"{organ.head} {committee.canonical}", committee.place, parent=committee)
    party = tokens.lexicon.places.party_heads
    committee = next((part for part in body.chain() if part.head in party), None)
    if committee is None and body.place is not None and body.place.rank != "province" and body.attached_at is not None:
        committee = unit_committee(tokens, body.attached_at, ctx)
    if committee is None:
        return None
    return OrgMatch(organ.start, organ.end, organ.head, f"{organ.head} {committee.canonical}", committee.place,
                    parent=committee)


def _complete_with_fallbacks(doc: Doc, tokens: Tokens, titles: list[TitleMatch], orgs: SpanIndex) -> None:
    """A committee written bare before a title that names no body is the committee of the body
    that title refers to: "A - Bí thư Đảng ủy - Hiệu trưởng" after "Trường X" (Đảng ủy
    Trường X)."""
    for title, following in zip(titles, titles[1:]):
        if title.bare is None or "next-body" not in title.bare[0].defaults or following.org is not None:
            continue
        body = _fallback_org(doc, tokens, following, orgs)
        if body is not None:
            title.org = _committee_of(title.bare, body)


def _lowercase_division(tokens: Tokens, k: int, head: HeadRule, ctx: OrgContext) -> OrgMatch | None:
    """The body a title absorbs when its name is written in lower case and the body it is
    part of follows ("Trưởng Ban tuyên giáo Tỉnh ủy"); None without that body."""
    found = parse_org(tokens, k, ctx, head=head, after_title=True)
    return found if found is not None and found.parent is not None else None


def _longer_head(tokens: Tokens, k: int, head: HeadRule, ctx: OrgContext) -> OrgMatch | None:
    """The organization when the absorbed head opens a longer head: "Trưởng Ban
    Chỉ đạo" is the head of a Ban Chỉ đạo, not of a "Ban" named "Chỉ đạo"."""
    start = tokens.written_before(k, fold(head.canonical).split())
    if start is None:
        return None
    # the title wrote the head's words, in lower case too: "Trưởng ban Kinh tế - Ngân sách",
    # "Chánh Văn phòng Trung ương Đảng"
    found = parse_org(tokens, start, ctx, lowercase=True)
    return found if found is not None and found.head != head.canonical else None


@dataclass
class AppositionChain:
    titles: list[TitleMatch]
    end: int  # where the mention ends: after the last title (and its closing parenthesis)


def _chain_after(tokens: Tokens, name: Span, ctx: OrgContext, name_starts: set[int]) -> AppositionChain:
    """Titles in apposition after a name; a title followed by another name belongs to that
    name ("A, Phó Chủ tịch UBND tỉnh B chủ trì" is not A's title)."""
    end = name.end
    chain = AppositionChain([], end)
    j = _past_personal_notes(tokens, tokens.skip_space(end))
    links = tokens.lexicon.persons.post_links
    while True:
        start = _next_title_start(tokens, j, bool(chain.titles)) or _run_on_title(tokens, j, chain.titles)
        unpunctuated = start is None and _unpunctuated_title(tokens, j, chain.titles)
        if unpunctuated:
            start = j
        elif start is None and (j := _past_unread_posts(tokens, j, name_starts)) is not None:
            continue  # "A, Chỉ huy trưởng đảo X, Lữ đoàn Y, | được chỉ định giữ chức vụ Z"
        elif start is None:
            break
        # A post given by an appointment word, or a former one, may be written in lower case
        # ("làm trưởng ban", "nguyên chánh án").
        lowercase = preceded_by(links, tokens, start) is not None \
            or tokens.lexicon.persons.title_status.match(tokens.folded, start) is not None
        title = parse_title(tokens, start, ctx, lowercase=lowercase)
        if (title is None or title.org is None) and not lowercase:
            # in apposition a post may be written in lower case when its body is written
            # ("ông A, ủy viên Trung ương Đảng, Bí thư ...", "ông B, phó chủ tịch UBND tỉnh X"),
            # and so may the body ("Phó bí thư tỉnh ủy")
            written = parse_title(tokens, start, ctx, lowercase=True)
            title = written if written is not None and written.org is not None else title
        if title is None and not unpunctuated and (skipped := _past_unread_posts(tokens, start, name_starts)) is not None:
            j = skipped  # "A, Phó Lữ đoàn trưởng Lữ đoàn 146, | được chỉ định giữ chức vụ Z"
            continue
        if title is None or tokens.skip_space(title.end) in name_starts or (unpunctuated and title.org is None):
            break
        title.given = title.given or _given(tokens, name.start, chain.end, start)
        if chain.titles and title.status is None and not title.given and chain.titles[-1].status \
                and tokens.text[j] in _APPOSITION and start == tokens.skip_space(j + 1):
            # "ông A, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X": the mark holds for the list
            # of posts it opens ("hiện là", "nay là" open the posts held now)
            title.status = chain.titles[-1].status
        chain.titles.append(title)
        if (seat := _standing_committee_seat(tokens, start, title)) is not None:
            chain.titles.append(seat)
        chain.end = title.end
        j = _past_term(tokens, tokens.skip_space(title.end))
        if j < tokens.n and tokens.text[j] == ")":
            chain.end = j + 1
            j = tokens.skip_space(j + 1)
            if links.match(tokens.folded, j) is None and not (
                    tokens.text[j:j + 1] == [","] and links.match(tokens.folded, tokens.skip_space(j + 1))):
                break  # "A (Bí thư Huyện ủy X)(,) được bổ nhiệm giữ chức Y": a link goes on to the new post
    _body_closing_chain(tokens, ctx, chain)
    _complete_bare_heads(tokens, ctx, chain.titles)
    return chain


def _standing_committee_seat(tokens: Tokens, start: int, title: TitleMatch) -> TitleMatch | None:
    """The seat in the standing committee a "joins" link gives with the party post at token
    `start` ("tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X": Ủy viên of
    the Ban Thường vụ Tỉnh ủy X too), reading the links before the post back one by one."""
    links = tokens.lexicon.persons.post_links
    k = start
    while (link := preceded_by(links, tokens, k)) is not None:
        end, kind = links.match(tokens.folded, link)
        if kind == "joins":
            org = title.org
            if org is None or org.head not in tokens.lexicon.places.party_heads:
                return None
            board = OrgMatch(org.start, org.end, STANDING_COMMITTEE, f"{STANDING_COMMITTEE} {org.canonical}",
                             place=org.place, parent=org)
            return TitleMatch(link, end, MEMBER, board, None, (STANDING_COMMITTEE,), given=True)
        k = link
    return None


def _body_closing_chain(tokens: Tokens, ctx: OrgContext, chain: AppositionChain) -> None:
    """A body set off by a comma after a chain of titles, where the mention ends, is the body
    of the titles that name none and fit it: "bà A - Tham tán, Trưởng ban Hợp tác, Đại sứ
    quán Canada tại Việt Nam - cùng ...": the embassy's counsellor; a firm there is the one
    whose board a title names bare ("Chủ tịch Hội đồng thành viên, Tập đoàn X")."""
    last = chain.titles[-1] if chain.titles else None
    j = tokens.skip_space(max(chain.end, last.bare[2]) if last is not None and last.bare is not None else chain.end)
    if not chain.titles or j >= tokens.n or tokens.text[j] != ",":
        return
    k = tokens.skip_space(j + 1)
    body = parse_org(tokens, k, ctx) or _firm_at(tokens, k)
    another_title = tokens.lexicon.persons.titles.match(tokens.folded, k)
    if body is not None and another_title is not None and another_title[0] >= body.end:
        body = None  # another title ("Giám đốc Sở X"), not a body ("Đại sứ quán", longer than "Đại sứ")
    after = tokens.skip_space(body.end) if body is not None else tokens.n
    if body is None or after < tokens.n and tokens.text[after] not in _MENTION_ENDS and not verb_at(tokens, after):
        return
    organizations = tokens.lexicon.organizations
    for title in chain.titles:
        if title.org is None and title.bare is None and body.head in title.heads:
            title.org = body
        elif title.org is None and title.bare is not None and "parent" in title.bare[0].attach:
            head, start, _ = title.bare
            title.org, title.bare = OrgMatch(start, body.end, head.canonical, f"{head.canonical} {body.canonical}",
                                             parent=body), None
        elif title.org is not None and title.org.parent is None and title.org.place is None \
                and (rule := organizations.head(title.org.head)) is not None and "parent" in rule.attach:
            # "Trưởng ban Hợp tác, Đại sứ quán X": a division of that body
            title.org = replace(title.org, canonical=f"{title.org.canonical} {body.canonical}", parent=body)
        elif title.org is None or title.org.parent is None or fold(title.org.parent.canonical) != fold(body.canonical):
            continue  # else its body is this one's, read as the committee's council ("Trưởng Ban Kinh tế - Ngân sách, HĐND tỉnh")
        chain.end = body.end  # the mention goes on to the body its titles took


def verb_at(tokens: Tokens, i: int) -> bool:
    """Whether a verb starts at token i: a role cue ("chủ trì"), a request verb or an adverb
    before one (`đã`)."""
    meetings = tokens.lexicon.meetings
    return tokens.is_word(i) and not tokens.is_cap(i) and any(
        table.match(tokens.folded, i) for table in (meetings.verb_adverbs, meetings.role_cues, meetings.request_verbs))


def _given(tokens: Tokens, name_start: int, after: int, start: int) -> bool:
    """Whether the post at token `start`, in the chain of a name starting at `name_start`
    whose last post ends at `after`, is one the article reports being given: a word of
    post_links.tsv that gives it stands between them ("A, Trưởng ban X, được giới thiệu bầu
    giữ chức vụ Y"), or one earlier in the sentence when a link leads to the post ("Điều
    động và bổ nhiệm ông A, Trưởng ban X, giữ chức Y"; "bổ nhiệm 6 giám đốc: ông A - Giám
    đốc Sở X giữ chức vụ Giám đốc Sở Y; ...")."""
    givers, links = tokens.lexicon.persons.post_givers, tokens.lexicon.persons.post_links
    link = preceded_by(links, tokens, start)
    if link is not None and links.match(tokens.folded, link)[1] == "held":
        return False  # "hiện là Chánh Văn phòng": the post held now
    if any(givers.match(tokens.folded, k) for k in range(after, start)):
        return True
    sentence_start = tokens.doc[name_start].sent.start
    return preceded_by(links, tokens, start) is not None \
        and any(givers.match(tokens.folded, k) for k in range(sentence_start, name_start))


def _past_term(tokens: Tokens, j: int) -> int:
    """Past the terms written after a post at token j ("Phó Chủ tịch UBND tỉnh X nhiệm kỳ
    2021-2026, Bí thư ...", ", khóa XV, nhiệm kỳ 2021 - 2026 giữ chức ..."): where the
    chain of posts goes on; j when none is written there."""
    terms = tokens.lexicon.persons.post_terms
    while True:
        k = tokens.skip_space(j + 1 if j < tokens.n and tokens.text[j] == "," else j)
        term = terms.match(tokens.folded, k)
        if term is None:
            return j
        k = start = tokens.skip_space(term[0])
        while k < tokens.n and (_TERM_NUMBER.fullmatch(tokens.text[k]) or tokens.is_space(k)):
            k += 1
        if k == start:
            return j
        j = tokens.skip_space(k)


def _past_unread_posts(tokens: Tokens, j: int, name_starts: set[int]) -> int | None:
    """The comma before an appointment word (post_links.tsv, link) that closes posts in
    apposition this grammar cannot read (units of the army: "Chỉ huy trưởng đảo Trường Sa, Lữ
    đoàn 146, Vùng 4 Hải quân, được chỉ định giữ chức vụ ..."), within UNREAD_POST_TOKENS of
    token j and in the same sentence, with no other name between; None when there is none."""
    links = tokens.lexicon.persons.post_links
    for k in range(j, min(tokens.n, j + UNREAD_POST_TOKENS)):
        if k in name_starts or tokens.text[k] in _CLAUSE_ENDS or k > j and tokens.doc[k].is_sent_start:
            return None
        if tokens.text[k] == "," and k > j and links.match(tokens.folded, tokens.skip_space(k + 1)) is not None:
            return k
    return None


def _past_personal_notes(tokens: Tokens, j: int) -> int:
    """Past the personal notes at token j, right after a name ("A, 55 tuổi, Phó Bí thư …",
    "B (53 tuổi, quê Hà Tĩnh), Giám đốc …": post_links.tsv, note): where the chain of posts
    goes on; j when no note is written there."""
    notes = tokens.lexicon.persons.personal_notes
    while j < tokens.n and tokens.text[j] in (",", "("):
        close = ")" if tokens.text[j] == "(" else ","
        words = [k for k in range(j + 1, min(tokens.n, j + _NOTE_WORDS)) if tokens.is_word(k)][:3]
        if not any(notes.match(tokens.folded, k) for k in words):
            return j
        k = j + 1
        while k < min(tokens.n, j + _NOTE_WORDS) and tokens.text[k] != close and not tokens.doc[k].is_sent_start:
            k += 1
        if k >= tokens.n or tokens.text[k] != close:
            return j
        j = k if close == "," else tokens.skip_space(k + 1)
    return j


def _unpunctuated_title(tokens: Tokens, j: int, titles: list[TitleMatch]) -> bool:
    """Whether a first title starts at token j, right after the name with no comma ("ông A
    Chủ tịch UBND tỉnh X được điều động …"): read only when it names its body (the caller checks)."""
    return not titles and j < tokens.n and tokens.is_cap(j) and tokens.lexicon.persons.titles.starts(tokens.folded[j])


def _run_on_title(tokens: Tokens, j: int, titles: list[TitleMatch]) -> int | None:
    """A title written right after an abbreviated one, with no comma: "K'Thanh – TUV Phó Chủ
    tịch HĐND tỉnh" (an abbreviation of a post ends where the next post starts)."""
    if not titles or not tokens.lexicon.persons.titles.starts(tokens.folded[j] if j < tokens.n else ""):
        return None
    last = titles[-1]
    words = [tokens.text[k] for k in range(last.start, last.end) if tokens.is_word(k)]
    return j if words and all(word.isupper() for word in words) else None


def _next_title_start(tokens: Tokens, j: int, in_chain: bool) -> int | None:
    """Where the next title of a chain after a name starts, with token j after the name or
    the last title: after a comma or a dash, after "và" inside a chain, after an appointment
    word ("giữ chức", "làm", ", được bổ nhiệm làm"); None when the chain ends at j."""
    if j >= tokens.n:
        return None
    if tokens.text[j] in _APPOSITION or (in_chain and tokens.folded[j] in _CHAIN):
        k = tokens.skip_space(j + 1)
        return _after_links(tokens, k) or _after_agent(tokens, k) or _after_destination(tokens, k) or k
    if tokens.lexicon.persons.title_status.match(tokens.folded, j):
        return j  # "ông A nguyên Giám đốc Sở X": a former post needs no comma
    return _after_links(tokens, j) or _after_agent(tokens, j) or _after_destination(tokens, j)


def _after_destination(tokens: Tokens, j: int) -> int | None:
    """Where the post starts in "<A, T1> đến nhận công tác tại <body> và bổ nhiệm giữ chức vụ
    <post>" or "<A> thôi giữ chức <post> để giữ chức <post>" (post_links.tsv, destination):
    after the first link or grant past the body or the post left that a title follows,
    within the clause; None elsewhere."""
    persons = tokens.lexicon.persons
    destination = persons.destinations.match(tokens.folded, j)
    if destination is None:
        return None
    for k in range(destination[0], min(tokens.n, destination[0] + DESTINATION_WINDOW)):
        if tokens.text[k] in _CLAUSE_ENDS:
            return None
        grant = persons.post_grants.match(tokens.folded, k)
        if grant is not None:
            start = tokens.skip_space(grant[0])
            start = _after_links(tokens, start) or start
        elif persons.post_links.match(tokens.folded, k) is not None:
            start = _after_links(tokens, k)
        else:
            continue
        if persons.titles.match(tokens.folded, start) is not None:
            return start  # not "chỉ định | tham gia Ban Chấp hành": no post is written there
    return None


def _after_agent(tokens: Tokens, j: int) -> int | None:
    """Where the post starts in "A được <who elects or appoints> bầu làm <post>" ("được hội nghị
    Ban Chấp hành Đảng bộ tỉnh bầu làm Bí thư Tỉnh ủy"): after the election or appointment words
    (post_links.tsv, grant: "được điều động, chỉ định làm") within the clause, and the links
    after them; a reason may open the clause ("ông A, do vừa được phân công làm ..."). None elsewhere."""
    adverbs = tokens.lexicon.meetings.verb_adverbs
    reason = tokens.lexicon.persons.reasons.match(tokens.folded, j)
    if reason is not None:
        j = tokens.skip_space(reason[0])  # "ông A, do | vừa được phân công làm ..."
    while (adverb := adverbs.match(tokens.folded, j)) is not None and not adverb[1]:
        j = tokens.skip_space(adverb[0])  # "vừa được", "đã được"
    if j >= tokens.n or tokens.folded[j] != PASSIVE:
        return None
    if tokens.lexicon.persons.post_links.match(tokens.folded, j) is not None:
        return _past_appointment_words(tokens, j)  # "ông A, do vừa | được phân công làm | Bí thư Tỉnh ủy Y"
    grants = tokens.lexicon.persons.post_grants
    for k in range(j + 1, min(tokens.n, j + AGENT_WINDOW)):
        if not tokens.is_word(k):
            return None  # the clause ended: "được khen thưởng, ..."
        if grants.match(tokens.folded, k) is not None:
            return _past_appointment_words(tokens, k)
    return None


def _past_appointment_words(tokens: Tokens, j: int) -> int:
    """Past the appointment and election words (post_links.tsv, link and grant) at token j,
    one after another or joined by a comma or "và": "được điều động, chỉ định | làm | ..."."""
    def appointment_word(k: int) -> tuple[int, str] | None:
        persons = tokens.lexicon.persons
        return persons.post_links.match(tokens.folded, k) or persons.post_grants.match(tokens.folded, k)

    while (word := appointment_word(j)) is not None:
        j = tokens.skip_space(word[0])
        if j < tokens.n and tokens.folded[j] in _CHAIN and appointment_word(tokens.skip_space(j + 1)) is not None:
            j = tokens.skip_space(j + 1)
    return _past_count(tokens, j)


def _after_links(tokens: Tokens, j: int) -> int | None:
    """Where the post starts after the appointment words at token j, read one after another
    ("được chỉ định" + "giữ chức vụ"); None when none is written there."""
    links, k = tokens.lexicon.persons.post_links, None
    while (link := links.match(tokens.folded, j)) is not None:
        j = k = tokens.skip_space(link[0])
    return None if k is None else _past_count(tokens, k)


def _past_count(tokens: Tokens, j: int) -> int:
    """Past how many posts are given, written before the title at token j ("được bầu bổ
    sung 2 | Phó Chủ tịch HĐND tỉnh", "Bầu 1 | ủy viên UBND tỉnh"); j when no count is written."""
    k = tokens.skip_space(j + 1)
    counted = j < tokens.n and tokens.text[j].isdigit() and k < tokens.n
    return k if counted and tokens.lexicon.persons.titles.starts(tokens.folded[k]) else j


def _chain_before(tokens: Tokens, start: int, ctx: OrgContext) -> list[TitleMatch]:
    """Titles written right before a name starting at `start`, or before the name or its
    honorific set off by a comma or a dash ("Chủ tịch UBND tỉnh X, ông A, cho biết"; "Phó
    Giám đốc Sở Y tế tỉnh X, A cho biết"; "Chủ tịch UBMTTQ tỉnh – A"), in text order."""
    titles = _titles_ending_at(tokens, start, ctx) or _lowercase_titles_naming_bodies(tokens, start, ctx)
    honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, start)
    if not titles and honorific is not None and honorific > 0 and tokens.text[honorific - 1] in (",", "-", "–"):
        titles = _titles_ending_at(tokens, honorific - 1, ctx)
        if titles and titles[0].start > 0 and tokens.folded[titles[0].start - 1] == OWNER:
            titles = []  # "Theo quyết định của Chủ tịch UBND tỉnh, đồng chí A ...": another's post
    if not titles and honorific is None and start > 0 and tokens.text[start - 1] in _BEFORE_NAME_SEPARATORS:
        titles = _titles_ending_at(tokens, start - 1, ctx)  # "Chủ tịch Ủy ban MTTQ tỉnh – A tiếp nhận"
    _complete_bare_heads(tokens, ctx, titles)
    return titles


def _lowercase_titles_naming_bodies(tokens: Tokens, start: int, ctx: OrgContext) -> list[TitleMatch]:
    """Titles in lower case right before a name, each naming its body in capitals ("Sáng nay,
    chủ tịch UBND tỉnh X Nguyễn Văn A ký ..."): the body and the name make them posts."""
    titles = _titles_ending_at(tokens, start, ctx, lowercase=True)
    return titles if titles and all(t.org is not None and tokens.is_cap(t.org.start) for t in titles) else []


def _titles_before_list(tokens: Tokens, start: int, ctx: OrgContext) -> list[TitleMatch]:
    """Titles written before the list a name starting at `start` opens, its intro word
    between them (post_links.tsv, list, after words of how the post is held: standing): "5 Phó
    Chủ tịch LĐLĐ tỉnh gồm các đồng chí: A, B", "Phó Bí thư Tỉnh đoàn gồm 2 đồng chí: A, B",
    "Chủ tịch UBND tỉnh hiện nay là ông A"."""
    persons = tokens.lexicon.persons
    end = preceded_by(persons.honorifics, tokens, start)
    if end is None:
        end = start - 1 if start and tokens.text[start - 1] == ":" else start
    elif (number := tokens.word_before(end)) is not None and tokens.text[number].isdigit():
        end = number  # "gồm 4 đồng chí: A, B"
    intro = preceded_by(persons.list_intros, tokens, end)
    if intro is None:
        return []
    while (standing := preceded_by(persons.list_standing, tokens, intro, max_len=5)) is not None:
        intro = standing  # "Chủ tịch UBND tỉnh | hiện nay | là ông A"
    titles = _titles_ending_at(tokens, intro, ctx)
    _complete_bare_heads(tokens, ctx, titles)
    return titles


def _group_titles(doc: Doc, tokens: Tokens, ctx: OrgContext, start: int,
                  groups: dict[int, list[TitleMatch]]) -> list[TitleMatch]:
    """Titles a group of people shares, written before the colon that opens the list of its
    members (an intro word may stand between: "Các Phó Bí thư gồm:"), each with posts of
    their own: "các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ X A; Chủ nhiệm Ủy ban Y B"
    (`groups` remembers them by the colon's position)."""
    sentence_start = doc[start].sent.start
    colon = next((k for k in range(start - 1, sentence_start - 1, -1) if tokens.text[k] == ":"), None)
    if colon is None:
        return []
    if colon not in groups:
        titles = _titles_ending_at(tokens, colon, ctx)
        intro = preceded_by(tokens.lexicon.persons.list_intros, tokens, colon)
        if not titles and intro is not None:  # "Các Phó Bí thư gồm: ...", "các phó bí thư tỉnh ủy gồm:"
            titles = _titles_ending_at(tokens, intro, ctx, lowercase=True)
        plural = titles and titles[0].start > 0 and (
            tokens.folded[titles[0].start - 1] in PLURAL
            or preceded_by(tokens.lexicon.persons.honorifics, tokens, titles[0].start) is not None
            and tokens.folded[titles[0].start - 1] != ":")
        _complete_bare_heads(tokens, ctx, titles)
        groups[colon] = titles if plural else []
    return groups[colon]


def _titles_ending_at(tokens: Tokens, end: int, ctx: OrgContext, lowercase: bool = False) -> list[TitleMatch]:
    """The chain of titles ending right before token `end`, in text order (`lowercase`: see
    `parse_title`)."""
    titles: list[TitleMatch] = []
    while True:
        best = None
        for s in range(end - 1, max(-1, end - LOOKBACK), -1):
            if "\n" in tokens.text[s]:
                break
            title = parse_title(tokens, s, ctx, lowercase=lowercase)
            if title is not None and title.end == end:
                best = title  # keep going left: the longest title ending here wins
        if best is None or best.org and any(t.org and t.org.canonical == best.org.canonical for t in titles):
            # One post per body: "Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh X" lists two people.
            return titles[::-1]
        if titles and not tokens.is_cap(best.start) and best.status is None:
            # Further left the chain goes on with capitalized titles only: in "giao nhiệm vụ cho
            # quyền Bí thư Tỉnh ủy X, Trưởng Ban Y Z" the post in lower case is another person's.
            return titles[::-1]
        titles.append(best)
        if best.start == 0 or tokens.text[best.start - 1] not in _BEFORE_NAME_SEPARATORS:
            return titles[::-1]
        end = best.start - 1


def _fallback_org(doc: Doc, tokens: Tokens, title: TitleMatch, orgs: SpanIndex, foreign: bool = False) -> OrgMatch | None:
    """A title without organization refers to the nearest earlier one it fits (or the body
    one is part of); one with a head written bare ("Bí thư Huyện ủy", "Chủ tịch HĐQT") to the
    nearest of that head. A foreign person's title refers to no body of a province or district."""
    heads = (title.bare[0].canonical,) if title.bare is not None else title.heads
    if not heads or title.bare is None and _names_unread_body(doc, tokens, title):
        return None
    sentence = doc[title.start].sent
    earliest = sentence.start
    for _ in range(FALLBACK_SENTENCES):
        if earliest == 0:
            break
        earliest = doc[earliest - 1].sent.start
    for span in reversed(orgs.starting_in(earliest, title.start)):
        for body in span._.org.chain():  # "Hiệu trưởng" after "Đảng ủy Trường X": the school
            if body.head in heads and not (foreign and body.place is not None):
                return body
    return None


def _names_unread_body(doc: Doc, tokens: Tokens, title: TitleMatch) -> bool:
    """ "Chủ tịch HĐQT BIDV", "Giám đốc Agribank": a capitalized word after the title that
    starts neither a name nor a body the title fits names a body we cannot read (a firm's
    board, a bank); the title is no post in an earlier People's Committee."""
    j = tokens.skip_space(title.end)
    if not (tokens.is_cap(j) and tokens.text[j][0].isalpha()) or any(s.start == j for s in doc.spans["person"]):
        return False
    head = tokens.lexicon.organizations.heads.match(tokens.folded, j)
    return head is None or head[1].canonical not in title.heads


def _listed_after(tokens: Tokens, end: int, start: int) -> bool:
    """Whether a name starting at `start` follows the one ending at `end` in a list ("A, B",
    "A và B", "A, Chủ tịch X, và B"; a short note may follow A and an honorific open B: "bà
    A (SN 1973) và ông B")."""
    honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, start)
    start = honorific if honorific is not None else start
    k = past_parenthesis(tokens, tokens.skip_space(end))
    between = [tokens.folded[m] for m in range(k, start) if not tokens.is_space(m)]
    return between in ([","], ["và"], [",", "và"])


def _titles_after_list(tokens: Tokens, names: list[Span], after: dict[int, AppositionChain]) -> dict[int, list[TitleMatch]]:
    """The titles written after a list of names, for each listed name that has none of its
    own: in "A, B - Tỉnh ủy viên" (or "A và B, Phó Chủ tịch ...") A holds them too; not
    in "A, và B (Chủ tịch UBND tỉnh)", where the note in brackets is B's alone."""
    listed: dict[int, list[TitleMatch]] = {}
    for span, following in zip(names[::-1][1:], names[::-1]):
        note = tokens.skip_space(following.end)
        bracketed = note < tokens.n and tokens.text[note] == "("
        if not after[span.start].titles and not bracketed and _listed_after(tokens, span.end, following.start):
            listed[span.start] = after[following.start].titles or listed.get(following.start, [])
    return listed


def _posts_given_to_list(tokens: Tokens, names: list[Span], after: dict[int, AppositionChain]) -> dict[int, list[TitleMatch]]:
    """The posts an appointment word after a list of names gives, for each listed name that
    has posts of its own: in "bầu ông A, Bí thư Huyện ủy X và bà B, Chánh Văn phòng UBND
    tỉnh giữ chức vụ Phó Chủ tịch UBND tỉnh" (or "A (T1), B (T2) được bầu giữ chức ...") A
    is given it too; not a post marked new ("ông A, Chủ tịch UBND tỉnh, và ông B, tân Giám
    đốc Sở Y"), nor when A is given a post of their own ("ông A trúng cử chức vụ Chủ tịch HĐND
    xã, ông B trúng cử chức vụ Chủ tịch UBND xã")."""
    links = tokens.lexicon.persons.post_links
    given: dict[int, list[TitleMatch]] = {}
    for span, following in zip(names[::-1][1:], names[::-1]):
        own = after[span.start]
        if own.titles and not any(title.given for title in own.titles) \
                and _listed_after(tokens, own.end, following.start):
            shared = [t for t in after[following.start].titles if t.given and preceded_by(links, tokens, t.start) is not None]
            given[span.start] = shared + given.get(following.start, [])
    return given


def _granted_posts(doc: Doc, tokens: Tokens, ctx: OrgContext, names: list[Span]) -> dict[int, list[TitleMatch]]:
    """Posts a sentence grants to the people it names after a "to" word (post_links.tsv):
    "bầu bổ sung chức danh ủy viên UBND tỉnh, nhiệm kỳ 2021 - 2026 đối với các ông: A - ...; B"."""
    persons = tokens.lexicon.persons
    by_start = SpanIndex(names)
    granted: dict[int, list[TitleMatch]] = {}
    for start, end, _ in persons.post_grants.finditer(tokens.folded, 0, tokens.n):
        title = parse_title(tokens, _past_count(tokens, tokens.skip_space(end)), ctx, lowercase=True)
        if title is None:
            continue
        title.given = True
        sentence_end = doc[start].sent.end
        for k in range(title.end, sentence_end):
            target = persons.grant_targets.match(tokens.folded, k)
            if target is not None:
                for span in by_start.starting_in(target[0], sentence_end):
                    granted.setdefault(span.start, []).append(title)
                break
    return granted


def _unit_committee_headed(tokens: Tokens, k: int, ctx: OrgContext, heads: tuple[str, ...]) -> OrgMatch | None:
    """The committee of the province or district named right after a title that heads
    one, written without it: "Bí thư huyện Hải Hậu" is Bí thư of the Huyện ủy (the
    level's party committee, place_levels.tsv), "Chủ tịch tỉnh Nam Định" Chủ tịch of its
    People's Committee; a province written bare too ("Phó Bí thư Lâm Đồng": of the Tỉnh ủy)."""
    place = parse_place(tokens, k)
    if place is None:
        return _province_committee_headed(tokens, k, ctx, heads)
    level = tokens.lexicon.places.levels.match(tokens.folded, k)
    if place[1].name is None or place[1].rank == "commune" and _names_a_person(tokens, level[0], place[0]):
        return None  # "Bí thư xã Lê Văn A": a person after the level word, no commune
    if level is not None and level[1].party in heads:
        return unit_committee(tokens, k, ctx)
    committee = peoples_committee(tokens, k, place[0], place[1])
    return committee if committee.head in heads else None


def _names_a_person(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a person's name starts the words after a level word (tokens [start, end),
    its full stop skipped): a commune's name may not be read there."""
    name_start = tokens.skip_space(start + 1 if start < tokens.n and tokens.text[start] == "." else start)
    return name_at(tokens, name_start) is not None


def _province_committee_headed(tokens: Tokens, k: int, ctx: OrgContext, heads: tuple[str, ...]) -> OrgMatch | None:
    """The party or People's Committee of the province named bare at token k, after a title
    that heads it ("Phó Bí thư Lâm Đồng", "Chủ tịch Hà Nội")."""
    places = tokens.lexicon.places
    bare = parse_province_name(tokens, k)
    if bare is None or fold(bare[1].name) in places.eponymous:
        return None
    end, province = bare
    level = places.levels.match(folded_tokens(province.kind), 0)
    party = tokens.lexicon.organizations.head(level[1].party) if level is not None else None
    if party is not None and party.canonical in heads:
        committee = OrgMatch(k, k, party.canonical, party.canonical)
        if attach_shared_at(tokens, committee, party, ctx, k):
            committee.end = max(committee.end, end)
            return committee
        return None
    committee = peoples_committee(tokens, k, end, PlaceRef(province.kind, province.name, "province", province.name))
    return committee if committee.head in heads else None


def title_position(doc: Doc, tokens: Tokens, title: TitleMatch, orgs: SpanIndex, foreign: bool) -> Position | None:
    organization = title.org if title.org is not None else _fallback_org(doc, tokens, title, orgs, foreign)
    if organization is None:
        return None
    organization = _as_party_committee(doc, tokens, organization)
    return Position(title.role, name_body(doc, organization), title.status, evidence_for(doc[title.start:title.end]),
                    given=title.given)


def _as_party_committee(doc: Doc, tokens: Tokens, organization: OrgMatch) -> OrgMatch:
    """A post in the executive committee of a unit's party organization is one in the unit's
    party committee ("Ủy viên Ban Chấp hành Đảng bộ tỉnh X" is a Tỉnh ủy viên: Ủy viên / Tỉnh ủy
    X, FORMAT.md); any other body stays."""
    party = organization.parent
    if organization.head != EXECUTIVE_COMMITTEE or party is None or party.head != PARTY_ORGANIZATION \
            or party.place is None:
        return organization
    ctx = org_context(doc, tokens)
    if party.attached_at is not None and (committee := unit_committee(tokens, party.attached_at, ctx)) is not None:
        return committee
    head_name = party_head_of(tokens, party.place)  # a level word alone: "Đảng bộ tỉnh", the article's unit
    head = tokens.lexicon.organizations.head(head_name) if head_name else None
    if head is None:
        return organization
    committee = OrgMatch(organization.start, organization.end, head.canonical, head.canonical)
    return committee if apply_default(tokens, committee, head, ctx, False) else organization


@Language.factory("vi_positions", assigns=["doc.spans", "doc._.facts"], requires=["doc.spans"])
class Positions(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        attach_positions(doc, tokens)


def attach_positions(doc: Doc, tokens: Tokens) -> None:
    ctx, facts = org_context(doc, tokens), doc._.facts
    orgs = SpanIndex(doc.spans["org"])  # the bodies named so far, for titles that name none
    people: dict[str, Person] = {p.name: p for p in facts.persons}
    refs, title_orgs, used, titles = [], [], set(), []
    names = [s for s in doc.spans["person"] if s.label_ != "short"]
    name_starts = {span.start for span in names}
    # Titles after a name first: in "A, nguyên Phó Chủ tịch UBND tỉnh, Giám đốc Sở X B"
    # the first title is A's, the second B's; a pre-name chain never takes A's titles.
    after = {span.start: _chain_after(tokens, span, ctx, name_starts) for span in names}
    taken_after = {t for chain in after.values() for title in chain.titles for t in range(title.start, title.end)}
    listed = _titles_after_list(tokens, names, after)
    granted = _granted_posts(doc, tokens, ctx, names)
    for start, posts in _posts_given_to_list(tokens, names, after).items():
        granted.setdefault(start, []).extend(posts)
    shared: tuple[list[TitleMatch], int] = ([], -1)  # plural titles before a list of names, and where it has got to
    groups: dict[int, list[TitleMatch]] = {}  # titles before a colon, by its position
    for span in names:
        name = span.text
        # a foreign guest's bare title ("Chủ tịch Ise Hikonobu") is no post in a body of a province named before
        foreign = not any(is_vietnamese_syllable(word) for word in name.split())
        person = people.setdefault(name, Person(name))
        person.mentions.append(evidence_for(span))
        before = [t for t in _chain_before(tokens, span.start, ctx) if t.start not in taken_after]
        later_listed = False  # the name holds titles written before an earlier name of its list
        listing = [] if before else _titles_before_list(tokens, span.start, ctx)
        before = before or listing
        mention_end = max(span.end, after[span.start].end)
        if listing or before and before[0].start > 0 and tokens.folded[before[0].start - 1] in PLURAL:
            # "các Phó Chủ tịch UBND tỉnh A, B và C", "Các Phó Bí thư gồm: A (Chủ tịch HĐND
            # tỉnh), B (...)": each holds it, besides posts of their own
            shared = (before, mention_end)
        elif not before and shared[0] and _listed_after(tokens, shared[1], span.start):
            before, shared, later_listed = shared[0], (shared[0], mention_end), True
        own_before = before and before is not shared[0]
        group = _group_titles(doc, tokens, ctx, before[0].start if before else span.start, groups)
        _complete_with_fallbacks(doc, tokens, before, orgs)
        _complete_with_fallbacks(doc, tokens, after[span.start].titles, orgs)
        for title in before + (after[span.start].titles or ([] if own_before else listed.get(span.start, []))) \
                + granted.get(span.start, []) + [t for t in group if t.start not in taken_after]:
            used.update(range(title.start, title.end))
            titles.append(title)
            if title.org is not None and not title.in_firm:
                title_orgs.append(title.org)
            position = title_position(doc, tokens, title, orgs, foreign)
            held = next((p for p in person.positions if (p.role, p.organization) == (position.role, position.organization)),
                        None) if position else None
            if held is not None:
                held.given = held.given or position.given  # "Giám đốc Sở X tiếp tục giữ chức vụ Giám đốc Sở X"
            elif position:
                person.positions.append(position)
        start = before[0].start if before and not later_listed else span.start
        honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, start)
        ref = doc[honorific if honorific is not None else start:after[span.start].end]
        ref._.person = name
        refs.append(ref)
    for person in people.values():
        person.positions = _without_short_forms(person.positions)
    facts.persons = list(people.values())
    doc.spans["person_ref"] = refs
    doc.spans["title"] = _title_mentions(doc, tokens, ctx, used, title_orgs)
    titles += [span._.title for span in doc.spans["title"]]
    # A title's own words are no organization ("Phó Bí thư Thường trực | Tỉnh ủy"); a name
    # the lexicon knows as a whole ("Thủ tướng Chính phủ", the issuer) still is.
    inner = {t for title in titles for t in range(title.start + 1, title.org.start if title.org else title.end)}
    doc.spans["org"] = [s for s in doc.spans["org"] if s.start not in inner]
    add_org_spans(doc, title_orgs)


def _without_short_forms(positions: list[Position]) -> list[Position]:
    """One post written in full and short ("Phó Thủ tướng Thường trực" in the lead, "Phó Thủ
    tướng" in the headline) is held once: the short role goes; not when one of them is a
    post given in the article and the other the one held before ("A, Phó Bí thư Tỉnh ủy,
    được chỉ định giữ chức Phó Bí thư Thường trực Tỉnh ủy")."""
    def shortens(short: Position, full: Position) -> bool:
        return (short.organization, short.status, short.given) == (full.organization, full.status, full.given) \
            and full.role.startswith(short.role + " ")
    return [p for p in positions if not any(shortens(p, q) for q in positions)]


def _title_mentions(doc: Doc, tokens: Tokens, ctx: OrgContext, used: set[int],
                    title_orgs: list[OrgMatch]) -> list[Span]:
    """Titles standing without a name: candidates for coreference. None inside a body's
    name ("đoàn Đại biểu Quốc hội tỉnh" holds no deputy)."""
    inside_bodies = {t for span in doc.spans.get("org", []) for t in range(span.start + 1, span.end)}
    spans = []
    i = 0
    while i < tokens.n:
        title = None if i in used or i in inside_bodies else parse_title(tokens, i, ctx)
        if title is None or title.end <= i:
            i += 1
            continue
        span = doc[title.start:title.end]
        span._.title = title
        spans.append(span)
        if title.org is not None and not title.in_firm:
            title_orgs.append(title.org)
        i = title.end
    return spans
