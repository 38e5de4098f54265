/** `fill` on a file holding the add-on's earlier suggestion: refreshed in the copy, a person's text kept, the input untouched; `--edition plan` fills nothing. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { yearGrid } from '../helpers/yearSample';
import { fillXlsxParts } from '../../src/node/xlsxParts';
import { readXlsxGrid } from '../../src/node/xlsx';

const EMPTY_3 = 'ยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ หน่วยงานควรรายงานผลการดำเนินงานให้ครบทั้ง ๓ ขั้นตอน';
const TRAINING_6 = 'หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการพัฒนาการดำเนินงานและการให้บริการประชาชนให้แก่พนักงานและเจ้าหน้าที่';
const TYPED_5 = 'ประชาชนเข้าร่วมน้อยกว่าเป้าหมาย ควรเพิ่มช่องทางออนไลน์';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-refresh-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The year workbook after a six-month fill: measure 6's cell says its results are missing, measure 5's holds a person's text, the rest are the sample's. */
async function yearWorkbook(file: string): Promise<void> {
  const grid = yearGrid();
  grid[6][9] = `${EMPTY_3} ${TRAINING_6}`;
  grid[5][9] = TYPED_5;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('มาตรการ');
  grid.forEach((row) => ws.addRow(row));
  await wb.xlsx.writeFile(file);
}

async function cellsOf(file: string, a1s: string[]): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('มาตรการ')!;
  return a1s.map((a1) => ws.getCell(a1).value);
}

describe('fill refreshes the add-on\'s earlier suggestion', () => {
  it('xlsx: the stale "not yet reported" is replaced in the copy, a person\'s text is kept, the input is untouched', async () => {
    const input = path.join(dir, 'year.xlsx');
    await yearWorkbook(input);
    const before = fs.readFileSync(input);
    const output = path.join(dir, 'filled.xlsx');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(r.stdout).toContain(`ปรับ J7: ${TRAINING_6}`);
    expect(r.stdout).toContain('ปรับข้อเสนอแนะที่ระบบเติมไว้เดิม 1 ช่องให้ตรงกับผลล่าสุด');
    expect(r.stdout).toContain('เติมข้อเสนอแนะ 0 ช่อง');
    expect(await cellsOf(output, ['J7', 'J6'])).toEqual([TRAINING_6, TYPED_5]);
    // Every other cell of the measures sheet reads as it did: J7 (row 7, column J) is the one change.
    const [was, now] = [(await readXlsxGrid(input)).grid, (await readXlsxGrid(output)).grid];
    expect(now.length).toBe(was.length);
    const changed = now.flatMap((row, r) => row.flatMap((cell, c) => (cell === (was[r]?.[c] ?? '') ? [] : [[r, c]])));
    expect(changed).toEqual([[6, 9]]);
    // Filled again: nothing left to change.
    const again = await cli('fill', output, '-o', path.join(dir, 'again.xlsx'), '--lang', 'en');
    expect(again.stdout).not.toContain('updated');
    expect(again.stdout).toContain('Filled 0 cell(s)');
  });

  it('--edition plan fills nothing and says why, Thai or English', async () => {
    const input = path.join(dir, 'year.xlsx');
    await yearWorkbook(input);
    const output = path.join(dir, 'plan.xlsx');
    const r = await cli('fill', input, '-o', output, '--edition', 'plan', '--fiscal-year', '2565');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ฉบับแผนไม่เติมข้อเสนอแนะ');
    expect(await cellsOf(output, ['J7'])).toEqual([`${EMPTY_3} ${TRAINING_6}`]);
    const en = await cli('fill', input, '-o', path.join(dir, 'plan-en.xlsx'), '--edition', 'plan', '--fiscal-year', '2565', '--lang', 'en');
    expect(en.stdout).toContain('The plan edition fills no suggestions');
  });
});

describe('the workbook writer\'s re-check', () => {
  it('replaces a cell only while it holds exactly the earlier text planned over; one changed meanwhile is skipped', async () => {
    const file = path.join(dir, 'two.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มาตรการ');
    ws.addRow(['มาตรการ', 'ปัญหา / ข้อเสนอแนะ']);
    ws.addRow(['๖. มาตรการพัฒนาการดำเนินงานและการให้บริการประชาชน', `${EMPTY_3} ${TRAINING_6}`]);
    ws.addRow(['๗. มาตรการให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อน', `${EMPTY_3} (กองคลังส่งผลแล้ว)`]);
    await wb.xlsx.writeFile(file);
    const replaces = `${EMPTY_3} ${TRAINING_6}`;
    const out = await fillXlsxParts(fs.readFileSync(file), 'มาตรการ', [
      { row: 1, column: 1, text: TRAINING_6, replaces },
      { row: 2, column: 1, text: TRAINING_6, replaces },
    ], file);
    expect(out.written).toEqual(['B2']);
    expect(out.skipped).toEqual([expect.objectContaining({ cell: 'B3', messageTh: expect.stringContaining('มีข้อมูลอยู่แล้ว') })]);
    const copy = path.join(dir, 'copy.xlsx');
    fs.writeFileSync(copy, out.bytes);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(copy);
    const sheet = read.getWorksheet('มาตรการ')!;
    expect([sheet.getCell('B2').value, sheet.getCell('B3').value]).toEqual([TRAINING_6, `${EMPTY_3} (กองคลังส่งผลแล้ว)`]);
  });
});
