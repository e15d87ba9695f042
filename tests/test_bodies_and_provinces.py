"""Bodies whose names hold a province's name, and bodies of several provinces at once."""
from __future__ import annotations

import pytest
from test_extraction import facts_of, positions


def organizations(text: str) -> set[str]:
    return {organization.name for organization in facts_of(text).organizations}


def test_a_head_word_inside_a_province_name_starts_no_body():
    # "Phòng" heads divisions, but in "Hải Phòng" it is the city's name, written once.
    assert "Trung tâm Xúc tiến đầu tư Hải Phòng" in organizations(
        "Chiều 3/4, thành phố Hải Phòng đón đoàn doanh nghiệp Nhật Bản. Trung tâm Xúc tiến đầu tư Hải Phòng "
        "giới thiệu các khu công nghiệp mới.")


def test_a_province_name_closes_a_body_name_before_the_words_after_it():
    # "xây dựng" is also a field ("Sở Xây dựng"): after the province's name it is the verb.
    assert organizations("Trung tâm Dịch vụ việc làm Nam Định xây dựng kế hoạch tuyển sinh năm 2024.") == {
        "Trung tâm Dịch vụ việc làm Nam Định"}


def test_a_field_written_half_abbreviated():
    facts = facts_of("Ông Lê Văn Tám, Phó Giám đốc Sở Nông nghiệp và PTNT tỉnh Hậu Giang cho biết "
                     "vụ lúa năm nay thắng lợi.")
    assert positions(facts, "Lê Văn Tám") == {
        ("Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hậu Giang")}


def test_two_fields_joined_by_a_dash_name_one_merged_department():
    facts = facts_of("Ông Lê Văn Tám, Giám đốc Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai cho biết dự án đã khởi "
                     "công. Bà Trần Thị Hoa, Giám đốc Sở Y tế - cũng cho biết thêm.")
    assert positions(facts, "Lê Văn Tám") == {("Giám đốc", "Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai")}
    assert positions(facts, "Trần Thị Hoa") == {("Giám đốc", "Sở Y tế tỉnh Lào Cai")}


def test_a_department_of_several_provinces_is_one_body_for_each():
    assert organizations("Hội nghị có đại diện Sở Y tế các tỉnh Gia Lai, Kon Tum và Đắk Lắk.") >= {
        "Sở Y tế tỉnh Gia Lai", "Sở Y tế tỉnh Kon Tum", "Sở Y tế tỉnh Đắk Lắk"}


def test_a_post_and_its_body_set_off_from_the_name_by_a_comma():
    facts = facts_of("Tại buổi lễ, Phó Cục trưởng Cục Việc làm, Lê Văn Tám cùng Phó Giám đốc Sở Y tế tỉnh "
                     "Gia Lai, Nguyễn Văn An trao giấy khen cho các tập thể.")
    assert positions(facts, "Lê Văn Tám") == {("Phó Cục trưởng", "Cục Việc làm")}
    assert positions(facts, "Nguyễn Văn An") == {("Phó Giám đốc", "Sở Y tế tỉnh Gia Lai")}


def test_an_abbreviated_word_in_a_bodys_name_is_written_out():
    assert "Tổng cục Giáo dục nghề nghiệp" in organizations(
        "Trường Cao đẳng Kỹ thuật Lam Sơn gửi báo cáo tuyển sinh lên Tổng cục GDNN.")


def test_a_former_unit_is_not_the_one_a_bare_level_word_means():
    # after the 2025 merger, articles name the wards a new one was made of, marked "cũ"
    text = ("Phường Tân Lập mới được thành lập năm 2025. Trụ sở Đảng ủy đặt tại trụ sở UBND phường Bình Minh cũ, "
            "một phần phường An Phú, Phú Hòa cũ.\n- Đồng chí Nguyễn Hải Linh – Phó chủ tịch UBND phường\n")
    assert positions(facts_of(text), "Nguyễn Hải Linh") == {("Phó Chủ tịch", "Ủy ban nhân dân phường Tân Lập")}
    text = ("UBND phường Tân Lập làm việc từ ngày 1/7/2025 tại trụ sở Đảng ủy - UBND phường Bình Minh cũ.\n"
            "- Đồng chí Lê Văn Tám – Trưởng phòng Văn hóa - Xã hội\n")
    assert positions(facts_of(text), "Lê Văn Tám") == {("Trưởng phòng", "Phòng Văn hóa - Xã hội phường Tân Lập")}


def test_a_word_of_a_bodys_name_that_is_also_a_verb_stays_in_it():
    # "dự" is the verb "attend", but "dự phòng" (prevention) is a word of the name
    facts = facts_of("TS. Lê Văn Tám (Cục trưởng Cục Y tế dự phòng, Bộ Y tế) cho biết Bộ đã cử đoàn công tác.")
    assert positions(facts, "Lê Văn Tám") == {("Cục trưởng", "Cục Y tế dự phòng")}


def test_a_centrally_run_citys_own_organ_carries_thanh_pho_but_not_its_party_committee_nor_a_proper_name():
    facts = facts_of("Sáng 5/3, Bí thư Thành ủy Đà Nẵng Trương Văn Hải gặp Hội Du lịch Đà Nẵng. Phó Chủ tịch UBND "
                     "Đà Nẵng Lê Văn Tám dự.")
    assert positions(facts, "Trương Văn Hải") == {("Bí thư", "Thành ủy Đà Nẵng")}
    assert positions(facts, "Lê Văn Tám") == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}
    assert "Hội Du lịch Đà Nẵng" in {organization.name for organization in facts.organizations}


def test_departments_listed_by_their_fields_after_a_plural_head_are_one_body_each():
    names = organizations("Ngày 2/7, UBND tỉnh Tây Ninh tổ chức hội nghị. Các sở như Nội vụ, Tư pháp, Văn hóa, Thể "
                          "thao và Du lịch, Dân tộc và Tôn giáo, Thanh tra tỉnh đã có lãnh đạo mới.")
    assert {"Sở Nội vụ tỉnh Tây Ninh", "Sở Tư pháp tỉnh Tây Ninh", "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh",
            "Sở Dân tộc và Tôn giáo tỉnh Tây Ninh", "Thanh tra tỉnh Tây Ninh"} <= names
    assert "Sở Thanh tra tỉnh Tây Ninh" not in names
    assert {"Sở Y tế tỉnh Nam Định", "Sở Xây dựng tỉnh Nam Định"} <= organizations(
        "Dự hội nghị có lãnh đạo các Sở: Y tế, Xây dựng tỉnh Nam Định.")


def test_a_province_named_without_its_level_after_a_peoples_committee_and_a_bare_city_party_committee():
    facts = facts_of("Sáng 2/1, Chủ tịch UBND Hậu Giang, ông Lê Văn Tám dự lễ. Thành phố Vị Thanh có các đồng chí: "
                     "Nguyễn Văn An, Phó Bí thư Thường trực Thành ủy; Trần Thị Hoa, Trưởng Ban Dân vận Thành ủy.")
    assert positions(facts, "Lê Văn Tám") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang")}
    assert positions(facts, "Nguyễn Văn An") == {("Phó Bí thư Thường trực", "Thành ủy Vị Thanh")}


def test_a_number_of_bodies_of_a_kind_names_none_but_a_grade_before_a_school_does_not_count():
    assert organizations("Tỉnh Nam Định sắp xếp 16 Trung tâm Y tế khu vực và Bệnh viện Đa khoa Hải Hậu.") \
        >= {"Bệnh viện Đa khoa Hải Hậu"}
    assert not any(name.startswith("Trung tâm Y tế") for name in organizations(
        "Tỉnh Nam Định sắp xếp 16 Trung tâm Y tế khu vực và Bệnh viện Đa khoa Hải Hậu."))
    assert "Trường Trung học cơ sở Mỹ Thành" in organizations("Em A., học sinh lớp 8 Trường THCS Mỹ Thành bị đánh.")


def test_project_boards_weather_stations_and_lung_hospitals_are_bodies_of_their_own():
    assert organizations("Ông Trần Văn Đức, Giám đốc Ban QLDA Đầu tư xây dựng các công trình nông nghiệp tỉnh Nam "
                         "Định, dự họp cùng Đài khí tượng thủy văn tỉnh và Bệnh viện Lao và Bệnh phổi Nam Định.") >= {
        "Ban Quản lý dự án Đầu tư xây dựng các công trình nông nghiệp tỉnh Nam Định",
        "Đài Khí tượng Thủy văn tỉnh Nam Định", "Bệnh viện Lao và Bệnh phổi Nam Định"}


def test_military_regions_and_an_embassy_named_after_nuoc_are_bodies_with_their_posts():
    facts = facts_of("Cùng đi có Đại tá Lương Văn Minh, Chính ủy Quân khu 5 và lãnh đạo các bộ, ngành.")
    assert positions(facts, "Lương Văn Minh") == {("Chính ủy", "Quân khu 5")}
    facts = facts_of("Bí thư Tỉnh ủy tiếp đồng chí Khamphao Sithon, Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Dân chủ "
                     "Nhân dân Lào tại Việt Nam.")
    assert positions(facts, "Khamphao Sithon") == {
        ("Đại sứ đặc mệnh toàn quyền", "Đại sứ quán nước Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam")}


def test_a_national_body_of_another_country_keeps_the_country_and_the_country_is_no_person():
    facts = facts_of("Ngày 2/11/2024, ông Tống Văn Thìn, Phó Chủ tịch UBND tỉnh Nam Định tiếp bà Tserendorj "
                     "Tungalag, Phu nhân Tổng thống Mông Cổ, cùng lãnh đạo Văn phòng Chính phủ Mông Cổ và đại diện "
                     "Chính phủ Hàn Quốc.")
    names = {organization.name for organization in facts.organizations}
    assert {"Văn phòng Chính phủ Mông Cổ", "Chính phủ Hàn Quốc"} <= names and "Chính phủ" not in names
    assert "Mông Cổ" not in {person.name for person in facts.persons}


def test_a_newspaper_whose_title_starts_with_a_bodys_head_is_the_newspaper():
    # "Thanh tra" and "Công an" head bodies of a province; in a newspaper's title they do not
    names = organizations("Sáng 12/9/2024, Báo Thanh tra nhận được đơn của người dân xã Hải Chinh, tỉnh Nam Định. "
                          "Báo Công an Nam Định cũng đưa tin.")
    assert {"Báo Thanh tra", "Báo Công an Nam Định"} <= names
    assert "Thanh tra tỉnh Nam Định" not in names and "Công an tỉnh Nam Định" not in names


def test_the_border_guard_of_a_province_is_the_provinces_and_bare_the_national_force():
    names = organizations("Sáng 24/8/2025, Chủ tịch UBND tỉnh Nam Định giao Bộ đội biên phòng tỉnh thông báo cho tàu "
                          "thuyền. Lực lượng Bộ đội Biên phòng cả nước cùng tham gia.")
    assert {"Bộ đội Biên phòng tỉnh Nam Định", "Bộ đội Biên phòng"} <= names


def test_a_district_abolished_before_the_reform_is_still_a_unit_of_its_province():
    # Quận 9 merged into thành phố Thủ Đức in 2021 (former_districts.tsv); a 2019 article names it
    assert "Ủy ban nhân dân quận 9" in organizations(
        "Ngày 4/5/2019, Chủ tịch UBND TP.HCM làm việc với UBND Quận 9 về công tác giải phóng mặt bằng.")


def test_the_same_national_body_of_each_country_listed():
    assert organizations("Chính phủ Việt Nam và Nhật Bản đã tích cực hỗ trợ; Bộ Ngoại giao Hàn Quốc và Lào "
                         "cũng ủng hộ. Hợp tác giữa Bộ Y tế và Nhật Bản được mở rộng.") == {
        "Chính phủ", "Chính phủ Nhật Bản", "Bộ Ngoại giao Hàn Quốc", "Bộ Ngoại giao Lào", "Bộ Y tế"}


def test_a_project_board_named_with_a_former_province():
    # after the 2025 merger a text still names the board of the province merged away
    assert "Ban Quản lý dự án công trình giao thông Quảng Nam" in organizations(
        "Ngày 31/12/2025, UBND thành phố Đà Nẵng quyết định sáp nhập Ban quản lý dự án công trình giao thông "
        "Quảng Nam vào Ban quản lý dự án đầu tư xây dựng Đà Nẵng.")


def test_central_and_the_city_s_abbreviations_are_written_out_in_names():
    assert organizations("Ngày 17/7/2023, ông Lê Văn Tám, Vụ trưởng Vụ Địa phương I, Ban Tổ chức T.Ư phát biểu. "
                         "Đại học Kinh tế TPHCM hỗ trợ UBND tỉnh Cà Mau.") >= {
        "Ban Tổ chức Trung ương", "Đại học Kinh tế Thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Cà Mau"}


def test_departments_listed_by_field_after_a_colon_and_semicolons():
    assert organizations("Ngày 17/7/2023, UBND tỉnh Quảng Ngãi họp. Dự có lãnh đạo các Sở, ngành, đơn vị: Nội vụ; "
                         "Tài chính; Kế hoạch và Đầu tư.") == {
        "Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Nội vụ tỉnh Quảng Ngãi", "Sở Tài chính tỉnh Quảng Ngãi",
        "Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi"}


def test_national_assembly_deputies_are_no_mention_of_the_assembly_and_their_delegation_is_a_body():
    # "bầu cử đại biểu Quốc hội" names deputies to be elected; "đoàn Đại biểu Quốc hội tỉnh",
    # its head in lower case as writers often leave it, is the province's delegation
    assert organizations("Ngày 5/3/2026, UBND tỉnh Gia Lai họp chuẩn bị bầu cử đại biểu Quốc hội khóa XVI. "
                         "Dự có lãnh đạo HĐND tỉnh và đoàn Đại biểu Quốc hội tỉnh.") == {
        "Ủy ban nhân dân tỉnh Gia Lai", "Hội đồng nhân dân tỉnh Gia Lai", "Đoàn Đại biểu Quốc hội tỉnh Gia Lai"}


def test_a_bodys_name_ends_before_the_leaders_or_delegates_joined_to_it():
    assert organizations("Ngày 15/01/2020, ông Lê Văn Danh, Hiệu trưởng Trường THPT Chu Văn An và Lãnh đạo các tổ "
                         "chuyên môn làm việc với Sở Giáo dục và Đào tạo tỉnh Lâm Đồng và đại diện Sở Y tế.") == {
        "Trường Trung học phổ thông Chu Văn An", "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng", "Sở Y tế tỉnh Lâm Đồng"}


@pytest.mark.parametrize("written, name", [
    ("Ban Chỉ huy PTDS tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ngãi"),
    ("Ban Chỉ huy PCTT và TKCN tỉnh", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi"),
    ("UB MTTQ VN tỉnh Cà Mau", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau"),
])
def test_abbreviations_of_civil_defence_and_the_front_are_written_out(written, name):
    assert name in organizations(f"Ngày 6/11/2025, Chủ tịch UBND tỉnh Quảng Ngãi Nguyễn Văn An yêu cầu {written} trực "
                                 "ban 24/24 giờ.")


def test_the_merged_provincial_media_body_a_border_post_and_a_field_written_with_a_dash_are_bodies():
    found = organizations("Ngày 5/8/2025, ông Vi Văn Hùng, Tổng Biên tập Báo và Phát thanh, truyền hình tỉnh Phú "
                          "Thọ dự. Ông Lê Văn An, Trưởng phòng Phòng Tài nguyên – Môi trường huyện Thanh Sơn báo cáo. "
                          "Đồn Biên phòng Sơn Vĩ tham gia.")
    assert {"Báo và Phát thanh, Truyền hình tỉnh Phú Thọ", "Phòng Tài nguyên và Môi trường huyện Thanh Sơn",
            "Đồn Biên phòng Sơn Vĩ"} <= found


def test_fields_listed_after_a_department_are_departments_of_the_same_place():
    found = organizations("Ngày 17/9/2018, dự có lãnh đạo các sở (Sở Giáo dục và Đào tạo; Y tế; Nội vụ; Văn phòng "
                          "UBND tỉnh Lạng Sơn). Giám đốc Sở Tài chính, Kế hoạch và Đầu tư báo cáo. Sở Xây dựng, Công "
                          "an tỉnh phối hợp.")
    assert {"Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "Sở Y tế tỉnh Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn",
            "Sở Tài chính tỉnh Lạng Sơn", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", "Sở Xây dựng tỉnh Lạng Sơn",
            "Công an tỉnh Lạng Sơn"} <= found
    assert "Sở Công an tỉnh Lạng Sơn" not in found


def test_an_outlet_credited_for_a_photo_is_no_body_of_the_article_a_body_credited_is():
    found = organizations("Chủ tịch UBND tỉnh Vĩnh Phúc phát biểu tại lễ kỷ niệm (Ảnh: Báo Vĩnh Phúc). Người dân "
                          "phường Đức Phổ đã di dời đến nơi an toàn. Ảnh: UBND phường Đức Phổ")
    assert "Báo Vĩnh Phúc" not in found
    assert "Ủy ban nhân dân phường Đức Phổ" in found
    assert "Báo Vĩnh Phúc" in organizations("Chủ tịch UBND tỉnh Vĩnh Phúc làm việc với Báo Vĩnh Phúc.")


def test_a_leads_time_ends_the_outlet_name_set_before_it():
    assert "Báo Cà Mau" in organizations("Báo Cà Mau Sáng 20/6, UBND tỉnh Cà Mau tổ chức phiên họp thường kỳ.")


def test_the_traffic_inspectors_as_a_force_are_no_body():
    assert not any(name.startswith("Thanh tra Giao thông") for name in organizations(
        "Năm 2024, tỉnh Nghệ An tăng cường tuần tra; lực lượng Thanh tra giao thông đã xử phạt 421 trường hợp."))


def test_a_field_written_without_its_conjunction_and_a_citys_abbreviated_level_after_a_name():
    assert organizations("Ngày 24/4/2020, theo Phòng Tài nguyên Môi trường TP Vũng Tàu, phường có 50 công ty.") \
        == {"Phòng Tài nguyên và Môi trường thành phố Vũng Tàu"}
    assert organizations("Ngày 24/4/2020, theo Phòng Văn hóa Thông tin TP Vũng Tàu, phường có 50 công ty.") \
        == {"Phòng Văn hóa Thông tin thành phố Vũng Tàu"}


def test_the_central_policy_commission_and_an_election_committee():
    assert organizations("Ngày 5/12/2025, dự có ông Trần Văn An, Trưởng ban Chính sách, chiến lược Trung ương. Chủ tịch "
                         "UBND tỉnh Bắc Ninh giao Ủy ban bầu cử tỉnh chuẩn bị.") >= {
        "Ban Chính sách, chiến lược Trung ương", "Ủy ban bầu cử tỉnh Bắc Ninh"}


def test_an_office_named_by_its_task_belongs_to_the_level_written_after_it():
    assert "Văn phòng Điều phối nông thôn mới tỉnh An Giang" in organizations(
        "Ngày 5/3/2024, Phó Chủ tịch UBND tỉnh An Giang Trần Anh Thư làm việc với huyện Tịnh Biên. Ông Trần Anh Thư "
        "yêu cầu Văn phòng Điều phối nông thôn mới tỉnh hướng dẫn xã An Phú thực hiện các tiêu chí còn lại.")


def test_a_neighbouring_countrys_province_written_in_vietnamese_syllables():
    # "Hủa Phăn", "Xiêng Khoảng" look like names of ours; foreign_units.tsv knows them
    facts = facts_of("Tối 30/11/2025, Bí thư Tỉnh ủy Thanh Hóa Nguyễn Văn Anh hội đàm với Bí thư Tỉnh ủy Hủa Phăn Phút Phăn "
                     "Kẹo Vông Xay. Tỉnh Thanh Hóa và tỉnh Xiêng Khoảng ký kết thỏa thuận hợp tác.")
    assert positions(facts, "Phút Phăn Kẹo Vông Xay") == {("Bí thư", "Tỉnh ủy Hủa Phăn")}
    assert "Tỉnh ủy Hủa Phăn" in {organization.name for organization in facts.organizations}
    assert [sorted(partnership.parties) for partnership in facts.partnerships] == [["tỉnh Thanh Hóa", "tỉnh Xiêng Khoảng"]]


def test_a_neighbouring_countrys_province_in_its_own_spelling_and_a_numbered_regions_body():
    # a numbered region ("khu vực XX") spans provinces: its body is not the article's province's
    facts = facts_of("Ngày 5/3/2025, tại tỉnh Đồng Tháp, về phía Hải quan khu vực XX có ông Lê Văn Bốn - Chi cục trưởng "
                     "Chi cục Hải quan khu vực XX; về phía tỉnh Prey Veng có ông Sok Dara - Cục trưởng Cục Hải quan và "
                     "Thuế gián thu tỉnh Prey Veng.")
    assert positions(facts, "Lê Văn Bốn") == {("Chi cục trưởng", "Chi cục Hải quan khu vực XX")}
    assert positions(facts, "Sok Dara") == {("Cục trưởng", "Cục Hải quan và Thuế gián thu tỉnh Prey Veng")}


def test_the_youth_union_of_a_unit_is_a_body_and_no_persons_name():
    facts = facts_of("Ngày 5/7/2023, Quận ủy Hai Bà Trưng họp. Dự có Bí thư Đoàn Thanh niên Quận. Ông Lê Văn Hai, Bí thư "
                     "Đoàn Thanh niên xã Hòa Bình phát biểu. Anh Đoàn Thanh Tâm, đoàn viên, chia sẻ.")
    assert sorted(person.name for person in facts.persons) == ["Lê Văn Hai", "Đoàn Thanh Tâm"]
    assert positions(facts, "Lê Văn Hai") == {("Bí thư", "Đoàn Thanh niên xã Hòa Bình")}
    assert "Đoàn Thanh niên quận Hai Bà Trưng" in {organization.name for organization in facts.organizations}


def test_a_body_named_by_what_it_does_in_the_province_it_works_in():
    facts = facts_of("Ngày 5/8/2025, Chủ tịch UBND tỉnh Quảng Ngãi ký quyết định phân công Phó Chủ tịch UBND tỉnh Nguyễn "
                     "Ngọc Sâm làm nhiệm vụ Chủ tịch Hội đồng thẩm định giá đất cụ thể trên địa bàn tỉnh.")
    assert ("Chủ tịch", "Hội đồng thẩm định giá đất cụ thể tỉnh Quảng Ngãi") in positions(facts, "Nguyễn Ngọc Sâm")



def test_a_field_abbreviation_written_with_spaces_around_its_dash():
    facts = facts_of("Sáng 6/3/2023, ông Lê Văn Ba, Giám đốc Sở TN - MT tỉnh Long An và ông Trần Văn An, Giám đốc Sở "
                     "NN - PTNT tỉnh Long An dự họp.")
    assert positions(facts, "Lê Văn Ba") == {("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Long An")}
    assert positions(facts, "Trần Văn An") == {("Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An")}


@pytest.mark.parametrize("written", ["HĐND&UBND", "HĐND - UBND", "HĐND-UBND", "HĐND và UBND"])
def test_the_office_of_a_district_council_and_committee_however_the_pair_is_written(written):
    facts = facts_of(f"Sáng 14/10/2019, ông Lê Văn An, Chánh Văn phòng {written} huyện Chợ Lách dự họp.")
    assert positions(facts, "Lê Văn An") == {
        ("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Chợ Lách")}
