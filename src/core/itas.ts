/**
 * The answer a coordinator pastes into the ITA system (ITAS) for the report: "มี", the link, and a
 * description naming the document, its edition, fiscal year, publish date (B.E.) and where it sits
 * on the agency's website.
 */
import type { ReportSettings } from './types';
import { editionDocumentName, editionOf } from './edition';
import { formatThaiDate } from './dates';
import { formatNumber } from './text';

export interface ItasAnswer {
  answer: 'มี';
  url: string;
  description: string;
  /** The three together, one per line, ready to paste. */
  text: string;
}

export function itasAnswer(settings: ReportSettings, url: string, publishedAt: Date, timeZone?: string): ItasAnswer {
  const numerals = settings.numerals;
  const edition = editionOf(settings);
  const where = settings.websitePath?.trim()
    ? `บนเว็บไซต์ของหน่วยงาน เมนู ${settings.websitePath.trim()}`
    : 'บนเว็บไซต์ของหน่วยงาน (ระบุเมนูที่ “ตำแหน่งบนเว็บไซต์ (เมนู)” ในชีตตั้งค่า)';
  const description =
    `${editionDocumentName(edition, numerals)} ` +
    `ประจำปีงบประมาณ พ.ศ.${formatNumber(settings.fiscalYear, numerals)}${settings.agency ? ` ของ${settings.agency}` : ''} ` +
    `เผยแพร่เมื่อวันที่ ${formatThaiDate(publishedAt, numerals, { timeZone })} ${where}`;
  return { answer: 'มี', url, description, text: ['มี', url, description].join('\n') };
}
