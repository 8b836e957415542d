// DOM helpers: text goes in as text (never as HTML), except through escapeHtml for ECharts tooltips.

export const $ = (selector, root = document) => root.querySelector(selector);

export function el(tag, cls, ...content) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  for (const c of content) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

export const para = (text, cls) => el('p', cls, text);

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** A definition list from [term, value] pairs; a value may be a node. */
export function figures(rows, cls = 'figures') {
  const dl = el('dl', cls);
  for (const [k, v] of rows) dl.append(el('dt', null, k), el('dd', null, v ?? '—'));
  return dl;
}
