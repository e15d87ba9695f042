"""The safe fallback: when no intent fits a question, the facts whose sentences best match it.

The question's content words (`kg.ask.overlap.concepts`) are matched against the
evidence sentences of the store's facts: those about the people and bodies the
question names when it names any (a big store is then read only where the question
points), else every sentence, each distinct sentence once, ruled out by a substring test
before it is compared word by word. The facts of the best sentences are ranked by the
weight of the words they match and shown with those words, as search results, not as
an answer.
"""
from __future__ import annotations

import re

from rdflib import Literal

from extract.text import ascii_key

from kg.ask.facts import articles
from kg.ask.grammar import Reading
from kg.ask.overlap import concepts, score, text_of, weights
from kg.ask.render import AnswerRow, Source
from kg.ask.resolve import Catalog
from kg.ask.store_reads import rows, rows_for
from kg.ask.vocabulary import Vocabulary

MAX_RESULTS = 10
FACTLESS_SHARE = 5  # sentences ranked per result shown: some of the best name a body and state no fact searched
MIN_COVERAGE = 0.3  # a result matches at least this share of the question's words
MAX_COMPARED = 400  # sentences compared word by word, of those whose keys hold most of the words
# Facts searched: the relations; and what a sentence that states none may still show, the
# bodies, firms and events it names ("Sự kiện này nằm trong khuôn khổ các dự án ... do USAID
# tài trợ"), after them.
_RELATION_TYPES = ("org:Membership", "kgo:Participation", "kgo:Directive", "kgo:Partnership", "kgo:Program")
_NAMED_TYPES = ("schema:Event", "org:Organization", "schema:Corporation")
_RELATIONS = frozenset(kind.split(":")[1] for kind in _RELATION_TYPES)


def _kinds(types: tuple[str, ...]) -> str:
    """A filter on ?type, not a VALUES block, which the engine would join first (every fact of a kind)."""
    return f"FILTER(?type IN ({', '.join(types)}))"


def _local_name(iri: str) -> str:
    """The name of a type after its namespace: "Membership" of org:Membership."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def search(reading: Reading, catalog: Catalog, vocabulary: Vocabulary) -> list[AnswerRow]:
    wanted = concepts(reading.unused, vocabulary)  # the question's content: not its question words
    if not wanted:
        return []
    # A first cut on keys alone: the sentences holding most of the concepts' words.
    probes = [{" " + " ".join(probe.key for probe in alternative) + " " for alternative in concept.alternatives}
              | {" " + probe.key + " " for probe in concept.run} for concept in wanted]
    about = _sentences(reading, catalog)
    counted = []
    for sentence, nodes in about.items():
        keys = _keys(sentence)
        count = sum(1 for alternatives in probes if any(key in keys for key in alternatives))
        if count or nodes:
            counted.append((count, sentence))
    counted.sort(key=lambda pair: -pair[0])
    sentences = [text_of(sentence) for _, sentence in counted[:MAX_COMPARED]]
    weights(wanted, [[text] for text in sentences])
    fits = [(text, score(wanted, [(1.0, text)], bodies=about[text.text], persons=about[text.text]))
            for text in sentences]
    # A word no compared sentence holds ("Who sat alongside X ...") tells none of them apart:
    # it does not count against their coverage.
    found = {label for _, fit in fits for label in fit.matched}
    total = sum(concept.weight for concept in wanted)
    unmatched = sum(concept.weight for concept in wanted if concept.label not in found)
    scored: list[tuple[float, str, list[str]]] = []
    for text, fit in fits:
        if fit.matched and fit.coverage * total / (total - unmatched) >= MIN_COVERAGE:
            scored.append((fit.score, text.text, fit.matched))
    scored.sort(key=lambda item: (-item[0], item[1]))
    # the best sentences that state a fact searched (a sentence may only name a body)
    candidates = scored[:MAX_RESULTS * FACTLESS_SHARE]
    facts = _facts_stated_by([sentence for _, sentence, _ in candidates], catalog)
    best = [item for item in candidates if facts.get(item[1])][:MAX_RESULTS]
    info = articles(catalog, {article for found in facts.values() for _, _, article in found if article})
    results = []
    for _, sentence, matched in best:
        for fact, kind, article in facts[sentence][:1]:
            source = info.get(article)
            results.append(AnswerRow(
                {"fact": _local_name(kind)}, sentence,
                Source(source.name, source.headline, source.date[:10] if source.date else None, source.iri)
                if source and source.name else None,
                {"fact": fact}, matched))
    return results


def _keys(sentence: str) -> str:
    """The sentence as its words' keys, " "-delimited (no tokens made: sentences are many)."""
    return " " + " ".join(_WORDS.findall(ascii_key(sentence))) + " "


_WORDS = re.compile(r"[^\W_]+(?:[&/.,'’-][^\W_]+)*")


def _sentences(reading: Reading, catalog: Catalog) -> dict[str, set[str]]:
    """The distinct sentences to search, each with the people and bodies of the question its
    facts are about: the sentences of their facts when the question names any, else all."""
    persons = [p.iri for m in reading.mentions if m.kind == "person" for p in m.persons]
    bodies = [b.iri for m in reading.mentions if m.kind == "body" for b in m.bodies]
    found: dict[str, set[str]] = {}
    if persons or bodies:
        for sentence, node in rows_for(catalog.store, "node", persons + bodies, f"""
                ?fact ?link ?node ; a ?type ; prov:wasDerivedFrom ?evidence . ?evidence kgo:sentence ?sentence .
                {_kinds(_RELATION_TYPES)}""", "DISTINCT ?sentence ?node"):
            found.setdefault(sentence, set()).add(node)
    if not found:
        found = {sentence: set() for (sentence,) in rows(catalog.store, "SELECT DISTINCT ?sentence WHERE { "
                                                                        "?evidence kgo:sentence ?sentence }")}
    return found


def _facts_stated_by(sentences: list[str], catalog: Catalog) -> dict[str, list[tuple[str, str, str | None]]]:
    """Sentence → (fact, its type, article) of the facts read from it, relations first."""
    if not sentences:
        return {}
    values = " ".join(Literal(sentence, lang="vi").n3() for sentence in sentences)
    found: dict[str, list[tuple[str, str, str | None]]] = {}
    for sentence, fact, kind, article in rows(catalog.store, f"""SELECT ?sentence ?fact ?type ?article WHERE {{
            VALUES ?sentence {{ {values} }}
            ?evidence kgo:sentence ?sentence . ?fact prov:wasDerivedFrom ?evidence ; a ?type . {_kinds(_RELATION_TYPES + _NAMED_TYPES)}
            OPTIONAL {{ ?evidence prov:wasQuotedFrom ?article }} }}"""):
        found.setdefault(sentence, []).append((fact, kind, article))
    for facts in found.values():  # a relation first, then what the sentence names
        facts.sort(key=lambda fact: (_local_name(fact[1]) not in _RELATIONS, fact[0]))
    return found
