"""The question grammar: a question read as an intent and its slots.

The question is cut into mentions first (`kg.ask.mentions`: people, bodies, places, times,
words of the vocabulary, names the store does not know). The intent is then read from
which mentions the question has, not from their order: a role at an event and a
who-word ask who took that role ("Ai chủ trì ...?", "... do ai chủ trì?", "Tại X, ai
...?"); a person and a word for posts ask for their posts; a title and a body (or a
province, or "lãnh đạo") ask who holds it; a request verb with its issuer or its
addressee asks for directives; and so on (`read`, the readers of `_Reader`, most
specific first). Everything a question says is kept: words the intent does not use are
either a description of the event asked about (matched against the store's events), or
listed in the answer as not used. A name the store does not know is never dropped: the
answer says so instead of answering for everyone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.facts import EVENT_ROLES
from extract.lexicon.places import Province
from extract.text import ascii_key, fold
from kg.ask.mentions import FUNCTION, Mention, mentions
from kg.ask.resolve import Body, Catalog, Person, pieces
from kg.ask.times import Period
from kg.ask.tokens import tokenize
from kg.ask.vocabulary import Title, Vocabulary, Word


_ROMAN = re.compile(r"[IVXLC]+")  # term, quarter and session numbers
EVENT_BODY_GAP = 3  # mentions between a word for an event and the body it is of ("kỳ họp | thứ 9 | HĐND")


@dataclass
class Reading:
    """What a question asks: an intent and its slots, and the words it did not use."""

    intent: str  # see kg.ask.vocabulary.INTENTS, or "search"
    question: str
    mentions: list[Mention]
    role: str | None = None  # chaired, directed, attended, spoke
    request: bool = False  # asked with a request verb ("ai đề nghị ... tại lễ X"): who made the request
    persons: list[Person] = field(default_factory=list)
    person_text: str | None = None
    designation: tuple[Title, list[Body]] | None = None  # "Bí thư Tỉnh ủy X" standing for its holder
    bodies: list[Body] = field(default_factory=list)
    body_text: str | None = None
    generic_body: bool = False
    addressee: bool = False  # directives: the bodies received them
    provinces: list[Province] = field(default_factory=list)
    localities: list[Mention] = field(default_factory=list)  # wards, communes ... only the store's bodies name
    period: Period | None = None
    title: Title | None = None
    besides: list[tuple[Title | None, list[Body]]] = field(default_factory=list)  # posts set aside ("Ngoài chức X")
    replaced: list[Person] = field(default_factory=list)  # holder_of_post: who the holder replaced ("thay ông A")
    given: bool = False  # a post given in an article is asked ("được bổ nhiệm làm gì", "Who was elected ...")
    leader: str | None = None  # holder_of_post: "head" (top post) or "any" post
    program_kind: str | None = None
    firms: list[Body] = field(default_factory=list)
    description: list[Mention] = field(default_factory=list)  # event words (directives: request words), in order
    unused: list[Mention] = field(default_factory=list)  # content the intent does not use
    problems: list[str] = field(default_factory=list)  # names and times that cannot be placed
    unplaced: list[str] = field(default_factory=list)  # names that cannot be placed but block no answer

    def understood(self) -> dict[str, str]:
        """The slots, as words for people."""
        slots: dict[str, str] = {}
        if self.role:
            slots["role"] = self.role
        if self.persons:
            slots["person"] = " or ".join(dict.fromkeys(person.name for person in self.persons))
        if self.designation:
            title, bodies = self.designation
            names = list(dict.fromkeys(body.name for body in bodies))
            slots["person"] = f"the {title.role} of " + " or ".join(names[:3]) + (
                f" (and {len(names) - 3} more)" if len(names) > 3 else "")
        if self.title:
            slots["title"] = self.title.role
        if self.besides:
            slots["besides"] = " · ".join(
                " of ".join(part for part in (title.role if title else None,
                                              " or ".join(dict.fromkeys(body.name for body in bodies))) if part)
                for title, bodies in self.besides)
        if self.given:
            slots["post"] = "given in an article"
        if self.replaced:
            slots["replacing"] = " or ".join(dict.fromkeys(person.name for person in self.replaced))
        if self.leader:
            slots["post"] = "the head" if self.leader == "head" else "any post"
        if self.bodies:
            names = list(dict.fromkeys(body.name for body in self.bodies))
            shown = " or ".join(names[:6]) + (f" (and {len(names) - 6} more)" if len(names) > 6 else "")
            slots["addressee" if self.addressee else "body"] = shown
        if self.firms:
            slots["firm"] = " or ".join(body.name for body in self.firms)
        if self.provinces:
            slots["province"] = " or ".join(province.name for province in self.provinces)
        if self.localities:
            slots["place"] = " or ".join(mention.text for mention in self.localities)
        if self.period:
            slots["time"] = self.period.label + (" (any year)" if self.period.yearless else "")
        if self.program_kind:
            slots["kind"] = self.program_kind
        event_words = _phrases([mention for mention in self.description if mention.kind not in ("place", "time")])
        if event_words:
            slots["request" if self.intent == "directive" else "event"] = " · ".join(event_words)
        if self.unused:
            slots["not used"] = " · ".join(_phrases(self.unused))
        return slots


def _phrases(found: list[Mention]) -> list[str]:
    """The mentions' words, those next to each other that no vocabulary knows as one phrase."""
    phrases: list[str] = []
    previous: Mention | None = None
    for mention in found:
        if previous is not None and mention.kind == previous.kind == "other" and previous.end == mention.start:
            phrases[-1] += " " + mention.text
        else:
            phrases.append(mention.text)
        previous = mention
    return phrases


# ---------------------------------------------------------------- intents

# Words that take part in reading the intent, never words of an event's description.
_QUESTION_WORDS = frozenset({"wh", "copula", "include", "courtesy", "post", "besides", "replaces", "given", "leader", "member",
                             "connect", "article", "say", "have", "passive", "program_verb"})


def read(question: str, catalog: Catalog, vocabulary: Vocabulary) -> Reading:
    """The question as an intent and slots (see the module's docstring)."""
    found = mentions(question, catalog, vocabulary)
    return _Reader(question, found, catalog, vocabulary).reading()


class _Reader:
    def __init__(self, question: str, found: list[Mention], catalog: Catalog, vocabulary: Vocabulary) -> None:
        self.question = question
        self.found = found
        self.catalog = catalog
        self.vocabulary = vocabulary
        self.used: set[int] = set()  # ids of mentions a slot or the intent took
        self.period_at: int | None = None  # where the time the reading is narrowed to is written
        self.context_from: int | None = None  # where a clause saying when begins: it narrows nothing
        self.context_to: int | None = None  # where it ends, if before the question does: at a copula

    # -- what the question holds

    def of_kind(self, *kinds: str) -> list[Mention]:
        return [mention for mention in self.found if mention.kind in kinds]

    def words(self, cls: str, value: str | None = None) -> list[Mention]:
        return [mention for mention in self.found if mention.kind == "word" and mention.has(cls, value)]

    def wh(self, *values: str) -> list[Mention]:
        return [mention for mention in self.words("wh") if set(mention.values("wh")) & set(values)]

    def use(self, *mentions_: Mention) -> None:
        self.used.update(id(mention) for mention in mentions_)

    # -- the reading

    def reading(self) -> Reading:
        reading = Reading("search", self.question, self.found)
        self.time(reading)
        # "Which master plan was announced at the conference X attended?": programs, whatever
        # the event words around them
        intent = (self.article() or self.connections() or (self.asks_which_program() and self.programs())
                  or self.event_role() or self.directive() or self.partners() or self.programs() or self.holders()
                  or self.posts())
        if intent is not None:
            intent(reading)
        self.problems(reading)  # after the intent: what an unknown body blocks depends on it
        if intent is None:
            reading.unused = [m for m in self.content() if m.kind not in ("time",)]
            return reading
        self.unknown_people(reading)
        if reading.intent in EVENT_ROLES:
            reading.description = [m for m in self.content() if id(m) not in self.used]
        elif reading.intent == "directive":
            self.places(reading)
            # "Ai yêu cầu ... giải quyết dứt điểm ...": what was requested, matched with the requests
            reading.description = [m for m in self.content() if id(m) not in self.used and m.kind != "time"]
        else:
            self.places(reading)
            if reading.intent != "article":
                for run in self.capitalized_runs():  # a name no slot took: never dropped
                    places_post = reading.intent in ("post_of_person", "holder_of_post") and self.says_where(run)
                    if _slots_filled(reading) and not places_post and not self.owns_generic_body(run) \
                            or self.names_country(run):
                        continue  # said around what is asked ("... với 3 tỉnh của Campuchia"): listed as not used
                    name = " ".join(mention.text for mention in run)
                    reading.problems.append(f'the store knows nothing called "{name}"')
            reading.unused = [m for m in self.content() if id(m) not in self.used and m.kind != "time"]
        return reading

    def places(self, reading: Reading) -> None:
        """Provinces narrow what an intent lists: the posts, programs, partners or directives
        of a province; the bodies named without their place ("Sở Y tế ... ở Nghệ An")."""
        for mention in self.of_kind("place"):
            if id(mention) in self.used or not self.narrows(mention):
                continue
            if mention.locality:  # "ở phường Tương Mai": the bodies of that ward
                inside = [body for body in reading.bodies if _in_locality(body.name, mention.locality)]
                if reading.bodies and not inside:
                    continue
                reading.bodies = inside
                reading.localities.append(mention)
                self.use(mention)
                continue
            if not mention.province:
                continue
            if reading.bodies:
                inside = [body for body in reading.bodies if body.province == mention.province.name]
                if not inside and reading.generic_body:
                    # "the People's Committee ... Kỳ Anh": that place's body, not any
                    reading.problems.append(f'the store knows no "{reading.body_text}" of {mention.text}')
                    reading.bodies = []
                    self.use(mention)
                    continue
                if not inside:
                    continue  # a province the bodies asked about are not in: not used
                if mention.district is not None:
                    district = ascii_key(mention.district.name)
                    of_district = [body for body in inside if district in ascii_key(body.name)]
                    if not of_district and reading.body_text and self.writes_body_of(mention):
                        # "UBND thành phố Tuy Hòa": that city's body, not the province's
                        reading.problems.append(f'the store knows no "{reading.body_text} {mention.text}"')
                        reading.bodies = []
                        self.use(mention)
                        continue
                    inside = of_district or inside
                reading.bodies = inside
            reading.provinces.append(mention.province)
            self.use(mention)

    def writes_body_of(self, place: Mention) -> bool:
        """Whether the place completes a body's name written right before it ("UBND | thành phố
        Tuy Hòa"), not a place said around what is asked ("Sở Y tế ... ở Nghệ An")."""
        index = self.found.index(place)
        return index > 0 and self.found[index - 1].kind == "body" and self.found[index - 1].end == place.start

    def place_bodies(self, place: Mention, heads: Sequence[str]) -> list[Body]:
        """The bodies of a place named by one of `heads`: a province's or district's from the
        catalog; those of a commune the administrative tables lack (a ward made in 2025) by
        the name the question writes ("Đảng ủy phường X - Đà Lạt")."""
        if place.province:
            return self.catalog.bodies_of_place(place.province.name, place.district, heads)
        found: list[Body] = []
        for head in heads:
            bodies, _ = self.catalog.bodies_named(pieces(tokenize(f"{head} {place.text}"), self.vocabulary))
            found.extend(body for body in bodies if body not in found)
        return found

    def unit_bodies(self, body: Mention) -> list[Body]:
        """The bodies of a body mention; written as a unit below the province ("đề nghị lãnh
        đạo phường X"), every body of that unit the store names, its party committee and its
        People's Committee alike."""
        levels = [word.value for _, word in self.vocabulary.words.matches(tokenize(body.text), 0) if word.cls == "level"]
        if not levels or "tỉnh" in levels:
            return list(body.bodies)
        unit = " " + ascii_key(body.text)
        exact, _, _ = self.catalog.body_keys  # the names' keys, read once per store
        of_unit = {self.catalog.bodies[iri] for name, iris in exact.items() if name.endswith(unit) for iri in iris
                   if not self.catalog.bodies[iri].firm}
        return sorted({*body.bodies, *of_unit}, key=lambda b: (b.name, b.iri))

    def governments(self, places: list[Mention]) -> list[Mention]:
        """The People's Committees of these places, as body mentions."""
        found = []
        for place in places:
            where = f"{place.district.kind} {place.district.name}" if place.district else \
                f"{place.province.kind} {place.province.name}" if place.province else place.text
            bodies, _ = self.catalog.bodies_named(pieces(tokenize(f"Ủy ban nhân dân {where}"), self.vocabulary))
            if bodies:
                self.use(place)
                found.append(Mention("body", place.start, place.end, place.text, bodies=bodies))
        return found

    def people(self) -> list[Mention]:
        """The people the question names, but for one right after a word of replacing ("Ai
        thay ông A làm Giám đốc Sở X?"): the question asks about someone else."""
        return [m for m in self.of_kind("person", "unknown_person") if m not in self.replaced_people()]

    def replaced_people(self) -> list[Mention]:
        found = []
        for word in self.words("replaces"):
            after = [m for m in self.found[self.found.index(word) + 1:] if not m.has("honorific")][:1]
            if after and after[0].kind in ("person", "unknown_person"):
                found.append(after[0])
        return found

    def which_person(self) -> list[Mention]:
        """"nào" after a word for people, or "which" before one, maybe with a body or place between
        ("lãnh đạo tỉnh nào", "Phó Chủ tịch UBND tỉnh nào", "đồng chí nào", "which Hanoi vice-chairman")."""
        found = []
        for mention in self.wh("which"):
            index = self.found.index(mention)
            before = index - 1
            while before >= 0 and (self.found[before].kind in ("body", "place") or self.found[before].has("level")):
                before -= 1
            after = index + 1
            while after < len(self.found) and (self.found[after].kind in ("body", "place")
                                               or self.found[after].has("level")):
                after += 1  # "which Hanoi vice-chairman", "which provincial leader"
            if (before >= 0 and any(self.found[before].has(cls) for cls in ("title", "leader", "honorific"))) or (
                    after < len(self.found) and any(self.found[after].has(cls) for cls in ("title", "leader"))):
                found.append(mention)  # "lãnh đạo tỉnh nào", "which leader"
        return found

    def capitalized_runs(self) -> list[list[Mention]]:
        """Runs of capitalized words no mention took, after the question's first word: names."""
        runs: list[list[Mention]] = []
        first = min((mention.start for mention in self.found), default=0)
        for mention in self.found:
            if mention.kind != "other" or id(mention) in self.used or mention.start == first \
                    or not mention.text[:1].isupper() or _ROMAN.fullmatch(mention.text):
                continue  # "khóa XIII", "quý III": a number, no name
            if runs and runs[-1][-1].end == mention.start:
                runs[-1].append(mention)
            else:
                runs.append([mention])
        return runs

    def owns_generic_body(self, run: list[Mention]) -> bool:
        """Whether the name stands right before a body named without its place, maybe past a
        number ("the Military Region 3 Party Committee"): it says whose body is meant."""
        return any(0 <= body.start - run[-1].end <= 1 for body in self.of_kind("body") if body.generic)

    def names_country(self, run: list[Mention]) -> bool:
        """Whether a run of capitalized words is another country's name (extract/data/countries.tsv),
        which the store holds as no body: it says where, not whom."""
        words = fold(" ".join(mention.text for mention in run)).split()
        found = self.vocabulary.places.countries.match(words, 0)
        return found is not None and found[0] == len(words)

    def after_copula(self, mention: Mention) -> bool:
        """Whether a word like "là", "làm" comes right before the mention ("làm Phó Chủ tịch")."""
        before = [m for m in self.found[:self.found.index(mention)] if not m.has("filler")]
        return bool(before) and before[-1].has("copula")

    def narrows(self, mention: Mention) -> bool:
        """Whether the mention may narrow the answer: not in a clause saying when, nor the one
        who gives the post ("X được Thủ tướng giao chức vụ gì")."""
        in_context = self.context_from is not None and self.context_from <= mention.start and (
            self.context_to is None or mention.start < self.context_to)
        return not in_context and not self.in_agent(mention) \
            and not self.names_an_article(mention) and not self.holds_an_event(mention)

    def holds_an_event(self, mention: Mention) -> bool:
        """Whether a body is the one whose meeting the question places the post at ("được bầu
        giữ chức gì tại kỳ họp thứ 9 HĐND tỉnh X"): it comes right after a word for an event."""
        if mention.kind != "body":
            return False
        index = self.index_of(mention)
        return index is not None and any(m.kind == "word" and m.has("event_kind")
                                         for m in self.found[max(0, index - EVENT_BODY_GAP):index])

    def index_of(self, mention: Mention) -> int | None:
        """Where the mention stands among the question's mentions (None for one made up)."""
        return next((i for i, m in enumerate(self.found) if m is mention), None)

    def names_an_article(self, mention: Mention) -> bool:
        """Whether the mention says which article is meant, not what is asked: it comes right
        before a word for an article ("in the Hà Tĩnh cooperation story", "bài về Hà Tĩnh")."""
        index = self.index_of(mention)
        if index is None:
            return False
        return any(m.has("article") for m in self.found[index + 1:index + 4] if m.kind == "word")

    def given_by_passive(self) -> bool:
        """ "được (<who>) giao ...": a word of the passive before a word of tasks says what was given."""
        return any(m.start >= passive.end and m.has("directive")
                   for passive in self.words("passive") if self.narrows(passive) for m in self.found)

    def in_agent(self, mention: Mention) -> bool:
        """Whether the mention stands between "được" and the word that gives a post or a task,
        or after "by" past that word: who appoints or assigns, not the post ("được Thủ tướng
        giao", "được HĐND tỉnh bầu", "elected ... by the provincial People's Council")."""
        for passive in self.words("passive"):
            given = next((m for m in self.found if m.start >= passive.end and (m.has("given") or m.has("directive"))),
                         None)
            if given is not None and passive.end <= mention.start and mention.end <= given.start:
                return True
        for given in self.words("given"):
            before = [m for m in self.found if given.end <= m.end <= mention.start and not m.has("filler")]
            if before and before[-1].has("agent"):
                return True
        return False

    def asks_posts(self) -> bool:
        """A person named and their posts asked ("giữ chức vụ gì", "what post"): what the rest
        of the question says (an event, a partner) only places the moment."""
        return bool(self.people() and self.words("post") and self.wh("thing", "which"))

    def asks_who_is(self, title: Mention) -> bool:
        """"Who is | the <title>", "Ai là <title>": the question asks who holds the title."""
        before = [m for m in self.found[:self.found.index(title)] if not m.has("filler")]
        return len(before) >= 2 and before[-1].has("copula") and before[-2].has("wh", "person")

    def asked_bodies(self) -> list[Mention]:
        """The words asking which bodies: "cơ quan nào", "which agencies", or a kind of body asked
        which after a request verb ("đề nghị Đảng ủy những phường nào ...", "giao sở nào ...")."""
        found = list(self.wh("body"))
        verbs = self.words("directive")
        for index, mention in enumerate(self.found[1:], start=1):
            kind = self.found[index - 1]
            if mention.has("wh", "which") and kind.kind == "word" and (kind.has("level") or kind.has("org_head")) \
                    and any(verb.end <= kind.start for verb in verbs):
                found += [kind, mention]
        return found

    def asks_which_partners(self) -> bool:
        """Words of signing, and "which" next to a word for firms or partners ("Which companies did X
        sign agreements with at the conference attended by Y?", "với những đối tác nào"): the
        partners are asked; an event or a person the question names only places the signing."""
        if not self.words("partner"):
            return False
        for index, mention in enumerate(self.found):
            if mention.has("firm") or mention.has("partner") and mention.kind == "word":
                around = self.found[max(0, index - 1):index] + self.found[index + 1:index + 2]
                if any(other.kind == "word" and other.has("wh", "which") for other in around):
                    return True
        return False

    def asks_which_program(self, kind: Mention | None = None) -> bool:
        """A kind of program (`kind`, or any) next to "nào" ("Nghị quyết nào", "which resolution"),
        also past the level it is of ("which provincial master plan")."""
        for index, mention in enumerate(self.found):
            if mention.has("program_kind") and (kind is None or mention is kind):
                before = index - 1
                while before > 0 and self.found[before].kind == "word" and self.found[before].has("level"):
                    before -= 1
                around = self.found[max(0, before):before + 1] + self.found[index + 1:index + 2]
                if any(other.kind == "word" and other.has("wh", "which") for other in around):
                    return True
        return False

    def says_where(self, run: list[Mention]) -> bool:
        """The name follows a word that places what is asked ("ở Vietcombank", "at X"): it
        narrows the post asked about, which the store cannot."""
        index = self.found.index(run[0])
        return index > 0 and self.found[index - 1].has("locative")

    def content(self) -> list[Mention]:
        """Mentions that say something: not function words, nor words that ask."""
        return [mention for mention in self.found
                if not mention.is_function and not (mention.kind == "word" and all(
                    word.cls in FUNCTION | _QUESTION_WORDS for word in mention.words))]

    def unknown_people(self, reading: Reading) -> None:
        """A person the store does not know, where the question asks about a person."""
        if reading.persons or reading.designation or reading.intent not in (
                "events_of_person", "post_of_person", "directive", "connections"):
            return
        for mention in self.of_kind("unknown_person"):
            problem = f'the store knows no person named "{mention.text}"'
            if not any(p.startswith(problem) for p in reading.problems):
                reading.problems.append(problem + _did_you_mean(self.catalog.suggest_person(mention.key)))

    def problems(self, reading: Reading) -> None:
        """A body the store does not know blocks an answer about bodies or posts; in a question
        about who took part in an event it only describes the event ("Who chaired the Hồng Lĩnh town
        Party Standing Committee meeting that ...?"), its words matched like the others."""
        found = reading.unplaced if reading.intent in EVENT_ROLES else reading.problems
        for mention in self.of_kind("unknown_body"):
            suggestion = self.catalog.suggest_body(mention.key)
            found.append(f'the store knows no organization called "{mention.text}"' + _did_you_mean(suggestion))

    def time(self, reading: Reading) -> None:
        for mention in self.of_kind("time"):
            time = mention.time
            if time.period is not None:
                if reading.period is None:
                    reading.period, self.period_at = time.period, mention.start
            elif time.problem == "year":
                reading.problems.append(f'cannot place the time "{mention.text}": name a year from 1900 to 2099 '
                                        '("năm 2023")')
            elif time.problem == "not a date":
                reading.problems.append(f'"{mention.text}" is not a real date')
            else:
                reading.problems.append(f'cannot place the time "{mention.text}": name its year '
                                        '("năm 2023", "tháng 12/2020", "in December 2020")')
            self.use(mention)

    def subject(self) -> tuple[list[Person], str | None, tuple[Title, list[Body]] | None, list[Mention]]:
        """The person the question is about: named ("Nguyễn Văn An"), unknown to the store, or
        designated by a title and a body or province ("Bí thư Tỉnh ủy Thái Bình"); not one
        the asked holder replaced ("thay ông A")."""
        people = self.people()
        if people:
            persons = [person for mention in people for person in mention.persons]
            return persons, people[0].text, None, people
        designation, used = self.designated()
        return [], None, designation, used

    def designated(self) -> tuple[tuple[Title, list[Body]] | None, list[Mention]]:
        """A person designated by a title and a body or province ("Bí thư Tỉnh ủy Thái Bình"),
        with the mentions that say so."""
        titles = [m for m in self.words("title")]
        for title_mention in titles:
            index = self.found.index(title_mention)
            after = self.found[index + 1:]
            # "the Vice Chairman of the X People's Committee": "of", "the" stand between
            skip = 0
            while skip < len(after) and after[skip].kind == "word" and (
                    after[skip].has("filler") or after[skip].has("link")):
                skip += 1
            holder = next((m for m in after[skip:skip + 2] if m.kind in ("body", "place")), None)
            if holder is None and index and self.found[index - 1].kind in ("body", "place"):
                holder = self.found[index - 1]  # "the Bình Định chairman"
            if holder is None:
                continue
            rest = after[after.index(holder) + 1:] if holder in after else after
            if rest and rest[0].kind == "word" and rest[0].has("wh", "which") and (
                    holder.kind != "body" or holder.generic):
                continue  # "PCT UBND tỉnh nào": asks which province's, designates no one ("PCT UBND TP X nào" does)
            title = self.vocabulary.titles[title_mention.values("title")[0]]
            bodies = holder.bodies if holder.kind == "body" else self.place_bodies(
                holder, title.heads or ("Ủy ban nhân dân",))
            if bodies:
                return (title, bodies), [title_mention, holder]
        return None, []

    # -- the intents, most specific first; each returns a function filling the reading

    def article(self):
        if not self.words("article"):
            return None
        key = ascii_key(self.question)
        names = [name for name in self.catalog.store.article_names() if ascii_key(name) in key]
        if not names:
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "article"
            reading.person_text = max(names, key=len)
            self.use(*self.words("article"), *self.words("say"), *self.of_kind("other"))
        return fill

    def connections(self):
        connect = self.words("connect")
        persons, text, designation, used = self.subject()
        if not connect or not (persons or designation or self.of_kind("unknown_person")):
            return None
        if designation and self.asks_who_is(used[0]):
            return None  # "Who is the Party Secretary of X who worked with Y?": who holds that post

        def fill(reading: Reading) -> None:
            reading.intent = "connections"
            reading.persons, reading.person_text, reading.designation = persons, text, designation
            self.use(*connect, *used)
        return fill

    def event_role(self):
        roles = self.words("as_role")
        if not roles and self.words("event_kind"):
            # "Who was in charge of the conference?", "Ai phụ trách buổi làm việc?": who led it
            roles = [Mention(m.kind, m.start, m.end, m.text, words=(*m.words, Word("as_role", "chaired")))
                     for m in self.words("leader") if m.has("leader", "head")]
            for role in roles:
                self.found[self.found.index(next(m for m in self.found if m.start == role.start))] = role
        if not roles or (self.chairs_a_body() and not self.words("event_kind")):
            return None  # "Who chaired the X People's Committee ...?": who headed it
        clause = self.when_after_title()
        if clause is not None and all(role.start > clause.start for role in roles):
            return None  # "Ai là Bí thư Tỉnh ủy X khi Thủ tướng làm việc với tỉnh?": who held the post then
        persons, text, designation, used = self.subject()
        # Who: "ai", "who", or "nào" after a word for people ("lãnh đạo tỉnh nào", "PCT UBND tỉnh nào")
        # ... or after a post asked which, before the person named ("PCT UBND tỉnh X nào đã tiếp
        # bà Y?": Y is whom they received)
        asks_who = self.wh("person") or [which for which in self.which_person()
                                         if not persons or all(m.start > which.start for m in used)]
        if asks_who and persons and not self.wh("person"):
            designation, used = self.designated()  # the post asked which chooses the person
        role_mention = _nearest(roles, asks_who[0]) if asks_who else roles[0]
        asked_verb = next((verb for verb in self.words("directive") if verb.start == asks_who[0].end), None) \
            if asks_who else None
        if asked_verb is not None and (not role_mention.has("directive") or any(
                body.start == asked_verb.end for body in self.of_kind("body", "unknown_body"))):
            # "Ai yêu cầu Sở X bảo đảm an toàn thông tin?", "Phó Thủ tướng nào đề nghị Bộ Y phối hợp
            # đề xuất ...?": the verb asked is a request (not "Ai chỉ đạo hội nghị X?")
            return None
        role = _role(role_mention)
        event_words = self.words("event_kind")
        if self.words("directive") and self.asked_bodies():
            return None  # "X yêu cầu đơn vị nào ... khi thăm ...?": the bodies X's directives went to
        # a cue of an event's part other than the verb asked names the event ("tại buổi làm việc với")
        is_directive = role_mention.has("directive") and not event_words \
            and all(role is role_mention or role.has("directive") for role in roles)
        if asks_who:
            requested = [m for m in self.content() if m.kind in ("other", "word", "place") and m not in roles]
            if is_directive and (self.of_kind("body", "unknown_body") or requested):
                return None  # "Ai chỉ đạo Sở X?", "Ai yêu cầu huyện X giải quyết ...?": directives

            def fill(reading: Reading) -> None:
                reading.intent = role
                reading.role = role
                # "ai đề nghị <a request>" (not "ai chỉ đạo <the event>": who directed it)
                following = self.found[self.found.index(role_mention) + 1:][:1]
                reading.request = role_mention.has("directive") and role != "directed" and bool(following) and not (
                    following[0].has("event_kind"))
                # "Ai là Phó Chủ tịch UBND X dự hội nghị Y?": only the holders of that post; a post
                # named after the role is the event's ("ai dự buổi làm việc với Bí thư Tỉnh ủy")
                if designation and used[0].start < role_mention.start:
                    reading.designation = designation
                    # the title chooses the person; its body too when written before the verb
                    # ("the Vice Chairman of the X People's Committee that chaired ..."), else it
                    # may be the event's ("Ai là Bí thư dự hội nghị của Tỉnh đoàn X?")
                    self.use(*(m for m in used if m.start < role_mention.start))
                self.use(*roles, *asks_who)
            return fill
        if persons or designation or self.of_kind("unknown_person"):
            # "X đề nghị UBND Y làm gì về lễ kỷ niệm Z?": a body right after the verb is asked
            # something, whatever event the question names
            asked_a_body = role_mention.has("directive") and any(body.start >= role_mention.end and not [
                m for m in self.content() if role_mention.end <= m.start < body.start] for body in self.of_kind("body"))
            # "X đề nghị tỉnh Y làm gì?": what the request asks of someone
            asked_to_do = any(word.start >= verb.end for verb in self.words("directive") for word in self.words("post"))
            if is_directive or asked_a_body or asked_to_do or self.wh("thing", "which") and any(
                    m is not role_mention for m in self.words("directive")):
                # "X chỉ đạo gì?", "Khi kết luận hội nghị, X đề nghị Sở Y những gì?": directives
                return None
            if self.asks_posts():
                return None  # "X giữ chức vụ gì khi phát biểu tại ...?": the posts; the event says when
            if self.asks_which_program():
                return None  # "X đã kiểm tra những dự án nào?": the programs; the event says which article
            if self.asks_which_partners():
                return None  # "Which companies did X sign ... with at the conference attended by Y?"

            def fill_events(reading: Reading) -> None:
                reading.intent = "events_of_person"
                reading.role = role
                reading.persons, reading.person_text, reading.designation = persons, text, designation
                self.use(role_mention, *used, *self.wh("thing", "which"), *event_words)
                reading.description = [m for m in self.content() if id(m) not in self.used]
                self.use(*reading.description)
            return fill_events
        return None

    def directive(self):
        verbs = self.words("directive")
        if not verbs or any(self.asks_who_is(title) and title.end <= verbs[0].start for title in self.words("title")):
            return None  # "Ai là Phó Chủ tịch UBND tỉnh X, người ký công điện ...?": who holds the post
        if self.asks_which_program():
            return None  # "... thực hiện những chỉ thị nào?": which instruments, programs of a kind
        if self.asks_posts() and self.words("post")[0].end <= verbs[0].start:
            return None  # "Which post was X assigned to ...?": X's posts ("X giao ngành Y nhiệm vụ gì?": tasks)
        persons, text, designation, used = self.subject()
        if persons and all(m.start >= verbs[0].end for m in used):
            # "Giám đốc Sở X đề nghị những đơn vị nào quan tâm tới em Y?": the official named by
            # the title before the verb asked; the person after it is in the request
            designated, by = self.designated()
            if designated and all(m.end <= verbs[0].start for m in by):
                persons, text, designation, used = [], None, designated, by
        passive = self.words("passive")
        asked_bodies = self.asked_bodies()
        bodies = [m for m in self.of_kind("body") if m not in used]
        content = self.content()
        requested = [m for m in content if m.kind in ("other", "word") and m not in verbs and m not in used]
        if bodies and requested and not passive:
            # A body inside the request ("... cụ thể hóa các quy hoạch của Bộ X") is none it went to: one
            # right after the verb or before it is ("the department's tasks"), and none after it when the
            # question asks which ("giao cơ quan nào ...")
            def addressed(body: Mention) -> bool:
                if all(body.end <= verb.start for verb in verbs):
                    return True
                return not asked_bodies and any(
                    verb.end <= body.start and not [m for m in content if verb.end <= m.start < body.start]
                    for verb in verbs)
            bodies = [m for m in bodies if addressed(m)]
        if not bodies and passive and not (persons or designation):
            bodies = self.governments(self.of_kind("place"))  # "Thành phố X được yêu cầu ...": its People's Committee
        elif not bodies:  # "yêu cầu huyện X ...", "Who told Hanoi ...?": a place given a task is its People's Committee
            bodies = self.governments([m for m in self.of_kind("place") if any(v.end == m.start for v in verbs)])
        people = self.of_kind("person", "unknown_person")
        received = passive and people and not any(p.end == people[0].start for p in passive)
        if received and not bodies and not asked_bodies:
            return None  # "X được giao nhiệm vụ gì?": the person's posts ("được X giao": X gave it)
        asks_who = (self.wh("person") or asked_bodies) and requested  # "Ai ..." / "Which body was tasked ..."
        if not (persons or designation or bodies or asks_who or self.of_kind("unknown_person", "unknown_body")):
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "directive"
            reading.persons, reading.person_text, reading.designation = persons, text, designation
            if self.period_at is not None and any(verb.end <= self.period_at for verb in verbs):
                # "yêu cầu ... hoàn thành trước tháng 6", "... phục vụ hội nghị năm 2027": when the task is
                # due, part of what was asked, not when it was asked
                reading.period = None
            if bodies:
                reading.bodies = [body for mention in bodies for body in self.unit_bodies(mention)]
                reading.body_text = bodies[0].text
                reading.generic_body = bodies[0].generic and any(body.province for body in reading.bodies)
            # Asked to whom: "P đề nghị B làm gì?", "Which bodies / whom did P direct?"
            reading.addressee = bool(bodies) or bool(asked_bodies) or bool(
                (persons or designation) and self.wh("person"))
            self.use(*verbs, *used, *bodies, *passive, *self.words("program_kind", "Chỉ thị"), *asked_bodies,
                     *self.wh("person"))
        return fill

    def partners(self):
        words = self.words("partner")
        if not words or self.asks_which_program():
            return None  # "Nghị quyết nào ... hội thảo liên kết vùng": programs
        if self.asks_posts():
            return None  # "X giữ chức vụ gì khi tỉnh tổng kết hợp tác với Y?": X's posts
        if any(self.asks_who_is(title) for title in self.words("title")):
            return None  # "Ai là Bí thư Tỉnh ủy X theo bài về ký kết với Y?": who holds the post
        if self.which_person():
            return None  # "Phó Chủ tịch UBND tỉnh X nào ký quyết định ...?": a person, no party
        # "Sở X phối hợp với UBND những địa phương nào?", "FPT hợp tác với UBND tỉnh nào?": a kind
        # of body (no firm) the question asks which of is what is asked, no party
        asked_after = [mention.start for mention in self.wh("which", "body")]
        bodies = [mention for mention in self.of_kind("body")
                  if not (mention.generic and not any(body.firm for body in mention.bodies)
                          and any(start > mention.start for start in asked_after))]
        if not (bodies or self.of_kind("place", "unknown_body")):
            return self.partners_of_person(words)

        def fill(reading: Reading) -> None:
            reading.intent = "partners"
            firms = [body for mention in bodies for body in mention.bodies if body.firm]
            others = [body for mention in bodies for body in mention.bodies if not body.firm]
            reading.firms, reading.bodies = firms, others
            reading.body_text = bodies[0].text if bodies else None
            self.use(*words, *bodies, *self.words("firm"))
        return fill

    def partners_of_person(self, words: list[Mention]):
        """ "With which organisation did Minister X sign a memorandum?": the partners of the
        bodies X holds a post in; a question that asks nothing of them is none."""
        persons, text, _, used = self.subject()
        asked = self.wh("which", "thing", "body")
        if not persons or not asked:
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "partners"
            reading.persons, reading.person_text = persons, text
            self.use(*words, *used, *asked, *self.words("firm"))
        return fill

    def programs(self):
        kinds = self.words("program_kind")
        if not kinds or self.wh("person") or self.which_person():
            return None  # "Ai là PCT ... phụ trách dự án X?", "Which vice-chairs ... under Decision X?": people
        if self.words("post") and self.of_kind("person", "unknown_person") and not self.asks_which_program():
            return None  # "Ông A giữ vai trò gì trong hội đồng thẩm định quy hoạch X?": A's post
        holders = self.of_kind("body", "place", "unknown_body")
        if not holders and not self.asks_which_program():
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "programs"
            asked = next((kind for kind in kinds if self.asks_which_program(kind)), kinds[0])  # "nghị quyết nào"
            reading.program_kind = next((value for value in asked.values("program_kind") if value), None)
            places = {m.province.name for m in holders if m.kind == "place" and m.province}
            bodies = [m for m in holders if m.kind == "body"
                      and (not places or any(body.province in places for body in m.bodies))]
            # A body of another place ("Thái Nguyên ... với Ngân hàng Thế giới") only ranks the programs.
            reading.bodies = [body for mention in bodies for body in mention.bodies
                              if not places or body.province in places]
            reading.body_text = bodies[0].text if bodies else None
            self.use(*kinds, *bodies, *self.words("program_verb"), *self.wh("which"))
            if not holders:  # "Lễ hội X được triển khai theo kế hoạch nào?": the event says which article
                reading.description = [m for m in self.content() if id(m) not in self.used and m.kind != "time"]
                self.use(*reading.description)
        return fill

    def chairs_a_body(self) -> list[Mention]:
        """"chaired" right before a body, in English ("Who chaired the Quang Binh People's Committee"):
        headed it (in Vietnamese one "chủ trì"s a meeting, and "tiếp đoàn X" receives a delegation)."""
        found = []
        english = any(mention.key in self.vocabulary.english_markers for mention in self.found)
        for mention in self.words("as_role", "chaired") if english else ():
            if mention.has("event_kind"):
                continue  # "received": a reception
            after = [m for m in self.found[self.found.index(mention) + 1:] if not m.is_function][:1]
            if after and after[0].kind == "body":
                found.append(mention)
        return found

    def when_after_title(self) -> Mention | None:
        """The clause saying when that follows a post the question names ("Ai là Bí thư Tỉnh ủy X
        | khi ..."), or None."""
        titles = self.words("title")
        return next((m for m in self.words("clause") if not m.has("clause", "companion")
                     and any(title.start < m.start for title in titles)), None)

    def holders(self):
        titles = self.words("title")
        leaders = self.words("leader") + self.words("member") + self.chairs_a_body()
        # "Ai là Bí thư Tỉnh ủy X khi Thủ tướng Y làm việc với tỉnh?": the clause says when; the
        # people and bodies in it narrow nothing
        clause = self.when_after_title()
        before = (lambda found: [m for m in found if m.start < clause.start]) if clause else (lambda found: found)
        if before(self.people()) or not (titles or leaders):
            return None
        if clause is not None:
            self.context_from = clause.start
        holders = before(self.of_kind("body", "place", "unknown_body"))
        if not holders and not self.wh("person"):
            return None

        def fill(reading: Reading) -> None:
            reading.intent = "holder_of_post"
            if titles:
                # the post given ("được Thủ tướng chỉ định làm Phó Chủ tịch ...", "được Thủ tướng phê
                # chuẩn kết quả bầu chức Chủ tịch ...") over the one who gave it
                given = next((title for title in titles if self.after_copula(title)), None) or next(
                    (title for title in titles if not self.in_agent(title)), titles[0])
                titles.remove(given)
                titles.insert(0, given)
                reading.title = self.vocabulary.titles[given.values("title")[0]]
                self.use(given)
            else:
                reading.leader = (leaders[0].values("leader") or leaders[0].values("member") or ["head"])[0]
                self.use(leaders[0])
            named = holders
            after_title = next((m for m in self.found[self.found.index(titles[0]) + 1:] if not m.is_function),
                               None) if titles else None
            if after_title is not None and after_title.kind == "place" and after_title.province:
                # "the Party Secretary of Cà Mau who worked with the X district party committee": the place's
                named = [after_title]
            bodies = [m for m in named if m.kind == "body"]
            if after_title in bodies and len(bodies) > 1:
                # "HĐND tỉnh X bầu ai giữ chức Chủ tịch UBND tỉnh?": the post is in the body after
                # the title, of the province the question names with the other body
                self.use(*(m for m in bodies if m is not after_title))
                reading.bodies = _in_provinces_of(after_title, [m for m in bodies if m is not after_title])
                bodies = [after_title]
            elif bodies:
                reading.bodies = [body for mention in bodies for body in mention.bodies]
            if bodies:
                reading.body_text = bodies[0].text
                reading.generic_body = bodies[0].generic and any(body.province for body in reading.bodies)
                self.use(*bodies)
            elif places := [m for m in named if m.kind == "place"]:
                # "Bí thư Thái Bình", "Chủ tịch tỉnh Bình Định": the province's bodies that title is held in
                # ("Phó chủ tịch thị xã Kỳ Anh": the town's); "lãnh đạo tỉnh Đồng Nai": the bodies that lead it
                heads = (reading.title.heads or ("Ủy ban nhân dân",)) if reading.title else self.vocabulary.leadership
                reading.bodies = self.place_bodies(places[0], heads)
                reading.body_text = places[0].text
                if reading.bodies:
                    self.use(places[0])
            replaced = self.replaced_people()
            reading.replaced = [person for mention in replaced for person in mention.persons]
            reading.given = bool(self.words("given"))
            self.use(*self.words("given"))
            self.use(*self.wh("person"), *self.words("copula"), *replaced, *(self.words("replaces") if replaced else ()))
        return fill

    def set_aside(self, reading: Reading, persons_at: int | None) -> None:
        """A post the question sets aside before naming the person ("Ngoài chức GĐ Sở KH&ĐT,
        ông X còn là gì ...", "Besides chairing X, what ..."): its title and body are no filter;
        the answer leaves that post out."""
        besides = self.words("besides")
        if not besides or persons_at is None or besides[0].start > persons_at:
            return
        inside = [m for m in self.found if besides[0].end <= m.start < persons_at and id(m) not in self.used]
        titles = [m for m in inside if m.kind == "word" and m.has("title")]
        bodies = [m for m in inside if m.kind == "body"]
        if titles or bodies:
            title = self.vocabulary.titles[titles[0].values("title")[0]] if titles else None
            reading.besides.append((title, [body for mention in bodies for body in mention.bodies]))
            self.use(*besides, *titles, *bodies)  # "Ngoài ... , ông A còn là gì": "còn" too

    def posts(self):
        people = self.people()
        # a word for posts, "là ai" / "who is", or a title asked which ("làm giám đốc sở nào")
        asks = self.words("post") or self.words("given") or self.words("copula") or (
            self.wh("which", "thing", "body") and [m for m in self.words("title") if not _describes(m, people)]) or (
            self.words("passive") and self.words("directive")) or (  # "X được giao nhiệm vụ gì?"
            people and self.wh("which", "body") and self.words("leader"))  # "X phụ trách bộ nào?"
        if not people:
            names = self.capitalized_runs()
            if not (names and asks and self.wh("person", "thing")):
                return None
            # "Who is Pawalit Ua-Amornwanit?": a name the store does not know
            unknown = Mention("unknown_person", names[0][0].start, names[0][-1].end,
                              " ".join(mention.text for mention in names[0]))
            self.found.append(unknown)
            self.use(*names[0])

            def fill_unknown(reading: Reading) -> None:
                reading.intent = "post_of_person"
                reading.person_text = unknown.text
                reading.problems.append(f'the store knows no person named "{unknown.text}"')
                self.use(*asks, *self.wh("person", "thing"))
            return fill_unknown
        others = [m for m in self.content() if m.kind in ("other", "word") and not m.has("honorific")
                  and not m.has("title")]
        if not asks and others:
            return None  # "Ai cùng X đi trao học bổng?", "X và chuyển đổi số": not the person's posts
        persons, text, _, used = self.subject()
        # "X giữ chức vụ gì khi phát biểu tại hội nghị ở Nam Định?": after the clause, words
        # that say when, not which posts
        subject_at = min((m.start for m in used), default=None)
        clause = next((m for m in self.words("clause") if m.start > subject_at), None) \
            if subject_at is not None else None
        self.context_from = clause.start if clause is not None else None
        # "X, người đi cùng Chủ tịch UBND tỉnh xuống xã Y, làm Giám đốc sở nào?": the question goes on
        self.context_to = next((m.start for m in self.words("copula") if m.start > clause.start), None) \
            if clause is not None and clause.has("clause", "companion") else None

        def fill(reading: Reading) -> None:
            reading.intent = "post_of_person"
            reading.persons, reading.person_text = persons, text
            # "X được (Thủ tướng) giao chức vụ gì?" asks for a post given, as "được bổ nhiệm" does;
            # not "What job did X have when the council elected him ...": that says when
            reading.given = any(self.narrows(m) for m in self.words("given")) or self.given_by_passive()
            self.use(*used, *self.words("post"), *self.words("given"), *self.wh("person", "thing", "which", "place", "body"),
                     *self.words("copula"), *self.words("passive"), *self.words("directive"), *self.words("leader"))
            self.set_aside(reading, persons_at=min((m.start for m in used if m.kind == "person"), default=None))
            bodies = [m for m in self.of_kind("body") if id(m) not in self.used and self.narrows(m)]
            if bodies:
                reading.bodies = [body for mention in bodies for body in mention.bodies]
                reading.body_text = bodies[0].text
                self.use(*bodies)
            titles = [m for m in self.words("title") if id(m) not in self.used and not _describes(m, people)
                      and self.narrows(m)]
            if titles:  # "X là Phó Chủ tịch tỉnh nào?": that post of X's
                reading.title = self.vocabulary.titles[titles[0].values("title")[0]]
                self.use(titles[0])
            agents = [m for m in self.found if self.in_agent(m)]
            self.use(*agents, *[m for m in self.words("agent") if any(m.end <= agent.start for agent in agents)])
        return fill


def _slots_filled(reading: Reading) -> bool:
    """The question names what the intent needs in full: a person the store knows, whose
    posts are asked; a post and the body it is held in, with its place. A name no slot took is then what
    the question says around it ("... when Hanoi announced ...", "hồi vụ nữ sinh X bị đánh"),
    unless a word that places the post comes before it ("ở X"): the answer lists it as not used and ranks the rows that hold it first, instead of
    refusing to answer."""
    if reading.intent == "post_of_person":
        return bool(reading.persons)
    if reading.intent == "holder_of_post":  # not "the People's Court" of a place the store does not know
        return bool(reading.bodies and reading.title and not reading.generic_body)
    if reading.intent == "programs":  # a body's or province's programs: a name is the program's own
        return bool(reading.bodies or reading.provinces)  # ("Dự án Phát triển tích hợp ..."), which ranks them
    return False


def _in_locality(name: str, locality: str) -> bool:
    """The body's name ends with the ward's or commune's ("... phường Tương Mai")."""
    return (" " + " ".join(token.key for token in tokenize(name) if token.is_word)).endswith(" " + locality)


def _describes(title: Mention, people: list[Mention]) -> bool:
    """The title is said of a person named ("Phó Chủ tịch ... Nguyễn Văn An")."""
    return any(title in person.about for person in people)


def _nearest(found: list[Mention], to: Mention) -> Mention:
    return min(found, key=lambda mention: min(abs(mention.start - to.end), abs(to.start - mention.end)))


def _role(mention: Mention) -> str:
    """The role a word names; "dự và chỉ đạo" names two: the one asked about is the first."""
    return mention.values("as_role")[0]


def _did_you_mean(names: list[str]) -> str:
    return f" (did you mean {' or '.join(names)}?)" if names else ""


def _in_provinces_of(generic: Mention, others: list[Mention]) -> list[Body]:
    """The bodies of a mention written without its place ("UBND tỉnh") that are in the one
    province the other body mentions name; all of them when those name none or several."""
    provinces = {body.province for mention in others for body in mention.bodies}
    inside = [body for body in generic.bodies if body.province in provinces]
    return inside if generic.generic and len(provinces) == 1 and inside else list(generic.bodies)
