// The article list and full-text search; each article opens on its own page.

import { getJSON } from "./api.js";
import { el, pageLink, put, say } from "./dom.js";

const OPEN = "\u0002";
const CLOSE = "\u0003";

/** A search snippet with the matched words marked (the server brackets them with \u0002/\u0003). */
function snippet(text) {
  const out = [];
  for (const part of (text || "").split(OPEN)) {
    const [hit, rest] = part.includes(CLOSE) ? part.split(CLOSE, 2) : [null, part];
    if (hit !== null) out.push(el("mark", {}, hit));
    out.push(rest);
  }
  return el("p", { class: "snippet" }, out);
}

function item(article) {
  return el(
    "li",
    { class: article.status === "error" ? "failed" : null },
    pageLink("/article", { id: article.hash }, article.title || article.id),
    el("span", { class: "meta" }, [article.date, article.source].filter(Boolean).join(" · ")),
    article.events !== undefined ? el("span", { class: "meta" }, `${article.events} events`) : null,
    article.status === "error" ? el("p", { class: "error" }, article.error) : null,
    article.snippet ? snippet(article.snippet) : null,
  );
}

/** List the articles, or those matching a full-text query. */
export async function showArticles(root, text) {
  const status = root.querySelector(".status");
  const list = root.querySelector("ol");
  say(status, "Loading articles…");
  try {
    const page = text
      ? await getJSON("/api/articles/search", { q: text, limit: 50 })
      : await getJSON("/api/articles", { limit: 50 });
    put(list, page.items.map(item));
    say(status, text ? `${page.items.length} articles match “${text}”` : `${page.total} articles${page.total > page.items.length ? `, the ${page.items.length} latest shown` : ""}`);
  } catch (error) {
    put(list);
    say(status, error.message, "error");
  }
}
