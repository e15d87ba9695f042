"""Headless Chromium for browser tests: a page's DOM, a screenshot, the requests it made.

Uses Debian's `chromium` with the house flags and a fresh profile per run.
`requires_chromium` skips a test, saying why, on a machine without it
(`.ci/install-browser` installs it). PNG screenshots are decoded here with zlib
and numpy, so the tests need no imaging library.
"""
from __future__ import annotations

import json
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pytest

CHROMIUM = shutil.which("chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run")
WINDOW = "--window-size=1280,900"
# Virtual time: timers and animations run to this budget as fast as the machine allows.
BUDGET = "--virtual-time-budget=5000"

requires_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (run .ci/install-browser)"
)


def run_chromium(url: str, *options: str, timeout: float = 90) -> str:
    """Chromium's standard output for `url`, in a throw-away profile."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        done = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *options, url],
            capture_output=True, text=True, timeout=timeout, check=True,
        )
    return done.stdout


def dump_dom(url: str) -> str:
    """The page's DOM after its scripts ran (attributes reflect what the page set)."""
    return run_chromium(url, WINDOW, BUDGET, "--dump-dom")


def screenshot(url: str, png: Path) -> None:
    run_chromium(url, WINDOW, BUDGET, f"--screenshot={png}")
    if not png.is_file():
        raise AssertionError(f"chromium wrote no screenshot of {url}")


def page_requests(url: str, tmp_path: Path) -> list[str]:
    """The http(s) URLs the page itself asked for, from Chromium's network log.

    Chromium's own background requests (updates, accounts) are left out: only
    requests whose network isolation key is the page's file:// origin count.
    """
    log_file = tmp_path / "netlog.json"
    run_chromium(url, WINDOW, BUDGET, "--dump-dom", f"--log-net-log={log_file}")
    log = json.loads(log_file.read_text(encoding="utf-8"))
    return [
        event["params"]["url"]
        for event in log["events"]
        if "file://" in str(event.get("params", {}).get("network_isolation_key", ""))
        and str(event["params"].get("url", "")).startswith(("http://", "https://"))
    ]


def png_pixels(path: Path) -> np.ndarray:
    """An 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) as a height×width×channels array."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG file")
    position, compressed = 8, []
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed.append(body)
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"{path}: unsupported PNG (bit depth {depth}, colour type {color})")
    channels = 3 if color == 2 else 4
    rows = zlib.decompress(b"".join(compressed))
    stride = width * channels
    pixels = np.zeros((height, stride), dtype=np.uint8)
    above = np.zeros(stride, dtype=np.int64)
    for y in range(height):
        line = rows[y * (stride + 1):(y + 1) * (stride + 1)]
        above = _unfilter(line[0], np.frombuffer(line[1:], dtype=np.uint8).astype(np.int64), above, channels)
        pixels[y] = above
    return pixels.reshape(height, width, channels)


def _unfilter(kind: int, line: np.ndarray, above: np.ndarray, channels: int) -> np.ndarray:
    """Undo one row's PNG filter (RFC 2083, 6.2–6.6)."""
    if kind == 0:
        return line
    if kind == 1:  # Sub: running sum per channel
        return line.reshape(-1, channels).cumsum(axis=0).reshape(-1) % 256
    if kind == 2:  # Up
        return (line + above) % 256
    # Average and Paeth depend on the pixel just decoded to the left: byte by byte.
    row = [0] * len(line)
    up = above.tolist()
    for i, value in enumerate(line.tolist()):
        left = row[i - channels] if i >= channels else 0
        if kind == 3:
            row[i] = (value + (left + up[i]) // 2) % 256
            continue
        up_left = up[i - channels] if i >= channels else 0
        guess = left + up[i] - up_left
        a, b, c = abs(guess - left), abs(guess - up[i]), abs(guess - up_left)
        nearest = left if a <= b and a <= c else up[i] if b <= c else up_left
        row[i] = (value + nearest) % 256
    return np.array(row, dtype=np.int64)
