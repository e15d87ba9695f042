"""Read the knowledge graph with SPARQL and build the typed networkx graph the view draws.

The SPARQL lives in `viz/queries/`: `nodes.rq` lists the entities, `mentions.rq`
where each was read, and every file in `queries/edges/` one kind of relation
(memberships, participations, directives, hierarchy, partnerships ...). An edge
query selects the same columns, so adding a relation to the view is adding a file:

    ?source ?target   the two entities (no ?target: the statement is a fact of ?source)
    ?label            the Vietnamese edge label; when unbound, the ontology term ?relation
                      is shown instead (compact form), so a missing rdfs:label@vi shows up
    ?text ?sentence   the statement and the sentence it was read from
    ?article ?title ?date   the article it comes from
    ?symmetric        optional: bound for relations without a direction (partnerships)

The result follows the contract described in `viz.html`. Every article-derived
string stays plain text here; `viz.html` is responsible for showing it safely.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from rdflib.query import ResultRow

from kg.vocab import KGO, compact, label as ontology_label

if TYPE_CHECKING:
    from kg.store import Store

QUERIES = Path(__file__).parent / "queries"

# Types whose place is the province of the articles they were read in. An
# organization's place is its own (a ministry named in provincial news is not provincial).
PLACED_BY_ARTICLE = {"person", "event"}


def graph_from_store(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in _select(store, QUERIES / "nodes.rq"):
        graph.add_node(
            str(row.node),
            type=str(row.type),
            label=str(row.label),
            province=_text(row.place),
            dates=[str(row.date)] if row.date is not None else [],
            facts=[],
        )
    _add_mentions(graph, _select(store, QUERIES / "mentions.rq"))
    for query in sorted((QUERIES / "edges").glob("*.rq")):
        _add_relations(graph, _select(store, query))
    return graph


def _select(store: Store, query: Path) -> Iterable[ResultRow]:
    return store.query(query.read_text(encoding="utf-8"))


def _text(value) -> str | None:
    return None if value is None else str(value)


def _fact(text: str, row: ResultRow) -> dict:
    """A fact in the view's format: the statement, its sentence and its article."""
    return {
        "text": text,
        "evidence": _text(row.sentence),
        "date": _text(row.date),
        "source": _text(row.title) or str(row.article),
    }


def _add_mentions(graph: nx.MultiDiGraph, rows: Iterable[ResultRow]) -> None:
    """Each entity's own evidence; people and events also get their articles' province and dates."""
    mentioned_in = ontology_label(KGO.mentionedIn)
    for row in rows:
        node = graph.nodes.get(str(row.node))
        if node is None:
            continue
        node["facts"].append(_fact(f"{mentioned_in}: {row.title or row.article}", row))
        if node["type"] in PLACED_BY_ARTICLE and row.province is not None:
            places = [p for p in (node["province"] or "").split(", ") if p]
            if str(row.province) not in places:
                node["province"] = ", ".join([*places, str(row.province)])
        if node["type"] != "event" and row.date is not None and str(row.date) not in node["dates"]:
            node["dates"] = sorted([*node["dates"], str(row.date)])


def _add_relations(graph: nx.MultiDiGraph, rows: Iterable[ResultRow]) -> None:
    """One edge per (source, target, label); each article stating it adds a fact."""
    for row in rows:
        source, target = str(row.source), _text(row.target)
        if source not in graph or (target is not None and target not in graph):
            continue  # a statement about something that is not an entity of the view
        label = str(row.label) if row.label is not None else compact(str(row.relation))
        if target is None:
            graph.nodes[source]["facts"].append(_fact(f"{label}: {row.text}", row))
            continue
        if not graph.has_edge(source, target, key=label):
            graph.add_edge(
                source, target, key=label, label=label, facts=[], symmetric=row.get("symmetric") is not None
            )
        graph.edges[source, target, label]["facts"].append(_fact(str(row.text), row))
