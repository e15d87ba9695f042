"""`kg export`: RDF that re-parses to the stored graphs, a network Gephi can open (GraphML,
GEXF) and a CSV table, written atomically or to stdout."""
from __future__ import annotations

import csv
import io
import os
import re
import stat

import networkx as nx
import pytest
from kg_fixtures import meeting_facts, two_article_store, visit_facts
from rdflib import Dataset, Graph, Literal

import kg.files
from kg import vocab
from kg.cli import main
from kg.export import RDF_FORMATS
from kg.files import write_atomically
from kg.mapping import facts_to_graph
from kg.store import open_store
from kg.store.graphs import ONTOLOGY_GRAPH, article_graph_iri
from viz.export import NETWORK_FORMATS
from viz.graph import graph_from_store
from viz.html import NODE_STYLES

CHAIR_SENTENCE = "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nam Định chủ trì hội nghị."


def plain(triples) -> set:
    """Triples with `"x"^^xsd:string` written as `"x"` (Oxigraph states the datatype)."""
    return {
        tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == vocab.XSD.string else t for t in triple)
        for triple in triples
    }


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return two_article_store(tmp_path_factory.mktemp("export") / "store")


@pytest.fixture(scope="module")
def exported(store_dir):
    """Every format, and what the store holds to compare with."""
    with open_store(store_dir) as store:
        files = {fmt: export(store) for fmt, export in {**RDF_FORMATS, **NETWORK_FORMATS}.items()}
        merged = plain(store.graph)
        view = graph_from_store(store)
    return files, merged, view


def test_turtle_and_jsonld_reparse_to_the_merged_graph(exported):
    files, merged, _ = exported
    turtle = Graph().parse(data=files["turtle"].decode("utf-8"), format="turtle")
    assert plain(turtle) == merged
    assert b"@prefix kgo: <https://w3id.org/vn-gov-kg/ontology#>" in files["turtle"]
    jsonld = Graph().parse(data=files["jsonld"].decode("utf-8"), format="json-ld")
    assert plain(jsonld) == merged


def test_nquads_keep_each_article_in_its_named_graph(exported):
    files, _, _ = exported
    dataset = Dataset()
    dataset.parse(data=files["nquads"].decode("utf-8"), format="nquads")
    graphs = {graph.identifier: graph for graph in dataset.graphs() if len(graph)}
    assert set(graphs) == {article_graph_iri("nam-dinh-hoi-nghi"), article_graph_iri("ninh-binh-lam-viec"),
                           ONTOLOGY_GRAPH}
    assert plain(graphs[article_graph_iri("ninh-binh-lam-viec")]) == plain(facts_to_graph(visit_facts()))
    assert plain(graphs[article_graph_iri("nam-dinh-hoi-nghi")]) == plain(facts_to_graph(meeting_facts()))


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_reopen_with_types_and_labels(exported, tmp_path, fmt, read):
    files, _, view = exported
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(files[fmt])
    graph = read(path)
    assert set(graph.nodes) == set(view.nodes)
    assert graph.number_of_edges() == view.number_of_edges()  # parallel relations stay apart
    for node, attrs in graph.nodes(data=True):
        assert attrs["type"] == view.nodes[node]["type"] in NODE_STYLES
        assert attrs["label"] == view.nodes[node]["label"]
    assert all(attrs.get("label") for _, _, attrs in graph.edges(data=True))
    people = {attrs["label"]: node for node, attrs in graph.nodes(data=True) if attrs["type"] == "person"}
    chair = people["Nguyễn Văn An"]
    relations = {attrs["label"] for _, _, attrs in graph.out_edges(chair, data=True)}
    assert {"chủ trì", "chỉ đạo", "Phó Chủ tịch"} <= relations
    assert any(CHAIR_SENTENCE in attrs.get("facts", "") for _, _, attrs in graph.out_edges(chair, data=True))


def test_graphml_edge_ids_are_unique(exported):
    files, _, view = exported
    ids = re.findall(r'<edge [^>]*\bid="([^"]*)"', files["graphml"].decode("utf-8"))
    assert len(ids) == len(set(ids)) == view.number_of_edges()


def test_csv_is_one_table_of_nodes_and_edges(exported):
    files, _, view = exported
    rows = list(csv.DictReader(io.StringIO(files["csv"].decode("utf-8"))))
    nodes = [row for row in rows if row["kind"] == "node"]
    edges = [row for row in rows if row["kind"] == "edge"]
    assert len(nodes) + len(edges) == len(rows)
    assert {row["id"] for row in nodes} == set(view.nodes)
    assert len(edges) == view.number_of_edges()
    assert all(row["type"] in NODE_STYLES and row["label"] for row in nodes)
    assert all(row["source"] in view and row["target"] in view and row["label"] for row in edges)
    partnership = next(row for row in edges if row["label"] == "hợp tác")
    assert partnership["symmetric"] == "true"


def test_kg_export_writes_the_file_whole_or_not_at_all(store_dir, tmp_path, monkeypatch, capsys):
    out = tmp_path / "graph.gexf"
    out.write_text("an earlier export")
    assert main(["export", "--store", str(store_dir), "--format", "gexf", "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert nx.read_gexf(out).number_of_nodes() > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.gexf"]  # no temporary file left

    def failing_rename(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.files.os, "replace", failing_rename)
    before = out.read_bytes()
    with pytest.raises(OSError):
        write_atomically(out, b"<gexf>half")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.gexf"]


# Every command that writes a file, as (argv before the target, argv after it).
WRITERS = {
    "export": (["export", "--format", "turtle", "--out"], []),
    "view": (["view", "--out"], []),
    "stats": (["stats", "--html"], []),
}


def _write(store_dir, command: str, target) -> int:
    before, after = WRITERS[command]
    return main([*before, str(target), *after, "--store", str(store_dir)])


@pytest.mark.parametrize("command", WRITERS)
def test_a_write_error_names_the_target_and_leaves_nothing_behind(store_dir, tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "afile").write_text("kept")
    for target, message in [("folder", "kg: error: folder: is a folder"),
                            ("afile/page.out", "kg: error: afile: not a folder"),
                            ("missing/dir/page.out", "kg: error: missing/dir: no such folder")]:
        assert _write(store_dir, command, target) == 2
        assert capsys.readouterr().err == message + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "folder"]  # no folder made, no temporary file
    assert list((tmp_path / "folder").iterdir()) == []


def test_a_file_that_cannot_be_made_is_named_with_the_reason(tmp_path, monkeypatch):
    def no_room(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.files.tempfile, "mkstemp", no_room)
    with pytest.raises(OSError) as caught:
        write_atomically(tmp_path / "graph.ttl", b"data")
    assert (caught.value.filename, caught.value.strerror) == (
        str(tmp_path / "graph.ttl"), "cannot write there: No space left on device")


@pytest.mark.parametrize("command", WRITERS)
def test_a_written_file_has_the_usual_mode_or_the_one_it_replaces(store_dir, tmp_path, command):
    old_umask = os.umask(0o022)
    try:
        assert _write(store_dir, command, tmp_path / "new.out") == 0
        replaced = tmp_path / "shared.out"
        replaced.write_text("an earlier one")
        replaced.chmod(0o664)
        assert _write(store_dir, command, replaced) == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "new.out").stat().st_mode) == 0o644  # not mkstemp's private 0600
    assert stat.S_IMODE(replaced.stat().st_mode) == 0o664


def test_kg_extract_makes_its_out_folder_but_not_its_parents(tmp_path, capsys):
    from kg_fixtures import MEETING_TEXT

    article = tmp_path / "nam-dinh.txt"
    article.write_text(MEETING_TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--out", str(tmp_path / "no" / "out")]) == 2
    assert capsys.readouterr().err == f"kg: error: {tmp_path / 'no'}: no such folder\n"
    assert main(["extract", str(article), "--out", str(tmp_path / "out")]) == 0
    assert [p.suffix for p in (tmp_path / "out").iterdir()] == [".json"]


def test_kg_export_without_out_writes_stdout(store_dir, capsysbinary):
    assert main(["export", "--store", str(store_dir), "--format", "nquads"]) == 0
    output = capsysbinary.readouterr().out
    dataset = Dataset()
    dataset.parse(data=output.decode("utf-8"), format="nquads")
    quads = [line for line in output.splitlines() if line.strip()]
    assert len(quads) == sum(len(graph) for graph in dataset.graphs())
    assert f"<{article_graph_iri('nam-dinh-hoi-nghi')}> .".encode() in output


def test_kg_export_of_an_empty_store_is_one_line_error(tmp_path, capsys):
    assert main(["export", "--store", str(tmp_path / "empty"), "--format", "turtle"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_kg_export_offers_every_format():
    from kg.commands import EXPORT_FORMATS

    assert sorted(EXPORT_FORMATS) == sorted([*RDF_FORMATS, *NETWORK_FORMATS])
