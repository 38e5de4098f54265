import type { Finding, SourceRef } from './types';
import { makeFinding } from './findings';
import { describeRef } from './messages';

/**
 * Characters a cell may hold that an XML 1.0 file (.xlsx, .docx) cannot, Excel's `_xHHHH_` escapes,
 * and Excel's cell length limit. Pure text functions shared by the readers, the writers and the check.
 */

/**
 * XML 1.0 §2.2 allows TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates: everything
 * else (other C0 controls, U+FFFE, U+FFFF, a surrogate without its pair) makes the file invalid.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel refuses a cell longer than this (Excel specifications and limits: 32,767 characters). */
export const EXCEL_CELL_LIMIT = 32767;

/** The text without the characters XML 1.0 forbids; every writer passes text through this. */
export function dropXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** The forbidden characters of a text as `U+0007` labels, for a message that says what was found. */
export function forbiddenCodes(text: string): string[] {
  const codes = new Set<string>();
  for (const match of text.match(XML_FORBIDDEN) ?? []) {
    codes.add(`U+${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...codes];
}

/**
 * Decodes the `_xHHHH_` escapes Excel writes for characters XML cannot carry as such (`_x000D_` is a
 * carriage return; `_x005F_` is a literal underscore, so `_x005F_x000D_` reads as the text `_x000D_`).
 * ECMA-376 Part 1, §22.9.2.19 (ST_Xstring).
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The check's warning for a cell or line holding characters no .xlsx or .docx can carry (writers drop them). */
export function invalidCharacterFinding(ref: SourceRef, codes: string[]): Finding {
  const list = codes.join(', ');
  return makeFinding('warning', 'INVALID_CHARACTER', null, null, ref,
    `${describeRef(ref, 'th')} มีอักขระควบคุมที่ใส่ในไฟล์ Excel/Word ไม่ได้ (${list}) จะถูกตัดออกเมื่อเขียนไฟล์ ลบออกจาก${ref.cell ? 'เซลล์' : 'บรรทัด'}ได้`,
    `${describeRef(ref, 'en').replace(/^./, (c) => c.toUpperCase())} holds control characters an Excel/Word file cannot carry (${list}); they are dropped when writing`);
}
