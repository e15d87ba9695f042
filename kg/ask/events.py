"""Events found by meaning: which events of the store a question's description fits.

The description's words (`kg.ask.overlap.concepts`) are matched against each event's
name, the bodies it is of or about (by identity or by name), its article's headline
and the sentences its participations were read from; its place and time narrow the
events instead: an event fits a province when its article is about it, a body it is
of or about lies in it, or its name names it; a time when the event's date falls in
it (a year also when the name states it: "Hội nghị tổng kết năm 2023", held in
January 2024); an event whose date is not stated takes its article's.

An event fits the description when it matches nearly all of its weight (`FITS`):
a word that names nothing of the event is a sign of another event, and a question
whose words fit no event is not answered from the closest one. Among the events
that fit, those matching the most of the description compete, and the best answers
when it is clearly best (`CLEARLY_BEST`: its words matched where they weigh most, in
its name rather than a sentence); else every event that fits about as well does,
each with the words it matched.

Events are read pattern by pattern (kg.ask.store_reads); the sentences of their
participations only for the best candidates (`SENTENCES_FOR`), so a store of a
million triples is ranked in a fraction of a second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from extract.places import Province
from kg.ask.overlap import Concept, Score, score, weights
from kg.ask.resolve import Catalog
from kg.ask.store_reads import pairs, rows_for
from kg.ask.times import Period
from kg.ask.tokens import Token, tokenize

FITS = 0.8  # share of the description's weight an event must match
CLEARLY_BEST = 0.85  # events scoring at least this share of the best one fit about as well
SAME_COVERAGE = 0.05  # events matching this much less of the description than the best do not compete
SENTENCES_FOR = 60  # candidates whose participations' sentences are read to rank them
NAME, BODY, HEADLINE, SENTENCE = 1.0, 1.0, 0.8, 0.6  # weights of where a word matched

_NAMES = "SELECT ?event ?name WHERE { ?event a schema:Event ; schema:name ?name }"
_DATES = "SELECT ?event ?date WHERE { ?event a schema:Event ; schema:startDate ?date }"
_ARTICLES = "SELECT ?event ?article WHERE { ?event a schema:Event ; kgo:mentionedIn ?article }"
_ARTICLE_PROVINCES = "SELECT ?article ?province WHERE { ?article schema:contentLocation ?province }"
_BODIES = "SELECT ?event ?body WHERE { { ?event schema:organizer ?body } UNION { ?event schema:about ?body } }"
_YEAR_IN_NAME = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
_ARTICLE_DATES = "SELECT ?article ?date WHERE { ?article a schema:NewsArticle ; schema:datePublished ?date }"


@dataclass
class Event:
    iri: str
    name: str
    date: str | None = None
    article: str | None = None  # IRI
    province: str | None = None  # the article's
    bodies: list[str] = field(default_factory=list)  # IRIs of the bodies it is of or about
    headline: str | None = None
    sentences: list[str] = field(default_factory=list)  # its own and its participations
    persons: set[str] = field(default_factory=set)  # IRIs of its participants
    dated_by_article: bool = False  # the date is the article's: the event's own is not stated

    @property
    def years(self) -> set[int]:
        """Years the name states ("Hội nghị tổng kết năm 2023", "Tháng Thanh niên 2018")."""
        return {int(year) for year in _YEAR_IN_NAME.findall(self.name)}


@dataclass
class Ranked:
    event: Event
    fit: Score


@dataclass
class Selection:
    events: list[Ranked]  # the events that answer, best first
    candidates: list[Ranked]  # the closest events, when none fits
    considered: int  # events of the place and time asked about
    undated: int = 0  # events that might fit but carry no date to check


def load_events(catalog: Catalog) -> dict[str, Event]:
    store = catalog.store
    events = {iri: Event(iri, name) for iri, name in pairs(store, _NAMES)}
    for iri, date in pairs(store, _DATES):
        if iri in events:
            events[iri].date = date[:10]
    provinces = {article: catalog.province_names.get(province) for article, province in pairs(store, _ARTICLE_PROVINCES)}
    published = dict(pairs(store, _ARTICLE_DATES))
    for iri, article in pairs(store, _ARTICLES):
        if iri in events:
            event = events[iri]
            event.article = article
            event.province = provinces.get(article)
            if event.date is None and article in published:  # news reports what just happened
                event.date = published[article][:10]
                event.dated_by_article = True
    for iri, body in pairs(store, _BODIES):
        if iri in events:
            events[iri].bodies.append(body)
    return events


def select(catalog: Catalog, concepts: list[Concept], period: Period | None,
           provinces: Sequence[Province]) -> Selection:
    """The events the description, place and time fit (see the module's docstring)."""
    events = load_events(catalog)
    bodies = catalog.bodies
    wanted = {province.name for province in provinces}

    def in_place(event: Event, tokens: list[Token]) -> bool:
        if not wanted:
            return True
        places = {event.province} | {bodies[iri].province for iri in event.bodies if iri in bodies}
        if places & wanted:
            return True
        return any(_names(tokens, province.name) for province in provinces)

    undated = 0
    considered: list[Event] = []
    name_tokens: dict[str, list[Token]] = {}
    for event in events.values():
        tokens = tokenize(event.name)
        if not in_place(event, tokens):
            continue
        if period is not None:
            if event.date is None and not event.years:
                undated += 1
                continue
            if not (period.holds(event.date) or (period.year is not None and period.year in event.years)):
                continue
        considered.append(event)
        name_tokens[event.iri] = tokens

    def fields(event: Event) -> list[tuple[float, Sequence[Token]]]:
        texts = [(NAME, name_tokens[event.iri])]
        texts += [(BODY, tokenize(bodies[iri].name)) for iri in event.bodies if iri in bodies]
        if event.headline:
            texts.append((HEADLINE, tokenize(event.headline)))
        texts += [(SENTENCE, tokenize(sentence)) for sentence in event.sentences]
        return texts

    # First by what every event has at hand, then with the sentences of the best ones.
    weights(concepts, [[text for _, text in fields(event)] for event in considered])
    def places(event: Event) -> set[str | None]:
        return {event.province} | {bodies[iri].province for iri in event.bodies if iri in bodies}

    ranked = sorted((Ranked(event, score(concepts, fields(event), catalog.with_ancestors(event.bodies), (), places(event)))
                     for event in considered),
                    key=lambda item: (-item.fit.coverage, -item.fit.score))
    closest = [item.event for item in ranked[:SENTENCES_FOR]]
    _read_details(catalog, closest)
    weights(concepts, [[text for _, text in fields(event)] for event in considered])
    ranked = [Ranked(event, score(concepts, fields(event), catalog.with_ancestors(event.bodies), event.persons, places(event)))
              for event in closest]
    ranked.sort(key=lambda item: (-item.fit.score, -(item.fit.coverage), -(_date_key(item.event.date))))
    fitting = [item for item in ranked if item.fit.coverage >= FITS]
    if not fitting:
        return Selection([], ranked[:5], len(considered), undated)
    # The events matching most of the description; among them, those scoring about as well as the best.
    most = max(item.fit.coverage for item in fitting)
    fitting = [item for item in fitting if item.fit.coverage >= most - SAME_COVERAGE]
    best = max(item.fit.score for item in fitting)
    chosen = [item for item in fitting if item.fit.score >= CLEARLY_BEST * best]
    chosen.sort(key=lambda item: (-item.fit.score, -_date_key(item.event.date)))
    return Selection(chosen, [], len(considered), undated)


def _date_key(date: str | None) -> int:
    return int(date.replace("-", "")) if date else 0


def _names(tokens: Sequence[Token], name: str) -> bool:
    words = [token.key for token in tokenize(name)]
    keys = [token.key for token in tokens]
    return any(keys[i:i + len(words)] == words for i in range(len(keys) - len(words) + 1))


def _read_details(catalog: Catalog, events: list[Event]) -> None:
    """Headlines, the events' own sentences, and the sentences and people of their participations, of a
    few events."""
    store = catalog.store
    by_iri = {event.iri: event for event in events}
    articles = {event.article: [] for event in events if event.article}
    for event in events:
        if event.article:
            articles[event.article].append(event)
    for article, headline in rows_for(store, "article", articles, "?article schema:headline ?headline",
                                      "?article ?headline"):
        for event in articles.get(article, ()):
            event.headline = headline
    found = rows_for(store, "event", by_iri, """
        { ?participation kgo:inEvent ?event ; kgo:participant ?person .
          OPTIONAL { ?participation prov:wasDerivedFrom ?evidence OPTIONAL { ?evidence kgo:sentence ?sentence } } }
        UNION
        { ?event prov:wasDerivedFrom ?evidence . ?evidence kgo:sentence ?sentence }""",
                     "?event ?person ?sentence")
    for event_iri, person, sentence in found:
        event = by_iri[event_iri]
        if person:
            event.persons.add(person)
        if sentence and sentence not in event.sentences:
            event.sentences.append(sentence)


@dataclass
class Participation:
    event: Event
    person: str  # IRI
    name: str
    role: str
    sentence: str | None
    start: int | None  # the sentence's offset in the article
    article: str | None  # the article's name


def participations(catalog: Catalog, events: list[Event]) -> list[Participation]:
    """Everyone who took part in these events, in any role, with the sentence saying so."""
    by_iri = {event.iri: event for event in events}
    found = rows_for(catalog.store, "event", by_iri, """
        ?participation kgo:inEvent ?event ; kgo:participant ?person ; kgo:participationRole ?role_node .
        ?role_node skos:notation ?role .
        ?person foaf:name ?name .
        OPTIONAL { ?participation kgo:mentionedIn ?article_node . ?article_node schema:identifier ?article }
        OPTIONAL { ?participation prov:wasDerivedFrom ?evidence
                   OPTIONAL { ?evidence kgo:sentence ?sentence } OPTIONAL { ?evidence kgo:startOffset ?start } }""",
                     "?event ?person ?name ?role ?sentence ?start ?article")
    return [Participation(by_iri[event], person, name, role, sentence, int(start) if start else None, article)
            for event, person, name, role, sentence, start, article in found]


def article_sentences(catalog: Catalog, articles: Sequence[str]) -> dict[str, list[tuple[int, str]]]:
    """(offset, sentence) of every evidence sentence of these articles (IRIs), in text order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for article, start, sentence in rows_for(catalog.store, "article", articles, """
            ?evidence prov:wasQuotedFrom ?article ; kgo:sentence ?sentence ; kgo:startOffset ?start""",
                                             "?article ?start ?sentence"):
        found.setdefault(article, []).append((int(start), sentence))
    for sentences in found.values():
        sentences.sort()
    return found


def article_info(catalog: Catalog, articles: Sequence[str]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """IRI → (name, headline, date) of articles."""
    found = {article: (None, None, None) for article in articles}
    for article, name, headline, date in rows_for(catalog.store, "article", articles, """
            OPTIONAL { ?article schema:identifier ?name } OPTIONAL { ?article schema:headline ?headline }
            OPTIONAL { ?article schema:datePublished ?date }""", "?article ?name ?headline ?date"):
        found[article] = (name, headline, date)
    return found
