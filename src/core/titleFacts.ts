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

/**
 * `ปีงบประมาณ พ.ศ. ๒๕๖๘`, `ประจำปีงบประมาณ 2568`, a bank's `ประจำปีบัญชี ๒๕๖๘` (read on Arabic digits);
 * never a span of years (`ปีงบประมาณ 2566-2568`, a multi-year plan), though `2568 - 12 เดือน` is no span.
 */
const FISCAL_YEAR = /ปี(?:งบประมาณ|บัญชี)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})(?!\s*[-–—]\s*(?:\d{4}|\d{2})(?!\d|\s*เดือน))/g;
/** A year named for the assessment a title or introduction refers to (`ตามผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๗`), not the report's. */
const ASSESSMENT_BEFORE = /ประเมิน[^\n0-9]{0,90}$/;
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
const AGENCY_END = /(?:^|\s|\()\s*(?:(?:ประจำ)?ปีงบ|รอบ|ข้อมูล\s*ณ|สังกัด)|\s*\(\s*[0-9๐-๙]|\s[-–—:]\s|:|\s+ซึ่ง|\s+จัดทำโดย|\s*ได้(?:ดำเนิน|จัด|รายงาน|กำหนด|มี)/;
/** A name opening with one of these words names an office. */
const OFFICE = /^(?:สำนัก|กรม|กอง|ศูนย์|โรงพยาบาล|โรงเรียน|วิทยาลัย|มหาวิทยาลัย|องค์การ|องค์กร|เทศบาล|ศาล(?!า)|สถาน|สถาบัน|ด่าน|ท่าอากาศยาน|ธนาคาร|อำเภอ|ที่ว่าการ|ที่ทำการ|การ(?:ไฟฟ้า|ประปา|ท่องเที่ยว|เคหะ|รถไฟ|ท่าเรือ|ทางพิเศษ|กีฬา|ยาง|นิคม|สื่อสาร|ปิโตรเลียม|บิน|ยาสูบ|สุรา|ขนส่ง|ตลาด)|บริษัท|ภาค|เขต|หน่วย(?!งาน)|ค่าย|สภา|คณะ|หอ|สถานี|พิพิธภัณฑ์|ทัณฑสถาน|เรือนจำ|ส่วน(?!ที่)|ฝ่าย|แขวง|นิคม|อุทยาน|ท่าเรือ|สหกรณ์|ธ\.ก\.ส)/;

function yearOk(year: number): boolean {
  return year >= 2400 && year <= 2700;
}

function beYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2500 + n : n;
}

/**
 * The fiscal year a text names: its first `ปีงบประมาณ …` (`latest`: the latest one) other than an
 * assessment's year, else the year after a period's October start.
 */
function yearIn(text: string, latest: boolean): number | undefined {
  const named = [...text.matchAll(FISCAL_YEAR)].filter((m) => yearOk(Number(m[1])));
  const own = named.filter((m) => !ASSESSMENT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 100), m.index)));
  const years = (own.length > 0 ? own : named).map((m) => Number(m[1]));
  if (years.length > 0) return latest ? Math.max(...years) : years[0];
  const start = PERIOD_START.exec(text);
  const year = start ? beYear(start[1]) + 1 : NaN;
  return yearOk(year) ? year : undefined;
}

/** The edition a text states: the first of a six-month or twelve-month mark. */
function editionIn(text: string): Edition | undefined {
  const six = SIX_MONTH.exec(text);
  const twelve = TWELVE_MONTH.exec(text);
  if (six && twelve) return six.index < twelve.index ? 'half-year' : 'annual';
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
  // `ตามที่ได้มีการประเมิน…`, `ตามที่มีการ…`: no agency named.
  const noName = /^(?:ได้|มี)/.test(name) || (name.startsWith('การ') && !OFFICE.test(name));
  return name && name.length <= 120 && !noName ? name : undefined;
}

/**
 * Bodies that assess, order or oversee the ITA and open many introductions (`ตามที่สำนักงาน ป.ป.ช.
 * ได้ประเมิน…`, `ตามที่คณะรัฐมนตรีได้มีมติ…`, `ตามที่หน่วยงานได้…`): never the agency that reports.
 */
const OVERSEER = /ป\.?\s*ป\.?\s*[ชท]\.?|ปราบปรามการทุจริต|คณะรัฐมนตรี|ก\.?\s*พ\.?\s*ร\.?|พัฒนาระบบราชการ|^หน่วยงาน(?:ภาครัฐ|ของรัฐ)?$|^(?:พระราชกฤษฎีกา|พระราชบัญญัติ|ระเบียบ|กฎหมาย|มติ)/;

/** The first word of an office's name when it is a name of its own (`องค์การสะพานปลา`, not `สำนักงาน`). */
function leadingName(office: string): string | null {
  const first = office.split(' ')[0];
  return first.length >= 10 ? first : null;
}

/**
 * Of the offices the title lines name, the last (a ministry or company line comes above the office
 * that reports); but the introduction's `ตามที่ … ได้` when it names the same body: a title line holds
 * it whole (then that line, the fuller name) or spells out what it cuts short with ฯ (that line too);
 * it holds a title line's name or that name's leading word (the introduction's is then the unit:
 * `สะพานปลาสงขลา องค์การสะพานปลา` under `องค์การสะพานปลา`, `สำนักงบประมาณเขต ๑๒` under `สำนักงบประมาณ`).
 * An introduction naming another body (a province's office above a district's, the NACC) leaves
 * the title's office; with no office in the title, its name stands unless it names an overseer.
 */
function chooseOffice(offices: readonly string[], named: string | undefined): string | undefined {
  const own = named !== undefined && !OVERSEER.test(named) ? named : undefined;
  if (offices.length === 0) return own;
  if (!own) return offices[offices.length - 1];
  const cut = own.indexOf('ฯ');
  const spelledOut = (office: string) => cut >= 6 && office.startsWith(own.slice(0, cut)) && office.length > cut;
  const fuller = offices.find((office) => office.includes(own)) ?? offices.find(spelledOut);
  if (fuller) return fuller;
  const sameBody = offices.some((office) => own.includes(office) || (leadingName(office) !== null && own.includes(leadingName(office) as string)));
  return sameBody ? own : offices[offices.length - 1];
}

/**
 * What comes before an introduction's first sentence (`ตามที่…`, `ด้วย…`, a subject and `ได้…`) when
 * it holds the report's title phrase: title lines a long title block carried into the paragraphs before it.
 */
function beforeFirstSentence(intro: string): string {
  const parts: string[] = [];
  for (const paragraph of intro.split('\n')) {
    const sentence = /ตามที่|(?:^|\s)ด้วย|ได้|บัดนี้|จึง/.exec(paragraph);
    parts.push(sentence ? paragraph.slice(0, sentence.index) : paragraph);
    if (sentence) break;
  }
  const before = parts.join('\n');
  // Only a title: it carries the report's title phrase (a sentence such as `ต่อจากรายงานรอบ ๖ เดือน` does not).
  return TITLE_PHRASE.test(before) ? before : '';
}

/**
 * The year, agency and edition a report states: the year is the title's first (else a title block
 * read as a paragraph, else the introduction's latest: it also names the previous year's
 * assessment), the agency as chooseOffice settles it, the edition the title's only.
 */
export function readTitleFacts(titleLines: readonly string[], introduction: readonly string[] = []): TitleFacts {
  const title = toArabicDigits(titleLines.join('\n'));
  const intro = toArabicDigits(introduction.join('\n'));
  const facts: TitleFacts = {};
  const titleLike = beforeFirstSentence(intro);
  const year = yearIn(title, false) ?? yearIn(titleLike, false) ?? yearIn(intro, true);
  if (year !== undefined) facts.fiscalYear = year;
  const offices = titleLines.map(agencyOfLine).filter((name): name is string => name !== null);
  const agency = chooseOffice(offices, agencyOfIntroduction(introduction));
  if (agency) facts.agency = agency;
  // The edition from the title, else from what precedes the introduction's first sentence (a title
  // block long enough to be read as a paragraph); never from the introduction's sentences, which
  // mention other rounds (`ได้รายงานผลรอบ ๖ เดือนไปแล้ว`).
  const edition = editionIn(title) ?? editionIn(titleLike);
  if (edition) facts.edition = edition;
  return facts;
}
