import { parseReportText, readGrid, tableToGrid, toThaiDigits, type MeasureTable } from '../../src/core';
import { reportTextLayout } from '../helpers/reportTextLayout';
import { measureEssence } from '../helpers/sample';

/**
 * Generated tables, written out in the sheet layout and in the report-text layout, must read back
 * to the same measures. A seeded generator keeps failures reproducible.
 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['จัดทำ', 'ประกาศ', 'มาตรการ', 'เผยแพร่', 'ผ่านเว็บไซต์', 'ของหน่วยงาน', 'พ.ศ.๒๕๖๕', 'ตัวชี้วัดที่ ๙', 'งบ 1.5 ล้านบาท',
  'ITA', '(OIT)', 'ร้อยละ 80', 'เจ้าหน้าที่', 'ผู้บริหาร', 'ไตรมาส', '<b>', '"คำพูด"', 'a, b', 'ข้อมูล/สถิติ'];

function text(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(next() < 0.5 ? ' ' : '');
}

/** Extra columns a generated sheet may carry, with the header an agency might give each. */
const EXTRA_HEADERS = ['ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)', 'ตัวชี้วัด', 'หลักฐาน'];

function grid(seed: number): string[][] {
  const next = random(seed);
  const thai = next() < 0.5;
  const num = (n: number) => (thai ? toThaiDigits(String(n)) : String(n));
  // Half the tables carry extra columns, each at a place of its own among the four.
  const extras = next() < 0.5 ? EXTRA_HEADERS.filter(() => next() < 0.5) : [];
  const header = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];
  const places = extras.map(() => 1 + Math.floor(next() * header.length));
  const withExtras = (row: string[], cells: string[]) => {
    const out = row.slice();
    cells.forEach((cell, k) => out.splice(Math.min(places[k] + k, out.length), 0, cell));
    return out;
  };
  const rows = [withExtras(header, extras)];
  const measures = 1 + Math.floor(next() * 8);
  for (let m = 1; m <= measures; m++) {
    const items = (count: number) => Array.from({ length: count }, (_, i) => `${num(i + 1)}. ${text(next, 1 + Math.floor(next() * 5))}`).join('\n');
    const extraCells = extras.map(() => (next() < 0.2 ? '' : Array.from({ length: 1 + Math.floor(next() * 2) }, () => text(next, 2)).join('\n')));
    rows.push(withExtras([`${num(m)}. มาตรการ${text(next, 2)}`, items(1 + Math.floor(next() * 4)), items(Math.floor(next() * 4)), next() < 0.5 ? '' : text(next, 3)], extraCells));
  }
  return rows;
}

describe.each(Array.from({ length: 40 }, (_, i) => i + 1))('generated table %i', (seed) => {

  const table: MeasureTable = readGrid(grid(seed));

  it('reads back the same from its sheet layout', () => {
    expect(measureEssence(readGrid(tableToGrid(table)))).toEqual(measureEssence(table));
  });

  it('reads back the same from its report text', () => {
    expect(measureEssence(parseReportText(reportTextLayout(table)))).toEqual(measureEssence(table));
  });
});

it('generates tables with extra columns, several at once and in other places than the end', () => {
  const withExtras = Array.from({ length: 40 }, (_, i) => readGrid(grid(i + 1))).filter((t) => Object.keys(t.columns?.extra ?? {}).length > 0);
  expect(withExtras.length).toBeGreaterThanOrEqual(10);
  expect(withExtras.some((t) => Object.keys(t.columns?.extra ?? {}).length >= 2)).toBe(true);
  expect(withExtras.some((t) => Object.values(t.columns?.extra ?? {}).some((at) => at < (t.columns?.suggestion ?? 0)))).toBe(true);
});
