// 搜索: organizations and party organizations whose name contains the text (nameContains), in the
// current scope when there is one, else everywhere.
import { el, para } from '../dom.js';
import { t } from '../i18n.js';
import { emit, scopeInput, state } from '../state.js';

const QUERY = `query Search($orgFilter: OrganizationFilter, $poFilter: PartyOrganizationFilter) {
  organizations(filter: $orgFilter, first: 10) { totalCount nodes { id name area { name } } }
  partyOrganizations(filter: $poFilter, first: 10) { totalCount nodes { id name area { name } } }
}`;

let text = '';

function results(kind, connection) {
  const ul = el('ul', 'search-results');
  for (const n of connection.nodes) {
    const li = el('li', 'clickable', el('span', 'tag', t(`kind.${kind}`)), ' ', n.name,
      n.area ? el('span', 'muted', ` · ${n.area.name}`) : null);
    li.addEventListener('click', () => emit('select', { kind, entityId: n.id }));
    ul.append(li);
  }
  return ul;
}

export default {
  id: 'search',
  order: 10,
  title: 'panel.search',
  needsScope: false,
  strings: {
    zh: {
      'panel.search': '按名称查找', 'search.placeholder': '单位或党组织名称，如“科技”',
      'search.found': '两新组织 {orgs} 个，党组织 {pos} 个', 'search.inScope': '（当前范围内）',
    },
    en: {
      'panel.search': 'Find by name', 'search.placeholder': 'Name of an organization or party organization',
      'search.found': '{orgs} organizations, {pos} party organizations', 'search.inScope': ' (in the current scope)',
    },
  },
  init(ctx) {
    const input = el('input', 'search-box');
    input.type = 'search';
    input.id = 'search-box';
    input.dataset.testid = 'search-box';
    const form = el('form', 'search-form no-print', input);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      text = input.value.trim();
      ctx.reload();
    });
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { text = input.value.trim(); ctx.reload(); }, 300);
    });
    ctx.section.querySelector('h2').after(form);
  },
  async load(scope, ctx) {
    ctx.section.querySelector('.search-box').placeholder = t('search.placeholder');
    if (!text) return [];
    const scoped = scope ? { scope: scopeInput(scope) } : {};
    const data = await ctx.query(QUERY, {
      orgFilter: { ...scoped, nameContains: text },
      poFilter: { ...scoped, nameContains: text },
    });
    const summary = para(t('search.found', { orgs: data.organizations.totalCount, pos: data.partyOrganizations.totalCount })
      + (state.scope ? t('search.inScope') : ''), 'muted small');
    summary.dataset.testid = 'search-summary';
    return [summary, results('ORGANIZATION', data.organizations), results('PARTY_ORGANIZATION', data.partyOrganizations)];
  },
};
