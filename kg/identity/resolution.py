"""Resolving identities: read the mentions of some names, decide, and give the graphs to store."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from extract.lexicon import Lexicon
from kg.identity.decisions import Decision, Replacement, decide
from kg.identity.mentions import Mention, read_mentions, read_replaced
from kg.mapping import article_iri, article_key, derived_graph_iri, membership_prefix, name_segment
from kg.store import Store
from kg.vocab import KGO, OWL, RDF, RDFS, RESOURCE


@dataclass
class Renaming:
    """What renaming its people changes in an article graph: the triples naming a renamed
    person or membership, as stored (`removed`) and renamed (`added`)."""

    graph_iri: str
    removed: set[tuple[Node, Node, Node]]
    added: set[tuple[Node, Node, Node]]


@dataclass
class Resolution:
    """What resolving identities over the store gives: graphs to store, and counts."""

    search_keys: set[str]  # the names resolved
    rewritten: list[Renaming]  # the article graphs whose people are renamed (only those that change)
    identity: list[Graph]  # kgg:identity/<key> for each search key (empty: none of its mentions is left)
    renamed: int  # mentions whose node gets a new IRI


def resolve(store: Store, lexicon: Lexicon, search_keys: Collection[str] | None = None) -> Resolution:
    """Decide who is who among the people whose `kgo:nameKey` is one of `search_keys`
    (everyone when None). Reads only; the caller stores the graphs."""
    mentions = read_mentions(store, search_keys)
    keys = set(search_keys) if search_keys is not None else {mention.search_key for mention in mentions}
    decisions, replacements = decide(mentions, lexicon, read_replaced(store, search_keys))
    renames: dict[str, dict[str, str]] = {}
    for decision in decisions:
        target = str(decision.person.iri)
        if decision.mention.node != target:
            renames.setdefault(decision.mention.article, {})[decision.mention.node] = target
    return Resolution(
        search_keys=keys,
        rewritten=[rename_people(store.article_graph(article), nodes) for article, nodes in sorted(renames.items())],
        identity=identity_graphs(decisions, replacements, keys),
        renamed=sum(len(nodes) for nodes in renames.values()),
    )


def rename_people(graph: Graph, renames: dict[str, str]) -> Renaming:
    """The triples of an article graph that change when person IRIs (and their memberships'
    IRIs) are renamed: written as a change, not the whole graph again (`Store.change_graph`)."""
    prefixes = [(membership_prefix(URIRef(old)), membership_prefix(URIRef(new))) for old, new in renames.items()]

    def renamed(term):
        if not isinstance(term, URIRef):
            return term
        text = str(term)
        if text in renames:
            return URIRef(renames[text])
        for old, new in prefixes:
            if text.startswith(old):
                return URIRef(new + text[len(old):])
        return term

    result = Renaming(str(graph.identifier), set(), set())
    for triple in graph:
        new = tuple(renamed(term) for term in triple)
        if new != triple:
            result.removed.add(triple)
            result.added.add(new)
    return result


def identity_graphs(decisions: list[Decision], replacements: list[Replacement],
                    search_keys: Collection[str]) -> list[Graph]:
    """kgg:identity/<key> for each search key: one kgo:IdentityDecision per mention, one
    per person it was kept apart from, and the person IRIs retired (owl:sameAs the IRI
    that names their person now)."""
    graphs = {key: Graph(identifier=derived_graph_iri("identity", key), bind_namespaces="none")
              for key in sorted(search_keys)}
    for replacement in replacements:
        graphs[replacement.search_key].add((replacement.old, OWL.sameAs, replacement.new))
    for decision in decisions:
        mention = decision.mention
        graph = graphs[mention.search_key]
        node = RESOURCE[f"identity/{article_key(mention.article)}/{name_segment(mention.name)}"]
        _add_decision(graph, node, mention, decision.person.iri, decision.reason)
        for number, (other, reason) in enumerate(decision.kept_apart, 1):
            apart = URIRef(f"{node}/apart/{number}")
            _add_decision(graph, apart, mention, decision.person.iri, reason)
            graph.add((apart, KGO.keptApartFrom, other.iri))
    return list(graphs.values())


def _add_decision(graph: Graph, node: URIRef, mention: Mention, person: URIRef, reason: str) -> None:
    graph.add((node, RDF.type, KGO.IdentityDecision))
    graph.add((node, RDFS.label, Literal(f"{mention.name} – {mention.article}", lang="vi")))
    graph.add((node, KGO.inArticle, article_iri(mention.article)))
    graph.add((node, KGO.mentionName, Literal(mention.name, lang="vi")))
    graph.add((node, KGO.resolvedTo, person))
    graph.add((node, KGO.reason, Literal(reason, lang="en")))
