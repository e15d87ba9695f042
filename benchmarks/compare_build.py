"""Two versions of kg, `kg build` with 1 and 2 workers each, in alternating rounds.

    .venv/bin/python benchmarks/compare_build.py CORPUS ROUNDS NEW_CHECKOUT OLD_CHECKOUT

Each round builds CORPUS with 1 and then 2 workers with one checkout's code, then with the
other's (the order alternates from round to round), into fresh stores, and prints the
wall time, CPU, peak memory and store size of each build (`bench_build.run_build`) with
the other work the machine ran beside it; then the median ratio of each version. On a
machine shared with other work, single rounds move with it: compare medians of rounds
taken in turn, and the CPU.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench_build import run_build


def main() -> None:
    corpus, rounds = Path(sys.argv[1]), int(sys.argv[2])
    codes = {"new": sys.argv[3], "old": sys.argv[4]}
    ratios: dict[str, list[float]] = {code: [] for code in codes}
    with tempfile.TemporaryDirectory(prefix="compare-build-") as work:
        for number in range(rounds):
            for code in (("new", "old") if number % 2 == 0 else ("old", "new")):
                os.environ["PYTHONPATH"] = codes[code]
                builds = {}
                for workers in (1, 2):
                    store = Path(work) / f"{code}-{workers}"
                    builds[workers] = run_build(corpus, store, "--workers", str(workers))
                    shutil.rmtree(store)
                ratio = builds[2]["rate"] / builds[1]["rate"]
                ratios[code].append(ratio)
                one, two = builds[1], builds[2]
                print(f"round {number + 1} {code}: 1 worker {one['seconds']:.1f} s (CPU {one['cpu_s']:.0f} s, other "
                      f"work {one['others']:.2f} cores, peak {one['peak_gb']:.2f} GB, store {one['store_gb']:.2f} GB)"
                      f"  2 workers {two['seconds']:.1f} s (CPU {two['cpu_s']:.0f} s, other work {two['others']:.2f}"
                      f" cores, peak {two['peak_gb']:.2f} GB)  {ratio:.2f}×", flush=True)
    for code, values in ratios.items():
        print(f"{code}: median {statistics.median(values):.2f}× ({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
