"""Names of bodies and people in provincial news: their variants, levels and boundaries.

Every text is made up for the test (officials, schools and associations are invented);
each test states what a careful reader takes from it.
"""
from __future__ import annotations

import pytest
from lexicon_fixtures import extract_facts

from extract.facts import Article, ArticleFacts


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Article(name="t", source="t", text=text))


def person_names(facts: ArticleFacts) -> list[str]:
    return sorted(p.name for p in facts.persons)


def positions(facts: ArticleFacts, name: str) -> set[tuple[str, str]]:
    (person,) = [p for p in facts.persons if p.name == name]
    return {(p.written_role, p.organization) for p in person.positions}


def organization_names(facts: ArticleFacts) -> set[str]:
    return {o.name for o in facts.organizations}


# ---------------------------------------------------------------- variants of a name


def test_an_acronym_the_article_defines_names_that_body_later():
    facts = facts_of("Giải thưởng do Hiệp hội Du lịch cộng đồng Việt Nam (VCTA) tổ chức tại tỉnh Ninh Bình. "
                     "Phát biểu tại lễ trao giải, Chủ tịch VCTA Trần Văn Bách cho biết giải thưởng sẽ được "
                     "tổ chức hằng năm.")
    assert "Hiệp hội Du lịch cộng đồng Việt Nam" in organization_names(facts)
    assert positions(facts, "Trần Văn Bách") == {("Chủ tịch", "Hiệp hội Du lịch cộng đồng Việt Nam")}


def test_a_field_written_with_a_dash_or_without_its_conjunction():
    for written in ("Sở Kế hoạch - Đầu tư", "Sở Kế hoạch Đầu tư"):
        facts = facts_of(f"Ông Lê Văn Khải, Giám đốc {written} tỉnh Nam Định, cho biết tỉnh đã thu hút "
                         "12 dự án mới.")
        assert positions(facts, "Lê Văn Khải") == {("Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Nam Định")}


def test_a_city_written_t_p():
    facts = facts_of("Chủ tịch UBND tỉnh Ninh Bình tặng Bằng khen cho Công an T.P Tam Điệp vì thành tích "
                     "xuất sắc.")
    assert "Công an thành phố Tam Điệp" in organization_names(facts)


def test_a_school_abbreviated_and_in_lower_case_is_a_named_school():
    facts = facts_of("Đoàn công tác của tỉnh Vĩnh Phúc thăm trường TH&THCS Yên Đồng và trường mầm non "
                     "Hoa Sen. Các trường đại học, cao đẳng trên địa bàn cũng tham gia.")
    names = organization_names(facts)
    assert {"Trường Tiểu học và Trung học cơ sở Yên Đồng", "Trường Mầm non Hoa Sen"} <= names
    assert not any(name.startswith("Trường Đại học") for name in names)  # "các trường đại học": none named


def test_a_bare_province_after_a_department_is_written_as_its_place():
    facts = facts_of("Giám đốc Sở Du lịch Hà Nội Phạm Thu Trang cho biết thành phố sẽ tổ chức 20 sự kiện.")
    assert positions(facts, "Phạm Thu Trang") == {("Giám đốc", "Sở Du lịch thành phố Hà Nội")}


# ---------------------------------------------------------------- the level of a body


def test_the_youth_union_s_central_committee_is_not_the_party_s():
    facts = facts_of("Dự lễ có đồng chí Lê Minh Tâm - Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn "
                     "Hà Nam. Tỉnh đoàn kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh.")
    assert positions(facts, "Lê Minh Tâm") == {
        ("Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Bí thư", "Tỉnh đoàn Hà Nam"),
    }
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" in organization_names(facts)
    assert "Ban Chấp hành Trung ương Đảng" not in organization_names(facts)


def test_the_central_inspection_committee_belongs_to_no_province():
    facts = facts_of("Tại kỳ họp thứ 12, Ủy ban Kiểm tra Trung ương kết luận nhiều vi phạm ở tỉnh Hà Nam. "
                     "Ủy ban Kiểm tra yêu cầu Ban Thường vụ Tỉnh ủy Hà Nam chỉ đạo khắc phục.")
    names = organization_names(facts)
    assert "Ủy ban Kiểm tra Trung ương" in names
    assert not any(name.startswith("Ủy ban Kiểm tra Tỉnh ủy") for name in names)


def test_a_candidate_member_of_the_central_committee():
    facts = facts_of("Sáng 3-5, đồng chí Hà Văn Lực, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy, "
                     "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua khen thưởng tỉnh đã gặp mặt các tập thể "
                     "của tỉnh Yên Bái.")
    assert positions(facts, "Hà Văn Lực") == {
        ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
        ("Phó Bí thư", "Tỉnh ủy Yên Bái"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái"),
        ("Chủ tịch", "Hội đồng Thi đua khen thưởng tỉnh Yên Bái"),
    }


def test_a_body_at_province_level_is_the_province_s_and_one_at_district_level_is_none():
    facts = facts_of("Sở Giao thông vận tải tỉnh Nghệ An tham mưu cho Ban An toàn giao thông cấp tỉnh. "
                     "UBND cấp huyện rà soát các tuyến đường.")
    names = organization_names(facts)
    assert "Ban An toàn giao thông tỉnh Nghệ An" in names
    assert not any(name.startswith("Ủy ban nhân dân") for name in names)


def test_the_province_written_with_a_capital():
    facts = facts_of("Tham gia đoàn có bà Đỗ Thị Hạnh, Phó Chủ tịch Hội Khuyến học Tỉnh cùng lãnh đạo "
                     "Sở Giáo dục và Đào tạo tỉnh Hà Nam.")
    assert positions(facts, "Đỗ Thị Hạnh") == {("Phó Chủ tịch", "Hội Khuyến học tỉnh Hà Nam")}


def test_youth_unions_of_districts_and_of_the_agencies_bloc():
    facts = facts_of("Về giải tập thể, Thị Đoàn Sa Pa giải Nhất, Đoàn Khối các cơ quan và Doanh nghiệp "
                     "tỉnh giải Nhì, Huyện Đoàn Bát Xát giải Ba. Tỉnh đoàn Lào Cai tổng kết cuộc thi.")
    assert {"Thị đoàn Sa Pa", "Huyện đoàn Bát Xát", "Đoàn Khối các cơ quan và Doanh nghiệp tỉnh Lào Cai"} \
        <= organization_names(facts)
    assert person_names(facts) == []


def test_an_academy_whose_name_ends_with_a_person_s_name():
    facts = facts_of("PGS.TS Trịnh Quốc Bảo - Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu "
                     "tại hội thảo ở tỉnh Hậu Giang.")
    assert positions(facts, "Trịnh Quốc Bảo") == {("Phó Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh")}


# ---------------------------------------------------------------- where a name ends


def test_a_word_capitalized_only_on_its_first_syllable_stays_in_the_name():
    facts = facts_of("Ban Chỉ đạo Tháng Thanh niên tỉnh Hà Nam tổ chức lễ ra quân.")
    assert "Ban Chỉ đạo Tháng Thanh niên tỉnh Hà Nam" in organization_names(facts)


def test_a_predicate_ends_a_name():
    facts = facts_of("Trung tâm Điều hành IOC chưa thật sự phát huy hiệu quả; Trung tâm vẫn còn thiếu "
                     "nhân lực ở tỉnh Hà Nam.")
    assert "Trung tâm Điều hành IOC tỉnh Hà Nam" in organization_names(facts)


def test_a_commune_whose_name_has_an_apostrophe():
    facts = facts_of("Người dân làm thủ tục tại UBND xã Quảng K'Rông, huyện Đắk Song.")
    assert "Ủy ban nhân dân xã Quảng K'Rông" in organization_names(facts)


def test_a_place_whose_name_opens_with_a_head_word_is_no_body():
    facts = facts_of("Ông Bảo nghe Hội An báo cáo nhu cầu vốn của tỉnh Quảng Nam; công an xã Lịch Hội "
                     "Thượng đang điều tra.")
    assert not any(name.startswith("Hội") for name in organization_names(facts))


# ---------------------------------------------------------------- who is a person


def test_a_given_name_that_is_a_head_word():
    facts = facts_of("Chủ tịch UBND huyện Lộc Hà Nguyễn Trường Sơn cho biết huyện có 12 xã.")
    assert person_names(facts) == ["Nguyễn Trường Sơn"]
    assert positions(facts, "Nguyễn Trường Sơn") == {("Chủ tịch", "Ủy ban nhân dân huyện Lộc Hà")}
    assert not any(name.startswith("Trường") for name in organization_names(facts))


def test_streets_listed_after_a_blocker_are_no_people():
    facts = facts_of("Điểm trông xe được bố trí trên các phố Trần Nhật Duật, Lê Văn Hưu và Nguyễn Khắc Nhu; "
                     "ông Phạm Văn Sỹ, người dân thành phố Hà Nội, cho biết.")
    assert person_names(facts) == ["Phạm Văn Sỹ"]


def test_a_place_after_an_honorific_word_inside_a_phrase_is_no_person():
    facts = facts_of("Chính sách thu hút con em Thái Bình tốt nghiệp đại học về làm việc tại tỉnh.")
    assert person_names(facts) == []


def test_a_name_the_article_withholds_is_not_listed():
    facts = facts_of("Chị Vũ Thị H., quê tại huyện Kim Sơn, cho biết đã nộp hồ sơ.")
    assert person_names(facts) == []


def test_a_verb_written_with_a_capital_ends_no_name():
    facts = facts_of("Đoàn Chủ trì hội thảo gồm các nhà khoa học. Đ/c Đồng Văn Lâm phát biểu.")
    assert person_names(facts) == ["Đồng Văn Lâm"]


def test_a_later_short_form_of_a_full_name_is_the_same_person():
    facts = facts_of("Ông Lê Phước Minh Khoa trở lại nhiệm sở. “Anh Minh Khoa đi làm từ tuần trước”, "
                     "nguồn tin nói.")
    assert person_names(facts) == ["Lê Phước Minh Khoa"]


def test_a_rare_family_name():
    facts = facts_of("Dự lễ có các đồng chí: Lâm Văn Hòa, Phó Giám đốc Sở Y tế tỉnh Trà Vinh; Quảng Văn Tư, "
                     "Phó Chủ tịch Hội Nông dân tỉnh Trà Vinh.")
    assert positions(facts, "Quảng Văn Tư") == {("Phó Chủ tịch", "Hội Nông dân tỉnh Trà Vinh")}


# ---------------------------------------------------------------- coordinated names


def test_heads_written_bare_before_a_list_share_its_place():
    facts = facts_of("Dự lễ có lãnh đạo Huyện ủy, UBND, các ban, ngành, đoàn thể huyện Bát Xát và đoàn viên "
                     "thanh niên tỉnh Lào Cai.")
    names = organization_names(facts)
    assert {"Huyện ủy Bát Xát", "Ủy ban nhân dân huyện Bát Xát"} <= names
    assert "Ủy ban nhân dân tỉnh Lào Cai" not in names


def test_a_standing_committee_shares_the_parent_of_the_next_body():
    facts = facts_of("Cùng dự có các đồng chí Thường trực, Ban Thường vụ Tỉnh đoàn Lào Cai.")
    assert {"Thường trực Tỉnh đoàn Lào Cai", "Ban Thường vụ Tỉnh đoàn Lào Cai"} <= organization_names(facts)


def test_a_bare_party_committee_in_a_chain_is_the_next_body_s():
    facts = facts_of("Chủ trì hội thảo có TS. Phạm Quang Hiếu - Bí thư Đảng ủy, Giám đốc Học viện Chính trị "
                     "khu vực II; ông Lò Văn Páo - Bí thư Đảng ủy, Chủ tịch UBND xã Mường Khoa, tỉnh Lai Châu.")
    assert positions(facts, "Phạm Quang Hiếu") == {
        ("Bí thư", "Đảng ủy Học viện Chính trị khu vực II"),
        ("Giám đốc", "Học viện Chính trị khu vực II"),
    }
    assert positions(facts, "Lò Văn Páo") == {
        ("Bí thư", "Đảng ủy xã Mường Khoa"),
        ("Chủ tịch", "Ủy ban nhân dân xã Mường Khoa"),
    }


def test_a_party_committee_written_with_a_bare_level_word_in_a_chain_is_the_next_body_s():
    # not the commune the article named last
    facts = facts_of("Tiếp xúc cử tri tại xã Thắng Mố. Ứng cử viên: Nguyễn Văn Dũng, Bí thư Đảng ủy xã, Chủ tịch Hội đồng "
                     "nhân dân xã Quản Bạ; Giàng Xuân Thắng, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã Phố Bảng.")
    assert positions(facts, "Nguyễn Văn Dũng") == {("Bí thư", "Đảng ủy xã Quản Bạ"),
                                                  ("Chủ tịch", "Hội đồng nhân dân xã Quản Bạ")}
    assert positions(facts, "Giàng Xuân Thắng") == {("Phó Bí thư", "Đảng ủy xã Phố Bảng"),
                                                   ("Chủ tịch", "Ủy ban nhân dân xã Phố Bảng")}


def test_a_district_the_headline_opens_with_is_the_one_its_bare_level_words_mean():
    facts = facts_of("Hàm Thuận Nam tập trung chuẩn bị Đại hội Đảng bộ huyện\nTại cuộc họp, đồng chí Lê Văn Tám, "
                     "Phó Bí thư Thường trực Huyện ủy yêu cầu Văn phòng Huyện ủy phối hợp chuẩn bị Đại hội.")
    assert positions(facts, "Lê Văn Tám") == {("Phó Bí thư Thường trực", "Huyện ủy Hàm Thuận Nam")}
    assert "Văn phòng Huyện ủy Hàm Thuận Nam" in organization_names(facts)
    # a province's name opening the headline is the province's, as it was
    facts = facts_of("Bình Thuận tập trung chuẩn bị Đại hội Đảng bộ tỉnh\nĐồng chí Lê Văn Tám, Phó Bí thư Thường trực "
                     "Tỉnh ủy yêu cầu Văn phòng Tỉnh ủy chuẩn bị Đại hội.")
    assert positions(facts, "Lê Văn Tám") == {("Phó Bí thư Thường trực", "Tỉnh ủy Bình Thuận")}


def test_a_title_written_bare_before_a_title_of_its_kind_of_body_shares_that_body():
    facts = facts_of("Về dự có đồng chí Đặng Văn Lâm - Phó Chỉ huy trưởng - Tham mưu trưởng Ban Chỉ huy Quân sự "
                     "huyện Tứ Kỳ và bà Trương Thị Toàn, Bí thư Đảng ủy, Chính trị viên Ban Chỉ huy Quân sự xã Hưng Đạo.")
    assert positions(facts, "Đặng Văn Lâm") == {("Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Tứ Kỳ"),
                                                ("Tham mưu trưởng", "Ban Chỉ huy Quân sự huyện Tứ Kỳ")}
    assert positions(facts, "Trương Thị Toàn") == {("Bí thư", "Đảng ủy xã Hưng Đạo"),
                                                   ("Chính trị viên", "Ban Chỉ huy Quân sự xã Hưng Đạo")}


def test_a_bare_party_committee_is_not_one_of_a_province_whose_committee_has_its_own_head():
    # the city's party organization, named since the commune's committee, has a Thành ủy, no Đảng ủy
    facts = facts_of("Ngày 28/10, Đảng ủy xã Dân Hòa tổ chức Hội nghị thông báo kết quả Đại hội đại biểu Đảng bộ "
                     "Thành phố Hà Nội lần thứ XVIII. Dự hội nghị có đồng chí Hoàng Quốc Đạt – Phó Bí thư Thường trực "
                     "Đảng ủy.")
    assert positions(facts, "Hoàng Quốc Đạt") == {("Phó Bí thư Thường trực", "Đảng ủy xã Dân Hòa")}


def test_a_party_title_written_bare_before_a_units_government_is_of_its_party_committee():
    facts = facts_of("Dự hội nghị có đồng chí Phạm Văn Thắm, Phó Bí thư, Chủ tịch UBND xã Phú Lộc; ông Lê Văn Tám, "
                     "Phó Bí thư, Chủ tịch UBND huyện Tuy Phong và ông Trần Văn Hai, Phó Bí thư, Chủ tịch UBND tỉnh "
                     "Bình Thuận.")
    assert positions(facts, "Phạm Văn Thắm") == {("Phó Bí thư", "Đảng ủy xã Phú Lộc"),
                                                 ("Chủ tịch", "Ủy ban nhân dân xã Phú Lộc")}
    assert ("Phó Bí thư", "Huyện ủy Tuy Phong") in positions(facts, "Lê Văn Tám")
    assert ("Phó Bí thư", "Tỉnh ủy Bình Thuận") in positions(facts, "Trần Văn Hai")


def test_a_title_after_a_list_of_names_belongs_to_each():
    facts = facts_of("Chủ trì kỳ họp có các Phó Chủ tịch HĐND tỉnh Hà Văn Tám, Lý Thị Mai - Tỉnh ủy viên, "
                     "Phó Chủ tịch HĐND tỉnh Cao Bằng.")
    for name in ("Hà Văn Tám", "Lý Thị Mai"):
        assert positions(facts, name) == {
            ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Cao Bằng"),
            ("Ủy viên", "Tỉnh ủy Cao Bằng"),
        }


# ---------------------------------------------------------------- posts in personnel news


def test_a_transfer_gives_the_new_post_and_keeps_the_old_one():
    facts = facts_of("Bộ Chính trị quyết định điều động ông Vũ Đức Hạnh, Phó Trưởng Ban Kinh tế Trung ương "
                     "làm quyền Bí thư Tỉnh ủy Hà Giang.")
    assert positions(facts, "Vũ Đức Hạnh") == {
        ("Phó Trưởng ban", "Ban Kinh tế Trung ương"),
        ("Quyền Bí thư", "Tỉnh ủy Hà Giang"),
    }


def test_an_appointment_to_a_post_and_a_concurrent_post():
    facts = facts_of("Ban Thường vụ Tỉnh ủy bổ nhiệm TS. Lê Thu Hà, Phó Hiệu trưởng giữ chức Hiệu trưởng "
                     "Trường Chính trị tỉnh Bạc Liêu. Ông Tạ Văn Đông, Bí thư Huyện ủy kiêm Chủ tịch UBND "
                     "huyện Hòa Bình, dự lễ.")
    assert ("Hiệu trưởng", "Trường Chính trị tỉnh Bạc Liêu") in positions(facts, "Lê Thu Hà")
    assert positions(facts, "Tạ Văn Đông") == {
        ("Bí thư", "Huyện ủy Hòa Bình"),
        ("Chủ tịch", "Ủy ban nhân dân huyện Hòa Bình"),
    }


def test_a_title_before_a_name_set_off_by_commas():
    facts = facts_of("Chủ tịch UBND tỉnh Thái Bình, ông Đặng Trọng Thăng, cho biết tỉnh sẽ xử lý nghiêm.")
    assert positions(facts, "Đặng Trọng Thăng") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình")}


def test_a_post_in_lower_case_further_left_is_someone_else_s():
    facts = facts_of("Phát biểu giao nhiệm vụ cho quyền Bí thư Tỉnh ủy Hà Giang, Trưởng Ban Tổ chức Trung ương "
                     "Mai Văn Chính nhấn mạnh công tác cán bộ.")
    assert positions(facts, "Mai Văn Chính") == {("Trưởng ban", "Ban Tổ chức Trung ương")}


def test_an_elected_post_goes_to_each_person_named_after_it_and_a_removed_one_to_none():
    facts = facts_of("Kỳ họp miễn nhiệm chức danh ủy viên UBND tỉnh Phú Thọ đối với ông Đào Văn Nam - "
                     "nguyên Giám đốc Sở Y tế. Đồng thời bầu bổ sung chức danh ủy viên UBND tỉnh Phú Thọ, "
                     "nhiệm kỳ 2021 - 2026 đối với các ông: Hán Văn Tuấn - Giám đốc Sở Tư pháp; "
                     "Vi Đức Long - Giám đốc Sở Dân tộc và Tôn giáo.")
    assert positions(facts, "Đào Văn Nam") == {("nguyên Giám đốc", "Sở Y tế tỉnh Phú Thọ")}
    assert positions(facts, "Hán Văn Tuấn") == {
        ("Giám đốc", "Sở Tư pháp tỉnh Phú Thọ"), ("Ủy viên", "Ủy ban nhân dân tỉnh Phú Thọ")}
    assert positions(facts, "Vi Đức Long") == {
        ("Giám đốc", "Sở Dân tộc và Tôn giáo tỉnh Phú Thọ"), ("Ủy viên", "Ủy ban nhân dân tỉnh Phú Thọ")}


def test_a_division_takes_its_parent_written_in_parentheses():
    facts = facts_of("Bà Đinh Thị Lan, Phó trưởng phòng Quản lý vận tải (Sở Giao thông Vận tải Hà Nội), "
                     "cho biết Sở sẽ tiếp thu ý kiến. Vụ trưởng Vụ hợp tác quốc tế (Bộ Công Thương) "
                     "Trần Quốc Khánh dự buổi làm việc.")
    assert positions(facts, "Đinh Thị Lan") == {
        ("Phó Trưởng phòng", "Phòng Quản lý vận tải Sở Giao thông vận tải thành phố Hà Nội")}
    assert positions(facts, "Trần Quốc Khánh") == {("Vụ trưởng", "Vụ hợp tác quốc tế")}


def test_a_centre_whose_name_holds_a_dash():
    for written in ("Trung tâm Dân số - Kế hoạch hóa gia đình", "Trung tâm DS-KHHGĐ"):
        facts = facts_of(f"Ông Lê Văn Tâm - nguyên Giám đốc {written} huyện Hương Sơn được giao phụ trách "
                         "Trung tâm Y tế huyện Hương Sơn.")
        assert positions(facts, "Lê Văn Tâm") == {
            ("nguyên Giám đốc", "Trung tâm Dân số - Kế hoạch hóa gia đình huyện Hương Sơn")}


def test_a_school_named_after_a_person_whose_name_holds_a_head_word():
    facts = facts_of("UBND thành phố Cần Thơ ký kết hợp tác với Trường Đại học Võ Trường Toản và Trường THPT "
                     "Nguyễn Trường Tộ.")
    assert {"Trường Đại học Võ Trường Toản", "Trường Trung học phổ thông Nguyễn Trường Tộ"} <= organization_names(facts)


def test_a_presidium_written_with_capitals_is_no_person():
    facts = facts_of("Đoàn Chủ tọa kỳ họp điều hành việc bỏ phiếu bầu bổ sung Ủy viên UBND tỉnh Gia Lai. "
                     "Đoàn Chủ tịch Đại hội gồm 15 đồng chí.")
    assert person_names(facts) == []


def test_a_comma_without_a_space_after_a_name_ends_it():
    facts = facts_of("Ông Lê Văn Hải,Quyền Giám đốc Sở Y tế tỉnh Nam Định cho biết số ca bệnh đã giảm.")
    assert person_names(facts) == ["Lê Văn Hải"]
    assert positions(facts, "Lê Văn Hải") == {("Quyền Giám đốc", "Sở Y tế tỉnh Nam Định")}


def test_the_central_committee_abbreviated():
    facts = facts_of("Ngày hôm sau, BCH Trung ương họp và thống nhất với Bộ Chính trị.")
    assert "Ban Chấp hành Trung ương Đảng" in organization_names(facts)


def test_one_head_with_several_names_shares_their_parent():
    facts = facts_of("Lãnh đạo các ban Kinh tế-Ngân sách, Văn hóa - Xã hội HĐND tỉnh Hòa Bình trình bày "
                     "báo cáo thẩm tra.")
    assert {"Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Hòa Bình",
            "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hòa Bình"} <= organization_names(facts)


def test_a_health_facility_is_no_department():
    facts = facts_of("Hơn 300 người đang cách ly tại cơ sở y tế của thành phố Đà Nẵng.")
    assert organization_names(facts) == set()


def test_places_named_after_people_in_lists_and_notes():
    facts = facts_of("Xe được trông giữ trên các phố Hàng Bài, Trần Nhân Tông (2 vị trí), Lê Thánh Tông và tại "
                     "bãi đỗ Nguyễn Thái Học; đường khu dân cư Đồng Quang được nâng cấp.")
    assert person_names(facts) == []


def test_the_european_commission_abbreviated():
    facts = facts_of("Tỉnh Cà Mau báo cáo tình hình khắc phục cảnh báo của EC về khai thác hải sản.")
    assert "Ủy ban châu Âu" in organization_names(facts)


def test_a_centrally_run_citys_thanh_uy_is_named_with_the_citys_name_alone():
    facts = facts_of("Đồng chí Trần Quốc Hưng, Bí thư Thành ủy TP.HCM dự hội nghị. Thành ủy Hà Nội cũng cử "
                     "đại diện.")
    assert positions(facts, "Trần Quốc Hưng") == {("Bí thư", "Thành ủy thành phố Hồ Chí Minh")}
    assert "Thành ủy Hà Nội" in organization_names(facts)


def test_e_government_is_no_government():
    facts = facts_of("Tỉnh Đắk Nông tập trung xây dựng Chính phủ điện tử và chính quyền số.")
    assert organization_names(facts) == set()


def test_a_verb_or_an_honorific_after_a_free_form_name_ends_it():
    facts = facts_of("Sáng 5/3, Chủ tịch Hội đồng trường gặp gỡ lãnh đạo tỉnh. Người dân nghe đại diện Chi cục "
                     "Chăn nuôi ông Lê Văn Tám – Phó chi cục trưởng giới thiệu. Ban Tuyên giáo Tỉnh đoàn chúc mừng.")
    names = organization_names(facts)
    assert not any(word in name for name in names for word in ("gặp", "ông", "chúc"))


def test_an_academic_title_written_out_introduces_a_foreign_name():
    facts = facts_of("Chiều 24/9, lãnh đạo tỉnh đã tiếp đoàn sinh viên trường Đại học Portland State do giáo sư "
                     "Marcus Ingle dẫn đầu.")
    assert "Marcus Ingle" in {person.name for person in facts.persons}


def test_a_title_or_ngai_introduces_a_foreign_name():
    facts = facts_of("Chiều 7/5, Chủ tịch UBND tỉnh Bắc Ninh tiếp Tổng Lãnh sự Hamada Koichi và đoàn doanh nghiệp "
                     "do Chủ tịch Olsen Berg dẫn đầu. Ngài Pieter Maas, Đại sứ Hà Lan tại Việt Nam, cũng đến dự.")
    assert {"Hamada Koichi", "Olsen Berg", "Pieter Maas"} <= set(person_names(facts))
    assert positions(facts, "Pieter Maas") == {("Đại sứ", "Đại sứ quán Hà Lan tại Việt Nam")}
    # a foreign guest's bare title is no post in the province's People's Committee named before
    assert positions(facts, "Olsen Berg") == set()


def test_a_firm_after_an_executive_title_is_no_foreign_name():
    facts = facts_of("Sáng 5/3, Chủ tịch UBND tỉnh Bắc Ninh tiếp Tổng Giám đốc Hanwha Aero Engines Vietnam.")
    assert person_names(facts) == []


def test_a_delegation_or_a_title_written_with_capitals_is_no_person():
    facts = facts_of("Chiều 18/6, Chủ tịch UBND tỉnh Bắc Ninh tiếp Đoàn Đại biểu Hội đồng thành phố Daejeon và Đoàn "
                     "Ngoại giao; ông cảm ơn Ngài Tổng Lãnh sự Hàn Quốc. Ông Đoàn Văn Việt, Giám đốc Sở Y tế, dự.")
    assert person_names(facts) == ["Đoàn Văn Việt"]


def test_a_highlands_name_prefix_written_apart_from_the_name():
    # the prefix and its apostrophe open the name whether a space follows or not
    facts = facts_of("Sáng 5/3/2020, Phó Chủ tịch UBND tỉnh Đắk Lắk H’ Yim Kđoh chủ trì cuộc họp; bà H'Hen Niê và "
                     "ông Y Biêr Niê dự họp.")
    assert person_names(facts) == ["H'Hen Niê", "H’ Yim Kđoh", "Y Biêr Niê"]
    assert positions(facts, "H’ Yim Kđoh") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk")}


def test_a_level_abbreviation_glued_to_the_units_name_by_its_full_stop():
    facts = facts_of("Sáng 15/1/2026, Chủ tịch UBND TP.Huế Lê Văn Ba và Chủ tịch UBND P.Lâm Viên - Đà Lạt Trần Văn "
                     "An dự họp với Chủ tịch UBND H.Bắc Bình Lê Thị Hoa tại TP.HCM.")
    assert positions(facts, "Lê Văn Ba") == {("Chủ tịch", "Ủy ban nhân dân thành phố Huế")}
    assert positions(facts, "Trần Văn An") == {("Chủ tịch", "Ủy ban nhân dân phường Lâm Viên - Đà Lạt")}
    assert positions(facts, "Lê Thị Hoa") == {("Chủ tịch", "Ủy ban nhân dân huyện Bắc Bình")}


def test_only_a_level_abbreviation_or_a_sentences_last_word_glued_to_a_name_is_split():
    from extract.tokenizer import split_dotted_level
    levels = frozenset({"tp", "p", "h"})
    assert split_dotted_level("P.Lâm", levels) == ["P", ".", "Lâm"]
    assert split_dotted_level("diện.Tham", levels) == ["diện", ".", "Tham"]
    # capitals, initials, no such level, a number, a web address, no Vietnamese syllable
    for whole in ("TP.HCM", "T.LONG", "C.T.V", "Q.Bình", "P.5", "baochinhphu.vn", "vnexpress.Net"):
        assert split_dotted_level(whole, levels) == [whole]


def test_a_sentence_glued_by_its_full_stop_to_the_one_before_starts_a_sentence():
    from test_event_roles import roles
    found = roles("Sáng 12/7/2023, UBND tỉnh Bình Dương tổ chức lễ ký kết biên bản ghi nhớ với bang Nebraska nhằm hợp "
                  "tác toàn diện.Tham dự có các đồng chí: Nguyễn Văn Lợi - Bí thư Tỉnh ủy; Võ Văn Minh - Chủ tịch UBND "
                  "tỉnh Bình Dương.")
    assert found == {"Nguyễn Văn Lợi": {"attended"}, "Võ Văn Minh": {"attended"}}


def test_a_word_of_a_name_written_with_its_first_syllable_capitalized_stays_whole():
    names = organization_names(facts_of("Sáng 5/3/2024, Ban Quản lý Khu Kinh tế Nam Định và Đảng ủy Khối Cơ quan và "
                                        "Doanh nghiệp tỉnh Nam Định dự họp."))
    assert {"Ban Quản lý Khu Kinh tế Nam Định", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nam Định"} <= names


def test_a_head_word_that_names_nothing_is_a_syllable_of_the_name_before_it():
    # "Hội" heads associations ("Hội Khuyến học X"); with no name after it, it is the last
    # syllable of the commune's name the school carries
    assert organization_names(facts_of(
        "Trường THCS Tân Hội tổ chức lễ khai giảng năm học mới; Hội Khuyến học Tân Hội trao quà.")) == {
        "Trường Trung học cơ sở Tân Hội", "Hội Khuyến học Tân Hội"}


def test_the_central_youth_union_and_its_secretariat_are_the_union_s():
    facts = facts_of("Sáng 20/12/2025, Đại hội công bố các quyết định của Ban Bí thư Trung ương Đoàn. Dự có anh "
                     "Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn. Sở Thông tin truyền thông tỉnh Hải Dương dự.")
    assert organization_names(facts) >= {"Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                                         "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                                         "Sở Thông tin và Truyền thông tỉnh Hải Dương"}
    assert positions(facts, "Bùi Quang Huy") == {("Bí thư thứ nhất", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}


def test_a_district_s_name_right_after_a_province_s_name_opens_a_person_s_name():
    # "Đồng Văn" is a district of another province; after "tỉnh Hậu Giang" it opens a name
    facts = facts_of("Ngày 2/10/2023, Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Thanh yêu cầu các ngành thực hiện chuyển "
                     "đổi số.")
    assert person_names(facts) == ["Đồng Văn Thanh"]
    assert positions(facts, "Đồng Văn Thanh") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang")}


def test_a_person_after_a_bodys_abbreviation_and_a_bare_city_level_word():
    from test_personnel_posts import facts_of, positions
    facts = facts_of("Ngày 20/8/2021, Thành ủy Hà Nội họp. Cùng dự có: Phó Chủ tịch Ủy ban nhân dân (UBND) Thành phố "
                     "Chử Xuân Dũng; lãnh đạo một số Sở.")
    assert positions(facts, "Chử Xuân Dũng") == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội")}


@pytest.mark.parametrize("piece, tokens", [
    ("luậnPhát", ["luận", "Phát"]), ("RuanChủ", ["Ruan", "Chủ"]),
    ("VinaPhone", ["VinaPhone"]), ("TikTok", ["TikTok"]), ("iPhone", ["iPhone"]), ("HĐND", ["HĐND"]),
])
def test_a_vietnamese_syllable_glued_to_the_word_before_is_a_word_of_its_own(piece, tokens):
    from extract.tokenizer import split_glued_words
    assert split_glued_words(piece) == tokens


@pytest.mark.parametrize("piece, tokens", [
    ("Quang15/10/2025", ["Quang", "15/10/2025"]), ("Tức08/10/2025", ["Tức", "08/10/2025"]), ("năm2025", ["năm", "2025"]),
    ("QL18", ["QL18"]), ("F0", ["F0"]), ("COVID19", ["COVID19"]), ("H5N1", ["H5N1"]),
])
def test_a_syllable_glued_to_the_date_after_it_is_a_word_of_its_own(piece, tokens):
    from extract.tokenizer import split_glued_date
    assert split_glued_date(piece) == tokens


def test_an_outlets_name_glued_to_its_dateline_names_the_province():
    facts = facts_of("Đoàn ĐBQH tỉnh làm việc với Sở Y tế\nSáng 15-10, đồng chí Lê Thị Hoa, Phó Trưởng đoàn ĐBQH tỉnh "
                     "đã có buổi làm việc với Sở Y tế.\n\nBáo Lạng SơnBáo Lạng Sơn15/10/2025\n\nToàn cảnh buổi làm việc.")
    assert facts.province.name == "Lạng Sơn"
    assert positions(facts, "Lê Thị Hoa") == {("Phó Trưởng đoàn", "Đoàn Đại biểu Quốc hội tỉnh Lạng Sơn")}


def test_a_captions_capitalized_verb_after_a_bare_level_word_is_no_units_name():
    facts = facts_of("Chủ tịch UBND tỉnh thăm xã Cao Bồ\nNgày 20/1/2026, Chủ tịch UBND tỉnh Tuyên Quang thăm xã Cao Bồ.\n"
                     "Đồng chí: Lê Văn Dương – Chủ tịch UBND xã Phát biểu")
    assert positions(facts, "Lê Văn Dương") == {("Chủ tịch", "Ủy ban nhân dân xã Cao Bồ")}


def test_a_glued_word_starts_the_sentence_the_scrape_ran_into_the_one_before():
    from test_event_roles import roles
    found = roles("Ngày 4/8/2025, Ban Thường vụ Đảng ủy xã Giao Ninh tổ chức hội nghị. Các đồng chí tham dự phát biểu "
                  "tham luậnPhát biểu kết luận hội nghị, đồng chí Lê Quang Hùng, Bí thư Đảng ủy xã đề nghị các tiểu "
                  "ban khẩn trương hoàn thiện các nội dung.")
    assert found["Lê Quang Hùng"] == {"chaired", "directed"}


def test_a_comma_or_dash_after_a_bodys_place_closes_a_title_and_its_holder_follows():
    facts = facts_of("Ngày 3/9/2025, Bí thư Tỉnh ủy Đồng Tháp - Lê Quốc Phong kiểm tra các công trình trên tuyến "
                     "Cao Lãnh - Lấp Vò.")
    assert person_names(facts) == ["Lê Quốc Phong"]
    assert positions(facts, "Lê Quốc Phong") == {("Bí thư", "Tỉnh ủy Đồng Tháp")}
    # a dash between places still lists places: no person named "Lấp Vò"
    facts = facts_of("Ngày 9/8/2023, tại buổi làm việc, Bí thư Tỉnh ủy Hòa Bình, Nguyễn Phi Long nhấn mạnh, Hòa Bình "
                     "có nhiều tiềm năng.")
    assert positions(facts, "Nguyễn Phi Long") == {("Bí thư", "Tỉnh ủy Hòa Bình")}


def test_a_title_in_lower_case_that_names_its_body_before_a_name_is_a_post():
    facts = facts_of("Sáng nay 18/7/2019, chủ tịch UBND tỉnh Bình Thuận Nguyễn Ngọc Hai đã ký công văn yêu cầu xử lý "
                     "nghiêm các vụ khai thác cát trái phép.")
    assert positions(facts, "Nguyễn Ngọc Hai") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Bình Thuận")}
    # a body in lower case may be a word of the sentence: only one written in capitals counts
    facts = facts_of("Ngày 5/7/2019, đoàn đến thăm phó chủ tịch hội người cao tuổi Trần Văn Bình tại tỉnh Bình Thuận.")
    assert positions(facts, "Trần Văn Bình") == set()


def test_a_bare_party_committee_before_a_unit_written_by_its_level_only_is_that_units():
    facts = facts_of("Sáng 27/11/2025, UBND xã tổ chức hội nghị tổng kết. Hội nghị do đồng chí Bạch Ngọc Thêm – Phó Bí "
                     "thư Đảng ủy, Chủ tịch UBND xã chủ trì.")
    # not "Đảng ủy Ủy ban nhân dân xã": the commune's committee, as far as the text names it
    assert positions(facts, "Bạch Ngọc Thêm") == {("Phó Bí thư", "Đảng ủy xã"), ("Chủ tịch", "Ủy ban nhân dân xã")}


def test_a_name_ending_in_a_one_letter_syllable_is_whole_but_a_withheld_initial_is_no_name():
    facts = facts_of("Ngày 5/8/2025, Phó Giám đốc Sở Tư pháp tỉnh Gia Lai Nguyễn Như Ý phát biểu. Ông Lê Văn Đ. và bà "
                     "Đỗ Thị T. bị xử phạt.")
    assert person_names(facts) == ["Nguyễn Như Ý"]
    assert positions(facts, "Nguyễn Như Ý") == {("Phó Giám đốc", "Sở Tư pháp tỉnh Gia Lai")}


def test_a_verb_of_reporting_ends_a_bodys_name():
    facts = facts_of("Ngày 5/3/2025, Văn phòng UBND tỉnh Quảng Trị cho biết Báo VnExpress phản ánh tình trạng đê bao xuống "
                     "cấp. Về việc này, Ban Quản lý nêu nhiều khó khăn.")
    assert organization_names(facts) == {"Báo VnExpress", "Văn phòng Ủy ban nhân dân tỉnh Quảng Trị"}


def test_committees_of_a_council_in_the_plural_name_only_the_council():
    names = organization_names(facts_of("Sáng 14/10/2019, Thường trực HĐND huyện Chợ Lách họp liên tịch. Tham dự có "
                                        "Trưởng, Phó hai Ban Hội đồng nhân dân huyện Chợ Lách, lãnh đạo các Ban HĐND "
                                        "tỉnh Bến Tre và Ban Pháp chế HĐND huyện Chợ Lách."))
    assert names == {"Thường trực Hội đồng nhân dân huyện Chợ Lách", "Hội đồng nhân dân huyện Chợ Lách",
                     "Hội đồng nhân dân tỉnh Bến Tre", "Ban Pháp chế Hội đồng nhân dân huyện Chợ Lách"}


def test_a_rank_after_va_ends_a_bodys_name_and_opens_a_persons():
    facts = facts_of("Ngày 6/6/2025, Bộ Công an tổ chức hội nghị. Dự có Phạm Văn Hòa, Phó Trưởng ban Thường trực Ban Dân "
                     "vận Trung ương và Thiếu tướng Nguyễn Hải Trung, nguyên Phó Tổng cục trưởng Tổng cục Chính trị CAND.")
    assert positions(facts, "Phạm Văn Hòa") == {("Phó Trưởng ban Thường trực", "Ban Dân vận Trung ương")}
    assert positions(facts, "Nguyễn Hải Trung") == {
        ("nguyên Phó Tổng cục trưởng", "Tổng cục Chính trị Công an nhân dân")}


def test_a_clan_name_opens_a_name_after_a_semicolon_and_a_compound_with_so_stays_in_a_body():
    facts = facts_of("Dự Hội nghị có các đồng chí: Lê Văn Ba, Trưởng Ban Tổ chức Trung ương; Điểu K’ré, Phó Trưởng ban "
                     "Thường trực Ban Dân vận Trung ương; Trần Văn An, Cục trưởng Cục Chuyển đổi số quốc gia.")
    assert positions(facts, "Điểu K’ré") == {("Phó Trưởng ban Thường trực", "Ban Dân vận Trung ương")}
    assert positions(facts, "Trần Văn An") == {("Cục trưởng", "Cục Chuyển đổi số quốc gia")}


def test_a_member_of_a_partys_executive_committee_is_a_member_of_its_party_committee():
    facts = facts_of("Sáng 27/9/2022, đồng chí Lê Thị Hoa - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh "
                     "Nghệ An chủ trì. Dự có ông Trần Văn An, Ủy viên BCH Đảng bộ huyện Yên Thành.")
    assert positions(facts, "Lê Thị Hoa") == {("Ủy viên", "Tỉnh ủy Nghệ An"),
                                              ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An")}
    assert positions(facts, "Trần Văn An") == {("Ủy viên", "Huyện ủy Yên Thành")}
