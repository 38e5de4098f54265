/** The ITA year in the add-on: editions as separate Docs, the ITAS text, rollover, the memo, the extra columns. */
import { DOC_MIME, type FakeEnv, type TableSnapshot } from '../fakes';
import { fromA1 } from '../../src/core';
import { splitByKind } from '../fakes/callKinds';
import { CONFIRMATIONS, MEASURES, PUBLISH_LOG, SETTINGS, fillSettings, loadWithSample, type Addon } from './harness';
import { yearGrid } from '../helpers/yearSample';

const docIdOf = (url: string | undefined) => /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';
const tableOf = (env: FakeEnv, id: string) => env.doc(id).saved.content.find((c): c is TableSnapshot => c.type === 'table')!;
const headerOf = (table: TableSnapshot) => table.rows[0].cells.map((c) => c.paragraphs[0].text);
const paragraphsOf = (env: FakeEnv, id: string) => env.doc(id).saved.content.flatMap((c) => (c.type === 'paragraph' ? [c.text] : []));

/** The sample as the year sheet (ten columns) in the add-on, fiscal year 2565, website menu set. */
function yearReady(settings: Record<string, string | number> = {}): { env: FakeEnv; addon: Addon } {
  const loaded = loadWithSample();
  const measures = loaded.env.spreadsheet.sheetData(MEASURES);
  measures.seed(yearGrid());
  fillSettings(loaded.env, {
    agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, websitePath: 'หน้าแรก > การประเมิน ITA > O43', signerName: 'นางสาวสมใจ ตั้งใจ', ...settings,
  });
  return loaded;
}

describe('editions', () => {
  test('each edition is its own Doc; republishing the annual report leaves the six-month one alone', () => {
    const { env, addon } = yearReady({ asOf: '2565-03-31' });
    // Measure 2's timeframe ended before the cut-off: its missing step is still an error.
    const half = addon.publish({ edition: 'half-year', force: true });
    expect(half).toMatchObject({ ok: true, edition: 'half-year', fiscalYear: 2565, version: 1 });
    const halfId = docIdOf(half.docUrl);
    expect(paragraphsOf(env, halfId)).toContain('ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๕');
    expect(env.doc(halfId).saved.name).toBe('รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ เทศบาลตำบลสอง');
    const halfBefore = JSON.stringify(env.doc(halfId).saved.content);

    const annual = addon.publish({ edition: 'annual', force: true });
    const annualId = docIdOf(annual.docUrl);
    expect(annualId).not.toBe(halfId);
    const again = addon.publish({ edition: 'annual', force: true });
    expect(docIdOf(again.docUrl)).toBe(annualId);
    expect(again.version).toBe(2);
    expect(JSON.stringify(env.doc(halfId).saved.content)).toBe(halfBefore);
    expect(env.drive.list(DOC_MIME).map((f) => f.id).sort()).toEqual([halfId, annualId].sort());

    const log = env.spreadsheet.sheetData(PUBLISH_LOG).grid();
    expect(log[0].slice(10, 13)).toEqual(['ฉบับรายงาน', 'ปีงบประมาณ', 'ข้อความตอบ ITAS']);
    expect(log.slice(1).map((row) => [row[2], row[3], row[10], row[11]])).toEqual([
      [1, half.docUrl, 'รอบ ๖ เดือน', 2565],
      [1, annual.docUrl, 'ประจำปี', 2565],
      [2, annual.docUrl, 'ประจำปี', 2565],
    ]);
    expect(log[3][12]).toBe(again.itasText);
  });

  test('the ITAS text: มี, the Doc link, title, edition, fiscal year, B.E. date and the website menu', () => {
    const { addon } = yearReady();
    const r = addon.publish({ edition: 'half-year', force: true });
    const [answer, link, description] = (r.itasText ?? '').split('\n');
    expect(answer).toBe('มี');
    expect(link).toBe(r.docUrl);
    expect(description).toMatch(
      /^รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ พ\.ศ\.๒๕๖๕ ของเทศบาลตำบลสอง เผยแพร่เมื่อวันที่ [๐-๙]+ [ก-๙]+ [๐-๙]{4} บนเว็บไซต์ของหน่วยงาน เมนู หน้าแรก > การประเมิน ITA > O43$/,
    );
  });

  test('dates typed as Thai text in the settings are read; one that cannot be read is an error naming its cell', () => {
    const { env, addon } = yearReady({ asOf: '30 เม.ย. 2565', reportDate: '๑๕ พฤษภาคม ๒๕๖๕' });
    const v = addon.validate({ edition: 'half-year' });
    expect(v.findings.filter((f) => /^DATE_/.test(f.code))).toEqual([]);
    const r = addon.publish({ edition: 'half-year', force: true });
    const paras = paragraphsOf(env, docIdOf(r.docUrl));
    expect(paras).toContain('ข้อมูล ณ วันที่ ๓๐ เมษายน ๒๕๖๕');
    expect(paras.find((p) => p.includes('ตั้งแต่วันที่'))).toContain('ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๔ ถึงวันที่ ๓๐ เมษายน ๒๕๖๕');
    expect(paras).toContain('วันที่ ๑๕ พฤษภาคม ๒๕๖๕');

    // 31 April does not exist: said, with the cell, instead of a report quietly dated 31 March.
    fillSettings(env, { asOf: '2565-04-31' });
    const grid = env.spreadsheet.sheetData(SETTINGS).grid();
    const cell = `B${grid.findIndex((row) => row[2] === 'asOf') + 1}`;
    const unread = addon.validate({ edition: 'half-year' }).findings.filter((f) => f.code === 'DATE_UNREADABLE');
    expect(unread.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['error', SETTINGS, cell]]);
    expect(unread[0].message).toContain(`“ข้อมูล ณ วันที่ (รอบ ๖ เดือน)” (ชีต ตั้งค่า เซลล์ ${cell}) อ่านเป็นวันที่ที่มีจริงไม่ได้: “2565-04-31”`);
  });

  test('the plan: no results column, no result checks, nothing filled into the sheet', () => {
    const { env, addon } = yearReady({ edition: 'แผน' });
    const before = env.spreadsheet.sheetData(MEASURES).grid();
    const v = addon.validate();
    expect(v.edition).toBe('plan');
    expect(v.findings.map((f) => f.code).filter((c) => /UNMATCHED|WEAK|EMPTY_RESULTS/.test(c))).toEqual([]);
    const r = addon.publish({});
    expect(r).toMatchObject({ ok: true, edition: 'plan' });
    expect(headerOf(tableOf(env, docIdOf(r.docUrl)))).toEqual([
      'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ', 'ตัวชี้วัด / เป้าหมาย', 'หลักฐาน / เอกสารอ้างอิง',
    ]);
    expect(paragraphsOf(env, docIdOf(r.docUrl))[0]).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(env.spreadsheet.sheetData(MEASURES).grid()).toEqual(before);
  });

  test('the link and its QR code on the last page when the settings ask, the same after republishing', () => {
    const { env, addon } = yearReady({ linkOnLastPage: 'ใช่' });
    const first = addon.publish({ force: true });
    const id = docIdOf(first.docUrl);
    const lastPage = () => {
      const content = env.doc(id).saved.content;
      const at = content.findIndex((c) => c.type === 'paragraph' && c.pageBreak);
      return content.slice(at);
    };
    const page = lastPage();
    expect(page).toHaveLength(4);
    const [, caption, link, image] = page.map((c) => (c.type === 'paragraph' ? c : null));
    expect(caption).toMatchObject({ text: 'สแกนหรือเปิดลิงก์เพื่อดูรายงานฉบับนี้', attrs: { BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' } });
    expect(link).toMatchObject({ text: first.docUrl, attrs: { LINK_URL: first.docUrl } });
    expect(image?.image).toMatchObject({ contentType: 'image/gif', width: 150, height: 150 });
    expect(image?.attrs.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    // GIF87a, as Java bytes.
    expect(image?.image?.bytes.slice(0, 6)).toEqual([71, 73, 70, 56, 55, 97]);
    expect(image?.image?.bytes.some((b) => b < 0)).toBe(true);
    const again = addon.publish({ force: true });
    expect(docIdOf(again.docUrl)).toBe(id);
    expect(lastPage()).toEqual(page);
    expect(env.doc(id).saved.content.filter((c) => c.type === 'paragraph' && c.image)).toHaveLength(1);
  });

  test('a wide table (nine columns) is set at 12 pt as in the .docx, the rest of the Doc at 14, columns as wide as their content', () => {
    const { env, addon } = yearReady();
    const r = addon.publish({ force: true });
    const doc = env.doc(docIdOf(r.docUrl)).saved;
    const table = tableOf(env, docIdOf(r.docUrl));
    const header = headerOf(table);
    expect(header).toHaveLength(9);
    // Header cells centred and bold, as in the .docx.
    expect(table.rows[0].cells.map((c) => c.paragraphs[0].attrs)).toEqual(Array(9).fill(expect.objectContaining({ BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' })));
    // Every paragraph of every cell, the items added through the Docs API included.
    const cellParagraphs = table.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs));
    expect(cellParagraphs.length).toBeGreaterThan(table.rows.length * header.length);
    expect([...new Set(cellParagraphs.map((p) => p.attrs.FONT_SIZE))]).toEqual([12]);
    const outside = doc.content.flatMap((c) => (c.type === 'paragraph' && c.text ? [c.attrs.FONT_SIZE] : []));
    expect([...new Set(outside)]).toEqual([14]);
    // The widths the .docx gets (the core's fractions) over the Doc's usable width.
    const widths = table.columnWidths as number[];
    const width = (name: string) => widths[header.indexOf(name)];
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(841.89 - 70.9 - 56.7, -1);
    expect(width('ขั้นตอนหรือวิธีการปฏิบัติ')).toBeGreaterThan(1.5 * width('งบประมาณ'));
    expect(width('ผลการดำเนินงาน')).toBeGreaterThan(1.5 * width('งบประมาณ'));
    // No column narrower than seven Thai letters at 12 pt plus the cell's padding (a word such as ประมาณ).
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(7 * 0.55 * 12 + 2 * 5.4 - 1);
  });

  test('no link page unless the settings ask', () => {
    const { env, addon } = yearReady();
    const r = addon.publish({ force: true });
    expect(env.doc(docIdOf(r.docUrl)).saved.content.some((c) => c.type === 'paragraph' && (c.pageBreak || c.image))).toBe(false);
  });

  test('the extra columns are checked and marked in the sheet', () => {
    const { env, addon } = yearReady();
    const v = addon.validate();
    const missing = v.findings.find((f) => f.code === 'MISSING_RESPONSIBLE');
    expect(missing).toMatchObject({ severity: 'warning', cell: 'D5', sheet: MEASURES });
    expect(env.spreadsheet.sheetData(MEASURES).note(5, 4)).toContain('ยังไม่ได้กรอก “ผู้รับผิดชอบ”');
  });

  /** Publishes 2565's annual report and stores its record as the add-on did before editions (`ita.publish`). */
  function legacyPublished(): { env: FakeEnv; addon: Addon; first: ReturnType<Addon['publish']>; props: Map<string, string> } {
    const { env, addon } = yearReady();
    const first = addon.publish({ force: true });
    const props = env.properties.document.data;
    props.set('ita.publish', props.get('ita.publish.2565.annual')!);
    props.delete('ita.publish.2565.annual');
    return { env, addon, first, props };
  }

  test('a publish record from before editions is the annual report of the year its Doc names, and moves to its own key', () => {
    const { addon, first, props } = legacyPublished();
    const again = addon.publish({ force: true });
    expect(docIdOf(again.docUrl)).toBe(docIdOf(first.docUrl));
    expect(again.version).toBe(2);
    expect(props.has('ita.publish')).toBe(false);
    expect(JSON.parse(props.get('ita.publish.2565.annual')!).version).toBe(2);
  });

  test('a pre-edition record of 2565 is never taken for 2566 (year typed into the settings): last year\'s Doc keeps its content at its link', () => {
    const { env, addon, first, props } = legacyPublished();
    const oldId = docIdOf(first.docUrl);
    const before = JSON.stringify(env.doc(oldId).saved);
    fillSettings(env, { fiscalYear: 2566 });
    const next = addon.publish({ force: true });
    expect(next).toMatchObject({ ok: true, fiscalYear: 2566, version: 1 });
    expect(docIdOf(next.docUrl)).not.toBe(oldId);
    expect(paragraphsOf(env, docIdOf(next.docUrl))).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๖');
    expect(JSON.stringify(env.doc(oldId).saved)).toBe(before);
    expect(paragraphsOf(env, oldId)).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    // The old record is filed under its own year: publishing 2565 again still updates the posted Doc.
    expect(props.has('ita.publish')).toBe(false);
    expect(JSON.parse(props.get('ita.publish.2565.annual')!)).toMatchObject({ docId: oldId, version: 1 });
    fillSettings(env, { fiscalYear: 2565 });
    const back = addon.publish({ force: true });
    expect(docIdOf(back.docUrl)).toBe(oldId);
    expect(back.version).toBe(2);
  });

  test('a renamed pre-edition Doc: its year is read from its heading', () => {
    const { env, addon, first } = legacyPublished();
    const oldId = docIdOf(first.docUrl);
    // Renamed in Drive: the Doc and its file are one name.
    env.doc(oldId).data.name = env.drive.get(oldId).name = 'รายงาน ITA เว็บไซต์';
    fillSettings(env, { fiscalYear: 2566 });
    expect(docIdOf(addon.publish({ force: true }).docUrl)).not.toBe(oldId);
    expect(paragraphsOf(env, oldId)).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    fillSettings(env, { fiscalYear: 2565 });
    expect(docIdOf(addon.publish({ force: true }).docUrl)).toBe(oldId);
  });

  test('a pre-edition record whose Doc cannot be read is left alone: a new Doc, and the message says why', () => {
    const { env, addon, first, props } = legacyPublished();
    const legacy = props.get('ita.publish');
    env.drive.files.delete(docIdOf(first.docUrl)); // deleted for good: DocumentApp.openById throws
    const r = addon.publish({ force: true });
    expect(r).toMatchObject({ ok: true, version: 1 });
    expect(docIdOf(r.docUrl)).not.toBe(docIdOf(first.docUrl));
    expect(r.message).toContain('อ่านปีงบประมาณของเอกสารนั้นไม่ได้');
    expect(r.messageEn).toContain('left unchanged and a new Doc was made for fiscal year 2565');
    expect(props.get('ita.publish')).toBe(legacy);
  });

  test('the memo of 2566 never links the pre-edition 2565 report', () => {
    const { env, addon } = legacyPublished();
    fillSettings(env, { fiscalYear: 2566, memoTo: 'นายกเทศมนตรีตำบลสอง' });
    (addon.menuCreateMemo as () => void)();
    expect(env.ui.dialogs[env.ui.dialogs.length - 1].content).toContain('ยังไม่ได้เผยแพร่รายงานฉบับนี้');
  });

  test('rolling 2566 over files a pre-edition record under the year its Doc names (2565), not the year being closed', () => {
    const { env, addon, first, props } = legacyPublished();
    fillSettings(env, { fiscalYear: 2566 });
    (addon.menuStartNextYear as () => void)();
    expect(props.has('ita.publish')).toBe(false);
    expect(props.has('ita.publish.2566.annual')).toBe(false);
    expect(JSON.parse(props.get('ita.publish.2565.annual')!)).toMatchObject({ docId: docIdOf(first.docUrl) });
  });
});

describe('เริ่มปีงบประมาณใหม่', () => {
  test('a measures sheet someone already protected keeps that protection as it was (never loosened to a warning)', () => {
    const { env, addon } = yearReady();
    env.spreadsheet.sheetData(MEASURES).protection = { description: 'แก้ไขได้เฉพาะผู้ประสานงาน', warningOnly: false, editors: ['coordinator@song.go.th'] };
    (addon.menuStartNextYear as () => void)();
    expect(env.spreadsheet.sheetData('มาตรการ 2565').protection).toEqual({ description: 'แก้ไขได้เฉพาะผู้ประสานงาน', warningOnly: false, editors: ['coordinator@song.go.th'] });
    expect(env.spreadsheet.sheets[0].data.name).toBe(MEASURES);
  });

  test('keeps last year under a warning, starts a fresh sheet with notes, moves the fiscal year; new Docs next year', () => {
    const { env, addon } = yearReady();
    env.spreadsheet.sheetData(MEASURES).set(2, 10, 'หน่วยงานควรจัดอบรมให้ความรู้เกี่ยวกับการประเมิน ITA');
    const lastYear = addon.publish({ force: true });
    const before = env.spreadsheet.sheetData(MEASURES).grid();
    const marked = env.spreadsheet.sheetData(MEASURES).note(5, 4);
    expect(marked).toContain('ยังไม่ได้กรอก');

    (addon.menuStartNextYear as () => void)();
    const confirm = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(confirm).toMatchObject({ kind: 'alert', title: 'เริ่มปีงบประมาณใหม่' });
    expect(confirm.content).toContain('เริ่มปีงบประมาณ 2566 หรือไม่?');

    const archive = env.spreadsheet.sheetData('มาตรการ 2565');
    expect(archive.grid()).toEqual(before);
    expect(archive.protection).toEqual({ description: 'ตารางมาตรการปีงบประมาณ 2565 (เก็บไว้เป็นหลักฐาน)', warningOnly: true, editors: ['coordinator@song.go.th'] });
    expect(env.spreadsheet.sheets[0].data.name).toBe(MEASURES);
    const fresh = env.spreadsheet.sheetData(MEASURES);
    const grid = fresh.grid();
    expect(grid[0]).toEqual(before[0]);
    expect(grid).toHaveLength(11);
    expect(grid.slice(1).map((row) => [row[6], row[8], row[9]])).toEqual(Array(10).fill(['', '', '']));
    expect(grid[2][4]).toBe('ต.ค. ๖๕ – ธ.ค. ๖๕');
    expect(fresh.note(2, 2)).toBe('ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.๒๕๖๕:\nหน่วยงานควรจัดอบรมให้ความรู้เกี่ยวกับการประเมิน ITA');
    const settings = env.spreadsheet.sheetData(SETTINGS).grid();
    expect(settings.find((r) => r[2] === 'fiscalYear')?.[1]).toBe(2566);
    // Validate on the new sheet: its own findings; last year's sheet keeps what it showed.
    // The new year starts with its plan (settings' edition), which checks no results.
    expect(addon.validate()).toMatchObject({ fiscalYear: 2566, edition: 'plan', errors: 0 });
    const v = addon.validate({ edition: 'annual' });
    expect(v.fiscalYear).toBe(2566);
    expect(v.findings.filter((f) => f.code === 'EMPTY_RESULTS')).toHaveLength(10);
    expect(archive.note(5, 4)).toBe(marked);
    expect(env.spreadsheet.toasts[env.spreadsheet.toasts.length - 1].msg).toMatch(/^เริ่มปีงบประมาณ 2566 แล้ว: 10 มาตรการ/);
    // Every call the rollover makes is a known kind of round trip (the benchmark counts them).
    expect(splitByKind(env.log.counts).unclassified).toEqual([]);

    // The new year's plan is a new Doc; last year's annual report keeps its Doc and its log row.
    const plan = addon.publish({ edition: 'plan' });
    expect(plan).toMatchObject({ ok: true, fiscalYear: 2566 });
    expect(docIdOf(plan.docUrl)).not.toBe(docIdOf(lastYear.docUrl));
    const annual = addon.publish({ edition: 'annual', force: true });
    expect(docIdOf(annual.docUrl)).not.toBe(docIdOf(lastYear.docUrl));
    expect(env.drive.get(docIdOf(lastYear.docUrl)).trashed).toBe(false);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1][3]).toBe(lastYear.docUrl);
  });

  test('answering no changes nothing; a second rollover of the same year is refused', () => {
    const { env, addon } = yearReady();
    const before = env.spreadsheet.sheetData(MEASURES).grid();
    env.ui.alertAnswers.push('NO');
    (addon.menuStartNextYear as () => void)();
    expect(env.spreadsheet.hasSheet('มาตรการ 2565')).toBe(false);
    expect(env.spreadsheet.sheetData(MEASURES).grid()).toEqual(before);

    (addon.menuStartNextYear as () => void)();
    fillSettings(env, { fiscalYear: 2565 });
    (addon.menuStartNextYear as () => void)();
    const alert = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(alert.content).toMatch(/^มีชีต “มาตรการ 2565” อยู่แล้ว/);
  });
});

describe('เริ่มปีงบประมาณใหม่: nothing of last year\'s round applies to the new one', () => {
  const settingOf = (env: FakeEnv, key: string) => {
    const data = env.spreadsheet.sheetData(SETTINGS);
    const row = data.grid().findIndex((r) => r[2] === key) + 1;
    return { value: data.get(row, 2), note: data.note(row, 2), cell: `B${row}` };
  };

  test('last year\'s dates cleared (kept in notes), the plan edition, the confirmations kept as last year\'s: the new six-month report has its own period and its own errors', () => {
    const { env, addon } = yearReady({ asOf: '2565-03-31', reportDate: '2565-09-30', edition: 'รอบ ๖ เดือน' });
    addon.confirmFinding({ measure: 2, step: 3, stepText: 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด', verdict: 'not_done', reason: 'ปีนี้ไม่ได้ทำ' });
    const confirmed = env.spreadsheet.sheetData(CONFIRMATIONS).grid();
    expect(confirmed).toHaveLength(2);
    (addon.menuStartNextYear as () => void)();

    expect(settingOf(env, 'fiscalYear').value).toBe(2566);
    expect(settingOf(env, 'edition').value).toBe('แผน');
    expect(settingOf(env, 'asOf')).toMatchObject({ value: '', note: 'ค่าของปีงบประมาณ พ.ศ.2565 (ล้างเมื่อเริ่มปีงบประมาณ 2566):\n2565-03-31' });
    expect(settingOf(env, 'reportDate')).toMatchObject({ value: '', note: 'ค่าของปีงบประมาณ พ.ศ.2565 (ล้างเมื่อเริ่มปีงบประมาณ 2566):\n2565-09-30' });
    // Last year's confirmations: kept as they were under the year's name, warned like the measures; the new sheet has the header alone.
    const archive = env.spreadsheet.sheetData('การยืนยันผลตรวจ 2565');
    expect(archive.grid()).toEqual(confirmed);
    expect(archive.protection).toEqual({ description: 'การยืนยันผลตรวจปีงบประมาณ 2565 (เก็บไว้เป็นหลักฐาน)', warningOnly: true, editors: ['coordinator@song.go.th'] });
    expect(env.spreadsheet.sheetData(CONFIRMATIONS).grid()).toEqual([confirmed[0]]);
    expect(env.spreadsheet.toasts[env.spreadsheet.toasts.length - 1].msg).toContain('ฉบับรายงานเป็น “แผน” ล้าง “วันที่รายงาน”, “ข้อมูล ณ วันที่ (รอบ ๖ เดือน)” ของปีก่อนในชีตตั้งค่าแล้ว (ค่าเดิมอยู่ในหมายเหตุของเซลล์) การยืนยันผลตรวจปี 2565 เก็บไว้ในชีต “การยืนยันผลตรวจ 2565”');

    // The co-editors enter this year's results: the same work as last year, step 3 of measure 2 again missing.
    const fresh = env.spreadsheet.sheetData(MEASURES);
    env.spreadsheet.sheetData('มาตรการ 2565').grid().slice(1).forEach((row, i) => fresh.set(i + 2, 7, row[6]));
    const v = addon.validate({ edition: 'half-year' });
    expect(v.fiscalYear).toBe(2566);
    expect(v.findings.filter((f) => f.confirmedBy)).toEqual([]);
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.measure}/${f.item}`)).toEqual(['UNMATCHED_STEP 2/3']);
    expect(v.findings.filter((f) => f.code === 'DATE_OUTSIDE_YEAR')).toEqual([]);
    const half = addon.publish({ edition: 'half-year', force: true });
    const paras = paragraphsOf(env, docIdOf(half.docUrl));
    expect(paras).toContain('ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖');
    expect(paras.find((p) => p.includes('ตั้งแต่วันที่'))).toContain('ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๕ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๖');
    expect(paras.filter((p) => /^วันที่ /.test(p))).toEqual([]);
  });

  test('a year typed over by hand (no rollover) with last year\'s cut-off: the check and the report warn, naming the settings cell', () => {
    const { env, addon } = yearReady({ asOf: '2565-03-31', edition: 'รอบ ๖ เดือน' });
    fillSettings(env, { fiscalYear: 2566 });
    const cell = settingOf(env, 'asOf').cell;
    const v = addon.validate({});
    const warned = v.findings.filter((f) => f.code === 'DATE_OUTSIDE_YEAR');
    expect(warned.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['warning', SETTINGS, cell]]);
    expect(warned[0].message).toContain(`“ข้อมูล ณ วันที่ (รอบ ๖ เดือน)” (ชีต ตั้งค่า เซลล์ ${cell}) เป็นวันที่ ๓๑ มีนาคม ๒๕๖๕ ซึ่งไม่อยู่ในปีงบประมาณ พ.ศ.๒๕๖๖`);
    const published = addon.publish({ force: true });
    expect(published.validation.findings.map((f) => f.code)).toContain('DATE_OUTSIDE_YEAR');
    // The settings sheet itself is not marked: the finding names it.
    expect(env.spreadsheet.sheetData(SETTINGS).note(Number(cell.slice(1)), 2)).toBe('');
  });

  test('a sheet already named for last year\'s confirmations: refused before anything moves', () => {
    const { env, addon } = yearReady();
    env.spreadsheet.addSheet('การยืนยันผลตรวจ 2565');
    const before = env.spreadsheet.sheetData(MEASURES).grid();
    (addon.menuStartNextYear as () => void)();
    expect(env.ui.dialogs[env.ui.dialogs.length - 1].content).toMatch(/^มีชีต “การยืนยันผลตรวจ 2565” อยู่แล้ว/);
    expect(env.spreadsheet.hasSheet('มาตรการ 2565')).toBe(false);
    expect(env.spreadsheet.sheetData(MEASURES).grid()).toEqual(before);
    expect(settingOf(env, 'fiscalYear').value).toBe(2565);
  });

  test('numbers keep what the sheet shows: 20,000 and 80% stay so in the new sheet and the new plan', () => {
    const { env, addon } = yearReady();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(3, 6, '20,000');
    sheet.set(3, 8, '80%');
    (addon.menuStartNextYear as () => void)();
    const fresh = env.spreadsheet.sheetData(MEASURES);
    expect([fresh.get(3, 6), fresh.display(3, 6), fresh.get(3, 8), fresh.display(3, 8)]).toEqual([20000, '20,000', 0.8, '80%']);
    const plan = addon.publish({ edition: 'plan' });
    const row = tableOf(env, docIdOf(plan.docUrl)).rows[2].cells.map((c) => c.paragraphs.map((p) => p.text).join('/'));
    expect(row.slice(4, 6)).toEqual(['๒๐,๐๐๐', '๘๐%']);
    expect(splitByKind(env.log.counts).unclassified).toEqual([]);
  });
});

describe('สร้างบันทึกขออนุญาตเผยแพร่', () => {
  test('a one-page A4 portrait memo with the published link, from the settings', () => {
    const { env, addon } = yearReady({ memoNumber: 'สพ 51201/88', memoTo: 'นายกเทศมนตรีตำบลสอง', approverName: 'นายสมชาย ใจดี' });
    const r = addon.publish({ force: true });
    (addon.menuCreateMemo as () => void)();
    const memo = env.drive.list(DOC_MIME).find((f) => f.name.startsWith('บันทึกข้อความ'))!;
    const doc = env.doc(memo.id).saved;
    expect(doc.page).toMatchObject({ width: 595.28, height: 841.89 });
    const texts = paragraphsOf(env, memo.id);
    expect(texts[0]).toBe('บันทึกข้อความ');
    expect(texts.slice(1, 5)).toEqual([
      'ส่วนราชการ เทศบาลตำบลสอง',
      expect.stringMatching(/^ที่ สพ ๕๑๒๐๑\/๘๘ {5}วันที่ [๐-๙]+ [ก-๙]+ [๐-๙]{4}$/),
      'เรื่อง ขออนุญาตเผยแพร่รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๑๒ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ บนเว็บไซต์ของหน่วยงาน',
      'เรียน นายกเทศมนตรีตำบลสอง',
    ]);
    expect(texts.find((t) => t.startsWith('ในการนี้'))).toContain(`ตามลิงก์ ${r.docUrl}`);
    const [requester, approval] = doc.content.filter((c): c is TableSnapshot => c.type === 'table');
    const column = (table: TableSnapshot, c: number) => table.rows[0].cells[c].paragraphs.map((p) => p.text);
    expect(column(requester, 1)).toEqual(['ลงชื่อ ........................................', '(นางสาวสมใจ ตั้งใจ)', 'ตำแหน่ง ........................................']);
    // The approval heading and its choices beside the approver's signature, as in the .docx.
    expect(column(approval, 0)).toEqual(['ความเห็นของผู้บังคับบัญชา', '(   ) อนุญาต      (   ) ไม่อนุญาต']);
    expect(column(approval, 1)).toEqual(['ลงชื่อ ........................................', '(นายสมชาย ใจดี)', 'ตำแหน่ง ........................................', 'วันที่ ........................................']);
    expect(env.ui.dialogs[env.ui.dialogs.length - 1].content).toContain('สร้างบันทึกข้อความขออนุญาตเผยแพร่แล้ว');
  });

  test('the Doc memo has the .docx memo\'s page, margins, sizes and spacing, so it fits one A4 page as that one does', () => {
    const { env, addon } = yearReady({ memoTo: 'นายกเทศมนตรีตำบลสอง', approverName: 'นายสมชาย ใจดี', approverPosition: 'นายกเทศมนตรีตำบลสอง' });
    addon.publish({ force: true });
    (addon.menuCreateMemo as () => void)();
    const memo = env.drive.list(DOC_MIME).find((f) => f.name.startsWith('บันทึกข้อความ'))!;
    const doc = env.doc(memo.id).saved;
    // 2 cm on every side, as the .docx (1134 twips), not the report's 2.5 cm binding margin.
    expect(doc.page).toEqual({ width: 595.28, height: 841.89, marginTop: 56.7, marginBottom: 56.7, marginLeft: 56.7, marginRight: 56.7 });
    // Heading, four labelled lines, three body paragraphs, two side-by-side blocks and Google's closing paragraph: no blank lines.
    expect(doc.content.map((c) => c.type)).toEqual([...Array(8).fill('paragraph'), 'table', 'table', 'paragraph']);
    const paragraphs = doc.content.flatMap((c) => (c.type === 'paragraph' ? [c] : c.rows.flatMap((r) => r.cells.flatMap((cell) => cell.paragraphs))));
    const [heading, ...rest] = paragraphs.slice(0, -1);
    expect(heading.attrs).toMatchObject({ FONT_SIZE: 29, BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER', LINE_SPACING: 1, SPACING_AFTER: 6 });
    for (const p of rest) expect({ text: p.text, ...p.attrs }).toMatchObject({ text: p.text, FONT_FAMILY: 'Sarabun', FONT_SIZE: 16, LINE_SPACING: 1 });
    const byText = (start: string) => paragraphs.find((p) => p.text.startsWith(start))!.attrs;
    expect(byText('เรียน')).toMatchObject({ SPACING_BEFORE: 9, SPACING_AFTER: 3 });
    // The labels bold, their values not, as in the .docx.
    const bold = (p: { text: string; ranges?: { start: number; endInclusive: number; attrs: Record<string, unknown> }[] }) =>
      (p.ranges ?? []).filter((r) => r.attrs.BOLD === true).map((r) => p.text.slice(r.start, r.endInclusive + 1));
    expect(paragraphs.slice(1, 5).map(bold)).toEqual([['ส่วนราชการ'], ['ที่', 'วันที่'], ['เรื่อง'], ['เรียน']]);
    expect(paragraphs.slice(1, 5).every((p) => p.attrs.BOLD === false)).toBe(true);
    expect(byText('ด้วย')).toMatchObject({ INDENT_FIRST_LINE: 70.9, HORIZONTAL_ALIGNMENT: 'JUSTIFY', SPACING_AFTER: 3 });
    // The link's paragraph is left-aligned: justified, the line before the unbreakable link is stretched.
    expect(byText('ในการนี้')).toMatchObject({ HORIZONTAL_ALIGNMENT: 'LEFT' });
    expect(byText('(นายสมชาย ใจดี)')).toMatchObject({ HORIZONTAL_ALIGNMENT: 'CENTER' });
    const tables = doc.content.filter((c): c is TableSnapshot => c.type === 'table');
    for (const table of tables) expect(table).toMatchObject({ attrs: { BORDER_WIDTH: 0 }, columnWidths: [240.94, 240.94] });
    expect(paragraphs[paragraphs.length - 1]).toMatchObject({ text: '', attrs: { FONT_SIZE: 1 } });
  });

  test('before the edition is published the memo says the link is still to come', () => {
    const { env, addon } = yearReady();
    (addon.menuCreateMemo as () => void)();
    const memo = env.drive.list(DOC_MIME).find((f) => f.name.startsWith('บันทึกข้อความ'))!;
    expect(paragraphsOf(env, memo.id).find((t) => t.startsWith('ในการนี้'))).toContain('(ลิงก์ของรายงานจะได้หลังเผยแพร่ฉบับนี้)');
  });
});

describe('one time zone for "now", whatever the spreadsheet\'s', () => {
  /** 1 October 2568 (2025), 00:30 in Bangkok: still 30 September in London and Los Angeles. */
  const JUST_AFTER_MIDNIGHT = new Date('2025-09-30T17:30:00Z');

  test.each(['Asia/Bangkok', 'Etc/GMT', 'America/Los_Angeles'])('sheet zone %s: the publish time, ITAS date, log stamp, memo date, check and fill stamps and the default fiscal year agree (Bangkok)', (timeZone) => {
    const { env, addon } = loadWithSample({ timeZone, now: JUST_AFTER_MIDNIGHT });
    const grid = yearGrid();
    grid[3][9] = ''; // measure 3's suggestion left for the add-on to fill
    env.spreadsheet.sheetData(MEASURES).seed(grid);
    // No fiscal year typed: the year is the one Bangkok is in, 2569 from 1 October.
    fillSettings(env, { agency: 'เทศบาลตำบลสอง', fiscalYear: '', websitePath: 'O43' });
    const v = addon.validate({});
    expect(v.checkedAt).toBe('๑ ตุลาคม ๒๕๖๘ เวลา ๐๐:๓๐ น.');
    expect(v.fiscalYear).toBe(2569);
    // The auto-fill note is stamped in the same zone.
    const [first] = addon.fillSuggestions().filled;
    expect(first.cell).toBe('J4');
    const { row, column } = fromA1(first.cell);
    expect(env.spreadsheet.sheetData(MEASURES).note(row + 1, column + 1)).toMatch(/เมื่อ ๑ ตุลาคม ๒๕๖๘ เวลา ๐๐:[๐-๙]{2} น\./);
    const r = addon.publish({ force: true });
    expect(r).toMatchObject({ ok: true, fiscalYear: 2569 });
    expect(r.publishedAt).toMatch(/^๑ ตุลาคม ๒๕๖๘ เวลา ๐๐:๓[๐-๙] น\.$/);
    expect(r.itasText?.split('\n')[2]).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๙ ของเทศบาลตำบลสอง เผยแพร่เมื่อวันที่ ๑ ตุลาคม ๒๕๖๘ บนเว็บไซต์ของหน่วยงาน');
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()[1][0]).toBe(r.publishedAt);
    (addon.menuCreateMemo as () => void)();
    const memo = env.drive.list(DOC_MIME).find((f) => f.name.startsWith('บันทึกข้อความ'))!;
    expect(memo.name).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๙');
    expect(paragraphsOf(env, memo.id).find((t) => t.startsWith('ที่ '))).toMatch(/วันที่ ๑ ตุลาคม ๒๕๖๘$/);
  });

  test('a Date cell of the settings is still read in the spreadsheet\'s zone: it is the day the person typed there', () => {
    // Typed as 30 September 2568 in Auckland (UTC+13): 29 September in Bangkok.
    const { env, addon } = loadWithSample({ timeZone: 'Pacific/Auckland', now: JUST_AFTER_MIDNIGHT });
    env.spreadsheet.sheetData(MEASURES).seed(yearGrid());
    fillSettings(env, { agency: 'เทศบาลตำบลสอง', fiscalYear: 2568, signerName: 'นางสาวสมใจ ตั้งใจ' });
    const settings = env.spreadsheet.sheetData(SETTINGS);
    settings.set(settings.grid().findIndex((row) => row[2] === 'reportDate') + 1, 2, new Date('2025-09-29T11:00:00Z'));
    const r = addon.publish({ force: true });
    expect(paragraphsOf(env, docIdOf(r.docUrl))).toContain('วันที่ ๓๐ กันยายน ๒๕๖๘');
  });
});

describe('the extra columns at set-up', () => {
  test('set-up offers them; the menu adds the missing ones to the right without moving anything', () => {
    const { env, addon } = loadWithSample();
    expect(addon.setupSheets().message).toContain('เพิ่มคอลัมน์ตามเกณฑ์ ITA (ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, งบประมาณ, ตัวชี้วัด / เป้าหมาย, หลักฐาน / เอกสารอ้างอิง)');
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(1, 5, 'ผู้รับผิดชอบ');
    sheet.set(2, 5, 'สำนักปลัดเทศบาล');
    const before = sheet.grid();
    (addon.menuAddExtraColumns as () => void)();
    const after = sheet.grid();
    expect(after[0]).toEqual([...before[0], 'ระยะเวลาดำเนินการ', 'งบประมาณ', 'ตัวชี้วัด / เป้าหมาย', 'หลักฐาน / เอกสารอ้างอิง']);
    expect(after.slice(1).map((row) => row.slice(0, 5))).toEqual(before.slice(1).map((row) => row.slice(0, 5)));
    expect(env.spreadsheet.toasts[env.spreadsheet.toasts.length - 1].msg).toMatch(/^เพิ่มคอลัมน์ “ระยะเวลาดำเนินการ”/);
    (addon.menuAddExtraColumns as () => void)();
    expect(sheet.grid()[0]).toEqual(after[0]);
    expect(addon.setupSheets().message).not.toContain('เพิ่มคอลัมน์ตามเกณฑ์');
  });

  test('set-up reads the header where the reader finds it: under title rows, nothing the table has is offered', () => {
    const { env, addon } = loadWithSample();
    (addon.menuAddExtraColumns as () => void)();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.insertRows(1, 2);
    sheet.set(1, 1, 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส');
    expect(addon.setupSheets().message).not.toContain('เพิ่มคอลัมน์ตามเกณฑ์');
    // Without the problems column, set-up offers that one alone.
    const header = sheet.grid()[2];
    const column = header.indexOf('ปัญหา / ข้อเสนอแนะ') + 1;
    for (let row = 3; row <= sheet.grid().length; row++) sheet.set(row, column, '');
    expect(addon.setupSheets().message).toContain('เพิ่มคอลัมน์ตามเกณฑ์ ITA (ปัญหา / ข้อเสนอแนะ)');
  });

  test('validate uses the settings\' edition unless the sidebar picks one', () => {
    const { addon } = yearReady({ edition: 'รอบ ๖ เดือน' });
    expect(addon.validate({})).toMatchObject({ edition: 'half-year', fiscalYear: 2565 });
    // With the cut-off of 31 March, measure 2's timeframe (ต.ค.–ธ.ค. ๖๔) is over: still an error.
    expect(addon.validate({}).errors).toBe(1);
    expect(addon.validate({ edition: 'plan' })).toMatchObject({ edition: 'plan', errors: 0 });
  });
});
