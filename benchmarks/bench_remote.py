"""A store on a SPARQL server against the embedded store: writing articles, and querying through `kg serve`.

    .venv/bin/python benchmarks/bench_remote.py [ARTICLES]

Extracts the five bundled sample articles once, then writes ARTICLES (default 200)
of them, cycling under distinct names, into
  * the embedded store (`kg.store.LocalStore`, the baseline),
  * an Oxigraph server on loopback (`kg.store.RemoteStore`), one article per request,
  * the same with the default batch (`DEFAULT_BATCH_SIZE` articles per request).
Then it runs the `who_directed` named query 50 times on the embedded store and on
the server, and a SELECT of every person 50 times through `kg serve`'s /sparql
(front end + read-only engine, JSON results).

Ratios are time ÷ the embedded store's time in the same run: above 1 is slower.
"""
from __future__ import annotations

import dataclasses
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from extract.batch import Batch
from extract.lexicon import Lexicon
from extract.pipeline import Extractor
from kg.query import run_named_query
from kg.mapping import facts_to_graph
from kg.serve import Limits, open_server
from kg.store import open_store
from kg.store.remote import DEFAULT_BATCH_SIZE, RemoteStore

SAMPLE = Path(__file__).parents[1] / "kg" / "sample"
QUERY_RUNS = 50
PEOPLE = "SELECT ?name WHERE { ?person a foaf:Person ; foaf:name ?name }"


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    lexicon = Lexicon.load()
    extracted = [facts for _, facts in Batch([SAMPLE], lexicon).extracted(Extractor(lexicon))]
    copies = [renamed(extracted[i % len(extracted)], f"copy-{i:05d}") for i in range(articles)]
    with tempfile.TemporaryDirectory(prefix="bench-remote-") as tmp:
        timings: dict[str, float] = {}
        with open_store(Path(tmp) / "embedded") as store:
            timings["write, embedded store"] = timed(lambda: write(store, copies))
            timings["who_directed, embedded store"] = timed(
                lambda: [run_named_query(store, "who_directed") for _ in range(QUERY_RUNS)])
        with oxigraph_server(Path(tmp) / "one-by-one") as url:
            with RemoteStore.at(url, batch_size=1) as remote:
                timings["write, server, 1 article/request"] = timed(lambda: write(remote, copies))
        with oxigraph_server(Path(tmp) / "batched") as url:
            with RemoteStore.at(url) as remote:
                timings[f"write, server, {DEFAULT_BATCH_SIZE} articles/request"] = timed(
                    lambda: write(remote, copies))
                timings["who_directed, server"] = timed(
                    lambda: [run_named_query(remote, "who_directed") for _ in range(QUERY_RUNS)])
        with open_server(Path(tmp) / "embedded", port=0, limits=Limits()) as server:
            server.serve_in_background()
            url = server.url + "sparql?" + urllib.parse.urlencode({"query": PEOPLE})
            timings["people, in process"] = timed(
                lambda: [list(server.store.query(PEOPLE)) for _ in range(QUERY_RUNS)])
            timings["people, kg serve /sparql"] = timed(
                lambda: [urllib.request.urlopen(url).read() for _ in range(QUERY_RUNS)])
    print(f"{articles} articles written; queries run {QUERY_RUNS} times")
    for label, seconds in timings.items():
        kind = label.split(",")[0]
        baseline = next(s for l, s in timings.items() if l.startswith(kind))
        print(f"{label:<42} {seconds:8.2f} s   × {seconds / baseline:5.2f}")


def renamed(facts, name: str):
    return dataclasses.replace(facts, article=dataclasses.replace(facts.article, name=name))


def write(store, copies) -> None:
    for facts in copies:
        store.replace_graph(facts_to_graph(facts))
    store.triple_count()  # sends what is queued


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


class oxigraph_server:
    """`oxigraph serve` on a free loopback port, for the length of a `with` block."""

    def __init__(self, location: Path) -> None:
        self.location = location

    def __enter__(self) -> str:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [str(Path(sys.executable).with_name("oxigraph")), "serve", "--location", str(self.location),
             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return f"http://127.0.0.1:{port}"
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("oxigraph did not start")

    def __exit__(self, *exc_info: object) -> None:
        self.process.terminate()
        self.process.wait()


if __name__ == "__main__":
    main()
