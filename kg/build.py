"""Building the store from article files: read, extract, map to RDF, check, store; and removing.

Reading, extraction, mapping and the SHACL check run per file, in this process or in
worker processes on every core (`kg.parallel`, on Dask); writing happens here, in one
place (a thread of its own, `_Writer`), in the order of the input files, so the store
holds the same facts whatever the number of workers. An article graph that does not
conform to the shapes, or whose extraction fails or runs over its time budget, is
reported with one line and not stored (an earlier version of it stays), and the batch
goes on.

New articles go to the store in bulk (`Store.add_new_graphs`, Oxigraph's bulk loader),
BATCH_ARTICLES at a time; an article the store already holds is replaced in one
transaction. An article whose text (folded: `kg.mapping.content_key`) is that of an
article read or stored before it under another name — a syndicated copy — is not stored
again: the first one records the copy's file (`kgo:alsoReadFrom`), and counts once.

After the articles are in, or one is removed, the graphs derived from all articles are
recomputed for the names those articles mention or mentioned: who is who
(`kg.identity`, graphs kgg:identity/<key>) and when each post is attested
(`kg.attestation`, graphs kgg:attestation/<key>). They are checked too. Adding an
article to a big store thus costs what its names cost, not what the store holds.

A first build (a store with no article and no derived graph yet) does not read its names
back from the store: the workers read each article's people as they map it
(`kg.identity.article_mentions`), and once the last file is mapped they resolve the names,
a group of whole names each (`kg.identity.resolve_mentions`), while the last batch loads;
this process only writes the renamed people and the graphs. The result is what reading
every name back gives (tested), without a serial step that grew with the build.

A crash or `kill -9` cannot leave the store silently stale: the articles a build is
about to write are recorded first (`kg.store.pending`), and the record is cleared only
once the derived graphs are recomputed. `repair` finishes such a build's work (it drops
a bulk-loaded article that was cut off, merges whole ones, recomputes the derived
graphs); every command runs it when it opens a store that needs it.

SIGINT (Ctrl-C) or SIGTERM stops a build early but leaves the store consistent: reading
and extracting stop at once, the articles read before the signal are stored whole (the
writer finishes them, and a signal never cuts one off), and the derived graphs are then
recomputed for the articles stored so far (a signal during that last step waits for
it). Building the same inputs again finishes the job.
"""
from __future__ import annotations

import queue
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Collection, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node
from tqdm import tqdm

from extract.batch import Batch, name_clash
from extract.facts import ArticleFacts
from extract.lexicon import Lexicon
from extract.reader import find_inputs
from kg.attestation import attestation_graphs
from kg.identity import Resolution, resolve, search_keys_of
from kg.identity.mentions import ArticleMentions
from kg.identity.resolution import ResolvedNames, renaming_in_store
from kg.mapping import MappingError, article_iri, derived_graph_iri
from kg.memory import keep_heap_small
from kg.parallel import ArticleMappers, FileResult, MappedArticle, count_facts, in_process, map_article
from kg.store import Store
from kg.store.graphs import article_graph_iri
from kg.store.pending import clear_pending, mark_pending, pending_articles
from kg.store.updates import add_ntriples_update, merge_graph_update, ntriples_of
from kg.validation import DerivedGraphError, Shapes, check_derived
from kg.vocab import GRAPH, KGO

# New articles written per bulk load: small enough that most of a build's loading runs
# while its articles are still being extracted, big enough that a load costs little per
# article (from 50 to 1,000 articles a load, the same per article, benchmarks/README.md).
BATCH_ARTICLES = 250
# Towards the end of a build, batches shrink to half the files left (not below this): the
# load that runs after the last file is then a small one.
LAST_BATCH_ARTICLES = 50
# A first build's names are resolved in this many groups per worker (one task each), so that
# a worker given the biggest names does not finish long after the others.
RESOLVE_GROUPS_PER_WORKER = 4
# A first build's identity and attestation graphs are bulk-loaded this much N-Triples text
# at a time (about an article batch's): loaded at once (560,000 triples at 10,000
# articles), they were held several times over — the text, its bytes with and without the
# graph names, the loader's buffers.
DERIVED_LOAD_BYTES = 16_000_000
# Starting worker processes costs seconds (each loads spaCy and the Lexicon): fewer
# files than this are mapped in this process, whatever the number of workers asked for.
MIN_FILES_FOR_WORKERS = 200

__all__ = ["ArticleRejected", "BuildReport", "DerivedGraphError", "build", "count_facts", "remove", "repair",
           "store_article", "update_derived_graphs"]


@dataclass
class RepairReport:
    """What `repair` found: the articles a killed build or removal left pending."""

    pending: int  # articles whose derived graphs were recomputed
    dropped: list[str]  # bulk-loaded articles that were cut off, removed

    def __str__(self) -> str:
        dropped = (f"; dropped {len(self.dropped)} article(s) cut off half-way, build them again: "
                   f"{', '.join(self.dropped[:5])}{' ...' if len(self.dropped) > 5 else ''}") if self.dropped else ""
        return (f"a build or removal stopped before it finished (killed?); repaired the store: "
                f"identities and dates recomputed for {self.pending} article(s){dropped}")


@dataclass
class BuildReport:
    articles: int = 0
    facts: int = 0
    triples_written: int = 0
    copies: int = 0  # articles whose text an article read or stored before them already had
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, one-line reason)
    encodings: Counter[str] = field(default_factory=Counter)  # articles read per detected encoding
    files: int = 0  # input files found
    workers: int = 1  # processes that mapped the articles
    seconds: float = 0.0  # reading, extracting, mapping and storing
    derived_seconds: float = 0.0  # recomputing identity and attestation
    interrupted_by: signal.Signals | None = None  # the signal that stopped the build early
    repaired: RepairReport | None = None  # what a build killed before this one left undone, finished first


class ArticleRejected(Exception):
    """An article that cannot be stored faithfully; the message is one line naming it."""


def build(paths: list[str | Path], store: Store, lexicon: Lexicon, *, workers: int = 1,
          scheduler: str | None = None, progress: bool = False) -> BuildReport:
    """Extract every article under `paths` into `store`, replacing earlier versions, with
    `workers` processes (a Dask LocalCluster when more than one), or on the Dask cluster
    whose scheduler is at `scheduler` (tcp://host:port).

    Stops early on SIGINT or SIGTERM (`BuildReport.interrupted_by`), with the store consistent.
    """
    keep_heap_small()  # a long build frees big strings on several threads (kg.memory)
    report = BuildReport(repaired=repair(store, lexicon))
    files, report.skipped = find_inputs(paths)
    report.files = len(files)
    if scheduler is None and len(files) < MIN_FILES_FOR_WORKERS:
        workers = 1
    start = time.perf_counter()
    bar = tqdm(total=len(files), unit="file", desc="read, extract, store", disable=None) if progress else None
    with _StopSignals() as stop:
        writer = _Writer(store, report)
        resolved = False  # whether a first build's identities, resolved by the workers, are written
        try:
            with _article_mappers(lexicon, workers, scheduler) as mappers:
                report.workers = mappers.workers
                try:
                    for taken, result in enumerate(mappers.map_in_order(files), 1):
                        with stop.held():
                            writer.take(result, len(files) - taken)
                        if bar is not None:
                            bar.update()
                            bar.set_postfix_str(f"{report.articles / (time.perf_counter() - start):.1f} articles/s",
                                                refresh=False)
                        if stop.received:
                            break
                except KeyboardInterrupt:  # raised by _StopSignals while reading or extracting
                    pass
                with stop.held():
                    writer.end()  # the last batch loads on the writer's thread ...
                    if writer.mentions is not None and writer.mentions:
                        # ... while the workers resolve the names of a first build, from the
                        # mentions they read in each article (every name's are here), a group
                        # of names per task; each group is written as it comes back.
                        groups = _name_groups(writer.mentions, RESOLVE_GROUPS_PER_WORKER * mappers.workers)
                        writer.mentions = []  # the groups hold them now, and let go of each once resolved
                        count = len(groups)
                        results = mappers.resolve_names(groups)
                        writer.finish()
                        report.seconds = time.perf_counter() - start
                        if bar is not None:
                            bar.close()
                        _store_resolved(store, results, progress=progress, groups=count)
                        resolved = True
                    writer.finish()
        except KeyboardInterrupt:  # while the workers started or stopped
            pass
        finally:
            with stop.held():
                writer.finish()
                if not resolved:
                    report.seconds = time.perf_counter() - start
                if bar is not None:
                    bar.close()
                if not resolved:  # not a first build, or stopped before its names were written
                    update_derived_graphs(store, lexicon, writer.changed, progress=progress,
                                          whole_store=writer.store_was_empty)
                clear_pending(store)
                report.derived_seconds = time.perf_counter() - start - report.seconds
        report.interrupted_by = stop.received
    return report


def _name_groups(articles: list[ArticleMentions], count: int) -> list[list[ArticleMentions]]:
    """The mentions of `articles` split into at most `count` groups of whole names (search
    keys), of about as much work each: each group is resolved on one worker. A name's work
    grows with the square of its mentions (each is compared with the people before it)."""
    sizes = Counter(mention.search_key for article in articles for mention in article.mentions)
    group_of: dict[str, int] = {}
    loads = [0] * max(1, count)
    for key, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        group_of[key] = loads.index(min(loads))
        loads[group_of[key]] += size * size
    groups: list[dict[str, ArticleMentions]] = [{} for _ in loads]

    def part(key: str, article: str) -> ArticleMentions:
        return groups[group_of[key]].setdefault(article, ArticleMentions(article, [], []))

    for article in articles:
        for mention in article.mentions:
            part(mention.search_key, article.article).mentions.append(mention)
        for membership in article.memberships:
            if membership[0] in group_of:
                part(membership[0], article.article).memberships.append(membership)
    return [list(group.values()) for group in groups if group]


def _store_resolved(store: Store, resolved: Iterable[ResolvedNames], *, progress: bool = False,
                    groups: int | None = None) -> None:
    """Write what the workers resolved for a first build, a group of names at a time, as
    each comes: the people identity renames, in the triples naming them, then the identity
    and attestation graphs, in bulk (the store held none), at most DERIVED_LOAD_BYTES of
    N-Triples a load. A group is let go of once written: the command never holds every
    name's graphs at once (at 10,000 articles, 560,000 triples). The build's articles are
    pending meanwhile (kg.store.pending); a name's renamings and graphs are in one group."""
    bar = tqdm(total=groups, unit="group", desc="identities and dates", disable=None) if progress else None
    for names in resolved:
        store.change_graphs(_renamings(store, names.renames))
        load: list[tuple[str, str]] = []
        size = 0
        for iri, ntriples in names.identity + names.attestation:
            if ntriples.strip():
                load.append((iri, ntriples))
                size += len(ntriples)
            if size >= DERIVED_LOAD_BYTES:
                store.add_new_graphs(load)
                load, size = [], 0
        if load:
            store.add_new_graphs(load)
        del names, load
        if bar is not None:
            bar.update()
    if bar is not None:
        bar.close()


def _renamings(store: Store, renames: dict[str, dict[str, str]]) -> Iterator[tuple[str, set, set]]:
    """For `Store.change_graphs`: each article's people renamed (`renames`: article → {node: IRI})."""
    for article, nodes in sorted(renames.items()):
        renaming = renaming_in_store(store, article, nodes)
        yield renaming.graph_iri, renaming.removed, renaming.added


@contextmanager
def _article_mappers(lexicon: Lexicon, workers: int, scheduler: str | None) -> Iterator[ArticleMappers]:
    """In this process for one worker; else on Dask (kg.cluster: `distributed` takes seconds
    to import, so only the builds that use it load it)."""
    if scheduler is None and workers <= 1:
        yield in_process(lexicon)
        return
    from kg.cluster import cluster_mappers

    with cluster_mappers(workers, scheduler) as mappers:
        yield mappers


class _Writer:
    """Takes the mapped articles in input order and writes them on a thread of its own: new
    ones in bulk batches, stored ones replaced one by one, copies of a text already read
    recorded on its article.

    The thread lets the build go on taking results, and handing the workers more files,
    while a batch loads (Oxigraph's bulk loader lets go of the GIL): a one-process build
    extracts while it loads, and Dask workers are not left idle, as they were when the
    build's loop loaded each batch itself and their few queued tasks ran out."""

    def __init__(self, store: Store, report: BuildReport) -> None:
        self.store = store
        self.report = report
        self.stored = set(store.article_names())  # names the store held when the build began
        self.store_was_empty = not self.stored
        # A first build (no article, no derived graph yet) keeps the people its articles
        # mention, as the workers read them: its identities are resolved from them.
        self.mentions: list[ArticleMentions] | None = (
            [] if self.store_was_empty and not store.query(_HOLDS_DERIVED_GRAPHS).askAnswer else None)
        self.source_of: dict[str, str] = {}  # article name → its input, in this build
        self.name_of_text: dict[str, str] = {}  # content key → the article of that text, in this build
        self.batch: list[MappedArticle] = []  # new articles, not yet written
        self.changed: set[str] = set()  # articles written: their names' derived graphs change
        # (a file's result, the files left after it); None: the end
        self._taken: queue.Queue[tuple[FileResult, int] | None] = queue.Queue(maxsize=BATCH_ARTICLES)
        self._failure: BaseException | None = None  # what stopped the thread writing
        self._ended = False
        self._chosen = threading.Event()  # set once the last batch is chosen (`mentions` complete)
        self._thread = threading.Thread(target=self._write_taken, name="kg build writer", daemon=True)
        self._thread.start()

    def take(self, result: FileResult, files_left: int = BATCH_ARTICLES) -> None:
        """Hand a file's result to the writer thread (waits while BATCH_ARTICLES are not yet
        written), with the number of files the build has left after it; raises what stopped
        the thread writing."""
        self._raise_failure()
        self._taken.put((result, files_left))

    def end(self) -> None:
        """No more results: the thread writes those taken, then the last batch. Returns once
        that batch is chosen (`mentions` is then complete), while it loads."""
        if not self._ended:
            self._ended = True
            self._taken.put(None)
        self._chosen.wait()

    def finish(self) -> None:
        """`end`, and wait until everything is written; the thread ends. Raises what stopped it writing."""
        self.end()
        self._thread.join()
        self._raise_failure()

    def _write_taken(self) -> None:
        try:
            while (taken := self._taken.get()) is not None:
                if self._failure is None:  # after a failure, the results left are dropped
                    try:
                        self._write(*taken)
                    except BaseException as error:  # raised in the build's thread, by take or finish
                        self._failure = error
            if self._failure is None:
                try:
                    self.flush(last=True)
                except BaseException as error:
                    self._failure = error
        finally:
            self._chosen.set()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _write(self, result: FileResult, files_left: int) -> None:
        self.report.skipped += result.skipped
        for article in result.articles:
            if article.name in self.source_of:
                self.report.skipped.append((article.source, name_clash(article.name, self.source_of[article.name])))
                continue
            self.source_of[article.name] = article.source
            first = self.name_of_text.setdefault(article.content_key, article.name)
            if first != article.name:
                self.add_copy(first, article)
            elif article.name in self.stored:
                self.replace(article)
            else:
                self.batch.append(article)
                if len(self.batch) >= min(BATCH_ARTICLES, max(LAST_BATCH_ARTICLES, files_left // 2)):
                    self.flush()

    def replace(self, article: MappedArticle) -> None:
        mark_pending(self.store, [article.name])
        self.report.triples_written += self.store.replace_graph_text(article.graph_iri, article.ntriples)
        self.counted(article)

    def flush(self, *, last: bool = False) -> None:
        """Write the batch of new articles, after recording them as pending. An article whose
        text is a stored article's (under another name) is recorded on it as a copy instead.
        `last`: the build's last batch; `end` returns once its articles are chosen."""
        batch, self.batch = self.batch, []
        if not batch:
            return
        stored_texts = _stored_articles_of_texts(self.store, {article.content_key for article in batch})
        new = []
        for article in batch:
            first = stored_texts.get(article.content_key)
            if first is not None and first != article.name:
                self.add_copy(first, article)
            else:
                new.append(article)
        if self.mentions is not None:
            if any(article.mentions is None for article in new):
                self.mentions = None  # mapped without them: identities are read from the store
            else:
                self.mentions += [article.mentions for article in new]
        if last:
            self._chosen.set()
        mark_pending(self.store, [a.name for a in new], {a.name: a.triples for a in new})
        self.report.triples_written += self.store.add_new_graphs([(a.graph_iri, a.ntriples) for a in new])
        for article in new:
            self.counted(article)

    def add_copy(self, first: str, copy: MappedArticle) -> None:
        """Record `copy`'s input on the article `first` of the same text (written, or still in the batch)."""
        triple = f"{article_iri(first).n3()} {KGO.alsoReadFrom.n3()} {Literal(copy.source).n3()} .\n"
        waiting = next((article for article in self.batch if article.name == first), None)
        if waiting is not None:
            waiting.ntriples += triple
        else:  # one transaction; the article's names, and so its derived graphs, do not change
            self.store.apply_update(add_ntriples_update(str(article_graph_iri(first)), triple))
        self.report.copies += 1

    def counted(self, article: MappedArticle) -> None:
        self.changed.add(article.name)
        self.report.articles += 1
        self.report.facts += article.facts
        self.report.encodings[article.encoding] += 1


def _stored_articles_of_texts(store: Store, keys: Collection[str]) -> dict[str, str]:
    """Content key → the name of the stored article of that text, for those of `keys` stored."""
    if not keys:
        return {}
    values = " ".join(Literal(key).n3() for key in sorted(keys))
    rows = store.query(f"SELECT ?key (MIN(?name) AS ?first) WHERE {{ VALUES ?key {{ {values} }} "
                       "?article kgo:contentKey ?key ; schema:identifier ?name } GROUP BY ?key")
    return {str(row.key): str(row.first) for row in rows}


class _StopSignals:
    """SIGINT and SIGTERM during a build: at once (KeyboardInterrupt) outside `held()`,
    at its end inside; `received` is the signal, None while none came.

    Handlers can only be set in the main thread; elsewhere no signal reaches the build.
    """

    _SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: signal.Signals | None = None
        self._holding = False
        self._previous: dict[signal.Signals, object] = {}

    def __enter__(self) -> _StopSignals:
        if threading.current_thread() is threading.main_thread():
            self._previous = {number: signal.signal(number, self._receive) for number in self._SIGNALS}
        return self

    def __exit__(self, *exc_info: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)

    @contextmanager
    def held(self) -> Iterator[None]:
        """A signal within waits until the block is done (then `received` says so)."""
        holding, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = holding

    def _receive(self, number: int, frame: FrameType | None) -> None:
        self.received = signal.Signals(number)
        if not self._holding:
            raise KeyboardInterrupt


def store_article(store: Store, facts: ArticleFacts, shapes: Shapes | None = None) -> int:
    """Map, check and store one article's facts in place of its earlier version, in one
    transaction; the triple count.

    Raises ArticleRejected when the facts cannot be mapped or the graph breaks the shapes;
    the store is then unchanged. Call `update_derived_graphs` once the articles are in.
    """
    try:
        article = map_article(facts, shapes or Shapes.load())
    except MappingError as error:
        raise ArticleRejected(str(error)) from None
    return store.replace_graph_text(article.graph_iri, article.ntriples)


def remove(store: Store, article: str, lexicon: Lexicon) -> list[str]:
    """Remove an article by its name, or the articles read from a file or folder; the names removed.

    A path that no longer exists still names the article its file stem named.
    """
    repair(store, lexicon)
    stored = set(store.article_names())
    if article in stored:
        names = [article]
    elif Path(article).exists():
        names = [a.name for a in Batch([article], lexicon).articles()]
    else:
        names = [Path(article).stem]
    names = [name for name in names if name in stored]
    mark_pending(store, names)
    removed = [name for name in names if store.remove_article(name)]
    if removed:
        update_derived_graphs(store, lexicon, removed)
    clear_pending(store)
    return removed


def repair(store: Store, lexicon: Lexicon) -> RepairReport | None:
    """Finish what a build or removal that was killed left undone, if it left anything
    (`kg.store.pending`): drop the bulk-loaded articles that were cut off, merge the whole
    ones again, recompute the derived graphs of their names. None when there was nothing to do."""
    pending = pending_articles(store)
    if not pending:
        return None
    dropped = []
    for name, expected in sorted(pending.items()):
        if expected is None:
            continue  # written or removed in one transaction: whole, or not at all
        graph_iri = str(article_graph_iri(name))
        if store.graph_size(graph_iri) == expected:
            store.apply_update(merge_graph_update(graph_iri))
        elif store.remove_article(name):
            dropped.append(name)
    update_derived_graphs(store, lexicon, pending)
    clear_pending(store)
    return RepairReport(len(pending), dropped)


# Whether the store holds any identity decision or attestation span.
_HOLDS_DERIVED_GRAPHS = """
ASK { { GRAPH ?graph { ?decision a kgo:IdentityDecision } } UNION { GRAPH ?graph { ?membership kgo:firstAttested ?date } } }"""
# Every graph holding identity decisions or attestation spans.
_DERIVED_GRAPHS_QUERY = """
SELECT DISTINCT ?graph WHERE {
  { GRAPH ?graph { ?decision a kgo:IdentityDecision } } UNION { GRAPH ?graph { ?membership kgo:firstAttested ?date } }
}"""
# A store written before the derived graphs were kept per name has one graph of each.
_DERIVED_GRAPHS_OF_OLD = f"ASK {{ GRAPH <{GRAPH['identity']}> {{ ?decision a kgo:IdentityDecision }} }}"


def update_derived_graphs(store: Store, lexicon: Lexicon, changed_articles: Collection[str] | None = None, *,
                          progress: bool = False, whole_store: bool = False) -> Resolution:
    """Recompute the identity and attestation graphs of the names the changed articles
    (stored, replaced or removed) mention or mentioned; of every name when None, which
    also drops derived graphs no name has any more. `whole_store`: the changed articles
    are all the store holds (a first build), so every name is recomputed at once."""
    if changed_articles is not None and not changed_articles:
        return Resolution(set(), [], {}, 0)
    if changed_articles is not None and (whole_store or store.query(_DERIVED_GRAPHS_OF_OLD).askAnswer):
        changed_articles = None
    search_keys = None if changed_articles is None else search_keys_of(store, changed_articles)
    identity = resolve(store, lexicon, search_keys)
    shapes = Shapes.load()
    check_derived("identity", identity.identity.values(), shapes)
    bar = tqdm(total=len(identity.rewritten) + 2 * len(identity.identity), unit="graph",
               desc="identities and dates", disable=None) if progress else None
    for renaming in identity.rewritten:
        store.change_graph(renaming.graph_iri, renaming.removed, renaming.added)
        if bar is not None:
            bar.update()
    # After renaming: memberships are renamed with their person.
    attestation = attestation_graphs(store, identity.search_keys)
    check_derived("attestation", attestation.values(), shapes)
    derived = {str(derived_graph_iri(derivation, key)): triples
               for derivation, graphs in (("identity", identity.identity), ("attestation", attestation))
               for key, triples in graphs.items()}
    stored = _stored_triples(store, derived)
    # A graph the store holds changes in the triples that differ: a name's graphs grow with
    # its mentions (and its identity graph with the square of its homonyms), while a new
    # article changes few of their triples. Rewritten whole, they made adding articles to
    # a big store cost what the names held, and the triples written set off a compaction
    # of the whole store (benchmarks/README.md, "Incremental builds").
    store.change_graphs((iri, stored[iri] - triples, triples - stored[iri])
                        for iri, triples in sorted(derived.items()) if iri in stored and stored[iri] != triples)
    # The graphs of names new to the store (in a first build, every one) in bulk: written
    # one update each, at 0.6 ms a graph, they were most of this step's writing. Not one
    # transaction, but a build, removal or repair marks its articles pending first
    # (kg.store.pending), so the next command recomputes the graphs of a cut-off load.
    store.add_new_graphs([(iri, ntriples_of(triples))
                          for iri, triples in sorted(derived.items()) if iri not in stored and triples])
    if bar is not None:
        bar.update(len(derived))
        bar.close()
    if changed_articles is None:
        for row in store.query(_DERIVED_GRAPHS_QUERY):
            if str(row.graph) not in derived:
                store.replace_graph(Graph(identifier=row.graph))
    return identity


def _stored_triples(store: Store, graph_iris: Collection[str]) -> dict[str, set[tuple[Node, Node, Node]]]:
    """The triples of those of the named graphs `graph_iris` the store holds any in, by graph IRI."""
    if not graph_iris:
        return {}
    values = " ".join(URIRef(iri).n3() for iri in sorted(graph_iris))
    graphs: dict[str, set[tuple[Node, Node, Node]]] = {}
    for row in store.query(f"SELECT ?graph ?s ?p ?o WHERE {{ VALUES ?graph {{ {values} }} GRAPH ?graph {{ ?s ?p ?o }} }}"):
        graphs.setdefault(str(row.graph), set()).add((row.s, row.p, row.o))
    return graphs
