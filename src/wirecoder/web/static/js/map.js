// The map: places where events happened, as circles sized by their event count, over an offline
// world outline (world-atlas TopoJSON, shipped with the package; no tile server).

import { getJSON } from "./api.js";
import { put, say, svg } from "./dom.js";

const W = 960;
const H = 480;
let outline = null;

const project = (lon, lat) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];

/** Decode a TopoJSON topology's arcs into absolute [lon, lat] points. */
function decodeArcs(topology) {
  const [sx, sy] = topology.transform ? topology.transform.scale : [1, 1];
  const [tx, ty] = topology.transform ? topology.transform.translate : [0, 0];
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ringPath(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return "M" + points.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join("L") + "Z";
}

function countryPaths(topology) {
  const arcs = decodeArcs(topology);
  return topology.objects.countries.geometries.map((g) => {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    const d = polygons.map((rings) => rings.map((ring) => ringPath(ring, arcs)).join("")).join("");
    return svg("path", { d, class: "country" }, svg("title", {}, (g.properties && g.properties.name) || ""));
  });
}

async function worldOutline() {
  if (!outline) {
    const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
    outline = countryPaths(await response.json());
  }
  return outline.map((node) => node.cloneNode(true));
}

/** Draw the map for these filters; onPick(placeName) is called when a place is clicked. */
export async function showMap(root, filters, onPick) {
  const status = root.querySelector(".status");
  const chart = root.querySelector(".chart");
  say(status, "Loading map…");
  let data;
  let world;
  try {
    [data, world] = await Promise.all([getJSON("/api/places", { ...filters, limit: 500 }), worldOutline()]);
  } catch (error) {
    say(status, error.message, "error");
    return;
  }
  const places = data.items.filter((p) => p.lat !== null && p.lon !== null);
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = places.map((p) => {
    const [x, y] = project(p.lon, p.lat);
    const r = 3 + 12 * Math.sqrt(p.events / max);
    return svg(
      "circle",
      { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: "place", "data-name": p.name, onclick: () => onPick(p.name) },
      svg("title", {}, `${p.name}${p.country ? ", " + p.country : ""}: ${p.events} events in ${p.articles} articles`),
    );
  });
  say(status, places.length ? `${places.length} places with events` : "No geocoded place for these filters.");
  put(chart, svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img" },
    svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }), world, dots));
}
