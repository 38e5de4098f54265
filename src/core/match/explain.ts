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

/** An item letter or number closed by a bracket (`ก)`, `2)`) at a word's start: a list marker, no bracket. */
const ITEM_MARKER = /(^|\s)[ก-ฮa-z0-9๐-๙]{1,2}\)/gi;

/** Whether every mark of a pair in `text` has its partner, in order (item markers aside). */
function balanced(text: string, open: string, close: string): boolean {
  const plain = text.replace(ITEM_MARKER, '$1');
  if (open === close) return (plain.split(open).length - 1) % 2 === 0;
  let depth = 0;
  for (const ch of plain) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}

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
 * The wording without a bracket or quote whose partner the shared run cuts off (`Response Time)`
 * from `(Response Time)`): of the text on either side of the first and the last such mark, the
 * longest that holds only whole pairs. A stray mark reads as a cut word.
 */
function withoutStrayMarks(text: string): string {
  let out = text;
  for (const [open, close] of PAIRED_MARKS) {
    while (out && !balanced(out, open, close)) {
      const marks = [out.indexOf(open), out.lastIndexOf(open), out.indexOf(close), out.lastIndexOf(close)].filter((at) => at >= 0);
      const sides = marks.flatMap((at) => [out.slice(0, at).trim(), out.slice(at + 1).trim()]);
      const whole = sides.filter((side) => balanced(side, open, close));
      // (A mark that both opens and closes pairs by count alone: a side whose quotes also stand where
      // quotes stand, opening after a space and closing before one, is the likelier reading.)
      const placed = open === close ? whole.filter((side) => quotesPlaced(side, open)) : whole;
      // Each side is shorter than the text, so the loop ends.
      out = ([placed, whole].find((list) => list.length > 0) ?? sides).reduce((a, b) => (b.length > a.length ? b : a), '');
    }
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
