import { evaluateHalf, figuresOf, judged, type HalfEval } from '../../scripts/eval/corpus-eval';

/**
 * `npm run eval`, asserted on the three sets of the labelled corpus. Issue 7's targets are recall >=
 * 0.95, false errors <= 3 % and warnings <= 10 % on data never tuned on. The tune and held-out sets
 * have both been read while tuning (held-out since the second round), so only the fresh set is a
 * clean measurement. Each threshold is the figure actually reached, to catch a regression; where it
 * misses the target the README says so.
 */
const TARGET = { minRecall: 0.95, maxFalseErrors: 0.03, maxWarnings: 0.1 };
const TUNE = {
  /** Reached 46/47 = 0.979. */
  minRecall: 0.97,
  /** Reached 2/106 = 0.019. */
  maxFalseErrors: 0.02,
  /** Reached 0/106. */
  maxWarnings: 0.01,
};
const HELDOUT = {
  /** Reached 67/68 = 0.985. */
  minRecall: 0.98,
  /** Reached 6/111 = 0.054 (target 0.03). */
  maxFalseErrors: 0.055,
  /** Reached 2/111 = 0.018. */
  maxWarnings: TARGET.maxWarnings,
};
/** The fresh set, written after the matcher was built and never shown to anyone tuning it. */
const FRESH = {
  /** Reached 51/63 = 0.810 (target 0.95). */
  minRecall: 0.8,
  /** Reached 11/87 = 0.126 (target 0.03). */
  maxFalseErrors: 0.13,
  /** Reached 3/87 = 0.034. */
  maxWarnings: TARGET.maxWarnings,
};

describe('matching on the labelled corpus (npm run eval)', () => {
  let tune: HalfEval;
  let heldout: HalfEval;
  let fresh: HalfEval;
  beforeAll(async () => {
    tune = await evaluateHalf('tune');
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

  it('holds on the tune half (at the figures reached)', () => {
    expect(tune.figures.gaps).toBeGreaterThan(40);
    expect(tune.figures.recall).toBeGreaterThanOrEqual(TUNE.minRecall);
    expect(tune.figures.falseErrorRate).toBeLessThanOrEqual(TUNE.maxFalseErrors);
    expect(tune.figures.warningRate).toBeLessThanOrEqual(TUNE.maxWarnings);
  });

  it('finds the held-out half\'s gaps (recall; at the figure reached)', () => {
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
