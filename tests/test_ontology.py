"""The ontology is the one source of truth: it parses, describes its own terms, and every
term the code, the named queries and the shapes use is declared in it."""
from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from extract.facts import EVENT_ROLES, AuthorKind
from kg.vocab import (
    DECLARED_NAMESPACES, KGO, ONTOLOGY, ONTOLOGY_FILE, ONTOLOGY_IRI, ORG, PREFIXES, SHAPES_FILE,
    individual_for, unknown_terms,
)

ROOT = Path(__file__).resolve().parents[1]
# `KGO.term` or `KGO["term"]` in Python ...
PYTHON_TERM = re.compile(
    r"\b(" + "|".join(p.upper() for p in DECLARED_NAMESPACES) + r")"
    r"(?:\.([A-Za-z_]\w*)|\[\s*[\"']([^\"']+)[\"']\s*\])"
)
# ... and `kgo:term` in SPARQL (or in Python strings and docstrings): kg.vocab.unknown_terms.


def undeclared_terms(text: str) -> set[str]:
    used = {(m[1].lower(), m[2] or m[3]) for m in PYTHON_TERM.finditer(text)}
    python = {f"{prefix}:{name}" for prefix, name in used if name not in DECLARED_NAMESPACES[prefix]}
    return python | unknown_terms(text)


def sources_using_terms() -> list[Path]:
    return sorted(
        [*ROOT.glob("kg/**/*.py"), *ROOT.glob("viz/**/*.py"), *ROOT.glob("kg/**/*.rq"), *ROOT.glob("viz/**/*.rq")]
    )


def test_ontology_parses_and_names_itself():
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert len(graph) == len(ONTOLOGY) > 100


def test_own_terms_are_defined_here_with_english_and_vietnamese_labels():
    own = [term for term in KGO]
    assert len(own) > 30
    for term in own:
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ONTOLOGY, term
        languages = {label.language for label in ONTOLOGY.objects(term, RDFS.label)}
        assert {"en", "vi"} <= languages, term


def test_reused_terms_say_which_vocabulary_defines_them():
    for prefix, namespace in DECLARED_NAMESPACES.items():
        if prefix == "kgo":
            continue
        for term in namespace:
            assert ONTOLOGY.value(term, RDFS.isDefinedBy) == URIRef(PREFIXES[prefix]), term


def test_every_fact_value_has_an_individual():
    roles = {individual_for(KGO.ParticipationRole, role) for role in EVENT_ROLES}
    kinds = {individual_for(KGO.CreditKind, kind) for kind in typing.get_args(AuthorKind)}
    assert len(roles) == len(EVENT_ROLES) and len(kinds) == len(typing.get_args(AuthorKind))
    assert individual_for(KGO.ParticipationRole, "chaired") == KGO.Chairing
    with pytest.raises(KeyError):
        individual_for(KGO.ParticipationRole, "sang")


def test_namespaces_refuse_undeclared_terms():
    assert ORG.Membership == URIRef("http://www.w3.org/ns/org#Membership")
    assert "Membership" in ORG and "Post" not in ORG
    with pytest.raises(AttributeError, match="org:Foo"):
        ORG.Foo
    with pytest.raises(AttributeError):
        KGO["chaired"]


def test_scanner_notices_undeclared_terms():
    text = 'KGO.Participation KGO.Nope ORG["Bad"] "?x kgo:inEvent ?e ; schema:Missing ?y" https://schema.org/x'
    assert undeclared_terms(text) == {"kgo:Nope", "org:Bad", "schema:Missing"}


def test_code_and_queries_use_only_declared_terms():
    sources = sources_using_terms()
    assert any(path.suffix == ".rq" for path in sources)
    problems = {
        str(path.relative_to(ROOT)): sorted(terms)
        for path in sources
        if (terms := undeclared_terms(path.read_text(encoding="utf-8")))
    }
    assert problems == {}


def test_shapes_parse_and_use_declared_terms():
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    assert {ORG.Membership, ORG.Organization, KGO.Participation, KGO.Directive, KGO.Evidence} <= targets
    used = targets | set(shapes.objects(None, SH["class"])) | set(shapes.objects(None, SH.path))
    undeclared = []
    for term in used:
        for prefix, namespace in DECLARED_NAMESPACES.items():
            if str(term).startswith(namespace.iri) and str(term)[len(namespace.iri):] not in namespace:
                undeclared.append(f"{prefix}:{str(term)[len(namespace.iri):]}")
    assert undeclared == []
