"""SHACL check of graphs against ontology/shapes.ttl, compiled into plain lookups.

The shapes guard against mapping bugs, never against input, and every article graph
is checked before it is stored. pyshacl took 0.5 s an article (46% of a build: it
copies the ontology into every data graph and walks the shapes generically), so the
shapes are read once and compiled here into checks over a graph's triples indexed by
subject: about a millisecond an article, in the workers that map the articles.

It implements the SHACL Core constraints the shapes use, with SHACL's meaning (the
tests compare it with pyshacl on every kind of graph a build stores, well-formed and
broken); loading shapes that use any other SHACL term is an error, so that a new kind
of constraint can never be skipped silently.

The ontology is mixed into the data for the check, as pyshacl's `ont_graph` does, so
shapes may require e.g. that a participation role is a kgo:ParticipationRole (its
individuals live in kg.ttl), and classes include their subclasses. Warnings (a fact
without an evidence sentence) are reported but do not fail a graph.
"""
from __future__ import annotations

import operator
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from kg.vocab import ONTOLOGY, SHAPES_FILE, compact

Triple = tuple[Node, Node, Node]


@dataclass
class ValidationReport:
    conforms: bool  # no violation (warnings allowed)
    problems: list[str]  # one line each: "Violation: kgr:membership/... org:role: <message>"


class ShapesError(ValueError):
    """The shapes use SHACL this checker does not implement."""


# What the compiled checks implement: anything else in shapes.ttl is refused at load.
_SHAPE_TERMS = {SH.targetClass, SH.targetSubjectsOf, SH.property, SH["class"], SH.nodeKind, SH.path,
                SH.minCount, SH.maxCount, SH.datatype, SH.languageIn, SH.pattern, SH.minLength,
                SH.minInclusive, SH.lessThan, SH.lessThanOrEquals, SH.disjoint, SH.severity, SH.message}
_SHAPE_CLASSES = {SH.NodeShape, SH.PropertyShape}


@dataclass
class _Index:
    """A graph's triples by subject, and the classes of each node (the ontology's included)."""

    values: dict[Node, dict[Node, list[Node]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    subjects_of: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))

    def add(self, triples: Iterable[Triple]) -> None:
        for s, p, o in triples:
            self.values[s][p].append(o)
            self.subjects_of[p].add(s)

    def objects(self, node: Node, path: Node, ontology: _Index) -> list[Node]:
        own = self.values.get(node)
        theirs = ontology.values.get(node)
        found = list(own.get(path, ())) if own else []
        if theirs:
            found += [value for value in theirs.get(path, ()) if value not in found]
        return found


# A constraint: (values of the path at the focus node, the focus node) → problem messages.
_Check = Callable[[list[Node], Node, Callable[[Node, Node], list[Node]]], list[str]]


@dataclass
class _PropertyShape:
    path: Node | None  # None: the constraints apply to the focus node itself
    checks: list[_Check]
    severity: str
    message: str | None


@dataclass
class _NodeShape:
    name: Node
    target_classes: list[Node]
    target_subjects_of: list[Node]
    properties: list[_PropertyShape]


class Shapes:
    """ontology/shapes.ttl, compiled. `Shapes.load()` once; `check(triples)` per graph."""

    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self._refuse_unknown_terms(shapes)
        self._ontology = _Index()
        self._ontology.add(ontology)
        self._superclasses = _superclasses(ontology)
        self._shapes = [self._node_shape(shapes, node) for node in sorted(
            set(shapes.subjects(RDF.type, SH.NodeShape)), key=str)]

    @classmethod
    def load(cls) -> Shapes:
        return cls(Graph(bind_namespaces="none").parse(SHAPES_FILE, format="turtle"), ONTOLOGY)

    def check(self, triples: Iterable[Triple]) -> ValidationReport:
        """Check a graph's triples (an rdflib Graph or any iterable of triples)."""
        data = _Index()
        data.add(triples)

        def objects(node: Node, path: Node) -> list[Node]:
            return data.objects(node, path, self._ontology)

        classes = {node: {c for t in objects(node, RDF.type) for c in self._superclasses.get(t, (t,))}
                   for node in data.values}
        problems = set()
        for shape in self._shapes:
            for focus in _focus_nodes(shape, data, classes):
                for prop in shape.properties:
                    values = [focus] if prop.path is None else objects(focus, prop.path)
                    for check in prop.checks:
                        for message in check(values, focus, objects):
                            path = compact(str(prop.path)) if prop.path is not None else "-"
                            problems.add(f"{prop.severity}: {compact(str(focus))} {path}: "
                                         f"{prop.message or message}")
        ordered = sorted(problems)
        return ValidationReport(conforms=not any(p.startswith("Violation") for p in ordered), problems=ordered)

    def instance_of(self, node: Node, cls: Node, objects) -> bool:
        return any(cls in self._superclasses.get(t, (t,)) for t in objects(node, RDF.type))

    # ------------------------------------------------------------------ compiling

    @staticmethod
    def _refuse_unknown_terms(shapes: Graph) -> None:
        for s, p, o in shapes:
            if str(p).startswith(str(SH)) and p not in _SHAPE_TERMS:
                raise ShapesError(f"{SHAPES_FILE}: sh:{str(p).removeprefix(str(SH))} is not checked by kg.validation")
            if p == RDF.type and str(o).startswith(str(SH)) and o not in _SHAPE_CLASSES:
                raise ShapesError(f"{SHAPES_FILE}: sh:{str(o).removeprefix(str(SH))} is not checked by kg.validation")

    def _node_shape(self, shapes: Graph, node: Node) -> _NodeShape:
        properties = [self._property_shape(shapes, prop) for prop in sorted(shapes.objects(node, SH.property), key=str)]
        own = self._constraints(shapes, node)
        if own:
            properties.append(_PropertyShape(None, own, "Violation", _message(shapes, node)))
        return _NodeShape(node, sorted(shapes.objects(node, SH.targetClass)),
                          sorted(shapes.objects(node, SH.targetSubjectsOf)), properties)

    def _property_shape(self, shapes: Graph, node: Node) -> _PropertyShape:
        path = shapes.value(node, SH.path)
        if not isinstance(path, URIRef):
            raise ShapesError(f"{SHAPES_FILE}: only predicate paths are checked by kg.validation, not {path}")
        severity = shapes.value(node, SH.severity, default=SH.Violation)
        return _PropertyShape(path, self._constraints(shapes, node), str(severity).removeprefix(str(SH)),
                              _message(shapes, node))

    def _constraints(self, shapes: Graph, node: Node) -> list[_Check]:
        checks: list[_Check] = []
        for parameter, value in sorted(shapes.predicate_objects(node)):
            compile_constraint = self._COMPILERS.get(parameter)
            if compile_constraint is not None:
                checks.append(compile_constraint(self, shapes, value))
        return checks

    def _min_count(self, shapes: Graph, value: Literal) -> _Check:
        least = int(value)
        return lambda values, focus, objects: (
            [f"at least {least} value(s) expected, found {len(values)}"] if len(values) < least else [])

    def _max_count(self, shapes: Graph, value: Literal) -> _Check:
        most = int(value)
        return lambda values, focus, objects: (
            [f"at most {most} value(s) expected, found {len(values)}"] if len(values) > most else [])

    def _class(self, shapes: Graph, cls: URIRef) -> _Check:
        return lambda values, focus, objects: [
            f"{_show(v)} is not a {compact(str(cls))}" for v in values
            if isinstance(v, Literal) or not self.instance_of(v, cls, objects)]

    def _datatype(self, shapes: Graph, datatype: URIRef) -> _Check:
        return lambda values, focus, objects: [
            f"{_show(v)} is not of datatype {compact(str(datatype))}" for v in values
            if not _has_datatype(v, datatype)]

    def _language_in(self, shapes: Graph, languages: Node) -> _Check:
        allowed = [str(language).lower() for language in shapes.items(languages)]
        return lambda values, focus, objects: [
            f"{_show(v)} is not in language {', '.join(allowed)}" for v in values
            if not (isinstance(v, Literal) and v.language
                    and any(v.language.lower() == a or v.language.lower().startswith(a + "-") for a in allowed))]

    def _node_kind(self, shapes: Graph, kind: URIRef) -> _Check:
        if kind != SH.IRI:
            raise ShapesError(f"{SHAPES_FILE}: sh:nodeKind sh:{str(kind).removeprefix(str(SH))} is not checked by kg.validation")
        return lambda values, focus, objects: [f"{_show(v)} is not an IRI" for v in values if not isinstance(v, URIRef)]

    def _pattern(self, shapes: Graph, pattern: Literal) -> _Check:
        regex = re.compile(str(pattern))
        return lambda values, focus, objects: [
            f"{_show(v)} does not match {pattern}" for v in values
            if isinstance(v, BNode) or not regex.search(str(v))]

    def _min_length(self, shapes: Graph, value: Literal) -> _Check:
        least = int(value)
        return lambda values, focus, objects: [
            f"{_show(v)} is shorter than {least}" for v in values if isinstance(v, BNode) or len(str(v)) < least]

    def _min_inclusive(self, shapes: Graph, bound: Literal) -> _Check:
        return lambda values, focus, objects: [
            f"{_show(v)} is less than {bound}" for v in values if not _compares(v, bound, operator.ge)]

    def _disjoint(self, shapes: Graph, other: URIRef) -> _Check:
        return lambda values, focus, objects: [
            f"{_show(v)} is also a value of {compact(str(other))}" for v in values if v in objects(focus, other)]

    _COMPILERS = {
        SH.minCount: _min_count, SH.maxCount: _max_count, SH["class"]: _class, SH.datatype: _datatype,
        SH.languageIn: _language_in, SH.nodeKind: _node_kind, SH.pattern: _pattern,
        SH.minLength: _min_length, SH.minInclusive: _min_inclusive,
        SH.lessThan: lambda self, shapes, other: _comparison(other, operator.lt, "less than"),
        SH.lessThanOrEquals: lambda self, shapes, other: _comparison(other, operator.le, "at most"),
        SH.disjoint: _disjoint,
    }


def _focus_nodes(shape: _NodeShape, data: _Index, classes: dict[Node, set[Node]]) -> list[Node]:
    """The shape's targets among the graph's subjects. A node the graph says nothing about
    is the ontology's alone, and the ontology conforms (a test checks it)."""
    focus = {node for node, own in classes.items() if any(c in own for c in shape.target_classes)}
    for predicate in shape.target_subjects_of:
        focus |= data.subjects_of.get(predicate, set())
    return sorted(focus, key=str)


def _comparison(other: URIRef, relation: Callable[[object, object], bool], word: str) -> _Check:
    """sh:lessThan, sh:lessThanOrEquals: every value against every value of `other` at the focus."""
    return lambda values, focus, objects: [
        f"{_show(v)} is not {word} {_show(w)} ({compact(str(other))})"
        for v in values for w in objects(focus, other) if not _compares(v, w, relation)]


def _message(shapes: Graph, node: Node) -> str | None:
    message = shapes.value(node, SH.message)
    return None if message is None else str(message)


def _superclasses(ontology: Graph) -> dict[Node, set[Node]]:
    """Each class with every class it is a subclass of, itself included (rdfs:subClassOf*)."""
    direct: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        direct[sub].add(sup)
    closure = {}
    for cls in set(direct) | {c for supers in direct.values() for c in supers}:
        seen, todo = {cls}, [cls]
        while todo:
            for sup in direct.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        closure[cls] = seen
    return closure


def _has_datatype(value: Node, datatype: URIRef) -> bool:
    if not isinstance(value, Literal) or value.ill_typed:
        return False
    if datatype == XSD.string:
        return value.language is None and value.datatype in (None, XSD.string)
    return value.datatype == datatype


def _compares(value: Node, other: Node, relation: Callable[[object, object], bool]) -> bool:
    """`relation(value, other)` for two comparable literals; False when they do not compare."""
    if not (isinstance(value, Literal) and isinstance(other, Literal)):
        return False
    try:
        return bool(relation(value.toPython(), other.toPython())) and not value.ill_typed and not other.ill_typed
    except TypeError:
        return False


def _show(value: Node) -> str:
    return compact(str(value)) if isinstance(value, URIRef) else repr(str(value)[:60])


def validate_graph(graph: Iterable[Triple], shapes: Shapes | None = None) -> ValidationReport:
    """Check one graph; `shapes` compiled once by the caller who checks many."""
    return (shapes or Shapes.load()).check(graph)


class DerivedGraphError(RuntimeError):
    """A graph derived from all articles breaks the shapes: a bug, never the input's fault."""


def check_derived(derivation: str, graphs: Iterable[Iterable[Triple]], shapes: Shapes) -> None:
    """Checks the graphs `derivation` ("identity", "attestation") gave, together: one check,
    whatever their number. Raises DerivedGraphError on the first problem."""
    check = shapes.check(triple for graph in graphs for triple in graph)
    if not check.conforms:
        raise DerivedGraphError(f"the {derivation} graphs break the shapes: {check.problems[0]}")
