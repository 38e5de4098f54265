import { readGrid, InputError, checkTable, planSuggestions, reportColumns } from '../../src/core';

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

  it('reads a header on two rows: a group header merged over the steps and results sub-headers', () => {
    // As Sheets gives it: a merged cell's text only in its first cell, '' in the cells it covers.
    const upper = ['ลำดับ', 'มาตรการ', 'การดำเนินงาน', '', 'ผู้รับผิดชอบ', 'ปัญหา/ข้อเสนอแนะ'];
    const grid = [
      ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลบ้านโป่ง ปีงบประมาณ พ.ศ. ๒๕๖๘', '', '', '', '', ''],
      upper,
      ['', '', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', '', ''],
      ['๑', 'มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบาย No Gift Policy\n๒. เผยแพร่ประกาศทางเว็บไซต์', '๑. ผู้อำนวยการลงนามประกาศนโยบายแล้ว\n๒. เผยแพร่ประกาศทางเว็บไซต์โรงพยาบาลแล้ว', 'งานบริหาร', ''],
      upper,
      ['', '', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', '', ''],
      ['๒', 'มาตรการจัดการเรื่องร้องเรียน', '๑. จัดทำช่องทางร้องเรียนออนไลน์', '๑. เปิดช่องทางร้องเรียนออนไลน์ทางเว็บไซต์แล้ว', 'งานคุณภาพ', ''],
    ];
    const table = readGrid(grid);
    expect(table.headerRow).toBe(2);
    expect(table.columns).toMatchObject({ number: 0, measure: 1, steps: 2, results: 3, suggestion: 5, extra: { responsible: 4 } });
    expect(table.measures.map((m) => [m.number, m.title, m.steps.length, m.results.length])).toEqual([
      [1, 'มาตรการป้องกันการรับสินบน', 2, 2],
      [2, 'มาตรการจัดการเรื่องร้องเรียน', 1, 1],
    ]);
    expect(table.measures[1].refs.suggestion.cell).toBe('F7');
    // The header rows repeated at a page break are not measures; the title above is read as the title.
    expect(table.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(table.preamble?.titleLines).toEqual([grid[0][0]]);
    expect(table.preamble?.fiscalYear).toBe(2568);
  });

  it('does not read a title line over a header short of a column as a header on two rows', () => {
    expect(() => readGrid([
      ['รายงานผลการดำเนินงานตามมาตรการ', ''],
      ['ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน'],
      ['๑. จัดทำประกาศ', '๑. ประกาศแล้ว'],
    ])).toThrow(InputError);
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
    expect(table.measures[0].suggestion).toBe('ปัญหาที่ยาว\nต่อ');
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

  it('checks a table without a problems column, warns once at its header, and plans nothing to fill', () => {
    const withRemarks = readGrid([
      ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'หมายเหตุ'],
      ['1', 'มาตรการเผยแพร่แผน', '๑. จัดทำแผน\n๒. เผยแพร่แผนบนเว็บไซต์', '๑. จัดทำแผนแล้ว', ''],
    ]);
    expect(withRemarks.columns).toEqual({ number: 0, measure: 1, steps: 2, results: 3, other: [{ header: 'หมายเหตุ', column: 4 }] });
    expect(withRemarks.measures[0].refs.suggestion).toEqual({});
    expect(withRemarks.findings).toEqual([expect.objectContaining({ code: 'NO_SUGGESTION_COLUMN', severity: 'warning', cell: 'D1', measure: null })]);
    expect(withRemarks.findings[0].message).toBe('แถวหัวตารางที่ 1 ไม่มีคอลัมน์ “ปัญหา / ข้อเสนอแนะ” ตรวจและเผยแพร่ได้ตามปกติ แต่เติมข้อเสนอแนะไม่ได้ และรายงานจะไม่มีคอลัมน์นี้ ถ้าคอลัมน์ “หมายเหตุ” ใช้บันทึกปัญหาและข้อเสนอแนะ ให้เปลี่ยนหัวคอลัมน์เป็น “ปัญหา / ข้อเสนอแนะ” หรือเพิ่มคอลัมน์ “ปัญหา / ข้อเสนอแนะ” ต่อจากคอลัมน์ผลการดำเนินงาน (เว้นว่างไว้ได้ ระบบจะเติมข้อเสนอแนะให้) (ในส่วนเสริมของ Google Sheets เมนู “เพิ่มคอลัมน์ตามเกณฑ์ ITA” เพิ่มคอลัมน์นี้ไว้ท้ายตาราง พร้อมคอลัมน์ตามเกณฑ์อื่นที่ยังไม่มี)');
    // Checked as usual: the step without a result is still an error, and the blank remark is never filled.
    const result = checkTable(withRemarks);
    expect(result.findings.map((f) => [f.code, f.item])).toEqual([['UNMATCHED_STEP', 2], ['NO_SUGGESTION_COLUMN', null]]);
    expect(planSuggestions(result)).toEqual([]);
    expect(reportColumns(result, { fiscalYear: 2567, agency: 'ก', numerals: 'thai' })).toEqual(['measure', 'steps', 'results']);
    const without = readGrid([['รายงานผล'], ['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน'], ['ก', '๑. ทำ', '๑. ทำแล้ว']]);
    expect(without.findings[0]).toMatchObject({ cell: 'C2' });
    expect(without.findings[0].messageEn).toBe('Header row 2 has no “Problems / Suggestions” column: the table is checked and published as it is, but no suggestion can be filled in and the report has no such column; to have suggestions filled in, add a “ปัญหา / ข้อเสนอแนะ” column after the results (it may stay empty) (in the Google Sheets add-on, the menu “เพิ่มคอลัมน์ตามเกณฑ์ ITA” adds it at the end of the table, with the other ITA columns the table lacks)');
  });

  it('takes the first row naming the measure, steps and results for the header: rows below it are measures', () => {
    // A measure right under the header, however header-like its cells, is a measure.
    const measure = readGrid([H, ['มาตรการป้องกันการรับสินบน', 'จัดกิจกรรมรณรงค์', 'ผลการดำเนินงานเป็นไปตามแผน', 'ไม่มีปัญหา'], ['ข', '๑. ทำ', '๑. ทำแล้ว', '']]);
    expect(measure.headerRow).toBe(0);
    expect(measure.measures.map((m) => m.title)).toEqual(['มาตรการป้องกันการรับสินบน', 'ข']);
  });

  describe('a header over two rows', () => {
    it('reads a row of column numbers under the header as the header, not a measure', () => {
      for (const numbers of [['(1)', '(2)', '(3)', '(4)'], ['๑', '๒', '๓', '๔'], ['1', '2', '3', '']]) {
        const table = readGrid([H, numbers, ['๑. มาตรการ ก', '๑. ทำ', '๑. ทำแล้ว', '']]);
        expect(table.measures.map((m) => [m.title, m.row])).toEqual([['มาตรการ ก', 2]]);
        expect(table.findings).toEqual([]);
        expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['D3']);
      }
      // Numbers that do not rise column by column are a row of data (here a measure with no title).
      expect(readGrid([H, ['1.', '1.', '1.', ''], ['๒. มาตรการ ข', '๑. ทำ', '๑. ทำแล้ว', '']]).measures).toHaveLength(2);
    });

    it('reads an English translation of the header as the header, and never fills its blank problems cell', () => {
      const table = readGrid([H, ['Measure', 'Steps', 'Results', ''], ['๑. มาตรการ ก', '๑. ทำ', '๑. ทำแล้ว', '']]);
      expect(table.measures.map((m) => m.title)).toEqual(['มาตรการ ก']);
      expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['D3']);
      // A Thai measure whose cells read like headers stays a measure.
      const measure = readGrid([H, ['มาตรการป้องกันการรับสินบน', 'จัดกิจกรรมรณรงค์', 'ผลการดำเนินงานเป็นไปตามแผน', 'ไม่มีปัญหา']]);
      expect(measure.measures.map((m) => m.title)).toEqual(['มาตรการป้องกันการรับสินบน']);
    });

    it('carries a sub-column of a merged results header under both headers and warns that only the headed column is checked', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', '', 'ปัญหา / ข้อเสนอแนะ'],
        ['', '', 'รอบ ๖ เดือน', 'รอบ ๑๒ เดือน', ''],
        ['๑. มาตรการ ก', '๑. จัดทำประกาศ\n๒. เผยแพร่บนเว็บไซต์', '๑. จัดทำประกาศแล้ว', '๒. เผยแพร่บนเว็บไซต์แล้ว', ''],
      ]);
      expect(table.columns?.other).toEqual([{ header: 'ผลการดำเนินงาน รอบ ๑๒ เดือน', column: 3, mergedInto: 2 }]);
      expect(table.measures[0].other).toEqual(['๒. เผยแพร่บนเว็บไซต์แล้ว']);
      expect(table.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['SUB_HEADER_ROW', 'info', 'C2'], ['UNHEADED_COLUMN', 'warning', 'D3']]);
      expect(table.findings[1].message).toBe('คอลัมน์ D (“ผลการดำเนินงาน รอบ ๑๒ เดือน”) อยู่ในหัวตารางเดียวกับคอลัมน์ C แต่อ่านเฉพาะคอลัมน์ C: ข้อความในคอลัมน์นี้ (เริ่มที่เซลล์ D3 “๒. เผยแพร่บนเว็บไซต์แล้ว”) ไม่ได้ตรวจและไม่อยู่ในรายงาน สิ่งที่ต้องตรวจและเผยแพร่ต้องอยู่ในคอลัมน์ C');
    });

    it('reads problems and suggestions split under one merged header as the suggestion, each after its label, and fills the suggestions half', () => {
      const table = readGrid([
        [...H, ''],
        ['', '', '', 'ปัญหาอุปสรรค', 'ข้อเสนอแนะ'],
        ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', 'ควรเพิ่มงบประมาณ'],
        ['๒. ข', '๑. ทำ', '๑. ทำแล้ว', 'ฝนตกหนัก', 'ควรเลื่อนกิจกรรม'],
        ['๓. ค', '๑. ทำ', '๑. ทำแล้ว', '', ''],
      ]);
      expect(table.findings.map((f) => [f.code, f.cell])).toEqual([['SUB_HEADER_ROW', 'D2']]);
      expect(table.columns?.suggestionParts).toEqual([{ column: 3, label: 'ปัญหาอุปสรรค' }, { column: 4, label: 'ข้อเสนอแนะ' }]);
      expect(table.columns?.other).toBeUndefined();
      expect(table.measures.map((m) => m.suggestion)).toEqual(['ข้อเสนอแนะ: ควรเพิ่มงบประมาณ', 'ปัญหาอุปสรรค: ฝนตกหนัก\nข้อเสนอแนะ: ควรเลื่อนกิจกรรม', '']);
      expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['E5']);
    });

    it('labels each half of a split problems / suggestions cell once, however many rows it runs over; fills a remedies half', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหาและแนวทางแก้ไข', ''],
        ['', '', '', 'ปัญหา/อุปสรรค', 'แนวทางแก้ไข'],
        ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', 'งบประมาณล่าช้า', ''],
        ['', '๒. ทำ', '๒. ทำแล้ว', 'ฝนตก', 'ขอจัดสรรงบก่อน'],
        ['๒. ข', '๑. ทำ', '๑. ทำแล้ว', '', ''],
      ]);
      expect(table.measures.map((m) => m.suggestion)).toEqual(['ปัญหา/อุปสรรค: งบประมาณล่าช้า\nฝนตก\nแนวทางแก้ไข: ขอจัดสรรงบก่อน', '']);
      expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['E5']);
    });

    it('warns about a second results column read in the first one\'s place, as next year\'s one-row header has it', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ผลการดำเนินงาน รอบ ๑๒ เดือน', 'ปัญหา / ข้อเสนอแนะ'],
        ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '๑. ทำครบ', ''],
      ]);
      expect(table.findings.map((f) => [f.code, f.cell])).toEqual([['UNHEADED_COLUMN', 'D2']]);
    });

    it('takes an English label right of the problems column for a column of its own, never a part of the problems', () => {
      const table = readGrid([[...H, ''], ['Measures', 'Steps', 'Results', 'Problems / Suggestions', 'Remarks'], ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', 'งบกลาง']]);
      expect(table.columns?.suggestionParts).toBeUndefined();
      expect(table.columns?.other).toEqual([{ header: 'Remarks', column: 4 }]);
      expect(table.measures[0].suggestion).toBe('');
    });

    it('reads a problems / suggestions header over an English Problems | Suggestions row as split, and keeps a row of a dash a row', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', ''],
        ['Measures', 'Steps', 'Results', 'Problems', 'Suggestions'],
        ['1. ก', '1. ทำ ก', '1. ทำ ก แล้ว', '', 'ควรเพิ่มงบประมาณ'],
        ['', '', '', '', '-'],
        ['2. ข', '1. ทำ', '1. ทำแล้ว', '', ''],
      ]);
      expect(table.measures.map((m) => m.suggestion)).toEqual(['Suggestions: ควรเพิ่มงบประมาณ\n-', '']);
      expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['E5']);
    });

    it('reads ผู้รับผิดชอบกิจกรรม and ระยะเวลาดำเนินกิจกรรม as the extra columns they name, never a second steps column', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบกิจกรรม', 'ระยะเวลาดำเนินกิจกรรม', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'],
        ['1. ก', '1. ทำ', 'สำนักปลัด', 'ต.ค. 67', '1. ทำแล้ว', ''],
      ]);
      expect(table.columns?.extra).toEqual({ responsible: 2, timeframe: 3 });
      expect(table.findings).toEqual([]);
    });

    it('keeps a steps header that also names an extra column the steps when no other header names the steps alone', () => {
      for (const steps of ['โครงการ/กิจกรรม/ตัวชี้วัด', 'รายละเอียดกิจกรรม/หลักฐาน', 'โครงการ/กิจกรรม ที่รับผิดชอบ']) {
        const table = readGrid([['ที่', 'มาตรการ', steps, 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'], ['1', 'มาตรการ ก', '1. ทำ', '1. ทำแล้ว', '']]);
        expect(table.columns?.steps).toBe(2);
        expect(table.columns?.extra).toBeUndefined();
      }
      expect(readGrid([['มาตรการ', 'ระยะเวลาดำเนินกิจกรรม', 'ผลการดำเนินงาน'], ['ก', '๑. ทำ', '๑. ทำแล้ว']]).columns?.steps).toBe(1);
      // Two headers naming the steps alone: the first is read, and the other's text is warned as unread, saying how to choose.
      const project = readGrid([['มาตรการ', 'โครงการ/กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ผลการดำเนินงานตามขั้นตอน'], ['ก', 'โครงการ ๑', '๑. ทำ', '๑. ทำแล้ว', '']]);
      expect(project.columns?.steps).toBe(1);
      expect(project.findings.map((f) => [f.code, f.cell])).toEqual([['NO_SUGGESTION_COLUMN', 'D1'], ['UNHEADED_COLUMN', 'C2']]);
      expect(project.findings[1].message).toBe('คอลัมน์ C (“ขั้นตอนการดำเนินงาน”) มีหัวแบบเดียวกับคอลัมน์ B แต่อ่านเฉพาะคอลัมน์ B: ข้อความในคอลัมน์นี้ (เริ่มที่เซลล์ C2 “๑. ทำ”) ไม่ได้ตรวจและไม่อยู่ในรายงาน ถ้าคอลัมน์นี้คือคอลัมน์ที่ต้องตรวจ ให้เปลี่ยนชื่อหัวคอลัมน์ B');
    });

    it('reads problems and suggestions headed apart on one header row as one suggestion, prints both, and fills the suggestions column', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', 'ข้อเสนอแนะ'],
        ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', 'งบล่าช้า', 'ควรเสนอขอก่อน'],
        ['๒. ข', '๑. ทำ', '๑. ทำแล้ว', '', ''],
      ]);
      expect(table.columns?.suggestionParts).toEqual([{ column: 3, label: 'ปัญหา/อุปสรรค' }, { column: 4, label: 'ข้อเสนอแนะ' }]);
      expect(table.columns?.other).toBeUndefined();
      expect(table.findings).toEqual([]);
      expect(table.measures[0].suggestion).toBe('ปัญหา/อุปสรรค: งบล่าช้า\nข้อเสนอแนะ: ควรเสนอขอก่อน');
      expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['E3']);
    });

    it('splits problems and suggestions only for a genuine pair side by side; remarks, an executive\'s comments or a third half stay apart', () => {
      const read = (d: string, e: string) => readGrid([['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', d, e], ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', 'ควรเร่งรัด']]);
      for (const [d, e] of [['ปัญหา / ข้อเสนอแนะ', 'ข้อเสนอแนะของผู้บริหาร'], ['ปัญหาอุปสรรค (ถ้ามี)', 'หมายเหตุ/ข้อเสนอแนะ']]) {
        const table = read(d, e);
        expect(table.columns?.suggestionParts).toBeUndefined();
        expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['D2']);
      }
      for (const [d, e] of [['ปัญหาอุปสรรค', 'แนวทางแก้ไข'], ['ปัญหา/อุปสรรค', 'แนวทางแก้ไขปัญหา'], ['Problems', 'Recommendations']]) {
        expect(read(d, e).columns?.suggestionParts?.map((p) => p.column)).toEqual([3, 4]);
        expect(planSuggestions(checkTable(read(d, e)))).toEqual([]);
      }
      // A problems header merged over two problems halves is no split: the second half is warned as unread.
      const halves = readGrid([
        ['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', ''],
        ['', '', '', 'ภายใน', 'ภายนอก'],
        ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', 'ฝนตก'],
      ]);
      expect(halves.columns?.suggestionParts).toBeUndefined();
      expect(halves.findings.map((f) => [f.code, f.cell])).toEqual([['SUB_HEADER_ROW', 'D2'], ['UNHEADED_COLUMN', 'E3']]);
    });

    it('reads a problems / suggestions cell merged over three halves (ปัญหา | อุปสรรค | ข้อเสนอแนะ) as one suggestion', () => {
      const table = readGrid([
        ['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', '', ''],
        ['', '', '', 'ปัญหา', 'อุปสรรค', 'ข้อเสนอแนะ'],
        ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', 'ฝนตก', ''],
        ['๒. ข', '๑. ทำ', '๑. ทำแล้ว', '', '', ''],
      ]);
      expect(table.columns?.suggestionParts?.map((p) => p.column)).toEqual([3, 4, 5]);
      expect(table.measures[0].suggestion).toBe('อุปสรรค: ฝนตก');
      expect(planSuggestions(checkTable(table)).map((f) => f.cell)).toEqual(['F4']);
    });

    it('keeps a steps header naming an extra column too the steps, beside a photo column named after the activities', () => {
      for (const steps of ['ขั้นตอนการดำเนินงาน/ผู้รับผิดชอบ', 'ระยะเวลา/ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ/ขั้นตอนการดำเนินงาน', 'เป้าหมาย/กิจกรรม']) {
        const table = readGrid([['มาตรการ', steps, 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', 'ภาพกิจกรรม'], ['1. ก', '1. ทำ (สำนักปลัด)', '1. ทำแล้ว', '', 'https://x.go.th/p1']]);
        expect(table.columns?.steps).toBe(1);
        expect(table.measures[0].steps.map((i) => i.text)).toEqual(['ทำ (สำนักปลัด)']);
      }
    });

    it('reads a sheet with a stray value far below the table without running out of stack', () => {
      const grid: string[][] = [H, ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '']];
      for (let r = 2; r < 200000; r++) grid.push([]);
      grid.push(['', '', '', '', 'หมายเหตุ ตรวจแล้ว']);
      expect(readGrid(grid).measures).toHaveLength(1);
    });

    it('keeps a row of data with its title left blank a row (an orphan error), never labels', () => {
      const table = readGrid([[...H, ''], ['', 'จัดทำประกาศ', 'ดำเนินการแล้ว', '', 'สำนักปลัด'], ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', '']]);
      expect(table.findings.map((f) => f.code)).toContain('ORPHAN_CONTINUATION');
      expect(table.findings.map((f) => f.code)).not.toContain('SUB_HEADER_ROW');
    });

    it('reads an English header row with words of its own, and a repeat missing a cell, as the header', () => {
      const english = ['Measures', 'Implementation steps', 'Results', 'Problems and suggestions'];
      const table = readGrid([H, english, ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', ''], [...H.slice(0, 3), ''], english.slice(0, 3), ['๒. ข', '๑. ทำ', '๑. ทำแล้ว', '']]);
      expect(table.measures.map((m) => m.title)).toEqual(['ก', 'ข']);
      // An English-only table's first measure is no translation of its header.
      const englishOnly = readGrid([['Measure', 'Steps', 'Results', 'Problems / Suggestions'], ['1. Publish data', '1. Post', '1. Posted', '']]);
      expect(englishOnly.measures.map((m) => m.title)).toEqual(['Publish data']);
    });

    it('warns once per column that holds text under no header, naming its first cell; a bare number column is no such text', () => {
      const table = readGrid([
        ['', ...H, ''],
        ['1', '๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', ''],
        ['2', '๒. ข', '๑. ทำ', '๑. ทำแล้ว', '', 'ส่งหลักฐานแล้ว'],
        ['3', '๓. ค', '๑. ทำ', '๑. ทำแล้ว', '', 'ส่งแล้ว'],
        ['3.1', '', '', '', '', '-'],
        ['', '', '', '', '', 'FALSE'],
      ]);
      expect(table.findings.map((f) => [f.code, f.cell])).toEqual([['UNHEADED_COLUMN', 'F3']]);
      expect(table.findings[0].message).toBe('คอลัมน์ F ไม่มีหัวตาราง: ข้อความในคอลัมน์นี้ (เริ่มที่เซลล์ F3 “ส่งหลักฐานแล้ว”) ไม่ได้ตรวจและไม่อยู่ในรายงาน ใส่ชื่อคอลัมน์ในแถวหัวตาราง หรือย้ายข้อความไปไว้ในคอลัมน์ที่ควรอยู่');
    });

    it('keeps a data row under the header a row: a title, an item number or a long cell is never a label', () => {
      const orphan = readGrid([[...H, ''], ['', '๑. จัดทำประกาศ', '๑. ประกาศแล้ว', '', 'ก']]);
      expect(orphan.findings.map((f) => f.code)).toContain('ORPHAN_CONTINUATION');
      const titled = readGrid([[...H, ''], ['มาตรการ ก', 'ทำ', 'ทำแล้ว', '', 'ข']]);
      expect(titled.measures.map((m) => m.title)).toEqual(['มาตรการ ก']);
    });
  });

  it('skips a repeated header whose problems cell is blank, and reads ข้อเสนอเเนะ typed with two sara e', () => {
    // The problems header added later stands on top only: its repeats are blank there.
    const added = readGrid([[...H.slice(0, 3), 'ปัญหา / ข้อเสนอแนะ'], ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', ''], [...H.slice(0, 3), ''], ['๒. ข', '๑. ทำ', '๑. ทำแล้ว', '']]);
    expect(added.measures.map((m) => m.title)).toEqual(['ก', 'ข']);
    expect(planSuggestions(checkTable(added)).map((f) => f.cell)).toEqual(['D2', 'D4']);
    expect(readGrid([['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอเเนะ'], ['ก', '๑. ทำ', '๑. ทำแล้ว', '']]).columns?.suggestion).toBe(3);
  });

  it('skips only a repeat of the header row, never a measure whose cells read like headers', () => {
    const measure = ['มาตรการป้องกันการรับสินบน', 'จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล', 'ผลการดำเนินงานเป็นไปตามแผน'];
    for (const header of [H.slice(0, 3), H]) {
      const row = header.length === 4 ? [...measure, 'ปัญหาไม่มี'] : measure;
      const table = readGrid([header, ['ก', '๑. ทำ', '๑. ทำแล้ว', ''].slice(0, header.length), row, ['มาตรการ', 'ขั้นตอน หรือ วิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'].slice(0, header.length)]);
      expect(table.measures.map((m) => m.title)).toEqual(['ก', 'มาตรการป้องกันการรับสินบน']);
    }
  });

  it('says which of the columns a table needs its header row lacks', () => {
    expect(() => readGrid([['มาตรการ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'], ['ก', '๑. ทำแล้ว', '']])).toThrow(
      expect.objectContaining({ code: 'NO_HEADER', messageTh: 'แถวหัวตารางที่ 1 ไม่มีคอลัมน์ “ขั้นตอนหรือวิธีการปฏิบัติ” ต้องมีหัวคอลัมน์ “มาตรการ”, “ขั้นตอนหรือวิธีการปฏิบัติ”, “ผลการดำเนินงาน” (และ “ปัญหา / ข้อเสนอแนะ” ถ้ามี)' }),
    );
    // The problems / suggestions column is never named as lacking: a table may do without it.
    expect(() => readGrid([['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'หมายเหตุ'], ['ก', '๑. ทำ', '']])).toThrow(
      expect.objectContaining({ messageEn: 'Header row 1 lacks the column(s) “Results”: a table needs the columns Measure, Steps, Results (and Problems / Suggestions when it has one)' }),
    );
  });

  it('after data, a measure whose cells read like a four-column header is a measure, not the header', () => {
    const table = readGrid([
      ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'หมายเหตุ'],
      ['1', 'มาตรการเผยแพร่แผน', '1. จัดทำแผน', '1. จัดทำแผนแล้ว', ''],
      ['2', 'มาตรการป้องกันการรับสินบน', 'จัดกิจกรรมรณรงค์', 'ผลการดำเนินงานเป็นไปตามแผน', 'ไม่มีปัญหา'],
      ['3', 'มาตรการส่งเสริมคุณธรรม', '1. อบรม', '1. อบรมแล้ว', ''],
    ]);
    expect(table.headerRow).toBe(0);
    expect(table.measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(table.findings.map((f) => f.code)).toEqual(['NO_SUGGESTION_COLUMN']);
    expect(planSuggestions(checkTable(table))).toEqual([]);
  });

  describe('a measure header merged over the number and title columns (มาตรการ over 1 | มาตรการเผยแพร่…)', () => {
    const merged = [
      ['มาตรการ', '', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'],
      ['1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '1. จัดทำประกาศ\n2. เผยแพร่บนเว็บไซต์', '1. จัดทำประกาศแล้ว\n2. เผยแพร่บนเว็บไซต์แล้ว', ''],
      ['', '', '3. รายงานผู้บริหาร', '3. รายงานผู้บริหารแล้ว', ''],
      ['2.', 'มาตรการป้องกันผลประโยชน์ทับซ้อน', '1. อบรมบุคลากร', '1. อบรมบุคลากรแล้ว', 'ไม่มี'],
    ];

    it('reads the titles as the measures and the numbers as their numbers, with no unheaded-column warning', () => {
      const table = readGrid(merged);
      expect(table.columns).toMatchObject({ number: 0, measure: 1 });
      expect(table.measures.map((m) => [m.number, m.title])).toEqual([[1, 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ'], [2, 'มาตรการป้องกันผลประโยชน์ทับซ้อน']]);
      expect(table.measures[0].steps).toHaveLength(3);
      expect(table.findings).toEqual([]);
      expect(planSuggestions(checkTable(table)).map((s) => s.cell)).toEqual(['E2']);
    });

    it('keeps the headed column when it holds text, or when a numbered row has no title beside it', () => {
      const words = merged.map((row, r) => (r === 3 ? ['ข้อ 2', ...row.slice(1)] : row));
      expect(readGrid(words).columns).toMatchObject({ measure: 0 });
      const untitled = merged.map((row, r) => (r === 3 ? [row[0], '', ...row.slice(2)] : row));
      expect(readGrid(untitled).columns).toMatchObject({ measure: 0 });
      expect(readGrid(untitled).findings.map((f) => f.code)).toContain('UNHEADED_COLUMN');
    });
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
