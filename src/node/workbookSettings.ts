/**
 * The report settings a local file carries, read the way the add-on reads them: its settings sheet
 * (`ตั้งค่า`) when it was downloaded from the add-on, else what a report's own text says (agency,
 * fiscal year), else the table's numerals and the current fiscal year. The command line lays its
 * options over these; the preview uses them as they are.
 */
import { fiscalYearBE, parseSettings } from '../core';
import type { NumeralStyle, ReportPreamble, ReportSettings } from '../core/types';

export function workbookSettings(
  settingsValues: unknown[][] | null | undefined,
  source: { preamble?: ReportPreamble; numerals: NumeralStyle },
  now: Date,
): ReportSettings {
  const sheet = settingsValues ? parseSettings(settingsValues, 'Asia/Bangkok', now).report : null;
  return {
    ...sheet,
    agency: (sheet?.agency || source.preamble?.agency) ?? '',
    fiscalYear: sheet?.fiscalYear ?? source.preamble?.fiscalYear ?? fiscalYearBE(now),
    numerals: sheet?.numerals ?? source.numerals,
  };
}
