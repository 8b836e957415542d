// 覆盖情况: the scope's coverage figures and rates as of the chosen period, (area scopes) a row per
// child area, the share of each formation among the scope's party organizations (单独 / 联合 / 挂靠 /
// 区域), and the trend (趋势) of both rates over every period when there is more than one.
import { bars, rateLines } from '../charts.js';
import { el, figures } from '../dom.js';
import { exportLink } from '../downloads.js';
import { percent, t } from '../i18n.js';
import { scopeInput, state } from '../state.js';

const QUERY = `query CoveragePanel($scope: Scope!, $asOf: String) {
  coverageTrend(scope: $scope) { asOf coverage { organizationCoverageRate workCoverageRate } }
  coverage(scope: $scope, asOf: $asOf) {
    total organizationCovered workCovered uncovered organizationCoverageRate workCoverageRate
    standaloneCovered standaloneRate
    byArea { key area { name } total organizationCoverageRate workCoverageRate uncovered }
    formationShares { formation count share }
  }
}`;

function rateBar(label, rate, cls) {
  const fill = el('div', 'fill');
  fill.style.width = rate == null ? '0%' : `${rate * 100}%`;
  return el('div', `rate ${cls}`, el('span', 'rate-label', label), el('span', 'rate-value', percent(rate)),
    el('div', 'bar', fill));
}

export default {
  id: 'coverage',
  order: 20,
  title: 'panel.coverage',
  printable: true,
  strings: {
    zh: {
      'panel.coverage': '覆盖情况', 'cov.total': '两新组织总数', 'cov.organizationCovered': '组织覆盖',
      'cov.workCovered': '工作覆盖', 'cov.uncovered': '空白点', 'cov.standaloneCovered': '单独组建',
      'cov.byArea': '下级区划', 'cov.area': '区划', 'cov.th.total': '总数', 'cov.th.org': '组织覆盖率',
      'cov.th.work': '工作覆盖率', 'cov.th.uncovered': '空白点', 'cov.formations': '党组织组建方式',
      'cov.trend': '覆盖率趋势', 'cov.asOf': '截至 {date}',
    },
    en: {
      'panel.coverage': 'Coverage', 'cov.total': 'Organizations', 'cov.organizationCovered': 'Organization-covered',
      'cov.workCovered': 'Work-covered', 'cov.uncovered': 'Uncovered', 'cov.standaloneCovered': 'Standalone branch',
      'cov.byArea': 'Child areas', 'cov.area': 'Area', 'cov.th.total': 'Orgs', 'cov.th.org': 'Org. cov.',
      'cov.th.work': 'Work cov.', 'cov.th.uncovered': 'Uncov.', 'cov.formations': 'Party organizations by formation',
      'cov.trend': 'Coverage trend', 'cov.asOf': 'As of {date}',
    },
  },
  async load(scope, ctx) {
    const { coverage: c, coverageTrend: trend } = await ctx.query(QUERY, { scope: scopeInput(scope), asOf: state.asOf });
    const content = [
      // the report answers at the latest state only (it takes no asOf)
      el('div', 'panel-actions', state.asOf ? el('span', 'muted small as-of', t('cov.asOf', { date: state.asOf })) : null,
        state.asOf ? null : exportLink('coverage', scope)),
      figures([
        [t('cov.total'), c.total], [t('cov.organizationCovered'), c.organizationCovered],
        [t('cov.workCovered'), c.workCovered], [t('cov.uncovered'), c.uncovered],
        [t('cov.standaloneCovered'), c.standaloneCovered],
      ]),
      rateBar(t('cov.organizationCoverageRate'), c.organizationCoverageRate, 'org'),
      rateBar(t('cov.workCoverageRate'), c.workCoverageRate, 'work'),
    ];
    // a park's rows are its area's children: only those holding some of the park's organizations
    const rows = scope.parkId ? c.byArea.filter((r) => r.total > 0) : c.byArea;
    if (rows.length) {
      const table = el('table', 'table by-area');
        table.append(el('tr', null, ...['cov.area', 'cov.th.total', 'cov.th.org', 'cov.th.work', 'cov.th.uncovered']
        .map((h) => el('th', null, t(h)))));
      for (const r of rows) {
        table.append(el('tr', null, el('td', null, r.area?.name ?? r.key), el('td', 'num', r.total),
          el('td', 'num', percent(r.organizationCoverageRate)), el('td', 'num', percent(r.workCoverageRate)),
          el('td', 'num', r.uncovered)));
      }
      content.push(el('h3', null, t('cov.byArea')), table);
    }
    content.push(...bars('formations', t('cov.formations'), c.formationShares.map((f) => ({
      key: f.formation, count: f.count, label: t(`formation.${f.formation}`), value: `${f.count} · ${percent(f.share)}`,
    }))));
    if (trend.length > 1) {
      content.push(...rateLines('trend', t('cov.trend'), trend, [
        { key: 'org', label: t('cov.organizationCoverageRate'), value: (p) => p.coverage.organizationCoverageRate },
        { key: 'work', label: t('cov.workCoverageRate'), value: (p) => p.coverage.workCoverageRate },
      ], { label: (p) => p.asOf, format: percent, mark: state.asOf ?? trend[trend.length - 1].asOf }));
    }
    return content;
  },
};
