// The timeline: event counts per period, stacked by CAMEO quad class (cooperation vs conflict).
// Clicking a bar narrows the filters to that period.

import { getJSON } from "./api.js";
import { el, put, QUADS, say, svg } from "./dom.js";

const W = 960;
const H = 320;
const M = { top: 16, right: 16, bottom: 48, left: 48 };

function legend() {
  return el(
    "ul",
    { class: "legend" },
    QUADS.map((q) => el("li", {}, el("span", { class: "swatch", style: { background: q.color } }), q.label)),
  );
}

/** Axis values at a round step (1, 2 or 5 times a power of ten), about five of them. */
function ticks(max) {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  const out = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** Draw the timeline for these filters; onPick(since, until) is called when a bar is clicked. */
export async function showTimeline(root, filters, onPick) {
  const status = root.querySelector(".status");
  const chart = root.querySelector(".chart");
  say(status, "Loading timeline…");
  let data;
  try {
    data = await getJSON("/api/events/timeline", filters);
  } catch (error) {
    say(status, error.message, "error");
    put(chart);
    return;
  }
  const periods = data.periods;
  if (!periods.length) {
    say(status, "No event matches these filters.");
    put(chart, legend());
    return;
  }
  const total = periods.reduce((sum, p) => sum + p.total, 0);
  say(status, `${total} events by ${data.bucket}, ${periods[0].period} to ${periods[periods.length - 1].period}`);
  const max = Math.max(...periods.map((p) => p.total));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / periods.length;
  const y = (v) => M.top + plotH - (v / max) * plotH;
  const every = Math.ceil(periods.length / 12);
  const parts = [];
  for (const v of ticks(max)) {
    parts.push(svg("line", { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: "grid" }));
    parts.push(svg("text", { x: M.left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" }, v));
  }
  periods.forEach((p, i) => {
    const x = M.left + i * band;
    let base = 0;
    const bar = svg("g", {
      class: "bar",
      "data-period": p.period,
      onclick: () => onPick(p.since, p.until),
    });
    bar.append(svg("title", {}, `${p.period}: ${p.total} events`));
    for (const q of QUADS) {
      const n = p.counts[q.key] || 0;
      if (!n) continue;
      bar.append(svg("rect", {
        x: x + band * 0.1,
        width: Math.max(1, band * 0.8),
        y: y(base + n),
        height: y(base) - y(base + n),
        fill: q.color,
      }));
      base += n;
    }
    if (p.counts.other) {
      const n = p.counts.other;
      bar.append(svg("rect", {
        x: x + band * 0.1, width: Math.max(1, band * 0.8), y: y(base + n), height: y(base) - y(base + n), fill: "#999",
      }));
    }
    parts.push(bar);
    if (i % every === 0) {
      parts.push(svg("text", { x: x + band / 2, y: H - M.bottom + 16, class: "tick", "text-anchor": "middle" }, p.period));
    }
  });
  put(chart, svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img" }, parts), legend());
}
