"""`kg export` of the network the view draws (`viz.graph.graph_from_store`), for Gephi, yEd,
Cytoscape, pandas (the RDF formats: `kg.export`):

    graphml, gexf   the view's attributes: nodes `type`, `label`, `province`, `dates`,
                    `facts` ...; edges `label`, `symmetric`, `facts`
    csv             one table: a `kind` column says `node` or `edge`; node rows fill
                    id and type, edge rows source and target, both label; every other
                    attribute (province, dates, facts, symmetric ...) has a column of
                    its own. One file, so it can go to stdout and be replaced
                    atomically like the others

These formats hold no lists: dates are joined with "; ", and facts are one per line,
`statement — “sentence” (article, date)`. Edges get ids e0, e1 ... (a pair of nodes can
have several relations, and Gephi wants every edge id once).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable

import networkx as nx

from kg.store import Store
from viz.graph import graph_from_store

# The CSV's first columns; the other attributes of the view's nodes and edges follow, by name.
CSV_LEADING_COLUMNS = ("kind", "id", "source", "target", "label", "type")


def network(store: Store) -> nx.MultiDiGraph:
    """The view's graph with every attribute a string, number or boolean (none missing as None)."""
    graph = graph_from_store(store)
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_flat(attrs))
    for number, (source, target, attrs) in enumerate(graph.edges(data=True)):
        flat.add_edge(source, target, key=f"e{number}", **_flat(attrs))
    return flat


def _flat(attrs: dict) -> dict[str, str | bool | int | float]:
    flat = {}
    for name, value in attrs.items():
        if name == "facts":
            value = "\n".join(_fact_line(fact) for fact in value)
        elif isinstance(value, (list, tuple)):
            value = "; ".join(map(str, value))
        if value is not None:
            flat[name] = value
    return flat


def _fact_line(fact: dict) -> str:
    where = ", ".join(part for part in (fact.get("source"), fact.get("date")) if part)
    evidence = f" — “{fact['evidence']}”" if fact.get("evidence") else ""
    return fact["text"] + evidence + (f" ({where})" if where else "")


def _graphml(store: Store) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(network(store), buffer, encoding="utf-8")
    return buffer.getvalue()


def _gexf(store: Store) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(network(store), buffer, encoding="utf-8")
    return buffer.getvalue()


def _csv(store: Store) -> bytes:
    graph = network(store)
    attributes = {name for _, attrs in graph.nodes(data=True) for name in attrs}
    attributes |= {name for _, _, attrs in graph.edges(data=True) for name in attrs}
    columns = [*CSV_LEADING_COLUMNS, *sorted(attributes - set(CSV_LEADING_COLUMNS))]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for node, attrs in graph.nodes(data=True):
        writer.writerow({**attrs, "kind": "node", "id": node})
    for source, target, attrs in graph.edges(data=True):
        writer.writerow({**attrs, "kind": "edge", "source": source, "target": target,
                         "symmetric": str(attrs.get("symmetric", False)).lower()})
    return out.getvalue().encode("utf-8")


NETWORK_FORMATS: dict[str, Callable[[Store], bytes]] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "csv": _csv,
}
