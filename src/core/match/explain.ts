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

/** Whether the `)` at `at` closes an item letter or number at a word's start (`ก)`, `2)`): a list marker, no bracket. */
function closesItemMarker(text: string, at: number): boolean {
  return /(?:^|\s)[ก-ฮa-z0-9๐-๙]{1,2}$/i.test(text.slice(Math.max(0, at - 3), at));
}

/** Whether every mark of a pair in `text` has its partner, in order (a `)` with nothing open may be an item marker). */
function balanced(text: string, open: string, close: string): boolean {
  if (open === close) return (text.split(open).length - 1) % 2 === 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] !== close) continue;
    else if (depth > 0) depth--;
    else if (!(close === ')' && closesItemMarker(text, i))) return false;
  }
  return depth === 0;
}

const allBalanced = (text: string): boolean => PAIRED_MARKS.every(([open, close]) => balanced(text, open, close));

/** Whether each `mark` of `text`, taken in turns as opening and closing, stands as one does: after a space or before one. */
function quotesPlaced(text: string, mark: string): boolean {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1), count++) {
    const ok = count % 2 === 0 ? at === 0 || /\s/.test(text[at - 1]) : at === text.length - 1 || /[\s.,;:)]/.test(text[at + 1]);
    if (!ok) return false;
  }
  return true;
}

/**
 * The wording without a bracket or quote whose partner the shared run cuts off: first a stray mark
 * at either end (`Response Time)` from `(Response Time)`), then one inside, cut at the side that
 * keeps the most wording in whole pairs (for quotes that open and close alike, preferably standing
 * as quotes stand). A stray mark reads as a cut word.
 */
function withoutStrayMarks(text: string): string {
  let out = text;
  // Each pass makes the text shorter, so the loop ends.
  while (out && !allBalanced(out)) {
    const stray = PAIRED_MARKS.filter(([open, close]) => !balanced(out, open, close));
    const first = out[0];
    const last = out[out.length - 1];
    const atStart = stray.some(([open, close]) => first === close || (open === close && first === open));
    const atEnd = stray.some(([open, close]) => last === open || (open === close && last === close));
    if (atStart || atEnd) {
      out = (atEnd ? out.slice(0, -1) : out.slice(1)).trim();
      continue;
    }
    const marks = stray.flatMap(([open, close]) => [out.indexOf(open), out.lastIndexOf(open), out.indexOf(close), out.lastIndexOf(close)]).filter((at) => at >= 0);
    const sides = marks.flatMap((at) => [out.slice(0, at).trim(), out.slice(at + 1).trim()]);
    const whole = sides.filter(allBalanced);
    const quoted = whole.filter((side) => PAIRED_MARKS.some(([open, close]) => open === close && side.includes(open) && quotesPlaced(side, open)));
    const tiers = [quoted, whole, sides.filter((side) => stray.some(([open, close]) => balanced(side, open, close))), sides];
    out = (tiers.find((tier) => tier.length > 0) ?? sides).reduce((a, b) => (b.length > a.length ? b : a), '');
  }
  return out;
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
