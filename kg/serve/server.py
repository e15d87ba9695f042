"""The front end of `kg serve`: the one port users see, its routes, and starting and stopping it all.

    /sparql   `kg.serve.sparql`, answered by the engines; without a query, the service description
    /ask?q=   `kg ask` over HTTP: the answer as JSON (`&format=text`: as text); 400 when no
              question pattern fits
    /id/...   the store's IRIs resolved: a page, or RDF by content negotiation (`kg.serve.entities`)
    /?q=      the question box above the network view (page.html), in Vietnamese (`&lang=en`:
              English); with q, that question asked: a URL to share
    /view     the network view alone (`kg view`'s page, rendered when the server starts)

Every route answers GET and HEAD; /sparql takes POST too, and any route a CORS preflight
(OPTIONS). Every reply carries the CORS headers of the origins allowed (any, by default:
the endpoint is read-only and serves public news). A request whose Host header names
another server is refused with 421: a web page whose name was made to resolve to this
machine (DNS rebinding) cannot read it. Replies go out in one write, on connections with
Nagle's algorithm off; a connection idle for IDLE_TIMEOUT_S is closed.

This process keeps the store open read-only for the whole run (its lock stops a `kg build`
from writing under the engines; `kg query`, `kg ask` ... may read beside it), and answers
questions and entity pages from it.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from extract.lexicon import Lexicon
from kg.ask import UnknownQuestion, Vocabulary, answer, vocabulary
from kg.serve.engine import EnginePool, ServeError
from kg.serve.entities import WORDS, resolve
from kg.serve.messages import Refused, Reply, parse_params
from kg.serve.sparql import TRUNCATED_HEADER, Limits, SparqlEndpoint, service_description, sparql_operation
from kg.store import Store, open_store
from viz.graph import graph_from_store
from viz.html import render_html

PAGE = Path(__file__).parent / "page.html"
VIEW_TITLE = "Vietnamese government news: knowledge graph"
MAX_REQUEST_BYTES = 1_000_000
IDLE_TIMEOUT_S = 20  # a connection that sends nothing for this long is closed (its thread ends)
LISTEN_BACKLOG = 128  # connections waiting to be accepted (5 reset connections at 32 clients)
DEFAULT_ENGINES = 4
LOOPBACK_NAMES = ("localhost",)

# The page's words, by language (the first is the default); `{other}` is the other's name.
PAGE_WORDS = {
    "vi": {"title": "Đồ thị tri thức tin tức chính quyền", "question": "Câu hỏi",
           "placeholder": "Đặt câu hỏi, vd. Ai chủ trì hội nghị?", "ask": "Hỏi", "view": "Mạng lưới quan hệ",
           "unreachable": "Không liên lạc được với máy chủ: ", "sparql": "Truy vấn SPARQL"},
    "en": {"title": "Vietnamese government news: knowledge graph", "question": "Question",
           "placeholder": "Ask a question, e.g. Who chaired the conference?", "ask": "Ask",
           "view": "Network of relations", "unreachable": "Cannot reach the server: ", "sparql": "SPARQL queries"},
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Access:
    """Who may use the server: the origins CORS lets read it ("*": any; none: no CORS
    headers) and the host names a request may be sent to (IP addresses always may)."""

    cors_origins: tuple[str, ...] = ("*",)
    host_names: tuple[str, ...] = ()

    def allowed_origin(self, origin: str | None) -> str | None:
        """The Access-Control-Allow-Origin to send to a request from `origin`."""
        if "*" in self.cors_origins:
            return "*"
        return origin if origin in self.cors_origins else None

    def allows_host(self, host_header: str) -> bool:
        host = urllib.parse.urlsplit(f"//{host_header}").hostname or ""
        try:
            ipaddress.ip_address(host)
            return True  # no name to rebind
        except ValueError:
            return host.lower() in {name.lower() for name in (*LOOPBACK_NAMES, *self.host_names)}


@contextmanager
def open_server(
    store_dir: str | Path, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits(),
    access: Access = Access(), engines: int = DEFAULT_ENGINES,
) -> Iterator[KgServer]:
    """The server for the store directory `store_dir`, bound to host:port (port 0: any free port).

    Opens the store, renders the view and starts the engines; call `serve_forever()` (or
    `serve_in_background()`). Leaving the block stops the server and the engines and closes
    the store. Raises ServeError (or StoreError) with one line when something is missing.
    """
    store_dir = Path(store_dir)
    names = (*access.host_names, *([host] if host not in ("", "0.0.0.0", "::") else []))
    access = Access(access.cors_origins, names)
    with open_store(store_dir, create=False, read_only=True) as store:
        view = _render_view(store, store_dir)
        with EnginePool(store_dir, engines) as pool:
            try:
                server = KgServer((host, port), store=store, sparql=SparqlEndpoint(pool, limits),
                                  view=view, access=access)
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


def _pages(template: str) -> dict[str, bytes]:
    """page.html in each language of PAGE_WORDS."""
    pages = {}
    for language, words in PAGE_WORDS.items():
        other = next(code for code in PAGE_WORDS if code != language)
        page = template.replace("{lang}", language).replace("{other_lang}", other)
        page = page.replace("{other}", WORDS[language]["other"])
        for key, text in words.items():
            page = page.replace("{" + key + "}", text)
        pages[language] = page.encode("utf-8")
    return pages


class KgServer(ThreadingHTTPServer):
    daemon_threads = True  # a slow client never keeps the server from stopping
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], *, store: Store, sparql: SparqlEndpoint, view: bytes,
                 access: Access) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.store = store
        self.sparql = sparql
        self.view = view
        self.access = access
        self.pages = _pages(PAGE.read_text(encoding="utf-8"))
        self.idle_timeout_s: float = IDLE_TIMEOUT_S
        self._thread: threading.Thread | None = None
        self._words: Vocabulary | None = None

    @property
    def words(self) -> Vocabulary:
        """The words of questions, read at the first one (a server that only answers SPARQL
        never reads them)."""
        if self._words is None:
            self._words = vocabulary(Lexicon.load())
        return self._words

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/"

    @property
    def engines(self) -> EnginePool:
        return self.sparql.engines

    def get_request(self) -> tuple[socket.socket, object]:
        connection, address = super().get_request()
        # A reply is one write, but a client's next request on the connection must not wait
        # for a delayed ACK either (44 ms a request with Nagle's algorithm on).
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address

    def handle_error(self, request: object, client_address: tuple) -> None:
        """A client that hung up mid-request is one line in the log, not a traceback."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            log.info("%s: the client closed the connection", client_address[0])
        else:
            super().handle_error(request, client_address)

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
            found = answer(self.store, question, self.words)
        except UnknownQuestion as unknown:
            return Reply.text(HTTPStatus.BAD_REQUEST, str(unknown)) if as_text else \
                Reply.json(HTTPStatus.BAD_REQUEST, {"error": str(unknown), "examples": unknown.examples})
        if as_text:
            return Reply(HTTPStatus.OK, "text/plain; charset=utf-8", found.as_text().encode("utf-8"))
        return Reply(HTTPStatus.OK, "application/json; charset=utf-8", found.as_json().encode("utf-8"))


class _Handler(BaseHTTPRequestHandler):
    server: KgServer
    protocol_version = "HTTP/1.1"

    @property
    def timeout(self) -> float:  # read by StreamRequestHandler.setup: the connection's socket timeout
        return self.server.idle_timeout_s

    def do_GET(self) -> None:
        if not self._host_allowed():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", self.server.pages[self._language(url)]))
        elif url.path == "/view":
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", self.server.view))
        elif url.path == "/sparql" and not url.query:
            self._send(service_description(self._url("/sparql"), self.headers.get("Accept")))
        elif url.path == "/sparql":
            self._sparql("GET", url.query, b"")
        elif url.path == "/ask":
            self._ask(url.query)
        elif url.path.startswith("/id/") and len(url.path) > len("/id/"):
            self._send(resolve(self.server.store, url.path[len("/id/"):], self.headers.get("Accept"),
                               self._language(url)))
        else:
            self._send(Reply.text(HTTPStatus.NOT_FOUND, f"no page {url.path}; try / or /sparql"))

    def do_HEAD(self) -> None:
        self.do_GET()  # `_send` leaves the body out

    def do_POST(self) -> None:
        if not self._host_allowed():
            return
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

    def do_OPTIONS(self) -> None:
        """A CORS preflight: the methods and headers a cross-origin request may use."""
        if not self._host_allowed():
            return
        headers = {"Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS", "Access-Control-Max-Age": "86400",
                   "Allow": "GET, HEAD, POST, OPTIONS"}
        if self.headers.get("Access-Control-Request-Headers"):
            headers["Access-Control-Allow-Headers"] = self.headers["Access-Control-Request-Headers"]
        self._send(Reply(HTTPStatus.NO_CONTENT, "text/plain; charset=utf-8", b"", headers))

    def _host_allowed(self) -> bool:
        """Whether the Host header names this server (else the refusal is sent)."""
        host = self.headers.get("Host")
        if host is None:
            self._send(Reply.text(HTTPStatus.BAD_REQUEST, "send a Host header"))
            return False
        if not self.server.access.allows_host(host):
            self.close_connection = True
            self._send(Reply.text(HTTPStatus.MISDIRECTED_REQUEST,
                                  f"this server does not answer for {host!r} (kg serve --allow-host NAME)"))
            return False
        return True

    def _url(self, path: str) -> str:
        return f"http://{self.headers['Host']}{path}"

    def _language(self, url: urllib.parse.SplitResult) -> str:
        requested = urllib.parse.parse_qs(url.query).get("lang", [""])[0]
        return requested if requested in PAGE_WORDS else next(iter(PAGE_WORDS))

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
        """The server's own refusals (a request line too long, an unknown method) as one line of
        text, like every other reply, rather than http.server's HTML page."""
        self.close_connection = True  # the request may not have been read whole
        self._send(Reply.text(code, f"{code} {message or HTTPStatus(code).phrase}"))

    def _send(self, reply: Reply) -> None:
        """The reply, headers and body in one write (HEAD: the headers only)."""
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        headers = getattr(self, "headers", None)  # None when the request line itself was refused
        origin = self.server.access.allowed_origin(headers.get("Origin") if headers else None)
        if origin is not None:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Expose-Headers", TRUNCATED_HEADER)
            if origin != "*":
                self.send_header("Vary", "Origin")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self._headers_buffer.append(b"\r\n")
        if self.command != "HEAD":
            self._headers_buffer.append(reply.body)
        self.flush_headers()

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s %s", self.address_string(), format % args)

