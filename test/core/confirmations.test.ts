/** The coordinator's word on the real sample: the confirmations sheet, applying it, staleness, requests, offers. */
import {
  CONFIRMATIONS_HEADER, SYNONYMS_HEADER, applyConfirmations, buildConfirmation, checkTable, checkWithAgencySheets,
  confirmationRow, confirmedCount, leadingAction, parseConfirmations, parseSynonymSheet, readSynonymSheet, readGrid, synonymOffer, tableToGrid,
  checkSynonymWords, confirmRequestOf, planSuggestions, type CheckResult,
} from '../../src/core';
import { refusal } from '../helpers/refusal';
import { sampleTable } from '../helpers/sample';

/** The sample as the add-on's measures sheet holds it (findings then point at cells). */
function sampleGrid(): string[][] {
  return tableToGrid(sampleTable());
}

function sampleCheck(grid = sampleGrid()): CheckResult {
  return checkTable(readGrid(grid));
}

const M2_STEP3 = 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด';
const M2_RESULT2 = 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณเป็นไปตามแผนการใช้จ่ายงบประมาณ ประจำปี พ.ศ.๒๕๖๕ และมีการจัดซื้อจัดจ้างตามแผนการจัดซื้อจัดจ้าง';
/** What the sidebar sends for measure 2 step 3: its numbers and the step's and results' text it showed. */
const M2_STEP = { measure: 2, step: 3, stepText: M2_STEP3 } as const;
const M2_REPORTED = { ...M2_STEP, verdict: 'reported', result: 2, resultText: M2_RESULT2 } as const;

function sheet(...rows: (string | number | Date)[][]): (string | number | Date)[][] {
  return [CONFIRMATIONS_HEADER, ...rows];
}

const reportedRow = (by = 'somchai@song.go.th', at = '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.') =>
  [2, 3, 2, 'รายงานแล้ว', 'การใช้จ่ายตามแผนคือการปฏิบัติตามแนวทาง', by, at, M2_STEP3, M2_RESULT2];

describe('the sample before any confirmation', () => {
  test('has the findings the confirmations below settle', () => {
    const result = sampleCheck();
    const brief = result.findings.map((f) => [f.severity, f.code, f.measure, f.item]);
    expect(brief).toEqual([
      ['error', 'UNMATCHED_STEP', 2, 3],
      ['warning', 'WEAK_MATCH', 7, 1],
    ]);
    expect(result.checks[1].measure.steps[2].text).toBe(M2_STEP3);
    expect(result.checks[1].measure.results[1].text).toBe(M2_RESULT2);
    expect(result.infos).toBe(0);
  });
});

describe('parseConfirmations', () => {
  test('reads rows with Thai or Arabic digits and date cells, skipping blank rows', () => {
    const at = new Date(Date.UTC(2026, 10, 27, 3, 30)); // 10:30 in Bangkok
    const parsed = parseConfirmations(sheet(reportedRow(), ['', '', '', '', '', '', '', '', ''], ['๗', '๑', '', 'ยังไม่ได้ทำ', 'งดจัดรณรงค์เพราะโควิด', 'somsri@song.go.th', at, 'ประชาสัมพันธ์และรณรงค์', '']));
    expect(parsed.findings).toEqual([]);
    expect(parsed.confirmations).toEqual([
      { measure: 2, step: 3, result: 2, verdict: 'reported', reason: 'การใช้จ่ายตามแผนคือการปฏิบัติตามแนวทาง', by: 'somchai@song.go.th', at: '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.', stepText: M2_STEP3, resultText: M2_RESULT2, row: 1 },
      { measure: 7, step: 1, result: null, verdict: 'not_done', reason: 'งดจัดรณรงค์เพราะโควิด', by: 'somsri@song.go.th', at: '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.', stepText: 'ประชาสัมพันธ์และรณรงค์', resultText: '', row: 3 },
    ]);
  });

  test('finds its columns by header text, in any order', () => {
    const order = [8, 0, 1, 2, 3, 4, 5, 6, 7];
    const row = reportedRow();
    const parsed = parseConfirmations([order.map((i) => CONFIRMATIONS_HEADER[i]), order.map((i) => row[i])]);
    expect(parsed.confirmations[0]).toMatchObject({ measure: 2, step: 3, result: 2, stepText: M2_STEP3, resultText: M2_RESULT2 });
  });

  test('a bad row gets a warning naming its row and cell, and the good rows still apply', () => {
    const parsed = parseConfirmations(sheet(
      ['สอง', 3, 2, 'รายงานแล้ว', '', 'a', 'b', M2_STEP3, M2_RESULT2],
      [2, 3, '', 'รายงานแล้ว', '', 'a', 'b', M2_STEP3, M2_RESULT2],
      [2, 3, '', 'ยังไม่ได้ทำ', '', 'a', 'b', M2_STEP3, ''],
      [2, 3, 2, 'อาจจะ', '', 'a', 'b', M2_STEP3, M2_RESULT2],
      reportedRow(),
    ));
    expect(parsed.confirmations.map((c) => c.row)).toEqual([5]);
    expect(parsed.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ['warning', 'CONFIRMATION_INVALID', 'การยืนยันผลตรวจ', 'A2'],
      ['warning', 'CONFIRMATION_INVALID', 'การยืนยันผลตรวจ', 'C3'],
      ['warning', 'CONFIRMATION_INVALID', 'การยืนยันผลตรวจ', 'E4'],
      ['warning', 'CONFIRMATION_INVALID', 'การยืนยันผลตรวจ', 'D5'],
    ]);
    expect(parsed.findings[1].message).toContain('แถวที่ 3');
    expect(parsed.findings[1].message).toContain('เลขข้อของผลการดำเนินงาน');
    expect(parsed.findings[2].message).toContain('เหตุผล');
    expect(parsed.findings[3].messageEn).toContain('row 5');
  });
});

describe('applyConfirmations', () => {
  test('"reported" turns the unmatched step into an info line naming who, when and which result', () => {
    const result = applyConfirmations(sampleCheck(), parseConfirmations(sheet(reportedRow())));
    const f = result.findings.find((x) => x.measure === 2 && x.item === 3);
    expect(f).toMatchObject({ severity: 'info', code: 'UNMATCHED_STEP', cell: 'B3' });
    expect(f?.confirmedBy).toEqual({ by: 'somchai@song.go.th', at: '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.', verdict: 'reported', result: 2, reason: 'การใช้จ่ายตามแผนคือการปฏิบัติตามแนวทาง' });
    expect(f?.message).toBe(
      'มาตรการที่ ๒ (เซลล์ B3): ขั้นตอนที่ ๓ “ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด” — somchai@song.go.th ยืนยันเมื่อ ๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น. ว่ารายงานแล้วในผลข้อที่ ๒ (การใช้จ่ายตามแผนคือการปฏิบัติตามแนวทาง)',
    );
    expect(f?.messageEn).toContain('confirmed on ๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น. that result 2 reports it');
    expect([result.errors, result.warnings, result.infos]).toEqual([0, 1, 1]);
    expect(confirmedCount(result)).toBe(1);
    // Info lines come after errors and warnings.
    expect(result.findings.map((x) => x.severity)).toEqual(['warning', 'info']);
  });

  test('"not done" with its reason turns a weak match into an info line', () => {
    const grid = sampleGrid();
    const step = sampleCheck(grid).checks[6].measure.steps[0].text;
    const result = applyConfirmations(sampleCheck(grid), parseConfirmations(sheet([7, 1, '', 'ยังไม่ได้ทำ', 'งดจัดรณรงค์เพราะงบประมาณไม่พอ', 'somsri', 'วันนี้', step, ''])));
    const f = result.findings.find((x) => x.measure === 7 && x.item === 1);
    expect(f).toMatchObject({ severity: 'info', code: 'WEAK_MATCH', confirmedBy: { verdict: 'not_done', result: null, reason: 'งดจัดรณรงค์เพราะงบประมาณไม่พอ', by: 'somsri' } });
    expect(f?.message).toMatch(/somsri ยืนยันเมื่อ วันนี้ ว่ายังไม่ได้ทำ เหตุผล: งดจัดรณรงค์เพราะงบประมาณไม่พอ$/);
    expect([result.errors, result.warnings, result.infos]).toEqual([1, 0, 1]);
  });

  test('a confirmation goes stale when the step text changes: the error is back, with an info line naming the row', () => {
    const grid = sampleGrid();
    grid[2][1] = grid[2][1].replace('ดำเนินการตามแนวทางที่กำหนด', 'ปฏิบัติตามแนวทางที่กำหนดอย่างเคร่งครัด');
    const result = applyConfirmations(sampleCheck(grid), parseConfirmations(sheet(reportedRow())));
    expect(result.findings.find((x) => x.code === 'UNMATCHED_STEP')?.severity).toBe('error');
    const stale = result.findings.find((x) => x.code === 'CONFIRMATION_STALE');
    expect(stale).toMatchObject({ severity: 'info', measure: 2, item: 3, sheet: 'การยืนยันผลตรวจ', cell: 'A2' });
    expect(stale?.message).toContain('ข้อความขั้นตอนเปลี่ยนไปหลังยืนยัน');
    expect(stale?.messageEn).toContain('the step text changed');
    expect([result.errors, result.infos]).toEqual([1, 1]);
  });

  test('a confirmation goes stale when the chosen result text changes', () => {
    const grid = sampleGrid();
    grid[2][2] = grid[2][2].replace('เป็นไปตามแผน', 'ตามแผน');
    const result = applyConfirmations(sampleCheck(grid), parseConfirmations(sheet(reportedRow())));
    expect(result.errors).toBe(1);
    expect(result.findings.find((x) => x.code === 'CONFIRMATION_STALE')?.message).toContain('ข้อความผลการดำเนินงานเปลี่ยนไป');
  });

  test('two coordinators confirming the same step: the later row is the one that counts', () => {
    const later = [2, 3, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้ส่งเสริมจริง', 'somsri@song.go.th', 'ภายหลัง', M2_STEP3, ''];
    const result = applyConfirmations(sampleCheck(), parseConfirmations(sheet(reportedRow(), later)));
    expect(result.findings.find((x) => x.item === 3)?.confirmedBy).toMatchObject({ by: 'somsri@song.go.th', verdict: 'not_done' });
    expect(result.infos).toBe(1);
  });

  test('a confirmation of a step the check already finds reported changes nothing', () => {
    const step = sampleCheck().checks[0].measure.steps[0].text;
    const result = applyConfirmations(sampleCheck(), parseConfirmations(sheet([1, 1, 1, 'รายงานแล้ว', '', 'a', 'b', step, sampleCheck().checks[0].measure.results[0].text])));
    expect(result.findings).toEqual(sampleCheck().findings);
  });
});

describe('suggestions follow the coordinator\'s word', () => {
  function emptiedSuggestion(grid: string[][]): string[][] {
    grid[2][3] = ''; // measure 2's problems / suggestions cell
    return grid;
  }

  test('a step confirmed as reported is no longer named as missing; one confirmed as not done still is', () => {
    const grid = emptiedSuggestion(sampleGrid());
    const plain = planSuggestions(sampleCheck(grid)).find((f) => f.cell === 'D3');
    expect(plain?.text).toContain(M2_STEP3);
    const reported = applyConfirmations(sampleCheck(grid), parseConfirmations(sheet(reportedRow())));
    expect(reported.checks[1].matches[2]).toMatchObject({ strength: 'none', confirmed: { verdict: 'reported', result: 2 } });
    expect(planSuggestions(reported).find((f) => f.cell === 'D3')?.text).not.toContain(M2_STEP3);
    const notDone = applyConfirmations(sampleCheck(grid), parseConfirmations(sheet([2, 3, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้ส่งเสริม', 'a', 'b', M2_STEP3, ''])));
    expect(planSuggestions(notDone).find((f) => f.cell === 'D3')?.text).toContain(M2_STEP3);
  });

  test('applying confirmations leaves the unconfirmed check untouched', () => {
    const before = sampleCheck();
    const copy = JSON.parse(JSON.stringify(before));
    applyConfirmations(before, parseConfirmations(sheet(reportedRow())));
    expect(JSON.parse(JSON.stringify(before))).toEqual(copy);
  });
});

describe('buildConfirmation (what the sidebar sends)', () => {
  const at = '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.';
  const M1_STEP1 = sampleTable().measures[0].steps[0].text;
  const M1_RESULT1 = sampleTable().measures[0].results[0].text;

  test('records the step and result text as they read now; its row reads back and applies', () => {
    const result = sampleCheck();
    const c = buildConfirmation(result, { ...M2_REPORTED, reason: '' }, 'somchai@song.go.th', at);
    expect(c).toMatchObject({ measure: 2, step: 3, result: 2, stepText: M2_STEP3, resultText: M2_RESULT2 });
    const row = confirmationRow(c);
    expect(row).toEqual([2, 3, 2, 'รายงานแล้ว', '', 'somchai@song.go.th', at, M2_STEP3, M2_RESULT2, '']);
    expect(applyConfirmations(result, parseConfirmations(sheet(row))).errors).toBe(0);
  });

  test.each([
    [{ ...M2_STEP, verdict: 'not_done' as const, reason: '   ' }, 'ต้องใส่เหตุผล'],
    [{ ...M2_STEP, verdict: 'reported' as const }, 'เลือกผลการดำเนินงาน'],
    [{ ...M2_STEP, verdict: 'reported' as const, result: 9, resultText: M2_RESULT2 }, 'เลือกผลการดำเนินงาน'],
    [{ measure: 1, step: 1, stepText: M1_STEP1, verdict: 'reported' as const, result: 1, resultText: M1_RESULT1 }, 'ไม่มีข้อสังเกตที่ต้องยืนยัน'],
    [{ measure: 12, step: 1, stepText: M2_STEP3, verdict: 'reported' as const, result: 1, resultText: M2_RESULT2 }, 'ไม่พบมาตรการที่ ๑๒ ขั้นตอนที่ ๑'],
  ])('refuses %j with a Thai message', (request, text) => {
    const error = refusal(() => buildConfirmation(sampleCheck(), request, 'a', at));
    expect(error.code).toBe('BAD_CONFIRMATION');
    expect(error.messageTh).toContain(text);
  });

  test('a step rewritten after the sidebar showed it is refused, naming the step and its cell: validate again', () => {
    const grid = sampleGrid();
    grid[2][1] = grid[2][1].replace(M2_STEP3, 'จัดอบรมเชิงปฏิบัติการเรื่องการจัดซื้อจัดจ้างให้ผู้รับเหมาในพื้นที่');
    const error = refusal(() => buildConfirmation(sampleCheck(grid), M2_REPORTED, 'a', at));
    expect(error.code).toBe('BAD_CONFIRMATION');
    expect(error.messageTh).toBe('มาตรการที่ ๒ ขั้นตอนที่ ๓ (เซลล์ B3) ถูกแก้ไขหลังจากกดตรวจสอบ ข้อความในตารางตอนนี้ไม่ตรงกับที่แสดงในแถบด้านข้าง จึงยังไม่บันทึกการยืนยัน กดตรวจสอบใหม่ แล้วยืนยันอีกครั้ง');
    expect(error.messageEn).toContain('validate again');
    // "not done" carries the step text as well.
    expect(refusal(() => buildConfirmation(sampleCheck(grid), { ...M2_STEP, verdict: 'not_done', reason: 'ยังไม่ได้ติดตาม' }, 'a', at)).messageTh).toContain('ถูกแก้ไขหลังจากกดตรวจสอบ');
  });

  test('a result inserted above renumbers the results: "result 2" as shown is refused, naming the result and its cell', () => {
    const grid = sampleGrid();
    grid[2][2] = `๑. จัดประชุมชี้แจงแนวทางการใช้จ่ายงบประมาณแก่พนักงานทุกกอง\n${grid[2][2].replace('๑.', '๒.').replace('๒. ส่วนราชการ', '๓. ส่วนราชการ')}`;
    const error = refusal(() => buildConfirmation(sampleCheck(grid), M2_REPORTED, 'a', at));
    expect(error.messageTh).toBe('ผลข้อที่ ๒ ของมาตรการที่ ๒ (เซลล์ C3) ถูกแก้ไขหลังจากกดตรวจสอบ ข้อความในตารางตอนนี้ไม่ตรงกับที่แสดงในแถบด้านข้าง จึงยังไม่บันทึกการยืนยัน กดตรวจสอบใหม่ แล้วยืนยันอีกครั้ง');
    expect(error.messageEn).toBe('Result 2 of measure 2 (cell C3) was edited after you validated: its text no longer reads as the sidebar showed it, so nothing was recorded; validate again, then confirm');
    // The same result picked by its new number records it.
    expect(buildConfirmation(sampleCheck(grid), { ...M2_REPORTED, result: 3 }, 'a', at)).toMatchObject({ result: 3, resultText: M2_RESULT2 });
  });

  test('texts that differ only as the staleness check ignores (spacing, line ends) still match', () => {
    const spaced = { ...M2_REPORTED, stepText: `  ${M2_STEP3}\t`, resultText: `${M2_RESULT2.replace(/ /g, '\u00a0 ')}\r\n` };
    expect(buildConfirmation(sampleCheck(), spaced, 'a', at)).toMatchObject({ stepText: M2_STEP3, resultText: M2_RESULT2 });
  });

  test.each([
    ['nothing', undefined, 'ไม่มีเลขมาตรการและเลขขั้นตอน'],
    ['numbers as text', { ...M2_REPORTED, measure: '2' }, 'ไม่มีเลขมาตรการและเลขขั้นตอน'],
    ['no step text (a sidebar opened before an update)', { measure: 2, step: 3, verdict: 'reported', result: 2, resultText: M2_RESULT2 }, 'คำขอยืนยันมาตรการที่ ๒ ขั้นตอนที่ ๓ ไม่มีข้อความขั้นตอนที่แถบด้านข้างแสดงไว้'],
    ['a blank step text', { ...M2_REPORTED, stepText: ' \n ' }, 'ไม่มีข้อความขั้นตอน'],
    ['a step text that is not text', { ...M2_REPORTED, stepText: { toString: (): string => M2_STEP3 } }, 'ไม่มีข้อความขั้นตอน'],
    ['no result text', { ...M2_STEP, verdict: 'reported', result: 2 }, 'ไม่มีข้อความผลการดำเนินงานที่แถบด้านข้างแสดงไว้'],
    ['a result number as text', { ...M2_REPORTED, result: '2' }, 'เลือกผลการดำเนินงานที่รายงานมาตรการที่ ๒ ขั้นตอนที่ ๓'],
    ['a place that is not one', { ...M2_REPORTED, place: 'B3' }, 'ไม่มีตำแหน่งของขั้นตอน'],
    ['an unknown verdict', { ...M2_REPORTED, verdict: 'maybe' }, 'เลือก “ยืนยันว่ารายงานแล้ว”'],
    ['a reason that is not text', { ...M2_REPORTED, reason: ['ก'] }, 'เหตุผลต้องเป็นข้อความ'],
  ])('a request with %s is refused, nothing built', (_what, request, text) => {
    const error = refusal(() => buildConfirmation(sampleCheck(), request, 'a', at));
    expect(error.code).toBe('BAD_CONFIRMATION');
    expect(error.messageTh).toContain(text);
    expect(error.messageEn).not.toBe('');
  });

  test('confirmRequestOf keeps only the fields a confirmation uses', () => {
    const sent = { ...M2_REPORTED, place: { measure: 2, step: 2 }, reason: 'ตามแผน', by: 'someone-else@song.go.th', row: 5 };
    expect(confirmRequestOf(sent, 'thai')).toEqual({ ...M2_REPORTED, place: { measure: 2, step: 2 }, reason: 'ตามแผน' });
    expect(confirmRequestOf({ ...M2_STEP, verdict: 'not_done', result: 2, resultText: 'x', reason: 'ยังไม่ได้ทำ' }, 'thai')).toEqual({ ...M2_STEP, verdict: 'not_done', reason: 'ยังไม่ได้ทำ' });
  });
});

describe('the agency synonyms sheet', () => {
  test('one group per row; the header and one-word rows add nothing; commas split a cell', () => {
    expect(parseSynonymSheet([SYNONYMS_HEADER, ['อัปโหลด', 'เผยแพร่', ''], ['ลงนามคำสั่ง, ออกคำสั่ง', 'แต่งตั้ง'], ['เดี่ยว'], []])).toEqual([
      ['อัปโหลด', 'เผยแพร่'],
      ['ลงนามคำสั่ง', 'ออกคำสั่ง', 'แต่งตั้ง'],
    ]);
  });

  test('its groups join the matcher: a step reported in the agency\'s own words is no longer unmatched', () => {
    const grid = [
      ['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
      // Words the built-in lexicon does not pair (it already knows ติดตั้งกล่อง… = มีตู้…), in one
      // paragraph for both steps, so where the words stand is no evidence (src/core/match/structure.ts).
      ['๑. มาตรการการเงินโปร่งใส', '๑. ลงทะเบียนคุมใบเสร็จรับเงินทุกฉบับ\n๒. สรุปรายงานการเงินเสนอผู้บริหารทุกไตรมาส', 'จดสมุดบัญชีรับเงินประจำวันทุกฉบับ และสรุปรายงานการเงินเสนอนายกเทศมนตรีทุกไตรมาส', ''],
    ];
    const plain = checkWithAgencySheets(readGrid(grid));
    expect(plain.findings.map((f) => [f.code, f.item])).toEqual([['UNMATCHED_STEP', 1]]);
    const own = checkWithAgencySheets(readGrid(grid), { synonyms: [SYNONYMS_HEADER, ['ลงทะเบียนคุมใบเสร็จรับเงิน', 'จดสมุดบัญชีรับเงินประจำวัน']] });
    expect(own.findings.some((f) => f.code === 'UNMATCHED_STEP')).toBe(false);
    expect(own.checks[0].matches[0].score).toBeGreaterThan(plain.checks[0].matches[0].score);
  });

  test('a sheet row is held to the sidebar\'s limits: a whole step equated with a result phrase is skipped, each long cell named', () => {
    const grid = tableToGrid(sampleTable());
    const step = 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด';
    const sheet = [SYNONYMS_HEADER, [step, 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณ', 'ใช้จ่าย'], ['อัปโหลด', 'ก'.repeat(41), 'เผยแพร่']];
    expect(readSynonymSheet(sheet).groups).toEqual([['ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณ', 'ใช้จ่าย'], ['อัปโหลด', 'เผยแพร่']]);
    const own = checkWithAgencySheets(readGrid(grid), { synonyms: sheet });
    expect(own.findings.filter((f) => f.code === 'UNMATCHED_STEP').map((f) => [f.severity, f.measure, f.item])).toEqual([['error', 2, 3]]);
    expect(own.findings.filter((f) => f.code === 'SYNONYM_SKIPPED').map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ['warning', 'คำพ้องความหมาย', 'A2'], ['warning', 'คำพ้องความหมาย', 'B3'],
    ]);
    expect(own.findings.find((f) => f.cell === 'A2')?.messageEn).toBe(`Sheet คำพ้องความหมาย cell A2: “${step}” is longer than 40 characters, so it is not used as a synonym: enter a word or a short phrase`);
  });

  test('words to add are checked: two different ones, each short', () => {
    expect(checkSynonymWords([' อัปโหลด ', 'เผยแพร่', 'อัปโหลด'])).toEqual(['อัปโหลด', 'เผยแพร่']);
    expect(() => checkSynonymWords(['อัปโหลด'])).toThrow('ต้องมีอย่างน้อยสองคำ');
    expect(() => checkSynonymWords(['อัปโหลด', 'ก'.repeat(41)])).toThrow('ยาวเกิน 40');
  });
});

describe('the synonym pair offered after a "reported" confirmation', () => {
  const at = 'now';

  test('proposes the step\'s and the result\'s action words when the matcher did not connect them', () => {
    const result = sampleCheck();
    const c = buildConfirmation(result, M2_REPORTED, 'a', at);
    expect(synonymOffer(result, c, [])).toEqual({ stepWords: leadingAction(M2_STEP3), resultWords: leadingAction(M2_RESULT2) });
    expect(leadingAction(M2_RESULT2)).toBe('ใช้จ่าย');
    expect(leadingAction('กองคลังประชาสัมพันธ์ข้อมูลแผนการใช้จ่ายงบประมาณ')).toBe('ประชาสัมพันธ์');
    expect(leadingAction('ลงนามคำสั่งแต่งตั้งคณะทำงาน')).toMatch(/^ลงนาม/);
  });

  test('offers nothing for a known pair or a "not done" confirmation', () => {
    const result = sampleCheck();
    const c = buildConfirmation(result, M2_REPORTED, 'a', at);
    expect(synonymOffer(result, c, [[leadingAction(M2_STEP3), leadingAction(M2_RESULT2), 'อื่น']])).toBeNull();
    const notDone = buildConfirmation(result, { ...M2_STEP, verdict: 'not_done', reason: 'ยังไม่ได้ทำจริง' }, 'a', at);
    expect(synonymOffer(result, notDone, [])).toBeNull();
  });
});
