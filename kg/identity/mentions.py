"""Reading who is mentioned where: each (article, name) with the article's date, province and
the posts it gives that person, read back from the article graphs; and the IRI the last
resolution gave it, read from the identity decisions, so that IRIs can stay."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Collection, Iterable, Iterator, TypeVar

from rdflib import Literal, URIRef
from rdflib.term import Node

from extract.text import ascii_key, fold
from kg.mapping import article_iri, derived_graph_iri, name_key
from kg.store import Store
from kg.store.graphs import ARTICLE_GRAPHS, article_graph_iri, article_name_of_graph
from kg.vocab import FOAF, KGO, ORG, RDF, SCHEMA, SKOS

T = TypeVar("T")

_ARTICLE_GRAPHS = f'FILTER(STRSTARTS(STR(?graph), "{ARTICLE_GRAPHS}"))'

# The date and province of the articles of the graphs given as VALUES, inside the GRAPH
# pattern: outside it, Oxigraph joins them by hashing every article in the store.
_ARTICLES_QUERY = """
SELECT ?graph ?date ?province WHERE {{
  GRAPH ?graph {{
    {graphs}
    ?article a schema:NewsArticle .
    OPTIONAL {{ ?article schema:datePublished ?date }}
    OPTIONAL {{ ?article schema:contentLocation/schema:name ?province }}
  }}
}}"""

# The queries reading mentions by name bind ?key to the person's kgo:nameKey (see `for_keys`).
_PEOPLE_QUERY = f"""
SELECT ?graph ?person ?name WHERE {{
  GRAPH ?graph {{ ?person a foaf:Person ; kgo:nameKey ?key ; foaf:name ?name }}
  {_ARTICLE_GRAPHS}
}}"""

# The kind's label is read by `_kind_labels`: as a second pattern in this OPTIONAL, Oxigraph
# would join it by hashing every body's kind in the store (seconds at a million triples).
_POSTS_QUERY = f"""
SELECT ?graph ?person ?role ?organization ?organization_name ?kind_node ?district ?status WHERE {{
  GRAPH ?graph {{
    ?person kgo:nameKey ?key .
    ?membership org:member ?person ;
        org:role/skos:prefLabel ?role ;
        org:organization ?organization .
    ?organization schema:name ?organization_name .
    OPTIONAL {{ ?organization org:classification ?kind_node }}
    OPTIONAL {{ ?organization kgo:locatedIn ?place . BIND(EXISTS {{ ?place a kgo:District }} AS ?district) }}
    OPTIONAL {{ ?membership kgo:membershipStatus ?status }}
  }}
  {_ARTICLE_GRAPHS}
}}"""


@dataclass(frozen=True)
class Post:
    """A post one article gives a person."""

    role: str
    organization: str  # IRI
    organization_name: str
    kind: str | None  # the body's head ("Sở"), when the article typed the body
    level: str | None  # "province" or "district", when the body's place is known
    former: bool  # stated with a status ("nguyên"): not held at the article's date

    def order(self) -> tuple:
        """Posts are listed by role and body's name; the rest only breaks ties, so the order
        never depends on the order a query gave them in."""
        return (self.role, self.organization_name, self.organization, self.kind or "", self.level or "",
                self.former)

    def may_be_the_body_of(self, other: Post) -> bool:
        """The same body, or one named without its place that the other names with it
        ("Ủy ban nhân dân tỉnh" and "Ủy ban nhân dân tỉnh Nam Định")."""
        if self.organization == other.organization:
            return True
        mine, theirs = fold(self.organization_name), fold(other.organization_name)
        return ((self.level is None and theirs.startswith(mine + " "))
                or (other.level is None and mine.startswith(theirs + " ")))

    def same_role_and_kind(self, other: Post) -> bool:
        return (
            fold(self.role) == fold(other.role)
            and self.kind is not None and other.kind is not None
            and fold(self.kind) == fold(other.kind)
            and (self.level is None or other.level is None or self.level == other.level)
        )


@dataclass
class Mention:
    """One article's use of one name."""

    article: str
    name: str
    node: str  # the IRI the article graph gives it now
    date: datetime.date | None
    province: str | None
    posts: list[Post] = field(default_factory=list)
    cited: str | None = None  # the person IRI the last resolution gave it (None: not resolved yet)

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def search_key(self) -> str:
        """The `kgo:nameKey` of the name: the derived graphs holding this mention's decision."""
        return ascii_key(self.name)

    @property
    def order(self) -> tuple[str, str]:
        """Oldest first; undated articles last; ties by article name."""
        return (self.date.isoformat() if self.date else "9999", self.article)

    def where(self) -> str:
        return f"{self.article} ({self.date.isoformat()})" if self.date else self.article


def search_keys_of(store: Store, articles: Collection[str]) -> set[str]:
    """The `kgo:nameKey`s of the people the articles mention now, or mentioned when
    identity was last resolved (their decisions record it): the names a change to these
    articles may re-decide."""
    if not articles:
        return set()
    graphs = _values("?graph", (article_graph_iri(name) for name in articles))
    nodes = _values("?article", (article_iri(name) for name in articles))
    now = store.query(
        f"SELECT DISTINCT ?key WHERE {{ {graphs} GRAPH ?graph {{ ?person a foaf:Person ; kgo:nameKey ?key }} }}")
    before = store.query(
        f"SELECT DISTINCT ?name WHERE {{ {nodes}"
        " ?decision a kgo:IdentityDecision ; kgo:inArticle ?article ; kgo:mentionName ?name }")
    return {str(row.key) for row in now} | {ascii_key(str(row.name)) for row in before}


def for_keys(query: str, search_keys: Collection[str] | None) -> str:
    """`query`, whose patterns bind ?key to a person's `kgo:nameKey`, for `search_keys` only (all when None)."""
    if search_keys is None:
        return query
    return query.replace("WHERE {", f"WHERE {{ {_values('?key', map(Literal, search_keys))}", 1)


# The most rows a VALUES clause of the article graphs' details takes: past 1,000 rows,
# Oxigraph no longer looks each row up but reads what the rest of the pattern matches in
# every graph of the store (the dates and provinces of 1,000 article graphs in 0.06 s at
# 10,000 articles, of 1,020 in 0.3 s, of 2,215 in 0.77 s: a cost growing with the store).
VALUES_ROWS = 1_000


def _in_parts(rows: Iterable[T]) -> Iterator[list[T]]:
    """`rows`, sorted, in lists of at most VALUES_ROWS: one query each."""
    ordered = sorted(rows)
    for start in range(0, len(ordered), VALUES_ROWS):
        yield ordered[start:start + VALUES_ROWS]


def _values(variables: str, rows: Iterable[Node | tuple[Node, ...]]) -> str:
    """A VALUES clause, rows in a fixed order: `_values("?g", graphs)`, `_values("(?g ?k)", pairs)`."""
    cells = (f"({' '.join(term.n3() for term in row)})" if isinstance(row, tuple) else row.n3()
             for row in sorted(rows))
    return f"VALUES {variables} {{ {' '.join(cells)} }}"


def read_mentions(store: Store, search_keys: Collection[str] | None = None) -> list[Mention]:
    """Every (article, name) of the article graphs whose search key is one of `search_keys`
    (all when None), with the article's date, province and posts."""
    people = list(store.query(for_keys(_PEOPLE_QUERY, search_keys)))
    articles = _articles(store, {row.graph for row in people})
    mentions: dict[tuple[str, str], Mention] = {}
    for row in people:
        graph, node, name = str(row.graph), str(row.person), str(row.name)
        date, province = articles.get(graph, (None, None))
        mention = mentions.setdefault(
            (graph, node), Mention(article_name_of_graph(graph), name, node, date, province)
        )
        mention.name = min(mention.name, name)  # tone-mark variants of one name: pick one, stably
    posts = list(store.query(for_keys(_POSTS_QUERY, search_keys)))
    kinds = _kind_labels(store, {(row.graph, row.kind_node) for row in posts if row.kind_node is not None})
    for row in posts:
        mention = mentions.get((str(row.graph), str(row.person)))
        if mention is None:
            continue
        level = None if row.district is None else ("district" if row.district.toPython() else "province")
        post = Post(str(row.role), str(row.organization), str(row.organization_name),
                    kinds.get((row.graph, row.kind_node)), level, row.status is not None)
        if post not in mention.posts:
            mention.posts.append(post)
    for mention in mentions.values():
        mention.posts.sort(key=Post.order)
    cited = _cited(store, search_keys)
    for mention in mentions.values():
        mention.cited = cited.get((str(article_iri(mention.article)), mention.key))
    return sorted(mentions.values(), key=lambda m: (m.key, m.order))


def _cited(store: Store, search_keys: Collection[str] | None) -> dict[tuple[str, str], str]:
    """(article IRI, name key) → the person IRI the identity decisions of `search_keys`
    (all when None) resolved that mention to."""
    rows = store.query(f"SELECT ?article ?name ?person WHERE {{ {_identity_graphs(search_keys)} GRAPH ?graph {{"
                       " ?decision a kgo:IdentityDecision ; kgo:inArticle ?article ; kgo:mentionName ?name ;"
                       " kgo:resolvedTo ?person } }")
    return {(str(row.article), name_key(str(row.name))): str(row.person) for row in rows}


def read_replaced(store: Store, search_keys: Collection[str] | None = None) -> dict[str, str]:
    """The person IRIs retired by earlier resolutions of `search_keys` (all when None): old → new."""
    rows = store.query(f"SELECT ?old ?new WHERE {{ {_identity_graphs(search_keys)}"
                       " GRAPH ?graph { ?old owl:sameAs ?new } }")
    return {str(row.old): str(row.new) for row in rows}


def _identity_graphs(search_keys: Collection[str] | None) -> str:
    """The VALUES clause binding ?graph to the identity graphs of `search_keys` ("" for all)."""
    if search_keys is None:
        return ""
    return _values("?graph", (derived_graph_iri("identity", key) for key in search_keys))


def _articles(store: Store, graphs: set[URIRef]) -> dict[str, tuple[datetime.date | None, str | None]]:
    """Article graph → the article's date and province."""
    if not graphs:
        return {}
    rows: dict[str, list[tuple[Node | None, Node | None]]] = {}
    for part in _in_parts(graphs):
        for row in store.query(_ARTICLES_QUERY.format(graphs=_values("?graph", part))):
            rows.setdefault(str(row.graph), []).append((row.date, row.province))
    return {graph: _article_date_and_province(values) for graph, values in rows.items()}


def _article_date_and_province(values: Iterable[tuple[Node | None, Node | None]]
                               ) -> tuple[datetime.date | None, str | None]:
    """An article's date and province from its (date, province name) pairs (one, unless the
    article node has several): the least of each, whatever order they come in."""
    dates = [date.toPython() for date, _ in values if date is not None]
    dates = [date for date in dates if isinstance(date, datetime.date)]
    provinces = [str(province) for _, province in values if province is not None]
    return (min(dates) if dates else None), (min(provinces) if provinces else None)


def _kind_labels(store: Store, kinds: set[tuple[URIRef, URIRef]]) -> dict[tuple[URIRef, URIRef], str]:
    """(article graph, kind of body) → the kind's label in that article."""
    if not kinds:
        return {}
    rows = (row for part in _in_parts(kinds)
            for row in store.query(f"SELECT ?graph ?kind_node ?kind WHERE {{ {_values('(?graph ?kind_node)', part)}"
                                   " GRAPH ?graph { ?kind_node skos:prefLabel ?kind } }"))
    labels: dict[tuple[URIRef, URIRef], str] = {}
    for row in rows:  # the least label of a kind that has several
        key = (row.graph, row.kind_node)
        labels[key] = min(labels.get(key, str(row.kind)), str(row.kind))
    return labels


@dataclass
class ArticleMentions:
    """The people of one article graph, read from its triples where they are mapped: the
    mentions `read_mentions` would read back from a store holding only this article, and
    its people's memberships with the article's date (what attestation spans are made of).
    A first build gathers them from its workers instead of reading every name back."""

    article: str
    mentions: list[Mention]
    memberships: list[tuple[str, str, str, Literal]]  # (search key, person node, membership, date)


def article_mentions(article: str, triples: Iterable[tuple[Node, Node, Node]]) -> ArticleMentions:
    """The mentions of the article graph of `article` made of `triples`, as `read_mentions`
    reads them from a store (the same queries' patterns, matched here in Python), without
    `cited` (none in a store that had no identity decisions)."""
    objects: dict[tuple[Node, Node], list[Node]] = {}
    subjects: dict[Node, list[Node]] = {}  # predicate → subjects
    for subject, predicate, obj in triples:
        objects.setdefault((subject, predicate), []).append(obj)
        subjects.setdefault(predicate, []).append(subject)

    def values(subject: Node, predicate: Node) -> list[Node]:
        return objects.get((subject, predicate), [])

    # _ARTICLES_QUERY: the article node, its date and its province's name(s).
    article_nodes = [s for s in subjects.get(RDF.type, ()) if SCHEMA.NewsArticle in values(s, RDF.type)]
    pairs = [(date, province) for node in dict.fromkeys(article_nodes)
             for date in (values(node, SCHEMA.datePublished) or [None])
             for province in ([name for place in values(node, SCHEMA.contentLocation)
                               for name in values(place, SCHEMA.name)] or [None])]
    date, province = _article_date_and_province(pairs) if pairs else (None, None)
    # _PEOPLE_QUERY: a typed person with a key and a name.
    mentions: dict[Node, Mention] = {}
    for node in dict.fromkeys(subjects.get(RDF.type, ())):
        names = values(node, FOAF.name)
        if FOAF.Person in values(node, RDF.type) and values(node, KGO.nameKey) and names:
            mentions[node] = Mention(article, min(str(name) for name in names), str(node), date, province)
    # _POSTS_QUERY and _kind_labels: every combination of the optional parts, as rows.
    for membership in dict.fromkeys(subjects.get(ORG.member, ())):
        for person in values(membership, ORG.member):
            mention = mentions.get(person)
            if mention is None:
                continue
            statuses = values(membership, KGO.membershipStatus)
            for role in (label for node in values(membership, ORG.role) for label in values(node, SKOS.prefLabel)):
                for organization in values(membership, ORG.organization):
                    kinds = [min((str(label) for label in values(kind_node, SKOS.prefLabel)), default=None)
                             for kind_node in values(organization, ORG.classification)] or [None]
                    levels = [("district" if KGO.District in values(place, RDF.type) else "province")
                              for place in values(organization, KGO.locatedIn)] or [None]
                    for name in values(organization, SCHEMA.name):
                        for kind in kinds:
                            for level in levels:
                                post = Post(str(role), str(organization), str(name), kind, level, bool(statuses))
                                if post not in mention.posts:
                                    mention.posts.append(post)
    for mention in mentions.values():
        mention.posts.sort(key=Post.order)
    # attestation's _SPANS_QUERY: a membership of a person with a key, stated in a dated article.
    memberships = []
    for membership in dict.fromkeys(subjects.get(ORG.member, ())):
        for person in values(membership, ORG.member):
            for key in values(person, KGO.nameKey):
                for stated_in in values(membership, KGO.mentionedIn):
                    for published in values(stated_in, SCHEMA.datePublished):
                        memberships.append((str(key), str(person), str(membership), published))
    return ArticleMentions(article, sorted(mentions.values(), key=lambda m: (m.key, m.order)), memberships)
