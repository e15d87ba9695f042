"""The article's province: the one the text names most, never one read from a credit."""
from __future__ import annotations

import pytest
from lexicon_fixtures import extract_facts

from extract.facts import Article

BODY = "Sáng 5/3, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ năm 2024."


def province_of(text: str) -> str | None:
    facts = extract_facts(Article(name="t", source="t", text=text))
    return facts.province.name if facts.province else None


@pytest.mark.parametrize("text", [
    BODY + "\nQuang cảnh hội nghị. Ảnh: Hà Nam",
    BODY + "\nThái Bình",
    "Sở Y tế tổ chức hội nghị\nHải Dương • Thứ Ba, 12/03/2024-08:15\n" + BODY,
])
def test_a_credited_name_that_reads_as_a_province_names_none(text):
    assert province_of(text) is None


@pytest.mark.parametrize("text", [
    "Sáng 9/4, UBND tỉnh trao quyết định bổ nhiệm Chủ tịch UBND TP Cẩm Phả.",
    # districts of two provinces: which one the article is about, its text does not tell
    "Sáng 9/4, UBND tỉnh trao quyết định bổ nhiệm Chủ tịch UBND TP Cẩm Phả. Đoàn công tác huyện Vị Xuyên đến dự.",
])
def test_one_district_alone_names_no_province(text):
    assert province_of(text) is None


@pytest.mark.parametrize("text, province", [
    ("Sáng 9/4, UBND tỉnh trao quyết định bổ nhiệm Chủ tịch UBND TP Cẩm Phả. "
     "Thị xã Quảng Yên và TP Cẩm Phả đã hoàn thành kế hoạch.", "Quảng Ninh"),
    ("Chủ tịch UBND tỉnh khảo sát tuyến đường nối huyện Vị Xuyên với huyện Hoàng Su Phì.", "Hà Giang"),
    ("UBND tỉnh tổ chức lễ kỷ niệm 20 năm ngày thành lập thành phố Lạng Sơn.", "Lạng Sơn"),
])
def test_districts_of_one_province_or_the_city_named_after_it_tell_a_careful_reader_the_province(text, province):
    assert province_of(text) == province


def test_districts_support_a_province_the_text_names():
    # "Hòa Bình" (a ward's name read bare) ties "Bình Định"; the districts of Bình Định break the tie
    assert province_of("Sáng 5/3, UBND huyện Phù Cát họp bàn với UBND huyện Phù Mỹ. Học sinh ở khu phố Hòa Bình "
                       "và ở Bình Định được hỗ trợ. TX An Nhơn đến dự.") == "Bình Định"


def test_the_province_the_text_names_wins_over_a_credit():
    assert province_of(BODY + " Hội nghị diễn ra tại tỉnh Hà Tĩnh.\nQuang cảnh hội nghị. Ảnh: Hà Nam") == "Hà Tĩnh"


def test_a_province_named_after_a_person_is_the_person_when_written_bare():
    assert province_of("Sáng 6/6/2024, Đảng ủy Trường Cao đẳng Nam Định học tập tư tưởng, đạo đức, phong cách "
                       "Hồ Chí Minh. Tư tưởng Hồ Chí Minh là tài sản tinh thần vô giá.") == "Nam Định"
    assert province_of(BODY + " Đoàn công tác của TP Hồ Chí Minh đến dự.") == "Hồ Chí Minh"
    # the city's abbreviation, even right after the person's name in a body's name
    assert province_of("Ngày 15.10, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI khai mạc. Bí thư "
                       "Thành Đoàn Lê Thị Mơ phát biểu.") == "Hồ Chí Minh"


def test_an_article_writing_a_bare_tinh_for_its_own_is_about_the_tinh_it_names():
    # the consulate's city is named more often, but "UBND tỉnh" says the article is a tỉnh's
    text = ("Phó Chủ tịch UBND tỉnh Lê Văn Tám tiếp Tổng lãnh sự Cuba\nChiều 17/9, Phó Chủ tịch UBND tỉnh Lê Văn Tám "
            "tiếp Tổng lãnh sự Cuba tại TP. Hồ Chí Minh. Tổng lãnh sự cảm ơn UBND tỉnh Hậu Giang. Bà vừa nhận nhiệm "
            "vụ tại TP. Hồ Chí Minh và đã thăm TP. Hồ Chí Minh nhiều lần.")
    assert province_of(text) == "Hậu Giang"
    # "giữa 5 tỉnh, thành phố" counts provinces; it is no bare "tỉnh" of the article's own
    assert province_of("Hội nghị du lịch tại Hà Nội\nSáng 3/4, tại thành phố Hà Nội, hợp tác giữa 5 tỉnh, thành phố: "
                       "Hà Nội, Hải Phòng, Quảng Ninh, Ninh Bình và Thanh Hóa. Sở Du lịch Hà Nội chủ trì.") == "Hà Nội"


def test_a_province_named_in_a_roads_name_is_no_place_of_the_article():
    assert province_of("UBND thành phố họp giao ban\nSáng 5/3/2024, UBND thành phố họp giao ban. Giao Ban Quản lý Dự án "
                       "lắp đặt cống hộp trên tuyến QL18 Bắc Ninh - Uông Bí và sửa đường Thái Bình.") is None
    # a road named by its two ends, both provinces
    assert province_of("Chủ tịch UBND huyện tiếp công dân\nÔng Lò Văn Sính, thôn Nà Lừa, đề nghị xem xét việc thu hồi "
                       "đất để mở rộng tuyến đường cao tốc Lạng Sơn – Cao Bằng.") is None
    # a video-conference point is a place: "điểm cầu" is no road
    assert province_of("Bộ Nội vụ họp trực tuyến\nSáng 21/12/2024, Bộ Nội vụ họp trực tuyến. Quyền Chủ tịch UBND tỉnh "
                       "Lê Văn Tám dự tại điểm cầu Quảng Trị.") == "Quảng Trị"


def test_a_former_province_is_that_province_and_names_none_of_the_present():
    from test_personnel_posts import facts_of, positions
    facts = facts_of("Sáng 10/2/2018, đồng chí Trần Văn An, Phó Chủ tịch UBND tỉnh Hà Nam thăm cụ Lê Văn Huệ, nguyên "
                     "Phó Chủ tịch UBND tỉnh Nam Hà, và cụ Đinh Văn Huấn, nguyên Chủ tịch UBND tỉnh Hà Nam Ninh.")
    assert positions(facts, "Lê Văn Huệ") == {("nguyên Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Hà")}
    assert positions(facts, "Đinh Văn Huấn") == {("nguyên Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam Ninh")}
    assert facts.province.name == "Hà Nam"
    # named more often than the present one, a former province still names none
    assert province_of("Sáng 10/2/2018, lãnh đạo tỉnh thăm nguyên lãnh đạo tỉnh Hà Nam Ninh. Tỉnh Hà Nam Ninh cũ "
                       "có nhiều đóng góp. Cụ từng công tác tại tỉnh Hà Nam Ninh.") is None


def test_a_tie_goes_to_the_province_whose_bodies_are_named_and_else_names_none():
    assert province_of("Chủ tịch tỉnh kiểm tra công trình\nSáng 10/7/2025, ông Trần Văn Quang, Chủ tịch UBND tỉnh Đồng "
                       "Tháp, kiểm tra dự án tuyến đường ven biển đoạn qua tỉnh Tiền Giang.") == "Đồng Tháp"
    assert province_of("Tuyến đường nối hai tỉnh\nSáng 10/7/2025, tuyến đường nối tỉnh Long An với tỉnh Tiền Giang "
                       "được thông xe.") is None


@pytest.mark.parametrize("text, province", [
    ("Sáng 5/3, các ứng cử viên tiếp xúc cử tri tại xã Thắng Mố. Ứng cử viên: Lê Văn Tám, Chủ tịch Liên đoàn Lao động "
     "tỉnh; Nguyễn Hải Dương, Bí thư Đảng ủy xã.", None),
    ("Sáng 5/3, UBND tỉnh họp. Ông Trần Thái Bình, Giám đốc Sở Y tế dự.", None),
    # the sentence's first word is a preposition spelt like a family name, not one
    ("Từ Hà Nội, đoàn công tác đã về dự hội nghị của Sở Y tế.", "Hà Nội"),
])
def test_a_province_named_in_a_persons_name_is_no_place_of_the_article(text, province):
    assert province_of(text) == province


def test_a_rank_among_provinces_is_no_tinh_of_the_articles_own():
    # "thứ 9/34 tỉnh" counts provinces; it does not make a city's article one about a tỉnh
    assert province_of("Gặp gỡ Đà Nẵng 2026\nTối 9/1/2026, UBND TP Đà Nẵng tổ chức chương trình Gặp gỡ Đà Nẵng 2026. "
                       "Ông Phạm Văn Ấn, Chủ tịch UBND TP Đà Nẵng cho biết thành phố xếp thứ 9/34 tỉnh, thành về "
                       "tăng trưởng. Năm 2025, Đà Nẵng và Quảng Nam hợp nhất, TP Đà Nẵng mở ra không gian mới.") == "Đà Nẵng"


def test_the_level_of_provinces_is_no_tinh_of_the_articles_own():
    # "đơn vị hành chính cấp tỉnh" names a level; the article is the city's, not the tỉnh it merges with
    assert province_of("Hội nghị Thành ủy Cần Thơ\nBí thư Thành ủy Cần Thơ Lê Quang Mạnh đề nghị hoàn thành Đề án "
                       "sắp xếp đơn vị hành chính cấp tỉnh giữa tỉnh Hậu Giang và TP Cần Thơ. Thành ủy Cần Thơ "
                       "thống nhất chủ trương.") == "Cần Thơ"
