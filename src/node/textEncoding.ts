/**
 * Text files from Thai offices (CSV, report text saved from Word) come in UTF-8 with or without a
 * byte-order mark, UTF-16 with or without one (Excel's and Word's "Unicode text"), or the Thai
 * Windows code page 874 (Excel's "CSV" and Word's "Plain text" on Thai Windows).
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

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

/** The text of a file in whichever of those encodings it is in (a byte-order mark is dropped). */
export function decodeOfficeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}
