import { parseSettings, parseTemplates, SHEETS, type AddonSettings, type SuggestionTemplates } from '../core';

export type { AddonSettings, SharingMode } from '../core';
export { SETTINGS_HEADER, TEMPLATES_HEADER, settingsRows, templateRows } from '../core';

function sheetValues(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] | null {
  const sheet = ss.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

/** Reads both the settings and the templates sheet (a constant handful of calls). */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): AddonSettings & { templates: Partial<SuggestionTemplates>; timeZone: string } {
  const timeZone = ss.getSpreadsheetTimeZone() || 'Asia/Bangkok';
  return { ...parseSettings(sheetValues(ss, SHEETS.settings), timeZone), templates: parseTemplates(sheetValues(ss, SHEETS.templates)), timeZone };
}
