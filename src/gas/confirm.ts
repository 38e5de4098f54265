/**
 * Server side of the coordinator's word: confirm a finding, list the confirmations, add a synonym
 * group. Writes go under the document lock (two coordinators confirming at once each get their own
 * row) and always re-read the table first: a confirmation is recorded only while the step and result
 * read as the sidebar showed them (a co-editor may have rewritten or renumbered them since).
 */
import {
  SHEETS, checkSynonymWords, checkWithAgencySheets, confirmationViews, formatThaiDate, parseConfirmations,
  parseSynonymSheet, planConfirmation, readGrid, recordedMessage, synonymsAddedMessage, type CheckResult,
} from '../core';
import type { AddSynonymsRequest, AddSynonymsResponse, ConfirmRequest, ConfirmResponse, ConfirmationView, EditionChoice } from '../core/api';
import { appendAgencyRow, readAgencySheets } from './agencySheets';
import { signedRow } from './confirmationDigest';
import { UserError } from './errors';
import { userEmail } from './publish';
import { withDocumentLock } from './docLock';
import { readSettings, withEdition } from './settings';
import { activeSpreadsheet, measuresSheet, readValues } from './sheetio';
import { runValidation } from './validate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes under the document lock; a coordinator who finds it held is told to try again. */
function locked<T>(work: () => T): T {
  return withDocumentLock(work, () => {
    throw new UserError('BUSY', 'มีผู้ประสานงานอีกคนกำลังบันทึกหรือเผยแพร่อยู่ โปรดลองใหม่อีกครั้ง', 'Another coordinator is saving or publishing right now; try again');
  });
}

/** The table as it reads now, with the agency's sheets applied (no marks: nothing is written). */
function currentCheck(ss: Spreadsheet, timeZone: string): { result: CheckResult; synonyms: string[][]; sheets: ReturnType<typeof readAgencySheets> } {
  const sheets = readAgencySheets(ss, timeZone);
  const { values, merges } = readValues(measuresSheet(ss));
  const result = checkWithAgencySheets(readGrid(values, merges), sheets);
  return { result, synonyms: parseSynonymSheet(sheets.synonyms ?? null), sheets };
}

/** `request` comes from google.script.run as the caller sent it: `planConfirmation` checks every field. */
export function confirmFinding(request: ConfirmRequest, choice?: EditionChoice): ConfirmResponse {
  const ss = activeSpreadsheet();
  // The check returned is run under the sidebar's edition, as the list it replaces was.
  const settings = withEdition(readSettings(ss), choice);
  const recorded = locked(() => {
    const { result, synonyms } = currentCheck(ss, settings.timeZone);
    const at = formatThaiDate(new Date(), settings.report.numerals, { time: true });
    const plan = planConfirmation(result, request, userEmail(), at, synonyms);
    const row = appendAgencyRow(ss, SHEETS.confirmations, signedRow(plan.row, settings.timeZone));
    return { ...recordedMessage(plan.confirmation, row, settings.report.numerals), offer: plan.offer };
  });
  return { ...recorded, validation: runValidation({ ss, settings }).response };
}

export function listConfirmations(): ConfirmationView[] {
  const ss = activeSpreadsheet();
  const { result, sheets } = currentCheck(ss, readSettings(ss).timeZone);
  return confirmationViews(result, parseConfirmations(sheets.confirmations ?? null, sheets.timeZone), sheets.verify);
}

export function addSynonyms(request: AddSynonymsRequest, choice?: EditionChoice): AddSynonymsResponse {
  const words = checkSynonymWords(Array.isArray(request?.words) ? request.words : []);
  const ss = activeSpreadsheet();
  const settings = withEdition(readSettings(ss), choice);
  const row = locked(() => appendAgencyRow(ss, SHEETS.synonyms, words));
  return {
    words,
    ...synonymsAddedMessage(words, row),
    validation: runValidation({ ss, settings }).response,
  };
}
