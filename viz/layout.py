"""Node positions computed in Python, so the browser draws a finished picture at once.

Each connected piece of the graph is laid out on its own with the
Fruchterman–Reingold force model, the one behind networkx's `spring_layout`:
linked nodes attract (d²/k), all nodes repel (k²/d). networkx computes the
repulsion between every pair of nodes, which takes seconds for 2,000 nodes and
minutes for 20,000. Here nodes are grouped into about √n spatial cells of equal
size; repulsion is exact inside a cell and, from other cells, comes from their
centre of mass (the idea of Barnes–Hut with a single level), so one step costs
about n·√n instead of n². The pieces are then packed in rows, biggest first:
laid out together, unlinked pieces would push each other far apart.
"""
from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

EDGE_LENGTH = 110.0  # ideal distance between linked nodes, in screen pixels at zoom 1
ASPECT = 1.5  # width ÷ height of the packed picture: screens are wider than tall
ITERATIONS = 100


def force_layout(
    graph: nx.Graph | nx.MultiDiGraph, *, seed: int = 7, iterations: int = ITERATIONS
) -> dict[Hashable, tuple[float, float]]:
    """Pixel coordinates for every node; the same graph and seed give the same picture."""
    order = {node: i for i, node in enumerate(graph)}
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    pieces = sorted(
        (sorted(piece, key=order.__getitem__) for piece in nx.connected_components(undirected)),
        key=len,
        reverse=True,
    )  # in graph order within and between pieces of one size, so the result is reproducible
    rng = np.random.default_rng(seed)
    laid_out = [_spring(graph.subgraph(piece), piece, rng, iterations) for piece in pieces]
    positions: dict[Hashable, tuple[float, float]] = {}
    for piece, pos in zip(pieces, _pack(laid_out)):
        positions.update({node: (float(x), float(y)) for node, (x, y) in zip(piece, pos)})
    return positions


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
        force = _repulsion(pos, k) + _attraction(pos, links, k)
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
