"""Reading the store for `kg ask`: small SPARQL queries, joined in Python.

At a million triples Oxigraph answers a single triple pattern over the whole store in
tens of milliseconds, while one query joining six optional patterns takes seconds; so
what `kg ask` needs about every event or body is read pattern by pattern and joined
here, and what it needs about a few nodes (their participants, their sentences) is
read for those nodes only, named in a VALUES block. IRIs in VALUES come from the
store's own answers, never from the question.
"""
from __future__ import annotations

from typing import Iterable

from rdflib import Literal, URIRef

from kg.query import check_query, run_query
from kg.store import Store
from kg.vocab import PREFIXES

_MAX_VALUES = 400  # IRIs per VALUES block


def rows(store: Store, sparql: str) -> list[tuple[str | None, ...]]:
    """The answer's rows, every cell as a string (None when unbound).

    A local store is asked directly, without making an rdflib term of every cell (which
    costs three times what Oxigraph's scan of a pattern does); any other store through
    `kg.query.run_query`. (When the store declares a backend interface, this is the one
    call to move onto it.)"""
    engine = getattr(store, "_oxigraph", None)
    if engine is None:
        return [tuple(None if cell is None else str(cell) for cell in row) for row in run_query(store, sparql).rows]
    check_query(sparql)
    return [tuple(None if term is None else term.value for term in solution)
            for solution in engine.query(sparql, prefixes=PREFIXES)]


def pairs(store: Store, sparql: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in rows(store, sparql) if a is not None and b is not None]


def rows_for(store: Store, variable: str, iris: Iterable[str], body: str, select: str,
             literals: bool = False) -> list[tuple[str | None, ...]]:
    """`SELECT select WHERE { VALUES ?variable { iris } body }`, in blocks of _MAX_VALUES IRIs
    (or plain literals, with `literals`)."""
    iris = list(dict.fromkeys(iris))
    term = Literal if literals else URIRef
    found: list[tuple[str | None, ...]] = []
    for start in range(0, len(iris), _MAX_VALUES):
        values = " ".join(term(iri).n3() for iri in iris[start:start + _MAX_VALUES])
        found += rows(store, f"SELECT {select} WHERE {{ VALUES ?{variable} {{ {values} }} {body} }}")
    return found
