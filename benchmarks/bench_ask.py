"""`kg ask` latency: medians per kind of question, on the demo store and on a big store.

    .venv/bin/python benchmarks/bench_ask.py [--store PATH] [--build-million] [--runs N]

The demo store is built from the five sample articles (`kg/sample/`), as `kg demo` builds
it. A big store is the one at --store, or with --build-million one of about a million
triples written into a temporary folder as benchmarks/bench_store.py writes it (variations
of the sample articles: other provinces, invented officials; about seven minutes).

Questions are the example questions of kg/data/questions.tsv, and for each store questions
of every kind made from what the store holds: a person who holds a post, a province whose
articles report events and programs, a body with a holder, a firm's partner, in
Vietnamese, without diacritics, and in English (`questions_for`).

Each question is answered RUNS times in this process: "cold" with nothing read before
(as `kg ask` answers: the store's names, bodies and events are read for the question),
"warm" by one `kg.ask.Asker` that keeps them between questions (as a server can). Prints
the median and the slowest median per kind, and overall; then `kg ask` as a command (the
process's start included) on the demo store. Targets (issue 17): cold median under 1 s on
the demo store, under 2 s at a million triples.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract.lexicon import Lexicon  # noqa: E402
from kg.ask import Asker, UnknownQuestion  # noqa: E402
from kg.ask.store_reads import rows  # noqa: E402
from kg.ask.vocabulary import vocabulary  # noqa: E402
from kg.build import build  # noqa: E402
from kg.store import open_store  # noqa: E402

LEXICON = Lexicon.load()
WORDS = vocabulary(LEXICON)  # built once, as `kg serve` does

SAMPLE = ROOT / "kg" / "sample"
RUNS = 3
TARGET_DEMO_S, TARGET_MILLION_S = 1.0, 2.0


def questions_for(store) -> list[tuple[str, str]]:
    """(kind, question) made from what the store holds, and the example questions."""
    found = [(intent, example) for intent, _, example in WORDS.examples]
    person = rows(store, """SELECT ?name WHERE { ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?role }
                            ORDER BY ?name LIMIT 1""")
    province = rows(store, """SELECT ?name (COUNT(?e) AS ?n) WHERE { ?e a schema:Event ; kgo:mentionedIn ?a .
                              ?a schema:contentLocation/schema:name ?name } GROUP BY ?name ORDER BY DESC(?n) LIMIT 1""")
    holder = rows(store, """SELECT ?role ?org WHERE { ?m org:role/skos:prefLabel ?role ; org:organization ?o .
                            ?o schema:name ?org ; kgo:locatedIn ?p } ORDER BY ?org LIMIT 1""")
    firm = rows(store, """SELECT ?firm WHERE { ?p a kgo:Partnership ; kgo:partner ?f . ?f a schema:Corporation ;
                          schema:name ?firm } ORDER BY ?firm LIMIT 1""")
    if person:
        name = person[0][0]
        found += [("post_of_person", f"{name} giữ chức vụ gì?"), ("post_of_person", f"Who is {name}?"),
                  ("directive", f"{name} chỉ đạo những gì?"), ("connections", f"Ai làm việc cùng {name}?"),
                  ("events_of_person", f"{name} đã chủ trì những hội nghị nào?")]
    if province:
        place = province[0][0]
        found += [("chaired", f"Ai chủ trì buổi làm việc với Sở Thông tin và Truyền thông {place}?"),
                  ("chaired", f"ai chu tri hoi nghi o {place}"),
                  ("spoke", f"Who spoke at the {place} conference?"),
                  ("attended", f"Những ai dự hội nghị tổng kết ở {place} năm 2023?"),
                  ("programs", f"{place} có những đề án nào?"), ("partners", f"Which firms partner with {place}?"),
                  ("search", f"chuyển đổi số {place}")]
    if holder:
        role, org = holder[0]
        found += [("holder_of_post", f"Ai là {role} {org}?"), ("holder_of_post", f"Lãnh đạo {org} gồm những ai?")]
    if firm:
        found += [("partners", f"{firm[0][0]} hợp tác với ai?")]
    return found


def timed(asker_for, question: str) -> float:
    start = time.perf_counter()
    try:
        asker_for().answer(question)
    except UnknownQuestion:
        pass
    return time.perf_counter() - start


def measure(store, label: str, target: float, runs: int) -> float:
    questions = questions_for(store)
    cold: dict[str, list[float]] = defaultdict(list)
    warm: dict[str, list[float]] = defaultdict(list)
    kept = Asker(store, WORDS)
    for kind, question in questions:
        times = [timed(lambda: Asker(store, WORDS), question) for _ in range(runs)]
        cold[kind].append(statistics.median(times))
        warm[kind].append(statistics.median(timed(lambda: kept, question) for _ in range(runs)))
    print(f"\n{label}: {len(questions)} questions, median of {runs} runs each (seconds)")
    print(f"{'kind':18} {'n':>3} {'cold median':>12} {'cold max':>9} {'warm median':>12}")
    for kind in sorted(cold):
        print(f"{kind:18} {len(cold[kind]):>3} {statistics.median(cold[kind]):>12.3f} {max(cold[kind]):>9.3f} "
              f"{statistics.median(warm[kind]):>12.3f}")
    every_cold = [t for times in cold.values() for t in times]
    every_warm = [t for times in warm.values() for t in times]
    overall = statistics.median(every_cold)
    print(f"{'all':18} {len(every_cold):>3} {overall:>12.3f} {max(every_cold):>9.3f} "
          f"{statistics.median(every_warm):>12.3f}")
    print(f"target: cold median under {target:.0f} s: {'met' if overall < target else 'NOT met'} ({overall:.3f} s)")
    return overall


def command_median(store_path: Path, question: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "kg"), "ask", question, "--store", str(store_path)],
                       capture_output=True, cwd=ROOT, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_million(path: Path) -> None:
    from bench_store import Loader  # noqa: PLC0415
    from extract.clean import PageCleaner  # noqa: PLC0415
    from extract.pipeline import Extractor  # noqa: PLC0415
    from extract.reader import read_articles  # noqa: PLC0415
    from kg.build import update_derived_graphs  # noqa: PLC0415
    from synthetic_articles import corpus  # noqa: PLC0415

    extractor, cleaner = Extractor(LEXICON), PageCleaner(LEXICON)
    samples = [extractor.extract(article) for sample in sorted(SAMPLE.glob("*.txt"))
               for article in read_articles(sample, cleaner).articles]
    with open_store(path) as store:
        Loader(corpus(samples)).load_until(store, 1_000_000)
        update_derived_graphs(store, LEXICON)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a big store to measure too")
    parser.add_argument("--build-million", action="store_true", help="build a store of a million triples first")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ask-") as tmp:
        demo = Path(tmp) / "demo"
        with open_store(demo) as store:
            build([SAMPLE], store, LEXICON)
        with open_store(demo) as store:
            measure(store, "demo store (5 sample articles)", TARGET_DEMO_S, args.runs)
        print(f"\n`kg ask` as a command on the demo store (process start included), median of 5: "
              f"{command_median(demo, 'Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?'):.2f} s")
        big = args.store
        if args.build_million:
            big = Path(tmp) / "million"
            print("\nbuilding a store of a million triples ...", flush=True)
            build_million(big)
        if big is not None:
            with open_store(big, create=False) as store:
                triples = store.merged_triple_count()
                measure(store, f"{big} ({triples:,} triples)", TARGET_MILLION_S, args.runs)


if __name__ == "__main__":
    main()
