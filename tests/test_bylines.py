"""The vi_bylines component: writers, photographers and content owners, with evidence."""
from __future__ import annotations

import pytest
import spacy
from lexicon_fixtures import LEXICON, clean_page
from sample_articles import EXPECTED, article_path, available
from spacy.language import Language

from extract.components import bylines  # noqa: F401  (registers vi_bylines)
from extract.facts import Article, ArticleFacts, Author, Evidence


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    pipeline.add_pipe("vi_bylines").initialize(lexicon=LEXICON)
    return pipeline


def authors(nlp: Language, text: str, *, already: list[Author] | None = None) -> list[Author]:
    doc = nlp.make_doc(text)
    doc._.facts = ArticleFacts(article=Article(name="t", source="t", text=text), authors=list(already or []))
    found = nlp(doc)._.facts.authors
    for author in found[len(already or []):]:
        assert text[author.evidence.start:author.evidence.end] == author.evidence.sentence
    return found


def credits(nlp: Language, text: str) -> dict[str, str]:
    return {author.name: author.kind for author in authors(nlp, text)}


# --- the sample articles -----------------------------------------------------------

@pytest.mark.parametrize("stem", available())
def test_sample_article_credits(nlp, stem):
    text = clean_page(article_path(stem).read_text(encoding="utf-8")).text
    found = authors(nlp, text)
    assert {a.name: a.kind for a in found} == EXPECTED[stem].authors
    for author in found:
        assert author.name in author.evidence.sentence


def test_evidence_points_at_the_credit_line(nlp):
    text = clean_page(article_path("002_3be101e97fe9f6f0").read_text(encoding="utf-8")).text
    by_name = {a.name: a for a in authors(nlp, text)}
    photo = by_name["Thành Tâm"].evidence
    assert photo.sentence.startswith("Đồng chí Ngô Đông Hải") and photo.sentence.endswith("Ảnh: Thành Tâm")
    assert by_name["Trịnh Cường"].evidence == Evidence("Trịnh Cường", len(text) - len("Trịnh Cường"), len(text))


# --- synthetic pages -------------------------------------------------------------------

BODY = "Sáng 5/3, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n"


@pytest.mark.parametrize("text, expected", [
    (BODY + "Nguyễn Minh An", {"Nguyễn Minh An": "byline"}),
    (BODY + "TRẦN MINH CƯỜNG", {"TRẦN MINH CƯỜNG": "byline"}),
    (BODY + "H.Anh", {"H.Anh": "byline"}),
    (BODY + "Quang cảnh. Ảnh: N.H.Anh", {"N.H.Anh": "photo"}),
    (BODY + "Lê Văn Bình – Phó Giám đốc Sở Y tế", {"Lê Văn Bình": "byline"}),
    (BODY + "Lê Văn Bình-Trần Thu Nga- Chi cục Thủy sản", {"Lê Văn Bình": "byline", "Trần Thu Nga": "byline"}),
    (BODY + "Tác giả: Trang Lê", {"Trang Lê": "byline"}),
    (BODY + "Bài và ảnh: Hoàng Anh", {"Hoàng Anh": "byline"}),
    (BODY + "Theo Nguyễn Văn An", {"Nguyễn Văn An": "byline"}),
    ("Tác giả: Trang Lê\n" + BODY + "Quang cảnh hội nghị.", {"Trang Lê": "byline"}),
    (BODY + "Quang cảnh hội nghị. Ảnh: Lê Minh, Trần Hà", {"Lê Minh": "photo", "Trần Hà": "photo"}),
    (BODY + "Đại biểu dự hội nghị (Ảnh: T. Sỹ) tại hội trường.", {"T. Sỹ": "photo"}),
    (BODY + "Quang cảnh hội nghị. Ảnh: Anh Tuấn", {"Anh Tuấn": "photo"}),
    (BODY + "Ông Nguyễn Văn An phát biểu - Ảnh: Nhà báo Lê Minh", {"Lê Minh": "photo"}),
    (BODY + "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH\nChịu trách nhiệm nội dung: Ông Lê Văn Bình - Giám đốc",
     {"Lê Văn Bình": "content_owner"}),
    (BODY + "Nguyễn Minh An\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH\nChịu trách nhiệm chính: Lê Văn Bình",
     {"Nguyễn Minh An": "byline", "Lê Văn Bình": "content_owner"}),
    # a name on a line of its own under the headline, or above the date stamp (page furniture below the last line)
    ("Nguyễn Minh An\n" + BODY + "Kết quả tốt.", {"Nguyễn Minh An": "byline"}),
    (BODY + "Nguyễn Minh An\n02/10/2022 06:30 GMT+7\nKết quả tốt.", {"Nguyễn Minh An": "byline"}),
    (BODY + "Nguyễn Minh An\nÝ kiến ()", {"Nguyễn Minh An": "byline"}),
    # a pen name right under the headline; the last line above a link to the source and a share button
    ("Tỉnh tổng kết công tác năm\nNHẬT NAM\n" + BODY, {"NHẬT NAM": "byline"}),
    (BODY + "Hồng Thái\nNguồn KTĐT : https://kinhtedothi.vn/ha-noi.html\nChia sẻ bài viết", {"Hồng Thái": "byline"}),
    (BODY + "Tr.Đức", {"Tr.Đức": "byline"}),
])
def test_credits_found(nlp, text, expected):
    assert credits(nlp, text) == expected


@pytest.mark.parametrize("text", [
    BODY + "Em M. bị nữ sinh lớp 11 đánh tại quán ăn. Ảnh chụp từ clip.",
    BODY + "Nữ sinh bị nhóm bạn đánh hội đồng. Ảnh cắt từ clip",
    BODY + "Cánh đồng lúa chín. Ảnh: minh họa",
    BODY + "Cánh đồng lúa chín. Ảnh: Minh hoạ",
    BODY + "Cánh đồng lúa chín. Ảnh: Internet",
    BODY + "Cánh đồng lúa chín. Ảnh: Báo Nam Định",
    BODY + "Cánh đồng lúa chín. Ảnh: TTXVN",
    BODY + "Theo Cổng Thông Tin Điện Tử Tỉnh",
    BODY + "Quang cảnh hội nghị",
    BODY + "Đồng chí Hoàng Văn An, Phó Giám đốc Sở tặng Giấy khen cho các tập thể.",
    BODY + "Theo ông Nguyễn Văn An, Giám đốc Sở Y tế, trong năm nay toàn tỉnh đã tiêm chủng cho hơn "
           "mười nghìn trẻ em và người cao tuổi.",
    "Yên Bái - Lào Cai ra nghị quyết chung\n" + BODY,  # a headline opening with a place is no signature
    "Hà Giang\n" + BODY,
    BODY + "Hà Nội, ngày 5 tháng 3 năm 2024",
    BODY + "Quang cảnh. Ảnh: t.sỹ",
    # under the headline: a menu, a font size control, a heading in capitals
    "Tỉnh tổng kết công tác năm\nSkip Ribbon Commands\n" + BODY,
    "Tỉnh tổng kết công tác năm\nA A\n" + BODY,
    "Tỉnh tổng kết công tác năm\nVĂN BẢN MỚI BAN HÀNH\n" + BODY,
])
def test_no_credit(nlp, text):
    assert credits(nlp, text) == {}


def test_one_author_per_name_byline_wins(nlp):
    text = BODY + "Quang cảnh hội nghị. Ảnh: T.SỸ\nĐại biểu dự hội nghị. Ảnh: T.SỸ\nT.SỸ"
    [author] = authors(nlp, text)
    assert (author.name, author.kind) == ("T.SỸ", "byline")
    assert author.evidence.sentence == "T.SỸ"


def test_names_already_in_facts_are_not_repeated(nlp):
    earlier = Author("Nguyễn Minh An", "byline", None)
    found = authors(nlp, BODY + "Quang cảnh. Ảnh: Nguyễn Minh An\nNguyễn Minh An", already=[earlier])
    assert found == [earlier]


def test_component_needs_article_facts(nlp):
    with pytest.raises(ValueError, match="doc._.facts"):
        nlp(BODY + "Nguyễn Minh An")


def test_component_is_registered():
    assert "vi_bylines" in Language.factories


@pytest.mark.parametrize("line", ["Tin, ảnh: KHÁNH TRUNG", "Tin và ảnh: Khánh Trung", "Tin: Khánh Trung"])
def test_a_news_item_credit_names_its_writer(nlp, line):
    assert credits(nlp, f"UBND tỉnh Nam Định tổ chức hội nghị.\n{line}") == {line.split(": ")[1]: "byline"}


@pytest.mark.parametrize("text, expected", [
    ("Sở Y tế tổ chức hội nghị\nĐỗ Minh Khang • Thứ Ba, 12/03/2024-08:15\n" + BODY, {"Đỗ Minh Khang": "byline"}),
    (BODY + "Quang cảnh hội nghị. Ảnh: LK", {"LK": "photo"}),
    (BODY + "Quang cảnh hội nghị. Ảnh: H.T.", {"H.T.": "photo"}),
    (BODY + "Minh Khang\nTheo “Báo Điện tử Tỉnh”", {"Minh Khang": "byline"}),
    (BODY + "Tin bài và ảnh: Minh Khang - Thu Hà", {"Minh Khang": "byline", "Thu Hà": "byline"}),
    (BODY + "Tác giả: Trang Lê - Phó Trưởng Phòng", {"Trang Lê": "byline"}),
    (BODY + "Công trình cầu vượt đang thi công MINH KHANG\nSở cho biết sẽ hoàn thành trong năm.",
     {"MINH KHANG": "photo"}),
    (BODY + "Công trình cầu vượt vẫn chưa hoàn thành MINH KHANG Trong đó, Sở yêu cầu đẩy nhanh tiến độ.",
     {"MINH KHANG": "photo"}),
    (BODY + "Đỗ Minh Khang – Lê Thu Hà (Đài Truyền thanh huyện)",
     {"Đỗ Minh Khang": "byline", "Lê Thu Hà": "byline"}),
    (BODY + "Đại biểu dự hội nghị tại điểm cầu Nam Định- Ảnh: TH", {"TH": "photo"}),
])
def test_credits_in_the_forms_outlets_print_them(nlp, text, expected):
    assert credits(nlp, text) == expected


@pytest.mark.parametrize("text", [
    BODY + "Cánh đồng lúa chín. Ảnh: TL",
    BODY + "Cánh đồng lúa chín. Ảnh: NVCC",
    BODY + "Sở phối hợp với Công ty TNHH MTV Xây dựng Hòa Bình thi công.",
    BODY + "Đoàn công tác làm việc tại QUẢNG NGÃI\nSở cho biết sẽ hoàn thành trong năm.",
])
def test_sources_abbreviations_and_places_in_capitals_are_no_credit(nlp, text):
    assert credits(nlp, text) == {}


@pytest.mark.parametrize("line, expected", [
    ("CTV Diệp Hoàng", {"Diệp Hoàng": "byline"}),
    ("Chanh Tuy/VOV-ĐBSCL", {"Chanh Tuy": "byline"}),
    ("Các đại biểu dự hội nghị. Ảnh VGP/Lê Sơn", {"Lê Sơn": "photo"}),
    ("Quang cảnh kỳ họp ẢNH: Q.T", {"Q.T": "photo"}),
    ("Quang cảnh hội nghị. Ảnh: Hà Thương |", {"Hà Thương": "photo"}),
])
def test_credits_as_outlets_write_them(nlp, line, expected):
    # a contributor's prefix, an outlet's code after a slash, a photo credit in capitals
    # after a caption or before a bar
    assert credits(nlp, BODY + line) == expected
