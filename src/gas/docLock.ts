/**
 * The document lock around work that writes the spreadsheet (publish, a coordinator's
 * confirmation). Before releasing it the writes are flushed, as Google's Lock reference asks: "if
 * you are working with a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing the
 * lock, to commit all pending changes to the spreadsheet while you still have exclusive access to
 * it" (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). Otherwise the
 * next coordinator's run could hold the lock and still read the sheet without them.
 */
import { errorText } from './errors';

/** How long a second coordinator waits for the first one's work before being told it is busy. */
export const LOCK_WAIT_MS = 5000;

/** Runs `work` holding the document lock, or returns `busy()` when another execution holds it. */
export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return work();
  } finally {
    try {
      SpreadsheetApp.flush();
    } catch (error) {
      // The writes are still committed when the execution ends; the lock must be released anyway.
      console.warn(`SpreadsheetApp.flush before releasing the lock: ${errorText(error)}`);
    }
    lock.releaseLock();
  }
}
