/** Menu in AuthMode.NONE, sheet set-up, import of the sample, dialogs, language, cell selection. */
import { DEFAULT_TEMPLATES, MEASURE_HEADERS } from '../../src/core';
import { CONFIRMATIONS, MEASURES, PUBLISH_LOG, SAMPLE, SYNONYMS, SETTINGS, STACK_LINE, TEMPLATES, THAI, fillSettings, load, sidebarFailure, thrownMessage } from './harness';

describe('menu', () => {
  test('onOpen in AuthMode.NONE builds the Thai add-on menu without touching properties or sheets', () => {
    const { env, addon } = load();
    env.setAuthMode('NONE');
    addon.onOpen({ authMode: 'NONE' });
    expect(env.log.authViolations).toEqual([]);
    expect(env.log.countPrefix('PropertiesService.')).toBe(0);
    expect(env.log.countPrefix('Spreadsheet.')).toBe(0);
    expect(env.log.countPrefix('Range.')).toBe(0);
    const [menu] = env.ui.menus;
    expect(menu.kind).toBe('addon');
    expect(menu.addedToUi).toBe(true);
    const items = menu.items.filter((i): i is { caption: string; functionName: string } => i !== 'separator');
    expect(items.map((i) => i.caption)).toEqual([
      'เปิดแถบด้านข้าง', 'ตั้งค่าชีตใหม่', 'นำเข้ารายงานเดิม (วางข้อความ)', 'ตรวจสอบ', 'เติมข้อเสนอแนะ', 'เผยแพร่รายงาน',
      'สร้างบันทึกขออนุญาตเผยแพร่', 'เพิ่มคอลัมน์ตามเกณฑ์ ITA', 'เริ่มปีงบประมาณใหม่',
    ]);
    expect(menu.items.map((i) => (i === 'separator' ? '—' : i.functionName)).filter((f) => f === '—')).toHaveLength(2);
    // Each item names a top-level function of the bundle.
    for (const item of items) expect(typeof addon[item.functionName]).toBe('function');
  });

  test('onInstall builds the same menu', () => {
    const { env, addon } = load();
    env.setAuthMode('NONE');
    addon.onInstall({ authMode: 'NONE' });
    expect(env.ui.menus).toHaveLength(1);
    expect(env.log.authViolations).toEqual([]);
  });

  test('the sidebar and the import dialog are served from the pushed HTML files', () => {
    const { env, addon } = load();
    addon.showSidebar();
    addon.showImportDialog();
    expect(env.ui.dialogs.map((d) => d.kind)).toEqual(['sidebar', 'modal']);
    expect(env.ui.dialogs[0].title).toBe('ita-sheets');
    expect(env.ui.dialogs[1].content).toContain('importReportText');
  });
});

describe('set-up', () => {
  test('creates the six sheets on an empty spreadsheet', () => {
    const { env, addon } = load();
    const result = addon.setupSheets();
    expect(result.created).toEqual([MEASURES, SETTINGS, TEMPLATES, PUBLISH_LOG, CONFIRMATIONS, SYNONYMS]);
    expect(env.spreadsheet.sheetData(CONFIRMATIONS).grid()).toEqual([
      ['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'การยืนยัน', 'เหตุผล', 'ผู้ยืนยัน', 'วันเวลา', 'ข้อความขั้นตอน', 'ข้อความผลการดำเนินงาน', 'รหัสตรวจสอบ (ส่วนเสริมเขียน)'],
    ]);
    expect(env.spreadsheet.sheetData(CONFIRMATIONS).frozenRows).toBe(1);
    expect(env.spreadsheet.sheetData(SYNONYMS).grid()[0][0]).toBe('คำ');
    const measures = env.spreadsheet.sheetData(MEASURES);
    expect(measures.grid()).toEqual([[MEASURE_HEADERS.measure, MEASURE_HEADERS.steps, MEASURE_HEADERS.results, MEASURE_HEADERS.suggestion]]);
    expect(measures.frozenRows).toBe(1);
    expect([...measures.columnWidths.values()]).toEqual([260, 420, 420, 300]);
    expect(measures.formats.get('2,2')).toMatchObject({ wrap: true, verticalAlignment: 'top' });
    expect(env.spreadsheet.sheets[0].data.name).toBe(MEASURES);

    const settingsKeys = env.spreadsheet.sheetData(SETTINGS).grid().slice(1).map((r) => r[2]);
    expect(settingsKeys).toEqual([
      'agency', 'province', 'fiscalYear', 'numerals', 'introduction', 'introductionFor', 'signerName', 'signerPosition', 'reportDate', 'sharing',
      'edition', 'asOf', 'hiddenColumns', 'websitePath', 'linkOnLastPage', 'memoDepartment', 'memoNumber', 'memoTo', 'approverName', 'approverPosition',
    ]);
    const templates = env.spreadsheet.sheetData(TEMPLATES).grid().slice(1);
    expect(Object.fromEntries(templates.map((r) => [r[0], r[1]]))).toEqual(DEFAULT_TEMPLATES);
    expect(env.spreadsheet.sheetData(PUBLISH_LOG).grid()[0][0]).toBe('วันที่เผยแพร่');
    expect(env.spreadsheet.toasts[0].msg).toMatch(/^ตั้งค่าชีตเรียบร้อย/);
  });

  test('never touches existing data: a filled measures sheet, edited settings, extra rows', () => {
    const { env, addon } = load();
    const own = env.spreadsheet.addSheet(MEASURES);
    own.seed([['ที่', 'มาตรการ', 'ขั้นตอน', 'ผล', 'ปัญหา'], [1, 'ของฉันเอง', 'x', 'y', '']]);
    own.setBackground(2, 2, '#00ff00');
    own.setNote(2, 2, 'โน้ตของฉัน');
    addon.setupSheets();
    const settings = env.spreadsheet.sheetData(SETTINGS);
    settings.set(2, 2, 'เทศบาลตำบลสอง');
    settings.set(20, 1, 'แถวของฉัน');
    const before = { measures: own.grid(), settings: settings.grid() };
    const again = addon.setupSheets();
    expect(again.created).toEqual([]);
    expect(again.kept).toEqual([MEASURES, SETTINGS, TEMPLATES, PUBLISH_LOG, CONFIRMATIONS, SYNONYMS]);
    expect(own.grid()).toEqual(before.measures);
    expect(own.background(2, 2)).toBe('#00ff00');
    expect(own.note(2, 2)).toBe('โน้ตของฉัน');
    expect(own.frozenRows).toBe(0);
    expect(settings.grid()).toEqual(before.settings);
  });

  test('keeps an agency synonyms sheet a person already filled, header and all', () => {
    const { env, addon } = load();
    const own = env.spreadsheet.addSheet(SYNONYMS);
    own.seed([['อัปโหลด', 'เผยแพร่', 'โพสต์'], ['ลงนามคำสั่ง', 'แต่งตั้ง']]);
    const before = own.grid();
    const result = addon.setupSheets();
    expect(result.kept).toContain(SYNONYMS);
    expect(result.created).toContain(CONFIRMATIONS);
    expect(own.grid()).toEqual(before);
    expect(own.frozenRows).toBe(0);
  });

  test('adds only missing keys to an existing settings sheet', () => {
    const { env, addon } = load();
    env.spreadsheet.addSheet(SETTINGS).seed([['รายการ', 'ค่า', 'คีย์ (key)'], ['ชื่อหน่วยงาน', 'อบต.หนึ่ง', 'agency']]);
    addon.setupSheets();
    const grid = env.spreadsheet.sheetData(SETTINGS).grid();
    expect(grid[1].slice(0, 3)).toEqual(['ชื่อหน่วยงาน', 'อบต.หนึ่ง', 'agency']);
    expect(grid.filter((r) => r[2] === 'agency')).toHaveLength(1);
    expect(grid.map((r) => r[2])).toContain('sharing');
  });
});

describe('import', () => {
  test('pasted sample text becomes 10 measures in one setValues, agency copied to settings', () => {
    const { env, addon } = load();
    const result = addon.importReportText(SAMPLE);
    expect(result.measures).toBe(10);
    expect(result.message).toContain('๑๐ มาตรการ');
    expect(result.hasNotices).toBe(false); // nothing to read: the dialog may close itself
    const grid = env.spreadsheet.sheetData(MEASURES).grid();
    expect(grid).toHaveLength(11);
    expect(grid[1][0]).toBe('๑. มาตรการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    expect(String(grid[1][1]).split('\n')).toHaveLength(5);
    expect(String(grid[1][2]).split('\n')[4]).toMatch(/^๕\. จังหวัดแพร่/); // the continuation row is joined
    expect(grid[10][0]).toMatch(/^๑๐\. มาตรการในการเผยแพร่ข้อมูลต่อสาธารณะ/);
    const writes = env.log.sequence.filter((c) => c.method === 'Range.setValues' && c.detail.startsWith(MEASURES));
    expect(writes.map((c) => c.detail)).toEqual([`${MEASURES}!A1:D1`, `${MEASURES}!A1:D11`]); // set-up header, then the import
    const settings = env.spreadsheet.sheetData(SETTINGS).grid();
    expect(settings.find((r) => r[2] === 'agency')?.[1]).toBe('เทศบาลตำบลสอง');
  });

  test('the report\'s fiscal year goes into settings that set-up has just made, never over a coordinator\'s year', () => {
    const fresh = load();
    fresh.addon.importReportText(SAMPLE);
    const year = (env: typeof fresh.env) => env.spreadsheet.sheetData(SETTINGS).grid().find((r) => r[2] === 'fiscalYear')?.[1];
    expect(year(fresh.env)).toBe(2565); // the sample's title: ประจำปีงบประมาณ พ.ศ.๒๕๖๕
    const chosen = load();
    chosen.addon.setupSheets();
    fillSettings(chosen.env, { fiscalYear: 2566 });
    chosen.addon.importReportText(SAMPLE);
    expect(year(chosen.env)).toBe(2566);
  });

  test('pasted text with a list after the signature: the list is not imported as measures, and the message says where it stands', () => {
    const { env, addon } = load();
    const text = `${SAMPLE}\nลงชื่อ ผู้รายงาน\nเอกสารแนบ\nลำดับ\tหลักฐาน\n1\thttps://example.go.th/a\n`;
    const result = addon.importReportText(text);
    expect(result.measures).toBe(10);
    expect(result.message).toMatch(/ตารางมาตรการจบที่บรรทัดที่ \d+ \(“ลงชื่อ ผู้รายงาน”\): แถวตารางบรรทัดที่ \d+–\d+ อยู่หลังข้อความนั้น/);
    expect(env.spreadsheet.sheetData(MEASURES).grid()).toHaveLength(11);
  });

  test('pasted text with a ผู้รับผิดชอบ and a หมายเหตุ column keeps both, in their places, with every line of them', () => {
    const { env, addon } = load();
    const header = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หมายเหตุ'].join('\t');
    const text = [
      header,
      ['๑. มาตรการเผยแพร่ข้อมูล', '<p>๑. จัดทำประกาศ</p>', 'สำนักปลัด', '<p>๑. ประกาศแล้ว</p>', '', 'ดูบอร์ด'].join('\t'),
      header,
      ['', '<p>๒. เผยแพร่ทางเว็บไซต์</p>', 'กองคลัง', '<p>๒. เผยแพร่แล้ว</p>', '', ''].join('\t'),
    ].join('\n');
    expect(addon.importReportText(text).measures).toBe(1);
    const grid = env.spreadsheet.sheetData(MEASURES).grid();
    expect(grid[0].slice(0, 6)).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หมายเหตุ']);
    expect(grid[1].slice(0, 4)).toEqual(['๑. มาตรการเผยแพร่ข้อมูล', '๑. จัดทำประกาศ\n๒. เผยแพร่ทางเว็บไซต์', 'สำนักปลัด\nกองคลัง', '๑. ประกาศแล้ว\n๒. เผยแพร่แล้ว']);
    expect(grid[1][5]).toBe('ดูบอร์ด');
    // Widths follow the imported columns: the results column is wide, ผู้รับผิดชอบ narrow.
    const sheet = env.spreadsheet.getSheetByName(MEASURES)!;
    expect([3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([160, 420]);
  });

  test('says which lines it read as the end of an item cut by a page break', () => {
    const { addon } = load();
    const header = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'].join('\t');
    const text = [header, ['๑. มาตรการ ก', '<p>๑. เผยแพร่ประกาศผ่านหน้าเว็บ</p>', '<p>๑. ประกาศแล้ว</p>', ''].join('\t'), header, ['', 'ไซต์ของหน่วยงาน', '', ''].join('\t')].join('\n');
    const result = addon.importReportText(text);
    expect(result.message).toContain('ข้อความต้นหน้าที่บรรทัด 4 ถูกอ่านเป็นส่วนท้ายของข้อก่อนหน้า');
    expect(result.hasNotices).toBe(true); // the dialog stays open until the coordinator has read where
  });

  test('refuses pasted text with a row under no measure, naming its line, and leaves the spreadsheet as it was', () => {
    const { env, addon } = load();
    const header = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'].join('\t');
    const text = [header, ['', '<p>๑. ประชุมชี้แจง</p>', '<p>๑. ประชุมแล้ว</p>', ''].join('\t'), ['๑. มาตรการ ก', '<p>๑. ทำ</p>', '<p>๑. ทำแล้ว</p>', ''].join('\t')].join('\n');
    const sheetsBefore = env.spreadsheet.getSheets().map((s) => s.getName());
    const message = thrownMessage(() => addon.importReportText(text));
    expect(message).toContain('บรรทัดที่ 2');
    expect(message).toContain('ยังไม่ได้เขียนอะไร');
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
  });

  test('refuses to import over existing measures, in Thai, without a stack trace', () => {
    const { env, addon } = load();
    addon.importReportText(SAMPLE);
    const before = env.spreadsheet.sheetData(MEASURES).grid();
    const message = thrownMessage(() => addon.importReportText(SAMPLE));
    expect(message).toMatch(/มีข้อมูลอยู่แล้ว/);
    expect(message).not.toMatch(STACK_LINE);
    expect(env.spreadsheet.sheetData(MEASURES).grid()).toEqual(before);
  });

  test('text that looks like a formula is imported as text, never as a formula', () => {
    const { env, addon } = load();
    const header = 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
    addon.importReportText(`${header}\n=IMPORTRANGE("x","y")\t<p>๑. -ทำ</p>\t<p>๑. +ทำแล้ว</p>\t'ข้อความ\n`);
    const grid = env.spreadsheet.sheetData(MEASURES).grid();
    expect(grid[1]).toEqual(['=IMPORTRANGE("x","y")', '๑. -ทำ', '๑. +ทำแล้ว', "'ข้อความ"]);
  });

  test('text without a table is refused with a Thai sentence', () => {
    const { addon } = load();
    const message = thrownMessage(() => addon.importReportText('สวัสดีครับ นี่ไม่ใช่รายงาน'));
    expect(message).toMatch(THAI);
    expect(message).not.toMatch(STACK_LINE);
  });
});

describe('sidebar helpers', () => {
  test('selectCell selects the cell of a finding', () => {
    const { env, addon } = load();
    addon.importReportText(SAMPLE);
    addon.selectCell(`'${MEASURES}'!B3`);
    expect(env.spreadsheet.active).toEqual({ sheet: MEASURES, a1: 'B3' });
    addon.selectCell('C4');
    expect(env.spreadsheet.active).toEqual({ sheet: MEASURES, a1: 'C4' });
    expect(sidebarFailure(() => addon.selectCell('ไม่มีชีตนี้!A1'))).toEqual({ code: 'NO_SHEET', message: 'ไม่พบชีต “ไม่มีชีตนี้”', messageEn: 'There is no sheet “ไม่มีชีตนี้”' });
    // A finding's cell gone with deleted rows, on a sheet with none to spare: said in words.
    env.spreadsheet.sheetData(MEASURES).maxRows = 5;
    expect(sidebarFailure(() => addon.selectCell('B9'))).toMatchObject({ code: 'CELL_GONE', message: expect.stringMatching(/^ไม่มีเซลล์ B9 ในชีตแล้ว/) });
  });

  test('sidebar calls fail with a Thai sentence and its English version, never a stack trace', () => {
    const { addon } = load();
    const failure = sidebarFailure(() => addon.validate());
    expect(failure.code).toBe('NO_MEASURES_SHEET');
    expect(failure.message).toMatch(/^ไม่พบชีต “มาตรการ” เลือกเมนู/);
    expect(failure.messageEn).toMatch(/^There is no “มาตรการ” sheet/);
  });

  test('language is stored per user', () => {
    const { env, addon } = load();
    expect(addon.getLang()).toBe('th');
    addon.setLang('en');
    expect(addon.getLang()).toBe('en');
    expect(env.properties.user.data.get('ita.lang')).toBe('en');
    expect(sidebarFailure(() => addon.setLang('fr' as 'th')).messageEn).toMatch(/Language must be/);
  });

  test('menu actions report problems in a Thai alert', () => {
    const { env, addon } = load();
    addon.menuValidate();
    const alert = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(alert).toMatchObject({ kind: 'alert', title: 'ita-sheets' });
    expect(alert.content).toMatch(/^ไม่พบชีต “มาตรการ”/);
  });

  test('an unexpected service failure reaches the user as a Thai sentence and the log keeps the detail', () => {
    const { env, addon } = load();
    addon.importReportText(SAMPLE);
    env.log.failOn('Range.getBackgrounds', 1, 'Exception: Service Spreadsheets failed while accessing document with id ss-1.');
    const failure = sidebarFailure(() => addon.validate());
    expect(failure.code).toBe('UNEXPECTED');
    expect(failure.message).toBe('เกิดข้อผิดพลาดที่ไม่คาดคิด ลองทำใหม่อีกครั้ง หากยังไม่สำเร็จ โปรดแจ้งผู้ดูแลพร้อมวันเวลาที่เกิดปัญหา');
    expect(env.console.entries.some((e) => e.level === 'error' && e.message.includes('Service Spreadsheets failed'))).toBe(true);
  });
});
