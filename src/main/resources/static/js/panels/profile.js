// 党员结构: the scope's member profile (stages of the recruitment pipeline, age bands, education,
// mobility) as bar charts (charts.js). Counts only: the service never lists members.
import { bars } from '../charts.js';
import { para } from '../dom.js';
import { language, t } from '../i18n.js';
import { scopeInput, state } from '../state.js';

const QUERY = `query ProfilePanel($scope: Scope!, $asOf: String) {
  memberProfile(scope: $scope) {
    members prospects
    byStage { key label count }
    byAgeBand(asOf: $asOf) { key label count }
    byEducation { key label count }
    byMobility { key label count }
  }
}`;

// Chinese labels come from the service (the domain's own names); English ones are the page's.
const label = (group, row) => (language() === 'zh' ? row.label : t(`profile.${group}.${row.key}`));

export default {
  id: 'profile',
  order: 25,
  title: 'panel.profile',
  printable: true,
  strings: {
    zh: {
      'panel.profile': '党员结构', 'profile.summary': '党员 {members} 名，入党申请人、积极分子和发展对象 {prospects} 名',
      'profile.stage': '类别', 'profile.age': '年龄', 'profile.education': '学历', 'profile.mobility': '流动党员',
'profile.none': '本范围没有党员。', 'profile.asOf': '年龄按 {date} 计算',
    },
    en: {
      'panel.profile': 'Members', 'profile.summary': '{members} party members; {prospects} applicants, activists and candidates',
      'profile.stage': 'Stage', 'profile.age': 'Age', 'profile.education': 'Education', 'profile.mobility': 'Mobility',
'profile.none': 'No party members in this scope.',
      'profile.asOf': 'Ages as of {date}',
      'profile.stage.FULL': 'full members', 'profile.stage.PROBATIONARY': 'probationary', 'profile.stage.CANDIDATE': 'candidates',
      'profile.stage.ACTIVIST': 'activists', 'profile.stage.APPLICANT': 'applicants',
      'profile.age.UP_TO_35': '35 or under', 'profile.age.FROM_36_TO_50': '36–50', 'profile.age.FROM_51_TO_60': '51–60',
      'profile.age.OVER_60': 'over 60', 'profile.age.UNKNOWN': 'not recorded',
      'profile.education.BELOW_COLLEGE': 'below college', 'profile.education.COLLEGE': 'college',
      'profile.education.BACHELOR': 'bachelor', 'profile.education.POSTGRADUATE': 'postgraduate',
      'profile.education.UNKNOWN': 'not recorded',
      'profile.mobility.MOBILE': 'mobile (流动党员)', 'profile.mobility.NOT_MOBILE': 'not mobile',
      'profile.mobility.UNKNOWN': 'not recorded',
    },
  },
  async load(scope, ctx) {
    const { memberProfile: p } = await ctx.query(QUERY, { scope: scopeInput(scope), asOf: state.asOf });
    ctx.setCount(String(p.members));
    const summary = para(t('profile.summary', { members: p.members, prospects: p.prospects }));
    summary.dataset.testid = 'profile-summary';
    const rows = (group, list) => list.map((r) => ({ key: r.key, count: r.count, label: label(group, r) }));
    const content = [summary];
    if (p.members + p.prospects === 0) content.push(para(t('profile.none'), 'muted'));
    else {
      content.push(...bars('profile-stage', t('profile.stage'), rows('stage', p.byStage)),
        ...bars('profile-age', t('profile.age'), rows('age', p.byAgeBand)),
        ...bars('profile-education', t('profile.education'), rows('education', p.byEducation)),
        ...bars('profile-mobility', t('profile.mobility'), rows('mobility', p.byMobility)));
      if (state.asOf) content.push(para(t('profile.asOf', { date: state.asOf }), 'muted small'));
    }
    return content;
  },
};
