/**
 * The sidebar keeps what the coordinator chose (Chromium through the preview): fill and confirm
 * run under the edition picked in the sidebar, keyboard focus stays where it was after an action,
 * and a refused publish does not leave the previous publish's panel as if it were current.
 */
import type { Frame } from 'playwright-core';
import { COL, HAS_BROWSER, SAMPLE, browserSessions, count, measureRow, sampleGrid, tmpDir, validate, writeFixture } from './harness';

jest.setTimeout(90_000);

const suite = HAS_BROWSER ? describe : describe.skip;

/** Where keyboard focus is, as `TAG#id`. */
const focusedOf = (frame: Frame) => frame.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id ?? ''}`);

suite('sidebar: the picked edition and keyboard focus', () => {
  const sessions = browserSessions();

  test('the plan picked in the sidebar: fill writes nothing, says why, and the counts stay the plan\'s', async () => {
    const grid = sampleGrid();
    const rows = [measureRow(grid, 4), measureRow(grid, 6)];
    for (const r of rows) grid[r][COL.suggestion] = '';
    const session = await sessions.start({ file: await writeFixture(tmpDir('edition-fill'), 'blank-suggestions.csv', grid), pdf: false, sidebarOnly: true, width: 300 });
    const { frame, preview } = session;
    await frame.selectOption('#edition-select', 'plan');
    await validate(frame);
    const before = [await count(frame, 'count-errors'), await count(frame, 'count-warnings')];
    expect(before).toEqual([0, 0]);
    await frame.click('#btn-fill');
    await frame.waitForSelector('#notice');
    await frame.waitForSelector('#btn-fill:not([disabled])');
    expect(await frame.textContent('#notice')).toContain('ฉบับแผนไม่เติมข้อเสนอแนะ');
    expect([await count(frame, 'count-errors'), await count(frame, 'count-warnings')]).toEqual(before);
    expect(await frame.inputValue('#edition-select')).toBe('plan');
    for (const r of rows) expect(preview.api.workbook.grid[r][COL.suggestion]).toBe('');
    // The six-month edition picked next fills the same blank cells.
    await frame.selectOption('#edition-select', 'half-year');
    await frame.click('#btn-fill');
    await frame.waitForSelector('#notice.notice-success');
    expect(rows.filter((r) => preview.api.workbook.grid[r][COL.suggestion] !== '').length).toBeGreaterThan(0);
  });

  test('a confirmation under the six-month edition answers with the six-month check', async () => {
    const { frame } = await sessions.start({ file: SAMPLE, pdf: false, sidebarOnly: true, width: 300 });
    await frame.selectOption('#edition-select', 'half-year');
    await validate(frame);
    await frame.locator('.btn-confirm-not-done').last().click();
    await frame.fill('#confirm-reason', 'ยังไม่ถึงกำหนดดำเนินการในรอบ ๖ เดือน');
    await frame.click('#btn-save-confirmation');
    await frame.waitForSelector('#notice.notice-success');
    await frame.waitForSelector('#btn-validate:not([disabled])');
    const shown = [await count(frame, 'count-errors'), await count(frame, 'count-warnings'), await frame.locator('.finding').count()];
    // What "validate" says under the same edition is what the confirmation returned.
    await validate(frame);
    expect([await count(frame, 'count-errors'), await count(frame, 'count-warnings'), await frame.locator('.finding').count()]).toEqual(shown);
    expect(await frame.inputValue('#edition-select')).toBe('half-year');
  });

  test('focus stays on the finding, moves into the confirm form, and returns to the button after fill', async () => {
    const { frame, page, preview } = await sessions.start({ file: SAMPLE, pdf: false, sidebarOnly: true, width: 300 });
    await validate(frame);
    const second = frame.locator('.finding.clickable').nth(1);
    const secondId = await second.getAttribute('id');
    expect(secondId).toMatch(/^finding-/);
    await second.focus();
    await page.keyboard.press('Enter');
    await frame.waitForSelector(`#${secondId}.selected`);
    expect(await focusedOf(frame)).toBe(`LI#${secondId}`);
    expect(preview.api.calls.selectCell).toBe(1);

    const notDone = frame.locator('.btn-confirm-not-done').first();
    const notDoneId = await notDone.getAttribute('id');
    await notDone.focus();
    await page.keyboard.press('Enter');
    await frame.waitForSelector('#confirm-reason');
    expect(await focusedOf(frame)).toBe('INPUT#confirm-reason');
    // Cancel puts focus back on the button that opened the form.
    await frame.focus('#btn-cancel-confirmation');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('#confirm-reason', { state: 'detached' });
    expect(await focusedOf(frame)).toBe(`BUTTON#${notDoneId}`);

    await frame.focus('#btn-fill');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('#notice');
    await frame.waitForSelector('#btn-fill:not([disabled])');
    expect(await focusedOf(frame)).toBe('BUTTON#btn-fill');
  });

  test('a refused publish hides the earlier publish\'s panel', async () => {
    const { frame } = await sessions.start({ file: SAMPLE, pdf: false, sidebarOnly: true, width: 300 });
    await frame.click('#btn-publish');
    await frame.waitForSelector('#blocked');
    await frame.click('#btn-publish-anyway');
    await frame.check('#confirm-check');
    await frame.click('#btn-confirm-publish');
    await frame.waitForSelector('#published');
    await frame.click('#btn-publish');
    await frame.waitForSelector('#blocked');
    expect(await frame.locator('#published').count()).toBe(0);
    expect(await frame.textContent('#blocked')).toContain('ยังเผยแพร่ไม่ได้');
  });
});
