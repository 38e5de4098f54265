import type { Item } from '../types';
import { STRONG_MATCH } from './score';
import { normaliseForMatch } from './normalise';

/**
 * Structural evidence for matching: how a measure's results are laid out against its steps.
 * Agencies write results in the order of the steps (on the tune half, 85 of 106 reported steps
 * are reported by the result in the same place). When a measure's results visibly run parallel to
 * its steps, the result in a step's own place is prior evidence that it reports that step, whatever
 * words it uses. This holds across agencies; it is no sentence fix.
 */

/** Share of the pairs a measure's wording can judge that must fall in their own place for the measure to run parallel. */
const MOSTLY = 2 / 3;
/** A result is about another step when that step's share of it is strong and this much above this step's. */
export const OTHER_STEP_MARGIN = 0.3;

/**
 * The result in each step's own place, or null: by number when every result is numbered (distinct
 * numbers, and distinct step numbers: a step's number is the one written, else its position), by position when steps and results
 * are as many and the results are not numbered, and none otherwise (a few paragraphs for many steps
 * say nothing about which step each one reports).
 */
export function placedResults(steps: readonly Item[], results: readonly Item[]): (number | null)[] {
  const numbers = results.map((r) => r.number);
  const numbered = numbers.length > 0 && numbers.every((n) => n !== null) && new Set(numbers).size === numbers.length;
  if (numbered) {
    const stepNumbers = steps.map((step, s) => step.number ?? s + 1);
    if (new Set(stepNumbers).size !== stepNumbers.length) return steps.map(() => null);
    return stepNumbers.map((n) => {
      const r = numbers.indexOf(n);
      return r < 0 ? null : r;
    });
  }
  if (steps.length === results.length && numbers.every((n) => n === null)) return steps.map((_, s) => s);
  return steps.map(() => null);
}

/** A step's best lexical report: the result(s) chosen, and whether the wording alone points at them (a weak or strong match). */
export interface LexicalPick {
  chosen: readonly number[];
  judged: boolean;
}

/**
 * Whether the results run parallel to the steps: of the steps the wording alone can pair with a
 * result (even weakly), most pair with the result in their own place, and at least one does. A step
 * whose wording points at another result than the one in its place (or at any, when its place is
 * empty) counts against it.
 */
export function runsParallel(placed: readonly (number | null)[], picks: readonly LexicalPick[]): boolean {
  let agree = 0;
  let judged = 0;
  placed.forEach((r, s) => {
    if (!picks[s].judged) return;
    judged++;
    if (r !== null && picks[s].chosen[0] === r) agree++;
  });
  return agree > 0 && agree >= judged * MOSTLY;
}

/** What a step's place in the measure says. */
export interface StepPlace {
  /** The result in the step's own place, when the measure's results run parallel to its steps. */
  prior: number | null;
  /**
   * Results standing in other steps' places that clearly report those steps (only when the results
   * run parallel): a weak overlap with these alone does not report this step.
   */
  taken: number[];
}

/** Each step's place: evidence only in a measure whose results run parallel to its steps. */
export function stepPlaces(steps: readonly Item[], results: readonly Item[], picks: readonly LexicalPick[], clear: readonly boolean[]): StepPlace[] {
  const placed = placedResults(steps, results);
  if (!runsParallel(placed, picks)) return placed.map(() => ({ prior: null, taken: [] }));
  const owned = placed.map((r, t) => (r !== null && clear[t] && picks[t].chosen[0] === r ? r : null));
  return placed.map((prior, s) => ({ prior, taken: owned.filter((r, t): r is number => t !== s && r !== null) }));
}

/** Appended to a match's summary when where the results stand decided it. */
export const PLACED_NOTE = {
  place: {
    th: 'ผลข้อนี้อยู่ลำดับเดียวกับขั้นตอน และผลของมาตรการนี้เรียงตามขั้นตอน',
    en: 'this result stands in the step\'s own place, and this measure\'s results follow its steps',
  },
  order: {
    th: 'ผลข้อนี้อยู่ตรงลำดับของขั้นตอนนี้ในผลที่เรียงตามขั้นตอน',
    en: 'this result stands where the step falls in the order of the results',
  },
  taken: {
    th: 'ผลที่มีถ้อยคำตรงกันอยู่ในลำดับของขั้นตอนอื่นและรายงานขั้นตอนนั้น',
    en: 'the results sharing its wording stand in other steps\' places and report those steps',
  },
  bestFit: {
    th: 'ผลข้อนี้ตรงกับขั้นตอนนี้มากกว่าขั้นตอนอื่นของมาตรการ',
    en: 'this result fits this step better than any other step of the measure',
  },
  noCases: {
    th: 'ผลข้อนี้รายงานว่าไม่มีเรื่องร้องเรียนเข้ามา จึงไม่มีเรื่องที่ต้องดำเนินการตามขั้นตอนนี้',
    en: 'this result says no complaint came in, so there was nothing for this step to act on',
  },
  leftover: {
    th: 'ผลข้อนี้ไม่ได้รายงานขั้นตอนอื่นของมาตรการ จึงน่าจะรายงานขั้นตอนนี้ด้วยถ้อยคำอื่น',
    en: 'this result reports no other step of the measure, so it likely reports this one in other words',
  },
} as const;

/**
 * A step that acts on each case as it comes (ตอบกลับผู้ร้องเรียน…, ส่งเรื่องร้องเรียน…ให้…, ส่งเรื่องที่เกี่ยวกับ
 * การทุจริตให้…, แจ้งเบาะแส…).
 */
const CASE_STEP = /ร้องเรียน|ร้องทุกข์|ผู้ร้อง|เบาะแส|เรื่อง(?:ที่)?(?:เกี่ยวกับ|เกี่ยวข้องกับ|เข้าข่าย)?(?:การ)?ทุจริต/;
/**
 * …unlike one that sums up or studies the cases, which a year without cases does not do; reporting
 * is summing up when it is periodic (รายงานทุกเดือน), and passing each case on when it is not
 * (รายงานเรื่องร้องเรียนการทุจริตไปยังสำนักงานใหญ่).
 */
const SUMMING_UP = /สรุป|วิเคราะห์|สถิติ|ประเมิน|ทบทวน|จัดทำ/;
const PERIODIC_REPORT = /รายงาน.*(?:ทุก|ราย(?:เดือน|ไตรมาส|ปี|สัปดาห์)|ประจำ|ไตรมาส|รอบ|สิ้น)/;
/** A result saying no such case came (ไม่มีเรื่องร้องเรียน, ไม่พบเรื่องเกี่ยวกับการทุจริต). */
const NO_CASES = new RegExp([
  'ไม่(?:มี|พบ|ปรากฏ)[ก-๎]{0,30}?(?:ร้องเรียน|ร้องทุกข์|ทุจริต)', // ไม่มีเรื่องใดเข้าข่ายการทุจริต, ไม่มีเรื่องที่กล่าวหาเจ้าหน้าที่ทุจริต
  '(?:ร้องเรียน|ร้องทุกข์|ทุจริต)[ก-๎]{0,20}?ไม่(?:มี|พบ|ปรากฏ)', // เรื่องร้องเรียนกรณีทุจริตไม่ปรากฏ, …การทุจริตของเจ้าหน้าที่ไม่มี
  'ไม่มี(?:กรณี|เรื่อง)(?:ใด)?(?:ที่)?ต้อง', // ไม่มีกรณีต้องส่งเรื่อง
].join('|'));

/**
 * Whether a year without cases accounts for a step (both normalised for matching): a step that
 * acts on each complaint as it comes is done by a result saying none came; one that reports on the
 * cases is not.
 */
export function noCasesAccountFor(step: string, result: string): boolean {
  return CASE_STEP.test(step) && !SUMMING_UP.test(step) && !PERIODIC_REPORT.test(step) && NO_CASES.test(result);
}

/** A leftover result must share at least this much of a step to be paired with it. */
const LEFTOVER_MIN = 0.14;

/**
 * Pairs steps no result reports with results that report no step (leftovers), one to one, the
 * pair sharing most wording first, ties to the nearer places. People write one result for every
 * step they did; a result that reports none of the steps the wording can place is, most often, a
 * step reported in other words (ติดตั้งป้าย… for ติดป้าย…, สรุปยอด… for รายงาน…). Nil reports
 * (ไม่มี…) are no leftovers: they report nothing.
 */
export function leftoverPairs(
  unmatched: readonly number[], leftovers: readonly number[], overlap: (s: number, r: number) => number,
  /** A result for every step and as many leftovers as unmatched steps: each leftover is some unmatched step's report. */
  oneForEach = false,
): [number, number][] {
  const candidates: { s: number; r: number; score: number }[] = [];
  for (const s of unmatched) for (const r of leftovers) {
    const score = overlap(s, r);
    if (score >= LEFTOVER_MIN || oneForEach) candidates.push({ s, r, score });
  }
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.s - a.r) - Math.abs(b.s - b.r) || a.s - b.s);
  const pairs: [number, number][] = [];
  const usedSteps = new Set<number>();
  const usedResults = new Set<number>();
  for (const { s, r } of candidates) {
    if (usedSteps.has(s) || usedResults.has(r)) continue;
    usedSteps.add(s);
    usedResults.add(r);
    pairs.push([s, r]);
  }
  return pairs;
}

/** Whether a result carrying `own` of a step is plainly about another: some other step's share is strong and well above. */
export function aboutAnotherStep(own: number, others: readonly number[]): boolean {
  return others.some((o) => o >= STRONG_MATCH && o - own >= OTHER_STEP_MARGIN);
}

/**
 * Whether result `r` stands where step `s` falls in the order of the results: at or after the result
 * that clearly reports the nearest earlier step, and at or before the one of the nearest later step,
 * with at least one such neighbour, or with none when `withoutNeighbours` (results are written in
 * the order of the steps).
 */
export function inStepOrder(s: number, r: number, picks: readonly LexicalPick[], clear: readonly boolean[], withoutNeighbours = false): boolean {
  let before = -1;
  for (let t = s - 1; t >= 0; t--) if (clear[t]) { before = picks[t].chosen[0]; break; }
  let after = -1;
  for (let t = s + 1; t < picks.length; t++) if (clear[t]) { after = picks[t].chosen[0]; break; }
  if (before < 0 && after < 0) return withoutNeighbours;
  return (before < 0 || before <= r) && (after < 0 || r <= after);
}

/**
 * A result saying there was nothing of the kind (ปีนี้ไม่มีเรื่องร้องเรียน): it stands in a place
 * without reporting the step there, so its place is no evidence.
 */
export function isNilReport(text: string): boolean {
  return isNil(normaliseForMatch(text));
}

/** Names that hold ไม่มี without saying there was nothing (แบบแสดงความไม่มีส่วนได้เสีย). */
const NOT_NIL = /ไม่มีส่วนได้(?:ส่วน)?เสีย|ไม่มีผลประโยชน์(?:ร่วม|ทับซ้อน)|ไม่มีความ(?:เกี่ยวข้อง|สัมพันธ์)/g;

/** isNilReport of a text already normalised for matching. */
export function isNil(normal: string): boolean {
  return normal.includes('ไม่มี') && normal.replace(NOT_NIL, '').includes('ไม่มี');
}
