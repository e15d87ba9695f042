"""The lexicon, page cleaner and pipeline the tests share: loaded once per test run."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from extract import reader
from extract.clean import CleanPage, PageCleaner
from extract.dates import DateReader
from extract.facts import Article, ArticleFacts
from extract.lexicon import Lexicon
from extract.pipeline import Extractor

LEXICON = Lexicon.load()
CLEANER = PageCleaner(LEXICON)
DATES: DateReader = CLEANER.dates


@cache
def extractor() -> Extractor:
    return Extractor(LEXICON)


def extract_facts(article: Article) -> ArticleFacts:
    return extractor().extract(article)


def read_articles(path: Path, **options) -> reader.ReadResult:
    return reader.read_articles(path, CLEANER, **options)


def clean_page(text: str, **options) -> CleanPage:
    return CLEANER.clean_page(text, **options)
