/**
 * Shared record of every Apps Script service call the fakes receive, with counts per method
 * (`Range.getValues`, `Body.appendTable`, ...). Tests assert on it and the benchmark prices it at
 * 50 ms a call. It also injects faults (a chosen call throws on its Nth use) and runs hooks
 * before calls (a co-editor's edit between Fill's read and write, a second publish racing). Every
 * call is checked first: against the auth mode, the manifest's scopes (test/fakes/scopes.ts) and the
 * execution's time budget (a simulated clock; past 6 minutes the execution is killed).
 */
import { callKind } from './callKinds';
/** A call that changes a spreadsheet: a sheet-kind round trip that is not a read. */
function isSheetWrite(method: string): boolean {
  return callKind(method) === 'sheet' && !/^\w+\.(get|is|has|find|create)/.test(method);
}

export interface CallInfo {
  method: string;
  /** 1-based: how many times this method has been called, this one included. */
  n: number;
  /** Extra context, e.g. the sheet name and A1 of a Range call. */
  detail: string;
}

export type Hook = (call: CallInfo) => void;

/** Methods Google allows while a menu is built in AuthMode.NONE. */
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** Google's hard stop: "Exceeded maximum execution time" (quotas: https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
export const KILLED_MESSAGE = 'Exceeded maximum execution time';

/**
 * Simulated time of one execution. `msPerCall` prices every service call; `advance` jumps (a slow
 * call). Past `budgetMs` since `startExecution()` the execution is killed (see CallLog.record).
 */
export class FakeClock {
  private elapsed = 0;
  private epoch = Date.now();
  msPerCall = 0;
  /** Apps Script's limit per execution: 6 minutes. */
  budgetMs = 6 * 60 * 1000;
  private started = 0;
  now(): number {
    return this.epoch + this.elapsed;
  }
  /** The script's clock reads `ms` (epoch milliseconds) from now on: a test picks the moment it runs at. */
  setNow(ms: number): void {
    this.epoch = ms - this.elapsed;
  }
  advance(ms: number): void {
    this.elapsed += ms;
  }
  startExecution(): void {
    this.started = this.elapsed;
  }
  overBudget(): boolean {
    return this.elapsed - this.started > this.budgetMs;
  }
}

export class CallLog {
  readonly counts = new Map<string, number>();
  /** Calls in order (method and detail), for debugging and ordering assertions. */
  readonly sequence: CallInfo[] = [];
  total = 0;
  authMode: AuthMode = 'FULL';
  /** Calls refused because of the auth mode. */
  readonly authViolations: string[] = [];
  private hooks: { method: string; fn: Hook; once: boolean }[] = [];
  private faults: { method: string; nth: number; message: string }[] = [];
  private inHook = 0;
  private muted = 0;
  /** Checks each call against the manifest's scopes (set by createFakeEnv). */
  scopeCheck: ((method: string) => void) | null = null;
  readonly clock = new FakeClock();
  /**
   * Set once the execution ran past its time budget. Google then stops the script where it is: no
   * catch or finally of the script runs. gas-local cannot stop the vm, so a killed execution's
   * every later call throws and changes nothing, which has the same effect on Google's side.
   */
  killed = false;
  /** Position in `sequence` of the last sheet write, and of the last SpreadsheetApp.flush() (see unflushedSheetWrites). */
  private lastSheetWrite = -1;
  private lastFlush = -1;

  /** Runs fake-internal work that belongs to a call already recorded (e.g. each range of a RangeList). */
  mute<T>(fn: () => T): T {
    this.muted++;
    try {
      return fn();
    } finally {
      this.muted--;
    }
  }

  record(method: string, detail = ''): void {
    if (this.muted > 0) return;
    if (this.killed) throw new Error(KILLED_MESSAGE);
    this.clock.advance(this.clock.msPerCall);
    if (this.clock.overBudget()) {
      this.killed = true;
      throw new Error(KILLED_MESSAGE);
    }
    if (this.authMode === 'NONE' && !NONE_ALLOWED.has(method)) {
      this.authViolations.push(method);
      throw new Error(`You do not have permission to call ${method} (AuthMode.NONE: the add-on is not yet enabled in this document)`);
    }
    this.scopeCheck?.(method);
    const n = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, n);
    this.total++;
    const info: CallInfo = { method, n, detail };
    this.sequence.push(info);
    if (method === 'SpreadsheetApp.flush') this.lastFlush = this.sequence.length;
    else if (isSheetWrite(method)) this.lastSheetWrite = this.sequence.length;
    for (const hook of [...this.hooks]) {
      if (hook.method !== method && hook.method !== '*') continue;
      if (hook.once) this.hooks = this.hooks.filter((h) => h !== hook);
      this.inHook++;
      try {
        hook.fn(info);
      } finally {
        this.inHook--;
      }
    }
    for (const fault of this.faults) {
      if (fault.method === method && fault.nth === n) throw new Error(fault.message);
    }
  }

  /**
   * Whether the script wrote to a spreadsheet since its last SpreadsheetApp.flush(). Sheets batches
   * writes ("Spreadsheet operations are sometimes bundled together to improve performance":
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()), so such
   * writes may still be pending, e.g. when a lock is released (see FakeLock.releaseLock).
   */
  unflushedSheetWrites(): boolean {
    return this.lastSheetWrite > this.lastFlush;
  }

  /** Runs `fn` before every call of `method` ('*' for all); returns a function that removes the hook. */
  before(method: string, fn: Hook, options: { once?: boolean } = {}): () => void {
    const hook = { method, fn, once: Boolean(options.once) };
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  /** The `nth` call of `method` (counted from now on, as the log counts) throws like a failing Google service. */
  failOn(method: string, nth: number, message = `Service error: ${method} failed (injected)`): void {
    this.faults.push({ method, nth: (this.counts.get(method) ?? 0) + nth, message });
  }

  clearFaults(): void {
    this.faults = [];
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Calls whose method starts with `prefix` (e.g. 'Range.' or 'Body.'). */
  countPrefix(prefix: string): number {
    let sum = 0;
    for (const [m, c] of this.counts) if (m.startsWith(prefix)) sum += c;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]));
  }

  /** A new execution (the next google.script.run call): the clock's budget starts again. */
  startExecution(): void {
    this.killed = false;
    this.clock.startExecution();
  }

  reset(): void {
    this.counts.clear();
    this.sequence.length = 0;
    this.total = 0;
  }

  /** Calls made since a mark: `const mark = log.total; ...; log.since(mark)`. */
  since(mark: number): CallInfo[] {
    return this.sequence.slice(mark);
  }
}

/** Cast helper for fakes that implement only part of a Google interface (a `Pick`). */
export function as<T>(value: unknown): T {
  return value as T;
}
