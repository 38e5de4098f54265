/**
 * Stage 1 of matching: one spelling for what people type several ways. Lower case, Arabic digits,
 * `ํา` as `ำ`, and no dots, hyphens or spaces except the space between two Latin words
 * (`ป.ป.ช.` = `ปปช`, `ทุก 3 เดือน` = `ทุก3เดือน`, `e-GP` = `egp`, `line oa` stays two words).
 * One pass over the characters (it runs for every step, result and clause): no intermediate strings.
 */
export function normaliseForMatch(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  const length = lower.length;
  const out = buffer(length);
  let n = 0;
  // A run of spaces (dropped characters inside it do not end it) waits for the next kept character.
  let spaceRun = false;
  for (let i = 0; i < length; i++) {
    let c = lower.charCodeAt(i);
    if (isDropped(c)) continue;
    if (isSpace(c)) {
      spaceRun = true;
      continue;
    }
    if (c >= 0x0e50 && c <= 0x0e59) c -= 0x0e50 - 0x30;
    else if (c === 0x0e4d && lower.charCodeAt(i + 1) === 0x0e32) {
      c = 0x0e33;
      i++;
    }
    if (spaceRun) {
      if (n > 0 && isLatin(out[n - 1]) && isLatin(c)) out[n++] = 0x20;
      spaceRun = false;
    }
    out[n++] = c;
  }
  return fromCodes(out, n);
}

/** What grams are made of: Thai letters (ก-๎), digits, Latin letters and the private-use characters of lexicon tokens. */
export function isMatchChar(c: number): boolean {
  return (c >= 0x0e01 && c <= 0x0e4e) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xe000 && c <= 0xf8ff);
}

const isLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;

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

let scratch = new Uint16Array(256);

/** A scratch buffer of at least `length` code units, reused from call to call. */
function buffer(length: number): Uint16Array {
  if (scratch.length < length) scratch = new Uint16Array(length * 2);
  return scratch;
}

/** The string of the first `n` code units of `codes`, in slices small enough for `apply`. */
export function fromCodes(codes: Uint16Array, n: number): string {
  const CHUNK = 4096;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let text = '';
  for (let k = 0; k < n; k += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return text;
}
