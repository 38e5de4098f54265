// Bundles the command line (src/node/main.ts) into build/cli.js for `npx ita-sheets`.
import { build } from 'esbuild';
import { fileURLToPath } from 'url';
import path from 'path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function buildCli() {
  await build({
    entryPoints: [path.join(root, 'src/node/main.ts')],
    outfile: path.join(root, 'build/cli.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
