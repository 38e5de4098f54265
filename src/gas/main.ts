/**
 * Entry module of the Apps Script bundle. Every export becomes a real top-level function in
 * dist/Code.js (scripts/build-gas.mjs generates the stubs), which is what menus, triggers and
 * google.script.run can call. Nothing here runs at load time.
 */
import type { Lang } from '../core';
import type { AddSynonymsRequest, AddSynonymsResponse, ConfirmFindingRequest, ConfirmResponse, ConfirmationView, EditionChoice, FillResponse, ProgressView, PublishRequest, PublishResponse, ValidateResponse } from '../core/api';
import { server } from './server';

// Run from the Apps Script editor on a real account (not on the add-on menu): see src/gas/selfTest.ts.
export { runSelfTest } from './selfTest';
export { onOpen, onInstall, showSidebar, showImportDialog, setupSheets, importReportText, menuValidate, menuFill, menuPublish } from './menu';
export { menuStartNextYear, menuCreateMemo, menuAddExtraColumns } from './yearMenu';

// SidebarApi, as plain functions (google.script.run calls top-level functions by name).
export function validate(request?: EditionChoice): ValidateResponse {
  return server.validate(request);
}
export function fillSuggestions(request?: EditionChoice): FillResponse {
  return server.fillSuggestions(request);
}
export function publish(request: PublishRequest): PublishResponse {
  return server.publish(request);
}
export function selectCell(a1: string): void {
  server.selectCell(a1);
}
export function getLang(): Lang {
  return server.getLang();
}
export function setLang(lang: Lang): void {
  server.setLang(lang);
}
export function getProgress(): ProgressView | null {
  return server.getProgress();
}
export function confirmFinding(request: ConfirmFindingRequest): ConfirmResponse {
  return server.confirmFinding(request);
}
export function listConfirmations(): ConfirmationView[] {
  return server.listConfirmations();
}
export function addSynonyms(request: AddSynonymsRequest): AddSynonymsResponse {
  return server.addSynonyms(request);
}
