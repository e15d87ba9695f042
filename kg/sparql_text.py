"""SPARQL text sent to an engine that does not know the ontology's prefixes, and its errors read back.

A query goes with one line declaring the ontology's prefixes before it, so its own lines
keep their numbers but one: `user_position` takes that line off again in the engine's
"error at LINE:COLUMN" messages. Used for a store on a SPARQL server and by `kg serve`.
"""
from __future__ import annotations

import re

from kg.vocab import PREFIXES

_PREFIX_LINE = " ".join(f"PREFIX {prefix}: <{iri}>" for prefix, iri in PREFIXES.items()) + "\n"
_ERROR_POSITION = re.compile(r"error at (\d+):(\d+)")


def with_prefixes(sparql: str) -> str:
    """`sparql` after one line declaring the ontology's prefixes (a PREFIX of the query's own wins)."""
    return _PREFIX_LINE + sparql


def user_position(message: str) -> str:
    """An engine's "error at LINE:COLUMN" about a `with_prefixes` query, as the user counts lines."""
    return _ERROR_POSITION.sub(lambda m: f"error at {max(int(m[1]) - 1, 1)}:{m[2]}", message)
