/**
 * The command line's import and publish of report text as the clipboard gives it: a cell wrapped onto
 * its own line is imported whole, one cell per line is refused (import and publish, --force or not),
 * and a header with no measure under it is no import.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { useTempDir } from './helpers/tempDir';

const TITLE = 'รายงานผลการดำเนินงาน\nเทศบาลตำบลทดสอบ\nประจำปีงบประมาณ พ.ศ. 2567\n\n';
const HEADER = 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
const ONE_CELL_PER_LINE = `${TITLE}${HEADER}
1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ
1. จัดทำประกาศเผยแพร่ข้อมูล
1. ลงนามประกาศแล้ว
-
`;

describe('import and publish of pasted report text', () => {
  const tmp = useTempDir();

  it('a result wrapped onto its own line is imported whole, and the wrapped line is named', async () => {
    const report = tmp.file('wrap.txt');
    fs.writeFileSync(report, `${TITLE}ที่\tมาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน
1\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศเผยแพร่ข้อมูล\t1. ลงนามประกาศแล้ว 2. เผยแพร่ทางเว็บไซต์แล้ว แต่ยังไม่ได้
ติดประกาศที่บอร์ดหน้าสำนักงาน เนื่องจากบอร์ดชำรุด
2\tมาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว
`);
    const out = tmp.file('sheet.xlsx');
    const run = await cli('import', report, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('นำเข้า 2 มาตรการ');
    expect(run.stdout).toContain('บรรทัดที่ 7');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.worksheets[0].getCell('C2').value).split('\n')).toEqual([
      '1. ลงนามประกาศแล้ว', '2. เผยแพร่ทางเว็บไซต์แล้ว แต่ยังไม่ได้ติดประกาศที่บอร์ดหน้าสำนักงาน เนื่องจากบอร์ดชำรุด',
    ]);
  });

  it('one cell per line: import refuses naming the lines and writes nothing', async () => {
    const report = tmp.file('percell.txt');
    fs.writeFileSync(report, ONE_CELL_PER_LINE);
    const out = tmp.file('sheet.xlsx');
    const run = await cli('import', report, '-o', out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('บรรทัดที่ 6–9');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('one cell per line: publish refuses too, even with --force', async () => {
    const report = tmp.file('percell.txt');
    fs.writeFileSync(report, ONE_CELL_PER_LINE);
    const out = tmp.file('report.docx');
    const run = await cli('publish', report, '-o', out, '--force');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('บรรทัดที่ 6–9');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a header with no measure row under it: no import', async () => {
    const report = tmp.file('empty.txt');
    fs.writeFileSync(report, `${TITLE}${HEADER}\n`);
    const out = tmp.file('sheet.csv');
    const run = await cli('import', report, '-o', out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('ไม่พบแถวมาตรการ');
    expect(fs.existsSync(out)).toBe(false);
  });
});
