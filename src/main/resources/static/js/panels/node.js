// 选中: the facts of the unit picked on a map, in a gap, a group or a search result — names, never codes.
import { el, figures, para } from '../dom.js';
import { apiLanguage, percent, t } from '../i18n.js';
import { on } from '../state.js';
import { industryName } from './clusters.js';

let selected = null; // { kind, entityId }

const ORGANIZATION = `query NodeOrganization($id: ID!) {
  organization(id: $id) {
    name kind status employees fullMembers members verifiedOn
    industry { code sectionName divisionName }
    area { code name } park { name } building { name }
    partyOrganizations { name formation }
    officers { name }
  }
}`;

const ORGANIZATION_GAPS = `query NodeGaps($scope: Scope!, $lang: Language!) {
  coverageGaps(scope: $scope, first: 1000) { nodes { kind reason(lang: $lang) organization { id } } }
}`;

const PARTY_ORGANIZATION = `query NodePartyOrganization($id: ID!) {
  partyOrganization(id: $id) {
    name level formation stars foundedOn fullMembers members
    parent { name } area { name } park { name } units { name }
  }
}`;

const OFFICER = `query NodeOfficer($id: ID!) { officer(id: $id) { name area { name } organizations { name } } }`;

const AREA = `query NodeArea($code: ID!) {
  area(code: $code) { name level parent { name } }
  coverage(scope: { areaCode: $code }) { total organizationCoverageRate workCoverageRate uncovered }
}`;

const PARK = `query NodePark($id: ID!) {
  park(id: $id) { name area { name } buildings { name } }
  coverage(scope: { parkId: $id }) { total organizationCoverageRate workCoverageRate uncovered }
}`;

const BUILDING = `query NodeBuilding($id: ID!) { building(id: $id) { name park { name } area { name } } }`;

const names = (list) => (list.length ? list.map((x) => x.name).join('、') : t('none'));

function coverageRows(c) {
  return [[t('cov.total'), c.total], [t('cov.organizationCoverageRate'), percent(c.organizationCoverageRate)],
    [t('cov.workCoverageRate'), percent(c.workCoverageRate)], [t('cov.uncovered'), c.uncovered]];
}

async function organization(id, ctx) {
  const { organization: o } = await ctx.query(ORGANIZATION, { id });
  // the change list names organizations gone from the latest ledger, which this reads
  if (!o) return [id, [[t('node.kind'), t('node.gone')]]];
  const gaps = o.area
    ? (await ctx.query(ORGANIZATION_GAPS, { scope: { areaCode: o.area.code }, lang: apiLanguage() }))
      .coverageGaps.nodes.filter((g) => g.organization?.id === id)
    : [];
    // 组织覆盖 / 工作覆盖 as domain.md defines them, read off the unit's own party organizations and officers
  const coverage = o.partyOrganizations.length > 0 ? t('node.orgCovered')
    : o.officers.length > 0 ? t('node.workCovered') : t('gap.UNCOVERED');
  const gapList = gaps.length
    ? el('ul', 'node-gaps', ...gaps.map((g) => el('li', `gap-${g.kind}`, el('span', 'tag', t(`gap.${g.kind}`)), ' ',
      el('span', 'reason muted', g.reason))))
    : t('none');
  return [o.name, [
    [t('node.kind'), `${t(`orgKind.${o.kind}`)}${o.status === 'ACTIVE' ? '' : ` (${t('node.deregistered')})`}`],
    [t('node.industry'), industryName(o.industry)],
    [t('node.employees'), o.employees ?? '—'],
    [t('node.members'), t('node.membersValue', { full: o.fullMembers, all: o.members })],
    [t('node.coverage'), coverage],
    [t('node.partyOrganizations'), o.partyOrganizations.length
      ? o.partyOrganizations.map((p) => `${p.name}（${t(`formation.${p.formation}`)}）`).join('、') : t('none')],
    [t('node.officers'), names(o.officers)],
    [t('node.place'), [o.area?.name, o.park?.name, o.building?.name].filter(Boolean).join(' · ') || '—'],
    [t('node.verifiedOn'), o.verifiedOn ?? '—'],
    [t('node.gaps'), gapList],
  ]];
}

async function details({ kind, entityId }, ctx) {
  switch (kind) {
    case 'ORGANIZATION': return organization(entityId, ctx);
    case 'PARTY_ORGANIZATION': {
      const { partyOrganization: p } = await ctx.query(PARTY_ORGANIZATION, { id: entityId });
      return [p.name, [
        [t('node.kind'), `${t(`poLevel.${p.level}`)} · ${t(`formation.${p.formation}`)}`],
        [t('node.members'), t('node.membersValue', { full: p.fullMembers, all: p.members })],
        [t('node.parent'), p.parent?.name ?? '—'],
        [t('node.place'), [p.area?.name, p.park?.name].filter(Boolean).join(' · ') || '—'],
        [t('node.stars'), p.stars ?? '—'], [t('node.foundedOn'), p.foundedOn ?? '—'],
        [t('node.units'), names(p.units)],
      ]];
    }
    case 'OFFICER': {
      const { officer: o } = await ctx.query(OFFICER, { id: entityId });
      return [o.name, [[t('node.kind'), t('kind.OFFICER')], [t('node.place'), o.area?.name ?? '—'],
        [t('node.guides'), t('node.count', { n: o.organizations.length })], [t('node.units'), names(o.organizations)]]];
    }
    case 'AREA': {
      const { area: a, coverage: c } = await ctx.query(AREA, { code: entityId });
      return [a.name, [[t('node.kind'), t(`level.${a.level}`)], [t('node.parent'), a.parent?.name ?? '—'], ...coverageRows(c)]];
    }
    case 'PARK': {
      const { park: p, coverage: c } = await ctx.query(PARK, { id: entityId });
      return [p.name, [[t('node.kind'), t('kind.PARK')], [t('node.place'), p.area?.name ?? '—'],
        [t('node.buildings'), names(p.buildings)], ...coverageRows(c)]];
    }
    case 'BUILDING': {
      const { building: b } = await ctx.query(BUILDING, { id: entityId });
      return [b.name, [[t('node.kind'), t('kind.BUILDING')],
        [t('node.place'), [b.area?.name, b.park?.name].filter(Boolean).join(' · ') || '—']]];
    }
    default: return [t('panel.node'), []];
  }
}

export default {
  id: 'node',
  order: 0,
  title: 'panel.node',
  needsScope: false,
  strings: {
    zh: {
      'panel.node': '选中单位', 'node.kind': '类型', 'node.industry': '行业', 'node.employees': '从业人员',
      'node.members': '党员', 'node.membersValue': '正式党员 {full} 名 / 党员 {all} 名', 'node.coverage': '覆盖',
      'node.orgCovered': '组织覆盖', 'node.workCovered': '工作覆盖（仅指导员）', 'node.partyOrganizations': '党组织',
      'node.officers': '党建指导员', 'node.place': '位置', 'node.verifiedOn': '核实日期', 'node.gaps': '短板',
      'node.parent': '上级', 'node.stars': '星级', 'node.foundedOn': '成立日期', 'node.units': '覆盖单位',
      'node.guides': '联系单位', 'node.count': '{n} 个', 'node.buildings': '楼宇', 'node.deregistered': '已注销',
      'node.close': '关闭', 'node.gone': '最新台账中已无此单位',
    },
    en: {
      'panel.node': 'Selected unit', 'node.kind': 'Kind', 'node.industry': 'Industry', 'node.employees': 'Employees',
      'node.members': 'Members', 'node.membersValue': '{full} full / {all} members', 'node.coverage': 'Coverage',
      'node.orgCovered': 'Organization-covered', 'node.workCovered': 'Work-covered (officer only)',
      'node.partyOrganizations': 'Party organizations', 'node.officers': 'Guidance officers', 'node.place': 'Place',
      'node.verifiedOn': 'Verified on', 'node.gaps': 'Gaps', 'node.parent': 'Parent', 'node.stars': 'Stars',
      'node.foundedOn': 'Founded on', 'node.units': 'Covered units', 'node.guides': 'Guides', 'node.count': '{n}',
      'node.buildings': 'Buildings', 'node.deregistered': 'deregistered', 'node.close': 'Close', 'node.gone': 'Not in the latest ledger',
    },
  },
  init(ctx) {
    ctx.hide(true);
    on('select', (node) => {
      selected = node;
      ctx.hide(false);
      ctx.reload();
    });
    on('scope', () => { selected = null; ctx.hide(true); });
  },
  async load(scope, ctx) {
    if (!selected) return [];
    const [name, rows] = await details(selected, ctx);
    const close = el('button', 'close no-print', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('node.close'));
    close.addEventListener('click', () => { selected = null; ctx.hide(true); });
    const head = el('div', 'node-head', el('b', 'node-name', name), close);
    const dl = figures(rows, 'node-info');
    dl.id = 'node-info';
    return [head, dl];
  },
};
