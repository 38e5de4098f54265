/**
 * What a security review found in the add-on: a sharing value it did not understand made the report
 * public; a row typed into the confirmations sheet spoke in the coordinator's name; a hidden agency
 * sheet changed the check unseen; and "private" said "only you" while the sheet's editors could edit.
 */
import type { FakeEnv } from '../fakes';
import { SETTING_FIELDS } from '../../src/core';
import { CONFIRMATIONS, PUBLISH_LOG, SYNONYMS, fillSettings, loadWithSample, type Addon } from './harness';

const M2_STEP3 = 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด';
const M2_RESULT2 = 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณเป็นไปตามแผนการใช้จ่ายงบประมาณ ประจำปี พ.ศ.๒๕๖๕ และมีการจัดซื้อจัดจ้างตามแผนการจัดซื้อจัดจ้าง';
const AT = '๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๓๐ น.';
const COORDINATOR = 'coordinator@song.go.th';
/** The publish log's column of confirmed findings. */
const LOG_CONFIRMED = 9;
/** The sharing row's value cell as set-up lays the settings sheet out (header in row 1). */
const SHARING_CELL = `B${SETTING_FIELDS.findIndex((f) => f.key === 'sharing') + 2}`;

const pdfAccess = (env: FakeEnv) => env.drive.list('application/pdf').map((p) => p.sharing.access);
const docAccess = (env: FakeEnv) => env.drive.list('application/vnd.google-apps.document').map((d) => d.sharing.access);

function ready(): { env: FakeEnv; addon: Addon } {
  const loaded = loadWithSample();
  fillSettings(loaded.env, { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565 });
  loaded.addon.setupSheets();
  loaded.env.log.reset();
  return loaded;
}

/** A co-editor types a row into the confirmations sheet, in the coordinator's name. */
function typeRow(env: FakeEnv, row: (string | number)[]): void {
  const data = env.spreadsheet.sheetData(CONFIRMATIONS);
  const at = data.grid().length + 1;
  row.forEach((v, i) => data.set(at, i + 1, v));
}

describe('a sharing value the add-on does not understand', () => {
  test.each([
    ['ภายในหน่วยงาน', 'domain_with_link', 'DOMAIN_WITH_LINK'], ['internal', 'domain_with_link', 'DOMAIN_WITH_LINK'],
    ['ไม่เผยแพร่', 'private', 'PRIVATE'], ['เฉพาะผู้ได้รับสิทธิ์', 'private', 'PRIVATE'],
  ])('“%s”, as people write a restricted level, narrows the report and its earlier PDFs to %s', (value, outcome, access) => {
    const { env, addon } = ready();
    addon.publish({ force: true });
    expect(pdfAccess(env)).toEqual(['ANYONE_WITH_LINK']);
    fillSettings(env, { sharing: value });
    const r = addon.publish({ force: true });
    expect(r.sharing).toBe(outcome);
    expect(pdfAccess(env)).toEqual([access, access]);
    expect(r.validation?.findings.filter((f) => f.code === 'SETTING_INVALID')).toEqual([]);
  });

  test.each(['ทุกคนในหน่วยงาน', 'แชร์ตามปกติ'])(
    '“%s”, a value not understood, never changes a published report\'s sharing, and a first publish is private; a warning names the cell and the accepted values',
    (value) => {
      const first = ready();
      fillSettings(first.env, { sharing: value });
      expect(first.addon.publish({ force: true }).sharing).toBe('private');
      expect(docAccess(first.env)).toEqual(['PRIVATE']);

      const { env, addon } = ready();
      addon.publish({ force: true });
      fillSettings(env, { sharing: value });
      const r = addon.publish({ force: true });
      // Neither widened nor cut: the link the agency posted keeps working as it did.
      expect(r.sharing).toBe('anyone_with_link');
      expect(docAccess(env)).toEqual(['ANYONE_WITH_LINK']);
      expect(pdfAccess(env)).toEqual(['ANYONE_WITH_LINK', 'ANYONE_WITH_LINK']);
      const warning = r.validation?.findings.find((f) => f.code === 'SETTING_INVALID');
      expect(warning?.severity).toBe('warning');
      expect(warning?.message).toContain(`ชีต ตั้งค่า เซลล์ ${SHARING_CELL}: ไม่รู้จักการแชร์ “${value}” จึงไม่เปลี่ยนการแชร์ของรายงานที่เผยแพร่แล้ว`);
      expect(warning?.message).toContain('“ทุกคนที่มีลิงก์” / “anyone”');
      expect(warning?.messageEn).toContain('Accepted: “ทุกคนที่มีลิงก์” / “anyone”');
    },
  );

  test('a value not understood keeps a report public whose record predates kept sharing (shared with anyone, as any such value meant then)', () => {
    const { env, addon } = ready();
    addon.publish({ force: true });
    const key = 'ita.publish.2565.annual';
    const { sharing, ...older } = JSON.parse(env.properties.document.data.get(key)!) as Record<string, unknown>;
    expect(sharing).toBe('anyone_with_link');
    env.properties.document.data.set(key, JSON.stringify(older));
    fillSettings(env, { sharing: 'แชร์ตามปกติ' });
    const r = addon.publish({ force: true });
    expect(r.sharing).toBe('anyone_with_link');
    expect(docAccess(env)).toEqual(['ANYONE_WITH_LINK']);
    expect(pdfAccess(env)).toEqual(['ANYONE_WITH_LINK', 'ANYONE_WITH_LINK']);
  });

  test('the add-on\'s own label for domain sharing, as the publish log writes it, shares with the organisation', () => {
    const { env, addon } = ready();
    addon.publish({ force: true });
    const logged = env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1][8];
    fillSettings(env, { sharing: 'ทุกคนในองค์กรที่มีลิงก์ดูได้' });
    const r = addon.publish({ force: true });
    expect(logged).toBe('ทุกคนที่มีลิงก์ดูได้');
    expect(r.sharing).toBe('domain_with_link');
    expect(pdfAccess(env)).toEqual(['DOMAIN_WITH_LINK', 'DOMAIN_WITH_LINK']);
    expect(r.validation?.findings.filter((f) => f.code === 'SETTING_INVALID')).toEqual([]);
  });

  test('a blank cell keeps the default (anyone with the link), without a warning', () => {
    const { env, addon } = ready();
    fillSettings(env, { sharing: '' });
    const r = addon.publish({ force: true });
    expect(r.sharing).toBe('anyone_with_link');
    expect(r.validation?.findings.filter((f) => f.code === 'SETTING_INVALID')).toEqual([]);
  });
});

describe('a confirmation row typed into the sheet', () => {
  const typed = [2, 3, 2, 'รายงานแล้ว', 'ตามที่ประชุม', COORDINATOR, AT, M2_STEP3, M2_RESULT2];

  test('does not clear the error: publish still needs “publish anyway”, and the log counts no confirmation', () => {
    const { env, addon } = ready();
    typeRow(env, typed);
    const blocked = addon.publish({});
    expect(blocked.ok).toBe(false);
    expect(blocked.validation?.errors).toBe(1);
    const finding = blocked.validation?.findings.find((f) => f.code === 'UNMATCHED_STEP');
    expect(finding?.severity).toBe('error');
    // No signature: as a row an earlier version of the add-on recorded, or one typed in, would be.
    expect(finding?.message).toContain('ชีต การยืนยันผลตรวจ แถวที่ ๒ ไม่มีรหัสตรวจสอบ (บันทึกก่อนส่วนเสริมรุ่นที่ลงรหัสการยืนยัน หรือพิมพ์ไว้ในชีตเอง) จึงไม่ทราบว่าใครยืนยันจริง (ระบุผู้ยืนยันว่า coordinator@song.go.th)');
    expect(finding?.message).toContain('ยืนยันอีกครั้งผ่านแถบข้างหากถูกต้อง');
    expect(finding?.messageEn).toContain('has no signature (recorded before the add-on signed confirmations, or typed in the sheet), so who confirmed it is not verified');
    const forced = addon.publish({ force: true });
    expect(forced.overridden).toBe(true);
    const log = env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1];
    expect(log[7]).toBe('ใช่ (ข้อผิดพลาด 1 รายการ)');
    expect(log[LOG_CONFIRMED]).toBe(0);
  });

  test('a row with a signature that does not match is named as typed or changed in the sheet', () => {
    const { env, addon } = ready();
    typeRow(env, [...typed, 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaA=']);
    const finding = addon.validate().findings.find((f) => f.code === 'UNMATCHED_STEP');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('ชีต การยืนยันผลตรวจ แถวที่ ๒ ถูกพิมพ์หรือแก้ไขในชีต ไม่ตรงกับที่ส่วนเสริมบันทึก จึงไม่ทราบว่าใครยืนยันจริง');
    expect(finding?.messageEn).toContain('was typed or changed in the sheet: it is not as the add-on recorded it');
  });

  test('a signature copied from a row the add-on wrote does not vouch for a row with another confirmer', () => {
    const { env, addon } = ready();
    addon.confirmFinding({ measure: 2, step: 3, stepText: M2_STEP3, verdict: 'reported', result: 2, resultText: M2_RESULT2 });
    const signed = env.spreadsheet.sheetData(CONFIRMATIONS).grid()[1];
    expect(signed[5]).toBe(COORDINATOR);
    expect(String(signed[9])).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // A co-editor types a later row saying "not done" in someone else's name, with the same signature.
    typeRow(env, [2, 3, '', 'ยังไม่ได้ทำ', 'ยกเลิก', 'mayor@song.go.th', AT, M2_STEP3, '', String(signed[9])]);
    const r = addon.validate();
    const finding = r.findings.find((f) => f.code === 'UNMATCHED_STEP');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain(`${COORDINATOR} ยืนยันเมื่อ`);
    const views = addon.listConfirmations();
    expect(views.map((v) => [v.row, v.by, v.verified, v.applies])).toEqual([[2, COORDINATOR, true, true], [3, 'mayor@song.go.th', false, false]]);
    // Through the add-on the confirmation counts in the publish log.
    addon.publish({});
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1][LOG_CONFIRMED]).toBe(1);
  });

  test('the signing key lives in the document\'s properties, never in a cell', () => {
    const { env, addon } = ready();
    addon.confirmFinding({ measure: 2, step: 3, stepText: M2_STEP3, verdict: 'reported', result: 2, resultText: M2_RESULT2 });
    const key = env.properties.document.data.get('ita.confirmationKey') ?? '';
    expect(key.length).toBeGreaterThanOrEqual(64);
    const cells = env.spreadsheet.sheetData(CONFIRMATIONS).grid().flat().map(String);
    expect(cells.some((c) => c.includes(key))).toBe(false);
  });
});

describe('hidden agency sheets', () => {
  test('a hidden synonyms or confirmations sheet is named in a warning; its rows still count', () => {
    const { env, addon } = ready();
    env.spreadsheet.getSheetByName(SYNONYMS)!.hideSheet();
    env.spreadsheet.getSheetByName(CONFIRMATIONS)!.hideSheet();
    const r = addon.validate();
    const hidden = r.findings.filter((f) => f.code === 'AGENCY_SHEET_HIDDEN');
    expect(hidden.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'ชีต “การยืนยันผลตรวจ” ถูกซ่อนไว้ แต่ยังใช้ในการตรวจ (แถวในชีตนี้เปลี่ยนผลตรวจได้) เลิกซ่อนชีตเพื่อดูว่ามีอะไรอยู่'],
      ['warning', 'ชีต “คำพ้องความหมาย” ถูกซ่อนไว้ แต่ยังใช้ในการตรวจ (แถวในชีตนี้เปลี่ยนผลตรวจได้) เลิกซ่อนชีตเพื่อดูว่ามีอะไรอยู่'],
    ]);
    env.spreadsheet.getSheetByName(SYNONYMS)!.showSheet();
    env.spreadsheet.getSheetByName(CONFIRMATIONS)!.showSheet();
    expect(addon.validate().findings.filter((f) => f.code === 'AGENCY_SHEET_HIDDEN')).toEqual([]);
  });

  test('a synonyms row equating a whole step with a result phrase is skipped, cell by cell, and the error stays', () => {
    const { env, addon } = ready();
    const data = env.spreadsheet.sheetData(SYNONYMS);
    data.set(2, 1, M2_STEP3);
    data.set(2, 2, 'ส่วนราชการต่างๆ มีการใช้จ่ายงบประมาณ');
    const r = addon.validate();
    expect(r.errors).toBe(1);
    const skipped = r.findings.filter((f) => f.code === 'SYNONYM_SKIPPED');
    expect(skipped.map((f) => f.message)).toEqual([`ชีต คำพ้องความหมาย เซลล์ A2: “${M2_STEP3}” ยาวเกิน 40 ตัวอักษร จึงไม่ถูกนำมาใช้เป็นคำพ้องความหมาย ใส่เฉพาะคำหรือวลีสั้น ๆ`]);
  });
});

describe('who can open a report shared privately', () => {
  test('the publish outcome names the sheet\'s editors, who became the Doc\'s editors, and the outside account', () => {
    const { env, addon } = ready();
    env.spreadsheet.editors = [COORDINATOR, 'somsri@song.go.th', 'volunteer@gmail.com'];
    fillSettings(env, { sharing: 'ส่วนตัว' });
    const r = addon.publish({ force: true });
    expect(r.sharing).toBe('private');
    const writers = env.drive.list('application/vnd.google-apps.document')[0].permissions.filter((p) => p.role === 'writer').map((p) => p.emailAddress);
    expect(writers).toEqual(['somsri@song.go.th', 'volunteer@gmail.com']);
    const th = 'ไม่ได้แชร์ลิงก์ แต่ผู้แก้ไขชีตนี้ ๒ คนเป็นผู้แก้ไขเอกสาร จึงเปิดและแก้ไขเอกสารได้ ในจำนวนนี้เป็นบัญชีนอกโดเมน song.go.th: volunteer@gmail.com (ไฟล์ PDF เปิดได้เฉพาะคุณ)';
    expect(r.sharingNote).toBe(th);
    expect(r.message).toContain(th);
    expect(r.sharingNoteEn).toBe('No link sharing, but the sheet\'s 2 editors are editors of the Doc and can open and edit it, among them accounts outside song.go.th: volunteer@gmail.com (only you can open the PDF)');
    expect(r.messageEn).toContain('among them accounts outside song.go.th: volunteer@gmail.com');
  });
});
