import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { loadTable } from '../../src/node/tableFiles';
import { SAMPLE_PATH, measureEssence, sampleText } from '../helpers/sample';

const ROOT = path.join(__dirname, '..', '..');
const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));


async function writeWorkbook(file: string, rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('มาตรการ');
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
}

describe('check', () => {
  it('prints the findings of the sample and exits 1 because it has errors', async () => {
    const r = await cli('check', SAMPLE_PATH);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('10 มาตรการ — ข้อผิดพลาด 1 คำเตือน 1');
    expect(r.stdout).toContain('UNMATCHED_STEP');
  });

  it('--json follows the contract', async () => {
    const r = await cli('check', SAMPLE_PATH, '--json', '--lang', 'en');
    const json = JSON.parse(r.stdout);
    expect(json.measures).toHaveLength(10);
    expect(Object.keys(json.measures[0])).toEqual(['number', 'title', 'steps', 'results', 'suggestion', 'matches']);
    expect(json.measures[0].steps).toHaveLength(5);
    expect(json.measures[2].matches[1]).toEqual(expect.objectContaining({ step: 2, result: 2, strength: 'strong' }));
    const finding = json.findings[0];
    expect(finding).toEqual({ severity: 'error', code: 'UNMATCHED_STEP', measure: 2, item: 3, position: { measure: 2, step: 3 }, line: 20, message: expect.stringContaining('measure 2') });
  });

  it('--explain says which result reports each step, and how strongly', async () => {
    const r = await cli('check', SAMPLE_PATH, '--explain');
    expect(r.stdout).toContain('มาตรการที่ ๓ มาตรการเกี่ยวกับการใช้ทรัพย์สินของทางราชการ');
    expect(r.stdout).toMatch(/✓ ขั้นตอนที่ ๒: ผลข้อที่ ๒ รายงานขั้นตอนนี้ \(ตรงกัน [๐-๙]+%\)/);
    expect(r.stdout).toMatch(/✗ ขั้นตอนที่ ๓: ไม่มีผลการดำเนินงานข้อใดรายงานขั้นตอนนี้/);
    const en = await cli('check', SAMPLE_PATH, '--explain', '--lang', 'en');
    expect(en.stdout).toMatch(/\? step 1: result 1 and result 2 may report this step/);
    expect(en.stdout).toMatch(/✗ step 3: No result reports this step/);
  });

  it('exits 0 for a clean table', async () => {
    const file = path.join(dir, 'ok.csv');
    fs.writeFileSync(file, `${H.join(',')}\n"๑. มาตรการ ก","๑. จัดทำประกาศมาตรการ","๑. ประกาศมาตรการแล้ว",-\n`);
    expect((await cli('check', file)).code).toBe(0);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'none.xlsx'), 'ไม่พบไฟล์'],
    ['a corrupt workbook', () => { const f = path.join(dir, 'bad.xlsx'); fs.writeFileSync(f, 'not a zip'); return f; }, 'ไม่ใช่ไฟล์ Excel'],
    ['text that is not a table', () => { const f = path.join(dir, 'x.txt'); fs.writeFileSync(f, 'สวัสดี\nไม่มีตาราง'); return f; }, 'ไม่มีตาราง'],
    ['a sheet without a header', () => { const f = path.join(dir, 'x.csv'); fs.writeFileSync(f, 'a,b\nc,d\n'); return f; }, 'ไม่พบแถวหัวตาราง'],
    ['an unknown extension', () => path.join(ROOT, 'package.json'), 'ไม่รู้จักชนิดไฟล์'],
  ])('exits 2 with a one-line message for %s', async (_name, make, text) => {
    const r = await cli('check', make());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('exits 2 for a usage mistake', async () => {
    expect((await cli('check')).code).toBe(2);
    expect((await cli('frobnicate', SAMPLE_PATH)).code).toBe(2);
    expect((await cli('check', SAMPLE_PATH, '--lang', 'fr')).code).toBe(2);
  });
});

describe('the three input formats give the same measures', () => {
  it('txt → xlsx and csv via import, read back identically', async () => {
    const xlsx = path.join(dir, 'sheet.xlsx');
    const csv = path.join(dir, 'sheet.csv');
    expect((await cli('import', SAMPLE_PATH, '-o', xlsx)).code).toBe(0);
    expect((await cli('import', SAMPLE_PATH, '-o', csv)).code).toBe(0);
    const fromText = measureEssence((await loadTable(SAMPLE_PATH)).table);
    expect(measureEssence((await loadTable(xlsx)).table)).toEqual(fromText);
    expect(measureEssence((await loadTable(csv)).table)).toEqual(fromText);
    const check = async (f: string) => JSON.parse((await cli('check', f, '--json')).stdout).findings.map((x: { code: string; measure: number; item: number }) => [x.code, x.measure, x.item]);
    expect(await check(xlsx)).toEqual(await check(SAMPLE_PATH));
    expect(await check(csv)).toEqual(await check(SAMPLE_PATH));
  });
});

describe('import', () => {
  it('keeps the report\'s year, agency and introduction in a settings sheet: the imported workbook publishes the same report', async () => {
    const xlsx = path.join(dir, 'imported.xlsx');
    expect((await cli('import', SAMPLE_PATH, '-o', xlsx)).code).toBe(0);
    const settings = (await loadTable(xlsx)).settingsValues ?? [];
    const value = (key: string) => settings.find((row) => row[2] === key)?.[1];
    expect([value('fiscalYear'), value('agency'), value('edition')]).toEqual(['2565', 'เทศบาลตำบลสอง', 'ประจำปี']);
    expect(value('introduction')).toMatch(/^ตามที่/);
    const fromText = path.join(dir, 'from-text.docx');
    const fromSheet = path.join(dir, 'from-sheet.docx');
    expect((await cli('publish', SAMPLE_PATH, '-o', fromText, '--force')).code).toBe(0);
    const published = await cli('publish', xlsx, '-o', fromSheet, '--force');
    expect(published.code).toBe(0);
    expect(published.stderr).toBe('');
    const text = async (file: string) => (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(await text(fromSheet)).toBe(await text(fromText));
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const report = path.join(dir, 'old.txt');
    fs.writeFileSync(report, `${H.join('\t')}\n=HYPERLINK("http://x","y")\t<p>๑. +ทำ</p>\t<p>๑. @ทำแล้ว</p>\t=1+1\n`);
    const out = path.join(dir, 'sheet.xlsx');
    expect((await cli('import', report, '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A2').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('D2').value).toBe('=1+1');
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.String);
  });
});

/**
 * An old report whose table has a ผู้รับผิดชอบ and a ระยะเวลา column and a หมายเหตุ column the
 * reader does not use, one measure continued over a page break, signature lines under it.
 */
const HEADER_WITH_EXTRA_COLUMNS = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หมายเหตุ'].join('\t');
const REPORT_WITH_EXTRA_COLUMNS = [
  'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  '',
  HEADER_WITH_EXTRA_COLUMNS,
  ['๑. มาตรการเผยแพร่ข้อมูล', '<p>๑. จัดทำประกาศ</p> <p>๒. เผยแพร่ทางเว็บไซต์</p>', 'สำนักปลัด', 'ต.ค. ๖๖', '<p>๑. ประกาศแล้ว</p>', '', 'ดูประกาศที่บอร์ด'].join('\t'),
  '- ๒ -',
  HEADER_WITH_EXTRA_COLUMNS,
  ['', '', 'กองคลัง', '', '<p>๒. เผยแพร่แล้ว</p>', '', 'และเว็บไซต์'].join('\t'),
  ['๒. มาตรการจัดซื้อจัดจ้าง', '<p>๑. ประกาศแผน</p>', 'กองคลัง', 'ตลอดปี', '<p>๑. ประกาศแผนแล้ว</p>', 'ควรเผยแพร่ให้ครบ', ''].join('\t'),
  '',
  'ลงชื่อ ผู้รายงาน',
].join('\n') + '\n';

describe('import and fill of a report with extra columns', () => {
  /** Writes the report, runs `command` on it into `outName`: it succeeds and leaves the input byte for byte as written. */
  async function runOnReport(command: string, outName: string): Promise<{ report: string; output: string }> {
    const report = path.join(dir, 'with-extra.txt');
    fs.writeFileSync(report, REPORT_WITH_EXTRA_COLUMNS);
    const output = path.join(dir, outName);
    expect((await cli(command, report, '-o', output)).code).toBe(0);
    expect(fs.readFileSync(report, 'utf8')).toBe(REPORT_WITH_EXTRA_COLUMNS);
    return { report, output };
  }

  it('keeps every extra column, in its place, in the sheet an import writes', async () => {
    const { report, output: out } = await runOnReport('import', 'with-extra.csv');
    const { output: xlsx } = await runOnReport('import', 'with-extra.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0];
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getRow(1).getCell(c).text)).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หมายเหตุ']);
    expect(ws.getCell('C2').text).toBe('สำนักปลัด\nกองคลัง');
    expect(ws.getCell('G2').text).toBe('ดูประกาศที่บอร์ด\nและเว็บไซต์');
    expect(ws.getCell('D3').text).toBe('ตลอดปี');
    const [fromText, fromCsv, fromXlsx] = await Promise.all([report, out, xlsx].map(loadTable));
    expect(measureEssence(fromCsv.table)).toEqual(measureEssence(fromText.table));
    expect(measureEssence(fromXlsx.table)).toEqual(measureEssence(fromText.table));
    expect(fromText.table.measures[0].extra).toEqual({ responsible: 'สำนักปลัด\nกองคลัง', timeframe: 'ต.ค. ๖๖' });
  });

  it('fills the report text in place: only the filled cell\'s line changes, page lines and signatures stay', async () => {
    const { report, output } = await runOnReport('fill', 'with-extra-filled.txt');
    const [inLines, outLines] = [report, output].map((f) => fs.readFileSync(f, 'utf8').split('\n'));
    expect(outLines).toHaveLength(inLines.length);
    expect(outLines.flatMap((line, i) => (line === inLines[i] ? [] : [i + 1]))).toEqual([4]);
    // On that line only the suggestion cell (empty before) changed.
    const [inCells, outCells] = [inLines[3], outLines[3]].map((line) => line.split('\t'));
    expect(outCells.flatMap((cell, c) => (cell === inCells[c] ? [] : [c]))).toEqual([5]);
    expect(inCells[5]).toBe('');
    expect(outCells[6]).toBe('ดูประกาศที่บอร์ด');
    const [before, after] = await Promise.all([report, output].map(loadTable));
    expect(after.table.measures.map((m) => m.extra)).toEqual(before.table.measures.map((m) => m.extra));
    expect(after.table.measures[0].suggestion).not.toBe('');
    expect(after.table.measures[1].suggestion).toBe('ควรเผยแพร่ให้ครบ');
  });
});

describe('import of a report with a row that belongs to no measure', () => {
  it('refuses, naming the line, and writes nothing (the row would be lost)', async () => {
    const report = path.join(dir, 'orphan.txt');
    fs.writeFileSync(report, [H.join('\t'), ['', '<p>๑. ประชุมชี้แจง</p>', '<p>๑. ประชุมแล้ว</p>', ''].join('\t'), ['๑. มาตรการ ก', '<p>๑. ทำ</p>', '<p>๑. ทำแล้ว</p>', ''].join('\t')].join('\n'));
    for (const out of ['orphan.xlsx', 'orphan.csv']) {
      const r = await cli('import', report, '-o', path.join(dir, out), '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${report}: Some rows belong to no measure`);
      expect(r.stderr).toContain('line 2');
      expect(r.stderr).toContain('nothing was written');
      expect(fs.existsSync(path.join(dir, out))).toBe(false);
    }
    const next = await cli('rollover', report, '-o', path.join(dir, 'orphan-next.xlsx'));
    expect(next.code).toBe(2);
    expect(next.stderr).toContain('บรรทัดที่ 2');
    expect(fs.existsSync(path.join(dir, 'orphan-next.xlsx'))).toBe(false);
  });
});

describe('fill', () => {
  it('fills only empty cells of an xlsx copy, writes formula-looking text as text, leaves the input alone', async () => {
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, [
      ['รายงานผลการดำเนินงาน'],
      H,
      ['๑. มาตรการ ก', '๑. จัดทำประกาศมาตรการ', '๑. ประกาศมาตรการแล้ว', ''],
      ['๒. =มาตรการ ข', '๑. จัดอบรมพนักงาน', '๑. จัดอบรมพนักงานแล้ว', 'ไม่มี'],
      ['๓. มาตรการ ค', '๑. เผยแพร่ข้อมูล', '๑. เผยแพร่ข้อมูลแล้ว', '-'],
    ]);
    const before = fs.readFileSync(input);
    const output = path.join(dir, 'out.xlsx');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('มาตรการ')!;
    expect(ws.getCell('D3').value).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการ กให้แก่พนักงานและเจ้าหน้าที่');
    expect(ws.getCell('D4').value).toBe('ไม่มี');
    expect(ws.getCell('D5').value).toBe('-');
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
  });

  it('refuses to overwrite the input and keeps the format', async () => {
    const input = path.join(dir, 'in.csv');
    fs.writeFileSync(input, `${H.join(',')}\n"๑. ก","๑. ทำ","๑. ทำแล้ว",\n`);
    expect((await cli('fill', input, '-o', input)).code).toBe(2);
    expect((await cli('fill', input, '-o', path.join(dir, 'out.xlsx'))).code).toBe(2);
  });

  it('fills the report text format too', async () => {
    const input = path.join(dir, 'report.txt');
    fs.writeFileSync(input, sampleText().replace('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการเกี่ยวกับการใช้ทรัพย์สินของทางราชการให้แก่พนักงานและเจ้าหน้าที่', ''));
    const output = path.join(dir, 'filled.txt');
    expect((await cli('fill', input, '-o', output)).code).toBe(0);
    const filled = await loadTable(output);
    expect(filled.table.measures[2].suggestion).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการเกี่ยวกับการใช้ทรัพย์สินของทางราชการให้แก่พนักงานและเจ้าหน้าที่');
  });
});

describe('publish', () => {
  it('refuses when there are errors unless --force', async () => {
    const report = path.join(dir, 'r.docx');
    const refused = await cli('publish', SAMPLE_PATH, '-o', report);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(fs.existsSync(report)).toBe(false);
    expect((await cli('publish', SAMPLE_PATH, '-o', report, '--force')).code).toBe(0);
    expect(fs.existsSync(report)).toBe(true);
  });

  it('writes an A4 landscape .docx with a repeated header row, Sarabun and Thai digits', async () => {
    const report = path.join(dir, 'r.docx');
    await cli('publish', SAMPLE_PATH, '-o', report, '--force', '--signer', 'นายทดสอบ ระบบ', '--position', 'นายกเทศมนตรี');
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)!;
    expect(Number(size[1])).toBeGreaterThan(Number(size[2]));
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/w:cs="Sarabun"/);
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    expect(xml).toContain('(นายทดสอบ ระบบ)');
    // Header + 10 measures in the main table.
    const mainTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(mainTable.match(/<w:tr>|<w:tr /g)).toHaveLength(11);
  });
});

describe('a workbook without a problems / suggestions column', () => {
  const rows = [
    ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'หมายเหตุ'],
    ['1', 'มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง', '1. จัดทำแผนการจัดซื้อจัดจ้าง\n2. เผยแพร่แผนบนเว็บไซต์', '1. จัดทำแผนการจัดซื้อจัดจ้างแล้ว\n2. เผยแพร่แผนบนเว็บไซต์แล้ว', ''],
  ];

  it('is checked with a warning at its header, filled with nothing, and published with the columns it has', async () => {
    const input = path.join(dir, 'three.xlsx');
    await writeWorkbook(input, rows);
    const inputBytes = fs.readFileSync(input);
    const check = await cli('check', input);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/NO_SUGGESTION_COLUMN\s+D1\s+แถวหัวตารางที่ 1 ไม่มีคอลัมน์ “ปัญหา \/ ข้อเสนอแนะ”.*คอลัมน์ “หมายเหตุ”/);
    const filled = path.join(dir, 'filled.xlsx');
    const fill = await cli('fill', input, '-o', filled);
    expect(fill.code).toBe(0);
    expect(fill.stdout).toContain('เติมข้อเสนอแนะ 0 ช่อง');
    expect(fill.stdout).toMatch(/^คำเตือน แถวหัวตารางที่ 1 ไม่มีคอลัมน์ “ปัญหา \/ ข้อเสนอแนะ”/m);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    expect(wb.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1).map((v) => String(v ?? '')))).toEqual(rows);
    const report = path.join(dir, 'r.docx');
    expect((await cli('publish', input, '-o', report)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    const mainTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const headerRow = mainTable.slice(0, mainTable.indexOf('</w:tr>'));
    // The three columns it has and its หมายเหตุ, printed under its own header: nothing headed is dropped.
    expect(headerRow.match(/<w:tc>/g)).toHaveLength(4);
    expect(headerRow).toContain('หมายเหตุ');
    expect(headerRow).not.toContain('ข้อเสนอแนะ');
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
  });
});

describe('a workbook downloaded from the add-on', () => {
  async function addonWorkbook(file: string) {
    const wb = new ExcelJS.Workbook();
    const measures = wb.addWorksheet('มาตรการ');
    measures.addRow(H);
    measures.addRow(['1. มาตรการ ก', '1. จัดทำประกาศมาตรการ', '1. ประกาศมาตรการแล้ว', '']);
    const settings = wb.addWorksheet('ตั้งค่า');
    settings.addRow(['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย']);
    settings.addRow(['ชื่อหน่วยงาน', 'องค์การบริหารส่วนตำบลทดสอบ', 'agency', '']);
    settings.addRow(['ปีงบประมาณ (พ.ศ.)', '2568', 'fiscalYear', '']);
    settings.addRow(['ตัวเลขในรายงาน', 'อารบิก', 'numerals', '']);
    settings.addRow(['ชื่อผู้รายงาน', 'นางสาวทดสอบ ระบบดี', 'signerName', '']);
    const templates = wb.addWorksheet('แม่แบบข้อเสนอแนะ');
    templates.addRow(['คีย์ (key)', 'ข้อความแม่แบบ', 'คำอธิบาย']);
    templates.addRow(['training', 'ควรประชุมชี้แจง{topic}', '']);
    await wb.xlsx.writeFile(file);
  }

  it('publishes with the settings sheet and fills with the templates sheet, as the add-on would', async () => {
    const input = path.join(dir, 'from-addon.xlsx');
    await addonWorkbook(input);
    const report = path.join(dir, 'r.docx');
    expect((await cli('publish', input, '-o', report)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).toContain('องค์การบริหารส่วนตำบลทดสอบ');
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ.2568');
    expect(xml).toContain('(นางสาวทดสอบ ระบบดี)');
    expect(xml).toContain('ควรประชุมชี้แจงมาตรการ ก');
    const filled = path.join(dir, 'filled.xlsx');
    expect((await cli('fill', input, '-o', filled)).code).toBe(0);
    expect((await loadTable(filled)).table.measures[0].suggestion).toBe('ควรประชุมชี้แจงมาตรการ ก');
  });

  it('lets command-line options override the settings sheet', async () => {
    const input = path.join(dir, 'from-addon.xlsx');
    await addonWorkbook(input);
    const report = path.join(dir, 'r.docx');
    await cli('publish', input, '-o', report, '--fiscal-year', '2569', '--numerals', 'thai');
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๙');
  });
});

describe('the installed binary', () => {
  it('runs through node with exit codes and no stack trace', () => {
    const bin = path.join(ROOT, 'bin', 'ita-sheets.js');
    const ok = spawnSync(process.execPath, [bin, 'check', SAMPLE_PATH, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout).measures).toHaveLength(10);
    const missing = spawnSync(process.execPath, [bin, 'check', path.join(dir, 'nothing.xlsx')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('publish FILE');
  });
});
