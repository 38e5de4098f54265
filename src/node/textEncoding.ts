/**
 * Text files from Thai offices (CSV, report text saved from Word) come in UTF-8 with or without a
 * byte-order mark, UTF-16 with or without one (Excel's and Word's "Unicode text"), or the Thai
 * Windows code page 874 (Excel's "CSV" and Word's "Plain text" on Thai Windows).
 *
 * A file that is UTF-8 but for a stray byte (a curly quote pasted from an 874 file) is refused,
 * naming the line: read as 874 every Thai letter would turn into two (`เธ…`, `เน…`), and
 * the report would be published in that mojibake.
 */
import * as path from 'path';
import { InputError } from '../core/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte-order mark (dropped from `text`). */
  bom: boolean;
}

/**
 * Without a byte-order mark, UTF-16 shows in which half of each code unit the high byte sits: 0x00
 * for Latin letters and digits, 0x0E for Thai (U+0E00–U+0E7F). UTF-8 and code page 874 never
 * contain those bytes in Thai text.
 */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x0e) even++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x0e) odd++;
  }
  const units = length / 2;
  if (odd / units > 0.6 && even / units < 0.2) return 'utf-16le';
  if (even / units > 0.6 && odd / units < 0.2) return 'utf-16be';
  return null;
}

/** Well-formed multi-byte UTF-8 sequences, bytes that start none, and where the first such byte is. */
interface Utf8Scan {
  sequences: number;
  invalid: number;
  firstInvalid: number;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), or 0. */
function utf8SequenceAt(bytes: Buffer, i: number): number {
  const b = bytes[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function scanUtf8(bytes: Buffer, from: number): Utf8Scan {
  const scan: Utf8Scan = { sequences: 0, invalid: 0, firstInvalid: -1 };
  for (let i = from; i < bytes.length; ) {
    if (bytes[i] < 0x80) { i++; continue; }
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) { scan.sequences++; i += length; continue; }
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    i++;
  }
  return scan;
}

/** Line (1-based, any line ending) and character on it of the end of `before`, and the text just before it on that line. */
function positionAfter(before: string): { line: number; column: number; context: string } {
  const lines = before.split(/\r\n|\n|\r/);
  const last = lines[lines.length - 1];
  const chars = [...last];
  return { line: lines.length, column: chars.length + 1, context: chars.slice(-24).join('').trim() };
}

/** How to save the file again in UTF-8: Excel's "CSV UTF-8" for a CSV, the UTF-8 text encoding otherwise. */
function saveAsUtf8(filePath: string): { th: string; en: string } {
  if (path.extname(filePath).toLowerCase() === '.csv') {
    return {
      th: 'แก้อักขระนั้นแล้วบันทึกใหม่ใน Excel เป็นชนิด "CSV UTF-8 (Comma delimited)" (ไฟล์ › บันทึกเป็น)',
      en: 'fix that character and save it again in Excel as "CSV UTF-8 (Comma delimited)" (File › Save As)',
    };
  }
  return {
    th: 'แก้อักขระนั้นแล้วบันทึกใหม่เป็นข้อความธรรมดาที่เข้ารหัส "Unicode (UTF-8)"',
    en: 'fix that character and save it again as plain text encoded "Unicode (UTF-8)"',
  };
}

/** Refuses UTF-8 text with a byte that is not UTF-8, naming the line, the byte and the text before it. */
function strayByteError(bytes: Buffer, start: number, at: number, filePath: string): InputError {
  const { line, column, context } = positionAfter(new TextDecoder('utf-8').decode(bytes.subarray(start, at)));
  const byte = `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
  // What the byte is in the Thai Windows code page, where such a stray byte usually comes from.
  const as874 = new TextDecoder('windows-874').decode(bytes.subarray(at, at + 1)).trim();
  const shownTh = as874 ? ` (ในรหัส Windows-874 คือ "${as874}")` : '';
  const shownEn = as874 ? ` ("${as874}" in Windows-874)` : '';
  const save = saveAsUtf8(filePath);
  return new InputError(
    'CORRUPT_FILE',
    `ไฟล์ ${filePath} เป็น UTF-8 แต่บรรทัดที่ ${line} ตัวอักษรที่ ${column} (ต่อจาก "${context}") มีไบต์ ${byte} ที่ไม่ใช่ UTF-8${shownTh} น่าจะคัดลอกมาจากไฟล์อื่น ${save.th} แล้วลองอีกครั้ง`,
    `${filePath} is UTF-8 but line ${line}, character ${column} (after "${context}") holds byte ${byte}, which is not UTF-8${shownEn}, likely pasted from another file: ${save.en} and try again`,
  );
}

/**
 * UTF-8 Thai read as code page 874: each letter (E0 B8 xx / E0 B9 xx) shows as `เธ` or `เน` and a
 * third character from 874's 0x80–0xBF. Thai spelling almost never has that triple (at most once in
 * any of the 167 corpus tables), so a handful of them mark UTF-8 text inside the file.
 */
const UTF8_READ_AS_874 = /เ[ธน][\u0E01-\u0E1F\u0080-\u00A0\u20AC\u2026\u2018\u2019\u201C\u201D\u2022\u2013\u2014]/g;
const MOJIBAKE_TRIPLES = 8;

function assertNotUtf8ReadAs874(text: string, filePath: string): void {
  const triples = [...text.matchAll(UTF8_READ_AS_874)];
  if (triples.length < MOJIBAKE_TRIPLES) return;
  const { line } = positionAfter(text.slice(0, triples[0].index));
  const save = saveAsUtf8(filePath);
  throw new InputError(
    'CORRUPT_FILE',
    `ไฟล์ ${filePath} มีข้อความสองรหัสปนกัน: ส่วนใหญ่เป็นรหัส Windows-874 แต่ตั้งแต่บรรทัดที่ ${line} มีข้อความ UTF-8 (ถ้าอ่านต่อจะเห็นเป็น "เธ…") เปิดไฟล์ในโปรแกรมที่สร้าง ${save.th} แล้วลองอีกครั้ง`,
    `${filePath} mixes two encodings: mostly Windows-874, but from line ${line} on it holds UTF-8 text (read on, it would show as "เธ…"); open it in the program that made it, ${save.en} and try again`,
  );
}

/**
 * The text of a file in whichever of those encodings it is in (a byte-order mark is dropped and
 * decides the encoding). Throws InputError CORRUPT_FILE, naming `filePath` and the line, for UTF-8
 * with a stray byte and for UTF-8 text inside a Windows-874 file.
 */
export function decodeOfficeText(bytes: Buffer, filePath: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = bom ? null : utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  const start = bom ? 3 : 0;
  const scan = scanUtf8(bytes, start);
  if (scan.invalid === 0) return { text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8', bom };
  // A UTF-8 BOM, or mostly well-formed UTF-8 (Thai letters are E0 B8 xx / E0 B9 xx): UTF-8 with a
  // stray byte. Code page 874 Thai forms a well-formed pair now and then (`าก` is D2 A1): at most 28%
  // of its non-ASCII runs over the 167 corpus tables re-encoded in 874, far from the 80% asked here.
  if (bom || scan.sequences >= 4 * scan.invalid) throw strayByteError(bytes, start, scan.firstInvalid, filePath);
  const text = new TextDecoder('windows-874').decode(bytes);
  assertNotUtf8ReadAs874(text, filePath);
  return { text, encoding: 'windows-874', bom: false };
}

const ENCODING_NAMES: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-874': 'Windows-874' };

/** A copy's bytes, and its encoding when it is not the input's (for the notice the command prints). */
export interface EncodedCopy {
  bytes: Buffer;
  /** Set when the copy's encoding differs from the input's: `from` the input's, `to` the copy's. */
  changed?: { from: string; to: string };
}

/**
 * The bytes of a filled copy, so that the program that opened the input opens the copy alike:
 * UTF-16 input (Excel's and Word's "Unicode Text") gives UTF-16 LE with a BOM, which Excel opens as
 * a tab-delimited table and Notepad and Word as Unicode text, as they did the input; UTF-8 keeps
 * its BOM (or its lack of one, unless `bom` asks for one: a CSV always gets it, or Excel reads its
 * Thai as code page 874); Windows-874 input gives UTF-8 with a BOM, which Thai Windows programs read
 * as UTF-8 (written in 874, a character outside it would be lost).
 */
export function encodeLikeInput(text: string, input: Pick<DecodedText, 'encoding' | 'bom'>, bom = false): EncodedCopy {
  if (input.encoding === 'utf-16le' || input.encoding === 'utf-16be') {
    const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return input.encoding === 'utf-16le' ? { bytes } : { bytes, changed: { from: ENCODING_NAMES[input.encoding], to: ENCODING_NAMES['utf-16le'] } };
  }
  const withBom = bom || input.bom || input.encoding === 'windows-874';
  const bytes = Buffer.from(withBom ? `\uFEFF${text}` : text, 'utf8');
  return input.encoding === 'utf-8' ? { bytes } : { bytes, changed: { from: ENCODING_NAMES[input.encoding], to: `${ENCODING_NAMES['utf-8']} (BOM)` } };
}
