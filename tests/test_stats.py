"""Network analytics (`kg stats`) on a small hand-made graph in the view's contract."""
from __future__ import annotations

import networkx as nx
import pytest

from viz.report import render_report
from viz.stats import compute_stats


def fact(date: str) -> dict:
    return {"text": "t", "evidence": "s", "date": date, "source": "a"}


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("p1", type="person", label="Nguyễn Văn An", province="Nam Định", dates=[], facts=[])
    g.add_node("p2", type="person", label="Trần Thị Bình", province="Nam Định", dates=[], facts=[])
    g.add_node("p3", type="person", label="Lê Văn Cường", province="Ninh Bình", dates=[], facts=[])
    g.add_node("o1", type="organization", label="Ủy ban nhân dân tỉnh Nam Định", province="Nam Định",
               dates=[], facts=[])
    g.add_node("o2", type="organization", label="Sở Y tế tỉnh Ninh Bình", province="Ninh Bình", dates=[], facts=[])
    g.add_node("e1", type="event", label="Hội nghị <b>y tế</b>", province="Nam Định", dates=[], facts=[])
    g.add_node("f1", type="firm", label="Viettel", province=None, dates=[], facts=[])
    g.add_node("a1", type="article", label="Bài 1", province="Nam Định", dates=[], facts=[])
    g.add_node("pr", type="province", label="Nam Định", province=None, dates=[], facts=[])
    g.add_node("g1", type="program", label="Đề án chuyển đổi số", province=None, dates=[], facts=[])
    g.add_edge("p1", "o1", key="Chủ tịch", label="Chủ tịch", facts=[fact("2023-01-05")])
    g.add_edge("p2", "o1", key="Phó Chủ tịch", label="Phó Chủ tịch", facts=[fact("2023-02-01")])
    g.add_edge("p1", "e1", key="chủ trì", label="chủ trì", facts=[fact("2023-03-10")])
    g.add_edge("p2", "e1", key="dự", label="dự", facts=[fact("2023-03-10")])
    g.add_edge("p3", "o2", key="Giám đốc", label="Giám đốc", facts=[fact("2022-11-30")])
    g.add_edge("f1", "o1", key="hợp tác", label="hợp tác", facts=[fact("2023-03-10")])
    g.add_edge("a1", "pr", key="nơi", label="nơi", facts=[])
    g.add_edge("g1", "a1", key="được nêu trong", label="được nêu trong", facts=[])
    g.add_edge("e1", "a1", key="được nêu trong", label="được nêu trong", facts=[])
    return g


def test_counts_rankings_and_communities():
    stats = compute_stats(small_graph())
    assert stats.counts_by_type["person"] == 3
    assert stats.counts_by_province["Nam Định"]["person"] == 2
    assert stats.central_people[0].label == "Nguyễn Văn An"  # the chair links the event and the committee
    assert stats.central_organizations[0].label == "Ủy ban nhân dân tỉnh Nam Định"
    # articles are provenance: never an actor, so never central
    assert all(r.node != "a1" for r in stats.central_people + stats.central_organizations)
    assert ["Lê Văn Cường", "Sở Y tế tỉnh Ninh Bình"] in stats.communities


def test_timeline_is_ordered_by_date_and_found_without_diacritics():
    timeline = compute_stats(small_graph()).timeline_of("nguyen van an")
    assert [(e.date, e.kind, e.text) for e in timeline] == [
        ("2023-01-05", "post", "Chủ tịch — Ủy ban nhân dân tỉnh Nam Định"),
        ("2023-03-10", "event", "chủ trì — Hội nghị <b>y tế</b>"),
    ]


def test_province_overview_has_leaders_programs_and_firms():
    (nam_dinh,) = [p for p in compute_stats(small_graph()).provinces if p.province == "Nam Định"]
    assert ("Nguyễn Văn An", "Chủ tịch — Ủy ban nhân dân tỉnh Nam Định") in nam_dinh.leaders
    assert nam_dinh.programs == ["Đề án chuyển đổi số"]
    assert nam_dinh.firms == ["Viettel"]


def test_an_instrument_of_a_national_body_is_cited_not_one_of_the_provinces_programs():
    graph = small_graph()
    graph.add_node("o3", type="organization", label="Thủ tướng Chính phủ", province=None, dates=[], facts=[])
    graph.add_node("g2", type="program", label="Quyết định số 1/QĐ-TTg", province=None, dates=[], facts=[])
    graph.add_edge("g2", "o3", key="cơ quan ban hành", label="cơ quan ban hành", category="issuers", facts=[])
    graph.add_edge("g2", "a1", key="được nêu trong", label="được nêu trong", facts=[])
    graph.add_node("g3", type="program", label="Kế hoạch số 2/KH-UBND", province=None, dates=[], facts=[])
    graph.add_edge("g3", "o1", key="cơ quan ban hành", label="cơ quan ban hành", category="issuers", facts=[])
    graph.add_edge("g3", "a1", key="được nêu trong", label="được nêu trong", facts=[])
    stats = compute_stats(graph)
    (nam_dinh,) = [p for p in stats.provinces if p.province == "Nam Định"]
    assert nam_dinh.programs == ["Kế hoạch số 2/KH-UBND", "Đề án chuyển đổi số"]
    assert nam_dinh.cited == ["Quyết định số 1/QĐ-TTg"]
    assert "    cited    Quyết định số 1/QĐ-TTg" in stats.as_text()
    assert "văn bản cấp trên được nêu</td><td>Quyết định số 1/QĐ-TTg" in render_report(stats, title="t")


def test_report_page_escapes_names_and_has_no_external_reference():
    page = render_report(compute_stats(small_graph()), title="Báo cáo")
    assert "Hội nghị &lt;b&gt;y tế&lt;/b&gt;" in page and "<b>y tế</b>" not in page
    assert "http://" not in page and "https://" not in page
    assert "<svg" in page  # counts per province and timelines are drawn


@pytest.mark.parametrize("argv, message", [
    (["serve", "--port", "99999"], "argument --port: must be from 0 to 65535, got 99999"),
    (["serve", "--port", "-5"], "argument --port: must be from 0 to 65535, got -5"),
    (["serve", "--timeout", "0"], "argument --timeout: must be at least 1, got 0"),
    (["serve", "--max-results", "0"], "argument --max-results: must be at least 1, got 0"),
    (["serve", "--max-results", "many"], "argument --max-results: 'many' is not a whole number"),
    (["stats", "--top", "-5"], "argument --top: must be at least 1, got -5"),
    (["stats", "--top", "0"], "argument --top: must be at least 1, got 0"),
    (["stats", "--person", ""], "argument --person: must not be empty"),
    (["stats", "--person", "  "], "argument --person: must not be empty"),
])
def test_a_bad_option_value_is_one_line_naming_the_option(tmp_path, capsys, argv, message):
    from kg.cli import main

    assert main([*argv, "--store", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"kg: error: {message}\n"
