// Bar charts as plain elements and line charts as inline SVG with a table of their figures, not a
// canvas: they print with their panel and read as text.
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

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/**
 * A titled line chart of rates (0..1) per period, the periods in the order given: one line per
 * series ({ key, label, value(point) }), 0–100 % on the y axis, each point with its figure as a
 * tooltip; under it the same figures as a table (a row per period, data-as-of, a cell per series,
 * data-series), which prints and reads as text. `mark` (a period) is drawn emphasised.
 * data-testid is `chart-<id>`.
 */
export function rateLines(id, title, periods, series, { label, format, mark } = {}) {
  const w = 300;
  const h = 120;
  const pad = { left: 30, right: 10, top: 8, bottom: 18 };
  const x = (i) => pad.left + (periods.length === 1 ? 0 : (i * (w - pad.left - pad.right)) / (periods.length - 1));
  const y = (rate) => pad.top + (1 - rate) * (h - pad.top - pad.bottom);
  const plot = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'line-chart', role: 'img', 'aria-label': title });
  for (const tick of [0, 0.5, 1]) {
    plot.append(svg('line', { x1: pad.left, x2: w - pad.right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: pad.left - 4, y: y(tick) + 3, class: 'tick', 'text-anchor': 'end' }, `${tick * 100}%`));
  }
  periods.forEach((p, i) => {
    const anchor = periods.length > 1 && i === periods.length - 1 ? 'end' : i === 0 ? 'start' : 'middle';
    plot.append(svg('text', { x: x(i), y: h - 4, class: `tick${label(p) === mark ? ' mark' : ''}`, 'text-anchor': anchor },
      label(p)));
  });
  for (const s of series) {
    const known = periods.map((p, i) => [i, s.value(p)]).filter(([, v]) => v != null);
    plot.append(svg('polyline', { points: known.map(([i, v]) => `${x(i)},${y(v)}`).join(' '), class: `line ${s.key}` }));
    for (const [i, v] of known) {
      plot.append(svg('circle', { cx: x(i), cy: y(v), r: label(periods[i]) === mark ? 4 : 2.5, class: `dot ${s.key}` },
        svg('title', {}, `${label(periods[i])} ${s.label} ${format(v)}`)));
    }
  }
  const table = el('table', 'table trend-table');
  table.append(el('tr', null, el('th', null, ''), ...series.map((s) => el('th', `num ${s.key}`, s.label))));
  for (const p of periods) {
    const tr = el('tr', label(p) === mark ? 'mark' : null, el('td', null, label(p)),
      ...series.map((s) => {
        const td = el('td', 'num', format(s.value(p)));
        td.dataset.series = s.key;
        return td;
      }));
    tr.dataset.asOf = label(p);
    table.append(tr);
  }
  const chart = el('div', 'trend-chart', plot, table);
  chart.dataset.testid = `chart-${id}`;
  chart.dataset.points = String(periods.length);
  return [el('h3', null, title), chart];
}
