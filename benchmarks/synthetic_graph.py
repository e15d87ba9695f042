"""Synthetic graphs shaped like the knowledge graph, for the view's benchmark and demo.

The proportions and links imitate provincial news: agencies in provinces, officials
holding posts, meetings with a chair and attendees, articles reporting meetings and
naming programs, firms partnering with agencies. Names are made up from common
Vietnamese syllables; nothing here is read from real articles.
"""
from __future__ import annotations

import random

import networkx as nx

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Đình"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam",
         "Phong", "Quân", "Sơn", "Thảo", "Trung", "Tuấn", "Việt", "Yến", "Đông"]
PROVINCES = ["Hà Giang", "Lạng Sơn", "Thái Nguyên", "Nam Định", "Ninh Bình", "Nghệ An",
             "Quảng Bình", "Quảng Nam", "Gia Lai", "Đắk Lắk", "Long An", "Cà Mau"]
AGENCIES = ["Ủy ban nhân dân", "Sở Y tế", "Sở Tài chính", "Sở Giáo dục và Đào tạo",
            "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Sở Xây dựng", "Ban Dân tộc"]
ROLES = ["Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Chánh Văn phòng"]
EVENT_ROLES = ["chủ trì", "chỉ đạo", "dự", "dự", "dự", "phát biểu"]
EVENT_KINDS = ["Hội nghị", "Hội thảo", "Buổi làm việc", "Lễ ký kết", "Tọa đàm"]
TOPICS = ["chuyển đổi số", "cải cách hành chính", "phát triển du lịch", "y tế cơ sở",
          "xây dựng nông thôn mới", "giáo dục nghề nghiệp"]
FIRMS = ["Viettel", "VNPT", "FPT", "MobiFone", "Vietcombank", "EVN", "Petrolimex", "Sun Group"]

# Share of each node type, roughly as in a store built from provincial news.
SHARES = {"person": 0.34, "organization": 0.14, "event": 0.2, "article": 0.22, "program": 0.06,
          "firm": 0.02, "province": 0.02}


def synthetic_graph(n_nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph in the view's contract (see viz.html) with about `n_nodes` nodes."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    count = {kind: max(1, round(n_nodes * share)) for kind, share in SHARES.items()}
    ids = {kind: [f"{kind}/{i}" for i in range(n)] for kind, n in count.items()}

    def add(kind: str, i: int, label: str, province: str | None = None) -> None:
        fact = {"text": f"{label} được nêu trong bài", "evidence": f"Câu nêu {label}.",
                "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": f"bai-{i % 997}"}
        graph.add_node(ids[kind][i], type=kind, label=label, province=province,
                       dates=[fact["date"]], facts=[fact])

    def link(source: str, target: str, label: str, **extra) -> None:
        fact = {"text": label, "evidence": f"Câu cho biết quan hệ “{label}”.", "date": None,
                "source": "bai-tong-hop"}
        graph.add_edge(source, target, label=label, facts=[fact], **extra)

    provinces = [PROVINCES[i % len(PROVINCES)] + (f" {i // len(PROVINCES)}" if i >= len(PROVINCES) else "")
                 for i in range(count["province"])]
    for i, name in enumerate(provinces):
        add("province", i, name)
    org_province = []
    for i in range(count["organization"]):
        province = rng.randrange(len(provinces))
        org_province.append(province)
        add("organization", i, f"{AGENCIES[i % len(AGENCIES)]} tỉnh {provinces[province]}",
            provinces[province])
        if i % len(AGENCIES):  # departments belong to the provincial people's committee
            link(ids["organization"][i], ids["organization"][i - i % len(AGENCIES)], "trực thuộc")
        else:  # which is in its province
            link(ids["organization"][i], ids["province"][province], "thuộc địa bàn")
    for i in range(count["person"]):
        org = rng.randrange(count["organization"])
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        add("person", i, name, provinces[org_province[org]])
        link(ids["person"][i], ids["organization"][org], rng.choice(ROLES))
    for i in range(count["program"]):
        add("program", i, f"Đề án {rng.choice(TOPICS)} giai đoạn 2021 - 2025 số {i}")
    for i in range(count["firm"]):
        add("firm", i, FIRMS[i % len(FIRMS)] + (f" {i // len(FIRMS)}" if i >= len(FIRMS) else ""))
        for _ in range(3):
            link(ids["firm"][i], rng.choice(ids["organization"]), "hợp tác", symmetric=True)
    for i in range(count["event"]):
        org = rng.randrange(count["organization"])
        add("event", i, f"{rng.choice(EVENT_KINDS)} về {rng.choice(TOPICS)} tại "
            f"{provinces[org_province[org]]}", provinces[org_province[org]])
        link(ids["organization"][org], ids["event"][i], "tổ chức")
        for person in rng.sample(ids["person"], min(len(ids["person"]), rng.randint(2, 5))):
            link(person, ids["event"][i], rng.choice(EVENT_ROLES))
    for i in range(count["article"]):
        add("article", i, f"Tin số {i}: {rng.choice(EVENT_KINDS).lower()} về {rng.choice(TOPICS)}")
        link(ids["event"][i % count["event"]], ids["article"][i], "được nêu trong")
        link(ids["article"][i], rng.choice(ids["province"]), "địa bàn")
        if rng.random() < 0.5:
            link(rng.choice(ids["program"]), ids["article"][i], "được nêu trong")
    return graph
