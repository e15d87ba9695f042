"""`kg ask`: questions as people ask them, in Vietnamese and English, answered with evidence.

Two stores: the five sample articles as extraction reads them, and four hand-made
articles (tests/ask_fixtures.py) holding the situations issue 17's questions stumbled on.
"""
from __future__ import annotations

import json
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest
from lexicon_fixtures import LEXICON

from ask_fixtures import SO_GTVT_QT, ask_store
from extract.lexicon import Lexicon, LexiconError
from extract.text import ascii_key
from kg.ask import Answer, UnknownQuestion, example_questions
from kg.ask import answer as answer_with
from kg.ask.facts import Article as StoredArticle
from kg.ask.facts import is_headline
from kg.ask.grammar import read
from kg.ask.mentions import mentions
from kg.ask.resolve import Catalog
from kg.ask.tokens import tokenize
from kg.ask.vocabulary import question_data, vocabulary
from kg.build import build
from kg.cli import main
from kg.query import run_named_query
from kg.store import open_store

SAMPLE = Path(resources.files("kg").joinpath("sample"))
KG_DIR = question_data().parent
ASK_DIR = KG_DIR / "ask"
WORDS = vocabulary(LEXICON)


def answer(store, question: str) -> Answer:
    return answer_with(store, question, WORDS)


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


@pytest.fixture(scope="module")
def made_dir(tmp_path_factory) -> Path:
    return ask_store(tmp_path_factory.mktemp("ask-made") / "store")


@pytest.fixture
def made(made_dir):
    with open_store(made_dir) as store:
        yield store


def column(reply: Answer, name: str) -> set[str]:
    return {row.entities[name] for row in reply.rows if name in row.entities}


def first(reply: Answer, name: str) -> str | None:
    return reply.rows[0].entities.get(name) if reply.rows else None


def assert_evidenced(reply: Answer, name_column: str) -> None:
    """Every row quotes a sentence that names its entity and points to a dated, titled article."""
    assert reply.rows, reply.as_text()
    for row in reply.rows:
        assert row.sentence and row.source is not None
        assert row.source.title and re.fullmatch(r"\d{4}-\d\d-\d\d", row.source.date or "")
        assert (SAMPLE / f"{row.source.name}.txt").is_file()
        if name_column:
            assert row.entities[name_column].split()[-1] in row.sentence  # the given name at least


# ---------------------------------------------------------------- the sample articles


@pytest.mark.parametrize("question, intent, name_column, expected", [
    ("Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?", "chaired", "person", {"Ngô Đông Hải"}),
    ("Ai chỉ đạo hội nghị tổng kết năm 2023?", "directed", "person", {"Nguyễn Văn Chương"}),
    ("Who directed the Hà Tĩnh conference in December 2020?", "directed", "person", {"Lê Ngọc Châu"}),
    ("Những doanh nghiệp nào hợp tác với UBND tỉnh Bắc Kạn?", "partners", "firm", {"Viettel", "FPT"}),
    # The directive's sentence names the speaker by title only ("Phó Chủ tịch UBND tỉnh đề nghị ...").
    ("Which officials did Lê Ngọc Châu give directives to?", "directive", "",
     {"Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"}),
])
def test_the_readme_questions_name_the_right_entities_with_evidence(store, question, intent, name_column, expected):
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


def test_the_question_is_understood_as_slots_with_diacritics_kept(store):
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?")
    assert reply.understood == {"role": "chaired", "event": "buổi làm việc · Sở TTTT Thái Bình"}
    english = answer(store, "Who directed the Hà Tĩnh conference in December 2020?")
    assert english.understood == {"role": "directed", "time": "2020-12", "event": "conference"}


@pytest.mark.parametrize("plain, accented", [
    ("Ngo Dong Hai giu chuc vu gi", "Ngô Đông Hải giữ chức vụ gì?"),
    ("ai chu tri buoi lam viec voi so tttt thai binh", "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?"),
    ("WHICH FIRMS PARTNER WITH BAC KAN", "Which firms partner with Bắc Kạn?"),
])
def test_names_and_words_match_without_diacritics_or_case(store, plain, accented):
    without, with_marks = answer(store, plain), answer(store, accented)
    assert without.rows and [(row.entities, row.sentence, row.source) for row in without.rows] == [
        (row.entities, row.sentence, row.source) for row in with_marks.rows]


def test_a_word_typed_with_diacritics_is_only_that_word(store):
    # "hỏi" (ask) is not the head "Hội", "bạn" (you) not "Ban": read so, the courtesy words would be bodies.
    mentions = read("Cho tôi hỏi bạn Ngô Đông Hải giữ chức vụ gì?", Catalog(store, WORDS), WORDS).mentions
    assert not [m for m in mentions if m.kind in ("body", "unknown_body")]
    assert answer(store, "Cho tôi hỏi bạn Ngô Đông Hải giữ chức vụ gì?").rows


def test_filters_narrow_the_answer(store):
    # The role, the time and the event's words each exclude what does not fit.
    attended = answer(store, "Ai dự buổi làm việc với Sở TTTT Thái Bình?")
    assert column(attended, "person") and "Ngô Đông Hải" not in column(attended, "person")
    # (The Hà Tĩnh conference reviewed 2020 and planned 2021: 2022 is neither.)
    assert answer(store, "Ai chỉ đạo hội nghị tổng kết năm 2022?").rows == []
    assert answer(store, "Who directed the Hà Tĩnh conference in January 2021?").rows == []
    assert answer(store, "Ai chủ trì hội thảo năm 2020?").rows == []


@pytest.mark.parametrize("question, body", [
    ("Who is the director of the Department of Information and Communications of Hà Tĩnh?",
     "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"),
    ("Who is the director of Hà Tĩnh Department of Information and Communications?",
     "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"),
    # "province" picks the province's committee, not that of its capital, Hà Tĩnh city.
    ("Who is the vice chairman of the People's Committee of Hà Tĩnh province?", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("Who is the vice chairman of the Hà Tĩnh provincial People's Committee?", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("Which firms partner with the Bắc Kạn People's Committee?", "Ủy ban nhân dân tỉnh Bắc Kạn"),
])
def test_english_names_of_bodies_find_the_vietnamese_body(store, question, body):
    reply = answer(store, question)
    assert reply.understood["body"] == body and reply.rows, reply.as_text()


def test_an_english_name_of_a_body_the_store_does_not_know_gets_a_note(store):
    reply = answer(store, "Who is the director of the Department of Health of Hà Tĩnh?")
    assert reply.rows == [] and 'no organization called "Department of Health of Hà Tĩnh"' in reply.note


def test_a_body_the_store_does_not_know_describes_the_event_asked_about(store):
    # Its words are matched with the events' like the others ("Who chaired the X town Party
    # Standing Committee meeting that ...?"); here they fit no event, and the note says which.
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở Thông tin và Truyền thông của Phòng Quản trị "
                          "Tỉnh ủy Thái Bình?")
    assert reply.intent == "chaired" and reply.rows == []
    assert 'no organization called "Phòng Quản"' in reply.note and "not Phòng Quản" in reply.note


@pytest.mark.parametrize("question, intent, person", [
    ("Ông Lê Ngọc Châu giữ chức vụ gì?", "post_of_person", "Lê Ngọc Châu"),
    ("Phó Chủ tịch UBND tỉnh Lê Ngọc Châu giữ chức vụ gì?", "post_of_person", "Lê Ngọc Châu"),
    ("What posts does Mr Lê Ngọc Châu hold?", "post_of_person", "Lê Ngọc Châu"),
    # Not "who is X" with the words "connected to" dropped: the question is about connections.
    ("Who is connected to Ngô Đông Hải?", "connections", "Ngô Đông Hải"),
    ("Ai làm việc cùng Ngô Đông Hải?", "connections", "Ngô Đông Hải"),
])
def test_a_title_or_an_honorific_before_a_name_describes_the_person(store, question, intent, person):
    reply = answer(store, question)
    assert (reply.intent, reply.understood["person"]) == (intent, person) and reply.rows, reply.as_text()


def test_a_request_verb_after_the_post_asked_is_how_the_post_came_not_a_task(store):
    reply = answer(store, "Which post was Lê Ngọc Châu assigned to?")
    assert (reply.intent, reply.understood["person"]) == ("post_of_person", "Lê Ngọc Châu"), reply.as_text()
    assert answer(store, "Đồng chí Lê Ngọc Châu giao Sở Y tế những nhiệm vụ gì?").intent == "directive"


@pytest.mark.parametrize("question", [
    "Những chương trình nào ở Bắc Kạn?", "Bắc Kạn có chương trình gì?", "Which programs are there in Bắc Kạn?",
])
def test_more_ways_of_asking_for_a_province_s_programs(store, question):
    reply = answer(store, question)
    assert reply.intent == "programs" and reply.understood["province"] == "Bắc Kạn" and reply.rows


@pytest.mark.parametrize("question, as_of, holders", [
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh năm 2020?", "2020", {"Nguyễn Công Thành"}),
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh tháng 2/2020?", "2020-02", set()),  # stated in December
    ("Who was the director of the Hà Tĩnh Department of Information and Communications on 24/12/2020?",
     "2020-12-24", {"Nguyễn Công Thành"}),
])
def test_a_time_after_the_post_asks_who_held_it_then(store, question, as_of, holders):
    reply = answer(store, question)
    assert reply.understood["time"] == as_of
    assert reply.understood["body"] == "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"
    assert column(reply, "person") == holders


@pytest.mark.parametrize("question, intent", [
    ("Lê Ngọc Châu chỉ đạo gì?", "directive"),
    ("Cơ quan nào được Lê Ngọc Châu chỉ đạo?", "directive"),
    ("What did Lê Ngọc Châu direct?", "events_of_person"),
    ("Lê Ngọc Châu đã chủ trì hội nghị nào?", "events_of_person"),
    ("Lê Ngọc Châu chủ trì những gì?", "events_of_person"),
])
def test_ways_of_asking_what_someone_directed(store, question, intent):
    reply = answer(store, question)
    assert (reply.intent, reply.understood["person"]) == (intent, "Lê Ngọc Châu") and reply.rows, reply.as_text()


@pytest.mark.parametrize("question, intent", [
    # what a request asked of someone, whatever the event around it says
    ("Tại hội nghị, Lê Ngọc Châu đề nghị tỉnh Hà Tĩnh làm gì?", "directive"),
    # which bodies, asked by their kind after the verb
    ("Lê Ngọc Châu đề nghị Đảng ủy những xã nào đưa nội dung chuyển đổi số vào báo cáo chính trị đại hội?", "directive"),
    # which programs, whatever the visit the question names
    ("Lê Ngọc Châu đã kiểm tra những dự án nào?", "programs"),
    # who directed the event a cue of its part names
    ("Ai chỉ đạo tại buổi làm việc với Sở TTTT Hà Tĩnh?", "directed"),
])
def test_an_events_words_do_not_hide_what_is_asked(store, question, intent):
    assert answer(store, question).intent == intent


def test_a_district_body_the_store_does_not_know_is_not_its_provinces(store):
    reply = answer(store, "Ai là Chủ tịch UBND huyện Cẩm Xuyên?")
    assert not reply.rows and "body" not in reply.understood, reply.as_text()
    assert reply.note == 'the store knows no "UBND huyện Cẩm Xuyên"'


@pytest.mark.parametrize("question", [
    "Ai là lãnh đạo Sở TTTT Hà Tĩnh?", "Lãnh đạo Sở TTTT Hà Tĩnh gồm những ai?",
    "Who are the leaders of the Hà Tĩnh Department of Information and Communications?",
    "Who works at Sở TTTT Hà Tĩnh?",
])
def test_the_leaders_of_a_body_are_its_holders_of_any_post(store, question):
    reply = answer(store, question)
    assert reply.understood["body"] == "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"
    assert {(row.entities["person"], row.entities["role"]) for row in reply.rows} == {
        ("Nguyễn Công Thành", "Giám đốc"), ("Bùi Đắc Thế", "Phó Giám đốc")}


@pytest.mark.parametrize("question", ["Ai đứng đầu Sở TTTT Hà Tĩnh?", "Who heads the Hà Tĩnh Department of "
                                      "Information and Communications?"])
def test_the_head_of_a_body_holds_its_top_title_only(store, question):
    reply = answer(store, question)
    assert {(row.entities["person"], row.entities["role"]) for row in reply.rows} == {
        ("Nguyễn Công Thành", "Giám đốc")}, reply.as_text()


def test_a_name_the_store_does_not_know_gets_a_note(store):
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở TTTT Hưng Yên?")
    assert reply.rows == [] and 'no organization called "Sở TTTT Hưng Yên"' in reply.note
    assert "No answer" in reply.as_text()


def test_a_name_before_a_body_written_without_its_place_says_whose_body_is_asked(store):
    # "Party Committee" alone is every province's; "Military Region 3" says whose: never the provinces' plans
    reply = answer(store, "Which plans did the Military Region 3 Party Committee issue?")
    assert reply.rows == [] and 'knows nothing called "Region"' in reply.note


def test_two_days_of_a_month_are_that_month_of_any_year(store):
    reply = answer(store, "Ai chỉ đạo hội nghị tổng kết hôm 3-4/1?")
    assert reply.understood["time"] == "--01 (any year)" and first(reply, "person") == "Nguyễn Văn Chương"


def test_a_date_that_does_not_exist_gets_a_note(store):
    assert answer(store, "Ai chỉ đạo hội nghị tháng 13 năm 2023?").note == '"tháng 13 năm 2023" is not a real date'
    assert answer(store, "Who directed the conference on 31/02/2024?").note == '"on 31/02/2024" is not a real date'


@pytest.mark.parametrize("question", [
    'Ngô" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> "c" } # giữ chức vụ gì?',
    "Ngô Đông Hải' } } ; CLEAR ALL # giữ chức vụ gì?",
    "đồng chí' } } ; CLEAR ALL # Ngô Đông Hải giữ chức vụ gì?",
    "Ngô Đông Hải' } } ; clear all # giữ chức vụ gì?",
])
def test_an_injection_attempt_in_a_question_is_harmless_and_not_dropped(store, question):
    before = (store.triple_count(), store.article_names())
    try:
        reply = answer(store, question)
    except UnknownQuestion:
        reply = None
    assert (store.triple_count(), store.article_names()) == before
    if reply is not None and reply.rows:  # the words around the name are named in the note
        assert column(reply, "person") == {"Ngô Đông Hải"} and "clear" in reply.note.casefold()
    elif reply is not None:
        assert "CLEAR ALL" in reply.note or "DROP" in reply.note or not reply.understood.get("person")


def test_a_question_sharing_no_word_with_the_store_explains_and_shows_examples(store):
    for question in ("Thời tiết hôm nay thế nào?", "", "a" * 5000):
        with pytest.raises(UnknownQuestion) as caught:
            answer(store, question)
        message = str(caught.value)
        assert "\n" not in message and "Ai chủ trì" in message
        assert caught.value.examples == example_questions(WORDS)


def test_every_example_question_is_read_as_its_intent(store):
    words = WORDS
    catalog = Catalog(store, words)
    assert len(words.examples) >= 20
    for intent, _, example in words.examples:
        assert read(example, catalog, words).intent == intent, example


def test_code_and_data_name_no_person_of_the_sample(store):
    people = {str(row[0]) for row in run_named_query(store, "posts_of_person").rows}
    assert len(people) > 10
    files = [*sorted(ASK_DIR.glob("*.py")), *sorted((KG_DIR / "data").glob("*.tsv"))]
    for path in files:
        text = ascii_key(path.read_text(encoding="utf-8"))
        assert not [person for person in people if ascii_key(person) in text], path.name


def test_answers_render_as_text_and_json_with_what_to_cite(store):
    reply = answer(store, "Ai chỉ đạo hội nghị tổng kết năm 2023?")
    text = reply.as_text()
    assert "Nguyễn Văn Chương" in text and "000_90f5884eeaaab9de" in text and reply.rows[0].sentence in text
    assert "| directed | Hội nghị tổng kết công tác năm 2023" in text and "| date 2024-01-04\n" in text
    assert "ids: person <https://w3id.org/vn-gov-kg/id/person/" in text and "event <" in text
    holders = answer(store, "Ai là Giám đốc Sở TTTT Hà Tĩnh?").as_text()  # dates and counts say what they are
    assert "| first attested 2020-12-24 | last attested 2020-12-24 | articles 1 | date 2020-12-24\n" in holders
    document = json.loads(reply.as_json())
    assert document["intent"] == "directed"
    answer_row = document["answers"][0]
    assert answer_row["entities"]["person"] == "Nguyễn Văn Chương"
    assert answer_row["evidence"] == reply.rows[0].sentence
    assert answer_row["article"]["name"] == "000_90f5884eeaaab9de" and answer_row["article"]["date"] == "2024-01-04"
    assert set(answer_row["iris"]) >= {"person", "event"} and answer_row["matched"]
    assert store.query(f"ASK {{ <{answer_row['iris']['person']}> foaf:name ?name }}").askAnswer  # the store's node


def test_kg_ask_command(store_dir, capsys):
    assert main(["ask", "Who directed the Hà Tĩnh conference in December 2020?", "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "Lê Ngọc Châu" in out and "004_e623877a6278d958" in out
    assert main(["ask", "Phạm Duy Hưng giữ chức vụ gì?", "--store", str(store_dir), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["intent"] == "post_of_person"
    assert main(["ask", "Thời tiết hôm nay thế nào?", "--store", str(store_dir)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("kg: error: cannot answer")


@pytest.fixture
def data_dir(tmp_path):
    """A copy of kg/data/*.tsv that kg.ask reads instead, for a test to put a bad row in."""
    for name in ("questions", "question_words"):
        (tmp_path / f"{name}.tsv").write_text((KG_DIR / "data" / f"{name}.tsv").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    yield tmp_path


def test_a_bad_example_row_names_its_line(data_dir):
    (data_dir / "questions.tsv").write_text(
        "# comment\nintent\tlang\tquestion\nwho_knows\tvi\tAi biết?\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"questions.tsv:3:1 \(intent\): 'who_knows' is not one of chaired"):
        vocabulary(LEXICON, folder=data_dir)


@pytest.mark.parametrize("row, message", [
    ("body\ttraffic police\tCảnh sát giao thông", "'Cảnh sát giao thông' is not a value for body"),  # no head
    ("field\thealthcare\tY tế công cộng", "'Y tế công cộng' is not a value for field"),  # not in fields.tsv
    ("as_role\tpresided\tpresided", "'presided' is not a value for as_role"),
])
def test_a_bad_word_row_names_its_line(data_dir, row, message):
    words = (data_dir / "question_words.tsv").read_text(encoding="utf-8") + row + "\n"
    (data_dir / "question_words.tsv").write_text(words, encoding="utf-8")
    with pytest.raises(LexiconError,
                       match=rf"question_words.tsv:{len(words.splitlines())}:3 \(value\): {re.escape(message)}"):
        vocabulary(LEXICON, folder=data_dir)


def test_the_words_are_the_lexicon_passed_in(store, tmp_path):
    """kg.ask reads the shared words from the Lexicon it is given: a title added to a copy of
    extract/data/titles.tsv is a title in questions with that lexicon, and only with it."""
    folder = tmp_path / "data"
    shutil.copytree(LEXICON.folder, folder)
    with (folder / "titles.tsv").open("a", encoding="utf-8") as titles:
        titles.write("Trưởng nhóm điều phối\tTrưởng nhóm điều phối\t\t\tSở\n")
    question = "Ai là Trưởng nhóm điều phối Sở Tài chính?"
    shipped, added = vocabulary(LEXICON), vocabulary(Lexicon.load(folder))
    assert read(question, Catalog(store, shipped), shipped).title is None
    reading = read(question, Catalog(store, added), added)
    assert reading.intent == "holder_of_post" and reading.title.role == "Trưởng nhóm điều phối"


@pytest.mark.parametrize("question", [
    "Who chaired meetings last December?", "Ai chủ trì hội nghị năm ngoái?", "Ai chủ trì hội nghị quý IV?",
    "Who was the director of Sở TTTT Hà Tĩnh last year?",
])
def test_a_time_the_graph_cannot_place_gets_a_note_not_every_time(store, question):
    reply = answer(store, question)
    assert not reply.rows and "name its year" in reply.note, reply.as_text()


@pytest.mark.parametrize("question, people", [
    ("Ai chủ trì hội nghị tháng 12?", {"Lê Ngọc Châu", "Nguyễn Công Thành"}),
    ("Ai chủ trì buổi làm việc chiều 9/6?", {"Ngô Đông Hải"}),
    ("Who chaired meetings in April?", set()),
])
def test_a_day_or_month_without_its_year_is_that_day_or_month_of_any_year(store, question, people):
    reply = answer(store, question)
    assert reply.understood["time"].endswith("(any year)") and column(reply, "person") == people, reply.as_text()


@pytest.mark.parametrize("question, time", [
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh năm 99999?", "năm 99999"),
    ("Who directed the Hà Tĩnh conference in year 12345?", "in year 12345"),
])
def test_a_year_no_article_can_be_from_gets_a_note_not_a_name(store, question, time):
    reply = answer(store, question)
    assert not reply.rows and reply.note == f'cannot place the time "{time}": name a year from 1900 to 2099 ("năm 2023")'


def test_may_is_a_month_only_after_in(store):
    assert "time" not in answer(store, "Ai chủ trì mấy cuộc họp?").understood
    assert "time" not in answer(store, "Who may have chaired the meeting?").understood
    assert answer(store, "Who chaired meetings in May?").understood["time"] == "--05 (any year)"


@pytest.mark.parametrize("question, period", [
    ("Who chaired the conference on December 24, 2020?", "2020-12-24"),
    ("Who chaired the conference on 24 December 2020?", "2020-12-24"),
    ("Ai chủ trì hội nghị ngày 24 tháng 12 năm 2020?", "2020-12-24"),
    ("Ai chủ trì hội nghị quý IV/2020?", "2020-Q4"),
])
def test_a_day_written_out_is_read_whole(store, question, period):
    reply = answer(store, question)
    assert reply.understood["time"] == period and column(reply, "person") == {"Lê Ngọc Châu", "Nguyễn Công Thành"}


@pytest.mark.parametrize("question, intent, expected", [
    ("Ngô Đông Hải là ai vậy?", "post_of_person", {"Ngô Đông Hải"}),
    ("Cho hỏi, Ngô Đông Hải giữ chức vụ gì ạ?", "post_of_person", {"Ngô Đông Hải"}),
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh hiện nay?", "holder_of_post", {"Nguyễn Công Thành"}),
    ("ai chu tri buoi lam viec voi so tttt thai binh a", "chaired", {"Ngô Đông Hải"}),
    # A name may end with such a word: names are found before courtesy words are.
    ("Ai làm việc cùng Bùi Đắc Thế?", "connections", {"Bùi Đắc Thế"}),
])
def test_words_that_ask_nothing_are_dropped(store, question, intent, expected):
    reply = answer(store, question)
    assert reply.intent == intent and expected <= column(reply, "person"), reply.as_text()


@pytest.mark.parametrize("question, understood", [
    ("Ai phát biểu tại hội nghị tổng kết ở Hà Tĩnh?", {"role": "spoke", "event": "hội nghị · tổng kết"}),
    ("Ai chủ trì hội nghị vào tháng 12 năm 2020?", {"role": "chaired", "time": "2020-12", "event": "hội nghị"}),
    ("Ai là Giám đốc Sở TTTT Hà Tĩnh vào tháng 12/2020?",
     {"title": "Giám đốc", "time": "2020-12", "body": "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"}),
])
def test_place_and_time_words_are_not_words_of_a_name(store, question, understood):
    reply = answer(store, question)
    assert reply.understood == understood and reply.rows, reply.as_text()


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
    assert reply.understood["kind"] == kind and column(reply, "kind") == {kind}, reply.as_text()
    assert len(answer(store, "Các chương trình, đề án của tỉnh Bắc Kạn?").rows) > len(reply.rows)


def test_a_body_named_without_a_province_is_every_province_s_too(store):
    reply = answer(store, "Ai chủ trì buổi làm việc với Sở TTTT năm 2023?")
    assert column(reply, "person") == {"Phạm Duy Hưng"}


@pytest.mark.parametrize("question", ["Ai là Bí thư Thái Bình?", "Who is the party secretary of Thai Binh?"])
def test_a_province_after_a_title_stands_for_its_provincial_bodies(store, question):
    reply = answer(store, question)
    assert "Tỉnh ủy Thái Bình" in reply.understood["body"] and "Sở" not in reply.understood["body"]
    assert column(reply, "person") == {"Ngô Đông Hải"}


@pytest.mark.parametrize("question, intent, expected", [
    ("What offices did Pham Dong Thuy hold?", "post_of_person", {"Phạm Đồng Thụy"}),
    ("What is Ngô Đông Hải's position?", "post_of_person", {"Ngô Đông Hải"}),
    ("Who's the director of Sở TTTT Hà Tĩnh?", "holder_of_post", {"Nguyễn Công Thành"}),
    ("Who is Ngô Đông Hải connected to?", "connections", {"Ngô Đông Hải"}),
    ("Ngô Đông Hải thường làm việc cùng những ai?", "connections", {"Ngô Đông Hải"}),
])
def test_more_phrasings(store, question, intent, expected):
    reply = answer(store, question)
    assert reply.intent == intent and expected <= column(reply, "person"), reply.as_text()


def test_directives_given_to_a_body_in_english(store):
    reply = answer(store, "What directives were given to Sở TTTT Hà Tĩnh?")
    assert reply.intent == "directive" and column(reply, "organization") == {"Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"}


def test_an_unknown_person_gets_a_note_whatever_the_intent(store):
    reply = answer(store, "Who is most connected to Trần Quang Vinh?")
    assert reply.intent == "connections" and reply.note.endswith('no person named "Trần Quang Vinh"')


def answers_from_articles(tmp_path: Path, texts: list[str], *questions: str) -> list[Answer]:
    """The answers to `questions` from a store of these articles, one file each."""
    paths = []
    for number, text in enumerate(texts):
        paths.append(tmp_path / f"article{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build(paths, store, LEXICON)
        return [answer(store, question) for question in questions]


def test_a_title_of_a_commune_of_no_known_province_is_answered(tmp_path):
    # a ward the article places in no province: its bodies are found by their name
    article = ("Đảng ủy phường Tân Hòa tổ chức hội nghị\nChiều 10/7/2025, Đảng ủy phường Tân Hòa tổ chức hội nghị. "
               "Bí thư Đảng ủy phường Tân Hòa Trần Thị Hoa chủ trì.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Bí thư phường Tân Hòa là ai?")
    assert first(reply, "person") == "Trần Thị Hoa"


def test_a_monthly_meeting_is_found_by_the_month_its_name_states_not_by_another_months(tmp_path):
    # the October meeting is held on 4 November, in an article of no known province (its "UBND
    # huyện" may be any province's); the May one, undated, is no October meeting
    october = ("Hội nghị thường kỳ tháng 10 năm 2019\nChiều ngày 04/11/2019, UBND huyện đã tổ chức Hội nghị Thường "
               "kỳ tháng 10 năm 2019 do đồng chí Lê Văn An, Chủ tịch UBND huyện chủ trì.\n")
    may = ("UBND huyện Trà Lĩnh họp phiên thường kỳ tháng 5\nUBND huyện Trà Lĩnh tổ chức phiên họp thường kỳ tháng 5. "
           "Đồng chí Trần Văn Bình, Chủ tịch UBND huyện chủ trì phiên họp.\n")
    replies = answers_from_articles(tmp_path, [october, may],
                                    "Hội nghị Thường kỳ tháng 10 năm 2019 của UBND huyện do ai chủ trì?",
                                    "Ai chủ trì phiên họp thường kỳ tháng 10/2019 ở huyện Trà Lĩnh?")
    assert column(replies[0], "person") == {"Lê Văn An"}, replies[0].as_text()
    assert not replies[1].rows, replies[1].as_text()


def test_english_ordinals_find_roman_numerals_and_a_party_committee_its_party_organization(tmp_path):
    session = ("Đoàn ĐBQH tỉnh làm việc với Sở Y tế trước kỳ họp thứ X\nSáng 15/10/2025, đồng chí Lê Thị Hoa, Phó "
               "Trưởng đoàn ĐBQH tỉnh Nam Định đã có buổi làm việc với Sở Y tế chuẩn bị cho kỳ họp thứ X, Quốc hội khóa XV.\n")
    congress = ("Đại hội Đảng bộ phường Kinh Môn lần thứ I\nNgày 12/8/2025, Đại hội đại biểu Đảng bộ phường Kinh Môn lần "
                "thứ I khai mạc. Ông Vũ Văn Hai, Bí thư Đảng ủy phường chủ trì đại hội.\n")
    first, second = answers_from_articles(
        tmp_path, [session, congress],
        "Who chaired the working session with the Department of Health ahead of the 10th session of the 15th "
        "National Assembly?",
        "Who chaired the first congress of the Kinh Mon Party Committee?")
    assert column(first, "person") == {"Lê Thị Hoa"}, first.as_text()
    assert column(second, "person") == {"Vũ Văn Hai"}, second.as_text()
    from kg.ask.overlap import probes_of_tokens
    from kg.ask.tokens import tokenize
    assert [probe.roman for probe in probes_of_tokens(tokenize("the 14th congress"))] == ["", "xiv", ""]


def test_which_companies_a_province_signed_with_at_an_event_someone_attended_asks_its_partners(tmp_path):
    article = ("Nam Định ký kết hợp tác chiến lược\nNgày 10/5/2025, tại hội nghị có Phó Thủ tướng Lê Văn Chính dự, tỉnh "
               "Nam Định đã ký kết hợp tác chiến lược với các doanh nghiệp lớn như Vingroup, Tập đoàn công nghệ CMC.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Which companies did Nam Dinh province sign strategic "
                                                         "cooperation agreements with at the conference attended by "
                                                         "Deputy Prime Minister Le Van Chinh?")
    assert reply.intent == "partners" and column(reply, "firm") >= {"Vingroup", "Tập đoàn công nghệ CMC"}, \
        reply.as_text()


def test_a_body_named_by_its_head_alone_does_not_narrow_which_of_its_kind(tmp_path):
    # one article names a district's party committee by its head alone: "huyện ủy nào" still asks
    # which of every Huyện ủy
    review = ("Huyện Nam Đàn tổng kết năm\nChiều 5/1/2024, ông Lê Văn An, Bí thư Huyện ủy Nam Đàn chủ trì hội nghị "
              "tổng kết.\n")
    briefing = ("Họp giao ban tháng 5\nChiều 17/5/2024, Ủy ban nhân dân huyện họp giao ban. Dự họp có đồng chí "
                "Trần Văn Bình, Ủy viên Ban thường vụ huyện ủy.\n")
    [reply] = answers_from_articles(tmp_path, [review, briefing], "Lê Văn An làm bí thư huyện ủy nào?")
    assert first(reply, "organization") == "Huyện ủy Nam Đàn", reply.as_text()


@pytest.mark.parametrize("question, suggested", [
    ("Ngo Dong Haii giữ chức vụ gì?", "Ngô Đông Hải"),
])
def test_a_name_with_a_typo_gets_the_closest_names_suggested(store, question, suggested):
    assert answer(store, question).note.endswith(f"(did you mean {suggested}?)")


def test_a_name_far_from_every_known_one_gets_no_suggestion(store):
    assert "did you mean" not in answer(store, "Trần Quang Vinh giữ chức vụ gì?").note


# ---------------------------------------------------------------- the named queries behind the view


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


# ---------------------------------------------------------------- issue 17: questions as people ask them


@pytest.mark.parametrize("question, intent, column_name, expected", [
    # Wordings no pattern used to fit.
    ("Hoàng Văn Lâm giữ chức gì?", "post_of_person", "role", "Phó Chủ tịch"),
    ("Hoàng Văn Lâm là ai, làm chức gì?", "post_of_person", "role", "Phó Chủ tịch"),
    ("Đặng Thị Mai công tác ở đâu?", "post_of_person", "organization", "Sở Thông tin và Truyền thông tỉnh Quảng Trị"),
    ("Who heads the Quang Tri Department of Information and Communications?", "holder_of_post", "person",
     "Đặng Thị Mai"),
    ("Hội nghị an toàn giao thông Quảng Trị do đồng chí nào chủ trì?", "chaired", "person", "Vũ Đức Tín"),
    ("Chủ tọa hội nghị về giao thông gồm những ai?", "chaired", "person", "Vũ Đức Tín"),
    ("Tại Quảng Trị, ai chủ trì hội nghị về an toàn giao thông?", "chaired", "person", "Vũ Đức Tín"),
    ("Cuộc họp về trung tâm điều hành thông minh, ai chỉ đạo vậy?", "directed", "person", "Hoàng Văn Lâm"),
    ("Tạ Minh Khôi đề nghị Ngân hàng Thế giới làm gì?", "directive", "action", "sớm thẩm định dự án trong quý III"),
    # an event named after the request does not make it a question about the event
    ("Hoàng Văn Lâm đề nghị Sở TTTT Quảng Trị làm gì tại cuộc họp về trung tâm điều hành thông minh?", "directive",
     "action", "hoàn thiện các phân hệ giám sát trước tháng 12"),
    ("Bí thư Tỉnh ủy Quảng Trị chỉ đạo gì?", "directive", "by", "Bế Quang Vinh"),
    ("Ai tiếp đoàn Ngân hàng Thế giới?", "chaired", "person", "Tạ Minh Khôi"),
    ("UBND tỉnh Quảng Trị đã ban hành những kế hoạch gì?", "programs", "program", "Kế hoạch số 210/KH-UBND"),
    ("Phú Yên đang thực hiện dự án nào?", "programs", "program", "Dự án phát triển đô thị thích ứng tỉnh Phú Yên"),
    ("What directives did Hoàng Văn Lâm issue?", "directive", "action",
     "hoàn thiện các phân hệ giám sát trước tháng 12"),
    ("Who chaired the traffic safety conference in Quảng Trị?", "chaired", "person", "Vũ Đức Tín"),
    ("Ai là Chủ tịch UBND tỉnh Quảng Trị năm 2022?", "holder_of_post", "person", "Vũ Đức Tín"),
    # the title of whoever approved the post is not the post asked
    ("Ai được Thủ tướng phê chuẩn kết quả bầu chức Chủ tịch UBND tỉnh Quảng Trị?", "holder_of_post", "person",
     "Vũ Đức Tín"),
    ("Chủ tịch Quảng Trị là ai?", "holder_of_post", "person", "Vũ Đức Tín"),
    ("Which firms partner with Phú Yên?", "partners", "firm", "VNPT"),
    ("Who are the party secretaries of Quảng Trị?", "holder_of_post", "person", "Bế Quang Vinh"),  # a plural title
    ("Who is Vu Duc Tin?", "post_of_person", "role", "Chủ tịch"),
])
def test_natural_wordings_are_read_as_intent_and_slots(made, question, intent, column_name, expected):
    reply = answer(made, question)
    assert reply.intent == intent and first(reply, column_name) == expected, reply.as_text()


@pytest.mark.parametrize("question, person", [
    # A paraphrase, a skipped word, a synonym of the kind of event: found by meaning.
    ("Ai chủ trì họp về Trung tâm điều hành thông minh?", "Hoàng Văn Lâm"),
    ("Ai chủ trì hội nghị đánh giá vận hành trung tâm điều hành?", "Hoàng Văn Lâm"),
    ("Who chaired the meeting on the provincial operations centre in Quảng Trị?", "Hoàng Văn Lâm"),
    ("Who spoke at the ceremony?", "Mai Thanh Tùng"),
    ("Ai dự lễ kỷ niệm ngày thành lập Đoàn?", "Giàng Thị Mỷ"),
    ("Who received the World Bank delegation?", "Tạ Minh Khôi"),
    ("Who hosted the courtesy call of the World Bank in Phú Yên?", "Tạ Minh Khôi"),
    ("Ai làm việc với Ngân hàng Thế giới về dự án phát triển đô thị?", "Tạ Minh Khôi"),
    # English words of the genre: "working delegation" (đoàn công tác), "urban area" (đô thị),
    # "on behalf of" (no word to match)
    ("Who received the working delegation of the World Bank on behalf of Phú Yên?", "Tạ Minh Khôi"),
    ("Who received the World Bank delegation about the urban area development project?", "Tạ Minh Khôi"),
])
def test_events_are_found_by_meaning_and_say_which_words_matched(made, question, person):
    reply = answer(made, question)
    assert first(reply, "person") == person, reply.as_text()
    assert reply.rows[0].matched and set(reply.rows[0].matched) <= {
        m for m in re.split(r" · ", reply.understood.get("event", ""))} | set(reply.rows[0].matched)


@pytest.mark.parametrize("question", [
    # The province's other meeting is not this one: no answer, never the chair of another meeting.
    "Who chaired the meeting on tourism in Quảng Trị?",
    "Ai chủ trì hội nghị tổng kết ngành y tế Quảng Trị?",
    "Ai chủ trì cuộc họp về khu công nghiệp ở Quảng Trị?",
    # A body the store does not know, and words after it: not dropped.
    "Ai chủ trì buổi làm việc của UBND TP.HCM chiều 7/10?",
    "Who chaired the meeting with the Japanese Embassy delegation in Quảng Trị?",
])
def test_a_question_whose_words_fit_no_event_is_never_answered_as_another(made, question):
    reply = answer(made, question)
    assert reply.rows == [] and reply.note, reply.as_text()


def test_the_note_names_the_closest_events_and_the_words_they_missed(made):
    note = answer(made, "Who chaired the meeting on tourism in Quảng Trị?").note
    assert "no event in the store fits" in note and "not tourism" in note and "Quảng Trị" in note


def test_an_event_without_the_role_asked_says_who_it_records(made):
    reply = answer(made, "Ai chủ trì lễ kỷ niệm ngày thành lập Đoàn?")
    assert reply.rows == [] and "Giàng Thị Mỷ (attended)" in reply.note and "Mai Thanh Tùng (spoke)" in reply.note


def test_several_events_that_fit_alike_are_all_answered_and_said_so(made):
    reply = answer(made, "Ai chủ trì hội nghị ở Quảng Trị?")
    assert column(reply, "person") == {"Hoàng Văn Lâm", "Vũ Đức Tín"} and reply.note.startswith("2 events fit")


def test_a_slot_ends_at_a_function_word(made):
    # "Ngân hàng Thế giới | về Dự án ...": the body ends at "về", the rest describes the event.
    reading = read("Ai tiếp Ngân hàng Thế giới về Dự án phát triển đô thị thích ứng?", Catalog(made, WORDS),
                   WORDS)
    bodies = [m.text for m in reading.mentions if m.kind == "body"]
    assert bodies == ["Ngân hàng Thế giới"]
    # An English title before a name is not part of it.
    assert answer(made, "What is Quảng Trị Vice Chairman Hoàng Văn Lâm's position?").understood["person"] == \
        "Hoàng Văn Lâm"


def test_the_evidence_is_a_sentence_not_the_headline(made):
    # The chairman's post and his chairing were read from the headline; the article has a sentence naming him.
    for question in ("Tạ Minh Khôi giữ chức vụ gì?", "Ai tiếp đoàn Ngân hàng Thế giới?"):
        row = answer(made, question).rows[0]
        assert row.sentence.startswith("Sáng 10/5, đồng chí Tạ Minh Khôi") and row.sentence != row.source.title


def test_a_question_no_intent_fits_gets_search_results_not_an_answer(made):
    reply = answer(made, "Thẩm định dự án trong quý III")
    assert reply.intent == "search" and reply.rows == [] and reply.search
    assert reply.search[0].sentence.startswith("Đồng chí Tạ Minh Khôi đề nghị") and reply.search[0].matched
    document = json.loads(reply.as_json())
    assert document["answers"] == [] and document["search_results"][0]["matched"]
    assert "Search results" in reply.as_text() and "not an answer" in reply.as_text()


def test_words_an_intent_does_not_use_are_named_not_dropped(made):
    reply = answer(made, "Hoàng Văn Lâm giữ chức vụ gì trong lĩnh vực viễn thông?")
    assert reply.rows and "viễn thông" in reply.note


def test_a_person_designated_by_title_needs_a_holder(made):
    reply = answer(made, "Giám đốc Sở Y tế Quảng Trị chỉ đạo gì?")
    assert reply.rows == [] and "Sở Y tế Quảng Trị" in reply.note


@pytest.mark.parametrize("question, column_name, expected", [
    # A district, a parent body, a proper name: English names in English order.
    ("What directives were given to the Vinh Linh district People's Committee?", "organization",
     "Ủy ban nhân dân huyện Vĩnh Linh"),
    ("Who heads the Propaganda Department of the Quảng Trị Provincial Party Committee?", "person", "Lê Thị Thu Hiền"),
    ("Who is the director of Tuy Hòa International Hospital?", "person", "Phan Văn Tấn"),
    # "nào" after a title asks who; after a kind of program it asks which programs.
    ("Phó Chủ tịch UBND tỉnh nào chủ trì cuộc họp về trung tâm điều hành thông minh?", "person", "Hoàng Văn Lâm"),
    ("Quảng Trị có những kế hoạch nào về thông tin?", "program", "Kế hoạch số 210/KH-UBND"),
    # A person named beside the asked one took part too: not a question about their posts.
    ("Ai cùng Hoàng Văn Lâm dự cuộc họp?", "person", "Lê Thị Thu Hiền"),
    # Asked of a person: what they were appointed to, or given to do; which body they head.
    ("Đỗ Quang Huy được bổ nhiệm làm gì?", "role", "Hiệu trưởng"),
    ("Đỗ Quang Huy được giao nhiệm vụ gì?", "role", "Hiệu trưởng"),
    ("Đặng Thị Mai làm giám đốc sở nào?", "organization", "Sở Thông tin và Truyền thông tỉnh Quảng Trị"),
    # An abbreviation articles do not use, in a name a title holds the head of ("Hiệu trưởng | Trường").
    ("Hiệu trưởng ĐH Phú Yên là ai?", "person", "Đỗ Quang Huy"),
    # Nouns for the role asked about, and "name", "kể tên" asking who.
    ("Name the speakers at the Quảng Trị traffic conference.", "person", "Lý Văn Phúc"),
    ("Who were the attendees of the ceremony?", "person", "Giàng Thị Mỷ"),
    ("Kể tên những người dự cuộc họp về trung tâm điều hành thông minh", "person", "Lê Thị Thu Hiền"),
    # Casual words for the head of a body ("Sếp" with its diacritics is no "Sep"tember).
    ("Sếp Sở TTTT Quảng Trị là ai?", "person", "Đặng Thị Mai"),
    ("Ai phụ trách Sở TTTT Quảng Trị?", "person", "Đặng Thị Mai"),
    ("Lý Thu Hà đại diện cho cơ quan nào?", "organization", "Sở Kế hoạch và Đầu tư tỉnh Phú Yên"),
    # An event without a date of its own is dated by its article.
    ("Ai chủ trì hội nghị an toàn giao thông tháng 10/2022?", "person", "Vũ Đức Tín"),
    # A time the event is about, written as its name writes it or not, and an abbreviation.
    ("Ai chủ trì phiên họp về kinh tế - xã hội quý III/2022?", "person", "Vũ Đức Tín"),
    ("Ai chủ trì phiên họp về KT-XH quý III năm 2022?", "person", "Vũ Đức Tín"),
])
def test_more_ways_people_ask(made, question, column_name, expected):
    reply = answer(made, question)
    assert first(reply, column_name) == expected, reply.as_text()


@pytest.mark.parametrize("question, note", [
    # A body named without a place, then a place: that place's body, not the one of no place.
    ("Ai là Giám đốc Sở Tài chính Quảng Trị?", 'no organization called "Sở Tài chính Quảng Trị"'),
    # A name no slot takes, and a foreign name, are never dropped.
    ("Đặng Thị Mai giữ chức vụ gì ở Vietcombank?", '"Vietcombank"'),
    ("Who is Yoshida Kenji?", 'no person named "Yoshida Kenji"'),
])
def test_what_the_store_does_not_know_is_said_not_dropped(made, question, note):
    reply = answer(made, question)
    assert reply.rows == [] and note in reply.note, reply.as_text()


def test_a_body_named_without_its_place_is_also_the_one_of_no_place(made):
    assert first(answer(made, "Ai là Giám đốc Sở Tài chính?"), "person") == "Trương Văn Khải"


def test_an_alias_that_is_only_a_field_names_no_body(made):
    # The store calls Sở TTTT Quảng Trị also "TT&TT"; in a question those words are the field.
    assert made.query('ASK { ?body schema:alternateName "TT&TT"@vi }').askAnswer
    catalog = Catalog(made, WORDS)
    mentions = read("Ai chủ trì hội nghị ngành Thông tin và Truyền thông năm 2022?", catalog, WORDS).mentions
    assert not [m for m in mentions if m.kind in ("body", "unknown_body")]


def test_an_event_of_a_part_of_a_body_is_an_event_of_that_body(store):
    # Organized by "Thường trực Tỉnh ủy Thái Bình", which is part of the Tỉnh ủy.
    reply = answer(store, "Who gave directions at the Thái Bình Party Committee's working session with the "
                          "Department of Information and Communications in June 2021?")
    assert column(reply, "person") == {"Ngô Đông Hải"}, reply.as_text()


def test_a_year_in_an_event_s_name_and_an_english_ordinal_are_matched():
    from kg.ask.events import Event
    from kg.ask.overlap import probes_of_tokens
    from kg.ask.tokens import tokenize
    assert Event("e", "Lễ khởi động Tháng Thanh niên 2018").years == {2018}
    assert Event("e", "Quyết định số 12/2019/QĐ-UBND").years == set()  # a document number is no year
    assert [probe.key for probe in probes_of_tokens(tokenize("the 22nd session"))] == ["the", "22", "session"]


def test_the_readme_shows_what_kg_ask_prints(store):
    text = (KG_DIR.parent / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## Asking and querying the sample"):]
    block = block[block.index("```\n") + 4:].split("```")[0]
    examples = [part for part in block.split("$ kg ask --store kg-demo/store ")[1:]]
    assert len(examples) >= 2
    for example in examples:
        question, *shown = example.strip().splitlines()
        printed = answer(store, json.loads(question)).as_text().splitlines()
        for line, expected in zip(printed, shown):
            if expected.endswith("…"):  # cut in the README
                assert line.startswith(expected[:-1])
            else:
                assert line == expected
        assert len(printed) == len(shown)


def test_an_event_whose_date_is_unknown_may_answer_a_question_with_a_time_and_says_so(made):
    reply = answer(made, "Ai chủ trì buổi kiểm tra phòng chống thiên tai ở Vĩnh Linh tháng 5/2023?")
    assert first(reply, "person") == "Hà Sỹ Đồng" and "no date of this event" in reply.note
    # Not when the words fit no undated event either.
    assert answer(made, "Ai chủ trì buổi kiểm tra an toàn thực phẩm tháng 5/2023?").rows == []


def test_a_province_s_body_is_not_the_body_of_an_article_naming_no_province(made):
    # The quarterly review's article names no province: its "Ủy ban nhân dân tỉnh" may be any province's.
    reply = answer(made, "Ai chủ trì phiên họp của UBND tỉnh Phú Yên về KT-XH quý III/2022?")
    assert reply.rows == [] and "no event in the store fits" in reply.note, reply.as_text()
    assert first(answer(made, "Ai chủ trì phiên họp của UBND tỉnh về KT-XH quý III/2022?"), "person") == "Vũ Đức Tín"


@pytest.mark.parametrize("question, column_name, expected", [
    # With a time, the people met then.
    ("Hoàng Văn Lâm gặp ai trong tháng 9/2022?", "other", "Lê Thị Thu Hiền"),
    # A title in a question about a person's posts is the post asked about.
    ("Vũ Đức Tín là Chủ tịch tỉnh nào?", "organization", "Ủy ban nhân dân tỉnh Quảng Trị"),
    # A province's leaders are those of the bodies that lead it.
    ("Ai là lãnh đạo tỉnh Phú Yên?", "person", "Tạ Minh Khôi"),
    # A place given a task is its People's Committee.
    ("Huyện Vĩnh Linh được yêu cầu làm gì?", "action", "xử lý dứt điểm các bến đò ngang không bảo đảm an toàn"),
    ("Who are the vice chairs of the Quảng Trị People's Committee?", "person", "Hoàng Văn Lâm"),
    # In charge of an event is chairing it; "which" before a word for people asks who.
    ("Who was in charge of the Quảng Trị traffic safety conference?", "person", "Vũ Đức Tín"),
    ("Which leader attended the ceremony?", "person", "Giàng Thị Mỷ"),
    # Abbreviations of titles and bodies questions use.
    ("BT Tỉnh ủy Quảng Trị là ai?", "person", "Bế Quang Vinh"),
    ("Chủ tịch UB tỉnh Quảng Trị là ai?", "person", "Vũ Đức Tín"),
    # A title after its place, in English order, designates its holder.
    ("What did the Quảng Trị chairman ask the Department of Transport to do?", "action",
     "rà soát các điểm đen tai nạn giao thông"),
])
def test_yet_more_ways_people_ask(made, question, column_name, expected):
    assert first(answer(made, question), column_name) == expected, answer(made, question).as_text()


def test_a_person_asked_with_a_time_meets_only_the_people_of_that_time(made):
    reply = answer(made, "Hoàng Văn Lâm gặp ai trong tháng 10/2022?")
    assert not column(reply, "other") & {"Lê Thị Thu Hiền", "Đặng Thị Mai"}



def test_a_family_name_is_one_with_its_diacritics(store):
    # "tổng kết" opens with "tổng", not the family name "Tống".
    catalog = Catalog(store, WORDS)
    assert not [m for m in read("Ai chỉ đạo hội nghị tổng kết năm 2023?", catalog, WORDS).mentions
                if m.kind == "unknown_person"]
    assert answer(store, "Tống Văn Khang giữ chức vụ gì?").note.startswith('the store knows no person named "Tống')


@pytest.mark.parametrize("question, firms", [
    ("VNPT hợp tác với tỉnh Phú Yên không?", {"VNPT"}),
    ("VNPT hợp tác với tỉnh Quảng Trị không?", set()),  # not with VNPT's partner of another province
])
def test_a_firm_and_a_province_ask_for_that_firm_s_partnerships_there(made, question, firms):
    assert column(answer(made, question), "firm") == firms


def test_a_level_word_alone_names_no_place(made):
    # The store calls Quảng Trị's department also "Sở Giao thông vận tải tỉnh": that alias is no Phú Yên body.
    assert made.query('ASK { ?body schema:alternateName "Sở Giao thông vận tải tỉnh"@vi }').askAnswer
    reply = answer(made, "Ai là Phó Giám đốc Sở Giao thông vận tải tỉnh Phú Yên?")
    assert reply.rows == [] and "no organization called" in reply.note, reply.as_text()
    assert first(answer(made, "Ai là Phó Giám đốc Sở Giao thông vận tải tỉnh Quảng Trị?"), "person") == "Lý Văn Phúc"



def test_a_title_and_a_district_ask_for_that_districts_body_not_its_provinces(store):
    # A town of Hà Tĩnh named after the title: its People's Committee, not the province's.
    reply = answer(store, "Phó chủ tịch thị xã Kỳ Anh là ai vậy?")
    assert column(reply, "person") == {"Nguyễn Văn Chung"}
    assert column(reply, "organization") == {"Ủy ban nhân dân thị xã Kỳ Anh"}


def test_which_provincial_leader_asks_who_took_the_role_at_the_event(store):
    # A level word between "which" and "leader" still makes it a question about a person at an event.
    reply = answer(store, "Which provincial leader chaired the working session with the Thái Bình "
                          "Department of Information and Communications?")
    assert reply.intent == "chaired" and first(reply, "person") == "Ngô Đông Hải"


@pytest.mark.parametrize("question", [
    "Ai yêu cầu xử lý dứt điểm các bến đò ngang?",
    "Ai yêu cầu huyện Vĩnh Linh xử lý các bến đò ngang không an toàn?",  # a place given a task: its UBND
    "What did Vũ Đức Tín ask Vĩnh Linh district to do?",
])
def test_a_directive_is_found_by_what_was_requested(made, question):
    reply = answer(made, question)
    assert reply.intent == "directive"
    assert [(row.entities["by"], row.entities["organization"]) for row in reply.rows] == [
        ("Vũ Đức Tín", "Ủy ban nhân dân huyện Vĩnh Linh")]


def test_the_request_ranks_an_officials_directives_and_a_body_inside_it_is_no_addressee(made):
    # "cơ quan nào" asks the addressee; the words after it say what was asked, first the best fit
    reply = answer(made, "Vũ Đức Tín giao cơ quan nào rà soát các điểm đen tai nạn giao thông?")
    assert first(reply, "organization") == "Sở Giao thông vận tải tỉnh Quảng Trị"
    assert len(reply.rows) == 2


def test_a_request_no_directive_holds_is_no_answer(made):
    reply = answer(made, "Ai yêu cầu trồng rừng ngập mặn ven biển?")
    assert reply.rows == [] and "no directive in the store asks" in reply.note


def test_a_ward_the_place_tables_lack_is_found_by_the_store_s_bodies(made):
    # "phường Kim Ngọc Đông" is in no place table; typed without diacritics it still narrows the posts.
    reply = answer(made, "ong Luc Van Khang lam gi o phuong Kim Ngoc Dong?")
    assert column(reply, "organization") == {"Đảng ủy phường Kim Ngọc Đông",
                                             "Hội đồng nhân dân phường Kim Ngọc Đông"}, reply.as_text()


def test_an_apostrophe_is_one_however_it_is_typed(made):
    # The article writes "Ia H’Drai"; a question types "Ia H'Drai".
    assert first(answer(made, "Bí thư Huyện ủy Ia H'Drai là ai?"), "person") == "Rơ Châm Thoại"


def test_an_undated_statement_answers_a_question_with_a_time_and_says_so(made):
    reply = answer(made, "Bí thư Huyện ủy Ia H’Drai năm 2020 là ai?")
    assert first(reply, "person") == "Rơ Châm Thoại", reply.as_text()
    assert "have no date: not checked against 2020" in reply.note


def test_a_day_without_its_year_is_read_in_the_year_of_the_articles(made):
    reply = answer(made, "Ai giữ chức Chủ tịch UBND phường Kim Ngọc Đông từ ngày 2/7?")
    assert first(reply, "person") == "Đinh Thị Lựu", reply.as_text()
    assert '"từ ngày 2/7" names no year: read as 2025-07-02' in reply.note


def test_a_post_asked_by_its_title_may_be_in_a_part_of_the_body_named(made):
    # "phó phòng" is how people shorten Phó Trưởng phòng; the Phòng is part of the Sở named.
    reply = answer(made, "Hứa Văn Tính làm phó phòng nào ở Sở Xây dựng Hải Phòng?")
    assert first(reply, "organization") == "Phòng Quản lý đô thị Sở Xây dựng thành phố Hải Phòng", reply.as_text()


@pytest.mark.parametrize("question, province", [
    ("Lãnh đạo HN là ai?", "Hà Nội"),
    ("Who leads Hanoi?", "Hà Nội"),
    ("What is Hứa Văn Tính's position in Haiphong?", "Hải Phòng"),
])
def test_abbreviations_and_english_names_of_provinces_name_them(made, question, province):
    places = [m for m in read(question, Catalog(made, WORDS), WORDS).mentions if m.kind == "place"]
    assert [m.province.name for m in places] == [province]


def test_words_said_around_a_post_asked_about_are_no_reason_to_refuse(made):
    # The person is known and the post is asked: "Smartcity" is what the question says around it ...
    reply = answer(made, "What was Hứa Văn Tính's position when Haiphong launched its Smartcity portal?")
    assert first(reply, "role") == "Phó Trưởng phòng", reply.as_text()
    assert '"Smartcity portal"' in reply.note
    # ... but a place for the post ("ở X") or a body named without its place is never passed over.
    assert answer(made, "Đặng Thị Mai giữ chức vụ gì ở Vietcombank?").rows == []
    assert answer(made, "Who is the Chief Judge of the Xyz district People's Court?").rows == []


def test_a_post_named_before_the_role_asked_designates_who(made):
    reply = answer(made, "Ai là Phó Chủ tịch UBND phường Kim Ngọc Đông dự hội nghị công bố các quyết định về "
                         "công tác cán bộ?")
    assert column(reply, "person") == {"Phí Văn Dũng"}, reply.as_text()
    # A post named after the role is the event's, not the person's
    reply = answer(made, "Ai dự hội nghị công bố các quyết định về công tác cán bộ của Bí thư Đảng ủy phường?")
    assert "Đinh Thị Lựu" in column(reply, "person"), reply.as_text()


def test_a_place_asked_about_in_a_directive_is_its_people_s_committee(made):
    reply = answer(made, "Ai yêu cầu huyện Vĩnh Linh xử lý dứt điểm các bến đò ngang?")
    assert first(reply, "by") == "Vũ Đức Tín", reply.as_text()


@pytest.mark.parametrize("question, column_name, expected", [
    ("Who gave the concluding remarks at the meeting on the smart operations centre?", "person", "Hoàng Văn Lâm"),
    ("Which vice-chairs of UBND phường Kim Ngọc Đông attended the conference?", "person", "Phí Văn Dũng"),
])
def test_english_words_journalists_use(made, question, column_name, expected):
    reply = answer(made, question)
    assert first(reply, column_name) == expected, reply.as_text()


def test_an_english_title_of_two_words_is_one_title(made):
    # "Chief Judge" is Chánh án, not "Chief" (a head) and an unknown "Judge" ...
    assert read("Who was appointed Chief Judge?", Catalog(made, WORDS), WORDS).title.role == "Chánh án"
    # ... even before a body named in English that the store does not know.
    reading = read("Who is the Chief Judge of the Xyz People's Court?", Catalog(made, WORDS), WORDS)
    assert reading.title.role == "Chánh án" and reading.problems


def test_which_with_a_title_asks_for_people_even_beside_a_kind_of_program(made):
    reply = answer(made, "Which vice-chairs of UBND phường Kim Ngọc Đông were appointed under Decision 12/QĐ-UBND?")
    assert reply.intent == "holder_of_post" and first(reply, "person") == "Phí Văn Dũng", reply.as_text()


def test_an_event_lacking_a_word_asked_answers_when_no_other_comes_close_and_says_so(made):
    # No meeting is called the first; the one on the operations centre fits the rest by far.
    reply = answer(made, "Who chaired the first meeting on the smart operations centre?")
    assert first(reply, "person") == "Hoàng Văn Lâm", reply.as_text()
    assert "which lacks: first" in reply.note
    # A word that leaves the kind of event alone, or two events alike, is still no answer.
    assert answer(made, "Who chaired the first meeting on tourism?").rows == []


@pytest.mark.parametrize("question, column_name, expected", [
    # A person and "phụ trách ... nào": the body they head.
    ("Lê Thị Thu Hiền phụ trách ban nào?", "organization", "Ban Tuyên giáo Tỉnh ủy Quảng Trị"),
    # A request verb asking which body, beside the words of an event: the directives' addressees.
    ("Hoàng Văn Lâm đề nghị đơn vị nào hoàn thiện các phân hệ giám sát tại cuộc họp?", "organization",
     "Sở Thông tin và Truyền thông tỉnh Quảng Trị"),
    # "Kế hoạch nào": programs, whatever partnership word follows.
    ("Quảng Trị có kế hoạch nào được nhắc tới khi bàn phối hợp bảo đảm an toàn giao thông?", "program",
     "Kế hoạch số 210/KH-UBND"),
    ("Phó CT UBND tỉnh Quảng Trị là ai?", "person", "Hoàng Văn Lâm"),
    # A capitalized word typed without diacritics inside a question is a name ("Tết Kỷ Hợi"), not "ký".
    ("chu tich ubnd tinh quang tri di tham dip tet Ky Hoi la ai", "person", "Vũ Đức Tín"),
])
def test_what_a_question_asks_for_wins_over_the_words_around_it(made, question, column_name, expected):
    reply = answer(made, question)
    assert first(reply, column_name) == expected, reply.as_text()


def test_who_requested_something_at_an_event_is_who_made_that_request(made):
    # "đề nghị" is also how a speaker is introduced; asked with a request, the request answers.
    reply = answer(made, "Tại cuộc họp về Trung tâm điều hành thông minh, ai đề nghị hoàn thiện các phân hệ giám sát?")
    assert reply.intent == "directive" and first(reply, "by") == "Hoàng Văn Lâm", reply.as_text()


def test_words_glued_to_a_number_are_an_abbreviation_and_the_number(made):
    # "QL1A" is "QL 1A": "Quốc lộ 1A" in the store's texts.
    tokens = [token.text for token in tokenize("dự án trục QL1A")]
    assert tokens == ["dự", "án", "trục", "QL", "1A"]
    reading = read("Ai chủ trì cuộc họp về QL1A?", Catalog(made, WORDS), WORDS)
    assert any(m.has("term", "Quốc lộ") for m in reading.description)


def test_which_holder_of_a_post_announced_something_no_event_records(made):
    # No event records the announcement; the sentence stating the post says it.
    reply = answer(made, "Phó Chủ tịch UBND phường Kim Ngọc Đông nào thông báo mở điểm tiếp nhận hồ sơ từ ngày 15/7?")
    assert first(reply, "person") == "Phí Văn Dũng", reply.as_text()
    assert "whose sentence in the store holds the question's words" in reply.note
    # Words no sentence of a holder holds: no answer.
    assert answer(made, "Phó Chủ tịch UBND phường Kim Ngọc Đông nào thông báo đóng cửa chợ đêm?").rows == []


def test_rows_holding_as_many_words_asked_rank_by_how_much_of_the_question_they_hold(made):
    # Each program holds one phrase of the question; the longer, rarer one says more.
    reply = answer(made, "Hải Phòng có kế hoạch nào về chỉnh trang vỉa hè tuyến phố hay hộ tịch?")
    assert first(reply, "program") == "Kế hoạch số 15/KH-UBND", reply.as_text()


def test_a_person_s_posts_come_as_a_reader_knows_them(made):
    # Current posts before former ones, heads before deputies, the bodies that lead a place first.
    reply = answer(made, "Lục Văn Khang giữ chức vụ gì?")
    assert [row.entities["organization"] for row in reply.rows] == [
        "Hội đồng nhân dân phường Kim Ngọc Đông", "Đảng ủy phường Kim Ngọc Đông", "Ủy ban nhân dân quận Hồng Bàng"]


@pytest.mark.parametrize("question", [
    "Ngoài chức Chủ tịch HĐND phường Kim Ngọc Đông, ông Lục Văn Khang còn giữ chức gì?",
    "Besides chairing the People's Council of Kim Ngọc Đông ward, what posts does Lục Văn Khang hold?",
])
def test_a_post_set_aside_before_the_person_is_left_out(made, question):
    reply = answer(made, question)
    assert [row.entities["organization"] for row in reply.rows] == [
        "Đảng ủy phường Kim Ngọc Đông", "Ủy ban nhân dân quận Hồng Bàng"], reply.as_text()


def test_an_english_body_named_after_the_body_it_belongs_to(made):
    # "the Kim Ngọc College party committee" is Đảng ủy Trường Cao đẳng Kim Ngọc, a body of no province:
    # its programs are those of the articles naming it.
    reply = answer(made, "Which conclusions did the Kim Ngọc College party committee study?")
    assert column(reply, "program") == {"Kết luận số 14-KL/TW"}, reply.as_text()


def test_who_chaired_a_body_asks_who_headed_it(made):
    reply = answer(made, "Who chaired the Phu Yen provincial People's Committee when the World Bank project was appraised?")
    assert reply.intent == "holder_of_post" and first(reply, "person") == "Tạ Minh Khôi", reply.as_text()
    # "chaired" before an event still asks who chaired the event
    assert answer(made, "Who chaired the Quảng Trị traffic safety conference?").intent == "chaired"


def test_an_english_body_of_a_ward_the_place_tables_lack(made):
    reply = answer(made, "Who is the chairman of the Kim Ngoc Dong ward People's Committee?")
    assert first(reply, "person") == "Đinh Thị Lựu", reply.as_text()
    # A capitalized word before "of" names no part of the body ("Zeta of the ... People's Committee").
    bodies = [m for m in read("Who is Zeta of the Kim Ngoc Dong ward People's Committee?", Catalog(made, WORDS),
                              WORDS).mentions if m.kind == "body"]
    assert [m.text for m in bodies] == ["Kim Ngoc Dong ward People's Committee"]


@pytest.mark.parametrize("word, searched", [
    ("developing", "phát triển"), ("industry", "ngành"), ("national", "toàn quốc|quốc gia"),
    ("groundbreaking", "khởi công"), ("first", "thứ nhất|đầu tiên|lần thứ nhất|lần thứ i"), ("signing", "ký kết|lễ ký"),
    ("voters", "cử tri"), ("authorities", "cơ quan chức năng"), ("village", "thôn|bản|làng|ấp"),
    ("incident", "vụ việc|sự cố"), ("announcing", "công bố"), ("draft", "dự thảo"), ("week", "tuần"),
    ("reviewed", "tổng kết|sơ kết|đánh giá|thẩm tra"), ("working group", "tổ giúp việc|tổ công tác"),
    ("festival", "lễ hội|ngày hội|festival"),
])
def test_english_words_of_what_events_are_about_are_searched_in_vietnamese(made, word, searched):
    reading = read(f"Who chaired the {word} conference?", Catalog(made, WORDS), WORDS)
    assert any(m.has("term", searched) for m in reading.description), [m.words for m in reading.description]


def test_who_is_a_post_of_a_place_who_did_something_asks_who_holds_it(made):
    # Not the people connected to the secretary, nor the district's committee named later.
    reply = answer(made, "Who is the Party Secretary of Quảng Trị who worked with the Vinh Linh district People's "
                         "Committee on ferries?")
    assert reply.intent == "holder_of_post" and first(reply, "person") == "Bế Quang Vinh", reply.as_text()


def test_which_before_a_place_and_a_title_asks_who(made):
    reply = answer(made, "Which Hà Giang vice-chairman attended the ceremony?")
    assert reply.intent == "attended" and first(reply, "person") == "Giàng Thị Mỷ", reply.as_text()
    assert read("Who answered questions at the ceremony?", Catalog(made, WORDS), WORDS).role == "spoke"


def test_a_roman_numeral_is_a_number_not_an_unknown_name(store):
    # "khóa XIII": a term's number, no name the store must know
    reply = answer(store, "Ai là Phó Giám đốc Sở TT&TT khóa XIII?")
    assert column(reply, "person") >= {"Hoàng Mạnh Cường", "Nguyễn Thành Vinh"}
    assert "knows nothing called" not in (reply.note or "")


def test_abbreviations_journalists_write_are_read_written_out(store):
    # "CĐS": chuyển đổi số, which the articles write out
    reply = answer(store, "Bắc Kạn ký thỏa thuận về CĐS với doanh nghiệp nào?")
    assert reply.intent == "partners" and column(reply, "firm") >= {"Viettel"}


def test_a_programs_own_words_rank_a_provinces_programs_instead_of_blocking_them(store):
    # "về Hạ tầng kỹ thuật": capitalized words of the program's name, not a name the store must know
    reply = answer(store, "Thái Nguyên có những dự án nào về Hạ tầng kỹ thuật?")
    assert first(reply, "program").startswith("dự án Xây dựng Hạ tầng kỹ thuật")


# ---------------------------------------------------------------- people a question names but does not ask for

APPOINTMENT = ("Nam Định bổ nhiệm Giám đốc Sở Xây dựng\n"
               "Ngày 3/6/2024, Chủ tịch UBND tỉnh Nam Định ký quyết định bổ nhiệm ông Lê Văn Bốn, Phó Giám đốc "
               "Sở Xây dựng, giữ chức Giám đốc Sở Xây dựng tỉnh Nam Định, thay ông Trần Văn Năm nghỉ hưu.\n"
               "Trước đó, ông Trần Văn Năm, Giám đốc Sở Xây dựng tỉnh Nam Định đã bàn giao công việc.\n")
DELEGATION = ("Nam Định tiếp đoàn công tác tỉnh Hòa Bình\n"
              "Chiều 12/4/2024, ông Phạm Văn Hai, Chủ tịch UBND tỉnh Nam Định tiếp và làm việc với đoàn công tác "
              "tỉnh Hòa Bình do ông Đỗ Văn Bảy, Phó Chủ tịch UBND tỉnh Hòa Bình làm trưởng đoàn.\n"
              "Ông Đỗ Văn Bảy cảm ơn tỉnh Nam Định đã đón tiếp đoàn.\n")
SESSION = ("HĐND tỉnh Hà Nam họp kỳ họp chuyên đề\n"
           "Sáng 20/3/2024, HĐND tỉnh Hà Nam khai mạc kỳ họp chuyên đề.\n"
           "Các đồng chí: Trịnh Văn Xuân, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh "
           "Bùi Thị An, Đào Văn Bình chủ trì kỳ họp.\n")


@pytest.fixture(scope="module")
def visits_dir(tmp_path_factory) -> Path:
    articles = tmp_path_factory.mktemp("visits")
    (articles / "appointment.txt").write_text(APPOINTMENT, encoding="utf-8")
    (articles / "delegation.txt").write_text(DELEGATION, encoding="utf-8")
    (articles / "session.txt").write_text(SESSION, encoding="utf-8")
    path = articles / "store"
    with open_store(path) as store:
        build([articles / "appointment.txt", articles / "delegation.txt", articles / "session.txt"], store, LEXICON)
    return path


@pytest.fixture
def visits(visits_dir):
    with open_store(visits_dir) as store:
        yield store


@pytest.mark.parametrize("question", ["Ai chủ trì kỳ họp chuyên đề HĐND tỉnh Hà Nam?",
                                      "Who chaired the Hà Nam People's Council session?"])
def test_co_chairs_come_in_the_order_the_text_names_them(visits, question):
    reply = answer(visits, question)
    assert [row.entities["person"] for row in reply.rows] == ["Trịnh Văn Xuân", "Bùi Thị An", "Đào Văn Bình"], \
        reply.as_text()


@pytest.mark.parametrize("question", [
    "Ai thay ông Trần Văn Năm làm Giám đốc Sở Xây dựng Nam Định?",
    "Who replaced Trần Văn Năm as director of the Nam Định Department of Construction?",
])
def test_the_person_a_holder_replaced_is_not_the_holder_asked_for(visits, question):
    reply = answer(visits, question)
    assert reply.intent == "holder_of_post" and column(reply, "person") == {"Lê Văn Bốn"}, reply.as_text()
    assert reply.understood["replacing"] == "Trần Văn Năm"


@pytest.mark.parametrize("question, person", [
    # a person named to pick the event is not who is asked for
    ("Ai tiếp đoàn công tác do ông Đỗ Văn Bảy làm trưởng đoàn?", "Phạm Văn Hai"),
    ("Who received the Hòa Bình delegation led by Đỗ Văn Bảy?", "Phạm Văn Hai"),
    # who was given a post, not who held it before
    ("Ai được bổ nhiệm làm Giám đốc Sở Xây dựng Nam Định?", "Lê Văn Bốn"),
    ("Who was appointed director of the Nam Định Department of Construction?", "Lê Văn Bốn"),
])
def test_the_one_person_a_question_asks_for(visits, question, person):
    reply = answer(visits, question)
    assert column(reply, "person") == {person}, reply.as_text()


def test_no_one_but_the_person_named_did_it_gives_no_answer(visits):
    reply = answer(visits, "Ai tiếp đoàn công tác tỉnh Hòa Bình cùng ông Phạm Văn Hai?")
    assert reply.rows == [] and "whom the question names" in reply.note, reply.as_text()


def test_words_no_fact_holds_do_not_hide_the_facts_of_the_person_named(visits):
    # "sat alongside", "yesterday evening" are in no sentence; the facts about Đỗ Văn Bảy are
    # search results, not an error saying nothing shares the question's words
    reply = answer(visits, "Who sat alongside Đỗ Văn Bảy yesterday evening?")
    assert reply.intent == "search" and reply.rows == [] and reply.search, reply.as_text()
    assert all("Đỗ Văn Bảy" in row.matched for row in reply.search)


CITY_DELEGATION = ("Nam Định tiếp đoàn công tác TP Kyoto\n"
                   "Chiều 5/5/2024, ông Phạm Văn Hai, Chủ tịch UBND tỉnh Nam Định tiếp đoàn công tác của TP Kyoto "
                   "(Nhật Bản) đến thăm tỉnh.\n")


def test_a_level_word_asked_finds_the_abbreviation_an_event_is_written_with(tmp_path):
    for reply in answers_from_articles(tmp_path, [DELEGATION, CITY_DELEGATION],
                                       "Who received the delegation of Kyoto city?",
                                       "Ai tiếp đoàn công tác thành phố Kyoto?"):
        assert column(reply, "person") == {"Phạm Văn Hai"}, reply.as_text()
        assert "TP Kyoto" in reply.rows[0].entities["event"] and not reply.note, reply.as_text()


ELECTION = ("HĐND tỉnh Nam Định bầu Chủ tịch UBND tỉnh\n"
            "Chiều 18/11/2024, tại kỳ họp chuyên đề, HĐND tỉnh Nam Định đã bầu ông Vũ Văn Tám, Phó Bí thư Tỉnh ủy, "
            "giữ chức Chủ tịch UBND tỉnh Nam Định nhiệm kỳ 2021 - 2026.\n")
NEIGHBOUR = ("Thái Bình tiếp đoàn công tác\n"
             "Ngày 2/12/2024, ông Lý Văn Chín, Chủ tịch UBND tỉnh Thái Bình tiếp đoàn công tác của Bộ Tài chính.\n")


def test_the_body_after_the_title_holds_the_post_in_the_province_another_body_names(tmp_path):
    [reply] = answers_from_articles(tmp_path, [ELECTION, NEIGHBOUR],
                                    "Tại kỳ họp chuyên đề, HĐND tỉnh Nam Định đã bầu ai giữ chức Chủ tịch UBND tỉnh?")
    assert reply.intent == "holder_of_post" and column(reply, "person") == {"Vũ Văn Tám"}, reply.as_text()
    assert reply.understood["body"] == "Ủy ban nhân dân tỉnh Nam Định" and reply.understood["post"], reply.as_text()


CONSUL = ("Nam Định tiếp Tổng Lãnh sự Hàn Quốc\n"
          "Chiều 3/3/2024, ông Phạm Văn Hai, Chủ tịch UBND tỉnh Nam Định tiếp ông Kim Min Su, Tổng Lãnh sự Hàn Quốc "
          "tại Hải Phòng, đến chào xã giao.\n")


def test_english_words_for_a_country_and_a_diplomat_find_the_reception(tmp_path):
    [reply] = answers_from_articles(tmp_path, [DELEGATION, CONSUL], "Who received the Consul General of Korea in Nam Định?")
    assert column(reply, "person") == {"Phạm Văn Hai"} and "Hàn Quốc" in reply.rows[0].entities["event"], \
        reply.as_text()
    assert not reply.note, reply.as_text()


REVIEW = ("Sở Tài chính tổng kết công tác năm 2023\n"
          "Ngày 5/1/2024, Sở Tài chính tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai "
          "nhiệm vụ năm 2024. Ông Đinh Văn Mười, Giám đốc Sở Tài chính chủ trì hội nghị.\n")
OTHER_DEPARTMENT = ("Thái Bình kiểm tra ngân sách\n"
                    "Ngày 3/5/2022, ông Lưu Văn Một, Giám đốc Sở Tài chính tỉnh Thái Bình kiểm tra ngân sách xã.\n")


def test_a_holder_asked_at_an_event_is_the_one_its_article_states_in_its_time(tmp_path):
    [reply] = answers_from_articles(tmp_path, [REVIEW, OTHER_DEPARTMENT],
                                    "Giám đốc Sở Tài chính trong hội nghị tổng kết công tác năm 2023 là ai?")
    assert column(reply, "person") == {"Đinh Văn Mười"}, reply.as_text()
    assert "as stated by the article of" in reply.note and "not used" not in reply.understood, reply.as_text()
    assert "tổng kết" in reply.understood["event"], reply.as_text()


HEALTH_REVIEW = ("Ngành Y tế Nam Định tổng kết năm 2023\n"
                 "Ngày 5/1/2024, Sở Y tế tỉnh Nam Định tổ chức hội nghị tổng kết ngành Y tế năm 2023. Phó Giám đốc "
                 "Sở Y tế Lê Văn Ba báo cáo kết quả năm 2023, đề nghị ngành Y tế nâng cao chất lượng khám bệnh.\n"
                 "Phó Chủ tịch UBND huyện Hải Hậu Trần Văn Tư: Đề nghị ngành có hướng dẫn về chuyên môn cho "
                 "trạm y tế xã.\n")


def test_a_representative_of_a_district_asked_at_an_event_is_of_that_district(tmp_path):
    [reply] = answers_from_articles(tmp_path, [HEALTH_REVIEW], "Tại hội nghị tổng kết ngành Y tế Nam Định, đại "
                                    "diện huyện Hải Hậu là ai và đã đề nghị điều gì?")
    assert reply.rows and {row.entities.get("person") or row.entities.get("by") for row in reply.rows} == {
        "Trần Văn Tư"}, reply.as_text()


def test_who_spoke_about_something_at_an_event_is_the_speaker_whose_sentence_holds_it(tmp_path):
    [reply] = answers_from_articles(tmp_path, [HEALTH_REVIEW], "Ai phát biểu về hướng dẫn chuyên môn cho trạm y tế "
                                    "xã tại hội nghị tổng kết ngành Y tế?")
    assert reply.rows and reply.rows[0].entities["person"] == "Trần Văn Tư", reply.as_text()


def test_a_day_asked_without_its_year_is_said_as_such_when_no_one_held_the_post(visits):
    reply = answer(visits, "Ai là Phó Chủ tịch UBND tỉnh Nam Định hôm 9/12?")
    assert reply.rows == [] and "on --12-09 (any year)" in reply.note and "2000" not in reply.note, reply.as_text()


def test_a_post_asked_which_before_the_person_named_asks_who_received_them(visits):
    reply = answer(visits, "Chủ tịch UBND tỉnh Nam Định nào đã tiếp ông Đỗ Văn Bảy?")
    assert reply.intent == "chaired" and column(reply, "person") == {"Phạm Văn Hai"}, reply.as_text()


def test_the_post_given_is_asked_not_the_title_of_who_gave_it(visits):
    reply = answer(visits, "Ai được Chủ tịch UBND tỉnh Nam Định bổ nhiệm làm Giám đốc Sở Xây dựng Nam Định?")
    assert reply.understood["title"] == "Giám đốc" and "Lê Văn Bốn" in column(reply, "person"), reply.as_text()


def test_the_post_a_person_was_given_not_the_one_held_before(visits):
    reply = answer(visits, "Ông Lê Văn Bốn được bổ nhiệm giữ chức vụ gì?")
    assert [row.entities["role"] for row in reply.rows] == ["Giám đốc"], reply.as_text()
    # asked without the appointment, both posts
    assert {row.entities["role"] for row in answer(visits, "Ông Lê Văn Bốn giữ chức vụ gì?").rows} \
        == {"Giám đốc", "Phó Giám đốc"}


@pytest.mark.parametrize("question, firm", [
    ("Viettel hợp tác với UBND tỉnh nào?", "Viettel"),
    ("FPT hợp tác với UBND tỉnh nào?", "FPT"),
])
def test_the_kind_of_body_asked_which_of_is_no_party(store, question, firm):
    # "UBND tỉnh nào" is what is asked: the firm's partners, not every People's Committee's
    reply = answer(store, question)
    assert reply.intent == "partners" and column(reply, "firm") == {firm}, reply.as_text()


def test_a_body_asked_which_of_leaves_the_named_body_alone(store):
    reply = answer(store, "Sở TTTT Bắc Kạn phải phối hợp với UBND những địa phương nào?")
    assert reply.rows == [] and "no partnership of Sở TTTT Bắc Kạn" in reply.note, reply.as_text()


@pytest.mark.parametrize("question", [
    "Lục Văn Khang giữ chức vụ gì khi phát biểu tại hội nghị ở Hà Tĩnh?",
    "What post did Lục Văn Khang hold when he spoke at the vice chairman's conference in Hà Tĩnh?",
    "Ông Lục Văn Khang giữ chức vụ gì khi Hà Tĩnh tổng kết hợp tác với Hải Phòng?",
])
def test_a_clause_saying_when_narrows_no_post_asked(made, question):
    # the event, place and title after "khi" / "when" place the moment; the posts are asked
    reply = answer(made, question)
    assert reply.intent == "post_of_person" and [row.entities["organization"] for row in reply.rows] == [
        "Hội đồng nhân dân phường Kim Ngọc Đông", "Đảng ủy phường Kim Ngọc Đông", "Ủy ban nhân dân quận Hồng Bàng"], \
        reply.as_text()


def test_a_deadline_inside_the_request_asked_about_is_no_time_of_the_request(made):
    # the request was made on 15/9; "trước tháng 12/2022" is when the task is due
    reply = answer(made, "Hoàng Văn Lâm đề nghị cơ quan nào hoàn thiện các phân hệ giám sát trước tháng 12/2022?")
    assert first(reply, "organization") == "Sở Thông tin và Truyền thông tỉnh Quảng Trị", reply.as_text()


def test_the_name_of_a_bridge_or_a_road_is_no_body_the_store_does_not_know(made):
    # the words are the event's, matched as such (here no event was about that bridge)
    reply = answer(made, "Ai chủ trì hội nghị về an toàn giao thông trước vụ sập cầu Phong Châu?")
    assert "no organization" not in reply.note and "no event in the store fits" in reply.note, reply.as_text()


def test_a_request_none_of_the_officials_directives_holds_is_not_answered_with_another(made):
    reply = answer(made, "Vũ Đức Tín giao cơ quan nào xây dựng cầu vượt biển?")
    assert not reply.rows and "no directive in the store asks" in reply.note, reply.as_text()


def test_the_first_sentence_of_a_page_without_headline_is_its_lead():
    assert not is_headline("Sáng 5/3, Chủ tịch UBND tỉnh yêu cầu ...", 0, StoredArticle("a", "a", None, None))
    assert is_headline("Tỉnh tổng kết năm 2023", 0, StoredArticle("a", "a", "Tỉnh tổng kết năm 2023", None))


def test_a_post_asked_as_given_is_not_answered_with_one_held(made):
    # "được bổ nhiệm giữ chức gì" asks for an appointment: a post held is shown, as a search result
    for question in ("Lý Thu Hà được bổ nhiệm giữ chức gì?", "Lý Thu Hà được giao chức vụ gì?"):
        reply = answer(made, question)
        assert reply.rows == [] and "no article reports a post given to Lý Thu Hà" in reply.note
        assert [row.entities["role"] for row in reply.search] == ["Phó Giám đốc"]


def test_an_appointment_in_the_clause_saying_when_asks_for_no_post_given(made):
    assert first(answer(made, "What post did Lý Thu Hà hold when Đỗ Quang Huy was appointed?"), "role") == "Phó Giám đốc"


def test_who_gives_the_post_narrows_nothing(made):
    # "được Chủ tịch UBND tỉnh bổ nhiệm": the one who appoints, not the post asked for
    assert first(answer(made, "Đỗ Quang Huy được Chủ tịch UBND tỉnh bổ nhiệm làm gì?"), "role") == "Hiệu trưởng"


def test_a_count_written_with_a_slash_is_no_date(made):
    reply = answer(made, "Ai được bổ nhiệm làm Hiệu trưởng Trường Đại học Phú Yên với 47/48 phiếu?")
    assert first(reply, "person") == "Đỗ Quang Huy"


@pytest.mark.parametrize("question", [
    "Which provincial department was Vũ Đức Tín's dispatch addressed to for reviewing traffic black spots?",
    "Which department did Vũ Đức Tín ask to review traffic black spots?",
])
def test_which_department_asks_for_the_addressee(made, question):
    reply = answer(made, question)
    assert reply.intent == "directive" and first(reply, "organization") == SO_GTVT_QT


def test_the_holder_of_the_post_asked_about_answers_when_no_one_is_recorded_in_the_role(made):
    # the ceremony records no chair; the Tỉnh đoàn's secretary, whom the question designates, spoke at it
    reply = answer(made, "Bí thư Tỉnh đoàn Hà Giang chủ trì lễ kỷ niệm ngày thành lập Đoàn là ai?")
    assert first(reply, "person") == "Mai Thanh Tùng" and first(reply, "role") == "spoke"
    assert "no one is recorded as having chaired it" in reply.note
    reply = answer(made, "Who is the Vice Chairman of the Hà Giang People's Committee that chaired the anniversary "
                         "ceremony?")
    assert first(reply, "person") == "Giàng Thị Mỷ" and first(reply, "role") == "attended"


def test_a_place_naming_the_article_does_not_narrow_the_posts(made):
    reply = answer(made, "What role does Lý Thu Hà hold in the Quảng Trị cooperation story?")
    assert first(reply, "role") == "Phó Giám đốc"
    assert answer(made, "What role does Lý Thu Hà hold in Quảng Trị?").note == \
        "the store states no post of Lý Thu Hà in Quảng Trị"


def test_a_province_name_followed_by_city_is_its_capital_city(made):
    places = {m.text: (m.province.name, m.district.name if m.district else None)
              for m in mentions("What did Lê Văn An ask Ha Tinh city and Ha Tinh province to do in Ho Chi Minh City?",
                                Catalog(made, WORDS), WORDS) if m.kind == "place"}
    assert places == {"Ha Tinh city": ("Hà Tĩnh", "Hà Tĩnh"), "Ha Tinh province": ("Hà Tĩnh", None),
                      "Ho Chi Minh City": ("Hồ Chí Minh", None)}


def test_a_country_in_parentheses_is_no_person_and_a_courtesy_call_is_a_reception(tmp_path):
    article = ("Lãnh đạo tỉnh tiếp đoàn quận Seocho\nChiều 3/7/2019, ông Lê Văn Minh, Phó Chủ tịch UBND tỉnh Nam "
               "Định tiếp xã giao đoàn công tác quận Seocho, Hàn Quốc do ông Kim Min-su dẫn đầu.\n")
    for reply in answers_from_articles(tmp_path, [article],
                                       "PCT UBND tỉnh Nam Định nào tiếp đoàn quận Seocho (Hàn Quốc) hồi tháng 7/2019?",
                                       "Ai tiếp xã giao đoàn quận Seocho?"):
        assert reply.intent == "chaired" and first(reply, "person") == "Lê Văn Minh", reply.as_text()


def test_a_guest_the_article_names_points_to_its_reception_though_no_role_of_theirs_is_recorded(tmp_path):
    articles = ["Bí thư Tỉnh ủy tiếp Đại sứ Lào\nChiều 18/8/2024, Bí thư Tỉnh ủy Nam Định Trần Văn Huy tiếp Đại sứ "
                "Lào tại Việt Nam.\nÔng Khamphao Sithon nhận nhiệm vụ Đại sứ Lào tại Việt Nam từ tháng 3/2024.\n",
                "Bí thư Tỉnh ủy tiếp Đại sứ Campuchia\nChiều 20/8/2024, Bí thư Tỉnh ủy Nam Định Trần Văn Huy tiếp "
                "Đại sứ Campuchia tại Việt Nam.\n"]
    [reply] = answers_from_articles(tmp_path, articles, "Ai tiếp Đại sứ Khamphao Sithon?")
    assert reply.rows and "Lào" in reply.rows[0].entities["event"], reply.as_text()


def test_a_body_typed_in_lower_case_beside_an_abbreviation_is_not_another_body_of_the_place(tmp_path):
    # "tinh doan" (the youth union) is no "Tỉnh ủy", though "XI" is written in capitals
    article = ("Bí thư Tỉnh ủy Nam Định làm việc với các sở\nNgày 5/3/2024, ông Trần Văn Hải, Bí thư Tỉnh ủy Nam "
               "Định chủ trì buổi làm việc với các sở, ngành.\n")
    [reply] = answers_from_articles(tmp_path, [article], "ai lam bi thu tinh doan nam dinh khoa XI")
    assert "Trần Văn Hải" not in column(reply, "person"), reply.as_text()


def test_a_role_asked_of_a_person_in_a_body_about_a_plan_asks_for_their_post(tmp_path):
    article = ("Bộ thành lập hội đồng thẩm định quy hoạch\nNgày 5/3/2025, Bộ Văn hóa, Thể thao và Du lịch thành lập "
               "Hội đồng thẩm định Quy hoạch bảo tồn di tích Cố đô Huế. Ông Trần Văn Cương, Thứ trưởng Bộ Văn hóa, "
               "Thể thao và Du lịch làm Chủ tịch Hội đồng.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ông Trần Văn Cương giữ vai trò gì trong hội đồng thẩm "
                                                         "định quy hoạch di tích Cố đô Huế?")
    assert reply.intent == "post_of_person", reply.as_text()


def test_a_mission_named_without_its_seat_is_the_one_the_store_names_with_it(tmp_path):
    article = ("Phó Chủ tịch UBND tỉnh tiếp Đại sứ quán Canada\nNgày 4/9/2024, ông Lê Văn Ba - Phó Chủ tịch UBND tỉnh "
               "Nam Định - tiếp bà Anna Weber - Tham tán, Đại sứ quán Canada tại Việt Nam - cùng đoàn công tác.\n")
    for reply in answers_from_articles(tmp_path, [article], "Ba Anna Weber giu chuc vu gi o Dai su quan Canada?",
                                       "Ai tiếp đoàn Đại sứ quán Canada?"):
        assert reply.rows, reply.as_text()
        assert {"Tham tán", "Lê Văn Ba"} & {reply.rows[0].entities.get("role"), first(reply, "person")}, \
            reply.as_text()


def test_a_country_named_around_the_question_is_no_unknown_body_and_who_is_asks_the_holder(tmp_path):
    article = ("Nam Định ký kết hợp tác với tỉnh Svay Rieng\nNgày 3/11/2025, UBND tỉnh Nam Định ký kết biên bản hợp "
               "tác với tỉnh Svay Rieng của Vương quốc Campuchia. Tham dự có Bí thư Tỉnh ủy Nam Định Trần Văn Huy.\n")
    [who] = answers_from_articles(tmp_path, [article], "Ai đang là Bí thư Tỉnh ủy Nam Định theo bài về ký kết với "
                                                       "tỉnh của Campuchia?")
    assert who.intent == "holder_of_post" and first(who, "person") == "Trần Văn Huy", who.as_text()
    [partners] = answers_from_articles(tmp_path, [article], "UBND tỉnh Nam Định ký biên bản hợp tác với những tỉnh "
                                                            "nào của Campuchia?")
    assert partners.intent == "partners" and "Campuchia" not in (partners.note or ""), partners.as_text()


def test_a_former_province_narrows_to_the_bodies_named_with_it(tmp_path):
    article = ("Phó Chủ tịch UBND tỉnh thăm nguyên lãnh đạo tỉnh\nSáng 10/2/2018, ông Trần Văn An, Phó Chủ tịch UBND "
               "tỉnh Hà Nam thăm cụ Đinh Văn Huấn, nguyên Chủ tịch UBND tỉnh Hà Nam Ninh.\n")
    [reply] = answers_from_articles(tmp_path, [article], "cu Dinh Van Huan tung giu chuc vu gi o tinh Ha Nam Ninh?")
    assert reply.rows, reply.as_text()
    # a former post keeps its marker all the way to the answer, beside the role it was
    assert {key: reply.rows[0].entities.get(key) for key in ("role", "written_role", "organization")} == {
        "role": "Chủ tịch", "written_role": "nguyên Chủ tịch", "organization": "Ủy ban nhân dân tỉnh Hà Nam Ninh"}, \
        reply.as_text()


def test_the_posts_of_the_person_someone_went_with_narrow_nothing(tmp_path):
    article = ("Chủ tịch UBND tỉnh kiểm tra vùng lũ\nSáng 12/8/2024, ông Trần Văn An, Chủ tịch UBND tỉnh Nam Định "
               "kiểm tra vùng lũ xã Giao Lạc. Cùng đi có ông Lê Văn Ba, Giám đốc Sở Nông nghiệp và Phát triển nông "
               "thôn tỉnh Nam Định.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ông Lê Văn Ba, người đi cùng Chủ tịch UBND tỉnh xuống xã "
                                                         "Giao Lạc, làm giám đốc sở nào?")
    assert reply.rows and reply.rows[0].entities.get("role") == "Giám đốc", reply.as_text()


def test_a_name_with_a_prefix_and_its_apostrophe_is_found_however_the_apostrophe_is_typed(tmp_path):
    article = ("Đắk Lắk họp phòng chống dịch\nSáng 5/3/2020, Phó Chủ tịch UBND tỉnh Đắk Lắk H’ Yim Kđoh chủ trì cuộc "
               "họp. Bà H’ Yim Kđoh yêu cầu Sở Y tế rà soát danh sách.\n")
    for reply in answers_from_articles(tmp_path, [article], "H' Yim Kdoh la ai?", "H’ Yim Kđoh giữ chức gì?"):
        assert first(reply, "person") == "H’ Yim Kđoh" and reply.rows[0].entities["role"] == "Phó Chủ tịch", \
            reply.as_text()


def test_a_ward_named_as_the_addressee_is_any_of_its_bodies(tmp_path):
    article = ("Bí thư Tỉnh ủy làm việc với phường Giao Lạc\nSáng 12/9/2025, Bí thư Tỉnh ủy Nam Định Trần Văn Huy làm "
               "việc với phường Giao Lạc. Ông Lê Văn Ba, Bí thư phường Giao Lạc báo cáo. Bí thư Tỉnh ủy đề nghị "
               "lãnh đạo phường Giao Lạc khi phát biểu đi thẳng vào vấn đề.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ai đề nghị lãnh đạo phường Giao Lạc phát biểu đi thẳng vào "
                                                         "vấn đề?")
    assert reply.rows and first(reply, "by") == "Trần Văn Huy", reply.as_text()


@pytest.mark.parametrize("question, column_name, expected", [
    # a person named as Vietnamese call people: the honorific and the given name
    ("Ông Văn Lâm giữ chức gì?", "person", "Hoàng Văn Lâm"),
    ("bà Mai giữ chức vụ gì?", "person", "Đặng Thị Mai"),
    # a post in a part of the body asked about ("trong Tỉnh ủy": its Ban Tuyên giáo)
    ("Lê Thị Thu Hiền giữ chức gì trong Tỉnh ủy Quảng Trị?", "organization", "Ban Tuyên giáo Tỉnh ủy Quảng Trị"),
    # a department by the short form people type
    ("Ai yêu cầu Sở Thông tin Quảng Trị bảo đảm an toàn thông tin?", "by", "Bế Quang Vinh"),
    # casual words around what is asked; "đầu tháng" is a time
    ("hôm họp về trung tâm điều hành thông minh ở Quảng Trị thì ai ngồi chủ trì thế?", "person", "Hoàng Văn Lâm"),
    ("Ai chủ trì hội nghị trực tuyến đầu tháng 10/2022?", "person", "Vũ Đức Tín"),
    # the request asked, though the event is named by its conclusions
    ("Khi kết luận cuộc họp, Phó Chủ tịch UBND tỉnh Quảng Trị đã đề nghị Sở Thông tin và Truyền thông những gì?",
     "by", "Hoàng Văn Lâm"),
    ("What did Hoàng Văn Lâm remind the Department of Information and Communications to do?", "by", "Hoàng Văn Lâm"),
    # the official named by a title before the verb asked; the person after it is in the request
    ("Chủ tịch UBND tỉnh Quảng Trị giao đơn vị nào rà soát các điểm đen mà Lý Văn Phúc báo cáo?", "by",
     "Vũ Đức Tín"),
])
def test_questions_as_people_type_them(made, question, column_name, expected):
    reply = answer(made, question)
    assert first(reply, column_name) == expected, reply.as_text()


def test_a_meeting_on_a_quarter_is_found_in_the_days_after_it_and_said_so(tmp_path):
    article = ("Tỉnh đánh giá tình hình kinh tế - xã hội\nSáng 5/4/2025, Chủ tịch UBND tỉnh Nam Định Trần Văn An "
               "chủ trì hội nghị đánh giá tình hình kinh tế - xã hội.\n")
    replies = answers_from_articles(tmp_path, [article], "Ai chủ trì hội nghị về tình hình kinh tế - xã hội quý I/2025?",
                                    "Who chaired the conference on the socio-economic situation in the first quarter "
                                    "of 2025?")
    for reply in replies:
        assert first(reply, "person") == "Trần Văn An" and "held right after it" in reply.note, reply.as_text()


def test_who_asked_whom_chooses_the_requests_the_occasion_is_only_said(tmp_path):
    article = ("Bí thư Tỉnh ủy thăm ngành Giáo dục\nSáng 19/11/2025, Bí thư Tỉnh ủy Nam Định Trần Văn Huy thăm Sở Giáo "
               "dục và Đào tạo nhân Ngày Nhà giáo Việt Nam. Ông Trần Văn Huy đề nghị Sở Giáo dục và Đào tạo quan tâm "
               "chăm lo đời sống của đội ngũ giáo viên.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Bí thư Tỉnh ủy Trần Văn Huy đề nghị Sở Giáo dục và Đào tạo "
                                                         "điều gì nhân Ngày Nhà giáo?")
    assert first(reply, "by") == "Trần Văn Huy" and "not found in the requests" in reply.note, reply.as_text()


def test_a_department_s_abbreviation_is_its_name_in_a_question(tmp_path):
    # "tư" of "Đầu tư" is no "TƯ" (Trung ương): "Sở KH&ĐT" is the department the article names
    article = ("Phó Chủ tịch UBND tỉnh họp\nSáng 18/3/2022, ông Lê Văn Ba, Phó Chủ tịch UBND tỉnh Bình Thuận yêu cầu "
               "Sở Kế hoạch và Đầu tư soạn dự thảo văn bản trình Ban Thường vụ Tỉnh ủy.\n")
    [reply] = answers_from_articles(tmp_path, [article], "PCT UBND tỉnh Bình Thuận yêu cầu Sở KH&ĐT làm gì?")
    assert first(reply, "by") == "Lê Văn Ba", reply.as_text()


def test_a_unit_after_with_is_the_event_s_counterpart_not_whom_is_asked_about(tmp_path):
    article = ("Phó Chủ tịch UBND tỉnh làm việc với phường Vĩnh Phước\nChiều 23/9/2020, Phó Chủ tịch UBND tỉnh Khánh "
               "Hòa Lê Văn Ba làm việc với UBND phường Vĩnh Phước, thành phố Nha Trang.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ai chu tri buoi lam viec voi UBND phuong Vinh Phuoc, TP Nha "
                                                         "Trang?")
    assert first(reply, "person") == "Lê Văn Ba", reply.as_text()


def test_a_monthly_meeting_is_held_after_its_month_in_any_year(tmp_path):
    article = ("Hội nghị thường kỳ tháng 10\nSáng 3/11/2025, UBND tỉnh Hưng Yên tổ chức hội nghị thường kỳ tháng 10. "
               "Chủ tịch UBND tỉnh Hưng Yên Trần Văn Ba chủ trì hội nghị.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ai chủ trì hội nghị thường kỳ tháng 10 của UBND tỉnh Hưng Yên?")
    assert first(reply, "person") == "Trần Văn Ba", reply.as_text()


def test_a_special_zone_by_its_english_name(tmp_path):
    article = ("Chỉ định Chủ tịch UBND đặc khu Trường Sa\nNgày 10/8/2025, ông Lê Văn Ba, Phó Chủ tịch UBND đặc khu "
               "Trường Sa, tỉnh Khánh Hòa dự lễ.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Who is the Vice Chairman of the People's Committee of the "
                                                         "Truong Sa special zone?")
    assert first(reply, "person") == "Lê Văn Ba", reply.as_text()


def test_the_programs_of_an_article_naming_no_province_are_found_by_its_body(tmp_path):
    # "HĐND tỉnh" of an article that names no province: its session's programs, ranked by the words asked
    article = ("Kỳ họp thứ 22 HĐND tỉnh\nSáng 21/3/2025, HĐND tỉnh khóa XIII tổ chức kỳ họp thứ 22 xem xét điều chỉnh "
               "Nghị quyết số 47 về ban hành Bảng giá các loại đất và Kế hoạch đầu tư công năm 2025.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Kỳ họp thứ 22 của HĐND tỉnh xem xét nghị quyết nào về bảng "
                                                         "giá đất?")
    assert reply.rows and "Nghị quyết số 47" in reply.rows[0].entities["program"], reply.as_text()


def test_who_is_the_holder_described_by_what_they_signed(made):
    # "Ai là <post>, người ký công điện ...": who holds the post, not whose directives
    reply = answer(made, "Ai là Chủ tịch UBND tỉnh Quảng Trị, người giao Sở Giao thông vận tải rà soát điểm đen?")
    assert reply.intent == "holder_of_post" and first(reply, "person") == "Vũ Đức Tín", reply.as_text()


def test_a_post_given_asked_without_diacritics(made):
    reply = answer(made, "Ai duoc bau giu chuc Chu tich UBND tinh Quang Tri?")
    assert reply.intent == "holder_of_post", reply.as_text()


def test_asked_who_gave_a_body_a_task_the_task_must_fit(made):
    # Sở TT&TT Quảng Trị got two requests; neither is about road traffic: no answer, not another one
    reply = answer(made, "Ai chỉ đạo Sở Thông tin và Truyền thông Quảng Trị xây dựng cầu vượt đường sắt?")
    assert reply.rows == [] and "no directive in the store asks" in reply.note, reply.as_text()
    assert first(answer(made, "Ai chỉ đạo Sở Thông tin và Truyền thông Quảng Trị hoàn thiện các phân hệ giám sát?"),
                 "by") == "Hoàng Văn Lâm"


def test_an_english_request_is_matched_by_its_vietnamese_words(tmp_path):
    article = ("Huyện chậm xử lý vi phạm đất đai\nNgày 5/4/2022, ông Trần Văn Liêm – Phó Chủ tịch UBND tỉnh Hòa Bình "
               "đã có văn bản chỉ đạo, yêu cầu UBND huyện Kim Bôi giải quyết dứt điểm sự việc theo quy định pháp "
               "luật.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Which body did Trần Văn Liêm ask to settle the case?")
    assert first(reply, "organization") == "Ủy ban nhân dân huyện Kim Bôi", reply.as_text()


def test_which_plan_an_event_follows_is_found_by_the_event(tmp_path):
    # the festival's name holds a person's: the question asks for a plan, not for posts
    article = ("Họp chuẩn bị lễ hội\nSáng 11/10/2025, UBND tỉnh An Giang họp kiểm tra công tác chuẩn bị Lễ hội kỷ "
               "niệm 157 năm Anh hùng dân tộc Nguyễn Trung Trực hy sinh. Các khâu chuẩn bị được triển khai theo Kế "
               "hoạch số 120/KH-UBND ngày 24/9/2025 của UBND tỉnh.\n")
    other = ("Họp về đầu tư công\nSáng 12/10/2025, UBND tỉnh Cà Mau họp về đầu tư công theo Kế hoạch số 99/KH-UBND.\n")
    [reply] = answers_from_articles(tmp_path, [article, other], "Lễ hội kỷ niệm Nguyễn Trung Trực hy sinh được "
                                                                "chuẩn bị theo kế hoạch nào?")
    assert reply.intent == "programs" and column(reply, "program") == {"Kế hoạch số 120/KH-UBND"}, reply.as_text()


@pytest.mark.parametrize("question", [
    "Ông Phạm Văn Túc được Bộ Chính trị điều động, phân công giữ chức vụ gì?",
    "Ông Phạm Văn Túc được bầu giữ chức vụ gì tại kỳ họp thứ 9 Hội đồng nhân dân tỉnh Nam Định?",
])
def test_the_body_that_appoints_or_holds_the_meeting_does_not_narrow_the_posts(tmp_path, question):
    article = ("Trao quyết định điều động cán bộ\nNgày 6/5/2021, tại kỳ họp thứ 9 HĐND tỉnh Nam Định, đồng chí Trần "
               "Thị Lan trao quyết định của Bộ Chính trị điều động đồng chí Phạm Văn Túc, Ủy viên Trung ương Đảng, "
               "thôi giữ chức Phó Trưởng ban Nội chính Trung ương để giữ chức Bí thư Tỉnh ủy Nam Định.\n")
    [reply] = answers_from_articles(tmp_path, [article], question)
    assert first(reply, "organization") == "Tỉnh ủy Nam Định", reply.as_text()


def test_the_partners_of_a_province_are_universities_and_provinces_too_not_only_firms(tmp_path):
    signing = ("Cà Mau và Đại học Quốc gia TPHCM ký kết hợp tác\n"
               "Ngày 5/8/2025, Đại diện Đại học Quốc gia TPHCM và UBND tỉnh Cà Mau ký kết thỏa thuận hợp tác toàn "
               "diện giai đoạn 2025 – 2030.\n")
    [reply] = answers_from_articles(tmp_path, [signing], "Cà Mau hợp tác với những đối tác nào?")
    assert [(row.entities["firm"], row.entities["partner"]) for row in reply.rows][:1] == [
        ("Đại học Quốc gia Thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Cà Mau")], reply.as_text()


def test_the_lead_of_an_article_reporting_one_meeting_says_what_the_meeting_was_about(tmp_path):
    # the lead names the review's subject; the meeting is named bare in a later sentence
    review = ("Hậu Giang sơ kết chương trình đô thị\nNgày 15/6/2018, UBND tỉnh Hậu Giang tổ chức sơ kết thực hiện "
              "Chương trình số 02/CTr-UBND về phát triển thành phố Vị Thanh. Tham dự buổi sơ kết có các đại biểu; "
              "dưới sự chủ trì của Phó Chủ tịch UBND tỉnh Trần Văn An.\n")
    other = ("Hậu Giang sơ kết công tác thi đua\nNgày 20/6/2018, UBND tỉnh Hậu Giang tổ chức sơ kết công tác thi đua "
             "khen thưởng. Tham dự buổi sơ kết có các đại biểu; dưới sự chủ trì của Phó Chủ tịch UBND tỉnh Lê Văn "
             "Bình.\n")
    [reply] = answers_from_articles(tmp_path, [review, other], "Ai chủ trì buổi sơ kết Chương trình số 02/CTr-UBND "
                                                              "về phát triển thành phố Vị Thanh?")
    assert first(reply, "person") == "Trần Văn An", reply.as_text()


def test_who_held_a_post_when_something_happened_is_the_holder_then(tmp_path):
    visit = ("Thủ tướng làm việc với tỉnh Sóc Trăng\nChiều 28/4/2022, Thủ tướng Phạm Minh Chính làm việc với Ban "
             "Thường vụ Tỉnh ủy Sóc Trăng. Cùng dự có Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn.\n")
    [reply] = answers_from_articles(tmp_path, [visit], "Ai là Bí thư Tỉnh ủy Sóc Trăng khi Thủ tướng Phạm Minh Chính "
                                                       "làm việc với Ban Thường vụ Tỉnh ủy năm 2022?")
    assert reply.intent == "holder_of_post"
    assert first(reply, "person") == "Lâm Văn Mẫn", reply.as_text()


def test_the_chairman_of_a_firm_is_the_chairman_of_its_board(tmp_path):
    visit = ("Đà Nẵng làm việc với Tập đoàn Hòa Phát\nChiều 14/8/2025, Ban Thường vụ Thành ủy Đà Nẵng làm việc với "
             "Tập đoàn Hòa Phát. Ông Trần Văn An - Chủ tịch HĐQT Tập đoàn Hòa Phát phát biểu.\n")
    for reply in answers_from_articles(tmp_path, [visit], "Ai là Chủ tịch Tập đoàn Hòa Phát?",
                                       "Who is the chairman of Hoa Phat?"):
        assert first(reply, "person") == "Trần Văn An", reply.as_text()


def test_the_occasion_of_a_request_is_read_from_its_articles_lead(tmp_path):
    meeting = ("Chiều 28/10/2019, Phó Chủ tịch UBND thành phố Đà Nẵng Trần Văn An chủ trì buổi họp rà soát công tác tổ "
               "chức Ngày hội Khởi nghiệp SURF 2019.\nPhó Chủ tịch UBND thành phố Trần Văn An chỉ đạo Sở Khoa học và "
               "Công nghệ khẩn trương hoàn tất các công việc còn lại.\n")
    [reply] = answers_from_articles(tmp_path, [meeting], "Ai chỉ đạo Sở Khoa học và Công nghệ Đà Nẵng hoàn tất công "
                                                         "tác tổ chức SURF 2019?")
    assert first(reply, "by") == "Trần Văn An", reply.as_text()


@pytest.mark.parametrize("question", [
    "Ban Thường vụ Tỉnh ủy Thái Bình thực hiện những chỉ thị nào?",
    "UBND tỉnh Thái Bình ban hành chỉ thị số mấy về tổ chức bầu cử?",
    "Đoàn giám sát của Bộ Chính trị giám sát việc thực hiện những chỉ thị nào của Tỉnh ủy Thái Bình?",
])
def test_which_instruments_of_a_kind_asks_for_programs_not_requests(store, question):
    assert answer(store, question).intent == "programs"


def test_which_official_signed_a_decision_asks_for_a_person_not_partners(store):
    assert answer(store, "Phó Chủ tịch UBND tỉnh Thái Bình nào ký quyết định số 1045?").intent == "holder_of_post"


def test_english_names_of_a_provincial_standing_committee_and_a_free_trade_zone(tmp_path):
    session = ("Thủ tướng làm việc với tỉnh Sóc Trăng\nChiều 28/4/2022, Thủ tướng Trần Văn An làm việc với Ban Thường vụ "
               "Tỉnh ủy Sóc Trăng về xây dựng khu thương mại tự do.\n")
    for reply in answers_from_articles(
            tmp_path, [session], "Who chaired the working session with the Sóc Trăng Provincial Party Standing Committee?",
            "Who chaired the working session on the free trade zone?"):
        assert first(reply, "person") == "Trần Văn An", reply.as_text()


def test_a_request_asked_by_its_words_alone_is_not_chosen_by_its_articles_headline(tmp_path):
    # the headline names an election; the request itself asks nothing about one
    article = ("Tỉnh Tây Ninh chuẩn bị bầu cử\nChiều 5/1/2026, Chủ tịch UBND tỉnh Tây Ninh Trần Văn An yêu cầu Sở Y tế "
               "khẩn trương kiểm tra an toàn thực phẩm.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ai yêu cầu tổ chức bầu cử đại biểu Quốc hội?")
    assert reply.rows == [], reply.as_text()


def test_a_council_s_committee_and_a_kind_of_instrument_in_english_find_the_meeting(tmp_path):
    article = ("Ban Kinh tế - Ngân sách HĐND tỉnh Phú Thọ thẩm tra dự thảo nghị quyết\nSáng 21/11/2025, Ban Kinh tế - "
               "Ngân sách, HĐND tỉnh Phú Thọ tổ chức hội nghị thẩm tra các dự thảo nghị quyết. Đồng chí Lê Văn Bốn - "
               "Trưởng Ban Kinh tế - Ngân sách, HĐND tỉnh chủ trì hội nghị.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Who chaired the Phú Thọ People's Council Economic-Budget "
                                                         "Committee meeting that reviewed the draft resolutions?")
    assert [row.entities["person"] for row in reply.rows] == ["Lê Văn Bốn"] and not reply.note, reply.as_text()


def test_a_province_that_names_its_government_in_an_article_stays_a_place_in_questions(tmp_path):
    # "Chủ tịch An Giang" makes "An Giang" a written name of the province's People's Committee;
    # asked "ở An Giang", it places the posts, every body of the province's
    article = ("Chủ tịch An Giang: doanh nghiệp gửi thẳng văn bản cho tôi\nNgày 5/3/2025, UBND tỉnh An Giang tổ chức "
               "chương trình Cà phê Doanh nhân với sự tham dự của Chủ tịch UBND tỉnh Lê Văn Bốn. Dự chương trình có "
               "ông Trần Văn Năm, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Ông Trần Văn Năm giữ chức vụ gì ở An Giang?")
    assert [row.entities["organization"] for row in reply.rows] == ["Ủy ban Kiểm tra Tỉnh ủy An Giang"], reply.as_text()


def test_the_programs_a_person_asked_for_are_those_of_the_articles_naming_them(tmp_path):
    # no event's words fit what the official did ("yêu cầu ngành giáo dục"): the articles naming the official
    article = ("Lào Cai có tân Giám đốc Sở Giáo dục và Đào tạo\nNgày 3/11/2025, UBND tỉnh Lào Cai tổ chức hội nghị công "
               "bố quyết định bổ nhiệm Giám đốc Sở Giáo dục và Đào tạo. Phát biểu giao nhiệm vụ, Chủ tịch UBND tỉnh Lào "
               "Cai Lê Văn Bốn ghi nhận năng lực của cán bộ.\n\nChủ tịch UBND tỉnh yêu cầu ngành giáo dục tập trung "
               "triển khai hiệu quả Nghị quyết 71-NQ/TW năm 2025 của Bộ Chính trị về đột phá phát triển giáo dục.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Chủ tịch UBND tỉnh Lào Cai Lê Văn Bốn yêu cầu ngành giáo dục "
                                                         "triển khai nghị quyết nào?")
    assert [row.entities["program"] for row in reply.rows] == ["Nghị quyết 71-NQ/TW"], reply.as_text()


def test_a_post_asked_which_before_a_request_to_a_body_asks_who_made_the_request(tmp_path):
    # "đề xuất" later in the request is what was asked, not a role at the meeting
    article = ("Phó Thủ tướng làm việc với tỉnh Bình Phước\nChiều 1/10/2022, Phó Thủ tướng Lê Văn Bốn làm việc với tỉnh "
               "Bình Phước. Về sân bay Hớn Quản, Phó Thủ tướng Lê Văn Bốn đề nghị Bộ Quốc phòng phối hợp Bộ GTVT đề xuất "
               "Chính phủ trong thời gian tới.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Phó Thủ tướng nào đề nghị Bộ Quốc phòng phối hợp đề xuất quy "
                                                         "hoạch sân bay Hớn Quản?")
    assert reply.understood.get("addressee") == "Bộ Quốc phòng" and "role" not in reply.understood, reply.as_text()
    assert first(reply, "by") == "Lê Văn Bốn", reply.as_text()


def test_the_standing_deputy_is_a_deputy_and_a_management_board_is_headed_by_its_trưởng_ban(tmp_path):
    article = ("Hải Phòng họp giao ban\nChiều 8/12/2025, Chủ tịch UBND thành phố Hải Phòng Trần Văn Sơn chủ trì "
               "hội nghị. Phó Chủ tịch Thường trực UBND thành phố Lê Văn Bốn phát biểu. Đồng chí Phạm Thanh Hà, "
               "Trưởng Ban quản lý Khu kinh tế thành phố Hải Phòng dự.\n")
    deputies, standing, head = answers_from_articles(
        tmp_path, [article], "Ai là Phó Chủ tịch UBND TP Hải Phòng?", "Ai là Phó CT Thường trực UBND TP Hải Phòng?",
        "Who heads the Economic Zone Management Board of Hai Phong city?")
    assert first(deputies, "person") == first(standing, "person") == "Lê Văn Bốn"
    assert first(head, "person") == "Phạm Thanh Hà"


def test_english_words_of_prevention_risks_and_isolation_find_the_meeting_and_the_request(tmp_path):
    article = ("Phó Thủ tướng làm việc với An Giang\nNgày 10/8/2021, đoàn công tác của Chính phủ do Phó Thủ tướng "
               "Trần Văn Tuấn dẫn đầu đã có buổi làm việc với lãnh đạo tỉnh An Giang về công tác phòng, chống dịch "
               "bệnh Covid-19. Chiều cùng ngày, Phó Chủ tịch UBND tỉnh Lê Văn Bốn chủ trì cuộc họp về sản xuất lúa. "
               "Ông Lê Văn Bốn yêu cầu thị xã Tân Châu rà soát nguy cơ dịch bệnh, tiếp tục khoanh vùng, cách ly "
               "các thôn có nhiều F0.\n")
    meeting, request = answers_from_articles(
        tmp_path, [article], "Who led the working session with An Giang leaders on Covid-19 prevention?",
        "Who ordered Tan Chau town to review risks and keep isolating hamlets with many F0?")
    assert first(meeting, "person") == "Trần Văn Tuấn"
    assert first(request, "by") == "Lê Văn Bốn"


def test_the_head_of_a_bodys_delegation_and_an_event_described_after_khi(tmp_path):
    survey = ("Thành ủy khảo sát phường Gia Định\nNgày 18/7/2025, đoàn công tác Thành ủy TPHCM do đồng chí Nguyễn "
              "Văn Lộc, Phó Bí thư Thành ủy, làm trưởng đoàn, đã khảo sát tình hình tổ chức, hoạt động tại phường "
              "Gia Định.\n")
    congress = ("Gia Lai giao chỉ tiêu cho các xã phía Tây\nNgày 1/7/2025, tỉnh Gia Lai tổ chức hội nghị giao chỉ tiêu, "
                "nhiệm vụ cho 77 xã, phường. Bí thư Tỉnh ủy Gia Lai Hồ Văn Dũng dự và phát biểu chỉ đạo hội nghị.\n")
    head, directed = answers_from_articles(
        tmp_path, [survey, congress],
        "Ai là trưởng đoàn công tác Thành ủy TPHCM khảo sát tình hình tổ chức, hoạt động tại phường Gia Định?",
        "Ai phát biểu chỉ đạo khi tỉnh Gia Lai giao chỉ tiêu, nhiệm vụ cho 77 xã, phường?")
    assert first(head, "person") == "Nguyễn Văn Lộc"
    assert first(directed, "person") == "Hồ Văn Dũng" and "khi" not in (directed.note or "")  # no word the event lacks


def test_a_commune_party_organization_named_in_english(tmp_path):
    article = ("Bí thư Tỉnh ủy thăm xã Sơn Mỹ\nNgày 5/9/2025, Bí thư Tỉnh ủy Lâm Đồng Lê Văn Bốn thăm xã Sơn Mỹ. Đồng chí "
               "đề nghị Đảng bộ xã Sơn Mỹ tiếp tục phát huy tinh thần đoàn kết.\n")
    [reply] = answers_from_articles(tmp_path, [article],
                                    "What did Le Van Bon ask the Son My commune Party organization to do?")
    assert first(reply, "organization") == "Đảng bộ xã Sơn Mỹ", reply.as_text()


def test_which_master_plan_was_announced_at_a_meeting_someone_attended_asks_for_programs(tmp_path):
    article = ("Ninh Bình công bố quy hoạch tỉnh\nSáng 19/2/2024, tỉnh Ninh Bình tổ chức Hội nghị công bố Quy hoạch tỉnh "
               "Ninh Bình thời kỳ 2021-2030, tầm nhìn đến năm 2050. Thủ tướng Chính phủ Phạm Minh Chính dự hội nghị.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Which provincial master plan was announced at the conference "
                                                         "in Ninh Bình attended by Prime Minister Phạm Minh Chính?")
    assert reply.intent == "programs" and first(reply, "program").startswith("Quy hoạch tỉnh Ninh Bình"), reply.as_text()


def test_english_words_of_fixing_a_landfill_and_an_executive_committee_find_their_meetings(tmp_path):
    landfill = ("Khắc phục ô nhiễm tại bãi rác Tân Hiệp\nNgày 14/10/2025, Phó Chủ tịch UBND tỉnh Vĩnh Long Nguyễn Văn Ba chủ "
                "trì cuộc họp đánh giá kết quả khắc phục ô nhiễm môi trường tại bãi rác Tân Hiệp. Cùng ngày, Giám đốc "
                "Sở Y tế Lê Văn Tư chủ trì hội nghị về phòng chống dịch.\n")
    committee = ("Bí thư Thành ủy làm việc với Ban Chấp hành Đảng bộ đặc khu Côn Đảo\nNgày 27/8/2025, Bí thư Thành ủy TPHCM "
                 "Trần Văn Sáu làm việc với Ban Chấp hành Đảng bộ đặc khu Côn Đảo. Cùng ngày, Phó Chủ tịch UBND TPHCM Lê Văn "
                 "Năm làm việc với Sở Xây dựng.\n")
    fixing, working = answers_from_articles(
        tmp_path, [landfill, committee],
        "Who chaired the October 2025 meeting in Vĩnh Long on fixing pollution at the Tan Hiep landfill?",
        "Who led the city delegation's working session with the Party Executive Committee of the Con Dao special zone?")
    assert first(fixing, "person") == "Nguyễn Văn Ba"
    assert first(working, "person") == "Trần Văn Sáu"


def test_after_the_merger_written_without_diacritics_is_no_meeting(tmp_path):
    article = ("Lãnh đạo tỉnh Quảng Trị tiếp xúc cử tri\nNgày 10/7/2025, ông Trần Văn Phong, Chủ tịch UBND tỉnh Quảng Trị "
               "trả lời ý kiến cử tri.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Chu tich UBND tinh Quang Tri sau hop nhat la ai?")
    assert reply.intent == "holder_of_post" and first(reply, "person") == "Trần Văn Phong"


def test_a_steering_board_abbreviated_in_the_question(tmp_path):
    article = ("Đắk Lắk thành lập Ban Chỉ đạo Lễ hội Cà phê\nNgày 5/3/2023, UBND tỉnh Đắk Lắk thành lập Ban Chỉ đạo Lễ hội Cà "
               "phê Buôn Ma Thuột. Theo đó, ông Nguyễn Đình Tâm, Bí thư Tỉnh ủy làm Trưởng ban.\n")
    [reply] = answers_from_articles(tmp_path, [article],
                                    "Ông Nguyễn Đình Tâm giữ chức gì trong BCĐ Lễ hội Cà phê Buôn Ma Thuột?")
    assert first(reply, "role") == "Trưởng ban"


def test_the_council_that_elected_someone_is_no_body_of_the_post_asked(tmp_path):
    article = ("HĐND tỉnh Đồng Tháp bầu Phó Chủ tịch UBND tỉnh\nNgày 27/2/2026, ông Nguyễn Phước Tâm được HĐND tỉnh Đồng "
               "Tháp bầu làm Phó Chủ tịch UBND tỉnh Đồng Tháp nhiệm kỳ 2021 - 2026.\n")
    [reply] = answers_from_articles(
        tmp_path, [article],
        "What post was Nguyễn Phước Tâm elected to by the Đồng Tháp provincial People's Council in February 2026?")
    assert first(reply, "role") == "Phó Chủ tịch" and not reply.note


def test_a_national_university_and_a_military_command_named_in_english(tmp_path):
    article = ("Hậu Giang làm việc với Đại học Quốc gia TP.HCM\nNgày 12/1/2024, đoàn công tác tỉnh Hậu Giang làm việc với Đại "
               "học Quốc gia TP.HCM. Về phía Đại học Quốc gia TP.HCM có ông Vũ Hải Sơn, Giám đốc Đại học Quốc gia TP.HCM. "
               "Ông Lê Văn Tám, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hậu Giang dự.\n")
    university, command = answers_from_articles(
        tmp_path, [article], "Who is the director of Vietnam National University Ho Chi Minh City?",
        "Who is the commander of the Hau Giang provincial military command?")
    assert first(university, "person") == "Vũ Hải Sơn"
    assert first(command, "person") == "Lê Văn Tám"


def test_an_acting_post_is_asked_by_its_own_title_in_either_language(tmp_path):
    article = ("Hội nghị Cổng thông tin điện tử\nSáng 12/8/2023, tham dự hội nghị có Quyền Chủ tịch UBND tỉnh Quảng Ninh "
               "Trần Văn An và Phó Chủ tịch UBND tỉnh Quảng Ninh Lê Thị Ba.\n")
    for reply in answers_from_articles(tmp_path, [article], "quyen chu tich UBND tinh Quang Ninh la ai",
                                       "Who is the acting chairman of Quảng Ninh People's Committee?",
                                       "Quyền Chủ tịch UBND tỉnh Quảng Ninh dự hội nghị Cổng thông tin điện tử là ai?"):
        assert [row.entities.get("person") for row in reply.rows] == ["Trần Văn An"], reply.as_text()


def test_a_councils_committee_asked_by_its_abbreviation(tmp_path):
    article = ("Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra tờ trình\nChiều 24/6/2022, Ban Kinh tế - Ngân sách HĐND tỉnh "
               "Bắc Ninh do bà Trần Thị Hằng, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh Bắc Ninh chủ trì làm việc với "
               "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Ninh.\n")
    [reply] = answers_from_articles(tmp_path, [article], "Trưởng Ban KT-NS HĐND tỉnh Bắc Ninh là ai?")
    assert [row.entities.get("person") for row in reply.rows] == ["Trần Thị Hằng"], reply.as_text()


def test_the_situation_a_meeting_was_about_is_no_word_its_name_must_hold(tmp_path):
    article = ("Thủ tướng làm việc với tỉnh Hòa Bình\nChiều 26/2/2023, Thủ tướng Chính phủ Trần Văn An làm việc với lãnh "
               "đạo tỉnh Hòa Bình về kết quả phát triển kinh tế - xã hội năm 2022.\n")
    for reply in answers_from_articles(tmp_path, [article], "Chiều 26-2-2023 ai làm việc với lãnh đạo tỉnh Hòa Bình về "
                                                            "tình hình KT-XH năm 2022 vậy?",
                                       "Who met Hòa Bình leaders on 26 February 2023 about the socio-economic situation?"):
        assert [row.entities.get("person") for row in reply.rows] == ["Trần Văn An"], reply.as_text()


def test_the_partners_asked_of_a_person_are_those_of_the_bodies_they_serve(tmp_path):
    article = ("Bộ TT&TT ký ghi nhớ với Tập đoàn Viettel\nTối 13/10/2021, Bộ trưởng Bộ Thông tin và Truyền thông Lê Văn "
               "An và Tập đoàn Viettel đã ký kết biên bản ghi nhớ hợp tác về chuyển đổi số giữa Bộ Thông tin và Truyền "
               "thông và Tập đoàn Viettel.\n")
    for reply in answers_from_articles(tmp_path, [article], "With which group did Minister Lê Văn An sign a memorandum?",
                                       "Bộ trưởng Lê Văn An ký biên bản ghi nhớ với tập đoàn nào?"):
        assert reply.intent == "partners" and any("Viettel" in str(row.entities) for row in reply.rows), \
            reply.as_text()
