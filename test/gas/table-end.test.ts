/**
 * The add-on on sheets where a row inside the table looks like its end: every measure below it is
 * read and published, and whatever the reader leaves out is in the validate response.
 */
import { MEASURES, load } from './harness';

const HEADER = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const COMPLAINTS = ['2', 'มาตรการจัดการเรื่องร้องเรียน', '1. จัดทำช่องทางร้องเรียนออนไลน์\n2. รายงานผลการจัดการเรื่องร้องเรียน', '1. เปิดช่องทางร้องเรียนออนไลน์\n2. รายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกไตรมาส', 'ไม่มี'];
const DISCLOSURE = ['3', 'มาตรการเปิดเผยข้อมูล', '1. เผยแพร่แผนจัดซื้อจัดจ้าง', '1. เผยแพร่แผนจัดซื้อจัดจ้างแล้ว', 'ไม่มี'];

function seeded(rows: string[][]) {
  const loaded = load();
  loaded.addon.setupSheets();
  loaded.env.spreadsheet.sheetData(MEASURES).seed(rows);
  return loaded;
}

function publishedTableRows(loaded: ReturnType<typeof load>): number {
  const r = loaded.addon.publish({ force: true }) as { ok: boolean; docUrl: string };
  expect(r.ok).toBe(true);
  const id = /\/d\/([^/]+)/.exec(r.docUrl)?.[1] ?? '';
  const table = loaded.env.doc(id).saved.content.find((c) => c.type === 'table') as { rows: unknown[] };
  return table.rows.length;
}

test('a หมายเหตุ line under a result in a continuation row: all three measures are checked and published', () => {
  const loaded = seeded([HEADER,
    ['1', 'มาตรการป้องกันการรับสินบน', '1. ประกาศนโยบาย No Gift Policy', '1. ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', 'ไม่มี'],
    ['', '', '2. ประชาสัมพันธ์นโยบายทางเว็บไซต์', '2. เผยแพร่นโยบายทางเว็บไซต์แล้ว\nหมายเหตุ ภาพกิจกรรมตามเอกสารแนบ', ''],
    COMPLAINTS, DISCLOSURE]);
  const v = loaded.addon.validate();
  expect(v.measures.map((m) => m.number)).toEqual([1, 2, 3]);
  expect(v.rowsNotRead).toBeUndefined();
  expect(publishedTableRows(loaded)).toBe(4); // the header and three measures
});

test('results cut off under the table are a warning the sidebar lists, naming the cell', () => {
  const loaded = seeded([HEADER, COMPLAINTS.map((c, i) => (i === 3 ? '1. เปิดช่องทางร้องเรียนออนไลน์' : c)),
    ['', '', '', 'หมายเหตุ: ข้อมูลจากงานสารบรรณ', ''],
    ['', '', '', '2. รายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกไตรมาส', '']]);
  const v = loaded.addon.validate();
  const warning = v.findings.find((f) => f.code === 'TABLE_END');
  expect(warning).toMatchObject({ severity: 'warning', cell: 'D4', sheet: MEASURES });
  expect(warning!.message).toContain('มีขั้นตอน/ผลการดำเนินงาน (D4');
  expect(v.warnings).toBeGreaterThan(0);
  expect(v.rowsNotRead).toMatchObject({ severity: 'warning', firstRow: 2, lastRow: 3 });
});

test('a signature block under the table is an information line in the response, not a problem', () => {
  const loaded = seeded([HEADER, COMPLAINTS, DISCLOSURE, ['', '', '', '', ''],
    ['', '', '', 'ลงชื่อ ........................................ ผู้รายงาน', ''],
    ['', '', '', '(นางสาวสมใจ รักงาน)', '']]);
  const v = loaded.addon.validate();
  expect(v.measures).toHaveLength(2);
  expect(v.findings.some((f) => f.code === 'TABLE_END')).toBe(false);
  expect(v.rowsNotRead).toMatchObject({ severity: 'info', cell: 'D5' });
  expect(v.rowsNotRead!.messageEn).toContain('rows 5–6 (from D5 “ลงชื่อ');
});
