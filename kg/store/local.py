"""The store on disk: an Oxigraph database in a directory, used in this process.

Each write is one SPARQL update (`kg.store.updates`), which Oxigraph applies as one
transaction.

Many processes may read a store at once (`kg serve`, `kg query`, `kg ask`, `kg stats`),
or one may write it (`kg build`), never both: Oxigraph's read-only opening takes no lock
and must not run beside a writer, so every opening takes the lock file `kg.lock` in the
directory, shared to read and exclusive to write, and a writer also holds Oxigraph's own
lock. A command that cannot have its lock says so at once rather than waiting.

Oxigraph 0.5 can query "the union of all graphs" itself, but then returns a triple once
per graph that holds it (oxigraph issue #1919), so every join over shared nodes would
multiply rows: queries read the exact merge the updates keep in the default graph.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Mapping, Sequence

import pyoxigraph
from rdflib import Graph, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from kg.store.graphs import ONTOLOGY_GRAPH, article_graph_iri, article_name_of_graph
from kg.store.interface import Store, StoreError
from kg.store.schema import record_layout
from kg.store.terms import RdflibTerms, to_oxigraph
from kg.store.updates import change_graph_update, ntriples_of, remove_graph_update, replace_graph_update
from kg.vocab import ONTOLOGY, PREFIXES, prefixed_graph


class LocalStore(Store):
    """A store directory opened by this process. Use `kg.store.open_store(path)`."""

    # Closing compacts once this many triples were written since the last compaction: a
    # bulk build leaves many files behind, a few articles do not (and compacting a big
    # store for them would cost seconds).
    compact_after_triples = 20_000

    def __init__(self, path: Path, oxigraph: pyoxigraph.Store, lock: int | None = None) -> None:
        self.path = path
        self._oxigraph = oxigraph
        self._lock = lock  # the descriptor of kg.lock, held (see the module's doc)
        # Triples of article or derived graphs written since the last compaction
        # (refreshing the small ontology graph on every open does not count).
        self._written = 0

    @classmethod
    def open(cls, path: Path, *, create: bool, read_only: bool = False) -> LocalStore:
        """The store in directory `path` (made when missing, if `create`), its ontology graph
        that of ontology/kg.ttl. `read_only`: shared with other readers, and written by no one
        meanwhile; its ontology graph is left as it is (see `is_current`). Raises StoreError
        with one line when the directory holds other files, or no store and none is to be
        made, is locked by another process or cannot be read."""
        lock = None
        try:
            holds_database = (path / "CURRENT").is_file()
            if path.is_dir() and not holds_database and any(p.name != LOCK_FILE for p in path.iterdir()):
                # Oxigraph would otherwise create its database files among someone else's files.
                raise StoreError(f"{path}: not a kg store (a non-empty directory without an Oxigraph database)")
            if not create and not holds_database:
                # Not even in an empty directory: a command that only reads must not write one.
                raise StoreError(f"{path}: no store here (run `kg build PATH... --store {path}` first)")
            if not path.exists():
                path.mkdir(parents=True)
            lock = _take_lock(path, shared=read_only)
            # No local name for Oxigraph's store: a frame kept by a traceback would hold its lock.
            store = cls(path, pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path)),
                        lock)
        except BaseException as error:
            if lock is not None:
                os.close(lock)
            if not isinstance(error, OSError):
                raise
            message = _one_line(error)
            if "lock" in message.lower():
                raise StoreError(
                    f"{path}: the store is being written by another kg process (locked); retry when it is done"
                    if read_only else
                    f"{path}: the store is in use by another kg process (locked); close it and retry"
                ) from None
            raise StoreError(f"{path}: cannot open the store: {message}") from None
        try:
            if not read_only and not store.holds_current_ontology():
                store._write(replace_graph_update(ONTOLOGY_GRAPH, ONTOLOGY.serialize(format="nt")))
        except BaseException:
            store.close()
            raise
        return store

    def __str__(self) -> str:
        return str(self.path)

    def holds_current_ontology(self) -> bool:
        """Whether the ontology graph is kg.ttl's already: opening then writes nothing
        (rewriting it took two thirds of opening a store)."""
        graph = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
        stored = {quad.triple for quad in self._oxigraph.quads_for_pattern(None, None, None, graph)}
        return stored == {pyoxigraph.Triple(*map(to_oxigraph, triple)) for triple in ONTOLOGY}

    def close(self) -> None:
        """Compact after a bulk write (see `compact_after_triples`), then release the
        directory lock (Oxigraph lets go when its last reference is dropped)."""
        if not hasattr(self, "_oxigraph"):
            return  # already closed
        try:
            if self._written >= self.compact_after_triples:
                self.compact()
        finally:
            del self._oxigraph
            if self._lock is not None:
                os.close(self._lock)  # after Oxigraph's files are let go: a writer may come next

    # ------------------------------------------------------------------ writing

    def replace_graph_text(self, graph_iri: str, ntriples: str) -> int:
        self._write(replace_graph_update(graph_iri, ntriples))
        count = ntriples.count("\n")
        self._written += count
        return count

    def change_graph_text(self, graph_iri: str, removed: str, added: str) -> int:
        self._write(change_graph_update(graph_iri, removed, added))
        count = added.count("\n")
        self._written += count
        return count

    # Graphs changed per transaction by `change_graphs`: one update each cost 3 ms at 1,000
    # articles and more as the store grows.
    changes_per_transaction = 100

    def change_graphs(self, changes) -> int:
        """See `Store.change_graphs`: `changes_per_transaction` graphs per update (one
        transaction, each graph's change a step of it)."""
        updates, added = [], 0
        for graph_iri, removed, new in changes:
            text = ntriples_of(new)
            updates.append(change_graph_update(graph_iri, ntriples_of(removed), text))
            added += text.count("\n")
            if len(updates) >= self.changes_per_transaction:
                self._write(" ;\n".join(updates))
                updates = []
        if updates:
            self._write(" ;\n".join(updates))
        self._written += added
        return added

    def add_new_graphs(self, graphs: Sequence[tuple[str, str]]) -> int:
        """See `Store.add_new_graphs`: Oxigraph's bulk loader, which writes its files directly,
        without a transaction."""
        named = b"".join(ntriples.encode().replace(b" .\n", f" <{iri}> .\n".encode()) for iri, ntriples in graphs)
        try:
            # The graphs first, the merge after: a crash in between leaves whole graphs to
            # merge again, never triples in the merge that no graph states.
            self._oxigraph.bulk_load(named, format=pyoxigraph.RdfFormat.N_QUADS)
            self._oxigraph.bulk_load(b"".join(ntriples.encode() for _, ntriples in graphs),
                                     format=pyoxigraph.RdfFormat.N_TRIPLES)
        except (OSError, SyntaxError) as error:
            raise StoreError(f"{self.path}: bulk load failed: {_one_line(error)}") from None
        added = named.count(b"\n")
        self._written += added
        return added

    def remove_article(self, name: str) -> bool:
        graph_iri = pyoxigraph.NamedNode(article_graph_iri(name))
        if not self._oxigraph.contains_named_graph(graph_iri):
            return False
        self._written += sum(1 for _ in self._oxigraph.quads_for_pattern(None, None, None, graph_iri))
        self._write(remove_graph_update(graph_iri.value))
        return True

    def apply_update(self, update: str) -> None:
        self._write(update)

    def clear(self) -> None:
        """Drop every article and derived graph: an empty store holding the ontology, still
        held by this process (unlike deleting its directory, which another process may have
        open), in the current layout."""
        self._oxigraph.clear()
        self._write(replace_graph_update(ONTOLOGY_GRAPH, ONTOLOGY.serialize(format="nt")))
        record_layout(self)

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

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, init_bindings: Mapping[str, Identifier] | None = None) -> Result:
        """See `Store.query`. Asks Oxigraph directly and converts each distinct term of the
        answer once (`RdflibTerms`): converting every cell would double a query's time."""
        answer = self._oxigraph.query(
            sparql,
            prefixes=PREFIXES,
            substitutions={pyoxigraph.Variable(name): to_oxigraph(term)
                           for name, term in (init_bindings or {}).items()},
        )
        terms = RdflibTerms()
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

    @property
    def graph(self) -> Graph:
        return self._copy(pyoxigraph.DefaultGraph(), prefixed_graph())

    def article_graph(self, name: str) -> Graph:
        graph_iri = article_graph_iri(name)
        return self._copy(pyoxigraph.NamedNode(graph_iri), prefixed_graph(graph_iri))

    def article_names(self) -> list[str]:
        return sorted(
            name
            for graph in self._oxigraph.named_graphs()
            if isinstance(graph, pyoxigraph.NamedNode)
            and (name := article_name_of_graph(graph.value)) is not None
        )

    def _copy(self, graph_name: pyoxigraph.NamedNode | pyoxigraph.DefaultGraph, into: Graph) -> Graph:
        terms = RdflibTerms()
        into += ((terms[s], terms[p], terms[o]) for s, p, o, _ in self._oxigraph.quads_for_pattern(
            None, None, None, graph_name))
        return into


LOCK_FILE = "kg.lock"


def _take_lock(path: Path, *, shared: bool) -> int | None:
    """kg.lock in the store directory, locked shared (to read) or exclusive (to write): the
    open descriptor, which holds the lock until closed. OSError "locked" when another
    process holds it the other way. None for a store this user cannot write, where there
    is no lock file and can be no writer."""
    lock_path = path / LOCK_FILE
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except PermissionError:
        if not lock_path.exists():
            return None
        descriptor = os.open(lock_path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise OSError(f"{lock_path} is locked") from None
    return descriptor


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
