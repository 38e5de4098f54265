/**
 * The edition picked in the sidebar reaches every action that checks (fill, confirm, add synonyms),
 * read as strictly as validate and publish read it: google.script.run passes whatever a caller sends.
 */
import { MEASURES, loadWithSample } from './harness';
import type { ConfirmRequest } from '../../src/core/api';

const M7_STEP1 = 'ประชาสัมพันธ์และรณรงค์ให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อนผ่านสื่อสังคมออนไลน์ของหน่วยงาน';
const m7NotDone: ConfirmRequest = { measure: 7, step: 1, stepText: M7_STEP1, verdict: 'not_done', reason: 'ยังไม่ถึงกำหนดดำเนินการ' };
/** What validate answers that does not depend on the moment it ran. */
const counted = (v: { edition?: string; errors: number; warnings: number; infos: number; findings: { code: string }[] }) =>
  ({ edition: v.edition, errors: v.errors, warnings: v.warnings, infos: v.infos, codes: v.findings.map((f) => f.code) });

describe('fill under the sidebar\'s edition', () => {
  test('the plan fills nothing, says why, and answers with the plan\'s check; the settings\' annual edition then fills', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    for (const row of [3, 6]) sheet.set(row, 4, '');
    const plan = addon.fillSuggestions({ edition: 'plan' });
    expect(plan.filled).toEqual([]);
    expect(plan.notFilled?.message).toMatch(/^ฉบับแผนไม่เติมข้อเสนอแนะ/);
    expect(plan.notFilled?.messageEn).toMatch(/^The plan edition fills no suggestions/);
    expect(counted(plan.validation)).toEqual(counted(addon.validate({ edition: 'plan' })));
    expect(plan.validation.edition).toBe('plan');
    for (const row of [3, 6]) expect(sheet.get(row, 4)).toBe('');

    const annual = addon.fillSuggestions();
    expect(annual.filled.map((f) => f.cell)).toEqual(['D3', 'D6']);
    expect(annual.notFilled).toBeUndefined();
    expect(annual.validation.edition).toBe('annual');
  });

  test('an edition the add-on does not have (or no object at all) is dropped: the settings\' edition applies', () => {
    const { env, addon } = loadWithSample();
    env.spreadsheet.sheetData(MEASURES).set(3, 4, '');
    // google.script.run passes what the page sent: a Thai label, a wrong type, null.
    expect(addon.fillSuggestions({ edition: 'แผน' } as never).validation.edition).toBe('annual');
    expect(addon.fillSuggestions({ edition: ['plan'] } as never).notFilled).toBeUndefined();
    expect(addon.fillSuggestions(null as never).validation.edition).toBe('annual');
  });
});

describe('confirm and add synonyms under the sidebar\'s edition', () => {
  test('a confirmation made under the six-month edition answers with the six-month check', () => {
    const { addon } = loadWithSample();
    addon.setupSheets();
    const r = addon.confirmFinding({ ...m7NotDone, edition: 'half-year' });
    expect(r.validation.edition).toBe('half-year');
    expect(counted(r.validation)).toEqual(counted(addon.validate({ edition: 'half-year' })));
    // Without an edition (or with one the add-on does not have) the settings' edition answers, as before.
    const settingsOwn = addon.confirmFinding({ ...m7NotDone, edition: 'six-month' } as never);
    expect(settingsOwn.validation.edition).toBe('annual');
  });

  test('adding synonyms under the plan answers with the plan\'s check', () => {
    const { addon } = loadWithSample();
    addon.setupSheets();
    const r = addon.addSynonyms({ words: ['ประชาสัมพันธ์', 'เผยแพร่'], edition: 'plan' });
    expect(r.validation.edition).toBe('plan');
    expect(counted(r.validation)).toEqual(counted(addon.validate({ edition: 'plan' })));
    expect(addon.addSynonyms({ words: ['รณรงค์', 'ส่งเสริม'] }).validation.edition).toBe('annual');
  });
});
