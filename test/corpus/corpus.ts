/**
 * Reads the labelled matching corpus (issue 7): which reports form each half, their files and
 * their labels. The reports are parsed by the product's own loader, exactly as a user's file.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { MeasureTable } from '../../src/core';
import { loadTable } from '../../src/node/tableFiles';

export type StepLabel = 'reported' | 'unreported' | 'not_done' | 'in_progress';

export const STEP_LABELS: readonly StepLabel[] = ['reported', 'unreported', 'not_done', 'in_progress'];

export interface LabelledStep {
  /** 1-based position of the measure in the table. */
  measure: number;
  /** 1-based position of the step in its cell. */
  step: number;
  label: StepLabel;
  /** 1-based positions of the results that report the step (or say it is not done / in progress); empty when none. */
  results: number[];
  /** A paraphrase that a naive word overlap would miss. */
  hard: boolean;
  note: string;
}

export interface ReportLabels {
  agency: string;
  style: string;
  steps: LabelledStep[];
}

export interface CorpusSplit {
  /** Development data: the matcher is tuned on these, their texts and misses are read. */
  tune: string[];
  /**
   * Held back: written by writers who read neither the matcher nor the other reports, never read
   * while tuning, measured once after the matcher's last change.
   */
  heldout: string[];
}


export type CorpusHalf = keyof CorpusSplit;

/** Both halves of the corpus. */
export const CORPUS_HALVES: readonly CorpusHalf[] = ['tune', 'heldout'];

export interface CorpusReport {
  id: string;
  half: CorpusHalf;
  path: string;
  table: MeasureTable;
  labels: ReportLabels;
}

export const CORPUS_DIR = __dirname;

export function readSplit(): CorpusSplit {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'split.json'), 'utf8')) as CorpusSplit;
}

/** The report file of an id: `<id>.csv` or `<id>.txt`. */
export function reportPath(id: string): string {
  const found = ['.csv', '.txt'].map((ext) => path.join(CORPUS_DIR, id + ext)).filter((p) => existsSync(p));
  if (found.length !== 1) throw new Error(`corpus report ${id}: expected one of ${id}.csv or ${id}.txt, found ${found.length}`);
  return found[0];
}

export function readLabels(id: string): ReportLabels {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, `${id}.labels.json`), 'utf8')) as ReportLabels;
}

export async function loadReport(id: string, half: CorpusHalf): Promise<CorpusReport> {
  const file = reportPath(id);
  const { table } = await loadTable(file);
  return { id, half, path: file, table, labels: readLabels(id) };
}

/** Every report of the halves asked for (both unless told), in the order split.json lists them. */
export async function loadCorpus(halves: readonly CorpusHalf[] = CORPUS_HALVES): Promise<CorpusReport[]> {
  const split = readSplit();
  const reports: CorpusReport[] = [];
  for (const half of halves) {
    for (const id of split[half]) reports.push(await loadReport(id, half));
  }
  return reports;
}
