#!/usr/bin/env node
/**
 * Builds the sidebar as ONE self-contained HTML string (HtmlService serves a single file): the
 * client TypeScript bundled by esbuild (iife, utf8 so Thai stays readable) and the CSS, both
 * inlined into html/sidebar/Sidebar.html.
 *
 *   node scripts/build-sidebar.mjs            writes dist/Sidebar.html
 *   node scripts/build-sidebar.mjs --stdout   prints the HTML (the preview server uses this)
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'html', 'sidebar');

/**
 * Text inside <script> must not close the element or open an HTML comment. `<\/script` and `<\!--`
 * mean the same in JS strings, template literals and regexes.
 */
function escapeInlineScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export async function buildSidebar() {
  const [template, css, bundle] = await Promise.all([
    readFile(path.join(dir, 'Sidebar.html'), 'utf8'),
    readFile(path.join(dir, 'styles.css'), 'utf8'),
    build({
      entryPoints: [path.join(dir, 'sidebar.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      charset: 'utf8',
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    }),
  ]);
  const js = escapeInlineScript(bundle.outputFiles[0].text);
  if (/<\/style/i.test(css)) throw new Error('styles.css must not contain </style');
  // Functions as replacements: `$&`-style patterns in the bundle must not be interpreted.
  const html = template.replace('/* @inline-css */', () => css).replace('/* @inline-js */', () => js);
  // HtmlService templates treat `<?` as scriptlets; keep the file safe for createTemplateFromFile too.
  if (html.includes('<?')) throw new Error('Sidebar HTML contains "<?", which HtmlService templates would parse');
  return html;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const html = await buildSidebar();
  if (process.argv.includes('--stdout')) {
    process.stdout.write(html);
  } else {
    const out = path.join(root, 'dist', 'Sidebar.html');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, html);
    console.log(`dist/Sidebar.html (${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB)`);
  }
}
