"""Evidence a reader can check: every article keeps its cleaned text (schema:articleBody),
every evidence offset points at its sentence in it, and `kg show ARTICLE` prints it with
the facts read from each sentence."""
from __future__ import annotations

import re
from importlib import resources

import pytest
from kg_fixtures import MEETING_TEXT, two_article_store
from lexicon_fixtures import LEXICON

from kg.build import build
from kg.cli import main
from kg.show import CLOSE, OPEN, show_article
from kg.store import open_store



def unmarked(page_text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of `kg show`'s marked text, and the span of the sentence each ⟦n marks, in order of n."""
    text, spans, open_marks = [], {}, []
    for piece in re.split(f"({OPEN}\\d+ |{CLOSE})", page_text):
        if piece.startswith(OPEN):
            open_marks.append((int(piece[1:-1]), sum(map(len, text))))
        elif piece == CLOSE:
            number, start = open_marks.pop()  # brackets pair as they nest
            spans[number] = (start, sum(map(len, text)))
        else:
            text.append(piece)
    assert not open_marks
    return "".join(text), [spans[number] for number in sorted(spans)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    with resources.as_file(resources.files("kg").joinpath("sample")) as articles, \
            open_store(tmp_path_factory.mktemp("show") / "store") as store:
        build([articles], store, LEXICON)
        yield store


def evidence_rows(store):
    return list(store.query("""
        SELECT ?article ?text ?sentence ?start ?end WHERE {
          ?evidence a kgo:Evidence ; kgo:sentence ?sentence ; kgo:startOffset ?start ; kgo:endOffset ?end ;
              prov:wasQuotedFrom ?node .
          ?node schema:identifier ?article ; schema:articleBody ?text .
        }"""))


def test_every_evidence_offset_points_at_its_sentence_in_the_stored_text(sample):
    rows = evidence_rows(sample)
    assert len({row.article for row in rows}) == 5 and len(rows) >= 50
    for row in rows:
        assert str(row.text)[int(row.start):int(row.end)] == str(row.sentence), (row.article, row.start)
    # and SPARQL finds it there too: offsets count characters as SUBSTR does
    assert sample.query("""ASK { ?e kgo:sentence ?s ; kgo:startOffset ?a ; kgo:endOffset ?b ;
                                  prov:wasQuotedFrom/schema:articleBody ?t
                                FILTER(SUBSTR(STR(?t), ?a + 1, ?b - ?a) != STR(?s)) }""").askAnswer is False


def test_kg_show_marks_every_evidence_sentence_where_it_stands(sample):
    for name in sample.article_names():
        rows = [row for row in evidence_rows(sample) if str(row.article) == name]
        text = str(rows[0].text)
        spans = sorted({(int(row.start), int(row.end)) for row in rows}, key=lambda span: (span[0], -span[1]))
        page = show_article(sample, name)
        header, body = page.split("\n\n", 1)
        shown, marked = unmarked(body.split("\n\nFacts, by the sentence")[0])
        assert shown == text and marked == spans
        for number, (start, end) in enumerate(spans, 1):
            assert f"\n{OPEN}{number}{CLOSE} characters {start}-{end}\n" in page
        assert "not found at characters" not in page


def test_kg_show_lists_each_sentences_facts_with_their_iris(tmp_path, capsys):
    store = two_article_store(tmp_path / "store")
    assert main(["show", "nam-dinh-hoi-nghi", "--store", str(store)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("nam-dinh-hoi-nghi — Nam Định triển khai Đề án chuyển đổi số\n"
                           "date 2024-03-12 · province Nam Định · source corpus/nam-dinh-hoi-nghi.txt · "
                           "url https://example.gov.vn/tin-tuc/nam-dinh-chuyen-doi-so\n")
    chair = MEETING_TEXT.index("Đồng chí Nguyễn Văn An")
    facts = page[page.index(f"{CLOSE} characters {chair}-"):].split(f"\n{OPEN}")[0]
    assert "person: Nguyễn Văn An  <kgr:person/nam-dinh/nguyen-van-an-" in facts
    assert "membership (post held): Nguyễn Văn An: Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định" in facts
    assert "event participation: Nguyễn Văn An (chủ trì) – Hội nghị triển khai Đề án chuyển đổi số" in facts


def test_kg_show_finds_an_article_by_its_source_file_and_refuses_an_unknown_one(tmp_path, capsys):
    store = two_article_store(tmp_path / "store")
    assert main(["show", "corpus/ninh-binh-lam-viec.txt", "--store", str(store)]) == 0
    assert capsys.readouterr().out.startswith("ninh-binh-lam-viec\n")
    assert main(["show", "no-such", "--store", str(store)]) == 2
    assert capsys.readouterr().err == (f"kg: error: no-such: no such article in the store {store} (an article is "
                                       "named by its file stem, or a JSONL record's id or url)\n")


def test_kg_show_of_an_article_stored_without_its_text_says_to_build_it_again(tmp_path, capsys):
    store = two_article_store(tmp_path / "store")
    with open_store(store) as opened:
        body = "<https://schema.org/articleBody>"
        opened.apply_update(f"DELETE WHERE {{ ?a {body} ?t }} ; DELETE WHERE {{ GRAPH ?g {{ ?a {body} ?t }} }}")
    assert main(["show", "nam-dinh-hoi-nghi", "--store", str(store)]) == 0
    page = capsys.readouterr().out
    assert "build the article again to see it" in page and "person: Nguyễn Văn An" in page
