// The network view's behaviour: draw, search without diacritics, filter by type,
// province, role and date, show the evidence of a node, a relation or a path.
// Article text is untrusted: it is only ever put into the page with textContent,
// never as HTML, and a source address becomes a link only if it is http(s).
//
// The address can carry a view to share or test: `page.html#search=le%20van%20duc`
// focuses the first match, `#hide=event,article` hides those node types,
// `#province=Thái%20Bình`, `#role=Giám%20đốc`, `#from=2021-01-01&to=2021-12-31` filter.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const typeNames = data.typeNames;
  data.edges.forEach((edge, number) => { edge.id = number; });
  const linksOf = new Map(data.nodes.map((node) => [node.id, []]));
  for (const edge of data.edges) {
    linksOf.get(edge.from).push(edge);
    if (edge.to !== edge.from) linksOf.get(edge.to).push(edge);
  }
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  nodes.update(data.nodes.map((node) => ({ id: node.id, title: tooltip(node) })));
  const network = new vis.Network(document.getElementById("network"), { nodes, edges }, data.options);
  document.getElementById("network").network = network; // where the browser tests measure what it draws
  const labels = NodeLabels.create(network, nodes, data.options, data.labelStyle);
  const status = document.getElementById("status");
  const details = document.getElementById("details");
  const results = document.getElementById("search-results");
  const searchInput = document.getElementById("search-input");
  const filters = {
    hiddenTypes: new Set(),
    province: document.getElementById("province-filter"),
    role: document.getElementById("role-filter"),
    from: document.getElementById("date-from"),
    to: document.getElementById("date-to"),
  };

  // Everything that places the picture waits for vis-network's first drawing (and
  // its own fit, which would undo ours): the filters of the address (which fit the
  // picture and place the labels), its search, else the subject of a focused page.
  network.once("afterDrawing", () => {
    document.body.dataset.drawn = "true";
    applyAddress();
    if (!document.body.dataset.focused) showRequestedView();
  });
  // Until the reader moves the picture, a resized window shows the whole graph again.
  let moved = false;
  network.on("dragStart", () => { moved = true; });
  network.on("zoom", () => { moved = true; });
  network.on("resize", () => {
    if (moved) return;
    labels.fitWithNames();
    labels.update();
  });

  // ------------------------------------------------------------ text helpers

  // Search key: without tone marks and diacritics, lower case: "Lê Văn Đức" → "le van duc".
  function searchKey(text) {
    return String(text).replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function showDate(iso) {
    const [year, month, day] = String(iso).split("-");
    return day ? `${day}/${month}/${year}` : String(iso);
  }

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  // ------------------------------------------------------------ relations of a node

  function otherEnd(edge, id) {
    return edge.from === id ? edge.to : edge.from;
  }

  function factDates(facts) {
    return facts.map((fact) => fact.date).filter(Boolean).sort();
  }

  function span(facts) {
    const dates = factDates(facts);
    if (!dates.length) return "";
    const [first, last] = [dates[0], dates[dates.length - 1]];
    return first === last ? showDate(first) : `${showDate(first)} → ${showDate(last)}`;
  }

  // A node's relations as the side panel's sections (data.sections order), each
  // listing its relations oldest first.
  function sectionsOf(id, visibleOnly) {
    const titles = new Map();
    for (const edge of linksOf.get(id)) {
      if (visibleOnly && edges.get(edge.id).hidden) continue;
      const side = edge.from === id ? "from" : "to";
      const section = data.sections.find(([, category, s]) => category === edge.category && s === side);
      const title = section ? section[0] : data.otherLinks;
      if (!titles.has(title)) titles.set(title, []);
      titles.get(title).push(edge);
    }
    const order = [...data.sections.map(([title]) => title), data.otherLinks];
    return [...titles.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([title, list]) => [title, list.sort((a, b) =>
        (factDates(a.facts)[0] || "9999").localeCompare(factDates(b.facts)[0] || "9999")
        || nodes.get(otherEnd(a, id)).name.localeCompare(nodes.get(otherEnd(b, id)).name))]);
  }

  // The hover text: name, type and province, and the first relations of the panel.
  function tooltip(node) {
    const lines = [node.name, [typeNames[node.type], ...node.provinces].join(" · ")];
    const relations = sectionsOf(node.id, false).flatMap(([, list]) => list);
    for (const edge of relations.slice(0, 5)) {
      const other = nodes.get(otherEnd(edge, node.id)).name;
      const when = span(edge.facts);
      lines.push(`${edge.relation}: ${other}${when ? ` (${when})` : ""}`);
    }
    if (relations.length > 5) lines.push(`… và ${relations.length - 5} liên kết khác`);
    lines.push("Bấm để xem bằng chứng");
    return lines.join("\n");
  }

  // ------------------------------------------------------------ the side panel

  function sourceOf(fact) {
    const box = element("div", null, "meta");
    if (fact.date) box.append(showDate(fact.date), " · ");
    const name = fact.source || "";
    if (fact.url && /^https?:\/\//i.test(fact.url)) {
      const link = element("a", name || fact.url);
      link.href = fact.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      box.append(link);
    } else {
      box.append(name);
      if (fact.file) box.append(element("span", ` (${fact.file})`, "file"));
    }
    return box;
  }

  // Each fact once: the sentence it was read from, then its date and article.
  function evidenceList(facts, withText) {
    const list = element("ul", null, "facts");
    const seen = new Set();
    for (const fact of facts) {
      const key = JSON.stringify([withText ? fact.text : "", fact.evidence, fact.source, fact.date]);
      if (seen.has(key)) continue;
      seen.add(key);
      const item = element("li");
      if (withText) item.append(element("div", fact.text));
      if (fact.evidence) item.append(element("blockquote", fact.evidence));
      if (fact.date || fact.source) item.append(sourceOf(fact));
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

  function relationItem(edge, id) {
    const item = element("li");
    const head = element("div", `${edge.relation || "liên quan"}: `);
    head.append(nodeButton(otherEnd(edge, id)));
    const when = span(edge.facts);
    if (when) head.append(element("span", ` · ${when}`, "meta"));
    item.append(head);
    item.append(evidenceList(edge.facts, false));
    return item;
  }

  function showNode(node) {
    details.replaceChildren(element("h2", "Chi tiết"), element("h3", node.name));
    details.append(element("p", [typeNames[node.type], ...node.provinces].join(" · "), "meta"));
    if (node.aliases.length) details.append(element("p", `Tên khác: ${node.aliases.join("; ")}`, "meta"));
    if (node.roles.length) details.append(element("p", `Vai trò: ${node.roles.join(", ")}`, "meta"));
    if (node.dates.length) details.append(element("p", `Ngày: ${node.dates.map(showDate).join(", ")}`, "meta"));
    for (const [title, list] of sectionsOf(node.id, true)) {
      const items = element("ul", null, "relations");
      for (const edge of list) items.append(relationItem(edge, node.id));
      details.append(element("h3", title), items);
    }
    if (node.facts.length) details.append(element("h3", "Được nêu ở đâu"), evidenceList(node.facts, true));
  }

  function showEdge(edge) {
    details.replaceChildren(element("h2", "Chi tiết"), element("h3", edge.relation || "liên quan"));
    const ends = element("p");
    ends.append(nodeButton(edge.from), edge.arrows.to.enabled ? " → " : " — ", nodeButton(edge.to));
    details.append(ends);
    if (edge.facts.length) details.append(element("h3", "Bằng chứng"), evidenceList(edge.facts, true));
  }

  // The paths of a `kg view --path` page, step by step with the facts of each step.
  function showPaths() {
    const [first] = data.paths;
    const [start, end] = [nodes.get(first[0]).name, nodes.get(first[first.length - 1]).name];
    details.replaceChildren(element("h2", "Đường nối"));
    details.append(element("p", `${start} ↔ ${end}: ${data.paths.length} đường ngắn nhất, `
      + `mỗi đường ${first.length - 1} bước.`, "meta"));
    data.paths.forEach((path, number) => {
      if (data.paths.length > 1) details.append(element("h3", `Đường ${number + 1}`));
      const steps = element("ol", null, "path");
      path.forEach((id, i) => {
        const step = element("li");
        step.append(nodeButton(id));
        if (i + 1 < path.length) {
          const next = path[i + 1];
          const links = element("ul", null, "relations");
          for (const edge of linksOf.get(id).filter((e) => otherEnd(e, id) === next)) {
            const arrow = edge.from === id ? "↓" : "↑";
            const item = element("li", `${arrow} ${edge.relation || "liên quan"}`);
            item.append(evidenceList(edge.facts, false));
            links.append(item);
          }
          step.append(links);
        }
        steps.append(step);
      });
      details.append(steps);
    });
  }

  // ------------------------------------------------------------ edge labels

  // Relation labels are drawn on the lines of the hovered relation and of the
  // selected nodes only: drawn on every line they would hide the picture.
  const labelledEdges = new Set();
  function labelEdges(ids) {
    const wanted = new Set(ids);
    const changes = [];
    for (const id of labelledEdges) {
      if (!wanted.has(id)) changes.push({ id, label: " " });
    }
    for (const id of wanted) {
      changes.push({ id, label: edges.get(id).relation || " ", font: { size: labels.screenFontSize(12) } });
    }
    labelledEdges.clear();
    wanted.forEach((id) => labelledEdges.add(id));
    edges.update(changes);
  }
  const selectedEdges = () => network.getSelectedNodes().flatMap((id) => network.getConnectedEdges(id));
  network.on("hoverEdge", (params) => labelEdges([...selectedEdges(), params.edge]));
  network.on("blurEdge", () => labelEdges(selectedEdges()));
  for (const change of ["select", "deselectNode"]) {
    network.on(change, () => {
      labelEdges(selectedEdges());
      labels.update();
    });
  }
  network.on("zoom", () => labelEdges([...labelledEdges]));

  // ------------------------------------------------------------ search and focus

  const keys = data.nodes.map((node) => [node.id, [node.name, ...node.aliases].map(searchKey)]);

  // Best matches first: a whole name, then names starting with the query, then the rest.
  function findNodes(query, limit) {
    const wanted = searchKey(query);
    if (!wanted) return [];
    const rank = (names) => Math.min(...names.map((key) =>
      key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(wanted) ? 2 : 3));
    return keys.map(([id, names]) => [id, rank(names), names[0].length])
      .filter(([, rankOf]) => rankOf < 3)
      .sort((a, b) => a[1] - b[1] || a[2] - b[2])
      .slice(0, limit)
      .map(([id]) => nodes.get(id));
  }

  function focusNode(id) {
    if (nodes.get(id).hidden) {
      clearFilters();
      status.textContent = "Đã bỏ lọc để hiện nút được chọn.";
    }
    moved = true;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    showNode(nodes.get(id));
    labelEdges(selectedEdges());
    document.body.dataset.focused = String(id);
  }
  network.on("animationFinished", () => labels.update());

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

  network.on("click", (params) => {
    if (params.nodes.length) showNode(nodes.get(params.nodes[0]));
    else if (params.edges.length) showEdge(edges.get(params.edges[0]));
  });

  // ------------------------------------------------------------ filters

  function inDates(dates) {
    const [from, to] = [filters.from.value, filters.to.value];
    return !dates.length || dates.some((date) => (!from || date >= from) && (!to || date <= to));
  }

  // Which nodes pass the filters. A province keeps its nodes and the nodes of no
  // province (ministries, national firms, programs) linked to them.
  function passingNodes() {
    const role = filters.role.value;
    const province = filters.province.value;
    const passing = new Set(data.nodes.filter((node) =>
      !filters.hiddenTypes.has(node.type)
      && (!role || node.type !== "person" || node.roles.includes(role))
      && inDates(node.dates)).map((node) => node.id));
    if (!province) return passing;
    const inProvince = new Set([...passing].filter((id) => nodes.get(id).provinces.includes(province)));
    const linked = [...passing].filter((id) => !nodes.get(id).provinces.length
      && linksOf.get(id).some((edge) => inProvince.has(otherEnd(edge, id))));
    return new Set([...inProvince, ...linked]);
  }

  function applyFilters() {
    const passing = passingNodes();
    const [province, role] = [filters.province.value, filters.role.value];
    nodes.update(data.nodes.filter((node) => Boolean(nodes.get(node.id).hidden) === passing.has(node.id))
      .map((node) => ({ id: node.id, hidden: !passing.has(node.id) })));
    const edgeShown = (edge) => passing.has(edge.from) && passing.has(edge.to)
      && inDates(factDates(edge.facts)) && (!role || !edge.roles.length || edge.roles.includes(role));
    edges.update(data.edges.filter((edge) => Boolean(edges.get(edge.id).hidden) === edgeShown(edge))
      .map((edge) => ({ id: edge.id, hidden: !edgeShown(edge) })));
    const body = document.body.dataset;
    body.hiddenTypes = [...filters.hiddenTypes].sort().join(",");
    body.province = province;
    body.role = role;
    body.dates = `${filters.from.value}/${filters.to.value}`;
    body.visibleNodes = String(passing.size);
    if (province || role || filters.from.value || filters.to.value) document.getElementById("filters").open = true;
    status.textContent = `Đang hiển thị ${passing.size} / ${data.nodes.length} nút`;
    labels.fitWithNames();
    labels.update();
  }

  function setTypeHidden(type, hidden) {
    if (hidden) filters.hiddenTypes.add(type); else filters.hiddenTypes.delete(type);
    const box = document.querySelector(`.type-filter[value="${type}"]`);
    if (box) box.checked = !hidden;
  }

  function clearFilters() {
    for (const type of Object.keys(typeNames)) setTypeHidden(type, false);
    for (const control of [filters.province, filters.role, filters.from, filters.to]) control.value = "";
    applyFilters();
  }

  for (const box of document.querySelectorAll(".type-filter")) {
    box.addEventListener("change", () => { setTypeHidden(box.value, !box.checked); applyFilters(); });
  }
  for (const control of [filters.province, filters.role, filters.from, filters.to]) {
    control.addEventListener("change", applyFilters);
  }
  document.getElementById("clear-filters").addEventListener("click", clearFilters);

  // ------------------------------------------------------------ opening views

  // A focused page (`kg view --focus`, `--path`) opens on its subject.
  function showRequestedView() {
    if (data.paths.length) {
      network.selectNodes([data.paths[0][0], data.paths[0][data.paths[0].length - 1]]);
      showPaths();
    } else if (data.focus.length) {
      network.selectNodes(data.focus);
      showNode(nodes.get(data.focus[0]));
    } else {
      return;
    }
    labelEdges(selectedEdges());
    labels.update();
  }

  function applyAddress() {
    const wanted = new URLSearchParams(location.hash.slice(1));
    for (const type of (wanted.get("hide") || "").split(",")) {
      if (type in typeNames) setTypeHidden(type, true);
    }
    const choose = (select, value) => {
      if ([...select.options].some((option) => option.value === value)) select.value = value;
    };
    choose(filters.province, wanted.get("province") || "");
    choose(filters.role, wanted.get("role") || "");
    filters.from.value = wanted.get("from") || "";
    filters.to.value = wanted.get("to") || "";
    applyFilters();
    if (wanted.get("search")) {
      searchInput.value = wanted.get("search");
      search(wanted.get("search"));
    }
  }
  window.addEventListener("hashchange", applyAddress);
})();
