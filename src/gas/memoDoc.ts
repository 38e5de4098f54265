/**
 * "สร้างบันทึกขออนุญาตเผยแพร่": the approval memo as a one-page Google Doc (A4 portrait), from the
 * settings and the link of the edition being published. The core builds the memo (src/core/memo.ts);
 * this only lays it out: the heading, the labelled lines, the body with the official first-line
 * indent, the requester's signature on the right half and the approval block below it.
 */
import { buildMemo, type MemoModel, type ReportParagraph } from '../core';
import { A4, MARGINS } from './docRender';
import { readSettings } from './settings';
import { docUrlOf, readEditionState } from './editionState';

type Body = GoogleAppsScript.Document.Body;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Printed in place of the link when the edition has not been published yet. */
export const UNPUBLISHED_LINK = '(ลิงก์ของรายงานจะได้หลังเผยแพร่ฉบับนี้)';
const HEADING_PT = 29;

export interface MemoResult {
  docUrl: string;
  /** False when the report was not published yet (the memo then says so instead of a link). */
  linked: boolean;
  message: string;
}

function append(body: Body, p: ReportParagraph, memo: MemoModel, extra: Record<string, unknown> = {}): void {
  const A = DocumentApp.Attribute;
  const align = { left: DocumentApp.HorizontalAlignment.LEFT, center: DocumentApp.HorizontalAlignment.CENTER, right: DocumentApp.HorizontalAlignment.RIGHT, justify: DocumentApp.HorizontalAlignment.JUSTIFY };
  body.appendParagraph(p.text).setAttributes({
    [String(A.FONT_FAMILY)]: memo.font.family,
    [String(A.FONT_SIZE)]: memo.font.sizePt,
    [String(A.BOLD)]: Boolean(p.bold),
    [String(A.HORIZONTAL_ALIGNMENT)]: align[p.align ?? 'left'],
    ...extra,
  });
}

export function renderMemo(body: Body, memo: MemoModel): void {
  body.setPageWidth(A4.width).setPageHeight(A4.height)
    .setMarginTop(MARGINS.top).setMarginBottom(MARGINS.bottom).setMarginLeft(MARGINS.left).setMarginRight(MARGINS.right);
  const A = DocumentApp.Attribute;
  const half = Math.round((A4.width - MARGINS.left - MARGINS.right) / 2);
  append(body, { text: memo.heading, bold: true, align: 'center' }, memo, { [String(A.FONT_SIZE)]: HEADING_PT });
  const line = (...fields: { label: string; value: string }[]) => fields.map((f) => `${f.label} ${f.value}`).join('     ');
  append(body, { text: line(memo.department) }, memo);
  append(body, { text: line(memo.number, memo.date) }, memo);
  append(body, { text: line(memo.subject) }, memo);
  append(body, { text: '' }, memo);
  append(body, { text: line(memo.to) }, memo);
  for (const p of memo.body) append(body, p, memo, { [String(A.INDENT_FIRST_LINE)]: 72 });
  append(body, { text: '' }, memo);
  for (const p of memo.requester) append(body, p, memo, { [String(A.INDENT_START)]: half });
  append(body, { text: '' }, memo);
  for (const p of memo.approval) append(body, p, memo, p.align === 'center' ? { [String(A.INDENT_START)]: half } : {});
  // A new document starts with one empty paragraph: drop it so the heading is first.
  body.getChild(0).removeFromParent();
}

export function createMemoDoc(ss: Spreadsheet, now = new Date()): MemoResult {
  const settings = readSettings(ss);
  const report = settings.report;
  const state = readEditionState(PropertiesService.getDocumentProperties(), report.fiscalYear, report.edition ?? 'annual');
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
