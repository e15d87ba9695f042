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

from typing import Collection, Iterable, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.identity.mentions import for_keys
from kg.mapping import membership_prefix
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


def attestation_graphs(store: Store, search_keys: Collection[str]) -> dict[str, set[tuple[Node, Node, Node]]]:
    """The triples of kgg:attestation/<key>, by search key, as the store is now (memberships
    no dated article states get no span; a key with none gets an empty set)."""
    graphs: dict[str, set[tuple[Node, Node, Node]]] = {key: set() for key in sorted(search_keys)}
    for row in store.query(for_keys(_SPANS_QUERY, search_keys)):
        graph = graphs[str(row.key)]
        graph.add((row.membership, KGO.firstAttested, Literal(row.first.toPython())))
        graph.add((row.membership, KGO.lastAttested, Literal(row.last.toPython())))
    return graphs


def attestation_triples(memberships: Iterable[tuple[str, str, str, str, Literal]],
                        renamed: Mapping[tuple[str, str], str],
                        search_keys: Collection[str]) -> dict[str, set[tuple[Node, Node, Node]]]:
    """The triples `attestation_graphs` gives for `search_keys`, by search key, from the memberships the articles
    state — (search key, article, person node, membership, article date), as
    `kg.identity.article_mentions` reads them from each article graph — and the IRI
    identity gives each person node of an article (`renamed`: (article, node) → IRI, for
    the nodes it renames). A membership is renamed with its person, as in the store
    (`kg.identity.rename_people`: its IRI starts with its person's)."""
    graphs: dict[str, set[tuple[Node, Node, Node]]] = {key: set() for key in sorted(search_keys)}
    dates: dict[tuple[str, str], list[Literal]] = {}
    for key, article, node, membership, date in memberships:
        target = renamed.get((article, node))
        if target is not None:
            old, new = membership_prefix(URIRef(node)), membership_prefix(URIRef(target))
            if membership.startswith(old):
                membership = new + membership[len(old):]
        dates.setdefault((key, membership), []).append(date)
    for (key, membership), spans in sorted(dates.items()):
        graph = graphs[key]
        values = [date.toPython() for date in spans]
        graph.add((URIRef(membership), KGO.firstAttested, Literal(min(values))))
        graph.add((URIRef(membership), KGO.lastAttested, Literal(max(values))))
    return graphs
