"""Keeping a long build's memory what it holds: glibc's allocator told to give freed blocks back.

A build's process passes big strings between threads — each batch of N-Triples (about
50 KB an article, 10–20 MB a batch, joined and encoded for the bulk loader), the results
Dask's thread unpickles, the derived graphs — and frees them. With glibc's defaults, a
freed block of up to 32 MB raises the size under which blocks come from the heap instead
of their own mapping (the "dynamic mmap threshold"), and every thread that allocates gets
an arena of its own: what is freed then stays in the arenas, scattered among live
objects, and the process's resident size grows with the build, not with what it holds.
Measured on a 4,000-article build with 2 workers (`benchmarks/profile_build.py`): the
command's peak went from 1.07 GB (0.2 GB of it Python objects) to 0.37 GB with a fixed
threshold and two arenas.

`give_back` returns what is free in every arena at once (malloc_trim), after a step that
built and dropped much, such as resolving a group of names on a worker.

Dask's nanny already starts its worker processes with a fixed trim threshold
(`MALLOC_TRIM_THRESHOLD_`), which fixes their mmap threshold too; `keep_heap_small` does
the same for the process that calls it, and lets fewer arenas be made from then on.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

# mallopt(3) parameters of glibc's malloc.h.
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
# Blocks this big or bigger get a mapping of their own, returned to the system when freed
# (glibc's initial value, kept from changing).
MMAP_THRESHOLD = 128 * 1024
ARENAS = 2


@cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (musl has mallopt as a stub and no malloc_trim)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.gnu_get_libc_version  # glibc only
    except (OSError, AttributeError):
        return None
    libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
    return libc


@cache
def keep_heap_small() -> bool:
    """Fix glibc's mmap threshold (no longer raised by what is freed) and cap its arenas, in
    this process, once; False where the C library is not glibc (nothing to do there)."""
    libc = _glibc()
    return libc is not None and bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) \
        and bool(libc.mallopt(M_ARENA_MAX, ARENAS))


def give_back() -> None:
    """Return the free memory of every arena of glibc's allocator to the system (malloc_trim);
    nothing elsewhere."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
