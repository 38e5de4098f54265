/**
 * The report settings a local file carries, read the way the add-on reads them: its settings sheet
 * (`ตั้งค่า`) when it was downloaded from the add-on, else what the source's title says (agency,
 * fiscal year, edition: a report text's title lines, the title rows above a sheet's header), else
 * the table's numerals and the current fiscal year. The command line lays its options over these;
 * the preview uses them as they are. What had to fall back to a default is said, never silent.
 */
import { editionLabel, fiscalYearBE, formatNumber, parseSettings, statedFiscalYear } from '../core';
import type { NumeralStyle, ReportPreamble, ReportSettings } from '../core/types';

/** A setting neither the settings sheet nor the source's title gave, so a default stands in. */
export type DefaultedSetting = 'fiscalYear' | 'agency';

/** What the source's title (not a settings sheet) gave: read by a heuristic, so said to the person. */
export type TitleSetting = 'fiscalYear' | 'agency' | 'edition';

export interface SourceSettings {
  settings: ReportSettings;
  defaulted: DefaultedSetting[];
  fromTitle: TitleSetting[];
}

export function readSourceSettings(
  settingsValues: unknown[][] | null | undefined,
  source: { preamble?: ReportPreamble; numerals: NumeralStyle },
  now: Date,
): SourceSettings {
  const sheet = settingsValues ? parseSettings(settingsValues, 'Asia/Bangkok', now).report : null;
  const agency = (sheet?.agency || source.preamble?.agency) ?? '';
  // A blank or missing year cell is no year stated: the title's, else today's with a notice.
  const sheetYear = statedFiscalYear(settingsValues ?? null);
  const year = sheetYear ?? source.preamble?.fiscalYear;
  const settings: ReportSettings = {
    ...sheet,
    agency,
    fiscalYear: year ?? fiscalYearBE(now),
    numerals: sheet?.numerals ?? source.numerals,
  };
  // The settings sheet's edition is the coordinator's choice; else the one the title states.
  const edition = sheet?.edition ?? source.preamble?.edition;
  if (edition) settings.edition = edition;
  const defaulted: DefaultedSetting[] = [];
  if (year === undefined) defaulted.push('fiscalYear');
  if (!agency) defaulted.push('agency');
  const fromTitle: TitleSetting[] = [];
  if (sheetYear === undefined && source.preamble?.fiscalYear !== undefined) fromTitle.push('fiscalYear');
  if (!sheet?.agency && source.preamble?.agency) fromTitle.push('agency');
  if (!sheet?.edition && source.preamble?.edition) fromTitle.push('edition');
  return { settings, defaulted, fromTitle };
}

/**
 * What was read off the source's title, said once so a misread is seen before the report goes out
 * (titles are free text: the year, agency and edition are read by rules that can be wrong).
 */
export function titleNotice(fromTitle: readonly TitleSetting[], settings: ReportSettings): SettingNotice | null {
  if (fromTitle.length === 0) return null;
  const th: string[] = [];
  const en: string[] = [];
  if (fromTitle.includes('fiscalYear')) {
    th.push(`ปีงบประมาณ พ.ศ.${formatNumber(settings.fiscalYear, 'thai')}`);
    en.push(`fiscal year B.E. ${settings.fiscalYear}`);
  }
  if (fromTitle.includes('agency')) {
    th.push(`หน่วยงาน “${settings.agency}”`);
    en.push(`agency “${settings.agency}”`);
  }
  if (fromTitle.includes('edition') && settings.edition) {
    th.push(`ฉบับ${editionLabel(settings.edition, 'thai')}`);
    en.push(`the ${editionLabel(settings.edition, 'thai', 'en')}`);
  }
  const flags = fromTitle.map((f) => ({ fiscalYear: '--fiscal-year', agency: '--agency', edition: '--edition' })[f]).join(' / ');
  return {
    code: 'READ_FROM_TITLE',
    message: `อ่านจากหัวเรื่องของไฟล์: ${th.join(' · ')} ถ้าไม่ถูกต้อง ให้ระบุ ${flags}`,
    messageEn: `Read from the file's title: ${en.join(' · ')}; if wrong, give ${flags}`,
  };
}

export function workbookSettings(
  settingsValues: unknown[][] | null | undefined,
  source: { preamble?: ReportPreamble; numerals: NumeralStyle },
  now: Date,
): ReportSettings {
  return readSourceSettings(settingsValues, source, now).settings;
}

export interface SettingNotice {
  code: 'FISCAL_YEAR_DEFAULTED' | 'AGENCY_MISSING' | 'READ_FROM_TITLE';
  message: string;
  messageEn: string;
}

/** What to tell the reader about each setting a default stood in for, and how to give it. */
export function defaultedNotices(defaulted: readonly DefaultedSetting[], settings: ReportSettings): SettingNotice[] {
  return defaulted.map((setting): SettingNotice => {
    if (setting === 'fiscalYear') {
      const thai = formatNumber(settings.fiscalYear, 'thai');
      return {
        code: 'FISCAL_YEAR_DEFAULTED',
        message: `ไม่พบปีงบประมาณในหัวเรื่องของรายงาน (หรือแถวหัวเรื่องเหนือหัวตาราง) จึงใช้ปีงบประมาณปัจจุบัน พ.ศ.${thai} ถ้าไม่ใช่ปีของรายงานนี้ ให้ระบุ --fiscal-year เช่น --fiscal-year ${settings.fiscalYear - 1} หรือเขียน “ประจำปีงบประมาณ พ.ศ. ....” ในหัวเรื่อง`,
        messageEn: `No fiscal year found in the report's title (or the title rows above the header), so the current fiscal year B.E. ${settings.fiscalYear} is used; if that is not this report's year, give --fiscal-year (e.g. --fiscal-year ${settings.fiscalYear - 1}) or write “ประจำปีงบประมาณ พ.ศ. ....” in the title`,
      };
    }
    return {
      code: 'AGENCY_MISSING',
      message: 'ไม่พบชื่อหน่วยงานในหัวเรื่องของรายงาน (หรือแถวหัวเรื่องเหนือหัวตาราง) รายงานจึงไม่มีชื่อหน่วยงาน ให้ระบุ --agency "ชื่อหน่วยงาน" หรือเขียนชื่อหน่วยงานในบรรทัดหัวเรื่อง',
      messageEn: 'No agency name found in the report\'s title (or the title rows above the header), so the report names no agency; give --agency "NAME" or write the agency\'s name in a title line',
    };
  });
}
