// `npm run eval [-- --details]`: matching measured on the labelled corpus, its tune and held-out halves apart.
// `--details` lists the tune half's misses; the held-out half's never.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'url';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import path from 'path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside the project, so the bundle resolves exceljs and the other packages from node_modules.
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const tmp = mkdtempSync(path.join(cache, 'ita-eval-'));
try {
  const outfile = path.join(tmp, 'corpus-eval.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/eval/corpus-eval.ts')],
    outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning',
    external: ['exceljs', 'docx', 'csv-parse', 'csv-stringify'],
    // The bundle lives in a temporary folder: the corpus loader finds its files through __dirname.
    define: { __dirname: JSON.stringify(path.join(root, 'test/corpus')) },
  });
  const { createRequire } = await import('module');
  const evalModule = createRequire(import.meta.url)(outfile);
  for (const half of ['tune', 'heldout']) {
    const evaluated = await evalModule.evaluateHalf(half);
    for (const line of evalModule.formatHalf(half, evaluated, half === 'tune' && process.argv.includes('--details'))) console.log(line);
    console.log('');
  }
  console.log('Targets on the held-out half: recall >= 95%, false UNMATCHED_STEP <= 3%, warnings on reported <= 10%.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
