/**
 * The approval memo (บันทึกข้อความ) as a Word document: A4 portrait, 16 pt, the heading large and
 * centred, the labelled lines (ส่วนราชการ; ที่ and วันที่ side by side; เรื่อง; เรียน), the body with
 * the official first-line indent, the requester's signature and the approval block.
 */
import { AlignmentType, LineRuleType, Paragraph, TabStopType, type Table, TextRun } from 'docx';
import type { MemoField, MemoModel } from '../core/memo';
import { FIRST_LINE_INDENT, PORTRAIT_TEXT_WIDTH, packDocument, paragraph, runs, signatureBlock, type RunStyle } from './docx';

/** The heading of a บันทึกข้อความ is set at about 29 pt. */
const HEADING_PT = 29;

/** `label value` lines; two fields share a line with the second at the middle of the page. */
function fieldLine(fields: MemoField[], style: RunStyle): Paragraph {
  const children: TextRun[] = [];
  fields.forEach((field, i) => {
    if (i > 0) children.push(new TextRun({ text: '\t' }));
    children.push(...runs(`${field.label} `, style, true), ...runs(field.value, style, false));
  });
  return new Paragraph({
    children,
    tabStops: [{ type: TabStopType.LEFT, position: Math.round(PORTRAIT_TEXT_WIDTH / 2) }],
    spacing: { line: 276, lineRule: LineRuleType.AUTO, after: 60 },
  });
}

export async function renderMemoDocx(memo: MemoModel, options: { now?: Date } = {}): Promise<Buffer> {
  const style: RunStyle = { font: memo.font.family, size: Math.round(memo.font.sizePt * 2) };
  const heading = new Paragraph({
    children: runs(memo.heading, { ...style, size: HEADING_PT * 2 }, true),
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
  });
  const children: (Paragraph | Table)[] = [
    heading,
    fieldLine([memo.department], style),
    fieldLine([memo.number, memo.date], style),
    fieldLine([memo.subject], style),
    paragraph({ text: '' }, style),
    fieldLine([memo.to], style),
    ...memo.body.map((p) => paragraph(p, style, { firstLineIndent: FIRST_LINE_INDENT, spaceAfter: 120 })),
    paragraph({ text: '' }, style),
    signatureBlock(memo.requester, style, PORTRAIT_TEXT_WIDTH),
    paragraph({ text: '' }, style),
    ...memo.approval.slice(0, 2).map((p) => paragraph(p, style)),
    signatureBlock(memo.approval.slice(2), style, PORTRAIT_TEXT_WIDTH),
  ];
  return packDocument(children, { title: memo.documentTitle, font: memo.font, orientation: 'portrait', now: options.now });
}
