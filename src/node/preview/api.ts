/**
 * `SidebarApi` for the local preview, built from the core and the Node adapters: validate the
 * loaded grid, fill suggestions into it (and save a copy under out/), publish a .docx (and a PDF
 * when LibreOffice is installed) under out/. Methods are async versions of the Apps Script ones.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type {
  AddSynonymsRequest, AddSynonymsResponse, ConfirmFindingRequest, ConfirmResponse, ConfirmationView, EditionChoice, FillResponse, Phase,
  ProgressAction, ProgressView, PublishRequest, PublishResponse, SidebarApi, ValidateResponse,
} from '../../core/api';
import { editionChoiceOf } from '../../core/api';
import { checkWithAgencySheets } from '../../core/agencyCheck';
import { CONFIRMATIONS_HEADER, confirmedCount, parseConfirmations } from '../../core/confirmations';
import { confirmationViews, planConfirmation, recordedMessage } from '../../core/confirmRequest';
import { SYNONYMS_HEADER, checkSynonymWords, parseSynonymSheet, synonymsAddedMessage } from '../../core/synonymSheet';
import { formatThaiDate } from '../../core/dates';
import { parseTemplates } from '../../core/settings';
import { workbookSettings } from '../workbookSettings';
import { readGrid } from '../../core/grid';
import { buildReport } from '../../core/report';
import { planSuggestions, suggestionsNotFilled } from '../../core/suggest';
import { splitByMerges } from '../../core/merges';
import { isBlankCell } from '../../core/text';
import type { CheckResult, Edition, Lang, NumeralStyle, ReportPreamble, ReportSettings, SuggestionFill } from '../../core/types';
import { renderDocx } from '../docx';
import { editionCheckOptions, editionOf } from '../../core/edition';
import { itasAnswer } from '../../core/itas';
import { writeFileAtomic } from '../fileErrors';
import { writeFontConfig } from '../fonts';
import { fillTargets } from '../tableFiles';
import { appendAgencyRow, fillAndSave, type PreviewWorkbook } from './workbook';
import { compareA1 } from '../../core/a1';
import { validateResponse } from '../../core/views';

/** The same functions as `SidebarApi`, answering with promises (the Node adapters are async). */
export type AsyncSidebarApi = {
  [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;
};

export interface PreviewApiOptions {
  workbook: PreviewWorkbook;
  outDir: string;
  /** Make PDFs with LibreOffice when it is installed (default true). */
  pdf?: boolean;
  /** Called when the sidebar asks to select a cell (the page highlights it). */
  onSelect?: (a1: string) => void;
  now?: () => Date;
  /** Who confirms findings in the preview (the add-on records the Google account's email). */
  user?: string;
}

/** `libreoffice` / `soffice` on PATH, or null. */
export function findLibreOffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['libreoffice', 'soffice']) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

async function convertToPdf(office: string, docxPath: string, outDir: string): Promise<string> {
  // A private profile: a user's running LibreOffice or a stale lock must not block the conversion.
  const profile = `file://${path.join(outDir, '.lo-profile')}`;
  // The report is set in Sarabun, which no system package ships: without it LibreOffice falls back to another face.
  const fontConfig = await writeFontConfig(path.join(outDir, '.fonts'));
  return new Promise((resolve, reject) => {
    execFile(
      office,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
      { timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: fontConfig } },
      (error) => {
        const pdf = docxPath.replace(/\.docx$/i, '.pdf');
        if (error || !existsSync(pdf)) reject(error ?? new Error('LibreOffice made no PDF'));
        else resolve(pdf);
      },
    );
  });
}

export class PreviewApi implements AsyncSidebarApi {
  private lang: Lang = 'th';
  private publishing = false;
  private filling: Promise<void> = Promise.resolve();
  readonly calls: Record<keyof SidebarApi, number> = { validate: 0, fillSuggestions: 0, publish: 0, selectCell: 0, getLang: 0, setLang: 0, getProgress: 0,
    confirmFinding: 0, listConfirmations: 0, addSynonyms: 0,
  };
  private readonly now: () => Date;
  /** The running action's phase, as the add-on records it (public so tests can observe or set it). */
  progress: ProgressView | null = null;
  /** Called at every phase boundary (tests use it to observe the order or to pause a phase). */
  onPhase: ((view: ProgressView) => void | Promise<void>) | null = null;

  private async phase(action: ProgressAction, phase: Phase): Promise<void> {
    this.progress = { action, phase, at: Date.now() };
    await this.onPhase?.(this.progress);
  }

  async getProgress(): Promise<ProgressView | null> {
    this.calls.getProgress++;
    return this.progress;
  }

  constructor(private readonly options: PreviewApiOptions) {
    this.now = options.now ?? (() => new Date());
  }

  get workbook(): PreviewWorkbook {
    return this.options.workbook;
  }

  /** Checked with the rules of an edition (the sidebar's pick, else the settings sheet's, else annual). */
  private check(requested?: Edition): CheckResult {
    return this.checked(requested).result;
  }

  /** check(), with the edition it used and the workbook's settings, each read once. */
  private checked(requested?: Edition): { result: CheckResult; edition: Edition; base: ReportSettings } {
    const table = readGrid(this.workbook.grid, this.workbook.merges);
    const base = this.baseSettings(this.now(), table);
    const edition = requested ?? editionOf(base);
    // The settings' own cut-off and dates, as the add-on and the command line check them.
    const result = checkWithAgencySheets(table, this.workbook.agency, editionCheckOptions({ ...base, edition }));
    return { result, edition, base };
  }

  /** The workbook's own report settings (its settings sheet, or what a report's text says), as the CLI reads them. */
  private baseSettings(now: Date, table: { numerals: NumeralStyle; preamble?: ReportPreamble } = readGrid(this.workbook.grid, this.workbook.merges)): ReportSettings {
    // A report text's title, else the title rows above a sheet's or CSV's header.
    return workbookSettings(this.workbook.settingsValues, { preamble: this.workbook.preamble ?? table.preamble, numerals: table.numerals }, now);
  }

  /** The check as validate answers it, under the edition given (the sidebar's pick, else the settings'). */
  private validation(requested?: Edition): ValidateResponse {
    const { result, edition, base } = this.checked(requested);
    return { ...validateResponse(result, this.workbook.sheetName, this.now()), edition, fiscalYear: base.fiscalYear };
  }

  async confirmFinding(request: ConfirmFindingRequest): Promise<ConfirmResponse> {
    this.calls.confirmFinding++;
    const result = this.check();
    const at = formatThaiDate(this.now(), result.table.numerals, { time: true });
    const plan = planConfirmation(result, request, this.options.user ?? 'ผู้ทดสอบในเครื่อง (preview)', at, parseSynonymSheet(this.workbook.agency.synonyms));
    const row = appendAgencyRow(this.workbook, 'confirmations', CONFIRMATIONS_HEADER, plan.row);
    return { ...recordedMessage(plan.confirmation, row, result.table.numerals), offer: plan.offer, validation: this.validation(editionChoiceOf(request).edition) };
  }

  async listConfirmations(): Promise<ConfirmationView[]> {
    this.calls.listConfirmations++;
    return confirmationViews(this.check(), parseConfirmations(this.workbook.agency.confirmations));
  }

  async addSynonyms(request: AddSynonymsRequest): Promise<AddSynonymsResponse> {
    this.calls.addSynonyms++;
    const words = checkSynonymWords(Array.isArray(request?.words) ? request.words : []);
    const row = appendAgencyRow(this.workbook, 'synonyms', SYNONYMS_HEADER, words);
    return {
      words,
      ...synonymsAddedMessage(words, row),
      validation: this.validation(editionChoiceOf(request).edition),
    };
  }

  async validate(request?: EditionChoice) {
    this.calls.validate++;
    try {
      await this.phase('validate', 'reading');
      await this.phase('validate', 'checking');
      return this.validation(editionChoiceOf(request).edition);
    } finally {
      this.progress = null;
    }
  }

  async fillSuggestions(request?: EditionChoice): Promise<FillResponse> {
    this.calls.fillSuggestions++;
    // The sidebar's edition, as the add-on takes it: the plan fills nothing and says why.
    const edition = editionChoiceOf(request).edition;
    try {
      await this.phase('fill', 'reading');
      await this.phase('fill', 'checking');
      const result = this.check(edition);
      await this.phase('fill', 'filling');
      const { filled, refreshed, skipped } = await this.fillBlankCells(result);
      const notFilled = suggestionsNotFilled(result);
      return { filled, refreshed, skipped, ...(notFilled ? { notFilled } : {}), validation: this.validation(edition) };
    } finally {
      this.progress = null;
    }
  }

  /**
   * Writes suggestions into cells still blank (same rule as the sheet) and saves the copy under
   * out/. Only what the copy really received counts as filled (and goes into a report); a cell the
   * workbook fill left alone is skipped with its reason, as `fill` says on the command line.
   */
  private fillBlankCells(result: CheckResult): Promise<Pick<FillResponse, 'filled' | 'refreshed' | 'skipped'> & { written: SuggestionFill[] }> {
    // One fill at a time: a second one (another tab, a double click) sees the first one's cells as taken.
    const run = this.filling.then(() => this.fillBlankCellsNow(result));
    this.filling = run.then(() => undefined, () => undefined);
    return run;
  }

  private async fillBlankCellsNow(result: CheckResult): Promise<Pick<FillResponse, 'filled' | 'refreshed' | 'skipped'> & { written: SuggestionFill[] }> {
    const skipped: FillResponse['skipped'] = [];
    const measureOf = (index: number) => {
      const m = result.table.measures.find((x) => x.index === index);
      return m ? m.number ?? m.index : null;
    };
    const blank: SuggestionFill[] = [];
    // Cells a merge covers or shares with another measure: skipped as the CLI's fill and the add-on skip them.
    const { kept, refused: merged } = splitByMerges(result.table, planSuggestions(result, parseTemplates(this.workbook.templateValues ?? null)));
    for (const { fill, refusal } of merged) skipped.push({ cell: refusal.cell, measure: measureOf(fill.measureIndex), reasonTh: refusal.messageTh, reasonEn: refusal.messageEn });
    for (const fill of kept) {
      if (fill.row < 0 || !fill.cell) continue;
      // The add-on's earlier suggestion (planned over, `replaces`) is written again as a blank cell is.
      if (fill.replaces !== undefined || isBlankCell(this.workbook.grid[fill.row]?.[fill.column] ?? '')) blank.push(fill);
      else skipped.push({ cell: fill.cell, measure: measureOf(fill.measureIndex) });
    }
    let written = blank;
    if (blank.length > 0) {
      await mkdir(this.options.outDir, { recursive: true });
      const saved = await fillAndSave(this.workbook, this.options.outDir, fillTargets(result.table, blank));
      const refused = new Map(saved.skipped.map((s) => [s.cell, s]));
      written = blank.filter((fill) => !refused.has(fill.cell!));
      for (const fill of blank) {
        const why = refused.get(fill.cell!);
        if (why) skipped.push({ cell: why.cell, measure: measureOf(fill.measureIndex), reasonTh: why.messageTh, reasonEn: why.messageEn });
      }
    }
    const shown = (fill: SuggestionFill) => ({ cell: fill.cell!, measure: measureOf(fill.measureIndex), text: fill.text });
    const filled = written.filter((fill) => fill.replaces === undefined).map(shown);
    const refreshed = written.filter((fill) => fill.replaces !== undefined).map(shown);
    return { filled, refreshed, skipped: skipped.sort((a, b) => compareA1(a.cell, b.cell)), written };
  }

  private async nextVersion(prefix: string): Promise<number> {
    const names = await readdir(this.options.outDir).catch(() => [] as string[]);
    const versions = names.map((n) => (n.startsWith(`${prefix}-v`) ? /-v(\d+)\.docx$/.exec(n) : null)).map((m) => (m ? Number(m[1]) : 0));
    return Math.max(0, ...versions) + 1;
  }

  private settings(now: Date): ReportSettings {
    const settings = this.baseSettings(now);
    if (!settings.agency) settings.agency = 'หน่วยงานตัวอย่าง';
    const introduction = this.workbook.preamble?.introduction;
    if (!settings.introduction && introduction?.length) settings.introduction = introduction.join('\n');
    return settings;
  }

  async publish(request: PublishRequest): Promise<PublishResponse> {
    this.calls.publish++;
    if (this.publishing) {
      const validation = validateResponse(this.check(), this.workbook.sheetName, this.now());
      return { ok: false, blockedReason: 'busy', message: 'มีการเผยแพร่อื่นกำลังทำงานอยู่', messageEn: 'Another publish is running', validation };
    }
    this.publishing = true;
    try {
      return await this.publishNow(request);
    } finally {
      this.publishing = false;
      this.progress = null;
    }
  }

  private async publishNow(request: PublishRequest): Promise<PublishResponse> {
    await this.phase('publish', 'reading');
    await this.phase('publish', 'checking');
    const { result, edition } = this.checked(request.edition);
    const now = this.now();
    const validation = validateResponse(result, this.workbook.sheetName, now);
    if (result.errors > 0 && !request.force) {
      return {
        ok: false,
        blockedReason: 'errors',
        message: `พบข้อผิดพลาด ${result.errors} รายการ ต้องแก้ก่อนเผยแพร่`,
        messageEn: `${result.errors} error${result.errors === 1 ? '' : 's'} found: fix them before publishing`,
        validation,
      };
    }
    const outDir = this.options.outDir;
    await mkdir(outDir, { recursive: true });
    // Like the add-on, each edition has its own file and versions; the annual report keeps the plain name.
    const prefix = edition === 'annual' ? 'ita-report' : `ita-report-${edition}`;
    const version = await this.nextVersion(prefix);
    // Like the add-on, Validate & Publish fills blank suggestion cells and prints them in the report (not in the plan).
    await this.phase('publish', 'filling');
    const { written } = edition === 'plan' ? { written: [] } : await this.fillBlankCells(result);
    await this.phase('publish', 'building');
    const settings = { ...this.settings(now), edition };
    const model = buildReport(result, settings, written);
    const docxPath = path.join(outDir, `${prefix}-v${version}.docx`);
    await writeFileAtomic(docxPath, await renderDocx(model, { now }));
    await this.phase('publish', 'exporting');
    const office = this.options.pdf === false ? null : findLibreOffice();
    let pdfUrl: string | undefined;
    let pdfNote = { th: 'ไม่มีไฟล์ PDF: ไม่พบ LibreOffice ในเครื่องนี้ (ติดตั้ง libreoffice-writer-nogui เพื่อสร้าง PDF)', en: 'No PDF: LibreOffice is not on this machine (install libreoffice-writer-nogui for PDFs)' };
    if (office) {
      try {
        pdfUrl = `/out/${path.basename(await convertToPdf(office, docxPath, outDir))}`;
        pdfNote = { th: '', en: '' };
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        pdfNote = { th: `สร้าง PDF ไม่สำเร็จ: ${why}`, en: `The PDF could not be made: ${why}` };
      }
    }
    // Nothing is shared from a local folder, but the phase is reported as the add-on reports it.
    await this.phase('publish', 'sharing');
    const overridden = result.errors > 0;
    await appendFile(
      path.join(outDir, 'publish-log.jsonl'),
      JSON.stringify({ version, edition, at: now.toISOString(), errors: result.errors, warnings: result.warnings, confirmed: confirmedCount(result), overridden, docx: path.basename(docxPath) }) + '\n',
    );
    const docUrl = `/out/${path.basename(docxPath)}`;
    const response: PublishResponse = {
      ok: true,
      message: ['ตัวอย่างในเครื่อง: ไฟล์อยู่ในโฟลเดอร์ out/', pdfNote.th].filter(Boolean).join(' · '),
      messageEn: ['Local preview: the files are in the out/ folder', pdfNote.en].filter(Boolean).join(' · '),
      docUrl,
      version,
      publishedAt: formatThaiDate(now, result.table.numerals, { time: true }),
      sharing: 'unchanged',
      sharingNote: 'ตัวอย่างในเครื่องไม่แชร์ไฟล์',
      sharingNoteEn: 'The local preview shares no files',
      overridden,
      edition,
      fiscalYear: settings.fiscalYear,
      itasText: itasAnswer(settings, docUrl, now).text,
      validation,
    };
    if (pdfUrl) response.pdfUrl = pdfUrl;
    return response;
  }

  async selectCell(a1: string): Promise<void> {
    this.calls.selectCell++;
    this.options.onSelect?.(a1);
  }

  async getLang(): Promise<Lang> {
    this.calls.getLang++;
    return this.lang;
  }

  async setLang(lang: Lang): Promise<void> {
    this.calls.setLang++;
    if (lang !== 'th' && lang !== 'en') throw new Error(`Unknown language: ${String(lang)}`);
    this.lang = lang;
  }
}
