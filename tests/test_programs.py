"""The vi_programs component: named programs and instruments, and the common nouns that are not."""
from __future__ import annotations

import pytest
from lexicon_fixtures import extract_facts, read_articles
from sample_articles import GOLD_FOLDERS, article_path, available

from extract.components import programs  # noqa: F401  (registers vi_programs)
from extract.evaluate import load_gold_dir, score
from extract.facts import Article, ArticleFacts, Program
from extract.gold_format import to_gold_json


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Article(name="t", source="t", text=text))


def programs_in(text: str) -> list[Program]:
    found = facts_of(text).programs
    for program in found:
        assert text[program.evidence.start:program.evidence.end].strip() == program.evidence.sentence
    return found


def names(text: str) -> list[str]:
    return [p.name for p in programs_in(text)]


# --- constructions -----------------------------------------------------------------

@pytest.mark.parametrize("text, name, kind, number", [
    ("Sở đã tham mưu triển khai Quyết định số 1234/QĐ-TTg ngày 05/08/2022 của Thủ tướng Chính phủ.",
     "Quyết định số 1234/QĐ-TTg", "Quyết định", "1234/QĐ-TTg"),
    ("Thực hiện Kết luận số 15-KL/TU ngày 03/02/2023 của Ban Thường vụ Tỉnh ủy, Sở đã tổ chức quán triệt.",
     "Kết luận số 15-KL/TU", "Kết luận", "15-KL/TU"),
    ("Việc nghỉ hưu thực hiện theo Nghị định số 45/2023/NĐ-CP ngày 01/7/2023 của Chính phủ.",
     "Nghị định số 45/2023/NĐ-CP", "Nghị định", "45/2023/NĐ-CP"),
    ("Thực hiện Nghị quyết 09-NQ/TU, tỉnh đã tập trung lãnh đạo.", "Nghị quyết 09-NQ/TU", "Nghị quyết", "09-NQ/TU"),
    ("UBND tỉnh ban hành quyết định số 77/QĐ-UBND về việc thành lập tổ công tác.",
     "quyết định số 77/QĐ-UBND", "Quyết định", "77/QĐ-UBND"),
    ("Sở ban hành Kế hoạch số 125/KH-UBND ngày 12/3/2024 về phát triển kinh tế số.",
     "Kế hoạch số 125/KH-UBND", "Kế hoạch", "125/KH-UBND"),
])
def test_a_numbered_document_is_its_trigger_and_number(text, name, kind, number):
    [program] = programs_in(text)
    assert (program.name, program.kind, program.number, program.period) == (name, kind, number, None)


def test_where_a_named_program_applies_is_part_of_its_name_before_its_period():
    assert names("Ngày 5/7/2024, HĐND tỉnh thông qua Nghị quyết quy định về quản lý nuôi chim yến trên địa bàn tỉnh Nam "
                 "Định. UBND tỉnh ban hành Kế hoạch kiểm tra công tác PBGDPL trên địa bàn tỉnh năm 2025.") == [
        "Nghị quyết quy định về quản lý nuôi chim yến trên địa bàn tỉnh Nam Định",
        "Kế hoạch kiểm tra công tác PBGDPL trên địa bàn tỉnh năm 2025"]
    # not after a common noun, nor for several units
    assert names("Tỉnh thu hút nhiều dự án đầu tư trên địa bàn các huyện Mộc Châu, Vân Hồ.") == []


@pytest.mark.parametrize("text, name, period", [
    ("Tỉnh triển khai Đề án phát triển du lịch thông minh tỉnh Quảng Ninh giai đoạn 2022 – 2025, "
     "định hướng đến năm 2030; đồng thời rà soát các chỉ tiêu.",
     "Đề án phát triển du lịch thông minh tỉnh Quảng Ninh giai đoạn 2022 – 2025, định hướng đến năm 2030",
     "2022 - 2025, định hướng đến năm 2030"),
    ("UBND tỉnh phê duyệt Chiến lược phát triển thương mại điện tử đến năm 2025, tầm nhìn đến năm 2030 "
     "trên địa bàn tỉnh.",
     "Chiến lược phát triển thương mại điện tử đến năm 2025, tầm nhìn đến năm 2030",
     "đến năm 2025, tầm nhìn đến năm 2030"),
    ("Sở ban hành Kế hoạch ứng dụng công nghệ thông tin tỉnh Nghệ An năm 2024.",
     "Kế hoạch ứng dụng công nghệ thông tin tỉnh Nghệ An năm 2024", "2024"),
    ("Hội đồng thẩm định Kế hoạch chuyển đổi số giai đoạn 2021-2025, mở đầu cho quá trình phát triển.",
     "Kế hoạch chuyển đổi số giai đoạn 2021-2025", "2021 - 2025"),
    ("Tổng kết Nghị quyết Đại hội Đảng bộ tỉnh Nam Định lần thứ XIX, nhiệm kỳ 2015 – 2020.",
     "Nghị quyết Đại hội Đảng bộ tỉnh Nam Định lần thứ XIX, nhiệm kỳ 2015 – 2020", "2015 - 2020"),
    ("Tỉnh đề nghị các bộ hỗ trợ thực hiện Quy hoạch tỉnh Nam Định thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; "
     "ưu tiên vốn đầu tư.",
     "Quy hoạch tỉnh Nam Định thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "2021 - 2030, tầm nhìn đến năm 2050"),
])
def test_places_and_periods_stay_in_the_name_and_fill_period(text, name, period):
    [program] = programs_in(text)
    assert (program.name, program.period) == (name, period)


def test_an_abbreviated_trigger_is_written_out():
    [program] = programs_in("Sở được giao thực hiện các Chương trình MTQG giai đoạn 2021 - 2025 trên địa bàn tỉnh.")
    assert (program.name, program.kind) == ("Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025", "Chương trình")
    assert names("Tỉnh thu hút đầu tư vào Khu công nghiệp (KCN) Nam Đình Vũ, đồng thời KCN Phố Nối A "
                 "đã lấp đầy.") == ["Khu công nghiệp Nam Đình Vũ", "Khu công nghiệp Phố Nối A"]


@pytest.mark.parametrize("text, name", [
    ("Hội triển khai dự án “Nâng cao năng lực số cho phụ nữ” tại các xã.", "dự án Nâng cao năng lực số cho phụ nữ"),
    ("Huyện đề nghị đầu tư dự án hồ chứa nước Đồng Mít, xã Sơn Long.", "dự án hồ chứa nước Đồng Mít"),
    ("Sở triển khai đề án chuyển đổi số ngành giáo dục tỉnh Lạng Sơn.",
     "đề án chuyển đổi số ngành giáo dục tỉnh Lạng Sơn"),
    ("Tỉnh xây dựng chương trình hành động thực hiện chiến lược phát triển kinh tế số.",
     "chương trình hành động thực hiện chiến lược phát triển kinh tế số"),
])
def test_a_lower_case_trigger_needs_a_quoted_or_proper_name_or_a_place(text, name):
    assert names(text) == [name]


def test_va_after_a_proper_name_starts_another_object():
    assert names("Đoàn kiểm tra tiến độ Dự án xây dựng đường ĐT.741 và tình hình sạt lở bờ sông Bé.") == [
        "Dự án xây dựng đường ĐT.741"]


def test_a_comma_may_stay_inside_a_title():
    assert names("Sở tổ chức triển khai Quy hoạch bảo tồn, phát huy giá trị di tích tỉnh Ninh Bình đến năm 2030, "
                 "theo đó các huyện rà soát.") == [
        "Quy hoạch bảo tồn, phát huy giá trị di tích tỉnh Ninh Bình đến năm 2030"]
    assert names("Chương trình hỗ trợ nhà ở, nhà vệ sinh đạt kết quả tốt.") == [
        "Chương trình hỗ trợ nhà ở, nhà vệ sinh"]
    assert names("Tỉnh xây dựng Đề án đô thị thông minh, thiết lập hệ thống camera.") == [
        "Đề án đô thị thông minh"]
    # a short part in lower case that closes the clause is the name's
    assert names("HĐND hai tỉnh xem xét dự thảo Đề án sắp xếp, hợp nhất hai tỉnh; đồng thời thảo luận.") == [
        "Đề án sắp xếp, hợp nhất hai tỉnh"]


def test_an_e_government_architecture_is_a_program():
    assert names("Tỉnh đã ban hành Kiến trúc Chính quyền điện tử tỉnh Lào Cai phiên bản 2.0 theo hướng dẫn của Bộ.") \
        == ["Kiến trúc Chính quyền điện tử tỉnh Lào Cai phiên bản 2.0"]
    assert names("Kiến trúc Chính quyền điện tử được cập nhật theo Khung Kiến trúc Chính phủ điện tử Việt Nam.") \
        == ["Kiến trúc Chính quyền điện tử", "Khung Kiến trúc Chính phủ điện tử Việt Nam"]


def test_a_program_belonging_to_a_larger_one_keeps_it_in_its_name():
    assert names("Sở ban hành Kế hoạch truyền thông về giảm nghèo thuộc Chương trình mục tiêu quốc gia giảm nghèo "
                 "bền vững giai đoạn 2021-2025.") == [
        "Kế hoạch truyền thông về giảm nghèo thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững "
        "giai đoạn 2021-2025",
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025"]


def test_a_plan_to_implement_a_program_is_the_program():
    assert names("UBND tỉnh ban hành Kế hoạch triển khai thực hiện Đề án phát triển kinh tế đêm tỉnh Khánh Hòa.") \
        == ["Đề án phát triển kinh tế đêm tỉnh Khánh Hòa"]
    assert names("Tỉnh ủy ban hành Kế hoạch hành động thực hiện Nghị quyết số 12-NQ/TW.") == ["Nghị quyết số 12-NQ/TW"]
    assert names("Tỉnh ban hành kế hoạch triển khai Kết luận số 15-KL/TU.") == ["Kết luận số 15-KL/TU"]


def test_a_program_named_again_is_one_program():
    text = ("Đoàn làm việc về Dự án hạ tầng thích ứng - tỉnh Cà Mau. Sau đó, Dự án hạ tầng thích ứng sẽ được "
            "thẩm định theo Quyết định số 12/QĐ-UBND. Quyết định số 12/QĐ-UBND nêu rõ tiến độ.")
    assert names(text) == ["Dự án hạ tầng thích ứng - tỉnh Cà Mau", "Quyết định số 12/QĐ-UBND"]
    assert names("Tỉnh ban hành Kế hoạch chuyển đổi số năm 2023 và Kế hoạch chuyển đổi số năm 2024.") == [
        "Kế hoạch chuyển đổi số năm 2023", "Kế hoạch chuyển đổi số năm 2024"]


@pytest.mark.parametrize("text", [
    "Sở đã cụ thể hóa các quy hoạch thành các chiến lược, chương trình, kế hoạch phát triển của ngành.",
    "Đến nay đã đạt 80% kế hoạch năm 2025.",
    "UBND tỉnh trao Quyết định nghỉ hưu cho cán bộ.",
    "Kết luận buổi làm việc, lãnh đạo tỉnh đề nghị tiếp tục rà soát.",
    "Tỉnh đề nghị tháo gỡ khó khăn cho dự án hoàn thiện hệ thống chiếu sáng công cộng.",
    "Các dự án Nhà ở xã hội Hưng Phú đang chậm tiến độ.",
    "Tỉnh rà soát những kế hoạch, dự án Khu dân cư Bắc Sơn.",
    "Ban Quản lý Dự án Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam làm chủ đầu tư.",
    "Dự án sẽ khởi công vào tháng 10.",
    "Kế hoạch triển khai thực hiện đã được ban hành.",
    "Tỉnh thực hiện Kế hoạch năm 2024.",
    "Hai bên ký kết thỏa thuận hợp tác chiến lược về chuyển đổi số.",
    "Tỉnh kiểm tra hạ tầng Cụm công nghiệp Tây Sơn và khu vực công nghiệp.",
    'Tối 2/9, tỉnh tổ chức Chương trình nghệ thuật "Mừng Đảng, mừng Xuân" tại quảng trường.',
    'Đài thực hiện Chương trình truyền hình trực tiếp "Xuân quê hương".',
])
def test_common_nouns_are_not_programs(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kỳ họp thông qua Nghị quyết về thành lập các Ban của HĐND xã Tân Phú.", []),
    ("Các đại biểu thông qua Nghị quyết phê chuẩn danh sách Ủy viên Ban Pháp chế HĐND huyện.", []),
    ("Quốc hội ban hành nghị quyết thành lập thị xã Hòa Bình.", []),
    ("HĐND phường thông qua các Nghị quyết quan trọng về bộ máy nhân sự.", []),
    ("Hội nghị đánh giá việc thực hiện Nghị quyết 6 tháng đầu năm 2024.", []),
    # a resolution that is a policy, or one its number names, stays a program
    ("HĐND tỉnh thông qua Nghị quyết về chính sách hỗ trợ giáo viên mầm non.",
     ["Nghị quyết về chính sách hỗ trợ giáo viên mầm non"]),
    ("Kỳ họp thông qua Nghị quyết số 12/NQ-HĐND về thành lập các Ban của HĐND xã.", ["Nghị quyết số 12/NQ-HĐND"]),
    # a scheme to set a body up is an initiative
    ("Hội đồng thông qua Đề án thành lập các phòng chuyên môn thuộc UBND xã.",
     ["Đề án thành lập các phòng chuyên môn"]),
])
def test_a_resolution_that_sets_up_a_body_or_confirms_officials_is_an_act(text, expected):
    assert names(text) == expected


# --- a program named again, and what only speaks of one -----------------------------

def test_a_shorter_or_fuller_mention_is_the_same_program_under_its_fullest_name():
    text = ("Tỉnh triển khai Đề án 15. Đề án 15 về nâng cao chất lượng nguồn nhân lực, đào tạo nghề và giải "
            "quyết việc làm cho thanh niên nông thôn giai đoạn 2024-2028 đã được phê duyệt. Đề án 15 ở các huyện "
            "được đánh giá cao.")
    assert names(text) == ["Đề án 15 về nâng cao chất lượng nguồn nhân lực, đào tạo nghề và giải quyết việc làm "
                           "cho thanh niên nông thôn giai đoạn 2024-2028"]
    assert names("Đoàn thăm Dự án cải tạo kênh Bắc. Dự án cải tạo kênh Bắc - tỉnh Long An được đánh giá cao.") == [
        "Dự án cải tạo kênh Bắc - tỉnh Long An"]
    assert names("Kiến trúc Chính quyền số được cập nhật theo Khung Kiến trúc Chính phủ số Việt Nam.") == [
        "Kiến trúc Chính quyền số", "Khung Kiến trúc Chính phủ số Việt Nam"]


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 3/4/2024. Kế hoạch xác định nhiệm vụ trọng tâm là cải cách "
     "hành chính.", ["Kế hoạch số 12/KH-UBND"]),
    ("Tỉnh triển khai Chương trình chuyển đổi số quốc gia. Chương trình đặt mục tiêu đến năm 2025 có 80% dịch vụ "
     "công trực tuyến.", ["Chương trình chuyển đổi số quốc gia"]),
    ("Quy hoạch tỉnh Quảng Trị thời kỳ 2021-2030 được phê duyệt. Quy hoạch sau đó được công bố rộng rãi.",
     ["Quy hoạch tỉnh Quảng Trị thời kỳ 2021-2030"]),
    ("Chương trình thu hút 500 đại biểu tham dự.", []),
    ("Chương trình thu hút 120 dự án tham gia.", []),
    ("Tổng vốn đầu tư của Dự án 1.500 tỷ đồng.", []),
    ("Dự án nâng cấp tuyến đê biển Tây cơ bản hoàn thành các hạng mục chính.", ["Dự án nâng cấp tuyến đê biển Tây"]),
    ("Dự án nâng cấp tỉnh lộ 8 qua thị trấn Cam Lộ chậm tiến độ do vướng mặt bằng.",
     ["Dự án nâng cấp tỉnh lộ 8 qua thị trấn Cam Lộ"]),
    ("Sở tập huấn, triển khai Luật Đất đai thật bài bản đến người dân.", ["Luật Đất đai"]),
    ("Sở hoàn thiện hồ sơ Quy hoạch phân khu Khu đô thị Bắc Sơn trong tháng 12/2024.",
     ["Quy hoạch phân khu Khu đô thị Bắc Sơn"]),
])
def test_a_bare_trigger_opening_a_predicate_speaks_of_the_program_just_named(text, expected):
    assert names(text) == expected


def test_a_new_program_of_another_kind_is_no_reference():
    assert names("Năm 2023, tỉnh ban hành Quyết định số 15/QĐ-UBND. Đề án phát triển du lịch cộng đồng được "
                 "triển khai ở 5 huyện.") == ["Quyết định số 15/QĐ-UBND", "Đề án phát triển du lịch cộng đồng"]
    assert names("Tỉnh triển khai Đề án phát triển bền vững 1 triệu ha lúa chất lượng cao vùng Đồng bằng sông "
                 "Cửu Long.") == ["Đề án phát triển bền vững 1 triệu ha lúa chất lượng cao vùng Đồng bằng sông Cửu Long"]


# --- triggers: laws, titles, dated plans, zones ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Đại biểu góp ý Dự án Luật Thủ đô (sửa đổi) và Luật Đường sắt.", ["Dự án Luật Thủ đô", "Luật Đường sắt"]),
    ("Tỉnh hướng dẫn thực hiện Luật Đầu tư công và Nghị định số 40/2020/NĐ-CP.",
     ["Luật Đầu tư công", "Nghị định số 40/2020/NĐ-CP"]),
    ("Luật sư Nguyễn Văn An cho biết sẽ kháng cáo.", []),
    ("Nhà trường kỷ luật Ban cán sự lớp.", []),
    ("Giải thưởng Sao Khuê 2024 được trao cho 50 sản phẩm.", ["Giải thưởng Sao Khuê 2024"]),
    ("Tham gia Giải thưởng Nhân tài Đất Việt 2024 sinh viên có cơ hội giao lưu.", ["Giải thưởng Nhân tài Đất Việt 2024"]),
    ("Lễ trao giải thưởng Sáng tạo trẻ Miền Trung diễn ra tối qua.", ["giải thưởng Sáng tạo trẻ Miền Trung"]),
    ("Việt Nam và Hàn Quốc khởi động Tầm nhìn Chung về hợp tác công nghiệp.",
     ["Tầm nhìn Chung về hợp tác công nghiệp"]),
    ("Tầm nhìn chiến lược của tỉnh là phát triển nhanh.", []),
    ("Đoàn tham gia hành trình “Về nguồn” tại Cao Bằng.", ["hành trình Về nguồn"]),
])
def test_laws_awards_and_titled_initiatives_need_a_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("HĐND tỉnh điều chỉnh kế hoạch đầu tư công năm 2025 và kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025.",
     ["kế hoạch đầu tư công năm 2025", "kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025"]),
    ("Tỷ lệ giải ngân kế hoạch đầu tư công đạt thấp.", []),
    ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 được HĐND thông qua.",
     ["Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025"]),
])
def test_a_plan_renewed_every_year_is_named_by_its_period(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Khu kinh tế Vân Đồn triển khai 10 năm vẫn chưa đạt mục tiêu.", ["Khu kinh tế Vân Đồn"]),
    ("Khu du lịch này thuộc Khu kinh tế Nam Phú.", []),
    ("Tại các Khu công nghiệp tỉnh Bắc Giang có 300 dự án.", []),
    ("Tỉnh xây dựng “Khu nông nghiệp ứng dụng công nghệ cao phát triển chè Thái Nguyên” để thu hút đầu tư.",
     ["Khu nông nghiệp ứng dụng công nghệ cao phát triển chè Thái Nguyên"]),
])
def test_a_zone_ends_with_its_proper_name_and_a_place_where_something_is_is_none(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Bình, Giám đốc Sở Kế hoạch Đầu tư tỉnh Hòa Bình cho biết.", []),
    ("Giám đốc Dự án nâng cấp đô thị Cần Thơ cho biết tiến độ đạt 80%.", []),
    ("Tỉnh thu hồi 2 dự án thuộc Tập đoàn Hưng Phát.", []),
    ("Dự án khu dân cư Bắc Hà thuộc Công ty Hòa An chậm tiến độ.", ["Dự án khu dân cư Bắc Hà"]),
    ("Kỳ họp thông qua danh mục dự án Nhà nước thu hồi đất.", []),
    ("Sở phối hợp điều chỉnh cục bộ quy hoạch phân khu đô thị ven sông thành phố Hà Tĩnh.",
     ["quy hoạch phân khu đô thị ven sông thành phố Hà Tĩnh"]),
])
def test_bodies_owners_and_counts_are_not_programs(text, expected):
    assert names(text) == expected


def test_a_document_without_a_code_keeps_its_issuer_and_topic():
    assert names("Kỳ họp sửa đổi Nghị quyết số 12 ngày 10/7/2020 của HĐND tỉnh về chính sách hỗ trợ phát triển "
                 "nông nghiệp; đồng thời xem xét tờ trình.") == [
        "Nghị quyết số 12 ngày 10/7/2020 của HĐND tỉnh về chính sách hỗ trợ phát triển nông nghiệp"]


# --- the sample articles -----------------------------------------------------------

def sample_facts(stem: str) -> ArticleFacts:
    [article] = read_articles(article_path(stem)).articles
    return extract_facts(article)


def test_programs_of_a_seed_article():
    facts = sample_facts("003_36bfdb3d103ff365")
    found = {p.name: (p.kind, p.number, p.period) for p in facts.programs}
    assert found == {
        "Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025": ("Chương trình", None, "2021 - 2025"),
        "Quyết định số 348/QĐ-TTg": ("Quyết định", "348/QĐ-TTg", None),
        "Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030":
            ("Chiến lược", None, "đến năm 2025, định hướng đến năm 2030"),
        "Kết luận số 206-KL/TU": ("Kết luận", "206-KL/TU", None),
        "Đề án tổng thể chuyển đổi số tỉnh Bắc Kạn giai đoạn 2022 - 2025, định hướng đến năm 2030":
            ("Đề án", None, "2022 - 2025, định hướng đến năm 2030"),
        "Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2023": ("Kế hoạch", None, "2023"),
    }


@pytest.mark.parametrize("stem", available())
def test_evidence_of_sample_programs_quotes_the_article(stem):
    [article] = read_articles(article_path(stem)).articles
    for program in extract_facts(article).programs:
        evidence = program.evidence
        assert article.text[evidence.start:evidence.end].strip() == evidence.sentence
        assert program.name.split()[0].casefold() in evidence.sentence.casefold()


@pytest.mark.skipif(not (GOLD_FOLDERS[0].is_dir() and GOLD_FOLDERS[1].is_dir()), reason="shared gold not here")
@pytest.mark.parametrize("folder", GOLD_FOLDERS)
def test_programs_match_the_gold(folder):
    golds = load_gold_dir(folder)
    predictions = {}
    for file_name in golds:
        [article] = read_articles(article_path(file_name.removesuffix(".txt"))).articles
        predictions[file_name] = to_gold_json(extract_facts(article))
    assert score(golds, predictions).counts["programs"].f1 >= 0.9


def test_a_plan_named_by_its_number_ends_before_and():
    assert names("Hội nghị ở tỉnh Phú Yên. Ngành tiếp tục sắp xếp bộ máy theo Kế hoạch 53 và sắp xếp các trường "
                 "theo Kế hoạch 58 của Tỉnh ủy.") == ["Kế hoạch 53", "Kế hoạch 58"]


def test_an_instrument_named_by_its_number_alone_needs_no_code():
    assert names("Theo Quyết định số 2307 ngày 5/8/2025 của Bộ Chính trị, ông Lê Văn An giữ chức Bí thư. "
                 "Tỉnh triển khai Nghị định 154 và Nghị định số 150/2025 của Chính phủ.") == [
        "Quyết định số 2307", "Nghị định 154", "Nghị định số 150/2025"]
    # in lower case it is a decision the text does not name
    assert names("Ông Lê Văn An nhận quyết định số 12 của UBND tỉnh Nam Định.") == []


def test_a_cooperation_programme_or_a_work_schedule_is_no_initiative():
    assert names("Hai bên ký Chương trình hợp tác giữa UBND tỉnh Gia Lai với Trường Đại học X giai đoạn 2021-2025. "
                 "Quân chủng và Tập đoàn ký Chương trình phối hợp giai đoạn 2022 – 2025. Hội nghị thông qua chương "
                 "trình công tác năm 2024. Chương trình bám sát phương hướng của tỉnh.") == []
    # a zone or a project "hợp tác" stays a named programme
    assert names("Dự án hợp tác kinh tế Việt Nam - Hàn Quốc được triển khai tại tỉnh Hưng Yên.") != []


def test_the_national_target_programme_is_named_by_its_goal_or_its_period():
    assert names("Tỉnh thực hiện chương trình mục tiêu quốc gia. Tỉnh triển khai Chương trình mục tiêu quốc gia "
                 "giảm nghèo bền vững giai đoạn 2021 - 2025.") == [
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"]


def test_strategic_cooperation_and_the_project_named_above_are_no_programs():
    facts = facts_of("Ngày 5/3/2024, Tập đoàn T&T Group hợp tác chiến lược toàn diện với tỉnh Đồng Tháp, góp phần củng "
                     "cố quan hệ Đối tác chiến lược toàn diện Việt Nam – Hàn Quốc. Bộ Giao thông vận tải tổ chức thẩm "
                     "định Đề án nêu trên. UBND tỉnh ban hành Chiến lược phát triển du lịch tỉnh Đồng Tháp đến năm 2030.")
    assert [p.name for p in facts.programs] == ["Chiến lược phát triển du lịch tỉnh Đồng Tháp đến năm 2030"]


@pytest.mark.parametrize("text, name", [
    ("Tỉnh đẩy nhanh dự án cao tốc TP.HCM - Mộc Bài.", "dự án cao tốc TP.HCM - Mộc Bài"),
    ("Tỉnh đẩy nhanh dự án cao tốc Tuyên Quang – Hà Giang.", "dự án cao tốc Tuyên Quang – Hà Giang"),
])
def test_a_route_from_a_place_to_another_is_named_to_its_end(text, name):
    assert names(text) == [name]


def test_an_agenda_is_no_program():
    assert names("Ngày 5/12/2023, đoàn công tác của tỉnh Long An tham dự chương trình Hội đàm với Chính quyền Thành phố "
                 "Okayama. Trong chương trình làm việc tại tỉnh, đoàn thăm mô hình của Chương trình mục tiêu quốc gia xây "
                 "dựng nông thôn mới.") == ["Chương trình mục tiêu quốc gia xây dựng nông thôn mới"]


def test_a_national_target_program_is_named_in_lower_case_too_but_not_a_topic_in_a_list():
    assert names("Triển khai chương trình mục tiêu quốc gia xây dựng nông thôn mới, xã đã đạt 5/19 tiêu chí. Đối với "
                 "chương trình mục tiêu quốc gia giảm nghèo bền vững về cơ bản đã triển khai các dự án.") == [
        "chương trình mục tiêu quốc gia xây dựng nông thôn mới", "chương trình mục tiêu quốc gia giảm nghèo bền vững"]
    assert names("Đoàn làm việc về đầu tư công, nhà ở xã hội, chương trình mục tiêu quốc gia và thực hiện chính quyền "
                 "địa phương hai cấp.") == []


def test_the_capital_an_authority_allots_is_no_program():
    assert names("Giải ngân vốn đầu tư công đạt 49,3% kế hoạch tỉnh giao; riêng kế hoạch vốn Thủ tướng Chính phủ giao "
                 "đạt 70,1%.") == []


def test_what_comes_attached_to_a_draft_ends_its_name():
    assert names("Sở Tài chính báo cáo dự thảo Nghị quyết kèm tờ trình của UBND tỉnh về: Quy định mức chi.") == []


def test_a_provinces_master_plan_for_a_period_is_named_in_lower_case_too():
    assert names("Cuộc họp nghe báo cáo tiến độ điều chỉnh quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn đến "
                 "năm 2050, cùng với kịch bản tăng trưởng.") \
        == ["quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn đến năm 2050"]


def test_a_project_named_with_a_number_ends_before_and_and_other_things():
    assert names("UBND tỉnh xem xét lộ trình triển khai dự án Vành đai 4 và các trục động lực kết nối liên vùng.") \
        == ["dự án Vành đai 4"]


def test_a_conclusion_numbered_without_its_code_is_named_by_its_issuer_and_topic():
    facts = facts_of("Bộ trưởng nhấn mạnh việc thực hiện Kết luận 49 của Ban Bí thư về công tác khuyến học, khuyến "
                     "tài. Thực hiện Kết luận số 02-KL/HU của Huyện ủy về phát triển sản xuất.")
    assert {p.name for p in facts.programs} == {"Kết luận 49 của Ban Bí thư về công tác khuyến học, khuyến tài",
                                                "Kết luận số 02-KL/HU"}


def test_the_body_that_runs_a_program_and_its_period_belong_to_its_name():
    assert names("Sáng 27/9/2022, Ủy ban Thường vụ Quốc hội tổ chức hội nghị triển khai Chương trình giám sát của Quốc "
                 "hội năm 2023.") == ["Chương trình giám sát của Quốc hội năm 2023"]
    # without a period the body only says whose it is; after a bare trigger it names no one instrument
    assert names("Sáng 27/9/2022, tỉnh triển khai Chương trình giám sát của Quốc hội.") == ["Chương trình giám sát"]
    assert names("Sáng 27/9/2022, huyện triển khai Nghị quyết của Ban Chấp hành Đảng bộ huyện khóa XXIV.") == []
