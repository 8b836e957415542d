// Copies the browser bundles the pages need out of node_modules into the build's
// static/vendor/ folder, so the service serves them itself and works with no CDN.
// Usage: node copy-assets.mjs <target-dir>   (Maven passes ${project.build.outputDirectory}/static/vendor)
import { copyFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(process.argv[2] ?? join(here, '..', 'target', 'classes', 'static', 'vendor'));

// [file under node_modules, path under vendor/]. The pages refer to the right-hand names.
const assets = [
  ['react/umd/react.production.min.js', 'react/react.production.min.js'],
  ['react-dom/umd/react-dom.production.min.js', 'react-dom/react-dom.production.min.js'],
  ['graphiql/graphiql.min.js', 'graphiql/graphiql.min.js'],
  ['graphiql/graphiql.min.css', 'graphiql/graphiql.min.css'],
  ['echarts/dist/echarts.min.js', 'echarts/echarts.min.js'],
  ['react/LICENSE', 'react/LICENSE'],
  ['react-dom/LICENSE', 'react-dom/LICENSE'],
  ['graphiql/LICENSE', 'graphiql/LICENSE'],
  ['echarts/LICENSE', 'echarts/LICENSE'],
];

let copied = 0;
for (const [from, to] of assets) {
  const src = join(here, 'node_modules', from);
  if (!existsSync(src)) {
    console.error(`copy-assets: missing ${src} (did npm ci run?)`);
    process.exit(1);
  }
  const dest = join(target, to);
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(src, dest);
  copied += statSync(dest).size;
}
console.log(`copy-assets: ${assets.length} files (${Math.round(copied / 1024)} KiB) -> ${target}`);
