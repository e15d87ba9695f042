"""Provinces and districts as data: counts, the 2025 merger, and folded name lookups."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from lexicon_fixtures import LEXICON

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def places():
    return LEXICON.places


def test_63_provinces_before_2025_and_34_after(places):
    assert len([p for p in places.provinces if p.before_2025]) == 63
    assert len([p for p in places.provinces if p.from_2025]) == 34
    assert len({p.code for p in places.provinces if p.before_2025}) == 63
    assert {p.kind for p in places.provinces} == {"tỉnh", "thành phố"}


def test_every_old_province_merges_into_a_2025_province(places):
    for province in places.provinces:
        successor = places.province_in_2025(province.name)
        assert successor is not None and successor.from_2025, province.name
    assert {places.province_in_2025(p.name).name for p in places.provinces} == \
        {p.name for p in places.provinces if p.from_2025}


def test_thai_binh_merged_into_hung_yen(places):
    thai_binh = places.province("Thái Bình")
    assert (thai_binh.kind, thai_binh.code, thai_binh.merged_into) == ("tỉnh", "34", "Hưng Yên")
    assert not thai_binh.from_2025
    assert places.province_in_2025("tỉnh Thái Bình").name == "Hưng Yên"
    assert places.province_in_2025("Hà Tĩnh").name == "Hà Tĩnh"


def test_thua_thien_hue_before_and_hue_after(places):
    old = places.province("Thừa Thiên - Huế")
    assert (old.name, old.kind, old.before_2025, old.from_2025) == ("Thừa Thiên Huế", "tỉnh", True, False)
    assert places.province_in_2025("Thừa Thiên Huế").name == "Huế"
    assert places.province("thành phố Huế").from_2025


def test_lookups_fold_case_spaces_and_tone_marks(places):
    assert places.province("THÁI  BÌNH").name == "Thái Bình"
    assert places.province("Hoà Bình") is places.province("Hòa Bình") is not None
    assert places.province("Thanh Hoá").name == "Thanh Hóa"
    assert places.province("khánh hoà").name == "Khánh Hòa"


def test_aliases_and_unit_words(places):
    hcm = places.province("Hồ Chí Minh")
    assert places.province("TP.HCM") is hcm
    assert places.province("TP. Hồ Chí Minh") is hcm
    assert places.province("Thành phố Hồ Chí Minh") is hcm
    assert places.province("Bà Rịa – Vũng Tàu").name == "Bà Rịa - Vũng Tàu"
    assert places.province("Đắc Lắc").name == "Đắk Lắk"
    assert places.province("Đak Nông").name == places.province("Đăk Nông").name == "Đắk Nông"


def test_unit_word_must_fit_the_unit(places):
    assert places.province("tỉnh Hà Tĩnh").name == "Hà Tĩnh"
    assert places.province("thành phố Hà Tĩnh") is None  # a district-level city
    assert places.province("xã Thái Bình") is None
    assert [(d.kind, d.province) for d in places.districts_named("thành phố Hà Tĩnh")] == \
        [("thành phố", "Hà Tĩnh")]


def test_unknown_place_is_none(places):
    assert places.province("Atlantis") is None
    assert places.province("") is None
    assert places.province_in_2025("Atlantis") is None
    assert places.districts_named("Atlantis") == []


def test_ky_anh_is_a_thi_xa_and_a_huyen_of_ha_tinh(places):
    assert sorted((d.kind, d.province) for d in places.districts_named("Kỳ Anh")) == \
        [("huyện", "Hà Tĩnh"), ("thị xã", "Hà Tĩnh")]
    assert [(d.name, d.kind, d.province) for d in places.districts_named("thị xã Kỳ Anh")] == \
        [("Kỳ Anh", "thị xã", "Hà Tĩnh")]
    assert [d.kind for d in places.districts_named("TX kỳ anh")] == ["thị xã"]


def test_districts_cover_every_old_province(places):
    assert 690 <= len(places.districts) <= 710
    assert {d.kind for d in places.districts} == {"huyện", "thị xã", "thành phố", "quận"}
    old_names = {p.name for p in places.provinces if p.before_2025}
    assert {d.province for d in places.districts} == old_names
    assert [(d.kind, d.province) for d in places.districts_named("Vân Canh")] == [("huyện", "Bình Định")]


@pytest.mark.skipif(importlib.util.find_spec("vietnamadminunits") is None,
                    reason="the generator needs the dev dependency vietnamadminunits")
def test_generated_files_are_up_to_date():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_admin_units.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_ward_named_after_its_former_town_keeps_the_town_after_a_dash():
    from lexicon_fixtures import extract_facts
    from extract.facts import Article
    facts = extract_facts(Article(name="t", source="t", text=(
        "Ngày 5/7, Đảng ủy phường Cam Ly - Đà Lạt tổ chức hội nghị. Ông Lê Văn Tâm, Chủ tịch UBND xã Tân Phú - "
        "Phó Bí thư Đảng ủy xã phát biểu.")))
    names = {organization.name for organization in facts.organizations}
    assert {"Đảng ủy phường Cam Ly - Đà Lạt", "Ủy ban nhân dân xã Tân Phú"} <= names
