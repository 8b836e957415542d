// 短板清单: the scope's gaps, filtered by kind, a page at a time, reasons in the chosen language.
import { el, option, para } from '../dom.js';
import { GAP_KINDS, apiLanguage, t } from '../i18n.js';
import { exportLink } from '../downloads.js';
import { emit, scopeInput, state } from '../state.js';

const PAGE = 20;

const QUERY = `query GapsPanel($scope: Scope!, $kinds: [GapKind!], $asOf: String, $first: Int!, $after: String, $lang: Language!) {
  coverageGaps(scope: $scope, kinds: $kinds, asOf: $asOf, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      kind count reason(lang: $lang)
      organization { id name }
      partyOrganization { id name }
      officer { id name }
    } }
  }
}`;

// Filter and paging survive a language change but not a change of scope.
const view = { scopeKey: null, kind: '', cursors: [null] };

function controls(scope, ctx, total, pageInfo) {
  const select = el('select', 'gap-kind');
  select.dataset.testid = 'gap-kind';
  select.setAttribute('aria-label', t('gaps.kind'));
  select.append(option('', t('gaps.allKinds')), ...GAP_KINDS.map((k) => option(k, t(`gap.${k}`))));
  select.value = view.kind;
  select.addEventListener('change', () => {
    view.kind = select.value;
    view.cursors = [null];
    ctx.reload();
  });
  const page = view.cursors.length;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const prev = el('button', 'page-prev', '‹');
  prev.type = 'button';
  prev.disabled = page <= 1;
  prev.setAttribute('aria-label', t('gaps.prev'));
  prev.addEventListener('click', () => { view.cursors.pop(); ctx.reload(); });
  const next = el('button', 'page-next', '›');
  next.type = 'button';
  next.dataset.testid = 'gaps-next';
  next.disabled = !pageInfo.hasNextPage;
  next.setAttribute('aria-label', t('gaps.next'));
  next.addEventListener('click', () => { view.cursors.push(pageInfo.endCursor); ctx.reload(); });
  const where = el('span', 'muted page-no', t('gaps.page', { page, pages }));
  where.dataset.testid = 'gaps-page';
  // the download holds the gaps the list shows: this scope, this kind (or all), this as-of date
  const download = exportLink('gaps', scope, { kinds: view.kind, asOf: state.asOf });
  return el('div', 'gap-controls no-print', select, el('span', 'pager', prev, where, next), download);
}

export default {
  id: 'gaps',
  order: 30,
  title: 'panel.gaps',
  printable: true,
  strings: {
    zh: {
      'panel.gaps': '短板清单', 'gaps.total': '共 {n} 条', 'gaps.kind': '短板类型', 'gaps.allKinds': '全部类型',
      'gaps.page': '第 {page} / {pages} 页', 'gaps.prev': '上一页', 'gaps.next': '下一页',
    },
    en: {
      'panel.gaps': 'Gaps', 'gaps.total': '{n} in total', 'gaps.kind': 'Gap kind', 'gaps.allKinds': 'All kinds',
      'gaps.page': 'page {page} of {pages}', 'gaps.prev': 'Previous page', 'gaps.next': 'Next page',
    },
  },
  async load(scope, ctx) {
    const key = JSON.stringify(scope);
    if (key !== view.scopeKey) {
      view.scopeKey = key;
      view.cursors = [null];
    }
    const { coverageGaps: g } = await ctx.query(QUERY, {
      scope: scopeInput(scope),
      kinds: view.kind ? [view.kind] : null,
      asOf: state.asOf,
      first: PAGE,
      after: view.cursors[view.cursors.length - 1],
      lang: apiLanguage(),
    });
    ctx.setCount(t('gaps.total', { n: g.totalCount }));
    const content = [controls(scope, ctx, g.totalCount, g.pageInfo)];
    if (g.edges.length === 0) return [...content, para(t('none'), 'muted')];
    const list = el('ol', 'gap-list');
    list.start = (view.cursors.length - 1) * PAGE + 1;
    for (const { node } of g.edges) {
      const who = node.organization ?? node.partyOrganization ?? node.officer;
      const kind = node.organization ? 'ORGANIZATION' : node.partyOrganization ? 'PARTY_ORGANIZATION' : 'OFFICER';
      const li = el('li', `gap gap-${node.kind} clickable`, el('span', 'tag', t(`gap.${node.kind}`)), ' ',
        el('span', 'who', who?.name ?? ''));
      li.dataset.kind = node.kind;
      li.append(el('div', 'reason muted', node.reason));
      // at an older date the API may not find the subject (it looks it up in the latest state)
      if (who) li.addEventListener('click', () => emit('select', { kind, entityId: who.id }));
      list.append(li);
    }
    content.push(list);
    return content;
  },
};
