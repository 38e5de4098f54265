import {
  buildMemo,
  buildReport,
  checkTable,
  checkWithAgencySheets,
  editionCheckOptions,
  planSuggestions,
  itasAnswer,
  parseSettings,
  planRollover,
  qrMatrix,
  readGrid,
  rolloverSettingsSaid,
  settingsFiscalYear,
  settingsRows,
  settingsStatedBy,
  tableToGrid,
  type Edition,
  type ReportSettings,
} from '../../src/core';
import * as path from 'path';
import { loadTable } from '../../src/node/tableFiles';
import { yearGrid } from '../helpers/yearSample';
import { PER_ROW_NUMBERED } from '../helpers/mergedSheets';

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
    expect(plan.settingsCells).toEqual([{ row: 2, column: 1, key: 'fiscalYear', value: 2566 }]);
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

  it('reads the sheet as check does: a header on two rows keeps every label, and merged cells give one row per measure', () => {
    // A group header merged over the steps and results sub-headers (Sheets gives '' in the cells a merge covers).
    const stacked = [
      ['มาตรการ', 'การดำเนินงาน', '', 'ปัญหา/ข้อเสนอแนะ', 'ผู้รับผิดชอบ'],
      ['', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', '', ''],
      ['1. มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ลงนามประกาศนโยบาย No Gift Policy แล้ว', '', 'สำนักปลัด'],
    ];
    const fromStacked = planRollover(stacked, null, 2567);
    expect(fromStacked.measures[0]).toEqual(['มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', 'ผู้รับผิดชอบ']);
    expect(readGrid(fromStacked.measures).measures.map((m) => [m.title, m.extra?.responsible])).toEqual([['มาตรการป้องกันการรับสินบน', 'สำนักปลัด']]);
    // Titles merged over per-row-numbered rows, and one responsible unit merged down over both measures.
    const grid = PER_ROW_NUMBERED.map((row, r) => [...row, r === 0 ? 'ผู้รับผิดชอบ' : r === 1 ? 'สำนักปลัด' : '']);
    const merges = [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 1, bottom: 4, right: 1 }, { top: 1, left: 5, bottom: 4, right: 5 }];
    const plan = planRollover(grid, null, 2567, { merges });
    const next = readGrid(plan.measures);
    expect(next.measures.map((m) => [m.title, m.steps.length, m.extra?.responsible])).toEqual([
      ['มาตรการป้องกันการรับสินบน', 2, 'สำนักปลัด'],
      ['มาตรการจัดการเรื่องร้องเรียน', 2, 'สำนักปลัด'],
    ]);
    expect(checkTable(next).findings.filter((f) => f.code === 'EMPTY_TITLE' || f.code.startsWith('MISSING_'))).toEqual([]);
  });

  it('keeps a numbered title when there is no number column, and reads the settings year', () => {
    const grid = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
      ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', '๑. เผยแพร่แล้ว', '-'],
    ];
    const plan = planRollover(grid, null, 2566);
    expect(plan.measures[1]).toEqual(['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', '', '']);
    expect(plan.notes).toEqual([{ row: 1, column: 0, text: 'ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๖:\n-' }]);
    expect(plan.settingsCells).toEqual([]);
    expect(settingsFiscalYear(settings)).toBe(2565);
  });
});

describe('rollover: the settings and the plan\'s own columns', () => {
  /** The add-on's settings sheet as a coordinator left it at the end of 2568's six-month round. */
  const lastYear = (values: Record<string, string | number>) => [
    ['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'],
    ...settingsRows({ agency: 'เทศบาลตำบลสอง', fiscalYear: 2568, ...values }).map(([label, value, key]) => [label, value, key, '']),
  ];
  const rowOf = (grid: unknown[][], key: string) => grid.findIndex((r) => r[2] === key);

  it('clears last year\'s report date, cut-off and introduction (each kept in its cell\'s note), sets the plan, moves the year', () => {
    const settings = lastYear({
      reportDate: '2568-09-30', asOf: '2568-03-31', edition: 'รอบ ๖ เดือน',
      introduction: 'ตามที่ เทศบาลตำบลสอง ได้รวบรวมผลการดำเนินการในรอบ 6 เดือน', introductionFor: 'รอบ ๖ เดือน พ.ศ. 2568',
    });
    // A note someone wrote on the report date's cell is kept above the one rollover adds.
    const notes = settings.map(() => ['', '', '', '']);
    notes[rowOf(settings, 'reportDate')][1] = 'วันที่ตามหนังสือนำส่ง';
    const plan = planRollover(yearGrid(), settings, 2568, { settingsNotes: notes });
    const edit = (key: string) => plan.settingsCells.find((c) => c.key === key);
    expect(edit('fiscalYear')).toEqual({ row: rowOf(settings, 'fiscalYear'), column: 1, key: 'fiscalYear', value: 2569 });
    expect(edit('edition')).toEqual({ row: rowOf(settings, 'edition'), column: 1, key: 'edition', value: 'แผน' });
    expect(edit('asOf')).toEqual({ row: rowOf(settings, 'asOf'), column: 1, key: 'asOf', value: '', note: 'ค่าของปีงบประมาณ พ.ศ.2568 (ล้างเมื่อเริ่มปีงบประมาณ 2569):\n2568-03-31' });
    expect(edit('reportDate')?.note).toBe('วันที่ตามหนังสือนำส่ง\n\nค่าของปีงบประมาณ พ.ศ.2568 (ล้างเมื่อเริ่มปีงบประมาณ 2569):\n2568-09-30');
    expect(edit('introduction')).toMatchObject({ value: '', note: expect.stringContaining('ได้รวบรวมผลการดำเนินการในรอบ 6 เดือน') });
    expect(edit('introductionFor')).toMatchObject({ value: '', note: expect.stringContaining('รอบ ๖ เดือน พ.ศ. 2568') });
    // Blank settings are not touched; nothing else is.
    expect(plan.settingsCells.map((c) => c.key).sort()).toEqual(['asOf', 'edition', 'fiscalYear', 'introduction', 'introductionFor', 'reportDate']);
    const cleared = lastYear({ agency: 'เทศบาลตำบลสอง', fiscalYear: 2568 });
    expect(planRollover(yearGrid(), cleared, 2568).settingsCells.map((c) => c.key)).toEqual(['fiscalYear', 'edition']);
    expect(plan.confirmationsArchiveName).toBe('การยืนยันผลตรวจ 2568');
  });

  it('moves timeframes written d/m/yyyy or as a fiscal year to the new year, and names those it could not move', () => {
    // Timeframes as agencies type them in a 2568 plan (numeric days, a fiscal year, a year left in prose).
    const grid = yearGrid();
    const timeframes = ['01/10/2567 - 30/09/2568', '๑/๑๐/๒๕๖๗ – ๓๑/๓/๒๕๖๘', 'ปีงบประมาณ 2568', 'ภายในปี ๖๘ ตามแผน', 'ตามแผนการดำเนินงาน'];
    timeframes.forEach((t, i) => { grid[i + 1][4] = t; });
    const plan = planRollover(grid, lastYear({}), 2568);
    expect(plan.measures.slice(1, 6).map((row) => row[4])).toEqual(['01/10/2568 - 30/09/2569', '๑/๑๐/๒๕๖๘ – ๓๑/๓/๒๕๖๙', 'ปีงบประมาณ 2569', 'ภายในปี ๖๘ ตามแผน', 'ตามแผนการดำเนินงาน']);
    // Only the one it could neither read nor move is named, by its cell in the new sheet.
    expect(plan.staleTimeframes).toEqual([{ cell: 'E5', text: 'ภายในปี ๖๘ ตามแผน' }]);
    expect(rolloverSettingsSaid(plan, 'th')).toContain('ระยะเวลาดำเนินการที่อ่านไม่ได้และยังระบุปี 2568 คัดลอกไว้ตามเดิม (แก้ในชีต “มาตรการ”): E5 “ภายในปี ๖๘ ตามแผน”');
    expect(rolloverSettingsSaid(plan, 'en')).toContain('still name 2568\'s year');
    expect(planRollover(yearGrid(), lastYear({}), 2565).staleTimeframes).toEqual([]);
  });

  it('a date cell (as getValues gives it) is kept in the note in the Buddhist Era', () => {
    const settings = lastYear({ asOf: '' });
    settings[rowOf(settings, 'asOf')][1] = new Date('2025-03-31T05:00:00Z') as unknown as string;
    const plan = planRollover(yearGrid(), settings, 2568, { timeZone: 'Asia/Bangkok' });
    expect(plan.settingsCells.find((c) => c.key === 'asOf')?.note).toBe('ค่าของปีงบประมาณ พ.ศ.2568 (ล้างเมื่อเริ่มปีงบประมาณ 2569):\n31 มีนาคม 2568');
  });

  it('carries the plan\'s own columns (หน่วยปฏิบัติ, 9 of 9 filled in bmadrain-bangkok-2568), empties remarks and results-like ones', async () => {
    const { table } = await loadTable(path.join(__dirname, '..', 'corpus', 'bmadrain-bangkok-2568.txt'));
    const unit = table.columns?.other?.findIndex((o) => o.header === 'หน่วยปฏิบัติ') ?? -1;
    expect(unit).toBeGreaterThanOrEqual(0);
    const filled = table.measures.map((m) => m.other?.[unit] ?? '');
    expect(filled.filter((t) => t.trim())).toHaveLength(9);
    const next = readGrid(planRollover(tableToGrid(table), null, 2568).measures);
    const nextUnit = next.columns?.other?.findIndex((o) => o.header === 'หน่วยปฏิบัติ') ?? -1;
    expect(next.measures.map((m) => m.other?.[nextUnit] ?? '')).toEqual(filled);

    const grid = [
      ['ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'หน่วยปฏิบัติ', 'ผลการใช้จ่ายงบประมาณ', 'ผลการดำเนินงาน', 'หมายเหตุ'],
      ['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', 'ฝ่ายประชาสัมพันธ์', 'ใช้ไป ๕,๐๐๐ บาท', '๑. เผยแพร่แล้ว', 'ต่อเนื่องจากปีก่อน'],
    ];
    expect(planRollover(grid, null, 2568).measures[1]).toEqual(['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. เผยแพร่ข้อมูลผ่านเว็บไซต์', 'ฝ่ายประชาสัมพันธ์', '', '', '', '']);
  });

  it('gives each carried cell the number format of the cell it came from; an added suggestion column its left neighbour\'s', () => {
    const grid = yearGrid();
    const formats = grid.map((row) => row.map(() => 'General'));
    formats[2][5] = '#,##0';
    formats[2][7] = '0%';
    const plan = planRollover(grid, null, 2565, { numberFormats: formats });
    expect(plan.numberFormats).toHaveLength(10);
    expect(plan.numberFormats?.[1][5]).toBe('#,##0');
    expect(plan.numberFormats?.[1][7]).toBe('0%');
    expect(plan.numberFormats?.[0][5]).toBe('General');
    const noSuggestion = [['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน'], ['๑. มาตรการ ก', '๑. ทำ', '']];
    expect(planRollover(noSuggestion, null, 2565, { numberFormats: [['@', '@', '@'], ['@', '@', '0.00']] }).numberFormats).toEqual([['@', '@', '0.00', '0.00']]);
    expect(planRollover(grid, null, 2565).numberFormats).toBeNull();
  });
});

describe('the settings\' dates against the settings\' year', () => {
  const rows = (values: Record<string, string>) => [
    ['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'],
    ...settingsRows().map(([label, initial, key]) => [label, key in values ? values[key as string] : initial, key, '']),
  ];
  const codes = (settings: ReportSettings) => checkWithAgencySheets(readGrid(yearGrid()), {}, editionCheckOptions(settings)).findings.filter((f) => f.code === 'DATE_OUTSIDE_YEAR');

  it('warns, naming the settings cell, when last year\'s cut-off or report date is left in a new year\'s settings', () => {
    const values = rows({ agency: 'เทศบาลตำบลสอง', fiscalYear: '2566', edition: 'รอบ ๖ เดือน', asOf: '2565-03-31', reportDate: '2565-09-30' });
    const settings = parseSettings(values, 'Asia/Bangkok').report;
    const found = codes(settings);
    const cellOf = (key: string) => `B${values.findIndex((r) => r[2] === key) + 1}`;
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toHaveLength(2);
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual(expect.arrayContaining([
      ['warning', 'ตั้งค่า', cellOf('asOf')],
      ['warning', 'ตั้งค่า', cellOf('reportDate')],
    ]));
    const asOf = found.find((f) => f.cell === cellOf('asOf'))!;
    expect(asOf.message).toBe(`“ข้อมูล ณ วันที่ (รอบ ๖ เดือน)” (ชีต ตั้งค่า เซลล์ ${cellOf('asOf')}) เป็นวันที่ ๓๑ มีนาคม ๒๕๖๕ ซึ่งไม่อยู่ในปีงบประมาณ พ.ศ.๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖) อาจเป็นค่าของปีก่อน แก้วันที่หรือเว้นว่าง`);
    expect(asOf.messageEn).toContain('outside fiscal year B.E. 2566 (2022-10-01 to 2023-09-30)');
  });

  it('an annual report signed after 30 September is no warning; one signed before the year, or over 12 months after it, is', () => {
    const annual = (reportDate: string) => codes(parseSettings(rows({ fiscalYear: '2565', edition: 'ประจำปี', reportDate }), 'Asia/Bangkok').report);
    expect(annual('2565-10-15')).toEqual([]);
    expect(annual('15 ตุลาคม 2565')).toEqual([]);
    expect(annual('2566-09-30')).toEqual([]);
    const late = annual('2566-10-01');
    expect(late.map((f) => f.severity)).toEqual(['warning']);
    expect(late[0].message).toContain('เป็นวันที่ ๑ ตุลาคม ๒๕๖๖ ซึ่งเกิน ๑๒ เดือนหลังสิ้นปีงบประมาณ พ.ศ.๒๕๖๕ (๓๐ กันยายน ๒๕๖๕)');
    const early = annual('2564-09-30');
    expect(early[0].message).toContain('เป็นวันที่ ๓๐ กันยายน ๒๕๖๔ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ พ.ศ.๒๕๖๕ (๑ ตุลาคม ๒๕๖๔) อาจเป็นค่าของปีก่อน');
    expect(early[0].messageEn).toContain('before fiscal year B.E. 2565 starts (2021-10-01)');
    // The six-month cut-off keeps the strict check: 1 October is the next year's.
    const halfYear = codes(parseSettings(rows({ fiscalYear: '2565', edition: 'รอบ ๖ เดือน', asOf: '2565-10-01' }), 'Asia/Bangkok').report);
    expect(halfYear.map((f) => f.message)).toEqual([expect.stringContaining('ซึ่งไม่อยู่ในปีงบประมาณ พ.ศ.๒๕๖๕')]);
  });

  it('says nothing for dates inside the year, and leaves the cut-off alone outside the six-month report', () => {
    const inYear = parseSettings(rows({ fiscalYear: '2566', edition: 'รอบ ๖ เดือน', asOf: '2566-03-31', reportDate: '2565-10-01' }), 'Asia/Bangkok').report;
    expect(codes(inYear)).toEqual([]);
    const annual = parseSettings(rows({ fiscalYear: '2566', edition: 'ประจำปี', asOf: '2565-03-31', reportDate: '2566-09-30' }), 'Asia/Bangkok').report;
    expect(codes(annual)).toEqual([]);
    // A cut-off given on the command line (not the cell's value) is named without a cell.
    const given = { ...parseSettings(rows({ fiscalYear: '2566', edition: 'รอบ ๖ เดือน', asOf: '2566-03-31' }), 'Asia/Bangkok').report, asOf: '2567-03-31' };
    expect(codes(given).map((f) => [f.cell, f.sheet])).toEqual([[undefined, undefined]]);
  });
});

describe('settings dates typed as text', () => {
  const rows = (values: Record<string, string>) => [
    ['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'],
    ...settingsRows().map(([label, initial, key]) => [label, key in values ? values[key as string] : initial, key, '']),
  ];
  const cellOf = (key: string) => `B${rows({}).findIndex((r) => r[2] === key) + 1}`;
  const checked = (values: Record<string, string>) => {
    const settings = parseSettings(rows({ agency: 'เทศบาลตำบลสอง', fiscalYear: '2565', ...values }), 'Asia/Bangkok').report;
    const result = checkWithAgencySheets(readGrid(yearGrid()), {}, editionCheckOptions(settings));
    return { settings, result, model: buildReport(result, settings), dated: result.findings.filter((f) => /^DATE_/.test(f.code)) };
  };

  it.each([
    ['2565-09-30', '2565-09-30'],
    ['30/9/2565', '2565-09-30'],
    ['30 ก.ย. 65', '2565-09-30'],
    ['30 กันยายน 2565', '2565-09-30'],
    ['๓๐ กันยายน ๒๕๖๕', '2565-09-30'],
    ['วันที่ ๑๕ พฤษภาคม พ.ศ. ๒๕๖๕', '2565-05-15'],
    ['15/05/2022', '2022-05-15'],
  ])('reads the report date %p as %s and signs the report with it', (typed, iso) => {
    const { settings, model, dated } = checked({ reportDate: typed });
    expect(settings.reportDate).toBe(iso);
    expect(dated).toEqual([]);
    expect(JSON.stringify(model)).toContain(iso.endsWith('09-30') ? 'วันที่ ๓๐ กันยายน ๒๕๖๕' : 'วันที่ ๑๕ พฤษภาคม ๒๕๖๕');
  });

  it('reads a six-month cut-off typed in Thai: the report and the not-reported rule use it, not 31 March', () => {
    for (const typed of ['30 เม.ย. 2565', '30/4/2565', '๓๐ เมษายน ๒๕๖๕']) {
      const { settings, model, dated } = checked({ asOf: typed, edition: 'รอบ ๖ เดือน' });
      expect([typed, settings.asOf]).toEqual([typed, '2565-04-30']);
      expect(dated).toEqual([]);
      expect(JSON.stringify(model)).toContain('ข้อมูล ณ วันที่ ๓๐ เมษายน ๒๕๖๕');
    }
  });

  it('a date cell that cannot be read is an error naming its cell and the forms it can be written in, never a silent default', () => {
    for (const [key, typed] of [['reportDate', '2565-9-31'], ['asOf', '2565-04-31'], ['asOf', 'สิ้นเดือนมีนาคม'], ['reportDate', '31 ก.ย. 2565']]) {
      const { settings, result, dated } = checked({ [key]: typed, edition: 'รอบ ๖ เดือน' });
      expect(settings[key as 'asOf' | 'reportDate']).toBeUndefined();
      expect(dated.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([['error', 'DATE_UNREADABLE', 'ตั้งค่า', cellOf(key)]]);
      expect(dated[0].message).toContain(`(ชีต ตั้งค่า เซลล์ ${cellOf(key)}) อ่านเป็นวันที่ที่มีจริงไม่ได้: “${typed}”`);
      expect(dated[0].message).toContain('๓๐ กันยายน ๒๕๖๘, 30 ก.ย. 68, 30/9/2568 หรือ 2568-09-30');
      expect(dated[0].messageEn).toContain(`cannot be read as a day that exists: “${typed}”`);
      expect(result.errors).toBeGreaterThan(0);
    }
    // The six-month report says what it falls back to.
    expect(checked({ asOf: 'สิ้นเดือนมีนาคม', edition: 'รอบ ๖ เดือน' }).dated[0].message).toContain('รายงานจะใช้ ๓๑ มีนาคม ๒๕๖๕ แทน');
    // A cut-off is not used outside the six-month report, so an unreadable one is not an error there either.
    expect(checked({ asOf: 'สิ้นเดือนมีนาคม', edition: 'ประจำปี' }).dated).toEqual([]);
  });
});

describe('an introduction belongs to its edition and year', () => {
  const checked = checkTable(readGrid(yearGrid()));
  const settings: ReportSettings = { agency: 'เทศบาลตำบลสอง', fiscalYear: 2568, numerals: 'thai', introduction: 'ตามที่ เทศบาลตำบลสอง ได้รวบรวมผลการดำเนินการในรอบ 6 เดือน' };
  const intro = (s: ReportSettings, edition: Edition) => buildReport(checked, { ...s, edition }).introduction.map((p) => p.text).join('\n');

  it('an imported report\'s introduction is stated with its edition and year, and printed only there', () => {
    const stated = settingsStatedBy({ fiscalYear: 2568, agency: 'เทศบาลตำบลสอง', edition: 'half-year', introduction: [settings.introduction as string] } as never);
    expect(stated.introductionFor).toBe('รอบ ๖ เดือน พ.ศ. 2568');
    const rows = [['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'], ...settingsRows(stated).map(([label, value, key]) => [label, value, key, ''])];
    const read = parseSettings(rows, 'Asia/Bangkok').report;
    expect(read.introductionFor).toEqual({ edition: 'half-year', fiscalYear: 2568 });
    expect(intro(read, 'half-year')).toBe('ตามที่ เทศบาลตำบลสอง ได้รวบรวมผลการดำเนินการในรอบ ๖ เดือน');
    expect(intro(read, 'annual')).not.toContain('รอบ ๖ เดือน');
    expect(intro(read, 'plan')).not.toContain('ได้รวบรวม');
    expect(intro({ ...read, fiscalYear: 2569 }, 'half-year')).not.toContain('ได้รวบรวม');
  });

  it('an introduction typed without an owner is printed in every edition, as before', () => {
    expect(intro(settings, 'annual')).toBe('ตามที่ เทศบาลตำบลสอง ได้รวบรวมผลการดำเนินการในรอบ ๖ เดือน');
    expect(intro(settings, 'plan')).toBe('ตามที่ เทศบาลตำบลสอง ได้รวบรวมผลการดำเนินการในรอบ ๖ เดือน');
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
