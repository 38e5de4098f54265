/**
 * `fill` changes the cells it fills and nothing else: a workbook with charts, an image, a pivot
 * table, data validation, conditional formats, a defined name, a comment, a hidden sheet and
 * styles goes through the command line, and the two packages are compared part by part.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsxGrid } from '../../src/node/xlsx';
import { fillXlsxParts } from '../../src/node/xlsxParts';
import { cli } from './helpers/cli';
import { H, packageParts, richWorkbook } from './helpers/richWorkbook';
import { sha256, useTempDir } from './helpers/tempDir';

const tmp = useTempDir('ita-fill-parts-');
const SHEET = 'xl/worksheets/sheet1.xml';

/** The `<c>` element of one cell in a worksheet's XML, or null. */
function cellXml(sheetXml: string, a1: string): string | null {
  return new RegExp(`<c r="${a1}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheetXml)?.[0] ?? null;
}

describe('fill on a workbook with every kind of part', () => {
  it('changes only the filled cells of the measures sheet; every other part keeps its bytes', async () => {
    const input = tmp.file('รายงาน ITA.xlsx');
    const output = tmp.file('filled.xlsx');
    fs.writeFileSync(input, await richWorkbook());
    const before = sha256(input);

    const r = await cli('fill', input, '-o', output, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(r.stdout).toMatch(/^filled D3: /m);
    expect(r.stdout).toMatch(/^filled D5: /m);
    expect(r.stdout).toContain('warning Not filled D4: the cell holds a formula');
    expect(r.stdout).toContain('Filled 2 cell(s)');
    // The signature block is reported as rows after the table, never filled.
    expect(r.stdout).toMatch(/^info .*rows 7–9 \(from C7 “ลงชื่อ/m);

    const original = await packageParts(fs.readFileSync(input));
    const filled = await packageParts(fs.readFileSync(output));
    expect([...filled.keys()].sort()).toEqual([...original.keys()].sort());
    for (const name of ['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/media/image1.png', 'xl/comments1.xml', 'xl/styles.xml']) {
      expect(original.has(name)).toBe(true);
    }
    const changed = [...original.keys()].filter((name) => !original.get(name)!.equals(filled.get(name)!));
    expect(changed).toEqual([SHEET]);

    // Inside the worksheet: putting the two original cells back gives the original XML exactly.
    const oldXml = original.get(SHEET)!.toString('utf8');
    let newXml = filled.get(SHEET)!.toString('utf8');
    const d3 = cellXml(newXml, 'D3')!;
    const d5 = cellXml(newXml, 'D5')!;
    expect(d3).toMatch(/^<c r="D3" s="\d+" t="inlineStr"><is><t xml:space="preserve">หน่วยงานอาจจัดอบรม/);
    expect(cellXml(oldXml, 'D3')).toMatch(/^<c r="D3" s="\d+"\/>$/);
    expect(cellXml(oldXml, 'D5')).toBeNull();
    newXml = newXml.replace(d3, cellXml(oldXml, 'D3')!).replace(d5, '');
    expect(newXml).toBe(oldXml);

    // What a person sees: the suggestions, the formula and the signature block untouched.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(output) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('มาตรการ')!;
    expect(ws.getCell('D3').value).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการเผยแพร่ข้อมูลต่อสาธารณะให้แก่พนักงานและเจ้าหน้าที่');
    expect(ws.getCell('D4').formula).toBe('IF(C4="","","")');
    expect(ws.getCell('D3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    for (const a1 of ['D7', 'D8', 'D9']) expect(ws.getCell(a1).value).toBeNull();
    expect(wb.getWorksheet('ซ่อน')!.state).toBe('hidden');
  });

  it('reads the measures sheet by its exact name and stops the table at the signature block', async () => {
    const input = tmp.file('in.xlsx');
    fs.writeFileSync(input, await richWorkbook());
    const { sheetName, grid } = await readXlsxGrid(input);
    expect(sheetName).toBe('มาตรการ');
    expect(grid[1]).toEqual(H);
    const r = await cli('check', input);
    expect(r.stdout).toContain('3 มาตรการ');
    expect(r.stdout).not.toContain('EMPTY_RESULTS');
    expect(r.stdout).toMatch(/^ข้อมูล .*แถว 7–9/m);
    const json = JSON.parse((await cli('check', input, '--json', '--lang', 'en')).stdout);
    expect(json.ignoredRows).toEqual({ from: 7, to: 9, cell: 'C7', message: expect.stringContaining('notes or a signature block') });
  });
});

/** A measures sheet written as Excel writes it, with the merges under test. */
async function mergedWorkbook(merges: string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('มาตรการ');
  ws.getRow(1).values = H;
  rows.forEach((row, i) => {
    ws.getRow(i + 2).values = row;
  });
  for (const range of merges) ws.mergeCells(range);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('fill and merged cells', () => {
  it('leaves a suggestion cell merged with the result cell (C2:D2) alone, with a warning', async () => {
    const input = tmp.file('merged-cd.xlsx');
    const rows = [['๑. มาตรการ ก', '๑. จัดทำประกาศมาตรการ', '๑. ประกาศมาตรการแล้ว', '']];
    fs.writeFileSync(input, await mergedWorkbook(['C2:D2'], rows));
    const output = tmp.file('out.xlsx');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ไม่เติม D2: เซลล์นี้ถูกผสานเข้ากับ C2:D2 ซึ่งเริ่มที่ C2');
    expect(r.stdout).toContain('เติมข้อเสนอแนะ 0 ช่อง');
    expect((await readXlsxGrid(output)).grid[1][2]).toBe('๑. ประกาศมาตรการแล้ว');
  });

  it('leaves one suggestion cell merged over two measures alone, so neither overwrites the other', async () => {
    const input = tmp.file('merged-two.xlsx');
    const rows = [
      ['๑. มาตรการ ก', '๑. จัดทำประกาศมาตรการ', '๑. ประกาศมาตรการแล้ว', ''],
      ['๒. มาตรการ ข', '๑. จัดอบรมพนักงาน', '๑. จัดอบรมพนักงานแล้ว', ''],
    ];
    fs.writeFileSync(input, await mergedWorkbook(['D2:D3'], rows));
    const output = tmp.file('out.xlsx');
    const r = await cli('fill', input, '-o', output, '--lang', 'en');
    expect(r.stdout).toContain("Not filled D2: the merged range D2:D3 spans another measure's rows");
    expect(r.stdout).toContain('Not filled D3: it is merged into D2:D3, which starts at D2');
    const parts = await packageParts(fs.readFileSync(output));
    const original = await packageParts(fs.readFileSync(input));
    expect(parts.get(SHEET)!.equals(original.get(SHEET)!)).toBe(true);
  });

  it('fills the top cell of a suggestion merged over the rows of one measure', async () => {
    const input = tmp.file('merged-one.xlsx');
    const rows = [
      ['๑. มาตรการ ก', '๑. จัดทำประกาศมาตรการ', '๑. ประกาศมาตรการแล้ว', ''],
      ['', '๒. เผยแพร่ประกาศ', '๒. เผยแพร่ประกาศแล้ว', ''],
    ];
    fs.writeFileSync(input, await mergedWorkbook(['A2:A3', 'D2:D3'], rows));
    const output = tmp.file('out.xlsx');
    const r = await cli('fill', input, '-o', output);
    expect(r.stdout).toContain('เติมข้อเสนอแนะ 1 ช่อง');
    expect((await readXlsxGrid(output)).grid[1][3]).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการ กให้แก่พนักงานและเจ้าหน้าที่');
  });
});

describe('publish and merged cells', () => {
  const documentXml = async (file: string) => (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');

  it('prints no suggestion for a blank cell merged over two measures: the report shows what fill would leave in the sheet', async () => {
    const input = tmp.file('merged-two-publish.xlsx');
    const rows = [
      ['๑. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบาย No Gift Policy', '๑. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', ''],
      ['๒. มาตรการจัดการเรื่องร้องเรียน', '๑. จัดทำช่องทางร้องเรียนออนไลน์', '๑. เปิดช่องทางร้องเรียนออนไลน์', ''],
      ['๓. มาตรการเปิดเผยข้อมูล', '๑. เผยแพร่แผนจัดซื้อจัดจ้าง', '๑. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', ''],
    ];
    fs.writeFileSync(input, await mergedWorkbook(['D2:D3'], rows));
    const filled = await cli('fill', input, '-o', tmp.file('merged-two-filled.xlsx'));
    expect(filled.stdout).toContain('เติมข้อเสนอแนะ 1 ช่อง');
    const report = tmp.file('merged-two.docx');
    expect((await cli('publish', input, '-o', report, '--force')).code).toBe(0);
    const xml = await documentXml(report);
    // Measure 3's own cell gets its suggestion; measures 1 and 2 (sharing D2:D3) get none.
    expect(xml).toContain('มาตรการเปิดเผยข้อมูลให้แก่พนักงาน');
    expect(xml).not.toContain('มาตรการป้องกันการรับสินบนให้แก่พนักงาน');
    expect(xml).not.toContain('มาตรการจัดการเรื่องร้องเรียนให้แก่พนักงาน');
  });

  it('prints one answer merged down over every measure for each of them, and fills none of its cells', async () => {
    const input = tmp.file('merged-answer.xlsx');
    const answer = 'ไม่มีปัญหาอุปสรรคในการดำเนินงานทุกมาตรการ';
    const rows = [
      ['๑. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบาย No Gift Policy', '๑. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', answer],
      ['๒. มาตรการจัดการเรื่องร้องเรียน', '๑. จัดทำช่องทางร้องเรียนออนไลน์', '๑. เปิดช่องทางร้องเรียนออนไลน์', ''],
      ['๓. มาตรการเปิดเผยข้อมูล', '๑. เผยแพร่แผนจัดซื้อจัดจ้าง', '๑. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', ''],
    ];
    fs.writeFileSync(input, await mergedWorkbook(['D2:D4'], rows));
    const filled = await cli('fill', input, '-o', tmp.file('merged-answer-filled.xlsx'));
    expect(filled.stdout).toContain('เติมข้อเสนอแนะ 0 ช่อง');
    expect(filled.stdout).not.toContain('ไม่เติม');
    const report = tmp.file('merged-answer.docx');
    expect((await cli('publish', input, '-o', report)).code).toBe(0);
    const xml = await documentXml(report);
    expect(xml.split(answer)).toHaveLength(4);
    expect(xml).not.toContain('ให้แก่พนักงาน');
  });
});

describe('fillXlsxParts', () => {
  it('drops XML-forbidden characters, refuses text over 32,767 characters naming the cell, and adds missing rows in order', async () => {
    const bytes = await mergedWorkbook([], [['๑. มาตรการ ก', '๑. ทำ', '๑. ทำแล้ว', '']]);
    const result = await fillXlsxParts(bytes, 'มาตรการ', [
      { row: 1, column: 3, text: 'ข้อเสนอ\u0007แนะ\uFFFF\uD800' },
      { row: 4, column: 1, text: 'แถวใหม่' },
    ], 'in.xlsx');
    expect(result.written).toEqual(['D2', 'B5']);
    const xml = await (await JSZip.loadAsync(result.bytes)).file(SHEET)!.async('string');
    expect(cellXml(xml, 'D2')).toContain('>ข้อเสนอแนะ</t>');
    expect(xml).toMatch(/<\/row><row r="5"><c r="B5" t="inlineStr">/);
    expect(xml).toContain('<dimension ref="A1:D5"/>');
    await expect(fillXlsxParts(bytes, 'มาตรการ', [{ row: 1, column: 3, text: 'ก'.repeat(32768) }], 'in.xlsx')).rejects.toThrow(/D2.*32767/);
  });
});

describe('worksheet XML as other tools write it', () => {
  it('keeps a namespace prefix (x:) on the cells it writes, and fills a cell written as <x:c …></x:c>', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:D2"/><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${H[0]}</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>${H[1]}</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>${H[2]}</x:t></x:is></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>${H[3]}</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>๑. มาตรการ ก</x:t></x:is></x:c><x:c r="D2" s="0"></x:c></x:row></x:sheetData></x:worksheet>`;
    const zip = await JSZip.loadAsync(await mergedWorkbook([], []));
    zip.file(SHEET, sheet);
    const result = await fillXlsxParts(await zip.generateAsync({ type: 'nodebuffer' }), 'มาตรการ', [{ row: 1, column: 3, text: 'ข้อเสนอ & แนะ' }], 'in.xlsx');
    expect(result.written).toEqual(['D2']);
    const xml = await (await JSZip.loadAsync(result.bytes)).file(SHEET)!.async('string');
    expect(xml).toBe(sheet.replace('<x:c r="D2" s="0"></x:c>', '<x:c r="D2" s="0" t="inlineStr"><x:is><x:t xml:space="preserve">ข้อเสนอ &amp; แนะ</x:t></x:is></x:c>'));
  });
});

describe('path of the workbook part', () => {
  it('follows absolute relationship targets as other tools write them', async () => {
    const bytes = await mergedWorkbook([], [['๑. มาตรการ ก', '๑. ทำ', '๑. ทำแล้ว', '']]);
    const zip = await JSZip.loadAsync(bytes);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'));
    const result = await fillXlsxParts(await zip.generateAsync({ type: 'nodebuffer' }), 'มาตรการ', [{ row: 1, column: 3, text: 'ข้อเสนอ' }], path.join('x', 'in.xlsx'));
    expect(result.written).toEqual(['D2']);
  });
});
