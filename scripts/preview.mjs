#!/usr/bin/env node
/**
 * npm run preview [workbook.xlsx|table.csv|report.txt]
 * Serves the measures table next to the real sidebar on 127.0.0.1 (PORT or a free port).
 * The preview's TypeScript is bundled to build/ with esbuild first; none of it reaches dist/.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './build-sidebar.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'build', 'preview.cjs');

await build({
  entryPoints: [path.join(root, 'src', 'node', 'preview', 'server.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  charset: 'utf8',
  packages: 'external',
  logLevel: 'warning',
});

const { startPreview } = createRequire(import.meta.url)(outfile);
const file = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
try {
  const preview = await startPreview({ file, sidebarHtml: await buildSidebar() });
  console.log(`ita-sheets preview: ${preview.url}`);
  console.log('Ctrl+C to stop. Reports and filled copies go to out/.');
  const stop = () => preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  // Input errors carry a Thai sentence naming the file or cell; show it on one line, not a stack trace.
  const text = error && error.messageTh
    ? `${error.messageTh} (${error.messageEn})`
    : error && error.code === 'EADDRINUSE'
      ? `พอร์ต ${process.env.PORT} ถูกใช้อยู่ ตั้ง PORT เป็นค่าอื่น (port in use: set another PORT)`
      : String(error && error.message ? error.message : error);
  console.error(`ita-sheets preview: ${text}`);
  process.exit(1);
}
