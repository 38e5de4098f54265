/** The pure marking rules (src/gas/marks.ts) at sizes the end-to-end tests do not reach. */
import type { Finding } from '../../src/core';
import { MARK_COLORS, noteHash, parseMarks, planMarks, serializeMarks } from '../../src/gas/marks';

const finding = (cell: string, severity: 'error' | 'warning' = 'error'): Finding => ({
  severity, code: 'UNMATCHED_STEP', measure: 1, item: 1, cell, message: `ข้อความ ${cell}`, messageEn: `message ${cell}`,
});
const grid = <T>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => Array<T>(cols).fill(v));

test('a record of 2,000 marked cells is split under the 9 kB property limit and read back', () => {
  const findings = Array.from({ length: 2000 }, (_, i) => finding(`B${i + 2}`));
  const plan = planMarks(grid(2001, 4, '#ffffff'), grid(2001, 4, ''), null, findings, 7, 'เวลา');
  const props = serializeMarks(plan.record, 'm.', 'm.count', 0);
  expect(Object.values(props).every((v) => Buffer.byteLength(v) <= 9 * 1024)).toBe(true);
  expect(Number(props['m.count'])).toBeGreaterThan(1);
  expect(parseMarks(props, 'm.', 'm.count').record).toEqual(plan.record);
  // A shorter record later blanks the chunks it no longer needs, in the same call.
  const small = serializeMarks({ sheetId: 7, cells: [] }, 'm.', 'm.count', Number(props['m.count']));
  expect(small['m.count']).toBe('1');
  expect(small['m.1']).toBe('');
});

test('several findings on one cell make one note; the worst severity colours it', () => {
  const plan = planMarks(grid(3, 4, '#ffffff'), grid(3, 4, ''), null, [finding('B2', 'warning'), finding('B2', 'error')], 1, 't');
  expect(plan.setBackground).toEqual({ error: ['B2'], warning: [] });
  expect(plan.noteBox?.notes[0][0].split('\n')).toHaveLength(4);
  expect(plan.record.cells).toEqual([['B2', MARK_COLORS.error, noteHash(plan.noteBox!.notes[0][0])]]);
});

test('marks of another sheet id (the sheet was replaced) are not cleared on this one', () => {
  const bgs = grid(3, 4, '#ffffff');
  bgs[1][1] = MARK_COLORS.error;
  const plan = planMarks(bgs, grid(3, 4, ''), { sheetId: 99, cells: [['B2', MARK_COLORS.error, '']] }, [], 1, 't');
  expect(plan.resetBackground).toEqual([]);
});
