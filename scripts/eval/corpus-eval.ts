/**
 * The honest measurement of matching (issue 7): every labelled report of `test/corpus/` is
 * checked and each labelled step's findings are compared with what a careful reader decided.
 * The corpus is split in two (`split.json`): the matcher is tuned on `tune`, whose misses may be
 * listed; `heldout` is never read while tuning: only its figures are printed.
 */
import { checkTable, type CheckResult, type Finding } from '../../src/core';
import { loadCorpus, type CorpusHalf, type CorpusReport, type LabelledStep, type StepLabel } from '../../test/corpus/corpus';

export type Half = CorpusHalf;

export interface StepOutcome extends LabelledStep {
  report: string;
  /** The matching findings on this step (UNMATCHED_STEP, IN_PROGRESS, WEAK_MATCH, or EMPTY_RESULTS on its measure). */
  codes: string[];
  /** What the label asks for was found. */
  ok: boolean;
}

export interface Figures {
  /** Steps a reader says are not reported (unreported, not done, in progress). */
  gaps: number;
  caught: number;
  recall: number;
  reported: number;
  falseErrors: number;
  falseErrorRate: number;
  warned: number;
  warningRate: number;
}

export interface ReportEval {
  id: string;
  half: Half;
  outcomes: StepOutcome[];
  figures: Figures;
}

const MATCH_CODES = new Set(['UNMATCHED_STEP', 'IN_PROGRESS', 'WEAK_MATCH']);

/** The findings on the step at 1-based positions (measure, step), found by the numbers people see. */
function codesOn(result: CheckResult, measurePosition: number, stepPosition: number): string[] {
  const check = result.checks[measurePosition - 1];
  if (!check) return [];
  const shown = check.measure.number ?? check.measure.index;
  const item = check.measure.steps[stepPosition - 1]?.number ?? stepPosition;
  return result.findings
    .filter((f: Finding) => f.measure === shown && ((MATCH_CODES.has(f.code) && f.item === item) || f.code === 'EMPTY_RESULTS'))
    .map((f) => f.code);
}

/** Whether the findings on a step are what its label asks for. */
export function judged(label: StepLabel, codes: string[]): boolean {
  const error = codes.includes('UNMATCHED_STEP') || codes.includes('EMPTY_RESULTS');
  if (label === 'reported') return !error && !codes.includes('WEAK_MATCH') && !codes.includes('IN_PROGRESS');
  if (label === 'in_progress') return error || codes.includes('IN_PROGRESS');
  return error;
}

export function figuresOf(outcomes: StepOutcome[]): Figures {
  const gaps = outcomes.filter((o) => o.label !== 'reported');
  const reported = outcomes.filter((o) => o.label === 'reported');
  const caught = gaps.filter((o) => o.ok).length;
  const falseErrors = reported.filter((o) => o.codes.includes('UNMATCHED_STEP') || o.codes.includes('EMPTY_RESULTS')).length;
  const warned = reported.filter((o) => o.codes.includes('WEAK_MATCH') || o.codes.includes('IN_PROGRESS')).length;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    gaps: gaps.length,
    caught,
    recall: ratio(caught, gaps.length),
    reported: reported.length,
    falseErrors,
    falseErrorRate: ratio(falseErrors, reported.length),
    warned,
    warningRate: ratio(warned, reported.length),
  };
}

export function evaluateReport(report: CorpusReport, check: (table: CorpusReport['table']) => CheckResult = checkTable): ReportEval {
  const result = check(report.table);
  const outcomes = report.labels.steps.map((s) => {
    const codes = codesOn(result, s.measure, s.step);
    return { ...s, report: report.id, codes, ok: judged(s.label, codes) };
  });
  return { id: report.id, half: report.half, outcomes, figures: figuresOf(outcomes) };
}

export interface HalfEval {
  reports: ReportEval[];
  figures: Figures;
}

export async function evaluateHalf(half: Half, check?: (table: CorpusReport['table']) => CheckResult): Promise<HalfEval> {
  const reports = (await loadCorpus([half])).map((report) => evaluateReport(report, check));
  return { reports, figures: figuresOf(reports.flatMap((r) => r.outcomes)) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function figuresLine(name: string, f: Figures): string {
  return `${name.padEnd(24)} | ${`${f.caught}/${f.gaps}`.padStart(7)} ${pct(f.recall)} | ${`${f.falseErrors}/${f.reported}`.padStart(7)} ${pct(f.falseErrorRate)} | ${`${f.warned}/${f.reported}`.padStart(7)} ${pct(f.warningRate)}`;
}

/** The printed table of one half; its step-by-step misses when asked for, never for `heldout`. */
export function formatHalf(half: Half, evaluated: HalfEval, details: boolean): string[] {
  const titles: Record<Half, string> = {
    tune: 'TUNE half (development data: the matcher is tuned on these)',
    heldout: 'HELD-OUT half (never read while tuning: the clean measurement)',
  };
  const lines = [titles[half], `${'report'.padEnd(24)} | recall on gaps | false UNMATCHED_STEP | warnings on reported`];
  for (const r of evaluated.reports) lines.push(figuresLine(r.id, r.figures));
  lines.push(figuresLine(`ALL (${evaluated.reports.length} reports)`, evaluated.figures));
  if (details && half === 'tune') {
    for (const o of evaluated.reports.flatMap((r) => r.outcomes).filter((x) => !x.ok)) {
      lines.push(`  miss ${o.report} m${o.measure} s${o.step} ${o.label}${o.hard ? ' (hard)' : ''}: ${o.codes.join(',') || 'no finding'} — ${o.note ?? ''}`);
    }
  }
  return lines;
}
