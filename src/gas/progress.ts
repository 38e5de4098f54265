/**
 * Progress of the running action, for the sidebar to poll while its google.script.run call is
 * pending (Apps Script runs the poll in a parallel execution). Kept in the user's properties, which
 * need no OAuth scope and are per person; best effort: a failure here never stops the work.
 */
import type { Phase, ProgressAction, ProgressView } from '../core/api';
import { USER_PROPS } from './names';

export type ProgressReporter = (phase: Phase) => void;

export function progressOf(action: ProgressAction): ProgressReporter {
  return (phase) => {
    try {
      const view: ProgressView = { action, phase, at: Date.now() };
      PropertiesService.getUserProperties().setProperty(USER_PROPS.progress, JSON.stringify(view));
    } catch (error) {
      console.warn(`progress not recorded: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function clearProgress(): void {
  try {
    PropertiesService.getUserProperties().deleteProperty(USER_PROPS.progress);
  } catch (error) {
    console.warn(`progress not cleared: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A record older than an execution can live is left over from a crash: treat it as no progress. */
const STALE_MS = 6 * 60 * 1000;

export function readProgress(now = Date.now()): ProgressView | null {
  const raw = PropertiesService.getUserProperties().getProperty(USER_PROPS.progress);
  if (!raw) return null;
  try {
    const view = JSON.parse(raw) as ProgressView;
    return now - view.at < STALE_MS ? view : null;
  } catch {
    return null;
  }
}

/** Runs an action with its progress recorded, and always cleared at the end. */
export function withProgress<T>(action: ProgressAction, work: (progress: ProgressReporter) => T): T {
  try {
    return work(progressOf(action));
  } finally {
    clearProgress();
  }
}
