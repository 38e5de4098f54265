/** Sheet names (from the core, which the command line shares) and property keys: one place, so set-up, import and the actions agree. */
export { SHEETS } from '../core';

/** DocumentProperties keys (shared by every editor of the spreadsheet). */
export const DOC_PROPS = {
  /** Cells the add-on marked on the last Validate, in chunks (a property value holds at most 9 kB). */
  marksPrefix: 'ita.marks.',
  marksCount: 'ita.marks.count',
  /** `PublishState` as JSON. */
  publish: 'ita.publish',
  /** Ids of scratch files a running publish made (JSON array), trashed by the next run if it was killed. */
  scratch: 'ita.scratch',
  /** The key the add-on signs confirmation rows with (see confirmationDigest.ts): never written in a cell. */
  confirmationKey: 'ita.confirmationKey',
} as const;

/** UserProperties keys (per person). */
export const USER_PROPS = { lang: 'ita.lang', progress: 'ita.progress' } as const;

export const ADDON_NAME = 'ita-sheets';
