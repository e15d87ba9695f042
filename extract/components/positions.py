"""Titles around person names, split into role + organization (W3C ORG memberships).

Titles come before a name (`Phó Chủ tịch UBND tỉnh Lê Văn A`) or after it as an
apposition chain (`đồng chí A, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy`,
`A - Giám đốc Sở Y tế`). Each title becomes a `Position`. A title that stands
without a name (`Phó Chủ tịch UBND tỉnh đề nghị ...`) is kept as a span "title"
for coreference. Every named mention, stretched over its titles and honorific,
becomes a span "person_ref" whose `_.person` is the name: later stages look for
verbs right after it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Person, Position
from ..grammar import PLURAL, OrgContext, OrgMatch, Tokens, implied_org, parse_org
from ..lexicon.organizations import HeadRule
from ..text import fold
from .organizations import add_org_spans, name_body, org_context
from .persons import preceded_by
from .stage import SpanIndex, Stage, evidence_for

_APPOSITION = {",", "-", "–", "—", "("}
_CHAIN = {",", "và"}
LOOKBACK = 30  # tokens a pre-name title chain may span
FALLBACK_SENTENCES = 2  # how far back a title without organization looks for one


@dataclass
class TitleMatch:
    start: int
    end: int
    role: str
    org: OrgMatch | None
    status: str | None
    heads: tuple[str, ...]  # organization heads the title fits, for the fallback


def parse_title(tokens: Tokens, i: int, ctx: OrgContext) -> TitleMatch | None:
    """A title with its organization at token i (`nguyên Phó Chủ tịch UBND tỉnh`)."""
    status = None
    found_status = tokens.lexicon.persons.title_status.match(tokens.folded, i)
    j = i
    if found_status:
        j, status = found_status
    if not tokens.is_cap(j):
        return None
    found = tokens.lexicon.persons.titles.match(tokens.folded, j)
    if found is None:
        return None
    k, row = found
    org: OrgMatch | None = None
    if row.absorbs:
        head = tokens.lexicon.organizations.head(row.absorbs)
        written = parse_org(tokens, k, ctx)  # "Bộ trưởng Bộ Y tế": the head is written again
        org = written if written is not None and written.head == head.canonical \
            else _longer_head(tokens, k, head, ctx) or parse_org(tokens, k, ctx, head=head)
    elif row.org:
        org = implied_org(tokens, row.org, k, ctx)
    else:
        org = parse_org(tokens, k, ctx, after_title=True)
    end = org.end if org is not None and org.end > k else k
    return TitleMatch(i, end, row.role, org, status, row.heads)


def _longer_head(tokens: Tokens, k: int, head: HeadRule, ctx: OrgContext) -> OrgMatch | None:
    """The organization when the absorbed head word opens a longer head: "Trưởng Ban
    Chỉ đạo" is the head of a Ban Chỉ đạo, not of a "Ban" named "Chỉ đạo"."""
    if k == 0 or tokens.folded[k - 1] != fold(head.canonical):
        return None
    found = parse_org(tokens, k - 1, ctx)
    return found if found is not None and found.head != head.canonical else None


@dataclass
class AppositionChain:
    titles: list[TitleMatch]
    end: int  # where the mention ends: after the last title (and its closing parenthesis)


def _chain_after(tokens: Tokens, end: int, ctx: OrgContext, name_starts: set[int]) -> AppositionChain:
    """Titles in apposition after a name ending at `end`; a title followed by another
    name belongs to that name ("A, Phó Chủ tịch UBND tỉnh B chủ trì" is not A's title)."""
    chain = AppositionChain([], end)
    j = tokens.skip_space(end)
    while j < tokens.n and (tokens.text[j] in _APPOSITION or (chain.titles and tokens.folded[j] in _CHAIN)):
        title = parse_title(tokens, tokens.skip_space(j + 1), ctx)
        if title is None or tokens.skip_space(title.end) in name_starts:
            break
        chain.titles.append(title)
        chain.end = title.end
        j = tokens.skip_space(title.end)
        if j < tokens.n and tokens.text[j] == ")":
            chain.end = j + 1
            break
    return chain


def _chain_before(tokens: Tokens, start: int, ctx: OrgContext) -> list[TitleMatch]:
    """Titles written right before a name starting at `start`, nearest last."""
    titles: list[TitleMatch] = []
    end = start
    while True:
        best = None
        for s in range(end - 1, max(-1, end - LOOKBACK), -1):
            if "\n" in tokens.text[s]:
                break
            title = parse_title(tokens, s, ctx)
            if title is not None and title.end == end:
                best = title  # keep going left: the longest title ending here wins
        if best is None or best.org and any(t.org and t.org.canonical == best.org.canonical for t in titles):
            # One post per body: "Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh X" lists two people.
            return titles[::-1]
        titles.append(best)
        if best.start == 0 or tokens.text[best.start - 1] != ",":
            return titles[::-1]
        end = best.start - 1


def _fallback_org(doc: Doc, tokens: Tokens, title: TitleMatch, orgs: SpanIndex) -> OrgMatch | None:
    """A title without organization refers to the nearest earlier one it fits."""
    if not title.heads or _names_unread_body(doc, tokens, title):
        return None
    sentence = doc[title.start].sent
    earliest = sentence.start
    for _ in range(FALLBACK_SENTENCES):
        if earliest == 0:
            break
        earliest = doc[earliest - 1].sent.start
    for span in reversed(orgs.starting_in(earliest, title.start)):
        if span._.org.head in title.heads:
            return span._.org
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
    """Whether a name starting at `start` follows the one ending at `end` in a list ("A, B", "A và B")."""
    between = [tokens.folded[k] for k in range(end, start) if not tokens.is_space(k)]
    return len(between) == 1 and between[0] in (",", "và")


def title_position(doc: Doc, tokens: Tokens, title: TitleMatch, orgs: SpanIndex) -> Position | None:
    organization = title.org if title.org is not None else _fallback_org(doc, tokens, title, orgs)
    if organization is None:
        return None
    return Position(title.role, name_body(doc, organization), title.status, evidence_for(doc[title.start:title.end]))


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
    after = {span.start: _chain_after(tokens, span.end, ctx, name_starts) for span in names}
    taken_after = {t for chain in after.values() for title in chain.titles for t in range(title.start, title.end)}
    shared: tuple[list[TitleMatch], int] = ([], -1)  # plural titles before a list of names, and where it has got to
    for span in names:
        name = span.text
        person = people.setdefault(name, Person(name))
        person.mentions.append(evidence_for(span))
        before = [t for t in _chain_before(tokens, span.start, ctx) if t.start not in taken_after]
        if before and before[0].start > 0 and tokens.folded[before[0].start - 1] in PLURAL:
            shared = (before, span.end)  # "các Phó Chủ tịch UBND tỉnh A, B và C": each holds it
        elif not before and not after[span.start].titles and shared[0] and _listed_after(tokens, shared[1], span.start):
            before, shared = shared[0], (shared[0], span.end)
        for title in before + after[span.start].titles:
            used.update(range(title.start, title.end))
            titles.append(title)
            if title.org is not None:
                title_orgs.append(title.org)
            position = title_position(doc, tokens, title, orgs)
            if position and all((p.role, p.organization) != (position.role, position.organization)
                                for p in person.positions):
                person.positions.append(position)
        start = before[0].start if before else span.start
        honorific = preceded_by(tokens.lexicon.persons.honorifics, tokens, start)
        ref = doc[honorific if honorific is not None else start:after[span.start].end]
        ref._.person = name
        refs.append(ref)
    facts.persons = list(people.values())
    doc.spans["person_ref"] = refs
    doc.spans["title"] = _title_mentions(doc, tokens, ctx, used, title_orgs)
    titles += [span._.title for span in doc.spans["title"]]
    # A title's own words are no organization ("Phó Bí thư Thường trực | Tỉnh ủy"); a name
    # the lexicon knows as a whole ("Thủ tướng Chính phủ", the issuer) still is.
    inner = {t for title in titles for t in range(title.start + 1, title.org.start if title.org else title.end)}
    doc.spans["org"] = [s for s in doc.spans["org"] if s.start not in inner]
    add_org_spans(doc, title_orgs)


def _title_mentions(doc: Doc, tokens: Tokens, ctx: OrgContext, used: set[int],
                    title_orgs: list[OrgMatch]) -> list[Span]:
    """Titles standing without a name: candidates for coreference."""
    spans = []
    i = 0
    while i < tokens.n:
        title = None if i in used else parse_title(tokens, i, ctx)
        if title is None or title.end <= i:
            i += 1
            continue
        span = doc[title.start:title.end]
        span._.title = title
        spans.append(span)
        if title.org is not None:
            title_orgs.append(title.org)
        i = title.end
    return spans
