/**
 * The agency's own synonyms sheet `คำพ้องความหมาย`: one group of words per row, one word per cell
 * (a cell may also hold several words separated by commas). Read the same way by the add-on (values
 * from getValues) and the command line (a downloaded workbook), and added to the built-in list.
 */
import type { CheckOptions } from './check';
import { InputError } from './errors';
import { SHEETS } from './settings';
import { cellToString, normalizeText } from './text';

export const SYNONYMS_HEADER = ['คำ', 'คำพ้องความหมาย', 'คำพ้องความหมาย', 'คำพ้องความหมาย'];

/** Longest word accepted from the sidebar: a word or short phrase, not a sentence. */
export const MAX_SYNONYM_LENGTH = 40;

function words(cell: unknown): string[] {
  return normalizeText(cellToString(cell)).split(/[,،、\n]/).map((w) => w.trim()).filter(Boolean);
}

/** Groups of two or more distinct words; the header row and one-word rows add nothing. */
export function parseSynonymSheet(values: readonly (readonly unknown[])[] | null): string[][] {
  if (!values) return [];
  const header = new Set(SYNONYMS_HEADER);
  const groups: string[][] = [];
  for (const row of values) {
    const group = [...new Set(row.flatMap(words))];
    if (group.every((w) => header.has(w))) continue;
    if (group.length >= 2) groups.push(group);
  }
  return groups;
}

/** The matcher's options with the agency's groups (the matcher adds them to its lexicon's). */
export function agencyCheckOptions(groups: readonly (readonly string[])[]): CheckOptions {
  return groups.length ? { synonyms: groups } : {};
}

/** True when one group already holds both words (case does not matter). */
export function knownPair(a: string, b: string, groups: readonly (readonly string[])[]): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return groups.some((g) => {
    const lower = g.map((w) => w.toLowerCase());
    return lower.includes(x) && lower.includes(y);
  });
}

/**
 * Words a person asked to add as one group: trimmed, at least two distinct, each short. Throws an
 * InputError saying which word is wrong.
 */
export function checkSynonymWords(input: readonly unknown[]): string[] {
  const list = [...new Set(input.map((w) => normalizeText(cellToString(w))).filter(Boolean))];
  const long = list.find((w) => Array.from(w).length > MAX_SYNONYM_LENGTH);
  if (long) {
    throw new InputError('BAD_SYNONYM', `คำว่า “${long}” ยาวเกิน ${MAX_SYNONYM_LENGTH} ตัวอักษร ใส่เฉพาะคำหรือวลีสั้น ๆ`, `“${long}” is longer than ${MAX_SYNONYM_LENGTH} characters: enter a word or a short phrase`);
  }
  if (list.length < 2) {
    throw new InputError('BAD_SYNONYM', 'ต้องมีอย่างน้อยสองคำที่ต่างกัน', 'Enter at least two different words');
  }
  return list;
}

/** "Added" in words, naming the sheet row (Thai and English). */
export function synonymsAddedMessage(words: readonly string[], row: number): { message: string; messageEn: string } {
  const list = `“${words.join('” “')}”`;
  return {
    message: `เพิ่มคำพ้องความหมาย ${list} ในชีต ${SHEETS.synonyms} แถวที่ ${row} แล้ว`,
    messageEn: `Added the synonyms ${list} to sheet ${SHEETS.synonyms} row ${row}`,
  };
}
