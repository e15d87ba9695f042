"""A first build resolves identities from the mentions its workers read in each article
(`kg.identity.article_mentions`, `resolve_mentions`) instead of reading every name back from
the store: the same mentions, and the same identity and attestation graphs, as the store's
path (`update_derived_graphs`) gives."""
from __future__ import annotations

from pathlib import Path

import pytest
from kg_fixtures import meeting_facts, official_facts, visit_facts
from lexicon_fixtures import LEXICON
from test_scale import every_quad, sample_corpus

import kg.build
from kg.build import _name_groups, _store_resolved, build, store_article, update_derived_graphs
from kg.identity import read_mentions
from kg.identity.mentions import article_mentions
from kg.identity.resolution import resolve_mentions
from kg.mapping import facts_to_triples
from kg.parallel import ArticleMappers, map_article
from kg.store import open_store
from kg.store.graphs import ARTICLE_GRAPHS
from kg.validation import DerivedGraphError, Shapes

UBND_ND = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân")
UBND_NB = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình", "Ủy ban nhân dân")
UBND = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân")
SO_Y_TE = ("Giám đốc", "Sở Y tế tỉnh Nam Định", "Sở")
SO_TAI_CHINH = ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "Sở")


def articles():
    """Homonyms in two provinces and in one (kept apart: one is renamed ~2), mentions of no
    province joining one person or none, tone-mark variants of one search key, posts
    attested over several dates, articles without a date."""
    return [
        official_facts("a1", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2024-03-12"),
        official_facts("a2", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2024-09-01"),
        official_facts("a3", "Nguyễn Văn An", [UBND_NB], province="Ninh Bình", date="2024-05-01"),
        official_facts("a4", "Trần Văn Bình", [SO_Y_TE], province="Nam Định", date="2024-03-01"),
        official_facts("a5", "Trần Văn Bình", [SO_TAI_CHINH], province="Nam Định", date="2024-04-01"),
        official_facts("a6", "Lê Văn Cường", [UBND_ND], province="Nam Định", date="2024-01-01"),
        official_facts("a7", "Lê Văn Cường", [UBND], province=None, date="2024-06-01"),
        official_facts("a8", "Lê Văn Cường", [("Giám đốc", "Sở Nội vụ", "Sở")], province=None,
                       date=None),
        official_facts("a9", "Nguyễn Thị Hà", [UBND_ND], province="Nam Định"),
        official_facts("a10", "Nguyễn Thị Hạ", [UBND_ND], province="Nam Định", date="2023-02-02"),
        meeting_facts(), visit_facts(),
    ]


def test_the_mentions_read_in_an_article_are_those_read_back_from_the_store(tmp_path):
    with open_store(tmp_path / "kg") as store:
        for facts in articles():
            store_article(store, facts)
        stored = read_mentions(store)
    read_here = [mention for facts in articles()
                 for mention in article_mentions(facts.article.name, facts_to_triples(facts)).mentions]
    assert stored and sorted(read_here, key=lambda m: (m.key, m.order)) == stored


def _as_recomputed_from_the_store(tmp_path: Path, write_resolved) -> bool:
    """Whether the store the articles and `write_resolved(store)` make is, quad for quad, the
    one recomputing the derived graphs from the store makes."""
    stores = []
    for path, derive in (("from-store", lambda store: update_derived_graphs(store, LEXICON)),
                         ("resolved", write_resolved)):
        with open_store(tmp_path / path) as store:
            for facts in articles():
                store_article(store, facts)
            derive(store)
            stores.append(every_quad(store))
    return stores[0] == stores[1]


@pytest.mark.parametrize("groups", [1, 3])
def test_names_resolved_from_mentions_store_what_resolving_from_the_store_does(tmp_path, groups):
    shapes = Shapes.load()

    def write_resolved(store) -> None:
        mentions = [map_article(facts, shapes, with_mentions=True).mentions for facts in articles()]
        resolved = [resolve_mentions(group, LEXICON, shapes) for group in _name_groups(mentions, groups)]
        assert sum(len(names.renames) for names in resolved) > 0  # some people are renamed
        _store_resolved(store, resolved)

    assert _as_recomputed_from_the_store(tmp_path, write_resolved)


def test_resolved_names_are_written_a_group_at_a_time_in_bounded_loads(tmp_path, monkeypatch):
    """A first build writes each group of names as it comes, before the next is resolved,
    and loads its graphs a few at a time: the same store as recomputing from the store."""
    monkeypatch.setattr(kg.build, "DERIVED_LOAD_BYTES", 3000)
    shapes = Shapes.load()
    groups = _name_groups([map_article(facts, shapes, with_mentions=True).mentions for facts in articles()], 3)
    assert len(groups) == 3

    def write_resolved(store) -> None:
        loads, loads_before_group = [], []
        original = store.add_new_graphs
        monkeypatch.setattr(store, "add_new_graphs", lambda graphs: loads.append(graphs) or original(graphs))

        def resolved():
            for group in groups:
                loads_before_group.append(len(loads))
                yield resolve_mentions(group, LEXICON, shapes)

        _store_resolved(store, resolved())
        assert loads_before_group[0] == 0 < loads_before_group[1] < loads_before_group[2] < len(loads)
        largest = max(len(ntriples) for graphs in loads for _, ntriples in graphs)
        assert all(sum(len(ntriples) for _, ntriples in graphs) < 3000 + largest for graphs in loads)

    assert _as_recomputed_from_the_store(tmp_path, write_resolved)


def test_resolving_names_keeps_no_group_once_given():
    """ArticleMappers.resolve_names takes the groups out of the list given, and in this
    process resolves each only when its result is asked for."""
    resolved = []
    mappers = ArticleMappers(lambda task, argument: (task, argument),
                             lambda handle: resolved.append(handle[1]) or handle[1], workers=1)
    groups = [["a"], ["b"]]
    results = mappers.resolve_names(groups)
    assert groups == [] and resolved == []
    assert next(results) == ["a"] and resolved == [["a"]]
    assert list(results) == [["b"]]


def test_a_broken_derived_graph_is_refused_before_anything_is_written(monkeypatch):
    shapes = Shapes.load()
    mentions = [map_article(facts, shapes, with_mentions=True).mentions for facts in articles()]

    class Refusing:
        def check(self, triples):
            return type("Report", (), {"conforms": False, "problems": ["Violation: a bug"]})()

    with pytest.raises(DerivedGraphError, match="the identity graphs break the shapes"):
        resolve_mentions(mentions, LEXICON, Refusing())


@pytest.mark.parametrize("workers", [1, 2])
def test_a_first_build_resolves_from_its_mentions_what_the_store_path_gives(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(kg.build, "MIN_FILES_FOR_WORKERS", 0)
    corpus = sample_corpus(tmp_path / "in", copies=2)
    calls = []
    original = kg.build._store_resolved
    monkeypatch.setattr(kg.build, "_store_resolved", lambda *a, **k: calls.append(1) or original(*a, **k))
    with open_store(tmp_path / "first") as store:
        build([corpus], store, LEXICON, workers=workers)
        assert calls == [1]  # resolved from the mentions
        first = every_quad(store)
        update_derived_graphs(store, LEXICON)  # recomputing every name from the store changes nothing
        assert every_quad(store) == first
    # Forced onto the store's path (as a store holding derived graphs already would be).
    monkeypatch.setattr(kg.build, "_HOLDS_DERIVED_GRAPHS", "ASK {}")
    with open_store(tmp_path / "store-path") as store:
        build([corpus], store, LEXICON, workers=1)
        assert every_quad(store) == first
    assert calls == [1]


def test_an_incremental_build_reads_its_names_from_the_store(tmp_path):
    corpus = sample_corpus(tmp_path / "in", copies=1)
    with open_store(tmp_path / "kg") as store:
        build([corpus], store, LEXICON)
        writer = kg.build._Writer(store, kg.build.BuildReport())
        writer.finish()
        assert writer.mentions is None  # the store holds articles: identities are read back from it


def test_the_last_batches_shrink_to_half_the_files_left(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.build, "BATCH_ARTICLES", 8)
    monkeypatch.setattr(kg.build, "LAST_BATCH_ARTICLES", 2)
    corpus = sample_corpus(tmp_path / "in", copies=5)  # 25 files, an article each
    with open_store(tmp_path / "kg") as store:
        loads = []
        original = store.add_new_graphs
        monkeypatch.setattr(store, "add_new_graphs", lambda graphs: loads.append(graphs) or original(graphs))
        report = build([corpus], store, LEXICON)
        assert report.articles == 25 and len(store.article_names()) == 25
    articles = [len(graphs) for graphs in loads if str(ARTICLE_GRAPHS) in graphs[0][0]]
    assert len(articles) < len(loads)  # the derived graphs come after
    # 8 while more than 16 files are left, then half the files left, not below 2.
    assert articles == [8, 6, 4, 2, 2, 2, 1]


def test_a_build_on_workers_loads_no_spacy_in_its_own_process():
    """The workers extract; the process that writes the store starts faster without spaCy."""
    import subprocess
    import sys
    from pathlib import Path

    script = "import sys, kg.build, kg.cluster, kg.commands; print('spacy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert run.stdout.strip() == "False", run.stderr


def test_changing_graphs_a_hundred_per_transaction_changes_what_one_at_a_time_does(tmp_path, monkeypatch):
    from rdflib import URIRef

    from kg.store.graphs import article_graph_iri

    corpus = sample_corpus(tmp_path / "in", copies=1)
    stores = {}
    for way in ("one at a time", "together"):
        with open_store(tmp_path / way.replace(" ", "-")) as store:
            build([corpus], store, LEXICON)
            changes = []
            for name in store.article_names():
                graph = store.article_graph(name)
                removed = {triple for triple in graph if isinstance(triple[0], URIRef)
                           and "/person/" in str(triple[0])}
                added = {(URIRef(str(s) + "-renamed"), p, o) for s, p, o in removed}
                changes.append((str(article_graph_iri(name)), removed, added))
            assert all(removed for _, removed, _ in changes)
            if way == "together":
                monkeypatch.setattr(store, "changes_per_transaction", 2)
                store.change_graphs(changes)
            else:
                for change in changes:
                    store.change_graph(*change)
            stores[way] = every_quad(store)
    assert stores["one at a time"] == stores["together"]
