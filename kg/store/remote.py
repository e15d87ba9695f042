"""The store on a SPARQL 1.1 server: `--store http://host:port`.

For a graph that outgrows one machine, or a team sharing one: any server that speaks
the SPARQL 1.1 Query and Update protocols (Oxigraph, Fuseki, Virtuoso, GraphDB,
Neptune ...) holds the store, and `kg build`, `kg query`, `kg view`, `kg export` work
on it unchanged.

The layout is the local store's, written by the same SPARQL updates: one named graph
per article, the ontology in a graph of its own, and in the default graph the merge of
them all, each triple once. Queries read that default graph, so every query, named
query and view query gives the same rows here as on a local store — no query needs
rewriting with GRAPH ?g and DISTINCT (a server's "union of all graphs" would repeat a
triple once per article stating it, and multiply the rows of every join).

Writes are batched: `replace_graph` queues the graph's update, and every `batch_size`
graphs the queue goes to the server as one update request (the protocol asks servers
to apply a request atomically: a batch lands whole or not at all). Every read sends the
queue first, and so does `close`. The ontology graph is refreshed with the first batch
of a session, so reading never writes.

`RemoteStore.at(url)` finds the query endpoint: `url/query` (Oxigraph, Fuseki),
`url/sparql` (`kg serve`, Virtuoso, Blazegraph), or `url` itself when it is the endpoint
(GraphDB's `/repositories/NAME`, or any endpoint's full URL), tried in that order (the
URL itself first when it has a path): the first to answer a query. Updates go to
`update_url` when given, else beside a `query` or `sparql` endpoint to `update`, else to
the query endpoint itself (the protocol lets one URL take both).
"""
from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from typing import Mapping, Sequence

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Identifier

from kg.sparql_text import user_position, with_prefixes
from kg.store.graphs import ONTOLOGY_GRAPH, article_graph_iri, article_name_of_graph
from kg.store.interface import Store, StoreError
from kg.store.updates import add_ntriples_update, change_graph_update, remove_graph_update, replace_graph_update
from kg.vocab import ONTOLOGY, prefixed_graph

DEFAULT_BATCH_SIZE = 25  # graphs per update request (~1-3 MB of N-Triples)
DEFAULT_TIMEOUT_S = 300.0  # per HTTP request; a large batch or query takes a while

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"

_MAX_MESSAGE = 300  # characters of a server's error body kept in a one-line message


class RemoteStore(Store):
    """A store on a SPARQL 1.1 server. Use `RemoteStore.at(url)` or `kg.store.open_store(url)`.

    `graph` and `article_graph(name)` download their copy when called.
    """

    def __init__(
        self, query_url: str, update_url: str, *,
        batch_size: int = DEFAULT_BATCH_SIZE, timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.query_url = query_url
        self.update_url = update_url
        self.batch_size = batch_size
        self.timeout_s = timeout_s
        self._pending: list[str] = []  # one update per queued graph
        self._ontology_written = False

    @classmethod
    def at(cls, url: str, *, update_url: str | None = None, **options) -> RemoteStore:
        """The store on the server at `url` (see the module's doc for where its endpoints are).

        Raises StoreError with one line when no endpoint there answers a query.
        """
        base = url.rstrip("/")
        beside = [f"{base}/query", f"{base}/sparql"]
        tried = [base, *beside] if urllib.parse.urlsplit(base).path else [*beside, base]
        for query_url in tried:
            store = cls(query_url, update_url or _update_url(query_url), **options)
            try:
                store._post(query_url, {"query": "ASK {}"}, accept=RESULTS_JSON).close()
                return store
            except _NotAnEndpoint:
                continue
        raise StoreError(f"{url}: no SPARQL query endpoint there (tried {', '.join(tried)})")

    def __str__(self) -> str:
        return self.query_url

    def close(self) -> None:
        """Send the queued graphs (they are whole even when the caller stopped half-way)."""
        self.flush()

    # ------------------------------------------------------------------ writing

    def replace_graph_text(self, graph_iri: str, ntriples: str) -> int:
        """See `Store.replace_graph_text`; queued, sent with the next batch."""
        self._pending.append(replace_graph_update(graph_iri, ntriples))
        if len(self._pending) >= self.batch_size:
            self.flush()
        return ntriples.count("\n")

    def change_graph_text(self, graph_iri: str, removed: str, added: str) -> int:
        """See `Store.change_graph_text`; queued like `replace_graph`."""
        self._pending.append(change_graph_update(graph_iri, removed, added))
        if len(self._pending) >= self.batch_size:
            self.flush()
        return added.count("\n")

    def add_new_graphs(self, graphs: Sequence[tuple[str, str]]) -> int:
        """See `Store.add_new_graphs`: queued like `replace_graph`, `batch_size` graphs per request."""
        for iri, ntriples in graphs:
            self._pending.append(add_ntriples_update(iri, ntriples))
            if len(self._pending) >= self.batch_size:
                self.flush()
        return sum(ntriples.count("\n") for _, ntriples in graphs)

    def remove_article(self, name: str) -> bool:
        graph_iri = article_graph_iri(name)
        if not self.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}").askAnswer:
            return False
        self._pending.append(remove_graph_update(graph_iri))
        self.flush()
        return True

    def apply_update(self, update: str) -> None:
        self._pending.append(update)
        self.flush()

    def flush(self) -> None:
        """Send the queued updates as one request."""
        if not self._pending:
            return
        updates, self._pending = self._pending, []  # a failed batch is reported, never resent
        if not self._ontology_written:
            updates.insert(0, replace_graph_update(ONTOLOGY_GRAPH, ONTOLOGY.serialize(format="nt")))
        self._post(self.update_url, {"update": " ;\n".join(updates)}).close()
        self._ontology_written = True

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, init_bindings: Mapping[str, Identifier] | None = None) -> Result:
        """See `Store.query`.

        Bindings are joined to the query as a trailing VALUES clause (the protocol has no
        other way); a parameter of a named query is bound by its patterns, so the rows
        are those of the local store. Raises SyntaxError for a query the server rejects.
        """
        self.flush()
        text = with_prefixes(sparql)
        if init_bindings:
            variables = " ".join(f"?{name}" for name in init_bindings)
            values = " ".join(term.n3() for term in init_bindings.values())
            text += f"\nVALUES ({variables}) {{ ({values}) }}"
        with self._post(self.query_url, {"query": text}, accept=f"{RESULTS_JSON}, {N_TRIPLES}",
                        syntax_errors=True) as response:
            body = response.read()
            media_type = response.headers.get_content_type()
        if media_type == N_TRIPLES:
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
            return result
        return Result.parse(io.BytesIO(body), format="json")

    @property
    def graph(self) -> Graph:
        graph = prefixed_graph()
        graph += self.query("CONSTRUCT WHERE { ?s ?p ?o }").graph
        return graph

    def article_graph(self, name: str) -> Graph:
        graph_iri = article_graph_iri(name)
        graph = prefixed_graph(graph_iri)
        graph += self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}").graph
        return graph

    def article_names(self) -> list[str]:
        graphs = self.query("SELECT DISTINCT ?graph WHERE { GRAPH ?graph { } }")
        return sorted(
            name for (graph,) in graphs if (name := article_name_of_graph(str(graph))) is not None
        )

    # ------------------------------------------------------------------ HTTP

    def _post(self, url: str, form: dict[str, str], *, accept: str | None = None,
              syntax_errors: bool = False):
        """POST a protocol form; the open response, or a one-line StoreError (SyntaxError for a
        query the server rejects as malformed, when `syntax_errors`)."""
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(
            url, data=urllib.parse.urlencode(form).encode("utf-8"), headers=headers, method="POST")
        try:
            return urllib.request.urlopen(request, timeout=self.timeout_s)
        except urllib.error.HTTPError as error:
            if error.code in _NOT_AN_ENDPOINT:
                raise _NotAnEndpoint(f"{url}: the server answered {error.code} {error.reason}: "
                                     "no SPARQL endpoint at this URL") from None
            detail = _one_line(error.read().decode("utf-8", "replace"))[:_MAX_MESSAGE]
            if syntax_errors and error.code == 400:
                raise SyntaxError(user_position(detail)) from None
            raise StoreError(f"{url}: the server answered {error.code} {error.reason}: {detail}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StoreError(f"{url}: cannot reach the store: {_one_line(str(reason))}") from None


# What a server answers a query sent where it has no query endpoint.
_NOT_AN_ENDPOINT = (404, 405, 415)


class _NotAnEndpoint(StoreError):
    """The URL is not a SPARQL endpoint (a StoreError to callers other than `RemoteStore.at`)."""


def _update_url(query_url: str) -> str:
    """Where updates go, beside the query endpoint `query_url` (see the module's doc)."""
    base, _, last = query_url.rpartition("/")
    return f"{base}/update" if last in ("query", "sparql") else query_url


def _one_line(text: str) -> str:
    return " ".join(text.split())
