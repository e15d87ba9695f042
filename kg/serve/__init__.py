"""`kg serve`: a read-only SPARQL 1.1 endpoint, the store's IRIs, the network view and a question box over a local store.

One port, several processes. SPARQL is evaluated by a pool of engine processes
(`engine`, each a `worker`), reachable only through pipes from this package's HTTP server
(`server`), the only port users see. The server refuses updates and what `kg query`
refuses, caps results and enforces the time limit (`sparql`), in the format the client's
Accept header prefers (`negotiation`, `kg.result_formats`), resolves the store's IRIs
(`entities`) and serves the view and the questions. The engines read the store's default
graph, the deduplicated merge of the article graphs (see `kg.store`), exactly like `kg query`.

    server        the routes, CORS and Host checks, and open_server: the store, the view, the engines, the port
    sparql        /sparql: protocol requests, the limits, the service description
    entities      /id/...: an entity's page, or its triples
    engine        the pool of engine processes: starting, replacing, ending them
    worker        one engine process: evaluates one query at a time, can open no socket
    negotiation   the media type an Accept header prefers
    messages      request parameters, replies and refusals
"""
from kg.serve.engine import ServeError
from kg.serve.server import Access, KgServer, open_server
from kg.serve.sparql import TRUNCATED_HEADER, Limits

__all__ = ["TRUNCATED_HEADER", "Access", "KgServer", "Limits", "ServeError", "open_server"]
