/**
 * The import dialog (html/ImportDialog.html) in Chromium, with google.script stood in for: it closes
 * itself after a plain import, and stays open while its message names lines joined or left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { HAS_BROWSER, ROOT, launch } from './harness';

jest.setTimeout(60_000);

const suite = HAS_BROWSER ? describe : describe.skip;

/** google.script as HtmlService gives it: run's success handler gets `response`; host.close is counted. */
function standIn(response: { measures: number; message: string; hasNotices: boolean }): string {
  return `<script>
    window.closeCount = 0;
    window.google = { script: {
      host: { close: function () { window.closeCount++; } },
      run: { withSuccessHandler: function (ok) { return { withFailureHandler: function () { return {
        importReportText: function () { setTimeout(function () { ok(${JSON.stringify(response)}); }, 0); },
      }; } }; } },
    } };
  </script>`;
}

suite('the import dialog', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser.close(); });

  async function importWith(response: { measures: number; message: string; hasNotices: boolean }): Promise<{ closed: number; status: string }> {
    const html = readFileSync(path.join(ROOT, 'html', 'ImportDialog.html'), 'utf8').replace('<head>', `<head>${standIn(response)}`);
    const page = await browser.newPage();
    await page.clock.install();
    await page.setContent(html);
    await page.fill('#text', 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\n๑. มาตรการ ก\t๑. จัดทำประกาศ\t๑. ประกาศแล้ว');
    await page.click('#go');
    await page.waitForFunction(() => document.getElementById('status')?.className === 'ok');
    await page.clock.runFor(5000);
    const result = { closed: await page.evaluate(() => (window as unknown as { closeCount: number }).closeCount), status: (await page.textContent('#status')) ?? '' };
    await page.close();
    return result;
  }

  test('a plain import closes the dialog by itself', async () => {
    expect(await importWith({ measures: 1, message: 'นำเข้า ๑ มาตรการลงชีต “มาตรการ” แล้ว ตรวจดูข้อความ แล้วกด ตรวจสอบ', hasNotices: false })).toEqual({
      closed: 1, status: 'นำเข้า ๑ มาตรการลงชีต “มาตรการ” แล้ว ตรวจดูข้อความ แล้วกด ตรวจสอบ',
    });
  });

  test('an import whose message names joined or left-out lines stays open until closed', async () => {
    const message = 'นำเข้า ๑ มาตรการลงชีต “มาตรการ” แล้ว ข้อความต้นหน้าที่บรรทัด 4 ถูกอ่านเป็นส่วนท้ายของข้อก่อนหน้า ตรวจดูว่าถูกต้อง';
    expect(await importWith({ measures: 1, message, hasNotices: true })).toEqual({ closed: 0, status: message });
  });
});
