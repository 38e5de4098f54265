import { evaluateHalf, figuresOf, judged, type HalfEval } from '../../scripts/eval/corpus-eval';

/**
 * `npm run eval`, asserted: matching measured on the held-out half of the labelled corpus, which is
 * never read for tuning. Issue 7's targets are recall >= 0.95, false errors <= 3 % and warnings <=
 * 10 %. The warning target is met; recall and false errors are not yet, so those two assert the
 * figures actually reached (60/68 and 18/111), to catch a regression, and the README says so.
 */
const TARGET = { minRecall: 0.95, maxFalseErrors: 0.03, maxWarnings: 0.1 };
const HELDOUT = {
  /** Reached 60/68 = 0.882 (target 0.95). */
  minRecall: 0.88,
  /** Reached 18/111 = 0.162 (target 0.03). */
  maxFalseErrors: 0.17,
  maxWarnings: TARGET.maxWarnings,
};
/** The fresh set, written after the matcher was built and never shown to anyone tuning it. */
const FRESH = {
  /** Reached 52/63 = 0.825 (target 0.95). */
  minRecall: 0.82,
  /** Reached 13/87 = 0.149 (target 0.03). */
  maxFalseErrors: 0.15,
  maxWarnings: TARGET.maxWarnings,
};

describe('matching on the labelled corpus (npm run eval)', () => {
  let heldout: HalfEval;
  let fresh: HalfEval;
  beforeAll(async () => {
    heldout = await evaluateHalf('heldout');
    fresh = await evaluateHalf('fresh');
  });

  it('scores each label the way the issue defines it', () => {
    expect(judged('unreported', ['UNMATCHED_STEP'])).toBe(true);
    expect(judged('not_done', ['WEAK_MATCH'])).toBe(false);
    expect(judged('in_progress', ['IN_PROGRESS'])).toBe(true);
    expect(judged('in_progress', ['UNMATCHED_STEP'])).toBe(true);
    expect(judged('reported', [])).toBe(true);
    expect(judged('reported', ['WEAK_MATCH'])).toBe(false);
    const figures = figuresOf([
      { measure: 1, step: 1, label: 'reported', results: [1], hard: false, note: '', report: 'x', codes: ['WEAK_MATCH'], ok: false },
      { measure: 1, step: 2, label: 'reported', results: [2], hard: false, note: '', report: 'x', codes: ['UNMATCHED_STEP'], ok: false },
      { measure: 1, step: 3, label: 'unreported', results: [], hard: false, note: '', report: 'x', codes: ['UNMATCHED_STEP'], ok: true },
    ]);
    expect(figures).toMatchObject({ gaps: 1, caught: 1, recall: 1, reported: 2, falseErrors: 1, warned: 1 });
  });

  it('finds the held-out half\'s gaps (recall; below the 0.95 target, at the figure reached)', () => {
    expect(heldout.figures.gaps).toBeGreaterThan(50);
    expect(heldout.figures.recall).toBeGreaterThanOrEqual(HELDOUT.minRecall);
  });

  it('calls few clearly reported steps unreported (above the 3 % target, at the figure reached)', () => {
    expect(heldout.figures.reported).toBeGreaterThan(100);
    expect(heldout.figures.falseErrorRate).toBeLessThanOrEqual(HELDOUT.maxFalseErrors);
  });

  it('rarely warns about a clearly reported step', () => {
    expect(heldout.figures.warningRate).toBeLessThanOrEqual(HELDOUT.maxWarnings);
  });

  it('holds on the fresh set nobody tuned on (below the targets, at the figures reached)', () => {
    expect(fresh.figures.gaps).toBeGreaterThan(50);
    expect(fresh.figures.reported).toBeGreaterThan(80);
    expect(fresh.figures.recall).toBeGreaterThanOrEqual(FRESH.minRecall);
    expect(fresh.figures.falseErrorRate).toBeLessThanOrEqual(FRESH.maxFalseErrors);
    expect(fresh.figures.warningRate).toBeLessThanOrEqual(FRESH.maxWarnings);
  });
});
