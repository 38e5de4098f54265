/**
 * What a budget cell says: an amount in baht, "no budget", or nothing clear. Agencies write amounts
 * in Thai or Arabic digits, with thousands commas, `บาท`, `ล้านบาท` or the accountants' `.-`, often
 * after `จำนวน` and before the source of funds in brackets; one amount per line when a measure has
 * several activities. Anything else is left unread rather than guessed.
 */
import { normalizeText, toArabicDigits } from './text';

export type Budget = { kind: 'amount'; baht: number } | { kind: 'none' };

/** A leading item number (`๑.` `1)` `(1)`) or bullet: the line's amount comes after it. */
const ITEM_MARK = /^(?:\(?\d{1,2}[.)]|[-•])\s+/;
/** `งบประมาณ` / `จำนวน(เงิน)` before an amount. */
const LEAD = /^(?:(?:ใช้)?งบประมาณ|จำนวน(?:เงิน)?)\s*/;
/** 20,000 · 20000 · 20,000.50 (commas only in groups of three). */
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/;
const AMOUNT_LINE = new RegExp(`^${NUMBER.source}\\s*(ล้าน)?\\s*(?:บาท)?\\s*(?:\\.-|-)?\\s*(?:\\(.*\\))?$`);
/** Clear ways to say the measure spends nothing; a bracketed reason may follow. */
const NO_BUDGET = /^(?:-|–|—|0|ไม่(?:ได้|ต้อง)?ใช้งบ(?:ประมาณ)?|ไม่มี(?:งบประมาณ|ค่าใช้จ่าย)?|ไม่เสียค่าใช้จ่าย|n\/a|none|no budget)\s*(?:\(.*\))?$/i;

function lineAmount(line: string): number | null {
  const text = line.replace(LEAD, '');
  const match = AMOUNT_LINE.exec(text);
  if (!match) return null;
  const baht = Number(`${match[1].replace(/,/g, '')}.${match[2] ?? '0'}`);
  return match[3] ? baht * 1_000_000 : baht;
}

/**
 * Reads a budget cell: every non-blank line an amount (summed), or the whole cell a "no budget"
 * phrase. Null when it is neither (or blank: that is MISSING_BUDGET's business).
 */
export function readBudget(cell: string): Budget | null {
  const lines = toArabicDigits(normalizeText(cell))
    .split('\n')
    .map((line) => line.trim().replace(ITEM_MARK, '').trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  if (lines.length === 1 && NO_BUDGET.test(lines[0])) return { kind: 'none' };
  let total = 0;
  for (const line of lines) {
    const baht = lineAmount(line);
    if (baht === null) return null;
    total += baht;
  }
  return { kind: 'amount', baht: Math.round(total * 100) / 100 };
}
