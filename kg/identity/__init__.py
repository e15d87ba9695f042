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
the whole store would. Who is who depends only on the set of articles in the store,
never on the order they were built in, because each name is decided from all of its
mentions and every step runs in a fixed order:

1. Mentions are grouped by `kg.mapping.name_key` (case and tone-mark placement do not
   matter, diacritics do: `Hà` and `Hạ` are two names).
2. Within a name, mentions whose article names a province are taken oldest first (by
   article date, then article name). Each joins the first person it is compatible with
   — compatible with *every* mention already in that person — or starts a new person.
   Two mentions are incompatible when
   - their provinces differ, unless one merged into the other on 2025-07-01 and the
     mention in the new province is from that day on (provinces.tsv), or
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

IRIs stay once minted, so that a citation keeps naming whom it named: a person keeps
the IRI its mentions were resolved to before (when a person splits, the part holding
most of them keeps it and the part that leaves gets a new one; when two are found to
be one, the IRI most of its mentions had, the other kept as `owl:sameAs` it in the
identity graph and never minted again). A new IRI is `kgr:person/<province>/<name>`:
the province of the person's oldest mention that has one ("unknown-province" if none)
when it was minted, the name's segment, and `~2`, `~3` ... past every IRI taken; so
the IRIs, unlike who is who, depend on the order articles came in. Memberships are
renamed with their person. Renaming rewrites only the person and membership IRIs in
an article graph: what each article states stays exactly what it stated, so removing
an article still removes exactly its facts.

The resolution is idempotent: run twice, it changes nothing the second time. A build
interrupted before its resolution is completed by building the same articles again.

    mentions     reading each (article, name) and its posts back from the article graphs
    decisions    deciding who is who among the mentions of one name (steps 1-3)
    resolution   resolve: read, decide, and the graphs to store (renamed articles, decisions)
    explain      `kg explain`: a name's person nodes, their posts, and why
"""
from kg.identity.explain import PersonExplanation, count_people, explain, render_explanations
from kg.identity.mentions import for_keys, read_mentions, search_keys_of
from kg.identity.resolution import Resolution, resolve

__all__ = ["PersonExplanation", "Resolution", "count_people", "explain", "for_keys", "read_mentions",
           "render_explanations", "resolve", "search_keys_of"]
