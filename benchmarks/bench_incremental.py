"""An incremental `kg build`: the same new articles into stores of 1,000 and 10,000 articles.

    .venv/bin/python benchmarks/bench_incremental.py [--sizes 1000,10000] [--new 20] [--runs 3] [--work DIR]

Text variations of the sample (`synthetic_articles.write_text_corpus`, as `bench_build.py`
writes them): the first N of them make the store of N articles, built once by `kg build`
(2 workers); the `--new` variations that follow the biggest store's are the new articles,
the same ones for every size. Each run copies each store and runs `kg build NEW --store
COPY` on it as a user runs it (a new process, 1 worker: so few files are mapped in the
command), the sizes in turn, their order alternating from run to run.

Printed per build: the whole command's time (launch to exit, start-up included) and its
derived step (identities and dates, as `kg build` reports it), each per new article and as
a ratio to the smallest store's of the same run; then the medians over the runs. The
issue's target (18): the derived step ≤ 50 ms per new article at 100,000 articles, in a
time that does not grow with the store — a ratio near 1.0×.

`--work DIR` keeps the corpus and the built stores there, to be reused by the next run
(the stores are only read: each build writes into a copy); `--runs 0` only builds them.
Without it, everything goes into a temporary folder.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path

from bench_build import SAMPLE, run_build
from synthetic_articles import lexicon, write_text_corpus

from extract.clean import PageCleaner
from extract.pipeline import Extractor
from extract.reader import read_articles

TARGET_DERIVED_MS = 50.0  # per new article, at 100,000 articles


def write_corpus(folder: Path, count: int) -> list[Path]:
    """`count` text variations of the sample, in `folder` (reused when it holds as many)."""
    done = folder / "written"
    if done.exists() and int(done.read_text()) == count:
        return sorted(folder.rglob("*.txt"))
    shutil.rmtree(folder, ignore_errors=True)
    extractor, cleaner = Extractor(lexicon()), PageCleaner(lexicon())
    paths = sorted(SAMPLE.glob("*.txt"))
    samples = [extractor.extract(article) for path in paths for article in read_articles(path, cleaner).articles]
    pages = {path.stem: path.read_text(encoding="utf-8") for path in paths}
    files = write_text_corpus(pages, samples, folder, count)
    done.write_text(str(count))
    return files


def linked(files: list[Path], folder: Path) -> Path:
    """`folder` (made anew) holding symbolic links to `files`, in their subfolders."""
    shutil.rmtree(folder, ignore_errors=True)
    for path in files:
        (folder / path.parent.name).mkdir(parents=True, exist_ok=True)
        (folder / path.parent.name / path.name).symlink_to(path)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="articles in the stores, comma-separated")
    parser.add_argument("--new", type=int, default=20, help="new articles built into each store")
    parser.add_argument("--runs", type=int, default=3, help="incremental builds into each store")
    parser.add_argument("--work", type=Path, help="a folder keeping the corpus and the stores between runs")
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as temporary:
        work = options.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        files = sorted(write_corpus(work / "corpus", sizes[-1] + options.new))
        new = linked(files[sizes[-1]:], work / "new")
        for size in sizes:
            store = work / f"store-{size}"
            if not store.exists():  # built under another name first: a build cut off is not reused
                building = work / f"building-{size}"
                shutil.rmtree(building, ignore_errors=True)
                figures = run_build(linked(files[:size], work / f"corpus-{size}"), building, "--workers", "2")
                building.rename(store)
                print(f"built the store of {size:,} articles: {figures['seconds']:.0f} s, "
                      f"{figures['triples']:,} triples in the merged graph", flush=True)
        if options.runs:
            print(f"kg build of {options.new} new articles into a copy of each store; baseline: the store of "
                  f"{sizes[0]:,} articles, in the same run", flush=True)
        whole: dict[int, list[float]] = {size: [] for size in sizes}
        derived: dict[int, list[float]] = {size: [] for size in sizes}
        for run in range(options.runs):
            for size in (sizes if run % 2 == 0 else sizes[::-1]):
                copy = work / "incremental"
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(work / f"store-{size}", copy)
                figures = run_build(new, copy, "--workers", "1")
                shutil.rmtree(copy)
                whole[size].append(figures["seconds"] * 1000 / options.new)
                derived[size].append(figures["derived_s"] * 1000 / options.new)
                print(f"  run {run + 1}, {size:,} articles: whole build {whole[size][-1]:6.0f} ms per new article, "
                      f"identities and dates {derived[size][-1]:5.1f} ms per new article "
                      f"(other work beside it {figures['others']:.1f} cores)", flush=True)
        if not options.runs:
            return
        print(f"\nmedians of {options.runs} run(s), per new article; ratio: to the store of {sizes[0]:,} articles "
              f"(target: identities and dates ≤ {TARGET_DERIVED_MS:g} ms at 100,000 articles, not growing "
              "with the store)")
        base_whole, base_derived = statistics.median(whole[sizes[0]]), statistics.median(derived[sizes[0]])
        for size in sizes:
            whole_ms, derived_ms = statistics.median(whole[size]), statistics.median(derived[size])
            print(f"  {size:7,} articles: whole build {whole_ms:6.0f} ms ({whole_ms / base_whole:.2f}×)   "
                  f"identities and dates {derived_ms:6.1f} ms ({derived_ms / base_derived:.2f}×)")


if __name__ == "__main__":
    main()
