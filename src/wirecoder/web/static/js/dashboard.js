// The dashboard: one filter form drives six views (events, timeline, map, network, stories,
// articles).
// The view and the filters live in the address, so any view can be bookmarked or shared.

import { showArticles } from "./articles.js";
import { showEvents } from "./events.js";
import { showMap } from "./map.js";
import { showNetwork } from "./network.js";
import { showStories } from "./stories.js";
import { showTimeline } from "./timeline.js";

const VIEWS = ["events", "timeline", "map", "network", "stories", "articles"];
const form = document.getElementById("filters");

function filters() {
  const out = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim()) out[key] = String(value).trim();
  }
  return out;
}

function fromAddress() {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (!field.name) continue;
    if (field.type === "checkbox") field.checked = params.get(field.name) === field.value;
    else field.value = params.get(field.name) || "";
  }
  const view = params.get("view");
  return VIEWS.includes(view) ? view : "events";
}

function remember(view) {
  const params = new URLSearchParams({ view, ...filters() });
  history.replaceState(null, "", `?${params}`);
}

function show(view) {
  for (const name of VIEWS) {
    document.getElementById(`view-${name}`).hidden = name !== view;
    document.querySelector(`nav a[data-view="${name}"]`).classList.toggle("active", name === view);
  }
  remember(view);
  const root = document.getElementById(`view-${view}`);
  const current = filters();
  if (view === "events") showEvents(root, current);
  else if (view === "timeline") showTimeline(root, current, (since, until) => refine({ since, until }));
  else if (view === "map") showMap(root, current, (place) => refine({ place }));
  else if (view === "network") showNetwork(root, current, (actor) => refine({ actor }));
  else if (view === "stories") showStories(root, current);
  else showArticles(root, current.text);
  document.body.dataset.view = view;
}

function refine(changes) {
  for (const [key, value] of Object.entries(changes)) form.elements[key].value = value;
  view = "events";
  show(view);
}

let view = fromAddress();
form.addEventListener("submit", (event) => {
  event.preventDefault();
  show(view);
});
form.addEventListener("reset", () => setTimeout(() => show(view), 0));
for (const link of document.querySelectorAll("nav a[data-view]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    view = link.dataset.view;
    show(view);
  });
}
show(view);
