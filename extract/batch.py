"""Reading many inputs at once: files and folders in, articles out, bad inputs set aside.

A bad file, or an article whose extraction fails, never stops a batch: it is recorded
with a one-line reason in `Batch.skipped`, and the rest goes on: so is a file that
meets a bug in the reader. Article names (file stems, a JSONL record's id or url) are
unique in a batch: an article named like one read before it (news.txt in two folders)
is skipped with both inputs named, rather than overwriting it in the store or the
output folder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from tqdm import tqdm

from .clean import PageCleaner
from .facts import Article, ArticleFacts
from .lexicon import Lexicon
from .reader import InputError, find_inputs, printable, read_articles

if TYPE_CHECKING:
    from .pipeline import Extractor  # spaCy: imported by whoever extracts, not to read


def name_clash(name: str, first_source: str) -> str:
    """Why an article named like one read before it in the batch is skipped."""
    return f"same article name {name!r} as {first_source} (read first); rename one"


@dataclass
class Batch:
    paths: list[str | Path]
    lexicon: Lexicon
    progress: bool = False  # a progress bar on stderr (only when it is a terminal)
    activity: str = "reading"  # what the bar says is done with each file ("extracting")
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    files_found: int = 0
    files_read: int = 0

    def articles(self) -> Iterator[Article]:
        files, skipped = find_inputs(self.paths)
        self.files_found = len(files)
        self.skipped.extend(skipped)
        cleaner = PageCleaner(self.lexicon)
        source_of: dict[str, str] = {}  # article name -> the input it was read from
        bar: Iterable[Path] = tqdm(files, unit="file", desc=self.activity, disable=None) if self.progress else files
        for path in bar:
            try:
                result = read_articles(path, cleaner)
            except InputError as error:
                self.skipped.append((error.source, error.reason))
                continue
            except Exception as error:  # a bug met on this input: it must not stop the batch
                self.skipped.append((printable(path), f"unreadable ({_one_line(error)})"))
                continue
            self.files_read += 1
            self.skipped.extend(result.skipped)
            for article in result.articles:
                if article.name in source_of:
                    self.skipped.append((article.source, name_clash(article.name, source_of[article.name])))
                    continue
                source_of[article.name] = article.source
                yield article

    def extracted(self, extractor: Extractor) -> Iterator[tuple[Article, ArticleFacts]]:
        """Each article read with its facts. One whose extraction fails (a bug met on its
        text) is skipped with the error, so one article cannot stop the batch."""
        for article in self.articles():
            try:
                facts = extractor.extract(article)
            except Exception as error:
                self.skipped.append((article.source, f"extraction failed ({_one_line(error)})"))
                continue
            yield article, facts


def _one_line(error: Exception) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())}"
