/**
 * Reads the timeframe people write for a measure (`ต.ค. ๖๕ – ก.ย. ๖๖`, `ตุลาคม 2565 – มีนาคม 2566`,
 * `ไตรมาส ๑–๒`, `ตลอดปีงบประมาณ`) as a span of calendar days, so the six-month edition can tell a
 * step that is not due yet from one that is late. Anything it cannot read gives null, never a guess.
 */
import { THAI_MONTHS } from './dates';
import { toArabicDigits, toThaiDigits } from './text';

/** A span of days as ISO dates (A.D.), both ends included. */
export interface DaySpan {
  start: string;
  end: string;
}

const BE_OFFSET = 543;

const MONTH_ABBREVIATIONS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/**
 * Month names, longest first so `มีนาคม` is not read as `มี.ค.` cut short. An abbreviation needs its
 * first dot (`ต.ค`, `ต. ค.`): without it `กค` would be found inside words such as `ปกครอง`.
 */
const MONTH_WORDS: { pattern: string; month: number }[] = [
  ...THAI_MONTHS.map((name, i) => ({ pattern: name, month: i + 1 })),
  ...MONTH_ABBREVIATIONS.map((abbr, i) => {
    const [head, ...rest] = abbr.split('.').filter(Boolean);
    return { pattern: `${head}\\.\\s*${rest.join('\\.?\\s*')}`, month: i + 1 };
  }),
].sort((a, b) => b.pattern.length - a.pattern.length);

const MONTH_MENTION = new RegExp(
  `(?:(\\d{1,2})\\s*)?(${MONTH_WORDS.map((w) => w.pattern).join('|')})\\.?\\s*(?:(?:พ\\.?\\s*ศ\\.?|ปี)\\s*)?(\\d{4}|\\d{2}(?!\\d))?`,
  'g',
);

/** `30/9/2565`, `01/10/2567`, `1/10/67` (day first, as Thai-locale sheets write it). */
const NUMERIC_DAY = /(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/g;

/** `ปีงบประมาณ 2568`, `ปีงบประมาณ พ.ศ. ๒๕๖๘` (digits already Arabic). */
const FISCAL_YEAR_NAMED = /ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})(?!\d)/;

/** One day written out: `30 เม.ย. 2565`, `วันที่ ๑๕ พฤษภาคม พ.ศ. ๒๕๖๕`, `30 ก.ย. 65` (digits already Arabic). */
const WRITTEN_DAY = new RegExp(`^(?:วันที่\\s*)?(\\d{1,2})\\s*(${MONTH_WORDS.map((w) => w.pattern).join('|')})\\.?\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4}|\\d{2})$`);

/**
 * A day as people type it in a cell: `2565-09-30`, `30/9/2565` (day first, as Thai-locale sheets
 * write it), `30 ก.ย. 65`, `๓๐ กันยายน ๒๕๖๕`. Gives `YYYY-MM-DD` with the year as written when it
 * has four digits (B.E. or A.D., as parseIsoDay decides) and B.E. for two digits (`65` → `2565`);
 * null when the text is no such form or names a day that does not exist (`2565-9-31`).
 */
export function parseDayText(raw: string): string | null {
  const text = toArabicDigits(raw.normalize('NFC')).replace(/\s+/g, ' ').trim();
  const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const numeric = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(text);
  const written = WRITTEN_DAY.exec(text);
  const parts = isoForm ? { year: isoForm[1], month: Number(isoForm[2]), day: Number(isoForm[3]) }
    : numeric ? { year: numeric[4], month: Number(numeric[3]), day: Number(numeric[1]) }
      : written ? { year: written[3], month: monthOf(written[2].trim()), day: Number(written[1]) }
        : null;
  if (!parts || parts.month < 1) return null;
  const year = parts.year.length === 2 ? String(2500 + Number(parts.year)) : parts.year;
  return isoDay(parts.day, parts.month, year) ? `${year}-${pad2(parts.month)}-${pad2(parts.day)}` : null;
}

function monthOf(word: string): number {
  const compact = word.replace(/[.\s]/g, '');
  const full = THAI_MONTHS.findIndex((name) => name === word);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS.findIndex((abbr) => abbr.replace(/\./g, '') === compact) + 1;
}

/** `65` → 2022, `2565` → 2022, `2022` → 2022. */
function yearAD(text: string): number {
  const n = Number(text);
  if (text.length === 2) return 2500 + n - BE_OFFSET;
  return n > 2400 ? n - BE_OFFSET : n;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** A fiscal year as written (`2568`, `68`, A.D. `2025`) in the Buddhist Era. */
function fiscalYearOf(text: string): number {
  return yearAD(text) + BE_OFFSET;
}

/** The ISO day (A.D.) of a day, month and written year, or null when no such day exists (`31/9/2565`). */
function isoDay(day: number, month: number, year: string): string | null {
  const y = yearAD(year);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(y, month) ? iso(y, month, day) : null;
}


function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The calendar year (A.D.) a month falls in within fiscal year `fiscalYearBE` (Oct–Dec belong to the year before). */
function yearInFiscal(month: number, fiscalYearBE: number): number {
  return fiscalYearBE - BE_OFFSET - (month >= 10 ? 1 : 0);
}

/** Quarters of the fiscal year: ๑ = ต.ค.–ธ.ค., ๒ = ม.ค.–มี.ค., ๓ = เม.ย.–มิ.ย., ๔ = ก.ค.–ก.ย. */
function quarterSpan(from: number, to: number, fiscalYearBE: number): DaySpan | null {
  if (from < 1 || to > 4 || from > to) return null;
  const startMonth = ((from - 1) * 3 + 9) % 12 + 1;
  const endMonth = ((to - 1) * 3 + 11) % 12 + 1;
  const endYear = yearInFiscal(endMonth, fiscalYearBE);
  return { start: iso(yearInFiscal(startMonth, fiscalYearBE), startMonth, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
}

/** The whole fiscal year: 1 October of the year before to 30 September. */
export function fiscalYearSpan(fiscalYearBE: number): DaySpan {
  const year = fiscalYearBE - BE_OFFSET;
  return { start: iso(year - 1, 10, 1), end: iso(year, 9, 30) };
}

/**
 * Parses a timeframe cell. `fiscalYearBE` places months written without a year. Returns null when
 * the text names no period it can read (`ตามแผน`, `-`).
 */
export function parseTimeframe(raw: string, fiscalYearBE: number): DaySpan | null {
  const text = toArabicDigits(raw.normalize('NFC')).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const days = [...text.matchAll(NUMERIC_DAY)].map((m) => isoDay(Number(m[1]), Number(m[2]), m[3]));
  if (days.length > 0) {
    // `01/10/2567 - 30/09/2568`: day first, as Thai-locale sheets write it; a day that does not exist,
    // or days mixed with month names (`ต.ค. 67 - 31/3/68`), read as nothing rather than half the span.
    if ([...text.matchAll(MONTH_MENTION)].some((m) => monthOf(m[2].trim()) > 0)) return null;
    const [start, end] = [days[0], days[days.length - 1]];
    return start && end && start <= end ? { start, end } : null;
  }
  // A fiscal year the text names (`ปีงบประมาณ 2568`) places its quarters and months, else it is the whole span.
  const named = FISCAL_YEAR_NAMED.exec(text);
  const fiscalYear = named ? fiscalYearOf(named[1]) : fiscalYearBE;
  if (/ตลอด\s*(ปีงบประมาณ|ปี|ทั้งปี)|ทั้งปีงบประมาณ/.test(text)) return fiscalYearSpan(fiscalYear);
  return monthSpan(text, fiscalYear) ?? (named ? fiscalYearSpan(fiscalYear) : null);
}

/** Quarters or month names (`ไตรมาส ๑–๒`, `ม.ค. – มี.ค. 2566`, `๑ ต.ค. ๖๕ - ๑๕ ม.ค. ๖๖`) as a span, or null. */
function monthSpan(text: string, fiscalYearBE: number): DaySpan | null {
  const quarters = /ไตรมาส(?:ที่)?\s*(\d)(?:\s*(?:[-–—]|ถึง|และ|,)\s*(?:ไตรมาส(?:ที่)?\s*)?(\d))?/.exec(text);
  if (quarters) return quarterSpan(Number(quarters[1]), Number(quarters[2] ?? quarters[1]), fiscalYearBE);
  const mentions = [...text.matchAll(MONTH_MENTION)].map((m) => ({
    day: m[1] ? Number(m[1]) : null,
    month: monthOf(m[2].trim()),
    year: m[3] ? yearAD(m[3]) : null,
  })).filter((m) => m.month > 0);
  if (mentions.length === 0) return null;
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  // A year written once (`ม.ค. – มี.ค. 2566`) belongs to the whole span; a start month after the end month runs over New Year.
  const endYear = last.year ?? first.year ?? yearInFiscal(last.month, fiscalYearBE);
  const startYear = first.year ?? (first === last ? endYear : first.month > last.month ? endYear - 1 : endYear);
  const endDay = last.day ?? lastDay(endYear, last.month);
  const startDay = first.day ?? 1;
  if (endDay > lastDay(endYear, last.month) || startDay > lastDay(startYear, first.month)) return null;
  const span = { start: iso(startYear, first.month, startDay), end: iso(endYear, last.month, endDay) };
  return span.start <= span.end ? span : null;
}

/**
 * The same timeframe one fiscal year later (for rollover): every written year moves on by one, in
 * the digits and width it was written with: after a month name (`ต.ค. ๖๗`), in a day written
 * `d/m/yyyy` (`01/10/2567`), and a Buddhist-Era year on its own (`ปีงบประมาณ ๒๕๖๘`) when it is the
 * closing fiscal year `fiscalYearBE` or the year before (a law's `พ.ร.บ. … พ.ศ. 2540` or a five-year
 * plan's `2566-2570` stays as written). Text without years is returned as it is.
 */
export function shiftTimeframeYears(raw: string, years: number, fiscalYearBE: number): string {
  return raw.replace(WRITTEN_YEAR, (whole: string, ...groups: (string | undefined)[]) => {
    // Each form ends with its year: after a month name (group 3), in d/m/yyyy (group 6), on its own (group 7).
    const year = groups[2] ?? groups[5] ?? groups[6];
    if (!year) return whole;
    const alone = groups[2] === undefined && groups[5] === undefined;
    const written = Number(toArabicDigits(year));
    if (alone && written !== fiscalYearBE && written !== fiscalYearBE - 1) return whole;
    const thai = /[๐-๙]/.test(year);
    const arabic = toArabicDigits(year);
    const width = arabic.length;
    const shifted = String((Number(arabic) + years) % (width === 2 ? 100 : 10000)).padStart(width, '0');
    const out = thai ? toThaiDigits(shifted) : shifted;
    return whole.slice(0, whole.length - year.length) + out;
  });
}

/**
 * Whether a timeframe names fiscal year `fiscalYearBE` or the calendar year it starts in (B.E.
 * `2567`/`2568`, A.D. `2024`/`2025`, two-digit `67`/`68`, either script) somewhere shiftTimeframeYears
 * does not move it (`ภายในปี 67`): rollover would copy last year's year into the new sheet.
 */
export function keepsOldYear(raw: string, fiscalYearBE: number): boolean {
  const years = [fiscalYearBE - 1, fiscalYearBE];
  const written = new Set(years.flatMap((y) => [String(y), String(y - BE_OFFSET), String(y % 100).padStart(2, '0')]));
  const unmoved = toArabicDigits(raw.replace(WRITTEN_YEAR, (whole) => (shiftTimeframeYears(whole, 1, fiscalYearBE) === whole ? whole : ' ')));
  return [...unmoved.matchAll(/(?<!\d)(\d{4}|\d{2})(?!\d)/g)].some((m) => written.has(m[1]));
}

const DIGIT = '[0-9๐-๙]';
const anyDigits = (source: string) => source.replace(/\\d/g, DIGIT);
/** A month mention, a `d/m/yyyy` day, or a Buddhist-Era year 24xx–26xx standing alone: each ends with its year. */
const WRITTEN_YEAR = new RegExp(
  `${anyDigits(MONTH_MENTION.source)}|${anyDigits(NUMERIC_DAY.source)}|(?<!${DIGIT})([2๒][4-6๔-๖]${DIGIT}{2})(?!${DIGIT})`,
  'g',
);
