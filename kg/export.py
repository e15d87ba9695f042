"""`kg export` in RDF, for triple stores and RDF libraries (the network formats: `viz.export`).

    turtle    the merged graph queries read (every article's statements and the
              ontology), with the ontology's prefixes
    jsonld    the same graph as JSON-LD, the prefixes as its @context
    nquads    every named graph as stored (kg.store.graphs): one per article, the
              identity and attestation graphs derived from them, the ontology's and
              the layout's. Each triple keeps the graph it came from; the merged
              default graph is left out, as it only repeats them (load the file with
              the union of its graphs as default graph, rdflib's
              `Dataset(default_union=True)`, and queries read what they read in the store)

Each format builds the whole file in memory, so that `kg.files.write_atomically` can
replace the target only when the export is complete.
"""
from __future__ import annotations

from collections.abc import Callable

from rdflib import Dataset

from kg.store import Store
from kg.vocab import PREFIXES


def _turtle(store: Store) -> bytes:
    return store.graph.serialize(format="turtle", encoding="utf-8")


def _jsonld(store: Store) -> bytes:
    return store.graph.serialize(format="json-ld", context=PREFIXES, indent=2, encoding="utf-8")


def _nquads(store: Store) -> bytes:
    return _named_graphs(store).serialize(format="nquads", encoding="utf-8")


def _named_graphs(store: Store) -> Dataset:
    """Every named graph of the store in an in-memory rdflib Dataset (the default graph empty)."""
    dataset = Dataset()
    quads = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    dataset.addN((row.s, row.p, row.o, dataset.graph(row.g)) for row in quads)
    return dataset


RDF_FORMATS: dict[str, Callable[[Store], bytes]] = {
    "turtle": _turtle,
    "nquads": _nquads,
    "jsonld": _jsonld,
}


def rdflib_dataset(store: Store) -> Dataset:
    """The store copied into an in-memory rdflib Dataset: every named graph, and the merged
    graph as the default graph, which queries read as they do in the store."""
    dataset = _named_graphs(store)
    merged = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    dataset.default_graph.addN((row.s, row.p, row.o, dataset.default_graph) for row in merged)
    return dataset
