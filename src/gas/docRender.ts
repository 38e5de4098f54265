/**
 * Lays the core's ReportModel out in a Google Doc body. The call count does not grow with the
 * number of measures: the table is built from a string array in one call (Google's advice for big
 * tables) and the table's font is set on its text as a whole.
 *
 * Each item (step, result) must be its own paragraph, but DocumentApp turns a '\n' in a paragraph's
 * text into a soft line break ('\r'; Apps Script reference, class Paragraph). So the table holds
 * only each cell's FIRST item; the rest are added afterwards, either by one Docs API batchUpdate of
 * insertText requests (a '\n' inserted through the API does start a new paragraph) built by
 * insertItemRequests, or, without the API, by appendRestItems (one DocumentApp call per item).
 */
import type { ReportModel, ReportParagraph } from '../core';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type DocsElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type DocsRequest = GoogleAppsScript.Docs.Schema.Request;

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

/** The items of a cell after its first one, which the table does not hold yet. Rows count the header (row 0). */
export interface CellRest {
  row: number;
  column: number;
  texts: string[];
}

export function restItems(model: ReportModel): CellRest[] {
  const out: CellRest[] = [];
  model.rows.forEach((row, r) =>
    row.cells.forEach((items, column) => {
      if (items.length > 1) out.push({ row: r + 1, column, texts: items.slice(1).map((p) => p.text) });
    }));
  return out;
}

/** The table: header row + one row per measure, each cell holding only its first item (see the module comment). */
function appendMeasureTable(body: Body, model: ReportModel): Table {
  const cells: string[][] = [
    [...model.tableHeader],
    ...model.rows.map((row) => row.cells.map((items) => items[0]?.text ?? '')),
  ];
  const table = body.appendTable(cells);
  setTableFont(table, model);
  const { width } = pageSize(model);
  const usable = width - MARGINS.left - MARGINS.right;
  model.columnWidths.forEach((fraction, i) => table.setColumnWidth(i, Math.round(usable * fraction)));
  const header = table.getRow(0);
  header.editAsText().setBold(true);
  // Centred over its column, as in the .docx.
  for (let i = 0; i < model.tableHeader.length; i++) {
    const cell = header.getCell(i).setBackgroundColor(HEADER_FILL);
    cell.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  }
  return table;
}

/** The table's own size (12 pt from eight columns on, as in the .docx), not the body text's. */
function setTableFont(table: Table, model: ReportModel): void {
  table.editAsText().setFontFamily(model.font.family).setFontSize(model.tableFontPt);
}

/**
 * Fallback without the Docs API: appends each further item as a paragraph of its cell (one call per
 * item plus one per cell), then sets the table font again so the new paragraphs get it too.
 */
export function appendRestItems(table: Table, model: ReportModel): void {
  const rests = restItems(model);
  // A batchUpdate that reported an error may still have been applied on Google's side: if the first
  // cell that needs more items already has them, adding them again would duplicate every item.
  if (rests.length > 0 && table.getCell(rests[0].row, rests[0].column).getNumChildren() > 1) return;
  for (const rest of rests) {
    const cell = table.getCell(rest.row, rest.column);
    for (const text of rest.texts) cell.appendParagraph(text);
  }
  setTableFont(table, model);
}

/** The measures table among a Docs API document's body content: the table with one row per measure plus the header. */
export function findMeasureTable(content: DocsElement[], model: ReportModel): DocsElement | undefined {
  return content.find((c) => c.table?.tableRows?.length === model.rows.length + 1);
}

/**
 * insertText requests giving every further item its own paragraph: '\n' + the rest, inserted at the
 * end of the cell's first paragraph (just before its newline, endIndex - 1). In the Docs API an
 * inserted newline starts a new paragraph, and inserted text takes the style of the text before it
 * (the table font). Sorted by DESCENDING index: each insert then leaves the indexes of the requests
 * still to come (all before it) unchanged. Needs tableRows/tableCells/content indexes in `table`.
 */
export function insertItemRequests(table: DocsElement, model: ReportModel): DocsRequest[] {
  const rows = table.table?.tableRows ?? [];
  const inserts = restItems(model).map(({ row, column, texts }) => {
    const first = rows[row]?.tableCells?.[column]?.content?.[0];
    if (first?.endIndex === undefined) throw new Error(`Docs API: no paragraph in table row ${row}, column ${column}`);
    return { index: first.endIndex - 1, text: `\n${texts.join('\n')}` };
  });
  inserts.sort((a, b) => b.index - a.index);
  return inserts.map(({ index, text }) => ({ insertText: { location: { index }, text } }));
}

/**
 * Renders the whole report into an (empty) body: title block, introduction, table, signature.
 * Returns the table, whose cells still hold only their first item (see the module comment).
 */
export function renderReport(body: Body, model: ReportModel): Table {
  setPage(body, model);
  const A = DocumentApp.Attribute;
  for (const line of model.titleLines) appendStyled(body, line, model);
  appendStyled(body, { text: '' }, model);
  for (const p of model.introduction) appendStyled(body, p, model, { [String(A.INDENT_FIRST_LINE)]: 36 });
  const table = appendMeasureTable(body, model);
  // appendTable also appends an empty, unstyled paragraph ("documents cannot end with a table"):
  // that paragraph is the space before the signature, styled like the rest, not a second blank.
  spacerAfter(body, table).setAttributes(paragraphStyle({ text: '' }, model));
  // The signature block sits on the right half, centred, as Thai official letters do.
  const indent = Math.round((pageSize(model).width - MARGINS.left - MARGINS.right) / 2);
  for (const p of model.signature) appendStyled(body, p, model, { [String(A.INDENT_START)]: indent });
  appendLinkPage(body, model);
  // A new document starts with one empty paragraph: drop it so the title is first.
  body.getChild(0).removeFromParent();
  return table;
}

/** A printed QR code stays easy to scan at about 4 cm: 150 px. */
const QR_WIDTH_PX = 150;

/**
 * The report's link on a page of its own, when the settings ask: a caption, the link (clickable)
 * and its QR code, so a reader of the printed report finds the published one.
 */
function appendLinkPage(body: Body, model: ReportModel): void {
  const block = model.linkBlock;
  if (!block) return;
  const A = DocumentApp.Attribute;
  body.appendPageBreak();
  appendStyled(body, { text: block.caption, bold: true, align: 'center' }, model);
  appendStyled(body, { text: block.url, align: 'center' }, model, { [String(A.LINK_URL)]: block.url });
  // Apps Script bytes are Java bytes (-128..127); the GIF's are 0..255.
  const bytes = block.qr.gif.map((b) => (b > 127 ? b - 256 : b));
  const image = body.appendImage(Utilities.newBlob(bytes, 'image/gif', 'qr.gif'));
  image.setWidth(QR_WIDTH_PX).setHeight(QR_WIDTH_PX);
  image.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
}

/** The empty paragraph appendTable put after `table` (one is appended if a DocumentApp ever does not). */
function spacerAfter(body: Body, table: Table): Paragraph {
  const next = body.getChildIndex(table) + 1;
  if (next < body.getNumChildren()) {
    const el = body.getChild(next);
    if (el.getType() === DocumentApp.ElementType.PARAGRAPH) return el.asParagraph();
  }
  return body.appendParagraph('');
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

/**
 * Clears a body and fills it with exactly the given elements (page size and margins set again), so
 * a republish or a restore gives the same document as the first publish. Google adds paragraphs of
 * its own: clear() leaves one empty paragraph, and appendTable appends one after the table. Those
 * are removed once something follows them (a body's last paragraph cannot be removed).
 */
export function fillBody(body: Body, elements: Detached[], model: ReportModel | null): void {
  body.clear();
  const added: GoogleAppsScript.Document.Element[] = [body.getChild(0)];
  for (const d of elements) {
    if (d.kind === 'paragraph') body.appendParagraph(d.element);
    else if (d.kind === 'listItem') body.appendListItem(d.element);
    else {
      const table = body.appendTable(d.element);
      const next = body.getChildIndex(table) + 1;
      if (next < body.getNumChildren()) added.push(body.getChild(next));
    }
  }
  const last = body.getNumChildren() - 1;
  for (const el of added) if (body.getChildIndex(el) !== last) el.asParagraph().removeFromParent();
  if (model) setPage(body, model);
}
