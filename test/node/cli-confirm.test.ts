/** The command line on a workbook downloaded from the add-on with its confirmations and synonyms sheets. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CONFIRMATIONS_HEADER, SYNONYMS_HEADER, tableToGrid } from '../../src/core';
import { runCli } from '../../src/node/cli';
import { sampleTable } from '../helpers/sample';
import { PreviewApi } from '../../src/node/preview/api';
import { loadWorkbook } from '../../src/node/preview/workbook';

const ROOT = path.join(__dirname, '..', '..');
const M2_STEP3 = 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด';
const M2_RESULT2 = 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณเป็นไปตามแผนการใช้จ่ายงบประมาณ ประจำปี พ.ศ.๒๕๖๕ และมีการจัดซื้อจัดจ้างตามแผนการจัดซื้อจัดจ้าง';
const AT = '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-confirm-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { out: { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, sampleDir: path.join(ROOT, 'samples') });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The sample as the add-on's sheets hold it, plus one confirmation that applies and one gone stale. */
async function downloadedWorkbook(): Promise<string> {
  const file = path.join(dir, 'song-2565.xlsx');
  const wb = new ExcelJS.Workbook();
  const measures = wb.addWorksheet('มาตรการ');
  tableToGrid(sampleTable()).forEach((row) => measures.addRow(row));
  const confirmations = wb.addWorksheet('การยืนยันผลตรวจ');
  confirmations.addRow(CONFIRMATIONS_HEADER);
  confirmations.addRow([2, 3, 2, 'รายงานแล้ว', '', 'somchai@song.go.th', AT, M2_STEP3, M2_RESULT2]);
  confirmations.addRow([7, 1, '', 'ยังไม่ได้ทำ', 'งดจัดรณรงค์', 'somsri@song.go.th', AT, 'ข้อความเดิมก่อนแก้ไข', '']);
  const synonyms = wb.addWorksheet('คำพ้องความหมาย');
  synonyms.addRow(SYNONYMS_HEADER);
  synonyms.addRow(['ติดตั้ง', 'มี']);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('check on a workbook with confirmations', () => {
  it('prints the confirmed finding and the stale confirmation as info lines; no errors left', async () => {
    const file = await downloadedWorkbook();
    const r = await cli('check', file);
    expect(r.code).toBe(0);
    // The command line cannot verify who typed a row: it applies them and says so once.
    expect(r.stdout).toContain('10 มาตรการ — ข้อผิดพลาด 0 คำเตือน 1 ข้อมูล/ยืนยันแล้ว 3');
    expect(r.stdout).toMatch(/^ข้อมูล\s+CONFIRMATION_UNVERIFIED\s+-\s+อ่านการยืนยัน ๒ แถวจากชีต การยืนยันผลตรวจ ตามที่เขียนไว้ ตรวจไม่ได้ว่าใครยืนยันจริง/m);
    const lines = r.stdout.split('\n');
    const confirmed = lines.find((l) => l.includes('UNMATCHED_STEP'));
    expect(confirmed).toMatch(/^ข้อมูล\s+UNMATCHED_STEP\s+B3\s+มาตรการที่ ๒/);
    expect(confirmed).toContain(`somchai@song.go.th ยืนยันเมื่อ ${AT} ว่ารายงานแล้วในผลข้อที่ ๒`);
    const stale = lines.find((l) => l.includes('CONFIRMATION_STALE'));
    expect(stale).toMatch(/^ข้อมูล\s+CONFIRMATION_STALE\s+การยืนยันผลตรวจ!A3/);
    expect(stale).toContain('ข้อความขั้นตอนเปลี่ยนไปหลังยืนยัน');
    // Info lines come last.
    expect(lines.findIndex((l) => l.startsWith('ข้อมูล'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('คำเตือน')));
  });

  it('--json findings carry code, severity and confirmedBy where confirmed', async () => {
    const file = await downloadedWorkbook();
    const json = JSON.parse((await cli('check', file, '--json', '--lang', 'en')).stdout);
    expect([json.errors, json.warnings, json.infos]).toEqual([0, 1, 3]);
    const confirmed = json.findings.find((f: { code: string }) => f.code === 'UNMATCHED_STEP');
    expect(confirmed).toEqual({
      severity: 'info', code: 'UNMATCHED_STEP', measure: 2, item: 3, position: { measure: 2, step: 3 }, cell: 'B3',
      message: expect.stringContaining('that result 2 reports it'),
      confirmedBy: { by: 'somchai@song.go.th', at: AT, verdict: 'reported', result: 2, reason: '' },
    });
    const weak = json.findings.filter((f: { code: string }) => f.code === 'WEAK_MATCH');
    expect(weak.map((f: { severity: string; confirmedBy?: unknown }) => [f.severity, f.confirmedBy])).toEqual([['warning', undefined]]);
    expect(json.findings.find((f: { code: string }) => f.code === 'CONFIRMATION_STALE')).toMatchObject({ severity: 'info', sheet: 'การยืนยันผลตรวจ', cell: 'A3' });
  });

  it('--explain keeps the matcher\'s verdict and adds the coordinator\'s word', async () => {
    const r = await cli('check', await downloadedWorkbook(), '--explain');
    expect(r.stdout).toMatch(/✗ ขั้นตอนที่ ๓: .* — somchai@song\.go\.th ยืนยันว่ารายงานแล้วในผลข้อที่ ๒$/m);
  });

  it('--lang en names the severity info', async () => {
    const r = await cli('check', await downloadedWorkbook(), '--lang', 'en');
    expect(r.stdout).toContain('0 error(s), 1 warning(s), 3 info line(s): notes and confirmations');
    expect(r.stdout).toMatch(/^info\s+UNMATCHED_STEP/m);
  });

  it('publish needs no --force once the error is confirmed', async () => {
    const report = path.join(dir, 'report.docx');
    const r = await cli('publish', await downloadedWorkbook(), '-o', report);
    expect(r.code).toBe(0);
    expect(fs.existsSync(report)).toBe(true);
  });

  it('without the confirmations sheet the same table still has its error', async () => {
    const file = path.join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    const measures = wb.addWorksheet('มาตรการ');
    tableToGrid(sampleTable()).forEach((row) => measures.addRow(row));
    await wb.xlsx.writeFile(file);
    expect((await cli('check', file)).code).toBe(1);
  });
});

describe('check on a workbook whose step numbers repeat', () => {
  const STEPS = '1) จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบล\n2) ปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม\n2) ตรวจสอบบัญชีพัสดุประจำปีโดยคณะกรรมการภายนอก';
  const RESULTS = '1) จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบลแล้ว เผยแพร่บนเว็บไซต์\n2) จัดปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม จำนวน 6 คน';

  /** The third step (mistyped `2)`) unreported; one row holds the second step's text, one the third's with a result since edited. */
  async function workbook(): Promise<string> {
    const file = path.join(dir, 'tambon.xlsx');
    const wb = new ExcelJS.Workbook();
    const measures = wb.addWorksheet('มาตรการ');
    measures.addRow(['ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ']);
    measures.addRow([1, 'มาตรการส่งเสริมการปฏิบัติหน้าที่ตามประมวลจริยธรรม', STEPS, RESULTS, '']);
    const confirmations = wb.addWorksheet('การยืนยันผลตรวจ');
    confirmations.addRow(CONFIRMATIONS_HEADER);
    confirmations.addRow([1, 2, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้แต่งตั้งคณะกรรมการ', 'a@tambon.go.th', AT, 'ปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม', '']);
    confirmations.addRow([1, 2, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้แต่งตั้งคณะกรรมการ', 'a@tambon.go.th', AT, 'ตรวจสอบบัญชีพัสดุประจำปีโดยคณะกรรมการภายนอก', '']);
    confirmations.addRow([1, 2, 2, 'รายงานแล้ว', '', 'b@tambon.go.th', AT, 'ตรวจสอบบัญชีพัสดุประจำปีโดยคณะกรรมการภายนอก', 'จัดปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม จำนวน 5 คน']);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('keeps the third step\'s error (exit 1), naming its position, and reports the latest row as stale', async () => {
    const r = await cli('check', await workbook(), '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.errors).toBe(1);
    expect(json.findings.find((f: { code: string }) => f.code === 'UNMATCHED_STEP')).toMatchObject({ severity: 'error', measure: 1, item: 2, position: { measure: 1, step: 3 } });
    expect(json.findings.filter((f: { code: string }) => f.code === 'CONFIRMATION_STALE').map((f: { cell: string }) => f.cell)).toEqual(['A4']);
    expect(json.findings.some((f: { confirmedBy?: unknown }) => f.confirmedBy)).toBe(false);
  });

  it('publish refuses without --force', async () => {
    expect((await cli('publish', await workbook(), '-o', path.join(dir, 'report.docx'))).code).toBe(1);
  });
});

describe('agency sheets hidden in the workbook', () => {
  /** The sample with a very hidden synonyms sheet equating the unreported step with a result phrase, and a hidden confirmations sheet. */
  async function hiddenSheets(): Promise<string> {
    const file = path.join(dir, 'hidden.xlsx');
    const wb = new ExcelJS.Workbook();
    const measures = wb.addWorksheet('มาตรการ');
    tableToGrid(sampleTable()).forEach((row) => measures.addRow(row));
    const synonyms = wb.addWorksheet('คำพ้องความหมาย', { state: 'veryHidden' });
    synonyms.addRow(SYNONYMS_HEADER);
    synonyms.addRow([M2_STEP3, 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณ']);
    const confirmations = wb.addWorksheet('การยืนยันผลตรวจ', { state: 'hidden' });
    confirmations.addRow(CONFIRMATIONS_HEADER);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('names each hidden sheet and the too-long synonym cell; the error stays and publish still needs --force', async () => {
    const file = await hiddenSheets();
    const json = JSON.parse((await cli('check', file, '--json')).stdout);
    expect(json.errors).toBe(1);
    const named = json.findings.filter((f: { code: string }) => ['AGENCY_SHEET_HIDDEN', 'SYNONYM_SKIPPED'].includes(f.code));
    expect(named.map((f: { code: string; cell?: string }) => [f.code, f.cell ?? null])).toEqual([
      ['AGENCY_SHEET_HIDDEN', null], ['AGENCY_SHEET_HIDDEN', null], ['SYNONYM_SKIPPED', 'A2'],
    ]);
    expect(named[0].message).toMatch(/^ชีต “การยืนยันผลตรวจ” ถูกซ่อนไว้ แต่ยังใช้ในการตรวจ/);
    expect(named[1].message).toMatch(/^ชีต “คำพ้องความหมาย” ถูกซ่อนไว้ แต่ยังใช้ในการตรวจ/);
    expect(named[2].message).toContain(`ชีต คำพ้องความหมาย เซลล์ A2: “${M2_STEP3}” ยาวเกิน 40 ตัวอักษร`);
    expect((await cli('publish', file, '-o', path.join(dir, 'report.docx'))).code).toBe(1);
  });

  it('the preview names them too', async () => {
    const api = new PreviewApi({ workbook: await loadWorkbook(await hiddenSheets()), outDir: path.join(dir, 'preview-out'), pdf: false });
    const hidden = (await api.validate()).findings.filter((f) => f.code === 'AGENCY_SHEET_HIDDEN');
    expect(hidden.map((f) => /^ชีต “([^”]+)” ถูกซ่อนไว้/.exec(f.message)?.[1])).toEqual(['การยืนยันผลตรวจ', 'คำพ้องความหมาย']);
  });
});
