/**
 * The settings and suggestion-template sheets the add-on creates: their rows, and how their values
 * become report settings. Shared by the add-on (values from getValues) and the command line
 * (values from a downloaded workbook), so both read a sheet the same way.
 */
import type { Edition, IntroductionOwner, NumeralStyle, ReportPreamble, ReportSettings } from './types';
import { editionLabel, parseEdition } from './edition';
import { parseColumnList } from './columns';
import type { MemoSettings } from './memo';
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS, type SuggestionTemplates } from './templates';
import { dateParts, fiscalYearBE } from './dates';
import { isDate, toArabicDigits } from './text';
import { parseDayText } from './timeframe';
import type { Finding } from './types';
import { makeFinding } from './findings';
import { toA1 } from './a1';

/** Names of the add-on's sheets. */
export const SHEETS = {
  measures: 'มาตรการ',
  settings: 'ตั้งค่า',
  templates: 'แม่แบบข้อเสนอแนะ',
  publishLog: 'บันทึกการเผยแพร่',
  confirmations: 'การยืนยันผลตรวจ',
  synonyms: 'คำพ้องความหมาย',
} as const;

export type SharingMode = 'anyone' | 'domain' | 'private';

/** How the add-on names each sharing level (the publish log's column and the sidebar's notes). */
export const SHARING_LABEL: Record<SharingMode, string> = {
  anyone: 'ทุกคนที่มีลิงก์ดูได้',
  domain: 'ทุกคนในองค์กรที่มีลิงก์ดูได้',
  private: 'ส่วนตัว (เฉพาะผู้ที่ได้รับสิทธิ์)',
};
export const SHARING_LABEL_EN: Record<SharingMode, string> = {
  anyone: 'anyone with the link can view',
  domain: 'anyone in the organisation with the link can view',
  private: 'private (only people given access)',
};

/** Everything the settings sheet controls: the report settings plus how to share it. */
export interface AddonSettings {
  report: ReportSettings;
  sharing: SharingMode;
  /** The approval memo's fields. */
  memo: MemoSettings;
  /** Values of the settings sheet that could not be read, each naming its cell (a warning each). */
  findings?: Finding[];
}

export type SettingKey =
  | 'agency' | 'province' | 'fiscalYear' | 'numerals' | 'introduction' | 'introductionFor' | 'signerName' | 'signerPosition' | 'reportDate' | 'sharing'
  | 'edition' | 'asOf' | 'hiddenColumns' | 'websitePath' | 'linkOnLastPage'
  | 'memoDepartment' | 'memoNumber' | 'memoTo' | 'approverName' | 'approverPosition';

interface SettingField {
  key: SettingKey;
  label: string;
  help: string;
  /** Value written by set-up (a function so the default fiscal year follows the calendar). */
  initial: () => string | number;
}

/** Rows of the settings sheet: Thai label (column A), value (B), machine key (C), help (D). */
export const SETTING_FIELDS: SettingField[] = [
  { key: 'agency', label: 'ชื่อหน่วยงาน', help: 'เช่น เทศบาลตำบลสอง / Agency name', initial: () => '' },
  { key: 'province', label: 'จังหวัด', help: 'Province', initial: () => '' },
  { key: 'fiscalYear', label: 'ปีงบประมาณ (พ.ศ.)', help: 'เช่น 2568 / Fiscal year, Buddhist Era', initial: () => fiscalYearBE(new Date()) },
  { key: 'numerals', label: 'ตัวเลขในรายงาน', help: 'ไทย หรือ อารบิก / thai or arabic', initial: () => 'ไทย' },
  { key: 'introduction', label: 'บทนำ', help: 'เว้นว่างเพื่อใช้ข้อความมาตรฐาน; ขึ้นบรรทัดใหม่ = ย่อหน้าใหม่ / Introduction (blank = standard text)', initial: () => '' },
  { key: 'introductionFor', label: 'บทนำของฉบับ', help: 'ฉบับและปีที่บทนำข้างบนเขียนไว้ เช่น รอบ ๖ เดือน 2568: บทนำพิมพ์เฉพาะฉบับและปีนั้น; เว้นว่าง = ทุกฉบับ / The edition and year the introduction was written for (blank = any)', initial: () => '' },
  { key: 'signerName', label: 'ชื่อผู้รายงาน', help: 'ชื่อ-นามสกุล ในบล็อกลายมือชื่อ / Signer full name', initial: () => '' },
  { key: 'signerPosition', label: 'ตำแหน่งผู้รายงาน', help: 'Signer position', initial: () => '' },
  { key: 'reportDate', label: 'วันที่รายงาน', help: 'เช่น ๓๐ กันยายน ๒๕๖๘, 30 ก.ย. 68, 30/9/2568, 2568-09-30 หรือวันที่ในเซลล์; เว้นว่าง = ไม่พิมพ์วันที่ / Report date: day month year', initial: () => '' },
  { key: 'sharing', label: 'การแชร์รายงาน', help: 'ทุกคนที่มีลิงก์ / ภายในองค์กร / ส่วนตัว (anyone / domain / private)', initial: () => 'ทุกคนที่มีลิงก์' },
  { key: 'edition', label: 'ฉบับรายงาน', help: 'แผน / รอบ ๖ เดือน / ประจำปี (plan / half-year / annual)', initial: () => 'ประจำปี' },
  { key: 'asOf', label: 'ข้อมูล ณ วันที่ (รอบ ๖ เดือน)', help: 'เช่น ๓๑ มีนาคม ๒๕๖๘, 31/3/2568 หรือ 2568-03-31; เว้นว่าง = ๓๑ มีนาคม ของปีงบประมาณ / Six-month cut-off: day month year', initial: () => '' },
  { key: 'hiddenColumns', label: 'คอลัมน์ที่ไม่แสดงในรายงาน', help: 'ชื่อคอลัมน์คั่นด้วยจุลภาค เช่น งบประมาณ, หลักฐาน / Columns to leave out of the report', initial: () => '' },
  { key: 'websitePath', label: 'ตำแหน่งบนเว็บไซต์ (เมนู)', help: 'เช่น หน้าแรก > การประเมิน ITA > O43 / Where the report sits on the website (for ITAS)', initial: () => '' },
  { key: 'linkOnLastPage', label: 'พิมพ์ลิงก์และ QR ท้ายรายงาน', help: 'ใช่ / ไม่ (yes / no)', initial: () => 'ไม่' },
  { key: 'memoDepartment', label: 'ส่วนราชการ (บันทึกข้อความ)', help: 'เช่น สำนักปลัดเทศบาล เทศบาลตำบลสอง; เว้นว่าง = ชื่อหน่วยงาน', initial: () => '' },
  { key: 'memoNumber', label: 'ที่ (เลขที่บันทึก)', help: 'เช่น พร ๕๑๒๐๑/...', initial: () => '' },
  { key: 'memoTo', label: 'เรียน (ผู้อนุมัติ)', help: 'เช่น นายกเทศมนตรีตำบลสอง', initial: () => '' },
  { key: 'approverName', label: 'ชื่อผู้อนุมัติ', help: 'Approver full name', initial: () => '' },
  { key: 'approverPosition', label: 'ตำแหน่งผู้อนุมัติ', help: 'Approver position', initial: () => '' },
];

export const SETTINGS_HEADER = ['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย'];
export const TEMPLATES_HEADER = ['คีย์ (key)', 'ข้อความแม่แบบ', 'คำอธิบาย'];

const TEMPLATE_HELP: Record<keyof SuggestionTemplates, string> = {
  training: 'ทุกมาตรการ: {topic} = ชื่อมาตรการ',
  unmatchedStep: 'ขั้นตอนที่ยังไม่มีผล: {stepNumber}, {stepText}',
  emptyResults: 'มาตรการที่ยังไม่มีผลเลย: {stepCount}',
  topicPrefixes: 'คำนำหน้าชื่อมาตรการที่ตัดออกจาก {topic} คั่นด้วย |',
};

export function settingsRows(stated: StatedSettings = {}): (string | number)[][] {
  return SETTING_FIELDS.map((f) => [f.label, stated[f.key] ?? f.initial(), f.key, f.help]);
}

/** Settings values a source already states, written in place of the defaults. */
export type StatedSettings = Partial<Record<SettingKey, string | number>>;

/** What an old report's title and introduction state, as settings (an import keeps its year, agency, edition and wording). */
export function settingsStatedBy(preamble: ReportPreamble | undefined): StatedSettings {
  const stated: StatedSettings = {};
  if (!preamble) return stated;
  if (preamble.fiscalYear !== undefined) stated.fiscalYear = preamble.fiscalYear;
  if (preamble.agency) stated.agency = preamble.agency;
  if (preamble.edition) stated.edition = editionLabel(preamble.edition, 'thai');
  if (preamble.introduction.length > 0) {
    // The introduction says its own round and year: printed only in that edition of that year.
    stated.introduction = preamble.introduction.join('\n');
    stated.introductionFor = introductionForText({ edition: preamble.edition ?? 'annual', fiscalYear: preamble.fiscalYear });
  }
  return stated;
}

/** `รอบ ๖ เดือน พ.ศ. 2568`: what the `introductionFor` cell says (read back by parseIntroductionFor). */
export function introductionForText(owner: IntroductionOwner): string {
  const label = editionLabel(owner.edition, 'thai');
  return owner.fiscalYear === undefined ? label : `${label} พ.ศ. ${owner.fiscalYear}`;
}

/** The edition and year an `introductionFor` cell names (null when it names no edition: the introduction is for any). */
export function parseIntroductionFor(text: string): IntroductionOwner | null {
  const edition = parseEdition(text);
  if (!edition) return null;
  // The year is four digits of its own (the `๖` of รอบ ๖ เดือน is not part of it).
  const year = /(?:^|\D)(2[4-6]\d\d)(?!\d)/.exec(toArabicDigits(text));
  return year ? { edition, fiscalYear: Number(year[1]) } : { edition };
}

/** Whether the settings' introduction is to be printed in `edition` (of the settings' year). */
export function introductionApplies(settings: Pick<ReportSettings, 'introductionFor' | 'fiscalYear'>, edition: Edition): boolean {
  const owner = settings.introductionFor;
  return !owner || (owner.edition === edition && (owner.fiscalYear === undefined || owner.fiscalYear === settings.fiscalYear));
}

export function templateRows(): string[][] {
  return TEMPLATE_KEYS.map((key) => [key, DEFAULT_TEMPLATES[key], TEMPLATE_HELP[key]]);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function parseNumerals(v: string): NumeralStyle {
  return /^(arabic|อารบิก|อาระบิก|อารบิค|1)/i.test(v.trim()) ? 'arabic' : 'thai';
}

/** The sharing values the settings sheet accepts: the help text's words and the labels the add-on writes, Thai and English. */
const SHARING_WORDS: Record<SharingMode, string[]> = {
  anyone: ['ทุกคนที่มีลิงก์', SHARING_LABEL.anyone, 'anyone', 'anyone with the link', SHARING_LABEL_EN.anyone],
  domain: ['ภายในองค์กร', 'เฉพาะองค์กร', 'องค์กร', SHARING_LABEL.domain, 'domain', SHARING_LABEL_EN.domain],
  private: ['ส่วนตัว', 'ไม่แชร์', SHARING_LABEL.private, 'private', SHARING_LABEL_EN.private],
};

/** Spacing and case do not matter: `ส่วน ตัว`, `Private`, `ทุกคนที่มี ลิงก์` read as written. */
const sharingKey = (v: string) => v.normalize('NFC').replace(/[\s\u200b]+/g, '').toLowerCase();

const SHARING_BY_WORD = new Map<string, SharingMode>(
  (Object.keys(SHARING_WORDS) as SharingMode[]).flatMap((mode) => SHARING_WORDS[mode].map((w) => [sharingKey(w), mode] as [string, SharingMode])),
);

/**
 * The sharing level a cell names, or null when it names none. Only the accepted words count, a
 * word in brackets after one (`ภายในองค์กร (domain)`) must name the same level: a value that is
 * not understood never widens sharing.
 */
export function parseSharing(v: string): SharingMode | null {
  const key = sharingKey(v);
  const whole = SHARING_BY_WORD.get(key);
  if (whole) return whole;
  const bracketed = /^(.+?)\((.+)\)$/.exec(key);
  if (!bracketed) return null;
  const [main, aside] = [SHARING_BY_WORD.get(bracketed[1]), SHARING_BY_WORD.get(bracketed[2])];
  return main && main === aside ? main : null;
}

/** The value the settings sheet accepts for sharing, listed for a message. */
function acceptedSharing(lang: 'th' | 'en'): string {
  const words: Record<SharingMode, [string, string]> = { anyone: ['ทุกคนที่มีลิงก์', 'anyone'], domain: ['ภายในองค์กร', 'domain'], private: ['ส่วนตัว', 'private'] };
  const order: SharingMode[] = ['anyone', 'domain', 'private'];
  return order.map((m) => `“${words[m][0]}” / “${words[m][1]}”${lang === 'th' ? ` (หรือ “${SHARING_LABEL[m]}”)` : ` (or “${SHARING_LABEL_EN[m]}”)`}`).join(', ');
}

/** The settings sheet's cell (A1) of a key's value, found as keyedValues finds the row. */
function settingCell(values: readonly (readonly unknown[])[], key: SettingKey): string {
  const label = SETTING_FIELDS.find((f) => f.key === key)?.label;
  const row = values.findIndex((r, i) => i > 0 && (text(r[2]) === key || (!text(r[2]) && text(r[0]) === label)));
  return toA1(row >= 0 ? row : 0, 1);
}

/** An unreadable sharing value: shared privately, and the coordinator told which cell and what it accepts. */
function sharingFinding(value: string, cell: string): Finding {
  const finding = makeFinding('warning', 'SETTING_INVALID', null, null, { cell },
    `ชีต ${SHEETS.settings} เซลล์ ${cell}: ไม่รู้จักการแชร์ “${value}” จึงเผยแพร่แบบ “${SHARING_LABEL.private}” ซึ่งจำกัดที่สุด ใช้ได้: ${acceptedSharing('th')}`,
    `Sheet ${SHEETS.settings} cell ${cell}: the sharing “${value}” is not one the add-on knows, so the report is shared as “${SHARING_LABEL_EN.private}”, the most restrictive. Accepted: ${acceptedSharing('en')}`);
  finding.sheet = SHEETS.settings;
  return finding;
}

/** A B.E. year from "2568", "๒๕๖๘", "พ.ศ. 2568" or an A.D. year (the command line's --fiscal-year reads the same way). */
export function parseYear(v: unknown, fallback: number): number {
  const digits = toArabicDigits(text(v)).replace(/[^0-9]/g, '');
  if (!digits) return fallback;
  const n = Number(digits);
  if (n > 2400 && n < 2700) return n;
  if (n > 1900 && n < 2200) return n + 543;
  return fallback;
}

/**
 * A date cell: a Date (in the spreadsheet's zone: an instant typed there) or text as people type a
 * day (parseDayText). A non-blank cell that is neither is kept as typed, to be named as unreadable.
 */
function parseReportDate(v: unknown, timeZone: string): { value: string } | { unreadable: string } | undefined {
  if (isDate(v)) {
    const p = dateParts(v, timeZone);
    return { value: `${p.year}-${pad2(p.month)}-${pad2(p.day)}` };
  }
  const typed = text(v);
  if (!typed) return undefined;
  const day = parseDayText(typed);
  return day ? { value: day } : { unreadable: typed };
}

/** The 0-based row of the settings sheet holding `key` (column C), or labelled so (column A); -1 when none. */
export function settingsRowOf(values: readonly (readonly unknown[])[] | null, key: SettingKey): number {
  if (!values) return -1;
  const label = SETTING_FIELDS.find((f) => f.key === key)?.label;
  const byKey = values.findIndex((row, r) => r > 0 && text(row[2]) === key);
  return byKey >= 0 ? byKey : values.findIndex((row, r) => r > 0 && !text(row[2]) && text(row[0]) === label);
}

/** Rows keyed by column C (machine key) or, failing that, the Thai label in column A. */
function keyedValues(values: unknown[][]): Map<string, unknown> {
  const labels = new Map(SETTING_FIELDS.map((f) => [f.label, f.key as string]));
  const out = new Map<string, unknown>();
  for (const row of values.slice(1)) {
    const key = text(row[2]) || labels.get(text(row[0])) || '';
    if (key && !out.has(key)) out.set(key, row[1]);
  }
  return out;
}

/** The fiscal year the settings sheet states, if its cell holds one (parseSettings puts today's in a blank one). */
export function statedFiscalYear(values: unknown[][] | null): number | undefined {
  if (!values) return undefined;
  const year = parseYear(keyedValues(values).get('fiscalYear'), Number.NaN);
  return Number.isNaN(year) ? undefined : year;
}

/**
 * Settings from the settings sheet's values; anything missing falls back to a default (an unreadable
 * date is kept to be named). `timeZone` is the zone the sheet's Date cells were typed in; `now` (for
 * the default fiscal year) is read in Bangkok, as every "now" of the add-on is.
 */
export function parseSettings(values: unknown[][] | null, timeZone: string, now = new Date()): AddonSettings {
  const v = values ? keyedValues(values) : new Map<string, unknown>();
  const str = (key: SettingKey): string | undefined => text(v.get(key)) || undefined;
  const report: ReportSettings = {
    agency: str('agency') ?? '',
    fiscalYear: parseYear(v.get('fiscalYear'), fiscalYearBE(now)),
    numerals: parseNumerals(str('numerals') ?? 'ไทย'),
  };
  const optional = { province: str('province'), introduction: str('introduction'), signerName: str('signerName'), signerPosition: str('signerPosition'), websitePath: str('websitePath') };
  for (const [key, value] of Object.entries(optional)) if (value) (report as unknown as Record<string, string>)[key] = value;
  const edition = parseEdition(str('edition') ?? '');
  if (edition) report.edition = edition;
  // Where the dates were read, so a date from another year, or one that cannot be read, is named by its cell (settingsDates.ts).
  for (const key of ['reportDate', 'asOf'] as const) {
    const read = parseReportDate(v.get(key), timeZone);
    if (!read) continue;
    const cell = settingCell(values ?? [], key);
    if ('value' in read) {
      report[key] = read.value;
      (report.dateCells ??= {})[key] = { cell, value: read.value };
    } else {
      (report.unreadableDates ??= {})[key] = { cell, text: read.unreadable };
    }
  }
  const owner = report.introduction ? parseIntroductionFor(str('introductionFor') ?? '') : null;
  if (owner) report.introductionFor = owner;
  const hidden = parseColumnList(str('hiddenColumns') ?? '');
  if (hidden.length) report.hiddenColumns = hidden;
  if (/^(ใช่|yes|true|1|พิมพ์|มี)/i.test(str('linkOnLastPage') ?? '')) report.linkOnLastPage = true;
  const memo: MemoSettings = {};
  const memoFields = { department: str('memoDepartment'), number: str('memoNumber'), to: str('memoTo'), approverName: str('approverName'), approverPosition: str('approverPosition') };
  for (const [key, value] of Object.entries(memoFields)) if (value) (memo as Record<string, string>)[key] = value;
  // A blank cell keeps set-up's default; a value not understood is shared privately, with a warning.
  const sharingText = str('sharing');
  const sharing = sharingText ? parseSharing(sharingText) : 'anyone';
  const out: AddonSettings = { report, sharing: sharing ?? 'private', memo };
  if (sharingText && !sharing) out.findings = [sharingFinding(sharingText, settingCell(values ?? [], 'sharing'))];
  return out;
}

export function parseTemplates(values: unknown[][] | null): Partial<SuggestionTemplates> {
  const out: Partial<SuggestionTemplates> = {};
  if (!values) return out;
  const known = new Set<string>(TEMPLATE_KEYS);
  for (const row of values.slice(1)) {
    const key = text(row[0]);
    const template = text(row[1]);
    if (known.has(key) && template) out[key as keyof SuggestionTemplates] = template;
  }
  return out;
}

