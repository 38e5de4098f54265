/**
 * The coordinator's word: the sheet `การยืนยันผลตรวจ`, one confirmation per row, and how it turns
 * a finding the matcher could not settle into an info line. A confirmation holds the step's and the
 * result's text as they were when confirmed, so it stops applying as soon as either text changes.
 */
import type { CheckResult, ConfirmationVerdict, ConfirmedBy, Finding, FindingCode, Item, MeasureCheck, NumeralStyle, SourceRef, StepPlace } from './types';
import { toA1 } from './a1';
import { formatThaiDate } from './dates';
import { countBySeverity, makeFinding, sortFindings } from './findings';
import { describeRef, itemLabel, measureLabel, quote } from './messages';
import { SHEETS } from './settings';
import { shownNumber } from './check';
import { cellToString, formatNumber, isDate, normalizeText, parseDigits } from './text';

/** Findings a coordinator may settle: the check could not tell whether the step was reported. */
export const CONFIRMABLE_CODES: readonly FindingCode[] = ['UNMATCHED_STEP', 'WEAK_MATCH', 'IN_PROGRESS'];

export function isConfirmable(finding: Finding): boolean {
  return CONFIRMABLE_CODES.includes(finding.code) && finding.measure !== null && finding.item !== null && finding.place !== undefined;
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
  /** The add-on's signature of the row's cells (confirmationDigestText), '' on a row typed in the sheet. */
  digest?: string;
}

type ConfirmationColumn = 'measure' | 'step' | 'result' | 'verdict' | 'reason' | 'by' | 'at' | 'stepText' | 'resultText' | 'digest';

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
  // Written by the add-on only: a signature of the row's cells with a key kept in the document's
  // properties (out of co-editors' reach for a Marketplace add-on; a bound script's editors can read it).
  { key: 'digest', header: 'รหัสตรวจสอบ (ส่วนเสริมเขียน)' },
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
    if (CONFIRMATION_COLUMNS.every((c) => c.key === 'digest' || text(c.key) === '')) continue;
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
      ...(text('digest') ? { digest: text('digest') } : {}),
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
    digest: c.digest ?? '',
  };
  return CONFIRMATION_COLUMNS.map((col) => cells[col.key]);
}

/**
 * What the add-on signs of a row: its cells as parseConfirmations reads them, so a row reads back
 * with the same text whatever Sheets did to its cells' types. Any change of a cell (the confirmer's
 * e-mail above all) breaks the signature.
 */
export function confirmationDigestText(c: Confirmation): string {
  return JSON.stringify([c.measure, c.step, c.result, c.verdict, c.reason, c.by, c.at, c.stepText, c.resultText]);
}

/** Tells a row the add-on wrote (its signature checks out) from one typed in the sheet. */
export type ConfirmationVerifier = (c: Confirmation) => boolean;

/** A step of the checked table: its measure's check, its 0-based position there, and the step. */
export interface FoundStep {
  check: MeasureCheck;
  index: number;
  item: Item;
}

/** Every step people call `measure` / `step` (shown numbers): more than one when numbers repeat. */
export function stepsNumbered(result: CheckResult, measure: number, step: number): FoundStep[] {
  const found: FoundStep[] = [];
  for (const check of result.checks) {
    if (shownNumber(check.measure) !== measure) continue;
    check.measure.steps.forEach((item, index) => {
      if ((item.number ?? index + 1) === step) found.push({ check, index, item });
    });
  }
  return found;
}

/** The step at a place (its measure's position in the table, its position in the measure), or null. */
export function stepAt(result: CheckResult, place: StepPlace): FoundStep | null {
  const check = result.checks.find((c) => c.measure.index === place.measure);
  const item = check?.measure.steps[place.step];
  return check && item ? { check, index: place.step, item } : null;
}

export function placeOf(found: FoundStep): StepPlace {
  return { measure: found.check.measure.index, step: found.index };
}

function placeKey(place: StepPlace): string {
  return `${place.measure}:${place.step}`;
}

/** The result numbered `n` in a measure (its written number, else its position). */
export function findResult(check: MeasureCheck, n: number): { index: number; item: Item } | null {
  const index = check.measure.results.findIndex((r, i) => (r.number ?? i + 1) === n);
  return index >= 0 ? { index, item: check.measure.results[index] } : null;
}

/**
 * Whether a step's or result's text in the table reads as a recorded one (`recorded` already
 * normalised, as `parseConfirmations` reads it): the one comparison behind a confirmation going
 * stale and a request refused for text that changed after the sidebar showed it.
 */
export function readsAs(current: string, recorded: string): boolean {
  return normalizeText(current) === recorded;
}

type Staleness = { th: string; en: string } | null;

/** Which step a confirmation row is about, and whether it still applies there. */
interface Resolution {
  /** The one step with the row's numbers and its recorded text (null when none or several). */
  step: FoundStep | null;
  /**
   * The steps the row may be about, for each of which it is the latest word so far: its step, else
   * every step with its numbers (a stale row whose step cannot be told takes back them all, so an
   * older row never speaks for a step again), else the several steps it cannot tell apart.
   */
  scope: FoundStep[];
  /** Why it does not apply (null when it does). */
  why: Staleness;
}

/**
 * Ties a row to its step by the numbers and the step text it recorded: among steps with the same
 * numbers (numbers may repeat) only the one whose text reads as recorded is its step; two with the
 * same numbers and the same text cannot be told apart, and the row applies to neither.
 */
function resolve(result: CheckResult, c: Confirmation): Resolution {
  const numerals = result.table.numerals;
  const numbered = stepsNumbered(result, c.measure, c.step);
  if (numbered.length === 0) return { step: null, scope: [], why: { th: 'ไม่พบขั้นตอนนี้ในตารางแล้ว', en: 'the step is no longer in the table' } };
  const same = numbered.filter((s) => readsAs(s.item.text, c.stepText));
  if (same.length === 0) return { step: null, scope: numbered, why: { th: 'ข้อความขั้นตอนเปลี่ยนไปหลังยืนยัน', en: 'the step text changed after it was confirmed' } };
  if (same.length > 1) {
    return {
      step: null,
      scope: same,
      why: { th: `ในตารางมีขั้นตอนเลขนี้ที่ข้อความเหมือนกัน ${formatNumber(same.length, numerals)} ข้อ จึงบอกไม่ได้ว่าหมายถึงข้อใด แก้เลขข้อไม่ให้ซ้ำ`, en: `${same.length} steps in the table have this number and this text, so which one is meant cannot be told; renumber them` },
    };
  }
  const step = same[0];
  return { step, scope: [step], why: resultStaleness(step, c) };
}

/** Why a "reported" confirmation no longer applies to its step: the chosen result changed (null when it still does). */
function resultStaleness(found: FoundStep, c: Confirmation): Staleness {
  if (c.verdict === 'not_done') return null;
  const res = findResult(found.check, c.result as number);
  if (!res) return { th: 'ไม่พบผลการดำเนินงานข้อที่เลือกไว้แล้ว', en: 'the chosen result is no longer there' };
  if (!readsAs(res.item.text, c.resultText)) return { th: 'ข้อความผลการดำเนินงานเปลี่ยนไปหลังยืนยัน', en: 'the result text changed after it was confirmed' };
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

/** A confirmation in effect for a step (keyed by the step's place). */
type InEffect = Map<string, { confirmation: Confirmation; step: Item }>;

/** The checks with each confirmed step's match carrying the confirmation (copies: the input is not changed). */
function withConfirmedMatches(checks: MeasureCheck[], current: InEffect): MeasureCheck[] {
  if (current.size === 0) return checks;
  return checks.map((check) => {
    const matches = check.matches.map((m) => {
      const hit = current.get(placeKey({ measure: check.measure.index, step: m.step }));
      return hit ? { ...m, confirmed: confirmedBy(hit.confirmation) } : m;
    });
    return { ...check, matches };
  });
}

/**
 * The sheet's rows read in order against the table: for each step the latest row about it decides,
 * so a stale row is never replaced by an older one that still reads right. Returns the confirmations
 * in effect by step and the stale rows that are still some step's latest word (or match no step).
 */
function settle(result: CheckResult, sheet: ConfirmationSheet): { current: InEffect; stale: { confirmation: Confirmation; why: NonNullable<Staleness> }[] } {
  const latest = new Map<string, { confirmation: Confirmation; resolution: Resolution }>();
  const stale = new Map<Confirmation, NonNullable<Staleness>>();
  for (const c of sheet.confirmations) {
    const resolution = resolve(result, c);
    if (resolution.scope.length === 0 && resolution.why) stale.set(c, resolution.why);
    for (const s of resolution.scope) latest.set(placeKey(placeOf(s)), { confirmation: c, resolution });
  }
  const current: InEffect = new Map();
  for (const [key, { confirmation, resolution }] of latest) {
    if (resolution.why) stale.set(confirmation, resolution.why);
    else if (resolution.step) current.set(key, { confirmation, step: resolution.step.item });
  }
  return { current, stale: [...stale].map(([confirmation, why]) => ({ confirmation, why })) };
}

/** The sheet with only the rows the verifier accepts (all of them when there is none to ask). */
export function trustedRows(sheet: ConfirmationSheet, verify?: ConfirmationVerifier): ConfirmationSheet {
  return verify ? { ...sheet, confirmations: sheet.confirmations.filter(verify) } : sheet;
}

/** The note a finding gets while a row typed in the sheet claims to settle it: it does not. */
function typedRowNote(finding: Finding, c: Confirmation, numerals: NumeralStyle): Finding {
  const row = formatNumber(c.row + 1, numerals);
  const who = c.by ? ` (ระบุผู้ยืนยันว่า ${c.by})` : '';
  const whoEn = c.by ? ` (it names ${c.by} as the confirmer)` : '';
  // A row with no signature at all is most often one an earlier version of the add-on recorded,
  // before it signed its rows: say so rather than call it typed in.
  const how = c.digest
    ? { th: 'ถูกพิมพ์หรือแก้ไขในชีต ไม่ตรงกับที่ส่วนเสริมบันทึก', en: 'was typed or changed in the sheet: it is not as the add-on recorded it' }
    : { th: 'ไม่มีรหัสตรวจสอบ (บันทึกก่อนส่วนเสริมรุ่นที่ลงรหัสการยืนยัน หรือพิมพ์ไว้ในชีตเอง)', en: 'has no signature (recorded before the add-on signed confirmations, or typed in the sheet)' };
  return {
    ...finding,
    message: `${finding.message} — ชีต ${SHEETS.confirmations} แถวที่ ${row} ${how.th} จึงไม่ทราบว่าใครยืนยันจริง${who} รายการนี้จึงยังไม่ถือว่ายืนยันแล้ว ยืนยันอีกครั้งผ่านแถบข้างหากถูกต้อง`,
    messageEn: `${finding.messageEn} — sheet ${SHEETS.confirmations} row ${c.row + 1} ${how.en}, so who confirmed it is not verified${whoEn}; the finding stays open: confirm it again in the sidebar if it holds`,
  };
}

/** Said once where rows cannot be verified (command line, preview): they are applied as read. */
export function unverifiedNotice(count: number, numerals: NumeralStyle): Finding {
  const finding = makeFinding('info', 'CONFIRMATION_UNVERIFIED', null, null, {},
    `อ่านการยืนยัน ${formatNumber(count, numerals)} แถวจากชีต ${SHEETS.confirmations} ตามที่เขียนไว้ ตรวจไม่ได้ว่าใครยืนยันจริง (ตรวจได้เฉพาะในส่วนเสริม)`,
    `${count} confirmation${count === 1 ? '' : 's'} read from sheet ${SHEETS.confirmations} as written; who confirmed ${count === 1 ? 'it' : 'them'} is not verified (only the add-on can verify)`);
  finding.sheet = SHEETS.confirmations;
  return finding;
}

/**
 * Applies the confirmations sheet to a check: a confirmation whose step (and, for 'reported', whose
 * result) still reads as it did turns that step's finding into an info line; a later row for the
 * same step replaces an earlier one (two coordinators: the last word counts), and when the later row
 * no longer applies the finding is back, never an earlier row's word. A step is the one with the
 * row's numbers and recorded text, so a confirmation never passes to another step with the same
 * number. Rows that no longer apply are listed as info lines; unusable rows come as warnings.
 * `verify` (the add-on): only rows it accepts count; a row typed in the sheet leaves its finding
 * open with a note saying so. Without it (command line, preview) every row counts (see unverifiedNotice).
 */
export function applyConfirmations(result: CheckResult, sheet: ConfirmationSheet, verify?: ConfirmationVerifier): CheckResult {
  if (sheet.confirmations.length === 0 && sheet.findings.length === 0) return result;
  const numerals = result.table.numerals;
  const trusted = trustedRows(sheet, verify);
  const { current, stale } = settle(result, trusted);
  // A typed row about a step still open: the latest such row is named on its finding.
  const typed = new Map<string, Confirmation>();
  for (const c of sheet.confirmations) {
    if (trusted.confirmations.includes(c)) continue;
    const step = resolve(result, c).step;
    if (step) typed.set(placeKey(placeOf(step)), c);
  }
  const notes: Finding[] = [...sheet.findings, ...stale.map((s) => staleFinding(s.confirmation, s.why, numerals))];
  const findings = result.findings.map((f) => {
    const key = isConfirmable(f) && f.place ? placeKey(f.place) : undefined;
    const hit = key ? current.get(key) : undefined;
    if (hit) return confirmedFinding(f, hit.confirmation, hit.step, numerals);
    const claim = key ? typed.get(key) : undefined;
    return claim ? typedRowNote(f, claim, numerals) : f;
  });
  const all = sortFindings([...findings, ...notes]);
  return { ...result, checks: withConfirmedMatches(result.checks, current), findings: all, ...countBySeverity(all) };
}

/** The rows of the sheet in effect now: each step's latest row, while its texts read as recorded. */
export function confirmationsInEffect(result: CheckResult, sheet: ConfirmationSheet): Set<Confirmation> {
  return new Set([...settle(result, sheet).current.values()].map((hit) => hit.confirmation));
}

/** The one step a row is about while its numbers and recorded text single it out (null otherwise). */
export function confirmedStep(result: CheckResult, c: Confirmation): FoundStep | null {
  return resolve(result, c).step;
}

/** How many findings a coordinator's confirmation settled (the publish log's column). */
export function confirmedCount(result: CheckResult): number {
  return result.findings.filter((f) => f.confirmedBy).length;
}

