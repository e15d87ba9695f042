"""The SPARQL updates that write a store, on disk or on a server alike.

Each keeps the merged default graph exact: it holds every triple of the named graphs
once, so replacing or removing a graph removes from the merge the triples no other
graph states, then adds the new ones. A store applies each update as one transaction
(a SPARQL server is asked to apply one request atomically): a crash never leaves half
a graph or a merge out of step.
"""
from __future__ import annotations

from typing import Iterable

from rdflib import Graph
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

# Removes from the merged default graph what only graph <{graph}> states (run before dropping it).
_UNMERGE = (
    "DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }}"
    " FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }}"
)


def ntriple(triple: tuple[Node, Node, Node]) -> str:
    """A triple written as a line of N-Triples, by rdflib's own line writer (its serializer
    would first copy the triples into a Graph): the one place the project calls it."""
    return _nt_row(triple)


def ntriples_of(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Triples written as N-Triples, a line each."""
    return "".join(map(ntriple, triples))


def replace_graph_update(graph_iri: str, ntriples: str) -> str:
    """The SPARQL update putting the triples `ntriples` (N-Triples) in place of named graph
    <graph_iri>, keeping the merge exact."""
    return (f"{_UNMERGE.format(graph=graph_iri)} ; DROP SILENT GRAPH <{graph_iri}> ;"
            f" {add_ntriples_update(graph_iri, ntriples)}")


def add_to_graph_update(graph_iri: str, graph: Graph) -> str:
    """The SPARQL update adding `graph`'s triples to named graph <graph_iri> and to the merge."""
    return add_ntriples_update(graph_iri, graph.serialize(format="nt"))


def add_ntriples_update(graph_iri: str, ntriples: str) -> str:
    """The SPARQL update adding triples written as N-Triples to named graph <graph_iri> and to the merge."""
    return f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }} ; INSERT DATA {{\n{ntriples}\n}}"


def change_graph_update(graph_iri: str, removed: str, added: str) -> str:
    """The SPARQL update taking the triples `removed` out of named graph <graph_iri> and
    putting `added` in (both N-Triples), keeping the merge exact: a removed triple leaves
    the merge when no graph states it any more."""
    rows = " ".join(f"({line.removesuffix(' .')})" for line in removed.splitlines() if line)
    return (f"DELETE DATA {{ GRAPH <{graph_iri}> {{\n{removed}\n}} }} ;"
            f" DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }}"
            " FILTER NOT EXISTS { GRAPH ?any { ?s ?p ?o } } } ;"
            f" {add_ntriples_update(graph_iri, added)}")


def merge_graph_update(graph_iri: str) -> str:
    """The SPARQL update adding what named graph <graph_iri> holds to the merge (no change when it is there)."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"


def remove_graph_update(graph_iri: str) -> str:
    """The SPARQL update dropping named graph <graph_iri> and what only it adds to the merge."""
    return f"{_UNMERGE.format(graph=graph_iri)} ; DROP GRAPH <{graph_iri}>"
