/**
 * The check as every door runs it (add-on, command line, preview): the agency's synonyms sheet
 * joins the built-in list, then the confirmations sheet settles what the coordinators confirmed.
 */
import type { CheckResult, MeasureTable } from './types';
import { checkTable, type CheckOptions } from './check';
import { applyConfirmations, parseConfirmations } from './confirmations';
import { agencyCheckOptions, parseSynonymSheet } from './synonymSheet';

/** Values of the agency's sheets, as getValues() or a downloaded workbook gives them (null when absent). */
export interface AgencySheets {
  confirmations?: readonly (readonly unknown[])[] | null;
  synonyms?: readonly (readonly unknown[])[] | null;
  /** Spreadsheet time zone, for date cells in the confirmations sheet. */
  timeZone?: string;
}

/** `edition`: the rules of the edition being checked (editionCheckOptions). */
export function checkWithAgencySheets(table: MeasureTable, sheets: AgencySheets = {}, edition: Pick<CheckOptions, 'edition' | 'asOf' | 'fiscalYear' | 'dates'> = {}): CheckResult {
  const result = checkTable(table, { ...agencyCheckOptions(parseSynonymSheet(sheets.synonyms ?? null)), ...edition });
  return applyConfirmations(result, parseConfirmations(sheets.confirmations ?? null, sheets.timeZone));
}
