"""Building the store from article files: read, extract, map to RDF, check, store; and removing.

Every article graph is checked against the SHACL shapes before it is stored: one that
does not conform, or whose extraction fails, is reported with one line and not stored
(an earlier version of it stays), and the batch goes on. After the articles are in, or
one is removed, the graphs derived from all articles are recomputed for the names those
articles mention or mentioned: who is who (`kg.identity`, graphs kgg:identity/<key>)
and when each post is attested (`kg.attestation`, graphs kgg:attestation/<key>). They
are checked too. Adding an article to a big store thus costs what its names cost, not
what the store holds.

SIGINT (Ctrl-C) or SIGTERM stops a build early but leaves the store consistent: a
signal while an article is read or extracted stops at once, one while it is stored
takes effect once it is stored whole, and the derived graphs are then recomputed for
the articles stored so far (a signal during that last step waits for it). Building the
same inputs again finishes the job.
"""
from __future__ import annotations

import signal
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Collection, Iterator

from rdflib import Graph

from extract.batch import Batch
from extract.facts import ArticleFacts
from extract.lexicon import Lexicon
from extract.pipeline import Extractor
from kg.attestation import attestation_graphs
from kg.identity import Resolution, resolve, search_keys_of
from kg.mapping import MappingError, facts_to_graph
from kg.store import Store
from kg.validation import validate_graph
from kg.vocab import GRAPH


def count_facts(facts: ArticleFacts) -> int:
    """Statements an article makes: posts, event roles, directives, programs, firms ..."""
    return (sum(len(p.positions) or 1 for p in facts.persons) + len(facts.organizations)
            + len(facts.programs) + len(facts.firms) + len(facts.partnerships)
            + sum(len(e.participations) for e in facts.events) + len(facts.directives)
            + len(facts.authors))


@dataclass
class BuildReport:
    articles: int = 0
    facts: int = 0
    triples_written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, one-line reason)
    encodings: Counter[str] = field(default_factory=Counter)  # articles read per detected encoding
    files: int = 0  # input files found
    interrupted_by: signal.Signals | None = None  # the signal that stopped the build early


class ArticleRejected(Exception):
    """An article that cannot be stored faithfully; the message is one line naming it."""


class DerivedGraphError(RuntimeError):
    """A graph derived from all articles breaks the shapes: a bug, never the input's fault."""


def build(paths: list[str | Path], store: Store, lexicon: Lexicon, *, progress: bool = False) -> BuildReport:
    """Extract every article under `paths` into `store`, replacing earlier versions.

    Stops early on SIGINT or SIGTERM (`BuildReport.interrupted_by`), with the store consistent.
    """
    report = BuildReport()
    batch = Batch(paths, lexicon, progress=progress)
    extractor = Extractor(lexicon)
    stored: set[str] = set()
    with _StopSignals() as stop:
        try:
            for article, facts in batch.extracted(extractor):
                with stop.held():
                    try:
                        report.triples_written += store_article(store, facts)
                    except ArticleRejected as rejected:
                        report.skipped.append((article.source, str(rejected)))
                    else:
                        stored.add(facts.article.name)
                        report.articles += 1
                        report.facts += count_facts(facts)
                        report.encodings[article.encoding] += 1
                if stop.received:
                    break
        except KeyboardInterrupt:  # raised by _StopSignals while reading or extracting
            pass
        finally:
            with stop.held():
                update_derived_graphs(store, lexicon, stored)
        report.interrupted_by = stop.received
    report.files = batch.files_found
    report.skipped = batch.skipped + report.skipped
    return report


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


def store_article(store: Store, facts: ArticleFacts) -> int:
    """Map, check and store one article's facts in place of its earlier version; the triple count.

    Raises ArticleRejected when the facts cannot be mapped or the graph breaks the shapes;
    the store is then unchanged. Call `update_derived_graphs` once the articles are in.
    """
    try:
        graph = facts_to_graph(facts)
    except MappingError as error:
        raise ArticleRejected(str(error)) from None
    check = validate_graph(graph)
    if not check.conforms:
        violations = [problem for problem in check.problems if problem.startswith("Violation")]
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        raise ArticleRejected(
            f"{facts.article.name}: not stored, its graph breaks the shapes: {violations[0]}{more}"
        )
    return store.replace_graph(graph)


def remove(store: Store, article: str, lexicon: Lexicon) -> list[str]:
    """Remove an article by its name, or the articles read from a file or folder; the names removed.

    A path that no longer exists still names the article its file stem named.
    """
    stored = set(store.article_names())
    if article in stored:
        names = [article]
    elif Path(article).exists():
        names = [a.name for a in Batch([article], lexicon).articles()]
    else:
        names = [Path(article).stem]
    removed = [name for name in names if name in stored and store.remove_article(name)]
    if removed:
        update_derived_graphs(store, lexicon, removed)
    return removed


# Every graph holding identity decisions or attestation spans.
_DERIVED_GRAPHS_QUERY = """
SELECT DISTINCT ?graph WHERE {
  { GRAPH ?graph { ?decision a kgo:IdentityDecision } } UNION { GRAPH ?graph { ?membership kgo:firstAttested ?date } }
}"""
# A store written before the derived graphs were kept per name has one graph of each.
_DERIVED_GRAPHS_OF_OLD = f"ASK {{ GRAPH <{GRAPH['identity']}> {{ ?decision a kgo:IdentityDecision }} }}"


def update_derived_graphs(store: Store, lexicon: Lexicon, changed_articles: Collection[str] | None = None
                          ) -> Resolution:
    """Recompute the identity and attestation graphs of the names the changed articles
    (stored, replaced or removed) mention or mentioned; of every name when None, which
    also drops derived graphs no name has any more."""
    if changed_articles is not None and store.query(_DERIVED_GRAPHS_OF_OLD).askAnswer:
        changed_articles = None
    search_keys = None if changed_articles is None else search_keys_of(store, changed_articles)
    identity = resolve(store, lexicon, search_keys)
    _check_derived("identity", identity.identity)
    for graph in identity.rewritten:
        store.replace_graph(graph)
    # After renaming: memberships are renamed with their person.
    attestation = attestation_graphs(store, identity.search_keys)
    _check_derived("attestation", attestation)
    derived = identity.identity + attestation
    for graph in derived:
        store.replace_graph(graph)
    if changed_articles is None:
        written = {graph.identifier for graph in derived}
        for row in store.query(_DERIVED_GRAPHS_QUERY):
            if row.graph not in written:
                store.replace_graph(Graph(identifier=row.graph))
    return identity


def _check_derived(derivation: str, graphs: list[Graph]) -> None:
    """Checks the graphs together: one SHACL run, whatever their number."""
    union = Graph()
    for graph in graphs:
        union += graph
    check = validate_graph(union)
    if not check.conforms:
        raise DerivedGraphError(f"the {derivation} graphs break the shapes: {check.problems[0]}")
