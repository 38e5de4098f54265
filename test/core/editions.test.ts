import { buildReport, checkTable, withLastPageLink, parseEdition, readGrid, type CheckResult, type Edition, type ReportSettings } from '../../src/core';
import { yearGrid } from '../helpers/yearSample';
import { sampleTable } from '../helpers/sample';

const SETTINGS: ReportSettings = { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, numerals: 'thai' };

function check(edition: Edition, grid = yearGrid(), asOf?: string): CheckResult {
  return checkTable(readGrid(grid), { edition, fiscalYear: 2565, asOf });
}

const codes = (r: CheckResult) => r.findings.map((f) => `${f.severity} ${f.code} ${f.measure ?? ''}${f.item ? `.${f.item}` : ''}`);

describe('editions: checks', () => {
  it('annual: a step without a result is an error', () => {
    expect(codes(check('annual'))).toContain('error UNMATCHED_STEP 2.3');
  });

  it('plan: no result checks at all, the extra-column checks stay', () => {
    const grid = yearGrid().map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 6 ? '' : cell))));
    const result = check('plan', grid);
    expect(result.errors).toBe(0);
    expect(codes(result).filter((c) => /UNMATCHED|WEAK|EMPTY_RESULTS/.test(c))).toEqual([]);
    expect(codes(result)).toContain('warning MISSING_RESPONSIBLE 4');
    // The same sheet checked as the annual report: every measure lacks results.
    expect(codes(check('annual', grid)).filter((c) => c.includes('EMPTY_RESULTS'))).toHaveLength(10);
  });

  it('half-year: not reported yet is a warning, unless the timeframe ended by the cut-off', () => {
    // Measure 2 runs ต.ค. ๖๔ – ธ.ค. ๖๔: over before 31 March 2565, so its missing result is late.
    const late = check('half-year').findings.find((f) => f.code === 'UNMATCHED_STEP');
    expect(late?.severity).toBe('error');
    expect(late?.message).toContain('ระยะเวลาดำเนินการสิ้นสุดวันที่ ๓๑ ธันวาคม ๒๕๖๔ ไม่เกินวันที่ข้อมูล ๓๑ มีนาคม ๒๕๖๕');
    expect(late?.messageEn).toContain('its timeframe ended on 2021-12-31, by the data date 2022-03-31');
    // Running all year, it is only not reported yet.
    const grid = yearGrid();
    grid[2][4] = 'ตลอดปีงบประมาณ';
    const pending = check('half-year', grid).findings.find((f) => f.code === 'UNMATCHED_STEP');
    expect(pending?.severity).toBe('warning');
    expect(pending?.message).toContain('รอบ ๖ เดือน: ยังไม่รายงานผล ณ วันที่ ๓๑ มีนาคม ๒๕๖๕');
    // An unreadable timeframe is no reason for an error either.
    grid[2][4] = 'ตามแผนการดำเนินงาน';
    expect(check('half-year', grid).errors).toBe(0);
    // A cut-off on or after the day the timeframe ends makes it late again: data "as of" a day covers that whole day.
    grid[2][4] = 'ไตรมาส ๑–๓';
    expect(check('half-year', grid, '2565-06-29').errors).toBe(0);
    expect(check('half-year', grid, '2565-06-30').errors).toBe(1);
    expect(check('half-year', grid, '2565-07-31').errors).toBe(1);
  });

  it('half-year: a step planned to end on the cut-off itself, with no result, is late', () => {
    // As of 31 March 2565: ต.ค. ๖๔ – มี.ค. ๖๕ and ไตรมาส ๑–๒ both end that day.
    for (const timeframe of ['ต.ค. ๖๔ – มี.ค. ๖๕', 'ไตรมาส ๑–๒', '1 ต.ค. 64 - 31 มี.ค. 65', '๑/๑๐/๒๕๖๔ – ๓๑/๓/๒๕๖๕']) {
      const grid = yearGrid();
      grid[2][4] = timeframe;
      const found = check('half-year', grid).findings.find((f) => f.code === 'UNMATCHED_STEP');
      expect([timeframe, found?.severity]).toEqual([timeframe, 'error']);
      expect(found?.message).toContain('ระยะเวลาดำเนินการสิ้นสุดวันที่ ๓๑ มีนาคม ๒๕๖๕ ไม่เกินวันที่ข้อมูล ๓๑ มีนาคม ๒๕๖๕');
    }
  });

  it('reads the edition as people write it', () => {
    expect(['แผน', 'plan', 'รอบ ๖ เดือน', 'รอบ 6 เดือน', 'half-year', 'ประจำปี', 'annual', 'อื่น ๆ'].map(parseEdition))
      .toEqual(['plan', 'plan', 'half-year', 'half-year', 'half-year', 'annual', 'annual', null]);
  });
});

describe('editions: the report model', () => {
  it('annual: the sheet columns in the sheet order, widths by content', () => {
    const model = buildReport(check('annual'), SETTINGS);
    expect(model.columns).toEqual(['measure', 'steps', 'responsible', 'timeframe', 'budget', 'results', 'indicator', 'evidence', 'suggestion']);
    expect(model.tableHeader).toEqual([
      'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ', 'ผลการดำเนินงาน', 'ตัวชี้วัด / เป้าหมาย', 'หลักฐาน / เอกสารอ้างอิง', 'ปัญหา / ข้อเสนอแนะ',
    ]);
    expect(model.rows[1].cells[4]).toEqual([{ text: '๒๐,๐๐๐' }]);
    // Links keep their digits even in a Thai-numeral report, so they still open.
    expect(model.rows[8].cells[7].map((p) => p.text)).toEqual(['https://www.song.go.th/ita/report-q1-q2.pdf', 'https://www.song.go.th/ita/report-q3-q4.pdf']);
    expect(model.rows[0].cells[7]).toEqual([{ text: 'คำสั่งแต่งตั้งคณะทำงาน https://www.song.go.th/ita/o1.pdf' }]);
    // Around a link the digits are still Thai; a paragraph without one is all Thai.
    const intro = buildReport(check('annual'), { ...SETTINGS, introduction: 'รอบ 6 เดือน www.song.go.th/q2.pdf และรอบ 12 เดือน https://song.go.th/r12 ข้อ 3\nข้อ 4' }).introduction;
    expect(intro.map((p) => p.text)).toEqual(['รอบ ๖ เดือน www.song.go.th/q2.pdf และรอบ ๑๒ เดือน https://song.go.th/r12 ข้อ ๓', 'ข้อ ๔']);
    const w = Object.fromEntries(model.columns.map((c, i) => [c, model.columnWidths[i]]));
    expect(model.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // The budget column is as wide as its header's word งบประมาณ in bold, and no wider: its figures are short.
    expect(w.steps).toBeGreaterThan(w.budget * 1.5);
    expect(w.budget * (841.89 - 2 * 56.69)).toBeLessThan(8 * 0.64 * 12 + 2 * 5.4 + 1);
    expect(w.results).toBeGreaterThan(w.timeframe);
    expect(Math.min(...model.columnWidths)).toBeGreaterThanOrEqual(0.07 - 1e-9);
    expect(model.titleLines.map((l) => l.text)).toEqual([
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน', 'เทศบาลตำบลสอง', 'ประจำปีงบประมาณ พ.ศ.๒๕๖๕',
    ]);
  });

  it.each(['plan', 'annual'] as const)('%s: a header word is never split (ผู้รับผิด|ชอบ read as "…| like"): its column holds it in bold', (edition) => {
    const model = buildReport(check(edition), SETTINGS);
    const tableWidth = 841.89 - 2 * 56.69;
    const width = (column: string) => model.columnWidths[model.columns.indexOf(column as never)] * tableWidth;
    // Advance widths of Sarabun Bold (its hmtx table), in em; the cell's side padding is 2 × 5.4 pt.
    const needs = { responsible: 4.96, indicator: 3.88, ...(edition === 'annual' ? { suggestion: 5.22 } : {}) };
    for (const [column, em] of Object.entries(needs)) {
      expect({ column, fits: width(column) >= em * model.tableFontPt + 2 * 5.4 }).toEqual({ column, fits: true });
    }
    expect(model.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('plan: no results and no suggestions; title and introduction of a plan', () => {
    const model = buildReport(check('plan'), { ...SETTINGS, edition: 'plan' });
    expect(model.columns).toEqual(['measure', 'steps', 'responsible', 'timeframe', 'budget', 'indicator', 'evidence']);
    expect(model.titleLines[0].text).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(model.introduction[1].text).toContain('จึงขอประกาศมาตรการ');
    expect(model.edition).toBe('plan');
  });

  it('half-year: says so in the title and introduction, with "ข้อมูล ณ วันที่" in Thai', () => {
    const model = buildReport(check('half-year'), { ...SETTINGS, edition: 'half-year' });
    expect(model.titleLines.map((l) => l.text)).toEqual([
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน',
      'เทศบาลตำบลสอง',
      'ประจำปีงบประมาณ พ.ศ.๒๕๖๕',
      'ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๕',
    ]);
    expect(model.introduction[1].text).toBe(
      'ในการนี้ จึงขอรายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน รอบ ๖ เดือน ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๔ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๕ ดังนี้',
    );
    const arabic = buildReport(check('half-year'), { ...SETTINGS, numerals: 'arabic', edition: 'half-year', asOf: '2022-02-28' });
    expect(arabic.titleLines[3].text).toBe('ข้อมูล ณ วันที่ 28 กุมภาพันธ์ 2565');
  });

  it('the settings hide any column but the measure and its steps', () => {
    const model = buildReport(check('annual'), { ...SETTINGS, hiddenColumns: ['budget', 'evidence', 'measure', 'steps'] });
    expect(model.columns).toEqual(['measure', 'steps', 'responsible', 'timeframe', 'results', 'indicator', 'suggestion']);
    expect(model.rows[0].cells).toHaveLength(7);
  });

  it('a four-column sheet still prints its four columns', () => {
    const model = buildReport(checkTable(sampleTable()), SETTINGS);
    expect(model.tableHeader).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ']);
    expect(model.columnWidths[1]).toBeGreaterThan(model.columnWidths[0]);
  });

  it('puts the link and its QR code on the last page only when the settings ask', () => {
    const url = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/view';
    expect(buildReport(check('annual'), SETTINGS, [], url).linkBlock).toBeUndefined();
    const block = buildReport(check('annual'), { ...SETTINGS, linkOnLastPage: true }, [], url).linkBlock;
    expect(block?.url).toBe(url);
    expect(String.fromCharCode(...(block?.qr.gif.slice(0, 6) ?? []))).toBe('GIF87a');
  });

  it('adds the link to a model built without it (Apps Script knows the Doc only after naming it), leaving that model as it was', () => {
    const url = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/view';
    const settings = { ...SETTINGS, linkOnLastPage: true };
    const unlinked = buildReport(check('annual'), settings);
    const linked = withLastPageLink(unlinked, settings, url);
    expect(unlinked.linkBlock).toBeUndefined();
    expect(linked).toEqual(buildReport(check('annual'), settings, [], url));
    expect(withLastPageLink(unlinked, SETTINGS, url)).toBe(unlinked);
  });
});
