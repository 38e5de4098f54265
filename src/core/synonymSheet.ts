/**
 * The agency's own synonyms sheet `คำพ้องความหมาย`: one group of words per row, one word per cell
 * (a cell may also hold several words separated by commas). Read the same way by the add-on (values
 * from getValues) and the command line (a downloaded workbook), and added to the built-in list.
 */
import type { CheckOptions } from './check';
import { InputError } from './errors';
import { SHEETS } from './settings';
import { cellToString, normalizeText } from './text';
import { toA1 } from './a1';
import { makeFinding } from './findings';
import type { Finding } from './types';

export const SYNONYMS_HEADER = ['คำ', 'คำพ้องความหมาย', 'คำพ้องความหมาย', 'คำพ้องความหมาย'];

/** Longest word accepted from the sidebar: a word or short phrase, not a sentence. */
export const MAX_SYNONYM_LENGTH = 40;

function words(cell: unknown): string[] {
  return normalizeText(cellToString(cell)).split(/[,،、\n]/).map((w) => w.trim()).filter(Boolean);
}

/** A word longer than the sidebar accepts: a sentence, not a word or short phrase. */
function tooLong(word: string): boolean {
  return Array.from(word).length > MAX_SYNONYM_LENGTH;
}

/** A cell of the sheet whose word is too long to be a synonym: skipped, and named. */
function longWordFinding(word: string, row: number, column: number): Finding {
  const cell = toA1(row, column);
  const shown = Array.from(word).length > 60 ? `${Array.from(word).slice(0, 60).join('')}…` : word;
  const finding = makeFinding('warning', 'SYNONYM_SKIPPED', null, null, { cell },
    `ชีต ${SHEETS.synonyms} เซลล์ ${cell}: “${shown}” ยาวเกิน ${MAX_SYNONYM_LENGTH} ตัวอักษร จึงไม่ถูกนำมาใช้เป็นคำพ้องความหมาย ใส่เฉพาะคำหรือวลีสั้น ๆ`,
    `Sheet ${SHEETS.synonyms} cell ${cell}: “${shown}” is longer than ${MAX_SYNONYM_LENGTH} characters, so it is not used as a synonym: enter a word or a short phrase`);
  finding.sheet = SHEETS.synonyms;
  return finding;
}

/**
 * Groups of two or more distinct words, with the limits the sidebar applies (checkSynonymWords):
 * a word longer than MAX_SYNONYM_LENGTH is skipped with a warning naming its cell, so a row that
 * equates a whole step with a result cannot settle it. The header row and one-word rows add nothing.
 */
export function readSynonymSheet(values: readonly (readonly unknown[])[] | null): { groups: string[][]; findings: Finding[] } {
  const out: { groups: string[][]; findings: Finding[] } = { groups: [], findings: [] };
  if (!values) return out;
  const header = new Set(SYNONYMS_HEADER);
  values.forEach((row, r) => {
    const all = row.map(words);
    if (all.flat().every((w) => header.has(w))) return;
    const kept = all.map((cellWords, c) => {
      const long = cellWords.filter(tooLong);
      for (const w of long) out.findings.push(longWordFinding(w, r, c));
      return cellWords.filter((w) => !tooLong(w));
    });
    const group = [...new Set(kept.flat())];
    if (group.length >= 2) out.groups.push(group);
  });
  return out;
}

/** The groups of the synonyms sheet (readSynonymSheet without its warnings). */
export function parseSynonymSheet(values: readonly (readonly unknown[])[] | null): string[][] {
  return readSynonymSheet(values).groups;
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
  const long = list.find(tooLong);
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
