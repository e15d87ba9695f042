"""`kg serve` under load on loopback: cheap who-directed requests, next to Oxigraph's own server.

    .venv/bin/python benchmarks/bench_serve.py [--requests N] [--triples N]

A store of about TRIPLES distinct triples is built from variations of the sample articles
(`synthetic_articles.py`, as `bench_store.py` does). The cheap request is `who_directed`
for one person: the named query with a person's name in its slot, sent as
`GET /sparql?query=...` asking for SPARQL JSON results, for each of the store's chairs
and directors in turn. Clients keep their connection open (HTTP/1.1 keep-alive, as
SPARQL clients and browsers do); REQUESTS requests are spread over 1, 8 and 32 clients.

The baseline is Oxigraph's own server, `oxigraph serve-read-only`, over the same store,
asked the same queries (with the ontology's prefixes declared, which `kg serve` adds
itself): the engine with no front end, no checks and no process per query. Each
concurrency runs against each server, then against `kg serve` with a heavy query beside
the cheap ones: another client sends a join of everything with everything, sorted,
which runs until `kg serve` ends it at its time limit (HEAVY_TIMEOUT_S), then sends it
again. The heavy client's 503s are expected and not counted.

An error is a status other than 200, or a connection reset or closed under a request.
Latencies are wall-clock from the request's first byte sent to its last byte read, in
one asyncio client process; p50, p99 and the worst are printed with requests per second,
and the ratio of kg serve's p99 to the baseline's. Targets (issue 20): 0 errors and
p99 ≤ 20 ms with the heavy query beside, at every concurrency.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from synthetic_articles import corpus

from extract.clean import PageCleaner
from extract.lexicon import Lexicon
from extract.pipeline import Extractor
from extract.reader import read_articles
from kg.build import update_derived_graphs
from kg.mapping import facts_to_graph
from kg.query import load_named_query, run_named_query
from kg.sparql_text import with_prefixes
from kg.store import open_store

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample"
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
CONCURRENCY = (1, 8, 32)
TRIPLES = 50_000
REQUESTS = 10_000
PEOPLE = 200  # chairs and directors asked about, in turn
HEAVY_TIMEOUT_S = 10
HEAVY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a"
TARGET_P99_MS = 20.0


@dataclass
class Run:
    server: str
    clients: int
    heavy: bool
    latencies: list[float]  # seconds, of the requests that succeeded
    errors: int
    seconds: float

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=REQUESTS, help=f"cheap requests per run (default {REQUESTS})")
    parser.add_argument("--triples", type=int, default=TRIPLES, help=f"store size (default {TRIPLES})")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        store_dir = Path(tmp) / "store"
        people = build_store(store_dir, options.triples)
        who_directed = load_named_query("who_directed")
        queries = [who_directed.bound_text({"person_name": person}) for person in people]
        runs = []
        with serving([str(OXIGRAPH), "serve-read-only", "--location", str(store_dir), "--bind",
                      "127.0.0.1:{port}", "--timeout-s", str(HEAVY_TIMEOUT_S)]) as port:
            paths = [f"/query?{urllib.parse.urlencode({'query': with_prefixes(query)})}" for query in queries]
            runs += [load(port, paths, clients, options.requests, None, "oxigraph serve-read-only")
                     for clients in CONCURRENCY]
        with serving([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir), "--port", "{port}",
                      "--timeout", str(HEAVY_TIMEOUT_S)]) as port:
            paths = [f"/sparql?{urllib.parse.urlencode({'query': query})}" for query in queries]
            heavy = f"/sparql?{urllib.parse.urlencode({'query': HEAVY})}"
            for clients in CONCURRENCY:
                runs.append(load(port, paths, clients, options.requests, None, "kg serve"))
                runs.append(load(port, paths, clients, options.requests, heavy, "kg serve"))
    print_runs(runs, len(people), options)


def build_store(store_dir: Path, triples: int) -> list[str]:
    """A store of about `triples` distinct triples; the names of up to PEOPLE chairs and directors."""
    lexicon = Lexicon.load()
    extractor, cleaner = Extractor(lexicon), PageCleaner(lexicon)
    samples = [extractor.extract(article) for path in sorted(SAMPLE.glob("*.txt"))
               for article in read_articles(path, cleaner).articles]
    articles = corpus(samples)
    with open_store(store_dir) as store:
        while store.merged_triple_count() < triples:
            for facts in itertools.islice(articles, 50):
                store.replace_graph(facts_to_graph(facts))
        update_derived_graphs(store, lexicon)
        people = list(dict.fromkeys(str(row[0]) for row in run_named_query(store, "who_directed").rows))
        size = store.triple_count()
    progress(f"store: {size:,} distinct triples, {len(people)} chairs and directors")
    return people[:PEOPLE]


class serving:
    """A server started from `command` ("{port}" in it: a free port), until the block ends."""

    def __init__(self, command: list[str]) -> None:
        self.port = _free_port()
        self.command = [part.replace("{port}", str(self.port)) for part in command]

    def __enter__(self) -> int:
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self.port
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"{' '.join(self.command[:3])} did not start")
                time.sleep(0.1)

    def __exit__(self, *exc_info: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def load(port: int, paths: list[str], clients: int, requests: int, heavy: str | None, server: str) -> Run:
    progress(f"{server}: {requests} requests from {clients} client(s){' beside a heavy query' if heavy else ''}")
    return asyncio.run(_load(port, paths, clients, requests, heavy, server))


async def _load(port: int, paths: list[str], clients: int, requests: int, heavy: str | None, server: str) -> Run:
    numbers = iter(range(requests))
    latencies: list[float] = []
    errors = 0
    done = asyncio.Event()

    async def client() -> None:
        nonlocal errors
        connection = None
        for number in numbers:
            if connection is None:
                connection = await asyncio.open_connection("127.0.0.1", port)
            start = time.perf_counter()
            try:
                status = await _get(*connection, paths[number % len(paths)])
            except (OSError, asyncio.IncompleteReadError):
                status, connection = 0, None
            if status == 200:
                latencies.append(time.perf_counter() - start)
            else:
                errors += 1

    async def heavy_client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while not done.is_set():
            await _get(reader, writer, heavy)

    beside = asyncio.ensure_future(heavy_client()) if heavy else None
    if beside:
        await asyncio.sleep(0.5)  # the heavy query is running
    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    seconds = time.perf_counter() - start
    done.set()
    if beside:
        beside.cancel()
    return Run(server, clients, heavy is not None, latencies, errors, seconds)


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """GET `path` on the connection; the status, once the whole body is read."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+json\r\n\r\n"
                 .encode("ascii"))
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").lower().split("\r\n")
    lengths = [int(line.split(":", 1)[1]) for line in lines if line.startswith("content-length:")]
    if lengths:
        await reader.readexactly(lengths[0])
    else:  # chunked, as Oxigraph sends results
        while (size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    return int(lines[0].split()[1])


def print_runs(runs: list[Run], people: int, options: argparse.Namespace) -> None:
    print(f"\nkg serve under load: {options.requests:,} who_directed(person) requests per run over "
          f"{people} people, connections kept open, on loopback ({options.triples:,}-triple store)")
    print(f"{'server':<26} {'clients':>7} {'heavy':>6} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'max ms':>7} {'errors':>6}  p99 vs baseline")
    baseline = {run.clients: run for run in runs if run.server.startswith("oxigraph")}
    for run in runs:
        ratio = run.percentile(0.99) / baseline[run.clients].percentile(0.99)
        target = "" if run.server.startswith("oxigraph") else \
            ("  under target" if run.errors == 0 and run.percentile(0.99) <= TARGET_P99_MS else "  OVER TARGET")
        print(f"{run.server:<26} {run.clients:>7} {'yes' if run.heavy else 'no':>6} "
              f"{len(run.latencies) / run.seconds:>7.0f} {run.percentile(0.5):>7.1f} {run.percentile(0.99):>7.1f} "
              f"{max(run.latencies) * 1000:>7.1f} {run.errors:>6}  {ratio:.2f}×{target}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
