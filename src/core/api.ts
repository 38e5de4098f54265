/**
 * The contract between the sidebar and whatever serves it: the Apps Script server functions
 * (src/gas) and the local preview (src/node/preview). Both implement `SidebarApi`, and the
 * sidebar's typed `google.script.run` wrapper is derived from it, so renaming a server
 * function breaks the build instead of the sidebar.
 */
import type { Edition, Finding, Lang, MatchStrength, Severity, TrailingRows } from './types';
import type { Confirmation } from './confirmations';
import type { ConfirmRequest, SynonymOffer } from './confirmRequest';
import { EDITIONS } from './edition';

export interface FindingView extends Finding {
  /** Sheet name that holds `cell` (the sidebar selects `sheet!cell`). */
  sheet?: string;
  /** Step text the finding is about, when it is about a step. */
  stepText?: string;
  /** For matches: which result covered the step, and how strongly. */
  resultNumber?: number | null;
  resultText?: string;
  strength?: MatchStrength;
  /** A finding a coordinator may confirm (UNMATCHED_STEP, WEAK_MATCH, IN_PROGRESS): the measure's results to pick from. */
  confirmable?: boolean;
  results?: { number: number; text: string }[];
}

export interface MeasureSummary {
  index: number;
  number: number | null;
  title: string;
  steps: number;
  results: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidateResponse {
  measures: MeasureSummary[];
  findings: FindingView[];
  errors: number;
  warnings: number;
  /** Info lines: confirmed findings and notes about the confirmations sheet. */
  infos: number;
  /** When the check ran, shown in the Buddhist Era, e.g. `๒๖ พฤศจิกายน ๒๕๖๙ ๑๔:๐๕`. */
  checkedAt: string;
  /** The edition checked (its rules differ: the plan has no result checks) and the fiscal year (B.E.). */
  edition?: Edition;
  fiscalYear?: number;
  /**
   * Cells whose check mark Google refused to set or clear (a protected range the person may not
   * edit), said in Thai and English: the findings above are complete, only their marks are missing.
   * No cells when the run left the marks to a later one: another editor's run held the document
   * lock, or rows kept moving while it marked; the message says to validate again.
   */
  marksRefused?: { cells: string[]; message: string; messageEn: string };
  /**
   * The rows under the table, not read as measures: notes or a signature block (an information
   * line), or steps and results cut off (a warning, listed among the findings too).
   */
  rowsNotRead?: TrailingRows;
}

/** Which edition to check or publish; without it, the settings sheet's `ฉบับรายงาน`. */
export interface EditionChoice {
  edition?: Edition;
}

export interface FillResponse {
  /** Cells that received a suggestion. */
  filled: { cell: string; measure: number | null; text: string }[];
  /** Cells whose earlier suggestion by the add-on was replaced by one matching the latest results. */
  refreshed?: { cell: string; measure: number | null; text: string }[];
  /** Why nothing was filled when the edition fills nothing (the plan), Thai and English. */
  notFilled?: { message: string; messageEn: string };
  /**
   * Cells left alone: someone typed into them meanwhile, or (a workbook file in the preview) the
   * cell holds a formula or sits in a merge it cannot own, said in `reasonTh` / `reasonEn`.
   */
  skipped: { cell: string; measure: number | null; reasonTh?: string; reasonEn?: string }[];
  validation: ValidateResponse;
}

export type SharingOutcome = 'anyone_with_link' | 'domain_with_link' | 'private' | 'unchanged';

export interface PublishRequest extends EditionChoice {
  /** Publish even when validation found errors (recorded in the publish log). */
  force?: boolean;
}

/**
 * The edition a request names, read from what a client sent: every server function is callable
 * with any arguments (google.script.run, the preview's JSON), so an unknown edition is dropped
 * (the settings' edition applies) instead of opening a report of its own.
 */
export function editionChoiceOf(arg: unknown): EditionChoice {
  const edition = (arg as { edition?: unknown } | null | undefined)?.edition;
  return typeof edition === 'string' && (EDITIONS as readonly string[]).includes(edition) ? { edition: edition as Edition } : {};
}

/** A publish request read the same way: only `force: true` overrides the errors. */
export function publishRequestOf(arg: unknown): PublishRequest {
  return { force: (arg as { force?: unknown } | null | undefined)?.force === true, ...editionChoiceOf(arg) };
}

export interface PublishResponse {
  ok: boolean;
  /** Why publishing did not happen (errors without force, lock busy, ...). */
  blockedReason?: 'errors' | 'busy';
  message: string;
  messageEn: string;
  docUrl?: string;
  pdfUrl?: string;
  version?: number;
  /** Publish time in the Buddhist Era. */
  publishedAt?: string;
  sharing?: SharingOutcome;
  /** Set when the requested sharing could not be applied (e.g. a domain policy), in Thai and English. */
  sharingNote?: string;
  sharingNoteEn?: string;
  overridden?: boolean;
  /** The edition published, its fiscal year, and the ready-to-paste ITAS answer (มี, link, description). */
  edition?: Edition;
  fiscalYear?: number;
  itasText?: string;
  validation: ValidateResponse;
}

/** Work phases reported to the sidebar while a long action runs. */
export type Phase = 'reading' | 'checking' | 'filling' | 'building' | 'exporting' | 'sharing' | 'saving' | 'done';

export type ProgressAction = 'validate' | 'fill' | 'publish';

/** Where the running action is: the server records it at each phase, the sidebar polls it. */
export interface ProgressView {
  action: ProgressAction;
  phase: Phase;
  /** When the phase started (ms since the epoch). */
  at: number;
}

export type { ConfirmRequest, SynonymOffer };

export interface ConfirmResponse {
  /** What was recorded, in words (Thai and English). */
  message: string;
  messageEn: string;
  /** The check again, with the new confirmation applied. */
  validation: ValidateResponse;
  /** Action words to propose for the agency's synonyms sheet, when the matcher did not connect them. */
  offer: SynonymOffer | null;
}

/** One row of the confirmations sheet as the sidebar lists it (the texts stay in the sheet). */
export interface ConfirmationView extends Omit<Confirmation, 'row' | 'stepText' | 'resultText' | 'digest'> {
  /** 1-based row in the confirmations sheet. */
  row: number;
  /** True for each step's latest row while its step's (and result's) text reads as recorded; false once replaced by a later row or stale. */
  applies: boolean;
  /** The add-on: false for a row typed in the sheet (its confirmer is not verified, and it settles nothing). */
  verified?: boolean;
}

/** The edition the sidebar shows: the check returned after adding is run with its rules. */
export interface AddSynonymsRequest extends EditionChoice {
  words: string[];
}

/** A confirmation, with the edition the sidebar shows (the check returned is run with its rules). */
export type ConfirmFindingRequest = ConfirmRequest & EditionChoice;

export interface AddSynonymsResponse {
  /** The group written to the synonyms sheet. */
  words: string[];
  message: string;
  messageEn: string;
  validation: ValidateResponse;
}

export interface SidebarApi {
  validate(request?: EditionChoice): ValidateResponse;
  /** Fills under the edition's rules (the plan fills nothing and says so in `notFilled`). */
  fillSuggestions(request?: EditionChoice): FillResponse;
  publish(request: PublishRequest): PublishResponse;
  /** Select a cell (A1, optionally `Sheet!A1`) in the sheet so the user sees the problem. */
  selectCell(a1: string): void;
  getLang(): Lang;
  setLang(lang: Lang): void;
  /** The phase of the action this user has running, or null (polled while a call is pending). */
  getProgress(): ProgressView | null;
  /** Records a coordinator's confirmation of a finding in the confirmations sheet, then checks again. */
  confirmFinding(request: ConfirmFindingRequest): ConfirmResponse;
  listConfirmations(): ConfirmationView[];
  /** Adds one group of words to the agency's synonyms sheet, then checks again. */
  addSynonyms(request: AddSynonymsRequest): AddSynonymsResponse;
}

/** Error codes that reach the sidebar as Thai sentences (never stack traces). */
export interface UserFacingError {
  code: string;
  message: string;
  messageEn: string;
}

export type { Severity };
