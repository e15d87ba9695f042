"""`kg export`: every format loads into the tool its users would (rdflib for Turtle, N-Quads
and JSON-LD, networkx for GraphML and GEXF, pandas for CSV) and holds what the store holds
— the same entities, labels, named graphs and literals, and the README's queries give the
same rows; written atomically or to stdout."""
from __future__ import annotations

import io
import os
import re
import stat
from importlib import resources

import networkx as nx
import pandas
import pytest
from kg_fixtures import two_article_store
from lexicon_fixtures import LEXICON
from rdflib import Dataset, Graph
from test_readme import readme_queries

import kg.files
from kg.build import build
from kg.cli import main
from kg.export import RDF_FORMATS
from kg.files import write_atomically
from kg.store import open_store
from kg.store.graphs import ONTOLOGY_GRAPH, article_graph_iri
from kg.store.schema import LAYOUT_GRAPH
from kg.vocab import GRAPH, PREFIXES, XSD
from viz.export import NETWORK_FORMATS
from viz.graph import graph_from_store
from viz.html import NODE_STYLES

CHAIR_SENTENCE = "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nam Định chủ trì hội nghị."
# An ontology term written in compact form ("org:subOrganizationOf"): what the view shows
# for a relation the ontology gives no Vietnamese label.
COMPACT_TERM = re.compile(r"[a-z]+:[A-Za-z]+")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return two_article_store(tmp_path_factory.mktemp("export") / "store")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The bundled sample built as `kg demo` builds it (articles, identity and attestation
    graphs), every export of it, and what the store holds to compare with."""
    with resources.as_file(resources.files("kg").joinpath("sample")) as articles, \
            open_store(tmp_path_factory.mktemp("sample") / "store") as store:
        build([articles], store, LEXICON)
        files = {fmt: export(store) for fmt, export in {**RDF_FORMATS, **NETWORK_FORMATS}.items()}
        named = {}
        for row in store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):
            named.setdefault(row.g, set()).add((row.s, row.p, row.o))
        answers = [_rows(store.query(query)) for query in readme_queries()]
        people = {str(row.name) for row in store.query("SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }")}
        yield {"files": files, "merged": set(store.graph), "named": named, "answers": answers,
               "view": graph_from_store(store), "people": people}


def _rows(result) -> list[tuple]:
    """The rows as text, sorted: two engines may order rows that tie differently."""
    return sorted(tuple("" if term is None else str(term) for term in row) for row in result)


def _loaded(fmt: str, data: bytes) -> Graph:
    """The export read with rdflib as a user would; N-Quads with the union of its graphs
    as default graph, the merge the store's queries read."""
    if fmt == "nquads":
        dataset = Dataset(default_union=True)
        dataset.parse(data=data.decode("utf-8"), format="nquads")
        return dataset
    return Graph().parse(data=data.decode("utf-8"), format={"turtle": "turtle", "jsonld": "json-ld"}[fmt])


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_turtle_and_jsonld_load_as_the_merged_graph_literals_and_all(sample, fmt):
    loaded = _loaded(fmt, sample["files"][fmt])
    assert set(loaded) == sample["merged"]  # equal terms: a plain string stays plain
    assert not any(getattr(o, "datatype", None) == XSD.string for o in loaded.objects())


def test_turtle_writes_plain_strings_and_the_ontologys_prefixes(sample):
    turtle = sample["files"]["turtle"]
    assert b"@prefix kgo: <https://w3id.org/vn-gov-kg/ontology#>" in turtle
    assert b'kgo:nameKey "thai binh"' in turtle


def test_nquads_hold_every_named_graph_as_stored(sample):
    dataset = Dataset()
    dataset.parse(data=sample["files"]["nquads"].decode("utf-8"), format="nquads")
    loaded = {graph.identifier: set(graph) for graph in dataset.graphs() if len(graph)}
    assert loaded == sample["named"]
    kinds = {str(iri)[len(GRAPH):].split("/")[0] for iri in loaded}
    assert kinds == {"article", "identity", "attestation", "ontology", "layout"}
    assert {ONTOLOGY_GRAPH, LAYOUT_GRAPH} <= set(loaded)


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "jsonld"])
def test_the_readme_queries_give_the_same_rows_on_each_rdf_export(sample, fmt):
    loaded = _loaded(fmt, sample["files"][fmt])
    answers = [_rows(loaded.query(query, initNs=PREFIXES)) for query in readme_queries()]
    assert answers == sample["answers"]
    assert all(answers)  # each query finds something: the comparison means something


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_load_in_networkx_with_labels_colours_and_positions(sample, tmp_path, fmt, read):
    view = sample["view"]
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(sample["files"][fmt])
    graph = read(path)
    assert set(graph.nodes) == set(view.nodes)
    assert graph.number_of_edges() == view.number_of_edges()  # parallel relations stay apart
    for node, attrs in graph.nodes(data=True):
        assert attrs["type"] == view.nodes[node]["type"] in NODE_STYLES
        assert attrs["label"] == view.nodes[node]["label"]
        colour, (x, y), size = _picture(fmt, attrs)
        assert colour == NODE_STYLES[attrs["type"]].color.lower()
        assert all(isinstance(value, float) for value in (x, y, size)) and size > 0
    assert {attrs["label"] for _, attrs in graph.nodes(data=True) if attrs["type"] == "person"} == sample["people"]
    labels = {attrs["label"] for _, _, attrs in graph.edges(data=True)}
    assert all(labels) and not [label for label in labels if COMPACT_TERM.fullmatch(label)]
    assert {"trực thuộc", "về địa bàn", "chủ trì"} <= labels
    assert b"networkx_key" not in sample["files"][fmt]


def _picture(fmt: str, attrs: dict) -> tuple[str, tuple[float, float], float]:
    """A node's colour (#rrggbb), position and size as the format stores them."""
    if fmt == "gexf":
        viz = attrs["viz"]
        colour = "#" + "".join(f"{viz['color'][part]:02x}" for part in "rgb")
        return colour, (viz["position"]["x"], viz["position"]["y"]), viz["size"]
    return attrs["color"].lower(), (attrs["x"], attrs["y"]), attrs["size"]


def test_csv_loads_in_pandas_as_one_table_of_nodes_and_edges(sample):
    view = sample["view"]
    table = pandas.read_csv(io.BytesIO(sample["files"]["csv"]))
    nodes, edges = table[table["kind"] == "node"], table[table["kind"] == "edge"]
    assert len(nodes) + len(edges) == len(table)
    assert dict(zip(nodes["id"], nodes["label"])) == dict(view.nodes(data="label"))
    assert set(nodes[nodes["type"] == "person"]["label"]) == sample["people"]
    assert len(edges) == view.number_of_edges()
    assert set(edges["source"]) | set(edges["target"]) <= set(view.nodes)
    assert not edges["label"].str.fullmatch(COMPACT_TERM.pattern).any()
    assert set(edges[edges["label"] == "hợp tác"]["symmetric"]) == {True}
    assert nodes["x"].dtype == nodes["y"].dtype == float
    assert set(nodes["color"]) <= {style.color for style in NODE_STYLES.values()}


def test_graphml_and_gexf_keep_the_facts_of_each_relation(store_dir, tmp_path):
    with open_store(store_dir) as store:
        files = {fmt: NETWORK_FORMATS[fmt](store) for fmt in ("graphml", "gexf")}
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"graph.{fmt}"
        path.write_bytes(files[fmt])
        graph = read(path)
        people = {attrs["label"]: node for node, attrs in graph.nodes(data=True) if attrs["type"] == "person"}
        chair = people["Nguyễn Văn An"]
        relations = {attrs["label"] for _, _, attrs in graph.out_edges(chair, data=True)}
        assert {"chủ trì", "chỉ đạo", "Phó Chủ tịch"} <= relations
        assert any(CHAIR_SENTENCE in attrs.get("facts", "") for _, _, attrs in graph.out_edges(chair, data=True))


def test_graphml_and_gexf_edge_ids_are_unique(sample):
    for fmt in ("graphml", "gexf"):
        ids = re.findall(r'<edge [^>]*\bid="([^"]*)"', sample["files"][fmt].decode("utf-8"))
        assert len(ids) == len(set(ids)) == sample["view"].number_of_edges()


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
