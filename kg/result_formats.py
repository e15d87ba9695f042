"""Query answers in the formats people and programs read: the one writer of `kg query` and `kg serve`.

    table                   SELECT as aligned columns, IRIs shortened with the ontology's
                            prefixes; ASK as true or false; CONSTRUCT and DESCRIBE as Turtle
    RESULT_FORMATS          SELECT and ASK in the SPARQL 1.1 results formats: JSON, XML,
                            CSV, TSV, by media type
    GRAPH_FORMATS           CONSTRUCT and DESCRIBE as Turtle, N-Triples, RDF/XML, JSON-LD

pyoxigraph writes the SPARQL formats. It reads results only from text, so a `QueryResult`
goes to it as TSV (`results_tsv`): the results format whose cells are N-Triples terms,
which pyoxigraph writes too, and which `kg serve` has from its engine already.
`kg query --format json` writes a graph as JSON-LD with the ontology's prefixes as its
context, as `kg export` does.
"""
from __future__ import annotations

import json
import unicodedata

import pyoxigraph
from rdflib import BNode, URIRef
from rdflib.term import Node

from kg.query import QueryError, QueryResult
from kg.store.terms import to_oxigraph
from kg.vocab import PREFIXES, compact

JSON = "application/sparql-results+json"
CSV = "text/csv"
TSV = "text/tab-separated-values"
N_TRIPLES = "application/n-triples"

RESULT_FORMATS: dict[str, pyoxigraph.QueryResultsFormat] = {  # SELECT and ASK; the first is the default
    JSON: pyoxigraph.QueryResultsFormat.JSON,
    "application/json": pyoxigraph.QueryResultsFormat.JSON,
    "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
    "application/xml": pyoxigraph.QueryResultsFormat.XML,
    CSV: pyoxigraph.QueryResultsFormat.CSV,
    TSV: pyoxigraph.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, pyoxigraph.RdfFormat] = {  # CONSTRUCT and DESCRIBE; the first is the default
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    N_TRIPLES: pyoxigraph.RdfFormat.N_TRIPLES,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
}


def results_as(tsv: bytes, media_type: str) -> bytes:
    """SELECT or ASK results given as SPARQL TSV, in the format `media_type` (a key of
    RESULT_FORMATS). Raises SyntaxError when the TSV is broken off."""
    results = pyoxigraph.parse_query_results(tsv, format=pyoxigraph.QueryResultsFormat.TSV)
    return results.serialize(format=RESULT_FORMATS[media_type])


def graph_as(ntriples: bytes, media_type: str) -> bytes:
    """Triples given as N-Triples, in the format `media_type` (a key of GRAPH_FORMATS) with the
    ontology's prefixes. Raises SyntaxError when the N-Triples are broken off."""
    triples = [quad.triple for quad in pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)]
    return pyoxigraph.serialize(triples, format=GRAPH_FORMATS[media_type], prefixes=dict(PREFIXES))


def results_tsv(result: QueryResult) -> bytes:
    """SELECT or ASK results as SPARQL TSV."""
    if result.kind == "ask":
        return _boolean(result).encode("utf-8")
    lines = ["\t".join(f"?{variable}" for variable in result.variables)]
    lines += ["\t".join("" if term is None else str(to_oxigraph(term)) for term in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- kg query's formats


def as_table(result: QueryResult, max_width: int | None = 80) -> str:
    """SELECT: aligned columns (cells cut to `max_width` display columns); ASK: true/false;
    CONSTRUCT/DESCRIBE: Turtle. IRIs are shortened with the ontology's prefixes."""
    if result.kind == "ask":
        return _boolean(result)
    if result.kind == "graph":
        return result.graph.serialize(format="turtle")
    header = list(result.variables)
    cells = [[_fit(_table_cell(term), max_width) for term in row] for row in result.rows]
    widths = [
        max([_display_width(header[i])] + [_display_width(row[i]) for row in cells])
        for i in range(len(header))
    ]
    lines = [_table_line(header, widths), _table_line(["-" * w for w in widths], widths)]
    lines += [_table_line(row, widths) for row in cells]
    lines.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(lines)


def as_json(result: QueryResult) -> str:
    """SELECT/ASK: SPARQL 1.1 Query Results JSON, indented for reading; CONSTRUCT/DESCRIBE: JSON-LD."""
    if result.kind == "graph":
        return result.graph.serialize(format="json-ld", context=PREFIXES, indent=2)
    document = json.loads(results_as(results_tsv(result), JSON))
    return json.dumps(document, ensure_ascii=False, indent=2)


def as_csv(result: QueryResult) -> str:
    """SELECT: SPARQL 1.1 Query Results CSV (full IRIs); ASK: true/false."""
    if result.kind == "graph":
        raise QueryError("CSV is for SELECT results; CONSTRUCT/DESCRIBE print as Turtle or JSON-LD")
    return results_as(results_tsv(result), CSV).decode("utf-8")


def _boolean(result: QueryResult) -> str:
    return "true" if result.boolean else "false"


def _table_cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())


def _char_width(char: str) -> int:
    """Terminal columns of one character: 0 for combining marks, 2 for wide (CJK) ones."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _display_width(text: str) -> int:
    return sum(_char_width(char) for char in text)


def _fit(text: str, max_width: int | None) -> str:
    if max_width is None or _display_width(text) <= max_width:
        return text
    kept, width = [], 0
    for char in text:
        width += _char_width(char)
        if width > max_width - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _table_line(cells: list[str], widths: list[int]) -> str:
    padded = [cell + " " * (width - _display_width(cell)) for cell, width in zip(cells, widths)]
    return "  ".join(padded).rstrip()
