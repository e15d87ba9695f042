"""Extraction speed and person-name quality, next to underthesea's CRF NER in the same run.

    .venv/bin/python benchmarks/bench_extract.py

Two corpora: the sample articles (`kg/sample/`, read as `kg` reads them) and a larger
one built in memory: the sample `COPIES` times, every copy after the first with its
people and its province swapped for invented ones, so that the names are new text.
For each corpus it prints words per second (white-space separated syllables of the
cleaned text) of our whole extraction (`Extractor.extract`) and of underthesea's NER (split
into sentences, then `underthesea.ner`), and their ratio. On the sample it also prints
the persons F1 of both against the dev gold (FORMAT.md scoring); underthesea's persons
are its B-PER/I-PER spans. Models and lexicons are loaded before the clock starts.

underthesea is optional (`pip install -e .[bench]`); without it only our figures print.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from extract.clean import PageCleaner
from extract.evaluate import load_gold_dir, score
from extract.facts import Article
from extract.lexicon import Lexicon
from extract.pipeline import Extractor
from extract.reader import read_articles

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "kg" / "sample"
GOLD_DEV = REPO.parent / "shared" / "gold" / "dev"
COPIES = 20
# Invented people and other provinces for the generated copies.
INVENTED_NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường", "Phạm Thu Dung", "Hoàng Quốc Em",
                  "Vũ Thị Giang", "Đỗ Mạnh Hùng", "Bùi Thanh Khoa", "Đặng Hữu Long", "Ngô Thị Mai")
OTHER_PROVINCES = ("Nam Định", "Ninh Bình", "Lạng Sơn", "Quảng Ninh", "Nghệ An", "Sơn La")

PersonFinder = Callable[[Article], list[str]]


@dataclass
class Run:
    words: int
    seconds: float
    persons: dict[str, list[str]]  # article file name -> person names found

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


LEXICON = Lexicon.load()
EXTRACTOR = Extractor(LEXICON)


def load_sample() -> list[Article]:
    cleaner = PageCleaner(LEXICON)
    return [article for path in sorted(SAMPLE.glob("*.txt")) for article in read_articles(path, cleaner).articles]


def vary(articles: list[Article], copies: int) -> list[Article]:
    """The articles `copies` times; copy k > 0 names other people in another province."""
    varied = list(articles)
    found = [EXTRACTOR.extract(article) for article in articles]
    for k in range(1, copies):
        for number, (article, facts) in enumerate(zip(articles, found)):
            text = article.text
            for i, person in enumerate(facts.persons):
                text = text.replace(person.name, INVENTED_NAMES[(k + number + i) % len(INVENTED_NAMES)])
            if facts.province:
                text = text.replace(facts.province.name, OTHER_PROVINCES[k % len(OTHER_PROVINCES)])
            varied.append(replace(article, name=f"{article.name}-{k}", text=text))
    return varied


def our_persons(article: Article) -> list[str]:
    return [person.name for person in EXTRACTOR.extract(article).persons]


def underthesea_finder() -> PersonFinder | None:
    try:
        from underthesea import ner, sent_tokenize
    except ImportError:
        return None

    def persons(article: Article) -> list[str]:
        names: list[str] = []
        for line in article.text.splitlines():
            for sentence in sent_tokenize(line) if line.strip() else ():
                current: list[str] = []
                for word, *_, tag in ner(sentence):
                    if tag == "I-PER" and current:
                        current.append(word)
                        continue
                    if current:
                        names.append(" ".join(current))
                    current = [word] if tag in ("B-PER", "I-PER") else []
                if current:
                    names.append(" ".join(current))
        return names

    return persons


def run(find: PersonFinder, articles: list[Article]) -> Run:
    find(articles[0])  # load models and lexicons before timing
    start = time.perf_counter()
    persons = {f"{article.name}.txt": find(article) for article in articles}
    seconds = time.perf_counter() - start
    return Run(sum(len(a.text.split()) for a in articles), seconds, persons)


def persons_f1(found: dict[str, list[str]], golds: dict[str, dict]) -> float:
    predictions = {name: {"persons": [{"name": n, "positions": []} for n in names]}
                   for name, names in found.items()}
    return score(golds, predictions)["persons"].f1


def main() -> None:
    sample = load_sample()
    corpora = {"sample": sample, f"sample x{COPIES}, varied": vary(sample, COPIES)}
    golds = load_gold_dir(GOLD_DEV) if GOLD_DEV.is_dir() else None
    theirs = underthesea_finder()
    if theirs is None:
        print("underthesea is not installed (pip install -e .[bench]): our figures only")
    if golds is None:
        print(f"no dev gold at {GOLD_DEV}: no F1")
    print(f"{'corpus':<22} {'articles':>8} {'words':>8}  {'ours w/s':>9} {'uts w/s':>8} {'speed x':>8}"
          f"  {'ours F1':>7} {'uts F1':>6}")
    for label, articles in corpora.items():
        ours = run(our_persons, articles)
        other = run(theirs, articles) if theirs else None
        scored = golds is not None and label == "sample"
        row = [f"{label:<22} {len(articles):>8} {ours.words:>8}  {ours.words_per_second:>9,.0f}",
               f"{other.words_per_second:>8,.0f} {ours.words_per_second / other.words_per_second:>8.1f}"
               if other else f"{'-':>8} {'-':>8}",
               f" {persons_f1(ours.persons, golds):>7.3f}" if scored else f" {'-':>7}",
               f"{persons_f1(other.persons, golds):>6.3f}" if scored and other else f"{'-':>6}"]
        print(" ".join(row))
    print("w/s: words per second (ours: the whole extraction; uts: underthesea sentence split + NER); "
          "speed x: ours / uts; F1: persons vs the dev gold")


if __name__ == "__main__":
    main()
