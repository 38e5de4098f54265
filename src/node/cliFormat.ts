/** How the command line prints results: one line per finding for people, a fixed JSON shape for tools. */
import { findingMessage, formatNumber, itemLabel, shownNumber, type CheckResult, type Finding, type Item, type Lang, type Severity } from '../core';

export interface Out {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const consoleOut: Out = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};

const SEVERITY_TH: Record<Severity, string> = { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อมูล' };

function where(finding: Finding, lang: Lang): string {
  if (finding.cell) return finding.sheet ? `${finding.sheet}!${finding.cell}` : finding.cell;
  if (finding.line !== undefined) return lang === 'th' ? `บรรทัด ${finding.line}` : `line ${finding.line}`;
  return '-';
}

/** One printed line: severity, code and place in fixed-width columns, then the message. */
function columns(severity: Severity, code: string, place: string, message: string, lang: Lang): string {
  const label = lang === 'th' ? SEVERITY_TH[severity] : severity;
  return `${label.padEnd(10)} ${code.padEnd(22)} ${place.padEnd(10)} ${message}`;
}

function findingLine(finding: Finding, lang: Lang): string {
  return columns(finding.severity, finding.code, where(finding, lang), findingMessage(finding, lang), lang);
}

/**
 * The rows under the table that were not read (notes, a signature block), as one information line,
 * or null: also when they hold steps or results, a warning the findings already list.
 */
export function trailingLine(result: CheckResult, lang: Lang): string | null {
  const trailing = result.table.trailing;
  if (!trailing || trailing.severity === 'warning') return null;
  return columns('info', 'TABLE_END', trailing.cell, lang === 'th' ? trailing.message : trailing.messageEn, lang);
}

/** Everything `check` prints for people: the summary, one line per finding, the rows after the table. */
export function reportLines(file: string, result: CheckResult, lang: Lang): string[] {
  const lines = [summaryLine(file, result, lang), ...result.findings.map((finding) => findingLine(finding, lang))];
  const trailing = trailingLine(result, lang);
  if (trailing) lines.push(trailing);
  return lines;
}

function summaryLine(file: string, result: CheckResult, lang: Lang): string {
  const count = result.table.measures.length;
  return lang === 'th'
    ? `${file}: ${count} มาตรการ — ข้อผิดพลาด ${result.errors} คำเตือน ${result.warnings}${result.infos ? ` ข้อมูล/ยืนยันแล้ว ${result.infos}` : ''}`
    : `${file}: ${count} measure(s) — ${result.errors} error(s), ${result.warnings} warning(s)${result.infos ? `, ${result.infos} info line(s): notes and confirmations` : ''}`;
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
      // responsible, timeframe, budget, indicator, evidence: only the columns the sheet has.
      ...measure.extra,
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
      // 1-based positions of the step's measure in the table and of the step in it: numbers can repeat.
      ...(f.place ? { position: { measure: f.place.measure, step: f.place.step + 1 } } : {}),
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
      ...(f.line !== undefined ? { line: f.line } : {}),
      ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
      message: findingMessage(f, lang),
      ...(f.confirmedBy ? { confirmedBy: f.confirmedBy } : {}),
    })),
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos,
    ...(result.table.trailing
      ? { ignoredRows: { from: result.table.trailing.firstRow + 1, to: result.table.trailing.lastRow + 1, cell: result.table.trailing.cell, message: lang === 'th' ? result.table.trailing.message : result.table.trailing.messageEn } }
      : {}),
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
      const c = match.confirmed;
      const word = !c ? '' : lang === 'th'
        ? ` — ${c.by} ยืนยันว่า${c.verdict === 'reported' ? `รายงานแล้วในผลข้อที่ ${formatNumber(c.result as number, numerals)}` : 'ยังไม่ได้ทำ'}`
        : ` — ${c.by} confirmed: ${c.verdict === 'reported' ? `reported by result ${c.result}` : 'not done'}`;
      lines.push(`  ${mark} ${label}: ${lang === 'th' ? match.why : match.whyEn}${word}`);
    }
  }
  return lines;
}
