"""Facts → RDF: one article's `ArticleFacts` become the triples of that article's named graph.

IRIs are built from normalized names, never from counters or random ids, so building
an article twice gives the same graph and the store can replace it. Shared things get
the same IRI in every article that names them:

    person        kgr:person/<province>/<name>     the article's province, "unknown-province"
                                                   when it names none; kg.identity may rename
                                                   it when resolving people across articles
    organization  kgr:org/<canonical name>         the canonical name already carries its place;
                  kgr:org/<name>/<province>        a body of a district whose name several
                                                   provinces use ("huyện Châu Thành");
                  kgr:org/<name>/in/<a>            a local body whose place the article leaves
                                                   unknown ("Sở Nội vụ" in an article naming no
                                                   province): it belongs to that article
    firm          kgr:firm/<group>, kgr:firm/<group>/<province> for a provincial branch
    program       kgr:program/<name>
    role          kgr:role/<role word>
    membership    kgr:membership/<person path>/<role>/<organization path>
    province      kgr:province/<name>, district kgr:district/<province>/<level and name>

A name segment is the name's slug; when the name has letters outside ASCII (almost every
Vietnamese name) a short digest of its diacritic-keeping key follows, so `Hà` and `Hạ`
get different IRIs while tone-mark placement, case and punctuation do not matter
(`name_key`). Places come from the closed list of provinces.tsv and keep plain slugs.

Statements that belong to one article are under its key (the percent-encoded
article name): kgr:article/<a>, kgr:event/<a>/..., kgr:participation/<a>/...,
kgr:directive/<a>/..., kgr:partnership/<a>/..., kgr:authorship/<a>/...,
kgr:evidence/<a>/<start>-<end>. The named graph is kgg:article/<a>.

Extraction has resolved what the names mean (extract/resolve.py): the place a body is
in, the body it belongs to when the article does not say, a provincial firm branch, the
issuer a document number names, the periods an event is filed under. This module only
projects those facts, with each province's and district's 2025 fate.

Every fact and entity node gets `kgo:mentionedIn` the article and, when extraction
gave one, `prov:wasDerivedFrom` the evidence sentence (roles, kinds and places are
shared vocabulary and get neither). The article keeps its cleaned text
(`schema:articleBody`), which the evidence offsets index, so that every sentence can
be found in text the product shows. There are no blank nodes.
"""
from __future__ import annotations

import datetime
import hashlib
import re
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from extract.facts import (
    Article, ArticleFacts, Author, Directive, Event, Evidence, Firm, Organization, Participation,
    Partnership, Person, Position, Program,
)
from extract.lexicon.places import REFORM_DATE, Place, Province
from extract.text import ascii_key, fold, slug
from kg.store.graphs import article_graph_iri
from kg.vocab import (
    FOAF, GRAPH, KGO, ORG, PREFIXES, PROV, RDF, RDFS, RESOURCE, SCHEMA, SKOS, XSD, individual_for, label,
)

UNKNOWN_PROVINCE = "unknown-province"
_MAX_SEGMENT = 80  # longer slugs are cut and made unique with a digest
_PERSON = "person/"
_MEMBERSHIP = "membership/"
_ORGANIZATION = "org/"


class MappingError(ValueError):
    """Facts that cannot be stated faithfully (a bad date, evidence not found at its offsets)."""


def name_key(text: str) -> str:
    """What tells names apart: folded (case, tone-mark placement), diacritics kept, only letters and digits.

    `Nguyễn Văn Hoà` and `NGUYỄN VĂN HÒA` share it; `Nguyễn Thị Hà` and `Nguyễn Thị Hạ` do not.
    """
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def _digest(key: str, length: int) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:length]


def name_segment(text: str) -> str:
    """A readable IRI path segment for a name: its slug, plus a digest of `name_key` when the
    slug alone could confuse names (letters outside ASCII, or cut because long).

    A name with no Latin letter or digit (nothing left to slug) gets only a digest.
    """
    key = name_key(text)
    readable = slug(text)
    if not readable:
        return _digest(key, 12)
    if key.isascii() and len(readable) <= _MAX_SEGMENT:
        return readable  # the slug spells the key exactly
    return f"{readable[:_MAX_SEGMENT].rstrip('-')}-{_digest(key, 6)}"


def article_key(name: str) -> str:
    """The article name percent-encoded: lossless, so distinct names never share a graph."""
    return quote(name, safe="-._~")


def content_key(text: str) -> str:
    """What makes two articles one: their text folded (case, tone-mark placement, white
    space), as a digest. A syndicated copy under another name has the same key."""
    return hashlib.sha1(fold(text).encode()).hexdigest()


def article_iri(name: str) -> URIRef:
    return RESOURCE[f"article/{article_key(name)}"]


def derived_graph_iri(derivation: str, search_key: str) -> URIRef:
    """The graph `derivation` ("identity", "attestation") derives for the people whose
    `kgo:nameKey` is `search_key`. People are resolved name by name, so a changed article
    recomputes only the graphs of the names it mentions."""
    return GRAPH[f"{derivation}/{name_segment(search_key)}"]


def province_segment(province: str | None) -> str:
    """The province part of a person IRI: the province's slug, or "unknown-province"."""
    return slug(province) if province else UNKNOWN_PROVINCE


def province_iri(name: str) -> URIRef:
    return RESOURCE[f"province/{slug(name)}"]


def district_iri(place: Place) -> URIRef:
    return RESOURCE[f"district/{slug(place.province.name)}/{slug(place.text)}"]


def person_iri(name: str, province: str | None, disambiguator: int = 1) -> URIRef:
    """People are told apart by name within a province; kg.identity numbers homonyms (`~2`)."""
    suffix = f"~{disambiguator}" if disambiguator > 1 else ""
    return RESOURCE[f"{_PERSON}{province_segment(province)}/{name_segment(name)}{suffix}"]


def person_path(person: URIRef) -> str:
    """`kgr:person/nam-dinh/nguyen-van-an-1a2b3c` → `nam-dinh/nguyen-van-an-1a2b3c`."""
    return str(person)[len(str(RESOURCE[_PERSON])):]


def organization_iri(name: str, *, province: str | None = None, article: str | None = None) -> URIRef:
    """A body by its canonical name; within `province` when its district's name is one several
    provinces use; within `article` for a local body the article names without a place we know."""
    if article is not None:
        scope = f"/in/{article_key(article)}"
    elif province is not None:
        scope = f"/{slug(province)}"
    else:
        scope = ""
    return RESOURCE[f"{_ORGANIZATION}{name_segment(name)}{scope}"]


def firm_iri(name: str) -> URIRef:
    return RESOURCE[f"firm/{name_segment(name)}"]


def branch_iri(group: str, province: str) -> URIRef:
    return RESOURCE[f"firm/{name_segment(group)}/{slug(province)}"]


def program_iri(name: str) -> URIRef:
    return RESOURCE[f"program/{name_segment(name)}"]


def role_iri(role: str) -> URIRef:
    return RESOURCE[f"role/{name_segment(role)}"]


def membership_iri(person: URIRef, role: str, organization: URIRef) -> URIRef:
    """One membership per (person, role, organization): articles stating it share the node."""
    organization_path = str(organization)[len(str(RESOURCE)):]
    return RESOURCE[f"{_MEMBERSHIP}{person_path(person)}/{name_segment(role)}/{organization_path}"]


def membership_prefix(person: URIRef) -> str:
    """The start every membership IRI of `person` shares (kg.identity renames them with the person)."""
    return f"{RESOURCE}{_MEMBERSHIP}{person_path(person)}/"


def facts_to_graph(facts: ArticleFacts) -> Graph:
    """The content of the article's named graph (identifier: `article_graph_iri`)."""
    graph = Graph(identifier=article_graph_iri(facts.article.name), bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    graph += facts_to_triples(facts)
    return graph


def facts_to_triples(facts: ArticleFacts) -> set[tuple[Node, URIRef, Node]]:
    """The triples of the article's named graph, without an rdflib Graph: a build's workers
    map, check and serialize them (filling a Graph took half the mapping's time)."""
    return _ArticleGraphBuilder(facts).build()


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


class _ArticleGraphBuilder:
    """Adds one article's facts to a fresh set of triples; one method per kind of fact."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.article: Article = facts.article
        self.article_node = article_iri(self.article.name)
        self.key = article_key(self.article.name)
        self.triples: set[tuple[Node, URIRef, Node]] = set()
        self.province = facts.province.name if facts.province else None
        # Partnership parties, organizers and addressees are names: a firm's name or alias
        # means the firm, anything else an organization.
        self.firm_by_key = {
            ascii_key(alias): firm_iri(firm.name)
            for firm in facts.firms
            for alias in (firm.name, *firm.aliases)
        }

    def build(self) -> set[tuple[Node, URIRef, Node]]:
        self.add_article()
        for organization in (*self.facts.organizations, *self.facts.implied):
            self.add_organization(organization)
        for firm in self.facts.firms:
            self.add_firm(firm)
        for person in self.facts.persons:
            self.add_person(person)
        for program in self.facts.programs:
            self.add_program(program)
        for partnership in self.facts.partnerships:
            self.add_partnership(partnership)
        for event in self.facts.events:
            self.add_event(event)
        for directive in self.facts.directives:
            self.add_directive(directive)
        for author in self.facts.authors:
            self.add_author(author)
        return self.triples

    # --- helpers -----------------------------------------------------------

    def add(self, subject: Node, predicate: URIRef, obj: Node) -> None:
        self.triples.add((subject, predicate, obj))

    def date(self, value: str, what: str) -> Literal:
        try:
            return Literal(datetime.date.fromisoformat(value))
        except ValueError:
            raise MappingError(
                f"{self.article.name}: {what} {value!r} is not a date (YYYY-MM-DD)"
            ) from None

    def stated(self, node: URIRef, evidence: Evidence | None) -> None:
        """Record that `node` was read from this article, and from which sentence."""
        self.add(node, KGO.mentionedIn, self.article_node)
        if evidence is not None:
            self.add(node, PROV.wasDerivedFrom, self.evidence(evidence))

    def evidence(self, evidence: Evidence) -> URIRef:
        if self.article.text[evidence.start:evidence.end] != evidence.sentence:
            raise MappingError(
                f"{self.article.name}: evidence offsets {evidence.start}-{evidence.end} "
                f"do not hold the sentence {evidence.sentence[:60]!r}"
            )
        node = RESOURCE[f"evidence/{self.key}/{evidence.start}-{evidence.end}"]
        self.add(node, RDF.type, KGO.Evidence)
        self.add(node, KGO.sentence, _vi(evidence.sentence))
        self.add(node, KGO.startOffset, Literal(evidence.start))
        self.add(node, KGO.endOffset, Literal(evidence.end))
        self.add(node, PROV.wasQuotedFrom, self.article_node)
        return node

    def named(self, node: URIRef, cls: URIRef, name: str, name_property: URIRef) -> URIRef:
        """Type, Vietnamese labels and search key of a node that has a name."""
        self.add(node, RDF.type, cls)
        self.add(node, RDFS.label, _vi(name))
        self.add(node, name_property, _vi(name))
        self.add(node, KGO.nameKey, Literal(ascii_key(name)))
        return node

    def concept(self, kind_of: str, label: str) -> URIRef:
        """A kind ("Sở", "Đề án") as a SKOS concept, shared by every article."""
        node = RESOURCE[f"{kind_of}/{name_segment(label)}"]
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.prefLabel, _vi(label))
        self.add(node, RDFS.label, _vi(label))
        self.add(node, KGO.nameKey, Literal(ascii_key(label)))
        return node

    # --- places ------------------------------------------------------------

    def province_node(self, province: Province) -> URIRef:
        """A province, with the province it merged into on 2025-07-01 if it did."""
        node = self.named(province_iri(province.name), KGO.Province, province.name, SCHEMA.name)
        if fold(province.merged_into) != fold(province.name):
            successor = self.named(province_iri(province.merged_into), KGO.Province, province.merged_into,
                                   SCHEMA.name)
            self.add(node, KGO.mergedInto, successor)
            self.add(node, KGO.mergedOn, Literal(REFORM_DATE))
        return node

    def place_node(self, place: Place) -> URIRef:
        province = self.province_node(place.province)
        if place.district is None:
            return province
        node = self.named(district_iri(place), KGO.District, place.text, SCHEMA.name)
        self.add(node, SCHEMA.containedInPlace, province)
        self.add(node, KGO.abolishedOn, Literal(REFORM_DATE))
        return node

    # --- entities ----------------------------------------------------------

    def add_article(self) -> None:
        article, node = self.article, self.article_node
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, SCHEMA.identifier, Literal(article.name))
        self.add(node, KGO.nameKey, Literal(ascii_key(article.name)))
        self.add(node, KGO.sourceFile, Literal(article.source))
        self.add(node, KGO.contentKey, Literal(content_key(article.text)))
        self.add(node, RDFS.label, _vi(article.title) if article.title else Literal(article.name))
        self.add(node, SCHEMA.articleBody, _vi(article.text))  # what evidence offsets index
        if article.title:
            self.add(node, SCHEMA.headline, _vi(article.title))
        if article.date:
            self.add(node, SCHEMA.datePublished, self.date(article.date, "article date"))
        if article.url:
            self.add(node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI))
        if self.facts.province:
            self.add(node, SCHEMA.contentLocation, self.province_node(self.facts.province))

    def person(self, name: str) -> URIRef:
        node = self.named(person_iri(name, self.province), FOAF.Person, name, FOAF.name)
        self.add(node, KGO.mentionedIn, self.article_node)
        return node

    def organization(self, name: str) -> URIRef:
        """The node of the article's body called `name` (extraction guarantees there is one)."""
        body = self.facts.body(name)
        if body is None:
            raise MappingError(f"{self.article.name}: a fact refers to {name!r}, which is none of its bodies")
        node = self.named(self.organization_iri(body), ORG.Organization, name, SCHEMA.name)
        self.add(node, KGO.mentionedIn, self.article_node)
        return node

    def organization_iri(self, body: Organization) -> URIRef:
        """A body named after a district several provinces have ("huyện Châu Thành") is told
        apart by its province. It belongs to this article when that province is unknown, and so
        does a local body with no place in an article whose province is unknown: "Sở Nội vụ" of
        two such articles may be two bodies."""
        if body.shared_place_name:
            if body.place is not None:
                return organization_iri(body.name, province=body.place.province.name)
            return organization_iri(body.name, article=self.article.name)
        placeless = self.facts.province is None and not body.national and body.place is None
        return organization_iri(body.name, article=self.article.name if placeless else None)

    def agent(self, name: str) -> URIRef:
        """A firm when the name is one of this article's firms (or their aliases), else an organization."""
        firm = self.firm_by_key.get(ascii_key(name))
        return firm if firm is not None else self.organization(name)

    def add_organization(self, organization: Organization) -> None:
        node = self.organization(organization.name)
        self.add(node, ORG.classification, self.concept("org-kind", organization.kind))
        if organization.place is not None:
            self.add(node, KGO.locatedIn, self.place_node(organization.place))
        if organization.area:
            self.add(node, SCHEMA.areaServed, _vi(organization.area))
        if organization.parent:  # a firm's board is part of the firm: "Hội đồng quản trị Tập đoàn X"
            self.add(node, ORG.subOrganizationOf, self.agent(organization.parent))
        for alias in organization.aliases:
            self.add(node, SCHEMA.alternateName, _vi(alias))
        self.stated(node, organization.evidence)

    def add_firm(self, firm: Firm) -> None:
        node = self.named(firm_iri(firm.name), SCHEMA.Corporation, firm.name, SCHEMA.name)
        self.add(node, RDF.type, ORG.Organization)
        branches = {branch.alias for branch in firm.branches}
        for alias in firm.aliases:
            if alias not in branches:
                self.add(node, SCHEMA.alternateName, _vi(alias))
        for branch in firm.branches:
            self.add_branch(firm, node, branch.province, branch.alias)
        self.stated(node, firm.evidence)

    def add_branch(self, firm: Firm, group: URIRef, province: Province, alias: str) -> None:
        """A provincial branch ("Chi nhánh Viettel Thái Nguyên"): a firm of its own, part of the group."""
        node = self.named(
            branch_iri(firm.name, province.name), SCHEMA.Corporation, f"{firm.name} {province.name}", SCHEMA.name
        )
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, SCHEMA.alternateName, _vi(alias))
        self.add(node, ORG.subOrganizationOf, group)
        self.add(node, KGO.locatedIn, self.province_node(province))
        self.stated(node, firm.evidence)

    def add_person(self, person: Person) -> None:
        node = self.person(person.name)
        for mention in person.mentions:
            self.stated(node, mention)
        for position in person.positions:
            self.add_membership(node, position)

    def add_program(self, program: Program) -> None:
        node = self.named(program_iri(program.name), KGO.Program, program.name, SCHEMA.name)
        self.add(node, KGO.programKind, self.concept("program-kind", program.kind))
        if program.number:
            self.add(node, KGO.documentNumber, Literal(program.number))
        if program.issuer:
            self.add(node, KGO.issuer, self.organization(program.issuer))
        if program.period:
            self.add(node, KGO.period, Literal(program.period))
        self.stated(node, program.evidence)

    # --- facts -------------------------------------------------------------

    def add_membership(self, person: URIRef, position: Position) -> None:
        organization = self.organization(position.organization)
        node = membership_iri(person, position.role, organization)
        role = self.named(role_iri(position.role), ORG.Role, position.role, SKOS.prefLabel)
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, RDFS.label, _vi(f"{position.role} {position.organization}"))
        self.add(node, ORG.member, person)
        self.add(node, ORG.role, role)
        self.add(node, ORG.organization, organization)
        if position.status:
            self.add(node, KGO.membershipStatus, _vi(position.status))
        if position.given:
            self.add(node, KGO.givenIn, self.article_node)
        self.stated(node, position.evidence)

    def add_partnership(self, partnership: Partnership) -> None:
        parties = sorted(name_segment(party) for party in partnership.parties)
        node = RESOURCE[f"partnership/{self.key}/{name_segment(' '.join([*parties, partnership.label]))}"]
        self.add(node, RDF.type, KGO.Partnership)
        self.add(node, RDFS.label, _vi(partnership.label))
        self.add(node, SCHEMA.name, _vi(partnership.label))
        for agent in partnership.agents:
            self.add(node, KGO.partner, self.agent(agent))
        self.stated(node, partnership.evidence)

    def add_event(self, event: Event) -> None:
        event_segment = name_segment(f"{event.label} {event.date or ''}")
        node = RESOURCE[f"event/{self.key}/{event_segment}"]
        self.named(node, SCHEMA.Event, event.label, SCHEMA.name)
        if event.date:
            self.add(node, SCHEMA.startDate, self.date(event.date, "event date"))
        for period in event.periods:
            self.add(node, KGO.periodKey, Literal(period))
        if event.organizer:
            self.add(node, SCHEMA.organizer, self.agent(event.organizer))
        for organization in event.about:
            self.add(node, SCHEMA.about, self.organization(organization))
        self.stated(node, event.evidence)
        for participation in event.participations:
            self.add_participation(node, event_segment, event.label, participation)

    def add_participation(
        self, event: URIRef, event_segment: str, event_label: str, participation: Participation
    ) -> None:
        node = RESOURCE[
            f"participation/{self.key}/{event_segment}/{participation.role}/{name_segment(participation.person)}"
        ]
        role = individual_for(KGO.ParticipationRole, participation.role)
        self.add(node, RDF.type, KGO.Participation)
        self.add(node, RDFS.label, _vi(f"{participation.person} ({label(role)}) – {event_label}"))
        self.add(node, KGO.participant, self.person(participation.person))
        self.add(node, KGO.inEvent, event)
        self.add(node, KGO.participationRole, role)
        self.stated(node, participation.evidence)

    def add_directive(self, directive: Directive) -> None:
        statement = " ".join(filter(None, (directive.by, directive.to, directive.text)))
        node = RESOURCE[f"directive/{self.key}/{name_segment(statement)}"]
        self.add(node, RDF.type, KGO.Directive)
        self.add(node, RDFS.label, _vi(directive.text))
        self.add(node, KGO.issuedBy, self.person(directive.by))
        if directive.to:
            self.add(node, KGO.addressedTo, self.agent(directive.to))
        self.add(node, KGO.requestedAction, _vi(directive.text))
        self.stated(node, directive.evidence)

    def add_author(self, author: Author) -> None:
        person = self.person(author.name)
        node = RESOURCE[f"authorship/{self.key}/{author.kind}/{name_segment(author.name)}"]
        kind = individual_for(KGO.CreditKind, author.kind)
        self.add(self.article_node, SCHEMA.author, person)
        self.add(node, RDF.type, KGO.Authorship)
        self.add(node, RDFS.label, _vi(f"{author.name} ({label(kind)})"))
        self.add(node, KGO.creditedPerson, person)
        self.add(node, KGO.creditKind, kind)
        self.stated(node, author.evidence)
