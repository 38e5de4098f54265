/** runSelfTest, the real-account self-test, run here against the strict fakes. */
import { DOC_MIME } from '../fakes';
import { load, loadWithSample } from './harness';

const CHECKS = [
  'first publish succeeded', 'republish succeeded', 'same Doc id after republish', 'one table', 'header row pinned', 'A4 landscape',
  'Sarabun throughout', 'no stray blank paragraphs', 'PDFs of both versions present', 'sharing as set',
];

test('in a blank bound spreadsheet every check passes, one console line each, and everything it made is gone afterwards', () => {
  const { env, addon } = load();
  const report = addon.runSelfTest();
  expect(report.lines).toEqual([...CHECKS.map((c) => `PASS ${c}`), 'SELF-TEST PASSED 10/10']);
  expect(env.console.entries.filter((e) => e.level === 'log').map((e) => e.message)).toEqual(report.lines);
  expect(env.scopes.refused).toEqual([]);
  // Cleaned up: the Doc, both PDFs and the scratch Docs in the trash, the added sheets deleted, no record left.
  expect(env.drive.list(DOC_MIME)).toEqual([]);
  expect(env.drive.list('application/pdf')).toEqual([]);
  expect(env.log.count('Drive.Files.create')).toBe(4); // the Doc, its first PDF, the republish's scratch Doc, the second PDF
  expect([...env.drive.files.values()].every((f) => f.trashed)).toBe(true);
  expect(env.spreadsheet.sheets.map((s) => s.data.name)).toEqual(['Sheet1']);
  expect([...env.properties.document.data.keys()].filter((k) => k.startsWith('ita.'))).toEqual([]);
});

test('a defect the offline world hid shows as a FAIL line: a Docs API that ignores the header pin', () => {
  const { env, addon } = load();
  const batchUpdate = env.docs.Documents.batchUpdate;
  env.docs.Documents.batchUpdate = (resource, documentId) => {
    const requests = (resource.requests ?? []).filter((r) => !('pinTableHeaderRows' in r));
    return batchUpdate({ requests }, documentId);
  };
  const report = addon.runSelfTest();
  expect(report.failed).toBe(1);
  expect(report.lines).toContain('FAIL header row pinned: the first row is not a table header');
  expect(report.lines[report.lines.length - 1]).toBe('SELF-TEST FAILED 1 of 10');
  expect(env.drive.list(DOC_MIME)).toEqual([]); // cleaned up all the same
});

test('a spreadsheet that already holds the add-on\'s sheets is never touched', () => {
  const { env, addon } = loadWithSample();
  const before = env.spreadsheet.sheets.map((s) => [s.data.name, s.data.grid()]);
  const report = addon.runSelfTest();
  expect(report).toMatchObject({ passed: 0, failed: 1 });
  expect(report.lines[0]).toMatch(/^FAIL self-test not run: this spreadsheet already holds the add-on's sheets \(มาตรการ/);
  expect(env.spreadsheet.sheets.map((s) => [s.data.name, s.data.grid()])).toEqual(before);
  expect(env.log.count('Drive.Files.create')).toBe(0);
});
