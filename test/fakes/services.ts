/**
 * Smaller service fakes: LockService, PropertiesService, HtmlService, Session, Utilities, console.
 * Enforced: one holder per lock, a refused lock spends its whole timeout, a release with sheet writes
 * not yet flushed is recorded; properties' 9 kB per value and 500 kB per store.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHmac, randomUUID } from 'node:crypto';
import path from 'node:path';
import { CallLog, as } from './callLog';
import { FakeBytesBlob } from './drive';

// ---- LockService -------------------------------------------------------------------------------

/** One lock per scope (document / script / user); held by one Lock object (one execution) at a time. */
export class LockState {
  holder: FakeLock | null = null;
  /**
   * Releases made while the script's sheet writes were not yet flushed. Google's advice: "if you
   * are working with a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing the
   * lock, to commit all pending changes to the spreadsheet while you still have exclusive access to
   * it" (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()): the next
   * holder could otherwise read the sheet without those writes.
   */
  readonly unflushedReleases: string[] = [];
  /** A lock held by "another execution" (e.g. a coordinator publishing in another browser). */
  holdElsewhere(): void {
    this.holder = new FakeLock(new CallLog(), this, 'elsewhere');
  }
  release(): void {
    this.holder = null;
  }
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  /** Milliseconds callers asked to wait (a failed tryLock would have waited that long). */
  readonly waits: number[] = [];
  constructor(private readonly log: CallLog, private readonly state: LockState, readonly label: string) {}
  tryLock(timeoutInMillis: number): boolean {
    this.log.record('Lock.tryLock', String(timeoutInMillis));
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    // "Attempts to acquire the lock, timing out after the provided number of milliseconds"
    // (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)): a refusal costs the whole wait.
    this.waits.push(timeoutInMillis);
    this.log.clock.advance(timeoutInMillis);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    this.log.record('Lock.waitLock', String(timeoutInMillis));
    if (this.state.holder !== null && this.state.holder !== this) {
      this.log.clock.advance(timeoutInMillis);
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    }
    this.state.holder = this;
  }
  releaseLock(): void {
    this.log.record('Lock.releaseLock');
    if (this.state.holder !== this) return;
    if (this.log.unflushedSheetWrites()) this.state.unflushedReleases.push(this.label);
    this.state.holder = null;
  }
  hasLock(): boolean {
    this.log.record('Lock.hasLock');
    return this.state.holder === this;
  }
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly document = new LockState();
  readonly script = new LockState();
  readonly user = new LockState();
  constructor(private readonly log: CallLog) {}
  /**
   * Google releases the locks of an execution that ended, killed included ("If the script ends
   * before the lock is released, the lock is released automatically": https://developers.google.com/apps-script/reference/lock/lock).
   */
  releaseAfterKill(): void {
    for (const state of [this.document, this.script, this.user]) if (state.holder?.label !== 'elsewhere') state.release();
  }
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    this.log.record('LockService.getDocumentLock');
    return as<GoogleAppsScript.Lock.Lock>(new FakeLock(this.log, this.document, 'document'));
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    this.log.record('LockService.getScriptLock');
    return as<GoogleAppsScript.Lock.Lock>(new FakeLock(this.log, this.script, 'script'));
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    this.log.record('LockService.getUserLock');
    return as<GoogleAppsScript.Lock.Lock>(new FakeLock(this.log, this.user, 'user'));
  }
}

// ---- PropertiesService -------------------------------------------------------------------------

/** Google's quotas: 9 kB per value, 500 kB per store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'getKeys' | 'deleteAllProperties'> {
  readonly data = new Map<string, string>();
  /** Every single-key write, in order (null for a delete): lets a test see values that did not last. */
  readonly history: { key: string; value: string | null }[] = [];
  constructor(private readonly log: CallLog, private readonly scope: string) {}
  private rec(method: string): void {
    this.log.record(`Properties.${method}`, this.scope);
  }
  private self(): GoogleAppsScript.Properties.Properties {
    return as<GoogleAppsScript.Properties.Properties>(this);
  }
  private check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      const size = Buffer.byteLength(k) + Buffer.byteLength(v);
      if (Buffer.byteLength(v) > PROPERTY_VALUE_LIMIT) throw new Error(`Exception: Argument too large: value (${k})`);
      total += size;
    }
    if (total > PROPERTY_STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  getProperty(key: string): string | null {
    this.rec('getProperty');
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.rec('setProperty');
    const next = new Map(this.data).set(key, String(value));
    this.check(next);
    this.data.set(key, String(value));
    this.history.push({ key, value: String(value) });
    return this.self();
  }
  getProperties(): { [key: string]: string } {
    this.rec('getProperties');
    return Object.fromEntries(this.data);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    this.rec('setProperties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.check(next);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this.self();
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.rec('deleteProperty');
    this.data.delete(key);
    this.history.push({ key, value: null });
    return this.self();
  }
  getKeys(): string[] {
    this.rec('getKeys');
    return [...this.data.keys()];
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.rec('deleteAllProperties');
    this.data.clear();
    return this.self();
  }
}

export class FakePropertiesService implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'> {
  readonly document: FakeProperties;
  readonly user: FakeProperties;
  readonly script: FakeProperties;
  constructor(private readonly log: CallLog) {
    this.document = new FakeProperties(log, 'document');
    this.user = new FakeProperties(log, 'user');
    this.script = new FakeProperties(log, 'script');
  }
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    this.log.record('PropertiesService.getDocumentProperties');
    return as<GoogleAppsScript.Properties.Properties>(this.document);
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    this.log.record('PropertiesService.getUserProperties');
    return as<GoogleAppsScript.Properties.Properties>(this.user);
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    this.log.record('PropertiesService.getScriptProperties');
    return as<GoogleAppsScript.Properties.Properties>(this.script);
  }
}

// ---- HtmlService -------------------------------------------------------------------------------

export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setTitle' | 'getTitle' | 'setWidth' | 'setHeight' | 'getWidth' | 'getHeight'> {
  private title = '';
  private width = 0;
  private height = 0;
  constructor(private readonly log: CallLog, private readonly content: string) {}
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return as<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  getContent(): string {
    this.log.record('HtmlOutput.getContent');
    return this.content;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlOutput.setTitle');
    this.title = title;
    return this.self();
  }
  getTitle(): string {
    this.log.record('HtmlOutput.getTitle');
    return this.title;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlOutput.setWidth');
    this.width = width;
    return this.self();
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlOutput.setHeight');
    this.height = height;
    return this.self();
  }
  getWidth(): number {
    this.log.record('HtmlOutput.getWidth');
    return this.width;
  }
  getHeight(): number {
    this.log.record('HtmlOutput.getHeight');
    return this.height;
  }
}

/** Serves the project's HTML files from a directory (dist/, the files clasp pushes). */
export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile' | 'createHtmlOutput'> {
  constructor(private readonly log: CallLog, private readonly dir: string) {}
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlService.createHtmlOutputFromFile', filename);
    const file = path.join(this.dir, filename.endsWith('.html') ? filename : `${filename}.html`);
    if (!existsSync(file)) throw new Error(`Exception: No HTML file named ${filename} was found.`);
    return as<GoogleAppsScript.HTML.HtmlOutput>(new FakeHtmlOutput(this.log, readFileSync(file, 'utf8')));
  }
  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlService.createHtmlOutput');
    return as<GoogleAppsScript.HTML.HtmlOutput>(new FakeHtmlOutput(this.log, typeof html === 'string' ? html : ''));
  }
}

// ---- Session -----------------------------------------------------------------------------------

export class FakeSession implements Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale'> {
  constructor(private readonly log: CallLog, public email: string, public timeZone: string, public locale = 'th') {}
  private user(): GoogleAppsScript.Base.User {
    return as<GoogleAppsScript.Base.User>({
      getEmail: () => {
        this.log.record('User.getEmail');
        return this.email;
      },
    });
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    this.log.record('Session.getActiveUser');
    return this.user();
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.log.record('Session.getEffectiveUser');
    return this.user();
  }
  getScriptTimeZone(): string {
    this.log.record('Session.getScriptTimeZone');
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    this.log.record('Session.getActiveUserLocale');
    return this.locale;
  }
}

// ---- Utilities ---------------------------------------------------------------------------------

/**
 * SimpleDateFormat subset in a time zone: yyyy yy MM M dd d HH H mm ss, 'quoted text'. Unlike
 * gas-local's default, honours the zone and the 24-hour `HH`.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new Error('Exception: Invalid argument: date');
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const pad = (v: string, n: number) => v.padStart(n, '0');
  const tokens: Record<string, string> = {
    yyyy: parts.year, yy: parts.year.slice(-2), MM: pad(parts.month, 2), M: parts.month, dd: pad(parts.day, 2), d: parts.day,
    HH: pad(parts.hour, 2), H: parts.hour, mm: pad(parts.minute, 2), ss: pad(parts.second, 2),
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (m, quoted: string | undefined) => (quoted !== undefined ? quoted : tokens[m]));
}

/** Apps Script bytes are Java bytes (-128..127); Node's are 0..255. */
const toJavaBytes = (buffer: Buffer): number[] => [...buffer].map((b) => (b > 127 ? b - 256 : b));

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities,
  'formatDate' | 'sleep' | 'newBlob' | 'computeHmacSha256Signature' | 'base64Encode' | 'getUuid' | 'Charset'> {
  constructor(private readonly log: CallLog) {}
  /** https://developers.google.com/apps-script/reference/utilities/charset */
  readonly Charset = as<typeof GoogleAppsScript.Utilities.Charset>({ US_ASCII: 0, UTF_8: 1 });
  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String,Charset):
   * HMAC-SHA256 of the value with the key, both strings in the charset given, as bytes. Only string
   * arguments are modelled (the add-on signs text).
   */
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.log.record('Utilities.computeHmacSha256Signature');
    if (typeof value !== 'string' || typeof key !== 'string') throw new Error('fake: only string value and key are modelled');
    const encoding = (charset as unknown) === 0 ? 'ascii' : 'utf8';
    return toJavaBytes(createHmac('sha256', Buffer.from(key, encoding)).update(Buffer.from(value, encoding)).digest());
  }
  /** https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(Byte): standard base64 of the bytes. */
  base64Encode(data: unknown): string {
    this.log.record('Utilities.base64Encode');
    if (!Array.isArray(data)) throw new Error('fake: only Utilities.base64Encode(bytes) is modelled');
    return Buffer.from((data as number[]).map((b) => b & 0xff)).toString('base64');
  }
  /** https://developers.google.com/apps-script/reference/utilities/utilities#getUuid(): a random UUID string. */
  getUuid(): string {
    this.log.record('Utilities.getUuid');
    return randomUUID();
  }
  /** https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String): a blob from bytes, content type and name. */
  newBlob(data: unknown, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.log.record('Utilities.newBlob');
    if (!Array.isArray(data)) throw new Error('fake: only Utilities.newBlob(bytes, contentType, name) is modelled');
    return as<GoogleAppsScript.Base.Blob>(new FakeBytesBlob(this.log, name ?? '', contentType ?? '', data as number[]));
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.log.record('Utilities.formatDate');
    return formatDate(date as unknown as Date, timeZone, format);
  }
  sleep(_milliseconds: number): void {
    this.log.record('Utilities.sleep');
  }
}

/** console as Apps Script has it (Stackdriver): kept in memory, printed only when asked. */
export class FakeConsole {
  readonly entries: { level: string; message: string }[] = [];
  constructor(private readonly echo = false) {}
  private push(level: string, args: unknown[]): void {
    const message = args.map((a) => (a instanceof Error ? a.stack ?? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    this.entries.push({ level, message });
    if (this.echo) process.stderr.write(`[gas ${level}] ${message}\n`);
  }
  log(...args: unknown[]): void {
    this.push('log', args);
  }
  info(...args: unknown[]): void {
    this.push('info', args);
  }
  warn(...args: unknown[]): void {
    this.push('warn', args);
  }
  error(...args: unknown[]): void {
    this.push('error', args);
  }
}
