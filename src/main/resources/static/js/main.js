// The explorer's entry point: toolbar, scope and period pickers and deep links (?area= ?park= ?view= ?asOf= ?lang=),
// the two maps, and the side panels (panels.js). Modules talk through state.js's events.
import { $, option } from './dom.js';
import { clearErrors, showError } from './errors.js';
import { gql, requestGate, Stale } from './graphql.js';
import { addStrings, applyStaticStrings, language, setLanguage, t } from './i18n.js';
import * as coverageMap from './maps/coverage-map.js';
import * as network from './maps/network.js';
import { mountPanels } from './panels.js';
import { emit, on, state } from './state.js';

addStrings(coverageMap.strings);
addStrings({
  zh: { logout: '退出登录', 'role.VIEWER': '查看', 'role.IMPORTER': '导入', 'role.ADMIN': '管理员', everywhere: '全部区划',
    asOf: '期次', 'asOf.latest': '最新' },
  en: { logout: 'Log out', 'role.VIEWER': 'viewer', 'role.IMPORTER': 'importer', 'role.ADMIN': 'admin', everywhere: 'all areas',
    asOf: 'As of', 'asOf.latest': 'latest' },
});

/** Who is logged in (the pickers only ever list that user's area), and the logout with its CSRF token. */
async function showUser() {
  const { me } = await gql('query Me { me { username role area { code name } } }');
  state.user = me;
  emit('user', me);
  const render = () => {
    $('#whoami').textContent = `${me.username} · ${t(`role.${me.role}`)} · ${me.area?.name ?? t('everywhere')}`;
  };
  render();
  on('language', render);
  $('#logout-form').addEventListener('submit', () => {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    $('#logout-csrf').value = match ? decodeURIComponent(match[1]) : '';
  });
}

const params = new URLSearchParams(location.search);
state.asOf = params.get('asOf');
let chosenView = params.get('view'); // the user's choice wins over the per-scope default
const areaGate = requestGate();
const parkGate = requestGate();

function placeholder(key) {
  const o = option('', t(key));
  o.dataset.i18n = key;
  return o;
}

async function loadAreas(wanted) {
  const select = $('#area-select');
  const previous = wanted ?? select.value;
  select.disabled = true;
  try {
    const { areas } = await areaGate.next().query('query Areas($level: AreaLevel) { areas(level: $level) { code name } }',
      { level: $('#area-level').value });
    select.replaceChildren(placeholder('area.pick'), ...areas.map((a) => option(a.code, a.name)));
    if (areas.some((a) => a.code === previous)) select.value = previous;
  } catch (e) {
    if (!(e instanceof Stale)) showError(`${t('area')}: ${e.message}`);
  } finally {
    select.disabled = false;
  }
}

async function loadParks(areaCode, wanted) {
  const select = $('#park-select');
  select.disabled = true;
  try {
    const { parks } = await parkGate.next().query('query Parks($areaCode: ID) { parks(areaCode: $areaCode) { id name } }',
      { areaCode: areaCode || null });
    const sorted = [...parks].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    select.replaceChildren(placeholder('park.pick'), ...sorted.map((p) => option(p.id, p.name)));
    if (sorted.some((p) => p.id === wanted)) select.value = wanted;
  } catch (e) {
    if (!(e instanceof Stale)) showError(`${t('park')}: ${e.message}`);
  } finally {
    select.disabled = false;
  }
}

/**
 * The period picker (期次): every ledger date, newest first, after 最新 (the latest state). A
 * deep-linked ?asOf= that is no ledger date (a day between quarters) stays listed, as chosen.
 */
async function loadPeriods() {
  const select = $('#asof-select');
  try {
    const { ledgerPeriods } = await gql('query Periods { ledgerPeriods { asOf } }');
    const dates = ledgerPeriods.map((p) => p.asOf).reverse();
    if (state.asOf && !dates.includes(state.asOf)) dates.unshift(state.asOf);
    select.replaceChildren(placeholder('asOf.latest'), ...dates.map((d) => option(d, d)));
    select.value = state.asOf ?? '';
  } catch (e) {
    showError(`${t('asOf')}: ${e.message}`);
  }
}

/** Makes `asOf` (null: the latest) the date every panel and the coverage map answer at. */
function setAsOf(asOf) {
  state.asOf = asOf || null;
  writeUrl();
  emit('asOf', state.asOf);
  if (state.scope && currentView() === 'coverage') showMap();
}

/** The coverage map needs child areas: areas above the community level have them. */
const coverageMapFits = () => Boolean(state.scope?.areaCode) && state.scopeInfo?.level !== 'COMMUNITY';

function currentView() {
  if (!coverageMapFits()) return 'network';
  return chosenView ?? 'coverage';
}

function writeUrl() {
  const p = new URLSearchParams();
  if (state.scope?.parkId) p.set('park', state.scope.parkId);
  else if (state.scope?.areaCode) p.set('area', state.scope.areaCode);
  if (chosenView) p.set('view', chosenView);
  if (state.asOf) p.set('asOf', state.asOf);
  if (language() === 'en') p.set('lang', 'en');
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

async function showMap() {
  const view = currentView();
  $('#view-select').value = view;
  $('#view-select').querySelector('option[value=coverage]').disabled = !coverageMapFits();
  $('#coverage-wrap').hidden = view !== 'coverage';
  $('#map').hidden = view !== 'network';
  for (const e of document.querySelectorAll('.network-only')) e.hidden = view !== 'network';
  for (const e of document.querySelectorAll('.coverage-only')) e.hidden = view !== 'coverage';
  $('#print-title').textContent = state.scopeInfo?.name ?? '';
  if (!state.scope) {
    coverageMap.clear();
    network.clear();
    $('#map-status').textContent = t('map.idle');
    $('#map-status').dataset.state = 'idle';
    return;
  }
  try {
    if (view === 'coverage') {
      coverageMap.resize();
      await coverageMap.load();
    } else {
      network.resize();
      await network.load();
    }
  } catch (e) {
    showError(t('map.failed') + e.message);
  }
}

/** Makes `scope` current: panels and the visible map reload, the URL follows. */
function setScope(scope, info) {
  state.scope = scope;
  state.scopeInfo = info ?? null;
  clearErrors();
  // street and district views start geographic: a force layout of their thousands of unconnected dots says nothing
  if (!params.get('layout')) $('#layout-select').value = scope?.parkId ? 'FORCE' : 'GEO';
  writeUrl();
  emit('scope', scope);
  showMap();
}

const hasOption = (select, value) => [...$(select).options].some((o) => o.value === value);

/** Sets the level and area pickers to `area`, loading that level's areas when needed. */
async function showInPicker(area) {
  const levelChanged = $('#area-level').value !== area.level;
  $('#area-level').value = area.level;
  if (levelChanged || !hasOption('#area-select', area.code)) await loadAreas(area.code);
  else $('#area-select').value = area.code;
}

async function pickArea(code) {
  if (!code) {
    await loadParks(null);
    setScope(null);
    return;
  }
  const { area } = await gql('query Area($code: ID!) { area(code: $code) { code name level } }', { code });
  if (!area) {
    showError(`${t('area')}: ${code} ?`);
    return;
  }
  await showInPicker(area);
  loadParks(area.code);
  setScope({ areaCode: area.code }, area);
}

async function pickPark(id) {
  const { park } = await gql('query Park($id: ID!) { park(id: $id) { id name area { code name level } } }', { id });
  if (!park) {
    showError(`${t('park')}: ${id} ?`);
    return;
  }
  if (park.area) await showInPicker(park.area);
  if (hasOption('#park-select', park.id)) $('#park-select').value = park.id;
  else await loadParks(park.area?.code ?? null, park.id);
  setScope({ parkId: park.id }, { name: park.name });
}

function init() {
  network.buildKindCheckboxes(() => state.scope && network.load().catch((e) => showError(e.message)));
  applyStaticStrings();
  mountPanels($('#side'));
  $('#lang-toggle').textContent = t('toggle');
  $('#lang-toggle').setAttribute('aria-label', t('toggleLabel'));

  $('#lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    applyStaticStrings();
    $('#lang-toggle').textContent = t('toggle');
    $('#lang-toggle').setAttribute('aria-label', t('toggleLabel'));
    writeUrl();
    emit('language');
    if (state.scope) {
      coverageMap.render();
      network.draw();
    } else {
      $('#map-status').textContent = t('map.idle');
    }
  });
  $('#print-button').addEventListener('click', () => window.print());
  $('#area-level').addEventListener('change', () => loadAreas());
  $('#area-select').addEventListener('change', () => {
    $('#park-select').value = '';
    pickArea($('#area-select').value).catch((e) => showError(e.message));
  });
  $('#scope-form').addEventListener('submit', (e) => e.preventDefault());
  showUser().catch((e) => showError(e.message));
  loadPeriods();
  $('#asof-select').addEventListener('change', () => setAsOf($('#asof-select').value));
  $('#park-select').addEventListener('change', () => {
    const id = $('#park-select').value;
    (id ? pickPark(id) : pickArea($('#area-select').value)).catch((e) => showError(e.message));
  });
  $('#view-select').addEventListener('change', () => {
    chosenView = $('#view-select').value;
    writeUrl();
    showMap();
  });
  $('#rate-select').addEventListener('change', () => coverageMap.render());
  for (const sel of ['#layout-select', '#max-nodes']) {
    $(sel).addEventListener('change', () => state.scope && network.load().catch((e) => showError(e.message)));
  }
  if (params.get('layout')) $('#layout-select').value = params.get('layout');
  $('#colour-select').addEventListener('change', () => network.draw());
  // After an import (or a revert) the ledger may hold new areas, parks and periods: refill the
  // pickers, redraw the scope.
  on('imported', async () => {
    const scope = state.scope;
    await Promise.all([loadAreas(), loadPeriods(), loadParks(scope?.areaCode ?? $('#area-select').value ?? null, scope?.parkId)]);
    if (scope) setScope(scope, state.scopeInfo);
  });
  // the officers panel's proposed assignments are drawn on the coverage map
  on('officers', () => state.scope && coverageMap.render());
  on('navigate', ({ areaCode }) => {
    $('#park-select').value = '';
    pickArea(areaCode).catch((e) => showError(e.message));
  });

  // Deep links: ?park=P11-1 or ?area=310121001000 open that scope with the pickers set to it.
  const start = params.get('park') ? pickPark(params.get('park'))
    : params.get('area') ? pickArea(params.get('area'))
      : Promise.all([loadAreas(), loadParks(null)]).then(() => showMap());
  start.catch((e) => showError(e.message));
}

init();
