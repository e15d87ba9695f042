// The network view's behaviour: draw, search without diacritics, filter by type,
// show the evidence of a node or a relation. Article text is untrusted: it is only
// ever put into the page with textContent, never as HTML.
//
// The address can carry a view to share or test: `page.html#search=ngo%20dong%20hai`
// focuses the first match, `#hide=event,article` hides those node types.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const typeNames = data.typeNames;
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(document.getElementById("network"), { nodes, edges }, data.options);
  const hiddenTypes = new Set();
  const status = document.getElementById("status");
  const details = document.getElementById("details");
  const results = document.getElementById("search-results");
  const searchInput = document.getElementById("search-input");

  // vis-network fits the view on its first drawing; a focus asked for by the
  // address must come after that, or the fit would undo it.
  network.once("afterDrawing", () => {
    document.body.dataset.drawn = "true";
    applyAddress();
  });

  // Search key: without tone marks and diacritics, lower case: "Ngô Đông Hải" → "ngo dong hai".
  function searchKey(text) {
    return String(text).replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  const keys = data.nodes.map((node) => [node.id, searchKey(node.name)]);

  // Best matches first: the whole name, then names starting with the query, then the rest.
  function findNodes(query, limit) {
    const wanted = searchKey(query);
    if (!wanted) return [];
    const rank = (key) => (key === wanted ? 0 : key.startsWith(wanted) ? 1 : 2);
    return keys.filter(([, key]) => key.includes(wanted))
      .sort((a, b) => rank(a[1]) - rank(b[1]) || a[1].length - b[1].length)
      .slice(0, limit)
      .map(([id]) => nodes.get(id));
  }

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function showCount() {
    const visible = nodes.get({ filter: (node) => !node.hidden }).length;
    document.body.dataset.visibleNodes = String(visible);
    status.textContent = `Đang hiển thị ${visible} / ${data.nodes.length} nút`;
  }

  function setTypeHidden(type, hidden) {
    if (hidden) hiddenTypes.add(type); else hiddenTypes.delete(type);
    document.body.dataset.hiddenTypes = [...hiddenTypes].sort().join(",");
    const box = document.querySelector(`.type-filter[value="${type}"]`);
    if (box) box.checked = !hidden;
    nodes.update(nodes.get({ filter: (node) => node.type === type })
      .map((node) => ({ id: node.id, hidden })));
    const isHidden = (id) => hiddenTypes.has(nodes.get(id).type);
    edges.update(edges.get().map((edge) => ({ id: edge.id, hidden: isHidden(edge.from) || isHidden(edge.to) })));
    showCount();
  }

  // The sentence a fact was read from, then its date and article.
  function appendEvidence(item, fact) {
    if (fact.evidence) item.append(element("blockquote", fact.evidence));
    const meta = [fact.date, fact.source].filter(Boolean).join(" · ");
    if (meta) item.append(element("div", meta, "meta"));
  }

  function factList(facts) {
    const list = element("ul");
    for (const fact of facts) {
      const item = element("li");
      item.append(element("div", fact.text));
      appendEvidence(item, fact);
      list.append(item);
    }
    return list;
  }

  function nodeButton(id) {
    const button = element("button", nodes.get(id).name, "link-button");
    button.type = "button";
    button.addEventListener("click", () => focusNode(id));
    return button;
  }

  function showNode(node) {
    details.replaceChildren(element("h2", "Chi tiết"), element("h3", node.name));
    const kind = [typeNames[node.type], node.province].filter(Boolean).join(" · ");
    details.append(element("p", kind, "meta"));
    if (node.dates && node.dates.length) details.append(element("p", `Ngày: ${node.dates.join(", ")}`, "meta"));
    const links = element("ul");
    for (const edge of edges.get(network.getConnectedEdges(node.id))) {
      const outgoing = edge.from === node.id;
      const item = element("li", `${outgoing ? "→" : "←"} ${edge.relation || "liên quan"}: `);
      item.append(nodeButton(outgoing ? edge.to : edge.from));
      for (const fact of edge.facts) appendEvidence(item, fact);
      links.append(item);
    }
    if (links.children.length) details.append(element("h3", "Liên kết"), links);
    if (node.facts.length) details.append(element("h3", "Được nêu ở đâu"), factList(node.facts));
  }

  function showEdge(edge) {
    details.replaceChildren(element("h2", "Chi tiết"), element("h3", edge.relation || "liên quan"));
    const ends = element("p");
    ends.append(nodeButton(edge.from), " → ", nodeButton(edge.to));
    details.append(ends);
    if (edge.facts.length) details.append(element("h3", "Bằng chứng"), factList(edge.facts));
  }

  function focusNode(id) {
    const node = nodes.get(id);
    if (hiddenTypes.has(node.type)) setTypeHidden(node.type, false);
    network.selectNodes([id]);
    network.focus(id, { scale: 1, animation: { duration: 400 } });
    showNode(node);
    document.body.dataset.focused = String(id);
  }

  function search(query) {
    const found = findNodes(query, 1);
    results.hidden = true;
    if (found.length) {
      focusNode(found[0].id);
      status.textContent = `Đã tìm thấy: ${found[0].name}`;
    } else {
      status.textContent = `Không tìm thấy “${query}”`;
    }
  }

  searchInput.addEventListener("input", () => {
    const found = findNodes(searchInput.value, 10);
    results.replaceChildren(...found.map((node) => {
      const item = element("li");
      const button = element("button", `${node.name} — ${typeNames[node.type]}`);
      button.type = "button";
      button.addEventListener("click", () => { searchInput.value = node.name; search(node.name); });
      item.append(button);
      return item;
    }));
    results.hidden = found.length === 0;
  });
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    search(searchInput.value);
  });

  for (const box of document.querySelectorAll(".type-filter")) {
    box.addEventListener("change", () => setTypeHidden(box.value, !box.checked));
  }

  network.on("click", (params) => {
    if (params.nodes.length) showNode(nodes.get(params.nodes[0]));
    else if (params.edges.length) showEdge(edges.get(params.edges[0]));
  });

  function applyAddress() {
    const wanted = new URLSearchParams(location.hash.slice(1));
    for (const type of (wanted.get("hide") || "").split(",")) {
      if (type in typeNames) setTypeHidden(type, true);
    }
    if (wanted.get("search")) {
      searchInput.value = wanted.get("search");
      search(wanted.get("search"));
    }
  }
  window.addEventListener("hashchange", applyAddress);
  showCount();
})();
