/**
 * Issue 8, defect 6: marks and fills follow their rows when co-editors insert, delete or sort rows,
 * and a co-editor's note added while Validate runs survives. Co-editors act on the fake sheet's
 * data directly (not through the add-on's calls), at a chosen moment (CallLog hooks).
 */
import type { TableSnapshot } from '../fakes';
import { ERROR_MARK, FIX_MEASURE_2, MEASURES, NO_COLOUR, fillSettings, loadWithSample, markedCells, type SheetData } from './harness';

function fixMeasure2(sheet: SheetData, row: number): void {
  expect(String(sheet.get(row, 1))).toMatch(/^๒\. มาตรการเกี่ยวกับการใช้งบประมาณ/);
  sheet.set(row, 3, `${String(sheet.get(row, 3))}\n${FIX_MEASURE_2}`);
}

describe('marks follow their rows', () => {
  test('a row inserted above a marked row: fixing the step clears its mark where the row is now', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate();
    expect(markedCells(sheet)).toEqual(['B3:error', 'B8:warning']);
    sheet.insertRows(3, 1); // a co-editor inserts a row above measure 2
    expect(markedCells(sheet)).toEqual(['B4:error', 'B9:warning']); // colours and notes moved with their cells
    fixMeasure2(sheet, 4);
    const r = addon.validate();
    expect(r.errors).toBe(0);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['WEAK_MATCH', 'B9']]); // the new result reports steps 1 and 3
    // Measure 2's mark is gone from where its row is now; measure 7 keeps its warning.
    expect(markedCells(sheet)).toEqual(['B9:warning']);
    expect(sheet.background(4, 2)).toBe(NO_COLOUR);
    expect(sheet.note(4, 2)).toBe('');
  });

  test('a row deleted above: the old mark is cleared where it moved, and a person\'s colour that slid into its old address is not', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate();
    // A person highlights B4 (measure 3) in the same pink, by hand, with no note.
    sheet.setBackground(4, 2, ERROR_MARK);
    sheet.deleteRows(2, 1); // a co-editor deletes measure 1: measure 2 moves to row 2, measure 3 to row 3
    expect(sheet.background(3, 2)).toBe(ERROR_MARK); // the person's colour now sits at the marked cell's old address
    fixMeasure2(sheet, 2);
    addon.validate();
    expect(sheet.background(2, 2)).toBe(NO_COLOUR); // measure 2, fixed, where it is now
    expect(sheet.note(2, 2)).toBe('');
    expect(sheet.background(3, 2)).toBe(ERROR_MARK); // the person's own colour stays
    expect(sheet.note(3, 2)).toBe('');
    // A2: the table now starts at measure ๒ (a numbering warning of its own).
    expect(markedCells(sheet)).toEqual(['A2:warning', 'B3:error', 'B7:warning']);
  });

  test('after a sort the marks are found on their rows; deleting a marked row takes its tag with it', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate();
    sheet.frozenRows = 1;
    sheet.sortRows(2, sheet.lastRow(), 1, false); // a co-editor sorts by measure, descending (๑๐ … ๑)
    const row2 = sheet.grid().findIndex((r) => String(r[0]).startsWith('๒.')) + 1;
    const row7 = sheet.grid().findIndex((r) => String(r[0]).startsWith('๗.')) + 1;
    expect(sheet.background(row2, 2)).toBe(ERROR_MARK);
    fixMeasure2(sheet, row2);
    addon.validate();
    expect(sheet.background(row2, 2)).toBe(NO_COLOUR);
    expect(sheet.note(row2, 2)).toBe('');
    // Column A: the measures are now out of order (a warning on every row); column B: only measure 7.
    const stepMarks = () => markedCells(sheet).filter((c) => c.startsWith('B'));
    expect(stepMarks()).toEqual([`B${row7}:warning`]);
    // A co-editor deletes measure 7's row: its tag goes with it, and the next run touches nothing else.
    sheet.deleteRows(row7, 1);
    // Every other row is marked in column A, so 9 tags remain: the deleted row's went with it.
    expect(sheet.metadata).toHaveLength(9);
    const tagsBefore = sheet.metadata.length;
    addon.validate();
    expect(stepMarks()).toEqual([]);
    expect(sheet.metadata.length).toBe(tagsBefore); // the other rows' tags (their column A warnings) are kept
  });

  test('a note a co-editor adds inside the marked area while Validate runs is kept', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate(); // marks B3 and B8
    // Next run: after Validate has read the sheet, a co-editor writes a note on B5, between the two marked cells.
    env.log.before('PropertiesService.getDocumentProperties', () => sheet.setNote(5, 2, 'รอหลักฐานจากกองช่าง'), { once: true });
    addon.validate();
    expect(sheet.note(5, 2)).toBe('รอหลักฐานจากกองช่าง');
    expect(sheet.note(3, 2)).toMatch(/^ita-sheets ·/);
    expect(sheet.note(8, 2)).toMatch(/^ita-sheets ·/);
  });

  test('rows deleted while Validate paints, on a sheet with no row to spare: the findings come back, and what was painted is cleared by the next run', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate();
    const last = sheet.lastRow();
    const c4 = sheet.get(4, 3);
    sheet.set(4, 3, ''); // measure 3 loses its results: a new error marked on row 4
    sheet.set(last, 3, ''); // and the last measure: an error on the last row
    sheet.maxRows = last;
    // Once the new colours are painted, and before the notes are written, a co-editor deletes the last three rows.
    let painted = false;
    env.log.before('RangeList.setBackground', () => { painted = true; });
    env.log.before('Sheet.getRange', () => { if (painted && sheet.maxRows === last) sheet.deleteRows(last - 2, 3); });
    const r = addon.validate();
    // The deletion is seen (the last row's tag went with it): the run checks and marks the table as
    // it is now, measure 2 and measure 3; the deleted last measure is no longer in it.
    expect(r.errors).toBe(2);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(['B3', 'C4']);
    expect(r.marksRefused).toBeUndefined();
    expect(sheet.background(4, 3)).toBe(ERROR_MARK);
    // Measure 3 gets its results back: the next run clears the mark it could not record.
    sheet.set(4, 3, c4);
    expect(addon.validate().errors).toBe(1);
    expect(sheet.background(4, 3)).toBe(NO_COLOUR);
  });

  test('a refusal while painting forgets no earlier mark: a note left from the run before is still cleared once its problem is fixed', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate(); // B3: an error colour and a note stamped with this time
    env.log.clock.advance(5 * 60 * 1000); // the next note would differ
    const last = sheet.lastRow();
    sheet.set(last, 3, '');
    sheet.maxRows = last;
    env.log.before('Sheet.getRangeList', () => sheet.deleteRows(last - 2, 3), { once: true });
    addon.validate(); // refused while painting: B3 keeps the first run's note
    expect(sheet.note(3, 2)).toMatch(/^ita-sheets ·/);
    fixMeasure2(sheet, 3);
    env.log.clock.advance(5 * 60 * 1000);
    expect(addon.validate().errors).toBe(0);
    expect(sheet.note(3, 2)).toBe('');
    expect(sheet.background(3, 2)).toBe(NO_COLOUR);
  });

  test('a row whose tag cannot be added is not marked (a mark nobody could find again would stay forever)', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    env.log.failOn('Range.addDeveloperMetadata', 1, 'Exception: Service Spreadsheets failed while accessing document with id ss-1.');
    const r = addon.validate();
    expect(r.findings.filter((f) => f.cell === 'B3')).toHaveLength(1); // the sidebar still lists measure 2's finding
    expect(markedCells(sheet)).toEqual(['B8:warning']);
    expect(sheet.metadata.map((m) => m.location.index)).toEqual([8]);
    addon.validate(); // the next run tags and marks it
    expect(markedCells(sheet)).toEqual(['B3:error', 'B8:warning']);
  });

  test('a co-editor\'s note on a cell about to be marked wins; it is never cleared later', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    env.log.before('PropertiesService.getDocumentProperties', () => sheet.setNote(3, 2, 'ฝ่ายแผนกำลังแก้'), { once: true });
    addon.validate();
    expect(sheet.note(3, 2)).toBe('ฝ่ายแผนกำลังแก้');
    expect(sheet.background(3, 2)).toBe(ERROR_MARK);
    fixMeasure2(sheet, 3);
    addon.validate();
    expect(sheet.note(3, 2)).toBe('ฝ่ายแผนกำลังแก้');
    expect(sheet.background(3, 2)).toBe(NO_COLOUR); // the colour was the add-on's: it goes
  });
});

/** Runs `act` (a co-editor's edit) right before the add-on's `nth` read of the measures sheet's values, for each n `when` accepts. */
function beforeMeasuresRead(env: ReturnType<typeof loadWithSample>['env'], when: (nth: number) => boolean, act: () => void): void {
  let reads = 0;
  env.log.before('Range.getDisplayValues', (call) => {
    if (call.detail.startsWith(`${MEASURES}!`) && when(++reads)) act();
  });
}

describe('fill writes only into the rows it read', () => {
  const blankSuggestions = (sheet: SheetData) => {
    for (const row of [3, 5, 6, 7]) sheet.set(row, 4, '');
  };

  test('a row inserted between Publish\'s read and its fill: suggestions still land on their own measures', () => {
    const { env, addon } = loadWithSample();
    fillSettings(env, { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, signerName: 'นายสมชาย ใจดี' });
    const sheet = env.spreadsheet.sheetData(MEASURES);
    blankSuggestions(sheet);
    const before = sheet.grid();
    // Publish read the table (first getDisplayValues); before fill's re-read a co-editor inserts a row above measure 2.
    let inserted = 0;
    beforeMeasuresRead(env, (n) => n === 2, () => {
      sheet.insertRows(3, 1);
      inserted++;
    });
    const r = addon.publish({ force: true });
    expect(inserted).toBe(1);
    expect(r.ok).toBe(true);
    const after = sheet.grid();
    expect(after[2]).toEqual(['', '', '', '']); // the inserted row got nothing
    // Each measure whose suggestion was blank got one written for itself, on its own (moved) row.
    for (const [was, now] of [[3, 4], [5, 6], [6, 7], [7, 8]]) {
      expect(after[now - 1][0]).toBe(before[was - 1][0]);
      expect(String(after[now - 1][3])).toMatch(/หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับ/);
      expect(sheet.note(now, 4)).toMatch(/^เติมอัตโนมัติโดย ita-sheets/);
    }
    expect(String(after[3][3])).toMatch(/ขั้นตอนที่ ๓/); // measure 2's suggestion names its unreported step
    // Rows that had suggestions kept them.
    expect(after[1][3]).toBe(before[1][3]);
    expect(after[4][3]).toBe(before[3][3]);
    // The report prints the same suggestions, measure by measure.
    const id = /\/d\/([^/]+)/.exec(r.docUrl ?? '')?.[1] ?? '';
    const table = env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table')!;
    const reportSuggestion = (measureRow: number) => table.rows[measureRow].cells[3].paragraphs.map((p) => p.text).join('\n');
    expect(reportSuggestion(2)).toBe(String(after[3][3]));
    expect(reportSuggestion(4)).toBe(String(after[5][3]));
  });

  test('Fill too: a row deleted between its read and its write; rows that keep moving stop it with a clear message', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    blankSuggestions(sheet);
    const measure1 = sheet.grid()[1];
    beforeMeasuresRead(env, (n) => n === 2, () => sheet.deleteRows(2, 1)); // measure 1 goes: every row below moves up
    const r = addon.fillSuggestions();
    expect(r.filled.map((f) => f.cell)).toEqual(['D2', 'D4', 'D5', 'D6']);
    expect(r.filled.map((f) => f.measure)).toEqual([2, 4, 5, 6]);
    expect(sheet.grid().some((row) => row[0] === measure1[0])).toBe(false);
    expect(sheet.note(8, 4)).toBe(''); // nothing written into the row that slid under an old address

    const again = loadWithSample();
    const moving = again.env.spreadsheet.sheetData(MEASURES);
    blankSuggestions(moving);
    const original = moving.grid();
    beforeMeasuresRead(again.env, (n) => n % 2 === 0, () => moving.insertRows(2, 1)); // before every re-read of the rows to fill
    expect(() => again.addon.fillSuggestions()).toThrow(/ROWS_MOVING/);
    const failure = JSON.parse((() => { try { again.addon.fillSuggestions(); } catch (e) { return (e as Error).message; } return '{}'; })());
    expect(failure.message).toMatch(/^แถวในชีต “มาตรการ” ถูกแทรก ลบ หรือเรียงใหม่ระหว่างเติมข้อเสนอแนะ ๓ ครั้งติดกัน/);
    expect(failure.messageEn).toMatch(/3 times in a row, so nothing was filled/);
    // Nothing was written anywhere.
    expect(moving.grid().filter((row) => row.some((v) => v !== '')).map((row) => row[3])).toEqual(original.map((row) => row[3]));
  });
});
