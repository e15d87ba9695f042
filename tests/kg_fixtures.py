"""Hand-made articles and their facts (synthetic names) for the knowledge-graph tests."""
from __future__ import annotations

from pathlib import Path

from lexicon_fixtures import LEXICON

from extract.facts import (
    Article, ArticleFacts, Author, Directive, Event, Evidence, Firm, Organization,
    Participation, Partnership, Person, Position, Program,
)
from extract.lexicon.places import Place, Province
from extract.resolve import period_keys
from kg.mapping import facts_to_graph
from kg.store import open_store

MEETING_TEXT = (
    "Sáng 12/3, UBND tỉnh Nam Định tổ chức hội nghị triển khai Đề án chuyển đổi số "
    "tỉnh Nam Định giai đoạn 2021 - 2025.\n"
    "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nam Định chủ trì hội nghị. "
    "Cùng dự có đồng chí Lê Thị Bình, Giám đốc Sở Thông tin và Truyền thông.\n"
    "Phát biểu chỉ đạo, đồng chí Nguyễn Văn An đề nghị Sở Thông tin và Truyền thông "
    "khẩn trương hoàn thiện kế hoạch chuyển đổi số.\n"
    "Tại hội nghị, UBND tỉnh Nam Định và Tập đoàn Công nghiệp - Viễn thông Quân đội "
    "ký thỏa thuận hợp tác về chuyển đổi số giai đoạn 2022 - 2025.\n"
    "Trần Minh Cường"
)

UBND = "Ủy ban nhân dân tỉnh Nam Định"
SO_TTTT = "Sở Thông tin và Truyền thông tỉnh Nam Định"
PROGRAM = "Đề án chuyển đổi số tỉnh Nam Định giai đoạn 2021 - 2025"
EVENT = "Hội nghị triển khai Đề án chuyển đổi số"


def evidence(text: str, sentence_start: str, sentence_end: str) -> Evidence:
    """The sentence of `text` that starts with `sentence_start` and ends with `sentence_end`."""
    start = text.index(sentence_start)
    end = text.index(sentence_end, start) + len(sentence_end)
    return Evidence(text[start:end], start, end)


def province_named(name: str | None) -> Province | None:
    return LEXICON.places.province(name) if name else None


def body(name: str, kind: str, evidence: Evidence | None = None, parent: str | None = None) -> Organization:
    """A body as extraction resolves it: in the place its name ends with, if any."""
    words = name.split()
    place = next((found for start in range(1, len(words))
                  if (found := LEXICON.places.place_named(" ".join(words[start:]))) is not None), None)
    return Organization(name, kind=kind, place=place, area=place.text if place else None, parent=parent,
                        national=LEXICON.organizations.is_national(kind, name), evidence=evidence)


def meeting_facts(name: str = "nam-dinh-hoi-nghi", province: str | None = "Nam Định") -> ArticleFacts:
    """A provincial meeting: a chair, an attendee, a directive, a program, a firm partnership."""
    text = MEETING_TEXT
    chair_sentence = evidence(text, "Đồng chí Nguyễn Văn An", "chủ trì hội nghị.")
    attend_sentence = evidence(text, "Cùng dự", "Truyền thông.")
    direct_sentence = evidence(text, "Phát biểu chỉ đạo", "chuyển đổi số.")
    program_sentence = evidence(text, "Sáng 12/3", "2021 - 2025.")
    partner_sentence = evidence(text, "Tại hội nghị", "2022 - 2025.")
    byline = evidence(text, "Trần Minh Cường", "Trần Minh Cường")
    article = Article(
        name=name, source=f"corpus/{name}.txt", text=text,
        title="Nam Định triển khai Đề án chuyển đổi số", date="2024-03-12",
        url="https://example.gov.vn/tin-tuc/nam-dinh-chuyen-doi-so",
    )
    return ArticleFacts(
        article=article,
        province=province_named(province),
        persons=[
            Person("Nguyễn Văn An", positions=[Position("Phó Chủ tịch", UBND, evidence=chair_sentence)],
                   mentions=[chair_sentence, direct_sentence]),
            Person("Lê Thị Bình", positions=[Position("Giám đốc", SO_TTTT, evidence=attend_sentence)],
                   mentions=[attend_sentence]),
        ],
        organizations=[
            Organization(UBND, kind="Ủy ban nhân dân", place=Place(province_named("Nam Định")), area="tỉnh Nam Định",
                         aliases=["UBND tỉnh Nam Định"], evidence=chair_sentence),
            Organization(SO_TTTT, kind="Sở", place=Place(province_named("Nam Định")), area="tỉnh Nam Định", parent=UBND,
                         aliases=["Sở Thông tin và Truyền thông"], evidence=attend_sentence),
        ],
        programs=[Program(PROGRAM, kind="Đề án", period="2021 - 2025", evidence=program_sentence)],
        firms=[Firm("Viettel", aliases=["Tập đoàn Công nghiệp - Viễn thông Quân đội"],
                    evidence=partner_sentence)],
        partnerships=[Partnership(
            parties=[UBND, "Tập đoàn Công nghiệp - Viễn thông Quân đội"],
            label="thỏa thuận hợp tác về chuyển đổi số giai đoạn 2022 - 2025",
            evidence=partner_sentence)],
        events=[Event(
            EVENT, date="2024-03-12", organizer=UBND, evidence=chair_sentence,
            periods=period_keys(EVENT, "2024-03-12"),
            participations=[
                Participation("Nguyễn Văn An", "chaired", chair_sentence),
                Participation("Nguyễn Văn An", "directed", direct_sentence),
                Participation("Lê Thị Bình", "attended", attend_sentence),
            ])],
        directives=[Directive(
            by="Nguyễn Văn An", to=SO_TTTT,
            text="khẩn trương hoàn thiện kế hoạch chuyển đổi số", evidence=direct_sentence)],
        authors=[Author("Trần Minh Cường", "byline", byline)],
    )


VISIT_TEXT = (
    "Chiều 5/4, đồng chí Phạm Quốc Dũng, Bí thư Tỉnh ủy Ninh Bình làm việc với "
    "Sở Y tế tỉnh Ninh Bình.\n"
    "Đồng chí Phạm Quốc Dũng yêu cầu Sở Y tế tỉnh Ninh Bình nâng cao chất lượng khám chữa bệnh."
)


def visit_facts(name: str = "ninh-binh-lam-viec") -> ArticleFacts:
    """A second, smaller article in another province."""
    text = VISIT_TEXT
    visit = evidence(text, "Chiều 5/4", "tỉnh Ninh Bình.")
    request = evidence(text, "Đồng chí Phạm Quốc Dũng yêu cầu", "khám chữa bệnh.")
    article = Article(name=name, source=f"corpus/{name}.txt", text=text, date="2024-04-05")
    ninh_binh = Place(province_named("Ninh Bình"))
    return ArticleFacts(
        article=article,
        province=ninh_binh.province,
        persons=[Person("Phạm Quốc Dũng",
                        positions=[Position("Bí thư", "Tỉnh ủy Ninh Bình", evidence=visit)],
                        mentions=[visit])],
        organizations=[
            Organization("Tỉnh ủy Ninh Bình", kind="Tỉnh ủy", place=ninh_binh, area="tỉnh Ninh Bình",
                         evidence=visit),
            Organization("Sở Y tế tỉnh Ninh Bình", kind="Sở", place=ninh_binh, area="tỉnh Ninh Bình",
                         parent="Ủy ban nhân dân tỉnh Ninh Bình", evidence=visit)],
        implied=[Organization("Ủy ban nhân dân tỉnh Ninh Bình", kind="Ủy ban nhân dân", place=ninh_binh,
                              area="tỉnh Ninh Bình", evidence=visit)],
        events=[Event("Bí thư Tỉnh ủy làm việc với Sở Y tế", date="2024-04-05", evidence=visit,
                      periods=period_keys("", "2024-04-05"),
                      participations=[Participation("Phạm Quốc Dũng", "chaired", visit)])],
        directives=[Directive(by="Phạm Quốc Dũng", to="Sở Y tế tỉnh Ninh Bình",
                              text="nâng cao chất lượng khám chữa bệnh", evidence=request)],
    )


def official_facts(
    article: str, name: str, posts: list[tuple[str, str, str]], *,
    province: str | None, date: str | None = "2024-03-12",
) -> ArticleFacts:
    """An article that names one official with posts (role, organization, its head) in one sentence each.

    The organizations are stated with their head as kind; the article names `province`
    (None: it names none); each body is in the place its name ends with.
    """
    sentences = [f"Đồng chí {name}, {role} {organization} dự hội nghị." for role, organization, _ in posts]
    text = "\n".join(sentences or [f"Đồng chí {name} dự hội nghị."])
    positions, organizations = [], []
    for (role, organization, kind), sentence in zip(posts, sentences):
        start = text.index(sentence)
        said = Evidence(sentence, start, start + len(sentence))
        positions.append(Position(role, organization, evidence=said))
        organizations.append(body(organization, kind, said))
    first = text.split("\n", 1)[0]
    return ArticleFacts(
        article=Article(name=article, source=f"corpus/{article}.txt", text=text, date=date),
        province=province_named(province),
        persons=[Person(name, positions=positions, mentions=[Evidence(first, 0, len(first))])],
        organizations=organizations,
    )


def two_article_store(path: Path) -> Path:
    """A store at `path` holding the meeting and the visit; returns `path`."""
    with open_store(path) as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(visit_facts()))
    return path
