// 导入台账: choose ledger files (.xlsx workbooks, .csv files or a .zip of them), POST them to
// /api/ledger as multipart parts with the session's CSRF token, dated (?asOf=, the date the
// ledger describes; today when empty) and as an UPSERT or as a SNAPSHOT of the selected area
// (?mode=SNAPSHOT&areaCode=), and show what came back: the import's id and date and the rows
// imported per file, with a 撤销 button reverting that import (revertImport, after a confirm), or
// every error (422, 403 outside one's area, 413) as a table of file / sheet, row, column and
// message, in the page's language. Shown to IMPORTERs and ADMINs only; the server decides anyway
// (SecurityConfiguration), this only spares a VIEWER a form it cannot use.
import { BASE, csrfHeader, gql } from '../graphql.js';
import { el, option, para } from '../dom.js';
import { language, t } from '../i18n.js';
import { emit, on, state } from '../state.js';

const MAY_IMPORT = ['IMPORTER', 'ADMIN'];

// The form lives across re-renders (scope and language changes) so chosen files stay chosen.
const form = { node: null, input: null, submit: null, template: null, pick: null, asOf: null, mode: null, modeLabel: null };
// { kind: 'counts', body } | { kind: 'errors', status, errors } | { kind: 'failed', message }
// | { kind: 'reverted', revert } (revert: the reverted LedgerImport)
let outcome = null;
let busy = false;

function buildForm(ctx) {
  const input = el('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.xlsx,.csv,.zip,.geojson';
  input.id = 'import-files';
  input.dataset.testid = 'import-files';
  const pick = el('label', null);
  pick.htmlFor = 'import-files';
  const submit = el('button', 'import-submit');
  submit.type = 'submit';
  submit.dataset.testid = 'import-submit';
  const template = el('a', 'template-link');
  template.href = `${BASE}/api/ledger/template.xlsx`;
  template.setAttribute('download', '');
  template.dataset.testid = 'template-link';
  const asOf = el('input');
  asOf.type = 'date';
  asOf.dataset.testid = 'import-as-of';
  const mode = el('select', null, option('UPSERT', ''), option('SNAPSHOT', ''));
  mode.dataset.testid = 'import-mode';
  mode.addEventListener('change', () => ctx.reload());
  const asOfLabel = el('label', null, el('span'), ' ', asOf);
  const modeLabel = el('label', null, el('span'), ' ', mode);
  const node = el('form', 'import-form', pick, input, el('div', 'import-options', asOfLabel, modeLabel),
    el('div', 'import-actions', submit, template));
  node.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!busy && input.files.length > 0 && (mode.value !== 'SNAPSHOT' || state.scope?.areaCode)) {
      upload([...input.files], ctx);
    }
  });
  Object.assign(form, { node, input, submit, template, pick, asOf, mode, asOfLabel, modeLabel });
}

/** The query of the upload: the ledger's date, and a snapshot's area (the selected one). */
function uploadQuery() {
  const p = new URLSearchParams();
  if (form.asOf.value) p.set('asOf', form.asOf.value);
  p.set('mode', form.mode.value);
  if (form.mode.value === 'SNAPSHOT') p.set('areaCode', state.scope.areaCode);
  return p.toString();
}

const REVERT = 'mutation RevertImport($id: ID!) { revertImport(id: $id) { id asOf mode areaCode rows } }';

async function revert(result, ctx) {
  if (!window.confirm(t('import.revertConfirm', { id: result.importId, asOf: result.asOf }))) return;
  busy = true;
  ctx.reload();
  try {
    const { revertImport } = await gql(REVERT, { id: result.importId });
    outcome = { kind: 'reverted', revert: revertImport };
  } catch (e) {
    // the server refuses a revert of an import that is no longer the latest: say so, keep the import shown
    outcome = { ...outcome, revertError: e.message };
  } finally {
    busy = false;
  }
  ctx.reload();
  if (outcome.kind === 'reverted') emit('imported', outcome.revert);
}

async function upload(files, ctx) {
  busy = true;
  outcome = null;
  ctx.reload();
  const body = new FormData();
  for (const f of files) body.append('files', f, f.name);
  try {
    const response = await fetch(`${BASE}/api/ledger?${uploadQuery()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        // the messages come in the page's language (Chinese unless the page is in English)
        'Accept-Language': language() === 'en' ? 'en' : 'zh-CN',
        'X-Requested-With': 'fetch',
        ...csrfHeader(),
      },
      body,
    });
    if (response.status === 401) location.assign('/login');
    const json = await response.json().catch(() => null);
    if (response.ok && json?.files) {
      outcome = { kind: 'counts', body: json };
      form.input.value = '';
    } else if (Array.isArray(json?.errors)) {
      outcome = { kind: 'errors', status: response.status, errors: json.errors };
    } else {
      outcome = { kind: 'failed', message: json?.message ?? t('error.http', { status: response.status }) };
    }
  } catch (e) {
    outcome = { kind: 'failed', message: `${t('error.network')}: ${e.message}` };
  } finally {
    busy = false;
  }
  ctx.reload();
  if (outcome.kind === 'counts') emit('imported', outcome.body);
}

function countsTable(result, ctx) {
  const table = el('table', 'table import-counts');
  table.dataset.testid = 'import-counts';
  table.append(el('tr', null, el('th', null, t('import.file')), el('th', 'num', t('import.rows'))));
  for (const [file, rows] of Object.entries(result.files)) {
    const tr = el('tr', null, el('td', null, file), el('td', 'num', rows));
    tr.dataset.file = file;
    table.append(tr);
  }
  const summary = para(t('import.done', { rows: result.totalRows, seconds: (result.millis / 1000).toFixed(1) }), 'import-summary');
  summary.dataset.testid = 'import-summary';
  const which = para(t('import.which', { id: result.importId, asOf: result.asOf }), 'muted small import-id');
  which.dataset.testid = 'import-id';
  const undo = el('button', 'import-revert', t('import.revert'));
  undo.type = 'button';
  undo.dataset.testid = 'import-revert';
  undo.title = t('import.revertTitle');
  undo.addEventListener('click', () => revert(result, ctx));
  const content = [summary, which, table, el('div', 'import-actions', undo)];
  if (outcome.revertError) content.push(para(t('import.revertFailed') + outcome.revertError, 'error-text'));
  return content;
}

function errorsTable(status, errors) {
  const head = status === 403 ? 'import.forbidden' : status === 413 ? 'import.tooLarge' : 'import.rejected';
  const summary = para(t(head, { n: errors.length }), 'error-text import-summary');
  summary.dataset.testid = 'import-summary';
  const table = el('table', 'table import-errors');
  table.dataset.testid = 'import-errors';
  table.append(el('tr', null, ...['import.where', 'import.row', 'import.column', 'import.message'].map((h) => el('th', null, t(h)))));
  for (const e of errors) {
    // a workbook's error names its sheet (the file is the upload); a CSV file's, the file
    const where = e.sheet ? `${e.sheet}` : e.file;
    const column = [e.columnLetter, e.column].filter(Boolean).join(' · ');
    const tr = el('tr', 'import-error', el('td', 'where', where ?? ''), el('td', 'num row', e.line ?? ''),
      el('td', 'column', column), el('td', 'message', e.message));
    if (e.sheet) tr.title = e.file;
    table.append(tr);
  }
  return [summary, table];
}

export default {
  id: 'import',
  order: 5,
  title: 'panel.import',
  needsScope: false,
  strings: {
    zh: {
      'panel.import': '导入台账', 'import.pick': '选择台账文件（.xlsx 工作簿、.csv 文件或它们的 .zip 压缩包，可多选）',
      'import.submit': '导入', 'import.template': '下载模板', 'import.busy': '正在导入，请稍候…',
      'import.done': '已导入 {rows} 行（{seconds} 秒）：', 'import.file': '文件', 'import.rows': '行数',
      'import.rejected': '台账有 {n} 处错误，未导入任何数据：', 'import.forbidden': '有 {n} 行不在您的辖区内，未导入任何数据：',
      'import.tooLarge': '台账过大，未导入任何数据：', 'import.where': '工作表/文件', 'import.row': '行',
      'import.column': '列', 'import.message': '说明', 'import.failed': '导入失败：',
      'import.hint': '全部正确才会导入；有错误时库中数据不变。',
      'import.asOf': '台账日期', 'import.mode': '方式', 'import.mode.UPSERT': '增补（只更新所列数据）',
      'import.mode.SNAPSHOT': '快照：{area} 全部台账（未列出的自该日起移出）',
      'import.mode.SNAPSHOT.none': '快照（请先选择区划）',
      'import.which': '导入编号 {id}，台账日期 {asOf}',
      'import.revert': '撤销本次导入', 'import.revertTitle': '恢复到本次导入之前的状态（仅限最近一次导入）',
      'import.revertConfirm': '确定撤销导入 {id}（台账日期 {asOf}）吗？库中数据将恢复到导入之前。',
      'import.reverted': '已撤销导入 {id}（台账日期 {asOf}，{rows} 行）。', 'import.revertFailed': '撤销失败：',
    },
    en: {
      'panel.import': 'Import a ledger', 'import.pick': 'Choose ledger files (.xlsx workbooks, .csv files or a .zip of them; several at once)',
      'import.submit': 'Import', 'import.template': 'Download the template', 'import.busy': 'Importing…',
      'import.done': 'Imported {rows} rows ({seconds} s):', 'import.file': 'File', 'import.rows': 'Rows',
      'import.rejected': 'The ledger has {n} error(s); nothing was imported:',
      'import.forbidden': '{n} row(s) lie outside your area; nothing was imported:',
      'import.tooLarge': 'The ledger is too large; nothing was imported:', 'import.where': 'Sheet / file', 'import.row': 'Row',
      'import.column': 'Column', 'import.message': 'Message', 'import.failed': 'The import failed: ',
      'import.hint': 'A ledger is imported only when all of it is correct; otherwise the store stays as it was.',
      'import.asOf': 'Ledger date', 'import.mode': 'Mode', 'import.mode.UPSERT': 'Update (only the rows given change)',
      'import.mode.SNAPSHOT': 'Snapshot: the whole ledger of {area} (what it leaves out ends at its date)',
      'import.mode.SNAPSHOT.none': 'Snapshot (pick an area first)',
      'import.which': 'Import {id}, ledger date {asOf}',
      'import.revert': 'Revert this import', 'import.revertTitle': 'Restore the state before this import (the latest import only)',
      'import.revertConfirm': 'Revert import {id} (ledger date {asOf})? The store goes back to the state before it.',
      'import.reverted': 'Import {id} reverted (ledger date {asOf}, {rows} rows).', 'import.revertFailed': 'The revert failed: ',
    },
  },
  init(ctx) {
    buildForm(ctx);
    const show = (user) => ctx.hide(!MAY_IMPORT.includes(user?.role));
    show(state.user);
    on('user', show);
  },
  async load(scope, ctx) {
    form.pick.textContent = t('import.pick');
    form.submit.textContent = t('import.submit');
    form.template.textContent = t('import.template');
    form.asOfLabel.firstChild.textContent = t('import.asOf');
    form.modeLabel.firstChild.textContent = t('import.mode');
    const area = state.scope?.areaCode ? state.scopeInfo?.name ?? state.scope.areaCode : null;
    form.mode.options[0].textContent = t('import.mode.UPSERT');
    form.mode.options[1].textContent = area ? t('import.mode.SNAPSHOT', { area }) : t('import.mode.SNAPSHOT.none');
    form.submit.disabled = busy || (form.mode.value === 'SNAPSHOT' && !area);
    const content = [form.node, para(t('import.hint'), 'muted small')];
    ctx.setCount('');
    if (busy) content.push(para(t('import.busy'), 'muted'));
    else if (outcome?.kind === 'counts') content.push(...countsTable(outcome.body, ctx));
    else if (outcome?.kind === 'reverted') {
      const r = outcome.revert;
      const done = para(t('import.reverted', { id: r.id, asOf: r.asOf, rows: r.rows }), 'import-summary');
      done.dataset.testid = 'import-summary';
      content.push(done);
    }
    else if (outcome?.kind === 'errors') content.push(...errorsTable(outcome.status, outcome.errors));
    else if (outcome?.kind === 'failed') content.push(para(t('import.failed') + outcome.message, 'error-text'));
    return content;
  },
};
