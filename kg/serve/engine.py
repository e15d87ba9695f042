"""The SPARQL engine of `kg serve`: `oxigraph serve-read-only` over the store, on a private loopback port.

Oxigraph's own server evaluates the queries: the engine of the embedded store, a complete
protocol implementation, and above all it cancels a query that runs over the time limit.
Inside this process a runaway query (a join of everything with everything) could not be
stopped and would hold a core until it ends. This module starts it, restarts it when a
query ignores its cancellation, and stops it.
"""
from __future__ import annotations

import ctypes
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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ENGINE_START_S = 15.0
ENGINE_STARTS = 3  # tries, when the store's files moved while the engine opened them (see `_launch`)

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The server cannot start; the message is one line."""


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


class _FilesMoved(ServeError):
    """The engine stopped at start: a file of the store vanished as it opened it."""
