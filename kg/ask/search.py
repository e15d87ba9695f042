"""The safe fallback: when no intent fits a question, the facts whose sentences best match it.

The question's content words (`kg.ask.overlap.concepts`) are matched against the
evidence sentences of the store's facts: the facts about the people, bodies and
provinces the question names when it names any (so a big store is read only where
the question points), else every sentence. Facts are ranked by the weight of the
words they match, each shown with those words, as a search result, not an answer.
"""
from __future__ import annotations

from kg.ask.facts import articles
from kg.ask.grammar import Reading
from kg.ask.overlap import concepts, score, weights
from kg.ask.render import AnswerRow, Source
from kg.ask.resolve import Catalog
from kg.ask.store_reads import rows, rows_for
from kg.ask.tokens import tokenize
from kg.ask.vocabulary import Vocabulary

MAX_RESULTS = 10
MIN_COVERAGE = 0.3  # a result matches at least this share of the question's words

# Facts and what to call them, with the named value each shows.
_FACTS = """
  ?fact prov:wasDerivedFrom ?evidence .
  ?evidence kgo:sentence ?sentence .
  OPTIONAL { ?evidence prov:wasQuotedFrom ?article }
  ?fact a ?type .
  VALUES ?type { org:Membership kgo:Participation kgo:Directive kgo:Partnership kgo:Program }
"""


def search(reading: Reading, catalog: Catalog, vocabulary: Vocabulary) -> list[AnswerRow]:
    content = [m for m in reading.mentions if m.kind != "time" and not m.is_function]
    wanted = concepts(content, vocabulary)
    if not wanted:
        return []
    found = _sentences(reading, catalog)
    texts = {sentence: tokenize(sentence) for _, _, sentence, _ in found}
    weights(wanted, [[tokens] for tokens in texts.values()])
    scored = []
    for fact, kind, sentence, article in found:
        fit = score(wanted, [(1.0, texts[sentence])])
        if fit.coverage >= MIN_COVERAGE:
            scored.append((fit, fact, kind, sentence, article))
    scored.sort(key=lambda item: (-item[0].score, item[3]))
    best: list = []
    seen: set[str] = set()
    for item in scored:
        if item[3] not in seen:
            seen.add(item[3])
            best.append(item)
        if len(best) == MAX_RESULTS:
            break
    info = articles(catalog, {item[4] for item in best if item[4]})
    results = []
    for fit, fact, kind, sentence, article in best:
        source = info.get(article)
        results.append(AnswerRow(
            {"fact": kind.rsplit("#", 1)[-1].rsplit("/", 1)[-1]}, sentence,
            Source(source.name, source.headline, source.date[:10] if source.date else None, source.iri)
            if source and source.name else None,
            {"fact": fact}, fit.matched))
    return results


def _sentences(reading: Reading, catalog: Catalog) -> list[tuple[str, str, str, str | None]]:
    """(fact, type, sentence, article) of the facts to search."""
    persons = [p.iri for m in reading.mentions if m.kind == "person" for p in m.persons]
    bodies = [b.iri for m in reading.mentions if m.kind == "body" for b in m.bodies]
    if persons or bodies:
        found = rows_for(catalog.store, "node", persons + bodies, """
            ?fact ?link ?node .
            """ + _FACTS, "DISTINCT ?fact ?type ?sentence ?article")
        if found:
            return found
    return rows(catalog.store, f"SELECT DISTINCT ?fact ?type ?sentence ?article WHERE {{ {_FACTS} }}")
