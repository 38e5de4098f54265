/**
 * Merged cells read as the sheet shows them. Google Sheets and Excel keep a merged range's text in
 * its first cell only (the grid reads every other covered cell blank); the reader gets the ranges
 * and reads a cell merged down over several measures for each of them, a title merged down over a
 * measure's own step rows as one measure, and per-row numbers beside a merged title as its rows.
 */
import { checkTable, parseRangeA1, planSuggestions, readGrid, splitByMerges, type CellRange } from '../../src/core';
import { PER_ROW_NUMBERED } from '../helpers/mergedSheets';

const HEADER = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const ranges = (...refs: string[]): CellRange[] => refs.map(parseRangeA1);

/** V.xlsx of the review: one responsible unit and one period merged down over all three measures (D2:D4, E2:E4). */
const SHARED_EXTRAS = [
  HEADER,
  ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', 'กลุ่มงานบริหารทั่วไป', 'ต.ค. 67 - ก.ย. 68', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', 'ไม่มี'],
  ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์', '', '', '1. เปิดช่องทางร้องเรียนออนไลน์', 'ไม่มี'],
  ['3', 'มาตรการเปิดเผยข้อมูล', '1. เผยแพร่แผนจัดซื้อจัดจ้าง', '', '', '1. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', 'ไม่มี'],
];

/** merged-sugg.xlsx of the review: one answer merged down the suggestions column over every measure (E2:E4). */
const SUGGESTION_HEADER = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const SHARED_SUGGESTION = [
  SUGGESTION_HEADER,
  ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', 'ไม่มีปัญหาอุปสรรคในการดำเนินงานทุกมาตรการ'],
  ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์', '1. เปิดช่องทางร้องเรียนออนไลน์', ''],
  ['3', 'มาตรการเปิดเผยข้อมูล', '1. เผยแพร่แผนจัดซื้อจัดจ้าง', '1. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', ''],
];

describe('a cell merged down over several measures', () => {
  it('gives every measure under it the responsible unit and period it shows, found at the merge’s first cell', () => {
    const withoutMerges = checkTable(readGrid(SHARED_EXTRAS));
    // Without the ranges the covered cells read blank: the fault the review found.
    expect(withoutMerges.findings.filter((f) => f.code === 'MISSING_RESPONSIBLE').map((f) => f.cell)).toEqual(['D3', 'D4']);

    const table = readGrid(SHARED_EXTRAS, ranges('D2:D4', 'E2:E4'));
    expect(table.measures.map((m) => m.extra)).toEqual([1, 2, 3].map(() => ({ responsible: 'กลุ่มงานบริหารทั่วไป', timeframe: 'ต.ค. 67 - ก.ย. 68' })));
    expect(table.measures[2].extraRefs).toEqual({ responsible: { cell: 'D2' }, timeframe: { cell: 'E2' } });
    const codes = checkTable(table).findings.map((f) => f.code);
    expect(codes).not.toContain('MISSING_RESPONSIBLE');
    expect(codes).not.toContain('MISSING_TIMEFRAME');
  });

  it('gives every measure the answer in the suggestions column, so none is planned a suggestion over it', () => {
    const before = checkTable(readGrid(SHARED_SUGGESTION));
    expect(planSuggestions(before).map((f) => f.cell)).toEqual(['E3', 'E4']);

    const result = checkTable(readGrid(SHARED_SUGGESTION, ranges('E2:E4')));
    expect(result.table.measures.map((m) => m.suggestion)).toEqual([1, 2, 3].map(() => 'ไม่มีปัญหาอุปสรรคในการดำเนินงานทุกมาตรการ'));
    expect(result.table.measures[1].refs.suggestion).toEqual({ cell: 'E2' });
    expect(planSuggestions(result)).toEqual([]);
  });

  it('leaves a blank suggestions cell shared by three measures unfilled for each, naming the cell each measure sees', () => {
    const grid = SHARED_SUGGESTION.map((row, r) => (r === 1 ? [...row.slice(0, 4), ''] : row));
    const result = checkTable(readGrid(grid, ranges('E2:E4')));
    const planned = planSuggestions(result);
    expect(planned).toHaveLength(3);
    const { kept, refused } = splitByMerges(result.table, planned);
    expect(kept).toEqual([]);
    expect(refused.map((r) => r.refusal.cell)).toEqual(['E2', 'E3', 'E4']);
    expect(refused[0].refusal.messageTh).toBe('ไม่เติม E2: เซลล์ผสาน E2:E4 คร่อมแถวของมาตรการอื่น แยกเซลล์ก่อนแล้วเติมใหม่');
    expect(refused[1].refusal.messageEn).toBe('Not filled E3: it is merged into E2:E4, which starts at E2; filling would overwrite E2');
  });

  it('still fills a suggestions cell merged over the rows of its own measure only', () => {
    const grid = [
      SUGGESTION_HEADER,
      ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', ''],
      ['', '', '2. ประชาสัมพันธ์นโยบายทางเว็บไซต์', '2. เผยแพร่นโยบายทางเว็บไซต์แล้ว', ''],
      ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์', '1. เปิดช่องทางร้องเรียนออนไลน์', 'ไม่มี'],
    ];
    const result = checkTable(readGrid(grid, ranges('B2:B3', 'E2:E3')));
    const { kept, refused } = splitByMerges(result.table, planSuggestions(result));
    expect(kept.map((f) => f.cell)).toEqual(['E2']);
    expect(refused).toEqual([]);
  });
});

describe('a title merged down over its own step rows', () => {
  it('stays one measure: the merge repeats nothing', () => {
    const grid = [
      SUGGESTION_HEADER,
      ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', 'ไม่มี'],
      ['', '', '2. ประชาสัมพันธ์นโยบายทางเว็บไซต์', '2. เผยแพร่นโยบายทางเว็บไซต์แล้ว', ''],
      ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์', '1. เปิดช่องทางร้องเรียนออนไลน์', 'ไม่มี'],
    ];
    const table = readGrid(grid, ranges('A2:A3', 'B2:B3', 'E2:E3'));
    expect(table.measures.map((m) => [m.title, m.steps.length, m.results.length, m.suggestion])).toEqual([
      ['มาตรการป้องกันการรับสินบน', 2, 2, 'ไม่มี'],
      ['มาตรการจัดการเรื่องร้องเรียน', 1, 1, 'ไม่มี'],
    ]);
    expect(table.measures[0].continuationRows).toEqual([2]);
  });
});

describe('numbers in the number column', () => {
  it('beside a merged title count its rows: two measures, numbered 1 and 2, no error', () => {
    const table = readGrid(PER_ROW_NUMBERED, ranges('B2:B3', 'B4:B5'));
    expect(table.measures.map((m) => [m.title, m.steps.map((s) => s.text)])).toEqual([
      ['มาตรการป้องกันการรับสินบน', ['ประกาศนโยบาย No Gift Policy', 'ประชาสัมพันธ์นโยบายทางเว็บไซต์']],
      ['มาตรการจัดการเรื่องร้องเรียน', ['จัดทำช่องทางร้องเรียนออนไลน์', 'รายงานผลการจัดการเรื่องร้องเรียน']],
    ]);
    const result = checkTable(table);
    expect(result.checks.map((c) => c.measure.number ?? c.measure.index)).toEqual([1, 2]);
    expect(result.findings.map((f) => f.code)).toEqual([]);
  });

  it('numbered n.m under measure n number its steps (M.xlsx: 1.1, 1.2 under a title-only row)', () => {
    const grid = [
      ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'],
      ['1', 'มาตรการป้องกันการรับสินบน', '', '', 'ไม่มี'],
      ['1.1', '', 'ประกาศนโยบาย No Gift Policy', 'ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', ''],
      ['1.2', '', 'ประชาสัมพันธ์นโยบายทางเว็บไซต์', 'เผยแพร่นโยบายทางเว็บไซต์แล้ว', ''],
      ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์', '1. เปิดช่องทางร้องเรียนออนไลน์', 'ไม่มี'],
    ];
    const result = checkTable(readGrid(grid));
    expect(result.table.measures.map((m) => [m.number, m.title, m.steps.length, m.results.length])).toEqual([
      [1, 'มาตรการป้องกันการรับสินบน', 2, 2],
      [2, 'มาตรการจัดการเรื่องร้องเรียน', 1, 1],
    ]);
    expect(result.errors).toBe(0);
  });

  it('a number that starts a row with no title and no merge over it: the error names the number’s cell and what to do', () => {
    const result = checkTable(readGrid(PER_ROW_NUMBERED));
    const empty = result.findings.filter((f) => f.code === 'EMPTY_TITLE');
    expect(empty.map((f) => f.cell)).toEqual(['A3', 'A5']);
    expect(empty[0].message).toBe('ลำดับ 2 ในเซลล์ A3 เริ่มมาตรการใหม่แต่ไม่มีชื่อ (เซลล์ B3 ว่าง): ลบเลขถ้าแถวนี้เป็นขั้นตอนของมาตรการข้างบน หรือใส่ชื่อมาตรการใน B3');
    expect(empty[0].messageEn).toBe('Number 2 in cell A3 starts a new measure that has no title (cell B3 is blank): delete the number if this row is a step of the measure above, or enter the measure\'s title in B3');
  });
});
