"""Who played which role at the article's meeting, in constructions of provincial news
that other outlets write the same way: captions, host lists, reported speech.

Every sentence is invented for its test (officials and places are made up).
"""
from __future__ import annotations

import pytest
from lexicon_fixtures import extract_facts

from extract.facts import Article, ArticleFacts

LEAD = "Sáng 12/4/2024, UBND tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2023. "


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Article(name="t", source="t", text=text))


def roles(text: str) -> dict[str, set[str]]:
    """Person -> the roles they played at the article's one event."""
    (event,) = facts_of(text).events
    found: dict[str, set[str]] = {}
    for participation in event.participations:
        found.setdefault(participation.person, set()).add(participation.role)
    return found


def test_a_name_ending_like_a_cue_word_leaves_the_cue_after_it():
    # "Đồng" + "chủ trì" spells "đồng chủ trì": the cue is "chủ trì", its subject the name
    found = roles(LEAD + "Phó Chủ tịch UBND tỉnh Trần Văn Đồng chủ trì hội nghị.")
    assert found == {"Trần Văn Đồng": {"chaired"}}


def test_a_statement_reported_from_someone_is_theirs():
    found = roles(LEAD + "Theo Giám đốc Sở Tài chính Lê Văn Hòa, thu ngân sách năm qua vượt dự toán. "
                         "Theo đó, ông Phạm Văn Kiên sẽ nhận nhiệm vụ mới.")
    assert found == {"Lê Văn Hòa": {"spoke"}}


def test_a_title_set_off_by_dashes_or_a_long_note_stands_between_name_and_verb():
    assert roles(LEAD + "PGS.TS Lê Văn Tám - Giám đốc Sở Y tế tỉnh Nam Định - cho biết 61 cơ sở đã hoàn thành.") \
        == {"Lê Văn Tám": {"spoke"}}
    assert roles(LEAD + "TS. Lê Văn Tám (Cục trưởng Cục Quản lý môi trường y tế, Bộ Y tế) cho biết Bộ đã cử "
                        "đoàn công tác.") == {"Lê Văn Tám": {"spoke"}}


def test_a_time_of_day_between_the_subject_and_the_verb():
    found = roles("Chủ tịch Quốc hội Lê Văn Tám chiều nay dẫn đầu đoàn ĐBQH tỉnh Nam Định có buổi tiếp xúc "
                  "cử tri tại huyện Hải Hậu. Cử tri Trần Văn Nam phản ánh về giao thông nông thôn.")
    assert found["Lê Văn Tám"] == {"chaired"}


def test_voters_who_raise_issues_at_a_voter_meeting_spoke():
    lead = "Sáng 12/4/2024, Đoàn ĐBQH tỉnh Nam Định tổ chức tiếp xúc cử tri xã Hải An. "
    assert roles(lead + "Theo cử tri Trần Văn Nam, việc xử lý cán bộ sai phạm còn chậm. Cử tri Lê Thị Hoa phản "
                        "ánh, đường liên thôn xuống cấp.") == {"Trần Văn Nam": {"spoke"}, "Lê Thị Hoa": {"spoke"}}


def test_an_announcement_of_decisions_chaired_and_guests_who_came_to_attend():
    found = roles("Sáng 2/1, Chủ tịch UBND Hậu Giang, ông Lê Văn Tám chủ trì công bố quyết định về công tác cán bộ. "
                  "Về dự buổi lễ có Phó Chủ tịch UBND TP.HCM, ông Trần Văn Nam.")
    assert found == {"Lê Văn Tám": {"chaired"}, "Trần Văn Nam": {"attended"}}


def test_co_chairs_listed_with_their_titles():
    found = roles(LEAD + "Các đồng chí Lê Văn An - Bí thư Tỉnh ủy, Phạm Minh Đức - Phó Bí thư Tỉnh ủy "
                         "cùng chủ trì hội nghị.")
    assert found == {"Lê Văn An": {"chaired"}, "Phạm Minh Đức": {"chaired"}}


def test_the_person_a_speaker_congratulates_did_not_speak():
    found = roles(LEAD + "Phát biểu tại hội nghị, lãnh đạo Sở Nội vụ đã chúc mừng đồng chí Ngô Văn Tâm.")
    assert "Ngô Văn Tâm" not in found


def test_the_speaker_is_the_subject_after_the_leading_phrase():
    found = roles(LEAD + "Phát biểu giao nhiệm vụ cho đồng chí Đỗ Thị Mai tại buổi lễ, đồng chí Vũ Văn Hải, "
                         "Chủ tịch UBND tỉnh nhấn mạnh công tác cán bộ.")
    assert found == {"Vũ Văn Hải": {"directed"}}


def test_a_captions_note_on_where_people_stand():
    found = roles(LEAD + "Thứ trưởng Bộ Y tế Vũ Văn Tâm (bên trái) và Phó Chủ tịch UBND tỉnh Đỗ Văn Hậu "
                         "chủ trì hội nghị.")
    assert found == {"Vũ Văn Tâm": {"chaired"}, "Đỗ Văn Hậu": {"chaired"}}


def test_an_official_who_goes_to_inspect_holds_the_inspection():
    found = roles("Tối 6/3/2024, Chủ tịch UBND huyện Ý Yên Lê Thị Lan đã đi kiểm tra thực tế công tác "
                  "phòng, chống lụt bão tại một số xã.")
    assert found == {"Lê Thị Lan": {"chaired"}}


def test_every_host_a_report_lists_chairs_the_working_session():
    found = roles("Sáng 5/3/2024, đoàn công tác của Bộ Y tế đã có buổi làm việc với UBND tỉnh Nam Định. "
                  "Tiếp và làm việc với đoàn có các đồng chí: Lê Văn An - Bí thư Tỉnh ủy; "
                  "Phạm Minh Đức - Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành.")
    assert found == {"Lê Văn An": {"chaired"}, "Phạm Minh Đức": {"chaired"}}


@pytest.mark.parametrize("hosts", [
    "Tiếp và làm việc với Đoàn, có các đồng chí: Lê Văn An, Bí thư Tỉnh ủy; Phạm Minh Đức, Chủ tịch UBND tỉnh; "
    "lãnh đạo một số sở, ngành.",
    "Tiếp đoàn công tác của Bộ Y tế có các đồng chí Lê Văn An, Bí thư Tỉnh ủy và Phạm Minh Đức, Chủ tịch UBND tỉnh.",
])
def test_hosts_listed_after_the_delegation_s_name_or_a_comma_chair_the_working_session(hosts):
    found = roles("Sáng 5/3/2024, đoàn công tác của Bộ Y tế do ông Trần Văn Hùng làm trưởng đoàn đã làm việc tại tỉnh "
                  "Nam Định. " + hosts)
    assert {person for person, held in found.items() if "chaired" in held} >= {"Lê Văn An", "Phạm Minh Đức"}


def test_the_full_time_deputy_head_of_the_national_assembly_delegation_hosts_its_working_session():
    # "hoạt động chuyên trách" (full-time) is part of the title, not words between it and the verb
    found = roles("Sáng 15/10/2025, đồng chí Lê Thị Hoa, Ủy viên Ban Chấp hành Đảng bộ tỉnh Nam Định, Phó Trưởng đoàn "
                  "ĐBQH hoạt động chuyên trách tỉnh đã có buổi làm việc với Sở Y tế.")
    assert found == {"Lê Thị Hoa": {"chaired"}}


def test_co_chairs_named_after_la_and_an_official_who_directs_the_work_in_person():
    found = roles("Ngày 5/3/2024, Hội Nông dân tỉnh Nam Định và Viện Nông nghiệp tổ chức lễ ký kết chương trình phối "
                  "hợp. Đồng chủ trì và tham dự lễ ký kết là đồng chí Lê Văn Hải – Viện trưởng và đồng chí Trần Văn Quân "
                  "– Chủ tịch Hội Nông dân tỉnh.")
    assert found == {"Lê Văn Hải": {"chaired"}, "Trần Văn Quân": {"chaired"}}
    found = roles("Sáng 30/9/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Sơn đã có buổi kiểm tra hiện trường vụ sạt lở. Ông "
                  "Lê Văn Sơn trực tiếp chỉ đạo công tác cứu hộ.")
    assert found == {"Lê Văn Sơn": {"directed"}}


def test_each_side_named_after_attending_and_co_chairing_attends_and_chairs():
    found = roles("Ngày 5/3/2026, Hội nghị hợp tác hải quan diễn ra tại tỉnh Đồng Tháp. Tham dự và đồng chủ trì hội nghị, "
                  "về phía Hải quan khu vực XX có ông Lê Văn Sang - Chi cục trưởng; về phía tỉnh Prey Veng có ông Sok "
                  "Dara - Cục trưởng Cục Hải quan tỉnh Prey Veng.")
    assert found == {"Lê Văn Sang": {"attended", "chaired"}, "Sok Dara": {"attended", "chaired"}}
    # and the subject of "tham dự và chủ trì" attends and chairs
    found = roles("Ngày 5/3/2026, Hội nghị xúc tiến đầu tư diễn ra tại tỉnh Nam Định. Thủ tướng Lê Văn Phúc đã tham dự và "
                  "chủ trì Hội nghị; cùng dự có đồng chí Trần Văn Thưởng, Trưởng Ban Tuyên giáo Trung ương.")
    assert found == {"Lê Văn Phúc": {"attended", "chaired"}, "Trần Văn Thưởng": {"attended"}}


def test_the_leader_of_a_delegation_that_comes_to_work_chairs_it_with_a_comma_after_dan_dau():
    found = roles("Ngày 15/8/2025, đoàn công tác của Thường trực Tỉnh ủy do Bí thư Tỉnh ủy Nguyễn Văn Hải dẫn đầu, "
                  "đến thăm và làm việc với Trường Đại học Bạc Liêu.")
    assert found == {"Nguyễn Văn Hải": {"chaired"}}


@pytest.mark.parametrize("sentence", [
    "Ngày 3/2/2020, đồng chí Thào Văn Sơn, Chủ tịch HĐND tỉnh có các buổi làm việc với lãnh đạo các xã Sơn Vĩ, "
    "Xín Cái.",
    "Ngày 7/5/2024, đồng chí Thào Văn Sơn - Chủ tịch UBND tỉnh đã có buổi chào xã giao với Tập đoàn Kanoria.",
])
def test_the_official_who_holds_sessions_or_a_courtesy_call_chairs_them(sentence):
    assert roles(sentence) == {"Thào Văn Sơn": {"chaired"}}


def test_a_chair_whose_titles_end_with_the_head_of_a_subcommittee_chairs():
    assert roles("Ngày 25/10/2022, Tiểu ban Nội dung họp đánh giá công tác chuẩn bị. Ông Phan Văn Duy, Phó Chủ tịch "
                 "UBND tỉnh, Trưởng Tiểu ban chủ trì cuộc họp.") == {"Phan Văn Duy": {"chaired"}}


def test_who_presents_a_submission_speaks_and_its_proposal_is_no_request_of_theirs():
    facts = facts_of("Sáng 9/12/2019, kỳ họp thứ 12 HĐND tỉnh An Giang khai mạc. Tại phiên khai mạc, ông Nguyễn Văn "
                     "Bình, Chủ tịch UBND tỉnh An Giang đã thông qua tờ trình đề nghị HĐND tỉnh bầu bổ sung Phó Chủ tịch "
                     "UBND tỉnh.")
    assert [(p.person, p.role) for p in facts.events[0].participations] == [("Nguyễn Văn Bình", "spoke")]
    assert facts.directives == []


def test_gatherings_of_a_kind_are_no_event():
    assert facts_of("Người dân không tập trung tại các lễ hội. Ông Lê Văn An, Chủ tịch UBND xã dự.").events == []


def test_people_who_accompany_an_official_attend_and_the_official_is_not_listed():
    found = roles("Sáng 5/3/2024, Bộ trưởng Bộ Y tế Trần Văn Hùng đã đến thăm, kiểm tra Bệnh viện Đa khoa "
                  "tỉnh Nam Định. Cùng đi với Bộ trưởng Trần Văn Hùng có các đồng chí: Vụ trưởng Vụ Kế hoạch "
                  "Đỗ Văn Lâm; Thứ trưởng Bộ Công an Vũ Thị Hoa.")
    assert found == {"Trần Văn Hùng": {"chaired"}, "Đỗ Văn Lâm": {"attended"}, "Vũ Thị Hoa": {"attended"}}


def test_an_official_attending_with_the_delegates():
    found = roles(LEAD + "Chủ tịch UBND tỉnh Hà Văn Bảo cùng các đại biểu dự tại điểm cầu Nam Định.")
    assert found == {"Hà Văn Bảo": {"attended"}}


def test_hosts_listed_with_a_group_after_a_comma_chaired_the_reception():
    found = roles("Sáng 5/3/2024, đoàn công tác của TP Kyoto (Nhật Bản) đến thăm tỉnh Nam Định. Bí thư Tỉnh ủy "
                  "Nam Định Lê Văn An; Chủ tịch UBND tỉnh Nam Định Hà Văn Bảo, cùng lãnh đạo các sở, ngành và một "
                  "số địa phương tiếp và làm việc với đoàn.")
    assert found == {"Lê Văn An": {"chaired"}, "Hà Văn Bảo": {"chaired"}}


def test_speakers_set_off_by_their_village_or_a_title_and_reporting_words():
    found = roles("Sáng 5/3/2024, Đoàn đại biểu Quốc hội tỉnh Nam Định tiếp xúc cử tri huyện Ý Yên. Cử tri Nguyễn Văn "
                  "Hiển, thôn 4 cho rằng, đất đai còn chồng lấn. Bà Nguyễn Thị Trang, Phó Vụ trưởng Vụ Pháp chế, cho "
                  "hay: Bộ sẽ kiểm tra. Ông Lê Văn Dần, xã Yên Bằng bày tỏ mong muốn được hỗ trợ giống.")
    assert found == {"Nguyễn Văn Hiển": {"spoke"}, "Nguyễn Thị Trang": {"spoke"}, "Lê Văn Dần": {"spoke"}}


def test_meeting_voters_is_no_reception():
    found = roles("Sáng 5/3/2024, Chủ tịch Quốc hội Lê Văn An cùng các đại biểu Quốc hội đơn vị bầu cử số 1 tỉnh "
                  "Nam Định tiếp xúc cử tri huyện Ý Yên.")
    assert "chaired" not in found.get("Lê Văn An", set())


def test_a_plural_heading_before_a_colon_opens_a_list_not_a_quote():
    found = roles(LEAD + "Tham dự có các đồng chí: Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Ý Yên Lê "
                         "Văn An; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng ban Tổ chức Tỉnh ủy Vũ Văn "
                         "Hải; Giám đốc Sở Y tế Đỗ Thị Mai.")
    assert found == {"Lê Văn An": {"attended"}, "Vũ Văn Hải": {"attended"}, "Đỗ Thị Mai": {"attended"}}


def test_chairs_listed_after_degrees_written_as_one_word():
    # "GS,TS." ends no sentence: the list goes on to every chair
    found = roles("Sáng 12/4/2024, Học viện Chính trị khu vực I tổ chức hội thảo khoa học. Chủ trì Hội thảo gồm "
                  "các đồng chí: GS,TS. Lê Văn Lợi - Phó Giám đốc Học viện; ThS. Nguyễn Thị Loan - Hiệu trưởng "
                  "Trường Chính trị tỉnh Nam Định.")
    assert found == {"Lê Văn Lợi": {"chaired"}, "Nguyễn Thị Loan": {"chaired"}}


def test_the_official_who_announces_the_decisions_speaks():
    found = roles("Sáng 12/4/2024, Đảng ủy Công ty Cổ phần Than Hà Lầm tổ chức hội nghị công bố quyết định về công "
                  "tác cán bộ. Đồng chí Vũ Văn Hải, Trưởng Ban Tổ chức Đảng ủy Than Quảng Ninh công bố các quyết "
                  "định bổ nhiệm.")
    assert found == {"Vũ Văn Hải": {"spoke"}}


def test_a_speech_closing_the_actions_a_sentence_opens_with():
    found = roles(LEAD + "Trao quyết định, tặng hoa và phát biểu tại buổi lễ, đồng chí Lê Văn An, Bí thư Tỉnh ủy "
                         "tin tưởng đồng chí Đỗ Thị Mai sẽ hoàn thành tốt nhiệm vụ.")
    assert found == {"Lê Văn An": {"spoke"}}


def test_a_visit_is_a_meeting_with_the_people_on_each_side():
    found = roles("Đó là ghi nhận của Thứ trưởng Bộ Y tế Trần Văn Hùng trong chuyến thăm và làm việc với Bệnh viện "
                  "Đa khoa tỉnh Nam Định chiều ngày 31/5/2023.\nVề phía bệnh viện có Giám đốc Bệnh viện Đa khoa "
                  "tỉnh Nam Định Lê Thị Hoa cùng các Phó Giám đốc.")
    assert found == {"Lê Thị Hoa": {"attended"}}


def test_an_official_who_gives_an_order_directs_and_is_not_listed_as_speaking():
    found = roles("Chiều 5/3/2024, đoàn công tác của Bộ Y tế đã có buổi làm việc với UBND tỉnh Nam Định. "
                  "Theo Thứ trưởng Bộ Y tế Trần Văn Hùng, tỉnh đã chủ động phòng dịch. "
                  "Thứ trưởng Trần Văn Hùng giao Cục Quản lý Dược nghiên cứu đề xuất của tỉnh.")
    assert found == {"Trần Văn Hùng": {"directed"}}


def test_a_person_the_clause_names_after_ve_phia_without_co_is_no_attendee():
    found = roles(LEAD + "Về phía ngành giáo dục, ngoài học bổng của Sở dành cho em Nguyễn Văn Đạt, trung tâm "
                         "ngoại ngữ sẽ giảm học phí. Về phía tỉnh có đồng chí Lê Văn An, Bí thư Tỉnh ủy.")
    assert found == {"Lê Văn An": {"attended"}}


def test_an_official_reporting_with_the_heads_of_departments():
    found = roles(LEAD + "Tại hội nghị, đồng chí Lê Văn An và lãnh đạo các Sở, ngành đã báo cáo kết quả thực hiện.")
    assert found == {"Lê Văn An": {"spoke"}}


def test_an_official_who_gives_wishes_speaks():
    found = roles("Ngày 7/2/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn An đã có buổi gặp mặt các doanh nghiệp. "
                  "Nhân dịp đầu xuân, Giám đốc Sở Công Thương Đỗ Thị Mai chúc các doanh nghiệp sản xuất thuận lợi.")
    assert found == {"Lê Văn An": {"chaired"}, "Đỗ Thị Mai": {"spoke"}}


def test_the_concluding_official_after_a_degree():
    found = roles("Sáng 12/4/2024, Học viện Chính trị khu vực I tổ chức hội thảo khoa học. Tổng kết Hội thảo, "
                  "GS,TS. Lê Văn Lợi - Phó Giám đốc Học viện tóm lược các kết quả.")
    assert found == {"Lê Văn Lợi": {"chaired", "directed"}}


def test_a_note_on_who_the_speaker_is_stands_between_name_and_verb():
    found = roles(LEAD + "Ông Nguyễn Văn Bình (45 tuổi, trú tại xã Yên Lợi, huyện Ý Yên) cho biết, năm nay "
                         "gia đình thu hoạch tốt.")
    assert found == {"Nguyễn Văn Bình": {"spoke"}}


def test_a_person_named_inside_a_note_is_no_speaker():
    found = roles("Sáng 12/4/2024, HĐND phường Yên Hòa tổ chức kỳ họp thứ nhất. Kỳ họp thành lập các ban:\n"
                  "- Ban Kinh tế - Ngân sách (do bà Lê Thị Hoa, Phó Chủ tịch HĐND phường làm Trưởng ban):\n"
                  "Ông Trần Văn Nam chủ trì kỳ họp.")
    assert found == {"Trần Văn Nam": {"chaired"}}


def test_attending_and_directing_named_before_the_official_are_both_roles():
    found = roles(LEAD + "Dự và phát biểu chỉ đạo hội nghị, đồng chí Lê Văn Bốn, Phó Bí thư Tỉnh ủy chúc mừng "
                         "những thành quả của ngành.")
    assert found["Lê Văn Bốn"] == {"attended", "directed"}


def test_the_host_of_this_province_holds_the_working_session():
    # "Chủ tịch UBND tỉnh này": the province named before; the title ends there
    found = roles("Ngày 15/1/2024, tại trụ sở UBND tỉnh Nam Định, ông Lê Văn Bốn - Chủ tịch UBND tỉnh này đã có "
                  "buổi tiếp và làm việc với đoàn doanh nghiệp Hàn Quốc.")
    assert found["Lê Văn Bốn"] == {"chaired"}


def test_a_list_of_people_ending_in_a_group_named_by_common_nouns_is_the_subject():
    found = roles(LEAD + "Các đồng chí: Lê Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy; Trần Văn Phùng, Phó Chủ tịch UBND "
                         "tỉnh; lãnh đạo các sở, ban ngành và các đại biểu đã đến dự hội nghị.")
    assert found == {"Lê Văn Sơn": {"attended"}, "Trần Văn Phùng": {"attended"}}


def test_a_session_opened_under_the_chairmanship_of_a_list_of_officials():
    found = roles("Chiều 19/2/2024, kỳ họp thứ 20 HĐND tỉnh Nam Định đã khai mạc dưới sự chủ trì của Chủ tịch HĐND "
                  "tỉnh Đỗ Thị Lan; Phó Chủ tịch HĐND tỉnh Phạm Văn Hùng và Phó Chủ tịch HĐND tỉnh Vũ Văn "
                  "Long. Đại biểu Hoàng Thị Ngọc chất vấn Giám đốc Sở Xây dựng Đặng Văn Sơn về tiến độ dự án.")
    assert found == {"Đỗ Thị Lan": {"chaired"}, "Phạm Văn Hùng": {"chaired"}, "Vũ Văn Long": {"chaired"},
                     "Hoàng Thị Ngọc": {"spoke"}}


def test_who_came_to_attend_and_direct_and_who_went_along_are_listed_after_the_cue():
    found = roles(LEAD + "Đến dự và chỉ đạo hội nghị có Bí thư Tỉnh ủy Nam Định Phạm Văn Trí. Đi cùng đoàn còn có "
                         "ông Mai Văn Tuấn - Phó Chủ tịch UBND tỉnh Nam Định.")
    assert found == {"Phạm Văn Trí": {"attended", "directed"}, "Mai Văn Tuấn": {"attended"}}


def test_the_chair_named_after_the_cue_and_concluding_remarks_given_as_opinions():
    found = roles("Chiều 10/2/2024, lãnh đạo tỉnh Nam Định đón tiếp đoàn cán bộ tỉnh Champasak (Lào). Chủ trì buổi "
                  "tiếp đoàn là ông Lưu Văn Đức, Chủ tịch UBND tỉnh Nam Định.")
    assert found == {"Lưu Văn Đức": {"chaired"}}
    found = roles(LEAD + "Qua thảo luận, Chủ tịch UBND tỉnh Ngô Văn Phúc đã cho ý kiến kết luận đối với một số "
                         "chính sách.")
    assert found == {"Ngô Văn Phúc": {"chaired", "directed"}}


def test_a_city_chair_named_after_the_bare_level_word_concludes_the_meeting():
    # "UBND thành phố Lê Văn Châu": a person follows the level word, whose third syllable is
    # a family name too
    found = roles("Sáng 2/3/2026, Chủ tịch UBND TP Hải Phòng Lê Văn Châu chủ trì phiên họp thường kỳ. Chủ tịch "
                  "UBND thành phố Lê Văn Châu phát biểu kết luận phiên họp.")
    assert found == {"Lê Văn Châu": {"chaired", "directed"}}


def test_a_statement_reported_as_someones_at_the_meeting_is_theirs():
    found = roles("Sáng 29/10/2025, UBND tỉnh Nam Định tổ chức hội nghị xúc tiến đầu tư. Đó là khẳng định của ông Hà "
                  "Văn Dũng, Tổng Giám đốc Công ty Cổ phần Dệt may Nam Định tại hội nghị.")
    assert found == {"Hà Văn Dũng": {"spoke"}}


def test_the_official_who_welcomes_a_delegation_chairs_the_visit():
    assert roles("Sáng 22/11/2023, Phó Chủ tịch UBND tỉnh - Trần Văn Hòa đón tiếp Đoàn công tác do ông Sok Chanda, "
                 "Tổng Lãnh sự Campuchia dẫn đầu.") == {"Trần Văn Hòa": {"chaired"}}


def test_a_first_vice_chair_attends_and_directs_under_that_title():
    facts = facts_of("Đồng chí Lê Thị Xuân, Phó Chủ tịch nước, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng "
                     "Trung ương dự và chỉ đạo Đại hội.")
    assert {(p.role, p.organization) for p in facts.persons[0].positions} >= {
        ("Phó Chủ tịch thứ nhất", "Hội đồng Thi đua - Khen thưởng Trung ương")}
    assert {(p.person, p.role) for p in facts.events[0].participations} \
        == {("Lê Thị Xuân", "attended"), ("Lê Thị Xuân", "directed")}


def test_a_chain_of_titles_before_a_listed_name_still_opens_the_list():
    assert roles("Sáng 5/3/2024, Đại hội Đảng bộ tỉnh Nam Định khai mạc. Đến dự và chỉ đạo Đại hội có Bí thư Trung "
                 "ương Đảng, Chánh án Tòa án nhân dân tối cao Lê Minh Tâm.") == {"Lê Minh Tâm": {"attended", "directed"}}


def test_a_briefing_and_a_committee_head_named_before_the_citys_council_chair():
    assert roles("Chiều 28/4/2021, ông Nguyễn Khắc Tân - Phó Bí thư Thường trực Tỉnh ủy Khánh Hòa chủ trì giao ban "
                 "rà soát việc thực hiện nhiệm vụ tháng 4.") == {"Nguyễn Khắc Tân": {"chaired"}}
    # "thành phố Lê Tùng Lâm" is no city: a post naming its own body precedes the council
    assert roles("Sáng 7/8/2025, Trưởng ban Đô thị HĐND thành phố Lê Tùng Lâm chủ trì phiên họp thẩm tra các nội "
                 "dung thuộc lĩnh vực đô thị.") == {"Lê Tùng Lâm": {"chaired"}}


def test_a_session_receiving_citizens_is_chaired_by_the_official_named_for_it():
    found = roles("Ngày 18/3/2024, UBND tỉnh Nam Định tổ chức tiếp công dân định kỳ. Cùng tiếp dân có đại diện Sở "
                  "Tài nguyên và Môi trường. Đồng chí Trần Văn Tuấn, Phó Chủ tịch UBND tỉnh chủ trì.")
    assert found == {"Trần Văn Tuấn": {"chaired"}}


def test_officials_who_pay_a_visit_chair_it():
    found = roles("Sáng 17/3/2024, các đồng chí: Trần Văn An, Bí thư Tỉnh ủy Nam Định; Lê Văn Ba, Phó Bí thư Tỉnh ủy, "
                  "Chủ tịch UBND tỉnh đã có chuyến thăm, làm việc tại xã Giao Lạc, huyện Giao Thủy.")
    assert found == {"Trần Văn An": {"chaired"}, "Lê Văn Ba": {"chaired"}}


def test_a_list_of_attendees_may_open_with_a_group_set_off_by_a_semicolon():
    found = roles(LEAD + "Tham dự hội nghị có lãnh đạo tỉnh Hòa Bình; thiếu tướng Trần Văn An, Tư lệnh Quân khu 3; "
                         "Bí thư Tỉnh ủy Nam Định Lê Văn Ba.")
    assert found == {"Trần Văn An": {"attended"}, "Lê Văn Ba": {"attended"}}
    # a comma instead does not open a list: the person is named elsewhere in the clause
    assert roles(LEAD + "Về phía tỉnh, học bổng dành cho em Lê Văn Tý.") == {}


def test_those_listed_after_taking_part_in_the_event_attended_it():
    found = roles("Sáng 12/4/2024, Sở Khoa học và Công nghệ tỉnh Nam Định tổ chức lễ ký kết thỏa thuận hợp tác. Tham gia "
                  "lễ ký kết sáng nay tại trụ sở Sở có ông Trần Văn An - Phó Giám đốc Sở, bà Lê Thị Hoa - Giám đốc "
                  "Trung tâm Thông tin khoa học tỉnh Nam Định.")
    assert found == {"Trần Văn An": {"attended"}, "Lê Thị Hoa": {"attended"}}


def test_who_chaired_at_a_connection_point_named_before_the_verb():
    found = roles("Sáng 27/9/2022, Ủy ban Thường vụ Quốc hội tổ chức hội nghị trực tuyến toàn quốc. Đồng chí Lê Thị Hoa - "
                  "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh chủ trì tại điểm cầu "
                  "Đoàn ĐBQH tỉnh Nghệ An.")
    assert found == {"Lê Thị Hoa": {"chaired"}}


def test_who_welcomed_a_delegation_hosted_it_and_who_also_did_attended():
    found = roles("Sáng 9/5/2023, Tỉnh đoàn Tuyên Quang tiếp đoàn công tác của Đại sứ quán Hoa Kỳ. Đón tiếp đoàn có "
                  "đồng chí Lê Thị Hoa – Phó Bí thư Tỉnh đoàn. Đón tiếp đoàn còn có đồng chí Trần Văn An - Ủy viên Ban "
                  "Thường vụ Tỉnh đoàn.")
    assert found == {"Lê Thị Hoa": {"chaired"}, "Trần Văn An": {"attended"}}


def test_those_who_came_along_on_a_visit_attended_it():
    found = roles("Sáng 19/11/2025, đồng chí Lê Văn Tám - Bí thư Tỉnh ủy Nam Định đến thăm, chúc mừng ngành Giáo dục. "
                  "Cùng đến thăm, chúc mừng có các đồng chí: Trần Văn Bình - Phó Bí thư Tỉnh ủy; Lê Thị Hoa - Trưởng "
                  "Ban Tuyên giáo Tỉnh ủy.")
    assert found["Trần Văn Bình"] == {"attended"} and found["Lê Thị Hoa"] == {"attended"}
    found = roles(LEAD + "Tham dự và chủ trì hội nghị có đồng chí Trần Văn Bình, Giám đốc Sở Công Thương.")
    assert found["Trần Văn Bình"] == {"attended", "chaired"}


def test_a_visiting_leader_of_the_state_who_asks_the_province_directed_the_visit():
    # the State's body is national: its Vice President outranks the province she asks
    facts = facts_of("Phó Chủ tịch nước thăm và làm việc tại tỉnh Lai Châu\nPhó Chủ tịch nước đề nghị Lai Châu chú "
                     "trọng đến công tác giảm nghèo.\nNgày 25/6/2019, Phó Chủ tịch nước Trần Thị Mai thăm và làm việc "
                     "tại tỉnh Lai Châu.")
    (event,) = facts.events
    assert {(p.person, p.role) for p in event.participations} == {("Trần Thị Mai", "chaired"),
                                                                   ("Trần Thị Mai", "directed")}
    assert [(d.by, d.to) for d in facts.directives] == [("Trần Thị Mai", "Ủy ban nhân dân tỉnh Lai Châu")]


def test_a_list_subject_with_a_heading_for_its_second_part():
    found = roles(LEAD + "Chủ tịch UBND tỉnh Lê Văn Tám và các Phó Chủ tịch UBND tỉnh: Trần Văn Bình, Ngô Thị Hoa chủ "
                         "trì hội nghị.")
    assert {name for name, held in found.items() if "chaired" in held} == {"Lê Văn Tám", "Trần Văn Bình", "Ngô Thị Hoa"}


def test_a_session_chaired_by_a_list_after_its_heading():
    # "do các đồng chí: A, ...; B, ... chủ tọa": the agents listed after "do"; "Chá" opens a Hmong name
    found = roles("Sáng 10/9/2025, HĐND tỉnh Sơn La tổ chức kỳ họp thứ 30. Kỳ họp do các đồng chí: Lê Văn Tám, Chủ "
                  "tịch HĐND tỉnh; Chá A Của, Phó Chủ tịch HĐND tỉnh chủ tọa.")
    assert found == {"Lê Văn Tám": {"chaired"}, "Chá A Của": {"chaired"}}


def test_attendees_listed_after_cung_tham_du_co_anywhere_in_the_sentence():
    found = roles("Ngày 5/4/2022, UBND huyện Tân Hồng làm việc với nhà đầu tư. Ông Lê Văn Tám, Chủ tịch UBND huyện chủ "
                  "trì buổi làm việc cùng tham dự có ông Trần Văn Bình và ông Nhâm Văn Hải, Phó Chủ tịch UBND huyện.")
    assert found == {"Lê Văn Tám": {"chaired"}, "Trần Văn Bình": {"attended"}, "Nhâm Văn Hải": {"attended"}}


def test_congratulating_someone_is_no_speech_at_the_event():
    found = roles(LEAD + "Ông Lê Văn Tám, Bí thư Tỉnh ủy chúc mừng ông Trần Văn Bình. Ông Ngô Văn Hải, Giám đốc Sở Nội "
                         "vụ báo cáo kết quả.")
    assert found == {"Ngô Văn Hải": {"spoke"}}


def test_a_province_s_official_asking_a_commune_directed_though_no_province_is_named():
    # "Tỉnh ủy" of an article naming no province still stands above a commune
    found = roles("Phó Bí thư Tỉnh ủy làm việc với xã Phố Cáo\nNgày 5/6/2020, Phó Bí thư Tỉnh ủy Lê Văn Tám làm việc với "
                  "xã Phố Cáo. Phát biểu tại buổi làm việc, Phó Bí thư Tỉnh ủy Lê Văn Tám đề nghị xã Phố Cáo: Chủ động "
                  "triển khai nghị quyết.")
    assert found == {"Lê Văn Tám": {"chaired", "directed"}}


def test_the_official_who_holds_a_meeting_chairs_it():
    found = roles("Chiều 12/11/2024, ông Phạm Văn Nghĩa – Chủ tịch UBND tỉnh Tiền Giang đã họp kiểm tra công tác "
                  "chuẩn bị lễ khởi công. Chủ tịch UBND tỉnh yêu cầu Công an tỉnh đảm bảo an ninh, trật tự.")
    assert found["Phạm Văn Nghĩa"] == {"chaired", "directed"}


@pytest.mark.parametrize("led", ["do ông Trần Văn Quang – Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến làm việc tại",
                                 "do Phó Chủ tịch UBND tỉnh Trần Văn Quang dẫn đầu đã có buổi làm việc với"])
def test_the_leader_of_a_delegation_that_comes_to_work_with_a_unit_chairs_the_session(led):
    found = roles(f"Chiều ngày 6/4/2022, đoàn công tác của UBND tỉnh Đồng Tháp {led} huyện Châu Thành về nhiệm vụ "
                  "trọng tâm năm 2022.")
    assert found == {"Trần Văn Quang": {"chaired"}}


@pytest.mark.parametrize("meeting", ["hội đàm", "phiên làm việc", "cuộc gặp"])
def test_talks_between_two_provinces_are_a_meeting_and_its_co_chairs_chaired_it(meeting):
    found = roles(f"Ngày 17/12/2024, dưới sự chủ trì của đồng chí Trần Văn An - Chủ tịch UBND tỉnh Phú Thọ và ngài "
                  f"Fukuda Tomikazu - Thống đốc tỉnh Tochigi, hai tỉnh đã tổ chức {meeting} về hợp tác. Tham dự có đồng "
                  "chí Lê Văn Bình - Chủ tịch HĐND tỉnh; đồng chí Phạm Văn Cường - Phó Chủ tịch UBND tỉnh.")
    assert found == {"Trần Văn An": {"chaired"}, "Fukuda Tomikazu": {"chaired"}, "Lê Văn Bình": {"attended"},
                     "Phạm Văn Cường": {"attended"}}


def test_those_who_also_received_the_delegation_attended_beside_the_host():
    found = roles("Chiều 5/2/2026, Bí thư Thành ủy TPHCM Trần Văn An tiếp đoàn công tác tỉnh Tây Ninh. Tiếp đoàn còn có "
                  "các đồng chí: Lê Văn Bình, Phó Chủ tịch UBND TPHCM; Thiếu tướng Phạm Văn Cường, Phó Giám đốc Công "
                  "an TPHCM.")
    assert found == {"Trần Văn An": {"chaired"}, "Lê Văn Bình": {"attended"}, "Phạm Văn Cường": {"attended"}}


def test_a_review_session_is_a_meeting_named_before_who_came():
    (event,) = facts_of("Ngày 15 tháng 6 năm 2018, UBND tỉnh Hậu Giang tổ chức sơ kết 6 tháng thực hiện Chương trình số "
                        "02/CTr-UBND. Tham dự buổi sơ kết có các đại biểu là thành viên Ban chỉ đạo; dưới sự chủ trì "
                        "của Phó Chủ tịch UBND tỉnh Trần Văn An.").events
    assert event.label == "Buổi sơ kết"
    assert {(p.person, p.role) for p in event.participations} == {("Trần Văn An", "chaired")}


def test_the_visitors_a_delegation_lists_attended():
    found = roles("Ngày 11/2/2026, Phó Bí thư Thành ủy TPHCM Trần Văn An tiếp đoàn lãnh đạo tỉnh Tây Ninh. Lãnh đạo "
                  "tỉnh Tây Ninh đến thăm, chúc tết có các đồng chí: Lê Văn Bình, Bí thư Tỉnh ủy Tây Ninh; Phạm Văn "
                  "Cường, Chủ tịch UBND tỉnh Tây Ninh.")
    assert found == {"Trần Văn An": {"chaired"}, "Lê Văn Bình": {"attended"}, "Phạm Văn Cường": {"attended"}}


@pytest.mark.parametrize("members", [
    "Đoàn công tác có các đồng chí: Lê Văn Bình, Thứ trưởng Bộ Y tế; Phạm Văn Cường, Phó Chủ nhiệm Văn phòng "
    "Chính phủ.",
    # a body after a title's comma is part of the chain before the first name
    "Đoàn công tác Chính phủ có lãnh đạo các bộ, ngành Trung ương gồm: Phó Tổng tham mưu trưởng, Bộ Quốc phòng "
    "Trung tướng Lê Văn Bình; Phó Chủ nhiệm Văn phòng Chính phủ Phạm Văn Cường.",
])
def test_the_members_a_delegation_lists_attended(members):
    found = roles("Ngày 6/3/2023, Phó Thủ tướng Trần Văn An làm việc với tỉnh Bình Phước. " + members)
    assert found == {"Trần Văn An": {"chaired"}, "Lê Văn Bình": {"attended"}, "Phạm Văn Cường": {"attended"}}


def test_a_delegation_led_by_someone_does_not_list_its_leader_as_a_member():
    found = roles("Ngày 6/3/2023, UBND tỉnh Bình Phước tiếp đoàn công tác của Bộ Y tế. Đoàn công tác do Thứ trưởng "
                  "Lê Văn Bình làm trưởng đoàn.")
    assert "attended" not in found.get("Lê Văn Bình", set())


@pytest.mark.parametrize("sentence, expected", [
    ("Đồng chí Trần Văn An - Q.Chủ tịch UBND tỉnh An Giang đến dự và chủ trì Hội nghị.",
     {"Trần Văn An": {"attended", "chaired"}}),
    ("Cùng ngày, ông Trần Văn An, Chủ tịch UBND tỉnh Tiền Giang, đã triệu tập cuộc họp khẩn cấp về hạn mặn.",
     {"Trần Văn An": {"chaired"}}),
    ("Thủ tướng Chính phủ Trần Văn An đã đến tham dự và phát biểu chỉ đạo tại Hội nghị.",
     {"Trần Văn An": {"attended", "directed"}}),
    ("Cùng tham gia với Đoàn có ông Trần Văn An – Bí thư Huyện ủy Đức Huệ.", {"Trần Văn An": {"attended"}}),
    # the council a committee's title names after a comma ends the mention, the verb after it is the chair's
    ("Đồng chí Trần Văn An - Trưởng Ban Kinh tế - Ngân sách, HĐND tỉnh chủ trì hội nghị.", {"Trần Văn An": {"chaired"}}),
    ("Báo xin giới thiệu bài phát biểu chỉ đạo của đồng chí Trần Văn An, Bí thư Tỉnh ủy Tiền Giang tại Hội nghị "
     "tổng kết.", {"Trần Văn An": {"directed"}}),
])
def test_who_came_and_chaired_convened_or_gave_the_directing_speech(sentence, expected):
    assert roles("Ngày 5/12/2019, UBND tỉnh tổ chức hội nghị tổng kết. " + sentence) == expected


def test_a_host_glad_to_receive_a_guest_chaired_the_visit():
    assert roles("Ngày 10/5/2024, UBND tỉnh Sóc Trăng làm việc với Tập đoàn cầu đường Quảng Tây. Đồng chí Lâm Hoàng "
                 "Nghiệp, Phó Chủ tịch Thường trực UBND tỉnh bày tỏ vui mừng khi được tiếp và làm việc với Tập đoàn "
                 "cầu đường Quảng Tây.")["Lâm Hoàng Nghiệp"] >= {"chaired"}



def test_a_supervision_visit_named_so_is_a_meeting():
    assert roles("Chiều ngày 16/11/2023, Ban Pháp chế HĐND huyện Tân Biên có buổi giám sát công tác tiếp công dân tại "
                 "Phòng Tài nguyên và Môi trường huyện. Ông Nguyễn Ngọc Trỗi, Trưởng Ban Pháp chế HĐND huyện chủ trì buổi "
                 "giám sát. Đi cùng đoàn có ông Trần Hữu Nghĩa - Phó Chủ tịch HĐND huyện.") == {
        "Nguyễn Ngọc Trỗi": {"chaired"}, "Trần Hữu Nghĩa": {"attended"}}


def test_the_people_a_group_sends_to_the_meeting_listed_after_co_attend():
    assert roles("Chiều 5/3/2024, Thủ tướng Phạm Minh Chính làm việc với Ban Thường vụ Thành ủy Hà Nội. Đại biểu "
                 "thành phố dự buổi làm việc có các đồng chí: Bí thư Thành ủy Bùi Thị Minh Hoài; Phó Bí thư Thành ủy "
                 "Nguyễn Văn Phong. Đại biểu trung ương tham gia buổi làm việc có các đồng chí Ủy viên Trung ương "
                 "Đảng: Phó Thủ tướng Chính phủ Trần Hồng Hà.") == {
        "Phạm Minh Chính": {"chaired"}, "Bùi Thị Minh Hoài": {"attended"}, "Nguyễn Văn Phong": {"attended"},
        "Trần Hồng Hà": {"attended"}}


def test_the_official_after_a_phrase_of_the_working_session_he_held_chaired_it():
    assert roles("Sáng 18/3/2019, trong buổi làm việc với các bộ, ngành, địa phương về các giải pháp thúc đẩy sản xuất, "
                 "Thủ tướng Chính phủ Trần Văn Tuấn đã chỉ đạo Bộ Y tế điều động ngay bác sỹ về huyện Thuận Thành.") \
        == {"Trần Văn Tuấn": {"chaired", "directed"}}


def test_the_people_who_attended_and_chaired_at_a_provinces_end_of_an_online_conference():
    assert roles("Sáng 5/3/2025, Chính phủ tổ chức hội nghị trực tuyến toàn quốc về kịch bản tăng trưởng. Tham dự và "
                 "chủ trì tại điểm cầu tỉnh Lâm Đồng có các đồng chí: Nguyễn Hoài Anh, Phó Bí thư Thường trực Tỉnh ủy; "
                 "Hồ Văn Mười, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.") == {
        "Nguyễn Hoài Anh": {"attended", "chaired"}, "Hồ Văn Mười": {"attended", "chaired"}}


def test_the_chairs_listed_after_a_colon_each_chaired():
    assert roles("Xã Tân Hòa tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng tháng 8/2024. Chủ trì hội nghị: Lê Văn "
                 "Hải, Bí thư Đảng ủy; đồng chí Trần Văn Đông, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng "
                 "chí Phạm Minh Tâm, Phó Bí thư, Chủ tịch UBND xã.") == {
        "Lê Văn Hải": {"chaired"}, "Trần Văn Đông": {"chaired"}, "Phạm Minh Tâm": {"chaired"}}


def test_the_people_who_took_part_on_one_side_of_a_meeting_between_provinces_attended():
    # "hội kiến" names the meeting; "Tham gia buổi hội kiến về phía ... có" lists who attended
    assert roles("Chiều 5/3/2025, Bí thư Tỉnh ủy Lào Cai Đặng Văn Phong hội kiến Bí thư Tỉnh ủy Vân Nam. Tham gia buổi "
                 "hội kiến về phía đoàn công tác của tỉnh Lào Cai có đồng chí Phạm Toàn Thành - Trưởng Ban Tổ chức "
                 "Tỉnh ủy; đồng chí Dương Đức Hưng - Phó Chủ tịch UBND tỉnh.") == {
        "Phạm Toàn Thành": {"attended"}, "Dương Đức Hưng": {"attended"}}


def test_the_people_a_body_sends_listed_after_dai_dien_attended():
    assert roles("Sáng 5/3/2025, Chủ tịch UBND tỉnh Lào Cai Trịnh Văn Trường làm việc với đoàn doanh nghiệp Hoa Kỳ. "
                 "Đại diện Công ty Cổ phần Viễn thông Sài Gòn có bà Nguyễn Cẩm Phượng, Tổng Giám đốc.") == {
        "Trịnh Văn Trường": {"chaired"}, "Nguyễn Cẩm Phượng": {"attended"}}


def test_a_when_clause_between_the_official_and_the_verb():
    assert roles("Đây là định hướng của Trưởng ban Tổ chức Trung ương Lê Văn Hòa khi tham dự và chỉ đạo Đại hội đại biểu "
                 "Đảng bộ phường Hoa Lư lần thứ nhất diễn ra sáng 11/8/2025.") == {"Lê Văn Hòa": {"attended", "directed"}}


def test_an_official_who_also_attended_is_the_subject_of_cung_tham_du():
    assert roles("Sáng 5/3/2022, Chủ tịch nước Nguyễn Văn Phương làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa. Phó Thủ tướng "
                 "Lê Văn Thanh cùng tham dự buổi làm việc.") == {
        "Nguyễn Văn Phương": {"chaired"}, "Lê Văn Thanh": {"attended"}}


def test_a_hosts_wish_to_a_foreign_body_is_no_directing():
    # FORMAT.md: who directs asks subordinate bodies; a district of another country is none
    assert roles("Chủ tịch UBND tỉnh Hà Tĩnh tiếp đoàn công tác quận Gangseo (Hàn Quốc)\nSáng 3/8/2023, Chủ tịch UBND "
                 "tỉnh Hà Tĩnh Võ Trọng Hải tiếp đoàn công tác của chính quyền quận Gangseo (thành phố Busan, Hàn "
                 "Quốc). Chủ tịch UBND tỉnh Võ Trọng Hải đề nghị quận Gangseo giới thiệu các doanh nghiệp Hàn Quốc "
                 "đầu tư vào Hà Tĩnh.") == {"Võ Trọng Hải": {"chaired", "spoke"}}


def test_the_officials_who_hold_a_dialogue_with_a_sector_chaired_it():
    assert roles("Lãnh đạo tỉnh Hải Dương đối thoại với cán bộ ngành giáo dục\nSáng 11.8, các đồng chí Trần Văn "
                 "Thắng, Bí thư Tỉnh ủy; Triệu Văn Hùng, Chủ tịch UBND tỉnh tiếp xúc, đối thoại với cán bộ, công "
                 "chức ngành giáo dục và đào tạo Hải Dương.\nĐồng chí Trần Văn Thắng phát biểu tại hội nghị đối "
                 "thoại.") == {"Trần Văn Thắng": {"chaired", "spoke"}, "Triệu Văn Hùng": {"chaired"}}
