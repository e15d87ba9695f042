"""SPARQL over the store for people: run a query, refuse updates, render results.

`run_query` turns every failure into a `QueryError` whose message is one line (a
syntax error names its line and column). Queries may use the ontology's prefixes
(kgo:, org:, schema: ...) without PREFIX lines. SELECT results render as an aligned
table, SPARQL JSON or CSV; ASK as true/false; CONSTRUCT/DESCRIBE as Turtle (JSON-LD
for json).

Named queries are the `kg/queries/*.rq` files. Their header comments say what they
do and which parameters they take:

    # description: Who chaired or directed which event ...
    # param: person_name: only this person (full name)
    # param: as_of (date): a date (YYYY-MM-DD): who held it then ...

A form after a parameter's name, `(date)` or `(period)` (a year, month or day), makes a
value in another form a one-line error rather than an empty answer.

A parameter is a variable of the query, bound to the search key of the value the
user gives (`extract.text.ascii_key`: case, accents and tone marks do not matter),
and compared with `kgo:nameKey`. Each parameter has one slot in the query text, a line
`VALUES ?person_name { UNDEF }`; UNDEF (no value given) matches everything, so the file
runs as it is in any SPARQL tool. A value fills its slot as an RDF term that rdflib
serializes and escapes, the way the SPARQL protocol passes parameters, never as query
syntax. A slot line may end with `# given: PATTERNS`: patterns (or a FILTER) that apply
only when a value is given, for a parameter that narrows rows rather than naming a node
(the article's province, words of an event's name); they join the query in place of the
comment, with the value itself in place of the parameter's variable (see below why).

Oxigraph plans its joins from the query text only (values passed beside it are applied
after the joins): greedily, from the part it estimates smallest (a VALUES of one row,
then a pattern with a constant), following shared variables by nested loops, with text
order breaking ties. So a given value in the text is what makes a query for one person
take a millisecond, not a scan, and every named query is laid out for that planner:
- the slots first, the most selective parameter first (the first given one leads);
- the name key that finds a parameter's node stays among the required patterns when the
  query starts from that node (a person, a post's body): as a `# given:` it would be a part
  of its own, and an engine that joins the parts apart, rdflib among them, then reads
  every row of the other part (who_directed for one person on rdflib: 6× slower at 50k
  triples, 60× at a million). Where the query starts from a few constant nodes anyway
  (firms_partnering: the firms), name keys are givens, and a listing reads one pattern
  less per row (1.2×);
- a listing (no parameter given) starts from a constant, `VALUES ?role_node { ... }` or
  `?role_node a kgo:ParticipationRole`, not from a scan of every name, and from the few
  roles rather than every participation's type (which is one more lookup per row);
- then the required patterns, then OPTIONALs of one pattern with any further pattern
  nested inside (a group of two is planned apart from the row it completes, as a scan);
- where `# given:` filters narrow the rows, the patterns they read sit in an inner group
  with the slots, so that they apply before evidence and labels are looked up; the value
  stands in them as a constant, because a filter applies, and a pattern can lead, only once
  its variables are bound, and a slot's VALUES that no required pattern uses joins last
  (an event search by words, role and year: 92 ms with the variables, 32 with the values);
- after a subquery that aggregates (one row per holder, per pair of people), the lookups
  that complete each row are OPTIONALs from variables that a BIND surely binds,
  `COALESCE(..., rdf:nil)`: a required pattern after a BIND, or one from a variable that may
  be unbound, is joined by reading the whole pattern (holders_of_post: 250 ms instead of 23);
- evidence of a statement that belongs to one article (a participation, a directive, a
  partnership: its IRI is under the article's key) from the statement's side,
  `?fact prov:wasDerivedFrom ?evidence`; of a node many articles state (a post, a
  program) in the article's own graph, `GRAPH ?graph { ?node prov:wasDerivedFrom
  ?evidence }`, with ?graph bound by `GRAPH ?graph { ?node kgo:mentionedIn
  ?article_node }`: the merged graph derives a province's chair from thousands of
  sentences, the article's graph from the one or two it quotes.
"""
from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as TypingLiteral, Mapping

from rdflib import Graph, Literal
from rdflib.term import Node

from extract.text import ascii_key
from kg.sparql_syntax import parse_query, services
from kg.store import Store
from kg.vocab import PREFIXES, prefixed_graph

QUERIES_DIR = Path(__file__).parent / "queries"

UPDATE_REFUSED = (
    "updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) are not allowed here: "
    "the store changes only when articles are built or removed"
)

NOT_A_QUERY = (
    "not a SPARQL query: it must start with SELECT, ASK, CONSTRUCT or DESCRIBE (after any PREFIX/BASE)"
)
SERVICE_REFUSED = (
    "SERVICE is not allowed here: a query reads this store only and never asks other servers"
)

# Text that does not parse as a query is refused; these only choose the words of the refusal:
# an update, or no query form at all, after the prologue (PREFIX/BASE lines and comments).
_PROLOGUE = r"(?:\s|#[^\n\r]*+|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*+"
_UPDATE_START = re.compile(_PROLOGUE + r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_QUERY_START = re.compile(_PROLOGUE + r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_SYNTAX_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_PREFIXED_NAME_END = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")
_MAX_DETAIL = 160  # characters of the parser's "expected one of ..." list kept in a message


class QueryError(Exception):
    """A query that cannot run; the message is one line."""


@dataclass
class QueryResult:
    """A query's answer, read to the end (the store may be closed afterwards)."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)  # select
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)  # select; None = unbound
    boolean: bool | None = None  # ask
    graph: Graph | None = None  # construct / describe
    total: int | None = None  # select, one page of it asked for: the rows of every page


# Forms a parameter may declare after its name (`# param: as_of (date): ...`): a value not
# in that form is refused before the query runs, rather than silently matching nothing.
_VALUE_FORMS = {
    "date": (re.compile(r"\d{4}-\d{2}-\d{2}"), "a date, YYYY-MM-DD"),
    "period": (re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?"), "a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD"),
}
_PARAM_NAME = re.compile(r"\??(\w+)(?:\s*\((\w+)\))?")


@dataclass(frozen=True)
class NamedQuery:
    name: str  # the file stem: "who_directed"
    text: str
    description: str
    params: dict[str, str]  # parameter variable (no "?") → what value to give
    forms: dict[str, str] = field(default_factory=dict)  # parameter → a key of _VALUE_FORMS

    def bindings(self, values: Mapping[str, str]) -> dict[str, Literal]:
        """Parameter values as the search keys the query compares with kgo:nameKey."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                f"its parameters: {', '.join(self.params) or 'none'}"
            )
        for param, value in values.items():
            if param in self.forms and not has_form(value.strip(), self.forms[param]):
                raise QueryError(f"parameter {param}: {value!r} is not {_VALUE_FORMS[self.forms[param]][1]}")
        return {param: Literal(ascii_key(value)) for param, value in values.items()}

    def bound_text(self, values: Mapping[str, str], slots_open: bool = False) -> str:
        """The query with each given value in its parameter's slot, and the slot's
        `# given:` patterns in force, the value standing in them for the variable. With
        `slots_open`, the slots stay `UNDEF`, for an engine that takes the values beside
        the text (rdflib's initBindings)."""
        text = self.text
        for param, term in self.bindings(values).items():
            filled = f"VALUES ?{param} {{ {'UNDEF' if slots_open else term.n3()} }}"
            given = _parameter_variable(param)
            text = _parameter_slot(param).sub(
                lambda slot, filled=filled, given=given, term=term:
                    f"{slot['indent']}{filled} {given.sub(lambda _: term.n3(), slot['given'] or '')}".rstrip(),
                text,
            )
        return text


def has_form(value: str, form: str) -> bool:
    """`value` matches the form and names a real day, month or year ("2023-13" does not)."""
    if not _VALUE_FORMS[form][0].fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _parameter_variable(param: str) -> re.Pattern[str]:
    """The parameter's variable in a slot's `# given:` patterns, where the value stands for it."""
    return re.compile(rf"\?{re.escape(param)}(?!\w)")


def _parameter_slot(param: str) -> re.Pattern[str]:
    """A parameter's slot line: `VALUES ?param { UNDEF }`, maybe with `# given: PATTERNS`."""
    return re.compile(
        rf"^(?P<indent>[ \t]*)VALUES \?{re.escape(param)} \{{ UNDEF \}}(?:[ \t]*# given: (?P<given>.*))?$",
        re.MULTILINE,
    )


def named_queries() -> list[NamedQuery]:
    return [load_named_query(path.stem) for path in sorted(QUERIES_DIR.glob("*.rq"))]


@functools.cache  # the files are package data: read each once per process
def load_named_query(name: str) -> NamedQuery:
    path = QUERIES_DIR / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))
        raise QueryError(f"no named query {name!r}; known: {known}")
    text = path.read_text(encoding="utf-8")
    description = ""
    params: dict[str, str] = {}
    forms: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("# ").partition(":")
        if key == "description":
            description = value.strip()
        elif key == "param":
            declared, _, what = value.strip().partition(":")
            parts = _PARAM_NAME.fullmatch(declared.strip())
            if parts is None or (parts[2] is not None and parts[2] not in _VALUE_FORMS):
                raise QueryError(f"{path}: cannot read the parameter line '{line}' "
                                 f"(forms a parameter may have: {', '.join(_VALUE_FORMS)})")
            params[parts[1]] = what.strip()
            if parts[2] is not None:
                forms[parts[1]] = parts[2]
    for param in params:
        if len(_parameter_slot(param).findall(text)) != 1:
            raise QueryError(f"{path}: parameter {param} needs one slot line 'VALUES ?{param} {{ UNDEF }}'")
    return NamedQuery(name=name, text=text, description=description, params=params, forms=forms)


@dataclass(frozen=True)
class Page:
    """Which rows of a listing to give: `limit` rows after the first `offset`."""

    limit: int = 100
    offset: int = 0


# A named query's closing ORDER BY, left out when only its rows are counted.
_FINAL_ORDER = re.compile(r"\n\s*ORDER BY[^\n{}]*\s*$")


def run_named_query(store: Store, name: str, values: Mapping[str, str] | None = None,
                    page: Page | None = None) -> QueryResult:
    """Run kg/queries/<name>.rq with parameter values as the user typed them (missing = any);
    every row, or with `page` those rows of it and the total (`QueryResult.total`).

    A listing (who directed anything, every holder of every post ...) has tens of
    thousands of rows in a big store: a page turns only its own rows into Python values,
    and the total is counted by the engine without the rows' order."""
    query = load_named_query(name)
    # Not checked as a user's text is: the file is ours, and a value, an escaped literal,
    # may hold any word ("... Service ...").
    text = query.bound_text(values or {})
    if page is None:
        return _evaluate(store, text)
    result = _evaluate(store, f"{text}\nLIMIT {page.limit} OFFSET {page.offset}")
    if page.offset == 0 and len(result.rows) < page.limit:
        result.total = len(result.rows)  # the first page holds every row
    else:
        unordered = _FINAL_ORDER.sub("", text)
        (total,), = _evaluate(store, f"SELECT (COUNT(*) AS ?total) WHERE {{ {unordered} }}").rows
        result.total = int(total)
    return result


def check_query(sparql: str) -> None:
    """Raise a one-line QueryError for text that must not reach the engine: nothing, text
    that is not a SPARQL query (an update among it), or a query asking other servers: a
    SERVICE anywhere in its patterns, as Oxigraph's grammar reads them (`kg.sparql_syntax`).
    The ontology's prefixes count as declared, as they are when the query runs."""
    refusal = _refusal(sparql)
    if refusal is not None:
        raise QueryError(refusal)


@functools.lru_cache(maxsize=4096)  # clients send the same queries again (a parse takes 1-3 ms)
def _refusal(sparql: str) -> str | None:
    if not sparql.strip():
        return "empty query"
    try:
        patterns = parse_query(sparql, PREFIXES)
    except SyntaxError as error:
        if _UPDATE_START.match(sparql):
            return UPDATE_REFUSED
        if not _QUERY_START.match(sparql):
            return NOT_A_QUERY
        return syntax_message(sparql, str(error))
    return SERVICE_REFUSED if services(patterns) else None


def run_query(store: Store, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
    """Run a read-only SPARQL query; any failure raises a one-line QueryError."""
    check_query(sparql)
    return _evaluate(store, sparql, bindings)


def _evaluate(store: Store, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
    try:
        result = store.query(sparql, bindings)
        if result.type == "ASK":
            return QueryResult(kind="ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = prefixed_graph()
            graph += result.graph
            return QueryResult(kind="graph", graph=graph)
        return QueryResult(
            kind="select",
            variables=[str(variable) for variable in result.vars],
            rows=[tuple(binding.get(variable) for variable in result.vars) for binding in result.bindings],
        )
    except SyntaxError as error:
        raise QueryError(syntax_message(sparql, str(error))) from None
    except (RuntimeError, OSError, ValueError) as error:
        raise QueryError(f"query failed: {_one_line(str(error))}") from None


def syntax_message(sparql: str, error: str) -> str:
    """The parser's `error` about `sparql` ("error at LINE:COLUMN: expected ...") as one line."""
    text = _one_line(error)
    position = _SYNTAX_POSITION.match(text)
    if position is None:
        return f"SPARQL syntax error: {_shorten(text)}"
    line, column, detail = int(position[1]), int(position[2]), position[3]
    if "Prefix not found" in detail:
        lines = sparql.splitlines()
        before = lines[line - 1][: column - 1] if line <= len(lines) else ""
        name = _PREFIXED_NAME_END.search(before[-200:])
        prefix = (name[1] or "") if name else "?"
        detail = f"unknown prefix '{prefix}:' (the ontology's prefixes: {', '.join(PREFIXES)})"
    return f"SPARQL syntax error at line {line}, column {column}: {_shorten(detail)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int = _MAX_DETAIL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
