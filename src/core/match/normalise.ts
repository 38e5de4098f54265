import { toArabicDigits } from '../text';

/**
 * Stage 1 of matching: one spelling for what people type several ways. Lower case, Arabic digits,
 * `ํา` as `ำ`, and no dots, hyphens or spaces except the space between two Latin words
 * (`ป.ป.ช.` = `ปปช`, `ทุก 3 เดือน` = `ทุก3เดือน`, `e-GP` = `egp`, `line oa` stays two words).
 */
export function normaliseForMatch(text: string): string {
  return toArabicDigits(text.normalize('NFC').toLowerCase())
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/[.\-\u2010-\u2013\u200B\u200C\u200D\uFEFF]+/g, '')
    .replace(/\s+/g, (space, offset: number, whole: string) =>
      /[a-z]/.test(whole.charAt(offset - 1)) && /[a-z]/.test(whole.charAt(offset + space.length)) ? ' ' : '');
}

/** What grams are made of: Thai letters, Latin letters, digits and lexicon tokens; the rest goes. */
export function keepMatchChars(text: string): string {
  return text.replace(/[^ก-๎0-9a-z\uE000-\uF8FF]+/g, '');
}
