// Strings of the explorer in zh-CN and English. Only the chosen language is ever shown: panels
// ask the server for reasons in that language too (`reason(lang: ZH|EN)`).

const STRINGS = {
  zh: {
    title: '两新组织党建网络图',
    graphiql: 'GraphQL 控制台',
    toggle: 'English',
    toggleLabel: 'Switch to English',
    level: '区划层级',
    'level.PROVINCE': '省', 'level.CITY': '市', 'level.DISTRICT': '区/县',
    'level.STREET': '街道/乡镇', 'level.COMMUNITY': '社区/村',
    area: '区划', 'area.pick': '— 选择区划 —',
    park: '园区', 'park.pick': '— 选择园区 —',
    view: '视图', 'view.coverage': '党建地图', 'view.network': '关系网络',
    layout: '布局', 'layout.FORCE': '关系', 'layout.GEO': '地理',
    colourBy: '着色', 'colour.kind': '按类型', 'colour.cluster': '按聚类',
    maxNodes: '节点上限', include: '包含', print: '打印',
    'map.idle': '请选择区划或园区。',
    'map.loading': '正在加载…',
    'map.drawn': '已绘制 {nodes} 个节点、{edges} 条边。',
    'map.truncated': '（节点过多，已截断；可提高节点上限或缩小范围）',
    'map.empty': '该范围内没有节点。',
    'map.failed': '地图加载失败：',
    'map.noEcharts': '绘图库 ECharts 未加载（构建时是否跳过了前端？）',
    'panel.pickScope': '请先选择范围。',
    loading: '加载中…',
    failed: '查询失败：',
    none: '无',
    more: '更多',
    'error.network': '无法连接服务',
    'error.http': '服务返回 HTTP {status}',
    'kind.AREA': '区划', 'kind.PARK': '园区', 'kind.BUILDING': '楼宇', 'kind.ORGANIZATION': '两新组织',
    'kind.PARTY_ORGANIZATION': '党组织', 'kind.OFFICER': '党建指导员',
    'edge.COVERS': '覆盖', 'edge.REPORTS_TO': '隶属', 'edge.GUIDES': '指导', 'edge.IN_PARK': '位于园区',
    'edge.IN_BUILDING': '位于楼宇', 'edge.PART_OF': '下辖于', 'edge.SUPPLIES': '供应',
    'edge.INVESTS_IN': '投资', 'edge.SUBSIDIARY_OF': '子公司', 'edge.COOPERATES': '合作',
    'gap.UNCOVERED': '空白点', 'gap.SHOULD_BUILD': '应建未建', 'gap.GRADUATION': '可单独组建',
    'gap.JOINT_CANDIDATE': '可联合组建', 'gap.HIDDEN_MEMBERS': '隐形党员', 'gap.UNDERSIZED_BRANCH': '支部人数不足',
    'gap.OVERSIZED_BRANCH': '支部人数过多', 'gap.JOINT_TOO_WIDE': '联合支部单位过多',
    'gap.COVERS_DEREGISTERED': '覆盖已注销单位', 'gap.OFFICER_OVERLOAD': '指导员负担过重', 'gap.STALE_RECORD': '台账未及时更新',
    // the new kinds named as the gap report's 类型 column names them (reports.GapLabels)
    'gap.OWNER_MEMBER_UNBUILT': '出资人是党员未建党组织', 'gap.PLAN_OVERDUE': '计划组建逾期', 'gap.TERM_DUE': '换届到期',
    'gap.NO_SECRETARY': '未配备书记', 'gap.WEAK_BRANCH': '后进/软弱涣散', 'gap.PROBATION_OVERDUE': '预备党员转正逾期',
    'gap.SOON_SHOULD_BUILD': '下季度应建', 'gap.NEW_UNCOVERED': '新增未覆盖',
    'orgKind.ENTERPRISE': '非公企业', 'orgKind.SOCIAL_ORGANIZATION': '社会组织', 'orgKind.INDIVIDUAL_BUSINESS': '个体工商户',
    'formation.STANDALONE': '单独组建', 'formation.JOINT': '联合组建', 'formation.AFFILIATED': '挂靠组建', 'formation.AREA': '区域党组织',
    'poLevel.COMMITTEE': '党委', 'poLevel.GENERAL_BRANCH': '党总支', 'poLevel.BRANCH': '党支部',
    'cov.organizationCoverageRate': '组织覆盖率', 'cov.workCoverageRate': '工作覆盖率',
    'cluster.none': '未分组',
    'change.APPEARED': '新增', 'change.DISAPPEARED': '注销或移出', 'change.GAINED_ORGANIZATION_COVERAGE': '新获组织覆盖',
    'change.LOST_ORGANIZATION_COVERAGE': '失去组织覆盖', 'change.GAINED_WORK_COVERAGE': '新获工作覆盖',
    'change.LOST_WORK_COVERAGE': '失去工作覆盖',
    export: '导出', 'export.title': '下载本范围的 Excel 报表',
  },
  en: {
    title: 'Party-building network of new organizations',
    graphiql: 'GraphQL console',
    toggle: '中文',
    toggleLabel: '切换到中文',
    level: 'Area level',
    'level.PROVINCE': 'Province', 'level.CITY': 'City', 'level.DISTRICT': 'District',
    'level.STREET': 'Street / town', 'level.COMMUNITY': 'Community / village',
    area: 'Area', 'area.pick': '— choose an area —',
    park: 'Park', 'park.pick': '— choose a park —',
    view: 'View', 'view.coverage': 'Coverage map', 'view.network': 'Network',
    layout: 'Layout', 'layout.FORCE': 'Relations', 'layout.GEO': 'Geographic',
    colourBy: 'Colour', 'colour.kind': 'by kind', 'colour.cluster': 'by cluster',
    maxNodes: 'Max nodes', include: 'Include', print: 'Print',
    'map.idle': 'Choose an area or a park.',
    'map.loading': 'Loading…',
    'map.drawn': 'Drew {nodes} nodes and {edges} edges.',
    'map.truncated': ' (too many nodes, truncated: raise the limit or narrow the scope)',
    'map.empty': 'No nodes in this scope.',
    'map.failed': 'The map failed to load: ',
    'map.noEcharts': 'The drawing library (ECharts) did not load (was the frontend build skipped?)',
    'panel.pickScope': 'Choose a scope first.',
    loading: 'Loading…',
    failed: 'Query failed: ',
    none: 'None',
    more: 'More',
    'error.network': 'Cannot reach the service',
    'error.http': 'The service answered HTTP {status}',
    'kind.AREA': 'Area', 'kind.PARK': 'Park', 'kind.BUILDING': 'Building', 'kind.ORGANIZATION': 'Organization',
    'kind.PARTY_ORGANIZATION': 'Party organization', 'kind.OFFICER': 'Guidance officer',
    'edge.COVERS': 'covers', 'edge.REPORTS_TO': 'reports to', 'edge.GUIDES': 'guides', 'edge.IN_PARK': 'in park',
    'edge.IN_BUILDING': 'in building', 'edge.PART_OF': 'part of', 'edge.SUPPLIES': 'supplies',
    'edge.INVESTS_IN': 'invests in', 'edge.SUBSIDIARY_OF': 'subsidiary of', 'edge.COOPERATES': 'cooperates',
    'gap.UNCOVERED': 'Uncovered', 'gap.SHOULD_BUILD': 'Should build', 'gap.GRADUATION': 'Ready to build its own',
    'gap.JOINT_CANDIDATE': 'Joint-branch candidate', 'gap.HIDDEN_MEMBERS': 'Hidden members', 'gap.UNDERSIZED_BRANCH': 'Undersized branch',
    'gap.OVERSIZED_BRANCH': 'Oversized branch', 'gap.JOINT_TOO_WIDE': 'Joint branch too wide',
    'gap.COVERS_DEREGISTERED': 'Covers a deregistered unit', 'gap.OFFICER_OVERLOAD': 'Officer overloaded', 'gap.STALE_RECORD': 'Stale record',
    'gap.OWNER_MEMBER_UNBUILT': 'Owner is a member, no branch', 'gap.PLAN_OVERDUE': 'Planned branch overdue', 'gap.TERM_DUE': 'Re-election due',
    'gap.NO_SECRETARY': 'No secretary', 'gap.WEAK_BRANCH': 'Weak branch', 'gap.PROBATION_OVERDUE': 'Probation overdue',
    'gap.SOON_SHOULD_BUILD': 'Soon should build', 'gap.NEW_UNCOVERED': 'New and uncovered',
    'orgKind.ENTERPRISE': 'Enterprise', 'orgKind.SOCIAL_ORGANIZATION': 'Social organization', 'orgKind.INDIVIDUAL_BUSINESS': 'Individual business',
    'formation.STANDALONE': 'standalone', 'formation.JOINT': 'joint', 'formation.AFFILIATED': 'affiliated', 'formation.AREA': 'area',
    'poLevel.COMMITTEE': 'committee', 'poLevel.GENERAL_BRANCH': 'general branch', 'poLevel.BRANCH': 'branch',
    'cov.organizationCoverageRate': 'Organization coverage', 'cov.workCoverageRate': 'Work coverage',
    'cluster.none': 'no cluster',
    'change.APPEARED': 'New', 'change.DISAPPEARED': 'Deregistered or gone',
    'change.GAINED_ORGANIZATION_COVERAGE': 'Gained organization coverage',
    'change.LOST_ORGANIZATION_COVERAGE': 'Lost organization coverage', 'change.GAINED_WORK_COVERAGE': 'Gained work coverage',
    'change.LOST_WORK_COVERAGE': 'Lost work coverage',
    export: 'Export', 'export.title': 'Download this scope\'s report as an Excel workbook',
  },
};

// Every GapKind of the schema, in its order (the gap list's filter and the 说明 panel list them all).
export const GAP_KINDS = ['UNCOVERED', 'SHOULD_BUILD', 'GRADUATION', 'JOINT_CANDIDATE', 'HIDDEN_MEMBERS',
  'UNDERSIZED_BRANCH', 'OVERSIZED_BRANCH', 'JOINT_TOO_WIDE', 'COVERS_DEREGISTERED', 'OFFICER_OVERLOAD', 'STALE_RECORD',
  'OWNER_MEMBER_UNBUILT', 'PLAN_OVERDUE', 'TERM_DUE', 'NO_SECRETARY', 'WEAK_BRANCH', 'PROBATION_OVERDUE', 'SOON_SHOULD_BUILD',
  'NEW_UNCOVERED'];

// Every ChangeKind of the schema, in its order (the change list counts and lists them in it).
export const CHANGE_KINDS = ['APPEARED', 'DISAPPEARED', 'GAINED_ORGANIZATION_COVERAGE', 'LOST_ORGANIZATION_COVERAGE',
  'GAINED_WORK_COVERAGE', 'LOST_WORK_COVERAGE'];

const wanted = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('liangxin.lang');
let lang = wanted === 'en' ? 'en' : 'zh';

/** 'zh' or 'en'. */
export const language = () => lang;

/** The GraphQL `Language` of the chosen language, for `reason(lang:)`. */
export const apiLanguage = () => (lang === 'en' ? 'EN' : 'ZH');

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('liangxin.lang', lang);
}

/** Adds a module's own strings (a panel brings its own), { zh: {...}, en: {...} }. */
export function addStrings(strings) {
  for (const l of ['zh', 'en']) Object.assign(STRINGS[l], strings?.[l] ?? {});
}

/** The string for `key` in the chosen language, `{name}` replaced from `params`. */
export function t(key, params = {}) {
  const s = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''));
}

/** A rate 0..1 as a percentage with one decimal, or — for null. */
export function percent(rate) {
  return rate == null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Re-labels every element carrying data-i18n (and the page's own language). */
export function applyStaticStrings(root = document) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · liangxin-graph`;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}
