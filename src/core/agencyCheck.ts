/**
 * The check as every door runs it (add-on, command line, preview): the agency's synonyms sheet
 * joins the built-in list, then the confirmations sheet settles what the coordinators confirmed.
 */
import type { CheckResult, Finding, MeasureTable } from './types';
import { checkTable, type CheckOptions } from './check';
import { applyConfirmations, parseConfirmations, unverifiedNotice, type ConfirmationVerifier } from './confirmations';
import { agencyCheckOptions, readSynonymSheet } from './synonymSheet';
import { countBySeverity, makeFinding, sortFindings } from './findings';

/** Values of the agency's sheets, as getValues() or a downloaded workbook gives them (null when absent). */
export interface AgencySheets {
  confirmations?: readonly (readonly unknown[])[] | null;
  synonyms?: readonly (readonly unknown[])[] | null;
  /** Spreadsheet time zone, for date cells in the confirmations sheet. */
  timeZone?: string;
  /** Which of the two sheets are hidden: they still count, so people are told (a warning each). */
  hidden?: readonly string[];
  /** The add-on's check of a confirmation row's signature; absent where none can be made (command line, preview). */
  verify?: ConfirmationVerifier;
}

/** A hidden agency sheet changes the check unseen: say which, and that it counts. */
function hiddenSheetFinding(name: string): Finding {
  const finding = makeFinding('warning', 'AGENCY_SHEET_HIDDEN', null, null, {},
    `ชีต “${name}” ถูกซ่อนไว้ แต่ยังใช้ในการตรวจ (แถวในชีตนี้เปลี่ยนผลตรวจได้) เลิกซ่อนชีตเพื่อดูว่ามีอะไรอยู่`,
    `Sheet “${name}” is hidden but still used by the check (its rows can change the findings): unhide it to see what it holds`);
  finding.sheet = name;
  return finding;
}

/** The result with findings about the sheets around the table (settings, agency sheets) added and counted. */
export function withSheetFindings(result: CheckResult, findings: readonly Finding[]): CheckResult {
  if (findings.length === 0) return result;
  const all = sortFindings([...result.findings, ...findings]);
  return { ...result, findings: all, ...countBySeverity(all) };
}

/** `edition`: the rules of the edition being checked (editionCheckOptions). */
export function checkWithAgencySheets(table: MeasureTable, sheets: AgencySheets = {}, edition: Pick<CheckOptions, 'edition' | 'asOf' | 'fiscalYear' | 'dates'> = {}): CheckResult {
  const synonyms = readSynonymSheet(sheets.synonyms ?? null);
  const result = checkTable(table, { ...agencyCheckOptions(synonyms.groups), ...edition });
  const rows = parseConfirmations(sheets.confirmations ?? null, sheets.timeZone);
  const confirmed = applyConfirmations(result, rows, sheets.verify);
  // Where no signature can be checked, the rows count as read, and the person is told so once.
  const unverified = !sheets.verify && rows.confirmations.length > 0 ? [unverifiedNotice(rows.confirmations.length, table.numerals)] : [];
  return withSheetFindings(confirmed, [...(sheets.hidden ?? []).map(hiddenSheetFinding), ...synonyms.findings, ...unverified]);
}
