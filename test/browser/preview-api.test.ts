/**
 * The preview's Node implementation of SidebarApi (no browser needed): .xlsx in, filled copy and
 * .docx out, publish gating, and the serialised answers the stand-in relays.
 */
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { readXlsxGrid, writeGridXlsx } from '../../src/node/xlsx';
import { PreviewApi } from '../../src/node/preview/api';
import { loadWorkbook } from '../../src/node/preview/workbook';
import { COL, check, measureRow, removeTmpDirs, sampleGrid, tmpDir } from './harness';

afterAll(removeTmpDirs);

async function xlsxFixture(grid: string[][]): Promise<string> {
  const file = path.join(tmpDir('xlsx'), 'measures.xlsx');
  await writeGridXlsx(file, grid, { sheetName: 'มาตรการ ๒๕๖๕' });
  return file;
}

describe('PreviewApi on an .xlsx workbook', () => {
  test('validate returns FindingViews with sheet, step and covering result', async () => {
    const grid = sampleGrid();
    const api = new PreviewApi({ workbook: await loadWorkbook(await xlsxFixture(grid)), outDir: tmpDir('out'), pdf: false });
    const res = await api.validate();
    const expected = check(grid);
    expect([res.errors, res.warnings]).toEqual([expected.errors, expected.warnings]);
    expect(res.measures).toHaveLength(expected.table.measures.length);
    expect(res.checkedAt).toMatch(/[๐-๙]{4}/);
    for (const f of res.findings.filter((x) => x.cell)) expect(f.sheet).toBe('มาตรการ ๒๕๖๕');
    const unmatched = res.findings.filter((f) => f.code === 'UNMATCHED_STEP');
    for (const f of unmatched) {
      expect(f.stepText).toBeTruthy();
      expect(f.resultNumber).toBeNull();
      expect(f.strength).toBe('none');
    }
    const weak = res.findings.find((f) => f.code === 'WEAK_MATCH');
    if (weak) {
      expect(typeof weak.resultNumber).toBe('number');
      expect(weak.resultText).toBeTruthy();
      expect(weak.strength).toBe('weak');
    }
    expect(JSON.parse(JSON.stringify(res))).toEqual(res); // survives the wire as google.script.run would pass it
  });

  test('fill writes only blank cells into a copy under out/ that keeps the sheet', async () => {
    const grid = sampleGrid();
    const row = measureRow(grid, 3);
    grid[row][COL.suggestion] = '';
    grid[measureRow(grid, 5)][COL.suggestion] = 'ไม่มี'; // a person's answer: never overwritten
    const source = await xlsxFixture(grid);
    const outDir = tmpDir('out');
    const api = new PreviewApi({ workbook: await loadWorkbook(source), outDir, pdf: false });
    const res = await api.fillSuggestions();
    expect(res.filled.map((f) => f.cell)).toEqual([`D${row + 1}`]);
    const copy = await readXlsxGrid(path.join(outDir, 'measures-filled.xlsx'));
    expect(copy.sheetName).toBe('มาตรการ ๒๕๖๕');
    expect(copy.grid[row][COL.suggestion]).toBe(res.filled[0].text);
    expect(copy.grid[measureRow(grid, 5)][COL.suggestion]).toBe('ไม่มี');
    expect((await readXlsxGrid(source)).grid[row][COL.suggestion]).toBe(''); // input untouched
    expect((await api.fillSuggestions()).filled).toEqual([]);
  });

  test('publish: blocked by errors, forced writes v1, the next publish is v2', async () => {
    const outDir = tmpDir('out');
    const api = new PreviewApi({ workbook: await loadWorkbook(await xlsxFixture(sampleGrid())), outDir, pdf: false });
    const blocked = await api.publish({});
    expect(blocked).toMatchObject({ ok: false, blockedReason: 'errors' });
    expect(blocked.validation.errors).toBeGreaterThan(0);
    const first = await api.publish({ force: true });
    expect(first).toMatchObject({ ok: true, version: 1, overridden: true, docUrl: '/out/ita-report-v1.docx', sharing: 'unchanged' });
    expect(first.pdfUrl).toBeUndefined();
    expect(existsSync(path.join(outDir, 'ita-report-v1.docx'))).toBe(true);
    expect((await api.publish({ force: true })).version).toBe(2);
  });

  test('publish fills blank suggestion cells like the add-on and prints them in the report', async () => {
    const grid = sampleGrid();
    const row = measureRow(grid, 3);
    const original = grid[row][COL.suggestion];
    grid[row][COL.suggestion] = '';
    const outDir = tmpDir('out');
    const api = new PreviewApi({ workbook: await loadWorkbook(await xlsxFixture(grid)), outDir, pdf: false });
    expect((await api.publish({ force: true })).ok).toBe(true);
    expect((await readXlsxGrid(path.join(outDir, 'measures-filled.xlsx'))).grid[row][COL.suggestion]).toBe(original);
    const xml = await (await JSZip.loadAsync(readFileSync(path.join(outDir, 'ita-report-v1.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain(original);
  });
});
