"""Directives: requests an official addresses to a body (`đề nghị Sở TTTT cần ...`).

The official is the person mention before the verb (by name or by title, through
coreference), or the speaker of the previous sentence when the clause has no
subject ("Do đó, đề nghị ...") or only an honorific ("Ông giao ..."). A request
after a semicolon or "đồng thời" goes on with the official of the request before
it ("giao Sở X ...; chỉ đạo UBND huyện Y ..., đồng thời đề nghị Sở Z ..."). A clause
whose subject is an organization or a place is a proposal by that body, and one
whose subject is a title nobody in the article holds ("Phó Thủ tướng giao Bộ X")
is someone else's request: neither is a directive. When the article reports a
meeting, people who only spoke in its discussion make proposals, not directives.

The addressee is the organization or firm right after the verb (several when
coordinated; a firm by its group, as in partnerships: "đề nghị BIDV"), a field
department (`ngành TT&TT`, or `ngành` alone for the article's field), a district
(`huyện X`, `các huyện X, Y` → their People's Committees); when the request starts with
a verb ("yêu cầu tập trung ..."), the body the sentence opens by naming ("Đối với Sở Y
tế, đồng chí đề nghị ...", directive_frames.tsv) or else the meeting's counterpart; or
none ("các ngành, địa phương").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Directive
from ..grammar import (
    PLURAL, OrgMatch, PlaceRef, Tokens, names_many_units, parse_org, parse_place, parse_unit_bodies,
)
from ..text import fold
from .events import opens_clause, start_of_verb_phrase, subjects_before
from .firms import parse_firm
from .organizations import name_body, org_context
from .persons import preceded_by
from .stage import SpanIndex, Stage, evidence_for

ADDRESSEE_WINDOW = 8  # tokens after the verb in which the addressee is named
MAX_TEXT_TOKENS = 40
_SKIP = {":", "các", "từng", "đối", "với", "cho"}
_GOES_ON = "đồng thời"  # "..., đồng thời đề nghị": the same official's next request


@dataclass
class _Speaker:
    name: str | None = None  # the person who spoke last (for subject-less clauses)
    author: str | None = None  # the official of the latest request in this sentence


def _field_department(tokens: Tokens, i: int, doc: Doc) -> OrgMatch | None:
    """`ngành TT&TT` → the department of that field; `ngành` alone → the field
    named last with `ngành` in the article."""
    if tokens.folded[i] != "ngành":
        return None
    ctx = org_context(doc, tokens)
    fields = tokens.lexicon.organizations.fields
    field_match = fields.match(tokens.folded, tokens.skip_space(i + 1))
    if field_match is None:
        for j in range(i - 1, -1, -1):
            if tokens.folded[j] == "ngành":
                field_match = fields.match(tokens.folded, j + 1)
                if field_match:
                    break
    if field_match is None:
        return None
    sở = tokens.lexicon.organizations.head("Sở")
    department = OrgMatch(i, i, sở.canonical, f"{sở.canonical} {field_match[1]}")
    if ctx.province:
        department.canonical += f" {ctx.province_place()}"
        department.place = PlaceRef(ctx.province.kind, ctx.province.name, "province", ctx.province.name)
    return department


def _unit_committee(tokens: Tokens, at: int, end: int, place: PlaceRef) -> OrgMatch:
    """The People's Committee of a unit a request names by its place ("TP Cẩm Phả")."""
    committee = tokens.lexicon.organizations.head("Ủy ban nhân dân")
    return OrgMatch(at, end, committee.canonical, f"{committee.canonical} {place.render()}", place)


def addressees(doc: Doc, tokens: Tokens, start: int, end: int, counterpart: str | None) -> list[str | None]:
    """The bodies a request at tokens[start:end] is addressed to; [None] for an explicit
    generic addressee ("các ngành, địa phương"), [] when it names none."""
    ctx = org_context(doc, tokens)
    j = tokens.skip_space(start)
    if j < end and tokens.folded[j] in PLURAL and not parse_org(tokens, j + 1, ctx):
        return [None]
    head = tokens.lexicon.organizations.heads.match(tokens.folded, j)
    if head and names_many_units(tokens, tokens.skip_space(head[0])):
        # "UBND các huyện Thanh Bình, Tam Nông"; "UBND các huyện, thị xã" names none
        return [name_body(doc, unit) for unit in parse_unit_bodies(tokens, j)] or [None]
    found: list[str] = []
    # The first addressee comes within a few words; a list of them may run on.
    while j < end and (found or j < start + ADDRESSEE_WINDOW):
        org = parse_org(tokens, j, ctx) or parse_org(tokens, j, ctx, lowercase=True)
        place = parse_place(tokens, j) if org is None else None
        firm = parse_firm(tokens, j) if org is None else None
        if org is None and place and place[1].name and place[1].rank != "province":
            org = _unit_committee(tokens, j, place[0], place[1])  # "TP Cẩm Phả"
        body, body_end = (name_body(doc, org), org.end) if org is not None else (None, j)
        if org is None and firm is not None:
            body, body_end = firm.group, firm.end
        if body is not None:
            found.append(body)
            j = tokens.skip_space(body_end)
            if j < end and tokens.folded[j] in (",", "và"):
                j = tokens.skip_space(j + 1)
                continue
            break
        department = _field_department(tokens, j, doc)
        if department:
            return [name_body(doc, department)]
        if found or (tokens.folded[j] not in _SKIP and not found and j == tokens.skip_space(start)
                     and not tokens.is_cap(j)):
            break
        j += 1
    if found:
        return found
    # The request starts with what is to be done: it is addressed to the body the
    # meeting was held with, if any; otherwise nobody is named and it is no directive.
    return [counterpart] if counterpart else []


def _framed_body(doc: Doc, tokens: Tokens, sent: Span) -> tuple[str, Span] | None:
    """The body a sentence opens by naming ("Đối với Sở Y tế, ..."), and the clause after
    it (where the official and the requests are), or None."""
    frame = tokens.lexicon.meetings.frames.match(tokens.folded, tokens.skip_space(sent.start))
    if frame is None:
        return None
    org = parse_org(tokens, tokens.skip_space(frame[0]), org_context(doc, tokens))
    comma = tokens.skip_space(org.end) if org is not None else sent.end
    if comma >= sent.end or tokens.text[comma] != ",":
        return None
    return name_body(doc, org), doc[comma + 1:sent.end]


def _request_text(tokens: Tokens, start: int, sentence: Span) -> str:
    end = start
    while end < sentence.end and end - start < MAX_TEXT_TOKENS and tokens.text[end] not in (";", ".", "\n"):
        end += 1
    return tokens.span_text(start, end).strip(" :,")


def _counterpart(doc: Doc, tokens: Tokens) -> str | None:
    """The body a working session is held with ("làm việc với huyện Hải Hậu")."""
    ctx = org_context(doc, tokens)
    for i in range(tokens.n - 2):
        if tokens.folded[i] == "việc" and tokens.folded[i + 1] == "với" and tokens.folded[i - 1] == "làm":
            org = parse_org(tokens, i + 2, ctx)
            place = parse_place(tokens, i + 2) if org is None else None
            if org is None and place and place[1].name and place[1].rank != "province":
                org = _unit_committee(tokens, i + 2, place[0], place[1])
            return name_body(doc, org) if org is not None else None
    return None


@Language.factory("vi_directives", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class Directives(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        find_directives(doc, tokens)


def find_directives(doc: Doc, tokens: Tokens) -> None:
    facts = doc._.facts
    verbs = tokens.lexicon.meetings.request_verbs
    roles: dict[str, set[str]] = {}
    for event in facts.events:
        for p in event.participations:
            roles.setdefault(p.person, set()).add(p.role)
    discussants = {person for person, held in roles.items() if held == {"spoke"}}
    refs = SpanIndex(doc.spans["person_ref"])
    inside_refs = {t for r in refs.spans for t in range(r.start, r.end)}
    # Titles no one in the article holds ("Phó Thủ tướng giao Bộ X"): coreference found no
    # holder of a title with its body, and no one holds a bare title's role.
    held_roles = {fold(position.role) for person in facts.persons for position in person.positions}
    unheld_titles = SpanIndex(t for t in doc.spans["title"] if t.start not in inside_refs
                              and (t._.title.org is not None or fold(t._.title.role) not in held_roles))
    bodies = SpanIndex(s for s in (*doc.spans["org"], *doc.spans["place"]) if s.start not in inside_refs)
    counterpart = _counterpart(doc, tokens)
    speaker = _Speaker()
    seen: set[tuple[str, str | None]] = set()
    for sent in doc.sents:
        in_sentence = refs.starting_in(sent.start, sent.end)
        speaker.author = None
        framed, clause = _framed_body(doc, tokens, sent) or (None, sent)
        for i, end, verb in verbs.finditer(tokens.folded, sent.start, sent.end):
            if _is_noun_or_passive(tokens, i, end):
                continue
            by = _official(tokens, in_sentence, bodies.starting_in(clause.start, i),
                           unheld_titles.starting_in(clause.start, i), clause, i, verb.subject, speaker)
            speaker.author = by or speaker.author
            if by is None or by in discussants:
                continue
            targets = addressees(doc, tokens, end, sent.end,
                                 framed or (None if verb.needs_addressee else counterpart))
            for to in [t for t in targets if t] if verb.needs_addressee else targets:
                if (by, to) not in seen:
                    seen.add((by, to))
                    facts.directives.append(Directive(
                        by, to, _request_text(tokens, end, sent), evidence_for(doc[i:end])))
        speaker.name = in_sentence[-1]._.person if in_sentence else speaker.author


def _is_noun_or_passive(tokens: Tokens, i: int, end: int) -> bool:
    """ "theo kịp với yêu cầu của tỉnh" (a noun), "nhiệm vụ được giao" (passive): no directive."""
    markers = tokens.lexicon.meetings.noun_markers
    before = {tokens.folded[i - 1], " ".join(tokens.folded[max(0, i - 2):i])} if i else set()
    return bool(before & (markers["before"] | {"được"})) or (
        end < tokens.n and tokens.folded[end] in markers["after"])


def _official(tokens: Tokens, refs: list[Span], earlier_bodies: list[Span], unheld_titles: list[Span], sent: Span,
              i: int, subject_rule: str, speaker: _Speaker) -> str | None:
    direct = subjects_before(tokens, refs, i)
    if direct:
        return direct[-1]._.person
    subject_end = start_of_verb_phrase(tokens, i, sent.start)
    if any(_ends_at(tokens, title, subject_end) for title in unheld_titles):
        return None
    honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, subject_end)
    if honorific is not None and opens_clause(tokens, sent, honorific):
        return speaker.author or speaker.name  # "Ông giao ...": the official just named
    if speaker.author and (tokens.text[subject_end - 1] == ";" or (
            _GOES_ON in _words(tokens, subject_end, i) and opens_clause(tokens, sent, subject_end))):
        return speaker.author
    if subject_rule == "direct":
        return None
    earlier_refs = [r for r in refs if r.end <= i]
    if earlier_refs and not (earlier_bodies and earlier_bodies[-1].start > earlier_refs[-1].start
                             and _is_subject(tokens, earlier_bodies[-1], i)):
        return earlier_refs[-1]._.person
    if earlier_refs or earlier_bodies:
        return None
    return speaker.name  # no subject in this clause: the previous sentence's speaker


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
    j = i
    while j > body.end and (tokens.is_space(j - 1) or tokens.folded[j - 1] in ("cũng", "đã")):
        j -= 1
    return j == body.end
