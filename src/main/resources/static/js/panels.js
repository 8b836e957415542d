// The side panels. A panel is a module under panels/ whose default export is
//   { id, order, title, strings?, printable?, init?(ctx), load(scope, ctx) -> content nodes }
// registered by one line in panels/index.js. This file gives each panel its section, its
// request gate (a newer load discards the older answer), its loading / ready / error states and
// reloads it when the scope, the period (as of) or the language changes.

import * as registered from './panels/index.js';
import { Stale, requestGate } from './graphql.js';
import { addStrings, t } from './i18n.js';
import { el, para, $ } from './dom.js';
import { on, state } from './state.js';
import { showError } from './errors.js';

const mounted = [];

function setState(p, panelState, content) {
  p.section.dataset.state = panelState;
  p.body.replaceChildren(...content);
}

async function run(p) {
  const request = p.gate.next();
  const scope = state.scope;
  if (!scope && p.def.needsScope !== false) {
    p.count.textContent = '';
    setState(p, 'idle', [para(t('panel.pickScope'), 'muted')]);
    return;
  }
  setState(p, 'loading', [para(t('loading'), 'muted')]);
  try {
    const content = await p.def.load(scope, { ...p.ctx, query: request.query });
    if (!request.fresh) return;
    setState(p, 'ready', content ?? []);
  } catch (e) {
    if (e instanceof Stale || !request.fresh) return;
    p.count.textContent = '';
    setState(p, 'error', [para(`${t('failed')}${e.message}`, 'error-text')]);
    showError(`${t(p.def.title)}: ${e.message}`);
  }
}

export function mountPanels(container) {
  const defs = Object.values(registered).sort((a, b) => a.order - b.order);
  for (const def of defs) {
    addStrings(def.strings);
    const title = el('span', null, t(def.title));
    title.dataset.i18n = def.title;
    const count = el('small', 'count');
    const body = el('div', 'body');
    const section = el('section', `panel${def.printable ? ' printable' : ''}`, el('h2', null, title, ' ', count), body);
    section.id = `${def.id}-panel`;
    section.dataset.testid = `${def.id}-panel`;
    section.dataset.state = 'idle';
    const p = { def, section, body, count, gate: requestGate() };
    p.ctx = {
      section,
      setCount: (text) => { count.textContent = text; },
      reload: () => run(p),
      hide: (hidden) => { section.hidden = hidden; },
    };
    container.append(section);
    def.init?.(p.ctx);
    mounted.push(p);
  }
  const all = () => mounted.forEach((p) => run(p));
  on('scope', all);
  on('asOf', all);
  on('language', all);
  all();
}

export const panel = (id) => $(`#${id}-panel`);
