"""Organization mentions: spans "org" with their canonical names (see grammar.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..grammar import PLURAL, OrgContext, OrgMatch, Tokens, named_by_head_alone, scan_orgs
from .persons import preceded_by
from .stage import Stage


def org_context(doc: Doc, tokens: Tokens) -> OrgContext:
    """The article's organization context (its province, the bodies named so far)."""
    if doc._.org_context is None:
        doc._.org_context = OrgContext(province=doc._.facts.province)
    return doc._.org_context


def name_body(doc: Doc, match: OrgMatch) -> str:
    """The canonical name a fact refers to a body by; the body is recorded so that the
    final stage resolves it (its place, its parent) even when no span names it."""
    if doc._.bodies is None:
        doc._.bodies = []
    doc._.bodies.append(match)
    return match.canonical


def add_org_spans(doc: Doc, matches: list[OrgMatch]) -> None:
    """Record mentions as spans "org". A body written inside a longer name ("Tỉnh ủy" in
    "Ban Tuyên giáo Tỉnh ủy") is that name's parent, not a mention of its own: it
    replaces a shorter span found there before."""
    new = [m for m in matches if m.end > m.start]
    covering: dict[int, list[OrgMatch]] = {}  # token -> the new matches over it (names are short)
    for match in new:
        for position in range(match.start, match.end):
            covering.setdefault(position, []).append(match)
    kept = [s for s in doc.spans.get("org", [])
            if not any(m.start <= s.start and s.end <= m.end and (s.start, s.end) != (m.start, m.end)
                       for m in covering.get(s.start, ()))]
    for match in new:
        span = doc[match.start:match.end]
        span._.org = match
        kept.append(span)
    doc.spans["org"] = kept


# A line in capitals of at least this many words is a banner or a headline set in capitals:
# every word looks like part of a name, so no name's end can be read there (the body names
# the same bodies in ordinary case).
CAPITALS_LINE_WORDS = 4


def _in_capitals_line(tokens: Tokens, sentence: Span) -> bool:
    words = [text for text in tokens.text[sentence.start:sentence.end] if any(c.isalpha() for c in text)]
    return len(words) >= CAPITALS_LINE_WORDS and all(word.isupper() for word in words)


def _credits_a_photo(tokens: Tokens, start: int) -> bool:
    """Whether an outlet named at token `start` is a photo's credit ("(Ảnh: Báo Sơn La)",
    bylines.tsv, photo_prefix and outlet): the page's source, no body the article is about."""
    cues = tokens.lexicon.cues
    colon = tokens.word_before(start)
    return cues.outlets.match(tokens.folded, start) is not None and colon is not None and tokens.text[colon] == ":" \
        and preceded_by(cues.photo_credits, tokens, colon + 1) is not None


# Counting words before a body's head alone: "hai Ban HĐND huyện" are committees of the council,
# as "các Ban HĐND huyện" are.
_COUNTED = PLURAL | {"hai", "ba", "bốn", "2", "3", "4"}


def _named_by_its_head_in_the_plural(tokens: Tokens, match: OrgMatch) -> bool:
    """Whether the mention is a head without a name of its own, in the plural, before the body
    it belongs to ("các Ban HĐND tỉnh", "hai Ban Hội đồng nhân dân huyện"): bodies of that
    kind, none named; only the body after it is."""
    before = tokens.word_before(match.start)
    return named_by_head_alone(tokens, match) \
        and before is not None and tokens.folded[before] in _COUNTED and not tokens.text[before][0].isupper() \
        and tokens.skip_space(before + 1) == match.start  # on the same line


@Language.factory("vi_organizations", assigns=["doc.spans"], requires=["doc._.facts"])
class OrganizationMentions(Stage):
    def process(self, doc: Doc, tokens: Tokens) -> None:
        capitals = frozenset(i for sentence in doc.sents if _in_capitals_line(tokens, sentence)
                             for i in range(sentence.start, sentence.end))
        mentions = [m.parent if _named_by_its_head_in_the_plural(tokens, m) else m
                    for m in scan_orgs(tokens, org_context(doc, tokens), capitals)]
        add_org_spans(doc, [m for m in mentions if not _credits_a_photo(tokens, m.start)])
