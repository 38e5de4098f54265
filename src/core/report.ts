import type { CheckResult, Item, Measure, NumeralStyle, ReportModel, ReportParagraph, ReportSettings, SuggestionFill } from './types';
import { COLUMNS, MEASURE_HEADERS } from './headers';
import { formatNumber, toThaiDigits, isBlankCell } from './text';
import { formatThaiDate, parseIsoDay } from './dates';

export const REPORT_TITLE = 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน';
export const REPORT_FONT = { family: 'Sarabun', sizePt: 14 };

/** Digits as the report wants them: Thai throughout when the agency writes Thai numerals. */
function digits(text: string, numerals: NumeralStyle): string {
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

function defaultIntroduction(agency: string, fiscalYear: number, count: number, numerals: NumeralStyle): string[] {
  const fy = formatNumber(fiscalYear, numerals);
  const previous = formatNumber(fiscalYear - 1, numerals);
  return [
    `ตามที่ ${agency} ได้จัดทำรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ` +
      `ประจำปีงบประมาณ พ.ศ.${previous} และได้กำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ.${fy} จำนวน ${formatNumber(count, numerals)} มาตรการ`,
    'ในการนี้ จึงขอรายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน ดังนี้',
  ];
}

function itemParagraphs(items: Item[], numerals: NumeralStyle): ReportParagraph[] {
  return items.map((item) => ({ text: digits(item.marker ? `${item.marker} ${item.text}` : item.text, numerals) }));
}

function measureTitle(measure: Measure, numerals: NumeralStyle): string {
  const number = measure.number ?? measure.index;
  return digits(`${number}. ${measure.title}`, numerals);
}

/**
 * The report as a document model: title block, introduction, the four-column table (one
 * paragraph per item) and the signature block. Renderers (Google Docs, docx) only lay it out.
 */
export function buildReport(result: CheckResult, settings: ReportSettings, fills: SuggestionFill[] = []): ReportModel {
  const numerals = settings.numerals;
  const fy = formatNumber(settings.fiscalYear, numerals);
  const measures = result.table.measures;
  const introText = settings.introduction?.trim()
    ? settings.introduction.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)
    : result.table.preamble?.introduction.length
      ? result.table.preamble.introduction
      : defaultIntroduction(settings.agency, settings.fiscalYear, measures.length, numerals);
  const fillByMeasure = new Map(fills.map((f) => [f.measureIndex, f]));
  const suggestionOf = (m: Measure) => {
    const filled = fillByMeasure.get(m.index);
    return filled && isBlankCell(m.suggestion) ? filled.text : m.suggestion;
  };
  const date = settings.reportDate ? parseIsoDay(settings.reportDate) : null;
  const signature: ReportParagraph[] = [
    { text: 'ลงชื่อ ....................................................', align: 'center' },
    { text: `(${settings.signerName?.trim() || '....................................................'})`, align: 'center' },
  ];
  if (settings.signerPosition?.trim()) signature.push({ text: `ตำแหน่ง ${settings.signerPosition.trim()}`, align: 'center' });
  if (date) signature.push({ text: `วันที่ ${formatThaiDate(date, numerals)}`, align: 'center' });
  return {
    documentTitle: `${REPORT_TITLE} ประจำปีงบประมาณ พ.ศ.${fy}${settings.agency ? ` ${settings.agency}` : ''}`,
    titleLines: [
      { text: REPORT_TITLE, bold: true, align: 'center' },
      ...(settings.agency ? [{ text: settings.agency, bold: true, align: 'center' as const }] : []),
      { text: `ประจำปีงบประมาณ พ.ศ.${fy}`, bold: true, align: 'center' },
    ],
    introduction: introText.map((text) => ({ text: digits(text, numerals), align: 'justify' })),
    tableHeader: COLUMNS.map((c) => MEASURE_HEADERS[c]) as [string, string, string, string],
    rows: measures.map((m) => {
      const suggestion = suggestionOf(m);
      return {
        cells: [
          [{ text: measureTitle(m, numerals) }],
          itemParagraphs(m.steps, numerals),
          itemParagraphs(m.results, numerals),
          suggestion ? [{ text: digits(suggestion, numerals) }] : [],
        ],
      };
    }),
    signature,
    numerals,
    fiscalYear: settings.fiscalYear,
    columnWidths: [0.2, 0.3, 0.3, 0.2],
    font: REPORT_FONT,
    page: { size: 'A4', orientation: 'landscape' },
  };
}
