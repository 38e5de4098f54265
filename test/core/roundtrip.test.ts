import { parseReportText, readGrid, renderReportText, tableToGrid, toThaiDigits, type MeasureTable } from '../../src/core';
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

function grid(seed: number): string[][] {
  const next = random(seed);
  const thai = next() < 0.5;
  const num = (n: number) => (thai ? toThaiDigits(String(n)) : String(n));
  const rows = [['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ']];
  const measures = 1 + Math.floor(next() * 8);
  for (let m = 1; m <= measures; m++) {
    const items = (count: number) => Array.from({ length: count }, (_, i) => `${num(i + 1)}. ${text(next, 1 + Math.floor(next() * 5))}`).join('\n');
    rows.push([`${num(m)}. มาตรการ${text(next, 2)}`, items(1 + Math.floor(next() * 4)), items(Math.floor(next() * 4)), next() < 0.5 ? '' : text(next, 3)]);
  }
  return rows;
}

describe.each(Array.from({ length: 40 }, (_, i) => i + 1))('generated table %i', (seed) => {
  const table: MeasureTable = readGrid(grid(seed));

  it('reads back the same from its sheet layout', () => {
    expect(measureEssence(readGrid(tableToGrid(table)))).toEqual(measureEssence(table));
  });

  it('reads back the same from its report text', () => {
    expect(measureEssence(parseReportText(renderReportText(table, [])))).toEqual(measureEssence(table));
  });
});
