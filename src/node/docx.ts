/**
 * The report as a Word document (docx 9), laid out like the reports agencies post: A4 landscape,
 * title block, introduction, the four-column measures table and the signature block.
 * Only lays out the ReportModel; every word and digit comes from the model as it is.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  PageBreak,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportLinkBlock, ReportModel, ReportParagraph } from '../core/types';
import { dropXmlForbidden } from '../core/xmlChars';

/** A4 in twentieths of a point (portrait numbers; docx swaps them for landscape). */
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
/** 2 cm. */
const MARGIN = 1134;
/** Usable width of a landscape A4 page between the margins. */
const TEXT_WIDTH = A4_HEIGHT - 2 * MARGIN;
/** Usable width of a portrait A4 page between the margins. */
export const PORTRAIT_TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
/** Thai official documents indent paragraphs 2.5 cm. */
const FIRST_LINE_INDENT = 1418;
/** Thai fonts sit tight vertically (stacked vowels and tone marks): 1.15 lines. */
const LINE_SPACING = 276;
const HEADER_FILL = 'D9D9D9';
const CELL_MARGINS = { top: 57, bottom: 57, left: 108, right: 108 };
const THAI = 'th-TH';
const LATIN = 'en-US';

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export interface RunStyle {
  font: string;
  /** Half-points. */
  size: number;
}

export function runs(text: string, style: RunStyle, bold: boolean): TextRun[] {
  // A line break inside a paragraph's text stays a line break (not a new paragraph). Characters XML
  // 1.0 forbids would make Word refuse the file; the check names the cells that held them.
  return dropXmlForbidden(text).split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: bold || undefined,
        boldComplexScript: bold || undefined,
        // Thai is a complex script: Word uses the `cs` font and `szCs` size for it, not ascii/sz.
        font: { ascii: style.font, hAnsi: style.font, cs: style.font, eastAsia: style.font },
        size: style.size,
        sizeComplexScript: style.size,
      }),
  );
}

export function paragraph(
  p: ReportParagraph,
  style: RunStyle,
  extra: { firstLineIndent?: number; spaceAfter?: number; bold?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: runs(p.text, style, Boolean(p.bold || extra.bold)),
    alignment: p.align ? ALIGNMENTS[p.align] : undefined,
    indent: extra.firstLineIndent ? { firstLine: extra.firstLineIndent } : undefined,
    // Line spacing comes from the document's default (packDocument).
    spacing: { after: extra.spaceAfter ?? 0 },
  });
}

/** Column widths in twips from the model's fractions, summing exactly to the text width. */
export function columnTwips(fractions: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0) || 1;
  const widths = fractions.map((f) => Math.floor((f / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(children: Paragraph[], width: number, header: boolean): TableCell {
  return new TableCell({
    // Word cannot open a cell without a paragraph.
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
  });
}

function measuresTable(model: ReportModel, textStyle: RunStyle): Table {
  const style: RunStyle = { ...textStyle, size: Math.round(model.tableFontPt * 2) };
  const widths = columnTwips(model.columnWidths);
  const headerRow = new TableRow({
    // Repeats on every page the table runs onto.
    tableHeader: true,
    children: model.tableHeader.map((text, c) =>
      cell([paragraph({ text, align: 'center' }, style, { bold: true })], widths[c], true),
    ),
  });
  // No cantSplit: a measure's row is often longer than a page and must break across pages.
  const bodyRows = model.rows.map(
    (row) =>
      new TableRow({
        children: row.cells.map((paragraphs, c) =>
          cell(
            paragraphs.map((p) => paragraph(p, style)),
            widths[c],
            false,
          ),
        ),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    rows: [headerRow, ...bodyRows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

/**
 * Signature lines centred on the right half of the page: a borderless two-column table. `left`
 * goes beside them (the memo's approval heading and choices), so the block takes no more lines.
 */
export function signatureBlock(lines: ReportParagraph[], style: RunStyle, textWidth: number = TEXT_WIDTH, left: ReportParagraph[] = []): Table {
  const half = columnTwips([0.5, 0.5], textWidth);
  return new Table({
    rows: [
      new TableRow({
        // The few signature lines stay together on one page.
        cantSplit: true,
        children: [
          cell(left.map((p) => paragraph(p, style)), half[0], false),
          cell(
            lines.map((p) => paragraph({ ...p, align: p.align ?? 'center' }, style)),
            half[1],
            false,
          ),
        ],
      }),
    ],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: half,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

function escapeXml(text: string): string {
  return dropXmlForbidden(text).replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * docx writes no `dc:language`; this core.xml replaces its own so the file says it is Thai
 * (search engines and screen readers on agency websites read it).
 */
function coreProperties(title: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    '<dc:creator>ita-sheets</dc:creator>' +
    '<cp:lastModifiedBy>ita-sheets</cp:lastModifiedBy>' +
    `<dc:language>${THAI}</dc:language>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The link on the last page: a page break, a caption, the link as text and its QR code. */
function linkPage(block: ReportLinkBlock, style: RunStyle): Paragraph[] {
  // docx sizes images in CSS pixels (96 per inch): one of them per pixel of the GIF prints the code
  // about 4 cm wide, easy to scan from paper.
  const size = block.qr.sizePx;
  return [
    new Paragraph({ children: [new PageBreak()] }),
    paragraph({ text: block.caption, align: 'center', bold: true }, style),
    paragraph({ text: block.url, align: 'center' }, style),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'gif', data: Uint8Array.from(block.qr.gif), transformation: { width: size, height: size } })],
    }),
  ];
}

export interface PageSetup {
  title: string;
  font: { family: string; sizePt: number };
  orientation: 'portrait' | 'landscape';
  /** Line spacing in 240ths of a line (default 1.15 lines). */
  lineSpacing?: number;
  now?: Date;
}

/** A Thai document: the font for every script, Thai as the document language, A4 with 2 cm margins. */
export async function packDocument(children: (Paragraph | Table)[], setup: PageSetup): Promise<Buffer> {
  const style: RunStyle = { font: setup.font.family, size: Math.round(setup.font.sizePt * 2) };
  const document = new Document({
    title: dropXmlForbidden(setup.title),
    creator: 'ita-sheets',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: style.font, hAnsi: style.font, cs: style.font, eastAsia: style.font },
            size: style.size,
            sizeComplexScript: style.size,
            // Thai is written as a complex script; `bidirectional` is Word's complex-script language slot.
            // Latin text (ITA, links) is English: marked Thai, LibreOffice breaks "ITA" as "I|TA".
            language: { value: LATIN, eastAsia: THAI, bidirectional: THAI },
          },
          paragraph: { spacing: { line: setup.lineSpacing ?? LINE_SPACING, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4_WIDTH,
              height: A4_HEIGHT,
              orientation: setup.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(setup.title, setup.now ?? new Date()) },
  ]);
}

/** Renders the report model as a .docx file's bytes. */
export async function renderDocx(model: ReportModel, options: { now?: Date } = {}): Promise<Buffer> {
  const style: RunStyle = { font: model.font.family, size: Math.round(model.font.sizePt * 2) };
  const gap = { text: '' };
  const children = [
    ...model.titleLines.map((p) => paragraph({ ...p, align: p.align ?? 'center' }, style)),
    paragraph(gap, style),
    ...model.introduction.map((p) =>
      paragraph({ ...p, align: p.align ?? 'justify' }, style, { firstLineIndent: FIRST_LINE_INDENT, spaceAfter: 120 }),
    ),
    measuresTable(model, style),
    paragraph(gap, style),
    signatureBlock(model.signature, style),
    ...(model.linkBlock ? linkPage(model.linkBlock, style) : []),
  ];
  return packDocument(children, { title: model.documentTitle, font: model.font, orientation: 'landscape', now: options.now });
}
