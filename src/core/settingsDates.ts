/**
 * The settings' dates against the settings' fiscal year: a report date or six-month cut-off left
 * from another year (a sheet whose year was typed over, a copied workbook) would print a period
 * that ends before it starts and a signature dated last year, so the check says so, naming the cell.
 * A date cell no date can be read from is an error: the report would silently lose its date or fall
 * back to 31 March.
 */
import type { Finding, NumeralStyle } from './types';
import { formatThaiDate, parseIsoDay } from './dates';
import { makeFinding } from './findings';
import { formatNumber } from './text';
import { SETTING_FIELDS, SHEETS } from './settings';
import { fiscalYearSpan, type DaySpan } from './timeframe';

/** A date setting as the check sees it: its value (ISO, A.D. or B.E.) and, when read from the settings sheet, that cell. */
export interface SettingsDate {
  key: 'asOf' | 'reportDate';
  /** The ISO day, or the cell's text as typed when `unreadable`. */
  value: string;
  /** A1 of the settings sheet's value cell (absent when the date came from elsewhere, e.g. `--as-of`). */
  cell?: string;
  /** The cell holds text no date could be read from (parseDayText). */
  unreadable?: true;
}

/** The forms a date cell is read in, as the messages name them. */
const ACCEPTED_TH = '๓๐ กันยายน ๒๕๖๘, 30 ก.ย. 68, 30/9/2568 หรือ 2568-09-30 (หรือเซลล์รูปแบบวันที่)';
const ACCEPTED_EN = '30 กันยายน 2568, 30 ก.ย. 68, 30/9/2568 (day/month/year) or 2568-09-30 (or a date-formatted cell)';

/** The last day a report date may be: twelve months after the fiscal year ends (an annual report is signed after it). */
function reportDateLimit(span: DaySpan): string {
  return `${Number(span.end.slice(0, 4)) + 1}${span.end.slice(4)}`;
}

/** One finding per date outside its window or unreadable, naming the settings cell when it came from there. */
export function settingsDateFindings(dates: readonly SettingsDate[], fiscalYear: number, numerals: NumeralStyle): Finding[] {
  const span = fiscalYearSpan(fiscalYear);
  const fy = formatNumber(fiscalYear, numerals);
  const thai = (iso: string) => formatThaiDate(parseIsoDay(iso) as Date, numerals);
  const findings: Finding[] = [];
  for (const d of dates) {
    const label = SETTING_FIELDS.find((f) => f.key === d.key)?.label ?? d.key;
    const where = d.cell ? ` (ชีต ${SHEETS.settings} เซลล์ ${d.cell})` : '';
    const whereEn = d.cell ? ` (sheet ${SHEETS.settings} cell ${d.cell})` : '';
    const place = (finding: Finding) => {
      if (d.cell) finding.sheet = SHEETS.settings;
      findings.push(finding);
    };
    if (d.unreadable) {
      const fallback = d.key === 'asOf' ? `รายงานจะใช้ ${thai(`${fiscalYear - 543}-03-31`)} แทน` : 'รายงานจะไม่มีวันที่';
      const fallbackEn = d.key === 'asOf' ? `the report would use ${fiscalYear - 543}-03-31 instead` : 'the report would have no date';
      place(makeFinding('error', 'DATE_UNREADABLE', null, null, { cell: d.cell },
        `“${label}”${where} อ่านเป็นวันที่ที่มีจริงไม่ได้: “${d.value}” (${fallback}) พิมพ์เป็น ${ACCEPTED_TH} หรือเว้นว่าง`,
        `“${label}”${whereEn} cannot be read as a day that exists: “${d.value}” (${fallbackEn}); write it as ${ACCEPTED_EN}, or leave it blank`));
      continue;
    }
    const day = parseIsoDay(d.value);
    if (!day) continue;
    const iso = day.toISOString().slice(0, 10);
    if (d.key === 'reportDate') {
      // An annual report is signed after the year ends: only a date before the year, or over a year after it, is suspect.
      const limit = reportDateLimit(span);
      if (iso >= span.start && iso <= limit) continue;
      const before = iso < span.start;
      place(makeFinding('warning', 'DATE_OUTSIDE_YEAR', null, null, { cell: d.cell },
        before
          ? `“${label}”${where} เป็นวันที่ ${formatThaiDate(day, numerals)} ซึ่งอยู่ก่อนเริ่มปีงบประมาณ พ.ศ.${fy} (${thai(span.start)}) อาจเป็นค่าของปีก่อน แก้วันที่หรือเว้นว่าง`
          : `“${label}”${where} เป็นวันที่ ${formatThaiDate(day, numerals)} ซึ่งเกิน ${formatNumber(12, numerals)} เดือนหลังสิ้นปีงบประมาณ พ.ศ.${fy} (${thai(span.end)}) ตรวจปีของวันที่หรือปีงบประมาณ`,
        before
          ? `“${label}”${whereEn} is ${iso}, before fiscal year B.E. ${fiscalYear} starts (${span.start}); it may be last year's: correct it or leave it blank`
          : `“${label}”${whereEn} is ${iso}, more than 12 months after fiscal year B.E. ${fiscalYear} ends (${span.end}): check the date's year or the fiscal year`));
      continue;
    }
    if (iso >= span.start && iso <= span.end) continue;
    place(makeFinding('warning', 'DATE_OUTSIDE_YEAR', null, null, { cell: d.cell },
      `“${label}”${where} เป็นวันที่ ${formatThaiDate(day, numerals)} ซึ่งไม่อยู่ในปีงบประมาณ พ.ศ.${fy} (${thai(span.start)} – ${thai(span.end)}) อาจเป็นค่าของปีก่อน แก้วันที่หรือเว้นว่าง`,
      `“${label}”${whereEn} is ${iso}, outside fiscal year B.E. ${fiscalYear} (${span.start} to ${span.end}); it may be last year's: correct it or leave it blank`));
  }
  return findings;
}
