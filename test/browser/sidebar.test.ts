/**
 * The sidebar in a real browser (Debian's Chromium through playwright-core), served by the local
 * preview with the google.script.run stand-in. Without a browser the suite is skipped LOUDLY; on
 * CI a missing browser fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { findLibreOffice } from '../../src/node/preview/api';
import { richWorkbook } from '../node/helpers/richWorkbook';
import {
  ARTIFACTS,
  CHROMIUM,
  COL,
  HAS_BROWSER,
  SAMPLE,
  browserSessions,
  check,
  count,
  measureRow,
  sampleGrid,
  tmpDir,
  validate,
  writeFixture,
} from './harness';

jest.setTimeout(60_000);

if (!HAS_BROWSER) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!!  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}`,
      '!!  Install it: apt-get install -y chromium fonts-thai-tlwg',
      '!!  (or set CHROMIUM_PATH). The sidebar has NOT been tested in a browser.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
  if (process.env.CI) {
    test('Chromium is installed on CI (.ci/run installs it)', () => {
      throw new Error(`No Chromium at ${CHROMIUM}: the browser suite cannot run on CI`);
    });
  }
}

const suite = HAS_BROWSER ? describe : describe.skip;

/** The sample with one result removed: measure 4 keeps results 1–2, so its step 3 has no report. */
function removedResultGrid(): { grid: string[][]; row: number } {
  const grid = sampleGrid();
  const row = measureRow(grid, 4);
  const results = grid[row][COL.results].split('\n');
  grid[row][COL.results] = results.slice(0, -1).join('\n');
  return { grid, row };
}

const XSS_STEP = '<img src=x onerror="window.__xss=1;alert(1)"> </script><script>window.__xss=2;alert(2)</script>';

suite('sidebar in Chromium', () => {
  const sessions = browserSessions();
  let dir: string;

  beforeAll(() => {
    dir = tmpDir('fixtures');
  });

  test('validate on the sample shows the counts the core computes, grouped by measure', async () => {
    const expected = check(sampleGrid());
    const session = await sessions.start({ file: SAMPLE });
    const { frame } = session;
    await expect(frame.locator('#summary').textContent()).resolves.toContain('ยังไม่ได้ตรวจ');
    await validate(frame);
    expect(await count(frame, 'count-errors')).toBe(expected.errors);
    expect(await count(frame, 'count-warnings')).toBe(expected.warnings);
    expect(await count(frame, 'count-measures')).toBe(expected.table.measures.length);
    expect(await frame.locator('.finding').count()).toBe(expected.findings.length);
    expect(await frame.locator('.finding-error').count()).toBe(expected.errors);
    // Groups: one per measure with findings; groups with errors come first.
    const measuresWithFindings = new Set(expected.findings.map((f) => f.measure));
    expect(await frame.locator('section.group').count()).toBe(measuresWithFindings.size);
    const groupClasses = await frame.locator('section.group').evaluateAll((els) => els.map((e) => e.classList.contains('group-error')));
    expect(groupClasses).toEqual([...groupClasses].sort((a, b) => Number(b) - Number(a)));
    // Re-validating refreshes rather than appends.
    await validate(frame);
    expect(await frame.locator('.finding').count()).toBe(expected.findings.length);
  });

  test('a removed result shows UNMATCHED_STEP; clicking it selects the cell in the table', async () => {
    const { grid, row } = removedResultGrid();
    const expected = check(grid);
    const cell = `B${row + 1}`;
    const target = expected.findings.find((f) => f.code === 'UNMATCHED_STEP' && f.measure === 4);
    expect(target?.cell).toBe(cell);
    const session = await sessions.start({ file: await writeFixture(dir, 'removed-result.csv', grid) });
    const { frame, page, preview } = session;
    await validate(frame);
    const finding = frame.locator(`.finding[data-code="UNMATCHED_STEP"][data-cell="${cell}"]`);
    await expect(finding.count()).resolves.toBe(1);
    const text = await finding.textContent();
    expect(text).toContain('ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามมาตรการที่กำหนด'); // the step
    expect(text).toContain('ยังไม่มีผลการดำเนินงานที่ครอบคลุม'); // no result covers it
    await finding.click();
    await page.waitForSelector(`td.selected[data-cell="${cell}"]`);
    expect(await page.getAttribute('body', 'data-selected')).toBe(cell);
    expect(preview.api.calls.selectCell).toBe(1);
    expect(await finding.getAttribute('class')).toContain('selected');
  });

  test('a signature block under the table: a grey line under the counts, no problem', async () => {
    const signed = [...sampleGrid(), ['', '', '', ''], ['', '', 'ลงชื่อ ........................................ ผู้รายงาน', ''], ['', '', '(นางสาวสมใจ รักงาน)', '']];
    const first = await sessions.start({ file: await writeFixture(dir, 'signed.csv', signed) });
    await validate(first.frame);
    const note = await first.frame.textContent('#rows-not-read');
    expect(note).toContain(`แถว ${signed.length - 1}–${signed.length} (เริ่มที่ C${signed.length - 1} “ลงชื่อ`);
    expect(await first.frame.locator('.finding[data-code="TABLE_END"]').count()).toBe(0);
  });

  test('results cut off under the table: a warning in the list naming the cell', async () => {
    const grid = sampleGrid();
    const last = grid.length - 1;
    const results = grid[last][COL.results].split('\n');
    grid[last][COL.results] = results[0];
    const cutOff = [...grid, ['', '', 'หมายเหตุ: ข้อมูลจากงานสารบรรณ', ''], ['', '', results.slice(1).join('\n'), '']];
    const expected = check(cutOff);
    expect(expected.table.trailing?.severity).toBe('warning');
    const second = await sessions.start({ file: await writeFixture(dir, 'cut-off.csv', cutOff) });
    await validate(second.frame);
    const warning = second.frame.locator(`.finding[data-code="TABLE_END"][data-cell="${expected.table.trailing!.cell}"]`);
    await expect(warning.count()).resolves.toBe(1);
    expect(await warning.textContent()).toContain('มีขั้นตอน/ผลการดำเนินงาน');
    expect(await count(second.frame, 'count-warnings')).toBe(expected.warnings);
    expect(await second.frame.locator('#rows-not-read').count()).toBe(0);
  });

  test('fill on an .xlsx names the formula cell it left alone and does not show it filled', async () => {
    const file = path.join(dir, 'formula.xlsx');
    writeFileSync(file, await richWorkbook());
    const { frame, page } = await sessions.start({ file });
    await frame.click('#btn-fill');
    await frame.waitForSelector('#notice.notice-success');
    const notice = await frame.textContent('#notice');
    expect(notice).toContain('เติมข้อเสนอแนะแล้ว 2 ช่อง');
    expect(notice).toContain('ไม่เติม D4: เซลล์มีสูตรคำนวณ');
    expect(notice).not.toContain('ช่องที่มีคนพิมพ์ไว้แล้ว');
    await expect(page.locator('td[data-cell="D3"]').getAttribute('class')).resolves.toContain('filled');
    expect((await page.locator('td[data-cell="D4"]').getAttribute('class')) ?? '').not.toContain('filled');
    expect(await page.textContent('td[data-cell="D4"]')).toBe('');
  });

  test('fill suggestions writes blank cells (page and out/ copy), then validate refreshes', async () => {
    const { grid, row } = removedResultGrid();
    const blankRows = [row, measureRow(grid, 6)];
    for (const r of blankRows) grid[r][COL.suggestion] = '';
    const session = await sessions.start({ file: await writeFixture(dir, 'blank-suggestions.csv', grid) });
    const { frame, page, outDir } = session;
    await frame.click('#btn-fill');
    await frame.waitForSelector('#notice.notice-success');
    expect(await frame.textContent('#notice')).toContain('เติมข้อเสนอแนะแล้ว 2 ช่อง');
    for (const r of blankRows) {
      // The page redraws the grid after the sidebar's notice: wait for the filled cell, not the notice.
      await page.waitForSelector(`td[data-cell="D${r + 1}"].filled`);
      expect((await page.textContent(`td[data-cell="D${r + 1}"]`))?.length).toBeGreaterThan(10);
    }
    // The unmatched step is named in the filled suggestion of measure 4.
    expect(await page.textContent(`td[data-cell="D${row + 1}"]`)).toContain('ยังไม่มีผลการดำเนินงานตามขั้นตอนที่');
    const copy = readFileSync(path.join(outDir, 'blank-suggestions-filled.csv'), 'utf8');
    expect(copy).toContain('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับ');
    // A second fill finds nothing blank; validate still reports the unmatched step.
    await frame.click('#btn-fill');
    await frame.waitForSelector('#notice.notice-info');
    await validate(frame);
    expect(await count(frame, 'count-errors')).toBe(check(session.preview.api.workbook.grid).errors);
    await expect(frame.locator('.finding[data-code="UNMATCHED_STEP"]').count()).resolves.toBeGreaterThan(0);
  });

  test('errors block publish; "publish anyway" needs explicit confirmation, then links and the .docx exist', async () => {
    const session = await sessions.start({ file: SAMPLE, pdf: false });
    const { frame, preview, outDir, page } = session;
    await frame.click('#btn-publish');
    await frame.waitForSelector('#blocked');
    expect(await frame.textContent('#blocked')).toContain('ยังเผยแพร่ไม่ได้');
    expect(existsSync(path.join(outDir, 'ita-report-v1.docx'))).toBe(false);
    await frame.click('#btn-publish-anyway');
    expect(await frame.isDisabled('#btn-confirm-publish')).toBe(true);
    await frame.check('#confirm-check');
    expect(await frame.isDisabled('#btn-confirm-publish')).toBe(false);
    await frame.click('#btn-confirm-publish');
    await frame.waitForSelector('#published');
    expect(await frame.textContent('#published-version')).toContain('1');
    expect(await frame.textContent('#published')).toContain('เผยแพร่โดยข้ามข้อผิดพลาด');
    expect(await frame.textContent('#published')).toContain('ไม่มีไฟล์ PDF');
    // The outcome and its notes switch language with everything else.
    await frame.click('#lang-switch');
    await frame.waitForSelector('html[lang="en"]');
    expect(await frame.textContent('#published')).toContain('No PDF: LibreOffice is not on this machine');
    expect(await frame.textContent('#published')).toContain('The local preview shares no files');
    expect(await frame.textContent('#published')).toContain('Local preview: the files are in the out/ folder');
    await frame.click('#lang-switch');
    await frame.waitForSelector('html[lang="th"]');
    const href = await frame.getAttribute('a.doc-link', 'href');
    expect(href).toBe(`${preview.url}out/ita-report-v1.docx`);
    expect(existsSync(path.join(outDir, 'ita-report-v1.docx'))).toBe(true);
    const response = await page.request.get(new URL(href as string, preview.url).toString());
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK'); // a zip: docx
    expect(preview.api.calls.publish).toBe(2);
    const log = readFileSync(path.join(outDir, 'publish-log.jsonl'), 'utf8');
    expect(log).toContain('"overridden":true');
  });

  test('progress shows the phase the server reports while it works', async () => {
    const grid = sampleGrid();
    grid.splice(measureRow(grid, 2), 1); // no errors: publish goes straight through
    const session = await sessions.start({ file: await writeFixture(dir, 'progress.csv', grid), sidebarOnly: true, width: 300 });
    const { frame, preview } = session;
    // The server pauses while "exporting" (as a slow PDF export would).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    preview.api.onPhase = async (view) => {
      if (view.phase === 'exporting') await held;
    };
    await frame.click('#btn-publish');
    await frame.waitForFunction(() => document.getElementById('progress-current')?.textContent?.startsWith('ส่งออกไฟล์ PDF'));
    expect(await frame.locator('#progress .phases li.phase-done').allTextContents()).toEqual([
      'อ่านตารางมาตรการ', 'ตรวจขั้นตอนกับผลการดำเนินงาน', 'เติมข้อเสนอแนะ', 'สร้างเอกสารรายงาน',
    ]);
    expect(await frame.locator('#progress .phases li.phase-todo').allTextContents()).toEqual(['ตั้งค่าการแชร์ลิงก์']);
    expect(preview.api.calls.getProgress).toBeGreaterThan(0);
    release();
    await frame.waitForSelector('#published', { timeout: 45_000 });
    expect(await frame.locator('#progress').count()).toBe(0);
    expect(await preview.api.getProgress()).toBeNull();
  });

  test('progress polls go one at a time; a failing poll is ignored and the action completes', async () => {
    const session = await sessions.start({ file: SAMPLE, sidebarOnly: true });
    const { frame, page, preview } = session;
    let refused = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    // Each poll is slow (longer than the poll interval) and then fails.
    await page.route('**/api/getProgress', async (route) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 900));
      inFlight--;
      refused++;
      await route.abort();
    });
    // Keep validate on the server long enough for two polls.
    preview.api.onPhase = async (view) => {
      if (view.phase === 'checking') await new Promise((resolve) => setTimeout(resolve, 2600));
    };
    await frame.click('#btn-validate');
    await frame.waitForSelector('#summary.summary', { timeout: 10_000 });
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(maxInFlight).toBe(1);
    expect(await frame.locator('#progress').count()).toBe(0);
    expect(await frame.locator('#notice').count()).toBe(0);
  });

  test('clean table at 300 px: progress disables everything, one publish only, links + sharing shown; screenshot', async () => {
    const grid = sampleGrid();
    grid.splice(measureRow(grid, 2), 1); // measure 2 holds the sample's errors
    expect(check(grid).errors).toBe(0);
    const session = await sessions.start({ file: await writeFixture(dir, 'clean.csv', grid), sidebarOnly: true, width: 300 });
    const { frame, page, preview, outDir } = session;
    // Hold the publish answer so the running state can be inspected.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/publish', async (route) => {
      await held;
      await route.continue();
    });
    // Two clicks in the same task: the second must not start another publish.
    await frame.evaluate(() => {
      const button = document.getElementById('btn-publish') as HTMLButtonElement;
      button.click();
      button.click();
    });
    await frame.waitForSelector('#progress');
    expect(await frame.locator('#progress .phases li').allTextContents()).toEqual([
      'อ่านตารางมาตรการ', 'ตรวจขั้นตอนกับผลการดำเนินงาน', 'เติมข้อเสนอแนะ', 'สร้างเอกสารรายงาน', 'ส่งออกไฟล์ PDF', 'ตั้งค่าการแชร์ลิงก์',
    ]);
    // The publish request is held before it reaches the server, so every poll answers null: the
    // first phase stays current (no client-side timer walks the list any more).
    const polled = preview.api.calls.getProgress;
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(preview.api.calls.getProgress).toBeGreaterThan(polled);
    expect(await frame.textContent('#progress-current')).toBe('อ่านตารางมาตรการ…');
    expect(await frame.locator('#progress .phases li.phase-current').allTextContents()).toEqual(['อ่านตารางมาตรการ']);
    for (const id of ['#btn-publish', '#btn-validate', '#btn-fill', '#lang-switch']) expect(await frame.isDisabled(id)).toBe(true);
    await frame.evaluate(() => (document.getElementById('btn-publish') as HTMLButtonElement).click());
    release();
    await frame.waitForSelector('#published', { timeout: 45_000 });
    expect(preview.api.calls.publish).toBe(1);
    expect(await frame.locator('#progress').count()).toBe(0);
    expect(await frame.isDisabled('#btn-publish')).toBe(false);
    expect(existsSync(path.join(outDir, 'ita-report-v1.docx'))).toBe(true);
    expect(await frame.getAttribute('a.doc-link', 'href')).toBe(`${preview.url}out/ita-report-v1.docx`);
    if (findLibreOffice()) {
      expect(await frame.getAttribute('a.pdf-link', 'href')).toBe('/out/ita-report-v1.pdf');
      expect(existsSync(path.join(outDir, 'ita-report-v1.pdf'))).toBe(true);
    } else {
      expect(await frame.textContent('.pdf-missing')).toContain('ไม่มีไฟล์ PDF');
    }
    expect(await frame.textContent('#published-at')).toMatch(/[๐-๙]{4}/); // B.E. year
    expect(await frame.textContent('#sharing')).toContain('ไม่ได้เปลี่ยนการแชร์');
    const docUrl = `${preview.url}out/ita-report-v1.docx`;
    expect(await frame.inputValue('#doc-url')).toBe(docUrl);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url });
    await frame.click('#btn-copy');
    await frame.waitForFunction(() => document.getElementById('btn-copy')?.textContent === 'คัดลอกแล้ว');
    expect(await frame.evaluate(() => navigator.clipboard.readText())).toBe(docUrl);
    // Nothing overflows the 300 px sidebar.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-published.png'), fullPage: true });
  });

  test('sheet text is shown as text: an XSS cell never runs or breaks the page', async () => {
    const { grid, row } = removedResultGrid();
    grid[row][COL.steps] += `\n๔. ${XSS_STEP}`;
    grid[row][COL.measure] = `๔. มาตรการ <b>ตัวหนา</b> <img src=y onerror="window.__xss=3">`;
    const session = await sessions.start({ file: await writeFixture(dir, 'xss.csv', grid) });
    const { frame, page } = session;
    await validate(frame);
    const findings = frame.locator('#findings');
    await expect(findings.textContent()).resolves.toContain('<img src=x onerror="window.__xss=1;alert(1)">');
    await expect(findings.textContent()).resolves.toContain('</script><script>window.__xss=2;alert(2)</script>');
    await expect(findings.textContent()).resolves.toContain('<b>ตัวหนา</b>');
    expect(await frame.locator('#findings img, #findings script, #findings b').count()).toBe(0);
    expect(await page.locator('#sheet img, #sheet script').count()).toBe(0);
    await expect(page.locator(`td[data-cell="B${row + 1}"]`).textContent()).resolves.toContain('</script>');
    // Give any injected handler a chance to fire, then check nothing ran.
    await page.waitForTimeout(300);
    const flag = (f: Frame) => f.evaluate(() => (window as unknown as Record<string, unknown>).__xss ?? null);
    expect(await flag(frame)).toBeNull();
    expect(await flag(page.mainFrame())).toBeNull();
    // The page still works after rendering it: the finding is clickable.
    await frame.locator('.finding[data-code="UNMATCHED_STEP"]').first().click();
    await page.waitForSelector('td.selected');
  });

  test('a server error shows as a sentence (not a stack) and the buttons come back', async () => {
    const file = await writeFixture(dir, 'no-header.csv', [['ชื่อ', 'รายละเอียด'], ['ก', 'ข']]);
    const session = await sessions.start({ file });
    const { frame } = session;
    await frame.click('#btn-validate');
    await frame.waitForSelector('#notice.notice-error');
    const text = (await frame.textContent('#notice')) ?? '';
    expect(text).toContain('ไม่พบแถวหัวตาราง');
    expect(text).not.toMatch(/\bat \w+ \(|Error:/);
    expect(await frame.isDisabled('#btn-publish')).toBe(false);
    await frame.click('#lang-switch');
    await frame.waitForSelector('html[lang="en"]');
    expect(await frame.textContent('#notice')).toContain('No header row');
  });

  test('a busy or failed publish says so and keeps the last findings list', async () => {
    const session = await sessions.start({ file: SAMPLE });
    const { frame, page } = session;
    await validate(frame);
    const findings = await frame.locator('.finding').count();
    const empty = { measures: [], findings: [], errors: 0, warnings: 0, checkedAt: '' };
    let answer: Record<string, unknown> = { ok: false, blockedReason: 'busy', message: 'busy', validation: empty };
    await page.route('**/api/publish', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: answer }) }));
    await frame.click('#btn-publish');
    await frame.waitForSelector('#notice.notice-error');
    expect(await frame.textContent('#notice')).toContain('มีการเผยแพร่อื่นกำลังทำงานอยู่');
    expect(await frame.locator('.finding').count()).toBe(findings);
    answer = { ok: false, message: 'สร้างเอกสารไม่สำเร็จ', validation: empty };
    await frame.click('#btn-publish');
    await frame.waitForFunction(() => document.getElementById('notice')?.textContent?.includes('สร้างเอกสารไม่สำเร็จ'));
    expect(await frame.locator('.finding').count()).toBe(findings);
    expect(await frame.locator('#published').count()).toBe(0);
  });

  test('Thai by default; English switch relabels everything and is remembered', async () => {
    const session = await sessions.start({ file: SAMPLE });
    const { frame, preview } = session;
    expect(await frame.getAttribute('html', 'lang')).toBe('th');
    expect(await frame.textContent('#btn-publish')).toBe('ตรวจสอบและเผยแพร่');
    expect(await frame.textContent('#btn-validate')).toBe('ตรวจสอบอย่างเดียว');
    expect(await frame.textContent('#btn-fill')).toBe('เติมข้อเสนอแนะ');
    await validate(frame);
    const expected = check(sampleGrid());
    const firstError = expected.findings.find((f) => f.severity === 'error');
    // Full message in the tooltip; the list drops the "measure (cell):" prefix the group header repeats.
    expect(await frame.getAttribute('.finding-error .finding-msg', 'title')).toBe(firstError?.message);
    expect(firstError?.message.endsWith((await frame.textContent('.finding-error .finding-msg')) ?? '-')).toBe(true);
    await frame.click('#lang-switch');
    await frame.waitForSelector('html[lang="en"]');
    expect(await frame.textContent('#btn-publish')).toBe('Validate & Publish');
    expect(await frame.textContent('#btn-validate')).toBe('Validate only');
    expect(await frame.textContent('#btn-fill')).toBe('Fill suggestions');
    expect(await frame.textContent('#count-errors')).toContain('errors');
    expect(await frame.getAttribute('.finding-error .finding-msg', 'title')).toBe(firstError?.messageEn);
    expect(await frame.textContent('.finding-error .finding-msg')).toMatch(/^step \d+/);
    await frame.waitForFunction(() => document.getElementById('lang-switch')?.textContent === 'ไทย');
    for (let i = 0; i < 50 && preview.api.calls.setLang === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(preview.api.calls.setLang).toBe(1);
    // A new sidebar (same server) opens in English: setLang was persisted.
    await frame.goto(`${preview.url}sidebar`);
    await frame.waitForSelector('html[lang="en"]');
    expect(await frame.textContent('#btn-publish')).toBe('Validate & Publish');
  });
});
