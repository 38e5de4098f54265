/**
 * Which Doc and PDF belong to which edition of which fiscal year. Each edition of each year is its
 * own Doc with its own stable link, so republishing the annual report never replaces the six-month
 * one, and a new fiscal year starts new Docs while last year's stay where the log points.
 *
 * Stored in DocumentProperties as `ita.publish.<year>.<edition>`. A spreadsheet published before
 * editions existed has one `ita.publish` record: it is the annual report of the current year, so it
 * is read as such until that edition is published again (then the record moves to its own key) or
 * the year is rolled over (then it is filed under the year being closed).
 */
import type { Edition } from '../core';
import type { SharingOutcome } from '../core/api';
import { DOC_PROPS } from './names';

type Properties = GoogleAppsScript.Properties.Properties;

/** What DocumentProperties remembers between publishes of one edition. */
export interface PublishState {
  docId: string;
  pdfId: string;
  version: number;
  /** Who created the published Doc (its owner): named when another coordinator cannot edit it. */
  owner?: string;
  /** The earlier versions' PDFs, oldest first (at most MAX_EARLIER_PDFS): re-shared when the sharing changes. */
  earlierPdfs?: string[];
  /** The sharing the last publish applied, so a change reaches the earlier versions' PDFs too. */
  sharing?: SharingOutcome;
  /** Earlier PDFs a change of sharing could not reach yet (another coordinator's): every publish tries them again. */
  unshared?: string[];
}

/** Earlier PDFs remembered per edition: enough for years of monthly republishing, small for a property. */
export const MAX_EARLIER_PDFS = 100;

export function editionKey(fiscalYear: number, edition: Edition): string {
  return `${DOC_PROPS.publish}.${fiscalYear}.${edition}`;
}

function parseState(raw: string | null): PublishState | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as PublishState;
    return typeof s.docId === 'string' && typeof s.version === 'number' ? s : null;
  } catch {
    return null;
  }
}

export function readEditionState(props: Properties, fiscalYear: number, edition: Edition): PublishState | null {
  const own = parseState(props.getProperty(editionKey(fiscalYear, edition)));
  if (own || edition !== 'annual') return own;
  return parseState(props.getProperty(DOC_PROPS.publish));
}

/** Saves an edition's state; the pre-edition record, now filed under its own key, is removed. */
export function writeEditionState(props: Properties, fiscalYear: number, edition: Edition, state: PublishState): void {
  props.setProperty(editionKey(fiscalYear, edition), JSON.stringify(state));
  if (edition === 'annual' && props.getProperty(DOC_PROPS.publish) !== null) props.deleteProperty(DOC_PROPS.publish);
}

/** At rollover: a pre-edition record belongs to the year being closed. */
export function fileLegacyState(props: Properties, closingYear: number): void {
  const legacy = props.getProperty(DOC_PROPS.publish);
  if (legacy === null) return;
  if (props.getProperty(editionKey(closingYear, 'annual')) === null) props.setProperty(editionKey(closingYear, 'annual'), legacy);
  props.deleteProperty(DOC_PROPS.publish);
}

/** A Doc's link from its id, without opening it (the form Document.getUrl returns). */
export function docUrlOf(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}
