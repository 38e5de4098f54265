import { evaluateHalf, figuresOf, judged, type HalfEval } from '../../scripts/eval/corpus-eval';

/**
 * `npm run eval`, asserted on the two halves of the labelled corpus. Issue 7's targets on the
 * held-back half are recall >= 0.95, false errors <= 3 % and warnings <= 10 %. The held-out half was
 * never read while tuning and measured once after the matcher's last change; each threshold below is the figure
 * reached (a regression fails); the README says that the targets are not met.
 */
const TUNE = {
  /** Reached 2844/3101 = 0.9171. */
  minRecall: 0.917,
  /** Reached 465/4884 = 0.0952. */
  maxFalseErrors: 0.096,
  /** Reached 257/4884 = 0.0526. */
  maxWarnings: 0.053,
};
/**
 * The held-out half: 72 reports (rounds 19 to 23) by thirty-six writers who read neither the
 * matcher nor the other reports. Each round was measured once when merged; rounds 19 to 22, never
 * read, were measured again after stop 13's change (no wrongdoing found is a finding, not a step
 * undone); round 23 was written after it and measured once with it.
 */
const HELDOUT = {
  /** Reached 819/928 = 0.8825 (target 0.95). */
  minRecall: 0.882,
  /** Reached 125/1425 = 0.0877 (target 0.03). */
  maxFalseErrors: 0.088,
  /** Reached 92/1425 = 0.0646 (target 0.10: met). */
  maxWarnings: 0.065,
};

describe('matching on the labelled corpus (npm run eval)', () => {
  let tune: HalfEval;
  let heldout: HalfEval;
  beforeAll(async () => {
    tune = await evaluateHalf('tune');
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

  it('holds on the tune half (at the figures reached)', () => {
    expect(tune.figures.gaps).toBeGreaterThan(300);
    expect(tune.figures.recall).toBeGreaterThanOrEqual(TUNE.minRecall);
    expect(tune.figures.falseErrorRate).toBeLessThanOrEqual(TUNE.maxFalseErrors);
    expect(tune.figures.warningRate).toBeLessThanOrEqual(TUNE.maxWarnings);
  });

  it('finds the held-out half\'s gaps (recall, at the figure reached: below the target)', () => {
    expect(heldout.figures.gaps).toBeGreaterThan(800);
    expect(heldout.figures.recall).toBeGreaterThanOrEqual(HELDOUT.minRecall);
  });

  it('calls clearly reported held-out steps unreported no more often than it did (above the 3 % target)', () => {
    expect(heldout.figures.reported).toBeGreaterThan(1200);
    expect(heldout.figures.falseErrorRate).toBeLessThanOrEqual(HELDOUT.maxFalseErrors);
  });

  it('warns about clearly reported held-out steps no more often than it did (within the 10 % target)', () => {
    expect(heldout.figures.warningRate).toBeLessThanOrEqual(HELDOUT.maxWarnings);
  });
});
