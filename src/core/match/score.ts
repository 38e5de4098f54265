import type { Grams, Weights } from './grams';
import type { MatchStrength } from '../types';

/**
 * Stage 5 of matching: how much of a step the results carry. Every gram is weighted by how rare it
 * is in the whole table (IDF) and, mildly, inside the measure; the step's opening words count double.
 */

/** Share of the step's weight a result must carry to count as reporting it. */
export const STRONG_MATCH = 0.4;
/**
 * Below STRONG_MATCH, down to this, a result may report the step: a warning to look, not an error.
 * Calibrated on the 176 read reports: 0.36 → 0.34 → 0.32 turned 48 false errors into warnings for 7
 * gaps found (each lower step cost more than a gap for three errors: 0.30 cut 26 for 9).
 */
export const WEAK_MATCH = 0.32;
/** Share of the step's action words a result must carry for more than a weak match. */
export const ACTION_MIN = 0.15;
/** Share of the step's action words a result must carry to report it strongly. */
export const ACTION_STRONG = 0.3;
/** Opening words (the action, in Thai word order) weigh this much more. */
const LEAD_WEIGHT = 2;
/** Wording every step of a measure shares (its topic) still counts this much. */
const LOCAL_FLOOR = 0.2;
/** How fast wording shared by sibling steps loses weight (1: halved when two steps share it). */
const SIBLING_POWER = 1;

/**
 * Weighs one measure: the table-wide rarity, lowered for wording several of the measure's steps
 * share (its topic: it cannot tell one step from another). Results do not lower anything: two
 * results repeating a step's phrase are what reporting it looks like.
 */
export function weighMeasure(steps: Grams[], weights: Weights): void {
  const { global, local, localDf } = weights;
  for (const item of steps) for (const id of item.ids) localDf[id]++;
  for (const item of steps) {
    for (const id of item.ids) {
      const d = localDf[id];
      if (d === 0) continue; // already weighed through an earlier step
      local[id] = global[id] * Math.max(LOCAL_FLOOR, 1 / Math.pow(d, SIBLING_POWER));
      localDf[id] = 0; // leaves the scratch array clean for the next measure
    }
  }
}

/** The share of the whole step and, apart, of its action words (opening words and action verbs). */
export function cover(step: Grams, results: Grams[], weights: Weights): { score: number; action: number } {
  const stamp = ++weights.stamp;
  for (const result of results) mark(result, stamp, weights);
  const out = { score: 0, action: 0 };
  coverMarked(step, stamp, weights, out);
  return out;
}

/** Stamps a result's grams as seen, for coverMarked. */
function mark(result: Grams, stamp: number, weights: Weights): void {
  const { seen } = weights;
  const ids = result.ids;
  for (let k = 0; k < ids.length; k++) seen[ids[k]] = stamp;
}

/** cover() against the grams stamped `stamp`, written into `out`. */
function coverMarked(step: Grams, stamp: number, weights: Weights, out: { score: number; action: number }): void {
  const { local, seen } = weights;
  let total = 0;
  let covered = 0;
  let actionTotal = 0;
  let actionCovered = 0;
  for (let k = 0; k < step.ids.length; k++) {
    const id = step.ids[k];
    const hit = seen[id] === stamp;
    if (step.lead[k]) {
      const w = local[id] * LEAD_WEIGHT;
      total += w;
      actionTotal += w;
      if (hit) {
        covered += w;
        actionCovered += w;
      }
    } else {
      total += local[id];
      if (hit) covered += local[id];
    }
  }
  out.score = total === 0 ? 0 : covered / total;
  out.action = actionTotal === 0 ? 1 : actionCovered / actionTotal;
}

/** Each step's cover by each result alone, step by step: entry `s * width + r`. */
export interface SingleCovers {
  score: Float64Array;
  action: Float64Array;
  width: number;
}

/**
 * cover(steps[s], [resultsOf(s)[r]]) for every step and result, the same sums in the same order,
 * with each result's grams stamped once for all the steps that read the same list.
 */
export function coverEach(steps: readonly Grams[], resultsOf: readonly (readonly Grams[])[], weights: Weights): SingleCovers {
  let width = 0;
  for (const list of resultsOf) width = Math.max(width, list.length);
  const score = new Float64Array(steps.length * width);
  const action = new Float64Array(steps.length * width);
  const out = { score: 0, action: 0 };
  for (let l = 0; l < resultsOf.length; l++) {
    const list = resultsOf[l];
    if (resultsOf.indexOf(list) !== l) continue; // stamped already, for an earlier step
    for (let r = 0; r < list.length; r++) {
      const stamp = ++weights.stamp;
      mark(list[r], stamp, weights);
      for (let s = l; s < steps.length; s++) {
        if (resultsOf[s] !== list) continue;
        coverMarked(steps[s], stamp, weights, out);
        score[s * width + r] = out.score;
        action[s * width + r] = out.action;
      }
    }
  }
  return { score, action, width };
}

/** Table-weighted share of `part`'s grams that also stand in `whole` (how much of a clause is about a step). */
export function share(part: Grams, whole: Grams, weights: Weights): number {
  const { global, seen } = weights;
  const stamp = ++weights.stamp;
  for (const id of whole.ids) seen[id] = stamp;
  let total = 0;
  let covered = 0;
  for (const id of part.ids) {
    const w = id < global.length ? global[id] : 0;
    total += w;
    if (seen[id] === stamp) covered += w;
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * How strongly a step is reported. A result that shares the step's setting but none of its action
 * ("…ผ่านหน้าเว็บไซต์ของหน่วยงาน" without "ศึกษาคู่มือ") has not reported it: at most weak, and
 * nothing when the rest is weak too.
 */
export function strengthOf(score: number, action = 1): MatchStrength {
  if (score >= STRONG_MATCH) return action >= ACTION_STRONG ? 'strong' : 'weak';
  if (score >= WEAK_MATCH && action >= ACTION_MIN) return 'weak';
  return 'none';
}

/** Added to the score of the result in the step's own place when steps and results pair one to one. */
const ALIGNED_BONUS = 0.1;
/** …provided it shares this much of the step's action. */
const ALIGNED_ACTION = 0.3;
/** A second result joins the first only when it adds this much of the step. */
const EXTRA_RESULT_GAIN = 0.1;
/** Results sharing less than this with a step are not even partial reports of it. */
const MIN_PARTIAL = 0.05;

/**
 * The result, or two results together, that carry most of a step. Ties go to the result in the
 * same position as the step, the usual way people write them.
 */
export function bestCover(
  step: Grams, stepIndex: number, results: Grams[], weights: Weights, aligned = false,
  single: SingleCovers = coverEach([step], [results], weights),
  /** Which step of `single` this is. */
  row = 0,
): { chosen: number[]; score: number; action: number } {
  const count = results.length;
  const base = row * single.width;
  const scores = single.score;
  const actions = single.action;
  const order: number[] = [];
  for (let r = 0; r < count; r++) {
    // Insertion keeps it stable: by score, then nearness to the step's own place, then position.
    let k = order.length;
    while (k > 0 && (scores[base + order[k - 1]] < scores[base + r] || (scores[base + order[k - 1]] === scores[base + r] && Math.abs(order[k - 1] - stepIndex) > Math.abs(r - stepIndex)))) k--;
    order.splice(k, 0, r);
  }
  const chosen: number[] = [];
  let score = 0;
  let action = 0;
  for (const r of order) {
    if (scores[base + r] < MIN_PARTIAL) break;
    const combined = chosen.length === 0 ? { score: scores[base + r], action: actions[base + r] } : cover(step, [results[chosen[0]], results[r]], weights);
    if (chosen.length === 0 || combined.score - score >= EXTRA_RESULT_GAIN) {
      chosen.push(r);
      score = combined.score;
      action = combined.action;
    }
    if (chosen.length === 2) break;
  }
  if (chosen.length === 0 && count > 0) {
    score = scores[base + order[0]];
    action = actions[base + order[0]];
  }
  // One result per step, in the steps' order: the result in the step's own place is its likely
  // report, so a paraphrase there needs a little less shared wording.
  if (aligned && chosen[0] === stepIndex && action >= ALIGNED_ACTION) score = Math.min(1, score + ALIGNED_BONUS);
  return { chosen, score, action };
}
