/**
 * What a person wrote reaches the published report as written: line breaks in free-text cells,
 * the digits of e-mails, links and IDs, the measure numbers the sheet used, and every headed column.
 */
import { buildReport, checkTable, readGrid, type ReportModel, type ReportSettings } from '../../src/core';

const HEADER = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const SETTINGS: ReportSettings = { agency: 'องค์การบริหารส่วนตำบลโคกม่วง', fiscalYear: 2567, numerals: 'thai' };

function report(grid: string[][], settings: ReportSettings = SETTINGS): ReportModel {
  return buildReport(checkTable(readGrid(grid), { fiscalYear: 2567 }), settings);
}

/** The paragraphs of a measure's cell under `header` as the report prints it. */
function cell(model: ReportModel, header: string, row = 0): string[] {
  const c = model.tableHeader.indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${model.tableHeader.join(' | ')}`);
  return model.rows[row].cells[c].map((p) => p.text);
}

describe('line breaks in problems / suggestions', () => {
  it('keeps each line of one cell a paragraph of its own', () => {
    const model = report([HEADER, ['๑. มาตรการเปิดเผยข้อมูล', '๑. จัดทำประกาศ', '๑. จัดทำประกาศแล้ว', 'ปัญหา\n- บุคลากรไม่เพียงพอ\nข้อเสนอแนะ\n- ควรเพิ่มบุคลากร']]);
    expect(cell(model, 'ปัญหา / ข้อเสนอแนะ')).toEqual(['ปัญหา', '- บุคลากรไม่เพียงพอ', 'ข้อเสนอแนะ', '- ควรเพิ่มบุคลากร']);
  });

  it('keeps the rows of a merged measure cell on lines of their own', () => {
    const model = report([
      HEADER,
      ['๑. มาตรการเปิดเผยข้อมูล', '๑. จัดทำประกาศ', '๑. จัดทำประกาศแล้ว', 'ปัญหา: งบประมาณมีจำกัด'],
      ['', '๒. เผยแพร่ประกาศ', '๒. เผยแพร่ทางเว็บไซต์แล้ว', 'ข้อเสนอแนะ: ควรของบประมาณเพิ่ม'],
    ]);
    expect(cell(model, 'ปัญหา / ข้อเสนอแนะ')).toEqual(['ปัญหา: งบประมาณมีจำกัด', 'ข้อเสนอแนะ: ควรของบประมาณเพิ่ม']);
  });

  it('prints the halves of a split column, and their continued rows, line by line', () => {
    const model = report([
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', 'ข้อเสนอแนะ'],
      ['๑. มาตรการเปิดเผยข้อมูล', '๑. จัดทำประกาศ', '๑. จัดทำประกาศแล้ว', '- บุคลากรไม่เพียงพอ\n- งบประมาณมีจำกัด', '- ควรเพิ่มบุคลากร'],
      ['', '๒. เผยแพร่ประกาศ', '๒. เผยแพร่ทางเว็บไซต์แล้ว', '- ขาดอุปกรณ์', '- ควรจัดหาอุปกรณ์'],
    ]);
    const paragraphs = model.rows[0].cells.flat().map((p) => p.text);
    for (const line of ['- บุคลากรไม่เพียงพอ', '- งบประมาณมีจำกัด', '- ขาดอุปกรณ์', '- ควรจัดหาอุปกรณ์']) {
      expect(paragraphs.some((p) => p.endsWith(line))).toBe(true);
    }
    expect(paragraphs.some((p) => p.includes('บุคลากรไม่เพียงพอ - งบประมาณ') || p.includes('บุคลากร ข้อเสนอแนะ'))).toBe(false);
  });
});
