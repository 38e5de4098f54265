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
