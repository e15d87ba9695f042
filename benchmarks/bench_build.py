"""`kg build` at corpus scale: articles/s with 1 and 2 workers, peak memory, store size, query times.

    .venv/bin/python benchmarks/bench_build.py [--sizes 1000,10000,100000] [--rounds N] [--no-cluster]

Text variations of the five sample articles (`synthetic_articles.write_text_corpus`:
other provinces, invented officials who recur within a province and term, other dates)
are written as .txt files, and `kg build` runs on them as a user runs it — a new process
reading, extracting, mapping, checking and storing every file, then recomputing
identities and dates — once with `--workers 1` and once with `--workers 2`, into fresh
stores. The 1-worker build is the baseline of the same run: the ratio is the speed-up.

Printed for each build: articles/s end to end (launch to exit, start-up included), the
peak memory of the build's processes together (the command and its Dask workers, sampled
every 0.2 s), the store's size on disk, and, on the store the 2-worker build wrote, the
p50 of `who_directed` for one person (a mix of 20 people of the store) and of the first
page (100 rows, with the total) of each named query that lists without parameters. Then the
smallest size is built again on a Dask cluster started here — a scheduler and two worker
processes on 127.0.0.1 — and its facts are compared with the local build's.

`--rounds N` builds each size N times with 1 and 2 workers in turn and prints the median
ratio, with every round's. Before the builds, what two processes can gain on this machine
at that moment is measured: the same files mapped (read, extracted, mapped, checked) by one
process, then by two at once, with no store, no Dask and nothing serial — the ceiling of
the 2-worker ratio, which other work on the machine lowers.

The machine is shared: compare the ratios of one run, not times across runs.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from synthetic_articles import lexicon, write_text_corpus

from extract.clean import PageCleaner
from extract.pipeline import Extractor
from extract.reader import read_articles
from kg.query import Page, run_named_query
from kg.store import open_store

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample"
SIZES = (1_000, 10_000, 100_000)
TARGET_RATE = 55.0  # articles/s end to end at 100,000 articles, 2 workers
TARGET_SPEEDUP = 1.7  # 2 workers against 1
TARGET_RSS_GB = 2.0
TARGET_PERSON_MS = 5.0  # who_directed for one person, at 10M triples
TARGET_PAGE_MS = 50.0  # a named query's first page, at 10M triples
QUERY_RUNS = 3
# The named queries that list when given no parameter (issue 18); article_facts and
# connected_people answer about one article or person, and listing them all takes minutes.
LISTINGS = ("who_directed", "holders_of_post", "posts_of_person", "programs_of_province", "directives_to",
            "event_participants", "firms_partnering")


def kg_command(*arguments: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from kg.entry import main; sys.exit(main())", *arguments]


def run_build(corpus: Path, store: Path, *options: str) -> dict:
    """Run `kg build` in a new process; its wall time, peak memory (with its children), the
    CPU seconds it and its children used, the cores other work on the machine kept busy
    meanwhile (on average), and the build's figures."""
    busy_before = _machine_busy()
    start = time.perf_counter()
    process = psutil.Popen(kg_command("build", str(corpus), "--store", str(store), *options),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    cpu: dict[int, float] = {}  # the last CPU seconds seen of each process of the build
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            for member in tree:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system  # (up to 0.2 s of each process's last moments missed)
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    out, err = process.communicate()
    if process.returncode != 0:
        sys.exit(f"kg build failed ({process.returncode}): {err[-2000:]}")
    own = sum(cpu.values())
    others = max(0.0, (_machine_busy() - busy_before - own) / seconds)
    articles = int(re.search(r"read (\d+) article", out)[1])
    timing = re.search(r"time: ([\d.]+) s .*?([\d.]+) articles/s.*?, ([\d.]+) s for identities", out)
    return {"seconds": seconds, "articles": articles, "rate": articles / seconds, "peak_gb": peak / 1e9,
            "store_gb": sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 1e9,
            "store_s": float(timing[1]), "derived_s": float(timing[3]), "cpu_s": own, "others": others,
            "triples": int(re.search(r"(\d+) triples in the merged graph", out)[1])}


def _machine_busy() -> float:
    """CPU seconds every core of the machine has been busy, for every process, since boot."""
    times = psutil.cpu_times()
    return times.user + times.nice + times.system + times.irq + times.softirq + getattr(times, "steal", 0.0)


_MAP_FILES = """
import sys, time
from extract.lexicon import Lexicon
from kg.parallel import ArticleMapper
mapper = ArticleMapper(Lexicon.load())
files = sys.argv[1:]
mapper.map_files(files[:3])  # warm
start = time.perf_counter()
mapper.map_files(files)
print(time.perf_counter() - start)
"""


def parallel_ceiling(files: list[Path], count: int = 150) -> float:
    """Articles/s of two processes mapping `count` files each at once, against one process
    mapping them alone (no store, no Dask): what a second core gives at this moment."""
    chosen = [str(path) for path in files[:count]]

    def run(processes: int) -> float:
        running = [subprocess.Popen([sys.executable, "-c", _MAP_FILES, *chosen], stdout=subprocess.PIPE, text=True)
                   for _ in range(processes)]
        seconds = [float(process.communicate()[0]) for process in running]
        return processes * len(chosen) / max(seconds)

    return run(2) / run(1)


def query_times(store_path: Path) -> dict[str, float]:
    """p50 ms of who_directed for one person (a mix of 20) and of every named query's first page."""
    times = {}
    with open_store(store_path, create=False) as store:
        people = [str(row.name) for row in store.query(
            "SELECT DISTINCT ?name WHERE { ?p kgo:participationRole kgo:Directing ; kgo:participant/foaf:name ?name }"
            " ORDER BY ?name LIMIT 20")]
        runs = []
        for _ in range(3):
            for person in people:
                start = time.perf_counter()
                run_named_query(store, "who_directed", {"person_name": person})
                runs.append(time.perf_counter() - start)
        times["who_directed(person)"] = statistics.median(runs) * 1000
        for name in LISTINGS:
            runs = []
            for _ in range(QUERY_RUNS):
                start = time.perf_counter()
                result = run_named_query(store, name, page=Page(100))
                runs.append(time.perf_counter() - start)
            times[f"{name}() first page of {result.total:,}"] = statistics.median(runs) * 1000
    return times


def cluster_build(corpus: Path, store: Path, work: Path) -> dict:
    """The build on a Dask scheduler and two workers started on 127.0.0.1."""
    scheduler_file = work / "scheduler.json"
    processes = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                   "--port", "0", "--scheduler-file", str(scheduler_file), "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        while not scheduler_file.exists():
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        processes += [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                        "--host", "127.0.0.1", "--no-dashboard"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        from distributed import Client

        with Client(address) as client:
            client.wait_for_workers(2, timeout=300)
        return run_build(corpus, store, "--scheduler", address)
    finally:
        for process in processes:
            process.terminate()
            process.wait()


def facts_of(store_path: Path) -> set[tuple[str, ...]]:
    with open_store(store_path, create=False) as store:
        rows = store.query("SELECT ?g ?s ?p ?o WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
        return {tuple("" if term is None else term.n3() for term in row) for row in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="articles per build, comma-separated")
    parser.add_argument("--no-cluster", action="store_true", help="skip the build on a Dask cluster")
    parser.add_argument("--rounds", type=int, default=1, help="builds of each size with 1 and 2 workers, in turn")
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    extractor, cleaner = Extractor(lexicon()), PageCleaner(lexicon())
    paths = sorted(SAMPLE.glob("*.txt"))
    samples = [extractor.extract(article) for path in paths for article in read_articles(path, cleaner).articles]
    pages = {path.stem: path.read_text(encoding="utf-8") for path in paths}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as temporary:
        work = Path(temporary)
        files = write_text_corpus(pages, samples, work / "all", max(sizes))
        print(f"kg build of text variations of the sample ({len(files):,} files written); "
              "baseline: the same build with 1 worker", flush=True)
        print(f"two processes mapping files at once, no store, no Dask: {parallel_ceiling(files):.2f}× one "
              "(the ceiling of the 2-worker ratio at this moment)", flush=True)
        for size in sizes:
            corpus = work / f"corpus-{size}"
            corpus.mkdir()
            for path in files[:size]:
                (corpus / path.parent.name).mkdir(exist_ok=True)
                (corpus / path.parent.name / path.name).symlink_to(path)
            ratios = []
            for round_number in range(options.rounds):
                for workers in (1, 2):
                    shutil.rmtree(work / f"store-{size}-{workers}", ignore_errors=True)
                builds = {workers: run_build(corpus, work / f"store-{size}-{workers}", "--workers", str(workers))
                          for workers in (1, 2)}
                ratios.append(builds[2]["rate"] / builds[1]["rate"])
                round_label = f", round {round_number + 1} of {options.rounds}" if options.rounds > 1 else ""
                print(f"\n{size:,} articles ({builds[2]['triples']:,} triples in the merged graph{round_label})")
                for workers, figures in builds.items():
                    ratio = figures["rate"] / builds[1]["rate"]
                    print(f"  {workers} worker(s): {figures['rate']:6.1f} articles/s end to end "
                          f"({figures['seconds']:.1f} s: {figures['store_s']:.1f} s read, extract, store; "
                          f"{figures['derived_s']:.1f} s identities and dates)  {ratio:.2f}× baseline  "
                          f"peak memory {figures['peak_gb']:.2f} GB  store {figures['store_gb']:.2f} GB  "
                          f"CPU {figures['cpu_s']:.0f} s, other work beside it {figures['others']:.1f} cores",
                          flush=True)
            listed = ", ".join(f"{ratio:.2f}" for ratio in ratios)
            rounds = f"(median of {len(ratios)}: {listed}) " if len(ratios) > 1 else ""
            print(f"  speed-up from 1 to 2 workers: {statistics.median(ratios):.2f}× {rounds}"
                  f"(target ≥ {TARGET_SPEEDUP}×)")
            print(f"  queries on the 2-worker store, p50 (targets at 10M triples: a person "
                  f"≤ {TARGET_PERSON_MS:g} ms, a first page ≤ {TARGET_PAGE_MS:g} ms):")
            for label, milliseconds in query_times(work / f"store-{size}-2").items():
                print(f"    {label:60} {milliseconds:8.1f} ms", flush=True)
            shutil.rmtree(work / f"store-{size}-1")
            if size == sizes[0] and not options.no_cluster:
                figures = cluster_build(corpus, work / "store-cluster", work)
                same = facts_of(work / "store-cluster") == facts_of(work / f"store-{size}-2")
                print(f"  on a Dask cluster (scheduler + 2 workers on 127.0.0.1): {figures['rate']:.1f} articles/s "
                      f"end to end, {figures['rate'] / builds[1]['rate']:.2f}× baseline; the same facts as the local "
                      f"build: {'yes' if same else 'NO'}", flush=True)


if __name__ == "__main__":
    main()
