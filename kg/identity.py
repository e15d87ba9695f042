"""Who is who across articles: one node per official, and the reasons for every merge.

A *mention* is one article's use of one name (all of its sentences): the article's
date and province, and the posts the article gives that person. `kg.mapping` names the
mention's node provisionally by the article's province and the name. After every build
or removal `resolve(store, search_keys)` reads back from the article graphs all mentions
of the names the changed articles mention or mentioned, decides which belong to one
person, and gives the article graphs whose nodes must be renamed (where the decision
differs from the provisional name) and, per search key, the graph kgg:identity/<key>
with every decision and its reason (`kgo:IdentityDecision`); `kg.build` stores them.

Only mentions of one name can be one person, so a name's decisions depend only on the
articles mentioning it: recomputing the names an article touches (all spellings that
share its search key `kgo:nameKey`, the name without diacritics) gives what recomputing
the whole store would. The decision depends only on the set of articles in the store,
never on the order they were built in, because each name is decided from all of its
mentions and every step runs in a fixed order:

1. Mentions are grouped by `kg.mapping.name_key` (case and tone-mark placement do not
   matter, diacritics do: `Hà` and `Hạ` are two names).
2. Within a name, mentions whose article names a province are taken oldest first (by
   article date, then article name). Each joins the first person it is compatible with
   — compatible with *every* mention already in that person — or starts a new person.
   Two mentions are incompatible when
   - their provinces differ, unless one merged into the other on 2025-07-01 and the
     mention in the new province is from that day on (`kg.places`), or
   - they hold one role in two different bodies of the same kind within a year, or
     when an article has no date ("Giám đốc" of two Sở), unless the role is one people
     hold in several bodies at once (`extract/data/concurrent_roles.tsv`) or the two
     dates lie on both sides of 2025-07-01. Former posts ("nguyên") never conflict; a
     body named without its place may be the one another article names with it.
3. Then the mentions whose article names no province, in the same order. Such a mention
   joins a person of a known province only if it shares a post's role *and* the kind of
   body with it ("Phó Chủ tịch" of an "Ủy ban nhân dân") without any conflict, and only
   if exactly one person fits; otherwise it joins an earlier province-less person on the
   same condition, or stays a person of its own.

A person's IRI is `kgr:person/<province>/<name>`: the province of its oldest mention
that has one ("unknown-province" if none), the name's segment, and `~2`, `~3` ... for
the second and later homonyms with the same province and name, numbered in the order
of step 2-3. Memberships are renamed with their person. Renaming rewrites only the
person and membership IRIs in an article graph: what each article states stays
exactly what it stated, so removing an article still removes exactly its facts.

The resolution is idempotent: run twice, it changes nothing the second time. A build
interrupted before its resolution is completed by building the same articles again.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cache
from typing import Collection, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from extract.lexicon import read_table
from extract.text import ascii_key, fold
from kg.mapping import article_iri, article_key, derived_graph_iri, membership_prefix, name_key, name_segment, person_iri
from kg.places import REFORM_DATE, province_named, successor
from kg.store import Store
from kg.store.graphs import ARTICLE_GRAPHS, article_graph_iri, article_name_of_graph
from kg.vocab import KGO, RDF, RDFS, RESOURCE, compact

_CONFLICT_WINDOW = datetime.timedelta(days=365)
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


@dataclass
class _Person:
    members: list[Mention]
    iri: URIRef | None = None

    @property
    def province(self) -> str | None:
        return next((m.province for m in self.members if m.province), None)


@dataclass
class _Decision:
    mention: Mention
    person: _Person
    reason: str
    kept_apart: list[tuple[_Person, str]] = field(default_factory=list)


@dataclass
class Resolution:
    """What resolving identities over the store gives: graphs to store, and counts."""

    search_keys: set[str]  # the names resolved
    rewritten: list[Graph]  # article graphs with people renamed (only those that change)
    identity: list[Graph]  # kgg:identity/<key> for each search key (empty: none of its mentions is left)
    renamed: int  # mentions whose node gets a new IRI


def resolve(store: Store, search_keys: Collection[str] | None = None) -> Resolution:
    """Decide who is who among the people whose `kgo:nameKey` is one of `search_keys`
    (everyone when None). Reads only; the caller stores the graphs."""
    mentions = read_mentions(store, search_keys)
    keys = set(search_keys) if search_keys is not None else {mention.search_key for mention in mentions}
    decisions = decide(mentions)
    renames: dict[str, dict[str, str]] = {}
    for decision in decisions:
        target = str(decision.person.iri)
        if decision.mention.node != target:
            renames.setdefault(decision.mention.article, {})[decision.mention.node] = target
    return Resolution(
        search_keys=keys,
        rewritten=[rename_people(store.article_graph(article), nodes) for article, nodes in sorted(renames.items())],
        identity=identity_graphs(decisions, keys),
        renamed=sum(len(nodes) for nodes in renames.values()),
    )


def count_people(store: Store) -> int:
    """Person nodes in the store, after resolution."""
    rows = store.query("SELECT (COUNT(DISTINCT ?person) AS ?n) WHERE { ?person a foaf:Person }")
    return int(next(iter(rows)).n)


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
        mention.posts.sort(key=lambda post: (post.role, post.organization_name))
    return sorted(mentions.values(), key=lambda m: (m.key, m.order))


def _articles(store: Store, graphs: set[URIRef]) -> dict[str, tuple[datetime.date | None, str | None]]:
    """Article graph → the article's date and province."""
    if not graphs:
        return {}
    articles = {}
    for row in store.query(_ARTICLES_QUERY.format(graphs=_values("?graph", graphs))):
        date = row.date.toPython() if row.date is not None else None
        articles[str(row.graph)] = (date if isinstance(date, datetime.date) else None,
                                    str(row.province) if row.province is not None else None)
    return articles


def _kind_labels(store: Store, kinds: set[tuple[URIRef, URIRef]]) -> dict[tuple[URIRef, URIRef], str]:
    """(article graph, kind of body) → the kind's label in that article."""
    if not kinds:
        return {}
    rows = store.query(f"SELECT ?graph ?kind_node ?kind WHERE {{ {_values('(?graph ?kind_node)', kinds)}"
                       " GRAPH ?graph { ?kind_node skos:prefLabel ?kind } }")
    return {(row.graph, row.kind_node): str(row.kind) for row in rows}


def decide(mentions: Iterable[Mention]) -> list[_Decision]:
    """Group mentions into people (see the module docstring); IRIs are assigned on the way out."""
    by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.key, []).append(mention)
    decisions: list[_Decision] = []
    for key in sorted(by_name):
        group = sorted(by_name[key], key=lambda m: m.order)
        people: list[_Person] = []
        for mention in group:
            if mention.province:
                decisions.append(_place_known(mention, people))
        for mention in group:
            if not mention.province:
                decisions.append(_place_unknown(mention, people))
        _assign_iris(people)
    return decisions


def _place_known(mention: Mention, people: list[_Person]) -> _Decision:
    """Join the first compatible person, or found a new one. Only a founding mention records
    why it was kept apart from each earlier person: that is why its person exists (recording
    it for every later mention too would grow with the square of the homonyms)."""
    kept_apart = []
    for person in people:
        conflict = _conflict_with_person(mention, person)
        if conflict is not None:
            kept_apart.append((person, conflict))
            continue
        reason = _why_same(mention, person)
        person.members.append(mention)
        return _Decision(mention, person, reason)
    person = _Person([mention])
    people.append(person)
    return _Decision(mention, person, f"first mention in province {mention.province}", kept_apart)


def _place_unknown(mention: Mention, people: list[_Person]) -> _Decision:
    """A mention whose article names no province joins only on a shared role and kind of body."""
    kept_apart: list[tuple[_Person, str]] = []
    fitting: list[tuple[_Person, str]] = []
    for person in people:
        conflict = _conflict_with_person(mention, person)
        shared = None if conflict else _shared_role_and_kind(mention, person)
        if shared is not None:
            fitting.append((person, shared))
        else:
            kept_apart.append((person, conflict or (
                "the article names no province, and no post of this mention has the role and "
                "the kind of body of a post of that person")))
    known = [(person, shared) for person, shared in fitting if person.province]
    if len(known) > 1:
        names = ", ".join(f"{person.province}" for person, _ in known)
        kept_apart += [(person, f"the article names no province, and its posts fit people in "
                                f"several provinces ({names}): ambiguous") for person, _ in known]
        fitting = [(person, shared) for person, shared in fitting if not person.province]
    elif known:
        fitting = known
    if fitting:
        person, shared = fitting[0]
        kept_apart += [(other, "another person of this name fits as well; the first one was taken")
                       for other, _ in fitting[1:]]
        person.members.append(mention)
        return _Decision(mention, person, f"the article names no province; {shared}", kept_apart)
    person = _Person([mention])
    people.append(person)
    return _Decision(mention, person, "first mention in an article that names no province", kept_apart)


def _conflict_with_person(mention: Mention, person: _Person) -> str | None:
    for member in person.members:
        conflict = _province_conflict(mention, member) or _post_conflict(mention, member)
        if conflict is not None:
            return conflict
    return None


def _province_conflict(mention: Mention, other: Mention) -> str | None:
    if not mention.province or not other.province or _same_province(mention, other) is not None:
        return None
    return (f"different provinces: {mention.province} here, {other.province} in {other.where()}")


def _same_province(mention: Mention, other: Mention) -> str | None:
    """How the two provinces are one, or None: the same, or one merged into the other by then."""
    if fold(mention.province) == fold(other.province):
        return f"same province {mention.province}"
    for old, new in ((mention, other), (other, mention)):
        province = province_named(old.province)
        after = successor(province) if province else None
        if (after is not None and fold(after.name) == fold(new.province)
                and new.date is not None and new.date >= REFORM_DATE):
            return f"{old.province} merged into {new.province} on {REFORM_DATE.isoformat()}"
    return None


def _post_conflict(mention: Mention, other: Mention) -> str | None:
    """One role in two different bodies of one kind within a year: two people.

    Not across 2025-07-01, when the reorganization moved officials into the new bodies.
    """
    if mention.date and other.date and (
            abs(mention.date - other.date) >= _CONFLICT_WINDOW
            or min(mention.date, other.date) < REFORM_DATE <= max(mention.date, other.date)):
        return None
    for mine in mention.posts:
        for theirs in other.posts:
            if (not mine.former and not theirs.former and not mine.may_be_the_body_of(theirs)
                    and mine.same_role_and_kind(theirs) and not _concurrent(mine.role, mine.kind)):
                return (f"{mine.role} of {mine.organization_name} here but of "
                        f"{theirs.organization_name} in {other.where()}, within a year")
    return None


def _why_same(mention: Mention, person: _Person) -> str:
    """The reason a mention of a known province joins a person (no conflict was found)."""
    best = person.members[0]
    shared_post = None
    for member in person.members:
        shared = [p for p in mention.posts for q in member.posts
                  if p.organization == q.organization and fold(p.role) == fold(q.role)]
        if shared:
            best, shared_post = member, shared[0]
            break
    province = _same_province(mention, best)  # never None: a province conflict would have kept them apart
    if shared_post is not None:
        return f"{province}; same post {shared_post.role} of {shared_post.organization_name} as in {best.where()}"
    return f"{province} as {best.where()}; no conflicting posts"


def _shared_role_and_kind(mention: Mention, person: _Person) -> str | None:
    for member in person.members:
        for mine in mention.posts:
            for theirs in member.posts:
                if mine.same_role_and_kind(theirs):
                    return (f"same role {mine.role} in the same kind of body ({mine.kind}) "
                            f"as in {member.where()}")
    return None


@cache
def _concurrent_roles() -> frozenset[tuple[str, str]]:
    return frozenset((fold(row["role"]), fold(row["kind"])) for row in read_table("concurrent_roles"))


def _concurrent(role: str, kind: str | None) -> bool:
    roles = _concurrent_roles()
    return (fold(role), "*") in roles or (kind is not None and (fold(role), fold(kind)) in roles)


def _assign_iris(people: list[_Person]) -> None:
    """`kgr:person/<province>/<name>`, homonyms of one province and name numbered in order."""
    taken: dict[str, int] = {}
    for person in people:
        first = person.members[0]
        base = str(person_iri(first.name, person.province))
        taken[base] = taken.get(base, 0) + 1
        person.iri = person_iri(first.name, person.province, taken[base])


def rename_people(graph: Graph, renames: dict[str, str]) -> Graph:
    """A copy of an article graph with person IRIs (and their memberships' IRIs) renamed."""
    prefixes = [(membership_prefix(URIRef(old)), membership_prefix(URIRef(new))) for old, new in renames.items()]

    def renamed(term):
        if not isinstance(term, URIRef):
            return term
        text = str(term)
        if text in renames:
            return URIRef(renames[text])
        for old, new in prefixes:
            if text.startswith(old):
                return URIRef(new + text[len(old):])
        return term

    result = Graph(identifier=graph.identifier, bind_namespaces="none")
    for triple in graph:
        result.add(tuple(renamed(term) for term in triple))
    return result


def identity_graphs(decisions: list[_Decision], search_keys: Collection[str]) -> list[Graph]:
    """kgg:identity/<key> for each search key: one kgo:IdentityDecision per mention, and one
    per person it was kept apart from."""
    graphs = {key: Graph(identifier=derived_graph_iri("identity", key), bind_namespaces="none")
              for key in sorted(search_keys)}
    for decision in decisions:
        mention = decision.mention
        graph = graphs[mention.search_key]
        node = RESOURCE[f"identity/{article_key(mention.article)}/{name_segment(mention.name)}"]
        _add_decision(graph, node, mention, decision.person.iri, decision.reason)
        for number, (other, reason) in enumerate(decision.kept_apart, 1):
            apart = URIRef(f"{node}/apart/{number}")
            _add_decision(graph, apart, mention, decision.person.iri, reason)
            graph.add((apart, KGO.keptApartFrom, other.iri))
    return list(graphs.values())


def _add_decision(graph: Graph, node: URIRef, mention: Mention, person: URIRef, reason: str) -> None:
    graph.add((node, RDF.type, KGO.IdentityDecision))
    graph.add((node, RDFS.label, Literal(f"{mention.name} – {mention.article}", lang="vi")))
    graph.add((node, KGO.inArticle, article_iri(mention.article)))
    graph.add((node, KGO.mentionName, Literal(mention.name, lang="vi")))
    graph.add((node, KGO.resolvedTo, person))
    graph.add((node, KGO.reason, Literal(reason, lang="en")))


# --- explaining ------------------------------------------------------------------

_EXPLAIN_NODES = """
SELECT DISTINCT ?person ?name WHERE { ?person a foaf:Person ; kgo:nameKey KEY ; foaf:name ?name }
"""

_EXPLAIN_POSTS = """
SELECT DISTINCT ?role ?organization ?first ?last ?article ?date WHERE {
  ?membership org:member PERSON ;
      org:role/skos:prefLabel ?role ;
      org:organization/schema:name ?organization .
  GRAPH ?graph { ?membership kgo:mentionedIn ?article_node }
  ?article_node schema:identifier ?article .
  OPTIONAL { ?article_node schema:datePublished ?date }
  OPTIONAL { ?membership kgo:firstAttested ?first ; kgo:lastAttested ?last }
}
ORDER BY (!BOUND(?first)) ?first ?role ?organization (!BOUND(?date)) ?date ?article
"""

_EXPLAIN_DECISIONS = """
SELECT ?article ?date ?province ?name ?resolved ?apart ?reason WHERE {
  GRAPH ?identity {
    ?decision a kgo:IdentityDecision ;
        kgo:inArticle ?article_node ;
        kgo:mentionName ?name ;
        kgo:resolvedTo ?resolved ;
        kgo:reason ?reason .
    OPTIONAL { ?decision kgo:keptApartFrom ?apart }
  }
  FILTER(?resolved = PERSON || (BOUND(?apart) && ?apart = PERSON))
  ?article_node schema:identifier ?article .
  OPTIONAL { ?article_node schema:datePublished ?date }
  OPTIONAL { ?article_node schema:contentLocation/schema:name ?province }
}
ORDER BY (!BOUND(?date)) ?date ?article ?apart
"""


@dataclass
class PostHeld:
    role: str
    organization: str
    first: str | None  # earliest and latest dates of the articles stating it
    last: str | None
    articles: list[str]  # oldest first


@dataclass
class MentionNote:
    article: str
    date: str | None
    province: str | None
    reason: str
    other: str | None = None  # for a kept-apart note: the node it is kept apart from / joined


@dataclass
class PersonExplanation:
    node: str
    names: list[str]
    posts: list[PostHeld]
    mentions: list[MentionNote]  # why each mention joined this node
    kept_apart: list[MentionNote]  # mentions of this name kept apart from this node, or this node's from others


def explain(store: Store, name: str) -> list[PersonExplanation]:
    """The person nodes called `name` (diacritics optional: when given they must match)."""
    wanted = name_key(name)
    exact = fold(name) != ascii_key(name)  # the argument carries diacritics
    nodes: dict[str, list[str]] = {}
    for row in store.query(_EXPLAIN_NODES.replace("KEY", Literal(ascii_key(name)).n3())):
        if not exact or name_key(str(row.name)) == wanted:
            nodes.setdefault(str(row.person), []).append(str(row.name))
    explanations = []
    for node, names in sorted(nodes.items()):
        person = URIRef(node).n3()
        posts: dict[tuple[str, str], PostHeld] = {}
        for r in store.query(_EXPLAIN_POSTS.replace("PERSON", person)):
            post = posts.setdefault((str(r.role), str(r.organization)), PostHeld(
                str(r.role), str(r.organization), _text(r.first), _text(r.last), []))
            post.articles.append(str(r.article))
        mentions, kept_apart = [], []
        for r in store.query(_EXPLAIN_DECISIONS.replace("PERSON", person)):
            note = MentionNote(str(r.article), _text(r.date), _text(r.province), str(r.reason))
            if r.apart is None:
                mentions.append(note)
            else:
                note.other = str(r.apart) if str(r.resolved) == node else str(r.resolved)
                kept_apart.append(note)
        explanations.append(PersonExplanation(node, sorted(set(names)), list(posts.values()), mentions, kept_apart))
    return explanations


def _text(term) -> str | None:
    return None if term is None else str(term)


def render_explanations(name: str, explanations: list[PersonExplanation]) -> str:
    """The text `kg explain` prints."""
    lines = [f"{name}: {len(explanations)} person node(s)"]
    for explanation in explanations:
        lines += ["", f"{compact(explanation.node)}  {' / '.join(explanation.names)}", "  posts:"]
        lines += [f"    {post.role}, {post.organization}  "
                  f"[{post.first or '?'} … {post.last or '?'}]  ({', '.join(post.articles)})"
                  for post in explanation.posts] or ["    (none stated)"]
        lines.append("  articles, and why each mention is this person:")
        for note in explanation.mentions:
            where = ", ".join(filter(None, (note.date, note.province or "no province")))
            lines.append(f"    {note.article} ({where}): {note.reason}")
        if explanation.kept_apart:
            lines.append("  kept apart:")
            for note in explanation.kept_apart:
                lines.append(f"    from {compact(note.other)} — {note.article}: {note.reason}")
    return "\n".join(lines)
