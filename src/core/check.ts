import type { CheckResult, Edition, EditionRules, Finding, Item, Measure, MeasureCheck, MeasureTable, NumeralStyle } from './types';
import { createMatcher } from './match/index';
import { makeFinding, sortFindings, countBySeverity } from './findings';
import { describeRef, itemLabel, measureLabel, quote } from './messages';
import { markerStyle } from './items';
import { formatNumber } from './text';
import { extraColumnFindings } from './extraColumns';
import { applyHalfYear } from './editionCheck';
import { settingsDateFindings, type SettingsDate } from './settingsDates';
import { defaultAsOf } from './edition';
import { fiscalYearBE, parseIsoDay } from './dates';

export interface CheckOptions {
  /** The agency's own word groups (its synonyms sheet), added to the lexicon's groups. */
  synonyms?: readonly (readonly string[])[];
  /** Which edition is checked (default annual): the plan has no result checks, the six-month report is lenient until due. */
  edition?: Edition;
  /** Six-month cut-off, ISO date (default 31 March of the fiscal year). */
  asOf?: string;
  /** Fiscal year (B.E.) that places timeframes written without a year (default: the cut-off's). */
  fiscalYear?: number;
  /** The settings' report date and cut-off, checked against `fiscalYear` (settingsDates.ts). */
  dates?: readonly SettingsDate[];
}

/** Findings that judge the results against the steps: none of them apply to the plan. */
const RESULT_CODES = new Set(['UNMATCHED_STEP', 'WEAK_MATCH', 'IN_PROGRESS', 'EMPTY_RESULTS']);
/** Findings on the evidence column: what was done is evidenced with the results, which the plan has not. */
const EVIDENCE_CODES = new Set(['MISSING_EVIDENCE', 'EVIDENCE_LINK']);

/** The number people see for a measure: the one they wrote, else its position. */
export function shownNumber(measure: Measure): number {
  return measure.number ?? measure.index;
}

function itemNumber(item: Item, position: number): number {
  return item.number ?? position + 1;
}

function numberingFindings(measure: Measure, kind: 'step' | 'result', items: Item[], numerals: NumeralStyle): Finding[] {
  const findings: Finding[] = [];
  const m = shownNumber(measure);
  const columnTh = kind === 'step' ? 'ขั้นตอน' : 'ผลการดำเนินงาน';
  const columnEn = kind === 'step' ? 'steps' : 'results';
  const where = (item: Item, lang: 'th' | 'en') => `${measureLabel(m, numerals, lang)} (${describeRef(item.ref, lang)})`;
  const numbered = items.filter((item) => item.number !== null);
  if (numbered.length === 0) return findings;
  const styles = new Set(numbered.map((item) => markerStyle(item.marker)));
  if (styles.size > 1 || numbered.length < items.length) {
    const first = items[0];
    findings.push(
      makeFinding('warning', 'NUMBERING_MIXED', m, null, first.ref,
        `${where(first, 'th')}: เลขข้อของ${columnTh}ใช้หลายแบบปนกัน (${[...new Set(items.map((i) => i.marker || 'ไม่มีเลข'))].join(' ')}) ควรใช้แบบเดียวกันทุกข้อ`,
        `${where(first, 'en')}: the ${columnEn} are numbered in mixed styles (${[...new Set(items.map((i) => i.marker || 'no number'))].join(' ')}); use one style`),
    );
  }
  let previous: number | null = null;
  for (const item of numbered) {
    const n = item.number as number;
    if (previous === null && n !== 1) {
      findings.push(
        makeFinding('warning', 'NUMBERING_START', m, n, item.ref,
          `${where(item, 'th')}: ${columnTh}ข้อแรกเป็นข้อ ${item.marker} ควรเริ่มที่ข้อ ๑`,
          `${where(item, 'en')}: the first of the ${columnEn} is numbered ${item.marker}; start at 1`),
      );
    } else if (previous !== null && n <= previous) {
      findings.push(
        makeFinding('warning', 'NUMBERING_REPEAT', m, n, item.ref,
          `${where(item, 'th')}: เลขข้อ ${item.marker} ของ${columnTh}ซ้ำหรือย้อนลำดับ ควรเรียงเลขใหม่`,
          `${where(item, 'en')}: ${kind} number ${item.marker} repeats or goes backwards; renumber the ${columnEn}`),
      );
    } else if (previous !== null && n > previous + 1) {
      findings.push(
        makeFinding('warning', 'NUMBERING_GAP', m, n, item.ref,
          `${where(item, 'th')}: เลขข้อของ${columnTh}ข้ามจากข้อ ${formatNumber(previous, numerals)} ไปข้อ ${formatNumber(n, numerals)} ตรวจว่ามีข้อหายไปหรือไม่`,
          `${where(item, 'en')}: ${columnEn} numbering jumps from ${previous} to ${n}; check for a missing item`),
      );
    }
    previous = n;
  }
  return findings;
}

function measureFindings(check: MeasureCheck, numerals: NumeralStyle): Finding[] {
  const { measure, matches } = check;
  const m = shownNumber(measure);
  const label = (lang: 'th' | 'en') => measureLabel(m, numerals, lang);
  const findings: Finding[] = [];
  if (!measure.title && measure.numberRef?.cell) {
    // A number in the number column started this measure: the number's cell is where to act.
    const ref = measure.numberRef;
    const title = measure.refs.measure.cell ?? '';
    const number = measure.numberText ?? formatNumber(m, numerals);
    findings.push(
      makeFinding('error', 'EMPTY_TITLE', m, null, ref,
        `ลำดับ ${number} ในเซลล์ ${ref.cell} เริ่มมาตรการใหม่แต่ไม่มีชื่อ (เซลล์ ${title} ว่าง): ลบเลขถ้าแถวนี้เป็นขั้นตอนของมาตรการข้างบน หรือใส่ชื่อมาตรการใน ${title}`,
        `Number ${number} in cell ${ref.cell} starts a new measure that has no title (cell ${title} is blank): delete the number if this row is a step of the measure above, or enter the measure's title in ${title}`),
    );
  } else if (!measure.title) {
    const ref = measure.refs.measure;
    findings.push(
      makeFinding('error', 'EMPTY_TITLE', m, null, ref,
        `${label('th')} (${describeRef(ref, 'th')}): ไม่มีชื่อมาตรการ ใส่ชื่อมาตรการต่อจากเลขข้อ`,
        `${label('en')} (${describeRef(ref, 'en')}): the measure has no title; enter it after the number`),
    );
  }
  if (measure.steps.length === 0) {
    const ref = measure.refs.steps;
    findings.push(
      makeFinding('warning', 'EMPTY_STEPS', m, null, ref,
        `${label('th')} (${describeRef(ref, 'th')}): ยังไม่มีขั้นตอนหรือวิธีการปฏิบัติ`,
        `${label('en')} (${describeRef(ref, 'en')}): the measure has no steps`),
    );
  } else if (measure.results.length === 0) {
    const ref = measure.refs.results;
    findings.push(
      makeFinding('error', 'EMPTY_RESULTS', m, null, ref,
        `${label('th')} (${describeRef(ref, 'th')}): มีขั้นตอน ${measure.steps.length} ข้อ แต่ยังไม่มีผลการดำเนินงาน ใส่ผลการดำเนินงานของแต่ละขั้นตอน`,
        `${label('en')} (${describeRef(ref, 'en')}): ${measure.steps.length} step(s) but no results; report what was done for each step`),
    );
    return findings;
  }
  for (const match of matches) {
    if (match.strength === 'strong' && match.evidence === 'done') continue;
    const step = measure.steps[match.step];
    const n = itemNumber(step, match.step);
    const stepTh = `${itemLabel('step', n, numerals, 'th')} ${quote(step.text)}`;
    const stepEn = `${itemLabel('step', n, numerals, 'en')} ${quote(step.text)}`;
    const where = (lang: 'th' | 'en') => `${label(lang)} (${describeRef(step.ref, lang)})`;
    // The step's place goes with the finding: its number may repeat, its place does not.
    const stepFinding = (finding: Finding) => findings.push({ ...finding, place: { measure: measure.index, step: match.step } });
    if (match.evidence === 'not_done') {
      stepFinding(
        makeFinding('error', 'UNMATCHED_STEP', m, n, step.ref,
          `${where('th')}: ${stepTh} — ${match.summary} ขั้นตอนนี้จึงยังไม่ได้ดำเนินการ ตรวจว่าผลการดำเนินงานถูกต้องหรือไม่`,
          `${where('en')}: ${stepEn} — ${match.summaryEn}, so it was not carried out; check that the results are right`),
      );
    } else if (match.evidence === 'in_progress') {
      stepFinding(
        makeFinding('warning', 'IN_PROGRESS', m, n, step.ref,
          `${where('th')}: ${stepTh} — ${match.summary} รายงานผลเมื่อดำเนินการแล้วเสร็จ`,
          `${where('en')}: ${stepEn} — ${match.summaryEn}; report it once it is finished`),
      );
    } else if (match.strength === 'none') {
      stepFinding(
        makeFinding('error', 'UNMATCHED_STEP', m, n, step.ref,
          `${where('th')}: ${stepTh} ยังไม่มีผลการดำเนินงานที่รายงานว่าได้ทำ เพิ่มผลการดำเนินงานของขั้นตอนนี้`,
          `${where('en')}: ${stepEn} has no result reporting that it was done; add its result`),
      );
    } else {
      stepFinding(
        makeFinding('warning', 'WEAK_MATCH', m, n, step.ref,
          `${where('th')}: ${stepTh} — ${match.summary} ตรวจว่าผลการดำเนินงานรายงานขั้นตอนนี้ครบหรือไม่`,
          `${where('en')}: ${stepEn} — ${match.summaryEn}; check that the results report this step`),
      );
    }
  }
  return findings;
}

function measureNumberFindings(measures: Measure[], numerals: NumeralStyle): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<number>();
  let previous: number | null = null;
  for (const measure of measures) {
    if (measure.number === null) continue;
    const n = measure.number;
    const ref = measure.refs.measure;
    const where = (lang: 'th' | 'en') => `${measureLabel(n, numerals, lang)} (${describeRef(ref, lang)})`;
    if (seen.has(n)) {
      findings.push(
        makeFinding('warning', 'MEASURE_NUMBER_REPEAT', n, null, ref,
          `${where('th')}: เลขมาตรการนี้ซ้ำกับมาตรการก่อนหน้า ควรเรียงเลขใหม่`,
          `${where('en')}: this measure number is used twice; renumber the measures`),
      );
    } else if ((previous === null && n !== 1) || (previous !== null && n !== previous + 1)) {
      const expected = previous === null ? 1 : previous + 1;
      findings.push(
        makeFinding('warning', 'MEASURE_NUMBER_ORDER', n, null, ref,
          `${where('th')}: เลขมาตรการไม่เรียงลำดับ (ควรเป็นข้อ ${formatNumber(expected, numerals)})`,
          `${where('en')}: measure numbers are out of order (expected ${expected})`),
      );
    }
    seen.add(n);
    previous = n;
  }
  return findings;
}

/** Runs every check on a table: step/result matching, empty cells, numbering. */
export function checkTable(table: MeasureTable, options: CheckOptions = {}): CheckResult {
  const matcher = createMatcher({ synonyms: options.synonyms });
  const prepared = table.measures.map((measure) => ({
    steps: measure.steps.map((item) => matcher.step(item.text)),
    results: measure.results.map((item) => matcher.result(item.text)),
  }));
  const weights = matcher.weights();
  const checks: MeasureCheck[] = table.measures.map((measure, i) => ({
    measure,
    matches: matcher.matchSteps(measure.steps, measure.results, prepared[i], weights, table.numerals),
  }));
  const plan = options.edition === 'plan';
  let all = [
    ...table.findings,
    ...checks.flatMap((check) => [
      ...measureFindings(check, table.numerals).filter((f) => !plan || !RESULT_CODES.has(f.code)),
      ...numberingFindings(check.measure, 'step', check.measure.steps, table.numerals),
      ...(plan ? [] : numberingFindings(check.measure, 'result', check.measure.results, table.numerals)),
    ]),
    ...measureNumberFindings(table.measures, table.numerals),
    // The evidence of what was done comes with the results, so the plan has none yet.
    ...extraColumnFindings(table, shownNumber).filter((f) => !plan || !EVIDENCE_CODES.has(f.code)),
  ];
  let rules: EditionRules | undefined = options.edition ? { edition: options.edition } : undefined;
  if (options.edition === 'half-year') {
    const fiscalYear = options.fiscalYear ?? fiscalYearBE(parseIsoDay(options.asOf ?? '') ?? new Date());
    const asOf = options.asOf ?? defaultAsOf(fiscalYear);
    all = applyHalfYear(all, table.measures, { asOf, fiscalYear, numerals: table.numerals, shownNumber });
    rules = { edition: 'half-year', asOf, fiscalYear };
  }
  if (options.dates && options.fiscalYear !== undefined) {
    // The cut-off matters to the six-month report alone; the report date is printed in every edition.
    const dates = options.dates.filter((d) => d.key === 'reportDate' || options.edition === 'half-year');
    all.push(...settingsDateFindings(dates, options.fiscalYear, table.numerals));
  }
  const findings = sortFindings(all);
  return { table, checks, findings, ...countBySeverity(findings), ...(rules ? { rules } : {}) };
}
