/**
 * One fake Google environment: a spreadsheet with its editor UI, Drive, Docs (DocumentApp and the
 * advanced Docs service), locks, properties, HTML files, session and utilities, all recording into
 * one CallLog. `env.globals` is the global object for gas-local (a fresh one per test).
 */
import path from 'node:path';
import { CallLog, as, type AuthMode } from './callLog';
import { FakeSpreadsheet, FakeSpreadsheetApp, FakeUi } from './spreadsheet';
import { DriveStore, FakeDriveApp, type DomainPolicy } from './drive';
import { FakeDocsService, FakeDocumentApp, copyDocFile, type DocData, type DocSnapshot } from './document';
import { FakeConsole, FakeHtmlService, FakeLockService, FakePropertiesService, FakeSession, FakeUtilities } from './services';

export * from './callLog';
export * from './a1';
export * from './spreadsheet';
export * from './drive';
export * from './document';
export * from './services';

export interface FakeEnvOptions {
  /** Directory the HTML files are served from (default: dist/). */
  htmlDir?: string;
  timeZone?: string;
  userEmail?: string;
  /** Access levels the Workspace domain forbids (e.g. ['ANYONE_WITH_LINK', 'ANYONE']). */
  domainPolicy?: DomainPolicy;
  /** Whether the Docs advanced service is enabled (default true). */
  docsService?: boolean;
  /** Print console output of the add-on to stderr. */
  echoConsole?: boolean;
}

/** The global object the bundle sees: exactly the services Apps Script would provide. */
export interface GasGlobals {
  SpreadsheetApp: FakeSpreadsheetApp;
  DocumentApp: FakeDocumentApp;
  DriveApp: FakeDriveApp;
  Docs?: FakeDocsService;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  HtmlService: FakeHtmlService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  console: FakeConsole;
  Logger: { log: (...args: unknown[]) => void };
  [key: string]: unknown;
}

export interface FakeEnv {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  drive: DriveStore;
  documentApp: FakeDocumentApp;
  docs: FakeDocsService;
  locks: FakeLockService;
  properties: FakePropertiesService;
  session: FakeSession;
  console: FakeConsole;
  globals: GasGlobals;
  /** Sets the auth mode calls are checked against (onOpen before the add-on is enabled runs in NONE). */
  setAuthMode(mode: AuthMode): void;
  /** A Doc's saved state (what its PDF and the Docs API see) and its live state. */
  doc(id: string): { saved: DocSnapshot; live: DocSnapshot; data: DocData };
}

export function createFakeEnv(options: FakeEnvOptions = {}): FakeEnv {
  const log = new CallLog();
  const timeZone = options.timeZone ?? 'Asia/Bangkok';
  const spreadsheet = new FakeSpreadsheet(log, 'ss-1', 'ITA ทดสอบ', timeZone);
  const ui = new FakeUi(log);
  const drive = new DriveStore();
  if (options.domainPolicy) drive.policy = options.domainPolicy;
  const documentApp = new FakeDocumentApp(log, drive);
  const copyDoc = (doc: DocData, name: string) => copyDocFile(log, drive, documentApp, doc, name);
  const docs = new FakeDocsService(log, drive);
  const locks = new FakeLockService(log);
  const properties = new FakePropertiesService(log);
  const session = new FakeSession(log, options.userEmail ?? 'coordinator@song.go.th', timeZone);
  const consoleFake = new FakeConsole(options.echoConsole);
  const globals: GasGlobals = {
    SpreadsheetApp: new FakeSpreadsheetApp(log, spreadsheet, ui),
    DocumentApp: documentApp,
    DriveApp: new FakeDriveApp(log, drive, copyDoc),
    LockService: locks,
    PropertiesService: properties,
    HtmlService: new FakeHtmlService(log, options.htmlDir ?? path.resolve(__dirname, '..', '..', 'dist')),
    Session: session,
    Utilities: new FakeUtilities(log),
    console: consoleFake,
    Logger: { log: (...args: unknown[]) => consoleFake.log(...args) },
  };
  if (options.docsService !== false) globals.Docs = docs;
  return {
    log,
    spreadsheet,
    ui,
    drive,
    documentApp,
    docs,
    locks,
    properties,
    session,
    console: consoleFake,
    globals,
    setAuthMode(mode) {
      log.authMode = mode;
    },
    doc(id) {
      const file = drive.get(id);
      if (!file.doc) throw new Error(`${id} is not a Google Doc`);
      return { saved: file.doc.saved, live: file.doc.snapshot(), data: file.doc };
    },
  };
}

export { as };
export * from './callKinds';
