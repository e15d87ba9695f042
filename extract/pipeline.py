"""The extraction pipeline: a spaCy `Language` for Vietnamese government news.

Each stage is a small registered component (see `extract/components/`) that reads
what earlier ones left on the Doc and adds typed facts to `doc._.facts`. The order
matters and is declared once, here.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import tokenizer  # noqa: F401  (registers the tokenizer)
from .components import (  # noqa: F401  (each module registers its component)
    articles, bylines, coref, directives, events, firms, organizations, persons,
    places, positions, programs, sentences,
)
from .facts import Article, ArticleFacts
from .reader import DEFAULT_MAX_BYTES

PIPELINE = (
    "vi_sentences",  # sentence boundaries (lines, full stops)
    "vi_places",  # administrative units: spans "place"
    "vi_article_province",  # the article's province, or None
    "vi_organizations",  # spans "org", Organization facts
    "vi_persons",  # person names: spans "person"
    "vi_positions",  # titles around names: Position facts, spans "person_ref"
    "vi_bylines",  # authors, photo credits, content owner
    "vi_coref",  # title-only and short-name mentions -> persons
    "vi_events",  # meetings and who chaired/directed/attended/spoke
    "vi_directives",  # requests an official addresses to a body
    "vi_programs",  # programs and legal instruments
    "vi_firms",  # firms and partnerships
    "vi_article_facts",  # final assembly: persons and organizations lists
)

for name in ("facts", "tokens", "org_context"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)
for name in ("place", "org", "person", "title"):
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_gov_news.tokenizer.v1"}}})
    for name in PIPELINE:
        nlp.add_pipe(name)
    # Any text the reader accepts (it has at most as many characters as bytes). spaCy's
    # default limit of a million characters guards the memory of parsers and NER models;
    # these rule-based components need a few hundred MB for a 2 MB article.
    nlp.max_length = DEFAULT_MAX_BYTES
    return nlp


def extract_facts(article: Article) -> ArticleFacts:
    """Everything the article states, as plain facts."""
    nlp = build_nlp()
    doc = nlp.make_doc(article.text)
    doc._.facts = ArticleFacts(article=article)
    return nlp(doc)._.facts
