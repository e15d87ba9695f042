"""The persistent store: one named graph per article, replace without duplicates, remove,
reopen, one-line errors, no half-written article."""
from __future__ import annotations

import gc

import pytest
from kg_fixtures import meeting_facts, visit_facts
from rdflib import FOAF, RDF, Graph, Literal, URIRef

from kg.build import ArticleRejected, store_article
from kg.mapping import article_iri, facts_to_graph
from kg.query import run_named_query
from kg.store import StoreError, open_store
from kg.store.schema import LAYOUT_GRAPH, LAYOUT_VERSION, recorded_layout, upgrade
from kg import vocab
from kg.vocab import ONTOLOGY


def plain(triples) -> set:
    """Triples with `"x"^^xsd:string` written as `"x"` (Oxigraph returns the datatype explicitly)."""
    return {
        tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == vocab.XSD.string else t for t in triple)
        for triple in triples
    }


def test_building_the_same_article_twice_does_not_duplicate(tmp_path):
    with open_store(tmp_path / "kg") as store:
        written = store.replace_graph(facts_to_graph(meeting_facts()))
        assert written == len(facts_to_graph(meeting_facts()))
        assert store.triple_count() == written
        store.replace_graph(facts_to_graph(meeting_facts()))
        assert store.triple_count() == written
        assert store.article_names() == ["nam-dinh-hoi-nghi"]
        # What queries read: the article's triples and the ontology's, once each.
        assert store.merged_triple_count() == written + len(ONTOLOGY)


def test_replacing_drops_what_the_article_no_longer_says(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        smaller = meeting_facts()
        smaller.firms, smaller.partnerships = [], []
        store.replace_graph(facts_to_graph(smaller))
        assert store.triple_count() == len(facts_to_graph(smaller))
        assert not store.query("ASK { ?firm a schema:Corporation }").askAnswer


def test_articles_are_separate_graphs_and_remove_drops_only_one(tmp_path):
    with open_store(tmp_path / "kg") as store:
        meeting_only = store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(visit_facts()))
        assert store.article_count() == 2
        # Concepts both articles use ("Sở") are stored in both graphs but counted once.
        assert meeting_only < store.triple_count() < meeting_only + len(facts_to_graph(visit_facts()))
        assert store.remove_article("ninh-binh-lam-viec") is True
        assert store.remove_article("ninh-binh-lam-viec") is False
        assert store.triple_count() == meeting_only
        assert store.article_names() == ["nam-dinh-hoi-nghi"]


def test_a_reopened_store_sees_the_data(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts(name="bài viết #3")))
        count = store.triple_count()
    with open_store(tmp_path / "kg") as store:
        assert store.article_names() == ["bài viết #3"]
        assert store.triple_count() == count
        people = store.query("SELECT DISTINCT ?p WHERE { ?p a foaf:Person }")
        assert len(list(people)) == 3


class WatchedOxigraph:
    """Stands in for the store's pyoxigraph.Store, counting compactions or failing them."""

    def __init__(self, oxigraph, failure: OSError | None = None) -> None:
        self._oxigraph, self._failure, self.compactions = oxigraph, failure, 0

    def optimize(self) -> None:
        self.compactions += 1
        if self._failure:
            raise self._failure
        self._oxigraph.optimize()

    def __getattr__(self, name):
        return getattr(self._oxigraph, name)


def closed(store, written: list) -> WatchedOxigraph:
    """Close `store` after `written` articles; the stand-in that counted its compactions."""
    watched = store._oxigraph = WatchedOxigraph(store._oxigraph)
    for facts in written:
        store.replace_graph(facts_to_graph(facts))
    store.close()
    return watched


def test_closing_compacts_only_after_a_bulk_write(tmp_path):
    articles = [meeting_facts(name=f"hoi-nghi-{number}") for number in range(3)]
    size = len(facts_to_graph(articles[0]))
    store = open_store(tmp_path / "kg")
    store.compact_after_triples = 3 * size  # three articles make a bulk write here
    assert closed(store, articles).compactions == 1

    store = open_store(tmp_path / "kg")
    store.compact_after_triples = 3 * size
    assert closed(store, articles[:2]).compactions == 0  # two do not
    assert closed(open_store(tmp_path / "kg"), []).compactions == 0  # reading never does

    store = open_store(tmp_path / "kg")
    store.compact_after_triples = 3 * size
    for facts in articles:  # removing counts the triples removed
        store.remove_article(facts.article.name)
    assert closed(store, []).compactions == 1


def test_a_failed_compaction_is_one_line_and_releases_the_store(tmp_path):
    store = open_store(tmp_path / "kg")
    store._oxigraph = WatchedOxigraph(store._oxigraph, failure=OSError("No space left on device\nat rocksdb"))
    store.replace_graph(facts_to_graph(meeting_facts()))
    store.compact_after_triples = 1
    with pytest.raises(StoreError) as caught:
        store.close()
    assert str(caught.value) == f"{tmp_path / 'kg'}: compaction failed: No space left on device at rocksdb"
    del caught  # its traceback holds the stand-in, which holds the directory lock
    gc.collect()
    with open_store(tmp_path / "kg") as reopened:  # the lock is released, the article kept
        assert reopened.article_names() == ["nam-dinh-hoi-nghi"]


def test_a_locked_store_is_refused_in_one_line(tmp_path):
    with open_store(tmp_path / "kg"):
        with pytest.raises(StoreError) as caught:
            open_store(tmp_path / "kg")
    message = str(caught.value)
    assert "\n" not in message and "locked" in message and str(tmp_path / "kg") in message


def test_a_path_that_is_not_a_store_is_refused(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(a_file)
    other = tmp_path / "documents"
    other.mkdir()
    (other / "report.odt").write_text("x")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(other)
    assert [p.name for p in other.iterdir()] == ["report.odt"]


@pytest.mark.parametrize("command", [
    ["query", "SELECT * WHERE { ?s ?p ?o }"], ["ask", "Ngô Đông Hải giữ chức vụ gì?"], ["export", "--format", "turtle"],
    ["stats"], ["explain", "Ngô Đông Hải"], ["remove", "002_3be101e97fe9f6f0"], ["view", "--out", "graph.html"],
])
def test_a_command_that_reads_a_missing_store_says_so_and_creates_nothing(tmp_path, capsys, monkeypatch, command):
    from kg.cli import main

    monkeypatch.chdir(tmp_path)  # where `kg view` would write its page
    mistyped = tmp_path / "stor"
    assert main([*command, "--store", str(mistyped)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"{mistyped}: no store here" in error
    assert not mistyped.exists() and not (tmp_path / "graph.html").exists()


@pytest.mark.parametrize("command", [
    ["query", "SELECT * WHERE { ?s ?p ?o }"], ["ask", "Ngô Đông Hải giữ chức vụ gì?"], ["export", "--format", "turtle"],
    ["stats"], ["explain", "Ngô Đông Hải"], ["serve", "--port", "0"],
])
def test_a_command_that_reads_an_empty_folder_writes_no_database_there(tmp_path, capsys, command):
    from kg.cli import main

    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([*command, "--store", str(empty)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"{empty}: no store here" in error
    assert list(empty.iterdir()) == []


def test_an_empty_store_path_is_refused_not_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="store path is empty"):
        open_store("")
    assert list(tmp_path.iterdir()) == []


def test_clearing_a_store_keeps_it_open_and_usable(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.clear()
        assert store.article_names() == [] and store.triple_count() == 0
        assert recorded_layout(store) == LAYOUT_VERSION
        assert store.query("ASK { kgo:Participation a owl:Class }").askAnswer
        with pytest.raises(StoreError, match="locked"):
            open_store(tmp_path / "kg")


def test_a_failed_build_keeps_the_stored_article(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        before = store.triple_count()
        broken = meeting_facts()
        broken.article.date = "hôm qua"
        with pytest.raises(ArticleRejected):
            store_article(store, broken)
        assert store.triple_count() == before


def test_queries_see_all_articles_and_the_ontology(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(visit_facts()))
        assert store.query('ASK { kgo:Chairing skos:notation "chaired" }').askAnswer
        chairs = store.query(
            "SELECT ?name WHERE { ?p kgo:participationRole kgo:Chairing ; kgo:participant/foaf:name ?name }"
        )
        assert sorted(str(row[0]) for row in chairs) == ["Nguyễn Văn An", "Phạm Quốc Dũng"]


def test_the_merged_graph_is_exactly_the_articles_and_the_ontology(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(meeting_facts(name="nam-dinh-sau")))
        store.replace_graph(facts_to_graph(visit_facts()))
        smaller = meeting_facts()
        smaller.directives = []
        store.replace_graph(facts_to_graph(smaller))
        store.remove_article("nam-dinh-sau")
        expected = set(ONTOLOGY) | set(facts_to_graph(smaller)) | set(facts_to_graph(visit_facts()))
        assert plain(store.graph) == plain(expected)
        assert plain(store.article_graph("ninh-binh-lam-viec")) == plain(facts_to_graph(visit_facts()))
        assert len(store.article_graph("nam-dinh-sau")) == 0



def test_changing_a_graph_stores_what_replacing_it_whole_does(tmp_path):
    """A person renamed in one article (kg.identity's renaming): the triples another article
    also states stay in the merge, those only this article stated leave it."""
    meeting, other = facts_to_graph(meeting_facts()), facts_to_graph(meeting_facts(name="nam-dinh-sau"))
    person = sorted(meeting.subjects(RDF.type, FOAF.Person))[0]
    renamed = URIRef(f"{person}-2")
    removed = {triple for triple in meeting if person in triple}
    added = {tuple(renamed if term == person else term for term in triple) for triple in removed}
    changed_graph = Graph(identifier=meeting.identifier)
    for triple in (set(meeting) - removed) | added:
        changed_graph.add(triple)
    with open_store(tmp_path / "changed") as changed, open_store(tmp_path / "replaced") as replaced:
        for store in (changed, replaced):
            store.replace_graph(meeting)
            store.replace_graph(other)
        assert changed.change_graph(str(meeting.identifier), removed, added) == len(added)
        replaced.replace_graph(changed_graph)
        assert plain(changed.article_graph("nam-dinh-hoi-nghi")) == plain(changed_graph)
        assert plain(changed.graph) == plain(replaced.graph)
        assert (person, RDF.type, FOAF.Person) in changed.graph  # the other article states it
        assert (person, vocab.KGO.mentionedIn, article_iri("nam-dinh-hoi-nghi")) not in changed.graph

def test_a_node_shared_by_articles_is_answered_once(tmp_path):
    with open_store(tmp_path / "kg") as store:
        for name in ("a1", "a2", "a3"):
            store.replace_graph(facts_to_graph(meeting_facts(name=name)))
        names = store.query("SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }")
        assert sorted(str(row[0]) for row in names) == ["Lê Thị Bình", "Nguyễn Văn An", "Trần Minh Cường"]
        store.remove_article("a1")
        store.remove_article("a2")
        assert len(list(store.query("SELECT ?p WHERE { ?p a foaf:Person }"))) == 3
        store.remove_article("a3")
        assert not store.query("ASK { ?p a foaf:Person }").askAnswer


def test_answers_are_rdflib_terms_as_a_sparql_server_returns_them(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        result = store.query(
            'SELECT ?iri ?text ?tagged ?date ?unbound WHERE { VALUES (?iri ?text ?tagged ?date) {'
            ' (kgo:Chairing "chủ trì" "chair"@en "2024-01-04"^^xsd:date)'
            ' (kgo:Chairing "chủ trì" UNDEF "2024-01-04"^^xsd:date) } OPTIONAL { ?iri kgo:none ?unbound } }'
        )
        first, second = [tuple(row) for row in result]
        assert first == (vocab.KGO.Chairing, Literal("chủ trì"), Literal("chair", lang="en"),
                         Literal("2024-01-04", datatype=vocab.XSD.date), None)
        assert first[1].datatype is None  # a simple literal, not "…"^^xsd:string
        assert second[:2] + second[3:] == first[:2] + first[3:] and second[2] is None
        bound = store.query("SELECT ?person ?name WHERE { ?person foaf:name ?name }",
                            {"name": Literal("Nguyễn Văn An", lang="vi")})
        assert len(list(bound)) == 1


def test_a_store_from_an_earlier_layout_is_brought_up_to_date_when_opened(tmp_path):
    path = tmp_path / "kg"
    with open_store(path) as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        written = store.merged_triple_count()
        # As a kg from before period keys left it: no key, no layout recorded.
        key = vocab.KGO.periodKey.n3()
        store.apply_update(f"DELETE WHERE {{ GRAPH ?g {{ ?e {key} ?k }} }} ; DELETE WHERE {{ ?e {key} ?k }} ;"
                           f" DROP GRAPH <{LAYOUT_GRAPH}>")
        assert recorded_layout(store) == 0
        assert run_named_query(store, "event_participants", {"period": "2024-03"}).rows == []
    with open_store(path) as store:
        assert recorded_layout(store) == LAYOUT_VERSION
        graph = store.article_graph("nam-dinh-hoi-nghi")
        assert {str(k) for k in graph.objects(None, vocab.KGO.periodKey)} == {"2024", "2024-03", "2024-03-12"}
        assert store.merged_triple_count() == written  # the merged graph has them too, once
        assert run_named_query(store, "event_participants", {"period": "2024-03"}).rows
        assert not upgrade(store)  # up to date: nothing to do


def test_a_store_from_a_newer_kg_is_refused_with_one_line(tmp_path):
    path = tmp_path / "kg"
    with open_store(path) as store:
        newer = Literal(LAYOUT_VERSION + 1).n3()
        store.apply_update(f"DROP GRAPH <{LAYOUT_GRAPH}> ; INSERT DATA {{ GRAPH <{LAYOUT_GRAPH}> "
                           f"{{ <{LAYOUT_GRAPH}> {vocab.KGO.layoutVersion.n3()} {newer} }} }}")
    with pytest.raises(StoreError, match=f"layout {LAYOUT_VERSION + 1} by a newer kg") as refused:
        open_store(path)
    assert str(path) in str(refused.value) and "\n" not in str(refused.value)
    gc.collect()
    with pytest.raises(StoreError, match="newer kg"):  # refused again, not locked by the first try
        open_store(path)



def test_opening_brings_the_ontology_graph_to_kg_ttl(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.apply_update(f"DELETE DATA {{ GRAPH <{vocab.GRAPH['ontology']}> "
                           f"{{ <{vocab.KGO.Chairing}> <{vocab.SKOS.notation}> \"chaired\" }} }}")
        assert not store.query('ASK { GRAPH kgg:ontology { kgo:Chairing skos:notation "chaired" } }').askAnswer
    with open_store(tmp_path / "kg") as store:
        assert store.query('ASK { GRAPH kgg:ontology { kgo:Chairing skos:notation "chaired" } }').askAnswer
