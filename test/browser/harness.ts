/**
 * Shared set-up for the browser suite: one Chromium for all tests, the sidebar built once,
 * fixture tables derived from the bundled sample, and a preview per test.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { checkTable } from '../../src/core/check';
import { readGrid } from '../../src/core/grid';
import { parseReportText, tableToGrid } from '../../src/core/reportText';
import type { CheckResult } from '../../src/core/types';
import { writeCsvGrid } from '../../src/node/csv';
import { buildSidebarHtml, startPreview, type PreviewHandle, type PreviewOptions } from '../../src/node/preview/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_BROWSER = existsSync(CHROMIUM);
export const ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'samples', 'song-2565-report.txt');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

let sidebarHtml: string | undefined;
/** Built once: every preview in the suite serves the same dist-identical sidebar. */
export function sidebar(): string {
  sidebarHtml ??= buildSidebarHtml(ROOT);
  return sidebarHtml;
}

export function sampleGrid(): string[][] {
  return tableToGrid(parseReportText(readFileSync(SAMPLE, 'utf8')));
}

export function check(grid: string[][]): CheckResult {
  return checkTable(readGrid(grid));
}

/** Row of the grid holding measure n (its title starts with the number in Thai or Arabic digits). */
export function measureRow(grid: string[][], n: number): number {
  const thai = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
  const row = grid.findIndex((r, i) => i > 0 && (r[0].startsWith(`${thai}.`) || r[0].startsWith(`${n}.`)));
  if (row < 0) throw new Error(`measure ${n} not in grid`);
  return row;
}

export const COL = { measure: 0, steps: 1, results: 2, suggestion: 3 } as const;

const created: string[] = [];

export function tmpDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ita-browser-${name}-`));
  created.push(dir);
  return dir;
}

/** Removes every folder tmpDir made (fixtures, out/ copies, LibreOffice profiles). */
export function removeTmpDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function writeFixture(dir: string, name: string, grid: string[][]): Promise<string> {
  const file = path.join(dir, name);
  await writeCsvGrid(file, grid);
  return file;
}

export interface Session {
  preview: PreviewHandle;
  context: BrowserContext;
  page: Page;
  frame: Frame;
  dialogs: string[];
  pageErrors: string[];
  outDir: string;
}

/**
 * A preview server plus a page on it. External requests (Google's add-on CSS, fonts) are
 * aborted so tests never wait on the network; dialogs and page errors are recorded.
 */
export async function open(browser: Browser, options: PreviewOptions & { sidebarOnly?: boolean; width?: number }): Promise<Session> {
  const outDir = options.outDir ?? tmpDir('out');
  const preview = await startPreview({ ...options, outDir, sidebarHtml: sidebar() });
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let frame: Frame;
  if (options.sidebarOnly) {
    await page.goto(`${preview.url}sidebar`);
    frame = page.mainFrame();
  } else {
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="1"]');
    const found = page.frames().find((f) => f.url().endsWith('/sidebar'));
    if (!found) throw new Error('sidebar frame missing');
    frame = found;
  }
  await frame.waitForSelector('#btn-publish');
  return { preview, context, page, frame, dialogs, pageErrors, outDir };
}

export async function close(session: Session | undefined): Promise<void> {
  if (!session) return;
  try {
    await session.context.close();
  } finally {
    await session.preview.close();
  }
}

/**
 * Ends a test's session: close first (a failed expectation must not leave a server or page open),
 * then check that no test raised a dialog or a script error in the page.
 */
export async function endSession(ended: Session | undefined): Promise<void> {
  await close(ended);
  if (ended) {
    expect(ended.dialogs).toEqual([]);
    expect(ended.pageErrors).toEqual([]);
  }
}

/**
 * For a describe block: one Chromium for its tests, and `start` opening the test's session, which is
 * closed after the test and checked for dialogs and page errors (none are allowed).
 */
export function browserSessions(): { start: (options: Parameters<typeof open>[1]) => Promise<Session> } {
  let browser: Browser;
  let session: Session | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    removeTmpDirs();
  });
  afterEach(async () => {
    const ended = session;
    session = undefined;
    await endSession(ended);
  });
  return {
    start: async (options) => {
      session = await open(browser, options);
      return session;
    },
  };
}

/** Text of a summary count (`#count-errors` etc.) as a number. */
export async function count(frame: Frame, id: 'count-errors' | 'count-warnings' | 'count-measures'): Promise<number> {
  return Number(await frame.locator(`#${id} b`).textContent());
}

export async function validate(frame: Frame): Promise<void> {
  const before = await frame.locator('#checked-at').count();
  await frame.click('#btn-validate');
  await frame.waitForSelector('#btn-validate:not([disabled])');
  if (before === 0) await frame.waitForSelector('#checked-at');
}
