/**
 * A number or date as a spreadsheet shows it under the cell's number format: what the add-on reads
 * from Sheets with getDisplayValues, so a workbook printed on the command line says `80%`,
 * `20,000` and `31/3/2568` as the add-on does, not `0.8`, `20000` and `2025-03-31`.
 *
 * The formats people use in these tables are known: General, `0`, `0.00`, `#,##0`, `#,##0.00`,
 * `0%`, `0.0%`, literal text and currency around them, sections for negatives and zero, dates and
 * times (`d/m/yyyy`, `dd/mm/yyyy`, `d mmm yy`, `h:mm`), Thai month names under a Thai locale and
 * Buddhist-Era years (`bbbb`, or `yyyy` under the Thai calendar: `[$-107041E]`, `[$-1070000]`,
 * `[$-th-TH,107]`). Anything else (scientific, fractions, conditions, elapsed time) gives null and
 * the caller keeps the raw value: never a guess, never an exception.
 */
import { THAI_MONTHS } from '../core/dates';

const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const THAI_DAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
const THAI_DAYS_SHORT = ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'];
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const BE_OFFSET = 543;
/** Excel's serial day 25569 is 1 January 1970 (the 1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;
/** Significant digits General shows (Excel's rule; Sheets shows the same for these tables' numbers). */
const GENERAL_DIGITS = 11;
/** exceljs names built-in format 14 (the system's short date) by its US form; Sheets in a Thai locale shows it day first. */
const BUILTIN_SHORT_DATE = 'mm-dd-yy';

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'number'; pattern: string }
  | { kind: 'percent' }
  | { kind: 'date'; code: string };

interface Section {
  tokens: Token[];
  /** Month and day names in Thai. */
  thai: boolean;
  /** Years in the Buddhist Era (the Thai calendar). */
  buddhist: boolean;
}

/** Splits a format into its `;` sections, leaving quoted text and escaped characters whole. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (c === '\\' && i + 1 < format.length) {
      current += format.slice(i, i + 2);
      i++;
    } else if (c === ';') {
      sections.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  sections.push(current);
  return sections;
}

/** What a `[$…]` locale token says: Thai names (language 041E, `th-TH`, or the Thai calendar) and Buddhist-Era years (calendar 07). */
function localeOf(inner: string): { symbol: string; thai: boolean; buddhist: boolean } {
  const dash = inner.indexOf('-');
  const symbol = dash < 0 ? inner : inner.slice(0, dash);
  const code = dash < 0 ? '' : inner.slice(dash + 1);
  if (/^[0-9a-f]{1,8}$/i.test(code)) {
    const n = parseInt(code, 16);
    const calendar = Math.floor(n / 0x10000) % 0x100;
    const buddhist = calendar === 0x07;
    return { symbol, thai: n % 0x10000 === 0x41e || buddhist, buddhist };
  }
  const [tag, calendar] = code.split(',');
  const buddhist = calendar !== undefined && /^(?:1?07)$/.test(calendar.trim());
  return { symbol, thai: /^th\b/i.test(tag ?? '') || buddhist, buddhist };
}

const DATE_LETTER = /[ymdhsbe]/i;

/** The tokens of one section, or null when it uses something this formatter does not know. */
function parseSection(source: string): Section | null {
  const tokens: Token[] = [];
  let thai = false;
  let buddhist = false;
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const rest = source.slice(i);
    if (c === '"') {
      const end = source.indexOf('"', i + 1);
      if (end < 0) return null;
      literal(source.slice(i + 1, end));
      i = end + 1;
    } else if (c === '\\') {
      literal(source[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      literal(' '); // padding as wide as the next character
      i += 2;
    } else if (c === '*') {
      i += 2; // a fill character: nothing in a value
    } else if (c === '[') {
      const end = source.indexOf(']', i);
      if (end < 0) return null;
      const inner = source.slice(i + 1, end);
      if (inner.startsWith('$')) {
        const locale = localeOf(inner.slice(1));
        thai ||= locale.thai;
        buddhist ||= locale.buddhist;
        if (locale.symbol) literal(locale.symbol);
      } else if (!/^(?:black|blue|cyan|green|magenta|red|white|yellow|colou?r\s*\d+)$/i.test(inner)) {
        return null; // a condition ([>100]) or elapsed time ([h])
      }
      i = end + 1;
    } else if (/^general/i.test(rest)) {
      tokens.push({ kind: 'number', pattern: 'General' });
      i += 'general'.length;
    } else if (/^(?:am\/pm|a\/p)/i.test(rest)) {
      const code = /^am\/pm/i.test(rest) ? 'AM/PM' : 'A/P';
      tokens.push({ kind: 'date', code });
      i += code.length;
    } else if (DATE_LETTER.test(c)) {
      let j = i;
      while (j < source.length && source[j].toLowerCase() === c.toLowerCase()) j++;
      tokens.push({ kind: 'date', code: source.slice(i, j).toLowerCase() });
      i = j;
    } else if (/[0#?.,]/.test(c)) {
      let j = i;
      while (j < source.length && /[0#?.,]/.test(source[j])) j++;
      if (tokens.some((t) => t.kind === 'number')) return null; // digits split by text (`000-000`)
      tokens.push({ kind: 'number', pattern: source.slice(i, j) });
      i = j;
    } else if (c === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if (c === '@' || c === '/' && tokens.some((t) => t.kind === 'number')) {
      return null; // a text placeholder or a fraction
    } else {
      literal(c);
      i++;
    }
  }
  return { tokens, thai, buddhist };
}

/** Rounds half away from zero at `decimals`, as spreadsheets do (1.005 → 1.01, where toFixed gives 1.00). */
function roundedFixed(abs: number, decimals: number): string {
  const text = String(abs);
  if (text.includes('e')) return abs.toFixed(decimals);
  return Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`).toFixed(decimals);
}

function withGroups(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A non-negative number under a digit pattern (`#,##0.00`), or null for one this formatter does not know. */
function formatDigits(abs: number, pattern: string): string | null {
  if (pattern === 'General') return generalText(abs);
  if (pattern.includes('?')) return null;
  const [integerPart, fractionPart = null, ...more] = pattern.split('.');
  if (more.length > 0 || /,$/.test(integerPart) || fractionPart?.includes(',')) return null; // scaling by thousands
  const decimals = fractionPart?.length ?? 0;
  const minDecimals = (fractionPart ?? '').replace(/#/g, '').length;
  const minInteger = integerPart.replace(/[#,]/g, '').length;
  const [whole, fraction = ''] = roundedFixed(abs, decimals).split('.');
  let integer = whole.replace(/^0+/, '').padStart(minInteger, '0');
  if (integerPart.includes(',')) integer = withGroups(integer);
  const shownFraction = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  return fractionPart === null ? integer : `${integer}.${shownFraction}`;
}

/** General: the number as typed, to 11 significant digits (0.1 + 0.2 shows 0.3). */
function generalText(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(GENERAL_DIGITS)));
}

function formatNumber(value: number, sections: Section[]): string | null {
  const [positive, negative, zero] = sections;
  const section = value < 0 && negative ? negative : value === 0 && zero ? zero : positive;
  if (section.tokens.some((t) => t.kind === 'date')) return null;
  const percents = section.tokens.filter((t) => t.kind === 'percent').length;
  const abs = Math.abs(value) * 100 ** percents;
  let out = '';
  for (const token of section.tokens) {
    if (token.kind === 'literal') out += token.text;
    else if (token.kind === 'percent') out += '%';
    else if (token.kind === 'number') {
      const digits = formatDigits(abs, token.pattern);
      if (digits === null) return null;
      out += digits;
    }
  }
  // One section for all signs puts the minus in front; a negative section writes its own sign.
  const minus = value < 0 && !negative && /[1-9]/.test(out) ? '-' : '';
  return minus + out;
}

/** A `m`/`mm` token means minutes right after hours or right before seconds. */
function isMinutes(tokens: Token[], at: number): boolean {
  const dates = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'date');
  const k = dates.findIndex((x) => x.i === at);
  const before = dates[k - 1]?.t;
  const after = dates[k + 1]?.t;
  const code = (t: Token | undefined) => (t?.kind === 'date' ? t.code : '');
  return code(before).startsWith('h') || code(after).startsWith('s');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A wall-clock instant (exceljs gives the sheet's day and time as UTC) under a date section, or null for a token it does not know. */
function formatDate(date: Date, section: Section): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const weekday = date.getUTCDay();
  const hours = date.getUTCHours();
  const twelveHour = section.tokens.some((t) => t.kind === 'date' && (t.code === 'AM/PM' || t.code === 'A/P'));
  const shownYear = (be: boolean) => (be ? year + BE_OFFSET : year);
  let out = '';
  for (const [at, token] of section.tokens.entries()) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    if (token.kind !== 'date') return null;
    const { code } = token;
    const length = code.length;
    if (code === 'AM/PM') out += hours < 12 ? 'AM' : 'PM';
    else if (code === 'A/P') out += hours < 12 ? 'A' : 'P';
    else if (code[0] === 'y' || code[0] === 'b') {
      const full = shownYear(code[0] === 'b' || section.buddhist);
      out += length <= 2 ? pad2(full % 100) : String(full);
    } else if (code[0] === 'm' && length <= 2 && isMinutes(section.tokens, at)) {
      out += length === 2 ? pad2(date.getUTCMinutes()) : String(date.getUTCMinutes());
    } else if (code[0] === 'm') {
      const names = section.thai ? (length === 3 ? THAI_MONTHS_SHORT : THAI_MONTHS) : ENGLISH_MONTHS;
      if (length === 1) out += String(month + 1);
      else if (length === 2) out += pad2(month + 1);
      else if (length === 3) out += section.thai ? names[month] : names[month].slice(0, 3);
      else if (length === 4) out += names[month];
      else out += (section.thai ? THAI_MONTHS_SHORT : ENGLISH_MONTHS)[month][0];
    } else if (code[0] === 'd') {
      if (length === 1) out += String(day);
      else if (length === 2) out += pad2(day);
      else if (length === 3) out += section.thai ? THAI_DAYS_SHORT[weekday] : ENGLISH_DAYS[weekday].slice(0, 3);
      else out += section.thai ? THAI_DAYS[weekday] : ENGLISH_DAYS[weekday];
    } else if (code[0] === 'h') {
      const h = twelveHour ? (hours % 12 === 0 ? 12 : hours % 12) : hours;
      out += length === 2 ? pad2(h) : String(h);
    } else if (code[0] === 's') {
      out += length === 2 ? pad2(date.getUTCSeconds()) : String(date.getUTCSeconds());
    } else {
      return null; // `e` and `g` (eras)
    }
  }
  return out;
}

/** A serial day number (1900 date system) as the wall-clock instant exceljs would give. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/**
 * `value` as shown under the number format `format` (absent: General), or null when the format is
 * one this module does not know (the caller then shows the raw value).
 */
export function formatAsDisplayed(value: number | Date, format: string | undefined): string | null {
  try {
    const code = !format || format === BUILTIN_SHORT_DATE ? (format ? 'd/m/yyyy' : 'General') : format;
    const sections: Section[] = [];
    for (const [at, source] of splitSections(code).entries()) {
      // A later section holding `@` is for text cells (`d/mm/yyyy;@`): a number never uses it.
      if (at > 0 && source.replace(/"[^"]*"|\\./g, '').includes('@')) continue;
      const section = parseSection(source);
      if (!section) return null;
      sections.push(section);
    }
    const isDateFormat = (s: Section) => s.tokens.some((t) => t.kind === 'date');
    if (value instanceof Date) return isDateFormat(sections[0]) ? formatDate(value, sections[0]) : null;
    if (!Number.isFinite(value)) return null;
    if (isDateFormat(sections[0])) return value >= 0 ? formatDate(serialToDate(value), sections[0]) : null;
    return formatNumber(value, sections);
  } catch {
    return null;
  }
}
