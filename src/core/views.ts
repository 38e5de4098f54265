/**
 * CheckResult -> the sidebar's ValidateResponse: findings with the step they are about, the result
 * that covers it and, for findings a coordinator may confirm, the measure's results to pick from;
 * plus per-measure counts. Shared by the add-on and the local preview.
 */
import type { FindingView, MeasureSummary, ValidateResponse } from './api';
import type { CheckResult, Finding, MeasureCheck, NumeralStyle, Severity } from './types';
import { formatThaiDate } from './dates';
import { isConfirmable } from './confirmations';
import { shownNumber } from './check';

/** The check and step a step-level finding is about: same measure number, same cell, same item number. */
function stepOf(result: CheckResult, finding: Finding): { check: MeasureCheck; step: number } | null {
  if (finding.item === null) return null;
  for (const check of result.checks) {
    if (shownNumber(check.measure) !== finding.measure) continue;
    const step = check.measure.steps.findIndex(
      (item, i) =>
        (item.number ?? i + 1) === finding.item &&
        (finding.cell === undefined || item.ref.cell === finding.cell) &&
        (finding.line === undefined || item.ref.line === finding.line),
    );
    if (step >= 0) return { check, step };
  }
  return null;
}

export function findingView(result: CheckResult, finding: Finding, sheet?: string): FindingView {
  const view: FindingView = { ...finding };
  if (sheet && finding.cell && !finding.sheet) view.sheet = sheet;
  if (!isConfirmable(finding)) return view;
  const found = stepOf(result, finding);
  if (!found) return view;
  const { check, step } = found;
  view.stepText = check.measure.steps[step].text;
  view.confirmable = true;
  view.results = check.measure.results.map((r, i) => ({ number: r.number ?? i + 1, text: r.text }));
  const match = check.matches.find((m) => m.step === step);
  if (match) {
    view.strength = match.strength;
    if (match.result === null) {
      view.resultNumber = null;
    } else {
      const res = check.measure.results[match.result];
      view.resultNumber = res.number ?? match.result + 1;
      view.resultText = res.text;
    }
  }
  return view;
}

export interface ViewOptions {
  /** Digits of the check time (defaults to the table's). */
  numerals?: NumeralStyle;
  timeZone?: string;
}

export function validateResponse(result: CheckResult, sheet: string | undefined, now: Date, options: ViewOptions = {}): ValidateResponse {
  const measures: MeasureSummary[] = result.checks.map((check) => {
    const n = shownNumber(check.measure);
    const own = result.findings.filter((f) => f.measure === n && !f.sheet);
    const count = (severity: Severity) => own.filter((f) => f.severity === severity).length;
    return {
      index: check.measure.index,
      number: check.measure.number,
      title: check.measure.title,
      steps: check.measure.steps.length,
      results: check.measure.results.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    };
  });
  return {
    measures,
    findings: result.findings.map((f) => findingView(result, f, sheet)),
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos,
    checkedAt: formatThaiDate(now, options.numerals ?? result.table.numerals, { time: true, timeZone: options.timeZone }),
  };
}
