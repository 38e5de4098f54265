/**
 * A record of the scratch files a publish creates, kept in the document properties until the
 * publish ends. A run killed by Google's time limit never reaches its `finally`, so the next publish
 * (by anyone: document properties are shared by the sheet's editors) trashes what the record lists.
 */
import { DOC_PROPS } from './names';
import { trashFile } from './driveFiles';

type Properties = GoogleAppsScript.Properties.Properties;

function read(props: Properties): string[] {
  try {
    const ids = JSON.parse(props.getProperty(DOC_PROPS.scratch) ?? '[]') as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberScratch(props: Properties, fileId: string): void {
  props.setProperty(DOC_PROPS.scratch, JSON.stringify([...read(props), fileId]));
}

export function forgetScratch(props: Properties, fileIds: string[]): void {
  const left = read(props).filter((id) => !fileIds.includes(id));
  if (left.length) props.setProperty(DOC_PROPS.scratch, JSON.stringify(left));
  else props.deleteProperty(DOC_PROPS.scratch);
}

/**
 * Trashes scratch files an interrupted run left. A file that cannot be trashed (another
 * coordinator's, which `drive.file` does not let this user reach) is dropped from the record so it
 * is not retried forever; its owner can find it by its name ending in “(กำลังสร้างฉบับที่ …)”.
 */
export function cleanUpScratch(props: Properties): number {
  const ids = read(props);
  if (!ids.length) return 0;
  const trashed = ids.filter((id) => trashFile(id)).length;
  props.deleteProperty(DOC_PROPS.scratch);
  return trashed;
}
