"""Reading, extracting, mapping and checking articles: in this process, or on every core with Dask.

A build's work per article — read the file, extract the facts, map them to triples,
check the triples against the shapes, write them as N-Triples — needs nothing but the
file and the Lexicon, so it runs in worker processes; only writing the store happens in
one place (kg.build). Each worker loads the Lexicon and builds its `ArticleMapper` once,
when it starts (`_MapperPlugin`): tasks carry only file paths, and results carry the
article's N-Triples text, its people (`kg.identity.article_mentions`) and a few counts.
A first build's names are resolved there too, a group of whole names per task
(`ArticleMappers.resolve_names`).

    for result in in_process(lexicon).map_in_order(files): ...
    with kg.cluster.cluster_mappers(workers=2) as mappers:  # a LocalCluster of 2 processes
        for result in mappers.map_in_order(files): ...

A scheduler address (`tcp://host:8786`) runs the same work on an existing Dask cluster,
whose workers must have kg installed and be able to read the paths given. Results come back in the
order of the files, whatever worker finished first, so the store a build writes does not
depend on the number of workers.
"""
from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence


from extract.facts import ArticleFacts
from extract.lexicon import Lexicon
from extract.reader import InputError, read_articles
from kg.identity.mentions import ArticleMentions, article_mentions
from kg.identity.resolution import ResolvedNames, resolve_mentions
from kg.mapping import MappingError, content_key, facts_to_triples
from kg.memory import give_back
from kg.store.graphs import article_graph_iri
from kg.store.updates import ntriple
from kg.validation import Shapes

FILES_PER_TASK = 8  # a task's files: few enough to keep every worker busy, many enough to cost little
TASKS_IN_FLIGHT_PER_WORKER = 4  # tasks queued ahead per worker (Dask runs them out of order)


def count_facts(facts: ArticleFacts) -> int:
    """Statements an article makes: posts, event roles, directives, programs, firms ..."""
    return (sum(len(p.positions) or 1 for p in facts.persons) + len(facts.organizations)
            + len(facts.programs) + len(facts.firms) + len(facts.partnerships)
            + sum(len(e.participations) for e in facts.events) + len(facts.directives)
            + len(facts.authors))


@dataclass
class MappedArticle:
    """One article, ready to store."""

    name: str
    source: str
    encoding: str
    content_key: str  # kg.mapping.content_key: the same text under another name has the same
    facts: int
    ntriples: str  # its named graph, one triple a line, sorted (the same text on any worker)
    mentions: ArticleMentions | None = None  # its people, for a first build's identities (`resolve_names`)

    @property
    def graph_iri(self) -> str:
        return str(article_graph_iri(self.name))

    @property
    def triples(self) -> int:
        return self.ntriples.count("\n")


@dataclass
class FileResult:
    """What one input file gave: its articles, and what was skipped with the reason."""

    path: str
    read: bool = False  # False: the whole file was unusable (a reason is in skipped)
    articles: list[MappedArticle] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, one-line reason)


class ArticleMapper:
    """Reads, extracts, maps and checks articles, and resolves identities from their
    mentions: what one worker does, built once per worker."""

    def __init__(self, lexicon: Lexicon) -> None:
        # Here, not at the top: a build on Dask workers does not load spaCy in its own process.
        from extract.clean import PageCleaner
        from extract.pipeline import Extractor

        self.lexicon = lexicon
        self.cleaner = PageCleaner(lexicon)
        self.extractor = Extractor(lexicon)
        self.shapes = Shapes.load()

    def map_files(self, paths: Sequence[str]) -> list[FileResult]:
        return [self.map_file(path) for path in paths]

    def map_file(self, path: str) -> FileResult:
        result = FileResult(path)
        try:
            read = read_articles(Path(path), self.cleaner)
        except InputError as error:
            result.skipped.append((error.source, error.reason))
            return result
        result.read = True
        result.skipped += read.skipped
        for article in read.articles:
            try:
                facts = self.extractor.extract(article)
            except Exception as error:  # a bug met on this text, or over the time budget: skip it only
                result.skipped.append((article.source, f"extraction failed ({type(error).__name__}: "
                                                       f"{' '.join(str(error).split())})"))
                continue
            try:
                result.articles.append(self.map_article(facts))
            except MappingError as error:
                result.skipped.append((article.source, str(error)))
        return result

    def map_article(self, facts: ArticleFacts) -> MappedArticle:
        return map_article(facts, self.shapes, with_mentions=True)

    def resolve_names(self, articles: list[ArticleMentions]) -> ResolvedNames:
        """Identities and attestation spans of the names whose mentions are `articles` (all of
        each name's): `kg.identity.resolve_mentions`."""
        try:
            return resolve_mentions(articles, self.lexicon, self.shapes)
        finally:
            give_back()  # what deciding a group of names used, back to the system (kg.memory)


def map_article(facts: ArticleFacts, shapes: Shapes, *, with_mentions: bool = False) -> MappedArticle:
    """Map and check one article's facts; raises MappingError (one line) for a graph that
    cannot be stated or breaks the shapes (a mapping bug: it is never stored).
    `with_mentions`: read its people too (`kg.identity.article_mentions`)."""
    triples = facts_to_triples(facts)
    check = shapes.check(triples)
    if not check.conforms:
        violations = [problem for problem in check.problems if problem.startswith("Violation")]
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        raise MappingError(f"{facts.article.name}: not stored, its graph breaks the shapes: {violations[0]}{more}")
    article = facts.article
    return MappedArticle(article.name, article.source, article.encoding, content_key(article.text),
                         count_facts(facts), "".join(sorted(map(ntriple, triples))),
                         article_mentions(article.name, triples) if with_mentions else None)


class ArticleMappers:
    """Where articles are mapped: `map_in_order(files)` yields each file's result in order;
    `resolve_names(groups)` resolves groups of names, each group on one worker."""

    def __init__(self, run: Callable[[str, object], object], result_of: Callable[[object], object],
                 workers: int, files_per_task: int = FILES_PER_TASK,
                 completed: Callable[[list], Iterator[object]] | None = None) -> None:
        self._run = run  # submits a task — an ArticleMapper method's name and its argument —, gives a handle
        self._result_of = result_of  # waits for a handle's results
        self._completed = completed or _in_order  # takes the handles given, gives them back as they finish
        self.workers = workers
        self.files_per_task = files_per_task

    def resolve_names(self, groups: list[list[ArticleMentions]]) -> Iterator[ResolvedNames]:
        """Submits each group (`ArticleMapper.resolve_names`), taking them out of `groups`; the
        iterator gives their results as they finish (on Dask, the groups are resolved meanwhile;
        in this process, each when its result is asked for). Nothing here keeps a group or a
        result once it is given: a first build writes each while the next is resolved."""
        handles = []
        while groups:
            handles.append(self._run("resolve_names", groups.pop(0)))
        return (self._result_of(handle) for handle in self._completed(handles))

    def map_in_order(self, files: Sequence[str | Path]) -> Iterator[FileResult]:
        size = self.files_per_task
        tasks = [list(map(str, files[start:start + size])) for start in range(0, len(files), size)]
        in_flight: deque = deque()
        ahead = self.workers * TASKS_IN_FLIGHT_PER_WORKER
        for task in tasks:
            in_flight.append(self._run("map_files", task))
            if len(in_flight) >= ahead:
                yield from self._result_of(in_flight.popleft())
        while in_flight:
            yield from self._result_of(in_flight.popleft())


def _in_order(handles: list) -> Iterator[object]:
    """The handles in the order given, each let go of once given."""
    while handles:
        yield handles.pop(0)


def in_process(lexicon: Lexicon) -> ArticleMappers:
    """Mapping in this process, a file at a time when its result is asked for: an
    interrupted build has stored every file mapped before the interruption."""
    mapper = ArticleMapper(lexicon)
    return ArticleMappers(lambda task, argument: (task, argument),
                          lambda handle: getattr(mapper, handle[0])(handle[1]), workers=1, files_per_task=1)


def default_workers() -> int:
    """Every core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
