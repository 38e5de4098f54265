/**
 * Which step a confirmation is about, and which row for a step decides: steps or measures whose
 * numbers repeat (only warnings, so such tables reach publishing), and a later row gone stale.
 * The data are an อบต.'s ethics and procurement measures as its staff typed them.
 */
import {
  CONFIRMATIONS_HEADER, applyConfirmations, buildConfirmation, checkTable, confirmationRow, confirmationViews,
  parseConfirmations, readGrid, validateResponse, type CheckResult, type ConfirmRequest, type Finding,
} from '../../src/core';
import { refusal } from '../helpers/refusal';

const HEADER = ['ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
const ETHICS = 'มาตรการส่งเสริมการปฏิบัติหน้าที่ตามประมวลจริยธรรม';
const PROCUREMENT = 'มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง';
const ANNOUNCE = 'จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบล';
const ORIENT = 'ปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม';
const AUDIT = 'ตรวจสอบบัญชีพัสดุประจำปีโดยคณะกรรมการภายนอก';
const PLAN = 'เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ขององค์การบริหารส่วนตำบล';
const ANNOUNCED = 'จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบลแล้ว เผยแพร่บนเว็บไซต์';
const ORIENTED = 'จัดปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม จำนวน 5 คน';
const AT = '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.';
const LATER = '๒๘ พฤศจิกายน ๒๕๖๙ เวลา ๐๙:๑๕ น.';

const check = (grid: string[][]): CheckResult => checkTable(readGrid(grid));
const sheet = (...rows: (string | number)[][]) => parseConfirmations([CONFIRMATIONS_HEADER, ...rows]);
const stepFindings = (result: CheckResult) => result.findings.filter((f) => f.code === 'UNMATCHED_STEP');

/** The ethics measure, its third step mistyped `2)`: the repro of the reviewer's report. */
function repeatedStepGrid(audit = AUDIT): string[][] {
  return [HEADER, ['1', ETHICS, `1) ${ANNOUNCE}\n2) ${ORIENT}\n2) ${audit}`, `1) ${ANNOUNCED}\n2) ${ORIENTED}`, '']];
}

/** Two measures both numbered 1, each with a step 1; only the second's is unreported. */
function repeatedMeasureGrid(audit = AUDIT): string[][] {
  return [
    HEADER,
    ['1', ETHICS, `1) ${ANNOUNCE}\n2) ${ORIENT}`, `1) ${ANNOUNCED}\n2) ${ORIENTED}`, ''],
    ['1', PROCUREMENT, `1) ${audit}\n2) ${PLAN}`, '1) เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี พ.ศ. 2568 บนเว็บไซต์ขององค์การบริหารส่วนตำบลแล้ว', ''],
  ];
}

/** What the sidebar sends for a finding: its numbers, its step's place and the step text it showed. */
function requestFor(finding: Finding, rest: Omit<ConfirmRequest, 'measure' | 'step' | 'stepText'>, stepText = AUDIT): ConfirmRequest {
  return { measure: finding.measure as number, step: finding.item as number, place: finding.place, stepText, ...rest };
}

describe('a step number that repeats in a measure', () => {
  test('the finding and the sidebar\'s view name the third step, by its place', () => {
    const result = check(repeatedStepGrid());
    expect(result.findings.map((f) => [f.severity, f.code, f.measure, f.item])).toEqual([
      ['error', 'UNMATCHED_STEP', 1, 2],
      ['warning', 'NUMBERING_REPEAT', 1, 2],
    ]);
    expect(stepFindings(result)[0].place).toEqual({ measure: 1, step: 2 });
    const view = validateResponse(result, 'มาตรการ', new Date(Date.UTC(2026, 10, 27, 3, 30))).findings[0];
    expect(view).toMatchObject({ code: 'UNMATCHED_STEP', confirmable: true, stepText: AUDIT, place: { measure: 1, step: 2 } });
  });

  test('"not done" on that finding records the audit step\'s text and settles that error only while it reads so', () => {
    const result = check(repeatedStepGrid());
    const error = stepFindings(result)[0];
    const c = buildConfirmation(result, requestFor(error, { verdict: 'not_done', reason: 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก' }), 'somsri@tambon.go.th', AT);
    expect(c).toMatchObject({ measure: 1, step: 2, stepText: AUDIT, verdict: 'not_done' });
    const row = confirmationRow(c);

    const applied = applyConfirmations(result, sheet(row));
    expect(applied.errors).toBe(0);
    const settled = applied.findings.find((f) => f.code === 'UNMATCHED_STEP');
    expect(settled).toMatchObject({ severity: 'info', place: { measure: 1, step: 2 }, confirmedBy: { verdict: 'not_done', by: 'somsri@tambon.go.th' } });
    expect(settled?.message).toContain(AUDIT);

    // Editing the audit step brings the error back, with a line naming the confirmation's row.
    const edited = applyConfirmations(check(repeatedStepGrid(`${AUDIT} ทุกไตรมาส`)), sheet(row));
    expect(edited.errors).toBe(1);
    expect(stepFindings(edited)[0]).toMatchObject({ severity: 'error', place: { measure: 1, step: 2 } });
    expect(stepFindings(edited)[0].confirmedBy).toBeUndefined();
    const stale = edited.findings.find((f) => f.code === 'CONFIRMATION_STALE');
    expect(stale).toMatchObject({ severity: 'info', sheet: 'การยืนยันผลตรวจ', cell: 'A2' });
    expect(stale?.message).toContain('ข้อความขั้นตอนเปลี่ยนไปหลังยืนยัน');
  });

  test('a row holding the orientation step\'s text (numbered 2 too) does not settle the audit step\'s error', () => {
    const result = applyConfirmations(check(repeatedStepGrid()), sheet([1, 2, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้แต่งตั้งคณะกรรมการ', 'a@tambon.go.th', AT, ORIENT, '']));
    expect(result.errors).toBe(1);
    expect(stepFindings(result)[0]).toMatchObject({ severity: 'error', place: { measure: 1, step: 2 } });
    expect(result.findings.some((f) => f.confirmedBy)).toBe(false);
  });

  test('without the step\'s place the request is refused, naming the repeated number (Thai, and English)', () => {
    const e = refusal(() => buildConfirmation(check(repeatedStepGrid()), { measure: 1, step: 2, stepText: AUDIT, verdict: 'not_done', reason: 'ยังไม่ได้ทำ' }, 'a', AT));
    expect(e.code).toBe('BAD_CONFIRMATION');
    expect(e.messageTh).toBe('มาตรการที่ 1 ขั้นตอนที่ 2 มี 2 ข้อในตาราง (เลขข้อซ้ำ) จึงบอกไม่ได้ว่าหมายถึงข้อใด แก้เลขข้อไม่ให้ซ้ำ แล้วกดตรวจสอบใหม่');
    expect(e.messageEn).toContain('step 2');
    expect(e.messageEn).toContain('the number repeats');
  });

  test('a place that no longer holds a step with those numbers is refused: validate again', () => {
    const e = refusal(() => buildConfirmation(check(repeatedStepGrid()), { measure: 1, step: 2, place: { measure: 1, step: 0 }, stepText: ANNOUNCE, verdict: 'not_done', reason: 'x' }, 'a', AT));
    expect(e.messageTh).toContain('กดตรวจสอบใหม่');
  });

  test('two steps with the same number and the same text cannot be told apart: refused, and a row for them applies to neither', () => {
    const grid: string[][] = [HEADER, ['1', ETHICS, `1) ${ANNOUNCE}\n2) ${AUDIT}\n2) ${AUDIT}`, `1) ${ANNOUNCED}`, '']];
    const result = check(grid);
    const errors = stepFindings(result);
    expect(errors.map((f) => f.place)).toEqual([{ measure: 1, step: 1 }, { measure: 1, step: 2 }]);
    const e = refusal(() => buildConfirmation(result, requestFor(errors[1], { verdict: 'not_done', reason: 'ยังไม่ได้ทำ' }), 'a', AT));
    expect(e.messageTh).toContain('มาตรการที่ 1 ขั้นตอนที่ 2 มี 2 ข้อในตารางที่ข้อความเหมือนกัน');
    const applied = applyConfirmations(result, sheet([1, 2, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้ทำ', 'a', AT, AUDIT, '']));
    expect(applied.errors).toBe(2);
    expect(applied.findings.find((f) => f.code === 'CONFIRMATION_STALE')?.message).toContain('ข้อความเหมือนกัน 2 ข้อ จึงบอกไม่ได้ว่าหมายถึงข้อใด');
  });
});

describe('two measures numbered 1', () => {
  test('confirming the procurement measure\'s step 1 records its text and leaves the ethics measure alone', () => {
    const result = check(repeatedMeasureGrid());
    const error = stepFindings(result)[0];
    expect(error).toMatchObject({ measure: 1, item: 1, place: { measure: 2, step: 0 } });
    expect(validateResponse(result, 'มาตรการ', new Date()).findings.find((f) => f.code === 'UNMATCHED_STEP')?.stepText).toBe(AUDIT);
    const c = buildConfirmation(result, requestFor(error, { verdict: 'not_done', reason: 'รอคณะกรรมการภายนอก' }), 'a', AT);
    expect(c.stepText).toBe(AUDIT);
    const row = confirmationRow(c);
    expect(applyConfirmations(result, sheet(row)).errors).toBe(0);
    expect(applyConfirmations(check(repeatedMeasureGrid(`${AUDIT} ทุกไตรมาส`)), sheet(row)).errors).toBe(1);
  });

  test('a row holding the ethics measure\'s step 1 text does not settle the procurement measure\'s error', () => {
    const result = applyConfirmations(check(repeatedMeasureGrid()), sheet([1, 1, 1, 'รายงานแล้ว', '', 'a', AT, ANNOUNCE, ANNOUNCED]));
    expect(result.errors).toBe(1);
    expect(stepFindings(result)[0]).toMatchObject({ severity: 'error', place: { measure: 2, step: 0 } });
  });
});

describe('the latest row for a step decides', () => {
  const grid = (oriented = ORIENTED, audit = AUDIT): string[][] =>
    [HEADER, ['1', ETHICS, `1) ${ANNOUNCE}\n2) ${ORIENT}\n3) ${audit}`, `1) ${ANNOUNCED}\n2) ${oriented}`, '']];
  const notDone = [1, 3, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก', 'a@tambon.go.th', AT, AUDIT, ''];
  const reported = [1, 3, 2, 'รายงานแล้ว', 'ตรวจบัญชีพัสดุในวันปฐมนิเทศ', 'b@tambon.go.th', LATER, AUDIT, ORIENTED];

  test('before any edit the later "reported" row is the word in effect', () => {
    const result = check(grid());
    expect(stepFindings(result).map((f) => f.item)).toEqual([3]);
    const applied = applyConfirmations(result, sheet(notDone, reported));
    expect(applied.errors).toBe(0);
    expect(applied.findings.find((f) => f.code === 'UNMATCHED_STEP')?.confirmedBy).toMatchObject({ by: 'b@tambon.go.th', verdict: 'reported', result: 2 });
    expect(confirmationViews(result, sheet(notDone, reported)).map((v) => [v.row, v.applies])).toEqual([[2, false], [3, true]]);
  });

  test('when the later row goes stale the error is back with its stale line; the older "not done" does not apply again', () => {
    const edited = check(grid(ORIENTED.replace('5 คน', '6 คน')));
    const applied = applyConfirmations(edited, sheet(notDone, reported));
    expect(applied.errors).toBe(1);
    expect(stepFindings(applied)[0]).toMatchObject({ severity: 'error', item: 3 });
    expect(stepFindings(applied)[0].confirmedBy).toBeUndefined();
    const stale = applied.findings.filter((f) => f.code === 'CONFIRMATION_STALE');
    expect(stale.map((f) => f.cell)).toEqual(['A3']);
    expect(stale[0].message).toContain('ข้อความผลการดำเนินงานเปลี่ยนไปหลังยืนยัน');
    expect(confirmationViews(edited, sheet(notDone, reported)).map((v) => v.applies)).toEqual([false, false]);
  });

  test('a step edited, confirmed again, then put back: the latest (stale) row decides, not the first', () => {
    const reworded = `${AUDIT} ทุกไตรมาส`;
    const second = [1, 3, '', 'ยังไม่ได้ทำ', 'ยังไม่ถึงไตรมาสแรก', 'b@tambon.go.th', LATER, reworded, ''];
    const applied = applyConfirmations(check(grid()), sheet(notDone, second));
    expect(applied.errors).toBe(1);
    expect(applied.findings.filter((f) => f.code === 'CONFIRMATION_STALE').map((f) => f.cell)).toEqual(['A3']);
  });

  test('a newer row that applies replaces a stale older one, whose stale line then goes', () => {
    const edited = check(grid(ORIENTED.replace('5 คน', '6 คน')));
    const again = [1, 3, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก', 'a@tambon.go.th', LATER, AUDIT, ''];
    const applied = applyConfirmations(edited, sheet(reported, again));
    expect(applied.errors).toBe(0);
    expect(applied.findings.find((f) => f.code === 'UNMATCHED_STEP')?.confirmedBy).toMatchObject({ verdict: 'not_done', at: LATER });
    expect(applied.findings.some((f) => f.code === 'CONFIRMATION_STALE')).toBe(false);
  });
});
