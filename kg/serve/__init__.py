"""`kg serve`: a read-only SPARQL 1.1 endpoint, the network view and a question box over a local store.

Two processes, one port. SPARQL is evaluated by Oxigraph's own server, the engine
(`engine`), on a private loopback port; in front of it this package's small HTTP server
(`server`) is the only port users see. It refuses updates and what `kg query` refuses,
caps results and enforces the time limit (`sparql`), in the format the client's Accept
header prefers (`negotiation`, `kg.result_formats`), and serves the view and the
questions. The engine reads the store's default graph, the deduplicated merge of the
article graphs (see `kg.store`), exactly like `kg query`.

    server        the routes, and open_server: the store, the view, the engine, the port
    sparql        /sparql: protocol requests, the limits, the engine's answers re-written
    engine        starting, restarting and stopping `oxigraph serve-read-only`
    negotiation   the media type an Accept header prefers
    messages      request parameters, replies and refusals
"""
from kg.serve.engine import ServeError
from kg.serve.server import KgServer, open_server
from kg.serve.sparql import TRUNCATED_HEADER, Limits

__all__ = ["TRUNCATED_HEADER", "KgServer", "Limits", "ServeError", "open_server"]
