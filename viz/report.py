"""The analytics report page: `viz.stats.Stats` as the text of one self-contained HTML file.

Tables for rankings, communities and provinces; inline SVG where a picture beats a
table (entities per province, the officials' timelines). No script, no external
resource; every name is HTML-escaped (names come from articles).
"""
from __future__ import annotations

from datetime import date
from html import escape

from viz.stats import Stats, TimelineEntry

BAR_WIDTH = 520
ROW_HEIGHT = 22
TIMELINE_WIDTH = 760
TYPE_COLORS = {  # the same colours as the network view
    "person": "#E69F00", "organization": "#0072B2", "program": "#CC79A7", "firm": "#D55E00",
    "event": "#56B4E9", "article": "#8C8C8C", "province": "#009E73",
}
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1000px; color: #222; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; } td, th { padding: 2px 10px 2px 0; text-align: left; vertical-align: top; }
th { color: #555; font-weight: 600; } .num { text-align: right; font-variant-numeric: tabular-nums; }
svg text { font: 12px system-ui, sans-serif; } .muted { color: #777; }
"""


def render_report(stats: Stats, *, title: str, top: int = 15) -> str:
    parts = [f"<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
             f"<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
             f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             "<h2>Thực thể theo loại</h2>", _table(["loại", "số lượng"],
                                                    [(k, str(v)) for k, v in stats.counts_by_type.most_common()]),
             "<h2>Thực thể theo tỉnh</h2>", _province_bars(stats),
             "<h2>Quan chức trung tâm nhất</h2>", _ranking(stats.central_people[:top]),
             "<h2>Cơ quan trung tâm nhất</h2>", _ranking(stats.central_organizations[:top]),
             "<h2>Cộng đồng</h2>", _table(["#", "thành viên"],
                                         [(str(i), ", ".join(m)) for i, m in enumerate(stats.communities[:top], 1)]),
             "<h2>Dòng thời gian</h2>", _timelines(stats, top),
             "<h2>Tỉnh</h2>", _provinces(stats),
             "</body></html>"]
    return "\n".join(parts)


def _table(header: list[str], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return "<p class='muted'>—</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _ranking(ranked) -> str:
    return _table(["tên", "bậc", "trung gian"], [(r.label, str(r.degree), f"{r.betweenness:.3f}") for r in ranked])


def _province_bars(stats: Stats) -> str:
    """A stacked bar per province: how many entities of each type it has."""
    rows = sorted(stats.counts_by_province.items(), key=lambda item: -sum(item[1].values()))
    if not rows:
        return "<p class='muted'>—</p>"
    most = max(sum(c.values()) for _, c in rows)
    label_width = 200
    height = ROW_HEIGHT * len(rows) + 10
    svg = [f"<svg width='{label_width + BAR_WIDTH + 60}' height='{height}' role='img' "
           f"aria-label='Thực thể theo tỉnh'>"]
    for i, (province, counts) in enumerate(rows):
        y = i * ROW_HEIGHT + 4
        svg.append(f"<text x='0' y='{y + 14}'>{escape(province)}</text>")
        x = float(label_width)
        for kind, count in sorted(counts.items()):
            width = BAR_WIDTH * count / most
            svg.append(f"<rect x='{x:.1f}' y='{y}' width='{width:.1f}' height='16' "
                       f"fill='{TYPE_COLORS.get(kind, '#999')}'><title>{escape(kind)}: {count}</title></rect>")
            x += width
        svg.append(f"<text x='{x + 6:.1f}' y='{y + 14}'>{sum(counts.values())}</text>")
    svg.append("</svg>")
    legend = " ".join(f"<span style='color:{c}'>■</span> {escape(k)}" for k, c in TYPE_COLORS.items())
    return "".join(svg) + f"<p class='muted'>{legend}</p>"


def _timelines(stats: Stats, top: int) -> str:
    """Each central official on a shared date axis: posts as squares, events as dots."""
    people = [(r.label, stats.timelines.get(r.label, [])) for r in stats.central_people[:top]]
    dated = [e.date for _, entries in people for e in entries if e.date]
    if not dated:
        return "<p class='muted'>—</p>"
    first, last = date.fromisoformat(min(dated)), date.fromisoformat(max(dated))
    span = max((last - first).days, 1)
    label_width = 180
    height = ROW_HEIGHT * len(people) + 30
    svg = [f"<svg width='{label_width + TIMELINE_WIDTH + 20}' height='{height}' role='img' aria-label='Dòng thời gian'>",
           f"<text x='{label_width}' y='{height - 6}'>{first.isoformat()}</text>",
           f"<text x='{label_width + TIMELINE_WIDTH - 70}' y='{height - 6}'>{last.isoformat()}</text>"]
    for i, (name, entries) in enumerate(people):
        y = i * ROW_HEIGHT + 12
        svg.append(f"<text x='0' y='{y + 4}'>{escape(name)}</text>"
                   f"<line x1='{label_width}' x2='{label_width + TIMELINE_WIDTH}' y1='{y}' y2='{y}' stroke='#ddd'/>")
        for entry in entries:
            if entry.date:
                x = label_width + TIMELINE_WIDTH * (date.fromisoformat(entry.date) - first).days / span
                svg.append(_mark(entry, x, y))
    svg.append("</svg>")
    return "".join(svg)


def _mark(entry: TimelineEntry, x: float, y: float) -> str:
    tip = f"<title>{escape(entry.date or '')} {escape(entry.text)}</title>"
    if entry.kind == "post":
        return f"<rect x='{x - 4:.1f}' y='{y - 4}' width='8' height='8' fill='{TYPE_COLORS['organization']}'>{tip}</rect>"
    return f"<circle cx='{x:.1f}' cy='{y}' r='4' fill='{TYPE_COLORS['event']}'>{tip}</circle>"


def _provinces(stats: Stats) -> str:
    sections = []
    for overview in stats.provinces:
        rows = ([("lãnh đạo", f"{person}: {post}") for person, post in overview.leaders]
                + [("chương trình", name) for name in overview.programs]
                + [("văn bản cấp trên được nêu", name) for name in overview.cited]
                + [("doanh nghiệp", name) for name in overview.firms])
        sections.append(f"<h3>{escape(overview.province)}</h3>" + _table(["", ""], rows))
    return "".join(sections) or "<p class='muted'>—</p>"
