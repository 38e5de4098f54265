/**
 * Merged cells in the add-on: Validate, Fill and Publish read a cell merged down over several
 * measures as the sheet shows it (for each of them), never fill a covered cell or one a merge shares
 * with another measure, and read a title merged over its own rows (numbered row by row) as one measure.
 */
import type { FakeEnv, TableSnapshot } from '../fakes';
import { PER_ROW_NUMBERED } from '../helpers/mergedSheets';
import { MEASURES, load } from './harness';

const HEADER = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const NO_PROBLEMS = 'ไม่มีปัญหาอุปสรรคในการดำเนินงานทุกมาตรการ';
const ROWS = [
  HEADER,
  ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', 'กลุ่มงานบริหารทั่วไป', 'ต.ค. 67 - ก.ย. 68', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', NO_PROBLEMS],
  ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์', '', '', '1. เปิดช่องทางร้องเรียนออนไลน์', ''],
  ['3', 'มาตรการเปิดเผยข้อมูล', '1. เผยแพร่แผนจัดซื้อจัดจ้าง', '', '', '1. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', ''],
  ['4', 'มาตรการส่งเสริมคุณธรรม', '1. จัดอบรมคุณธรรมและจริยธรรม', 'กลุ่มงานบุคคล', 'ม.ค. 68', '1. จัดอบรมคุณธรรมและจริยธรรมแล้ว', ''],
];

function seeded(rows: string[][], merges: string[]) {
  const loaded = load();
  loaded.addon.setupSheets();
  const sheet = loaded.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MEASURES)!;
  loaded.env.spreadsheet.sheetData(MEASURES).seed(rows);
  for (const a1 of merges) sheet.getRange(a1).mergeVertically();
  return { ...loaded, data: loaded.env.spreadsheet.sheetData(MEASURES) };
}

function docTable(env: FakeEnv, docUrl: string): TableSnapshot {
  const id = /\/d\/([^/]+)/.exec(docUrl)?.[1] ?? '';
  return env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table')!;
}

describe('merged cells in the add-on', () => {
  test('one answer, one unit and one period merged down over three measures count for each: no warnings inside the merge, nothing filled into it, the Doc prints the answer for all three', () => {
    const { addon, env, data } = seeded(ROWS, ['D2:E4', 'G2:G4']);
    const v = addon.validate();
    expect(v.measures).toHaveLength(4);
    expect(v.findings.filter((f) => /^MISSING_/.test(f.code))).toEqual([]);

    const fill = addon.fillSuggestions();
    // Only measure 4's own blank cell is filled; G3 and G4 show measure 1's answer and stay covered.
    expect(fill.filled.map((f) => f.cell)).toEqual(['G5']);
    expect(data.values[2][6]).toBe('');
    expect(data.values[3][6]).toBe('');

    const published = addon.publish({ force: true });
    if (!('docUrl' in published)) throw new Error(JSON.stringify(published));
    const rows = docTable(env, published.docUrl as string).rows.map((row) => row.cells.flatMap((c) => c.paragraphs.map((p) => p.text)).join('\n'));
    expect(rows.filter((text) => text.includes(NO_PROBLEMS))).toHaveLength(3);
    expect(rows.filter((text) => text.includes('กลุ่มงานบริหารทั่วไป'))).toHaveLength(3);
  });

  test('a blank suggestions cell merged over three measures is filled for none, each skip saying why; the Doc prints no suggestion the sheet cannot show', () => {
    const rows = ROWS.map((row, r) => (r === 1 ? [...row.slice(0, 6), ''] : row));
    const { addon, env, data } = seeded(rows, ['D2:E4', 'G2:G4']);
    const fill = addon.fillSuggestions();
    expect(fill.filled.map((f) => f.cell)).toEqual(['G5']);
    expect(fill.skipped.map((s) => s.cell)).toEqual(['G2', 'G3', 'G4']);
    expect(fill.skipped[1].reasonTh).toBe('ไม่เติม G3: เซลล์นี้ถูกผสานเข้ากับ G2:G4 ซึ่งเริ่มที่ G2 การเติมจะเขียนทับข้อความใน G2');
    expect([data.values[1][6], data.values[2][6], data.values[3][6]]).toEqual(['', '', '']);

    const published = addon.publish({ force: true });
    if (!('docUrl' in published)) throw new Error(JSON.stringify(published));
    const table = docTable(env, published.docUrl as string);
    const filledText = String(data.values[4][6]);
    expect(filledText).not.toBe('');
    const texts = table.rows.map((row) => row.cells.flatMap((c) => c.paragraphs.map((p) => p.text)).join('\n'));
    // Measure 4's suggestion is printed once; measures 1–3 get none.
    expect(texts.filter((t) => t.includes(filledText.split(' ')[0]))).toHaveLength(1);
  });

  test('numbers down the ลำดับ column beside titles merged over their rows: two measures, no error', () => {
    const { addon } = seeded(PER_ROW_NUMBERED, ['B2:B3', 'E2:E3', 'B4:B5', 'E4:E5']);
    const v = addon.validate();
    expect(v.measures.map((m) => m.title)).toEqual(['มาตรการป้องกันการรับสินบน', 'มาตรการจัดการเรื่องร้องเรียน']);
    expect(v.errors).toBe(0);
    expect(v.findings.map((f) => f.code)).not.toContain('EMPTY_TITLE');
  });

  test('starting the next year reads the sheet as validate does: one row per measure, the unit merged over every measure carried to each', () => {
    const { addon, env } = seeded(ROWS, ['D2:E4', 'G2:G4']);
    expect(addon.validate().findings.filter((f) => /^MISSING_|EMPTY_TITLE/.test(f.code))).toEqual([]);
    (addon.menuStartNextYear as () => void)();
    const next = env.spreadsheet.sheetData(MEASURES).values;
    expect(next.slice(1).map((row) => [row[1], row[3], row[4]])).toEqual([
      ['มาตรการป้องกันการรับสินบน', 'กลุ่มงานบริหารทั่วไป', 'ต.ค. 68 - ก.ย. 69'],
      ['มาตรการจัดการเรื่องร้องเรียน', 'กลุ่มงานบริหารทั่วไป', 'ต.ค. 68 - ก.ย. 69'],
      ['มาตรการเปิดเผยข้อมูล', 'กลุ่มงานบริหารทั่วไป', 'ต.ค. 68 - ก.ย. 69'],
      ['มาตรการส่งเสริมคุณธรรม', 'กลุ่มงานบุคคล', 'ม.ค. 69'],
    ]);
  });

  test('starting the next year from titles merged over per-row-numbered rows gives one titled row per measure', () => {
    const { addon, env } = seeded(PER_ROW_NUMBERED, ['B2:B3', 'B4:B5']);
    (addon.menuStartNextYear as () => void)();
    expect(addon.validate({ edition: 'plan' }).findings.map((f) => f.code)).not.toContain('EMPTY_TITLE');
    expect(env.spreadsheet.sheetData(MEASURES).values.slice(1).map((row) => row[1])).toEqual(['มาตรการป้องกันการรับสินบน', 'มาตรการจัดการเรื่องร้องเรียน']);
  });
});
