// The actor network: who acts on whom. Nodes are actors, an arrow goes from source to target,
// its width is the number of events and its colour says cooperation (green) or conflict (red).

import { getJSON } from "./api.js";
import { el, put, say, svg } from "./dom.js";

const W = 960;
const H = 560;

/** A small deterministic force layout: nodes repel, edges pull, everything drifts to the centre. */
function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / n),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / n),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.4;
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy;
        const f = (k * k) / d2;
        move[i].x += dx * f; move[i].y += dy * f;
        move[j].x -= dx * f; move[j].y -= dy * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k;
      move[a].x -= dx * f; move[a].y -= dy * f;
      move[b].x += dx * f; move[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      move[i].x += (W / 2 - pos[i].x) * 1.5;
      move[i].y += (H / 2 - pos[i].y) * 1.5;
      const len = Math.sqrt(move[i].x ** 2 + move[i].y ** 2) || 1;
      const cap = Math.min(len, 30 * heat + 1);
      pos[i].x += (move[i].x / len) * cap;
      pos[i].y += (move[i].y / len) * cap;
    }
  }
  return fit(pos);
}

/** Stretch the layout to fill the drawing, leaving room for labels. */
function fit(pos) {
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = x1 > x0 ? (W - 200) / (x1 - x0) : 0;
  const sy = y1 > y0 ? (H - 80) / (y1 - y0) : 0;
  return pos.map((p) => ({
    x: sx ? 60 + (p.x - x0) * sx : W / 2,
    y: sy ? 40 + (p.y - y0) * sy : H / 2,
  }));
}

/** Draw the network for these filters; onPick(actor) is called when a node is clicked. */
export async function showNetwork(root, filters, onPick) {
  const status = root.querySelector(".status");
  const chart = root.querySelector(".chart");
  say(status, "Loading network…");
  let data;
  try {
    data = await getJSON("/api/actors/network", { ...filters, limit: 60 });
  } catch (error) {
    say(status, error.message, "error");
    return;
  }
  const { nodes, edges } = data;
  if (!edges.length) {
    say(status, "No event with both a source and a target matches these filters.");
    put(chart);
    return;
  }
  say(status, `${nodes.length} actors, ${edges.length} links (the ${edges.length} strongest)`);
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
  const most = Math.max(...edges.map((e) => e.weight));
  const lines = edges.map((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    const conflict = e.conflict > e.cooperation;
    return svg(
      "line",
      {
        x1: a.x, y1: a.y, x2: (a.x + b.x) / 2, y2: (a.y + b.y) / 2,
        class: `edge ${conflict ? "conflict" : "cooperation"}`,
        "stroke-width": (1 + 5 * (e.weight / most)).toFixed(1),
        "marker-end": `url(#arrow-${conflict ? "conflict" : "cooperation"})`,
      },
      svg("title", {}, `${e.source} → ${e.target}: ${e.weight} events (${e.cooperation} cooperation, ${e.conflict} conflict)`),
    );
  });
  const halves = edges.map((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    return svg("line", { x1: (a.x + b.x) / 2, y1: (a.y + b.y) / 2, x2: b.x, y2: b.y, class: `edge ${e.conflict > e.cooperation ? "conflict" : "cooperation"}`, "stroke-width": (1 + 5 * (e.weight / most)).toFixed(1) });
  });
  const marker = (kind) => svg("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: 5, refY: 5, markerWidth: 4, markerHeight: 4, orient: "auto" },
    svg("path", { d: "M0,0L10,5L0,10Z", class: `head ${kind}` }));
  const dots = nodes.map((node) => {
    const p = at.get(node.id);
    const size = node.events_out + node.events_in;
    return svg("g", { class: "node", "data-actor": node.id, onclick: () => onPick(node.id) },
      svg("circle", { cx: p.x, cy: p.y, r: (4 + Math.sqrt(size) * 2).toFixed(1) }),
      svg("text", { x: p.x + 8, y: p.y - 8 }, node.label),
      svg("title", {}, `${node.label}: ${node.events_out} events as source, ${node.events_in} as target`));
  });
  put(chart, svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img" },
    svg("defs", {}, marker("cooperation"), marker("conflict")), halves, lines, dots),
    el("p", { class: "hint" }, "Arrow: from the actor who acts to the one acted on. Click an actor to filter the events by it."));
}
