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


def test_the_province_the_text_names_wins_over_a_credit():
    assert province_of(BODY + " Hội nghị diễn ra tại tỉnh Hà Tĩnh.\nQuang cảnh hội nghị. Ảnh: Hà Nam") == "Hà Tĩnh"


def test_a_province_named_after_a_person_is_the_person_when_written_bare():
    assert province_of("Sáng 6/6/2024, Đảng ủy Trường Cao đẳng Nam Định học tập tư tưởng, đạo đức, phong cách "
                       "Hồ Chí Minh. Tư tưởng Hồ Chí Minh là tài sản tinh thần vô giá.") == "Nam Định"
    assert province_of(BODY + " Đoàn công tác của TP Hồ Chí Minh đến dự.") == "Hồ Chí Minh"
