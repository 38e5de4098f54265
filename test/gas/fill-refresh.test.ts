/**
 * Fill and publish against the fakes: the add-on's own earlier suggestion is refreshed when it stops
 * being true, a person's text never is, and fill follows the edition (six-month: nothing not yet due
 * is called missing; plan: nothing filled).
 */
import type { FakeEnv, TableSnapshot } from '../fakes';
import { MEASURES, fillSettings, loadWithSample } from './harness';
import { yearGrid } from '../helpers/yearSample';

const RESULTS = 7; // 1-based columns of the year sheet
const SUGGESTION = 10;
const ROW6 = 7; // measure 6 (ไตรมาส ๓–๔)
const EMPTY_3 = 'ยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ หน่วยงานควรรายงานผลการดำเนินงานให้ครบทั้ง ๓ ขั้นตอน';
const TRAINING_6 = 'หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการพัฒนาการดำเนินงานและการให้บริการประชาชนให้แก่พนักงานและเจ้าหน้าที่';

const docIdOf = (url: string | undefined) => /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';
const tableOf = (env: FakeEnv, id: string) => env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table')!;
/** The text of the report's problems / suggestions cell for measure `n`. */
function printedSuggestion(env: FakeEnv, docUrl: string | undefined, n: number): string {
  const table = tableOf(env, docIdOf(docUrl));
  const column = table.rows[0].cells.findIndex((c) => c.paragraphs[0].text.startsWith('ปัญหา'));
  return table.rows[n].cells[column].paragraphs.map((p) => p.text).join('\n');
}

/** The year sheet with blank suggestions and measure 6's results not yet written; its results text is returned. */
function seedYear(env: FakeEnv, edition?: string): { results6: string } {
  const grid = yearGrid();
  const results6 = grid[ROW6 - 1][RESULTS - 1];
  grid[ROW6 - 1][RESULTS - 1] = '';
  grid.forEach((row, i) => { if (i > 0) row[SUGGESTION - 1] = ''; });
  env.spreadsheet.sheetData(MEASURES).seed(grid);
  fillSettings(env, { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, ...(edition ? { edition } : {}) });
  return { results6 };
}

describe('a suggestion the add-on filled follows the results', () => {
  test('review scenario: the six-month fill does not call measure 6 unreported, and the annual Doc prints no stale sentence', () => {
    const { env, addon } = loadWithSample();
    const { results6 } = seedYear(env);
    const half = addon.publish({ edition: 'half-year', force: true });
    expect(half.ok).toBe(true);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    // Not due by 31 March (ไตรมาส ๓–๔): the check warns "not reported yet", the fill does not call it missing.
    expect(sheet.get(ROW6, SUGGESTION)).toBe(TRAINING_6);
    expect(printedSuggestion(env, half.docUrl, 6)).toBe(TRAINING_6);
    // Measure 2 (ต.ค.–ธ.ค. ๖๔) ended before the cut-off: its unreported step is named.
    expect(String(sheet.get(3, SUGGESTION))).toContain('ขั้นตอนที่ ๓');
    sheet.set(ROW6, RESULTS, results6);
    const annual = addon.publish({ edition: 'annual', force: true });
    expect(annual.ok).toBe(true);
    expect(printedSuggestion(env, annual.docUrl, 6)).toBe(TRAINING_6);
    expect(sheet.get(ROW6, SUGGESTION)).toBe(TRAINING_6);
  });

  test('an earlier fill\'s "not yet reported" is replaced once the results are in, and the publish says so', () => {
    const { env, addon } = loadWithSample();
    const { results6 } = seedYear(env);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    // What an earlier fill wrote (before results were entered), with its note.
    sheet.set(ROW6, SUGGESTION, `${EMPTY_3} ${TRAINING_6}`);
    sheet.setNote(ROW6, SUGGESTION, 'เติมอัตโนมัติโดย ita-sheets เมื่อ ๑ เมษายน ๒๕๖๕ เวลา ๐๙:๐๐ น. — ตรวจทานแล้วแก้ไขหรือลบได้ตามต้องการ');
    sheet.set(ROW6, RESULTS, results6);
    const annual = addon.publish({ edition: 'annual', force: true });
    expect(annual.ok).toBe(true);
    expect(annual.message).toContain('ปรับข้อเสนอแนะที่ระบบเติมไว้เดิม ๑ ช่องให้ตรงกับผลล่าสุด');
    expect(annual.messageEn).toContain('updated 1 suggestion cell the add-on had filled earlier');
    expect(sheet.get(ROW6, SUGGESTION)).toBe(TRAINING_6);
    expect(sheet.note(ROW6, SUGGESTION)).not.toContain('๑ เมษายน ๒๕๖๕');
    expect(sheet.note(ROW6, SUGGESTION)).toMatch(/^เติมอัตโนมัติโดย ita-sheets เมื่อ/);
    const printed = printedSuggestion(env, annual.docUrl, 6);
    expect(printed).toBe(TRAINING_6);
    expect(printed).not.toContain('ยังไม่ได้รายงาน');
  });

  test('Fill reports a refreshed cell apart from filled ones; a second Fill writes nothing', () => {
    const { env, addon } = loadWithSample();
    const { results6 } = seedYear(env);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(ROW6, SUGGESTION, `${EMPTY_3} ${TRAINING_6}`);
    sheet.set(ROW6, RESULTS, results6);
    const r = addon.fillSuggestions();
    expect(r.refreshed).toEqual([{ cell: 'J7', measure: 6, text: TRAINING_6 }]);
    expect(r.filled.map((f) => f.cell)).toEqual(['J2', 'J3', 'J4', 'J5', 'J6', 'J8', 'J9', 'J10', 'J11']);
    env.log.reset();
    const again = addon.fillSuggestions();
    expect([again.filled, again.refreshed]).toEqual([[], []]);
    expect(env.log.count('Range.setValues')).toBe(0);
  });

  test('a person\'s text is never touched, however close to the add-on\'s', () => {
    const { env, addon } = loadWithSample();
    const { results6 } = seedYear(env);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    const typed = `${EMPTY_3} ${TRAINING_6} (กองช่างส่งผลแล้ว ๑๕ ก.ย.)`;
    sheet.set(ROW6, SUGGESTION, typed);
    sheet.set(4, SUGGESTION, 'ไม่มี');
    sheet.set(ROW6, RESULTS, results6);
    const r = addon.fillSuggestions();
    expect(sheet.get(ROW6, SUGGESTION)).toBe(typed);
    expect(sheet.get(4, SUGGESTION)).toBe('ไม่มี');
    expect(r.refreshed).toEqual([]);
    expect(r.filled.map((f) => f.cell)).not.toContain('J7');
    const annual = addon.publish({ edition: 'annual', force: true });
    expect(printedSuggestion(env, annual.docUrl, 6)).toBe(typed);
  });

  test('the earlier text changed by a co-editor between read and write keeps the co-editor\'s words', () => {
    const { env, addon } = loadWithSample();
    const { results6 } = seedYear(env);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    // Every other cell holds a person's text, so the fill's block is row 7 alone.
    for (let row = 2; row <= 11; row++) if (row !== ROW6) sheet.set(row, SUGGESTION, 'ไม่มี');
    sheet.set(ROW6, SUGGESTION, `${EMPTY_3} ${TRAINING_6}`);
    sheet.set(ROW6, RESULTS, results6);
    const coEditor = 'กองช่างรายงานผลครบแล้ว ไม่มีปัญหา';
    let typed = false;
    env.log.before('Range.getDisplayValues', (call) => {
      if (!typed && call.detail === `${MEASURES}!A7:J7`) {
        sheet.set(ROW6, SUGGESTION, coEditor);
        typed = true;
      }
    });
    const r = addon.fillSuggestions();
    expect(typed).toBe(true);
    expect(r.refreshed).toEqual([]);
    expect(r.skipped).toEqual([{ cell: 'J7', measure: 6 }]);
    expect(sheet.get(ROW6, SUGGESTION)).toBe(coEditor);
  });
});

describe('fill follows the edition', () => {
  test('review scenario: Fill in the plan edition fills nothing, says why, and leaves an earlier text', () => {
    const { env, addon } = loadWithSample();
    seedYear(env, 'แผน');
    const sheet = env.spreadsheet.sheetData(MEASURES);
    for (let row = 2; row <= 11; row++) sheet.set(row, RESULTS, '');
    sheet.set(4, SUGGESTION, `${EMPTY_3} หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการเกี่ยวกับการใช้ทรัพย์สินของทางราชการให้แก่พนักงานและเจ้าหน้าที่`);
    const before = sheet.grid().map((row) => row[SUGGESTION - 1]);
    env.log.reset();
    const r = addon.fillSuggestions();
    expect(r.filled).toEqual([]);
    expect(r.refreshed).toEqual([]);
    expect(r.notFilled?.message).toContain('ฉบับแผนไม่เติมข้อเสนอแนะ');
    expect(r.notFilled?.messageEn).toContain('The plan edition fills no suggestions');
    expect(sheet.grid().map((row) => row[SUGGESTION - 1])).toEqual(before);
    expect(env.log.count('Range.setValues')).toBe(0);
  });
});
