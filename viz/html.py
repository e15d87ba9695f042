"""The interactive network view: one self-contained HTML file that works offline.

`render_html` turns a typed networkx graph (the contract is described below and
built by `viz.graph.graph_from_store`) into a page made with pyvis and our own
Jinja template: vis-network's JS and CSS from pyvis's bundled files are inlined
and a Content-Security-Policy forbids every fetch, so the page needs no network.
Positions come from `viz.layout` and physics stays off, so even 2,000 nodes are
usable at once; larger graphs are pruned by degree centrality, and the page says so.

The graph contract (a `networkx.MultiDiGraph`):

* node attributes: `type` (a key of `NODE_STYLES`), `label` (Vietnamese display
  name), optional `province` (str), `dates` (list of ISO dates) and `facts`;
* edge attributes: `label` (Vietnamese relation: "chủ trì", "Phó Chủ tịch" ...),
  optional `facts`, optional `symmetric` (true: drawn without an arrow);
* a fact is a dict: `text` (the statement), optional `evidence` (the sentence it
  was read from), `date` and `source` (the article it comes from).

All of that text comes from articles and is untrusted: it reaches the page only
as JSON (escaped by Jinja's `tojson`) and is shown with `textContent` or drawn on
the canvas, never parsed as HTML.
"""
from __future__ import annotations

import json
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from viz.layout import force_layout

TEMPLATES = Path(__file__).parent / "templates"
CANVAS_LABEL_CHARS = 60  # longer names are cut on the canvas; the side panel shows them whole
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

# vis-network options. Physics is off: positions are final when the page opens.
VIS_OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "nodes": {
        "borderWidth": 1,
        "scaling": {
            "min": 8,
            "max": 30,
            # Labels grow with importance and are not drawn while too small to read.
            "label": {"enabled": True, "min": 12, "max": 24, "drawThreshold": 6},
        },
        "widthConstraint": {"maximum": 200},
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#B4B4B4", "highlight": "#333333", "hover": "#555555"},
        "smooth": False,
        "hoverWidth": 2,
        "selectionWidth": 2,
    },
}


@dataclass(frozen=True)
class RenderInfo:
    path: Path
    nodes_total: int  # in the graph given
    nodes_shown: int  # on the page, after pruning
    edges_shown: int  # relations drawn (parallel edges merged into one line)

    @property
    def pruned(self) -> bool:
        return self.nodes_shown < self.nodes_total


def render_html(
    graph: nx.MultiDiGraph, out: Path, *, title: str, max_nodes: int = 2000
) -> RenderInfo:
    """Write the view of `graph` to `out` (replaced whole, never half-written)."""
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    _check_types(graph)
    shown = _most_central(graph, max_nodes)
    net = _network(graph, shown)
    html = _page(net, title=title, total=graph.number_of_nodes(), shown=shown)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".tmp")
    partial.write_text(html, encoding="utf-8")
    partial.replace(out)
    return RenderInfo(out, graph.number_of_nodes(), shown.number_of_nodes(), len(net.edges))


def _check_types(graph: nx.MultiDiGraph) -> None:
    for node, kind in graph.nodes(data="type"):
        if kind not in NODE_STYLES:
            raise ValueError(
                f"node {node!r} has type {kind!r}; expected one of {', '.join(NODE_STYLES)}"
            )


def _most_central(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The whole graph, or its `max_nodes` nodes of highest degree centrality."""
    if graph.number_of_nodes() <= max_nodes:
        return graph
    centrality = nx.degree_centrality(graph)
    ranked = sorted(graph, key=lambda node: -centrality[node])  # stable: ties keep graph order
    return graph.subgraph(ranked[:max_nodes])


def _network(graph: nx.MultiDiGraph, shown: nx.MultiDiGraph) -> Network:
    net = Network(directed=True)
    # pyvis's set_options deletes every space of the text: no option value may contain one.
    net.set_options(json.dumps(VIS_OPTIONS, separators=(",", ":")))
    positions = force_layout(shown)
    ids: dict[Hashable, int] = {}
    for number, (node, attrs) in enumerate(shown.nodes(data=True)):
        ids[node] = number
        style = NODE_STYLES[attrs["type"]]
        x, y = positions[node]
        degree = graph.degree(node)  # importance in the whole graph, pruned or not
        name = attrs.get("label") or str(node)
        net.add_node(
            number,
            label=_short(name),
            name=name,
            shape=style.shape,
            color=style.color,
            value=degree,
            x=round(x, 1),
            y=round(y, 1),
            title=_node_tooltip(attrs, style, degree),
            type=attrs["type"],
            province=attrs.get("province"),
            dates=list(attrs.get("dates") or []),
            facts=list(attrs.get("facts") or []),
        )
    for (source, target), relations in _merged_edges(shown).items():
        label = ", ".join(dict.fromkeys(r["label"] for r in relations if r.get("label")))
        facts = [fact for r in relations for fact in r.get("facts") or []]
        symmetric = all(r.get("symmetric") for r in relations)
        net.add_edge(
            ids[source],
            ids[target],
            title=_edge_tooltip(label, facts),
            relation=label,
            facts=facts,
            arrows={"to": {"enabled": not symmetric}},
        )
    return net


def _short(name: str) -> str:
    """The label drawn on the canvas: long event names would cover their neighbours."""
    return name if len(name) <= CANVAS_LABEL_CHARS else name[: CANVAS_LABEL_CHARS - 1].rstrip() + "…"


def _merged_edges(graph: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable], list[dict]]:
    """Parallel edges (chaired and directed the same meeting) become one line, labels joined."""
    merged: dict[tuple[Hashable, Hashable], list[dict]] = {}
    for source, target, attrs in graph.edges(data=True):
        merged.setdefault((source, target), []).append(attrs)
    return merged


def _node_tooltip(attrs: dict, style: NodeStyle, degree: int) -> str:
    """Plain text (vis-network 9 shows a string title as text, not HTML)."""
    kind = style.name + (f" · {attrs['province']}" if attrs.get("province") else "")
    facts = len(attrs.get("facts") or [])
    more = f"{degree} liên kết · {facts} dữ kiện — bấm để xem bằng chứng"
    return "\n".join((attrs.get("label") or "", kind, more))


def _edge_tooltip(label: str, facts: list[dict]) -> str:
    first = next((f["evidence"] for f in facts if f.get("evidence")), None)
    if first is None:
        return label
    return f"{label}\n“{first if len(first) <= 200 else first[:199] + '…'}”"


def _page(net: Network, *, title: str, total: int, shown: nx.MultiDiGraph) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]))
    # `tojson` still escapes < > & ' (the page data cannot close its <script> element);
    # Vietnamese letters stay UTF-8 and separators stay short: a third less to load.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    counts = {kind: 0 for kind in NODE_STYLES}
    for _, kind in shown.nodes(data="type"):
        counts[kind] += 1
    return env.get_template("view.html.j2").render(
        title=title,
        styles=NODE_STYLES,
        counts=counts,
        total=total,
        shown=shown.number_of_nodes(),
        data={
            "nodes": net.nodes,
            "edges": net.edges,
            "options": net.options,
            "typeNames": {kind: style.name for kind, style in NODE_STYLES.items()},
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
