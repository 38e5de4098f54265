import { readFileSync, writeFileSync } from 'fs';
import { readdirSync } from 'fs';
import * as path from 'path';
import { parseCsvText, protectCsvValue, readCsvGrid, setCsvCells, stringifyCsv, writeCsvCells, writeCsvGrid } from '../../src/node/csv';
import { checkTable, planSuggestions, readGrid } from '../../src/core';
import { expectInputError, sha256, useTempDir } from './helpers/tempDir';
import { cli } from './helpers/cli';

const BOM = '\uFEFF';
const HEADER = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];

const GRID = [
  HEADER,
  ['๑. มาตรการยกระดับ ITA', '๑. ศึกษาคู่มือ\n๒. มอบหมายผู้รับผิดชอบ', '๑. ศึกษาแล้ว, ครบถ้วน\n๒. มีคำสั่ง "ที่ ๑/๒๕๖๕"', ''],
  ['๒. มาตรการเผยแพร่', '=SUM(A1)', '- ไม่มี', '+๖๖ ๒'],
  ['@ผู้ดูแล', "'=already protected", "'ข้อความปกติ", "''=two apostrophes"],
  ['-5', '', ' ช่องว่างหน้า ', 'สอง\nบรรทัด'],
];

describe('parseCsvText', () => {
  it('reads BOM, CRLF rows and quoted multi-line cells (CRLF inside a cell becomes \\n)', () => {
    const text = `${BOM}มาตรการ,ขั้นตอน\r\n"๑. มาตรการ","๑. ศึกษา\r\n๒. มอบหมาย"\r\n`;
    expect(parseCsvText(text)).toEqual([
      ['มาตรการ', 'ขั้นตอน'],
      ['๑. มาตรการ', '๑. ศึกษา\n๒. มอบหมาย'],
    ]);
  });

  it('ends a record at any line ending, as Excel does with a file whose lines were joined from two sources', () => {
    const text = 'มาตรการ,ขั้นตอน,ผลการดำเนินงาน,ปัญหา/ข้อเสนอแนะ\r\n๑. มาตรการ ก,๑. ทำ ก,๑. ทำ ก แล้ว,\r\n'
      + '๒. มาตรการ ข,๑. อบรม,๑. อบรมแล้ว,\n๓. มาตรการ ค,๑. ประชุม,"๑. ประชุมแล้ว\r\n๒. รายงานแล้ว",\r๔. มาตรการ ง,๑. ตรวจ,๑. ตรวจแล้ว,\r\n';
    const grid = parseCsvText(text);
    expect(grid.map((row) => row[0])).toEqual(['มาตรการ', '๑. มาตรการ ก', '๒. มาตรการ ข', '๓. มาตรการ ค', '๔. มาตรการ ง']);
    expect(grid[3][2]).toBe('๑. ประชุมแล้ว\n๒. รายงานแล้ว');
    expect(grid.every((row) => row.length === 4)).toBe(true);
    // The filled copy sets the right cells and keeps every other byte, each line's own ending included.
    const filled = setCsvCells(text, ',', [{ row: 2, column: 3, text: 'เติม ข' }, { row: 4, column: 3, text: 'เติม ง' }]);
    expect(filled).toBe(text.replace('๑. อบรมแล้ว,\n', '๑. อบรมแล้ว,"เติม ข"\n').replace('๑. ตรวจแล้ว,\r\n', '๑. ตรวจแล้ว,"เติม ง"\r\n'));
  });

  it('pads ragged rows to a rectangle and keeps blank rows in the middle (positions stay right)', () => {
    expect(parseCsvText('a,b,c\n\nd\ne,f\n\n\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['d', '', ''],
      ['e', 'f', ''],
    ]);
    expect(parseCsvText(',,x\n')).toEqual([['', '', 'x']]);
  });

  it('removes one protecting apostrophe from formula-looking values only', () => {
    expect(parseCsvText("'=SUM(A1),'-,'+1,'@a,'plain,''=x,=raw")).toEqual([
      ['=SUM(A1)', '-', '+1', '@a', "'plain", "'=x", '=raw'],
    ]);
  });

  it('throws on an unclosed quote', () => {
    expect(() => parseCsvText('a,"b\nc')).toThrow();
  });

  it('gives an empty grid for empty text', () => {
    expect(parseCsvText('')).toEqual([]);
    expect(parseCsvText(BOM)).toEqual([]);
  });
});

describe('stringifyCsv', () => {
  it('writes BOM, CRLF rows, quotes where needed and protects formula-looking values', () => {
    const text = stringifyCsv([
      ['มาตรการ', 'a,b', 'say "hi"'],
      ['=SUM(A1)', '๑. หนึ่ง\n๒. สอง', '-'],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}มาตรการ,"a,b","say ""hi"""\r\n'=SUM(A1),"๑. หนึ่ง\n๒. สอง",'-\r\n`);
  });

  it('round-trips through parseCsvText exactly, Thai, line breaks and formula-looking text included', () => {
    expect(parseCsvText(stringifyCsv(GRID))).toEqual(GRID);
  });

  it('pads ragged rows', () => {
    expect(parseCsvText(stringifyCsv([['a', 'b'], ['c']]))).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('protectCsvValue only touches values a spreadsheet would run', () => {
    expect(protectCsvValue('=1+1')).toBe("'=1+1");
    expect(protectCsvValue('@x')).toBe("'@x");
    expect(protectCsvValue("'=x")).toBe("''=x");
    expect(protectCsvValue("'x")).toBe("'x");
    expect(protectCsvValue('๑. =')).toBe('๑. =');
  });
});

describe('CSV files', () => {
  const tmp = useTempDir();

  it('writeCsvGrid then readCsvGrid gives the original grid; the file starts with a UTF-8 BOM', async () => {
    const file = tmp.file('มาตรการ.csv');
    await writeCsvGrid(file, GRID);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(await readCsvGrid(file)).toEqual({ grid: GRID, delimiter: ',', encoding: 'utf-8' });
  });

  it('reads UTF-8 without BOM, UTF-16 with BOM and Thai Windows-874 files', async () => {
    const plain = tmp.file('plain.csv');
    writeFileSync(plain, 'มาตรการ,ผล\n๑,๒\n', 'utf8');
    expect((await readCsvGrid(plain)).grid).toEqual([
      ['มาตรการ', 'ผล'],
      ['๑', '๒'],
    ]);

    const utf16 = tmp.file('utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('มาตรการ,ผล\r\n', 'utf16le')]));
    expect((await readCsvGrid(utf16)).grid).toEqual([['มาตรการ', 'ผล']]);

    // "การ,ผล" in TIS-620 / Windows-874.
    const thaiWindows = tmp.file('tis620.csv');
    writeFileSync(thaiWindows, Buffer.from([0xa1, 0xd2, 0xc3, 0x2c, 0xbc, 0xc5, 0x0d, 0x0a]));
    expect((await readCsvGrid(thaiWindows)).grid).toEqual([['การ', 'ผล']]);
  });

  it('reports a missing file, a file that is not CSV and an empty file', async () => {
    const missing = await expectInputError(readCsvGrid(tmp.file('ไม่มี.csv')), 'MISSING_FILE');
    expect(missing.messageTh).toContain('ไม่มี.csv');

    const broken = tmp.file('broken.csv');
    writeFileSync(broken, 'a,"b\nc', 'utf8');
    const corrupt = await expectInputError(readCsvGrid(broken), 'CORRUPT_FILE');
    expect(corrupt.messageTh).toContain('broken.csv');

    const empty = tmp.file('empty.csv');
    writeFileSync(empty, `${BOM}\r\n,,\r\n`, 'utf8');
    await expectInputError(readCsvGrid(empty), 'EMPTY_INPUT');
  });

  it('writeCsvCells sets only the given cells, grows the grid when needed and never touches the input', async () => {
    const input = tmp.file('in.csv');
    const output = tmp.file('out.csv');
    await writeCsvGrid(input, GRID);
    const before = sha256(input);
    await writeCsvCells(input, output, [
      { row: 1, column: 3, text: '=ไม่ใช่สูตร' },
      { row: 6, column: 5, text: 'ใหม่\nสองบรรทัด' },
    ]);
    expect(sha256(input)).toBe(before);

    const expected = GRID.map((row) => [...row, '', '']);
    expected[1][3] = '=ไม่ใช่สูตร';
    expected.push(['', '', '', '', '', ''], ['', '', '', '', '', 'ใหม่\nสองบรรทัด']);
    expect((await readCsvGrid(output)).grid).toEqual(expected);
    expect(readFileSync(output, 'utf8')).toContain("'=ไม่ใช่สูตร");

    await expectInputError(writeCsvCells(input, input, []), 'SAME_FILE');
    await expectInputError(writeCsvCells(tmp.file('none.csv'), output, []), 'MISSING_FILE');
    expect(sha256(input)).toBe(before);
  });
});

describe('a filled copy keeps every other cell as written', () => {
  const tmp = useTempDir();

  it('sets only the given cells\' bytes: quotes, apostrophes, line endings, blank and trailing lines stay', async () => {
    const input = tmp.file('hand.csv');
    const text = [
      'มาตรการ,ขั้นตอนหรือวิธีการปฏิบัติ,ผลการดำเนินงาน,ปัญหา / ข้อเสนอแนะ',
      '"๑. มาตรการ ""ก""","๑. ทำ\n๒. ประกาศ",\'=ผลที่ไม่ใช่สูตร,',
      '',
      '๒. มาตรการ ข,๑. ทำ,๑. ทำแล้ว',
      '',
    ].join('\n');
    writeFileSync(input, text, 'utf8');
    const output = tmp.file('hand-filled.csv');
    await writeCsvCells(input, output, [{ row: 1, column: 3, text: 'ควร "อบรม"' }, { row: 3, column: 3, text: '-ไม่มี' }]);
    const expected = text
      .replace('\'=ผลที่ไม่ใช่สูตร,', '\'=ผลที่ไม่ใช่สูตร,"ควร ""อบรม"""')
      .replace('๑. ทำแล้ว', '๑. ทำแล้ว,"\'-ไม่มี"');
    expect(readFileSync(output, 'utf8')).toBe(BOM + expected);
    expect((await readCsvGrid(output)).grid[3]).toEqual(['๒. มาตรการ ข', '๑. ทำ', '๑. ทำแล้ว', '-ไม่มี']);
  });

  it('a CSV whose lines end three ways, through the fill command: the input is untouched, and the copy is the input plus the planned suggestions, nothing else', async () => {
    const input = tmp.file('mixed.csv');
    const text = [
      'มาตรการ,ขั้นตอนหรือวิธีการปฏิบัติ,ผลการดำเนินงาน,ปัญหา / ข้อเสนอแนะ\r\n',
      '๑. มาตรการเผยแพร่ข้อมูล,๑. จัดทำประกาศ,๑. จัดทำประกาศแล้ว,\r\n',
      '๒. มาตรการป้องกันผลประโยชน์ทับซ้อน,"๑. อบรมบุคลากร\r\n๒. จัดทำคู่มือ","๑. อบรมบุคลากรแล้ว\r\n๒. จัดทำคู่มือแล้ว",\n',
      '๓. มาตรการจัดซื้อจัดจ้าง,๑. ประกาศแผน,๑. ประกาศแผนแล้ว,ไม่มีปัญหา\r',
      '๔. มาตรการรับเรื่องร้องเรียน,๑. เปิดช่องทาง,๑. เปิดช่องทางแล้ว,\r\n',
    ].join('');
    writeFileSync(input, text, 'utf8');
    const before = sha256(input);
    const output = tmp.file('mixed-filled.csv');
    const r = await cli('fill', input, '-o', output);
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const fills = planSuggestions(checkTable(readGrid(parseCsvText(text))));
    expect(fills.map((f) => [f.row, f.column])).toEqual([[1, 3], [2, 3], [4, 3]]);
    const copy = readFileSync(output, 'utf8');
    expect(copy).toBe(BOM + setCsvCells(text, ',', fills.map((f) => ({ row: f.row, column: f.column, text: f.text }))));
    // Outside the filled cells, every byte of the input, each line's own ending included.
    let rest = copy.slice(BOM.length);
    for (const f of fills) rest = rest.replace(`"${f.text.replace(/"/g, '""')}"`, '');
    expect(rest).toBe(text);
  });

  it('keeps the text around cells at the edges: a separator ending the file, an empty last field, a blank line, rows past the end', () => {
    const cases: [string, { row: number; column: number; text: string }[], string][] = [
      ['a,b,c,d\n"x","y","z",', [{ row: 1, column: 3, text: 'S' }], 'a,b,c,d\n"x","y","z","S"'],
      ['a,b,c,d\n1,2,\n', [{ row: 1, column: 2, text: 'X' }, { row: 1, column: 4, text: 'Y' }], 'a,b,c,d\n1,2,"X",,"Y"\n'],
      ['a,b,c\n\nq,w,e\n', [{ row: 1, column: 0, text: 'X' }, { row: 1, column: 2, text: 'Y' }], 'a,b,c\n"X",,"Y"\nq,w,e\n'],
      ['a,b\r\nc,d', [{ row: 3, column: 1, text: 'Z' }], 'a,b\r\nc,d\r\n\r\n,"Z"\r\n'],
      ['a;b\r"x;y";\r', [{ row: 1, column: 1, text: 'ใหม่' }], 'a;b\r"x;y";"ใหม่"\r'],
    ];
    for (const [text, cells, expected] of cases) expect(setCsvCells(text, text.includes(';') ? ';' : ',', cells)).toBe(expected);
  });

  it('on every corpus sheet: the copy is the input with only the planned suggestions added', () => {
    const dir = path.join(__dirname, '..', 'corpus');
    let filled = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
      const fills = planSuggestions(checkTable(readGrid(parseCsvText(text))));
      const out = setCsvCells(text, ',', fills.map((f) => ({ row: f.row, column: f.column, text: f.text })));
      expect({ file, read: out !== null }).toEqual({ file, read: true });
      // Line for line the input, but on the lines of the filled cells: there only the quoted
      // suggestion is new (with the separators a short row lacked before it).
      const quoted = fills.map((f) => `"${f.text.replace(/"/g, '""')}"`);
      const [inLines, outLines] = [text, out ?? ''].map((t) => t.split(/\r\n|\n/));
      expect({ file, lines: outLines.length }).toEqual({ file, lines: inLines.length });
      const trimmed = (line: string) => line.replace(/,+$/, '');
      const changed = outLines.flatMap((line, i) => {
        if (line === inLines[i]) return [];
        const q = quoted.find((value) => line.includes(value));
        return [{ file, line: i + 1, onlyTheSuggestion: q !== undefined && trimmed(line.replace(q, '')) === trimmed(inLines[i]) }];
      });
      expect(changed).toEqual(changed.map((c) => ({ ...c, onlyTheSuggestion: true })));
      expect(changed).toHaveLength(fills.length);
      filled += fills.length;
    }
    expect(filled).toBeGreaterThan(100);
  });
});
