/** Publish: document structure, republish on the same Doc, failure half way, the lock, sharing fallback. */
import { DOC_MIME, type TableSnapshot, type FakeEnv } from '../fakes';
import { MEASURES, PUBLISH_LOG, STACK_LINE, fillSettings, loadWithSample, type Addon } from './harness';

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

function ready(options = {}): { env: FakeEnv; addon: Addon } {
  const loaded = loadWithSample(options);
  fillSettings(loaded.env, {
    agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, signerName: 'นายสมชาย ใจดี', signerPosition: 'นายกเทศมนตรีตำบลสอง', reportDate: '2565-09-30',
  });
  return loaded;
}

const docIdOf = (url: string | undefined) => /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';
const tableOf = (env: FakeEnv, id: string) => env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table')!;
const liveDocs = (env: FakeEnv) => env.drive.list(DOC_MIME);
const pdfs = (env: FakeEnv) => env.drive.list('application/pdf');
const cellTexts = (table: TableSnapshot, row: number, column: number) => table.rows[row].cells[column].paragraphs.map((p) => p.text);

/** Each item its own paragraph: the first steps cell holds ๑.–๕. as five paragraphs, no line break inside any cell paragraph. */
function expectItemParagraphs(table: TableSnapshot): void {
  const steps1 = cellTexts(table, 1, 1);
  expect(steps1).toHaveLength(5);
  expect(steps1.every((t, i) => t.startsWith(`${'๑๒๓๔๕'[i]}.`))).toBe(true);
  const paragraphs = table.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs));
  expect(paragraphs.filter((p) => /[\r\n]/.test(p.text))).toEqual([]);
  expect(paragraphs.every((p) => p.attrs.FONT_FAMILY === 'Sarabun' && p.attrs.FONT_SIZE === table.rows[0].cells[0].paragraphs[0].attrs.FONT_SIZE)).toBe(true);
}

test('refuses on errors unless forced; the override is recorded', () => {
  const { env, addon } = ready();
  const blocked = addon.publish({});
  expect(blocked).toMatchObject({ ok: false, blockedReason: 'errors' });
  expect(blocked.message).toMatch(/^พบข้อผิดพลาด ๑ รายการ/);
  expect(liveDocs(env)).toHaveLength(0);
  const r = addon.publish({ force: true });
  expect(r).toMatchObject({ ok: true, version: 1, overridden: true, sharing: 'anyone_with_link' });
  const log = env.spreadsheet.sheetData(PUBLISH_LOG).grid();
  expect(log).toHaveLength(2);
  expect(log[1].slice(1, 3)).toEqual(['coordinator@song.go.th', 1]);
  expect(log[1][0]).toMatch(/^[๐-๙]+ [ก-๙]+ [๐-๙]{4}/); // B.E. date
  expect(log[1].slice(3, 9)).toEqual([r.docUrl, r.pdfUrl, 1, 1, 'ใช่ (ข้อผิดพลาด 1 รายการ)', 'ทุกคนที่มีลิงก์ดูได้']);
});

test('renders A4 landscape, Sarabun, pinned header row, one paragraph per item, Thai digits, signature', () => {
  const { env, addon } = ready();
  const r = addon.publish({ force: true });
  const id = docIdOf(r.docUrl);
  const doc = env.doc(id).saved;
  expect(doc.page).toMatchObject(A4_LANDSCAPE);
  expect(doc.name).toBe('รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ เทศบาลตำบลสอง');
  const paragraphs = doc.content.filter((c) => c.type === 'paragraph');
  expect(paragraphs[0]).toMatchObject({ text: 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน', attrs: { BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' } });
  expect(paragraphs.map((p) => p.text)).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
  expect(paragraphs.every((p) => p.attrs.FONT_FAMILY === 'Sarabun')).toBe(true);
  expect(paragraphs.slice(-4).map((p) => p.text)).toEqual([
    'ลงชื่อ ....................................................', '(นายสมชาย ใจดี)', 'ตำแหน่ง นายกเทศมนตรีตำบลสอง', 'วันที่ ๓๐ กันยายน ๒๕๖๕',
  ]);

  const table = tableOf(env, id);
  expect(table.rows).toHaveLength(11);
  expect(table.pinnedHeaderRows).toBe(1);
  expect(table.rows[0].cells.map((c) => c.paragraphs[0].text)).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ']);
  expect(table.rows[0].cells.every((c) => c.paragraphs[0].attrs.BOLD === true)).toBe(true);
  expectItemParagraphs(table);
  const allCellText = table.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs));
  expect(allCellText.every((p) => p.attrs.FONT_FAMILY === 'Sarabun')).toBe(true);
  expect(allCellText.some((p) => /[0-9]/.test(p.text))).toBe(false); // Thai digits throughout
  const widths = table.columnWidths as number[];
  expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(841.89 - 70.9 - 56.7, -1);

  // Two batchUpdates: first every insertText (one per cell with more than one item, in descending
  // index order), then the header pin ALONE, so a refused pin cannot undo the inserts.
  expect(env.log.count('Docs.Documents.batchUpdate')).toBe(2);
  const [batch, pinBatch] = env.docs.requests;
  expect(batch.documentId).toBe(id);
  const inserts = (batch.requests as { insertText?: { location: { index: number }; text: string } }[]).map((r) => r.insertText!);
  const multiItemCells = table.rows.flatMap((row) => row.cells).filter((c) => c.paragraphs.length > 1);
  expect(inserts).toHaveLength(multiItemCells.length);
  expect(inserts.every((r) => r.text.startsWith('\n'))).toBe(true);
  const indexes = inserts.map((r) => r.location.index);
  expect(indexes).toEqual([...indexes].sort((a, b) => b - a));
  expect(new Set(indexes).size).toBe(indexes.length);
  expect(inserts[inserts.length - 1].text).toBe(`\n${cellTexts(table, 1, 1).slice(1).join('\n')}`); // the first steps cell, lowest index
  expect(pinBatch).toEqual({ documentId: id, requests: [{ pinTableHeaderRows: { tableStartLocation: { index: expect.any(Number) }, pinnedHeaderRowsCount: 1 } }] });

  // PDF exported after saving, next to the Doc, shared; the scratch Doc is not left behind.
  const [pdf] = pdfs(env);
  expect(pdf.name).toMatch(/ฉบับที่ 1\.pdf$/);
  expect(pdf.blob?.data).toContain('นายกเทศมนตรีตำบลสอง');
  expect(pdf.sharing).toEqual({ access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
  expect(liveDocs(env).map((d) => d.id)).toEqual([id]);
  expect(env.drive.get(id).sharing.access).toBe('ANYONE_WITH_LINK');
  expect(JSON.parse(env.properties.document.data.get('ita.publish.2565.annual') ?? '{}')).toEqual({ docId: id, pdfId: pdf.id, version: 1, owner: 'coordinator@song.go.th', earlierPdfs: [], sharing: 'anyone_with_link' });
});

test('republish keeps the same Doc id, bumps the version, keeps the previous PDF', () => {
  const { env, addon } = ready();
  const first = addon.publish({ force: true });
  const sheet = env.spreadsheet.sheetData(MEASURES);
  sheet.set(11, 4, 'ข้อเสนอแนะฉบับปรับปรุง');
  const second = addon.publish({ force: true });
  expect(second).toMatchObject({ ok: true, version: 2 });
  expect(second.docUrl).toBe(first.docUrl);
  expect(second.pdfUrl).not.toBe(first.pdfUrl);
  const id = docIdOf(second.docUrl);
  const lastRow = tableOf(env, id).rows[10];
  expect(lastRow.cells[3].paragraphs[0].text).toBe('ข้อเสนอแนะฉบับปรับปรุง');
  expect(tableOf(env, id).pinnedHeaderRows).toBe(1);
  expectItemParagraphs(tableOf(env, id));
  // Items split on the scratch Doc before the copy; the published Doc then gets its pin again.
  const last = env.docs.requests[env.docs.requests.length - 1];
  expect(last.documentId).toBe(id);
  expect(last.requests).toEqual([{ pinTableHeaderRows: expect.any(Object) }]);
  expect(env.doc(id).saved.page).toMatchObject(A4_LANDSCAPE);
  expect(liveDocs(env)).toHaveLength(1);
  const [v1, v2] = pdfs(env);
  expect(v1.blob?.data).not.toContain('ข้อเสนอแนะฉบับปรับปรุง'); // the previous version stays reachable
  expect(v2.blob?.data).toContain('ข้อเสนอแนะฉบับปรับปรุง');
  expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid().map((r) => r[2])).toEqual(['ฉบับที่', 1, 2]);
});

describe('a publish failing half way leaves the published Doc intact', () => {
  test.each([
    ['while rendering the new version', 'Table.setColumnWidth', 1, 0],
    ['while copying into the published Doc (after it was cleared)', 'Body.appendTable', 2, 2],
  ])('%s', (_when, method, nth, clears) => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    const before = env.doc(id).saved;
    const stateBefore = env.properties.document.data.get('ita.publish.2565.annual');
    env.spreadsheet.sheetData(MEASURES).set(11, 4, 'ข้อความที่ยังไม่ควรเผยแพร่');
    env.log.failOn(method, nth);
    const mark = env.log.total;
    const failed = addon.publish({ force: true });
    // Copy failures are rolled back: the published body is cleared, then refilled with its old content.
    expect(env.log.since(mark).filter((c) => c.method === 'Body.clear')).toHaveLength(clears);
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/^เกิดข้อผิดพลาดที่ไม่คาดคิด/);
    expect(failed.message).not.toMatch(STACK_LINE);
    const doc = env.doc(id);
    expect(doc.live.content).toEqual(before.content);
    expect(doc.saved.content).toEqual(before.content);
    expect(doc.saved.page).toEqual(before.page);
    expect(env.properties.document.data.get('ita.publish.2565.annual')).toBe(stateBefore);
    expect(liveDocs(env).map((d) => d.id)).toEqual([id]); // the scratch Doc went to the trash
    expect(pdfs(env)).toHaveLength(1);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toHaveLength(2);
    // The lock was released: the next publish works and is version 2 on the same Doc.
    const retry = addon.publish({ force: true });
    expect(retry).toMatchObject({ ok: true, version: 2, docUrl: first.docUrl });
  });
});

test('two coordinators racing: the second gets "publish in progress", not a second document', () => {
  const { env, addon } = ready();
  let second: ReturnType<Addon['publish']> | null = null;
  env.log.before('Drive.Files.create', () => {
    second = addon.publish({ force: true });
  }, { once: true });
  const first = addon.publish({ force: true });
  expect(first.ok).toBe(true);
  expect(second).toMatchObject({ ok: false, blockedReason: 'busy' });
  expect(second!.message).toMatch(/^มีผู้ใช้อีกคนกำลังเผยแพร่ ตรวจสอบ หรือบันทึกการยืนยันในสเปรดชีตนี้อยู่/);
  expect(env.log.count('Drive.Files.create')).toBe(2); // one Doc, one PDF
  expect(liveDocs(env)).toHaveLength(1);
  expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toHaveLength(2);
});

test('a lock held by another execution: busy at once, nothing read or written', () => {
  const { env, addon } = ready();
  env.locks.document.holdElsewhere();
  env.log.reset();
  const r = addon.publish({ force: true });
  expect(r).toMatchObject({ ok: false, blockedReason: 'busy' });
  expect(env.log.countPrefix('Range.')).toBe(0);
  expect(env.log.countPrefix('DocumentApp.')).toBe(0);
});

test('google.script.run can send anything: only force === true overrides errors, and an unknown edition is the settings\' one, never a report of its own', () => {
  const { env, addon } = ready();
  const stringForce = addon.publish({ force: 'yes' } as never);
  expect(stringForce).toMatchObject({ ok: false, blockedReason: 'errors' });
  const bogus = addon.publish({ force: true, edition: 'bogus' } as never);
  expect(bogus).toMatchObject({ ok: true, edition: 'annual', version: 1 });
  expect(addon.publish({ force: true, edition: 'annual' })).toMatchObject({ ok: true, edition: 'annual', version: 2 });
  expect(liveDocs(env)).toHaveLength(1);
  expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid().slice(1).map((row) => row[10])).toEqual(['ประจำปี', 'ประจำปี']);
  expect(addon.validate({ edition: 'bogus' } as never)).toMatchObject({ edition: 'annual' });
});

test('a domain that forbids link sharing: falls back to the domain and says so', () => {
  const { env, addon } = ready({ domainPolicy: { forbid: ['ANYONE', 'ANYONE_WITH_LINK'] } });
  const r = addon.publish({ force: true });
  expect(r).toMatchObject({ ok: true, sharing: 'domain_with_link' });
  expect(r.sharingNote).toMatch(/นโยบายของโดเมนไม่อนุญาต/);
  expect(r.message).toContain(r.sharingNote);
  expect(pdfs(env)[0].sharing.access).toBe('DOMAIN_WITH_LINK');
  expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1][8]).toBe('ทุกคนในองค์กรที่มีลิงก์ดูได้');
});

test('republishing with narrower sharing takes the wider link permission off the same Doc (and widening takes the narrower one off)', () => {
  const { env, addon } = ready();
  const first = addon.publish({ force: true });
  expect(first).toMatchObject({ ok: true, sharing: 'anyone_with_link' });
  const linkPermissions = () => liveDocs(env)[0].permissions.filter((p) => p.type === 'anyone' || p.type === 'domain').map((p) => p.type);
  expect(linkPermissions()).toEqual(['anyone']);
  fillSettings(env, { sharing: 'ภายในองค์กร' });
  const narrowed = addon.publish({ force: true });
  expect(narrowed).toMatchObject({ ok: true, sharing: 'domain_with_link' });
  expect(docIdOf(narrowed.docUrl)).toBe(docIdOf(first.docUrl));
  expect(linkPermissions()).toEqual(['domain']);
  expect(liveDocs(env)[0].sharing.access).toBe('DOMAIN_WITH_LINK');
  // The earlier version's PDF follows: a report made organisation-only is not still public in version 1.
  expect(pdfs(env).map((pdf) => pdf.sharing.access)).toEqual(['DOMAIN_WITH_LINK', 'DOMAIN_WITH_LINK']);
  fillSettings(env, { sharing: 'ทุกคนที่มีลิงก์' });
  expect(addon.publish({ force: true })).toMatchObject({ ok: true, sharing: 'anyone_with_link' });
  expect(linkPermissions()).toEqual(['anyone']);
  expect(pdfs(env).map((pdf) => pdf.sharing.access)).toEqual(['ANYONE_WITH_LINK', 'ANYONE_WITH_LINK', 'ANYONE_WITH_LINK']);
  // A republish at the same level leaves the earlier PDFs alone (no Drive calls for them).
  env.log.reset();
  addon.publish({ force: true });
  expect(env.log.count('Drive.Permissions.create')).toBe(2); // the Doc and the new PDF
});

test('every outcome of a publish is said in Thai and in English, notes included', () => {
  const { env, addon } = ready({ domainPolicy: { forbid: ['ANYONE', 'ANYONE_WITH_LINK'] } });
  const first = addon.publish({ force: true });
  expect(first.message).toMatch(/^เผยแพร่รายงานฉบับที่ ๑ แล้ว — นโยบายของโดเมนไม่อนุญาต/);
  expect(first.messageEn).toMatch(/^Version 1 of the report is published — The domain's policy does not allow sharing as “anyone with the link can view”/);
  expect(first.sharingNoteEn).toMatch(/^The domain's policy does not allow/);
  const blocked = addon.publish({});
  expect(blocked).toMatchObject({ ok: false, blockedReason: 'errors' });
  expect(blocked.messageEn).toMatch(/^1 error found: fix them before publishing/);
  expect(env.drive.list(DOC_MIME)).toHaveLength(1);
});

test('a domain that forbids all link sharing: the report stays private and says so', () => {
  const { env, addon } = ready({ domainPolicy: { forbid: ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK'] } });
  const r = addon.publish({ force: true });
  expect(r).toMatchObject({ ok: true, sharing: 'private' });
  expect(pdfs(env)[0].sharing.access).toBe('PRIVATE');
});

test('without the Docs advanced service the report is still complete, and the message says the header is not pinned', () => {
  const { env, addon } = ready({ docsService: false });
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  expect(r.message).toContain('หัวตารางให้ซ้ำทุกหน้าไม่ได้');
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(table.rows).toHaveLength(11);
  expect(table.pinnedHeaderRows).toBe(0);
  expectItemParagraphs(table); // through DocumentApp: one appendParagraph per further item
  expect(env.log.count('TableCell.appendParagraph')).toBe(table.rows.flatMap((row) => row.cells).reduce((n, c) => n + c.paragraphs.length - 1, 0));
});

test('a failing item batch changes nothing; the items are split with DocumentApp instead, and the header is still pinned', () => {
  const { env, addon } = ready();
  env.log.failOn('Docs.Documents.batchUpdate', 1);
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  expect(r.message).not.toContain('หัวตารางให้ซ้ำทุกหน้าไม่ได้');
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(table.pinnedHeaderRows).toBe(1);
  expectItemParagraphs(table);
});

test('issue 8 defect 4: a refused header pin loses no item (the pin is a batch of its own)', () => {
  const { env, addon } = ready();
  env.log.failOn('Docs.Documents.batchUpdate', 2); // the second batch: the pin
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  expect(r.message).toContain('หัวตารางให้ซ้ำทุกหน้าไม่ได้');
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(table.pinnedHeaderRows).toBe(0);
  expectItemParagraphs(table); // split by the first batch, which the refused pin did not undo
  expect(env.log.count('TableCell.appendParagraph')).toBe(0);
});

test('a batchUpdate that was applied but answered with an error does not duplicate the items', () => {
  const { env, addon } = ready();
  env.docs.failAfterApplying = true;
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  expectItemParagraphs(tableOf(env, docIdOf(r.docUrl)));
});

test('a published Doc deleted by someone: a new Doc is made and the message warns that the link changed', () => {
  const { env, addon } = ready();
  const first = addon.publish({ force: true });
  env.drive.get(docIdOf(first.docUrl)).trashed = true;
  const r = addon.publish({ force: true });
  expect(r).toMatchObject({ ok: true, version: 2 });
  expect(r.docUrl).not.toBe(first.docUrl);
  expect(r.message).toContain('ลิงก์เอกสารจึงเปลี่ยน');
});

test('the menu publish asks before overriding errors and shows the links', () => {
  const { env, addon } = ready();
  env.ui.alertAnswers.push('NO');
  addon.menuPublish();
  expect(liveDocs(env)).toHaveLength(0);
  env.ui.alertAnswers.push('YES');
  addon.menuPublish();
  expect(liveDocs(env)).toHaveLength(1);
  const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
  expect(dialog.kind).toBe('modal');
  expect(dialog.content).toContain('เปิด PDF');
});

test('settings sheet drives the report: Arabic numerals, a date cell read in the sheet\'s time zone, domain sharing', () => {
  const { env, addon } = loadWithSample();
  // 29 Sep 2022 18:00 UTC is 30 Sep 2022 01:00 in Bangkok: the date printed must be the 30th.
  fillSettings(env, { agency: 'อบต.ทดสอบ', fiscalYear: '๒๕๖๕', numerals: 'อารบิก', sharing: 'ภายในองค์กร', signerName: 'นางสาวทดสอบ' });
  const settings = env.spreadsheet.sheetData('ตั้งค่า');
  const row = settings.grid().findIndex((r) => r[2] === 'reportDate') + 1;
  settings.set(row, 2, new Date(Date.UTC(2022, 8, 29, 18, 0)));
  const r = addon.publish({ force: true });
  expect(r).toMatchObject({ ok: true, sharing: 'domain_with_link' });
  const doc = env.doc(docIdOf(r.docUrl)).saved;
  const texts = doc.content.filter((c) => c.type === 'paragraph').map((p) => p.text);
  expect(texts).toContain('ประจำปีงบประมาณ พ.ศ.2565');
  expect(texts).toContain('วันที่ 30 กันยายน 2565');
  expect(texts).toContain('(นางสาวทดสอบ)');
  // The measure number keeps the digits the sheet wrote (๑.), as its items' markers do: the settings' numerals are the report's own text.
  expect(tableOf(env, docIdOf(r.docUrl)).rows[1].cells[0].paragraphs[0].text).toMatch(/^๑\. มาตรการยกระดับ/);
});

test('Validate & Publish fills blank suggestion cells in the sheet and prints them in the report; a person\'s text stays', () => {
  const { env, addon } = ready();
  const sheet = env.spreadsheet.sheetData(MEASURES);
  const measure3 = String(sheet.get(4, 4)); // the sample's own suggestion for measure 3 (row 4, column D)
  sheet.set(4, 4, '');
  sheet.set(5, 4, 'ไม่มี');
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  expect(r.message).toContain('เติมข้อเสนอแนะในช่องที่ว่าง ๑ ช่อง');
  expect(sheet.get(4, 4)).toBe(measure3); // the template gives back the sample's own sentence
  expect(sheet.note(4, 4)).toMatch(/^เติมอัตโนมัติโดย ita-sheets/);
  expect(sheet.get(5, 4)).toBe('ไม่มี');
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(cellTexts(table, 3, 3)).toEqual([measure3]);
  expect(cellTexts(table, 4, 3)).toEqual(['ไม่มี']);
});

test('a publish log trimmed to fewer columns than the log writes: the publish and its log row still go through', () => {
  const { env, addon } = ready();
  const first = addon.publish({ force: true });
  expect(first.ok).toBe(true);
  const log = env.spreadsheet.sheetData(PUBLISH_LOG);
  log.maxColumns = 12;
  log.maxRows = log.grid().length;
  const again = addon.publish({ force: true });
  expect(again).toMatchObject({ ok: true, version: 2 });
  expect(log.grid()).toHaveLength(3);
});

test('a sheet without a problems / suggestions column: checked, warned at its header, published without the column, not a cell written', () => {
  const { env, addon } = ready();
  const sheet = env.spreadsheet.sheetData(MEASURES);
  const rows = sheet.grid().length;
  for (let row = 1; row <= rows; row++) sheet.set(row, 4, '');
  const before = sheet.grid();
  const v = addon.validate();
  expect(v.findings.filter((f) => f.code === 'NO_SUGGESTION_COLUMN')).toEqual([
    expect.objectContaining({ severity: 'warning', cell: 'C1', sheet: MEASURES, message: expect.stringMatching(/^แถวหัวตารางที่ 1 ไม่มีคอลัมน์ “ปัญหา \/ ข้อเสนอแนะ”/) }),
  ]);
  expect(v.errors).toBe(1); // the sample's own error, as with the column
  const filled = addon.fillSuggestions();
  expect(filled.filled).toEqual([]);
  expect(filled.validation.findings.map((f) => f.code)).toContain('NO_SUGGESTION_COLUMN');
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  expect(r.message).not.toContain('เติมข้อเสนอแนะ');
  expect(sheet.grid()).toEqual(before);
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(table.rows[0].cells.map((c) => c.paragraphs.map((p) => p.text).join(''))).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน']);
  expect(table.rows).toHaveLength(11);
  // The menu that adds the ITA columns adds this one too, to the right of everything: then suggestions can be filled.
  // (A sheet with no column to spare: getRange would refuse one past its edge, so the menu inserts them.)
  sheet.maxColumns = 3;
  (addon.menuAddExtraColumns as () => void)();
  expect(sheet.maxColumns).toBe(9);
  const grid = sheet.grid();
  expect(grid[0].slice(0, 5)).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'ผู้รับผิดชอบ']);
  expect(grid.slice(1).map((row) => row.slice(0, 3))).toEqual(before.slice(1).map((row) => row.slice(0, 3)));
  expect(grid.slice(1).every((row) => row.slice(3).every((cell) => cell === ''))).toBe(true);
  expect(addon.validate().findings.map((f) => f.code)).not.toContain('NO_SUGGESTION_COLUMN');
  expect(addon.fillSuggestions().filled.map((f) => f.cell)).toHaveLength(10);
});

test('a header over two rows (an English translation with a blank problems cell): no measure of it, no cell of it written, no row of it in the Doc', () => {
  const { env, addon } = ready();
  const sheet = env.spreadsheet.sheetData(MEASURES);
  const first = addon.validate();
  sheet.insertRows(2, 1);
  sheet.seed([['Measure', 'Steps', 'Results', '']], 2, 1);
  const v = addon.validate();
  expect(v.findings.map((f) => f.code)).toEqual(first.findings.map((f) => f.code));
  expect(v.errors).toBe(first.errors);
  const filled = addon.fillSuggestions();
  expect(filled.filled.map((f) => f.cell)).not.toContain('D2');
  expect(sheet.grid()[1]).toEqual(['Measure', 'Steps', 'Results', '']);
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(table.rows).toHaveLength(11);
  expect(cellTexts(table, 1, 0).join('')).not.toContain('Measure');
});

test('problems and suggestions split under one merged header: the fill goes to the suggestions half, only where both halves are blank, and the Doc prints both', () => {
  const { env, addon } = ready();
  const sheet = env.spreadsheet.sheetData(MEASURES);
  const before = addon.validate();
  sheet.insertRows(2, 1);
  sheet.seed([['', '', '', 'ปัญหาอุปสรรค', 'ข้อเสนอแนะ']], 2, 1);
  // Measure 1 (row 3) has a problem written in the problems half and nothing in the suggestions half.
  const measure1Row = 3;
  sheet.set(measure1Row, 4, 'ขาดงบประมาณ');
  // Measures 2 and 3 have both halves blank: theirs are the cells to fill, in the suggestions half.
  sheet.set(4, 4, '');
  sheet.set(5, 4, '');
  const v = addon.validate();
  expect(v.errors).toBe(before.errors);
  expect(v.findings.map((f) => f.code)).toContain('SUB_HEADER_ROW');
  const emptyBefore = sheet.grid().map((row) => row.slice(3, 5));
  const filled = addon.fillSuggestions();
  expect(filled.filled.map((f) => f.cell)).toEqual(['E4', 'E5']);
  // Nothing in the problems half changed, and no filled cell held text before.
  const after = sheet.grid();
  expect(after.map((row) => row[3])).toEqual(emptyBefore.map((row) => row[0]));
  for (const f of filled.filled) expect(emptyBefore[Number(f.cell?.slice(1)) - 1][1]).toBe('');
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  const table = tableOf(env, docIdOf(r.docUrl));
  expect(table.rows).toHaveLength(11);
  expect(cellTexts(table, 1, 3).join(' ')).toBe('ปัญหาอุปสรรค: ขาดงบประมาณ');
});

describe('progress the sidebar polls', () => {
  const phasesWritten = (env: FakeEnv) =>
    [...env.properties.user.history]
      .filter((h) => h.key === 'ita.progress' && h.value !== null)
      .map((h) => (JSON.parse(h.value as string) as { phase: string }).phase);

  test('publish records reading → checking → filling → building → exporting → sharing, then clears it', () => {
    const { env, addon } = ready();
    let seenDuringExport: unknown = null;
    // getProgress is what a parallel google.script.run poll calls: ask it while the PDF is being made.
    env.log.before('Document.getAs', () => {
      seenDuringExport = addon.getProgress();
    }, { once: true });
    expect(addon.publish({ force: true }).ok).toBe(true);
    expect(phasesWritten(env)).toEqual(['reading', 'checking', 'filling', 'building', 'exporting', 'sharing']);
    expect(seenDuringExport).toEqual(expect.objectContaining({ action: 'publish', phase: 'exporting' }));
    expect(addon.getProgress()).toBeNull();
  });

  test('a publish that fails half way still clears its progress', () => {
    const { env, addon } = ready();
    env.log.failOn('Document.getAs', 1);
    expect(addon.publish({ force: true }).ok).toBe(false);
    expect(phasesWritten(env)).toContain('exporting');
    expect(addon.getProgress()).toBeNull();
  });

  test('validate: getProgress answers "checking" mid-run; the progress costs 4 calls whatever the size', () => {
    const { env, addon } = ready();
    let seenWhileMarking: unknown = null;
    // Muted: the poll is another execution's calls, not validate's.
    env.log.before('Sheet.getRangeList', () => {
      seenWhileMarking = env.log.mute(() => addon.getProgress());
    }, { once: true });
    const mark = env.log.total;
    addon.validate();
    expect(seenWhileMarking).toEqual({ action: 'validate', phase: 'checking', at: expect.any(Number) });
    // One store handle, one write per phase, one delete: the rest of validate's calls are unchanged.
    const progressCalls = env.log.since(mark).filter((c) => c.method === 'PropertiesService.getUserProperties' || c.detail === 'user');
    expect(progressCalls.map((c) => c.method)).toEqual([
      'PropertiesService.getUserProperties', 'Properties.setProperty', 'Properties.setProperty', 'Properties.deleteProperty',
    ]);
    expect(addon.getProgress()).toBeNull();
  });

  test('a validate that fails half way clears its progress too', () => {
    const { env, addon } = ready();
    env.log.failOn('Range.getNotes', 1);
    expect(() => addon.validate()).toThrow();
    expect(phasesWritten(env)).toEqual(['reading']);
    expect(addon.getProgress()).toBeNull();
  });

  test('a progress store that refuses writes does not stop publish', () => {
    const { env, addon } = ready();
    const store = env.properties.user;
    const setProperty = store.setProperty.bind(store);
    store.setProperty = (key: string, value: string) => {
      if (key === 'ita.progress') throw new Error('Service error: Properties (injected)');
      return setProperty(key, value);
    };
    expect(addon.publish({ force: true }).ok).toBe(true);
    expect(addon.getProgress()).toBeNull();
  });

  test('a record left by a killed run (older than 6 minutes) reads as no progress', () => {
    const { env, addon } = ready();
    env.properties.user.data.set('ita.progress', JSON.stringify({ action: 'publish', phase: 'building', at: Date.now() - 7 * 60 * 1000 }));
    expect(addon.getProgress()).toBeNull();
    env.properties.user.data.set('ita.progress', JSON.stringify({ action: 'publish', phase: 'building', at: Date.now() - 1000 }));
    expect(addon.getProgress()).toMatchObject({ action: 'publish', phase: 'building' });
  });

  test('validate and fill record their phases too', () => {
    const { env, addon } = ready();
    addon.validate();
    expect(phasesWritten(env)).toEqual(['reading', 'checking']);
    addon.fillSuggestions();
    expect(phasesWritten(env)).toEqual(['reading', 'checking', 'reading', 'checking', 'filling']);
    expect(addon.getProgress()).toBeNull();
  });
});

test('the report prints a budget and an indicator as the sheet shows them ("50,000", "80%"), not the numbers behind them', () => {
  const { env, addon } = ready();
  const sheet = env.spreadsheet.sheetData(MEASURES);
  sheet.seed([['งบประมาณ', 'ตัวชี้วัด / เป้าหมาย'], ['50,000', '80%']], 1, 5);
  // Sheets keeps what was typed as numbers (getValues 50000 and 0.8); the sheet shows "50,000" and "80%".
  expect([sheet.get(2, 5), sheet.get(2, 6)]).toEqual([50000, 0.8]);
  const r = addon.publish({ force: true });
  expect(r.ok).toBe(true);
  const table = tableOf(env, docIdOf(r.docUrl));
  const header = table.rows[0].cells.map((c) => c.paragraphs.map((p) => p.text).join(' '));
  const budget = header.findIndex((h) => h.startsWith('งบประมาณ'));
  const indicator = header.findIndex((h) => h.startsWith('ตัวชี้วัด'));
  expect(budget).toBeGreaterThan(0);
  expect(indicator).toBeGreaterThan(0);
  expect(cellTexts(table, 1, budget)).toEqual(['๕๐,๐๐๐']); // Thai digits: the report's numeral style
  expect(cellTexts(table, 1, indicator)).toEqual(['๘๐%']);
});
