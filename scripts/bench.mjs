// `npm run bench`: times the core on generated tables, then counts Apps Script service calls.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'url';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ita-bench-'));
try {
  const outfile = path.join(tmp, 'core-bench.mjs');
  await build({ entryPoints: [path.join(root, 'scripts/bench/core-bench.ts')], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { benchCore } = await import(pathToFileURL(outfile).href);
  benchCore();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const gasBench = path.join(root, 'scripts/bench-gas.mjs');
if (existsSync(gasBench)) {
  console.log('');
  const { benchGas } = await import(pathToFileURL(gasBench).href);
  await benchGas();
}
