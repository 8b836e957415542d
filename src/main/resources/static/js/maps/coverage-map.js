// 党建地图: the scope's child areas as polygons coloured by organization or work coverage rate
// (five classes), UNCOVERED and SHOULD_BUILD organizations as dots, parks as dashed outlines.
// Click an area to drill down, hover for its figures. Areas without a boundary (no areas.geojson)
// are bubbles at their organizations' centroid, sized by how many organizations they hold.
import { $, el, escapeHtml } from '../dom.js';
import { requestGate, Stale } from '../graphql.js';
import { percent, t } from '../i18n.js';
import { emit, scopeInput, state } from '../state.js';

const DOTS = 1000; // one page of gaps per kind: a street or district rarely has more blank spots

const QUERY = `query CoverageMap($scope: Scope!, $code: ID!, $first: Int!, $asOf: String) {
  area(code: $code) { code name level boundary centroid { lat lon } }
  coverage(scope: $scope, asOf: $asOf) {
    byArea {
      key total organizationCovered workCovered uncovered organizationCoverageRate workCoverageRate
      area { code name level boundary centroid { lat lon } }
    }
  }
  parks(areaCode: $code) { id name location { lat lon } buildings { location { lat lon } } }
  uncovered: coverageGaps(scope: $scope, kinds: [UNCOVERED], asOf: $asOf, first: $first) {
    totalCount nodes { organization { id name location { lat lon } } }
  }
  shouldBuild: coverageGaps(scope: $scope, kinds: [SHOULD_BUILD], asOf: $asOf, first: $first) {
    totalCount nodes { count organization { id name location { lat lon } } }
  }
}`;

const COLOURS = ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850']; // red (low) to green (high)

/**
 * Five equal classes over the rates shown, widened to whole 5 % steps (at least 5 % in all): the
 * child areas of one street often differ by a few points only, and fixed 20 % classes would paint
 * them one colour. Each class is [from, to), the last one closed.
 */
export function classesFor(rates) {
  const known = rates.filter((r) => r != null);
  if (known.length === 0) return COLOURS.map((colour, i) => ({ from: i / 5, to: (i + 1) / 5, colour }));
  let lo = Math.floor(Math.min(...known) * 20) / 20;
  let hi = Math.ceil(Math.max(...known) * 20) / 20;
  if (hi - lo < 0.05) hi = Math.min(1, lo + 0.05);
  if (hi - lo < 0.05) lo = hi - 0.05;
  const step = (hi - lo) / 5;
  return COLOURS.map((colour, i) => ({ from: lo + i * step, to: i === 4 ? hi : lo + (i + 1) * step, colour }));
}
const NO_DATA = '#d9d9d9';
const DOT = { UNCOVERED: '#a50026', SHOULD_BUILD: '#ff7f00' };

const gate = requestGate();
let chart = null;
let drawn = null; // the last answer, to redraw on resize or rate change

const container = () => $('#coverage-map');

export function classOf(classes, rate) {
  if (rate == null) return -1;
  const i = classes.findIndex((c) => rate >= c.from && rate < c.to);
  return i < 0 ? classes.length - 1 : i; // the upper bound of the last class belongs to it
}

function setStatus(mapState, message) {
  container().dataset.state = mapState;
  const status = $('#map-status');
  status.dataset.state = mapState;
  status.textContent = message;
}

const rateKey = () => ($('#rate-select').value === 'work' ? 'workCoverageRate' : 'organizationCoverageRate');

// x = lon·cos(lat₀), y = lat: equal metres both ways at this latitude.
function projector(lat0) {
  const k = Math.cos((lat0 * Math.PI) / 180);
  return ([lon, lat]) => [lon * k, lat];
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  const g = typeof geometry === 'string' ? JSON.parse(geometry) : geometry;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function ringCentroid(ring) {
  let a = 0; let cx = 0; let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-18) return ring[0];
  return [cx / (3 * a), cy / (3 * a)];
}

function hull(points) {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower = [];
  for (const q of p) { while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop(); lower.push(q); }
  const upper = [];
  for (const q of [...p].reverse()) { while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop(); upper.push(q); }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

// A park's outline in projected degrees: the hull of its location and buildings pushed out by
// about 120 m, or a ring of 150 m around it when it has fewer than three points.
function parkOutline(park, project) {
  const pts = [park.location, ...park.buildings.map((b) => b.location)].filter(Boolean).map((l) => project([l.lon, l.lat]));
  if (pts.length === 0) return null;
  const pad = 120 / 111320;
  const h = hull(pts);
  if (h.length < 3) {
    const [cx, cy] = pts[0];
    const r = 150 / 111320;
    return Array.from({ length: 24 }, (_, i) => [cx + r * Math.cos((i * Math.PI) / 12), cy + r * Math.sin((i * Math.PI) / 12)]);
  }
  const cx = h.reduce((s, q) => s + q[0], 0) / h.length;
  const cy = h.reduce((s, q) => s + q[1], 0) / h.length;
  return h.map(([x, y]) => {
    const d = Math.hypot(x - cx, y - cy) || 1;
    return [x + ((x - cx) / d) * pad, y + ((y - cy) / d) * pad];
  });
}

function ensureChart() {
  if (chart) return chart;
  if (typeof window.echarts === 'undefined') throw new Error(t('map.noEcharts'));
  chart = window.echarts.init(container(), null, { renderer: 'canvas' });
  window.addEventListener('resize', () => { chart.resize(); render(); });
  chart.on('click', (p) => {
    const row = p.data?.row;
    if (row?.area) emit('navigate', { areaCode: row.area.code, level: row.area.level });
    const org = p.data?.org;
    if (org) emit('select', { kind: 'ORGANIZATION', entityId: org.id });
  });
  return chart;
}

/** Loads and draws the map of the current (area) scope. */
export async function load() {
  const request = gate.next();
  const scope = state.scope;
  if (!scope?.areaCode) return;
  setStatus('loading', t('map.loading'));
  try {
    const data = await request.query(QUERY, { scope: scopeInput(scope), code: scope.areaCode, first: DOTS, asOf: state.asOf });
    drawn = data;
    render();
  } catch (e) {
    if (e instanceof Stale) return;
    drawn = null;
    chart?.dispatchAction({ type: 'hideTip' });
    chart?.clear();
    setStatus('error', t('map.failed') + e.message);
    throw e;
  }
}

export function clear() {
  gate.next();
  drawn = null;
  chart?.dispatchAction({ type: 'hideTip' });
  chart?.clear();
  $('#map-legend').replaceChildren();
}

export function resize() {
  chart?.resize();
  render();
}

function tooltipFor(row) {
  const r = row;
  return `<b>${escapeHtml(r.area?.name ?? r.key)}</b><br>`
    + `${escapeHtml(t('cov.total'))}: ${r.total}<br>`
    + `${escapeHtml(t('cov.organizationCovered'))}: ${r.organizationCovered} (${percent(r.organizationCoverageRate)})<br>`
    + `${escapeHtml(t('cov.workCovered'))}: ${r.workCovered} (${percent(r.workCoverageRate)})<br>`
    + `${escapeHtml(t('cov.uncovered'))}: ${r.uncovered}`;
}

/** Draws the last answer (again): on load, resize, rate or language change. */
export function render() {
  if (!drawn || container().hidden) return;
  const c = ensureChart();
  const { area, coverage, parks, uncovered, shouldBuild } = drawn;
  const key = rateKey();
  const rows = coverage.byArea.filter((r) => r.area);

  // the frame: every child boundary, else the scope's own, else the centroids and dots
  const located = [];
  for (const r of rows) for (const poly of polygonsOf(r.area.boundary)) located.push(...poly[0]);
  if (located.length === 0) for (const poly of polygonsOf(area?.boundary)) located.push(...poly[0]);
  for (const r of rows) if (r.area.centroid && !r.area.boundary) located.push([r.area.centroid.lon, r.area.centroid.lat]);
  // at an older date a gap's organization may be gone from the latest state, which the API looks it up in
  const dots = (list, kind) => list.nodes.filter((g) => g.organization?.location)
    .map((g) => ({ kind, org: g.organization, lonlat: [g.organization.location.lon, g.organization.location.lat] }));
  const dotList = [...dots(uncovered, 'UNCOVERED'), ...dots(shouldBuild, 'SHOULD_BUILD')];
  if (located.length === 0) located.push(...dotList.map((d) => d.lonlat));
  if (located.length === 0) {
    c.dispatchAction({ type: 'hideTip' });
    c.clear();
    container().dataset.areaCount = '0';
    renderLegend(rows, classesFor([]), 0, 0, 0);
    setStatus('ready', t('cmap.nothing'));
    return;
  }
  const lat0 = located.reduce((s, p) => s + p[1], 0) / located.length;
  const project = projector(lat0);
  const xs = located.map((p) => project(p)[0]);
  const ys = located.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const padX = (x1 - x0) * 0.04 || 0.005;
  const padY = (y1 - y0) * 0.04 || 0.005;
  x0 -= padX; x1 += padX; y0 -= padY; y1 += padY;
  // keep the aspect: widen the short side to the grid's shape
  const grid = { left: 10, right: 10, top: 10, bottom: 10 };
  const w = Math.max(1, c.getWidth() - grid.left - grid.right);
  const h = Math.max(1, c.getHeight() - grid.top - grid.bottom);
  const dataAspect = (x1 - x0) / (y1 - y0);
  if (dataAspect < w / h) {
    const extra = ((y1 - y0) * (w / h) - (x1 - x0)) / 2;
    x0 -= extra; x1 += extra;
  } else {
    const extra = ((x1 - x0) / (w / h) - (y1 - y0)) / 2;
    y0 -= extra; y1 += extra;
  }

  const classes = classesFor(rows.map((r) => r[key]));
  const colourOf = (r) => {
    const k = classOf(classes, r[key]);
    return k < 0 ? NO_DATA : classes[k].colour;
  };
  const withShape = rows.filter((r) => r.area.boundary);
  const bubbles = rows.filter((r) => !r.area.boundary && r.area.centroid);
  const areaData = withShape.map((r) => {
    const polys = polygonsOf(r.area.boundary).map((p) => p[0].map(project));
    const biggest = polys.reduce((a, b) => (b.length > a.length ? b : a), polys[0]);
    return { value: ringCentroid(biggest), name: r.area.name, row: r, polys };
  });
  const maxTotal = Math.max(1, ...bubbles.map((r) => r.total));
  const parkData = parks.map((p) => ({ name: p.name, ring: parkOutline(p, project), park: p })).filter((p) => p.ring);

  const series = [
    {
      type: 'custom', name: 'areas', coordinateSystem: 'cartesian2d', data: areaData, encode: { x: 0, y: 1 },
      renderItem: (params, api) => {
        const d = areaData[params.dataIndex];
        const fill = colourOf(d.row);
        const children = d.polys.map((ring) => ({
          type: 'polygon',
          shape: { points: ring.map((p) => api.coord(p)) },
          style: { fill, stroke: '#ffffff', lineWidth: 1.5 },
          emphasis: { style: { stroke: '#1f2328', lineWidth: 3 } },
        }));
        const [lx, ly] = api.coord(d.value);
        children.push({
          type: 'text', silent: true,
          style: { text: `${d.name}\n${percent(d.row[key])}`, x: lx, y: ly, align: 'center', verticalAlign: 'middle',
            fill: '#1f2328', font: '12px sans-serif', stroke: 'rgba(255,255,255,0.8)', lineWidth: 3 },
        });
        return { type: 'group', children };
      },
      tooltip: { formatter: (p) => tooltipFor(p.data.row) },
      z: 1,
    },
    {
      type: 'scatter', name: 'bubbles', data: bubbles.map((r) => ({
        value: project([r.area.centroid.lon, r.area.centroid.lat]), name: r.area.name, row: r,
        symbolSize: 14 + 46 * Math.sqrt(r.total / maxTotal), itemStyle: { color: colourOf(r), opacity: 0.85, borderColor: '#fff' },
      })),
      label: { show: true, formatter: (p) => `${p.data.name}\n${percent(p.data.row[key])}`, fontSize: 11, color: '#1f2328' },
      tooltip: { formatter: (p) => tooltipFor(p.data.row) },
      z: 2,
    },
    {
      type: 'custom', name: 'parks', coordinateSystem: 'cartesian2d', encode: { x: 0, y: 1 },
      data: parkData.map((p) => ({ value: p.ring[0], name: p.name, ring: p.ring })),
      renderItem: (params, api) => {
        const d = parkData[params.dataIndex];
        const points = d.ring.map((p) => api.coord(p));
        const top = points.reduce((a, b) => (b[1] < a[1] ? b : a), points[0]);
        return {
          type: 'group',
          children: [
            { type: 'polygon', shape: { points }, style: { fill: 'rgba(59,125,221,0.08)', stroke: '#3b7ddd', lineWidth: 1.5, lineDash: [5, 3] } },
            { type: 'text', silent: true, style: { text: d.name, x: top[0], y: top[1] - 4, align: 'center', verticalAlign: 'bottom', fill: '#1f4e9c', font: '11px sans-serif' } },
          ],
        };
      },
      tooltip: { formatter: (p) => `<b>${escapeHtml(p.data.name)}</b><br>${escapeHtml(t('kind.PARK'))}` },
      z: 3,
    },
    ...['UNCOVERED', 'SHOULD_BUILD'].map((kind) => ({
      type: 'scatter', name: kind, symbolSize: kind === 'SHOULD_BUILD' ? 8 : 6, z: kind === 'SHOULD_BUILD' ? 5 : 4,
      itemStyle: { color: DOT[kind], borderColor: '#fff', borderWidth: 0.8 },
      data: dotList.filter((d) => d.kind === kind).map((d) => ({ value: project(d.lonlat), name: d.org.name, org: d.org })),
      tooltip: { formatter: (p) => `<b>${escapeHtml(p.data.name)}</b><br>${escapeHtml(t(`gap.${kind}`))}` },
    })),
  ];

  // the officers panel's proposed assignments: officer's base → organization
  const lines = state.officerLines.map((l) => ({
    coords: [project([l.from.lon, l.from.lat]), project([l.to.lon, l.to.lat])], name: `${l.officer} → ${l.organization}`,
  }));
  if (lines.length) {
    series.push({
      type: 'lines', name: 'officers', coordinateSystem: 'cartesian2d', z: 6, data: lines,
      lineStyle: { color: '#8e44ad', width: 1.2, opacity: 0.8 },
      tooltip: { formatter: (p) => escapeHtml(p.data.name) },
    });
  }
  container().dataset.officerLineCount = String(lines.length);

  // A tooltip due to show must not outlive the tooltip component that notMerge replaces.
  c.dispatchAction({ type: 'hideTip' });
  c.setOption({
    animation: false,
    grid,
    xAxis: { type: 'value', min: x0, max: x1, show: false },
    yAxis: { type: 'value', min: y0, max: y1, show: false },
    tooltip: { trigger: 'item', confine: true },
    series,
  }, { notMerge: true });

  const nUncovered = dotList.filter((d) => d.kind === 'UNCOVERED').length;
  const nShould = dotList.filter((d) => d.kind === 'SHOULD_BUILD').length;
  container().dataset.areaCount = String(rows.length);
  container().dataset.polygonCount = String(withShape.length);
  container().dataset.bubbleCount = String(bubbles.length);
  renderLegend(rows, classes, nUncovered, nShould, parkData.length);
  let message = t('cmap.drawn', { areas: rows.length, uncovered: uncovered.totalCount, should: shouldBuild.totalCount });
  if (uncovered.totalCount > uncovered.nodes.length || shouldBuild.totalCount > shouldBuild.nodes.length) {
    message += t('cmap.someDots');
  }
  setStatus('ready', message);
}

const pct = (x) => `${Math.round(x * 1000) / 10}%`;

function renderLegend(rows, classes, nUncovered, nShould, nParks) {
  const key = rateKey();
  const legend = $('#map-legend');
  const entry = (mark, label, count) => {
    const li = el('li', 'legend-entry', mark, el('span', 'legend-label', label), el('span', 'muted', ` (${count})`));
    li.dataset.testid = 'legend-entry';
    return li;
  };
  const swatch = (colour, cls = 'swatch') => {
    const s = el('span', cls);
    s.style.background = colour;
    return s;
  };
  const counts = classes.map(() => 0);
  let noData = 0;
  for (const r of rows) {
    const k = classOf(classes, r[key]);
    if (k < 0) noData += 1; else counts[k] += 1;
  }
  const title = el('li', 'legend-title', t(key === 'workCoverageRate' ? 'cov.workCoverageRate' : 'cov.organizationCoverageRate'));
  const items = classes.map((cl, i) => entry(swatch(cl.colour), `${pct(cl.from)}–${pct(cl.to)}`, counts[i]));
  if (noData > 0) items.push(entry(swatch(NO_DATA), t('cmap.noOrgs'), noData));
  items.push(entry(swatch(DOT.UNCOVERED, 'dot'), t('gap.UNCOVERED'), nUncovered));
  items.push(entry(swatch(DOT.SHOULD_BUILD, 'dot'), t('gap.SHOULD_BUILD'), nShould));
  items.push(entry(el('span', 'ring'), t('kind.PARK'), nParks));
  legend.replaceChildren(title, ...items);
}

export const strings = {
  zh: {
    'cmap.drawn': '{areas} 个下级区划；空白点 {uncovered} 个，应建未建 {should} 个。点击区划下钻。',
    'cmap.someDots': '（地图上只画前 1000 个）',
    'cmap.nothing': '该区划没有下级区划，也没有可定位的单位。',
    'cmap.noOrgs': '无两新组织',
    'cmap.rate': '着色依据', 'cmap.rate.org': '组织覆盖率', 'cmap.rate.work': '工作覆盖率',
  },
  en: {
    'cmap.drawn': '{areas} child areas; {uncovered} uncovered, {should} should build. Click an area to drill down.',
    'cmap.someDots': ' (the first 1000 drawn)',
    'cmap.nothing': 'This area has no child areas and no located organizations.',
    'cmap.noOrgs': 'no organizations',
    'cmap.rate': 'Colour by', 'cmap.rate.org': 'Organization coverage', 'cmap.rate.work': 'Work coverage',
  },
};
