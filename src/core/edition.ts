/**
 * The three editions of the year's report: the measures plan (early in the fiscal year), the
 * six-month progress report (results as of a cut-off, by default 31 March) and the annual report.
 * Their names, titles and introductions live here; what each checks lives in editionCheck.ts.
 */
import type { Edition, NumeralStyle, ReportSettings } from './types';
import type { CheckOptions } from './check';
import type { SettingsDate } from './settingsDates';
import { formatThaiDate, parseIsoDay } from './dates';
import { formatNumber, toArabicDigits } from './text';

export const EDITIONS: readonly Edition[] = ['plan', 'half-year', 'annual'];

/** Reads `plan`, `แผน`, `รอบ ๖ เดือน`, `half-year`, `ประจำปี`, `annual` and the like. */
export function parseEdition(text: string): Edition | null {
  const key = toArabicDigits(text.normalize('NFC')).toLowerCase().replace(/[\s\-_()]/g, '');
  if (!key) return null;
  if (/^(plan|แผน|มาตรการ|แผนมาตรการ|แผนปฏิบัติ)/.test(key)) return 'plan';
  if (/^(halfyear|half|6month|sixmonth|รอบ6เดือน|6เดือน|ครึ่งปี|รายงานรอบ6เดือน)/.test(key)) return 'half-year';
  if (/^(annual|year|ประจำปี|รายปี|รอบ12เดือน|12เดือน|ทั้งปี)/.test(key)) return 'annual';
  return null;
}

/** How the edition is named in Thai (`รอบ ๖ เดือน`) or English. */
export function editionLabel(edition: Edition, numerals: NumeralStyle, lang: 'th' | 'en' = 'th'): string {
  if (lang === 'en') return { plan: 'plan', 'half-year': 'six-month report', annual: 'annual report' }[edition];
  return { plan: 'แผน/มาตรการ', 'half-year': `รอบ ${formatNumber(6, numerals)} เดือน`, annual: 'ประจำปี' }[edition];
}

/** The edition a report is, when nothing chose one: the annual report. */
export function editionOf(settings: { edition?: Edition }): Edition {
  return settings.edition ?? 'annual';
}

/** What checkTable needs to apply an edition's rules (see CheckOptions). */
export function editionCheckOptions(settings: Pick<ReportSettings, 'edition' | 'asOf' | 'fiscalYear' | 'reportDate' | 'dateCells' | 'unreadableDates'>): Pick<CheckOptions, 'edition' | 'asOf' | 'fiscalYear' | 'dates'> {
  // The dates checked against the year, each with its settings cell when it is the value read there;
  // a cell no date could be read from, unless a date was given otherwise (`--date`).
  const dates: SettingsDate[] = [];
  for (const key of ['reportDate', 'asOf'] as const) {
    const value = settings[key];
    const unreadable = settings.unreadableDates?.[key];
    if (!value && unreadable) dates.push({ key, value: unreadable.text, cell: unreadable.cell, unreadable: true });
    if (!value) continue;
    const read = settings.dateCells?.[key];
    dates.push(read && read.value === value ? { key, value, cell: read.cell } : { key, value });
  }
  return { edition: settings.edition, asOf: settings.asOf, fiscalYear: settings.fiscalYear, ...(dates.length ? { dates } : {}) };
}

/** The six-month cut-off when none is given: 31 March of the fiscal year. */
export function defaultAsOf(fiscalYearBE: number): string {
  return `${fiscalYearBE - 543}-03-31`;
}

/** `ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘`. */
export function asOfLine(asOf: string, numerals: NumeralStyle): string {
  const date = parseIsoDay(asOf);
  return date ? `ข้อมูล ณ วันที่ ${formatThaiDate(date, numerals)}` : '';
}

export const PLAN_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const RESULTS_TITLE = 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน';

/** The first title line of each edition. */
export function editionTitle(edition: Edition, numerals: NumeralStyle): string {
  if (edition === 'plan') return PLAN_TITLE;
  if (edition === 'half-year') return `${RESULTS_TITLE} รอบ ${formatNumber(6, numerals)} เดือน`;
  return RESULTS_TITLE;
}

/**
 * The document's name with its edition said once, for the ITAS answer and the memo: the six-month
 * title already ends in รอบ ๖ เดือน; the annual report is the รอบ ๑๒ เดือน one (not "ฉบับประจำปี
 * ประจำปีงบประมาณ"); the plan's title already says มาตรการ, so it is only marked as the plan.
 */
export function editionDocumentName(edition: Edition, numerals: NumeralStyle): string {
  if (edition === 'plan') return `${PLAN_TITLE} (ฉบับแผน)`;
  if (edition === 'half-year') return editionTitle(edition, numerals);
  return `${RESULTS_TITLE} รอบ ${formatNumber(12, numerals)} เดือน`;
}

/** The standard introduction of each edition (used when the settings give none). */
export function editionIntroduction(
  edition: Edition,
  agency: string,
  fiscalYear: number,
  count: number,
  numerals: NumeralStyle,
  asOf: string,
): string[] {
  const fy = formatNumber(fiscalYear, numerals);
  const opening =
    `ตามที่ ${agency} ได้จัดทำรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ` +
    `ประจำปีงบประมาณ พ.ศ.${formatNumber(fiscalYear - 1, numerals)} และได้กำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
    `ประจำปีงบประมาณ พ.ศ.${fy} จำนวน ${formatNumber(count, numerals)} มาตรการ`;
  if (edition === 'plan') {
    return [opening, 'ในการนี้ จึงขอประกาศมาตรการ ขั้นตอนหรือวิธีการปฏิบัติ และผู้รับผิดชอบ เพื่อให้บุคลากรในหน่วยงานถือปฏิบัติ ดังนี้'];
  }
  if (edition === 'half-year') {
    const date = parseIsoDay(asOf);
    const start = parseIsoDay(`${fiscalYear - 543 - 1}-10-01`);
    const until = date && start ? ` ตั้งแต่วันที่ ${formatThaiDate(start, numerals)} ถึงวันที่ ${formatThaiDate(date, numerals)}` : '';
    return [opening, `ในการนี้ จึงขอรายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ${formatNumber(6, numerals)} เดือน${until} ดังนี้`];
  }
  return [opening, 'ในการนี้ จึงขอรายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน ดังนี้'];
}
