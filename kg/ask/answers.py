"""From a reading of the question to the answer: which facts answer each intent.

Each intent reads the facts about the slots it was given (`kg.ask.facts`,
`kg.ask.events`) and makes answer rows of them (`kg.ask.render`). What a question
says beyond its slots is never dropped in silence: a name the store does not know
makes a note instead of an answer; words an intent does not use are listed in the
note, and rows whose sentences hold them come first.
"""
from __future__ import annotations

import calendar
import datetime
from typing import Callable, Sequence

from extract.facts import EVENT_ROLES
from extract.text import ascii_key
from kg.ask.events import Participation, Selection, article_info, article_sentences, participations, select
from kg.ask.facts import (Article, Statement, articles, connections, directives, events_of, holders_of,
                          is_headline, memberships, partnerships, programs, same_role, sentences_of,
                          stated_sentence, top_titles)
from kg.ask.grammar import Reading, _in_locality, _phrases
from kg.ask.overlap import Concept, Score, Text, concepts, matches, score, text_of, weights
from kg.ask.render import Answer, AnswerRow, Source
from kg.ask.resolve import Body, Catalog
from kg.ask.times import Period, find_times, in_year
from kg.ask.store_reads import rows_for
from kg.ask.tokens import tokenize
from kg.ask.vocabulary import Vocabulary, post_rank
from kg.query import run_named_query

MAX_ROWS = 40  # rows shown; the rest are counted
REQUEST_FITS = 0.5  # share of what a question says was requested a directive must hold, asked by that alone
HEADLINES_FOR = 20  # the closest directives whose articles' headlines and leads are read when none fits
CLEARLY_BEST_REQUEST = 0.85  # requests scoring at least this share of the best one answer too
REVIEW_DAYS = 31  # how long after a quarter or a year a meeting on it is held
STATED_BY_HOLDER = 0.8  # share of the question's words the sentence stating a post must hold


def answer_reading(reading: Reading, catalog: Catalog, vocabulary: Vocabulary) -> Answer:
    reply = Answer(reading.question, reading.intent, reading.understood())
    if reading.problems and reading.intent != "search":  # a name or time that cannot be placed: no answer
        reply.note = "; ".join(reading.problems)
        return reply
    handler: Callable[[Reading, Catalog, Vocabulary, Answer], None] = _HANDLERS[reading.intent]
    handler(reading, catalog, vocabulary, reply)
    if reading.intent not in (*EVENT_ROLES, "search"):
        _rank_by_unused(reading, vocabulary, reply)
    if len(reply.rows) > MAX_ROWS:
        reply.more = len(reply.rows) - MAX_ROWS
        reply.rows = reply.rows[:MAX_ROWS]
    return reply


# ---------------------------------------------------------------- events


def _event_role(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    wanted = concepts(reading.description, vocabulary)
    provinces = [m.province for m in reading.description if m.kind == "place" and m.province]
    selection = select(catalog, wanted, reading.period, provinces)
    if not selection.events and reading.period is not None:
        # "về tình hình ... quý I/2025": a time may be what the event was about; then its
        # words are in the event's name or sentences, or it was held right after that time
        about_time = select(catalog, wanted, None, provinces)
        named = [item for item in about_time.events
                 if any(reading.period.label in _periods_named(text, vocabulary)
                        for text in (item.event.name, item.event.headline or "", *item.event.sentences))]
        after = [item for item in about_time.events if item not in named and _reviews(reading.period, item.event.date)]
        if after:
            reply.note = f"no event of {reading.understood()['time']} fits; answered from one held right after it"
        if named or after:
            selection = Selection(named + after, [], about_time.considered, unmatched=about_time.unmatched)
    if not selection.events:
        reply.note = _no_event_note(reading, selection)
        if reading.designation:
            _holders_saying(reading, catalog, vocabulary, reply)
        return
    found = participations(catalog, [item.event for item in selection.events])
    beyond = _beyond_event_names(reading, vocabulary, selection)
    units = _units(reading, selection)
    if reading.request and _requests_at(catalog, selection, found, beyond, units, reply):
        return
    rank = {item.event.iri: position for position, item in enumerate(selection.events)}
    matched = {item.event.iri: item.fit.matched for item in selection.events}
    asked = [p for p in found if p.role == reading.role]
    if asked and units:
        # "Tại hội nghị X, đại diện thị xã Y là ai?": someone of that unit, by a post or their sentence
        posts = {p.person: " ".join(s.values["organization"] for s in memberships(catalog, persons=[p.person]))
                 for p in asked}
        of_unit = [p for p in asked if _names_all(units, f"{p.sentence or ''} {posts[p.person]}")]
        if not of_unit:
            reply.note = (f"the store names no one of {' or '.join(units)} who {reading.role} "
                          + " / ".join(dict.fromkeys(item.event.name for item in selection.events)))
            return
        asked = of_unit
    if not asked and reading.designation:
        # "Who is the chairman of X that hosted Y?": no one is recorded in that role, but the
        # holder of the post the question names took part; he is who is asked for
        title, bodies = reading.designation
        holders = set(holders_of(catalog, title, bodies))
        asked = [p for p in found if p.person in holders]
        if asked:
            reply.note = (f"no one is recorded as having {reading.role} it; the {title.role} of "
                          + " or ".join(body.name for body in bodies[:3]) + " took part, as shown")
    elif asked and reading.designation:
        title, bodies = reading.designation
        holders = set(holders_of(catalog, title, bodies))
        if not any(p.person in holders for p in asked):
            reply.note = (f"the store names no {title.role} of " + " or ".join(body.name for body in bodies[:3])
                          + f" who {reading.role} it; it records: "
                          + "; ".join(dict.fromkeys(f"{p.name} ({p.role})" for p in asked)))
            return
        asked = [p for p in asked if p.person in holders]
    # A person the question names picks the event ("Who hosted the delegation led by A?",
    # "Ai chủ trì buổi làm việc với ông A?"): someone else is asked for.
    named = {person.iri for mention in reading.description if mention.kind == "person" for person in mention.persons}
    besides = " or ".join(dict.fromkeys(p.name for p in asked if p.person in named))
    asked = [p for p in asked if p.person not in named]
    if not asked:
        recorded = "; ".join(dict.fromkeys(f"{p.name} ({p.role})" for p in found)) or "no one"
        names = " / ".join(dict.fromkeys(item.event.name for item in selection.events))
        but = f" but {besides}, whom the question names," if besides else ""
        reply.note = f"the store names no one{but} who {reading.role} {names}; it records: {recorded}"
        return
    # "Ai trình Tờ trình X tại kỳ họp Y?": whose sentences hold the words the event's name does not, first
    said = {}
    for p in found:
        said.setdefault((p.event.iri, p.person), []).append(text_of(p.sentence or ""))
    held = {key: sum(concept.weight for concept in beyond if any(matches(concept, text) for text in texts))
            for key, texts in said.items()} if beyond else {}
    # Co-chairs are named as the text names them, the most senior first ("Các đồng chí: A, Chủ
    # tịch HĐND tỉnh và các Phó Chủ tịch B, C chủ trì"), not in the alphabet's order
    asked.sort(key=lambda p: (rank[p.event.iri], -held.get((p.event.iri, p.person), 0.0), _named_at(p), p.name))
    info = articles(catalog, {p.event.article for p in asked if p.event.article})
    sentences_by_person = {}
    for p in found:
        sentences_by_person.setdefault((p.event.iri, p.person), []).append((p.start, p.sentence))
    seen = set()
    for p in asked:
        if (p.event.iri, p.person) in seen:
            continue
        seen.add((p.event.iri, p.person))
        article = info.get(p.event.article)
        own = [(p.start, p.sentence)] if p.sentence else []
        others = [pair for pair in sentences_by_person[(p.event.iri, p.person)] if pair[1] and pair not in own]
        sentence = stated_sentence(catalog, article, own + others, [p.name]) if article else p.sentence
        entities = {"person": p.name, "role": p.role, "event": p.event.name}
        if p.event.date:
            entities["date"] = p.event.date
        iris = {"person": p.person, "event": p.event.iri}
        for number, body in enumerate(p.event.bodies[:3]):
            iris["organization" if not number else f"organization_{number + 1}"] = body
        reply.rows.append(AnswerRow(entities, sentence, _source(article), iris, matched[p.event.iri]))
    notes = [reply.note] if reply.note else []
    if len(selection.events) > 1:
        notes.append(f"{len(selection.events)} events fit the question equally well: " + " / ".join(
            f"{item.event.name} ({item.event.date or 'no date'})" for item in selection.events[:5]))
    if selection.unmatched:
        notes.append("no event has every word asked; answered from the one that fits best by far, "
                     f"which lacks: {', '.join(selection.unmatched)}")
    if selection.dateless:
        notes.append(f"the store states no date of this event: not checked against {reading.understood()['time']}")
    reply.note = "; ".join(notes) or None


def _named_at(participation: Participation) -> tuple[int, int]:
    """Where the text names the person: the sentence's offset, then the name's place in it."""
    at = (participation.sentence or "").find(participation.name)
    return participation.start or 0, at if at >= 0 else len(participation.sentence or "")


def _beyond_event_names(reading: Reading, vocabulary: Vocabulary, selection: Selection) -> list[Concept]:
    """The question's words that the names and headlines of the events it picked do not hold:
    what it asks about the event ("Ai trình Tờ trình X tại kỳ họp Y?": "Tờ trình X"), weighed."""
    names = [text_of(text) for item in selection.events for text in (item.event.name, item.event.headline) if text]
    wanted = [concept for concept in concepts(reading.description, vocabulary)
              if not any(matches(concept, name) for name in names)]
    weights(wanted, [names])
    return wanted


def _units(reading: Reading, selection: Selection) -> list[str]:
    """The districts the question names, which no event is selected by ("đại diện thị xã Kỳ Anh"):
    not one an event chosen names, or its headline or lead says it is about ("sơ kết chương
    trình xây dựng thành phố Vị Thanh"), nor one after "với" ("làm việc với huyện Vân Canh", "với UBND
    phường X, TP Y": the event's counterpart)."""
    names = [ascii_key(" ".join((item.event.name, item.event.headline or "", item.event.lead or "")))
             for item in selection.events]
    link = min((m.start for m in reading.mentions if m.kind == "word" and m.has("link")), default=None)
    return [m.district.name for m in reading.description if m.kind == "place" and m.district
            and not any(ascii_key(m.district.name) in name for name in names)
            and (link is None or m.start < link)]


def _names_all(units: list[str], text: str) -> bool:
    """Whether `text` names every one of these units."""
    key = ascii_key(text)
    return all(ascii_key(unit) in key for unit in units)


def _requests_at(catalog: Catalog, selection: Selection, found: list[Participation], wanted: list[Concept],
                 units: list[str], reply: Answer) -> bool:
    """"Tại lễ X, ai đề nghị các sở tập trung giải phóng mặt bằng?": the directives of the event's
    participants, stated in its article, of or to the units the question names, whose request
    holds the most of the words it asks beyond the event's name (`wanted`: those picked the
    event), those about as good as the best; False when none holds any."""
    if not wanted:
        return False
    event_articles = {item.event.article for item in selection.events if item.event.article}
    people = list(dict.fromkeys(p.person for p in found))
    candidates = [s for s in directives(catalog, persons=people) if set(s.articles) & event_articles]
    # "đại diện thị xã Kỳ Anh ... đề nghị gì?": a request of, or to, the unit the question names
    candidates = [s for s in candidates if _names_all(units, " ".join(map(str, s.values.values())))]
    scored = [(score(wanted, [(1.0, text_of(s.values.get("action", ""))),
                              (1.0, text_of(s.values.get("organization", "")))]), s) for s in candidates]
    best = max((fit.score for fit, _ in scored), default=0.0)
    if not best:
        return False
    chosen = [(fit, s) for fit, s in scored if fit.score >= CLEARLY_BEST_REQUEST * best]
    chosen.sort(key=lambda pair: -pair[0].score)
    reply.intent = "directive"
    reply.rows = _statement_rows(catalog, [s for _, s in chosen], name_keys=("by",), count_articles=False)
    for row, (fit, _) in zip(reply.rows, chosen):
        row.matched = fit.matched
    reply.note = ("the requests made at " + " / ".join(dict.fromkeys(item.event.name for item in selection.events))
                  + " that hold the most of the question's words")
    return True


def _holders_saying(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    """"PCT UBND TP X nào thông báo <something>?" when no event records it: the holders of that post
    whose sentence stating it holds nearly all the question's words (what they announced)."""
    title, bodies = reading.designation
    wanted = concepts(reading.description, vocabulary)
    if not wanted:
        return
    found = [s for s in memberships(catalog, bodies=[body.iri for body in bodies])
             if same_role(title.role, s.values["role"], vocabulary)]
    fitting = []
    for statement in found:
        sentences = [sentence for pairs in statement.evidence.values() for _, sentence in pairs if sentence]
        fit = score(wanted, [(1.0, text_of(sentence)) for sentence in sentences], [statement.iris["organization"]])
        if fit.coverage >= STATED_BY_HOLDER:
            fitting.append((fit, statement))
    if not fitting:
        return
    reply.rows = _statement_rows(catalog, [statement for _, statement in fitting], name_keys=("person",))
    for row, (fit, _) in zip(reply.rows, fitting):
        row.matched = fit.matched
    reply.note += (f"; the {title.role} of " + " or ".join(body.name for body in bodies[:3])
                   + " whose sentence in the store holds the question's words")


def _reviews(period: Period, date: str | None) -> bool:
    """Whether an event on `date` came within `REVIEW_DAYS` after the period ended: a meeting on a
    quarter or a year is held in the days after it ("làm việc ... về tình hình quý I", 1 April)."""
    if not date:
        return False
    held = datetime.date.fromisoformat(date[:10])
    ends = [period.end]
    if period.yearless:  # "hội nghị thường kỳ tháng 10": in the days after any October
        month = period.end.month
        ends = [datetime.date(year, month, min(period.end.day, calendar.monthrange(year, month)[1]))
                for year in (held.year, held.year - 1)]
    return any(end < held <= end + datetime.timedelta(days=REVIEW_DAYS) for end in ends)


def _periods_named(text: str, vocabulary: Vocabulary) -> set[str]:
    """The periods a text names ("... quý III/2022" → 2022-Q3), as labels."""
    tokens = tokenize(text)
    words = [[word for _, word in vocabulary.words.matches(tokens, i)] for i in range(len(tokens))]
    return {time.period.label for time in find_times(tokens, words, vocabulary) if time.period}


def _no_event_note(reading: Reading, selection: Selection) -> str:
    words = [m.text for m in reading.description if m.kind not in ("place", "time")]
    where = [m.text for m in reading.description if m.kind == "place"]
    what = f'"{" ".join(words)}"' if words else "the question"
    scope = "".join(f" in {place}" for place in where) + (f" in {reading.understood()['time']}"
                                                            if reading.period else "")
    note = "".join(f"{problem}; " for problem in reading.unplaced) + (
        f"no event in the store fits {what}{scope} ({selection.considered} events considered)")
    if selection.candidates:
        note += "; closest: " + "; ".join(
            f"{item.event.name} ({item.event.date or 'no date'}: matched {', '.join(item.fit.matched) or 'nothing'}; "
            f"not {', '.join(item.fit.missed)})" for item in selection.candidates[:3])
    if selection.undated:
        note += f"; {selection.undated} events have no date to compare with the time asked"
    return note


def _events_of_person(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    persons = _subject(reading, catalog, vocabulary, reply)
    if not persons:
        return
    wanted = [c for c in concepts(reading.description, vocabulary)]
    places = {m.province.name for m in reading.description if m.kind == "place" and m.province}
    found = [row for row in events_of(catalog, persons) if row[2] == reading.role
             and (not places or row[9] in places)]
    info = articles(catalog, {row[8] for row in found if row[8]})
    seen = set()
    for person, name, role, event, event_name, date, sentence, start, article_iri, _ in sorted(
            found, key=lambda row: (row[5] or "", row[4])):
        if (person, event) in seen:
            continue
        if reading.period and not reading.period.holds(date):
            continue
        fit = score(wanted, [(1.0, text_of(event_name)), (0.6, text_of(sentence or ""))])
        if fit.coverage < 0.8:
            continue
        seen.add((person, event))
        article = info.get(article_iri)
        quote = stated_sentence(catalog, article, [(start, sentence)] if sentence else [], [name]) if article \
            else sentence
        entities = {"person": name, "role": role, "event": event_name}
        if date:
            entities["date"] = date[:10]
        reply.rows.append(AnswerRow(entities, quote, _source(article), {"person": person, "event": event},
                                    fit.matched))
    if not reply.rows:
        reply.note = f"the store names no event that {_names(reading)} {reading.role}" + (
            f" in {reading.period.label}" if reading.period else "")


# ---------------------------------------------------------------- people and posts


def _subject(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> list[str]:
    """IRIs of the person asked about: named, or holding the title the question names."""
    if reading.persons:
        return list(dict.fromkeys(person.iri for person in reading.persons))
    if reading.designation:
        title, bodies = reading.designation
        found = holders_of(catalog, title, bodies)
        if not found:
            reply.note = f"the store names no one as {title.role} of " + " or ".join(body.name for body in bodies)
        return found
    reply.note = f'the store knows no person named "{reading.person_text}"' if reading.person_text else \
        "the question names no person the store knows"
    return []


def _names(reading: Reading) -> str:
    if reading.persons:
        return " or ".join(dict.fromkeys(person.name for person in reading.persons))
    if reading.designation:
        title, bodies = reading.designation
        return f"the {title.role} of " + " or ".join(body.name for body in bodies)
    return reading.person_text or "the person"


def _post_of_person(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    persons = _subject(reading, catalog, vocabulary, reply)
    if not persons:
        return
    found = memberships(catalog, persons=persons)
    if reading.bodies:
        # a post in the body; a post asked by its title also in a part of it ("phó phòng nào ở Sở X"),
        # and so is any post when none is in the body itself ("giữ chức gì trong Tỉnh ủy": Trưởng
        # ban Tuyên giáo Tỉnh ủy)
        wanted = {body.iri for body in reading.bodies}
        in_body = [s for s in found if s.iris["organization"] in wanted]
        in_parts = [s for s in found if catalog.with_ancestors([s.iris["organization"]]) & wanted]
        found = in_parts if reading.title or not in_body else in_body
    if reading.provinces:
        places = {province.name for province in reading.provinces}
        found = [s for s in found if (catalog.bodies.get(s.iris["organization"]) or _NO_BODY).province in places]
    if reading.localities:
        found = [s for s in found
                 if any(_in_locality(s.values["organization"], place.locality) for place in reading.localities)]
    if reading.title:
        found = [s for s in found if same_role(reading.title.role, s.values["role"], vocabulary)]
    for title, bodies in reading.besides:  # "Ngoài chức GĐ Sở X, ông A còn là gì": not that post
        found = [s for s in found if not ((title is None or same_role(title.role, s.values["role"], vocabulary))
                                          and (not bodies or _one_of(s, bodies)))]
    # "X được bầu giữ chức gì?" asks for a post given: when no article reports one, the posts X
    # holds answer another question, and are shown as search results, not as the answer
    none_given = reading.given and not any("given_on" in s.values for s in found)
    if not none_given:
        found = _given(found, reading, reply)
    found = _as_of(found, reading, reply)
    # "What is X's position?" as a reader knows it: current before former, the post the most
    # articles state, one in a known place before the same of an article naming no place,
    # heads before deputies before members, the bodies that lead a place first, the latest
    found.sort(key=lambda s: (s.values.get("person", ""), "status" in s.values, -len(s.articles),
                              (catalog.bodies.get(s.iris["organization"]) or _NO_BODY).province is None,
                              post_rank(s.values["role"]), _leadership_rank(s.values["organization"], vocabulary),
                              -_date_number(s.values.get("last_attested")), s.values["role"],
                              s.values["organization"]))
    reply.rows = _statement_rows(catalog, found, name_keys=("person",))
    if none_given and reply.rows:
        reply.search, reply.rows = reply.rows, []
        reply.note = f"no article reports a post given to {_names(reading)}; the posts the store states are listed below"
    if not reply.rows and not reply.search:
        reply.note = f"the store states no post of {_names(reading)}" + (
            f" as {reading.title.role}" if reading.title else "") + (
            " in " + " or ".join(province.name for province in reading.provinces) if reading.provinces else "") \
            + _scope(reading)


def _given(found: list[Statement], reading: Reading, reply: Answer) -> list[Statement]:
    """The posts an article reports being given, when the question asks for one ("X được bổ
    nhiệm làm gì?"); all of them, said so, when no article reports one given."""
    if not reading.given:
        return found
    given = [s for s in found if "given_on" in s.values]
    if not given and found:
        reply.note = "no article reports one of these posts being given; every post found is listed"
    return given or found


def _stated_at_event(found: list[Statement], reading: Reading, catalog: Catalog, vocabulary: Vocabulary,
                     reply: Answer) -> list[Statement]:
    """The posts stated by the article of the event the question names ("PGĐ Sở TT&TT trong
    bài tổng kết công tác năm 2023", "Giám đốc Sở ... đơn vị tổ chức hội nghị tổng kết năm
    2023"): who held them then, as that article tells, its time included (a review of 2023
    is published in January 2024). None when the question names no event, or none fits."""
    words = [m for m in reading.unused if m.kind in ("other", "word", "body", "place", "unknown_person")]
    if not found or not any(m.kind in ("word", "other") for m in words):
        return []
    provinces = [m.province for m in words if m.kind == "place" and m.province]
    selection = select(catalog, concepts(words, vocabulary), reading.period, provinces)
    if selection.unmatched or not selection.events:
        return []
    wanted = {item.event.article for item in selection.events if item.event.article}
    kept = [statement for statement in found if wanted & set(statement.articles)]
    if kept:
        reading.unused = [m for m in reading.unused if m not in words]
        reply.understood = {**reading.understood(), "event": " · ".join(_phrases(words))}
        names = " / ".join(dict.fromkeys(item.event.name for item in selection.events))
        reply.note = "; ".join(filter(None, [reply.note, f"as stated by the article of: {names}"]))
    return kept


def _one_of(statement: Statement, bodies: list[Body]) -> bool:
    """The statement's body is one of these, or one a body named without a place stands for
    ("Sở Kế hoạch và Đầu tư": that Sở of any province)."""
    organization = statement.values["organization"]
    return any(statement.iris["organization"] == body.iri
               or body.province is None and organization.startswith(body.name) for body in bodies)


def _holder_of_post(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    if not reading.bodies and reading.body_text:
        reply.note = f'the store knows no body that "{reading.body_text}" names'
        return
    if reading.bodies:
        firms = {body.iri for body in reading.bodies if body.firm}
        # "Chủ tịch Thaco", "chairman of THACO": the posts of a firm are held in its boards too
        # ("Chủ tịch HĐQT Tập đoàn Thaco")
        boards = [iri for iri, parents in catalog.parents.items() if firms & set(parents)] if firms else []
        found = memberships(catalog, bodies=[body.iri for body in reading.bodies] + boards)
    elif reading.title:
        found = memberships(catalog, roles=[reading.title.role])
    else:
        reply.note = "name the body whose leaders you ask about"
        return
    if reading.title:
        found = [s for s in found if same_role(reading.title.role, s.values["role"], vocabulary)]
    elif reading.leader == "head":
        tops = {}
        for body in reading.bodies:
            tops[body.iri] = top_titles(body, vocabulary)
        found = [s for s in found if any(same_role(role, s.values["role"], vocabulary) for role in tops.get(
            s.iris["organization"], ()))]
    replaced = {person.iri for person in reading.replaced}  # "Ai thay ông A làm ...": not A
    found = _given([s for s in found if s.iris["person"] not in replaced], reading, reply)
    at_event = _stated_at_event(found, reading, catalog, vocabulary, reply)
    found = at_event if at_event else _as_of(found, reading, reply)
    found.sort(key=lambda s: (_body_rank(reading.bodies, s), -_date_number(s.values.get("last_attested")),
                              s.values["person"]))
    reply.rows = _statement_rows(catalog, found, name_keys=("person",))
    if not reply.rows:
        post = reading.title.role if reading.title else ("the head" if reading.leader == "head" else "any post")
        bodies = " or ".join(body.name for body in reading.bodies[:5]) or "any body"
        reply.note = f"the store names no one as {post} of {bodies}" + _scope(reading)


_NO_BODY = Body("", "", None, False)


def _leadership_rank(organization: str, vocabulary: Vocabulary) -> int:
    """Posts in the bodies that lead a province (its Tỉnh ủy, Ủy ban nhân dân, Hội đồng nhân dân)
    first, in that order (after current posts before former, heads before deputies before members):
    the posts a reader knows a person by."""
    key = ascii_key(organization)
    heads = [ascii_key(head) for head in vocabulary.leadership]
    return next((rank for rank, head in enumerate(heads) if key.startswith(head + " ")), len(heads))


def _article_provinces(catalog: Catalog, articles: dict) -> set[str]:
    """Names of the provinces these articles (IRIs) are about."""
    return {catalog.province_names.get(province) for (province,) in rows_for(
        catalog.store, "article", articles, "?article schema:contentLocation ?province", "?province")}


def _body_rank(bodies: Sequence[Body], statement: Statement) -> int:
    order = [body.iri for body in bodies]
    iri = statement.iris.get("organization")
    return order.index(iri) if iri in order else len(order)


def _date_number(date: str | None) -> int:
    return int(date.replace("-", "")) if date else 0


def _as_of(found: list[Statement], reading: Reading, reply: Answer) -> list[Statement]:
    """With a time, what the articles published by its end state (the holder stated most
    recently first): who held it then, as far as the articles tell. A day or month without
    its year ("từ ngày 1/7") is read in the year of the newest article stating the post; when
    only articles without a date state it, they answer, and the note says so."""
    period = reading.period
    if period is None:
        return found
    notes = []
    if period.yearless:
        years = {date[:4] for statement in found for date in statement.articles.values() if date}
        if not years:
            return found
        typed = next(m.text for m in reading.mentions if m.kind == "time" and m.time.period is period)
        period = in_year(period, int(max(years)))
        notes.append(f'"{typed}" names no year: read as {period.label}, the year of the newest article '
                     "stating the post")
    end = period.end.isoformat()
    kept, undated = [], []
    for statement in found:
        dated = {a: d for a, d in statement.articles.items() if d and d[:10] <= end}
        if dated:
            statement.articles = dated
            kept.append(statement)
        elif not any(statement.articles.values()):
            undated.append(statement)
    if not kept and undated:
        kept = undated
        notes.append(f"the articles stating it have no date: not checked against {period.label}")
    if notes:
        reply.note = "; ".join(filter(None, [reply.note, *notes]))
    return kept


def _scope(reading: Reading) -> str:
    if reading.period is None:
        return ""
    return f" on {reading.period.label} (any year)" if reading.period.yearless else f" by {reading.period.end.isoformat()}"


# ---------------------------------------------------------------- directives, programs, partners


def _directive(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    if reading.persons or reading.designation:
        persons = _subject(reading, catalog, vocabulary, reply)
        if not persons:
            return
        found = directives(catalog, persons=persons)
        if reading.addressee and reading.bodies:
            wanted = {body.iri for body in reading.bodies}
            found = [s for s in found if s.iris.get("organization") in wanted]
        elif reading.addressee:  # "Which bodies did X direct?": the directives that name one
            found = [s for s in found if "organization" in s.iris]
    elif reading.bodies:
        found = directives(catalog, bodies=[body.iri for body in reading.bodies])
    elif reading.description and not (reading.person_text or reading.body_text):
        found = directives(catalog)  # "Ai yêu cầu ... <the request>?": the request chooses
    else:
        reply.note = f'the store knows no person or body that "{reading.person_text or reading.body_text}" names'
        return
    if reading.period:
        found = [s for s in found if reading.period.holds(s.values.get("date"))]
    if reading.provinces:
        wanted = {province.name for province in reading.provinces}
        found = [s for s in found if _article_provinces(catalog, s.articles) & wanted]
    found.sort(key=lambda s: (-_date_number(s.values.get("date")), s.values.get("by", "")))
    if reading.description:
        found = _requests_fitting(found, reading, catalog, vocabulary, reply)
        if found is None:
            return
    reply.rows = _statement_rows(catalog, found, name_keys=("by",), count_articles=False)
    if not reply.rows:
        who = _names(reading) if (reading.persons or reading.designation) else None
        to = " or ".join(body.name for body in reading.bodies[:5])
        reply.note = "the store states no directive" + (f" by {who}" if who else "") + (
            f" to {to}" if to and (reading.addressee or not who) else "") + (
            f" in {reading.period.label}" if reading.period else "")


def _requests_fitting(found: list[Statement], reading: Reading, catalog: Catalog, vocabulary: Vocabulary,
                      reply: Answer) -> list[Statement] | None:
    """The directives ranked by how much of what the question says was requested their
    request (and the sentence stating it) holds; when none holds enough, the closest of the
    person's or body's asked are ranked again with their article's headline and lead, which
    name the occasion ("hoàn tất công tác tổ chức SURF 2019": the request says "hoàn tất các
    công việc còn lại", the lead the event). Asked with no person or body, the request alone chooses: those matching at least
    REQUEST_FITS of its weight, about as well as the best; None, with a note naming the
    closest, when none does, nor when the person's or the body's directives hold none of the
    words asked (that would answer another question)."""
    wanted = concepts(reading.description, vocabulary)
    if not wanted:
        return found
    headlines: dict[int, list[str]] = {}

    def texts(index: int) -> list[tuple[float, Text]]:
        statement = found[index]
        sentences = [sentence for quoted in statement.evidence.values() for _, sentence in quoted]
        return [(1.0, text_of(statement.values["action"]))] + [(0.8, text_of(sentence)) for sentence in sentences] \
            + [(0.6, text_of(headline)) for headline in headlines.get(index, ())]

    def ranked(indices: list[int]) -> list[tuple[Score, int]]:
        weights(wanted, [[text for _, text in texts(index)] for index in indices])
        return sorted(((score(wanted, texts(index)), index) for index in indices),
                      key=lambda pair: (-pair[0].score, -pair[0].coverage, pair[1]))

    scored = ranked(list(range(len(found))))
    if scored and scored[0][0].coverage < REQUEST_FITS and (reading.persons or reading.designation or reading.bodies):
        # only among the requests of whom or to whom the question names: a headline shares
        # words with too many requests of other articles
        closest = [index for _, index in scored[:HEADLINES_FOR]]
        articles = list(dict.fromkeys(a for index in closest for a in found[index].articles))
        info, leads = article_info(catalog, articles), article_sentences(catalog, articles)
        for index in closest:
            headlines[index] = [text for a in found[index].articles
                                for text in (info.get(a, (None, None))[1], (leads.get(a) or [(0, None)])[0][1]) if text]
        scored = ranked(closest) + [pair for pair in scored if pair[1] not in headlines]
    asks_who = any(m.kind == "word" and m.has("wh", "person") for m in reading.mentions)
    if (reading.persons or reading.designation or reading.bodies and not asks_who) and (
            not scored or scored[0][0].matched) or reading.bodies and (not scored or scored[0][0].coverage >= REQUEST_FITS):
        # who or to whom chose them: the request ranks; asked who gave a body a task, the task
        # must fit ("Ai chỉ đạo Sở X <a task>?" is not answered with another of Sở X's tasks)
        return [found[index] for _, index in scored]
    if (reading.persons or reading.designation) and reading.addressee and reading.bodies and scored:
        # "X đề nghị Sở Y điều gì nhân Ngày Nhà giáo?": who asked whom chose them; the other words
        # say when, and the answer says they were not found in the request
        reply.note = "words not found in the requests: " + ", ".join(f'"{phrase}"' for phrase in
                                                                    _phrases(reading.description))
        return [found[index] for _, index in scored]
    fitting = [(fit, index) for fit, index in scored if fit.coverage >= REQUEST_FITS]
    if fitting:
        best = fitting[0][0].score
        return [found[index] for fit, index in fitting if fit.score >= CLEARLY_BEST_REQUEST * best]
    words = " ".join(_phrases(reading.description))
    closest = "; ".join(f'{found[index].values["action"]} (matched {", ".join(fit.matched) or "nothing"}; '
                        f'not {", ".join(fit.missed)})' for fit, index in scored[:2])
    reply.note = f'no directive in the store asks "{words}"' + (f"; closest: {closest}" if closest else "")
    return None


def _programs(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    provinces = {province.name for province in reading.provinces}
    provinces |= {body.province for body in reading.bodies if body.province}
    province_iris = [iri for iri, name in catalog.province_names.items() if name in provinces]
    # The programs of the province's articles, and of the articles naming the body (one of no
    # province: "Đảng ủy Trường Cao đẳng X", "HĐND tỉnh" of an article naming no province)
    if not (provinces or reading.bodies) and reading.description:
        # asked by what they serve ("Lễ hội X được triển khai theo kế hoạch nào?"): the programs
        # of the articles of the events the description fits
        described = concepts(reading.description, vocabulary)
        chosen = select(catalog, described, reading.period, [])
        stating = [ranked.event.article for ranked in chosen.events if ranked.event.article]
        people = sorted({iri for concept in described for iri in concept.persons})
        if not stating and people:
            # "X yêu cầu ngành giáo dục triển khai nghị quyết nào?": no event fits what X did, the
            # programs of the articles that name X
            stating = sorted({article for statement in memberships(catalog, persons=people)
                              for article in statement.articles})
        found = programs(catalog, [], [], [], articles=stating)
    else:
        found = programs(catalog, province_iris, [body.iri for body in reading.bodies],
                         [body.iri for body in reading.bodies])
    if reading.program_kind:
        found = [s for s in found if ascii_key(s.values.get("kind", "")) == ascii_key(reading.program_kind)]
    found.sort(key=lambda s: ascii_key(s.values["program"]))
    reply.rows = _statement_rows(catalog, found, name_keys=())
    if not reply.rows:
        where = " or ".join(sorted(provinces)) or reading.body_text or (
            f'"{" ".join(_phrases(reading.description))}"' if reading.description else "there")
        reply.note = f"the store names no {reading.program_kind or 'program'} in the articles about {where}"


def _partners(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    parties = [body.iri for body in (*reading.firms, *reading.bodies)]
    if not parties and reading.persons:  # the bodies the person asked about holds a post in now
        parties = list(dict.fromkeys(post.iris["organization"] for post in memberships(
            catalog, persons=[person.iri for person in reading.persons]) if "status" not in post.values))
        if not parties:
            reply.note = f"the store states no post of {_names(reading)}, so no body whose partnerships to list"
            return
    province_iris = [iri for iri, name in catalog.province_names.items()
                     if name in {province.name for province in reading.provinces}]
    # A firm or body named: its partnerships (in the province named, if any); else the province's.
    found = partnerships(catalog, parties, [] if parties else province_iris)
    if parties and province_iris:  # "Viettel hợp tác với tỉnh Thái Nguyên": that province's partnerships
        wanted = {province.name for province in reading.provinces}
        found = [s for s in found if (catalog.bodies.get(s.iris["organization"]) or _NO_BODY).province in wanted
                 or _article_provinces(catalog, s.articles) & wanted]
    found.sort(key=lambda s: (s.values["firm"], s.values["partner"]))
    reply.rows = _statement_rows(catalog, found, name_keys=("firm", "partner"), count_articles=False)
    if not reply.rows:
        reply.note = "the store states no partnership of " + (
            reading.body_text or " or ".join(province.name for province in reading.provinces)
            or (f"a body {_names(reading)} holds a post in" if reading.persons else "them"))


def _connections(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    persons = _subject(reading, catalog, vocabulary, reply)
    if not persons:
        return
    found = connections(catalog, persons)
    if reading.period is not None:  # "X gặp ai trong tháng 4/2025": the events shared then
        found = [row for row in found if reading.period.holds(row[6])]
    grouped: dict[tuple[str, str], dict] = {}
    for person, other, other_name, link, link_name, theirs, _ in found:
        entry = grouped.setdefault((person, other), {"name": other_name, "links": {}, "facts": []})
        entry["links"][link] = link_name
        entry["facts"].append(theirs)
    person_names = {p.iri: p.name for p in reading.persons}
    ranked = sorted(grouped.items(), key=lambda item: (-len(item[1]["links"]), item[1]["name"]))
    evidence = sentences_of(catalog, [entry["facts"][0] for _, entry in ranked[:MAX_ROWS]])
    info = articles(catalog, {e[2] for e in evidence.values() if e[2]})
    for (person, other), entry in ranked:
        first = evidence.get(entry["facts"][0])
        article = info.get(first[2]) if first else None
        entities = {"person": person_names.get(person, ""), "other": entry["name"],
                    "connections": str(len(entry["links"])), "shared": "; ".join(sorted(entry["links"].values()))}
        if not entities["person"]:
            del entities["person"]
        reply.rows.append(AnswerRow(entities, first[0] if first else None, _source(article),
                                    {"person": person, "other": other}))
    if not reply.rows:
        reply.note = f"the store links {_names(reading)} to no one"


def _article(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    result = run_named_query(catalog.store, "article_facts", {"article_name": reading.person_text})
    for values in result.rows:
        cells = {name: str(value) for name, value in zip(result.variables, values) if value is not None}
        sentence = cells.pop("sentence", None)
        article = cells.pop("article", None)
        reply.rows.append(AnswerRow(cells, sentence, Source(article) if article else None))


def _search(reading: Reading, catalog: Catalog, vocabulary: Vocabulary, reply: Answer) -> None:
    from kg.ask.search import search  # noqa: PLC0415  (search reads much; only when no intent fits)

    reply.search = search(reading, catalog, vocabulary)
    understood = _phrases(reading.unused)
    if reply.search:
        reply.note = ("no question I know fits these words; the facts below share words with it"
                      + (f" ({', '.join(understood)})" if understood else ""))
    else:
        reply.note = "no question I know fits these words, and no fact in the store shares them"


_HANDLERS = {
    "chaired": _event_role, "directed": _event_role, "attended": _event_role, "spoke": _event_role,
    "events_of_person": _events_of_person, "post_of_person": _post_of_person, "holder_of_post": _holder_of_post,
    "directive": _directive, "programs": _programs, "partners": _partners, "connections": _connections,
    "article": _article, "search": _search,
}


# ---------------------------------------------------------------- rows


def _source(article: Article | None) -> Source | None:
    if article is None or article.name is None:
        return None
    return Source(article.name, article.headline, article.date[:10] if article.date else None, article.iri)


def _statement_rows(catalog: Catalog, found: list[Statement], name_keys: Sequence[str],
                    count_articles: bool = True) -> list[AnswerRow]:
    """One row per statement: its values, how many articles state it, and the newest
    article's sentence (not its headline when the article has a sentence that says it)."""
    info = articles(catalog, {article for s in found for article in s.articles})
    result = []
    for statement in found:
        ordered = sorted(statement.articles, key=lambda a: (statement.articles[a] or "", a), reverse=True)
        chosen, sentence = None, None
        for article_iri in ordered:
            sentences = sorted(statement.evidence.get(article_iri, []), key=lambda pair: pair[0] or 0)
            names = [statement.values.get(key, "") for key in name_keys]
            quote = stated_sentence(catalog, info[article_iri], sentences, names) if sentences else None
            if quote and (chosen is None or not is_headline(quote, None, info[article_iri])):
                chosen, sentence = info[article_iri], quote
                if not is_headline(quote, None, chosen):
                    break
        if chosen is None and ordered:
            chosen = info[ordered[0]]
        entities = dict(statement.values)
        if "status" in entities and "role" in entities:  # the role, and the post as written: "nguyên Giám đốc"
            entities["written_role"] = f"{entities.pop('status')} {entities['role']}"
        if count_articles and len(statement.articles) > 0:
            entities["articles"] = str(len(statement.articles))
        if chosen is not None and chosen.date and "date" not in entities:
            entities["date"] = chosen.date[:10]
        result.append(AnswerRow(entities, sentence, _source(chosen), dict(statement.iris)))
    return result


def _rank_by_unused(reading: Reading, vocabulary: Vocabulary, reply: Answer) -> None:
    """Words the intent did not use: rows whose texts hold them first, and a note naming them."""
    unused = [m for m in reading.unused if m.kind in ("other", "word", "body", "place", "unknown_person")]
    if not unused or not reply.rows:
        return
    wanted = concepts(unused, vocabulary)
    texts = {id(row): [text_of(row.sentence or "")] + [text_of(value) for value in row.entities.values()]
             for row in reply.rows}
    weights(wanted, list(texts.values()))  # a word few rows hold says more about which row is meant
    held: dict[int, float] = {}
    for row in reply.rows:
        found = [concept for concept in wanted if any(matches(concept, text) for text in texts[id(row)])]
        row.matched = [concept.label for concept in found]
        held[id(row)] = sum(concept.weight * len(concept.alternatives[0]) for concept in found)
    reply.rows.sort(key=lambda row: (-len(row.matched), -held[id(row)]))
    # a word every row's sentence holds agrees with the answer ("... với những tỉnh nào của
    # Campuchia?": partners named "của Vương quốc Campuchia"); the others may ask something else
    phrases = [phrase for phrase in _phrases(unused) if not all(phrase in row.matched for row in reply.rows)]
    if not phrases:
        return
    words = ", ".join(f'"{phrase}"' for phrase in phrases)
    extra = f"words not used to select the answer: {words}"
    reply.note = f"{reply.note}; {extra}" if reply.note else extra
