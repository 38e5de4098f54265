/**
 * The approval memo (บันทึกข้อความ) asking the head of the agency to allow posting the report on the
 * website, as a document model: heading, ส่วนราชการ, ที่ and วันที่, เรื่อง, เรียน, the request with the
 * link, the requester's signature and an approval block. Renderers lay it out on one A4 page.
 */
import type { NumeralStyle, ReportParagraph, ReportSettings } from './types';
import { editionDocumentName, editionOf } from './edition';
import { formatThaiDate } from './dates';
import { formatNumber, toThaiDigits } from './text';

/** The memo's own settings (rows of the settings sheet); blanks print a dotted line to fill by hand. */
export interface MemoSettings {
  /** ส่วนราชการ (default: the agency). */
  department?: string;
  /** ที่: the memo's number. */
  number?: string;
  /** เรียน: who approves, e.g. นายกเทศมนตรีตำบลสอง. */
  to?: string;
  approverName?: string;
  approverPosition?: string;
}

export interface MemoField {
  label: string;
  value: string;
}

export interface MemoModel {
  documentTitle: string;
  heading: string;
  /** ส่วนราชการ on its own line, then ที่ and วันที่ side by side, then เรื่อง. */
  department: MemoField;
  number: MemoField;
  date: MemoField;
  subject: MemoField;
  /** เรียน … */
  to: MemoField;
  body: ReportParagraph[];
  requester: ReportParagraph[];
  approval: ReportParagraph[];
  numerals: NumeralStyle;
  font: { family: string; sizePt: number };
  page: { size: 'A4'; orientation: 'portrait' };
}

const DOTS = '....................................................';
/** A signature line's dots: `ลงชื่อ` and them fit on one line of half the page at 16 pt. */
const SIGN_DOTS = '........................................';

/** A box to tick by hand, in characters Sarabun has. */
export const CHOICE = '(   )';

/** Official memos are set in 16 pt. */
export const MEMO_FONT = { family: 'Sarabun', sizePt: 16 };

/**
 * The memo's page and spacing in points, one set for both renderers (.docx and Google Docs) so
 * both fit one A4 portrait page. Single line spacing (Sarabun's own line height, 1.3 em, leaves room
 * for stacked marks); short gaps between the memo's parts instead of blank 16 pt lines.
 */
export const MEMO_LAYOUT = {
  /** 2 cm on every side. */
  marginPt: 56.7,
  /** The heading บันทึกข้อความ is set at about 29 pt. */
  headingPt: 29,
  headingSpaceAfterPt: 6,
  /** After each labelled line and each body paragraph. */
  spaceAfterPt: 3,
  /** Between the memo's parts (before เรียน, the signature and the approval block). */
  gapPt: 9,
  /** Thai official documents indent a paragraph's first line 2.5 cm. */
  firstLineIndentPt: 70.9,
  /** Multiple of the font's line height. */
  lineSpacing: 1,
} as const;

function digits(text: string, numerals: NumeralStyle): string {
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

function signatureLines(name: string | undefined, position: string | undefined): ReportParagraph[] {
  return [
    { text: `ลงชื่อ ${SIGN_DOTS}`, align: 'center' },
    { text: `(${name?.trim() || SIGN_DOTS})`, align: 'center' },
    { text: `ตำแหน่ง ${position?.trim() || SIGN_DOTS}`, align: 'center' },
  ];
}

/** `link` is where the report will be read (a Doc or the website); `date` is the memo's date. */
export function buildMemo(settings: ReportSettings, memo: MemoSettings, link: string, date: Date): MemoModel {
  const numerals = settings.numerals;
  const edition = editionOf(settings);
  const named = editionDocumentName(edition, numerals);
  const fy = formatNumber(settings.fiscalYear, numerals);
  const agency = settings.agency.trim();
  const where = settings.websitePath?.trim() ? ` ที่เมนู ${settings.websitePath.trim()}` : '';
  const subject = `ขออนุญาตเผยแพร่${named} ประจำปีงบประมาณ พ.ศ.${fy} บนเว็บไซต์ของหน่วยงาน`;
  return {
    documentTitle: `บันทึกข้อความ ${subject}`,
    heading: 'บันทึกข้อความ',
    department: { label: 'ส่วนราชการ', value: memo.department?.trim() || agency || DOTS },
    number: { label: 'ที่', value: digits(memo.number?.trim() || DOTS, numerals) },
    date: { label: 'วันที่', value: formatThaiDate(date, numerals) },
    subject: { label: 'เรื่อง', value: subject },
    to: { label: 'เรียน', value: memo.to?.trim() || DOTS },
    body: [
      {
        text: `ด้วย${agency ? ` ${agency}` : 'หน่วยงาน'} ได้จัดทำ${named} ประจำปีงบประมาณ พ.ศ.${fy} ` +
          'เพื่อเผยแพร่ต่อสาธารณะตามเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)',
        align: 'justify',
      },
      // Not justified: a link cannot break, so the line before it would be stretched letter by letter.
      { text: `ในการนี้ จึงขออนุญาตนำรายงานดังกล่าวเผยแพร่บนเว็บไซต์ของหน่วยงาน${where} ตามลิงก์ ${link}`, align: 'left' },
      { text: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต', align: 'justify' },
    ],
    requester: signatureLines(settings.signerName, settings.signerPosition),
    approval: [
      { text: 'ความเห็นของผู้บังคับบัญชา', bold: true, align: 'left' },
      // Sarabun has no ballot box (☐ would come from another font): the choices are marked in brackets, as typed memos do.
      { text: `${CHOICE} อนุญาต      ${CHOICE} ไม่อนุญาต`, align: 'left' },
      ...signatureLines(memo.approverName, memo.approverPosition),
      { text: `วันที่ ${SIGN_DOTS}`, align: 'center' },
    ],
    numerals,
    font: MEMO_FONT,
    page: { size: 'A4', orientation: 'portrait' },
  };
}
