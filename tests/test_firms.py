"""The vi_firms component: firms named by their group, and partnerships with their parties."""
from __future__ import annotations

import pytest
from lexicon_fixtures import extract_facts, read_articles
from sample_articles import GOLD_FOLDERS, article_path, available

from extract.components import firms  # noqa: F401  (registers vi_firms)
from extract.evaluate import load_gold_dir, score
from extract.facts import Article, ArticleFacts
from extract.gold_format import to_gold_json


def facts_of(text: str) -> ArticleFacts:
    facts = extract_facts(Article(name="t", source="t", text=text))
    for fact in facts.firms + facts.partnerships:
        assert text[fact.evidence.start:fact.evidence.end].strip() == fact.evidence.sentence
    return facts


def firms_in(text: str) -> dict[str, list[str]]:
    return {firm.name: firm.aliases for firm in facts_of(text).firms}


def partnerships_in(text: str) -> list[tuple[list[str], str]]:
    return [(p.parties, p.label) for p in facts_of(text).partnerships]


# --- firms -------------------------------------------------------------------------

def test_a_firm_whose_name_holds_a_provinces_name_is_no_branch_in_that_province():
    # the second spelling is an alias, whose end a branch is read from
    facts = facts_of("Sáng 27/5/2025, Phó Chủ tịch UBND tỉnh Lào Cai tiếp Tổng Giám đốc Tập đoàn Xây dựng Thái Bình Dương "
                     "(Trung Quốc) và lãnh đạo Chi nhánh Viettel Bình Dương. Tập đoàn xây dựng Thái Bình Dương (Trung "
                     "Quốc) mong muốn hợp tác.")
    assert {firm.name: [(b.province.name, b.alias) for b in firm.branches] for firm in facts.firms} == {
        "Tập đoàn Xây dựng Thái Bình Dương": [], "Viettel": [("Bình Dương", "Chi nhánh Viettel Bình Dương")]}


def test_branches_and_provincial_units_count_as_their_group():
    assert firms_in("Sở làm việc với Chi nhánh Viettel Quảng Bình, Viễn thông Nghệ An, VNPT - Hà Tĩnh "
                    "và Công ty Cổ phần FPT.") == {
        "Viettel": ["Chi nhánh Viettel Quảng Bình"],
        "VNPT": ["Viễn thông Nghệ An", "VNPT - Hà Tĩnh"],
        "FPT": ["Công ty Cổ phần FPT"],
    }
    assert firms_in("Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) phối hợp với Bưu điện tỉnh Quảng Trị, "
                    "Agribank chi nhánh Hà Tĩnh và Công ty Điện lực Nghệ An.") == {
        "VNPT": ["Tập đoàn Bưu chính Viễn thông Việt Nam"],
        "Vietnam Post": ["Bưu điện tỉnh Quảng Trị"],
        "Agribank": ["Agribank chi nhánh Hà Tĩnh"],
        "EVN": ["Công ty Điện lực Nghệ An"],
    }


def test_a_long_name_is_matched_whatever_its_case():
    assert firms_in("Đại diện Tập đoàn Công nghiệp - Viễn thông quân đội phát biểu.") == {
        "Viettel": ["Tập đoàn Công nghiệp - Viễn thông quân đội"]}


def test_a_firm_named_again_is_one_firm_with_its_first_sentence():
    facts = facts_of("Viettel Hà Tĩnh hỗ trợ lắp đặt. Sau đó Viettel tiếp tục triển khai.")
    [firm] = facts.firms
    assert (firm.name, firm.aliases, firm.evidence.sentence) == (
        "Viettel", ["Viettel Hà Tĩnh"], "Viettel Hà Tĩnh hỗ trợ lắp đặt.")


@pytest.mark.parametrize("text, name", [
    ("Công ty TNHH Xây dựng Hoàng Long thi công công trình.", "Công ty TNHH Xây dựng Hoàng Long"),
    ("Công ty TNHH Xây dựng và Thương mại Minh Phát phối hợp với Sở.",
     "Công ty TNHH Xây dựng và Thương mại Minh Phát"),
    ("Công ty CP Đầu tư phát triển nhà ở Hưng Thịnh, một doanh nghiệp lớn.",
     "Công ty CP Đầu tư phát triển nhà ở Hưng Thịnh"),
    ("Công ty Hoàng Long xây dựng Trường THCS Mỹ Thành.", "Công ty Hoàng Long"),
    ("Công ty TNHH MTV Xổ số kiến thiết Hải Dương nộp ngân sách.", "Công ty TNHH MTV Xổ số kiến thiết Hải Dương"),
    ("Công ty CP Tư vấn thiết kế giao thông Hải Dương lập hồ sơ.", "Công ty CP Tư vấn thiết kế giao thông Hải Dương"),
    ("Tổng công ty Xây dựng Công trình giao thông 4 - CTCP (Cienco 4) là nhà thầu.",
     "Tổng công ty Xây dựng Công trình giao thông 4"),
    ("Công ty Cổ phần Sông Hồng 9 (SH9) thi công.", "Công ty Cổ phần Sông Hồng 9"),
    ("Công ty Hoàng Long 2 năm liền đạt giải.", "Công ty Hoàng Long"),
    ("Lãnh đạo tỉnh thăm Công ty TNHH Hyosung Việt Nam.", "Hyosung"),  # a brand keeps its name
])
def test_a_company_outside_the_lexicon_is_named_as_written_with_its_legal_form(text, name):
    [(found, _aliases)] = firms_in(text).items()
    assert found == name


@pytest.mark.parametrize("text", [
    "Các doanh nghiệp viễn thông tích cực phát triển ngân hàng số.",
    "Toàn tỉnh có 120 điểm Bưu điện văn hóa xã.",
    "Lãnh đạo Ngân hàng Thế giới (WB) làm việc với tỉnh.",
    "Sở phối hợp với bưu điện trả kết quả thủ tục hành chính.",
    "CNTT và Viễn Thông\nSở tổ chức hội nghị.",
    "Ông là giám đốc công ty cổ phần.",
    "Chất lượng dịch vụ bưu chính - viễn thông được nâng cao.",
])
def test_common_nouns_are_not_firms(text):
    assert firms_in(text) == {}


@pytest.mark.parametrize("text, expected", [
    ("Giám đốc Công ty lữ hành Sông Hương Travel cho biết đơn vị giảm giá tour.",
     {"Sông Hương Travel": ["Công ty lữ hành Sông Hương Travel"]}),
    ("Giám đốc Công ty du lịch SunTour Trần Minh Đức cho biết.", {"SunTour": ["Công ty du lịch SunTour"]}),
    ("Giám đốc Công ty Saigontourist khu vực miền Trung Lê Văn Hòa giới thiệu tour mới.",
     {"Saigontourist": ["Công ty Saigontourist"]}),
    ("Công ty khởi nghiệp Edtech Việt ra mắt ứng dụng học tập.", {"Edtech Việt": ["Công ty khởi nghiệp Edtech Việt"]}),
    ("Công ty liên doanh Kumho Việt Nam trao tặng xe cứu thương.",
     {"Kumho Việt Nam": ["Công ty liên doanh Kumho Việt Nam"]}),
    ("Ông Lee Jae Won, Tổng Giám đốc Daekwang Việt Nam cho biết công ty sẽ mở rộng đầu tư.", {"Daekwang Việt Nam": []}),
])
def test_a_firm_after_its_line_of_business_or_its_head_is_named_by_its_brand(text, expected):
    assert firms_in(text) == expected


def test_a_group_and_its_arm_in_vietnam_are_one_firm():
    facts = facts_of("Tập đoàn Daekwang đầu tư nhà máy. Ông Park, Tổng Giám đốc Daekwang Việt Nam cho biết. "
                     "Tỉnh và Tập đoàn Daekwang ký kết biên bản ghi nhớ về đào tạo nghề.")
    assert {f.name: sorted(f.aliases) for f in facts.firms} == {
        "Daekwang": ["Daekwang Việt Nam", "Tập đoàn Daekwang"]}


@pytest.mark.parametrize("text", [
    "Sinh viên Trường Đại học FPT đạt giải nhất.",
    "Bác sĩ Lê Hòa, Giám đốc Bệnh viện Quốc tế Becamex cho biết.",
    "Các công ty du lịch Hà Nội giảm giá tour.",
    "Tổng Giám đốc TTXVN dự lễ khai mạc.",
    "Tổng Giám đốc Bảo hiểm xã hội Việt Nam làm việc với tỉnh.",
    "Lãnh đạo Ngân hàng Phát triển châu Á làm việc với tỉnh.",
    "Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân 5 tỷ đồng.",
    "Công ty xuất khẩu sang Nhật Bản 1.000 tấn tôm.",
])
def test_bodies_named_after_firms_places_and_public_heads_are_no_firm(text):
    assert firms_in(text) == {}


# --- partnerships --------------------------------------------------------------------

def test_an_agreement_between_two_parties():
    assert partnerships_in(
        "Tham mưu ký kết thỏa thuận hợp tác về chuyển đổi số giai đoạn 2024 - 2025 giữa UBND tỉnh Nghệ An "
        "và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT).") == [
        (["Ủy ban nhân dân tỉnh Nghệ An", "VNPT"], "thỏa thuận hợp tác về chuyển đổi số giai đoạn 2024 - 2025")]


def test_an_agreement_with_a_party_takes_the_subject_as_the_other():
    assert partnerships_in(
        "Sở Thông tin và Truyền thông tỉnh Lào Cai ký kết biên bản ghi nhớ với Viettel Lào Cai về hạ tầng số.") == [
        (["Sở Thông tin và Truyền thông tỉnh Lào Cai", "Viettel"], "biên bản ghi nhớ")]


@pytest.mark.parametrize("text, firm, label", [
    ("UBND tỉnh Nghệ An và Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) tổ chức lễ ký kết thỏa thuận "
     "hợp tác toàn diện giai đoạn 2025 - 2030.", "Vietcombank", "thỏa thuận hợp tác toàn diện giai đoạn 2025 - 2030"),
    ("UBND tỉnh Nghệ An và Tập đoàn FPT ký kết hợp tác về chuyển đổi số.", "FPT", "ký kết hợp tác về chuyển đổi số"),
])
def test_parties_listed_before_a_signing_sign_the_agreement(text, firm, label):
    assert partnerships_in(text) == [(["Ủy ban nhân dân tỉnh Nghệ An", firm], label)]


@pytest.mark.parametrize("text, parties", [
    ("Lễ ký kết thỏa thuận hợp tác giữa Sở Du lịch Lào Cai với Tập đoàn Mường Thanh diễn ra sáng nay.",
     ["Sở Du lịch tỉnh Lào Cai", "Mường Thanh"]),
    ("Hai bên đã ký kết thỏa thuận hợp tác giữa tỉnh Bắc Giang và Tập đoàn Luxshare.",
     ["Ủy ban nhân dân tỉnh Bắc Giang", "Luxshare"]),
    ("Tỉnh Thanh Hóa và Liên doanh Lọc hóa dầu Nghi Sơn ký kết thỏa thuận hợp tác về bảo vệ môi trường.",
     ["Ủy ban nhân dân tỉnh Thanh Hóa", "Liên doanh Lọc hóa dầu Nghi Sơn"]),
    ("Công ty khởi nghiệp Edtech Việt đã ký kết thỏa thuận hợp tác với UBND huyện Yên Phong.",
     ["Edtech Việt", "Ủy ban nhân dân huyện Yên Phong"]),
    # a working session about the plan two parties cooperate by
    ("Sáng 27/5/2022, Chủ tịch UBND tỉnh An Giang Lê Văn Ba làm việc với đoàn công tác về kế hoạch hợp tác năm 2022 "
     "giữa UBND tỉnh An Giang với Trường Đại học Cần Thơ.", ["Ủy ban nhân dân tỉnh An Giang", "Trường Đại học Cần Thơ"]),
])
def test_provinces_and_start_ups_are_parties_and_giua_a_voi_b_lists_both(text, parties):
    [(found, _label)] = partnerships_in(text)
    assert found == parties


def test_a_province_where_the_subject_stands_is_no_party():
    assert partnerships_in("Tại tỉnh Bắc Ninh, Tập đoàn Samsung ký kết thỏa thuận hợp tác với Trường Đại học "
                           "Bách khoa Hà Nội.")[0][0] == ["Samsung", "Trường Đại học Bách khoa Hà Nội"]


def test_a_list_after_voi_signs_with_the_party_named_before_it():
    assert partnerships_in(
        "Ngày 3/4, Cục Chăn nuôi đã phối hợp với Sở Nông nghiệp - PTNT tỉnh Nghệ An và Sở Nông nghiệp-PTNT tỉnh Hà "
        "Tĩnh ký quy chế phối hợp trong quản lý con giống.") == [
        (["Cục Chăn nuôi", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An",
          "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh"],
         "quy chế phối hợp trong quản lý con giống")]


def test_an_agreement_named_again_is_the_first_one():
    assert partnerships_in(
        "UBND tỉnh Nghệ An và Tập đoàn FPT ký kết thỏa thuận hợp tác về chuyển đổi số. Theo đó, Sở Thông tin và "
        "Truyền thông tỉnh Nghệ An và Tập đoàn FPT đã ký kết thỏa thuận hợp tác về chuyển đổi số.") == [
        (["Ủy ban nhân dân tỉnh Nghệ An", "FPT"], "thỏa thuận hợp tác về chuyển đổi số")]


@pytest.mark.parametrize("text", [
    "Sở Y tế và Sở Tài chính tỉnh Nghệ An đã triển khai thỏa thuận phối hợp.",
    "Hai bên ký kết thỏa thuận hợp tác chiến lược về chuyển đổi số.",
    "Tỉnh sẽ ký kết hiệp định vay vốn với Ngân hàng Thế giới.",
    "Sở phối hợp với Viettel Hà Tĩnh triển khai camera.",
])
def test_no_partnership_without_an_agreement_and_two_parties(text):
    assert partnerships_in(text) == []


# --- the sample articles -----------------------------------------------------------

def sample_facts(stem: str) -> ArticleFacts:
    [article] = read_articles(article_path(stem)).articles
    return extract_facts(article)


def test_firms_and_partnerships_of_a_seed_article():
    facts = sample_facts("003_36bfdb3d103ff365")
    assert {f.name: f.aliases for f in facts.firms} == {
        "Viettel": ["Tập đoàn Công nghiệp - Viễn thông quân đội"], "FPT": ["Công ty Cổ phần FPT"]}
    assert [(p.parties, p.label) for p in facts.partnerships] == [
        (["Ủy ban nhân dân tỉnh Bắc Kạn", "Viettel"],
         "thỏa thuận hợp tác chiến lược về chuyển đổi số giai đoạn 2022 -2025, định hướng đến năm 2030"),
        (["Ủy ban nhân dân tỉnh Bắc Kạn", "FPT"],
         "thỏa thuận hợp tác đồng hành, hỗ trợ, tư vấn triển khai các nhiệm vụ chuyển đổi số giai đoạn 2023 – 2025"),
    ]


def test_provincial_units_of_a_seed_article():
    facts = sample_facts("001_702b8c177ce9849a")
    assert {f.name: f.aliases for f in facts.firms} == {
        "Viettel": ["Chi nhánh Viettel Thái Nguyên"], "VNPT": ["Viễn Thông Thái Nguyên"],
        "FPT": ["FPT Thái Nguyên"]}


def test_no_firm_in_a_seed_article_about_telecom_firms_in_general():
    assert sample_facts("000_90f5884eeaaab9de").firms == []


@pytest.mark.parametrize("stem", available())
def test_evidence_of_sample_firms_quotes_the_article(stem):
    [article] = read_articles(article_path(stem)).articles
    facts = extract_facts(article)
    for fact in facts.firms + facts.partnerships:
        assert article.text[fact.evidence.start:fact.evidence.end].strip() == fact.evidence.sentence


@pytest.mark.skipif(not (GOLD_FOLDERS[0].is_dir() and GOLD_FOLDERS[1].is_dir()), reason="shared gold not here")
@pytest.mark.parametrize("folder", GOLD_FOLDERS)
def test_firms_and_partnerships_match_the_gold(folder):
    golds = load_gold_dir(folder)
    predictions = {}
    for file_name in golds:
        [article] = read_articles(article_path(file_name.removesuffix(".txt"))).articles
        predictions[file_name] = to_gold_json(extract_facts(article))
    counts = score(golds, predictions).counts
    assert counts["firms"].f1 >= 0.9
    assert counts["partnerships"].f1 >= 0.9


def test_a_firm_written_with_its_form_or_line_of_business_in_other_words_is_one_firm():
    assert firms_in("Phó Chủ tịch UBND tỉnh thăm Công ty cổ phần May Minh Tân. Tại Công ty cổ phần may Minh Tân, "
                    "ông ghi nhận kết quả sản xuất.") \
        == {"Công ty cổ phần May Minh Tân": ["Công ty cổ phần may Minh Tân"]}
    assert list(firms_in("UBND tỉnh làm việc với Tập đoàn Xây dựng Hoàng Long. Công ty TNHH Tập đoàn Xây dựng Hoàng "
                         "Long đề xuất dự án.")) == ["Tập đoàn Xây dựng Hoàng Long"]


def test_the_names_listed_after_a_kind_of_firm_in_the_plural_are_firms():
    assert set(firms_in("Osaka là nơi đặt trụ sở của nhiều tập đoàn nổi tiếng như Hanwa, Kibo và Sorai.")) \
        == {"Hanwa", "Kibo", "Sorai"}
    assert set(firms_in("2 doanh nghiệp du lịch là: Lotus villa và The Sun Resort đã trao 50 triệu đồng.")) \
        == {"Lotus villa", "The Sun Resort"}
    # countries or provinces listed after the firms are no firms
    assert firms_in("Tỉnh thu hút các doanh nghiệp của các nước như Nhật Bản, Hàn Quốc và Singapore.") == {}
    assert firms_in("Các doanh nghiệp Việt Nam tại 4 tỉnh Nam Lào gồm Chăm Pa Sắc, A Ta Pư và Sê Kông.") == {}


def test_one_party_signing_with_each_of_a_list_has_a_partnership_with_each():
    assert partnerships_in("UBND tỉnh Nam Định ký biên bản ghi nhớ hợp tác với 3 trường đại học gồm: Đại học Xây dựng "
                           "Hà Nội, Đại học Thủy lợi và Đại học Thương mại.") == [
        (["Ủy ban nhân dân tỉnh Nam Định", "Đại học Xây dựng Hà Nội"], "biên bản ghi nhớ hợp tác"),
        (["Ủy ban nhân dân tỉnh Nam Định", "Đại học Thủy lợi"], "biên bản ghi nhớ hợp tác"),
        (["Ủy ban nhân dân tỉnh Nam Định", "Đại học Thương mại"], "biên bản ghi nhớ hợp tác")]


def test_a_body_holding_a_signing_ceremony_with_another_signs_with_it_but_not_a_planned_signing():
    assert partnerships_in("Chiều 9/1/2026, UBND tỉnh Nam Định phối hợp với Tập đoàn Bưu chính Viễn thông Việt Nam "
                           "(VNPT) tổ chức Lễ ký kết thỏa thuận hợp tác về chuyển đổi số.") \
        == [(["Ủy ban nhân dân tỉnh Nam Định", "VNPT"], "thỏa thuận hợp tác về chuyển đổi số")]
    assert partnerships_in("UBND tỉnh Nam Định sẽ làm việc với tỉnh Thái Bình để ký kết hiệp định vay vốn.") == []


def test_a_name_joined_by_a_hyphen_without_spaces_is_the_same_name():
    # "Công nghiệp-Viễn thông" as typed without spaces: the group of firms.tsv, whole
    facts = facts_of("Sáng 9/3/2022, UBND tỉnh Hải Dương và Tập đoàn Công nghiệp-Viễn thông Quân đội ký kết thỏa "
                     "thuận hợp tác về chuyển đổi số.")
    assert {firm.name for firm in facts.firms} == {"Viettel"}


def test_a_company_named_with_its_legal_form_in_full_is_a_firm_though_a_place_ends_its_name():
    found = firms_in("Ngày 7/4/2022, UBND tỉnh Trà Vinh và Công ty cổ phần xuất nhập khẩu Bến Tre ký kết hợp tác. "
                     "Lãnh đạo Công ty cổ phần xuất nhập khẩu tỉnh Bến Tre làm việc với huyện. Các công ty cổ phần du "
                     "lịch Hà Nội cũng tham gia.")
    assert found == {"Công ty cổ phần xuất nhập khẩu Bến Tre": ["Công ty cổ phần xuất nhập khẩu tỉnh Bến Tre"]}


def test_a_brand_in_brackets_after_a_company_s_name_names_the_firm():
    found = firms_in("Ngày 7/4/2022, UBND tỉnh Trà Vinh và Công ty xuất nhập khẩu Bến Tre (Betrimex) ký kết hợp tác.")
    assert found == {"Betrimex": ["Công ty xuất nhập khẩu Bến Tre"]}


def test_a_firm_signing_alone_at_a_provincial_event_signs_with_the_province():
    text = ("Ngày 25/7/2023, UBND tỉnh Long An tổ chức hội nghị xúc tiến đầu tư. Công ty TNHH Phúc Thành ký bản "
            "ghi nhớ đầu tư hạ tầng khu công nghiệp.")
    assert partnerships_in(text) == [(["Ủy ban nhân dân tỉnh Long An", "Công ty TNHH Phúc Thành"],
                                      "bản ghi nhớ đầu tư hạ tầng khu công nghiệp")]
    # an article whose province is unknown: whom the firm signed with, nobody can tell
    assert partnerships_in("Công ty TNHH Phúc Thành ký bản ghi nhớ đầu tư hạ tầng khu công nghiệp.") == []


@pytest.mark.parametrize("text, parties", [
    ("Sáng 10/3/2024, hai tỉnh Cà Mau và Ninh Bình ký kết chương trình hợp tác.", {"tỉnh Cà Mau", "tỉnh Ninh Bình"}),
    ("Sáng 10/3/2024, tỉnh Vĩnh Phúc và tỉnh Chungcheongbuk ký bản ghi nhớ hợp tác hữu nghị.",
     {"tỉnh Vĩnh Phúc", "tỉnh Chungcheongbuk"}),
    ("Sáng 17/12/2024, hai tỉnh Phú Thọ và Tochigi đã ký kết biên bản ghi nhớ hợp tác hữu nghị.",
     {"tỉnh Phú Thọ", "tỉnh Tochigi"}),
    ("Vĩnh Long và Niigata (Nhật Bản) ký kết hợp tác nhiều lĩnh vực.", {"tỉnh Vĩnh Long", "tỉnh Niigata"}),
    # each party with its country in brackets
    ("Ngày 6/3/2019, hai tỉnh ký biên bản ghi nhớ thiết lập quan hệ kết nghĩa giữa tỉnh Hà Giang (Việt Nam) và tỉnh "
     "Benguet (Philippin).", {"tỉnh Hà Giang", "tỉnh Benguet"}),
    # with a firm, a province signs by its government; the firm named bare is the firm
    ("Sáng 5/1/2021, tỉnh Đắk Lắk và Tập đoàn VNPT ký thỏa thuận hợp tác chuyển đổi số.",
     {"Ủy ban nhân dân tỉnh Đắk Lắk", "VNPT"}),
    ("Đồng Tháp và Kanematsu (Nhật Bản) ký biên bản ghi nhớ. Tập đoàn Kanematsu cam kết tuyển thực tập sinh.",
     {"Ủy ban nhân dân tỉnh Đồng Tháp", "Kanematsu"}),
    # provinces listed before the signing, one more after "với": one agreement of them all
    ("Ngày 4/11/2025, hai tỉnh Nam Định và Thái Bình ký kết hợp tác với tỉnh Ninh Bình.",
     {"tỉnh Nam Định", "tỉnh Thái Bình", "tỉnh Ninh Bình"}),
])
def test_provinces_signing_with_each_other_are_the_provinces(text, parties):
    assert [set(found) for found, _ in partnerships_in(text)] == [parties]


def test_a_province_signing_with_the_firms_listed_after_voi_signs_with_each():
    text = ("Ngày 10/5/2025, tỉnh Nam Định đã ký kết hợp tác chiến lược với các doanh nghiệp lớn trong các lĩnh vực "
            "chuyển đổi số, du lịch như Vingroup, Tập đoàn công nghệ CMC và Cục Du lịch quốc gia Việt Nam.")
    assert "Tập đoàn công nghệ CMC" in firms_in(text)  # its name ends before the body coordinated with it
    assert sorted(sorted(parties) for parties, _ in partnerships_in(text)) == [
        ["Cục Du lịch quốc gia Việt Nam", "Ủy ban nhân dân tỉnh Nam Định"],
        ["Tập đoàn công nghệ CMC", "Ủy ban nhân dân tỉnh Nam Định"],
        ["Vingroup", "Ủy ban nhân dân tỉnh Nam Định"]]
    assert partnerships_in("Ngày 3/11/2025, UBND tỉnh Nam Định ký kết biên bản hợp tác với Tập đoàn Viettel.") == [
        (["Ủy ban nhân dân tỉnh Nam Định", "Viettel"], "biên bản hợp tác")]


def test_an_acronym_after_a_province_is_no_province_of_another_country():
    assert partnerships_in("Tỉnh Quảng Trị và VKBIA ký kết biên bản ghi nhớ.") == []


def test_officials_who_sign_sign_for_the_body_their_title_names():
    assert partnerships_in(
        "Ngày 11/9/2025, Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn và Tổng Giám đốc VNPT Tô Dũng Thái ký kết thỏa "
        "thuận hợp tác về chuyển đổi số.") \
        == [(["Ủy ban nhân dân tỉnh Gia Lai", "VNPT"], "thỏa thuận hợp tác về chuyển đổi số")]
    # a city of another country signs too, and a joint declaration is an agreement
    [(parties, label)] = partnerships_in(
        "Ngày 5/12/2023, Phó Chủ tịch UBND tỉnh Long An – Phạm Tấn Hòa và Ông Masao Omori - Thị trưởng Thành phố "
        "Okayama đã ký kết Tuyên bố chung về hợp tác đào tạo nghề.")
    assert sorted(parties) == ["thành phố Okayama", "tỉnh Long An"] and label.startswith("tuyên bố chung")
    # witnesses and officials with several posts name no one side each
    assert partnerships_in(
        "Dưới sự chứng kiến của ông Lê Văn An, Bí thư Tỉnh ủy Đồng Tháp, ông Đỗ Văn Hiển, Chủ tịch HĐQT Tập đoàn "
        "T&T Group và ông Nguyễn Văn Dương, Chủ tịch UBND tỉnh Đồng Tháp đã ký kết thỏa thuận hợp tác.") == []


def test_universities_listed_after_the_abbreviation_the_article_defines_for_them():
    # "(ĐH)" defines an abbreviation between the kind of partners and the list of them
    found = partnerships_in("Ngày 26-11, UBND TP Cần Thơ tổ chức hội nghị ký kết hợp tác với các trường đại học "
                            "(ĐH), gồm: Đại học Cần Thơ, Trường Đại học Y dược Cần Thơ, Trường Đại học Tây Đô.")
    assert sorted(parties for parties, _ in found) == [
        ["Ủy ban nhân dân thành phố Cần Thơ", "Trường Đại học Tây Đô"],
        ["Ủy ban nhân dân thành phố Cần Thơ", "Trường Đại học Y dược Cần Thơ"],
        ["Ủy ban nhân dân thành phố Cần Thơ", "Đại học Cần Thơ"]]
