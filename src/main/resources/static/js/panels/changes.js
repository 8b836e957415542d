// 变化: what changed in the scope between two periods (from → to, by default the period before
// the chosen one, or before the latest, → that one): a count per kind of change (新增, 注销或移出,
// 新获 / 失去组织覆盖, 新获 / 失去工作覆盖) and the organizations of the chosen kind, a page at a
// time, each opening in the 详情 panel as the gap list's do.
import { el, option, para } from '../dom.js';
import { CHANGE_KINDS, t } from '../i18n.js';
import { emit, scopeInput, state } from '../state.js';

const PAGE = 50;

const PERIODS = 'query ChangePeriods { ledgerPeriods { asOf } }';

// a count per kind (first: 0, totalCount only) and the chosen kind's page, in one request
const QUERY = `query ChangesPanel($scope: Scope!, $from: String!, $to: String!, $kinds: [ChangeKind!], $first: Int!, $after: String) {
  ${CHANGE_KINDS.map((k) => `${k}: coverageChanges(scope: $scope, from: $from, to: $to, kinds: [${k}], first: 0) { totalCount }`).join('\n  ')}
  list: coverageChanges(scope: $scope, from: $from, to: $to, kinds: $kinds, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { kind organization { id name } } }
  }
}`;

// The chosen pair, kind and page survive a language change; the pair is chosen afresh when the
// scope or the picked period changes, the page when anything else does.
const view = { key: null, from: null, to: null, kind: 'APPEARED', cursors: [null] };

function periodSelect(testid, label, dates, value, onChange) {
  const select = el('select', null, ...dates.map((d) => option(d, d)));
  select.dataset.testid = testid;
  select.setAttribute('aria-label', label);
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  return el('label', null, `${label} `, select);
}

function controls(dates, ctx) {
  const choose = (which) => (value) => {
    view[which] = value;
    view.cursors = [null];
    ctx.reload();
  };
  return el('div', 'change-controls no-print',
    periodSelect('change-from', t('changes.from'), dates, view.from, choose('from')), '→',
    periodSelect('change-to', t('changes.to'), dates, view.to, choose('to')));
}

function countsTable(data, ctx) {
  const table = el('table', 'table change-counts');
  table.dataset.testid = 'change-counts';
  for (const kind of CHANGE_KINDS) {
    const tr = el('tr', `clickable change-${kind}${kind === view.kind ? ' chosen' : ''}`,
      el('td', null, el('span', 'tag', t(`change.${kind}`))), el('td', 'num', data[kind].totalCount));
    tr.dataset.kind = kind;
    tr.addEventListener('click', () => {
      view.kind = kind;
      view.cursors = [null];
      ctx.reload();
    });
    table.append(tr);
  }
  return table;
}

function pager(total, pageInfo, ctx) {
  const page = view.cursors.length;
  const prev = el('button', 'page-prev', '‹');
  prev.type = 'button';
  prev.disabled = page <= 1;
  prev.setAttribute('aria-label', t('gaps.prev'));
  prev.addEventListener('click', () => { view.cursors.pop(); ctx.reload(); });
  const next = el('button', 'page-next', '›');
  next.type = 'button';
  next.dataset.testid = 'changes-next';
  next.disabled = !pageInfo.hasNextPage;
  next.setAttribute('aria-label', t('gaps.next'));
  next.addEventListener('click', () => { view.cursors.push(pageInfo.endCursor); ctx.reload(); });
  const where = el('span', 'muted page-no', t('gaps.page', { page, pages: Math.max(1, Math.ceil(total / PAGE)) }));
  return el('span', 'pager no-print', prev, where, next);
}

export default {
  id: 'changes',
  order: 22,
  title: 'panel.changes',
  printable: true,
  strings: {
    zh: {
      'panel.changes': '变化', 'changes.from': '从', 'changes.to': '到',
      'changes.onePeriod': '台账只有一个期次，尚无变化可比。', 'changes.total': '共 {n} 项变化',
      'changes.of': '{kind}：{n} 家',
    },
    en: {
      'panel.changes': 'Changes', 'changes.from': 'From', 'changes.to': 'to',
      'changes.onePeriod': 'The ledger has one period only: nothing to compare yet.', 'changes.total': '{n} changes',
      'changes.of': '{kind}: {n}',
    },
  },
  async load(scope, ctx) {
    const { ledgerPeriods } = await ctx.query(PERIODS);
    const dates = ledgerPeriods.map((p) => p.asOf); // oldest first
    if (dates.length < 2) {
      ctx.setCount('');
      return [para(t('changes.onePeriod'), 'muted')];
    }
    const key = JSON.stringify([scope, state.asOf, dates]);
    if (key !== view.key) {
      view.key = key;
      // to the picked period (the latest when none is picked, or it lies before every period)
      const picked = state.asOf ? dates.filter((d) => d <= state.asOf).pop() : null;
      view.to = picked ?? dates[dates.length - 1];
      view.from = dates[Math.max(0, dates.indexOf(view.to) - 1)];
      if (view.from === view.to) view.to = dates[1];
      view.cursors = [null];
    }
    const data = await ctx.query(QUERY, {
      scope: scopeInput(scope), from: view.from, to: view.to, kinds: [view.kind], first: PAGE,
      after: view.cursors[view.cursors.length - 1],
    });
    const total = CHANGE_KINDS.reduce((n, k) => n + data[k].totalCount, 0);
    ctx.setCount(t('changes.total', { n: total }));
    const shown = data[view.kind].totalCount;
    const content = [controls(dates, ctx), countsTable(data, ctx),
      el('h3', null, t('changes.of', { kind: t(`change.${view.kind}`), n: shown }), ' ', pager(shown, data.list.pageInfo, ctx))];
    if (data.list.edges.length === 0) return [...content, para(t('none'), 'muted')];
    const list = el('ol', 'gap-list change-list');
    list.dataset.testid = 'change-list';
    list.start = (view.cursors.length - 1) * PAGE + 1;
    for (const { node } of data.list.edges) {
      const o = node.organization;
      const li = el('li', `change change-${node.kind} clickable`, el('span', 'who', o.name));
      li.dataset.kind = node.kind;
      li.dataset.id = o.id;
      li.addEventListener('click', () => emit('select', { kind: 'ORGANIZATION', entityId: o.id }));
      list.append(li);
    }
    content.push(list);
    return content;
  },
};
