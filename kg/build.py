"""Building the store from article files: read, extract, map to RDF, check, store; and removing.

Every article graph is checked against the SHACL shapes before it is stored: one that
does not conform is reported with one line and not stored (an earlier version of it
stays). After the articles are in, or one is removed, the graphs derived from the
whole store are recomputed: who is who (`kg.identity`, graph kgg:identity) and when
each post is attested (`kg.attestation`, graph kgg:attestation). They are checked too.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from extract.batch import Batch
from extract.facts import ArticleFacts
from extract.pipeline import extract_facts
from kg.attestation import attestation_graph
from kg.identity import Resolution, resolve
from kg.mapping import MappingError, facts_to_graph
from kg.store import Store
from kg.validation import validate_graph
from kg.vocab import compact


def count_facts(facts: ArticleFacts) -> int:
    """Statements an article makes: posts, event roles, directives, programs, firms ..."""
    return (sum(len(p.positions) or 1 for p in facts.persons) + len(facts.organizations)
            + len(facts.programs) + len(facts.firms) + len(facts.partnerships)
            + sum(len(e.participations) for e in facts.events) + len(facts.directives)
            + len(facts.authors))


@dataclass
class BuildReport:
    articles: int = 0
    facts: int = 0
    triples_written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, one-line reason)
    encodings: Counter[str] = field(default_factory=Counter)  # articles read per detected encoding
    identity: Resolution | None = None


class ArticleRejected(Exception):
    """An article that cannot be stored faithfully; the message is one line naming it."""


class DerivedGraphError(RuntimeError):
    """A graph derived from the whole store breaks the shapes: a bug, never the input's fault."""


def build(paths: list[str | Path], store: Store, *, progress: bool = False) -> BuildReport:
    """Extract every article under `paths` into `store`, replacing earlier versions."""
    report = BuildReport()
    batch = Batch(paths, progress=progress)
    for article in batch.articles():
        facts = extract_facts(article)
        try:
            report.triples_written += store_article(store, facts)
        except ArticleRejected as rejected:
            report.skipped.append((article.source, str(rejected)))
            continue
        report.articles += 1
        report.facts += count_facts(facts)
        report.encodings[article.encoding] += 1
    report.skipped = batch.skipped + report.skipped
    report.identity = update_derived_graphs(store)
    return report


def store_article(store: Store, facts: ArticleFacts) -> int:
    """Map, check and store one article's facts in place of its earlier version; the triple count.

    Raises ArticleRejected when the facts cannot be mapped or the graph breaks the shapes;
    the store is then unchanged. Call `update_derived_graphs` once the articles are in.
    """
    try:
        graph = facts_to_graph(facts)
    except MappingError as error:
        raise ArticleRejected(str(error)) from None
    check = validate_graph(graph)
    if not check.conforms:
        violations = [problem for problem in check.problems if problem.startswith("Violation")]
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        raise ArticleRejected(
            f"{facts.article.name}: not stored, its graph breaks the shapes: {violations[0]}{more}"
        )
    return store.replace_graph(graph)


def remove(store: Store, article: str) -> list[str]:
    """Remove an article by its name, or the articles read from a file or folder; the names removed.

    A path that no longer exists still names the article its file stem named.
    """
    stored = set(store.article_names())
    if article in stored:
        names = [article]
    elif Path(article).exists():
        names = [a.name for a in Batch([article]).articles()]
    else:
        names = [Path(article).stem]
    removed = [name for name in names if name in stored and store.remove_article(name)]
    if removed:
        update_derived_graphs(store)
    return removed


def update_derived_graphs(store: Store) -> Resolution:
    """Recompute kgg:identity and kgg:attestation from the article graphs now in the store."""
    identity = resolve(store)
    _check_derived(identity.identity)
    for graph in identity.rewritten:
        store.replace_graph(graph)
    store.replace_graph(identity.identity)
    attestation = attestation_graph(store)  # after renaming: memberships are renamed with their person
    _check_derived(attestation)
    store.replace_graph(attestation)
    return identity


def _check_derived(graph: Graph) -> None:
    check = validate_graph(graph)
    if not check.conforms:
        raise DerivedGraphError(f"{compact(str(graph.identifier))} breaks the shapes: {check.problems[0]}")
