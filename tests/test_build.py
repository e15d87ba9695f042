"""Building checks every graph against the shapes (a broken article is reported in one line and
not stored); `kg remove` takes exactly one article's facts out of the store."""
from __future__ import annotations

import os
import shutil
import signal
from importlib import resources

import pytest
from kg_fixtures import meeting_facts
from lexicon_fixtures import LEXICON
from rdflib import Graph

import kg.build
from extract.facts import Partnership
from extract.pipeline import Extractor, build_nlp
from extract.reader import DEFAULT_MAX_BYTES
from kg.build import ArticleRejected, build, remove, store_article
from kg.cli import main
from kg.mapping import derived_graph_iri
from kg.store import StoreError, open_store
from kg.store.local import LocalStore
from kg.store.graphs import ONTOLOGY_GRAPH, article_graph_iri
from kg.store.pending import pending_articles
from kg.store.schema import LAYOUT_GRAPH
from kg.validation import validate_graph
from kg.vocab import GRAPH

SAMPLE = resources.files("kg").joinpath("sample")


def named_graph(store, iri) -> Graph:
    graph = Graph()
    for s, p, o in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"):
        graph.add((s, p, o))
    return graph


def all_quads(store) -> set[tuple[str, ...]]:
    """Every quad of the store but the source file paths (the same articles are read from two folders)."""
    rows = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?p != kgo:sourceFile) }")
    return {tuple(t.n3() for t in row) for row in rows}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("kg") / "store") as store:
        report = build([SAMPLE], store, LEXICON)
        yield store, report


def test_every_graph_built_from_the_seed_articles_conforms(sample_store):
    store, report = sample_store
    assert report.articles == 5 and report.skipped == []
    graphs = {row.g for row in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")} - {
        ONTOLOGY_GRAPH, LAYOUT_GRAPH}
    articles = {article_graph_iri(name) for name in store.article_names()}
    derived = graphs - articles
    assert len(articles) == 5
    assert derived_graph_iri("identity", "pham duy hung") in derived
    assert derived_graph_iri("attestation", "pham duy hung") in derived
    assert all(str(iri).startswith((GRAPH["identity/"], GRAPH["attestation/"])) for iri in derived)
    for iri in graphs:
        graph = named_graph(store, iri)
        assert len(graph), iri
        check = validate_graph(graph)
        assert check.conforms, (iri, check.problems)


def broken_facts(name: str):
    facts = meeting_facts(name)
    facts.partnerships.append(Partnership(parties=["Viettel"], label="thỏa thuận một bên"))
    return facts


def test_an_article_that_breaks_the_shapes_is_refused_in_one_line(tmp_path):
    with open_store(tmp_path / "kg") as store:
        with pytest.raises(ArticleRejected) as caught:
            store_article(store, broken_facts("gay"))
        assert store.article_names() == []
    message = str(caught.value)
    assert "\n" not in message and message.startswith("gay: not stored") and "kgo:partner" in message


def test_build_reports_a_broken_article_and_stores_the_others(tmp_path, monkeypatch):
    articles = tmp_path / "in"
    articles.mkdir()
    for path in sorted(SAMPLE.iterdir())[:2]:
        shutil.copy(path, articles / path.name)
    broken_name = sorted(p.stem for p in articles.iterdir())[0]
    real_extract = Extractor.extract

    def extract_facts(extractor, article):
        return broken_facts(article.name) if article.name == broken_name else real_extract(extractor, article)

    monkeypatch.setattr(Extractor, "extract", extract_facts)
    with open_store(tmp_path / "kg") as store:
        report = build([articles], store, LEXICON)
        assert store.article_names() == sorted(p.stem for p in articles.iterdir())[1:]
    [(source, reason)] = report.skipped
    assert source.endswith(f"{broken_name}.txt") and "\n" not in reason and "breaks the shapes" in reason
    assert report.articles == 1


def test_remove_takes_out_exactly_that_articles_facts(tmp_path):
    names = sorted(p.stem for p in SAMPLE.iterdir() if p.suffix == ".txt")
    with open_store(tmp_path / "all") as store:
        build([SAMPLE], store, LEXICON)
        assert remove(store, names[2], LEXICON) == [names[2]]
        assert len(store.article_graph(names[2])) == 0
        without = all_quads(store)
    kept = tmp_path / "kept"
    kept.mkdir()
    for name in names[:2] + names[3:]:
        shutil.copy(SAMPLE.joinpath(f"{name}.txt"), kept)
    with open_store(tmp_path / "fresh") as store:
        build([kept], store, LEXICON)
        assert all_quads(store) == without


def test_kg_remove_by_name_by_path_and_absent(tmp_path, capsys):
    store_dir = str(tmp_path / "kg")
    sample = sorted(p for p in SAMPLE.iterdir() if p.suffix == ".txt")
    assert main(["build", str(sample[0]), str(sample[1]), "--store", store_dir]) == 0
    capsys.readouterr()
    assert main(["remove", sample[0].stem, "--store", store_dir]) == 0
    assert sample[0].stem in capsys.readouterr().out
    assert main(["remove", str(sample[1]), "--store", store_dir]) == 0
    assert "0 article(s)" in capsys.readouterr().out
    assert main(["remove", sample[1].stem, "--store", store_dir]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and sample[1].stem in err and "no such article" in err
    with open_store(store_dir) as store:
        assert store.article_names() == []
        assert not store.query("ASK { ?p a foaf:Person }").askAnswer
        assert not store.query("ASK { ?d a kgo:IdentityDecision }").askAnswer


def copy_sample(folder, names):
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLE.joinpath(f"{name}.txt"), folder)
    return folder


def assert_built_whole(store, names, tmp_path):
    """The store holds exactly `names`, derived graphs included, as a build of just them would."""
    assert store.article_names() == names
    with open_store(tmp_path / "reference") as reference:
        build([copy_sample(tmp_path / "only", names)], reference, LEXICON)
        assert all_quads(store) == all_quads(reference)


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_extracting_stops_the_build_with_the_store_consistent(tmp_path, monkeypatch, number):
    names = sorted(p.stem for p in SAMPLE.iterdir() if p.suffix == ".txt")
    real_extract = Extractor.extract

    def extract_facts(extractor, article):
        if article.name == names[2]:
            os.kill(os.getpid(), number)
        return real_extract(extractor, article)

    monkeypatch.setattr(Extractor, "extract", extract_facts)
    with open_store(tmp_path / "kg") as store:
        report = build([SAMPLE], store, LEXICON)
        assert report.interrupted_by == number and report.articles == 2 and report.files == 5
        assert_built_whole(store, names[:2], tmp_path)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored after the build


def test_a_signal_while_storing_lets_the_articles_read_in_whole_then_stops(tmp_path, monkeypatch):
    names = sorted(p.stem for p in SAMPLE.iterdir() if p.suffix == ".txt")
    real_add = LocalStore.add_new_graphs

    def add_then_signal(store, graphs):
        if any(iri == str(article_graph_iri(names[1])) for iri, _ in graphs):
            os.kill(os.getpid(), signal.SIGINT)
        return real_add(store, graphs)

    monkeypatch.setattr(kg.build, "BATCH_ARTICLES", 1)  # each article stored as it comes
    monkeypatch.setattr(LocalStore, "add_new_graphs", add_then_signal)
    with open_store(tmp_path / "kg") as store:
        report = build([SAMPLE], store, LEXICON)
        # Extraction goes on beside the writer (kg.build._Writer), one article queued at most
        # here: the signal finds up to two more articles read.
        assert report.interrupted_by == signal.SIGINT and 2 <= report.articles <= 4
        monkeypatch.setattr(LocalStore, "add_new_graphs", real_add)  # the reference build runs whole
        assert_built_whole(store, names[:report.articles], tmp_path)



def test_a_store_failing_while_articles_load_fails_the_build_and_leaves_them_to_repair(tmp_path, monkeypatch):
    def full_disk(store, graphs):
        raise StoreError(f"{store.path}: bulk load failed: No space left on device")

    monkeypatch.setattr(kg.build, "BATCH_ARTICLES", 1)  # loaded on the writer's thread, as they come
    monkeypatch.setattr(LocalStore, "add_new_graphs", full_disk)
    with open_store(tmp_path / "kg") as store:
        with pytest.raises(StoreError, match="No space left on device"):
            build([SAMPLE], store, LEXICON)
        assert pending_articles(store)  # the next command repairs the store

def test_an_article_whose_extraction_fails_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch):
    names = sorted(p.stem for p in SAMPLE.iterdir() if p.suffix == ".txt")
    real_extract = Extractor.extract

    def extract_facts(extractor, article):
        if article.name == names[1]:
            raise ValueError("[E088] Text of length 1676677\nexceeds maximum")
        return real_extract(extractor, article)

    monkeypatch.setattr(Extractor, "extract", extract_facts)
    with open_store(tmp_path / "kg") as store:
        report = build([SAMPLE], store, LEXICON)
        assert_built_whole(store, names[:1] + names[2:], tmp_path)
    [(source, reason)] = report.skipped
    assert source.endswith(f"{names[1]}.txt")
    assert reason == "extraction failed (ValueError: [E088] Text of length 1676677 exceeds maximum)"


def test_provinces_that_sign_an_agreement_are_stored_as_their_governments(tmp_path):
    (tmp_path / "twinning.txt").write_text(
        "Hai tỉnh ký kết hợp tác\nNgày 3/4/2024, hai tỉnh Nam Định và Thái Bình ký kết chương trình hợp tác giai "
        "đoạn 2024-2026.\n", encoding="utf-8")
    with open_store(tmp_path / "kg") as store:
        report = build([tmp_path / "twinning.txt"], store, LEXICON)
        assert report.skipped == []
        rows = store.query("SELECT ?name WHERE { ?p a <https://w3id.org/vn-gov-kg/ontology#Partnership> ; "
                           "<https://w3id.org/vn-gov-kg/ontology#partner>/<https://schema.org/name> ?name }")
        assert {str(row[0]) for row in rows} == {"Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Thái Bình"}


def test_the_pipeline_takes_any_text_the_reader_accepts():
    assert build_nlp(LEXICON).max_length == DEFAULT_MAX_BYTES  # spaCy's default is 1,000,000 characters


def test_two_files_with_one_article_name_do_not_overwrite_each_other(tmp_path, capsys):
    sample = sorted(p for p in SAMPLE.iterdir() if p.suffix == ".txt")
    for folder, source in (("a", sample[0]), ("b", sample[1])):
        (tmp_path / "in" / folder).mkdir(parents=True)
        shutil.copy(source, tmp_path / "in" / folder / "news.txt")
    first, second = tmp_path / "in" / "a" / "news.txt", tmp_path / "in" / "b" / "news.txt"
    with open_store(tmp_path / "kg") as store:
        report = build([tmp_path / "in"], store, LEXICON)
        assert store.article_names() == ["news"] and report.articles == 1
        assert store.query(f'ASK {{ ?article kgo:sourceFile "{first}" }}').askAnswer
    assert report.skipped == [(str(second), f"same article name 'news' as {first} (read first); rename one")]
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 2
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["news.json"]
    assert capsys.readouterr().err == f"kg: skipped {second}: same article name 'news' as {first} (read first); rename one\n"
