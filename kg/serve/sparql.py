"""`/sparql`: SPARQL 1.1 Protocol requests answered by the engines, within the limits.

The front end
  * refuses updates with 403 (`update=` forms, `application/sparql-update` bodies);
  * refuses with 400, in one line, what `kg query` refuses: text that is no query, and a
    query using SERVICE — an engine would send it to any URL, even one of this
    machine's private services, and pass back the answer (the engines cannot open a
    socket either: `kg.serve.worker`);
  * lets queries use the ontology's prefixes without PREFIX lines, as `kg query` does;
  * caps results (the `KG-Results-Truncated` header says so), in the format the client
    negotiated (`kg.result_formats`);
  * answers 503 when a query runs over the time limit: its engine is ended and replaced,
    and the other clients' queries go on in the other engines;
  * answers a GET without a query with the service description (Turtle by default).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from http import HTTPStatus

import pyoxigraph

from kg.query import QueryError, check_query, syntax_message
from kg.result_formats import GRAPH_FORMATS, RESULT_FORMATS
from kg.serve.engine import Busy, EngineDied, EnginePool, EngineRequest, OverTime, ServeError
from kg.serve.messages import Refused, Reply, parse_params
from kg.serve.negotiation import negotiate

TRUNCATED_HEADER = "KG-Results-Truncated"

# What this endpoint offers, in the SPARQL 1.1 Service Description vocabulary; ENDPOINT is
# the URL the request came to.
_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
[] a sd:Service ;
  sd:endpoint <ENDPOINT> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
    formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:RDF_XML, formats:JSON-LD ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ] ] .
"""


@dataclass(frozen=True)
class Limits:
    timeout_s: int = 30  # a query running longer is cancelled
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


def service_description(endpoint_url: str, accept: str | None) -> Reply:
    """The SPARQL 1.1 service description of the endpoint at `endpoint_url` (GET without a
    query), as Turtle or another RDF format the client prefers."""
    media_type = negotiate(accept, GRAPH_FORMATS)
    if media_type is None:
        return Reply.not_acceptable("the service description", GRAPH_FORMATS)
    turtle = _DESCRIPTION.replace("ENDPOINT", endpoint_url).encode("utf-8")
    graph = pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    body = pyoxigraph.serialize((quad.triple for quad in graph), format=GRAPH_FORMATS[media_type],
                                prefixes={"sd": "http://www.w3.org/ns/sparql-service-description#"})
    return Reply(HTTPStatus.OK, _with_charset(media_type), body)


class SparqlEndpoint:
    """Queries answered by the `engines`, within `limits`."""

    def __init__(self, engines: EnginePool, limits: Limits) -> None:
        self.engines = engines
        self.limits = limits

    def answer(self, query: str, dataset: list[tuple[str, str]], accept: str | None) -> Reply:
        """Run `query` on an engine; its first `max_results` rows in the negotiated format."""
        results_type = negotiate(accept, RESULT_FORMATS)
        graph_type = negotiate(accept, GRAPH_FORMATS)
        if results_type is None and graph_type is None:
            return Reply.not_acceptable("results", [*RESULT_FORMATS, *GRAPH_FORMATS])
        try:
            check_query(query)
        except QueryError as refused:
            return Reply.text(HTTPStatus.BAD_REQUEST, str(refused))
        request = EngineRequest(
            query=query, results_type=results_type, graph_type=graph_type, max_results=self.limits.max_results,
            default_graphs=[iri for name, iri in dataset if name == "default-graph-uri"],
            named_graphs=[iri for name, iri in dataset if name == "named-graph-uri"])
        try:
            found = self.engines.run(request, time.monotonic() + self.limits.timeout_s)
        except Busy:
            return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE, "the server is busy: no SPARQL engine was free "
                                                              f"within the time limit of {self.limits.timeout_s} s")
        except OverTime:
            return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran over the time limit of "
                                                              f"{self.limits.timeout_s} s and was cancelled")
        except EngineDied as died:
            return Reply.text(HTTPStatus.BAD_GATEWAY, str(died))
        if found.status == HTTPStatus.OK:
            headers = {TRUNCATED_HEADER: str(self.limits.max_results)} if found.truncated else {}
            return Reply(HTTPStatus.OK, _with_charset(found.content_type), found.body, headers)
        if found.status == HTTPStatus.BAD_REQUEST:  # a query that does not parse: worded as `kg query` does
            return Reply.text(HTTPStatus.BAD_REQUEST, syntax_message(query, found.error))
        if found.status == HTTPStatus.NOT_ACCEPTABLE:
            return Reply.not_acceptable(found.error, GRAPH_FORMATS if graph_type is None else RESULT_FORMATS)
        return Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {found.error[:300]}")


def _with_charset(media_type: str) -> str:
    return media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")
