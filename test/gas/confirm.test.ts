/**
 * The coordinator's word in the add-on: confirming findings into the sheet `การยืนยันผลตรวจ`, two
 * co-editors confirming, a confirmation going stale when a step is edited, the agency synonyms sheet,
 * and publish counting confirmations in its log.
 */
import { CONFIRMATIONS, MEASURES, PUBLISH_LOG, SYNONYMS, loadWithSample, sidebarFailure, type Addon } from './harness';
import type { FakeEnv } from '../fakes';
import type { ConfirmRequest, FindingView } from '../../src/core/api';

const ERROR_MARK = '#f4c7c3';
const BE_TIME = /^[๐-๙]+ [ก-๙]+ [๐-๙]{4} เวลา [๐-๙]{2}:[๐-๙]{2} น\.$/;
const M2_STEP3 = 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด';
const M2_RESULT1 = 'กองคลังประชาสัมพันธ์ข้อมูลแผนการใช้จ่ายงบประมาณ ประจำปี พ.ศ.๒๕๖๕ แผนการจัดซื้อจัดจ้าง และประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง จัดหาพัสดุต่างๆ ผ่านเว็บไซต์ของเทศบาลตำบลสอง';
const M2_RESULT2 = 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณเป็นไปตามแผนการใช้จ่ายงบประมาณ ประจำปี พ.ศ.๒๕๖๕ และมีการจัดซื้อจัดจ้างตามแผนการจัดซื้อจัดจ้าง';
const M7_STEP1 = 'ประชาสัมพันธ์และรณรงค์ให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อนผ่านสื่อสังคมออนไลน์ของหน่วยงาน';
/** What the sidebar sends for the sample's two confirmable findings: the numbers and the texts it showed. */
const M2_REPORTED = { measure: 2, step: 3, stepText: M2_STEP3, verdict: 'reported', result: 2, resultText: M2_RESULT2 } as const;
const m7NotDone = (reason: string): ConfirmRequest => ({ measure: 7, step: 1, stepText: M7_STEP1, verdict: 'not_done', reason });

function ready(): { env: FakeEnv; addon: Addon } {
  const loaded = loadWithSample();
  loaded.addon.setupSheets();
  loaded.env.log.reset();
  return loaded;
}

const confirmations = (env: FakeEnv) => env.spreadsheet.sheetData(CONFIRMATIONS).grid();

describe('confirmFinding', () => {
  test('the row\'s time is Bangkok\'s, as every stamp of the add-on, even in a spreadsheet set to another zone', () => {
    // 00:30 on 1 October 2568 in Bangkok; 30 September, 10:30 in Los Angeles.
    const { env, addon } = loadWithSample({ timeZone: 'America/Los_Angeles', now: new Date('2025-09-30T17:30:00Z') });
    addon.setupSheets();
    addon.confirmFinding({ ...M2_REPORTED, reason: 'ใช้จ่ายตามแผนคือทำตามแนวทาง' });
    expect(confirmations(env)[1][6]).toMatch(/^๑ ตุลาคม ๒๕๖๘ เวลา ๐๐:[๐-๙]{2} น\.$/);
  });

  test('"reported" writes one row with who, when (B.E.) and both texts; the error becomes an info line and its red mark goes', () => {
    const { env, addon } = ready();
    expect(addon.validate().errors).toBe(1);
    expect(env.spreadsheet.sheetData(MEASURES).background(3, 2)).toBe(ERROR_MARK);
    const r = addon.confirmFinding({ ...M2_REPORTED, reason: 'ใช้จ่ายตามแผนคือทำตามแนวทาง' });
    const rows = confirmations(env);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 6)).toEqual([2, 3, 2, 'รายงานแล้ว', 'ใช้จ่ายตามแผนคือทำตามแนวทาง', 'coordinator@song.go.th']);
    expect(rows[1][6]).toMatch(BE_TIME);
    expect(rows[1][7]).toBe(M2_STEP3);
    expect(rows[1][8]).toMatch(/^ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณ/);
    expect(r.message).toBe('บันทึกการยืนยันมาตรการที่ ๒ ขั้นตอนที่ ๓ ว่ารายงานแล้วในผลข้อที่ ๒ แล้ว (ชีต การยืนยันผลตรวจ แถวที่ 2)');
    expect(r.validation).toMatchObject({ errors: 0, warnings: 1, infos: 1 });
    const confirmed = r.validation.findings.find((f) => f.measure === 2 && f.item === 3);
    expect(confirmed).toMatchObject({ severity: 'info', code: 'UNMATCHED_STEP', sheet: MEASURES, cell: 'B3', confirmedBy: { by: 'coordinator@song.go.th', verdict: 'reported', result: 2 } });
    expect(r.validation.measures[1]).toMatchObject({ errors: 0, warnings: 0, infos: 1 });
    // B3 holds nothing open any more (an info line is not marked): its red mark is gone.
    expect(env.spreadsheet.sheetData(MEASURES).background(3, 2)).toBe('#ffffff');
    expect(r.offer).toEqual({ stepWords: expect.any(String), resultWords: 'ใช้จ่าย' });
    expect(env.locks.document.holder).toBeNull();
  });

  test('a confirmations sheet with no row to spare gets one: getRange would refuse the row past its edge', () => {
    const { env, addon } = ready();
    addon.validate();
    addon.confirmFinding(m7NotDone('งดจัดรณรงค์ปีนี้เพราะงบประมาณไม่พอ'));
    const sheet = env.spreadsheet.sheetData(CONFIRMATIONS);
    sheet.maxRows = sheet.grid().length;
    addon.confirmFinding({ ...M2_REPORTED, reason: 'ใช้จ่ายตามแผนคือทำตามแนวทาง' });
    expect(confirmations(env)).toHaveLength(3);
    expect(sheet.maxRows).toBe(3);
  });

  test('"not done" needs a short reason; a refused request writes nothing and says why in Thai', () => {
    const { env, addon } = ready();
    const failure = sidebarFailure(() => addon.confirmFinding(m7NotDone(' ')));
    expect(failure.code).toBe('BAD_CONFIRMATION');
    expect(failure.message).toBe('ยืนยันว่ายังไม่ได้ทำต้องใส่เหตุผลสั้น ๆ');
    expect(failure.messageEn).toMatch(/short reason/);
    expect(confirmations(env)).toHaveLength(1);
    const ok = addon.confirmFinding(m7NotDone('งดจัดรณรงค์ปีนี้เพราะงบประมาณไม่พอ'));
    expect(ok.offer).toBeNull();
    expect(confirmations(env)[1].slice(0, 5)).toEqual([7, 1, '', 'ยังไม่ได้ทำ', 'งดจัดรณรงค์ปีนี้เพราะงบประมาณไม่พอ']);
    expect(ok.validation.findings.find((f) => f.measure === 7)?.message).toMatch(/ว่ายังไม่ได้ทำ เหตุผล: งดจัดรณรงค์ปีนี้เพราะงบประมาณไม่พอ$/);
  });

  test('two co-editors: one confirming while the other writes is told to retry; both rows stay, each with its author', () => {
    const { env, addon } = ready();
    let clash: unknown = null;
    env.log.before('Range.setValues', () => {
      env.session.email = 'somsri@song.go.th';
      try {
        addon.confirmFinding(m7NotDone('งดจัดรณรงค์'));
      } catch (error) {
        clash = error;
      }
      env.session.email = 'coordinator@song.go.th';
    }, { once: true });
    addon.confirmFinding({ ...M2_REPORTED, result: 1, resultText: M2_RESULT1 });
    expect(JSON.parse((clash as Error).message)).toMatchObject({ code: 'BUSY' });
    env.session.email = 'somsri@song.go.th';
    const second = addon.confirmFinding(m7NotDone('งดจัดรณรงค์'));
    expect(confirmations(env).slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([[2, 3, 'coordinator@song.go.th'], [7, 1, 'somsri@song.go.th']]);
    expect(second.validation).toMatchObject({ errors: 0, warnings: 0, infos: 2 });
    const list = addon.listConfirmations();
    expect(list.map((c) => [c.row, c.measure, c.step, c.verdict, c.by, c.applies])).toEqual([
      [2, 2, 3, 'reported', 'coordinator@song.go.th', true],
      [3, 7, 1, 'not_done', 'somsri@song.go.th', true],
    ]);
  });

  test('a confirmation goes stale when a co-editor changes the step text: the error is back, with an info line about the row', () => {
    const { env, addon } = ready();
    addon.confirmFinding(M2_REPORTED);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 2, String(sheet.get(3, 2)).replace('ดำเนินการตามแนวทางที่กำหนด', 'ปฏิบัติตามแนวทางที่กำหนดอย่างเคร่งครัด'));
    const r = addon.validate();
    expect(r.errors).toBe(1);
    const stale = r.findings.find((f) => f.code === 'CONFIRMATION_STALE');
    expect(stale).toMatchObject({ severity: 'info', sheet: CONFIRMATIONS, cell: 'A2', measure: 2, item: 3 });
    expect(stale?.message).toContain('ข้อความขั้นตอนเปลี่ยนไปหลังยืนยัน');
    expect(sheet.background(3, 2)).toBe(ERROR_MARK);
    expect(addon.listConfirmations().map((c) => c.applies)).toEqual([false]);
    // The row itself is kept: nothing a person (or the add-on on their behalf) wrote is removed.
    expect(confirmations(env)).toHaveLength(2);
  });

  test('a reason or synonym that looks like a formula is written as text', () => {
    const { env, addon } = ready();
    addon.confirmFinding(m7NotDone('=IMPORTXML("http://x","//a")'));
    expect(confirmations(env)[1][4]).toBe('=IMPORTXML("http://x","//a")');
    addon.addSynonyms({ words: ['+เผยแพร่', '-โพสต์'] });
    expect(env.spreadsheet.sheetData(SYNONYMS).grid()[1].slice(0, 2)).toEqual(['+เผยแพร่', '-โพสต์']);
  });

  test('a lock held by another execution: BUSY at once, nothing written', () => {
    const { env, addon } = ready();
    env.locks.document.holdElsewhere();
    expect(sidebarFailure(() => addon.confirmFinding(M2_REPORTED)).code).toBe('BUSY');
    expect(confirmations(env)).toHaveLength(1);
  });

  test('the menu\'s Validate counts confirmed findings in its toast', () => {
    const { env, addon } = ready();
    addon.confirmFinding(M2_REPORTED);
    addon.menuValidate();
    expect(env.spreadsheet.toasts[env.spreadsheet.toasts.length - 1].msg).toMatch(/^ตรวจสอบแล้ว: ข้อผิดพลาด 0 · คำเตือน 1 · ยืนยันแล้ว\/ข้อมูล 1 /);
  });

  test('works before set-up made the sheet: the confirmations sheet is created with its header', () => {
    const { env, addon } = loadWithSample();
    addon.confirmFinding(M2_REPORTED);
    expect(confirmations(env)[0][0]).toBe('มาตรการ');
    expect(confirmations(env)).toHaveLength(2);
  });
});

describe('a confirmation is about the step and result the coordinator saw', () => {
  const M2_RESULTS_INSERTED = `๑. จัดประชุมชี้แจงแนวทางการใช้จ่ายงบประมาณแก่พนักงานทุกกอง`;

  /** The finding the sidebar shows for measure 2 step 3 after Validate. */
  function shown(addon: Addon): FindingView {
    const finding = addon.validate().findings.find((f) => f.confirmable && f.measure === 2 && f.item === 3);
    if (!finding?.place || !finding.stepText || !finding.results) throw new Error('measure 2 step 3 is not shown as confirmable');
    return finding;
  }

  /** What the sidebar sends for "reported by result `n`": the numbers, the place and the texts it showed. */
  function reportedAsShown(finding: FindingView, n: number): ConfirmRequest {
    const picked = finding.results?.find((r) => r.number === n);
    return { measure: 2, step: 3, place: finding.place, stepText: finding.stepText ?? '', verdict: 'reported', result: n, resultText: picked?.text ?? '' };
  }

  test('a co-editor rewrites the step after Validate: refused, naming the step and its cell; nothing written, the error stays', () => {
    const { env, addon } = ready();
    const finding = shown(addon);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 2, String(sheet.get(3, 2)).replace(M2_STEP3, 'จัดอบรมเชิงปฏิบัติการเรื่องการจัดซื้อจัดจ้างให้ผู้รับเหมาในพื้นที่'));
    const failure = sidebarFailure(() => addon.confirmFinding(reportedAsShown(finding, 2)));
    expect(failure.code).toBe('BAD_CONFIRMATION');
    expect(failure.message).toBe('มาตรการที่ ๒ ขั้นตอนที่ ๓ (เซลล์ B3) ถูกแก้ไขหลังจากกดตรวจสอบ ข้อความในตารางตอนนี้ไม่ตรงกับที่แสดงในแถบด้านข้าง จึงยังไม่บันทึกการยืนยัน กดตรวจสอบใหม่ แล้วยืนยันอีกครั้ง');
    expect(failure.messageEn).toBe('Measure 2 step 3 (cell B3) was edited after you validated: its text no longer reads as the sidebar showed it, so nothing was recorded; validate again, then confirm');
    expect(confirmations(env)).toHaveLength(1);
    expect(addon.validate().findings.find((f) => f.measure === 2 && f.item === 3)).toMatchObject({ severity: 'error', code: 'UNMATCHED_STEP' });
  });

  test('a co-editor inserts a result above, so result 2 is another text: refused, naming the result; nothing written', () => {
    const { env, addon } = ready();
    const finding = shown(addon);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    const results = String(sheet.get(3, 3));
    sheet.set(3, 3, `${M2_RESULTS_INSERTED}\n${results.replace('๑.', '๒.').replace('๒. ส่วนราชการ', '๓. ส่วนราชการ')}`);
    const failure = sidebarFailure(() => addon.confirmFinding(reportedAsShown(finding, 2)));
    expect(failure.code).toBe('BAD_CONFIRMATION');
    expect(failure.message).toBe('ผลข้อที่ ๒ ของมาตรการที่ ๒ (เซลล์ C3) ถูกแก้ไขหลังจากกดตรวจสอบ ข้อความในตารางตอนนี้ไม่ตรงกับที่แสดงในแถบด้านข้าง จึงยังไม่บันทึกการยืนยัน กดตรวจสอบใหม่ แล้วยืนยันอีกครั้ง');
    expect(failure.messageEn).toBe('Result 2 of measure 2 (cell C3) was edited after you validated: its text no longer reads as the sidebar showed it, so nothing was recorded; validate again, then confirm');
    expect(confirmations(env)).toHaveLength(1);
    // After validating again the list offers the renumbered results; picking the one meant records it.
    const again = shown(addon);
    expect(again).toMatchObject({ code: 'WEAK_MATCH', severity: 'warning' });
    expect(again.results?.map((r) => r.number)).toEqual([1, 2, 3]);
    addon.confirmFinding(reportedAsShown(again, 3));
    expect(confirmations(env)[1].slice(0, 3)).toEqual([2, 3, 3]);
    expect(confirmations(env)[1][8]).toBe(M2_RESULT2);
  });

  test('an edit elsewhere in the cell leaves the step and result as shown: the confirmation is recorded', () => {
    const { env, addon } = ready();
    const finding = shown(addon);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 2, String(sheet.get(3, 2)).replace('ของทางราชการ', 'ของเทศบาล'));
    const r = addon.confirmFinding(reportedAsShown(finding, 2));
    expect(confirmations(env)[1].slice(0, 4)).toEqual([2, 3, 2, 'รายงานแล้ว']);
    expect(confirmations(env)[1].slice(7, 9)).toEqual([M2_STEP3, M2_RESULT2]);
    expect(r.validation.errors).toBe(0);
  });

  test('"not done" is checked against the step text too', () => {
    const { env, addon } = ready();
    const finding = shown(addon);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 2, String(sheet.get(3, 2)).replace(M2_STEP3, `${M2_STEP3}อย่างเคร่งครัด`));
    const request = { measure: 2, step: 3, place: finding.place, stepText: M2_STEP3, verdict: 'not_done' as const, reason: 'ยังไม่ได้ติดตาม' };
    expect(sidebarFailure(() => addon.confirmFinding(request)).message).toMatch(/^มาตรการที่ ๒ ขั้นตอนที่ ๓ \(เซลล์ B3\) ถูกแก้ไขหลังจากกดตรวจสอบ/);
    expect(confirmations(env)).toHaveLength(1);
  });

  test('a request without the texts the sidebar showed (a sidebar opened before an update, or any other caller) is refused', () => {
    const { env, addon } = ready();
    const untyped = addon.confirmFinding as (request: unknown) => unknown;
    const noStep = sidebarFailure(() => untyped({ measure: 2, step: 3, verdict: 'reported', result: 2, resultText: M2_RESULT2 }));
    expect(noStep).toMatchObject({ code: 'BAD_CONFIRMATION', message: 'คำขอยืนยันมาตรการที่ ๒ ขั้นตอนที่ ๓ ไม่มีข้อความขั้นตอนที่แถบด้านข้างแสดงไว้ ปิดแถบด้านข้างแล้วเปิดใหม่ กดตรวจสอบ แล้วยืนยันอีกครั้ง' });
    expect(noStep.messageEn).toBe('The confirmation of measure 2 step 3 lacks the step text the sidebar showed; close and reopen the sidebar, validate, then confirm again');
    const noResult = sidebarFailure(() => untyped({ measure: 2, step: 3, stepText: M2_STEP3, verdict: 'reported', result: 2 }));
    expect(noResult.message).toBe('คำขอยืนยันมาตรการที่ ๒ ขั้นตอนที่ ๓ ไม่มีข้อความผลการดำเนินงานที่แถบด้านข้างแสดงไว้ ปิดแถบด้านข้างแล้วเปิดใหม่ กดตรวจสอบ แล้วยืนยันอีกครั้ง');
    expect(sidebarFailure(() => untyped({ measure: 2, step: 3, stepText: 42, verdict: 'reported', result: 2, resultText: M2_RESULT2 })).code).toBe('BAD_CONFIRMATION');
    expect(sidebarFailure(() => untyped({ measure: '2', step: 3, stepText: M2_STEP3, verdict: 'reported', result: 2, resultText: M2_RESULT2 })).code).toBe('BAD_CONFIRMATION');
    expect(sidebarFailure(() => untyped(null)).code).toBe('BAD_CONFIRMATION');
    expect(confirmations(env)).toHaveLength(1);
  });
});

describe('fill', () => {
  test('a step confirmed as reported is not named as missing in a filled suggestion', () => {
    const { env, addon } = ready();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 4, '');
    addon.confirmFinding(M2_REPORTED);
    const r = addon.fillSuggestions();
    expect(r.filled.map((f) => f.cell)).toEqual(['D3']);
    expect(String(sheet.get(3, 4))).toMatch(/^หน่วยงานอาจจัดอบรม/);
    expect(String(sheet.get(3, 4))).not.toContain(M2_STEP3);
  });

  test('without the confirmation the same fill names the step', () => {
    const { env, addon } = ready();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 4, '');
    addon.fillSuggestions();
    expect(String(sheet.get(3, 4))).toContain(M2_STEP3);
  });
});

describe('the agency synonyms sheet', () => {
  test('addSynonyms appends the group the coordinator edited below the rows already there, and answers with a fresh check', () => {
    const { env, addon } = ready();
    env.spreadsheet.sheetData(SYNONYMS).set(2, 1, 'ของเดิม');
    env.spreadsheet.sheetData(SYNONYMS).set(2, 2, 'คำเดิม');
    const r = addon.addSynonyms({ words: ['ส่งเสริมให้ปฏิบัติ', ' ใช้จ่ายตามแผน '] });
    expect(r.words).toEqual(['ส่งเสริมให้ปฏิบัติ', 'ใช้จ่ายตามแผน']);
    expect(env.spreadsheet.sheetData(SYNONYMS).grid().slice(1)).toEqual([['ของเดิม', 'คำเดิม', '', ''], ['ส่งเสริมให้ปฏิบัติ', 'ใช้จ่ายตามแผน', '', '']]);
    expect(r.message).toContain('แถวที่ 3');
    expect(r.validation.measures).toHaveLength(10);
  });

  test('one word is refused with a Thai message', () => {
    const { addon } = ready();
    const failure = sidebarFailure(() => addon.addSynonyms({ words: ['อัปโหลด', 'อัปโหลด'] }));
    expect(failure).toMatchObject({ code: 'BAD_SYNONYM', message: 'ต้องมีอย่างน้อยสองคำที่ต่างกัน' });
  });
});

describe('publish', () => {
  test('a confirmed error no longer blocks publishing, and the log counts the confirmations', () => {
    const { env, addon } = ready();
    expect(addon.publish({})).toMatchObject({ ok: false, blockedReason: 'errors' });
    addon.confirmFinding(M2_REPORTED);
    addon.confirmFinding(m7NotDone('งดจัดรณรงค์'));
    const r = addon.publish({});
    expect(r).toMatchObject({ ok: true, overridden: false, validation: { errors: 0, infos: 2 } });
    const log = env.spreadsheet.sheetData(PUBLISH_LOG).grid();
    expect(log[0][9]).toBe('ยืนยันโดยผู้ประสานงาน');
    expect(log[1].slice(5, 10)).toEqual([0, 0, 'ไม่', 'ทุกคนที่มีลิงก์ดูได้', 2]);
  });
});

describe('steps whose numbers repeat', () => {
  const ORIENT = 'ปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม';
  const AUDIT = 'ตรวจสอบบัญชีพัสดุประจำปีโดยคณะกรรมการภายนอก';
  const ORIENTED = 'จัดปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม จำนวน 5 คน';

  /** Measure 1 of the sample typed again by an อบต.'s staff: three steps, the third given `thirdMarker`. */
  function withEthicsMeasure(thirdMarker: string): { env: FakeEnv; addon: Addon } {
    const loaded = ready();
    const sheet = loaded.env.spreadsheet.sheetData(MEASURES);
    sheet.set(2, 2, `1) จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบล\n2) ${ORIENT}\n${thirdMarker} ${AUDIT}`);
    sheet.set(2, 3, `1) จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบลแล้ว เผยแพร่บนเว็บไซต์\n2) ${ORIENTED}`);
    return loaded;
  }

  test('the sidebar confirms the third step (numbered 2 again) by its place: its own text is recorded and only its error settles', () => {
    const { env, addon } = withEthicsMeasure('2)');
    const before = addon.validate();
    expect(before.errors).toBe(2);
    const finding = before.findings.find((f) => f.measure === 1 && f.code === 'UNMATCHED_STEP');
    expect(finding).toMatchObject({ item: 2, place: { measure: 1, step: 2 }, stepText: AUDIT, confirmable: true });
    const r = addon.confirmFinding({ measure: 1, step: 2, place: finding?.place, stepText: AUDIT, verdict: 'not_done', reason: 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก' });
    expect(confirmations(env)[1].slice(0, 5)).toEqual([1, 2, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก']);
    expect(confirmations(env)[1][7]).toBe(AUDIT);
    expect(r.validation.errors).toBe(1);
    expect(r.validation.findings.find((f) => f.measure === 1 && f.code === 'UNMATCHED_STEP')).toMatchObject({ severity: 'info', confirmedBy: { verdict: 'not_done' } });
    // Editing the audit step brings its error back.
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(2, 2, String(sheet.get(2, 2)).replace(AUDIT, `${AUDIT}ทุกไตรมาส`));
    expect(addon.validate().errors).toBe(2);
  });

  test('a request without the place is refused, naming the repeated number; nothing is written', () => {
    const { env, addon } = withEthicsMeasure('2)');
    const failure = sidebarFailure(() => addon.confirmFinding({ measure: 1, step: 2, stepText: AUDIT, verdict: 'not_done', reason: 'ยังไม่ได้ทำ' }));
    expect(failure.code).toBe('BAD_CONFIRMATION');
    expect(failure.message).toMatch(/^มาตรการที่ ๑ ขั้นตอนที่ ๒ มี ๒ ข้อในตาราง \(เลขข้อซ้ำ\)/);
    expect(failure.messageEn).toContain('the number repeats');
    expect(confirmations(env)).toHaveLength(1);
  });

  test('the latest word decides: a later "reported" gone stale brings the error back, not the earlier "not done"', () => {
    const { env, addon } = withEthicsMeasure('3)');
    const place = addon.validate().findings.find((f) => f.measure === 1 && f.code === 'UNMATCHED_STEP')?.place;
    addon.confirmFinding({ measure: 1, step: 3, place, stepText: AUDIT, verdict: 'not_done', reason: 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก' });
    env.session.email = 'somsri@song.go.th';
    expect(addon.confirmFinding({ measure: 1, step: 3, place, stepText: AUDIT, verdict: 'reported', result: 2, resultText: ORIENTED }).validation.errors).toBe(1);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(2, 3, String(sheet.get(2, 3)).replace('5 คน', '6 คน'));
    const r = addon.validate();
    expect(r.errors).toBe(2);
    expect(r.findings.find((f) => f.measure === 1 && f.code === 'UNMATCHED_STEP')).toMatchObject({ severity: 'error' });
    expect(r.findings.filter((f) => f.code === 'CONFIRMATION_STALE').map((f) => f.cell)).toEqual(['A3']);
    expect(addon.listConfirmations().map((c) => [c.row, c.by, c.applies])).toEqual([[2, 'coordinator@song.go.th', false], [3, 'somsri@song.go.th', false]]);
  });
});
