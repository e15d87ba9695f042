"""The store's facts an answer is made of: posts, participations, directives, programs,
partnerships and connections, each with the sentence that states it and its article.

Every read names the nodes it starts from (people, bodies, events, provinces, found
by `kg.ask.resolve`) in a VALUES block, so that it costs what those nodes hold, not
what the store holds. A fact stated by several articles (a post, a program) is given
once, with how many articles state it and the newest one's sentence.

A sentence that is the article's headline is replaced, when the article has one, by a
sentence of its body that states the same fact (the fact's other evidence in that
article, else a sentence naming the person): headlines summarize, sentences state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from extract.text import ascii_key
from kg.ask.resolve import Body, Catalog
from kg.ask.store_reads import rows, rows_for
from kg.ask.vocabulary import Title, Vocabulary


@dataclass
class Statement:
    """One fact (a membership, a program ...) as the articles state it."""

    iri: str
    values: dict[str, str]  # named values shown
    iris: dict[str, str]  # IRIs of what it is about
    articles: dict[str, str | None] = field(default_factory=dict)  # article IRI → its date
    evidence: dict[str, list[tuple[int | None, str]]] = field(default_factory=dict)  # article → (offset, sentence)

    @property
    def newest(self) -> str | None:
        return max(self.articles, key=lambda article: (self.articles[article] or "", article), default=None)


@dataclass
class Article:
    iri: str
    name: str | None
    headline: str | None
    date: str | None


def articles(catalog: Catalog, iris: Iterable[str]) -> dict[str, Article]:
    found = {iri: Article(iri, None, None, None) for iri in iris}
    for iri, name, headline, date in rows_for(catalog.store, "article", found, """
            OPTIONAL { ?article schema:identifier ?name } OPTIONAL { ?article schema:headline ?headline }
            OPTIONAL { ?article schema:datePublished ?date }""", "?article ?name ?headline ?date"):
        found[iri] = Article(iri, name, headline, date)
    return found


def is_headline(sentence: str | None, start: int | None, article: Article | None) -> bool:
    if sentence is None:
        return False
    if start == 0 and (article is None or article.headline is not None):
        return True  # the text opens with the headline; a page without one opens with its lead
    return article is not None and article.headline is not None and ascii_key(sentence) == ascii_key(article.headline)


def stated_sentence(catalog: Catalog, article: Article, sentences: Sequence[tuple[int | None, str]],
                    names: Sequence[str]) -> str | None:
    """The sentence to quote from an article: one of the fact's own that is not the
    headline, else a sentence of the article naming one of `names`, else the headline."""
    for start, sentence in sentences:
        if not is_headline(sentence, start, article):
            return sentence
    keys = [ascii_key(name) for name in names if name]
    if keys and sentences:
        for start, sentence in _article_sentences(catalog, article.iri):
            if not is_headline(sentence, start, article) and any(key in ascii_key(sentence) for key in keys):
                return sentence
    return sentences[0][1] if sentences else None


def _article_sentences(catalog: Catalog, article: str) -> list[tuple[int, str]]:
    found = rows_for(catalog.store, "article", [article], """
        ?evidence prov:wasQuotedFrom ?article ; kgo:sentence ?sentence ; kgo:startOffset ?start""",
                     "?start ?sentence")
    return sorted((int(start), sentence) for start, sentence in found)


def evidence_of(catalog: Catalog, statements: dict[str, Statement], newest: int = 3) -> None:
    """Each statement's sentences, by the article they were quoted from: of its `newest`
    articles only (a post a thousand articles restate is quoted from the newest)."""
    wanted = {}
    for iri, statement in statements.items():
        ordered = sorted(statement.articles, key=lambda a: (statement.articles[a] or "", a), reverse=True)
        for article in ordered[:newest] or [None]:
            wanted[(iri, article)] = True
    pairs_ = [pair for pair in wanted if pair[1] is not None]
    found = []
    for start in range(0, len(pairs_), 200):
        block = " ".join(f"(<{fact}> <{article}>)" for fact, article in pairs_[start:start + 200])
        found += rows(catalog.store, f"""SELECT ?fact ?sentence ?start ?article WHERE {{
            VALUES (?fact ?article) {{ {block} }}
            ?fact prov:wasDerivedFrom ?evidence . ?evidence prov:wasQuotedFrom ?article ; kgo:sentence ?sentence .
            OPTIONAL {{ ?evidence kgo:startOffset ?start }} }}""")
    no_article = [fact for fact, article in wanted if article is None]
    found += [(fact, sentence, start, article) for fact, sentence, start, article in rows_for(
        catalog.store, "fact", no_article, """
            ?fact prov:wasDerivedFrom ?evidence . ?evidence kgo:sentence ?sentence .
            OPTIONAL { ?evidence kgo:startOffset ?start } OPTIONAL { ?evidence prov:wasQuotedFrom ?article }""",
        "?fact ?sentence ?start ?article")]
    for iri, sentence, start, article in found:
        statements[iri].evidence.setdefault(article, []).append((int(start) if start else None, sentence))


# ---------------------------------------------------------------- posts


def memberships(catalog: Catalog, *, persons: Sequence[str] = (), bodies: Sequence[str] = (),
                roles: Sequence[str] = ()) -> list[Statement]:
    """The posts held by these people, or in these bodies, or with these roles (as
    typed), with the articles stating them."""
    if persons:
        variable, values, start = "person", persons, ""
    elif bodies:
        variable, values, start = "org", bodies, ""
    else:
        variable, values, start = "role_key", [ascii_key(role) for role in roles], \
            "?role_node a org:Role ; kgo:nameKey ?role_key ."
    found: dict[str, Statement] = {}
    for membership, person, name, role, org, org_name, article, date in rows_for(catalog.store, variable, values, start + """
            ?membership org:member ?person ; org:organization ?org ; org:role ?role_node .
            ?role_node skos:prefLabel ?role .
            ?person foaf:name ?name .
            ?org schema:name ?org_name .
            ?membership kgo:mentionedIn ?article .
            OPTIONAL { ?article schema:datePublished ?date }""",
            "?membership ?person ?name ?role ?org ?org_name ?article ?date", literals=not (persons or bodies)):
        statement = found.setdefault(membership, Statement(
            membership, {"person": name, "role": role, "organization": org_name},
            {"person": person, "organization": org}))
        statement.articles[article] = date
    attested = rows_for(catalog.store, "membership", found, """
        OPTIONAL { ?membership kgo:firstAttested ?first } OPTIONAL { ?membership kgo:lastAttested ?last }
        OPTIONAL { ?membership kgo:givenIn ?given }""", "?membership ?first ?last ?given")
    for membership, first, last, given in attested:
        if first:
            found[membership].values["first_attested"] = first[:10]
        if last:
            found[membership].values["last_attested"] = last[:10]
        if given:  # the article that reports the post being given
            date = found[membership].articles.get(given)
            found[membership].values["given_on"] = date[:10] if date else "given in an undated article"
    statuses: dict[tuple[str, str], str] = {}
    for membership, article, status in rows_for(catalog.store, "membership", found, """
            GRAPH ?graph { ?membership kgo:membershipStatus ?status ; kgo:mentionedIn ?article }""",
                                                "?membership ?article ?status"):
        statuses[(membership, article)] = status
    for statement in found.values():
        newest = statement.newest
        if (statement.iri, newest) in statuses:
            statement.values["status"] = statuses[(statement.iri, newest)]
    evidence_of(catalog, found)
    return list(found.values())


def top_titles(body: Body, vocabulary: Vocabulary) -> list[str]:
    """The roles that head a body: the titles held in bodies of its kind that are no deputy's
    ("Giám đốc" of a Sở, "Chủ tịch" of an Ủy ban nhân dân, "Bí thư" of a Tỉnh ủy), also of the
    kinds its head's first words name ("Trưởng ban" of a Ban Quản lý, a kind of Ban)."""
    key = ascii_key(body.name)
    heads = {vocabulary.organization_heads[head] for head in vocabulary.organization_heads
             if key == head or key.startswith(head + " ")}
    return [title.role for title in vocabulary.titles.values()
            if not title.deputy and (heads & set(title.heads) or title.absorbs in heads)]


def same_role(asked: str, held: str, vocabulary: Vocabulary) -> bool:
    """"Chủ tịch" is not "Phó Chủ tịch"; case and diacritics aside, the roles are equal, or the
    one held is a kind of the one asked for ("Phó Chủ tịch Thường trực" is a "Phó Chủ tịch":
    question_words.tsv, role_kind)."""
    asked_key, held_key = ascii_key(asked), ascii_key(held)
    return held_key == asked_key or held_key.startswith(asked_key + " ") \
        and held_key[len(asked_key) + 1:] in vocabulary.role_kinds


# ---------------------------------------------------------------- directives


def directives(catalog: Catalog, *, persons: Sequence[str] = (), bodies: Sequence[str] = ()) -> list[Statement]:
    """Directives issued by these people, or addressed to these bodies; given neither, every
    directive (the question's words about the request choose among them)."""
    addressee = "OPTIONAL { ?directive kgo:addressedTo ?to . ?to schema:name ?to_name }"
    if bodies and not persons:
        addressee = "?directive kgo:addressedTo ?to . ?to schema:name ?to_name ."
    pattern = f"""
            ?directive kgo:issuedBy ?by ; kgo:requestedAction ?action .
            {addressee}
            ?by foaf:name ?by_name .
            OPTIONAL {{ ?directive kgo:mentionedIn ?article OPTIONAL {{ ?article schema:datePublished ?date }} }}"""
    select = "?directive ?by ?by_name ?to ?to_name ?action ?article ?date"
    if persons or bodies:
        variable, iris = ("by", persons) if persons else ("to", bodies)
        read = rows_for(catalog.store, variable, iris, pattern, select)
    else:
        read = rows(catalog.store, f"SELECT {select} WHERE {{ {pattern} }}")
    found: dict[str, Statement] = {}
    for directive, by, by_name, to, to_name, action, article, date in read:
        statement = found.get(directive)
        if statement is None:
            statement = found[directive] = Statement(directive, {"by": by_name}, {"person": by, "directive": directive})
        if to_name:
            organizations = statement.values.get("organization")
            statement.values["organization"] = to_name if not organizations or to_name in organizations.split("; ") \
                else f"{organizations}; {to_name}"
            statement.iris.setdefault("organization", to)
        statement.values["action"] = action
        if article:
            statement.articles[article] = date
        if date:
            statement.values["date"] = date[:10]
    evidence_of(catalog, found)
    for statement in found.values():  # the addressee first, as the columns of a directive read
        statement.values = {key: statement.values[key] for key in ("organization", "by", "action", "date")
                            if key in statement.values}
    return list(found.values())


# ---------------------------------------------------------------- programs and partners


def programs(catalog: Catalog, provinces: Sequence[str], bodies: Sequence[str],
             mentioned_with: Sequence[str] = (), articles: Sequence[str] = ()) -> list[Statement]:
    """Programs mentioned in the articles about these provinces (IRIs), in the articles that
    mention the bodies `mentioned_with` or in `articles`, or issued by these bodies."""
    found: dict[str, Statement] = {}

    def add(program: str, name: str, article: str | None, date: str | None) -> None:
        statement = found.setdefault(program, Statement(program, {"program": name}, {"program": program}))
        if article:
            statement.articles[article] = date

    named_in = "GRAPH ?graph { ?article a schema:NewsArticle . ?program a kgo:Program } ?program schema:name ?name ."
    dated = "OPTIONAL { ?article schema:datePublished ?date }"
    for variable, iris, pattern in (
            ("province", provinces, f"?article schema:contentLocation ?province . {named_in} {dated}"),
            ("body", mentioned_with, f"?body kgo:mentionedIn ?article . {named_in} {dated}"),
            ("article", articles, f"{named_in} {dated}"),
            ("issuer", bodies, f"?program kgo:issuer ?issuer ; schema:name ?name . "
                               f"OPTIONAL {{ ?program kgo:mentionedIn ?article {dated} }}")):
        for program, name, article, date in rows_for(catalog.store, variable, iris, pattern,
                                                     "?program ?name ?article ?date"):
            add(program, name, article, date)
    for program, kind, number, period in rows_for(catalog.store, "program", found, """
            OPTIONAL { ?program kgo:programKind ?kind_node . ?kind_node skos:prefLabel ?kind }
            OPTIONAL { ?program kgo:documentNumber ?number } OPTIONAL { ?program kgo:period ?period }""",
                                                  "?program ?kind ?number ?period"):
        values = found[program].values
        for key, value in (("kind", kind), ("number", number), ("period", period)):
            if value:
                values[key] = value
    evidence_of(catalog, found)
    return list(found.values())


def partnerships(catalog: Catalog, parties: Sequence[str], provinces: Sequence[str]) -> list[Statement]:
    """Partnerships one of these bodies or firms is party to, or stated in articles about these
    provinces (with a firm, a university, another province ...)."""
    found: dict[str, Statement] = {}
    raw = rows_for(catalog.store, "party", parties, """
        ?partnership kgo:partner ?party , ?other ; schema:name ?label .
        FILTER(?other != ?party)
        OPTIONAL { ?partnership kgo:mentionedIn ?article OPTIONAL { ?article schema:datePublished ?date } }""",
                   "?partnership ?party ?other ?label ?article ?date")
    raw += rows_for(catalog.store, "province", provinces, """
        ?article schema:contentLocation ?province .
        ?partnership kgo:mentionedIn ?article ; kgo:partner ?party , ?other ; schema:name ?label .
        FILTER(?other != ?party)
        OPTIONAL { ?article schema:datePublished ?date }""", "?partnership ?party ?other ?label ?article ?date")
    asked = {catalog.province_names.get(province) for province in provinces}
    # the firm first, else the party that is not the asked province's own ("partner": the province's body)
    raw.sort(key=lambda row: (not _is_firm(catalog, row[1]), _of_province(catalog, row[1], asked)))
    for partnership, party, other, label, article, date in raw:
        firm, partner = (party, other) if _is_firm(catalog, party) or not _is_firm(catalog, other) else (other, party)
        statement = found.setdefault(partnership, Statement(partnership, {
            "firm": _name(catalog, firm), "partner": _name(catalog, partner), "agreement": label},
            {"firm": firm, "organization": partner, "partnership": partnership}))
        if article:
            statement.articles[article] = date
            if date:
                statement.values["date"] = date[:10]
    evidence_of(catalog, found)
    return list(found.values())


def _of_province(catalog: Catalog, iri: str, provinces: set) -> bool:
    body = catalog.bodies.get(iri)
    return body is not None and body.province in provinces


def _is_firm(catalog: Catalog, iri: str) -> bool:
    body = catalog.bodies.get(iri)
    return body is not None and body.firm


def _name(catalog: Catalog, iri: str) -> str:
    body = catalog.bodies.get(iri)
    return body.name if body else iri


# ---------------------------------------------------------------- people


def events_of(catalog: Catalog, persons: Sequence[str]) -> list[tuple]:
    """(person, name, role, event, event name, date, sentence, offset, article, the article's province)
    of these people's participations."""
    found = rows_for(catalog.store, "person", persons, """
        ?participation kgo:participant ?person ; kgo:inEvent ?event ; kgo:participationRole ?role_node .
        ?role_node skos:notation ?role .
        ?person foaf:name ?name .
        ?event schema:name ?event_name .
        OPTIONAL { ?event schema:startDate ?date }
        OPTIONAL { ?participation kgo:mentionedIn ?article
                   OPTIONAL { ?article schema:contentLocation ?place . ?place schema:name ?province } }
        OPTIONAL { ?participation prov:wasDerivedFrom ?evidence
                   OPTIONAL { ?evidence kgo:sentence ?sentence } OPTIONAL { ?evidence kgo:startOffset ?start } }""",
                     "?person ?name ?role ?event ?event_name ?date ?sentence ?start ?article ?province")
    return [(person, name, role, event, event_name, date, sentence, int(start) if start else None, article, province)
            for person, name, role, event, event_name, date, sentence, start, article, province in found]


def connections(catalog: Catalog, persons: Sequence[str]) -> list[tuple]:
    """(person, other, other's name, link, link's name, other's statement, the link's date) for
    each event both took part in (its date) and each body where both hold posts (no date)."""
    found = rows_for(catalog.store, "person", persons, """
        { ?mine kgo:participant ?person ; kgo:inEvent ?link .
          ?theirs kgo:participant ?other ; kgo:inEvent ?link .
          OPTIONAL { ?link schema:startDate ?date } }
        UNION
        { ?mine org:member ?person ; org:organization ?link .
          ?theirs org:member ?other ; org:organization ?link . }
        FILTER(?other != ?person)
        ?other foaf:name ?other_name .
        ?link schema:name ?link_name .""", "?person ?other ?other_name ?link ?link_name ?theirs ?date")
    return [tuple(row) for row in found]


def sentences_of(catalog: Catalog, facts: Sequence[str]) -> dict[str, tuple[str, int | None, str | None]]:
    """Fact IRI → (sentence, offset, article IRI) of its first evidence."""
    found: dict[str, tuple[str, int | None, str | None]] = {}
    for fact, sentence, start, article in rows_for(catalog.store, "fact", facts, """
            ?fact prov:wasDerivedFrom ?evidence . ?evidence kgo:sentence ?sentence .
            OPTIONAL { ?evidence kgo:startOffset ?start } OPTIONAL { ?evidence prov:wasQuotedFrom ?article }""",
                                                 "?fact ?sentence ?start ?article"):
        current = found.get(fact)
        candidate = (sentence, int(start) if start else None, article)
        if current is None or (current[1] == 0 and candidate[1] != 0):
            found[fact] = candidate
    return found


def holders_of(catalog: Catalog, title: Title, bodies: Sequence[Body]) -> list[str]:
    """IRIs of the people who hold this title in these bodies, by the articles; held in none of
    them, in the bodies the role names that are theirs ("trưởng đoàn công tác Thành ủy X": the
    Trưởng đoàn of an Đoàn whose name ends with "Thành ủy X", the Thành ủy's delegation)."""
    def holders(iris: list[str]) -> list[str]:
        return list(dict.fromkeys(
            statement.iris["person"] for statement in memberships(catalog, bodies=iris)
            if same_role(title.role, statement.values["role"], catalog.vocabulary)))

    found = holders([body.iri for body in bodies])
    if found:
        return found
    unit = ascii_key(title.role).split()[-1]  # "doan" of "Trưởng đoàn"
    names = [ascii_key(body.name) for body in bodies]
    return holders([iri for iri, body in catalog.bodies.items()
                    if (key := ascii_key(body.name)).startswith(unit + " ")
                    and any(key.endswith(" " + name) for name in names)])
