"""clean_page: headline, article date and noise-free text of scraped news pages."""
from __future__ import annotations

import json
import re

import pytest
from lexicon_fixtures import DATES, clean_page
from sample_articles import EXPECTED, article_path, available, gold_path

from extract.lexicon import data_folder
from extract.lexicon.cues import NOISE
from extract.lexicon.tables import read_rows
from extract.text import fold, nfc


def _clean(stem: str):
    return clean_page(article_path(stem).read_text(encoding="utf-8"))


# --- the sample articles -----------------------------------------------------------

@pytest.mark.parametrize("stem", available())
def test_title_and_date_of_sample_articles(stem):
    page = _clean(stem)
    assert fold(page.title) == fold(EXPECTED[stem].title)
    assert page.date == EXPECTED[stem].date


@pytest.mark.parametrize("stem", [s for s in EXPECTED if gold_path(s)])
def test_expectations_match_gold(stem):
    gold = json.loads(gold_path(stem).read_text(encoding="utf-8"))
    assert (gold["title"], gold["date"]) == (EXPECTED[stem].title, EXPECTED[stem].date)
    assert sorted(gold["authors"]) == sorted(EXPECTED[stem].authors)


@pytest.mark.parametrize("stem", available())
def test_text_opens_with_headline_and_is_stable(stem):
    page = _clean(stem)
    assert page.text.split("\n")[0] == page.title
    again = clean_page(page.text)
    assert (again.title, again.text) == (page.title, page.text)


@pytest.mark.parametrize("stem", available())
def test_every_kept_line_comes_from_the_page(stem):
    raw = nfc(article_path(stem).read_text(encoding="utf-8"))
    flat = re.sub(r"\s+", " ", raw)
    for line in _clean(stem).text.split("\n"):
        assert line in flat


def test_menu_lines_and_stamp_are_removed():
    page = _clean("000_90f5884eeaaab9de")
    assert "DetailController" not in page.text
    assert "CNTT và Viễn Thông" not in page.text
    assert "04/01/2024 16:30" not in page.text
    assert page.text.split("\n")[1].startswith("Ngày 04/01/2024, Sở Thông tin")


def test_page_header_date_counters_and_media_are_removed_captions_kept():
    page = _clean("002_3be101e97fe9f6f0")
    for noise in ("17/11/2024", "GMT+7", "18:37:56", "lượt xem", "Audio:", "Video:", ".mp3", ".mp4"):
        assert noise not in page.text
    assert "Bí thư Tỉnh ủy phát biểu tại buổi làm việc. Ảnh: Thành Tâm" in page.text
    assert page.text.endswith("\nTrịnh Cường")


def test_footer_statistics_and_contacts_removed_owner_and_byline_kept():
    page = _clean("001_702b8c177ce9849a")
    for noise in ("Thống kê truy cập", "Đang truy cập", "Tổng truy cập", "1197893",
                  "Địa chỉ:", "Điện thoại:", "Fax", "sotttt@thainguyen.gov.vn"):
        assert noise not in page.text
    assert page.text.split("\n")[-3:] == [
        "Vũ Quốc Thạnh – Giám đốc sở TT&T",
        "TRANG THÔNG TIN ĐIỆN TỬ SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN",
        "Chịu trách nhiệm nội dung: Đỗ Xuân Hòa - Giám đốc",
    ]


def test_player_timers_link_labels_and_repeated_captions_are_removed():
    page = _clean("003_36bfdb3d103ff365")
    assert "0:00" not in page.text
    assert "Xem thêm" not in page.text
    assert page.text.count("Quang cảnh buổi làm việc.") == 1
    assert page.text.count("Đại diện lãnh đạo Sở TTTT báo cáo tại buổi làm việc.") == 1


@pytest.mark.skipif(not article_path("10_binhdinh-chu-tich-ubnd-lam-viec-huyen-van-canh"),
                    reason="extra corpus not present")
def test_photo_placeholders_removed_pen_name_byline_kept():
    page = _clean("10_binhdinh-chu-tich-ubnd-lam-viec-huyen-van-canh")
    assert "[img]" not in page.text
    assert page.text.count("Ảnh: T.SỸ") == 6
    assert page.text.endswith("\nT.SỸ")


# --- synthetic pages: dates ----------------------------------------------------------

def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_the_lead_gives_the_event_day_and_the_stamp_under_the_headline_its_year():
    """FORMAT.md dates an article by the day of the event it reports; the page clock above
    the headline is no date of the article."""
    page = clean_page(_page("Thứ Hai, 02/12/2024, 10:00 [GMT+7]", "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ",
                            "Thứ 6, 08/03/2024 | 17:20:00", "Sáng 7/3, Sở Y tế tổ chức hội nghị năm 2023."))
    assert page.date == "2024-03-07"
    assert page.title == "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ"
    assert "02/12/2024" not in page.text and "08/03/2024" not in page.text
    new_year = clean_page(_page("Tỉnh tổ chức chương trình nghệ thuật chào năm mới", "02/01/2025 08:00",
                                "Tối 31/12, tỉnh tổ chức chương trình nghệ thuật."))
    assert new_year.date == "2024-12-31"
    no_lead = clean_page(_page("Sở Y tế triển khai nhiệm vụ năm 2024", "Thứ 6, 08/03/2024 | 17:20:00",
                               "Năm 2024, Sở Y tế tập trung triển khai ba nhóm nhiệm vụ trọng tâm."))
    assert no_lead.date == "2024-03-08"


@pytest.mark.parametrize("lead", [
    "Sở Y tế vừa tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
    "Mới đây, Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm Giám đốc Sở Y tế.",
])
def test_an_event_reported_as_just_past_without_its_day_has_no_date(lead):
    """"vừa tổ chức": the event came on some day before the stamp that the text does not
    give, so the stamp is not its date (FORMAT.md: date only when the text gives it)."""
    page = clean_page(_page("Sở Y tế tổ chức hội nghị triển khai nhiệm vụ", "Thứ 6, 08/03/2024 | 17:20:00", lead))
    assert page.date is None


def test_a_lead_after_a_summary_and_a_photo_caption_dates_the_event():
    page = clean_page(_page("Tỉnh trao quyết định thành lập bệnh viện", "Thứ hai, 14/12/2020 - 21:27",
                            "(PV) - Phó Chủ tịch UBND tỉnh vừa ký quyết định thành lập Bệnh viện Nhi.",
                            "Bệnh viện Nhi tỉnh. Ảnh: Internet",
                            "Ngày 11/12, tại Bệnh viện Đa khoa tỉnh, Giám đốc Sở Y tế trao quyết định."))
    assert page.date == "2020-12-11"


@pytest.mark.parametrize("lead, date", [
    ("(NĐO) Chiều 24-9, Phó Chủ tịch UBND tỉnh làm việc với đoàn chuyên gia.", "2019-09-24"),  # a tag without a dash
    ("- Từ ngày 20/9 đến 23/9, đoàn công tác của tỉnh làm việc tại Lào.", "2019-09-20"),
    ("Báo Ninh Giang Sáng 20/9, UBND tỉnh tổ chức phiên họp thường kỳ.", "2019-09-20"),  # the outlet, no dash
])
def test_a_lead_behind_a_source_tag_or_a_dash_dates_the_event(lead, date):
    page = clean_page(_page("Tỉnh tiếp đoàn công tác", "Thứ Tư, 25/09/2019 | 17:10:03", lead))
    assert page.date == date


@pytest.mark.parametrize("text, date", [
    # a full date a day later gives the year of "Chiều 14-3"
    ("Chiều 14-3, UBND tỉnh công bố quyết định bổ nhiệm ông A. Ông A nhận nhiệm vụ từ ngày 15-3-2024.",
     "2024-03-14"),
    # of a term's start and its end on the same day and month, the start ("đến ngày ...": a bound)
    ("Sáng 12/12, tỉnh trao quyết định bổ nhiệm ông A giữ chức vụ Giám đốc Sở Y tế trong thời hạn 5 năm, kể từ "
     "ngày 12/12/2022 đến ngày 12/12/2027.", "2022-12-12"),
    # a deadline gives the year when no other date does
    ("Ngày 20/9, Phó Chủ tịch UBND tỉnh chỉ đạo Sở Xây dựng khảo sát, trình UBND tỉnh trước ngày 23/9/2025.",
     "2025-09-20"),
    # a crop season is named by its year
    ("Ngày 07/11, Phó Chủ tịch UBND tỉnh kiểm tra đê bao bảo vệ lúa vụ thu đông 2025.", "2025-11-07"),
    # a decade, the date a rule takes effect and an earlier event tell no year of writing
    ("Sáng 12/11, tiểu thương nói ki-ốt được giao trong những năm 1990.", None),
    ("Sáng 25/11, Sở trình Bảng giá đất áp dụng từ 1/1/2026.", None),
    # a completion planned for a year is a target
    ("Sáng 25/7, công ty khởi công khu nhà ở xã hội, dự kiến hoàn thành cuối năm 2026.", None),
    ("Chiều 15-3, tỉnh công bố quyết định. Trước đó, năm 2018, tỉnh đã sáp nhập hai sở.", None),
])
def test_the_year_of_a_lead_without_a_stamp(text, date):
    assert clean_page(_page("Tỉnh công bố quyết định về công tác cán bộ", text)).date == date


@pytest.mark.parametrize("menu", [
    "Trang chủ | Tin tức - Sự kiện | Chính trị | Kinh tế | Văn hóa - Xã hội | Văn bản",
    "Giới thiệu Tin tức Văn bản chỉ đạo điều hành Dịch vụ công Hỏi đáp Liên hệ",
    "Cổng thông tin điện tử tỉnh Nam Định | Tin hoạt động",
])
def test_a_long_menu_above_the_headline_is_no_headline(menu):
    """The headline is the line above the publication stamp, however long the menus above it."""
    page = clean_page(_page(menu, "Chủ nhật, 17/11/2024, 09:38", "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ",
                            "12/03/2024 15:42", "Sáng 12/3, Sở Y tế tổ chức hội nghị năm 2024."))
    assert page.title == "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ" and page.date == "2024-03-12"
    assert menu not in page.text


def test_a_category_between_the_headline_and_the_stamp_is_chrome():
    page = clean_page(_page("Sở Y tế tổ chức hội nghị triển khai nhiệm vụ năm 2019", "Kinh tế Chính trị",
                            "thứ ba, 16 07 2019 14:30", "Ngày 8/7, Sở Y tế tổ chức hội nghị sơ kết."))
    assert page.title == "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ năm 2019" and page.date == "2019-07-08"
    assert "Kinh tế Chính trị" not in page.text


@pytest.mark.parametrize("stamped, date", [
    ("date 2025-07-25 Sáng 25/7, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ.", "2025-07-25"),
    ("Cập nhật: 04/01/2024 16:30 Sáng 3/1, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ.", "2024-01-03"),
    # a sentence may open with a full date: no stamp, the lead's own date
    ("Ngày 04/01/2024, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ.", "2024-01-04"),
])
def test_a_stamp_that_shares_its_line_with_the_text_is_the_publication_stamp(stamped, date):
    """A page whose line breaks were lost prints its stamp and the lead on one line; a date in
    ISO form, with a time or after a label is no sentence's start."""
    page = clean_page(_page("Sở Y tế tổ chức hội nghị triển khai nhiệm vụ", stamped))
    assert page.date == date
    assert page.text.split("\n")[1].startswith(("Sáng", "Ngày"))


def test_the_article_starts_after_its_headline_printed_again():
    page = clean_page(_page("Tỉnh thông qua đề án sắp xếp đơn vị hành chính", "Thứ hai 19/01/2026 16:00",
                            "Hotline: 024.355.63.010", "Email: toasoan@example.vn", "Nghiên cứu - Dữ liệu",
                            "Tỉnh thông qua đề án sắp xếp đơn vị hành chính",
                            "Ngày 21/4/2025, Ban Chấp hành Đảng bộ tỉnh thông qua đề án."))
    assert page.date == "2025-04-21"
    assert page.text.split("\n")[1:] == ["Ngày 21/4/2025, Ban Chấp hành Đảng bộ tỉnh thông qua đề án."]


def test_page_clock_is_the_last_resort():
    page = clean_page(_page("Chủ nhật, 17/11/2024, 09:38[GMT+7]", "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ",
                            "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ cuối năm."))
    assert page.date == "2024-11-17"


@pytest.mark.parametrize("lead, year_context, expected", [
    ("Chiều 07/6, đồng chí Nguyễn Văn An làm việc với Sở.", "Trong 6 tháng đầu năm 2023, Sở đạt kết quả tốt.",
     "2023-06-07"),
    ("(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh làm việc với huyện.", "Quý I/2025, huyện tăng trưởng 11%.",
     "2025-04-22"),
    ("(baonamdinh.vn) - Sáng 01/4, Bí thư Tỉnh ủy chủ trì buổi làm việc.", "Quý II/2025 là thời điểm quan trọng.",
     "2025-04-01"),
    ("Chiều nay (24/12), UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021.",
     "Năm 2021, ngành tập trung chuyển đổi số. Kế hoạch năm 2021 đã ban hành.", "2020-12-24"),
    ("Ngày 5/1, Sở tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
     "Năm 2023, Sở hoàn thành kế hoạch.", "2024-01-05"),
    ("Ngày 04/01/2024, Sở tổ chức hội nghị.", "Năm 2023, Sở hoàn thành 140 nhiệm vụ.", "2024-01-04"),
    ("Sáng ngày 5 tháng 3 năm 2024, UBND tỉnh họp.", "", "2024-03-05"),
    ("Tối qua (23/12), tỉnh đón đoàn công tác.", "Đoàn làm việc theo kế hoạch năm 2022.", "2022-12-23"),
    ("Sáng thứ Hai (12/3), UBND tỉnh họp.", "Kết quả năm 2024.", "2024-03-12"),
    ("Chiều nay, thứ Ba, 13/3, UBND tỉnh họp.", "Kết quả năm 2024.", "2024-03-13"),
    ("NAM ĐỊNH - Sáng 12/3, UBND tỉnh họp.", "Kết quả năm 2024.", "2024-03-12"),
    ("Trong 2 ngày 12 và 13/3/2024, UBND tỉnh tổ chức hội thảo.", "", "2024-03-12"),
    ("Ngày 12-13/3, UBND tỉnh tổ chức hội thảo.", "Kết quả năm 2024.", "2024-03-12"),
    # a full date elsewhere with the lead's day and month gives its year, over a target year
    ("Sáng 19/5, UBND thành phố khởi công dự án cầu.", "Lễ diễn ra đúng dịp kỷ niệm (19/5/1890-19/5/2026). "
     "Cầu thông xe năm 2027; năm 2027 đưa vào khai thác.", "2026-05-19"),
    # late January: last year's results named more often than this year's tasks
    ("Chiều 26-1, Bộ trưởng làm việc với Tổng công ty.", "Kết quả năm 2021 tốt; năm 2021 tăng 9%. Năm 2021 vượt "
     "kế hoạch. Trong năm 2022, Tổng công ty phấn đấu tăng 10%.", "2022-01-26"),
    # ... but not in May, when the next year is a target
    ("Sáng 26/5, Sở làm việc với huyện.", "Kết quả năm 2021 tốt; năm 2021 tăng 9%. Năm 2022 phấn đấu tăng 10%.",
     "2021-05-26"),
    # a Tết named with its year, by the festival or by the lunar year's name
    ("Nhân dịp Tết Nguyên đán Bính Ngọ 2026, sáng 10-2, đoàn công tác của tỉnh thăm các đơn vị.", "", "2026-02-10"),
    ("Sáng 5/2, đoàn công tác của tỉnh chúc Tết Giáp Thìn 2024 các đơn vị.", "", "2024-02-05"),
    # a month written with a dot names its year as one with a slash does
    ("Ngày 3.11, UBND tỉnh tổ chức hội nghị.", "Cửa khẩu mới khai trương vào tháng 12.2024.", "2024-11-03"),
])
def test_lead_date_takes_its_year_from_the_article(lead, year_context, expected):
    page = clean_page(_page("Tỉnh tổ chức làm việc với đoàn công tác", lead, year_context))
    assert page.date == expected


@pytest.mark.parametrize("lead, rest", [
    # no year anywhere: a birth year, a deadline and a bare number do not count
    ("(BĐ) - Chiều 22.4, lãnh đạo Sở cho biết đang xác minh.", "Một em đã nghỉ học (SN 2011) và em sinh năm 2010."),
    # periods and targets are not the article's year
    ("Chiều 07/6, Sở làm việc với đoàn.", "Đề án giai đoạn 2021 - 2025, định hướng đến năm 2030; nhiệm kỳ 2020-2025."),
    # two years equally named: no guess
    ("Sáng 3/5, Sở họp.", "Kế hoạch năm 2023 và kế hoạch năm 2024."),
    # a record of the past is no year of writing
    ("Ngày 19/11, Phó Thủ tướng kiểm tra vùng lũ.", "Mực nước có thể cao hơn mức lịch sử năm 1993."),
    # no such day
    ("Chiều 31/2, Sở họp.", "Kết quả năm 2024."),
])
def test_undeterminable_date_is_none(lead, rest):
    assert clean_page(_page("Sở Thông tin và Truyền thông làm việc với đoàn", lead, rest)).date is None


def test_deadline_in_the_lead_is_not_the_event_date():
    page = clean_page(_page("Chủ tịch UBND tỉnh yêu cầu xử lý nghiêm vụ việc",
                            "(BĐ) - UBND tỉnh vừa ban hành văn bản chỉ đạo.",
                            "Sở GD&ĐT báo cáo trước ngày 5.5. Kế hoạch năm 2025 được triển khai."))
    assert page.date is None
    page = clean_page(_page("Chủ tịch UBND tỉnh yêu cầu hoàn thành báo cáo",
                            "UBND tỉnh yêu cầu các sở hoàn thành báo cáo, ngày 15/3 là hạn cuối. Kế hoạch năm 2025."))
    assert page.date is None


@pytest.mark.parametrize("lead, year_context, expected", [
    ("Trong khuôn khổ Ngày hội Văn hóa các dân tộc, tối 12/11, tại Quảng trường tỉnh diễn ra lễ khai mạc.",
     "Năm 2024, ngày hội thu hút đông đảo du khách.", "2024-11-12"),
    ("Đó là chỉ đạo của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng vào sáng nay (15/8). Dự buổi "
     "làm việc có lãnh đạo các sở.", "Trong 6 tháng đầu năm 2022, ngành tăng trưởng khá; năm 2021 tăng thấp.",
     "2022-08-15"),
    ("Chiều 3/1, lãnh đạo Sở cho biết ông Trần Văn Hòa đã đi làm trở lại.",
     "Ông Hòa nghỉ phép từ ngày 20/12/2022. Ngày 20/12/2022, Sở nhận đơn.", "2023-01-03"),
    ("Sáng 5/6, Sở tổ chức hội nghị sơ kết.", "Công trình khởi công ngày 15/12/2022 và năm 2022 về đích.",
     "2022-06-05"),
    ("Nam Định, ngày 14 tháng 02 năm 2023 - Sở Y tế và Công ty Dược Minh An ký kết thỏa thuận hợp tác.",
     "Năm 2022, hai bên đã phối hợp tốt.", "2023-02-14"),
    # the date closing the lead's first sentence, followed by a word of recent report
    ("Giám đốc Sở Y tế nhấn mạnh điều này tại cuộc họp giao ban, diễn ra vào ngày 12/2/2025 vừa qua. Sở báo cáo.",
     "", "2025-02-12"),
])
def test_a_lead_set_off_in_its_sentence_and_the_year_after_a_late_date(lead, year_context, expected):
    assert clean_page(_page("Tỉnh tổ chức làm việc với đoàn công tác", lead, year_context)).date == expected


def test_a_report_on_the_year_so_far_names_the_year_unless_compared():
    assert DATES.article_year(10, "", "Kết quả 9 tháng đầu năm 2021 khả quan. Ngày 3/12/2020, tỉnh ban hành kế "
                                      "hoạch.") == 2021
    assert DATES.article_year(10, "", "Tăng 5% so với 9 tháng đầu năm 2020. Năm 2021 là năm bản lề.") == 2021


def test_a_byline_sharing_the_stamp_line_gives_the_date_and_stays():
    page = clean_page(_page("Sở Y tế tổ chức hội nghị triển khai nhiệm vụ", "Đỗ Minh Khang • Thứ Ba, 12/03/2024-08:15",
                            "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ năm 2024."))
    assert page.date == "2024-03-12" and "Đỗ Minh Khang • Thứ Ba, 12/03/2024-08:15" in page.text
    with_lead = clean_page(_page("Sở Y tế tổ chức hội nghị triển khai nhiệm vụ",
                                 "Đỗ Minh Khang • Thứ Ba, 12/03/2024-08:15", "Quang cảnh hội nghị",
                                 "Chiều 11/3, Sở Y tế tổ chức hội nghị."))
    assert with_lead.date == "2024-03-11"


def test_dates_of_cited_documents_do_not_vote():
    text = ("Sáng 10/3, UBND tỉnh triển khai Quyết định số 12/QĐ-UBND ngày 05/01/2023 "
            "và Nghị quyết số 18-NQ/TW, ngày 25/10/2023 trong kế hoạch năm 2024.")
    assert DATES.mentioned_years(text) == [2024]
    assert clean_page(_page("UBND tỉnh triển khai các văn bản mới", text)).date == "2024-03-10"
    assert DATES.mentioned_years("Đề án được ban hành tháng 1/2022 và phê duyệt ngày 5/3/2021.") == []


def test_the_years_of_a_range_of_full_dates_do_not_vote():
    # an anniversary "(02/12/1960 – 02/12/2018)" bounds a period; "năm 2018" dates the article
    assert DATES.mentioned_years("Sau 58 năm (02/12/1960 – 02/12/2018) quan hệ phát triển. Năm 2018 tăng.") == [2018]


def test_a_year_still_to_come_is_no_year_of_writing():
    # "vào năm 2099": a target, however it is introduced; no article is written in it
    assert DATES.mentioned_years("Tỉnh dẫn đầu khu vực vào năm 2099. Năm 2020, tỉnh tăng trưởng 7%.") == [2020]


def test_comparisons_and_same_period_last_year_do_not_vote():
    assert DATES.mentioned_years("GRDP quý I/2025 tăng 7,5% (cùng kỳ quý I/2024 tăng 6%), so với năm 2023 cao hơn") == [2025]


@pytest.mark.parametrize("line, expected", [
    ("Chủ nhật, 17/11/2024, 09:38[GMT+7]", "2024-11-17"),
    ("Thứ 4, 09/06/2021 | 18:37:56", "2021-06-09"),
    ("03-12-2018 13:16", "2018-12-03"),
    ("04/01/2024 16:30", "2024-01-04"),
    ("Cập nhật: 16:30 04/01/2024", "2024-01-04"),
    ("Thứ Hai, ngày 12/03/2024", "2024-03-12"),
    ("Cập nhật lúc 08:30 ngày 12/03/2024", "2024-03-12"),
    ("2024-01-04", "2024-01-04"),
    ("thứ ba, 16 07 2019 14:30", "2019-07-16"),
    ("| 24-09-2019 | 17:10:03", "2019-09-24"),
    ("| Tin tức | 24-09-2019", None),
    ("Ngày 04/01/2024, Sở tổ chức hội nghị.", None),
    ("31/02/2024", None),
    ("0:00 / 0:00", None),
])
def test_parse_stamp(line, expected):
    assert DATES.parse_stamp(line) == expected


@pytest.mark.parametrize("value, expected", [
    ("2021-06-09T18:37:56+07:00", "2021-06-09"), ("2021-06-09", "2021-06-09"),
    ("09/06/2021", "2021-06-09"), ("hôm qua", None), ("2021-13-01", None),
])
def test_normalize_date(value, expected):
    assert DATES.normalize_date(value) == expected


# --- synthetic pages: structure and noise --------------------------------------------

def test_headline_without_stamp_after_menus():
    page = clean_page(_page("Trang chủ", "Tin tức > Hoạt động", "Y tế",
                            "Sở Y tế kiểm tra công tác phòng dịch tại huyện",
                            "Sáng 5/3, đoàn công tác của Sở Y tế kiểm tra công tác phòng dịch năm 2024."))
    assert page.title == "Sở Y tế kiểm tra công tác phòng dịch tại huyện"
    assert page.text.split("\n")[0] == page.title
    assert "Trang chủ" not in page.text and "Hoạt động" not in page.text and "\nY tế\n" not in page.text
    assert page.date == "2024-03-05"


def test_text_without_headline_has_no_title():
    body = "Năm 2024, ngành y tế tỉnh đạt nhiều kết quả quan trọng trong công tác khám chữa bệnh."
    page = clean_page(body)
    assert page.title is None
    assert page.text == body


def test_given_title_is_used_and_the_body_kept_whole():
    page = clean_page("Sáng 5/3/2024, UBND tỉnh họp.\nỦy ban nhân dân tỉnh chỉ đạo.", title="  UBND tỉnh họp  ")
    assert page.title == "UBND tỉnh họp"
    assert page.text == "Sáng 5/3/2024, UBND tỉnh họp.\nỦy ban nhân dân tỉnh chỉ đạo."
    assert page.date == "2024-03-05"


def test_given_title_found_in_text_stays_first_and_menus_go():
    page = clean_page("Thời sự\nUBND tỉnh họp phiên thường kỳ\n04/03/2024 08:00\nSáng 4/3, UBND tỉnh họp.",
                      title="UBND tỉnh họp phiên thường kỳ")
    assert page.text == "UBND tỉnh họp phiên thường kỳ\nSáng 4/3, UBND tỉnh họp."
    assert page.date == "2024-03-04"


def test_address_in_the_body_is_kept_footer_address_removed():
    page = clean_page(_page(
        "Khai trương trung tâm hành chính công của tỉnh",
        "Sáng 2/5, tỉnh khai trương trung tâm hành chính công năm 2024.",
        "Địa chỉ: số 12 đường Trần Phú, phường 1.",
        "Nguyễn Minh An",
        "Tổng truy cập: 12.345",
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH",
        "Chịu trách nhiệm chính: Lê Văn Bình",
        "Địa chỉ: số 5 đường Lê Lợi",
        "Email: cong@example.vn",
    ))
    assert page.text.split("\n")[2:] == ["Địa chỉ: số 12 đường Trần Phú, phường 1.", "Nguyễn Minh An",
                                         "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH", "Chịu trách nhiệm chính: Lê Văn Bình"]


def test_white_space_invisible_characters_and_nfc():
    decomposed = "Hô\u0323i nghi\u0323 tô\u0309ng kê\u0301t công ta\u0301c y tê\u0301"
    page = clean_page(f"\ufeff{decomposed}\r\n\u00a0\r\nSáng 5/3,\u200b  hội  nghị năm 2024.\r\n   ")
    assert page.title == "Hội nghị tổng kết công tác y tế"
    assert page.text == "Hội nghị tổng kết công tác y tế\nSáng 5/3, hội nghị năm 2024."


def test_old_tone_mark_placement_is_kept():
    page = clean_page("Uỷ ban nhân dân tỉnh hoàn thành chuyển đổi số\nCông tác số hoá được đẩy mạnh.")
    assert page.title == "Uỷ ban nhân dân tỉnh hoàn thành chuyển đổi số"
    assert "số hoá" in page.text


@pytest.mark.parametrize("noise", [
    "DetailController", "4,455 lượt xem", "Lượt xem: 120", "Xem thêm", "Xem chi tiết tại đây",
    "Audio: 0906_lam_viec.mp3",
    "Video: Phat_bieu_10_6.mp4", "0:00 / 0:00", "0:00", "[img]", "Trang chủ > Tin tức > Thời sự",
    "Yên Bái 24 °C", "Cà Mau, 32°C/ 32°C - 33°C Icon thời tiết nắng",  # a weather widget
])
def test_line_noise_is_removed_anywhere(noise):
    lines = ["Sở Y tế kiểm tra công tác phòng dịch", "Sáng 5/3, Sở Y tế kiểm tra.", noise, "Kết quả tốt."]
    assert clean_page(_page(*lines)).text == _page(*lines[:2], lines[3])


@pytest.mark.parametrize("content", [
    "Ảnh: Thành Tâm", "Quang cảnh buổi làm việc", "Tác giả: Trang Lê", "0:00 là giờ bắt đầu phiên họp.",
    "Đang truy cập vào hệ thống, người dân điền thông tin.", "Nắng nóng 40°C",
])
def test_content_lines_that_look_like_noise_are_kept(content):
    lines = ["Sở Y tế kiểm tra công tác phòng dịch", "Sáng 5/3, Sở Y tế kiểm tra.", content]
    assert clean_page(_page(*lines)).text.endswith("\n" + content)


def test_noise_rules_are_documented():
    rows = read_rows(data_folder(), NOISE)
    assert {row["kind"] for row in rows} == {"line", "footer", "footer_keep", "footer_contact", "links"}
    for row in rows:
        assert row["comment"], f"noise rule without a comment: {row['pattern']}"


def test_toolbars_share_buttons_related_links_and_a_footer_address_are_dropped_the_signature_kept():
    page = clean_page(_page(
        "Sở Y tế tổ chức hội nghị triển khai nhiệm vụ", "12/03/2024 15:42",
        "Sáng 12/3, Sở Y tế tổ chức hội nghị năm 2024.", "Hoàng Nhi",
        "Lượt xem: 2.318 | In bài | Gửi email | Quay lại", "Chia sẻ: Facebook | Zalo | Twitter",
        "Tin liên quan:", "- Sở Y tế Nam Định khai trương phòng khám", "SỞ Y TẾ TỈNH NAM ĐỊNH",
        "Địa chỉ: Số 16A Nguyễn Thị Minh Khai, Phường 2, thành phố Nam Định",
        "Chịu trách nhiệm nội dung: Trần Văn Bình"))
    assert page.text.split("\n")[2:] == ["Hoàng Nhi", "SỞ Y TẾ TỈNH NAM ĐỊNH", "Chịu trách nhiệm nội dung: Trần Văn Bình"]


def test_a_date_stamp_that_carries_a_view_counter_is_no_toolbar():
    page = clean_page(_page("Tỉnh ủy Nam Định chuẩn bị đại hội", "Thứ ba, 14/07/2020 - 17:42 | Lượt xem: 1.206",
                            "Sáng 14/7, Ban Thường vụ Tỉnh ủy họp."))
    assert page.date == "2020-07-14"


def test_the_sites_domain_alone_on_a_line_is_footer_and_the_byline_above_it_stays_last():
    page = clean_page(_page("UBND tỉnh họp bàn kế hoạch năm", "Sáng 5/3/2024, UBND tỉnh Quảng Trị họp bàn kế hoạch.",
                            "TRẦN VĂN NAM", "Bình luận", "baomoi.com.vn"))
    assert page.text.rstrip().endswith("TRẦN VĂN NAM")
    # a domain inside a sentence is the article's words
    assert "baomoi.com.vn" in clean_page(_page("Sở TT&TT cảnh báo trang giả mạo",
                                               "Trang giả mạo có địa chỉ baomoi.com.vn đã bị chặn.")).text
