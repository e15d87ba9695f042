"""Node positions computed in Python, so the browser draws a finished picture at once.

Each connected piece of the graph is laid out on its own with the
Fruchterman–Reingold force model, the one behind networkx's `spring_layout`:
linked nodes attract (d²/k), all nodes repel (k²/d). networkx computes the
repulsion between every pair of nodes, which takes seconds for 2,000 nodes and
minutes for 20,000. Here nodes are grouped into about √n spatial cells of equal
size; repulsion is exact inside a cell and, from other cells, comes from their
centre of mass (the idea of Barnes–Hut with a single level), so one step costs
about n·√n instead of n². A pull toward the piece's centre (gravity, as in
ForceAtlas2) keeps long arms and loosely linked clusters from drifting apart, so
the picture fills the screen instead of leaving it mostly empty. The pieces are
then packed in rows, biggest first: laid out together, unlinked pieces would push
each other far apart.

Last, room is made for names. The page draws names at a fixed size on screen, so
a name's size in layout units depends on the zoom that fits the whole picture on
the screen (VIEWPORT_PX). The nodes whose names should be readable when the page
opens (`labels`: their boxes in screen pixels) are pushed apart until their boxes
no longer overlap at that zoom, nor cover another node (`sizes`: how big the page
draws each node, in layout units): a name over a node hides it, and the page leaves
such a name out. Pushing widens the picture, which lowers that zoom, so the boxes
are measured again a few times. Only small graphs get this: in a big one, names are
drawn as one zooms in.
"""
from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import networkx as nx
import numpy as np

EDGE_LENGTH = 110.0  # ideal distance between linked nodes, in screen pixels at zoom 1
ASPECT = 1.5  # width ÷ height of the packed picture: screens are wider than tall
ITERATIONS = 100
GRAVITY = 0.3  # strength of the pull toward a piece's centre, relative to a link's pull
VIEWPORT_PX = (800, 600)  # where the page draws the nodes on a laptop screen: beside the side panel, inside a margin for names
ROOM_FOR_LABELS_UP_TO = 500  # nodes; bigger graphs are not moved to make room for names
ROUNDS, SWEEPS = 6, 30  # re-measurements of the zoom, and push steps between them
SLACK = 1.2  # boxes are pushed this much further apart: the zoom the page settles on differs a little


def force_layout(
    graph: nx.Graph | nx.MultiDiGraph,
    *,
    seed: int = 7,
    iterations: int = ITERATIONS,
    labels: Mapping[Hashable, tuple[float, float]] | None = None,
    sizes: Mapping[Hashable, float] | None = None,
) -> dict[Hashable, tuple[float, float]]:
    """Pixel coordinates for every node; the same graph and seed give the same picture.

    `labels`: node → (width, height) in screen pixels of the name to make room for,
    a box whose top edge is the node's centre (names are drawn under their nodes).
    `sizes`: node → the radius the page draws it with (layout units), for the nodes
    names must not cover; missing nodes are not in the way.
    """
    order = {node: i for i, node in enumerate(graph)}
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    pieces = sorted(
        (sorted(piece, key=order.__getitem__) for piece in nx.connected_components(undirected)),
        key=len,
        reverse=True,
    )  # in graph order within and between pieces of one size, so the result is reproducible
    rng = np.random.default_rng(seed)
    laid_out = [_spring(graph.subgraph(piece), piece, rng, iterations) for piece in pieces]
    nodes = [node for piece in pieces for node in piece]
    pos = np.vstack(_pack(laid_out)) if nodes else np.zeros((0, 2))
    if labels and len(nodes) <= ROOM_FOR_LABELS_UP_TO:
        index = {node: i for i, node in enumerate(nodes)}
        named = [node for node in labels if node in index]
        others = [node for node in (sizes or {}) if node in index and node not in labels]
        _make_room(pos, np.array([index[node] for node in named], dtype=np.int64),
                   np.array([labels[node] for node in named], dtype=float).reshape(-1, 2),
                   np.array([index[node] for node in others], dtype=np.int64),
                   np.array([2 * sizes[node] for node in others], dtype=float))
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}


def _spring(graph: nx.Graph, nodes: list, rng: np.random.Generator, iterations: int) -> np.ndarray:
    """Fruchterman–Reingold positions of one connected piece, in the order of `nodes`."""
    if len(nodes) == 1:
        return np.zeros((1, 2))
    index = {node: i for i, node in enumerate(nodes)}
    links = np.array(
        [(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64
    ).reshape(-1, 2)
    k = EDGE_LENGTH
    side = k * math.sqrt(len(nodes))  # room for one node per k×k square
    pos = rng.uniform(0.0, side, size=(len(nodes), 2))
    # The temperature caps how far a node may move in one step; it cools down
    # so the picture settles instead of oscillating.
    for temperature in np.linspace(side / 10, k / 10, iterations):
        force = _repulsion(pos, k) + _attraction(pos, links, k) + _gravity(pos, k)
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)[:, None]
        pos += force / length * np.minimum(length, temperature)
    return pos


def _pack(pieces: list[np.ndarray]) -> list[np.ndarray]:
    """Shift the pieces (biggest first) into rows, so the whole is about ASPECT times wider than tall."""
    if not pieces:
        return []
    boxes = [(pos.min(axis=0), pos.max(axis=0) - pos.min(axis=0) + EDGE_LENGTH) for pos in pieces]
    row_width = max(max(size[0] for _, size in boxes), math.sqrt(ASPECT * sum(w * h for _, (w, h) in boxes)))
    x = y = row_height = 0.0
    moved = []
    for pos, (corner, (width, height)) in zip(pieces, boxes):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        moved.append(pos - corner + (x, y))
        x, row_height = x + width, max(row_height, height)
    middle = (np.vstack(moved).min(axis=0) + np.vstack(moved).max(axis=0)) / 2
    return [pos - middle for pos in moved]


def _make_room(pos: np.ndarray, named: np.ndarray, boxes: np.ndarray, others: np.ndarray,
               widths: np.ndarray) -> None:
    """Move the `named` nodes (indexes into `pos`) until their boxes (screen pixels) overlap
    neither each other nor the `others` nodes' squares (`widths` across, layout units)."""
    if len(named) < 2:
        return
    nodes = np.concatenate([named, others])
    for _ in range(ROUNDS):
        _fill_viewport(pos)
        sizes = np.vstack([SLACK * boxes / _fit_scale(pos),  # in layout units at the zoom that shows everything
                           np.repeat(widths[:, None], 2, axis=1)])
        hang = np.concatenate([np.full(len(named), 0.5), np.zeros(len(others))])  # names hang below
        for _ in range(SWEEPS):
            if not _push_apart(pos, nodes, sizes, hang, len(named)):
                break


def _fill_viewport(pos: np.ndarray) -> None:
    """Stretch the picture along its short side to the shape of VIEWPORT_PX: more room
    between nodes at the same zoom (the long side sets the zoom)."""
    extent = pos.max(axis=0) - pos.min(axis=0) + EDGE_LENGTH
    width, height = VIEWPORT_PX
    across = width * extent[1] / (height * extent[0])  # above 1: the picture is too narrow
    pos *= np.maximum([across, 1 / across], 1.0)


def _fit_scale(pos: np.ndarray) -> float:
    """The zoom at which the picture fills VIEWPORT_PX (screen pixels per layout unit)."""
    extent = pos.max(axis=0) - pos.min(axis=0) + EDGE_LENGTH
    return float(min(VIEWPORT_PX[0] / extent[0], VIEWPORT_PX[1] / extent[1]))


def _push_apart(pos: np.ndarray, nodes: np.ndarray, sizes: np.ndarray, hang: np.ndarray, named: int) -> bool:
    """One step: each name's box (the first `named` of `nodes`) and each box it overlaps
    move apart along the axis where they overlap least, each by a quarter of the overlap;
    other boxes may overlap one another. `hang`: how far a box's centre is below its
    node's, in box heights. False when nothing overlaps."""
    centres = pos[nodes] + sizes * np.stack([np.zeros(len(nodes)), hang], axis=1)
    delta = centres[:named, None, :] - centres[None, :, :]  # a name's box → every box
    overlap = (sizes[:named, None, :] + sizes[None, :, :]) / 2 - np.abs(delta)
    overlapping = (overlap > 0).all(axis=2)
    overlapping[np.arange(named), np.arange(named)] = False  # a name's box and itself
    if not overlapping.any():
        return False
    # Compare the overlaps as shares of the box: wide, low names move up or down.
    vertical = overlap[:, :, 1] / sizes[None, :, 1] <= overlap[:, :, 0] / sizes[None, :, 0]
    order = np.arange(len(nodes))
    tie = np.sign(order[:named, None] - order[None, :])[:, :, None]  # two boxes at one place part by index
    direction = np.where(delta != 0, np.sign(delta), tie)
    for axis, moves in ((0, ~vertical), (1, vertical)):
        push = np.where(overlapping & moves, overlap[:, :, axis] * direction[:, :, axis], 0.0) / 4
        pos[nodes[:named], axis] += push.sum(axis=1)  # the name, away from what it overlaps ...
        pos[nodes[named:], axis] -= push[:, named:].sum(axis=0)  # ... and a node it covers, away from it
    return True


def _cells(pos: np.ndarray) -> list[np.ndarray]:
    """About √n groups of nearby nodes, equal in size: vertical strips cut into boxes."""
    per_side = max(1, round(len(pos) ** 0.25))
    cells = []
    for strip in np.array_split(np.argsort(pos[:, 0], kind="stable"), per_side):
        by_height = strip[np.argsort(pos[strip, 1], kind="stable")]
        cells.extend(cell for cell in np.array_split(by_height, per_side) if len(cell))
    return cells


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    cells = _cells(pos)
    centres = np.array([pos[cell].mean(axis=0) for cell in cells])
    masses = np.array([len(cell) for cell in cells], dtype=float)
    force = np.zeros_like(pos)
    for number, cell in enumerate(cells):
        here = pos[cell]
        force[cell] += _push_from(here, here, np.ones(len(cell)), k)
        far_masses = masses.copy()
        far_masses[number] = 0.0  # the own cell was counted exactly above
        force[cell] += _push_from(here, centres, far_masses, k)
    return force


def _push_from(points: np.ndarray, sources: np.ndarray, masses: np.ndarray, k: float) -> np.ndarray:
    """FR repulsion k²/d on each point from every source, weighted by the source's mass."""
    delta = points[:, None, :] - sources[None, :, :]
    squared = np.maximum((delta**2).sum(axis=2), 1e-2)
    weight = masses[None, :] * (k * k) / squared
    weight[squared <= 1e-2] = 0.0  # a point does not push itself
    return (delta * weight[:, :, None]).sum(axis=1)


def _gravity(pos: np.ndarray, k: float) -> np.ndarray:
    """A pull toward the centre that grows like a link's, d²/k, times GRAVITY."""
    offset = pos - pos.mean(axis=0)
    return -GRAVITY * offset * (np.linalg.norm(offset, axis=1) / k)[:, None]


def _attraction(pos: np.ndarray, links: np.ndarray, k: float) -> np.ndarray:
    """FR attraction d²/k along every link, pulling both ends together."""
    force = np.zeros_like(pos)
    if len(links) == 0:
        return force
    a, b = links[:, 0], links[:, 1]
    delta = pos[a] - pos[b]
    pull = -delta * (np.linalg.norm(delta, axis=1) / k)[:, None]
    for axis in (0, 1):
        force[:, axis] += np.bincount(a, pull[:, axis], len(pos))
        force[:, axis] -= np.bincount(b, pull[:, axis], len(pos))
    return force
