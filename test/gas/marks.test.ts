/** The pure marking rules (src/gas/marks.ts) at sizes and in cases the end-to-end tests do not reach. */
import type { Finding } from '../../src/core';
import {
  MARK_COLORS, markNote, markRecord, noteChangeApplies, noteHash, parseMarks, placeLooseMarks, placeMarks, planMarks, planTags, serializeMarks, tagsMoved,
  withoutNewMarks,
} from '../../src/gas/marks';

const finding = (cell: string, severity: 'error' | 'warning' = 'error'): Finding => ({
  severity, code: 'UNMATCHED_STEP', measure: 1, item: 1, cell, message: `ข้อความ ${cell}`, messageEn: `message ${cell}`,
});
const grid = <T>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => Array<T>(cols).fill(v));

test('a record of 2,000 marked cells is split under the 9 kB property limit and read back', () => {
  const findings = Array.from({ length: 2000 }, (_, i) => finding(`B${i + 2}`));
  const plan = planMarks(grid(2001, 4, '#ffffff'), grid(2001, 4, ''), [], findings, 'เวลา');
  const { idOfRow, add } = planTags([], plan.marks);
  const record = markRecord(plan.marks, idOfRow, 7);
  expect(add).toHaveLength(2000);
  const props = serializeMarks(record, 'm.', 'm.count', 0);
  expect(Object.values(props).every((v) => Buffer.byteLength(v) <= 9 * 1024)).toBe(true);
  expect(Number(props['m.count'])).toBeGreaterThan(1);
  expect(parseMarks(props, 'm.', 'm.count').record).toEqual(record);
  // A shorter record later blanks the chunks it no longer needs, in the same call.
  const small = serializeMarks({ sheetId: 7, version: 2, cells: [] }, 'm.', 'm.count', Number(props['m.count']));
  expect(small['m.count']).toBe('1');
  expect(small['m.1']).toBe('');
});

test('several findings on one cell make one note; the worst severity colours it', () => {
  const plan = planMarks(grid(3, 4, '#ffffff'), grid(3, 4, ''), [], [finding('B2', 'warning'), finding('B2', 'error')], 't');
  expect(plan.setBackground).toEqual({ error: ['B2'], warning: [] });
  expect(plan.notes).toHaveLength(1);
  expect(plan.notes[0].note.split('\n')).toHaveLength(4);
  expect(plan.marks).toEqual([{ row: 1, column: 1, background: MARK_COLORS.error, noteHash: noteHash(plan.notes[0].note) }]);
});

test('marks of another sheet id (the sheet was replaced) are not placed on this one', () => {
  expect(placeMarks({ sheetId: 99, version: 2, cells: [['1', 1, MARK_COLORS.error, '']] }, 1, [{ id: '1', row: 1 }])).toEqual([]);
});

test('a mark is placed on the row its tag is on now; a mark whose row (and tag) was deleted is gone', () => {
  const record = { sheetId: 1, version: 2 as const, cells: [['a', 1, MARK_COLORS.error, 'h1'], ['b', 1, '', 'h2']] as [string, number, string, string][] };
  // Row "a" was row 2 when marked; a co-editor inserted a row above it; row "b" was deleted.
  expect(placeMarks(record, 1, [{ id: 'a', row: 3 }])).toEqual([{ row: 3, column: 1, background: MARK_COLORS.error, noteHash: 'h1' }]);
});

test('rows moved: a tag on another row, or gone with its row; a tag left twice by a copied row is not a move', () => {
  const read = [{ id: '1', row: 2 }, { id: '2', row: 7 }];
  expect(tagsMoved(read, [{ id: '1', row: 2 }, { id: '2', row: 7 }])).toBe(false);
  expect(tagsMoved(read, [{ id: '1', row: 3 }, { id: '2', row: 8 }])).toBe(true); // a row inserted above
  expect(tagsMoved(read, [{ id: '2', row: 6 }])).toBe(true); // row 3 deleted
  expect(tagsMoved(read, [{ id: '2', row: 2 }, { id: '1', row: 7 }])).toBe(true); // sorted
  expect(tagsMoved([...read, { id: '1', row: 9 }], [...read, { id: '1', row: 9 }])).toBe(false);
});

test('a mark written while rows moved is found by its note in its column, wherever its row went; a person\'s edited note is theirs', () => {
  const note = markNote([finding('B3')], '๒๘ พ.ย. ๒๕๖๙ ๐๑:๐๒');
  const record = { sheetId: 1, version: 2 as const, cells: [], loose: [[1, MARK_COLORS.error, noteHash(note)]] as [number, string, string][] };
  const notes = grid(6, 4, '');
  notes[4][1] = note; // the row moved down two
  notes[5][2] = note; // the same text in another column is not this mark
  expect(placeLooseMarks(record, 1, notes)).toEqual([{ row: 4, column: 1, background: MARK_COLORS.error, noteHash: noteHash(note) }]);
  notes[4][1] = `${note}\nแก้แล้ว`;
  expect(placeLooseMarks(record, 1, notes)).toEqual([]);
  expect(placeLooseMarks(record, 2, notes)).toEqual([]); // another sheet
});

test('a record from before row tags (A1 cells) is cleared once where it was', () => {
  const legacy = JSON.parse('{"sheetId":1,"cells":[["B3","#f4c7c3","x"]]}');
  expect(placeMarks(legacy, 1, [])).toEqual([{ row: 2, column: 1, background: MARK_COLORS.error, noteHash: 'x' }]);
});

test('tags: a marked row keeps its tag, a newly marked row gets a new id, an unmarked row loses its tag', () => {
  const marks = [
    { row: 4, column: 1, background: MARK_COLORS.error, noteHash: '' },
    { row: 4, column: 2, background: '', noteHash: 'n' },
    { row: 9, column: 1, background: MARK_COLORS.warning, noteHash: '' },
  ];
  const tags = [{ id: 'z', row: 4 }, { id: '3', row: 7 }, { id: 'q', row: 4 }];
  const plan = planTags(tags, marks);
  expect(plan.remove).toEqual([1, 2]); // row 7 is no longer marked; a second tag on row 4 is dropped
  expect(plan.add).toEqual([{ id: '10', row: 9 }]); // after the largest id in use ('z' = 35 in base 36)
  expect(markRecord(marks, plan.idOfRow, 5).cells).toEqual([['z', 1, MARK_COLORS.error, ''], ['z', 2, '', 'n'], ['10', 1, MARK_COLORS.warning, '']]);
});

test('a note change goes ahead only over an empty cell or the add-on\'s own unchanged note', () => {
  const old = 'ita-sheets · ตรวจสอบเมื่อ ๑ ม.ค. ๒๕๖๘';
  const rewrite = { row: 0, column: 0, note: 'ใหม่', ifEmpty: true, ifHash: noteHash(old) };
  expect(noteChangeApplies(rewrite, '')).toBe(true);
  expect(noteChangeApplies(rewrite, old)).toBe(true);
  expect(noteChangeApplies(rewrite, 'ผู้ตรวจเขียนไว้')).toBe(false);
  expect(noteChangeApplies({ ...rewrite, ifEmpty: false }, '')).toBe(false);
});

test('a row that cannot be tagged gets no new mark, but its old mark is still cleared', () => {
  const notes = grid(4, 4, '');
  const old = 'ita-sheets · ตรวจสอบเมื่อ เมื่อวาน';
  notes[2][1] = old;
  const previous = [{ row: 2, column: 1, background: '', noteHash: noteHash(old) }];
  const plan = planMarks(grid(4, 4, '#ffffff'), notes, previous, [finding('B3'), finding('B2', 'warning')], 'วันนี้');
  const without = withoutNewMarks(plan, new Set([2]));
  expect(without.setBackground).toEqual({ error: [], warning: ['B2'] });
  expect(without.marks.map((m) => m.row)).toEqual([1]);
  // B3: the old note is removed, the new one is not written.
  expect(without.notes.find((c) => c.row === 2)).toEqual({ row: 2, column: 1, note: '', ifEmpty: false, ifHash: noteHash(old) });
});
