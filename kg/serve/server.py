"""The front end of `kg serve`: the one port users see, its routes, and starting and stopping it all.

    /sparql   `kg.serve.sparql`, answered by the engine
    /ask?q=   `kg ask` over HTTP: the answer as JSON (`&format=text`: as text); 400 when no
              question pattern fits
    /         the question box above the network view (page.html)
    /view     the network view alone (`kg view`'s page, rendered when the server starts)

This process keeps the store open for the whole run, so its lock stops a `kg build`
from writing under the read-only engine, and answers questions from it.
"""
from __future__ import annotations

import logging
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.ask import UnknownQuestion, answer
from kg.serve.engine import ServeError, SparqlEngine
from kg.serve.messages import Refused, Reply, parse_params
from kg.serve.sparql import Limits, SparqlEndpoint, sparql_operation
from kg.store import Store, open_store
from viz.graph import graph_from_store
from viz.html import render_html

PAGE = Path(__file__).parent / "page.html"
VIEW_TITLE = "Vietnamese government news: knowledge graph"
MAX_REQUEST_BYTES = 1_000_000

log = logging.getLogger(__name__)


@contextmanager
def open_server(
    store_dir: str | Path, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits()
) -> Iterator[KgServer]:
    """The server for the store directory `store_dir`, bound to host:port (port 0: any free port).

    Opens the store, renders the view and starts the engine; call `serve_forever()` (or
    `serve_in_background()`). Leaving the block stops the server and the engine and closes
    the store. Raises ServeError (or StoreError) with one line when something is missing.
    """
    store_dir = Path(store_dir)
    with open_store(store_dir, create=False) as store:
        view = _render_view(store, store_dir)
        with SparqlEngine(store_dir, limits.timeout_s) as engine:
            try:
                server = KgServer((host, port), store=store, sparql=SparqlEndpoint(engine, limits), view=view)
            except OSError as error:
                raise ServeError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
            try:
                yield server
            finally:
                server.stop()


def _render_view(store: Store, store_dir: Path) -> bytes:
    graph = graph_from_store(store)
    if graph.number_of_nodes() == 0:
        raise ServeError(f"{store_dir}: the store holds no facts yet (run `kg build PATH...` first)")
    return render_html(graph, title=VIEW_TITLE).html.encode("utf-8")


class KgServer(ThreadingHTTPServer):
    daemon_threads = True  # a slow client never keeps the server from stopping

    def __init__(self, address: tuple[str, int], *, store: Store, sparql: SparqlEndpoint, view: bytes) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.sparql = sparql
        self.view = view
        self.page = PAGE.read_bytes()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def engine(self) -> SparqlEngine:
        return self.sparql.engine

    def serve_in_background(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="kg-serve", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
        self.server_close()

    def answer_question(self, question: str, as_text: bool) -> Reply:
        """`kg ask` over HTTP: the answer as JSON or text; 400 for a question no pattern fits."""
        try:
            found = answer(self.store, question)
        except UnknownQuestion as unknown:
            return Reply.text(HTTPStatus.BAD_REQUEST, str(unknown)) if as_text else \
                Reply.json(HTTPStatus.BAD_REQUEST, {"error": str(unknown), "examples": unknown.examples})
        if as_text:
            return Reply(HTTPStatus.OK, "text/plain; charset=utf-8", found.as_text().encode("utf-8"))
        return Reply(HTTPStatus.OK, "application/json; charset=utf-8", found.as_json().encode("utf-8"))


class _Handler(BaseHTTPRequestHandler):
    server: KgServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", self.server.page))
        elif url.path == "/view":
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", self.server.view))
        elif url.path == "/sparql":
            self._sparql("GET", url.query, b"")
        elif url.path == "/ask":
            self._ask(url.query)
        else:
            self._send(Reply.text(HTTPStatus.NOT_FOUND, f"no page {url.path}; try / or /sparql"))

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        length = self.headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > MAX_REQUEST_BYTES:
            self.close_connection = True  # the body stays unread
            self._send(Reply.text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                  f"send a Content-Length of at most {MAX_REQUEST_BYTES} bytes"))
            return
        body = self.rfile.read(int(length))
        if url.path != "/sparql":
            self._send(Reply.text(HTTPStatus.METHOD_NOT_ALLOWED, f"POST goes to /sparql, not {url.path}"))
            return
        self._sparql("POST", url.query, body)

    def _sparql(self, method: str, url_query: str, body: bytes) -> None:
        try:
            query, dataset = sparql_operation(method, self.headers.get_content_type(), url_query, body)
        except Refused as refused:
            self._send(refused.reply())
            return
        self._send(self.server.sparql.answer(query, dataset, self.headers.get("Accept")))

    def _ask(self, url_query: str) -> None:
        try:
            params = parse_params(url_query)
        except Refused as refused:
            self._send(refused.reply())
            return
        question = params.get("q", [""])[0]
        as_text = params.get("format", ["json"])[0] == "text"
        try:
            reply = self.server.answer_question(question, as_text)
        except Exception as error:  # a failing question must not take the server down
            log.exception("ask %r failed", question)
            message = f"the question could not be answered: {' '.join(str(error).split())}"
            status = HTTPStatus.INTERNAL_SERVER_ERROR
            reply = Reply.text(status, message) if as_text else Reply.json(status, {"error": message})
        self._send(reply)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The server's own refusals (a request line too long, an unknown method) as one line
        of text, like every other error, not http.server's HTML page."""
        self.close_connection = True  # the request may not have been read whole
        self._send(Reply.text(code, f"{code} {message or HTTPStatus(code).phrase}"))

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s %s", self.address_string(), format % args)
