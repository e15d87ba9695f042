"""Facts → RDF: one article's `ArticleFacts` become the triples of that article's named graph.

IRIs are built from normalized names (`extract.text.slug`), never from counters or
random ids, so building an article twice gives the same graph and the store can
replace it. Shared things get the same IRI in every article that names them:

    person        kgr:person/<province>/<name>      (province "unknown-province" when not known)
    organization  kgr:org/<canonical name>          (the canonical name already carries its place)
    firm          kgr:firm/<group name>
    program       kgr:program/<name>
    role          kgr:role/<role word>
    membership    kgr:membership/<province>/<person>/<role>/<organization>
    province      kgr:province/<name>

Statements that belong to one article are under its key (the percent-encoded
article name): kgr:article/<a>, kgr:event/<a>/..., kgr:participation/<a>/...,
kgr:directive/<a>/..., kgr:partnership/<a>/..., kgr:authorship/<a>/...,
kgr:evidence/<a>/<start>-<end>. The named graph is kgg:article/<a>.

A slug drops diacritics, so two names that differ only in diacritics share an IRI.
Every fact and entity node gets `kgo:mentionedIn` the article and, when extraction
gave one, `prov:wasDerivedFrom` the evidence sentence (roles, kinds and provinces are
shared vocabulary and get neither). There are no blank nodes.
"""
from __future__ import annotations

import datetime
import hashlib
from urllib.parse import quote, unquote

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from extract.facts import (
    Article, ArticleFacts, Author, Directive, Event, Evidence, Firm, Organization,
    Participation, Partnership, Person, Position, Program,
)
from extract.text import ascii_key, fold, slug
from kg.vocab import (
    FOAF, GRAPH, KGO, ORG, PREFIXES, PROV, RDF, RDFS, RESOURCE, SCHEMA, SKOS, XSD, individual_for,
    label,
)

UNKNOWN_PROVINCE = "unknown-province"
_ARTICLE_GRAPHS = "article/"  # under kgg:; other graphs (the ontology) live beside them
_MAX_SEGMENT = 80  # longer slugs are cut and made unique with a digest


class MappingError(ValueError):
    """Facts that cannot be stated faithfully (a bad date, evidence not found at its offsets)."""


def _segment(text: str) -> str:
    """A readable IRI path segment for a name: its slug, cut with a digest when long.

    A name with no Latin letter or digit (nothing left to slug) gets only a digest.
    """
    readable = slug(text)
    if not readable:
        return hashlib.sha1(fold(text).encode()).hexdigest()[:12]
    if len(readable) <= _MAX_SEGMENT:
        return readable
    digest = hashlib.sha1(readable.encode()).hexdigest()[:10]
    return f"{readable[:_MAX_SEGMENT].rstrip('-')}-{digest}"


def article_key(name: str) -> str:
    """The article name percent-encoded: lossless, so distinct names never share a graph."""
    return quote(name, safe="-._~")


def article_iri(name: str) -> URIRef:
    return RESOURCE[f"article/{article_key(name)}"]


def article_graph_iri(name: str) -> URIRef:
    """The named graph holding everything read from the article `name`."""
    return GRAPH[_ARTICLE_GRAPHS + article_key(name)]


def article_name_of_graph(graph_iri: str) -> str | None:
    """The article name of an article graph IRI, or None for any other graph."""
    prefix = str(GRAPH) + _ARTICLE_GRAPHS
    return unquote(graph_iri[len(prefix):]) if graph_iri.startswith(prefix) else None


def _province_segment(province: str | None) -> str:
    return _segment(province) if province else UNKNOWN_PROVINCE


def province_iri(province: str) -> URIRef:
    return RESOURCE[f"province/{_segment(province)}"]


def person_iri(name: str, province: str | None) -> URIRef:
    """People are told apart by name within a province (the article's province)."""
    return RESOURCE[f"person/{_province_segment(province)}/{_segment(name)}"]


def organization_iri(name: str) -> URIRef:
    return RESOURCE[f"org/{_segment(name)}"]


def firm_iri(name: str) -> URIRef:
    return RESOURCE[f"firm/{_segment(name)}"]


def program_iri(name: str) -> URIRef:
    return RESOURCE[f"program/{_segment(name)}"]


def role_iri(role: str) -> URIRef:
    return RESOURCE[f"role/{_segment(role)}"]


def membership_iri(person: str, province: str | None, role: str, organization: str) -> URIRef:
    return RESOURCE[
        f"membership/{_province_segment(province)}/{_segment(person)}"
        f"/{_segment(role)}/{_segment(organization)}"
    ]


def facts_to_graph(facts: ArticleFacts) -> Graph:
    """The content of the article's named graph (identifier: `article_graph_iri`)."""
    return _ArticleGraphBuilder(facts).build()


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


class _ArticleGraphBuilder:
    """Adds one article's facts to a fresh graph; one method per kind of fact."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.article: Article = facts.article
        self.article_node = article_iri(self.article.name)
        self.key = article_key(self.article.name)
        self.graph = Graph(identifier=article_graph_iri(self.article.name), bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            self.graph.bind(prefix, iri)
        # Partnership parties, organizers and addressees are names: a firm's name or alias
        # means the firm, anything else an organization.
        self.firm_by_key = {
            ascii_key(alias): firm_iri(firm.name)
            for firm in facts.firms
            for alias in (firm.name, *firm.aliases)
        }

    def build(self) -> Graph:
        self.add_article()
        for organization in self.facts.organizations:
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
        return self.graph

    # --- helpers -----------------------------------------------------------

    def add(self, subject: Node, predicate: URIRef, obj: Node) -> None:
        self.graph.add((subject, predicate, obj))

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
        node = RESOURCE[f"{kind_of}/{_segment(label)}"]
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.prefLabel, _vi(label))
        self.add(node, RDFS.label, _vi(label))
        return node

    # --- entities ----------------------------------------------------------

    def add_article(self) -> None:
        article, node = self.article, self.article_node
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, SCHEMA.identifier, Literal(article.name))
        self.add(node, KGO.nameKey, Literal(ascii_key(article.name)))
        self.add(node, KGO.sourceFile, Literal(article.source))
        self.add(node, RDFS.label, _vi(article.title) if article.title else Literal(article.name))
        if article.title:
            self.add(node, SCHEMA.headline, _vi(article.title))
        if article.date:
            self.add(node, SCHEMA.datePublished, self.date(article.date, "article date"))
        if article.url:
            self.add(node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI))
        if self.facts.province:
            self.add(node, SCHEMA.contentLocation, self.province(self.facts.province))

    def province(self, name: str) -> URIRef:
        return self.named(province_iri(name), KGO.Province, name, SCHEMA.name)

    def person(self, name: str) -> URIRef:
        node = self.named(person_iri(name, self.facts.province), FOAF.Person, name, FOAF.name)
        self.add(node, KGO.mentionedIn, self.article_node)
        return node

    def organization(self, name: str) -> URIRef:
        node = self.named(organization_iri(name), ORG.Organization, name, SCHEMA.name)
        self.add(node, KGO.mentionedIn, self.article_node)
        return node

    def agent(self, name: str) -> URIRef:
        """A firm when the name is one of this article's firms (or their aliases), else an organization."""
        firm = self.firm_by_key.get(ascii_key(name))
        return firm if firm is not None else self.organization(name)

    def add_organization(self, organization: Organization) -> None:
        node = self.organization(organization.name)
        self.add(node, ORG.classification, self.concept("org-kind", organization.kind))
        if organization.place:
            self.add(node, SCHEMA.areaServed, _vi(organization.place))
        if organization.parent:
            self.add(node, ORG.subOrganizationOf, self.organization(organization.parent))
        for alias in organization.aliases:
            self.add(node, SCHEMA.alternateName, _vi(alias))
        self.stated(node, organization.evidence)

    def add_firm(self, firm: Firm) -> None:
        node = self.named(firm_iri(firm.name), SCHEMA.Corporation, firm.name, SCHEMA.name)
        self.add(node, RDF.type, ORG.Organization)
        for alias in firm.aliases:
            self.add(node, SCHEMA.alternateName, _vi(alias))
        self.stated(node, firm.evidence)

    def add_person(self, person: Person) -> None:
        node = self.person(person.name)
        for mention in person.mentions:
            self.stated(node, mention)
        for position in person.positions:
            self.add_membership(person.name, node, position)

    def add_program(self, program: Program) -> None:
        node = self.named(program_iri(program.name), KGO.Program, program.name, SCHEMA.name)
        self.add(node, KGO.programKind, self.concept("program-kind", program.kind))
        if program.number:
            self.add(node, KGO.documentNumber, Literal(program.number))
        if program.period:
            self.add(node, KGO.period, Literal(program.period))
        self.stated(node, program.evidence)

    # --- facts -------------------------------------------------------------

    def add_membership(self, person_name: str, person: URIRef, position: Position) -> None:
        node = membership_iri(person_name, self.facts.province, position.role, position.organization)
        role = self.named(role_iri(position.role), ORG.Role, position.role, SKOS.prefLabel)
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, RDFS.label, _vi(f"{position.role} {position.organization}"))
        self.add(node, ORG.member, person)
        self.add(node, ORG.role, role)
        self.add(node, ORG.organization, self.organization(position.organization))
        if position.status:
            self.add(node, KGO.membershipStatus, _vi(position.status))
        self.stated(node, position.evidence)

    def add_partnership(self, partnership: Partnership) -> None:
        parties = sorted(_segment(party) for party in partnership.parties)
        node = RESOURCE[f"partnership/{self.key}/{_segment(' '.join([*parties, partnership.label]))}"]
        self.add(node, RDF.type, KGO.Partnership)
        self.add(node, RDFS.label, _vi(partnership.label))
        self.add(node, SCHEMA.name, _vi(partnership.label))
        for party in partnership.parties:
            self.add(node, KGO.partner, self.agent(party))
        self.stated(node, partnership.evidence)

    def add_event(self, event: Event) -> None:
        event_segment = _segment(f"{event.label} {event.date or ''}")
        node = RESOURCE[f"event/{self.key}/{event_segment}"]
        self.named(node, SCHEMA.Event, event.label, SCHEMA.name)
        if event.date:
            self.add(node, SCHEMA.startDate, self.date(event.date, "event date"))
        if event.organizer:
            self.add(node, SCHEMA.organizer, self.agent(event.organizer))
        self.stated(node, event.evidence)
        for participation in event.participations:
            self.add_participation(node, event_segment, event.label, participation)

    def add_participation(
        self, event: URIRef, event_segment: str, event_label: str, participation: Participation
    ) -> None:
        node = RESOURCE[
            f"participation/{self.key}/{event_segment}/{participation.role}/{_segment(participation.person)}"
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
        node = RESOURCE[f"directive/{self.key}/{_segment(statement)}"]
        self.add(node, RDF.type, KGO.Directive)
        self.add(node, RDFS.label, _vi(directive.text))
        self.add(node, KGO.issuedBy, self.person(directive.by))
        if directive.to:
            self.add(node, KGO.addressedTo, self.agent(directive.to))
        self.add(node, KGO.requestedAction, _vi(directive.text))
        self.stated(node, directive.evidence)

    def add_author(self, author: Author) -> None:
        person = self.person(author.name)
        node = RESOURCE[f"authorship/{self.key}/{author.kind}/{_segment(author.name)}"]
        kind = individual_for(KGO.CreditKind, author.kind)
        self.add(self.article_node, SCHEMA.author, person)
        self.add(node, RDF.type, KGO.Authorship)
        self.add(node, RDFS.label, _vi(f"{author.name} ({label(kind)})"))
        self.add(node, KGO.creditedPerson, person)
        self.add(node, KGO.creditKind, kind)
        self.stated(node, author.evidence)
