"""One SPARQL engine process of `kg serve`: it answers one query at a time over the store, read-only.

`kg.serve.engine` starts several, each as `python kg/serve/worker.py STORE_DIR PREFIXES_JSON`,
and talks to each over its standard input and output: nothing else can reach it (it has no
port), and it can reach nothing (`forbid_sockets`). Each message is a frame: a 4-byte
big-endian length, then that many bytes. A request is one frame of JSON:

    {"query": ..., "default_graphs": [IRI...], "named_graphs": [IRI...],
     "results_type": media type or null, "graph_type": media type or null, "max_results": N}

and its answer two frames: JSON `{"status": 200, "content_type": ..., "truncated": bool}`
(or `{"status": 400, "error": "..."}`), then the body. The front end has checked the query
(`kg.query.check_query`); this process only evaluates it. A query that runs too long is
ended by ending this process, the one sure way to stop Oxigraph's evaluation.

It is run as a file, not as a module of the kg package, and imports only pyoxigraph, so
that a replacement starts in a fraction of a second.
"""
from __future__ import annotations

import ctypes
import itertools
import json
import platform
import struct
import sys
from typing import BinaryIO

import pyoxigraph

_LENGTH = struct.Struct(">I")


def main(store_dir: str, prefixes_json: str) -> None:
    forbid_sockets()
    store = pyoxigraph.Store.read_only(store_dir)
    prefixes = json.loads(prefixes_json)
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    write_frame(answers, b"ready")
    while (request := read_frame(requests)) is not None:
        header, body = answer(store, prefixes, json.loads(request))
        write_frame(answers, json.dumps(header).encode("utf-8"))
        write_frame(answers, body)


def answer(store: pyoxigraph.Store, prefixes: dict[str, str], request: dict) -> tuple[dict, bytes]:
    """The status header and the body answering `request` (see the module's doc)."""
    cap = request["max_results"]
    try:
        result = store.query(
            request["query"], prefixes=prefixes,
            default_graph=[pyoxigraph.NamedNode(iri) for iri in request["default_graphs"]] or None,
            named_graphs=[pyoxigraph.NamedNode(iri) for iri in request["named_graphs"]] or None)
        if isinstance(result, pyoxigraph.QueryTriples):
            media_type, kind = request["graph_type"], "a graph"
            if media_type is not None:
                triples = list(itertools.islice(result, cap + 1))
                body = pyoxigraph.serialize(triples[:cap], format=pyoxigraph.RdfFormat.from_media_type(media_type),
                                            prefixes=prefixes)
                return _ok(media_type, len(triples) > cap), body
        else:
            media_type, kind = request["results_type"], "SELECT and ASK results"
            if media_type is not None:
                results_format = pyoxigraph.QueryResultsFormat.from_media_type(media_type)
                if isinstance(result, pyoxigraph.QueryBoolean):
                    return _ok(media_type, False), result.serialize(format=results_format)
                rows = list(itertools.islice(result, cap + 1))
                return _ok(media_type, len(rows) > cap), _solutions(result.variables, rows[:cap], results_format)
    except SyntaxError as error:
        return {"status": 400, "error": str(error)}, b""
    except (OSError, RuntimeError, ValueError) as error:
        return {"status": 500, "error": " ".join(str(error).split())}, b""
    return {"status": 406, "error": kind}, b""


def _ok(media_type: str, truncated: bool) -> dict:
    return {"status": 200, "content_type": media_type, "truncated": truncated}


def _solutions(variables: list[pyoxigraph.Variable], rows: list[pyoxigraph.QuerySolution],
               results_format: pyoxigraph.QueryResultsFormat) -> bytes:
    """Solutions in `results_format`, by way of TSV (whose cells are N-Triples terms, as
    pyoxigraph prints them): pyoxigraph serializes only a whole answer, not the first rows."""
    lines = ["\t".join(str(variable) for variable in variables)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    return pyoxigraph.parse_query_results(tsv, format=pyoxigraph.QueryResultsFormat.TSV).serialize(
        format=results_format)


# The system calls that make a socket or connect one, per machine: (audit arch, socket, connect).
_SOCKET_CALLS = {"x86_64": (0xC000003E, 41, 42), "aarch64": (0xC00000B7, 198, 203)}


def forbid_sockets() -> bool:
    """From now on, this process can neither make a socket nor connect one (Linux seccomp;
    False elsewhere, where nothing is forbidden). A SERVICE that got past the front end's
    check would make Oxigraph's HTTP client connect to any address; it then fails with
    "Operation not permitted" and no request leaves. The worker needs no socket: it talks
    over its standard input and output, and reads the store's files."""
    machine = _SOCKET_CALLS.get(platform.machine())
    if not sys.platform.startswith("linux") or machine is None:
        return False
    arch, socket_call, connect_call = machine
    load, jump_equal, jump_at_least, give = 0x20, 0x15, 0x35, 0x06  # BPF instruction codes
    allow, refuse, kill = 0x7FFF0000, 0x00050000 | 1, 0x80000000  # allow; fail with EPERM; end the process
    program = [  # (code, jump if true, jump if false, operand)
        (load, 0, 0, 4), (jump_equal, 1, 0, arch), (give, 0, 0, kill),  # another machine's calls: never
        (load, 0, 0, 0), (jump_at_least, 3, 0, 0x40000000),  # x32 calls on x86_64
        (jump_equal, 2, 0, socket_call), (jump_equal, 1, 0, connect_call),
        (give, 0, 0, allow), (give, 0, 0, refuse),
    ]

    class Instruction(ctypes.Structure):
        _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8),
                    ("k", ctypes.c_uint32)]

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_uint16), ("filter", ctypes.POINTER(Instruction))]

    instructions = (Instruction * len(program))(*(Instruction(*step) for step in program))
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    if prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0 or prctl(
            pr_set_seccomp, seccomp_mode_filter, ctypes.byref(Program(len(program), instructions)), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "cannot forbid sockets to the SPARQL engine (seccomp)")
    return True


def read_frame(stream: BinaryIO) -> bytes | None:
    """The next frame, or None at the end of the stream."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(header)
    return stream.read(length)


def write_frame(stream: BinaryIO, data: bytes) -> None:
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


if __name__ == "__main__":
    main(*sys.argv[1:])
