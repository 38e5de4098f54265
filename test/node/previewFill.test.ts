/**
 * The preview fills an .xlsx the way `fill` does: a cell the part-level fill leaves alone (a
 * formula showing nothing, a merge it does not anchor) is reported as skipped with the reason, and
 * is neither shown as filled in memory nor printed in the response.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { settingsRows, templateRows } from '../../src/core';
import { PreviewApi } from '../../src/node/preview/api';
import { loadWorkbook } from '../../src/node/preview/workbook';
import { readXlsxGrid } from '../../src/node/xlsx';
import { cellsOf, paragraphTexts, partsOf, rowsOf, tables } from './helpers/docxXml';
import { H, richWorkbook } from './helpers/richWorkbook';
import { useTempDir } from './helpers/tempDir';

const tmp = useTempDir('ita-preview-fill-');

function previewOf(file: string, outDir: string) {
  return loadWorkbook(file).then((workbook) => new PreviewApi({ workbook, outDir, pdf: false, now: () => new Date('2022-10-20T03:00:00Z') }));
}

describe('preview fill on an .xlsx the part-level fill cannot write everywhere', () => {
  it('reports a formula cell (D4) as skipped with its reason, and fills D3 and D5', async () => {
    const input = tmp.file('รายงาน ITA.xlsx');
    fs.writeFileSync(input, await richWorkbook());
    const api = await previewOf(input, tmp.file('out'));

    const res = await api.fillSuggestions();
    expect(res.filled.map((f) => f.cell)).toEqual(['D3', 'D5']);
    expect(res.skipped).toEqual([
      { cell: 'D4', measure: 2, reasonTh: expect.stringContaining('ไม่เติม D4: เซลล์มีสูตร'), reasonEn: expect.stringContaining('Not filled D4: the cell holds a formula') },
    ]);
    // In memory the formula cell still shows what the formula shows (nothing), not a suggestion.
    expect(api.workbook.grid[3][3]).toBe('');
    expect(api.workbook.written.map((c) => c.row)).toEqual([2, 4]);
    const copy = await readXlsxGrid(tmp.file('out/รายงาน ITA-filled.xlsx'));
    expect(copy.grid[3][3]).toBe('');
    expect(copy.grid[2][3]).toBe(res.filled[0].text);

    // A second fill writes nothing new and still names the formula cell.
    const again = await api.fillSuggestions();
    expect(again.filled).toEqual([]);
    expect(again.skipped.map((s) => s.cell)).toEqual(['D4']);
  });

  it('two fills at once (two tabs, a double click) write each cell once and both answer', async () => {
    const input = tmp.file('รายงาน ITA.xlsx');
    fs.writeFileSync(input, await richWorkbook());
    const api = await previewOf(input, tmp.file('out'));
    const [a, b] = await Promise.all([api.fillSuggestions(), api.fillSuggestions()]);
    expect([...a.filled, ...b.filled].map((f) => f.cell).sort()).toEqual(['D3', 'D5']);
    expect(api.workbook.written.map((c) => c.row)).toEqual([2, 4]);
    const copy = await readXlsxGrid(tmp.file('out/รายงาน ITA-filled.xlsx'));
    expect([copy.grid[2][3], copy.grid[4][3]].every((text) => text.startsWith('หน่วยงานอาจจัดอบรม'))).toBe(true);
  });

  it('reports a suggestion cell merged into the result cell (C2:D2) as skipped; the result text stays', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มาตรการ');
    ws.getRow(1).values = H;
    ws.getRow(2).values = ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. จัดทำประกาศมาตรการ', '๑. จัดทำประกาศมาตรการแล้ว', ''];
    ws.getRow(3).values = ['๒. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบายไม่รับของขวัญ', '๑. ประกาศนโยบายไม่รับของขวัญแล้ว', ''];
    ws.mergeCells('C2:D2');
    const input = tmp.file('merged.xlsx');
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const api = await previewOf(input, tmp.file('out'));

    const res = await api.fillSuggestions();
    expect(res.filled.map((f) => f.cell)).toEqual(['D3']);
    expect(res.skipped).toEqual([
      { cell: 'D2', measure: 1, reasonTh: expect.stringContaining('C2:D2'), reasonEn: expect.stringContaining('merged into C2:D2') },
    ]);
    expect(api.workbook.grid[1][3]).toBe('');
    const copy = await readXlsxGrid(tmp.file('out/merged-filled.xlsx'));
    expect(copy.grid[1][2]).toBe('๑. จัดทำประกาศมาตรการแล้ว');

    // Publishing prints only what the copy holds: measure 1's suggestion stays empty in the report.
    const published = await api.publish({ force: true });
    expect(published.ok).toBe(true);
    const { document } = await partsOf(fs.readFileSync(tmp.file(`out/${path.basename(published.docUrl!)}`)));
    const [row1, row2] = rowsOf(tables(document)[0]).slice(1).map((row) => cellsOf(row).map((cell) => paragraphTexts(cell).join('\n')));
    expect(row1[0]).toContain('มาตรการเผยแพร่ข้อมูลต่อสาธารณะ');
    expect(row1[row1.length - 1]).toBe('');
    expect(row2[row2.length - 1]).toBe(res.filled[0].text);
  });
});

describe('preview of a sheet with cells merged over several measures', () => {
  it('reads one answer merged down over three measures for each (no suggestion planned, none printed) and a blank one shared by two as filled for neither', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มาตรการ');
    ws.getRow(1).values = H;
    ws.getRow(2).values = ['๑. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบาย No Gift Policy', '๑. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', 'ไม่มีปัญหาอุปสรรคในการดำเนินงานทุกมาตรการ'];
    ws.getRow(3).values = ['๒. มาตรการจัดการเรื่องร้องเรียน', '๑. จัดทำช่องทางร้องเรียนออนไลน์', '๑. เปิดช่องทางร้องเรียนออนไลน์', ''];
    ws.getRow(4).values = ['๓. มาตรการเปิดเผยข้อมูล', '๑. เผยแพร่แผนจัดซื้อจัดจ้าง', '๑. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', ''];
    ws.getRow(5).values = ['๔. มาตรการส่งเสริมคุณธรรม', '๑. จัดอบรมคุณธรรมและจริยธรรม', '๑. จัดอบรมคุณธรรมและจริยธรรมแล้ว', ''];
    ws.getRow(6).values = ['๕. มาตรการตรวจสอบการใช้ดุลพินิจ', '๑. จัดทำคู่มือการปฏิบัติงาน', '๑. จัดทำคู่มือการปฏิบัติงานแล้ว', ''];
    ws.mergeCells('D2:D4');
    ws.mergeCells('D5:D6');
    const input = tmp.file('merged-measures.xlsx');
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const api = await previewOf(input, tmp.file('out'));

    const res = await api.fillSuggestions();
    expect(res.filled).toEqual([]);
    expect(res.skipped.map((s) => s.cell)).toEqual(['D5', 'D6']);
    expect(res.skipped[1].reasonEn).toBe('Not filled D6: it is merged into D5:D6, which starts at D5; filling would overwrite D5');

    const published = await api.publish({ force: true });
    expect(published.ok).toBe(true);
    const { document } = await partsOf(fs.readFileSync(tmp.file(`out/${path.basename(published.docUrl!)}`)));
    const lastCells = rowsOf(tables(document)[0]).slice(1).map((row) => cellsOf(row).map((cell) => paragraphTexts(cell).join('\n')).pop());
    expect(lastCells).toEqual([1, 2, 3].map(() => 'ไม่มีปัญหาอุปสรรคในการดำเนินงานทุกมาตรการ').concat(['', '']));
  });
});

describe('preview of a workbook downloaded from the add-on', () => {
  it("publishes with the workbook's settings sheet (agency, fiscal year, edition) and suggestion templates, as the CLI does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มาตรการ');
    ws.getRow(1).values = H;
    ws.getRow(2).values = ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. จัดทำประกาศมาตรการ', '๑. จัดทำประกาศมาตรการแล้ว', ''];
    const settings = wb.addWorksheet('ตั้งค่า');
    settings.addRow(['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย']);
    const values: Record<string, string | number> = { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, edition: 'รอบ ๖ เดือน', websitePath: 'หน้าแรก > ITA' };
    for (const [label, initial, key, help] of settingsRows()) settings.addRow([label, values[key as string] ?? initial, key, help]);
    const templates = wb.addWorksheet('แม่แบบข้อเสนอแนะ');
    templates.addRow(['คีย์', 'แม่แบบ', 'คำอธิบาย']);
    for (const row of templateRows()) templates.addRow(row);
    templates.getCell(2, 2).value = 'เทศบาลควรจัดกิจกรรมเกี่ยวกับ{topic}ต่อเนื่อง';
    const input = tmp.file('download.xlsx');
    await wb.xlsx.writeFile(input);
    const api = await previewOf(input, tmp.file('out'));

    const validation = await api.validate();
    expect([validation.fiscalYear, validation.edition]).toEqual([2565, 'half-year']);
    const published = await api.publish({ force: true });
    expect(published).toMatchObject({ ok: true, fiscalYear: 2565, edition: 'half-year', docUrl: '/out/ita-report-half-year-v1.docx' });
    expect(published.itasText).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๕ ของเทศบาลตำบลสอง');
    expect(published.itasText).toContain('เมนู หน้าแรก > ITA');
    const { document } = await partsOf(fs.readFileSync(tmp.file('out/ita-report-half-year-v1.docx')));
    expect(paragraphTexts(document)).toContain('เทศบาลตำบลสอง');
    expect(api.workbook.grid[1][3]).toBe('เทศบาลควรจัดกิจกรรมเกี่ยวกับมาตรการเผยแพร่ข้อมูลต่อสาธารณะต่อเนื่อง');
  });
});

describe('preview of a workbook whose settings give the dates', () => {
  async function previewWith(values: Record<string, string | number>) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มาตรการ');
    ws.getRow(1).values = [...H, 'ระยะเวลาดำเนินการ'];
    ws.getRow(2).values = ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. จัดทำประกาศมาตรการ', '', '', 'เม.ย. ๖๕ – มิ.ย. ๖๕'];
    const settings = wb.addWorksheet('ตั้งค่า');
    settings.addRow(['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย']);
    for (const [label, initial, key, help] of settingsRows()) settings.addRow([label, values[key as string] ?? initial, key, help]);
    const input = tmp.file(`dates-${Object.keys(values).join('-')}.xlsx`);
    await wb.xlsx.writeFile(input);
    return previewOf(input, tmp.file('out'));
  }

  it('checks them as the add-on and the command line do: an unreadable date is an error, the cut-off is the settings\'', async () => {
    const unreadable = await (await previewWith({ agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, reportDate: '31 ก.ย. 2565' })).validate();
    expect(unreadable.findings.filter((f) => f.code === 'DATE_UNREADABLE').map((f) => f.severity)).toEqual(['error']);
    // The measure ran April to June: late at a cut-off of 30 June, not yet due at the default 31 March.
    const cutOff = await (await previewWith({ agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, edition: 'รอบ ๖ เดือน', asOf: '2565-06-30' })).validate();
    expect(cutOff.findings.filter((f) => f.code === 'EMPTY_RESULTS' || f.code === 'UNMATCHED_STEP').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('preview of a CSV with title rows', () => {
  it('checks and publishes with the year, agency and edition its title rows state, as the CLI does', async () => {
    const input = tmp.file('titled.csv');
    fs.writeFileSync(input, [
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      'องค์การบริหารส่วนตำบลโคกม่วง',
      H.join(','),
      '๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ,๑. จัดทำประกาศมาตรการ,๑. จัดทำประกาศมาตรการแล้ว,',
    ].join('\n'));
    const api = await previewOf(input, tmp.file('out-csv'));
    expect(await api.validate()).toMatchObject({ fiscalYear: 2567, edition: 'half-year' });
    const published = await api.publish({ force: true });
    expect(published).toMatchObject({ ok: true, fiscalYear: 2567, edition: 'half-year' });
    expect(published.itasText).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๗ ขององค์การบริหารส่วนตำบลโคกม่วง');
  });
});
