/**
 * Menu and dialogs. onOpen may run in AuthMode.NONE (add-on installed but not yet used in this
 * file): it only builds the menu, with no property, sheet or Drive access.
 */
import type { PublishResponse } from '../core/api';
import { refreshedSuggestionsNote } from '../core';
import { ADDON_NAME } from './names';
import { publishWithin } from './server';
import { budgetStop } from './timeBudget';
import { describeFailure } from './errors';
import { setupSpreadsheet, type SetupResult } from './setup';
import { importReportText as importAction, type ImportResponse } from './import';
import { activeSpreadsheet } from './sheetio';
import { runValidation } from './validate';
import { fillSuggestions } from './fill';

export const MENU_ITEMS: [label: string, fn: string][] = [
  ['เปิดแถบด้านข้าง', 'showSidebar'],
  ['ตั้งค่าชีตใหม่', 'setupSheets'],
  ['นำเข้ารายงานเดิม (วางข้อความ)', 'showImportDialog'],
  ['ตรวจสอบ', 'menuValidate'],
  ['เติมข้อเสนอแนะ', 'menuFill'],
  ['เผยแพร่รายงาน', 'menuPublish'],
  ['สร้างบันทึกขออนุญาตเผยแพร่', 'menuCreateMemo'],
  ['เพิ่มคอลัมน์ตามเกณฑ์ ITA', 'menuAddExtraColumns'],
  ['เริ่มปีงบประมาณใหม่', 'menuStartNextYear'],
];

/** Items that start a group of their own in the menu. */
const SEPARATED = new Set(['menuValidate', 'menuCreateMemo']);

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach(([label, fn]) => {
    if (SEPARATED.has(fn)) menu.addSeparator();
    menu.addItem(label, fn);
  });
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_NAME);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(760).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'นำเข้ารายงานเดิม (วางข้อความ)');
}

export function alertFailure(error: unknown): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ADDON_NAME, describeFailure(error, 'th'), ui.ButtonSet.OK);
}

export function toast(message: string): void {
  activeSpreadsheet().toast(message, ADDON_NAME, 10);
}

/** Menu: set up sheets (also callable from the sidebar). */
export function setupSheets(): SetupResult {
  try {
    const result = setupSpreadsheet(activeSpreadsheet());
    toast(result.message);
    return result;
  } catch (error) {
    throw new Error(describeFailure(error, 'th'));
  }
}

/** Called by ImportDialog.html. */
export function importReportText(text: string): ImportResponse {
  try {
    return importAction(text);
  } catch (error) {
    throw new Error(describeFailure(error, 'th'));
  }
}

export function menuValidate(): void {
  try {
    const r = runValidation().response;
    const confirmed = r.infos ? ` · ยืนยันแล้ว/ข้อมูล ${r.infos}` : '';
    // Cells Google refused are counted; marks left alone (another run at work, rows moving) are said in full.
    const unmarked = !r.marksRefused ? '' : r.marksRefused.cells.length > 0
      ? ` · ทำเครื่องหมายไม่ได้ ${r.marksRefused.cells.length} เซลล์ (ช่วงที่ป้องกันไว้: ดูแถบด้านข้าง)`
      : ` · ${r.marksRefused.message}`;
    toast(r.errors + r.warnings === 0
      ? `ตรวจสอบแล้ว ไม่พบปัญหา${confirmed}${unmarked}`
      : `ตรวจสอบแล้ว: ข้อผิดพลาด ${r.errors} · คำเตือน ${r.warnings}${confirmed}${unmarked} (ดูรายละเอียดในแถบด้านข้าง หรือหมายเหตุในเซลล์ที่ระบายสี)`);
  } catch (error) {
    alertFailure(error);
  }
}

export function menuFill(): void {
  try {
    const r = fillSuggestions();
    const skipped = r.skipped.length ? ` · ข้าม ${r.skipped.length} เซลล์ที่มีผู้พิมพ์ไว้แล้ว` : '';
    const noColumn = r.validation.findings.some((f) => f.code === 'NO_SUGGESTION_COLUMN') ? ' · ตารางไม่มีคอลัมน์ “ปัญหา / ข้อเสนอแนะ”' : '';
    const refreshed = r.refreshed?.length ? ` · ${refreshedSuggestionsNote(r.refreshed.length, 'arabic').th}` : '';
    toast(r.notFilled ? r.notFilled.message : `เติมข้อเสนอแนะ ${r.filled.length} เซลล์${refreshed}${skipped}${noColumn}`);
  } catch (error) {
    alertFailure(error);
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function showPublishResult(r: PublishResponse): void {
  const links = r.ok
    ? `<p><a href="${escapeHtml(r.docUrl ?? '')}" target="_blank">เปิด Google เอกสาร</a> · <a href="${escapeHtml(r.pdfUrl ?? '')}" target="_blank">เปิด PDF</a></p>`
    : '';
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Sarabun,Tahoma,sans-serif;font-size:14px"><p>${escapeHtml(r.message)}</p>${links}</div>`,
  ).setWidth(480).setHeight(220);
  SpreadsheetApp.getUi().showModalDialog(html, 'เผยแพร่รายงาน');
}

/** Where a publish the menu's time ran out for can start afresh: the sidebar's call is an execution of its own. */
const SIDEBAR_HINT = 'เวลาที่ใช้ตรวจสอบและตอบคำถามนับรวมในเวลาเดียวกันนี้ด้วย เปิดแถบด้านข้าง แล้วกด “เผยแพร่ทั้งที่มีข้อผิดพลาด…” ซึ่งเริ่มนับเวลาใหม่';

export function menuPublish(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    // One execution, one 6-minute limit: the forced publish after the dialog counts the first
    // publish and the time the dialog stayed open too, so it still stops itself in time.
    const startedAt = Date.now();
    let r = publishWithin({}, startedAt);
    if (!r.ok && r.blockedReason === 'errors') {
      const answer = ui.alert('เผยแพร่รายงาน', `${r.message}\n\nเผยแพร่แม้มีข้อผิดพลาดหรือไม่?`, ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) return;
      r = publishWithin({ force: true }, startedAt);
      if (!r.ok && r.message === budgetStop().messageTh) r = { ...r, message: `${r.message} (${SIDEBAR_HINT})` };
    }
    showPublishResult(r);
  } catch (error) {
    alertFailure(error);
  }
}
