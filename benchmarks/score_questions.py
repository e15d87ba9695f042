"""Score `kg ask` on a file of questions with expected answers, per intent and per style.

    python benchmarks/score_questions.py QUESTIONS.jsonl --store STORE [--results DIR] [--jobs N]

The question file is the format of ../shared/tools/score_questions.sh (one JSON object a
line: id, q, lang, kind, expect, mode, source_article; here also `style`), and an answer
is matched the same way: expected strings are looked for in an answer's entity values,
NFC, case-folded, with the two tone-mark placements folded, and a role word is not found
inside a longer role ("Chủ tịch" is not in "Phó Chủ tịch"). Two additions:

- mode `none`: the articles do not answer the question; right is no answer (a note, or
  search results marked as such), wrong is any answer.
- "answered another question": an answer whose first row matches nothing expected for a
  question about a person (chaired, directed, attended, spoke, post_of_person,
  holder_of_post), or any answer to a `none` question. The target is zero.

Each question runs `kg ask Q --store STORE --format json` as a user would; `--jobs`
runs several at once. `--in-process` answers them in this process instead (the same
JSON, from `kg.ask.Asker`, without a process start each: for quick runs).

`--in-store` adds a column: of the questions whose expected strings the store states in
the question's source article (the facts extraction read: participations, posts,
directives, programs, partnerships, people), how many are answered right, which
measures `kg ask` apart from what extraction missed.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PERSON_KINDS = {"chaired", "directed", "attended", "spoke", "post_of_person", "holder_of_post"}
STATUSES = ("correct", "partial", "wrong", "none")
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_ROLE_PREFIXES = ("phó ", "nguyên ", "tổng ")


def fold(text: str) -> str:
    """NFC, case-folded, new tone-mark placement (hoá → hóa, uỷ → ủy), single spaces."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold())
    text = re.sub(r"(o)([ae])([%s])(?![a-z\u0300-\u036f])" % _TONES, r"\1\3\2", text)
    text = re.sub(r"(?<!q)(u)(y)([%s])(?![a-z\u0300-\u036f])" % _TONES, r"\1\3\2", text)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def contains(text: str, expected: str) -> bool:
    """Whether folded `text` holds one of the `|`-separated alternatives of `expected`,
    not as the tail of a longer role ("Chủ tịch" inside "Phó Chủ tịch")."""
    for alternative in expected.split("|"):
        wanted = fold(alternative)
        for match in re.finditer(re.escape(wanted), text):
            before = text[:match.start()]
            if not any(before.endswith(p) and not wanted.startswith(p.strip()) for p in _ROLE_PREFIXES):
                return True
    return False


def answer_text(answer) -> str:
    """An answer's entity values, folded and joined (never its evidence sentence)."""
    if isinstance(answer, dict):
        values = answer.get("entities") if isinstance(answer.get("entities"), dict) else {
            key: value for key, value in answer.items() if key not in ("evidence", "article")}
        return fold(" | ".join(str(v) for v in values.values() if v is not None))
    return fold(str(answer))


def answers_of(output: dict) -> list:
    """The answers proper: search results that the tool marks as such are no answers."""
    if output.get("search") or output.get("intent") == "search":
        return []
    return output.get("answers") or []


def score(question: dict, output: dict) -> tuple[str, bool, str]:
    """(status, answered another question, why) of one question."""
    if "error" in output:
        return "none", False, output["error"]
    answers = answers_of(output)
    mode, expected = question.get("mode", "top"), question["expect"]
    if mode == "none":
        return ("correct", False, "") if not answers else ("wrong", True, "answered a question the articles do not")
    if not answers:
        return "none", False, output.get("note") or "no answer"
    texts = [answer_text(a) for a in answers]
    full = [i for i, text in enumerate(texts) if all(contains(text, e) for e in expected)]
    alternatives = question.get("partial_ok", [])

    def relevant(text: str) -> bool:
        return (any(contains(text, e) for e in expected) and (mode != "row" or all(contains(text, e) for e in expected))
                or any(all(contains(text, e) for e in alt) for alt in alternatives))

    wrong_first = question["kind"] in PERSON_KINDS and not relevant(texts[0])
    if mode == "top":
        if full and full[0] == 0:
            return "correct", False, ""
        return ("partial" if full else "wrong"), wrong_first, f"right answer at rank {full[0] + 1}" if full else ""
    if mode == "row":
        if full:
            return ("partial", True, "wrong answer ranked first") if wrong_first else ("correct", False, "")
        if any(all(contains(t, e) for e in alt) for t in texts for alt in alternatives):
            return "partial", wrong_first, "another true answer only"
        return "wrong", wrong_first, ""
    found = [e for e in expected if any(contains(t, e) for t in texts)]
    if len(found) == len(expected):
        return ("partial", True, "wrong answer ranked first") if wrong_first else ("correct", False, "")
    return ("partial" if found else "wrong"), wrong_first, f"{len(found)}/{len(expected)} of the list"


def ask(kg: str, store: str, question: str, timeout: float) -> dict:
    try:
        done = subprocess.run([kg, "ask", question, "--store", store, "--format", "json"],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": "timeout"}
    try:
        return json.loads(done.stdout)
    except ValueError:
        return {"error": f"exit {done.returncode}: {(done.stderr or done.stdout).strip()[-200:]}"}


def asker(store_path: str):
    """A function answering a question in this process, as `kg ask --format json` would."""
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from extract.lexicon import Lexicon  # noqa: PLC0415
    from kg.ask import Asker, UnknownQuestion, vocabulary  # noqa: PLC0415
    from kg.store import open_store  # noqa: PLC0415

    store = open_store(store_path, create=False, read_only=True)
    words = vocabulary(Lexicon.load())

    def ask_here(question: str) -> dict:
        try:
            return json.loads(Asker(store, words).answer(question).as_json())
        except UnknownQuestion as error:
            return {"error": f"exit 2: kg: error: {error}"[:200]}
    return ask_here


# What the store states, by article, for --in-store: one text a fact, its values joined.
_FACTS = {
    "event": """SELECT ?article (CONCAT(?name, " | ", ?role) AS ?text) WHERE {
        ?p kgo:participant/foaf:name ?name ; kgo:participationRole/skos:notation ?role ;
           kgo:mentionedIn/schema:identifier ?article }""",
    "post": """SELECT ?article (CONCAT(?name, " | ", COALESCE(?status, ""), " ", ?role, " | ", ?org) AS ?text) WHERE {
        ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?role ; org:organization/schema:name ?org .
        GRAPH ?g { ?m kgo:mentionedIn ?a OPTIONAL { ?m kgo:membershipStatus ?status } }
        ?a schema:identifier ?article }""",
    "directive": """SELECT ?article (CONCAT(?by, " | ", COALESCE(?to, ""), " | ", ?action) AS ?text) WHERE {
        ?d kgo:issuedBy/foaf:name ?by ; kgo:requestedAction ?action ; kgo:mentionedIn/schema:identifier ?article .
        OPTIONAL { ?d kgo:addressedTo/schema:name ?to } }""",
    "program": """SELECT ?article ?text WHERE {
        ?p a kgo:Program ; schema:name ?text . GRAPH ?g { ?a a schema:NewsArticle . ?p a kgo:Program }
        ?a schema:identifier ?article }""",
    "partner": """SELECT ?article (CONCAT(?name, " | ", ?label) AS ?text) WHERE {
        ?p a kgo:Partnership ; kgo:partner/schema:name ?name ; schema:name ?label ;
           kgo:mentionedIn/schema:identifier ?article }""",
    "person": """SELECT ?article ?text WHERE {
        ?p a foaf:Person ; foaf:name ?text ; kgo:mentionedIn/schema:identifier ?article }""",
}
_FACT_OF_KIND = {"chaired": "event", "directed": "event", "attended": "event", "spoke": "event",
                 "post_of_person": "post", "holder_of_post": "post", "directive": "directive",
                 "programs": "program", "partners": "partner", "connections": "person"}


def facts_by_article(store_path: str) -> dict[tuple[str, str], list[str]]:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from kg.query import run_query  # noqa: PLC0415
    from kg.store import open_store  # noqa: PLC0415

    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    with open_store(store_path, create=False, read_only=True) as store:
        for kind, sparql in _FACTS.items():
            for article, text in run_query(store, sparql).rows:
                found[(kind, str(article))].append(fold(str(text)))
    return found


def in_store(question: dict, facts: dict[tuple[str, str], list[str]]) -> bool | None:
    """Whether the store states, in the source article, what the expected strings name
    (None for mode none)."""
    if question.get("mode") == "none":
        return None
    article = Path(question.get("source_article") or "").stem
    kind, expected = question["kind"], question["expect"]
    texts = facts.get((_FACT_OF_KIND.get(kind, "person"), article), [])
    if kind in ("chaired", "directed", "attended", "spoke"):
        texts = [text for text in texts if text.endswith("| " + kind)]
    if question.get("mode") == "list":
        return all(any(contains(text, e) for text in texts) for e in expected)
    return any(all(contains(text, e) for e in expected) for text in texts)


def table(title: str, rows: dict[str, Counter]) -> str:
    stored = any(counts["stored"] for counts in rows.values())
    lines = [f"{title:<16} {'correct':>7} {'partial':>7} {'wrong':>5} {'none':>4} {'n':>4} {'%':>5} {'other':>5}"
             + (f" {'in store: correct/n':>20}" if stored else "")]
    for key, counts in rows.items():
        n = sum(counts[s] for s in STATUSES)
        lines.append(f"{key:<16} {counts['correct']:>7} {counts['partial']:>7} {counts['wrong']:>5} "
                     f"{counts['none']:>4} {n:>4} {100 * counts['correct'] / n:>5.0f} {counts['other']:>5}"
                     + (f" {str(counts['stored_correct']) + '/' + str(counts['stored']):>20}" if stored else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("--store", required=True)
    parser.add_argument("--kg", default="kg", help="the kg command (default: kg on PATH)")
    parser.add_argument("--results", type=Path, help="folder for each question's raw answer")
    parser.add_argument("--jobs", type=int, default=1,
                        help="questions at once (an embedded store serves one process at a time)")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--in-process", action="store_true",
                        help="answer in this process (kg.ask.Asker) instead of running `kg ask` per question")
    parser.add_argument("--in-store", action="store_true",
                        help="also count the questions whose expected facts the store states")
    args = parser.parse_args(argv)
    questions = [json.loads(line) for line in args.questions.read_text("utf-8").splitlines() if line.strip()]
    stored = {}
    if args.in_store:
        facts = facts_by_article(args.store)
        stored = {id(question): in_store(question, facts) for question in questions}
    ask_one = asker(args.store) if args.in_process else (
        lambda question: ask(args.kg, args.store, question, args.timeout))
    seconds: list[float] = []

    def timed(question: dict) -> dict:
        start = time.perf_counter()
        output = ask_one(question["q"])
        seconds.append(time.perf_counter() - start)
        return output

    with ThreadPoolExecutor(1 if args.in_process else max(1, args.jobs)) as pool:
        outputs = list(pool.map(timed, questions))
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_style: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    if args.results:
        args.results.mkdir(parents=True, exist_ok=True)
    for question, output in zip(questions, outputs):
        status, other, why = score(question, output)
        style = question.get("style") or question.get("lang", "?")
        for counts in (by_kind[question["kind"]], by_style[style], by_style[f"lang:{question.get('lang', '?')}"],
                       total):
            counts[status] += 1
            counts["other"] += other
            if stored.get(id(question)):
                counts["stored"] += 1
                counts["stored_correct"] += status == "correct"
        answers = answers_of(output)
        first = answer_text(answers[0])[:90] if answers else ""
        held = {True: " in-store", False: " not-in-store"}.get(stored.get(id(question)), "") if args.in_store else ""
        print(f"{question['id']:>4} {question['kind']:<15} {style:<13} {status:<8}{' OTHER' if other else ''}{held} "
              f"{question['q'][:70]!r} -> {first or why}")
        if args.results:
            (args.results / f"{question['id']:03}.json").write_text(
                json.dumps({"question": question, "status": status, "answered_other": other, "why": why,
                            "output": output}, ensure_ascii=False, indent=1), "utf-8")
    print()
    print(table("kind", dict(sorted(by_kind.items()))))
    print()
    print(table("style", dict(sorted(by_style.items()))))
    n = sum(total[s] for s in STATUSES)
    print(f"\nqa: correct={total['correct']}/{n} ({100 * total['correct'] / n:.0f}%) partial={total['partial']} "
          f"wrong={total['wrong']} none={total['none']} answered_another_question={total['other']}"
          + (f" in_store_correct={total['stored_correct']}/{total['stored']}" if args.in_store else "")
          + f" median_s={statistics.median(seconds) if seconds else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
