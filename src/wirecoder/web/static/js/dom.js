// Building the page from data without ever parsing it as HTML: every string becomes a text node
// or an attribute value, so article text (untrusted input) always shows as text.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key === "style") Object.assign(node.style, value); // CSSOM: allowed by the CSP
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element with attributes and children. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replace everything inside a node. */
export function put(node, ...children) {
  node.replaceChildren();
  return fill(node, {}, children);
}

/** A link to a page of this dashboard; the path is ours, only the query carries data. */
export function pageLink(path, params, ...children) {
  const query = new URLSearchParams(params).toString();
  return el("a", { href: query ? `${path}?${query}` : path }, ...children);
}

/** The CAMEO quad classes, by the two-digit root code they cover. */
export const QUADS = [
  { key: "verbal_cooperation", label: "Verbal cooperation", color: "#4e9a6a", roots: [1, 5] },
  { key: "material_cooperation", label: "Material cooperation", color: "#1f6f43", roots: [6, 8] },
  { key: "verbal_conflict", label: "Verbal conflict", color: "#e08a3c", roots: [9, 13] },
  { key: "material_conflict", label: "Material conflict", color: "#b3261e", roots: [14, 20] },
];

/** The quad class of a CAMEO code such as "112" (null when it has no root). */
export function quadOf(cameo) {
  const root = parseInt(String(cameo || "").slice(0, 2), 10);
  return QUADS.find((q) => root >= q.roots[0] && root <= q.roots[1]) || null;
}

/** A short "country sector" label for an actor reference. */
export function actorLabel(actor) {
  if (!actor) return "—";
  const codes = [actor.country, actor.sector].filter(Boolean).join(" ");
  return codes ? `${actor.text} (${codes})` : actor.text;
}

/** Show a message in a status line (errors from the API use its one error shape). */
export function say(node, message, kind = "info") {
  put(node, message);
  node.className = `status ${kind}`;
}
