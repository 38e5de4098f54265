import { checkTable, planSuggestions, readGrid, buildReport, DEFAULT_TEMPLATES, suggestionTopic, formatThaiDate, fiscalYearBE } from '../../src/core';
import { sampleTable } from '../helpers/sample';

const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];

describe('planSuggestions', () => {
  it('gives back the sample text for measures 3 to 10 when their cells are emptied', () => {
    const original = sampleTable();
    const emptied = structuredClone(original);
    for (const m of emptied.measures.slice(2)) m.suggestion = '';
    const fills = planSuggestions(checkTable(emptied));
    expect(fills.map((f) => f.measureIndex)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    for (const fill of fills) expect(fill.text).toBe(original.measures[fill.measureIndex - 1].suggestion);
  });

  it('does not repeat "ให้ความรู้เกี่ยวกับ" for a title that already says it (measure 7)', () => {
    expect(suggestionTopic('มาตรการให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อน', DEFAULT_TEMPLATES.topicPrefixes)).toBe('การป้องกันผลประโยชน์ทับซ้อน');
  });

  it('never plans over a cell that holds anything, "-" and "ไม่มี" included', () => {
    const table = readGrid([H,
      ['๑. ก', '๑. ทำ ก', '๑. ทำ ก', '-'],
      ['๒. ข', '๑. ทำ ข', '๑. ทำ ข', 'ไม่มี'],
      ['๓. ค', '๑. ทำ ค', '๑. ทำ ค', '   '],
    ]);
    const fills = planSuggestions(checkTable(table));
    expect(fills).toEqual([expect.objectContaining({ measureIndex: 3, cell: 'D4', row: 3, column: 3 })]);
  });

  it('names a step without a result, and a measure without results', () => {
    const table = readGrid([H,
      ['๑. มาตรการ ก', '๑. จัดทำประกาศมาตรการ\n๒. จัดอบรมพนักงาน', '๑. ประกาศมาตรการแล้ว', ''],
      ['๒. มาตรการ ข', '๑. จัดทำคู่มือ', '', ''],
    ]);
    const [first, second] = planSuggestions(checkTable(table));
    expect(first.text).toContain('ขั้นตอนที่ ๒ (จัดอบรมพนักงาน)');
    expect(first.text).toContain('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการ กให้แก่พนักงานและเจ้าหน้าที่');
    expect(second.text).toContain('ยังไม่ได้รายงานผลการดำเนินงาน');
  });

  it('uses templates given by the agency', () => {
    const table = readGrid([H, ['๑. มาตรการ ก', '๑. ทำ ก', '๑. ทำ ก', '']]);
    const [fill] = planSuggestions(checkTable(table), { training: 'ควรทบทวน{topic}' });
    expect(fill.text).toBe('ควรทบทวนมาตรการ ก');
  });
});

describe('buildReport', () => {
  const result = checkTable(sampleTable());
  const model = buildReport(result, {
    agency: 'เทศบาลตำบลสอง', fiscalYear: 2565, numerals: 'thai', signerName: 'นายสมชาย ใจดี', signerPosition: 'นายกเทศมนตรีตำบลสอง', reportDate: '2022-10-15',
  });

  it('has the title block with the Buddhist-Era fiscal year in Thai digits', () => {
    expect(model.titleLines.map((l) => l.text)).toEqual([
      'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน', 'เทศบาลตำบลสอง', 'ประจำปีงบประมาณ พ.ศ.๒๕๖๕',
    ]);
  });

  it('has one table row per measure and one paragraph per item', () => {
    expect(model.tableHeader).toEqual(H);
    expect(model.rows).toHaveLength(10);
    expect(model.rows[0].cells[0][0].text).toBe('๑. มาตรการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
    expect(model.rows[0].cells[1]).toHaveLength(5);
    expect(model.rows[0].cells[2][4].text.startsWith('๕. จังหวัดแพร่')).toBe(true);
  });

  it('keeps the introduction of the source report and adds the signature block', () => {
    expect(model.introduction[0].text.startsWith('ตามที่ เทศบาลตำบลสอง')).toBe(true);
    expect(model.signature.map((p) => p.text)).toEqual([
      'ลงชื่อ ....................................................', '(นายสมชาย ใจดี)', 'ตำแหน่ง นายกเทศมนตรีตำบลสอง', 'วันที่ ๑๕ ตุลาคม ๒๕๖๕',
    ]);
  });

  it('uses Arabic digits when the settings ask for them', () => {
    const arabic = buildReport(result, { agency: 'x', fiscalYear: 2565, numerals: 'arabic' });
    // The measure number keeps the digits the sheet wrote (๑.); the report's own text is in Arabic digits.
    expect(arabic.rows[0].cells[0][0].text.startsWith('๑. ')).toBe(true);
    expect(arabic.titleLines[2].text).toBe('ประจำปีงบประมาณ พ.ศ.2565');
  });

  it('puts filled suggestions into empty cells only', () => {
    const emptied = structuredClone(result.table);
    emptied.measures[2].suggestion = '';
    const checked = checkTable(emptied);
    const filled = buildReport(checked, { agency: 'x', fiscalYear: 2565, numerals: 'thai' }, planSuggestions(checked));
    expect(filled.rows[2].cells[3][0].text).toBe(result.table.measures[2].suggestion);
    expect(filled.rows[0].cells[3][0].text).toBe(result.table.measures[0].suggestion);
  });
});

describe('dates', () => {
  it('writes days in the Buddhist Era with Thai month names, in Bangkok time', () => {
    expect(formatThaiDate(new Date('2026-11-26T18:30:00Z'), 'thai', { time: true })).toBe('๒๗ พฤศจิกายน ๒๕๖๙ เวลา ๐๑:๓๐ น.');
    expect(formatThaiDate(new Date('2026-11-26T03:00:00Z'), 'arabic')).toBe('26 พฤศจิกายน 2569');
  });
  it('knows the fiscal year starts on 1 October', () => {
    expect(fiscalYearBE(new Date('2022-09-30T05:00:00Z'))).toBe(2565);
    expect(fiscalYearBE(new Date('2022-10-01T05:00:00Z'))).toBe(2566);
  });
});
