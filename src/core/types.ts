/**
 * Shared data shapes of the core. Pure data: no Apps Script or Node types, so the same
 * values flow from a sheet read in Apps Script, a workbook read in Node, or report text.
 */
import type { CellRange } from './merges';

export type Lang = 'th' | 'en';
export type NumeralStyle = 'thai' | 'arabic';

/** Where something sits in the input: a cell (sheet/CSV input, A1 notation) or a line (text input, 1-based). */
export interface SourceRef {
  cell?: string;
  line?: number;
}

/** The four columns of the measures table. */
export type Column = 'measure' | 'steps' | 'results' | 'suggestion';

/** Optional columns the ITA criteria ask for; recognised by header when a sheet has them. */
export type ExtraColumn = 'responsible' | 'timeframe' | 'budget' | 'indicator' | 'evidence';

/** Any column the report can show. */
export type TableColumn = Column | ExtraColumn;

/** Which edition of the year's report: the plan, the six-month progress report or the annual report. */
export type Edition = 'plan' | 'half-year' | 'annual';

/** One numbered entry inside a steps or results cell. */
export interface Item {
  /** The number written in the cell (Thai or Arabic digits), or null when the entry has none. */
  number: number | null;
  /** The marker exactly as written, e.g. `๑.`, `1)`, `(1)`; empty when unnumbered. */
  marker: string;
  /** The text after the marker, normalised (NFC, single spaces) but otherwise as the person wrote it. */
  text: string;
  /** Where the item starts. */
  ref: SourceRef;
}

export interface Measure {
  /** Position in the table, 1-based, whatever number the sheet gives it. */
  index: number;
  /** The measure number written in the sheet (from a number column or the `๑.` prefix of the title). */
  number: number | null;
  /** That number's digits exactly as written (`๑` or `1`): the report prints them unchanged, whatever its numerals. */
  numberText?: string;
  /** Sheet input: the number column's cell of the measure's first row, when it holds the number. */
  numberRef?: SourceRef;
  title: string;
  steps: Item[];
  results: Item[];
  /** Problems / suggestions text ('' when the cell is empty; split columns' parts joined after their labels). */
  suggestion: string;
  /** The problems / suggestions split over columns (ColumnMap.suggestionParts): each part's own text. */
  suggestionParts?: SuggestionPartText[];
  /** Where each of the measure's cells starts (first row of the measure). */
  refs: Record<Column, SourceRef>;
  /** 0-based row index in the grid of the measure's first row (sheet/CSV input); -1 for text input. */
  row: number;
  /** 0-based row indexes of continuation rows joined into this measure. */
  continuationRows: number[];
  /** Text of each extra column the table has ('' when the cell is empty); absent columns are absent. */
  extra?: Partial<Record<ExtraColumn, string>>;
  /** Where each extra cell starts (first row of the measure). */
  extraRefs?: Partial<Record<ExtraColumn, SourceRef>>;
  /** Text of each column the reader does not use, in ColumnMap.other's order (absent when there is none). */
  other?: string[];
}

/** Column positions found from the header row (0-based). */
export interface ColumnMap {
  measure: number;
  steps: number;
  results: number;
  /**
   * The problems / suggestions column; absent when the table has none (the table is checked as
   * usual, but nothing can be filled and the report has no such column).
   */
  suggestion?: number;
  /** An optional `ที่` / `No.` column that gives the measure number. */
  number?: number;
  /** Extra columns found (responsible, timeframe, budget, indicator, evidence). */
  extra?: Partial<Record<ExtraColumn, number>>;
  /**
   * Headed columns the reader does not use (หมายเหตุ, a second problems column…), left to right: never
   * checked, only carried, so a sheet made from report text loses none of them.
   */
  other?: OtherColumn[];
  /**
   * Problems and suggestions split in two columns, the problems half at `suggestion` and the
   * suggestions half beside it: headed apart (`ปัญหา/อุปสรรค | ข้อเสนอแนะ`) or under one header cell
   * merged over the two. Their texts are the measure's suggestion, each after its label; a
   * suggestion is filled into the suggestions half (suggestionFillColumn).
   */
  suggestionParts?: SuggestionPart[];
}

/** One column of a problems / suggestions split over columns: where it stands and its label ('' when none). */
export interface SuggestionPart {
  column: number;
  label: string;
}

/** One part's text of a problems / suggestions split over columns, with its label. */
export interface SuggestionPartText {
  label: string;
  text: string;
}

/** A headed column the reader does not use: its header as written and its 0-based position. */
export interface OtherColumn {
  header: string;
  column: number;
  /** A column headed only under the header row, in a header cell merged over it: that cell's column. */
  mergedInto?: number;
}

export interface MeasureTable {
  kind: 'sheet' | 'text';
  measures: Measure[];
  /** Numerals the input mostly uses (drives the report's digits). */
  numerals: NumeralStyle;
  /** Sheet input only: 0-based header row and the columns found. */
  headerRow?: number;
  /** Sheet input only: the header's cells as read (a header on two rows: both rows' labels, on the lower row). */
  headerCells?: string[];
  columns?: ColumnMap;
  /** Text input only: what stands before the table (title lines and introduction). */
  preamble?: ReportPreamble;
  /** Problems met while reading (continuation with nothing before, etc.). */
  findings: Finding[];
  /** Sheet input only: rows under the table (notes, a signature block) that were not read as measures. */
  trailing?: TrailingRows;
  /** Sheet input only: the sheet's merged ranges (fill leaves covered and shared cells alone). */
  merges?: CellRange[];
}

/** Rows after the end of the table, reported as information, never read or filled. */
export interface TrailingRows {
  /** 0-based first and last non-empty rows ignored. */
  firstRow: number;
  lastRow: number;
  /** The first cell of the ignored text; with a warning, the first step or result left out. */
  cell: string;
  /** `warning` when some rows hold steps or results (also listed among the findings), else `info`. */
  severity: 'info' | 'warning';
  message: string;
  messageEn: string;
}

/** Title block and introduction read from an existing report's text. */
export interface ReportPreamble {
  titleLines: string[];
  introduction: string[];
  fiscalYear?: number;
  agency?: string;
  /** The edition the title states (รอบ ๖ เดือน, รอบ ๑๒ เดือน), when it states one. */
  edition?: Edition;
}

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'UNMATCHED_STEP'
  | 'WEAK_MATCH'
  | 'IN_PROGRESS'
  | 'EMPTY_RESULTS'
  | 'EMPTY_STEPS'
  | 'EMPTY_TITLE'
  | 'NUMBERING_GAP'
  | 'NUMBERING_REPEAT'
  | 'NUMBERING_MIXED'
  | 'NUMBERING_START'
  | 'MEASURE_NUMBER_ORDER'
  | 'MEASURE_NUMBER_REPEAT'
  | 'ORPHAN_CONTINUATION'
  | 'PAGE_BREAK_JOIN'
  | 'WRAPPED_LINE'
  | 'UNPLACED_LINE'
  | 'NO_SUGGESTION_COLUMN'
  | 'UNHEADED_COLUMN'
  | 'OTHER_TABLE_SHEET'
  | 'SUB_HEADER_ROW'
  | 'TABLE_END'
  | 'NOTE_ROW'
  | 'NO_MEASURES'
  | 'MISSING_RESPONSIBLE'
  | 'MISSING_TIMEFRAME'
  | 'MISSING_BUDGET'
  | 'BUDGET_UNCLEAR'
  | 'MISSING_INDICATOR'
  | 'MISSING_EVIDENCE'
  | 'EVIDENCE_LINK'
  | 'INVALID_CHARACTER'
  | 'CONFIRMATION_STALE'
  | 'CONFIRMATION_INVALID'
  | 'DATE_OUTSIDE_YEAR'
  | 'DATE_UNREADABLE'
  | 'SETTING_INVALID'
  | 'AGENCY_SHEET_HIDDEN'
  | 'SYNONYM_SKIPPED'
  | 'CONFIRMATION_UNVERIFIED';

/** What a coordinator said about a step the check could not settle (sheet `การยืนยันผลตรวจ`). */
export type ConfirmationVerdict = 'reported' | 'not_done';

/** Who confirmed a finding, when, and what they decided. */
export interface ConfirmedBy {
  by: string;
  /** When, as written in the confirmations sheet (Buddhist Era). */
  at: string;
  verdict: ConfirmationVerdict;
  /** The result number the coordinator picked ('reported'), else null. */
  result: number | null;
  reason: string;
}

/**
 * Where a step sits: numbers people write can repeat (two steps `2)`, two measures `1`), positions
 * cannot, so a step-level finding carries its step's place and a confirmation goes to that step.
 */
export interface StepPlace {
  /** The measure's position in the table (`Measure.index`, 1-based). */
  measure: number;
  /** The step's position in the measure's steps (0-based, as `StepMatch.step`). */
  step: number;
}

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** Measure number as shown to people (the sheet's number, else its position); null for table-wide findings. */
  measure: number | null;
  /** Item number (step or result) the finding is about, when there is one. */
  item: number | null;
  /** The step a step-level finding (UNMATCHED_STEP, WEAK_MATCH, IN_PROGRESS) is about. */
  place?: StepPlace;
  cell?: string;
  line?: number;
  /** The sheet holding `cell` when it is not the measures sheet (e.g. a row of the confirmations sheet). */
  sheet?: string;
  /** Set when a coordinator's confirmation turned this finding into an info line. */
  confirmedBy?: ConfirmedBy;
  /** Thai message. */
  message: string;
  /** English message. */
  messageEn: string;
}

export type MatchStrength = 'strong' | 'weak' | 'none';

/** What the result(s) say about a step: done, or in so many words not done or still under way. */
export type StepEvidence = 'done' | 'not_done' | 'in_progress';

/** How one step is reported by the results. */
export interface StepMatch {
  /** 0-based index of the step within the measure. */
  step: number;
  /** 0-based index of the best result, or null when none is plausible. */
  result: number | null;
  /** Every result that reports part of the step, best first (one result may cover several steps, one step may need two results). */
  results: number[];
  /** Wording the step and its best result share, to show why they match. */
  shared: string;
  /** 0..1: share of the step's weighted n-grams found in the result. */
  score: number;
  strength: MatchStrength;
  /** 'not_done' (then strength is 'none') or 'in_progress' when the result says so. */
  evidence: StepEvidence;
  /** The not-done or in-progress cue as found ('' when done). */
  cue: string;
  /** How the step is reported, without the shared wording (Thai and English). */
  summary: string;
  summaryEn: string;
  /** Short human explanation with the shared wording (Thai and English). */
  why: string;
  whyEn: string;
  /** Set when a coordinator's confirmation settles this step (the matcher's own verdict is kept above). */
  confirmed?: ConfirmedBy;
}

export interface MeasureCheck {
  measure: Measure;
  matches: StepMatch[];
}

export interface CheckResult {
  table: MeasureTable;
  checks: MeasureCheck[];
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Info lines: confirmed findings and notes about the confirmations sheet. */
  infos: number;
  /** The edition whose rules the check applied (absent: none asked, the annual report's); the suggestions follow them too. */
  rules?: EditionRules;
}

/** An edition's rules as a check applied them: the six-month cut-off and fiscal year resolved. */
export interface EditionRules {
  edition: Edition;
  asOf?: string;
  fiscalYear?: number;
}

/** A suggestion to write into an empty problems/suggestions cell. */
export interface SuggestionFill {
  /** Measure index (1-based position). */
  measureIndex: number;
  /** 0-based grid row and column of the cell (sheet input); -1 for text input. */
  row: number;
  column: number;
  cell?: string;
  text: string;
  /**
   * The add-on's own earlier suggestion this fill refreshes (the cell's text as read), absent for a
   * blank cell: a writer replaces the cell only while it still holds exactly this.
   */
  replaces?: string;
}

/** Settings that shape the report (from the settings sheet or the command line). */
/** Which report an introduction belongs to (settings `บทนำของฉบับ`). */
export interface IntroductionOwner {
  edition: Edition;
  fiscalYear?: number;
}

export interface ReportSettings {
  agency: string;
  province?: string;
  /** Fiscal year in the Buddhist Era, e.g. 2565. */
  fiscalYear: number;
  numerals: NumeralStyle;
  introduction?: string;
  /** The edition (and year) the introduction was written for: printed only there (absent: any edition). */
  introductionFor?: IntroductionOwner;
  signerName?: string;
  signerPosition?: string;
  /** Report date as an ISO date `YYYY-MM-DD` (rendered in the Buddhist Era). */
  reportDate?: string;
  /** Which edition to publish (default annual). */
  edition?: Edition;
  /** Half-year cut-off as an ISO date (default 31 March of the fiscal year). */
  asOf?: string;
  /** The settings sheet's cells the dates were read from, with the value read there (a date given otherwise has none). */
  dateCells?: Partial<Record<'asOf' | 'reportDate', { cell: string; value: string }>>;
  /** Date cells of the settings sheet that hold text no date could be read from, as typed (the date itself is then absent). */
  unreadableDates?: Partial<Record<'asOf' | 'reportDate', { cell: string; text: string }>>;
  /** Columns the coordinator chose not to print (never the measure or its steps). */
  hiddenColumns?: TableColumn[];
  /** Where the report sits on the agency's website, e.g. `หน้าแรก > ITA > O43` (for the ITAS answer). */
  websitePath?: string;
  /** Print the report's link as text and a QR code on its last page. */
  linkOnLastPage?: boolean;
}

/** A paragraph of the report: plain text with an optional emphasis. */
export interface ReportParagraph {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface ReportTableRow {
  /** One cell per column of `ReportModel.columns`, each a list of paragraphs (one per item). */
  cells: ReportParagraph[][];
}

/** The report's link, printed as text and as a QR code on its last page. */
export interface ReportLinkBlock {
  caption: string;
  url: string;
  /** The QR code as a GIF image (bytes) and its size in pixels. */
  qr: { gif: number[]; sizePx: number };
}

/**
 * A column of the printed table: a known one, or `other:k`, the table's other headed column k
 * (ColumnMap.other[k]: หมายเหตุ, หน่วยปฏิบัติ…), printed under the header the sheet gave it.
 */
export type ReportColumn = TableColumn | `other:${number}`;

/** The whole report, independent of Docs, docx or anything else that renders it. */
export interface ReportModel {
  /** Document title (file name without extension). */
  documentTitle: string;
  titleLines: ReportParagraph[];
  introduction: ReportParagraph[];
  /** The columns printed: the known ones in the sheet's order, then its other headed columns. */
  columns: ReportColumn[];
  tableHeader: string[];
  rows: ReportTableRow[];
  signature: ReportParagraph[];
  numerals: NumeralStyle;
  fiscalYear: number;
  edition: Edition;
  /** Column widths as fractions of the table width (sum 1), from each column's content. */
  columnWidths: number[];
  /** Set when the settings ask for the link on the last page and the link is known. */
  linkBlock?: ReportLinkBlock;
  font: { family: string; sizePt: number };
  /** The measures table's size: smaller than the text when many columns share the page. */
  tableFontPt: number;
  page: { size: 'A4'; orientation: 'landscape' };
}
