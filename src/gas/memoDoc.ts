/**
 * "สร้างบันทึกขออนุญาตเผยแพร่": the approval memo as a one-page Google Doc (A4 portrait), from the
 * settings and the link of the edition being published. The core builds the memo (src/core/memo.ts);
 * this only lays it out: the heading, the labelled lines, the body with the official first-line
 * indent, the requester's signature on the right half and the approval block below it.
 */
import { MEMO_LAYOUT, buildMemo, editionOf, type MemoField, type MemoModel, type ReportParagraph } from '../core';
import { A4 } from './docRender';
import { readSettings } from './settings';
import { docUrlOf, readEditionState } from './editionState';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Printed in place of the link when the edition has not been published yet. */
export const UNPUBLISHED_LINK = '(ลิงก์ของรายงานจะได้หลังเผยแพร่ฉบับนี้)';

export interface MemoResult {
  docUrl: string;
  /** False when the report was not published yet (the memo then says so instead of a link). */
  linked: boolean;
  message: string;
}

/**
 * Every attribute of a memo paragraph: the memo's font, single line spacing and no spacing of
 * Google's own (a new Doc's normal text has 1.15 lines), as the .docx memo (src/node/memoDocx.ts).
 */
function memoStyle(p: ReportParagraph, memo: MemoModel, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const align = { left: DocumentApp.HorizontalAlignment.LEFT, center: DocumentApp.HorizontalAlignment.CENTER, right: DocumentApp.HorizontalAlignment.RIGHT, justify: DocumentApp.HorizontalAlignment.JUSTIFY };
  return {
    [String(A.FONT_FAMILY)]: memo.font.family,
    [String(A.FONT_SIZE)]: memo.font.sizePt,
    [String(A.BOLD)]: Boolean(p.bold),
    [String(A.HORIZONTAL_ALIGNMENT)]: align[p.align ?? 'left'],
    [String(A.LINE_SPACING)]: MEMO_LAYOUT.lineSpacing,
    [String(A.SPACING_BEFORE)]: 0,
    [String(A.SPACING_AFTER)]: MEMO_LAYOUT.spaceAfterPt,
    ...extra,
  };
}

function append(body: Body, p: ReportParagraph, memo: MemoModel, extra: Record<string, unknown> = {}): Paragraph {
  return body.appendParagraph(p.text).setAttributes(memoStyle(p, memo, extra));
}

/**
 * Two borderless columns of paragraphs: `left` (may be empty) beside `right` (the signature,
 * centred in the right half), as the .docx memo's signature block, `spaceBefore` above both.
 */
function sideBySide(body: Body, memo: MemoModel, left: ReportParagraph[], right: ReportParagraph[], spaceBefore: number): void {
  const A = DocumentApp.Attribute;
  const half = (A4.width - 2 * MEMO_LAYOUT.marginPt) / 2;
  const table = body.appendTable([[left[0]?.text ?? '', right[0]?.text ?? '']]);
  table.setBorderWidth(0);
  table.setColumnWidth(0, half).setColumnWidth(1, half);
  // An empty column still holds one (empty) paragraph: it gets the memo's style too.
  [left.length ? left : [{ text: '' }], right].forEach((paragraphs, column) => {
    const cell = table.getCell(0, column);
    paragraphs.slice(1).forEach((p) => cell.appendParagraph(p.text));
    paragraphs.forEach((p, i) => {
      const extra = { [String(A.SPACING_AFTER)]: 0, [String(A.SPACING_BEFORE)]: i === 0 ? spaceBefore : 0 };
      cell.getChild(i).asParagraph().setAttributes(memoStyle({ ...p, align: p.align ?? (column === 1 ? 'center' : 'left') }, memo, extra));
    });
  });
}

export function renderMemo(body: Body, memo: MemoModel): void {
  const margin = MEMO_LAYOUT.marginPt;
  body.setPageWidth(A4.width).setPageHeight(A4.height)
    .setMarginTop(margin).setMarginBottom(margin).setMarginLeft(margin).setMarginRight(margin);
  const A = DocumentApp.Attribute;
  // The gaps between the memo's parts are space before a paragraph, not blank 16 pt lines.
  const gap = { [String(A.SPACING_BEFORE)]: MEMO_LAYOUT.gapPt };
  append(body, { text: memo.heading, bold: true, align: 'center' }, memo, {
    [String(A.FONT_SIZE)]: MEMO_LAYOUT.headingPt, [String(A.SPACING_AFTER)]: MEMO_LAYOUT.headingSpaceAfterPt,
  });
  appendFields(body, memo, [memo.department]);
  appendFields(body, memo, [memo.number, memo.date]);
  appendFields(body, memo, [memo.subject]);
  appendFields(body, memo, [memo.to], gap);
  for (const p of memo.body) append(body, p, memo, { [String(A.INDENT_FIRST_LINE)]: MEMO_LAYOUT.firstLineIndentPt });
  sideBySide(body, memo, [], memo.requester, MEMO_LAYOUT.gapPt);
  // The approval heading and its choices beside the approver's signature: the memo stays one page.
  sideBySide(body, memo, memo.approval.slice(0, 2), memo.approval.slice(2), MEMO_LAYOUT.gapPt);
  // appendTable leaves an empty paragraph after each table (a Doc cannot end with a table): the
  // one between the two blocks goes, the last one (which cannot) is made as small as it can be.
  trimAfterTables(body);
  // A new document starts with one empty paragraph: drop it so the heading is first.
  body.getChild(0).removeFromParent();
}

/** A line of `label value` fields, the labels bold as in the .docx memo. */
function appendFields(body: Body, memo: MemoModel, fields: MemoField[], extra: Record<string, unknown> = {}): void {
  const SEPARATOR = '     ';
  const paragraph = append(body, { text: fields.map((f) => `${f.label} ${f.value}`).join(SEPARATOR) }, memo, extra);
  const text = paragraph.editAsText();
  let at = 0;
  for (const field of fields) {
    text.setBold(at, at + field.label.length - 1, true);
    at += field.label.length + 1 + field.value.length + SEPARATOR.length;
  }
}

/** Removes the empty paragraph after each table but the last element, and shrinks that one. */
function trimAfterTables(body: Body): void {
  const T = DocumentApp.ElementType;
  const A = DocumentApp.Attribute;
  for (let i = body.getNumChildren() - 2; i > 0; i--) {
    const el = body.getChild(i);
    if (el.getType() === T.PARAGRAPH && body.getChild(i - 1).getType() === T.TABLE && el.asParagraph().getText() === '') el.asParagraph().removeFromParent();
  }
  const last = body.getChild(body.getNumChildren() - 1).asParagraph();
  last.setAttributes({ [String(A.FONT_SIZE)]: 1, [String(A.LINE_SPACING)]: 1, [String(A.SPACING_BEFORE)]: 0, [String(A.SPACING_AFTER)]: 0 });
}

export function createMemoDoc(ss: Spreadsheet, now = new Date()): MemoResult {
  const settings = readSettings(ss);
  const report = settings.report;
  const state = readEditionState(PropertiesService.getDocumentProperties(), report.fiscalYear, editionOf(report));
  const link = state ? docUrlOf(state.docId) : UNPUBLISHED_LINK;
  const memo = buildMemo(report, settings.memo, link, now);
  const doc = DocumentApp.create(memo.documentTitle);
  renderMemo(doc.getBody(), memo);
  const docUrl = doc.getUrl();
  doc.saveAndClose();
  return {
    docUrl,
    linked: Boolean(state),
    message: state
      ? 'สร้างบันทึกข้อความขออนุญาตเผยแพร่แล้ว'
      : 'สร้างบันทึกข้อความแล้ว แต่ยังไม่ได้เผยแพร่รายงานฉบับนี้ จึงยังไม่มีลิงก์ในบันทึก เผยแพร่ก่อนแล้วสร้างบันทึกใหม่',
  };
}
