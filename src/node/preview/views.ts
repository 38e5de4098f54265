/**
 * CheckResult -> the sidebar's ValidateResponse: findings enriched with the step they are about
 * and the result that covers it (FindingView), plus per-measure counts. Pure; only the preview
 * uses it (the Apps Script side builds the same shape from the same core result).
 */
import type { FindingView, MeasureSummary, ValidateResponse } from '../../core/api';
import type { CheckResult, Finding, MeasureCheck } from '../../core/types';
import { formatThaiDate } from '../../core/dates';

const shownNumber = (check: MeasureCheck) => check.measure.number ?? check.measure.index;

/** The check and step a step-level finding is about: same measure number, same cell, same item number. */
function stepOf(result: CheckResult, finding: Finding): { check: MeasureCheck; step: number } | null {
  if (finding.item === null) return null;
  for (const check of result.checks) {
    if (shownNumber(check) !== finding.measure) continue;
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
  if (sheet && finding.cell) view.sheet = sheet;
  if (finding.code !== 'UNMATCHED_STEP' && finding.code !== 'WEAK_MATCH') return view;
  const found = stepOf(result, finding);
  if (!found) return view;
  const { check, step } = found;
  view.stepText = check.measure.steps[step].text;
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

export function validateResponse(result: CheckResult, sheet: string | undefined, now: Date): ValidateResponse {
  const measures: MeasureSummary[] = result.checks.map((check) => {
    const n = shownNumber(check);
    const own = result.findings.filter((f) => f.measure === n);
    return {
      index: check.measure.index,
      number: check.measure.number,
      title: check.measure.title,
      steps: check.measure.steps.length,
      results: check.measure.results.length,
      errors: own.filter((f) => f.severity === 'error').length,
      warnings: own.filter((f) => f.severity === 'warning').length,
    };
  });
  return {
    measures,
    findings: result.findings.map((f) => findingView(result, f, sheet)),
    errors: result.errors,
    warnings: result.warnings,
    checkedAt: formatThaiDate(now, result.table.numerals, { time: true }),
  };
}
