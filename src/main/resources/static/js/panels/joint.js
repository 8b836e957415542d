// 联合党支部建议: the joint-branch plan of the scope; a group is outlined on the network map.
import { el, para } from '../dom.js';
import { exportLink } from '../downloads.js';
import { apiLanguage, t } from '../i18n.js';
import { emit, scopeInput, state } from '../state.js';

const QUERY = `query JointPanel($scope: Scope!, $lang: Language!) {
  jointBranchCandidates(scope: $scope) {
    eligibleCount placedCount
    groups { units { id name } anchor { id name } suggestedParent { id name } fullMembers sturdy spreadMeters suggestedName
             reasons(lang: $lang) }
    unplaced { organization { id name } reason(lang: $lang) }
  }
}`;

export default {
  id: 'joint',
  order: 40,
  title: 'panel.joint',
  strings: {
    zh: {
      'panel.joint': '联合党支部建议',
      'joint.summary': '符合条件 {eligible} 家，已编组 {placed} 家，共 {groups} 组',
      'joint.units': '家', 'joint.fullMembers': '正式党员 {n} 名', 'joint.spread': '跨度 {m} 米', 'joint.unplaced': '未能编组',
      'joint.outline': '关系网络中以黑色描边标出已编组的组织；点击组名可高亮。',
      'joint.anchor': '牵头单位', 'joint.parent': '建议上级党组织', 'joint.noParent': '无（请指定）', 'joint.sturdy': '少一名党员仍满3名',
    },
    en: {
      'panel.joint': 'Joint-branch proposals',
      'joint.summary': '{eligible} eligible, {placed} placed, in {groups} groups',
      'joint.units': 'units', 'joint.fullMembers': '{n} full members', 'joint.spread': 'spread {m} m', 'joint.unplaced': 'Not placed',
      'joint.outline': 'Grouped organizations are outlined in black on the network; click a group to highlight it.',
      'joint.anchor': 'Anchor unit', 'joint.parent': 'Suggested parent', 'joint.noParent': 'none (to be assigned)',
      'joint.sturdy': 'survives one member leaving',
    },
  },
  async load(scope, ctx) {
    const { jointBranchCandidates: j } = await ctx.query(QUERY, { scope: scopeInput(scope), lang: apiLanguage() });
    state.jointUnits = new Map();
    state.highlightedGroup = null;
    j.groups.forEach((g, i) => g.units.forEach((u) => state.jointUnits.set(u.id, i)));
    emit('joint');
    const summary = para(t('joint.summary', { eligible: j.eligibleCount, placed: j.placedCount, groups: j.groups.length }));
    summary.dataset.testid = 'joint-summary';
    const content = [el('div', 'panel-actions', exportLink('joint-branches', scope)), summary];
    if (j.groups.length > 0) content.push(para(t('joint.outline'), 'muted small'));
    const list = el('ol', 'joint-list');
    j.groups.forEach((g, i) => {
      const li = el('li', 'joint-group clickable',
        el('div', 'group-head', el('b', null, g.suggestedName ?? `#${i + 1}`),
          el('span', 'muted', ` · ${g.units.length} ${t('joint.units')} · ${t('joint.fullMembers', { n: g.fullMembers })}`
            + ` · ${t('joint.spread', { m: Math.round(g.spreadMeters) })}`)),
        el('div', 'units', g.units.map((u) => u.name).join(t('joint.units') === '家' ? '、' : ', ')));
      const anchor = el('div', 'anchor small', el('span', 'muted', `${t('joint.anchor')}: `), el('b', null, g.anchor?.name ?? ''));
      anchor.dataset.testid = 'joint-anchor';
      const parent = el('div', 'parent small', el('span', 'muted', `${t('joint.parent')}: `),
        g.suggestedParent ? g.suggestedParent.name : t('joint.noParent'));
      parent.dataset.testid = 'joint-parent';
      li.append(anchor, parent);
      if (g.sturdy) li.append(el('div', 'sturdy small muted', t('joint.sturdy')));
      li.dataset.group = String(i);
      if (g.reasons.length) li.append(el('div', 'reason muted', g.reasons.join(t('joint.units') === '家' ? '；' : '; ')));
      li.addEventListener('click', () => {
        state.highlightedGroup = state.highlightedGroup === i ? null : i;
        for (const other of list.children) other.classList.toggle('active', other.dataset.group === String(state.highlightedGroup));
        emit('joint');
      });
      list.append(li);
    });
    content.push(list);
    if (j.unplaced.length > 0) {
      const ul = el('ul', 'unplaced-list');
      for (const u of j.unplaced) ul.append(el('li', null, el('b', null, u.organization.name), ' ', el('span', 'muted', u.reason)));
      content.push(el('details', 'unplaced', el('summary', null, `${t('joint.unplaced')} (${j.unplaced.length})`), ul));
    }
    return content;
  },
};
