"""When each post is attested: the earliest and latest dates of the articles that state it.

A membership (person, role, organization) is one node shared by every article stating
it; its `kgo:firstAttested` and `kgo:lastAttested` span those articles' publication
dates. They say when the post was *reported*, not when it began or ended. The span
depends on all articles at once, so it lives in the graph kgg:attestation, recomputed
after every build or removal (after kg.identity, which may rename memberships).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph, Literal

from kg.mapping import article_graph_iri
from kg.vocab import GRAPH, KGO

if TYPE_CHECKING:
    from kg.store import Store

ATTESTATION_GRAPH = GRAPH["attestation"]

_SPANS_QUERY = f"""
SELECT ?membership (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {{
  GRAPH ?graph {{ ?membership a org:Membership ; kgo:mentionedIn ?article }}
  FILTER(STRSTARTS(STR(?graph), "{article_graph_iri("")}"))
  ?article schema:datePublished ?date .
}}
GROUP BY ?membership
"""


def attestation_graph(store: Store) -> Graph:
    """kgg:attestation for the store as it is now (memberships no dated article states get no span)."""
    graph = Graph(identifier=ATTESTATION_GRAPH, bind_namespaces="none")
    for row in store.query(_SPANS_QUERY):
        graph.add((row.membership, KGO.firstAttested, Literal(row.first.toPython())))
        graph.add((row.membership, KGO.lastAttested, Literal(row.last.toPython())))
    return graph
