"""kg.validation's compiled shapes find what pyshacl finds: on the graphs a build stores, and on
hundreds of broken variants of them (a triple dropped, a value of the wrong kind added)."""
from __future__ import annotations

import random

import pyshacl
import pytest
from kg_fixtures import meeting_facts, visit_facts
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from kg.identity.decisions import Decision, Individual
from kg.identity.mentions import Mention
from kg.identity.resolution import identity_triples
from kg.mapping import facts_to_graph
from kg.validation import Shapes, ShapesError
from kg.vocab import KGO, ONTOLOGY, RESOURCE, SHAPES_FILE, compact

SHAPES = Shapes.load()
SHAPES_GRAPH = Graph().parse(SHAPES_FILE, format="turtle")


def pyshacl_findings(graph: Graph) -> tuple[bool, set[tuple[str, str, str]]]:
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=SHAPES_GRAPH, ont_graph=ONTOLOGY, allow_warnings=True)
    found = set()
    for result in results.subjects(SH.resultSeverity, None):
        path = results.value(result, SH.resultPath)
        found.add((str(results.value(result, SH.resultSeverity)).removeprefix(str(SH)),
                   compact(str(results.value(result, SH.focusNode))), compact(str(path)) if path else "-"))
    return bool(conforms), found


def compiled_findings(graph: Graph) -> tuple[bool, set[tuple[str, str, str]]]:
    report = SHAPES.check(graph)
    found = set()
    for problem in report.problems:  # "Severity: focus path: message"
        severity, where = problem.split(": ", 2)[:2]
        focus, path = where.split(" ")
        found.add((severity, focus, path))
    return report.conforms, found


def derived_graph() -> Graph:
    """Identity decisions and attestation spans, as kg.identity and kg.attestation write them."""
    meeting = meeting_facts()
    mention = Mention(meeting.article.name, "Nguyễn Văn An", str(RESOURCE["person/nam-dinh/a"]), None, "Nam Định")
    other = Individual([mention], RESOURCE["person/nam-dinh/b"])
    person = Individual([mention], RESOURCE["person/nam-dinh/a"])
    decision = Decision(mention, person, "first mention in province Nam Định", [(other, "different provinces")])
    graph = Graph()
    for identity in identity_triples([decision], [], [mention.search_key]).values():
        graph += identity
    membership = RESOURCE["membership/nam-dinh/a/pho-chu-tich"]
    graph.add((membership, KGO.firstAttested, Literal("2024-01-02", datatype=XSD.date)))
    graph.add((membership, KGO.lastAttested, Literal("2024-03-12", datatype=XSD.date)))
    return graph


GRAPHS = {"meeting": facts_to_graph(meeting_facts()), "visit": facts_to_graph(visit_facts()),
          "derived": derived_graph()}


def broken_variants(graph: Graph, count: int, seed: int):
    """`count` copies of `graph`, each with one triple dropped or a wrongly typed value added."""
    rng = random.Random(seed)
    triples = sorted(graph)
    wrong_values = [Literal("x", lang="en"), Literal("y"), Literal(5), URIRef("http://example.org/x"),
                    Literal("2030-01-01", datatype=XSD.date), Literal("2024-01-01", datatype=XSD.date)]
    for number in range(count):
        variant = Graph()
        variant += triples
        s, p, o = rng.choice(triples)
        if number % 2 == 0:
            variant.remove((s, p, o))
        else:
            variant.add((s, p, rng.choice(wrong_values)))
        yield f"{compact(str(s))} {compact(str(p))} #{number}", variant


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_the_graphs_a_build_stores_conform_for_both(name):
    assert compiled_findings(GRAPHS[name]) == pyshacl_findings(GRAPHS[name])
    assert compiled_findings(GRAPHS[name])[0]


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_broken_graphs_break_the_same_shapes_for_both(name):
    for label, variant in broken_variants(GRAPHS[name], count=40, seed=len(name)):
        assert compiled_findings(variant) == pyshacl_findings(variant), label


def test_the_ontology_alone_conforms():
    """A node the checked graph says nothing about is the ontology's, and is not rechecked."""
    assert SHAPES.check(ONTOLOGY).conforms
    assert pyshacl_findings(Graph())[0]


def test_shapes_using_unchecked_shacl_are_refused():
    shapes = Graph()
    shapes += SHAPES_GRAPH
    shapes.add((URIRef("https://w3id.org/vn-gov-kg/shapes#PersonShape"), SH.closed, Literal(True)))
    with pytest.raises(ShapesError, match="sh:closed"):
        Shapes(shapes, ONTOLOGY)
