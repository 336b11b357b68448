// Stories: articles that report one happening, largest first; opening one lists its articles
// (near-duplicates marked) and its distinct events, each with how many reports tell it.

import { getJSON } from "./api.js";
import { actorLabel, el, pageLink, put, quadOf, say } from "./dom.js";

const PAGE = 50;

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function period(story) {
  if (!story.first) return "";
  return story.last && story.last !== story.first ? `${story.first} – ${story.last}` : story.first;
}

function summary(story) {
  return [
    plural(story.articles, "article"),
    story.duplicates ? `${story.duplicates} near-duplicate${story.duplicates === 1 ? "" : "s"}` : null,
    plural(story.sources, "source"),
    plural(story.events, "distinct event"),
    period(story),
  ].filter(Boolean).join(" · ");
}

function clusterItem(cluster) {
  const event = cluster.event;
  if (!event) return el("li", {}, `${plural(cluster.reports, "report")} (event no longer stored)`);
  const quad = quadOf(event.cameo);
  return el(
    "li",
    { class: "cluster", "data-cluster": cluster.id },
    el("span", { class: "badge", style: quad ? { background: quad.color } : null }, event.plover || event.cameo),
    " ",
    actorLabel(event.source),
    " → ",
    actorLabel(event.target),
    el("span", { class: "meta" }, [event.date, event.status, plural(cluster.reports, "report"), plural(cluster.sources, "source")].filter(Boolean).join(" · ")),
    el(
      "div",
      { class: "source" },
      el("q", {}, event.evidence.text || ""),
      " ",
      pageLink("/article", { id: event.article.hash, event: event.id }, event.article.title || event.article.id),
    ),
  );
}

function articleItem(article, byId) {
  return el(
    "li",
    {},
    pageLink("/article", { id: article.hash }, article.title || article.id),
    el("span", { class: "meta" }, [article.date, article.source].filter(Boolean).join(" · ")),
    article.duplicate_of
      ? el(
          "span",
          { class: "meta duplicate" },
          `near-duplicate of ${byId[article.duplicate_of] || article.duplicate_of}` +
            (article.similarity ? ` (${Math.round(article.similarity * 100)}% alike)` : ""),
        )
      : null,
  );
}

async function openStory(root, id, button) {
  const detail = root.querySelector(".story");
  say(root.querySelector(".status"), `Loading story ${id}…`);
  try {
    const story = await getJSON(`/api/stories/${encodeURIComponent(id)}`);
    const byId = Object.fromEntries(story.article_list.map((a) => [a.id, a.title || a.id]));
    put(
      detail,
      el("h2", {}, story.headline || story.id),
      el("p", { class: "meta" }, summary(story)),
      el("h3", {}, "What happened, each event once"),
      story.clusters.length ? el("ol", { class: "clusters" }, story.clusters.map(clusterItem)) : el("p", {}, "No event was coded in this story."),
      el("h3", {}, "Articles"),
      el("ol", { class: "articles" }, story.article_list.map((a) => articleItem(a, byId))),
    );
    detail.hidden = false;
    for (const other of root.querySelectorAll("button.open")) other.classList.toggle("active", other === button);
    say(root.querySelector(".status"), `Story ${story.id}: ${summary(story)}`);
  } catch (error) {
    say(root.querySelector(".status"), error.message, "error");
  }
}

function storyItem(root, story) {
  const button = el("button", { type: "button", class: "open", "data-story": story.id }, story.headline || story.id);
  button.addEventListener("click", () => openStory(root, story.id, button));
  return el("li", {}, button, el("span", { class: "meta" }, summary(story)));
}

/** List the stored stories within the since/until filters, largest first, a page at a time. */
export async function showStories(root, filters, offset = 0) {
  const status = root.querySelector(".status");
  const list = root.querySelector("ol.stories");
  const detail = root.querySelector(".story");
  detail.hidden = true;
  say(status, "Loading stories…");
  let page;
  try {
    page = await getJSON("/api/stories", { since: filters.since, until: filters.until, limit: PAGE, offset });
  } catch (error) {
    put(list);
    say(status, error.message, "error");
    return;
  }
  put(list, page.items.map((story) => storyItem(root, story)));
  list.start = offset + 1;
  const fresh = page.unassigned
    ? ` ${plural(page.unassigned, "article")} came in after the stories were worked out; run \`wirecoder stories\` to group them.`
    : "";
  say(
    status,
    page.total
      ? `Stories ${offset + 1}–${offset + page.items.length} of ${page.total}, largest first.${fresh}`
      : `No stories stored yet: run \`wirecoder stories --db …\` to group the articles.${fresh}`,
  );
  put(
    root.querySelector(".pager"),
    el("button", { type: "button", disabled: offset === 0 ? "disabled" : null, onclick: () => showStories(root, filters, Math.max(0, offset - PAGE)) }, "← Previous"),
    el("button", { type: "button", disabled: offset + page.items.length >= page.total ? "disabled" : null, onclick: () => showStories(root, filters, offset + PAGE) }, "Next →"),
  );
}
