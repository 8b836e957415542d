// 说明: what 组织覆盖 and 工作覆盖 mean and what each gap kind says (docs/domain.md, in short).
import { el } from '../dom.js';
import { GAP_KINDS, t } from '../i18n.js';

export default {
  id: 'help',
  order: 90,
  title: 'panel.help',
  needsScope: false,
  strings: {
    zh: {
      'panel.help': '说明',
      'help.coverage': '组织覆盖：有党组织把该单位列为覆盖单位（单独、联合、挂靠或区域党组织均可）。'
        + '工作覆盖：组织覆盖，或有党建指导员联系该单位。覆盖率的分母是范围内全部在册（ACTIVE）两新组织。',
      'help.map': '党建地图按下级区划着色（组织覆盖率或工作覆盖率），红点为空白点，橙点为应建未建，虚线圈为园区；点击区划下钻，悬停查看数字。',
      'help.UNCOVERED': '既无组织覆盖也无工作覆盖。',
      'help.SHOULD_BUILD': '正式党员 3 名及以上，但没有组织覆盖。',
      'help.GRADUATION': '正式党员 3 名及以上，只由联合、挂靠或区域党组织覆盖，可单独组建。',
      'help.JOINT_CANDIDATE': '正式党员 1–2 名且没有组织覆盖，可与邻近单位组建联合党支部。',
      'help.HIDDEN_MEMBERS': '有党员的组织关系不在任何党组织，或在不覆盖本单位的党组织（隐形/口袋党员）。',
      'help.UNDERSIZED_BRANCH': '党支部正式党员不足 3 名。',
      'help.OVERSIZED_BRANCH': '党支部党员超过 50 名。',
      'help.JOINT_TOO_WIDE': '联合党支部覆盖超过 5 个在册单位。',
      'help.COVERS_DEREGISTERED': '党组织仍覆盖已注销的单位。',
      'help.OFFICER_OVERLOAD': '党建指导员联系超过 10 个在册单位。',
      'help.STALE_RECORD': '台账从未核实，或距今超过一个季度（92 天）。',
      'help.OWNER_MEMBER_UNBUILT': '出资人（负责人）是党员，但单位没有组织覆盖：重点开展建党。',
      'help.PLAN_OVERDUE': '计划组建日期已过，仍没有组织覆盖。',
      'help.TERM_DUE': '党组织届期 90 天内届满或已届满，应换届。',
      'help.NO_SECRETARY': '党组织未配备书记。',
      'help.WEAK_BRANCH': '分类定级为后进（软弱涣散），或星级 1 星及以下。',
      'help.PROBATION_OVERDUE': '有预备党员预备期满超过 30 天仍未转正。',
      'help.NEW_UNCOVERED': '上一期次台账中没有（或不在本范围、非存续），本期新增且既无组织覆盖也无工作覆盖：对新增企业做到应建必建。',
      'help.SOON_SHOULD_BUILD': '正式党员不足 3 名、没有组织覆盖，但正式党员、预备党员与发展对象合计 3 名及以上：下个季度的应建未建。',
    },
    en: {
      'panel.help': 'About',
      'help.coverage': 'Organization-covered: some party organization lists the unit as covered (standalone, joint, '
        + 'affiliated or area). Work-covered: organization-covered, or a guidance officer is assigned to it. Rates divide '
        + 'by all ACTIVE organizations in the scope.',
      'help.map': 'The coverage map colours the child areas by organization or work coverage; red dots are uncovered '
        + 'organizations, orange ones should build their own branch, dashed rings are parks. Click an area to drill down, '
        + 'hover for its figures.',
      'help.UNCOVERED': 'Neither organization- nor work-covered.',
      'help.SHOULD_BUILD': '3 or more full members and not organization-covered.',
      'help.GRADUATION': '3 or more full members, covered only by joint, affiliated or area party organizations.',
      'help.JOINT_CANDIDATE': '1–2 full members and not organization-covered: a unit for a joint branch.',
      'help.HIDDEN_MEMBERS': 'Members whose relation is held nowhere, or in a party organization not covering the unit.',
      'help.UNDERSIZED_BRANCH': 'A branch with fewer than 3 full members.',
      'help.OVERSIZED_BRANCH': 'A branch with more than 50 members.',
      'help.JOINT_TOO_WIDE': 'A joint branch covering more than 5 active units.',
      'help.COVERS_DEREGISTERED': 'Covers an organization that is deregistered.',
      'help.OFFICER_OVERLOAD': 'A guidance officer assigned to more than 10 active organizations.',
      'help.STALE_RECORD': 'The ledger row was never verified, or not in the last quarter (92 days).',
      'help.OWNER_MEMBER_UNBUILT': 'The owner is a party member and the organization is not organization-covered.',
      'help.PLAN_OVERDUE': 'The planned founding date has passed and the organization is still not organization-covered.',
      'help.TERM_DUE': 'The party organization\'s term ends within 90 days or has ended: re-election is due.',
      'help.NO_SECRETARY': 'The party organization has no secretary.',
      'help.WEAK_BRANCH': 'Rated weak (后进/软弱涣散) or at most 1 star.',
      'help.PROBATION_OVERDUE': 'Probationary members whose probation ended more than 30 days ago and who are not yet full members.',
      'help.NEW_UNCOVERED': 'Not in the previous period (or not active in this scope then), new now and neither organization- nor work-covered.',
      'help.SOON_SHOULD_BUILD': 'Fewer than 3 full members, not organization-covered, but full + probationary members and candidates '
        + 'make 3 or more: next quarter\'s "should build".',
    },
  },
  async load() {
    const dl = el('dl', 'help-kinds');
    for (const k of GAP_KINDS) dl.append(el('dt', `gap-${k}`, el('span', 'tag', t(`gap.${k}`))), el('dd', null, t(`help.${k}`)));
    return [el('p', null, t('help.coverage')), el('p', 'muted', t('help.map')), dl];
  },
};
