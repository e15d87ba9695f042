"""What each `kg` command does (its options: `kg.cli`).

Each command imports what only it uses, so that none loads what it does not need: spaCy
takes a second to load, networkx and pyvis a few tenths more, and `kg --help` or
`kg query` need none of them (benchmarks/bench_startup.py).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import signal
import sys
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from kg.export import RDF_FORMATS
from kg.files import write_atomically
from kg.query import Page, run_named_query, run_query
from kg.result_formats import as_csv, as_json, as_table
from kg.store import Store, is_remote, open_store
from kg.store.pending import pending_articles
from kg.vocab import unknown_terms

EXIT_USAGE = 2
_MAX_FILE_NAME_BYTES = 255  # what Linux, macOS and Windows file systems take
# The network formats are viz.export's, looked up when one is asked for (networkx is slow to load).
EXPORT_FORMATS = [*RDF_FORMATS, "graphml", "gexf", "csv"]
# In a --dir of kg demo: the demo made its store and page, so it may rebuild them.
DEMO_MARKER = ".kg-demo"
T = TypeVar("T")
DEMO_QUERIES = (
    ("who_directed", {}, "Who chaired or directed which meeting?"),
    ("posts_of_person", {}, "Which posts does each official hold?"),
    ("firms_partnering", {}, "Which firms partner with which bodies?"),
)


class UserError(Exception):
    """A problem with what the user asked for; printed as one line."""


def cmd_build(args: argparse.Namespace) -> int:
    from extract.lexicon import Lexicon
    from kg.build import build
    from kg.identity import count_people
    from kg.parallel import default_workers

    workers = args.workers or default_workers()
    with _opened(args.store, update_url=args.update_url) as store:
        report = build(args.paths, store, Lexicon.load(), workers=workers, scheduler=args.scheduler, progress=True)
        # Not the distinct count of `kg demo`: over a million triples, that takes seconds.
        triples = store.merged_triple_count()
        articles = store.article_count()
        people = count_people(store)
    if report.repaired is not None:
        print(f"kg: {report.repaired}", file=sys.stderr)
    copies = f" ({report.copies} more were copies of an article's text, counted once)" if report.copies else ""
    print(f"read {report.articles} article(s){copies}: {report.facts} facts, "
          f"{report.triples_written} triples written; store {args.store}: "
          f"{articles} article(s), {triples} triples in the merged graph, {people} people")
    where = f"on {args.scheduler}" if args.scheduler else f"{report.workers} worker process(es)"
    rate = report.articles / report.seconds if report.seconds else 0.0
    print(f"time: {report.seconds:.1f} s to read, extract and store ({rate:.1f} articles/s, {where}), "
          f"{report.derived_seconds:.1f} s for identities and dates")
    if report.encodings:
        print("encodings: " + ", ".join(f"{name} ({count})" for name, count in report.encodings.most_common()))
    status = _print_skipped(report.skipped)
    if report.interrupted_by is not None:
        print(f"kg: interrupted ({report.interrupted_by.name}) after {report.articles} article(s) of "
              f"{report.files} file(s); the store is consistent: run the same command again to finish",
              file=sys.stderr)
        return 128 + report.interrupted_by
    return status


def cmd_remove(args: argparse.Namespace) -> int:
    from extract.lexicon import Lexicon
    from kg.build import remove

    _given(args.article, "ARTICLE")
    with _opened(args.store, create=False, update_url=args.update_url) as store:
        removed = remove(store, args.article, Lexicon.load())
        articles = store.article_count()
    if not removed:
        raise UserError(f"{args.article}: no such article in the store {args.store}")
    print(f"removed {', '.join(removed)}; store {args.store}: {articles} article(s)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from extract.reader import printable
    from kg.show import NoSuchArticle, find_article, show_article

    with open_store(args.store, create=False) as store:
        try:
            name = find_article(store, printable(args.article))
        except NoSuchArticle:
            raise UserError(f"{printable(args.article)}: no such article in the store {args.store} (an article "
                            "is named by its file stem, or a JSONL record's id or url)") from None
        page = show_article(store, name)
    print(page)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from kg.identity import explain, render_explanations

    with _opened(args.store, create=False, read_only=True) as store:
        explanations = explain(store, args.person)
    if not explanations:
        raise UserError(f"{args.person}: no person of that name in the store {args.store}")
    print(render_explanations(args.person, explanations))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from extract.batch import Batch
    from extract.gold_format import to_gold_json
    from extract.lexicon import Lexicon
    from extract.pipeline import Extractor

    out = Path(_given(args.out, "--out"))
    # The folder --out names is made, not its parents (like every file's folder), and only
    # once there is a file to write: no empty folder when nothing could be read.
    if not out.is_dir() and (out.exists() or not out.parent.is_dir()):
        raise UserError(f"{out}: not a folder" if out.exists() else f"{out.parent}: no such folder")
    lexicon = Lexicon.load()
    batch = Batch(args.paths, lexicon, progress=True, activity="extracting")
    written = 0
    for article, facts in batch.extracted(Extractor(lexicon)):
        out.mkdir(exist_ok=True)
        write_atomically(out / output_file_name(article.name, ".json"),
                         json.dumps(to_gold_json(facts), ensure_ascii=False, indent=2) + "\n")
        written += 1
    print(f"wrote {written} file(s) to {out}")
    return _print_skipped(batch.skipped)


def cmd_eval(args: argparse.Namespace) -> int:
    from extract.batch import Batch
    from extract.evaluate import load_gold_dir, score
    from extract.gold_format import to_gold_json
    from extract.lexicon import Lexicon
    from extract.pipeline import Extractor

    golds = load_gold_dir(Path(_given(args.gold, "GOLD_DIR")))
    lexicon = Lexicon.load()
    batch = Batch(args.paths, lexicon)
    predictions, texts = {}, {}
    for article, facts in batch.extracted(Extractor(lexicon)):
        key = f"{article.name}.txt"
        predictions[key] = to_gold_json(facts, with_evidence=True)
        texts[key] = article.text
    _print_skipped(batch.skipped)
    if not predictions:
        raise UserError("no article could be read from " + ", ".join(map(str, args.paths)))
    if not predictions.keys() & golds.keys():
        raise UserError(f"none of the {len(predictions)} article(s) read has a gold file in {args.gold} "
                        "(the gold file of the article NAME.txt is NAME.json)")
    report = score(golds, predictions)
    if args.explain:
        print(report.explain(texts))
    print(report.table())
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    with _opened(args.store, create=False, read_only=True) as store:
        if args.name:
            params = _params(args.param)
            page = Page(args.limit, args.offset) if args.limit else None
            result = _stoppable(lambda: run_named_query(store, args.name, params, page), args.timeout)
        else:
            if args.param:
                raise UserError("--param goes with --name")
            if args.offset or args.limit != 100:
                raise UserError("--limit and --offset go with --name (write LIMIT and OFFSET in the query)")
            sparql = _read_text(Path(args.file)) if args.file else args.sparql
            for term in sorted(unknown_terms(sparql)):
                print(f"kg: warning: {term} is not a term of the ontology (ontology/kg.ttl); "
                      "the query may match nothing", file=sys.stderr)
            result = _stoppable(lambda: run_query(store, sparql), args.timeout)
    render = {"table": as_table, "json": as_json, "csv": as_csv}[args.format]
    print(render(result))
    if result.total is not None and (args.offset or result.total > len(result.rows)):
        first = args.offset + 1 if result.rows else args.offset
        more = f"; the next: --offset {args.offset + args.limit}" if args.offset + args.limit < result.total else ""
        # After the table, or on stderr, where it does not mix with JSON or CSV.
        print(f"rows {first}–{args.offset + len(result.rows)} of {result.total:,}{more}",
              file=sys.stdout if args.format == "table" else sys.stderr)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from extract.lexicon import Lexicon
    from kg.ask import UnknownQuestion, answer, vocabulary

    with _opened(args.store, create=False, read_only=True) as store:
        if store.article_count() == 0:
            raise UserError(f"{args.store}: the store holds no articles yet (run `kg build PATH...` first)")
        try:
            reply = answer(store, args.question, vocabulary(Lexicon.load()))
        except UnknownQuestion as error:
            raise UserError(str(error)) from None
    print(reply.as_json() if args.format == "json" else reply.as_text())
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from viz.focus import FocusedView, FocusError, connections, neighbourhood
    from viz.graph import graph_from_store
    from viz.html import MAX_NODES, render_html

    if args.depth is not None and args.focus is None:
        raise UserError("--depth goes with --focus NAME")
    max_nodes = MAX_NODES if args.max_nodes is None else args.max_nodes
    out = Path(args.out)
    with _opened(args.store, create=False, read_only=True) as store:
        graph = graph_from_store(store)
    if graph.number_of_nodes() == 0:
        raise UserError(f"{args.store}: the store holds no facts yet (run `kg build PATH...` first)")
    try:
        if args.focus is not None:
            view = neighbourhood(graph, args.focus, 1 if args.depth is None else args.depth)
        elif args.path is not None:
            view = connections(graph, *args.path)
        else:
            view = FocusedView(graph, title="Vietnamese government news: knowledge graph")
    except FocusError as error:
        raise UserError(str(error)) from None
    page = render_html(view.graph, title=view.title, max_nodes=max_nodes, focus=view.focus, paths=view.paths)
    write_atomically(out, page.html)
    pruned = f"; the {page.nodes_shown} most central of {page.nodes_total}" if page.pruned else ""
    print(f"wrote {out} ({page.nodes_shown} nodes, {page.edges_shown} links{pruned})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import Access, Limits, ServeError, open_server

    if is_remote(args.store):
        raise UserError(f"{args.store}: kg serve serves a local store directory; a SPARQL server serves itself")
    cors = args.cors or ["*"]
    access = Access(cors_origins=() if cors == ["none"] else tuple(cors), host_names=tuple(args.allow_host))
    with _opened(args.store, create=False, read_only=True):
        pass  # a store left mid-build is repaired before it is served
    logging.basicConfig(level=logging.INFO, format="%(message)s")  # one line per request on stderr
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # leave through `with`: the engines stop too
    try:
        with open_server(args.store, args.host, args.port, Limits(args.timeout, args.max_results),
                         access, args.engines) as server:
            print(f"serving {args.store} at {server.url} — SPARQL: {server.url}sparql, "
                  f"questions: {server.url}ask?q=... (Ctrl-C stops)", flush=True)
            server.serve_forever()
    except ServeError as error:
        raise UserError(str(error)) from None
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.format in RDF_FORMATS:
        export = RDF_FORMATS[args.format]
    else:
        from viz.export import NETWORK_FORMATS

        export = NETWORK_FORMATS[args.format]
    with _opened(args.store, create=False, read_only=True) as store:
        if store.article_count() == 0:
            raise UserError(f"{args.store}: the store holds no articles yet (run `kg build PATH...` first)")
        data = export(store)
    if args.out:
        write_atomically(Path(args.out), data)
        print(f"wrote {args.out} ({args.format}, {len(data):,} bytes)")
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from viz.graph import graph_from_store
    from viz.report import render_report
    from viz.stats import compute_stats

    with _opened(args.store, create=False, read_only=True) as store:
        stats = compute_stats(graph_from_store(store))
    if args.person:
        timeline = stats.timeline_of(args.person)
        if timeline is None:
            raise UserError(f"no official named {args.person!r} in {args.store}")
        print("\n".join(f"{e.date or '????-??-??'}  {e.text}" for e in timeline))
    else:
        print(stats.as_text(args.top))
    if args.html:
        write_atomically(Path(args.html), render_report(stats, title="Phân tích mạng lưới", top=args.top))
        print(f"\nwrote {args.html}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from extract.lexicon import Lexicon
    from kg.build import build
    from viz.graph import graph_from_store
    from viz.html import render_html

    root = Path(_given(args.dir, "--dir"))
    store_dir, html, marker = root / "store", root / "graph.html", root / DEMO_MARKER
    if (store_dir.exists() or html.exists()) and not marker.is_file():
        raise UserError(f"{root}: holds a store or graph.html that kg demo did not write "
                        f"(no {DEMO_MARKER} file); choose another --dir")
    root.mkdir(parents=True, exist_ok=True)
    marker.write_text("kg demo wrote store/ and graph.html here and rebuilds them on each run.\n",
                      encoding="utf-8")
    timings: list[tuple[str, float]] = []
    # open_store takes the store's lock before anything is cleared: a store another
    # process holds (kg serve, kg build) is refused, never replaced under it.
    with resources.as_file(resources.files("kg").joinpath("sample")) as sample, \
            _opened(store_dir) as store:
        store.clear()
        with _timed("build (5 sample articles)", timings):
            report = build([sample], store, Lexicon.load())
        if report.interrupted_by is not None:  # the store is consistent; no view of half the sample
            raise KeyboardInterrupt
        with _timed("view", timings):
            graph = graph_from_store(store)
            write_atomically(html, render_html(graph, title="Sample: Vietnamese government news").html)
        answers = []
        with _timed("3 example queries", timings):
            for name, params, question in DEMO_QUERIES:
                answers.append((name, question, run_named_query(store, name, params)))
        triples = store.triple_count()
    print(f"Built {report.articles} sample articles into {store_dir}: "
          f"{report.facts} facts, {triples} triples.")
    print(f"Interactive view: {html.resolve()}")
    for name, question, result in answers:
        print(f"\n# {question}\n$ kg query --store {store_dir} --name {name}")
        print(as_table(result))
    print("\nTimings: " + ", ".join(f"{label} {seconds:.2f}s" for label, seconds in timings))
    return 0


@contextmanager
def _opened(location: str | Path, *, create: bool = True, read_only: bool = False,
            update_url: str | None = None) -> Iterator[Store]:
    """The store at `location` (`kg.store.open_store`), repaired first when a build or removal
    was killed while writing it (`kg.build.repair`, which says what it did on stderr); the
    repair needs the store to itself, so a reader opens it again afterwards."""
    with open_store(location, create=create, read_only=read_only, update_url=update_url) as store:
        if not pending_articles(store):
            yield store
            return
    from extract.lexicon import Lexicon
    from kg.build import repair

    with open_store(location, create=create, update_url=update_url) as store:
        print(f"kg: {location}: {repair(store, Lexicon.load())}", file=sys.stderr)
    with open_store(location, create=create, read_only=read_only, update_url=update_url) as store:
        yield store


@contextmanager
def _timed(label: str, timings: list[tuple[str, float]]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings.append((label, time.perf_counter() - start))


def _stoppable(work: Callable[[], T], timeout_s: int | None) -> T:
    """`work()` in a worker thread, so that Ctrl-C (KeyboardInterrupt) and the time limit stop
    the command at once. Oxigraph cannot cancel an embedded query, and while it runs no
    Python code runs in its thread to take the interrupt; the main thread, only waiting, can.
    The query is left to end with the process: it only reads the store, so that is safe."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # raised again in the main thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="kg-query", daemon=True)  # daemon: exiting does not wait
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise UserError(f"the query ran over the time limit of {timeout_s} s (--timeout) and was stopped")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _params(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UserError(f"--param {pair!r}: expected KEY=VALUE")
        values[key.strip()] = value.strip()
    return values


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text") from None


def _given(path: str, argument: str) -> str:
    """`path`, unless it is empty: "" is a slip (an unset variable), not the current folder."""
    if not path:
        raise UserError(f"{argument}: the path is empty (for the current folder, write .)")
    return path


def output_file_name(article: str, suffix: str) -> str:
    """`<article><suffix>` as a name the file system takes: "/" (a URL naming a JSONL record)
    and "%" written %2F and %25; a name over the limit of 255 bytes cut, with a digest
    of the whole, so that two long names stay two files."""
    name = article.replace("%", "%25").replace("/", "%2F")
    if name.startswith("."):
        name = "%2E" + name[1:]  # not a hidden file
    encoded = name.encode("utf-8")
    if len(encoded) + len(suffix.encode("utf-8")) <= _MAX_FILE_NAME_BYTES:
        return name + suffix
    digest = "-" + hashlib.sha1(encoded).hexdigest()[:12]
    room = _MAX_FILE_NAME_BYTES - len(digest) - len(suffix.encode("utf-8"))
    return encoded[:room].decode("utf-8", "ignore") + digest + suffix  # "ignore": a letter cut in two


def _print_skipped(skipped: list[tuple[str, str]]) -> int:
    """Print the inputs a batch skipped, and why, to stderr; the exit status: 0 when none
    was skipped, else EXIT_USAGE (the good inputs were still used)."""
    if not skipped:
        return 0
    for source, reason in skipped:
        print(f"kg: skipped {source}: {reason}", file=sys.stderr)
    return EXIT_USAGE
