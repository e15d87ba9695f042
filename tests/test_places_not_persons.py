"""Names of places that read like people's names: wards, streets, continents.

Every text is made up for the test; each test states what a careful reader takes from it.
"""
from __future__ import annotations

from lexicon_fixtures import clean_page, extract_facts

from extract.facts import Article


def person_names(text: str) -> set[str]:
    return {p.name for p in extract_facts(Article(name="t", source="t", text=text)).persons}


def test_a_name_the_article_writes_as_a_ward_is_the_ward_everywhere():
    names = person_names("Bạch Đằng: khởi công tuyến đường mới\nĐiểm đầu tuyến thuộc các phường Kim Đồng và "
                         "Bạch Đằng. Ông Nguyễn Văn An, Chủ tịch UBND phường Bạch Đằng, cho biết dự án mở rộng "
                         "mặt cắt ngang 60m.")
    assert names == {"Nguyễn Văn An"}


def test_names_in_a_list_of_districts_are_places():
    names = person_names("Tuyến đường đi qua các quận Ba Đình, Văn Tiến, Hai Bà Trưng, Lê Thanh, Hoàng Mai. "
                         "Tuyến đường sắt đoạn Ngọc Hồi – Kim Sơn – Phan Lạc cũng được cải tạo.")
    assert names == set()


def test_a_tunnel_and_a_continent_are_no_people():
    names = person_names("Điểm đầu tuyến tại khu vực hầm Kim Đồng. Huyện chủ động phòng chống dịch tả Châu Phi.")
    assert names == set()


def test_people_listed_together_stay_people():
    names = person_names("Dự hội nghị có ông Nguyễn Văn An, Chủ tịch UBND huyện Thanh Trì, và Trần Văn Bình, "
                         "Lê Thị Hoa, đại diện Hội Nông dân.")
    assert names == {"Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Hoa"}


def test_a_commune_named_after_a_person_is_a_place_unless_a_post_precedes_its_level_word():
    facts = extract_facts(Article(name="t", source="t", text=(
        "Bí thư Tỉnh ủy Cà Mau làm việc với Ban Chấp hành Đảng bộ xã Nguyễn Việt Khái. Tuyến cống dẫn đến phường "
        "Hoàng Văn Thụ. Chủ tịch UBND xã Lê Văn Hải phát biểu.")))
    assert {p.name for p in facts.persons} == {"Lê Văn Hải"}
    assert "Ban Chấp hành Đảng bộ xã Nguyễn Việt Khái" in {o.name for o in facts.organizations}


def test_a_link_label_after_the_byline_leaves_the_byline_last():
    page = clean_page("Huyện tổ chức hội nghị\nChiều 24/6, UBND huyện Đắk Song tổ chức hội nghị tổng kết công tác "
                      "năm.\nNgô Văn Tâm\nXem chi tiết tại đây")
    assert "Xem chi tiết" not in page.text
    facts = extract_facts(Article(name="t", source="t", text=page.text))
    assert {a.name for a in facts.authors} == {"Ngô Văn Tâm"}
    assert facts.persons == []


def test_an_economic_zone_named_like_a_person_is_no_person():
    assert person_names("Ngày 23/2/2026, ông Phạm Văn Ấn yêu cầu Ban Quản lý Khu kinh tế mở Chu Lai rà soát các dự "
                        "án.") == {"Phạm Văn Ấn"}
