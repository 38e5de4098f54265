/**
 * What each recorded Apps Script call costs on Google: a round trip (the script waits for a Google
 * server) or work on objects the script already holds. The benchmark prices round trips; element
 * edits of an open Doc are kept apart because DocumentApp applies them to its in-memory copy and
 * sends them at saveAndClose ("Saves the current Document. Causes pending updates to be flushed and
 * applied." https://developers.google.com/apps-script/reference/document/document#saveAndClose()).
 *
 * The split is a model, stated here so it can be argued with: a call whose answer needs data the
 * script does not yet have, or that changes something on Google's side, is a round trip. A handle
 * (getRange, getActiveSpreadsheet, getDocumentProperties) and a Range's own coordinates are local.
 * DeveloperMetadataFinder.find() is one Sheets API `developerMetadata.search`, which answers with
 * whole DeveloperMetadata resources, location included
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata/search),
 * so reading the key, value and location of what it returned is local. The self-test on a real
 * account is what can confirm or refute the timing this implies.
 */
export type CallKind =
  /** DocumentApp create/open, Document.saveAndClose. */
  | 'open-save'
  /** The advanced Docs service (Docs API v1). */
  | 'docs-api'
  /** DriveApp, its files and folders, the advanced Drive service. */
  | 'drive'
  /** A Doc turned into a PDF. */
  | 'export'
  /** Sheet reads and writes (values, notes, colours, metadata, structure). */
  | 'sheet'
  /** Properties, locks, the user, the editor UI. */
  | 'service'
  /** Element edits of an open Doc, sent at save. */
  | 'document-edit'
  /** Handles and values the script already holds. */
  | 'local';

export const ROUND_TRIP_KINDS: readonly CallKind[] = ['open-save', 'docs-api', 'drive', 'export', 'sheet', 'service'];

/** Classes of the Document service whose calls edit (or read) the open document in memory. */
const DOCUMENT_ELEMENTS = new Set([
  'Body', 'Paragraph', 'Table', 'TableRow', 'TableCell', 'Text', 'ListItem', 'Element', 'ContainerElement',
  'HeaderSection', 'FooterSection', 'InlineImage', 'HorizontalRule', 'PageBreak', 'Footnote', 'RangeElement',
]);

const SHEET_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata', 'DeveloperMetadataFinder', 'SpreadsheetApp', 'Protection']);

/** Sheet calls answered from what the script holds (see the header). */
const SHEET_LOCAL = new Set([
  'SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getUi',
  'Sheet.getRange', 'Sheet.getRangeList', 'Sheet.getName', 'Sheet.getSheetId', 'Sheet.createDeveloperMetadataFinder',
  'Range.createDeveloperMetadataFinder', 'RangeList.getRanges',
  'Range.getRow', 'Range.getColumn', 'Range.getNumRows', 'Range.getNumColumns', 'Range.getLastRow', 'Range.getLastColumn',
  'Range.getA1Notation', 'Range.getSheet',
  'DeveloperMetadataFinder.withKey', 'DeveloperMetadataFinder.withValue', 'DeveloperMetadataFinder.withId',
  'DeveloperMetadataFinder.withLocationType', 'DeveloperMetadataFinder.withVisibility', 'DeveloperMetadataFinder.onIntersectingLocations',
  'DeveloperMetadata.getId', 'DeveloperMetadata.getKey', 'DeveloperMetadata.getValue', 'DeveloperMetadata.getVisibility',
  'DeveloperMetadata.getLocation',
]);

const SERVICE_ROUND_TRIPS = new Set([
  'Ui.alert', 'Ui.showSidebar', 'Ui.showModalDialog', 'Menu.addToUi', 'Spreadsheet.toast',
  'User.getEmail', 'Session.getScriptTimeZone', 'Session.getActiveUserLocale',
]);

/** The kind of a recorded method (`Class.method`), or null when nobody has classified it yet. */
export function callKind(method: string): CallKind | null {
  const dot = method.indexOf('.');
  const cls = dot < 0 ? method : method.slice(0, dot);
  if (method === 'File.getAs' || method === 'Document.getAs') return 'export';
  if (cls === 'DocumentApp' && /^DocumentApp\.(create|openById|openByUrl)$/.test(method)) return 'open-save';
  if (method === 'Document.saveAndClose') return 'open-save';
  if (cls === 'Document') {
    if (method === 'Document.setName') return 'drive';
    return /^Document\.(getId|getUrl|getName|getBody)$/.test(method) ? 'local' : 'document-edit';
  }
  if (DOCUMENT_ELEMENTS.has(cls)) return 'document-edit';
  if (cls === 'Docs') return 'docs-api';
  if (['DriveApp', 'File', 'Folder', 'FileIterator', 'FolderIterator', 'Drive'].includes(cls)) {
    return method === 'DriveApp.Access' || method === 'DriveApp.Permission' ? 'local' : 'drive';
  }
  if (cls === 'DeveloperMetadataLocation') return 'local';
  if (SHEET_CLASSES.has(cls)) return SHEET_LOCAL.has(method) ? 'local' : 'sheet';
  if (cls === 'Properties' || cls === 'Lock') return 'service';
  if (SERVICE_ROUND_TRIPS.has(method)) return 'service';
  if (['PropertiesService', 'LockService', 'Session', 'Ui', 'Menu', 'HtmlService', 'HtmlOutput', 'Utilities', 'Blob'].includes(cls)) return 'local';
  return null;
}

export interface KindTotals {
  roundTrips: number;
  byKind: Record<CallKind, number>;
  unclassified: string[];
}

/** Totals per kind of the calls `counts` holds (method → count, as CallLog.counts). */
export function splitByKind(counts: ReadonlyMap<string, number> | Record<string, number>): KindTotals {
  const byKind: Record<CallKind, number> = { 'open-save': 0, 'docs-api': 0, drive: 0, export: 0, sheet: 0, service: 0, 'document-edit': 0, local: 0 };
  const unclassified: string[] = [];
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  for (const [method, n] of entries) {
    const kind = callKind(method);
    if (kind === null) unclassified.push(method);
    else byKind[kind] += n;
  }
  const roundTrips = ROUND_TRIP_KINDS.reduce((sum, k) => sum + byKind[k], 0);
  return { roundTrips, byKind, unclassified };
}
