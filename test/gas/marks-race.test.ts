/**
 * Validate's cell marks (colour + note) are never left on the wrong row nor by a concurrent run:
 * rows a co-editor inserts while a run marks the sheet, and two people validating at once. Co-editors
 * act on the fake sheet's data directly, at a chosen moment (CallLog hooks); the second person's run
 * is an add-on call made from inside the first one's, as two executions overlap in Google.
 */
import type { ValidateResponse } from '../../src/core/api';
import { FIX_MEASURE_2, MEASURES, NO_COLOUR, loadWithSample, markedCells, type SheetData } from './harness';

function measureOfRow(sheet: SheetData, row: number): string {
  return String(sheet.get(row, 1)).slice(0, 2);
}

describe('rows moved while Validate marks the sheet', () => {
  test('a row inserted just as the colours are written: the marks end on measure 2 and measure 7, and measure 1 keeps no note', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    // A co-editor inserts a row above measure 1 at the moment the first colour is written.
    env.log.before('RangeList.setBackground', () => sheet.insertRows(2, 1), { once: true });
    addon.validate();
    expect(measureOfRow(sheet, 3)).toBe('๑.');
    expect(measureOfRow(sheet, 4)).toBe('๒.');
    expect(measureOfRow(sheet, 9)).toBe('๗.');
    expect(markedCells(sheet)).toEqual(['B4:error', 'B9:warning']);
    expect(sheet.note(4, 2)).toMatch(/ข้อผิดพลาด/);
    expect(sheet.note(3, 2)).toBe('');
    // Later runs keep it so: nothing is left on measure 1 as if a person had put it there.
    addon.validate();
    addon.validate();
    expect(markedCells(sheet)).toEqual(['B4:error', 'B9:warning']);
    expect(sheet.background(3, 2)).toBe(NO_COLOUR);
  });

  test('a row inserted after the read of an ordinary re-run: once measure 2 is fixed, its cell is plain again', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate();
    expect(markedCells(sheet)).toEqual(['B3:error', 'B8:warning']);
    env.log.clock.advance(5 * 60 * 1000);
    // The insert lands after the table was read, before the marks are written.
    env.log.before('PropertiesService.getDocumentProperties', () => sheet.insertRows(2, 1), { once: true });
    addon.validate();
    expect(markedCells(sheet)).toEqual(['B4:error', 'B9:warning']);
    expect(measureOfRow(sheet, 4)).toBe('๒.');
    sheet.set(4, 3, `${String(sheet.get(4, 3))}\n${FIX_MEASURE_2}`);
    env.log.clock.advance(5 * 60 * 1000);
    const r = addon.validate();
    expect(r.errors).toBe(0);
    expect(markedCells(sheet)).toEqual(['B9:warning']);
    expect(sheet.note(4, 2)).toBe('');
    expect(sheet.background(4, 2)).toBe(NO_COLOUR);
  });

  test('the first run on an untagged sheet, a row inserted while the table is being checked: measure 1 is not marked for measure 2', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    // No row carries a tag yet; the insert lands after the read, before the first row is tagged.
    env.log.before('PropertiesService.getDocumentProperties', () => sheet.insertRows(2, 1), { once: true });
    const r = addon.validate();
    expect(r.marksRefused).toBeUndefined();
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.cell)).toEqual(['B4', 'B9']); // the table as it is now
    expect(markedCells(sheet)).toEqual(['B4:error', 'B9:warning']);
    expect(sheet.note(3, 2)).toBe('');
  });

  test('rows that keep moving: no mark is written where it does not belong, the person is told to validate again, and the next run marks the right cells', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate();
    // Every search for the row tags meets a freshly inserted row (a co-editor pasting rows in).
    const stop = env.log.before('DeveloperMetadataFinder.find', () => sheet.insertRows(2, 1));
    const r = addon.validate();
    stop();
    expect(r.errors).toBe(1); // the check itself is complete
    expect(r.marksRefused?.cells).toEqual([]);
    expect(r.marksRefused?.message).toMatch(/^แถวในชีต “มาตรการ” ถูกแทรก ลบ หรือเรียงใหม่ระหว่างทำเครื่องหมายผลตรวจ ๓ ครั้งติดกัน.*กด ตรวจสอบ อีกครั้ง/);
    expect(r.marksRefused?.messageEn).toMatch(/inserted, deleted or sorted while the check marks were being written, 3 times in a row.*run Validate again/);
    // Whatever was written stays on measure 2's and measure 7's rows, wherever they are now.
    const m2 = [...Array(sheet.lastRow()).keys()].map((i) => i + 1).find((row) => measureOfRow(sheet, row) === '๒.')!;
    const m7 = [...Array(sheet.lastRow()).keys()].map((i) => i + 1).find((row) => measureOfRow(sheet, row) === '๗.')!;
    const marks = markedCells(sheet);
    expect(marks.every((cell) => cell.startsWith(`B${m2}:`) || cell.startsWith(`B${m7}:`))).toBe(true);
    // Once the rows rest, one run marks exactly the two cells.
    const again = addon.validate();
    expect(again.marksRefused).toBeUndefined();
    expect(markedCells(sheet)).toEqual([`B${m2}:error`, `B${m7}:warning`]);
  });
});

describe('two people validate at once', () => {
  test('a staff member validates while the coordinator\'s run is marking: no mark is orphaned, and the staff member is told to validate again', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    addon.validate(); // yesterday's run: B3 error, B8 warning
    const measure5Results = sheet.get(6, 3);
    expect(measureOfRow(sheet, 6)).toBe('๕.');
    let staff: ValidateResponse | null = null;
    env.log.before('Properties.setProperties', () => {
      // A staff member blanks measure 5's results by mistake and clicks Validate in their sidebar.
      sheet.set(6, 3, '');
      staff = addon.validate();
    }, { once: true });
    addon.validate(); // the coordinator's run, which read the table before the staff member's edit
    const told = staff as ValidateResponse | null;
    expect(told?.findings.map((f) => [f.code, f.cell])).toContainEqual(['EMPTY_RESULTS', 'C6']);
    expect(told?.marksRefused?.cells).toEqual([]);
    expect(told?.marksRefused?.message).toMatch(/^ยังไม่ได้ทำหรือล้างเครื่องหมายผลตรวจในชีต “มาตรการ” เพราะมีผู้แก้ไขอีกคนกำลังตรวจสอบหรือเผยแพร่อยู่.*กด ตรวจสอบ อีกครั้ง/);
    expect(told?.marksRefused?.messageEn).toMatch(/another editor is validating or publishing.*Validate again/);
    // Google's lock refused the staff member's run after its short wait.
    expect(env.log.counts.get('Lock.tryLock')).toBeGreaterThanOrEqual(2);
    expect(markedCells(sheet)).toEqual(['B3:error', 'B8:warning']);
    // The staff member validates again as told: measure 5's empty results are marked.
    addon.validate();
    expect(markedCells(sheet)).toContain('C6:error');
    // The results are put back: the next run clears measure 5's mark.
    sheet.set(6, 3, measure5Results);
    addon.validate();
    expect(markedCells(sheet)).toEqual(['B3:error', 'B8:warning']);
    expect(sheet.note(6, 3)).toBe('');
    expect(sheet.background(6, 3)).toBe(NO_COLOUR);
    // Every lock taken was released, its writes flushed first.
    expect(env.locks.document.holder).toBeNull();
    expect(env.locks.document.unflushedReleases).toEqual([]);
  });

  test('a validate while a coordinator publishes is told the same, and publishing itself validates under its own lock', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    env.locks.document.holdElsewhere();
    const r = addon.validate();
    expect(r.errors).toBe(1);
    expect(r.marksRefused?.message).toMatch(/กำลังตรวจสอบหรือเผยแพร่อยู่/);
    expect(markedCells(sheet)).toEqual([]);
    // From the menu, the toast says it too.
    addon.menuValidate();
    expect(env.spreadsheet.toasts.at(-1)?.msg).toMatch(/^ตรวจสอบแล้ว: ข้อผิดพลาด 1 · คำเตือน 1 · ยังไม่ได้ทำหรือล้างเครื่องหมายผลตรวจ.*กด ตรวจสอบ อีกครั้งในอีกสักครู่/);
    expect(markedCells(sheet)).toEqual([]);
    env.locks.document.release();
    const published = addon.publish({ force: true });
    expect(published.ok).toBe(true);
    expect(published.validation.marksRefused).toBeUndefined();
    expect(markedCells(sheet)).toEqual(['B3:error', 'B8:warning']);
  });
});
