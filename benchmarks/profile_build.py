"""Where the time and memory of one `kg build` go: stage marks and the steps of its serial part.

    .venv/bin/python benchmarks/profile_build.py CORPUS STORE [--workers N]

Runs what `kg build` runs (`kg.commands.cmd_build`), in this process, with the steps of
the build timed by wrapping them: the wall time from launch (the interpreter's own start
included, as `bench_build.py` measures it) to each stage, the time of each step of the
serial part (after the last file was taken), and the CPU seconds of this process and of
its children (the Dask workers). Memory: the resident size of this process and of its
children, sampled every 0.1 s, its peak within each stage (the stage a line names is
the one that ended at that mark), this process's and the children's apart and together,
as `bench_build.py` sums them. `--tracemalloc`: also the peak of what this process's Python
objects hold (tracemalloc; it slows this process), and the lines that allocated most of
it at the end of the mapping and when identities and dates start being written.
STORE is removed first.
"""
from __future__ import annotations

import argparse
import functools
import shutil
import sys
import threading
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

import psutil

LAUNCH = psutil.Process().create_time()
MARKS: list[tuple[str, float]] = []
STEPS: dict[str, float] = defaultdict(float)


# Peak resident bytes (this process, its children, both together) of the stage under way.
PEAKS: list[tuple[int, int, int]] = [(0, 0, 0)]
TRACED: list[int] = [0]  # with --tracemalloc, the peak traced bytes of each stage
SNAPSHOT_AT = ("last file mapped", "identities and dates: writing starts")


def mark(label: str) -> None:
    MARKS.append((label, time.time() - LAUNCH))
    PEAKS.append((0, 0, 0))
    if tracemalloc.is_tracing():
        TRACED[-1] = max(TRACED[-1], tracemalloc.get_traced_memory()[1])
        tracemalloc.reset_peak()
        TRACED.append(0)
        if label in SNAPSHOT_AT:
            print(f"\nPython memory at '{label}': {tracemalloc.get_traced_memory()[0] / 1e9:.2f} GB, most from:")
            for stat in tracemalloc.take_snapshot().statistics("lineno")[:8]:
                print(f"  {stat.size / 1e6:8.1f} MB  {stat.count:9,} blocks  {stat.traceback}")


def sample_memory(stop: threading.Event) -> None:
    """Keeps PEAKS[-1], the peaks of the stage under way, until `stop` is set."""
    me = psutil.Process()
    while not stop.is_set():
        try:
            own = me.memory_info().rss
            children = sum(child.memory_info().rss for child in me.children(recursive=True))
        except psutil.Error:
            continue
        peaks = PEAKS[-1]
        PEAKS[-1] = (max(peaks[0], own), max(peaks[1], children), max(peaks[2], own + children))
        stop.wait(0.1)


def timed(module, name: str, label: str | None = None) -> None:
    function = getattr(module, name, None)
    if function is None:
        return  # not in this version of the code

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            STEPS[label or name] += time.perf_counter() - start

    setattr(module, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("store", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--tracemalloc", action="store_true", help="trace this process's Python allocations too")
    options = parser.parse_args()
    if options.tracemalloc:
        tracemalloc.start()
    shutil.rmtree(options.store, ignore_errors=True)
    mark("interpreter started")
    from kg import build as build_module
    from kg import commands
    from kg.identity import resolution
    from kg.store.local import LocalStore
    from kg import attestation

    mark("kg imported")
    children_cpu: dict[int, float] = {}

    original_map_in_order = None

    def watch(iterator):
        for count, result in enumerate(iterator, 1):
            if count == 1:
                mark("first file mapped")
            elif count % 2000 == 0:
                mark(f"{count:,} files mapped")
            for child in psutil.Process().children(recursive=True):
                try:
                    times = child.cpu_times()
                    children_cpu[child.pid] = times.user + times.system
                except psutil.Error:
                    pass
            yield result
        mark("last file mapped")

    from kg import parallel
    original_map_in_order = parallel.ArticleMappers.map_in_order
    parallel.ArticleMappers.map_in_order = lambda self, files: watch(original_map_in_order(self, files))
    original_finish = build_module._Writer.finish

    def finish(self):
        original_finish(self)
        if not any(label == "last batch written" for label, _ in MARKS):
            mark("last batch written")

    build_module._Writer.finish = finish
    for name in ("update_derived_graphs", "_store_resolved"):
        original = getattr(build_module, name, None)
        if original is None:
            continue

        def update(*args, _original=original, **kwargs):
            mark("identities and dates: writing starts")
            result = _original(*args, **kwargs)
            mark("identities and dates written")
            return result

        setattr(build_module, name, update)
    original_close = LocalStore.close

    def close(self):
        mark("counts read")
        original_close(self)
        mark("store closed (compacted)")

    LocalStore.close = close
    timed(build_module._Writer, "end", "last batch chosen, after the last file (wait)")
    timed(parallel.ArticleMappers, "resolve_names", "identity: names submitted")
    timed(parallel, "resolve_mentions", "identity: resolved from mentions, in this process")
    timed(resolution, "read_mentions", "identity: read mentions")
    timed(resolution, "decide", "identity: decide")
    timed(resolution, "read_replaced", "identity: read replaced")
    timed(resolution, "rename_people", "identity: renamings (reading article graphs included)")
    timed(LocalStore, "article_graph", "identity: read article graphs")
    timed(resolution, "identity_graphs", "identity: decision graphs")
    timed(build_module, "search_keys_of", "identity: search keys")
    timed(build_module, "attestation_graphs", "attestation: query and graphs")
    timed(build_module, "_check_derived", "derived: SHACL check")
    timed(build_module, "_graphs_held", "derived: graphs held")
    timed(LocalStore, "change_graph", "derived: write renamings")
    timed(LocalStore, "replace_graph", "derived: replace graphs")
    timed(LocalStore, "add_new_graphs", "bulk loads (articles and derived)")
    timed(LocalStore, "compact", "compaction")
    timed(build_module, "clear_pending", "clear pending")

    from kg.cli import _parser

    args = _parser().parse_args(["build", options.corpus, "--store", str(options.store),
                                 "--workers", str(options.workers)])
    busy = psutil.cpu_times()
    stop = threading.Event()
    sampler = threading.Thread(target=sample_memory, args=(stop,), daemon=True)
    sampler.start()
    commands.cmd_build(args)
    mark("done")
    stop.set()
    sampler.join()
    after = psutil.cpu_times()
    machine = sum(getattr(after, field) - getattr(busy, field)
                  for field in ("user", "nice", "system", "irq", "softirq"))
    me = psutil.Process().cpu_times()
    print("\nstage (wall s from launch; peak GB of the stage that ended there: this process, children, both)")
    previous = 0.0
    traced = TRACED if tracemalloc.is_tracing() else [None] * len(MARKS)
    for (label, at), (own, children, both), python in zip(MARKS, PEAKS, traced):
        python = "" if python is None else f" (Python {python / 1e9:4.2f})"
        print(f"  {at:7.2f}  (+{at - previous:5.2f})  {own / 1e9:5.2f} {children / 1e9:5.2f} {both / 1e9:5.2f}"
              f"{python}  {label}")
        previous = at
    print(f"peak memory: this process {max(p[0] for p in PEAKS) / 1e9:.2f} GB, children "
          f"{max(p[1] for p in PEAKS) / 1e9:.2f} GB, together {max(p[2] for p in PEAKS) / 1e9:.2f} GB")
    print("steps (s, summed)")
    for label, seconds in sorted(STEPS.items(), key=lambda item: -item[1]):
        print(f"  {seconds:7.2f}  {label}")
    own = me.user + me.system
    build_seconds = MARKS[-1][1] - next(at for label, at in MARKS if label == "kg imported")
    others = (machine - own - sum(children_cpu.values())) / build_seconds
    print(f"CPU: this process {own:.1f} s, workers {sum(children_cpu.values()):.1f} s; other work on the machine "
          f"meanwhile {max(0.0, others):.2f} cores")


if __name__ == "__main__":
    sys.exit(main())
