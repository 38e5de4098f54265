/**
 * The real-account self-test, run from the Apps Script editor (Run › runSelfTest; not on the add-on
 * menu). The offline tests run against fakes; this runs the same pipeline against Google and checks,
 * through the Docs API and the Drive API, what the offline tests check, one `PASS`/`FAIL` line each.
 *
 * It works in the spreadsheet the script is bound to (the manifest's `spreadsheets.currentonly`
 * reaches no other), and only in one that does not hold the add-on's sheets yet: it sets them up,
 * imports the bundled sample report, validates, fills, publishes, republishes, checks, then deletes
 * the sheets it added, trashes the Doc and the PDFs and clears what it stored.
 */
import { SHEETS } from '../core';
import type { PublishResponse } from '../core/api';
import SAMPLE_REPORT from '../../samples/song-2565-report.txt';
import { DOC_PROPS } from './names';
import { activeSpreadsheet } from './sheetio';
import { setupSpreadsheet } from './setup';
import { importReportText } from './import';
import { runValidation } from './validate';
import { fillSuggestions } from './fill';
import { server } from './server';
import { trashFile } from './driveFiles';
import { errorText } from './errors';
import { A4 } from './docRender';

type DocsContent = GoogleAppsScript.Docs.Schema.StructuralElement;
/** `TableRowStyle.tableHeader` ("Whether the row is a table header", Docs API v1), missing from @types like pinTableHeaderRows. */
type RowStyle = GoogleAppsScript.Docs.Schema.TableRowStyle & { tableHeader?: boolean };

export interface SelfTestReport {
  passed: number;
  failed: number;
  lines: string[];
}

const idOf = (url: string | undefined): string => /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';

/** Every paragraph of the body, table cells included, in order. */
function paragraphsOf(content: DocsContent[]): GoogleAppsScript.Docs.Schema.Paragraph[] {
  return content.flatMap((c) => {
    if (c.paragraph) return [c.paragraph];
    return (c.table?.tableRows ?? []).flatMap((r) => (r.tableCells ?? []).flatMap((cell) => paragraphsOf(cell.content ?? [])));
  });
}

const textOf = (p: GoogleAppsScript.Docs.Schema.Paragraph): string => (p.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
const isBlank = (c: DocsContent | undefined): boolean => Boolean(c?.paragraph) && textOf(c!.paragraph!).trim() === '';

/** The checks on the published Doc, the PDFs and the sharing, each a name and a failure detail ('' = pass). */
function checks(first: PublishResponse, second: PublishResponse): [string, () => string][] {
  const docId = idOf(second.docUrl);
  const doc = (): GoogleAppsScript.Docs.Schema.Document => Docs!.Documents.get(docId);
  const content = (): DocsContent[] => doc().body?.content ?? [];
  const tables = (): DocsContent[] => content().filter((c) => c.table);
  const wantedSharing = second.sharing === 'anyone_with_link' ? 'anyone' : second.sharing === 'domain_with_link' ? 'domain' : null;
  const linkTypes = (fileId: string): string[] =>
    (Drive!.Permissions.list(fileId, { fields: 'permissions(type,role)' }).permissions ?? [])
      .filter((p) => (p.type === 'anyone' || p.type === 'domain') && p.role === 'reader').map((p) => p.type ?? '');
  return [
    ['first publish succeeded', () => (first.ok ? '' : first.message)],
    ['republish succeeded', () => (second.ok ? '' : second.message)],
    ['same Doc id after republish', () => (idOf(first.docUrl) && idOf(first.docUrl) === docId ? '' : `${first.docUrl} → ${second.docUrl}`)],
    ['one table', () => (tables().length === 1 ? '' : `${tables().length} tables`)],
    ['header row pinned', () => {
      const rows = tables()[0]?.table?.tableRows ?? [];
      const style = rows[0]?.tableRowStyle as RowStyle | undefined;
      return style?.tableHeader ? '' : 'the first row is not a table header';
    }],
    ['A4 landscape', () => {
      const size = doc().documentStyle?.pageSize;
      const [w, h] = [size?.width?.magnitude ?? 0, size?.height?.magnitude ?? 0];
      return Math.abs(w - A4.height) < 1 && Math.abs(h - A4.width) < 1 ? '' : `page ${w} × ${h} pt`;
    }],
    ['Sarabun throughout', () => {
      const runs = paragraphsOf(content()).flatMap((p) => p.elements ?? []).filter((e) => e.textRun);
      const other = runs.filter((e) => e.textRun?.textStyle?.weightedFontFamily?.fontFamily !== 'Sarabun');
      return other.length === 0 ? '' : `${other.length} of ${runs.length} text runs in another font`;
    }],
    ['no stray blank paragraphs', () => {
      const body = content().filter((c) => c.paragraph || c.table);
      const doubles = body.filter((c, i) => isBlank(c) && isBlank(body[i + 1])).length;
      const t = body.findIndex((c) => c.table);
      const afterTable = isBlank(body[t + 1]) && !isBlank(body[t + 2]);
      return doubles === 0 && afterTable ? '' : `${doubles} doubled blank paragraph(s); one blank after the table: ${afterTable}`;
    }],
    ['PDFs of both versions present', () => {
      const bad = [first.pdfUrl, second.pdfUrl].map(idOf).filter((id) => {
        const f = Drive!.Files.get(id, { fields: 'mimeType,trashed' });
        return f.mimeType !== 'application/pdf' || f.trashed;
      });
      return bad.length === 0 && idOf(first.pdfUrl) !== idOf(second.pdfUrl) ? '' : `missing or trashed: ${bad.join(', ')}`;
    }],
    ['sharing as set', () => {
      if (!wantedSharing) return second.sharing === 'private' ? '' : `sharing ${second.sharing ?? '?'}`;
      const wrong = [docId, idOf(second.pdfUrl)].filter((id) => !linkTypes(id).includes(wantedSharing));
      return wrong.length === 0 ? '' : `no ${wantedSharing} reader permission on ${wrong.join(', ')}`;
    }],
  ];
}

/** Deletes the sheets the test added, trashes its files and clears what it stored. */
function cleanUp(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, added: string[], fileIds: string[], log: (line: string) => void): void {
  for (const id of fileIds.filter(Boolean)) if (!trashFile(id)) log(`cleanup: could not trash ${id}`);
  for (const name of added) {
    const sheet = ss.getSheetByName(name);
    try {
      if (sheet) ss.deleteSheet(sheet);
    } catch (error) {
      log(`cleanup: could not delete sheet ${name}: ${errorText(error)}`);
    }
  }
  const props = PropertiesService.getDocumentProperties();
  for (const key of props.getKeys()) if (key.startsWith('ita.')) props.deleteProperty(key);
}

export function runSelfTest(): SelfTestReport {
  const report: SelfTestReport = { passed: 0, failed: 0, lines: [] };
  const log = (line: string): void => {
    report.lines.push(line);
    console.log(line);
  };
  const ss = activeSpreadsheet();
  const present = Object.values(SHEETS).filter((name) => ss.getSheetByName(name));
  // A publish record: the one from before editions, or one per edition and year (`ita.publish.<year>.<edition>`).
  const records = PropertiesService.getDocumentProperties().getKeys().filter((k) => k === DOC_PROPS.publish || k.startsWith(`${DOC_PROPS.publish}.`));
  if (present.length || records.length) {
    log(`FAIL self-test not run: this spreadsheet already holds the add-on's sheets (${present.join(', ') || 'a publish record'}); ` +
      'run it in a new, blank spreadsheet bound to the script');
    report.failed++;
    return report;
  }
  const added = setupSpreadsheet(ss).created;
  let first: PublishResponse | null = null;
  let second: PublishResponse | null = null;
  try {
    importReportText(SAMPLE_REPORT);
    runValidation({});
    fillSuggestions();
    first = server.publish({ force: true });
    second = server.publish({ force: true });
    for (const [name, check] of checks(first, second)) {
      let problem: string;
      try {
        problem = check();
      } catch (error) {
        problem = errorText(error);
      }
      if (problem) report.failed++;
      else report.passed++;
      log(problem ? `FAIL ${name}: ${problem}` : `PASS ${name}`);
    }
  } catch (error) {
    report.failed++;
    log(`FAIL the pipeline stopped: ${errorText(error)}`);
  } finally {
    const files = [first, second].flatMap((r) => [idOf(r?.docUrl), idOf(r?.pdfUrl)]);
    cleanUp(ss, added, [...new Set(files)], log);
  }
  log(report.failed === 0 ? `SELF-TEST PASSED ${report.passed}/${report.passed}` : `SELF-TEST FAILED ${report.failed} of ${report.passed + report.failed}`);
  return report;
}
