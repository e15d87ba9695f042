"""`kg show ARTICLE`: an article's text as the store keeps it, with the facts read from it marked.

Every evidence sentence is marked where it stands in the text (`schema:articleBody`, the
text its offsets index): ⟦1 at its start, ⟧ at its end, numbered in the order of the
text; the brackets pair as they nest. Under the text, each number lists the facts read from that sentence: their kind,
their label and their IRI, which stays the same when articles are added (see
`kg.identity`), so that it can be cited. A sentence the text does not hold at its
offsets is listed with a warning, never marked at the wrong place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.store import Store
from kg.store.graphs import article_graph_iri
from kg.vocab import compact

OPEN, CLOSE = "⟦", "⟧"

_ARTICLE_QUERY = """
SELECT ?name ?title ?date ?url ?source ?province ?text WHERE {{
  GRAPH <{graph}> {{
    ?article a schema:NewsArticle ; schema:identifier ?name ; kgo:sourceFile ?source .
    OPTIONAL {{ ?article schema:headline ?title }}
    OPTIONAL {{ ?article schema:datePublished ?date }}
    OPTIONAL {{ ?article schema:url ?url }}
    OPTIONAL {{ ?article schema:contentLocation/schema:name ?province }}
    OPTIONAL {{ ?article schema:articleBody ?text }}
  }}
}}"""

# Each fact with its evidence and its kinds (the English labels of its classes); a post
# and a directive name their person.
_FACTS_QUERY = """
SELECT ?node ?start ?end ?sentence ?label ?person ?addressee
       (GROUP_CONCAT(DISTINCT ?kind; separator=", ") AS ?kinds) WHERE {{
  GRAPH <{graph}> {{
    ?node prov:wasDerivedFrom ?evidence ; a ?class .
    ?evidence kgo:startOffset ?start ; kgo:endOffset ?end ; kgo:sentence ?sentence .
    OPTIONAL {{ ?node rdfs:label ?label }}
    OPTIONAL {{ ?node (org:member|kgo:issuedBy)/foaf:name ?person }}
    OPTIONAL {{ ?node kgo:addressedTo/schema:name ?addressee }}
  }}
  ?class rdfs:label ?kind FILTER(LANGMATCHES(LANG(?kind), "en"))
}}
GROUP BY ?node ?start ?end ?sentence ?label ?person ?addressee"""


class NoSuchArticle(LookupError):
    """The store holds no article of that name or source file."""


@dataclass
class Marked:
    """One evidence sentence: where it stands, and the facts read from it."""

    start: int
    end: int
    sentence: str
    facts: list[str] = field(default_factory=list)


def find_article(store: Store, given: str) -> str:
    """The name of the article `given` names: its name, or the source file it was read from
    as `kg show` prints it (a JSONL record's as FILE#LINE)."""
    if given in store.article_names():
        return given
    rows = list(store.query(f"SELECT ?name WHERE {{ VALUES ?source {{ {Literal(given).n3()} }}"
                            " ?article a schema:NewsArticle ; kgo:sourceFile ?source ; schema:identifier ?name }"))
    if not rows:
        raise NoSuchArticle(given)
    return str(rows[0].name)


def show_article(store: Store, name: str) -> str:
    """The article `name` (stored) as text with its facts marked, then the facts by sentence."""
    graph = article_graph_iri(name)
    (article,) = store.query(_ARTICLE_QUERY.format(graph=graph))
    header = [f"{article.name} — {article.title}" if article.title else str(article.name)]
    header.append(" · ".join(f"{what} {value}" for what, value in (
        ("date", article.date), ("province", article.province), ("source", article.source), ("url", article.url))
        if value is not None))
    marked, misplaced = _evidence(store, graph, None if article.text is None else str(article.text))
    if article.text is None:
        body = ["(this store was built before kg kept article texts: build the article again to see it)"]
    else:
        body = [_marked_text(str(article.text), marked)]
    listed = ["", f"Facts, by the sentence they were read from ({sum(len(m.facts) for m in marked)}):"]
    for number, mark in enumerate(marked, 1):
        listed.append(f"{OPEN}{number}{CLOSE} characters {mark.start}-{mark.end}")
        listed += [f"    {fact}" for fact in mark.facts]
    for mark in misplaced:
        listed.append(f"(not found at characters {mark.start}-{mark.end} of the text) “{mark.sentence}”")
        listed += [f"    {fact}" for fact in mark.facts]
    return "\n".join([*header, "", *body, *listed])


def _evidence(store: Store, graph: URIRef, text: str | None) -> tuple[list[Marked], list[Marked]]:
    """The evidence sentences in the order of the text, and those the text does not hold
    at their offsets (none, unless the store was changed by hand)."""
    spans: dict[tuple[int, int], Marked] = {}
    for row in store.query(_FACTS_QUERY.format(graph=graph)):
        span = (int(row.start), int(row.end))
        mark = spans.setdefault(span, Marked(*span, str(row.sentence)))
        mark.facts.append(_fact_line(row))
    marked, misplaced = [], []
    for span in sorted(spans, key=lambda span: (span[0], -span[1])):  # an outer sentence before an inner one
        mark = spans[span]
        mark.facts.sort()
        holds = text is not None and text[mark.start:mark.end] == mark.sentence
        (marked if holds or text is None else misplaced).append(mark)
    return marked, misplaced


def _fact_line(row) -> str:
    label = str(row.label) if row.label is not None else ""
    if row.person is not None and str(row.person) not in label:
        label = f"{row.person}: {label}"
    if row.addressee is not None:
        label += f" (to {row.addressee})"
    return f"{row.kinds}: {label}  <{compact(str(row.node))}>"


def _marked_text(text: str, marked: list[Marked]) -> str:
    """`text` with ⟦n at the start of the n-th marked sentence and ⟧ at its end. A sentence
    within another (a clause the extraction took apart) is marked within it: at one offset,
    ends come before starts, an inner end before an outer one, an outer start before an
    inner one, so that the brackets pair as they nest."""
    inserts: list[tuple[int, int, int, str]] = []  # (offset, ends first, inner first, mark)
    for number, mark in enumerate(marked, 1):
        inserts.append((mark.start, 1, -mark.end, f"{OPEN}{number} "))
        inserts.append((mark.end, 0, -mark.start, CLOSE))
    pieces, done = [], 0
    for offset, _, _, insert in sorted(inserts):
        pieces += [text[done:offset], insert]
        done = offset
    return "".join(pieces) + text[done:]
