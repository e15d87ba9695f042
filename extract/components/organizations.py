"""Organization mentions: spans "org" with their canonical names (see grammar.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..grammar import OrgContext, OrgMatch, scan_orgs
from ..places import load_places
from .places import tokens_of


def org_context(doc: Doc) -> OrgContext:
    if doc._.org_context is None:
        province = doc._.facts.province
        doc._.org_context = OrgContext(province=load_places().province(province) if province else None)
    return doc._.org_context


def add_org_spans(doc: Doc, matches: list[OrgMatch]) -> None:
    """Record mentions as spans "org". A body written inside a longer name ("Tỉnh ủy" in
    "Ban Tuyên giáo Tỉnh ủy") is that name's parent, not a mention of its own: it
    replaces a shorter span found there before."""
    new = [m for m in matches if m.end > m.start]
    kept = [s for s in doc.spans.get("org", [])
            if not any(m.start <= s.start and s.end <= m.end and (s.start, s.end) != (m.start, m.end)
                       for m in new)]
    for match in new:
        span = doc[match.start:match.end]
        span._.org = match
        kept.append(span)
    doc.spans["org"] = kept


@Language.component("vi_organizations")
def find_organizations(doc: Doc) -> Doc:
    add_org_spans(doc, scan_orgs(tokens_of(doc), org_context(doc)))
    return doc
