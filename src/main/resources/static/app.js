// The network explorer: a thin client of the service's GraphQL API.
// Only areas / parks / networkMap are needed to draw the map; every analytics panel
// (coverage, gaps, joint branches, clusters) is queried on its own and shows
// "暂无 / not available" when the server does not (yet) have that field.

const BASE = location.pathname.replace(/\/[^/]*$/, ''); // works under a context path too
const GRAPHQL_URL = BASE + '/graphql';

const NODE_KINDS = ['AREA', 'PARK', 'BUILDING', 'ORGANIZATION', 'PARTY_ORGANIZATION', 'OFFICER'];
const KIND_COLOURS = {
  AREA: '#8c8c8c',
  PARK: '#3b7ddd',
  BUILDING: '#6f42c1',
  ORGANIZATION: '#f0a020',
  PARTY_ORGANIZATION: '#d62728',
  OFFICER: '#2ca02c',
};
const KIND_SYMBOLS = {
  AREA: 'roundRect',
  PARK: 'roundRect',
  BUILDING: 'rect',
  ORGANIZATION: 'circle',
  PARTY_ORGANIZATION: 'diamond',
  OFFICER: 'triangle',
};
const CLUSTER_PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452',
  '#9a60b4', '#ea7ccc', '#1f77b4', '#8c564b', '#17becf', '#bcbd22', '#7f7f7f', '#e377c2', '#2f4554'];
const JOINT_OUTLINE = '#111111';

// ---------------------------------------------------------------- i18n

const STRINGS = {
  zh: {
    title: '两新组织党建网络图',
    graphiql: 'GraphQL 控制台',
    toggle: 'English',
    level: '区划层级',
    'level.PROVINCE': '省', 'level.CITY': '市', 'level.DISTRICT': '区/县',
    'level.STREET': '街道/乡镇', 'level.COMMUNITY': '社区/村',
    area: '区划', 'area.pick': '— 选择区划 —',
    park: '园区', 'park.pick': '— 选择园区 —',
    layout: '布局', 'layout.FORCE': '关系', 'layout.GEO': '地理',
    colourBy: '着色', 'colour.kind': '按类型', 'colour.cluster': '按聚类',
    maxNodes: '节点上限', include: '包含',
    'map.idle': '请选择区划或园区。',
    'map.loading': '正在加载网络图…',
    'map.drawn': '已绘制 {nodes} 个节点、{edges} 条边。',
    'map.truncated': '（节点过多，已截断；可提高节点上限或缩小范围）',
    'map.empty': '该范围内没有节点。',
    'map.failed': '网络图加载失败。',
    'map.noEcharts': '绘图库 ECharts 未加载（构建时是否跳过了前端？）',
    'panel.node': '选中节点', 'panel.coverage': '覆盖情况', 'panel.gaps': '短板清单',
    'panel.joint': '联合党支部建议', 'panel.clusters': '聚类',
    'panel.pickScope': '请先选择范围。',
    loading: '加载中…',
    unavailable: '暂无（服务端尚未提供此功能）',
    failed: '查询失败',
    none: '无',
    'cov.total': '两新组织总数', 'cov.organizationCovered': '组织覆盖', 'cov.workCovered': '工作覆盖',
    'cov.uncovered': '空白点', 'cov.organizationCoverageRate': '组织覆盖率', 'cov.workCoverageRate': '工作覆盖率',
    'gaps.total': '共 {n} 条', 'gaps.shown': '（显示前 {n} 条）',
    'joint.summary': '符合条件 {eligible} 家，已编组 {placed} 家，共 {groups} 组',
    'joint.units': '家', 'joint.spread': '跨度', 'joint.unplaced': '未能编组',
    'joint.outline': '地图上以黑色描边标出已编组的组织；点击组名可高亮。',
    'clusters.summary': '{n} 个聚类，模块度 {q}',
    'clusters.industry': '主导行业', 'clusters.eligible': '可联建单位', 'clusters.coverage': '组织覆盖率',
    'clusters.orgs': '组织',
    'node.kind': '类型', 'node.id': '编号', 'node.cluster': '聚类',
    'error.server': '服务端错误', 'error.network': '无法连接服务',
    'kind.AREA': '区划', 'kind.PARK': '园区', 'kind.BUILDING': '楼宇', 'kind.ORGANIZATION': '两新组织',
    'kind.PARTY_ORGANIZATION': '党组织', 'kind.OFFICER': '党建指导员',
    'edge.COVERS': '覆盖', 'edge.REPORTS_TO': '隶属', 'edge.GUIDES': '指导', 'edge.IN_PARK': '位于园区',
    'edge.IN_BUILDING': '位于楼宇', 'edge.PART_OF': '下辖于', 'edge.SUPPLIES': '供应',
    'edge.INVESTS_IN': '投资', 'edge.SUBSIDIARY_OF': '子公司', 'edge.COOPERATES': '合作',
    'gap.UNCOVERED': '空白点', 'gap.SHOULD_BUILD': '应建未建', 'gap.GRADUATION': '可单独组建',
    'gap.JOINT_CANDIDATE': '可联合组建', 'gap.HIDDEN_MEMBERS': '隐形党员', 'gap.UNDERSIZED_BRANCH': '支部人数不足',
    'gap.OVERSIZED_BRANCH': '支部人数过多', 'gap.JOINT_TOO_WIDE': '联合支部单位过多',
    'gap.COVERS_DEREGISTERED': '覆盖已注销单位', 'gap.OFFICER_OVERLOAD': '指导员负担过重', 'gap.STALE_RECORD': '台账未及时更新',
    'cluster.none': '未分组',
  },
  en: {
    title: 'Party-building network of new organizations',
    graphiql: 'GraphQL console',
    toggle: '中文',
    level: 'Area level',
    'level.PROVINCE': 'Province', 'level.CITY': 'City', 'level.DISTRICT': 'District',
    'level.STREET': 'Street / town', 'level.COMMUNITY': 'Community / village',
    area: 'Area', 'area.pick': '— choose an area —',
    park: 'Park', 'park.pick': '— choose a park —',
    layout: 'Layout', 'layout.FORCE': 'Relations', 'layout.GEO': 'Geographic',
    colourBy: 'Colour', 'colour.kind': 'by kind', 'colour.cluster': 'by cluster',
    maxNodes: 'Max nodes', include: 'Include',
    'map.idle': 'Choose an area or a park.',
    'map.loading': 'Loading the network map…',
    'map.drawn': 'Drew {nodes} nodes and {edges} edges.',
    'map.truncated': ' (too many nodes, truncated: raise the limit or narrow the scope)',
    'map.empty': 'No nodes in this scope.',
    'map.failed': 'The network map failed to load.',
    'map.noEcharts': 'The drawing library (ECharts) did not load (was the frontend build skipped?)',
    'panel.node': 'Selected node', 'panel.coverage': 'Coverage', 'panel.gaps': 'Gaps',
    'panel.joint': 'Joint-branch proposals', 'panel.clusters': 'Clusters',
    'panel.pickScope': 'Choose a scope first.',
    loading: 'Loading…',
    unavailable: 'Not available (the server does not offer this yet)',
    failed: 'Query failed',
    none: 'None',
    'cov.total': 'Organizations', 'cov.organizationCovered': 'Organization-covered', 'cov.workCovered': 'Work-covered',
    'cov.uncovered': 'Uncovered', 'cov.organizationCoverageRate': 'Organization coverage', 'cov.workCoverageRate': 'Work coverage',
    'gaps.total': '{n} in total', 'gaps.shown': ' (first {n} shown)',
    'joint.summary': '{eligible} eligible, {placed} placed, in {groups} groups',
    'joint.units': 'units', 'joint.spread': 'spread', 'joint.unplaced': 'Not placed',
    'joint.outline': 'Grouped organizations are outlined in black on the map; click a group to highlight it.',
    'clusters.summary': '{n} clusters, modularity {q}',
    'clusters.industry': 'Main industry', 'clusters.eligible': 'Joint-branch units', 'clusters.coverage': 'Organization coverage',
    'clusters.orgs': 'organizations',
    'node.kind': 'Kind', 'node.id': 'Id', 'node.cluster': 'Cluster',
    'error.server': 'Server error', 'error.network': 'Cannot reach the service',
    'kind.AREA': 'Area', 'kind.PARK': 'Park', 'kind.BUILDING': 'Building', 'kind.ORGANIZATION': 'Organization',
    'kind.PARTY_ORGANIZATION': 'Party organization', 'kind.OFFICER': 'Guidance officer',
    'edge.COVERS': 'covers', 'edge.REPORTS_TO': 'reports to', 'edge.GUIDES': 'guides', 'edge.IN_PARK': 'in park',
    'edge.IN_BUILDING': 'in building', 'edge.PART_OF': 'part of', 'edge.SUPPLIES': 'supplies',
    'edge.INVESTS_IN': 'invests in', 'edge.SUBSIDIARY_OF': 'subsidiary of', 'edge.COOPERATES': 'cooperates',
    'gap.UNCOVERED': 'Uncovered', 'gap.SHOULD_BUILD': 'Should build', 'gap.GRADUATION': 'Ready to build its own',
    'gap.JOINT_CANDIDATE': 'Joint-branch candidate', 'gap.HIDDEN_MEMBERS': 'Hidden members', 'gap.UNDERSIZED_BRANCH': 'Undersized branch',
    'gap.OVERSIZED_BRANCH': 'Oversized branch', 'gap.JOINT_TOO_WIDE': 'Joint branch too wide',
    'gap.COVERS_DEREGISTERED': 'Covers a deregistered unit', 'gap.OFFICER_OVERLOAD': 'Officer overloaded', 'gap.STALE_RECORD': 'Stale record',
    'cluster.none': 'no cluster',
  },
};

const LANG_PARAM = new URLSearchParams(location.search).get('lang');
let lang = (LANG_PARAM ?? localStorage.getItem('liangxin.lang')) === 'en' ? 'en' : 'zh';

function t(key, params = {}) {
  const s = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (params[k] ?? ''));
}

function applyStaticStrings() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title') + ' · liangxin-graph';
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  $('#lang-toggle').textContent = t('toggle');
  $('#lang-toggle').setAttribute('aria-label', lang === 'zh' ? 'Switch to English' : '切换到中文');
}

// ---------------------------------------------------------------- GraphQL

const $ = (sel) => document.querySelector(sel);

/** A failed query; `unavailable` when the server rejected the document itself (unknown field or type). */
class QueryError extends Error {
  constructor(message, { unavailable = false, network = false } = {}) {
    super(message);
    this.unavailable = unavailable;
    this.network = network;
  }
}

async function gql(query) {
  let response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        // the session's CSRF token (cookie XSRF-TOKEN) and no Basic pop-up on an expired session
        'X-XSRF-TOKEN': decodeURIComponent((document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || ''),
        'X-Requested-With': 'fetch',
      },
      credentials: 'same-origin',
      body: JSON.stringify({ query }),
    });
    if (response.status === 401) {
      location.assign('/login');
    }
  } catch (e) {
    throw new QueryError(`${t('error.network')}: ${e.message}`, { network: true });
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new QueryError(`HTTP ${response.status} ${response.statusText}`);
  }
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    const validation = errors.some((e) => isValidationError(e));
    const message = errors.map((e) => e.message).join('; ');
    // A partial answer still counts when data came back (e.g. one nullable field failed).
    if (!validation && body.data && Object.values(body.data).some((v) => v != null)) {
      showError(`${t('error.server')}: ${message}`);
      return body.data;
    }
    throw new QueryError(message, { unavailable: validation });
  }
  if (!response.ok) throw new QueryError(`HTTP ${response.status}`);
  return body.data;
}

function isValidationError(error) {
  const c = error?.extensions?.classification;
  const type = typeof c === 'string' ? c : c?.type;
  if (type === 'ValidationError' || type === 'InvalidSyntax') return true;
  return /^Validation error|is undefined|Unknown (type|argument)|FieldUndefined/.test(error?.message ?? '');
}

/** A GraphQL string literal (JSON's escapes are valid GraphQL escapes). */
const str = (s) => JSON.stringify(String(s));

// ---------------------------------------------------------------- state

const state = {
  scope: null, // { areaCode } | { parkId }
  map: null, // networkMap result
  clusterOf: new Map(), // entityId -> cluster id
  clusterLabel: new Map(), // cluster id -> label
  clusterColour: new Map(), // cluster id -> colour, shared by the map and the clusters panel
  jointUnits: new Map(), // entityId -> group index
  highlightedGroup: null,
  request: 0, // drops answers of superseded requests
};

let chart = null;

function scopeLiteral(scope) {
  return scope.parkId != null ? `{parkId: ${str(scope.parkId)}}` : `{areaCode: ${str(scope.areaCode)}}`;
}

// ---------------------------------------------------------------- errors

function showError(message) {
  const box = $('#errors');
  const item = document.createElement('div');
  item.className = 'error';
  item.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'close');
  close.addEventListener('click', () => {
    item.remove();
    box.hidden = box.childElementCount === 0;
  });
  item.append(close);
  box.append(item);
  box.hidden = false;
  console.error(message);
}

function clearErrors() {
  $('#errors').replaceChildren();
  $('#errors').hidden = true;
}

// ---------------------------------------------------------------- areas and parks

async function loadAreas(wanted) {
  const level = $('#area-level').value;
  const select = $('#area-select');
  const previous = wanted ?? select.value;
  select.disabled = true;
  try {
    const data = await gql(`{ areas(level: ${level}) { code name level } }`);
    const areas = [...(data.areas ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    select.replaceChildren(placeholder('area.pick'),
      ...areas.map((a) => option(a.code, `${a.name}（${a.code}）`)));
    if (areas.some((a) => a.code === previous)) select.value = previous;
  } catch (e) {
    select.replaceChildren(placeholder('area.pick'));
    showError(`${t('area')}: ${e.message}`);
  } finally {
    select.disabled = false;
  }
}

async function loadParks(areaCode, wanted) {
  const select = $('#park-select');
  const previous = wanted ?? select.value;
  select.disabled = true;
  try {
    const args = areaCode ? `(areaCode: ${str(areaCode)})` : '';
    const data = await gql(`{ parks${args} { id name } }`);
    const parks = [...(data.parks ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    select.replaceChildren(placeholder('park.pick'), ...parks.map((p) => option(p.id, p.name)));
    if (parks.some((p) => p.id === previous)) select.value = previous;
  } catch (e) {
    select.replaceChildren(placeholder('park.pick'));
    showError(`${t('park')}: ${e.message}`);
  } finally {
    select.disabled = false;
  }
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function placeholder(key) {
  const o = option('', t(key));
  o.dataset.i18n = key;
  return o;
}

// ---------------------------------------------------------------- the map

function includedKinds() {
  return [...document.querySelectorAll('#include-kinds input:checked')].map((i) => i.value);
}

async function loadScope(scope) {
  state.scope = scope;
  state.map = null;
  state.clusterOf = new Map();
  state.clusterLabel = new Map();
  state.clusterColour = new Map();
  state.jointUnits = new Map();
  state.highlightedGroup = null;
  const request = ++state.request;
  clearErrors();
  $('#node-panel').hidden = true;
  if (!scope) {
    setMapStatus('idle', t('map.idle'));
    chart?.clear();
    setCounts(0, 0);
    for (const id of ['coverage', 'gaps', 'joint', 'clusters']) setPanel(id, 'idle', text(t('panel.pickScope')));
    return;
  }
  const panels = [loadCoverage(scope, request), loadGaps(scope, request), loadJoint(scope, request), loadClusters(scope, request)];
  await Promise.allSettled([loadMap(scope, request), ...panels]);
}

async function loadMap(scope, request) {
  setMapStatus('loading', t('map.loading'));
  const kinds = includedKinds();
  const include = kinds.length < NODE_KINDS.length ? `, include: [${kinds.join(', ')}]` : '';
  const maxNodes = Math.max(1, parseInt($('#max-nodes').value, 10) || 2000);
  const layout = $('#layout-select').value;
  try {
    const data = await gql(`{
      networkMap(scope: ${scopeLiteral(scope)}${include}, maxNodes: ${maxNodes}, layout: ${layout}) {
        nodes { id entityId kind label x y lat lon size cluster }
        edges { id source target kind }
        truncated
      }
    }`);
    if (request !== state.request) return;
    state.map = data.networkMap ?? { nodes: [], edges: [], truncated: false };
    draw();
  } catch (e) {
    if (request !== state.request) return;
    chart?.clear();
    setCounts(0, 0);
    setMapStatus('error', `${t('map.failed')} ${e.message}`);
    showError(`${t('map.failed')} ${e.message}`);
  }
}

function setMapStatus(mapState, message) {
  $('#map').dataset.state = mapState;
  $('#map-status').dataset.state = mapState;
  $('#map-status').textContent = message;
  $('#map-status').removeAttribute('data-i18n');
}

function setCounts(nodes, edges) {
  $('#map').dataset.nodeCount = String(nodes);
  $('#map').dataset.edgeCount = String(edges);
}

function ensureChart() {
  if (chart) return chart;
  if (typeof window.echarts === 'undefined') throw new Error(t('map.noEcharts'));
  chart = window.echarts.init($('#map'), null, { renderer: 'canvas' });
  window.addEventListener('resize', () => chart.resize());
  chart.on('click', (params) => {
    if (params.dataType === 'node') showNode(params.data.raw);
  });
  return chart;
}

function colourMode() {
  return $('#colour-select').value;
}

function clusterOfNode(node) {
  return state.clusterOf.get(node.entityId) ?? node.cluster ?? null;
}

/** Draws the server's layout as it is: positions come from x,y (GEO falls back to lon/lat). */
function draw() {
  const map = state.map;
  if (!map) return;
  let c;
  try {
    c = ensureChart();
  } catch (e) {
    setMapStatus('error', e.message);
    showError(e.message);
    return;
  }

  const byCluster = colourMode() === 'cluster';
  const categories = [];
  const categoryIndex = new Map();
  const category = (key, name, colour) => {
    if (!categoryIndex.has(key)) {
      categoryIndex.set(key, categories.length);
      categories.push({ name, itemStyle: { color: colour } });
    }
    return categoryIndex.get(key);
  };
  if (!byCluster) {
    for (const k of NODE_KINDS) category(k, t(`kind.${k}`), KIND_COLOURS[k]);
  }

  const index = new Map();
  const nodes = [];
  for (const n of map.nodes ?? []) {
    let x = n.x;
    let y = n.y;
    if ((x == null || y == null) && n.lon != null && n.lat != null) {
      x = n.lon;
      y = -n.lat; // screen y grows downwards
    }
    if (x == null || y == null) continue;
    let cat;
    if (byCluster) {
      const cl = clusterOfNode(n);
      if (cl == null) {
        cat = category('∅', t('cluster.none'), '#c8c8c8');
      } else {
        const label = state.clusterLabel.get(String(cl)) ?? `#${cl}`;
        cat = category(String(cl), label, clusterColour(String(cl)));
      }
    } else {
      cat = category(n.kind, t(`kind.${n.kind}`), KIND_COLOURS[n.kind] ?? '#999');
    }
    const group = state.jointUnits.get(n.entityId);
    const inGroup = group != null;
    const highlighted = inGroup && state.highlightedGroup === group;
    index.set(n.id, nodes.length);
    nodes.push({
      id: String(n.id),
      name: n.label ?? String(n.entityId ?? n.id),
      x,
      y,
      category: cat,
      symbol: KIND_SYMBOLS[n.kind] ?? 'circle',
      symbolSize: nodeSize(n) * (highlighted ? 1.8 : 1),
      itemStyle: inGroup
        ? { borderColor: highlighted ? '#ff00aa' : JOINT_OUTLINE, borderWidth: highlighted ? 4 : 2.5 }
        : undefined,
      label: { show: highlighted || n.kind === 'AREA' || n.kind === 'PARK' },
      raw: n,
    });
  }

  const links = [];
  for (const e of map.edges ?? []) {
    const s = index.get(e.source);
    const tg = index.get(e.target);
    if (s == null || tg == null) continue;
    links.push({ source: s, target: tg, raw: e, lineStyle: edgeStyle(e.kind) });
  }

  c.setOption({
    animation: nodes.length < 500,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        if (p.dataType === 'node') {
          const n = p.data.raw;
          const cl = clusterOfNode(n);
          return `<b>${escapeHtml(p.data.name)}</b><br>${escapeHtml(t(`kind.${n.kind}`))} · ${escapeHtml(n.entityId ?? n.id)}`
            + (cl != null ? `<br>${escapeHtml(t('node.cluster'))}: ${escapeHtml(state.clusterLabel.get(String(cl)) ?? cl)}` : '');
        }
        if (p.dataType === 'edge') return escapeHtml(t(`edge.${p.data.raw.kind}`));
        return '';
      },
    },
    legend: [{ data: categories.map((x) => x.name), type: 'scroll', orient: 'vertical', left: 8, top: 8, bottom: 8 }],
    series: [{
      type: 'graph',
      layout: 'none',
      roam: true,
      draggable: false,
      categories,
      data: nodes,
      links,
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 4,
      label: { position: 'right', fontSize: 11 },
      lineStyle: { opacity: 0.45, width: 0.8, curveness: 0 },
      emphasis: { focus: 'adjacency', lineStyle: { width: 2 } },
      left: 140,
      right: 20,
      top: 20,
      bottom: 20,
      progressiveThreshold: 5000,
    }],
  }, { notMerge: true });

  setCounts(nodes.length, links.length);
  let message = nodes.length === 0 ? t('map.empty') : t('map.drawn', { nodes: nodes.length, edges: links.length });
  if (map.truncated) message += t('map.truncated');
  setMapStatus('ready', message);
  $('#map').dataset.truncated = String(Boolean(map.truncated));
}

function clusterColour(id) {
  if (!state.clusterColour.has(id)) {
    state.clusterColour.set(id, CLUSTER_PALETTE[state.clusterColour.size % CLUSTER_PALETTE.length]);
  }
  return state.clusterColour.get(id);
}

function nodeSize(n) {
  const base = { AREA: 18, PARK: 18, BUILDING: 12, ORGANIZATION: 8, PARTY_ORGANIZATION: 11, OFFICER: 9 }[n.kind] ?? 8;
  if (typeof n.size === 'number' && n.size > 0) return Math.max(4, Math.min(40, n.size));
  return base;
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

function showNode(n) {
  const dl = $('#node-info');
  const rows = [
    [t('node.kind'), t(`kind.${n.kind}`)],
    [t('node.id'), n.entityId ?? n.id],
  ];
  const cl = clusterOfNode(n);
  if (cl != null) rows.push([t('node.cluster'), state.clusterLabel.get(String(cl)) ?? String(cl)]);
  dl.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
  $('#node-panel h2').textContent = n.label ?? t('panel.node');
  $('#node-panel').hidden = false;
}

// ---------------------------------------------------------------- panels

function setPanel(id, panelState, ...content) {
  const panel = $(`#${id}-panel`);
  panel.dataset.state = panelState;
  panel.querySelector('.body').replaceChildren(...content);
  if (panelState !== 'ready') {
    const count = panel.querySelector('.count');
    if (count) count.textContent = '';
  }
}

/** Runs one panel's query; a missing field shows "not available", any other failure its message. */
async function panelQuery(id, request, query, render) {
  setPanel(id, 'loading', text(t('loading'), 'muted'));
  try {
    const data = await gql(query);
    if (request !== state.request) return;
    render(data);
  } catch (e) {
    if (request !== state.request) return;
    if (e.unavailable) {
      const detail = el('details', 'small');
      detail.append(el('summary', null, '…'), text(e.message, 'muted'));
      setPanel(id, 'unavailable', text(t('unavailable'), 'muted unavailable'), detail);
    } else {
      setPanel(id, 'error', text(`${t('failed')}: ${e.message}`, 'error-text'));
      showError(`${t(`panel.${id === 'gaps' ? 'gaps' : id}`)}: ${e.message}`);
    }
  }
}

function loadCoverage(scope, request) {
  return panelQuery('coverage', request, `{
    coverage(scope: ${scopeLiteral(scope)}) {
      total organizationCovered workCovered uncovered organizationCoverageRate workCoverageRate
    }
  }`, (data) => {
    const c = data.coverage;
    if (!c) return setPanel('coverage', 'ready', text(t('none'), 'muted'));
    const figures = el('dl', 'figures');
    for (const k of ['total', 'organizationCovered', 'workCovered', 'uncovered']) {
      figures.append(el('dt', null, t(`cov.${k}`)), el('dd', null, c[k] ?? '—'));
    }
    const bars = [rateBar(t('cov.organizationCoverageRate'), c.organizationCoverageRate, 'org'),
      rateBar(t('cov.workCoverageRate'), c.workCoverageRate, 'work')];
    setPanel('coverage', 'ready', figures, ...bars);
  });
}

function rateBar(label, rate, cls) {
  const wrap = el('div', `rate ${cls}`);
  const pct = rate == null ? null : Math.round(rate * 1000) / 10;
  wrap.append(el('span', 'rate-label', label), el('span', 'rate-value', pct == null ? '—' : `${pct}%`));
  const bar = el('div', 'bar');
  const fill = el('div', 'fill');
  fill.style.width = `${pct ?? 0}%`;
  bar.append(fill);
  wrap.append(bar);
  return wrap;
}

function loadGaps(scope, request) {
  return panelQuery('gaps', request, `{
    coverageGaps(scope: ${scopeLiteral(scope)}, first: 50) {
      totalCount
      edges { node {
        kind count reason
        organization { id name }
        partyOrganization { id name }
        officer { id name }
      } }
    }
  }`, (data) => {
    const g = data.coverageGaps;
    const edges = g?.edges ?? [];
    const panel = $('#gaps-panel');
    if (edges.length === 0) return setPanel('gaps', 'ready', text(t('none'), 'muted'));
    const list = el('ol', 'gap-list');
    for (const { node } of edges) {
      const who = node.organization ?? node.partyOrganization ?? node.officer;
      const li = el('li', `gap gap-${node.kind}`);
      li.append(el('span', 'tag', t(`gap.${node.kind}`)), ' ', el('span', 'who', who?.name ?? who?.id ?? ''));
      if (node.count != null && node.count > 1) li.append(el('span', 'muted', ` ×${node.count}`));
      if (node.reason) li.append(el('div', 'reason muted', node.reason));
      if (who?.id) {
        li.classList.add('clickable');
        li.addEventListener('click', () => focusEntity(who.id));
      }
      list.append(li);
    }
    setPanel('gaps', 'ready', list);
    const total = g.totalCount ?? edges.length;
    panel.querySelector('.count').textContent = t('gaps.total', { n: total })
      + (total > edges.length ? t('gaps.shown', { n: edges.length }) : '');
  });
}

function loadJoint(scope, request) {
  return panelQuery('joint', request, `{
    jointBranchCandidates(scope: ${scopeLiteral(scope)}) {
      eligibleCount placedCount
      groups { units { id name } anchor { id } reasons spreadMeters suggestedName }
      unplaced { organization { id } reason }
    }
  }`, (data) => {
    const j = data.jointBranchCandidates;
    if (!j) return setPanel('joint', 'ready', text(t('none'), 'muted'));
    const groups = j.groups ?? [];
    state.jointUnits = new Map();
    groups.forEach((g, i) => (g.units ?? []).forEach((u) => state.jointUnits.set(u.id, i)));
    const content = [text(t('joint.summary', { eligible: j.eligibleCount ?? '—', placed: j.placedCount ?? '—', groups: groups.length }))];
    if (groups.length > 0) content.push(text(t('joint.outline'), 'muted small'));
    const list = el('ol', 'joint-list');
    groups.forEach((g, i) => {
      const li = el('li', 'joint-group clickable');
      li.dataset.group = String(i);
      const head = el('div', 'group-head');
      head.append(el('b', null, g.suggestedName ?? `#${i + 1}`),
        el('span', 'muted', ` · ${(g.units ?? []).length} ${t('joint.units')}`
          + (g.spreadMeters != null ? ` · ${t('joint.spread')} ${Math.round(g.spreadMeters)} m` : '')));
      li.append(head, el('div', 'units', (g.units ?? []).map((u) => u.name ?? u.id).join('、')));
      if (g.reasons?.length) li.append(el('div', 'reason muted', g.reasons.join('；')));
      li.addEventListener('click', () => {
        state.highlightedGroup = state.highlightedGroup === i ? null : i;
        for (const other of list.children) other.classList.toggle('active', other.dataset.group === String(state.highlightedGroup));
        draw();
      });
      list.append(li);
    });
    content.push(list);
    const unplaced = j.unplaced ?? [];
    if (unplaced.length > 0) {
      const d = el('details', 'unplaced');
      d.append(el('summary', null, `${t('joint.unplaced')} (${unplaced.length})`));
      const ul = el('ul');
      for (const u of unplaced) ul.append(el('li', null, `${u.organization?.id ?? ''}: ${u.reason ?? ''}`));
      d.append(ul);
      content.push(d);
    }
    setPanel('joint', 'ready', ...content);
    draw();
  });
}

function loadClusters(scope, request) {
  return panelQuery('clusters', request, `{
    clusters(scope: ${scopeLiteral(scope)}, method: LEIDEN) {
      clusters {
        id label organizations { id } dominantIndustry eligibleUnits
        coverage { organizationCoverageRate }
      }
      modularity
    }
  }`, (data) => {
    const r = data.clusters;
    const clusters = r?.clusters ?? [];
    state.clusterOf = new Map();
    state.clusterLabel = new Map();
    state.clusterColour = new Map();
    for (const c of clusters) {
      clusterColour(String(c.id));
      state.clusterLabel.set(String(c.id), c.label ?? `#${c.id}`);
      for (const o of c.organizations ?? []) state.clusterOf.set(o.id, String(c.id));
    }
    if (clusters.length === 0) return setPanel('clusters', 'ready', text(t('none'), 'muted'));
    const q = r.modularity == null ? '—' : r.modularity.toFixed(3);
    const table = el('table', 'clusters-table');
    const head = el('tr');
    for (const h of ['', t('clusters.orgs'), t('clusters.industry'), t('clusters.eligible'), t('clusters.coverage')]) head.append(el('th', null, h));
    table.append(head);
    clusters.forEach((c, i) => {
      const tr = el('tr');
      const swatch = el('span', 'swatch');
      swatch.style.background = clusterColour(String(c.id));
      const name = el('td');
      name.append(swatch, c.label ?? `#${c.id}`);
      const rate = c.coverage?.organizationCoverageRate;
      tr.append(name, el('td', 'num', (c.organizations ?? []).length), el('td', null, c.dominantIndustry ?? '—'),
        el('td', 'num', c.eligibleUnits ?? '—'), el('td', 'num', rate == null ? '—' : `${Math.round(rate * 1000) / 10}%`));
      table.append(tr);
    });
    setPanel('clusters', 'ready', text(t('clusters.summary', { n: clusters.length, q })), table);
    if (colourMode() === 'cluster') draw();
  });
}

/** Highlights the node of an entity (from a gap or a group) on the map. */
function focusEntity(entityId) {
  if (!chart || !state.map) return;
  const option = chart.getOption();
  const data = option.series?.[0]?.data ?? [];
  const i = data.findIndex((d) => d.raw?.entityId === entityId);
  if (i < 0) return;
  chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
  chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i });
  chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
  showNode(data[i].raw);
}

// ---------------------------------------------------------------- DOM helpers

function el(tag, cls, content) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (content != null) {
    if (content instanceof Node) e.append(content);
    else e.textContent = String(content);
  }
  return e;
}

function text(s, cls) {
  return el('p', cls, s);
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---------------------------------------------------------------- wiring

function buildKindCheckboxes() {
  const box = $('#include-kinds');
  for (const k of NODE_KINDS) {
    const label = el('label', 'kind');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = k;
    input.checked = true;
    input.id = `include-${k.toLowerCase().replace('_', '-')}`;
    const swatch = el('span', 'swatch');
    swatch.style.background = KIND_COLOURS[k];
    const name = el('span', null, t(`kind.${k}`));
    name.dataset.i18n = `kind.${k}`;
    label.append(input, swatch, name);
    input.addEventListener('change', () => state.scope && loadMap(state.scope, state.request));
    box.append(label);
  }
}

function rerenderAfterLanguageChange() {
  applyStaticStrings();
  if (state.scope) loadScope(state.scope); // panels hold translated text; refetch is simplest
  else setMapStatus('idle', t('map.idle'));
}

function init() {
  buildKindCheckboxes();
  applyStaticStrings();

  $('#lang-toggle').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('liangxin.lang', lang);
    rerenderAfterLanguageChange();
  });
  $('#area-level').addEventListener('change', () => loadAreas());
  $('#area-select').addEventListener('change', async () => {
    const code = $('#area-select').value;
    $('#park-select').value = '';
    loadParks(code || null);
    loadScope(code ? { areaCode: code } : null);
  });
  $('#park-select').addEventListener('change', () => {
    const id = $('#park-select').value;
    if (id) loadScope({ parkId: id });
    else {
      const code = $('#area-select').value;
      loadScope(code ? { areaCode: code } : null);
    }
  });
  for (const sel of ['#layout-select', '#max-nodes']) {
    $(sel).addEventListener('change', () => state.scope && loadMap(state.scope, state.request));
  }
  $('#colour-select').addEventListener('change', () => draw());

  for (const id of ['coverage', 'gaps', 'joint', 'clusters']) setPanel(id, 'idle', text(t('panel.pickScope'), 'muted'));
  // Deep links: /?park=P1 or /?area=110101 open that scope directly.
  const params = new URLSearchParams(location.search);
  loadAreas(params.get('area'));
  loadParks(params.get('park') ? null : params.get('area'), params.get('park'));

  if (params.get('park')) loadScope({ parkId: params.get('park') });
  else if (params.get('area')) loadScope({ areaCode: params.get('area') });
}

init();
