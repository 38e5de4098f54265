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
  return withoutStrayMarks(step, best.start, best.end);
}

/** Brackets and quotes that open and close each other. */
const PAIRED_MARKS: readonly (readonly [string, string])[] = [['(', ')'], ['[', ']'], ['{', '}'], ['“', '”'], ['‘', '’'], ['"', '"']];

/** An apostrophe (`People’s`): a closing single quote between two Latin letters, no quote at all. */
function isApostrophe(text: string, at: number): boolean {
  return text[at] === '’' && /[A-Za-z]/.test(text[at - 1] ?? '') && /[A-Za-z]/.test(text[at + 1] ?? '');
}

/** Whether a quote at `at` stands as an opening one (after a space, the start or a bracket, before a letter). */
const opensLike = (text: string, at: number) => (at === 0 || /[\s(\[{“‘]/.test(text[at - 1])) && at + 1 < text.length && !/\s/.test(text[at + 1]);
/** Whether a quote at `at` stands as a closing one (after a letter, before a space, the end or punctuation). */
const closesLike = (text: string, at: number) => at > 0 && !/\s/.test(text[at - 1]) && (at + 1 === text.length || /[\s.,;:!?)\]}”’]/.test(text[at + 1]));

/**
 * The partner of every paired mark of the whole step (position → position): brackets and curly
 * quotes by nesting; quotes that open and close alike in turns, by where they stand, so a lone one
 * (an inch mark `55"`, a typo) does not shift the pairs after it. A mark without one in the step
 * (a list marker's `2)`, a lone quote, an apostrophe) is left out.
 */
function markPartners(step: string): Map<number, number> {
  const partners = new Map<number, number>();
  for (const [open, close] of PAIRED_MARKS) {
    const waiting: number[] = [];
    for (let i = 0; i < step.length; i++) {
      if (open === close) {
        if (step[i] !== open) continue;
        const opened = waiting[0];
        if (opened !== undefined && !opensLike(step, i)) {
          partners.set(opened, i).set(i, opened);
          waiting.length = 0;
        } else if (opensLike(step, i) || (opened === undefined && !closesLike(step, i))) waiting[0] = i;
      } else if (step[i] === open) waiting.push(i);
      else if (step[i] === close && !isApostrophe(step, i)) {
        const opened = waiting.pop();
        if (opened !== undefined) partners.set(opened, i).set(i, opened);
      }
    }
  }
  return partners;
}

/** Whether the mark at `at` opens a pair: an opening bracket or curly quote, or a quote standing as one. */
function isOpening(text: string, at: number): boolean {
  return PAIRED_MARKS.some(([open, close]) => text[at] === open && (open !== close || opensLike(text, at)));
}

/** Whether the mark at `at` closes a pair, as isOpening (an apostrophe is none). */
function isClosing(text: string, at: number): boolean {
  return !isApostrophe(text, at) && PAIRED_MARKS.some(([open, close]) => text[at] === close && (open !== close || closesLike(text, at)));
}

/**
 * The step's wording from `start` to `end`, without a bracket or quote at either end whose partner
 * stands outside it (`Response Time)` from `(Response Time)`, `"` opening a quote the run cut off),
 * nor an opening mark last or a closing one first that has no partner at all (`จัดอบรม (`): such a
 * mark reads as a cut word. Pairs are read on the whole step, so a list marker's `2)` stays; marks
 * inside the wording are left as they are.
 */
function withoutStrayMarks(step: string, start: number, end: number): string {
  const partners = markPartners(step);
  const outside = (at: number) => {
    const partner = partners.get(at);
    return partner !== undefined && (partner < start || partner >= end);
  };
  const unpaired = (at: number, opening: boolean) => !partners.has(at) && (opening ? isOpening(step, at) : isClosing(step, at));
  const blank = /\s/;
  // Each pass moves an end inwards, so the loop ends.
  for (;;) {
    while (start < end && blank.test(step[start])) start++;
    while (end > start && blank.test(step[end - 1])) end--;
    if (start < end && (outside(end - 1) || unpaired(end - 1, true))) end--;
    else if (start < end && (outside(start) || unpaired(start, false))) start++;
    else return step.slice(start, end);
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
