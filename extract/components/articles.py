"""Final assembly of an article's facts: the organizations it names, and its people
(bylines alone do not make a person a subject of the article)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Organization
from ..text import fold
from .positions import evidence_for


@Language.component("vi_article_facts")
def assemble_facts(doc: Doc) -> Doc:
    facts = doc._.facts
    organizations: dict[str, Organization] = {}
    for span in sorted(doc.spans["org"], key=lambda s: s.start):
        match = span._.org
        key = fold(match.canonical)
        org = organizations.get(key)
        if org is None:
            parent = match.parent.canonical if match.parent is not None else None
            org = organizations[key] = Organization(
                name=match.canonical, kind=match.head,
                place=match.place.render() if match.place and match.place.name else None,
                parent=parent, evidence=evidence_for(span))
        for alias in (span.text, *match.aliases):
            # a bare head ("Sở" for the department named before) names no one in particular
            if fold(alias) not in (key, fold(match.head)) and alias not in org.aliases:
                org.aliases.append(alias)
    facts.organizations = list(organizations.values())
    credited = {fold(a.name) for a in facts.authors}
    facts.persons = [p for p in facts.persons if p.positions or fold(p.name) not in credited]
    return doc
