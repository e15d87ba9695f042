"""Reading input files into `extract.facts.Article`s.

Accepted inputs: scraped pages as text (`.txt`), web pages (`.html`, `.htm`) and
JSON Lines (`.jsonl`, one article per line). Text is decoded from UTF-8 (with or
without BOM), UTF-16 (with or without BOM), or Windows-1258, the legacy Vietnamese code page,
then put in Unicode NFC; tone-mark placement is left as written (evidence quotes
the text as published; matching goes through `extract.text.fold`).

A file that cannot be used at all raises `InputError`, whose message is one line
naming the file and the reason. In a JSONL file a bad line is reported in
`ReadResult.skipped` and the other lines are still read.

Whatever the input holds, an `Article` holds text: article names, sources and
fields are valid Unicode without control characters (`printable` for file names
that are not UTF-8; `_text_only` for what JSON escapes let in, such as `\u0000`),
so every later stage can print them on one line and write them into RDF.
"""
from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import unicodedata
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import trafilatura
from lxml.etree import ParserError

from .clean import PageCleaner
from .facts import Article
from .text import nfc

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 20_000_000
_JSONL_FIELDS = ("text", "url", "title", "date", "province")  # strings when given
_JSONL_NAMES = ("id", "url")  # what names a JSONL record, first found first
# (mark, encoding name recorded in Article.encoding, codec for the bytes after the mark)
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
                     (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"))
# Windows-1258 text is accepted only when it reads as Vietnamese: every accented
# letter is one of Vietnamese's, and they are frequent (most Vietnamese words carry one).
_MIN_VIETNAMESE_LETTER_SHARE = 0.05
# A stray control character (a DOS end-of-file mark) is dropped; many mean binary data.
_MAX_CONTROL_CHARACTER_SHARE = 0.01
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # the controls but _ALLOWED_CONTROLS
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # Python pairs the halves it can; what is left is alone


def _vietnamese_letters() -> frozenset[str]:
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
    letters = {unicodedata.normalize("NFC", v + t) for v in vowels + vowels.upper() for t in tones}
    return frozenset(letters | {"đ", "Đ"})


_VIETNAMESE_LETTERS = _vietnamese_letters()


def printable(text: str | Path) -> str:
    """`text` (a path, an article name) as one printable line of valid Unicode: a byte of
    a file name that is not UTF-8 (which Python keeps as a lone surrogate) as `\\xff`, and
    a character a terminal would act on (a newline, an escape, a right-to-left override)
    as its escape (`\\n`, `\\x1b`, `\\u202e`)."""
    return "".join(map(_printable_character, str(text)))


def _printable_character(character: str) -> str:
    if character.isprintable():
        return character
    if "\udc80" <= character <= "\udcff":  # os.fsdecode's stand-in for the byte
        return f"\\x{ord(character) - 0xdc00:02x}"
    return repr(character)[1:-1]


class InputError(ValueError):
    """An input file that cannot be used; str() is one line naming the file and why."""

    def __init__(self, source: str | Path, reason: str):
        self.source = printable(source)
        self.reason = " ".join(reason.split())  # one line, whatever the cause said
        super().__init__(f"{self.source}: {self.reason}")


@dataclass
class ReadResult:
    articles: list[Article]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file or file:line, reason)


def find_inputs(paths: list[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders (recursively, sorted) into the input files to read.

    Returns (files, skipped): skipped lists (path, reason) for an empty path (not the
    current folder), paths that do not exist, symbolic link loops and broken links,
    what cannot be read for want of permission, folders holding no input file, files
    named explicitly that are of an unsupported type, and anything that is not a
    regular file or a folder (a fifo, a device, a socket: reading one would wait
    forever or never end), named or found in a folder. Regular files of other types
    inside a folder, and hidden files and folders, are passed over silently. A
    symbolic link to a folder is followed, unless it leads back into a folder it is in.
    """
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if not str(given):
            skipped.append(('""', "empty path (for the current folder, write .)"))
            continue
        try:
            status = path.stat()
        except OSError as error:
            skipped.append((printable(path), _unreachable(path, error)))
            continue
        if stat.S_ISDIR(status.st_mode):
            found, problems = _folder_inputs(path, [status])
            if not found and not problems:
                skipped.append((printable(path), "no input files in this folder "
                                                 f"(expected {', '.join(SUPPORTED_SUFFIXES)})"))
            skipped.extend(problems)
            files.extend(p for p in found if p not in files)
        elif not stat.S_ISREG(status.st_mode):
            skipped.append((printable(path), _not_regular(status)))
        elif not _is_supported(path):
            skipped.append((printable(path), _unsupported(path)))
        elif path not in files:
            files.append(path)
    return files, skipped


def _folder_inputs(folder: Path, within: list[os.stat_result]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The input files under `folder` in sorted order, and what could not be looked at.
    `within`: the folders it is in, itself included (a link back to one is a loop)."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError as error:
        return [], [(printable(folder), _unreachable(folder, error))]
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        try:
            status = path.stat()
        except OSError as error:
            problems.append((printable(path), _unreachable(path, error)))
            continue
        if stat.S_ISDIR(status.st_mode):
            if any(os.path.samestat(status, outer) for outer in within):
                problems.append((printable(path), "symbolic link loop (it leads back into a folder it is in)"))
                continue
            found, trouble = _folder_inputs(path, [*within, status])
            files.extend(found)
            problems.extend(trouble)
        elif not stat.S_ISREG(status.st_mode):
            problems.append((printable(path), _not_regular(status)))
        elif _is_supported(path):
            files.append(path)
    return files, problems


def _unreachable(path: Path, error: OSError) -> str:
    """Why `path` could not be looked at, in the user's terms."""
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno in (errno.ENOENT, errno.ENOTDIR) and path.is_symlink():
        return f"broken symbolic link (to {printable(os.readlink(path))})"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no such file or folder"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"unreadable ({error.strerror or error})"


def _not_regular(status: os.stat_result) -> str:
    kinds = ((stat.S_ISFIFO, "a fifo"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"))
    kind = next((name for test, name in kinds if test(status.st_mode)), "of an unknown kind")
    return f"not a regular file ({kind})"


def _is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _unsupported(path: Path) -> str:
    return f"unsupported file type {printable(path.suffix) or '(none)'!r} (expected {', '.join(SUPPORTED_SUFFIXES)})"


def read_articles(path: Path, cleaner: PageCleaner, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one input file, its pages cleaned by `cleaner`. Raises `InputError` when the
    whole file is unusable."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    text, encoding = decode(data, path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _read_jsonl(path, text, encoding, cleaner)
    if suffix in (".html", ".htm"):
        return ReadResult([_read_html(path, text, encoding, cleaner)])
    if suffix == ".txt":
        return ReadResult([_article(cleaner, printable(path.stem), printable(path), text, encoding)])
    raise InputError(path, _unsupported(path))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"too large ({_size(size)} > {_size(max_bytes)} limit)")
        return path.read_bytes()
    except OSError as error:
        raise InputError(path, _unreachable(path, error)) from None


def _size(n: int) -> str:
    """`52.1 MB`, `20 MB`, `1.5 KB`, `640 bytes`."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def decode(data: bytes, source: str | Path) -> tuple[str, str]:
    """(NFC text, encoding name) of a file's bytes; raises InputError when they are
    empty, binary or in none of the accepted encodings.

    Checks are deterministic, in order: byte-order mark, NUL bytes (UTF-16 without a
    byte-order mark if they fall as its ASCII letters' would, else binary), strict
    UTF-8, then Windows-1258 if the result reads as Vietnamese.
    """
    if not data.strip():
        raise InputError(source, "empty")
    for bom, name, codec in _BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(source, f"not valid {name} after its byte-order mark "
                                         f"(byte {error.start + len(bom)})") from None
            return _checked_text(text, source), name
    if b"\x00" in data:
        text, name = _utf16_without_bom(data)
        if text is None:
            raise InputError(source, "binary file (NUL bytes)")
        return _checked_text(text, source), name  # refuses binary data that decoded
    try:
        return _checked_text(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    try:
        text = nfc(data.decode("cp1258"))  # tone marks arrive as combining characters: compose them
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_vietnamese(text):
        return _checked_text(text, source), "cp1258"
    raise InputError(source, f"undecodable: not UTF-8 (bad byte at {first_bad}), UTF-16, "
                             "or Vietnamese Windows-1258")


def _utf16_without_bom(data: bytes) -> tuple[str | None, str]:
    """(text, encoding name) of what may be UTF-16 without a byte-order mark, or (None, "").

    Text in Latin letters has a zero high byte in most code units: its NUL bytes fall
    mostly on odd offsets in little-endian, on even ones in big-endian. Binary data
    decodes to control characters (or U+0000), which `_checked_text` refuses.
    """
    even, odd = data[0::2], data[1::2]
    name, high_bytes = ("utf-16-le", odd) if odd.count(0) >= even.count(0) else ("utf-16-be", even)
    if len(data) % 2 or high_bytes.count(0) * 2 < len(high_bytes):
        return None, ""
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        return None, ""


def _checked_text(text: str, source: str | Path) -> str:
    text = nfc(text)
    if not text.strip():
        raise InputError(source, "empty")
    controls = {c for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS}
    if "\x00" in controls or sum(text.count(c) for c in controls) > _MAX_CONTROL_CHARACTER_SHARE * len(text):
        raise InputError(source, "binary file (control characters)")
    return text.translate(dict.fromkeys(map(ord, controls)))


def _reads_as_vietnamese(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    accented = [c for c in letters if not c.isascii()]
    if not accented or any(unicodedata.combining(c) for c in text):
        return False  # a tone mark left uncomposed sat on a consonant: not Vietnamese
    return (all(c in _VIETNAMESE_LETTERS for c in accented)
            and len(accented) >= _MIN_VIETNAMESE_LETTER_SHARE * len(letters))


def _article(cleaner: PageCleaner, name: str, source: str, text: str, encoding: str, *, title: str | None = None,
             date: str | None = None, url: str | None = None, province: str | None = None) -> Article:
    """The cleaned article; `name` and `source` are `printable` already."""
    page = cleaner.clean_page(_text_only(text), title=title and _text_only(title))
    if not any(c.isalpha() for c in page.text):
        raise InputError(source, "no article text once page noise is removed")
    return Article(name=name, source=source, text=page.text, title=page.title, date=date or page.date,
                   url=url and _text_only(url), province=province and _text_only(province), encoding=encoding)


def _text_only(value: str) -> str:
    """`value` without what a JSON escape or an HTML character reference can put in a
    string but text cannot hold: control characters other than tabs and line breaks
    (`\\u0000`) are dropped, as in files; a lone surrogate (half of an escaped emoji)
    becomes U+FFFD, the replacement character."""
    return _LONE_SURROGATE.sub("\ufffd", _STRAY_CONTROL.sub("", value))


def _read_html(path: Path, html: str, encoding: str, cleaner: PageCleaner) -> Article:
    """Main text by trafilatura; headline and date from its metadata when present."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as error:
        raise InputError(path, f"malformed HTML ({error})") from None
    _keep_captions(tree)
    try:
        extracted = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
            config=_trafilatura_config(),
            # only dates the page states; no guessing from the URL or free text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura has no error type of its own; report, don't crash
        raise InputError(path, f"malformed HTML ({type(error).__name__}: {error})") from None
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(path, "malformed or empty HTML (no article text found)")
    date = cleaner.dates.normalize_date(extracted.date) if extracted.date else None
    return _article(cleaner, printable(path.stem), printable(path), extracted.text, encoding,
                    title=extracted.title or None, date=date, url=extracted.url or None)


def _keep_captions(tree: lxml.html.HtmlElement) -> None:
    """Move each <figcaption> out of its <figure> as a paragraph: trafilatura drops
    figures whole, but captions are sentences and carry the photo credits."""
    for caption in list(tree.iter("figcaption")):
        figure = next((a for a in caption.iterancestors() if a.tag == "figure"), None)
        caption.tag = "p"
        if figure is not None:
            figure.addnext(caption)


def _trafilatura_config():
    # trafilatura falls back to a flat, single-line text below 250 extracted
    # characters; short news items must keep their paragraphs.
    config = deepcopy(trafilatura.settings.DEFAULT_CONFIG)
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "1"
    return config


def _read_jsonl(path: Path, text: str, encoding: str, cleaner: PageCleaner) -> ReadResult:
    """One article per line (see `_jsonl_article`). Lines end at "\\n" only: JSON strings may
    hold U+2028 or U+0085 raw, which `str.splitlines` would take for line ends."""
    articles: list[Article] = []
    skipped: list[tuple[str, str]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{printable(path)}:{number}"
        try:
            articles.append(_jsonl_article(path, where, number, line, encoding, cleaner))
        except InputError as error:
            skipped.append((where, error.reason))
    if not articles:
        first = f" (first: line {skipped[0][0].rsplit(':', 1)[1]}: {skipped[0][1]})" if skipped else ""
        raise InputError(path, f"no usable JSONL records{first}")
    return ReadResult(articles, skipped)


def _jsonl_article(path: Path, where: str, number: int, line: str, encoding: str, cleaner: PageCleaner) -> Article:
    """{"text": ..., and optionally "id", "url", "title", "date", "province"}. The article is
    named by its "id", else its "url", so that it keeps its name when the feed's lines
    move; a record with neither is named by the file and line ("feed-12")."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"invalid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise InputError(where, "invalid JSON (nested too deeply)") from None
    except ValueError:  # a number Python will not convert
        raise InputError(where, "invalid JSON (a number of over 4,300 digits)") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(where, "missing or empty \"text\"")
    for key in _JSONL_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f"\"{key}\" must be a string")
    identifier = record.get("id")
    if identifier is not None and (isinstance(identifier, bool) or not isinstance(identifier, (str, int))
                                   or not str(identifier).strip()):
        raise InputError(where, "\"id\" must be a non-empty string or a whole number")
    date = None
    if record.get("date"):
        date = cleaner.dates.normalize_date(record["date"])
        if date is None:
            raise InputError(where, f"\"date\" {printable(record['date'])!r} is not a date (expected YYYY-MM-DD)")
    name = next((str(record[key]).strip() for key in _JSONL_NAMES if record.get(key)), None)
    return _article(cleaner, printable(nfc(_text_only(name))) if name else f"{printable(path.stem)}-{number}",
                    f"{printable(path)}#{number}", nfc(record["text"]), encoding,
                    title=record.get("title") or None, date=date, url=record.get("url") or None,
                    province=nfc(record["province"]).strip() if record.get("province") else None)
