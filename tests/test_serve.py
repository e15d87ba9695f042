"""`kg serve`: the SPARQL 1.1 endpoint (content negotiation, GET and POST, read-only, time
limit, result cap), the home page, the view and /ask — queried with real clients over
loopback, against a server started and stopped here."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from xml.dom import minidom

import pytest
from kg_fixtures import meeting_facts, two_article_store, visit_facts
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, XML, SPARQLWrapper

from kg.mapping import facts_to_graph
from kg.serve import TRUNCATED_HEADER, Limits, open_server
from kg.serve.negotiation import negotiate
from kg.store import StoreError, open_store

CAP = 40
PEOPLE = "SELECT ?name WHERE { ?person a foaf:Person ; foaf:name ?name } ORDER BY ?name"
EVERYTHING = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
# A join of every triple with every triple, twice: far too big to finish within a second.
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a"


def expected_people() -> list[str]:
    names = set()
    for facts in (meeting_facts(), visit_facts()):
        names |= {person.name for person in facts.persons} | {author.name for author in facts.authors}
    return sorted(names)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return two_article_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def server(store_dir):
    with open_server(store_dir, port=0, limits=Limits(timeout_s=1, max_results=CAP)) as running:
        running.serve_in_background()
        yield running


def sparql(server, query: str, fmt: str = JSON, method: str = "GET", request_method: str | None = None):
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    if request_method:
        client.setRequestMethod(request_method)
    client.setTimeout(30)
    return client.query()


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of a request, error statuses included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


# ---------------------------------------------------------------- content negotiation


def test_select_as_json(server):
    result = sparql(server, PEOPLE, JSON)
    assert result.info()["content-type"].startswith("application/sparql-results+json")
    bindings = result.convert()["results"]["bindings"]
    assert [row["name"]["value"] for row in bindings] == expected_people()
    assert bindings[0]["name"]["xml:lang"] == "vi"


def test_select_as_xml(server):
    result = sparql(server, PEOPLE, XML)
    assert result.info()["content-type"].startswith("application/sparql-results+xml")
    document = result.convert()
    assert isinstance(document, minidom.Document)
    names = [literal.firstChild.data for literal in document.getElementsByTagName("literal")]
    assert names == expected_people()


def test_select_as_csv(server):
    result = sparql(server, PEOPLE, CSV)
    assert result.info()["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(result.convert().decode("utf-8"))))
    assert rows[0] == ["name"]
    assert [row[0] for row in rows[1:]] == expected_people()


def test_select_as_tsv(server):
    result = sparql(server, PEOPLE, TSV)
    assert result.info()["content-type"].startswith("text/tab-separated-values")
    lines = result.convert().decode("utf-8").splitlines()
    assert lines[0] == "?name"
    assert lines[1:] == [f'"{name}"@vi' for name in expected_people()]


def test_ask_and_construct_are_negotiated_too(server):
    assert sparql(server, "ASK { ?person a foaf:Person }", JSON).convert()["boolean"] is True
    status, headers, body = http(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?person a foaf:Person }"}), headers={"Accept": "text/turtle"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) == len(expected_people())
    status, headers, body = http(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?person a foaf:Person }"}), headers={"Accept": "application/ld+json"})
    assert status == 200 and headers.get_content_type() == "application/ld+json"
    assert len(Graph().parse(data=body.decode("utf-8"), format="json-ld")) == len(expected_people())


def test_an_unacceptable_type_gets_406(server):
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": PEOPLE}),
                           headers={"Accept": "image/png"})
    assert status == 406 and b"text/csv" in body


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/*", "text/csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/tab-separated-values, text/csv", "text/tab-separated-values"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml"),
    ("text/csv;q=0, */*;q=0.1", "application/sparql-results+json"),
    ("image/png", None),
])
def test_negotiate(accept, expected):
    offered = ["application/sparql-results+json", "application/sparql-results+xml", "application/xml",
               "text/csv", "text/tab-separated-values"]
    assert negotiate(accept, dict.fromkeys(offered)) == expected


# ---------------------------------------------------------------- protocol


@pytest.mark.parametrize("method, request_method", [("GET", None), (POST, None), (POST, POSTDIRECTLY)])
def test_get_form_post_and_direct_post_give_the_same_rows(server, method, request_method):
    bindings = sparql(server, PEOPLE, JSON, method, request_method).convert()["results"]["bindings"]
    assert [row["name"]["value"] for row in bindings] == expected_people()


def test_updates_are_refused_with_403_and_change_nothing(server):
    before = sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").convert()
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql(server, "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", JSON, POST)
    assert refused.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql(server, "DELETE WHERE { ?s ?p ?o }", JSON, POST, POSTDIRECTLY)  # application/sparql-update
    assert refused.value.code == 403
    status, _, _ = http(server.url + "sparql?" + urllib.parse.urlencode({"update": "CLEAR ALL"}))
    assert status == 403
    assert sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").convert() == before


def test_the_ontology_prefixes_need_no_prefix_lines_and_errors_count_the_users_lines(server):
    bindings = sparql(server, "SELECT ?n WHERE { ?p a foaf:Person ; kgo:nameKey ?n }").convert()
    assert len(bindings["results"]["bindings"]) == len(expected_people())
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?x\nWHERE {\n  ?x ?y\n}"}))
    assert status == 400 and body.startswith(b"SPARQL syntax error at line 4, column ")


def test_an_unknown_prefix_is_worded_as_kg_query_words_it(server):
    query = "SELECT ?x WHERE {\n  ?x kgx:foo ?y }"
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 400
    assert body.decode("utf-8").count("\n") == 1  # one line
    assert "line 2, column 13: unknown prefix 'kgx:' (the ontology's prefixes: kgo, " in body.decode("utf-8")


@pytest.mark.parametrize("query, message", [
    ("hello world", b"not a SPARQL query: it must start with SELECT, ASK, CONSTRUCT or DESCRIBE"),
    ("SELECT * { ?s ?p ?o . SERVICE <http://127.0.0.1:9/secret> { ?s ?p ?o } }", b"SERVICE is not allowed here"),
])
def test_what_kg_query_refuses_gets_400_in_one_line(server, query, message):
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 400 and body.startswith(message) and body.count(b"\n") == 1


def test_the_engine_never_asks_another_server(server):
    """SERVICE would make the engine POST to any URL, this machine's private services too."""
    asked = []

    class Secret(BaseHTTPRequestHandler):
        def do_POST(self):
            asked.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_GET = do_POST

    with HTTPServer(("127.0.0.1", 0), Secret) as secret:
        threading.Thread(target=secret.serve_forever, daemon=True).start()
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{secret.server_address[1]}/secret> {{ ?s ?p ?o }} }}"
        form = urllib.parse.urlencode({"query": query})
        assert http(server.url + "sparql?" + form)[0] == 400
        assert http(server.url + "sparql", data=form.encode(),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
        assert http(server.url + "sparql", data=query.encode(),
                    headers={"Content-Type": "application/sparql-query"})[0] == 400
        secret.shutdown()
    assert asked == []


def test_a_request_that_is_not_utf8_gets_400(server):
    status, _, body = http(server.url + "sparql", data=b"SELECT * WHERE { ?s ?p \xff }",
                           headers={"Content-Type": "application/sparql-query"})
    assert (status, body) == (400, b"the request body is not UTF-8\n")
    status, _, body = http(server.url + "sparql", data=b"query=SELECT%20%FF",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert (status, body) == (400, b"a parameter of the request is not UTF-8\n")
    status, _, body = http(server.url + "ask?q=%FF")
    assert (status, body) == (400, b"a parameter of the request is not UTF-8\n")


def test_the_servers_own_refusals_are_one_line_of_text_not_html(server):
    status, headers, body = http(server.url + "ask?q=" + "a" * 70_000)
    assert status == 414 and headers.get_content_type() == "text/plain"
    assert body == b"414 Request-URI Too Long\n"
    status, headers, body = http(server.url + "sparql", method="PUT")
    assert status == 501 and headers.get_content_type() == "text/plain"
    assert body == b"501 Unsupported method ('PUT')\n"


def test_a_request_without_one_query_is_a_bad_request(server):
    assert http(server.url + "sparql")[0] == 400
    assert http(server.url + "sparql", data=b"{}", headers={"Content-Type": "application/json"})[0] == 415


# ---------------------------------------------------------------- limits


def test_results_are_capped_and_the_cut_is_announced(server):
    status, headers, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": EVERYTHING}),
                                 headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == CAP
    assert headers[TRUNCATED_HEADER] == str(CAP)
    status, headers, _ = http(server.url + "sparql?" + urllib.parse.urlencode({"query": PEOPLE}))
    assert status == 200 and TRUNCATED_HEADER not in headers


def test_construct_results_are_capped_too(server):
    status, headers, body = http(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}), headers={"Accept": "application/n-triples"})
    assert status == 200 and headers[TRUNCATED_HEADER] == str(CAP)
    assert len(body.decode("utf-8").strip().splitlines()) == CAP


def test_a_query_over_the_time_limit_is_cancelled_with_503(server):
    start = time.monotonic()
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": CARTESIAN_COUNT}))
    assert status == 503 and b"time limit of 1 s" in body
    assert time.monotonic() - start < 10


def test_an_engine_that_ignores_the_time_limit_is_replaced(server):
    """Oxigraph does not cancel a sort of a huge join; the front end restarts it."""
    stuck = server.engine.process
    status, _, _ = http(server.url + "sparql?" + urllib.parse.urlencode({"query": CARTESIAN_SORT}))
    assert status == 503
    assert server.engine.process is not stuck and stuck.popen.poll() is not None
    bindings = sparql(server, PEOPLE).convert()["results"]["bindings"]
    assert len(bindings) == len(expected_people())


# ---------------------------------------------------------------- pages and questions


def test_home_page_has_the_question_box_and_the_view(server):
    status, headers, body = http(server.url)
    page = body.decode("utf-8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert 'id="question"' in page and 'src="/view"' in page and "/ask?" in page
    assert "http://" not in page and "https://" not in page  # nothing to fetch from elsewhere
    status, _, body = http(server.url + "view")
    assert status == 200 and b'id="graph-data"' in body and "Nguyễn Văn An".encode() in body


def test_ask_answers_as_json_and_as_text(server):
    status, headers, body = http(server.url + "ask?" + urllib.parse.urlencode({"q": "Ai chủ trì hội nghị?"}))
    assert status == 200 and headers.get_content_type() == "application/json"
    answer = json.loads(body)
    assert any(row["entities"].get("person") == "Nguyễn Văn An" for row in answer["answers"])
    status, headers, body = http(server.url + "ask?" + urllib.parse.urlencode(
        {"q": "Ai chủ trì hội nghị?", "format": "text"}))
    assert status == 200 and headers.get_content_type() == "text/plain"
    assert "Nguyễn Văn An" in body.decode("utf-8")


def test_a_question_no_pattern_fits_gets_400_with_examples(server):
    status, _, body = http(server.url + "ask?" + urllib.parse.urlencode({"q": "xin chào"}))
    assert status == 400
    assert json.loads(body)["examples"]
    assert http(server.url + "ask")[0] == 400


def test_the_store_stays_locked_while_serving(server, store_dir):
    with pytest.raises(StoreError, match="in use"):
        open_store(store_dir)


def test_unknown_paths_get_404(server):
    assert http(server.url + "nothing-here")[0] == 404


# ---------------------------------------------------------------- the command


def start_kg_serve(store_dir: Path) -> subprocess.Popen:
    """`kg serve` over a new store of one article, on a free port; it prints its URL first."""
    with open_store(store_dir) as store:
        store.replace_graph(facts_to_graph(visit_facts()))
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})


def test_kg_serve_command_serves_until_terminated(tmp_path):
    store_dir = tmp_path / "store"
    process = start_kg_serve(store_dir)
    try:
        line = process.stdout.readline()
        url = line.split(" at ")[1].split()[0]
        status, _, body = http(url + "sparql?" + urllib.parse.urlencode({"query": "ASK { ?p a foaf:Person }"}))
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    with open_store(store_dir):  # the engine let go of the store as well
        pass


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_the_engine_does_not_outlive_a_killed_kg_serve(tmp_path):
    process = start_kg_serve(tmp_path / "store")
    try:
        process.stdout.readline()  # serving: the engine runs
        (engine,) = _children(process.pid)
    finally:
        process.kill()
        process.wait(timeout=15)
    assert _ends(engine)  # SIGKILL runs no cleanup: the kernel ended the engine


def _children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def _ends(pid: int) -> bool:
    """Whether the process `pid` ends (or is a zombie) within 15 s."""
    for _ in range(300):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


def test_kg_serve_refuses_a_missing_store(tmp_path, capsys):
    from kg.cli import main

    assert main(["serve", "--store", str(tmp_path / "none"), "--port", "0"]) == 2
    assert "no store here" in capsys.readouterr().err
