"""Facts → RDF: stable IRIs, evidence on every fact, Vietnamese labels, SHACL conformance."""
from __future__ import annotations

import pytest
from kg_fixtures import PROGRAM, SO_TTTT, UBND, meeting_facts
from lexicon_fixtures import extract_facts
from rdflib import BNode, Literal, URIRef

from extract.facts import Article, Evidence
from extract.resolve import period_keys
from kg.mapping import (
    MappingError, article_iri, facts_to_graph, firm_iri, name_segment, organization_iri, person_iri, program_iri,
    province_iri,
)
from kg.store.graphs import article_graph_iri, article_name_of_graph
from kg.validation import validate_graph
from kg.vocab import FOAF, KGO, ONTOLOGY, ORG, PROV, RDF, RDFS, RESOURCE, SCHEMA

FACT_CLASSES = (ORG.Membership, KGO.Participation, KGO.Directive, KGO.Partnership, KGO.Authorship, KGO.Program)


def test_iris_follow_normalized_names_and_province():
    assert str(person_iri("Nguyễn Văn An", "Nam Định")).startswith(RESOURCE["person/nam-dinh/nguyen-van-an-"])
    assert str(person_iri("Nguyễn Văn An", None)).startswith(RESOURCE["person/unknown-province/nguyen-van-an-"])
    # The two tone-mark conventions, letter case and spacing name the same body.
    assert organization_iri("Uỷ ban nhân dân tỉnh Nam Định") == organization_iri("ỦY BAN NHÂN DÂN  tỉnh Nam Định")
    assert str(organization_iri(UBND)).startswith(RESOURCE["org/uy-ban-nhan-dan-tinh-nam-dinh-"])
    # A name in plain ASCII needs no digest.
    assert firm_iri("Viettel") == RESOURCE["firm/viettel"]


def test_names_differing_only_in_diacritics_get_different_iris():
    assert person_iri("Nguyễn Thị Hà", "Nam Định") != person_iri("Nguyễn Thị Hạ", "Nam Định")
    assert person_iri("Nguyễn Văn Hoà", "Nam Định") == person_iri("NGUYỄN VĂN HÒA", "Nam Định")
    assert name_segment("Nguyễn Thị Hà").rsplit("-", 1)[0] == name_segment("Nguyễn Thị Hạ").rsplit("-", 1)[0]


def test_long_names_are_cut_but_stay_distinct():
    first = program_iri("Kế hoạch " + "chuyển đổi số " * 10 + "giai đoạn 2021 - 2025")
    second = program_iri("Kế hoạch " + "chuyển đổi số " * 10 + "giai đoạn 2026 - 2030")
    assert first != second
    assert len(str(first).rsplit("/", 1)[1]) < 100


def test_article_graph_names_round_trip():
    for name in ("000_90f5884eeaaab9de", "bài viết #3", "tin-2024-07/01"):
        assert article_name_of_graph(str(article_graph_iri(name))) == name
    assert article_graph_iri("a_b") != article_graph_iri("a-b")
    assert article_name_of_graph(str(article_iri("x"))) is None


def test_building_twice_gives_the_same_graph_without_blank_nodes():
    first, second = facts_to_graph(meeting_facts()), facts_to_graph(meeting_facts())
    assert set(first) == set(second)
    assert first.identifier == article_graph_iri("nam-dinh-hoi-nghi")
    assert not any(isinstance(term, BNode) for triple in first for term in triple)


def test_every_fact_points_to_its_article_and_exact_sentence():
    facts = meeting_facts()
    graph = facts_to_graph(facts)
    article = article_iri(facts.article.name)
    assert (article, RDF.type, SCHEMA.NewsArticle) in graph
    assert graph.value(article, KGO.sourceFile) == Literal("corpus/nam-dinh-hoi-nghi.txt")
    assert graph.value(article, SCHEMA.datePublished).toPython().isoformat() == "2024-03-12"
    for cls in FACT_CLASSES:
        nodes = set(graph.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            assert (node, KGO.mentionedIn, article) in graph
            evidence = graph.value(node, PROV.wasDerivedFrom)
            assert evidence is not None, node
            start = graph.value(evidence, KGO.startOffset).toPython()
            end = graph.value(evidence, KGO.endOffset).toPython()
            assert str(graph.value(evidence, KGO.sentence)) == facts.article.text[start:end]
            assert graph.value(evidence, PROV.wasQuotedFrom) == article


def test_memberships_link_person_role_and_organization():
    graph = facts_to_graph(meeting_facts())
    an = person_iri("Nguyễn Văn An", "Nam Định")
    [membership] = graph.subjects(ORG.member, an)
    assert graph.value(membership, ORG.organization) == organization_iri(UBND)
    assert graph.value(graph.value(membership, ORG.role), RDFS.label) == Literal("Phó Chủ tịch", lang="vi")
    assert graph.value(an, FOAF.name) == Literal("Nguyễn Văn An", lang="vi")


def test_organizations_have_vietnamese_labels_aliases_and_hierarchy():
    graph = facts_to_graph(meeting_facts())
    so, ubnd = organization_iri(SO_TTTT), organization_iri(UBND)
    assert graph.value(so, RDFS.label) == Literal(SO_TTTT, lang="vi")
    assert (so, ORG.subOrganizationOf, ubnd) in graph
    assert (ubnd, SCHEMA.alternateName, Literal("UBND tỉnh Nam Định", lang="vi")) in graph
    assert graph.value(so, KGO.nameKey) == Literal("so thong tin va truyen thong tinh nam dinh")
    viettel = firm_iri("Viettel")
    assert {ORG.Organization, SCHEMA.Corporation} <= set(graph.objects(viettel, RDF.type))
    assert (viettel, SCHEMA.alternateName, Literal("Tập đoàn Công nghiệp - Viễn thông Quân đội", lang="vi")) in graph


def test_a_party_named_by_a_firm_alias_is_the_firm():
    graph = facts_to_graph(meeting_facts())
    [partnership] = graph.subjects(RDF.type, KGO.Partnership)
    assert set(graph.objects(partnership, KGO.partner)) == {organization_iri(UBND), firm_iri("Viettel")}


def test_participations_use_the_ontology_roles():
    graph = facts_to_graph(meeting_facts())
    roles = {
        (graph.value(p, KGO.participant), graph.value(p, KGO.participationRole))
        for p in graph.subjects(RDF.type, KGO.Participation)
    }
    an, binh = person_iri("Nguyễn Văn An", "Nam Định"), person_iri("Lê Thị Bình", "Nam Định")
    assert roles == {(an, KGO.Chairing), (an, KGO.Directing), (binh, KGO.Attending)}
    [event] = graph.subjects(RDF.type, SCHEMA.Event)
    assert graph.value(event, SCHEMA.organizer) == organization_iri(UBND)


def test_an_unknown_province_stays_unknown():
    graph = facts_to_graph(meeting_facts(province=None))
    assert (person_iri("Nguyễn Văn An", None), RDF.type, FOAF.Person) in graph
    assert not list(graph.objects(None, SCHEMA.contentLocation))
    assert validate_graph(graph).conforms


def test_built_graph_conforms_to_the_shapes():
    report = validate_graph(facts_to_graph(meeting_facts()))
    assert report.conforms, report.problems
    assert report.problems == []


def test_membership_without_role_is_caught():
    graph = facts_to_graph(meeting_facts())
    graph.remove((None, ORG.role, None))
    report = validate_graph(graph)
    assert not report.conforms
    assert any("org:role" in problem and problem.startswith("Violation") for problem in report.problems)


def test_participation_with_a_non_role_is_caught():
    graph = facts_to_graph(meeting_facts())
    for participation in list(graph.subjects(RDF.type, KGO.Participation)):
        graph.set((participation, KGO.participationRole, URIRef(RESOURCE["role/pho-chu-tich"])))
    assert not validate_graph(graph).conforms


@pytest.mark.parametrize("label, date, periods", [
    ("Hội nghị triển khai", "2024-03-12", {"2024", "2024-03", "2024-03-12"}),
    # A year-end review is held in the next year: found under both years.
    ("Hội nghị tổng kết công tác năm 2023", "2024-01-09", {"2023", "2024", "2024-01", "2024-01-09"}),
    ("Hội nghị tổng kết Năm  2023", None, {"2023"}),
    # The year a review is about comes first; the next year's tasks are no period of it.
    ("Hội nghị tổng kết năm 2020, triển khai nhiệm vụ năm 2021", "2020-12-24", {"2020", "2020-12", "2020-12-24"}),
    # "Nam" of a place is not the word for year; a year without "năm" is not a stated period.
    ("Diễn đàn Việt Nam 2023", None, set()),
    ("Hội nghị triển khai", None, set()),
])
def test_an_event_is_found_by_the_periods_of_its_date_and_name(label, date, periods):
    assert set(period_keys(label, date)) == periods
    facts = meeting_facts()
    facts.events[0].label, facts.events[0].date, facts.events[0].periods = label, date, period_keys(label, date)
    graph = facts_to_graph(facts)
    [event] = graph.subjects(RDF.type, SCHEMA.Event)
    assert {str(key) for key in graph.objects(event, KGO.periodKey)} == periods
    assert validate_graph(graph).conforms


def test_a_malformed_period_key_is_caught():
    graph = facts_to_graph(meeting_facts())
    [event] = graph.subjects(RDF.type, SCHEMA.Event)
    graph.add((event, KGO.periodKey, Literal("2024-3")))
    report = validate_graph(graph)
    assert not report.conforms
    assert any("YYYY-MM-DD" in problem for problem in report.problems)


def test_fact_without_evidence_is_only_a_warning():
    facts = meeting_facts()
    facts.directives[0].evidence = None
    report = validate_graph(facts_to_graph(facts))
    assert report.conforms
    assert [p for p in report.problems if p.startswith("Warning")] == [
        next(p for p in report.problems if "kgr:directive/" in p)
    ]


def test_classes_of_mentioned_nodes_have_english_labels():
    graph = facts_to_graph(meeting_facts())
    classes = {cls for node in graph.subjects(KGO.mentionedIn, None) for cls in graph.objects(node, RDF.type)}
    for cls in classes:
        assert any(label.language == "en" for label in ONTOLOGY.objects(cls, RDFS.label)), cls


def test_a_date_that_is_not_iso_is_refused_in_one_line():
    facts = meeting_facts()
    facts.events[0].date = "12/3/2024"
    with pytest.raises(MappingError) as caught:
        facts_to_graph(facts)
    assert "nam-dinh-hoi-nghi" in str(caught.value) and "\n" not in str(caught.value)


def test_evidence_must_be_found_at_its_offsets():
    facts = meeting_facts()
    facts.programs[0].evidence = Evidence(PROGRAM, 3, 3 + len(PROGRAM))
    with pytest.raises(MappingError, match="offsets"):
        facts_to_graph(facts)


def test_a_body_is_located_by_its_bare_province_or_its_parent():
    facts = extract_facts(Article(name="nd", source="nd.txt", date="2024-03-12", text=(
        "Đồng chí Trần Văn Hải, Trưởng ban Tuyên giáo Tỉnh ủy Nam Định dự lễ khai giảng của "
        "Trường THCS Nam Định.")))
    graph = facts_to_graph(facts)
    province = {graph.value(organization_iri(name), KGO.locatedIn)
                for name in ("Tỉnh ủy Nam Định", "Ban Tuyên giáo Tỉnh ủy Nam Định")}
    assert province == {province_iri("Nam Định")}
    # a name, not a place: no head takes one
    assert graph.value(organization_iri("Trường THCS Nam Định"), KGO.locatedIn) is None


def test_an_event_is_about_the_organizations_its_name_names():
    facts = extract_facts(Article(name="nd", source="nd.txt", date="2024-03-12", text=(
        "Sáng 12/3, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nam Định có buổi làm việc với Sở Thông tin "
        "và Truyền thông.")))
    assert facts.events[0].about == [SO_TTTT]
    graph = facts_to_graph(facts)
    [event] = graph.subjects(RDF.type, SCHEMA.Event)
    assert set(graph.objects(event, SCHEMA.about)) == {organization_iri(SO_TTTT)}


def test_a_post_given_in_the_article_points_to_it_and_conforms():
    facts = extract_facts(Article(name="bo-nhiem", source="bo-nhiem", text=(
        "Nam Định bổ nhiệm Giám đốc Sở Xây dựng\nNgày 3/6/2024, Chủ tịch UBND tỉnh Nam Định ký quyết định bổ nhiệm "
        "ông Lê Văn Bốn, Phó Giám đốc Sở Xây dựng, giữ chức Giám đốc Sở Xây dựng tỉnh Nam Định.")))
    graph = facts_to_graph(facts)
    given = {str(graph.value(graph.value(m, ORG.role), RDFS.label)) for m in graph.subjects(KGO.givenIn, None)}
    assert given == {"Giám đốc"}  # not the post he held before, "Phó Giám đốc"
    assert validate_graph(graph).conforms


def test_a_firms_board_is_part_of_the_firm_node():
    facts = extract_facts(Article(name="t", source="t", text=(
        "Chiều 14/8/2025, Ban Thường vụ Thành ủy Đà Nẵng làm việc với Tập đoàn Hòa Phát. Ông Trần Văn An - Chủ tịch "
        "HĐQT Tập đoàn Hòa Phát phát biểu.")))
    graph = facts_to_graph(facts)
    boards = [s for s, _, name in graph.triples((None, SCHEMA.name, None)) if str(name).startswith("Hội đồng quản trị")]
    assert boards
    assert {graph.value(board, ORG.subOrganizationOf) for board in boards} == {firm_iri("Hòa Phát")}
