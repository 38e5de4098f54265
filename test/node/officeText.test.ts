/**
 * Text files as Thai offices' Windows programs save them. The fixtures are real-shaped files a
 * review made from the bundled sample (test/node/fixtures/office-text):
 * - excel-unicode.txt: the sample table (steps and results filled, suggestions blank) as Excel's
 *   "Unicode Text (*.txt)" writes it: UTF-16LE with a BOM, tab-delimited, multi-line cells in quotes;
 * - xtab874.txt: the same table as Excel's "Text (Tab delimited)" on Thai Windows (code page 874);
 * - one-bad-byte.csv: a UTF-8 CSV (no BOM, English headers) with one Windows-874 byte (0x93, a
 *   left double quote) pasted into line 52; en-mixed.csv the same with a BOM; mixed.csv Thai headers,
 *   a BOM and a 0xA0 byte (874's no-break space); mixed.txt a UTF-8 report text with one 0x93.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { parseCsvText, readCsvGrid } from '../../src/node/csv';
import { decodeOfficeText } from '../../src/node/textEncoding';
import { loadTable } from '../../src/node/tableFiles';
import { expectInputError, sha256, useTempDir } from './helpers/tempDir';
import { cli } from './helpers/cli';

const FIXTURES = path.join(__dirname, 'fixtures', 'office-text');
const fixture = (name: string) => path.join(FIXTURES, name);

/** The measure lines `check` prints (the first line names the file and the counts). */
const firstLine = (stdout: string) => stdout.split('\n')[0].replace(/^\S+:/, 'FILE:');

describe("a table Excel saved as text (.txt) is read as the table it is", () => {
  const tmp = useTempDir();

  it.each(['excel-unicode.txt', 'xtab874.txt'])('%s: check says what the same bytes named .csv say: 10 measures, no false EMPTY_RESULTS', async (name) => {
    const asCsv = tmp.file(name.replace(/\.txt$/, '.csv'));
    copyFileSync(fixture(name), asCsv);
    const [txt, csv] = [await cli('check', fixture(name)), await cli('check', asCsv)];
    expect(txt.code).toBe(csv.code);
    expect(firstLine(txt.stdout)).toBe(firstLine(csv.stdout));
    const [fromTxt, fromCsv] = [await loadTable(fixture(name)), await loadTable(asCsv)];
    expect(fromTxt.table.measures).toHaveLength(10);
    expect(fromTxt.table.measures).toEqual(fromCsv.table.measures);
    expect(fromTxt.table.measures.filter((m) => m.title.startsWith('"'))).toEqual([]);
    expect(txt.stdout).not.toContain('EMPTY_RESULTS');
  });

  it('import and rollover read its 10 measures, no title starting with a quote', async () => {
    const sheet = tmp.file('sheet.csv');
    const r = await cli('import', fixture('excel-unicode.txt'), '-o', sheet);
    expect(r.code).toBe(0);
    const titles = (await readCsvGrid(sheet)).grid.slice(1).map((row) => row[0]).filter((t) => t !== '');
    expect(titles).toHaveLength(10);
    expect(titles.filter((t) => t.startsWith('"'))).toEqual([]);
    const next = tmp.file('next.xlsx');
    const rollover = await cli('rollover', fixture('xtab874.txt'), '-o', next, '--fiscal-year', '2565');
    expect(rollover.code).toBe(0);
    expect(rollover.stdout).toMatch(/10/);
  });

  it('fill writes a tab-delimited table, Excel-quoted, in UTF-16 as it came: 11 rows stay 11, only the suggestion cells change', async () => {
    const input = tmp.file('excel-unicode.txt');
    copyFileSync(fixture('excel-unicode.txt'), input);
    const before = sha256(input);
    const output = tmp.file('filled.txt');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const bytes = readFileSync(output);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(r.stdout).not.toMatch(/encoding|รหัสอักขระ/i);
    const inGrid = parseCsvText(new TextDecoder('utf-16le').decode(readFileSync(input)), '\t');
    const outGrid = parseCsvText(new TextDecoder('utf-16le').decode(bytes), '\t');
    expect(outGrid).toHaveLength(11);
    expect(outGrid.map((row) => row.length)).toEqual(inGrid.map((row) => row.length));
    // Every cell as it was but the suggestions column of the measures the check found lacking one.
    outGrid.forEach((row, i) => row.slice(0, 3).forEach((cell, c) => expect(cell).toBe(inGrid[i][c])));
    // The suggestion cells that changed are the blank ones the fill names, and only those.
    const changed = outGrid.flatMap((row, i) => (row[3] !== inGrid[i][3] ? [i] : []));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((i) => inGrid[i][3] === '')).toBe(true);
    expect(r.stdout).toContain(`→ ${output}`);
  });

  it('fill of the Windows-874 table writes UTF-8 with a BOM and says the encoding changed', async () => {
    const output = tmp.file('filled874.txt');
    const before = sha256(fixture('xtab874.txt'));
    const r = await cli('fill', fixture('xtab874.txt'), '-o', output);
    expect(r.code).toBe(0);
    expect(sha256(fixture('xtab874.txt'))).toBe(before);
    const bytes = readFileSync(output);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout).toContain('Windows-874');
    expect(r.stdout).toContain('UTF-8');
    const grid = parseCsvText(bytes.toString('utf8'), '\t');
    expect(grid).toHaveLength(11);
    expect(grid[0][0]).toBe('มาตรการ');
    // Decoded, every cell reads as the input's but the blank suggestion cells filled.
    const inGrid = parseCsvText(decodeOfficeText(readFileSync(fixture('xtab874.txt')), fixture('xtab874.txt')).text, '\t');
    grid.forEach((row, i) => row.forEach((cell, c) => {
      if (cell !== inGrid[i][c]) expect([c, inGrid[i][c]]).toEqual([3, '']);
    }));
  });

  it('a .txt with Excel-quoted cells spanning lines but no header row is refused, not read as report text', async () => {
    const text = new TextDecoder('utf-16le').decode(readFileSync(fixture('excel-unicode.txt'))).replace(/^[^\r\n]*\r\n/, '');
    const headless = tmp.file('headless.txt');
    writeFileSync(headless, '\uFEFF' + text, 'utf8');
    const error = await expectInputError(loadTable(headless), 'NO_HEADER');
    expect(error.messageTh).toContain('headless.txt');
    expect(error.messageTh).toContain('Excel');
    expect(error.messageEn).toContain('header');
  });

  it('a one-line cell Excel quoted for its quotes reads without them', async () => {
    const file = tmp.file('quoted.txt');
    const rows = [
      'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ',
      '"๑. มาตรการเผยแพร่ ""ITA"""\t๑. จัดทำประกาศ\t๑. จัดทำประกาศแล้ว\t',
    ];
    writeFileSync(file, Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf16le'));
    const loaded = await loadTable(file);
    expect(loaded.format).toBe('csv');
    expect(loaded.table.measures.map((m) => m.title)).toEqual([expect.stringContaining('มาตรการเผยแพร่ "ITA"')]);
    expect(loaded.table.measures[0].title.startsWith('"')).toBe(false);
  });

  it('a report text whose own quotes run on (a straight quote closed by a curly one) is read as report text, every measure kept', async () => {
    const text = [
      'รายงานผล', 'เทศบาลตำบลทดสอบ', 'ประจำปีงบประมาณ พ.ศ. 2567', '',
      ['ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'].join('\t'),
      ['1', 'มาตรการป้องกันการรับสินบน', '1. จัดทำป้าย', '"ไม่รับสินบน” ติดตั้งแล้ว', '-'].join('\t'),
      ['2', 'มาตรการเผยแพร่ข้อมูล', '1. เผยแพร่ข้อมูล', '1. เผยแพร่แล้ว', '-'].join('\t'),
      ['3', 'มาตรการงดรับของขวัญ', '1. ประกาศนโยบาย', '1. ประกาศนโยบาย "No Gift Policy"', '-'].join('\t'),
      ['4', 'มาตรการที่สี่', '1. ทำ', '1. ทำแล้ว', '-'].join('\t'),
    ].join('\n');
    const file = tmp.file('quotes.txt');
    writeFileSync(file, text);
    const loaded = await loadTable(file);
    expect(loaded.format).toBe('txt');
    expect(loaded.table.measures.map((m) => [m.title, m.results.length])).toEqual([
      ['มาตรการป้องกันการรับสินบน', 1], ['มาตรการเผยแพร่ข้อมูล', 1], ['มาตรการงดรับของขวัญ', 1], ['มาตรการที่สี่', 1],
    ]);
  });

  it('the bundled Word report text is still read as report text', async () => {
    const loaded = await loadTable(path.join(__dirname, '..', '..', 'samples', 'song-2565-report.txt'));
    expect(loaded.format).toBe('txt');
    expect(loaded.table.measures).toHaveLength(10);
  });
});

describe('a stray byte in a UTF-8 file is refused, naming its line, never read as Windows-874', () => {
  const tmp = useTempDir();

  it.each([
    ['one-bad-byte.csv', '0x93', 52],
    ['en-mixed.csv', '0x93', 52],
    ['mixed.csv', '0xA0', 52],
    ['mixed.txt', '0x93', 34],
  ])('%s: refused naming byte %s on line %i and how to save it', async (name, byte, line) => {
    const error = await expectInputError(loadTable(fixture(name)), 'CORRUPT_FILE');
    expect(error.messageTh).toContain(`บรรทัดที่ ${line}`);
    expect(error.messageEn).toContain(`line ${line}`);
    expect(error.messageEn).toContain(byte);
    expect(error.messageTh).toContain(name);
    expect(error.messageTh).toContain('พนักงานและ');
    if (name.endsWith('.csv')) expect(error.messageEn).toContain('CSV UTF-8');
    expect(error.messageTh).not.toContain('เธ');
  });

  it('publish refuses one-bad-byte.csv and writes no .docx; check exits 2', async () => {
    const docx = tmp.file('bad.docx');
    const r = await cli('publish', fixture('one-bad-byte.csv'), '-o', docx, '--fiscal-year', '2565', '--agency', 'เทศบาลตำบลสอง');
    expect(r.code).toBe(2);
    expect(existsSync(docx)).toBe(false);
    expect(r.stderr).toContain('บรรทัดที่ 52');
    expect((await cli('check', fixture('one-bad-byte.csv'))).code).toBe(2);
  });

  it('a BOM decides the encoding: UTF-8, UTF-16 LE and BE', () => {
    const text = 'มาตรการ,ผล\r\n';
    expect(decodeOfficeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.csv')).toMatchObject({ text, encoding: 'utf-8', bom: true });
    expect(decodeOfficeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'a.csv')).toMatchObject({ text, encoding: 'utf-16le', bom: true });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeOfficeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.csv')).toMatchObject({ text, encoding: 'utf-16be', bom: true });
    // Windows-874 Thai ("การ,ผล") is still read as such.
    expect(decodeOfficeText(Buffer.from([0xa1, 0xd2, 0xc3, 0x2c, 0xbc, 0xc5, 0x0d, 0x0a]), 'a.csv')).toEqual({ text: 'การ,ผล\r\n', encoding: 'windows-874', bom: false });
  });

  it('Windows-874 text with UTF-8 Thai pasted into it (read as 874 it would be เธ… pairs) is refused naming the line', async () => {
    const rows = ['มาตรการ,ขั้นตอนหรือวิธีการปฏิบัติ,ผลการดำเนินงาน', ...Array.from({ length: 29 }, (_, i) => `${i + 1},การจัดทำประกาศเจตนารมณ์,ผลการดำเนินงานครบถ้วน`)];
    const file = tmp.file('pasted.csv');
    // Lines 1–30 in code page 874, line 31 pasted in as UTF-8.
    writeFileSync(file, Buffer.concat([new TextEncoder874().encode(rows.join('\r\n') + '\r\n'), Buffer.from('30,เผยแพร่ข้อมูลต่อสาธารณะ,ครบ\r\n', 'utf8')]));
    const error = await expectInputError(readCsvGrid(file), 'CORRUPT_FILE');
    expect(error.messageTh).toContain('บรรทัดที่ 31');
    expect(error.messageEn).toContain('line 31');
  });
});

describe('filled copies are written so the program that opened the input opens them', () => {
  const tmp = useTempDir();
  const sample = path.join(__dirname, '..', '..', 'samples', 'song-2565-report.txt');

  it.each([
    ['UTF-8 without BOM', (t: string) => Buffer.from(t, 'utf8'), [0x0a], false],
    ['UTF-8 with BOM', (t: string) => Buffer.from('\uFEFF' + t, 'utf8'), [0xef, 0xbb, 0xbf], false],
    ['UTF-16LE with BOM', (t: string) => Buffer.from('\uFEFF' + t, 'utf16le'), [0xff, 0xfe], false],
    ['UTF-16LE without BOM', (t: string) => Buffer.from(t, 'utf16le'), [0xff, 0xfe], false],
    ['Windows-874', (t: string) => Buffer.from(new TextEncoder874().encode(t)), [0xef, 0xbb, 0xbf], true],
  ] as const)('report text in %s', async (_, encode, start, notice) => {
    const text = readFileSync(sample, 'utf8');
    const input = tmp.file('report.txt');
    writeFileSync(input, encode(text));
    const output = tmp.file('filled.txt');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    const bytes = readFileSync(output);
    expect([...bytes.subarray(0, start.length)]).toEqual([...start]);
    expect(readFileSync(input).equals(encode(text))).toBe(true);
    // Decoded, the copy is the text the same fill makes of the UTF-8 file: only the encoding differs.
    const plain = tmp.file('plain.txt');
    writeFileSync(plain, text);
    await cli('fill', plain, '-o', tmp.file('plain-filled.txt'));
    expect(decodeOfficeText(bytes, output).text).toBe(readFileSync(tmp.file('plain-filled.txt'), 'utf8'));
    expect(/Windows-874/.test(r.stdout)).toBe(notice);
  });

  it('a semicolon CSV in Windows-874 keeps its semicolons, gets a BOM, and the notice says so', async () => {
    const text = 'มาตรการ;ขั้นตอนหรือวิธีการปฏิบัติ;ผลการดำเนินงาน;ปัญหา / ข้อเสนอแนะ\r\n๑. มาตรการเผยแพร่ข้อมูล;๑. จัดทำประกาศ;๑. จัดทำประกาศแล้ว;\r\n';
    const input = tmp.file('semi.csv');
    writeFileSync(input, Buffer.from(new TextEncoder874().encode(text)));
    const before = sha256(input);
    const output = tmp.file('semi-filled.csv');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    // Only the blank suggestion cell changed.
    const [was, now] = [parseCsvText(text, ';'), parseCsvText(readFileSync(output, 'utf8').replace(/^\uFEFF/, ''), ';')];
    expect(now.map((row) => row.slice(0, 3))).toEqual(was.map((row) => row.slice(0, 3)));
    expect([now[0][3], now[1][3] !== '']).toEqual([was[0][3], true]);
    const copy = readFileSync(output);
    expect([...copy.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(copy.toString('utf8')).toContain('๑. มาตรการเผยแพร่ข้อมูล;๑. จัดทำประกาศ;๑. จัดทำประกาศแล้ว;"');
    expect(r.stdout).toContain('Windows-874');
  });
});

describe('old and other spreadsheet formats', () => {
  it.each(['รายงาน.xls', 'รายงาน.ods'])('%s: says to save as .xlsx', async (name) => {
    const error = await expectInputError(loadTable(name), 'UNSUPPORTED_FORMAT');
    expect(error.messageTh).toContain('บันทึกเป็น .xlsx');
    expect(error.messageEn).toContain('save it as .xlsx');
  });
});

/** Thai Windows code page 874 for the text these tests write: Thai letters at U+0E01–U+0E5B sit at 0xA1–0xFB. */
class TextEncoder874 {
  encode(text: string): Uint8Array {
    return new Uint8Array([...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
      if (code < 0x80) return code;
      throw new Error(`not in code page 874: ${ch}`);
    }));
  }
}
