/**
 * DocumentApp and advanced Docs service fakes over one document model:
 *
 * - Body → Paragraph | Table → TableRow → TableCell → Paragraph, with attributes (font, size,
 *   bold, alignment, indents), page size and margins in points, column widths, cell colours.
 * - Google's rules the add-on depends on: a new document has one empty paragraph; `appendTable`
 *   "will also append an empty paragraph after the table, since Google Docs documents cannot end
 *   with a table" (https://developers.google.com/apps-script/reference/document/body#appendTable(String));
 *   the last paragraph of a body cannot be removed ("Can't remove the last paragraph in a document
 *   section"); appending an element that still has a parent fails; "a closed Document can't be
 *   edited. Use DocumentApp.openById() to reopen" (https://developers.google.com/apps-script/reference/document/document#saveAndClose()):
 *   the closed handle and the elements got through it stay closed, a reopened document gives new
 *   ones; PDF export and the Docs API see only what was saved.
 * - Per-user access (test/fakes/drive.ts): opening needs at least view access, editing needs edit
 *   access (Drive roles: https://developers.google.com/workspace/drive/api/guides/ref-roles).
 * - DocumentApp text never holds a new-line: "Paragraphs may not contain new-line characters.
 *   New-line characters ("\n") are converted to line-break characters ("\r")" (Apps Script
 *   reference, class Paragraph). So `appendParagraph('a\nb')`, `setText` and each cell of
 *   `appendTable(cells)` make ONE paragraph whose text holds '\r' (a soft line break).
 * - Docs API: `Documents.get` gives structural elements with startIndex/endIndex in UTF-16 units
 *   (section break 0–1, paragraph = text + newline; table = start, then per row 1, per cell 1 + its
 *   paragraphs, then end), with tableRows/tableCells/content and text runs (a line break shows as
 *   '\u000b', as the REST API returns it). `batchUpdate` applies requests in order, each seeing the
 *   document as the previous one left it, and all or none. `insertText` needs an index inside a
 *   paragraph (start ≤ index < end: not at a table start, not after a paragraph's newline); a '\n'
 *   in the inserted text starts a new paragraph keeping the paragraph's attributes (Docs API:
 *   "inserting a newline character will implicitly create a new Paragraph at that index").
 *   `pinTableHeaderRows` must point at a table start and pin fewer rows than the table has.
 */
import { CallLog, as } from './callLog';
import { DOC_MIME, DriveStore, pdfOf, type FileData } from './drive';

type Attrs = Record<string, unknown>;

export const Attribute = Object.fromEntries(
  ['BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HEADING',
    'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT',
    'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
    'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
    'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH'].map((k) => [k, k]),
) as Record<string, string>;
export const ElementType = Object.fromEntries(
  ['BODY_SECTION', 'PARAGRAPH', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'LIST_ITEM', 'TEXT', 'UNSUPPORTED'].map((k) => [k, k]),
) as Record<string, string>;
export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;


export interface ParagraphSnapshot {
  type: 'paragraph';
  text: string;
  attrs: Attrs;
  /** Set when the paragraph holds a page break (Body.appendPageBreak). */
  pageBreak?: true;
  /** Set when the paragraph holds an inline image (Body.appendImage). */
  image?: ImageData;
  /** Attributes set on part of the text (Text.setBold(start, endInclusive, bold) and the like). */
  ranges?: TextRange[];
}

/** Attributes over the characters start..endInclusive of a paragraph's text. */
export interface TextRange {
  start: number;
  endInclusive: number;
  attrs: Attrs;
}

/** An inline image: its blob's content type and bytes, and its size in pixels. */
export interface ImageData {
  contentType: string;
  bytes: number[];
  width: number;
  height: number;
}
export interface TableSnapshot {
  type: 'table';
  /** Table.setAttributes (BORDER_WIDTH, BORDER_COLOR). */
  attrs: Attrs;
  pinnedHeaderRows: number;
  columnWidths: (number | null)[];
  rows: { cells: { background: string | null; paragraphs: ParagraphSnapshot[] }[] }[];
}
export interface DocSnapshot {
  id: string;
  name: string;
  page: { width: number; height: number; marginTop: number; marginBottom: number; marginLeft: number; marginRight: number };
  content: (ParagraphSnapshot | TableSnapshot)[];
}

/** A document's state: the live body (DocumentApp) and what was last saved (PDF export, Docs API). */
export class DocData {
  closed = false;
  /** Whether the active user may edit this document (set from Drive's permissions). */
  canEdit: () => boolean = () => true;
  /** Keeps Drive's file name in step with the document's (they are one name in Google). */
  onRename: (name: string) => void = () => undefined;
  /** DocumentApp changes not yet saved. */
  dirty = false;
  saved: DocSnapshot;
  body: FakeBody;

  constructor(readonly log: CallLog, readonly id: string, public name: string) {
    this.body = new FakeBody(log, this);
    this.saved = this.snapshot();
  }
  /** Every edit goes through here: a closed document refuses, as Google does. */
  touch(): void {
    if (this.closed) throw new Error('Exception: Document is closed, its contents cannot be updated.');
    if (!this.canEdit()) throw new Error('Exception: Access denied: DocumentApp.');
    this.dirty = true;
  }
  /**
   * Reopening a closed document: the elements of the closed session stay closed (they now belong
   * to a closed stand-in), the new session gets fresh element objects over the same content.
   */
  reopen(): void {
    const old = this.body;
    const fresh = new FakeBody(this.log, this);
    fresh.children = old.children.map((el) => {
      const c = el.clone();
      c.parent = fresh;
      c.adopt(this);
      return c;
    });
    fresh.page = { ...old.page };
    fresh.attrs = { ...old.attrs };
    const closed = new DocData(this.log, `${this.id}-closed`, this.name);
    closed.closed = true;
    old.adopt(closed);
    this.body = fresh;
    this.closed = false;
  }
  save(): void {
    this.saved = this.snapshot();
    this.dirty = false;
  }
  snapshot(): DocSnapshot {
    const b = this.body;
    return {
      id: this.id,
      name: this.name,
      page: { width: b.page.width, height: b.page.height, marginTop: b.page.marginTop, marginBottom: b.page.marginBottom, marginLeft: b.page.marginLeft, marginRight: b.page.marginRight },
      content: b.children.map((c) => c.snapshot()),
    };
  }
}

/** An element by position, or Google's own error when there is none. */
function childAt<T>(element: T | undefined): T {
  if (!element) throw new Error('Exception: Child index out of bounds.');
  return element;
}

abstract class FakeElement {
  parent: FakeContainer | null = null;
  constructor(protected readonly log: CallLog, public doc: DocData | null) {}
  abstract readonly kind: string;
  protected rec(method: string): void {
    this.log.record(`${this.kind}.${method}`);
  }
  protected touch(): void {
    this.doc?.touch();
  }
  /** Attach (recursively) to a document. */
  adopt(doc: DocData | null): void {
    this.doc = doc;
  }
}

type FakeContainer = FakeBody | FakeTableCell;

export class FakeParagraph extends FakeElement implements Pick<GoogleAppsScript.Document.Paragraph,
  'getType' | 'getText' | 'setText' | 'setAttributes' | 'getAttributes' | 'setAlignment' | 'getAlignment' | 'editAsText' | 'copy' |
  'removeFromParent' | 'asParagraph'> {
  readonly kind: string = 'Paragraph';
  public text: string;
  constructor(log: CallLog, doc: DocData | null, text: string, public attrs: Attrs = {}) {
    super(log, doc);
    this.text = asLineBreaks(text);
  }
  private self(): GoogleAppsScript.Document.Paragraph {
    return as<GoogleAppsScript.Document.Paragraph>(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.rec('getType');
    return as<GoogleAppsScript.Document.ElementType>(ElementType.PARAGRAPH);
  }
  getText(): string {
    this.rec('getText');
    return this.text;
  }
  setText(text: string): GoogleAppsScript.Document.Paragraph {
    this.rec('setText');
    this.touch();
    this.text = asLineBreaks(text);
    return this.self();
  }
  setAttributes(attributes: any): GoogleAppsScript.Document.Paragraph {
    this.rec('setAttributes');
    this.touch();
    applyAttributes(this.attrs, attributes as Attrs);
    return this.self();
  }
  getAttributes(): any {
    this.rec('getAttributes');
    return { ...this.attrs };
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GoogleAppsScript.Document.Paragraph {
    this.rec('setAlignment');
    this.touch();
    this.attrs.HORIZONTAL_ALIGNMENT = String(alignment);
    return this.self();
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.rec('getAlignment');
    return as<GoogleAppsScript.Document.HorizontalAlignment>(this.attrs.HORIZONTAL_ALIGNMENT ?? null);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.rec('editAsText');
    return as<GoogleAppsScript.Document.Text>(new FakeText(this.log, () => [this]));
  }
  copy(): GoogleAppsScript.Document.Paragraph {
    this.rec('copy');
    return as<GoogleAppsScript.Document.Paragraph>(this.clone());
  }
  /** A page break or an inline image this paragraph holds (Paragraph.copy copies them with it). */
  pageBreak = false;
  image: ImageData | null = null;
  ranges: TextRange[] = [];
  clone(): FakeParagraph {
    const copy = new FakeParagraph(this.log, null, this.text, { ...this.attrs });
    copy.ranges = this.ranges.map((r) => ({ ...r, attrs: { ...r.attrs } }));
    copy.pageBreak = this.pageBreak;
    copy.image = this.image ? { ...this.image } : null;
    return copy;
  }
  removeFromParent(): GoogleAppsScript.Document.Paragraph {
    this.rec('removeFromParent');
    this.touch();
    const parent = this.parent;
    if (parent) {
      const siblings = parent.children as FakeElement[];
      // A section must end with a paragraph: its last one cannot go, even when others remain.
      if (parent instanceof FakeBody && siblings[siblings.length - 1] === this) {
        throw new Error("Exception: Can't remove the last paragraph in a document section.");
      }
      siblings.splice(siblings.indexOf(this), 1);
      this.parent = null;
      this.adopt(null);
    }
    return this.self();
  }
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    this.rec('asParagraph');
    return this.self();
  }
  snapshot(): ParagraphSnapshot {
    const snap: ParagraphSnapshot = { type: 'paragraph', text: this.text, attrs: { ...this.attrs } };
    if (this.ranges.length) snap.ranges = this.ranges.map((r) => ({ ...r, attrs: { ...r.attrs } }));
    if (this.pageBreak) snap.pageBreak = true;
    if (this.image) snap.image = { ...this.image };
    return snap;
  }
  /**
   * Docs API insertText at `offset`: every '\n' in `text` ends this paragraph and starts a new one
   * with the same attributes. Returns the new paragraphs, which the caller places after this one.
   */
  insertFromApi(offset: number, text: string): FakeParagraph[] {
    const parts = `${this.text.slice(0, offset)}${text}${this.text.slice(offset)}`.split('\n');
    this.text = parts[0];
    return parts.slice(1).map((t) => new FakeParagraph(this.log, this.doc, t, { ...this.attrs }));
  }
}

/** DocumentApp's rule: a new-line in a paragraph's text becomes a line break. */
function asLineBreaks(text: string): string {
  return text.replace(/\n/g, '\r');
}

export class FakeListItem extends FakeParagraph {
  override readonly kind = 'ListItem';
  override getType(): GoogleAppsScript.Document.ElementType {
    this.rec('getType');
    return as<GoogleAppsScript.Document.ElementType>(ElementType.LIST_ITEM);
  }
}

function applyAttributes(target: Attrs, attributes: Attrs): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (!(key in Attribute)) throw new Error(`Exception: Invalid argument: attribute ${key}`);
    if (value === null) delete target[key];
    else target[key] = typeof value === 'object' ? String(value) : value;
  }
}

/** editAsText(): text attributes over every paragraph of an element at once. */
export class FakeText implements Pick<GoogleAppsScript.Document.Text, 'getText' | 'setFontFamily' | 'setFontSize' | 'setBold'> {
  constructor(private readonly log: CallLog, private readonly paragraphs: () => FakeParagraph[]) {}
  private self(): GoogleAppsScript.Document.Text {
    return as<GoogleAppsScript.Document.Text>(this);
  }
  private set(method: string, key: string, args: unknown[]): GoogleAppsScript.Document.Text {
    this.log.record(`Text.${method}`);
    if (args.length === 3) return this.setRange(key, args as [number, number, unknown]);
    if (args.length !== 1) throw new Error('fake: only whole-text styling is modelled');
    for (const p of this.paragraphs()) {
      p.doc?.touch();
      p.attrs[key] = args[0];
    }
    return this.self();
  }
  /**
   * Part of one paragraph's text: "startOffset, endOffsetInclusive" must lie inside the text
   * (https://developers.google.com/apps-script/reference/document/text#setBold(Integer,Integer,Boolean)).
   */
  private setRange(key: string, [start, endInclusive, value]: [number, number, unknown]): GoogleAppsScript.Document.Text {
    const paragraphs = this.paragraphs();
    if (paragraphs.length !== 1) throw new Error('fake: ranges are modelled within one paragraph');
    const p = paragraphs[0];
    if (!(Number.isInteger(start) && Number.isInteger(endInclusive) && start >= 0 && start <= endInclusive && endInclusive < p.text.length)) {
      throw new Error('Exception: Invalid argument: startOffset/endOffsetInclusive');
    }
    p.doc?.touch();
    p.ranges.push({ start, endInclusive, attrs: { [key]: value } });
    return this.self();
  }
  getText(): string {
    this.log.record('Text.getText');
    return this.paragraphs().map((p) => p.text).join('\n');
  }
  setFontFamily(...args: [string | null] | [number, number, string | null]): GoogleAppsScript.Document.Text {
    return this.set('setFontFamily', 'FONT_FAMILY', args);
  }
  setFontSize(...args: [number] | [number, number, number]): GoogleAppsScript.Document.Text {
    return this.set('setFontSize', 'FONT_SIZE', args);
  }
  setBold(...args: [boolean] | [number, number, boolean]): GoogleAppsScript.Document.Text {
    return this.set('setBold', 'BOLD', args);
  }
}

export class FakeTableCell extends FakeElement implements Pick<GoogleAppsScript.Document.TableCell,
  'getText' | 'getNumChildren' | 'getChild' | 'setBackgroundColor' | 'getBackgroundColor' | 'editAsText' | 'appendParagraph'> {
  readonly kind = 'TableCell';
  children: FakeParagraph[] = [];
  background: string | null = null;
  constructor(log: CallLog, doc: DocData | null, text: string) {
    super(log, doc);
    // One paragraph, whatever the text: a '\n' becomes a line break (see the module comment).
    this.children = [this.own(new FakeParagraph(log, doc, text))];
  }
  private own(p: FakeParagraph): FakeParagraph {
    p.parent = this;
    p.adopt(this.doc);
    return p;
  }
  override adopt(doc: DocData | null): void {
    this.doc = doc;
    this.children.forEach((c) => c.adopt(doc));
  }
  getText(): string {
    this.rec('getText');
    return this.children.map((c) => c.text).join('\n');
  }
  getNumChildren(): number {
    this.rec('getNumChildren');
    return this.children.length;
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    this.rec('getChild');
    return as<GoogleAppsScript.Document.Element>(childAt(this.children[childIndex]));
  }
  setBackgroundColor(color: string | null): GoogleAppsScript.Document.TableCell {
    this.rec('setBackgroundColor');
    this.touch();
    this.background = color;
    return as<GoogleAppsScript.Document.TableCell>(this);
  }
  getBackgroundColor(): string {
    this.rec('getBackgroundColor');
    return this.background ?? '';
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.rec('editAsText');
    return as<GoogleAppsScript.Document.Text>(new FakeText(this.log, () => this.children));
  }
  appendParagraph(p: unknown): GoogleAppsScript.Document.Paragraph {
    this.rec('appendParagraph');
    this.touch();
    const para = typeof p === 'string' ? new FakeParagraph(this.log, this.doc, p) : attachable(p as FakeParagraph);
    this.children.push(this.own(para));
    return as<GoogleAppsScript.Document.Paragraph>(para);
  }
  clone(): FakeTableCell {
    const c = new FakeTableCell(this.log, null, '');
    c.children = this.children.map((p) => {
      const copy = p.clone();
      copy.parent = c;
      return copy;
    });
    c.background = this.background;
    return c;
  }
}

export class FakeTableRow extends FakeElement implements Pick<GoogleAppsScript.Document.TableRow, 'getCell' | 'getNumCells' | 'editAsText' | 'getText'> {
  readonly kind = 'TableRow';
  cells: FakeTableCell[];
  constructor(log: CallLog, doc: DocData | null, texts: string[]) {
    super(log, doc);
    this.cells = texts.map((t) => new FakeTableCell(log, doc, t));
  }
  override adopt(doc: DocData | null): void {
    this.doc = doc;
    this.cells.forEach((c) => c.adopt(doc));
  }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.rec('getCell');
    return as<GoogleAppsScript.Document.TableCell>(childAt(this.cells[cellIndex]));
  }
  getNumCells(): number {
    this.rec('getNumCells');
    return this.cells.length;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.rec('editAsText');
    return as<GoogleAppsScript.Document.Text>(new FakeText(this.log, () => this.cells.flatMap((c) => c.children)));
  }
  getText(): string {
    this.rec('getText');
    return this.cells.map((c) => c.children.map((p) => p.text).join('\n')).join('\t');
  }
}

export class FakeTable extends FakeElement implements Pick<GoogleAppsScript.Document.Table,
  'getType' | 'getNumRows' | 'getRow' | 'getCell' | 'setColumnWidth' | 'getColumnWidth' | 'editAsText' | 'setAttributes' | 'setBorderWidth' | 'copy' | 'asTable' | 'getText' | 'removeFromParent'> {
  readonly kind = 'Table';
  rows: FakeTableRow[];
  columnWidths: (number | null)[];
  attrs: Attrs = {};
  /** Set only through the Docs API (DocumentApp cannot repeat header rows). */
  pinnedHeaderRows = 0;
  constructor(log: CallLog, doc: DocData | null, cells: string[][]) {
    super(log, doc);
    const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
    if (cells.some((r) => r.length !== width)) throw new Error('Exception: Invalid argument: cells (rows must have the same number of cells)');
    this.rows = cells.map((r) => new FakeTableRow(log, doc, r.map((v) => String(v))));
    this.columnWidths = Array.from({ length: width }, () => null);
  }
  override adopt(doc: DocData | null): void {
    this.doc = doc;
    this.rows.forEach((r) => r.adopt(doc));
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.rec('getType');
    return as<GoogleAppsScript.Document.ElementType>(ElementType.TABLE);
  }
  getNumRows(): number {
    this.rec('getNumRows');
    return this.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    this.rec('getRow');
    return as<GoogleAppsScript.Document.TableRow>(childAt(this.rows[rowIndex]));
  }
  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.rec('getCell');
    return as<GoogleAppsScript.Document.TableCell>(childAt(this.rows[rowIndex]?.cells[cellIndex]));
  }
  setColumnWidth(columnIndex: number, width: number): GoogleAppsScript.Document.Table {
    this.rec('setColumnWidth');
    this.touch();
    if (columnIndex < 0 || columnIndex >= this.columnWidths.length) throw new Error('Exception: Column index out of bounds.');
    this.columnWidths[columnIndex] = width;
    return as<GoogleAppsScript.Document.Table>(this);
  }
  getColumnWidth(columnIndex: number): number {
    this.rec('getColumnWidth');
    return this.columnWidths[columnIndex] ?? 0;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.rec('editAsText');
    return as<GoogleAppsScript.Document.Text>(new FakeText(this.log, () => this.rows.flatMap((r) => r.cells.flatMap((c) => c.children))));
  }
  setAttributes(attributes: any): GoogleAppsScript.Document.Table {
    this.rec('setAttributes');
    this.touch();
    applyAttributes(this.attrs, attributes as Attrs);
    return as<GoogleAppsScript.Document.Table>(this);
  }
  /** "Sets the border width, in points" (https://developers.google.com/apps-script/reference/document/table#setBorderWidth(Number)): the BORDER_WIDTH attribute. */
  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    this.rec('setBorderWidth');
    this.touch();
    this.attrs.BORDER_WIDTH = width;
    return as<GoogleAppsScript.Document.Table>(this);
  }
  copy(): GoogleAppsScript.Document.Table {
    this.rec('copy');
    return as<GoogleAppsScript.Document.Table>(this.clone());
  }
  clone(): FakeTable {
    const t = new FakeTable(this.log, null, []);
    t.rows = this.rows.map((r) => {
      const row = new FakeTableRow(this.log, null, []);
      row.cells = r.cells.map((c) => c.clone());
      return row;
    });
    t.columnWidths = this.columnWidths.slice();
    t.attrs = { ...this.attrs };
    t.pinnedHeaderRows = this.pinnedHeaderRows;
    return t;
  }
  asTable(): GoogleAppsScript.Document.Table {
    this.rec('asTable');
    return as<GoogleAppsScript.Document.Table>(this);
  }
  getText(): string {
    this.rec('getText');
    return this.rows.map((r) => r.cells.map((c) => c.children.map((p) => p.text).join('\n')).join('\t')).join('\n');
  }
  removeFromParent(): GoogleAppsScript.Document.Table {
    this.rec('removeFromParent');
    this.touch();
    if (this.parent) {
      const siblings = this.parent.children as FakeElement[];
      siblings.splice(siblings.indexOf(this), 1);
      this.parent = null;
      this.adopt(null);
    }
    return as<GoogleAppsScript.Document.Table>(this);
  }
  snapshot(): TableSnapshot {
    return {
      type: 'table',
      attrs: { ...this.attrs },
      pinnedHeaderRows: this.pinnedHeaderRows,
      columnWidths: this.columnWidths.slice(),
      rows: this.rows.map((r) => ({ cells: r.cells.map((c) => ({ background: c.background, paragraphs: c.children.map((p) => p.snapshot()) })) })),
    };
  }
}

/** Appending an element that still sits in a document fails in Google Docs: it must be a detached copy. */
function attachable<T extends FakeElement>(el: T): T {
  if (!(el instanceof FakeElement)) throw new Error('Exception: Invalid argument: element');
  if (el.parent) throw new Error('Exception: Element must be detached.');
  return el;
}

type BodyChild = FakeParagraph | FakeTable;

/**
 * A page break or inline image inside its paragraph: getParent() is the paragraph
 * (https://developers.google.com/apps-script/reference/document/inline-image), and an image's size is in pixels.
 */
export class FakeInlineChild {
  constructor(private readonly log: CallLog, private readonly paragraph: FakeParagraph, private readonly kind: 'PageBreak' | 'InlineImage') {}
  private size(method: string, key: 'width' | 'height', value: number): GoogleAppsScript.Document.InlineImage {
    this.log.record(`InlineImage.${method}`);
    if (!this.paragraph.image) throw new Error(`fake: ${this.kind} has no ${key}`);
    this.paragraph.doc?.touch();
    this.paragraph.image[key] = value;
    return as<GoogleAppsScript.Document.InlineImage>(this);
  }
  setWidth(width: number): GoogleAppsScript.Document.InlineImage {
    return this.size('setWidth', 'width', width);
  }
  setHeight(height: number): GoogleAppsScript.Document.InlineImage {
    return this.size('setHeight', 'height', height);
  }
  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.log.record(`${this.kind}.getParent`);
    return as<GoogleAppsScript.Document.ContainerElement>(this.paragraph);
  }
}

export class FakeBody extends FakeElement implements Pick<GoogleAppsScript.Document.Body,
  'appendParagraph' | 'appendTable' | 'appendListItem' | 'getChild' | 'getNumChildren' | 'clear' | 'getText' | 'editAsText' |
  'setPageWidth' | 'setPageHeight' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' |
  'getPageWidth' | 'getPageHeight' | 'getParagraphs' | 'getTables' | 'setAttributes' | 'getChildIndex' | 'appendPageBreak' | 'appendImage'> {
  readonly kind = 'Body';
  children: BodyChild[] = [];
  /** A new Google Doc: US Letter, 1-inch margins. */
  page = { width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };
  attrs: Attrs = {};
  constructor(log: CallLog, doc: DocData) {
    super(log, doc);
    this.children = [this.own(new FakeParagraph(log, doc, ''))];
  }
  private own<T extends BodyChild>(el: T): T {
    el.parent = this;
    el.adopt(this.doc);
    return el;
  }
  override adopt(doc: DocData | null): void {
    this.doc = doc;
    this.children.forEach((c) => c.adopt(doc));
  }
  private self(): GoogleAppsScript.Document.Body {
    return as<GoogleAppsScript.Document.Body>(this);
  }
  appendParagraph(p: unknown): GoogleAppsScript.Document.Paragraph {
    this.rec('appendParagraph');
    this.touch();
    const para = typeof p === 'string' ? new FakeParagraph(this.log, this.doc, p) : attachable(p as FakeParagraph);
    this.children.push(this.own(para));
    return as<GoogleAppsScript.Document.Paragraph>(para);
  }
  appendListItem(item: unknown): GoogleAppsScript.Document.ListItem {
    this.rec('appendListItem');
    this.touch();
    const li = typeof item === 'string' ? new FakeListItem(this.log, this.doc, item) : attachable(item as FakeListItem);
    this.children.push(this.own(li));
    return as<GoogleAppsScript.Document.ListItem>(li);
  }
  appendTable(t?: unknown): GoogleAppsScript.Document.Table {
    this.rec('appendTable');
    this.touch();
    const table = t === undefined ? new FakeTable(this.log, this.doc, [['']]) : Array.isArray(t) ? new FakeTable(this.log, this.doc, t as string[][]) : attachable(t as FakeTable);
    this.children.push(this.own(table));
    // "This method will also append an empty paragraph after the table, since Google Docs documents
    // cannot end with a table" (Body.appendTable reference): a default, unstyled paragraph.
    this.children.push(this.own(new FakeParagraph(this.log, this.doc, '')));
    return as<GoogleAppsScript.Document.Table>(table);
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    this.rec('getChild');
    return as<GoogleAppsScript.Document.Element>(childAt(this.children[childIndex]));
  }
  getNumChildren(): number {
    this.rec('getNumChildren');
    return this.children.length;
  }
  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    this.rec('getChildIndex');
    const i = this.children.indexOf(child as unknown as BodyChild);
    if (i < 0) throw new Error('Exception: Element does not contain the specified child element.');
    return i;
  }
  /** Like Google: the body keeps one empty paragraph. */
  clear(): GoogleAppsScript.Document.Body {
    this.rec('clear');
    this.touch();
    for (const c of this.children) {
      c.parent = null;
      c.adopt(null);
    }
    this.children = [this.own(new FakeParagraph(this.log, this.doc, ''))];
    return this.self();
  }
  getText(): string {
    this.rec('getText');
    return this.children.map((c) => (c instanceof FakeTable ? c.rows.map((r) => r.cells.map((x) => x.children.map((p) => p.text).join('\n')).join('\t')).join('\n') : c.text)).join('\n');
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.rec('editAsText');
    return as<GoogleAppsScript.Document.Text>(new FakeText(this.log, () => this.children.flatMap((c) => (c instanceof FakeTable ? c.rows.flatMap((r) => r.cells.flatMap((x) => x.children)) : [c]))));
  }
  private setPage(method: string, key: keyof FakeBody['page'], value: number): GoogleAppsScript.Document.Body {
    this.rec(method);
    this.touch();
    if (!(value > 0)) throw new Error(`Exception: Invalid argument: ${key}`);
    this.page[key] = value;
    return this.self();
  }
  setPageWidth(pageWidth: number): GoogleAppsScript.Document.Body {
    return this.setPage('setPageWidth', 'width', pageWidth);
  }
  setPageHeight(pageHeight: number): GoogleAppsScript.Document.Body {
    return this.setPage('setPageHeight', 'height', pageHeight);
  }
  setMarginTop(marginTop: number): GoogleAppsScript.Document.Body {
    return this.setPage('setMarginTop', 'marginTop', marginTop);
  }
  setMarginBottom(marginBottom: number): GoogleAppsScript.Document.Body {
    return this.setPage('setMarginBottom', 'marginBottom', marginBottom);
  }
  setMarginLeft(marginLeft: number): GoogleAppsScript.Document.Body {
    return this.setPage('setMarginLeft', 'marginLeft', marginLeft);
  }
  setMarginRight(marginRight: number): GoogleAppsScript.Document.Body {
    return this.setPage('setMarginRight', 'marginRight', marginRight);
  }
  getPageWidth(): number {
    this.rec('getPageWidth');
    return this.page.width;
  }
  getPageHeight(): number {
    this.rec('getPageHeight');
    return this.page.height;
  }
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    this.rec('getParagraphs');
    return as<GoogleAppsScript.Document.Paragraph[]>(this.children.flatMap((c) => (c instanceof FakeTable ? c.rows.flatMap((r) => r.cells.flatMap((x) => x.children)) : [c])));
  }
  /**
   * https://developers.google.com/apps-script/reference/document/body#appendPageBreak(): "Creates and appends a new
   * PageBreak"; in the body it sits in a paragraph of its own.
   */
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.rec('appendPageBreak');
    this.touch();
    const para = new FakeParagraph(this.log, this.doc, '');
    para.pageBreak = true;
    this.children.push(this.own(para));
    return as<GoogleAppsScript.Document.PageBreak>(new FakeInlineChild(this.log, para, 'PageBreak'));
  }
  /**
   * https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource): "Creates and appends a
   * new InlineImage from the specified image blob", in a paragraph of its own; a blob that is not an image is refused.
   */
  appendImage(image: unknown): GoogleAppsScript.Document.InlineImage {
    this.rec('appendImage');
    this.touch();
    const blob = image as GoogleAppsScript.Base.Blob;
    const contentType = blob.getContentType() ?? '';
    if (!/^image\/(png|jpeg|gif|bmp)$/.test(contentType)) throw new Error('Exception: Invalid image data.');
    const para = new FakeParagraph(this.log, this.doc, '');
    para.image = { contentType, bytes: blob.getBytes(), width: 0, height: 0 };
    this.children.push(this.own(para));
    return as<GoogleAppsScript.Document.InlineImage>(new FakeInlineChild(this.log, para, 'InlineImage'));
  }
  getTables(): GoogleAppsScript.Document.Table[] {
    this.rec('getTables');
    return as<GoogleAppsScript.Document.Table[]>(this.children.filter((c) => c instanceof FakeTable));
  }
  setAttributes(attributes: any): GoogleAppsScript.Document.Body {
    this.rec('setAttributes');
    this.touch();
    applyAttributes(this.attrs, attributes as Attrs);
    return this.self();
  }
}

export class FakeDocument implements Pick<GoogleAppsScript.Document.Document, 'getId' | 'getName' | 'setName' | 'getBody' | 'getUrl' | 'saveAndClose' | 'getAs'> {
  /** This handle was closed by saveAndClose(): it stays closed (reopening gives a new handle). */
  private closed = false;
  constructor(private readonly log: CallLog, readonly data: DocData) {}
  private rec(method: string): void {
    this.log.record(`Document.${method}`);
    if (this.closed && method !== 'getId') throw new Error('Exception: Document is closed, its contents cannot be updated.');
  }
  getId(): string {
    this.rec('getId');
    return this.data.id;
  }
  getName(): string {
    this.rec('getName');
    return this.data.name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    this.rec('setName');
    this.data.touch();
    this.data.name = name;
    this.data.onRename(name);
    return as<GoogleAppsScript.Document.Document>(this);
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.rec('getBody');
    return as<GoogleAppsScript.Document.Body>(this.data.body);
  }
  getUrl(): string {
    this.rec('getUrl');
    return `https://docs.google.com/document/d/${this.data.id}/edit`;
  }
  /** The PDF of what was last saved ("Document.getAs": https://developers.google.com/apps-script/reference/document/document#getAs(String)). */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.rec('getAs');
    if (contentType !== 'application/pdf') throw new Error(`Exception: Converting from ${DOC_MIME} to ${contentType} is not supported.`);
    return pdfOf(this.log, this.data.saved);
  }
  saveAndClose(): void {
    this.rec('saveAndClose');
    if (this.data.dirty && !this.data.canEdit()) throw new Error('Exception: Access denied: DocumentApp.');
    this.data.save();
    this.data.closed = true;
    this.closed = true;
  }
}

export class FakeDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'> {
  readonly Attribute = as<typeof GoogleAppsScript.Document.Attribute>(Attribute);
  readonly ElementType = as<typeof GoogleAppsScript.Document.ElementType>(ElementType);
  readonly HorizontalAlignment = as<typeof GoogleAppsScript.Document.HorizontalAlignment>(HorizontalAlignment);
  constructor(private readonly log: CallLog, private readonly drive: DriveStore) {}

  /** A new Doc, registered in Drive (My Drive root). */
  newDoc(name: string): DocData {
    const id = this.drive.newId('doc');
    const doc = new DocData(this.log, id, name);
    const file = this.drive.add({ id, name, mimeType: DOC_MIME, doc });
    doc.onRename = (n) => {
      file.name = n;
    };
    doc.canEdit = () => ['owner', 'writer'].includes(this.drive.roleOf(file) ?? '');
    return doc;
  }
  create(name: string): GoogleAppsScript.Document.Document {
    this.log.record('DocumentApp.create');
    if (!name) throw new Error('Exception: Invalid argument: name');
    return as<GoogleAppsScript.Document.Document>(new FakeDocument(this.log, this.newDoc(name)));
  }
  openById(id: string): GoogleAppsScript.Document.Document {
    this.log.record('DocumentApp.openById');
    const file = this.drive.files.get(id);
    if (!file?.doc) throw new Error(`Exception: Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    if (!this.drive.roleOf(file)) throw new Error('Exception: You do not have permission to access the requested document.');
    if (file.doc.closed) file.doc.reopen();
    return as<GoogleAppsScript.Document.Document>(new FakeDocument(this.log, file.doc));
  }
}

/** Makes a copy of a Doc as Drive's makeCopy does (the saved content). */
export function copyDocFile(log: CallLog, drive: DriveStore, docs: FakeDocumentApp, source: DocData, name: string): FileData {
  const copy = docs.newDoc(name);
  log.mute(() => {
    copy.body.children = [];
    for (const el of source.body.children) {
      const c = el.clone();
      c.parent = copy.body;
      c.adopt(copy);
      copy.body.children.push(c);
    }
    copy.body.page = { ...source.body.page };
  });
  copy.save();
  return drive.get(copy.id);
}

// ---- Docs advanced service -------------------------------------------------------------------

type DocsDocument = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

function paragraphLength(text: string): number {
  return text.length + 1;
}

/** A paragraph's place in the index space, and the container that takes paragraphs split from it. */
interface Located {
  paragraph: FakeParagraph;
  container: FakeContainer;
  start: number;
  end: number;
}
interface Layout {
  content: StructuralElement[];
  tables: { table: FakeTable; start: number }[];
}

/** Structural elements with indexes, computed from the live model (only valid once saved). */
export function structuralElements(body: FakeBody): StructuralElement[] {
  return layout(body).content;
}

function layout(body: FakeBody): Layout {
  const out: Layout = { content: [{ endIndex: 1, sectionBreak: {} }], tables: [] };
  let index = 1;
  for (const el of body.children) {
    const element = el instanceof FakeTable ? tableElement(el, index, out) : paragraphElement(el, index);
    out.content.push(element);
    index = element.endIndex ?? index;
  }
  return out;
}

function paragraphElement(p: FakeParagraph, start: number): StructuralElement {
  const end = start + paragraphLength(p.text);
  // The REST API shows a line break as a vertical tab.
  const content = `${p.text.replace(/\r/g, '\u000b')}\n`;
  return { startIndex: start, endIndex: end, paragraph: { elements: [{ startIndex: start, endIndex: end, textRun: { content, textStyle: textStyle(p.attrs) } }] } };
}

/**
 * A run's TextStyle: only what was set on it; an unstyled run inherits the named style (Arial) and
 * shows no font ("TextStyle": https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#textstyle).
 */
function textStyle(attrs: Attrs): GoogleAppsScript.Docs.Schema.TextStyle {
  const style: GoogleAppsScript.Docs.Schema.TextStyle = {};
  if (typeof attrs.FONT_FAMILY === 'string') style.weightedFontFamily = { fontFamily: attrs.FONT_FAMILY, weight: 400 };
  if (typeof attrs.FONT_SIZE === 'number') style.fontSize = { magnitude: attrs.FONT_SIZE, unit: 'PT' };
  if (attrs.BOLD === true) style.bold = true;
  return style;
}

function tableElement(t: FakeTable, start: number, out: Layout): StructuralElement {
  out.tables.push({ table: t, start });
  let index = start + 1;
  const tableRows = t.rows.map((row, r) => {
    const rowStart = index;
    index += 1;
    const tableCells = row.cells.map((cell) => {
      const cellStart = index;
      index += 1;
      const content = cell.children.map((p) => {
        const el = paragraphElement(p, index);
        index = el.endIndex ?? index;
        return el;
      });
      return { startIndex: cellStart, endIndex: index, content };
    });
    // A pinned header row reads back as `tableRowStyle.tableHeader` (TableRowStyle, Docs API v1).
    return { startIndex: rowStart, endIndex: index, tableCells, tableRowStyle: { tableHeader: r < t.pinnedHeaderRows } as GoogleAppsScript.Docs.Schema.TableRowStyle };
  });
  index += 1;
  return { startIndex: start, endIndex: index, table: { rows: t.rows.length, columns: t.columnWidths.length, tableRows } };
}

/**
 * The paragraph whose range [start, end) holds `index`: the same index arithmetic as layout(),
 * without building the elements (a batch of 2,000 inserts on a 1,000-row table stays fast).
 */
function paragraphAt(body: FakeBody, index: number): Located | undefined {
  let at = 1;
  const hit = (p: FakeParagraph, container: FakeContainer): Located | undefined => {
    const start = at;
    at += paragraphLength(p.text);
    return index >= start && index < at ? { paragraph: p, container, start, end: at } : undefined;
  };
  for (const el of body.children) {
    if (!(el instanceof FakeTable)) {
      const found = hit(el, body);
      if (found) return found;
      continue;
    }
    at += 1;
    for (const row of el.rows) {
      at += 1;
      for (const cell of row.cells) {
        at += 1;
        for (const p of cell.children) {
          const found = hit(p, cell);
          if (found) return found;
        }
      }
    }
    at += 1;
  }
  return undefined;
}

interface PinRequest {
  pinTableHeaderRows?: { tableStartLocation?: { index?: number; segmentId?: string }; pinnedHeaderRowsCount?: number };
}
type ApiRequest = GoogleAppsScript.Docs.Schema.Request & PinRequest;

const BATCH_ERROR = 'API call to docs.documents.batchUpdate failed with error: ';

function applyRequests(body: FakeBody, requests: ApiRequest[]): void {
  requests.forEach((req, i) => {
    const keys = Object.keys(req);
    if (keys.length !== 1) throw new Error(`${BATCH_ERROR}Invalid requests[${i}]: exactly one request kind expected`);
    if (req.pinTableHeaderRows) pinHeaderRows(body, req.pinTableHeaderRows, i);
    else if (req.insertText) insertText(body, req.insertText, i);
    else throw new Error(`fake Docs API: request kind ${keys[0]} is not modelled`);
  });
}

function pinHeaderRows(body: FakeBody, pin: NonNullable<PinRequest['pinTableHeaderRows']>, i: number): void {
  const index = pin.tableStartLocation?.index;
  const target = layout(body).tables.find((t) => t.start === index);
  if (index === undefined || !target) {
    throw new Error(`${BATCH_ERROR}Invalid requests[${i}].pinTableHeaderRows: The provided table start location is invalid.`);
  }
  const count = pin.pinnedHeaderRowsCount ?? 0;
  if (!Number.isInteger(count) || count < 0 || count >= target.table.rows.length) {
    throw new Error(`${BATCH_ERROR}Invalid requests[${i}].pinTableHeaderRows: invalid pinnedHeaderRowsCount ${count}.`);
  }
  target.table.pinnedHeaderRows = count;
}

function insertText(body: FakeBody, req: GoogleAppsScript.Docs.Schema.InsertTextRequest, i: number): void {
  if (req.endOfSegmentLocation || req.location?.segmentId) throw new Error('fake Docs API: only body locations are modelled');
  const index = req.location?.index;
  if (index === undefined || typeof req.text !== 'string') throw new Error(`${BATCH_ERROR}Invalid requests[${i}].insertText: location and text are required.`);
  const hit = paragraphAt(body, index);
  if (!hit) {
    throw new Error(`${BATCH_ERROR}Invalid requests[${i}].insertText: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.`);
  }
  // "characters from the Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF) will be
  // stripped out of the inserted text" (InsertTextRequest.text,
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest).
  const added = hit.paragraph.insertFromApi(index - hit.start, req.text.replace(/[\uE000-\uF8FF]/g, ''));
  const siblings: FakeElement[] = hit.container.children;
  siblings.splice(siblings.indexOf(hit.paragraph) + 1, 0, ...added);
  for (const p of added) p.parent = hit.container;
}

/** A detached copy of a document's body, to try a batch on before applying it for real. */
function scratchBody(log: CallLog, source: DocData): FakeBody {
  const scratch = new DocData(log, `${source.id}-scratch`, source.name);
  scratch.body.children = source.body.children.map((el) => {
    const c = el.clone();
    c.parent = scratch.body;
    c.adopt(scratch);
    return c;
  });
  return scratch.body;
}

export class FakeDocsService {
  readonly requests: { documentId: string; requests: unknown[] }[] = [];
  /** Simulates a batch Google applied but answered with an error (a time-out on the way back). */
  failAfterApplying = false;
  readonly Documents: Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'get' | 'batchUpdate'>;

  constructor(private readonly log: CallLog, private readonly drive: DriveStore) {
    this.Documents = {
      get: (documentId: string, _optionalArgs?: object): DocsDocument => {
        this.log.record('Docs.Documents.get');
        const doc = this.doc(documentId);
        const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
        const page = doc.body.page;
        const documentStyle = {
          pageSize: { width: pt(page.width), height: pt(page.height) },
          marginTop: pt(page.marginTop), marginBottom: pt(page.marginBottom), marginLeft: pt(page.marginLeft), marginRight: pt(page.marginRight),
        };
        return { documentId, title: doc.name, documentStyle, body: { content: structuralElements(doc.body) } };
      },
      batchUpdate: (resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string) => {
        this.log.record('Docs.Documents.batchUpdate');
        const doc = this.doc(documentId, true);
        const requests = (resource.requests ?? []) as ApiRequest[];
        this.requests.push({ documentId, requests: JSON.parse(JSON.stringify(requests)) });
        // All-or-nothing: the batch runs on a scratch copy first (throwing there changes nothing),
        // then, known to succeed, on the document itself (element objects stay the same).
        applyRequests(scratchBody(this.log, doc), requests);
        applyRequests(doc.body, requests);
        doc.save();
        if (this.failAfterApplying) throw new Error('API call to docs.documents.batchUpdate failed with error: Deadline exceeded');
        return { documentId, replies: requests.map(() => ({})) };
      },
    };
  }

  /** The API reads what is saved; DocumentApp edits still pending would be invisible to it. */
  private doc(documentId: string, write = false): DocData {
    const file = this.drive.files.get(documentId);
    const method = write ? 'batchUpdate' : 'get';
    if (!file?.doc || !this.drive.roleOf(file)) throw new Error(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
    if (write && !file.doc.canEdit()) throw new Error('API call to docs.documents.batchUpdate failed with error: The caller does not have permission');
    if (file.doc.dirty) throw new Error('fake Docs API: the document has unsaved DocumentApp changes (call saveAndClose() first); the real API would not see them');
    return file.doc;
  }
}

