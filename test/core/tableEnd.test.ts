/**
 * Where the table ends (notes and a signature block under it are never measures), and the text
 * helpers the readers and writers share (XML-forbidden characters, Excel escapes, real dates).
 */
import { checkTable, decodeExcelEscapes, dropXmlForbidden, parseIsoDay, parseReportText, planSuggestions, readGrid, tableToGrid } from '../../src/core';
import { isNoteLine } from '../../src/core/tableEnd';
import { sampleTable, sampleText } from '../helpers/sample';

/** The real sample as a sheet (header on row 1, ten measures on rows 2–11). */
function sampleGrid(): string[][] {
  return tableToGrid(sampleTable());
}

const SIGNATURE = [
  ['', '', 'ลงชื่อ ........................................ ผู้รายงาน', ''],
  ['', '', '(นางสาวสมใจ รักงาน)', ''],
  ['', '', 'ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ', ''],
];

describe('the end of the table', () => {
  it('stops at a signature block right under the last measure: no EMPTY_RESULTS, nothing planned there', () => {
    const grid = [...sampleGrid(), ...SIGNATURE];
    const plain = checkTable(readGrid(sampleGrid()));
    const result = checkTable(readGrid(grid));
    expect(result.table.measures).toHaveLength(10);
    expect(result.findings).toEqual(plain.findings);
    expect(result.table.trailing).toMatchObject({ firstRow: 11, lastRow: 13, cell: 'C12' });
    expect(result.table.trailing!.message).toContain('แถว 12–14 (เริ่มที่ C12 “ลงชื่อ');
    const filledRows = planSuggestions(result).map((f) => f.row);
    expect(filledRows.every((row) => row < 11)).toBe(true);
  });

  it('stops at the signature even when a numbered list of evidence follows it: those rows are no measures', () => {
    const evidence = [
      ['เอกสารหลักฐานประกอบ', '', '', ''],
      ['๑. ประกาศเจตนารมณ์การต่อต้านการทุจริต', '', '', ''],
      ['๒. ภาพกิจกรรมวันต่อต้านคอร์รัปชันสากล', '', '', ''],
    ];
    const result = checkTable(readGrid([...sampleGrid(), ...SIGNATURE, ...evidence]));
    expect(result.table.measures).toHaveLength(10);
    expect(result.findings).toEqual(checkTable(readGrid(sampleGrid())).findings);
    expect(result.table.trailing).toMatchObject({ firstRow: 11, lastRow: 16, cell: 'C12' });
  });

  it('stops at text after a blank separator row (a note in the measure column)', () => {
    const grid = [...sampleGrid(), ['', '', '', ''], ['ข้อมูลจากกองยุทธศาสตร์และงบประมาณ', '', '', '']];
    const table = readGrid(grid);
    expect(table.measures).toHaveLength(10);
    expect(table.trailing).toMatchObject({ firstRow: 12, cell: 'A13' });
    expect(checkTable(table).findings.some((f) => f.code === 'EMPTY_STEPS' || f.code === 'EMPTY_RESULTS')).toBe(false);
  });

  it('stops at a note (หมายเหตุ:) even without a blank row', () => {
    const grid = [...sampleGrid(), ['หมายเหตุ: ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๕', '', '', '']];
    expect(readGrid(grid).trailing?.cell).toBe('A12');
  });

  it('keeps reading across a blank row when a numbered measure follows', () => {
    const grid = sampleGrid();
    grid.splice(6, 0, ['', '', '', '']);
    const table = readGrid(grid);
    expect(table.measures).toHaveLength(10);
    expect(table.trailing).toBeUndefined();
  });

  it('reads a continuation row whose text merely starts with ลงชื่อ (no space: a word, not a signature line)', () => {
    const grid = sampleGrid();
    grid.splice(2, 0, ['', '', 'ลงชื่อเข้าร่วมอบรมครบทุกคน', '']);
    const table = readGrid(grid);
    expect(table.trailing).toBeUndefined();
    expect(table.measures[0].results.map((r) => r.text)).toContain('ลงชื่อเข้าร่วมอบรมครบทุกคน');
  });

  it.each([
    ['ลงชื่อ ....................', true],
    ['ลงชื่อ', true],
    ['(ลงชื่อ) นายสมชาย ใจดี', true],
    ['.............................. ผู้รายงาน', true],
    ['ตำแหน่ง ปลัดเทศบาล', true],
    ['หมายเหตุ', true],
    ['Note: figures as of 30 September', true],
    ['ลงชื่อเข้าร่วมอบรม', false],
    ['๑. ตำแหน่งงานว่างประกาศแล้ว', false],
    ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', false],
  ])('isNoteLine(%j) is %s', (text, expected) => {
    expect(isNoteLine(text)).toBe(expected);
  });
});

/** Rows of real sheets (ที่ | มาตรการ | ขั้นตอน | ผล | ข้อเสนอแนะ) where a row inside the table looked like its end. */
const HEADER = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const COMPLAINTS = ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์\n2. รายงานผลการจัดการเรื่องร้องเรียน', '1. เปิดช่องทางร้องเรียนออนไลน์\n2. รายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกไตรมาส', ''];
const DISCLOSURE = ['3', 'มาตรการเปิดเผยข้อมูล', '1. เผยแพร่แผนจัดซื้อจัดจ้าง', '1. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', ''];
const BRIBES = ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy\n2. ประชาสัมพันธ์นโยบายทางเว็บไซต์', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy\n2. เผยแพร่นโยบายทางเว็บไซต์แล้ว', ''];

describe('a row inside the table that looks like its end', () => {
  it('a หมายเหตุ line under a result in a continuation row stays that result\'s text', () => {
    const grid = [HEADER,
      ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', ''],
      ['', '', '2. ประชาสัมพันธ์นโยบายทางเว็บไซต์', '2. เผยแพร่นโยบายทางเว็บไซต์ www.bannahospital.go.th\nหมายเหตุ ภาพกิจกรรมตามเอกสารแนบ', ''],
      COMPLAINTS, DISCLOSURE];
    const table = readGrid(grid);
    expect(table.measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(table.measures[0].results[1].text).toContain('หมายเหตุ ภาพกิจกรรมตามเอกสารแนบ');
    expect(table.trailing).toBeUndefined();
  });

  it.each([
    ['หมายเหตุ: ดำเนินการร่วมกับสำนักงานสาธารณสุขจังหวัด'],
    ['ข้อมูล ณ วันที่ 30 ก.ย. 2568 มีเรื่องร้องเรียน 2 เรื่อง ดำเนินการแล้วเสร็จ'],
  ])('a result row holding only %j is read with the measure above, and the measures below are kept', (note) => {
    const grid = [HEADER, BRIBES, ['', '', '', note, ''], COMPLAINTS, DISCLOSURE];
    const result = checkTable(readGrid(grid));
    expect(result.table.measures.map((m) => m.number)).toEqual([1, 2, 3]);
    // The note joins the result above it, as a line under it in one cell would: no unnumbered result.
    expect(result.table.measures[0].results.map((r) => [r.number, r.text])).toEqual([[1, 'ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy'], [2, `เผยแพร่นโยบายทางเว็บไซต์แล้ว ${note}`]]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.table.trailing).toBeUndefined();
  });

  it('a blank spacer row inside a measure: the result below it is read (no UNMATCHED_STEP) and so are the measures after', () => {
    const grid = [HEADER,
      ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy\n2. ประชาสัมพันธ์นโยบายทางเว็บไซต์', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', ''],
      ['', '', '', '', ''],
      ['', '', '', '2. เผยแพร่นโยบายทางเว็บไซต์แล้ว', ''],
      COMPLAINTS, DISCLOSURE];
    const result = checkTable(readGrid(grid));
    expect(result.table.measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(result.table.measures[0].results).toHaveLength(2);
    expect(result.findings.filter((f) => f.code === 'UNMATCHED_STEP')).toEqual([]);
  });

  it('the same spacer row in the last measure does not cut its last result off either', () => {
    const grid = [HEADER, COMPLAINTS.map((c, i) => (i === 3 ? '1. เปิดช่องทางร้องเรียนออนไลน์' : c)), ['', '', '', '', ''], ['', '', '', '2. รายงานผลต่อผู้บริหารทุกไตรมาส', '']];
    const table = readGrid(grid);
    expect(table.measures[0].results.map((r) => r.number)).toEqual([1, 2]);
    expect(table.trailing).toBeUndefined();
  });

  it('a measure title alone on its row after a blank row, its steps on the rows below', () => {
    const grid = [['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'],
      ['1. มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', ''],
      ['', '', '', ''],
      ['มาตรการจัดการเรื่องร้องเรียน', '', '', ''],
      ['', '1. จัดทำช่องทางร้องเรียนออนไลน์', '1. เปิดช่องทางร้องเรียนออนไลน์', ''],
      ['', '2. รายงานผลการจัดการเรื่องร้องเรียน', '2. รายงานผลต่อผู้บริหารทุกไตรมาส', ''],
      ['', '', '', ''],
      ['มาตรการเปิดเผยข้อมูล', '1. เผยแพร่แผนจัดซื้อจัดจ้าง', '1. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', '']];
    const table = readGrid(grid);
    expect(table.measures.map((m) => m.title)).toEqual(['มาตรการป้องกันการรับสินบน', 'มาตรการจัดการเรื่องร้องเรียน', 'มาตรการเปิดเผยข้อมูล']);
    expect(table.measures[1].steps).toHaveLength(2);
    expect(table.trailing).toBeUndefined();
  });

  it('a note in the measure column between two measures is skipped with an information line, not read as a measure', () => {
    const grid = [HEADER, BRIBES, ['', 'หมายเหตุ: มาตรการที่ 2 ดำเนินการร่วมกับจังหวัด', '', '', ''], COMPLAINTS, DISCLOSURE];
    const result = checkTable(readGrid(grid));
    expect(result.table.measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(result.findings.find((f) => f.code === 'NOTE_ROW')).toMatchObject({ severity: 'info', cell: 'B3' });
    expect(result.errors).toBe(0);
  });

  it('steps or results the table still ends before are a warning naming the rows and the cell, Thai and English', () => {
    const grid = [HEADER, COMPLAINTS.map((c, i) => (i === 3 ? '1. เปิดช่องทางร้องเรียนออนไลน์' : c)),
      ['', '', '', 'หมายเหตุ: ข้อมูลจากงานสารบรรณ', ''],
      ['', '', '', '2. รายงานผลต่อผู้บริหารทุกไตรมาส', '']];
    const result = checkTable(readGrid(grid));
    expect(result.table.trailing).toMatchObject({ severity: 'warning', firstRow: 2, lastRow: 3, cell: 'D4' });
    const warning = result.findings.find((f) => f.code === 'TABLE_END');
    expect(warning).toMatchObject({ severity: 'warning', cell: 'D4' });
    expect(warning!.message).toContain('แถว 4 มีขั้นตอน/ผลการดำเนินงาน (D4 “2. รายงานผลต่อผู้บริหารทุกไตรมาส”) ที่ไม่ได้อ่าน');
    expect(warning!.messageEn).toContain('but row 4 holds steps/results (D4 “2. รายงานผลต่อผู้บริหารทุกไตรมาส”) and were not read');
    expect(result.warnings).toBeGreaterThan(0);
  });

  it('a signature block under the results column stays an information line, not a warning', () => {
    const grid = [HEADER, BRIBES, COMPLAINTS, DISCLOSURE, ['', '', '', '', ''],
      ['', '', '', 'ลงชื่อ ........................................ ผู้รายงาน', ''],
      ['', '', '', '(นางสาวสมใจ รักงาน)', ''],
      ['', '', '', '1. ตำแหน่ง นักวิเคราะห์นโยบายและแผน', '']];
    const result = checkTable(readGrid(grid));
    expect(result.table.measures).toHaveLength(3);
    expect(result.table.trailing).toMatchObject({ severity: 'info', cell: 'D6' });
    expect(result.findings.some((f) => f.code === 'TABLE_END')).toBe(false);
  });
});

describe('characters XML 1.0 forbids', () => {
  it('are named by the check in the cell that holds them, lone surrogates included', () => {
    const grid = sampleGrid();
    grid[3][2] = `${grid[3][2]}\uD800`;
    grid[4][0] = `${grid[4][0]}\u0001`;
    const findings = checkTable(readGrid(grid)).findings.filter((f) => f.code === 'INVALID_CHARACTER');
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([['C4', 'warning'], ['A5', 'warning']]);
    expect(findings[0].message).toContain('U+D800');
  });

  it('are named by line in report text, and zero-width characters there are kept', () => {
    const lines = sampleText().split('\n');
    const at = lines.findIndex((line) => line.startsWith('๓.'));
    lines[at] = lines[at].replace('มาตรการ', 'มาตร\u200Dการ\u0008');
    const table = parseReportText(lines.join('\n'));
    const finding = table.findings.find((f) => f.code === 'INVALID_CHARACTER');
    expect(finding).toMatchObject({ line: at + 1, severity: 'warning' });
    expect(finding!.messageEn).toBe(`Line ${at + 1} holds control characters an Excel/Word file cannot carry (U+0008); they are dropped when writing`);
    expect(table.measures[2].title).toContain('มาตร\u200Dการ');
  });

  it('are dropped, paired surrogates (emoji) and Thai kept', () => {
    expect(dropXmlForbidden('ก\u0000ข\u000Bค\uFFFE\uFFFF\uDC00ง😀\t\n')).toBe('กขคง😀\t\n');
  });
});

describe('decodeExcelEscapes', () => {
  it('decodes _xHHHH_ and keeps an escaped underscore literal', () => {
    expect(decodeExcelEscapes('ผล_x000D_\nการ')).toBe('ผล\r\nการ');
    expect(decodeExcelEscapes('_x005F_x000D_')).toBe('_x000D_');
    expect(decodeExcelEscapes('ตัวชี้วัด_x0E51_')).toBe('ตัวชี้วัด๑');
    expect(decodeExcelEscapes('no_escape_here')).toBe('no_escape_here');
  });
});

describe('parseIsoDay', () => {
  it('is null for a day that does not exist, in A.D. or B.E.', () => {
    expect(parseIsoDay('2024-02-30')).toBeNull();
    expect(parseIsoDay('2567-02-30')).toBeNull();
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-02-29')?.toISOString()).toBe('2024-02-29T12:00:00.000Z');
    expect(parseIsoDay('2568-09-30')?.toISOString()).toBe('2025-09-30T12:00:00.000Z');
  });
});
