/**
 * Nothing lost (issue 9): the command line never overwrites its input, writes every output
 * atomically, and answers bad input with exit 2 and one clear line (Thai, or English with --lang en).
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { MAX_INPUT_BYTES } from '../../src/node/fileErrors';
import { loadTable } from '../../src/node/tableFiles';
import { SAMPLE_PATH } from '../helpers/sample';
import { cli } from './helpers/cli';
import { encryptedWorkbook } from './helpers/encryptedWorkbook';
import { H } from './helpers/richWorkbook';
import { sha256, useTempDir } from './helpers/tempDir';

const tmp = useTempDir('ita-safety-');
/** Root ignores file permissions, so there the refusal the system would give is injected instead. */
const AS_ROOT = process.getuid?.() === 0;

const ROWS = [
  ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. จัดทำประกาศมาตรการ', '๑. จัดทำประกาศมาตรการแล้ว', ''],
  ['๒. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบายไม่รับของขวัญ', '๑. ประกาศนโยบายไม่รับของขวัญแล้ว', 'ไม่มี'],
];

async function workbook(file: string, sheets: Record<string, string[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row) => ws.addRow(row));
  }
  await wb.xlsx.writeFile(file);
  return file;
}

function csv(file: string, rows: string[][], delimiter = ','): string {
  const quote = (v: string) => (/[",;\t\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  fs.writeFileSync(file, rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n');
  return file;
}

function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} failed`), { code, syscall });
}

function expectOneLine(r: { code: number; stderr: string }, text: string | RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

afterEach(() => jest.restoreAllMocks());

describe('an output is never the input', () => {
  it('import X.xlsx -o X.xlsx and X.csv -o X.csv are refused and the file keeps every sheet', async () => {
    const xlsx = await workbook(tmp.file('X.xlsx'), { มาตรการ: [H, ...ROWS], ปก: [['หน้าปก']] });
    const before = sha256(xlsx);
    expectOneLine(await cli('import', xlsx, '-o', xlsx), /ไฟล์ผลลัพธ์ .* คือไฟล์ต้นฉบับ/);
    expect(sha256(xlsx)).toBe(before);
    const table = csv(tmp.file('X.csv'), [H, ...ROWS]);
    const csvBefore = sha256(table);
    expectOneLine(await cli('import', table, '-o', table, '--lang', 'en'), /is the input/);
    expect(sha256(table)).toBe(csvBefore);
  });

  it('refuses a symlink or a hard link to the input for fill and publish', async () => {
    const input = await workbook(tmp.file('in.xlsx'), { มาตรการ: [H, ...ROWS] });
    const before = sha256(input);
    fs.symlinkSync(input, tmp.file('link.xlsx'));
    fs.linkSync(input, tmp.file('hard.xlsx'));
    expectOneLine(await cli('fill', input, '-o', tmp.file('link.xlsx')), /ฮาร์ดลิงก์/);
    expectOneLine(await cli('fill', input, '-o', tmp.file('hard.xlsx')), /ฮาร์ดลิงก์/);
    fs.symlinkSync(input, tmp.file('report.docx'));
    expectOneLine(await cli('publish', input, '-o', tmp.file('report.docx'), '--force'), /คือไฟล์ต้นฉบับ/);
    fs.symlinkSync(input, tmp.file('memo.docx'));
    expectOneLine(await cli('memo', input, '-o', tmp.file('memo.docx')), /คือไฟล์ต้นฉบับ/);
    expect(sha256(input)).toBe(before);
  });
});

describe('outputs are written through a temporary file', () => {
  it('a publish that fails half-way (disk full) leaves the previous report whole and no temporary file', async () => {
    const report = tmp.file('report.docx');
    expect((await cli('publish', SAMPLE_PATH, '-o', report, '--force')).code).toBe(0);
    const previous = sha256(report);
    const realOpen = fs.promises.open;
    jest.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof realOpen>) => {
      const handle = await realOpen(...args);
      // Half of the document reaches the disk, then the disk is full.
      handle.writeFile = async (data: unknown) => {
        await handle.write((data as Buffer).subarray(0, (data as Buffer).length >> 1));
        throw errnoError('ENOSPC', 'write');
      };
      return handle;
    });
    const r = await cli('publish', SAMPLE_PATH, '-o', report, '--force', '--lang', 'en');
    expectOneLine(r, /the disk is full/);
    expect(sha256(report)).toBe(previous);
    expect(fs.readdirSync(path.dirname(report))).toEqual(['report.docx']);
  });

  it('a read-only output folder is exit 2 with what to do', async () => {
    const folder = tmp.file('readonly');
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o555);
    if (AS_ROOT) jest.spyOn(fs.promises, 'open').mockRejectedValue(errnoError('EACCES', 'open'));
    const r = await cli('fill', csv(tmp.file('in.csv'), [H, ...ROWS]), '-o', path.join(folder, 'out.csv'));
    expectOneLine(r, /โฟลเดอร์ .*readonly เป็นแบบอ่านอย่างเดียวหรือไม่มีสิทธิ์เขียน เลือกโฟลเดอร์อื่นด้วย -o/);
    fs.chmodSync(folder, 0o755);
  });

  it('a file where a folder is needed is exit 2', async () => {
    fs.writeFileSync(tmp.file('notes.txt'), 'x');
    const r = await cli('import', SAMPLE_PATH, '-o', path.join(tmp.file('notes.txt'), 'sheet.xlsx'));
    expectOneLine(r, /มีไฟล์ชื่อเดียวกับโฟลเดอร์/);
  });
});

describe('inputs that cannot be read are refused at once', () => {
  it('an unreadable input is exit 2, not an internal error', async () => {
    const input = csv(tmp.file('secret.csv'), [H, ...ROWS]);
    fs.chmodSync(input, 0o000);
    if (AS_ROOT) jest.spyOn(fs.promises, 'readFile').mockRejectedValue(errnoError('EACCES', 'open'));
    expectOneLine(await cli('check', input), /อ่านไฟล์ .*secret\.csv ไม่ได้ เพราะไม่มีสิทธิ์อ่าน/);
    fs.chmodSync(input, 0o644);
  });

  it('a named pipe and a device are refused without reading them', async () => {
    const pipe = tmp.file('pipe.csv');
    execFileSync('mkfifo', [pipe]);
    const started = Date.now();
    expectOneLine(await cli('check', pipe), /เป็นท่อข้อมูล \(named pipe\) ไม่ใช่ไฟล์/);
    fs.symlinkSync('/dev/zero', tmp.file('zero.xlsx'));
    expectOneLine(await cli('check', tmp.file('zero.xlsx'), '--lang', 'en'), /is a device, not a file/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an input over the size limit is refused with the limit named', async () => {
    const big = tmp.file('big.csv');
    fs.writeFileSync(big, `${H.join(',')}\n`);
    fs.truncateSync(big, MAX_INPUT_BYTES + 1);
    expectOneLine(await cli('check', big, '--lang', 'en'), /over the 50 MB limit/);
  });

  it('a password-protected workbook says so, not "an old .xls"', async () => {
    const file = tmp.file('locked.xlsx');
    fs.writeFileSync(file, encryptedWorkbook());
    expectOneLine(await cli('check', file), /ถูกป้องกันด้วยรหัสผ่าน .*บันทึกใหม่โดยไม่ใส่รหัสผ่าน/);
    const en = await cli('check', file, '--lang', 'en');
    expect(en.stderr).toContain('is protected by a password: open it in Excel, save it without one');
    expect(en.stderr).not.toContain('.xls)');
  });
});

describe('a workbook the reader cannot parse', () => {
  it('a valid package written with a namespace prefix (x:workbook) asks to save it again, not "not an Excel file"', async () => {
    const file = await workbook(tmp.file('prefixed.xlsx'), { มาตรการ: [H, ...ROWS] });
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    // ECMA-376 allows any prefix for the SpreadsheetML namespace; some generators write x:.
    const main = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', main.replace(/<(\/?)([A-Za-z]+)(?=[\s>/])/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="'));
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expectOneLine(await cli('check', file), /เปิดไฟล์ .*prefixed\.xlsx ไม่ได้: เป็นไฟล์ Excel ที่เขียนในแบบที่โปรแกรมนี้อ่านไม่ได้ .*เปิดใน Excel, LibreOffice หรือ Google ชีต แล้วบันทึกเป็น \.xlsx อีกครั้ง/);
    const en = await cli('fill', file, '-o', tmp.file('out.xlsx'), '--lang', 'en');
    expect(en.stderr).toContain('is an Excel workbook written in a form this program cannot read');
    expect(en.stderr).not.toContain('not an Excel workbook');
    expect(fs.existsSync(tmp.file('out.xlsx'))).toBe(false);
  });
});

describe('which sheet holds the table', () => {
  it('takes the sheet named exactly มาตรการ before another sheet that also has the header', async () => {
    const file = await workbook(tmp.file('two.xlsx'), {
      'มาตรการ ปีก่อน': [H, ['๑. มาตรการเก่า', '๑. ทำ', '๑. ทำแล้ว', '-']],
      มาตรการ: [H, ...ROWS],
    });
    const loaded = await loadTable(file);
    expect(loaded.sheetName).toBe('มาตรการ');
    expect(loaded.table.measures.map((m) => m.title)).toEqual(['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'มาตรการป้องกันการรับสินบน']);
  });

  it('finds the table by its header on any sheet, and names the sheets it looked at when there is none', async () => {
    const found = await workbook(tmp.file('found.xlsx'), { ปก: [['รายงาน']], 'Sheet2': [['ชื่อเรื่อง'], H, ...ROWS] });
    expect((await loadTable(found)).sheetName).toBe('Sheet2');
    const none = await workbook(tmp.file('none.xlsx'), { ปก: [['รายงาน']], สรุป: [['ยอดรวม', '3']] });
    const r = await cli('check', none);
    expectOneLine(r, /แผ่นงานที่ค้นหา: "ปก", "สรุป"/);
    expect((await cli('check', none, '--lang', 'en')).stderr).toContain('sheets searched: "ปก", "สรุป"');
  });
});

describe('CSV as offices save it', () => {
  const expected = ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'มาตรการป้องกันการรับสินบน'];
  const text = () => [H, ...ROWS].map((r) => r.join('\t')).join('\r\n') + '\r\n';

  it('reads UTF-16 without a byte-order mark', async () => {
    const file = tmp.file('nobom.csv');
    fs.writeFileSync(file, Buffer.from(text(), 'utf16le'));
    expect((await loadTable(file)).table.measures.map((m) => m.title)).toEqual(expected);
  });

  it('reads a semicolon-separated CSV and fills it keeping the semicolons', async () => {
    const file = csv(tmp.file('semi.csv'), [H, ...ROWS], ';');
    expect((await loadTable(file)).table.measures.map((m) => m.title)).toEqual(expected);
    const out = tmp.file('semi-filled.csv');
    expect((await cli('fill', file, '-o', out)).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[0]).toBe(`\uFEFF${H.join(';')}`);
    expect((await loadTable(out)).table.measures[0].suggestion).toContain('หน่วยงานอาจจัดอบรม');
  });

  it("reads Excel's \"Unicode text\" (UTF-16 with BOM, tab-separated) saved as .csv", async () => {
    const file = tmp.file('unicode-text.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(), 'utf16le')]));
    expect((await loadTable(file)).table.measures.map((m) => m.title)).toEqual(expected);
  });
});

describe('report text as Word saves it', () => {
  const sample = () => fs.readFileSync(SAMPLE_PATH, 'utf8');

  it('reads "Unicode text" (UTF-16 with a byte-order mark) and Thai Windows (code page 874) like UTF-8', async () => {
    const expected = (await loadTable(SAMPLE_PATH)).table.measures.map((m) => m.title);
    expect(expected).toHaveLength(10);
    const utf16 = tmp.file('unicode.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample(), 'utf16le')]));
    expect((await loadTable(utf16)).table.measures.map((m) => m.title)).toEqual(expected);
    // Code page 874 is TIS-620 plus a few punctuation marks: Thai letters sit at U+0E01 − 0x0DA0.
    const cp874 = tmp.file('windows.txt');
    const thai = sample().replace(/[\u201c\u201d]/g, '"');
    fs.writeFileSync(cp874, Buffer.from([...thai].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
      throw new Error(`not in code page 874: ${ch}`);
    })));
    expect((await loadTable(cp874)).table.measures.map((m) => m.title)).toEqual(expected);
    const r = await cli('check', utf16);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('10 มาตรการ');
  });
});

describe('report options', () => {
  it('--date must be a real day', async () => {
    const r = await cli('publish', SAMPLE_PATH, '-o', tmp.file('r.docx'), '--force', '--date', '2024-02-30');
    expectOneLine(r, /--date ต้องเป็นวันที่ที่มีจริงในรูป YYYY-MM-DD .*\(ได้ "2024-02-30"\)/);
    expect(fs.existsSync(tmp.file('r.docx'))).toBe(false);
    const en = await cli('publish', SAMPLE_PATH, '-o', tmp.file('r.docx'), '--force', '--date', '2023-02-29', '--lang', 'en');
    expectOneLine(en, /--date must be a real day/);
    expectOneLine(await cli('publish', SAMPLE_PATH, '-o', tmp.file('r.docx'), '--force', '--fiscal-year', 'ปีหน้า'), /--fiscal-year ต้องเป็นปีพุทธศักราช/);
  });

  it('--fiscal-year with Thai digits is read like the settings sheet reads it', async () => {
    const report = tmp.file('r.docx');
    expect((await cli('publish', SAMPLE_PATH, '-o', report, '--force', '--fiscal-year', '๒๕๖๘', '--date', '๒๕๖๘-๐๙-๓๐')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ.๒๕๖๘');
    expect(xml).toContain('๓๐ กันยายน ๒๕๖๘');
  });

  it('--as-of must be a real day too (a wrong one dropped "ข้อมูล ณ วันที่" from the report); Thai digits and B.E. years are read', async () => {
    const report = tmp.file('half.docx');
    const bad = await cli('publish', SAMPLE_PATH, '-o', report, '--force', '--edition', 'half-year', '--as-of', '2022-02-30');
    expectOneLine(bad, /--as-of ต้องเป็นวันที่ที่มีจริงในรูป YYYY-MM-DD .*\(ได้ "2022-02-30"\)/);
    expect(fs.existsSync(report)).toBe(false);
    expectOneLine(await cli('check', SAMPLE_PATH, '--edition', 'half-year', '--as-of', '2022-13-01', '--lang', 'en'), /--as-of must be a real day/);
    expect((await cli('publish', SAMPLE_PATH, '-o', report, '--force', '--edition', 'half-year', '--as-of', '๒๕๖๕-๐๒-๒๘')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).toContain('ข้อมูล ณ วันที่ ๒๘ กุมภาพันธ์ ๒๕๖๕');
  });

  it('--date in Thai digits dates the ITAS answer and the memo, not today', async () => {
    const r = await cli('publish', SAMPLE_PATH, '-o', tmp.file('r.docx'), '--force', '--date', '๒๕๖๕-๑๐-๑๔');
    expect(r.stdout).toContain('เผยแพร่เมื่อวันที่ ๑๔ ตุลาคม ๒๕๖๕');
    const memo = tmp.file('memo.docx');
    expect((await cli('memo', SAMPLE_PATH, '-o', memo, '--date', '๒๕๖๕-๑๐-๑๔')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(memo))).file('word/document.xml')!.async('string');
    expect(xml).toContain('๑๔ ตุลาคม ๒๕๖๕');
  });
});

/** Parses XML with a conforming parser (saxes checks XML 1.0 characters); throws on an invalid document. */
function parseXml(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

describe('text as written', () => {
  it('drops XML-forbidden characters from the report and the sheet, and the check names the cell', async () => {
    // (A lone surrogate cannot survive a UTF-8 or UTF-16 file: decoders turn it into U+FFFD. The
    // core check covers it in values that arrive as strings, test/core/tableEnd.test.ts.)
    const rows = [H, ['๑. มาตรการ\u0007เผยแพร่ข้อมูล', '๑. จัดทำประกาศ\uFFFFมาตรการ', '๑. จัดทำประกาศมาตรการแล้ว\u001B', '']];
    const input = csv(tmp.file('ctrl.csv'), rows);
    const check = await cli('check', input, '--lang', 'en');
    expect(check.stdout).toMatch(/INVALID_CHARACTER\s+A2\s+Cell A2 holds control characters .*\(U\+0007\)/);
    expect(check.stdout).toMatch(/INVALID_CHARACTER\s+B2 .*U\+FFFF/);
    expect(check.stdout).toMatch(/INVALID_CHARACTER\s+C2 .*U\+001B/);
    const report = tmp.file('r.docx');
    expect((await cli('publish', input, '-o', report, '--force')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain('มาตรการเผยแพร่ข้อมูล');
    const sheet = tmp.file('sheet.xlsx');
    expect((await cli('import', input, '-o', sheet)).code).toBe(0);
    const sheetXml = await (await JSZip.loadAsync(fs.readFileSync(sheet))).file('xl/sharedStrings.xml')!.async('string');
    expect(() => parseXml(sheetXml)).not.toThrow();
  });

  it("decodes Excel's _xHHHH_ escapes when reading, so the report never shows them (nor Thai-digit versions)", async () => {
    const input = await workbook(tmp.file('escaped.xlsx'), { มาตรการ: [H, ['๑. มาตรการ ก', 'STEPS', 'RESULTS', '-']] });
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // Other tools write inline strings; a carriage return inside a cell is stored as _x000D_.
    const inline = (a1: string, text: string) => `<c r="${a1}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
    zip.file('xl/worksheets/sheet1.xml', sheetXml
      .replace(/<c r="B2"[^>]*>.*?<\/c>/, inline('B2', '๑. จัดทำประกาศมาตรการ_x000D_\n๒. เผยแพร่ประกาศ'))
      .replace(/<c r="C2"[^>]*>.*?<\/c>/, inline('C2', '๑. จัดทำประกาศมาตรการแล้ว_x000D_\n๒. เผยแพร่ประกาศแล้ว')));
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const table = (await loadTable(input)).table;
    expect(table.measures[0].steps.map((s) => s.text)).toEqual(['จัดทำประกาศมาตรการ', 'เผยแพร่ประกาศ']);
    const report = tmp.file('r.docx');
    expect((await cli('publish', input, '-o', report)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/_x[0-9A-F๐-๙]{4}_/);
  });

  it('keeps zero-width joiners and soft hyphens in the report as the person wrote them', async () => {
    const title = 'มาตรการเผย\u00ADแพร่\u200Dข้อมูล';
    const input = csv(tmp.file('zw.csv'), [H, [`๑. ${title}`, '๑. จัดทำประกาศ', '๑. จัดทำประกาศแล้ว', '-']]);
    const report = tmp.file('r.docx');
    expect((await cli('publish', input, '-o', report)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')!.async('string');
    expect(xml).toContain(title);
  });

  it('refuses a cell over 32,767 characters naming the cell, and writes nothing', async () => {
    const long = `๑. ${'จัดทำประกาศมาตรการ'.repeat(2000)}`;
    const input = csv(tmp.file('long.csv'), [H, ['๑. มาตรการ ก', long, '๑. ทำแล้ว', '-']]);
    const out = tmp.file('sheet.xlsx');
    const r = await cli('import', input, '-o', out, '--lang', 'en');
    expectOneLine(r, /Cell B2 is \d+ characters, over Excel's limit of 32767/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
