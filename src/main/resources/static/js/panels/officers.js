// 指导员: the officer assignment plan of the scope — each officer's load now and after, the proposed
// assignments (drawn on the coverage map as officer → organization lines) and the work coverage
// before and after.
import { el, figures, para } from '../dom.js';
import { apiLanguage, percent, t } from '../i18n.js';
import { emit, on, scopeInput, state } from '../state.js';

const QUERY = `query OfficersPanel($scope: Scope!, $lang: Language!) {
  officerAssignmentPlan(scope: $scope) {
    optimal newlyCovered totalDistanceMeters
    loads { officer { id name } before after room base { lat lon } }
    assignments { officer { id name } organization { id name location { lat lon } } distanceMeters reason(lang: $lang) }
    unreached { organization { id name } code reason(lang: $lang) }
    before { workCovered workCoverageRate }
    after { workCovered workCoverageRate }
  }
}`;

// a new scope's map must not show the last scope's lines while this panel reloads
on('scope', () => { state.officerLines = []; });

export default {
  id: 'officers',
  order: 45,
  title: 'panel.officers',
  strings: {
    zh: {
      'panel.officers': '指导员',
      'off.summary': '可新增工作覆盖 {n} 家（最优方案）',
      'off.before': '工作覆盖率（现在）', 'off.after': '工作覆盖率（方案后）',
      'off.officer': '指导员', 'off.loadBefore': '现联系', 'off.loadAfter': '方案后', 'off.room': '余量',
      'off.assignments': '建议联系', 'off.unreached': '暂无法覆盖', 'off.meters': '{m} 米',
      'off.lines': '党建地图上以线条连接指导员与建议联系的单位。',
    },
    en: {
      'panel.officers': 'Guidance officers',
      'off.summary': '{n} more organizations work-covered (optimal plan)',
      'off.before': 'Work coverage now', 'off.after': 'Work coverage after',
      'off.officer': 'Officer', 'off.loadBefore': 'Now', 'off.loadAfter': 'After', 'off.room': 'Room',
      'off.assignments': 'Proposed assignments', 'off.unreached': 'Left unreached', 'off.meters': '{m} m',
      'off.lines': 'Lines on the coverage map join each officer to the organizations proposed.',
    },
  },
  async load(scope, ctx) {
    const { officerAssignmentPlan: p } = await ctx.query(QUERY, { scope: scopeInput(scope), lang: apiLanguage() });
    const bases = new Map(p.loads.filter((l) => l.base).map((l) => [l.officer.id, l.base]));
    state.officerLines = p.assignments
      .filter((a) => bases.has(a.officer.id) && a.organization.location)
      .map((a) => ({ officer: a.officer.name, organization: a.organization.name, from: bases.get(a.officer.id), to: a.organization.location }));
    emit('officers');
    const summary = para(t('off.summary', { n: p.newlyCovered }));
    summary.dataset.testid = 'officers-summary';
    const rates = figures([[t('off.before'), percent(p.before.workCoverageRate)], [t('off.after'), percent(p.after.workCoverageRate)]]);
    rates.dataset.testid = 'officers-rates';
    const content = [summary, rates];
    const table = el('table', 'table officer-loads');
    table.append(el('tr', null, ...['off.officer', 'off.loadBefore', 'off.loadAfter', 'off.room'].map((h) => el('th', null, t(h)))));
    for (const l of p.loads) {
      const row = el('tr', null, el('td', null, l.officer.name), el('td', 'num', l.before), el('td', 'num', l.after), el('td', 'num', l.room));
      row.dataset.officer = l.officer.id;
      table.append(row);
    }
    content.push(table);
    if (p.assignments.length) {
      content.push(para(t('off.lines'), 'muted small'));
      const list = el('ol', 'officer-assignments');
      for (const a of p.assignments) {
        const li = el('li', null, el('b', null, `${a.officer.name} → ${a.organization.name}`),
          a.distanceMeters == null ? null : el('span', 'muted', ` · ${t('off.meters', { m: Math.round(a.distanceMeters) })}`),
          el('div', 'reason muted small', a.reason));
        li.dataset.organization = a.organization.id;
        list.append(li);
      }
      content.push(el('h3', null, t('off.assignments')), list);
    }
    if (p.unreached.length) {
      const ul = el('ul', 'unreached-list');
      for (const u of p.unreached) ul.append(el('li', null, el('b', null, u.organization.name), ' ', el('span', 'muted', u.reason)));
      content.push(el('details', 'unreached', el('summary', null, `${t('off.unreached')} (${p.unreached.length})`), ul));
    }
    return content;
  },
};
