// 聚类: community detection over the scope's organizations; colours shared with the network map.
import { el, para } from '../dom.js';
import { percent, t } from '../i18n.js';
import { clusterColour, emit, scopeInput, state } from '../state.js';

const QUERY = `query ClustersPanel($scope: Scope!) {
  clusters(scope: $scope, method: LEIDEN) {
    modularity
    clusters {
      id label size organizationIds eligibleUnits
      dominantIndustry { code sectionName divisionName }
      coverage { organizationCoverageRate workCoverageRate }
    }
  }
}`;

/** The industry's name (division, else section), never its bare code unless it has no name. */
export function industryName(industry) {
  if (!industry) return '—';
  return industry.divisionName ?? industry.sectionName ?? industry.code;
}

export default {
  id: 'clusters',
  order: 50,
  title: 'panel.clusters',
  strings: {
    zh: {
      'panel.clusters': '聚类', 'clusters.summary': '{n} 个聚类，模块度 {q}', 'clusters.industry': '主导行业',
      'clusters.eligible': '可联建', 'clusters.coverage': '组织覆盖率', 'clusters.size': '组织数', 'clusters.name': '聚类',
      'clusters.shown': '（列出最大的 {n} 个）',
    },
    en: {
      'panel.clusters': 'Clusters', 'clusters.summary': '{n} clusters, modularity {q}', 'clusters.industry': 'Main industry',
      'clusters.eligible': 'Joint units', 'clusters.coverage': 'Org. coverage', 'clusters.size': 'Orgs', 'clusters.name': 'Cluster',
      'clusters.shown': ' (the {n} largest listed)',
    },
  },
  async load(scope, ctx) {
    const { clusters: r } = await ctx.query(QUERY, { scope: scopeInput(scope) });
    state.clusterOf = new Map();
    state.clusterLabel = new Map();
    state.clusterColour = new Map();
    for (const c of r.clusters) {
      clusterColour(c.id);
      state.clusterLabel.set(c.id, c.label);
      for (const id of c.organizationIds) state.clusterOf.set(id, c.id);
    }
    emit('clusters');
    ctx.setCount(String(r.clusters.length));
    if (r.clusters.length === 0) return [para(t('none'), 'muted')];
    const q = r.modularity == null ? '—' : r.modularity.toFixed(3);
    // Singletons (organizations without a near neighbour) are clusters too; the table lists the
    // largest 30 so the panel stays readable, and says so.
    const shown = r.clusters.slice(0, 30);
    const summary = para(t('clusters.summary', { n: r.clusters.length, q })
      + (shown.length < r.clusters.length ? t('clusters.shown', { n: shown.length }) : ''));
    const table = el('table', 'table clusters-table');
    table.append(el('tr', null, ...[t('clusters.name'), t('clusters.size'), t('clusters.industry'), t('clusters.eligible'),
      t('clusters.coverage')].map((h) => el('th', null, h))));
    for (const c of shown) {
      const swatch = el('span', 'swatch');
      swatch.style.background = clusterColour(c.id);
      const tr = el('tr', 'cluster-row', el('td', null, swatch, c.label), el('td', 'num', c.size),
        el('td', 'industry', industryName(c.dominantIndustry)), el('td', 'num', c.eligibleUnits),
        el('td', 'num', percent(c.coverage.organizationCoverageRate)));
      tr.dataset.cluster = c.id;
      table.append(tr);
    }
    return [summary, table];
  },
};
