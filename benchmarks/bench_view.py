"""The network view against pyvis's defaults on the same graphs: HTML size and time to a usable picture.

    .venv/bin/python benchmarks/bench_view.py

For synthetic graphs of 500, 5,000 and 20,000 nodes (`synthetic_graph.py`) it writes
our view (`viz.html.render_html`: layout in Python, physics off, pruned above 2,000
nodes) and pyvis's defaults (`Network.from_nx`, physics on; `cdn_resources="in_line"`,
because pyvis's default "local" draws nothing offline). Up to 5,000 nodes it also
writes our view with no pruning, to compare the same number of drawn nodes.

Each page opens in a fresh headless Chromium (Debian's `chromium`), driven through
the DevTools protocol over `--remote-debugging-pipe`. "Usable" is the page's own
clock (`performance.now()`, from navigation start) at the first drawing with final
positions: our view's first drawing; for pyvis, the first drawing after physics
stabilization (before it, pyvis shows a progress bar and the nodes move). A page
not usable within `TIMEOUT_S` is reported as "> TIMEOUT_S". DNS is disabled, so
pyvis's Bootstrap links fail at once instead of waiting on the network.

Ratios are pyvis ÷ ours: above 1 means ours is smaller or faster.
"""
from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pyvis.network import Network

from synthetic_graph import synthetic_graph
from viz.html import render_html

SIZES = (500, 5_000, 20_000)
UNPRUNED_UP_TO = 5_000  # our layout of every node of a bigger graph takes too long for this script
TIMEOUT_S = 40.0
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run", "--window-size=1280,900", "--host-resolver-rules=MAP * ~NOTFOUND",
)

# Appended to each page: records when the picture is final, in window.usableAt.
OUR_PROBE = """<script>
new MutationObserver(() => {
  if (document.body.dataset.drawn && !window.usableAt) window.usableAt = performance.now();
}).observe(document.body, {attributes: true});
</script>"""
PYVIS_PROBE = """<script>
network.once("stabilizationIterationsDone", () => {
  network.once("afterDrawing", () => { window.usableAt = performance.now(); });
});
</script>"""


@dataclass
class Page:
    name: str
    nodes_drawn: int
    html_bytes: int
    build_s: float  # Python: graph → HTML file
    usable_s: float | None  # None: not usable within TIMEOUT_S


class DevToolsPipe:
    """A minimal DevTools protocol client: JSON messages ending in NUL, on file descriptors 3 and 4."""

    def __init__(self, chromium: str, url: str, profile: str) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def give_child_fds_3_and_4() -> None:
            reading, writing = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=give_child_fds_3_and_4, close_fds=False,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0

    def call(
        self, method: str, params: dict | None = None, session: str | None = None,
        timeout: float = TIMEOUT_S,
    ) -> dict:
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


def seconds_to_usable(chromium: str, page: Path) -> float | None:
    with tempfile.TemporaryDirectory(prefix="bench-view-", ignore_cleanup_errors=True) as profile:
        browser = DevToolsPipe(chromium, page.as_uri(), profile)
        try:
            target = next(
                t for t in browser.call("Target.getTargets")["targetInfos"] if t["type"] == "page"
            )
            session = browser.call(
                "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}
            )["sessionId"]
            deadline = time.monotonic() + TIMEOUT_S
            while time.monotonic() < deadline:
                # A page busy in one long task answers only when the task ends.
                answer = browser.call(
                    "Runtime.evaluate",
                    {"expression": "window.usableAt ?? null", "returnByValue": True},
                    session,
                    timeout=max(0.0, deadline - time.monotonic()),
                )
                usable_ms = answer["result"].get("value")
                if usable_ms is not None:
                    return usable_ms / 1000
                time.sleep(0.05)
            return None
        except TimeoutError:
            return None
        finally:
            browser.close()


def our_page(graph, out: Path, max_nodes: int, name: str) -> Page:
    start = time.perf_counter()
    info = render_html(graph, out, title=f"{graph.number_of_nodes()} nút", max_nodes=max_nodes)
    build_s = time.perf_counter() - start
    html = out.read_text(encoding="utf-8")
    # At the top of the body: vis-network may draw while our script is still running.
    opening = html.index(">", html.index("<body")) + 1
    out.write_text(html[:opening] + OUR_PROBE + html[opening:], encoding="utf-8")
    return Page(name, info.nodes_shown, len(html.encode()), build_s, None)


def pyvis_page(graph, out: Path) -> Page:
    start = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(graph)
    html = net.generate_html()
    build_s = time.perf_counter() - start
    before, _, after = html.rpartition("</body>")  # after pyvis's script created `network`
    out.write_text(before + PYVIS_PROBE + "\n</body>" + after, encoding="utf-8")
    return Page("pyvis defaults", len(net.nodes), len(html.encode()), build_s, None)


def show(size: int, pages: list[Page]) -> None:
    baseline = pages[-1]
    print(f"\n{size:,} nodes")
    print(f"  {'page':<24}{'drawn':>7}{'HTML MB':>9}{'build s':>9}{'usable s':>10}"
          f"{'size ratio':>12}{'time ratio':>12}")
    for page in pages:
        usable = f"{page.usable_s:.2f}" if page.usable_s is not None else f"> {TIMEOUT_S:.0f}"
        size_ratio = baseline.html_bytes / page.html_bytes
        if page.usable_s is None:
            time_ratio = "—"
        elif baseline.usable_s is None:
            time_ratio = f"> {TIMEOUT_S / page.usable_s:.0f}"
        else:
            time_ratio = f"{baseline.usable_s / page.usable_s:.1f}"
        print(f"  {page.name:<24}{page.nodes_drawn:>7}{page.html_bytes / 1e6:>9.2f}{page.build_s:>9.2f}"
              f"{usable:>10}{size_ratio:>12.2f}{time_ratio:>12}")


def main() -> int:
    chromium = shutil.which("chromium")
    if chromium is None:
        print("bench_view: Debian's chromium is not installed (run .ci/install-browser)", file=sys.stderr)
        return 1
    print(__doc__.split("\n")[0])
    with tempfile.TemporaryDirectory(prefix="bench-view-pages-") as tmp:
        for size in SIZES:
            graph = synthetic_graph(size)
            pages = [(our_page(graph, Path(tmp, "ours.html"), 2000, "ours (max_nodes 2000)"), "ours.html")]
            if size <= UNPRUNED_UP_TO and size > 2000:
                pages.append((our_page(graph, Path(tmp, "all.html"), size, "ours, every node"), "all.html"))
            pages.append((pyvis_page(graph, Path(tmp, "pyvis.html")), "pyvis.html"))
            for page, file_name in pages:
                page.usable_s = seconds_to_usable(chromium, Path(tmp, file_name))
            show(size, [page for page, _ in pages])
    return 0


if __name__ == "__main__":
    sys.exit(main())
