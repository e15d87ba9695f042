"""kg.sparql_syntax reads queries as Oxigraph does: every query Oxigraph parses, it parses
too (so no valid query is refused for the SERVICE check's sake), over the named queries,
a set of SPARQL 1.1 forms and thousands of mutations of them; and it finds SERVICE where
Oxigraph would run it. (Oxigraph runs these queries on an empty in-memory store: none of
them holds SERVICE.)"""
from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph
import pytest

from kg.sparql_syntax import parse_query, services
from kg.vocab import PREFIXES

ROOT = Path(__file__).parents[1]
FORMS = [
    "SELECT * WHERE { ?s ?p ?o }", "select*{?s ?p ?o}", "ASK {}", "ASK WHERE { ?s a ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <http://x>",
    "DESCRIBE ?s WHERE { ?s ?p ?o }",
    "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) ORDER BY DESC(?n) LIMIT 5",
    "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?s a ?t } FILTER(?o IN (1, 2)) FILTER(?o NOT IN ()) }",
    "SELECT * { { ?s ?p ?o } UNION { ?s ?q ?o } MINUS { ?s a ?x } OPTIONAL { ?s ?r ?z } GRAPH ?g { } }",
    "SELECT * { VALUES (?a ?b) { (1 2) (UNDEF 'x') } }",
    "SELECT * { ?s foaf:knows/foaf:name|^foaf:name ?o . ?s (foaf:knows)* ?x . ?s !(a|^foaf:knows) ?y }",
    "SELECT * { ?s ?p ( 1 2 ?x ) . [ foaf:name 'a' ] foaf:age 3 . }",
    "SELECT (STR(?s) AS ?x) (CONCAT('a', \"b\") AS ?y) (REGEX(?s, 'a', 'i') AS ?z) {}",
    "SELECT (GROUP_CONCAT(DISTINCT ?s ; SEPARATOR=', ') AS ?x) { ?s ?p ?o }",
    "SELECT * { ?s ?p 1.5e3, -2, +3.0, true, 'x'@en, 'y'^^xsd:string, '''long\nstring''', _:b1 }",
    "SELECT * { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } } VALUES ?s { <http://x> }",
    "SELECT * { BIND(IF(BOUND(?x), 1, 2) AS ?y) BIND(COALESCE(?x, 3) AS ?z) BIND(NOW() AS ?n) }",
    "PREFIX ex: <http://x/> BASE <http://y/> SELECT * FROM <http://a> FROM NAMED <http://b> { ?s ex:p <r> }",
    "SELECT * { ?s ?p ?o . FILTER(xsd:integer(?o) * 2 / 3 - 1 + 4 >= 0 && !(?o = 2) || sameTerm(?s, ?o)) }",
    "SELECT * { ?s ?p ?o ; ?q ?r ; . } #comment\r", "SELECT * { ?s ?p \"\\u0041\" }",
]
NOISE = [" ", "{", "}", "(", ")", ".", ";", ",", "?", "$", "<", ">", "'", '"', "#", "\r", "\n", ":", "-",
         "*", "/", "|", "^", "!", "=", "a", "_", "1", "\u0482", "\u200c", "OPTIONAL ", " UNION ", "FILTER(",
         "#x\r", '"""', "[", "]", "SELECT ?x WHERE", "SERVICE"]


def corpus() -> list[str]:
    named = [path.read_text(encoding="utf-8")
             for path in sorted([*ROOT.glob("kg/queries/*.rq"), *ROOT.glob("viz/queries/**/*.rq")])]
    rng = random.Random(20)
    queries = named + FORMS
    mutants = []
    for query in queries:
        for _ in range(25):
            at, other = rng.randrange(len(query) + 1), rng.randrange(len(query) + 1)
            mutants.append(rng.choice([
                query[:at] + query[at + 1:], query[:at] + rng.choice(NOISE) + query[at:],
                query[:min(at, other)] + query[max(at, other):]]))
    return queries + mutants


def oxigraph_parses(store: pyoxigraph.Store, query: str) -> bool:
    try:
        store.query(query, prefixes=PREFIXES)
    except SyntaxError:
        return False
    except (OSError, RuntimeError):  # parsed, then failed running (a SERVICE, an unbound service variable)
        pass
    return True


def test_every_query_oxigraph_parses_is_parsed(tmp_path):
    store = pyoxigraph.Store()
    refused = []
    for query in corpus():
        if "SERVICE" in query:
            continue  # evaluating it would send a request; see test_service_refused.py
        if oxigraph_parses(store, query):
            try:
                parse_query(query, PREFIXES)
            except SyntaxError as error:
                refused.append((query, str(error)))
    assert refused == []


@pytest.mark.parametrize("query, found", [
    ("SELECT * { SERVICE <http://x/> { } }", ["<http://x/>"]),
    ("SELECT * { OPTIONAL { SERVICE SILENT ?s { } } FILTER EXISTS { SERVICE <u:v> { } } }", ["?s", "<u:v>"]),
    ("SELECT * { ?s kgo:service ?service . BIND('SERVICE <x> {}' AS ?x) } # SERVICE <y> {}", []),
])
def test_services_are_found_at_any_depth_and_only_there(query, found):
    assert [pattern.name for pattern in services(parse_query(query, PREFIXES))] == found
