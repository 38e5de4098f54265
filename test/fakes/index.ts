/**
 * One fake Google environment: a spreadsheet with its editor UI, Drive (the Drive API v3 advanced
 * service, and DriveApp), Docs (DocumentApp and the advanced Docs service), locks, properties, HTML
 * files, session and utilities, all recording into one CallLog. It is as strict as the manifest
 * (appsscript.json by default): calls its `oauthScopes` do not cover fail with Google's text, and an
 * advanced service exists only when the manifest enables it. `env.globals` is the global object for
 * gas-local (a fresh one per test); its `Date` reads the simulated clock of the CallLog.
 */
import path from 'node:path';
import { CallLog, as, type AuthMode } from './callLog';
import { FakeSpreadsheet, FakeSpreadsheetApp, FakeUi } from './spreadsheet';
import { DriveStore, FakeDriveApp, FakeDriveV3, type DomainPolicy } from './drive';
import { ScopeGuard, readManifest, type Manifest } from './scopes';
import { FakeDocsService, FakeDocumentApp, copyDocFile, type DocData, type DocSnapshot } from './document';
import { FakeConsole, FakeHtmlService, FakeLockService, FakePropertiesService, FakeSession, FakeUtilities } from './services';

export * from './callLog';
export * from './a1';
export * from './spreadsheet';
export * from './drive';
export * from './document';
export * from './services';
export * from './scopes';

export interface FakeEnvOptions {
  /** Directory the HTML files are served from (default: dist/). */
  htmlDir?: string;
  /** The spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone), default Asia/Bangkok. */
  timeZone?: string;
  /** The moment the script's clock starts at (default: the real now). */
  now?: Date;
  userEmail?: string;
  /** Access levels the Workspace domain forbids (e.g. ['ANYONE_WITH_LINK', 'ANYONE']). */
  domainPolicy?: DomainPolicy;
  /** Whether the Docs advanced service is enabled (default: as the manifest says). */
  docsService?: boolean;
  /** The manifest whose `oauthScopes` and advanced services the fakes enforce (default: appsscript.json). */
  manifest?: Manifest;
  /** Print console output of the add-on to stderr. */
  echoConsole?: boolean;
}

/** The global object the bundle sees: exactly the services Apps Script would provide. */
export interface GasGlobals {
  SpreadsheetApp: FakeSpreadsheetApp;
  DocumentApp: FakeDocumentApp;
  DriveApp: FakeDriveApp;
  Docs?: FakeDocsService;
  Drive?: FakeDriveV3;
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
  driveApi: FakeDriveV3;
  scopes: ScopeGuard;
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
  const manifest = options.manifest ?? readManifest();
  const scopes = new ScopeGuard(manifest.oauthScopes ?? []);
  log.scopeCheck = (method) => scopes.check(method);
  const timeZone = options.timeZone ?? 'Asia/Bangkok';
  const spreadsheet = new FakeSpreadsheet(log, 'ss-1', 'ITA ทดสอบ', timeZone);
  const ui = new FakeUi(log);
  const session = new FakeSession(log, options.userEmail ?? 'coordinator@song.go.th', timeZone);
  const drive = new DriveStore(() => session.email);
  if (options.domainPolicy) drive.policy = options.domainPolicy;
  const documentApp = new FakeDocumentApp(log, drive);
  const copyDoc = (doc: DocData, name: string) => copyDocFile(log, drive, documentApp, doc, name);
  const docs = new FakeDocsService(log, drive);
  const driveApi = new FakeDriveV3(log, drive, () => scopes.granted, (name) => drive.get(documentApp.newDoc(name).id));
  const locks = new FakeLockService(log);
  const properties = new FakePropertiesService(log);
  const clock = log.clock;
  if (options.now) clock.setNow(options.now.getTime());
  /** The script's Date reads the simulated clock (the add-on watches its own elapsed time). */
  class ClockDate extends Date {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(clock.now());
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static override now(): number {
      return clock.now();
    }
  }
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
    Date: ClockDate,
  };
  // An advanced service exists only when the manifest enables it (https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services).
  const enabled = (symbol: string) => (manifest.dependencies?.enabledAdvancedServices ?? []).some((s) => s.userSymbol === symbol);
  if (options.docsService ?? enabled('Docs')) globals.Docs = docs;
  if (enabled('Drive')) globals.Drive = driveApi;
  return {
    log,
    spreadsheet,
    ui,
    drive,
    documentApp,
    docs,
    driveApi,
    scopes,
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
