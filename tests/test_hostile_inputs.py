"""A batch no input can stop: a corpus of hostile inputs (deep nesting, huge lines, every
encoding, bad names, loops, fifos, permissions) through `kg build` and `kg extract`.

Each input is either read (its article is stored or written) or skipped with one line
naming it; the batch always goes on, nothing is half-written, and no traceback or
"internal error" is printed.
"""
from __future__ import annotations

import codecs
import errno
import gzip
import json
import re
import os
import socket
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kg_fixtures import MEETING_TEXT, VISIT_TEXT
from legacy_text import cp1258

from extract.reader import find_inputs, printable
from kg.cli import main
from kg.commands import output_file_name
from kg.store import open_store

GOOD = MEETING_TEXT
AGAIN = object()  # a JSONL record named like one read before it
AS_ROOT = os.geteuid() == 0  # root reads what chmod 000 forbids: those inputs are left out


@dataclass
class Corpus:
    """Hostile inputs: the command-line arguments, and what a batch over them must give."""

    root: Path
    arguments: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)  # names of the articles read
    skipped: Counter = field(default_factory=Counter)  # input (as printed) -> times it is skipped

    def file(self, name: str | bytes, data: bytes | str, article: str | None = None) -> Path:
        """A file in the corpus folder; `article`: the name of the article it gives (else skipped)."""
        path = self.root / "in" / (os.fsdecode(name) if isinstance(name, bytes) else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.expect(path, article)
        return path

    def expect(self, path: Path, article: str | None) -> None:
        if article is None:
            self.skipped[printable(path)] += 1
        else:
            self.articles.add(article)

    def jsonl(self, name: str, lines: list[tuple[str, str | None]]) -> None:
        """A JSONL file of (line, what it gives): the name of its article; None, a bad line
        (skipped as FILE:LINE); or AGAIN, a record named like one before (skipped as the
        record FILE#LINE)."""
        path = self.file(name, "\n".join(line for line, _ in lines) + "\n", article="")
        self.articles.discard("")
        for number, (_, article) in enumerate(lines, 1):
            if article is None:
                self.skipped[f"{printable(path)}:{number}"] += 1
            elif article is AGAIN:
                self.skipped[f"{printable(path)}#{number}"] += 1
            else:
                self.articles.add(article)


def record(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def build_corpus(root: Path) -> Corpus:
    corpus = Corpus(root)
    folder = root / "in"
    folder.mkdir()
    outside = root / "outside"
    outside.mkdir()

    # Every encoding the reader accepts, and others it must refuse in one line.
    corpus.file("utf8.txt", GOOD, "utf8")
    corpus.file("utf8-bom.txt", codecs.BOM_UTF8 + GOOD.encode(), "utf8-bom")
    corpus.file("utf16le-bom.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), "utf16le-bom")
    corpus.file("utf16be-bom.txt", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "utf16be-bom")
    corpus.file("utf16le.txt", GOOD.encode("utf-16-le"), "utf16le")
    corpus.file("utf16be.txt", GOOD.encode("utf-16-be"), "utf16be")
    corpus.file("cp1258.txt", cp1258(GOOD), "cp1258")
    corpus.file("nfd.txt", unicodedata.normalize("NFD", GOOD), "nfd")
    corpus.file("crlf.txt", GOOD.replace("\n", "\r\n"), "crlf")
    corpus.file("utf32le.txt", GOOD.encode("utf-32"))  # its mark starts like UTF-16's
    corpus.file("utf32be.txt", GOOD.encode("utf-32-be"))
    corpus.file("shift-jis.txt", "日本語のニュース記事です。会議が開かれました。".encode("shift_jis"))
    corpus.file("gb18030.txt", "省人民委员会召开会议。".encode("gb18030"))
    corpus.file("koi8-r.txt", "Заседание областного комитета состоялось.".encode("koi8_r"))
    corpus.file("latin1-german.txt", "Die Sitzung des Ausschusses für Übergrößen fand statt.".encode("latin-1"))
    corpus.file("ebcdic.txt", "Hoi nghi tong ket. Ban hanh.".encode("cp500"))
    corpus.file("truncated-utf8.txt", GOOD.encode()[:-1] + b"\xe1\xba")
    # not UTF-8, but Windows-1258 that reads as Vietnamese ("À¯", "í€"): read so
    corpus.file("overlong-utf8.txt", b"Hoi nghi \xc0\xaf tong ket \xe0\x80\xaf", "overlong-utf8")
    corpus.file("utf8-surrogate.txt", b"Hoi nghi \xed\xa0\x80 tong ket", "utf8-surrogate")
    corpus.file("bom-only.txt", codecs.BOM_UTF8)
    corpus.file("utf16-odd.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le") + b"\x00")
    corpus.file("empty.txt", b"")
    corpus.file("spaces.txt", " \n\t\r\n" * 100)
    corpus.file("controls.txt", "\x01\x02\x03 Hội nghị \x04\x05" * 50)
    corpus.file("nul.txt", b"\x00" * 64)
    corpus.file("random.txt", bytes(range(256)) * 8)
    corpus.file("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    corpus.file("gzip.txt", gzip.compress(GOOD.encode()))
    corpus.file("digits.txt", "12345 67890\n" * 20)  # no letter once noise is removed

    # Deep nesting and huge lines.
    corpus.file("parens.txt", "(" * 100_000 + GOOD, "parens")
    corpus.file("deep-divs.html", "<html><body>" + "<div>" * 100_000 + GOOD + "</div>" * 100_000 + "</body></html>")
    # deeper than the HTML parser goes (256): no text is found
    corpus.file("deep-tags.html", "<html><body><p>" + "<b>" * 5_000 + GOOD + "</b>" * 5_000 + "</p></body></html>")
    corpus.file("huge-word.txt", "a" * 1_000_000)
    corpus.file("long-line.txt", GOOD.replace("\n", " ") * 50, "long-line")
    (folder / "too-large.txt").write_bytes(b"")
    os.truncate(folder / "too-large.txt", 21_000_000)  # sparse: over the 20 MB limit, no disk used
    corpus.expect(folder / "too-large.txt", None)
    corpus.file("huge-line.jsonl", "[" + "1," * 1_500_000 + "\n")
    corpus.file("good.html", f"<html><head><title>Tin</title></head><body><p>{GOOD}</p></body></html>", "good")
    corpus.file("nothing.html", "<html><body><script>x()</script></body></html>")
    corpus.jsonl("feed.jsonl", [
        (record(id="r-1", text=GOOD), "r-1"),
        ("[" * 100_000, None),  # a RecursionError in the JSON parser
        ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", None),
        ("1" * 5_000, None),  # a number Python will not convert
        (record(id="r-2028", text=GOOD + "\u2028Dòng mới.\u0085Hết."), "r-2028"),
        (json.dumps({"id": "r-nul", "text": GOOD + "\u0000 giữa\u0000", "title": "Tin\u0000"}), "r-nul"),
        ('{"id": "r-surrogate", "text": "' + json.dumps(GOOD)[1:-1] + ' \\ud800 nửa ký tự"}', "r-surrogate"),
        (record(id="r-1", text=VISIT_TEXT), AGAIN),
        (record(id=42, text=VISIT_TEXT), "42"),
        (record(url="https://example.gov.vn/tin/a?b=1", text=VISIT_TEXT), "https://example.gov.vn/tin/a?b=1"),
        (record(id="x" * 1_000, text=VISIT_TEXT), "x" * 1_000),
        (record(id="..", text=VISIT_TEXT), ".."),
        (record(id="dòng\nmới", text=VISIT_TEXT), "dòng\\nmới"),
        (record(id=True, text=GOOD), None),
        (record(id={"a": 1}, text=GOOD), None),
        (record(text=5), None),
        (record(title="no text"), None),
        (record(text=GOOD, date="not a date"), None),
        ("null", None),
        ("[]", None),
        ("{broken", None),
        (record(text=GOOD, extra={"nested": [1, 2, 3]}) + "\r", "feed-22"),
    ])
    corpus.file("all-bad.jsonl", "{\n[" * 100 + "\n")

    # Names: not UTF-8, with line breaks and terminal escapes, long, odd.
    corpus.file(b"bad-\xff\xfe.txt", GOOD, "bad-\\xff\\xfe")
    corpus.file("line\nbreak.txt", GOOD, "line\\nbreak")
    corpus.file("escape-\x1b[31m.txt", GOOD, "escape-\\x1b[31m")
    corpus.file("override-\u202egnp.txt", GOOD, "override-\\u202egnp")
    corpus.file("n" * 246 + ".txt", GOOD, "n" * 246)
    corpus.file("hội nghị " * 19 + ".htm", f"<p>{GOOD}</p>", "hội nghị " * 19)  # 251 bytes
    corpus.file("it's \"quoted\" %2F #1.txt", GOOD, "it's \"quoted\" %2F #1")
    corpus.file("-rf.txt", GOOD, "-rf")
    corpus.file("UPPER.TXT", GOOD, "UPPER")
    corpus.file("back\\slash.txt", GOOD, "back\\slash")
    corpus.file("emoji-📰.txt", GOOD, "emoji-📰")
    corpus.file("notes.pdf", b"%PDF-1.4")  # another type inside a folder: passed over silently
    corpus.skipped.pop(printable(folder / "notes.pdf"))
    corpus.file(".hidden.txt", b"\x00")  # hidden: passed over silently
    corpus.skipped.pop(printable(folder / ".hidden.txt"))
    corpus.file("zz-nested/utf8.txt", VISIT_TEXT)  # the name of an article read before
    corpus.file("folder.txt/inside.txt", VISIT_TEXT, "inside")  # a folder named like a file is a folder

    # Links, loops, fifos, sockets, devices.
    (outside / "linked.txt").write_text(VISIT_TEXT)
    os.symlink(outside / "linked.txt", folder / "link-to-file.txt")
    corpus.expect(folder / "link-to-file.txt", "link-to-file")
    os.symlink(outside, folder / "link-to-folder")
    corpus.expect(folder / "link-to-folder" / "linked.txt", "linked")
    for name, target in [("loop.txt", "loop.txt"), ("ping.txt", "pong.txt"), ("pong.txt", "ping.txt"),
                         ("dangling.txt", "missing.txt"), ("zero.txt", "/dev/zero")]:
        os.symlink(target, folder / name)
        corpus.expect(folder / name, None)
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder loop
    corpus.expect(folder / "sub" / "up", None)
    for name in ("pipe.txt", "pipe"):
        os.mkfifo(folder / name)
        corpus.expect(folder / name, None)
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(folder / "socket.txt"))
    corpus.expect(folder / "socket.txt", None)

    # Permissions (root reads anything).
    if not AS_ROOT:
        corpus.file("locked.txt", GOOD).chmod(0)
        (folder / "locked-folder").mkdir()
        (folder / "locked-folder" / "a.txt").write_text(GOOD)
        (folder / "locked-folder").chmod(0)
        corpus.expect(folder / "locked-folder", None)

    # Inputs named on the command line.
    os.symlink("self-loop", root / "self-loop")
    os.mkfifo(root / "named-pipe.txt")
    (root / "no-inputs").mkdir()
    (root / "no-inputs" / "readme.md").write_text("x")
    named = [root / "self-loop", root / "named-pipe.txt", root / "missing.txt", root / "no-inputs", folder / "notes.pdf"]
    for path in named:
        corpus.expect(path, None)
    corpus.arguments = [str(folder), *map(str, named), ""]
    corpus.skipped['""'] += 1
    return corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = build_corpus(tmp_path_factory.mktemp("hostile"))
    yield corpus
    for path in (corpus.root / "in" / "locked.txt", corpus.root / "in" / "locked-folder"):
        if path.exists():
            path.chmod(0o700)  # so that pytest can remove it


def test_the_corpus_holds_at_least_60_hostile_inputs(corpus):
    assert sum(corpus.skipped.values()) + len(corpus.articles) >= 60


def skipped_inputs(stderr: str) -> Counter:
    """Input → times skipped, from `kg: skipped INPUT: REASON` lines; any other line fails."""
    inputs = Counter()
    for line in stderr.splitlines():
        assert line.startswith("kg: skipped "), line
        inputs[line.removeprefix("kg: skipped ").split(": ", 1)[0]] += 1
    return inputs


def test_kg_build_stores_every_usable_input_and_skips_each_other_in_one_line(corpus, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", *corpus.arguments, "--store", str(store)]) == 2
    out, err = capsys.readouterr()
    assert skipped_inputs(err) == corpus.skipped
    # Most inputs are one text in other encodings and wrappings: stored once, the rest counted as its copies.
    read = re.match(r"read (\d+) article\(s\)(?: \((\d+) more were copies)?", out)
    assert int(read[1]) + int(read[2] or 0) == len(corpus.articles)
    with open_store(store, create=False) as opened:
        assert set(opened.article_names()) <= corpus.articles and len(opened.article_names()) == int(read[1])
        # what JSON escapes let in never reaches the store
        assert not opened.query('ASK { ?s ?p ?o FILTER(isLiteral(?o) && REGEX(STR(?o), "[\\\\x00\\\\x01]")) }'
                                ).askAnswer


def test_kg_extract_writes_every_usable_input_whole_and_skips_each_other_in_one_line(corpus, tmp_path, capsys):
    out_dir = tmp_path / "out"
    assert main(["extract", *corpus.arguments, "--out", str(out_dir)]) == 2
    out, err = capsys.readouterr()
    assert skipped_inputs(err) == corpus.skipped
    assert out == f"wrote {len(corpus.articles)} file(s) to {out_dir}\n"
    written = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in out_dir.iterdir()}
    assert set(written) == {output_file_name(name, ".json") for name in corpus.articles}  # no temporary file
    assert {document["article"] for document in written.values()} == {f"{name}.txt" for name in corpus.articles}


def test_special_inputs_say_what_they_are(corpus):
    _, skipped = find_inputs(corpus.arguments)
    reasons = {source.removeprefix(str(corpus.root) + "/"): reason for source, reason in skipped}
    assert reasons["self-loop"] == "symbolic link loop"
    assert reasons["named-pipe.txt"] == "not a regular file (a fifo)"
    assert reasons["in/pipe"] == "not a regular file (a fifo)"
    assert reasons["in/socket.txt"] == "not a regular file (a socket)"
    assert reasons["in/zero.txt"] == "not a regular file (a device)"
    assert reasons["in/ping.txt"] == reasons["in/loop.txt"] == "symbolic link loop"
    assert reasons["in/sub/up"] == "symbolic link loop (it leads back into a folder it is in)"
    assert reasons["in/dangling.txt"] == "broken symbolic link (to missing.txt)"
    assert reasons["missing.txt"] == "no such file or folder"
    if not AS_ROOT:
        assert reasons["in/locked-folder"] == "permission denied"


def test_a_folder_that_cannot_be_listed_says_permission_denied(tmp_path, monkeypatch):
    """(Also as root, who may list any folder: the refusal is simulated.)"""
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def refusing_scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    assert find_inputs([tmp_path / "locked"]) == ([], [(str(tmp_path / "locked"), "permission denied")])
