/**
 * Which Doc and PDF belong to which edition of which fiscal year. Each edition of each year is its
 * own Doc with its own stable link, so republishing the annual report never replaces the six-month
 * one, and a new fiscal year starts new Docs while last year's stay where the log points.
 *
 * Stored in DocumentProperties as `ita.publish.<year>.<edition>`. A spreadsheet published before
 * editions existed has one `ita.publish` record of an annual report whose year the record does not
 * say: it is read from the Doc's name (or its heading), and the record is the annual report of that
 * year only. Publishing files it under that year; a record whose year cannot be read is left as it is
 * and never taken for the year being published (its Doc may be last year's, already posted on the
 * agency's website). Rolling the year over files it under its own year, else the year being closed.
 */
import { toArabicDigits, type Edition } from '../core';
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
  /** The sharing the last publish applied, so a change reaches the earlier versions' PDFs too (see sharingOf). */
  sharing?: SharingOutcome;
  /** Earlier PDFs a change of sharing could not reach yet (another coordinator's): every publish tries them again. */
  unshared?: string[];
}

/** Earlier PDFs remembered per edition: enough for years of monthly republishing, small for a property. */
/** The sharing a record's report has: a record written before records kept it was shared with anyone with the link. */
export function sharingOf(state: PublishState): SharingOutcome {
  return state.sharing ?? 'anyone_with_link';
}

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

/** The fiscal year a report's name or heading states, as the add-on writes it (`ประจำปีงบประมาณ พ.ศ.๒๕๖๕`), or null. */
export function reportYearIn(text: string): number | null {
  const m = /ประจำปีงบประมาณ\s*พ\.\s*ศ\.\s*(\d{4})(?!\d)/.exec(toArabicDigits(text));
  return m ? Number(m[1]) : null;
}

/** The fiscal year of a published report's Doc: from its name, else its heading (a coordinator may rename the Doc); null when unreadable. */
export type ReportYearReader = (state: PublishState) => number | null;

/**
 * Reads the year through DocumentApp, as publishing opens the Doc (its `documents` scope reaches a
 * Doc another coordinator created, which the Drive API under drive.file does not).
 * https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
export const docReportYear: ReportYearReader = (state) => {
  try {
    const doc = DocumentApp.openById(state.docId);
    return reportYearIn(doc.getName()) ?? reportYearIn(doc.getBody().getText());
  } catch (error) {
    console.warn(`reading the year of the Doc published before editions (${state.docId}): ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
};

/** A record stored before editions: its state and the fiscal year its Doc states (null: unreadable). */
function legacyRecord(props: Properties, readYear: ReportYearReader): { raw: string; state: PublishState; year: number | null } | null {
  const raw = props.getProperty(DOC_PROPS.publish);
  const state = parseState(raw);
  return raw !== null && state ? { raw, state, year: readYear(state) } : null;
}

/** Files a pre-edition record under a year's annual key (unless that year has its own record already) and removes it. */
function fileLegacy(props: Properties, raw: string, year: number): void {
  if (props.getProperty(editionKey(year, 'annual')) === null) props.setProperty(editionKey(year, 'annual'), raw);
  props.deleteProperty(DOC_PROPS.publish);
}

/**
 * An edition's state for a fiscal year. A pre-edition record counts as the annual report only of
 * the year its Doc states: never another year's, whose Doc a publish would overwrite at its link.
 */
export function readEditionState(props: Properties, fiscalYear: number, edition: Edition, readYear: ReportYearReader = docReportYear): PublishState | null {
  const own = parseState(props.getProperty(editionKey(fiscalYear, edition)));
  if (own || edition !== 'annual') return own;
  const legacy = legacyRecord(props, readYear);
  return legacy?.year === fiscalYear ? legacy.state : null;
}

/**
 * Before a publish: a pre-edition record whose Doc states its year is filed under that year. Returns
 * `unreadable` when a record is left in place because its year cannot be read (the publish then
 * makes a new Doc and says why), else null.
 */
export function settleLegacyState(props: Properties, readYear: ReportYearReader = docReportYear): 'unreadable' | null {
  const legacy = legacyRecord(props, readYear);
  if (!legacy) return null;
  if (legacy.year === null) return 'unreadable';
  fileLegacy(props, legacy.raw, legacy.year);
  return null;
}

/** Saves an edition's state. */
export function writeEditionState(props: Properties, fiscalYear: number, edition: Edition, state: PublishState): void {
  props.setProperty(editionKey(fiscalYear, edition), JSON.stringify(state));
}

/** At rollover: a pre-edition record is filed under the year its Doc states, else the year being closed. */
export function fileLegacyState(props: Properties, closingYear: number, readYear: ReportYearReader = docReportYear): void {
  const legacy = legacyRecord(props, readYear);
  if (legacy) fileLegacy(props, legacy.raw, legacy.year ?? closingYear);
}

/** A Doc's link from its id, without opening it (the form Document.getUrl returns). */
export function docUrlOf(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}
