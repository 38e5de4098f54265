/**
 * Which cells Validate marks, and which earlier marks it may clear. Pure (no service calls) so the
 * rules are easy to read: the add-on only ever removes a background or note it set itself and that
 * nobody changed since; a person's own colours and notes are never overwritten.
 */
import { fromA1, toA1, type Finding } from '../core';
import { ADDON_NAME } from './names';

export const MARK_COLORS = { error: '#f4c7c3', warning: '#fce8b2' } as const;

/** One marked cell: its A1, the background the add-on set ('' if none) and a hash of the note it set ('' if none). */
export type MarkEntry = [a1: string, background: string, noteHash: string];

export interface MarkRecord {
  sheetId: number;
  cells: MarkEntry[];
}

/** FNV-1a: a short fingerprint of the note, so the record stays small and an edited note is recognised. */
export function noteHash(note: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < note.length; i++) {
    h ^= note.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Backgrounds Sheets reports for a cell nobody coloured. */
export function isDefaultBackground(color: string | null | undefined): boolean {
  if (!color) return true;
  const c = color.toLowerCase();
  return c === '#ffffff' || c === 'white' || c === '#fff';
}

export function markNote(findings: Finding[], stamp: string): string {
  const lines = findings.map((f) => `• ${f.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน'}: ${f.message}`);
  return [`${ADDON_NAME} · ตรวจสอบเมื่อ ${stamp}`, ...lines, '(หมายเหตุนี้จะหายไปเองเมื่อแก้แล้วกด ตรวจสอบ อีกครั้ง)'].join('\n');
}

export interface MarkPlan {
  /** A1 cells whose background goes back to none, or gets a mark colour. */
  resetBackground: string[];
  setBackground: { error: string[]; warning: string[] };
  /** Notes to remove (the add-on's own, unchanged). */
  clearNotes: string[];
  /** Notes to write: the bounding box (0-based) and its full content (other cells keep what was read). */
  noteBox: { row: number; column: number; notes: string[][] } | null;
  record: MarkRecord;
}

/**
 * @param backgrounds / notes as read from the data range (starts at A1)
 * @param previous the record of the last run (null when none)
 */
export function planMarks(
  backgrounds: string[][],
  notes: string[][],
  previous: MarkRecord | null,
  findings: Finding[],
  sheetId: number,
  stamp: string,
): MarkPlan {
  const rows = backgrounds.length;
  const cols = rows ? backgrounds[0].length : 0;
  const bg = backgrounds.map((r) => r.slice() as (string | null)[]);
  const nt = notes.map((r) => r.slice());
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < rows && c < cols;
  const plan: MarkPlan = { resetBackground: [], setBackground: { error: [], warning: [] }, clearNotes: [], noteBox: null, record: { sheetId, cells: [] } };

  // 1. Clear the previous run's marks that are still exactly as the add-on left them.
  if (previous && previous.sheetId === sheetId) {
    for (const [a1, color, hash] of previous.cells) {
      const { row, column } = fromA1(a1);
      if (!inside(row, column)) continue;
      if (color && (bg[row][column] ?? '').toLowerCase() === color) {
        bg[row][column] = null;
        plan.resetBackground.push(a1);
      }
      if (hash && nt[row][column] !== '' && noteHash(nt[row][column]) === hash) {
        nt[row][column] = '';
        plan.clearNotes.push(a1);
      }
    }
  }

  // 2. Group the new findings by cell; a cell outside the data range cannot be marked (the sidebar still lists it).
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cell) continue;
    const { row, column } = fromA1(f.cell);
    if (!inside(row, column)) continue;
    const key = toA1(row, column);
    const list = byCell.get(key) ?? [];
    list.push(f);
    byCell.set(key, list);
  }

  let box: { r0: number; c0: number; r1: number; c1: number } | null = null;
  const cleared = new Set(plan.resetBackground);
  for (const [a1, list] of byCell) {
    const { row, column } = fromA1(a1);
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    let color = '';
    if (isDefaultBackground(bg[row][column])) {
      color = MARK_COLORS[severity];
      bg[row][column] = color;
      plan.setBackground[severity].push(a1);
      cleared.delete(a1);
    }
    let hash = '';
    if (nt[row][column] === '') {
      const note = markNote(list, stamp);
      nt[row][column] = note;
      hash = noteHash(note);
      box = box
        ? { r0: Math.min(box.r0, row), c0: Math.min(box.c0, column), r1: Math.max(box.r1, row), c1: Math.max(box.c1, column) }
        : { r0: row, c0: column, r1: row, c1: column };
    }
    if (color || hash) plan.record.cells.push([a1, color, hash]);
  }
  // A cell cleared and re-marked in the same run is written once, with its mark colour.
  plan.resetBackground = plan.resetBackground.filter((a1) => cleared.has(a1));
  if (box) {
    const b = box;
    plan.noteBox = { row: b.r0, column: b.c0, notes: nt.slice(b.r0, b.r1 + 1).map((r) => r.slice(b.c0, b.c1 + 1)) };
    // Notes inside the box are written by the box itself.
    plan.clearNotes = plan.clearNotes.filter((a1) => {
      const p = fromA1(a1);
      return !(p.row >= b.r0 && p.row <= b.r1 && p.column >= b.c0 && p.column <= b.c1);
    });
  }
  return plan;
}

/** Property values are limited to 9 kB: the record is split into chunks under that. */
const CHUNK = 8000;

export function serializeMarks(record: MarkRecord, prefix: string, countKey: string, previousCount: number): Record<string, string> {
  const json = JSON.stringify(record);
  const out: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < json.length || n === 0; i += CHUNK, n++) out[prefix + n] = json.slice(i, i + CHUNK);
  // Older, longer records leave chunks behind: blank them in the same call.
  for (let i = n; i < previousCount; i++) out[prefix + i] = '';
  out[countKey] = String(n);
  return out;
}

export function parseMarks(props: Record<string, string>, prefix: string, countKey: string): { record: MarkRecord | null; count: number } {
  const count = Number(props[countKey] ?? '0') || 0;
  if (count === 0) return { record: null, count: 0 };
  let json = '';
  for (let i = 0; i < count; i++) json += props[prefix + i] ?? '';
  try {
    const parsed = JSON.parse(json) as MarkRecord;
    return { record: Array.isArray(parsed.cells) ? parsed : null, count };
  } catch {
    return { record: null, count };
  }
}
