"""When each post is attested: the earliest and latest dates of the articles that state it.

A membership (person, role, organization) is one node shared by every article stating
it; its `kgo:firstAttested` and `kgo:lastAttested` span those articles' publication
dates. They say when the post was *reported*, not when it began or ended. The span
depends on every article naming the person, so it lives beside the identity decisions:
in the graph kgg:attestation/<key> of the person's search key (`kgo:nameKey`),
recomputed after kg.identity (which may rename memberships with their person) for the
names a build or removal touches.
"""
from __future__ import annotations

from typing import Collection

from rdflib import Graph, Literal

from kg.identity.mentions import for_keys
from kg.mapping import derived_graph_iri
from kg.store import Store
from kg.store.graphs import ARTICLE_GRAPHS
from kg.vocab import KGO

_SPANS_QUERY = f"""
SELECT ?key ?membership (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {{
  GRAPH ?graph {{ ?membership org:member/kgo:nameKey ?key ; kgo:mentionedIn ?article }}
  FILTER(STRSTARTS(STR(?graph), "{ARTICLE_GRAPHS}"))
  ?article schema:datePublished ?date .
}}
GROUP BY ?key ?membership
"""


def attestation_graphs(store: Store, search_keys: Collection[str]) -> list[Graph]:
    """kgg:attestation/<key> for each search key, as the store is now (memberships no dated
    article states get no span; a key with none gets an empty graph)."""
    graphs = {key: Graph(identifier=derived_graph_iri("attestation", key), bind_namespaces="none")
              for key in sorted(search_keys)}
    for row in store.query(for_keys(_SPANS_QUERY, search_keys)):
        graph = graphs[str(row.key)]
        graph.add((row.membership, KGO.firstAttested, Literal(row.first.toPython())))
        graph.add((row.membership, KGO.lastAttested, Literal(row.last.toPython())))
    return list(graphs.values())
