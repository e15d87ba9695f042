"""The named graphs of a store: which graph holds what.

    kgg:article/<article key>   what one article states (kg.mapping builds it)
    kgg:ontology                ontology/kg.ttl, so queries can read role and class labels
    kgg:identity/<name key>     who is who among the people of one name (kg.identity)
    kgg:attestation/<name key>  when their posts are attested (kg.attestation)
    kgg:layout                  the layout the store is written in (kg.store.schema)
    kgg:pending                 articles a build is writing, until it is done (kg.store.pending)

The default graph is the merge of them all, each triple once, and queries read it.
"""
from __future__ import annotations

from urllib.parse import quote, unquote

from rdflib import URIRef

from kg.vocab import GRAPH

ONTOLOGY_GRAPH = GRAPH["ontology"]
ARTICLE_GRAPHS = GRAPH["article/"]


def article_graph_iri(name: str) -> URIRef:
    """The named graph of the article `name`: its name percent-encoded (lossless, so distinct
    names never share a graph)."""
    return URIRef(ARTICLE_GRAPHS + quote(name, safe="-._~"))


def article_name_of_graph(graph_iri: str) -> str | None:
    """The article name of an article graph IRI, or None for any other graph."""
    return unquote(graph_iri[len(ARTICLE_GRAPHS):]) if graph_iri.startswith(ARTICLE_GRAPHS) else None
