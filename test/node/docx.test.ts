import type { ReportModel } from '../../src/core/types';
import { buildReport, checkTable, readGrid } from '../../src/core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { columnTwips, renderDocx } from '../../src/node/docx';
import { sarabunFontDirectory, writeFontConfig } from '../../src/node/fonts';
import { cellsOf, paragraphTexts, partsOf, rowsOf, tables } from './helpers/docxXml';

/** A report model written by hand (independent of buildReport), Thai text and Thai digits. */
function sampleModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    documentTitle: 'รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ เทศบาลตำบลสอง',
    titleLines: [
      { text: 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน', bold: true, align: 'center' },
      { text: 'ประจำปีงบประมาณ พ.ศ.๒๕๖๕', bold: true, align: 'center' },
    ],
    introduction: [
      { text: 'ตามที่ เทศบาลตำบลสองได้จัดทำรายงาน จำนวน ๑๐ มาตรการ', align: 'justify' },
      { text: 'ในการนี้ จึงรายงานผลการดำเนินการ ดังนี้', align: 'justify' },
    ],
    columns: ['measure', 'steps', 'results', 'suggestion'],
    tableHeader: ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'],
    rows: [
      {
        cells: [
          [{ text: '๑. มาตรการยกระดับผลการประเมิน ITA' }],
          [{ text: '๑. ศึกษาคู่มือการประเมิน' }, { text: '๒. มอบหมายผู้รับผิดชอบ' }, { text: '๓. ประชุมชี้แจง' }],
          [{ text: '๑. ศึกษาแล้ว' }, { text: '๒. มีคำสั่งที่ ๑๒๓/๒๕๖๕' }],
          [],
        ],
      },
      {
        cells: [
          [{ text: '๒. มาตรการเผยแพร่ข้อมูล' }],
          [{ text: '๑. เผยแพร่บนเว็บไซต์ <img src=x onerror=alert(1)>' }],
          [{ text: '๑. เผยแพร่แล้ว & ตรวจสอบ "ครบ" \'ถ้วน\'' }],
          [{ text: '- ไม่มี' }],
        ],
      },
    ],
    signature: [
      { text: 'ลงชื่อ ....................................................', align: 'center' },
      { text: '(นายสมชาย ใจดี)', align: 'center' },
      { text: 'ตำแหน่ง นายกเทศมนตรีตำบลสอง', align: 'center' },
    ],
    numerals: 'thai',
    fiscalYear: 2565,
    edition: 'annual',
    columnWidths: [0.2, 0.3, 0.3, 0.2],
    font: { family: 'TH Sarabun New', sizePt: 16 },
    tableFontPt: 16,
    page: { size: 'A4', orientation: 'landscape' },
    ...overrides,
  };
}

describe('renderDocx', () => {
  it('lays out an A4 landscape page with 2 cm margins', async () => {
    const { document } = await partsOf(await renderDocx(sampleModel()));
    const pgSz = /<w:pgSz [^>]*\/>/.exec(document)![0];
    expect(pgSz).toContain('w:orient="landscape"');
    const w = Number(/w:w="(\d+)"/.exec(pgSz)![1]);
    const h = Number(/w:h="(\d+)"/.exec(pgSz)![1]);
    expect(w).toBeGreaterThan(h);
    expect([w, h]).toEqual([16838, 11906]);
    const pgMar = /<w:pgMar [^>]*\/>/.exec(document)![0];
    for (const side of ['top', 'bottom', 'left', 'right']) expect(pgMar).toContain(`w:${side}="1134"`);
  });

  it('uses the model font for Latin and complex script (Thai) text, with complex-script size', async () => {
    const { document, styles } = await partsOf(await renderDocx(sampleModel()));
    const fonts = document.match(/<w:rFonts [^>]*\/>/g)!;
    expect(fonts.length).toBeGreaterThan(10);
    for (const f of fonts) {
      for (const attribute of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) {
        expect(f).toContain(`${attribute}="TH Sarabun New"`);
      }
    }
    expect(document).toContain('<w:sz w:val="32"/>');
    expect(document).toContain('<w:szCs w:val="32"/>');
    expect(styles).toContain('w:cs="TH Sarabun New"');
    expect(styles).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);
    // Latin text is English, so "ITA" and links are not broken by Thai word rules (see render.test.ts).
    expect(styles).toMatch(/<w:lang w:val="en-US"/);
  });

  it('centres the bold title lines and justifies the introduction with a first-line indent', async () => {
    const { document } = await partsOf(await renderDocx(sampleModel()));
    const body = document.slice(0, document.indexOf('<w:tbl>'));
    const paragraphs = body.match(/<w:p>.*?<\/w:p>/gs)!;
    const title = paragraphs.find((p) => p.includes('ประจำปีงบประมาณ พ.ศ.๒๕๖๕'))!;
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:bCs/>');
    const intro = paragraphs.find((p) => p.includes('ตามที่ เทศบาลตำบลสอง'))!;
    expect(intro).toContain('<w:jc w:val="both"/>');
    expect(intro).toMatch(/<w:ind w:firstLine="\d+"\/>/);
    expect(intro).not.toContain('<w:b/>');
  });

  it('writes the measures table: header repeated on each page, widths from the model, rows free to break', async () => {
    const { document } = await partsOf(await renderDocx(sampleModel()));
    const [measures, signature] = tables(document);
    const rows = rowsOf(measures);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => cellsOf(r).length)).toEqual([4, 4, 4]);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(measures).not.toContain('w:cantSplit');

    const headerCells = cellsOf(rows[0]);
    for (const c of headerCells) {
      expect(c).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
      expect(c).toContain('<w:b/>');
    }
    expect(headerCells.map((c) => paragraphTexts(c).join(''))).toEqual(sampleModel().tableHeader);
    expect(cellsOf(rows[1])[1]).not.toContain('<w:shd');

    const grid = (measures.match(/<w:gridCol w:w="(\d+)"\/>/g) ?? []).map((g) => Number(/\d+/.exec(g)![0]));
    expect(grid).toEqual(columnTwips([0.2, 0.3, 0.3, 0.2]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134);
    expect(grid[1] / grid[0]).toBeCloseTo(1.5, 2);

    // The signature block is a second, borderless table.
    expect(signature).toBeDefined();
    expect(signature).toContain('w:val="none"');
    expect(signature).toContain('<w:cantSplit/>');
  });

  it('prints a sheet\'s หน่วยปฏิบัติ and หมายเหตุ columns under their headers, lines as paragraphs, within the page width', async () => {
    const grid = [
      ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'หน่วยปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', 'หมายเหตุ'],
      ['๑. มาตรการป้องกันน้ำท่วม', '๑. ขุดลอกคลอง', 'ฝ่ายก่อสร้างและบำรุงรักษาคลอง', '๑. ขุดลอกคลองแล้ว', 'ปัญหา\n- บุคลากรไม่เพียงพอ', 'คำสั่งที่ ๑๑๒/๒๕๖๗\nลงวันที่ ๑ ต.ค. ๒๕๖๖'],
    ];
    const model = buildReport(checkTable(readGrid(grid)), { agency: 'สำนักการระบายน้ำ', fiscalYear: 2567, numerals: 'thai' });
    const { document } = await partsOf(await renderDocx(model));
    const rows = rowsOf(tables(document)[0]);
    expect(cellsOf(rows[0]).map((c) => paragraphTexts(c).join(''))).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หน่วยปฏิบัติ', 'หมายเหตุ']);
    const cells = cellsOf(rows[1]).map(paragraphTexts);
    expect(cells[3]).toEqual(['ปัญหา', '- บุคลากรไม่เพียงพอ']);
    expect(cells[4]).toEqual(['ฝ่ายก่อสร้างและบำรุงรักษาคลอง']);
    expect(cells[5]).toEqual(['คำสั่งที่ ๑๑๒/๒๕๖๗', 'ลงวันที่ ๑ ต.ค. ๒๕๖๖']);
    const widths = (tables(document)[0].match(/<w:gridCol w:w="(\d+)"\/>/g) ?? []).map((g) => Number(/\d+/.exec(g)![0]));
    expect(widths).toHaveLength(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134);
  });

  it('writes each item as its own paragraph and keeps Thai digits', async () => {
    const { document } = await partsOf(await renderDocx(sampleModel()));
    const firstRow = cellsOf(rowsOf(tables(document)[0])[1]);
    expect(paragraphTexts(firstRow[0])).toEqual(['๑. มาตรการยกระดับผลการประเมิน ITA']);
    expect(paragraphTexts(firstRow[1])).toEqual(['๑. ศึกษาคู่มือการประเมิน', '๒. มอบหมายผู้รับผิดชอบ', '๓. ประชุมชี้แจง']);
    expect(paragraphTexts(firstRow[2])).toEqual(['๑. ศึกษาแล้ว', '๒. มีคำสั่งที่ ๑๒๓/๒๕๖๕']);
    // An empty cell still holds one (empty) paragraph, as Word requires.
    expect(paragraphTexts(firstRow[3])).toEqual(['']);
    expect(document).toContain('๑๒๓/๒๕๖๕');
    expect(document).not.toMatch(/&#x?[0-9a-f]+;/i);
  });

  it('puts the signature lines centred in the right half', async () => {
    const { document } = await partsOf(await renderDocx(sampleModel()));
    const signature = tables(document)[1];
    const [left, right] = cellsOf(rowsOf(signature)[0]);
    expect(paragraphTexts(left)).toEqual(['']);
    expect(paragraphTexts(right)).toEqual(['ลงชื่อ ....................................................', '(นายสมชาย ใจดี)', 'ตำแหน่ง นายกเทศมนตรีตำบลสอง']);
    expect(right.match(/<w:jc w:val="center"\/>/g)).toHaveLength(3);
    expect(document.indexOf('(นายสมชาย ใจดี)')).toBeGreaterThan(document.indexOf('- ไม่มี'));
  });

  it('escapes markup-looking text so it stays text', async () => {
    const buffer = await renderDocx(sampleModel());
    const { document } = await partsOf(buffer);
    expect(document).not.toContain('<img');
    expect(document).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document).toContain('เผยแพร่แล้ว &amp; ตรวจสอบ');
    const row = cellsOf(rowsOf(tables(document)[0])[2]);
    // Escaped in the XML (above), and read back as the very text the person typed.
    expect(paragraphTexts(row[1])[0]).toBe('๑. เผยแพร่บนเว็บไซต์ <img src=x onerror=alert(1)>');
  });

  it('sets the document title and Thai language in the core properties', async () => {
    const model = sampleModel({ documentTitle: 'รายงาน ๒๕๖๕ <ร่าง> & "ฉบับ"' });
    const { core } = await partsOf(await renderDocx(model, { now: new Date('2022-10-15T03:04:05.678Z') }));
    const title = /<dc:title>(.*?)<\/dc:title>/.exec(core)![1];
    expect(title.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))).toBe(model.documentTitle);
    expect(core).toContain('<dc:language>th-TH</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-10-15T03:04:05Z</dcterms:created>');
  });

  it('follows the model font and size, and keeps a line break inside a paragraph as a break', async () => {
    const model = sampleModel({ font: { family: 'Sarabun', sizePt: 14 } });
    model.rows[0].cells[3] = [{ text: 'บรรทัดแรก\nบรรทัดสอง' }];
    const { document } = await partsOf(await renderDocx(model));
    expect(document).toContain('w:cs="Sarabun"');
    expect(document).not.toContain('TH Sarabun New');
    expect(document).toContain('<w:szCs w:val="28"/>');
    const cell = cellsOf(rowsOf(tables(document)[0])[1])[3];
    expect(paragraphTexts(cell)).toEqual(['บรรทัดแรกบรรทัดสอง']);
    expect(cell).toContain('<w:br/>');
  });

  it('renders a table with no measures (header only)', async () => {
    const { document } = await partsOf(await renderDocx(sampleModel({ rows: [] })));
    expect(rowsOf(tables(document)[0])).toHaveLength(1);
  });
});

describe('columnTwips', () => {
  it('splits the width by the fractions and sums exactly', () => {
    expect(columnTwips([0.25, 0.25, 0.25, 0.25], 1000)).toEqual([250, 250, 250, 250]);
    const widths = columnTwips([1, 1, 1], 1000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});

describe('fonts for local rendering', () => {
  it('finds the Sarabun TTFs and writes a fontconfig file that adds them', async () => {
    const dir = sarabunFontDirectory();
    expect(dir).not.toBeNull();
    expect(existsSync(path.join(dir!, '400Regular', 'Sarabun_400Regular.ttf'))).toBe(true);
    const target = mkdtempSync(path.join(os.tmpdir(), 'ita-sheets-fonts-'));
    try {
      const file = await writeFontConfig(target);
      const xml = readFileSync(file, 'utf8');
      expect(xml).toContain(`<dir>${dir}</dir>`);
      expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });
});
