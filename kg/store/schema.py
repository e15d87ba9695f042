"""A store's schema: the layout its data is written in, and the steps that bring an older store up to date.

A store records its layout (`kgo:layoutVersion` in the graph kgg:layout). Opening a
store written in an earlier layout applies the missing steps, then records the current
layout, so a store built by an earlier kg answers as if rebuilt, without reading its
articles again. Each step is one SPARQL update that keeps the merged graph exact (what
it adds to an article's graph it adds to the merge too); a step that finds nothing to do
costs one query.

When kg.mapping changes what stored articles hold in a way the queries rely on, bump
LAYOUT_VERSION and add the step that derives the new triples from the old ones.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from rdflib import Graph, Literal, URIRef

from extract.resolve import period_keys
from kg.store.interface import Store
from kg.store.updates import add_to_graph_update
from kg.vocab import GRAPH, KGO

LAYOUT_VERSION = 1
LAYOUT_GRAPH = GRAPH["layout"]

_EVENTS = """SELECT ?graph ?event ?name ?date WHERE {
  GRAPH ?graph { ?event a schema:Event ; schema:name ?name OPTIONAL { ?event schema:startDate ?date } }
}"""


class NewerLayout(Exception):
    """The store was written by a later kg than this one."""

    def __init__(self, recorded: int) -> None:
        super().__init__(f"written in layout {recorded} by a newer kg; this kg reads layout {LAYOUT_VERSION}: upgrade kg")


def upgrade(store: Store) -> bool:
    """Bring `store` to LAYOUT_VERSION; False when it was there already."""
    recorded = recorded_layout(store)
    if recorded == LAYOUT_VERSION:
        return False
    if recorded > LAYOUT_VERSION:
        raise NewerLayout(recorded)
    for step in _STEPS[recorded:]:
        update = step(store)
        if update:
            store.apply_update(update)
    record_layout(store)
    return True


def record_layout(store: Store) -> None:
    """Record that `store` is in LAYOUT_VERSION."""
    # Only in its own graph: the merged graph, which queries read and exports write, is the articles'.
    store.apply_update(f"DROP SILENT GRAPH <{LAYOUT_GRAPH}> ; INSERT DATA {{ GRAPH <{LAYOUT_GRAPH}> "
                       f"{{ <{LAYOUT_GRAPH}> <{KGO.layoutVersion}> {Literal(LAYOUT_VERSION).n3()} }} }}")


def recorded_layout(store: Store) -> int:
    """The layout the store says it is in; 0 for a store from before layouts were recorded."""
    rows = store.query(f"SELECT ?version WHERE {{ GRAPH <{LAYOUT_GRAPH}> {{ ?graph kgo:layoutVersion ?version }} }}")
    return max((int(version) for version, in rows), default=0)


def _period_keys(store: Store) -> str:
    """Layout 1: events are found by the periods of their date and name (kgo:periodKey)."""
    added: dict[URIRef, Graph] = defaultdict(Graph)
    for graph, event, name, date in store.query(_EVENTS):
        for key in period_keys(str(name), None if date is None else str(date)):
            added[graph].add((event, KGO.periodKey, Literal(key)))
    return " ;\n".join(add_to_graph_update(iri, graph) for iri, graph in added.items())


# _STEPS[n] brings a store from layout n to layout n + 1: one step per layout.
_STEPS: list[Callable[[Store], str]] = [_period_keys]
