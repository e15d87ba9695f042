"""Reading input files: formats, encodings, and one-line errors for unusable input."""
from __future__ import annotations

import codecs
import json
import os
import unicodedata
from pathlib import Path

import pytest
from legacy_text import cp1258
from lexicon_fixtures import read_articles
from sample_articles import EXPECTED, article_path, available

from extract.reader import InputError, find_inputs
from extract.text import fold

VIETNAMESE = ("Uỷ ban nhân dân tỉnh họp phiên thường kỳ tháng ba\n"
              "Sáng 5/3, Uỷ ban nhân dân tỉnh họp phiên thường kỳ năm 2024 về chuyển đổi số hoá.\n"
              "Nguyễn Minh An\n")


def _error(path: Path, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        read_articles(path, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ": ")
    return message


# --- finding inputs ------------------------------------------------------------------

def test_find_inputs_expands_folders_sorted_and_reports_what_it_skips(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.htm").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.JSONL").write_text("x")
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("x")
    explicit = tmp_path / "notes.pdf"
    files, skipped = find_inputs([tmp_path, tmp_path / "a.txt", explicit, tmp_path / "missing.txt"])
    assert files == [tmp_path / "a.txt", tmp_path / "b" / "2.htm", tmp_path / "c.JSONL"]
    assert [path for path, _ in skipped] == [str(explicit), str(tmp_path / "missing.txt")]
    assert "unsupported file type '.pdf'" in skipped[0][1]
    assert skipped[1][1] == "no such file or folder"


def test_find_inputs_reports_a_folder_without_input_files(tmp_path):
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / "dir.txt").mkdir()
    files, skipped = find_inputs([tmp_path, tmp_path / "dir.txt"])
    assert files == []
    assert [path for path, _ in skipped] == [str(tmp_path), str(tmp_path / "dir.txt")]
    assert all(reason.startswith("no input files in this folder") for _, reason in skipped)


def test_find_inputs_refuses_an_empty_path_rather_than_reading_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert find_inputs([""]) == ([], [('""', "empty path (for the current folder, write .)")])


def test_find_inputs_tells_a_fifo_or_a_device_from_a_missing_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    files, skipped = find_inputs([fifo, "/dev/zero"])
    assert files == [] and skipped == [(str(fifo), "not a regular file (a fifo)"),
                                       ("/dev/zero", "not a regular file (a device)")]


# --- the sample articles -----------------------------------------------------------

@pytest.mark.parametrize("stem", available())
def test_sample_article_is_read(stem):
    path = article_path(stem)
    result = read_articles(path)
    assert result.skipped == []
    [article] = result.articles
    assert (article.name, article.source, article.encoding) == (stem, str(path), "utf-8")
    assert fold(article.title) == fold(EXPECTED[stem].title)
    assert article.date == EXPECTED[stem].date
    assert article.province is None and article.url is None
    assert unicodedata.is_normalized("NFC", article.text)


def test_sample_article_through_find_inputs():
    folder = article_path("000_90f5884eeaaab9de").parent
    files, skipped = find_inputs([folder])
    assert skipped == [] and len(files) >= 5 and files == sorted(files)
    assert all(read_articles(path).articles for path in files)


# --- encodings -----------------------------------------------------------------------

@pytest.mark.parametrize("encoded, encoding", [
    (VIETNAMESE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + VIETNAMESE.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), "utf-16-be"),
    (VIETNAMESE.encode("utf-16-le"), "utf-16-le"),  # no byte-order mark
    (VIETNAMESE.encode("utf-16-be"), "utf-16-be"),
    (cp1258(VIETNAMESE), "cp1258"),
    (unicodedata.normalize("NFD", VIETNAMESE).encode("utf-8"), "utf-8"),
])
def test_encodings_give_the_same_nfc_text(tmp_path, encoded, encoding):
    path = tmp_path / "bai.txt"
    path.write_bytes(encoded)
    [article] = read_articles(path).articles
    assert article.encoding == encoding
    assert article.text == VIETNAMESE.strip()
    assert "Uỷ ban" in article.text and "số hoá" in article.text  # tone marks stay where written
    assert article.title == "Uỷ ban nhân dân tỉnh họp phiên thường kỳ tháng ba"
    assert article.date == "2024-03-05"


def test_cp1258_bytes_are_not_valid_utf8():
    with pytest.raises(UnicodeDecodeError):
        cp1258(VIETNAMESE).decode("utf-8")


def test_text_in_another_legacy_encoding_is_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Müller aß Straßenbahn für Größe ÿ".encode("latin-1"))
    assert "undecodable" in _error(path)


def test_broken_utf16_after_bom_is_refused(tmp_path):
    path = tmp_path / "half.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Sở Y tế".encode("utf-16-le")[:-1] + b"\x00\xd8")
    assert "utf-16-le" in _error(path)


# --- unusable files --------------------------------------------------------------------

@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"  \n\r\n\t ", "empty"),
    (codecs.BOM_UTF8, "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    (b"\x01\x00\x02\x00\x03\x00\x04\x00", "binary file (control characters)"),  # as UTF-16: controls
    (bytes(64), "binary file (control characters)"),
    (b"Header\x01\x02\x03\x04\x05\x06 text\x07\x08", "binary file (control characters)"),
    ("[img]\n0:00 / 0:00\nXem thêm\n4,455 lượt xem\n".encode(), "no article text once page noise is removed"),
])
def test_unusable_text_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert _error(path) == f"{path}: {reason}"


def test_a_stray_control_character_is_dropped(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(VIETNAMESE.encode() + b"\x1a")
    [article] = read_articles(path).articles
    assert article.text == VIETNAMESE.strip()


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    data = VIETNAMESE.encode() * 40
    path.write_bytes(data)
    assert _error(path, max_bytes=2_000) == f"{path}: too large ({len(data) / 1000:.1f} KB > 2 KB limit)"
    assert read_articles(path, max_bytes=20_000).articles


def test_default_limit_is_20_mb(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as sparse:
        sparse.truncate(52_100_000)
    assert _error(path) == f"{path}: too large (52.1 MB > 20 MB limit)"


def test_folder_or_missing_file_is_unreadable(tmp_path):
    assert "unreadable" in _error(tmp_path)
    assert _error(tmp_path / "gone.txt").endswith(": no such file or folder")


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "bai.docx"
    path.write_text(VIETNAMESE)
    assert "unsupported file type '.docx'" in _error(path)


# --- HTML ---------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Sở Y tế kiểm tra công tác phòng dịch tại huyện miền núi</title>
<meta property="article:published_time" content="2024-03-06T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | <a href="/y-te">Y tế</a></nav>
<article>
<h1>Sở Y tế kiểm tra công tác phòng dịch tại huyện miền núi</h1>
<p>Sáng 5/3, đoàn công tác của Sở Y tế do đồng chí Nguyễn Văn An, Giám đốc Sở làm trưởng đoàn
đã kiểm tra công tác phòng, chống dịch bệnh tại các trạm y tế xã của huyện.</p>
<figure><img src="anh1.jpg" alt=""><figcaption>Đoàn công tác kiểm tra trạm y tế xã. Ảnh: Lê Minh</figcaption></figure>
<p>Đồng chí Nguyễn Văn An đề nghị Trung tâm Y tế huyện tăng cường giám sát dịch bệnh trong năm 2024.</p>
<p>Trần Hà</p>
</article>
<footer><p>Thống kê truy cập</p><p>Đang truy cập: 1483</p></footer>
</body></html>"""


def test_html_page(tmp_path):
    path = tmp_path / "bai.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_articles(path).articles
    assert article.title == "Sở Y tế kiểm tra công tác phòng dịch tại huyện miền núi"
    assert article.date == "2024-03-06"  # the page's own metadata
    lines = article.text.split("\n")
    assert lines[0] == article.title
    assert lines[1].startswith("Sáng 5/3, đoàn công tác của Sở Y tế")
    assert "Đoàn công tác kiểm tra trạm y tế xã. Ảnh: Lê Minh" in lines  # the caption survives
    assert lines[-1] == "Trần Hà"
    for chrome in ("Trang chủ", "Thống kê truy cập", "Đang truy cập"):
        assert chrome not in article.text
    assert (article.name, article.encoding) == ("bai", "utf-8")


def test_html_without_metadata_date_dates_from_the_lead(tmp_path):
    path = tmp_path / "bai.htm"
    path.write_text(PAGE.replace('<meta property="article:published_time" content="2024-03-06T08:00:00+07:00">', ""))
    assert read_articles(path).articles[0].date == "2024-03-05"


def test_malformed_but_readable_html(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Sáng 5/3, UBND tỉnh <b>tổ chức hội nghị triển khai "
                    "nhiệm vụ năm 2024.<p>Đồng chí Nguyễn Văn An chủ trì <table><tr><td>hội nghị.")
    [article] = read_articles(path).articles
    assert "tổ chức hội nghị triển khai nhiệm vụ năm 2024" in article.text
    assert article.date == "2024-03-05"


@pytest.mark.parametrize("html", ["<<<>>>", "<html><body></body></html>", "<html><head><title>x</title></head></html>",
                                  "<!-- chỉ có chú thích -->", "<script>var a = 1;</script>"])
def test_html_with_nothing_usable(tmp_path, html):
    path = tmp_path / "bad.html"
    path.write_text(html)
    message = _error(path)
    assert "HTML" in message or "no article text" in message


def test_html_in_windows_1258(tmp_path):
    path = tmp_path / "cu.html"
    path.write_bytes(cp1258(PAGE.replace('charset="utf-8"', 'charset="windows-1258"')))
    [article] = read_articles(path).articles
    assert article.encoding == "cp1258"
    assert article.title == "Sở Y tế kiểm tra công tác phòng dịch tại huyện miền núi"


# --- JSON Lines ---------------------------------------------------------------------------

def test_jsonl_records_and_bad_lines(tmp_path):
    records = [
        json.dumps({"text": "UBND tỉnh họp phiên thường kỳ\n[img]\nSáng 4/3, UBND tỉnh họp năm 2024.",
                    "url": "https://example.vn/a", "province": "Nam Định"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"title": "Không có nội dung"}),
        json.dumps({"text": "Sở Y tế họp.", "date": "hôm qua"}, ensure_ascii=False),
        json.dumps({"text": "Sở Y tế họp.", "url": 5}, ensure_ascii=False),
        json.dumps({"text": "Sáng nay, Sở Y tế họp.", "title": "Sở Y tế họp", "date": "2024-03-07T09:00:00"},
                   ensure_ascii=False),
    ]
    path = tmp_path / "tin.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    result = read_articles(path)
    first, last = result.articles
    assert (first.name, first.source) == ("https://example.vn/a", f"{path}#1")  # named by its url
    assert first.title == "UBND tỉnh họp phiên thường kỳ" and first.date == "2024-03-04"
    assert first.text == "UBND tỉnh họp phiên thường kỳ\nSáng 4/3, UBND tỉnh họp năm 2024."
    assert (first.url, first.province) == ("https://example.vn/a", "Nam Định")
    assert (last.name, last.source) == ("tin-8", f"{path}#8")
    assert (last.title, last.date, last.text) == ("Sở Y tế họp", "2024-03-07", "Sáng nay, Sở Y tế họp.")
    assert [where for where, _ in result.skipped] == [f"{path}:{n}" for n in (2, 4, 5, 6, 7)]
    reasons = [reason for _, reason in result.skipped]
    assert reasons[0].startswith("invalid JSON")
    assert reasons[1] == "expected a JSON object, got list"
    assert reasons[2] == 'missing or empty "text"'
    assert "is not a date" in reasons[3]
    assert reasons[4] == '"url" must be a string'
    assert all("\n" not in reason for reason in reasons)


def test_jsonl_without_any_usable_record(tmp_path):
    path = tmp_path / "hong.jsonl"
    path.write_text('{"text": ""}\n{oops\n')
    assert _error(path) == f'{path}: no usable JSONL records (first: line 1: missing or empty "text")'


def test_a_jsonl_record_is_named_by_its_id_else_its_url_else_its_line(tmp_path):
    """So that it keeps its name when the feed's lines move."""
    text = "Sáng 4/3, UBND tỉnh họp năm 2024."
    lines = [{"id": "bai-7", "url": "https://example.vn/7", "text": text}, {"id": 8, "text": text},
             {"url": "https://example.vn/9", "text": text}, {"text": text}]
    path = tmp_path / "tin.jsonl"
    for order in (lines, lines[::-1]):
        path.write_text("\n\n".join(json.dumps(line) for line in order) + "\n", encoding="utf-8")
        names = {article.name for article in read_articles(path).articles}
        assert names == {"bai-7", "8", "https://example.vn/9", f"tin-{7 if order is lines else 1}"}


def test_a_jsonl_id_must_be_a_string_or_a_whole_number(tmp_path):
    path = tmp_path / "tin.jsonl"
    path.write_text("\n".join(json.dumps({"id": bad, "text": "Sở Y tế họp."}) for bad in ("", " ", True, 1.5, [1]))
                    + '\n{"text": "Sở Y tế họp."}\n', encoding="utf-8")
    result = read_articles(path)
    assert [reason for _, reason in result.skipped] == ['"id" must be a non-empty string or a whole number'] * 5


def test_jsonl_records_keep_raw_line_separators_and_lose_what_text_cannot_hold(tmp_path):
    """Lines end at "\\n" only; a JSON escape of NUL is dropped, a lone surrogate replaced."""
    records = [{"id": "a", "text": "Sở Y tế\u2028họp.\u0085Xong."},
               {"id": "b\u0000", "text": "Sở Y tế\u0000 họp \ud800 xong.", "title": "Tin\u0000 mới"}]
    path = tmp_path / "tin.jsonl"
    path.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records[:1])
                    + "\n" + json.dumps(records[1]) + "\n", encoding="utf-8", errors="surrogatepass")
    result = read_articles(path)
    assert result.skipped == []
    first, second = result.articles
    # one record: U+2028 is a line break of its text, U+0085 a control character, dropped as in files
    assert first.text == "Sở Y tế\nhọp.Xong."
    assert (second.name, second.text, second.title) == ("b", "Sở Y tế họp \ufffd xong.", "Tin mới")


def test_a_file_name_that_is_not_utf8_names_its_article_in_escapes(tmp_path):
    path = tmp_path / os.fsdecode(b"tin-\xff\n.txt")
    path.write_text(VIETNAMESE, encoding="utf-8")
    [article] = read_articles(path).articles
    assert (article.name, article.source) == ("tin-\\xff\\n", f"{tmp_path}/tin-\\xff\\n.txt")
    article.name.encode("utf-8")  # text, fit for RDF and any terminal
