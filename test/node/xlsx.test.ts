import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { linkSync, readFileSync, writeFileSync, symlinkSync } from 'fs';
import { readXlsxGrid, writeGridXlsx, writeXlsxCells, xlsxValueToText } from '../../src/node/xlsx';
import { expectInputError, sha256, useTempDir } from './helpers/tempDir';
import { loadTable } from '../../src/node/tableFiles';

const HEADERS = ['ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];
const STEPS = '๑. ศึกษาคู่มือการประเมิน ITA\n๒. มอบหมายผู้รับผิดชอบ';
const RESULTS = '๑. ศึกษาคู่มือแล้ว\n๒. มีคำสั่งมอบหมายแล้ว';

/**
 * The measures sheet of the fixture: column A empty, two title rows, header on row 3 (B3:F3),
 * then two measures. A cover sheet comes first so the measures sheet must be picked by name.
 */
async function writeFixture(filePath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('ปก');
  cover.getCell('A1').value = 'หน้าปก เทศบาลตำบลสอง';
  const sheet = workbook.addWorksheet('มาตรการ ITA', { views: [{ state: 'frozen', xSplit: 0, ySplit: 3 }] });
  sheet.getCell('B1').value = 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส';
  sheet.getCell('B2').value = 'ประจำปีงบประมาณ พ.ศ.๒๕๖๕';
  HEADERS.forEach((header, i) => {
    sheet.getCell(3, i + 2).value = header;
  });
  sheet.getCell('B4').value = 1;
  sheet.getCell('C4').value = {
    richText: [{ text: 'มาตรการยกระดับ', font: { bold: true } }, { text: 'ผลการประเมิน ITA' }],
  };
  sheet.getCell('D4').value = STEPS;
  sheet.getCell('E4').value = RESULTS;
  sheet.getCell('F4').value = { formula: 'B4*2', result: 2 };
  sheet.getCell('B5').value = 2.5;
  sheet.getCell('C5').value = { text: 'เว็บไซต์หน่วยงาน', hyperlink: 'https://example.go.th' };
  sheet.getCell('D5').value = new Date(Date.UTC(2022, 2, 31));
  sheet.getCell('E5').value = { formula: 'CONCATENATE("ผล","งาน")', result: 'ผลงาน' };
  sheet.getCell('F5').value = { error: '#N/A' };
  sheet.getColumn(4).width = 55;
  workbook.addWorksheet('ตั้งค่า').getCell('A1').value = 'agency';
  await workbook.xlsx.writeFile(filePath);
}

async function loadWithExcelJs(filePath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

describe('xlsxValueToText', () => {
  it('turns every kind of exceljs value into the text a person sees', () => {
    expect(xlsxValueToText(null)).toBe('');
    expect(xlsxValueToText(undefined)).toBe('');
    expect(xlsxValueToText(42)).toBe('42');
    expect(xlsxValueToText(0.25)).toBe('0.25');
    expect(xlsxValueToText(true)).toBe('true');
    expect(xlsxValueToText(new Date(Date.UTC(2021, 9, 1)))).toBe('2021-10-01');
    expect(xlsxValueToText({ richText: [{ text: 'ก' }, { text: 'ข' }] })).toBe('กข');
    expect(xlsxValueToText({ formula: 'A1', result: 7 })).toBe('7');
    expect(xlsxValueToText({ formula: 'A1' })).toBe('');
    expect(xlsxValueToText({ sharedFormula: 'A1', result: 'ข้อความ' })).toBe('ข้อความ');
    expect(xlsxValueToText({ formula: 'TODAY()', result: new Date(Date.UTC(2022, 0, 5)) })).toBe('2022-01-05');
    expect(xlsxValueToText({ text: 'ลิงก์', hyperlink: 'https://x' })).toBe('ลิงก์');
    expect(xlsxValueToText({ text: { richText: [{ text: 'ลิงก์' }] }, hyperlink: 'https://x' })).toBe('ลิงก์');
    expect(xlsxValueToText({ error: '#DIV/0!' })).toBe('#DIV/0!');
  });
});

describe('readXlsxGrid', () => {
  const tmp = useTempDir();

  it('reads the measures sheet as a rectangular grid at sheet positions', async () => {
    const input = tmp.file('measures.xlsx');
    await writeFixture(input);
    const { sheetName, grid } = await readXlsxGrid(input);
    expect(sheetName).toBe('มาตรการ ITA');
    expect(grid).toEqual([
      ['', 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', '', '', '', ''],
      ['', 'ประจำปีงบประมาณ พ.ศ.๒๕๖๕', '', '', '', ''],
      ['', ...HEADERS],
      ['', '1', 'มาตรการยกระดับผลการประเมิน ITA', STEPS, RESULTS, '2'],
      // The date as the sheet shows it: exceljs writes a Date under built-in format 14, the short date, day first in a Thai sheet.
      ['', '2.5', 'เว็บไซต์หน่วยงาน', '31/3/2022', 'ผลงาน', '#N/A'],
    ]);
    // Row 2 (index 2) is sheet row 3; column 2 is column C.
    expect(grid[2][2]).toBe('มาตรการ');
    expect(grid.every((row) => row.length === 6)).toBe(true);
  });

  it('keeps leading empty rows and gives merged cells their value only at the top-left', async () => {
    const input = tmp.file('merged.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('C4').value = 'หัวเรื่อง';
    sheet.mergeCells('C4:D5');
    sheet.getCell('E6').value = 'ท้าย';
    await workbook.xlsx.writeFile(input);
    const { sheetName, grid, merges } = await readXlsxGrid(input);
    expect(sheetName).toBe('Sheet1');
    expect(merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 3 }]); // C4:D5, 0-based
    expect(grid).toHaveLength(6);
    expect(grid[3]).toEqual(['', '', 'หัวเรื่อง', '', '']);
    expect(grid[4]).toEqual(['', '', '', '', '']);
    expect(grid[5][4]).toBe('ท้าย');
  });

  it('takes the first sheet when none is named for measures (English name matched case-insensitively)', async () => {
    const input = tmp.file('names.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').getCell('A1').value = 'notes';
    workbook.addWorksheet('ITA MEASURES 2565').getCell('A1').value = 'measures';
    await workbook.xlsx.writeFile(input);
    expect((await readXlsxGrid(input)).grid).toEqual([['measures']]);

    const plain = tmp.file('plain.xlsx');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('แผ่น1').getCell('A1').value = 'first';
    other.addWorksheet('แผ่น2').getCell('A1').value = 'second';
    await other.xlsx.writeFile(plain);
    expect(await readXlsxGrid(plain)).toEqual({ sheetName: 'แผ่น1', grid: [['first']], merges: [], extra: {}, hiddenExtra: [], sheetsLookedAt: ['แผ่น1', 'แผ่น2'], otherTableSheets: [] });
  });

  it('never takes the add-on\'s confirmations sheet for the measures, and prefers a header naming all four columns to one naming three', async () => {
    const input = tmp.file('renamed.xlsx');
    const workbook = new ExcelJS.Workbook();
    // Its header names มาตรการ, ขั้นตอน and ผลการดำเนินงาน, like a measures table without a problems column.
    workbook.addWorksheet('การยืนยันผลตรวจ').addRow(['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'การยืนยัน', 'เหตุผล']);
    // A rollover keeps last year's confirmations under their year: theirs is no measures table either.
    workbook.addWorksheet('การยืนยันผลตรวจ 2567').addRow(['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'การยืนยัน']);
    const three = workbook.addWorksheet('สรุปย่อ');
    three.addRow(['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน']);
    three.addRow(['ย่อ', '๑. ทำ', '๑. ทำแล้ว']);
    const measures = workbook.addWorksheet('มาตรการ 2568');
    measures.addRow(HEADERS);
    measures.addRow(['1', 'มาตรการ ก', STEPS, RESULTS, '']);
    await workbook.xlsx.writeFile(input);
    expect(await readXlsxGrid(input)).toMatchObject({ sheetName: 'มาตรการ 2568', otherTableSheets: ['สรุปย่อ'] });
    workbook.removeWorksheet(measures.id);
    await workbook.xlsx.writeFile(input);
    expect((await readXlsxGrid(input)).sheetName).toBe('สรุปย่อ');
  });

  it('yearly tabs: reads the first sheet with a table and warns naming the others, unless a sheet is named มาตรการ', async () => {
    const input = tmp.file('ปีต่อปี.xlsx');
    const workbook = new ExcelJS.Workbook();
    for (const year of ['2566', '2567']) {
      const tab = workbook.addWorksheet(`ปี ${year}`);
      tab.addRow(HEADERS);
      tab.addRow(['1', `มาตรการ ปี ${year}`, STEPS, RESULTS, '']);
    }
    await workbook.xlsx.writeFile(input);
    const loaded = await loadTable(input);
    expect(loaded.sheetName).toBe('ปี 2566');
    expect(loaded.table.findings[0]).toMatchObject({ code: 'OTHER_TABLE_SHEET', severity: 'warning' });
    expect(loaded.table.findings[0].message).toBe('ตรวจเฉพาะแผ่นงาน "ปี 2566" แต่แผ่นงาน "ปี 2567" ก็มีตารางมาตรการ ถ้าต้องการตรวจและเผยแพร่แผ่นงานอื่น ให้ตั้งชื่อแผ่นงานนั้นว่า "มาตรการ"');
    workbook.getWorksheet('ปี 2567')!.name = 'มาตรการ';
    await workbook.xlsx.writeFile(input);
    const named = await loadTable(input);
    expect(named.sheetName).toBe('มาตรการ');
    expect(named.table.findings.map((f) => f.code)).not.toContain('OTHER_TABLE_SHEET');
  });

  it('reports a missing file', async () => {
    const error = await expectInputError(readXlsxGrid(tmp.file('ไม่มี.xlsx')), 'MISSING_FILE');
    expect(error.messageTh).toContain('ไม่มี.xlsx');
  });

  it('reports random bytes and a text file renamed .xlsx as corrupt', async () => {
    const random = tmp.file('random.xlsx');
    writeFileSync(random, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)));
    const error = await expectInputError(readXlsxGrid(random), 'CORRUPT_FILE');
    expect(error.messageTh).toContain('random.xlsx');

    const text = tmp.file('report.xlsx');
    writeFileSync(text, 'มาตรการ\tขั้นตอน\n๑. ทดสอบ\n', 'utf8');
    await expectInputError(readXlsxGrid(text), 'CORRUPT_FILE');
  });

  it('reports a zip that is not a workbook, an old .xls file and an empty sheet', async () => {
    const zipPath = tmp.file('notes.xlsx');
    const zip = new JSZip();
    zip.file('readme.txt', 'not a workbook');
    writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer' }));
    await expectInputError(readXlsxGrid(zipPath), 'CORRUPT_FILE');

    const xls = tmp.file('old.xls');
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await expectInputError(readXlsxGrid(xls), 'UNSUPPORTED_FORMAT');

    const empty = tmp.file('empty.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('มาตรการ');
    await workbook.xlsx.writeFile(empty);
    await expectInputError(readXlsxGrid(empty), 'EMPTY_INPUT');
  });
});

describe('writeXlsxCells', () => {
  const tmp = useTempDir();

  it('sets only the given empty cells, as text, and leaves formulas and values alone with a reason', async () => {
    const input = tmp.file('in.xlsx');
    const output = tmp.file('out.xlsx');
    await writeFixture(input);
    const before = sha256(input);
    const { grid: original } = await readXlsxGrid(input);

    const cells = [
      { row: 5, column: 5, text: '=SUM(A1)' },
      { row: 6, column: 5, text: '- ไม่มีปัญหา\n- ควรอบรมเพิ่ม' },
      { row: 6, column: 2, text: '@ผู้รับผิดชอบ' },
      { row: 7, column: 1, text: '+66 2 123 4567' },
    ];
    const occupied = [
      { row: 3, column: 5, text: 'ทับสูตร' }, // F4 holds the formula B4*2
      { row: 4, column: 5, text: 'ทับค่าผิดพลาด' }, // F5 holds #N/A
    ];
    const result = await writeXlsxCells(input, output, [...cells, ...occupied]);
    expect(result.written).toEqual(['F6', 'C7', 'F7', 'B8']);
    expect(result.skipped.map((s) => [s.cell, s.messageEn])).toEqual([
      ['F4', 'Not filled F4: the cell holds a formula'],
      ['F5', 'Not filled F5: the cell already holds a value'],
    ]);

    expect(sha256(input)).toBe(before);
    const { sheetName, grid } = await readXlsxGrid(output);
    expect(sheetName).toBe('มาตรการ ITA');
    const expected = original.map((row) => [...row]);
    while (expected.length < 8) expected.push(['', '', '', '', '', '']);
    for (const { row, column, text } of cells) expected[row][column] = text;
    expect(grid).toEqual(expected);

    const workbook = await loadWithExcelJs(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['ปก', 'มาตรการ ITA', 'ตั้งค่า']);
    const sheet = workbook.getWorksheet('มาตรการ ITA')!;
    for (const address of ['F6', 'C7', 'B8']) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).formula).toBeUndefined();
    }
    expect(sheet.getCell('F6').value).toBe('=SUM(A1)');
    // The untouched formulas are still formulas; the rich text is still rich text.
    expect(sheet.getCell('F4').type).toBe(ExcelJS.ValueType.Formula);
    expect(sheet.getCell('E5').type).toBe(ExcelJS.ValueType.Formula);
    expect(sheet.getCell('C4').type).toBe(ExcelJS.ValueType.RichText);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getColumn(4).width).toBe(55);
    expect(workbook.getWorksheet('ปก')!.getCell('A1').value).toBe('หน้าปก เทศบาลตำบลสอง');
    expect(workbook.getWorksheet('ตั้งค่า')!.getCell('A1').value).toBe('agency');

    // In the file itself the cell is an inline string cell with no <f> formula element.
    const zip = await JSZip.loadAsync(readFileSync(output));
    const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const f6 = /<c r="F6"[^>]*?(?:\/>|>.*?<\/c>)/.exec(sheetXml)![0];
    expect(f6).not.toContain('<f>');
    expect(f6).toMatch(/t="inlineStr"/);
  });

  it('writes to a named sheet and refuses an unknown one', async () => {
    const input = tmp.file('in.xlsx');
    await writeFixture(input);
    const output = tmp.file('out.xlsx');
    await writeXlsxCells(input, output, [{ row: 1, column: 0, text: 'เทศบาลตำบลสอง' }], 'ตั้งค่า');
    const workbook = await loadWithExcelJs(output);
    expect(workbook.getWorksheet('ตั้งค่า')!.getCell('A2').value).toBe('เทศบาลตำบลสอง');
    await expectInputError(writeXlsxCells(input, tmp.file('x.xlsx'), [], 'ไม่มีแผ่นนี้'), 'NOT_A_TABLE');
  });

  it('never writes over its input', async () => {
    const input = tmp.file('in.xlsx');
    await writeFixture(input);
    const before = sha256(input);
    await expectInputError(writeXlsxCells(input, input, [{ row: 0, column: 0, text: 'x' }]), 'SAME_FILE');
    const link = tmp.file('link.xlsx');
    symlinkSync(input, link);
    await expectInputError(writeXlsxCells(input, link, [{ row: 0, column: 0, text: 'x' }]), 'SAME_FILE');
    const hard = tmp.file('hard.xlsx');
    linkSync(input, hard);
    await expectInputError(writeXlsxCells(input, hard, [{ row: 0, column: 0, text: 'x' }]), 'SAME_FILE');
    expect(sha256(input)).toBe(before);
  });

  it('reports a missing input and rejects negative positions', async () => {
    await expectInputError(writeXlsxCells(tmp.file('none.xlsx'), tmp.file('out.xlsx'), []), 'MISSING_FILE');
    const input = tmp.file('in.xlsx');
    await writeFixture(input);
    await expect(writeXlsxCells(input, tmp.file('out.xlsx'), [{ row: -1, column: 0, text: 'x' }])).rejects.toThrow(
      RangeError,
    );
  });
});

describe('writeGridXlsx', () => {
  const tmp = useTempDir();

  it('writes a fresh workbook: bold frozen header, wrapped text, widths, formula-looking text kept as text', async () => {
    const output = tmp.file('imported.xlsx');
    const grid = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
      ['๑. มาตรการยกระดับ', STEPS, RESULTS, '=HYPERLINK("http://evil")'],
      ['๒. มาตรการเผยแพร่', '-', '+๑', '@all'],
    ];
    await writeGridXlsx(output, grid, { sheetName: 'มาตรการ', columnWidths: [30, 50, 50, 30] });
    expect(await readXlsxGrid(output)).toEqual({ sheetName: 'มาตรการ', grid, merges: [], extra: {}, hiddenExtra: [], sheetsLookedAt: ['มาตรการ'], otherTableSheets: [] });

    const workbook = await loadWithExcelJs(output);
    const sheet = workbook.getWorksheet('มาตรการ')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.getCell('B2').alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(2).width).toBe(50);
    for (const address of ['D2', 'B3', 'C3', 'D3']) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
    expect(sheet.getCell('D2').value).toBe('=HYPERLINK("http://evil")');
  });

  it('honours frozenRows and wrap options', async () => {
    const output = tmp.file('plain.xlsx');
    await writeGridXlsx(output, [['a', 'b'], ['c', 'd']], { sheetName: 'Measures', frozenRows: 0, wrap: false });
    const sheet = (await loadWithExcelJs(output)).getWorksheet('Measures')!;
    expect((sheet.views ?? []).filter((v) => v.state === 'frozen')).toHaveLength(0);
    expect(sheet.getCell('A2').alignment?.wrapText).toBeFalsy();
  });
});

describe('readXlsxGrid with other sheets', () => {
  const tmp = useTempDir();

  it('returns the named sheets it finds and leaves out the missing ones', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('มาตรการ').addRow(['มาตรการ']);
    wb.addWorksheet('ตั้งค่า').addRow(['ชื่อหน่วยงาน', 'เทศบาล']);
    const file = tmp.file('book.xlsx');
    await wb.xlsx.writeFile(file);
    const read = await readXlsxGrid(file, ['ตั้งค่า', 'แม่แบบข้อเสนอแนะ']);
    expect(read.sheetName).toBe('มาตรการ');
    expect(read.extra).toEqual({ 'ตั้งค่า': [['ชื่อหน่วยงาน', 'เทศบาล']] });
  });
});
