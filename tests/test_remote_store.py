"""The store on a SPARQL 1.1 server (`--store http://...`), against a real Oxigraph server
started and stopped here: the local store's behaviour, batched writes, the same answers
to every named query and to the view, one-line errors."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kg_fixtures import meeting_facts, visit_facts
from rdflib import Dataset, Literal, URIRef

from kg import vocab
from kg.cli import main
from kg.export import RDF_FORMATS
from kg.mapping import facts_to_graph
from kg.query import QueryError, named_queries, run_named_query, run_query
from kg.store import LocalStore, RemoteStore, StoreError, open_store
from viz.export import NETWORK_FORMATS
from viz.graph import graph_from_store

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server_url(tmp_path):
    """A read-write Oxigraph server on a free loopback port, with its data in tmp_path."""
    port = free_port()
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "oxigraph did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def local(tmp_path):
    with open_store(tmp_path / "local") as store:
        yield store


def plain(triples) -> set:
    """Triples with `"x"^^xsd:string` written as `"x"` (the local store states the datatype)."""
    return {
        tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == vocab.XSD.string else t for t in triple)
        for triple in triples
    }


def rows_as_text(result) -> list[tuple]:
    return [tuple(None if term is None else str(term) for term in row) for row in result.rows]


def test_open_store_dispatches_on_the_scheme(server_url, tmp_path):
    with open_store(server_url) as store:
        assert isinstance(store, RemoteStore)
        assert store.query_url == f"{server_url}/query" and store.update_url == f"{server_url}/update"
    with open_store(tmp_path / "dir") as store:
        assert isinstance(store, LocalStore)


def test_replace_twice_does_not_duplicate_and_remove_drops_one_article(server_url):
    with open_store(server_url) as store:
        written = store.replace_graph(facts_to_graph(meeting_facts()))
        assert written == len(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(meeting_facts()))
        assert store.triple_count() == written
        store.replace_graph(facts_to_graph(visit_facts()))
        assert store.article_names() == ["nam-dinh-hoi-nghi", "ninh-binh-lam-viec"]
        assert store.remove_article("ninh-binh-lam-viec") is True
        assert store.remove_article("ninh-binh-lam-viec") is False
        assert store.triple_count() == written
        assert store.article_count() == 1


def test_the_layout_is_the_local_stores(server_url, local):
    """Same counts, the same merged graph, the same article graphs."""
    with open_store(server_url) as remote:
        for store in (remote, local):
            store.replace_graph(facts_to_graph(meeting_facts()))
            store.replace_graph(facts_to_graph(visit_facts()))
        assert remote.triple_count() == local.triple_count()
        assert remote.merged_triple_count() == local.merged_triple_count()
        assert plain(remote.graph) == plain(local.graph)
        assert plain(remote.article_graph("ninh-binh-lam-viec")) == plain(facts_to_graph(visit_facts()))
        assert remote.article_graph("ninh-binh-lam-viec").identifier == local.article_graph(
            "ninh-binh-lam-viec").identifier
        assert len(remote.article_graph("no-such-article")) == 0



def test_a_graph_changes_as_on_a_local_store(server_url, local):
    """`change_graph` (kg.identity renaming a person in an article) sends the local store's update."""
    meeting = facts_to_graph(meeting_facts())
    person = sorted(meeting.subjects(vocab.RDF.type, vocab.FOAF.Person))[0]
    removed = {triple for triple in meeting if person in triple}
    added = {tuple(URIRef(f"{person}-2") if term == person else term for term in triple) for triple in removed}
    with open_store(server_url) as remote:
        for store in (remote, local):
            store.replace_graph(meeting)
            store.replace_graph(facts_to_graph(visit_facts()))
            store.change_graph(str(meeting.identifier), removed, added)
        assert plain(remote.graph) == plain(local.graph)
        assert plain(remote.article_graph("nam-dinh-hoi-nghi")) == plain(local.article_graph("nam-dinh-hoi-nghi"))

def test_the_default_graph_holds_each_triple_once(server_url):
    """Both articles state the concept "Sở": the merge has it once, so rows do not repeat."""
    with open_store(server_url) as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(visit_facts()))
        rows = list(store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
        assert len(rows) == len(set(rows)) == len(store.graph)
        per_graph = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(next(iter(per_graph))[0]) > len(rows)  # the named graphs do repeat them


def test_every_named_query_and_the_view_give_the_local_answers(server_url, local):
    with open_store(server_url) as remote:
        for store in (remote, local):
            store.replace_graph(facts_to_graph(meeting_facts()))
            store.replace_graph(facts_to_graph(visit_facts()))
        for query in named_queries():
            assert rows_as_text(run_named_query(remote, query.name)) == rows_as_text(
                run_named_query(local, query.name)), query.name
        person = {"person_name": "nguyen van an"}
        bound = run_named_query(remote, "posts_of_person", person)
        assert bound.rows and rows_as_text(bound) == rows_as_text(run_named_query(local, "posts_of_person", person))
        remote_view, local_view = graph_from_store(remote), graph_from_store(local)
        assert dict(remote_view.nodes(data="label")) == dict(local_view.nodes(data="label"))
        assert sorted(remote_view.edges(keys=True)) == sorted(local_view.edges(keys=True))


def test_export_reads_a_remote_store_like_a_local_one(server_url, local):
    with open_store(server_url) as remote:
        for store in (remote, local):
            store.replace_graph(facts_to_graph(meeting_facts()))
            store.replace_graph(facts_to_graph(visit_facts()))
        dumps = []
        for store in (remote, local):
            dataset = Dataset()
            dataset.parse(data=RDF_FORMATS["nquads"](store).decode("utf-8"), format="nquads")
            dumps.append({graph.identifier: set(graph) for graph in dataset.graphs() if len(graph)})
        assert dumps[0] == dumps[1] and len(dumps[0]) == 4  # two articles, the ontology and the layout
        assert sorted(NETWORK_FORMATS["csv"](remote).splitlines()) == sorted(NETWORK_FORMATS["csv"](local).splitlines())


def test_writes_go_in_batches(server_url, monkeypatch):
    sent: list[str] = []
    original = RemoteStore._post

    def recording(self, url, form, **options):
        if url == self.update_url:
            sent.append(form["update"])
        return original(self, url, form, **options)

    monkeypatch.setattr(RemoteStore, "_post", recording)
    with RemoteStore.at(server_url, batch_size=2) as store:
        store.replace_graph(facts_to_graph(meeting_facts("a")))
        assert sent == []  # queued
        store.replace_graph(facts_to_graph(meeting_facts("b")))
        assert len(sent) == 1  # a batch of two articles (and the ontology) in one request
        store.replace_graph(facts_to_graph(meeting_facts("c")))
        assert len(sent) == 1
    assert len(sent) == 2  # close sent the rest
    with RemoteStore.at(server_url) as store:
        assert store.article_names() == ["a", "b", "c"]
        assert store.query("ASK { GRAPH kgg:ontology { ?class a owl:Class } }").askAnswer


def test_reads_send_the_queue_first(server_url):
    with RemoteStore.at(server_url, batch_size=100) as store:
        store.replace_graph(facts_to_graph(visit_facts()))
        assert store.article_names() == ["ninh-binh-lam-viec"]


def test_errors_are_one_line_and_name_the_users_line(server_url, local):
    """The prefix line sent before the query does not shift the position of a syntax error."""
    bad = "SELECT ?x\nWHERE {\n  ?x ?y\n}"
    with pytest.raises(QueryError) as local_error:
        run_query(local, bad)
    with open_store(server_url) as store:
        with pytest.raises(QueryError, match=r"^SPARQL syntax error at line 4, column \d+: ") as error:
            run_query(store, bad)
    assert str(error.value) == str(local_error.value)
    with pytest.raises(StoreError, match="cannot reach the store") as error:
        open_store(f"http://127.0.0.1:{free_port()}")
    assert "\n" not in str(error.value)


def test_a_server_gone_during_a_build_is_reported(server_url):
    store = RemoteStore.at(server_url, batch_size=1)
    store.update_url = f"http://127.0.0.1:{free_port()}/update"  # nothing listens there
    with pytest.raises(StoreError, match="cannot reach"):
        store.replace_graph(facts_to_graph(visit_facts()))


def test_the_commands_build_and_query_a_remote_store(server_url, tmp_path, capsys):
    sample = Path(__file__).parents[1] / "kg" / "sample"
    assert main(["build", str(sample), "--store", server_url]) == 0
    assert main(["build", str(sample), "--store", str(tmp_path / "local")]) == 0
    capsys.readouterr()
    assert main(["query", "--store", server_url, "--name", "who_directed", "--format", "csv"]) == 0
    remote_answer = capsys.readouterr().out
    assert main(["query", "--store", str(tmp_path / "local"), "--name", "who_directed", "--format", "csv"]) == 0
    assert remote_answer == capsys.readouterr().out
    assert len(remote_answer.splitlines()) > 2
    assert main(["query", "--store", f"http://127.0.0.1:{free_port()}", "ASK {}"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
