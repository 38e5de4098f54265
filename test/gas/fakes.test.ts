/** The fakes behave as Google documents the parts the add-on relies on (so passing tests mean something). */

import { DOC_MIME, callKind, createFakeEnv, formatDate, parseA1, splitByKind, type FakeEnv, type TableSnapshot } from '../fakes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Doc = GoogleAppsScript.Document.Document;

function sheetOf(env: FakeEnv): Sheet {
  return env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
}

describe('SpreadsheetApp fake', () => {
  test('A1 notation: cells, ranges, absolute refs, whole columns and rows, sheet prefixes', () => {
    expect(parseA1('B3', 1000, 26)).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('$A$1:D10', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 10, numColumns: 4 });
    expect(parseA1("'มาตรการ'!AA12", 1000, 26)).toEqual({ row: 12, column: 27, numRows: 1, numColumns: 1 });
    expect(parseA1('C:D', 1000, 26)).toEqual({ row: 1, column: 3, numRows: 1000, numColumns: 2 });
    expect(parseA1('2:3', 1000, 26)).toEqual({ row: 2, column: 1, numRows: 2, numColumns: 26 });
    expect(() => parseA1('B0', 1000, 26)).toThrow(/Range not found/);
  });

  test('typed numbers as Sheets reads them: getValues answers the number, getDisplayValues what the sheet shows; a formula answers its result and getFormulas its text', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    sheet.getRange('A1:D1').setValues([['50,000', '80%', '12', "'0012"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[50000, 0.8, 12, '0012']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['50,000', '80%', '12', '0012']]);
    env.spreadsheet.sheetData('Sheet1').setFormula(2, 1, '=IF(B2="","",B2)', '');
    expect(sheet.getRange('A2').getValues()).toEqual([['']]);
    expect(sheet.getRange('A2').getDisplayValues()).toEqual([['']]);
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([['', ''], ['=IF(B2="","",B2)', '']]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D2');
    sheet.getRange('A2').setValues([['ข้อความ']]); // writing a value replaces the formula
    expect(sheet.getRange('A2').getFormulas()).toEqual([['']]);
  });

  test('a protected range refuses every write by a user not among its editors, whole; a warning-only one and its editors are not refused', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    const data = env.spreadsheet.sheetData('Sheet1');
    data.protectRange('B2:B3', { description: 'อนุมัติแล้ว', editors: ['coordinator@song.go.th'] });
    data.protectRange('D1', { description: 'เตือน', editors: [], warningOnly: true });
    sheet.getRange('B2').setNote('owner may'); // the owner runs the script by default
    env.spreadsheet.activeUser = 'staff@song.go.th';
    expect(() => sheet.getRange('A1:B2').setNotes([['a', 'b'], ['c', 'd']])).toThrow('You are trying to edit a protected cell or object');
    expect(data.note(1, 1)).toBe(''); // refused whole
    expect(() => sheet.getRangeList(['A1', 'B3']).setBackground('#ff0000')).toThrow(/protected cell/);
    expect(data.background(1, 1)).toBe('#ffffff');
    expect(() => sheet.getRange('B3').setValues([['x']])).toThrow(/protected cell/);
    sheet.getRange('D1').setValue('warned, not blocked');
    sheet.getRange('A1').setNote('outside');
    expect([data.get(1, 4), data.note(1, 1), data.note(2, 2)]).toEqual(['warned, not blocked', 'outside', 'owner may']);
  });

  test('setValues checks dimensions with Google\'s messages; getDataRange spans A1 to the last value', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    expect(() => sheet.getRange('A1:B2').setValues([['a', 'b']])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a']])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    sheet.getRange('A2').setNote('note only: not data');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getDataRange().getValues()[3]).toEqual(['', '', 'x']);
    expect(sheet.getRange('B1').getBackground()).toBe('#ffffff');
    sheet.getRange('A1').setValue('2565');
    expect(sheet.getRange('A1').getValue()).toBe(2565); // typed numbers become numbers
  });

  test('merged cells as Google documents them: merge keeps the top-left value, covered cells read blank, mergeVertically merges each column, getMergedRanges and isPartOfMerge see any overlap', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    sheet.getRange('A1:C3').setValues([['ไม่มีปัญหาอุปสรรค', 'ข', 'ค'], ['ง', 'จ', 'ฉ'], ['ช', 'ซ', 'ฌ']]);
    sheet.getRange('A1:A3').merge();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['ไม่มีปัญหาอุปสรรค'], [''], ['']]);
    expect(sheet.getRange('A1:A3').getDisplayValues()).toEqual([['ไม่มีปัญหาอุปสรรค'], [''], ['']]);
    sheet.getRange('B2:C3').mergeVertically();
    expect(sheet.getRange('A2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C1').isPartOfMerge()).toBe(false);
    expect(sheet.getRange('C3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['C2:C3']);
    expect(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:A3', 'B2:B3', 'C2:C3']);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([['จ', 'ฉ'], ['', '']]);
    // A merge cutting through another is refused, as the editor refuses it.
    expect(() => sheet.getRange('A2:B2').merge()).toThrow(/merged range/);
    // Rows inserted inside a merge grow it and move those below; deleting rows shrinks a merge, to nothing at one cell.
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:A5', 'B4:B5', 'C4:C5']);
    sheet.deleteRows(2, 3);
    expect(sheet.getDataRange().getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:A2']);
  });

  test('getRange refuses cells past the sheet\'s edge; appendRow and insertColumnsAfter add rows and columns', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow(outside);
    sheet.getRange('B1').setValue('b');
    sheet.getRange('C1').setNote('c');
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('D1').getValue()).toBe('b');
    expect(sheet.getRange('E1').getNote()).toBe('c');
    expect(() => sheet.insertColumnsAfter(0, 1)).toThrow('out of bounds');
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['grows']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('grows');
  });

  test('every call is counted; a RangeList call is one call however many ranges it holds', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    env.log.reset();
    sheet.getRangeList(['A1', 'B2', 'C3:C9']).setBackground('#ff0000');
    expect(env.log.total).toBe(2);
    expect(env.spreadsheet.sheets[0].data.background(5, 3)).toBe('#ff0000');
  });

  test('AuthMode.NONE refuses everything but building a menu', () => {
    const env = createFakeEnv();
    env.setAuthMode('NONE');
    expect(() => env.globals.PropertiesService.getDocumentProperties()).toThrow(/AuthMode.NONE/);
    expect(() => env.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/AuthMode.NONE/);
    env.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'f').addToUi();
    expect(env.log.authViolations).toEqual(['PropertiesService.getDocumentProperties', 'SpreadsheetApp.getActiveSpreadsheet']);
  });
});

describe('developer metadata and row moves (SpreadsheetApp fake)', () => {
  const visibility = (env: FakeEnv) => env.globals.SpreadsheetApp.DeveloperMetadataVisibility;

  test('row metadata moves with insertRowBefore/After, insertRows and deleteRows; a deleted row takes its metadata', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    sheet.getRange('A1:A6').setValues([['หัว'], ['๑'], ['๒'], ['๓'], ['๔'], ['๕']]);
    sheet.getRange('3:3').addDeveloperMetadata('tag', 'measure-2', visibility(env).PROJECT);
    sheet.getRange('5:5').addDeveloperMetadata('tag', 'measure-4');
    const rows = () => sheet.createDeveloperMetadataFinder().withKey('tag').find().map((m) => [m.getValue(), m.getLocation().getRow()!.getRow()]);
    expect(rows()).toEqual([['measure-2', 3], ['measure-4', 5]]);
    sheet.insertRowBefore(2);
    expect(rows()).toEqual([['measure-2', 4], ['measure-4', 6]]);
    sheet.insertRowAfter(4); // below measure-2's row: only measure-4 moves
    expect(rows()).toEqual([['measure-2', 4], ['measure-4', 7]]);
    sheet.insertRows(1, 2);
    expect(rows()).toEqual([['measure-2', 6], ['measure-4', 9]]);
    expect(sheet.getRange('A6').getValue()).toBe('๒'); // the value moved with its row
    sheet.deleteRows(6, 1);
    expect(rows()).toEqual([['measure-4', 8]]);
    sheet.deleteRow(1);
    expect(rows()).toEqual([['measure-4', 7]]);
  });

  test('values, notes and backgrounds move with inserted and deleted rows; a sort moves whole rows with their metadata', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    const data = env.spreadsheet.sheets[0].data;
    data.seed([['มาตรการ'], ['ค'], ['ก'], ['ข']]);
    data.setNote(2, 1, 'โน้ตของ ค');
    data.setBackground(4, 1, '#00ff00');
    sheet.getRange('2:2').addDeveloperMetadata('tag', 'ค');
    sheet.insertRowsBefore(2, 1);
    expect(data.note(3, 1)).toBe('โน้ตของ ค');
    expect(data.background(5, 1)).toBe('#00ff00');
    sheet.deleteRows(2, 1);
    sheet.setFrozenRows(1);
    sheet.sort(1); // ก ข ค under the frozen header
    expect(data.grid().map((r) => r[0])).toEqual(['มาตรการ', 'ก', 'ข', 'ค']);
    expect(data.note(4, 1)).toBe('โน้ตของ ค');
    expect(data.background(3, 1)).toBe('#00ff00');
    expect(sheet.createDeveloperMetadataFinder().find().map((m) => m.getLocation().getRow()!.getRow())).toEqual([4]);
  });

  test('metadata only on a whole row, column or sheet; PROJECT metadata of another script is invisible; remove and finders', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    expect(() => sheet.getRange('A2:D2').addDeveloperMetadata('x')).toThrow(/Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column/);
    expect(() => sheet.getRange('2:3').addDeveloperMetadata('x')).toThrow(/arbitrary ranges/);
    sheet.getRange('B:B').addDeveloperMetadata('col');
    sheet.addDeveloperMetadata('whole-sheet', 'v');
    env.spreadsheet.sheets[0].data.addMetadata({ key: 'tag', value: 'theirs', visibility: 'PROJECT', project: 'another-script', location: { type: 'ROW', index: 2 } });
    env.spreadsheet.sheets[0].data.addMetadata({ key: 'tag', value: 'shared', visibility: 'DOCUMENT', project: 'another-script', location: { type: 'ROW', index: 2 } });
    sheet.getRange('2:2').addDeveloperMetadata('tag', 'mine', visibility(env).PROJECT);
    expect(sheet.createDeveloperMetadataFinder().withKey('tag').find().map((m) => m.getValue())).toEqual(['shared', 'mine']);
    expect(sheet.getRange('2:2').createDeveloperMetadataFinder().find().map((m) => m.getValue())).toEqual(['shared', 'mine']);
    expect(sheet.getRange('A1:C3').createDeveloperMetadataFinder().onIntersectingLocations().find().map((m) => m.getKey())).toEqual(['col', 'tag', 'tag']);
    const [mine] = sheet.createDeveloperMetadataFinder().withValue('mine').find();
    expect(String(mine.getVisibility())).toBe('PROJECT');
    mine.remove();
    expect(() => mine.remove()).toThrow(/No developer metadata with ID/);
    expect(sheet.createDeveloperMetadataFinder().withKey('tag').find()).toHaveLength(1);
  });

  test('every call the add-on makes has a kind, and finding metadata is one round trip however many it returns', () => {
    const env = createFakeEnv();
    const sheet = sheetOf(env);
    for (let r = 2; r <= 40; r++) sheet.getRange(`${r}:${r}`).addDeveloperMetadata('tag', String(r));
    env.log.reset();
    const found = sheet.createDeveloperMetadataFinder().withKey('tag').find();
    found.forEach((m) => m.getLocation().getRow()!.getRow());
    const split = splitByKind(env.log.counts);
    expect(split).toMatchObject({ roundTrips: 1, unclassified: [] });
    expect(split.byKind.local).toBe(2 + found.length * 3);
    expect(callKind('Range.getValues')).toBe('sheet');
    expect(callKind('Body.appendTable')).toBe('document-edit');
    expect(callKind('Docs.Documents.batchUpdate')).toBe('docs-api');
    expect(callKind('Document.saveAndClose')).toBe('open-save');
    expect(callKind('File.getAs')).toBe('export');
    expect(callKind('Nobody.knows')).toBeNull();
  });
});

describe('DocumentApp, Drive and Docs API fakes', () => {
  function newDoc(env: FakeEnv): Doc {
    return env.globals.DocumentApp.create('ทดสอบ');
  }

  test('a new document has one empty paragraph, which cannot be removed', () => {
    const env = createFakeEnv();
    const body = newDoc(env).getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.getChild(0).asParagraph().removeFromParent()).toThrow("Can't remove the last paragraph");
  });

  test('appending needs a detached copy; a closed document refuses edits', () => {
    const env = createFakeEnv();
    const doc = newDoc(env);
    const p = doc.getBody().appendParagraph('ก');
    expect(() => doc.getBody().appendParagraph(p)).toThrow('Element must be detached');
    doc.getBody().appendParagraph(p.copy());
    doc.saveAndClose();
    expect(() => doc.getBody().appendParagraph('ข')).toThrow('Document is closed');
  });

  test('PDF export and the Docs API see only what saveAndClose saved', () => {
    const env = createFakeEnv();
    const doc = newDoc(env);
    doc.getBody().appendParagraph('ยังไม่บันทึก');
    expect(doc.getAs('application/pdf').getDataAsString()).not.toContain('ยังไม่บันทึก');
    expect(() => env.docs.Documents.get(doc.getId())).toThrow(/unsaved DocumentApp changes/);
    doc.saveAndClose();
    expect(env.globals.DocumentApp.openById(doc.getId()).getAs('application/pdf').getDataAsString()).toContain('ยังไม่บันทึก');
  });

  test('appendTable also appends an empty paragraph; a body\'s last paragraph cannot be removed even when others remain', () => {
    const env = createFakeEnv();
    const body = newDoc(env).getBody();
    body.appendParagraph('ก');
    const table = body.appendTable([['x']]);
    expect(body.getNumChildren()).toBe(4); // initial empty paragraph, 'ก', the table, the paragraph Google adds
    expect(body.getChildIndex(table)).toBe(2);
    const trailing = body.getChild(3).asParagraph();
    expect(trailing.getText()).toBe('');
    expect(trailing.getAttributes()).toEqual({}); // unstyled: not in the report's font
    expect(() => trailing.removeFromParent()).toThrow("Can't remove the last paragraph");
    body.appendParagraph('ข');
    trailing.removeFromParent(); // no longer the last one
    expect(body.getNumChildren()).toBe(4);
  });

  test('a closed handle stays closed after the document is reopened; the new handle works', () => {
    const env = createFakeEnv();
    const doc = newDoc(env);
    const oldBody = doc.getBody();
    const p = oldBody.appendParagraph('ก');
    doc.saveAndClose();
    const again = env.globals.DocumentApp.openById(doc.getId());
    expect(() => oldBody.appendParagraph('ข')).toThrow('Document is closed');
    expect(() => p.setText('ค')).toThrow('Document is closed');
    expect(() => doc.getBody()).toThrow('Document is closed');
    again.getBody().appendParagraph('ง');
    again.saveAndClose();
    expect(env.doc(doc.getId()).saved.content.map((c) => (c.type === 'paragraph' ? c.text : 'table'))).toEqual(['', 'ก', 'ง']);
  });

  test('per-user access: a viewer can open a Doc but not edit it; a stranger cannot open it', () => {
    const env = createFakeEnv();
    const id = newDoc(env).getId();
    env.drive.share(id, 'viewer@song.go.th', 'reader');
    env.session.email = 'viewer@song.go.th';
    const doc = env.globals.DocumentApp.openById(id);
    expect(() => doc.getBody().appendParagraph('ก')).toThrow('Access denied: DocumentApp');
    doc.saveAndClose(); // nothing pending: closing is allowed
    expect(() => env.docs.Documents.batchUpdate({ requests: [] }, id)).toThrow('The caller does not have permission');
    env.session.email = 'stranger@example.com';
    expect(() => env.globals.DocumentApp.openById(id)).toThrow('You do not have permission to access the requested document');
  });

  test('DocumentApp keeps a new-line inside ONE paragraph, as a line break (Google: "\\n" is converted to "\\r")', () => {
    const env = createFakeEnv();
    const body = newDoc(env).getBody();
    const p = body.appendParagraph('a\nb');
    expect(p.getText()).toBe('a\rb');
    expect(body.getNumChildren()).toBe(2); // the initial empty paragraph + this one
    p.setText('c\nd\ne');
    expect(p.getText()).toBe('c\rd\re');
    const cell = body.appendTable([['1\n2', '3']]).getRow(0).getCell(0);
    expect(cell.getNumChildren()).toBe(1);
    expect(cell.getChild(0).asParagraph().getText()).toBe('1\r2');
  });

  test('Text.setBold on part of a paragraph: offsets inside its text, end inclusive; out of range is refused', () => {
    const env = createFakeEnv();
    const doc = newDoc(env);
    const p = doc.getBody().appendParagraph('เรียน นายกเทศมนตรี');
    p.editAsText().setBold(0, 4, true);
    expect(() => p.editAsText().setBold(3, 40, true)).toThrow('Invalid argument');
    expect(() => p.editAsText().setBold(4, 2, true)).toThrow('Invalid argument');
    const id = doc.getId();
    doc.saveAndClose();
    const saved = env.doc(id).saved.content[1];
    expect(saved).toMatchObject({ text: 'เรียน นายกเทศมนตรี', ranges: [{ start: 0, endInclusive: 4, attrs: { BOLD: true } }] });
  });

  function docWithTable(env: FakeEnv): { id: string; tableStart: number } {
    const doc = newDoc(env);
    doc.getBody().appendParagraph('หัวเรื่อง');
    doc.getBody().appendTable([['ก', 'ข'], ['1', '3']]).editAsText().setFontFamily('Sarabun');
    const id = doc.getId();
    doc.saveAndClose();
    const table = env.docs.Documents.get(id).body!.content!.find((c) => c.table)!;
    return { id, tableStart: table.startIndex! };
  }
  const savedTable = (env: FakeEnv, id: string) => env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table')!;
  const batchOf = (env: FakeEnv, id: string) => (requests: object[]) =>
    env.docs.Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, id);
  const insert = (index: number, text: string) => ({ insertText: { location: { index }, text } });

  test('Docs.Documents.get: UTF-16 indexes for paragraphs, tables, rows, cells and cell content', () => {
    const env = createFakeEnv();
    const { id, tableStart } = docWithTable(env);
    const content = env.docs.Documents.get(id).body!.content!;
    expect(tableStart).toBe(1 + 1 + 'หัวเรื่อง'.length + 1); // section break, empty paragraph, title + newline
    const rows = content.find((c) => c.table)!.table!.tableRows!;
    // table start, row start, cell start, then the cell's paragraph ('ก' + newline).
    expect(rows[0]).toMatchObject({ startIndex: tableStart + 1, tableCells: [
      { startIndex: tableStart + 2, endIndex: tableStart + 5, content: [{ startIndex: tableStart + 3, endIndex: tableStart + 5 }] },
      { startIndex: tableStart + 5, endIndex: tableStart + 8, content: [{ startIndex: tableStart + 6, endIndex: tableStart + 8 }] },
    ] });
    expect(rows[1]).toMatchObject({ startIndex: tableStart + 8, endIndex: tableStart + 15 });
    expect(content[content.length - 2]).toMatchObject({ startIndex: tableStart, endIndex: tableStart + 16 });
    expect(content[content.length - 1]).toMatchObject({ startIndex: tableStart + 16, endIndex: tableStart + 17 }); // appendTable's empty paragraph
  });

  test('Docs insertText: a "\\n" makes new paragraphs with the paragraph\'s attributes; an index outside a paragraph is refused', () => {
    const env = createFakeEnv();
    const { id, tableStart } = docWithTable(env);
    const batch = batchOf(env, id);
    const cellParagraph = env.docs.Documents.get(id).body!.content!.find((c) => c.table)!.table!.tableRows![1].tableCells![0].content![0];
    expect(() => batch([insert(tableStart, 'x')])).toThrow('The insertion index must be inside the bounds of an existing paragraph');
    batch([insert(cellParagraph.endIndex! - 1, '\nสอง\nสาม')]);
    const cell = savedTable(env, id).rows[1].cells[0].paragraphs;
    expect(cell.map((p) => p.text)).toEqual(['1', 'สอง', 'สาม']);
    expect(cell.every((p) => p.attrs.FONT_FAMILY === 'Sarabun')).toBe(true);
    // Indexes after the insert: the next cell moved by the inserted length, the table start did not.
    const after = env.docs.Documents.get(id).body!.content!.find((c) => c.table)!;
    expect(after.startIndex).toBe(tableStart);
    expect(after.table!.tableRows![1].tableCells![1].startIndex).toBe(tableStart + 12 + '\nสอง\nสาม'.length);
  });

  test('Docs insertText strips Private Use Area characters (a legacy font\'s Thai tone mark U+F70A), as the API reference says', () => {
    const env = createFakeEnv();
    const { id } = docWithTable(env);
    const cellParagraph = env.docs.Documents.get(id).body!.content!.find((c) => c.table)!.table!.tableRows![1].tableCells![0].content![0];
    batchOf(env, id)([insert(cellParagraph.endIndex! - 1, '\nไม\uF70Aรับ')]);
    expect(savedTable(env, id).rows[1].cells[0].paragraphs.map((p) => p.text)).toEqual(['1', 'ไมรับ']);
  });

  test('pinTableHeaderRows must point at a table start; a bad batch applies nothing', () => {
    const env = createFakeEnv();
    const { id, tableStart } = docWithTable(env);
    const pin = (index: number, count = 1) => ({ pinTableHeaderRows: { tableStartLocation: { index }, pinnedHeaderRowsCount: count } });
    const batch = batchOf(env, id);
    expect(() => batch([pin(tableStart), pin(tableStart + 1)])).toThrow(/table start location is invalid/);
    expect(savedTable(env, id)).toMatchObject({ pinnedHeaderRows: 0 });
    expect(() => batch([pin(tableStart, 2)])).toThrow(/pinnedHeaderRowsCount/);
    // A valid insert followed by an invalid one: nothing is inserted.
    expect(() => batch([insert(tableStart + 4, '\nก'), insert(tableStart, 'x')])).toThrow(/insertion index/);
    expect(savedTable(env, id).rows[0].cells[0].paragraphs.map((p) => p.text)).toEqual(['ก']);
    batch([pin(tableStart)]);
    expect(savedTable(env, id)).toMatchObject({ pinnedHeaderRows: 1 });
  });

  test('DriveApp under drive.file: Google refuses with its own text, naming the scopes the method needs', () => {
    const env = createFakeEnv();
    const id = newDoc(env).getId();
    expect(() => env.globals.DriveApp.getFileById(id)).toThrow(
      'Exception: Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)');
    expect(env.scopes.refused).toEqual(['DriveApp.getFileById']);
  });

  test('an advanced service is there only when the manifest enables it, and answers 403 without its scope', () => {
    const narrow = createFakeEnv({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/documents'], dependencies: { enabledAdvancedServices: [] } } });
    expect(narrow.globals.Drive).toBeUndefined();
    expect(narrow.globals.Docs).toBeUndefined();
    expect(() => narrow.driveApi.Files.create({ name: 'x', mimeType: DOC_MIME })).toThrow(
      'GoogleJsonResponseException: API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
  });

  test('Drive v3 under drive.file sees only files this user created through the API', () => {
    const env = createFakeEnv();
    const byApi = env.driveApi.Files.create({ name: 'รายงาน', mimeType: DOC_MIME });
    expect(byApi).toEqual({ kind: 'drive#file', id: byApi.id, name: 'รายงาน', mimeType: DOC_MIME }); // default fields only
    expect(env.driveApi.Files.get(byApi.id!, { fields: 'trashed,webViewLink' })).toEqual({ trashed: false, webViewLink: expect.stringContaining(byApi.id!) });
    const byDocumentApp = newDoc(env).getId();
    expect(() => env.driveApi.Files.get(byDocumentApp)).toThrow(`File not found: ${byDocumentApp}.`);
    // Another editor of the Doc: their drive.file grant does not cover a file someone else created.
    env.drive.share(byApi.id!, 'second@song.go.th', 'writer');
    env.session.email = 'second@song.go.th';
    expect(() => env.driveApi.Files.get(byApi.id!)).toThrow(`File not found: ${byApi.id}.`);
    expect(() => env.globals.DocumentApp.openById(byApi.id!).getBody().appendParagraph('ก')).not.toThrow(); // DocumentApp needs only `documents`
  });

  test('Drive v3 sharing: a domain policy refuses link sharing; only the owner may trash', () => {
    const env = createFakeEnv({ domainPolicy: { forbid: ['ANYONE_WITH_LINK'] } });
    const { id } = env.driveApi.Files.create({ name: 'รายงาน', mimeType: DOC_MIME });
    expect(() => env.driveApi.Permissions.create({ type: 'anyone', role: 'reader' }, id!)).toThrow(/publishOutNotPermitted/);
    env.driveApi.Permissions.create({ type: 'domain', role: 'reader', domain: 'song.go.th' }, id!);
    expect(env.drive.get(id!).sharing).toEqual({ access: 'DOMAIN_WITH_LINK', permission: 'VIEW' });
    env.drive.share(id!, 'second@song.go.th', 'writer');
    env.drive.get(id!).appAccess.push('second@song.go.th');
    env.session.email = 'second@song.go.th';
    expect(() => env.driveApi.Files.update({ trashed: true }, id!)).toThrow('does not have sufficient permissions');
    env.session.email = 'coordinator@song.go.th';
    env.driveApi.Files.update({ trashed: true }, id!);
    expect(env.drive.get(id!).trashed).toBe(true);
  });

  test('Drive v3 sharing with a person e-mails them unless told not to; the option is refused for link sharing', () => {
    const env = createFakeEnv();
    const { id } = env.driveApi.Files.create({ name: 'รายงาน', mimeType: DOC_MIME });
    env.driveApi.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'deputy@song.go.th' }, id!);
    expect(env.drive.notifications).toEqual([{ fileId: id, to: 'deputy@song.go.th', role: 'writer' }]); // the default is true
    env.driveApi.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'clerk@song.go.th' }, id!, { sendNotificationEmail: false });
    expect(env.drive.notifications).toHaveLength(1);
    expect(env.drive.roleOf(env.drive.get(id!), 'clerk@song.go.th')).toBe('writer');
    expect(() => env.driveApi.Permissions.create({ type: 'anyone', role: 'reader' }, id!, { sendNotificationEmail: false }))
      .toThrow('sendNotificationEmail is not allowed for a permission of type anyone');
    expect(env.drive.get(id!).sharing.access).toBe('PRIVATE'); // refused: nothing changed
  });

  test('an execution past its time budget is killed: every later call fails and changes nothing', () => {
    const env = createFakeEnv();
    env.log.clock.budgetMs = 1000;
    env.log.clock.msPerCall = 400;
    const doc = newDoc(env); // 400 ms
    const id = doc.getId(); // 800 ms
    const body = env.log.mute(() => doc.getBody());
    expect(() => body.appendParagraph('ก')).toThrow('Exceeded maximum execution time'); // 1,200 ms: killed
    expect(() => doc.saveAndClose()).toThrow('Exceeded maximum execution time'); // a finally block's call
    expect(env.doc(id).live.content.map((c) => c.type === 'paragraph' && c.text)).toEqual(['']);
    env.log.startExecution(); // the next execution starts with a fresh budget
    expect(() => env.globals.DocumentApp.openById(id)).not.toThrow();
  });
});

describe('other services', () => {
  test('a lock is held by one execution; tryLock fails for the others', () => {
    const env = createFakeEnv();
    const a = env.globals.LockService.getDocumentLock();
    const b = env.globals.LockService.getDocumentLock();
    expect(a.tryLock(1000)).toBe(true);
    const before = env.log.clock.now();
    expect(b.tryLock(5000)).toBe(false);
    expect(env.log.clock.now() - before).toBe(5000); // a refused tryLock has waited its whole timeout
    expect(() => b.waitLock(100)).toThrow('Lock timeout');
    a.releaseLock();
    expect(b.tryLock(5000)).toBe(true);
  });

  test('a lock released while sheet writes are not flushed is recorded (Google: flush before releasing)', () => {
    const env = createFakeEnv();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('ก');
    const lock = env.globals.LockService.getDocumentLock();
    lock.tryLock(1000);
    sheet.getRange('A1').setValue('เขียนแล้ว');
    lock.releaseLock();
    expect(env.locks.document.unflushedReleases).toEqual(['document']);
    env.globals.SpreadsheetApp.flush();
    lock.tryLock(1000);
    sheet.getRange('A1').getValue(); // a read leaves nothing pending
    lock.releaseLock();
    lock.tryLock(1000);
    sheet.getRange('A2').setValue('อีกแถว');
    env.globals.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(env.locks.document.unflushedReleases).toEqual(['document']);
  });

  test('properties enforce the 9 kB value limit', () => {
    const env = createFakeEnv();
    const props = env.globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    props.setProperties({ a: '1', b: '2' });
    expect(props.getProperties()).toEqual({ a: '1', b: '2' });
  });

  test('Utilities.formatDate honours the time zone and HH', () => {
    const d = new Date(Date.UTC(2022, 8, 30, 17, 5, 9));
    expect(formatDate(d, 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2022-10-01T00:05:09');
    expect(formatDate(d, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2022-09-30 17:05');
  });
});
