"""Headless Chromium for browser tests: a page's DOM, the requests it made, and pages
driven through the DevTools protocol (evaluate script, wait, take a screenshot).

Uses Debian's `chromium` with the house flags and a fresh profile per run.
`requires_chromium` skips a test, saying why, on a machine without it
(`.ci/install-browser` installs it). PNG screenshots are decoded here with zlib
and numpy, so the tests need no imaging library.

Screenshots go through the DevTools protocol rather than `--screenshot`: headless
Chromium lays a page out in the window minus its (invisible) toolbars, 757 pixels
high for a 900-pixel window, and `--screenshot` then captures it resized to 900,
redrawn at another zoom. Over DevTools the page is laid out at the size captured.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

CHROMIUM = shutil.which("chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run")
WINDOW = "--window-size=1280,900"
VIEWPORT = (1280, 900)
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


def screenshot(url: str, png: Path, ready: str = "document.body?.dataset.drawn") -> None:
    """A 1280×900 PNG of the page once the script expression `ready` is true."""
    with open_page(url) as page:
        page.wait_for(ready)
        page.screenshot(png)


class DevToolsPipe:
    """A minimal DevTools protocol client: JSON messages ending in NUL, on file descriptors 3 and 4."""

    def __init__(self, url: str, profile: str, flags: tuple[str, ...] = ()) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def give_child_fds_3_and_4() -> None:
            reading, writing = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, WINDOW, *flags, f"--user-data-dir={profile}", "--remote-debugging-pipe", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=give_child_fds_3_and_4, close_fds=False,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 60) -> dict:
        """Send a command and wait for its answer (TimeoutError after `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def _receive(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("no answer from chromium in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium stopped answering")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        """Ask the browser to quit (so it stops writing to its profile); kill it if it does not."""
        try:
            self.call("Browser.close", timeout=10)
            self.process.wait(timeout=10)
        except (RuntimeError, OSError, TimeoutError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


class Page:
    """A browser tab driven over DevTools."""

    def __init__(self, browser: DevToolsPipe, session: str) -> None:
        self.browser = browser
        self.session = session

    def evaluate(self, expression: str, timeout: float = 60):
        """The value of a script expression (JSON-like values come back as Python values)."""
        answer = self.browser.call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}, self.session, timeout=timeout
        )
        if "exceptionDetails" in answer:
            raise RuntimeError(f"{expression}: {answer['exceptionDetails'].get('exception', answer)}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        """The first truthy value of `expression`, polled; TimeoutError after `timeout` seconds.

        A page busy in one long task answers only when the task ends."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression, timeout=max(0.1, deadline - time.monotonic()))
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"{expression} still false after {timeout} s")
            time.sleep(0.05)

    def screenshot(self, png: Path) -> None:
        data = self.browser.call("Page.captureScreenshot", {"format": "png"}, self.session)["data"]
        Path(png).write_bytes(base64.b64decode(data))


@contextmanager
def open_page(url: str, flags: tuple[str, ...] = ()) -> Iterator[Page]:
    """`url` in a fresh headless Chromium whose page is laid out at VIEWPORT."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-", ignore_cleanup_errors=True) as profile:
        browser = DevToolsPipe("about:blank", profile, flags)
        try:
            target = next(t for t in browser.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
            session = browser.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
            width, height = VIEWPORT
            browser.call("Emulation.setDeviceMetricsOverride",
                         {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)
            browser.call("Page.navigate", {"url": url}, session)
            yield Page(browser, session)
        finally:
            browser.close()


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
