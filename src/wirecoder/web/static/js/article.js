// The article page: the text with entities, times, places, event triggers and quotations
// highlighted, and each event explained (trigger, actors, codes, status, date, place, rule,
// confidence, who reported it). The text is untrusted: it only ever becomes text nodes.

import { getJSON } from "./api.js";
import { actorLabel, el, put, quadOf, say } from "./dom.js";

const params = new URLSearchParams(location.search);
const root = document.getElementById("article");
const status = document.querySelector("main > .status");

function span(start, end, kind, ref, note) {
  return { start, end, kind, ref, note };
}

/** Every highlighted stretch of the text: [start, end), its kind, the record it belongs to. */
function annotations(x, entities) {
  const out = [];
  for (const e of x.entities) {
    const codes = [e.country, e.sector].filter(Boolean).join(" ");
    for (const m of e.mentions) out.push(span(m.start, m.end, "entity", e.id, `${e.type}: ${e.name}${codes ? ` (${codes})` : ""}`));
  }
  for (const t of x.times) out.push(span(t.start, t.end, "time", t.id || "", `${t.type} ${t.value}`));
  for (const p of x.places) {
    const where = [p.name, p.country].filter(Boolean).join(", ");
    out.push(span(p.start, p.end, "place", p.id || "", `place: ${where}${p.lat !== null ? ` (${p.lat}, ${p.lon})` : ""}`));
  }
  for (const q of x.quotes) out.push(span(q.start, q.end, "quote", q.id, `${q.kind} quotation${q.speaker ? ` by ${q.speaker.text}` : ""}`));
  for (const v of x.events) {
    out.push(span(v.trigger.start, v.trigger.end, "event", v.id, `event ${v.id}: ${v.plover || ""} (CAMEO ${v.cameo}), ${v.status}`));
    out.push(span(v.evidence.start, v.evidence.end, "evidence", v.id, null));
  }
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start);
}

/** The text cut at every annotation boundary; each piece carries the annotations covering it. */
function highlighted(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) {
    cuts.add(Math.max(0, Math.min(text.length, a.start)));
    cuts.add(Math.max(0, Math.min(text.length, a.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const over = anns.filter((n) => n.start <= a && n.end >= b);
    if (!over.length) {
      pieces.push(piece);
      continue;
    }
    const kinds = [...new Set(over.map((n) => n.kind))];
    const attrs = { class: kinds.map((k) => `ann-${k}`).join(" ") };
    for (const kind of kinds) attrs[`data-${kind}`] = over.filter((n) => n.kind === kind).map((n) => n.ref).join(" ");
    const notes = over.map((n) => n.note).filter(Boolean);
    if (notes.length) attrs.title = notes.join("\n");
    pieces.push(el("span", attrs, piece));
  }
  return pieces;
}

function focus(eventId) {
  for (const node of root.querySelectorAll(".focus")) node.classList.remove("focus");
  for (const node of document.querySelectorAll(".event-card.active")) node.classList.remove("active");
  const card = document.getElementById(`event-${eventId}`);
  if (card) card.classList.add("active");
  const parts = [...root.querySelectorAll("[data-evidence]")].filter((n) => n.dataset.evidence.split(" ").includes(eventId));
  for (const node of parts) node.classList.add("focus");
  const trigger = [...root.querySelectorAll("[data-event]")].find((n) => n.dataset.event.split(" ").includes(eventId));
  if (trigger) trigger.scrollIntoView({ block: "center" });
}

function fact(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function eventCard(v, x) {
  const quad = quadOf(v.cameo);
  const place = v.place ? x.places.find((p) => p.id === v.place) : null;
  const quote = v.reported_by ? x.quotes.find((q) => q.id === v.reported_by) : null;
  const date = v.date ? `${v.date}${v.date_end && v.date_end !== v.date ? ` to ${v.date_end}` : ""}${v.date_precision ? ` (${v.date_precision})` : ""}` : "not given";
  return el(
    "li",
    { id: `event-${v.id}`, class: "event-card", "data-event": v.id, onclick: () => focus(v.id) },
    el("h4", {},
      el("span", { class: "badge", style: quad ? { background: quad.color } : null }, v.plover || "?"),
      ` ${actorLabel(v.source)} → ${actorLabel(v.target)}`),
    el("dl", {},
      fact("Trigger", el("q", {}, v.trigger.text || "")),
      fact("Codes", `CAMEO ${v.cameo}${quad ? ` · ${quad.label}` : ""}${v.mode ? ` · mode ${v.mode}` : ""}`),
      fact("Status", v.status),
      fact("Date", date),
      fact("Place", place ? [place.name || place.text, place.country].filter(Boolean).join(", ") : "not given"),
      fact("Reported by", quote ? `${quote.speaker ? quote.speaker.text : "unattributed"} (${quote.kind} quotation ${quote.id})` : "the article"),
      fact("Rule", v.rule || "—", v.confidence !== null ? ` · confidence ${v.confidence}` : ""),
    ),
    el("blockquote", {}, x.text.slice(v.evidence.start, v.evidence.end)),
  );
}

function quoteItem(q) {
  return el("li", { "data-quote": q.id }, el("q", {}, q.text), el("span", { class: "meta" }, ` — ${q.speaker ? q.speaker.text : "unattributed"} (${q.kind})`));
}

function entityItem(e) {
  const codes = [e.country, e.sector].filter(Boolean).join(" ");
  return el("li", {}, el("span", { class: "ann-entity" }, e.name), ` ${e.type}${codes ? ` · ${codes}` : ""}${e.title ? ` · ${e.title}` : ""} · ${e.mentions.length}×`);
}

async function main() {
  const id = params.get("id");
  if (!id) {
    say(status, "No article given: open one from the dashboard.", "error");
    return;
  }
  say(status, "Loading article…");
  let article;
  try {
    article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    say(status, error.message, "error");
    return;
  }
  const x = { ...article.extraction, text: article.text };
  document.title = `wirecoder: ${article.title || article.id}`;
  put(root.querySelector(".title"), article.title || article.id);
  put(root.querySelector(".meta"), [article.date, article.source, article.id].filter(Boolean).join(" · "),
    article.url && /^https?:\/\//i.test(article.url) ? [" · ", el("a", { href: article.url, rel: "noopener noreferrer" }, "original")] : null);
  put(root.querySelector(".text"), highlighted(article.text, annotations(x)));
  put(document.querySelector(".event-list"), x.events.length ? x.events.map((v) => eventCard(v, x)) : el("li", {}, "No event coded in this article."));
  put(document.querySelector(".quote-list"), x.quotes.length ? x.quotes.map(quoteItem) : el("li", {}, "No quotation found."));
  put(document.querySelector(".entity-list"), x.entities.map(entityItem));
  if (x.status === "error") say(status, `This article could not be coded: ${x.error}`, "error");
  else say(status, `${x.events.length} events, ${x.quotes.length} quotations, ${x.entities.length} actors and places.`);
  if (params.get("event")) focus(params.get("event"));
}

main();
