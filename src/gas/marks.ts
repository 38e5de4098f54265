/**
 * Which cells Validate marks, and which earlier marks it may clear. Pure (no service calls) so the
 * rules are easy to read: the add-on only ever removes a background or note it set itself and that
 * nobody changed since; a person's own colours and notes are never overwritten. Marks are
 * remembered by a tag on their row (see RowTag), so they follow rows a co-editor moves.
 */
import { fromA1, toA1, type Finding } from '../core';
import { ADDON_NAME } from './names';

export const MARK_COLORS = { error: '#f4c7c3', warning: '#fce8b2' } as const;

/**
 * One mark the add-on set, where it is now: row and column (0-based, in the data range), the
 * background it set ('' if none) and a hash of the note it set ('' if none).
 */
export interface PlacedMark {
  row: number;
  column: number;
  background: string;
  noteHash: string;
}

/**
 * How a mark is stored: by the id of the tag (row-level developer metadata) on its row rather than
 * by the row's number, so the record follows the row when a co-editor inserts, deletes or sorts rows.
 */
export type MarkEntry = [rowTag: string, column: number, background: string, noteHash: string];

/**
 * A mark written while rows moved (see tagsMoved): the tag its entry names may be on another row
 * than the mark, so it is also found by its note, the add-on's alone (a run's time stamp and
 * findings), wherever that note is now in its column.
 */
export type LooseEntry = [column: number, background: string, noteHash: string];

export interface MarkRecord {
  sheetId: number;
  version: 2;
  cells: MarkEntry[];
  loose?: LooseEntry[];
}

/** Records before version 2 named cells by A1 (`['B3', colour, hash]`): still cleared once, where they were. */
type LegacyEntry = [a1: string, background: string, noteHash: string];

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

/**
 * A note to write into one cell, and what the cell must hold at the moment of writing for the
 * write to go ahead (it is checked against a fresh read: a note a co-editor added meanwhile stays).
 */
export interface NoteChange {
  row: number;
  column: number;
  /** The note to write; '' removes the add-on's note. */
  note: string;
  /** The write may replace an empty cell. */
  ifEmpty: boolean;
  /** The write may replace the add-on's earlier note with this hash ('' for none). */
  ifHash: string;
}

/** Whether a cell holding `current` may take the change (see NoteChange). */
export function noteChangeApplies(change: NoteChange, current: string): boolean {
  if (current === '') return change.ifEmpty;
  return change.ifHash !== '' && noteHash(current) === change.ifHash;
}

export interface MarkPlan {
  /** A1 cells whose background goes back to none, or gets a mark colour. */
  resetBackground: string[];
  setBackground: { error: string[]; warning: string[] };
  /** Notes to remove or write, cell by cell. */
  notes: NoteChange[];
  /** This run's marks, where they are. */
  marks: PlacedMark[];
}

/**
 * @param backgrounds / notes as read from the data range (starts at A1)
 * @param previous the last run's marks, placed where their rows are now (see placeMarks)
 */
export function planMarks(
  backgrounds: string[][],
  notes: string[][],
  previous: PlacedMark[],
  findings: Finding[],
  stamp: string,
): MarkPlan {
  const rows = backgrounds.length;
  const cols = rows ? backgrounds[0].length : 0;
  const bg = backgrounds.map((r) => r.slice() as (string | null)[]);
  const nt = notes.map((r) => r.slice());
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < rows && c < cols;
  const plan: MarkPlan = { resetBackground: [], setBackground: { error: [], warning: [] }, notes: [], marks: [] };
  const noteChanges = new Map<string, NoteChange>();

  // 1. Clear the previous run's marks that are still exactly as the add-on left them.
  const previousColour = new Map<string, string>();
  for (const mark of previous) {
    const { row, column } = mark;
    if (!inside(row, column)) continue;
    const a1 = toA1(row, column);
    if (mark.background && (bg[row][column] ?? '').toLowerCase() === mark.background) {
      bg[row][column] = null;
      plan.resetBackground.push(a1);
      previousColour.set(a1, mark.background);
    }
    if (mark.noteHash && nt[row][column] !== '' && noteHash(nt[row][column]) === mark.noteHash) {
      nt[row][column] = '';
      noteChanges.set(a1, { row, column, note: '', ifEmpty: false, ifHash: mark.noteHash });
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

  const cleared = new Set(plan.resetBackground);
  for (const [a1, list] of byCell) {
    const { row, column } = fromA1(a1);
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    let background = '';
    if (isDefaultBackground(bg[row][column])) {
      background = MARK_COLORS[severity];
      bg[row][column] = background;
      // A cell that already shows this colour (last run's same mark) is not written again.
      if (previousColour.get(a1) !== background) plan.setBackground[severity].push(a1);
      cleared.delete(a1);
    }
    let hash = '';
    if (nt[row][column] === '') {
      const note = markNote(list, stamp);
      hash = noteHash(note);
      // A cell whose old note is being cleared gets the new note in its place, in the same write.
      const clearing = noteChanges.get(a1);
      noteChanges.set(a1, { row, column, note, ifEmpty: true, ifHash: clearing?.ifHash ?? '' });
    }
    if (background || hash) plan.marks.push({ row, column, background, noteHash: hash });
  }
  // A cell cleared and re-marked in the same run is written once, with its mark colour.
  plan.resetBackground = plan.resetBackground.filter((a1) => cleared.has(a1));
  plan.notes = [...noteChanges.values()];
  return plan;
}

/** A tag the add-on put on a row (row-level developer metadata): its id and where the row is now (0-based). */
export interface RowTag {
  id: string;
  row: number;
}

/** Where the previous run's marks are now: a mark whose row was deleted (its tag with it) is gone. */
export function placeMarks(record: MarkRecord | null, sheetId: number, tags: RowTag[]): PlacedMark[] {
  if (!record || record.sheetId !== sheetId) return [];
  if (record.version !== 2) {
    return (record.cells as unknown as LegacyEntry[]).map(([a1, background, hash]) => ({ ...fromA1(a1), background, noteHash: hash }));
  }
  const rowOf = new Map<string, number>();
  for (const tag of tags) if (!rowOf.has(tag.id)) rowOf.set(tag.id, tag.row);
  const placed: PlacedMark[] = [];
  for (const [id, column, background, hash] of record.cells) {
    const row = rowOf.get(id);
    if (row !== undefined) placed.push({ row, column, background, noteHash: hash });
  }
  return placed;
}

/**
 * Marks written while rows moved, where their notes are now (`notes` as read from the data range).
 * A mark whose note a person changed or removed is not found: its cell is theirs now.
 */
export function placeLooseMarks(record: MarkRecord | null, sheetId: number, notes: string[][]): PlacedMark[] {
  if (!record || record.sheetId !== sheetId || record.version !== 2 || !record.loose?.length) return [];
  const wanted = new Map(record.loose.map((entry) => [`${entry[0]},${entry[2]}`, entry]));
  const columns = new Set(record.loose.map((entry) => entry[0]));
  const placed: PlacedMark[] = [];
  notes.forEach((cells, row) => {
    for (const column of columns) {
      const note = cells[column] ?? '';
      const entry = note === '' ? undefined : wanted.get(`${column},${noteHash(note)}`);
      if (entry) placed.push({ row, column, background: entry[1], noteHash: entry[2] });
    }
  });
  return placed;
}

/**
 * Whether rows moved since `expected` was true: a tag no longer on the row it was on (rows inserted,
 * deleted or sorted above or around it) or gone with its deleted row. Compared as id-and-row pairs,
 * so a tag left twice by some copy of a row does not count as moving.
 */
export function tagsMoved(expected: readonly RowTag[], now: readonly RowTag[]): boolean {
  const present = new Set(now.map((tag) => `${tag.id}@${tag.row}`));
  return expected.some((tag) => !present.has(`${tag.id}@${tag.row}`));
}

export interface TagPlan {
  /** Tags to add: a marked row without one gets a new id. */
  add: RowTag[];
  /** Tags (by index into the tags read) to remove: their row has no mark any more, or another tag already names it. */
  remove: number[];
  /** The tag id of every marked row. */
  idOfRow: Map<number, string>;
}

/** Tags exactly the rows that carry a mark, reusing the tags they already have. */
export function planTags(tags: RowTag[], marks: PlacedMark[]): TagPlan {
  const markedRows = new Set(marks.map((m) => m.row));
  const idOfRow = new Map<number, string>();
  const remove: number[] = [];
  const seen = new Set<string>();
  tags.forEach((tag, i) => {
    // One tag per row, one row per id: anything else (a tag left twice by some copy) is dropped.
    if (!markedRows.has(tag.row) || idOfRow.has(tag.row) || seen.has(tag.id)) remove.push(i);
    else idOfRow.set(tag.row, tag.id);
    seen.add(tag.id);
  });
  let next = tags.reduce((max, t) => Math.max(max, parseInt(t.id, 36) || 0), 0);
  const add: RowTag[] = [];
  for (const row of [...markedRows].sort((a, b) => a - b)) {
    if (idOfRow.has(row)) continue;
    const id = (++next).toString(36);
    idOfRow.set(row, id);
    add.push({ id, row });
  }
  return { add, remove, idOfRow };
}

/** The record of marks whose rows are tagged (`idOfRow`). */
export function markRecord(marks: PlacedMark[], idOfRow: Map<number, string>, sheetId: number): MarkRecord {
  const cells: MarkEntry[] = [];
  for (const m of marks) {
    const id = idOfRow.get(m.row);
    if (id !== undefined) cells.push([id, m.column, m.background, m.noteHash]);
  }
  return { sheetId, version: 2, cells };
}

/**
 * The plan without new marks on `rows` (rows whose tag could not be added: a mark nobody could find
 * again would stay forever). Clearing old marks there still happens.
 */
export function withoutNewMarks(plan: MarkPlan, rows: ReadonlySet<number>): MarkPlan {
  if (rows.size === 0) return plan;
  const keep = (a1: string) => !rows.has(fromA1(a1).row);
  return {
    resetBackground: plan.resetBackground,
    setBackground: { error: plan.setBackground.error.filter(keep), warning: plan.setBackground.warning.filter(keep) },
    notes: plan.notes.flatMap((c): NoteChange[] => {
      if (!rows.has(c.row) || c.note === '') return [c];
      return c.ifHash ? [{ ...c, note: '', ifEmpty: false }] : [];
    }),
    marks: plan.marks.filter((m) => !rows.has(m.row)),
  };
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
    return { record: parsed && Array.isArray(parsed.cells) ? parsed : null, count };
  } catch {
    return { record: null, count };
  }
}
