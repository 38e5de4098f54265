/**
 * Matching steps to results, as a pipeline of small stages:
 * normalise (normalise.ts) → words (words.ts) → lexicon (lexicon.ts, folded by fold.ts) →
 * evidence cues (cues.ts) → score (grams.ts, score.ts) → structure (structure.ts) → explain (explain.ts).
 */
import type { Item, NumeralStyle, StepEvidence, StepMatch } from '../types';
import { DEFAULT_LEXICON, type Lexicon } from './lexicon';
import { compileFolder, type Folder } from './fold';
import { normaliseForMatch } from './normalise';
import { compileCues, splitClauses, type Clause, type CueReader, type Evidence } from './cues';
import { createGramTable, type Grams, type Weights } from './grams';
import { ACTION_MIN, ACTION_STRONG, bestCover, cover, coverEach, type SingleCovers, share, STRONG_MATCH, strengthOf, weighMeasure, WEAK_MATCH } from './score';
import { compileWordFinder, type WordFinder } from './words';
import { explainMatch, matchSummary, sharedWording } from './explain';
import { aboutAnotherStep, inStepOrder, isNil, leftoverPairs, noCasesAccountFor, PLACED_NOTE, stepPlaces, type LexicalPick, type StepPlace } from './structure';

/** Share of a status clause's wording that must be the step's for the status to apply to it. */
const CLAUSE_ABOUT_STEP = 0.3;
/** A step naming several acts is reported strongly only when its results name more than this share of them. */
const MOST_ACTS = 1 / 3;

export { DEFAULT_LEXICON, DEFAULT_SYNONYMS, lexiconGroups, type Lexicon } from './lexicon';
export { normaliseForMatch } from './normalise';
export { compileFolder } from './fold';
export { compileCues, splitClauses, type Clause, type Evidence } from './cues';
export { compileWordFinder, hasIntlSegmenter, useIntlSegmenter, type WordFinder } from './words';
export { STRONG_MATCH, WEAK_MATCH, strengthOf } from './score';
export { sharedWording } from './explain';

export interface MatcherOptions {
  lexicon?: Lexicon;
  /** The agency's own word groups, added to the lexicon's. */
  synonyms?: readonly (readonly string[])[];
}

/** A step ready to score. */
export interface PreparedStep {
  grams: Grams;
  /** The lexicon's action classes the step names (as token characters). */
  actions: string[];
  /** The step forbids something (ห้าม…, ไม่…): a negated result reports it. */
  prohibition: boolean;
  /**
   * The first letters of what the step does without (…โดยไม่เรียกเก็บค่าใช้จ่าย: `เรียกเก็บ`), or null: a
   * negation of that (ไม่มีการเรียกเก็บ…) reports the step, as for a prohibition.
   */
  without: string | null;
  /** The text normalised for matching. */
  normal: string;
}

/** A clause of a result that says something was not done or is under way, ready to weigh. */
export interface StatusClause {
  evidence: Exclude<Evidence, 'done'>;
  cue: string;
  grams: Grams;
  /** The grams of its words without the cue. */
  content: Grams;
  /** Its folded key (lexicon tokens in place of words). */
  key: string;
  /** It counts cases (อยู่ระหว่างดำเนินการ ๒ เรื่อง). */
  tally: boolean;
  /** The text normalised for matching. */
  normal: string;
  /** The grams of the done part it is the rest of, or null (see Clause.remainderOf). */
  remainderOf: Grams | null;
  /** The part it names the rest of, or null (see Clause.part). */
  part: string | null;
  /** The grams of the done statement it continues, or null (see Clause.continues). */
  continues: Grams | null;
}

/** A result ready to score: all its grams, the grams of its done clauses, and its other clauses. */
export interface PreparedResult {
  grams: Grams;
  /** The folded text: which lexicon tokens the result holds. */
  key: string;
  done: Grams;
  /** Clauses that say something was not done or is under way. */
  flagged: StatusClause[];
  /** Some done clause says it is finished (…แล้ว, …ครบ). */
  finished: boolean;
  /** It says there was nothing of the kind (see isNilReport). */
  nil: boolean;
  /** The text normalised for matching. */
  normal: string;
}

export interface Matcher {
  step(text: string): PreparedStep;
  result(text: string): PreparedResult;
  /** Freezes the weights once every step and result of the table is prepared. */
  weights(): Weights;
  matchSteps(steps: Item[], results: Item[], prepared: { steps: PreparedStep[]; results: PreparedResult[] }, weights: Weights, numerals: NumeralStyle): StepMatch[];
  words: WordFinder;
}

type LexicalCover = ReturnType<typeof bestCover>;

type MatchFacts = Omit<StepMatch, 'shared' | 'why' | 'whyEn'>;

/** What a match needs to explain itself when first asked: the texts it pairs and how to find words. */
interface Explanation {
  step: string;
  /** The text of the result it names first, or null when none. */
  result: string | null;
  words: WordFinder;
  done: { shared: string; why: string; whyEn: string } | null;
}

/** Where a match keeps its Explanation: a non-enumerable property, so copies and JSON never show it. */
const EXPLANATION = '__explanation';

function explanationOf(match: StepMatch): { shared: string; why: string; whyEn: string } {
  const e = (match as unknown as Record<typeof EXPLANATION, Explanation>)[EXPLANATION];
  if (e.done === null) {
    const shared = e.result === null ? '' : sharedWording(e.step, e.result, e.words);
    e.done = { shared, ...explainMatch({ th: match.summary, en: match.summaryEn }, shared) };
  }
  return e.done;
}

/**
 * The lazy part of every match: the same getter functions for all of them (one hidden class, no
 * closures per match). They are own enumerable getters, so JSON, `{ ...match }` and deep equality
 * all see them.
 */
const LAZY_PARTS: PropertyDescriptorMap = {
  shared: { enumerable: true, get(this: StepMatch) { return explanationOf(this).shared; } },
  why: { enumerable: true, get(this: StepMatch) { return explanationOf(this).why; } },
  whyEn: { enumerable: true, get(this: StepMatch) { return explanationOf(this).whyEn; } },
};

/**
 * A match whose `shared`, `why` and `whyEn` are worked out when first read: finding whole words
 * costs more than matching itself, and a check needs them only for the steps someone looks at.
 */
function explainedMatch(facts: MatchFacts, explanation: Omit<Explanation, 'done'>): StepMatch {
  const match = {
    step: facts.step,
    result: facts.result,
    results: facts.results,
    score: facts.score,
    strength: facts.strength,
    evidence: facts.evidence,
    cue: facts.cue,
    summary: facts.summary,
    summaryEn: facts.summaryEn,
  };
  Object.defineProperty(match, EXPLANATION, { value: { ...explanation, done: null } });
  return Object.defineProperties(match, LAZY_PARTS) as StepMatch;
}

/**
 * The lexicon as compiled last, reused while the same lexicon object and equal synonyms come back
 * (compiling costs about as much as matching 50 measures). A lexicon is data that is never changed
 * in place; a different one is a different object.
 */
let compiled: { lexicon: Lexicon; synonyms: string; folder: Folder; cues: CueReader; words: WordFinder } | null = null;

function compileLexicon(lexicon: Lexicon, synonyms: readonly (readonly string[])[]): { folder: Folder; cues: CueReader; words: WordFinder } {
  const key = JSON.stringify(synonyms);
  if (compiled === null || compiled.lexicon !== lexicon || compiled.synonyms !== key) {
    compiled = { lexicon, synonyms: key, folder: compileFolder(lexicon, synonyms), cues: compileCues(lexicon), words: compileWordFinder(lexicon) };
  }
  return compiled;
}

/** The steps whose text names a remainder's part (see Clause.part), by index. */
function stepsNaming(part: string, steps: readonly PreparedStep[]): number[] {
  return steps.flatMap((step, t) => (step.normal.includes(part) ? [t] : []));
}

/**
 * A status clause about the rest of a period or a whole (`…รอบ ๖ เดือนแล้ว ส่วนรอบ ๑๒ เดือนอยู่ระหว่าง
 * รวบรวม`) says the step its line reported done is not finished: the step of the measure that the
 * done part carries best, among the steps that name the part when some do (`ไตรมาส ๔ กำลังจัดทำ` is
 * the rest of the quarterly report, not of the plan the same line reported).
 */
function remainderOfStep(s: number, clause: StatusClause, steps: PreparedStep[], weights: Weights): boolean {
  const done = clause.remainderOf;
  if (done === null || clause.tally) return false;
  const naming = clause.part === null ? [] : stepsNaming(clause.part, steps);
  if (naming.length > 0 && !naming.includes(s)) return false;
  const candidates = naming.length > 0 ? naming : steps.map((_, t) => t);
  const own = cover(steps[s].grams, [done], weights).score;
  return own > 0 && candidates.every((t) => t === s || cover(steps[t].grams, [done], weights).score <= own);
}

/**
 * Whether a status clause is the rest of a part that step `s` alone names, after a done part that
 * carries the step at least FIT_MIN (`สขร.๑ ขึ้นเว็บไซต์ครบถึง มิ.ย. | เดือน ก.ค.–ก.ย. กำลังรวบรวม` for the
 * monthly summary step): the step's status wherever the result stands.
 */
function restOfOwnPart(s: number, clause: StatusClause, steps: PreparedStep[], weights: Weights): boolean {
  if (clause.remainderOf === null || clause.part === null || clause.tally) return false;
  const naming = stepsNaming(clause.part, steps);
  return naming.length === 1 && naming[0] === s && cover(steps[s].grams, [clause.remainderOf], weights).score >= FIT_MIN;
}

/**
 * A status without a subject of its own right after a done statement (`คณะกรรมการตรวจนับพัสดุครบ
 * ทุกรายการแล้ว กำลังจัดทำรายงานผลเสนอ ผอ.`, `เวทีรับฟังความคิดเห็น… เลื่อนไป…`) is the next stage, or
 * the fate, of that statement's thing: the status of the step that statement fits best.
 */
function nextStageOf(s: number, clause: StatusClause, steps: PreparedStep[], weights: Weights): boolean {
  const before = clause.continues;
  if (before === null) return false;
  const own = cover(steps[s].grams, [before], weights).score;
  return own >= FIT_MIN && steps.every((other, t) => t === s || cover(other.grams, [before], weights).score < own);
}

/** What a step does without (…โดยไม่เรียกเก็บ…, …โดยมิให้…): the first letters after it, or null. */
const WITHOUT = /โดย(?:ไม่|มิ)(?:มี)?(?:การ)?([ก-๎]{4})/;
function withoutPart(normal: string): string | null {
  return WITHOUT.exec(normal)?.[1] ?? null;
}

/**
 * Whether a negation in a text (`normal`) reports the step rather than says it was not done: the step
 * forbids something (ไม่เรียกเก็บเงิน…), or the text negates what it does without (ไม่มีการเรียกเก็บ… for
 * …โดยไม่เรียกเก็บ…).
 */
function negationReports(step: PreparedStep, normal: string): boolean {
  return step.prohibition || (step.without !== null && normal.includes(step.without));
}

/** The result in a step's place is another step's when that step fits it by this much more (and at least FIT_MIN). */
const PLACE_YIELDS = 0.08;

/** The not-done cue that states a fact (there was no such thing) as often as a gap. */
const NONE_OF_IT = 'ไม่มีการ';

/** A text must carry this share of a step to count as fitting it (another step's place, a status, a part). */
const FIT_MIN = 0.2;

/**
 * A result must carry this share of the step it fits best to report it (see preferFits). Calibrated on
 * the 176 read reports: 0.2 → 0.12 kept 23 more reported steps from false errors for 5 gaps (it alone:
 * the other tests that a text fits a step keep FIT_MIN).
 */
const BEST_FIT_MIN = 0.12;

/**
 * Share of a step that only a status clause of its result names (the rest is reported done).
 * Calibrated on the 256 read reports: 0.1 → 0.08 found 8 more gaps (names published without the
 * reasons a step asks for, among them) for 1 false error and 2 warnings.
 */
const UNDONE_PART = 0.08;

/**
 * Whether a status clause of the step's own result (one that reports it) names a part of the step the done clauses leave
 * out (`ติดตั้งกล้องแล้ว ๔๐ คัน ส่วน GPS กำลังจัดซื้อ` for `ติดตั้งกล้องและ GPS`): that part is not done.
 * Counted cases (อยู่ระหว่างดำเนินการ ๒ เรื่อง) name no part of a step.
 */
function namesUndonePart(s: number, clause: StatusClause, result: PreparedResult, steps: PreparedStep[], weights: Weights): boolean {
  if (clause.tally) return false;
  const step = steps[s].grams;
  const done = cover(step, [result.done], weights).score;
  if (cover(step, [result.done, clause.content], weights).score - done < UNDONE_PART) return false;
  // A clause plainly about another step of the measure (ส่วนการคัดเลือกบุคลากรต้นแบบ… ยกเลิก) is that step's.
  return !clauseFitsAnotherStep(s, clause.grams, steps, weights);
}

/**
 * Whether another step fits a text clearly better than step `s` does: plainly (aboutAnotherStep), or
 * by PLACE_YIELDS when that step carries at least FIT_MIN of it.
 */
function fitsAnotherBetter(own: number, others: readonly number[]): boolean {
  return aboutAnotherStep(own, others) || others.some((o) => o >= FIT_MIN && o - own >= PLACE_YIELDS);
}

/** Whether another step of the measure fits a clause clearly better than step `s` (see fitsAnotherBetter). */
function clauseFitsAnotherStep(s: number, clause: Grams, steps: PreparedStep[], weights: Weights): boolean {
  const own = cover(steps[s].grams, [clause], weights).score;
  return fitsAnotherBetter(own, steps.flatMap((other, t) => (t === s ? [] : [cover(other.grams, [clause], weights).score])));
}

/**
 * The status clause of a result that speaks of step `s`: not about counted cases, not one another
 * step fits better, nor the rest of what another step's done part reported (`ผลรอบ ๖ เดือนส่งแล้ว ส่วน
 * รอบ ๑๒ เดือนกำลังรวบรวม` is the follow-up step's, not the plan's beside it).
 */
function statusFor(
  s: number, result: PreparedResult, steps: PreparedStep[], weights: Weights,
  /** The result reports step `s` and no other: the rest of what it reported is this step's rest. */
  sole = false,
): StatusClause | undefined {
  return result.flagged.find((clause) => {
    if (clause.tally || (clause.evidence === 'not_done' && negationReports(steps[s], clause.normal))) return false;
    // The rest of a part is judged by the done part it is the rest of, not by its own few words.
    if (clause.remainderOf !== null) return sole || remainderOfStep(s, clause, steps, weights) || !steps.some((_, t) => t !== s && remainderOfStep(t, clause, steps, weights));
    return !clauseFitsAnotherStep(s, clause.grams, steps, weights);
  });
}

export function createMatcher(options: MatcherOptions = {}): Matcher {
  const { folder, cues, words } = compileLexicon(options.lexicon ?? DEFAULT_LEXICON, options.synonyms ?? []);
  const table = createGramTable();
  const gramsOf = (text: string): Grams => {
    const { key, lead } = folder.key(text);
    return table.grams(key, lead, folder.isAction);
  };
  /** A status clause ready to weigh: its text folded once and normalised once. */
  const statusClause = (c: Clause, evidence: StatusClause['evidence']): StatusClause => {
    const { key, lead } = folder.key(c.text);
    const normal = normaliseForMatch(c.text);
    return {
      evidence, cue: c.cue, grams: table.grams(key, lead, folder.isAction), key, content: gramsOf(normal.replace(c.cue, '')), tally: c.tally === true, normal,
      remainderOf: c.remainderOf === undefined ? null : gramsOf(c.remainderOf),
      part: c.part ?? null,
      continues: c.continues === undefined ? null : gramsOf(c.continues),
    };
  };

  function matchOne(
    s: number, step: Item, steps: PreparedStep[], results: PreparedResult[], all: Grams[],
    lexical: LexicalCover, place: StepPlace, order: { picks: LexicalPick[]; clear: boolean[] }, resultItems: Item[], weights: Weights, numerals: NumeralStyle,
  ): StepMatch {
    const stepGrams = steps[s].grams;
    let { chosen, score: doneScore } = lexical;
    let evidence: StepEvidence = 'done';
    let cue = '';
    let score = doneScore;
    let strength = strengthOf(doneScore, lexical.action);
    // The result in the step's own place, in a measure whose results follow its steps, reports it
    // unless it says something is not done or under way, or is plainly about another step.
    let placed: keyof typeof PLACED_NOTE | null = null;
    const { prior } = place;
    if (strength !== 'strong' && prior !== null && !results[prior].flagged.some((c) => !c.tally)) {
      const own = cover(stepGrams, [all[prior]], weights).score;
      const others = steps.flatMap((t, k) => (k === s ? [] : [cover(t.grams, [all[prior]], weights).score]));
      // …nor one another step fits better (results written in another order than the steps).
      if (!fitsAnotherBetter(own, others) && (!results[prior].nil || negationReports(steps[s], results[prior].normal))) {
        chosen = [prior];
        score = doneScore = own;
        strength = 'strong';
        placed = 'place';
      }
    }
    // A step naming several acts (ประชาสัมพันธ์และรณรงค์ให้ความรู้…) is reported strongly only when
    // the results name most of them.
    const acts = steps[s].actions;
    let someActs = false;
    if (strength === 'strong' && !placed && acts.length >= 2) {
      const named = acts.filter((a) => chosen.some((r) => results[r].key.includes(a))).length;
      if (named / acts.length <= MOST_ACTS) {
        strength = 'weak';
        someActs = true;
      }
    }
    // Results that stand for other steps, and report them, are theirs: a weak overlap with them alone
    // reports nothing here, nor a strong one when the step's own place says there was nothing of the
    // kind, or that it was not done or is under way.
    if (strength !== 'none' && placed === null && chosen.length > 0 && chosen.every((r) => place.taken.includes(r))) {
      const ownSaysOtherwise = prior !== null && !place.taken.includes(prior)
        && (results[prior].nil || results[prior].flagged.some((c) => !c.tally));
      if (strength === 'weak' || ownSaysOtherwise) {
        strength = 'none';
        placed = 'taken';
      }
    }
    let indexes = strength === 'none' ? [] : chosen;
    // A clause that says the step was not done or is under way outweighs the rest of its result
    // when it carries the step itself ("…หกเดือนแล้ว ส่วนรอบสิบสองเดือนอยู่ระหว่างรวบรวม").
    let flagged = { score: WEAK_MATCH, r: -1, evidence: 'done' as StepEvidence, cue: '' };
    for (let r = 0; r < results.length; r++) {
      for (const clause of results[r].flagged) {
        const c = cover(stepGrams, [clause.grams], weights);
        // A short status clause of the step's own result ("ส่วนรอบ ๑๒ เดือนอยู่ระหว่างรวบรวม")
        // speaks of the step when most of its words are the step's.
        // …but not when it counts cases (อยู่ระหว่างดำเนินการ ๒ เรื่อง): those are the cases', unless it carries the step's act.
        // …or, in any result, when it is the rest of a part only this step names (เดือน ก.ค.–ก.ย. กำลังรวบรวม
        // for the one monthly step) and what its line reported done carries the step.
        const ownRest = restOfOwnPart(s, clause, steps, weights);
        const about = ownRest || (!clause.tally && chosen.includes(r) && (share(clause.content, stepGrams, weights) >= CLAUSE_ABOUT_STEP || remainderOfStep(s, clause, steps, weights)
          || nextStageOf(s, clause, steps, weights)
          || (strength !== 'none' && namesUndonePart(s, clause, results[r], steps, weights))));
        // "There was no X" (ไม่มีการเรียกเก็บเงินเกิน…) says the step was not done only when X is the step itself,
        // and not beside a report of the step done in the same result (ตรวจรับแล้ว ๙๖ งวด… ไม่มีการตรวจรับแทนกัน:
        // a finding about how it was done).
        if (clause.cue === NONE_OF_IT && (c.action < ACTION_STRONG || c.score < STRONG_MATCH || (chosen.includes(r) && doneScore >= STRONG_MATCH))) continue;
        if (about && c.score < flagged.score) c.score = flagged.score;
        else if (c.action < ACTION_MIN) continue;
        // A status clause elsewhere must carry the step at least as well as what was reported done,
        // or carry the step's act where the done report carries only its objects: by weight, or by
        // naming an act of the step that no result reported done names (การอบรมผู้แทนชุมชน… เลื่อน
        // against a result naming the same people as committee members).
        const namesOmittedAct = acts.length > 0 && acts.some((a) => clause.key.includes(a)) && !acts.some((a) => chosen.some((k) => results[k].key.includes(a)));
        const actOverObjects = c.score >= WEAK_MATCH && ((c.action >= ACTION_STRONG && lexical.action < ACTION_STRONG) || namesOmittedAct);
        if (!chosen.includes(r) && c.score < doneScore && !actOverObjects && !ownRest) continue;
        // A prohibition (ไม่เรียกเก็บเงิน…) is reported by its negation, and so is what a step does without.
        if (clause.evidence === 'not_done' && negationReports(steps[s], clause.normal)) continue;
        if (c.score > flagged.score || (flagged.r < 0 && c.score === flagged.score)) flagged = { score: c.score, r, evidence: clause.evidence, cue: clause.cue };
      }
    }
    // The step's one result says nothing is finished, only that something waits or is under way
    // ("คณะกรรมการติดตามและประเมินผล… รอการประชุมสรุปผล"): the step is under way.
    if (flagged.r < 0 && strength !== 'none' && chosen.length === 1 && !results[chosen[0]].finished) {
      // …unless another step fits the waiting clause better (`คู่มือ…ยกร่างเสร็จแล้ว อยู่ระหว่างจัดพิมพ์` beside the policy announced).
      const waiting = results[chosen[0]].flagged.find((c) => c.evidence === 'in_progress' && !c.tally && !clauseFitsAnotherStep(s, c.grams, steps, weights));
      if (waiting) flagged = { score: doneScore, r: chosen[0], evidence: waiting.evidence, cue: waiting.cue };
    }
    if (flagged.r >= 0) {
      evidence = flagged.evidence;
      cue = flagged.cue;
      score = flagged.score;
      indexes = [flagged.r];
      strength = evidence === 'not_done' ? 'none' : 'weak';
    }
    // A weak report by the one result that stands where the step falls in the results' order is
    // its report, also when it names only some of the step's acts (agencies sum a step up).
    if (evidence === 'done' && strength === 'weak' && indexes.length === 1 && inStepOrder(s, indexes[0], order.picks, order.clear) && !results[indexes[0]].nil) {
      strength = 'strong';
      placed = 'order';
      someActs = false;
    }
    const summary = matchSummary(strength, evidence, cue, indexes, resultItems, score, numerals, someActs && evidence === 'done');
    if (placed !== null && evidence === 'done') {
      summary.th += ` ${PLACED_NOTE[placed].th}`;
      summary.en += `; ${PLACED_NOTE[placed].en}`;
    }
    const match = {
      step: s,
      result: indexes.length ? indexes[0] : null,
      results: indexes,
      score: Math.round(score * 1000) / 1000,
      strength,
      evidence,
      cue,
      summary: summary.th,
      summaryEn: summary.en,
    };
    return explainedMatch(match, { step: step.text, result: indexes.length === 0 ? null : resultItems[indexes[0]].text, words });
  }

  /**
   * Step `s` reported by result `r` as the whole measure's evidence decided (best fit, leftover, a
   * year without complaints): done at `done` strength with `note` said after the summary, or the
   * status of the result's clause about the step (not done, under way).
   */
  function reportedBy(
    s: number, r: number, score: number, done: 'strong' | 'weak', note: keyof typeof PLACED_NOTE,
    status: StatusClause | undefined, steps: Item[], resultItems: Item[], numerals: NumeralStyle,
  ): StepMatch {
    const evidence: StepEvidence = status?.evidence ?? 'done';
    const cue = status?.cue ?? '';
    const strength = evidence === 'done' ? done : evidence === 'not_done' ? 'none' : 'weak';
    const summary = matchSummary(strength, evidence, cue, [r], resultItems, score, numerals);
    if (evidence === 'done') {
      summary.th += ` ${PLACED_NOTE[note].th}`;
      summary.en += `; ${PLACED_NOTE[note].en}`;
    }
    return explainedMatch(
      { step: s, result: r, results: [r], score: Math.round(score * 1000) / 1000, strength, evidence, cue, summary: summary.th, summaryEn: summary.en },
      { step: steps[s].text, result: resultItems[r].text, words },
    );
  }

  /**
   * A step not clearly reported whose wording some result fits better than any other step's (and at
   * least BEST_FIT_MIN) is reported by that result: an agency writes each result about one of its steps,
   * so the step a result fits best is the one it reports, even in other words. A step no result
   * speaks of is almost never the best fit of any result: another step explains it better.
   */
  function preferFits(
    matches: StepMatch[], steps: Item[], resultItems: Item[], prepared: { steps: PreparedStep[]; results: PreparedResult[] }, single: SingleCovers, weights: Weights, numerals: NumeralStyle,
  ): StepMatch[] {
    const results = prepared.results;
    if (steps.length < 2) return matches; // no other step to fit worse
    const open = (m: StepMatch) => m.evidence === 'done' && (m.strength === 'none' || (m.strength === 'weak' && m.score < STRONG_MATCH));
    if (!matches.some(open)) return matches;
    // What a result is fitted by: the whole of it, and each statement of a paragraph apart (one
    // paragraph often reports several steps, a statement each).
    const units: { r: number; fit: number[]; act: number[] }[] = [];
    results.forEach((result, r) => {
      units.push({ r, fit: steps.map((_, t) => single.score[t * single.width + r]), act: steps.map((_, t) => single.action[t * single.width + r]) });
      const parts = splitClauses(resultItems[r].text);
      if (parts.length < 2) return;
      for (const part of parts) {
        const grams = gramsOf(part);
        const covers = prepared.steps.map((step) => cover(step.grams, [grams], weights));
        units.push({ r, fit: covers.map((c) => c.score), act: covers.map((c) => c.action) });
      }
    });
    const bestStep = units.map(({ fit }) => {
      let best = -1;
      let tie = false;
      for (let t = 0; t < fit.length; t++) {
        if (best < 0 || fit[t] > fit[best]) {
          best = t;
          tie = false;
        } else if (fit[t] === fit[best]) tie = true;
      }
      return tie ? -1 : best;
    });
    return matches.map((m, s) => {
      // Only a step reported weakly for want of shared wording (not one whose results name only some of its acts).
      if (!open(m)) return m;
      // The result must carry some of the step's act, not only its topic: its opening words, and
      // the lexicon's class of its first act when it names one (ศึกษา… is not reported by ติดตาม…).
      const act = prepared.steps[s].actions[0];
      let best = -1;
      units.forEach((unit, u) => {
        const result = results[unit.r];
        // A prohibition (ห้ามลัดคิว) is reported by a result saying there was none (ไม่มีการลัดคิว).
        if (bestStep[u] !== s || (result.nil && !negationReports(prepared.steps[s], result.normal)) || unit.fit[s] < BEST_FIT_MIN || unit.act[s] < ACTION_MIN) return;
        if (act !== undefined && !result.key.includes(act)) return;
        if (best < 0 || unit.fit[s] > units[best].fit[s]) best = u;
      });
      const r = best < 0 ? -1 : units[best].r;
      if (r < 0) return m;
      // A status clause of that result not plainly about another step is this step's status (part
      // done, the rest under way or not done).
      return reportedBy(s, r, units[best].fit[s], 'strong', 'bestFit', statusFor(s, results[r], prepared.steps, weights), steps, resultItems, numerals);
    });
  }

  /**
   * Steps no result reports, paired with results that report no step (see leftoverPairs): a weak
   * match the coordinator confirms, or the leftover's own status when it says not done / under way.
   */
  function pairLeftovers(
    matches: StepMatch[], steps: Item[], resultItems: Item[], prepared: { steps: PreparedStep[]; results: PreparedResult[] }, weights: Weights, numerals: NumeralStyle,
    order: { picks: LexicalPick[]; clear: boolean[] },
  ): StepMatch[] {
    const claimed = new Set<number>();
    for (const m of matches) if (m.strength !== 'none' || m.evidence !== 'done') for (const r of m.results) claimed.add(r);
    const results = prepared.results;
    const leftovers = results.flatMap((r, i) => (claimed.has(i) || r.nil ? [] : [i]));
    const unmatched = matches.flatMap((m, s) => (m.strength === 'none' && m.evidence === 'done' ? [s] : []));
    // A weak match a year without cases accounts for is no weak match.
    const weak = matches.flatMap((m, s) => (m.strength === 'weak' && m.evidence === 'done' ? [s] : []));
    if (unmatched.length === 0 && weak.length === 0) return matches;
    // Only a leftover standing where the step falls in the results' order (or in a measure where no
    // step is clearly reported, so no order is known): one elsewhere is more likely about something
    // the steps do not list (a follow-up, an outcome).
    // Each pair's overlap, kept for the match it makes (the pairing weighs every candidate once).
    const overlaps = new Map<number, number>();
    // One result written for each step, and as many left over as steps unmatched: the leftovers are
    // those steps' reports in other words, whatever their order.
    const oneForEach = results.length === steps.length && leftovers.length === unmatched.length;
    const pairs = leftoverPairs(unmatched, leftovers, (s, r) => {
      const score = oneForEach || inStepOrder(s, r, order.picks, order.clear, true) ? cover(prepared.steps[s].grams, [results[r].grams], weights).score : 0;
      overlaps.set(s * results.length + r, score);
      return score;
    }, oneForEach);
    const out = matches.slice();
    // A step acting on each complaint, in a year whose results say none came: done.
    for (const s of [...unmatched, ...weak]) {
      if (pairs.some(([p]) => p === s)) continue;
      const r = results.findIndex((result) => noCasesAccountFor(prepared.steps[s].normal, result.normal));
      if (r < 0) continue;
      out[s] = reportedBy(s, r, cover(prepared.steps[s].grams, [results[r].grams], weights).score, 'strong', 'noCases', undefined, steps, resultItems, numerals);
    }
    for (const [s, r] of pairs) {
      out[s] = reportedBy(s, r, overlaps.get(s * results.length + r) ?? 0, 'strong', 'leftover', statusFor(s, results[r], prepared.steps, weights, true), steps, resultItems, numerals);
    }
    return out;
  }

  return {
    words,
    step(text) {
      const { key, lead, normal } = folder.key(text, true);
      const grams = table.grams(key, lead, folder.isAction);
      table.count(grams);
      // The acts after a light opening (จัดทำ…, ให้…): the opening names no act of its own.
      const actions: string[] = [];
      for (let i = lead; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (!folder.isAction(code)) continue;
        const c = key[i];
        if (!actions.includes(c)) actions.push(c);
      }
      return { grams, actions, prohibition: cues.isProhibition(text, normal), without: withoutPart(normal), normal };
    },
    result(text) {
      const { key, lead, normal } = folder.key(text);
      const grams = table.grams(key, lead, folder.isAction);
      table.count(grams);
      const clauses = cues.clauses(text, normal);
      const nil = isNil(normal);
      if (clauses.every((c) => c.evidence === 'done')) return { grams, key, done: grams, flagged: [], finished: true, nil, normal };
      const doneText = clauses.filter((c) => c.evidence === 'done').map((c) => c.text).join(' ');
      return {
        grams,
        key,
        done: gramsOf(doneText),
        flagged: clauses.flatMap((c) =>
          c.evidence === 'done'
            ? []
            : [statusClause(c, c.evidence)],
        ),
        finished: clauses.some((c) => c.finished === true),
        nil,
        normal,
      };
    },
    weights: () => table.weights(),
    matchSteps(steps, results, prepared, weights, numerals) {
      weighMeasure(prepared.steps.map((p) => p.grams), weights);
      const all = prepared.results.map((r) => r.grams);
      const done = prepared.results.map((r) => r.done);
      // What the results report as done; clauses saying "not done" or "under way" are weighed apart.
      // A prohibition (ไม่เรียกเก็บเงิน…) is reported by its negation, so nothing is set apart for it.
      const lists = prepared.steps.map((p) => (p.prohibition || p.without !== null ? all : done));
      const single = coverEach(prepared.steps.map((p) => p.grams), lists, weights);
      const lexical = prepared.steps.map((p, s) =>
        bestCover(p.grams, s, lists[s], weights, steps.length === results.length, single, s));
      const strengths = lexical.map((l) => strengthOf(l.score, l.action));
      const picks = lexical.map((l, s) => ({ chosen: l.chosen, judged: strengths[s] !== 'none' }));
      const order = { picks, clear: strengths.map((strength) => strength === 'strong') };
      const places = stepPlaces(steps, results, picks, order.clear);
      const matches = steps.map((step, s) => matchOne(s, step, prepared.steps, prepared.results, all, lexical[s], places[s], order, results, weights, numerals));
      return pairLeftovers(preferFits(matches, steps, results, prepared, single, weights, numerals), steps, results, prepared, weights, numerals, order);
    },
  };
}
