"""The network view: the HTML file (offline, escaped, pruned), the graph read from the
store with SPARQL, the layout, and the page in headless Chromium (drawn, labelled,
searchable, filterable, explaining a node, a focus or a path)."""
from __future__ import annotations

import dataclasses
import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from chromium import (
    dump_dom, open_page, page_requests, png_pixels, requires_chromium, screenshot,
)
from kg_fixtures import PROGRAM, SO_TTTT, UBND, meeting_facts, visit_facts
from lexicon_fixtures import LEXICON, extract_facts
from pyvis.network import Network

from extract.facts import Article, ArticleFacts
from kg.build import build
from kg.mapping import facts_to_graph
from kg.store import open_store
from viz.focus import connections, neighbourhood
from viz.graph import graph_from_store
from viz.html import NODE_STYLES, PATH_EDGE, RenderedPage, render_html
from viz.layout import _fit_scale, force_layout

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "sample"

SCRIPT_NAME = "<script>alert(1)</script>"
# If this name were ever parsed as HTML, its handler would mark the page.
HANDLER_NAME = "<img src=x onerror=\"document.body.dataset.injected='yes'\">"


def fact(text: str, sentence: str | None = None, date: str = "2021-06-09", url: str | None = None) -> dict:
    return {"text": text, "evidence": sentence, "date": date, "source": "Bài thử", "url": url, "file": "bai-thu.txt"}


def sample_graph() -> nx.MultiDiGraph:
    """One node of every type, a chair who also directed, two hostile names, a hostile
    source address, and a director in a second province three years later."""
    g = nx.MultiDiGraph()
    g.add_node("hai", type="person", label="Ngô Đông Hải", province="Thái Bình", dates=["2021-06-09"],
               facts=[fact("Bí thư Tỉnh ủy Thái Bình", "Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy phát biểu.",
                           url="https://example.gov.vn/tin/thu"),
                      fact("được nêu trong", "Ngô Đông Hải dự họp.", url="javascript:document.body.dataset.injected='yes'")])
    g.add_node("thuy", type="person", label="Phạm Đồng Thụy", province="Thái Bình", dates=["2021-06-09"])
    g.add_node("script", type="person", label=SCRIPT_NAME)
    g.add_node("handler", type="person", label=HANDLER_NAME)
    g.add_node("tinhuy", type="organization", label="Tỉnh ủy Thái Bình", province="Thái Bình")
    g.add_node("so", type="organization", label="Sở Thông tin và Truyền thông tỉnh Thái Bình", province="Thái Bình",
               aliases=["Sở TT&TT Thái Bình"])
    g.add_node("thaibinh", type="province", label="Thái Bình", province="Thái Bình")
    g.add_node("meeting", type="event", label="Thường trực Tỉnh ủy làm việc với Sở", province="Thái Bình",
               dates=["2021-06-09"])
    g.add_node("viettel", type="firm", label="Viettel")
    g.add_node("plan", type="program", label="Đề án chuyển đổi số tỉnh Thái Bình giai đoạn 2021 – 2025")
    g.add_node("article", type="article", label="Thường trực Tỉnh ủy làm việc với Sở TT&TT", province="Thái Bình")
    g.add_node("nam", type="person", label="Lê Văn Nam", province="Nam Định", dates=["2024-03-12"])
    g.add_node("syt", type="organization", label="Sở Y tế tỉnh Nam Định", province="Nam Định", dates=["2024-03-12"])
    g.add_edge("hai", "tinhuy", label="Bí thư", category="memberships", role="Bí thư")
    g.add_edge("hai", "meeting", label="chủ trì", category="participations", role="chủ trì",
               facts=[fact("chủ trì", "Ngô Đông Hải chủ trì buổi làm việc.")])
    g.add_edge("hai", "meeting", label="chỉ đạo", category="participations", role="chỉ đạo",
               facts=[fact("chỉ đạo", "Ngô Đông Hải chỉ đạo.")])
    g.add_edge("thuy", "meeting", label="dự", category="participations", role="dự")
    g.add_edge("script", "meeting", label="phát biểu", category="participations", role="phát biểu")
    g.add_edge("handler", "meeting", label="dự", category="participations", role="dự")
    g.add_edge("hai", "so", label="chỉ đạo", category="directives")
    g.add_edge("so", "tinhuy", label="trực thuộc", category="suborganizations")
    g.add_edge("tinhuy", "thaibinh", label="địa bàn", category="located_in")
    g.add_edge("so", "viettel", label="hợp tác", category="partnerships", symmetric=True)
    g.add_edge("plan", "article", label="được nêu trong", category="reported_in")
    g.add_edge("meeting", "article", label="được nêu trong", category="reported_in")
    g.add_edge("nam", "syt", label="Giám đốc", category="memberships", role="Giám đốc",
               facts=[fact("Giám đốc Sở Y tế", "Ông Lê Văn Nam, Giám đốc Sở Y tế.", date="2024-03-12")])
    return g


def page_data(html: str) -> dict:
    """The graph data the page draws (the JSON in its graph-data element)."""
    found = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


class _UrlAttributes(HTMLParser):
    """Every attribute of the document that can make a browser fetch something."""

    URL_ATTRIBUTES = {"src", "href", "action", "formaction", "poster", "data", "srcset", "xlink:href"}

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value or "" for name, value in attrs if name in self.URL_ATTRIBUTES]


CSS_FETCH = re.compile(r"""url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:)?//|@import""", re.I)


def external_references(html: str) -> list[str]:
    """Links to anything outside the file: URL attributes with a host, CSS url()/@import."""
    parser = _UrlAttributes()
    parser.feed(html)
    remote = [url for url in parser.urls if re.match(r"\s*(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)]
    return remote + CSS_FETCH.findall(html)


def write_page(graph: nx.MultiDiGraph, out: Path, **options) -> RenderedPage:
    """Render the view of `graph` into the file `out`, for the browser."""
    page = render_html(graph, **options)
    out.write_text(page.html, encoding="utf-8")
    return page


@pytest.fixture()
def page(tmp_path) -> Path:
    out = tmp_path / "view.html"
    write_page(sample_graph(), out, title="Thái Bình <b>mạng lưới</b>")
    return out


# ---------------------------------------------------------------- the HTML file


def test_the_detector_finds_the_cdn_links_of_pyvis_in_line_output(tmp_path):
    net = Network(cdn_resources="in_line")
    net.add_node(1, label="a")
    assert any("bootstrap" in ref for ref in external_references(net.generate_html()))


def test_the_page_has_no_external_reference_and_forbids_fetching(page):
    html = page.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert "default-src 'none'" in html  # the Content-Security-Policy meta tag
    assert "vis.Network" in html and "vis-network" in html  # the library is inlined


def test_the_legend_names_every_type_with_its_colour_and_a_filter(page):
    html = page.read_text(encoding="utf-8")
    legend = html[html.index('id="legend"'):html.index('id="details"')]
    for kind, style in NODE_STYLES.items():
        assert style.name in legend and style.color in legend and style.glyph in legend
        assert f'class="type-filter" value="{kind}" checked' in legend


def test_types_have_distinct_colours_and_shapes():
    assert len({style.color for style in NODE_STYLES.values()}) == len(NODE_STYLES)
    assert len({style.shape for style in NODE_STYLES.values()}) == len(NODE_STYLES)


def test_article_text_is_escaped(page):
    html = page.read_text(encoding="utf-8")
    assert SCRIPT_NAME not in html and "<img src=x" not in html
    assert "Thái Bình &lt;b&gt;mạng lưới&lt;/b&gt;" in html  # the title
    labels = {node["name"] for node in page_data(html)["nodes"]}
    assert {SCRIPT_NAME, HANDLER_NAME, "Ngô Đông Hải"} <= labels  # intact once parsed


def test_positions_are_computed_and_physics_is_off(page):
    data = page_data(page.read_text(encoding="utf-8"))
    assert data["options"]["physics"]["enabled"] is False
    positions = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(positions) == len(data["nodes"])  # every node placed, none on top of another


def test_node_size_follows_degree_and_parallel_edges_merge(page):
    data = page_data(page.read_text(encoding="utf-8"))
    value = {node["name"]: node["value"] for node in data["nodes"]}
    assert value["Ngô Đông Hải"] > value["Phạm Đồng Thụy"]
    by_label = {node["id"]: node["name"] for node in data["nodes"]}
    relations = {(by_label[e["from"]], by_label[e["to"]]): e for e in data["edges"]}
    chaired = relations[("Ngô Đông Hải", "Thường trực Tỉnh ủy làm việc với Sở")]
    assert chaired["relation"] == "chủ trì, chỉ đạo" and len(chaired["facts"]) == 2
    assert chaired["title"].startswith("chủ trì, chỉ đạo\n“Ngô Đông Hải chủ trì")
    assert relations[("Sở Thông tin và Truyền thông tỉnh Thái Bình", "Viettel")]["arrows"]["to"]["enabled"] is False


def test_long_names_are_cut_on_the_canvas_and_kept_whole_for_the_panel(tmp_path):
    g = nx.MultiDiGraph()
    long_name = "Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 của ngành"
    g.add_node("e", type="event", label=long_name)
    write_page(g, tmp_path / "long.html", title="Dài")
    node = page_data((tmp_path / "long.html").read_text(encoding="utf-8"))["nodes"][0]
    assert node["name"] == long_name
    assert node["label"].endswith("…") and len(node["label"]) <= 60 and long_name.startswith(node["label"][:-1])


def people_around_a_hub(people: int = 40) -> nx.MultiDiGraph:
    """`people` members of one body: the body is the most central node."""
    g = nx.MultiDiGraph()
    g.add_node("hub", type="organization", label="Ủy ban nhân dân tỉnh")
    for i in range(people):
        g.add_node(i, type="person", label=f"Người {i}")
        g.add_edge(i, "hub", label="Ủy viên")
    return g


def test_a_large_graph_is_pruned_by_degree_and_the_page_says_so(tmp_path):
    g = people_around_a_hub()
    for i in range(40, 60):
        g.add_node(i, type="event", label=f"Hội nghị {i}")  # unlinked: least central
    info = write_page(g, tmp_path / "big.html", title="Lớn", max_nodes=30)
    html = (tmp_path / "big.html").read_text(encoding="utf-8")
    assert (info.nodes_total, info.nodes_shown, info.pruned) == (61, 30, True)
    shown = {node["name"] for node in page_data(html)["nodes"]}
    assert len(shown) == 30 and "Ủy ban nhân dân tỉnh" in shown and "Hội nghị 45" not in shown
    note = re.search(r'<p id="pruned-note" role="note">(.*?)</p>', html, re.S).group(1)
    assert "61 nút" in note and "30 nút" in note


def test_pruning_draws_no_node_whose_links_were_all_pruned(tmp_path):
    g = nx.MultiDiGraph()
    for i in range(12):  # a body with twelve members
        g.add_node(i, type="person", label=f"Người {i}")
        g.add_edge(i, "hub", label="Ủy viên")
    g.add_node("hub", type="organization", label="Sở Nội vụ")
    g.add_node("province", type="province", label="Tỉnh")
    for i in range(5):  # a province named by five articles of no other link
        g.add_node(f"article {i}", type="article", label=f"Bài {i}")
        g.add_edge(f"article {i}", "province", label="địa bàn")
    info = write_page(g, tmp_path / "pruned.html", title="Tỉa", max_nodes=8)
    shown = {n["name"] for n in page_data((tmp_path / "pruned.html").read_text(encoding="utf-8"))["nodes"]}
    assert info.nodes_shown == 8 and "Tỉnh" not in shown  # its articles are pruned: it would stand alone
    assert shown == {"Sở Nội vụ", *(f"Người {i}" for i in range(7))}


def test_a_graph_within_the_limit_has_no_pruning_note(page):
    assert 'id="pruned-note"' not in page.read_text(encoding="utf-8")


def test_an_unknown_node_type_is_refused():
    g = sample_graph()
    g.add_node("x", type="district", label="Kỳ Anh")
    with pytest.raises(ValueError, match="type 'district'"):
        render_html(g, title="Hỏng")


def test_nodes_carry_provinces_roles_and_other_names_for_filters_and_search(page):
    html = page.read_text(encoding="utf-8")
    node = {n["name"]: n for n in page_data(html)["nodes"]}
    assert node["Ngô Đông Hải"]["roles"] == ["Bí thư", "chỉ đạo", "chủ trì"]  # of the edges it is the source of
    assert node["Ngô Đông Hải"]["provinces"] == ["Thái Bình"] and node["Viettel"]["provinces"] == []
    assert node["Sở Thông tin và Truyền thông tỉnh Thái Bình"]["aliases"] == ["Sở TT&TT Thái Bình"]
    provinces = html[html.index('id="province-filter"'):html.index('id="role-filter"')]
    assert re.findall(r"<option>(.*?)</option>", provinces) == ["Nam Định", "Thái Bình"]
    roles = html[html.index('id="role-filter"'):html.index('class="dates"')]
    groups = re.findall(r'<optgroup label="(.*?)">(.*?)</optgroup>', roles, re.S)
    assert [(name, re.findall(r"<option>(.*?)</option>", options)) for name, options in groups] == [
        ("Chức vụ", ["Bí thư", "Giám đốc"]),
        ("Vai trò tại sự kiện", ["chỉ đạo", "chủ trì", "dự", "phát biểu"]),
    ]
    assert 'id="date-from" type="date" min="2021-06-09" max="2024-03-12"' in html


def test_names_are_ranked_people_first_then_by_links(page):
    ranked = sorted(page_data(page.read_text(encoding="utf-8"))["nodes"], key=lambda n: n["rank"])
    assert [n["type"] for n in ranked[:5]] == ["person"] * 5
    assert ranked[0]["name"] == "Ngô Đông Hải"  # the person with the most links
    assert {n["type"] for n in ranked[-2:]} <= {"program", "article"}


def test_the_focus_and_the_paths_are_kept_when_pruning(tmp_path):
    g = people_around_a_hub()
    g.add_node("alone", type="event", label="Hội nghị riêng")  # least central of all
    info = write_page(g, tmp_path / "kept.html", title="Giữ", max_nodes=10, focus=["alone"])
    data = page_data((tmp_path / "kept.html").read_text(encoding="utf-8"))
    assert info.nodes_shown == 10 and "Hội nghị riêng" in {n["name"] for n in data["nodes"]}
    assert [data["nodes"][i]["name"] for i in data["focus"]] == ["Hội nghị riêng"]


def test_a_path_is_drawn_highlighted_and_handed_to_the_panel(tmp_path):
    view = connections(sample_graph(), "ngo dong hai", "viettel")
    write_page(view.graph, tmp_path / "path.html", title=view.title, paths=view.paths)
    data = page_data((tmp_path / "path.html").read_text(encoding="utf-8"))
    name = {n["id"]: n["name"] for n in data["nodes"]}
    assert [[name[i] for i in path] for path in data["paths"]] == [
        ["Ngô Đông Hải", "Sở Thông tin và Truyền thông tỉnh Thái Bình", "Viettel"]]
    assert all(edge["color"] == PATH_EDGE["color"] for edge in data["edges"])
    assert len(data["edges"]) == 2 and view.title == "Đường nối Ngô Đông Hải – Viettel"


# ---------------------------------------------------------------- graph from the store


DISTRICT_TEXT = "Sáng 3/5, Ủy ban nhân dân thị xã Kỳ Anh họp bàn kế hoạch năm.\nBộ Y tế đã ban hành hướng dẫn."
DISTRICT_BODY = "Ủy ban nhân dân thị xã Kỳ Anh"


def district_facts() -> ArticleFacts:
    """A district body, and a ministry the article names in passing (no relation)."""
    return extract_facts(Article(name="ky-anh-hop", source="corpus/ky-anh-hop.txt", text=DISTRICT_TEXT,
                                 date="2024-05-03"))


@pytest.fixture()
def store_graph(tmp_path) -> nx.MultiDiGraph:
    no_addressee = dataclasses.replace(
        visit_facts(), directives=[dataclasses.replace(visit_facts().directives[0], to=None)]
    )
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(no_addressee))
        store.replace_graph(facts_to_graph(district_facts()))
        return graph_from_store(store)


def attrs_of(g: nx.MultiDiGraph, label: str) -> dict:
    return next(attrs for _, attrs in g.nodes(data=True) if attrs["label"] == label)


def edges_between(g: nx.MultiDiGraph, source: str, target: str) -> dict[str, dict]:
    ids = {attrs["label"]: node for node, attrs in g.nodes(data=True)}
    return {attrs["label"]: attrs for attrs in g.get_edge_data(ids[source], ids[target], default={}).values()}


def test_the_store_graph_has_every_entity_with_its_type(store_graph):
    types = {attrs["label"]: attrs["type"] for _, attrs in store_graph.nodes(data=True)}
    assert types["Nguyễn Văn An"] == "person" and types[UBND] == "organization"
    assert types["Viettel"] == "firm" and types["Nam Định"] == "province"
    assert types[PROGRAM] == "program" and types["Hội nghị triển khai Đề án chuyển đổi số"] == "event"
    assert types["Nam Định triển khai Đề án chuyển đổi số"] == "article"
    assert set(types.values()) <= set(NODE_STYLES)
    person = next(a for _, a in store_graph.nodes(data=True) if a["label"] == "Nguyễn Văn An")
    assert person["province"] == "Nam Định" and person["dates"] == ["2024-03-12"]
    assert any(f["evidence"] and "Nguyễn Văn An" in f["evidence"] for f in person["facts"])


def test_posts_and_event_roles_are_labelled_edges_with_evidence(store_graph):
    post = edges_between(store_graph, "Nguyễn Văn An", UBND)["Phó Chủ tịch"]
    assert post["facts"][0]["evidence"].startswith("Đồng chí Nguyễn Văn An, Phó Chủ tịch")
    assert post["facts"][0]["source"] == "Nam Định triển khai Đề án chuyển đổi số"
    roles = edges_between(store_graph, "Nguyễn Văn An", "Hội nghị triển khai Đề án chuyển đổi số")
    assert set(roles) == {"chủ trì", "chỉ đạo"}
    assert set(edges_between(store_graph, "Lê Thị Bình", "Hội nghị triển khai Đề án chuyển đổi số")) == {"dự"}


def test_directives_hierarchy_partnerships_and_program_mentions_are_edges(store_graph):
    directive = edges_between(store_graph, "Nguyễn Văn An", SO_TTTT)["chỉ đạo"]
    assert directive["facts"][0]["text"] == "khẩn trương hoàn thiện kế hoạch chuyển đổi số"
    assert edges_between(store_graph, SO_TTTT, UBND)  # org:subOrganizationOf
    partnership = edges_between(store_graph, "Viettel", UBND) or edges_between(store_graph, UBND, "Viettel")
    assert [edge["symmetric"] for edge in partnership.values()] == [True]
    assert edges_between(store_graph, PROGRAM, "Nam Định triển khai Đề án chuyển đổi số")


def test_a_directive_to_no_body_is_a_fact_of_its_author(store_graph):
    author = next(a for _, a in store_graph.nodes(data=True) if a["label"] == "Phạm Quốc Dũng")
    assert any(f["text"].endswith("nâng cao chất lượng khám chữa bệnh") for f in author["facts"])


def test_every_node_carries_a_province_name(store_graph):
    province = {attrs["label"]: attrs["province"] for _, attrs in store_graph.nodes(data=True)}
    assert province[UBND] == province[SO_TTTT] == province["Nguyễn Văn An"] == "Nam Định"
    assert province[PROGRAM] == province["Nam Định"] == "Nam Định"
    assert province[DISTRICT_BODY] == "Hà Tĩnh"  # a district's province, not "thị xã Kỳ Anh"
    assert province["Bộ Y tế"] is None and province["Viettel"] is None  # national: no province


def test_edges_say_their_category_and_role_and_facts_their_source(store_graph):
    post = edges_between(store_graph, "Nguyễn Văn An", UBND)["Phó Chủ tịch"]
    assert (post["category"], post["role"]) == ("memberships", "Phó Chủ tịch")
    assert post["facts"][0]["url"] == "https://example.gov.vn/tin-tuc/nam-dinh-chuyen-doi-so"
    assert post["facts"][0]["file"] == "corpus/nam-dinh-hoi-nghi.txt" and post["facts"][0]["date"] == "2024-03-12"
    chaired = edges_between(store_graph, "Nguyễn Văn An", "Hội nghị triển khai Đề án chuyển đổi số")["chủ trì"]
    assert (chaired["category"], chaired["role"]) == ("participations", "chủ trì")
    directive = edges_between(store_graph, "Nguyễn Văn An", SO_TTTT)["chỉ đạo"]
    assert directive["category"] == "directives" and "role" not in directive


def test_top_bodies_are_linked_to_their_province_and_provinces_to_their_merger(store_graph):
    assert [e["category"] for e in edges_between(store_graph, UBND, "Nam Định").values()] == ["located_in"]
    assert not edges_between(store_graph, SO_TTTT, "Nam Định")  # it reaches it through its parent
    merged = edges_between(store_graph, "Nam Định", "Ninh Bình")
    assert [(e["category"], e["facts"][0]["text"]) for e in merged.values()] == [
        ("merged_into", "sáp nhập vào Ninh Bình (2025-07-01)")]


def test_a_body_named_in_passing_is_linked_to_its_article(store_graph):
    ministry = next(node for node, attrs in store_graph.nodes(data=True) if attrs["label"] == "Bộ Y tế")
    links = list(store_graph.edges(ministry, data=True))
    assert [(store_graph.nodes[target]["type"], attrs["category"]) for _, target, attrs in links] == [
        ("article", "reported_in")]
    assert links[0][2]["facts"][0]["evidence"] == "Bộ Y tế đã ban hành hướng dẫn."


def test_the_store_graph_renders(store_graph, tmp_path):
    info = write_page(store_graph, tmp_path / "kg.html", title="Kho")
    assert info.nodes_shown == store_graph.number_of_nodes()
    assert "Nguyễn Văn An" in {n["name"] for n in page_data((tmp_path / "kg.html").read_text())["nodes"]}


# ---------------------------------------------------------------- in the browser


def node_id(page_file: Path, label: str) -> str:
    return str(next(n["id"] for n in page_data(page_file.read_text(encoding="utf-8"))["nodes"] if n["name"] == label))


@pytest.mark.browser
@requires_chromium
def test_the_page_draws_the_network_and_its_legend(page):
    dom = dump_dom(page.as_uri())
    assert re.search(r'<div id="network"[^>]*>.*?<canvas', dom, re.S)
    assert 'data-drawn="true"' in dom
    assert dom.count('class="type-filter"') == len(NODE_STYLES)
    assert "Đang hiển thị 13 / 13 nút" in dom


@pytest.mark.browser
@requires_chromium
def test_the_screenshot_shows_nodes_in_their_type_colours(page, tmp_path):
    png = tmp_path / "view.png"
    screenshot(page.as_uri(), png)
    canvas = png_pixels(png)[55:895, :900, :3].reshape(-1, 3)  # below the header, left of the panel
    colours = {"#%02X%02X%02X" % tuple(c): n for c, n in zip(*np.unique(canvas, axis=0, return_counts=True))}
    assert len(colours) > 20  # not blank
    for style in NODE_STYLES.values():
        assert colours.get(style.color, 0) > 20, f"no {style.name} node drawn in {style.color}"


@pytest.mark.browser
@requires_chromium
def test_search_without_diacritics_focuses_the_node(page):
    dom = dump_dom(page.as_uri() + "#search=ngo%20dong%20hai")
    assert f'data-focused="{node_id(page, "Ngô Đông Hải")}"' in dom
    assert "<h3>Ngô Đông Hải</h3>" in dom
    assert "Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy phát biểu." in dom  # its evidence


@pytest.mark.browser
@requires_chromium
def test_type_filters_hide_nodes(page):
    dom = dump_dom(page.as_uri() + "#hide=event,article")
    assert 'data-hidden-types="article,event"' in dom
    assert 'data-visible-nodes="11"' in dom


@pytest.mark.browser
@requires_chromium
def test_hostile_names_are_shown_as_text(page):
    for query, name in (("script", SCRIPT_NAME), ("onerror", HANDLER_NAME)):
        dom = dump_dom(page.as_uri() + "#search=" + query)
        assert f'data-focused="{node_id(page, name)}"' in dom
        assert "data-injected" not in dom and SCRIPT_NAME not in dom
    assert "<h3>&lt;img src=x onerror=" in dom


@pytest.mark.browser
@requires_chromium
def test_the_page_makes_no_network_request(page, tmp_path):
    probe = tmp_path / "probe.html"
    probe.write_text('<img src="http://127.0.0.1:9/probe.png">', encoding="utf-8")
    assert page_requests(probe.as_uri(), tmp_path) == ["http://127.0.0.1:9/probe.png"]  # the detector works
    assert page_requests(page.as_uri(), tmp_path) == []


@pytest.mark.browser
@requires_chromium
def test_province_role_and_date_filters_hide_nodes(page):
    # Thái Bình: its 7 nodes, and the 4 of no province linked to them (2 hostile names, Viettel, the plan).
    dom = dump_dom(page.as_uri() + "#province=Th%C3%A1i%20B%C3%ACnh")
    assert 'data-province="Thái Bình"' in dom and 'data-visible-nodes="11"' in dom
    # Giám đốc: the other four people are hidden.
    dom = dump_dom(page.as_uri() + "#role=Gi%C3%A1m%20%C4%91%E1%BB%91c")
    assert 'data-role="Giám đốc"' in dom and 'data-visible-nodes="9"' in dom
    # From 2024: the three nodes dated 2021 are hidden; undated nodes stay.
    dom = dump_dom(page.as_uri() + "#from=2024-01-01")
    assert 'data-dates="2024-01-01/"' in dom and 'data-visible-nodes="10"' in dom


@pytest.mark.browser
@requires_chromium
def test_the_panel_links_sources_with_a_web_address_only(page):
    dom = dump_dom(page.as_uri() + "#search=ngo%20dong%20hai")
    assert re.search(r'<a href="https://example.gov.vn/tin/thu" target="_blank" rel="noopener noreferrer">Bài thử</a>', dom)
    assert 'href="javascript:' not in dom and "data-injected" not in dom
    assert "(bai-thu.txt)" in dom  # no address: the file it was read from
    assert "<h3>Chức vụ theo thời gian</h3>" in dom and "<h3>Sự kiện đã dự</h3>" in dom


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[nx.MultiDiGraph, Path]:
    """The graph of the bundled sample articles, and its page."""
    root = tmp_path_factory.mktemp("demo")
    with open_store(root / "store") as store:
        build([SAMPLE], store, LEXICON)
        graph = graph_from_store(store)
    write_page(graph, root / "demo.html", title="Mẫu")
    return graph, root / "demo.html"


@pytest.mark.browser
@requires_chromium
def test_the_demo_page_names_every_person_when_it_opens(demo, tmp_path):
    graph, page_file = demo
    data = page_data(page_file.read_text(encoding="utf-8"))
    with open_page(page_file.as_uri()) as tab:
        tab.wait_for("document.body?.dataset.drawn")
        labelled = {int(i) for i in tab.evaluate("document.body.dataset.labelled").split(",")}
        legend = tab.evaluate("JSON.stringify(document.getElementById('legend').getBoundingClientRect())")
        tab.screenshot(tmp_path / "demo.png")
    people = {n["id"] for n in data["nodes"] if n["type"] == "person"}
    assert len(people) >= 15 and people <= labelled
    biggest_bodies = sorted((n for n in data["nodes"] if n["type"] == "organization"), key=lambda n: -n["value"])[:3]
    assert {n["id"] for n in biggest_bodies} <= labelled
    box = json.loads(legend)
    assert box["width"] > 200 and box["height"] > 150 and box["right"] <= 1280 and box["top"] < 900
    canvas = png_pixels(tmp_path / "demo.png")[60:890, :930, :3]
    assert len(np.unique(canvas.reshape(-1, 3), axis=0)) > 20  # not blank
    assert (canvas.max(axis=2) < 90).sum() > 3000  # dark pixels: names written on the canvas


# The boxes (screen pixels) of the names vis-network drew, of the nodes shown, and the canvas size.
DRAWN_BOXES = """(() => {
  const network = document.getElementById("network").network;
  const canvas = network.canvas.frame.canvas;
  const box = (left, top, width, height) => {
    const a = network.canvasToDOM({ x: left, y: top }), b = network.canvasToDOM({ x: left + width, y: top + height });
    return [a.x, a.y, b.x, b.y];
  };
  const labelled = document.body.dataset.labelled.split(",").filter((id) => id).map(Number);
  const shown = Object.values(network.body.nodes).filter((node) => !node.options.hidden);
  return {
    size: [canvas.clientWidth, canvas.clientHeight],
    names: labelled.map((id) => [id, box(...["left", "top", "width", "height"].map((k) => network.body.nodes[id].labelModule.size[k]))]),
    nodes: shown.map((node) => [node.id, box(node.shape.left, node.shape.top, node.shape.width, node.shape.height)]),
  };
})()"""


def meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.browser
@requires_chromium
def test_names_fit_the_canvas_and_cover_no_other_name_or_node_when_zooming_and_moving(demo):
    _, page_file = demo
    with open_page(page_file.as_uri()) as tab:
        tab.wait_for("document.body?.dataset.drawn")
        for move, event in (("", ""), ("network.moveTo({ scale: network.getScale() * 2 })", "zoom"),
                            ("network.moveTo({ position: { x: network.getViewPosition().x + 300,"
                             " y: network.getViewPosition().y } })", "dragEnd")):
            tab.evaluate(f"(() => {{ const network = document.getElementById('network').network; {move};"
                         f" if ('{event}') network.emit('{event}', {{}}); return 0 }})()")
            time.sleep(0.5)  # the names are placed again 150 ms after the picture stops
            drawn = tab.evaluate(DRAWN_BOXES)
            width, height = drawn["size"]
            names, nodes = drawn["names"], drawn["nodes"]
            assert len(names) >= 10, move
            for id_, name in names:
                assert name[0] >= 0 and name[1] >= 0 and name[2] <= width and name[3] <= height, (move, id_)
                assert not [other for other, shape in nodes if other != id_ and meet(name, shape)], (move, id_)
                assert not [other for other, box in names if other != id_ and meet(name, box)], (move, id_)


@pytest.mark.browser
@requires_chromium
def test_the_demo_page_makes_no_network_request(demo, tmp_path):
    assert page_requests(demo[1].as_uri(), tmp_path) == []


@pytest.mark.browser
@requires_chromium
def test_a_focus_page_opens_on_its_subject(demo, tmp_path):
    view = neighbourhood(demo[0], "pham duy hung", 1)
    write_page(view.graph, tmp_path / "focus.html", title=view.title, focus=view.focus)
    dom = dump_dom((tmp_path / "focus.html").as_uri())
    assert f'data-visible-nodes="{view.graph.number_of_nodes()}"' in dom
    assert "<h3>Phạm Duy Hưng</h3>" in dom and "<h3>Chức vụ theo thời gian</h3>" in dom
    assert "Ủy ban nhân dân tỉnh Bắc Kạn" in dom  # the body where he holds a post, in the panel


@pytest.mark.browser
@requires_chromium
def test_hovering_a_person_shows_their_posts_and_events(demo, tmp_path):
    view = neighbourhood(demo[0], "pham duy hung", 1)
    write_page(view.graph, tmp_path / "focus.html", title=view.title, focus=view.focus)
    with open_page((tmp_path / "focus.html").as_uri()) as tab:
        tab.wait_for("document.body?.dataset.drawn")
        tab.screenshot(tmp_path / "focus.png")
        pixels = png_pixels(tmp_path / "focus.png")[:, :930, :3]
        red, green, blue = (pixels[:, :, channel].astype(int) for channel in range(3))
        # The one person: its orange (#E69F00), lighter while selected.
        ys, xs = np.nonzero((red > 200) & (green > 130) & (green < 200) & (blue < 90))
        for step in (0, 2):  # vis-network shows a tooltip after the pointer moved over the node
            tab.browser.call("Input.dispatchMouseEvent",
                             {"type": "mouseMoved", "x": float(np.median(xs)) + step, "y": float(np.median(ys))},
                             tab.session)
        tooltip = tab.wait_for("document.querySelector('.vis-tooltip')?.textContent")
    assert tooltip.startswith("Phạm Duy HưngNgười · Bắc Kạn")
    assert "Phó Chủ tịch: Ủy ban nhân dân tỉnh Bắc Kạn (07/06/2023)" in tooltip
    assert re.search(r"(chủ trì, chỉ đạo|chỉ đạo, chủ trì): Làm việc với Sở Thông tin và Truyền thông \(07/06/2023\)",
                     tooltip)


@pytest.mark.browser
@requires_chromium
def test_a_path_page_lists_the_steps_and_their_facts(demo, tmp_path):
    view = connections(demo[0], "Ngô Đông Hải", "Tỉnh ủy Thái Bình")
    write_page(view.graph, tmp_path / "path.html", title=view.title, paths=view.paths)
    dom = dump_dom((tmp_path / "path.html").as_uri())
    steps = re.search(r'<ol class="path">(.*?)</ol>', dom, re.S).group(1)
    names = re.findall(r'<button class="link-button" type="button">(.*?)</button>', steps)
    assert names == ["Ngô Đông Hải", "Tỉnh ủy Thái Bình"]
    assert "↓ Bí thư" in steps and "<blockquote>" in steps  # the relation and its sentence


# ---------------------------------------------------------------- layout


def test_the_layout_is_reproducible_and_keeps_pieces_apart():
    g = nx.MultiDiGraph()
    nx.add_path(g, ["a1", "a2", "a3", "a4"])
    nx.add_path(g, ["b1", "b2", "b3"])
    g.add_node("alone")
    first, again = force_layout(g), force_layout(g)
    assert first == again and len(set(first.values())) == 8

    def box(names):
        xs, ys = zip(*(first[n] for n in names))
        return min(xs), max(xs), min(ys), max(ys)

    a, b = box(["a1", "a2", "a3", "a4"]), box(["b1", "b2", "b3"])
    assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]  # bounding boxes do not meet
    linked = np.hypot(*np.subtract(first["a1"], first["a2"]))
    assert linked < np.hypot(*np.subtract(first["a1"], first["a4"]))


def overlapping_boxes(positions: dict, boxes: dict) -> int:
    """Pairs of name boxes (screen pixels) that overlap at the zoom that fits the picture."""
    scale = _fit_scale(np.array(list(positions.values())))
    named = list(boxes)
    return sum(
        all(abs(positions[a][axis] - positions[b][axis]) * scale < (boxes[a][axis] + boxes[b][axis]) / 2
            for axis in (0, 1))
        for i, a in enumerate(named) for b in named[i + 1:]
    )


def test_the_layout_makes_room_for_the_names_it_is_given():
    g = nx.MultiDiGraph()
    for i in range(16):  # a meeting with sixteen attendees: a crowded ring
        g.add_edge(f"person {i}", "meeting")
    boxes = {f"person {i}": (120.0, 45.0) for i in range(16)}
    assert overlapping_boxes(force_layout(g), boxes) > 0  # without room made, names collide
    assert overlapping_boxes(force_layout(g, labels=boxes), boxes) == 0


def test_the_layout_keeps_the_names_it_is_given_off_the_other_nodes():
    g = nx.MultiDiGraph()
    for i in range(16):  # a meeting with sixteen attendees, each reported in an article
        g.add_edge(f"person {i}", "meeting")
        g.add_edge(f"person {i}", f"article {i}")
    boxes = {f"person {i}": (120.0, 45.0) for i in range(16)}
    sizes = {node: 20.0 for node in g if node not in boxes}

    def covered(positions) -> int:
        """(name, node) pairs where the name's box (hanging below its node) covers the node's square."""
        scale = _fit_scale(np.array(list(positions.values())))
        return sum(abs(positions[name][0] - positions[node][0]) * scale < (width / 2 + sizes[node] * scale)
                   and -sizes[node] * scale < (positions[node][1] - positions[name][1]) * scale < height
                   + sizes[node] * scale
                   for name, (width, height) in boxes.items() for node in sizes)

    assert covered(force_layout(g, labels=boxes)) > 0  # names made room for each other only
    assert covered(force_layout(g, labels=boxes, sizes=sizes)) == 0


def test_an_empty_graph_gives_an_empty_page():
    info = render_html(nx.MultiDiGraph(), title="Trống")
    assert (info.nodes_total, info.nodes_shown, info.edges_shown) == (0, 0, 0)
    assert page_data(info.html)["nodes"] == []
