"""Posts in personnel news: appointments, former posts, lists of office holders.

Every text is made up for the test (the officials and units are invented); each test
states what a careful reader of a Vietnamese personnel announcement takes from it.
"""
from __future__ import annotations

from lexicon_fixtures import extract_facts

from extract.facts import Article, ArticleFacts


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Article(name="t", source="t", text=text))


def positions(facts: ArticleFacts, name: str) -> set[tuple[str, str]]:
    (person,) = [p for p in facts.persons if p.name == name]
    return {(p.written_role, p.organization) for p in person.positions}


def test_a_post_marked_old_in_parentheses_is_a_former_post():
    facts = facts_of("Kỳ họp thứ nhất HĐND xã Giao Hòa, tỉnh Nam Định. Ông Lê Văn Bình, Bí thư Đảng ủy "
                     "xã Giao Lạc (cũ) giữ chức vụ Chủ tịch UBND xã Giao Hòa.")
    assert positions(facts, "Lê Văn Bình") == {("nguyên Bí thư", "Đảng ủy xã Giao Lạc"),
                                               ("Chủ tịch", "Ủy ban nhân dân xã Giao Hòa")}


def test_a_post_marked_new_in_parentheses_is_held():
    facts = facts_of("Từ ngày 1/7, đồng chí Trần Văn An được chỉ định làm Chủ tịch LĐLĐ tỉnh Nam Định (mới), "
                     "nhiệm kỳ 2023 - 2028.")
    assert positions(facts, "Trần Văn An") == {("Chủ tịch", "Liên đoàn Lao động tỉnh Nam Định")}


def test_appointment_words_read_one_after_another():
    for link in ("được chỉ định giữ chức vụ", "được chuẩn y giữ chức vụ", "được điều động giữ chức vụ"):
        facts = facts_of(f"Ông Trần Văn An, Trưởng ban Pháp chế HĐND huyện Giao Thủy {link} Phó Chủ tịch "
                         "HĐND huyện Xuân Trường.")
        assert positions(facts, "Trần Văn An") == {
            ("Trưởng ban", "Ban Pháp chế Hội đồng nhân dân huyện Giao Thủy"),
            ("Phó Chủ tịch", "Hội đồng nhân dân huyện Xuân Trường")}, link


def test_a_post_before_a_list_of_its_holders_belongs_to_each():
    facts = facts_of("Theo quyết định, đồng chí Trần Văn An giữ chức Chủ tịch LĐLĐ tỉnh Nam Định; 3 Phó Chủ tịch "
                     "LĐLĐ tỉnh Nam Định gồm các đồng chí: Lê Văn Bình, Hoàng Thị Cúc, Phạm Minh Dũng. Ủy ban "
                     "Kiểm tra LĐLĐ tỉnh Nam Định có 7 ủy viên, trong đó đồng chí Vũ Văn Hải là Chủ nhiệm Ủy "
                     "ban Kiểm tra; Phó Chủ nhiệm Ủy ban Kiểm tra gồm: Đỗ Văn Khánh và Ngô Thị Lan.")
    assert positions(facts, "Trần Văn An") == {("Chủ tịch", "Liên đoàn Lao động tỉnh Nam Định")}
    for name in ("Lê Văn Bình", "Hoàng Thị Cúc", "Phạm Minh Dũng"):
        assert positions(facts, name) == {("Phó Chủ tịch", "Liên đoàn Lao động tỉnh Nam Định")}, name
    assert positions(facts, "Vũ Văn Hải") == {("Chủ nhiệm", "Ủy ban Kiểm tra Liên đoàn Lao động tỉnh Nam Định")}
    for name in ("Đỗ Văn Khánh", "Ngô Thị Lan"):
        assert positions(facts, name) == {("Phó Chủ nhiệm", "Ủy ban Kiểm tra Liên đoàn Lao động tỉnh Nam Định")}


def test_the_national_labour_confederation_has_no_province():
    facts = facts_of("Đồng chí Nguyễn Văn Hòa, Chủ tịch Tổng LĐLĐVN, dự hội nghị của LĐLĐ tỉnh Nam Định.")
    assert positions(facts, "Nguyễn Văn Hòa") == {("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}
