"""Facts → FORMAT.md JSON: exact keys, de-duplication, stable order, evidence for explanations."""
from __future__ import annotations

from lexicon_fixtures import LEXICON, extract_facts

from extract.evaluate import format_problem, score
from extract.facts import (
    Article, ArticleFacts, Author, Directive, Event, Evidence, Firm, Organization, Participation,
    Partnership, Person, Position, Program,
)
from extract.gold_format import to_gold_json

FORMAT_KEYS = ["article", "title", "date", "province", "authors", "persons", "organizations",
               "programs", "firms", "partnerships", "events", "directives"]


def sample_facts() -> ArticleFacts:
    said = Evidence("Đồng chí Ngô Văn A chủ trì hội nghị.", 0, 36)
    return ArticleFacts(
        article=Article(name="x", source="x.txt", text="...", title="Tiêu đề", date="2021-06-09"),
        province=LEXICON.places.province("Thái Bình"),
        persons=[
            Person("Ngô Văn A", [Position("Bí thư", "Tỉnh ủy Thái Bình", evidence=said),
                                 Position("Bí thư", "Tỉnh uỷ Thái Bình")], mentions=[said]),
            Person("Lê Thị B"),
            Person("ngô văn a", [Position("Ủy viên", "Ban Chấp hành Trung ương Đảng")]),
        ],
        organizations=[Organization("Tỉnh ủy Thái Bình", "Tỉnh ủy"),
                       Organization("Sở Y tế tỉnh Thái Bình", "Sở"),
                       Organization("Tỉnh uỷ Thái Bình", "Tỉnh ủy")],
        programs=[Program("Đề án chuyển đổi số", "Đề án")],
        firms=[Firm("Viettel", ["Chi nhánh Viettel Thái Bình"]), Firm("Viettel", ["Viettel", "Tập đoàn Viettel"])],
        partnerships=[Partnership(["Viettel", "Ủy ban nhân dân tỉnh Thái Bình"], "thỏa thuận hợp tác")],
        events=[Event("Hội nghị", "2021-06-09", None, [
            Participation("Ngô Văn A", "chaired", said), Participation("Ngô Văn A", "directed"),
            Participation("Lê Thị B", "attended"), Participation("Ngô Văn A", "chaired")])],
        directives=[Directive("Ngô Văn A", None, "làm tốt"), Directive("Ngô Văn A", None, "làm tốt")],
        authors=[Author("Phúc Quang", "byline")],
    )


def test_document_has_exactly_the_format_keys_and_is_valid():
    doc = to_gold_json(sample_facts())
    assert list(doc) == FORMAT_KEYS
    assert format_problem(doc) is None
    assert (doc["article"], doc["title"], doc["date"], doc["province"]) == \
        ("x.txt", "Tiêu đề", "2021-06-09", "Thái Bình")


def test_duplicates_are_merged_and_lists_sorted():
    doc = to_gold_json(sample_facts())
    assert [p["name"] for p in doc["persons"]] == ["Lê Thị B", "Ngô Văn A"]
    assert doc["persons"][1]["positions"] == [
        {"role": "Bí thư", "organization": "Tỉnh ủy Thái Bình"},
        {"role": "Ủy viên", "organization": "Ban Chấp hành Trung ương Đảng"}]
    assert doc["organizations"] == ["Sở Y tế tỉnh Thái Bình", "Tỉnh ủy Thái Bình"]
    assert doc["firms"] == [{"name": "Viettel", "aliases": ["Chi nhánh Viettel Thái Bình", "Tập đoàn Viettel"]}]
    assert doc["partnerships"][0]["parties"] == ["Ủy ban nhân dân tỉnh Thái Bình", "Viettel"]
    assert doc["events"][0]["roles"] == {"chaired": ["Ngô Văn A"], "directed": ["Ngô Văn A"],
                                         "attended": ["Lê Thị B"], "spoke": []}
    assert doc["directives"] == [{"by": "Ngô Văn A", "to": None, "text": "làm tốt"}]


def test_output_is_deterministic_whatever_the_fact_order():
    facts = sample_facts()
    reversed_facts = sample_facts()
    reversed_facts.organizations.reverse()
    reversed_facts.firms.reverse()
    assert to_gold_json(facts)["organizations"] == to_gold_json(reversed_facts)["organizations"]
    assert to_gold_json(facts)["firms"][0]["aliases"] == to_gold_json(reversed_facts)["firms"][0]["aliases"]


def test_scores_perfectly_against_itself():
    doc = to_gold_json(sample_facts())
    report = score({"x.txt": doc}, {"x.txt": doc})
    assert report.overall.f1 == 1.0


def test_evidence_explains_a_false_positive():
    predicted = to_gold_json(sample_facts(), with_evidence=True)
    assert "_evidence" not in to_gold_json(sample_facts())
    gold = {**to_gold_json(sample_facts()), "persons": []}
    explanation = score({"x.txt": gold}, {"x.txt": predicted}).explain({})
    assert "FP  Ngô Văn A · Bí thư · Tỉnh ủy Thái Bình" in explanation
    assert "> Đồng chí Ngô Văn A chủ trì hội nghị." in explanation
    assert "FP  Lê Thị B\n        > (article text not given)" in explanation


def test_a_former_post_keeps_its_marker_in_the_role():
    facts = ArticleFacts(article=Article(name="x", source="x.txt", text="..."), persons=[
        Person("Võ Văn C", [Position("Giám đốc", "Sở Xây dựng tỉnh Bình Định", status="nguyên")])])
    assert to_gold_json(facts)["persons"][0]["positions"] == [
        {"role": "nguyên Giám đốc", "organization": "Sở Xây dựng tỉnh Bình Định"}]


def test_the_bodies_a_post_or_a_request_refers_to_are_organizations_of_the_article():
    # FORMAT.md lists every body used in a post or a directive, named in full or not; a firm is
    # a firm, and the parent the lexicon adds is named nowhere
    facts = extract_facts(Article(name="t", source="t", text=(
        "Phó Chủ tịch nước thăm tỉnh Lai Châu\nNgày 25/6/2019, Phó Chủ tịch nước Trần Thị Mai thăm và làm việc tại "
        "tỉnh Lai Châu. Bà đề nghị Lai Châu chú trọng công tác giảm nghèo; Sở Y tế tỉnh Lai Châu báo cáo. Ông Lê Văn "
        "Tám, Tổng Giám đốc Tập đoàn Viettel dự.")))
    assert set(to_gold_json(facts)["organizations"]) == {
        "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ủy ban nhân dân tỉnh Lai Châu", "Sở Y tế tỉnh Lai Châu"}


def test_a_province_named_after_a_person_is_written_with_its_level_and_others_bare():
    article = Article(name="t", source="t", text="UBND TP.HCM họp\nNgày 5/3/2024, UBND TP.HCM họp với Sở Y tế TP.HCM.")
    assert to_gold_json(extract_facts(article))["province"] == "Thành phố Hồ Chí Minh"
    article = Article(name="t", source="t", text="UBND TP Hà Nội họp\nNgày 5/3/2024, UBND TP Hà Nội họp.")
    assert to_gold_json(extract_facts(article))["province"] == "Hà Nội"
