/**
 * Issue 8, defects 1–5: publish as Google really behaves (test/fakes enforce the manifest's scopes,
 * drive.file, per-user access, appendTable's extra paragraph, closed handles and the 6-minute kill).
 */
import { DOC_MIME, type FakeEnv, type DocSnapshot } from '../fakes';
import { MEASURES, PUBLISH_LOG, fillSettings, loadWithSample, type Addon } from './harness';

const FIRST = 'coordinator@song.go.th';
const SECOND = 'deputy@song.go.th';

function ready(): { env: FakeEnv; addon: Addon } {
  const loaded = loadWithSample();
  fillSettings(loaded.env, {
    agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, signerName: 'นายสมชาย ใจดี', signerPosition: 'นายกเทศมนตรีตำบลสอง', reportDate: '2565-09-30',
  });
  return loaded;
}

const docIdOf = (url: string | undefined) => /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';
const liveDocs = (env: FakeEnv) => env.drive.list(DOC_MIME);
/** The ids the scratch record lists (document property `ita.scratch`). */
const scratchIds = (env: FakeEnv): string[] => (JSON.parse(env.properties.document.data.get('ita.scratch') ?? '[]') as { id: string }[]).map((e) => e.id);
/** Paragraph texts and fonts around and after the table: what a reader sees as blank lines. */
const shape = (doc: DocSnapshot) => doc.content.map((c) => (c.type === 'table' ? `table(${c.rows.length})` : `${c.text || '¶'}[${String(c.attrs.FONT_FAMILY)}]`));

describe('defect 1: publish works under drive.file, through the Drive API v3', () => {
  test('no DriveApp call, no call refused; the Doc is created by Drive.Files.create as a Google Doc; the scratch Doc is trashed through the API', () => {
    const { env, addon } = ready();
    const r = addon.publish({ force: true });
    expect(r).toMatchObject({ ok: true, version: 1, sharing: 'anyone_with_link' });
    expect(env.scopes.refused).toEqual([]);
    expect(env.log.countPrefix('DriveApp.') + env.log.countPrefix('File.') + env.log.countPrefix('Folder.')).toBe(0);
    expect(env.log.count('DocumentApp.create')).toBe(0);
    const doc = env.drive.get(docIdOf(r.docUrl));
    expect(doc).toMatchObject({ mimeType: DOC_MIME, owner: FIRST, appAccess: [FIRST] }); // drive.file covers it
    expect(doc.sharing).toEqual({ access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    const [pdf] = env.drive.list('application/pdf');
    expect(pdf.blob?.data).toContain('นายกเทศมนตรีตำบลสอง');
    expect(pdf.sharing).toEqual({ access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    expect(r.pdfUrl).toBe(`https://drive.google.com/file/d/${pdf.id}/view?usp=drivesdk`);
    expect(liveDocs(env).map((d) => d.id)).toEqual([doc.id]);
    expect([...env.drive.files.values()].filter((f) => f.trashed)).toHaveLength(0); // the first publish keeps its scratch Doc as the report
    addon.publish({ force: true });
    expect([...env.drive.files.values()].filter((f) => f.trashed).map((f) => f.mimeType)).toEqual([DOC_MIME]); // the republish's scratch Doc
    expect(env.log.count('Drive.Files.update')).toBe(1);
  });
});

describe('defect 2: the Doc is the same on first publish, republish and restore', () => {
  test('one blank paragraph, in Sarabun, between the table and the signature; republish and a failed republish leave exactly that', () => {
    const { env, addon } = ready();
    const id = docIdOf(addon.publish({ force: true }).docUrl);
    const first = env.doc(id).saved;
    const afterTable = shape(first).slice(shape(first).indexOf('table(11)'));
    expect(afterTable).toEqual([
      'table(11)', '¶[Sarabun]', 'ลงชื่อ ....................................................[Sarabun]', '(นายสมชาย ใจดี)[Sarabun]',
      'ตำแหน่ง นายกเทศมนตรีตำบลสอง[Sarabun]', 'วันที่ ๓๐ กันยายน ๒๕๖๕[Sarabun]',
    ]);
    expect(shape(first).filter((s) => s.startsWith('¶'))).toEqual(['¶[Sarabun]', '¶[Sarabun]']); // after the title block, after the table

    expect(addon.publish({ force: true }).ok).toBe(true);
    expect(env.doc(id).saved.content).toEqual(first.content);

    env.log.failOn('Body.appendTable', 2); // the copy into the published Doc fails after it was cleared
    expect(addon.publish({ force: true }).ok).toBe(false);
    expect(env.doc(id).saved.content).toEqual(first.content);
    expect(env.doc(id).live.content).toEqual(first.content);
  });
});

describe('defect 3: a second coordinator republishes', () => {
  test('the sheet\'s editors become editors of the report Doc, so another editor republishes into the same Doc', () => {
    const { env, addon } = ready();
    env.spreadsheet.editors = [FIRST, SECOND];
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    expect(env.drive.roleOf(env.drive.get(id), SECOND)).toBe('writer');
    expect(env.drive.notifications).toEqual([]); // no e-mail to each editor of the sheet at every publish

    env.session.email = SECOND;
    env.spreadsheet.sheetData(MEASURES).set(11, 4, 'ข้อเสนอแนะของผู้ประสานงานคนที่สอง');
    const second = addon.publish({ force: true });
    expect(second).toMatchObject({ ok: true, version: 2, docUrl: first.docUrl });
    expect(env.doc(id).saved.content.some((c) => c.type === 'table' && c.rows[10].cells[3].paragraphs[0].text === 'ข้อเสนอแนะของผู้ประสานงานคนที่สอง')).toBe(true);
    expect(env.drive.get(id).owner).toBe(FIRST);
    // drive.file does not let the second coordinator's run reach the first one's Doc: its sharing stays as set, and the message says so.
    expect(second.message).toContain(`การแชร์เอกสารเป็นไปตามที่ ${FIRST} ตั้งไว้`);
    expect(env.drive.get(id).sharing.access).toBe('ANYONE_WITH_LINK');
    expect(env.scopes.refused).toEqual([]);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid().map((r) => r[1])).toEqual(['ผู้เผยแพร่', FIRST, SECOND]);
  });

  test('another coordinator narrowing the sharing: the earlier PDF drive.file does not let them reach is named in the message, Thai and English', () => {
    const { env, addon } = ready();
    env.spreadsheet.editors = [FIRST, SECOND];
    addon.publish({ force: true });
    env.session.email = SECOND;
    fillSettings(env, { sharing: 'ภายในองค์กร' });
    const second = addon.publish({ force: true });
    expect(second).toMatchObject({ ok: true, version: 2, sharing: 'domain_with_link' });
    expect(second.message).toContain('เปลี่ยนการแชร์ PDF ฉบับก่อนไม่ได้ ๑ ไฟล์');
    expect(second.messageEn).toContain('the sharing of 1 earlier PDF could not be changed');
    const [firstPdf, secondPdf] = env.drive.list('application/pdf');
    expect(firstPdf.sharing.access).toBe('ANYONE_WITH_LINK');
    expect(secondPdf.sharing.access).toBe('DOMAIN_WITH_LINK');
    // Its creator's next publish, at the same level, reaches it.
    env.session.email = FIRST;
    expect(addon.publish({ force: true })).toMatchObject({ ok: true, version: 3 });
    expect(env.drive.list('application/pdf').map((pdf) => pdf.sharing.access)).toEqual(['DOMAIN_WITH_LINK', 'DOMAIN_WITH_LINK', 'DOMAIN_WITH_LINK']);
    expect(env.scopes.refused).toEqual([]);
  });

  test('an editor added after the last publish is told whose Doc it is and what to do; nothing is written', () => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    const before = env.doc(id).saved;
    env.spreadsheet.editors = [FIRST, SECOND];
    env.drive.share(id, SECOND, 'reader'); // view-only, as the link sharing gives everyone
    env.session.email = SECOND;
    env.spreadsheet.sheetData(MEASURES).set(4, 4, '');
    const r = addon.publish({ force: true });
    expect(r.ok).toBe(false);
    expect(r.message).toBe(
      `เอกสารรายงานที่เผยแพร่ไว้เป็นของ ${FIRST} และคุณยังไม่มีสิทธิ์แก้ไข จึงเผยแพร่ทับไม่ได้ ขอให้ ${FIRST} เผยแพร่อีกครั้งหนึ่ง ` +
      '(ส่วนเสริมจะเพิ่มผู้แก้ไขชีตทุกคนเป็นผู้แก้ไขเอกสาร) หรือแชร์เอกสารให้คุณเป็น “ผู้แก้ไข” แล้วลองใหม่');
    expect(env.doc(id).saved).toEqual(before);
    expect(env.spreadsheet.sheetData(MEASURES).get(4, 4)).toBe(''); // the sheet is untouched too
    expect(liveDocs(env)).toHaveLength(1);

    env.session.email = FIRST; // the owner publishes once more: the new editor is added
    expect(addon.publish({ force: true }).ok).toBe(true);
    env.session.email = SECOND;
    expect(addon.publish({ force: true })).toMatchObject({ ok: true, version: 3, docUrl: first.docUrl });
  });

  test('a moment\'s failure of Google Docs never replaces the published Doc: the link on the website stays', () => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    const record = env.properties.document.data.get('ita.publish.2565.annual');
    env.log.failOn('DocumentApp.openById', 1, 'Exception: Service Documents failed while accessing document with id ' + id + '.');
    const r = addon.publish({ force: true });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^เปิดเอกสารรายงานที่เผยแพร่ไว้ไม่ได้ในขณะนี้ .*ยังไม่ได้เปลี่ยนแปลงสิ่งใด/);
    expect(env.properties.document.data.get('ita.publish.2565.annual')).toBe(record); // still points at the published Doc
    expect(liveDocs(env).map((d) => d.id)).toEqual([id]);
    expect(addon.publish({ force: true })).toMatchObject({ ok: true, version: 2, docUrl: first.docUrl }); // the next try goes on as usual
  });

  test('the owner\'s Doc counts as deleted only when the Drive API says "File not found", not when Drive and Docs both fail for a moment', () => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    const record = env.properties.document.data.get('ita.publish.2565.annual');
    env.log.failOn('Drive.Files.get', 1, 'GoogleJsonResponseException: API call to drive.files.get failed with error: Internal Error');
    env.log.failOn('DocumentApp.openById', 1, 'Exception: Service Documents failed while accessing document with id ' + docIdOf(first.docUrl) + '.');
    const r = addon.publish({ force: true });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^เปิดเอกสารรายงานที่เผยแพร่ไว้ไม่ได้ในขณะนี้/);
    expect(env.properties.document.data.get('ita.publish.2565.annual')).toBe(record);
    expect(liveDocs(env).map((d) => d.id)).toEqual([docIdOf(first.docUrl)]);
  });

  test('another coordinator who cannot open the Doc at all is sent to its owner, not given a new Doc (DocumentApp does not tell "deleted" from "not shared")', () => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    const record = env.properties.document.data.get('ita.publish.2565.annual');
    env.drive.files.delete(id); // deleted by its owner, or never shared: to the second coordinator both read "missing"
    env.session.email = SECOND;
    const r = addon.publish({ force: true });
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`ขอให้ ${FIRST} เผยแพร่อีกครั้ง`);
    expect(env.properties.document.data.get('ita.publish.2565.annual')).toBe(record);
    expect(liveDocs(env)).toEqual([]);

    env.session.email = FIRST; // the owner's run knows its own Doc is gone (the Drive API sees its own files): a new Doc, and it says so
    const again = addon.publish({ force: true });
    expect(again).toMatchObject({ ok: true, version: 2 });
    expect(again.docUrl).not.toBe(first.docUrl);
    expect(again.message).toContain('ไม่พบเอกสารที่เผยแพร่ไว้เดิม');
  });

  test('in English the message says the same', () => {
    const { env, addon } = ready();
    const id = docIdOf(addon.publish({ force: true }).docUrl);
    env.drive.share(id, SECOND, 'reader');
    env.session.email = SECOND;
    const refused = addon.publish({ force: true });
    expect(refused.message).toMatch(/^เอกสารรายงานที่เผยแพร่ไว้เป็นของ coordinator@song\.go\.th/);
    expect(refused.messageEn).toMatch(/^The published report Doc belongs to coordinator@song\.go\.th and you cannot edit it/);
  });
});

describe('defect 5: the 6-minute limit', () => {
  test('a slow publish stops itself well before the limit with a Thai message, leaving no scratch file and the published Doc as it was', () => {
    const { env, addon } = ready();
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    const before = env.doc(id).saved;
    // A slow day at Google: rendering takes 4½ minutes (one slow call), the rest is quick.
    env.log.before('Table.setColumnWidth', () => env.log.clock.advance(4.5 * 60 * 1000), { once: true });
    const r = addon.publish({ force: true });
    expect(env.log.killed).toBe(false); // it stopped itself: Google did not have to
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^การเผยแพร่ใช้เวลานานเกินไป จึงหยุดไว้ก่อนถึงเวลาที่ Google กำหนด \(๖ นาที\)/);
    expect(env.doc(id).saved).toEqual(before);
    expect(liveDocs(env).map((d) => d.id)).toEqual([id]);
    expect(env.drive.list('application/pdf')).toHaveLength(1);
    expect(env.properties.document.data.has('ita.scratch')).toBe(false);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()).toHaveLength(2);
  });

  test('a run Google kills mid-way leaves a record; the next publish trashes what it left', () => {
    const { env, addon } = ready();
    addon.publish({ force: true });
    // One very slow Docs API call: the execution passes 6 minutes inside a phase and Google stops it there.
    env.log.before('Docs.Documents.batchUpdate', () => env.log.clock.advance(7 * 60 * 1000), { once: true });
    expect(() => addon.publish({ force: true })).toThrow('Exceeded maximum execution time'); // what the person sees
    expect(env.log.killed).toBe(true);
    const leftovers = scratchIds(env);
    expect(leftovers).toHaveLength(1);
    expect(env.drive.get(leftovers[0]).trashed).toBe(false); // no finally ran: the scratch Doc is still there
    expect(liveDocs(env)).toHaveLength(2);

    const next = addon.publish({ force: true });
    expect(next).toMatchObject({ ok: true, version: 2 });
    expect(env.drive.get(leftovers[0]).trashed).toBe(true);
    expect(liveDocs(env)).toHaveLength(1);
    expect(env.properties.document.data.has('ita.scratch')).toBe(false);
  });
});

describe('scratch files of a killed run under drive.file', () => {
  const killPublish = (env: FakeEnv, addon: Addon) => {
    env.log.before('Docs.Documents.batchUpdate', () => env.log.clock.advance(7 * 60 * 1000), { once: true });
    expect(() => addon.publish({ force: true })).toThrow('Exceeded maximum execution time');
  };

  test('another coordinator\'s publish leaves them recorded (it cannot trash them); their creator\'s next publish trashes them', () => {
    const { env, addon } = ready();
    env.spreadsheet.editors = [FIRST, SECOND];
    addon.publish({ force: true });
    killPublish(env, addon);
    const [left] = scratchIds(env);
    expect(env.drive.get(left).owner).toBe(FIRST);

    env.session.email = SECOND;
    expect(addon.publish({ force: true }).ok).toBe(true);
    expect(env.drive.get(left).trashed).toBe(false); // drive.file: the second coordinator's run cannot reach it
    expect(scratchIds(env)).toEqual([left]); // still recorded, for its creator

    env.session.email = FIRST;
    expect(addon.publish({ force: true }).ok).toBe(true);
    expect(env.drive.get(left).trashed).toBe(true);
    expect(env.properties.document.data.has('ita.scratch')).toBe(false);
  });

  test('the record stays bounded, far under the 9 kB of a property value, when many coordinators\' runs were killed', () => {
    const { env, addon } = ready();
    // 60 coordinators, each with a run killed and no publish since: each one's scratch Doc waits for them.
    const others = Array.from({ length: 60 }, (_, i) => ({ id: `1${'x'.repeat(40)}${String(i).padStart(3, '0')}`, by: `coordinator.${i}@song.go.th` }));
    env.properties.document.data.set('ita.scratch', JSON.stringify(others));
    expect(addon.publish({ force: true }).ok).toBe(true);
    const record = env.properties.document.data.get('ita.scratch') ?? '';
    const ids = scratchIds(env);
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.length).toBeLessThanOrEqual(50);
    expect(ids).toEqual(others.slice(-ids.length).map((e) => e.id)); // the newest are kept
    expect(Buffer.byteLength(record)).toBeLessThan(9 * 1024);
  });
});

describe('the document lock', () => {
  test('publish, the coordinator\'s confirmations and validate\'s marks flush their sheet writes before releasing the lock, so the next holder reads them', () => {
    const { env, addon } = ready();
    const published = addon.publish({ force: true }); // validates, fills suggestion cells and appends the log row under one lock
    expect(published.ok).toBe(true);
    // The confirmation as the sidebar sends it after that publish: the step and result it showed.
    const shown = published.validation.findings.find((f) => f.code === 'UNMATCHED_STEP' && f.measure === 2);
    const result2 = shown?.results?.find((r) => r.number === 2);
    const request = { measure: 2, step: 3, place: shown?.place, stepText: shown?.stepText ?? '', verdict: 'reported' as const, result: 2, resultText: result2?.text, reason: 'ใช้จ่ายตามแผนคือทำตามแนวทาง' };
    expect(addon.confirmFinding(request).message).toContain('ยืนยัน');
    // Publish once; the confirmation's row, then its validation's marks, each under the lock.
    expect(env.log.count('Lock.releaseLock')).toBe(3);
    expect(env.locks.document.unflushedReleases).toEqual([]);
  });
});

describe('defect 4: the header pin', () => {
  test('no pin is requested for a table of one row (the header alone): pinned rows must be fewer than the table\'s', () => {
    const { env, addon } = ready();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    for (let row = 2; row <= 11; row++) for (let col = 1; col <= 4; col++) sheet.set(row, col, '');
    const r = addon.publish({ force: true });
    expect(r.ok).toBe(true);
    const table = env.doc(docIdOf(r.docUrl)).saved.content.find((c) => c.type === 'table');
    expect(table).toMatchObject({ type: 'table', pinnedHeaderRows: 0, rows: [expect.anything()] });
    expect(env.docs.requests.flatMap((b) => b.requests).filter((q) => 'pinTableHeaderRows' in (q as object))).toEqual([]);
  });
});
