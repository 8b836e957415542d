// The error strip under the toolbar: every failure the user should see, with its real message.

import { $ } from './dom.js';

export function showError(message) {
  const box = $('#errors');
  const item = document.createElement('div');
  item.className = 'error';
  item.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'close');
  close.addEventListener('click', () => {
    item.remove();
    box.hidden = box.childElementCount === 0;
  });
  item.append(close);
  box.append(item);
  box.hidden = false;
}

export function clearErrors() {
  $('#errors').replaceChildren();
  $('#errors').hidden = true;
}
