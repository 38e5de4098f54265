/**
 * What the edition changes in the findings. The plan has no results yet, so check.ts skips result
 * checks for it; here the six-month edition turns "no result for this step" into a warning (not
 * reported yet), unless the measure's timeframe, when readable, ended by the cut-off: data "as of
 * 31 March" covers all of 31 March, so a step planned to end that day is due in it.
 */
import type { Finding, Measure, NumeralStyle } from './types';
import { formatThaiDate, parseIsoDay } from './dates';
import { parseTimeframe } from './timeframe';
import { formatNumber } from './text';

/** Findings about results that are missing (as opposed to badly numbered or weak). */
const MISSING_RESULT_CODES = new Set(['UNMATCHED_STEP', 'EMPTY_RESULTS']);

export interface HalfYearContext {
  /** Cut-off as an ISO date (A.D. or B.E. year). */
  asOf: string;
  fiscalYear: number;
  numerals: NumeralStyle;
  shownNumber: (measure: Measure) => number;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a measure's missing results count as missing by the six-month cut-off: only when its
 * timeframe, read, ended by it (on the cut-off day included: data as of 31 March covers all of 31
 * March); a measure still under way (or whose timeframe cannot be read) is "not reported yet".
 * applyHalfYear and the suggestions (suggest.ts) both go by this.
 */
export function resultsDueBy(measure: Measure, cutOff: { asOf: string; fiscalYear: number }): boolean {
  const day = parseIsoDay(cutOff.asOf);
  if (!day) return true;
  const span = measure.extra?.timeframe ? parseTimeframe(measure.extra.timeframe, cutOff.fiscalYear) : null;
  return span !== null && span.end <= isoOf(day);
}

export function applyHalfYear(findings: Finding[], measures: Measure[], context: HalfYearContext): Finding[] {
  const cutOff = parseIsoDay(context.asOf);
  if (!cutOff) return findings;
  const cutOffIso = isoOf(cutOff);
  const cutOffTh = formatThaiDate(cutOff, context.numerals);
  const cutOffEn = cutOffIso;
  const six = formatNumber(6, context.numerals);
  return findings.map((finding) => {
    if (!MISSING_RESULT_CODES.has(finding.code)) return finding;
    const measure = measures.find((m) => context.shownNumber(m) === finding.measure);
    const span = measure?.extra?.timeframe ? parseTimeframe(measure.extra.timeframe, context.fiscalYear) : null;
    if (span && measure && resultsDueBy(measure, context)) {
      const end = parseIsoDay(span.end) as Date;
      return {
        ...finding,
        message: `${finding.message} (ระยะเวลาดำเนินการสิ้นสุดวันที่ ${formatThaiDate(end, context.numerals)} ไม่เกินวันที่ข้อมูล ${cutOffTh})`,
        messageEn: `${finding.messageEn} (its timeframe ended on ${span.end}, by the data date ${cutOffEn})`,
      };
    }
    return {
      ...finding,
      severity: 'warning' as const,
      message: `${finding.message} — รอบ ${six} เดือน: ยังไม่รายงานผล ณ วันที่ ${cutOffTh}`,
      messageEn: `${finding.messageEn} — six-month report: not reported yet as of ${cutOffEn}`,
    };
  });
}
