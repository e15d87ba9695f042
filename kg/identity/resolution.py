"""Resolving identities: read the mentions of some names, decide, and give the graphs to store."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from extract.lexicon import Lexicon
from kg.identity.decisions import Decision, Replacement, decide
from kg.identity.mentions import ArticleMentions, Mention, read_mentions, read_replaced
from kg.mapping import article_iri, article_key, derived_graph_iri, membership_prefix, name_segment
from kg.store import Store
from kg.store.graphs import article_graph_iri
from kg.store.updates import ntriples_of
from kg.vocab import KGO, OWL, RDF, RDFS, RESOURCE


@dataclass
class Renaming:
    """What renaming its people changes in an article graph: the triples naming a renamed
    person or membership, as stored (`removed`) and renamed (`added`)."""

    graph_iri: str
    removed: set[tuple[Node, Node, Node]]
    added: set[tuple[Node, Node, Node]]


@dataclass
class ResolvedNames:
    """What resolving some names from their mentions gives (`resolve_mentions`): the graphs
    to store, as N-Triples, and the person nodes to rename in the article graphs."""

    search_keys: set[str]
    renames: dict[str, dict[str, str]]  # article → {node in its graph: the person's IRI}
    identity: list[tuple[str, str]]  # (kgg:identity/<key>, N-Triples), one per search key
    attestation: list[tuple[str, str]]  # (kgg:attestation/<key>, N-Triples), one per search key


@dataclass
class Resolution:
    """What resolving identities over the store gives: graphs to store, and counts."""

    search_keys: set[str]  # the names resolved
    rewritten: list[Renaming]  # the article graphs whose people are renamed (only those that change)
    # The triples of kgg:identity/<key>, by search key (empty: none of its mentions is left).
    identity: dict[str, set[tuple[Node, Node, Node]]]
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
        rewritten=[renaming_in_store(store, article, nodes) for article, nodes in sorted(renames.items())],
        identity=identity_triples(decisions, replacements, keys),
        renamed=sum(len(nodes) for nodes in renames.values()),
    )


def renaming_in_store(store: Store, article: str, renames: dict[str, str]) -> Renaming:
    """`rename_people` for the stored graph of `article`, reading only the triples that name
    a renamed person or membership (reading the whole graph back took most of the time)."""
    prefixes = [membership_prefix(URIRef(old)) for old in renames]
    olds = ", ".join(URIRef(old).n3() for old in renames)
    tests = " || ".join(f"?{term} IN ({olds})" for term in "spo")
    tests += "".join(f" || STRSTARTS(STR(?{term}), {Literal(prefix).n3()})" for prefix in prefixes for term in "spo")
    graph_iri = article_graph_iri(article)
    graph = Graph(identifier=graph_iri)
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph_iri.n3()} {{ ?s ?p ?o FILTER({tests}) }} }}"
    graph += store.query(query).graph
    return rename_people(graph, renames)


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


def identity_triples(decisions: list[Decision], replacements: list[Replacement],
                     search_keys: Collection[str]) -> dict[str, set[tuple[Node, Node, Node]]]:
    """The triples of kgg:identity/<key>, by search key: one kgo:IdentityDecision per
    mention, one per person it was kept apart from, and the person IRIs retired (owl:sameAs
    the IRI that names their person now). Sets of triples, not rdflib Graphs: filling
    Graphs took most of the time of resolving a first build's names."""
    graphs: dict[str, set[tuple[Node, Node, Node]]] = {key: set() for key in sorted(search_keys)}
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
    return graphs


def _add_decision(graph: set[tuple[Node, Node, Node]], node: URIRef, mention: Mention, person: URIRef,
                  reason: str) -> None:
    graph.add((node, RDF.type, KGO.IdentityDecision))
    graph.add((node, RDFS.label, Literal(f"{mention.name} – {mention.article}", lang="vi")))
    graph.add((node, KGO.inArticle, article_iri(mention.article)))
    graph.add((node, KGO.mentionName, Literal(mention.name, lang="vi")))
    graph.add((node, KGO.resolvedTo, person))
    graph.add((node, KGO.reason, Literal(reason, lang="en")))


def resolve_mentions(articles: list[ArticleMentions], lexicon: Lexicon, shapes) -> ResolvedNames:
    """Who is who among the mentions of `articles` (`kg.identity.article_mentions`), and when
    their posts are attested: what `resolve` and `kg.attestation` give over a store holding
    exactly these articles and no identity decision yet (a first build), read from the
    articles' own mentions instead of the store. Every search key's mentions must be here:
    names are decided each from all of its mentions. The graphs are checked against
    `shapes` (kg.validation.DerivedGraphError).

    A name's decisions depend only on its mentions, so groups of names can be resolved
    apart — a first build resolves them on its workers."""
    from kg.attestation import attestation_triples
    from kg.validation import check_derived

    mentions = sorted((mention for article in articles for mention in article.mentions),
                      key=lambda m: (m.key, m.order))
    keys = {mention.search_key for mention in mentions}
    decisions, replacements = decide(mentions, lexicon, {})
    renames: dict[str, dict[str, str]] = {}
    for decision in decisions:
        target = str(decision.person.iri)
        if decision.mention.node != target:
            renames.setdefault(decision.mention.article, {})[decision.mention.node] = target
    identity = identity_triples(decisions, replacements, keys)
    check_derived("identity", identity.values(), shapes)
    renamed = {(article, node): target for article, nodes in renames.items() for node, target in nodes.items()}
    attestation = attestation_triples(
        ((key, article.article, node, membership, date) for article in articles
         for key, node, membership, date in article.memberships if key in keys), renamed, keys)
    check_derived("attestation", attestation.values(), shapes)
    return ResolvedNames(keys, renames, _ntriples("identity", identity), _ntriples("attestation", attestation))


def _ntriples(derivation: str, graphs: dict[str, set[tuple[Node, Node, Node]]]) -> list[tuple[str, str]]:
    """(graph IRI, N-Triples) of each search key's graph of `derivation`."""
    return [(str(derived_graph_iri(derivation, key)), ntriples_of(triples))
            for key, triples in graphs.items()]
