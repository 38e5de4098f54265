/**
 * Report text as the clipboard gives it when the copy is not a clean one-row-per-line table: a PDF
 * copy that wraps a cell onto a line of its own, a Word paste with each paragraph of a cell on a line,
 * one cell per line, signature blocks set with tabs, a second table under the measures, a row cut by a
 * page break marked `(ต่อ)`. Nothing is dropped, cut or invented: each line is read into its cell, the
 * signer's lines stay out, and what cannot be placed is refused naming the line.
 */
import { assertEveryRowPlaced, assertImportable, fillReportText, parseReportText, tableToGrid, withStandardThai, normalizeText, type MeasureTable, type SuggestionFill } from '../../src/core';
import { refusal } from '../helpers/refusal';
import { measureEssence, sampleText } from '../helpers/sample';

const TITLE = ['รายงานผลการดำเนินงาน', 'เทศบาลตำบลทดสอบ', 'ประจำปีงบประมาณ พ.ศ. 2567', ''];
const HEADER = 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
const ROW_1 = '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t<p>1. จัดทำประกาศเผยแพร่ข้อมูล</p>\t<p>1. ลงนามประกาศแล้ว</p>\t-';
const ROW_2 = '2. มาตรการป้องกันการรับสินบน\t<p>1. ประกาศนโยบาย</p>\t<p>1. ประกาศแล้ว</p>\t-';

const report = (...lines: string[]) => [...TITLE, ...lines].join('\n');
const titles = (table: MeasureTable) => table.measures.map((m) => `${m.number}. ${m.title}`);
const codes = (table: MeasureTable) => table.findings.map((f) => f.code);

describe('a line without tabs inside the table', () => {
  it('a PDF copy wrapping a result onto its own line: read as the rest of that result, named in an info line', () => {
    const table = parseReportText(report(
      'ที่\tมาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน',
      '1\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศเผยแพร่ข้อมูล 2. เผยแพร่ประกาศทางเว็บไซต์\t1. ลงนามประกาศเมื่อ 1 ธันวาคม 2566 2. เผยแพร่ทางเว็บไซต์แล้ว แต่ยังไม่ได้',
      'ติดประกาศที่บอร์ดหน้าสำนักงาน เนื่องจากบอร์ดชำรุด',
      '2\tมาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว',
    ));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
    expect(table.measures[0].results[1].text).toBe('เผยแพร่ทางเว็บไซต์แล้ว แต่ยังไม่ได้ติดประกาศที่บอร์ดหน้าสำนักงาน เนื่องจากบอร์ดชำรุด');
    const wrapped = table.findings.find((f) => f.code === 'WRAPPED_LINE');
    expect(wrapped).toMatchObject({ severity: 'info', line: 7 });
    expect(wrapped?.message).toContain('บรรทัดที่ 7');
    expect(wrapped?.message).toContain('คอลัมน์ที่ 4 ของแถวบรรทัดที่ 6');
    expect(wrapped?.messageEn).toContain('column 4 of the row on line 6');
  });

  it('a Word paste, one paragraph a line: each row joined back, steps stay steps and the suggestion keeps its second line', () => {
    const table = parseReportText(report(
      HEADER,
      '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศเผยแพร่ข้อมูล',
      '2. เผยแพร่ประกาศทางเว็บไซต์\t1. ลงนามประกาศเมื่อ 1 ธันวาคม 2566',
      '2. เผยแพร่ทางเว็บไซต์แล้ว\tควรเพิ่มช่องทางเฟซบุ๊ก',
      'เพื่อให้ประชาชนเข้าถึงได้มากขึ้น',
      '2. มาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว\t-',
    ));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
    const [first] = table.measures;
    expect(first.steps.map((s) => s.text)).toEqual(['จัดทำประกาศเผยแพร่ข้อมูล', 'เผยแพร่ประกาศทางเว็บไซต์']);
    expect(first.results.map((s) => s.text)).toEqual(['ลงนามประกาศเมื่อ 1 ธันวาคม 2566', 'เผยแพร่ทางเว็บไซต์แล้ว']);
    expect(first.suggestion).toBe('ควรเพิ่มช่องทางเฟซบุ๊ก\nเพื่อให้ประชาชนเข้าถึงได้มากขึ้น');
    expect(table.findings.filter((f) => f.code === 'WRAPPED_LINE').map((f) => f.line)).toEqual([7, 8, 9]);
    // Its suggestion cell starts on another line than its row: no one place to write a fill into.
    expect(first.refs.suggestion.line).toBeUndefined();
    expect(table.measures[1].refs.suggestion.line).toBe(10);
  });

  it('a Word paste with no line to show its layout: a line numbering on from a short row above is refused, not guessed', () => {
    const table = parseReportText(report(
      HEADER,
      '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศเผยแพร่ข้อมูล',
      '2. เผยแพร่ประกาศทางเว็บไซต์\t1. ลงนามประกาศแล้ว',
      '2. เผยแพร่ทางเว็บไซต์แล้ว\t-',
      '2. มาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว\t-',
    ));
    const unclear = table.findings.filter((f) => f.code === 'UNPLACED_LINE');
    expect(unclear.map((f) => [f.severity, f.line])).toEqual([['error', 7], ['error', 8]]);
    expect(unclear[0].message).toContain('ข้อถัดไปของคอลัมน์ที่ 2 ในแถวบรรทัดที่ 6');
    expect(refusal(() => assertEveryRowPlaced(table)).messageTh).toContain('บรรทัดที่ 7');
    // Short rows whose next line starts no next item are rows as before.
    const short = parseReportText(report(HEADER, '1. มาตรการ ก\t1. ประชุม', '3. มาตรการ ค\t1. อบรม\t1. อบรมแล้ว'));
    expect(short.measures).toHaveLength(2);
    expect(short.findings.map((f) => f.code)).not.toContain('UNPLACED_LINE');
  });

  it('a Word paste is never filled at a place its cell is not: a suggestion cell starting on a later line is left as written', () => {
    const text = report(
      HEADER,
      '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศเผยแพร่ข้อมูล',
      '2. เผยแพร่ประกาศทางเว็บไซต์\t1. ลงนามประกาศแล้ว',
      '2. เผยแพร่ทางเว็บไซต์แล้ว',
      '3. ติดประกาศที่บอร์ดแล้ว\t',
      '2. มาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว\t',
    );
    const table = parseReportText(text);
    expect(table.measures.map((m) => m.suggestion)).toEqual(['', '']);
    const fills: SuggestionFill[] = table.measures.map((m) => ({ measureIndex: m.index, row: -1, column: -1, text: 'ควรติดตามผลทุกไตรมาส' }));
    const filled = fillReportText(text, table, fills);
    expect(filled.written.map((f) => f.measureIndex)).toEqual([2]);
    const lines = filled.text.split('\n');
    expect(table.measures[0].results.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(lines.slice(0, 9)).toEqual(text.split('\n').slice(0, 9));
    expect(lines[9]).toBe('2. มาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว\tควรติดตามผลทุกไตรมาส');
  });

  it('the bundled sample pasted from Word (each cell paragraph on its own line) reads as the sample does: ten measures', () => {
    const text = sampleText();
    const wordPaste = text.replace(/<\/p> *<p>/g, '\n').replace(/<\/?p>/g, '');
    expect(wordPaste.split('\n').length).toBeGreaterThan(text.split('\n').length);
    const table = parseReportText(wordPaste);
    expect(table.measures).toHaveLength(10);
    expect(measureEssence(table)).toEqual(measureEssence(parseReportText(text)));
  });

  it('one cell per line under a tabbed header: refused, naming the lines, never `0 measures imported`', () => {
    const table = parseReportText(report(
      HEADER,
      '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '1. จัดทำประกาศเผยแพร่ข้อมูล', '1. ลงนามประกาศแล้ว', '-',
      '2. มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบายไม่รับของขวัญ', '1. ประกาศนโยบายแล้ว', '-',
    ));
    expect(table.measures).toHaveLength(0);
    const unplaced = table.findings.find((f) => f.code === 'UNPLACED_LINE');
    expect(unplaced).toMatchObject({ severity: 'error', line: 6 });
    const error = refusal(() => assertEveryRowPlaced(table));
    expect(error.code).toBe('UNPLACED_ROWS');
    expect(error.messageTh).toContain('บรรทัดที่ 6–13');
    expect(error.messageEn).toContain('Lines 6–13');
  });

  it('a table with no measure row is no import', () => {
    const error = refusal(() => assertImportable(parseReportText(report(HEADER, ''))));
    expect(error.code).toBe('NO_MEASURES');
    expect(error.messageTh).toContain('ไม่พบแถวมาตรการ');
  });

  it('page marks and a blank line between rows stay no cell\'s text', () => {
    const table = parseReportText(report(HEADER, ROW_1, '', '- 2 -', '', HEADER, ROW_2));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
    expect(table.measures[0].suggestion).toBe('-');
    expect(codes(table)).not.toContain('WRAPPED_LINE');
    expect(codes(table)).not.toContain('UNPLACED_LINE');
  });

  it('a PDF page\'s running header (title lines repeated where a page breaks) is named, never a result\'s text; a title line alone under a row is that cell\'s', () => {
    const rows = (...between: string[]) => parseReportText(report(
      'ที่\tมาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน',
      '1\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำแผนเผยแพร่ข้อมูล\t1. จัดทำแผนเผยแพร่ข้อมูลแล้ว',
      ...between,
      '2\tมาตรการป้องกันการรับสินบน\t1. ประกาศนโยบายไม่รับของขวัญ\t1. ประกาศนโยบายแล้ว',
    ));
    for (const page of [rows('- 2 -', 'เทศบาลตำบลทดสอบ'), rows('รายงานผลการดำเนินงาน', 'เทศบาลตำบลทดสอบ')]) {
      expect(page.measures[0].results.map((r) => r.text)).toEqual(['จัดทำแผนเผยแพร่ข้อมูลแล้ว']);
      expect(codes(page)).not.toContain('WRAPPED_LINE');
      expect(page.findings.find((f) => f.code === 'NOTE_ROW' && /เทศบาลตำบลทดสอบ/.test(f.message))).toMatchObject({ severity: 'info' });
    }
    // The year line of the title ending a wrapped result, with no page break around it: the result's.
    const wrapped = rows('ประจำปีงบประมาณ พ.ศ. 2567');
    expect(wrapped.measures[0].results.map((r) => r.text)).toEqual(['จัดทำแผนเผยแพร่ข้อมูลแล้วประจำปีงบประมาณ พ.ศ. 2567']);
    expect(codes(wrapped)).toContain('WRAPPED_LINE');
  });
});

describe('signature blocks set with tabs', () => {
  it('a signer indented with tabs, then a position and a date line: the signature\'s, not a result', () => {
    const table = parseReportText(report(
      HEADER, ROW_1,
      '2. มาตรการป้องกันการรับสินบน\t<p>1. ประกาศนโยบายไม่รับของขวัญ</p>\t<p>1. ประกาศนโยบายแล้ว</p>\t',
      '',
      '\t\tลงชื่อ.............................ผู้รายงาน',
      '\t\t(นางสาวสมศรี ใจดี)',
      '\t\tนักวิเคราะห์นโยบายและแผนชำนาญการ',
      '\t\tวันที่ 30 กันยายน 2567',
    ));
    expect(table.measures).toHaveLength(2);
    expect(table.measures[1].results.map((r) => r.text)).toEqual(['ประกาศนโยบายแล้ว']);
    expect(codes(table)).not.toContain('PAGE_BREAK_JOIN');
  });

  it('three signers side by side, their names and positions: no measure', () => {
    const table = parseReportText(report(
      HEADER, ROW_1, ROW_2, '',
      'ลงชื่อ..................ผู้รายงาน\tลงชื่อ..................ผู้ตรวจสอบ\tลงชื่อ..................ผู้รับรอง',
      '(นางสาวก ขคง)\t(นายจ ฉช)\t(นายซ ฌญ)',
      'นักวิเคราะห์นโยบายและแผน\tปลัดเทศบาล\tนายกเทศมนตรี',
    ));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
  });

  it('two signers: their positions are no measure with empty results', () => {
    const table = parseReportText(report(
      HEADER, ROW_1, ROW_2, '',
      'ลงชื่อ..................ผู้รายงาน\tลงชื่อ..................ผู้รับรอง',
      '(นางสาวก ขคง)\t(นายซ ฌญ)',
      'นักวิเคราะห์นโยบายและแผนชำนาญการ\tนายกเทศมนตรีตำบลทดสอบ',
    ));
    expect(table.measures).toHaveLength(2);
  });

  it('a continuation row that is a step, not a signer\'s line, still continues its measure', () => {
    const table = parseReportText(report(HEADER, ROW_1, '\t<p>2. เผยแพร่ประกาศทางเว็บไซต์</p>\t<p>2. เผยแพร่แล้ว</p>\t'));
    expect(table.measures[0].steps.map((s) => s.text)).toEqual(['จัดทำประกาศเผยแพร่ข้อมูล', 'เผยแพร่ประกาศทางเว็บไซต์']);
  });
});

describe('a second table under the measures', () => {
  it('a summary table with its own header ends the table; its rows are named, never measures', () => {
    const table = parseReportText(report(
      'ที่\tมาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ',
      '1\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t<p>1. จัดทำประกาศเผยแพร่ข้อมูล</p>\t<p>1. ลงนามประกาศแล้ว</p>\t-',
      '2\tมาตรการป้องกันการรับสินบน\t<p>1. ประกาศนโยบายไม่รับของขวัญ</p>\t<p>1. ประกาศนโยบายแล้ว</p>\t-',
      '',
      'สรุปผลการดำเนินงานตามมาตรการ',
      '',
      'ที่\tมาตรการ\tจำนวนขั้นตอน\tดำเนินการแล้ว\tร้อยละ',
      '1\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t1\t1\t100',
      '2\tมาตรการป้องกันการรับสินบน\t1\t1\t100',
    ));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
    const end = table.findings.find((f) => f.code === 'TABLE_END');
    expect(end?.message).toContain('บรรทัดที่ 11');
    expect(end?.message).toContain('12–13');
  });

  it('a section with columns of its own: its header is no measure, and its rows are named', () => {
    const table = parseReportText(report(
      'ส่วนที่ ๑ มาตรการภาคบังคับ', HEADER, ROW_1, '',
      'ส่วนที่ ๒ มาตรการเพิ่มเติมของหน่วยงาน',
      'มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tผลการดำเนินการ\tปัญหาอุปสรรค',
      '2. มาตรการป้องกันการรับสินบน\t<p>1. ประกาศนโยบาย</p>\tสำนักปลัด\t<p>1. ประกาศแล้ว</p>\t-',
    ));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ']);
    const end = table.findings.find((f) => f.code === 'TABLE_END');
    expect(end?.line).toBe(11);
    expect(end?.message).toContain('หัวตารางอีกชุด');
    expect(end?.messageEn).toContain('give them the first table\'s header and column order');
  });

  it('the header repeated at a page break is still no end', () => {
    const table = parseReportText(report(HEADER, ROW_1, '', HEADER, ROW_2));
    expect(table.measures).toHaveLength(2);
    expect(codes(table)).not.toContain('TABLE_END');
  });
});

describe('a measure continued on the next page', () => {
  it('`มาตรการ… (ต่อ)` and a bare `(ต่อ)` continue the measure above, never a new one', () => {
    const table = parseReportText(report(
      HEADER,
      '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t<p>1. จัดทำประกาศเผยแพร่ข้อมูล</p><p>2. เผยแพร่ประกาศทางเว็บไซต์</p>\t<p>1. ลงนามประกาศแล้ว</p>\t-',
      '', '- 2 -', '', HEADER,
      '1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ (ต่อ)\t<p>3. ติดประกาศที่บอร์ด</p>\t<p>2. เผยแพร่ทางเว็บไซต์แล้ว</p><p>3. ติดประกาศแล้ว</p>\t',
      ROW_2,
      '', HEADER,
      '(ต่อ)\t<p>2. ติดป้าย</p>\t<p>2. ติดป้ายแล้ว</p>\t',
    ));
    expect(titles(table)).toEqual(['1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
    expect(table.measures[0].steps.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(table.measures[0].results.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(table.measures[1].steps.map((s) => s.text)).toEqual(['ประกาศนโยบาย', 'ติดป้าย']);
  });

  it('a title that only contains ต่อ (เผยแพร่ข้อมูลต่อสาธารณะ) is its own measure', () => {
    const table = parseReportText(report(HEADER, ROW_1, '3. มาตรการเผยแพร่ข้อมูลต่อ\t<p>1. ประกาศ</p>\t<p>1. ประกาศแล้ว</p>\t-'));
    expect(table.measures).toHaveLength(2);
  });
});

describe('the sheet an import writes', () => {
  it('keeps each measure number as written: `๑.` stays Thai in a table numbered mostly in Arabic digits', () => {
    const table = parseReportText(report(
      HEADER,
      '๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t<p>1. จัดทำประกาศ</p><p>2. เผยแพร่ประกาศ</p>\t<p>1. ลงนามแล้ว</p><p>2. เผยแพร่แล้ว</p>\t-',
      '2. มาตรการป้องกันการรับสินบน\t<p>1. ประกาศนโยบาย</p><p>2. ติดป้าย</p>\t<p>1. ประกาศแล้ว</p><p>2. ติดป้ายแล้ว</p>\t-',
    ));
    expect(table.numerals).toBe('arabic');
    expect(tableToGrid(table).slice(1).map((row) => row[0])).toEqual(['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '2. มาตรการป้องกันการรับสินบน']);
  });
});

describe('Thai in legacy fonts\' Private Use Area forms', () => {
  // "ไม่" with its mai ek shifted low (U+F70A), "ปี" with sara ii shifted left (U+F702), and "ญ" without its descender (U+F70F) before sara u.
  const PUA_TEXT = 'ประกาศนโยบายไม\uF70Aรับของขวัญ ป\uF702งบประมาณ หญ\uF718ิง';

  it('reads as the standard Thai characters they draw', () => {
    expect(withStandardThai('ไม\uF70A ไม\uF705 ป\uF702 \uF70F ก\uF718')).toBe('ไม่ ไม่ ปี ญ กุ');
    expect(normalizeText(PUA_TEXT)).toBe('ประกาศนโยบายไม่รับของขวัญ ปีงบประมาณ หญุิง');
    expect(withStandardThai('ประกาศแล้ว')).toBe('ประกาศแล้ว');
  });

  it('a report text copied from such a PDF reads into standard Thai, in every cell and the title', () => {
    const table = parseReportText([`รายงานผลการดำเนินงาน ป\uF702งบประมาณ 2567`, '', HEADER,
      `1. มาตรการป้องกันการรับสินบน\t<p>1. ${PUA_TEXT}</p>\t<p>1. ประกาศนโยบายไม\uF70Aรับของขวัญแล้ว</p>\t-`].join('\n'));
    expect(table.measures[0].steps[0].text).toBe('ประกาศนโยบายไม่รับของขวัญ ปีงบประมาณ หญุิง');
    expect(table.measures[0].results[0].text).toBe('ประกาศนโยบายไม่รับของขวัญแล้ว');
    expect(table.preamble?.titleLines[0]).toBe('รายงานผลการดำเนินงาน ปีงบประมาณ 2567');
    expect(JSON.stringify(table.measures)).not.toMatch(/[\uE000-\uF8FF]/);
  });
});
