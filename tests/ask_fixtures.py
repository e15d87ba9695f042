"""Hand-made articles for the `kg ask` tests: invented officials in real provinces, written the
way provincial news is, with the facts a careful reader finds in them.

They hold the situations the questions of issue 17 stumbled on: two meetings of one
province on different subjects (one on its smart operations centre); a delegation of a
foreign bank received by the chairman, and a working session with the same bank in
another province on another project; a ceremony; a post whose first evidence is the
headline; directives to a department from the provincial party secretary; programs of
several kinds; a partnership with a firm; an article naming no province, whose bodies have no place;
a ward the place tables do not list, with posts in it and in a part of a Sở; an undated article of a
district whose name has an apostrophe.
"""
from __future__ import annotations

from pathlib import Path

from lexicon_fixtures import LEXICON

from extract.facts import (Article, ArticleFacts, Directive, Evidence, Firm, Organization,
                           Participation, Partnership, Person, Position, Program)
from extract.facts import Event as _Event
from extract.lexicon.places import Province
from extract.resolve import period_keys
from kg.build import update_derived_graphs
from kg.mapping import facts_to_graph
from kg.store import open_store

UBND_QT = "Ủy ban nhân dân tỉnh Quảng Trị"
SO_TTTT_QT = "Sở Thông tin và Truyền thông tỉnh Quảng Trị"
SO_GTVT_QT = "Sở Giao thông vận tải tỉnh Quảng Trị"
TINH_UY_QT = "Tỉnh ủy Quảng Trị"
BAN_TG_QT = "Ban Tuyên giáo Tỉnh ủy Quảng Trị"
UBND_VL = "Ủy ban nhân dân huyện Vĩnh Linh"
UBND_PY = "Ủy ban nhân dân tỉnh Phú Yên"
SO_KHDT_PY = "Sở Kế hoạch và Đầu tư tỉnh Phú Yên"
UBND_HG = "Ủy ban nhân dân tỉnh Hà Giang"
TINH_DOAN_HG = "Tỉnh đoàn Hà Giang"
WB = "Ngân hàng Thế giới"


def _province(name: str) -> Province:
    province = LEXICON.places.province(name)
    assert province is not None, name
    return province


def _body(name: str, kind: str, area: str | None = None, **fields) -> Organization:
    """A body as extraction resolves it: in the place `area` names ("tỉnh Quảng Trị"), if any."""
    place = LEXICON.places.place_named(area) if area else None
    return Organization(name, kind=kind, place=place, area=area,
                        national=LEXICON.organizations.is_national(kind, name), **fields)


def Event(label: str, date: str | None, **fields) -> _Event:  # noqa: N802  (an Event with its periods)
    return _Event(label, date, periods=period_keys(label, date), **fields)


def _said(text: str, start_words: str, end_words: str) -> Evidence:
    start = text.index(start_words)
    end = text.index(end_words, start) + len(end_words)
    return Evidence(text[start:end], start, end)


OPERATIONS_TEXT = (
    "Quảng Trị đưa Trung tâm điều hành thông minh vào vận hành đầy đủ\n"
    "Chiều 15/9, đồng chí Hoàng Văn Lâm, Phó Chủ tịch UBND tỉnh Quảng Trị chủ trì cuộc họp đánh giá "
    "việc vận hành Trung tâm điều hành thông minh của tỉnh.\n"
    "Giám đốc Sở Thông tin và Truyền thông Đặng Thị Mai báo cáo kết quả kết nối dữ liệu của các sở, ngành.\n"
    "Kết luận cuộc họp, đồng chí Hoàng Văn Lâm đề nghị Sở Thông tin và Truyền thông hoàn thiện "
    "các phân hệ giám sát trước tháng 12.\n"
    "Đồng chí Bế Quang Vinh, Bí thư Tỉnh ủy Quảng Trị yêu cầu Sở Thông tin và Truyền thông bảo đảm "
    "an toàn thông tin cho hệ thống.\n"
    "Cùng dự có đồng chí Lê Thị Thu Hiền, Trưởng ban Tuyên giáo Tỉnh ủy Quảng Trị."
)


def operations_facts() -> ArticleFacts:
    """Quảng Trị, 2022: a meeting on the province's smart operations centre."""
    text = OPERATIONS_TEXT
    chair = _said(text, "Chiều 15/9", "của tỉnh.")
    report = _said(text, "Giám đốc Sở", "sở, ngành.")
    conclude = _said(text, "Kết luận cuộc họp", "tháng 12.")
    secretary = _said(text, "Đồng chí Bế Quang Vinh", "cho hệ thống.")
    also = _said(text, "Cùng dự có", "Tỉnh ủy Quảng Trị.")
    return ArticleFacts(
        article=Article("qt-trung-tam-dieu-hanh", "corpus/qt-trung-tam-dieu-hanh.txt", text,
                        title=text.split("\n", 1)[0], date="2022-09-15"),
        province=_province("Quảng Trị"),
        persons=[
            Person("Hoàng Văn Lâm", [Position("Phó Chủ tịch", UBND_QT, evidence=chair)], [chair, conclude]),
            Person("Đặng Thị Mai", [Position("Giám đốc", SO_TTTT_QT, evidence=report)], [report]),
            Person("Bế Quang Vinh", [Position("Bí thư", TINH_UY_QT, evidence=secretary)], [secretary]),
            Person("Lê Thị Thu Hiền", [Position("Trưởng ban", BAN_TG_QT, evidence=also)], [also]),
        ],
        organizations=[
            _body(UBND_QT, "Ủy ban nhân dân", "tỉnh Quảng Trị", aliases=["UBND tỉnh Quảng Trị"],
                         evidence=chair),
            _body(SO_TTTT_QT, "Sở", "tỉnh Quảng Trị", parent=UBND_QT,
                         aliases=["Sở Thông tin và Truyền thông", "TT&TT"], evidence=report),
            _body(TINH_UY_QT, "Tỉnh ủy", "tỉnh Quảng Trị", evidence=secretary),
            _body(BAN_TG_QT, "Ban", "tỉnh Quảng Trị", parent=TINH_UY_QT, evidence=also),
        ],
        events=[Event("Cuộc họp đánh giá việc vận hành Trung tâm điều hành thông minh", "2022-09-15",
                      organizer=UBND_QT, evidence=chair, participations=[
                          Participation("Hoàng Văn Lâm", "chaired", chair),
                          Participation("Hoàng Văn Lâm", "directed", conclude),
                          Participation("Đặng Thị Mai", "spoke", report),
                          Participation("Lê Thị Thu Hiền", "attended", also),
                      ])],
        directives=[
            Directive("Hoàng Văn Lâm", SO_TTTT_QT, "hoàn thiện các phân hệ giám sát trước tháng 12", conclude),
            Directive("Bế Quang Vinh", SO_TTTT_QT, "bảo đảm an toàn thông tin cho hệ thống", secretary),
        ],
    )


TRAFFIC_TEXT = (
    "Quảng Trị tăng cường bảo đảm trật tự an toàn giao thông\n"
    "Sáng 3/10, UBND tỉnh Quảng Trị tổ chức hội nghị trực tuyến về bảo đảm trật tự an toàn giao thông "
    "năm 2022.\n"
    "Đồng chí Vũ Đức Tín, Chủ tịch UBND tỉnh Quảng Trị chủ trì hội nghị.\n"
    "Phó Giám đốc Sở Giao thông vận tải Lý Văn Phúc trình bày báo cáo về tai nạn giao thông.\n"
    "Đồng chí Vũ Đức Tín giao Sở Giao thông vận tải rà soát các điểm đen tai nạn giao thông.\n"
    "Đồng chí Vũ Đức Tín yêu cầu UBND huyện Vĩnh Linh xử lý dứt điểm các bến đò ngang không bảo đảm an toàn.\n"
    "Tỉnh đang thực hiện Kế hoạch số 210/KH-UBND về bảo đảm trật tự an toàn giao thông năm 2022."
)


def traffic_facts() -> ArticleFacts:
    """Quảng Trị, 2022: another meeting of the same province, on road traffic."""
    text = TRAFFIC_TEXT
    held = _said(text, "Sáng 3/10", "năm 2022.")
    chair = _said(text, "Đồng chí Vũ Đức Tín, Chủ tịch", "chủ trì hội nghị.")
    report = _said(text, "Phó Giám đốc Sở", "tai nạn giao thông.")
    task = _said(text, "Đồng chí Vũ Đức Tín giao", "tai nạn giao thông.")
    plan = _said(text, "Tỉnh đang thực hiện", "năm 2022.")
    ferry = _said(text, "Đồng chí Vũ Đức Tín yêu cầu", "bảo đảm an toàn.")
    return ArticleFacts(
        article=Article("qt-an-toan-giao-thong", "corpus/qt-an-toan-giao-thong.txt", text,
                        title=text.split("\n", 1)[0], date="2022-10-03"),
        province=_province("Quảng Trị"),
        persons=[
            Person("Vũ Đức Tín", [Position("Chủ tịch", UBND_QT, evidence=chair)], [chair, task]),
            Person("Lý Văn Phúc", [Position("Phó Giám đốc", SO_GTVT_QT, evidence=report)], [report]),
        ],
        organizations=[
            _body(UBND_QT, "Ủy ban nhân dân", "tỉnh Quảng Trị", aliases=["UBND tỉnh Quảng Trị"],
                         evidence=held),
            _body(SO_GTVT_QT, "Sở", "tỉnh Quảng Trị", parent=UBND_QT,
                         aliases=["Sở Giao thông vận tải", "Sở Giao thông vận tải tỉnh"], evidence=report),
            _body(UBND_VL, "Ủy ban nhân dân", "huyện Vĩnh Linh", aliases=["UBND huyện Vĩnh Linh"],
                         evidence=ferry),
        ],
        programs=[Program("Kế hoạch số 210/KH-UBND", "Kế hoạch", number="210/KH-UBND", evidence=plan)],
        events=[Event("Hội nghị trực tuyến về bảo đảm trật tự an toàn giao thông năm 2022", None,
                      organizer=UBND_QT, evidence=held, participations=[
                          Participation("Vũ Đức Tín", "chaired", chair),
                          Participation("Lý Văn Phúc", "spoke", report),
                      ])],
        directives=[Directive("Vũ Đức Tín", SO_GTVT_QT, "rà soát các điểm đen tai nạn giao thông", task),
                    Directive("Vũ Đức Tín", UBND_VL, "xử lý dứt điểm các bến đò ngang không bảo đảm an toàn",
                              ferry)],
    )


BANK_TEXT = (
    "Chủ tịch UBND tỉnh Phú Yên Tạ Minh Khôi tiếp Đoàn công tác Ngân hàng Thế giới\n"
    "Sáng 10/5, đồng chí Tạ Minh Khôi tiếp Đoàn công tác của Ngân hàng Thế giới (WB) về Dự án phát "
    "triển đô thị thích ứng tỉnh Phú Yên.\n"
    "Cùng dự có bà Lý Thu Hà, Phó Giám đốc Sở Kế hoạch và Đầu tư.\n"
    "Đồng chí Tạ Minh Khôi đề nghị Ngân hàng Thế giới sớm thẩm định dự án trong quý III.\n"
    "Tỉnh Phú Yên và Tập đoàn Bưu chính Viễn thông Việt Nam ký thỏa thuận hợp tác về chuyển đổi số.\n"
    "Dự buổi tiếp còn có ông Phan Văn Tấn, Giám đốc Bệnh viện Quốc tế Tuy Hòa.\n"
    "Tháng 3/2023, ông Đỗ Quang Huy được bổ nhiệm làm Hiệu trưởng Trường Đại học Phú Yên."
)


def bank_facts() -> ArticleFacts:
    """Phú Yên, 2023: a foreign bank's delegation received; the chairman's post is stated in the headline."""
    text = BANK_TEXT
    headline = _said(text, "Chủ tịch UBND tỉnh Phú Yên", "Ngân hàng Thế giới\n".rstrip())
    received = _said(text, "Sáng 10/5", "tỉnh Phú Yên.")
    attended = _said(text, "Cùng dự", "Kế hoạch và Đầu tư.")
    request = _said(text, "Đồng chí Tạ Minh Khôi đề nghị", "quý III.")
    signed = _said(text, "Tỉnh Phú Yên và", "chuyển đổi số.")
    hospital = _said(text, "Dự buổi tiếp", "Quốc tế Tuy Hòa.")
    appointed = _said(text, "Tháng 3/2023", "Đại học Phú Yên.")
    project = "Dự án phát triển đô thị thích ứng tỉnh Phú Yên"
    return ArticleFacts(
        article=Article("py-ngan-hang-the-gioi", "corpus/py-ngan-hang-the-gioi.txt", text,
                        title=text.split("\n", 1)[0], date="2023-05-10"),
        province=_province("Phú Yên"),
        persons=[
            Person("Tạ Minh Khôi", [Position("Chủ tịch", UBND_PY, evidence=headline)], [headline, received]),
            Person("Lý Thu Hà", [Position("Phó Giám đốc", SO_KHDT_PY, evidence=attended)], [attended]),
            Person("Phan Văn Tấn", [Position("Giám đốc", "Bệnh viện Quốc tế Tuy Hòa", evidence=hospital)],
                   [hospital]),
            Person("Đỗ Quang Huy", [Position("Hiệu trưởng", "Trường Đại học Phú Yên", evidence=appointed, given=True)],
                   [appointed]),
        ],
        organizations=[
            _body(UBND_PY, "Ủy ban nhân dân", "tỉnh Phú Yên", aliases=["UBND tỉnh Phú Yên"],
                         evidence=headline),
            _body(SO_KHDT_PY, "Sở", "tỉnh Phú Yên", parent=UBND_PY,
                         aliases=["Sở Kế hoạch và Đầu tư"], evidence=attended),
            _body(WB, "Ngân hàng Thế giới", aliases=["WB"], evidence=received),
            _body("Bệnh viện Quốc tế Tuy Hòa", "Bệnh viện", evidence=hospital),
            _body("Trường Đại học Phú Yên", "Trường", evidence=appointed),
        ],
        programs=[Program(project, "Dự án", evidence=received)],
        firms=[Firm("VNPT", aliases=["Tập đoàn Bưu chính Viễn thông Việt Nam"], evidence=signed)],
        partnerships=[Partnership([UBND_PY, "Tập đoàn Bưu chính Viễn thông Việt Nam"],
                                  "thỏa thuận hợp tác về chuyển đổi số", signed)],
        events=[Event("Tiếp Đoàn công tác của Ngân hàng Thế giới", "2023-05-10", organizer=UBND_PY,
                      evidence=received, participations=[
                          Participation("Tạ Minh Khôi", "chaired", headline),
                          Participation("Lý Thu Hà", "attended", attended),
                      ])],
        directives=[Directive("Tạ Minh Khôi", WB, "sớm thẩm định dự án trong quý III", request)],
    )


CEREMONY_TEXT = (
    "Hà Giang kỷ niệm ngày thành lập Đoàn\n"
    "Tối 26/3, Tỉnh đoàn Hà Giang tổ chức lễ kỷ niệm 93 năm ngày thành lập Đoàn Thanh niên Cộng sản "
    "Hồ Chí Minh.\n"
    "Dự buổi lễ có đồng chí Giàng Thị Mỷ, Phó Chủ tịch UBND tỉnh Hà Giang.\n"
    "Đồng chí Mai Thanh Tùng, Bí thư Tỉnh đoàn Hà Giang đọc diễn văn tại buổi lễ.\n"
    "Dịp này, Tỉnh đoàn triển khai Kế hoạch tình nguyện hè năm 2024 và Đề án thanh niên khởi nghiệp."
)


def ceremony_facts() -> ArticleFacts:
    """Hà Giang, 2024: a ceremony, with an attendee and a speaker."""
    text = CEREMONY_TEXT
    held = _said(text, "Tối 26/3", "Hồ Chí Minh.")
    attended = _said(text, "Dự buổi lễ", "tỉnh Hà Giang.")
    spoke = _said(text, "Đồng chí Mai Thanh Tùng", "tại buổi lễ.")
    plans = _said(text, "Dịp này", "khởi nghiệp.")
    return ArticleFacts(
        article=Article("hg-le-ky-niem", "corpus/hg-le-ky-niem.txt", text,
                        title=text.split("\n", 1)[0], date="2024-03-26"),
        province=_province("Hà Giang"),
        persons=[
            Person("Giàng Thị Mỷ", [Position("Phó Chủ tịch", UBND_HG, evidence=attended)], [attended]),
            Person("Mai Thanh Tùng", [Position("Bí thư", TINH_DOAN_HG, evidence=spoke)], [spoke]),
        ],
        organizations=[
            _body(UBND_HG, "Ủy ban nhân dân", "tỉnh Hà Giang", aliases=["UBND tỉnh Hà Giang"],
                         evidence=attended),
            _body(TINH_DOAN_HG, "Tỉnh đoàn", "tỉnh Hà Giang", evidence=held),
        ],
        programs=[
            Program("Kế hoạch tình nguyện hè năm 2024", "Kế hoạch", period="2024", evidence=plans),
            Program("Đề án thanh niên khởi nghiệp", "Đề án", evidence=plans),
        ],
        events=[Event("Lễ kỷ niệm 93 năm ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", "2024-03-26",
                      organizer=TINH_DOAN_HG, evidence=held, participations=[
                          Participation("Giàng Thị Mỷ", "attended", attended),
                          Participation("Mai Thanh Tùng", "spoke", spoke),
                      ])],
    )


REVIEW_TEXT = (
    "Phiên họp thường kỳ tháng 10\n"
    "Ngày 10/10, UBND tỉnh tổ chức phiên họp đánh giá tình hình KT-XH quý III/2022.\n"
    "Đồng chí Vũ Đức Tín, Chủ tịch UBND tỉnh chủ trì phiên họp.\n"
    "Giám đốc Sở Tài chính Trương Văn Khải báo cáo tình hình thu ngân sách."
)


def review_facts() -> ArticleFacts:
    """An article that names no province (its bodies have no place): a quarterly review."""
    text = REVIEW_TEXT
    held = _said(text, "Ngày 10/10", "quý III/2022.")
    chair = _said(text, "Đồng chí Vũ Đức Tín", "chủ trì phiên họp.")
    report = _said(text, "Giám đốc Sở Tài chính", "thu ngân sách.")
    return ArticleFacts(
        article=Article("phien-hop-quy-iii", "corpus/phien-hop-quy-iii.txt", text,
                        title=text.split("\n", 1)[0], date="2022-10-10"),
        province=None,
        persons=[
            Person("Vũ Đức Tín", [Position("Chủ tịch", "Ủy ban nhân dân tỉnh", evidence=chair)], [chair]),
            Person("Trương Văn Khải", [Position("Giám đốc", "Sở Tài chính", evidence=report)], [report]),
        ],
        organizations=[
            _body("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân", aliases=["UBND tỉnh"], evidence=held),
            _body("Sở Tài chính", "Sở", evidence=report),
        ],
        events=[Event("Phiên họp đánh giá tình hình KT-XH quý III/2022", "2022-10-10", evidence=held,
                      organizer="Ủy ban nhân dân tỉnh",
                      participations=[Participation("Vũ Đức Tín", "chaired", chair),
                                      Participation("Trương Văn Khải", "spoke", report)])],
    )


INSPECTION_TEXT = (
    "Kiểm tra công tác phòng chống thiên tai tại huyện Vĩnh Linh\n"
    "Đoàn kiểm tra của tỉnh do đồng chí Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị làm trưởng đoàn đã "
    "kiểm tra công tác phòng chống thiên tai tại huyện Vĩnh Linh."
)


def inspection_facts() -> ArticleFacts:
    """An article whose date is not known: an inspection, undated."""
    text = INSPECTION_TEXT
    led = _said(text, "Đoàn kiểm tra", "huyện Vĩnh Linh.")
    return ArticleFacts(
        article=Article("qt-kiem-tra-thien-tai", "corpus/qt-kiem-tra-thien-tai.txt", text,
                        title=text.split("\n", 1)[0], date=None),
        province=_province("Quảng Trị"),
        persons=[Person("Hà Sỹ Đồng", [Position("Phó Chủ tịch", UBND_QT, evidence=led)], [led])],
        organizations=[_body(UBND_QT, "Ủy ban nhân dân", "tỉnh Quảng Trị", evidence=led)],
        events=[Event("Kiểm tra công tác phòng chống thiên tai tại huyện Vĩnh Linh", None, evidence=led,
                      participations=[Participation("Hà Sỹ Đồng", "chaired", led)])],
    )


WARD = "phường Kim Ngọc Đông"
UBND_WARD = f"Ủy ban nhân dân {WARD}"
HDND_WARD = f"Hội đồng nhân dân {WARD}"
DANG_UY_WARD = f"Đảng ủy {WARD}"
SO_XD_HP = "Sở Xây dựng thành phố Hải Phòng"
WARD_TEXT = (
    "Phường Kim Ngọc Đông kiện toàn bộ máy sau sắp xếp\n"
    "Ngày 2/7/2025, Đảng ủy phường Kim Ngọc Đông tổ chức hội nghị công bố các quyết định về công tác cán bộ.\n"
    "Đồng chí Lục Văn Khang, nguyên Chủ tịch UBND quận Hồng Bàng, được chỉ định giữ chức Bí thư Đảng ủy "
    "phường, Chủ tịch HĐND phường Kim Ngọc Đông và chủ trì hội nghị.\n"
    "Dự hội nghị có bà Đinh Thị Lựu, Chủ tịch UBND phường Kim Ngọc Đông và ông Phí Văn Dũng, Phó Chủ tịch "
    "UBND phường.\n"
    "Ông Hứa Văn Tính, Phó Trưởng phòng Quản lý đô thị Sở Xây dựng Hải Phòng, trình bày phương án sắp xếp trụ sở.\n"
    "Phó Chủ tịch UBND phường Kim Ngọc Đông Phí Văn Dũng thông báo từ ngày 15/7 phường mở điểm tiếp nhận hồ sơ "
    "tại nhà văn hóa tổ dân phố.\n"
    "Phường đang thực hiện Kế hoạch số 15/KH-UBND về chỉnh trang vỉa hè tuyến phố Lê Lợi.\n"
    "Phường cũng triển khai Kế hoạch số 12/KH-UBND về số hóa hồ sơ hộ tịch.\n"
    "Đảng ủy Trường Cao đẳng Kim Ngọc quán triệt Kết luận số 14-KL/TW của Bộ Chính trị."
)


def ward_facts() -> ArticleFacts:
    """Hải Phòng, 2025: a ward the place tables do not list, its new posts, and a post in a part of a Sở."""
    text = WARD_TEXT
    held = _said(text, "Ngày 2/7/2025", "công tác cán bộ.")
    chair = _said(text, "Đồng chí Lục Văn Khang", "chủ trì hội nghị.")
    attended = _said(text, "Dự hội nghị", "UBND phường.")
    office = _said(text, "Ông Hứa Văn Tính", "sắp xếp trụ sở.")
    announced = _said(text, "Phó Chủ tịch UBND phường Kim Ngọc Đông Phí", "tổ dân phố.")
    sidewalks = _said(text, "Phường đang thực hiện", "phố Lê Lợi.")
    records = _said(text, "Phường cũng triển khai", "hồ sơ hộ tịch.")
    college = _said(text, "Đảng ủy Trường Cao đẳng Kim Ngọc", "Bộ Chính trị.")
    return ArticleFacts(
        article=Article("hp-kim-ngoc-dong", "corpus/hp-kim-ngoc-dong.txt", text,
                        title=text.split("\n", 1)[0], date="2025-07-02"),
        province=_province("Hải Phòng"),
        persons=[
            Person("Lục Văn Khang", [Position("Bí thư", DANG_UY_WARD, evidence=chair),
                                     Position("Chủ tịch", HDND_WARD, evidence=chair),
                                     Position("Chủ tịch", "Ủy ban nhân dân quận Hồng Bàng", status="nguyên",
                                              evidence=chair)], [chair]),
            Person("Đinh Thị Lựu", [Position("Chủ tịch", UBND_WARD, evidence=attended)], [attended]),
            Person("Phí Văn Dũng", [Position("Phó Chủ tịch", UBND_WARD, evidence=announced)], [attended, announced]),
            Person("Hứa Văn Tính", [Position("Phó Trưởng phòng", "Phòng Quản lý đô thị Sở Xây dựng thành phố Hải "
                                                                 "Phòng", evidence=office)], [office]),
        ],
        organizations=[
            _body(DANG_UY_WARD, "Đảng ủy", WARD, evidence=held),
            _body(HDND_WARD, "Hội đồng nhân dân", WARD, aliases=[f"HĐND {WARD}"], evidence=chair),
            _body(UBND_WARD, "Ủy ban nhân dân", WARD, aliases=[f"UBND {WARD}"], evidence=attended),
            _body("Ủy ban nhân dân quận Hồng Bàng", "Ủy ban nhân dân", "quận Hồng Bàng", evidence=chair),
            _body(SO_XD_HP, "Sở", "thành phố Hải Phòng", evidence=office),
            _body("Trường Cao đẳng Kim Ngọc", "Trường Cao đẳng", evidence=college),
            _body("Đảng ủy Trường Cao đẳng Kim Ngọc", "Đảng ủy", parent="Trường Cao đẳng Kim Ngọc", evidence=college),
            _body("Phòng Quản lý đô thị Sở Xây dựng thành phố Hải Phòng", "Phòng", "thành phố Hải Phòng",
                  parent=SO_XD_HP, evidence=office),
        ],
        programs=[Program("Kế hoạch số 15/KH-UBND", "Kế hoạch", number="15/KH-UBND", evidence=sidewalks),
                  Program("Kế hoạch số 12/KH-UBND", "Kế hoạch", number="12/KH-UBND", evidence=records),
                  Program("Kết luận số 14-KL/TW", "Kết luận", number="14-KL/TW", evidence=college)],
        events=[Event("Hội nghị công bố các quyết định về công tác cán bộ", "2025-07-02", organizer=DANG_UY_WARD,
                      evidence=held, participations=[
                          Participation("Lục Văn Khang", "chaired", chair),
                          Participation("Đinh Thị Lựu", "attended", attended),
                          Participation("Phí Văn Dũng", "attended", attended),
                          Participation("Hứa Văn Tính", "spoke", office),
                      ])],
    )


DISTRICT_TEXT = (
    "Huyện ủy Ia H’Drai ra quân mùa khô\n"
    "Đồng chí Rơ Châm Thoại, Bí thư Huyện ủy Ia H’Drai phát động phong trào trồng rừng mùa khô."
)


def district_facts() -> ArticleFacts:
    """An undated article of a district whose name is written with a typographic apostrophe."""
    text = DISTRICT_TEXT
    launched = _said(text, "Đồng chí Rơ Châm Thoại", "mùa khô.")
    return ArticleFacts(
        article=Article("kt-ia-hdrai", "corpus/kt-ia-hdrai.txt", text, title=text.split("\n", 1)[0], date=None),
        province=_province("Kon Tum"),
        persons=[Person("Rơ Châm Thoại", [Position("Bí thư", "Huyện ủy Ia H’Drai", evidence=launched)], [launched])],
        organizations=[_body("Huyện ủy Ia H’Drai", "Huyện ủy", "huyện Ia H'Drai", evidence=launched)],
    )


def all_facts() -> list[ArticleFacts]:
    return [operations_facts(), traffic_facts(), bank_facts(), ceremony_facts(), review_facts(), inspection_facts(),
            ward_facts(), district_facts()]


def ask_store(path: Path) -> Path:
    """A store at `path` holding the articles; returns `path`."""
    with open_store(path) as store:
        for facts in all_facts():
            store.replace_graph(facts_to_graph(facts))
        update_derived_graphs(store, LEXICON)
    return path
