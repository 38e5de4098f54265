/**
 * Pins what the matcher finds, so work on its speed or its structure (issue 7) cannot change a
 * single finding unnoticed. The expected file is committed; regenerate it only for a deliberate
 * change of findings, and say so in the commit: `PIN_UPDATE=1 npx jest test/core/findingsPin.test.ts`.
 */
import { createHash } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { checkTable, readGrid, useIntlSegmenter, type CheckResult, type MeasureTable } from '../../src/core';
import { sampleTable } from '../helpers/sample';
import { CORPUS_HALVES, loadCorpus } from '../corpus/corpus';
import { generateGrid } from '../../scripts/bench/core-bench';

const PIN_FILE = path.join(__dirname, 'pins', 'findings.json');

interface Pin {
  /** One line per step: measure.step → results, score, strength, evidence, cue (readable when it fails). */
  matches: string[];
  /** Digest of every finding (code, severity, place, both messages). */
  findings: string;
  /** Digest of every match's explanation (shared wording, why, whyEn), read through the lazy getters. */
  explanations: string;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function pinOf(result: CheckResult): Pin {
  const matches: string[] = [];
  const explanations: string[][] = [];
  result.checks.forEach((check, m) => {
    for (const match of check.matches) {
      matches.push(`${m + 1}.${match.step + 1} [${match.results.join(',')}] ${match.score} ${match.strength} ${match.evidence} ${match.cue} | ${match.summary}`);
      explanations.push([match.shared, match.why, match.whyEn]);
    }
  });
  return { matches, findings: digest(result.findings), explanations: digest(explanations) };
}

async function tables(): Promise<[string, MeasureTable][]> {
  const corpus = await loadCorpus(CORPUS_HALVES);
  return [
    ['sample', sampleTable()],
    ...corpus.map((r): [string, MeasureTable] => [r.id, r.table]),
    ['bench-60', readGrid(generateGrid(60))],
  ];
}

async function currentPins(): Promise<Record<string, Pin>> {
  const pins: Record<string, Pin> = {};
  for (const [name, table] of await tables()) pins[name] = pinOf(checkTable(table));
  return pins;
}

describe('findings pinned against the committed pin file', () => {
  afterEach(() => useIntlSegmenter(true));

  it('gives the same matches, findings and explanations on the sample, every corpus report and a generated table', async () => {
    const pins = await currentPins();
    if (process.env.PIN_UPDATE === '1') writeFileSync(PIN_FILE, JSON.stringify(pins, null, 1) + '\n');
    // A missing pin file is a failure, never a pin written from what the matcher does now.
    expect(existsSync(PIN_FILE)).toBe(true);
    const expected = JSON.parse(readFileSync(PIN_FILE, 'utf8')) as Record<string, Pin>;
    expect(Object.keys(pins)).toEqual(Object.keys(expected));
    for (const name of Object.keys(expected)) expect({ name, ...pins[name] }).toEqual({ name, ...expected[name] });
  });

  it('gives the same matches and findings without Intl.Segmenter', async () => {
    useIntlSegmenter(false);
    const pins = await currentPins();
    const expected = JSON.parse(readFileSync(PIN_FILE, 'utf8')) as Record<string, Pin>;
    for (const name of Object.keys(expected)) {
      expect({ name, matches: pins[name].matches, findings: pins[name].findings }).toEqual({ name, matches: expected[name].matches, findings: expected[name].findings });
    }
  });
});
