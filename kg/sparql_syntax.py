"""A SPARQL query parsed as Oxigraph parses it, to its graph patterns: what decides that a query
asks another server (SERVICE) before any engine sees it.

Why not a regular expression over the text: a keyword hides in places a reading of the text
does not see the way the engine does (a comment ended by a carriage return, a prefix name
made of a character outside \\w, `SERVICE:x` glued to a prefixed name), and every such
difference is a way past the check. Why not rdflib's parser: it takes 50 ms for a query
Oxigraph runs in one, and it reads some spellings otherwise than Oxigraph.

So this module follows the grammar of Oxigraph's own parser (spargebra's PEG, which follows
the SPARQL 1.1 grammar): the same rules in the same order, the same terminals (comments end
at CR or LF; keywords are matched case-insensitively with nothing required after them; a
prefixed name needs a declared prefix, else its rule fails and the next alternative is
tried). It keeps of the query only its graph patterns, the algebra's shape: groups,
OPTIONAL, UNION, MINUS, GRAPH, SERVICE, subqueries, FILTER/BIND expressions with the
patterns of their EXISTS, and VALUES. Oxigraph's extensions beyond SPARQL 1.1 (LATERAL,
triple terms, annotations, VERSION) are not read: such a query is refused as a syntax
error, never sent with a reading of it that could differ from the engine's.

    parse_query(text) -> Pattern    the WHERE pattern of the query (SyntaxError when it is none)
    services(pattern)  -> list      every SERVICE in it, at any depth
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# Terminals, as spargebra defines them (its PN_CHARS_BASE stops at U+FFFD).
_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
         "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD")
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_SPACE = re.compile(r"(?:[ \t\n\r]|#[^\r\n]*)*")
_WS = re.compile(r"[ \t\n\r]*")  # NIL and ANON allow whitespace only, no comment
_VAR = re.compile(rf"[?$][0-9{_U}][0-9{_U}\u00B7\u0300-\u036F\u203F-\u2040]*")
_PNAME_NS = re.compile(rf"(?:[{_BASE}][{_CHARS}]*(?:\.+[{_CHARS}]+)*)?:")
_PN_LOCAL = re.compile(rf"(?:[{_U}:0-9]|{_PLX})(?:[{_CHARS}:]|{_PLX})*(?:\.+(?:[{_CHARS}:]|{_PLX})+)?")
_IRIREF = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>")
_BLANK_NODE_LABEL = re.compile(rf"_:[0-9{_U}][{_CHARS}]*(?:\.+[{_CHARS}]+)*")
_LANGTAG = re.compile(r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*")
_ESCAPE = r"\\[tbnrf\"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_STRING = re.compile(
    rf"'''(?:(?:''|')?(?:[^'\\]|{_ESCAPE}))*'''"
    rf'|"""(?:(?:""|")?(?:[^"\\]|{_ESCAPE}))*"""'
    rf"|'(?:[^'\\\n\r]|{_ESCAPE})*'"
    rf'|"(?:[^"\\\n\r]|{_ESCAPE})*"'
)
_EXPONENT = r"[eE][+-]?[0-9]+"
_UNSIGNED = re.compile(rf"(?:[0-9]+\.[0-9]*{_EXPONENT}|\.[0-9]+{_EXPONENT}|[0-9]+{_EXPONENT})"
                       r"|[0-9]*\.[0-9]+|[0-9]+")
_INTEGER = re.compile(r"[0-9]+")
_WORD = re.compile(r"[A-Za-z0-9_]*")
_PATH_OP = re.compile(rf"[*+]|\?(?![0-9{_U}])")
_RELATION = re.compile(r"=|!=|>=|>|<=|<")

# Built-in calls (spargebra's BuiltInCall), in its order: (KEYWORD, arguments, space before "(").
# Arguments: a count of expressions, "var" (BOUND), "nil" (no arguments), "list" (ExpressionList).
_CALLS = (
    ("STR", 1, True), ("LANG", 1, True), ("LANGMATCHES", 2, True), ("DATATYPE", 1, True),
    ("BOUND", "var", True), ("IRI", 1, True), ("URI", 1, True), ("BNODE", 1, False),
    ("BNODE", "nil", False), ("RAND", "nil", True), ("ABS", 1, True), ("CEIL", 1, True),
    ("FLOOR", 1, True), ("ROUND", 1, True), ("CONCAT", "list", False), ("SUBSTR", 3, True),
    ("SUBSTR", 2, True), ("STRLEN", 1, True), ("REPLACE", 4, True), ("REPLACE", 3, True),
    ("UCASE", 1, True), ("LCASE", 1, True), ("ENCODE_FOR_URI", 1, True), ("CONTAINS", 2, True),
    ("STRSTARTS", 2, True), ("STRENDS", 2, True), ("STRBEFORE", 2, True), ("STRAFTER", 2, True),
    ("YEAR", 1, True), ("MONTH", 1, True), ("DAY", 1, True), ("HOURS", 1, True),
    ("MINUTES", 1, True), ("SECONDS", 1, True), ("TIMEZONE", 1, True), ("TZ", 1, True),
    ("NOW", "nil", True), ("UUID", "nil", True), ("STRUUID", "nil", True), ("MD5", 1, True),
    ("SHA1", 1, True), ("SHA256", 1, True), ("SHA384", 1, True), ("SHA512", 1, True),
    ("COALESCE", "list", False), ("IF", 3, True), ("STRLANG", 2, True), ("STRDT", 2, True),
    ("SAMETERM", 2, True), ("ISIRI", 1, True), ("ISURI", 1, True), ("ISBLANK", 1, True),
    ("ISLITERAL", 1, True), ("ISNUMERIC", 1, True), ("REGEX", 3, True), ("REGEX", 2, True),
)
_AGGREGATES = ("COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT")


@dataclass(frozen=True)
class Pattern:
    """A graph pattern of the algebra: its kind ("group", "optional", "union", "minus",
    "graph", "service", "filter", "bind", "values", "subquery", "triples"), the IRI or
    variable it names (GRAPH, SERVICE), and the patterns inside it (for FILTER and BIND,
    those of the EXISTS in their expression)."""

    kind: str
    children: tuple[Pattern, ...] = ()
    name: str = ""
    silent: bool = False


def parse_query(text: str, prefixes: Iterable[str] = ()) -> Pattern:
    """The patterns of the SPARQL query `text`, all of them under one group; `prefixes` are
    declared before it (as by PREFIX lines sent ahead of the query).

    Raises SyntaxError("error at LINE:COLUMN: expected ...") for text that is not a
    SPARQL 1.1 query as Oxigraph's grammar reads it, or that nests too deeply to read.
    """
    try:
        return _Parser(text, set(prefixes)).query()
    except RecursionError:
        raise SyntaxError("the query nests its groups or expressions too deeply") from None


def services(pattern: Pattern) -> list[Pattern]:
    """Every SERVICE pattern in `pattern`, at any depth (inside OPTIONAL, UNION, GRAPH,
    subqueries, EXISTS ...)."""
    found = [pattern] if pattern.kind == "service" else []
    for child in pattern.children:
        found += services(child)
    return found


class _NoMatch(Exception):
    """This rule does not match here; the caller tries its next alternative."""


@dataclass
class _Parser:
    text: str
    prefixes: set[str] = field(default_factory=set)
    furthest: int = 0  # where the furthest rule failed, and what it expected there
    expected: set[str] = field(default_factory=set)

    # ------------------------------------------------------------------ terminals

    def fail(self, pos: int, what: str):
        if pos > self.furthest:
            self.furthest, self.expected = pos, {what}
        elif pos == self.furthest:
            self.expected.add(what)
        raise _NoMatch

    def _(self, pos: int) -> int:
        """Spaces and comments (a comment ends at CR or LF)."""
        return _SPACE.match(self.text, pos).end()

    def lit(self, pos: int, literal: str) -> int:
        if self.text.startswith(literal, pos):
            return pos + len(literal)
        self.fail(pos, repr(literal))

    def kw(self, pos: int, keyword: str) -> int:
        """A keyword, any ASCII case, with nothing required after it (like spargebra's `i`)."""
        end = pos + len(keyword)
        found = self.text[pos:end]
        if found.isascii() and found.upper() == keyword.upper():
            return end
        self.fail(pos, keyword)

    def regex(self, pos: int, pattern: re.Pattern[str], what: str) -> int:
        match = pattern.match(self.text, pos)
        if match is None:
            self.fail(pos, what)
        return match.end()

    def at_end(self, pos: int) -> None:
        if pos != len(self.text):
            self.fail(pos, "end of query")

    # ------------------------------------------------------------------ the query

    def query(self) -> Pattern:
        try:
            pos = self.prologue(self._(0))
            pos = self._(pos)
            pos, where = self.first_of(pos, self.select_query, self.construct_query,
                                       self.describe_query, self.ask_query)
            self.at_end(self._(pos))
            return where
        except _NoMatch:
            line = self.text.count("\n", 0, self.furthest) + 1
            column = self.furthest - (self.text.rfind("\n", 0, self.furthest) + 1) + 1
            expected = ", ".join(sorted(self.expected)) or "a query"
            raise SyntaxError(f"error at {line}:{column}: expected one of {expected}") from None

    def first_of(self, pos: int, *alternatives):
        """The first alternative that matches at `pos` (a PEG's ordered choice)."""
        for alternative in alternatives:
            try:
                return alternative(pos)
            except _NoMatch:
                pass
        raise _NoMatch

    def optional(self, pos: int, rule):
        try:
            return rule(pos)
        except _NoMatch:
            return pos, None

    def prologue(self, pos: int) -> int:
        while True:
            try:
                pos = self.regex(self._(self.kw(pos, "BASE")), _IRIREF, "IRI")
            except _NoMatch:
                try:
                    start = self._(self.kw(pos, "PREFIX"))
                    name_end = self.regex(start, _PNAME_NS, "prefix name")
                    pos = self.regex(self._(name_end), _IRIREF, "IRI")
                    self.prefixes.add(self.text[start:name_end - 1])
                except _NoMatch:
                    return pos
            pos = self._(pos)

    def select_query(self, pos: int) -> tuple[int, Pattern]:
        pos, projected = self.select_clause(pos)
        pos = self.dataset_clauses(self._(pos))
        pos, where = self.where_clause(self._(pos))
        pos, modifiers = self.solution_modifiers(self._(pos))
        return pos, Pattern("group", (*projected, where, *modifiers))

    def sub_select(self, pos: int) -> tuple[int, Pattern]:
        pos, projected = self.select_clause(pos)
        pos, where = self.where_clause(self._(pos))
        pos, modifiers = self.solution_modifiers(self._(pos))
        return pos, Pattern("subquery", (*projected, where, *modifiers))

    def select_clause(self, pos: int) -> tuple[int, list[Pattern]]:
        """SELECT [DISTINCT|REDUCED] (* | members); the patterns of the members' expressions."""
        pos = self._(self.kw(pos, "SELECT"))
        for option in ("DISTINCT", "REDUCED"):
            try:
                pos = self.kw(pos, option)
                break
            except _NoMatch:
                pass
        pos = self._(pos)
        if self.text.startswith("*", pos):
            return pos + 1, []
        patterns: list[Pattern] = []
        members = 0
        while True:
            try:
                pos = self._(self.regex(pos, _VAR, "variable"))
            except _NoMatch:
                try:
                    after, inside = self.expression(self._(self.lit(pos, "(")))
                    after = self._(self.kw(self._(after), "AS"))
                    pos = self._(self.lit(self._(self.regex(after, _VAR, "variable")), ")"))
                    patterns += inside
                except _NoMatch:
                    if not members:
                        raise
                    return pos, patterns
            members += 1

    def construct_query(self, pos: int) -> tuple[int, Pattern]:
        start = self._(self.kw(pos, "CONSTRUCT"))
        try:
            pos = self.construct_template(start)
            pos = self.dataset_clauses(self._(pos))
            pos, where = self.where_clause(self._(pos))
        except _NoMatch:  # CONSTRUCT WHERE { triples }
            pos = self.dataset_clauses(start)
            pos = self._(self.lit(self._(self.kw(self._(pos), "WHERE")), "{"))
            pos, _ = self.optional(pos, self.triples_template)
            pos = self.lit(self._(pos), "}")
            where = Pattern("triples")
        pos, modifiers = self.solution_modifiers(self._(pos))
        return pos, Pattern("group", (where, *modifiers))

    def describe_query(self, pos: int) -> tuple[int, Pattern]:
        pos = self._(self.kw(pos, "DESCRIBE"))
        if self.text.startswith("*", pos):
            pos += 1
        else:
            pos = self._(self.var_or_iri(pos))
            while True:
                try:
                    pos = self._(self.var_or_iri(pos))
                except _NoMatch:
                    break
        pos = self.dataset_clauses(self._(pos))
        pos, where = self.optional(self._(pos), self.where_clause)
        pos, modifiers = self.solution_modifiers(self._(pos))
        return pos, Pattern("group", (*([where] if where else []), *modifiers))

    def ask_query(self, pos: int) -> tuple[int, Pattern]:
        pos = self.dataset_clauses(self._(self.kw(pos, "ASK")))
        pos, where = self.where_clause(self._(pos))
        pos, modifiers = self.solution_modifiers(self._(pos))
        return pos, Pattern("group", (where, *modifiers))

    def dataset_clauses(self, pos: int) -> int:
        """(FROM iri | FROM NAMED iri)*, separated by spaces."""
        end, first = pos, True
        while True:
            try:
                after = self._(self.kw(end if first else self._(end), "FROM"))
                try:
                    end = self.iri(after)
                except _NoMatch:
                    end = self.iri(self._(self.kw(after, "NAMED")))
            except _NoMatch:
                return end
            first = False

    def where_clause(self, pos: int) -> tuple[int, Pattern]:
        try:
            pos = self.kw(pos, "WHERE")
        except _NoMatch:
            pass
        return self.group_graph_pattern(self._(pos))

    def solution_modifiers(self, pos: int) -> tuple[int, list[Pattern]]:
        """GROUP BY, HAVING, ORDER BY, LIMIT/OFFSET and VALUES after a WHERE clause; the
        patterns in their expressions (an EXISTS) and the VALUES."""
        patterns: list[Pattern] = []
        pos, found = self.optional(pos, self.group_clause)
        patterns += found or []
        pos, found = self.optional(self._(pos), self.having_clause)
        patterns += found or []
        pos, found = self.optional(self._(pos), self.order_clause)
        patterns += found or []
        pos, _ = self.optional(self._(pos), self.limit_offset_clauses)
        pos = self._(pos)
        try:
            pos = self.data_block(self._(self.kw(pos, "VALUES")))
            patterns.append(Pattern("values"))
        except _NoMatch:
            pass
        return pos, patterns

    def group_clause(self, pos: int) -> tuple[int, list[Pattern]]:
        pos = self._(self.kw(self._(self.kw(pos, "GROUP")), "BY"))
        return self.one_or_more(pos, self.group_condition)

    def group_condition(self, pos: int) -> tuple[int, list[Pattern]]:
        def bracketted_as(pos: int) -> tuple[int, list[Pattern]]:
            pos, inside = self.expression(self._(self.lit(pos, "(")))
            pos = self._(pos)
            try:
                pos = self._(self.regex(self._(self.kw(pos, "AS")), _VAR, "variable"))
            except _NoMatch:
                pass
            return self.lit(pos, ")"), inside

        return self.first_of(pos, self.built_in_call, self.function_call, bracketted_as,
                             lambda pos: (self.regex(pos, _VAR, "variable"), []))

    def one_or_more(self, pos: int, rule) -> tuple[int, list[Pattern]]:
        """`rule` once or more, each followed by spaces; the patterns they hold."""
        pos, patterns = rule(pos)
        pos = self._(pos)
        while True:
            try:
                pos, more = rule(pos)
            except _NoMatch:
                return pos, patterns
            patterns = patterns + more
            pos = self._(pos)

    def having_clause(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.one_or_more(self._(self.kw(pos, "HAVING")), self.constraint)

    def order_clause(self, pos: int) -> tuple[int, list[Pattern]]:
        def ordered(pos: int) -> tuple[int, list[Pattern]]:
            for direction in ("ASC", "DESC"):
                try:
                    return self.bracketted(self._(self.kw(pos, direction)))
                except _NoMatch:
                    pass
            return self.first_of(pos, self.constraint, lambda pos: (self.regex(pos, _VAR, "variable"), []))

        return self.one_or_more(self._(self.kw(self._(self.kw(pos, "ORDER")), "BY")), ordered)

    def limit_offset_clauses(self, pos: int) -> tuple[int, None]:
        def clause(pos: int, keyword: str) -> int:
            return self.regex(self._(self.kw(pos, keyword)), _INTEGER, "integer")

        try:
            pos = clause(pos, "LIMIT")
            second = "OFFSET"
        except _NoMatch:
            pos = clause(pos, "OFFSET")
            second = "LIMIT"
        try:
            pos = clause(self._(pos), second)
        except _NoMatch:
            pass
        return pos, None

    # ------------------------------------------------------------------ graph patterns

    def group_graph_pattern(self, pos: int) -> tuple[int, Pattern]:
        start = self._(self.lit(pos, "{"))
        for inside in (self.group_graph_pattern_sub, self.sub_select):
            try:
                pos, pattern = inside(start)
                return self.lit(self._(pos), "}"), pattern
            except _NoMatch:
                pass
        raise _NoMatch

    def group_graph_pattern_sub(self, pos: int) -> tuple[int, Pattern]:
        children: list[Pattern] = []
        pos, triples = self.optional(pos, self.triples_block)
        if triples:
            children.append(triples)
        pos = self._(pos)
        while True:
            try:
                pos, pattern = self.graph_pattern_not_triples(pos)
            except _NoMatch:
                return pos, Pattern("group", tuple(children))
            children.append(pattern)
            pos = self._(pos)
            if self.text.startswith(".", pos):
                pos = self._(pos + 1)
            pos, triples = self.optional(pos, self.triples_block)
            if triples:
                children.append(triples)
            pos = self._(pos)

    def construct_template(self, pos: int) -> int:
        """{ (triples _) ** ("." _) "."? }"""
        pos = self._(self.lit(pos, "{"))
        try:
            pos = self._(self.triples_same_subject(pos))
            while self.text.startswith(".", pos):
                try:
                    pos = self._(self.triples_same_subject(self._(pos + 1)))
                except _NoMatch:
                    break
        except _NoMatch:
            pass
        if self.text.startswith(".", pos):
            pos += 1
        return self.lit(self._(pos), "}")

    def triples_block(self, pos: int) -> tuple[int, Pattern]:
        return self.dot_separated(pos, self.triples_same_subject_path), Pattern("triples")

    def triples_template(self, pos: int) -> tuple[int, Pattern]:
        return self.dot_separated(pos, self.triples_same_subject), Pattern("triples")

    def dot_separated(self, pos: int, triples) -> int:
        """(_ triples _) ++ "." then an optional "." _ (TriplesBlock, TriplesTemplate)."""
        pos = self._(triples(self._(pos)))
        while self.text.startswith(".", pos):
            try:
                pos = self._(triples(self._(pos + 1)))
            except _NoMatch:
                break
        if self.text.startswith(".", pos):
            pos = self._(pos + 1)
        return pos

    def graph_pattern_not_triples(self, pos: int) -> tuple[int, Pattern]:
        return self.first_of(pos, self.group_or_union, self.optional_pattern, self.minus_pattern,
                             self.graph_pattern, self.service_pattern, self.filter_pattern,
                             self.bind_pattern, self.inline_data)

    def group_or_union(self, pos: int) -> tuple[int, Pattern]:
        pos, first = self.group_graph_pattern(pos)
        groups = [first]
        pos = self._(pos)
        while True:
            try:
                after, group = self.group_graph_pattern(self._(self.kw(pos, "UNION")))
            except _NoMatch:
                break
            groups.append(group)
            pos = self._(after)
        return pos, first if len(groups) == 1 else Pattern("union", tuple(groups))

    def optional_pattern(self, pos: int) -> tuple[int, Pattern]:
        pos, group = self.group_graph_pattern(self._(self.kw(pos, "OPTIONAL")))
        return pos, Pattern("optional", (group,))

    def minus_pattern(self, pos: int) -> tuple[int, Pattern]:
        pos, group = self.group_graph_pattern(self._(self.kw(pos, "MINUS")))
        return pos, Pattern("minus", (group,))

    def graph_pattern(self, pos: int) -> tuple[int, Pattern]:
        start = self._(self.kw(pos, "GRAPH"))
        name_end = self.var_or_iri(start)
        pos, group = self.group_graph_pattern(self._(name_end))
        return pos, Pattern("graph", (group,), name=self.text[start:name_end])

    def service_pattern(self, pos: int) -> tuple[int, Pattern]:
        after_keyword = self._(self.kw(pos, "SERVICE"))

        def service(start: int, silent: bool) -> tuple[int, Pattern]:
            name_end = self.var_or_iri(start)
            end, group = self.group_graph_pattern(self._(name_end))
            return end, Pattern("service", (group,), name=self.text[start:name_end], silent=silent)

        try:
            return service(self._(self.kw(after_keyword, "SILENT")), True)
        except _NoMatch:
            return service(after_keyword, False)

    def filter_pattern(self, pos: int) -> tuple[int, Pattern]:
        pos, inside = self.constraint(self._(self.kw(pos, "FILTER")))
        return pos, Pattern("filter", tuple(inside))

    def bind_pattern(self, pos: int) -> tuple[int, Pattern]:
        pos, inside = self.expression(self._(self.lit(self._(self.kw(pos, "BIND")), "(")))
        pos = self._(self.regex(self._(self.kw(self._(pos), "AS")), _VAR, "variable"))
        return self.lit(pos, ")"), Pattern("bind", tuple(inside))

    def inline_data(self, pos: int) -> tuple[int, Pattern]:
        return self.data_block(self._(self.kw(pos, "VALUES"))), Pattern("values")

    def data_block(self, pos: int) -> int:
        def values(pos: int) -> int:
            while True:
                try:
                    pos = self._(self.first_of(
                        pos, self.iri, self.rdf_literal, self.numeric_literal, self.boolean_literal,
                        lambda pos: self.kw(pos, "UNDEF")))
                except _NoMatch:
                    return pos

        try:  # one variable: ?x { values }
            pos = self._(self.lit(self._(self.regex(pos, _VAR, "variable")), "{"))
            return self.lit(values(pos), "}")
        except _NoMatch:
            pass
        pos = self._(self.lit(pos, "("))
        while True:
            try:
                pos = self._(self.regex(pos, _VAR, "variable"))
            except _NoMatch:
                break
        pos = self._(self.lit(self._(self.lit(self._(pos), ")")), "{"))
        while True:
            try:
                pos = self._(self.lit(self._(values(self._(self.lit(pos, "(")))), ")"))
            except _NoMatch:
                return self.lit(pos, "}")

    # ------------------------------------------------------------------ triples

    def triples_same_subject(self, pos: int) -> int:
        try:
            return self.property_list_not_empty(self._(self.var_or_term(pos)))
        except _NoMatch:
            pos = self._(self.triples_node(pos))
            try:
                return self.property_list_not_empty(pos)
            except _NoMatch:
                return pos

    def triples_same_subject_path(self, pos: int) -> int:
        try:
            return self.property_list_path_not_empty(self._(self.var_or_term(pos)))
        except _NoMatch:
            pos = self._(self.triples_node_path(pos))
            try:
                return self.property_list_path_not_empty(pos)
            except _NoMatch:
                return pos

    def property_list_not_empty(self, pos: int) -> int:
        return self.property_list(pos, self.verb, self.graph_node)

    def property_list_path_not_empty(self, pos: int) -> int:
        def verb_path_or_simple(pos: int) -> int:
            try:
                return self.path(pos)
            except _NoMatch:
                return self.regex(pos, _VAR, "variable")

        return self.property_list(pos, verb_path_or_simple, self.graph_node_path)

    def property_list(self, pos: int, verb, node) -> int:
        """verb objects (";" (verb objects)?)*, objects being node ("," node)*."""
        def verb_objects(pos: int) -> int:
            pos = self._(self._(node(self._(verb(pos)))))
            while self.text.startswith(",", pos):
                try:
                    pos = self._(node(self._(pos + 1)))
                except _NoMatch:
                    break
            return self._(pos)

        pos = verb_objects(pos)
        while self.text.startswith(";", pos):
            pos = self._(pos + 1)
            try:
                pos = verb_objects(pos)
            except _NoMatch:
                pass
        return pos

    def verb(self, pos: int) -> int:
        try:
            return self.var_or_iri(pos)
        except _NoMatch:
            return self.lit(pos, "a")

    def path(self, pos: int) -> int:
        """PathAlternative: sequences separated by "|", of elements separated by "/"."""
        def separated(pos: int, element, separator: str) -> int:
            pos = self._(element(pos))
            while self.text.startswith(separator, pos):
                try:
                    pos = self._(element(self._(pos + 1)))
                except _NoMatch:
                    break
            return pos

        return separated(pos, lambda pos: separated(pos, self.path_elt_or_inverse, "/"), "|")

    def path_elt_or_inverse(self, pos: int) -> int:
        if self.text.startswith("^", pos):
            try:
                return self.path_elt(self._(pos + 1))
            except _NoMatch:
                pass
        return self.path_elt(pos)

    def path_elt(self, pos: int) -> int:
        pos = self._(self.path_primary(pos))
        operator = _PATH_OP.match(self.text, pos)
        return operator.end() if operator else pos

    def path_primary(self, pos: int) -> int:
        def negated(pos: int) -> int:
            pos = self._(self.lit(pos, "!"))
            try:
                pos = self._(self.path_one_in_property_set(self._(self.lit(pos, "("))))
                while self.text.startswith("|", pos):
                    pos = self._(self.path_one_in_property_set(self._(pos + 1)))
                return self.lit(pos, ")")
            except _NoMatch:
                return self.path_one_in_property_set(pos)

        return self.first_of(pos, self.iri, lambda pos: self.lit(pos, "a"), negated,
                             lambda pos: self.lit(self._(self.path(self._(self.lit(pos, "(")))), ")"))

    def path_one_in_property_set(self, pos: int) -> int:
        if self.text.startswith("^", pos):
            try:
                return self.first_of(self._(pos + 1), self.iri, lambda pos: self.lit(pos, "a"))
            except _NoMatch:
                pass
        return self.first_of(pos, self.iri, lambda pos: self.lit(pos, "a"))

    def triples_node(self, pos: int) -> int:
        return self.first_of(pos, lambda pos: self.collection(pos, self.graph_node),
                             lambda pos: self.blank_node_property_list(pos, self.property_list_not_empty))

    def triples_node_path(self, pos: int) -> int:
        return self.first_of(pos, lambda pos: self.collection(pos, self.graph_node_path),
                             lambda pos: self.blank_node_property_list(pos, self.property_list_path_not_empty))

    def blank_node_property_list(self, pos: int, properties) -> int:
        return self.lit(self._(properties(self._(self.lit(pos, "[")))), "]")

    def collection(self, pos: int, node) -> int:
        pos = self._(node(self._(self.lit(pos, "("))))
        while True:
            try:
                pos = self._(node(pos))
            except _NoMatch:
                return self.lit(pos, ")")

    def graph_node(self, pos: int) -> int:
        try:
            return self.var_or_term(pos)
        except _NoMatch:
            return self.triples_node(pos)

    def graph_node_path(self, pos: int) -> int:
        try:
            return self.var_or_term(pos)
        except _NoMatch:
            return self.triples_node_path(pos)

    def var_or_term(self, pos: int) -> int:
        try:
            return self.regex(pos, _VAR, "variable")
        except _NoMatch:
            return self.first_of(
                pos, self.iri, self.rdf_literal, self.numeric_literal, self.boolean_literal,
                lambda pos: self.regex(pos, _BLANK_NODE_LABEL, "blank node"),
                lambda pos: self.lit(self.regex(self.lit(pos, "["), _WS, ""), "]"),
                self.nil)

    def var_or_iri(self, pos: int) -> int:
        try:
            return self.regex(pos, _VAR, "variable")
        except _NoMatch:
            return self.iri(pos)

    def nil(self, pos: int) -> int:
        return self.lit(self.regex(self.lit(pos, "("), _WS, ""), ")")

    # ------------------------------------------------------------------ terms

    def iri(self, pos: int) -> int:
        if self.text.startswith("<", pos):
            return self.regex(pos, _IRIREF, "IRI")
        namespace = _PNAME_NS.match(self.text, pos)
        if namespace is None:
            self.fail(pos, "IRI")
        local = _PN_LOCAL.match(self.text, namespace.end())
        end = local.end() if local else namespace.end()
        if self.text[pos:namespace.end() - 1] not in self.prefixes:
            self.fail(end, "Prefix not found")  # where and how spargebra says it
        return end

    def rdf_literal(self, pos: int) -> int:
        pos = self.regex(pos, _STRING, "string")
        after = self._(pos)
        if self.text.startswith("^^", after):
            try:
                return self.iri(self._(after + 2))
            except _NoMatch:
                pass
        language = _LANGTAG.match(self.text, after)
        return language.end() if language else pos

    def numeric_literal(self, pos: int) -> int:
        if self.text.startswith(("+", "-"), pos):
            return self.regex(self._(pos + 1), _UNSIGNED, "number")
        return self.regex(pos, _UNSIGNED, "number")

    def boolean_literal(self, pos: int) -> int:
        for value in ("true", "false"):
            if self.text.startswith(value, pos):
                return pos + len(value)
        self.fail(pos, "true or false")

    # ------------------------------------------------------------------ expressions
    # Each returns its end and the graph patterns inside it (an EXISTS or NOT EXISTS).

    def expression(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.operands(pos, self.and_expression, ("||",))

    def and_expression(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.operands(pos, self.relational_expression, ("&&",))

    def operands(self, pos: int, operand, operators: tuple[str, ...]) -> tuple[int, list[Pattern]]:
        """operand (operator operand)*, spaces after each."""
        pos, patterns = operand(pos)
        pos = self._(pos)
        while self.text.startswith(operators, pos):
            operator = next(o for o in operators if self.text.startswith(o, pos))
            try:
                after, more = operand(self._(pos + len(operator)))
            except _NoMatch:
                break
            pos, patterns = self._(after), patterns + more
        return pos, patterns

    def relational_expression(self, pos: int) -> tuple[int, list[Pattern]]:
        pos, patterns = self.additive_expression(pos)
        pos = self._(pos)
        relation = _RELATION.match(self.text, pos)
        try:
            if relation:
                after, more = self.additive_expression(self._(relation.end()))
            else:
                try:
                    after, more = self.expression_list(self._(self.kw(pos, "IN")))
                except _NoMatch:
                    after, more = self.expression_list(self._(self.kw(self._(self.kw(pos, "NOT")), "IN")))
        except _NoMatch:
            return pos, patterns
        return after, patterns + more

    def additive_expression(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.binary(pos, self.multiplicative_expression, ("+", "-"), self.additive_expression)

    def multiplicative_expression(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.binary(pos, self.unary_expression, ("*", "/"), self.multiplicative_expression)

    def binary(self, pos: int, operand, operators: tuple[str, ...], rest) -> tuple[int, list[Pattern]]:
        """operand _ (operator _ rest)? (spargebra nests to the right)."""
        pos, patterns = operand(pos)
        pos = self._(pos)
        if self.text.startswith(operators, pos):
            try:
                after, more = rest(self._(pos + 1))
                return after, patterns + more
            except _NoMatch:
                pass
        return pos, patterns

    def unary_expression(self, pos: int) -> tuple[int, list[Pattern]]:
        if self.text.startswith(("!", "+", "-"), pos):
            pos += 1
        return self.primary_expression(self._(pos))

    def primary_expression(self, pos: int) -> tuple[int, list[Pattern]]:
        def term(rule):
            return lambda pos: (rule(pos), [])

        return self.first_of(pos, self.bracketted, self.iri_or_function,
                             term(lambda pos: self.regex(pos, _VAR, "variable")), term(self.rdf_literal),
                             term(self.numeric_literal), term(self.boolean_literal), self.built_in_call)

    def bracketted(self, pos: int) -> tuple[int, list[Pattern]]:
        pos, patterns = self.expression(self._(self.lit(pos, "(")))
        return self.lit(self._(pos), ")"), patterns

    def constraint(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.first_of(pos, self.bracketted, self.function_call, self.built_in_call)

    def function_call(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.arg_list(self._(self.iri(pos)))

    def iri_or_function(self, pos: int) -> tuple[int, list[Pattern]]:
        pos = self._(self.iri(pos))
        try:
            return self.arg_list(pos)
        except _NoMatch:
            return pos, []

    def arg_list(self, pos: int) -> tuple[int, list[Pattern]]:
        try:
            return self.nil(pos), []
        except _NoMatch:
            pos = self._(self.lit(pos, "("))
            try:
                pos = self._(self.kw(pos, "DISTINCT"))
            except _NoMatch:
                pass
            pos, patterns = self.comma_separated(pos)
            return self.lit(self._(pos), ")"), patterns

    def expression_list(self, pos: int) -> tuple[int, list[Pattern]]:
        try:
            return self.nil(pos), []
        except _NoMatch:
            pos, patterns = self.comma_separated(self._(self.lit(pos, "(")))
            return self.lit(pos, ")"), patterns

    def comma_separated(self, pos: int) -> tuple[int, list[Pattern]]:
        return self.operands(pos, self.expression, (",",))

    def built_in_call(self, pos: int) -> tuple[int, list[Pattern]]:
        word = _WORD.match(self.text, pos).group().upper()
        if not word:
            self.fail(pos, "function")
        if word.startswith(_AGGREGATES):
            try:
                return self.aggregate(pos)
            except _NoMatch:
                pass
        for keyword, arguments, space in _CALLS:
            if not word.startswith(keyword):
                continue
            after = pos + len(keyword)
            if space:
                after = self._(after)
            try:
                if arguments == "nil":
                    return self.nil(after), []
                if arguments == "list":
                    return self.expression_list(after)
                after = self._(self.lit(after, "("))
                if arguments == "var":
                    return self.lit(self._(self.regex(after, _VAR, "variable")), ")"), []
                patterns: list[Pattern] = []
                for number in range(arguments):
                    if number:
                        after = self._(self.lit(after, ","))
                    after, inside = self.expression(after)
                    after, patterns = self._(after), patterns + inside
                return self.lit(after, ")"), patterns
            except _NoMatch:
                continue
        for negated in (False, True):
            try:
                after = self._(self.kw(self._(self.kw(pos, "NOT")), "EXISTS")) if negated \
                    else self._(self.kw(pos, "EXISTS"))
                after, group = self.group_graph_pattern(after)
                return after, [group]
            except _NoMatch:
                pass
        self.fail(pos, "function")

    def aggregate(self, pos: int) -> tuple[int, list[Pattern]]:
        for name in _AGGREGATES:
            try:
                start = self._(self.lit(self._(self.kw(pos, name)), "("))
                break
            except _NoMatch:
                continue
        else:
            raise _NoMatch
        try:
            start = self._(self.kw(start, "DISTINCT"))
        except _NoMatch:
            pass
        if name == "COUNT" and self.text.startswith("*", start):
            return self.lit(self._(start + 1), ")"), []
        pos, patterns = self.expression(start)
        pos = self._(pos)
        if name == "GROUP_CONCAT" and self.text.startswith(";", pos):
            pos = self._(self.kw(self._(pos + 1), "SEPARATOR"))
            pos = self._(self.regex(self._(self.lit(pos, "=")), _STRING, "string"))
        return self.lit(pos, ")"), patterns
