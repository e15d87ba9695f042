"""Focused views: one entity's neighbourhood, or how two entities are connected.

`kg view --focus NAME --depth N` draws the entities at most N links from NAME;
`kg view --path A B` the shortest paths between A and B, with the facts of every
step in the side panel. Names are matched as the page's search matches them:
without diacritics or case (`extract.text.ascii_key`), on a node's label or any
of its other names; an exact match wins, else a name containing the words given,
if only one does.

A neighbourhood does not spread through articles and provinces: they link
everything read in one article or located in one province, so one step through
them would bring in the whole article or province. They are shown when linked,
but not crossed (unless the focus is one of them). Paths may go through them: that
two officials were named in one article is a connection, and the panel says so.
"""
from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from extract.text import ascii_key
from viz.graph import ordered_subgraph

HUB_TYPES = {"article", "province"}  # not crossed by a neighbourhood
MAX_PATHS = 10  # shortest paths drawn at most, when there are several of one length
SUGGESTIONS = 5  # names offered when a name matches several entities


class FocusError(ValueError):
    """A focus that cannot be drawn: an unknown name, unconnected entities. One line."""


@dataclass(frozen=True)
class FocusedView:
    """The part of the graph to draw, what to select when the page opens, and its title."""

    graph: nx.MultiDiGraph
    title: str
    focus: list[Hashable] = field(default_factory=list)
    paths: list[list[Hashable]] = field(default_factory=list)


def neighbourhood(graph: nx.MultiDiGraph, name: str, depth: int) -> FocusedView:
    """The entities named `name` and everything at most `depth` links from them."""
    if depth < 0:
        raise FocusError(f"--depth must be 0 or more, got {depth}")
    centres = entities_named(graph, name)
    undirected = graph.to_undirected(as_view=True)
    reached: dict[Hashable, int] = {}
    for centre in centres:
        for node, distance in _spread(undirected, centre, depth).items():
            reached[node] = min(distance, reached.get(node, distance))
    label = graph.nodes[centres[0]]["label"]
    return FocusedView(
        ordered_subgraph(graph, reached),
        title=f"{label}: các liên kết trong phạm vi {depth} bước",
        focus=centres,
    )


def _spread(undirected: nx.Graph, centre: Hashable, depth: int) -> dict[Hashable, int]:
    """Breadth-first distances from `centre` up to `depth`, not continuing past hub nodes."""
    reached = {centre: 0}
    frontier = [centre]
    for distance in range(1, depth + 1):
        following = []
        for node in frontier:
            if node != centre and undirected.nodes[node]["type"] in HUB_TYPES:
                continue
            for neighbour in undirected[node]:
                if neighbour not in reached:
                    reached[neighbour] = distance
                    following.append(neighbour)
        frontier = following
    return reached


def connections(graph: nx.MultiDiGraph, first: str, second: str) -> FocusedView:
    """The shortest paths between the entities named `first` and `second` (at most MAX_PATHS)."""
    starts, ends = entities_named(graph, first), entities_named(graph, second)
    if set(starts) & set(ends):
        raise FocusError(f"{first!r} and {second!r} name the same entity")
    undirected = graph.to_undirected(as_view=True)
    lengths = {
        (start, end): length
        for start in starts
        for end, length in nx.single_source_shortest_path_length(undirected, start).items()
        if end in ends
    }
    if not lengths:
        raise FocusError(f"{first!r} and {second!r} are not connected in the graph")
    shortest = min(lengths.values())
    paths = [
        path
        for (start, end), length in lengths.items()
        if length == shortest
        for path in islice(nx.all_shortest_paths(undirected, start, end), MAX_PATHS)
    ]
    paths = sorted(paths, key=lambda path: [graph.nodes[node]["label"] for node in path])[:MAX_PATHS]
    steps = {frozenset(step) for path in paths for step in zip(path, path[1:])}
    edges = [(u, v, key) for u, v, key in graph.edges(keys=True) if frozenset((u, v)) in steps]
    view = ordered_subgraph(graph, {node for path in paths for node in path}, edges)
    labels = [graph.nodes[paths[0][0]]["label"], graph.nodes[paths[0][-1]]["label"]]
    return FocusedView(view, title=f"Đường nối {labels[0]} – {labels[1]}", paths=paths)


def entities_named(graph: nx.MultiDiGraph, name: str) -> list[Hashable]:
    """The nodes called `name` (diacritics and case optional); FocusError if there is none,
    or if the name is only part of several names."""
    wanted = ascii_key(name)
    if not any(character.isalnum() for character in wanted):
        raise FocusError(f"{name!r} is not a name")
    keys = {node: [ascii_key(n) for n in _names(attrs)] for node, attrs in graph.nodes(data=True)}
    exact = [node for node, names in keys.items() if wanted in names]
    if exact:
        return exact
    words = wanted.split()
    partial = [node for node, names in keys.items() if any(_has_words(key, words) for key in names)]
    if len(partial) == 1:
        return partial
    if not partial:
        raise FocusError(f"no entity named {name!r} in the graph")
    shown = sorted({graph.nodes[node]["label"] for node in partial}, key=len)
    more = f" and {len(shown) - SUGGESTIONS} more" if len(shown) > SUGGESTIONS else ""
    raise FocusError(f"{name!r} is part of several names: {'; '.join(shown[:SUGGESTIONS])}{more}")


def _names(attrs: dict) -> list[str]:
    return [attrs.get("label") or "", *(attrs.get("aliases") or [])]


def _has_words(key: str, words: list[str]) -> bool:
    """Whether `words` occur in `key` one after another, as whole words."""
    return f" {' '.join(words)} " in f" {key} "
