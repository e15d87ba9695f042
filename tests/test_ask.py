"""`kg ask`: questions in Vietnamese and English answered from the seed articles, with evidence."""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from lexicon_fixtures import LEXICON

from extract.lexicon import LexiconError
from extract.lexicon.tables import parse_rows
from extract.text import ascii_key
from kg import ask
from kg.ask import (
    Answer, UnknownQuestion, answer, example_questions, question_patterns, question_words,
)
from kg.build import build
from kg.cli import main
from kg.query import run_named_query
from kg.store import open_store

SAMPLE = Path(resources.files("kg").joinpath("sample"))
KG_DIR = Path(ask.__file__).parent


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ask") / "store"
    with open_store(path) as store:
        build([SAMPLE], store, LEXICON)
    return path


@pytest.fixture
def store(store_dir):
    with open_store(store_dir) as store:
        yield store


def column(reply: Answer, name: str) -> set[str]:
    return {row.entities[name] for row in reply.rows}


def assert_evidenced(reply: Answer, name_column: str) -> None:
    """Every row quotes a sentence that names its entity and points to a dated, titled article."""
    assert reply.rows, reply.as_text()
    for row in reply.rows:
        assert row.sentence and row.source is not None
        assert row.source.title and re.fullmatch(r"\d{4}-\d\d-\d\d", row.source.date or "")
        assert (SAMPLE / f"{row.source.name}.txt").is_file()
        if name_column:
            assert row.entities[name_column].split()[-1] in row.sentence  # the given name at least


@pytest.mark.parametrize("question, intent, name_column, expected", [
    ("Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?", "event_participants", "person", {"Ngô Đông Hải"}),
    ("Ai chỉ đạo hội nghị tổng kết năm 2023?", "event_participants", "person", {"Nguyễn Văn Chương"}),
    ("Who directed the Hà Tĩnh conference in December 2020?", "event_participants", "person", {"Lê Ngọc Châu"}),
    ("Những doanh nghiệp nào hợp tác với UBND tỉnh Bắc Kạn?", "firms_partnering", "firm", {"Viettel", "FPT"}),
    # The directive's sentence names the speaker by title only ("Phó Chủ tịch UBND tỉnh đề nghị ...").
    ("Which officials did Lê Ngọc Châu give directives to?", "directives_to", "",
     {"Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"}),
])
def test_the_issue_questions_name_the_right_entities_with_evidence(store, question, intent, name_column, expected):
    reply = answer(store, question)
    assert reply.intent == intent
    first_column = next(iter(reply.rows[0].entities)) if reply.rows else None
    assert {row.entities[first_column] for row in reply.rows} == expected, reply.as_text()
    assert_evidenced(reply, name_column)


def test_posts_of_a_person(store):
    reply = answer(store, "Phạm Duy Hưng giữ chức vụ gì?")
    assert {(row.entities["role"], row.entities["organization"]) for row in reply.rows} == {
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Kạn"),
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn"),
    }
    assert_evidenced(reply, "person")


def test_the_question_is_understood_as_named_parameters_with_diacritics_kept(store):
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?")
    assert reply.parameters == {
        "as_role": ["chaired"],
        "org_name": ["Sở Thông tin và Truyền thông tỉnh Thái Bình"],
        "event_words": ["làm việc"],
    }
    english = answer(store, "Who directed the Hà Tĩnh conference in December 2020?")
    assert english.parameters == {"as_role": ["directed"], "period": ["2020-12"],
                                  "province_name": ["Hà Tĩnh"], "event_words": ["hội nghị"]}


@pytest.mark.parametrize("plain, accented", [
    ("Ngo Dong Hai giu chuc vu gi", "Ngô Đông Hải giữ chức vụ gì?"),
    ("ai chu tri buoi lam viec voi so tttt thai binh", "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?"),
    ("WHICH FIRMS PARTNER WITH BAC KAN", "Which firms partner with Bắc Kạn?"),
])
def test_names_and_words_match_without_diacritics_or_case(store, plain, accented):
    without, with_marks = answer(store, plain), answer(store, accented)
    assert without.rows and without.rows == with_marks.rows


def test_filters_narrow_the_answer(store):
    # The role, the time and the event's words each exclude what does not fit.
    attended = answer(store, "Ai dự buổi làm việc với Sở TTTT Thái Bình?")
    assert column(attended, "person") and "Ngô Đông Hải" not in column(attended, "person")
    assert answer(store, "Ai chỉ đạo hội nghị tổng kết năm 2021?").rows == []
    assert answer(store, "Who directed the Hà Tĩnh conference in January 2021?").rows == []
    assert answer(store, "Ai chủ trì hội thảo năm 2020?").rows == []


@pytest.mark.parametrize("question, expected", [
    ("Who is the director of the Department of Information and Communications of Hà Tĩnh?",
     {"org_name": ["Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"]}),
    ("Who is the director of Hà Tĩnh Department of Information and Communications?",
     {"org_name": ["Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"]}),
    # "province" picks the province's committee, not that of its capital, Hà Tĩnh city.
    ("Who is the vice chairman of the People's Committee of Hà Tĩnh province?",
     {"org_name": ["Ủy ban nhân dân tỉnh Hà Tĩnh"]}),
    ("Who is the vice chairman of the Hà Tĩnh provincial People's Committee?",
     {"org_name": ["Ủy ban nhân dân tỉnh Hà Tĩnh"]}),
    ("Which firms partner with the Bắc Kạn People's Committee?",
     {"partner_name": ["Ủy ban nhân dân tỉnh Bắc Kạn"]}),
    ("Who chaired the working session with the Thái Bình Department of Information and Communications?",
     {"org_name": ["Sở Thông tin và Truyền thông tỉnh Thái Bình"]}),
])
def test_english_names_of_bodies_find_the_vietnamese_body(store, question, expected):
    reply = answer(store, question)
    assert expected.items() <= reply.parameters.items() and reply.rows, reply.as_text()


@pytest.mark.parametrize("question", [
    "Who is the director of the Department of Health of Hà Tĩnh?",  # no such body in the store
    "Who is the director of the Department of Information and Communications of Hà Tĩnh and Thái Bình?",
])
def test_an_english_name_with_other_words_or_an_unknown_body_finds_nothing(store, question):
    reply = answer(store, question)
    assert reply.rows == [] and "no organization called" in reply.note


@pytest.mark.parametrize("question, intent, person", [
    ("Ông Lê Ngọc Châu giữ chức vụ gì?", "posts_of_person", "Lê Ngọc Châu"),
    ("Phó Chủ tịch UBND tỉnh Lê Ngọc Châu giữ chức vụ gì?", "posts_of_person", "Lê Ngọc Châu"),
    ("What posts does Mr Lê Ngọc Châu hold?", "posts_of_person", "Lê Ngọc Châu"),
    # Not "who is X" with the words "connected to" dropped: the question is about connections.
    ("Who is connected to Ngô Đông Hải?", "connected_people", "Ngô Đông Hải"),
    ("Ai làm việc cùng Ngô Đông Hải?", "connected_people", "Ngô Đông Hải"),
])
def test_a_name_is_found_after_an_honorific_or_a_title_only(store, question, intent, person):
    reply = answer(store, question)
    assert (reply.intent, reply.parameters["person_name"]) == (intent, [person]) and reply.rows, reply.as_text()


@pytest.mark.parametrize("question", [
    "Những chương trình nào ở Bắc Kạn?", "Bắc Kạn có chương trình gì?", "Which programs are there in Bắc Kạn?",
])
def test_more_ways_of_asking_for_a_province_s_programs(store, question):
    reply = answer(store, question)
    assert (reply.intent, reply.parameters) == ("programs_of_province", {"province_name": ["Bắc Kạn"]})
    assert reply.rows


def test_a_preposition_before_the_event_is_not_a_word_of_its_name(store):
    reply = answer(store, "Ai phát biểu tại hội nghị?")
    assert reply.parameters == {"as_role": ["spoke"], "event_words": ["hội nghị"]} and reply.rows


@pytest.mark.parametrize("question, as_of, holders", [
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh năm 2020?", "2020-12-31", {"Nguyễn Công Thành"}),
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh tháng 2/2020?", "2020-02-29", set()),  # stated in December
    ("Who was the director of the Hà Tĩnh Department of Information and Communications on 24/12/2020?",
     "2020-12-24", {"Nguyễn Công Thành"}),
])
def test_a_time_after_the_post_asks_who_held_it_then(store, question, as_of, holders):
    reply = answer(store, question)
    assert reply.parameters["as_of"] == [as_of]
    assert reply.parameters["org_name"] == ["Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"]
    assert column(reply, "person") == holders


def test_english_words_after_with_that_name_no_body_are_not_dropped(store):
    # Dropping "businesses" would answer with everyone who chaired anything.
    reply = answer(store, "Who chaired the meeting with businesses?")
    assert reply.rows == [] and reply.note == 'the store knows no organization called "businesses"'


@pytest.mark.parametrize("question, intent", [
    ("Lê Ngọc Châu chỉ đạo gì?", "directives_to"),
    ("Cơ quan nào được Lê Ngọc Châu chỉ đạo?", "directives_to"),
    ("What did Lê Ngọc Châu direct?", "who_directed"),
    ("Lê Ngọc Châu đã chủ trì hội nghị nào?", "who_directed"),
    ("Lê Ngọc Châu chủ trì những gì?", "who_directed"),
])
def test_more_ways_of_asking_what_someone_directed(store, question, intent):
    reply = answer(store, question)
    assert (reply.intent, reply.parameters["person_name"]) == (intent, ["Lê Ngọc Châu"]) and reply.rows


@pytest.mark.parametrize("question", [
    "Ai là lãnh đạo Sở TTTT Hà Tĩnh?", "Lãnh đạo Sở TTTT Hà Tĩnh gồm những ai?",
    "Who are the leaders of the Hà Tĩnh Department of Information and Communications?",
    "Who works at Sở TTTT Hà Tĩnh?",
])
def test_the_leaders_of_a_body_are_its_holders_of_any_post(store, question):
    reply = answer(store, question)
    assert reply.parameters == {"org_name": ["Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"]}
    assert {(row.entities["person"], row.entities["role"]) for row in reply.rows} == {
        ("Nguyễn Công Thành", "Giám đốc"), ("Bùi Đắc Thế", "Phó Giám đốc")}


def test_english_event_words_are_not_repeated_by_a_shorter_translation(store):
    reply = answer(store, "Who chaired the year-end review conference of Hà Tĩnh?")
    assert reply.parameters["event_words"] == ["hội nghị tổng kết"] and reply.rows


def test_a_name_the_store_does_not_know_gets_a_note(store):
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở TTTT Hưng Yên?")
    assert reply.rows == [] and "Sở TTTT Hưng Yên" in reply.note
    assert "No answer" in reply.as_text()


def test_a_date_that_does_not_exist_gets_a_note(store):
    assert answer(store, "Ai chỉ đạo hội nghị tháng 13 năm 2023?").note == '"tháng 13 năm 2023" is not a real date'
    assert answer(store, "Who directed the conference on 31/02/2024?").note == '"on 31/02/2024" is not a real date'


@pytest.mark.parametrize("name, found", [
    ('Ngô" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> "c" } #', False),
    ("Ngô Đông Hải' } } ; CLEAR ALL #", False),
    ("đồng chí' } } ; CLEAR ALL # Ngô Đông Hải", True),  # the known name after an honorific is all that is used
])
def test_an_injection_attempt_in_a_name_is_harmless(store, name, found):
    before = (store.triple_count(), store.article_names())
    reply = answer(store, f"{name} giữ chức vụ gì?")
    assert (store.triple_count(), store.article_names()) == before
    if found:
        assert reply.rows and column(reply, "person") == {"Ngô Đông Hải"}
    else:
        assert reply.rows == [] and name in reply.note


def test_an_unknown_question_explains_and_shows_examples(store):
    for question in ("Thời tiết hôm nay thế nào?", "", "a" * 5000):
        with pytest.raises(UnknownQuestion) as caught:
            answer(store, question)
        message = str(caught.value)
        assert "\n" not in message and "Ai chủ trì" in message
        assert caught.value.examples == example_questions()


def test_every_example_question_in_the_data_is_understood(store):
    examples = example_questions()
    assert len(examples) >= 8
    for example in examples:
        answer(store, example)  # names may be unknown to the store, but the question fits


def test_code_and_data_name_no_person_of_the_sample(store):
    people = {str(row[0]) for row in run_named_query(store, "posts_of_person").rows}
    assert len(people) > 10
    files = [KG_DIR / "ask.py", *sorted((KG_DIR / "data").glob("*.tsv")), *sorted((KG_DIR / "queries").glob("*.rq"))]
    for path in files:
        text = ascii_key(path.read_text(encoding="utf-8"))
        assert not [person for person in people if ascii_key(person) in text], path.name


def test_answers_render_as_text_and_json(store):
    reply = answer(store, "Ai chỉ đạo hội nghị tổng kết năm 2023?")
    text = reply.as_text()
    assert "Nguyễn Văn Chương" in text and "000_90f5884eeaaab9de" in text and reply.rows[0].sentence in text
    assert "| directed | Hội nghị tổng kết công tác năm 2023" in text and "| date 2024-01-04\n" in text
    holders = answer(store, "Ai là Giám đốc Sở TTTT Hà Tĩnh?").as_text()  # dates and counts say what they are
    assert "| first attested 2020-12-24 | last attested 2020-12-24 | articles 1 | date 2020-12-24\n" in holders
    document = json.loads(reply.as_json())
    assert document["intent"] == "event_participants"
    first = document["answers"][0]
    assert first["entities"]["person"] == "Nguyễn Văn Chương"
    assert first["evidence"] == reply.rows[0].sentence
    assert first["article"] == {"name": "000_90f5884eeaaab9de", "date": "2024-01-04",
                                "title": reply.rows[0].source.title}


def test_kg_ask_command(store_dir, capsys):
    assert main(["ask", "Who directed the Hà Tĩnh conference in December 2020?", "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "Lê Ngọc Châu" in out and "004_e623877a6278d958" in out
    assert main(["ask", "Phạm Duy Hưng giữ chức vụ gì?", "--store", str(store_dir), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["intent"] == "posts_of_person"
    assert main(["ask", "Thời tiết hôm nay thế nào?", "--store", str(store_dir)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("kg: error: cannot answer")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of kg/data/*.tsv that kg.ask reads instead, for a test to put a bad row in."""
    for name in ("questions", "question_words"):
        (tmp_path / f"{name}.tsv").write_text((KG_DIR / "data" / f"{name}.tsv").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    monkeypatch.setattr(ask, "read_numbered_table",
                        lambda name, package: [(row.line, row.cells) for row in parse_rows(
                            ask._KG_TABLES[name], (tmp_path / f"{name}.tsv").read_text("utf-8"))])
    question_words.cache_clear()
    question_patterns.cache_clear()
    yield tmp_path
    question_words.cache_clear()
    question_patterns.cache_clear()


def test_a_bad_pattern_file_names_its_line(data_dir):
    (data_dir / "questions.tsv").write_text(
        "# comment\nquery\tlang\tpattern\texamples\nposts_of_person\tvi\t{org_name} là ai\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"questions.tsv:3: \{org_name\}"):
        question_patterns()


@pytest.mark.parametrize("row, message", [
    ("body\ttraffic police\tCảnh sát giao thông", "'Cảnh sát giao thông' is not a value for body"),  # no head of organizations.tsv
    ("field\thealthcare\tY tế công cộng", "'Y tế công cộng' is not a value for field"),  # not a field of fields.tsv
])
def test_a_bad_word_list_row_names_its_line(data_dir, row, message):
    words = (data_dir / "question_words.tsv").read_text(encoding="utf-8") + row + "\n"
    (data_dir / "question_words.tsv").write_text(words, encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"question_words.tsv:{len(words.splitlines())}: {re.escape(message)}"):
        question_words()


# ---------------------------------------------------------------- the named queries behind it


def test_event_participants_of_an_organization(store):
    result = run_named_query(store, "event_participants", {
        "org_name": "So Thong tin va Truyen thong tinh Thai Binh", "as_role": "attended"})
    people = {str(row[result.variables.index("person")]) for row in result.rows}
    assert people == {"Phạm Đồng Thụy", "Trần Thị Bích Hằng"}
    # The Bắc Kạn department's own meeting is not Thái Bình's.
    events = {str(row[result.variables.index("article")]) for row in result.rows}
    assert events == {"002_3be101e97fe9f6f0"}


def test_connected_people_rank_shared_events_and_organizations(store):
    result = run_named_query(store, "connected_people", {"person_name": "Ngô Đông Hải"})
    ranked = [(str(row[result.variables.index("other")]), int(row[result.variables.index("connections")]))
              for row in result.rows]
    assert ranked[0] == ("Trần Thị Bích Hằng", 2)  # same meeting and same Tỉnh ủy
    assert ("Phạm Đồng Thụy", 1) in ranked
    assert all(row[result.variables.index("sentence")] for row in result.rows)


def test_holders_of_post_as_of_a_date(store):
    everyone = run_named_query(store, "holders_of_post", {"role_name": "Giám đốc"})
    before = run_named_query(store, "holders_of_post", {"role_name": "Giám đốc", "as_of": "2021-01-01"})
    date = everyone.variables.index("date")
    assert any(str(row[date]) > "2021-01-01" for row in everyone.rows)
    assert before.rows and all(str(row[date]) <= "2021-01-01" for row in before.rows)


@pytest.mark.parametrize("question", [
    "Who chaired meetings last December?", "Who chaired meetings in April?", "Ai chủ trì hội nghị năm ngoái?",
    "Ai chủ trì hội nghị tháng 12?", "Who was the director of Sở TTTT Hà Tĩnh last year?",
])
def test_a_time_the_graph_cannot_place_gets_a_note_not_every_time(store, question):
    reply = answer(store, question)
    assert not reply.rows and "name its year" in reply.note, reply.as_text()


@pytest.mark.parametrize("question, time", [
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh năm 99999?", "năm 99999"),
    ("Who directed the Hà Tĩnh conference in year 12345?", "year 12345"),
])
def test_a_year_no_article_can_be_from_gets_a_note_not_a_name(store, question, time):
    reply = answer(store, question)
    assert not reply.rows and reply.note == f'cannot place the time "{time}": name a year from 1900 to 2099 ("năm 2023")'


def test_may_is_a_month_only_after_in(store):
    assert "cannot place" not in (answer(store, "Ai chủ trì mấy cuộc họp?").note or "")
    assert "cannot place" in answer(store, "Who chaired meetings in May?").note


@pytest.mark.parametrize("question, period", [
    ("Who chaired the conference on December 24, 2020?", "2020-12-24"),
    ("Who chaired the conference on 24 December 2020?", "2020-12-24"),
    ("Ai chủ trì hội nghị ngày 24 tháng 12 năm 2020?", "2020-12-24"),
])
def test_a_day_written_out_is_read_whole(store, question, period):
    reply = answer(store, question)
    assert reply.parameters["period"] == [period] and column(reply, "person") == {"Lê Ngọc Châu", "Nguyễn Công Thành"}


@pytest.mark.parametrize("question, intent, expected", [
    ("Ngô Đông Hải là ai vậy?", "posts_of_person", {"Ngô Đông Hải"}),
    ("Cho hỏi, Ngô Đông Hải giữ chức vụ gì ạ?", "posts_of_person", {"Ngô Đông Hải"}),
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh hiện nay?", "holders_of_post", {"Nguyễn Công Thành"}),
    ("ai chu tri buoi lam viec voi so tttt thai binh a", "event_participants", {"Ngô Đông Hải"}),
    # A name may end with such a word: the question is read as typed first.
    ("Ai làm việc cùng Bùi Đắc Thế?", "connected_people", {"Bùi Đắc Thế"}),
])
def test_words_that_ask_nothing_are_dropped(store, question, intent, expected):
    reply = answer(store, question)
    assert reply.intent == intent and expected <= column(reply, "person"), reply.as_text()


@pytest.mark.parametrize("question, parameters", [
    ("Ai phát biểu tại hội nghị tổng kết ở Hà Tĩnh?",
     {"as_role": ["spoke"], "province_name": ["Hà Tĩnh"], "event_words": ["hội nghị tổng kết"]}),
    ("Ai chủ trì hội nghị vào tháng 12 năm 2020?",
     {"as_role": ["chaired"], "period": ["2020-12"], "event_words": ["hội nghị"]}),
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh vào tháng 12/2020?",
     {"role_name": ["Giám đốc"], "as_of": ["2020-12-31"], "org_name": ["Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"]}),
])
def test_place_and_time_words_are_not_words_of_a_name(store, question, parameters):
    reply = answer(store, question)
    assert reply.parameters == parameters and reply.rows, reply.as_text()


@pytest.mark.parametrize("words", ["(TT&TT), Ban chỉ đạo", "tt tt ban chi dao"])
def test_event_words_match_whatever_the_punctuation(store, words):
    result = run_named_query(store, "event_participants", {"event_words": words, "as_role": "chaired"})
    assert {str(row[0]) for row in result.rows} == {"Lê Ngọc Châu", "Nguyễn Công Thành"}


@pytest.mark.parametrize("question, kind", [
    ("Bắc Kạn có những đề án nào?", "Đề án"), ("What plans does Bắc Kạn have?", "Kế hoạch"),
    ("Which projects are there in Thái Nguyên?", "Dự án"),
])
def test_a_kind_of_program_narrows_a_province_s_programs(store, question, kind):
    reply = answer(store, question)
    assert reply.parameters["program_kind"] == [kind] and column(reply, "kind") == {kind}, reply.as_text()
    assert len(answer(store, "Các chương trình của tỉnh Bắc Kạn?").rows) > len(reply.rows)


def test_a_body_named_without_a_province_is_every_province_s_too(store):
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở TTTT năm 2023?")
    assert "Sở Thông tin và Truyền thông tỉnh Bắc Kạn" in reply.parameters["org_name"]
    assert column(reply, "person") == {"Phạm Duy Hưng"}


@pytest.mark.parametrize("question", ["Ai là Bí thư Thái Bình?", "Who is the party secretary of Thai Binh?"])
def test_a_province_after_a_title_stands_for_its_provincial_bodies(store, question):
    reply = answer(store, question)
    assert "Tỉnh ủy Thái Bình" in reply.parameters["org_name"]
    assert not any(name.startswith("Sở") for name in reply.parameters["org_name"])
    assert column(reply, "person") == {"Ngô Đông Hải"}


@pytest.mark.parametrize("question, intent, expected", [
    ("What offices did Pham Dong Thuy hold?", "posts_of_person", {"Phạm Đồng Thụy"}),
    ("What is Ngô Đông Hải's position?", "posts_of_person", {"Ngô Đông Hải"}),
    ("Who's the director of Sở TTTT Hà Tĩnh?", "holders_of_post", {"Nguyễn Công Thành"}),
    ("Who is Ngô Đông Hải connected to?", "connected_people", {"Ngô Đông Hải"}),
    ("Ngô Đông Hải thường làm việc cùng những ai?", "connected_people", {"Ngô Đông Hải"}),
])
def test_more_phrasings(store, question, intent, expected):
    reply = answer(store, question)
    assert reply.intent == intent and expected <= column(reply, "person"), reply.as_text()


def test_directives_given_to_a_body_in_english(store):
    reply = answer(store, "What directives were given to Sở TTTT Hà Tĩnh?")
    assert reply.intent == "directives_to" and reply.rows, reply.as_text()


def test_the_note_comes_from_the_pattern_that_came_closest(store):
    reply = answer(store, "Who is most connected to Trần Quang Vinh?")
    assert reply.intent == "connected_people" and reply.note.endswith('no person named "Trần Quang Vinh"')


@pytest.mark.parametrize("question, suggested", [
    ("Ngo Dong Haii giữ chức vụ gì?", "Ngô Đông Hải"),
    ("Ai là Giám đốc Sở TTTT Ha Tinhh?", "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"),
])
def test_a_name_with_a_typo_gets_the_closest_names_suggested(store, question, suggested):
    assert answer(store, question).note.endswith(f"(did you mean {suggested}?)")


def test_a_name_far_from_every_known_one_gets_no_suggestion(store):
    assert "did you mean" not in answer(store, "Trần Quang Vinh giữ chức vụ gì?").note
