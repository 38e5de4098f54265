/**
 * A publish that Google finished is reported as done even when its publish-log row is refused (the
 * owner protected the log as an audit trail); and the menu's forced publish after "publish anyway?"
 * counts the whole execution against Google's 6 minutes.
 */
import { DOC_MIME, PROTECTED_MESSAGE, type FakeEnv } from '../fakes';
import { CONFIRMATIONS, PUBLISH_LOG, fillSettings, loadWithSample, sidebarFailure, type Addon } from './harness';

const OWNER = 'owner@song.go.th';
const COORDINATOR = 'coordinator@song.go.th';

function ready(): { env: FakeEnv; addon: Addon } {
  const loaded = loadWithSample();
  fillSettings(loaded.env, {
    agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, signerName: 'นายสมชาย ใจดี', signerPosition: 'นายกเทศมนตรีตำบลสอง', reportDate: '2565-09-30',
  });
  loaded.env.spreadsheet.editors = [OWNER, COORDINATOR];
  loaded.addon.setupSheets();
  return loaded;
}

const docIdOf = (url: string | undefined) => /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';
const publishState = (env: FakeEnv) => JSON.parse(env.properties.document.data.get('ita.publish.2565.annual') ?? 'null') as { version: number; pdfId: string } | null;

/** The owner protects the publish log sheet against everyone but themself, as Sheets › Protect sheet does. */
function ownerProtectsLog(env: FakeEnv): void {
  env.spreadsheet.activeUser = OWNER;
  const protection = env.spreadsheet.getSheetByName(PUBLISH_LOG)!.protect().setDescription('บันทึกการเผยแพร่ (หลักฐาน)');
  protection.removeEditors(protection.getEditors().map((u) => u.getEmail()));
  env.spreadsheet.activeUser = COORDINATOR;
}

describe('the fake refuses edits of a protected sheet or range, as Google does', () => {
  test('a protected sheet keeps the owner and the protecting user as editors; anyone else is refused, cell writes, appendRow and inserts alike', () => {
    const { env } = ready();
    ownerProtectsLog(env);
    const sheet = env.spreadsheet.getSheetByName(PUBLISH_LOG)!;
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).protection?.editors).toEqual([OWNER]);
    const before = env.spreadsheet.sheetData(PUBLISH_LOG).grid();
    expect(() => sheet.appendRow(['๓๐ ก.ย. ๒๕๖๕', COORDINATOR, 1])).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.getRange(2, 1).setValue('แก้')).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.insertRowsAfter(1, 5)).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(PROTECTED_MESSAGE);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toEqual(before);

    env.spreadsheet.activeUser = OWNER; // the owner still can
    sheet.appendRow(['๓๐ ก.ย. ๒๕๖๕', OWNER, 1]);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toHaveLength(before.length + 1);
  });

  test('a warning-only protection refuses no one; a protected range refuses appendRow into it and inserts that split it', () => {
    const { env } = ready();
    const sheet = env.spreadsheet.getSheetByName(PUBLISH_LOG)!;
    env.spreadsheet.activeUser = OWNER;
    sheet.protect().setWarningOnly(true).removeEditor(COORDINATOR);
    env.spreadsheet.activeUser = COORDINATOR;
    sheet.appendRow(['๓๐ ก.ย. ๒๕๖๕', COORDINATOR, 1]);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1].slice(0, 3)).toEqual(['๓๐ ก.ย. ๒๕๖๕', COORDINATOR, 1]);

    env.spreadsheet.sheetData(PUBLISH_LOG).protection = null;
    env.spreadsheet.sheetData(PUBLISH_LOG).protectRange('A1:M20', { description: 'บันทึก', editors: [OWNER] });
    expect(() => sheet.appendRow(['๓๑ ต.ค. ๒๕๖๕', COORDINATOR, 2])).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.insertRowsBefore(5, 1)).toThrow(PROTECTED_MESSAGE);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toHaveLength(2);
  });
});

describe('a publish whose log row is refused', () => {
  test('a protected log sheet: the publish is reported done, version 2, with a note naming the sheet and the missing override record', () => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    expect(first).toMatchObject({ ok: true, version: 1 });
    ownerProtectsLog(env);
    const logBefore = env.spreadsheet.sheetData(PUBLISH_LOG).grid();

    const r = addon.publish({ force: true });
    expect(r).toMatchObject({ ok: true, version: 2, overridden: true });
    expect(r.message).toMatch(/^เผยแพร่รายงานฉบับที่ ๒ แล้ว — /);
    expect(r.message).toContain('แต่เขียนแถวในชีต “บันทึกการเผยแพร่” ไม่ได้ เพราะชีตนั้นถูกป้องกันไว้และคุณไม่ได้เป็นผู้แก้ไขที่ได้รับอนุญาต บันทึกการเผยแพร่ฉบับที่ ๒ รวมถึงบันทึกว่าเผยแพร่ทั้งที่มีข้อผิดพลาดจึงไม่มีในชีต ไม่ต้องเผยแพร่ซ้ำ');
    expect(r.messageEn).toContain('but the publish log sheet “บันทึกการเผยแพร่” could not be written because it is protected and you are not among its editors, so the record of version 2, including that it was published despite errors, is missing from it. Do not publish again for this.');
    expect(r.message).not.toContain('ไม่คาดคิด');
    // Everything the publish does is kept: the same Doc, the new PDF, the state at version 2.
    expect(docIdOf(r.docUrl)).toBe(docIdOf(first.docUrl));
    const state = publishState(env);
    expect(state?.version).toBe(2);
    expect(env.drive.get(state?.pdfId ?? '').trashed).toBe(false);
    expect(env.drive.list('application/pdf')).toHaveLength(2);
    expect(env.drive.list(DOC_MIME)).toHaveLength(1);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toEqual(logBefore);
  });

  test('a passing Sheets failure on the row: done, with a note that does not claim protection', () => {
    const { env, addon } = ready();
    addon.publish({ force: true });
    env.log.failOn('Sheet.appendRow', 1, 'Exception: Service Spreadsheets failed while accessing document with id 1abc.');
    const r = addon.publish({});
    expect(r.ok).toBe(false); // the sample has errors: not forced, nothing is published
    const forced = addon.publish({ force: true });
    expect(forced).toMatchObject({ ok: true, version: 2 });
    expect(forced.message).toContain('แต่เขียนแถวในชีต “บันทึกการเผยแพร่” ไม่ได้ บันทึกการเผยแพร่ฉบับที่ ๒');
    expect(forced.message).not.toContain('ถูกป้องกัน');
    expect(publishState(env)?.version).toBe(2);
  });

  test('the menu shows the note with the links of the version published', () => {
    const { env, addon } = ready();
    addon.publish({ force: true });
    ownerProtectsLog(env);
    env.ui.alertAnswers.push('YES');
    addon.menuPublish();
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.kind).toBe('modal');
    expect(dialog.content).toContain('เผยแพร่รายงานฉบับที่ ๒ แล้ว');
    expect(dialog.content).toContain('“บันทึกการเผยแพร่” ไม่ได้ เพราะชีตนั้นถูกป้องกันไว้');
    expect(dialog.content).toContain('เปิด PDF');
  });

  test('a protected sheet elsewhere (confirmations) is named as protection, not "something unexpected, try again"', () => {
    const { env, addon } = ready();
    env.spreadsheet.activeUser = OWNER;
    const protection = env.spreadsheet.getSheetByName(CONFIRMATIONS)!.protect();
    protection.removeEditors(protection.getEditors().map((u) => u.getEmail()));
    env.spreadsheet.activeUser = COORDINATOR;
    // The confirmation as the sidebar sends it: the step and result it showed.
    const shown = addon.validate({}).findings.find((f) => f.code === 'UNMATCHED_STEP' && f.measure === 2);
    const result2 = shown?.results?.find((r) => r.number === 2);
    const request = { measure: 2, step: 3, place: shown?.place, stepText: shown?.stepText ?? '', verdict: 'reported' as const, result: 2, resultText: result2?.text, reason: 'ใช้จ่ายตามแผนคือทำตามแนวทาง' };
    const refused = sidebarFailure(() => addon.confirmFinding(request));
    expect(refused.code).toBe('PROTECTED');
    expect(refused.message).toMatch(/^ชีตหรือช่วงเซลล์ที่ต้องเขียนถูกป้องกันไว้ และคุณไม่ได้เป็นผู้แก้ไขที่ได้รับอนุญาต ขอให้เจ้าของสเปรดชีตเพิ่มคุณเป็นผู้แก้ไข/);
    expect(refused.messageEn).toMatch(/^A sheet or range the add-on had to write is protected, and you are not among its editors/);
    expect(refused.message).not.toContain('ลองทำใหม่อีกครั้ง');
    expect(env.spreadsheet.sheetData(CONFIRMATIONS).grid()).toHaveLength(1);
  });
});

describe('menu › publish anyway: one execution, one time budget', () => {
  test('the forced publish counts the first publish and the dialog: it stops itself before changing anything, and points to the sidebar', () => {
    const { env, addon } = ready();
    env.log.startExecution();
    // The first (refused) publish reads and checks for 1½ minutes; the person reads the dialog for 2.
    env.log.before('Ui.alert', () => env.log.clock.advance(2 * 60 * 1000), { once: true });
    env.log.before('Range.getValues', () => env.log.clock.advance(1.5 * 60 * 1000), { once: true });
    // The forced publish renders for a minute: at its last stop the execution is 4½ minutes old.
    env.log.before('Table.setColumnWidth', () => env.log.clock.advance(60 * 1000), { once: true });
    // Had it gone on, exporting the PDF would pass Google's 6 minutes.
    env.log.before('Document.getAs', () => env.log.clock.advance(1.5 * 60 * 1000), { once: true });
    env.ui.alertAnswers.push('YES');
    addon.menuPublish();
    expect(env.log.killed).toBe(false);
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.kind).toBe('modal');
    expect(dialog.content).toContain('การเผยแพร่ใช้เวลานานเกินไป จึงหยุดไว้ก่อนถึงเวลาที่ Google กำหนด (๖ นาที)');
    expect(dialog.content).toContain('เปิดแถบด้านข้าง แล้วกด “เผยแพร่ทั้งที่มีข้อผิดพลาด…” ซึ่งเริ่มนับเวลาใหม่');
    expect(env.drive.list(DOC_MIME)).toHaveLength(0);
    expect(publishState(env)).toBeNull();
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toHaveLength(1);
  });

  test('a sidebar publish is an execution of its own: the same slow forced publish completes', () => {
    const { env, addon } = ready();
    env.log.before('Table.setColumnWidth', () => env.log.clock.advance(60 * 1000), { once: true });
    const r = addon.publish({ force: true });
    expect(r).toMatchObject({ ok: true, version: 1 });
  });
});
