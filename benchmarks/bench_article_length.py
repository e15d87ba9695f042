"""Extraction time against an article's length: seconds per 100 KB at 0.1, 1 and 3 MB.

    .venv/bin/python benchmarks/bench_article_length.py

An article of each size is made of text variations of the sample articles
(`synthetic_articles.text_variant`: other provinces, invented officials), one after
the other, as a long report or a page of many news items reads. Extraction must be
linear in the text: the seconds per 100 KB stay flat from 0.1 to 3 MB (the baseline is
the 0.1 MB article, in the same run), and 3 MB takes under 10 s. Extraction runs with
no time budget here; `kg build` skips an article past `Extractor`'s budget.
"""
from __future__ import annotations

import time
from pathlib import Path

from synthetic_articles import lexicon, text_variant

from extract.clean import PageCleaner
from extract.facts import Article
from extract.pipeline import DEFAULT_TIME_BUDGET_S, Extractor
from extract.reader import read_articles

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample"
SIZES_MB = (0.1, 1, 3)
TARGET_3MB_S = 10.0


def long_text(samples, size: int) -> str:
    parts, length, number = [], 0, 0
    while length < size:
        facts = samples[number % len(samples)]
        parts.append(text_variant(facts.article.text, facts, number // len(samples))[1])
        length += len(parts[-1].encode()) + 2
        number += 1
    return "\n\n".join(parts)


def main() -> None:
    extractor = Extractor(lexicon(), time_budget_s=None)
    cleaner = PageCleaner(lexicon())
    samples = [extractor.extract(article) for path in sorted(SAMPLE.glob("*.txt"))
               for article in read_articles(path, cleaner).articles]
    print("extraction time against the article's length (one core; baseline: the 0.1 MB article)")
    baseline = None
    for megabytes in SIZES_MB:
        text = long_text(samples, int(megabytes * 1_000_000))
        start = time.perf_counter()
        facts = extractor.extract(Article(name=f"long-{megabytes}", source="-", text=text))
        seconds = time.perf_counter() - start
        per_100kb = seconds / (len(text.encode()) / 100_000)
        baseline = baseline or per_100kb
        target = (f"  {'under' if seconds < TARGET_3MB_S else 'OVER'} the {TARGET_3MB_S:g} s target"
                  if megabytes == 3 else "")
        print(f"  {megabytes:>4} MB  {seconds:6.2f} s  {per_100kb:.3f} s per 100 KB  "
              f"{per_100kb / baseline:.2f}× baseline  ({len(facts.persons)} people){target}")
    print(f"kg build and kg extract skip an article past {DEFAULT_TIME_BUDGET_S:g} s "
          "(extract.pipeline.DEFAULT_TIME_BUDGET_S)")


if __name__ == "__main__":
    main()
