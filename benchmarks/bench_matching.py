"""Phrase lookup: the lexicon's trie (PhraseTable) against spaCy's PhraseMatcher, same phrases, same docs.

    python benchmarks/bench_matching.py

Two uses are timed on the bundled sample articles, repeated:
- a scan: every phrase of a table found in the whole Doc, left to right, longest first
  (what the event words, role cues and request verbs need);
- lookups at positions: "which phrase starts at token i?" at every token (what the
  grammar asks while parsing a name: where a head, a field or a level word starts).
PhraseMatcher matches on the tokens' NORM, set once per article to the folded text (one
tone-mark convention, case-folded), as the grammar folds the tokens once per article for
the trie; neither folding is timed.
"""
from __future__ import annotations

import time
from pathlib import Path

import numpy
from spacy.attrs import NORM
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from extract.clean import PageCleaner
from extract.lexicon import Lexicon
from extract.pipeline import Extractor
from extract.reader import read_articles
from extract.text import fold

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample"
REPEAT = 40


def main() -> None:
    lexicon = Lexicon.load()
    nlp = Extractor(lexicon).nlp
    cleaner = PageCleaner(lexicon)
    texts = [a.text for p in sorted(SAMPLE.glob("*.txt")) for a in read_articles(p, cleaner).articles] * REPEAT
    docs = [_set_norms(nlp.make_doc(text)) for text in texts]  # folded once per article, as Tokens does
    tables = {
        "organization heads": lexicon.organizations.heads,
        "titles": lexicon.persons.titles,
        "request verbs": lexicon.meetings.request_verbs,
        "event words": lexicon.meetings.event_words,
    }
    tokens = sum(len(doc) for doc in docs)
    print(f"{len(docs)} docs, {tokens} tokens; times in ms for all of them (best of 3)")
    print(f"{'table':<20} {'phrases':>7} {'trie scan':>10} {'matcher scan':>13} {'ratio':>6} "
          f"{'trie at i':>10} {'matcher at i':>13} {'ratio':>6}")
    for label, table in tables.items():
        phrases = sorted(_phrases(table))
        matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        matcher.add(label, [_set_norms(nlp.make_doc(" ".join(p))) for p in phrases])
        folded = [[t.norm_ for t in doc] for doc in docs]
        trie_scan = _best(lambda: [list(table.finditer(f, 0, len(f))) for f in folded])
        matcher_scan = _best(lambda: [filter_spans(matcher(doc, as_spans=True)) for doc in docs])
        trie_at = _best(lambda: [[table.match(f, i) for i in range(len(f))] for f in folded])
        matcher_at = _best(lambda: [_starting_at(matcher, doc) for doc in docs])
        print(f"{label:<20} {len(phrases):>7} {trie_scan:>10.1f} {matcher_scan:>13.1f} "
              f"{matcher_scan / trie_scan:>6.1f} {trie_at:>10.1f} {matcher_at:>13.1f} {matcher_at / trie_at:>6.1f}")
    print("ratio: matcher time / trie time (above 1: the trie is faster)")


def _phrases(table) -> set[tuple[str, ...]]:
    found, stack = set(), [((), table._root)]
    while stack:
        prefix, node = stack.pop()
        for key, child in node.items():
            if key is None:
                found.add(prefix)
            else:
                stack.append(((*prefix, key), child))
    return found


def _set_norms(doc):
    strings = doc.vocab.strings
    doc.from_array([NORM], numpy.array([strings.add(fold(t.text)) for t in doc], dtype="uint64").reshape(-1, 1))
    return doc


def _starting_at(matcher: PhraseMatcher, doc) -> list:
    """The longest match starting at each token, from one pass of the matcher."""
    longest: dict[int, int] = {}
    for _, start, end in matcher(doc):
        longest[start] = max(end, longest.get(start, 0))
    return [longest.get(i) for i in range(len(doc))]


def _best(run) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


if __name__ == "__main__":
    main()
