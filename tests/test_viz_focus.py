"""Focused views: finding entities by name, neighbourhoods, paths, and `kg view`'s options."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import networkx as nx
import pytest

from kg.cli import main
from kg.mapping import facts_to_graph
from kg.store import open_store
from kg_fixtures import SO_TTTT, UBND, meeting_facts, visit_facts
from viz.focus import FocusError, connections, entities_named, neighbourhood


def graph() -> nx.MultiDiGraph:
    """Two people of one body, one of them at a meeting reported in an article that
    also names a second meeting; a second body in another province, unlinked."""
    g = nx.MultiDiGraph()
    for node, kind, label in [
        ("an", "person", "Nguyễn Văn An"), ("binh", "person", "Lê Thị Bình"),
        ("ubnd", "organization", "Ủy ban nhân dân tỉnh Nam Định"), ("meeting", "event", "Hội nghị chuyển đổi số"),
        ("other", "event", "Hội nghị du lịch"), ("article", "article", "Nam Định triển khai chuyển đổi số"),
        ("guest", "person", "Trần Văn Khách"), ("syt", "organization", "Sở Y tế tỉnh Ninh Bình"),
        ("an2", "person", "Nguyễn Văn Anh"),
    ]:
        g.add_node(node, type=kind, label=label, aliases=["UBND tỉnh Nam Định"] if node == "ubnd" else [])
    g.add_edge("an", "ubnd", label="Phó Chủ tịch")
    g.add_edge("binh", "ubnd", label="Ủy viên")
    g.add_edge("an", "meeting", label="chủ trì")
    g.add_edge("meeting", "article", label="được nêu trong")
    g.add_edge("other", "article", label="được nêu trong")
    g.add_edge("guest", "other", label="dự")
    return g


def labels(g: nx.MultiDiGraph) -> set[str]:
    return {attrs["label"] for _, attrs in g.nodes(data=True)}


# ---------------------------------------------------------------- names


def test_names_match_without_diacritics_or_case_and_on_other_names():
    g = graph()
    assert entities_named(g, "nguyen van an") == ["an"]  # not "Nguyễn Văn Anh": the whole name wins
    assert entities_named(g, "UBND TINH NAM DINH") == ["ubnd"]
    assert entities_named(g, "Thị Bình") == ["binh"]  # part of one name only, word by word


def test_unknown_and_ambiguous_names_are_one_line_errors():
    with pytest.raises(FocusError, match="no entity named 'Phạm Văn Không' in the graph"):
        entities_named(graph(), "Phạm Văn Không")
    with pytest.raises(FocusError, match="'hoi nghi' is part of several names: Hội nghị du lịch; Hội nghị chuyển đổi số"):
        entities_named(graph(), "hoi nghi")
    with pytest.raises(FocusError, match="not a name"):
        entities_named(graph(), " - ")


# ---------------------------------------------------------------- neighbourhoods and paths


def test_a_neighbourhood_grows_with_its_depth_but_not_through_articles():
    g = graph()
    assert labels(neighbourhood(g, "Nguyễn Văn An", 0).graph) == {"Nguyễn Văn An"}
    assert labels(neighbourhood(g, "Nguyễn Văn An", 1).graph) == {
        "Nguyễn Văn An", "Ủy ban nhân dân tỉnh Nam Định", "Hội nghị chuyển đổi số"}
    deeper = neighbourhood(g, "Nguyễn Văn An", 3)
    assert labels(deeper.graph) == {
        "Nguyễn Văn An", "Ủy ban nhân dân tỉnh Nam Định", "Hội nghị chuyển đổi số", "Lê Thị Bình",
        "Nam Định triển khai chuyển đổi số"}  # the article is reached, the other meeting in it is not
    assert deeper.focus == ["an"] and deeper.title.startswith("Nguyễn Văn An")
    assert "Hội nghị du lịch" in labels(neighbourhood(g, "Nam Định triển khai", 1).graph)  # an article as focus


def test_a_path_follows_the_links_in_order_and_keeps_only_its_steps():
    view = connections(graph(), "le thi binh", "tran van khach")
    assert [[view.graph.nodes[n]["label"] for n in path] for path in view.paths] == [[
        "Lê Thị Bình", "Ủy ban nhân dân tỉnh Nam Định", "Nguyễn Văn An", "Hội nghị chuyển đổi số",
        "Nam Định triển khai chuyển đổi số", "Hội nghị du lịch", "Trần Văn Khách"]]
    assert view.graph.number_of_edges() == 6 and view.title == "Đường nối Lê Thị Bình – Trần Văn Khách"


def test_unconnected_or_identical_ends_are_errors():
    with pytest.raises(FocusError, match="'Sở Y tế tỉnh Ninh Bình' and 'nguyen van an' are not connected"):
        connections(graph(), "Sở Y tế tỉnh Ninh Bình", "nguyen van an")
    with pytest.raises(FocusError, match="name the same entity"):
        connections(graph(), "UBND tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định")


def test_every_shortest_path_is_kept():
    g = graph()
    g.add_edge("binh", "meeting", label="dự")  # now two ways of one length from the body to the meeting
    view = connections(g, "Ủy ban nhân dân tỉnh Nam Định", "Hội nghị chuyển đổi số")
    middles = sorted(view.graph.nodes[path[1]]["label"] for path in view.paths)
    assert middles == ["Lê Thị Bình", "Nguyễn Văn An"]


# ---------------------------------------------------------------- kg view


@pytest.fixture()
def store_dir(tmp_path) -> str:
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(visit_facts()))
    return str(tmp_path / "kg")


def page_nodes(path) -> set[str]:
    html = path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', html, re.S).group(1))
    return {node["name"] for node in data["nodes"]}


def test_kg_view_focus_writes_the_neighbourhood(store_dir, tmp_path, capsys):
    out = tmp_path / "focus.html"
    assert main(["view", "--store", store_dir, "--out", str(out), "--focus", "nguyen van an"]) == 0
    shown = page_nodes(out)
    assert {"Nguyễn Văn An", UBND, SO_TTTT} <= shown and "Phạm Quốc Dũng" not in shown
    assert capsys.readouterr().out.startswith(f"wrote {out} ({len(shown)} nodes")
    assert main(["view", "--store", store_dir, "--out", str(out), "--focus", "Nguyễn Văn An", "--depth", "2"]) == 0
    assert len(page_nodes(out)) > len(shown)


def test_kg_view_path_and_max_nodes(store_dir, tmp_path, capsys):
    out = tmp_path / "path.html"
    assert main(["view", "--store", store_dir, "--out", str(out), "--path", "le thi binh", "Viettel"]) == 0
    assert {"Lê Thị Bình", "Viettel"} <= page_nodes(out)
    assert main(["view", "--store", store_dir, "--out", str(out), "--max-nodes", "5"]) == 0
    assert len(page_nodes(out)) == 5 and "the 5 most central of" in capsys.readouterr().out


@pytest.mark.parametrize("options, message", [
    (["--focus", "Không Ai Cả"], "no entity named 'Không Ai Cả' in the graph"),
    (["--path", "Nguyễn Văn An", "Không Ai Cả"], "no entity named 'Không Ai Cả'"),
    (["--depth", "2"], "--depth goes with --focus NAME"),
    (["--focus", "Nguyễn Văn An", "--depth", "-1"], "--depth must be 0 or more"),
    (["--max-nodes", "0"], "argument --max-nodes: must be at least 1, got 0"),
])
def test_kg_view_refuses_bad_options_in_one_line(store_dir, tmp_path, capsys, options, message):
    out = tmp_path / "bad.html"
    assert main(["view", "--store", store_dir, "--out", str(out), *options]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error and not out.exists()


def test_the_same_store_gives_the_same_page_in_every_run(store_dir, tmp_path):
    """Python orders sets differently from run to run; the picture must not follow."""
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"run-{seed}.html"
        code = f"from kg.cli import main; main(['view', '--store', {store_dir!r}, '--out', {str(out)!r}, '--focus', 'Nguyễn Văn An'])"
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
