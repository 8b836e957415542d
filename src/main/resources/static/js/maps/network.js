// 关系网络: the network map of the scope as the server lays it out (FORCE or GEO), coloured by
// kind or by cluster, joint-branch groups outlined.
import { $, el, escapeHtml } from '../dom.js';
import { requestGate, Stale } from '../graphql.js';
import { t } from '../i18n.js';
import { clusterColour, emit, on, scopeInput, state } from '../state.js';

export const NODE_KINDS = ['AREA', 'PARK', 'BUILDING', 'ORGANIZATION', 'PARTY_ORGANIZATION', 'OFFICER'];
export const KIND_COLOURS = {
  AREA: '#8c8c8c', PARK: '#3b7ddd', BUILDING: '#6f42c1', ORGANIZATION: '#f0a020', PARTY_ORGANIZATION: '#d62728', OFFICER: '#2ca02c',
};
const KIND_SYMBOLS = { AREA: 'roundRect', PARK: 'roundRect', BUILDING: 'rect', ORGANIZATION: 'circle', PARTY_ORGANIZATION: 'diamond', OFFICER: 'triangle' };
const JOINT_OUTLINE = '#111111';

const QUERY = `query NetworkMap($scope: Scope!, $include: [NodeKind!], $maxNodes: Int!, $layout: Layout!) {
  networkMap(scope: $scope, include: $include, maxNodes: $maxNodes, layout: $layout) {
    nodes { id entityId kind label x y lat lon size cluster }
    edges { id source target kind }
    truncated
  }
}`;

const gate = requestGate();
let chart = null;
let map = null;

const container = () => $('#map');

function setStatus(mapState, message) {
  container().dataset.state = mapState;
  const status = $('#map-status');
  status.dataset.state = mapState;
  status.textContent = message;
}

function ensureChart() {
  if (chart) return chart;
  if (typeof window.echarts === 'undefined') throw new Error(t('map.noEcharts'));
  chart = window.echarts.init(container(), null, { renderer: 'canvas' });
  window.addEventListener('resize', () => chart.resize());
  chart.on('click', (p) => {
    if (p.dataType === 'node') emit('select', { kind: p.data.raw.kind, entityId: p.data.raw.entityId });
  });
  return chart;
}

export function includedKinds() {
  return [...document.querySelectorAll('#include-kinds input:checked')].map((i) => i.value);
}

/** Loads and draws the network of the current scope. */
export async function load() {
  const request = gate.next();
  if (!state.scope) return;
  setStatus('loading', t('map.loading'));
  const kinds = includedKinds();
  try {
    const data = await request.query(QUERY, {
      scope: scopeInput(),
      include: kinds.length < NODE_KINDS.length ? kinds : null,
      maxNodes: Math.max(1, parseInt($('#max-nodes').value, 10) || 2000),
      layout: $('#layout-select').value,
    });
    map = data.networkMap;
    draw();
  } catch (e) {
    if (e instanceof Stale) return;
    map = null;
    chart?.clear();
    setStatus('error', t('map.failed') + e.message);
    throw e;
  }
}

export function resize() {
  chart?.resize();
}

export function clear() {
  gate.next();
  map = null;
  chart?.clear();
  container().dataset.nodeCount = '0';
  container().dataset.edgeCount = '0';
}

const clusterOfNode = (n) => state.clusterOf.get(n.entityId) ?? null;

function nodeSize(n) {
  const base = { AREA: 18, PARK: 18, BUILDING: 12, ORGANIZATION: 8, PARTY_ORGANIZATION: 11, OFFICER: 9 }[n.kind] ?? 8;
  return n.size > 0 ? Math.max(4, Math.min(40, n.size)) : base;
}

function edgeStyle(kind) {
  switch (kind) {
    case 'COVERS': return { color: '#d62728', opacity: 0.6 };
    case 'GUIDES': return { color: '#2ca02c', type: 'dashed', opacity: 0.6 };
    case 'REPORTS_TO': return { color: '#8b0000', width: 1.2 };
    case 'SUPPLIES': case 'INVESTS_IN': case 'SUBSIDIARY_OF': case 'COOPERATES':
      return { color: '#f0a020', type: 'dotted', opacity: 0.7 };
    default: return { color: '#aaaaaa' };
  }
}

/** Draws the last answer again (after a colour, cluster or group change). */
export function draw() {
  if (!map || container().hidden) return;
  const c = ensureChart();
  const byCluster = $('#colour-select').value === 'cluster';
  const categories = [];
  const categoryIndex = new Map();
  const category = (key, name, colour) => {
    if (!categoryIndex.has(key)) {
      categoryIndex.set(key, categories.length);
      categories.push({ name, itemStyle: { color: colour } });
    }
    return categoryIndex.get(key);
  };
  if (!byCluster) for (const k of NODE_KINDS) category(k, t(`kind.${k}`), KIND_COLOURS[k]);

  const index = new Map();
  const nodes = [];
  for (const n of map.nodes) {
    let cat;
    if (byCluster) {
      const cl = clusterOfNode(n);
      cat = cl == null ? category('∅', t('cluster.none'), '#c8c8c8')
        : category(cl, state.clusterLabel.get(cl) ?? cl, clusterColour(cl));
    } else {
      cat = category(n.kind, t(`kind.${n.kind}`), KIND_COLOURS[n.kind] ?? '#999');
    }
    const group = state.jointUnits.get(n.entityId);
    const highlighted = group != null && state.highlightedGroup === group;
    index.set(n.id, nodes.length);
    nodes.push({
      id: n.id,
      name: n.label,
      x: n.x,
      y: n.y,
      category: cat,
      symbol: KIND_SYMBOLS[n.kind] ?? 'circle',
      symbolSize: nodeSize(n) * (highlighted ? 1.8 : 1),
      itemStyle: group != null
        ? { borderColor: highlighted ? '#ff00aa' : JOINT_OUTLINE, borderWidth: highlighted ? 4 : 2.5 } : undefined,
      label: { show: highlighted || n.kind === 'AREA' || n.kind === 'PARK' },
      raw: n,
    });
  }
  const links = [];
  for (const e of map.edges) {
    const s = index.get(e.source);
    const tg = index.get(e.target);
    if (s != null && tg != null) links.push({ source: s, target: tg, raw: e, lineStyle: edgeStyle(e.kind) });
  }
  c.dispatchAction({ type: 'hideTip' }); // no tooltip outlives the component setOption replaces
  c.setOption({
    animation: nodes.length < 500,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        if (p.dataType === 'node') {
          const n = p.data.raw;
          const cl = clusterOfNode(n);
          return `<b>${escapeHtml(n.label)}</b><br>${escapeHtml(t(`kind.${n.kind}`))}`
            + (cl != null ? `<br>${escapeHtml(t('panel.clusters'))}: ${escapeHtml(state.clusterLabel.get(cl) ?? '')}` : '');
        }
        if (p.dataType === 'edge') return escapeHtml(t(`edge.${p.data.raw.kind}`));
        return '';
      },
    },
    legend: [{ data: categories.map((x) => x.name), type: 'scroll', orient: 'vertical', left: 8, top: 8, bottom: 8 }],
    series: [{
      type: 'graph', layout: 'none', roam: true, draggable: false, categories, data: nodes, links,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 4,
      label: { position: 'right', fontSize: 11 },
      lineStyle: { opacity: 0.45, width: 0.8, curveness: 0 },
      emphasis: { focus: 'adjacency', lineStyle: { width: 2 } },
      left: 170, right: 20, top: 20, bottom: 20, progressiveThreshold: 5000,
    }],
  }, { notMerge: true });
  container().dataset.nodeCount = String(nodes.length);
  container().dataset.edgeCount = String(links.length);
  container().dataset.truncated = String(map.truncated);
  container().dataset.legend = categories.map((x) => x.name).join('|');
  let message = nodes.length === 0 ? t('map.empty') : t('map.drawn', { nodes: nodes.length, edges: links.length });
  if (map.truncated) message += t('map.truncated');
  setStatus('ready', message);
}

/** Highlights the node of an entity when it is on the map. */
function focus({ entityId }) {
  if (!chart || !map) return;
  const i = map.nodes.findIndex((n) => n.entityId === entityId);
  if (i < 0) return;
  chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
  chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i });
  chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
}

export function buildKindCheckboxes(onChange) {
  const box = $('#include-kinds');
  for (const k of NODE_KINDS) {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = k;
    input.checked = true;
    input.id = `include-${k.toLowerCase().replace('_', '-')}`;
    input.addEventListener('change', onChange);
    const swatch = el('span', 'swatch');
    swatch.style.background = KIND_COLOURS[k];
    const name = el('span', null, t(`kind.${k}`));
    name.dataset.i18n = `kind.${k}`;
    box.append(el('label', 'kind', input, swatch, name));
  }
}

on('clusters', () => { if ($('#colour-select').value === 'cluster') draw(); });
on('joint', () => draw());
on('select', focus);
