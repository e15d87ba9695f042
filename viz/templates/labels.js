// Which node labels the canvas draws, and how big. vis-network sizes labels in
// canvas units, so at the zoom that fits a hundred nodes they shrink to a few
// pixels. Here every drawn label has the same size on screen (style.px) at any
// zoom; nodes get theirs in the order of their `rank` (viz/html.py says which
// names matter most), and a label that would overlap one already placed, cover
// another node or not fit on the canvas whole is left out: its node's name shows
// on hover, and once zoomed in far enough to make room, or moved into view.
// Selected nodes are always labelled.
"use strict";
const NodeLabels = (function () {
  const CELL_PX = 64; // placed labels are indexed in a grid of this size for overlap tests
  // vis-network 9.1 draws a label this far below its node's shape (canvas units: 3, and
  // the border), its first line hanging half a font size lower still.
  const SHAPE_TO_LABEL = 4;

  // [smallest, largest] of numbers; Math.min(...list) overflows the stack on huge lists.
  function range(list) {
    return list.reduce(([low, high], value) => [Math.min(low, value), Math.max(high, value)], [Infinity, -Infinity]);
  }

  // [width, lines] of a label wrapped at style.wrapPx, in screen pixels, the way
  // vis-network 9.1 wraps at widthConstraint: it tests whether a line fits with
  // three spaces between words, then draws it with one.
  function measure(ruler, style, text) {
    let lines = 1, drawn = 0, tested = 0, widest = 0;
    const space = ruler.measureText(" ").width;
    for (const word of String(text).split(/\s+/)) {
      const width = ruler.measureText(word).width;
      if (drawn > 0 && tested + 3 * space + width > style.wrapPx) {
        widest = Math.max(widest, drawn);
        lines += 1;
        [drawn, tested] = [width, width];
      } else {
        drawn += (drawn > 0 ? space : 0) + width;
        tested += (tested > 0 ? 3 * space : 0) + width;
      }
    }
    return [Math.min(Math.max(widest, drawn), style.wrapPx), lines];
  }

  function create(network, nodes, options, style) {
    const ruler = document.createElement("canvas").getContext("2d");
    ruler.font = `${style.px}px arial`;
    const scaling = options.nodes.scaling;
    const [low, high] = range(nodes.get().map((node) => node.value));
    // vis-network's default scaling of `value` to a node size in canvas units.
    const sizeOf = (value) => scaling.min + (high === low ? 0.5 : (value - low) / (high - low)) * (scaling.max - scaling.min);
    const info = new Map(nodes.get().map((node) => [node.id, {
      size: sizeOf(node.value),
      box: measure(ruler, style, node.label),
      drawn: false,
    }]));
    const byImportance = nodes.get().sort((a, b) => a.rank - b.rank).map((node) => node.id);

    // The labels that fit at the current zoom and in the canvas, selected nodes first.
    function choose() {
      const scale = network.getScale();
      const canvas = network.canvas.frame.canvas;
      const grid = new Map(); // the boxes of the labels placed, and of every node shown
      const chosen = new Set();
      const selected = new Set(network.getSelectedNodes());
      const order = [...selected, ...byImportance.filter((id) => !selected.has(id))];
      const positions = network.getPositions(order);
      const shown = order.filter((id) => { const node = nodes.get(id); return node && !node.hidden; });
      const centres = new Map(shown.map((id) => [id, network.canvasToDOM(positions[id])]));
      for (const id of shown) {
        const { x, y } = centres.get(id);
        const radius = info.get(id).size * scale;
        remember(grid, [x - radius, y - radius, x + radius, y + radius, id]);
      }
      for (const id of shown) {
        const { size, box: [width, lines] } = info.get(id);
        const centre = centres.get(id);
        const top = centre.y + (size + SHAPE_TO_LABEL) * scale + style.px / 2;
        const gap = style.gapPx;
        const box = [centre.x - width / 2 - gap, top - gap, centre.x + width / 2 + gap, top + lines * style.linePx + gap];
        const whole = box[0] >= 0 && box[1] >= 0 && box[2] <= canvas.clientWidth && box[3] <= canvas.clientHeight;
        if (!selected.has(id) && (!whole || overlaps(grid, box, id))) continue;
        remember(grid, box);
        chosen.add(id);
      }
      return chosen;
    }

    function cells(box) {
      const keys = [];
      for (let x = Math.floor(box[0] / CELL_PX); x <= Math.floor(box[2] / CELL_PX); x++) {
        for (let y = Math.floor(box[1] / CELL_PX); y <= Math.floor(box[3] / CELL_PX); y++) keys.push(`${x},${y}`);
      }
      return keys;
    }

    // Whether `box` meets a box of the grid other than the shape of node `own` (a box
    // [left, top, right, bottom, id] is the shape of node id; one without an id, a label).
    function overlaps(grid, box, own) {
      return cells(box).some((key) => (grid.get(key) || []).some((other) => other[4] !== own &&
        box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]));
    }

    function remember(grid, box) {
      for (const key of cells(box)) {
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(box);
      }
    }

    // Draw the chosen labels at style.px on screen; the others at size 0 (not drawn).
    function update() {
      const scale = network.getScale();
      const chosen = choose();
      const changes = [];
      for (const [id, node] of info) {
        const drawn = chosen.has(id);
        if (!drawn && !node.drawn) continue;
        node.drawn = drawn;
        changes.push(drawn
          ? { id, font: { size: style.px / scale }, widthConstraint: { maximum: style.wrapPx / scale } }
          : { id, font: { size: 0 } });
      }
      nodes.update(changes);
      document.body.dataset.labelled = [...chosen].sort((a, b) => a - b).join(",");
    }

    let pending = null;
    // While zooming or moving the picture the labels move with it; they are placed again
    // when it stops, as names that did not fit may fit now, and others left the canvas.
    const updateSoon = () => {
      clearTimeout(pending);
      pending = setTimeout(update, 150);
    };
    network.on("zoom", updateSoon);
    network.on("dragEnd", updateSoon);
    // vis-network fits the nodes to the canvas, not their labels: fit the shown
    // nodes again, leaving room for the names of the outermost (beside and below them).
    function fitWithNames() {
      const shown = nodes.getIds({ filter: (node) => !node.hidden });
      const positions = Object.values(network.getPositions(shown));
      if (!positions.length) return;
      const [[left, right], [top, bottom]] = [range(positions.map((p) => p.x)), range(positions.map((p) => p.y))];
      const canvas = network.canvas.frame.canvas;
      const room = [canvas.clientWidth - style.wrapPx - 2 * style.gapPx, canvas.clientHeight - 5 * style.linePx];
      const scale = Math.min(room[0] / Math.max(right - left, 1), room[1] / Math.max(bottom - top, 1), 1.5);
      // The box is centred a little above the middle: names hang below their nodes.
      const position = { x: (left + right) / 2, y: (top + bottom) / 2 + 1.5 * style.linePx / scale };
      network.moveTo({ position, scale });
    }

    return { update, fitWithNames, screenFontSize: (px) => px / network.getScale() };
  }

  return { create };
})();
