"""People across articles: one node per official, homonyms kept apart, reasons kept,
the same result whatever the order of building; aliases of bodies accumulate; `kg explain`."""
from __future__ import annotations

import itertools

import pytest
from kg_fixtures import meeting_facts, official_facts, visit_facts
from lexicon_fixtures import LEXICON
from rdflib import Graph, Literal

from kg.build import remove, store_article, update_derived_graphs
from kg.cli import main
from kg.identity import explain, resolve
from kg.mapping import derived_graph_iri, firm_iri, organization_iri
from kg.store import open_store
from kg.vocab import KGO, ORG, OWL, RDF, SCHEMA

UBND_ND = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân")
UBND_NB = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình", "Ủy ban nhân dân")
SO_Y_TE = ("Giám đốc", "Sở Y tế tỉnh Nam Định", "Sở")
SO_TAI_CHINH = ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "Sở")


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "kg") as store:
        yield store


def put(store, *articles) -> None:
    """Store the articles, then resolve the names they mention, as `kg build` does."""
    for facts in articles:
        store_article(store, facts)
    update_derived_graphs(store, LEXICON, [facts.article.name for facts in articles])


def people(store, name_key: str) -> dict[str, set[str]]:
    """Person node → the articles mentioning it, for the people with this search key."""
    rows = store.query(
        f"SELECT ?person ?article WHERE {{ ?person a foaf:Person ; kgo:nameKey {Literal(name_key).n3()} ;"
        " kgo:mentionedIn/schema:identifier ?article }"
    )
    nodes: dict[str, set[str]] = {}
    for person, article in rows:
        nodes.setdefault(str(person), set()).add(str(article))
    return nodes


def people_of(store, name_key: str) -> dict[str, str]:
    """Article → the person node its mention of the name is, for the people with this search key."""
    return {article: person for person, articles in people(store, name_key).items() for article in articles}


def reasons(store) -> list[str]:
    return [str(r) for (r,) in store.query("SELECT ?r WHERE { ?d a kgo:IdentityDecision ; kgo:reason ?r }")]


def all_quads(store) -> set[tuple[str, ...]]:
    rows = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {tuple(term.n3() for term in row) for row in rows}


def test_homonyms_in_different_provinces_stay_apart(store):
    put(store, official_facts("a1", "Nguyễn Văn An", [UBND_ND], province="Nam Định"),
        official_facts("a2", "Nguyễn Văn An", [UBND_NB], province="Ninh Bình"))
    nodes = people(store, "nguyen van an")
    assert sorted(map(sorted, nodes.values())) == [["a1"], ["a2"]]
    assert any("different provinces: Ninh Bình here, Nam Định in a1" in r for r in reasons(store))


def test_same_official_in_two_articles_of_a_province_is_one_node(store):
    put(store, official_facts("a1", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2024-03-12"),
        official_facts("a2", "Nguyễn Văn An", [UBND_ND, ("Ủy viên", "Tỉnh ủy Nam Định", "Tỉnh ủy")],
                       province="tỉnh Nam Định", date="2024-09-01"))
    [(node, articles)] = people(store, "nguyen van an").items()
    assert articles == {"a1", "a2"}
    assert node.endswith("person/nam-dinh/" + node.rsplit("/", 1)[1]) and "~" not in node
    # One membership for the post both state, attested from the first to the last article.
    [(first, last)] = store.query(
        "SELECT ?first ?last WHERE { ?m org:member ?p ; org:role/skos:prefLabel 'Phó Chủ tịch'@vi ;"
        " kgo:firstAttested ?first ; kgo:lastAttested ?last }")
    assert (str(first), str(last)) == ("2024-03-12", "2024-09-01")
    assert any("same post Phó Chủ tịch of Ủy ban nhân dân tỉnh Nam Định as in a1" in r for r in reasons(store))


def test_incompatible_careers_in_one_province_stay_apart(store):
    put(store, official_facts("a1", "Trần Văn Bình", [SO_Y_TE], province="Nam Định", date="2024-03-01"),
        official_facts("a2", "Trần Văn Bình", [SO_TAI_CHINH], province="Nam Định", date="2024-04-01"))
    nodes = people(store, "tran van binh")
    assert len(nodes) == 2
    homonym = next(node for node, articles in nodes.items() if articles == {"a2"})
    assert homonym.endswith("~2")
    assert any("Giám đốc of Sở Tài chính tỉnh Nam Định here but of Sở Y tế tỉnh Nam Định" in r
               for r in reasons(store))


def test_the_same_role_years_apart_is_a_career_not_a_homonym(store):
    put(store, official_facts("a1", "Trần Văn Bình", [SO_Y_TE], province="Nam Định", date="2019-03-01"),
        official_facts("a2", "Trần Văn Bình", [SO_TAI_CHINH], province="Nam Định", date="2023-04-01"))
    assert len(people(store, "tran van binh")) == 1


def test_names_differing_only_in_diacritics_are_two_people(store):
    put(store, official_facts("a1", "Nguyễn Thị Hà", [UBND_ND], province="Nam Định"),
        official_facts("a2", "Nguyễn Thị Hạ", [UBND_ND], province="Nam Định"))
    assert len(people(store, "nguyen thi ha")) == 2


def test_unknown_province_joins_only_with_the_same_role_in_the_same_kind_of_body(store):
    known = official_facts("a1", "Lê Văn Cường", [UBND_ND], province="Nam Định")
    same_post = official_facts("a2", "Lê Văn Cường", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân")],
                               province=None)
    other_post = official_facts("a3", "Lê Văn Cường", [("Giám đốc", "Sở Nội vụ", "Sở")], province=None)
    no_post = official_facts("a4", "Lê Văn Cường", [], province=None)
    put(store, known, same_post, other_post, no_post)
    nodes = people(store, "le van cuong")
    assert sorted(map(sorted, nodes.values())) == [["a1", "a2"], ["a3"], ["a4"]]
    texts = reasons(store)
    assert any(r.startswith("the article names no province; same role Phó Chủ tịch in the same kind of body "
                            "(Ủy ban nhân dân) as in a1") for r in texts)
    assert sum("the article names no province, and no post of this mention" in r for r in texts) >= 2


def test_unknown_province_fitting_people_in_two_provinces_is_ambiguous(store):
    put(store, official_facts("a1", "Lê Văn Cường", [UBND_ND], province="Nam Định"),
        official_facts("a2", "Lê Văn Cường", [UBND_NB], province="Ninh Bình"),
        official_facts("a3", "Lê Văn Cường", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân")],
                       province=None))
    assert len(people(store, "le van cuong")) == 3
    assert sum("fit people in several provinces (Nam Định, Ninh Bình): ambiguous" in r for r in reasons(store)) == 2


def test_a_merged_province_continues_its_officials_from_2025_07_01(store):
    post_tb = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình", "Ủy ban nhân dân")
    post_hy = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hưng Yên", "Ủy ban nhân dân")
    put(store, official_facts("a1", "Vũ Văn Dũng", [post_tb], province="Thái Bình", date="2025-03-01"),
        official_facts("a2", "Vũ Văn Dũng", [post_hy], province="Hưng Yên", date="2025-08-01"),
        official_facts("a3", "Vũ Thị Em", [post_tb], province="Thái Bình", date="2025-03-01"),
        official_facts("a4", "Vũ Thị Em", [post_hy], province="Hưng Yên", date="2025-05-01"))
    assert len(people(store, "vu van dung")) == 1
    assert len(people(store, "vu thi em")) == 2  # before the merger they were two provinces
    assert any("Thái Bình merged into Hưng Yên on 2025-07-01" in r for r in reasons(store))


def order_test_articles():
    return [
        official_facts("a1", "Lê Văn Cường", [UBND_ND], province="Nam Định", date="2024-01-01"),
        official_facts("a2", "Lê Văn Cường", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân")],
                       province=None, date="2023-01-01"),
        official_facts("a3", "Lê Văn Cường", [SO_Y_TE], province="Nam Định", date="2024-02-01"),
        official_facts("a4", "Lê Văn Cường", [UBND_NB], province="Ninh Bình", date="2022-01-01"),
        meeting_facts(), visit_facts(),
    ]


def test_the_order_of_building_does_not_change_the_store(tmp_path):
    articles = order_test_articles()
    results = []
    for number, order in enumerate([(0, 1, 2, 3, 4, 5), (5, 3, 2, 1, 0, 4), (2, 0, 4, 1, 5, 3)]):
        with open_store(tmp_path / f"kg{number}") as store:
            if number == 1:  # one build per article: identity is resolved after each
                for index in order:
                    put(store, articles[index])
            else:
                put(store, *(articles[index] for index in order))
            results.append(all_quads(store))
    assert results[0] == results[1] == results[2]


def test_resolving_twice_changes_nothing_and_rebuilding_gives_the_same_store(store):
    put(store, *order_test_articles())
    before = all_quads(store)
    assert resolve(store, LEXICON).rewritten == []
    put(store, order_test_articles()[1])
    assert all_quads(store) == before


def test_removing_an_article_gives_the_store_without_it(tmp_path):
    """... but for the IRIs it retires: without a1, the person of a2, whom a1 made
    ambiguous, is one with a4's; its own IRI now names that person (owl:sameAs)."""
    articles = order_test_articles()
    with open_store(tmp_path / "all") as store:
        put(store, *articles)
        a2_before = people_of(store, "le van cuong")["a2"]
        assert remove(store, "a1", LEXICON) == ["a1"]
        after_removal = all_quads(store)
        a2_after = people_of(store, "le van cuong")["a2"]
    with open_store(tmp_path / "without") as store:
        put(store, *articles[1:])
        assert after_removal - all_quads(store) == {(
            f"<{derived_graph_iri('identity', 'le van cuong')}>", f"<{a2_before}>", f"<{OWL.sameAs}>", f"<{a2_after}>")}
        assert all_quads(store) <= after_removal


def test_aliases_of_bodies_and_firms_accumulate_across_articles(store):
    first, second = meeting_facts("m1"), meeting_facts("m2")
    second.organizations[0].aliases = ["UBND Nam Định"]
    second.firms[0].aliases.append("Tập đoàn Viễn thông Quân đội")
    put(store, first, second)
    ubnd = organization_iri("Ủy ban nhân dân tỉnh Nam Định")
    names = {str(n) for n in store.graph.objects(ubnd, SCHEMA.alternateName)}
    assert names == {"UBND tỉnh Nam Định", "UBND Nam Định"}
    firm_names = {str(n) for n in store.graph.objects(firm_iri("Viettel"), SCHEMA.alternateName)}
    assert firm_names == {"Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Viễn thông Quân đội"}
    assert len(set(store.graph.subjects(SCHEMA.alternateName, None))) >= 2
    remove(store, "m2", LEXICON)
    assert {str(n) for n in store.graph.objects(ubnd, SCHEMA.alternateName)} == {"UBND tỉnh Nam Định"}


def test_identity_graphs_are_graphs_of_their_own_and_conform(store):
    from kg.validation import validate_graph

    put(store, *order_test_articles())
    graph = derived_graph_iri("identity", "le van cuong")
    identity = store.query(f"ASK {{ GRAPH <{graph}> {{ ?d a kgo:IdentityDecision ; kgo:mentionName 'Lê Văn Cường'@vi }} }}")
    assert identity.askAnswer
    decisions = store.query("SELECT (COUNT(?d) AS ?n) WHERE { ?d kgo:resolvedTo ?p FILTER NOT EXISTS { ?d kgo:keptApartFrom ?o } }")
    mentions = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?p WHERE { GRAPH ?g { ?p a foaf:Person } } }")
    assert int(next(iter(decisions))[0]) == int(next(iter(mentions))[0])
    identity = Graph()
    identity += resolve(store, LEXICON).identity["le van cuong"]
    assert len(identity) and validate_graph(identity).conforms
    broken = identity
    broken.remove((None, KGO.reason, None))
    assert not validate_graph(broken).conforms


def test_a_change_re_decides_only_the_names_its_article_mentions_or_mentioned(store):
    articles = order_test_articles()
    put(store, *articles)
    assert update_derived_graphs(store, LEXICON, ["a1"]).search_keys == {"le van cuong"}
    renamed = official_facts("a1", "Lê Văn Dũng", [UBND_ND], province="Nam Định", date="2024-01-01")
    store_article(store, renamed)
    assert update_derived_graphs(store, LEXICON, ["a1"]).search_keys == {"le van cuong", "le van dung"}
    assert update_derived_graphs(store, LEXICON, ["a1"]).search_keys == {"le van dung"}


def test_resolving_only_the_changed_names_gives_what_resolving_every_name_gives(tmp_path):
    articles = order_test_articles()
    with open_store(tmp_path / "kg") as store:
        for facts in articles:  # one build per article
            put(store, facts)
        remove(store, "a3", LEXICON)
        put(store, official_facts("a1", "Lê Văn Cường", [SO_TAI_CHINH], province="Nam Định", date="2024-01-01"))
        changed_only = all_quads(store)
        everyone = update_derived_graphs(store, LEXICON)
        assert everyone.renamed == 0 and all_quads(store) == changed_only
        assert "le van cuong" in everyone.search_keys


def derived_graph(store, derivation: str, key: str) -> set[tuple[str, ...]]:
    graph = derived_graph_iri(derivation, key)
    return {tuple(t.n3() for t in row) for row in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")}


def written_derived_triples(store, monkeypatch) -> list[tuple[str, int, int]]:
    """(graph, triples removed, triples added) of each derived graph written from now on, new ones included."""
    written = []
    change_graphs, add_new_graphs = store.change_graphs, store.add_new_graphs

    def changing(changes):
        changes = [(iri, set(removed), set(added)) for iri, removed, added in changes]
        written.extend((iri, len(removed), len(added)) for iri, removed, added in changes)
        return change_graphs(changes)

    def adding(graphs):
        written.extend((iri, 0, ntriples.count("\n")) for iri, ntriples in graphs)
        return add_new_graphs(graphs)

    monkeypatch.setattr(store, "change_graphs", changing)
    monkeypatch.setattr(store, "add_new_graphs", adding)
    monkeypatch.setattr(store, "replace_graph", lambda graph: pytest.fail(f"{graph.identifier} rewritten whole"))
    return written


def test_a_new_article_writes_only_the_derived_triples_that_change(store, monkeypatch):
    put(store, *order_test_articles()[:3])
    before = derived_graph(store, "identity", "le van cuong")
    written = written_derived_triples(store, monkeypatch)
    put(store, order_test_articles()[3])  # a fourth mention of the name, in another province
    after = derived_graph(store, "identity", "le van cuong")
    identity = str(derived_graph_iri("identity", "le van cuong"))
    assert [(iri, removed, added) for iri, removed, added in written if iri == identity] == [
        (identity, len(before - after), len(after - before))]
    assert len(after - before) < len(after)  # the decisions of the three mentions before stay as they were
    written.clear()
    update_derived_graphs(store, LEXICON, ["a1", "a4"])  # nothing changed: nothing is written
    assert written == []


def test_recomputing_a_name_mends_its_derived_graphs_whatever_they_hold(store):
    put(store, *order_test_articles())
    identity, attestation = (derived_graph(store, derivation, "le van cuong") for derivation in ("identity", "attestation"))
    graph = derived_graph_iri("identity", "le van cuong")
    kept, dropped = sorted(identity)[:2]
    store.apply_update(f"DELETE DATA {{ GRAPH <{graph}> {{ {' '.join(dropped)} }} }} ;"
                       f" INSERT DATA {{ GRAPH <{graph}> {{ {kept[0]} {kept[1]} 'stray' }} }} ;"
                       f" INSERT DATA {{ {kept[0]} {kept[1]} 'stray' }} ;"
                       f" DROP GRAPH <{derived_graph_iri('attestation', 'le van cuong')}>")
    update_derived_graphs(store, LEXICON, ["a1"])
    assert derived_graph(store, "identity", "le van cuong") == identity
    assert derived_graph(store, "attestation", "le van cuong") == attestation and attestation
    assert not store.query(f"ASK {{ {kept[0]} {kept[1]} 'stray' }}").askAnswer  # nor in the merged graph


@pytest.mark.parametrize("rows", [1, 2])
def test_mentions_read_a_few_article_graphs_per_query_are_those_read_at_once(store, monkeypatch, rows):
    import kg.identity.mentions

    put(store, *order_test_articles(), official_facts("a5", "Lê Văn Cường", [SO_Y_TE], province="Nam Định"))
    at_once = kg.identity.mentions.read_mentions(store)
    assert len({mention.article for mention in at_once}) > 2 * rows and any(m.date for m in at_once)
    monkeypatch.setattr(kg.identity.mentions, "VALUES_ROWS", rows)
    assert kg.identity.mentions.read_mentions(store) == at_once


def test_a_store_with_the_derived_graphs_of_old_is_re_derived_for_every_name(store):
    from kg.vocab import GRAPH

    put(store, *order_test_articles()[:2])
    old = Graph(identifier=GRAPH["identity"])
    old += store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{derived_graph_iri('identity', 'le van cuong')}> {{ ?s ?p ?o }} }}").graph
    store.replace_graph(old)
    put(store, order_test_articles()[2])
    assert not store.query(f"ASK {{ GRAPH <{old.identifier}> {{ ?s ?p ?o }} }}").askAnswer


def test_resolving_every_name_drops_derived_graphs_no_name_has_any_more(store):
    put(store, *order_test_articles())
    stale = Graph(identifier=derived_graph_iri("attestation", "tran thi khong con"))
    stale.add((organization_iri("Sở Y tế tỉnh Nam Định"), KGO.firstAttested, Literal("2020-01-01")))
    store.replace_graph(stale)
    update_derived_graphs(store, LEXICON)
    assert not store.query(f"ASK {{ GRAPH <{stale.identifier}> {{ ?s ?p ?o }} }}").askAnswer
    assert store.query(f"ASK {{ GRAPH <{derived_graph_iri('attestation', 'le van cuong')}> {{ ?s ?p ?o }} }}").askAnswer


def test_explain_lists_nodes_posts_articles_and_reasons(tmp_path, capsys):
    with open_store(tmp_path / "kg") as store:
        put(store, official_facts("a1", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2024-03-12"),
            official_facts("a2", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2024-09-01"),
            official_facts("a3", "Nguyễn Văn An", [UBND_NB], province="Ninh Bình", date="2024-05-01"),
            official_facts("a4", "Nguyễn Văn Ân", [UBND_NB], province="Ninh Bình", date="2024-05-01"))
        assert len(explain(store, "nguyen van an")) == 3
        assert len(explain(store, "Nguyễn Văn Ân")) == 1
    assert main(["explain", "Nguyen Van AN", "--store", str(tmp_path / "kg")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Nguyen Van AN: 3 person node(s)")
    assert "Phó Chủ tịch, Ủy ban nhân dân tỉnh Nam Định  [2024-03-12 … 2024-09-01]  (a1, a2)" in out
    assert "a1 (2024-03-12, Nam Định): first mention in province Nam Định" in out
    assert "a2 (2024-09-01, Nam Định): same province Nam Định; same post Phó Chủ tịch" in out
    assert "different provinces: Ninh Bình here, Nam Định in a1 (2024-03-12)" in out
    assert "kgr:person/ninh-binh/" in out


def test_explain_of_an_unknown_name_is_one_line(tmp_path, capsys):
    with open_store(tmp_path / "kg") as store:
        put(store, meeting_facts())
    assert main(["explain", "Không Có Ai", "--store", str(tmp_path / "kg")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Không Có Ai" in err


def test_people_and_memberships_are_renamed_together(store):
    put(store, official_facts("a1", "Lê Văn Cường", [UBND_ND], province="Nam Định"),
        official_facts("a2", "Lê Văn Cường", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân")],
                       province=None))
    [(person, _)] = people(store, "le van cuong").items()
    for membership in store.graph.subjects(RDF.type, ORG.Membership):
        assert str(store.graph.value(membership, ORG.member)) == person
        assert str(membership).split("/membership/", 1)[1].startswith(person.split("/person/", 1)[1] + "/")
    assert not store.query("ASK { ?p a foaf:Person FILTER(CONTAINS(STR(?p), 'unknown-province')) }").askAnswer


@pytest.mark.parametrize("order", list(itertools.permutations(range(3)))[:3])
def test_homonym_numbering_follows_article_dates_not_build_order(tmp_path, order):
    articles = [
        official_facts("x", "Trần Văn Bình", [SO_Y_TE], province="Nam Định", date="2024-03-01"),
        official_facts("y", "Trần Văn Bình", [SO_TAI_CHINH], province="Nam Định", date="2024-02-01"),
        official_facts("z", "Trần Văn Bình", [("Giám đốc", "Sở Xây dựng tỉnh Nam Định", "Sở")],
                       province="Nam Định", date="2024-01-01"),
    ]
    with open_store(tmp_path / "kg") as store:
        put(store, *(articles[i] for i in order))
        by_article = {next(iter(a)): node.rsplit("/", 1)[1] for node, a in people(store, "tran van binh").items()}
    assert by_article["z"].count("~") == 0 and by_article["y"].endswith("~2") and by_article["x"].endswith("~3")


def test_adding_an_article_keeps_every_iri_cited_before(store):
    """An earlier homonym does not take the IRI of the official known first: IRIs are not
    renumbered by date once minted."""
    put(store, official_facts("x", "Trần Văn Bình", [SO_Y_TE], province="Nam Định", date="2024-03-01"))
    before = people_of(store, "tran van binh")["x"]
    put(store, official_facts("z", "Trần Văn Bình", [("Giám đốc", "Sở Xây dựng tỉnh Nam Định", "Sở")],
                              province="Nam Định", date="2024-01-01"))
    after = people_of(store, "tran van binh")
    assert after["x"] == before and after["z"] == before + "~2"


def test_a_split_gives_the_part_that_leaves_a_new_iri(store):
    """An undated article was one with a dated one; a later post in the merged province
    conflicts with the undated one only: it leaves, with an IRI never used before, and
    the IRI cited for the official's dated article stays his."""
    sở_y_tế = ("Giám đốc", "Sở Y tế tỉnh Thái Bình", "Sở")
    put(store, official_facts("dated", "Vũ Văn Dũng", [sở_y_tế], province="Thái Bình", date="2025-03-01"),
        official_facts("undated", "Vũ Văn Dũng", [sở_y_tế], province="Thái Bình", date=None))
    [(cited, _)] = people(store, "vu van dung").items()
    put(store, official_facts("later", "Vũ Văn Dũng", [("Giám đốc", "Sở Xây dựng tỉnh Hưng Yên", "Sở")],
                              province="Hưng Yên", date="2025-09-01"))
    after = people_of(store, "vu van dung")
    assert after["dated"] == after["later"] == cited
    assert after["undated"] == cited + "~2"
    assert not store.query("ASK { ?old owl:sameAs ?new }").askAnswer  # no IRI was retired


def test_an_iri_whose_person_joins_another_names_that_person(store):
    """A mention of no province, ambiguous between two provinces' officials, was a person
    of its own; once one of them cannot be it, it joins the other: its IRI, cited before,
    is kept as owl:sameAs the IRI that names it now, and never minted again."""
    sở_y_tế = ("Giám đốc", "Sở Y tế", "Sở")
    put(store, official_facts("nd", "Đỗ Văn Hải", [("Giám đốc", "Sở Y tế tỉnh Nam Định", "Sở")],
                              province="Nam Định", date="2024-01-01"),
        official_facts("nb", "Đỗ Văn Hải", [("Giám đốc", "Sở Y tế tỉnh Ninh Bình", "Sở")],
                       province="Ninh Bình", date="2024-01-01"),
        official_facts("u", "Đỗ Văn Hải", [sở_y_tế], province=None, date=None))
    alone = people_of(store, "do van hai")["u"]
    assert "unknown-province" in alone
    put(store, official_facts("nb2", "Đỗ Văn Hải", [("Giám đốc", "Sở Tài chính tỉnh Ninh Bình", "Sở")],
                              province="Ninh Bình", date="2026-01-01"))
    now = people_of(store, "do van hai")
    assert now["u"] == now["nd"] != alone
    [(old, new)] = store.query("SELECT ?old ?new WHERE { ?old owl:sameAs ?new }")
    assert (str(old), str(new)) == (alone, now["nd"])
    put(store, official_facts("u2", "Đỗ Văn Hải", [("Chánh Văn phòng", "Văn phòng Tỉnh ủy", "Văn phòng")],
                              province=None, date="2027-01-01"))
    assert people_of(store, "do van hai")["u2"] not in (alone, now["nd"])  # a new IRI, not the retired one
    assert store.query(f"ASK {{ <{alone}> owl:sameAs <{now['nd']}> }}").askAnswer  # kept across resolutions


@pytest.mark.parametrize("order", [range(9), reversed(range(9)), (5, 3, 8, 2, 1, 7, 0, 4, 6), (3, 6, 2, 1, 0, 5, 4, 8, 7)])
def test_no_iri_cited_before_changes_as_articles_are_added(tmp_path, order):
    """Adding articles one at a time, in several orders: every person IRI minted so far
    still names a person after each addition, itself or through owl:sameAs, and most of
    the mentions it named still resolve to it."""
    articles = [*order_test_articles(), *(
        official_facts(name, "Trần Văn Bình", [("Giám đốc", f"Sở {body} tỉnh Nam Định", "Sở")],
                       province="Nam Định", date=date)
        for name, body, date in [("x", "Y tế", "2024-03-01"), ("y", "Tài chính", "2024-02-01"),
                                 ("z", "Xây dựng", "2024-01-01")])]
    with open_store(tmp_path / "kg") as store:
        named: dict[str, set[str]] = {}  # IRI → the articles whose mention it named when last seen
        for index in order:
            put(store, articles[index])
            now = _mentions_by_person(store)
            same_as = {str(old): str(new) for old, new in store.query("SELECT ?old ?new WHERE { ?old owl:sameAs ?new }")}
            for iri, mentioned in named.items():
                assert iri in now or same_as.get(iri) in now, iri
                if iri in now:
                    assert len(now[iri] & mentioned) * 2 >= len(mentioned), iri
            named = {**named, **now}


def _mentions_by_person(store) -> dict[str, set[str]]:
    """Each person IRI → the (article, name key) mentions resolved to it."""
    rows = store.query("SELECT ?person ?article ?name WHERE { ?person a foaf:Person ; foaf:name ?name ;"
                       " kgo:mentionedIn/schema:identifier ?article }")
    result: dict[str, set[str]] = {}
    for person, article, name in rows:
        result.setdefault(str(person), set()).add(f"{article}/{name}")
    return result


def test_named_queries_read_posts_over_time_and_holders_at_a_date(store):
    from kg.query import run_named_query

    put(store, official_facts("a1", "Nguyễn Văn An", [SO_Y_TE], province="Nam Định", date="2020-01-01"),
        official_facts("a2", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2023-01-01"),
        official_facts("a3", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date="2024-01-01"),
        official_facts("a4", "Trần Văn Bình", [UBND_ND], province="Nam Định", date="2025-01-01"),
        official_facts("a5", "Nguyễn Văn An", [UBND_ND], province="Nam Định", date=None))
    result = run_named_query(store, "posts_of_person", {"person_name": "nguyen van an"})
    rows = [dict(zip(result.variables, map(str, row))) for row in result.rows]
    # Each post once, oldest first, with the newest dated statement (a5 has no date).
    assert [(r["role"], r["first_attested"], r["last_attested"], r["articles"], r["article"]) for r in rows] == [
        ("Giám đốc", "2020-01-01", "2020-01-01", "1", "a1"),
        ("Phó Chủ tịch", "2023-01-01", "2024-01-01", "3", "a3"),
    ]

    def holders(**as_of):
        result = run_named_query(store, "holders_of_post", {
            "role_name": "Phó Chủ tịch", "org_name": "Ủy ban nhân dân tỉnh Nam Định", **as_of})
        return [(row["person"], row["first_attested"], row["last_attested"], row["articles"], row["date"],
                 row["article"], row["sentence"].split(",")[0])
                for row in (dict(zip(result.variables, map(str, values))) for values in result.rows)]

    # One row per holder, the one stated most recently first, with its newest statement.
    assert holders() == [
        ("Trần Văn Bình", "2025-01-01", "2025-01-01", "1", "2025-01-01", "a4", "Đồng chí Trần Văn Bình"),
        ("Nguyễn Văn An", "2023-01-01", "2024-01-01", "3", "2024-01-01", "a3", "Đồng chí Nguyễn Văn An"),
    ]
    # At a date: only what dated articles published by then state.
    assert holders(as_of="2023-06-01") == [
        ("Nguyễn Văn An", "2023-01-01", "2024-01-01", "1", "2023-01-01", "a2", "Đồng chí Nguyễn Văn An")]
