"""Network analytics over the view's graph: who is central, who works with whom, over time.

Reads the typed networkx graph of `viz.graph.graph_from_store` and computes counts
by type and province, the most central officials and organizations (degree and
betweenness), communities, each official's timeline of posts and events, and a
per-province overview of leaders, programs and partner firms (an instrument issued by
a national body or another province's, such as a Prime Minister's decision, is listed
as cited by the province's articles, not as one of its programs). Articles are
provenance, not actors: they are left out of centrality and communities, or every
article would look like the hub of its own story.

`Stats.as_text()` is for the terminal; `viz.report` renders the same as a page.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from extract.text import ascii_key

NOT_ACTORS = {"article"}
PERSON, ORGANIZATION, PROVINCE, PROGRAM, FIRM, EVENT, ARTICLE = (
    "person", "organization", "province", "program", "firm", "event", "article")
MEMBERSHIP_TARGETS = {ORGANIZATION}
ISSUERS = "issuers"  # the category of the edges from an instrument to the body that issued it


@dataclass(frozen=True)
class Ranked:
    node: str
    label: str
    degree: int
    betweenness: float


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None
    kind: str  # "post" or "event"
    text: str  # "Phó Chủ tịch — Ủy ban nhân dân tỉnh X", "chủ trì — Hội nghị ..."


@dataclass
class ProvinceOverview:
    province: str
    leaders: list[tuple[str, str]] = field(default_factory=list)  # (person, "role — organization")
    programs: list[str] = field(default_factory=list)  # the province's own (or of a body not named)
    cited: list[str] = field(default_factory=list)  # instruments of national or other bodies its articles cite
    firms: list[str] = field(default_factory=list)


@dataclass
class Stats:
    counts_by_type: Counter
    counts_by_province: dict[str, Counter]
    central_people: list[Ranked]
    central_organizations: list[Ranked]
    communities: list[list[str]]  # labels, most connected first
    timelines: dict[str, list[TimelineEntry]]  # person label -> entries by date
    provinces: list[ProvinceOverview]

    def as_text(self, top: int = 10) -> str:
        lines = ["Entities by type:"]
        lines += [f"  {kind:<13} {count}" for kind, count in self.counts_by_type.most_common()]
        lines.append("\nEntities by province:")
        for province, counts in sorted(self.counts_by_province.items()):
            detail = ", ".join(f"{count} {kind}" for kind, count in counts.most_common())
            lines.append(f"  {province}: {detail}")
        for title, ranked in (("Most central officials", self.central_people),
                              ("Most central organizations", self.central_organizations)):
            lines.append(f"\n{title} (degree, betweenness):")
            lines += [f"  {r.label}  {r.degree}  {r.betweenness:.3f}" for r in ranked[:top]]
        lines.append("\nCommunities (largest first):")
        for number, members in enumerate(self.communities[:top], 1):
            shown = ", ".join(members[:6]) + (f" … (+{len(members) - 6})" if len(members) > 6 else "")
            lines.append(f"  {number}. {shown}")
        lines.append("\nTimelines of the most central officials:")
        for ranked in self.central_people[:top]:
            lines.append(f"  {ranked.label}")
            lines += [f"    {e.date or '????-??-??'}  {e.text}" for e in self.timelines.get(ranked.label, [])]
        lines.append("\nProvinces:")
        for overview in self.provinces:
            lines.append(f"  {overview.province}")
            lines += [f"    leader   {person}: {post}" for person, post in overview.leaders]
            lines += [f"    program  {name}" for name in overview.programs[:top]]
            lines += [f"    cited    {name}" for name in overview.cited[:top]]
            lines += [f"    firm     {name}" for name in overview.firms]
        return "\n".join(lines)

    def timeline_of(self, name: str) -> list[TimelineEntry] | None:
        """One official's timeline; the name may be written without diacritics."""
        key = ascii_key(name)
        for label, entries in self.timelines.items():
            if ascii_key(label) == key:
                return entries
        return None


def compute_stats(graph: nx.MultiDiGraph) -> Stats:
    types = {node: data["type"] for node, data in graph.nodes(data=True)}
    labels = {node: data["label"] for node, data in graph.nodes(data=True)}
    actors = nx.Graph(graph.subgraph(n for n, t in types.items() if t not in NOT_ACTORS))
    degree = dict(actors.degree())
    betweenness = nx.betweenness_centrality(actors) if actors.number_of_nodes() else {}

    def ranked(kind: str) -> list[Ranked]:
        nodes = [n for n in actors if types[n] == kind]
        return sorted((Ranked(n, labels[n], degree[n], betweenness.get(n, 0.0)) for n in nodes),
                      key=lambda r: (-r.betweenness, -r.degree, r.label))

    return Stats(
        counts_by_type=Counter(types.values()),
        counts_by_province=_counts_by_province(graph),
        central_people=ranked(PERSON),
        central_organizations=ranked(ORGANIZATION),
        communities=_communities(actors, labels, degree),
        timelines={labels[n]: _timeline(graph, n) for n in graph if types[n] == PERSON},
        provinces=_province_overviews(graph, types, labels),
    )


def _counts_by_province(graph: nx.MultiDiGraph) -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for _, data in graph.nodes(data=True):
        for province in (data.get("province") or "").split(", "):
            if province and data["type"] != PROVINCE:
                counts[province][data["type"]] += 1
    return dict(counts)


def _communities(actors: nx.Graph, labels: dict, degree: dict) -> list[list[str]]:
    connected = actors.subgraph(n for n in actors if degree[n] > 0)
    if connected.number_of_edges() == 0:
        return []
    groups = nx.community.greedy_modularity_communities(connected)
    return [[labels[n] for n in sorted(group, key=lambda n: (-degree[n], labels[n]))]
            for group in sorted(groups, key=len, reverse=True)]


def _timeline(graph: nx.MultiDiGraph, person: str) -> list[TimelineEntry]:
    entries: set[TimelineEntry] = set()
    for _, target, data in graph.out_edges(person, data=True):
        kind = graph.nodes[target]["type"]
        if kind not in (ORGANIZATION, EVENT):
            continue
        text = f"{data['label']} — {graph.nodes[target]['label']}"
        dates = {f.get("date") for f in data.get("facts", [])} or {None}
        for date in dates:
            entries.add(TimelineEntry(date, "post" if kind == ORGANIZATION else "event", text))
    return sorted(entries, key=lambda e: (e.date or "", e.kind, e.text))


def _province_overviews(graph: nx.MultiDiGraph, types: dict, labels: dict) -> list[ProvinceOverview]:
    overviews: dict[str, ProvinceOverview] = {}

    def overview(province: str) -> ProvinceOverview:
        return overviews.setdefault(province, ProvinceOverview(province))

    article_province = {}
    issuers: dict[str, list[str]] = defaultdict(list)  # program → the bodies that issued it
    for source, target, data in graph.edges(data=True):
        if types[source] == ARTICLE and types[target] == PROVINCE:
            article_province[source] = labels[target]
        elif data.get("category") == ISSUERS:
            issuers[source].append(target)
    for source, target, data in graph.edges(data=True):
        kinds = (types[source], types[target])
        province = graph.nodes[target].get("province")
        if kinds == (PERSON, ORGANIZATION) and province:
            leader = (labels[source], f"{data['label']} — {labels[target]}")
            if leader not in overview(province).leaders:
                overview(province).leaders.append(leader)
        elif kinds == (PROGRAM, ARTICLE) and target in article_province:
            province = article_province[target]
            issued_elsewhere = any(graph.nodes[issuer].get("province") != province for issuer in issuers[source])
            listed = overview(province).cited if issued_elsewhere else overview(province).programs
            if labels[source] not in listed:
                listed.append(labels[source])
        elif FIRM in kinds and ORGANIZATION in kinds:
            org = target if types[target] == ORGANIZATION else source
            firm = source if org == target else target
            org_province = graph.nodes[org].get("province")
            if org_province and labels[firm] not in overview(org_province).firms:
                overview(org_province).firms.append(labels[firm])
    for item in overviews.values():
        item.leaders.sort()
        item.programs.sort()
        item.cited.sort()
        item.firms.sort()
    return sorted(overviews.values(), key=lambda o: o.province)
