/**
 * The coordinator's word in the sidebar (Chromium, the local preview): confirming one finding as
 * reported (picking the result) and one as not done (a required reason), the counts changing, the
 * synonym pair offered and added after editing, English labels, sheet text kept as text. The
 * PreviewApi part needs no browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import ExcelJS from 'exceljs';
import { CONFIRMATIONS_HEADER, SYNONYMS_HEADER, tableToGrid } from '../../src/core';
import { PreviewApi } from '../../src/node/preview/api';
import { loadWorkbook } from '../../src/node/preview/workbook';
import { ARTIFACTS, COL, HAS_BROWSER, SAMPLE, browserSessions, count, removeTmpDirs, tmpDir, validate } from './harness';
import { sampleTable } from '../helpers/sample';

jest.setTimeout(60_000);

const XSS_REASON = '<img src=x onerror="window.__xss=1"> งดจัดรณรงค์';

async function infos(frame: Frame): Promise<number> {
  return (await frame.locator('#count-infos').count()) === 0 ? 0 : Number(await frame.locator('#count-infos b').textContent());
}

describe('PreviewApi reads the workbook\'s confirmations and synonyms sheets', () => {
  afterAll(removeTmpDirs);

  test('a confirmation in the downloaded workbook applies; a new one is added in memory', async () => {
    const file = path.join(tmpDir('xlsx'), 'song.xlsx');
    const wb = new ExcelJS.Workbook();
    const measures = wb.addWorksheet('มาตรการ');
    tableToGrid(sampleTable()).forEach((row) => measures.addRow(row));
    const confirmations = wb.addWorksheet('การยืนยันผลตรวจ');
    confirmations.addRow(CONFIRMATIONS_HEADER);
    confirmations.addRow([7, 1, '', 'ยังไม่ได้ทำ', 'งดจัดรณรงค์', 'somsri@song.go.th', 'เมื่อวาน', sampleTable().measures[6].steps[0].text, '']);
    wb.addWorksheet('คำพ้องความหมาย').addRow(SYNONYMS_HEADER);
    await wb.xlsx.writeFile(file);
    const api = new PreviewApi({ workbook: await loadWorkbook(file), outDir: tmpDir('out'), pdf: false, user: 'tester' });
    // The preview cannot verify who wrote a row: it applies them and says so in one info line.
    const first = await api.validate();
    expect(first).toMatchObject({ errors: 1, warnings: 0, infos: 2 });
    expect(first.findings.filter((f) => f.code === 'CONFIRMATION_UNVERIFIED').map((f) => f.message)).toEqual(['อ่านการยืนยัน ๑ แถวจากชีต การยืนยันผลตรวจ ตามที่เขียนไว้ ตรวจไม่ได้ว่าใครยืนยันจริง (ตรวจได้เฉพาะในส่วนเสริม)']);
    const m2 = sampleTable().measures[1];
    const reported = { measure: 2, step: 3, stepText: m2.steps[2].text, verdict: 'reported' as const, result: 2, resultText: m2.results[1].text };
    const r = await api.confirmFinding(reported);
    expect(r.validation).toMatchObject({ errors: 0, warnings: 0, infos: 3 });
    expect(r.message).toContain('แถวที่ 3');
    expect((await api.listConfirmations()).map((c) => [c.row, c.by, c.applies])).toEqual([[2, 'somsri@song.go.th', true], [3, 'tester', true]]);
    await api.addSynonyms({ words: ['ส่งเสริม', 'ใช้จ่าย'] });
    expect(api.workbook.agency.synonyms).toEqual([SYNONYMS_HEADER, ['ส่งเสริม', 'ใช้จ่าย']]);
    await expect(api.confirmFinding({ measure: 2, step: 3, stepText: m2.steps[2].text, verdict: 'not_done', reason: '' })).rejects.toThrow('ต้องใส่เหตุผล');
    // The preview checks the texts as the add-on does: a request for a step that reads otherwise now writes nothing.
    await expect(api.confirmFinding({ ...reported, stepText: 'ส่งเสริมให้พนักงานปฏิบัติตามแนวทาง' })).rejects.toThrow('ถูกแก้ไขหลังจากกดตรวจสอบ');
    expect(api.workbook.agency.confirmations).toHaveLength(3);
  });
});

(HAS_BROWSER ? describe : describe.skip)('confirming findings in the sidebar (Chromium)', () => {
  const sessions = browserSessions();

  test('one finding confirmed each way; counts change; the synonym pair is edited and added', async () => {
    const { frame, page, preview } = await sessions.start({ file: SAMPLE, pdf: false });
    await validate(frame);
    expect([await count(frame, 'count-errors'), await count(frame, 'count-warnings'), await infos(frame)]).toEqual([1, 1, 0]);

    // "reported": the form needs a result before it can be saved; clicking it does not select the cell.
    const unmatched = frame.locator('.finding[data-code="UNMATCHED_STEP"]');
    await unmatched.locator('.btn-confirm-reported').click();
    expect(preview.api.calls.selectCell).toBe(0);
    expect(await frame.isDisabled('#btn-save-confirmation')).toBe(true);
    const options = await frame.locator('#confirm-result option').allTextContents();
    expect(options).toHaveLength(3);
    expect(options[2]).toMatch(/^ผลข้อที่ 2 — ส่วนราชการต่างๆ/);
    await frame.selectOption('#confirm-result', '2');
    mkdirSync(ARTIFACTS, { recursive: true });
    await unmatched.screenshot({ path: path.join(ARTIFACTS, 'sidebar-confirm-form.png') });
    expect(await frame.isDisabled('#btn-save-confirmation')).toBe(false);
    await frame.click('#btn-save-confirmation');
    await frame.waitForSelector('#notice.notice-success');
    expect(await frame.textContent('#notice')).toContain('บันทึกการยืนยันมาตรการที่ ๒ ขั้นตอนที่ ๓ ว่ารายงานแล้วในผลข้อที่ ๒');
    expect([await count(frame, 'count-errors'), await count(frame, 'count-warnings'), await infos(frame)]).toEqual([0, 1, 2]); // the confirmed finding, and the preview's one line saying rows are not verified
    const confirmed = frame.locator('.finding-info[data-code="UNMATCHED_STEP"]');
    expect(await confirmed.locator('.confirmed-by').textContent()).toMatch(/^ยืนยันโดย: ผู้ทดสอบในเครื่อง \(preview\) เมื่อ .+ \(รายงานแล้ว: ผลข้อที่ 2\)$/);
    expect(await confirmed.locator('.btn-confirm-reported').count()).toBe(0);

    // The matcher did not connect the wording: the pair is offered, edited, then added.
    await frame.waitForSelector('#synonym-offer');
    expect(await frame.inputValue('#offer-word-2')).toBe('ใช้จ่าย');
    await frame.fill('#offer-word-1', 'ส่งเสริมให้ปฏิบัติ');
    await frame.fill('#offer-word-2', 'ใช้จ่ายตามแผน');
    await frame.click('#btn-add-synonyms');
    await frame.waitForSelector('#synonym-offer', { state: 'detached' });
    expect(await frame.textContent('#notice')).toContain('เพิ่มคำพ้องความหมาย “ส่งเสริมให้ปฏิบัติ” “ใช้จ่ายตามแผน”');
    expect(preview.api.workbook.agency.synonyms?.slice(1)).toEqual([['ส่งเสริมให้ปฏิบัติ', 'ใช้จ่ายตามแผน']]);

    // "not done": the reason is required; typing (spaces included) stays in the field.
    const weak7 = frame.locator('.finding[data-code="WEAK_MATCH"][data-cell="B8"]');
    await weak7.locator('.btn-confirm-not-done').click();
    expect(await frame.isDisabled('#btn-save-confirmation')).toBe(true);
    await frame.locator('#confirm-reason').pressSequentially('งดจัด ');
    expect(await frame.inputValue('#confirm-reason')).toBe('งดจัด ');
    await frame.fill('#confirm-reason', XSS_REASON);
    expect(await frame.isDisabled('#btn-save-confirmation')).toBe(false);
    await frame.click('#btn-save-confirmation');
    await frame.waitForFunction(() => document.getElementById('count-infos')?.textContent?.startsWith('3'));
    expect([await count(frame, 'count-errors'), await count(frame, 'count-warnings'), await infos(frame)]).toEqual([0, 0, 3]);
    const notDone = frame.locator('.finding-info[data-code="WEAK_MATCH"]');
    expect(await notDone.locator('.finding-msg').textContent()).toContain(`ว่ายังไม่ได้ทำ เหตุผล: ${XSS_REASON}`);
    expect(await frame.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await frame.locator('img').count()).toBe(0);
    expect(preview.api.calls.selectCell).toBe(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await frame.locator('.finding-info[data-code="UNMATCHED_STEP"]').screenshot({ path: path.join(ARTIFACTS, 'sidebar-confirmed.png') });

    // English switch: the same lines, English labels.
    await frame.click('#lang-switch');
    expect(await frame.textContent('#count-infos')).toContain('confirmed');
    expect(await notDone.locator('.confirmed-by').textContent()).toMatch(/^Confirmed by: .+ \(not done\)$/);
    expect(await page.title()).toBeTruthy();
  });

  test('the table changes after Validate: saving "result 2" is refused in the sidebar, nothing recorded, the error stays', async () => {
    const { frame, preview } = await sessions.start({ file: SAMPLE, pdf: false });
    await validate(frame);
    const unmatched = frame.locator('.finding[data-code="UNMATCHED_STEP"]');
    await unmatched.locator('.btn-confirm-reported').click();
    await frame.selectOption('#confirm-result', '2');
    // Meanwhile a co-editor puts a new result first, so the one listed as 2 is now number 3.
    const grid = preview.api.workbook.grid;
    const row = grid.findIndex((line) => line[COL.steps]?.includes('ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด'));
    grid[row][COL.results] = `๑. จัดประชุมชี้แจงแนวทางการใช้จ่ายงบประมาณแก่พนักงานทุกกอง\n${grid[row][COL.results].replace('๑.', '๒.').replace('๒. ส่วนราชการ', '๓. ส่วนราชการ')}`;
    await frame.click('#btn-save-confirmation');
    await frame.waitForSelector('#notice.notice-error');
    expect(await frame.textContent('#notice')).toContain(`ผลข้อที่ ๒ ของมาตรการที่ ๒ (เซลล์ C${row + 1}) ถูกแก้ไขหลังจากกดตรวจสอบ`);
    expect(await frame.textContent('#notice')).toContain('กดตรวจสอบใหม่');
    expect(preview.api.calls.confirmFinding).toBe(1);
    expect(preview.api.workbook.agency.confirmations).toBeNull();
    expect(await count(frame, 'count-errors')).toBe(1);
  });

  test('a step numbered 2 twice: "not done" on the third step records that step\'s text and settles only its error', async () => {
    const audit = 'ตรวจสอบบัญชีพัสดุประจำปีโดยคณะกรรมการภายนอก';
    const file = path.join(tmpDir('dup'), 'dup.csv');
    writeFileSync(file, [
      'ที่,มาตรการ,ขั้นตอนหรือวิธีการปฏิบัติ,ผลการดำเนินงาน,ปัญหา/ข้อเสนอแนะ',
      `1,มาตรการส่งเสริมการปฏิบัติหน้าที่ตามประมวลจริยธรรม,"1) จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบล\n2) ปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม\n2) ${audit}","1) จัดทำประกาศประมวลจริยธรรมของพนักงานส่วนตำบลแล้ว เผยแพร่บนเว็บไซต์\n2) จัดปฐมนิเทศพนักงานบรรจุใหม่เรื่องประมวลจริยธรรม จำนวน 5 คน",`,
    ].join('\n') + '\n');
    const { frame, preview } = await sessions.start({ file, pdf: false });
    await validate(frame);
    expect(await count(frame, 'count-errors')).toBe(1);
    const unmatched = frame.locator('.finding[data-code="UNMATCHED_STEP"]');
    await unmatched.locator('.btn-confirm-not-done').click();
    await frame.fill('#confirm-reason', 'ยังไม่ได้แต่งตั้งคณะกรรมการภายนอก');
    await frame.click('#btn-save-confirmation');
    await frame.waitForSelector('#notice.notice-success');
    expect(preview.api.workbook.agency.confirmations?.[1]?.slice(0, 2)).toEqual(['1', '2']);
    expect(preview.api.workbook.agency.confirmations?.[1]?.[7]).toBe(audit);
    expect(await count(frame, 'count-errors')).toBe(0);
    expect(await frame.locator('.finding-info[data-code="UNMATCHED_STEP"] .finding-msg').textContent()).toContain(audit);
  });
});
