/**
 * The coordinator's word: the sheet `การยืนยันผลตรวจ`, one confirmation per row, and how it turns
 * a finding the matcher could not settle into an info line. A confirmation holds the step's and the
 * result's text as they were when confirmed, so it stops applying as soon as either text changes.
 */
import type { CheckResult, ConfirmationVerdict, ConfirmedBy, Finding, FindingCode, Item, MeasureCheck, NumeralStyle, SourceRef } from './types';
import { toA1 } from './a1';
import { formatThaiDate } from './dates';
import { countBySeverity, makeFinding, sortFindings } from './findings';
import { describeRef, itemLabel, measureLabel, quote } from './messages';
import { SHEETS } from './settings';
import { shownNumber } from './check';
import { cellToString, isDate, normalizeText, parseDigits } from './text';

/** Findings a coordinator may settle: the check could not tell whether the step was reported. */
export const CONFIRMABLE_CODES: readonly FindingCode[] = ['UNMATCHED_STEP', 'WEAK_MATCH', 'IN_PROGRESS'];

export function isConfirmable(finding: Finding): boolean {
  return CONFIRMABLE_CODES.includes(finding.code) && finding.measure !== null && finding.item !== null;
}

export interface Confirmation {
  /** Measure and step numbers as people see them (`shownNumber`, the step's written number). */
  measure: number;
  step: number;
  /** The result the coordinator picked ('reported'); null for 'not_done'. */
  result: number | null;
  verdict: ConfirmationVerdict;
  reason: string;
  by: string;
  /** When, Buddhist Era, as written. */
  at: string;
  /** The step's and the result's text when confirmed (the result's is '' for 'not_done'). */
  stepText: string;
  resultText: string;
  /** 0-based row in the confirmations sheet (-1 when not read from a sheet). */
  row: number;
}

type ConfirmationColumn = 'measure' | 'step' | 'result' | 'verdict' | 'reason' | 'by' | 'at' | 'stepText' | 'resultText';

/** Columns of the confirmations sheet, in the order set-up writes them. */
export const CONFIRMATION_COLUMNS: readonly { key: ConfirmationColumn; header: string }[] = [
  { key: 'measure', header: 'มาตรการ' },
  { key: 'step', header: 'ขั้นตอน' },
  { key: 'result', header: 'ผลการดำเนินงาน' },
  { key: 'verdict', header: 'การยืนยัน' },
  { key: 'reason', header: 'เหตุผล' },
  { key: 'by', header: 'ผู้ยืนยัน' },
  { key: 'at', header: 'วันเวลา' },
  { key: 'stepText', header: 'ข้อความขั้นตอน' },
  { key: 'resultText', header: 'ข้อความผลการดำเนินงาน' },
];

export const CONFIRMATIONS_HEADER: string[] = CONFIRMATION_COLUMNS.map((c) => c.header);

export const VERDICT_LABELS: Record<ConfirmationVerdict, { th: string; en: string }> = {
  reported: { th: 'รายงานแล้ว', en: 'reported' },
  not_done: { th: 'ยังไม่ได้ทำ', en: 'not done' },
};

/** Longest reason kept: a short reason, not an essay. */
export const MAX_REASON_LENGTH = 300;

function parseVerdict(text: string): ConfirmationVerdict | null {
  const s = text.replace(/\s+/g, '').toLowerCase();
  if (/^(ยืนยันว่า)?รายงานแล้ว$|^reported$/.test(s)) return 'reported';
  if (/^(ยืนยันว่า)?ยังไม่ได้ทำ$|^(notdone|not_done)$/.test(s)) return 'not_done';
  return null;
}

/** Column positions from the header row (by header text, else the set-up order). */
function columnIndexes(header: readonly unknown[]): Record<ConfirmationColumn, number> {
  const texts = header.map((v) => normalizeText(cellToString(v)));
  const out = {} as Record<ConfirmationColumn, number>;
  CONFIRMATION_COLUMNS.forEach((c, i) => {
    const found = texts.indexOf(c.header);
    out[c.key] = found >= 0 ? found : i;
  });
  return out;
}

export interface ConfirmationSheet {
  confirmations: Confirmation[];
  /** One warning per unusable row, naming the row. */
  findings: Finding[];
}

function rowProblem(row: number, column: number, measure: number | null, th: string, en: string): Finding {
  const ref: SourceRef = { cell: toA1(row, column) };
  const finding = makeFinding('warning', 'CONFIRMATION_INVALID', measure, null, ref,
    `ชีต ${SHEETS.confirmations} แถวที่ ${row + 1} (เซลล์ ${ref.cell}): ${th} แถวนี้จึงไม่ถูกนำมาใช้`,
    `Sheet ${SHEETS.confirmations} row ${row + 1} (cell ${ref.cell}): ${en}, so the row is not used`);
  finding.sheet = SHEETS.confirmations;
  return finding;
}

/**
 * Reads the confirmations sheet's values (row 1 is the header). Blank rows are skipped; a row that
 * cannot be used gets a warning naming it, and nothing else in the sheet is affected.
 */
export function parseConfirmations(values: readonly (readonly unknown[])[] | null, timeZone = 'Asia/Bangkok'): ConfirmationSheet {
  const out: ConfirmationSheet = { confirmations: [], findings: [] };
  if (!values || values.length < 2) return out;
  const col = columnIndexes(values[0]);
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const text = (key: ConfirmationColumn) => normalizeText(cellToString(row[col[key]]));
    if (CONFIRMATION_COLUMNS.every((c) => text(c.key) === '')) continue;
    const measure = parseDigits(text('measure'));
    const step = parseDigits(text('step'));
    const measureOrNull = Number.isNaN(measure) ? null : measure;
    if (Number.isNaN(measure) || Number.isNaN(step)) {
      const column = Number.isNaN(measure) ? col.measure : col.step;
      out.findings.push(rowProblem(r, column, measureOrNull, 'ต้องมีเลขมาตรการและเลขขั้นตอนเป็นตัวเลข', 'the measure and step must be numbers'));
      continue;
    }
    const verdict = parseVerdict(text('verdict'));
    if (!verdict) {
      out.findings.push(rowProblem(r, col.verdict, measure, `ช่องการยืนยันต้องเป็น “${VERDICT_LABELS.reported.th}” หรือ “${VERDICT_LABELS.not_done.th}”`, `the confirmation must be “${VERDICT_LABELS.reported.th}” (reported) or “${VERDICT_LABELS.not_done.th}” (not done)`));
      continue;
    }
    const result = parseDigits(text('result'));
    if (verdict === 'reported' && Number.isNaN(result)) {
      out.findings.push(rowProblem(r, col.result, measure, 'ยืนยันว่ารายงานแล้วต้องระบุเลขข้อของผลการดำเนินงานที่รายงานขั้นตอนนี้', 'a “reported” confirmation needs the number of the result that reports the step'));
      continue;
    }
    if (verdict === 'not_done' && !text('reason')) {
      out.findings.push(rowProblem(r, col.reason, measure, 'ยืนยันว่ายังไม่ได้ทำต้องมีเหตุผลสั้น ๆ', 'a “not done” confirmation needs a short reason'));
      continue;
    }
    if (!text('stepText')) {
      out.findings.push(rowProblem(r, col.stepText, measure, 'ไม่มีข้อความขั้นตอนที่ยืนยันไว้ จึงตรวจไม่ได้ว่าขั้นตอนเปลี่ยนไปหรือไม่', 'the confirmed step text is missing, so a change of the step cannot be noticed'));
      continue;
    }
    const atValue = row[col.at];
    out.confirmations.push({
      measure,
      step,
      result: verdict === 'reported' ? result : null,
      verdict,
      reason: text('reason'),
      by: text('by'),
      at: isDate(atValue) ? formatThaiDate(atValue, 'thai', { time: true, timeZone }) : text('at'),
      stepText: text('stepText'),
      resultText: verdict === 'reported' ? text('resultText') : '',
      row: r,
    });
  }
  return out;
}

/** A confirmation as the row set-up's column order expects. */
export function confirmationRow(c: Confirmation): (string | number)[] {
  const cells: Record<ConfirmationColumn, string | number> = {
    measure: c.measure,
    step: c.step,
    result: c.result ?? '',
    verdict: VERDICT_LABELS[c.verdict].th,
    reason: c.reason,
    by: c.by,
    at: c.at,
    stepText: c.stepText,
    resultText: c.resultText,
  };
  return CONFIRMATION_COLUMNS.map((col) => cells[col.key]);
}

/** The step people call `measure` / `step` (shown numbers), with its check, or null. */
export function findStep(result: CheckResult, measure: number, step: number): { check: MeasureCheck; index: number; item: Item } | null {
  for (const check of result.checks) {
    if (shownNumber(check.measure) !== measure) continue;
    const index = check.measure.steps.findIndex((s, i) => (s.number ?? i + 1) === step);
    if (index >= 0) return { check, index, item: check.measure.steps[index] };
  }
  return null;
}

/** The result numbered `n` in a measure (its written number, else its position). */
export function findResult(check: MeasureCheck, n: number): { index: number; item: Item } | null {
  const index = check.measure.results.findIndex((r, i) => (r.number ?? i + 1) === n);
  return index >= 0 ? { index, item: check.measure.results[index] } : null;
}

type Staleness = { th: string; en: string } | null;

/** Why a confirmation no longer applies to the step found for it (null when it still does). */
function staleness(found: ReturnType<typeof findStep>, c: Confirmation): Staleness {
  if (!found) return { th: 'ไม่พบขั้นตอนนี้ในตารางแล้ว', en: 'the step is no longer in the table' };
  if (normalizeText(found.item.text) !== c.stepText) return { th: 'ข้อความขั้นตอนเปลี่ยนไปหลังยืนยัน', en: 'the step text changed after it was confirmed' };
  if (c.verdict === 'not_done') return null;
  const res = findResult(found.check, c.result as number);
  if (!res) return { th: 'ไม่พบผลการดำเนินงานข้อที่เลือกไว้แล้ว', en: 'the chosen result is no longer there' };
  if (normalizeText(res.item.text) !== c.resultText) return { th: 'ข้อความผลการดำเนินงานเปลี่ยนไปหลังยืนยัน', en: 'the result text changed after it was confirmed' };
  return null;
}

function staleFinding(c: Confirmation, why: { th: string; en: string }, numerals: NumeralStyle): Finding {
  const ref: SourceRef = { cell: toA1(c.row, 0) };
  const what = (lang: 'th' | 'en') => `${measureLabel(c.measure, numerals, lang)} ${itemLabel('step', c.step, numerals, lang)}`;
  const finding = makeFinding('info', 'CONFIRMATION_STALE', c.measure, c.step, ref,
    `การยืนยันของ ${c.by || 'ผู้ประสานงาน'} (${c.at}) สำหรับ${what('th')} ไม่ใช้แล้ว เพราะ${why.th} ตรวจแล้วยืนยันใหม่หากยังถูกต้อง (ชีต ${SHEETS.confirmations} แถวที่ ${c.row + 1})`,
    `The confirmation by ${c.by || 'a coordinator'} (${c.at}) of ${what('en')} no longer applies: ${why.en}; check and confirm again if it still holds (sheet ${SHEETS.confirmations} row ${c.row + 1})`);
  finding.sheet = SHEETS.confirmations;
  return finding;
}

function confirmedBy(c: Confirmation): ConfirmedBy {
  return { by: c.by, at: c.at, verdict: c.verdict, result: c.result, reason: c.reason };
}

/** The confirmed finding: same code, place and step, an info line saying who confirmed what. */
function confirmedFinding(finding: Finding, c: Confirmation, step: Item, numerals: NumeralStyle): Finding {
  const where = (lang: 'th' | 'en') => `${measureLabel(c.measure, numerals, lang)} (${describeRef(step.ref, lang)})`;
  const stepTh = `${itemLabel('step', c.step, numerals, 'th')} ${quote(step.text)}`;
  const stepEn = `${itemLabel('step', c.step, numerals, 'en')} ${quote(step.text)}`;
  const by = c.by || 'ผู้ประสานงาน';
  const byEn = c.by || 'a coordinator';
  const reasonTh = c.reason ? ` (${c.reason})` : '';
  const reasonEn = c.reason ? ` (${c.reason})` : '';
  const message = c.verdict === 'reported'
    ? `${where('th')}: ${stepTh} — ${by} ยืนยันเมื่อ ${c.at} ว่ารายงานแล้วใน${itemLabel('result', c.result as number, numerals, 'th')}${reasonTh}`
    : `${where('th')}: ${stepTh} — ${by} ยืนยันเมื่อ ${c.at} ว่ายังไม่ได้ทำ เหตุผล: ${c.reason}`;
  const messageEn = c.verdict === 'reported'
    ? `${where('en')}: ${stepEn} — ${byEn} confirmed on ${c.at} that result ${c.result} reports it${reasonEn}`
    : `${where('en')}: ${stepEn} — ${byEn} confirmed on ${c.at} that it was not done; reason: ${c.reason}`;
  return { ...finding, severity: 'info', message, messageEn, confirmedBy: confirmedBy(c) };
}

/** The checks with each confirmed step's match carrying the confirmation (copies: the input is not changed). */
function withConfirmedMatches(checks: MeasureCheck[], current: Map<string, { confirmation: Confirmation; step: Item }>): MeasureCheck[] {
  if (current.size === 0) return checks;
  return checks.map((check) => {
    const n = shownNumber(check.measure);
    const matches = check.matches.map((m) => {
      const step = check.measure.steps[m.step];
      const hit = current.get(`${n}:${step.number ?? m.step + 1}`);
      if (!hit) return m;
      return { ...m, confirmed: confirmedBy(hit.confirmation) };
    });
    return { ...check, matches };
  });
}

/**
 * Applies the confirmations sheet to a check: a confirmation whose step (and, for 'reported', whose
 * result) still reads as it did turns that step's finding into an info line; a later row for the
 * same step replaces an earlier one (two coordinators: the last word counts). A confirmation whose
 * text changed is not applied and is listed as an info line; unusable rows come as warnings.
 */
export function applyConfirmations(result: CheckResult, sheet: ConfirmationSheet): CheckResult {
  if (sheet.confirmations.length === 0 && sheet.findings.length === 0) return result;
  const numerals = result.table.numerals;
  const current = new Map<string, { confirmation: Confirmation; step: Item }>();
  const notes: Finding[] = [...sheet.findings];
  for (const c of sheet.confirmations) {
    const found = findStep(result, c.measure, c.step);
    const why = staleness(found, c);
    if (why) notes.push(staleFinding(c, why, numerals));
    else if (found) current.set(`${c.measure}:${c.step}`, { confirmation: c, step: found.item });
  }
  const findings = result.findings.map((f) => {
    const hit = isConfirmable(f) ? current.get(`${f.measure}:${f.item}`) : undefined;
    return hit ? confirmedFinding(f, hit.confirmation, hit.step, numerals) : f;
  });
  const all = sortFindings([...findings, ...notes]);
  return { ...result, checks: withConfirmedMatches(result.checks, current), findings: all, ...countBySeverity(all) };
}

/** True while the step's (and the chosen result's) text still reads as when it was confirmed. */
export function confirmationApplies(result: CheckResult, c: Confirmation): boolean {
  return staleness(findStep(result, c.measure, c.step), c) === null;
}

/** How many findings a coordinator's confirmation settled (the publish log's column). */
export function confirmedCount(result: CheckResult): number {
  return result.findings.filter((f) => f.confirmedBy).length;
}

