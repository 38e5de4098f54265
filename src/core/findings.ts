import type { Finding, FindingCode, Lang, Severity, SourceRef } from './types';

export function makeFinding(
  severity: Severity,
  code: FindingCode,
  measure: number | null,
  item: number | null,
  ref: SourceRef,
  message: string,
  messageEn: string,
): Finding {
  const finding: Finding = { severity, code, measure, item, message, messageEn };
  if (ref.cell !== undefined) finding.cell = ref.cell;
  if (ref.line !== undefined) finding.line = ref.line;
  return finding;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then info lines; inside each by measure, item and code: the order a coordinator works through them. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => SEVERITY_RANK[f.severity];
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.measure ?? 0) - (b.measure ?? 0) ||
      (a.item ?? 0) - (b.item ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

export function findingMessage(finding: Finding, lang: Lang): string {
  return lang === 'en' ? finding.messageEn : finding.message;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
