import type { NumeralStyle } from './types';
import { toThaiDigits } from './text';

export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

const BE_OFFSET = 543;

/** Calendar parts of a moment in a time zone (Asia/Bangkok by default, the agencies' zone). */
export function dateParts(date: Date, timeZone = 'Asia/Bangkok'): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** "๒๖ พฤศจิกายน ๒๕๖๙" (with ", ๑๔:๐๕ น." when time is asked for): Buddhist Era, Thai month names. */
export function formatThaiDate(date: Date, numerals: NumeralStyle, opts: { time?: boolean; timeZone?: string } = {}): string {
  const p = dateParts(date, opts.timeZone);
  let text = `${p.day} ${THAI_MONTHS[p.month - 1]} ${p.year + BE_OFFSET}`;
  if (opts.time) text += ` เวลา ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')} น.`;
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

/** Fiscal year N (B.E.) runs from 1 October of N−1 to 30 September of N. */
export function fiscalYearBE(date: Date, timeZone = 'Asia/Bangkok'): number {
  const p = dateParts(date, timeZone);
  return p.year + BE_OFFSET + (p.month >= 10 ? 1 : 0);
}

/** Parses `YYYY-MM-DD`; years above 2400 are taken as Buddhist Era. A day that does not exist (`2024-02-30`) is null. */
export function parseIsoDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]) > 2400 ? Number(m[1]) - BE_OFFSET : Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  // Noon UTC keeps the same calendar day in every Thai-relevant time zone.
  const date = new Date(Date.UTC(year, month, day, 12));
  // Date.UTC rolls 30 February over into March: a real day reads back as itself.
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}
