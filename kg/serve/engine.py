"""The SPARQL engines of `kg serve`: a pool of worker processes (`kg.serve.worker`), each
evaluating one query at a time over the store, opened read-only.

Why processes: Oxigraph cannot cancel a query it is evaluating (a sort of a huge join goes
on for minutes); ending the process that runs it is the one sure way. One process per
query in flight means that ending an over-time query ends nothing else: the other clients'
queries run in the other workers. Why pipes: a worker has no port, so nothing but this
front end can reach it, and it is forbidden to make sockets, so it reaches nothing either.

A worker that dies (killed, or crashed) is replaced in the background, within a second;
a query it was evaluating is tried once more on another worker, and only a query that
kills its second worker too is answered with the failure.

On Linux a worker is killed when this process ends, even by SIGKILL (the kernel's
parent-death signal). The kernel sends it when the *thread* that started the worker
ends, so every worker is started by one thread that lives as long as the pool.
"""
from __future__ import annotations

import ctypes
import json
import logging
import os
import select
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from kg.vocab import PREFIXES

WORKER = Path(__file__).with_name("worker.py")
START_S = 15.0  # a worker not ready by then has failed to start
WATCH_S = 0.2  # how often idle workers are looked at, to replace a dead one
_LENGTH = struct.Struct(">I")

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The server cannot start; the message is one line."""


@dataclass(frozen=True)
class EngineRequest:
    query: str
    default_graphs: list[str]
    named_graphs: list[str]
    results_type: str | None  # the media type to answer SELECT and ASK in; None: not acceptable
    graph_type: str | None  # ... CONSTRUCT and DESCRIBE
    max_results: int


@dataclass(frozen=True)
class EngineAnswer:
    status: int
    content_type: str = ""
    truncated: bool = False
    error: str = ""  # with a status other than 200: the engine's message
    body: bytes = b""


class OverTime(Exception):
    """The query was still running at its deadline; its worker was ended."""


class Busy(OverTime):
    """No worker was free before the query's deadline."""


class EngineDied(Exception):
    """The workers evaluating the query died twice; the message says how."""


class _WorkerDied(Exception):
    pass


class _Worker:
    """One worker process and the two pipes to it."""

    def __init__(self, popen: subprocess.Popen, errors: IO[bytes]) -> None:
        self.popen = popen
        self.errors = errors  # what it writes on stderr (why it failed to start)
        self._requests = popen.stdin.fileno()
        self._answers = popen.stdout.fileno()

    def ask(self, request: bytes, deadline: float) -> tuple[dict, bytes]:
        """Send `request`; its header and body. Raises OverTime at the deadline, and
        _WorkerDied when the process ends first."""
        try:
            os.write(self._requests, _LENGTH.pack(len(request)) + request)
        except OSError:
            raise _WorkerDied from None
        header = json.loads(self.read_frame(deadline))
        return header, self.read_frame(deadline)

    def read_frame(self, deadline: float) -> bytes:
        (length,) = _LENGTH.unpack(self._read(_LENGTH.size, deadline))
        return self._read(length, deadline)

    def _read(self, size: int, deadline: float) -> bytes:
        chunks, wanted = [], size
        while wanted:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self._answers], [], [], remaining)[0]:
                raise OverTime
            chunk = os.read(self._answers, min(wanted, 1 << 20))
            if not chunk:
                raise _WorkerDied
            chunks.append(chunk)
            wanted -= len(chunk)
        return b"".join(chunks)

    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.popen.kill()
        self.popen.wait()
        self.popen.stdin.close()
        self.popen.stdout.close()
        self.errors.close()


class EnginePool:
    """`size` workers over the store directory `store_dir`. Use as a context manager."""

    def __init__(self, store_dir: Path, size: int) -> None:
        if size < 1:
            raise ServeError(f"the number of engine processes must be at least 1, got {size}")
        self._store_dir = store_dir
        self._size = size
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._changed = threading.Condition()
        self._stopping = False
        self._launcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-engine-launcher")
        try:
            for worker in [self._launcher.submit(self._start) for _ in range(size)]:
                self._add(worker.result())
        except BaseException:
            self.stop()
            raise
        self._watcher = threading.Thread(target=self._watch, name="kg-engine-watcher", daemon=True)
        self._watcher.start()

    def __enter__(self) -> EnginePool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def pids(self) -> list[int]:
        with self._changed:
            return sorted(worker.popen.pid for worker in self._all)

    def run(self, request: EngineRequest, deadline: float) -> EngineAnswer:
        """`request` evaluated by a free worker before `deadline`.

        Raises OverTime when no worker is free or the query runs past the deadline (its
        worker is then ended and replaced), and EngineDied when the query's worker dies
        twice. A worker killed from outside (SIGKILL) is no fault of the query: the query
        goes on to another, as long as the pool has one it has not tried.
        """
        data = json.dumps(asdict(request)).encode("utf-8")
        deaths = killed = 0
        while True:
            worker = self._take(deadline)
            try:
                header, body = worker.ask(data, deadline)
            except OverTime:
                log.warning("ending a SPARQL engine: its query ran over the time limit")
                self._replace(worker)
                raise
            except _WorkerDied:
                self._replace(worker)
                # killed between its last check and this query (kill -9 of every engine at once)
                if worker.popen.wait() == -signal.SIGKILL and killed < self._size:
                    killed += 1
                    continue
                deaths += 1
                if deaths == 1:
                    continue
                raise EngineDied(f"the SPARQL engine died evaluating this query "
                                 f"(exit status {worker.popen.returncode}), twice") from None
            self._give_back(worker)
            return EngineAnswer(status=header["status"], content_type=header.get("content_type", ""),
                                truncated=header.get("truncated", False), error=header.get("error", ""),
                                body=body)

    def stop(self) -> None:
        with self._changed:
            self._stopping = True
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
            self._changed.notify_all()
        for worker in workers:
            worker.kill()
        self._launcher.shutdown()

    # ------------------------------------------------------------------ the workers

    def _take(self, deadline: float) -> _Worker:
        """A live idle worker (dead ones found on the way are replaced); OverTime when none
        frees itself before the deadline."""
        with self._changed:
            while True:
                while self._idle:
                    worker = self._idle.pop()
                    if worker.alive():
                        return worker
                    self._replace_locked(worker)
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping:
                    raise Busy
                self._changed.wait(remaining)

    def _give_back(self, worker: _Worker) -> None:
        with self._changed:
            if worker in self._all:
                self._idle.append(worker)
                self._changed.notify()

    def _add(self, worker: _Worker) -> None:
        with self._changed:
            if self._stopping:
                worker.kill()
                return
            self._all.add(worker)
            self._idle.append(worker)
            self._changed.notify()

    def _replace(self, worker: _Worker) -> None:
        with self._changed:
            self._replace_locked(worker)

    def _replace_locked(self, worker: _Worker) -> None:
        """End `worker` and start another in the background (the caller holds the lock)."""
        if worker not in self._all or self._stopping:
            return
        self._all.discard(worker)
        if worker in self._idle:
            self._idle.remove(worker)
        threading.Thread(target=worker.kill, daemon=True).start()
        self._launcher.submit(self._start_and_add)

    def _start_and_add(self) -> None:
        try:
            self._add(self._start())
        except ServeError as error:
            log.error("%s", error)

    def _watch(self) -> None:
        """Replace idle workers that died (killed from outside) within WATCH_S."""
        while True:
            with self._changed:
                if self._stopping:
                    return
                for worker in [worker for worker in self._idle if not worker.alive()]:
                    log.warning("replacing a SPARQL engine that died (exit status %s)", worker.popen.returncode)
                    self._replace_locked(worker)
                self._changed.wait(WATCH_S)

    def _start(self) -> _Worker:
        """A new worker, ready (run by the launcher thread: see the module's doc)."""
        errors = tempfile.TemporaryFile()
        popen = subprocess.Popen(
            [sys.executable, str(WORKER), str(self._store_dir), json.dumps(PREFIXES)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
            preexec_fn=_die_with_parent(os.getpid()))
        worker = _Worker(popen, errors)
        try:
            ready = worker.read_frame(time.monotonic() + START_S)
        except (OverTime, _WorkerDied):
            ready = b""
        if ready != b"ready":
            errors.seek(0)
            output = " ".join(errors.read().decode("utf-8", "replace").split())
            worker.kill()
            raise ServeError(f"the SPARQL engine did not start: {output[-300:] or 'no message'}")
        return worker


def _die_with_parent(parent_pid: int):
    """For Popen's preexec_fn: the child gets SIGKILL when its parent thread ends (Linux
    only; elsewhere the workers are stopped when `kg serve` leaves normally or by SIGTERM)."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, not in the child
    pr_set_pdeathsig = 1

    def in_child() -> None:
        prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != parent_pid:  # the parent died before the signal was asked for
            os._exit(1)

    return in_child
