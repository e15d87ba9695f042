"""Posts in personnel news: appointments, former posts, lists of office holders.

Every text is made up for the test (the officials and units are invented); each test
states what a careful reader of a Vietnamese personnel announcement takes from it.
"""
from __future__ import annotations

import pytest
from lexicon_fixtures import extract_facts

from extract.facts import Article, ArticleFacts
from extract.text import fold


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
    # the number of holders written before the honorific instead of the post
    facts = facts_of("Sáng 15/10/2022, Đại hội Công đoàn tỉnh Nam Định bế mạc. Phó Chủ tịch LĐLĐ tỉnh Nam Định gồm "
                     "2 đồng chí: Lê Văn Bình, Hoàng Thị Cúc.")
    for name in ("Lê Văn Bình", "Hoàng Thị Cúc"):
        assert positions(facts, name) == {("Phó Chủ tịch", "Liên đoàn Lao động tỉnh Nam Định")}, name


@pytest.mark.parametrize("listing", [
    ("Các Phó Bí thư Tỉnh ủy Nam Định gồm các ông: Lê Văn Bình (Chủ tịch HĐND tỉnh), Phạm Minh Dũng "
     "(Chủ tịch UBND tỉnh)."),
    ("Hai Phó Bí thư Tỉnh ủy Nam Định là ông Lê Văn Bình, Chủ tịch HĐND tỉnh, và ông Phạm Minh Dũng, "
     "Chủ tịch UBND tỉnh, cùng dự."),
])
def test_a_post_before_a_list_of_holders_with_posts_of_their_own_belongs_to_each(listing):
    facts = facts_of(listing)
    assert positions(facts, "Lê Văn Bình") == {("Phó Bí thư", "Tỉnh ủy Nam Định"),
                                               ("Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định")}
    assert positions(facts, "Phạm Minh Dũng") == {("Phó Bí thư", "Tỉnh ủy Nam Định"),
                                                  ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}


def test_a_name_starting_with_a_districts_name_is_an_official_when_a_title_follows():
    facts = facts_of("Chủ trì hội nghị có các đồng chí: Lê Văn Bình, Bí thư Tỉnh ủy Hà Giang; Đồng Văn Thanh, "
                     "Phó Bí thư Tỉnh ủy Hà Giang. Đoàn đã đến huyện Đồng Văn.")
    assert positions(facts, "Đồng Văn Thanh") == {("Phó Bí thư", "Tỉnh ủy Hà Giang")}


def test_a_post_in_apposition_may_be_written_in_lower_case_with_its_body():
    facts = facts_of("Bộ Chính trị chỉ định ông Lê Văn Bình, ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nam Định "
                     "tiếp tục giữ chức. Ông Phạm Minh Dũng, phó chủ tịch UBND tỉnh Nam Định, cho biết. "
                     "Bà Hoàng Thị Cúc, giám đốc, cho biết thêm.")
    assert positions(facts, "Lê Văn Bình") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                               ("Bí thư", "Tỉnh ủy Nam Định")}
    assert positions(facts, "Phạm Minh Dũng") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}
    assert positions(facts, "Hoàng Thị Cúc") == set()  # no body written: "giám đốc" is not read as a post


def test_the_post_of_whoever_a_decision_is_from_is_not_the_next_officials():
    facts = facts_of("Theo Quyết định của Chủ tịch UBND tỉnh Nam Định, đồng chí Lê Văn Bình, Chánh Thanh tra tỉnh "
                     "giữ chức vụ Giám đốc Sở Tài chính.")
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định") not in positions(facts, "Lê Văn Bình")


def test_the_central_committee_of_the_lao_party_is_read_whole():
    facts = facts_of("Đoàn do đồng chí Bun Mi Xay, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, "
                     "làm Trưởng đoàn.")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in positions(facts, "Bun Mi Xay")


def test_a_post_to_be_elected_goes_to_each_person_named_after_la():
    facts = facts_of("Nhân sự được giới thiệu bầu giữ chức Phó Chủ tịch UBND tỉnh Nam Định khóa XVI, nhiệm kỳ "
                     "2016 - 2021 là đồng chí Lê Văn Bình - Tỉnh ủy viên, Bí thư Huyện ủy Hải Hậu và đồng chí "
                     "Hoàng Thị Cúc - Giám đốc Sở Y tế.")
    for name in ("Lê Văn Bình", "Hoàng Thị Cúc"):
        assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định") in positions(facts, name), name


def test_the_national_labour_confederation_has_no_province():
    facts = facts_of("Đồng chí Nguyễn Văn Hòa, Chủ tịch Tổng LĐLĐVN, dự hội nghị của LĐLĐ tỉnh Nam Định.")
    assert positions(facts, "Nguyễn Văn Hòa") == {("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}


def organization_names(facts: ArticleFacts) -> set[str]:
    return {o.name for o in facts.organizations}


def test_titles_of_central_and_military_leaders():
    facts = facts_of("Phó Thủ tướng Thường trực Chính phủ Trần Văn Nam dự hội nghị. Cùng dự có Chuẩn đô đốc "
                     "Phạm Văn Quân, Tư lệnh Quân chủng Hải quân; Đại tướng Ngô Văn Đức, Phó bí thư Quân ủy "
                     "Trung ương; ông Lý Văn Sơn, Tổng Thư ký Quốc hội.")
    assert positions(facts, "Trần Văn Nam") == {("Phó Thủ tướng Thường trực", "Chính phủ")}
    assert positions(facts, "Phạm Văn Quân") == {("Tư lệnh", "Quân chủng Hải quân")}
    assert positions(facts, "Ngô Văn Đức") == {("Phó Bí thư", "Quân ủy Trung ương")}
    assert positions(facts, "Lý Văn Sơn") == {("Tổng Thư ký", "Quốc hội")}
    assert "Thường trực Chính phủ" not in organization_names(facts)


def test_abbreviated_party_posts():
    facts = facts_of("Hội nghị Tỉnh ủy Nam Định. Đồng chí Hà Văn Tú, UVTVTU, Trưởng Ban Tuyên giáo Tỉnh ủy; "
                     "đồng chí Lê Văn Hòa - UVTW Đảng, Bí thư Tỉnh ủy cùng dự. Ông Lê Văn Khải giữ chức Phó "
                     "trưởng Ban Tuyên giáo TƯ.")
    assert positions(facts, "Hà Văn Tú") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nam Định"),
                                             ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Nam Định")}
    assert positions(facts, "Lê Văn Hòa") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                              ("Bí thư", "Tỉnh ủy Nam Định")}
    assert positions(facts, "Lê Văn Khải") == {("Phó Trưởng ban", "Ban Tuyên giáo Trung ương")}


def test_a_title_word_inside_a_body_or_a_phrase_is_no_post():
    facts = facts_of("Theo Quyết định của Ban Bí thư Trung ương Đảng, đồng chí Hà Văn Tú, Trưởng Ban Dân vận "
                     "Tỉnh ủy Nam Định được chuẩn y giữ chức vụ Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Đồng chí "
                     "tiếp tục kiêm nhiệm chức vụ Trưởng Ban Dân vận Tỉnh ủy.")
    assert positions(facts, "Hà Văn Tú") == {("Trưởng ban", "Ban Dân vận Tỉnh ủy Nam Định"),
                                             ("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Nam Định")}
    names = organization_names(facts)
    assert "Ban Bí thư Trung ương Đảng" in names
    assert not any(name.startswith("Vụ ") for name in names)


def test_a_principal_without_a_school_heads_the_school_named_before():
    facts = facts_of("Chiều 6/6, Đảng ủy Trường Cao đẳng Nam Định tổ chức hội nghị. Các đồng chí Vũ Thị Lan - "
                     "Bí thư Đảng ủy - Hiệu trưởng, Trần Văn Hùng - Phó Hiệu trưởng cùng chủ trì hội nghị.")
    assert positions(facts, "Vũ Thị Lan") == {("Bí thư", "Đảng ủy Trường Cao đẳng Nam Định"),
                                              ("Hiệu trưởng", "Trường Cao đẳng Nam Định")}
    assert positions(facts, "Trần Văn Hùng") == {("Phó Hiệu trưởng", "Trường Cao đẳng Nam Định")}


def test_a_name_ends_before_the_verb_that_follows_it():
    facts = facts_of("Viettel và Quân chủng Hải quân ký kết chương trình phối hợp. Thứ trưởng Lê Văn Tám giao "
                     "Tổng cục Thủy sản nghiên cứu phương án hỗ trợ tỉnh Nam Định.")
    assert {"Quân chủng Hải quân", "Tổng cục Thủy sản"} <= organization_names(facts)


def test_an_institute_takes_the_bare_province_written_after_it():
    facts = facts_of("Ngày 20/3, Viện Quy hoạch xây dựng Hà Nội lấy ý kiến cộng đồng dân cư về phương án tuyến.")
    assert "Viện Quy hoạch xây dựng Hà Nội" in organization_names(facts)


def test_a_party_organ_written_with_a_unit_is_the_one_of_its_committee():
    facts = facts_of("Kỳ họp HĐND thành phố Hà Nội. Ông Nguyễn Văn Thắng, Phó Chủ nhiệm UBKT quận Long Biên (cũ) "
                     "làm Trưởng ban; bà Trần Thị Năm, Chủ nhiệm Ủy ban Kiểm tra phường Ngọc Lâm dự.")
    assert positions(facts, "Nguyễn Văn Thắng") == {("nguyên Phó Chủ nhiệm", "Ủy ban Kiểm tra Quận ủy Long Biên")}
    assert positions(facts, "Trần Thị Năm") == {("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy phường Ngọc Lâm")}


def test_a_standing_committee_without_its_committee_is_the_one_of_the_next_post_s_body():
    facts = facts_of("Kỳ họp HĐND thành phố Hà Nội. Ông Võ Văn Thắng, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND quận "
                     "Long Biên được chỉ định giữ chức vụ Chủ tịch HĐND phường Ngọc Lâm. Đồng chí Bùi Văn Tư, UV "
                     "BTV, Trưởng Ban Tổ chức Đảng ủy Than Hòn Gai dự.")
    assert positions(facts, "Võ Văn Thắng") == {("Ủy viên", "Ban Thường vụ Quận ủy Long Biên"),
                                                ("Phó Chủ tịch", "Ủy ban nhân dân quận Long Biên"),
                                                ("Chủ tịch", "Hội đồng nhân dân phường Ngọc Lâm")}
    assert ("Ủy viên", "Ban Thường vụ Đảng ủy Than Hòn Gai") in positions(facts, "Bùi Văn Tư")
    assert "Ban Thường vụ Thành ủy Hà Nội" not in organization_names(facts)


def test_a_standing_committee_after_a_federation_s_executive_committee_is_the_federation_s():
    facts = facts_of("Theo quyết định, Ban Chấp hành LĐLĐ tỉnh Nam Định có 30 ủy viên. Ủy viên Ban Thường vụ gồm "
                     "các đồng chí: Lê Văn Bình, Hoàng Thị Cúc. Hội nghị Ban Chấp hành Đảng bộ tỉnh Nam Định cũng "
                     "họp. Ông Trần Văn Tư, Ủy viên Ban Thường vụ dự.")
    for name in ("Lê Văn Bình", "Hoàng Thị Cúc"):
        assert positions(facts, name) == {("Ủy viên", "Ban Thường vụ Liên đoàn Lao động tỉnh Nam Định")}, name
    assert positions(facts, "Trần Văn Tư") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nam Định")}


def test_posts_in_firms_name_the_firm_as_written_and_its_board_is_a_body():
    facts = facts_of("Dự lễ có Chủ tịch Tập đoàn Vingroup Phạm Văn Long. Ông Nguyễn Văn Quang - Phó Chủ tịch Hội đồng "
                     "Quản trị kiêm Tổng giám đốc Tập đoàn Vingroup cho biết dự án hoàn thành năm 2027. Đại tá Tào "
                     "Văn Thắng, Chủ tịch kiêm Tổng giám đốc Viettel, phát biểu. Giám đốc Công ty du lịch SunTour "
                     "Lê Văn Tài cho biết đơn vị giảm giá tour.")
    assert positions(facts, "Phạm Văn Long") == {("Chủ tịch", "Tập đoàn Vingroup")}
    assert positions(facts, "Nguyễn Văn Quang") == {("Phó Chủ tịch", "Hội đồng quản trị Tập đoàn Vingroup"),
                                                    ("Tổng Giám đốc", "Tập đoàn Vingroup")}
    assert positions(facts, "Tào Văn Thắng") == {("Chủ tịch", "Viettel"), ("Tổng Giám đốc", "Viettel")}
    assert positions(facts, "Lê Văn Tài") == {("Giám đốc", "Công ty du lịch SunTour")}
    names = organization_names(facts)
    assert "Hội đồng quản trị Tập đoàn Vingroup" in names
    assert not names & {"Tập đoàn Vingroup", "Viettel", "Công ty du lịch SunTour"}  # firms, not bodies


def test_a_subsidiary_named_after_its_group_keeps_the_group_in_its_name():
    facts = facts_of("Ông Phạm Văn Phong, Phó Bí thư Đảng ủy, Giám đốc Công ty cổ phần Cảng biển Hòn Gai - TKV "
                     "phát biểu tại hội nghị.")
    assert positions(facts, "Phạm Văn Phong") == {
        ("Phó Bí thư", "Đảng ủy Công ty cổ phần Cảng biển Hòn Gai - TKV"),
        ("Giám đốc", "Công ty cổ phần Cảng biển Hòn Gai - TKV")}


def test_an_ethnic_minority_name_in_one_word_with_a_run_on_abbreviated_post():
    facts = facts_of("Tiếp đoàn có các đồng chí: Nguyễn Văn Bốn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Đồng; "
                     "K'Thanh – TUV Phó Chủ tịch HĐND tỉnh; Bành Văn Ninh - Giám đốc Sở Tài chính.")
    assert positions(facts, "K'Thanh") == {("Ủy viên", "Tỉnh ủy Lâm Đồng"),
                                           ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Lâm Đồng")}
    assert positions(facts, "Bành Văn Ninh") == {("Giám đốc", "Sở Tài chính tỉnh Lâm Đồng")}


def test_a_place_in_parentheses_between_the_post_and_the_name():
    facts = facts_of("Tối 21-7, Chủ tịch UBND phường Ngọc Lâm (Hà Nội) Đào Thị Thu Hà đã đi kiểm tra công tác "
                     "phòng, chống bão.")
    assert positions(facts, "Đào Thị Thu Hà") == {("Chủ tịch", "Ủy ban nhân dân phường Ngọc Lâm")}


def test_a_post_before_the_colon_of_a_list_of_officials_belongs_to_each_member():
    facts = facts_of("Dự lễ có các đồng chí: Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Văn Mẫn; các đồng chí Ủy "
                     "viên Trung ương Đảng: Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Lê Quang Minh; Bộ "
                     "trưởng Bộ Xây dựng Trần Hồng Sơn cùng đại diện các đơn vị.")
    assert positions(facts, "Trần Văn Mẫn") == {("Ủy viên", "Bộ Chính trị"), ("Chủ tịch", "Quốc hội")}
    assert positions(facts, "Lê Quang Minh") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                                 ("Tổng Thư ký", "Quốc hội"), ("Chủ nhiệm", "Văn phòng Quốc hội")}
    assert positions(facts, "Trần Hồng Sơn") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                                 ("Bộ trưởng", "Bộ Xây dựng")}


def test_a_council_written_without_its_unit_is_the_one_just_named_and_every_level_is_none():
    facts = facts_of("Sáng 1/7, HĐND phường Ngọc Lâm (Hà Nội) tổ chức kỳ họp thứ nhất, nghe UBND phường Ngọc Lâm báo "
                     "cáo. Các đại biểu HĐND thống nhất thành lập các phòng chuyên môn thuộc UBND. Phường cũng tổng "
                     "kết bầu cử đại biểu HĐND các cấp; UBND các cấp tiếp tục rà soát.")
    assert organization_names(facts) == {"Hội đồng nhân dân phường Ngọc Lâm", "Ủy ban nhân dân phường Ngọc Lâm"}


def test_a_council_committee_named_alone_is_the_council_s_and_its_head_is_given_in_lower_case():
    facts = facts_of("Sáng 1/7, HĐND phường Ngọc Lâm tổ chức kỳ họp thứ nhất. Theo đó, HĐND phường gồm 2 ban:\n"
                     "- Ban Kinh tế-Ngân sách (do bà Cung Thị Loan, Phó Bí thư Đảng ủy phường Ngọc Lâm (cũ) làm "
                     "Trưởng ban);\n- Ban Văn hóa-Xã hội (do ông Nguyễn Văn Quyết làm trưởng ban).")
    assert positions(facts, "Cung Thị Loan") == {
        ("nguyên Phó Bí thư", "Đảng ủy phường Ngọc Lâm"),
        ("Trưởng ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân phường Ngọc Lâm")}
    assert positions(facts, "Nguyễn Văn Quyết") == {
        ("Trưởng ban", "Ban Văn hóa - Xã hội Hội đồng nhân dân phường Ngọc Lâm")}


def test_a_title_that_writes_the_committee_head_in_lower_case_keeps_the_committee():
    facts = facts_of("Kỳ họp HĐND huyện Tiên Yên.\n- Đồng chí Lê Văn Nam – Trưởng ban Kinh tế - Ngân sách\n"
                     "- Đồng chí Lê Văn Hòa – Phó trưởng ban Pháp chế\n")
    assert positions(facts, "Lê Văn Nam") == {("Trưởng ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân huyện Tiên Yên")}
    assert positions(facts, "Lê Văn Hòa") == {("Phó Trưởng ban", "Ban Pháp chế Hội đồng nhân dân huyện Tiên Yên")}


def test_committees_listed_after_a_plural_share_their_council():
    facts = facts_of("Dự họp có lãnh đạo các ban Kinh tế – Ngân sách, Văn hóa – Xã hội HĐND tỉnh Nam Định.")
    assert {"Ban Kinh tế – Ngân sách Hội đồng nhân dân tỉnh Nam Định",  # the dash as written
            "Ban Văn hóa – Xã hội Hội đồng nhân dân tỉnh Nam Định"} <= organization_names(facts)


def test_a_former_post_right_after_the_name_in_lower_case():
    facts = facts_of("Tòa án nhân dân tỉnh Đắk Nông công bố quyết định điều động đồng chí Phan Văn Lương nguyên "
                     "chánh án Tòa án nhân dân thị xã Gia Nghĩa. Đồng chí Phan Văn Lương được điều động giữ chức vụ "
                     "chánh án Tòa án nhân dân huyện Đắk Song.")
    assert positions(facts, "Phan Văn Lương") == {("nguyên Chánh án", "Tòa án nhân dân thị xã Gia Nghĩa"),
                                                  ("Chánh án", "Tòa án nhân dân huyện Đắk Song")}


def test_a_national_assembly_committee_and_the_head_of_its_delegation():
    facts = facts_of("Sáng 27/2, Đoàn công tác Ủy ban Pháp luật của Quốc hội do Ủy viên Trung ương Đảng, Chủ nhiệm Ủy "
                     "ban Pháp luật Nguyễn Khắc Đông làm Trưởng đoàn có buổi khảo sát tại tỉnh Đắk Nông.")
    assert positions(facts, "Nguyễn Khắc Đông") == {
        ("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội"),
        ("Trưởng đoàn", "Đoàn công tác Ủy ban Pháp luật của Quốc hội")}


def test_a_post_written_short_in_the_headline_is_the_full_one():
    facts = facts_of("Phó Thủ tướng Trần Văn Nam thăm ngư dân\nSáng 16/5, Phó Thủ tướng Thường trực Chính phủ Trần "
                     "Văn Nam đến thăm ngư dân tỉnh Quảng Bình.")
    assert positions(facts, "Trần Văn Nam") == {("Phó Thủ tướng Thường trực", "Chính phủ")}


def test_a_residential_group_and_its_party_cell():
    facts = facts_of("Bí thư Chi bộ, Tổ trưởng TDP 12 phường Ngọc Lâm Lê Văn Cường cho biết tổ có hơn 100 hộ bị ảnh "
                     "hưởng. Ông Trần Văn Bảy, Bí thư Chi bộ thôn 3 phát biểu.")
    assert positions(facts, "Lê Văn Cường") == {("Bí thư", "Chi bộ Tổ dân phố 12 phường Ngọc Lâm"),
                                                ("Tổ trưởng", "Tổ dân phố 12 phường Ngọc Lâm")}
    assert positions(facts, "Trần Văn Bảy") == {("Bí thư", "Chi bộ thôn 3")}


def test_a_party_committee_before_a_principal_is_the_school_s():
    facts = facts_of("Sáng 31/5, đoàn công tác làm việc với Trường Cao đẳng Nam Định. Về phía Trường Cao đẳng Nam Định "
                     "có PGS.TS Vũ Thị Lan – Bí Thư Đảng ủy – Hiệu trưởng cùng các Phó Hiệu trưởng.")
    assert positions(facts, "Vũ Thị Lan") == {("Bí thư", "Đảng ủy Trường Cao đẳng Nam Định"),
                                              ("Hiệu trưởng", "Trường Cao đẳng Nam Định")}


def test_offices_serving_two_bodies_and_presidiums_are_one_body_each():
    facts = facts_of("Thay mặt Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, đồng chí Nguyễn Văn Khang ký quyết "
                     "định. Giấy đi đường do Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh Phú Yên cấp. UBND phường "
                     "Ngọc Lâm thành lập các cơ quan chuyên môn: Văn phòng HĐND và UBND; Phòng Văn hóa - Xã hội. "
                     "Liên Hiệp Quốc chọn chủ đề năm nay.")
    names = organization_names(facts)
    assert {"Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
            "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Phú Yên",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Ngọc Lâm", "Liên Hiệp Quốc"} <= names


def test_a_post_in_the_firm_written_only_by_its_legal_form_is_in_the_firm_named_before():
    facts = facts_of("Thay mặt lãnh đạo Tập đoàn Viettel, Đại tá Tào Văn Thắng, Chủ tịch kiêm Tổng giám đốc tập đoàn, "
                     "báo cáo kết quả năm 2021.")
    # a firm the lexicon knows is written with its name in full (firms.tsv: its legal name)
    assert positions(facts, "Tào Văn Thắng") == {("Chủ tịch", "Tập đoàn Công nghiệp - Viễn thông Quân đội"),
                                                ("Tổng Giám đốc", "Tập đoàn Công nghiệp - Viễn thông Quân đội")}


def test_national_bodies_listed_after_a_plural_head():
    facts = facts_of("Viettel sản xuất khí tài cho các quân chủng Hải quân, Lục quân.")
    assert {"Quân chủng Hải quân", "Quân chủng Lục quân"} <= organization_names(facts)


def test_divisions_listed_under_a_ward_s_committee_are_the_ward_s():
    facts = facts_of("Thành lập các cơ quan chuyên môn thuộc UBND phường Ngọc Lâm, gồm:\n- Văn phòng HĐND và UBND;\n"
                     "- Phòng Kinh tế - Hạ tầng và Đô thị;\n- Phòng Văn hóa – Xã hội.")
    assert {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Ngọc Lâm",
            "Phòng Kinh tế, Hạ tầng và Đô thị phường Ngọc Lâm",
            "Phòng Văn hóa – Xã hội phường Ngọc Lâm"} <= organization_names(facts)


def test_a_division_after_the_province_s_committee_stays_no_body():
    facts = facts_of("UBND tỉnh Nam Định chỉ đạo Phòng Nghiệp vụ khẩn trương rà soát hồ sơ.")
    assert organization_names(facts) == {"Ủy ban nhân dân tỉnh Nam Định"}


def test_a_post_given_by_an_electing_body_named_between():
    facts = facts_of("Ngày 27/4, ông Nguyễn Hồng Sơn được hội nghị BCH Đảng bộ tỉnh bầu làm Bí thư Tỉnh ủy Thái "
                     "Bình nhiệm kỳ 2015 - 2020. Ông Lê Văn Tám được khen thưởng, sau đó bổ nhiệm làm Giám đốc Sở "
                     "Y tế tỉnh Thái Bình.")
    assert positions(facts, "Nguyễn Hồng Sơn") == {("Bí thư", "Tỉnh ủy Thái Bình")}
    assert positions(facts, "Lê Văn Tám") == set()  # the clause of "được" ends before the appointment


def test_a_person_after_a_head_s_title_is_no_body_s_name_and_the_title_refers_to_the_body_before():
    facts = facts_of("Tổng cục Thủy sản làm việc tại tỉnh Nam Định. Phó Tổng cục trưởng Phạm Văn Bình ghi nhận kết "
                     "quả. Cục Thú y cũng dự. Cục trưởng Nguyễn Văn An phát biểu.")
    assert positions(facts, "Phạm Văn Bình") == {("Phó Tổng cục trưởng", "Tổng cục Thủy sản")}
    assert positions(facts, "Nguyễn Văn An") == {("Cục trưởng", "Cục Thú y")}
    assert organization_names(facts) == {"Tổng cục Thủy sản", "Cục Thú y"}


def test_a_school_board_written_alone_is_the_school_s_named_before():
    facts = facts_of("Đoàn làm việc với Trường Cao đẳng Nam Định. Thay mặt Ban Giám hiệu, PGS.TS Vũ Thị Lan giới "
                     "thiệu kết quả đào tạo.")
    assert "Ban Giám hiệu Trường Cao đẳng Nam Định" in organization_names(facts)


def test_a_verb_that_starts_like_a_head_is_part_of_a_name():
    facts = facts_of("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Nam Định họp triển khai phương án.")
    assert organization_names(facts) == {"Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Nam Định"}


def test_any_post_may_be_acting_and_authority_is_no_acting_post():
    facts = facts_of("Đồng chí Lê Văn Tám, Q. Giám đốc Sở Y tế tỉnh Quảng Trị dự. Ông Trần Văn Ba được bổ nhiệm làm "
                     "quyền Cục trưởng Cục Thú y. Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh Nguyễn Văn An.")
    assert positions(facts, "Lê Văn Tám") == {("Quyền Giám đốc", "Sở Y tế tỉnh Quảng Trị")}
    assert positions(facts, "Trần Văn Ba") == {("Quyền Cục trưởng", "Cục Thú y")}
    assert positions(facts, "Nguyễn Văn An") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị")}


def test_a_foreign_executive_of_a_brand():
    facts = facts_of("Theo ông Pawalit Ua-Somchai, Tổng Giám đốc C.P Việt Nam cho biết công ty đã xuất khẩu 10.000 "
                     "tấn gà sang Nhật Bản. Tỉnh Bà Rịa-Vũng Tàu cũng có nhà máy của công ty.")
    assert positions(facts, "Pawalit Ua-Somchai") == {("Tổng Giám đốc", "C.P Việt Nam")}
    assert [p.name for p in facts.persons] == ["Pawalit Ua-Somchai"]


def test_an_organ_before_a_title_is_of_that_titles_committee_not_of_an_earlier_sibling():
    # the youth union's executive committee was named first; the guest's posts are the party's
    facts = facts_of("Chiều 7/10, Ban Chấp hành Huyện đoàn Tiên Yên tổ chức hội nghị. Dự hội nghị có đồng chí "
                     "Lê Văn Tám, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy.")
    assert positions(facts, "Lê Văn Tám") == {("Ủy viên", "Ban Thường vụ Huyện ủy Tiên Yên"),
                                              ("Trưởng ban", "Ban Tổ chức Huyện ủy Tiên Yên")}


def test_abbreviated_titles_and_bodies_of_a_commune_leadership_list():
    facts = facts_of("UBND xã Tân Phú công bố danh sách lãnh đạo.\n"
                     "- Đồng chí Lê Văn Tám – PBT thường trực Đảng ủy xã\n"
                     "- Đồng chí Lê Văn Nam - Ủy viên BTV Đảng ủy, Phó Chủ tịch HĐND xã\n"
                     "- Đồng chí Trần Văn Hòa - PCT MTTQ xã phụ trách Hội Cựu chiến binh\n"
                     "- Đồng chí Trần Quốc Bình – Chỉ huy trưởng BCH Quân sự\n")
    assert positions(facts, "Lê Văn Tám") == {("Phó Bí thư Thường trực", "Đảng ủy xã Tân Phú")}
    assert positions(facts, "Lê Văn Nam") == {("Ủy viên", "Ban Thường vụ Đảng ủy xã Tân Phú"),
                                              ("Phó Chủ tịch", "Hội đồng nhân dân xã Tân Phú")}
    assert positions(facts, "Trần Văn Hòa") == {("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú")}
    assert positions(facts, "Trần Quốc Bình") == {("Chỉ huy trưởng", "Ban Chỉ huy Quân sự xã Tân Phú")}


def test_a_plural_post_before_an_intro_word_and_a_colon_is_each_members():
    facts = facts_of("Đại hội bầu ông Trần Văn Hòa làm Bí thư Tỉnh ủy Nam Định. Các Phó Bí thư gồm: ông Lê Văn Tám "
                     "- Chủ tịch UBND tỉnh, bà Lê Thị Hoa - Trưởng Ban Dân vận Tỉnh ủy.")
    assert positions(facts, "Lê Văn Tám") == {("Phó Bí thư", "Tỉnh ủy Nam Định"),
                                              ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}
    assert ("Phó Bí thư", "Tỉnh ủy Nam Định") in positions(facts, "Lê Thị Hoa")


def test_a_post_after_a_list_of_two_with_honorifics_and_notes_is_each_ones():
    lead = "Sáng 3/7/2025, UBND tỉnh Quảng Ngãi trao quyết định nghỉ hưu. "
    for text in (lead + "Bà Lê Thị Nga (SN 1973) và ông Lê Văn Huy, đều là Phó Giám đốc Sở Công Thương, nghỉ hưu.",
                 lead + "Bà Lê Thị Nga và ông Lê Văn Huy, Phó Giám đốc Sở Công Thương, nghỉ hưu."):
        facts = facts_of(text)
        for name in ("Lê Thị Nga", "Lê Văn Huy"):
            assert positions(facts, name) == {("Phó Giám đốc", "Sở Công Thương tỉnh Quảng Ngãi")}


def test_a_title_set_off_from_the_name_after_it_by_a_dash():
    facts = facts_of("Sáng 30/11, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam – Lê Văn Tám tiếp nhận quà hỗ trợ.")
    assert positions(facts, "Lê Văn Tám") == {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam")}


def test_a_districts_own_portal_writes_its_party_committee_in_lower_case_and_without_its_name():
    facts = facts_of("Chiều 17/5, Ủy ban nhân dân huyện họp giao ban. Tham dự có đồng chí Lê Văn Tám, Ủy viên Ban thường "
                     "vụ huyện ủy, Phó chủ tịch thường trực Hội đồng nhân dân huyện, đồng chí Lê Văn Nam, Phó chủ tịch "
                     "Ủy ban nhân dân huyện.")
    assert positions(facts, "Lê Văn Tám") == {("Ủy viên", "Ban Thường vụ Huyện ủy"),
                                              ("Phó Chủ tịch Thường trực", "Hội đồng nhân dân huyện")}
    assert positions(facts, "Lê Văn Nam") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện")}


def test_a_delegation_someone_leads_is_a_body_they_head():
    facts = facts_of("Sáng 10/4/2024, đoàn công tác của tỉnh Nam Định (Việt Nam) do đồng chí Lê Văn Bốn - Phó Bí thư "
                     "Tỉnh ủy, Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm tỉnh Hòa Bình.")
    assert ("Trưởng đoàn", "Đoàn công tác của tỉnh Nam Định") in positions(facts, "Lê Văn Bốn")
    assert "Đoàn công tác của tỉnh Nam Định" in [o.name for o in facts.organizations]


def test_a_delegations_name_ends_before_the_clause_saying_what_it_does():
    facts = facts_of("Sở Y tế tỉnh Nam Định thành lập 2 đoàn kiểm tra như sau: Đoàn số 1, phụ trách các xã Hải Hậu, Giao "
                     "Thủy do đồng chí Lê Văn Bốn – Phó Giám đốc Sở làm Trưởng đoàn. Đoàn số 2 (phụ trách các phường) do "
                     "đồng chí Trần Văn Năm – Phó Giám đốc Sở làm Trưởng đoàn.")
    assert ("Trưởng đoàn", "Đoàn số 1") in positions(facts, "Lê Văn Bốn")
    assert ("Trưởng đoàn", "Đoàn số 2") in positions(facts, "Trần Văn Năm")


def test_the_chairman_of_an_inspection_committee_its_sentence_names_first():
    facts = facts_of("Ngày 2/10/2025, Đại hội bầu Ủy ban Kiểm tra Tỉnh ủy Nam Định. Ủy ban Kiểm tra Tỉnh ủy có 13 thành viên, "
                     "do ông Lê Văn Bốn làm Chủ nhiệm.")
    assert positions(facts, "Lê Văn Bốn") == {("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Nam Định")}


def test_deputy_commanders_deputy_police_chiefs_and_the_cooperative_alliance():
    facts = facts_of("Ngày 5/10/2022, Thượng tá Lê Văn Bốn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nam Định cho biết. "
                     "Đồng chí Trần Văn Năm, Phó Trưởng Công an xã Hải Đông cho biết. Dự có đồng chí Hà Văn Sáu – Chủ tịch "
                     "Liên minh Hợp tác xã tỉnh.")
    assert positions(facts, "Lê Văn Bốn") == {("Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Nam Định")}
    assert positions(facts, "Trần Văn Năm") == {("Phó Trưởng", "Công an xã Hải Đông")}
    assert positions(facts, "Hà Văn Sáu") == {("Chủ tịch", "Liên minh Hợp tác xã tỉnh Nam Định")}


def test_each_elected_person_holds_the_post_written_after_their_own_name():
    facts = facts_of("Ngày 25/6/2021, HĐND xã Hải Đông họp kỳ thứ nhất; ông Lê Văn Bốn trúng cử chức vụ Chủ tịch HĐND xã "
                     "Hải Đông, ông Trần Văn Năm trúng cử chức vụ Chủ tịch UBND xã Hải Đông.")
    assert positions(facts, "Lê Văn Bốn") == {("Chủ tịch", "Hội đồng nhân dân xã Hải Đông")}
    assert positions(facts, "Trần Văn Năm") == {("Chủ tịch", "Ủy ban nhân dân xã Hải Đông")}


def test_a_post_given_after_a_list_of_names_with_their_posts_in_brackets_is_each_ones():
    facts = facts_of("Ngày 30/9/2020, Đại hội Đảng bộ tỉnh Nam Định công bố quyết định chỉ định các ông Lê Văn Bốn (Chủ "
                     "tịch HĐND tỉnh), Trần Văn Năm (Chủ tịch UBND tỉnh), giữ vị trí Phó Bí thư Tỉnh ủy.")
    assert positions(facts, "Lê Văn Bốn") == {("Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định"),
                                              ("Phó Bí thư", "Tỉnh ủy Nam Định")}
    assert positions(facts, "Trần Văn Năm") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
                                                ("Phó Bí thư", "Tỉnh ủy Nam Định")}


def test_a_host_whose_family_name_is_doan_opens_no_delegation():
    facts = facts_of("Ngày 18/5/2023, Phó Chủ tịch UBND tỉnh Nam Định Đoàn Thu Hà tiếp, làm việc với đoàn công tác của "
                     "tỉnh Hủa Phăn do ông Kẹo Vông Xay làm Trưởng đoàn.")
    assert positions(facts, "Đoàn Thu Hà") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}
    assert [o.name for o in facts.organizations if o.name.startswith("Đoàn")] == ["Đoàn công tác của tỉnh Hủa Phăn"]


def test_a_post_whose_body_is_written_in_lower_case_before_the_post_given():
    facts = facts_of("Ngày 20/7/2016, HĐND tỉnh Ninh Bình đã bầu ông Phạm Văn Ba, Trưởng Ban tuyên giáo Tỉnh ủy giữ chức vụ "
                     "Phó Chủ tịch UBND tỉnh Ninh Bình khóa XIV, nhiệm kỳ 2016 - 2021.")
    assert {(role, fold(org)) for role, org in positions(facts, "Phạm Văn Ba")} == {
        ("Phó Chủ tịch", "ủy ban nhân dân tỉnh ninh bình"), ("Trưởng ban", "ban tuyên giáo tỉnh ủy ninh bình")}


def test_a_delegation_only_said_to_be_led_names_no_body():
    # "dẫn đầu" reports the visit; a firm's name ending in "đoàn" ("Tập đoàn") is no delegation
    for text in ("Sáng 10/4/2024, đoàn công tác của tỉnh Nam Định do đồng chí Lê Văn Bốn dẫn đầu đã thăm tỉnh Hòa Bình.",
                 "Sáng 10/4/2024, UBND tỉnh Nam Định làm việc với Tập đoàn Hòa Phát do ông Lê Văn Bốn làm trưởng đoàn.",
                 # a delegation the text does not say whose it is is named by nothing but its kind
                 "Sáng 10/4/2024, đoàn công tác do ông Lê Văn Bốn, Trưởng Ban Tuyên giáo Trung ương làm Trưởng đoàn "
                 "làm việc với Tỉnh ủy Nam Định."):
        facts = facts_of(text)
        assert not [o.name for o in facts.organizations if o.name.startswith("Đoàn")], text


def test_a_term_after_a_post_does_not_end_the_posts_that_follow():
    facts = facts_of("Ông Lê Văn Bốn, Ủy viên Ban Thường vụ Tỉnh ủy Nam Định nhiệm kỳ 2020-2025, Phó Chủ tịch UBND tỉnh "
                     "Nam Định khóa XV, nhiệm kỳ 2021 - 2026 được bầu giữ chức Chủ tịch UBND tỉnh Nam Định.")
    assert positions(facts, "Lê Văn Bốn") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nam Định"),
                                              ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
                                              ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}


def test_a_post_given_after_a_comma_or_an_adverb_is_the_person_s():
    facts = facts_of("Kỳ họp HĐND thành phố Nam Định. Đồng chí Trần Văn An, Phó Bí thư Thành ủy Nam Định, được tín "
                     "nhiệm bầu giữ chức Chủ tịch UBND thành phố Nam Định. Các đại biểu chúc mừng ông Lê Văn Bình "
                     "vừa được Thủ tướng phê chuẩn kết quả bầu giữ chức Phó Chủ tịch UBND tỉnh Nam Định.")
    assert ("Chủ tịch", "Ủy ban nhân dân thành phố Nam Định") in positions(facts, "Trần Văn An")
    assert positions(facts, "Lê Văn Bình") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}


def test_a_diplomatic_mission_is_a_body_with_its_seat_and_its_diplomats_hold_posts_in_it():
    facts = facts_of("Sáng 26/7/2024, Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn tiếp đoàn công tác Đại sứ quán Canada "
                     "tại Việt Nam do ông Brian Allem, Tham tán Phát triển làm trưởng đoàn. Dự có đại diện Tổng Lãnh "
                     "sự quán Cuba tại TP.HCM.")
    assert positions(facts, "Brian Allem") == {
        ("Tham tán Phát triển", "Đại sứ quán Canada tại Việt Nam"),
        ("Trưởng đoàn", "Đoàn công tác Đại sứ quán Canada tại Việt Nam")}
    assert "Tổng Lãnh sự quán Cuba tại Thành phố Hồ Chí Minh" in [o.name for o in facts.organizations]


def test_an_economic_zone_board_keeps_its_industrial_parks_and_a_friendship_union_is_a_body():
    facts = facts_of("Hội nghị của tỉnh Thanh Hóa. Dự có ông Trần Văn An, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các "
                     "khu công nghiệp; đại diện Liên hiệp các tổ chức hữu nghị tỉnh.")
    assert positions(facts, "Trần Văn An") == {
        ("Trưởng ban", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa")}
    assert "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa" in [o.name for o in facts.organizations]


def test_a_district_s_name_after_tinh_starts_a_person_s_name():
    # "Đồng Văn" is a district, but no district is a "tỉnh": the official is Đồng Văn Thanh
    facts = facts_of("Tiếp đoàn tại tỉnh Hậu Giang. Phó Chủ tịch Thường trực UBND tỉnh Đồng Văn Thanh phát biểu.")
    assert positions(facts, "Đồng Văn Thanh") == {("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Hậu Giang")}


def test_a_committee_written_bare_in_a_chain_is_the_one_a_later_title_places():
    facts = facts_of("Đại hội Đảng bộ phường An Khánh. Dự có đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ Thành ủy, "
                     "Trưởng Ban Nội chính Thành ủy TP.HCM.")
    assert positions(facts, "Lê Thị Hoa") == {
        ("Ủy viên", "Ban Thường vụ Thành ủy thành phố Hồ Chí Minh"),
        ("Trưởng ban", "Ban Nội chính Thành ủy thành phố Hồ Chí Minh")}


def test_a_consul_general_s_title_names_the_consulate_where_it_sits():
    facts = facts_of("Ngày 14-1-2019, Chủ tịch HĐND thành phố Đà Nẵng Lê Văn Trung tiếp Tổng Lãnh sự Liên bang Nga tại "
                     "Đà Nẵng Ivan Petrov. Dự có đại diện Tổng Lãnh sự quán Nhật Bản tại thành phố Hồ Chí Minh.")
    names = [o.name for o in facts.organizations]
    assert "Tổng Lãnh sự quán Liên bang Nga tại Đà Nẵng" in names
    assert "Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh" in names


def test_a_diplomat_s_title_without_the_mission_s_seat_names_no_mission():
    # "Đại sứ Nhật Bản Yamada Takio": where the country's name ends is not written
    facts = facts_of("Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn tiếp Đại sứ Nhật Bản Yamada Takio.")
    assert not [o.name for o in facts.organizations if o.name.startswith("Đại sứ quán")]


def given(facts: ArticleFacts, name: str) -> set[tuple[str, str]]:
    (person,) = [p for p in facts.persons if p.name == name]
    return {(p.role, p.organization) for p in person.positions if p.given}


def test_a_post_given_in_the_article_is_told_from_the_one_held_before():
    facts = facts_of("Ngày 3/6/2024, Chủ tịch UBND tỉnh Nam Định ký quyết định điều động và bổ nhiệm ông Lê Văn Bốn, "
                     "Trưởng Ban Quản lý dự án tỉnh, giữ chức Giám đốc Sở Xây dựng tỉnh Nam Định. Ông Trần Văn An, "
                     "Phó Chủ tịch HĐND huyện Giao Thủy được giới thiệu bầu giữ chức vụ Chủ tịch HĐND huyện Giao Thủy.")
    assert given(facts, "Lê Văn Bốn") == {("Giám đốc", "Sở Xây dựng tỉnh Nam Định")}
    assert given(facts, "Trần Văn An") == {("Chủ tịch", "Hội đồng nhân dân huyện Giao Thủy")}
    assert not given(facts_of("Ông Lê Văn Bốn, Giám đốc Sở Xây dựng tỉnh Nam Định phát biểu."), "Lê Văn Bốn")


def test_a_name_of_a_body_ends_before_the_post_its_head_is_given():
    facts = facts_of("Ngày 25/5/2020, Phó Chủ tịch UBND tỉnh Sóc Trăng trao quyết định bổ nhiệm ông Lê Văn Bốn, Giám "
                     "đốc Trung tâm Giống nông nghiệp giữ chức Phó giám đốc Sở NN&PTNT Sóc Trăng.")
    assert given(facts, "Lê Văn Bốn") == {("Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng")}
    assert not any("giữ chức" in organization.name for organization in facts.organizations)


def test_a_post_a_decision_leads_to_is_given():
    facts = facts_of("Theo Quyết định của Chủ tịch UBND tỉnh Nam Định, đồng chí Lê Văn Bốn, Chánh Thanh tra tỉnh "
                     "giữ chức vụ Giám đốc Sở Tài chính, thời hạn bổ nhiệm là 5 năm.")
    assert given(facts, "Lê Văn Bốn") == {("Giám đốc", "Sở Tài chính tỉnh Nam Định")}


def test_a_dash_glued_between_a_name_and_its_title_separates_them():
    facts = facts_of("(GLO)- Chiều 9-8-2025, đồng chí Phạm Văn Tuấn-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai chủ trì "
                     "buổi làm việc với xã Ayun. Dự có ông Park Ji-hoon của tỉnh Bà Rịa-Vũng Tàu.")
    assert positions(facts, "Phạm Văn Tuấn") == {("Phó Bí thư", "Tỉnh ủy Gia Lai"),
                                                 ("Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai")}
    assert "Park Ji-hoon" in [p.name for p in facts.persons]


def test_a_note_in_brackets_after_the_last_name_of_a_list_is_that_persons_alone():
    facts = facts_of("Sáng 1/10/2025, Trung ương chỉ định 3 Phó bí thư Tỉnh ủy Nam Định là bà Trịnh Thị Nga (thường "
                     "trực), bà Phạm Thị Thu (Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nam Định), ông Đỗ Văn Khải, và ông "
                     "Võ Văn Toàn (Chủ tịch UBND tỉnh).")
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định") not in positions(facts, "Đỗ Văn Khải")
    assert ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định") not in positions(facts, "Trịnh Thị Nga")
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định") in positions(facts, "Võ Văn Toàn")


def test_a_party_title_before_a_district_is_its_party_committee_and_the_new_post_follows():
    facts = facts_of("Chiều 15/3/2024, UBND tỉnh Nam Định công bố quyết định về công tác cán bộ. Ông Cao Văn Lực, "
                     "Bí thư huyện Hải Hậu, được bổ nhiệm làm Giám đốc Sở Khoa học và Công nghệ. Do đó, Chủ tịch tỉnh "
                     "Nam Định Phạm Văn Nghĩa yêu cầu Sở Y tế sớm triển khai.")
    assert positions(facts, "Cao Văn Lực") == {("Bí thư", "Huyện ủy Hải Hậu"),
                                               ("Giám đốc", "Sở Khoa học và Công nghệ tỉnh Nam Định")}
    assert positions(facts, "Phạm Văn Nghĩa") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}


def test_a_merged_department_keeps_the_commas_of_its_name():
    facts = facts_of("Chiều 15/3/2024, UBND tỉnh Nam Định công bố quyết định. Theo đó, bà Lâm Thị Thu, Giám đốc Sở "
                     "Giáo dục, Khoa học và Công nghệ, được bổ nhiệm làm Giám đốc Sở Giáo dục và Đào tạo.")
    assert positions(facts, "Lâm Thị Thu") == {("Giám đốc", "Sở Giáo dục, Khoa học và Công nghệ tỉnh Nam Định"),
                                                ("Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Nam Định")}


def test_national_posts_of_the_party_the_state_and_the_front():
    facts = facts_of("Sáng 5/10/2025, Đại hội Đảng bộ tỉnh Nam Định khai mạc. Ông Đoàn Văn Chính - Ủy viên Bộ Chính "
                     "trị, Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự và chỉ đạo đại hội. Tham "
                     "dự có nguyên Chủ tịch nước Nguyễn Văn Tường; bà Bùi Thị Hiền – Phó Chủ tịch Ban Chấp hành Trung "
                     "ương Hội Nông dân Việt Nam; Trợ lý Bộ trưởng Ngoại giao Ngô Thu Hà.")
    # a "Bí thư Trung ương Đảng" is a secretary of the Central Committee ("Trung ương Đảng", as in
    # "Ủy viên Trung ương Đảng")
    assert positions(facts, "Đoàn Văn Chính") == {("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Ban Chấp hành Trung ương Đảng"),
                                                ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    assert positions(facts, "Nguyễn Văn Tường") == {("nguyên Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")}
    assert positions(facts, "Bùi Thị Hiền") == {("Phó Chủ tịch", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam")}
    assert positions(facts, "Ngô Thu Hà") == {("Trợ lý Bộ trưởng", "Bộ Ngoại giao")}


def test_posts_in_brackets_then_the_post_the_person_is_transferred_to():
    facts = facts_of("Chiều 5/6/2020, UBND tỉnh Nam Định công bố quyết định. Ông Đinh Văn Quang (Tỉnh ủy viên, Bí thư "
                     "Huyện ủy, Chủ tịch HĐND huyện Hải Hậu) được điều động đến công tác và bổ nhiệm giữ chức vụ Trưởng "
                     "ban Ban Quản lý Khu kinh tế tỉnh.")
    assert positions(facts, "Đinh Văn Quang") == {
        ("Ủy viên", "Tỉnh ủy Nam Định"), ("Bí thư", "Huyện ủy Hải Hậu"), ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hậu"),
        ("Trưởng ban", "Ban Quản lý Khu kinh tế tỉnh Nam Định")}



def test_a_newly_appointed_official_holds_the_post_and_a_consulate_is_named_in_full():
    facts = facts_of("Sáng 5/3/2024, ông Nguyễn Văn An, tân Giám đốc Sở Y tế tỉnh Nam Định phát biểu nhận nhiệm vụ. "
                     "Ông Trần Văn Bình tặng quà cho ông Vương Kiến Quân, Tổng Lãnh sự CHND Trung Hoa tại TP Hồ Chí Minh.")
    assert positions(facts, "Nguyễn Văn An") == {("Giám đốc", "Sở Y tế tỉnh Nam Định")}
    assert positions(facts, "Vương Kiến Quân") == {
        ("Tổng Lãnh sự", "Tổng Lãnh sự quán Cộng hòa nhân dân Trung Hoa tại Thành phố Hồ Chí Minh")}


@pytest.mark.parametrize("text", [
    "Ông Trần Văn An, 52 tuổi, Phó bí thư Tỉnh ủy được bầu làm Chủ tịch UBND tỉnh Nam Định.",
    "Kỳ họp bầu ông Trần Văn An (52 tuổi, quê Hà Tĩnh), Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh Nam Định.",
    "Ông Trần Văn An, sinh năm 1972, Phó Bí thư Tỉnh ủy được bầu làm Chủ tịch UBND tỉnh Nam Định.",
    "Ông Trần Văn An (thứ 2 từ phải sang), Phó Bí thư Tỉnh ủy được bầu làm Chủ tịch UBND tỉnh Nam Định.",
])
def test_a_personal_note_between_a_name_and_its_posts(text):
    assert positions(facts_of(text), "Trần Văn An") == {
        ("Phó Bí thư", "Tỉnh ủy Nam Định"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}


def test_a_post_written_after_the_name_without_a_comma_when_it_names_its_body():
    facts = facts_of("Ngày 15/11/2022, ông Lê Văn Bình Chủ tịch UBND tỉnh Nam Định được Thủ tướng Chính phủ "
                     "điều động làm Thứ trưởng Bộ Xây dựng.")
    assert positions(facts, "Lê Văn Bình") == {
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"), ("Thứ trưởng", "Bộ Xây dựng")}
    facts = facts_of("Sáng 5/3, ông Lê Văn Bình Giám đốc phát biểu tại hội nghị của tỉnh Nam Định.")
    assert positions(facts, "Lê Văn Bình") == set()  # a bare title after a name needs its comma


def test_a_post_the_person_holds_now_after_hien_la():
    facts = facts_of("Kỳ họp HĐND tỉnh Nam Định bầu bổ sung ông Trần Văn An, hiện là Chánh Văn phòng HĐND tỉnh, "
                     "giữ chức Trưởng ban Pháp chế HĐND tỉnh.")
    assert ("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân tỉnh Nam Định") in positions(facts, "Trần Văn An")
    (person,) = [p for p in facts.persons if p.name == "Trần Văn An"]
    assert [p.given for p in person.positions if p.role == "Chánh Văn phòng"] == [False]  # held, not given


def test_a_party_title_before_a_bare_province_is_its_committees():
    facts = facts_of("Tại Đại hội Đảng bộ tỉnh Lâm Đồng, ông Trần Văn An, Phó bí thư Lâm Đồng được bầu Bí thư Tỉnh ủy.")
    assert positions(facts, "Trần Văn An") == {("Phó Bí thư", "Tỉnh ủy Lâm Đồng"), ("Bí thư", "Tỉnh ủy Lâm Đồng")}


def test_the_post_held_before_and_the_longer_one_given_are_both_posts():
    facts = facts_of("Theo quyết định, ông Trần Văn An, Phó Bí thư Tỉnh ủy Nam Định nhiệm kỳ 2020–2025, được chỉ "
                     "định giữ chức Phó Bí thư Thường trực Tỉnh ủy nhiệm kỳ 2025–2030.")
    assert positions(facts, "Trần Văn An") == {("Phó Bí thư", "Tỉnh ủy Nam Định"),
                                               ("Phó Bí thư Thường trực", "Tỉnh ủy Nam Định")}


def test_the_provinces_delegation_written_with_a_bare_tinh_is_the_articles_province():
    facts = facts_of("Chiều 12/1/2024, UBND tỉnh Nam Định tiếp nhận hồ sơ. Cùng ngày, Đoàn công tác của tỉnh do ông "
                     "Trần Văn An, Chủ tịch UBND tỉnh, làm trưởng đoàn đã đến thăm Đại học Quốc gia Hà Nội.")
    assert positions(facts, "Trần Văn An") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
                                               ("Trưởng đoàn", "Đoàn công tác của tỉnh Nam Định")}


@pytest.mark.parametrize("transfer", [
    "đến nhận công tác tại Sở Tài chính và bổ nhiệm giữ chức vụ Giám đốc Sở Tài chính",
    "về công tác tại Sở Tài chính, giữ chức Giám đốc Sở Tài chính",
])
def test_the_post_given_at_the_body_a_person_is_transferred_to_is_theirs(transfer):
    facts = facts_of("Ngày 21/11/2025, Chủ tịch UBND tỉnh Nam Định quyết định điều động ông Trần Văn An, Chánh "
                     f"Thanh tra tỉnh {transfer}.")
    assert positions(facts, "Trần Văn An") == {("Chánh Thanh tra", "Thanh tra tỉnh Nam Định"),
                                               ("Giám đốc", "Sở Tài chính tỉnh Nam Định")}


def test_a_transfer_without_a_post_given_there_gives_none():
    facts = facts_of("Năm 2020, ông Trần Văn An, Chánh Thanh tra tỉnh Nam Định, về công tác tại Sở Tài chính. "
                     "Ông Lê Văn Ba, Giám đốc Sở Y tế tỉnh Nam Định phát biểu.")
    assert positions(facts, "Trần Văn An") == {("Chánh Thanh tra", "Thanh tra tỉnh Nam Định")}


@pytest.mark.parametrize("central_committee", ["BCH T.Ư Đảng", "BCH TW Đảng", "TƯ Đảng"])
def test_the_party_central_committee_abbreviated_keeps_the_posts_after_it(central_committee):
    facts = facts_of(f"Sáng 17/3/2024, đồng chí Trần Văn An, Ủy viên dự khuyết {central_committee}, Bí thư Tỉnh ủy Nam "
                     "Định thăm xã Giao Lạc.")
    assert positions(facts, "Trần Văn An") == {("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
                                               ("Bí thư", "Tỉnh ủy Nam Định")}


def test_a_chief_executive_is_a_post_in_the_firm():
    facts = facts_of("Sáng 28/8/2024, Chủ tịch UBND tỉnh Nam Định tiếp ông Remon Vos - CEO Tập đoàn CTP (Hà Lan).")
    assert positions(facts, "Remon Vos") == {("CEO", "Tập đoàn CTP")}


def test_a_member_of_the_executive_committee_of_a_party_committee_is_a_member_of_that_committee():
    # the Tỉnh ủy is the executive committee of the province's party organization
    facts = facts_of("Sáng 30/6/2021, ông Trần Văn An - Ủy viên BCH Tỉnh ủy Nam Định, Chủ tịch UBND TP. Nam Định trúng "
                     "cử Phó Chủ tịch UBND tỉnh.")
    assert ("Ủy viên", "Tỉnh ủy Nam Định") in positions(facts, "Trần Văn An")


def test_a_body_closing_a_chain_of_titles_is_the_body_of_those_that_name_none():
    facts = facts_of("Ngày 4/9/2024, ông Lê Văn Ba - Phó Chủ tịch UBND tỉnh Nam Định - tiếp bà Anna Weber - Tham tán, "
                     "Trưởng ban Hợp tác, Đại sứ quán Canada tại Việt Nam - cùng đoàn công tác.")
    assert positions(facts, "Anna Weber") == {
        ("Tham tán", "Đại sứ quán Canada tại Việt Nam"),
        ("Trưởng ban", "Ban Hợp tác Đại sứ quán Canada tại Việt Nam")}
    # a body after a title that names its own is no such closing body
    facts = facts_of("Ngày 4/9/2024, ông Lê Văn Ba, Giám đốc Sở Y tế tỉnh Nam Định, Tỉnh ủy viên phát biểu.")
    assert positions(facts, "Lê Văn Ba") == {("Giám đốc", "Sở Y tế tỉnh Nam Định"), ("Ủy viên", "Tỉnh ủy Nam Định")}


def test_a_post_and_its_body_both_written_in_lower_case_in_apposition():
    facts = facts_of("Sáng 5/3/2022, tỉnh Nam Định tổ chức hội thảo. Tham dự có ông Trần Văn An, Phó bí thư tỉnh ủy, "
                     "Chủ tịch ủy ban nhân dân tỉnh Nam Định.")
    assert positions(facts, "Trần Văn An") == {("Phó Bí thư", "Tỉnh ủy Nam Định"),
                                               ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}


def test_a_title_before_a_commune_named_bare_heads_its_committee():
    # since 2025 communes and wards answer to the province: "Bí thư phường X" is of its Đảng ủy
    facts = facts_of("Sáng 12/9/2025, ông Trần Văn An, Bí thư phường Giao Lạc và ông Lê Văn Ba, Chủ tịch xã Giao Hải "
                     "báo cáo với Bí thư Tỉnh ủy Nam Định.")
    assert positions(facts, "Trần Văn An") == {("Bí thư", "Đảng ủy phường Giao Lạc")}
    assert positions(facts, "Lê Văn Ba") == {("Chủ tịch", "Ủy ban nhân dân xã Giao Hải")}


def test_a_committee_left_bare_in_a_chain_takes_the_province_the_chain_ends_with():
    # after merger news names two provinces: "Tỉnh ủy" is Kon Tum's, though the article named
    # Quảng Ngãi's Tỉnh ủy before
    facts = facts_of("Chiều 20/11/2025, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị. Ông Trần Văn Bình, Phó "
                     "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ngãi và ông Lê Văn Tám, Bí thư Tỉnh ủy, Chủ tịch "
                     "HĐND tỉnh Kon Tum chủ trì hội nghị.")
    assert positions(facts, "Lê Văn Tám") == {("Bí thư", "Tỉnh ủy Kon Tum"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Kon Tum")}
    assert positions(facts, "Trần Văn Bình") == {("Phó Bí thư", "Tỉnh ủy Quảng Ngãi"),
                                                 ("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")}


def test_a_firm_s_name_is_written_out_where_a_post_is_held_in_it():
    facts = facts_of("Ông Lê Văn Tám, Chủ tịch HĐTV Tập đoàn BCVT Việt Nam, phát biểu tại lễ ký kết.")
    assert positions(facts, "Lê Văn Tám") == {("Chủ tịch", "Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam")}
    facts = facts_of("Ông Lê Văn Tám, Chủ tịch HĐTV Tập đoàn VNPT, phát biểu tại lễ ký kết.")
    assert positions(facts, "Lê Văn Tám") == {("Chủ tịch", "Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam")}


def test_a_party_organ_left_bare_in_a_chain_is_the_committee_of_the_province_the_chain_ends_with():
    facts = facts_of("Ngày 5/4/2023, Ủy ban MTTQ Việt Nam tỉnh Lào Cai và tỉnh Yên Bái ký kết chương trình hợp tác. "
                     "Đồng chí Lê Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Yên Bái "
                     "đồng chủ trì hội nghị.")
    assert positions(facts, "Lê Văn Tám") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái"),
                                             ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái")}


def test_a_post_held_now_by_the_people_listed_after_it():
    facts = facts_of("Chiều 29/6/2021, HĐND tỉnh Khánh Hòa họp kỳ thứ nhất. Ba Phó Chủ tịch UBND tỉnh Khánh Hòa đương "
                     "nhiệm được bầu tái đắc cử gồm các ông Lê Văn Tám, Trần Văn Bình và Ngô Văn Hải. Chủ tịch UBND "
                     "tỉnh Quảng Ngãi hiện nay là ông Đỗ Văn Nam.")
    for name in ("Lê Văn Tám", "Trần Văn Bình", "Ngô Văn Hải"):
        assert positions(facts, name) == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Khánh Hòa")}
    assert positions(facts, "Đỗ Văn Nam") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")}


def test_posts_nothing_reads_before_an_appointment_word_leave_the_post_given():
    # units of the army are no bodies of this grammar; the post given after them is still read
    facts = facts_of("Ngày 10/8/2025, tỉnh Khánh Hòa công bố quyết định. Ông Lê Văn Tám, Chỉ huy trưởng đảo Sinh "
                     "Tồn, Lữ đoàn 146, Vùng 4 Hải quân, được chỉ định giữ chức vụ Phó Chủ tịch UBND đặc khu Trường "
                     "Sa. Ông Trần Văn Bình, Phó Lữ đoàn trưởng Lữ đoàn 146, được chỉ định giữ chức vụ Chủ tịch UBND "
                     "đặc khu Trường Sa.")
    assert positions(facts, "Lê Văn Tám") == {("Phó Chủ tịch", "Ủy ban nhân dân đặc khu Trường Sa")}
    assert positions(facts, "Trần Văn Bình") == {("Chủ tịch", "Ủy ban nhân dân đặc khu Trường Sa")}


def test_a_firm_s_executive_abbreviated():
    facts = facts_of("Ngày 22/8/2025, UBND tỉnh Đắk Lắk ký kết với Tập đoàn Viettel. Chủ tịch UBND tỉnh Đắk Lắk Lê Văn "
                     "Tám và Trung tướng Trần Văn Bình, Chủ tịch kiêm TGĐ Tập đoàn Viettel ký kết hợp tác.")
    assert positions(facts, "Trần Văn Bình") == {("Chủ tịch", "Tập đoàn Công nghiệp - Viễn thông Quân đội"),
                                                ("Tổng Giám đốc", "Tập đoàn Công nghiệp - Viễn thông Quân đội")}


def test_the_post_taken_after_leaving_another_is_given_and_the_one_left_is_not():
    facts = facts_of("Ngày 6/5/2021, đồng chí Trần Thị Lan trao quyết định của Bộ Chính trị điều động đồng chí Phạm "
                     "Văn Túc, Ủy viên Trung ương Đảng, thôi giữ chức Phó Trưởng ban Nội chính Trung ương để chỉ định "
                     "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Nam Định.")
    assert positions(facts, "Phạm Văn Túc") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                                ("Bí thư", "Tỉnh ủy Nam Định"),
                                                ("Ủy viên", "Ban Thường vụ Tỉnh ủy Nam Định")}


@pytest.mark.parametrize("title, body", [
    ("Bí thư Thành ủy thành phố Đà Nẵng", "Thành ủy Đà Nẵng"),
    ("Bí thư Huyện ủy huyện Nam Đàn", "Huyện ủy Nam Đàn"),
    ("Bí thư Tỉnh ủy tỉnh Nam Định", "Tỉnh ủy Nam Định"),
])
def test_a_party_committee_written_with_its_units_level_word_before_the_name(title, body):
    facts = facts_of(f"Ngày 2/7/2025, {title} Nguyễn Văn Hiếu dự hội nghị.")
    assert positions(facts, "Nguyễn Văn Hiếu") == {("Bí thư", body)}


def test_the_standing_deputy_head_of_a_board_is_one_role():
    facts = facts_of("Ngày 16/8/2025, ông Dương Văn Hiếu, Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy TP.HCM dự "
                     "đại hội Đảng bộ phường.")
    assert positions(facts, "Dương Văn Hiếu") == {("Phó Trưởng ban Thường trực",
                                                   "Ban Tổ chức Thành ủy thành phố Hồ Chí Minh")}


def test_a_post_the_article_calls_new_or_whose_election_is_confirmed_is_given():
    facts = facts_of("Ngày 5/6/2021, Bí thư Tỉnh ủy Phú Yên Phạm Văn Dương trao quyết định và chúc mừng đồng chí Đào "
                     "Văn Mỹ - tân Phó Chủ tịch UBND tỉnh Phú Yên. Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó "
                     "Chủ tịch UBND tỉnh Phú Yên đối với ông Lê Văn Tư, Tỉnh ủy viên.")
    for name in ("Đào Văn Mỹ", "Lê Văn Tư"):
        (person,) = [p for p in facts.persons if p.name == name]
        assert {(p.role, p.organization) for p in person.positions if p.given} == {
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Phú Yên")}, name


def test_a_board_named_bare_is_the_board_of_the_firm_set_off_after_it():
    facts = facts_of("Ngày 5/3/2021, UBND tỉnh Nam Định ký kết hợp tác với VNPT. Dự lễ có ông Phạm Văn Long - Chủ tịch "
                     "Hội đồng thành viên, Tập đoàn Bưu chính Viễn thông Việt Nam.")
    assert positions(facts, "Phạm Văn Long") == {("Chủ tịch", "Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam")}


def test_a_bare_dang_uy_is_the_committee_of_the_party_organization_just_named():
    facts = extract_facts(Article("t", "t", (
        "Quảng Trị công bố quyết định thành lập các Đảng bộ\n"
        "Ngày 1/7/2025, ông Trần Văn Phong giữ chức Bí thư Đảng ủy UBND tỉnh Quảng Trị. Đảng bộ Công an tỉnh được "
        "thành lập, Thiếu tướng Nguyễn Thanh Lâm, Giám đốc Công an tỉnh giữ chức Bí thư Đảng ủy. Đảng bộ Quân sự "
        "tỉnh do ông Lê Ngọc Hà làm Bí thư Đảng ủy. Ông Hồ Văn Nam làm Phó Bí thư Đảng ủy.")))
    posts = {(p.name, q.role, q.organization) for p in facts.persons for q in p.positions}
    assert {("Trần Văn Phong", "Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Quảng Trị"),
            ("Nguyễn Thanh Lâm", "Bí thư", "Đảng ủy Công an tỉnh Quảng Trị"),
            ("Lê Ngọc Hà", "Bí thư", "Đảng ủy Quân sự tỉnh Quảng Trị"),
            ("Hồ Văn Nam", "Phó Bí thư", "Đảng ủy Quân sự tỉnh Quảng Trị")} <= posts


@pytest.mark.parametrize("group", ["các Phó Bí thư tỉnh ủy gồm", "các phó bí thư tỉnh ủy gồm"])
def test_a_group_title_in_lower_case_or_with_its_committee_in_lower_case_is_each_member_s(group):
    facts = extract_facts(Article("t", "t", (
        f"Ngày 30/6/2025, Tỉnh ủy Tuyên Quang công bố quyết định; {group}: bà Lê Thị Kim Dung, Phó Bí thư Thường trực "
        "Tỉnh ủy; ông Nguyễn Văn Sơn, Chủ tịch HĐND tỉnh.")))
    assert ("Phó Bí thư", "Tỉnh ủy Tuyên Quang") in positions(facts, "Nguyễn Văn Sơn")


def test_a_post_given_after_a_list_of_people_with_posts_of_their_own_is_each_ones():
    facts = facts_of("Kỳ họp HĐND tỉnh Sóc Trăng nhất trí bầu ông Trần Văn An, Bí thư Huyện ủy Kế Sách và bà Lê Thị "
                     "Bình, Chánh Văn phòng UBND tỉnh giữ chức vụ Phó Chủ tịch UBND tỉnh Sóc Trăng.")
    assert positions(facts, "Trần Văn An") == {("Bí thư", "Huyện ủy Kế Sách"),
                                               ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")}
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng") in positions(facts, "Lê Thị Bình")
    facts = facts_of("Tại kỳ họp HĐND tỉnh Hòa Bình, các đồng chí: Trần Văn An (Chủ tịch Hội Nông dân tỉnh), Lê Văn "
                     "Bình (Phó ban Tổ chức Tỉnh ủy) được bầu giữ chức Phó Chủ tịch HĐND tỉnh.")
    assert positions(facts, "Trần Văn An") == {("Chủ tịch", "Hội Nông dân tỉnh Hòa Bình"),
                                               ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hòa Bình")}
    assert positions(facts, "Lê Văn Bình") == {("Phó ban", "Ban Tổ chức Tỉnh ủy Hòa Bình"),
                                               ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hòa Bình")}


def test_a_post_marked_new_after_a_list_is_the_last_ones_alone():
    facts = facts_of("Dự lễ có ông Trần Văn An, Chủ tịch UBND tỉnh Sóc Trăng và ông Lê Văn Bình, tân Giám đốc Sở "
                     "Y tế tỉnh Sóc Trăng.")
    assert positions(facts, "Trần Văn An") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")}


@pytest.mark.parametrize("sentence, name", [
    ("Ông Trần Văn An và ông Lê Văn Bình được bầu bổ sung 2 Phó Chủ tịch HĐND tỉnh Sóc Trăng.", "Lê Văn Bình"),
    ("Ông Trần Văn An và ông Lê Văn Bình được bầu bổ sung 2 Phó Chủ tịch HĐND tỉnh Sóc Trăng.", "Trần Văn An"),
    ("Kỳ họp bầu 1 ủy viên UBND tỉnh Sóc Trăng đối với ông Lê Văn Bình.", "Lê Văn Bình"),
])
def test_how_many_posts_are_given_is_no_part_of_the_post(sentence, name):
    facts = facts_of(sentence)
    assert {role for role, _ in positions(facts, name)} & {"Phó Chủ tịch", "Ủy viên"}
    assert all(org in ("Hội đồng nhân dân tỉnh Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng")
               for _, org in positions(facts, name))


def test_a_head_of_several_words_written_in_the_title_opens_the_body_name():
    facts = facts_of("Dự hội nghị có đồng chí Lê Văn Bình, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.")
    assert positions(facts, "Lê Văn Bình") == {("Bí thư", "Ban Chấp hành Trung ương Đảng"),
                                               ("Chánh Văn phòng", "Văn phòng Trung ương Đảng")}


@pytest.mark.parametrize("sentence, post", [
    ("Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND thành phố Cần Thơ đối với ông Trần Văn An, do vừa được phân công làm "
     "Bí thư Tỉnh ủy Vĩnh Long.", ("Bí thư", "Tỉnh ủy Vĩnh Long")),
    ("HĐND tỉnh Ninh Bình miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Văn An do trước đó đã được bầu giữ "
     "chức Chủ tịch UBND tỉnh Hưng Yên.", ("Chủ tịch", "Ủy ban nhân dân tỉnh Hưng Yên")),
    ("Ông Lê Văn Bình thay ông Trần Văn An đã được điều động, chỉ định làm Phó Bí thư Tỉnh ủy Cà Mau.",
     ("Phó Bí thư", "Tỉnh ủy Cà Mau")),
])
def test_the_post_a_person_left_for_is_given_to_them(sentence, post):
    assert positions(facts_of(sentence), "Trần Văn An") == {post}


def test_abbreviated_posts_of_a_standing_committee_and_a_firms_deputy_head():
    facts = facts_of("Sáng 30/1/2023, đồng chí Trần Văn An, UVTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Quảng "
                     "Bình đi kiểm tra. Về phía Tập đoàn Hòa Phát có ông Lê Văn Bình - Phó TGĐ Tập đoàn.")
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Bình") in positions(facts, "Trần Văn An")
    assert {role for role, _ in positions(facts, "Lê Văn Bình")} == {"Phó Tổng Giám đốc"}


def test_a_member_of_the_standing_committee_written_without_ban():
    facts = facts_of("Tại kỳ họp, các đại biểu bầu bà Lê Thị Bình, Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh Trà "
                     "Vinh nhiệm kỳ 2016-2021.")
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Trà Vinh") in positions(facts, "Lê Thị Bình")


def test_joining_the_committee_and_its_standing_committee_gives_a_seat_in_the_standing_committee():
    facts = facts_of("Ngày 3/7/2025, Bộ Chính trị điều động, chỉ định ông Trần Văn Nam, Phó Bí thư Tỉnh ủy Hà Nam, tham "
                     "gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Ninh Bình nhiệm kỳ 2020 - 2025.")
    (person,) = facts.persons
    assert {(p.role, p.organization, p.given) for p in person.positions} == {
        ("Phó Bí thư", "Tỉnh ủy Hà Nam", False), ("Bí thư", "Tỉnh ủy Ninh Bình", True),
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy Ninh Bình", True)}


def test_leaving_the_committee_for_another_gives_the_new_post_only():
    facts = facts_of("Ngày 3/7/2025, Ban Bí thư điều động ông Trần Văn Nam, Phó Bí thư Tỉnh ủy Hà Nam, thôi tham gia Ban "
                     "Chấp hành, Ban Thường vụ, thôi giữ chức Phó Bí thư Tỉnh ủy Hà Nam để tham gia Ban Chấp hành, Ban "
                     "Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Ninh Bình.")
    (person,) = facts.persons
    assert {(p.role, p.organization) for p in person.positions} >= {
        ("Phó Bí thư", "Tỉnh ủy Ninh Bình"), ("Ủy viên", "Ban Thường vụ Tỉnh ủy Ninh Bình")}


def test_abbreviations_of_a_standing_deputy_and_of_a_central_committee_member():
    facts = facts_of("Đồng chí Y Thanh Hà Niê Kđăm, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng chủ trì hội nghị. "
                     "Phó CT Thường trực UBND tỉnh Lê Văn Bốn dự.")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng") in positions(facts, "Y Thanh Hà Niê Kđăm")
    assert positions(facts, "Lê Văn Bốn") == {("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Lâm Đồng")}


def test_the_former_mark_holds_for_the_list_of_posts_it_opens_but_not_past_hien_la():
    facts = facts_of("HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Quốc Nam, nguyên Phó Bí thư "
                     "Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Khánh Hòa. Ông Lê Văn Bốn, nguyên Phó Chủ tịch UBND "
                     "tỉnh Khánh Hòa, hiện là Chủ tịch Hội Cựu chiến binh tỉnh dự.")
    assert positions(facts, "Trần Quốc Nam") == {("nguyên Phó Bí thư", "Tỉnh ủy Khánh Hòa"),
                                                 ("nguyên Trưởng đoàn", "Đoàn Đại biểu Quốc hội tỉnh Khánh Hòa")}
    assert positions(facts, "Lê Văn Bốn") == {("nguyên Phó Chủ tịch", "Ủy ban nhân dân tỉnh Khánh Hòa"),
                                              ("Chủ tịch", "Hội Cựu chiến binh tỉnh Khánh Hòa")}


def test_a_post_won_again_in_an_election_is_held():
    facts = facts_of("Sáng 25/6/2021, HĐND tỉnh Hải Dương khai mạc kỳ họp thứ nhất. Ông Phạm Văn Bốn, Bí thư Tỉnh ủy, "
                     "tái đắc cử chức Chủ tịch HĐND tỉnh Hải Dương khóa XVII, nhiệm kỳ 2021-2026.")
    assert ("Chủ tịch", "Hội đồng nhân dân tỉnh Hải Dương") in positions(facts, "Phạm Văn Bốn")


def test_the_people_a_post_lists_after_how_they_came_to_hold_it_each_hold_it():
    facts = facts_of("Ngày 5/8/2025, Ban Bí thư chỉ định Ban Chấp hành Đảng bộ tỉnh Đồng Tháp. Ba Phó Bí thư Tỉnh ủy được "
                     "chỉ định gồm các ông, bà: Nguyễn Hải Tâm (Phó Bí thư Thường trực), Châu Thị Mỹ Hạnh và Trần Trí Dũng.")
    assert positions(facts, "Nguyễn Hải Tâm") == {("Phó Bí thư Thường trực", "Tỉnh ủy Đồng Tháp")}
    assert positions(facts, "Châu Thị Mỹ Hạnh") == positions(facts, "Trần Trí Dũng") == {
        ("Phó Bí thư", "Tỉnh ủy Đồng Tháp")}


def test_a_bare_head_of_board_title_after_lam_is_a_post_in_the_steering_board_just_set_up():
    facts = facts_of("Ngày 5/3/2023, UBND tỉnh Đắk Lắk ban hành quyết định thành lập Ban Chỉ đạo phòng chống dịch. Theo đó, "
                     "ông Nguyễn Đình Tâm, Bí thư Tỉnh ủy làm Trưởng ban; ông Phạm Ngọc Nghĩa, Chủ tịch UBND tỉnh làm Phó "
                     "Trưởng ban Thường trực.")
    board = "Ban Chỉ đạo phòng chống dịch tỉnh Đắk Lắk"
    assert ("Trưởng ban", board) in positions(facts, "Nguyễn Đình Tâm")
    assert ("Phó Trưởng ban Thường trực", board) in positions(facts, "Phạm Ngọc Nghĩa")


def test_new_or_old_written_bare_after_a_units_name_qualifies_the_post_and_the_chain_goes_on():
    facts = facts_of("Ngày 24/6/2025, Thủ tướng Chính phủ chỉ định ông Hồ Văn Mạnh, Phó Bí thư Tỉnh ủy Lâm Đồng mới nhiệm kỳ "
                     "2020-2025 giữ chức vụ Chủ tịch UBND tỉnh Lâm Đồng mới. Ông Lê Văn Tâm, Bí thư Đảng ủy xã Tân Hà cũ "
                     "giữ chức Chủ tịch UBND xã Tân Hòa.")
    assert positions(facts, "Hồ Văn Mạnh") == {("Phó Bí thư", "Tỉnh ủy Lâm Đồng"),
                                               ("Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng")}
    assert positions(facts, "Lê Văn Tâm") == {("nguyên Bí thư", "Đảng ủy xã Tân Hà"),
                                              ("Chủ tịch", "Ủy ban nhân dân xã Tân Hòa")}


def test_the_post_an_official_is_assigned_to_do_the_duties_of_is_his():
    facts = facts_of("Ngày 5/8/2025, Chủ tịch UBND tỉnh Quảng Ngãi ký quyết định điều chỉnh phân công. Phân công Phó Chủ tịch "
                     "UBND tỉnh Nguyễn Ngọc Sâm làm nhiệm vụ Chủ tịch Hội đồng thẩm định giá đất tỉnh.")
    assert ("Chủ tịch", "Hội đồng thẩm định giá đất tỉnh Quảng Ngãi") in positions(facts, "Nguyễn Ngọc Sâm")


def test_a_firms_board_written_in_lower_case_after_its_chairmans_title():
    facts = facts_of("Ngày 5/3/2024, Chủ tịch UBND tỉnh Lào Cai Trịnh Văn Trường dự lễ ký kết. Ông Nguyễn Quang Hưng - Chủ tịch "
                     "hội đồng thành viên Công ty Thuốc lá Thăng Long phát biểu.")
    assert positions(facts, "Nguyễn Quang Hưng") == {("Chủ tịch", "Hội đồng thành viên Công ty Thuốc lá Thăng Long")}


def test_the_leader_of_a_working_group_named_by_its_number():
    facts = facts_of("Ngày 12-12-2025, Tổ công tác số 1 do đồng chí Võ Văn Minh, Phó Bí thư Thành ủy, Chủ tịch HĐND TPHCM, làm "
                     "tổ trưởng đã giám sát việc thực hiện Kế hoạch 249 tại xã Bình Lợi.")
    assert ("Tổ trưởng", "Tổ công tác số 1") in positions(facts, "Võ Văn Minh")


def test_a_standing_deputy_keeps_standing_in_the_role_and_the_government_inspectorate_its_chiefs():
    facts = facts_of("Sáng 20/3/2025, Thủ tướng trao quyết định bổ nhiệm ông Vũ Văn Hà giữ chức Thứ trưởng Thường trực "
                     "Bộ Y tế; ông Nguyễn Văn Quang, Phó Tổng Thanh tra Thường trực Thanh tra Chính phủ; bà Lê Thị Hoa, "
                     "Phó Chủ nhiệm Thường trực Ủy ban Kinh tế của Quốc hội.")
    assert positions(facts, "Vũ Văn Hà") == {("Thứ trưởng Thường trực", "Bộ Y tế")}
    assert positions(facts, "Nguyễn Văn Quang") == {("Phó Tổng Thanh tra Thường trực", "Thanh tra Chính phủ")}
    assert positions(facts, "Lê Thị Hoa") == {("Phó Chủ nhiệm Thường trực", "Ủy ban Kinh tế của Quốc hội")}
