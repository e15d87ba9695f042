"""What a store records while a build or removal is under way: the graph kgg:pending.

A build writes the articles first and recomputes the graphs derived from all articles
(identity, attestation) at the end; a bulk load of new articles is not even one
transaction. A process killed in between (kill -9, a power cut) would leave derived
graphs that no longer match the articles, or a new article cut off half-way, and
nothing would tell. So before any article is written, the names it will write go into
kgg:pending (with, for a bulk-loaded article, the triple count of its whole graph), and
the graph is emptied only once the derived graphs are recomputed. A command that opens
a store whose kgg:pending is not empty repairs it first (`kg.build.repair`).

Like kgg:layout, the graph is not merged into the default graph that queries read.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from rdflib import Literal

from kg.store.graphs import article_graph_iri
from kg.store.interface import Store
from kg.vocab import GRAPH, KGO

PENDING_GRAPH = GRAPH["pending"]


def mark_pending(store: Store, names: Iterable[str], expected_triples: Mapping[str, int] | None = None) -> None:
    """Record that these articles are about to be written (or removed); `expected_triples`
    gives the size of the graphs that will be bulk-loaded (written in one transaction: none)."""
    expected_triples = expected_triples or {}
    lines = []
    for name in names:
        subject = article_graph_iri(name).n3()
        lines.append(f"{subject} <{KGO.pendingArticle}> {Literal(name).n3()} .")
        if name in expected_triples:
            lines.append(f"{subject} <{KGO.expectedTriples}> {Literal(expected_triples[name]).n3()} .")
    if lines:
        store.apply_update(f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{\n" + "\n".join(lines) + "\n} }")


def pending_articles(store: Store) -> dict[str, int | None]:
    """The articles a build or removal left pending: name → the triple count its graph must
    have when it was bulk-loaded, None when it was written (or removed) in one transaction."""
    rows = store.query(f"SELECT ?name ?expected WHERE {{ GRAPH <{PENDING_GRAPH}> {{ "
                       f"?graph <{KGO.pendingArticle}> ?name OPTIONAL {{ ?graph <{KGO.expectedTriples}> ?expected }} }} }}")
    pending: dict[str, int | None] = {}
    for name, expected in rows:
        pending[str(name)] = int(expected) if expected is not None else pending.get(str(name))
    return pending


def clear_pending(store: Store) -> None:
    store.apply_update(f"DROP SILENT GRAPH <{PENDING_GRAPH}>")
