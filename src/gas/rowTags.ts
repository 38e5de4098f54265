/**
 * Row tags: row-level developer metadata the add-on puts on the rows it marks. Sheets keeps row
 * metadata with its row when rows are inserted, deleted or sorted (and deletes it with the row), so
 * a tag says where a marked row is now; an A1 address would not. PROJECT visibility keeps the tags
 * to this script. https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 */
import type { RowTag } from './marks';
import { errorText } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Short: a spreadsheet's developer metadata has a size limit, and every tagged row carries this key. */
export const ROW_TAG_KEY = 'ita.row';

export interface FoundTags {
  tags: RowTag[];
  /** The metadata behind each tag, same order (to remove it). */
  metadata: DeveloperMetadata[];
}

/** Every tag on the sheet and the row (0-based) it is on now: one search, whatever the number of tags. */
export function readRowTags(sheet: Sheet): FoundTags {
  const found = sheet.createDeveloperMetadataFinder().withKey(ROW_TAG_KEY).find();
  const tags: RowTag[] = [];
  const metadata: DeveloperMetadata[] = [];
  for (const md of found) {
    const row = md.getLocation().getRow();
    const id = md.getValue();
    if (!row || !id) continue;
    tags.push({ id, row: row.getRow() - 1 });
    metadata.push(md);
  }
  return { tags, metadata };
}

/**
 * Adds the tags newly marked rows need. Returns the rows (0-based) whose tag could not be added
 * (e.g. the spreadsheet's metadata is full): they must not be marked.
 */
export function addRowTags(sheet: Sheet, add: readonly RowTag[]): Set<number> {
  const failed = new Set<number>();
  for (const tag of add) {
    const row = tag.row + 1;
    try {
      sheet.getRange(`${row}:${row}`).addDeveloperMetadata(ROW_TAG_KEY, tag.id, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    } catch (error) {
      console.warn(`could not tag row ${row}: ${errorText(error)}`);
      failed.add(tag.row);
    }
  }
  return failed;
}

/**
 * Removes the tags of rows no longer marked (`remove`: indexes into `found`). Done after the marks
 * are written and recorded: until then the last run's record still names marks by these tags.
 */
export function removeRowTags(found: FoundTags, remove: readonly number[]): void {
  for (const i of remove) {
    try {
      found.metadata[i].remove();
    } catch (error) {
      // The row was deleted meanwhile, and its tag with it.
      console.warn(`row tag ${found.tags[i].id}: ${errorText(error)}`);
    }
  }
}
