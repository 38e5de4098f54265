/** How the command line prints results: one line per finding for people, a fixed JSON shape for tools. */
import { findingMessage, formatNumber, itemLabel, shownNumber, type CheckResult, type Finding, type Item, type Lang } from '../core';

export interface Out {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const consoleOut: Out = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};

function where(finding: Finding, lang: Lang): string {
  if (finding.cell) return finding.cell;
  if (finding.line !== undefined) return lang === 'th' ? `บรรทัด ${finding.line}` : `line ${finding.line}`;
  return '-';
}

export function findingLine(finding: Finding, lang: Lang): string {
  const severity = lang === 'th' ? (finding.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน') : finding.severity;
  return `${severity.padEnd(10)} ${finding.code.padEnd(22)} ${where(finding, lang).padEnd(10)} ${findingMessage(finding, lang)}`;
}

export function summaryLine(file: string, result: CheckResult, lang: Lang): string {
  const count = result.table.measures.length;
  return lang === 'th'
    ? `${file}: ${count} มาตรการ — ข้อผิดพลาด ${result.errors} คำเตือน ${result.warnings}`
    : `${file}: ${count} measure(s) — ${result.errors} error(s), ${result.warnings} warning(s)`;
}

function itemJson(item: Item) {
  return { number: item.number, text: item.text, ...item.ref };
}

/** The `check --json` contract: `{ measures: [...], findings: [...] }`. */
export function checkJson(result: CheckResult, lang: Lang) {
  return {
    measures: result.checks.map(({ measure, matches }) => ({
      number: measure.number,
      title: measure.title,
      steps: measure.steps.map(itemJson),
      results: measure.results.map(itemJson),
      suggestion: measure.suggestion,
      matches: matches.map((m) => ({
        step: measure.steps[m.step].number ?? m.step + 1,
        result: m.result === null ? null : measure.results[m.result].number ?? m.result + 1,
        results: m.results.map((r) => measure.results[r].number ?? r + 1),
        score: m.score,
        strength: m.strength,
        evidence: m.evidence,
        shared: m.shared,
        why: lang === 'th' ? m.why : m.whyEn,
      })),
    })),
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      measure: f.measure,
      item: f.item,
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
      ...(f.line !== undefined ? { line: f.line } : {}),
      message: findingMessage(f, lang),
    })),
    errors: result.errors,
    warnings: result.warnings,
  };
}

/** `check --explain`: for every step, the result(s) that report it and why, so a person can judge the matching. */
export function explainLines(result: CheckResult, lang: Lang): string[] {
  const lines: string[] = [];
  const numerals = result.table.numerals;
  for (const { measure, matches } of result.checks) {
    const n = shownNumber(measure);
    lines.push(lang === 'th' ? `มาตรการที่ ${formatNumber(n, numerals)} ${measure.title}` : `Measure ${n} ${measure.title}`);
    for (const match of matches) {
      const step = measure.steps[match.step];
      const label = itemLabel('step', step.number ?? match.step + 1, numerals, lang);
      const mark = match.strength === 'strong' ? '✓' : match.strength === 'weak' ? '?' : '✗';
      lines.push(`  ${mark} ${label}: ${lang === 'th' ? match.why : match.whyEn}`);
    }
  }
  return lines;
}
