"""Read the knowledge graph with SPARQL and build the typed networkx graph the view draws.

The SPARQL lives in `viz/queries/`: `nodes.rq` lists the entities, `articles.rq`
the articles facts come from, `mentions.rq` where each entity was read, and every
file in `queries/edges/` one kind of relation (memberships, participations,
directives, hierarchy, partnerships ...); the file's name is the edge's `category`.
An edge query selects the same columns, so adding a relation to the view is adding a file:

    ?source ?target   the two entities (no ?target: the statement is a fact of ?source)
    ?label            the Vietnamese edge label; when unbound, the ontology term ?relation
                      is shown instead (compact form), so a missing rdfs:label@vi shows up
    ?text ?sentence   the statement and the sentence it was read from
    ?article          the article node it was read in (unbound: known from reference data)
    ?role             optional: the post or event role the edge stands for (role filter)
    ?symmetric        optional: bound for relations without a direction (partnerships)

An entity no relation links to anything (a body named once, in passing) is linked
to the articles it was read in, so the picture shows it beside what it was read
with instead of in a long row of loose nodes.

The result follows the contract described in `viz.html`. Every article-derived
string stays plain text here; `viz.html` is responsible for showing it safely.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib.query import ResultRow

from kg.store import Store
from kg.vocab import KGO, compact, label as ontology_label

QUERIES = Path(__file__).parent / "queries"

# Types that take the provinces of the articles they were read in. An organization's
# province is its own (a ministry named in provincial news is not provincial), an
# article's the one it is about. Every type but events (they have their own date)
# takes its articles' dates.
PLACED_BY_ARTICLE = {"person", "event", "program"}
# The category of the links from an otherwise unlinked entity to its articles: the
# same relation as programs' and events' (queries/edges/reported_in.rq).
REPORTED_IN = "reported_in"


@dataclass(frozen=True)
class ArticleInfo:
    """What a fact shows of the article it comes from."""

    name: str
    title: str | None
    date: str | None
    url: str | None
    file: str | None
    province: str | None

    def fact(self, text: str, sentence: str | None) -> dict:
        return {
            "text": text,
            "evidence": sentence,
            "date": self.date,
            "source": self.title or self.name,
            "url": self.url,
            "file": self.file,
        }


def graph_from_store(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in _select(store, QUERIES / "nodes.rq"):
        label = str(row.label)
        graph.add_node(
            str(row.node),
            type=str(row.type),
            label=label,
            aliases=sorted(set(str(row.names).split("\n")) - {label, ""}),
            province=_text(row.province) or None,  # GROUP_CONCAT of nothing: ""
            dates=[str(row.date)] if row.date is not None else [],
            facts=[],
        )
    articles = {str(row.article): _article(row) for row in _select(store, QUERIES / "articles.rq")}
    read_in = _add_mentions(graph, articles, _select(store, QUERIES / "mentions.rq"))
    for query in sorted((QUERIES / "edges").glob("*.rq")):
        _add_relations(graph, articles, query.stem, _select(store, query))
    _link_loose_nodes(graph, read_in)
    return graph


def ordered_subgraph(
    graph: nx.MultiDiGraph, nodes: Iterable[Hashable], edges: Iterable[tuple] | None = None
) -> nx.MultiDiGraph:
    """The part of `graph` on `nodes` (with only `edges`, (source, target, key), if given),
    in the graph's own order: networkx's subgraph views iterate a small part as a set,
    whose order changes from run to run, and with it the layout."""
    keep = set(nodes)
    wanted = None if edges is None else set(edges)
    part = nx.MultiDiGraph()
    part.add_nodes_from((node, attrs) for node, attrs in graph.nodes(data=True) if node in keep)
    part.add_edges_from(
        (source, target, key, attrs)
        for source, target, key, attrs in graph.edges(keys=True, data=True)
        if source in keep and target in keep and (wanted is None or (source, target, key) in wanted)
    )
    return part


def _select(store: Store, query: Path) -> list[ResultRow]:
    """The rows in a fixed order (the store's order may change): the same store, the same picture."""
    rows = store.query(query.read_text(encoding="utf-8"))
    return sorted(rows, key=lambda row: [str(value) for value in row])


def _text(value) -> str | None:
    return None if value is None else str(value)


def _article(row: ResultRow) -> ArticleInfo:
    return ArticleInfo(
        str(row.name), _text(row.title), _text(row.date), _text(row.url), _text(row.file), _text(row.province)
    )


def _fact(articles: dict[str, ArticleInfo], article: str | None, text: str, sentence: str | None) -> dict:
    """A fact in the view's format: the statement, its sentence and its article (if any)."""
    if article is None:
        return {"text": text, "evidence": sentence, "date": None, "source": None, "url": None, "file": None}
    return articles[article].fact(text, sentence)


def _add_mentions(
    graph: nx.MultiDiGraph, articles: dict[str, ArticleInfo], rows: Iterable[ResultRow]
) -> dict[str, dict[str, list[dict]]]:
    """Each entity's own evidence, and the dates (and for some types provinces) of its articles.

    Returns node → article → the node's facts from that article, for `_link_loose_nodes`.
    """
    mentioned_in = ontology_label(KGO.mentionedIn)
    read_in: dict[str, dict[str, list[dict]]] = {}
    for row in rows:
        node = graph.nodes.get(str(row.node))
        if node is None:
            continue
        article = articles[str(row.article)]
        fact = article.fact(f"{mentioned_in}: {article.title or article.name}", _text(row.sentence))
        node["facts"].append(fact)
        read_in.setdefault(str(row.node), {}).setdefault(str(row.article), []).append(fact)
        if node["type"] in PLACED_BY_ARTICLE and article.province is not None:
            places = [p for p in (node["province"] or "").split(", ") if p]
            if article.province not in places:
                node["province"] = ", ".join([*places, article.province])
        if node["type"] != "event" and article.date is not None and article.date not in node["dates"]:
            node["dates"] = sorted([*node["dates"], article.date])
    return read_in


def _add_relations(
    graph: nx.MultiDiGraph, articles: dict[str, ArticleInfo], category: str, rows: Iterable[ResultRow]
) -> None:
    """One edge per (source, target, label); each article stating it adds a fact."""
    for row in rows:
        source, target = str(row.source), _text(row.target)
        if source not in graph or (target is not None and target not in graph):
            continue  # a statement about something that is not an entity of the view
        label = str(row.label) if row.label is not None else compact(str(row.relation))
        fact = _fact(articles, _text(row.get("article")), str(row.text), _text(row.get("sentence")))
        if target is None:
            graph.nodes[source]["facts"].append({**fact, "text": f"{label}: {row.text}"})
            continue
        if not graph.has_edge(source, target, key=label):
            graph.add_edge(
                source, target, key=label, label=label, category=category, facts=[],
                symmetric=row.get("symmetric") is not None,
                **({"role": str(row.role)} if row.get("role") is not None else {}),
            )
        graph.edges[source, target, label]["facts"].append(fact)


def _link_loose_nodes(graph: nx.MultiDiGraph, read_in: dict[str, dict[str, list[dict]]]) -> None:
    """Link each entity nothing else links to the articles it was read in, with its evidence."""
    label = ontology_label(KGO.mentionedIn)
    for node in [node for node in graph if graph.degree(node) == 0 and node in read_in]:
        for article, facts in read_in[node].items():
            if article in graph:
                graph.add_edge(node, article, key=label, label=label, category=REPORTED_IN,
                               facts=list(facts), symmetric=False)
