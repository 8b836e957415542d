// 导入台账: choose ledger files (.xlsx workbooks, .csv files or a .zip of them), POST them to
// /api/ledger as multipart parts with the session's CSRF token, and show what came back: the rows
// imported per file, or every error (422, 403 outside one's area, 413) as a table of file / sheet,
// row, column and message, in the page's language. Shown to IMPORTERs and ADMINs only; the
// server decides anyway (SecurityConfiguration), this only spares a VIEWER a form it cannot use.
import { BASE, csrfHeader } from '../graphql.js';
import { el, para } from '../dom.js';
import { language, t } from '../i18n.js';
import { emit, on, state } from '../state.js';

const MAY_IMPORT = ['IMPORTER', 'ADMIN'];

// The form lives across re-renders (scope and language changes) so chosen files stay chosen.
const form = { node: null, input: null, submit: null, template: null, pick: null };
let outcome = null; // { kind: 'counts', body } | { kind: 'errors', status, errors } | { kind: 'failed', message }
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
  const node = el('form', 'import-form', pick, input, el('div', 'import-actions', submit, template));
  node.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!busy && input.files.length > 0) upload([...input.files], ctx);
  });
  Object.assign(form, { node, input, submit, template, pick });
}

async function upload(files, ctx) {
  busy = true;
  outcome = null;
  ctx.reload();
  const body = new FormData();
  for (const f of files) body.append('files', f, f.name);
  try {
    const response = await fetch(`${BASE}/api/ledger`, {
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

function countsTable(result) {
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
  return [summary, table];
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
    form.submit.disabled = busy;
    form.template.textContent = t('import.template');
    const content = [form.node, para(t('import.hint'), 'muted small')];
    ctx.setCount('');
    if (busy) content.push(para(t('import.busy'), 'muted'));
    else if (outcome?.kind === 'counts') content.push(...countsTable(outcome.body));
    else if (outcome?.kind === 'errors') content.push(...errorsTable(outcome.status, outcome.errors));
    else if (outcome?.kind === 'failed') content.push(para(t('import.failed') + outcome.message, 'error-text'));
    return content;
  },
};
