/**
 * Progress of the running action, for the sidebar to poll while its google.script.run call is
 * pending (Apps Script runs the poll in a parallel execution). Kept in the user's properties: they
 * need no OAuth scope and are per person. CacheService (also scope-free as far as we know, and
 * self-expiring) would do too; properties were chosen because their scope-freedom is certain and
 * the stale check below covers what expiry would.
 *
 * Cost: one getUserProperties per action, one setProperty per phase, one deleteProperty at the
 * end — validate +4 calls, fill +5, publish +8, whatever the table size (see `npm run bench`).
 * Best effort: a failure here never stops the work.
 */
import type { Phase, ProgressAction, ProgressView } from '../core/api';
import { USER_PROPS } from './names';

type Properties = GoogleAppsScript.Properties.Properties;

export type ProgressReporter = (phase: Phase) => void;

function warn(what: string, error: unknown): void {
  console.warn(`progress not ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

/** A record older than an execution can live (6 min) is left over from a killed run: no progress. */
const STALE_MS = 6 * 60 * 1000;

export function readProgress(now = Date.now()): ProgressView | null {
  const raw = PropertiesService.getUserProperties().getProperty(USER_PROPS.progress);
  if (!raw) return null;
  try {
    const view = JSON.parse(raw) as ProgressView;
    return typeof view.at === 'number' && now - view.at < STALE_MS ? view : null;
  } catch {
    return null;
  }
}

/** Runs an action with its phases recorded, and the record removed at the end, also on failure. */
export function withProgress<T>(action: ProgressAction, work: (progress: ProgressReporter) => T): T {
  // One store handle for the whole action: each handle is a service call of its own.
  // (`as`: assignments inside `report` are invisible to narrowing, which would pin this to null.)
  let store = null as Properties | null;
  const report: ProgressReporter = (phase) => {
    try {
      store ??= PropertiesService.getUserProperties();
      const view: ProgressView = { action, phase, at: Date.now() };
      store.setProperty(USER_PROPS.progress, JSON.stringify(view));
    } catch (error) {
      warn('recorded', error);
    }
  };
  try {
    return work(report);
  } finally {
    if (store) {
      try {
        store.deleteProperty(USER_PROPS.progress);
      } catch (error) {
        warn('cleared', error);
      }
    }
  }
}
