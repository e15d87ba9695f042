"""`kg serve`: a read-only SPARQL 1.1 endpoint, the network view and a question box over a local store.

    /sparql   SPARQL 1.1 Protocol, GET and POST; results as JSON, XML, CSV or TSV (graphs as
              Turtle, N-Triples, RDF/XML or JSON-LD) by the Accept header; updates get 403
    /ask?q=   `kg ask` over HTTP: the answer as JSON (`&format=text`: as text); 400 when no
              question pattern fits
    /         the question box above the network view
    /view     the network view alone (`kg view`'s page, rendered when the server starts)

Two processes, one port. SPARQL is evaluated by Oxigraph's own server (`oxigraph
serve-read-only` from the `oxigraph` package): the engine of the embedded store, a
complete protocol implementation, and above all it cancels a query that runs over the
time limit. Inside this process a runaway query (a join of everything with everything)
could not be stopped and would hold a core until it ends. The engine listens on a
private loopback port; in front of it this module's small HTTP server is the only port
users see. The front end
  * refuses updates with 403 (`update=` forms, `application/sparql-update` bodies);
  * refuses with 400, in one line, what `kg query` refuses: text that is no query, and a
    query using SERVICE — the engine would send it to any URL, even one of this
    machine's private services, and pass back the answer;
  * lets queries use the ontology's prefixes without PREFIX lines, as `kg query` does;
  * caps results: it asks the engine for TSV or N-Triples, one solution or triple per
    line, stops reading at the cap (the `KG-Results-Truncated` header says so), and
    writes the rows in the format the client negotiated;
  * serves the view and the question box, and answers questions from the store.

This process keeps the store open for the whole run, so its lock stops a `kg build`
from writing under the read-only engine. The engine reads the store's default graph,
the deduplicated merge of the article graphs (see `kg.store`), exactly like `kg query`.
"""
from __future__ import annotations

import ctypes
import http.client
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO

import pyoxigraph

from kg.ask import UnknownQuestion, answer
from kg.query import QueryError, check_query, syntax_message
from kg.sparql_text import user_position, with_prefixes
from kg.store import Store, open_store
from kg.vocab import PREFIXES
from viz.graph import graph_from_store
from viz.html import render_html

PAGE = Path(__file__).parent / "serve_page.html"
VIEW_TITLE = "Vietnamese government news: knowledge graph"

RESULT_FORMATS: dict[str, pyoxigraph.QueryResultsFormat] = {  # SELECT and ASK
    "application/sparql-results+json": pyoxigraph.QueryResultsFormat.JSON,  # the default
    "application/json": pyoxigraph.QueryResultsFormat.JSON,
    "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
    "application/xml": pyoxigraph.QueryResultsFormat.XML,
    "text/csv": pyoxigraph.QueryResultsFormat.CSV,
    "text/tab-separated-values": pyoxigraph.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, pyoxigraph.RdfFormat] = {  # CONSTRUCT and DESCRIBE
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,  # the default
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
}
# What the front end asks the engine for: one solution (one triple) per line, so it can stop at the cap.
ENGINE_TSV = "text/tab-separated-values"
ENGINE_NT = "application/n-triples"

TRUNCATED_HEADER = "KG-Results-Truncated"
MAX_REQUEST_BYTES = 1_000_000
ENGINE_START_S = 15.0
ENGINE_STARTS = 3  # tries, when the store's files moved while the engine opened them (see `_launch`)
ENGINE_GRACE_S = 3  # past the time limit, an engine still silent is restarted

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The server cannot start; the message is one line."""


@dataclass(frozen=True)
class Limits:
    timeout_s: int = 30  # a query running longer is cancelled (the engine counts whole seconds)
    max_results: int = 10_000  # solutions (or triples) sent for one query; the rest is cut

    def __post_init__(self) -> None:
        if self.timeout_s < 1 or self.max_results < 1:
            raise ServeError(f"the time limit and the result cap must be at least 1 "
                             f"(got {self.timeout_s} s and {self.max_results} results)")


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
                server = KgServer((host, port), store=store, engine=engine, view=view, limits=limits)
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


# ---------------------------------------------------------------- the engine


@dataclass(frozen=True)
class _EngineProcess:
    popen: subprocess.Popen
    query_url: str
    log: IO[bytes]  # its output, for the message when it fails to start


class SparqlEngine:
    """`oxigraph serve-read-only` over the store directory, on a private loopback port.

    Oxigraph cancels most queries at the time limit, but not all: sorting a huge join
    goes on. `restart` replaces such an engine with a fresh one — ending a process is
    the one sure way to end its query.

    On Linux the engine is killed when this process ends, even by SIGKILL (the kernel's
    parent-death signal). The kernel sends it when the *thread* that started the engine
    ends, so every engine is started by one thread that lives as long as this object, not
    by the request thread that asked for a restart.
    """

    def __init__(self, store_dir: Path, timeout_s: int) -> None:
        self._store_dir = store_dir
        self._timeout_s = timeout_s
        self._lock = threading.Lock()
        self._launcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-engine-launcher")
        try:
            self.process = self._launch()  # replaced whole on restart, so readers see one engine
        except BaseException:
            self._launcher.shutdown()
            raise

    def __enter__(self) -> SparqlEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def restart(self, stuck: _EngineProcess) -> None:
        """Replace the engine `stuck` with a fresh one (unless another request already did)."""
        with self._lock:
            if self.process is stuck:
                log.warning("restarting the SPARQL engine: a query ignored the time limit")
                _stop(stuck)
                self.process = self._launch()

    def stop(self) -> None:
        with self._lock:
            _stop(self.process)
        self._launcher.shutdown()

    def _launch(self) -> _EngineProcess:
        """A new engine, listening. Opening the store (to hold its lock) makes RocksDB finish in
        the background what the last writer left, and its compaction may delete files the
        engine is opening at that moment: it then stops at once ("Corruption ... No such file"),
        and a fresh start reads the files as they are now."""
        for attempt in range(1, ENGINE_STARTS):
            try:
                return self._start_engine()
            except _FilesMoved:
                time.sleep(0.2 * attempt)
        return self._start_engine()

    def _start_engine(self) -> _EngineProcess:
        port = _free_port()
        log_file = tempfile.TemporaryFile()
        popen = self._launcher.submit(
            subprocess.Popen,
            [_oxigraph_binary(), "serve-read-only", "--location", str(self._store_dir),
             "--bind", f"127.0.0.1:{port}", "--timeout-s", str(self._timeout_s)],
            stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file,
            preexec_fn=_die_with_parent(os.getpid()),
        ).result()
        process = _EngineProcess(popen, f"http://127.0.0.1:{port}/query", log_file)
        _wait_until_listening(process, port)
        return process


def _wait_until_listening(process: _EngineProcess, port: int) -> None:
    deadline = time.monotonic() + ENGINE_START_S
    while time.monotonic() < deadline:
        if process.popen.poll() is not None:
            process.log.seek(0)
            output = " ".join(process.log.read().decode("utf-8", "replace").split())
            _stop(process)
            message = f"the SPARQL engine (oxigraph) stopped at start: {output[:300]}"
            raise _FilesMoved(message) if "No such file" in output else ServeError(message)
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    _stop(process)
    raise ServeError(f"the SPARQL engine (oxigraph) did not listen within {ENGINE_START_S:.0f} s")


def _die_with_parent(parent_pid: int):
    """For Popen's preexec_fn: the child gets SIGKILL when its parent thread ends (Linux
    only; elsewhere the engine is stopped when `kg serve` leaves normally or by SIGTERM)."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, not in the child
    pr_set_pdeathsig = 1

    def in_child() -> None:
        prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != parent_pid:  # the parent died before the signal was asked for
            os._exit(1)

    return in_child


def _stop(process: _EngineProcess) -> None:
    if process.popen.poll() is None:
        process.popen.terminate()
        try:
            process.popen.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.popen.kill()
            process.popen.wait()
    process.log.close()


def _oxigraph_binary() -> str:
    """The `oxigraph` program installed beside this Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server program is missing (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ---------------------------------------------------------------- the front end


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    @classmethod
    def json(cls, status: int, document: object) -> Reply:
        body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        return cls(status, "application/json; charset=utf-8", body)


class KgServer(ThreadingHTTPServer):
    daemon_threads = True  # a slow client never keeps the server from stopping

    def __init__(self, address: tuple[str, int], *, store: Store, engine: SparqlEngine,
                 view: bytes, limits: Limits) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.engine = engine
        self.view = view
        self.page = PAGE.read_bytes()
        self.limits = limits
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def serve_in_background(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="kg-serve", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
        self.server_close()

    def answer_query(self, query: str, dataset: list[tuple[str, str]], accept: str | None) -> Reply:
        """Run `query` on the engine; its first `max_results` rows in the negotiated format."""
        results_type = negotiate(accept, RESULT_FORMATS)
        graph_type = negotiate(accept, GRAPH_FORMATS)
        if results_type is None and graph_type is None:
            return _not_acceptable("results", [*RESULT_FORMATS, *GRAPH_FORMATS])
        try:
            check_query(query)
        except QueryError as refused:
            return Reply.text(HTTPStatus.BAD_REQUEST, str(refused))
        deadline = time.monotonic() + self.limits.timeout_s
        try:
            kind, lines, truncated = self._engine_rows(query, dataset, deadline)
        except _Refused as refused:
            return Reply.text(refused.status, str(refused))
        data = b"".join(lines)
        try:
            if kind == ENGINE_NT:
                if graph_type is None:
                    return _not_acceptable("a graph", GRAPH_FORMATS)
                triples = [quad.triple for quad in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)]
                body = pyoxigraph.serialize(triples, format=GRAPH_FORMATS[graph_type], prefixes=dict(PREFIXES))
                media_type = graph_type
            else:
                results = pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.TSV)
                if results_type is None:
                    return _not_acceptable("SELECT and ASK results", RESULT_FORMATS)
                body = results.serialize(format=RESULT_FORMATS[results_type])
                media_type = results_type
        except SyntaxError:
            # The engine broke its answer off: it cancelled the query at the time limit, or failed.
            if time.monotonic() >= deadline:
                return self._over_time()
            last = data.decode("utf-8", "replace").strip().splitlines()[-1:] or ["(nothing)"]
            return Reply.text(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine broke its answer off: {last[0][:300]}")
        headers = {TRUNCATED_HEADER: str(self.limits.max_results)} if truncated else {}
        charset = "; charset=utf-8" if media_type.startswith("text/") else ""
        return Reply(HTTPStatus.OK, media_type + charset, body, headers)

    def _engine_rows(self, query: str, dataset: list[tuple[str, str]],
                     deadline: float) -> tuple[str, list[bytes], bool]:
        """The engine's answer as TSV results or N-Triples: (media type, lines, truncated).

        Raises _Refused with the status to send when the engine rejects the query, fails or
        runs over the time limit.
        """
        engine = self.engine.process
        form = urllib.parse.urlencode([("query", with_prefixes(query)), *dataset]).encode("utf-8")
        request = urllib.request.Request(engine.query_url, data=form, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": f"{ENGINE_TSV}, {ENGINE_NT}"})
        try:
            with urllib.request.urlopen(request, timeout=self.limits.timeout_s + ENGINE_GRACE_S) as response:
                kind = response.headers.get_content_type()
                header_lines = 1 if kind == ENGINE_TSV else 0
                lines, truncated = _read_lines(response, self.limits.max_results + header_lines, deadline)
                return kind, lines, truncated
        except urllib.error.HTTPError as error:
            message = error.read().decode("utf-8", "replace").strip()
            if error.code == HTTPStatus.BAD_REQUEST:  # a query that does not parse: worded as `kg query` does
                raise _Refused(HTTPStatus.BAD_REQUEST, syntax_message(query, user_position(message))) from None
            raise _Refused(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine failed: {message[:300]}") from None
        except _OverTime:  # the engine went on sending rows: leaving stops it
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, self._over_time_message()) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):  # silent past the limit: it ignored its cancellation
                self.engine.restart(engine)
                raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, self._over_time_message()) from None
            raise _Refused(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine is unreachable: {reason}") from None

    def _over_time(self) -> Reply:
        return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE, self._over_time_message())

    def _over_time_message(self) -> str:
        return f"the query ran over the time limit of {self.limits.timeout_s} s and was cancelled"

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


def _not_acceptable(what: str, media_types) -> Reply:
    return Reply.text(HTTPStatus.NOT_ACCEPTABLE, f"{what} can be sent as: {', '.join(media_types)}")


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


def negotiate(accept: str | None, offered: Mapping[str, object]) -> str | None:
    """The offered media type the Accept header prefers, or None when it accepts none.

    The highest q wins; among equal q, the more specific range (text/csv over text/*
    over */*), then the one the client listed first, then the order of `offered`.
    No Accept header, or */*, gives the first offered type.
    """
    ranges = []  # (media range, q, position)
    for position, item in enumerate((accept or "*/*").split(",")):
        media_range, *params = [part.strip() for part in item.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media_range:
            ranges.append((media_range.lower(), q, position))
    best, best_key = None, None
    for order, media_type in enumerate(offered):
        matches = [(_specificity(media_range, media_type), -position, q)
                   for media_range, q, position in ranges if _specificity(media_range, media_type) >= 0]
        if not matches:
            continue
        specificity, minus_position, q = max(matches)  # the most specific range decides the q
        key = (q, specificity, minus_position, -order)
        if q > 0 and (best_key is None or key > best_key):
            best, best_key = media_type, key
    return best


def _specificity(media_range: str, media_type: str) -> int:
    """How closely an Accept range names the type: 2 exactly, 1 as type/*, 0 as */*, -1 not at all."""
    if media_range == media_type:
        return 2
    if media_range == media_type.split("/")[0] + "/*":
        return 1
    return 0 if media_range == "*/*" else -1


class _FilesMoved(ServeError):
    """The engine stopped at start: a file of the store vanished as it opened it."""


class _OverTime(Exception):
    """The engine was still sending rows at the time limit."""


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def sparql_operation(method: str, content_type: str, url_query: str,
                     body: bytes) -> tuple[str, list[tuple[str, str]]]:
    """The query and its dataset parameters from a SPARQL 1.1 Protocol request.

    Raises _Refused: 403 for an update, 400 without exactly one query or for a body that is
    not UTF-8, 415 for a body that is neither a form nor a query.
    """
    params = _parse_params(url_query)
    if method == "POST":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise _Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None
        if content_type == "application/x-www-form-urlencoded":
            params = _parse_params(text)
        elif content_type == "application/sparql-query":
            params["query"] = [text]
        elif content_type == "application/sparql-update":
            params["update"] = [""]
        else:
            raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                           "POST a form (application/x-www-form-urlencoded) or application/sparql-query")
    if "update" in params:
        raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise _Refused(HTTPStatus.BAD_REQUEST, "give exactly one non-empty `query` parameter")
    dataset = [(name, value) for name in ("default-graph-uri", "named-graph-uri")
               for value in params.get(name, [])]
    return queries[0], dataset


def _parse_params(form: str) -> dict[str, list[str]]:
    """The parameters of a URL's query string or of a form body; _Refused (400) when a
    percent-escaped value is not UTF-8."""
    try:
        return urllib.parse.parse_qs(form, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise _Refused(HTTPStatus.BAD_REQUEST, "a parameter of the request is not UTF-8") from None


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
        except _Refused as refused:
            self._send(Reply.text(refused.status, str(refused)))
            return
        self._send(self.server.answer_query(query, dataset, self.headers.get("Accept")))

    def _ask(self, url_query: str) -> None:
        try:
            params = _parse_params(url_query)
        except _Refused as refused:
            self._send(Reply.text(refused.status, str(refused)))
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
