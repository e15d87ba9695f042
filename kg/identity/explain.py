"""`kg explain`: the person nodes of a name, their posts, and why each mention is theirs; and
`count_people` for `kg build`'s summary."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef

from extract.text import ascii_key, fold
from kg.mapping import name_key
from kg.store import Store
from kg.vocab import compact


def count_people(store: Store) -> int:
    """Person nodes in the store, after resolution."""
    rows = store.query("SELECT (COUNT(DISTINCT ?person) AS ?n) WHERE { ?person a foaf:Person }")
    return int(next(iter(rows)).n)


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
