/**
 * `ita-sheets` command line: check, fill, publish and import on local files, with the same core
 * the add-on runs. Exit codes: 0 no errors, 1 errors found (or publish refused), 2 unusable input.
 */
import * as path from 'path';
import { parseArgs } from 'util';
import {
  InputError,
  findingMessage,
  assertEveryRowPlaced,
  assertImportable,
  buildReport,
  checkWithAgencySheets,
  editionCheckOptions,
  parseEdition,
  parseIsoDay,
  parseSettings,
  parseYear,
  toArabicDigits,
  parseTemplates,
  planSuggestions,
  refreshedSuggestionsNote,
  suggestionsNotFilled,
  splitByMerges,
  type CheckResult,
  type Lang,
  type NumeralStyle,
  type ReportSettings,
  type SuggestionTemplates,
} from '../core';
import { defaultedNotices, readSourceSettings, titleNotice, type SettingNotice, type TitleSetting } from './workbookSettings';
import { inFile, loadTable, writeFilledCopy, writeSheetLayout, type LoadedTable } from './tableFiles';
import { renderDocx } from './docx';
import { assertDistinctOutput, writeFileAtomic } from './fileErrors';
import { checkJson, explainLines, reportLines, trailingLine, type Out } from './cliFormat';
import { itasLines, runMemo, runRollover } from './cliYear';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

const USAGE = `ita-sheets <command> [options]

  check FILE [--json|--explain] [--lang th|en] [--edition plan|half-year|annual] [--as-of YYYY-MM-DD]
                                            ตรวจตารางมาตรการ / check the measures table
                                            (--explain: ผลข้อใดรายงานขั้นตอนใด / which result reports each step)
  fill FILE -o OUT [--lang th|en]           เติมข้อเสนอแนะในช่องที่ว่าง / fill empty suggestion cells
        [--edition plan|half-year|annual] [--as-of YYYY-MM-DD]
  publish FILE -o REPORT.docx [--force]     ตรวจ เติม และสร้างรายงาน .docx แล้วพิมพ์ข้อความตอบ ITAS
        [--edition plan|half-year|annual] [--as-of YYYY-MM-DD] [--link URL]
        [--agency NAME] [--fiscal-year 2565] [--numerals thai|arabic]
        [--signer NAME] [--position TEXT] [--date YYYY-MM-DD] [--intro TEXT]
  rollover FILE -o NEXT.xlsx [--fiscal-year 2565]
                                            เริ่มปีงบประมาณใหม่ / start the next fiscal year
  memo FILE -o MEMO.docx [--link URL] [--date YYYY-MM-DD]
                                            บันทึกขออนุญาตเผยแพร่ / the approval memo
  import REPORT.txt -o SHEET.xlsx           แปลงข้อความรายงานเดิมเป็นตาราง / old report text to a sheet
  demo [--out-dir out]                      ทั้งหมดบนตัวอย่างที่มากับโปรแกรม / the whole job on the bundled sample

FILE: .xlsx, .csv or the text of a report (.txt).`;

const OPTIONS = {
  json: { type: 'boolean' },
  explain: { type: 'boolean' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  agency: { type: 'string' },
  'fiscal-year': { type: 'string' },
  numerals: { type: 'string' },
  signer: { type: 'string' },
  position: { type: 'string' },
  date: { type: 'string' },
  intro: { type: 'string' },
  edition: { type: 'string' },
  'as-of': { type: 'string' },
  link: { type: 'string' },
  'out-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

class UsageError extends Error {}

function langOf(values: Values): Lang {
  const lang = values.lang ?? 'th';
  if (lang !== 'th' && lang !== 'en') throw new UsageError(`--lang ต้องเป็น th หรือ en (ได้ "${lang}")`);
  return lang;
}

function requireOutput(values: Values, command: string): string {
  if (!values.output) throw new UsageError(`คำสั่ง ${command} ต้องระบุไฟล์ผลลัพธ์ด้วย -o`);
  return values.output;
}

function requireFile(positionals: string[], command: string): string {
  if (!positionals[1]) throw new UsageError(`คำสั่ง ${command} ต้องระบุไฟล์ตาราง`);
  return positionals[1];
}


/** `--fiscal-year`, read as the settings sheet reads it: 2568, ๒๕๖๘, พ.ศ. 2568 or an A.D. year; undefined when not given. */
function fiscalYearOption(values: Values): number | undefined {
  const yearText = values['fiscal-year'];
  if (yearText === undefined) return undefined;
  const year = parseYear(yearText, NaN);
  if (!Number.isInteger(year) || year < 2400 || year > 2700) {
    throw new InputError(
      'BAD_OPTION',
      `--fiscal-year ต้องเป็นปีพุทธศักราช เช่น 2568 หรือ ๒๕๖๘ (ได้ "${yearText}")`,
      `--fiscal-year must be a Buddhist Era year such as 2568 or ๒๕๖๘ (got "${yearText}")`,
    );
  }
  return year;
}
/** A day option (`--date`, `--as-of`): YYYY-MM-DD that exists, Thai digits and B.E. years read; undefined when not given. */
function dayOption(values: Values, name: 'date' | 'as-of'): string | undefined {
  const given = values[name];
  if (given === undefined) return undefined;
  const day = toArabicDigits(given.trim());
  if (!parseIsoDay(day)) {
    throw new InputError(
      'BAD_OPTION',
      `--${name} ต้องเป็นวันที่ที่มีจริงในรูป YYYY-MM-DD เช่น 2025-09-30 (ได้ "${given}")`,
      `--${name} must be a real day written YYYY-MM-DD, such as 2025-09-30 (got "${given}")`,
    );
  }
  return day;
}

/**
 * Report settings: the options first, then the add-on's settings sheet when the workbook has one
 * (read as the add-on reads it), else what the source's title says, else defaults; with a notice
 * for each default that stood in for a year or agency no option gave.
 */
export function settingsWithNotices(values: Values, loaded: LoadedTable, now = new Date()): { settings: ReportSettings; notices: SettingNotice[] } {
  const { settings: base, defaulted, fromTitle } = readSourceSettings(loaded.settingsValues, loaded.table, now);
  const numerals = values.numerals ?? base.numerals;
  if (numerals !== 'thai' && numerals !== 'arabic') {
    throw new InputError('BAD_OPTION', `--numerals ต้องเป็น thai หรือ arabic (ได้ "${numerals}")`, `--numerals must be thai or arabic (got "${numerals}")`);
  }
  const givenYear = fiscalYearOption(values);
  const date = dayOption(values, 'date');
  const settings: ReportSettings = {
    ...base,
    agency: values.agency ?? base.agency,
    fiscalYear: givenYear ?? base.fiscalYear,
    numerals: numerals as NumeralStyle,
  };
  if (values.intro) settings.introduction = values.intro;
  if (values.signer) settings.signerName = values.signer;
  if (values.position) settings.signerPosition = values.position;
  if (date) settings.reportDate = date;
  if (values.edition) {
    const edition = parseEdition(values.edition);
    if (!edition) throw new UsageError(`--edition ต้องเป็น plan, half-year หรือ annual (ได้ "${values.edition}")`);
    settings.edition = edition;
  }
  const asOf = dayOption(values, 'as-of');
  if (asOf) settings.asOf = asOf;
  const given: Record<TitleSetting, boolean> = { fiscalYear: givenYear !== undefined, agency: Boolean(values.agency), edition: Boolean(values.edition) };
  const read = titleNotice(fromTitle.filter((f) => !given[f]), settings);
  return { settings, notices: [...(read ? [read] : []), ...defaultedNotices(defaulted.filter((d) => !given[d]), settings)] };
}

export function settingsFrom(values: Values, loaded: LoadedTable, now = new Date()): ReportSettings {
  return settingsWithNotices(values, loaded, now).settings;
}

/** What was read off the title and each default that stood in, on stderr: the report's title would otherwise be wrong unseen. */
function printNotices(notices: readonly SettingNotice[], out: Out, lang: Lang): void {
  for (const notice of notices) out.stderr(`${lang === 'th' ? 'หมายเหตุ' : 'notice'}: ${lang === 'th' ? notice.message : notice.messageEn}`);
}

/** The check with the workbook's own confirmations and synonyms sheets, as the add-on runs it, under the edition's rules. */
function checkLoaded(loaded: LoadedTable, settings?: ReportSettings): CheckResult {
  return checkWithAgencySheets(loaded.table, loaded.agency, settings ? editionCheckOptions(settings) : {});
}

/** Suggestion templates from the add-on's templates sheet, when the workbook has one. */
function templatesOf(loaded: LoadedTable): Partial<SuggestionTemplates> {
  return loaded.templateValues ? parseTemplates(loaded.templateValues) : {};
}

async function runCheck(file: string, values: Values, out: Out): Promise<number> {
  const lang = langOf(values);
  const loaded = await loadTable(file);
  const { settings, notices } = settingsWithNotices(values, loaded);
  const result = checkLoaded(loaded, settings);
  if (values.json) out.stdout(JSON.stringify({ ...checkJson(result, lang), notices: notices.map((n) => ({ code: n.code, message: lang === 'th' ? n.message : n.messageEn })) }, null, 2));
  else {
    for (const line of reportLines(file, result, lang)) out.stdout(line);
    if (values.explain) for (const line of explainLines(result, lang)) out.stdout(line);
  }
  return result.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

async function runFill(file: string, values: Values, out: Out): Promise<number> {
  const lang = langOf(values);
  const outPath = requireOutput(values, 'fill');
  const loaded = await loadTable(file);
  // Under the edition's rules (the workbook's settings or --edition), as check and publish read them.
  const result = checkLoaded(loaded, settingsFrom(values, loaded));
  const fills = planSuggestions(result, templatesOf(loaded));
  const { written, skipped, encodingChanged } = await writeFilledCopy(loaded, outPath, fills);
  for (const fill of written) {
    const where = fill.cell ?? `${lang === 'th' ? 'มาตรการที่' : 'measure'} ${fill.measureIndex}`;
    // A refreshed cell held the add-on's earlier suggestion: said apart from a blank one filled.
    const verb = fill.replaces === undefined ? (lang === 'th' ? 'เติม' : 'filled') : (lang === 'th' ? 'ปรับ' : 'updated');
    out.stdout(`${verb} ${where}: ${fill.text}`);
  }
  const notFilled = suggestionsNotFilled(result);
  if (notFilled) out.stdout(lang === 'th' ? notFilled.message : notFilled.messageEn);
  for (const skip of skipped) out.stdout(`${lang === 'th' ? 'คำเตือน' : 'warning'} ${lang === 'th' ? skip.messageTh : skip.messageEn}`);
  const trailing = trailingLine(result, lang);
  if (trailing) out.stdout(trailing);
  // Nothing to fill because there is no column for it: say so (the finding says how to add one).
  const noColumn = result.findings.find((f) => f.code === 'NO_SUGGESTION_COLUMN');
  if (noColumn) out.stdout(`${lang === 'th' ? 'คำเตือน' : 'warning'} ${lang === 'th' ? noColumn.message : noColumn.messageEn}`);
  const refreshed = written.filter((f) => f.replaces !== undefined).length;
  const filled = written.length - refreshed;
  if (refreshed > 0) {
    const note = refreshedSuggestionsNote(refreshed, 'arabic');
    out.stdout(lang === 'th' ? note.th : note.en.replace(/^./, (c) => c.toUpperCase()));
  }
  out.stdout(lang === 'th' ? `เติมข้อเสนอแนะ ${filled} ช่อง → ${outPath}` : `Filled ${filled} cell(s) → ${outPath}`);
  if (encodingChanged) {
    const { from, to } = encodingChanged;
    out.stdout(lang === 'th'
      ? `หมายเหตุ: ไฟล์ ${outPath} บันทึกเป็นรหัส ${to} ต่างจากไฟล์ต้นฉบับซึ่งเป็นรหัส ${from} (Excel, Word และ Notepad บน Windows ภาษาไทยเปิดได้ตามปกติ)`
      : `Note: ${outPath} is written in ${to}, not the input's ${from} (Excel, Word and Notepad on Thai Windows open it as usual)`);
  }
  return EXIT_OK;
}

async function publishTable(
  loaded: LoadedTable,
  result: CheckResult,
  settings: ReportSettings,
  values: Values,
  outPath: string,
  out: Out,
  lang: Lang,
  notices: readonly SettingNotice[] = [],
): Promise<number> {
  if (result.errors > 0 && !values.force) {
    out.stderr(
      lang === 'th'
        ? `ไม่เผยแพร่: พบข้อผิดพลาด ${result.errors} รายการ แก้ไขก่อน หรือใช้ --force เพื่อเผยแพร่ทั้งที่มีข้อผิดพลาด`
        : `Not published: ${result.errors} error(s). Fix them, or use --force to publish anyway`,
    );
    return EXIT_ERRORS;
  }
  // The plan is published before anything is done: there is nothing to suggest yet.
  // Only what fill would write: a cell a merge covers or shares with another measure gets no suggestion printed.
  const fills = settings.edition === 'plan' ? [] : splitByMerges(result.table, planSuggestions(result, templatesOf(loaded))).kept;
  const link = values.link ?? '';
  const model = buildReport(result, settings, fills, link || undefined);
  await assertDistinctOutput(loaded.path, outPath);
  await writeFileAtomic(outPath, await renderDocx(model));
  if (result.errors > 0) {
    out.stdout(lang === 'th' ? `เผยแพร่ทั้งที่มีข้อผิดพลาด ${result.errors} รายการ (--force)` : `Published despite ${result.errors} error(s) (--force)`);
  }
  out.stdout(lang === 'th' ? `สร้างรายงานแล้ว: ${path.resolve(outPath)}` : `Report written: ${path.resolve(outPath)}`);
  // Said once the report is written (a refused run says only why it was refused).
  printNotices(notices, out, lang);
  for (const line of itasLines(settings, link, dayOption(values, 'date'), lang)) out.stdout(line);
  return EXIT_OK;
}

async function runPublish(file: string, values: Values, out: Out): Promise<number> {
  const lang = langOf(values);
  const outPath = requireOutput(values, 'publish');
  if (path.extname(outPath).toLowerCase() !== '.docx') throw new UsageError('ไฟล์รายงานต้องลงท้ายด้วย .docx');
  const loaded = await loadTable(file);
  // Report text whose lines could not all be placed in rows is refused, --force or not: publishing would drop them.
  if (loaded.format === 'txt') inFile(file, () => assertEveryRowPlaced(loaded.table));
  const { settings, notices } = settingsWithNotices(values, loaded);
  const result = checkLoaded(loaded, settings);
  for (const line of reportLines(file, result, lang)) out.stdout(line);
  return publishTable(loaded, result, settings, values, outPath, out, lang, notices);
}

async function runImport(file: string, values: Values, out: Out): Promise<number> {
  const outPath = requireOutput(values, 'import');
  const loaded = await loadTable(file);
  inFile(file, () => assertImportable(loaded.table));
  await writeSheetLayout(loaded.table, outPath, file);
  out.stdout(`นำเข้า ${loaded.table.measures.length} มาตรการ → ${path.resolve(outPath)}`);
  // What the reading joined across page breaks (and other notes on the text), for the reader to check.
  const lang = langOf(values);
  for (const f of loaded.table.findings) out.stdout(findingMessage(f, lang));
  return EXIT_OK;
}

async function runRolloverCommand(file: string, values: Values, out: Out): Promise<number> {
  const outPath = requireOutput(values, 'rollover');
  return runRollover(file, outPath, fiscalYearOption(values), out, langOf(values));
}

async function runMemoCommand(file: string, values: Values, out: Out): Promise<number> {
  const outPath = requireOutput(values, 'memo');
  if (path.extname(outPath).toLowerCase() !== '.docx') throw new UsageError('ไฟล์บันทึกข้อความต้องลงท้ายด้วย .docx');
  const loaded = await loadTable(file);
  const memo = loaded.settingsValues ? parseSettings(loaded.settingsValues, 'Asia/Bangkok').memo : {};
  const { settings, notices } = settingsWithNotices(values, loaded);
  const code = await runMemo(settings, memo, values.link ?? '', dayOption(values, 'date'), loaded.path, outPath, out, langOf(values));
  printNotices(notices, out, langOf(values));
  return code;
}

/** The bundled sample, through check, fill and publish: what `npm start` shows a newcomer. */
async function runDemo(values: Values, out: Out, sampleDir: string): Promise<number> {
  const outDir = values['out-dir'] ?? 'out';
  // Shown relative to where the command runs: shorter, and what a newcomer can type again.
  const sample = path.relative(process.cwd(), path.join(sampleDir, 'song-2565-report.txt'));
  const lang = langOf(values);
  out.stdout(lang === 'th' ? `== ตรวจสอบ ${sample}` : `== Check ${sample}`);
  const loaded = await loadTable(sample);
  const result = checkLoaded(loaded);
  for (const line of reportLines(sample, result, lang)) out.stdout(line);
  // The sample's own suggestions are kept; emptying measures 3–10 shows the filling at work.
  const emptied = structuredClone(loaded.table);
  for (const m of emptied.measures.slice(2)) m.suggestion = '';
  const emptiedResult = checkLoaded({ ...loaded, table: emptied });
  const fills = planSuggestions(emptiedResult);
  const filledPath = path.join(outDir, 'song-2565-filled.txt');
  await writeFilledCopy({ ...loaded, table: emptied }, filledPath, fills);
  out.stdout(lang === 'th' ? `== เติมข้อเสนอแนะ ${fills.length} ช่อง (มาตรการ ๓–๑๐ ที่ล้างไว้) → ${filledPath}` : `== Filled ${fills.length} suggestion(s) (measures 3–10 emptied) → ${filledPath}`);
  const reportPath = path.join(outDir, 'song-2565-report.docx');
  out.stdout(lang === 'th' ? '== เผยแพร่ (ตัวอย่างนี้มีข้อผิดพลาดจริง จึงเผยแพร่แบบยืนยันข้าม --force)' : '== Publish (the sample has real errors, so the demo overrides with --force)');
  return publishTable(loaded, result, settingsFrom(values, loaded), { ...values, force: true }, reportPath, out, lang);
}

export interface CliContext {
  out: Out;
  /** Folder of the bundled sample. */
  sampleDir: string;
}

export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const { out } = context;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const command = positionals[0];
    if (values.help || !command) {
      out.stdout(USAGE);
      return command || values.help ? EXIT_OK : EXIT_UNUSABLE;
    }
    switch (command) {
      case 'check': return await runCheck(requireFile(positionals, command), values, out);
      case 'fill': return await runFill(requireFile(positionals, command), values, out);
      case 'publish': return await runPublish(requireFile(positionals, command), values, out);
      case 'import': return await runImport(requireFile(positionals, command), values, out);
      case 'rollover': return await runRolloverCommand(requireFile(positionals, command), values, out);
      case 'memo': return await runMemoCommand(requireFile(positionals, command), values, out);
      case 'demo': return await runDemo(values, out, context.sampleDir);
      default: throw new UsageError(`ไม่รู้จักคำสั่ง "${command}"`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      out.stderr(`ita-sheets: ${inputErrorText(error, argv)}`);
      return EXIT_UNUSABLE;
    }
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      out.stderr(`ita-sheets: ${error.message}\n\n${USAGE}`);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
}

/** The message in the language asked for, even when the options themselves could not be read. */
function inputErrorText(error: InputError, argv: string[]): string {
  const i = argv.indexOf('--lang');
  const english = (i >= 0 && argv[i + 1] === 'en') || argv.includes('--lang=en');
  return english ? error.messageEn : error.messageTh;
}
