import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { fillReportText, parseReportText, readGrid, tableToGrid, type MeasureTable } from '../../src/core';
import { measureEssence } from '../helpers/sample';
import { CORPUS_DIR, CORPUS_HALVES, STEP_LABELS, loadCorpus, readSplit, type CorpusReport, type StepLabel } from './corpus';

const key = (measure: number, step: number) => `${measure}.${step}`;

function countLabels(reports: CorpusReport[]): Record<StepLabel | 'hardReported' | 'steps', number> {
  const counts = { reported: 0, unreported: 0, not_done: 0, in_progress: 0, hardReported: 0, steps: 0 };
  for (const report of reports) {
    for (const step of report.labels.steps) {
      counts[step.label]++;
      counts.steps++;
      if (step.label === 'reported' && step.hard) counts.hardReported++;
    }
  }
  return counts;
}

/** What a reader must not lose of a table: each measure's texts, items with their markers, extra columns. */
function content(table: MeasureTable) {
  return table.measures.map((m) => ({
    title: m.title,
    number: m.number,
    suggestion: m.suggestion,
    extra: m.extra ?? {},
    other: m.other ?? [],
    steps: m.steps.map((i) => `${i.marker} ${i.text}`.trim()).join(' '),
    results: m.results.map((i) => `${i.marker} ${i.text}`.trim()).join(' '),
  }));
}

describe('the labelled matching corpus', () => {
  let reports: CorpusReport[] = [];
  beforeAll(async () => {
    reports = await loadCorpus(CORPUS_HALVES);
  });

  it('loads both halves in the order split.json lists them, or one when asked', async () => {
    const split = readSplit();
    expect((await loadCorpus()).map((r) => r.id)).toEqual([...split.tune, ...split.heldout]);
    expect((await loadCorpus(['heldout'])).map((r) => r.id)).toEqual(split.heldout);
  });

  it('splits the reports into two disjoint halves that each mix csv and report text', () => {
    const split = readSplit();
    expect(Object.keys(split).sort()).toEqual(['heldout', 'tune']);
    expect(split.tune.length).toBeGreaterThanOrEqual(8);
    expect(split.heldout.length).toBeGreaterThanOrEqual(8);
    const all = [...split.tune, ...split.heldout];
    expect(new Set(all).size).toBe(all.length);
    for (const half of CORPUS_HALVES) {
      const kinds = new Set(reports.filter((r) => r.half === half).map((r) => path.extname(r.path)));
      expect([...kinds].sort()).toEqual(['.csv', '.txt']);
    }
  });

  it('names every report file of the folder in the split, and every id has its labels', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => /\.(csv|txt)$/.test(f));
    const ids = files.map((f) => f.replace(/\.(csv|txt)$/, '')).sort();
    const split = readSplit();
    expect([...split.tune, ...split.heldout].sort()).toEqual(ids);
  });

  it('labels every step the product reads, once, and only steps that exist', () => {
    for (const report of reports) {
      const parsed = report.table.measures.flatMap((m, i) => m.steps.map((_, j) => key(i + 1, j + 1)));
      const labelled = report.labels.steps.map((s) => key(s.measure, s.step));
      expect({ id: report.id, labelled: [...labelled].sort() }).toEqual({ id: report.id, labelled: [...parsed].sort() });
      expect(new Set(labelled).size).toBe(labelled.length);
    }
  });

  it('points every label at results that exist, and only gaps of the "unreported" kind at none', () => {
    for (const report of reports) {
      expect(report.labels.agency).not.toBe('');
      expect(report.labels.style).not.toBe('');
      for (const step of report.labels.steps) {
        const where = `${report.id} measure ${step.measure} step ${step.step}`;
        const resultCount = report.table.measures[step.measure - 1].results.length;
        expect({ where, label: STEP_LABELS.includes(step.label) }).toEqual({ where, label: true });
        expect({ where, inRange: step.results.every((r) => Number.isInteger(r) && r >= 1 && r <= resultCount) }).toEqual({ where, inRange: true });
        expect({ where, ascending: step.results.every((r, i) => i === 0 || r > step.results[i - 1]) }).toEqual({ where, ascending: true });
        expect({ where, hasResults: step.results.length > 0 }).toEqual({ where, hasResults: step.label !== 'unreported' });
        expect({ where, note: step.note.trim().length > 0 }).toEqual({ where, note: true });
      }
    }
  });

  it('keeps each report realistic: 6–12 measures, at most 6 steps each', () => {
    for (const report of reports) {
      expect({ id: report.id, ok: report.table.measures.length >= 6 && report.table.measures.length <= 12 }).toEqual({ id: report.id, ok: true });
      for (const measure of report.table.measures) {
        expect(measure.steps.length).toBeGreaterThanOrEqual(1);
        expect(measure.steps.length).toBeLessThanOrEqual(6);
      }
    }
  });

  it('holds the totals issue 7 asks for, spread over both halves', () => {
    const all = countLabels(reports);
    expect(reports.length).toBeGreaterThanOrEqual(8);
    expect(all.steps).toBeGreaterThanOrEqual(250);
    for (const half of CORPUS_HALVES) {
      const counts = countLabels(reports.filter((r) => r.half === half));
      expect({ half, steps: counts.steps >= 250, reported: counts.reported >= 150, hard: counts.hardReported >= 60 })
        .toEqual({ half, steps: true, reported: true, hard: true });
      for (const label of ['unreported', 'not_done', 'in_progress'] as const) {
        expect({ half, label, atLeast15: counts[label] >= 15 }).toEqual({ half, label, atLeast15: true });
      }
    }
  });

  it('holds back reports by agencies the tune half does not have', () => {
    const tuneAgencies = new Set(reports.filter((r) => r.half === 'tune').map((r) => r.labels.agency));
    expect(reports.filter((r) => r.half === 'heldout' && tuneAgencies.has(r.labels.agency)).map((r) => r.id)).toEqual([]);
  });

  it('loses nothing of any report in the sheet an import writes, extra columns included', () => {
    // Item by item, with its marker: a bullet after numbered items may become part of the last
    // numbered one (in a sheet cell a dash line under an item is its detail), but no text is lost.
    const lost = reports.filter((report) => JSON.stringify(content(readGrid(tableToGrid(report.table)))) !== JSON.stringify(content(report.table)));
    expect(lost.map((r) => r.id)).toEqual([]);
    expect(reports.filter((r) => Object.keys(r.table.columns?.extra ?? {}).length > 0).length).toBeGreaterThan(100);
    expect(reports.filter((r) => (r.table.columns?.other ?? []).length > 0).length).toBeGreaterThan(5);
    // Item boundaries too, but for that one case.
    const regrouped = reports.filter((r) => JSON.stringify(measureEssence(readGrid(tableToGrid(r.table)))) !== JSON.stringify(measureEssence(r.table)));
    expect(regrouped.length).toBeLessThanOrEqual(5);
  });

  it('fills every report text in place: only the lines of the filled cells change, and they read back with their suggestion', () => {
    const texts = reports.filter((r) => r.path.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(100);
    let filledCells = 0;
    const wrong = texts.flatMap((report) => {
      const text = readFileSync(report.path, 'utf8');
      const fills = report.table.measures.filter((m) => m.suggestion === '').map((m) => ({ measureIndex: m.index, row: -1, column: -1, text: `ข้อเสนอแนะ ${m.index}` }));
      const filled = fillReportText(text, report.table, fills);
      filledCells += filled.written.length;
      const changed = filled.text.split('\n').filter((line, i) => line !== text.split('\n')[i]).length;
      const expected = content(report.table).map((m, i) => ({ ...m, suggestion: m.suggestion || `ข้อเสนอแนะ ${i + 1}` }));
      const ok = filled.written.length === fills.length && changed === fills.length
        && JSON.stringify(content(parseReportText(filled.text))) === JSON.stringify(expected);
      return ok ? [] : [report.id];
    });
    expect(wrong).toEqual([]);
    expect(filledCells).toBeGreaterThan(50);
  });
});
