// The registry of side panels: one line per panel (order comes from each panel's `order`).
export { default as node } from './node.js';
export { default as search } from './search.js';
export { default as ledgerImport } from './import.js';
export { default as coverage } from './coverage.js';
export { default as changes } from './changes.js';
export { default as profile } from './profile.js';
export { default as gaps } from './gaps.js';
export { default as joint } from './joint.js';
export { default as officers } from './officers.js';
export { default as clusters } from './clusters.js';
export { default as help } from './help.js';
