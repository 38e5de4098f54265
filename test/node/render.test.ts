/**
 * The documents as a reader sees them: each .docx is rendered by LibreOffice with Sarabun and read
 * back from the PDF (pages, page size, text, fonts). Layout defects found by looking at the pages
 * are pinned here: a memo spilling onto a second page, "ITA" broken inside the word, a Thai word
 * split in a narrow report column.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { settingsRows } from '../../src/core';
import { PreviewApi } from '../../src/node/preview/api';
import { loadWorkbook } from '../../src/node/preview/workbook';
import { yearGrid } from '../helpers/yearSample';
import { cli } from './helpers/cli';
import { partsOf, tables } from './helpers/docxXml';
import { HAS_RENDERER, pdfFonts, usePdfRenderer } from './helpers/pdfRender';
import { useTempDir } from './helpers/tempDir';

jest.setTimeout(120_000);

if (!HAS_RENDERER) {
  console.warn('\n!!  RENDER TESTS SKIPPED: no LibreOffice or poppler-utils (apt-get install -y libreoffice-writer-nogui poppler-utils)\n');
}
const suite = HAS_RENDERER ? describe : describe.skip;
if (!HAS_RENDERER && process.env.CI) {
  test('LibreOffice and poppler-utils are installed on CI (.ci/run installs them)', () => {
    throw new Error('No LibreOffice or poppler-utils: the rendering suite cannot run on CI');
  });
}
const tmp = useTempDir('ita-render-docs-');

/** The year sheet with the add-on's settings sheet, as a coordinator downloads it. */
async function yearWorkbook(file: string, settings: Record<string, string | number> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const measures = wb.addWorksheet('มาตรการ');
  yearGrid().forEach((row) => measures.addRow(row));
  const sheet = wb.addWorksheet('ตั้งค่า');
  sheet.addRow(['รายการ', 'ค่า', 'คีย์ (key)', 'คำอธิบาย']);
  const values: Record<string, string | number> = { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, websitePath: 'หน้าแรก > การประเมิน ITA > O43', ...settings };
  for (const [label, initial, key, help] of settingsRows()) sheet.addRow([label, values[key as string] ?? initial, key, help]);
  await wb.xlsx.writeFile(file);
}

/** pdftotext's layout text as one line per row, spacing squeezed. */
function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim().replace(/\s{2,}/g, ' | ')).filter(Boolean);
}

suite('rendered documents', () => {
  const renderer = usePdfRenderer();

  const LONG = {
    agency: 'องค์การบริหารส่วนตำบลหนองบัวทองพัฒนาสามัคคี อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา', edition: 'รอบ ๖ เดือน',
    signerName: 'นางสาวสมใจ ตั้งใจทำงานดี', signerPosition: 'นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ',
  };
  it.each([
    ['dotted lines to fill by hand', {}],
    ['a long agency name, position and link, half-year', LONG],
    ['every setting filled', { memoNumber: 'สพ 51201/88', memoTo: 'นายกเทศมนตรีตำบลสอง', signerName: 'นางสาวสมใจ ตั้งใจ', signerPosition: 'นักวิเคราะห์นโยบายและแผนชำนาญการ', approverName: 'นายสมชาย ใจดี', approverPosition: 'นายกเทศมนตรีตำบลสอง' }],
  ])('the memo is one A4 portrait page (%s), in Sarabun, with "(ITA)" whole and the link on a line of its own', async (_name, settings) => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book, settings);
    const out = tmp.file('memo.docx');
    const link = settings === LONG ? 'https://www.nongbuathong.go.th/index.php/ita/o43/2565/half-year-report-final-version.pdf' : 'https://www.song.go.th/ita/o43';
    expect((await cli('memo', book, '-o', out, '--link', link, '--date', '2022-10-14')).code).toBe(0);
    const pdf = await renderer.render(out);
    expect(pdf.pages).toBe(1);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]);
    // Sarabun only: the approval choices use no glyph Sarabun lacks (a ☐ came from DejaVu).
    expect(pdf.fonts).toEqual(['Sarabun-Bold', 'Sarabun-Regular']);
    const text = lines(pdf.pageTexts[0]);
    expect(text.join('\n')).toContain('(ITA)');
    const linkLine = text.findIndex((line) => line.startsWith('https://'));
    expect(link.startsWith(text[linkLine])).toBe(true);
    // The line before the link is not stretched letter by letter to the margin.
    const before = text[linkLine - 1];
    expect(before).toMatch(/ตามลิงก์$/);
    expect(before).not.toMatch(/(\S \S ){4}/u);
    expect(text[text.length - 1]).toMatch(/^วันที่ \.+$/);
  });

  it.each(['plan', 'half-year', 'annual'])('the %s edition is A4 landscape in Sarabun, and no narrow column splits a Thai word', async (edition) => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const out = tmp.file(`${edition}.docx`);
    expect((await cli('publish', book, '-o', out, '--force', '--edition', edition)).code).toBe(0);
    // Eight columns or more (the plan has seven): the table is set at 12 pt, the text around it at 14.
    const { document } = await partsOf(fs.readFileSync(out));
    const table = tables(document)[0];
    expect(new Set(table.match(/<w:sz w:val="\d+"\/>/g))).toEqual(new Set([`<w:sz w:val="${edition === 'plan' ? 28 : 24}"/>`]));
    expect(document.slice(0, document.indexOf('<w:tbl>'))).toContain('<w:sz w:val="28"/>');
    const pdf = await renderer.render(out);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]);
    expect(pdf.fonts).toEqual(['Sarabun-Bold', 'Sarabun-Regular']);
    const text = pdf.pageTexts.join('\n');
    // Words of the budget, responsible and indicator columns: a prefix never stands without its last letter.
    for (const word of ['ประมาณ', 'เทศบาล', 'ร้อยละ', 'ประเมิน']) {
      const prefix = word.slice(0, -1);
      const cut = text.split(prefix).length - text.split(word).length;
      expect({ word, cut }).toEqual({ word, cut: 0 });
    }
  });

  it('the preview makes its PDF in Sarabun too, not a fallback font', async () => {
    const book = tmp.file('year.xlsx');
    await yearWorkbook(book);
    const outDir = tmp.file('out');
    const api = new PreviewApi({ workbook: await loadWorkbook(book), outDir, now: () => new Date('2022-10-14T03:00:00Z') });
    const published = await api.publish({ force: true });
    expect(published.pdfUrl).toBe('/out/ita-report-v1.pdf');
    expect(pdfFonts(path.join(outDir, 'ita-report-v1.pdf'))).toEqual(['Sarabun-Bold', 'Sarabun-Regular']);
  });
});

