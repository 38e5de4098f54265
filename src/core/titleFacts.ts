/**
 * What a report says about itself in its title: the fiscal year, the agency and the edition
 * (annual or six-month). Read from a report text's title lines and from the title rows above a
 * sheet's header, the title first and the introduction only when the title does not say.
 */
import type { Edition } from './types';
import { toArabicDigits } from './text';

export interface TitleFacts {
  fiscalYear?: number;
  agency?: string;
  edition?: Edition;
}

/** `ประจำปีงบประมาณ พ.ศ. ๒๕๖๘`, a bank's `ประจำปีบัญชี ๒๕๖๘`: the report's own year (read on Arabic digits). */
const OWN_FISCAL_YEAR = /ประจำปี(?:งบประมาณ|บัญชี)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})/g;
/**
 * `ปีงบประมาณ พ.ศ ๒๕๖๗` without ประจำ: the report's year only when no `ประจำปี…` names one (a title
 * may also name the assessment's year, `ตามผลการประเมิน ITA ปีงบประมาณ ๒๕๖๗`); never a span of years.
 */
const FISCAL_YEAR = /ปี(?:งบประมาณ|บัญชี)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})(?!\s*[-–—]\s*\d)/g;
/** The start of a period (`1 ต.ค. 67 –`, `๑ ตุลาคม ๒๕๖๗ –`): the fiscal year is the one after. */
const PERIOD_START = /(?:ต\.\s*ค\.|ตุลาคม)\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})(?!\d)\s*(?:[-–—]|ถึง)/;

const MONTH_SEP = '(?:[-–—]|ถึง)';
const SIX_MONTH = new RegExp([
  'รอบ\\s*(?:การรายงาน\\s*)?6\\s*เดือน', '6\\s*เดือนแรก', 'ครึ่งปีแรก', 'ครึ่งปีงบประมาณ',
  `(?:ต\\.\\s*ค\\.|ตุลาคม)[^()]{0,16}?${MONTH_SEP}\\s*(?:\\d{1,2}\\s*)?(?:มี\\.\\s*ค\\.|มีนาคม)`,
  'ณ\\s*(?:วันที่\\s*)?31\\s*(?:มี\\.\\s*ค\\.|มีนาคม)',
].join('|'));
const TWELVE_MONTH = new RegExp([
  'รอบ\\s*(?:การรายงาน\\s*)?12\\s*เดือน',
  `(?:ต\\.\\s*ค\\.|ตุลาคม)[^()]{0,16}?${MONTH_SEP}\\s*(?:\\d{1,2}\\s*)?(?:ก\\.\\s*ย\\.|กันยายน)`,
  'ณ\\s*(?:วันที่\\s*)?30\\s*(?:ก\\.\\s*ย\\.|กันยายน)',
].join('|'));

/** The report's own title phrase (`แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน`). */
const TITLE_PHRASE = /(?:แบบ)?(?:รายงาน)?\s*(?:ผล)?\s*การดำเนิน(?:การ|งาน)\s*ตาม\s*มาตรการ\s*ส่งเสริม\s*คุณธรรม\s*(?:และ)?\s*ความโปร่งใส\s*(?:ภายใน(?:ของ)?|ของ)?\s*(?:หน่วยงาน)?/;
/** Where the agency's name ends: the year, the edition, a period, a date, what it belongs to. */
const AGENCY_END = /(?:^|\s|\()\s*(?:(?:ประจำ)?ปีงบ|รอบ|ข้อมูล\s*ณ|สังกัด)|\s*\(\s*[0-9๐-๙]|\s[-–—:]\s|:|\s+ซึ่ง|\s+จัดทำโดย/;
/** A name opening with one of these words names an office. */
const OFFICE = /^(?:สำนัก|กรม|กอง|ศูนย์|โรงพยาบาล|โรงเรียน|วิทยาลัย|มหาวิทยาลัย|องค์การ|องค์กร|เทศบาล|ศาล(?!า)|สถาน|สถาบัน|ด่าน|ท่าอากาศยาน|ธนาคาร|อำเภอ|ที่ว่าการ|ที่ทำการ|การ(?!ดำเนิน|รายงาน|ประเมิน)|บริษัท|ภาค|เขต|หน่วย(?!งาน)|ค่าย|สภา|คณะ|หอ|สถานี|พิพิธภัณฑ์|ทัณฑสถาน|เรือนจำ|ส่วน|ฝ่าย|แขวง|นิคม|อุทยาน|ท่าเรือ|สหกรณ์|ธ\.ก\.ส)/;

function yearOk(year: number): boolean {
  return year >= 2400 && year <= 2700;
}

function beYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2500 + n : n;
}

/** The fiscal year a text names: its first `ประจำปีงบประมาณ …`, else `ปีงบประมาณ …` (`latest`: the latest one), else the year after a period's October start. */
function yearIn(text: string, latest: boolean): number | undefined {
  const own = [...text.matchAll(OWN_FISCAL_YEAR)].map((m) => Number(m[1])).filter(yearOk);
  const years = own.length > 0 ? own : [...text.matchAll(FISCAL_YEAR)].map((m) => Number(m[1])).filter(yearOk);
  if (years.length > 0) return latest ? Math.max(...years) : years[0];
  const start = PERIOD_START.exec(text);
  const year = start ? beYear(start[1]) + 1 : NaN;
  return yearOk(year) ? year : undefined;
}

/** The edition a text states: the first of a six-month or twelve-month mark (`only`: when it states one kind alone). */
function editionIn(text: string, only: boolean): Edition | undefined {
  const six = SIX_MONTH.exec(text);
  const twelve = TWELVE_MONTH.exec(text);
  if (six && twelve) return only ? undefined : six.index < twelve.index ? 'half-year' : 'annual';
  if (six) return 'half-year';
  if (twelve) return 'annual';
  return undefined;
}

/** The office a title line names, the report's title phrase, year, edition and dates taken off; null when it names none. */
export function agencyOfLine(line: string): string | null {
  const phrase = TITLE_PHRASE.exec(line);
  const parts = phrase ? [line.slice(0, phrase.index), line.slice(phrase.index + phrase[0].length)] : [line];
  for (const part of parts) {
    const trimmed = part.replace(/^[\s\-–—:,]+/, '');
    const end = AGENCY_END.exec(trimmed);
    const name = (end ? trimmed.slice(0, end.index) : trimmed).replace(/[\s\-–—:,]+$/, '').replace(/\s+/g, ' ');
    if (name.length >= 4 && OFFICE.test(name)) return name;
  }
  return null;
}

/** `ตามที่ สำนักงาน… ได้…`, a paragraph `ด้วยหอจดหมายเหตุ… ได้…`: the agency the introduction names first. */
function agencyOfIntroduction(introduction: readonly string[]): string | undefined {
  const text = introduction.join('\n');
  const opening = /ตามที่\s*(.+?)\s*ได้/.exec(text) ?? /^ด้วย\s*(.+?)\s*ได้/m.exec(text);
  if (!opening) return undefined;
  const end = /\s+ซึ่ง|\s+โดย/.exec(opening[1]);
  const name = (end ? opening[1].slice(0, end.index) : opening[1]).trim();
  return name || undefined;
}

/**
 * Of the offices the title lines name, the last; but when the introduction names the agency
 * (`ตามที่ … ได้`), that name, unless a title line names it more fully: it holds the name whole, or
 * spells out what the name cuts short with ฯ (`หอจดหมายเหตุแห่งชาติเฉลิมพระเกียรติพระบาทสมเด็จ…` for
 * `หอจดหมายเหตุแห่งชาติเฉลิมพระเกียรติฯ`). A title's other lines name parents (`องค์การสะพานปลา`
 * above `สะพานปลาสงขลา`, `สำนักงบประมาณ สำนักนายกรัฐมนตรี` above `สำนักงบประมาณเขต ๑๒`) and headings
 * that only look like offices (`การขับเคลื่อนมาตรการ…`, `ส่วนที่ ๒ …`).
 */
function chooseOffice(offices: readonly string[], named: string | undefined): string | undefined {
  if (!named) return offices[offices.length - 1];
  const spelledOut = (office: string): boolean => {
    const cut = named.indexOf('ฯ');
    return cut >= 6 && office.startsWith(named.slice(0, cut)) && office.length > cut;
  };
  return offices.find((office) => office.includes(named)) ?? offices.find(spelledOut) ?? named;
}

/**
 * The year and agency the title lines state, else the introduction; the edition the title states. The year is the
 * title's first (the introduction's latest: it also names the previous year's assessment); the
 * agency is the title line naming the office the introduction names, else the last naming an
 * office (a ministry or company line comes above the office that reports), else the introduction's.
 */
export function readTitleFacts(titleLines: readonly string[], introduction: readonly string[] = []): TitleFacts {
  const title = toArabicDigits(titleLines.join('\n'));
  const intro = toArabicDigits(introduction.join('\n'));
  const facts: TitleFacts = {};
  const year = yearIn(title, false) ?? yearIn(intro, true);
  if (year !== undefined) facts.fiscalYear = year;
  const offices = titleLines.map(agencyOfLine).filter((name): name is string => name !== null);
  const agency = chooseOffice(offices, agencyOfIntroduction(introduction));
  if (agency) facts.agency = agency;
  // The edition from the title only: an introduction mentions other rounds (`ได้รายงานผลรอบ ๖ เดือนไปแล้ว`).
  const edition = editionIn(title, false);
  if (edition) facts.edition = edition;
  return facts;
}
