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
    """Record mentions (and the parent bodies written inside them) as spans "org"."""
    spans = list(doc.spans.get("org", []))
    for match in matches:
        for part in match.chain():
            if part.end > part.start:
                span = doc[part.start:part.end]
                span._.org = part
                spans.append(span)
    doc.spans["org"] = spans


@Language.component("vi_organizations")
def find_organizations(doc: Doc) -> Doc:
    add_org_spans(doc, scan_orgs(tokens_of(doc), org_context(doc)))
    return doc
