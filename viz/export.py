"""`kg export` of the network the view draws (`viz.graph.graph_from_store`), for Gephi, yEd,
Cytoscape, pandas (the RDF formats: `kg.export`):

    graphml, gexf   the view's attributes: nodes `type`, `label`, `province`, `dates`,
                    `facts` ...; edges `label` (the relation in Vietnamese: "chủ trì",
                    "trực thuộc"), `category`, `symmetric`, `facts`; and the view's
                    picture: each node's colour, position and size (GEXF in its
                    viz:color, viz:position and viz:size; GraphML as `color` "#RRGGBB",
                    `x`, `y` and `size`, the attributes Gephi reads)
    csv             one table: a `kind` column says `node` or `edge`; node rows fill
                    id and type, edge rows source and target, both label; every other
                    attribute (province, dates, facts, symmetric, x, y ...) has a column
                    of its own. One file, so it can go to stdout and be replaced
                    atomically like the others

These formats hold no lists: dates are joined with "; ", and facts are one per line,
`statement — “sentence” (article, date)`. Edges get ids e0, e1 ... (a pair of nodes can
have several relations, and Gephi wants every edge id once). Positions are the view's
screen pixels, y growing downwards.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from xml.etree import ElementTree

import networkx as nx

from kg.store import Store
from viz.graph import graph_from_store
from viz.html import NODE_STYLES, node_sizes, view_positions

# The CSV's first columns; the other attributes of the view's nodes and edges follow, by name.
CSV_LEADING_COLUMNS = ("kind", "id", "source", "target", "label", "type")


def network(store: Store) -> nx.MultiDiGraph:
    """The view's graph with every attribute a string, number or boolean (none missing as
    None), each node with the colour, position and size the view draws it with."""
    graph = graph_from_store(store)
    positions, sizes = view_positions(graph), node_sizes(dict(graph.degree()))
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        x, y = positions[node]
        flat.add_node(node, **_flat(attrs), color=NODE_STYLES[attrs["type"]].color,
                      x=round(x, 1), y=round(y, 1), size=round(sizes[node], 1))
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
    """GEXF with the picture in its own elements and the edge keys as edge ids. networkx
    writes each key as an attribute `networkx_key` too: that repeats the id, so it is dropped."""
    graph = network(store)
    for _, attrs in graph.nodes(data=True):
        colour = attrs.pop("color")
        attrs["viz"] = {
            "color": {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0},
            "position": {"x": attrs.pop("x"), "y": attrs.pop("y"), "z": 0.0},
            "size": attrs.pop("size"),
        }
    for _, _, key, attrs in graph.edges(keys=True, data=True):
        attrs["id"] = key  # GEXF's own edge id
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8")
    writer.add_graph(graph)
    _drop_attribute(writer.xml, "edge", "networkx_key")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _drop_attribute(gexf: ElementTree.Element, kind: str, title: str) -> None:
    """Remove the attribute `title` of nodes or edges (`kind`) from a GEXF document and its values."""
    for declared in gexf.iter("attributes"):
        if declared.get("class") != kind:
            continue
        for attribute in [a for a in declared.iter("attribute") if a.get("title") == title]:
            declared.remove(attribute)
            for values in gexf.iter("attvalues"):
                for value in [v for v in values if v.get("for") == attribute.get("id")]:
                    values.remove(value)


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
