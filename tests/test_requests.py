"""Who asked whom: constructions of requests in provincial news that any outlet writes.

Every sentence is invented for its test (officials and places are made up).
"""
from __future__ import annotations

from lexicon_fixtures import extract_facts

from extract.facts import Article

VISIT = ("Chiều 20/6/2024, Bộ trưởng Bộ Công Thương Trần Văn Tuấn làm việc với UBND tỉnh Nam Định "
         "về tình hình sản xuất công nghiệp. ")


def directives(text: str) -> set[tuple[str, str | None]]:
    facts = extract_facts(Article(name="t", source="t", text=text))
    return {(d.by, d.to) for d in facts.directives}


def test_bodies_of_a_kind_in_the_plural_are_no_body_named():
    # not the counterpart of the working session (UBND tỉnh Nam Định): nobody in particular
    assert directives(VISIT + "Bộ trưởng yêu cầu các Vụ, Cục trực thuộc cần chủ động phối hợp với tỉnh.") \
        == {("Trần Văn Tuấn", None)}


def test_a_wish_of_people_holding_no_post_is_not_the_officials():
    assert directives(VISIT + "Bà con cũng mong muốn các doanh nghiệp hỗ trợ tiêu thụ sản phẩm. "
                              "Cử tri đề nghị Sở Công Thương sớm có giải pháp.") == set()


def test_a_sector_is_a_department_except_for_an_official_of_a_national_post():
    provincial = ("Chiều 20/6/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn chủ trì hội nghị. "
                  "Đồng chí Lê Văn Bốn đề nghị ngành Y tế tập trung phòng, chống dịch.")
    assert directives(provincial) == {("Lê Văn Bốn", "Sở Y tế tỉnh Nam Định")}
    national = ("Chiều 20/6/2024, Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc. Bộ trưởng Bộ Y tế Trần Văn Tuấn "
                "chủ trì hội nghị. Đồng chí Trần Văn Tuấn đề nghị ngành Y tế tập trung phòng, chống dịch.")
    assert directives(national) == {("Trần Văn Tuấn", None)}


def test_a_task_given_to_an_official_the_article_names_is_no_directive():
    text = ("Chiều 20/6/2024, Tỉnh ủy Nam Định tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí Đỗ "
            "Thị Mai được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Nam Định. Bí thư Tỉnh ủy Lê Văn An giao nhiệm "
            "vụ cho Giám đốc Sở Nội vụ tập trung sắp xếp bộ máy. Đồng chí Lê Văn An giao Giám đốc Sở Y tế chỉ đạo "
            "phòng, chống dịch.")
    assert directives(text) == {("Lê Văn An", "Sở Y tế tỉnh Nam Định")}


def test_a_request_after_the_province_speaks_is_the_provinces_not_the_last_officials():
    text = ("Chiều 20/6/2024, đoàn công tác của Ủy ban Pháp luật của Quốc hội làm việc với UBND tỉnh Nam Định. "
            "Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn báo cáo tình hình thi hành luật. "
            "Đối với Luật Cán bộ, công chức, tỉnh đề xuất sửa đổi quy định về vị trí việc làm. "
            "Đề nghị Chính phủ ban hành quy định về xử lý kỷ luật cán bộ.")
    assert directives(text) == set()


def test_a_request_verb_inside_the_words_of_a_request_is_part_of_it():
    # "đề nghị UBND huyện" is what the Sở is asked to do, not a second request
    assert directives(VISIT + "Bộ trưởng đề nghị Sở Công Thương rà soát các cụm công nghiệp chưa có hạ tầng "
                              "thì lập danh sách đề nghị UBND huyện bố trí vốn.") \
        == {("Trần Văn Tuấn", "Sở Công Thương tỉnh Nam Định")}


def test_a_request_after_a_colon_lists_one_per_clause_a_semicolon_opens_with_a_body():
    assert directives("Sáng 5/3/2024, UBND huyện Tiên Yên họp giao ban. Kết luận cuộc họp, đồng chí Lê Văn Tám – Chủ "
                      "tịch UBND huyện đề nghị: các xã, đơn vị liên quan tiếp tục đẩy nhanh tiến độ trồng rừng; phòng "
                      "NN&PTNT tham mưu, đề xuất tháo gỡ khó khăn, vướng mắc.") \
        == {("Lê Văn Tám", None), ("Lê Văn Tám", "Phòng Nông nghiệp và Phát triển nông thôn huyện Tiên Yên")}


def test_a_briefing_meeting_is_no_request_but_a_body_after_the_verb_is():
    # "giao ban" (a weekly briefing) is a noun; "giao Ban Quản lý ..." gives a task
    assert directives("Sáng 17/8, Chủ tịch UBND huyện Lê Văn Bốn chủ trì hội nghị giao ban công tác tuần. "
                      "Ông Lê Văn Bốn chủ trì cuộc họp giao ban UBND huyện hàng tuần.") == set()
    assert directives("Sáng 17/8, Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn chủ trì hội nghị. Đồng chí Lê Văn Bốn "
                      "giao Ban Quản lý dự án tỉnh hoàn thành hồ sơ trong tháng 9.") \
        == {("Lê Văn Bốn", "Ban Quản lý dự án tỉnh Nam Định")}


def test_a_request_to_the_side_of_a_body_is_to_that_body():
    assert directives("Chiều 25/9/2023, Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn tiếp Đại sứ Ai-len. Ông Lê Văn Bốn đề "
                      "nghị phía Đại sứ quán Ai-len tiếp tục hỗ trợ tỉnh trong đào tạo nguồn nhân lực.") \
        == {("Lê Văn Bốn", "Đại sứ quán Ai-len")}


def test_a_courtesy_call_gives_no_task():
    # "tiếp xã giao" is a courtesy call: its "giao" gives nothing to the guest's firm
    assert directives("Sáng 8/3/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn tiếp xã giao Chủ tịch Tập đoàn "
                      "Hanwha (Hàn Quốc).") == set()


def test_the_signer_of_a_document_directs_the_bodies_it_names_across_a_semicolon():
    facts = extract_facts(Article(name="t", source="t", text=(
        "Ngày 24/1/2025, Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn vừa ký ban hành văn bản chỉ đạo Sở Tài chính, "
        "Sở Xây dựng; UBND các xã liên quan khẩn trương kiểm tra các nội dung báo chí phản ánh.")))
    # the communes in general are addressed too (FORMAT.md: a generic addressee is null)
    assert {(d.by, d.to) for d in facts.directives} == {("Lê Văn Bốn", "Sở Tài chính tỉnh Nam Định"),
                                                        ("Lê Văn Bốn", "Sở Xây dựng tỉnh Nam Định"), ("Lê Văn Bốn", None)}
    assert all(d.text.endswith("khẩn trương kiểm tra các nội dung báo chí phản ánh") for d in facts.directives)


def test_the_tasks_a_notice_of_an_officials_instructions_gives_are_that_officials():
    assert directives(
        "Văn phòng UBND tỉnh Lạng Sơn thông báo ý kiến chỉ đạo của đồng chí Lê Văn Bốn, Phó Chủ tịch UBND tỉnh về "
        "bảo đảm môi trường giáo dục.\nUBND tỉnh đánh giá cao kết quả thời gian qua.\nGiao Sở Giáo dục và Đào tạo "
        "chủ trì dự thảo báo cáo.\nTheo đó, Sở Y tế chủ trì kiểm tra an toàn thực phẩm.") == {
        ("Lê Văn Bốn", "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"), ("Lê Văn Bốn", "Sở Y tế tỉnh Lạng Sơn")}
    # the province's government asking in the notice of its chairman's conclusions asks in his name
    assert directives(
        "Ngày 16/6/2021, Văn phòng UBND tỉnh An Giang có văn bản truyền đạt ý kiến kết luận của Chủ tịch UBND tỉnh Lê "
        "Văn Bốn về lộ trình xóa bỏ bè cá. Theo đó, UBND tỉnh giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm.") == {
        ("Lê Văn Bốn", "Sở Y tế tỉnh An Giang")}
    # a task the province's plan gave, before the notice is reported, is the plan's
    assert directives(
        "Ngày 9/11/2020, UBND tỉnh Đồng Tháp ban hành Kế hoạch số 261/KH-UBND. Theo đó giao Sở Tài chính tổng hợp "
        "kết quả. Văn phòng UBND tỉnh có công văn truyền đạt ý kiến chỉ đạo của Chủ tịch UBND tỉnh Lê Văn Bốn giao "
        "Sở Tài chính khẩn trương báo cáo.") == {("Lê Văn Bốn", "Sở Tài chính tỉnh Đồng Tháp")}


def test_an_order_by_its_subject_to_nobody_named_is_a_directive_to_none():
    meeting = ("Chiều 4/7/2024, UBND tỉnh Nam Định họp xác định danh mục dự án kêu gọi đầu tư do Chủ tịch UBND "
               "tỉnh Lê Văn Bốn chủ trì. ")
    assert directives(meeting + "Ngoài ra, Chủ tịch UBND tỉnh còn yêu cầu bổ sung dự án cảng cạn vào danh mục.") \
        == {("Lê Văn Bốn", None)}
    # "yêu cầu" after another word is a noun; a proposal without an addressee is an opinion
    assert directives(meeting + "Ông Lê Văn Bốn khẳng định chuyển đổi số là yêu cầu khách quan. "
                                "Ông Lê Văn Bốn đề nghị bổ sung dự án cảng cạn.") == set()


def test_the_members_of_a_body_stand_for_it():
    assert directives(VISIT + "Bộ trưởng Trần Văn Tuấn yêu cầu các thành viên của Ban Chỉ đạo phòng chống dịch "
                              "tỉnh thực hiện nghiêm việc cách ly.") \
        == {("Trần Văn Tuấn", "Ban Chỉ đạo phòng chống dịch tỉnh Nam Định")}


def test_departments_in_general_do_not_hide_a_unit_named_after_them():
    assert directives("Chiều 5/8/2025, Chủ tịch UBND tỉnh Quảng Ninh Võ Văn Toàn yêu cầu các sở, ngành chức năng, đơn "
                      "vị liên quan và Đặc khu Vân Đồn hoàn thành bồi thường trong quý IV.") \
        == {("Võ Văn Toàn", "Ủy ban nhân dân đặc khu Vân Đồn"), ("Võ Văn Toàn", None)}


def test_the_bodies_listed_right_after_the_comma_of_a_reported_request():
    assert directives("Chiều 5/9/2019, Thường trực HĐND tỉnh Nam Định họp. Phát biểu kết luận phiên họp, Chủ tịch HĐND "
                      "tỉnh Lê Văn Hòa yêu cầu, các sở, ngành, địa phương hoàn thiện hồ sơ trước ngày 30/9.") \
        == {("Lê Văn Hòa", None)}


def test_the_sentence_after_an_order_goes_on_with_the_orders():
    assert directives("Sáng 3/4/2021, Chủ tịch UBND tỉnh Nam Định Trần Văn Khoa kiểm tra di tích. Theo đó, Chủ tịch UBND "
                      "tỉnh Trần Văn Khoa giao Ban Quản lý dự án tỉnh làm chủ đầu tư. Sở Tài chính chủ trì cân đối vốn "
                      "để khởi công trong quý IV.") \
        == {("Trần Văn Khoa", "Ban Quản lý dự án tỉnh Nam Định"), ("Trần Văn Khoa", "Sở Tài chính tỉnh Nam Định")}


def test_a_caption_goes_on_with_no_ones_requests():
    assert directives("Chiều 19/2/2024, kỳ họp thứ 20 HĐND tỉnh Nam Định khai mạc. Chủ tịch HĐND tỉnh Lê Thị Mai đề "
                      "nghị các đại biểu tập trung thảo luận.\n[img]\nThường trực HĐND tỉnh chủ trì phiên thảo luận\n"
                      "Sở Tài chính chủ trì thẩm định dự toán.") \
        == {("Lê Thị Mai", None), ("Lê Thị Mai", "Sở Tài chính tỉnh Nam Định")}


def test_a_body_after_a_comma_with_a_modal_word_is_asked_too():
    assert directives("Ngày 9/4/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Châu khảo sát các công trình. Đối với dự án khu "
                      "dân cư, ông Lê Văn Châu đề nghị chủ đầu tư đẩy nhanh tiến độ thực hiện, Trung tâm Phát triển quỹ "
                      "đất tỉnh khẩn trương giải phóng mặt bằng phần còn lại.") \
        == {("Lê Văn Châu", None), ("Lê Văn Châu", "Trung tâm Phát triển quỹ đất tỉnh Nam Định")}
    # a body after a comma with no modal word is part of the request ("phối hợp với ..., Sở Y")
    assert directives("Ngày 9/4/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Châu yêu cầu Sở Y tế phối hợp với Sở Tài chính, "
                      "Sở Xây dựng hoàn thiện hồ sơ.") == {("Lê Văn Châu", "Sở Y tế tỉnh Nam Định")}
    # "Ban X, Sở Y phải ...": one list of addressees, asked once each
    assert directives("Ngày 9/4/2024, Bí thư Tỉnh ủy Nam Định Lê Văn Châu đề nghị Ban Tổ chức Tỉnh ủy, Sở Nội vụ phải ưu "
                      "tiên phân bổ biên chế cho phường.") == {("Lê Văn Châu", "Ban Tổ chức Tỉnh ủy Nam Định"),
                                                                ("Lê Văn Châu", "Sở Nội vụ tỉnh Nam Định")}


def test_a_shortened_title_is_the_official_holding_the_longer_post():
    # "Phó Thủ tướng" refers back to the "Phó Thủ tướng Thường trực" the report named
    assert directives("Văn phòng Chính phủ truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Thường trực Trần Văn Quang về "
                      "xử lý vi phạm đất rừng. Phó Thủ tướng yêu cầu UBND tỉnh Kiên Giang kiểm tra các công trình.") \
        == {("Trần Văn Quang", "Ủy ban nhân dân tỉnh Kiên Giang")}


def test_each_department_a_semicolon_list_gives_a_task_is_asked():
    text = ("Chiều 5/3/2024, Phó Chủ tịch UBND tỉnh Nam Định Lê Thị Hoa làm việc về chợ nổi. Bà giao Sở Văn hóa, "
            "Thể thao và Du lịch tăng cường tuyên truyền. Sở Văn hóa, Thể thao và Du lịch rà soát các đề xuất; "
            "Sở Tài chính xem xét kinh phí thực hiện.")
    assert directives(text) == {("Lê Thị Hoa", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định"),
                                ("Lê Thị Hoa", "Sở Tài chính tỉnh Nam Định")}


def test_a_request_to_the_departments_listed_after_a_plural_head_is_to_each():
    for addressees in ("Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng, Tài chính",
                       "các Sở Nông nghiệp và Môi trường, Xây dựng, Tài chính",
                       "các sở, ngành: Nông nghiệp và Môi trường, Xây dựng, Tài chính"):
        assert directives(f"Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn An ký công điện. Chủ tịch UBND tỉnh "
                          f"Trần Văn An yêu cầu {addressees} khẩn trương triển khai các biện pháp ứng phó với bão.") == {
            ("Trần Văn An", "Sở Nông nghiệp và Môi trường tỉnh Nam Định"), ("Trần Văn An", "Sở Xây dựng tỉnh Nam Định"),
            ("Trần Văn An", "Sở Tài chính tỉnh Nam Định")}


def test_each_numbered_task_of_a_dispatch_is_a_request_to_its_body():
    text = ("Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn An ký công điện yêu cầu các cơ quan, đơn vị triển "
            "khai ngay các nội dung sau:\n1. Sở Nông nghiệp và Môi trường: theo dõi chặt chẽ diễn biến mưa lũ.\n"
            "2. Sở Y tế chỉ đạo các bệnh viện sẵn sàng lực lượng cấp cứu.\n"
            "3. Công an tỉnh chủ trì bảo đảm an ninh trật tự tại các khu vực sơ tán.")
    assert directives(text) == {("Trần Văn An", None), ("Trần Văn An", "Sở Nông nghiệp và Môi trường tỉnh Nam Định"),
                                ("Trần Văn An", "Sở Y tế tỉnh Nam Định"), ("Trần Văn An", "Công an tỉnh Nam Định")}


def test_each_item_of_a_list_of_tasks_after_a_colon_is_a_request_whatever_its_verb():
    text = ("Sáng 5/3/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn An chủ trì cuộc họp về phòng chống dịch. Kết luận "
            "cuộc họp, Chủ tịch UBND tỉnh nhấn mạnh một số nhiệm vụ trọng tâm như sau:\n"
            "- Sở Y tế bám sát diễn biến dịch bệnh.\n- Các sở, ngành bám sát chương trình công tác.\n"
            "a) Sở Tài chính bố trí kinh phí phòng chống dịch.\n"
            "Kết quả năm qua như sau:\n- Sở Nội vụ đã rà soát biên chế.")
    assert directives(text) == {("Trần Văn An", "Sở Y tế tỉnh Nam Định"), ("Trần Văn An", None),
                                ("Trần Văn An", "Sở Tài chính tỉnh Nam Định")}


def test_a_request_naming_no_one_after_praise_or_a_visit_is_for_the_body_praised_or_visited():
    text = ("Sáng 11/8/2025, Đại hội Đảng bộ phường Hoa Lư lần thứ nhất khai mạc. Trưởng ban Tổ chức Trung ương Lê Văn "
            "Hòa biểu dương những kết quả Đảng bộ phường Hoa Lư đạt được trong nhiệm kỳ qua; đồng thời yêu cầu rút ra bài "
            "học kinh nghiệm. Thăm cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh Ninh Bình, ông Lê Văn Hòa yêu cầu tiếp tục "
            "quán triệt nguyên tắc Đảng lãnh đạo.")
    assert directives(text) == {("Lê Văn Hòa", "Đảng bộ phường Hoa Lư"), ("Lê Văn Hòa", "Bộ Chỉ huy Quân sự tỉnh Ninh Bình")}


def test_a_level_word_in_the_plural_is_units_in_general_not_the_one_named_last():
    text = ("Sáng 5/9/2025, Đảng ủy xã Tân Hòa và xã Tân Phú tổ chức hội nghị. Phát biểu chỉ đạo tại hội nghị, đồng chí "
            "Trần Văn Tú, Phó Bí thư Tỉnh ủy yêu cầu các xã tập trung tháo gỡ khó khăn về mặt bằng.")
    assert directives(text) == {("Trần Văn Tú", None)}


def test_a_request_reported_after_a_comma_to_a_person_is_no_directive():
    text = ("Ngày 27/2/2026, HĐND tỉnh Đồng Tháp bầu ông Nguyễn Phước Tâm giữ chức Phó Chủ tịch UBND tỉnh. Phát biểu bế mạc, "
            "Chủ tịch HĐND tỉnh Châu Thị Mỹ Hạnh chúc mừng. Bà Hạnh đề nghị, ông Nguyễn Phước Tâm nêu cao tinh thần "
            "trách nhiệm, sâu sát cơ sở.")
    assert directives(text) == set()


def test_a_wish_that_the_officials_own_province_and_a_partner_cooperate_asks_neither():
    text = ("Ngày 5/3/2024, Phó Bí thư Tỉnh ủy Quảng Ngãi Đinh Thị Hồng Mai tiếp đoàn công tác tỉnh Sekong. Phó Bí thư "
            "Tỉnh ủy Đinh Thị Hồng Mai mong muốn, thời gian tới, tỉnh Quảng Ngãi và tỉnh Sekong tiếp tục phối hợp chặt chẽ "
            "trong việc triển khai các thỏa thuận.")
    assert directives(text) == {("Đinh Thị Hồng Mai", None)}


def test_giao_inside_a_word_of_its_own_is_no_request():
    text = ("Tối 9/1/2026, UBND TP Đà Nẵng tổ chức chương trình gặp mặt. Tham dự chương trình có Phó Chủ tịch Quốc hội Lê "
            "Đức Hà cùng lãnh đạo TP Đà Nẵng và đại diện các cơ quan ngoại giao, tổ chức quốc tế, doanh nghiệp.")
    assert directives(text) == set()


def test_a_request_read_as_asked_and_as_going_on_is_one():
    facts = extract_facts(Article(name="t", source="t", text=VISIT + "Chủ tịch UBND tỉnh Nam Định Lê Văn An đề nghị: "
                                  "Thời gian tới, Sở Y tế cần tăng cường kiểm tra an toàn thực phẩm."))
    assert [(d.by, d.to) for d in facts.directives] == [("Lê Văn An", "Sở Y tế tỉnh Nam Định")]


def test_the_bodies_after_a_phrase_of_time_or_manner_are_asked():
    for lead in ("trước ngày 10/5", "với kinh nghiệm của mình", "nhiệm kỳ tới"):
        assert directives(f"Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn An họp với các sở. Chủ tịch UBND "
                          f"tỉnh Trần Văn An lưu ý {lead}, Sở Tài chính cần hoàn thành rà soát các trụ sở.") \
            == {("Trần Văn An", "Sở Tài chính tỉnh Nam Định")}
    # a phrase after which the province reports what it may do asks no one
    assert directives("Chiều 5/3/2024, Phó Chủ tịch UBND tỉnh Nam Định Trần Văn An tiếp đoàn. Ông Trần Văn An mong "
                      "muốn trong thời gian tới, Nam Định có thể thu hút thêm nhiều doanh nghiệp.") == set()


def test_an_honorific_refers_back_to_the_official_past_a_sentence_in_which_the_province_speaks():
    text = ("Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn An làm việc với Tập đoàn Hanwa. Chủ tịch UBND tỉnh "
            "Trần Văn An mong muốn Tập đoàn Hanwa ưu tiên nguồn lực cho dự án. Tỉnh Nam Định sẽ chỉ đạo các sở, ngành "
            "phối hợp với nhà đầu tư. Bên cạnh đó, đồng chí đề nghị Tập đoàn Hanwa sớm hoàn thiện hồ sơ.")
    facts = extract_facts(Article(name="t", source="t", text=text))
    assert [(d.by, d.to, d.text) for d in facts.directives if "hồ sơ" in d.text] \
        == [("Trần Văn An", "Hanwa", "Tập đoàn Hanwa sớm hoàn thiện hồ sơ")]


def test_a_party_official_asks_the_party_organization_of_a_unit_the_article_is_about():
    request = "Phát biểu tại hội nghị, Bí thư Tỉnh ủy Trần Văn An đề nghị huyện Hải Hậu sắp xếp tổ chức bộ máy."
    assert directives("Chiều 5/3/2024, Đại hội Đảng bộ huyện Hải Hậu khai mạc. " + request) \
        == {("Trần Văn An", "Đảng bộ huyện Hải Hậu")}
    # a working session with the district: its People's Committee
    assert directives("Chiều 5/3/2024, Bí thư Tỉnh ủy Nam Định làm việc với huyện Hải Hậu. " + request) \
        == {("Trần Văn An", "Ủy ban nhân dân huyện Hải Hậu")}
    # at the congress of the district's party organization, anyone's request to the district is to it
    # (a minister's, a department director's at the congresses of the gold sets) ...
    assert directives("Chiều 5/3/2024, Đại hội Đảng bộ huyện Hải Hậu khai mạc. Phát biểu tại hội nghị, Chủ tịch UBND "
                      "tỉnh Trần Văn An đề nghị huyện Hải Hậu sắp xếp tổ chức bộ máy.") \
        == {("Trần Văn An", "Đảng bộ huyện Hải Hậu")}
    # ... elsewhere an official holding a post in the government asks the People's Committee
    assert directives("Chiều 5/3/2024, Chủ tịch UBND tỉnh Trần Văn An dự lễ kỷ niệm thành lập Đảng bộ huyện Hải Hậu. "
                      "Chủ tịch UBND tỉnh Trần Văn An đề nghị huyện Hải Hậu sắp xếp tổ chức bộ máy.") \
        == {("Trần Văn An", "Ủy ban nhân dân huyện Hải Hậu")}


def test_a_request_to_the_holders_of_a_post_is_to_no_one_body_and_one_to_named_people_is_none():
    text = ("Ngày 20/12/2021, Ban Chấp hành Đảng bộ tỉnh Nam Định họp. Đồng chí Trần Văn An, Bí thư Tỉnh ủy đề nghị các "
            "đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh nghiên cứu kỹ các báo cáo. Ông Lê Văn Tư, Phó Bí thư Tỉnh ủy "
            "đề nghị các đồng chí vừa được bầu phát huy năng lực.")
    assert directives(text) == {("Trần Văn An", None)}


def test_an_order_whose_subject_is_a_bare_honorific_is_the_officials_before_it():
    text = ("Ngày 5/11/2025, ông Trần Nam Hưng, Phó Chủ tịch UBND tỉnh Nam Định kiểm tra hiện trường sạt lở tại xã Hải "
            "Đông. Đối với các hộ ở khu vực có nguy cơ cao, ông yêu cầu vận động người dân di dời dứt khoát.")
    assert directives(text) == {("Trần Nam Hưng", None)}
    # reported after a comma, to the unit named after its lead
    text = ("Ngày 5/11/2025, ông Trần Nam Hưng, Phó Chủ tịch UBND tỉnh Nam Định làm việc với UBND xã Hải Đông. Đồng chí "
            "cũng yêu cầu, trong những tháng cuối năm, xã cần ưu tiên tháo gỡ vướng mắc cho người dân.")
    assert directives(text) == {("Trần Nam Hưng", "Ủy ban nhân dân xã Hải Đông")}


def test_fields_listed_after_a_colon_or_with_bodies_are_their_departments():
    lead = "Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Trần Văn An ký công điện. Chủ tịch UBND tỉnh Trần Văn An "
    # forces that are no body of the province are passed over; the bodies after them are asked
    assert directives(lead + "giao nhiệm vụ cho các lực lượng: Quân sự, Công an, Xây dựng, Tài chính, Ban Quản lý "
                             "các khu công nghiệp trong việc ứng phó bão.") == {
        ("Trần Văn An", "Sở Xây dựng tỉnh Nam Định"), ("Trần Văn An", "Sở Tài chính tỉnh Nam Định"),
        ("Trần Văn An", "Ban Quản lý các khu công nghiệp tỉnh Nam Định")}
    assert ("Trần Văn An", "Sở Y tế tỉnh Nam Định") in directives(
        lead + "giao cho Công an, Y tế và UBND huyện Hải Hậu phối hợp tiếp nhận.")
    # a field opening a sentence is no addressee
    assert directives(lead + "yêu cầu Du lịch phải phục hồi nhanh.") == {("Trần Văn An", None)}


def test_an_honorific_after_a_semicolon_is_the_official_not_the_student_praised_before_it():
    assert directives("Chiều 5/3/2024, Giám đốc Sở GD&ĐT tỉnh Nam Định Trần Thị Lan khen ngợi học sinh Lê Văn Bình; "
                      "đồng chí cũng đề nghị Phòng GDĐT huyện Hải Hậu tích cực tham mưu cho địa phương.") \
        == {("Trần Thị Lan", "Phòng Giáo dục và Đào tạo huyện Hải Hậu")}


def test_the_provinces_leadership_asking_is_the_official_the_report_quotes():
    text = ("Chiều 5/3/2024, Chủ tịch UBND tỉnh Nam Định Võ Văn Đức chủ trì cuộc họp về trụ sở dôi dư. Ông Võ Văn Đức "
            "đề nghị các sở, ngành rà soát trụ sở. Lãnh đạo tỉnh Nam Định yêu cầu trước ngày 10/5, Sở Tài chính "
            "hoàn thành rà soát. Cho nên, lãnh đạo UBND tỉnh mong muốn Lãnh sự quán Hoa Kỳ tại TP. Hồ Chí Minh quan "
            "tâm, hỗ trợ tỉnh.")
    assert directives(text) == {("Võ Văn Đức", None), ("Võ Văn Đức", "Sở Tài chính tỉnh Nam Định"),
                                ("Võ Văn Đức", "Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh")}


def test_a_request_verb_set_off_by_commas_after_a_title_in_apposition_is_a_request():
    assert directives("Chiều 5/3/2024, Đại hội Đảng bộ UBND tỉnh Nam Định khai mạc. Bà Hồ Thị Yến - Phó Bí thư "
                      "Thường trực Tỉnh ủy Nam Định, lưu ý, nhiệm kỳ mới, Đảng bộ UBND tỉnh cần tăng cường công tác "
                      "chính trị, tư tưởng.") == {("Hồ Thị Yến", "Đảng bộ Ủy ban nhân dân tỉnh Nam Định")}


def test_a_wish_for_the_body_one_serves_asks_no_one():
    assert directives("Chiều 5/3/2024, Phó Chủ tịch UBND tỉnh Nam Định Phạm Văn Hòa tiếp đoàn. Ông rất mong muốn "
                      "Nam Định với các tỉnh bạn sẽ tiếp tục tăng cường hợp tác.") == set()


def test_the_body_of_the_official_who_signed_the_document_asks_in_their_name():
    signed = ("Chiều 5/3/2024, Phó Chủ tịch UBND tỉnh Nam Định Trần Thị Nga đã ký công văn về phòng chống dịch. "
              "Theo đó, UBND tỉnh Nam Định yêu cầu Sở Y tế chỉ đạo các đơn vị khẩn trương triển khai các biện pháp.")
    assert directives(signed) == {("Trần Thị Nga", "Sở Y tế tỉnh Nam Định")}
    # an official who signed nothing: the body's request is no one's
    assert directives(signed.replace("đã ký công văn về", "dự hội nghị về")) == set()


def test_a_verb_right_after_a_semicolon_continues_the_officials_predicate():
    # "chỉ đạo" is also a noun; right after a semicolon it is the official's next verb
    assert directives(VISIT + "Bộ trưởng Trần Văn Tuấn ghi nhận ý kiến của doanh nghiệp; chỉ đạo Sở Công Thương "
                              "giải quyết dứt điểm các kiến nghị.") == {("Trần Văn Tuấn", "Sở Công Thương tỉnh Nam Định")}
    # a pair of nouns after a comma, and a field of work after an adverb, are no request
    assert directives(VISIT + "Bộ trưởng Trần Văn Tuấn cho rằng Đảng bộ đã lãnh đạo, chỉ đạo các cấp, ngành tổ "
                              "chức thực hiện tốt.") == set()
    assert directives(VISIT + "Bộ trưởng Trần Văn Tuấn phụ trách chung; trực tiếp chỉ đạo công tác thanh tra.") \
        == set()


def test_the_members_of_a_working_group_stand_for_the_group():
    assert directives(VISIT + "Bộ trưởng Trần Văn Tuấn yêu cầu các thành viên Tổ công tác liên ngành đẩy nhanh tiến "
                              "độ rà soát các dự án.") == {("Trần Văn Tuấn", "Tổ công tác liên ngành")}


def test_the_document_an_official_signed_asks_in_their_name():
    text = ("Công văn số 655 do Phó Chủ tịch UBND tỉnh Nam Định Trần Văn An ký nêu rõ tình hình phá rừng. Công văn "
            "cũng yêu cầu Sở Nông nghiệp và Phát triển nông thôn tiếp tục kiểm tra, xử lý nghiêm vi phạm.")
    assert directives(text) == {("Trần Văn An", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định")}
    # without a signer the document asks in no one's name
    assert directives("Công văn số 655 của UBND tỉnh Nam Định nêu rõ tình hình. Công văn cũng yêu cầu Sở Nông nghiệp "
                      "và Phát triển nông thôn kiểm tra.") == set()


def test_a_district_department_named_with_the_bare_district_name():
    # "Phòng GDĐT Đông Anh": the district's department (written with its level, Đông Anh
    # being one unit of Hà Nội), and the school's leaders are its school
    assert directives(
        "Sáng 5/3/2024, ông Lê Văn Tám, Giám đốc Sở GDĐT Hà Nội thăm học sinh Trần Minh An. Ông Tám khen "
        "ngợi em An; đồng chí cũng đề nghị Phòng GDĐT Đông Anh, lãnh đạo trường THCS Đông Hội quan tâm tới "
        "hoàn cảnh của em.") == {("Lê Văn Tám", "Phòng Giáo dục và Đào tạo huyện Đông Anh"),
                                 ("Lê Văn Tám", "Trường Trung học cơ sở Đông Hội")}


def test_an_instruction_reported_with_emphasis_is_a_request_where_a_body_must_act():
    # "nhấn mạnh" reports speech: a request only where the bodies after it "phải" or "cần" do
    # something (past a phrase of time), not where it praises them
    text = ("Thủ tướng làm việc với tỉnh Ninh Thuận\nNgày 6/10/2018, Thủ tướng Trần Văn Tám làm việc với tỉnh Ninh "
            "Thuận. Thủ tướng nhấn mạnh, từ nay đến cuối năm, tỉnh phải nỗ lực hoàn thành kế hoạch năm. Thủ tướng "
            "cũng nhấn mạnh, Sở Y tế đã chủ động phòng dịch. Ông nhấn mạnh các sở, ngành cần tháo gỡ khó khăn.")
    assert directives(text) == {("Trần Văn Tám", "Ủy ban nhân dân tỉnh Ninh Thuận"), ("Trần Văn Tám", None)}


def test_the_staff_of_a_body_stand_for_the_body():
    text = ("Ngày 20/12/2024, ông Lê Văn Tám, Chủ tịch UBND tỉnh Sơn La thăm Bộ CHQS tỉnh. Ông Tám đề nghị cán bộ, "
            "chiến sĩ Bộ CHQS tỉnh luôn duy trì nghiêm chế độ trực. Ông Tám yêu cầu cán bộ, công chức luôn gương mẫu.")
    assert directives(text) == {("Lê Văn Tám", "Bộ Chỉ huy Quân sự tỉnh Sơn La"), ("Lê Văn Tám", None)}


def test_the_leaders_of_bodies_named_stand_for_each_body():
    text = ("Ngày 10/4/2025, HĐND tỉnh Điện Biên họp. Ông Lê Văn Tám, Bí thư Tỉnh ủy Điện Biên đề nghị: Ngay sau kỳ họp, "
            "các đồng chí lãnh đạo HĐND, UBND tỉnh khẩn trương bắt tay vào công việc. Ông Tám yêu cầu lãnh đạo các "
            "sở tập trung chỉ đạo.")
    assert directives(text) == {("Lê Văn Tám", "Hội đồng nhân dân tỉnh Điện Biên"),
                                ("Lê Văn Tám", "Ủy ban nhân dân tỉnh Điện Biên"), ("Lê Văn Tám", None)}


def test_the_drafting_body_is_the_department_that_presented_the_draft():
    text = ("Sáng 20/9/2025, UBND tỉnh Lạng Sơn họp. Giám đốc Sở Tài chính Lê Văn Ba trình bày dự thảo quyết định. "
            "Chủ tịch UBND tỉnh Lạng Sơn Trần Văn Tám yêu cầu cơ quan soạn thảo cần rà soát, bổ sung danh mục.")
    assert directives(text) == {("Trần Văn Tám", "Sở Tài chính tỉnh Lạng Sơn")}


def test_bodies_asked_after_a_long_phrase_of_time_and_with_bodies_in_general():
    text = ("Ngày 5/6/2021, UBND tỉnh Bạc Liêu họp. Ông Lê Văn Tám, Chủ tịch UBND tỉnh Bạc Liêu yêu cầu sau khi công bố "
            "tình huống khẩn cấp sạt lở bờ sông (đoạn từ cầu Giá Rai đến cầu Trần Văn Sớm), thị xã Giá Rai cùng các "
            "sở, ngành tỉnh cần triển khai ngay công tác rà soát. Trước mắt, UBND huyện Hồng Dân nhanh chóng triển "
            "khai thi công kè.")
    assert directives(text) == {("Lê Văn Tám", "Ủy ban nhân dân thị xã Giá Rai"),
                                ("Lê Văn Tám", "Ủy ban nhân dân huyện Hồng Dân")}


def test_the_title_whose_document_was_signed_is_no_subject_of_the_request():
    text = ("Ngày 4/10/2025, Phó Chủ tịch Thường trực UBND tỉnh Lào Cai Lê Văn Tám vừa ký Công điện số 8/CĐ-UBND của "
            "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung ứng phó bão số 11.")
    assert directives(text) == {("Lê Văn Tám", None)}


def test_members_of_a_body_nothing_names_are_bodies_in_general():
    text = ("Ngày 5/6/2024, UBND tỉnh Lào Cai họp tiểu ban. Phát biểu kết luận cuộc họp, bà Lê Thị Tám, Phó Chủ tịch "
            "UBND tỉnh đề nghị các thành viên tiểu ban tiếp tục nghiên cứu, đóng góp ý kiến.")
    assert directives(text) == {("Lê Thị Tám", None)}


def test_districts_merged_away_before_2025_are_still_addressed():
    # Trà Lĩnh merged into Trùng Khánh in 2020 (former_districts.tsv); a 2019 request names it
    text = ("Ngày 5/3/2019, Chủ tịch UBND tỉnh Cao Bằng Lê Văn Tám chỉ đạo UBND các huyện Hòa An, Trà Lĩnh, Trùng "
            "Khánh tổ chức công bố xã đạt chuẩn nông thôn mới.")
    assert directives(text) == {("Lê Văn Tám", f"Ủy ban nhân dân huyện {name}") for name in ("Hòa An", "Trà Lĩnh",
                                                                                              "Trùng Khánh")}


def test_what_an_official_said_quoted_after_a_colon_where_a_body_must_act():
    text = ("Chủ tịch làm việc với huyện Chư Păh\nNgày 5/6/2024, Chủ tịch UBND tỉnh Gia Lai làm việc với huyện Chư Păh.\n"
            "Đồng chí Chủ tịch UBND tỉnh Gia Lai Lê Văn Tám: Huyện Chư Păh cần khơi thông các nguồn lực\n"
            "Ông Trần Văn Bình, Giám đốc Sở Y tế: Ngành y tế đã chuẩn bị tốt.")
    assert directives(text) == {("Lê Văn Tám", "Ủy ban nhân dân huyện Chư Păh")}


def test_bodies_reported_as_given_or_asked_a_task_after_an_officials_request_are_asked_by_that_official():
    assert directives("Ngày 5/6/2025, Chủ tịch UBND tỉnh Bắc Ninh Vương Văn Tuấn yêu cầu các sở, ngành, địa phương "
                      "triển khai nghiêm túc chỉ đạo của tỉnh. Sở Tài chính được giao chủ trì hướng dẫn phương án sử "
                      "dụng tài sản.\nSở Xây dựng cũng được yêu cầu cung cấp đầy đủ thông tin quy hoạch.") == {("Vương Văn Tuấn", None), ("Vương Văn Tuấn", "Sở Tài chính tỉnh Bắc Ninh"),
                                 ("Vương Văn Tuấn", "Sở Xây dựng tỉnh Bắc Ninh")}


def test_a_direct_verb_with_no_official_before_it_does_not_cut_the_request_short():
    facts = extract_facts(Article(name="t", source="t", text=(
        "Ngày 11/11/2025, Phó Thủ tướng Trần Thị Thanh yêu cầu Thường trực Tỉnh ủy Lào Cai tập trung lãnh đạo, chỉ "
        "đạo thực hiện quyết liệt các mục tiêu, nhiệm vụ.")))
    (directive,) = facts.directives
    assert directive.text.endswith("chỉ đạo thực hiện quyết liệt các mục tiêu, nhiệm vụ")


def test_a_unit_of_another_country_is_addressed_as_itself_not_as_a_people_s_committee():
    text = ("Đà Nẵng tiếp đoàn thành phố Sakai\n"
            "Ngày 5/7/2024, Phó Chủ tịch UBND thành phố Nguyễn Thị Mai chủ trì buổi tiếp Phó Thị trưởng thành phố "
            "Sakai (Nhật Bản) tại Đà Nẵng.\n"
            "Phó Chủ tịch UBND thành phố đề nghị thành phố Sakai sớm mở đường bay trực tiếp. Bà cũng đề nghị tỉnh "
            "Niigata hỗ trợ đào tạo lao động. Bà đề nghị tỉnh Hủa Phăn (Lào) tăng cường giao lưu.")
    facts = extract_facts(Article("sakai", "sakai.txt", text, title=text.split("\n", 1)[0]))
    assert {(d.by, d.to) for d in facts.directives} == {
        ("Nguyễn Thị Mai", "Thành phố Sakai"), ("Nguyễn Thị Mai", "Tỉnh Niigata"), ("Nguyễn Thị Mai", "Tỉnh Hủa Phăn")}
    # the bare "UBND thành phố" after "thành phố Sakai" is still the article's city's
    assert [(p.role, p.organization) for p in facts.persons[0].positions] == [
        ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")]


def test_an_initial_after_a_level_word_is_no_unit_of_another_country():
    text = "Sơn La họp\nNgày 5/7/2024, ông Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh N"  # a page cut short
    facts = extract_facts(Article("cut", "cut.txt", text, title="Sơn La họp"))
    assert "Ủy ban nhân dân tỉnh N" not in {o.name for o in facts.organizations}


def test_an_official_who_has_a_view_or_at_once_directs_a_body_asks_it():
    assert directives("Ngày 5/6/2024, Phó Chủ tịch UBND tỉnh Bắc Giang Phan Văn Tuấn vừa có ý kiến chỉ đạo Chủ tịch "
                      "UBND thị xã Việt Yên chỉ đạo lực lượng công an xác minh. Chủ tịch UBND tỉnh Bắc Giang Hồ Văn "
                      "Mười lập tức chỉ đạo Công an tỉnh tiếp cận hiện trường. Ông giao Sở NN-MT rà soát, báo cáo.") == {
        ("Phan Văn Tuấn", "Ủy ban nhân dân thị xã Việt Yên"), ("Hồ Văn Mười", "Công an tỉnh Bắc Giang"),
        ("Hồ Văn Mười", "Sở Nông nghiệp và Môi trường tỉnh Bắc Giang")}


def test_a_unit_named_after_a_lead_of_time_is_asked_the_task_that_follows_it():
    assert directives("Ngày 20/7/2025, Đại hội Đảng bộ phường Long Phước khai mạc. Đồng chí Nguyễn Thị Hằng, Phó Bí thư "
                      "Thành ủy dự và phát biểu chỉ đạo. Đồng chí yêu cầu nhiệm kỳ tới, phường Long Phước tập trung "
                      "xây dựng hệ thống chính trị vững mạnh.") == {("Nguyễn Thị Hằng", "Đảng bộ phường Long Phước")}
    # a bare level word after a list of units is no unit of its own: units in general, asked once
    facts = extract_facts(Article(name="t", source="t", text=(
        "Ngày 5/7/2024, Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn An chỉ đạo UBND các phường, xã rà soát các hộ nghèo.")))
    assert [(d.by, d.to) for d in facts.directives] == [("Nguyễn Văn An", None)]


def test_a_departments_own_staff_in_general_do_not_hide_a_unit_named_after_them():
    assert directives("Chiều 5/8/2025, Chủ tịch UBND tỉnh Đồng Tháp Lê Văn Hòa yêu cầu ngành chuyên môn và UBND phường "
                      "Cao Lãnh phối hợp khảo sát khu vực sạt lở.") \
        == {("Lê Văn Hòa", "Ủy ban nhân dân phường Cao Lãnh"), ("Lê Văn Hòa", None)}


def test_the_bodies_named_after_nhat_la_or_nhu_are_the_ones_asked():
    for lead in ("yêu cầu các sở, ban, ngành có liên quan, nhất là", "chỉ đạo: Các sở, ngành liên quan, đặc biệt là",
                 "yêu cầu các đơn vị như", "đề nghị các cơ quan gồm"):
        assert directives(f"Chiều 5/8/2025, Phó Chủ tịch UBND tỉnh Bình Phước Lê Văn Hòa {lead} Ban Quản lý khu kinh "
                          "tế, Sở Tài nguyên và Môi trường cung cấp số điện thoại nóng cho nhân dân.") \
            == {("Lê Văn Hòa", "Ban Quản lý khu kinh tế tỉnh Bình Phước"),
                ("Lê Văn Hòa", "Sở Tài nguyên và Môi trường tỉnh Bình Phước")}


def test_the_words_of_a_request_that_compare_name_no_bodies():
    assert directives("Chiều 5/8/2025, Phó Chủ tịch UBND tỉnh Bình Phước Lê Văn Hòa yêu cầu các đơn vị làm như năm "
                      "trước.") == {("Lê Văn Hòa", None)}


def test_the_police_the_cdc_and_the_traffic_inspectorate_of_a_province_written_bare():
    assert directives("Chiều 5/8/2021, Chủ tịch UBND tỉnh Bình Thuận Lê Văn Hòa yêu cầu Công an Bình Thuận và TTGT tỉnh "
                      "kiểm soát chặt người ra vào tỉnh. Ông Lê Văn Hòa yêu cầu CDC Bình Thuận đưa các ca nghi nhiễm "
                      "đi cách ly.") \
        == {("Lê Văn Hòa", "Công an tỉnh Bình Thuận"), ("Lê Văn Hòa", "Thanh tra Giao thông tỉnh Bình Thuận"),
            ("Lê Văn Hòa", "Trung tâm Kiểm soát bệnh tật tỉnh Bình Thuận")}


def test_a_request_to_the_province_in_general_names_no_body_one_named_is_its_government():
    assert directives("Chiều 28/4/2022, Thủ tướng Phạm Minh Chính làm việc với tỉnh Sóc Trăng. Thủ tướng Phạm Minh "
                      "Chính yêu cầu tỉnh mạnh dạn cắt bỏ những dự án chưa cần thiết.") == {("Phạm Minh Chính", None)}
    assert directives("Chiều 28/4/2022, Phó Thủ tướng Trần Văn An yêu cầu tỉnh Vĩnh Phúc chỉ đạo kiểm tra, giải quyết "
                      "dứt điểm phản ánh.") == {("Trần Văn An", "Ủy ban nhân dân tỉnh Vĩnh Phúc")}


def test_a_request_after_dong_thoi_goes_on_with_the_subjects_predicates():
    assert directives("Chiều 16/3/2025, Thủ tướng Phạm Minh Chính làm việc với tỉnh Vĩnh Phúc. Thủ tướng Phạm Minh "
                      "Chính đồng ý về chủ trương, đồng thời chỉ đạo Sở Tài chính khẩn trương xây dựng đề án.") \
        == {("Phạm Minh Chính", "Sở Tài chính tỉnh Vĩnh Phúc")}


def test_a_body_of_every_level_is_bodies_in_general():
    # "các cấp" after a body's head: no level word follows it (this stopped the article's extraction)
    assert directives("Ngày 5/12/2025, Chủ tịch UBND tỉnh Bắc Ninh Lê Văn An yêu cầu Hội Nông dân các cấp tuyên "
                      "truyền. Ủy ban bầu cử các cấp đã làm việc.") == {("Lê Văn An", None)}


def test_a_headline_quoting_an_official_sums_up_and_is_no_request_of_its_own():
    headline = "Chủ tịch UBND tỉnh Lê Văn Châu: Huyện Hải Hậu cần khơi thông các nguồn lực"
    facts = extract_facts(Article(name="t", source="t", title=headline, text=(
        f"{headline}\nChiều 4/12/2024, Chủ tịch UBND tỉnh Nam Định Lê Văn Châu làm việc với Ban Thường vụ Huyện ủy "
        "Hải Hậu.\nÔng Lê Văn Châu yêu cầu huyện Hải Hậu rà soát các dự án chậm tiến độ.\n"
        f"{headline} - Ảnh 1.")))
    # neither the headline nor the photo's caption that repeats it: the body's request only
    assert [(d.by, d.to, d.text) for d in facts.directives] == [
        ("Lê Văn Châu", "Ủy ban nhân dân huyện Hải Hậu", "huyện Hải Hậu rà soát các dự án chậm tiến độ")]
    # and the headline still tells who directed the meeting
    assert ("Lê Văn Châu", "directed") in {(p.person, p.role) for p in facts.events[0].participations}


def test_an_order_to_direct_with_a_word_of_urgency_is_to_no_one_named():
    meeting = "Chiều 4/6/2021, Phó Chủ tịch UBND tỉnh Nam Định Trần Văn Sơn chủ trì họp Ban Chỉ đạo dự án nhà ở xã hội. "
    assert directives(meeting + "Ông Trần Văn Sơn chỉ đạo khẩn trương hoàn thành các thủ tục pháp lý.") \
        == {("Trần Văn Sơn", None)}
    # "chỉ đạo" needs its addressee otherwise: directing work is no request
    assert directives(meeting + "Ông Trần Văn Sơn trực tiếp chỉ đạo thực hiện dự án.") == set()


def test_the_departments_listed_by_name_after_an_order_each_get_the_task():
    assert directives("Chiều 4/6/2021, Phó Chủ tịch UBND tỉnh Nam Định Trần Văn Sơn chủ trì họp Ban Chỉ đạo dự án nhà ở xã hội. "
                      "Ông Trần Văn Sơn chỉ đạo khẩn trương hoàn thành các thủ tục. Sở Kế hoạch và Đầu tư, Sở Xây dựng "
                      "phối hợp đơn vị tư vấn lập hồ sơ trình Trung ương. “Sở Tài chính chủ trì cân đối vốn cho dự án”, "
                      "ông Sơn nói.") \
        == {("Trần Văn Sơn", None), ("Trần Văn Sơn", "Sở Kế hoạch và Đầu tư tỉnh Nam Định"),
            ("Trần Văn Sơn", "Sở Xây dựng tỉnh Nam Định"), ("Trần Văn Sơn", "Sở Tài chính tỉnh Nam Định")}


def test_bodies_of_a_kind_in_the_plural_before_a_modal_word_go_on_with_the_order_to_no_one_named():
    order = ("Chiều 20/7/2022, Chủ tịch UBND tỉnh Hải Dương Triệu Thế Hùng kiểm tra thiệt hại tại huyện Gia Lộc. "
             "Ông Triệu Thế Hùng yêu cầu Sở Nông nghiệp và Phát triển nông thôn hướng dẫn nông dân khôi phục sản xuất. ")
    assert directives(order + "Các địa phương cần khẩn trương tổng hợp thiệt hại.") \
        == {("Triệu Thế Hùng", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hải Dương"), ("Triệu Thế Hùng", None)}
    # in the singular the word means the one body the visit is with, which the reports leave unnamed
    assert directives(order + "Địa phương phải tổng hợp thiệt hại.") \
        == {("Triệu Thế Hùng", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hải Dương")}


def test_the_locality_named_after_the_word_for_it_is_asked():
    assert directives("Ngày 20/7/2025, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc kiểm tra kè biển. Đồng chí Phạm "
                      "Quang Ngọc đề nghị địa phương xã Giao Ninh cần tăng cường phối hợp.") \
        == {("Phạm Quang Ngọc", "Ủy ban nhân dân xã Giao Ninh")}


def test_a_speech_quoted_after_a_colon_goes_on_with_the_speakers_requests():
    text = ("Ngày 18/11/2025, Bí thư Tỉnh ủy Lai Châu Lê Minh Ngân đến thăm Sở Giáo dục và Đào tạo. Bí thư Tỉnh ủy "
            "Lai Châu nhấn mạnh{} Đảng, Nhà nước luôn quan tâm đến ngành Giáo dục. Thời gian tới, Sở Giáo dục và Đào "
            "tạo tỉnh cần chăm lo đời sống cho giáo viên.")
    assert directives(text.format(":")) == {("Lê Minh Ngân", "Sở Giáo dục và Đào tạo tỉnh Lai Châu")}
    # a speech verb without its colon reports what was said, no speech that goes on
    assert directives(text.format(" rằng")) == set()


def test_the_provincial_offices_of_national_agencies_are_the_provinces_and_end_no_list():
    assert directives("Ngày 18/7/2019, Chủ tịch UBND tỉnh Bình Thuận Nguyễn Ngọc Hai ký công văn yêu cầu Thanh tra tỉnh, "
                      "Cục thuế, Cục Quản lý thị trường và UBND huyện Bắc Bình rà soát lại toàn bộ hồ sơ.") == {
        ("Nguyễn Ngọc Hai", "Thanh tra tỉnh Bình Thuận"), ("Nguyễn Ngọc Hai", "Cục Thuế tỉnh Bình Thuận"),
        ("Nguyễn Ngọc Hai", "Cục Quản lý thị trường tỉnh Bình Thuận"),
        ("Nguyễn Ngọc Hai", "Ủy ban nhân dân huyện Bắc Bình")}


def test_a_body_asked_right_after_a_phrase_of_time_closed_by_no_comma():
    assert directives("Ngày 5/3/2024, Phó Chủ tịch UBND tỉnh Hà Giang Lê Văn Bốn làm việc với huyện Bắc Mê. Kết luận "
                      "buổi làm việc, ông Lê Văn Bốn yêu cầu, thời gian tới huyện Bắc Mê cần tiếp tục có chủ trương "
                      "thống nhất.") == {("Lê Văn Bốn", "Ủy ban nhân dân huyện Bắc Mê")}


def test_what_must_be_done_after_a_phrase_of_time_is_an_order_to_no_one_named():
    assert directives("Ngày 5/8/2025, Chủ tịch UBND tỉnh An Giang Lê Văn Bốn chủ trì hội nghị giải ngân vốn đầu tư công. "
                      "Ông Lê Văn Bốn biểu dương các sở, ngành; đồng thời yêu cầu đến ngày 30/9/2025, tỷ lệ giải ngân "
                      "phải đạt tối thiểu 70%.") == {("Lê Văn Bốn", None)}


def test_offices_sharing_their_head_and_level_word_are_each_asked_across_a_semicolon():
    assert directives("Ngày 8/9/2021, Phó Chủ tịch UBND huyện Chợ Mới Lê Văn Bốn ký công văn yêu cầu Phòng Nông nghiệp "
                      "& PTNT, Tài chính – Kế hoạch huyện; các đơn vị liên quan và UBND các xã, thị trấn tăng cường "
                      "kiểm tra.") == {
        ("Lê Văn Bốn", "Phòng Nông nghiệp và Phát triển nông thôn huyện Chợ Mới"),
        ("Lê Văn Bốn", "Phòng Tài chính - Kế hoạch huyện Chợ Mới"), ("Lê Văn Bốn", None)}


def test_bodies_of_a_kind_after_their_head_given_a_task_are_asked_with_no_one_named():
    notice = ("Văn phòng UBND tỉnh Nam Định vừa ra văn bản truyền đạt chỉ đạo của Phó Chủ tịch UBND tỉnh Lê Văn Bốn "
              "đề nghị Sở Xây dựng đưa nội dung Đề án vào kế hoạch năm 2025. ")
    assert directives(notice + "UBND các xã được giao tiếp tục rà soát quy hoạch.") \
        == {("Lê Văn Bốn", "Sở Xây dựng tỉnh Nam Định"), ("Lê Văn Bốn", None)}


def test_a_photos_caption_between_a_request_and_the_tasks_after_it_does_not_end_them():
    text = ("Văn phòng UBND tỉnh Nam Định vừa ra văn bản truyền đạt chỉ đạo của Phó Chủ tịch UBND tỉnh Lê Văn Bốn "
            "đề nghị Sở Xây dựng đưa nội dung Đề án vào kế hoạch năm 2025.\n\n"
            "Phó Chủ tịch UBND tỉnh Lê Văn Bốn kiểm tra tiến độ thực hiện Đề án. Ảnh: QUỐC HÙNG\n\n"
            "Dự án có tổng vốn lớn. Ranh giới đã được xác định. Sở Nội vụ phối hợp với Sở Xây dựng hoàn tất "
            "bàn giao hồ sơ.")
    assert directives(text) == {("Lê Văn Bốn", "Sở Xây dựng tỉnh Nam Định"), ("Lê Văn Bốn", "Sở Nội vụ tỉnh Nam Định")}


def test_a_body_proposing_to_the_government_after_a_request_is_given_no_task():
    assert directives("Chiều 16/3/2024, Thủ tướng Chính phủ Trần Văn Tuấn làm việc với Ban Thường vụ Tỉnh ủy Nam Định. "
                      "Thủ tướng yêu cầu các bộ, ngành hỗ trợ tỉnh phát triển nhanh. Tại buổi làm việc, tỉnh Nam Định "
                      "đề xuất Chính phủ xem xét hỗ trợ tháo gỡ một số khó khăn.") == {("Trần Văn Tuấn", None)}


def test_a_request_told_again_in_the_body_in_nearly_the_same_words_is_one_request():
    facts = extract_facts(Article(name="t", source="t", text=(
        "Sáng 18/3/2019, Thủ tướng Chính phủ Trần Văn Tuấn đã chỉ đạo Bộ Y tế điều động ngay bác sỹ, thiết bị về "
        "xét nghiệm cho các em học sinh tại huyện Thuận Thành, tỉnh Bắc Ninh. Trước thông tin nhiều phụ huynh lo "
        "lắng, Thủ tướng chỉ đạo Bộ Y tế điều động ngay bác sỹ, thiết bị về huyện Thuận Thành để xét nghiệm cho "
        "các em học sinh. Thủ tướng yêu cầu Bộ Y tế công khai kết quả.")))
    assert [d.to for d in facts.directives] == ["Bộ Y tế", "Bộ Y tế"]


def test_a_body_asked_in_the_request_before_goes_on_with_what_it_is_to_carry_out():
    assert directives("Sáng 18/3/2019, Thủ tướng Chính phủ Trần Văn Tuấn yêu cầu Bộ Y tế phối hợp với Bộ Công an "
                      "xác minh nguyên nhân vụ việc. Bộ Công an tiến hành điều tra làm rõ nguyên nhân.") \
        == {("Trần Văn Tuấn", "Bộ Y tế"), ("Trần Văn Tuấn", "Bộ Công an")}


def test_an_order_in_the_officials_next_predicate_goes_to_no_one_named():
    text = ("Chiều 9/9/2025, Chủ tịch UBND tỉnh Nam Định Lê Văn Bốn chủ trì hội nghị. Ông Bốn cũng chỉ rõ tình trạng "
            "né trách nhiệm{} yêu cầu siết chặt kỷ luật, kỷ cương công vụ.")
    assert directives(text.format(";")) == directives(text.format(", đồng thời")) == {("Lê Văn Bốn", None)}


def test_the_name_of_an_industrial_cluster_before_a_title_is_no_person():
    assert directives("Ngày 5/3/2019, Phó Thủ tướng Trần Văn Tuấn làm việc với tỉnh Vĩnh Phúc về quy hoạch. Đối với đề "
                      "nghị của UBND tỉnh Vĩnh Phúc tại khu vực Cụm công nghiệp Đồng Sóc, Phó Thủ tướng yêu cầu UBND "
                      "tỉnh Vĩnh Phúc thực hiện việc lập quy hoạch.") \
        == {("Trần Văn Tuấn", "Ủy ban nhân dân tỉnh Vĩnh Phúc")}


def test_a_request_to_both_parties_of_a_visit_is_to_no_one_named_and_directs_no_one():
    facts = extract_facts(Article(name="t", source="t", text=(
        "Ngày 5/3/2024, Bí thư Tỉnh ủy Lai Châu Lê Minh Ngân tiếp đoàn tỉnh Luông Pha Bang. Đồng chí Lê Minh Ngân "
        "đề nghị hai bên thúc đẩy hợp tác trong lĩnh vực du lịch.")))
    assert {(d.by, d.to) for d in facts.directives} == {("Lê Minh Ngân", None)}
    assert {p.role for e in facts.events for p in e.participations if p.person == "Lê Minh Ngân"} \
        == {"chaired", "spoke"}  # a host speaking to a guest, not directing


def test_the_headlines_order_to_no_one_named_stands_when_the_body_gives_none_of_the_officials():
    headline = "Chủ tịch UBND tỉnh Nam Định yêu cầu đẩy nhanh tiến độ đầu tư trang thiết bị cho các xã"
    body = ("Chiều 9/9/2025, UBND tỉnh Nam Định tổ chức hội nghị kinh tế - xã hội tháng 8. Phát biểu kết luận, Chủ "
            "tịch UBND tỉnh Lê Văn Châu cho biết kinh tế tăng trưởng khá.{}\n")
    cut = extract_facts(Article(name="t", source="t", title=headline, text=f"{headline}\n" + body.format("")))
    assert [(d.by, d.to) for d in cut.directives] == [("Lê Văn Châu", None)]
    told = extract_facts(Article(name="t", source="t", title=headline, text=f"{headline}\n" + body.format(
        " Ông Lê Văn Châu yêu cầu Sở Tài chính bố trí vốn.")))
    assert [(d.by, d.to) for d in told.directives] == [("Lê Văn Châu", "Sở Tài chính tỉnh Nam Định")]


def test_a_conclusions_numbered_list_gives_each_heading_body_the_tasks_under_it():
    text = ("Ngày 24/5/2022, đồng chí Trần Văn An - Chủ tịch UBND huyện Nam Đông chủ trì buổi họp bàn giải pháp xử lý "
            "chặt phá rừng tại xã Hương Phú.\nĐồng chí Trần Văn An - Chủ tịch UBND huyện kết luận như sau:\n"
            "1. UBND xã Hương Phú\n- Chủ trì, phối hợp với các ngành tiến hành họp dân.\n"
            "- Phối hợp với các ngành rà soát diện tích đất có nguồn gốc từ rừng tự nhiên.\n"
            "2. Phòng Tài nguyên và Môi trường huyện Nam Đông: Chủ trì thẩm định hồ sơ đất đai.\n"
            "3. Hạt Kiểm lâm: Kiểm tra hiện trường.\n")
    facts = extract_facts(Article(name="t", source="t", text=text))
    assert [(d.by, d.to, d.text) for d in facts.directives] == [
        ("Trần Văn An", "Ủy ban nhân dân xã Hương Phú", "Chủ trì, phối hợp với các ngành tiến hành họp dân"),
        ("Trần Văn An", "Ủy ban nhân dân xã Hương Phú",
         "Phối hợp với các ngành rà soát diện tích đất có nguồn gốc từ rừng tự nhiên"),
        ("Trần Văn An", "Phòng Tài nguyên và Môi trường huyện Nam Đông",
         "Phòng Tài nguyên và Môi trường huyện Nam Đông: Chủ trì thẩm định hồ sơ đất đai")]
    # an item that names whom it is for, a body the lexicon does not know, is not the heading's


def test_committees_of_a_council_in_the_plural_are_no_body_named():
    lead = "Sáng 29/2/2024, Thường trực HĐND huyện Hậu Lộc họp. Chủ tịch HĐND huyện Hậu Lộc Lê Văn Ba yêu cầu "
    assert directives(lead + "các Ban HĐND huyện, UBND huyện hoàn thiện các nội dung.") \
        == {("Lê Văn Ba", None), ("Lê Văn Ba", "Ủy ban nhân dân huyện Hậu Lộc")}
    # the plural of the first item leaves a body named by its parent alone as it is
    assert ("Lê Văn Ba", "Văn phòng Huyện ủy Hậu Lộc") in directives(
        lead + "các Ban, Văn phòng Huyện ủy Hậu Lộc phối hợp tham mưu.")
