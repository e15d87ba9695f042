"""The interactive network view: one self-contained HTML file that works offline.

`render_html` turns a typed networkx graph (the contract is described below and
built by `viz.graph.graph_from_store`) into the text of a page made with pyvis and our own
Jinja template: vis-network's JS and CSS from pyvis's bundled files are inlined
and a Content-Security-Policy forbids every fetch, so the page needs no network.
Positions come from `viz.layout` and physics stays off, so even 2,000 nodes are
usable at once; larger graphs are pruned by degree centrality, and the page says so.
The page names nodes at a readable size, most important first (`LABEL_PRIORITY`),
and the layout makes room for the first names. A focused page (`viz.focus`) opens
on its subject: selected nodes, or paths drawn highlighted and told step by step.

The graph contract (a `networkx.MultiDiGraph`):

* node attributes: `type` (a key of `NODE_STYLES`), `label` (Vietnamese display
  name), optional `aliases` (other names, found by the search), `province` (province
  names, ", "-joined), `dates` (list of ISO dates) and `facts`;
* edge attributes: `label` (Vietnamese relation: "chủ trì", "Phó Chủ tịch" ...),
  optional `category` (the kind of relation: how the side panel files it), `role`
  (the post or event role it stands for, offered by the role filter), `facts`,
  `symmetric` (true: drawn without an arrow);
* a fact is a dict: `text` (the statement), optional `evidence` (the sentence it
  was read from), `date`, `source` (the article's headline or name), `url` (the
  article's web address) and `file` (the file it was read from).

All of that text comes from articles and is untrusted: it reaches the page only
as JSON (escaped by Jinja's `tojson`) and is shown with `textContent` or drawn on
the canvas, never parsed as HTML; a `url` becomes a link only if it is http(s).
"""
from __future__ import annotations

import json
import math
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from viz.graph import ordered_subgraph
from viz.layout import VIEWPORT_PX, force_layout

TEMPLATES = Path(__file__).parent / "templates"
CANVAS_LABEL_CHARS = 60  # longer names are cut on the canvas; the side panel shows them whole
MAX_NODES = 2000  # above this, only the most central nodes are drawn (`kg view --max-nodes`)
VIS_LIB = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


@dataclass(frozen=True)
class NodeStyle:
    name: str  # the legend's Vietnamese name for the type
    color: str
    shape: str  # a vis-network shape with the label below it, so `value` sets its size
    glyph: str  # the same shape as a character, for the legend


# Okabe–Ito colours (distinguishable with colour-blindness), each with its own shape.
NODE_STYLES: dict[str, NodeStyle] = {
    "person": NodeStyle("Người", "#E69F00", "dot", "●"),
    "organization": NodeStyle("Cơ quan, tổ chức", "#0072B2", "square", "■"),
    "province": NodeStyle("Tỉnh, thành phố", "#009E73", "hexagon", "⬢"),
    "program": NodeStyle("Chương trình, đề án", "#CC79A7", "triangle", "▲"),
    "firm": NodeStyle("Doanh nghiệp", "#D55E00", "diamond", "◆"),
    "event": NodeStyle("Sự kiện", "#56B4E9", "star", "★"),
    "article": NodeStyle("Bài báo", "#8C8C8C", "triangleDown", "▼"),
}


# The side panel's sections, in this order: a person's posts first, an organization's
# parent and heads first. Each lists the edges of one category (the file of
# viz/queries/edges they come from) on one side: "from" the node shown, or "to" it.
# Edges no section lists are shown under OTHER_LINKS.
PANEL_SECTIONS: list[tuple[str, str, str]] = [
    ("Chức vụ theo thời gian", "memberships", "from"),
    ("Trực thuộc", "suborganizations", "from"),
    ("Lãnh đạo, cán bộ", "memberships", "to"),
    ("Sự kiện đã dự", "participations", "from"),
    ("Sự kiện tổ chức", "organizers", "from"),
    ("Cơ quan ban hành", "issuers", "from"),
    ("Văn bản ban hành", "issuers", "to"),
    ("Chỉ đạo", "directives", "from"),
    ("Được giao, được chỉ đạo", "directives", "to"),
    ("Hợp tác", "partnerships", "from"),
    ("Hợp tác", "partnerships", "to"),
    ("Đơn vị trực thuộc", "suborganizations", "to"),
    ("Người tham dự", "participations", "to"),
    ("Đơn vị tổ chức", "organizers", "to"),
    ("Địa bàn", "located_in", "from"),
    ("Địa bàn", "article_places", "from"),
    ("Tác giả, ghi công", "authorships", "from"),
    ("Ghi công trong bài", "authorships", "to"),
    ("Được nêu trong bài", "reported_in", "from"),
    ("Bài nêu", "reported_in", "to"),
    ("Cơ quan trên địa bàn", "located_in", "to"),
    ("Bài báo về địa bàn", "article_places", "to"),
    ("Sáp nhập vào", "merged_into", "from"),
    ("Được sáp nhập từ", "merged_into", "to"),
]
# The role filter's groups: the categories whose edges carry a `role`.
ROLE_GROUPS = {"memberships": "Chức vụ", "participations": "Vai trò tại sự kiện"}
OTHER_LINKS = "Liên kết khác"

# Names on the canvas (drawn by templates/labels.js): one size on screen at any zoom, most
# important first, none over another. Important: people, then bodies, firms and
# places, then events, then programs and articles; within a type, more links first.
LABEL_PRIORITY = {"person": 0, "organization": 1, "firm": 1, "province": 1, "event": 2, "program": 3, "article": 3}
LABEL_STYLE = {"px": 13, "linePx": 15, "wrapPx": 170, "gapPx": 3}  # screen pixels
CHAR_WIDTH_EM = 0.6  # a generous average letter width: the layout's estimate of a name's width
NAMED_SHARE = 0.3  # the layout makes room for the first names whose boxes cover this share of the screen

# vis-network options. Physics is off: positions are final when the page opens.
# Node labels are sized by the page (templates/labels.js), not by `value`: none is
# drawn (size 0) until it has placed them.
VIS_OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "nodes": {
        "borderWidth": 1,
        "scaling": {"min": 8, "max": 30, "label": {"enabled": False}},
        "font": {"face": "arial", "size": 0},
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#B4B4B4", "highlight": "#333333", "hover": "#555555"},
        "font": {"face": "arial", "align": "middle", "strokeWidth": 4},
        "smooth": False,
        "hoverWidth": 2,
        "selectionWidth": 2,
    },
}
PATH_EDGE = {"color": "#D55E00", "width": 3}  # the edges of a `--path` view


@dataclass(frozen=True)
class RenderedPage:
    html: str  # the whole page
    nodes_total: int  # in the graph given
    nodes_shown: int  # on the page, after pruning
    edges_shown: int  # relations drawn (parallel edges merged into one line)

    @property
    def pruned(self) -> bool:
        return self.nodes_shown < self.nodes_total


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str,
    max_nodes: int = MAX_NODES,
    focus: Collection[Hashable] = (),
    paths: Sequence[Sequence[Hashable]] = (),
) -> RenderedPage:
    """The view of `graph`, one self-contained page.

    `focus`: nodes selected, their details shown, when the page opens. `paths`: node
    sequences drawn highlighted, their facts listed step by step in the side panel.
    Both are kept when the graph is pruned.
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    _check_types(graph)
    kept = {*focus, *(node for path in paths for node in path)}
    shown = _most_central(graph, max_nodes, kept)
    ids = {node: number for number, node in enumerate(shown)}  # vis-network's node ids
    net = _network(graph, shown, ids, paths)
    html = _page(
        net, shown, title=title, total=graph.number_of_nodes(),
        focus=[ids[node] for node in focus], paths=[[ids[node] for node in path] for path in paths],
    )
    return RenderedPage(html, graph.number_of_nodes(), shown.number_of_nodes(), len(net.edges))


def _check_types(graph: nx.MultiDiGraph) -> None:
    for node, kind in graph.nodes(data="type"):
        if kind not in NODE_STYLES:
            raise ValueError(
                f"node {node!r} has type {kind!r}; expected one of {', '.join(NODE_STYLES)}"
            )


def _most_central(graph: nx.MultiDiGraph, max_nodes: int, kept: set[Hashable]) -> nx.MultiDiGraph:
    """The whole graph, or `kept` and the nodes of highest degree centrality, `max_nodes` in all.

    A node all of whose neighbours are pruned would be drawn alone, in a row of loose
    nodes: it gives its place to the next most central node linked to what is drawn.
    """
    if graph.number_of_nodes() <= max_nodes:
        return graph
    centrality = nx.degree_centrality(graph)
    ranked = sorted(graph, key=lambda node: (node not in kept, -centrality[node]))  # stable: ties keep graph order
    limit = max(max_nodes, len(kept))
    chosen = set(ranked[:limit])

    def linked(node: Hashable) -> bool:
        return any(neighbour in chosen for neighbour in nx.all_neighbors(graph, node) if neighbour != node)

    chosen -= {node for node in chosen if node not in kept and not linked(node)}
    for node in ranked[limit:]:
        if len(chosen) == limit:
            break
        if linked(node):
            chosen.add(node)
    return ordered_subgraph(graph, chosen)


def _network(
    graph: nx.MultiDiGraph, shown: nx.MultiDiGraph, ids: dict[Hashable, int], paths: Sequence[Sequence[Hashable]]
) -> Network:
    net = Network(directed=True)
    # pyvis's set_options deletes every space of the text: no option value may contain one.
    net.set_options(json.dumps(VIS_OPTIONS, separators=(",", ":")))
    ranks = _label_ranks(graph, shown)
    positions = _positions(shown, ranks, node_sizes({node: graph.degree(node) for node in shown}))
    roles = _roles_by_node(shown)
    for node, attrs in shown.nodes(data=True):
        style = NODE_STYLES[attrs["type"]]
        x, y = positions[node]
        name = attrs.get("label") or str(node)
        net.add_node(
            ids[node],
            label=_short(name),
            name=name,
            aliases=list(attrs.get("aliases") or []),
            shape=style.shape,
            color=style.color,
            value=graph.degree(node),  # importance in the whole graph, pruned or not
            rank=ranks[node],
            x=round(x, 1),
            y=round(y, 1),
            type=attrs["type"],
            provinces=_provinces(attrs),
            roles=sorted(roles.get(node, ())),
            dates=list(attrs.get("dates") or []),
            facts=list(attrs.get("facts") or []),
        )
    on_path = {frozenset(step) for path in paths for step in zip(path, path[1:])}
    for (source, target), relations in _merged_edges(shown).items():
        label = ", ".join(dict.fromkeys(r["label"] for r in relations if r.get("label")))
        facts = [fact for r in relations for fact in r.get("facts") or []]
        symmetric = all(r.get("symmetric") for r in relations)
        net.add_edge(
            ids[source],
            ids[target],
            title=_edge_tooltip(label, facts),
            relation=label,
            category=relations[0].get("category"),
            roles=sorted({r["role"] for r in relations if r.get("role")}),
            facts=facts,
            arrows={"to": {"enabled": not symmetric}},
            **(PATH_EDGE if frozenset((source, target)) in on_path else {}),
        )
    return net


def view_positions(graph: nx.MultiDiGraph) -> dict[Hashable, tuple[float, float]]:
    """Where the view draws each node of `graph` when none is pruned, in screen pixels at
    zoom 1 (y grows downwards): for the network exports."""
    return _positions(graph, _label_ranks(graph, graph), node_sizes(dict(graph.degree())))


def node_sizes(degrees: Mapping[Hashable, int]) -> dict[Hashable, float]:
    """The size (radius) the view draws each node with at zoom 1: vis-network's scaling of
    its `value`, the node's degree, between the smallest and the largest drawn."""
    scaling = VIS_OPTIONS["nodes"]["scaling"]
    low, high = min(degrees.values(), default=0), max(degrees.values(), default=0)
    return {node: scaling["min"] + (0.5 if high == low else (degree - low) / (high - low))
            * (scaling["max"] - scaling["min"]) for node, degree in degrees.items()}


def _positions(shown: nx.MultiDiGraph, ranks: dict[Hashable, int],
               sizes: Mapping[Hashable, float]) -> dict[Hashable, tuple[float, float]]:
    """The layout, with room for the first names: clear of each other and of the nodes."""
    return force_layout(shown, labels=_names_to_make_room_for(shown, ranks), sizes=sizes)


def _label_ranks(graph: nx.MultiDiGraph, shown: nx.MultiDiGraph) -> dict[Hashable, int]:
    """0 for the node whose name matters most, 1 for the next ... (LABEL_PRIORITY, then degree)."""
    ranked = sorted(
        shown.nodes(data=True),
        key=lambda item: (LABEL_PRIORITY[item[1]["type"]], -graph.degree(item[0]), item[1].get("label") or ""),
    )
    return {node: rank for rank, (node, _) in enumerate(ranked)}


def _names_to_make_room_for(shown: nx.MultiDiGraph, ranks: dict[Hashable, int]) -> dict[Hashable, tuple[float, float]]:
    """The first names by rank whose boxes (screen pixels) together cover NAMED_SHARE of the screen."""
    budget = NAMED_SHARE * VIEWPORT_PX[0] * VIEWPORT_PX[1]
    boxes: dict[Hashable, tuple[float, float]] = {}
    for node in sorted(shown, key=ranks.__getitem__):
        box = _label_box(_short(shown.nodes[node].get("label") or str(node)))
        budget -= box[0] * box[1]
        if budget < 0:
            break
        boxes[node] = box
    return boxes


def _label_box(name: str) -> tuple[float, float]:
    """About the size of a drawn name with its margin, and of the half node above it."""
    width = len(name) * CHAR_WIDTH_EM * LABEL_STYLE["px"]
    lines = max(1, math.ceil(width / LABEL_STYLE["wrapPx"]))
    margin = 2 * LABEL_STYLE["gapPx"]
    half_node = LABEL_STYLE["linePx"]  # the biggest node is 30 units across, mostly drawn smaller than 1:1
    return min(width, LABEL_STYLE["wrapPx"]) + margin, lines * LABEL_STYLE["linePx"] + margin + half_node


def _provinces(attrs: dict) -> list[str]:
    return [name for name in (attrs.get("province") or "").split(", ") if name]


def _roles_by_node(graph: nx.MultiDiGraph) -> dict[Hashable, set[str]]:
    """The roles each node holds: those of the edges it is the source of (a person's posts)."""
    roles: dict[Hashable, set[str]] = {}
    for source, _, role in graph.edges(data="role"):
        if role:
            roles.setdefault(source, set()).add(role)
    return roles


def _short(name: str) -> str:
    """The label drawn on the canvas: long event names would cover their neighbours."""
    return name if len(name) <= CANVAS_LABEL_CHARS else name[: CANVAS_LABEL_CHARS - 1].rstrip() + "…"


def _merged_edges(graph: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable], list[dict]]:
    """Parallel edges (chaired and directed the same meeting) become one line, labels joined."""
    merged: dict[tuple[Hashable, Hashable], list[dict]] = {}
    for source, target, attrs in graph.edges(data=True):
        merged.setdefault((source, target), []).append(attrs)
    return merged


def _edge_tooltip(label: str, facts: list[dict]) -> str:
    """Plain text (vis-network 9 shows a string title as text, not HTML)."""
    first = next((f["evidence"] for f in facts if f.get("evidence")), None)
    if first is None:
        return label
    return f"{label}\n“{first if len(first) <= 200 else first[:199] + '…'}”"


def _role_groups(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The role filter's choices: group name → roles, groups in ROLE_GROUPS order."""
    groups: dict[str, set[str]] = {}
    for _, _, attrs in graph.edges(data=True):
        if attrs.get("role"):
            group = ROLE_GROUPS.get(attrs.get("category"), OTHER_LINKS)
            groups.setdefault(group, set()).add(attrs["role"])
    order = [*ROLE_GROUPS.values(), OTHER_LINKS]
    return {group: sorted(groups[group], key=str.casefold) for group in order if group in groups}


def _page(
    net: Network, shown: nx.MultiDiGraph, *, title: str, total: int, focus: list[int], paths: list[list[int]]
) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]))
    # `tojson` still escapes < > & ' (the page data cannot close its <script> element);
    # Vietnamese letters stay UTF-8 and separators stay short: a third less to load.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    counts = {kind: 0 for kind in NODE_STYLES}
    for _, kind in shown.nodes(data="type"):
        counts[kind] += 1
    dates = sorted(date for node in net.nodes for date in node["dates"])
    return env.get_template("view.html.j2").render(
        title=title,
        styles=NODE_STYLES,
        counts=counts,
        total=total,
        shown=shown.number_of_nodes(),
        provinces=sorted({p for node in net.nodes for p in node["provinces"]}, key=str.casefold),
        role_groups=_role_groups(shown),
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        data={
            "nodes": net.nodes,
            "edges": net.edges,
            "options": net.options,
            "typeNames": {kind: style.name for kind, style in NODE_STYLES.items()},
            "labelStyle": LABEL_STYLE,
            "sections": PANEL_SECTIONS,
            "otherLinks": OTHER_LINKS,
            "focus": focus,
            "paths": paths,
        },
        vis_css=_inline_asset("vis-network.css", "</style"),
        vis_js=_inline_asset("vis-network.min.js", "</script"),
        number=_vietnamese_number,
    )


def _inline_asset(name: str, closing_tag: str) -> Markup:
    """A pyvis-bundled vis-network file, safe to paste inside its own element."""
    text = (VIS_LIB / name).read_text(encoding="utf-8")
    if closing_tag in text.lower():
        raise RuntimeError(f"{VIS_LIB / name} contains {closing_tag}> and cannot be inlined")
    return Markup(text)


def _vietnamese_number(n: int) -> str:
    """12345 → "12.345" (Vietnamese groups thousands with dots)."""
    return f"{n:,}".replace(",", ".")
