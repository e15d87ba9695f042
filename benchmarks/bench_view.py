"""The network view against pyvis's defaults on the same graphs: HTML size and time to a usable picture.

    .venv/bin/python benchmarks/bench_view.py

For synthetic graphs of 500, 5,000 and 20,000 nodes (`synthetic_graph.py`) it writes
our view (`viz.html.render_html`: layout in Python, physics off, pruned above 2,000
nodes) and pyvis's defaults (`Network.from_nx`, physics on; `cdn_resources="in_line"`,
because pyvis's default "local" draws nothing offline). Up to 5,000 nodes it also
writes our view with no pruning, to compare the same number of drawn nodes.

Each page opens in a fresh headless Chromium (Debian's `chromium`), driven through
the DevTools protocol (`tests/chromium.py`, shared with the browser tests). "Usable" is the page's own
clock (`performance.now()`, from navigation start) at the first drawing with final
positions: our view's first drawing; for pyvis, the first drawing after physics
stabilization (before it, pyvis shows a progress bar and the nodes move). A page
not usable within `TIMEOUT_S` is reported as "> TIMEOUT_S". DNS is disabled, so
pyvis's Bootstrap links fail at once instead of waiting on the network.

Ratios are pyvis ÷ ours: above 1 means ours is smaller or faster.
"""
from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pyvis.network import Network

from synthetic_graph import synthetic_graph
from viz.html import render_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from chromium import CHROMIUM, open_page  # noqa: E402  (the browser tests' DevTools client)

SIZES = (500, 5_000, 20_000)
UNPRUNED_UP_TO = 5_000  # our layout of every node of a bigger graph takes too long for this script
TIMEOUT_S = 40.0
# pyvis's page links Bootstrap from a CDN: with no name resolution it fails at once.
NO_DNS = ("--host-resolver-rules=MAP * ~NOTFOUND",)

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
    build_s: float  # Python: graph → HTML
    usable_s: float | None  # None: not usable within TIMEOUT_S


def seconds_to_usable(page: Path) -> float | None:
    try:
        with open_page(page.as_uri(), NO_DNS) as tab:
            return tab.wait_for("window.usableAt ?? null", timeout=TIMEOUT_S) / 1000
    except TimeoutError:
        return None


def our_page(graph, out: Path, max_nodes: int, name: str) -> Page:
    start = time.perf_counter()
    page = render_html(graph, title=f"{graph.number_of_nodes()} nút", max_nodes=max_nodes)
    build_s = time.perf_counter() - start
    html = page.html
    # At the top of the body: vis-network may draw while our script is still running.
    opening = html.index(">", html.index("<body")) + 1
    out.write_text(html[:opening] + OUR_PROBE + html[opening:], encoding="utf-8")
    return Page(name, page.nodes_shown, len(html.encode()), build_s, None)


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
    if CHROMIUM is None:
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
                page.usable_s = seconds_to_usable(Path(tmp, file_name))
            show(size, [page for page, _ in pages])
    return 0


if __name__ == "__main__":
    sys.exit(main())
