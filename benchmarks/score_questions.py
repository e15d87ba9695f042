"""Score `kg ask` on a file of questions with expected answers; report per intent and per language/style.

    .venv/bin/python benchmarks/score_questions.py QUESTIONS.jsonl --store STORE [--cli] [--show wrong]

A question file has one JSON object a line, as /work/shared/tools/score_questions.sh reads:
    {"id": 1, "q": "Ai chủ trì ...?", "lang": "vi", "kind": "chaired", "expect": ["Full Name"],
     "mode": "top", "source_article": "...", "style": "formal"}
kind: chaired, directed, attended, spoke, post_of_person, holder_of_post, directive, programs,
partners, connections (others are reported as given); style (optional): formal, casual, plain
(no diacritics), abbrev (abbreviations), english; "partial_ok": other acceptable answers.

Scoring follows score_questions.sh: strings are matched in the answer's named values (not its
evidence), NFC, case-folded, tone marks folded; "A|B" accepts either; a role word is not
found inside a longer role ("Chủ tịch" not in "Phó Chủ tịch").
  top   correct: every expected string in the first answer; partial: in a lower one
  row   correct: every expected string in one answer (for person questions, with nothing
        wrong ranked first); partial: another acceptable answer, or the strings split
  list  correct: every expected string in some answer; partial: some of them
  none  correct: no answer (a note); wrong: any answer — no answer is right
  wrong: answers given, none right; none: no answer, a note or an error.

"Answers to a different question" are counted apart: an answer whose first row matches
nothing expected, or any answer to a question of mode none. A question is "in store" when
the store holds the facts its expected strings name (read from the article's facts,
`in_store`), so the share answered of those measures `kg ask` apart from extraction.

Prints one line per question (--show all|wrong|none: which), then tables per kind, per
language, per style, and a last line:
    qa: correct=N/M partial=N wrong=N none=N different_question=N in_store_correct=N/M median_s=S
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
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ask import UnknownQuestion, answer  # noqa: E402
from kg.query import run_query  # noqa: E402
from kg.store import open_store  # noqa: E402

PERSON_KINDS = {"chaired", "directed", "attended", "spoke", "post_of_person", "holder_of_post"}
TONES = "\u0300\u0301\u0303\u0309\u0323"
PREFIXES = ("phó ", "nguyên ", "tổng ")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold())
    text = re.sub(r"(o)([ae])([%s])(?![a-z\u0300-\u036f])" % TONES, r"\1\3\2", text)
    text = re.sub(r"(?<!q)(u)(y)([%s])(?![a-z\u0300-\u036f])" % TONES, r"\1\3\2", text)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def has(text: str, expected: str) -> bool:
    """`expected` ("A|B") in folded `text`, not as the end of a longer role."""
    for alternative in expected.split("|"):
        wanted = fold(alternative)
        for match in re.finditer(re.escape(wanted), text):
            before = text[:match.start()]
            if any(before.endswith(prefix) and not wanted.startswith(prefix.strip()) for prefix in PREFIXES):
                continue
            return True
    return False


def answer_text(row: dict) -> str:
    entities = row.get("entities")
    values = entities.values() if isinstance(entities, dict) else (
        value for key, value in row.items() if key not in ("evidence", "article"))
    return fold(" | ".join(str(value) for value in values if value is not None))


def score(question: dict, document: dict) -> tuple[str, str, bool]:
    """(status, why, answered a different question)."""
    answers = document.get("answers") or []
    mode = question.get("mode", "top")
    if mode == "none":
        return ("wrong", "answered, though nothing is right", True) if answers else ("correct", "", False)
    if "error" in document:
        return "none", document["error"], False
    if not answers:
        return "none", (document.get("note") or "no answer")[:160], False
    texts = [answer_text(row) for row in answers]
    expected = question["expect"]
    full = [i for i, text in enumerate(texts) if all(has(text, e) for e in expected)]
    partial_ok = question.get("partial_ok", [])

    def something(text: str) -> bool:
        return (any(has(text, e) for e in expected) and (mode != "row" or all(has(text, e) for e in expected))) \
            or any(all(has(text, e) for e in alternative) for alternative in partial_ok)

    first_wrong = not something(texts[0])
    first_bad = question["kind"] in PERSON_KINDS and first_wrong
    if mode == "top":
        if full and full[0] == 0:
            return "correct", "", False
        if full:
            return "partial", f"right answer at rank {full[0] + 1}", True
        return "wrong", "", True
    if mode == "row":
        if full:
            return ("partial", "wrong answer ranked first", True) if first_bad else ("correct", "", False)
        if any(all(has(text, e) for e in alternative) for text in texts for alternative in partial_ok):
            return "partial", "another true answer only", False
        if all(any(has(text, e) for text in texts) for e in expected):
            return "partial", "expected strings split over answers", first_wrong
        return "wrong", "", True
    found = [e for e in expected if any(has(text, e) for text in texts)]
    if len(found) == len(expected):
        return ("partial", "wrong answer ranked first", True) if first_bad else ("correct", "", False)
    if found:
        return "partial", f"{len(found)}/{len(expected)} of the list", first_wrong
    return "wrong", "", True


# ---------------------------------------------------------------- is the answer in the store?

_FACTS = {
    "event": """SELECT ?article (CONCAT(?name, " | ", ?role) AS ?text) WHERE {
        ?p kgo:participant/foaf:name ?name ; kgo:participationRole/skos:notation ?role ;
           kgo:mentionedIn/schema:identifier ?article }""",
    "post": """SELECT ?article (CONCAT(?name, " | ", COALESCE(?status, ""), " ", ?role, " | ", ?org) AS ?text) WHERE {
        ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?role ; org:organization/schema:name ?org .
        GRAPH ?g { ?m kgo:mentionedIn ?a OPTIONAL { ?m kgo:membershipStatus ?status } } ?a schema:identifier ?article }""",
    "directive": """SELECT ?article (CONCAT(?by, " | ", COALESCE(?to, ""), " | ", ?action) AS ?text) WHERE {
        ?d kgo:issuedBy/foaf:name ?by ; kgo:requestedAction ?action ; kgo:mentionedIn/schema:identifier ?article .
        OPTIONAL { ?d kgo:addressedTo/schema:name ?to } }""",
    "program": """SELECT ?article ?text WHERE {
        ?p a kgo:Program ; schema:name ?text . GRAPH ?g { ?a a schema:NewsArticle . ?p a kgo:Program }
        ?a schema:identifier ?article }""",
    "partner": """SELECT ?article (CONCAT(?name, " | ", ?label) AS ?text) WHERE {
        ?p a kgo:Partnership ; kgo:partner/schema:name ?name ; schema:name ?label ;
           kgo:mentionedIn/schema:identifier ?article }""",
    "person": """SELECT ?article ?text WHERE { ?p a foaf:Person ; foaf:name ?text ; kgo:mentionedIn/schema:identifier ?article }""",
}
_FACT_OF_KIND = {"chaired": "event", "directed": "event", "attended": "event", "spoke": "event",
                 "post_of_person": "post", "holder_of_post": "post", "directive": "directive",
                 "programs": "program", "partners": "partner", "connections": "person"}


def facts_by_article(store) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for kind, sparql in _FACTS.items():
        for article, text in run_query(store, sparql).rows:
            found[(kind, str(article))].append(fold(str(text)))
    return found


def in_store(question: dict, facts: dict[tuple[str, str], list[str]]) -> bool | None:
    """Whether the store states what the question's expected strings name (None for mode none)."""
    if question.get("mode") == "none":
        return None
    article = Path(question.get("source_article") or "").stem
    texts = facts.get((_FACT_OF_KIND.get(question["kind"], "person"), article), [])
    kind = question["kind"]
    expected = question["expect"]
    if kind in ("chaired", "directed", "attended", "spoke"):
        texts = [text for text in texts if text.endswith("| " + kind)]
    if question.get("mode") == "list":
        return all(any(has(text, e) for text in texts) for e in expected)
    return any(all(has(text, e) for e in expected) for text in texts)


# ---------------------------------------------------------------- running


def ask_in_process(store, question: str) -> dict:
    try:
        return json.loads(answer(store, question).as_json())
    except UnknownQuestion as unknown:
        return {"error": f"cannot answer: {unknown}"[:200], "answers": []}


def ask_with_cli(store_path: str, question: str) -> dict:
    done = subprocess.run([str(Path(sys.executable).parent / "kg"), "ask", question, "--store", store_path,
                           "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    try:
        return json.loads(done.stdout)
    except ValueError:
        return {"error": (done.stderr or done.stdout).strip()[:200], "answers": []}


def brief(document: dict) -> str:
    answers = document.get("answers") or []
    if not answers:
        return ""
    entities = answers[0].get("entities", {})
    keep = [str(value) for key, value in entities.items()
            if key in ("person", "role", "organization", "by", "program", "firm", "partner", "action", "event",
                       "other")]
    text = " | ".join(keep) or " | ".join(str(value) for value in entities.values())
    return text[:110] + ("…" if len(text) > 110 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("--store", required=True)
    parser.add_argument("--cli", action="store_true", help="run `kg ask` as a command for each question")
    parser.add_argument("--show", choices=("all", "wrong", "none"), default="all",
                        help="which questions to list: all, those not correct, or none")
    parser.add_argument("--json", type=Path, help="write every answer and its score to this file")
    args = parser.parse_args()
    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]

    results = []
    with open_store(args.store, create=False) as store:
        facts = facts_by_article(store)
        stored = {question["id"]: in_store(question, facts) for question in questions}
        if args.cli:
            store.close()
        for question in questions:
            start = time.perf_counter()
            document = ask_with_cli(args.store, question["q"]) if args.cli else ask_in_process(store, question["q"])
            seconds = time.perf_counter() - start
            status, why, different = score(question, document)
            results.append((question, document, status, why, different, seconds))

    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    print(f"{'id':>3} {'la':2} {'style':7} {'kind':15} {'mode':4} {'st':7} {'diff':4} {'in':3} {'intent':17} top answer / reason")
    for question, document, status, why, different, seconds in results:
        groups = [("kind", question["kind"]), ("lang", question["lang"]),
                  ("style", question.get("style", question["lang"])), ("all", "all")]
        for group in groups:
            counts[group][status] += 1
            counts[group]["n"] += 1
            counts[group]["different"] += different
            if stored[question["id"]]:
                counts[group]["stored"] += 1
                counts[group]["stored_correct"] += status == "correct"
        shown = args.show == "all" or (args.show == "wrong" and status != "correct")
        if shown:
            flag = {True: "yes", False: "no", None: "-"}[stored[question["id"]]]
            reason = brief(document) or why
            if why and brief(document):
                reason += f"  [{why}]"
            print(f"{question['id']:>3} {question['lang']:2} {question.get('style', ''):7} {question['kind']:15} "
                  f"{question.get('mode', 'top'):4} {status:7} {'DIFF' if different else '':4} {flag:3} "
                  f"{(document.get('intent') or '-')[:17]:17} {reason}")

    for group_name in ("kind", "lang", "style"):
        print(f"\n{group_name:15} {'n':>4} {'correct':>7} {'partial':>7} {'wrong':>5} {'none':>4} {'diff-q':>6} "
              f"{'in store':>8} {'correct of in store':>20}")
        for (group, value), count in sorted(counts.items()):
            if group != group_name:
                continue
            rate = f"{count['stored_correct']}/{count['stored']}" if count["stored"] else "-"
            print(f"{value:15} {count['n']:>4} {count['correct']:>7} {count['partial']:>7} {count['wrong']:>5} "
                  f"{count['none']:>4} {count['different']:>6} {count['stored']:>8} {rate:>20}")
    total = counts[("all", "all")]
    median = statistics.median(seconds for *_, seconds in results) if results else 0.0
    print(f"\nqa: correct={total['correct']}/{total['n']} partial={total['partial']} wrong={total['wrong']} "
          f"none={total['none']} different_question={total['different']} "
          f"in_store_correct={total['stored_correct']}/{total['stored']} median_s={median:.3f}")
    if args.json:
        args.json.write_text(json.dumps([
            {"question": question, "answer": document, "status": status, "why": why, "different": different,
             "in_store": stored[question["id"]], "seconds": round(seconds, 3)}
            for question, document, status, why, different, seconds in results], ensure_ascii=False, indent=1),
            encoding="utf-8")


if __name__ == "__main__":
    main()
