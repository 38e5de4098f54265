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

/** The measure checks by their position in the table, built once per response (a table may have 1,000 measures). */
type ChecksByPlace = Map<number, MeasureCheck>;

function checksByPlace(result: CheckResult): ChecksByPlace {
  return new Map(result.checks.map((check) => [check.measure.index, check]));
}

/** The check and step a step-level finding is about: its place (numbers may repeat, places do not). */
function stepOf(byPlace: ChecksByPlace, finding: Finding): { check: MeasureCheck; step: number } | null {
  if (!finding.place) return null;
  const check = byPlace.get(finding.place.measure);
  return check && check.measure.steps[finding.place.step] ? { check, step: finding.place.step } : null;
}

function findingView(byPlace: ChecksByPlace, finding: Finding, sheet?: string): FindingView {
  const view: FindingView = { ...finding };
  if (sheet && finding.cell && !finding.sheet) view.sheet = sheet;
  if (!isConfirmable(finding)) return view;
  const found = stepOf(byPlace, finding);
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
  // Findings counted by measure number and severity in one pass: a table of 1,000 measures has thousands of findings.
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    if (f.sheet || f.measure === null) continue;
    const key = `${f.measure} ${f.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byPlace = checksByPlace(result);
  const measures: MeasureSummary[] = result.checks.map((check) => {
    const n = shownNumber(check.measure);
    const count = (severity: Severity) => counts.get(`${n} ${severity}`) ?? 0;
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
    findings: result.findings.map((f) => findingView(byPlace, f, sheet)),
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos,
    checkedAt: formatThaiDate(now, options.numerals ?? result.table.numerals, { time: true, timeZone: options.timeZone }),
    ...(result.table.trailing ? { rowsNotRead: result.table.trailing } : {}),
  };
}
