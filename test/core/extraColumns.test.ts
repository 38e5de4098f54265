import { badEvidenceLines, checkTable, classifyExtraHeader, classifyHeader, parseReportText, readGrid } from '../../src/core';
import { YEAR_HEADER, yearGrid } from '../helpers/yearSample';
import { sampleTable } from '../helpers/sample';

describe('extra columns', () => {
  it.each([
    ['ผู้รับผิดชอบ', 'responsible'],
    ['หน่วยงานที่รับผิดชอบ', 'responsible'],
    ['ผู้รับผิดชอบ / หน่วยงาน', 'responsible'],
    ['ระยะเวลา', 'timeframe'],
    ['ระยะเวลาดำเนินการ', 'timeframe'],
    ['ช่วงเวลา', 'timeframe'],
    ['กรอบเวลา', 'timeframe'],
    ['งบประมาณ', 'budget'],
    ['งบประมาณ (บาท)', 'budget'],
    ['ตัวชี้วัด', 'indicator'],
    ['เป้าหมาย', 'indicator'],
    ['ตัวชี้วัด/เป้าหมาย', 'indicator'],
    ['KPI', 'indicator'],
    ['หลักฐาน', 'evidence'],
    ['เอกสารอ้างอิง', 'evidence'],
    ['หลักฐาน / เอกสารอ้างอิง', 'evidence'],
    ['Timeframe', 'timeframe'],
  ])('%s is the %s column', (header, column) => {
    expect(classifyExtraHeader(header)).toBe(column);
  });

  it.each([
    ['กิจกรรม/วิธีดำเนินการ', 'steps'],
    ['วิธีการดำเนินงาน', 'steps'],
    ['แนวทางการดำเนินการ', 'steps'],
    ['มาตรการ/กิจกรรม', 'measure'],
    ['ปัญหา อุปสรรค และข้อเสนอแนะ (Problems and Suggestions)', 'suggestion'],
    ['ผลการดำเนินงาน (Results)', 'results'],
  ])('%s names the %s column', (header, column) => {
    expect(classifyHeader(header)).toBe(column);
  });

  it('never takes one of the four columns for an extra one', () => {
    for (const header of ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ', 'ที่']) {
      expect(classifyExtraHeader(header)).toBeNull();
      expect(classifyHeader(header)).not.toBeNull();
    }
  });

  it('are read from a sheet in any order and carried on each measure', () => {
    const table = readGrid(yearGrid());
    expect(table.columns?.extra).toEqual({ responsible: 3, timeframe: 4, budget: 5, indicator: 7, evidence: 8 });
    expect(table.measures[1].extra).toEqual({
      responsible: 'กองคลัง',
      timeframe: 'ต.ค. ๖๔ – ธ.ค. ๖๔',
      budget: '๒๐,๐๐๐',
      indicator: 'เผยแพร่แผนการใช้จ่ายงบประมาณครบ ๑๒ เดือน',
      evidence: 'https://www.song.go.th/ita/plan-2565',
    });
    expect(table.measures[1].extraRefs?.budget).toEqual({ cell: 'F3' });
    // The four columns read exactly as without the extra ones.
    expect(table.measures.map((m) => m.steps.map((s) => s.text))).toEqual(sampleTable().measures.map((m) => m.steps.map((s) => s.text)));
  });

  it('give a warning per empty cell and per malformed evidence link, pointing at the cell', () => {
    const result = checkTable(readGrid(yearGrid()));
    const extra = result.findings.filter((f) => f.code.startsWith('MISSING_') || f.code === 'EVIDENCE_LINK');
    expect(extra.map((f) => [f.severity, f.code, f.measure, f.cell])).toEqual([
      ['warning', 'MISSING_RESPONSIBLE', 4, 'D5'],
      ['warning', 'EVIDENCE_LINK', 5, 'I6'],
      ['warning', 'EVIDENCE_LINK', 6, 'I7'],
      ['warning', 'MISSING_BUDGET', 7, 'F8'],
    ]);
    expect(extra[0].message).toBe('มาตรการที่ ๔ (เซลล์ D5): ยังไม่ได้กรอก “ผู้รับผิดชอบ”');
    expect(extra[1].message).toContain('“www.song.go.th/ita/intent” ไม่ถูกต้อง');
    expect(extra[2].messageEn).toContain('“https//www.song.go.th/ita/complaints” is not a well-formed link');
    // The step checks are unchanged: still the sample's one error.
    expect(result.errors).toBe(1);
  });

  it('are not checked when the sheet lacks them', () => {
    const codes = checkTable(sampleTable()).findings.map((f) => f.code);
    expect(codes.filter((c) => c.startsWith('MISSING_') || c === 'EVIDENCE_LINK')).toEqual([]);
  });

  it('are read from report text too, with line references', () => {
    const lines = yearGrid().map((row) => row.map((cell) => (cell.includes('\n') ? cell.split('\n').map((l) => `<p>${l}</p>`).join(' ') : cell)).join('\t'));
    const table = parseReportText(['รายงานผล', '', ...lines].join('\n'));
    expect(table.measures).toHaveLength(10);
    expect(table.measures[3].extra?.timeframe).toBe('ไตรมาส ๑–๒');
    expect(table.measures[8].extra?.evidence).toBe('https://www.song.go.th/ita/report-q1-q2.pdf\nhttps://www.song.go.th/ita/report-q3-q4.pdf');
    const missing = checkTable(table).findings.find((f) => f.code === 'MISSING_RESPONSIBLE');
    expect(missing).toMatchObject({ measure: 4, line: 7 });
  });

  it('joins a continuation row of a merged measure cell into the measure', () => {
    const grid = yearGrid().slice(0, 3);
    grid.push(['', '', '', '', '', '', '', '', 'https://www.song.go.th/ita/plan-2565-q2', '']);
    const table = readGrid(grid);
    expect(table.measures[1].extra?.evidence).toBe('https://www.song.go.th/ita/plan-2565\nhttps://www.song.go.th/ita/plan-2565-q2');
  });
});

describe('evidence links', () => {
  it('accepts a description before a well-formed link, several lines, and Thai domains', () => {
    expect(badEvidenceLines('คำสั่งแต่งตั้งคณะทำงาน https://www.song.go.th/ita/o1.pdf\nhttps://เทศบาลสอง.ไทย/ita')).toEqual([]);
    expect(badEvidenceLines('(https://www.song.go.th/a?x=1#top).')).toEqual([]);
  });

  it('flags a missing scheme, a broken scheme, a host without a domain, and a line without a link', () => {
    expect(badEvidenceLines('www.song.go.th/x')).toEqual([{ line: 'www.song.go.th/x', token: 'www.song.go.th/x' }]);
    expect(badEvidenceLines('https//song.go.th')[0].token).toBe('https//song.go.th');
    expect(badEvidenceLines('htps://song.go.th')[0].token).toBe('htps://song.go.th');
    expect(badEvidenceLines('https://song')[0].token).toBe('https://song');
    expect(badEvidenceLines('ดูที่บอร์ดประชาสัมพันธ์')).toEqual([{ line: 'ดูที่บอร์ดประชาสัมพันธ์', token: null }]);
  });

  it('keeps the header list the fixture uses realistic', () => {
    expect(YEAR_HEADER.map((h) => classifyHeader(h) ?? classifyExtraHeader(h))).toEqual([
      'number', 'measure', 'steps', 'responsible', 'timeframe', 'budget', 'results', 'indicator', 'evidence', 'suggestion',
    ]);
  });
});
