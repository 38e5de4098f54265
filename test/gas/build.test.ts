/** The bundle clasp pushes: file set, entry-point stubs, readable Thai, nothing Node-only. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SidebarApi } from '../../src/core/api';
import type * as Main from '../../src/gas/main';
import { MENU_ITEMS } from '../../src/gas/menu';
import { DIST, ensureBuilt, load } from './harness';

/** Compile time: the entry module exports every SidebarApi function with the contract's signature. */
const entryModuleIsSidebarApi = (main: typeof Main): SidebarApi => main;

/** Triggers, every menu item's function (a menu names a top-level function), the dialog's and the sidebar's calls, the self-test. */
const ENTRY_POINTS = [...new Set([
  'onOpen', 'onInstall', 'runSelfTest', 'importReportText', ...MENU_ITEMS.map(([, fn]) => fn),
  'validate', 'fillSuggestions', 'publish', 'selectCell', 'getLang', 'setLang', 'getProgress', 'confirmFinding', 'listConfirmations', 'addSynonyms',
])];

beforeAll(() => ensureBuilt());

test('dist holds exactly the files a clasp push sends', () => {
  expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'ImportDialog.html', 'Sidebar.html', 'appsscript.json']);
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Bangkok');
  expect(manifest.dependencies.enabledAdvancedServices).toEqual([
    { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
  ]);
});

test('clasp itself would push exactly those files (clasp status runs offline)', () => {
  const clasp = path.join(DIST, '..', 'node_modules', '.bin', 'clasp');
  const status = JSON.parse(execFileSync(clasp, ['status', '--json'], { cwd: path.join(DIST, '..'), encoding: 'utf8' }));
  expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/ImportDialog.html', 'dist/Sidebar.html', 'dist/appsscript.json']);
});

test('every entry point is a real top-level function declaration', () => {
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  for (const name of ENTRY_POINTS) {
    expect(code).toContain(`\nfunction ${name}() { return ItaSheets.${name}.apply(this, arguments); }`);
  }
  const { addon } = load();
  for (const name of ENTRY_POINTS) expect(typeof addon[name]).toBe('function');
  expect(typeof entryModuleIsSidebarApi).toBe('function');
});

test('Thai stays readable UTF-8 and no Node-only code is bundled', () => {
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  expect(code).toContain('ตั้งค่าชีตใหม่');
  // Thai is written as itself; the only \u0E.. escapes left are a few regex character ranges of the core.
  const thaiChars = (code.match(/[\u0E00-\u0E7F]/g) ?? []).length;
  const escapes = (code.match(/\\u0e[0-9a-f]{2}/gi) ?? []).length;
  expect(thaiChars).toBeGreaterThan(2000);
  expect(escapes).toBeLessThan(30);
  expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|__dirname/);
});

test('loading the bundle calls no service (module top level is free of service calls)', () => {
  const { env } = load();
  expect(env.log.total).toBe(0);
});
