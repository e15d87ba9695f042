"""What every store offers, whichever backend holds it: `Store`, and `StoreError`.

Two backends implement it: `kg.store.local.LocalStore` (Oxigraph on disk, in this
process) and `kg.store.remote.RemoteStore` (a SPARQL 1.1 server). Both keep the same
layout (see `kg.store`), written by the same SPARQL updates (`kg.store.updates`), so
every query gives the same rows on either.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from types import TracebackType
from typing import Iterable, Mapping, Sequence

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.store.graphs import ARTICLE_GRAPHS
from kg.store.updates import ntriples_of

# Triples in the merged default graph: one index scan, unlike TRIPLE_COUNT_QUERY's distinct
# over every named graph (0.4 s against 6 s at a million triples).
MERGED_COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

# Distinct triples over all article graphs (the ontology and the derived graphs do not count).
TRIPLE_COUNT_QUERY = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {"
    f" GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{ARTICLE_GRAPHS}\")) }} }}"
)


class StoreError(Exception):
    """The store cannot be opened or written; the message is one line naming the store."""


class Store(ABC):
    """An open store. Use `kg.store.open_store`, preferably as a context manager.

    Writes keep the merged default graph exact; reads see every write made before them.
    """

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None:
        """Finish pending work and let go of the store."""

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph: Graph) -> int:
        """Store `graph` as the named graph `graph.identifier`, in place of what it held; its
        triple count. For an article's graph (kg.build maps and checks it first) and for the
        graphs kg.identity and kg.attestation derive from all articles."""
        return self.replace_graph_text(str(graph.identifier), graph.serialize(format="nt"))

    @abstractmethod
    def replace_graph_text(self, graph_iri: str, ntriples: str) -> int:
        """`replace_graph` of triples written as N-Triples (one a line), in one transaction."""

    def change_graph(self, graph_iri: str, removed: Iterable[tuple[Node, Node, Node]],
                     added: Iterable[tuple[Node, Node, Node]]) -> int:
        """Take the triples `removed` out of named graph <graph_iri> and put `added` in, in one
        transaction; the count of triples added. For a graph that changes in a few of its
        triples (kg.identity renaming an article's people): `replace_graph` rewrites every
        triple, and checks each against every other graph to keep the merge exact (six
        times the time for the renamings of a first build of 1,000 articles)."""
        return self.change_graph_text(graph_iri, ntriples_of(removed), ntriples_of(added))

    def change_graphs(self, changes: Iterable[tuple[str, Iterable[tuple[Node, Node, Node]],
                                                    Iterable[tuple[Node, Node, Node]]]]) -> int:
        """`change_graph` of several graphs, (IRI, removed, added) each: each graph changes
        whole, and a store may put several in one transaction (kg.identity renaming the
        people of a first build's articles)."""
        return sum(self.change_graph(graph_iri, removed, added) for graph_iri, removed, added in changes)

    @abstractmethod
    def change_graph_text(self, graph_iri: str, removed: str, added: str) -> int:
        """`change_graph` of triples written as N-Triples (one a line)."""

    @abstractmethod
    def add_new_graphs(self, graphs: Sequence[tuple[str, str]]) -> int:
        """Add named graphs the store does not hold yet, each given as (IRI, its triples as
        N-Triples), and their triples to the merge, in bulk; the triple count. For the new
        articles of a build: unlike `replace_graph`, not one transaction per graph, so
        kg.build marks them pending first and a command after a crash checks them."""

    @abstractmethod
    def remove_article(self, name: str) -> bool:
        """Drop the article's graph; False when the store has no such article."""

    @abstractmethod
    def apply_update(self, update: str) -> None:
        """Apply a SPARQL update that keeps the merged graph exact itself (kg.store.schema's steps)."""

    # ------------------------------------------------------------------ reading

    @abstractmethod
    def query(self, sparql: str, init_bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query over the merged graph; the ontology's prefixes need no PREFIX lines.

        Strings come back as simple literals, as a SPARQL server returns them. Raises
        SyntaxError for a query that does not parse (an update never parses as a query, so
        this never writes); `kg.query.run_query` turns errors into one line.
        """

    @property
    @abstractmethod
    def graph(self) -> Graph:
        """A copy of the merged graph of all articles and the ontology, with the ontology's prefixes."""

    @abstractmethod
    def article_graph(self, name: str) -> Graph:
        """A copy of what the article `name` states (empty when the store does not hold it)."""

    @abstractmethod
    def article_names(self) -> list[str]:
        """The names of the stored articles, sorted."""

    def article_count(self) -> int:
        return len(self.article_names())

    def graph_size(self, graph_iri: str) -> int:
        """Triples in the named graph <graph_iri> (0 when the store has no such graph)."""
        return self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")

    def triple_count(self) -> int:
        """Distinct triples over all articles (a triple several articles state counts once)."""
        return self._count(TRIPLE_COUNT_QUERY)

    def merged_triple_count(self) -> int:
        """Triples the queries read: the merged graph (every article's triples once, those
        derived from all articles, the ontology's). Much cheaper than `triple_count`."""
        return self._count(MERGED_COUNT_QUERY)

    def _count(self, query: str) -> int:
        (row,) = self.query(query)
        return int(row[0])
