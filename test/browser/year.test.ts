/**
 * The ITA year in the sidebar (Chromium through the preview): the coordinator picks an edition,
 * publishes the six-month report and the plan as separate documents, and copies the ITAS answer.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HAS_BROWSER, SAMPLE, browserSessions, validate } from './harness';

jest.setTimeout(60_000);

// sidebar.test.ts warns loudly (and fails on CI) when there is no browser.
const suite = HAS_BROWSER ? describe : describe.skip;

suite('the ITA year in the sidebar', () => {
  const sessions = browserSessions();

  test('publishes two editions as two documents and copies the ITAS answer', async () => {
    const session = await sessions.start({ file: SAMPLE, sidebarOnly: true, width: 300, pdf: false });
    const { frame, outDir, preview } = session;
    expect(await frame.locator('#edition-select option').allTextContents()).toEqual(['ตามชีตตั้งค่า', 'แผน/มาตรการ', 'รอบ ๖ เดือน', 'ประจำปี']);

    // The six-month report: the sample's missing result is "not reported yet", so it publishes without an override.
    await frame.selectOption('#edition-select', 'half-year');
    await frame.click('#btn-publish');
    await frame.waitForSelector('#published');
    expect(await frame.textContent('#published-edition')).toBe('ฉบับรายงาน: รอบ ๖ เดือน · ปีงบประมาณ 2565');
    const half = await frame.inputValue('#itas-text');
    const [answer, link, description] = half.split('\n');
    expect(answer).toBe('มี');
    expect(link).toBe('/out/ita-report-half-year-v1.docx');
    expect(description).toMatch(/^รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ประจำปีงบประมาณ พ\.ศ\.๒๕๖๕/);
    expect(existsSync(path.join(outDir, 'ita-report-half-year-v1.docx'))).toBe(true);

    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url });
    await frame.click('#btn-copy-itas');
    await frame.waitForFunction(() => document.getElementById('btn-copy-itas')?.textContent === 'คัดลอกแล้ว');
    expect(await frame.evaluate(() => navigator.clipboard.readText())).toBe(half);

    // The plan: its own document; the six-month one stays.
    await frame.selectOption('#edition-select', 'plan');
    expect(await frame.locator('#published').count()).toBe(0);
    await frame.click('#btn-publish');
    await frame.waitForSelector('#published');
    expect(await frame.textContent('#published-edition')).toBe('ฉบับรายงาน: แผน/มาตรการ · ปีงบประมาณ 2565');
    expect((await frame.inputValue('#itas-text')).split('\n').slice(0, 2)).toEqual(['มี', '/out/ita-report-plan-v1.docx']);
    expect(await frame.inputValue('#itas-text')).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ฉบับแผน) ประจำปีงบประมาณ');
    expect(existsSync(path.join(outDir, 'ita-report-plan-v1.docx'))).toBe(true);
    expect(existsSync(path.join(outDir, 'ita-report-half-year-v1.docx'))).toBe(true);
    expect(preview.api.calls.publish).toBe(2);
    // Nothing overflows the 300 px sidebar.
    expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  test('the annual report still needs the override; validate follows the picked edition', async () => {
    const { frame } = await sessions.start({ file: SAMPLE, sidebarOnly: true, pdf: false });
    await validate(frame);
    expect(await frame.locator('#edition-select option').first().textContent()).toBe('ตามชีตตั้งค่า: ประจำปี');
    expect(await frame.textContent('#count-errors b')).toBe('1');
    await frame.selectOption('#edition-select', 'plan');
    await validate(frame);
    expect(await frame.textContent('#count-errors b')).toBe('0');
  });
});
