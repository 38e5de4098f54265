import { parseSettings, parseTemplates, SHEETS, type AddonSettings, type SuggestionTemplates } from '../core';
import type { EditionChoice } from '../core/api';
import { sheetValues } from './sheetio';

export type { AddonSettings, SharingMode } from '../core';
export { SETTINGS_HEADER, TEMPLATES_HEADER, settingsRows, templateRows } from '../core';

/** The settings with the edition the coordinator picked in the sidebar, when they picked one. */
export function withEdition<T extends AddonSettings>(settings: T, choice?: EditionChoice): T {
  return choice?.edition ? { ...settings, report: { ...settings.report, edition: choice.edition } } : settings;
}

/**
 * Reads both the settings and the templates sheet (a constant handful of calls). `timeZone` is the
 * spreadsheet's: Date cells are instants typed in it, so cells are read there. Every "now" (stamps,
 * the publish and memo dates, the default fiscal year) is Bangkok's instead (formatThaiDate's and
 * fiscalYearBE's default, as the manifest, the command line and the preview), so a spreadsheet set
 * to another zone never dates the ITAS answer and the memo of one publish on different days.
 */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): AddonSettings & { templates: Partial<SuggestionTemplates>; timeZone: string } {
  const timeZone = ss.getSpreadsheetTimeZone() || 'Asia/Bangkok';
  return { ...parseSettings(sheetValues(ss, SHEETS.settings), timeZone), templates: parseTemplates(sheetValues(ss, SHEETS.templates)), timeZone };
}
