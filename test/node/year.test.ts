import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cli } from './helpers/cli';
import { loadTable } from '../../src/node/tableFiles';
import { settingsRows } from '../../src/core';
import { yearGrid } from '../helpers/yearSample';
import { SAMPLE_PATH } from '../helpers/sample';
import { PER_ROW_NUMBERED } from '../helpers/mergedSheets';
import { cellsOf, paragraphTexts, rowsOf, tables } from './helpers/docxXml';
import { sha256, useTempDir } from './helpers/tempDir';

const tmp = useTempDir('ita-year-');


/** The year sheet as the add-on's download: measures, settings (fiscal year 2565) and a note on one suggestion. */
async function yearWorkbook(file: string, settings: Record<string, string | number> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const measures = wb.addWorksheet('มาตรการ');
  const grid = yearGrid();
  grid[1][9] = 'หน่วยงานควรจัดอบรมให้ความรู้เกี่ยวกับการประเมิน ITA';
  grid.forEach((row) => measures.addRow(row));
  const sheet = wb.addWorksheet('ตั้งค่า');
  sheet.addRow(['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย']);
  const values: Record<string, string | number> = { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, websitePath: 'หน้าแรก > การประเมิน ITA > O43', ...settings };
  for (const [label, initial, key, help] of settingsRows()) sheet.addRow([label, values[key as string] ?? initial, key, help]);
  await wb.xlsx.writeFile(file);
}

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
}

/** Title lines (before the first table) and the measures table's header texts. */
async function readBack(file: string) {
  const xml = await documentXml(file);
  const before = xml.slice(0, xml.indexOf('<w:tbl>'));
  const [measures] = tables(xml);
  return {
    xml,
    lines: paragraphTexts(before).filter(Boolean),
    header: cellsOf(rowsOf(measures)[0]).map((c) => paragraphTexts(c).join('')),
    rows: rowsOf(measures).length - 1,
  };
}

describe('publish --edition', () => {
  it('plan: the measures, steps and extra columns, no results, a plan title', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const out = tmp.file('plan.docx');
    const r = await cli('publish', book, '-o', out, '--edition', 'plan');
    expect(r.code).toBe(0);
    const doc = await readBack(out);
    expect(doc.lines.slice(0, 3)).toEqual(['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'เทศบาลตำบลสอง', 'ประจำปีงบประมาณ พ.ศ.๒๕๖๕']);
    expect(doc.header).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ', 'ตัวชี้วัด / เป้าหมาย', 'หลักฐาน / เอกสารอ้างอิง']);
    expect(doc.rows).toBe(10);
    expect(doc.xml).not.toContain('ข้อมูล ณ วันที่');
    expect(r.stdout).not.toContain('UNMATCHED_STEP');
  });

  it('plan: numbers and dates print as the sheet shows them (as the add-on reads them), settings read as values', async () => {
    // As Sheets downloads a sheet where people typed 20,000, 80% and a date: numbers under number formats.
    const book = tmp.file('formatted.xlsx');
    await yearWorkbook(book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const measures = wb.getWorksheet('มาตรการ')!;
    const set = (a1: string, value: number | Date, numFmt: string) => {
      const cell = measures.getCell(a1);
      cell.value = value;
      cell.numFmt = numFmt;
    };
    set('F3', 20000, '#,##0');
    set('H3', 0.8, '0%');
    set('E3', new Date(Date.UTC(2022, 2, 31)), 'd/m/yyyy');
    set('F10', 10000.5, '#,##0.00');
    set('E10', new Date(Date.UTC(2022, 2, 31)), '[$-107041E]d mmm yy');
    // Settings read values, as the add-on does: a report date typed as a date (shown 30/9/2022) is still a date.
    const settings = wb.getWorksheet('ตั้งค่า')!;
    settings.eachRow((row) => {
      if (row.getCell(3).value !== 'reportDate') return;
      row.getCell(2).value = new Date(Date.UTC(2022, 8, 30));
      row.getCell(2).numFmt = 'd/m/yyyy';
    });
    await wb.xlsx.writeFile(book);

    const out = tmp.file('plan-formatted.docx');
    const r = await cli('publish', book, '-o', out, '--edition', 'plan');
    expect(r.code).toBe(0);
    const doc = await readBack(out);
    expect(doc.lines[2]).toBe('ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    const cells = (row: number) => cellsOf(rowsOf(tables(doc.xml)[0])[row]).map((c) => paragraphTexts(c).join(''));
    const column = (name: string) => doc.header.indexOf(name);
    expect(cells(2)[column('งบประมาณ')]).toBe('๒๐,๐๐๐');
    expect(cells(2)[column('ตัวชี้วัด / เป้าหมาย')]).toBe('๘๐%');
    expect(cells(2)[column('ระยะเวลาดำเนินการ')]).toBe('๓๑/๓/๒๐๒๒');
    expect(cells(9)[column('งบประมาณ')]).toBe('๑๐,๐๐๐.๕๐');
    expect(cells(9)[column('ระยะเวลาดำเนินการ')]).toBe('๓๑ มี.ค. ๖๕');
    expect(paragraphTexts(doc.xml)).toContain('วันที่ ๓๐ กันยายน ๒๕๖๕');
  });

  it('half-year: the title says so and the report carries "ข้อมูล ณ วันที่" in Thai', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const out = tmp.file('half.docx');
    // Measure 2's timeframe (ต.ค.–ธ.ค. ๖๔) ended before the cut-off, so its missing step is still an error.
    const refused = await cli('publish', book, '-o', out, '--edition', 'half-year', '--as-of', '2022-03-31');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/ข้อผิดพลาด\s+UNMATCHED_STEP .*ระยะเวลาดำเนินการสิ้นสุด/);
    const r = await cli('publish', book, '-o', out, '--edition', 'half-year', '--as-of', '2022-03-31', '--force');
    expect(r.code).toBe(0);
    const doc = await readBack(out);
    expect(doc.lines.slice(0, 4)).toEqual([
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน',
      'เทศบาลตำบลสอง',
      'ประจำปีงบประมาณ พ.ศ.๒๕๖๕',
      'ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๕',
    ]);
    expect(doc.lines[5]).toContain('รอบ ๖ เดือน ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๔ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๕');
    expect(doc.header).toContain('ผลการดำเนินงาน');
    expect(doc.header).toHaveLength(9);
  });

  it('annual: the results report, the settings sheet hiding budget and evidence, and the ITAS text printed', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book, { hiddenColumns: 'งบประมาณ, หลักฐาน' });
    const out = tmp.file('annual.docx');
    const link = 'https://www.song.go.th/ita/o43-2565.pdf';
    const r = await cli('publish', book, '-o', out, '--force', '--link', link, '--date', '2022-10-15');
    expect(r.code).toBe(0);
    const doc = await readBack(out);
    expect(doc.lines[0]).toBe('รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน');
    expect(doc.header).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินงาน', 'ตัวชี้วัด / เป้าหมาย', 'ปัญหา / ข้อเสนอแนะ']);
    const itas = r.stdout.split('\n');
    const at = itas.indexOf('== ข้อความสำหรับตอบในระบบ ITAS');
    expect(itas.slice(at + 1, at + 4)).toEqual([
      'มี',
      link,
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๑๒ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ ของเทศบาลตำบลสอง ' +
        'เผยแพร่เมื่อวันที่ ๑๕ ตุลาคม ๒๕๖๕ บนเว็บไซต์ของหน่วยงาน เมนู หน้าแรก > การประเมิน ITA > O43',
    ]);
  });

  it('puts the link and a QR image on the last page when the settings ask', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book, { linkOnLastPage: 'ใช่' });
    const out = tmp.file('annual.docx');
    const link = 'https://www.song.go.th/ita/o43-2565.pdf';
    expect((await cli('publish', book, '-o', out, '--force', '--link', link)).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const last = xml.slice(xml.lastIndexOf('<w:br w:type="page"/>'));
    expect(paragraphTexts(last).filter(Boolean)).toEqual(['สแกนหรือเปิดลิงก์เพื่อดูรายงานฉบับนี้', link]);
    expect(last).toContain('<pic:pic');
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const gif = await zip.file(media[0])!.async('nodebuffer');
    expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF87a');
    // Printed about 4 cm wide (quiet zone included), easy to scan from paper: EMU, 360,000 per cm.
    const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(last)!.slice(1).map(Number);
    expect(cx).toBe(cy);
    expect(cx / 360_000).toBeGreaterThan(3.5);
    expect(cx / 360_000).toBeLessThan(4.5);
  });

  it('refuses an unknown edition with a usage message', async () => {
    const r = await cli('publish', SAMPLE_PATH, '-o', tmp.file('x.docx'), '--edition', 'quarterly');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--edition ต้องเป็น plan, half-year หรือ annual');
  });
});

describe('check with extra columns', () => {
  it('warns on a budget that is neither an amount nor "no budget", in a CSV, naming the cell', async () => {
    const grid = yearGrid();
    grid[3][5] = 'ตามแผนการดำเนินงาน';
    grid[5][5] = '๕,๐๐๐ บาท';
    const csv = tmp.file('year.csv');
    fs.writeFileSync(csv, grid.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n'));
    const r = await cli('check', csv, '--lang', 'en');
    expect(r.stdout.split('\n').filter((line) => line.includes('BUDGET_UNCLEAR'))).toEqual([
      expect.stringMatching(/^warning +BUDGET_UNCLEAR +F4 +measure 3 \(cell F4\): the budget “ตามแผนการดำเนินงาน” is neither an amount nor “no budget”/),
    ]);
  });

  it('--json gives each measure its extra columns, and the extra findings', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const json = JSON.parse((await cli('check', book, '--json')).stdout);
    expect(json.measures[1]).toMatchObject({ responsible: 'กองคลัง', timeframe: 'ต.ค. ๖๔ – ธ.ค. ๖๔', budget: '๒๐,๐๐๐', evidence: 'https://www.song.go.th/ita/plan-2565' });
    expect(json.findings.filter((f: { code: string }) => /MISSING_|EVIDENCE_LINK/.test(f.code)).map((f: { code: string; cell: string }) => `${f.code} ${f.cell}`))
      .toEqual(['MISSING_RESPONSIBLE D5', 'EVIDENCE_LINK I6', 'EVIDENCE_LINK I7', 'MISSING_BUDGET F8']);
    // A four-column report has no such keys.
    const plain = JSON.parse((await cli('check', SAMPLE_PATH, '--json')).stdout);
    expect(Object.keys(plain.measures[0])).toEqual(['number', 'title', 'steps', 'results', 'suggestion', 'matches']);
  });

  it('reads the extra columns from a CSV the same way', async () => {
    const csv = tmp.file('year.csv');
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    fs.writeFileSync(csv, yearGrid().map((row) => row.map(quote).join(',')).join('\n'));
    const json = JSON.parse((await cli('check', csv, '--json')).stdout);
    expect(json.measures[3].responsible).toBe('');
    expect(json.findings.find((f: { code: string }) => f.code === 'MISSING_RESPONSIBLE').cell).toBe('D5');
  });
});

describe('rollover', () => {
  it('reads merged cells as check does: titles merged over per-row-numbered rows and a unit merged over both measures roll over clean', async () => {
    const book = tmp.file('merged.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('มาตรการ');
    PER_ROW_NUMBERED.forEach((row, r) => sheet.addRow([...row, r === 0 ? 'ผู้รับผิดชอบ' : r === 1 ? 'สำนักปลัด' : '']));
    for (const range of ['B2:B3', 'B4:B5', 'F2:F5']) sheet.mergeCells(range);
    await workbook.xlsx.writeFile(book);
    const before = JSON.parse((await cli('check', book, '--json')).stdout);
    expect([before.measures.length, before.errors]).toEqual([2, 0]);
    const next = tmp.file('merged-next.xlsx');
    expect((await cli('rollover', book, '-o', next, '--fiscal-year', '2567')).code).toBe(0);
    const after = JSON.parse((await cli('check', next, '--json', '--edition', 'plan')).stdout);
    expect(after.measures.map((m: { title: string }) => m.title)).toEqual(['มาตรการป้องกันการรับสินบน', 'มาตรการจัดการเรื่องร้องเรียน']);
    expect(after.findings.map((f: { code: string }) => f.code).filter((code: string) => code === 'EMPTY_TITLE' || code === 'MISSING_RESPONSIBLE')).toEqual([]);
  });

  it('keeps last year protected, starts a fresh measures sheet, moves the fiscal year, leaves the input alone', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const before = sha256(book);
    const next = tmp.file('next.xlsx');
    const r = await cli('rollover', book, '-o', next);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('เริ่มปีงบประมาณ 2566: 10 มาตรการ');
    expect(sha256(book)).toBe(before);
    expect(fs.readdirSync(path.dirname(next)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['มาตรการ', 'มาตรการ 2565', 'ตั้งค่า']);
    const archive = wb.getWorksheet('มาตรการ 2565')!;
    expect((archive as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(archive.getCell('G3').text).toContain('ประชาสัมพันธ์');
    const fresh = wb.getWorksheet('มาตรการ')!;
    expect(fresh.getCell('B2').note).toBeDefined();
    const note = fresh.getCell('B2').note as unknown as { texts: { text: string }[] } | string;
    const noteText = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    expect(noteText).toBe('ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๕:\nหน่วยงานควรจัดอบรมให้ความรู้เกี่ยวกับการประเมิน ITA');
    expect(fresh.getCell('E3').text).toBe('ต.ค. ๖๕ – ธ.ค. ๖๕');
    expect([fresh.getCell('G3').text, fresh.getCell('I3').text, fresh.getCell('J3').text]).toEqual(['', '', '']);
    const settings = wb.getWorksheet('ตั้งค่า')!;
    const fyRow = settings.getRows(1, settings.rowCount)!.find((row) => row.getCell(3).text === 'fiscalYear')!;
    expect(fyRow.getCell(2).value).toBe(2566);

    // The CLI reads the new year's sheet: same measures, no results yet, fiscal year 2566.
    const loaded = await loadTable(next);
    expect(loaded.sheetName).toBe('มาตรการ');
    expect(loaded.table.measures).toHaveLength(10);
    expect(loaded.table.measures.every((m) => m.results.length === 0)).toBe(true);
    const plan = await cli('publish', next, '-o', tmp.file('plan-2566.docx'), '--edition', 'plan');
    expect(plan.code).toBe(0);
    expect((await readBack(tmp.file('plan-2566.docx'))).lines[2]).toBe('ประจำปีงบประมาณ พ.ศ.๒๕๖๖');
  });

  it('clears last year\'s report date, cut-off and introduction (kept in notes), sets the plan, keeps last year\'s confirmations under the year', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book, { asOf: '2565-03-31', reportDate: '2565-09-30', edition: 'รอบ ๖ เดือน', introduction: 'ตามที่ เทศบาลตำบลสอง ได้รวบรวมผลการดำเนินการในรอบ ๖ เดือน' });
    const wb0 = new ExcelJS.Workbook();
    await wb0.xlsx.readFile(book);
    const confirmations = wb0.addWorksheet('การยืนยันผลตรวจ');
    confirmations.addRow(['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'การยืนยัน', 'เหตุผล', 'ผู้ยืนยัน', 'วันเวลา', 'ข้อความขั้นตอน', 'ข้อความผลการดำเนินงาน']);
    confirmations.addRow([2, 3, '', 'ยังไม่ได้ทำ', 'งบประมาณไม่พอ', 'coordinator@song.go.th', '1 ก.ย. 2565', 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด', '']);
    await wb0.xlsx.writeFile(book);
    const next = tmp.file('next.xlsx');
    const r = await cli('rollover', book, '-o', next);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ฉบับรายงานเป็น “แผน” ล้าง “วันที่รายงาน”, “ข้อมูล ณ วันที่ (รอบ ๖ เดือน)”, “บทนำ” ของปีก่อนในชีตตั้งค่าแล้ว (ค่าเดิมอยู่ในหมายเหตุของเซลล์) การยืนยันผลตรวจปี 2565 เก็บไว้ในแผ่นงาน “การยืนยันผลตรวจ 2565” (ล็อกไว้)');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['มาตรการ', 'มาตรการ 2565', 'ตั้งค่า', 'การยืนยันผลตรวจ 2565', 'การยืนยันผลตรวจ']);
    const kept = wb.getWorksheet('การยืนยันผลตรวจ 2565')!;
    expect((kept as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(kept.getCell('E2').text).toBe('งบประมาณไม่พอ');
    expect(wb.getWorksheet('การยืนยันผลตรวจ')!.actualRowCount).toBe(1);
    const settings = wb.getWorksheet('ตั้งค่า')!;
    const cellOf = (key: string) => settings.getRows(1, settings.rowCount)!.find((row) => row.getCell(3).text === key)!.getCell(2);
    const noteOf = (key: string) => {
      const note = cellOf(key).note as unknown as { texts: { text: string }[] } | string;
      return typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    };
    expect([cellOf('fiscalYear').value, cellOf('edition').value, cellOf('asOf').text, cellOf('reportDate').text, cellOf('introduction').text]).toEqual([2566, 'แผน', '', '', '']);
    expect(noteOf('asOf')).toBe('ค่าของปีงบประมาณ พ.ศ.2565 (ล้างเมื่อเริ่มปีงบประมาณ 2566):\n2565-03-31');
    expect(noteOf('introduction')).toContain('ได้รวบรวมผลการดำเนินการในรอบ ๖ เดือน');

    // The new year's six-month report: its own cut-off, its own introduction, no signature date.
    const out = tmp.file('half-2566.docx');
    expect((await cli('publish', next, '-o', out, '--edition', 'half-year', '--force')).code).toBe(0);
    const doc = await readBack(out);
    expect(doc.lines).toContain('ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖');
    expect(doc.lines.join('\n')).not.toContain('ได้รวบรวมผลการดำเนินการ');
    expect(paragraphTexts(doc.xml).filter((p) => /^วันที่ /.test(p))).toEqual([]);
  });

  it('an imported six-month report\'s introduction is printed in its six-month report only, not the annual one', async () => {
    const imported = tmp.file('imp.xlsx');
    expect((await cli('import', path.join(__dirname, '..', 'corpus', 'admincourt-khonkaen-2568.txt'), '-o', imported)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(imported);
    const settings = wb.getWorksheet('ตั้งค่า')!;
    const owner = settings.getRows(1, settings.rowCount)!.find((row) => row.getCell(3).text === 'introductionFor')!;
    expect([owner.getCell(1).text, owner.getCell(2).text]).toEqual(['บทนำของฉบับ', 'รอบ ๖ เดือน พ.ศ. 2568']);
    const intro = async (edition: string) => {
      const out = tmp.file(`imp-${edition}.docx`);
      expect((await cli('publish', imported, '-o', out, '--edition', edition, '--force')).code).toBe(0);
      return paragraphTexts(await documentXml(out)).join('\n');
    };
    expect(await intro('half-year')).toContain('ได้รวบรวมผลการดำเนินการในรอบ');
    expect(await intro('annual')).not.toContain('ได้รวบรวมผลการดำเนินการในรอบ');
  });

  it('takes --fiscal-year in Thai digits, as publish and the settings sheet do', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const r = await cli('rollover', book, '-o', tmp.file('next.xlsx'), '--fiscal-year', '๒๕๖๕');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('เริ่มปีงบประมาณ 2566');
    const bad = await cli('rollover', book, '-o', tmp.file('bad.xlsx'), '--fiscal-year', '๖๖', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fiscal-year must be a Buddhist Era year such as 2568 or ๒๕๖๘ (got "๖๖")');
  });

  it('refuses to roll the same year over twice', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    await cli('rollover', book, '-o', tmp.file('next.xlsx'));
    const again = await cli('rollover', tmp.file('next.xlsx'), '-o', tmp.file('again.xlsx'), '--fiscal-year', '2565');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('มีแผ่นงาน “มาตรการ 2565” อยู่แล้ว');
    expect(fs.existsSync(tmp.file('again.xlsx'))).toBe(false);
  });

  it('turns an old report text into next year’s workbook with settings', async () => {
    const next = tmp.file('next.xlsx');
    expect((await cli('rollover', SAMPLE_PATH, '-o', next)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['มาตรการ', 'มาตรการ 2565', 'ตั้งค่า']);
    const loaded = await loadTable(next);
    expect(loaded.table.measures).toHaveLength(10);
    expect(loaded.settingsValues?.find((row) => row[2] === 'fiscalYear')?.[1]).toBe('2566');
  });

  it('names the file, and the sheets it searched, when there is no measures table to roll over', async () => {
    const book = tmp.file('notes.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('บันทึก').addRow(['ประชุมคณะทำงาน ITA', 'วันที่ ๑๒ ต.ค.']);
    await wb.xlsx.writeFile(book);
    const r = await cli('rollover', book, '-o', tmp.file('next.xlsx'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${book}: `);
    expect(r.stderr).toContain('(sheet "บันทึก"; sheets searched: "บันทึก")');
    expect(fs.existsSync(tmp.file('next.xlsx'))).toBe(false);

    const csv = tmp.file('notes.csv');
    fs.writeFileSync(csv, 'ประชุมคณะทำงาน ITA,วันที่ ๑๒ ต.ค.\n');
    const fromCsv = await cli('rollover', csv, '-o', tmp.file('next-csv.xlsx'), '--lang', 'en');
    expect(fromCsv.code).toBe(2);
    expect(fromCsv.stderr).toContain(`${csv}: `);
    expect(fs.existsSync(tmp.file('next-csv.xlsx'))).toBe(false);
  });

  it('yearly tabs without a sheet named มาตรการ: refuses to guess which year to archive, naming the tabs; renaming one settles it', async () => {
    const book = tmp.file('tabs.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const year of ['2566', '2567']) {
      const tab = wb.addWorksheet(`ปี ${year}`);
      for (const row of yearGrid()) tab.addRow(row);
    }
    await wb.xlsx.writeFile(book);
    const before = sha256(book);
    const r = await cli('rollover', book, '-o', tmp.file('next.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('แผ่นงาน "ปี 2566", "ปี 2567" มีตารางมาตรการทุกแผ่น');
    expect(fs.existsSync(tmp.file('next.xlsx'))).toBe(false);
    expect(sha256(book)).toBe(before);
    wb.getWorksheet('ปี 2567')!.name = 'มาตรการ';
    await wb.xlsx.writeFile(book);
    expect((await cli('rollover', book, '-o', tmp.file('next.xlsx'), '--fiscal-year', '2567')).code).toBe(0);
  });

  it('refuses to overwrite the input', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const before = sha256(book);
    const r = await cli('rollover', book, '-o', book.replace('.xlsx', '.XLSX').replace('.XLSX', '.xlsx'));
    expect(r.code).toBe(2);
    expect(sha256(book)).toBe(before);
  });
});

describe('memo', () => {
  it('writes a one-page A4 portrait memo with the official parts from the settings', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book, { memoNumber: 'สพ 51201/88', memoTo: 'นายกเทศมนตรีตำบลสอง', signerName: 'นางสาวสมใจ ตั้งใจ', approverName: 'นายสมชาย ใจดี' });
    const out = tmp.file('memo.docx');
    const link = 'https://www.song.go.th/ita/o43-2565.pdf';
    const r = await cli('memo', book, '-o', out, '--link', link, '--date', '2022-10-14');
    expect(r.code).toBe(0);
    const xml = await documentXml(out);
    const pgSz = /<w:pgSz [^>]*\/>/.exec(xml)![0];
    expect(pgSz).toContain('w:orient="portrait"');
    const texts = paragraphTexts(xml).filter(Boolean);
    expect(texts.slice(0, 6)).toEqual([
      'บันทึกข้อความ',
      'ส่วนราชการ เทศบาลตำบลสอง',
      'ที่ สพ ๕๑๒๐๑/๘๘\tวันที่ ๑๔ ตุลาคม ๒๕๖๕',
      'เรื่อง ขออนุญาตเผยแพร่รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๑๒ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ บนเว็บไซต์ของหน่วยงาน',
      'เรียน นายกเทศมนตรีตำบลสอง',
      expect.stringContaining('ด้วย เทศบาลตำบลสอง ได้จัดทำรายงานผลการดำเนินงาน'),
    ]);
    expect(texts).toContain(`ในการนี้ จึงขออนุญาตนำรายงานดังกล่าวเผยแพร่บนเว็บไซต์ของหน่วยงาน ที่เมนู หน้าแรก > การประเมิน ITA > O43 ตามลิงก์ ${link}`);
    expect(texts).toContain('(นางสาวสมใจ ตั้งใจ)');
    expect(texts).toContain('ความเห็นของผู้บังคับบัญชา');
    expect(texts).toContain('(นายสมชาย ใจดี)');
  });
});
