"""Building the store from article files: read, extract, map to RDF, store."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.batch import Batch
from extract.facts import ArticleFacts
from extract.pipeline import extract_facts
from kg.store import Store


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
    skipped: list[tuple[str, str]] = field(default_factory=list)


def build(paths: list[str | Path], store: Store, *, progress: bool = False) -> BuildReport:
    """Extract every article under `paths` into `store`, replacing earlier versions."""
    report = BuildReport()
    batch = Batch(paths, progress=progress)
    for article in batch.articles():
        facts = extract_facts(article)
        report.triples_written += store.replace_article(facts)
        report.articles += 1
        report.facts += count_facts(facts)
    report.skipped = batch.skipped
    return report
