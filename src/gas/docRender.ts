/**
 * Lays the core's ReportModel out in a Google Doc body. The call count does not grow with the
 * number of measures: the table is built from a string array in one call (Google's advice for big
 * tables), each cell's items separated by '\n' so every item is its own paragraph, and the table's
 * font is set on its text as a whole.
 */
import type { ReportModel, ReportParagraph } from '../core';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;

/** A4 in points; landscape swaps width and height. Margins 2 cm (left 2.5 cm for binding). */
export const A4 = { width: 595.28, height: 841.89 };
export const MARGINS = { top: 56.7, bottom: 56.7, left: 70.9, right: 56.7 };
export const HEADER_FILL = '#d9e2f3';

export function pageSize(model: ReportModel): { width: number; height: number } {
  return model.page.orientation === 'landscape' ? { width: A4.height, height: A4.width } : { ...A4 };
}

export function setPage(body: Body, model: ReportModel): void {
  const { width, height } = pageSize(model);
  body.setPageWidth(width).setPageHeight(height)
    .setMarginTop(MARGINS.top).setMarginBottom(MARGINS.bottom).setMarginLeft(MARGINS.left).setMarginRight(MARGINS.right);
}

const ALIGN: Record<NonNullable<ReportParagraph['align']>, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  left: () => DocumentApp.HorizontalAlignment.LEFT,
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
  justify: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

/** Every text attribute of a paragraph in one setAttributes call. */
function paragraphStyle(p: ReportParagraph, model: ReportModel, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const style: Record<string, unknown> = {
    [String(A.FONT_FAMILY)]: model.font.family,
    [String(A.FONT_SIZE)]: model.font.sizePt,
    [String(A.BOLD)]: Boolean(p.bold),
    [String(A.HORIZONTAL_ALIGNMENT)]: ALIGN[p.align ?? 'left'](),
    ...extra,
  };
  return style;
}

function appendStyled(body: Body, p: ReportParagraph, model: ReportModel, extra?: Record<string, unknown>): Paragraph {
  return body.appendParagraph(p.text).setAttributes(paragraphStyle(p, model, extra));
}

/** The table: header row + one row per measure; each item its own paragraph inside the cell. */
function appendMeasureTable(body: Body, model: ReportModel): Table {
  const cells: string[][] = [
    [...model.tableHeader],
    ...model.rows.map((row) => row.cells.map((paragraphs) => paragraphs.map((p) => p.text).join('\n'))),
  ];
  const table = body.appendTable(cells);
  table.editAsText().setFontFamily(model.font.family).setFontSize(model.font.sizePt);
  const { width } = pageSize(model);
  const usable = width - MARGINS.left - MARGINS.right;
  model.columnWidths.forEach((fraction, i) => table.setColumnWidth(i, Math.round(usable * fraction)));
  const header = table.getRow(0);
  header.editAsText().setBold(true);
  for (let i = 0; i < model.tableHeader.length; i++) header.getCell(i).setBackgroundColor(HEADER_FILL);
  return table;
}

/** Renders the whole report into an (empty) body: title block, introduction, table, signature. */
export function renderReport(body: Body, model: ReportModel): void {
  setPage(body, model);
  const A = DocumentApp.Attribute;
  for (const line of model.titleLines) appendStyled(body, line, model);
  appendStyled(body, { text: '' }, model);
  for (const p of model.introduction) appendStyled(body, p, model, { [String(A.INDENT_FIRST_LINE)]: 36 });
  appendMeasureTable(body, model);
  appendStyled(body, { text: '' }, model);
  // The signature block sits on the right half, centred, as Thai official letters do.
  const indent = Math.round((pageSize(model).width - MARGINS.left - MARGINS.right) / 2);
  for (const p of model.signature) appendStyled(body, p, model, { [String(A.INDENT_START)]: indent });
  // A new document starts with one empty paragraph: drop it so the title is first.
  body.getChild(0).removeFromParent();
}

/** A top-level element detached from its document, kept with its kind so it can be appended back. */
export type Detached =
  | { kind: 'paragraph'; element: Paragraph }
  | { kind: 'table'; element: Table }
  | { kind: 'listItem'; element: ListItem };

/** Detached deep copies of a body's top-level elements (4 calls each; a report has about 15). */
export function detachChildren(body: Body): Detached[] {
  const out: Detached[] = [];
  const T = DocumentApp.ElementType;
  const n = body.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === T.PARAGRAPH) out.push({ kind: 'paragraph', element: child.asParagraph().copy() });
    else if (type === T.TABLE) out.push({ kind: 'table', element: child.asTable().copy() });
    else if (type === T.LIST_ITEM) out.push({ kind: 'listItem', element: child.asListItem().copy() });
  }
  return out;
}

/** Clears a body and fills it with the given elements (page size and margins set again). */
export function fillBody(body: Body, elements: Detached[], model: ReportModel | null): void {
  body.clear();
  for (const d of elements) {
    if (d.kind === 'paragraph') body.appendParagraph(d.element);
    else if (d.kind === 'table') body.appendTable(d.element);
    else body.appendListItem(d.element);
  }
  // clear() leaves one empty paragraph in front of what was appended.
  if (body.getNumChildren() > elements.length) body.getChild(0).removeFromParent();
  if (model) setPage(body, model);
}
