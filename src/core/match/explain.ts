import type { Item, MatchStrength, NumeralStyle, StepEvidence } from '../types';
import { itemLabel, percent, quote } from '../messages';
import { GRAM, charBits, gramCode } from './grams';
import type { WordFinder } from './words';

/**
 * Stage 6 of matching: saying why, in whole words. The shared wording is the longest run of the
 * step's words that also stands in the result, trimmed to word boundaries so it never starts or
 * ends inside a word.
 */

/** Reused by sharedWording: one set, cleared per call, instead of a new one per match. */
const resultGrams = new Set<number>();

/** Runs of the step (start, end) whose every trigram stands in the result. */
function sharedRuns(a: string, b: string): { start: number; end: number }[] {
  const bits = charBits();
  resultGrams.clear();
  for (let i = 0; i + GRAM <= b.length; i++) resultGrams.add(gramCode(b, i, GRAM, bits));
  const runs: { start: number; end: number }[] = [];
  let runStart = -1;
  for (let i = 0; i + GRAM <= a.length + 1; i++) {
    const hit = i + GRAM <= a.length && resultGrams.has(gramCode(a, i, GRAM, bits));
    if (hit && runStart < 0) runStart = i;
    if (!hit && runStart >= 0) {
      runs.push({ start: runStart, end: i - 1 + GRAM });
      runStart = -1;
    }
  }
  return runs;
}

/** The longest whole-word run of the step's own words that also stands in the result. */
export function sharedWording(step: string, result: string, words: WordFinder): string {
  // Item texts are already NFC (normalizeText); only case needs folding here.
  const runs = sharedRuns(step.toLowerCase(), result.toLowerCase());
  if (runs.length === 0) return '';
  const bounds = [...words.boundaries(step)].sort((x, y) => x - y);
  let best = { start: 0, end: 0 };
  for (const run of runs) {
    // Shrink to the nearest boundaries inside the run: whole words only.
    const start = bounds.find((p) => p >= run.start) ?? run.end;
    let end = start;
    for (const p of bounds) if (p <= run.end) end = p;
    if (end - start > best.end - best.start) best = { start, end };
  }
  return withoutStrayMarks(step.slice(best.start, best.end).trim());
}

/** Brackets and quotes that open and close each other. */
const PAIRED_MARKS: readonly (readonly [string, string])[] = [['(', ')'], ['[', ']'], ['{', '}'], ['“', '”'], ['‘', '’'], ['"', '"']];

/** An apostrophe (`People’s`): a closing single quote between two Latin letters, no quote at all. */
function isApostrophe(text: string, at: number): boolean {
  return text[at] === '’' && /[A-Za-z]/.test(text[at - 1] ?? '') && /[A-Za-z]/.test(text[at + 1] ?? '');
}

/** Whether the mark at `at` (one of a pair) has its partner in `text`. */
function paired(text: string, at: number, open: string, close: string): boolean {
  if (open === close) return (text.split(open).length - 1) % 2 === 0;
  const step = text[at] === open ? 1 : -1;
  let depth = 0;
  for (let i = at; i >= 0 && i < text.length; i += step) {
    if (isApostrophe(text, i)) continue;
    if (text[i] === (step > 0 ? open : close)) depth++;
    else if (text[i] === (step > 0 ? close : open) && --depth === 0) return true;
  }
  return false;
}

/**
 * Whether the mark at an end of `text` (`at` is 0 or the last place) is one of a pair without its
 * partner (see the quotes that open and close alike below).
 */
function strayAt(text: string, at: number): boolean {
  if (isApostrophe(text, at)) return false;
  return PAIRED_MARKS.some(([open, close]) => {
    if (text[at] !== open && text[at] !== close) return false;
    if (open !== close) return !paired(text, at, open, close);
    // Quotes that open and close alike pair by count: with an odd count, the one at this end is the
    // stray one when it is the only one or stands as the cut-off half does.
    const count = text.split(open).length - 1;
    if (count % 2 === 0) return false;
    return count === 1 || (at === 0 ? /\s/.test(text[1] ?? ' ') : /\s/.test(text[at - 1] ?? ' '));
  });
}

/**
 * The wording without a bracket or quote at either end whose partner the shared run cut off
 * (`Response Time)` from `(Response Time)`, `ออนไลน์ (` before `(QR Code)`): such a mark reads as a
 * cut word. Marks inside are left as they are: cutting there could lose wording that is shared.
 */
function withoutStrayMarks(text: string): string {
  let out = text;
  // Each pass drops a character, so the loop ends.
  for (;;) {
    if (out && strayAt(out, out.length - 1)) out = out.slice(0, -1).trimEnd();
    else if (out && strayAt(out, 0)) out = out.slice(1).trimStart();
    else return out;
  }
}

function resultsLabel(resultIndexes: number[], results: Item[], numerals: NumeralStyle, lang: 'th' | 'en'): string {
  return resultIndexes
    .map((r) => itemLabel('result', results[r].number ?? r + 1, numerals, lang))
    .join(lang === 'th' ? ' และ ' : ' and ');
}

/** One line on how the step is reported, without the shared wording (the same in every runtime). */
export function matchSummary(
  strength: MatchStrength,
  evidence: StepEvidence,
  cue: string,
  resultIndexes: number[],
  results: Item[],
  score: number,
  numerals: NumeralStyle,
  /** Weak because the results name only some of the step's acts, not for lack of shared wording. */
  someActs = false,
): { th: string; en: string } {
  if (evidence !== 'done' && resultIndexes.length > 0) {
    const labelTh = resultsLabel(resultIndexes, results, numerals, 'th');
    const labelEn = resultsLabel(resultIndexes, results, numerals, 'en');
    return evidence === 'not_done'
      ? { th: `${labelTh} รายงานว่ายังไม่ได้ทำขั้นตอนนี้ (${quote(cue, 30)})`, en: `${labelEn} reports this step as not done (${quote(cue, 30)})` }
      : { th: `${labelTh} รายงานว่าขั้นตอนนี้ยังอยู่ระหว่างดำเนินการ (${quote(cue, 30)})`, en: `${labelEn} reports this step as still in progress (${quote(cue, 30)})` };
  }
  if (strength === 'none' || resultIndexes.length === 0) {
    return {
      th: `ไม่มีผลการดำเนินงานข้อใดรายงานขั้นตอนนี้ (ตรงกันมากที่สุด ${percent(score, numerals, 'th')})`,
      en: `No result reports this step (best overlap ${percent(score, numerals, 'en')})`,
    };
  }
  const weakTh = someActs ? 'อาจรายงานขั้นตอนนี้ แต่กล่าวถึงการดำเนินการเพียงบางส่วนของขั้นตอน' : 'อาจรายงานขั้นตอนนี้ แต่ถ้อยคำตรงกันน้อย';
  const levelTh = strength === 'strong' ? 'รายงานขั้นตอนนี้' : weakTh;
  const several = resultIndexes.length > 1;
  const levelEn = strength === 'strong'
    ? `${several ? 'report' : 'reports'} this step`
    : someActs ? 'may report this step, but names only some of its actions' : 'may report this step, but the wording overlaps little';
  return {
    th: `${resultsLabel(resultIndexes, results, numerals, 'th')} ${levelTh} (ตรงกัน ${percent(score, numerals, 'th')})`,
    en: `${resultsLabel(resultIndexes, results, numerals, 'en')} ${levelEn} (${percent(score, numerals, 'en')} overlap)`,
  };
}

/** The summary plus the wording the step and its result share. */
export function explainMatch(summary: { th: string; en: string }, shared: string): { why: string; whyEn: string } {
  return {
    why: shared ? `${summary.th} คำที่ตรงกัน ${quote(shared, 40)}` : summary.th,
    whyEn: shared ? `${summary.en}; shared wording ${quote(shared, 40)}` : summary.en,
  };
}
