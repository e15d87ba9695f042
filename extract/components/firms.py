"""Firms and partnerships: `Firm` and `Partnership` facts.

A firm mention is a name of `data/firms.tsv` (`Viettel`, `Tập đoàn Công nghiệp - Viễn
thông Quân đội`), a provincial unit (`Viễn thông Thái Nguyên` is VNPT's, `Viettel Thái
Nguyên` Viettel's), or a legal form of `data/company_forms.tsv` followed by a
capitalized name (`Công ty TNHH Hoàng Long`). Branches count as their group; each group
is one `Firm` per article, with the surface forms seen as aliases. Common nouns
(`doanh nghiệp viễn thông`, `ngân hàng số`) match none of these.

A partnership is an agreement phrase of `data/partnership_words.tsv` with its parties:
`thỏa thuận hợp tác ... giữa A và B`, `A ký kết thỏa thuận ... với B`, or `A và B (tổ
chức lễ) ký kết thỏa thuận ...`. Parties are
organizations (their canonical names, from the spans "org") and firms (their group).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Firm, Partnership
from ..grammar import Tokens, parse_place, parse_province_name
from .stage import Stage, evidence_for

MAX_LABEL_TOKENS = 40
SIGNERS_WINDOW = 6  # tokens from the parties who sign to the agreement ("tổ chức lễ ký kết")
DESCRIPTOR_WORDS = 5  # lower-case syllables of a line of business before the brand
_DASHES = {"-", "–", "—"}
_CLAUSE_ENDS = {";", ".", "!", "?", ":", "./."}


# ---------------------------------------------------------------- firm mentions


@dataclass(frozen=True)
class FirmMention:
    start: int
    end: int
    group: str


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


def _company_name_end(tokens: Tokens, i: int) -> int:
    """End of a company's name after its legal form: the line of business, whose
    syllables may be lower case, then the brand in capitals (`Xây dựng Hoàng Long`,
    `Đầu tư phát triển nhà ở Hưng Thịnh`). It ends with a capitalized word: at the
    first lower-case word after the brand, a boundary word or another firm; a number
    right after the name ends it too (`Sông Đà 5`). A word of compounds.tsv is read
    whole (`Xổ số kiến thiết`)."""
    boundaries = tokens.lexicon.organizations.boundaries
    compounds = tokens.lexicon.organizations.compounds
    end = j = i
    capitals_in_a_row = 0
    while j < tokens.n and tokens.is_word(j):
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
        elif capitals_in_a_row >= 2 or j == i or not _capital_follows(tokens, j):
            break
        else:
            capitals_in_a_row = 0
        following = tokens.skip_space(j + 1)
        if following < tokens.n and tokens.text[following] in {"&", *_DASHES} \
                and tokens.is_cap(tokens.skip_space(following + 1)):
            following = tokens.skip_space(following + 1)
        j = following
    return end


def _capital_follows(tokens: Tokens, i: int) -> bool:
    """A capitalized word within DESCRIPTOR_WORDS after token i, before any boundary
    word (a word of compounds.tsv is read whole), and not opening another firm."""
    boundaries = tokens.lexicon.organizations.boundaries
    compounds = tokens.lexicon.organizations.compounds
    j = i
    for _ in range(DESCRIPTOR_WORDS):
        j = tokens.skip_space(j + 1)
        compound = compounds.match(tokens.folded, j) if j < tokens.n else None
        if compound is not None and not tokens.is_cap(j):
            j = compound[0] - 1
            continue
        if j >= tokens.n or not tokens.is_word(j) or tokens.folded[j] in boundaries:
            return False
        if tokens.is_cap(j):
            return parse_firm(tokens, j) is None
    return False


def parse_firm(tokens: Tokens, i: int) -> FirmMention | None:
    """The firm named at token i, or None."""
    known = _known_firm(tokens, i)
    if known is not None:
        return FirmMention(i, known[0], known[1])
    form = tokens.lexicon.firms.forms.match(tokens.folded, i)
    if form is None:
        return None
    name_start = tokens.skip_space(form[0])
    known = _known_firm(tokens, name_start)
    if known is not None:
        return FirmMention(i, known[0], known[1])
    if form[1] != "form":
        return None
    name_end = _company_name_end(tokens, name_start)
    if name_end == name_start:
        return None
    return FirmMention(i, name_end, tokens.span_text(name_start, name_end))


def find_firm_mentions(tokens: Tokens) -> list[FirmMention]:
    mentions: list[FirmMention] = []
    i = 0
    while i < tokens.n:
        mention = parse_firm(tokens, i) if tokens.is_word(i) else None
        if mention is None:
            i += 1
            continue
        mentions.append(mention)
        i = mention.end
    return mentions


def _firms(doc: Doc, tokens: Tokens, mentions: list[FirmMention]) -> list[Firm]:
    """One Firm per group, its surface forms as aliases, evidence from the first mention."""
    firms: dict[str, Firm] = {}
    for mention in mentions:
        surface = " ".join(tokens.span_text(mention.start, mention.end).split())
        firm = firms.get(mention.group)
        if firm is None:
            firm = firms[mention.group] = Firm(mention.group, evidence=evidence_for(doc[mention.start:mention.end]))
        if surface != firm.name and surface not in firm.aliases:
            firm.aliases.append(surface)
    return list(firms.values())


# ---------------------------------------------------------------- partnerships


class _Parties:
    """Who is named where: organizations (canonical names) and firms (groups), by start token."""

    def __init__(self, doc: Doc, mentions: list[FirmMention]):
        self.at: dict[int, tuple[int, str]] = {}
        for span in doc.spans.get("org", []):
            known = self.at.get(span.start)
            if known is None or known[0] < span.end:
                self.at[span.start] = (span.end, span._.org.canonical)
        for mention in mentions:  # a firm's group wins over an organization reading of its name
            self.at[mention.start] = (mention.end, mention.group)

    def list_at(self, tokens: Tokens, i: int) -> tuple[list[str], int]:
        """The parties listed from token i: `A và B`, `A, B và C` (an `(abbreviation)` may
        follow each), and where the list ends."""
        lex = tokens.lexicon.firms
        parties: list[str] = []
        end = i
        while True:
            i = tokens.skip_space(i)
            if i not in self.at:
                return parties, end
            end, name = self.at[i]
            parties.append(name)
            i = tokens.skip_space(end)
            if i + 2 < tokens.n and tokens.text[i] == "(" and tokens.text[i + 2] == ")":
                end = i = i + 3
                i = tokens.skip_space(i)
            joiner = lex.end_of("joiner", tokens.folded, i)
            if joiner is None:
                return parties, end
            i = joiner

    def signers_before(self, tokens: Tokens, start: int, agreement: int) -> list[str]:
        """Parties listed in tokens [start, agreement) who sign what starts at `agreement`:
        a signing verb, and no other party, stands between them."""
        signing = tokens.lexicon.firms.agreement_words["signing"]
        for i in sorted(self.at):
            if not start <= i < agreement:
                continue
            listed, end = self.list_at(tokens, i)
            between = range(end, agreement)
            if len(listed) >= 2 and len(between) <= SIGNERS_WINDOW \
                    and any(signing.match(tokens.folded, k) for k in (*between, agreement)) \
                    and not any(k in self.at or tokens.text[k] in _CLAUSE_ENDS for k in between):
                return listed
        return []

    def first_before(self, start: int, end: int) -> str | None:
        """The first party named in tokens [start, end)."""
        for i in sorted(self.at):
            if start <= i and self.at[i][0] <= end:
                return self.at[i][1]
        return None


def _partnership_at(doc: Doc, tokens: Tokens, parties: _Parties, i: int) -> tuple[int, Partnership] | None:
    """The agreement opening at token i with its parties: (end, Partnership), or None."""
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
            if role == "with" and named:
                first = parties.first_before(sentence_start, i)
                named = [first, *named] if first else []
            unique = list(dict.fromkeys(named))
            if len(unique) >= 2:
                return j, _partnership(doc, tokens, unique, i, j)
        j += 1
    # No party named after the agreement: those listed before it may sign it.
    signers = list(dict.fromkeys(parties.signers_before(tokens, sentence_start, i)))
    return (j, _partnership(doc, tokens, signers, i, j)) if len(signers) >= 2 else None


def _partnership(doc: Doc, tokens: Tokens, parties: list[str], start: int, end: int) -> Partnership:
    """The partnership of `parties`, labelled by the agreement phrase at tokens [start, end)."""
    label = tokens.span_text(start, end).strip().rstrip(",")
    label = " ".join((label[:1].lower() + label[1:]).split())
    return Partnership(parties, label, evidence_for(doc[start:end]))


def find_partnerships(doc: Doc, tokens: Tokens, mentions: list[FirmMention]) -> list[Partnership]:
    parties = _Parties(doc, mentions)
    found: list[Partnership] = []
    i = 0
    while i < tokens.n:
        result = _partnership_at(doc, tokens, parties, i)
        if result is None:
            i += 1
            continue
        i, partnership = result
        found.append(partnership)
    return found


@Language.factory("vi_firms", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"])
class FirmsAndPartnerships(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        find_firms(doc, tokens)


def find_firms(doc: Doc, tokens: Tokens) -> None:
    facts = doc._.facts
    mentions = find_firm_mentions(tokens)
    facts.firms.extend(_firms(doc, tokens, mentions))
    facts.partnerships.extend(find_partnerships(doc, tokens, mentions))
