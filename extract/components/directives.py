"""Directives: requests an official addresses to a body (`đề nghị Sở TTTT cần ...`).

Who asks. The official is the person mention right before the verb (by name or by title,
through coreference). When the clause has none, it is the official the sentence refers
back to: the subject of an earlier clause ("X khen ngợi học sinh Y ...; đồng chí cũng đề
nghị ..." is X's request, not Y's), else the speaker of the previous sentence ("Do đó, đề
nghị ..."), unless a body spoke there ("..., tỉnh đề xuất ... . Đề nghị Chính phủ ...").
A request after a semicolon or "đồng thời" goes on with the official of the request
before it. A clause whose subject is an organization or a place is a proposal by that
body, and one whose subject is a title nobody in the article holds ("Phó Thủ tướng giao
Bộ X") is someone else's request: neither is a directive.

Who is asked. The addressees are listed right after the verb, or after the word that
introduces them once the verb has its object ("giao các nhiệm vụ cho Sở X",
directive_verbs.tsv): each body named (a firm by its group; `ngành TT&TT` by its
department, but from an official of a national post by no one body: the whole country's
sector; a unit `huyện X`, a province by its name or a bare level word by the unit named
before → its People's Committee; a body through its leaders, "lãnh đạo trường X",
"Giám đốc Sở Y" when no one of the article holds that post: a title that refers to one
of its people is a person). Words that name no one body ("các đơn vị", "lực lượng Công
an", "đoàn thanh niên các cấp", directive_addressees.tsv) give a null addressee; a
request to a person is no directive. When the verb names nobody, a request that starts with what is
to be done goes to the body the sentence opens by naming ("Đối với Sở Y tế, ...",
directive_frames.tsv) or else to the counterpart of the working session named before it
("làm việc với huyện X", event_counterparts.tsv; never one a later sentence names); one
reported after a colon ("đề nghị: ...") to nobody in particular.

Requests without a verb. After an official's request the report often goes on with what
each body is to do: "Trong đó, Sở GTVT sớm tham mưu ...", "Hà Nội cũng cần ...", "Phòng
Kinh tế thẩm định về nội dung, phòng Tài chính thẩm định kinh phí" (request_modals.tsv)
are more requests of that official, until someone else is named.

The floor. When someone presides over the article's meeting (chaired or directed it), a
speaker below them who only spoke there makes proposals, not directives: their request
counts only for a body they outrank (one of a lower level, or one under the governing body
of their own level: org_hierarchy.tsv). An official who gives an order at the meeting
(a verb that is no proposal: "giao", "yêu cầu") or whose requests go to bodies in general
or to bodies they outrank directed it (FORMAT.md): the event gets that role, and they are
no longer listed as having only spoken.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import ArticleFacts, Directive, Participation
from ..grammar import (
    PARTY_ORGANIZATION, PLURAL, QUOTES, OrgContext, OrgMatch, PlaceRef, Tokens, is_item_number, many_units_end,
    named_by_head_alone, names_unit, parse_district_name, parse_named_bodies, parse_org, parse_place,
    parse_province_name, parse_unit_bodies, party_organization, peoples_committee,
)
from ..lexicon.meetings import RequestVerb
from ..text import fold, folded_words
from .events import CLAUSE_OPENERS, opens_clause, start_of_verb_phrase, subjects_before
from .firms import FirmMention, parse_firm
from .organizations import name_body, org_context
from .persons import preceded_by
from .positions import OWNER, parse_title, title_words_at
from .stage import SpanIndex, Stage, evidence_for

ADDRESSEE_WINDOW = 8  # tokens after the verb in which the addressee named after "cho" may stand
CONTINUATION_SENTENCES = 3  # how many sentences after a request "Sở X cần ..." may go on with it
REPEATED_REQUEST_SHARE = 0.8  # of the shorter request's words, in the other: the same request told twice ...
RETOLD_SHARE = 0.6  # ... when this share of the longer one's words are in the shorter
CAPTION_WORDS = 60  # a line with a photo credit this long at most is a caption, not a paragraph
_LEADING = {":", "với", "cho", "đối", "phía"}  # words between a verb and its addressee ("giao cho Sở X",
# "đề nghị phía Đại sứ quán X": the embassy's side)
_LIST = {",", "và", "cùng"}  # between addressees
# Before an addressee, like a plural: "từng đơn vị", "100% cán bộ". After a body named,
# "từng cơ quan, đơn vị" are each of its units: no bodies in general besides it.
_EACH = ("từng", "mọi")
_SENTENCE_ENDS = (".", "!", ";", "…")
_ITEM_MARKS = ("-", "–", "+", "•", "*")  # what opens an item of a list, a line each
_EVERY = (*_EACH, "tất cả", "%")
SIGNS = "ký"  # "A đã ký công văn ...": the official who signed the document the article reports
SIGNER_ADVERB_TOKENS = 4  # words between the official and "ký" ("đã", "vừa", "mới")
# A verb right after a semicolon continues the predicate of the sentence's subject ("X ghi
# nhận ý kiến của công dân; chỉ đạo cơ quan chức năng ..."): even a verb that is also a noun
# ("chỉ đạo") is then the verb. Not after a comma: "lãnh đạo, chỉ đạo các cấp" is a pair of
# nouns, unless "đồng thời" says the predicate goes on ("X đồng ý ..., đồng thời chỉ đạo ...");
# not after an adverb: "; trực tiếp chỉ đạo công tác ..." assigns a field.
_PREDICATE_JOIN = ";"
_GOES_ON = "đồng thời"  # "..., đồng thời đề nghị": the same official's next request
_WITH = "cùng"  # "thị xã X cùng các sở, ngành cần ...": more bodies with the subject
_CLAUSE_ENDS = {";", "!", "?"}  # and the sentence's end (a "." inside it ends an abbreviation: "TP.")
_INVESTOR_NAME_TOKENS = 30  # how far before "làm chủ đầu tư" the "do" of its investor may stand
LIST_ITEM_TOKENS = 8  # how long an item of a listed addressee that names no body may be ("Quân sự")
LEAD_TOKENS = 8  # how long a lead before a reported request may be ("đề nghị: Thời gian tới, ...")
# how long a phrase of time, manner or purpose after a request verb may be ("yêu cầu sau khi công bố
# tình huống khẩn cấp sạt lở (đoạn từ cầu A đến cầu B), thị xã X cần ..."): the bodies after it must
# be the subject of a modal or a task (request_modals.tsv)
LEAD_PHRASE_TOKENS = 40
UNNAMED_SUBJECT_TOKENS = 12  # tokens (spaces among them) of what must be done before its word of obligation
_LEVELS = {"commune": 0, "district": 1, "province": 2}
_NATIONAL = 3
TO_A_PERSON = "person"  # what a request addressed to a person is: no directive
CONGRESS = "đại hội"  # a party organization's congress: a unit asked there is asked as that organization


@dataclass(frozen=True)
class _Text:
    """The article as the request readers see it: its Doc and tokens, its organization
    context, and where its person mentions start."""

    doc: Doc
    tokens: Tokens
    ctx: OrgContext
    person_starts: frozenset[int]
    org_at: dict[int, OrgMatch]  # the bodies' mentions (the spans "org") by the token they start at

    @classmethod
    def of(cls, doc: Doc, tokens: Tokens) -> "_Text":
        return cls(doc, tokens, org_context(doc, tokens), frozenset(r.start for r in doc.spans["person_ref"]),
                   {s.start: s._.org for s in doc.spans["org"]})


@dataclass(frozen=True)
class Addressee:
    """A body a request is addressed to, or None for bodies in general."""

    name: str | None  # canonical name (a firm by its group)
    org: OrgMatch | None = None  # how the text names it, for its rank
    parties: bool = False  # the parties of a meeting between equals ("hai bên"): asking them directs no one


@dataclass
class _Speaker:
    name: str | None = None  # the official who spoke last (for subject-less clauses)
    person: str | None = None  # the official who spoke last, past a body speaking since ("đồng chí")
    author: str | None = None  # the official of the latest request in this sentence
    continued: str | None = None  # the official whose requests "Sở X cần ..." goes on with
    since: int = 0  # sentences since that official's last request
    listing: bool = False  # that official's words opened a list ("yêu cầu:"): its items are requests
    heading: Addressee | None = None  # the body an item of that list names alone: the items after it are its


# ---------------------------------------------------------------- addressees


def _field_department(tokens: Tokens, i: int, ctx: OrgContext) -> OrgMatch | None:
    """`ngành TT&TT` → the department of that field; `ngành` alone → the field
    named last with `ngành` in the article. From an official of a national post, the
    sector is the whole country's: no one body (see `find_directives`)."""
    if tokens.folded[i] != "ngành":
        return None
    fields = tokens.lexicon.organizations.fields
    field_match = fields.match(tokens.folded, tokens.skip_space(i + 1))
    end = field_match[0] if field_match else i + 1
    if field_match is None:
        for j in range(i - 1, -1, -1):
            if tokens.folded[j] == "ngành":
                field_match = fields.match(tokens.folded, j + 1)
                if field_match:
                    break
    if field_match is None:
        return None
    return _department(tokens, i, end, field_match[1], ctx)


def _listed_field(tokens: Tokens, i: int, ctx: OrgContext) -> OrgMatch | None:
    """A field written alone as an item of a list of addressees is its department: "giao
    cho Công an, Y tế và UBND TP X", "các lực lượng: Xây dựng, Tài chính, ..."."""
    field_match = tokens.lexicon.organizations.fields.match(tokens.folded, i)
    if field_match is None or not tokens.is_cap(i) or tokens.lexicon.organizations.heads.match(tokens.folded, i):
        return None  # "Công an" heads a body of its own
    previous, following = tokens.word_before(i), tokens.skip_space(field_match[0])
    before = tokens.folded[previous] if previous is not None else ""
    after = tokens.folded[following] if following < tokens.n else ""
    if before not in (",", ":", "và") and after not in (",", "và"):
        return None
    return _department(tokens, i, field_match[0], field_match[1], ctx)


def _department(tokens: Tokens, start: int, end: int, field_name: str, ctx: OrgContext) -> OrgMatch:
    """The department (Sở) of a field, of the article's province when it is known."""
    sở = tokens.lexicon.organizations.head("Sở")
    department = OrgMatch(start, end, sở.canonical, f"{sở.canonical} {field_name}")
    if ctx.province:
        department.canonical += f" {ctx.province_place()}"
        department.place = PlaceRef(ctx.province.kind, ctx.province.name, "province", ctx.province.name)
    return department


def _unit_written(tokens: Tokens, addressee: Addressee) -> bool:
    """Whether the body addressed is a unit's People's Committee the text names by its place
    alone ("đề nghị huyện X ...", not "đề nghị UBND huyện X ...")."""
    org = addressee.org
    return org is not None and org.head == tokens.lexicon.organizations.head("Ủy ban nhân dân").canonical \
        and org.place is not None and tokens.lexicon.organizations.heads.match(tokens.folded, org.start) is None


def _is_sector(tokens: Tokens, addressee: Addressee) -> bool:
    """Whether the addressee is a sector named by "ngành" ("ngành TT&TT")."""
    return addressee.org is not None and tokens.folded[addressee.org.start] == "ngành"


def _unit_named(tokens: Tokens, ctx: OrgContext, j: int) -> OrgMatch | None:
    """The People's Committee of a unit named at token j: "huyện Vân Canh", "Bến Tre" (a
    province), or a bare level word for the unit of that level named before ("huyện"),
    or the article's own ("thành phố" in a Hà Nội article)."""
    place = parse_place(tokens, j)
    if place is not None:
        end, written = place
        if written.name is None:
            written = _meant_unit(ctx, written, j)
        return peoples_committee(tokens, j, end, written) if written is not None else None
    province = parse_province_name(tokens, j)
    if province is not None:
        return peoples_committee(tokens, j, province[0], PlaceRef(
            province[1].kind, province[1].name, "province", province[1].name))
    district = parse_district_name(tokens, j)
    if district is not None:
        unit = district[1][0]
        return peoples_committee(tokens, j, district[0], PlaceRef(
            unit.kind, tokens.span_text(j, district[0]), "district", unit.province))
    return None


def _meant_unit(ctx: OrgContext, level: PlaceRef, at: int) -> PlaceRef | None:
    """The unit a bare level word at token `at` means: the article's province ("tỉnh", or
    "thành phố" in a Hà Nội article), else the unit of that level named last."""
    province = ctx.province
    if province and (level.rank == "province" or level.level == province.kind):
        return PlaceRef(province.kind, province.name, "province", province.name)
    return ctx.last_place(level.level, at) if level.rank != "province" else None


def _quantifier_end(tokens: Tokens, j: int) -> int | None:
    """End of a plural or a quantity at token j ("các", "tất cả", "100%"), or None."""
    if tokens.folded[j] in PLURAL or tokens.text[j][0].isdigit():
        return j + 1
    for word in _EVERY:
        words = word.split()
        if tokens.folded[j:j + len(words)] == words:
            return j + len(words)
    return None


def _bare_head(tokens: Tokens, org: OrgMatch) -> bool:
    """Whether the text names the body by its head alone ("Sở" for the one named before)."""
    head = tokens.lexicon.organizations.heads.match(tokens.folded, org.start)
    return head is not None and head[0] >= org.end


def _addressee_at(text: _Text, j: int, plural: bool, subject: bool = False) -> tuple[int, list[Addressee] | str] | None:
    """(end, addressees) of one item of an addressee list at token j: the bodies it names
    ([Addressee(None)] for bodies in general), or TO_A_PERSON; None when it names nobody.
    `plural`: an earlier item of the list was plural ("các Sở, ban, ngành"); `subject`: the
    list is the subject of a modal word ("tỉnh phải ...": the province's government), not a
    verb's object ("yêu cầu tỉnh ...": the province in general)."""
    doc, tokens, ctx = text.doc, text.tokens, text.ctx
    words = tokens.lexicon.meetings.addressees
    leaders = False
    staff_end = None  # where "cán bộ, chiến sĩ" ends: people in general unless a body follows
    while j < tokens.n:
        quantifier = _quantifier_end(tokens, j)
        if quantifier is not None:
            # "(Giám đốc) các Sở: Y tế, Xây dựng", "các ban Kinh tế - Ngân sách, Pháp chế HĐND tỉnh":
            # a body for each name listed after the head
            listed = parse_named_bodies(tokens, j, ctx) if tokens.folded[j] in PLURAL else []
            if listed:
                return listed[-1].end, [Addressee(name_body(doc, body), body) for body in listed]
            plural, j = True, tokens.skip_space(quantifier)  # "các", "từng", "100% cán bộ"
            continue
        word = words.match(tokens.folded, j)
        if word is not None and word[1].means == "person" and (after := words.match(
                tokens.folded, tokens.skip_space(word[0]))) is not None and after[1].means == "leaders":
            j = tokens.skip_space(word[0])  # "các đồng chí lãnh đạo HĐND, UBND tỉnh": the leaders of the bodies
            continue
        if word is not None and word[1].means == "person" and plural and (
                held := parse_title(tokens, tokens.skip_space(word[0]), ctx)) is not None:
            # "các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh": the holders of a post, in general
            return max(held.end, held.org.end if held.org is not None else 0), [Addressee(None)]
        if word is not None and word[1].means in ("leaders", "members"):
            if word[1].means == "members":
                staff_end = word[0]
            # "các đồng chí lãnh đạo HĐND tỉnh": many leaders of one body ("lãnh đạo các sở": many bodies)
            leaders, plural, j = True, False, tokens.skip_space(word[0])
            if tokens.folded[j:j + 1] in (["của"], ["trong"]):
                j = tokens.skip_space(j + 1)  # "các thành viên của Ban Chỉ đạo", "thành viên trong Tổ X"
            continue
        if j in text.person_starts:
            return j + 1, TO_A_PERSON  # a title the article's coreference gives to one of its people
        title = parse_title(tokens, j, ctx)
        if title is not None and title.org is not None and title.org.end > title.start:
            return title.org.end, [Addressee(name_body(doc, title.org), title.org)]
        title_words = title_words_at(tokens, j)
        if title_words is not None:
            leaders, j = True, tokens.skip_space(title_words[0])  # "chủ tịch UBND các huyện"
            continue
        break
    if j >= tokens.n:
        return None
    generic = [Addressee(None)]
    word = words.match(tokens.folded, j)
    head = tokens.lexicon.organizations.heads.match(tokens.folded, j)
    many_end = many_units_end(tokens, tokens.skip_space(head[0])) if head else None
    if many_end is not None:
        units = parse_unit_bodies(tokens, j)  # "UBND các huyện Thanh Bình, Tam Nông"
        if units:
            return units[-1].end, [Addressee(name_body(doc, unit), unit) for unit in units]
        return many_end, generic  # "UBND các huyện, thị xã", "Hội Nông dân các cấp"
    org = parse_org(tokens, j, ctx) or parse_org(tokens, j, ctx, lowercase=True)
    before = tokens.word_before(j)
    if org is not None and plural and (_bare_head(tokens, org) or named_by_head_alone(tokens, org)
                                       and before is not None and tokens.folded[before] in PLURAL):
        # "các Sở, ban, ngành", "các Ban HĐND huyện"; not "Văn phòng Huyện ủy" after "các Ban,"
        return org.end, generic
    if org is None and plural and head is not None:
        return head[0], generic  # "các Vụ, Cục trực thuộc": bodies of a kind, none named
    if org is not None:
        after = words.match(tokens.folded, tokens.skip_space(org.end))
        if after is not None and after[1].means == "generic-after":
            return after[0], generic  # "đoàn thanh niên các cấp"
        return org.end, [Addressee(name_body(doc, org), org)]
    place = parse_place(tokens, j)
    if leaders and place is not None and place[1].name is None:
        return place[0], generic  # "lãnh đạo huyện": its leaders, in the party or the committee
    if place is not None and place[1].name is None and (plural or place[1].rank == "province" and not subject):
        # "yêu cầu tỉnh mạnh dạn ...": the province in general, no body of it named; "yêu cầu các xã
        # tập trung ...": communes in general, not the one named last
        return place[0], generic
    unit = _unit_named(tokens, ctx, j)
    if unit is not None:
        return unit.end, [Addressee(name_body(doc, unit), unit)]
    firm = parse_firm(tokens, j)
    if firm is not None:
        return firm.end, [Addressee(_firm_name(doc, tokens, firm))]
    if word is not None and word[1].means == "person":
        within = tokens.skip_space(word[0])
        if tokens.folded[within:within + 1] in (["trong"], ["của"]):  # "từng đồng chí trong Ban Thường vụ"
            return _addressee_at(text, tokens.skip_space(within + 1), plural)
        return word[0], TO_A_PERSON
    if j in text.person_starts:
        return j + 1, TO_A_PERSON
    if j in text.org_at:
        # a name coordinated with the one before it: "Phòng Nông nghiệp & PTNT, Tài chính – Kế
        # hoạch huyện" (the Phòng of each field)
        return text.org_at[j].end, [Addressee(name_body(doc, text.org_at[j]), text.org_at[j])]
    if not plural:
        department = _field_department(tokens, j, ctx) or _listed_field(tokens, j, ctx)
        if department is not None:
            return department.end, [Addressee(name_body(doc, department), department)]
    if word is not None and word[1].means == "refers":
        # the head or a longer one starting with it: "nhà trường" after "Trường Mầm non X"
        earlier = ctx.latest_starting_with(word[1].head, j)
        return (word[0], [Addressee(name_body(doc, earlier), earlier)]) if earlier is not None else None
    if word is not None and word[1].means == "investor":  # "các chủ đầu tư": every investor
        return word[0], (not plural and _investor_named_before(text, j)) or generic
    if word is not None and word[1].means == "firm":  # "các công ty": firms in general
        return word[0], (not plural and _only_firm_before(doc, j)) or generic
    if word is not None and word[1].means == "parties":
        return word[0], [Addressee(None, parties=True)]
    if word is not None and word[1].means == "generic":
        after = tokens.skip_space(word[0])
        level = parse_place(tokens, after)  # "các sở, ngành | tỉnh": the province's
        unit = _unit_named(tokens, ctx, after) if not plural and level is not None and level[1].name else None
        if unit is not None:  # "địa phương | xã Giao Ninh": the one locality, named
            return unit.end, [Addressee(name_body(doc, unit), unit)]
        return (level[0] if level is not None and level[1].name is None else word[0]), generic
    return (staff_end, generic) if staff_end is not None else None


def _firm_name(doc: Doc, tokens: Tokens, mention: FirmMention) -> str:
    """The name the article's Firm has (vi_firms) for a firm named at `mention`: its group, or
    the company's name in full."""
    surface = fold(" ".join(tokens.span_text(mention.start, mention.end).split()))
    return next((firm.name for firm in doc._.facts.firms
                 if surface in (fold(firm.name), *(fold(alias) for alias in firm.aliases))), mention.group)


def _only_firm_before(doc: Doc, before: int) -> list[Addressee] | None:
    """The firm a bare "Công ty" means at token `before`: the only firm the article names, named
    before it ("... kiểm tra Công ty X ... đề nghị lãnh đạo Công ty ..."); None when it names
    none or several."""
    firms = doc._.facts.firms
    named_before = len(firms) == 1 and firms[0].evidence is not None and firms[0].evidence.start < doc[before].idx
    return [Addressee(firms[0].name)] if named_before else None


def _investor_named_before(text: _Text, before: int) -> list[Addressee] | None:
    """The firm or body the article named as a project's investor before token `before`
    ("dự án do Công ty X làm chủ đầu tư", "chủ đầu tư là Công ty X"): whom a later "đề nghị
    chủ đầu tư ..." asks; the latest one named, None when none was."""
    tokens, words = text.tokens, text.tokens.lexicon.meetings.addressees
    for k in range(before - 1, -1, -1):
        word = words.match(tokens.folded, k)
        if word is None or word[1].means != "investor":
            continue
        after = tokens.skip_space(word[0])
        if tokens.folded[after:after + 1] in (["là"], [":"]):
            item = _addressee_at(text, tokens.skip_space(after + 1), False)
        else:
            item = _investor_doing(text, k)
        if item is not None and item[1] != TO_A_PERSON and all(a.name for a in item[1]):
            return item[1]
    return None


def _investor_doing(text: _Text, investor: int) -> tuple[int, list[Addressee] | str] | None:
    """The body or firm of "do X làm chủ đầu tư" whose "chủ đầu tư" is at token `investor`."""
    tokens = text.tokens
    doing = tokens.word_before(investor)
    if doing is None or tokens.folded[doing] != "làm":
        return None
    for by in range(doing - 1, max(doing - _INVESTOR_NAME_TOKENS, -1), -1):
        if tokens.folded[by] == "do":
            item = _addressee_at(text, tokens.skip_space(by + 1), False)
            return item if item is not None and tokens.skip_space(item[0]) == doing else None
    return None


def addressees(text: _Text, start: int, end: int) -> list[Addressee] | str | None:
    """The bodies a request at tokens[start:end] is addressed to, listed from `start`:
    those named, else [None] for bodies in general ("các ngành, địa phương"); TO_A_PERSON for a
    request to a person; None when nobody is named there."""
    return _addressee_list(text, start, end)[0]


def _addressee_list(text: _Text, start: int, end: int, subject: bool = False) -> tuple[list[Addressee] | str | None, int]:
    """`addressees`, and the token where their list ends (`subject`: see `_addressee_at`)."""
    tokens = text.tokens
    j = tokens.skip_space(start)
    while j < end and tokens.folded[j] in _LEADING:
        j = tokens.skip_space(j + (2 if tokens.folded[j:j + 2] == ["đối", "với"] else 1))
    found: list[Addressee] = []
    plural = each = listed = False
    while j < end:
        item = _addressee_at(text, j, plural, subject)
        if item is None and listed and (comma := _item_end(tokens, j, end)) is not None:
            j = tokens.skip_space(comma + 1)  # "các lực lượng: Quân sự, Xây dựng": a force that is no body
            continue
        if item is None:
            break
        each = each or tokens.folded[j] in _EACH
        item_end, named = item
        if named == TO_A_PERSON:
            return found or TO_A_PERSON, j
        plural = plural or any(a.name is None for a in named) or tokens.folded[j] in PLURAL
        found += [a for a in named if a not in found]
        j = tokens.skip_space(item_end)
        after = tokens.lexicon.meetings.addressees.match(tokens.folded, j) if j < end else None
        if after is not None and after[1].means == "generic-after" and all(a.name is None for a in named):
            j = tokens.skip_space(after[0])  # "các sở, ban, ngành | có liên quan"
        narrows = _narrowing_end(tokens, j, end) if None in (a.name for a in found) else None
        if narrows is not None:
            # "các sở, ngành liên quan, nhất là Ban Quản lý khu kinh tế, Sở X": the bodies named after it
            plural, each, j = False, True, narrows
            continue
        if j < end and tokens.folded[j] in _LIST:
            j = tokens.skip_space(j + 1)
            continue
        if j < end and tokens.text[j] == ":" and not any(a.name for a in named):
            # "các lực lượng: Công an, Xây dựng, ...": the bodies the colon lists, not bodies in general
            plural, each, listed, j = False, True, True, tokens.skip_space(j + 1)
            continue
        if j < end and tokens.text[j] == ";" and _addressee_at(text, tokens.skip_space(j + 1), plural) is not None:
            j = tokens.skip_space(j + 1)  # "chỉ đạo Sở Tài chính, Sở Xây dựng; UBND các xã khẩn trương ..."
            continue
        break
    named = [a for a in found if a.name is not None]
    # "Sở X và các đơn vị liên quan": Sở X, and bodies in general; "Ban X, từng cơ quan": Ban X
    return (named if named and each else found) or None, j


def _narrowing_end(tokens: Tokens, j: int, end: int) -> int | None:
    """Where the bodies start after a word that says which of the bodies in general before
    it are meant (directive_addressees.tsv, narrows: "..., nhất là Sở X"), at token j or
    after a comma there; None when none is written."""
    k = tokens.skip_space(j + 1) if j < end and tokens.text[j] == "," else j
    word = tokens.lexicon.meetings.addressees.match(tokens.folded, k) if k < end else None
    if word is None or word[1].means != "narrows":
        return None
    after = tokens.skip_space(word[0])
    return tokens.skip_space(after + 1) if after < end and tokens.text[after] in (",", ":") else after


def _item_end(tokens: Tokens, j: int, end: int) -> int | None:
    """The comma that ends a short item of a list at token j that starts with a capital
    ("Quân sự, ..."), or None."""
    if not tokens.is_cap(j):
        return None
    return next((k for k in range(j + 1, min(end, j + LIST_ITEM_TOKENS)) if tokens.text[k] == ","), None)


def _addressees_via(text: _Text, word: str, start: int, end: int) -> list[Addressee] | str | None:
    """The addressees named after `word` once the verb has its object ("giao các nhiệm vụ
    cụ thể | cho | các Sở, ngành")."""
    for j in range(start, min(end, start + ADDRESSEE_WINDOW)):
        if text.tokens.folded[j] == word:
            return addressees(text, j + 1, end)
    return None


class _Counterparts:
    """The bodies the article's working sessions are held with ("làm việc với huyện Hải
    Hậu"), by where they are named: a request refers to the one named before it, never to
    one a later sentence names. Read when a request first needs one."""

    def __init__(self, text: _Text):
        self.text = text
        self.starts: list[int] | None = None
        self.bodies: list[Addressee] = []

    def before(self, i: int) -> Addressee | None:
        if self.starts is None:
            self._read()
        index = bisect.bisect_left(self.starts, i)
        return self.bodies[index - 1] if index else None

    def _read(self) -> None:
        tokens = self.text.tokens
        self.starts = []
        for start, end, _ in tokens.lexicon.meetings.counterpart_cues.finditer(tokens.folded, 0, tokens.n):
            item = _addressee_at(self.text, tokens.skip_space(end), False)
            if item is not None and isinstance(item[1], list) and item[1][0].name:
                self.starts.append(start)
                self.bodies.append(item[1][0])


def _framed_body(text: _Text, sent: Span) -> tuple[Addressee, Span] | None:
    """The body a sentence opens by naming ("Đối với Sở Y tế, ...", "Riêng Hà Nội với vai
    trò ..., ..."), and the clause after the comma that closes the frame (where the official
    and the requests are), or None."""
    tokens = text.tokens
    frame = tokens.lexicon.meetings.frames.match(tokens.folded, tokens.skip_space(sent.start))
    if frame is None:
        return None
    item = _addressee_at(text, tokens.skip_space(frame[0]), False)
    if item is None or not isinstance(item[1], list) or item[1][0].name is None:
        return None
    commas = [k for k in range(item[0], sent.end) if tokens.text[k] == ","]
    verbs = tokens.lexicon.meetings.request_verbs
    first_verb = next((k for k, _, _ in verbs.finditer(tokens.folded, item[0], sent.end)), sent.end)
    commas = [k for k in commas if k < first_verb]
    if not commas:
        return None
    return item[1][0], text.doc[commas[-1] + 1:sent.end]


# ---------------------------------------------------------------- rank


@dataclass(frozen=True)
class _Standing:
    """How high bodies and people stand: a body by its level (national, province, district,
    commune) and by whether it governs the bodies of that level (a People's Committee, a
    Tỉnh ủy: the parents of org_hierarchy.tsv); a person by the highest body they hold a
    post in (not a former one)."""

    tokens: Tokens
    governing: frozenset[str]
    people: dict[str, tuple[int, int]]
    party: set[str]  # the people all of whose posts are in the party
    serves: dict[str, set[str]]  # person -> the folded names of the bodies they hold a post in now
    homes: dict[str, set[str]]  # person -> the folded names of the units those bodies are of

    @classmethod
    def of(cls, doc: Doc, tokens: Tokens, facts: ArticleFacts) -> "_Standing":
        rules = tokens.lexicon.organizations.parent_rules.values()
        standing = cls(tokens, frozenset(rule.parent_kind for kind in rules for rule in kind), {}, set(), {}, {})
        bodies = {fold(match.canonical): match for match in doc._.bodies or ()}
        party_heads = tokens.lexicon.places.party_heads | {PARTY_ORGANIZATION}
        for person in facts.persons:
            standing.serves[person.name] = {fold(p.organization) for p in person.positions if not p.status}
            posts = [bodies.get(name) for name in standing.serves[person.name]]
            standing.homes[person.name] = {fold(org.place.name) for org in posts
                                           if org is not None and org.place is not None and org.place.name}
            held = [rank for org in posts if (rank := standing.body(org)) is not None]
            if held:
                standing.people[person.name] = max(held)
            if posts and all(org is not None and any(part.head in party_heads for part in org.chain())
                             for org in posts):
                standing.party.add(person.name)
        return standing

    def body(self, org: OrgMatch | None) -> tuple[int, int] | None:
        """(level, governs) of a body; None when the text does not tell, or for a body of another
        country, which no official here stands above ("đề nghị quận Hamyang ...": a host's wish)."""
        if org is None or any(part.place is not None and part.place.foreign for part in org.chain()):
            return None
        level = next((_LEVELS[part.place.rank] for part in org.chain()
                      if part.place is not None and part.place.name and part.place.rank in _LEVELS), None)
        if level is None:
            # of an article naming no province, "Tỉnh ủy" and "UBND tỉnh" are still a province's
            level = next((_LEVELS[rank] for part in org.chain() if (rank := self._rank_of_head(part)) in _LEVELS), None)
        if level is None:
            if not self.tokens.lexicon.organizations.is_national(org.head, org.canonical):
                return None
            level = _NATIONAL
        return level, int(org.head in self.governing)

    def _rank_of_head(self, part: OrgMatch) -> str | None:
        """The rank a body's head or bare level word says ("Tỉnh ủy", "UBND tỉnh": province)."""
        if part.place is not None:
            return part.place.rank
        return self.tokens.lexicon.places.party_ranks.get(part.head)

    def above(self, person: str, other: str) -> bool:
        """Whether `person` stands above `other` (so does anyone above a person of no known post)."""
        mine, theirs = self.people.get(person), self.people.get(other)
        return person != other and (theirs is None or mine is not None and mine > theirs)

    def with_own_unit(self, person: str, addressees: list[Addressee]) -> bool:
        """Whether the addressees are provinces, two or more, one of them the person's own ("mong
        muốn tỉnh Quảng Ngãi và tỉnh Sekong tiếp tục phối hợp": partners, not orders)."""
        places = [a.org.place for a in addressees if a.org is not None and a.org.place is not None]
        names = {fold(place.name) for place in places if place.name and place.rank == "province"}
        return len(places) == len(addressees) == len(names) >= 2 and bool(names & self.homes.get(person, set()))

    def national(self, person: str) -> bool:
        """Whether the person holds a national post."""
        return self.people.get(person, (0, 0))[0] == _NATIONAL

    def outranks(self, person: str, addressee: Addressee) -> bool:
        """Whether the person stands above the body addressed."""
        issuer, rank = self.people.get(person), self.body(addressee.org)
        return issuer is not None and rank is not None and rank < issuer


# ---------------------------------------------------------------- requests


@Language.factory("vi_directives", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class Directives(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        find_directives(doc, tokens)


@dataclass
class _Meeting:
    """Who speaks from the floor of the article's meeting, and who directed it by requests."""

    floor: set[str] = field(default_factory=set)
    directed: dict[str, Directive] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: ArticleFacts, standing: _Standing) -> "_Meeting":
        """The floor: people who only spoke, below someone who chaired or directed (a
        Secretary speaking at the Chairman's meeting is no floor)."""
        roles: dict[str, set[str]] = {}
        for event in facts.events:
            for p in event.participations:
                roles.setdefault(p.person, set()).add(p.role)
        presiding = [person for person, held in roles.items() if held & {"chaired", "directed"}]
        return cls({person for person, held in roles.items()
                    if held == {"spoke"} and any(standing.above(chair, person) for chair in presiding)})


def find_directives(doc: Doc, tokens: Tokens) -> None:
    facts = doc._.facts
    verbs = tokens.lexicon.meetings.request_verbs
    standing = _Standing.of(doc, tokens, facts)
    meeting = _Meeting.of(facts, standing)
    officials = frozenset(person.name for person in facts.persons if person.positions)
    refs = SpanIndex(doc.spans["person_ref"])
    inside_refs = {t for r in refs.spans for t in range(r.start, r.end)}
    mention_ends = frozenset(r.end for r in refs.spans)
    # Titles no one in the article holds ("Phó Thủ tướng giao Bộ X"): coreference found no
    # holder of a title with its body, and no one holds a bare title's role.
    held_roles = {fold(position.role) for person in facts.persons for position in person.positions}
    notices = _notice_authors(tokens, refs.spans, standing.serves)
    signer = _signer(tokens, refs.spans, standing.serves) or (notices[0][1:] if notices else None)
    unheld_titles = SpanIndex(t for t in doc.spans["title"] if t.start not in inside_refs
                              and (t._.title.org is not None or fold(t._.title.role) not in held_roles))
    bodies = SpanIndex(s for s in (*doc.spans["org"], *doc.spans["place"]) if s.start not in inside_refs)
    text = _Text.of(doc, tokens)
    named_bodies = {fold(span._.org.canonical) for span in doc.spans["org"]}
    counterparts = _Counterparts(text)
    speaker = _Speaker()
    seen: set[tuple[str, str | None, str]] = set()
    title = fold(facts.article.title) if facts.article.title else ""
    unnamed_in_headline: list[tuple[str, str, Span]] = []  # the headline's requests to no one named
    captions = [(author.evidence.start, author.evidence.end) for author in facts.authors if author.kind == "photo"
                and author.evidence is not None and len(author.evidence.sentence.split()) <= CAPTION_WORDS]
    congresses = [label for label in (fold(event.label) for event in facts.events) if label.startswith(CONGRESS)]

    def add(by: str, to: Addressee, asked: str, evidence: Span, order: bool = False, summed_up: bool = False) -> None:
        if _is_sector(tokens, to) and standing.national(by):
            to = Addressee(None)  # "ngành Nội vụ" of the whole country, not one province's department
        elif _unit_written(tokens, to):
            # a party official asks a unit whose party organization the article is about ("Đại
            # hội Đảng bộ huyện X ... Bí thư Tỉnh ủy đề nghị huyện X ..."), or anyone does at
            # that organization's congress ("Đại hội đại biểu Đảng bộ phường X ... Giám đốc Sở
            # Nội vụ yêu cầu phường X ...")
            party = party_organization(tokens, to.org)
            folded = fold(party.canonical)
            if folded in named_bodies and (by in standing.party or any(folded in label for label in congresses)):
                to = Addressee(name_body(doc, party), party)
        if any((by, to.name) == (earlier_by, earlier_to) and _repeats(asked, earlier)
               for earlier_by, earlier_to, earlier in seen):
            return
        directive = Directive(by, to.name, asked, evidence_for(evidence))
        if not summed_up:  # still, it tells who directed
            seen.add((by, to.name, asked))
            facts.directives.append(directive)
        if order or to.name is None and not to.parties or standing.outranks(by, to):
            meeting.directed.setdefault(by, directive)
        speaker.continued, speaker.since = by, 0

    for sent in doc.sents:
        in_sentence = refs.starting_in(sent.start, sent.end)
        speaker.author = None
        item = _list_item_at(tokens, sent)
        speaker.listing = speaker.listing and item is not None
        speaker.heading = speaker.heading if speaker.listing else None
        requests = len(facts.directives)
        if not any(start <= sent.start_char < end for start, end in captions):
            speaker.since += 1  # a photo's caption between a request and the tasks after it breaks no speech
        if any(ref._.person != speaker.continued for ref in in_sentence):
            speaker.continued = None
        framed, clause = _framed_body(text, sent) or (None, sent)
        headline = _repeats_headline(sent, title)
        found = [(i, end, verb) for i, end, verb in verbs.finditer(tokens.folded, sent.start, sent.end)
                 if not _is_noun_or_passive(tokens, i, end, mention_ends)]
        request_end = sent.start  # a request made runs to the next verb that opens one of its own
        last_request = last_listed = None  # where the sentence's last request verb and its addressees end
        for number, (i, end, verb) in enumerate(found):
            if i < request_end:
                continue  # "đề nghị Hội X rà soát ... thì lập danh sách đề nghị UBND huyện": part of it
            by = _official(text, clause, i, in_sentence, officials, bodies.starting_in(clause.start, i),
                           unheld_titles.starting_in(clause.start, i), verb.subject, speaker, signer)
            speaker.author = by or speaker.author
            if by is None:
                continue
            stop = next((k for k, _, later in found[number + 1:] if _opens_request(tokens, sent, k)
                         and not _doublet(tokens, k, later, in_sentence)), sent.end)
            if verb.reported:
                named, listed_to = _modal_subject(text, end, stop)
                if not named:
                    if tokens.skip_space(end) < stop and tokens.text[tokens.skip_space(end)] == ":" \
                            or _opens_list(sent):
                        # "nhấn mạnh: Đảng luôn quan tâm ... Thời gian tới, Sở X cần ...", "nhấn mạnh
                        # một số việc như sau:": the speech goes on, and the requests in it are the speaker's
                        speaker.continued, speaker.since = by, 0
                    continue
            else:
                named, listed_to = _addressee_list(text, end, stop)
            if named is None and verb.via:
                named = _addressees_via(text, verb.via, end, stop)
            if named == TO_A_PERSON:
                continue
            if named is None:
                named = _unnamed(text, end, stop, i, in_sentence, verb, framed, counterparts.before(i))
                if headline:  # the body tells whom the headline's "Chủ tịch yêu cầu ..." is for
                    if any(a.name is None for a in named):
                        unnamed_in_headline.append((by, _request_text(tokens, end, stop), doc[i:end]))
                    named = [a for a in named if a.name is not None]
            if isinstance(named, list) and standing.with_own_unit(by, named):
                named = [Addressee(None, parties=True)]  # the official's own province and its partner
            if by in meeting.floor and verb.proposal:
                named = [a for a in named if a.name is not None and standing.outranks(by, a)]
            if verb.proposal:  # "Phó Chủ tịch UBND tỉnh X mong muốn X sẽ ...": a wish of his own, asking no one
                named = [a for a in named if a.name is None or fold(a.name) not in standing.serves.get(by, ())]
            asked = _request_text(tokens, end, stop, listed_to)
            if not asked:  # "... yêu cầu:" closing its paragraph: the requests follow, one a sentence
                speaker.continued, speaker.since = by, 0
                continue
            # a headline quoting its official ("Bí thư Tỉnh ủy: Huyện X cần ...") sums up the
            # speech; the requests are the body's (none of 38 such headlines in the gold sets)
            summed_up = headline and tokens.text[i] == ":"
            for to in named:
                add(by, to, asked, doc[i:end], order=not verb.proposal, summed_up=summed_up)
            for start, item_end, listed in _listed_requests(text, end, stop):
                for to in listed:
                    add(by, to, _request_text(tokens, start, item_end), doc[i:end], order=not verb.proposal,
                        summed_up=summed_up)
            if named:
                request_end, last_request, last_listed = stop, i, listed_to
        made = len(facts.directives) > requests
        if made and last_request is not None:  # "yêu cầu Sở X ...; Sở Y thẩm định ..."
            continuing = _continued_requests(text, sent, last_request, last_listed)
        elif not made and speaker.continued and speaker.listing:
            continuing = _continued_requests(text, sent, None, listed_item=item)
            heading = _heading(text, item, sent.end) if not continuing else None
            if heading is not None:
                speaker.heading = heading  # "1. UBND xã X", then "- Chủ trì ...", "- Phối hợp ...": its tasks
            elif not continuing and speaker.heading is not None and not _names_its_subject(tokens, item, sent.end):
                continuing = [(item, sent.end, [speaker.heading])]
        elif not made and speaker.continued and speaker.since <= CONTINUATION_SENTENCES \
                and sent.text.rstrip()[-1:] in _SENTENCE_ENDS:
            # a line without a sentence's end is a caption ("Thường trực HĐND tỉnh điều hành phiên họp")
            continuing = _continued_requests(text, sent, None)
        else:
            continuing = []
        for start, stop, continued in continuing:
            for to in continued:
                if to.name is None or fold(to.name) not in standing.serves.get(speaker.continued, ()):
                    # the official's own body going on is no one asked ("UBND tỉnh đánh giá cao ...")
                    add(speaker.continued, to, _request_text(tokens, start, stop), sent)
        if speaker.continued and speaker.since == 0 and _opens_list(sent):
            speaker.listing = True  # "... yêu cầu các đơn vị như sau:" and its items, a line each
        noticed = next((person for at, person, _ in notices if sent.start <= at < sent.end), None)
        if noticed is not None:  # "Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của đồng chí A ...": the tasks that follow
            speaker.continued, speaker.since = noticed, 0
        spoken = [ref for ref in in_sentence if ref._.person in officials]
        if spoken or speaker.author:
            speaker.name = speaker.person = _last_speaker(tokens, sent, spoken) or speaker.author
        elif any(bodies.starting_in(start, start + 1) for start in _clause_starts(tokens, sent)) \
                or _body_speaks(text, sent):
            speaker.name = None  # a body speaks now ("Sở Công Thương đề xuất ...", ", tỉnh đề xuất ...")
    for by, asked, evidence in unnamed_in_headline:
        if asked and not any(directive.by == by for directive in facts.directives):
            add(by, Addressee(None), asked, evidence)  # a page cut before the body tells whom: the headline's order
    _record_directors(facts, meeting)


def _unnamed(text: _Text, end: int, stop: int, verb_at: int, refs: list[Span], verb: RequestVerb,
             framed: Addressee | None, counterpart: Addressee | None) -> list[Addressee]:
    """Whom a request that names no addressee right after its verb goes to. One reported
    after a colon (or a comma right after its official: "Bộ trưởng chỉ đạo, để ngành hàng
    phát triển, cần ...") goes to the bodies named after its lead ("Thời gian tới, doanh
    nghiệp ...") or to nobody in particular; else to the body the sentence opens by
    naming, or the meeting's counterpart (not for verbs that need their addressee written:
    "giao thông"), or, for an order ("yêu cầu") by its subject, to nobody in particular."""
    tokens = text.tokens
    j = tokens.skip_space(end)
    reported = j < stop and (tokens.text[j] == ":" or tokens.text[j] == "," and (
        subjects_before(tokens, refs, verb_at) or _pronoun_subject(tokens, verb_at)))
    if framed is not None:
        return [framed]
    if reported:
        named = addressees(text, j + 1, stop) if tokens.text[j] == "," else None
        if isinstance(named, list):
            return named  # "yêu cầu, các Sở, ngành liên quan thực hiện ...": the list right after the comma
        if named == TO_A_PERSON:
            return []  # "đề nghị, ông X nêu cao tinh thần trách nhiệm": asks a person, no body
        for k in range(j + 1, min(stop, j + LEAD_TOKENS)):
            if tokens.text[k] == ",":
                named = addressees(text, k + 1, stop)
                if isinstance(named, list):
                    return named
                break
        led = _after_lead(text, tokens.skip_space(j + 1), stop) if tokens.text[j] == "," else None
        return led or [Addressee(None)]  # "yêu cầu, thời gian tới huyện X cần ...": that district
    led = _after_lead(text, j, stop)
    if led is not None:
        return led
    if verb.needs_addressee:
        # "chỉ đạo khẩn trương hoàn thành ...": a word of urgency says it is an order, to no one named
        return [Addressee(None)] if _modal_at(tokens, j) else []
    if counterpart is not None:
        return [counterpart]
    # "Chủ tịch UBND tỉnh yêu cầu bổ sung dự án ...": an order to nobody named, given by
    # the official who is the verb's subject ("yêu cầu" after any other word is mostly a
    # noun: "là yêu cầu khách quan"); a proposal without an addressee is only an opinion
    return [Addressee(None)] if not verb.proposal and (subjects_before(tokens, refs, verb_at)
                                                       or _next_predicate(tokens, verb_at)
                                                       or _pronoun_subject(tokens, verb_at)) else []


def _pronoun_subject(tokens: Tokens, verb_at: int) -> bool:
    """Whether the clause of the verb at `verb_at` opens with a bare honorific as its subject,
    the official the sentence refers back to ("Đối với các hộ ..., ông yêu cầu ...", "Đồng chí
    cũng yêu cầu ...")."""
    start = start_of_verb_phrase(tokens, verb_at)
    for k in range(max(0, start - 3), start):
        found = tokens.lexicon.persons.honorifics.match(tokens.folded, k)
        if found is not None and found[1] == "honorific" and tokens.skip_space(found[0]) == start:
            return opens_clause(tokens, tokens.doc[k].sent, k)
    return False


def _next_predicate(tokens: Tokens, verb_at: int) -> bool:
    """Whether the verb at `verb_at` opens its subject's next predicate ("X chỉ rõ ...; yêu cầu
    ...", "..., đồng thời yêu cầu ...")."""
    before = tokens.word_before(verb_at)
    if before is None or tokens.text[before] == _PREDICATE_JOIN:
        return before is not None
    first = tokens.word_before(before)
    return first is not None and f"{tokens.folded[first]} {tokens.folded[before]}" == _GOES_ON


def _modal_subject(text: _Text, end: int, stop: int) -> tuple[list[Addressee], int]:
    """(bodies, where they end) of a request a speech verb reports ("nhấn mạnh, từ nay đến
    cuối năm, tỉnh phải ...", "nhấn mạnh các sở, ngành cần ..."): the bodies after it, past a
    comma and a phrase of time (request_leads.tsv), when a modal word follows them; none else."""
    tokens = text.tokens
    j = tokens.skip_space(end)
    if j < stop and tokens.text[j] in (",", ":"):
        j = tokens.skip_space(j + 1)
    if tokens.lexicon.meetings.request_leads.match(tokens.folded, j) is not None:
        comma = next((k for k in range(j + 1, min(stop, j + LEAD_TOKENS)) if tokens.text[k] == ","), None)
        if comma is not None:
            j = tokens.skip_space(comma + 1)
    named, list_end = _addressee_list(text, j, stop, subject=True)
    if not isinstance(named, list):
        return [], j
    return (named, list_end) if _modal_at(tokens, _verb_after(tokens, list_end, stop)) else ([], j)


def _modal_at(tokens: Tokens, j: int) -> bool:
    """Whether a word of obligation stands at token j (request_modals.tsv, reach modal: "cần",
    "phải", "khẩn trương")."""
    found = tokens.lexicon.meetings.request_modals.match(tokens.folded, j)
    return found is not None and found[1] == "modal"


def _after_lead(text: _Text, j: int, stop: int) -> list[Addressee] | None:
    """The bodies named after a phrase of time, manner or purpose that opens with a word of
    request_leads.tsv at token j and ends with a comma, as the subject of what they are to
    do ("yêu cầu | trước ngày 10/5, | Sở Tài chính hoàn thành ...", not "mong muốn trong thời
    gian tới, | tỉnh có thể thu hút ..."); None when no such phrase stands there."""
    tokens = text.tokens
    if tokens.lexicon.meetings.request_leads.match(tokens.folded, j) is None:
        return None
    depth = 0  # inside brackets the phrase only notes where or what ("(đoạn từ cầu A đến cầu B)")
    for k in range(j + 1, min(stop, j + LEAD_PHRASE_TOKENS)):
        depth += {"(": 1, ")": -1}.get(tokens.text[k], 0)
        if depth <= 0 and k in text.person_starts:
            return None
        if depth <= 0 and (k in text.org_at or names_unit(tokens, k)):
            # a phrase closed by no comma, a body asked right after it: "yêu cầu, thời gian tới
            # huyện X cần ..."; else the phrase names whom it asks ("đề nghị với Bộ Công Thương ...")
            subject = _continued_subject(text, k, stop, modal_only=True)
            return subject[1] if subject is not None else None
        if depth <= 0 and tokens.text[k] == ",":
            after = tokens.skip_space(k + 1)
            subject = _continued_subject(text, after, stop)
            if subject is not None:
                return subject[1]
            # "yêu cầu đến ngày 30/9, tỷ lệ giải ngân phải đạt ...": what must be done, by no one named
            window = range(after, min(stop, after + UNNAMED_SUBJECT_TOKENS))
            clause = next((m for m in window if tokens.text[m] in (",", ";")), window.stop)
            return [Addressee(None)] if any(_modal_at(tokens, m) for m in range(after, clause)) else None
    return None


def _listed_requests(text: _Text, end: int, stop: int) -> list[tuple[int, int, list[Addressee]]]:
    """The requests a verb followed by a colon lists after its first, one per clause that a
    semicolon opens with a body it names: "đề nghị: các xã tiếp tục ...; phòng NN&PTNT tham
    mưu ..." asks the Phòng too. (start, end, bodies) of each."""
    tokens = text.tokens
    if tokens.skip_space(end) >= stop or tokens.text[tokens.skip_space(end)] != ":":
        return []
    ends = [k for k in range(end, stop) if tokens.text[k] == ";"] + [stop]
    found = []
    for start, item_end in zip(ends, ends[1:]):
        named = addressees(text, start + 1, item_end)
        bodies = [a for a in named if a.name is not None] if isinstance(named, list) else []
        if bodies:
            found.append((tokens.skip_space(start + 1), item_end, bodies))
    return found


def _opens_request(tokens: Tokens, sent: Span, i: int) -> bool:
    """Whether the request verb at token i starts a request of its own, after which the one
    before it ends: it opens a clause, or follows "và" / "đồng thời" ("..., đồng thời đề nghị")."""
    start = start_of_verb_phrase(tokens, i, sent.start)
    return opens_clause(tokens, sent, start) or tokens.folded[start - 1] == "và" \
        or _GOES_ON in _words(tokens, max(sent.start, start - 3), i)


def _doublet(tokens: Tokens, i: int, verb: RequestVerb, refs: list[Span]) -> bool:
    """Whether a verb that needs its official right before it, and has none, only follows a
    comma inside the request before it ("tập trung lãnh đạo, chỉ đạo thực hiện ..."): it
    opens no request of its own (after a semicolon it goes on with the official: "...;
    chỉ đạo UBND huyện X ...")."""
    before = tokens.word_before(i)
    return verb.subject == "direct" and before is not None and tokens.text[before] == "," \
        and not subjects_before(tokens, refs, i)


def _clause_starts(tokens: Tokens, sent: Span) -> list[int]:
    """Where a sentence's subject may stand: its start, and after the opening phrase that a
    comma closes ("Trong đó, Sở GTVT ...", "Đối với công tác cán bộ, huyện ...")."""
    starts = [tokens.skip_space(sent.start)]
    for k in range(sent.start, sent.end):
        if tokens.text[k] in _CLAUSE_ENDS:
            break
        if tokens.text[k] == ",":
            starts.append(tokens.skip_space(k + 1))
            break
    return starts


def _body_speaks(text: _Text, sent: Span) -> bool:
    """Whether a clause of the sentence has a body as the subject of a verb of speaking or
    asking, also one named by a word that is no organization span ("Đối với Luật X, | tỉnh
    đề xuất ...")."""
    tokens, meetings = text.tokens, text.tokens.lexicon.meetings
    for start in range(sent.start, sent.end):
        if start > sent.start and tokens.text[start - 1] != ",":
            continue
        j = tokens.skip_space(start)
        place = parse_place(tokens, j)
        if place is not None and place[1].name is None and place[1].rank == "province":
            end = place[0]  # "tỉnh đề xuất ...": the province, which no request names as a body
        elif (item := _addressee_at(text, j, False)) is not None and isinstance(item[1], list) \
                and any(a.name for a in item[1]):
            end = item[0]
        else:
            continue
        verb_at = _verb_after(tokens, end, sent.end)
        if meetings.role_cues.match(tokens.folded, verb_at) or meetings.request_verbs.match(tokens.folded, verb_at):
            return True
    return False


def _continued_requests(text: _Text, sent: Span, after: int | None, listed_to: int | None = None,
                        listed_item: int | None = None) -> list[tuple[int, int, list[Addressee]]]:
    """The requests without a verb of a sentence, (start, end, bodies) each: its clauses
    (at its start, after a comma or a semicolon) whose subject names bodies followed by a
    word of request_modals.tsv ("Sở X cần ...", "Phòng X thẩm định ..."); each runs to the
    next one. With `after` (a request verb of the sentence), only the clauses a semicolon
    opens after it, or a comma past its addressees (`listed_to`) when a modal word follows
    their bodies ("đề nghị chủ đầu tư đẩy nhanh tiến độ, Trung tâm X khẩn trương ..."; not
    "đề nghị Ban X, Sở Y phải ...", one list of addressees). An item of a list the request
    opened (`listed_item`: where its words start, past its mark) is a request whatever its
    verb: "- Sở Y tế bám sát ...", "- Các ngành bám vào ..." (bodies in general: to no one named)."""
    tokens = text.tokens
    if listed_item is not None:
        item = _continued_subject(text, listed_item, sent.end, listed=True)
        return [(listed_item, sent.end, item[1])] if item is not None else []
    if after is None:
        starts = [(_past_opening_quote(tokens, tokens.skip_space(sent.start)), False)] + [
            (tokens.skip_space(k + 1), False) for k in range(sent.start, sent.end) if tokens.text[k] in (",", ";")]
    else:
        starts = [(tokens.skip_space(k + 1), tokens.text[k] == ",") for k in range(after, sent.end)
                  if tokens.text[k] == ";" or tokens.text[k] == "," and listed_to is not None and k >= listed_to]
    found: list[tuple[int, list[Addressee]]] = []
    subject_end = sent.start
    for start, modal_only in starts:
        item = _continued_subject(text, start, sent.end, modal_only) if subject_end <= start < sent.end else None
        if item is not None:
            subject_end = item[0]
            found.append((start, item[1]))
    ends = [start - 1 for start, _ in found[1:]] + [sent.end]
    return [(start, end, bodies) for (start, bodies), end in zip(found, ends)]


def _continued_subject(text: _Text, start: int, end: int, modal_only: bool = False,
                       listed: bool = False) -> tuple[int, list[Addressee]] | None:
    """(end, bodies) of the subject of a request without a verb at token `start`: bodies
    named by name (after a frame word: "Đối với phòng X nắm bắt ..."), then a modal word
    (after adverbs) or a verb of a department's task (right after a body's full name, or a
    colon: "UBND xã A, UBND xã B: khẩn trương ..."; not "xã" in "chỉ đạo UBND các phường,
    xã rà soát") of request_modals.tsv; in an item of a listed request (`listed`), any verb."""
    tokens = text.tokens
    frame = tokens.lexicon.meetings.frames.match(tokens.folded, start)
    if frame is not None:
        start = tokens.skip_space(frame[0])
    first = _named_bodies_at(text, start)
    if first is None:
        return _generic_subject(text, start, end, listed)
    subject_end, bodies = first
    item_starts = [start]
    after = tokens.skip_space(subject_end)
    while after < end and tokens.folded[after] in (",", "và"):  # "UBND xã A, UBND xã B: ..."
        item = tokens.skip_space(after + 1)
        more = _named_bodies_at(text, item)
        if more is None:
            break
        item_starts.append(item)
        subject_end, after = more[0], tokens.skip_space(more[0])
        bodies = bodies + more[1]
    if after < end and tokens.folded[after] == _WITH:
        # bodies in general with the ones named ("thị xã X cùng các sở, ngành tỉnh cần ..."): those named
        more, more_end = _addressee_list(text, tokens.skip_space(after + 1), end)
        if isinstance(more, list):
            subject_end, after = more_end, tokens.skip_space(more_end)
            bodies = bodies + [a for a in more if a.name is not None]
    colon = after < end and tokens.text[after] == ":"
    if colon:
        subject_end = after + 1
    verb_at = _verb_after(tokens, subject_end, end)
    if listed and (_predicate_at(tokens, verb_at, end) or colon and verb_at < end and tokens.is_word(verb_at)):
        return subject_end, bodies  # "- Sở X tham mưu ...", "2. Hạt Kiểm lâm: Chủ trì, phối hợp ..."
    found = tokens.lexicon.meetings.request_modals.match(tokens.folded, verb_at)
    if found is None or modal_only and found[1] != "modal":
        return None
    addressed = text.org_at.get(tokens.skip_space(found[0]))
    if found[1] == "task" and addressed is not None \
            and tokens.lexicon.organizations.is_national(addressed.head, addressed.canonical):
        return None  # "tỉnh X đề xuất Chính phủ ...": the body's own proposal to the nation's, no task given it
    def by_name(k: int) -> bool:
        return k in text.org_at or names_unit(tokens, k)

    if found[1] == "task" and (verb_at != tokens.skip_space(subject_end) or not by_name(start)
                               or not colon and not all(by_name(k) for k in item_starts)):
        return None  # bodies do a task when each is named by its name ("Sở A, Sở B phối hợp ...", "phường X
    # tập trung ...") or listed before a colon ("UBND xã A, UBND xã B: lập ..."); a bare level word, none
    # ("chỉ đạo UBND các phường, xã rà soát")
    return subject_end, bodies


def _generic_subject(text: _Text, start: int, end: int, listed: bool = False) -> tuple[int, list[Addressee]] | None:
    """(end, [no body]) of a subject naming bodies of a kind in the plural before a modal word
    ("Các địa phương cần khẩn trương ..."): a request to no one named. In the singular the
    word means the one body the meeting is with ("Địa phương phải ...", "Ngành cần ..."),
    which the reports leave unnamed. The plural may follow the bodies' head ("UBND các phường
    được giao ...")."""
    tokens = text.tokens
    head = tokens.lexicon.organizations.heads.match(tokens.folded, start) if start < tokens.n else None
    plural_at = tokens.skip_space(head[0]) if head is not None else start
    if plural_at >= tokens.n or tokens.folded[plural_at] not in PLURAL:
        return None
    named, list_end = _addressee_list(text, start, end)
    if not isinstance(named, list) or not named or any(a.name is not None for a in named):
        return None
    verb_at = _verb_after(tokens, list_end, end)
    return (list_end, [Addressee(None)]) if _modal_at(tokens, verb_at) or listed and _predicate_at(tokens, verb_at, end) \
        else None


def _predicate_at(tokens: Tokens, j: int, end: int) -> bool:
    """Whether a predicate starts at token j: a word in lower case ("bám vào ..."), not a name."""
    return j < end and tokens.text[j][:1].islower()


def _past_opening_quote(tokens: Tokens, j: int) -> int:
    """Past the quotation mark a quoted sentence opens with ("“Sở Xây dựng chủ trì ...”, ông X nói")."""
    return tokens.skip_space(j + 1) if j < tokens.n and tokens.text[j] in QUOTES else j


def _list_item_at(tokens: Tokens, sent: Span) -> int | None:
    """Where the words of a sentence that is an item of a list start, past its mark ("- Sở Y tế
    tăng cường ...", "+", "•", "a)", "1."), or None."""
    j = tokens.skip_space(sent.start)
    if j < sent.end and tokens.text[j] in _ITEM_MARKS:
        words = tokens.skip_space(j + 1)
    elif j + 1 < sent.end and is_item_number(tokens.text[j]) and tokens.text[j + 1] == ".":
        words = tokens.skip_space(j + 2)
    else:
        mark = tokens.skip_space(j + 1)
        if not (j < sent.end and len(tokens.text[j]) <= 2 and tokens.text[j].isalnum()
                and mark < sent.end and tokens.text[mark] == ")"):
            return None
        words = tokens.skip_space(mark + 1)
    return words if words < sent.end else None


def _opens_list(sent: Span) -> bool:
    """Whether a sentence ends in a colon that opens a list ("... yêu cầu các đơn vị như sau:")."""
    return sent.text.rstrip().endswith(":")


def _names_its_subject(tokens: Tokens, start: int, end: int) -> bool:
    """Whether an item of a list opens by naming whom it is for, before a colon ("2. Hạt Kiểm lâm
    huyện: Chủ trì ..."), even one that is no body of the lexicon's."""
    return next((tokens.text[k] for k in range(start, end) if tokens.text[k] in (":", ",")), None) == ":"


def _heading(text: _Text, start: int, end: int) -> Addressee | None:
    """The one body an item of a list names and nothing else ("1. UBND xã Hương Phú"), or None."""
    named = _named_bodies_at(text, start)
    if named is None or len(named[1]) != 1 or any(text.tokens.is_word(k) for k in range(named[0], end)):
        return None
    return named[1][0]


def _named_bodies_at(text: _Text, j: int) -> tuple[int, list[Addressee]] | None:
    """(end, bodies) of an item of an addressee list at token j that names bodies by name."""
    item = _addressee_at(text, j, False)
    if item is None or not isinstance(item[1], list) or any(a.name is None for a in item[1]):
        return None
    return item[0], item[1]


def _repeats(asked: str, earlier: str) -> bool:
    """Whether a request says again what an earlier one asked: part of it ("đề nghị: Thời gian
    tới, Sở Y tế cần ...", read once as asked, once as going on), or the lead's request told
    again in the body, in nearly the same words: nearly all the words of the shorter of the
    two are in the other, and most of the longer's are in the shorter (a short request is not
    said again by a long one holding its words among many more)."""
    if asked in earlier:
        return True
    words, earlier_words = folded_words(asked), folded_words(earlier)
    shorter, longer = sorted((words, earlier_words), key=len)
    shared = len(words & earlier_words)
    return bool(shorter) and shared >= REPEATED_REQUEST_SHARE * len(shorter) and shared >= RETOLD_SHARE * len(longer)


def _verb_after(tokens: Tokens, i: int, end: int) -> int:
    """Where the verb of a subject ending at token i starts, past the words of
    verb_adverbs.tsv ("Sở X | cũng | cần ...")."""
    verb_at = tokens.skip_space(i)
    adverbs = tokens.lexicon.meetings.verb_adverbs
    while verb_at < end and (found := adverbs.match(tokens.folded, verb_at)) is not None and not found[1]:
        verb_at = tokens.skip_space(found[0])
    return verb_at


def _request_text(tokens: Tokens, start: int, stop: int, clause_from: int | None = None) -> str:
    """What was asked: from `start` to the end of its clause (a semicolon, the sentence's
    end) or to where the next request starts, whole; the clause is looked for from
    `clause_from` when the list of addressees runs across a semicolon."""
    j = tokens.skip_space(start)
    while j < stop and tokens.text[j] == ":":
        j = tokens.skip_space(j + 1)
    end = max(j, clause_from or j)
    while end < stop and tokens.text[end] not in _CLAUSE_ENDS and "\n" not in tokens.text[end]:
        end += 1
    words = tokens.span_text(j, end).strip(" :,.")
    for link in (_GOES_ON, "và"):
        if fold(words).endswith(" " + link):
            words = words[: -len(link)].rstrip(" ,")
    return words


def _is_noun_or_passive(tokens: Tokens, i: int, end: int, mention_ends: frozenset[int]) -> bool:
    """ "theo kịp với yêu cầu của tỉnh" (a noun), "những cơ hội, yêu cầu, nhiệm vụ" (a list
    of nouns, not "Bà X - Phó Bí thư Tỉnh ủy, lưu ý, ...": a person mention, ending at one
    of `mention_ends`, stands before the comma), "họp giao ban" (a noun with the lower-case
    word after it), "nhiệm vụ được giao" (passive): no directive."""
    markers = tokens.lexicon.meetings.noun_markers
    before = {tokens.folded[i - 1], " ".join(tokens.folded[max(0, i - 2):i])} if i else set()
    after = tokens.folded[end] if end < tokens.n else ""
    listed = bool(i) and tokens.folded[i - 1] == "," and after in _LIST and i - 1 not in mention_ends
    compound = bool(after) and tokens.text[end].islower() and f"{_words(tokens, i, end)} {after}" in markers["compound"]
    return listed or compound or bool(before & (markers["before"] | {"được"})) or after in markers["after"]


def _official(text: _Text, sent: Span, i: int, refs: list[Span], officials: frozenset[str],
              earlier_bodies: list[Span], unheld_titles: list[Span], subject_rule: str,
              speaker: _Speaker, signer: tuple[str, set[str]] | None) -> str | None:
    """Who makes the request whose verb is at token i of the clause `sent` (`refs`: the
    person mentions of the sentence; `officials`: the people holding a post; `signer`: the
    official who signed the article's document, see `_signer`)."""
    tokens = text.tokens
    direct = subjects_before(tokens, refs, i)
    if direct:
        return direct[-1]._.person
    subject_end = start_of_verb_phrase(tokens, i, sent.start)
    if any(_ends_at(tokens, title, subject_end) and not _owns_a_document(tokens, title) for title in unheld_titles):
        return None  # "Phó Thủ tướng giao Bộ X": someone else's request
    earlier = [r for r in refs if r.end <= i and r._.person in officials]
    honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, subject_end)
    if honorific is not None and opens_clause(tokens, sent, honorific) \
            and tokens.lexicon.persons.honorifics.match(tokens.folded, honorific)[1] != "role":
        # "Ông giao ...", "...; đồng chí cũng đề nghị ...": the official the sentence refers back
        # to, also past a sentence in which a body spoke ("Tỉnh sẽ chỉ đạo ... Đồng chí đề nghị ...")
        return _clause_subject(tokens, sent, earlier) or speaker.author or speaker.name or speaker.person
    if speaker.author and (tokens.text[subject_end - 1] == ";" or (
            _GOES_ON in _words(tokens, subject_end, i) and opens_clause(tokens, sent, subject_end))):
        return speaker.author
    join = tokens.word_before(subject_end)
    joined = join is not None and ((tokens.text[join] == _PREDICATE_JOIN and subject_end == i) or (
        tokens.text[join] == "," and _GOES_ON in _words(tokens, subject_end, i)))
    if subject_rule == "direct" and not (earlier and joined):
        return None  # but "X đồng ý ...; chỉ đạo ...", "X đồng ý ..., đồng thời chỉ đạo ...": X's next predicate
    epithet = _epithet(tokens, sent, subject_end, i)
    if epithet == "speaker":
        return speaker.author or speaker.name  # "Người đứng đầu chính quyền tỉnh cũng yêu cầu ..."
    if epithet == "signer":
        return signer[0] if signer is not None else None  # "Công văn cũng yêu cầu ...": who signed it
    if earlier and not (earlier_bodies and earlier_bodies[-1].start > earlier[-1].start
                        and _is_subject(tokens, earlier_bodies[-1], i)):
        return _clause_subject(tokens, sent, earlier) or earlier[-1]._.person
    subject = next((body for body in reversed(earlier_bodies) if body._.org is not None), None)
    if signer is not None and subject is not None and _is_subject(tokens, subject, i) \
            and fold(subject._.org.canonical) in signer[1]:
        return signer[0]  # "UBND tỉnh yêu cầu ..." reporting the document its official signed
    if earlier or earlier_bodies or _other_subject(text, sent, subject_end):
        return None
    # no subject in this clause: the official speaking before, else the one whose document the
    # article reports while its requests go on ("Giao Sở X chủ trì ..." after a notice of A's conclusions)
    return speaker.name or (signer[0] if signer is not None and speaker.continued == signer[0] else None)


def _owns_a_document(tokens: Tokens, title: Span) -> bool:
    """Whether the title names whose the document before it is ("ký Công điện số 8/CĐ-UBND của
    Chủ tịch UBND tỉnh yêu cầu ..."): no subject of the verb after it."""
    before = tokens.word_before(title.start)
    return before is not None and tokens.folded[before] == OWNER


def _signer(tokens: Tokens, refs: list[Span], serves: dict[str, set[str]]) -> tuple[str, set[str]] | None:
    """The official the article says signed a document ("Phó Chủ tịch UBND tỉnh A đã ký công
    văn ..."), with the bodies they hold a post in, whose requests the document's body makes
    in their name; None when no official signs."""
    for ref in refs:
        verb_at = start = tokens.skip_space(ref.end)
        while verb_at < min(tokens.n, start + SIGNER_ADVERB_TOKENS) and tokens.folded[verb_at] != SIGNS:
            verb_at += 1  # "đã", "vừa", "đã thay mặt UBND tỉnh"
        if serves.get(ref._.person) and verb_at < tokens.n and tokens.folded[verb_at] == SIGNS \
                and not any(tokens.text[k] in _SENTENCE_ENDS or tokens.text[k] == "," for k in range(start, verb_at)):
            return ref._.person, serves[ref._.person]
    return None


def _notice_authors(tokens: Tokens, refs: list[Span], serves: dict[str, set[str]]) -> list[tuple[int, str, set[str]]]:
    """The officials the notices the article reports convey the instructions of, right after the
    words of notice_leads.tsv ("thông báo kết luận của Phó Chủ tịch UBND tỉnh A"): (where the
    mention starts, the official, the bodies they hold a post in) each, in text order."""
    leads = tokens.lexicon.meetings.notice_leads
    ends = {tokens.skip_space(lead_end) for _, lead_end, _ in leads.finditer(tokens.folded, 0, tokens.n)}
    return [(ref.start, ref._.person, serves[ref._.person]) for ref in refs
            if ref.start in ends and serves.get(ref._.person)]


def _other_subject(text: _Text, sent: Span, subject_end: int) -> bool:
    """Whether the clause's subject, ending at `subject_end`, is a body named by a word that
    is no organization span ("Thành phố tiếp tục yêu cầu ...") or people who hold no post
    ("Bà con cũng mong muốn ...", "Cử tri đề nghị ...")."""
    tokens = text.tokens
    start = subject_end
    while start > sent.start and tokens.text[start - 1] not in CLAUSE_OPENERS:
        start -= 1
    start = tokens.skip_space(start)
    if start >= subject_end:
        return False
    item = _addressee_at(text, start, False)
    return item is not None and item[0] == subject_end


def _epithet(tokens: Tokens, sent: Span, subject_end: int, verb: int) -> str | None:
    """Whom the clause's subject, ending at `subject_end` before the verb at token `verb`,
    names by an epithet (speaker_epithets.tsv): "speaker", the official quoted, or "signer",
    the one who signed the document reported; None for a subject that is no epithet. A
    document word may also be read among the words before a verb ("ký công văn chỉ đạo"):
    then only adverbs stand between it and the verb ("Công văn cũng yêu cầu ...")."""
    start = subject_end
    while start > sent.start and tokens.text[start - 1] not in CLAUSE_OPENERS:
        start -= 1
    found = tokens.lexicon.meetings.speaker_epithets.match(tokens.folded, tokens.skip_space(start))
    if found is None or found[0] > verb or found[0] > subject_end and start_of_verb_phrase(
            tokens, verb, found[0]) != found[0]:
        return None
    return found[1]


def _clause_subject(tokens: Tokens, sent: Span, refs: list[Span]) -> str | None:
    """The latest of these mentions that opens a clause of the sentence (its subject, not
    a person the clause speaks of: "X khen ngợi học sinh Y")."""
    subjects = [r for r in refs if opens_clause(tokens, sent, r.start)]
    return subjects[-1]._.person if subjects else None


def _last_speaker(tokens: Tokens, sent: Span, refs: list[Span]) -> str | None:
    """Who a following sentence without a subject goes on with: the sentence's last subject,
    or else the last person it names."""
    return _clause_subject(tokens, sent, refs) or (refs[-1]._.person if refs else None)


def _repeats_headline(sent: Span, title: str) -> bool:
    """Whether the sentence is the headline (`title`, folded), where the text prints it:
    first, again under a banner, or as a photo's caption ("<headline> - Ảnh 1"). Only the
    sentence's start is folded (twice the headline's length: spaces fold to one)."""
    return bool(title) and fold(sent.text.lstrip()[:2 * len(title)]).startswith(title)


def _words(tokens: Tokens, start: int, end: int) -> str:
    return " ".join(tokens.folded[start:end])


def _ends_at(tokens: Tokens, title: Span, end: int) -> bool:
    """Whether the title, with the body it names written after it ("Phó Thủ tướng |
    Chính phủ"), ends at token `end`."""
    if title.end == end:
        return True
    written = parse_org(tokens, tokens.skip_space(title.end), org_context(title.doc, tokens))
    return written is not None and written.end == end


def _is_subject(tokens: Tokens, body: Span, i: int) -> bool:
    """A body right before the verb is its subject ("huyện Hải Hậu đề nghị")."""
    return start_of_verb_phrase(tokens, i, body.end) == body.end


def _record_directors(facts: ArticleFacts, meeting: _Meeting) -> None:
    """Who directed the article's meeting by their requests: the role "directed", and no
    longer "spoke" (FORMAT.md: spoke is without directing)."""
    if not facts.events or not meeting.directed:
        return
    event = facts.events[0]
    event.participations = [p for p in event.participations
                            if not (p.role == "spoke" and p.person in meeting.directed)]
    held = {(p.person, p.role) for p in event.participations}
    for person, directive in meeting.directed.items():
        if (person, "directed") not in held:
            event.participations.append(Participation(person, "directed", directive.evidence))
