/**
 * The honest measurement of matching (issue 7): every labelled report of `test/corpus/` is
 * checked and each labelled step's findings are compared with what a careful reader decided.
 * The corpus is split in two (`split.json`): the matcher is tuned on `tune` only, and `heldout`
 * is reported as a measurement, never read for tuning (only aggregate figures are printed for it).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkTable, type CheckResult, type Finding } from '../../src/core';
import { loadTable } from '../../src/node/tableFiles';

export type Half = 'tune' | 'heldout';
export type Label = 'reported' | 'unreported' | 'not_done' | 'in_progress';

export interface LabelledStep {
  /** The measure's number as shown (the sheet's number, else its position). */
  measure: number;
  step: number;
  label: Label;
  results: number[];
  hard?: boolean;
  note?: string;
}

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

export const CORPUS_DIR = path.join(__dirname, '..', '..', 'test', 'corpus');

export function readSplit(dir = CORPUS_DIR): Record<Half, string[]> {
  return JSON.parse(fs.readFileSync(path.join(dir, 'split.json'), 'utf8')) as Record<Half, string[]>;
}

/** The report file of an id (`.txt`, `.csv` or `.xlsx`), or null while it is not in the corpus yet. */
export function reportFile(id: string, dir = CORPUS_DIR): string | null {
  for (const ext of ['.txt', '.csv', '.xlsx']) {
    const file = path.join(dir, id + ext);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

const MATCH_CODES = new Set(['UNMATCHED_STEP', 'IN_PROGRESS', 'WEAK_MATCH']);

function codesOn(findings: Finding[], measure: number, step: number): string[] {
  return findings
    .filter((f) => f.measure === measure && ((MATCH_CODES.has(f.code) && f.item === step) || f.code === 'EMPTY_RESULTS'))
    .map((f) => f.code);
}

/** Whether the findings on a step are what its label asks for. */
export function judged(label: Label, codes: string[]): boolean {
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

export async function evaluateReport(id: string, half: Half, dir = CORPUS_DIR, check: (r: CheckResult['table']) => CheckResult = checkTable): Promise<ReportEval | null> {
  const file = reportFile(id, dir);
  const labelsFile = path.join(dir, `${id}.labels.json`);
  if (!file || !fs.existsSync(labelsFile)) return null;
  const { table } = await loadTable(file);
  const result = check(table);
  const { steps } = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as { steps: LabelledStep[] };
  const outcomes = steps.map((s) => {
    const codes = codesOn(result.findings, s.measure, s.step);
    return { ...s, report: id, codes, ok: judged(s.label, codes) };
  });
  return { id, half, outcomes, figures: figuresOf(outcomes) };
}

export async function evaluateHalf(half: Half, dir = CORPUS_DIR): Promise<{ reports: ReportEval[]; missing: string[]; figures: Figures }> {
  const reports: ReportEval[] = [];
  const missing: string[] = [];
  for (const id of readSplit(dir)[half]) {
    const report = await evaluateReport(id, half, dir);
    if (report) reports.push(report);
    else missing.push(id);
  }
  return { reports, missing, figures: figuresOf(reports.flatMap((r) => r.outcomes)) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function figuresLine(name: string, f: Figures): string {
  return `${name.padEnd(24)} | ${`${f.caught}/${f.gaps}`.padStart(7)} ${pct(f.recall)} | ${`${f.falseErrors}/${f.reported}`.padStart(7)} ${pct(f.falseErrorRate)} | ${`${f.warned}/${f.reported}`.padStart(7)} ${pct(f.warningRate)}`;
}

/** The printed table of one half; the step-by-step misses only for the tune half. */
export function formatHalf(half: Half, evaluated: Awaited<ReturnType<typeof evaluateHalf>>, details: boolean): string[] {
  const title = half === 'tune' ? 'TUNE half (the matcher is tuned on these)' : 'HELD-OUT half (never read for tuning: a measurement)';
  const lines = [title, `${'report'.padEnd(24)} | recall on gaps | false UNMATCHED_STEP | warnings on reported`];
  for (const r of evaluated.reports) lines.push(figuresLine(r.id, r.figures));
  lines.push(figuresLine(`ALL (${evaluated.reports.length} reports)`, evaluated.figures));
  if (evaluated.missing.length) lines.push(`not in the corpus yet: ${evaluated.missing.join(', ')}`);
  if (details && half === 'tune') {
    for (const o of evaluated.reports.flatMap((r) => r.outcomes).filter((x) => !x.ok)) {
      lines.push(`  miss ${o.report} m${o.measure} s${o.step} ${o.label}${o.hard ? ' (hard)' : ''}: ${o.codes.join(',') || 'no finding'} — ${o.note ?? ''}`);
    }
  }
  return lines;
}
