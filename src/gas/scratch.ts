/**
 * A record of the scratch files a publish creates, kept in the document properties until the
 * publish ends. A run killed by Google's time limit never reaches its `finally`, so a later publish
 * (document properties are shared by the sheet's editors) trashes what the record lists.
 *
 * Each file is recorded with who created it: under `drive.file` only its creator's runs can reach
 * it through the Drive API (and only the owner may trash a file), so another coordinator's publish
 * leaves it in the record for its creator's next publish instead of dropping it.
 */
import { DOC_PROPS } from './names';
import { trashFile } from './driveFiles';

type Properties = GoogleAppsScript.Properties.Properties;

interface ScratchEntry {
  id: string;
  /** Who created it ('' in a record from before creators were recorded). */
  by: string;
}

/**
 * At most this many entries are kept (the newest): each is under 100 bytes, so the record stays far
 * below the 9 kB a property value may hold even if a coordinator never publishes again.
 */
export const MAX_SCRATCH_ENTRIES = 50;

function read(props: Properties): ScratchEntry[] {
  try {
    const raw = JSON.parse(props.getProperty(DOC_PROPS.scratch) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((e: unknown): ScratchEntry[] => {
      if (typeof e === 'string') return [{ id: e, by: '' }];
      const entry = e as Partial<ScratchEntry> | null;
      return entry && typeof entry.id === 'string' ? [{ id: entry.id, by: typeof entry.by === 'string' ? entry.by : '' }] : [];
    });
  } catch {
    return [];
  }
}

function write(props: Properties, entries: ScratchEntry[]): void {
  const kept = entries.slice(-MAX_SCRATCH_ENTRIES);
  if (kept.length) props.setProperty(DOC_PROPS.scratch, JSON.stringify(kept));
  else props.deleteProperty(DOC_PROPS.scratch);
}

/**
 * Whether something recorded as made by `by` is this user's (`me`) to act on: theirs (e-mail
 * addresses compare without case), or of unknown maker (records from before makers were kept).
 */
export function madeByMe(by: string, me: string): boolean {
  return !by || (me !== '' && by.toLowerCase() === me.toLowerCase());
}

export function rememberScratch(props: Properties, fileId: string, by: string): void {
  write(props, [...read(props), { id: fileId, by }]);
}

export function forgetScratch(props: Properties, fileIds: string[]): void {
  write(props, read(props).filter((e) => !fileIds.includes(e.id)));
}

/**
 * Trashes the scratch files interrupted runs of this user (`me`) left, and those of unknown
 * creator. Each is then dropped from the record, trashed or not (a file that cannot be trashed
 * would otherwise be retried forever; its owner can find it by its name ending in
 * “(กำลังสร้างฉบับที่ …)”). Other coordinators' files stay recorded for their own next publish.
 */
export function cleanUpScratch(props: Properties, me: string): number {
  const entries = read(props);
  if (!entries.length) return 0;
  const mine = (e: ScratchEntry) => madeByMe(e.by, me);
  const trashed = entries.filter(mine).filter((e) => trashFile(e.id)).length;
  const others = entries.filter((e) => !mine(e));
  if (others.length !== entries.length) write(props, others);
  return trashed;
}
