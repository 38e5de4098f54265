/**
 * The optional columns the ITA criteria ask for (responsible unit, timeframe, budget, indicator or
 * target, evidence): how their headers are recognised and what is checked in their cells. A check
 * runs only when the sheet has the column, so a four-column sheet gets no new findings.
 */
import type { ExtraColumn, Finding, FindingCode, Measure, MeasureTable, NumeralStyle } from './types';
import { makeFinding } from './findings';
import { describeRef, measureLabel, quote } from './messages';
import { normalizeText } from './text';
import { readBudget } from './budget';

export const EXTRA_COLUMNS: readonly ExtraColumn[] = ['responsible', 'timeframe', 'budget', 'indicator', 'evidence'];

/** The header texts set-up writes and the report prints. */
export const EXTRA_HEADERS: Record<ExtraColumn, string> = {
  responsible: 'ผู้รับผิดชอบ',
  timeframe: 'ระยะเวลาดำเนินการ',
  budget: 'งบประมาณ',
  indicator: 'ตัวชี้วัด / เป้าหมาย',
  evidence: 'หลักฐาน / เอกสารอ้างอิง',
};

export const EXTRA_HEADERS_EN: Record<ExtraColumn, string> = {
  responsible: 'Responsible',
  timeframe: 'Timeframe',
  budget: 'Budget',
  indicator: 'Indicator / Target',
  evidence: 'Evidence',
};

const MISSING_CODE: Record<ExtraColumn, FindingCode> = {
  responsible: 'MISSING_RESPONSIBLE',
  timeframe: 'MISSING_TIMEFRAME',
  budget: 'MISSING_BUDGET',
  indicator: 'MISSING_INDICATOR',
  evidence: 'MISSING_EVIDENCE',
};

/**
 * Which extra column a header names. `key` is the header reduced to letters (see headers.ts).
 * Order matters: `หน่วยงานที่รับผิดชอบ` is the responsible unit, `ระยะเวลาดำเนินการ` a timeframe.
 */
export function classifyExtraKey(key: string): ExtraColumn | null {
  if (key.includes('รับผิดชอบ') || /^(responsible|responsibleunit|owner|incharge)$/.test(key)) return 'responsible';
  if (/^(ระยะเวลา|ช่วงเวลา|กำหนดเวลา|ห้วงเวลา|กรอบเวลา)/.test(key) || /^(timeframe|period|duration|schedule)$/.test(key)) return 'timeframe';
  if (/^งบประมาณ/.test(key) || /^budget/.test(key)) return 'budget';
  if (key.includes('ตัวชี้วัด') || key.startsWith('เป้าหมาย') || /^(kpis?|indicators?|targets?|indicatorstarget|indicatortarget)$/.test(key)) {
    return 'indicator';
  }
  if (key.includes('หลักฐาน') || key.includes('เอกสารอ้างอิง') || /^(evidence|links?|references?)$/.test(key)) return 'evidence';
  return null;
}

/** A word that looks like an attempt at a link: a scheme (even a broken one), `//`, `www.` or a domain. */
const LINK_LIKE = /^[a-z][a-z0-9+.-]*:|\/\/|^www\.|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:th|com|org|net|go|info)(?:[/:?#]|$)/i;
/** http(s), a host of dot-separated labels (Thai domains allowed), optional port, path, query. */
const HOST_CHAR = 'a-z0-9ก-๙';
const WELL_FORMED = new RegExp(
  `^https?://(?:[${HOST_CHAR}](?:[${HOST_CHAR}-]*[${HOST_CHAR}])?\\.)+[a-zก-๙]{2,}(?::\\d{1,5})?(?:[/?#][^\\s<>"]*)?$`,
  'i',
);

/** Brackets, quotes and sentence punctuation around a link are not part of it. */
function trimLink(token: string): string {
  return token.replace(/^[(“‘'"<]+/, '').replace(/[),.;'"”’>]+$/, '');
}

/**
 * Each line of an evidence cell should carry a well-formed link (a description before it is fine).
 * Returns the lines that do not: with the token that looks broken, or null when the line has no link.
 */
export function badEvidenceLines(cell: string): { line: string; token: string | null }[] {
  const bad: { line: string; token: string | null }[] = [];
  for (const line of normalizeText(cell).split('\n').map((l) => l.trim()).filter(Boolean)) {
    const tokens = line.split(/\s+/).map(trimLink).filter((word) => LINK_LIKE.test(word));
    const broken = tokens.find((t) => !WELL_FORMED.test(t));
    if (tokens.length === 0) bad.push({ line, token: null });
    else if (broken) bad.push({ line, token: broken });
  }
  return bad;
}

function missingFinding(measure: Measure, column: ExtraColumn, shown: number, numerals: NumeralStyle): Finding {
  const ref = measure.extraRefs?.[column] ?? measure.refs.measure;
  const where = (lang: 'th' | 'en') => `${measureLabel(shown, numerals, lang)} (${describeRef(ref, lang)})`;
  return makeFinding('warning', MISSING_CODE[column], shown, null, ref,
    `${where('th')}: ยังไม่ได้กรอก “${EXTRA_HEADERS[column]}”`,
    `${where('en')}: “${EXTRA_HEADERS_EN[column]}” is empty`);
}

function evidenceFindings(measure: Measure, shown: number, numerals: NumeralStyle): Finding[] {
  const ref = measure.extraRefs?.evidence ?? measure.refs.measure;
  const where = (lang: 'th' | 'en') => `${measureLabel(shown, numerals, lang)} (${describeRef(ref, lang)})`;
  return badEvidenceLines(measure.extra?.evidence ?? '').map(({ line, token }) =>
    token === null
      ? makeFinding('warning', 'EVIDENCE_LINK', shown, null, ref,
        `${where('th')}: หลักฐาน ${quote(line)} ไม่มีลิงก์ ใส่ลิงก์ที่ขึ้นต้นด้วย https://`,
        `${where('en')}: evidence ${quote(line)} has no link; add one starting with https://`)
      : makeFinding('warning', 'EVIDENCE_LINK', shown, null, ref,
        `${where('th')}: ลิงก์หลักฐาน ${quote(token)} ไม่ถูกต้อง ตรวจว่าขึ้นต้นด้วย https:// และไม่มีช่องว่าง`,
        `${where('en')}: the evidence link ${quote(token)} is not a well-formed link; it should start with https:// and hold no spaces`),
  );
}

/** A budget that is neither an amount nor a clear "no budget" (an empty cell is MISSING_BUDGET's). */
function budgetFinding(measure: Measure, shown: number, numerals: NumeralStyle): Finding | null {
  const text = normalizeText(measure.extra?.budget ?? '');
  if (!text || readBudget(text)) return null;
  const ref = measure.extraRefs?.budget ?? measure.refs.measure;
  const where = (lang: 'th' | 'en') => `${measureLabel(shown, numerals, lang)} (${describeRef(ref, lang)})`;
  return makeFinding('warning', 'BUDGET_UNCLEAR', shown, null, ref,
    `${where('th')}: งบประมาณ ${quote(text)} ไม่ใช่จำนวนเงิน ใส่จำนวนเงิน เช่น ๒๐,๐๐๐ บาท หรือ “ไม่ใช้งบประมาณ”`,
    `${where('en')}: the budget ${quote(text)} is neither an amount nor “no budget”; write an amount such as 20,000 บาท, or ไม่ใช้งบประมาณ`);
}

/** Warnings for the extra columns the table has: empty cells, unclear budgets and malformed evidence links. */
export function extraColumnFindings(table: MeasureTable, shownNumber: (m: Measure) => number): Finding[] {
  const present = EXTRA_COLUMNS.filter((c) => table.columns?.extra?.[c] !== undefined);
  const findings: Finding[] = [];
  for (const measure of table.measures) {
    const shown = shownNumber(measure);
    for (const column of present) {
      if (!normalizeText(measure.extra?.[column] ?? '')) findings.push(missingFinding(measure, column, shown, table.numerals));
    }
    const budget = present.includes('budget') ? budgetFinding(measure, shown, table.numerals) : null;
    if (budget) findings.push(budget);
    if (present.includes('evidence')) findings.push(...evidenceFindings(measure, shown, table.numerals));
  }
  return findings;
}
