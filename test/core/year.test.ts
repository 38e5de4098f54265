import {
  buildMemo,
  checkTable,
  planSuggestions,
  itasAnswer,
  parseSettings,
  planRollover,
  qrMatrix,
  readGrid,
  settingsFiscalYear,
  settingsRows,
  type ReportSettings,
} from '../../src/core';
import { yearGrid } from '../helpers/yearSample';

const SETTINGS: ReportSettings = {
  agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, numerals: 'thai', websitePath: 'หน้าแรก > การประเมิน ITA > O43',
  signerName: 'นางสาวสมใจ ตั้งใจ', signerPosition: 'นักวิเคราะห์นโยบายและแผน',
};
const URL = 'https://docs.google.com/document/d/1Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz/edit?usp=sharing';
/** 14:05 on 27 November 2022 in Bangkok. */
const PUBLISHED = new Date('2022-11-27T07:05:00Z');

describe('ITAS answer', () => {
  it('is "มี", the link and a description with title, edition, fiscal year, B.E. date and website menu', () => {
    const answer = itasAnswer({ ...SETTINGS, edition: 'half-year' }, URL, PUBLISHED);
    expect(answer.text.split('\n')).toEqual([
      'มี',
      URL,
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ' +
        'ประจำปีงบประมาณ พ.ศ.๒๕๖๕ ของเทศบาลตำบลสอง เผยแพร่เมื่อวันที่ ๒๗ พฤศจิกายน ๒๕๖๕ บนเว็บไซต์ของหน่วยงาน เมนู หน้าแรก > การประเมิน ITA > O43',
    ]);
  });

  it('names each edition once: no "(ฉบับรอบ ๖ เดือน)" after a title that says it, no "ฉบับประจำปี ประจำปีงบประมาณ"', () => {
    const named = (edition: 'plan' | 'half-year' | 'annual') => itasAnswer({ ...SETTINGS, edition }, URL, PUBLISHED).description.split(' ประจำปีงบประมาณ')[0];
    expect(named('plan')).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ฉบับแผน)');
    expect(named('half-year')).toBe('รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน');
    expect(named('annual')).toBe('รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๑๒ เดือน');
    for (const edition of ['plan', 'half-year', 'annual'] as const) {
      const description = itasAnswer({ ...SETTINGS, edition }, URL, PUBLISHED).description;
      expect(description.match(/รอบ|ฉบับ|ประจำปี(?!งบประมาณ)/g)).toHaveLength(1);
    }
  });

  it('names the settings row to fill when the website menu is not set', () => {
    const answer = itasAnswer({ agency: 'เทศบาลตำบลสอง', fiscalYear: 2566, numerals: 'arabic' }, URL, PUBLISHED);
    expect(answer.description).toContain('ของหน่วยงาน รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ.2566');
    expect(answer.description).toContain('ระบุเมนูที่ “ตำแหน่งบนเว็บไซต์ (เมนู)” ในชีตตั้งค่า');
  });
});

describe('approval memo', () => {
  it('has the official parts, the link, the requester and an approval block', () => {
    const memo = buildMemo(SETTINGS, { number: 'สพ 51201/123', to: 'นายกเทศมนตรีตำบลสอง', approverName: 'นายสมชาย ใจดี', approverPosition: 'นายกเทศมนตรีตำบลสอง' }, URL, PUBLISHED);
    expect(memo.heading).toBe('บันทึกข้อความ');
    expect([memo.department, memo.number, memo.date, memo.to]).toEqual([
      { label: 'ส่วนราชการ', value: 'เทศบาลตำบลสอง' },
      { label: 'ที่', value: 'สพ ๕๑๒๐๑/๑๒๓' },
      { label: 'วันที่', value: '๒๗ พฤศจิกายน ๒๕๖๕' },
      { label: 'เรียน', value: 'นายกเทศมนตรีตำบลสอง' },
    ]);
    expect(memo.subject.value).toBe('ขออนุญาตเผยแพร่รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๑๒ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ บนเว็บไซต์ของหน่วยงาน');
    expect(memo.body[1].text).toBe(`ในการนี้ จึงขออนุญาตนำรายงานดังกล่าวเผยแพร่บนเว็บไซต์ของหน่วยงาน ที่เมนู หน้าแรก > การประเมิน ITA > O43 ตามลิงก์ ${URL}`);
    expect(memo.requester.map((p) => p.text)).toEqual(['ลงชื่อ ........................................', '(นางสาวสมใจ ตั้งใจ)', 'ตำแหน่ง นักวิเคราะห์นโยบายและแผน']);
    expect(memo.approval.map((p) => p.text)).toContain('(นายสมชาย ใจดี)');
    expect(memo.approval[1].text).toBe('(   ) อนุญาต      (   ) ไม่อนุญาต');
  });

  it('names the six-month edition once: its title already says รอบ ๖ เดือน', () => {
    const memo = buildMemo({ ...SETTINGS, edition: 'half-year' }, {}, URL, PUBLISHED);
    expect(memo.subject.value).toBe('ขออนุญาตเผยแพร่รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ บนเว็บไซต์ของหน่วยงาน');
    expect(memo.body[0].text).toContain('ได้จัดทำรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ');
    expect(buildMemo({ ...SETTINGS, edition: 'plan' }, {}, URL, PUBLISHED).subject.value).toBe('ขออนุญาตเผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ฉบับแผน) ประจำปีงบประมาณ พ.ศ.๒๕๖๕ บนเว็บไซต์ของหน่วยงาน');
  });

  it('leaves dotted lines to fill by hand when the settings are blank', () => {
    const memo = buildMemo({ agency: '', fiscalYear: 2566, numerals: 'thai' }, {}, URL, PUBLISHED);
    expect(memo.department.value).toMatch(/^\.+$/);
    expect(memo.to.value).toMatch(/^\.+$/);
  });
});

describe('settings for the year', () => {
  const rows = (values: Record<string, string>) => [
    ['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'],
    ...settingsRows().map(([label, initial, key]) => [label, key in values ? values[key as string] : initial, key, '']),
  ];

  it('reads edition, cut-off, hidden columns, website menu, the last-page link and the memo fields', () => {
    const parsed = parseSettings(rows({
      fiscalYear: '2568', edition: 'รอบ ๖ เดือน', asOf: '2568-03-31', hiddenColumns: 'งบประมาณ, หลักฐาน', websitePath: 'หน้าแรก > ITA',
      linkOnLastPage: 'ใช่', memoNumber: 'สพ 51201/7', memoTo: 'นายกเทศมนตรีตำบลสอง',
    }), 'Asia/Bangkok');
    expect(parsed.report).toMatchObject({
      fiscalYear: 2568, edition: 'half-year', asOf: '2568-03-31', hiddenColumns: ['budget', 'evidence'], websitePath: 'หน้าแรก > ITA', linkOnLastPage: true,
    });
    expect(parsed.memo).toEqual({ number: 'สพ 51201/7', to: 'นายกเทศมนตรีตำบลสอง' });
  });

  it('defaults to the annual edition without the last-page link', () => {
    const parsed = parseSettings(rows({ fiscalYear: '2568' }), 'Asia/Bangkok');
    expect(parsed.report.edition).toBe('annual');
    expect(parsed.report.linkOnLastPage).toBeUndefined();
  });
});

describe('rollover', () => {
  const settings = [['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'], ['ชื่อหน่วยงาน', 'เทศบาลตำบลสอง', 'agency', ''], ['ปีงบประมาณ (พ.ศ.)', '2565', 'fiscalYear', '']];

  it('keeps measures, steps and extra columns; empties results, suggestions and evidence; notes last year', () => {
    const grid = yearGrid();
    grid[1][9] = 'หน่วยงานควรจัดอบรมให้ความรู้เกี่ยวกับการประเมิน ITA';
    const before = JSON.stringify(grid);
    const plan = planRollover(grid, settings, 2565);
    expect(JSON.stringify(grid)).toBe(before);
    expect(plan.archiveName).toBe('มาตรการ 2565');
    expect(plan.measures[0]).toEqual(grid[0]);
    expect(plan.measures).toHaveLength(11);
    const [number, title, steps, responsible, timeframe, budget, results, indicator, evidence, suggestion] = plan.measures[2];
    expect([number, title, responsible, budget, indicator]).toEqual(['๒', grid[2][1], 'กองคลัง', '๒๐,๐๐๐', grid[2][7]]);
    expect(steps).toBe(grid[2][2]);
    expect(timeframe).toBe('ต.ค. ๖๕ – ธ.ค. ๖๕');
    expect([results, evidence, suggestion]).toEqual(['', '', '']);
    expect(plan.notes[0]).toEqual({ row: 1, column: 1, text: 'ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๕:\nหน่วยงานควรจัดอบรมให้ความรู้เกี่ยวกับการประเมิน ITA' });
    expect(plan.notes.map((n) => n.row)).toEqual(grid.slice(1).flatMap((row, i) => (row[9].trim() ? [i + 1] : [])));
    expect(plan.fiscalYearCell).toEqual({ row: 2, column: 1, value: 2566 });
    // The new sheet reads back as the same measures and steps, with nothing to report yet.
    const next = readGrid(plan.measures);
    expect(next.measures.map((m) => m.steps.map((s) => s.text))).toEqual(readGrid(grid).measures.map((m) => m.steps.map((s) => s.text)));
    expect(next.measures.every((m) => m.results.length === 0)).toBe(true);
  });

  it('keeps a column the reader does not use (หมายเหตุ) in its place, empty for the new year', () => {
    const grid = [
      ['ที่', 'มาตรการ', 'หมายเหตุ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
      ['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ต่อเนื่องจากปีก่อน', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', '๑. เผยแพร่แล้ว', 'ควรเพิ่มช่องทาง'],
    ];
    const plan = planRollover(grid, null, 2566);
    expect(plan.measures).toEqual([grid[0], ['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', '', '']]);
    expect(plan.notes).toEqual([{ row: 1, column: 1, text: 'ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๖:\nควรเพิ่มช่องทาง' }]);
  });

  it('gives a table without a problems / suggestions column one, empty, after its results, so next year can be filled', () => {
    const grid = [
      ['ผลการดำเนินงาน', 'ที่', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'มาตรการ', 'หมายเหตุ'],
      ['๑. เผยแพร่แล้ว', '๑', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ต่อเนื่อง'],
    ];
    const plan = planRollover(grid, null, 2566);
    expect(plan.measures).toEqual([
      ['ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'ที่', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'มาตรการ', 'หมายเหตุ'],
      ['', '', '๑', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', ''],
    ]);
    const next = readGrid(plan.measures);
    expect(next.columns?.suggestion).toBe(1);
    expect(next.findings.map((f) => f.code)).not.toContain('NO_SUGGESTION_COLUMN');
  });

  it('heads a column headed only in a second header row by that header in next year\'s one-row header', () => {
    const grid = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', '', 'ปัญหา / ข้อเสนอแนะ'],
      ['', '', 'รอบ ๖ เดือน', 'รอบ ๑๒ เดือน', ''],
      ['๑. มาตรการ ก', '๑. เผยแพร่ข้อมูล', '๑. เผยแพร่แล้ว', '๑. เผยแพร่ครบ', '-'],
    ];
    const plan = planRollover(grid, null, 2566);
    expect(plan.measures).toEqual([
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ผลการดำเนินงาน รอบ ๑๒ เดือน', 'ปัญหา / ข้อเสนอแนะ'],
      ['๑. มาตรการ ก', '๑. เผยแพร่ข้อมูล', '', '', ''],
    ]);
  });

  it('keeps problems and suggestions split over columns split in next year\'s sheet, under their labels, so its fill goes to the suggestions column', () => {
    const grid = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหาและแนวทางแก้ไข', ''],
      ['', '', '', 'ปัญหาอุปสรรค', 'แนวทางแก้ไข'],
      ['๑. มาตรการ ก', '๑. เผยแพร่ข้อมูล', '๑. เผยแพร่แล้ว', 'ฝนตก', 'ควรเลื่อน'],
    ];
    const plan = planRollover(grid, null, 2566);
    expect(plan.measures).toEqual([
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหาอุปสรรค', 'แนวทางแก้ไข'],
      ['๑. มาตรการ ก', '๑. เผยแพร่ข้อมูล', '', '', ''],
    ]);
    expect(plan.notes[0].text).toBe('ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๖:\nปัญหาอุปสรรค: ฝนตก\nแนวทางแก้ไข: ควรเลื่อน');
    expect(planSuggestions(checkTable(readGrid(plan.measures))).map((f) => f.cell)).toEqual(['E2']);
    // A problems cell merged over halves that are no problems halves (ภายใน, ภายนอก) is no split.
    const split = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา', '', ''],
      ['', '', '', 'ภายใน', 'ภายนอก', 'ข้อเสนอแนะ'],
      ['๑. ก', '๑. ทำ', '๑. ทำแล้ว', '', '', ''],
    ];
    expect(readGrid(split).columns?.suggestionParts).toBeUndefined();
  });

  it('keeps a numbered title when there is no number column, and reads the settings year', () => {
    const grid = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
      ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', '๑. เผยแพร่แล้ว', '-'],
    ];
    const plan = planRollover(grid, null, 2566);
    expect(plan.measures[1]).toEqual(['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', '', '']);
    expect(plan.notes).toEqual([{ row: 1, column: 0, text: 'ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๖:\n-' }]);
    expect(plan.fiscalYearCell).toBeNull();
    expect(settingsFiscalYear(settings)).toBe(2565);
  });
});

describe('QR code', () => {
  /** The 15 format bits read around the top-left finder (ISO/IEC 18004 §7.9), unmasked. */
  function formatBits(m: boolean[][]): number {
    const cells: [number, number][] = [
      [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
    ];
    return cells.reduce((bits, [r, c]) => (bits << 1) | (m[r][c] ? 1 : 0), 0) ^ 0b101010000010010;
  }

  /** BCH(15,5) remainder with the generator 10100110111: zero for a valid format word. */
  function bchRemainder(word: number): number {
    let value = word;
    for (let bit = 14; bit >= 10; bit--) if (value & (1 << bit)) value ^= 0b10100110111 << (bit - 10);
    return value;
  }

  it('encodes a Docs link as a valid code at error correction M with three finders', () => {
    const m = qrMatrix(URL);
    const size = m.length;
    expect((size - 17) % 4).toBe(0);
    // 85 bytes in byte mode overflow version 5 at level M (84 bytes, ISO/IEC 18004 table 7): version 6.
    expect(URL).toHaveLength(85);
    expect((size - 17) / 4).toBe(6);
    expect((qrMatrix(URL.slice(0, 84)).length - 17) / 4).toBe(5);
    expect((qrMatrix(URL.slice(0, 14)).length - 17) / 4).toBe(1);
    const finder = (r: number, c: number) => [0, 6].every((d) => m[r + d].slice(c, c + 7).every(Boolean)) && !m[r + 1][c + 1] && m[r + 3][c + 3];
    expect([finder(0, 0), finder(0, size - 7), finder(size - 7, 0)]).toEqual([true, true, true]);
    const format = formatBits(m);
    expect(bchRemainder(format)).toBe(0);
    expect(format >> 13).toBe(0b00); // level M
    // Timing pattern: alternating modules on row 6 between the finders.
    expect(m[6].slice(8, size - 8).every((dark, i) => dark === (i % 2 === 0))).toBe(true);
  });

  it('percent-encodes a link with Thai characters before encoding it', () => {
    expect(qrMatrix('https://เทศบาลสอง.ไทย/ita')).toEqual(qrMatrix(encodeURI('https://เทศบาลสอง.ไทย/ita')));
  });
});
