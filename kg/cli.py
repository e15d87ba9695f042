"""The `kg` command: build, extract, eval, query, ask, view, serve, export, stats, remove, explain, demo.

Subcommand names and options are a contract other tools rely on. Every failure the
user can cause (a bad file, a locked store, a query that is not SPARQL) ends with
one line on stderr and exit status 2 — never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from extract.batch import Batch
from extract.evaluate import GoldError, load_gold_dir, score
from extract.gold_format import to_gold_json
from extract.lexicon import LexiconError
from kg.build import build, remove
from kg.export import RDF_FORMATS
from kg.files import write_atomically
from kg.identity import count_people, explain, render_explanations
from kg.query import QueryError, run_named_query, run_query
from kg.result_formats import as_csv, as_json, as_table
from kg.store import DEFAULT_STORE_PATH, StoreError, is_remote, open_store
from kg.vocab import unknown_terms
from viz.export import NETWORK_FORMATS

EXIT_USAGE = 2
# In a --dir of kg demo: the demo made its store and page, so it may rebuild them.
DEMO_MARKER = ".kg-demo"
T = TypeVar("T")
EXPORT_FORMATS = {**RDF_FORMATS, **NETWORK_FORMATS}
DEMO_QUERIES = (
    ("who_directed", {}, "Who chaired or directed which meeting?"),
    ("posts_of_person", {}, "Which posts does each official hold?"),
    ("firms_partnering", {}, "Which firms partner with which bodies?"),
)


class UserError(Exception):
    """A problem with what the user asked for; printed as one line."""


class _Parser(argparse.ArgumentParser):
    """argparse whose complaints (a missing argument, a bad option value) are one line like
    every other error, not a usage block; `kg COMMAND --help` shows the usage."""

    def error(self, message: str):
        raise UserError(message)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return args.run(args)
    except (UserError, StoreError, QueryError, GoldError, LexiconError) as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head`: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        print(f"kg: error: {error.filename or ''}: {error.strerror or error}".replace(": : ", ": "),
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, the details on demand
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"kg: internal error: {type(error).__name__}: {' '.join(str(error).split())} "
              "(set KG_DEBUG=1 for details)", file=sys.stderr)
        return 3


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kg", description="Knowledge graph of Vietnamese government news.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    p = commands.add_parser("build", help="ingest article files or folders into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _store_option(p)
    p.set_defaults(run=cmd_build)

    p = commands.add_parser("extract", help="write one FORMAT.md JSON per article (no store)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(run=cmd_extract)

    p = commands.add_parser("eval", help="score extraction against gold files")
    p.add_argument("gold", metavar="GOLD_DIR")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--explain", action="store_true", help="list every false positive and negative")
    p.set_defaults(run=cmd_eval)

    p = commands.add_parser("query", help="run a SPARQL query over the store")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("sparql", nargs="?", metavar="SPARQL")
    source.add_argument("--file", metavar="FILE", help="read the query from FILE")
    source.add_argument("--name", metavar="NAME", help="run a named query of kg/queries/")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a named query's parameter (repeatable)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--timeout", type=_integer(minimum=1), metavar="SECONDS",
                   help="stop a query running longer (default: no limit)")
    _store_option(p)
    p.set_defaults(run=cmd_query)

    p = commands.add_parser("ask", help='answer a question: "Ai chủ trì ...?", "Who directed ...?"')
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _store_option(p)
    p.set_defaults(run=cmd_ask)

    p = commands.add_parser("view", help="write the interactive HTML network view")
    p.add_argument("--out", required=True, metavar="FILE.html")
    focus = p.add_mutually_exclusive_group()
    focus.add_argument("--focus", metavar="NAME",
                       help="only NAME and what is linked to it (diacritics optional)")
    focus.add_argument("--path", nargs=2, metavar=("A", "B"),
                       help="how A and B are connected: the shortest paths, with the facts on the way")
    p.add_argument("--depth", type=int, metavar="N",
                   help="with --focus: how many links away from NAME (default: 1)")
    p.add_argument("--max-nodes", type=_integer(minimum=1), metavar="N",
                   help="draw at most N nodes, the most central (default: 2000)")
    _store_option(p)
    p.set_defaults(run=cmd_view)

    p = commands.add_parser("serve", help="serve SPARQL (/sparql), questions (/ask) and the view (/) over HTTP")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_integer(minimum=0, maximum=65535), default=8000,
                   help="port (default: 8000; 0: any free port)")
    p.add_argument("--timeout", type=_integer(minimum=1), default=30, metavar="SECONDS",
                   help="a query running longer is cancelled (default: 30)")
    p.add_argument("--max-results", type=_integer(minimum=1), default=10_000, metavar="N",
                   help="rows (or triples) sent per query at most (default: 10000)")
    _store_option(p)
    p.set_defaults(run=cmd_serve)

    p = commands.add_parser("export", help="write the graph as Turtle, N-Quads, JSON-LD, GraphML, GEXF or CSV")
    p.add_argument("--format", required=True, choices=list(EXPORT_FORMATS))
    p.add_argument("--out", metavar="FILE", help="write FILE (replaced only when complete); default: stdout")
    _store_option(p)
    p.set_defaults(run=cmd_export)

    p = commands.add_parser("stats", help="network analytics: counts, central officials, communities, timelines")
    p.add_argument("--html", metavar="FILE.html", help="also write the report page")
    p.add_argument("--person", type=_not_blank, metavar="NAME",
                   help="only this official's timeline (diacritics optional)")
    p.add_argument("--top", type=_integer(minimum=1), default=10, metavar="N", help="rows per ranking (default 10)")
    _store_option(p)
    p.set_defaults(run=cmd_stats)

    p = commands.add_parser("remove", help="remove an article (by name, or the file it was read from) and its facts")
    p.add_argument("article", metavar="ARTICLE", help="article name (file stem) or file/folder path")
    _store_option(p)
    p.set_defaults(run=cmd_remove)

    p = commands.add_parser("explain", help="a person's node(s): posts, articles, why mentions were merged or kept apart")
    p.add_argument("person", metavar="PERSON", help="full name (diacritics optional)")
    _store_option(p)
    p.set_defaults(run=cmd_explain)

    p = commands.add_parser("demo", help="build the bundled sample, write the view, show queries")
    p.add_argument("--dir", default="kg-demo", metavar="DIR",
                   help="where the demo's store and HTML go (default: kg-demo)")
    p.set_defaults(run=cmd_demo)
    return parser


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default=DEFAULT_STORE_PATH, metavar="DIR|URL",
                        help=f"store directory (default: {DEFAULT_STORE_PATH}), or the URL of a "
                             "SPARQL 1.1 server holding the store (http://host:port)")


# ---------------------------------------------------------------- commands


def cmd_build(args: argparse.Namespace) -> int:
    with open_store(args.store) as store:
        report = build(args.paths, store, progress=True)
        # Not the distinct count of `kg demo`: over a million triples, that takes seconds.
        triples = store.merged_triple_count()
        articles = store.article_count()
        people = count_people(store)
    print(f"read {report.articles} article(s): {report.facts} facts, "
          f"{report.triples_written} triples written; store {args.store}: "
          f"{articles} article(s), {triples} triples in the merged graph, {people} people")
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
    _given(args.article, "ARTICLE")
    with open_store(args.store, create=False) as store:
        removed = remove(store, args.article)
        articles = store.article_count()
    if not removed:
        raise UserError(f"{args.article}: no such article in the store {args.store}")
    print(f"removed {', '.join(removed)}; store {args.store}: {articles} article(s)")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    with open_store(args.store, create=False) as store:
        explanations = explain(store, args.person)
    if not explanations:
        raise UserError(f"{args.person}: no person of that name in the store {args.store}")
    print(render_explanations(args.person, explanations))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    out = Path(_given(args.out, "--out"))
    # The folder --out names is made, not its parents (like every file's folder), and only
    # once there is a file to write: no empty folder when nothing could be read.
    if not out.is_dir() and (out.exists() or not out.parent.is_dir()):
        raise UserError(f"{out}: not a folder" if out.exists() else f"{out.parent}: no such folder")
    batch = Batch(args.paths, progress=True)
    written = 0
    for article, facts in batch.extracted():
        out.mkdir(exist_ok=True)
        write_atomically(out / f"{article.name}.json",
                         json.dumps(to_gold_json(facts), ensure_ascii=False, indent=2) + "\n")
        written += 1
    print(f"wrote {written} file(s) to {out}")
    return _print_skipped(batch.skipped)


def cmd_eval(args: argparse.Namespace) -> int:
    golds = load_gold_dir(Path(_given(args.gold, "GOLD_DIR")))
    batch = Batch(args.paths)
    predictions, texts = {}, {}
    for article, facts in batch.extracted():
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
    with open_store(args.store, create=False) as store:
        if args.name:
            params = _params(args.param)
            result = _stoppable(lambda: run_named_query(store, args.name, params), args.timeout)
        else:
            if args.param:
                raise UserError("--param goes with --name")
            sparql = _read_text(Path(args.file)) if args.file else args.sparql
            for term in sorted(unknown_terms(sparql)):
                print(f"kg: warning: {term} is not a term of the ontology (ontology/kg.ttl); "
                      "the query may match nothing", file=sys.stderr)
            result = _stoppable(lambda: run_query(store, sparql), args.timeout)
    render = {"table": as_table, "json": as_json, "csv": as_csv}[args.format]
    print(render(result))
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from kg.ask import UnknownQuestion, answer

    with open_store(args.store, create=False) as store:
        if store.article_count() == 0:
            raise UserError(f"{args.store}: the store holds no articles yet (run `kg build PATH...` first)")
        try:
            reply = answer(store, args.question)
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
    with open_store(args.store, create=False) as store:
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
    import logging
    import signal

    from kg.serve import Limits, ServeError, open_server

    if is_remote(args.store):
        raise UserError(f"{args.store}: kg serve serves a local store directory; a SPARQL server serves itself")
    logging.basicConfig(level=logging.INFO, format="%(message)s")  # one line per request on stderr
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # leave through `with`: the engine stops too
    try:
        with open_server(args.store, args.host, args.port, Limits(args.timeout, args.max_results)) as server:
            print(f"serving {args.store} at {server.url} — SPARQL: {server.url}sparql, "
                  f"questions: {server.url}ask?q=... (Ctrl-C stops)", flush=True)
            server.serve_forever()
    except ServeError as error:
        raise UserError(str(error)) from None
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args.store, create=False) as store:
        if store.article_count() == 0:
            raise UserError(f"{args.store}: the store holds no articles yet (run `kg build PATH...` first)")
        data = EXPORT_FORMATS[args.format](store)
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

    with open_store(args.store, create=False) as store:
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
            open_store(store_dir) as store:
        store.clear()
        with _timed("build (5 sample articles)", timings):
            report = build([sample], store)
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


# ---------------------------------------------------------------- helpers


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


def _integer(minimum: int, maximum: int | None = None):
    """An argparse type: a whole number from `minimum` (to `maximum`)."""
    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            raise argparse.ArgumentTypeError(f"must be {bounds}, got {value}")
        return value

    return whole_number


def _not_blank(text: str) -> str:
    """An argparse type: text that is not empty or only spaces."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


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


def _print_skipped(skipped: list[tuple[str, str]]) -> int:
    """Print the inputs a batch skipped, and why, to stderr; the exit status: 0 when none
    was skipped, else EXIT_USAGE (the good inputs were still used)."""
    if not skipped:
        return 0
    for source, reason in skipped:
        print(f"kg: skipped {source}: {reason}", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
