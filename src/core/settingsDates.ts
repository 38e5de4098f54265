/**
 * The settings' dates against the settings' fiscal year: a report date or six-month cut-off left
 * from another year (a sheet whose year was typed over, a copied workbook) would print a period
 * that ends before it starts and a signature dated last year, so the check says so, naming the cell.
 */
import type { Finding, NumeralStyle } from './types';
import { formatThaiDate, parseIsoDay } from './dates';
import { makeFinding } from './findings';
import { formatNumber } from './text';
import { SETTING_FIELDS, SHEETS } from './settings';
import { fiscalYearSpan } from './timeframe';

/** A date setting as the check sees it: its value (ISO, A.D. or B.E.) and, when read from the settings sheet, that cell. */
export interface SettingsDate {
  key: 'asOf' | 'reportDate';
  value: string;
  /** A1 of the settings sheet's value cell (absent when the date came from elsewhere, e.g. `--as-of`). */
  cell?: string;
}

/** One warning per date outside the fiscal year, naming the settings cell when it came from there. */
export function settingsDateFindings(dates: readonly SettingsDate[], fiscalYear: number, numerals: NumeralStyle): Finding[] {
  const span = fiscalYearSpan(fiscalYear);
  const fy = formatNumber(fiscalYear, numerals);
  const findings: Finding[] = [];
  for (const d of dates) {
    const day = parseIsoDay(d.value);
    if (!day) continue;
    const iso = day.toISOString().slice(0, 10);
    if (iso >= span.start && iso <= span.end) continue;
    const label = SETTING_FIELDS.find((f) => f.key === d.key)?.label ?? d.key;
    const where = d.cell ? ` (ชีต ${SHEETS.settings} เซลล์ ${d.cell})` : '';
    const whereEn = d.cell ? ` (sheet ${SHEETS.settings} cell ${d.cell})` : '';
    const finding = makeFinding('warning', 'DATE_OUTSIDE_YEAR', null, null, { cell: d.cell },
      `“${label}”${where} เป็นวันที่ ${formatThaiDate(day, numerals)} ซึ่งไม่อยู่ในปีงบประมาณ พ.ศ.${fy} (${formatThaiDate(parseIsoDay(span.start) as Date, numerals)} – ${formatThaiDate(parseIsoDay(span.end) as Date, numerals)}) อาจเป็นค่าของปีก่อน แก้วันที่หรือเว้นว่าง`,
      `“${label}”${whereEn} is ${iso}, outside fiscal year B.E. ${fiscalYear} (${span.start} to ${span.end}); it may be last year's: correct it or leave it blank`);
    if (d.cell) finding.sheet = SHEETS.settings;
    findings.push(finding);
  }
  return findings;
}
