// Bar charts as plain elements, not a canvas: they print with their panel and read as text.
import { el } from './dom.js';

/**
 * A titled chart with a row per entry ({ key, label, count, value? }): the label, the value (the
 * count unless given) and a bar scaled to the largest count. data-testid is `chart-<id>`.
 */
export function bars(id, title, rows) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const chart = el('div', 'bar-chart');
  chart.dataset.testid = `chart-${id}`;
  for (const r of rows) {
    const fill = el('div', 'fill');
    fill.style.width = `${(100 * r.count) / max}%`;
    const row = el('div', 'bar-row', el('span', 'bar-label', r.label), el('span', 'bar-value', r.value ?? r.count),
      el('div', 'bar', fill));
    row.dataset.key = r.key;
    row.dataset.count = String(r.count);
    chart.append(row);
  }
  return [el('h3', null, title), chart];
}
