/**
 * Stage 1 of matching: one spelling for what people type several ways. Lower case, Arabic digits,
 * `ํา` as `ำ`, and no dots, hyphens or spaces except the space between two Latin words
 * (`ป.ป.ช.` = `ปปช`, `ทุก 3 เดือน` = `ทุก3เดือน`, `e-GP` = `egp`, `line oa` stays two words).
 * One pass over the characters, no regular expressions: it runs for every step, result and clause.
 */
export function normaliseForMatch(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  const length = lower.length;
  // Unchanged stretches are copied as slices (cheaper than building the string code by code).
  let out = '';
  let copied = 0;
  // The last character kept, and whether a run of spaces (dropped characters inside it do not end
  // it) waits for the next kept character.
  let last = -1;
  let spaceRun = false;
  for (let i = 0; i < length; i++) {
    const c = lower.charCodeAt(i);
    if (isDropped(c) || isSpace(c)) {
      if (i > copied) out += lower.slice(copied, i);
      copied = i + 1;
      if (!isDropped(c)) spaceRun = true;
      continue;
    }
    if (spaceRun) {
      if (isLatin(last) && isLatin(c)) out += ' ';
      spaceRun = false;
    }
    if (c >= 0x0e50 && c <= 0x0e59) {
      if (i > copied) out += lower.slice(copied, i);
      out += ARABIC_DIGITS[c - 0x0e50];
      copied = i + 1;
      last = 0x30;
    } else if (c === 0x0e4d && lower.charCodeAt(i + 1) === 0x0e32) {
      if (i > copied) out += lower.slice(copied, i);
      out += '\u0E33';
      i++;
      copied = i + 1;
      last = 0x0e33;
    } else {
      last = c;
    }
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

const ARABIC_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** What grams are made of: Thai letters (ก-๎), digits, Latin letters and the private-use characters of lexicon tokens. */
export function isMatchChar(c: number): boolean {
  return (c >= 0x0e01 && c <= 0x0e4e) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xe000 && c <= 0xf8ff);
}

/** A lower-case Latin letter (a–z). */
export const isLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** A word as a regular-expression pattern matching it literally (lexicon words hold dots: `ป.ป.ช.`). */
export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Dots, hyphens and dashes (U+2010–2013), zero-width spaces and joiners, byte-order marks. */
function isDropped(c: number): boolean {
  return c === 0x2e || c === 0x2d || (c >= 0x2010 && c <= 0x2013) || (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
}

/** What `\s` matches in JavaScript: ECMAScript WhiteSpace and LineTerminator (U+FEFF is dropped before). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The string of the first `n` code units of `codes`, in slices small enough for `apply`. */
export function fromCodes(codes: Uint16Array, n: number): string {
  const CHUNK = 4096;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let text = '';
  for (let k = 0; k < n; k += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return text;
}
