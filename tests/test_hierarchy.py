"""Bodies in their hierarchy and places: a Sở and the Văn phòng are parts of their province's
UBND, a Ban of the Tỉnh ủy, a district's UBND of its province's; provinces carry their
2025 fate, districts their province; firm branches, document issuers, local bodies whose
place is unknown."""
from __future__ import annotations

import pytest
from lexicon_fixtures import LEXICON, extract_facts

from extract.facts import Article
from kg.mapping import (
    branch_iri, district_iri, facts_to_graph, firm_iri, organization_iri, province_iri,
)
from kg.validation import validate_graph
from kg.vocab import KGO, ORG, RDF, SCHEMA

TEXT = (
    "Sáng 3/5, đồng chí Hoàng Minh Khoa, Chánh Văn phòng UBND tỉnh Thái Bình chủ trì cuộc họp "
    "với Sở Y tế tỉnh Thái Bình.\n"
    "Dự họp có đồng chí Đặng Thu Lan, Trưởng ban Tuyên giáo Tỉnh ủy Thái Bình và đồng chí "
    "Mai Văn Long, Chủ tịch UBND huyện Vũ Thư."
)


@pytest.fixture(scope="module")
def graph():
    facts = extract_facts(Article(name="hop-thai-binh", source="hop.txt", text=TEXT, date="2024-05-03"))
    return facts_to_graph(facts)


def parent_of(graph, name: str):
    return graph.value(organization_iri(name), ORG.subOrganizationOf)


def test_a_department_is_part_of_its_provinces_peoples_committee(graph):
    assert parent_of(graph, "Sở Y tế tỉnh Thái Bình") == organization_iri("Ủy ban nhân dân tỉnh Thái Bình")


def test_the_office_of_the_committee_is_part_of_it(graph):
    assert parent_of(graph, "Văn phòng Ủy ban nhân dân tỉnh Thái Bình") == organization_iri("Ủy ban nhân dân tỉnh Thái Bình")


def test_a_party_board_is_part_of_the_provincial_party_committee(graph):
    assert parent_of(graph, "Ban Tuyên giáo Tỉnh ủy Thái Bình") == organization_iri("Tỉnh ủy Thái Bình")


def test_a_districts_committee_is_part_of_its_provinces_and_sits_in_the_district(graph):
    district_ubnd = organization_iri("Ủy ban nhân dân huyện Vũ Thư")
    assert graph.value(district_ubnd, ORG.subOrganizationOf) == organization_iri("Ủy ban nhân dân tỉnh Thái Bình")
    district = graph.value(district_ubnd, KGO.locatedIn)
    assert district == district_iri(LEXICON.places.place_named("huyện Vũ Thư"))
    assert (district, RDF.type, KGO.District) in graph
    assert graph.value(district, SCHEMA.containedInPlace) == province_iri("Thái Bình")
    assert str(graph.value(district, KGO.abolishedOn)) == "2025-07-01"


def test_thai_binh_merged_into_hung_yen_from_2025_07_01(graph):
    thai_binh, hung_yen = province_iri("Thái Bình"), province_iri("Hưng Yên")
    assert graph.value(thai_binh, KGO.mergedInto) == hung_yen
    assert str(graph.value(thai_binh, KGO.mergedOn)) == "2025-07-01"
    assert (hung_yen, RDF.type, KGO.Province) in graph
    assert graph.value(hung_yen, KGO.mergedInto) is None  # it kept its name
    assert graph.value(organization_iri("Sở Y tế tỉnh Thái Bình"), KGO.locatedIn) == thai_binh


def test_the_graph_with_its_hierarchy_conforms(graph):
    report = validate_graph(graph)
    assert report.conforms, report.problems


def graph_of(name: str, text: str) -> object:
    return facts_to_graph(extract_facts(Article(name=name, source=f"{name}.txt", text=text, date="2024-05-03")))


def test_hierarchy_from_places_without_the_article_saying_it():
    graph = graph_of("ha-tinh", "Sáng 3/5, tỉnh Hà Tĩnh tổ chức hội nghị.\n"
                                "Dự hội nghị có đồng chí Lê Văn Phúc, Trưởng phòng Tài chính - Kế hoạch thành phố "
                                "Hà Tĩnh và đồng chí Trần Văn Hòa, Ủy viên Huyện ủy Can Lộc.")
    city_ubnd = organization_iri("Ủy ban nhân dân thành phố Hà Tĩnh")
    assert parent_of(graph, "Phòng Tài chính - Kế hoạch thành phố Hà Tĩnh") == city_ubnd
    assert graph.value(city_ubnd, ORG.subOrganizationOf) == organization_iri("Ủy ban nhân dân tỉnh Hà Tĩnh")
    assert parent_of(graph, "Huyện ủy Can Lộc") == organization_iri("Tỉnh ủy Hà Tĩnh")
    assert validate_graph(graph).conforms


def test_party_committees_of_a_centrally_run_city_and_of_provincial_agencies():
    in_city = facts_to_graph(extract_facts(Article(
        name="can-tho", source="can-tho.txt", date="2024-06-28",
        text="Sáng 28/6, đồng chí Lê Văn Bảy, Bí thư Quận ủy Ninh Kiều, thành phố Cần Thơ chủ trì hội nghị.")))
    assert parent_of(in_city, "Quận ủy Ninh Kiều") == organization_iri("Thành ủy Cần Thơ")
    in_province = facts_to_graph(extract_facts(Article(
        name="lam-dong", source="lam-dong.txt", date="2025-08-20",
        text="Sáng 20/8, đồng chí Lê Văn Bảy, Bí thư Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng chủ trì hội nghị.")))
    assert parent_of(in_province, "Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng") == organization_iri("Tỉnh ủy Lâm Đồng")

def test_a_district_name_several_provinces_use_is_told_apart_by_province():
    said = "Đồng chí Võ Văn Sáu, Chủ tịch UBND huyện Châu Thành dự hội nghị"
    in_long_an = graph_of("a1", f"{said} của tỉnh Long An.")
    in_ben_tre = graph_of("a2", f"{said} của tỉnh Bến Tre.")
    nowhere = graph_of("a3", f"{said}.")
    name = "Ủy ban nhân dân huyện Châu Thành"
    long_an, ben_tre = organization_iri(name, province="Long An"), organization_iri(name, province="Bến Tre")
    assert long_an != ben_tre
    assert in_long_an.value(long_an, ORG.subOrganizationOf) == organization_iri("Ủy ban nhân dân tỉnh Long An")
    assert in_ben_tre.value(ben_tre, ORG.subOrganizationOf) == organization_iri("Ủy ban nhân dân tỉnh Bến Tre")
    # With no province to tell which Châu Thành, the body is the article's own.
    assert set(nowhere.subjects(RDF.type, ORG.Organization)) == {organization_iri(name, article="a3")}


def test_a_local_body_without_place_belongs_to_its_article_when_the_province_is_unknown():
    first = graph_of("a1", "Đồng chí Đỗ Văn Tám, Giám đốc Sở Nội vụ dự hội nghị.")
    second = graph_of("a2", "Đồng chí Đỗ Văn Tám, Giám đốc Sở Nội vụ dự hội nghị.")
    national = graph_of("a3", "Đồng chí Đỗ Văn Tám, Thứ trưởng Bộ Nội vụ dự hội nghị.")
    assert set(first.subjects(RDF.type, ORG.Organization)) == {organization_iri("Sở Nội vụ", article="a1")}
    assert set(second.subjects(RDF.type, ORG.Organization)) == {organization_iri("Sở Nội vụ", article="a2")}
    assert set(national.subjects(RDF.type, ORG.Organization)) == {organization_iri("Bộ Nội vụ")}
    known = graph_of("a4", "Đồng chí Đỗ Văn Tám, Giám đốc Sở Nội vụ dự hội nghị của tỉnh Nam Định.")
    assert organization_iri("Sở Nội vụ tỉnh Nam Định") in set(known.subjects(RDF.type, ORG.Organization))


@pytest.fixture(scope="module")
def firm_and_program_graph():
    return graph_of("thai-nguyen", "UBND tỉnh Thái Nguyên làm việc với Chi nhánh Viettel Thái Nguyên (Tập đoàn "
                                   "Công nghiệp - Viễn thông Quân đội) về Quyết định số 348/QĐ-TTg và Kết luận số "
                                   "206-KL/TU.")


def test_a_firms_provincial_branch_is_part_of_the_group(firm_and_program_graph):
    graph = firm_and_program_graph
    branch = branch_iri("Viettel", "Thái Nguyên")
    assert graph.value(branch, ORG.subOrganizationOf) == firm_iri("Viettel")
    assert graph.value(branch, KGO.locatedIn) == province_iri("Thái Nguyên")
    assert str(graph.value(branch, SCHEMA.name)) == "Viettel Thái Nguyên"
    assert str(graph.value(branch, SCHEMA.alternateName)) == "Chi nhánh Viettel Thái Nguyên"
    assert {str(n) for n in graph.objects(firm_iri("Viettel"), SCHEMA.alternateName)} == {
        "Tập đoàn Công nghiệp - Viễn thông Quân đội"}
    assert validate_graph(graph).conforms


def test_a_document_number_names_its_issuer_only_when_it_is_unambiguous(firm_and_program_graph):
    graph = firm_and_program_graph
    issuers = {str(graph.value(program, SCHEMA.name)): graph.value(program, KGO.issuer)
               for program in graph.subjects(RDF.type, KGO.Program)}
    assert issuers == {"Quyết định số 348/QĐ-TTg": organization_iri("Thủ tướng Chính phủ"),
                       "Kết luận số 206-KL/TU": None}
