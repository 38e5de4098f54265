/**
 * The command line takes the fiscal year, agency and edition from the source's title (a sheet's
 * title rows, a report text's title lines), lets its flags win, and says so on stderr and in
 * check --json whenever a default stands in for the year or the agency. Corpus files are inputs.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { cli, ROOT } from './helpers/cli';
import { fiscalYearBE } from '../../src/core';
import { loadTable } from '../../src/node/tableFiles';

const CORPUS = path.join(ROOT, 'test', 'corpus');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-title-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
}

describe('publish reads the title', () => {
  it('prints the CSV title rows\' agency and year in the report and the ITAS answer, and says once what it read there (abt-khokmuang-2567)', async () => {
    const report = path.join(dir, 'k.docx');
    const r = await cli('publish', path.join(CORPUS, 'abt-khokmuang-2567.csv'), '-o', report, '--force');
    expect(r.stderr).toBe('หมายเหตุ: อ่านจากหัวเรื่องของไฟล์: ปีงบประมาณ พ.ศ.๒๕๖๗ · หน่วยงาน “องค์การบริหารส่วนตำบลโคกม่วง อำเภอกันทรวิชัย จังหวัดมหาสารคาม” · ฉบับประจำปี ถ้าไม่ถูกต้อง ให้ระบุ --fiscal-year / --agency / --edition');
    const flagged = await cli('publish', path.join(CORPUS, 'abt-khokmuang-2567.csv'), '-o', path.join(dir, 'flagged.docx'), '--force', '--fiscal-year', '2567', '--agency', 'อบต.โคกม่วง', '--edition', 'annual');
    expect(flagged.stderr).toBe('');
    const xml = await documentXml(report);
    expect(xml).toContain('องค์การบริหารส่วนตำบลโคกม่วง อำเภอกันทรวิชัย จังหวัดมหาสารคาม');
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ.2567');
    expect(xml).not.toContain(`พ.ศ.${fiscalYearBE(new Date())}`);
    expect(xml).toContain('ตามที่ องค์การบริหารส่วนตำบลโคกม่วง');
    expect(r.stdout).toContain('รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ.2567 ขององค์การบริหารส่วนตำบลโคกม่วง');
  });

  it('publishes a six-month sheet as the six-month edition (aot-phuket-2568)', async () => {
    const report = path.join(dir, 'a.docx');
    const r = await cli('publish', path.join(CORPUS, 'aot-phuket-2568.csv'), '-o', report, '--force');
    expect(r.stdout).toContain('รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ.2568 ของท่าอากาศยานภูเก็ต');
    expect(await documentXml(report)).toContain('รอบ 6 เดือน');
  });

  it('gives a six-month report text a six-month ITAS answer (admincourt-khonkaen-2568)', async () => {
    const r = await cli('publish', path.join(CORPUS, 'admincourt-khonkaen-2568.txt'), '-o', path.join(dir, 'c.docx'), '--force');
    expect(r.stdout).toContain('รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ.2568 ของสำนักงานศาลปกครองขอนแก่น');
    expect(r.stdout).not.toContain('รอบ 12 เดือน');
  });

  it('lets --fiscal-year, --agency and --edition win over the title', async () => {
    const report = path.join(dir, 'o.docx');
    const r = await cli('publish', path.join(CORPUS, 'aot-phuket-2568.csv'), '-o', report, '--force', '--fiscal-year', '๒๕๖๙', '--agency', 'ท่าอากาศยานทดสอบ', '--edition', 'annual');
    expect(r.stdout).toContain('รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ.2569 ของท่าอากาศยานทดสอบ');
    expect(await documentXml(report)).not.toContain('ท่าอากาศยานภูเก็ต');
  });
});

describe('a default standing in is said', () => {
  it('names the missing agency on stderr, Thai first, and --agency silences it (cdd-bansang-2567)', async () => {
    const input = path.join(CORPUS, 'cdd-bansang-2567.csv');
    const r = await cli('publish', input, '-o', path.join(dir, 'd.docx'), '--force');
    expect(r.stderr).toContain('หมายเหตุ: ไม่พบชื่อหน่วยงานในหัวเรื่องของรายงาน');
    expect(r.stderr).toContain('--agency');
    const en = await cli('publish', input, '-o', path.join(dir, 'd.docx'), '--force', '--lang', 'en');
    expect(en.stderr).toContain('notice: No agency name found');
    const given = await cli('publish', input, '-o', path.join(dir, 'd.docx'), '--force', '--agency', 'สำนักงานพัฒนาชุมชนอำเภอบ้านสร้าง');
    expect(given.stderr).not.toContain('ไม่พบชื่อหน่วยงาน');
  });

  it('says the current year is used when a sheet states none, on stderr and in check --json', async () => {
    const input = path.join(dir, 'untitled.csv');
    fs.writeFileSync(input, [
      'สำนักงานเกษตรอำเภอทดสอบ',
      'มาตรการ,ขั้นตอนหรือวิธีการปฏิบัติ,ผลการดำเนินงาน,ปัญหา / ข้อเสนอแนะ',
      '1. มาตรการเผยแพร่ข้อมูล,1. ประชุมชี้แจงบุคลากร,1. ประชุมชี้แจงบุคลากรแล้ว เมื่อวันที่ 5 มกราคม 2568,',
    ].join('\n'));
    const now = fiscalYearBE(new Date());
    const r = await cli('publish', input, '-o', path.join(dir, 'u.docx'), '--force');
    expect(r.stderr).toContain(`จึงใช้ปีงบประมาณปัจจุบัน พ.ศ.${now.toString().replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))}`);
    expect(r.stderr).not.toContain('ชื่อหน่วยงาน');
    const json = JSON.parse((await cli('check', input, '--json', '--lang', 'en')).stdout);
    expect(json.notices).toEqual([
      { code: 'READ_FROM_TITLE', message: 'Read from the file\'s title: agency “สำนักงานเกษตรอำเภอทดสอบ”; if wrong, give --agency' },
      { code: 'FISCAL_YEAR_DEFAULTED', message: expect.stringContaining(`current fiscal year B.E. ${now}`) },
    ]);
    const given = JSON.parse((await cli('check', input, '--json', '--fiscal-year', '2567')).stdout);
    expect(given.notices.map((n: { code: string }) => n.code)).toEqual(['READ_FROM_TITLE']);
  });
});

describe('import keeps what the title states, and only that', () => {
  it('an Arabic-numeral report imported publishes in Arabic numerals; a report stating no year leaves the year blank and the notice stands', async () => {
    const sample = fs.readFileSync(path.join(ROOT, 'samples', 'song-2565-report.txt'), 'utf8');
    const arabic = path.join(dir, 'arabic.txt');
    fs.writeFileSync(arabic, sample.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
    const arabicXlsx = path.join(dir, 'arabic.xlsx');
    expect((await cli('import', arabic, '-o', arabicXlsx)).code).toBe(0);
    const fromText = path.join(dir, 'arabic-text.docx');
    const fromSheet = path.join(dir, 'arabic-sheet.docx');
    expect((await cli('publish', arabic, '-o', fromText, '--force')).code).toBe(0);
    expect((await cli('publish', arabicXlsx, '-o', fromSheet, '--force')).code).toBe(0);
    expect(await documentXml(fromSheet)).toBe(await documentXml(fromText));
    expect(await documentXml(fromSheet)).toContain('พ.ศ.2565');

    const noYear = path.join(dir, 'noyear.txt');
    fs.writeFileSync(noYear, sample.replace(/๒๕๖[๔๕]/g, ''));
    const noYearXlsx = path.join(dir, 'noyear.xlsx');
    expect((await cli('import', noYear, '-o', noYearXlsx)).code).toBe(0);
    const settings = (await loadTable(noYearXlsx)).settingsValues ?? [];
    expect(settings.find((row) => row[2] === 'fiscalYear')?.[1]).toBe('');
    const json = JSON.parse((await cli('check', noYearXlsx, '--json')).stdout);
    expect(json.notices.map((n: { code: string }) => n.code)).toEqual(['FISCAL_YEAR_DEFAULTED']);
  });

  it('a settings sheet whose year cell is blank gives way to the title\'s year', async () => {
    const imported = path.join(dir, 'song.xlsx');
    expect((await cli('import', path.join(ROOT, 'samples', 'song-2565-report.txt'), '-o', imported)).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(imported);
    const sheet = workbook.getWorksheet('ตั้งค่า')!;
    sheet.eachRow((row) => { if (row.getCell(3).value === 'fiscalYear') row.getCell(2).value = ''; });
    const measures = workbook.getWorksheet('มาตรการ')!;
    measures.spliceRows(1, 0, ['รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖']);
    await workbook.xlsx.writeFile(imported);
    const json = JSON.parse((await cli('check', imported, '--json')).stdout);
    expect(json.notices).toEqual([{ code: 'READ_FROM_TITLE', message: 'อ่านจากหัวเรื่องของไฟล์: ปีงบประมาณ พ.ศ.๒๕๖๖ ถ้าไม่ถูกต้อง ให้ระบุ --fiscal-year' }]);
    const out = path.join(dir, 'song.docx');
    expect((await cli('publish', imported, '-o', out, '--force')).code).toBe(0);
    expect(await documentXml(out)).toContain('พ.ศ.๒๕๖๖');
  });
});

describe('rollover reads the title', () => {
  it('closes the year a CSV\'s title rows state and keeps its agency (abt-khokmuang-2567)', async () => {
    const next = path.join(dir, 'next.xlsx');
    const r = await cli('rollover', path.join(CORPUS, 'abt-khokmuang-2567.csv'), '-o', next);
    expect(r.stdout).toContain('เริ่มปีงบประมาณ 2568');
    expect(r.stderr).toBe('');
    const settings = (await loadTable(next)).settingsValues ?? [];
    expect(settings.find((row) => row[2] === 'agency')?.[1]).toBe('องค์การบริหารส่วนตำบลโคกม่วง อำเภอกันทรวิชัย จังหวัดมหาสารคาม');
  });

  it('says when it had to take the current year', async () => {
    const input = path.join(dir, 'bare.csv');
    fs.writeFileSync(input, 'มาตรการ,ขั้นตอนหรือวิธีการปฏิบัติ,ผลการดำเนินงาน\n1. มาตรการเผยแพร่ข้อมูล,1. ประชุมชี้แจง,1. ประชุมชี้แจงแล้ว\n');
    const r = await cli('rollover', input, '-o', path.join(dir, 'n.xlsx'));
    expect(r.stderr).toContain('หมายเหตุ: ไม่พบปีงบประมาณในชีตตั้งค่าหรือหัวเรื่องของ');
    expect((await cli('rollover', input, '-o', path.join(dir, 'm.xlsx'), '--fiscal-year', '2567')).stderr).toBe('');
  });
});
