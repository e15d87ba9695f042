"""SHACL check of article graphs against ontology/shapes.ttl.

The ontology is mixed into the data for the check, so shapes may require e.g. that a
participation role is a kgo:ParticipationRole (its individuals live in kg.ttl).
Warnings (a fact without an evidence sentence) are reported but do not fail a graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.vocab import ONTOLOGY, SHAPES_FILE, compact


@dataclass
class ValidationReport:
    conforms: bool  # no violation (warnings allowed)
    problems: list[str]  # one line each: "Violation: kgr:membership/... org:role: <message>"


@cache
def _shapes() -> Graph:
    return Graph(bind_namespaces="none").parse(SHAPES_FILE, format="turtle")


def validate_graph(graph: Graph) -> ValidationReport:
    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=_shapes(), ont_graph=ONTOLOGY, allow_warnings=True
    )
    problems = sorted(
        _describe(results, result) for result in results.subjects(SH.resultSeverity, None)
    )
    return ValidationReport(conforms=bool(conforms), problems=problems)


def _describe(results: Graph, result: Node) -> str:
    severity = str(results.value(result, SH.resultSeverity)).removeprefix(str(SH))
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage) or ""
    return f"{severity}: {compact(str(focus))} {compact(str(path)) if path else '-'}: {message}"
