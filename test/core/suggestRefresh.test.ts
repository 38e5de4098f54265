/**
 * The add-on's own earlier suggestion is recognised (statelessly, from the templates) and refreshed
 * when the results change; a person's text never is. Fill follows the edition's rules.
 */
import {
  buildReport, checkTable, fillReportText, isAddonSuggestion, parseReportText, planSuggestions, readGrid, suggestionsNotFilled,
  DEFAULT_TEMPLATES, type CheckResult, type Measure,
} from '../../src/core';
import { yearGrid } from '../helpers/yearSample';

const SUGGESTION = 9;
const RESULTS = 6;
const EMPTY_3 = 'ยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ หน่วยงานควรรายงานผลการดำเนินงานให้ครบทั้ง ๓ ขั้นตอน';
const TRAINING_6 = 'หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการพัฒนาการดำเนินงานและการให้บริการประชาชนให้แก่พนักงานและเจ้าหน้าที่';

/** The year sheet with every suggestion cell blank (row k is measure k). */
function blankGrid(): string[][] {
  const grid = yearGrid();
  grid.forEach((row, i) => { if (i > 0) row[SUGGESTION] = ''; });
  return grid;
}

const measureOf = (result: CheckResult, n: number): Measure => result.table.measures[n - 1];

describe('isAddonSuggestion', () => {
  const annual = checkTable(readGrid(blankGrid()));
  const m6 = measureOf(annual, 6);
  const stepOf6 = 'ยังไม่มีผลการดำเนินงานตามขั้นตอนที่ ๒ (เผยแพร่แนวทางผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน) หน่วยงานควรดำเนินการและรายงานผลให้ครบถ้วน';

  it('recognises each text the add-on plans for the measure, alone or joined, with any step count', () => {
    expect(isAddonSuggestion(TRAINING_6, m6, {}, 'thai')).toBe(true);
    expect(isAddonSuggestion(`${EMPTY_3} ${TRAINING_6}`, m6, {}, 'thai')).toBe(true);
    expect(isAddonSuggestion(`${EMPTY_3.replace('๓', '๑๒')} ${TRAINING_6}`, m6, {}, 'thai')).toBe(true);
    expect(isAddonSuggestion(`${stepOf6} ${TRAINING_6}`, m6, {}, 'thai')).toBe(true);
    // A text file's fill writes a break as a space; a sheet may hold the break.
    expect(isAddonSuggestion(`${EMPTY_3}\n${TRAINING_6}`, m6, {}, 'thai')).toBe(true);
  });

  it('does not recognise a person\'s answer or edit', () => {
    for (const typed of [
      '-', 'ไม่มี', 'ไม่มีปัญหาอุปสรรค',
      TRAINING_6.replace('อาจ', 'ควร'), // one word changed
      TRAINING_6.slice(0, -1), // one character dropped
      `${TRAINING_6} ทั้งนี้ได้ของบประมาณเพิ่มเติมแล้ว`, // a person's sentence added
      `${TRAINING_6}${TRAINING_6}`, // not joined as the add-on joins
      stepOf6.replace('ที่ ๒', 'ที่ ๔'), // a step the measure does not have
      stepOf6.replace('ที่ ๒', 'ที่ 2'), // the step number in the other digits
    ]) expect({ typed, recognised: isAddonSuggestion(typed, m6, {}, 'thai') }).toEqual({ typed, recognised: false });
  });

  it('does not take another measure\'s suggestion for this one\'s', () => {
    const training7 = 'หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อนให้แก่พนักงานและเจ้าหน้าที่';
    expect(isAddonSuggestion(training7, measureOf(annual, 7), {}, 'thai')).toBe(true);
    expect(isAddonSuggestion(training7, m6, {}, 'thai')).toBe(false);
  });

  it('goes by the agency\'s templates in use', () => {
    const templates = { training: 'ควรทบทวนความเข้าใจเรื่อง{topic}ในที่ประชุมประจำเดือน', emptyResults: 'ยังไม่มีผลครบ {stepCount} ขั้นตอน (รายงานภายในไตรมาสถัดไป)' };
    const own = 'ยังไม่มีผลครบ ๓ ขั้นตอน (รายงานภายในไตรมาสถัดไป) ควรทบทวนความเข้าใจเรื่องมาตรการพัฒนาการดำเนินงานและการให้บริการประชาชนในที่ประชุมประจำเดือน';
    expect(isAddonSuggestion(own, m6, templates, 'thai')).toBe(true);
    // The default training sentence is not a sentence these templates make.
    expect(isAddonSuggestion(TRAINING_6, m6, templates, 'thai')).toBe(false);
    expect(isAddonSuggestion(TRAINING_6, m6, { unmatchedStep: DEFAULT_TEMPLATES.unmatchedStep }, 'thai')).toBe(true);
  });

  it('reads step numbers and counts in the table\'s numerals, Arabic ones too', () => {
    const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];
    const table = readGrid([H, ['1. มาตรการเผยแพร่ข้อมูล', '1. จัดทำประกาศ\n2. เผยแพร่ประกาศบนเว็บไซต์', '1. จัดทำประกาศแล้ว', '']]);
    expect(table.numerals).toBe('arabic');
    const [fill] = planSuggestions(checkTable(table));
    expect(fill.text).toContain('ขั้นตอนที่ 2 (เผยแพร่ประกาศบนเว็บไซต์)');
    const m = table.measures[0];
    expect(isAddonSuggestion(fill.text, m, {}, 'arabic')).toBe(true);
    expect(isAddonSuggestion(fill.text.replace('ที่ 2', 'ที่ ๒'), m, {}, 'arabic')).toBe(false);
    expect(isAddonSuggestion(EMPTY_3.replace('๓', '2'), m, {}, 'arabic')).toBe(true);
    expect(isAddonSuggestion(EMPTY_3, m, {}, 'arabic')).toBe(false);
  });
});

describe('planSuggestions refreshes the add-on\'s earlier text', () => {
  /** Measure 6 with no results, filled by the half-year run: the state the review found. */
  function halfYearAnnualGrid(suggestion6: string): string[][] {
    const grid = blankGrid();
    grid[6][SUGGESTION] = suggestion6;
    return grid;
  }

  it('plans the measure again from the latest results and replaces the text that is no longer true', () => {
    const stale = `${EMPTY_3} ${TRAINING_6}`;
    const result = checkTable(readGrid(halfYearAnnualGrid(stale)), { edition: 'annual' });
    const fill = planSuggestions(result).find((f) => f.measureIndex === 6);
    expect(fill).toEqual({ measureIndex: 6, row: 6, column: SUGGESTION, cell: 'J7', text: TRAINING_6, replaces: stale });
    // The report prints the refreshed text, not the stale one.
    const model = buildReport(result, { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, numerals: 'thai' }, planSuggestions(result));
    const printed = JSON.stringify(model);
    expect(printed).not.toContain('ยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้');
  });

  it('writes nothing when the earlier text is still what the add-on would say', () => {
    const result = checkTable(readGrid(halfYearAnnualGrid(TRAINING_6)));
    expect(planSuggestions(result).find((f) => f.measureIndex === 6)).toBeUndefined();
  });

  it('never plans over a person\'s text, however close to the add-on\'s', () => {
    for (const typed of [`${EMPTY_3} ${TRAINING_6} (ส่งรายงานแล้ว ๑๕ ก.ย.)`, '-', 'ไม่มี', `${EMPTY_3.replace('หน่วยงานควร', 'ควร')} ${TRAINING_6}`]) {
      const result = checkTable(readGrid(halfYearAnnualGrid(typed)));
      expect(planSuggestions(result).find((f) => f.measureIndex === 6)).toBeUndefined();
    }
  });

  it('refreshes a report text\'s cell holding the earlier text, and leaves an edited one', () => {
    const lines = [
      'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ',
      '๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t๑. จัดทำประกาศ\t๑. จัดทำประกาศแล้ว\tยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ หน่วยงานควรรายงานผลการดำเนินงานให้ครบทั้ง ๑ ขั้นตอน',
      '๒. มาตรการป้องกันผลประโยชน์ทับซ้อน\t๑. จัดอบรม\t๑. จัดอบรมแล้ว\tยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ (รอผลจากกองคลัง)',
    ];
    const text = lines.join('\n');
    const table = parseReportText(text);
    const fills = planSuggestions(checkTable(table));
    expect(fills.map((f) => f.measureIndex)).toEqual([1]);
    const filled = fillReportText(text, table, fills);
    expect(filled.written).toHaveLength(1);
    expect(filled.text.split('\n')[1].split('\t')[3]).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการเผยแพร่ข้อมูลต่อสาธารณะให้แก่พนักงานและเจ้าหน้าที่');
    expect(filled.text.split('\n')[2]).toBe(lines[2]);
    // Changed since it was read: not written.
    const edited = text.replace('ครบทั้ง ๑ ขั้นตอน', 'ครบทั้ง ๑ ขั้นตอน ภายในกันยายน');
    expect(fillReportText(edited, table, fills).written).toEqual([]);
  });
});

describe('fill under the edition\'s rules', () => {
  it('six-month report: a measure still under way is not said to lack results; one whose timeframe ended is', () => {
    const grid = blankGrid();
    grid[6][RESULTS] = ''; // measure 6, ไตรมาส ๓–๔
    grid[2][RESULTS] = ''; // measure 2, ต.ค. ๖๔ – ธ.ค. ๖๔
    const result = checkTable(readGrid(grid), { edition: 'half-year', fiscalYear: 2565 });
    const fills = planSuggestions(result);
    expect(fills.find((f) => f.measureIndex === 6)?.text).toBe(TRAINING_6);
    expect(fills.find((f) => f.measureIndex === 2)?.text).toMatch(/^ยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ .*ครบทั้ง ๓ ขั้นตอน /);
    // As the check says: measure 6 is a warning (not reported yet), measure 2 an error.
    const missing = result.findings.filter((f) => f.code === 'EMPTY_RESULTS').map((f) => [f.measure, f.severity]);
    expect(missing).toEqual(expect.arrayContaining([[2, 'error'], [6, 'warning']]));
  });

  it('plan: nothing is filled, an earlier text is left as it is, and the reason is given', () => {
    const grid = blankGrid();
    grid.forEach((row, i) => { if (i > 0) row[RESULTS] = ''; });
    grid[3][SUGGESTION] = `${EMPTY_3} หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการเกี่ยวกับการใช้ทรัพย์สินของทางราชการให้แก่พนักงานและเจ้าหน้าที่`;
    const plan = checkTable(readGrid(grid), { edition: 'plan', fiscalYear: 2565 });
    expect(planSuggestions(plan)).toEqual([]);
    expect(suggestionsNotFilled(plan)?.message).toContain('ฉบับแผนไม่เติมข้อเสนอแนะ');
    expect(suggestionsNotFilled(plan)?.messageEn).toContain('The plan edition fills no suggestions');
    expect(suggestionsNotFilled(checkTable(readGrid(grid), { edition: 'annual' }))).toBeNull();
    // The annual report fills the nine blank cells; measure 3's earlier text is still true, so it stays.
    expect(planSuggestions(checkTable(readGrid(grid))).map((f) => f.measureIndex)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10]);
  });
});
