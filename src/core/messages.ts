import type { Lang, NumeralStyle, SourceRef } from './types';
import { formatNumber } from './text';

/** Where a finding points, in words: cell references stay as Sheets shows them (Arabic digits). */
export function describeRef(ref: SourceRef, lang: Lang): string {
  if (ref.cell) return lang === 'th' ? `เซลล์ ${ref.cell}` : `cell ${ref.cell}`;
  if (ref.line !== undefined) return lang === 'th' ? `บรรทัดที่ ${ref.line}` : `line ${ref.line}`;
  return lang === 'th' ? 'ตาราง' : 'table';
}

/** "มาตรการที่ ๓" / "measure 3". */
export function measureLabel(n: number | null, numerals: NumeralStyle, lang: Lang): string {
  if (n === null) return lang === 'th' ? 'มาตรการ' : 'measure';
  return lang === 'th' ? `มาตรการที่ ${formatNumber(n, numerals)}` : `measure ${n}`;
}

export function itemLabel(kind: 'step' | 'result', n: number, numerals: NumeralStyle, lang: Lang): string {
  if (lang === 'en') return `${kind} ${n}`;
  return `${kind === 'step' ? 'ขั้นตอนที่' : 'ผลข้อที่'} ${formatNumber(n, numerals)}`;
}

/** Quotes a piece of a person's text, shortened so one message stays one line. */
export function quote(text: string, max = 60): string {
  if (text.length <= max) return `“${text}”`;
  const chars = Array.from(text);
  return `“${chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text}”`;
}

export function percent(score: number, numerals: NumeralStyle, lang: Lang): string {
  const value = String(Math.round(score * 100));
  return `${lang === 'th' ? formatNumber(Number(value), numerals) : value}%`;
}
