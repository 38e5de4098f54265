/**
 * The import dialog and publish with text as the clipboard gives it: a PDF copy wrapping a cell,
 * one cell per line, signers set with tabs, Thai in a legacy font's Private Use Area forms. Nothing
 * is silently dropped, cut or invented, and Google (which strips Private Use Area characters from
 * inserted text) gets standard Thai.
 */
import { type TableSnapshot } from '../fakes';
import { MEASURES, fillSettings, load, thrownMessage } from './harness';

const TITLE = 'รายงานผลการดำเนินงาน\nเทศบาลตำบลทดสอบ\nประจำปีงบประมาณ พ.ศ. 2567\n\n';
const HEADER = 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';

describe('import of pasted report text', () => {
  test('a result wrapped onto its own line (a PDF copy) is imported whole, and the message names the line', () => {
    const { env, addon } = load();
    const r = addon.importReportText(`${TITLE}ที่\tมาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน
1\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศเผยแพร่ข้อมูล 2. เผยแพร่ประกาศทางเว็บไซต์\t1. ลงนามประกาศเมื่อ 1 ธันวาคม 2566 2. เผยแพร่ทางเว็บไซต์แล้ว แต่ยังไม่ได้
ติดประกาศที่บอร์ดหน้าสำนักงาน เนื่องจากบอร์ดชำรุด
2\tมาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว
`);
    expect(r.measures).toBe(2);
    expect(r.message).toContain('บรรทัด 7');
    const grid = env.spreadsheet.sheetData(MEASURES).grid();
    expect(String(grid[1][2]).split('\n')).toEqual(['1. ลงนามประกาศเมื่อ 1 ธันวาคม 2566', '2. เผยแพร่ทางเว็บไซต์แล้ว แต่ยังไม่ได้ติดประกาศที่บอร์ดหน้าสำนักงาน เนื่องจากบอร์ดชำรุด']);
  });

  test('one cell per line is refused naming the lines, and nothing is written', () => {
    const { env, addon } = load();
    const message = thrownMessage(() => addon.importReportText(`${TITLE}${HEADER}
1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ
1. จัดทำประกาศเผยแพร่ข้อมูล
1. ลงนามประกาศแล้ว
-
`));
    expect(message).toContain('บรรทัดที่ 6–9');
    expect(message).toContain('ยังไม่ได้เขียนอะไร');
    expect(env.spreadsheet.getSheetByName(MEASURES)).toBeNull();
  });

  test('a header with no measure row under it is refused, never `นำเข้า ๐ มาตรการ`', () => {
    const { addon } = load();
    const message = thrownMessage(() => addon.importReportText(`${TITLE}${HEADER}\n`));
    expect(message).toContain('ไม่พบแถวมาตรการใต้หัวตาราง');
  });

  test('three signers set with tabs under the table are no measures', () => {
    const { env, addon } = load();
    const r = addon.importReportText(`${TITLE}${HEADER}
1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t<p>1. จัดทำประกาศเผยแพร่ข้อมูล</p>\t<p>1. ลงนามประกาศแล้ว</p>\t-
2. มาตรการป้องกันการรับสินบน\t<p>1. ประกาศนโยบาย</p>\t<p>1. ประกาศแล้ว</p>\t-

ลงชื่อ..................ผู้รายงาน\tลงชื่อ..................ผู้ตรวจสอบ\tลงชื่อ..................ผู้รับรอง
(นางสาวก ขคง)\t(นายจ ฉช)\t(นายซ ฌญ)
นักวิเคราะห์นโยบายและแผน\tปลัดเทศบาล\tนายกเทศมนตรี
`);
    expect(r.measures).toBe(2);
    expect(env.spreadsheet.sheetData(MEASURES).grid()).toHaveLength(3);
  });
});

describe('Thai in a legacy font\'s Private Use Area forms (text copied from a PDF)', () => {
  test('the published Doc shows the tone marks: they are read as standard Thai before Google would strip them', () => {
    const { env, addon } = load();
    addon.setupSheets();
    // "ไม่" with its mai ek as U+F70A (the low form such fonts give it).
    const pua = 'ประกาศนโยบายไม\uF70Aรับของขวัญ';
    env.spreadsheet.sheetData(MEASURES).seed([
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
      ['1. มาตรการป้องกันการรับสินบน', `1. ${pua}\n2. ${pua}`, `1. ${pua}แล้ว\n2. ${pua}แล้ว`, '-'],
    ]);
    fillSettings(env, { agency: 'เทศบาลตำบลทดสอบ', fiscalYear: 2567 });
    const r = addon.publish({ force: true });
    const id = /\/d\/([^/]+)/.exec(r.docUrl ?? '')?.[1] ?? '';
    const table = env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table');
    expect(table?.rows[1].cells[1].paragraphs.map((p) => p.text)).toEqual(['๑. ประกาศนโยบายไม่รับของขวัญ', '๒. ประกาศนโยบายไม่รับของขวัญ']);
    expect(table?.rows[1].cells[2].paragraphs.map((p) => p.text)).toEqual(['๑. ประกาศนโยบายไม่รับของขวัญแล้ว', '๒. ประกาศนโยบายไม่รับของขวัญแล้ว']);
  });
});
