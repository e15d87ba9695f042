"""The store at a million triples: load rate, and the named queries' latency next to rdflib's in-memory store.

    .venv/bin/python benchmarks/bench_store.py [--quick]

The five sample articles (`kg/sample/`) are extracted once; then variations of them
(`synthetic_articles.py`: other provinces, invented officials who recur within a
province and term, other dates and names) are written into a fresh store, article by
article, until it holds each size of SIZES distinct triples. Most go through
`Store.replace_graph(facts_to_graph(...))` (map to RDF + store); every CHECK_EVERY-th goes through
`kg build`'s own path (`kg.build.store_article`, which also checks the SHACL shapes),
so both rates print. At each size the graphs derived from all articles are
recomputed for every name (`update_derived_graphs`: identity, attestation); then a few
more articles are added one at a time as `kg build` adds them (stored, then only their
names re-derived), to compare. Then every named query (`kg/queries/*.rq`) runs, without
parameters for the queries that can list everything, and with parameters as a mix of
calls: the same call (the first director of an event in the sample, what they directed,
their post, their province ...) with the values of up to MIX_SIZE variations written all
through the load, so that p50 and p95 are of the calls users make, not of one value.

The baseline is rdflib's in-memory `Dataset` holding the same quads (each article's
named graph, the derived graphs, and the merged default graph the store keeps; the
queries read the default graph, as in the store), queried with the same texts and
bindings, at every size (at a million triples the copy takes about 1.5 minutes and 4 GB).
rdflib evaluates `GRAPH ?g { }` by trying every named graph in turn, so such a case
stops at its limit at the smaller size and is not run at the bigger one; the target
query's cases get a longer limit (RDFLIB_TARGET_LIMIT_S), so that their ratio is
measured at a million triples. The ratio is taken at the same size for both engines.
The rows column is Oxigraph's; a different rdflib count is shown next to the ratio.

Each case runs its first call once to warm up, then each call in turn, RUNS runs in all
(at least each call once; fewer, at least MIN_RUNS, once it has taken CASE_BUDGET_S: "n="
says how many); p50 and p95 are of those runs, wall-clock, including turning the results
into Python rows. The rows column gives the median call's rows (and the biggest call's).
A warm-up longer than the engine's limit (OXIGRAPH_LIMIT_S, RDFLIB_LIMIT_S) is stopped,
and that case is not run at the bigger sizes. Oxigraph's queries run in a child
process, the only way to stop a query inside Oxigraph; the store is closed in this
process meanwhile (one process at a time). Ratio = rdflib ÷ Oxigraph (above 1: the
store is faster). Each size's table prints as soon as it is measured; progress goes to
stderr; everything lives in a temporary directory. --quick measures SIZES_QUICK only,
to check the script (about a minute).
"""
from __future__ import annotations

import argparse
import math
import multiprocessing
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable, Iterator

import rdflib.plugins.sparql
from rdflib import Dataset
from synthetic_articles import corpus, variant

from extract.clean import PageCleaner
from extract.facts import ArticleFacts
from extract.lexicon import Lexicon
from extract.pipeline import Extractor
from extract.reader import read_articles
from kg.build import ArticleRejected, store_article, update_derived_graphs
from kg.export import rdflib_dataset
from kg.mapping import facts_to_graph
from kg.query import load_named_query, named_queries, run_named_query
from kg.store import Store, open_store
from kg.validation import Shapes
from kg.vocab import PREFIXES

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample"
LEXICON = Lexicon.load()
SHAPES = Shapes.load()
SIZES = (50_000, 1_000_000)
SIZES_QUICK = (10_000,)
OXIGRAPH_LIMIT_S = 5.0  # a longer warm-up is stopped; the case is not run at bigger sizes
RDFLIB_LIMIT_S = 1.0
RDFLIB_TARGET_LIMIT_S = 30.0  # TARGET_QUERY's cases
RUNS = 20
MIX_SIZE = 20  # value sets per case with parameters
MIN_RUNS = 5  # a case may stop after this many runs once it has taken CASE_BUDGET_S
CASE_BUDGET_S = 6.0
CHECK_EVERY = 10  # every tenth article goes through kg build's path, with the SHACL check
ADDED_ONE_BY_ONE = 5  # articles added as single-article builds at each size
TARGET_QUERY = "who_directed"
TARGET_RATIO = 30.0  # TARGET_QUERY: rdflib ÷ Oxigraph at least this
TARGET_P50_MS = 20.0  # every named query call at the biggest size

# The store's queries read its default graph (the merge), not the union of all graphs.
rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION = False


Params = tuple[tuple[str, str], ...]  # (parameter, value) pairs


@dataclass(frozen=True)
class Case:
    """One named query with some of its parameters given: each call gives them other values."""

    query: str
    calls: tuple[Params, ...] = ((),)

    @property
    def label(self) -> str:
        """The same at every size (the values differ)."""
        return f"{self.query}({', '.join(name for name, _ in self.calls[0])})"


@dataclass
class Timing:
    p50_ms: float | None = None  # None: not timed
    p95_ms: float | None = None
    rows: list[int] = field(default_factory=list)  # of each call
    runs: int = 0
    note: str = ""  # why it was not timed

    def cell(self) -> str:
        runs = "" if self.runs == RUNS else f" n={self.runs}"
        return self.note or f"{self.p50_ms:8.1f} /{self.p95_ms:8.1f}{runs}"

    def rows_cell(self) -> str:
        """The rows of the median call, and of the biggest when they differ."""
        if not self.rows:
            return ""
        median, most = sorted(self.rows)[len(self.rows) // 2], max(self.rows)
        return f"{median}" if median == most else f"{median} ({most})"


@dataclass
class Checkpoint:
    size: int  # distinct triples in the store
    articles: int
    derive_s: float  # identity + attestation over every name
    compact_s: float
    add_one_s: float  # median single-article build: store it, re-derive its names
    cases: list[Case]
    oxigraph: dict[str, Timing] = field(default_factory=dict)  # by case label
    rdflib: dict[str, Timing] = field(default_factory=dict)
    rdflib_copy_s: float = 0.0


class Loader:
    """Writes generated articles into the store until it holds a number of triples; times only the writes."""

    def __init__(self, articles: Iterator[ArticleFacts]) -> None:
        self.articles = articles
        self.written = 0  # articles
        self.triples_written = 0  # per-article triples, before the merge removes repeats
        self.checked = 0  # articles written through kg build's path
        self.checked_s = 0.0
        self.bulk_s = 0.0  # the others
        self.rejected: list[str] = []

    def load_until(self, store: Store, size: int) -> int:
        count = store.triple_count()
        while count < size:
            # Fewer of an article's triples are new once its people and bodies recur: measure, then aim.
            per_article = count / self.written if self.written else 400
            self.write(store, math.ceil((size - count) / per_article) + 10)
            count = store.triple_count()
        return count

    def write(self, store: Store, number: int) -> None:
        for _ in range(number):
            facts = next(self.articles)
            start = time.perf_counter()
            if self.written % CHECK_EVERY == 0:
                try:
                    self.triples_written += store_article(store, facts, SHAPES)
                except ArticleRejected as rejected:
                    self.rejected.append(str(rejected))
                self.checked += 1
                self.checked_s += time.perf_counter() - start
            else:
                self.triples_written += store.replace_graph(facts_to_graph(facts))
                self.bulk_s += time.perf_counter() - start
            self.written += 1
            if self.written % 500 == 0:
                progress(f"{self.written} articles written")

    def build_one(self, store: Store) -> None:
        """Store the next article and re-derive the names it mentions, as `kg build` of one file does."""
        facts = next(self.articles)
        try:
            store_article(store, facts, SHAPES)
        except ArticleRejected as rejected:
            self.rejected.append(str(rejected))
        update_derived_graphs(store, LEXICON, [facts.article.name])
        self.written += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"only {SIZES_QUICK[0]:,} triples")
    sizes = SIZES_QUICK if parser.parse_args().quick else SIZES
    extractor, cleaner = Extractor(LEXICON), PageCleaner(LEXICON)
    samples = [extractor.extract(article) for path in sorted(SAMPLE.glob("*.txt"))
               for article in read_articles(path, cleaner).articles]
    loader = Loader(corpus(samples))
    checkpoints: list[Checkpoint] = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        path = Path(tmp) / "store"
        for size in sizes:
            checkpoint = load(path, loader, size, samples)
            checkpoint.oxigraph = oxigraph_timings(path, checkpoint.cases, stopped(checkpoints, "oxigraph"))
            checkpoint.rdflib_copy_s, checkpoint.rdflib = rdflib_timings(
                path, checkpoint.cases, stopped(checkpoints, "rdflib"))
            print_checkpoint(checkpoint)
            checkpoints.append(checkpoint)
    print_load(loader, checkpoints[-1], len(samples))
    print_targets(checkpoints)
    print(f"\nTotal run time {elapsed() / 60:.1f} min.")


def load(path: Path, loader: Loader, size: int, samples: list[ArticleFacts]) -> Checkpoint:
    """Write articles until the store holds `size` triples, then derive identity and attestation."""
    with open_store(path) as store:
        progress(f"loading to {size:,} triples")
        count = loader.load_until(store, size)
        progress(f"{count:,} triples in {loader.written} articles; deriving identity and attestation")
        derive_s = timed(lambda: update_derived_graphs(store, LEXICON))
        progress(f"adding {ADDED_ONE_BY_ONE} articles one by one")
        add_one_s = statistics.median(timed(lambda: loader.build_one(store)) for _ in range(ADDED_ONE_BY_ONE))
        compact_s = timed(store.compact)  # as closing the store after a bulk build does
    cases = cases_from([reference_articles(samples, number)
                        for number in spread(loader.written // len(samples), MIX_SIZE)])
    unmeasured = {query.name for query in named_queries()} - {case.query for case in cases}
    if unmeasured:
        progress(f"named queries without a case (add them to cases_from): {', '.join(sorted(unmeasured))}")
    return Checkpoint(count, loader.written, derive_s, compact_s, add_one_s, cases)


def spread(count: int, size: int) -> list[int]:
    """`size` numbers spread evenly over range(count) (all of them when fewer)."""
    return sorted({count * i // size for i in range(size)})


def reference_articles(samples: list[ArticleFacts], number: int) -> list[ArticleFacts]:
    """The `number`-th variation of each sample (the load wrote it): one call's parameter values."""
    return [variant(facts, number) for facts in samples]


def cases_from(article_sets: list[list[ArticleFacts]]) -> list[Case]:
    """Each call of `calls_from`, with the values of every set of articles (each once)."""
    per_set = [calls_from(articles) for articles in article_sets]
    return [Case(same[0][0], tuple(dict.fromkeys(params for _, params in same))) for same in zip(*per_set)]


def calls_from(articles: list[ArticleFacts]) -> list[tuple[str, Params]]:
    """Realistic calls: the first director of an event and what they directed, a province, a firm ..."""
    facts, director = next((facts, participation) for facts in articles if facts.province
                           for event in facts.events for participation in event.participations
                           if participation.role == "directed")
    person = director.person
    post = next(position for p in facts.persons if p.name == person for position in p.positions)
    directive = next(d for d in facts.directives if d.by == person and d.to)
    event = next(e for e in facts.events if any(p is director for p in e.participations))
    words = " ".join(event.label.split()[:2])
    month = (event.date or facts.article.date or "")[:7]
    year = month[:4]
    partnered = next(f for f in articles if f.partnerships and f.province)
    firm = partnered.firms[0].name
    partner = next(name for p in partnered.partnerships if firm in p.parties for name in p.parties if name != firm)
    return [
        ("who_directed", ()),
        ("who_directed", (("person_name", person),)),
        ("connected_people", (("person_name", person),)),
        ("posts_of_person", (("person_name", person),)),
        ("article_facts", (("article_name", facts.article.name),)),
        ("directives_to", ()),
        ("directives_to", (("org_name", directive.to),)),
        ("directives_to", (("person_name", person),)),
        ("event_participants", ()),
        ("event_participants", (("org_name", directive.to),)),
        # What `kg ask` asks: "Ai chủ trì buổi làm việc với Sở X?", "Ai chỉ đạo hội nghị tổng kết
        # năm 2023?", "Who directed the Hà Tĩnh conference in December 2020?"
        ("event_participants", (("org_name", directive.to), ("as_role", "chaired"))),
        ("event_participants", (("as_role", "directed"), ("event_words", words), ("period", year))),
        ("event_participants", (("province_name", facts.province), ("as_role", "directed"),
                                ("event_words", words), ("period", month))),
        ("firms_partnering", ()),
        ("firms_partnering", (("firm_name", firm),)),
        ("firms_partnering", (("partner_name", partner),)),
        ("holders_of_post", ()),
        ("holders_of_post", (("role_name", post.role), ("org_name", post.organization))),
        ("holders_of_post", (("role_name", post.role), ("org_name", post.organization),
                             ("as_of", facts.article.date or ""))),
        ("programs_of_province", ()),
        ("programs_of_province", (("province_name", facts.province),)),
    ]


def stopped(checkpoints: list[Checkpoint], engine: str) -> set[str]:
    """Labels of the cases an engine did not finish at a smaller size."""
    return {label for checkpoint in checkpoints for label, timing in getattr(checkpoint, engine).items()
            if timing.p50_ms is None}


# --- Oxigraph, in a child process --------------------------------------------------


def oxigraph_timings(path: Path, cases: list[Case], skip: set[str]) -> dict[str, Timing]:
    """Each case through `kg.query.run_named_query` on the store; a child process that exceeds
    OXIGRAPH_LIMIT_S in a warm-up is killed, and a new one goes on with the next case."""
    timings = {case.label: Timing(note="slow at a smaller size") for case in cases if case.label in skip}
    remaining = [case for case in cases if case.label not in skip]
    context = multiprocessing.get_context("fork")
    while remaining:
        receiving, sending = context.Pipe(duplex=False)
        child = context.Process(target=_time_cases_on_store, args=(path, remaining, sending), daemon=True)
        child.start()
        sending.close()
        receiving.recv()  # the store is open
        for case in list(remaining):
            progress(f"Oxigraph, {case.label}")
            remaining.remove(case)
            if not receiving.poll(OXIGRAPH_LIMIT_S):  # the warm-up is done
                child.kill()
                child.join()
                timings[case.label] = Timing(note=f"> {OXIGRAPH_LIMIT_S:g} s, stopped")
                break
            receiving.recv()
            timings[case.label] = receiving.recv()
        else:
            child.join()
    return timings


def _time_cases_on_store(path: Path, cases: list[Case], sending: Connection) -> None:
    """In the child: open the store, then for each case send when its warm-up is done, then its Timing."""
    with open_store(path) as store:
        sending.send("open")
        for case in cases:
            calls = store_calls(store, case)
            calls[0]()
            sending.send("warm")
            sending.send(time_runs(calls))


def store_calls(store: Store, case: Case) -> list[Callable[[], int]]:
    """Each call as `kg query --name` makes it."""
    def call(params: Params) -> Callable[[], int]:
        return lambda: len(run_named_query(store, case.query, dict(params)).rows)

    return [call(params) for params in case.calls]


# --- rdflib ---------------------------------------------------------------------------


def rdflib_timings(path: Path, cases: list[Case], skip: set[str]) -> tuple[float, dict[str, Timing]]:
    """Copy the store into rdflib (the copy's seconds), then time each case there."""
    progress("copying the store into rdflib")
    start = time.perf_counter()
    with open_store(path) as store:
        dataset = rdflib_dataset(store)
    copy_s = time.perf_counter() - start
    timings = {}
    for case in cases:
        if case.label in skip:
            timings[case.label] = Timing(note="slow at a smaller size")
            continue
        progress(f"rdflib, {case.label}")
        limit_s = RDFLIB_TARGET_LIMIT_S if case.query == TARGET_QUERY else RDFLIB_LIMIT_S
        timings[case.label] = time_with_limit(rdflib_calls(dataset, case), limit_s)
    return copy_s, timings


def rdflib_calls(dataset: Dataset, case: Case) -> list[Callable[[], int]]:
    """rdflib's fastest form of each call: the values as initBindings (in the query text,
    rdflib joins them after evaluating the rest), the `# given:` patterns in force."""
    query = load_named_query(case.query)

    def call(params: Params) -> Callable[[], int]:
        text = query.bound_text(dict(params), slots_open=True)
        bindings = query.bindings(dict(params))
        return lambda: len(list(dataset.query(text, initNs=PREFIXES, initBindings=bindings)))

    return [call(params) for params in case.calls]


class TooSlow(Exception):
    pass


def time_with_limit(calls: list[Callable[[], int]], limit_s: float) -> Timing:
    """Warm up with the first call, stopping after `limit_s` (rdflib is Python: a signal
    interrupts it), then time the calls."""
    def stop(signum: int, frame: object) -> None:
        raise TooSlow

    signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit_s)
    try:
        calls[0]()
    except TooSlow:
        return Timing(note=f"> {limit_s:g} s, stopped")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time_runs(calls)


# --- timing and reporting ---------------------------------------------------------------


def time_runs(calls: list[Callable[[], int]]) -> Timing:
    """Each call once, then round again until RUNS runs, or fewer (at least MIN_RUNS) once
    they have taken CASE_BUDGET_S; the calls' row counts are from their first run."""
    seconds: list[float] = []
    rows: list[int] = []
    while len(seconds) < max(RUNS, len(calls)) and (
            len(seconds) < max(MIN_RUNS, len(calls)) or sum(seconds) < CASE_BUDGET_S):
        call = calls[len(seconds) % len(calls)]
        start = time.perf_counter()
        count = call()
        seconds.append(time.perf_counter() - start)
        if len(rows) < len(calls):
            rows.append(count)
    return Timing(p50_ms=1000 * statistics.median(seconds),
                  p95_ms=1000 * statistics.quantiles(seconds, n=20, method="inclusive")[18],
                  rows=rows, runs=len(seconds))


def print_checkpoint(checkpoint: Checkpoint) -> None:
    print(f"At {checkpoint.size:,} triples ({checkpoint.articles:,} articles): identity + attestation "
          f"over every name (update_derived_graphs) {checkpoint.derive_s:.1f} s; compaction "
          f"{checkpoint.compact_s:.1f} s; copying it into rdflib {checkpoint.rdflib_copy_s:.1f} s")
    print(f"Building one more article (store it, re-derive its names; median of {ADDED_ONE_BY_ONE}): "
          f"{1000 * checkpoint.add_one_s:.0f} ms, "
          f"{checkpoint.derive_s / checkpoint.add_one_s:.0f}× less than re-deriving every name")
    print(f"p50 / p95 in ms, {RUNS} runs after a warm-up unless n= says otherwise (with parameters: the "
          f"calls of the mix in turn); ratio = rdflib ÷ Oxigraph")
    width = max(len(case.label) for case in checkpoint.cases)
    header = f"{'query(parameters)':<{width}} {'rows':>11} {'Oxigraph':>22} {'rdflib':>22} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for case in checkpoint.cases:
        ox, rd = checkpoint.oxigraph[case.label], checkpoint.rdflib.get(case.label)
        ratio = f"{rd.p50_ms / ox.p50_ms:7.1f}" if rd and rd.p50_ms and ox.p50_ms else ""
        if rd and rd.rows and ox.rows and rd.rows != ox.rows:
            ratio += f"  (rdflib: {rd.rows_cell()} rows)"
        print(f"{case.label:<{width}} {ox.rows_cell():>11} {ox.cell():>22} "
              f"{'not run' if rd is None else rd.cell():>22} {ratio:>7}")
    values = sorted({param for case in checkpoint.cases for param in case.calls[0]})
    calls = max(len(case.calls) for case in checkpoint.cases)
    print(f"Parameter values: {calls} sets, from variations written all through the load; the first: "
          + "; ".join(f"{name} = {value}" for name, value in values))
    print(flush=True)


def print_load(loader: Loader, final: Checkpoint, samples: int) -> None:
    bulk = loader.written - loader.checked
    print(f"Load: {final.articles:,} articles (variations of the {samples} samples) into "
          f"{final.size:,} distinct triples ({loader.triples_written:,} per-article triples before merging)")
    print(f"  map + store (Store.replace_graph(facts_to_graph(...))): {bulk / loader.bulk_s:.1f} articles/s; "
          f"{final.size / (loader.checked_s + loader.bulk_s):,.0f} distinct triples/s over the whole load")
    print(f"  map + SHACL check + store (kg.build.store_article, every {CHECK_EVERY}th article): "
          f"{loader.checked / loader.checked_s:.1f} articles/s")
    if loader.rejected:
        print(f"  rejected by the shapes: {len(loader.rejected)}, e.g. {loader.rejected[0]}")


def print_targets(checkpoints: list[Checkpoint]) -> None:
    final = checkpoints[-1]
    ratios, met = [], True
    for case in (case for case in final.cases if case.query == TARGET_QUERY):
        both = [c for c in checkpoints if c.rdflib.get(case.label, Timing()).p50_ms and c.oxigraph[case.label].p50_ms]
        if not both:
            ratios.append(f"{case.label} not timed in both")
            met = False
            continue
        ratio = both[-1].rdflib[case.label].p50_ms / both[-1].oxigraph[case.label].p50_ms
        ratios.append(f"{case.label} {ratio:.1f}× at {both[-1].size:,} triples")
        met = met and ratio >= TARGET_RATIO
    print(f"{'PASS' if met else 'FAIL'}: {TARGET_QUERY} at least {TARGET_RATIO:g}× faster than rdflib "
          f"(at the same size, the biggest rdflib was timed at): {'; '.join(ratios)}")
    slow = [f"{label} {timing.note or f'{timing.p50_ms:.0f} ms'}" for label, timing in final.oxigraph.items()
            if timing.p50_ms is None or timing.p50_ms > TARGET_P50_MS]
    print(f"{'FAIL' if slow else 'PASS'}: p50 ≤ {TARGET_P50_MS:g} ms at {final.size:,} triples for every named "
          f"query call" + (f"; {len(slow)} of {len(final.oxigraph)} miss: {'; '.join(slow)}" if slow else ""))
    if final.size < SIZES[-1]:
        print(f"(a --quick run: the targets are for {SIZES[-1]:,} triples)")


_STARTED = time.perf_counter()


def elapsed() -> float:
    return time.perf_counter() - _STARTED


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def progress(message: str) -> None:
    print(f"[bench_store {elapsed():5.0f} s] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
