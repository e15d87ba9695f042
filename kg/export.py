"""`kg export`: the knowledge graph as a file for other tools.

RDF, for triple stores and RDF libraries:

    turtle    the merged graph queries read (every article's statements and the
              ontology), with the ontology's prefixes
    jsonld    the same graph as JSON-LD, the prefixes as its @context
    nquads    every named graph as stored: one per article, and the ontology's. Each
              triple keeps the article it came from; the merged default graph is left
              out, as it only repeats them

The network the view draws (`viz.graph.graph_from_store`), for Gephi, yEd, Cytoscape,
pandas:

    graphml, gexf   the view's attributes: nodes `type`, `label`, `province`, `dates`,
                    `facts` ...; edges `label`, `symmetric`, `facts`
    csv             one table: a `kind` column says `node` or `edge`; node rows fill
                    id and type, edge rows source and target, both label; every other
                    attribute (province, dates, facts, symmetric ...) has a column of
                    its own. One file, so it can go to stdout and be replaced
                    atomically like the others

These formats hold no lists: dates are joined with "; ", and facts are one per line,
`statement — “sentence” (article, date)`. Edges get ids e0, e1 ... (a pair of nodes can
have several relations, and Gephi wants every edge id once).

`export_bytes` builds the whole file in memory and `write_atomically` replaces the
target only when it is complete, so a failed export never leaves half a file.
"""
from __future__ import annotations

import csv
import errno
import io
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from kg.store import Store
from kg.store.graphs import ONTOLOGY_GRAPH, article_graph_iri
from kg.vocab import ONTOLOGY, PREFIXES

# The CSV's first columns; the other attributes of the view's nodes and edges follow, by name.
CSV_LEADING_COLUMNS = ("kind", "id", "source", "target", "label", "type")


def export_bytes(store: Store, fmt: str) -> bytes:
    """The store in format `fmt` (one of EXPORT_FORMATS)."""
    return EXPORT_FORMATS[fmt](store)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Replace `path` by `data` (text as UTF-8) whole: every file the tool writes goes through here.

    The data goes to a new temporary file beside `path`, renamed over it when complete,
    so a failure or an interrupt leaves the old file (or none) and no temporary file.
    The file gets the mode of the file it replaces, or that of any new file (0666 less
    the umask; mkstemp's own is 0600, private). The folder must exist: a typo in it is an
    error, not a new folder. Failures raise OSError naming `path` or its folder as the
    user gave them, never the temporary file.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if not folder.is_dir():
        reason = "not a folder" if folder.exists() else "no such folder"
        raise NotADirectoryError(errno.ENOTDIR, reason, str(folder))
    data = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _new_file_mode()
        handle, partial = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OSError(error.errno, f"cannot write there: {error.strerror}", str(path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(partial, mode)
        os.replace(partial, path)
    except BaseException as error:
        Path(partial).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OSError(error.errno, f"cannot write there: {error.strerror}", str(path)) from None
        raise


def _new_file_mode() -> int:
    umask = os.umask(0)  # the only way to read it is to set it: put it back at once
    os.umask(umask)
    return 0o666 & ~umask


# ---------------------------------------------------------------- RDF


def _turtle(store: Store) -> bytes:
    return store.graph.serialize(format="turtle", encoding="utf-8")


def _jsonld(store: Store) -> bytes:
    return store.graph.serialize(format="json-ld", context=PREFIXES, indent=2, encoding="utf-8")


def rdflib_dataset(store: Store) -> Dataset:
    """The store copied into an in-memory rdflib Dataset: every named graph, and the merged
    graph as the default graph, which queries read as they do in the store."""
    dataset = Dataset()
    quads = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    dataset.addN((row.s, row.p, row.o, dataset.graph(row.g)) for row in quads)
    merged = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    dataset.default_graph.addN((row.s, row.p, row.o, dataset.default_graph) for row in merged)
    return dataset


def _nquads(store: Store) -> bytes:
    dataset = Dataset()
    for name in store.article_names():
        article = dataset.graph(article_graph_iri(name))
        article += store.article_graph(name)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    ontology += ONTOLOGY
    return dataset.serialize(format="nquads", encoding="utf-8")


# ---------------------------------------------------------------- the network


def network(store: Store) -> nx.MultiDiGraph:
    """The view's graph with every attribute a string, number or boolean (none missing as None)."""
    from viz.graph import graph_from_store  # viz reads the store; kg needs it only here

    graph = graph_from_store(store)
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_flat(attrs))
    for number, (source, target, attrs) in enumerate(graph.edges(data=True)):
        flat.add_edge(source, target, key=f"e{number}", **_flat(attrs))
    return flat


def _flat(attrs: dict) -> dict[str, str | bool | int | float]:
    flat = {}
    for name, value in attrs.items():
        if name == "facts":
            value = "\n".join(_fact_line(fact) for fact in value)
        elif isinstance(value, (list, tuple)):
            value = "; ".join(map(str, value))
        if value is not None:
            flat[name] = value
    return flat


def _fact_line(fact: dict) -> str:
    where = ", ".join(part for part in (fact.get("source"), fact.get("date")) if part)
    evidence = f" — “{fact['evidence']}”" if fact.get("evidence") else ""
    return fact["text"] + evidence + (f" ({where})" if where else "")


def _graphml(store: Store) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(network(store), buffer, encoding="utf-8")
    return buffer.getvalue()


def _gexf(store: Store) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(network(store), buffer, encoding="utf-8")
    return buffer.getvalue()


def _csv(store: Store) -> bytes:
    graph = network(store)
    attributes = {name for _, attrs in graph.nodes(data=True) for name in attrs}
    attributes |= {name for _, _, attrs in graph.edges(data=True) for name in attrs}
    columns = [*CSV_LEADING_COLUMNS, *sorted(attributes - set(CSV_LEADING_COLUMNS))]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for node, attrs in graph.nodes(data=True):
        writer.writerow({**attrs, "kind": "node", "id": node})
    for source, target, attrs in graph.edges(data=True):
        writer.writerow({**attrs, "kind": "edge", "source": source, "target": target,
                         "symmetric": str(attrs.get("symmetric", False)).lower()})
    return out.getvalue().encode("utf-8")


EXPORT_FORMATS: dict[str, Callable[[Store], bytes]] = {
    "turtle": _turtle,
    "nquads": _nquads,
    "jsonld": _jsonld,
    "graphml": _graphml,
    "gexf": _gexf,
    "csv": _csv,
}
