"""Scoring by FORMAT.md's rules, on hand-made gold/prediction pairs with hand-computed scores."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.evaluate import (
    CATEGORIES, GoldError, evidence_key, format_problem, load_gold_dir, program_similarity, score,
)

GOLD_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"
needs_gold = pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="the shared gold is not beside the repository")
ARTICLE = "a.txt"


def doc(**fields) -> dict:
    """A complete FORMAT.md document: empty lists and nulls, overridden by `fields`."""
    base = {"article": ARTICLE, "title": None, "date": None, "province": None, "authors": [],
            "persons": [], "organizations": [], "programs": [], "firms": [], "partnerships": [],
            "events": [], "directives": []}
    base.update(fields)
    return base


def persons(*names: str) -> list[dict]:
    return [{"name": name, "positions": []} for name in names]


def counts(gold: dict, predicted: dict, category: str) -> tuple[int, int, int]:
    c = score({ARTICLE: gold}, {ARTICLE: predicted})[category]
    return c.tp, c.fp, c.fn


def test_perfect_prediction_scores_one_everywhere():
    gold = doc(date="2021-06-09", province="Thái Bình", authors=["Trịnh Cường"],
               persons=[{"name": "Ngô Văn A", "positions": [
                   {"role": "Bí thư", "organization": "Tỉnh ủy Thái Bình"}]}],
               organizations=["Tỉnh ủy Thái Bình"], programs=["Đề án chuyển đổi số"],
               firms=[{"name": "Viettel", "aliases": []}],
               partnerships=[{"parties": ["Ủy ban nhân dân tỉnh Thái Bình", "Viettel"], "label": "x"}],
               events=[{"label": "Hội nghị", "date": None, "organizer": None,
                        "roles": {"chaired": ["Ngô Văn A"], "directed": [], "attended": [], "spoke": []}}],
               directives=[{"by": "Ngô Văn A", "to": None, "text": "làm"}])
    report = score({ARTICLE: gold}, {ARTICLE: gold})
    for category in CATEGORIES:
        c = report[category]
        assert (c.tp, c.fp, c.fn) == (1, 0, 0), category
        assert c.precision == c.recall == c.f1 == 1.0
    assert report.mismatches == []


def test_empty_prediction_misses_everything_but_correct_nulls():
    gold = doc(date="2021-06-09", persons=persons("Ngô Văn A", "Lê Thị B"))
    report = score({ARTICLE: gold}, {ARTICLE: doc()})
    assert (report["persons"].tp, report["persons"].fp, report["persons"].fn) == (0, 0, 2)
    assert report["persons"].precision == 0.0 and report["persons"].f1 == 0.0
    assert (report["date"].tp, report["date"].fn) == (0, 1)
    assert (report["province"].tp, report["province"].fp, report["province"].fn) == (1, 0, 0)


def test_nothing_expected_and_nothing_predicted_is_perfect():
    c = score({ARTICLE: doc()}, {ARTICLE: doc()})["firms"]
    assert (c.tp, c.fp, c.fn) == (0, 0, 0)
    assert c.precision == c.recall == c.f1 == 1.0


def test_one_false_positive():
    report = score({ARTICLE: doc(persons=persons("A", "B"))},
                   {ARTICLE: doc(persons=persons("A", "B", "C"))})
    c = report["persons"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)
    assert c.precision == pytest.approx(2 / 3) and c.recall == 1.0 and c.f1 == pytest.approx(0.8)
    assert [(m.kind, m.fact) for m in report.mismatches] == [("FP", "C")]


def test_one_false_negative():
    report = score({ARTICLE: doc(persons=persons("A", "B", "C"))},
                   {ARTICLE: doc(persons=persons("A", "B"))})
    c = report["persons"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 1)
    assert c.precision == 1.0 and c.recall == pytest.approx(2 / 3) and c.f1 == pytest.approx(0.8)
    assert [(m.kind, m.fact) for m in report.mismatches] == [("FN", "C")]


def test_micro_average_sums_over_articles():
    golds = {"x.txt": doc(article="x.txt", persons=persons("A")),
             "y.txt": doc(article="y.txt", persons=persons("B", "C", "D", "E"))}
    predictions = {"x.txt": doc(article="x.txt", persons=persons("A", "Z")),
                   "y.txt": doc(article="y.txt", persons=persons("B", "C", "D"))}
    c = score(golds, predictions)["persons"]
    assert (c.tp, c.fp, c.fn) == (4, 1, 1)
    assert c.precision == pytest.approx(0.8) and c.recall == pytest.approx(0.8)


def test_tone_mark_placement_case_and_spaces_are_folded():
    gold = doc(persons=[{"name": "Trần Thị Hằng", "positions": [
        {"role": "Ủy viên", "organization": "Ủy ban nhân dân tỉnh Thanh Hóa"}]}],
               organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"])
    predicted = doc(persons=[{"name": "TRẦN  THỊ HẰNG", "positions": [
        {"role": "Uỷ viên", "organization": "Uỷ ban nhân dân tỉnh Thanh Hoá"}]}],
                    organizations=["uỷ ban nhân dân  tỉnh thanh hoá"])
    for category in ("persons", "positions", "organizations"):
        assert counts(gold, predicted, category) == (1, 0, 0), category


def test_different_organization_is_a_different_position():
    gold = doc(persons=[{"name": "A", "positions": [{"role": "Phó Chủ tịch",
                                                    "organization": "Ủy ban nhân dân tỉnh Hà Tĩnh"}]}])
    predicted = doc(persons=[{"name": "A", "positions": [{"role": "Phó Chủ tịch",
                                                         "organization": "Ủy ban nhân dân tỉnh"}]}])
    assert counts(gold, predicted, "positions") == (0, 1, 1)
    assert counts(gold, predicted, "persons") == (1, 0, 0)


def test_program_matches_on_strong_word_overlap():
    gold = doc(programs=["Đề án chuyển đổi số tỉnh Thái Bình giai đoạn 2021 – 2025"])
    # 8 shared words of 12 and 8: Dice = 16 / 20 = 0.8
    assert counts(gold, doc(programs=["Đề án chuyển đổi số tỉnh Thái Bình"]), "programs") == (1, 0, 0)
    assert counts(gold, doc(programs=["đề án chuyển đổi số tỉnh thái bình giai đoạn 2021-2025"]),
                  "programs") == (1, 0, 0)
    # 2 shared words of 12 and 2: Dice = 4 / 14
    assert counts(gold, doc(programs=["Đề án"]), "programs") == (0, 1, 1)


def test_program_with_other_period_does_not_match():
    a = "Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025"
    b = "Chương trình mục tiêu quốc gia giai đoạn 2016 - 2020"
    assert program_similarity(a, b) == 0.0
    assert counts(doc(programs=[a]), doc(programs=[b]), "programs") == (0, 1, 1)


def test_program_matches_on_document_number():
    gold = doc(programs=["Quyết định số 348/QĐ-TTg"])
    same = doc(programs=["Quyết định 348/QĐ-TTg ngày 6/4/2022 của Thủ tướng Chính phủ"])
    other = doc(programs=["Quyết định số 349/QĐ-TTg"])
    assert counts(gold, same, "programs") == (1, 0, 0)
    assert counts(gold, other, "programs") == (0, 1, 1)
    assert program_similarity("Kết luận số 206-KL/TU", "Kết luận 206-KL/TU của Tỉnh ủy") == 1.0


def test_program_matching_is_one_to_one():
    gold = doc(programs=["Đề án chuyển đổi số tỉnh Thái Bình giai đoạn 2021 – 2025"])
    predicted = doc(programs=["Đề án chuyển đổi số tỉnh Thái Bình giai đoạn 2021 – 2025",
                              "Đề án chuyển đổi số tỉnh Thái Bình"])
    assert counts(gold, predicted, "programs") == (1, 1, 0)


def test_firm_matches_by_group_name_or_alias():
    gold = doc(firms=[{"name": "Viettel", "aliases": ["Chi nhánh Viettel Thái Nguyên"]}])
    assert counts(gold, doc(firms=[{"name": "Chi nhánh Viettel Thái Nguyên", "aliases": []}]),
                  "firms") == (1, 0, 0)
    assert counts(gold, doc(firms=[{"name": "Viettel", "aliases": []}]), "firms") == (1, 0, 0)
    assert counts(gold, doc(firms=[{"name": "VNPT", "aliases": ["Viễn thông Thái Nguyên"]}]),
                  "firms") == (0, 1, 1)


def test_partnership_parties_are_a_set():
    gold = doc(partnerships=[{"parties": ["Ủy ban nhân dân tỉnh Bắc Kạn", "Viettel"], "label": "x"}])
    predicted = doc(partnerships=[{"parties": ["viettel", "Uỷ ban nhân dân tỉnh Bắc Kạn"], "label": "y"}])
    assert counts(gold, predicted, "partnerships") == (1, 0, 0)


def test_event_keys_are_person_and_role():
    roles = {"chaired": ["A"], "directed": ["A"], "attended": ["B"], "spoke": []}
    gold = doc(events=[{"label": "Hội nghị", "date": None, "organizer": None, "roles": roles}])
    predicted = doc(events=[{"label": "Another label", "date": None, "organizer": None,
                             "roles": {"chaired": ["A"], "spoke": ["B"]}}])
    # gold keys (A, chaired) (A, directed) (B, attended); predicted (A, chaired) (B, spoke)
    assert counts(gold, predicted, "events") == (1, 1, 2)


def test_a_directive_matches_on_by_and_to_with_null_and_most_of_its_request():
    gold = doc(directives=[{"by": "A", "to": None, "text": "rà soát nguồn vốn đầu tư công"},
                           {"by": "A", "to": "Sở Y tế tỉnh Hà Tĩnh", "text": "kiểm tra các cơ sở y tế"}])
    predicted = doc(directives=[{"by": "A", "to": None, "text": "Sở Tài chính rà soát nguồn vốn đầu tư công năm 2024"},
                                {"by": "A", "to": "Sở Y tế", "text": "kiểm tra các cơ sở y tế"}])
    assert counts(gold, predicted, "directives") == (1, 1, 1)


def test_a_directive_with_another_request_is_another_directive():
    gold = doc(directives=[{"by": "A", "to": None, "text": "rà soát nguồn vốn đầu tư công"}])
    predicted = doc(directives=[{"by": "A", "to": None, "text": "tổ chức tốt lễ kỷ niệm"}])
    assert counts(gold, predicted, "directives") == (0, 1, 1)


@pytest.mark.parametrize("gold_value, predicted_value, expected", [
    (None, None, (1, 0, 0)),  # a correct null is a hit
    ("Hà Tĩnh", "Hà Tĩnh", (1, 0, 0)),
    ("Hà Tĩnh", "hà  tĩnh", (1, 0, 0)),
    (None, "Hà Tĩnh", (0, 1, 0)),  # a guess where the article says nothing
    ("Hà Tĩnh", None, (0, 0, 1)),
    ("Hà Tĩnh", "Thái Bình", (0, 1, 1)),
])
def test_province_is_exact_and_null_counts(gold_value, predicted_value, expected):
    assert counts(doc(province=gold_value), doc(province=predicted_value), "province") == expected


def test_date_is_exact():
    assert counts(doc(date="2021-06-09"), doc(date="2021-06-09"), "date") == (1, 0, 0)
    assert counts(doc(date="2021-06-09"), doc(date="2021-06-10"), "date") == (0, 1, 1)


def test_missing_prediction_counts_as_empty_and_extra_is_unscored():
    report = score({ARTICLE: doc(authors=["Phúc Quang"])}, {"other.txt": doc(article="other.txt")})
    assert (report["authors"].tp, report["authors"].fn) == (0, 1)
    assert report.unscored == ["other.txt"]
    assert report.unread == [ARTICLE]
    assert report.table().splitlines()[-1] == f"1 gold file(s) with no input article, every fact counted as missed: {ARTICLE}"


@needs_gold
def test_gold_against_itself_is_perfect_on_dev():
    golds = load_gold_dir(GOLD_DEV)
    assert len(golds) == 5
    report = score(golds, golds)
    for category in CATEGORIES:
        assert report[category].f1 == 1.0, category
    assert report["persons"].tp > 0 and report["events"].tp > 0


def test_table_lists_every_category_aligned():
    report = score({ARTICLE: doc(persons=persons("A", "B"))}, {ARTICLE: doc(persons=persons("A"))})
    lines = report.table().splitlines()
    assert lines[0].split() == ["category", "P", "R", "F1", "tp", "fp", "fn"]
    assert [line.split()[0] for line in lines[1:]] == [*CATEGORIES, "all"]
    assert len({len(line) for line in lines}) == 1
    persons_row = next(line for line in lines if line.startswith("persons"))
    assert persons_row.split() == ["persons", "1.000", "0.500", "0.667", "1", "0", "1"]


def test_explain_gives_the_sentence_of_each_difference():
    text = ("Chiều 9/6, đồng chí Ngô Văn A chủ trì buổi làm việc. Dự có đồng chí Lê Thị B, "
            "Phó Chủ tịch UBND tỉnh.\nTin: Phúc Quang")
    gold = doc(persons=persons("Ngô Văn A", "Lê Thị B"))
    predicted = doc(persons=persons("Ngô Văn A", "Phúc Quang"),
                    _evidence={"persons": {evidence_key("persons", ["Phúc Quang"]): "Tin: Phúc Quang"}})
    explanation = score({ARTICLE: gold}, {ARTICLE: predicted}).explain({ARTICLE: text})
    lines = explanation.splitlines()
    assert lines[0] == ARTICLE and lines[1].strip() == "persons"
    assert "FN  Lê Thị B" in lines[2]
    assert lines[3].strip() == "> Dự có đồng chí Lê Thị B, Phó Chủ tịch UBND tỉnh."
    assert "FP  Phúc Quang" in lines[4] and lines[5].strip() == "> Tin: Phúc Quang"
    assert "(article text not given)" in score({ARTICLE: gold}, {ARTICLE: predicted}).explain({})
    assert score({ARTICLE: gold}, {ARTICLE: gold}).explain({}) == "no differences"


def _write(directory: Path, name: str, content: bytes | str) -> None:
    path = directory / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


@pytest.mark.parametrize("content, message", [
    ("{\"article\": ", "not valid JSON (line 1"),
    ("", "empty file"),
    (b"\xff\xfe\x00\x01", "not UTF-8"),
    ("[]", "document: expected an object"),
    (json.dumps({k: v for k, v in doc(article="bad.txt").items() if k != "events"}),
     "document: expected key 'events'"),
    (json.dumps(doc(article="bad.txt", persons=[{"name": "A", "positions": [{"role": "x"}]}])),
     "document.persons[0].positions[0]: expected key 'organization'"),
    (json.dumps(doc(article="bad.txt", date="9/6/2021")), "document.date: expected a YYYY-MM-DD"),
    (json.dumps(doc(article="bad.txt", authors="Phúc Quang")), "document.authors: expected a list"),
    (json.dumps(doc(article="other.txt")), "article is 'other.txt', expected 'bad.txt'"),
])
def test_malformed_gold_file_gives_one_line_error(tmp_path, content, message):
    _write(tmp_path, "bad.json", content)
    with pytest.raises(GoldError) as raised:
        load_gold_dir(tmp_path)
    assert "\n" not in str(raised.value)
    assert str(raised.value).startswith(str(tmp_path / "bad.json"))
    assert message in str(raised.value)


def test_gold_dir_must_exist_and_hold_json(tmp_path):
    with pytest.raises(GoldError, match="not a directory"):
        load_gold_dir(tmp_path / "missing")
    with pytest.raises(GoldError, match="no .json gold files"):
        load_gold_dir(tmp_path)


@needs_gold
def test_format_problem_accepts_the_gold_documents():
    for path in sorted(GOLD_DEV.glob("*.json")):
        assert format_problem(json.loads(path.read_text("utf-8"))) is None, path.name


def test_kg_eval_with_no_article_matching_a_gold_file_is_an_error(tmp_path, capsys):
    from kg_fixtures import MEETING_TEXT

    from kg.cli import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps(doc()), encoding="utf-8")
    (tmp_path / "b.txt").write_text(MEETING_TEXT, encoding="utf-8")
    assert main(["eval", str(gold), str(tmp_path / "b.txt")]) == 2
    assert capsys.readouterr().err == (
        f"kg: error: none of the 1 article(s) read has a gold file in {gold} "
        "(the gold file of the article NAME.txt is NAME.json)\n")
    (gold / "b.json").write_text(json.dumps(doc(article="b.txt")), encoding="utf-8")
    assert main(["eval", str(gold), str(tmp_path / "b.txt")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "1 gold file(s) with no input article, every fact counted as missed: a.txt")


def test_a_firm_party_matches_by_any_name_of_the_firm_and_other_parties_as_written():
    gold = doc(firms=[{"name": "Hoàn Cầu Long An", "aliases": []}],
               partnerships=[{"parties": ["Ủy ban nhân dân tỉnh Long An", "Hoàn Cầu Long An"], "label": "ghi nhớ"},
                             {"parties": ["Ủy ban nhân dân tỉnh Long An", "Trường Đại học A"], "label": "ghi nhớ"}])
    predicted = doc(firms=[{"name": "Công ty TNHH Hoàn Cầu Long An", "aliases": ["Hoàn Cầu Long An"]}],
                    partnerships=[{"parties": ["Công ty TNHH Hoàn Cầu Long An", "Ủy ban nhân dân tỉnh Long An"],
                                   "label": "bản ghi nhớ"},
                                  {"parties": ["Ủy ban nhân dân tỉnh Long An", "Đại học A"], "label": "ghi nhớ"}])
    assert counts(gold, predicted, "partnerships") == (1, 1, 1)
