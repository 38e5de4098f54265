/**
 * DocumentApp and advanced Docs service fakes over one document model:
 *
 * - Body → Paragraph | Table → TableRow → TableCell → Paragraph, with attributes (font, size,
 *   bold, alignment, indents), page size and margins in points, column widths, cell colours.
 * - Google's rules the add-on depends on: a new document has one empty paragraph; the last paragraph
 *   of a body cannot be removed; appending an element that still has a parent fails; a document
 *   closed by saveAndClose() cannot be edited; PDF export and the Docs API see only what was saved.
 * - `appendTable(cells)`: a '\n' inside a cell's text starts a new paragraph in that cell (how this
 *   fake models Docs turning newlines into paragraph breaks; the add-on relies on it for "each item
 *   its own paragraph").
 * - Docs API: `Documents.get` gives structural elements with startIndex/endIndex in UTF-16 units
 *   (section break 0–1, paragraph = text + newline, table = start + rows + cells + content + end);
 *   `batchUpdate` validates every request first and applies all or none; `pinTableHeaderRows` must
 *   point at a table start and pin fewer rows than the table has.
 */
import { CallLog, as } from './callLog';
import { DOC_MIME, DriveStore, type FileData } from './drive';

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
}
export interface TableSnapshot {
  type: 'table';
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
  /** Keeps Drive's file name in step with the document's (they are one name in Google). */
  onRename: (name: string) => void = () => undefined;
  /** DocumentApp changes not yet saved. */
  dirty = false;
  saved: DocSnapshot;
  readonly body: FakeBody;

  constructor(readonly log: CallLog, readonly id: string, public name: string) {
    this.body = new FakeBody(log, this);
    this.saved = this.snapshot();
  }
  /** Every edit goes through here: a closed document refuses, as Google does. */
  touch(): void {
    if (this.closed) throw new Error('Exception: Document is closed, its contents cannot be updated.');
    this.dirty = true;
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
  constructor(log: CallLog, doc: DocData | null, public text: string, public attrs: Attrs = {}) {
    super(log, doc);
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
    this.text = text;
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
  clone(): FakeParagraph {
    return new FakeParagraph(this.log, null, this.text, { ...this.attrs });
  }
  removeFromParent(): GoogleAppsScript.Document.Paragraph {
    this.rec('removeFromParent');
    this.touch();
    const parent = this.parent;
    if (parent) {
      const siblings = parent.children as FakeElement[];
      const paragraphs = siblings.filter((c) => c instanceof FakeParagraph);
      if (parent instanceof FakeBody && paragraphs.length === 1 && paragraphs[0] === this) {
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
    return { type: 'paragraph', text: this.text, attrs: { ...this.attrs } };
  }
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
    if (args.length !== 1) throw new Error('fake: only whole-text styling is modelled');
    for (const p of this.paragraphs()) {
      p.doc?.touch();
      p.attrs[key] = args[0];
    }
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
    // A '\n' in the cell text starts a new paragraph (see the module comment).
    this.children = text.split('\n').map((t) => this.own(new FakeParagraph(log, doc, t)));
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
    const c = this.children[childIndex];
    if (!c) throw new Error('Exception: Child index out of bounds.');
    return as<GoogleAppsScript.Document.Element>(c);
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
    const c = this.cells[cellIndex];
    if (!c) throw new Error('Exception: Child index out of bounds.');
    return as<GoogleAppsScript.Document.TableCell>(c);
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
  'getType' | 'getNumRows' | 'getRow' | 'setColumnWidth' | 'getColumnWidth' | 'editAsText' | 'setAttributes' | 'copy' | 'asTable' | 'getText' | 'removeFromParent'> {
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
    const r = this.rows[rowIndex];
    if (!r) throw new Error('Exception: Child index out of bounds.');
    return as<GoogleAppsScript.Document.TableRow>(r);
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

export class FakeBody extends FakeElement implements Pick<GoogleAppsScript.Document.Body,
  'appendParagraph' | 'appendTable' | 'appendListItem' | 'getChild' | 'getNumChildren' | 'clear' | 'getText' | 'editAsText' |
  'setPageWidth' | 'setPageHeight' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' |
  'getPageWidth' | 'getPageHeight' | 'getParagraphs' | 'getTables' | 'setAttributes'> {
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
    return as<GoogleAppsScript.Document.Table>(table);
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    this.rec('getChild');
    const c = this.children[childIndex];
    if (!c) throw new Error('Exception: Child index out of bounds.');
    return as<GoogleAppsScript.Document.Element>(c);
  }
  getNumChildren(): number {
    this.rec('getNumChildren');
    return this.children.length;
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

export class FakeDocument implements Pick<GoogleAppsScript.Document.Document, 'getId' | 'getName' | 'setName' | 'getBody' | 'getUrl' | 'saveAndClose'> {
  constructor(private readonly log: CallLog, readonly data: DocData) {}
  getId(): string {
    this.log.record('Document.getId');
    return this.data.id;
  }
  getName(): string {
    this.log.record('Document.getName');
    return this.data.name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    this.log.record('Document.setName');
    this.data.touch();
    this.data.name = name;
    this.data.onRename(name);
    return as<GoogleAppsScript.Document.Document>(this);
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.log.record('Document.getBody');
    return as<GoogleAppsScript.Document.Body>(this.data.body);
  }
  getUrl(): string {
    this.log.record('Document.getUrl');
    return `https://docs.google.com/document/d/${this.data.id}/edit`;
  }
  saveAndClose(): void {
    this.log.record('Document.saveAndClose');
    this.data.save();
    this.data.closed = true;
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
    file.doc.closed = false;
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

/** Structural elements with indexes, computed from the live model (only valid once saved). */
export function structuralElements(body: FakeBody): StructuralElement[] {
  const out: StructuralElement[] = [{ endIndex: 1, sectionBreak: {} }];
  let index = 1;
  for (const el of body.children) {
    const start = index;
    if (el instanceof FakeTable) {
      index += 1;
      for (const row of el.rows) {
        index += 1;
        for (const cell of row.cells) index += 1 + cell.children.reduce((s, p) => s + paragraphLength(p.text), 0);
      }
      index += 1;
      out.push({ startIndex: start, endIndex: index, table: { rows: el.rows.length, columns: el.columnWidths.length } });
    } else {
      index += paragraphLength(el.text);
      out.push({ startIndex: start, endIndex: index, paragraph: { elements: [{ startIndex: start, endIndex: index, textRun: { content: `${el.text}\n` } }] } });
    }
  }
  return out;
}

interface PinRequest {
  pinTableHeaderRows?: { tableStartLocation?: { index?: number; segmentId?: string }; pinnedHeaderRowsCount?: number };
}

export class FakeDocsService {
  readonly requests: { documentId: string; requests: unknown[] }[] = [];
  readonly Documents: Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'get' | 'batchUpdate'>;

  constructor(private readonly log: CallLog, private readonly drive: DriveStore) {
    this.Documents = {
      get: (documentId: string, _optionalArgs?: object): DocsDocument => {
        this.log.record('Docs.Documents.get');
        const doc = this.doc(documentId);
        return { documentId, title: doc.name, body: { content: structuralElements(doc.body) } };
      },
      batchUpdate: (resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string) => {
        this.log.record('Docs.Documents.batchUpdate');
        const doc = this.doc(documentId);
        const requests = (resource.requests ?? []) as PinRequest[];
        this.requests.push({ documentId, requests: JSON.parse(JSON.stringify(requests)) });
        // Validate everything first: a batchUpdate is all-or-nothing.
        const content = structuralElements(doc.body);
        const actions = requests.map((req, i) => {
          const keys = Object.keys(req);
          if (keys.length !== 1) throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}]: exactly one request kind expected`);
          const pin = req.pinTableHeaderRows;
          if (!pin) throw new Error(`fake Docs API: request kind ${keys[0]} is not modelled`);
          const index = pin.tableStartLocation?.index;
          const target = content.findIndex((c) => c.table && c.startIndex === index);
          if (index === undefined || target < 0) {
            throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}].pinTableHeaderRows: The provided table start location is invalid.`);
          }
          const count = pin.pinnedHeaderRowsCount ?? 0;
          const table = doc.body.children[target - 1] as FakeTable;
          if (!Number.isInteger(count) || count < 0 || count >= table.rows.length) {
            throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}].pinTableHeaderRows: invalid pinnedHeaderRowsCount ${count}.`);
          }
          return () => {
            table.pinnedHeaderRows = count;
          };
        });
        actions.forEach((apply) => apply());
        doc.save();
        return { documentId, replies: requests.map(() => ({})) };
      },
    };
  }

  /** The API reads what is saved; DocumentApp edits still pending would be invisible to it. */
  private doc(documentId: string): DocData {
    const file = this.drive.files.get(documentId);
    if (!file?.doc) throw new Error(`API call to docs.documents.get failed with error: Requested entity was not found.`);
    if (file.doc.dirty) throw new Error('fake Docs API: the document has unsaved DocumentApp changes (call saveAndClose() first); the real API would not see them');
    return file.doc;
  }
}

