"""SERVICE is refused however it is spelled, in `kg query` and on `/sparql`, and no request
leaves: a listener on loopback stands where the queries point and must hear nothing.

The spellings are those a reading of the text can get wrong and Oxigraph's parser reads as
SERVICE: comments ended by CR, LF or the end of the text, a prefix name starting with a
character of every class SPARQL allows, IRIs (escaped, relative to a BASE), variables, the
keyword glued to what follows, and SERVICE nested in OPTIONAL, UNION, MINUS, GRAPH,
subqueries and EXISTS. Each is first shown to be SERVICE to Oxigraph itself: the engine,
which cannot open a socket (`kg.serve.worker`), tries and fails.
"""
from __future__ import annotations

import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from kg_fixtures import two_article_store

from kg.cli import main
from kg.query import SERVICE_REFUSED, QueryError, check_query
from kg.serve import Limits, open_server
from kg.serve.engine import EngineRequest

# The first and last character of each range of PN_CHARS_BASE, the characters a prefix
# name may start with (U+0482 and U+200C passed the old text check).
PREFIX_STARTS = ["A", "Z", "a", "z", "\u00C0", "\u00D6", "\u00D8", "\u00F6", "\u00F8", "\u02FF", "\u0370",
                 "\u037D", "\u037F", "\u0482", "\u1FFF", "\u200C", "\u200D", "\u2070", "\u218F", "\u2C00",
                 "\u2FEF", "\u3001", "\uD7FF", "\uF900", "\uFDCF", "\uFDF0", "\uFFFD"]
PATTERN = "{ ?s ?p ?o }"


def spellings(url: str) -> dict[str, str]:
    """Queries that ask the server at `url` (ending in "/"), by what they try."""
    iri = f"<{url}x>"
    escaped = "<" + "".join(f"\\u{ord(c):04X}" if c in ":/" else c for c in url) + "x>"
    queries = {
        "plain": f"SELECT * WHERE {{ SERVICE {iri} {PATTERN} }}",
        "lower case": f"select * where {{ service {iri} {PATTERN} }}",
        "mixed case": f"SELECT * WHERE {{ SeRvIcE {iri} {PATTERN} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT {iri} {PATTERN} }}",
        "silent lower": f"SELECT * WHERE {{ service silent {iri} {PATTERN} }}",
        "comment ended by CR": f"SELECT * WHERE {{ SERVICE #x\r{iri} {PATTERN} }}",
        "comment ended by LF": f"SELECT * WHERE {{ SERVICE #x\n{iri} {PATTERN} }}",
        "comment ended by CRLF, glued": f"SELECT * WHERE {{ SERVICE#x\r\n{iri} {PATTERN} }}",
        "keyword after a comment ended by CR": f"SELECT * WHERE {{ #c\rSERVICE {iri} {PATTERN} }}",
        "keyword after a comment ended by LF": f"SELECT * WHERE {{ #c\nSERVICE {iri} {PATTERN} }}",
        "comment at the end of the text": f"SELECT * WHERE {{ SERVICE {iri} {PATTERN} }} #",
        "comments between SILENT and the IRI": f"SELECT * WHERE {{ SERVICE SILENT#a\r#b\n{iri} {PATTERN} }}",
        "glued to the IRI": f"SELECT * WHERE {{SERVICE{iri}{PATTERN}}}",
        "glued after OPTIONAL": f"SELECT * WHERE {{ OPTIONAL{{}}SERVICE{iri}{PATTERN} }}",
        "tab and CR as spaces": f"SELECT * WHERE {{\tSERVICE\r{iri}\t{PATTERN} }}",
        "IRI with \\u escapes": f"SELECT * WHERE {{ SERVICE {escaped} {PATTERN} }}",
        "IRI relative to BASE": f"BASE <{url}> SELECT * WHERE {{ SERVICE <x> {PATTERN} }}",
        "empty prefix, glued": f"PREFIX : <{url}> SELECT * WHERE {{ SERVICE:x {PATTERN} }}",
        "prefix with dots": f"PREFIX a.b: <{url}> SELECT * WHERE {{ SERVICE a.b:x {PATTERN} }}",
        "local name with an escape": f"PREFIX p: <{url}> SELECT * WHERE {{ SERVICE p:\\~x {PATTERN} }}",
        "local name with a percent": f"PREFIX p: <{url}> SELECT * WHERE {{ SERVICE p:%41 {PATTERN} }}",
        "ontology prefix redefined": f"PREFIX kgo: <{url}> SELECT * WHERE {{ SERVICE kgo:x {PATTERN} }}",
        "variable bound by BIND": f"SELECT * WHERE {{ BIND({iri} AS ?x) SERVICE ?x {PATTERN} }}",
        "$variable bound by VALUES": f"SELECT * WHERE {{ VALUES $x {{ {iri} }} SERVICE $x {PATTERN} }}",
        "in OPTIONAL": f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE {iri} {PATTERN} }} }}",
        "in UNION": f"SELECT * WHERE {{ {{ ?a kgo:none ?c }} UNION {{ SERVICE {iri} {PATTERN} }} }}",
        "in MINUS": f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE {iri} {PATTERN} }} }}",
        "in GRAPH": f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE {iri} {PATTERN} }} }}",
        "in a subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE {iri} {PATTERN} }} }} }}",
        "in FILTER EXISTS": f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE {iri} {PATTERN} }} }}",
        "in FILTER NOT EXISTS": f"SELECT * WHERE {{ ?a ?b ?c FILTER NOT EXISTS {{ SERVICE {iri} {PATTERN} }} }}",
        "in BIND(EXISTS)": f"SELECT * WHERE {{ BIND(EXISTS {{ SERVICE {iri} {PATTERN} }} AS ?e) }}",
        "in a projected EXISTS": f"SELECT (EXISTS {{ SERVICE {iri} {PATTERN} }} AS ?e) WHERE {{}}",
        "in ORDER BY EXISTS": f"SELECT * WHERE {{ ?a ?b ?c }} ORDER BY (EXISTS {{ SERVICE {iri} {PATTERN} }})",
        "in HAVING EXISTS": f"SELECT ?a WHERE {{ ?a ?b ?c }} GROUP BY ?a HAVING (EXISTS {{ SERVICE {iri} {PATTERN} }})",
        "three groups deep": f"SELECT * WHERE {{ {{ {{ OPTIONAL {{ SERVICE {iri} {PATTERN} }} }} }} }}",
        "in ASK": f"ASK {{ SERVICE {iri} {PATTERN} }}",
        "in CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE {iri} {PATTERN} }}",
        "in DESCRIBE": f"DESCRIBE ?s WHERE {{ SERVICE {iri} {PATTERN} }}",
        "nested SERVICE": f"SELECT * WHERE {{ SERVICE {iri} {{ SERVICE {iri} {PATTERN} }} }}",
    }
    for start in PREFIX_STARTS:
        queries[f"prefix name starting with U+{ord(start):04X}"] = (
            f"PREFIX {start}: <{url}> SELECT * WHERE {{ SERVICE {start}:x {PATTERN} }}")
    return queries


class Listener(ThreadingHTTPServer):
    """A server on loopback that records every request it gets."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        listener = self

        class Record(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                listener.heard.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.end_headers()
                self.wfile.write(b'{"head":{"vars":["secret"]},"results":{"bindings":[]}}')

            do_POST = do_GET

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Record)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


@pytest.fixture(scope="module")
def listener():
    with Listener() as running:
        yield running
        running.shutdown()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return two_article_store(tmp_path_factory.mktemp("service") / "store")


@pytest.fixture(scope="module")
def server(store_dir):
    with open_server(store_dir, port=0, limits=Limits(timeout_s=5), engines=2) as running:
        running.serve_in_background()
        yield running


def test_the_corpus_holds_at_least_50_spellings(listener):
    assert len(spellings(listener.url)) >= 50


def test_every_spelling_sent_to_an_engine_sends_nothing(server, listener):
    """Sent straight to an engine, past the front end's check: Oxigraph reads SERVICE and
    tries to connect, and the engine's sandbox stops it before any request leaves (with
    SILENT, and inside MINUS, Oxigraph keeps the failure quiet and answers without it)."""
    blocked = 0
    for name, query in spellings(listener.url).items():
        found = server.engines.run(EngineRequest(
            query=query, default_graphs=[], named_graphs=[], results_type="application/sparql-results+json",
            graph_type="text/turtle", max_results=10), time.monotonic() + 10)
        if found.status != 200:  # a variable's server is looked up as the query runs; Oxigraph wants it bound first
            assert found.error in ("Operation not permitted (os error 1)",
                                   "The variable encoding the service name is unbound"), name
            blocked += found.error.startswith("Operation not permitted")
    assert blocked >= 50 and listener.heard == []


def test_kg_query_refuses_every_spelling(store_dir, listener, capsys):
    for name, query in spellings(listener.url).items():
        with pytest.raises(QueryError, match="^SERVICE is not allowed"):
            check_query(query)
        assert main(["query", "--store", str(store_dir), query]) == 2, name
        assert capsys.readouterr().err.endswith(f"kg: error: {SERVICE_REFUSED}\n"), name
    assert listener.heard == []


def test_the_endpoint_refuses_every_spelling(server, listener):
    from test_serve import http

    for name, query in spellings(listener.url).items():
        form = urllib.parse.urlencode({"query": query})
        for request in ({"url": server.url + "sparql?" + form},
                        {"url": server.url + "sparql", "data": form.encode(),
                         "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
                        {"url": server.url + "sparql", "data": query.encode("utf-8"),
                         "headers": {"Content-Type": "application/sparql-query"}}):
            status, _, body = http(**request)
            assert (status, body) == (400, f"{SERVICE_REFUSED}\n".encode()), name
    assert listener.heard == []


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service a ?kind }",  # a variable named service
    'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" }',  # in a string
    "SELECT * WHERE { ?s kgo:service ?o }",  # a local name
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> { }",  # in a comment to the end
])
def test_the_word_where_it_is_no_service_is_not_refused(query):
    check_query(query)
