/**
 * The approval memo (บันทึกข้อความ) as a Word document: A4 portrait, 16 pt, the heading large and
 * centred, the labelled lines (ส่วนราชการ; ที่ and วันที่ side by side; เรื่อง; เรียน), the body with
 * the official first-line indent, the requester's signature and the approval block, on one page.
 */
import { AlignmentType, LineRuleType, Paragraph, TabStopType, type Table, TextRun } from 'docx';
import { MEMO_LAYOUT, type MemoField, type MemoModel } from '../core/memo';
import { PORTRAIT_TEXT_WIDTH, packDocument, paragraph, runs, signatureBlock, type RunStyle } from './docx';

/** Points to twentieths of a point. */
const twips = (pt: number) => Math.round(pt * 20);

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
    spacing: { after: twips(MEMO_LAYOUT.spaceAfterPt) },
  });
}

/** A short gap between the memo's parts: a blank 16 pt line each would push the approval block off the page. */
function gap(): Paragraph {
  return new Paragraph({ spacing: { line: twips(MEMO_LAYOUT.gapPt), lineRule: LineRuleType.EXACT, before: 0, after: 0 } });
}

export async function renderMemoDocx(memo: MemoModel, options: { now?: Date } = {}): Promise<Buffer> {
  const style: RunStyle = { font: memo.font.family, size: Math.round(memo.font.sizePt * 2) };
  const heading = new Paragraph({
    children: runs(memo.heading, { ...style, size: MEMO_LAYOUT.headingPt * 2 }, true),
    alignment: AlignmentType.CENTER,
    spacing: { after: twips(MEMO_LAYOUT.headingSpaceAfterPt) },
  });
  const children: (Paragraph | Table)[] = [
    heading,
    fieldLine([memo.department], style),
    fieldLine([memo.number, memo.date], style),
    fieldLine([memo.subject], style),
    gap(),
    fieldLine([memo.to], style),
    ...memo.body.map((p) => paragraph(p, style, { firstLineIndent: twips(MEMO_LAYOUT.firstLineIndentPt), spaceAfter: twips(MEMO_LAYOUT.spaceAfterPt) })),
    gap(),
    signatureBlock(memo.requester, style, PORTRAIT_TEXT_WIDTH),
    gap(),
    // The approval heading and its choices beside the approver's signature: the memo stays one page.
    signatureBlock(memo.approval.slice(2), style, PORTRAIT_TEXT_WIDTH, memo.approval.slice(0, 2)),
  ];
  // Single spacing, as official memos are set: Sarabun's own line height (1.3 em) leaves room for
  // stacked marks, and at 1.15 a memo with a long agency name or link ran onto a second page.
  return packDocument(children, { title: memo.documentTitle, font: memo.font, orientation: 'portrait', lineSpacing: Math.round(MEMO_LAYOUT.lineSpacing * 240), now: options.now });
}
