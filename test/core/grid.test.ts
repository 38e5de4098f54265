import { readGrid, InputError, checkTable } from '../../src/core';

const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];

describe('readGrid', () => {
  it('finds the header below title rows, in any column order, with the responsible column as an extra column', () => {
    const grid = [
      ['รายงานผลการดำเนินงาน', '', '', '', '', ''],
      ['เทศบาลตำบลสอง', '', '', '', '', ''],
      ['ที่', 'ผลการดำเนินงาน', 'มาตรการ', 'ผู้รับผิดชอบ', 'ขั้นตอนหรือ  วิธีการปฏิบัติ', 'ปัญหา/ข้อเสนอแนะ'],
      ['3', '๑. ประกาศแล้ว\n๒. เผยแพร่แล้ว', 'มาตรการตรวจสอบ', 'สำนักปลัด', '๑. จัดทำประกาศ\n๒. เผยแพร่ประกาศ', ''],
    ];
    const table = readGrid(grid);
    expect(table.headerRow).toBe(2);
    expect(table.columns).toEqual({ number: 0, results: 1, measure: 2, steps: 4, suggestion: 5, extra: { responsible: 3 } });
    const m = table.measures[0];
    expect(m.extra).toEqual({ responsible: 'สำนักปลัด' });
    expect(m.extraRefs).toEqual({ responsible: { cell: 'D4' } });
    expect(m.number).toBe(3);
    expect(m.title).toBe('มาตรการตรวจสอบ');
    expect(m.steps.map((s) => s.text)).toEqual(['จัดทำประกาศ', 'เผยแพร่ประกาศ']);
    expect(m.refs.suggestion.cell).toBe('F4');
    expect(m.steps[0].ref.cell).toBe('E4');
  });

  it('accepts English headers', () => {
    const table = readGrid([
      ['Measure', 'Steps', 'Results', 'Problems / Suggestions'],
      ['1. Publish data', '1. Post on website', '1. Posted on the website', ''],
    ]);
    expect(table.measures[0].title).toBe('Publish data');
    expect(table.numerals).toBe('arabic');
  });

  it('joins a continuation row (empty measure cell) into the measure above', () => {
    const table = readGrid([
      H,
      ['๑. มาตรการ ก', '๑. ขั้นที่หนึ่ง', '๑. ผลที่หนึ่ง', 'ปัญหาที่ยาว'],
      ['', '๒. ขั้นที่สอง', '๒. ผลที่สอง', 'ต่อ'],
    ]);
    expect(table.measures).toHaveLength(1);
    expect(table.measures[0].steps).toHaveLength(2);
    expect(table.measures[0].suggestion).toBe('ปัญหาที่ยาว ต่อ');
    expect(table.measures[0].continuationRows).toEqual([2]);
  });

  it('reads a measure cell merged over several rows: each row\'s unnumbered text is its own item', () => {
    // Merged cells read as '' below their top-left cell, in Sheets and in exported workbooks alike.
    const table = readGrid([
      H,
      ['มาตรการตรวจสอบการใช้ดุลยพินิจ', 'จัดทำประกาศมาตรการ', 'ประกาศมาตรการแล้ว', ''],
      ['', 'เผยแพร่ประกาศผ่านเว็บไซต์', 'เผยแพร่ทางเว็บไซต์แล้ว', ''],
      ['', 'ส่งเสริมให้พนักงานปฏิบัติตาม', 'พนักงานปฏิบัติตามแล้ว', ''],
    ]);
    expect(table.measures).toHaveLength(1);
    expect(table.measures[0].steps.map((s) => [s.text, s.ref.cell])).toEqual([
      ['จัดทำประกาศมาตรการ', 'B2'], ['เผยแพร่ประกาศผ่านเว็บไซต์', 'B3'], ['ส่งเสริมให้พนักงานปฏิบัติตาม', 'B4'],
    ]);
    expect(checkTable(table).errors).toBe(0);
  });

  it('skips empty rows and repeated header rows', () => {
    const table = readGrid([H, ['๑. ก', '๑. ข', '๑. ข', ''], ['', '', '', ''], H, ['๒. ค', '๑. ง', '๑. ง', '']]);
    expect(table.measures.map((m) => m.title)).toEqual(['ก', 'ค']);
  });

  it('accepts numbers, booleans and dates as cell values', () => {
    const table = readGrid([H, [1, '1. a', '1. a', new Date(2022, 8, 30)]]);
    expect(table.measures[0].suggestion).toBe('2022-09-30');
  });

  it('names what is missing when no full header row exists', () => {
    expect(() => readGrid([['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'อื่น'], ['x', 'y', 'z']])).toThrow(
      expect.objectContaining({ code: 'NO_HEADER', message: expect.stringContaining('ผลการดำเนินงาน') }),
    );
  });

  it('says how to add a missing problems column, and which remarks column to rename when the table has one', () => {
    const thrown = (grid: string[][]) => { try { readGrid(grid); } catch (e) { return e as InputError; } throw new Error('not refused'); };
    const withRemarks = thrown([['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'หมายเหตุ'], ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '']]);
    expect(withRemarks).toMatchObject({ code: 'NO_HEADER', ref: { cell: 'A1' } });
    expect(withRemarks.messageTh).toBe('แถวหัวตารางที่ 1 ไม่มีคอลัมน์ “ปัญหา / ข้อเสนอแนะ” ถ้าคอลัมน์ “หมายเหตุ” ใช้บันทึกปัญหาและข้อเสนอแนะ ให้เปลี่ยนหัวคอลัมน์เป็น “ปัญหา / ข้อเสนอแนะ” หรือเพิ่มคอลัมน์ “ปัญหา / ข้อเสนอแนะ” ต่อจากคอลัมน์ผลการดำเนินงาน (เว้นว่างไว้ได้ ระบบจะเติมข้อเสนอแนะให้)');
    const without = thrown([['รายงานผล'], ['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน']]);
    expect(without.messageEn).toBe('Header row 2 lacks the “Problems / Suggestions” column: add a “ปัญหา / ข้อเสนอแนะ” column after the results (it may stay empty: filling it is the add-on\'s job)');
  });

  it('rejects an empty sheet and a sheet without any header', () => {
    expect(() => readGrid([['', ''], ['', '']])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => readGrid([['a', 'b'], ['c', 'd']])).toThrow(InputError);
  });

  it('reports a header with no measures under it', () => {
    const result = checkTable(readGrid([H]));
    expect(result.findings).toEqual([expect.objectContaining({ code: 'NO_MEASURES', cell: 'A2', severity: 'error' })]);
  });
});
