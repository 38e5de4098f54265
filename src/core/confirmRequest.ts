/**
 * A coordinator's confirmation as the sidebar sends it, checked against the current table, and the
 * synonym pair offered when a "reported" confirmation joins wording the matcher did not connect.
 */
import type { CheckResult, ConfirmationVerdict, NumeralStyle, SourceRef, StepPlace } from './types';
import { InputError } from './errors';
import type { ConfirmationView } from './api';
import {
  MAX_REASON_LENGTH, confirmationRow, confirmationsInEffect, confirmedStep, findResult, isConfirmable, placeOf, readsAs, stepAt, stepsNumbered, trustedRows,
  type Confirmation, type ConfirmationSheet, type FoundStep, type ConfirmationVerifier,
} from './confirmations';
import { SHEETS } from './settings';
import { describeRef, itemLabel, measureLabel } from './messages';
import { knownPair } from './synonymSheet';
import { DEFAULT_SYNONYMS } from './match/lexicon';
import { intlSegmenter } from './match/words';
import { formatNumber, normalizeText } from './text';

export interface ConfirmRequest {
  /** Measure and step numbers as the finding shows them. */
  measure: number;
  step: number;
  /** The finding's step place (`Finding.place`): which step is meant when its numbers repeat. */
  place?: StepPlace;
  /** The step's text as the sidebar showed it (`FindingView.stepText`): refused when the table no longer reads so. */
  stepText: string;
  verdict: ConfirmationVerdict;
  /** The result that reports the step (required for 'reported'). */
  result?: number | null;
  /** That result's text as the sidebar listed it (required with `result`). */
  resultText?: string;
  /** Required for 'not_done'. */
  reason?: string;
}

function bad(th: string, en: string): InputError {
  return new InputError('BAD_CONFIRMATION', th, en);
}

function isPlace(value: unknown): value is StepPlace {
  const place = value as StepPlace | null | undefined;
  return typeof place === 'object' && place !== null && Number.isInteger(place.measure) && Number.isInteger(place.step);
}

/**
 * The step a request is about: the one at its place, which must still carry its numbers; without a
 * place, the only step with those numbers. Refused, naming the numbers, when the step cannot be told
 * apart from another: a repeated number without a place, or (since a row is tied to its step by
 * numbers and text) another step with the same numbers and the same text.
 */
function requestedStep(result: CheckResult, request: ConfirmRequest, measure: number, step: number, label: (lang: 'th' | 'en') => string): FoundStep {
  const numerals = result.table.numerals;
  const numbered = Number.isInteger(measure) && Number.isInteger(step) ? stepsNumbered(result, measure, step) : [];
  const notThere = () => bad(`ไม่พบ${label('th')} ในตาราง อาจถูกแก้ไขไปแล้ว กดตรวจสอบใหม่`, `${label('en')} is not in the table (it may have been edited): validate again`);
  let found: FoundStep | undefined;
  if (isPlace(request.place)) {
    const at = stepAt(result, request.place);
    found = numbered.find((s) => at !== null && s.check === at.check && s.index === at.index);
    if (!found) throw notThere();
  } else {
    if (numbered.length > 1) {
      throw bad(
        `${label('th')} มี ${formatNumber(numbered.length, numerals)} ข้อในตาราง (เลขข้อซ้ำ) จึงบอกไม่ได้ว่าหมายถึงข้อใด แก้เลขข้อไม่ให้ซ้ำ แล้วกดตรวจสอบใหม่`,
        `${label('en')} occurs ${numbered.length} times in the table (the number repeats), so which one is meant cannot be told; renumber, then validate again`,
      );
    }
    found = numbered[0];
    if (!found) throw notThere();
  }
  const text = normalizeText(found.item.text);
  const twins = numbered.filter((s) => s !== found && normalizeText(s.item.text) === text).length;
  if (twins > 0) {
    throw bad(
      `${label('th')} มี ${formatNumber(twins + 1, numerals)} ข้อในตารางที่ข้อความเหมือนกัน (เลขข้อซ้ำ) การยืนยันจึงผูกกับข้อใดข้อหนึ่งไม่ได้ แก้เลขข้อหรือข้อความไม่ให้ซ้ำ แล้วกดตรวจสอบใหม่`,
      `${label('en')} occurs ${twins + 1} times in the table with the same text (the number repeats), so a confirmation cannot be tied to one of them; renumber or reword, then validate again`,
    );
  }
  return found;
}

/** Where to look again, as the refusal names it: the step or result and its cell. */
function placed(what: (lang: 'th' | 'en') => string, item: { ref: SourceRef }): (lang: 'th' | 'en') => string {
  return (lang) => `${what(lang)} (${describeRef(item.ref, lang)})`;
}

/** The table moved on since the coordinator validated: what they saw is not what the cell holds now. */
function editedSinceShown(what: (lang: 'th' | 'en') => string): InputError {
  const th = what('th');
  const en = what('en');
  return bad(
    `${th} ถูกแก้ไขหลังจากกดตรวจสอบ ข้อความในตารางตอนนี้ไม่ตรงกับที่แสดงในแถบด้านข้าง จึงยังไม่บันทึกการยืนยัน กดตรวจสอบใหม่ แล้วยืนยันอีกครั้ง`,
    `${en.charAt(0).toUpperCase()}${en.slice(1)} was edited after you validated: its text no longer reads as the sidebar showed it, so nothing was recorded; validate again, then confirm`,
  );
}

/**
 * A confirmation request as a caller sent it, read strictly: through google.script.run (or the
 * preview's HTTP bridge) anything may arrive, so every field must have its type, and the texts the
 * sidebar showed must be there (a request without them would record whatever the table says now).
 */
export function confirmRequestOf(arg: unknown, numerals: NumeralStyle): ConfirmRequest {
  const raw = (typeof arg === 'object' && arg !== null ? arg : {}) as Record<string, unknown>;
  const { measure, step, place, stepText, verdict, result, resultText, reason } = raw;
  if (!Number.isInteger(measure) || !Number.isInteger(step)) {
    throw bad('คำขอยืนยันไม่มีเลขมาตรการและเลขขั้นตอน ปิดแถบด้านข้างแล้วเปิดใหม่ กดตรวจสอบ แล้วยืนยันอีกครั้ง', 'The confirmation lacks the measure and step numbers; close and reopen the sidebar, validate, then confirm again');
  }
  const label = (lang: 'th' | 'en') => `${measureLabel(measure as number, numerals, lang)} ${itemLabel('step', step as number, numerals, lang)}`;
  const lacks = (th: string, en: string) => bad(
    `คำขอยืนยัน${label('th')} ไม่มี${th}ที่แถบด้านข้างแสดงไว้ ปิดแถบด้านข้างแล้วเปิดใหม่ กดตรวจสอบ แล้วยืนยันอีกครั้ง`,
    `The confirmation of ${label('en')} lacks the ${en} the sidebar showed; close and reopen the sidebar, validate, then confirm again`,
  );
  if (place !== undefined && place !== null && !isPlace(place)) throw lacks('ตำแหน่งของขั้นตอน', 'step\'s place');
  if (typeof stepText !== 'string' || normalizeText(stepText) === '') throw lacks('ข้อความขั้นตอน', 'step text');
  if (verdict !== 'reported' && verdict !== 'not_done') throw bad('เลือก “ยืนยันว่ารายงานแล้ว” หรือ “ยืนยันว่ายังไม่ได้ทำ”', 'Choose “reported” or “not done”');
  if (reason !== undefined && reason !== null && typeof reason !== 'string') throw bad('เหตุผลต้องเป็นข้อความ', 'The reason must be text');
  const request: ConfirmRequest = { measure: measure as number, step: step as number, stepText, verdict, reason: reason ?? '', ...(isPlace(place) ? { place } : {}) };
  if (verdict === 'not_done') return request;
  // "reported" without a result is refused later, naming the step; with one, the text it was listed with is required.
  if (result === undefined || result === null) return { ...request, result: null };
  if (!Number.isInteger(result)) throw bad(`เลือกผลการดำเนินงานที่รายงาน${label('th')}`, `Pick the result that reports ${label('en')}`);
  if (typeof resultText !== 'string' || normalizeText(resultText) === '') throw lacks('ข้อความผลการดำเนินงาน', 'result text');
  return { ...request, result: result as number, resultText };
}

/**
 * The confirmation to record, with the step's and result's text as they read now, which must be
 * the texts the sidebar showed (compared as the staleness check compares them), so a coordinator
 * never confirms a step or result a co-editor rewrote or renumbered after they validated. `arg` is
 * the request as the caller sent it (checked by `confirmRequestOf`). Throws an InputError naming
 * the measure and step (and the cell) when the request does not fit the table.
 */
export function buildConfirmation(result: CheckResult, arg: unknown, by: string, at: string): Confirmation {
  const numerals: NumeralStyle = result.table.numerals;
  const request = confirmRequestOf(arg, numerals);
  const { measure, step } = request;
  const label = (lang: 'th' | 'en') => `${measureLabel(measure, numerals, lang)} ${itemLabel('step', step, numerals, lang)}`;
  const found = requestedStep(result, request, measure, step, label);
  if (!readsAs(found.item.text, normalizeText(request.stepText))) throw editedSinceShown(placed(label, found.item));
  const place = placeOf(found);
  const open = result.findings.some((f) => isConfirmable(f) && f.place?.measure === place.measure && f.place.step === place.step);
  if (!open) throw bad(`${label('th')} ไม่มีข้อสังเกตที่ต้องยืนยัน (ผลตรวจล่าสุดพบว่ารายงานแล้ว)`, `${label('en')} has nothing to confirm (the latest check finds it reported)`);
  const reason = normalizeText(request.reason ?? '');
  if (Array.from(reason).length > MAX_REASON_LENGTH) throw bad(`เหตุผลยาวเกิน ${MAX_REASON_LENGTH} ตัวอักษร เขียนให้สั้นลง`, `The reason is longer than ${MAX_REASON_LENGTH} characters`);
  const base = { measure, step, reason, by, at, stepText: found.item.text, row: -1 };
  if (request.verdict === 'not_done') {
    if (!reason) throw bad('ยืนยันว่ายังไม่ได้ทำต้องใส่เหตุผลสั้น ๆ', 'Confirming “not done” needs a short reason');
    return { ...base, verdict: 'not_done', result: null, resultText: '' };
  }
  const res = request.result === null || request.result === undefined ? null : findResult(found.check, request.result);
  if (!res) throw bad(`เลือกผลการดำเนินงานที่รายงาน${label('th')}`, `Pick the result that reports ${label('en')}`);
  const resultLabel = (lang: 'th' | 'en') => `${itemLabel('result', request.result as number, numerals, lang)} ${lang === 'th' ? 'ของ' : 'of '}${measureLabel(measure, numerals, lang)}`;
  if (!readsAs(res.item.text, normalizeText(request.resultText ?? ''))) throw editedSinceShown(placed(resultLabel, res.item));
  return { ...base, verdict: 'reported', result: request.result as number, resultText: res.item.text };
}

/** Openings that carry no action of their own: causatives, fillers, the staff a step is addressed to. */
const FILLER_WORDS = new Set([
  'ส่งเสริม', 'สนับสนุน', 'ให้', 'จัดให้มี', 'ได้', 'มีการ', 'การ', 'และ', 'ทุก', 'ต่าง', 'ๆ', 'ต่างๆ', 'ทาง',
  'หน่วยงาน', 'พนักงาน', 'เจ้าหน้าที่', 'เจ้า', 'หน้าที่', 'บุคลากร', 'ข้าราชการ', 'ลูกจ้าง',
]);
/** A unit of the agency as a result's subject ("กองคลังประชาสัมพันธ์…"): the head and its name are skipped. */
const SUBJECT_HEADS = new Set(['กอง', 'ส่วน', 'สำนัก', 'ฝ่าย', 'งาน', 'กลุ่ม', 'ศูนย์']);

/**
 * The action a step or result opens with (where Thai puts it), after fillers, the staff addressed
 * and a unit named as subject; joined with the next word while shorter than five letters (or when
 * `การ` follows), as
 * segmenters split compounds. Only a proposal: the coordinator edits it before adding. Without a
 * segmenter, the opening run of text (up to 12 letters).
 */
export function leadingAction(text: string): string {
  const clean = normalizeText(text).replace(/^[\s\d๐-๙.)(•-]+/, '');
  const segmenter = intlSegmenter();
  if (!segmenter) return Array.from(clean.split(/\s/)[0] ?? '').slice(0, 12).join('');
  const words = [...segmenter.segment(clean)].filter((p) => p.isWordLike !== false).map((p) => p.segment.trim()).filter(Boolean);
  let i = 0;
  while (i < words.length - 1) {
    // Segmenters split some compounds (ส่ง|เสริม): a filler may span two segments.
    if (SUBJECT_HEADS.has(words[i])) {
      i += 2;
      continue;
    }
    const span = [3, 2, 1].find((n) => i + n < words.length && FILLER_WORDS.has(words.slice(i, i + n).join('')));
    if (!span) break;
    i += span;
  }
  let word = '';
  for (; i < words.length && (Array.from(word).length < 5 || words[i] === 'การ'); i++) word += words[i];
  return word;
}

export interface SynonymOffer {
  /** The step's and the result's action words, proposed as one synonym group. */
  stepWords: string;
  resultWords: string;
}

/**
 * When a coordinator says a result reports a step the matcher did not connect strongly, the pair of
 * action words to offer for the agency's synonyms sheet; null when the matcher already connected
 * them or the pair is known.
 */
export function synonymOffer(result: CheckResult, c: Confirmation, known: readonly (readonly string[])[]): SynonymOffer | null {
  if (c.verdict !== 'reported' || c.result === null) return null;
  const found = confirmedStep(result, c);
  if (!found) return null;
  const res = findResult(found.check, c.result);
  const match = found.check.matches.find((m) => m.step === found.index);
  if (!res || (match && match.strength === 'strong' && match.results.includes(res.index))) return null;
  const stepWords = leadingAction(found.item.text);
  const resultWords = leadingAction(res.item.text);
  if (!stepWords || !resultWords || stepWords === resultWords || knownPair(stepWords, resultWords, known)) return null;
  return { stepWords, resultWords };
}

/** "Recorded" in words, naming the step and the sheet row (Thai and English). */
export function recordedMessage(c: Confirmation, row: number, numerals: NumeralStyle): { message: string; messageEn: string } {
  const what = (lang: 'th' | 'en') => `${measureLabel(c.measure, numerals, lang)} ${itemLabel('step', c.step, numerals, lang)}`;
  const verdictTh = c.verdict === 'reported' ? `รายงานแล้วใน${itemLabel('result', c.result as number, numerals, 'th')}` : 'ยังไม่ได้ทำ';
  const verdictEn = c.verdict === 'reported' ? `reported by result ${c.result}` : 'not done';
  return {
    message: `บันทึกการยืนยัน${what('th')} ว่า${verdictTh} แล้ว (ชีต ${SHEETS.confirmations} แถวที่ ${row})`,
    messageEn: `Recorded: ${what('en')} ${verdictEn} (sheet ${SHEETS.confirmations} row ${row})`,
  };
}

/** The confirmations sheet as the sidebar lists it, each row saying whether it still applies. */
export function confirmationViews(result: CheckResult, sheet: ConfirmationSheet, verify?: ConfirmationVerifier): ConfirmationView[] {
  const inEffect = confirmationsInEffect(result, trustedRows(sheet, verify));
  return sheet.confirmations.map((c) => ({
    row: c.row + 1,
    measure: c.measure,
    step: c.step,
    result: c.result,
    verdict: c.verdict,
    reason: c.reason,
    by: c.by,
    at: c.at,
    applies: inEffect.has(c),
    ...(verify ? { verified: verify(c) } : {}),
  }));
}

/** What recording a confirmation takes: the checked confirmation, its sheet row and the synonym offer. */
export function planConfirmation(
  result: CheckResult,
  request: unknown,
  by: string,
  at: string,
  agencySynonyms: readonly (readonly string[])[],
): { confirmation: Confirmation; row: (string | number)[]; offer: SynonymOffer | null } {
  const confirmation = buildConfirmation(result, request, by, at);
  return {
    confirmation,
    row: confirmationRow(confirmation),
    offer: synonymOffer(result, confirmation, [...DEFAULT_SYNONYMS, ...agencySynonyms]),
  };
}
