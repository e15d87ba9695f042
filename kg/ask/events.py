"""Events found by meaning: which events of the store a question's description fits.

The description's words (`kg.ask.overlap.concepts`) are matched against each event's
name, the bodies it is of or about (by identity or by name), its article's headline
and the sentences its participations were read from; its place and time narrow the
events instead: an event fits a province when its article is about it, a body it is
of or about lies in it, or its name names it; a time when the event's date falls in
it (a year also when the name states it: "Hội nghị tổng kết năm 2023", held in
January 2024); an event whose date is not stated takes its article's.

When no event of the time asked fits, one whose date the store does not know may
answer, and the answer says its date was not checked.

An event fits the description when it matches nearly all of its weight (`FITS`):
a word that names nothing of the event is a sign of another event, and a question
whose words fit no event is not answered from the closest one, unless that one matches
most of it and no other event comes close (`NEARLY_FITS`, `CLEAR_LEAD`): then the
answer names the words the event lacks. Among the events
that fit, those matching the most of the description compete, and the best answers
when it is clearly best (`CLEARLY_BEST`: its words matched where they weigh most, in
its name rather than a sentence); else every event that fits about as well does,
each with the words it matched.

Events are read pattern by pattern (kg.ask.store_reads); the sentences of their
participations only for the best candidates (`SENTENCES_FOR`), so a store of a
million triples is ranked in a fraction of a second.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from extract.lexicon.places import Province
from extract.text import ascii_key
from kg.ask.overlap import Concept, Score, Text, score, text_of, weights
from kg.ask.resolve import Catalog
from kg.ask.store_reads import pairs, rows, rows_for
from kg.ask.times import Period

FITS = 0.8  # share of the description's weight an event must match
NEARLY_FITS = 0.6  # ... or this share, when no other event comes close (`CLEAR_LEAD`): answered, said so
CLEAR_LEAD = 0.3  # the share of the description by which the nearly fitting event leads every other
CLEARLY_BEST = 0.85  # events scoring at least this share of the best one fit about as well
SAME_COVERAGE = 0.05  # events matching this much less of the description than the best do not compete
SENTENCES_FOR = 60  # candidates whose participations' sentences are read to rank them
NAME, BODY, HEADLINE, SENTENCE = 1.0, 1.0, 0.8, 0.6  # weights of where a word matched

_EVENTS = """SELECT ?event ?name ?date ?article WHERE {
  ?event a schema:Event ; kgo:mentionedIn ?article ; schema:name ?name OPTIONAL { ?event schema:startDate ?date } }"""
_ARTICLE_PROVINCES = "SELECT ?article ?province WHERE { ?article schema:contentLocation ?province }"
_BODIES = "SELECT ?event ?body WHERE { { ?event schema:organizer ?body } UNION { ?event schema:about ?body } }"
_YEAR_IN_NAME = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
_MONTH_IN_NAME = re.compile(r"\btháng\s+(\d{1,2})(?:\s*(?:năm\s+|/)((?:19|20)\d\d))?(?![\d/])", re.IGNORECASE)
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
    named: list[str] = field(default_factory=list)  # the names of everyone and every body its article mentions
    lead: str | None = None  # the first sentence of an article that reports this event only
    dated_by_article: bool = False  # the date is the article's: the event's own is not stated

    @property
    def years(self) -> set[int]:
        """Years the name states ("Hội nghị tổng kết năm 2023", "Tháng Thanh niên 2018")."""
        return {int(year) for year in _YEAR_IN_NAME.findall(self.name)}

    @property
    def months(self) -> list[str]:
        """A day (YYYY-MM-15) of each month the name states: a monthly meeting is held after its
        month ("Hội nghị thường kỳ tháng 10 năm 2019", on 4 November); without a year, the
        month before its date ("Phiên họp tháng 12" in January is of the year before)."""
        days = []
        for month, year in _MONTH_IN_NAME.findall(self.name):
            if not 1 <= int(month) <= 12:
                continue
            if not year and self.date:
                held = datetime.date.fromisoformat(self.date[:10])
                year = held.year - (int(month) > held.month)
            if year:
                days.append(f"{int(year):04d}-{int(month):02d}-15")
        return days

    def names_another_month(self, period: Period) -> bool:
        """The name states months, none of them the month asked ("Phiên họp thường kỳ tháng 5"
        is no meeting of October, whatever its date)."""
        stated = {int(month) for month, _ in _MONTH_IN_NAME.findall(self.name)}
        one_month = period.start.month == period.end.month and (period.end - period.start).days < 31
        return bool(stated) and one_month and period.start.month not in stated

    def in_period(self, period: Period) -> bool:
        """The event falls in the period: by its date, or by the year or month its name states."""
        return period.holds(self.date) or period.year is not None and period.year in self.years \
            or any(period.holds(day) for day in self.months)


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
    dateless: bool = False  # the events answering have no date: the time asked was not checked
    unmatched: list[str] = field(default_factory=list)  # words of the description the answering event lacks


def load_events(catalog: Catalog, places: bool = True, dates: bool = True) -> dict[str, Event]:
    """Every event, with its date, article and (with `places`) province and bodies; with `dates`,
    an event without a date of its own takes its article's."""
    memo = catalog.memo.get(("events", places, dates)) or catalog.memo.get(("events", True, True))
    if memo is not None:
        return memo
    store = catalog.store
    events: dict[str, Event] = {}
    for iri, name, date, article in rows(store, _EVENTS):
        events[iri] = Event(iri, name, date[:10] if date else None, article)
    if places:
        provinces = {article: catalog.province_names.get(province)
                     for article, province in pairs(store, _ARTICLE_PROVINCES)}
        for event in events.values():
            event.province = provinces.get(event.article)
        for iri, body in pairs(store, _BODIES):
            if iri in events and body not in events[iri].bodies:  # a meeting of and about one body
                events[iri].bodies.append(body)
    if dates:
        undated = {event.article for event in events.values() if event.date is None}
        published = dict(rows_for(store, "article", undated, "?article schema:datePublished ?date",
                                  "?article ?date"))
        for event in events.values():
            if event.date is None and event.article in published:  # news reports what just happened
                event.date = published[event.article][:10]
                event.dated_by_article = True
    catalog.memo[("events", places, dates)] = events
    return events


def select(catalog: Catalog, concepts: list[Concept], period: Period | None,
           provinces: Sequence[Province]) -> Selection:
    """The events the description, place and time fit (see the module's docstring)."""
    events = load_events(catalog, places=bool(provinces) or any(concept.bodies for concept in concepts),
                         dates=period is not None)
    bodies = catalog.bodies
    wanted = {province.name for province in provinces}
    province_keys = [" " + ascii_key(province.name) + " " for province in provinces]

    def places(event: Event) -> set[str | None]:
        return {event.province} | {bodies[iri].province for iri in event.bodies if iri in bodies}

    per_article = Counter(event.article for event in events.values())
    lone = {article for article, count in per_article.items() if article and count == 1}
    undated: list[Event] = []
    considered: list[Event] = []
    for event in events.values():
        if wanted and not places(event) & wanted and not any(key in text_of(event.name).keys
                                                             for key in province_keys):
            continue  # not of the province asked about, and its name does not name it
        if period is not None:
            if event.date is None and not event.in_period(period):
                if not event.names_another_month(period):
                    undated.append(event)  # no date, nor the time asked in its name ("nhiệm kỳ 2015 - 2020")
                continue
            if not event.in_period(period):
                continue
        considered.append(event)

    def fields(event: Event) -> list[tuple[float, Text]]:
        texts = [(NAME, text_of(event.name))]
        texts += [(BODY, text_of(bodies[iri].name)) for iri in event.bodies if iri in bodies]
        if event.headline:
            texts.append((HEADLINE, text_of(event.headline)))
        if event.lead:
            texts.append((SENTENCE, text_of(event.lead)))
        texts += [(SENTENCE, text_of(sentence)) for sentence in event.sentences]
        texts += [(SENTENCE, text_of(name)) for name in event.named]
        return texts

    keys = [" " + " ".join(probe.key for probe in alternative[:1]) + " "
            for concept in concepts for alternative in concept.alternatives if alternative] + \
        [" " + probe.key + " " for concept in concepts for probe in concept.run]
    named = set().union(*(concept.bodies | concept.persons for concept in concepts)) if concepts else set()

    def ranked_by(candidates: list[Event]) -> list[Ranked]:
        """Each event scored; the concepts weighed among all events considered. An event none of
        whose texts holds a word of the description, nor any body or person it names, matches
        nothing (a test on keys, before any word is compared)."""
        weights(concepts, [[text for _, text in fields(event)] for event in considered])
        ranked = []
        for event in candidates:
            texts = fields(event)
            if concepts and not any(key in text.keys for _, text in texts for key in keys) and not (
                    named & (catalog.with_ancestors(event.bodies) | event.persons)):
                ranked.append(Ranked(event, Score(0.0, 0.0, [], [concept.label for concept in concepts])))
                continue
            ranked.append(Ranked(event, score(concepts, texts, catalog.with_ancestors(event.bodies), event.persons,
                                              places(event))))
        return ranked

    def best(candidates: list[Event]) -> tuple[list[Ranked], list[Ranked]]:
        """(the events that fit, best first; all, best first): first by what every event has at
        hand, then with the sentences of the best ones."""
        ranked = sorted(ranked_by(candidates), key=lambda item: (-item.fit.coverage, -item.fit.score))
        closest = [item.event for item in ranked[:SENTENCES_FOR]]
        _read_details(catalog, closest, lone)
        ranked = ranked_by(closest)
        ranked.sort(key=lambda item: (-item.fit.score, -(item.fit.coverage), -(_date_key(item.event.date))))
        return [item for item in ranked if item.fit.coverage >= FITS], ranked

    fitting, ranked = best(considered)
    dateless = False
    if not fitting and undated and concepts:
        # No event of that time fits; one whose date the store does not know may be it.
        fitting, _ = best(undated)
        dateless = bool(fitting)
    if not fitting and ranked and _nearly_fits(ranked, concepts):
        # "the first session", "national conference": a word the event's texts lack, when the rest
        # singles it out; the answer names the words it lacks
        return Selection(ranked[:1], [], len(considered), len(undated), unmatched=ranked[0].fit.missed)
    if not fitting:
        return Selection([], ranked[:5], len(considered), len(undated))
    # The events matching most of the description; among them, those scoring about as well as the best.
    most = max(item.fit.coverage for item in fitting)
    fitting = [item for item in fitting if item.fit.coverage >= most - SAME_COVERAGE]
    best = max(item.fit.score for item in fitting)
    chosen = [item for item in fitting if item.fit.score >= CLEARLY_BEST * best]
    chosen.sort(key=lambda item: (-item.fit.score, -_date_key(item.event.date)))
    return Selection(chosen, [], len(considered), len(undated), dateless)


def _nearly_fits(ranked: list[Ranked], concepts: list[Concept]) -> bool:
    """The best event matches most of the description, some of it beyond the kind of event,
    every body and person it names, and no other event that matches them too comes close (one
    that lacks a body or person named is another event, however many other words it shares)."""
    best = max(ranked, key=lambda item: item.fit.coverage)
    named = {concept.label for concept in concepts if concept.bodies or concept.persons}
    rivals = [item.fit.coverage for item in ranked if item is not best and not named & set(item.fit.missed)]
    return best is ranked[0] and best.fit.coverage >= NEARLY_FITS and len(best.fit.matched) >= 2 and not (
        named & set(best.fit.missed)) and all(coverage <= best.fit.coverage - CLEAR_LEAD for coverage in rivals)


def _date_key(date: str | None) -> int:
    return int(date.replace("-", "")) if date else 0


def _read_details(catalog: Catalog, events: list[Event], lone: set[str]) -> None:
    """Headlines, the events' own sentences, the sentences and people of their participations, and
    the names of the people and bodies their articles mention, of a few events; the lead of an
    article that reports one event only, which says what that event was about ("UBND tỉnh tổ chức
    sơ kết 6 tháng thực hiện Chương trình số 02 ...", while the event is named in a later
    sentence: "Tham dự buổi sơ kết có ...")."""
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
    # "Ai tiếp Đại sứ X?": a guest named in the article, though no role of theirs is recorded;
    # "vụ khen thưởng ... cướp ngân hàng VietinBank": a body or firm the article names
    for article, name in rows_for(store, "article", articles, """?named kgo:mentionedIn ?article .
            { ?named foaf:name ?name } UNION { ?named a org:Organization ; schema:name ?name }
            UNION { ?named a schema:Corporation ; schema:name ?name }""", "?article ?name"):
        for event in articles.get(article, ()):
            if name not in event.named:
                event.named.append(name)
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
    for article, sentences in article_sentences(catalog, [article for article in articles if article in lone]).items():
        for event in articles[article]:
            event.lead = next((sentence for _, sentence in sentences
                               if sentence.strip() != (event.headline or "").strip()), None)


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
