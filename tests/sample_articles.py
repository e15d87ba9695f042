"""The ten sample articles for the ingest tests, and what a careful reader finds in them.

Read from the shared corpus (`../shared/corpus/{seed,extra}`) when it is beside the
repository, else from the five seed copies bundled in `kg/sample/`. The expected
headline, date and credits repeat the gold files (`../shared/gold/*/`), so the
tests also run without them; `test_expectations_match_gold` checks the copy.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS_FOLDERS = (SHARED / "corpus" / "seed", SHARED / "corpus" / "extra", REPO / "kg" / "sample")
GOLD_FOLDERS = (SHARED / "gold" / "dev", SHARED / "gold" / "extra")


@dataclass(frozen=True)
class Expected:
    title: str
    date: str | None
    authors: dict[str, str]  # name -> kind


EXPECTED: dict[str, Expected] = {
    "000_90f5884eeaaab9de": Expected(
        "Sở Thông tin và Truyền thông Tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024",
        "2024-01-04", {}),
    "001_702b8c177ce9849a": Expected(
        "Công tác thông tin và truyền thông Thái Nguyên Năm 2018 và nhiệm vụ trọng tâm năm 2019",
        "2018-12-03", {"Vũ Quốc Thạnh": "byline", "Đỗ Xuân Hòa": "content_owner"}),
    "002_3be101e97fe9f6f0": Expected(
        "Thường trực Tỉnh ủy: Làm việc với Sở Thông tin và Truyền thông",
        "2021-06-09", {"Trịnh Cường": "byline", "Thành Tâm": "photo"}),
    "003_36bfdb3d103ff365": Expected(
        "Đồng chí Phạm Duy Hưng, Phó Chủ tịch UBND tỉnh làm việc với Sở Thông tin và Truyền thông",
        "2023-06-07", {}),
    "004_e623877a6278d958": Expected(
        "Chủ động công tác thông tin, truyền thông năm 2021 với nhiều sự kiện chính trị lớn",
        "2020-12-24", {"Phúc Quang": "byline"}),
    "09_binhdinh-bi-thu-tinh-uy-lam-viec-dang-uy-ubnd-tinh": Expected(
        "Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy UBND tỉnh", "2025-04-01", {}),
    "10_binhdinh-chu-tich-ubnd-lam-viec-huyen-van-canh": Expected(
        "Vân Canh cần tập trung hỗ trợ đầu tư phát triển Khu công nghiệp Becamex VSIP Bình Định",
        "2025-04-22", {"T.SỸ": "byline"}),
    "11_binhdinh-tiep-doan-ngan-hang-the-gioi": Expected(
        "Lãnh đạo UBND tỉnh làm việc với Đoàn công tác của Ngân hàng thế giới",
        "2025-04-18", {"Trang Lê": "byline"}),
    "12_binhdinh-chi-dao-xu-ly-vu-nu-sinh-bi-hanh-hung": Expected(
        "Chủ tịch UBND tỉnh yêu cầu xử lý nghiêm các vụ việc nữ sinh bị hành hung",
        None, {"Tuệ Lâm": "photo"}),
    "13_binhdinh-trao-quyet-dinh-nghi-huu-pho-giam-doc-so-xay-dung": Expected(
        "Gặp mặt, trao quyết định nghỉ hưu cho Phó Giám đốc Sở Xây dựng Võ Hữu Thiện",
        "2025-03-31", {}),
}


def article_path(stem: str) -> Path | None:
    """Where the sample article `stem` is on this machine, or None."""
    for folder in CORPUS_FOLDERS:
        path = folder / f"{stem}.txt"
        if path.is_file():
            return path
    return None


def gold_path(stem: str) -> Path | None:
    for folder in GOLD_FOLDERS:
        path = folder / f"{stem}.json"
        if path.is_file():
            return path
    return None


def available() -> list[str]:
    """Stems of the sample articles present here (at least the five bundled seeds)."""
    return [stem for stem in EXPECTED if article_path(stem)]
