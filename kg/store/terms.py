"""RDF terms between rdflib (what the rest of kg handles) and pyoxigraph (what Oxigraph takes and gives)."""
from __future__ import annotations

import pyoxigraph
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.vocab import XSD

OxigraphTerm = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal
_XSD_STRING = pyoxigraph.NamedNode(XSD.string)


def to_oxigraph(term: Identifier) -> OxigraphTerm:
    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(term)
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(term)
    if isinstance(term, Literal):
        datatype = pyoxigraph.NamedNode(term.datatype) if term.datatype else None
        return pyoxigraph.Literal(term, language=term.language, datatype=datatype)
    raise ValueError(f"not an RDF term: {term!r}")


class RdflibTerms(dict):
    """Oxigraph's terms as rdflib's, each distinct term converted once: a term that recurs in
    an answer (a role, an event, an article, a date) costs one conversion. Making an rdflib
    literal costs about as much as Oxigraph's joins for its row."""

    def __missing__(self, term: OxigraphTerm) -> Identifier:
        converted = self[term] = _rdflib_term(term)
        return converted


def _rdflib_term(term: OxigraphTerm) -> Identifier:
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype == _XSD_STRING:
        # A simple literal, as kg.mapping wrote it and a SPARQL server returns it (RDF 1.1
        # makes it an xsd:string; rdflib tells the two apart, and makes it three times faster).
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
