"""The extraction pipeline: a spaCy `Language` for Vietnamese government news.

Each stage is a registered component factory (see `extract/components/`) that reads
what earlier ones left on the Doc and adds typed facts to `doc._.facts`. The order
matters and is declared once, here; so is the one `Lexicon` every stage reads with.

    extractor = Extractor(Lexicon.load())
    facts = extractor.extract(article)
"""
from __future__ import annotations

import time

import spacy
from spacy.language import Language

from . import tokenizer  # noqa: F401  (registers the tokenizer)
from .components import (  # noqa: F401  (each module registers its component)
    articles,
    bylines,
    coref,
    directives,
    events,
    firms,
    organizations,
    persons,
    places,
    positions,
    programs,
    sentences,
)
from .facts import Article, ArticleFacts
from .lexicon import Lexicon
from .reader import DEFAULT_MAX_BYTES

PIPELINE = (
    "vi_sentences",  # sentence boundaries (lines, full stops)
    "vi_bylines",  # authors, photo credits, content owner
    "vi_places",  # administrative units: spans "place"
    "vi_article_province",  # the article's province (not from a credit), or None
    "vi_organizations",  # spans "org", Organization facts
    "vi_persons",  # person names: spans "person"
    "vi_positions",  # titles around names: Position facts, spans "person_ref"
    "vi_coref",  # title-only and short-name mentions -> persons
    "vi_events",  # meetings and who chaired/directed/attended/spoke
    "vi_firms",  # firms and partnerships
    "vi_directives",  # requests an official addresses to a body (a firm by the name vi_firms gives it)
    "vi_programs",  # programs and legal instruments
    "vi_article_facts",  # final assembly: persons and organizations lists
)

def build_nlp(lexicon: Lexicon) -> Language:
    """The pipeline, each component initialized with `lexicon`."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_gov_news.tokenizer.v1",
                                                          "dotted_levels": sorted(lexicon.places.dotted)}}})
    for name in PIPELINE:
        nlp.add_pipe(name)
    for _, component in nlp.pipeline:
        component.initialize(nlp=nlp, lexicon=lexicon)
    # Any text the reader accepts (it has at most as many characters as bytes). spaCy's
    # default limit of a million characters guards the memory of parsers and NER models;
    # these rule-based components need a few hundred MB for a 2 MB article.
    nlp.max_length = DEFAULT_MAX_BYTES
    return nlp


# Extraction is linear in the text (about 0.6-0.9 s per 100 KB on one core here:
# benchmarks/bench_article_length.py), so a 20 MB input, the reader's limit, takes minutes.
# A batch must not wait that long on one article: past this many seconds it is skipped.
DEFAULT_TIME_BUDGET_S = 60.0


class OverTimeBudget(RuntimeError):
    """An article's extraction ran past the time budget; the message says where it stopped."""


class Extractor:
    """Articles in, facts out: the pipeline built once with one lexicon.

    `time_budget_s` bounds one article's extraction: the budget is checked after each stage
    of the pipeline (a stage is linear in the text, so an article overruns it by at most one
    stage's time), and an article past it raises OverTimeBudget. None: no budget.
    """

    def __init__(self, lexicon: Lexicon, time_budget_s: float | None = DEFAULT_TIME_BUDGET_S):
        self.lexicon = lexicon
        self.nlp = build_nlp(lexicon)
        self.time_budget_s = time_budget_s

    def extract(self, article: Article) -> ArticleFacts:
        """Everything the article states, as typed facts."""
        start = time.monotonic()
        doc = self.nlp.make_doc(article.text)
        doc._.facts = ArticleFacts(article=article)
        for name, stage in self.nlp.pipeline:
            doc = stage(doc)
            elapsed = time.monotonic() - start
            if self.time_budget_s is not None and elapsed > self.time_budget_s and name != self.nlp.pipe_names[-1]:
                raise OverTimeBudget(f"over the time budget of {self.time_budget_s:g} s per article "
                                     f"({len(article.text):,} characters; stopped after {name}, at {elapsed:.1f} s)")
        return doc._.facts
