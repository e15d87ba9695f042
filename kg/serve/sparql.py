"""`/sparql`: SPARQL 1.1 Protocol requests answered by the engine, within the limits.

The front end
  * refuses updates with 403 (`update=` forms, `application/sparql-update` bodies);
  * refuses with 400, in one line, what `kg query` refuses: text that is no query, and a
    query using SERVICE — the engine would send it to any URL, even one of this
    machine's private services, and pass back the answer;
  * lets queries use the ontology's prefixes without PREFIX lines, as `kg query` does;
  * caps results: it asks the engine for TSV or N-Triples, one solution or triple per
    line, stops reading at the cap (the `KG-Results-Truncated` header says so), and
    writes the rows in the format the client negotiated (`kg.result_formats`);
  * answers 503 when a query runs over the time limit, and restarts an engine that
    stays silent past it.
"""
from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO

from kg.query import QueryError, check_query, syntax_message
from kg.result_formats import GRAPH_FORMATS, N_TRIPLES, RESULT_FORMATS, TSV, graph_as, results_as
from kg.serve.engine import ServeError, SparqlEngine
from kg.serve.messages import Refused, Reply, parse_params
from kg.serve.negotiation import negotiate
from kg.sparql_text import user_position, with_prefixes

TRUNCATED_HEADER = "KG-Results-Truncated"
ENGINE_GRACE_S = 3  # past the time limit, an engine still silent is restarted


@dataclass(frozen=True)
class Limits:
    timeout_s: int = 30  # a query running longer is cancelled (the engine counts whole seconds)
    max_results: int = 10_000  # solutions (or triples) sent for one query; the rest is cut

    def __post_init__(self) -> None:
        if self.timeout_s < 1 or self.max_results < 1:
            raise ServeError(f"the time limit and the result cap must be at least 1 "
                             f"(got {self.timeout_s} s and {self.max_results} results)")


def sparql_operation(method: str, content_type: str, url_query: str,
                     body: bytes) -> tuple[str, list[tuple[str, str]]]:
    """The query and its dataset parameters from a SPARQL 1.1 Protocol request.

    Raises Refused: 403 for an update, 400 without exactly one query or for a body that is
    not UTF-8, 415 for a body that is neither a form nor a query.
    """
    params = parse_params(url_query)
    if method == "POST":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None
        if content_type == "application/x-www-form-urlencoded":
            params = parse_params(text)
        elif content_type == "application/sparql-query":
            params["query"] = [text]
        elif content_type == "application/sparql-update":
            params["update"] = [""]
        else:
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                          "POST a form (application/x-www-form-urlencoded) or application/sparql-query")
    if "update" in params:
        raise Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise Refused(HTTPStatus.BAD_REQUEST, "give exactly one non-empty `query` parameter")
    dataset = [(name, value) for name in ("default-graph-uri", "named-graph-uri")
               for value in params.get(name, [])]
    return queries[0], dataset


class SparqlEndpoint:
    """Queries answered by `engine`, within `limits`."""

    def __init__(self, engine: SparqlEngine, limits: Limits) -> None:
        self.engine = engine
        self.limits = limits

    def answer(self, query: str, dataset: list[tuple[str, str]], accept: str | None) -> Reply:
        """Run `query` on the engine; its first `max_results` rows in the negotiated format."""
        results_type = negotiate(accept, RESULT_FORMATS)
        graph_type = negotiate(accept, GRAPH_FORMATS)
        if results_type is None and graph_type is None:
            return Reply.not_acceptable("results", [*RESULT_FORMATS, *GRAPH_FORMATS])
        try:
            check_query(query)
        except QueryError as refused:
            return Reply.text(HTTPStatus.BAD_REQUEST, str(refused))
        deadline = time.monotonic() + self.limits.timeout_s
        try:
            kind, lines, truncated = self._engine_rows(query, dataset, deadline)
        except Refused as refused:
            return refused.reply()
        if kind == N_TRIPLES and graph_type is None:
            return Reply.not_acceptable("a graph", GRAPH_FORMATS)
        if kind != N_TRIPLES and results_type is None:
            return Reply.not_acceptable("SELECT and ASK results", RESULT_FORMATS)
        data = b"".join(lines)
        media_type = graph_type if kind == N_TRIPLES else results_type
        try:
            body = graph_as(data, media_type) if kind == N_TRIPLES else results_as(data, media_type)
        except SyntaxError:
            # The engine broke its answer off: it cancelled the query at the time limit, or failed.
            if time.monotonic() >= deadline:
                return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE, self._over_time_message())
            last = data.decode("utf-8", "replace").strip().splitlines()[-1:] or ["(nothing)"]
            return Reply.text(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine broke its answer off: {last[0][:300]}")
        headers = {TRUNCATED_HEADER: str(self.limits.max_results)} if truncated else {}
        charset = "; charset=utf-8" if media_type.startswith("text/") else ""
        return Reply(HTTPStatus.OK, media_type + charset, body, headers)

    def _engine_rows(self, query: str, dataset: list[tuple[str, str]],
                     deadline: float) -> tuple[str, list[bytes], bool]:
        """The engine's answer as TSV results or N-Triples: (media type, lines, truncated).

        Raises Refused with the status to send when the engine rejects the query, fails or
        runs over the time limit.
        """
        engine = self.engine.process
        form = urllib.parse.urlencode([("query", with_prefixes(query)), *dataset]).encode("utf-8")
        request = urllib.request.Request(engine.query_url, data=form, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": f"{TSV}, {N_TRIPLES}"})
        try:
            with urllib.request.urlopen(request, timeout=self.limits.timeout_s + ENGINE_GRACE_S) as response:
                kind = response.headers.get_content_type()
                header_lines = 1 if kind == TSV else 0
                lines, truncated = _read_lines(response, self.limits.max_results + header_lines, deadline)
                return kind, lines, truncated
        except urllib.error.HTTPError as error:
            message = error.read().decode("utf-8", "replace").strip()
            if error.code == HTTPStatus.BAD_REQUEST:  # a query that does not parse: worded as `kg query` does
                raise Refused(HTTPStatus.BAD_REQUEST, syntax_message(query, user_position(message))) from None
            raise Refused(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine failed: {message[:300]}") from None
        except _OverTime:  # the engine went on sending rows: leaving stops it
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, self._over_time_message()) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):  # silent past the limit: it ignored its cancellation
                self.engine.restart(engine)
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, self._over_time_message()) from None
            raise Refused(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine is unreachable: {reason}") from None

    def _over_time_message(self) -> str:
        return f"the query ran over the time limit of {self.limits.timeout_s} s and was cancelled"


class _OverTime(Exception):
    """The engine was still sending rows at the time limit."""


def _read_lines(response: IO[bytes], limit: int, deadline: float) -> tuple[list[bytes], bool]:
    """Up to `limit` lines of the engine's answer, and whether more followed."""
    lines: list[bytes] = []
    for line in response:
        if time.monotonic() > deadline:
            raise _OverTime
        if len(lines) == limit:
            return lines, True
        lines.append(line)
    return lines, False
