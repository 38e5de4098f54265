/**
 * What a person wrote reaches the published report as written: line breaks in free-text cells,
 * the digits of e-mails, links and IDs, the measure numbers the sheet used, and every headed column.
 */
import { buildReport, checkTable, parseReportText, readGrid, type ReportModel, type ReportSettings } from '../../src/core';
import { sampleText } from '../helpers/sample';
import { loadReport } from '../corpus/corpus';

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

describe('digits in a Thai-numeral report', () => {
  const wording = [
    'ส่งหนังสือทาง saraban.tambon2@gmail.com และไลน์ @ab12cd',
    'เผยแพร่ที่ khokmuang.go.th/ita2567 ตามตัวชี้วัด O12',
    'ดูที่ https://www.khokmuang.go.th/ข่าว/2567 ครบ 100% เมื่อ 12/10/2566',
  ].join('\n');
  const grid = [HEADER, ['๑. มาตรการเปิดเผยข้อมูล', '๑. จัดทำประกาศ', '๑. จัดทำประกาศแล้ว', wording]];

  it('keeps e-mails, @-handles, domains, paths, codes and links as written; numbers in Thai numerals', () => {
    expect(cell(report(grid), 'ปัญหา / ข้อเสนอแนะ')).toEqual([
      'ส่งหนังสือทาง saraban.tambon2@gmail.com และไลน์ @ab12cd',
      'เผยแพร่ที่ khokmuang.go.th/ita2567 ตามตัวชี้วัด O12',
      'ดูที่ https://www.khokmuang.go.th/ข่าว/2567 ครบ ๑๐๐% เมื่อ ๑๒/๑๐/๒๕๖๖',
    ]);
  });

  it('leaves every digit alone in an Arabic-numeral report', () => {
    expect(cell(report(grid, { ...SETTINGS, numerals: 'arabic' }), 'ปัญหา / ข้อเสนอแนะ')).toEqual(wording.split('\n'));
  });
});

describe('measure numbers as the sheet wrote them', () => {
  it('prints Thai measure numbers of a sheet whose items are numbered 1, 2 (tbt-nongyaplong-2568)', async () => {
    const { table } = await loadReport('tbt-nongyaplong-2568', 'tune');
    const model = buildReport(checkTable(table), { agency: 'เทศบาลตำบลหนองหญ้าปล้อง', fiscalYear: 2568, numerals: table.numerals });
    const titles = model.rows.map((r) => r.cells[model.columns.indexOf('measure')][0].text);
    expect(titles.length).toBeGreaterThan(1);
    titles.forEach((t, i) => expect(t.startsWith(`${'๐๑๒๓๔๕๖๗๘๙'[i + 1]}. `)).toBe(true));
  });

  it('in a Thai-numeral report, measure numbers written 1, 2 turn Thai like every other digit of its text', () => {
    const model = report([
      HEADER,
      ['1. มาตรการเปิดเผยข้อมูล', '๑. จัดทำประกาศ\n๒. เผยแพร่ประกาศ', '๑. จัดทำประกาศแล้ว\n๒. เผยแพร่แล้ว', ''],
      ['2. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบาย No Gift Policy', '๑. ประกาศนโยบายแล้ว เมื่อวันที่ ๑ ต.ค. ๒๕๖๖', ''],
    ]);
    expect(model.rows.map((r) => r.cells[0][0].text)).toEqual(['๑. มาตรการเปิดเผยข้อมูล', '๒. มาตรการป้องกันการรับสินบน']);
  });

  it('keeps a sub-numbered title 1.1 whole, without a repeated-number warning', () => {
    const grid = [
      HEADER,
      ['1.1 มาตรการเปิดเผยข้อมูล', '1. จัดทำประกาศ', '1. จัดทำประกาศแล้ว', ''],
      ['1.2 มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย', '1. ประกาศนโยบายแล้ว', ''],
    ];
    const result = checkTable(readGrid(grid), { fiscalYear: 2567 });
    expect(result.findings.map((f) => f.code)).not.toContain('MEASURE_NUMBER_REPEAT');
    const model = buildReport(result, { ...SETTINGS, numerals: 'arabic' });
    expect(model.rows.map((r) => r.cells[0][0].text)).toEqual(['1.1 มาตรการเปิดเผยข้อมูล', '1.2 มาตรการป้องกันการรับสินบน']);
  });
});

describe('headed columns the report does not know', () => {
  const grid = [
    ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'หน่วยปฏิบัติ', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', 'หมายเหตุ'],
    ['๑. มาตรการป้องกันน้ำท่วม', '๑. ขุดลอกคลอง\n๒. ตรวจสถานีสูบน้ำ', 'ฝ่ายก่อสร้างและบำรุงรักษาคลอง / งานพัสดุ', 'ผู้อำนวยการสำนักการระบายน้ำ', '๑. ขุดลอกคลองแล้ว\n๒. ตรวจแล้ว', '', 'คำสั่ง สนน. ที่ 112/2567\nลงวันที่ ๑ ต.ค. ๒๕๖๖'],
    ['๒. มาตรการเปิดเผยข้อมูล', '๑. ประกาศทางเว็บไซต์', 'ศูนย์ควบคุมระบบระบายน้ำ', 'ฝ่ายบริหารงานทั่วไป', '๑. ประกาศแล้ว', '', ''],
  ];

  it('prints each after the known columns, under the header the sheet gave it, line by line', () => {
    const model = report(grid);
    expect(model.tableHeader).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หน่วยปฏิบัติ', 'หมายเหตุ']);
    expect(model.columns.slice(-2)).toEqual(['other:0', 'other:1']);
    expect(cell(model, 'หน่วยปฏิบัติ')).toEqual(['ฝ่ายก่อสร้างและบำรุงรักษาคลอง / งานพัสดุ']);
    expect(cell(model, 'หน่วยปฏิบัติ', 1)).toEqual(['ศูนย์ควบคุมระบบระบายน้ำ']);
    expect(cell(model, 'หมายเหตุ')).toEqual(['คำสั่ง สนน. ที่ ๑๑๒/๒๕๖๗', 'ลงวันที่ ๑ ต.ค. ๒๕๖๖']);
    expect(cell(model, 'หมายเหตุ', 1)).toEqual([]);
    expect(model.rows.every((r) => r.cells.length === model.tableHeader.length)).toBe(true);
  });

  it('keeps the table within the page: widths sum to the table width, none below a readable floor', () => {
    const model = report(grid);
    expect(model.columnWidths).toHaveLength(7);
    expect(model.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // Seven Thai letters at the table size and the cell margins, as a share of the 728 pt table.
    const floor = (7 * 0.55 * model.tableFontPt + 2 * 5.4) / (841.89 - 2 * 56.69);
    expect(Math.min(...model.columnWidths)).toBeGreaterThanOrEqual(floor - 1e-9);
  });

  it('prints the หมายเหตุ of a corpus report (nbt-khonkaen-2567)', async () => {
    const { table } = await loadReport('nbt-khonkaen-2567', 'tune');
    const model = buildReport(checkTable(table), { agency: 'สถานีวิทยุโทรทัศน์แห่งประเทศไทย จังหวัดขอนแก่น', fiscalYear: 2567, numerals: table.numerals });
    expect(model.tableHeader[model.tableHeader.length - 1]).toBe('หมายเหตุ');
    expect(model.rows.slice(0, 2).map((r) => r.cells[r.cells.length - 1].map((p) => p.text))).toEqual([['ฝ่ายรายการ'], ['ฝ่ายข่าว']]);
  });
});

describe('the introduction of a report text', () => {
  it('is the text\'s own when the edition published is the one its title names, six-month included', () => {
    const sample = sampleText().replace('ประจำปีงบประมาณ พ.ศ.๒๕๖๕', 'รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    const table = parseReportText(sample);
    expect(table.preamble?.edition).toBe('half-year');
    const own = table.preamble?.introduction ?? [];
    expect(own[0]).toMatch(/^ตามที่ เทศบาลตำบลสอง/);
    const settings: ReportSettings = { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, numerals: 'thai' };
    const half = buildReport(checkTable(table), { ...settings, edition: 'half-year' });
    expect(half.introduction.map((p) => p.text)).toEqual(own);
    // Published as another edition, the text's words would name the wrong round: the edition's own introduction.
    const annual = buildReport(checkTable(table), { ...settings, edition: 'annual' });
    expect(annual.introduction.map((p) => p.text)).not.toEqual(own);
  });
});
