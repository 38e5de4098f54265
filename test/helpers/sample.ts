import * as fs from 'fs';
import * as path from 'path';
import { parseReportText, type MeasureTable } from '../../src/core';

export const SAMPLE_PATH = path.join(__dirname, '..', '..', 'samples', 'song-2565-report.txt');

export function sampleText(): string {
  return fs.readFileSync(SAMPLE_PATH, 'utf8');
}

export function sampleTable(): MeasureTable {
  return parseReportText(sampleText());
}

/** The sample's measures reduced to what every input format must agree on. */
export function measureEssence(table: MeasureTable) {
  return table.measures.map((m) => ({
    number: m.number,
    title: m.title,
    steps: m.steps.map((i) => [i.number, i.text]),
    results: m.results.map((i) => [i.number, i.text]),
    suggestion: m.suggestion,
    extra: m.extra ?? {},
    other: m.other ?? [],
  }));
}
