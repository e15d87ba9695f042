"""kg.memory: a process that frees big blocks among live ones gives the memory back."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.memory import keep_heap_small

# Frees a 16 MB block (with glibc's defaults, blocks up to 16 MB then come from the heap),
# then allocates a hundred 4 MB blocks with a live 300 KB block after each, frees the big
# ones, and prints how many MB the process still holds of them.
_FREED_AMONG_LIVE = """
import os, sys
if sys.argv[1] == "kept small":
    from kg.memory import keep_heap_small
    assert keep_heap_small()

def resident():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

big = b"x" * (16 << 20)
del big
before = resident()
blocks, live = [], []
for _ in range(100):
    blocks.append(b"x" * (4 << 20))
    live.append(b"y" * 300_000)
del blocks
print((resident() - before) / 1e6)
"""


def _held_mb(mode: str) -> float:
    done = subprocess.run([sys.executable, "-c", _FREED_AMONG_LIVE, mode], capture_output=True, text=True, check=True)
    return float(done.stdout)


@pytest.mark.skipif(not keep_heap_small(), reason="not glibc: its allocator's settings do not apply")
def test_freed_blocks_go_back_to_the_system():
    if _held_mb("defaults") < 200:
        pytest.skip("this C library gives the blocks back with its defaults already")
    assert _held_mb("kept small") < 60  # the 30 MB of live blocks, not the 400 MB freed

