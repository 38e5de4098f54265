import type { Item, SourceRef } from './types';
import { normalizeText, parseDigits } from './text';

/**
 * A numbered-item marker: `๑.` `1.` `1)` `๑)` `(1)` `(๑)`, at the start of the text or after white
 * space, and not followed by another digit (so `1.5` and `พ.ศ.๒๕๖๕` are not markers).
 */
const MARKER = /(^|\s)(\(([0-9\u0E50-\u0E59]{1,3})\)|([0-9\u0E50-\u0E59]{1,3})[.)])(?![0-9\u0E50-\u0E59])/g;

export type MarkerStyle = 'thai-dot' | 'arabic-dot' | 'thai-paren' | 'arabic-paren' | 'thai-round' | 'arabic-round';

export function markerStyle(marker: string): MarkerStyle | null {
  if (!marker) return null;
  const digits = /[\u0E50-\u0E59]/.test(marker) ? 'thai' : 'arabic';
  if (marker.startsWith('(')) return `${digits}-round` as MarkerStyle;
  return marker.endsWith(')') ? (`${digits}-paren` as MarkerStyle) : (`${digits}-dot` as MarkerStyle);
}

/** Removes the `<p>` / `<br>` wrappers extracted documents carry, keeping them as line breaks. */
export function stripParagraphTags(text: string): string {
  return text
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?p>/gi, '\n');
}

const THAI_CHAR = /[\u0E00-\u0E7F]/;

/**
 * Joins two pieces of one text that a page break or a line break split. Thai runs on without a
 * space (a page break in a Thai document falls inside a word); anything else takes a space.
 */
export function joinContinued(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  const last = before[before.length - 1];
  const first = after[0];
  return THAI_CHAR.test(last) && THAI_CHAR.test(first) ? before + after : `${before} ${after}`;
}

interface Marker {
  start: number;
  end: number;
  marker: string;
  number: number;
}

function findMarkers(text: string, countSoFar: number): Marker[] {
  const candidates: (Marker & { atLineStart: boolean })[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const start = m.index + m[1].length;
    const atLineStart = start === 0 || text[start - 1] === '\n';
    candidates.push({ start, end: start + m[2].length, marker: m[2], number: parseDigits(m[3] ?? m[4]), atLineStart });
  }
  // A cell whose items start lines is written one item per line: a number inside a line
  // ("ตามข้อ ๒. ของระเบียบ") is then part of the text, not a new item.
  const lineStructured = candidates.filter((c) => c.atLineStart).length >= 2;
  const accepted: Marker[] = [];
  for (const candidate of candidates) {
    const previous = accepted[accepted.length - 1];
    // Inline numbers are only items when they continue the count, so "ตัวชี้วัดที่ ๙." in a
    // sentence does not split it; at a line start any number is an item (gaps are reported).
    const continuesCount = candidate.number === (previous ? previous.number : countSoFar) + 1;
    if (candidate.atLineStart || (!lineStructured && continuesCount)) {
      accepted.push({ start: candidate.start, end: candidate.end, marker: candidate.marker, number: candidate.number });
    }
  }
  return accepted;
}

/** Bullets people use instead of numbers: kept as the item's marker, not as part of its text. */
const BULLET = /^([-–—•●○▪◦*✓✔]|\u0E4F)\s*/;

function bulletItem(line: string, ref: SourceRef): Item {
  const m = BULLET.exec(line);
  // A lone "-" is how people write "nothing"; only a bullet followed by text is a bullet.
  if (!m || m[0].length === line.length) return { number: null, marker: '', text: line, ref };
  return { number: null, marker: m[1], text: line.slice(m[0].length), ref };
}

function oneLine(text: string): string {
  return text
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .reduce((joined, part) => (joined ? `${joined} ${part}` : part), '');
}

export interface SplitCell {
  /** Text before the first marker: in a continuation row it continues the previous item. */
  lead: string;
  items: Item[];
}

/**
 * Splits a steps or results cell into items. Without any marker each line is an item; with
 * markers, unmarked lines continue the item above them. `countSoFar` is the last item number
 * already read (a cell continued from the previous page goes on counting from there).
 */
export function splitCell(raw: string, ref: SourceRef, countSoFar = 0): SplitCell {
  const text = normalizeText(stripParagraphTags(normalizeText(raw)));
  if (!text) return { lead: '', items: [] };
  const markers = findMarkers(text, countSoFar);
  if (markers.length === 0) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return { lead: '', items: lines.map((line) => bulletItem(line, ref)) };
  }
  const lead = oneLine(text.slice(0, markers[0].start));
  const items = markers.map((marker, i) => {
    const end = i + 1 < markers.length ? markers[i + 1].start : text.length;
    return { number: marker.number, marker: marker.marker, text: oneLine(text.slice(marker.end, end)), ref };
  });
  return { lead, items };
}

/** Items of a cell, where text before the first marker stands as an unnumbered item of its own. */
export function splitItems(raw: string, ref: SourceRef): Item[] {
  const { lead, items } = splitCell(raw, ref);
  return lead ? [{ number: null, marker: '', text: lead, ref }, ...items] : items;
}
