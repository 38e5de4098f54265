import type { NumeralStyle } from './types';

const THAI_ZERO = 0x0e50;
/** Invisible characters: they never make a cell non-blank, a header different or an item a new one. */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
/** A byte-order mark is a file's, not a person's: the only invisible character removed from text. */
const BOM = /\uFEFF/g;

/**
 * Thai marks as legacy Windows Thai fonts (TH SarabunPSK, Angsana…) draw them shifted, at Private
 * Use Area code points U+F700–U+F71A: text copied from a PDF set in such a font carries them. Each
 * is a standard Thai character drawn lower, further left or without its descender (the table
 * HarfBuzz's Thai shaper uses, hb-ot-shaper-thai.cc, its Windows column). Google Docs drops Private
 * Use Area characters from inserted text and Sarabun has no glyph for them, so they are read back
 * as the characters they draw.
 */
const THAI_PUA: Record<string, string> = {
  '\uF700': '\u0E10', '\uF701': '\u0E34', '\uF702': '\u0E35', '\uF703': '\u0E36', '\uF704': '\u0E37',
  '\uF705': '\u0E48', '\uF706': '\u0E49', '\uF707': '\u0E4A', '\uF708': '\u0E4B', '\uF709': '\u0E4C',
  '\uF70A': '\u0E48', '\uF70B': '\u0E49', '\uF70C': '\u0E4A', '\uF70D': '\u0E4B', '\uF70E': '\u0E4C',
  '\uF70F': '\u0E0D', '\uF710': '\u0E31', '\uF711': '\u0E4D', '\uF712': '\u0E47', '\uF713': '\u0E48',
  '\uF714': '\u0E49', '\uF715': '\u0E4A', '\uF716': '\u0E4B', '\uF717': '\u0E4C', '\uF718': '\u0E38',
  '\uF719': '\u0E39', '\uF71A': '\u0E3A',
};
const THAI_PUA_FORM = /[\uF700-\uF71A]/g;

/** Text with legacy fonts' Thai Private Use Area forms (THAI_PUA) as the standard Thai characters they draw. */
export function withStandardThai(text: string): string {
  return text.replace(THAI_PUA_FORM, (ch) => THAI_PUA[ch]);
}

/**
 * Cleans what arrives from sheets, CSV and extracted documents without changing what people wrote:
 * Thai as standard characters (withStandardThai), NFC, no BOM, LF line ends, single spaces, no trailing spaces on a line. Zero-width spaces and
 * joiners, word joiners and soft hyphens are kept as written (they shape Thai line breaking and
 * ligatures in the report); compare with `withoutInvisible` where they must not count.
 */
export function normalizeText(input: string): string {
  return withStandardThai(input)
    .normalize('NFC')
    .replace(BOM, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const THAI_DIGITS = ['๐', '๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙'];
const ARABIC_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Replaces each digit from `zero` to `zero + 9` by `digits[d]`, copying the rest in slices (labels are written for every match). */
function swapDigits(text: string, zero: number, digits: readonly string[]): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - zero;
    if (d < 0 || d > 9) continue;
    out += text.slice(copied, i) + digits[d];
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function toThaiDigits(text: string): string {
  return swapDigits(text, 0x30, THAI_DIGITS);
}

export function toArabicDigits(text: string): string {
  return swapDigits(text, THAI_ZERO, ARABIC_DIGITS);
}

export function formatNumber(n: number, numerals: NumeralStyle): string {
  const text = String(n);
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

/** Reads a number written with Thai or Arabic digits; NaN when it is not one. */
export function parseDigits(text: string): number {
  const arabic = toArabicDigits(text.trim());
  return /^\d+$/.test(arabic) ? Number(arabic) : NaN;
}

export function countDigits(text: string): { thai: number; arabic: number } {
  let thai = 0;
  let arabic = 0;
  for (const ch of text) {
    if (ch >= '\u0E50' && ch <= '\u0E59') thai++;
    else if (ch >= '0' && ch <= '9') arabic++;
  }
  return { thai, arabic };
}

/** A Date, told by its tag rather than instanceof, so one made in another realm counts too. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A sheet cell value (from getValues() or a workbook) as text. Dates become ISO days. */
export function cellToString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDate(value)) {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return String(value);
}

/** The text without zero-width characters and soft hyphens, for comparisons (headers, blank cells). */
export function withoutInvisible(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** True when a cell holds nothing a person typed ('-' and 'ไม่มี' count as typed). */
export function isBlankCell(value: unknown): boolean {
  return withoutInvisible(cellToString(value)).trim() === '';
}
