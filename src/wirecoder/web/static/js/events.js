// The event table: one row per event, with who, what, whom, when, where, and the sentence that
// reports it; paged, and downloadable as CSV with the same filters.

import { getJSON, query } from "./api.js";
import { actorLabel, el, pageLink, put, quadOf, say } from "./dom.js";

const PAGE = 50;

function codeCell(event) {
  const quad = quadOf(event.cameo);
  return el(
    "td",
    { class: "code" },
    el("span", { class: "badge", style: quad ? { background: quad.color } : null }, event.plover || "?"),
    " ",
    el("span", { class: "cameo", title: quad ? quad.label : "" }, event.cameo),
  );
}

function evidenceCell(event) {
  const link = pageLink(
    "/article",
    { id: event.article.hash, event: event.id },
    event.article.title || event.article.id,
  );
  return el(
    "td",
    { class: "evidence" },
    el("q", {}, event.evidence.text || ""),
    el(
      "div",
      { class: "source" },
      link,
      event.reporter ? ` · reported by ${event.reporter}` : "",
      event.reports > 1 ? el("span", { class: "reports" }, ` · told by ${event.reports} reports`) : "",
      event.mentions > 1 ? el("span", { class: "mentions" }, ` · ${event.mentions} sentences tell it`) : "",
    ),
  );
}

function row(event) {
  return el(
    "tr",
    { "data-uid": event.uid },
    el(
      "td",
      { class: "date", title: event.dated_by ? `dated by the ${event.dated_by}` : "" },
      event.date || "",
      event.date_precision === "article" ? "*" : event.dated_by === "report" ? "†" : "",
    ),
    el("td", { class: "actor" }, actorLabel(event.source)),
    codeCell(event),
    el("td", { class: "actor" }, actorLabel(event.target)),
    el("td", {}, event.place ? event.place.name || event.place.text : ""),
    el("td", { class: `state ${event.status}` }, event.status),
    evidenceCell(event),
  );
}

/** Draw the event table for these filters, at this page. */
export async function showEvents(root, filters, offset = 0) {
  const status = root.querySelector(".status");
  const body = root.querySelector("tbody");
  const csv = root.querySelector("a.csv");
  csv.setAttribute("href", `/api/events.csv?${query(filters)}`);
  say(status, "Loading events…");
  let page;
  try {
    page = await getJSON("/api/events", { ...filters, limit: PAGE, offset });
  } catch (error) {
    say(status, error.message, "error");
    put(body);
    return;
  }
  put(body, page.items.map(row));
  const last = Math.min(offset + page.items.length, page.total);
  say(
    status,
    page.total ? `Events ${offset + 1}–${last} of ${page.total}` : "No event matches these filters.",
  );
  const pager = root.querySelector(".pager");
  put(
    pager,
    el("button", {
      type: "button",
      disabled: offset === 0 ? "disabled" : null,
      onclick: () => showEvents(root, filters, Math.max(0, offset - PAGE)),
    }, "← Previous"),
    el("button", {
      type: "button",
      disabled: last >= page.total ? "disabled" : null,
      onclick: () => showEvents(root, filters, offset + PAGE),
    }, "Next →"),
  );
}
