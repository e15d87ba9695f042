"""`kg serve`: the SPARQL 1.1 endpoint (content negotiation, GET and POST, read-only, time
limit, result cap), the home page, the view and /ask — queried with real clients over
loopback, against a server started and stopped here."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.client import HTTPConnection
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from xml.dom import minidom

import pytest
from kg_fixtures import meeting_facts, two_article_store, visit_facts
from rdflib import FOAF, Graph, URIRef
from rdflib import Literal as RdfLiteral
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
    assert http(server.url + "sparql?query=")[0] == 400
    assert http(server.url + "sparql?default-graph-uri=urn%3Ax")[0] == 400
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


def test_an_over_time_query_ends_its_own_engine_and_no_other_clients_query(server):
    """Oxigraph does not cancel a sort of a huge join; its engine process is ended and
    replaced, while the other clients' queries go on in the other engines."""
    before = set(server.engines.pids)
    heavy = []
    thread = threading.Thread(target=lambda: heavy.append(
        http(server.url + "sparql?" + urllib.parse.urlencode({"query": CARTESIAN_SORT}))))
    thread.start()
    answers = []
    while thread.is_alive():
        answers.append(len(sparql(server, PEOPLE).convert()["results"]["bindings"]))
    thread.join()
    assert heavy[0][0] == 503 and b"time limit of 1 s" in heavy[0][2]
    assert answers and answers == [len(expected_people())] * len(answers)
    assert wait_for(lambda: len(server.engines.pids) == len(before) and len(set(server.engines.pids) - before) == 1)


def test_a_dead_engine_is_replaced_within_a_second_and_no_query_fails(server):
    """kill -9 of every engine: a query in flight is tried again; the pool is whole again."""
    victims = server.engines.pids
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    assert len(sparql(server, PEOPLE).convert()["results"]["bindings"]) == len(expected_people())
    start = time.monotonic()
    assert wait_for(lambda: len(server.engines.pids) == len(victims) and not set(victims) & set(server.engines.pids))
    assert time.monotonic() - start < 1.5
    for _ in range(10):
        assert len(sparql(server, PEOPLE).convert()["results"]["bindings"]) == len(expected_people())


def wait_for(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


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
def test_the_engines_do_not_outlive_a_killed_kg_serve(tmp_path):
    process = start_kg_serve(tmp_path / "store")
    try:
        process.stdout.readline()  # serving: the engines run
        engines = _children(process.pid)
    finally:
        process.kill()
        process.wait(timeout=15)
    assert len(engines) == 4
    assert all(_ends(engine) for engine in engines)  # SIGKILL runs no cleanup: the kernel ended them


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


# ---------------------------------------------------------------- browsers and other clients


def test_a_cors_preflight_and_a_cross_origin_query_get_the_headers(server):
    """What a browser client such as YASGUI sends from another origin."""
    origin = {"Origin": "https://yasgui.example"}
    status, headers, body = http(server.url + "sparql", method="OPTIONS", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert status == 204 and body == b""
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert headers["Access-Control-Allow-Headers"] == "content-type, accept"
    status, headers, body = http(server.url + "sparql", data=urllib.parse.urlencode({"query": PEOPLE}).encode(),
                                 headers={**origin, "Content-Type": "application/x-www-form-urlencoded",
                                          "Accept": "application/sparql-results+json"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert TRUNCATED_HEADER in headers["Access-Control-Expose-Headers"]
    assert len(json.loads(body)["results"]["bindings"]) == len(expected_people())


def test_cors_can_be_limited_to_named_origins_or_turned_off(store_dir):
    from kg.serve import Access

    for origins, asking, allowed in [(("https://a.example",), "https://a.example", "https://a.example"),
                                     (("https://a.example",), "https://b.example", None),
                                     ((), "https://a.example", None)]:
        with open_server(store_dir, port=0, access=Access(cors_origins=origins), engines=1) as running:
            running.serve_in_background()
            status, headers, _ = http(running.url + "sparql?" + urllib.parse.urlencode({"query": PEOPLE}),
                                      headers={"Origin": asking})
        assert status == 200 and headers.get("Access-Control-Allow-Origin") == allowed


def test_get_without_a_query_is_the_service_description(server):
    status, headers, body = http(server.url + "sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    description = Graph().parse(data=body.decode("utf-8"), format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    (endpoint,) = description.objects(None, URIRef(sd + "endpoint"))
    assert str(endpoint) == server.url + "sparql"
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in description
    status, headers, _ = http(server.url + "sparql")  # curl's Accept: */*
    assert status == 200 and headers.get_content_type() == "text/turtle"


def test_a_foreign_host_is_misdirected_and_ip_addresses_and_localhost_are_not(server):
    """DNS rebinding: a page of another site whose name now resolves to this machine."""
    url = server.url + "sparql?" + urllib.parse.urlencode({"query": PEOPLE})
    status, _, body = http(url, headers={"Host": "attacker.example:8000"})
    assert status == 421 and b"attacker.example" in body
    for host in ("localhost", f"localhost:{server.server_address[1]}", "127.0.0.1:9", "[::1]:80"):
        assert http(url, headers={"Host": host})[0] == 200
    with socket.create_connection(server.server_address[:2]) as raw:  # HTTP/1.1 without Host
        raw.sendall(b"GET /sparql HTTP/1.1\r\n\r\n")
        assert raw.recv(100).startswith(b"HTTP/1.1 400")


def test_head_is_answered_like_get_without_a_body(server):
    status, headers, body = http(server.url, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    status, headers, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": PEOPLE}), method="HEAD")
    assert status == 200 and body == b"" and headers.get_content_type() == "application/sparql-results+json"


def test_an_idle_connection_is_closed(server):
    server.idle_timeout_s = 0.3
    try:
        with socket.create_connection(server.server_address[:2]) as idle:
            idle.settimeout(10)
            assert idle.recv(100) == b""  # closed by the server, not by this timeout
    finally:
        server.idle_timeout_s = 20


def test_one_connection_carries_many_requests(server):
    connection = HTTPConnection(*server.server_address[:2], timeout=10)
    for _ in range(20):
        connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": PEOPLE}))
        response = connection.getresponse()
        assert response.status == 200 and json.loads(response.read())["results"]["bindings"]
    connection.close()


def test_kg_query_reads_the_endpoint_of_kg_serve(server, capsys):
    from kg.cli import main

    assert main(["query", "--store", server.url.rstrip("/"), PEOPLE, "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["name", *(part for name in expected_people() for part in name.split())]
    assert main(["query", "--store", server.url + "sparql", "--name", "who_directed", "--format", "csv"]) == 0
    assert "Nguyễn Văn An" in capsys.readouterr().out


def test_readers_run_beside_kg_serve(server, store_dir, capsys):
    """kg query, kg ask and kg stats on the store kg serve is serving; kg build is refused."""
    from kg.cli import main

    assert main(["query", "--store", str(store_dir), "ASK { ?p a foaf:Person }"]) == 0
    assert main(["ask", "Ai chủ trì hội nghị?", "--store", str(store_dir)]) == 0
    assert main(["stats", "--store", str(store_dir)]) == 0
    assert "Nguyễn Văn An" in capsys.readouterr().out
    assert main(["build", str(store_dir / "none.txt"), "--store", str(store_dir)]) == 2
    assert "locked" in capsys.readouterr().err


# ---------------------------------------------------------------- the store's IRIs


def person_iri(server, name: str) -> str:
    query = f'SELECT ?p WHERE {{ ?p a foaf:Person ; foaf:name "{name}"@vi }}'
    (row,) = sparql(server, query).convert()["results"]["bindings"]
    return row["p"]["value"]


def test_an_iri_resolves_to_its_triples_by_content_negotiation(server):
    iri = person_iri(server, "Nguyễn Văn An")
    assert iri.startswith("https://w3id.org/vn-gov-kg/id/")
    local = server.url + iri[len("https://w3id.org/vn-gov-kg/"):]
    status, headers, body = http(local, headers={"Accept": "text/turtle"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    triples = Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert (URIRef(iri), FOAF.name, RdfLiteral("Nguyễn Văn An", lang="vi")) in triples
    assert any(triples.triples((None, None, URIRef(iri))))  # what points at it: his participations
    status, headers, body = http(local, headers={"Accept": "application/ld+json"})
    assert status == 200 and len(Graph().parse(data=body.decode("utf-8"), format="json-ld")) == len(triples)


def test_an_iri_resolves_to_a_page_of_its_facts_and_evidence(server):
    iri = person_iri(server, "Nguyễn Văn An")
    local = server.url + iri[len("https://w3id.org/vn-gov-kg/"):]
    status, headers, body = http(local, headers={"Accept": "text/html"})
    page = body.decode("utf-8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "<h1>Nguyễn Văn An</h1>" in page and "Câu trích dẫn" in page and "<q>" in page
    assert 'href="/id/' in page  # what it is linked to, as links
    status, _, body = http(local + "?lang=en")
    assert status == 200 and "Evidence sentences" in body.decode("utf-8")
    assert http(server.url + "id/person/nobody")[0] == 404


def test_the_home_page_is_in_one_language_with_the_other_a_switch_away(server):
    vietnamese = http(server.url)[2].decode("utf-8")
    english = http(server.url + "?lang=en")[2].decode("utf-8")
    assert '<html lang="vi">' in vietnamese and "Đặt câu hỏi" in vietnamese and "Ask a question" not in vietnamese
    assert '<html lang="en">' in english and "Ask a question" in english and "Đặt câu hỏi" not in english
    assert 'href="/?lang=en"' in vietnamese and 'href="/?lang=vi"' in english
