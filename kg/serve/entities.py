"""`/id/...`: the store's IRIs (https://w3id.org/vn-gov-kg/id/...) resolved, as a page or as RDF.

`GET /id/person/nguyen-van-an-1a2b` describes https://w3id.org/vn-gov-kg/id/person/nguyen-van-an-1a2b:
what it states (its outgoing triples), what states something about it (incoming triples),
and the sentences they were read from, with their articles. The Accept header chooses an
HTML page (browsers, and clients that take anything) or RDF: Turtle, N-Triples, RDF/XML or
JSON-LD holding the same triples, with those of the evidence sentences.

A node that many facts point at (a province, a role) lists at most MAX_LINKS of them.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from http import HTTPStatus

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.result_formats import GRAPH_FORMATS
from kg.serve.messages import Reply
from kg.serve.negotiation import negotiate
from kg.store import Store
from kg.vocab import PREFIXES, compact, prefixed_graph

RESOURCES = PREFIXES["kgr"]
MAX_LINKS = 500  # incoming or outgoing triples shown per entity
MAX_EVIDENCE = 50
# The path of an IRI under RESOURCES, as it stands in a URL: it goes into the queries as an
# IRI term, so nothing that could end one (">", a space) is let through.
_IRI_PATH = re.compile(r"[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+")
HTML = "text/html"
OFFERED = dict.fromkeys([HTML, *GRAPH_FORMATS])
_RDFLIB_FORMATS = {"text/turtle": "turtle", "application/n-triples": "nt",
                   "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
_LABEL = "OPTIONAL {{ {node} foaf:name|schema:name|skos:prefLabel|rdfs:label ?{node_name}_label }}"
_OUTGOING = f"""SELECT ?p ?o (SAMPLE(?o_label) AS ?label) WHERE {{
  {{ SELECT ?p ?o WHERE {{ ?entity ?p ?o }} LIMIT {MAX_LINKS} }}
  {_LABEL.format(node="?o", node_name="o")}
}} GROUP BY ?p ?o ORDER BY ?p ?o"""
_INCOMING = f"""SELECT ?s ?p (SAMPLE(?s_label) AS ?label) WHERE {{
  {{ SELECT ?s ?p WHERE {{ ?s ?p ?entity }} LIMIT {MAX_LINKS} }}
  {_LABEL.format(node="?s", node_name="s")}
}} GROUP BY ?s ?p ORDER BY ?p ?s"""
_EVIDENCE = f"""SELECT DISTINCT ?sentence ?article WHERE {{
  {{ ?entity prov:wasDerivedFrom ?evidence }}
  UNION {{ {{ SELECT ?fact WHERE {{ ?fact ?p ?entity }} LIMIT {MAX_LINKS} }} ?fact prov:wasDerivedFrom ?evidence }}
  ?evidence kgo:sentence ?sentence .
  OPTIONAL {{ ?evidence prov:wasQuotedFrom/schema:identifier ?article }}
}} ORDER BY ?article ?sentence LIMIT {MAX_EVIDENCE}"""
_TRIPLES = f"""CONSTRUCT {{ ?entity ?p ?o . ?s ?q ?entity . ?evidence ?e ?v }} WHERE {{
  {{ SELECT ?p ?o WHERE {{ ?entity ?p ?o }} LIMIT {MAX_LINKS} }}
  UNION {{ SELECT ?s ?q WHERE {{ ?s ?q ?entity }} LIMIT {MAX_LINKS} }}
  UNION {{ ?entity prov:wasDerivedFrom ?evidence . ?evidence ?e ?v }}
}}"""

# The words of the page, in each language it is offered in (the first is the default).
WORDS = {
    "vi": {"states": "Thông tin", "stated_by": "Được nhắc đến trong", "evidence": "Câu trích dẫn",
           "article": "bài", "none": "Không có.", "other": "English", "home": "Trang chủ"},
    "en": {"states": "Facts", "stated_by": "Referred to by", "evidence": "Evidence sentences",
           "article": "article", "none": "None.", "other": "Tiếng Việt", "home": "Home"},
}


@dataclass
class Description:
    iri: str
    label: str
    outgoing: list[tuple[Node, Node, Node | None]] = field(default_factory=list)  # (predicate, object, label)
    incoming: list[tuple[Node, Node, Node | None]] = field(default_factory=list)  # (subject, predicate, label)
    evidence: list[tuple[str, str | None]] = field(default_factory=list)  # (sentence, article name)


def resolve(store: Store, path: str, accept: str | None, language: str) -> Reply:
    """The reply to GET /id/<path>: the entity RESOURCES + path as negotiated; 404 when the
    store says nothing about it."""
    iri = URIRef(RESOURCES + path)
    if not _IRI_PATH.fullmatch(path):
        return _not_found(iri)
    media_type = negotiate(accept, OFFERED)
    if media_type is None:
        return Reply.not_acceptable("an entity", OFFERED)

    def query(template: str):
        return store.query(template.replace("?entity", iri.n3()))

    if media_type != HTML:
        graph = prefixed_graph()
        graph += query(_TRIPLES).graph
        if not graph:
            return _not_found(iri)
        body = graph.serialize(format=_RDFLIB_FORMATS[media_type], encoding="utf-8")
        return Reply(HTTPStatus.OK, media_type + ("; charset=utf-8" if media_type.startswith("text/") else ""),
                     body, {"Vary": "Accept"})
    description = Description(
        iri=str(iri), label="",
        outgoing=[tuple(row) for row in query(_OUTGOING)],
        incoming=[tuple(row) for row in query(_INCOMING)],
        evidence=[(str(sentence), None if article is None else str(article))
                  for sentence, article in query(_EVIDENCE)])
    if not description.outgoing and not description.incoming:
        return _not_found(iri)
    description.label = next((str(o) for p, o, _ in description.outgoing
                              if compact(str(p)) in ("foaf:name", "schema:name", "skos:prefLabel", "rdfs:label")),
                             compact(str(iri)))
    return Reply(HTTPStatus.OK, "text/html; charset=utf-8", as_html(description, language).encode("utf-8"),
                 {"Vary": "Accept"})


def _not_found(iri: URIRef) -> Reply:
    return Reply.text(HTTPStatus.NOT_FOUND, f"the store says nothing about {iri}")


def as_html(description: Description, language: str) -> str:
    """The entity's page in `language` (a key of WORDS), with a link to the other language."""
    words = WORDS[language]
    other = next(code for code in WORDS if code != language)
    rows_out = "".join(f"<tr><th>{_term(p)}</th><td>{_term(o, label)}</td></tr>" for p, o, label in description.outgoing)
    rows_in = "".join(f"<tr><td>{_term(s, label)}</td><th>{_term(p)}</th></tr>" for s, p, label in description.incoming)
    quotes = "".join(
        f"<li><q>{html.escape(sentence)}</q>"
        + (f" <small>({words['article']} {html.escape(article)})</small>" if article else "") + "</li>"
        for sentence, article in description.evidence)
    none = f"<p>{words['none']}</p>"
    return f"""<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(description.label)}</title>
<style>
  body {{ font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; }}
  table {{ border-collapse: collapse; }} th, td {{ text-align: left; padding: 0.2rem 0.6rem; vertical-align: top; }}
  th {{ font-weight: normal; color: #555; }} nav {{ float: right; }} code {{ font-size: 0.85rem; }}
</style>
</head>
<body>
<nav><a href="/?lang={language}">{words['home']}</a> · <a href="?lang={other}">{words['other']}</a></nav>
<h1>{html.escape(description.label)}</h1>
<p><code>{html.escape(description.iri)}</code></p>
<h2>{words['states']}</h2>
{f"<table>{rows_out}</table>" if rows_out else none}
<h2>{words['stated_by']}</h2>
{f"<table>{rows_in}</table>" if rows_in else none}
<h2>{words['evidence']}</h2>
{f"<ul>{quotes}</ul>" if quotes else none}
</body>
</html>
"""


def _term(term: Node, label: Node | None = None) -> str:
    """A term on the page: an entity of the store as a link to its own page, another IRI
    shortened with the ontology's prefixes, a literal as its text."""
    if isinstance(term, Literal):
        return html.escape(str(term))
    text = html.escape(str(label) if label is not None else compact(str(term)))
    if str(term).startswith(RESOURCES):
        return f'<a href="/id/{html.escape(str(term)[len(RESOURCES):], quote=True)}">{text}</a>'
    return text
