"""How long `kg` commands take from launch to exit on the demo store, next to an empty Python.

Builds the demo store (`kg demo --dir` a temporary folder), then runs each command RUNS
times after one run to warm the page cache, and prints the median wall time, as a ratio
to `python -c pass` measured in the same run (the machines are noisy; compare ratios).
The commands that need no extraction should start in under TARGET_S: they import spaCy
only where it is used.

    python benchmarks/bench_startup.py
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TARGET_S = 0.5
KG = [str(Path(sys.executable).with_name("kg"))]  # the installed command, as a user runs it


def median_s(argv: list[str]) -> float:
    """The median wall time of RUNS runs of `argv`, after one unmeasured run."""
    times = []
    for run in range(RUNS + 1):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if run:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        subprocess.run([*KG, "demo", "--dir", tmp], check=True, stdout=subprocess.DEVNULL)
        store = ["--store", str(Path(tmp) / "store")]
        cases = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "kg --help": [*KG, "--help"],
            "kg query --name who_directed": [*KG, "query", *store, "--name", "who_directed"],
        }
        medians = {label: median_s(argv) for label, argv in cases.items()}
    baseline = medians["python -c pass (baseline)"]
    print(f"start-up to exit, median of {RUNS} runs (demo store; target for kg: < {TARGET_S} s)")
    for label, seconds in medians.items():
        verdict = "" if label.startswith("python") else ("  under target" if seconds < TARGET_S else "  OVER target")
        print(f"  {label:<32} {seconds:6.3f} s  {seconds / baseline:5.1f}× baseline{verdict}")


if __name__ == "__main__":
    main()
