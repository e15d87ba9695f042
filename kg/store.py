"""The persistent knowledge-graph store: Oxigraph on disk, seen through oxrdflib, one named graph per article.

Each article's triples live in their own named graph (`kg.mapping.article_graph_iri`),
so replacing or removing an article touches exactly what that article said, while a
person named in several articles keeps what the other articles say. The ontology is
kept in a graph of its own, so queries can read role and class labels.

The default graph holds the merge of all those graphs (each triple once), and queries
read it. Oxigraph 0.5 can query "the union of all graphs" itself, but then returns a
triple once per graph that holds it (oxigraph issue #1919), so every join over shared
nodes multiplies rows. The store keeps the merge exact: replacing an article removes
from it the triples no other graph states, then adds the new ones. Named graphs stay
reachable with GRAPH ?g { ... } for per-article provenance.

Each write is one SPARQL update request, which Oxigraph applies as one transaction:
a crash never leaves half an article or a merge out of step. Only one process may
open a store directory at a time. The same updates and layout serve a store on a
SPARQL server (`kg.remote`).
"""
from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Mapping

import pyoxigraph
from oxrdflib._converter import from_ox, to_ox  # oxrdflib's term conversion (pinned < 0.6)
from oxrdflib.store import OxigraphStore
from rdflib import Dataset, Graph, Literal, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from extract.facts import ArticleFacts
from kg.mapping import article_graph_iri, article_name_of_graph, facts_to_graph
from kg.vocab import GRAPH, ONTOLOGY, PREFIXES, XSD

if TYPE_CHECKING:
    from kg.remote import RemoteStore

DEFAULT_STORE_PATH = "kg-data"
ONTOLOGY_GRAPH = GRAPH["ontology"]
_XSD_STRING = pyoxigraph.NamedNode(XSD.string)

# Removes from the merged default graph what only graph <{graph}> states (run before dropping it).
_UNMERGE = (
    "DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }}"
    " FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }}"
)

# Triples in the merged default graph: one index scan, unlike TRIPLE_COUNT_QUERY's distinct
# over every named graph (0.4 s against 6 s at a million triples).
MERGED_COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

# Distinct triples over all article graphs (the ontology graph does not count).
TRIPLE_COUNT_QUERY = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {"
    f" GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{article_graph_iri('')}\")) }} }}"
)


def replace_graph_update(graph_iri: str, graph: Graph) -> str:
    """The SPARQL update putting `graph` in place of named graph <graph_iri>, keeping the merge exact."""
    return (f"{_UNMERGE.format(graph=graph_iri)} ; DROP SILENT GRAPH <{graph_iri}> ;"
            f" {add_to_graph_update(graph_iri, graph)}")


def add_to_graph_update(graph_iri: str, graph: Graph) -> str:
    """The SPARQL update adding `graph`'s triples to named graph <graph_iri> and to the merge."""
    triples = graph.serialize(format="nt")
    return f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{triples}\n}} }} ; INSERT DATA {{\n{triples}\n}}"


def remove_graph_update(graph_iri: str) -> str:
    """The SPARQL update dropping named graph <graph_iri> and what only it adds to the merge."""
    return f"{_UNMERGE.format(graph=graph_iri)} ; DROP GRAPH <{graph_iri}>"


class StoreError(Exception):
    """The store cannot be opened or written; the message is one line naming the store."""


class Store:
    """An open store. Use `open_store`, preferably as a context manager."""

    # Closing compacts once this many triples were written since the last compaction: a
    # bulk build leaves many files behind, a few articles do not (and compacting a big
    # store for them would cost seconds).
    compact_after_triples = 20_000

    def __init__(self, path: Path, oxigraph: pyoxigraph.Store) -> None:
        self.path = path
        self._oxigraph = oxigraph
        self._dataset = Dataset(store=OxigraphStore(store=oxigraph))
        # The merged graph of all articles and the ontology: read it, never write to it.
        self.graph: Graph = self._dataset.default_graph
        # Triples of article or derived graphs written since the last compaction
        # (refreshing the small ontology graph on every open does not count).
        self._written = 0

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Compact after a bulk write (see `compact_after_triples`), then release the
        directory lock (Oxigraph lets go when its last reference is dropped)."""
        if not hasattr(self, "_oxigraph"):
            return  # already closed
        try:
            if self._written >= self.compact_after_triples:
                self.compact()
        finally:
            self._dataset.close()
            del self.graph, self._dataset, self._oxigraph

    def replace_article(self, facts: ArticleFacts) -> int:
        """Store the article's facts in place of whatever its graph held; returns the triple count.

        The graph is built in memory first, so a mapping error leaves the stored article untouched.
        """
        return self.replace_graph(facts_to_graph(facts))

    def replace_graph(self, graph: Graph) -> int:
        """Store `graph` as the named graph `graph.identifier`, in place of what it held; returns
        its triple count. For an article graph already built (and checked), and for the graphs
        kg.identity and kg.attestation derive from all articles."""
        self._replace_graph(graph.identifier, graph)
        self._written += len(graph)
        return len(graph)

    def remove_article(self, name: str) -> bool:
        """Drop the article's graph; False when the store has no such article."""
        graph_iri = article_graph_iri(name)
        if not self._oxigraph.contains_named_graph(pyoxigraph.NamedNode(graph_iri)):
            return False
        self._written += len(self.article_graph(name))
        self._write(remove_graph_update(graph_iri))
        return True

    def clear(self) -> None:
        """Drop every article and derived graph: an empty store, still held by this process
        (unlike deleting its directory, which another process may have open)."""
        from kg import layout  # imported here: kg.layout builds on this module

        self._oxigraph.clear()
        self._replace_graph(ONTOLOGY_GRAPH, ONTOLOGY)
        layout.upgrade(self)

    def article_graph(self, name: str) -> Graph:
        """What the article `name` states (empty when the store does not hold it); read only."""
        return Graph(store=self._dataset.store, identifier=article_graph_iri(name))

    def query(self, sparql: str, init_bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query over the merged graph; the ontology's prefixes need no PREFIX lines.

        Raises SyntaxError for a query that does not parse (an update never parses as a
        query, so this never writes). `kg.query.run_query` turns errors into one line.

        Asks Oxigraph directly rather than through oxrdflib's `Graph.query`, which makes a
        new rdflib term for every cell: here a term that recurs in the answer (a role, an
        event, an article, a date) is converted once, and a string is a simple literal, as a
        SPARQL server returns it. An rdflib literal costs about as much to make as Oxigraph's
        joins for its row, so converting every cell would double a query's time.
        """
        answer = self._oxigraph.query(
            sparql,
            prefixes=PREFIXES,
            substitutions={pyoxigraph.Variable(name): to_ox(term) for name, term in (init_bindings or {}).items()},
        )
        terms = _RdflibTerms()
        if isinstance(answer, pyoxigraph.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
        elif isinstance(answer, pyoxigraph.QuerySolutions):
            result = Result("SELECT")
            result.vars = [Variable(variable.value) for variable in answer.variables]
            result.bindings = [
                {variable: terms[value] for variable, value in zip(result.vars, solution) if value is not None}
                for solution in answer
            ]
        else:
            result = Result("CONSTRUCT")
            result.graph = Graph()
            result.graph += ((terms[s], terms[p], terms[o]) for s, p, o in answer)
        return result

    def article_names(self) -> list[str]:
        return sorted(
            name
            for graph in self._oxigraph.named_graphs()
            if isinstance(graph, pyoxigraph.NamedNode)
            and (name := article_name_of_graph(graph.value)) is not None
        )

    def article_count(self) -> int:
        return len(self.article_names())

    def triple_count(self) -> int:
        """Distinct triples over all articles (a triple several articles state counts once)."""
        return self._count(TRIPLE_COUNT_QUERY)

    def merged_triple_count(self) -> int:
        """Triples the queries read: the merged graph (every article's triples once, those
        derived from all articles, the ontology's). Much cheaper than `triple_count`."""
        return self._count(MERGED_COUNT_QUERY)

    def _count(self, query: str) -> int:
        return int(next(iter(self._oxigraph.query(query)))["n"].value)

    def _replace_graph(self, graph_iri: str, graph: Graph) -> None:
        self._write(replace_graph_update(graph_iri, graph))

    def apply_update(self, update: str) -> None:
        """Apply a SPARQL update that keeps the merged graph exact itself (kg.layout's steps)."""
        self._write(update)

    def compact(self) -> None:
        """Merge the files a batch of writes leaves behind (Oxigraph's `optimize`). Left to
        RocksDB's background compaction, the next queries run beside it: at a million
        triples, several times slower for minutes. A few seconds per million triples."""
        if not self._written:
            return
        try:
            self._oxigraph.optimize()
        except OSError as error:
            raise StoreError(f"{self.path}: compaction failed: {_one_line(error)}") from None
        self._written = 0

    def _write(self, update: str) -> None:
        try:
            self._oxigraph.update(update)
        except OSError as error:
            raise StoreError(f"{self.path}: write failed: {_one_line(error)}") from None


def open_store(path: str | Path = DEFAULT_STORE_PATH, *, create: bool = True) -> Store | RemoteStore:
    """Open the store directory `path` (creating it if needed, unless `create` is False), or
    the SPARQL server at an http(s):// URL.

    A URL gives a `kg.remote.RemoteStore`, which behaves like the local store.
    Raises StoreError with one line when the path is empty, when the directory holds no
    store and none is to be created (a command that only reads would otherwise answer a
    mistyped path with an empty store, and leave database files in an empty folder),
    is locked by another process, is not a directory, holds other files, or cannot be read,
    or the server cannot be reached.
    """
    if is_remote(path):
        from kg.remote import RemoteStore  # imported here: kg.remote builds on this module

        return _ready(RemoteStore.at(str(path)), path)
    if not str(path):
        raise StoreError("the store path is empty (for the current folder, write --store .)")
    path = Path(path)
    try:
        holds_database = (path / "CURRENT").is_file()
        if path.is_dir() and not holds_database and any(path.iterdir()):
            # Oxigraph would otherwise create its database files among someone else's files.
            raise StoreError(f"{path}: not a kg store (a non-empty directory without an Oxigraph database)")
        if not create and not holds_database:
            # Not even in an empty directory: a command that only reads must not write one.
            raise StoreError(f"{path}: no store here (run `kg build PATH... --store {path}` first)")
        if not path.exists():
            path.mkdir(parents=True)
        # No local name for Oxigraph's store: a frame kept by a traceback would hold its lock.
        store = Store(path, pyoxigraph.Store(str(path)))
    except OSError as error:
        message = _one_line(error)
        if "lock" in message.lower():
            raise StoreError(
                f"{path}: the store is in use by another kg process (locked); close it and retry"
            ) from None
        raise StoreError(f"{path}: cannot open the store: {message}") from None
    return _ready(store, path)


def _ready(store: Store | RemoteStore, location: str | Path) -> Store | RemoteStore:
    """`store` with the current ontology (a remote store writes it with its first batch)
    and in the layout this kg writes (kg.layout); closed on failure."""
    from kg import layout  # imported here: kg.layout builds on this module

    try:
        if isinstance(store, Store):
            store._replace_graph(ONTOLOGY_GRAPH, ONTOLOGY)
        layout.upgrade(store)
    except BaseException as error:
        store.close()
        if isinstance(error, layout.NewerLayout):
            raise StoreError(f"{location}: {error}") from None
        raise
    return store


def is_remote(location: str | Path) -> bool:
    """True for the URL of a SPARQL server (`--store http://...`), False for a directory."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


class _RdflibTerms(dict):
    """Oxigraph's terms as rdflib's, each distinct term converted once."""

    def __missing__(self, term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> Identifier:
        converted = self[term] = _rdflib_term(term)
        return converted


def _rdflib_term(term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> Identifier:
    if isinstance(term, pyoxigraph.Literal) and term.datatype == _XSD_STRING and not term.language:
        # A simple literal, as kg.mapping wrote it and a SPARQL server returns it (RDF 1.1
        # makes it an xsd:string; rdflib tells the two apart, and makes it three times faster).
        return Literal(term.value)
    return from_ox(term)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
