/**
 * Loads the built bundle (dist/Code.js, the file clasp pushes) into a fresh gas-local context over
 * a fresh fake environment, and makes sure the bundle is not older than its sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as gasLocal from 'gas-local';
import type { SidebarApi } from '../../src/core/api';
import { createFakeEnv, type FakeEnv, type FakeEnvOptions } from '../fakes';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'song-2565-report.txt'), 'utf8');

export const MEASURES = 'มาตรการ';
export const SETTINGS = 'ตั้งค่า';
export const TEMPLATES = 'แม่แบบข้อเสนอแนะ';
export const PUBLISH_LOG = 'บันทึกการเผยแพร่';
export const CONFIRMATIONS = 'การยืนยันผลตรวจ';
export const SYNONYMS = 'คำพ้องความหมาย';

/** The entry points as the bundle defines them (top-level functions in the Apps Script global scope). */
export interface Addon extends SidebarApi {
  onOpen(e?: { authMode: string }): void;
  onInstall(e?: { authMode: string }): void;
  showSidebar(): void;
  showImportDialog(): void;
  setupSheets(): { created: string[]; kept: string[]; message: string };
  importReportText(text: string): { measures: number; message: string; hasNotices: boolean };
  menuValidate(): void;
  menuFill(): void;
  menuPublish(): void;
  runSelfTest(): { passed: number; failed: number; lines: string[] };
  ItaSheets: Record<string, unknown>;
  [name: string]: unknown;
}

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((m, f) => Math.max(m, newestMtime(path.join(target, f))), 0);
}

let checked = false;

/** Rebuilds dist/ when Code.js is missing or older than anything it is built from. */
export function ensureBuilt(): void {
  if (checked) return;
  const code = path.join(DIST, 'Code.js');
  const sources = ['src/gas', 'src/core', 'html/ImportDialog.html', 'appsscript.json', 'scripts/build-gas.mjs'].map((p) => path.join(ROOT, p));
  const fresh = existsSync(code) && statSync(code).mtimeMs >= Math.max(...sources.map(newestMtime));
  if (!fresh) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-gas.mjs')], { cwd: ROOT, stdio: 'pipe' });
  checked = true;
}

export interface Loaded {
  env: FakeEnv;
  addon: Addon;
}

/** A fresh fake Google and a fresh copy of the bundle running in it. */
export function load(options: FakeEnvOptions = {}): Loaded {
  ensureBuilt();
  const env = createFakeEnv({ htmlDir: DIST, ...options });
  const loaded = gasLocal.require<Addon>(DIST, env.globals, { filter: (f) => path.basename(f) === 'Code.js' });
  // Each call a test makes is one Apps Script execution: the 6-minute budget starts again.
  const addon = new Proxy(loaded, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (env.log.killed) env.locks.releaseAfterKill();
        env.log.startExecution();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { env, addon };
}

/** Loads, sets up and imports the sample report (10 measures). */
export function loadWithSample(options: FakeEnvOptions = {}): Loaded {
  const loaded = load(options);
  loaded.addon.importReportText(SAMPLE);
  loaded.env.log.reset();
  return loaded;
}

/** Settings as a coordinator fills them in (by key, column C). */
export function fillSettings(env: FakeEnv, values: Record<string, string | number>): void {
  const data = env.spreadsheet.sheetData(SETTINGS);
  const grid = data.grid();
  for (const [key, value] of Object.entries(values)) {
    const row = grid.findIndex((r) => r[2] === key);
    if (row < 0) throw new Error(`no setting ${key}`);
    data.set(row + 1, 2, value);
  }
}

/** Thrown errors cross the vm boundary: compare by message, never by instanceof. */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

/** A sidebar call's failure: the UserFacingError the sidebar decodes from the message. */
export function sidebarFailure(fn: () => unknown): { code: string; message: string; messageEn: string } {
  const raw = thrownMessage(fn);
  if (STACK_LINE.test(raw)) throw new Error(`stack trace reached the user: ${raw}`);
  return JSON.parse(raw) as { code: string; message: string; messageEn: string };
}

export const THAI = /[\u0E00-\u0E7F]/;
export const STACK_LINE = /\n\s+at\s/;

/** The add-on's mark colours (src/gas/marks.ts MARK_COLORS) and the background of a cell nobody coloured. */
export const ERROR_MARK = '#f4c7c3';
export const WARNING_MARK = '#fce8b2';
export const NO_COLOUR = '#ffffff';

export type SheetData = ReturnType<FakeEnv['spreadsheet']['sheetData']>;

/** A third result for measure 2 that reports its step 3 (the sample's one error). */
export const FIX_MEASURE_2 = '๓. กองคลังส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางการประชาสัมพันธ์ข้อมูลการใช้งบประมาณที่กำหนด';

/** Every cell of columns A–D of the measures sheet that carries an add-on mark (colour or note), as `B4:error` / `B4:note`. */
export function markedCells(sheet: SheetData): string[] {
  const out: string[] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    for (let c = 1; c <= 4; c++) {
      const bg = sheet.background(r, c);
      const kind = bg === ERROR_MARK ? 'error' : bg === WARNING_MARK ? 'warning' : '';
      if (kind || sheet.note(r, c).startsWith('ita-sheets ·')) out.push(`${'ABCD'[c - 1]}${r}:${kind || 'note'}`);
    }
  }
  return out;
}
