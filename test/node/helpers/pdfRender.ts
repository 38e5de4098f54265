/**
 * Renders a .docx as a reader sees it: LibreOffice (with the Sarabun TTFs through a fontconfig
 * file, src/node/fonts.ts) makes a PDF, poppler's pdfinfo / pdftotext / pdffonts read it back.
 * Without LibreOffice or poppler the suites that use this are skipped, loudly.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findLibreOffice } from '../../../src/node/preview/api';
import { writeFontConfig } from '../../../src/node/fonts';

export const OFFICE = findLibreOffice();
export const HAS_RENDERER = OFFICE !== null && ['pdfinfo', 'pdftotext', 'pdffonts'].every((tool) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, tool))));

export interface RenderedPdf {
  pages: number;
  /** Points, as pdfinfo reports them. */
  width: number;
  height: number;
  /** Text of each page in reading layout (pdftotext -layout). */
  pageTexts: string[];
  /** Font names embedded (subset prefixes removed). */
  fonts: string[];
}

/** The fonts a PDF embeds, without subset prefixes, sorted. */
export function pdfFonts(pdf: string): string[] {
  const names = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n').slice(2).map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).filter(Boolean);
  return [...new Set(names)].sort();
}

/** A describe block that renders: one LibreOffice profile and font config for its tests. */
export function usePdfRenderer(): { render(docx: string): Promise<RenderedPdf> } {
  let dir = '';
  let fontConfig = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ita-render-'));
    fontConfig = await writeFontConfig(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    async render(docx: string): Promise<RenderedPdf> {
      const env = { ...process.env, FONTCONFIG_FILE: fontConfig };
      execFileSync(OFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { env, stdio: 'pipe', timeout: 120_000 });
      const pdf = path.join(dir, `${path.basename(docx, '.docx')}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      return {
        pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
        width: Number(size[1]),
        height: Number(size[2]),
        pageTexts: text.split('\f').slice(0, -1),
        fonts: pdfFonts(pdf),
      };
    },
  };
}
