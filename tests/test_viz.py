"""The network view: the HTML file (offline, escaped, pruned), the graph read from the
store with SPARQL, and the page in headless Chromium (drawn, searchable, filterable)."""
from __future__ import annotations

import dataclasses
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from pyvis.network import Network

from chromium import dump_dom, page_requests, png_pixels, requires_chromium, screenshot
from kg.store import open_store
from kg_fixtures import PROGRAM, SO_TTTT, UBND, meeting_facts, visit_facts
from viz.graph import graph_from_store
from viz.html import NODE_STYLES, render_html
from viz.layout import force_layout

SCRIPT_NAME = "<script>alert(1)</script>"
# If this name were ever parsed as HTML, its handler would mark the page.
HANDLER_NAME = "<img src=x onerror=\"document.body.dataset.injected='yes'\">"


def fact(text: str, sentence: str | None = None) -> dict:
    return {"text": text, "evidence": sentence, "date": "2021-06-09", "source": "bai-thu.txt"}


def sample_graph() -> nx.MultiDiGraph:
    """One node of every type, a chair who also directed, and two hostile names."""
    g = nx.MultiDiGraph()
    g.add_node("hai", type="person", label="Ngô Đông Hải", province="Thái Bình",
               facts=[fact("Bí thư Tỉnh ủy Thái Bình", "Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy phát biểu.")])
    g.add_node("thuy", type="person", label="Phạm Đồng Thụy")
    g.add_node("script", type="person", label=SCRIPT_NAME)
    g.add_node("handler", type="person", label=HANDLER_NAME)
    g.add_node("tinhuy", type="organization", label="Tỉnh ủy Thái Bình", province="tỉnh Thái Bình")
    g.add_node("so", type="organization", label="Sở Thông tin và Truyền thông tỉnh Thái Bình")
    g.add_node("thaibinh", type="province", label="Thái Bình")
    g.add_node("meeting", type="event", label="Thường trực Tỉnh ủy làm việc với Sở", dates=["2021-06-09"])
    g.add_node("viettel", type="firm", label="Viettel")
    g.add_node("plan", type="program", label="Đề án chuyển đổi số tỉnh Thái Bình giai đoạn 2021 – 2025")
    g.add_node("article", type="article", label="Thường trực Tỉnh ủy làm việc với Sở TT&TT")
    g.add_edge("hai", "tinhuy", label="Bí thư")
    g.add_edge("hai", "meeting", label="chủ trì", facts=[fact("chủ trì", "Ngô Đông Hải chủ trì buổi làm việc.")])
    g.add_edge("hai", "meeting", label="chỉ đạo", facts=[fact("chỉ đạo", "Ngô Đông Hải chỉ đạo.")])
    g.add_edge("thuy", "meeting", label="dự")
    g.add_edge("script", "meeting", label="phát biểu")
    g.add_edge("handler", "meeting", label="dự")
    g.add_edge("hai", "so", label="chỉ đạo")
    g.add_edge("so", "tinhuy", label="trực thuộc")
    g.add_edge("tinhuy", "thaibinh", label="địa bàn")
    g.add_edge("so", "viettel", label="hợp tác", symmetric=True)
    g.add_edge("plan", "article", label="được nêu trong")
    g.add_edge("meeting", "article", label="được nêu trong")
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


@pytest.fixture()
def page(tmp_path) -> Path:
    out = tmp_path / "view.html"
    render_html(sample_graph(), out, title="Thái Bình <b>mạng lưới</b>")
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
    render_html(g, tmp_path / "long.html", title="Dài")
    node = page_data((tmp_path / "long.html").read_text(encoding="utf-8"))["nodes"][0]
    assert node["name"] == long_name
    assert node["label"].endswith("…") and len(node["label"]) <= 60 and long_name.startswith(node["label"][:-1])


def test_a_large_graph_is_pruned_by_degree_and_the_page_says_so(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("hub", type="organization", label="Ủy ban nhân dân tỉnh")
    for i in range(40):
        g.add_node(i, type="person", label=f"Người {i}")
        g.add_edge(i, "hub", label="Ủy viên")
    for i in range(40, 60):
        g.add_node(i, type="event", label=f"Hội nghị {i}")  # unlinked: least central
    info = render_html(g, tmp_path / "big.html", title="Lớn", max_nodes=30)
    html = (tmp_path / "big.html").read_text(encoding="utf-8")
    assert (info.nodes_total, info.nodes_shown, info.pruned) == (61, 30, True)
    shown = {node["name"] for node in page_data(html)["nodes"]}
    assert len(shown) == 30 and "Ủy ban nhân dân tỉnh" in shown and "Hội nghị 45" not in shown
    note = re.search(r'<p id="pruned-note" role="note">(.*?)</p>', html, re.S).group(1)
    assert "61 nút" in note and "30 nút" in note


def test_a_graph_within_the_limit_has_no_pruning_note(page):
    assert 'id="pruned-note"' not in page.read_text(encoding="utf-8")


def test_an_unknown_node_type_is_refused_and_the_old_page_is_kept(page):
    before = page.read_text(encoding="utf-8")
    g = sample_graph()
    g.add_node("x", type="district", label="Kỳ Anh")
    with pytest.raises(ValueError, match="type 'district'"):
        render_html(g, page, title="Hỏng")
    assert page.read_text(encoding="utf-8") == before
    assert not list(page.parent.glob("*.tmp"))


# ---------------------------------------------------------------- graph from the store


@pytest.fixture()
def store_graph(tmp_path) -> nx.MultiDiGraph:
    no_addressee = dataclasses.replace(
        visit_facts(), directives=[dataclasses.replace(visit_facts().directives[0], to=None)]
    )
    with open_store(tmp_path / "kg") as store:
        store.replace_article(meeting_facts())
        store.replace_article(no_addressee)
        return graph_from_store(store)


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


def test_the_store_graph_renders(store_graph, tmp_path):
    info = render_html(store_graph, tmp_path / "kg.html", title="Kho")
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
    assert "Đang hiển thị 11 / 11 nút" in dom


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
    assert 'data-visible-nodes="9"' in dom


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


def test_an_empty_graph_gives_an_empty_page(tmp_path):
    info = render_html(nx.MultiDiGraph(), tmp_path / "empty.html", title="Trống")
    assert (info.nodes_total, info.nodes_shown, info.edges_shown) == (0, 0, 0)
    assert page_data((tmp_path / "empty.html").read_text(encoding="utf-8"))["nodes"] == []
