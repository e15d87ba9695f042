"""The ontology's terms as Python names, so code refers to ontology/kg.ttl and never re-spells an IRI.

`from kg.vocab import ORG, KGO` gives namespaces whose attribute access only succeeds
for terms the ontology declares: `ORG.Membership` works, a term kg.ttl does not
declare raises AttributeError. Namespace IRIs come from the file's own `@prefix` lines; the
ontology is parsed once, at import.
"""
from __future__ import annotations

import re

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD  # noqa: F401 (re-exported: core terms, closed in rdflib)

from ontology import ONTOLOGY_DIR

ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


class DeclaredNamespace:
    """A namespace that only hands out terms the ontology declares.

    A term counts as declared when the ontology gives it an rdf:type. Use
    `NS.term` in code; `NS["term"]` for names that are not Python identifiers.
    """

    def __init__(self, prefix: str, iri: str, declared: frozenset[str]) -> None:
        self.prefix = prefix
        self.iri = iri
        self._declared = declared

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> URIRef:
        if name not in self._declared:
            raise AttributeError(f"{self.prefix}:{name} is not declared in {ONTOLOGY_FILE.name}")
        return URIRef(self.iri + name)

    def __contains__(self, name: str) -> bool:
        return name in self._declared

    def __iter__(self):
        return (URIRef(self.iri + name) for name in sorted(self._declared))

    def __repr__(self) -> str:
        return f"DeclaredNamespace({self.prefix}: <{self.iri}>)"


def _load_ontology() -> Graph:
    graph = Graph(bind_namespaces="none")
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


ONTOLOGY = _load_ontology()
ONTOLOGY_IRI = next(ONTOLOGY.subjects(RDF.type, OWL.Ontology))

# prefix → namespace IRI, exactly as kg.ttl declares them; SPARQL queries get these for free.
PREFIXES: dict[str, str] = {prefix: str(iri) for prefix, iri in ONTOLOGY.namespaces()}


def _declared_namespace(prefix: str) -> DeclaredNamespace:
    iri = PREFIXES[prefix]
    names = frozenset(
        str(term)[len(iri):]
        for term in ONTOLOGY.subjects(RDF.type, None)
        if isinstance(term, URIRef) and str(term).startswith(iri) and len(str(term)) > len(iri)
    )
    return DeclaredNamespace(prefix, iri, names)


KGO = _declared_namespace("kgo")
ORG = _declared_namespace("org")
PROV = _declared_namespace("prov")
SCHEMA = _declared_namespace("schema")
FOAF = _declared_namespace("foaf")
SKOS = _declared_namespace("skos")

# The checked namespaces by prefix (the ontology test looks terms up here).
DECLARED_NAMESPACES: dict[str, DeclaredNamespace] = {
    ns.prefix: ns for ns in (KGO, ORG, PROV, SCHEMA, FOAF, SKOS)
}

# A prefixed name in SPARQL text (not inside an IRI, not a longer prefix).
_PREFIXED_NAME = re.compile(r"(?<![\w:/#.-])(" + "|".join(DECLARED_NAMESPACES) + r"):([A-Za-z_][\w-]*)")


def unknown_terms(sparql: str) -> set[str]:
    """Prefixed names of the checked vocabularies that the ontology does not declare: a
    query using one matches nothing, silently (a misspelt or guessed property name)."""
    return {f"{m[1]}:{m[2]}" for m in _PREFIXED_NAME.finditer(sparql)
            if m[2] not in DECLARED_NAMESPACES[m[1]]}


def prefixed_graph(identifier: URIRef | None = None) -> Graph:
    """An empty graph that writes the ontology's prefixes, and no others, when serialized."""
    graph = Graph(identifier=identifier, bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    return graph


# Instance data is not vocabulary: any path under these is allowed.
RESOURCE = Namespace(PREFIXES["kgr"])  # people, organizations, events ...
GRAPH = Namespace(PREFIXES["kgg"])  # named graphs (one per article)


def individual_for(cls: URIRef, notation: str) -> URIRef:
    """The individual of `cls` whose skos:notation is `notation` (a value from extract/facts.py).

    `individual_for(KGO.ParticipationRole, "chaired")` → kgo:Chairing.
    """
    for individual in ONTOLOGY.subjects(RDF.type, cls):
        if any(str(value) == notation for value in ONTOLOGY.objects(individual, SKOS.notation)):
            return individual
    raise KeyError(f"no {cls} with skos:notation {notation!r} in {ONTOLOGY_FILE.name}")


def compact(iri: str) -> str:
    """`https://w3id.org/vn-gov-kg/ontology#Chairing` → `kgo:Chairing`; other IRIs unchanged."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def label(term: URIRef, lang: str = "vi") -> str:
    """The ontology's rdfs:label of `term` in `lang` (kgo:Chairing → "chủ trì")."""
    for value in ONTOLOGY.objects(term, RDFS.label):
        if getattr(value, "language", None) == lang:
            return str(value)
    raise KeyError(f"{compact(str(term))} has no @{lang} label in {ONTOLOGY_FILE.name}")
