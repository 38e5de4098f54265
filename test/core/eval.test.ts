import { evaluateHalf, figuresOf, judged, type HalfEval } from '../../scripts/eval/corpus-eval';

/**
 * `npm run eval`, asserted: matching measured on the held-out half of the labelled corpus, which is
 * never read for tuning. The thresholds are the targets where they are met and the figures
 * actually reached where they are not (see the README, "How checking works").
 */
const HELDOUT = {
  /** Issue 7 target: recall 0.95 on steps a reader says are not reported. */
  minRecall: 0.95,
  /** Issue 7 target: at most 3 % of clearly reported steps flagged UNMATCHED_STEP. */
  maxFalseErrors: 0.03,
  /** Issue 7 target: at most 10 % of clearly reported steps warned about. */
  maxWarnings: 0.1,
};

describe('matching on the labelled corpus (npm run eval)', () => {
  let heldout: HalfEval;
  beforeAll(async () => {
    heldout = await evaluateHalf('heldout');
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

  it('finds the held-out half\'s gaps (recall)', () => {
    expect(heldout.figures.gaps).toBeGreaterThan(50);
    expect(heldout.figures.recall).toBeGreaterThanOrEqual(HELDOUT.minRecall);
  });

  it('rarely calls a clearly reported step unreported (false UNMATCHED_STEP)', () => {
    expect(heldout.figures.reported).toBeGreaterThan(100);
    expect(heldout.figures.falseErrorRate).toBeLessThanOrEqual(HELDOUT.maxFalseErrors);
  });

  it('rarely warns about a clearly reported step', () => {
    expect(heldout.figures.warningRate).toBeLessThanOrEqual(HELDOUT.maxWarnings);
  });
});
