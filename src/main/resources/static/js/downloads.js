// The 导出 links of the coverage, gaps and joint-branch panels: GET /api/reports/<report>.xlsx for
// the panel's scope (and filter). A plain link, so the browser downloads it with the session's
// cookie and names it from the server's Content-Disposition; nothing is built in the page.
import { BASE } from './graphql.js';
import { el } from './dom.js';
import { t } from './i18n.js';

/** The report's URL for `scope` ({ areaCode } | { parkId }) with `extra` parameters (null ones left out). */
function reportUrl(report, scope, extra = {}) {
  const p = new URLSearchParams();
  if (scope?.parkId) p.set('parkId', scope.parkId);
  else if (scope?.areaCode) p.set('areaCode', scope.areaCode);
  for (const [k, v] of Object.entries(extra)) if (v != null && v !== '') p.set(k, v);
  const query = p.toString();
  return `${BASE}/api/reports/${report}.xlsx${query ? `?${query}` : ''}`;
}

/** A 导出 link styled as a button, e.g. exportLink('gaps', scope, { kinds: 'TERM_DUE' }). */
export function exportLink(report, scope, extra = {}) {
  const a = el('a', 'export-link no-print', t('export'));
  a.href = reportUrl(report, scope, extra);
  a.setAttribute('download', '');
  a.dataset.testid = `${report}-export`;
  a.title = t('export.title');
  return a;
}
