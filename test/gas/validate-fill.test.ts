/** Validate (marks, user formatting untouched, constant calls) and Fill (co-editor's text survives). */
import { splitByKind } from '../fakes';
import { MEASURES, loadWithSample, sidebarFailure } from './harness';

const ERROR_MARK = '#f4c7c3';
const WARNING_MARK = '#fce8b2';

describe('validate', () => {
  test('on the sample: findings with A1 cells, cells marked with a background and a note', () => {
    const { env, addon } = loadWithSample();
    const r = addon.validate();
    expect(r.errors).toBe(1);
    expect(r.measures).toHaveLength(10);
    expect(r.checkedAt).toMatch(/^[๐-๙]+ [ก-๙]+ [๐-๙]{4} เวลา [๐-๙]{2}:[๐-๙]{2} น\.$/);
    const unmatched = r.findings.filter((f) => f.code === 'UNMATCHED_STEP');
    expect(unmatched.map((f) => [f.cell, f.sheet, f.measure, f.item])).toEqual([['B3', MEASURES, 2, 3]]);
    expect(unmatched[0].stepText).toMatch(/^ส่งเสริมให้พนักงาน/);
    expect(unmatched[0].messageEn).toMatch(/[A-Za-z]/);
    const sheet = env.spreadsheet.sheetData(MEASURES);
    expect(sheet.background(3, 2)).toBe(ERROR_MARK);
    expect(sheet.note(3, 2)).toMatch(/^ita-sheets · ตรวจสอบเมื่อ/);
    expect(sheet.note(3, 2).split('\n').filter((l) => l.startsWith('• ข้อผิดพลาด'))).toHaveLength(1);
    expect(sheet.note(3, 2).split('\n').filter((l) => l.startsWith('• คำเตือน'))).toHaveLength(0); // step 1 is reported (ประชาสัมพันธ์ข้อมูล…)
    expect(sheet.background(8, 2)).toBe(WARNING_MARK); // WEAK_MATCH of measure 7 on B8
    expect(sheet.background(2, 2)).toBe('#ffffff');
    expect(sheet.background(2, 3)).toBe('#ffffff');
  });

  test('a removed result is found and marked; a person\'s colours and notes are never touched; marks clear on the next run', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    // A person's own formatting: elsewhere, and on a cell that will get a finding.
    sheet.setBackground(6, 1, '#00ff00');
    sheet.setNote(7, 4, 'ตรวจกับกองคลังแล้ว');
    sheet.setBackground(3, 2, '#cfe2f3');
    addon.validate();

    // Remove the last result of measure 3 (row 4): its third step loses its result.
    const original = String(sheet.get(4, 3));
    sheet.set(4, 3, original.split('\n').slice(0, -1).join('\n'));
    const r = addon.validate();
    const finding = r.findings.find((f) => f.code === 'UNMATCHED_STEP' && f.cell === 'B4');
    expect(finding).toMatchObject({ severity: 'error', measure: 3, item: 3, sheet: MEASURES });
    expect(finding?.message).toContain('เซลล์ B4');
    expect(sheet.background(4, 2)).toBe(ERROR_MARK);
    expect(sheet.note(4, 2)).toContain('ขั้นตอนที่ ๓');
    expect(sheet.background(6, 1)).toBe('#00ff00');
    expect(sheet.note(7, 4)).toBe('ตรวจกับกองคลังแล้ว');
    // B3 has findings but a person's colour: the colour stays, the note is added.
    expect(sheet.background(3, 2)).toBe('#cfe2f3');
    expect(sheet.note(3, 2)).toMatch(/^ita-sheets/);

    // A person rewrites the add-on's note on B3: it is theirs now and must survive.
    sheet.setNote(3, 2, 'ฝ่ายแผนจะเพิ่มผลข้อนี้');
    // Fix the sheet and validate again.
    sheet.set(4, 3, original);
    const again = addon.validate();
    expect(again.findings.some((f) => f.cell === 'B4')).toBe(false);
    expect(sheet.background(4, 2)).toBe('#ffffff');
    expect(sheet.note(4, 2)).toBe('');
    expect(sheet.note(3, 2)).toBe('ฝ่ายแผนจะเพิ่มผลข้อนี้');
    expect(sheet.background(3, 2)).toBe('#cfe2f3');
    expect(sheet.background(6, 1)).toBe('#00ff00');
    expect(sheet.note(7, 4)).toBe('ตรวจกับกองคลังแล้ว');
  });

  test('marks are recorded in document properties and an unreadable table clears them', () => {
    const { env, addon } = loadWithSample();
    addon.validate();
    const props = env.properties.document.data;
    expect(Number(props.get('ita.marks.count'))).toBe(1);
    // Each mark is stored by the tag on its row (row metadata only this script sees), not by A1.
    const sheet = env.spreadsheet.sheetData(MEASURES);
    const rowOfTag = new Map(sheet.metadata.map((m) => [m.value, m.location.index]));
    expect(sheet.metadata.every((m) => m.visibility === 'PROJECT' && m.location.type === 'ROW')).toBe(true);
    const cells = JSON.parse(props.get('ita.marks.0') ?? '{}').cells as [string, number][];
    expect(cells.map(([tag, column]) => `${String.fromCharCode(65 + column)}${rowOfTag.get(tag)}`).sort()).toEqual(['B3', 'B8']);
    sheet.set(1, 2, 'หัวข้ออื่น'); // the header no longer names the steps column
    expect(sidebarFailure(() => addon.validate())).toMatchObject({ code: 'NO_HEADER', message: expect.stringMatching(/หัวตาราง/) });
    expect(sheet.background(3, 2)).toBe('#ffffff');
    expect(sheet.note(3, 2)).toBe('');
    expect(sheet.metadata).toEqual([]); // no mark left, no tag left
  });

  test('makes the same number of round trips to Google for 10 and for 60 measures', () => {
    const small = loadWithSample();
    small.addon.validate();
    small.env.log.reset();
    small.addon.validate();
    const calls10 = splitByKind(small.env.log.counts);
    expect(calls10.unclassified).toEqual([]);

    const big = loadWithSample();
    const sheet = big.env.spreadsheet.sheetData(MEASURES);
    const rows = sheet.grid().slice(1);
    for (let copy = 1; copy < 6; copy++) rows.forEach((row, i) => sheet.seed([row], 2 + copy * 10 + i));
    big.addon.validate();
    big.env.log.reset();
    const r = big.addon.validate();
    expect(r.measures).toHaveLength(60);
    const calls60 = splitByKind(big.env.log.counts);
    expect(calls60.roundTrips).toBe(calls10.roundTrips);
    expect(calls60.byKind).toEqual({ ...calls10.byKind, local: calls60.byKind.local });
    // What grows is only reading the tags the one metadata search returned (four reads per marked row).
    const tagReads = ['DeveloperMetadata.getLocation', 'DeveloperMetadata.getValue', 'DeveloperMetadataLocation.getRow', 'Range.getRow'];
    const growth = Object.fromEntries(tagReads.map((m) => [m, big.env.log.count(m) - small.env.log.count(m)]));
    expect(calls60.byKind.local - calls10.byKind.local).toBe(Object.values(growth).reduce((a, b) => a + b, 0));
  });
});

describe('validate on a sheet with protected ranges (the user is not among their editors)', () => {
  const asStaff = (env: ReturnType<typeof loadWithSample>['env']) => {
    env.spreadsheet.editors.push('staff@song.go.th');
    env.spreadsheet.activeUser = 'staff@song.go.th';
  };

  test('a protected cell without findings between two marked cells: only the cells that change are written, and everything is marked', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    asStaff(env);
    sheet.setNote(5, 2, 'ผู้บริหารตรวจแล้ว');
    sheet.protectRange('B5', { description: 'ขั้นตอนที่ผู้บริหารอนุมัติ', editors: ['coordinator@song.go.th'] });
    const r = addon.validate();
    expect(r.errors).toBe(1);
    expect(sheet.background(3, 2)).toBe(ERROR_MARK);
    expect(sheet.note(3, 2)).toMatch(/^ita-sheets · ตรวจสอบเมื่อ/);
    expect(sheet.background(8, 2)).toBe(WARNING_MARK);
    expect(sheet.note(8, 2)).toMatch(/^ita-sheets · ตรวจสอบเมื่อ/);
    expect(sheet.note(5, 2)).toBe('ผู้บริหารตรวจแล้ว');
  });

  test('a protected cell with a finding: the check, fill and publish still work, the other marks are made and recorded, and a notice names the cell', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    asStaff(env);
    sheet.protectRange('B8', { description: 'มาตรการที่ ๗', editors: ['coordinator@song.go.th'] });
    const r = addon.validate();
    expect(r).toMatchObject({ errors: 1, warnings: 1 });
    expect(r.marksRefused).toMatchObject({ cells: ['B8'], message: expect.stringMatching(/^ทำหรือล้างเครื่องหมายผลตรวจที่เซลล์ B8 .*ผลตรวจในแถบข้างครบถ้วน/), messageEn: expect.stringMatching(/cells B8 .*The findings listed here are complete/) });
    expect(r.marksRefused?.message).not.toMatch(/B3/);
    expect(sheet.background(8, 2)).toBe('#ffffff');
    expect(sheet.note(8, 2)).toBe('');
    expect(sheet.background(3, 2)).toBe(ERROR_MARK);
    expect(sheet.note(3, 2)).toMatch(/^ita-sheets/);
    // The refusal comes back on every run, and never stops this person from publishing.
    const published = addon.publish({ force: true });
    expect(published).toMatchObject({ ok: true, version: 1 });
    expect(published.validation.marksRefused?.cells).toEqual(['B8']);
    // What was marked is recorded: a run that finds the table unreadable clears B3 (the record was saved).
    sheet.set(1, 2, 'หัวข้ออื่น');
    expect(sidebarFailure(() => addon.validate())).toMatchObject({ code: 'NO_HEADER' });
    expect(sheet.background(3, 2)).toBe('#ffffff');
    expect(sheet.note(3, 2)).toBe('');
  });
});

/** Every cell's value, and the suggestion column's notes (validate's own marks may note other columns). */
function sheetState(sheet: ReturnType<ReturnType<typeof loadWithSample>['env']['spreadsheet']['sheetData']>): { values: string[][]; suggestionNotes: string[] } {
  const values = sheet.grid().map((row) => row.map((v) => String(v)));
  return { values, suggestionNotes: values.map((_, r) => sheet.note(r + 1, 4)) };
}

/** Between two states only the filled cells (A1, column D) differ: their value and their auto-fill note. */
function expectOnlyFilledChanged(before: ReturnType<typeof sheetState>, after: ReturnType<typeof sheetState>, filled: string[]): void {
  const filledRows = new Set(filled.map((a1) => Number(a1.slice(1))));
  const changed: string[] = [];
  after.values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== (before.values[r]?.[c] ?? '') && !(c === 3 && filledRows.has(r + 1))) changed.push(`${String.fromCharCode(65 + c)}${r + 1}`);
  }));
  after.suggestionNotes.forEach((note, r) => {
    if (note !== before.suggestionNotes[r] && !filledRows.has(r + 1)) changed.push(`D${r + 1} (note)`);
  });
  expect(changed).toEqual([]);
  for (const a1 of filled) expect(after.values[Number(a1.slice(1)) - 1][3]).not.toBe('');
}

describe('fill', () => {
  test('fills empty suggestion cells, keeps a co-editor\'s text typed between read and write, marks filled cells', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    for (const row of [3, 5, 6, 7]) sheet.set(row, 4, '');
    // A co-editor types into D5 after Fill read the sheet and before it writes.
    let typed = false;
    env.log.before('Range.getDisplayValues', (call) => {
      if (!typed && call.detail === `${MEASURES}!A3:D7`) {
        sheet.set(5, 4, 'ผู้ประสานงานเขียนเอง');
        typed = true;
      }
    });
    const mark = env.log.total;
    const r = addon.fillSuggestions();
    expect(typed).toBe(true);
    expect(r.filled.map((f) => f.cell)).toEqual(['D3', 'D6', 'D7']);
    expect(r.skipped).toEqual([{ cell: 'D5', measure: 4 }]);
    expect(sheet.get(5, 4)).toBe('ผู้ประสานงานเขียนเอง');
    expect(sheet.note(5, 4)).toBe('');
    expect(String(sheet.get(3, 4))).toMatch(/หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับ/);
    expect(String(sheet.get(3, 4))).toMatch(/ขั้นตอนที่ ๓/); // measure 2 has an unmatched step
    for (const row of [3, 6, 7]) expect(sheet.note(row, 4)).toMatch(/^เติมอัตโนมัติโดย ita-sheets เมื่อ/);
    // D6:D7 are adjacent: one write for the two; D3 alone: one write.
    const writes = env.log.since(mark).filter((c) => c.method === 'Range.setValues');
    expect(writes).toHaveLength(2);
    expect(r.validation.measures).toHaveLength(10);
  });

  test('a person\'s note on an empty cell is kept; nothing to fill makes no write', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    sheet.set(9, 4, '');
    sheet.setNote(9, 4, 'รอผู้บริหาร');
    const r = addon.fillSuggestions();
    expect(r.filled.map((f) => f.cell)).toEqual(['D9']);
    expect(sheet.note(9, 4)).toBe('รอผู้บริหาร');
    env.log.reset();
    const none = addon.fillSuggestions();
    expect(none.filled).toEqual([]);
    expect(env.log.count('Range.setValues')).toBe(0);
    expect(env.log.count('Range.setValue')).toBe(0);
  });

  test('a formula whose result is blank is never overwritten: skipped with its reason, formula and note untouched; one getFormulas per fill', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    for (const row of [3, 5, 6, 7]) sheet.set(row, 4, '');
    // D5 shows nothing, but a person wrote a formula there (getValues and getDisplayValues both answer '').
    const formula = '=IF(C5="","","ดำเนินการครบทุกขั้นตอน")';
    sheet.setFormula(5, 4, formula, '');
    const before = sheetState(sheet);
    env.log.reset();
    const r = addon.fillSuggestions();
    expect(r.filled.map((f) => f.cell)).toEqual(['D3', 'D6', 'D7']);
    expectOnlyFilledChanged(before, sheetState(sheet), r.filled.map((f) => f.cell));
    expect(r.skipped).toEqual([expect.objectContaining({ cell: 'D5', measure: 4, reasonTh: expect.stringMatching(/^ไม่เติม D5: เซลล์มีสูตร/), reasonEn: expect.stringMatching(/^Not filled D5: .*formula/) })]);
    expect(sheet.formula(5, 4)).toBe(formula);
    expect(sheet.get(5, 4)).toBe('');
    expect(sheet.note(5, 4)).toBe('');
    expect(env.log.count('Range.getFormulas')).toBe(1);
  });

  test('a protected range refuses part of the fill: the runs written keep their note, the refused cells are reported by name, nothing typed is lost', () => {
    const { env, addon } = loadWithSample();
    const sheet = env.spreadsheet.sheetData(MEASURES);
    for (const row of [3, 5, 6, 7]) sheet.set(row, 4, '');
    // The owner protected D6:D7; the coordinator running the add-on is not among its editors.
    env.spreadsheet.editors.push('staff@song.go.th');
    env.spreadsheet.activeUser = 'staff@song.go.th';
    sheet.protectRange('D6:D7', { description: 'ข้อเสนอแนะที่ผู้บริหารอนุมัติแล้ว', editors: ['coordinator@song.go.th'] });
    const before = sheetState(sheet);
    const r = addon.fillSuggestions();
    expectOnlyFilledChanged(before, sheetState(sheet), r.filled.map((f) => f.cell));
    // Written cells: each holds its suggestion and its auto-fill note.
    for (const row of [3, 5]) {
      expect(String(sheet.get(row, 4))).not.toBe('');
      expect(sheet.note(row, 4)).toMatch(/^เติมอัตโนมัติโดย ita-sheets เมื่อ/);
    }
    // Refused cells: still blank, no note.
    for (const row of [6, 7]) {
      expect(sheet.get(row, 4)).toBe('');
      expect(sheet.note(row, 4)).toBe('');
    }
    expect(r.filled.map((f) => f.cell)).toEqual(['D3', 'D5']);
    expect(r.skipped.map((s) => s.cell)).toEqual(['D6', 'D7']);
    expect(r.skipped[0].reasonTh).toMatch(/^ไม่เติม D6: Google ชีตไม่ยอมให้เขียนเซลล์นี้ .*protected cell/);
    expect(r.skipped[1].reasonEn).toMatch(/^Not filled D7: Google Sheets refused the write /);
  });
});
