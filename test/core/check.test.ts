import { checkTable, readGrid, type MeasureTable, type Finding } from '../../src/core';
import { sampleTable } from '../helpers/sample';

const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];
const codes = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

function withoutResult(table: MeasureTable, measure: number, result: number): MeasureTable {
  const copy = structuredClone(table);
  copy.measures[measure - 1].results.splice(result - 1, 1);
  return copy;
}

describe('checkTable on the sample', () => {
  const result = checkTable(sampleTable());

  it('matches the clear steps strongly and explains each match', () => {
    const m3 = result.checks[2].matches;
    expect(m3.map((m) => [m.step, m.result, m.strength])).toEqual([[0, 0, 'strong'], [1, 1, 'strong'], [2, 2, 'strong']]);
    expect(m3[1].shared).toContain('ผ่านเว็บไซต์และสื่อสังคมออนไลน์');
    expect(m3[1].why).toContain('ผลข้อที่ ๒');
    expect(m3[1].whyEn).toContain('result 2');
  });

  it('lets one result cover several steps (measure 1: result 2 covers steps 3 and 4)', () => {
    const m1 = result.checks[0].matches;
    expect(m1[2].result).toBe(1);
    expect(m1[3].result).toBe(1);
    expect(m1[4].result).toBe(2); // step 5 (typo รมรงค์) is reported by result 3
  });

  it('raises UNMATCHED_STEP only where a reader hesitates: measure 2, step 3', () => {
    // Measure 2's results report publishing the spending plan and spending by it; nothing says the
    // staff were encouraged to follow the guideline.
    const unmatched = codes(result.findings, 'UNMATCHED_STEP');
    expect(unmatched.map((f) => [f.measure, f.item])).toEqual([[2, 3]]);
    expect(unmatched[0].line).toBe(20);
    expect(unmatched[0].message).toContain('มาตรการที่ ๒');
    expect(unmatched[0].messageEn).toContain('measure 2');
  });

  it('warns instead of staying silent on weak but plausible matches', () => {
    // Measure 7's one step names three acts (ประชาสัมพันธ์ รณรงค์ ให้ความรู้); its results report
    // only the guideline and its posting.
    expect(result.findings.map((f) => [f.code, f.measure, f.item])).toEqual([['UNMATCHED_STEP', 2, 3], ['WEAK_MATCH', 7, 1]]);
    expect(result.checks[6].matches[0]).toMatchObject({ strength: 'weak', results: [0, 1] });
  });
});

describe('removing the only report of a step', () => {
  const table = sampleTable();
  const baseline = checkTable(table);
  // [measure, removed result, steps that become UNMATCHED_STEP, steps that become at least a WEAK_MATCH].
  // Measure 1: result 2 is also the only report of step 2's `มอบหมาย…ผู้รับผิดชอบ`, and result 3 of
  // its ITA coordinators; without result 1, result 4 (following disclosure on the website) shares
  // step 1's topic but not its study of the manual: a weak match (a third of the step's wording,
  // above the 32 % floor of a warning), never a silent one. Not listed:
  // measure 3 without result 1, where result 2 still publishes the `แนวทางระเบียบขั้นตอน` step 1
  // defines and reads as reporting it (a known limit, in the README).
  const cases: [number, number, number[], number[]][] = [
    [1, 1, [], [1]], [1, 2, [2, 3], []], [1, 3, [2, 5], []],
    [3, 2, [2], []], [3, 3, [3], []],
    [4, 1, [1], []], [4, 2, [2], []], [4, 3, [3], []],
    [5, 2, [2], []], [6, 1, [1], []], [6, 3, [3], []],
    [7, 1, [1], []],
    [8, 2, [2], []], [9, 3, [3], []], [10, 1, [1], []], [10, 2, [2], []],
  ];
  it.each(cases)('measure %i without result %i: UNMATCHED_STEP exactly for steps %j, at least a warning for %j', (measure, removed, steps, weak) => {
    const after = checkTable(withoutResult(table, measure, removed));
    const inMeasure = (r: typeof after, code: string) => codes(r.findings, code).filter((f) => f.measure === measure).map((f) => f.item);
    expect(inMeasure(after, 'UNMATCHED_STEP')).toEqual([...new Set([...inMeasure(baseline, 'UNMATCHED_STEP'), ...steps])].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (const step of weak) expect([...inMeasure(after, 'UNMATCHED_STEP'), ...inMeasure(after, 'WEAK_MATCH')]).toContain(step);
    // Other measures are untouched by the deletion.
    const elsewhere = (r: typeof after) => codes(r.findings, 'UNMATCHED_STEP').filter((f) => f.measure !== measure);
    expect(elsewhere(after)).toEqual(elsewhere(baseline));
  });
});

describe('paraphrases and synonyms', () => {
  const grid = (steps: string, results: string) => readGrid([H, ['๑. มาตรการทดสอบ', steps, results, '']]);

  it('a Facebook-page post reports a social-media step', () => {
    const r = checkTable(grid('๑. เผยแพร่ผ่านสื่อสังคมออนไลน์', '๑. ประชาสัมพันธ์ผ่านเพจเฟซบุ๊ก'));
    expect(r.checks[0].matches[0].strength).toBe('strong');
  });

  it('matches by content when numbering shifted because a result is missing', () => {
    const r = checkTable(
      grid(
        '๑. จัดทำประกาศมาตรการ\n๒. จัดประชุมชี้แจงพนักงาน\n๓. เผยแพร่ประกาศผ่านเว็บไซต์',
        '๑. เทศบาลประกาศมาตรการแล้ว\n๒. เผยแพร่ประกาศทางเว็บไซต์ของเทศบาลแล้ว',
      ),
    );
    expect(r.checks[0].matches.map((m) => m.result)).toEqual([0, null, 1]);
    expect(codes(r.findings, 'UNMATCHED_STEP').map((f) => f.item)).toEqual([2]);
  });

  it('an extra result is not an error', () => {
    const r = checkTable(grid('๑. จัดอบรมเจ้าหน้าที่', '๑. จัดอบรมพนักงานแล้ว\n๒. ติดตามผลการอบรม'));
    expect(r.errors).toBe(0);
  });

  it('accepts custom synonym groups', () => {
    const steps = '๑. ทำบันทึกข้อความเสนอนายก';
    const results = '๑. ทำหนังสือเสนอนายก';
    const plain = checkTable(grid(steps, results)).checks[0].matches[0].score;
    const withSynonyms = checkTable(grid(steps, results), { synonyms: [['บันทึกข้อความ', 'หนังสือ']] }).checks[0].matches[0].score;
    expect(withSynonyms).toBeGreaterThan(plain);
    // The compiled lexicon is reused between checks: the agency's synonyms must not outlive their check.
    expect(checkTable(grid(steps, results)).checks[0].matches[0].score).toBe(plain);
  });
});

describe('another agency\'s sheet: paraphrased results, Arabic numbering, bullets', () => {
  const H5 = ['ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'];
  const result = checkTable(readGrid([H5,
    ['1', 'มาตรการป้องกันการรับสินบน',
      '1. จัดทำประกาศเจตนารมณ์ No Gift Policy\n2. ประชาสัมพันธ์ประกาศให้บุคลากรทราบ\n3. รายงานผลการดำเนินการต่อผู้บริหาร',
      '1. นายกฯ ลงนามประกาศเจตนารมณ์ No Gift Policy เมื่อวันที่ 1 ต.ค. 2567\n2. แจ้งเวียนประกาศให้บุคลากรทุกกองทราบและเผยแพร่ทางเว็บไซต์\n3. รายงานผลต่อนายกฯ เมื่อ 30 ก.ย. 2568', ''],
    ['2', 'มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วม',
      '1) จัดประชุมประชาคมหมู่บ้าน\n2) เปิดช่องทางรับฟังความคิดเห็นออนไลน์\n3) สรุปผลการรับฟังความคิดเห็นเสนอผู้บริหาร',
      '1) จัดเวทีประชาคมครบทั้ง 12 หมู่บ้าน มีผู้เข้าร่วม 640 คน\n2) เปิดรับความคิดเห็นผ่านเพจเฟซบุ๊กและ Line OA ของ อบต.\n3) สรุปผลเสนอนายก อบต. แล้ว', ''],
    ['3', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต',
      '- แต่งตั้งเจ้าหน้าที่รับผิดชอบ\n- รายงานผลการจัดการเรื่องร้องเรียนทุกไตรมาส',
      '- มีคำสั่งแต่งตั้งเจ้าหน้าที่รับผิดชอบเรื่องร้องเรียน\n- ปีนี้ไม่มีเรื่องร้องเรียนการทุจริต', ''],
  ]));

  it('finds every step reported in other words (นายกฯ for ผู้บริหาร, เพจเฟซบุ๊ก for ออนไลน์)', () => {
    expect(result.checks[0].matches.map((m) => m.result)).toEqual([0, 1, 2]);
    expect(result.checks[1].matches.map((m) => m.result)).toEqual([0, 1, 2]);
    expect(result.checks.slice(0, 2).flatMap((c) => c.matches).every((m) => m.strength !== 'none')).toBe(true);
  });

  it('still flags the step no result reports (quarterly reports that were never made)', () => {
    // "ปีนี้ไม่มีเรื่องร้องเรียน" shares the step's complaints: a warning rather than an error (README, known limits).
    const flagged = result.findings.filter((f) => f.code === 'UNMATCHED_STEP' || f.code === 'WEAK_MATCH');
    expect(flagged.map((f) => [f.measure, f.item, f.cell])).toEqual([[3, 2, 'C4']]);
  });
});

describe('structure checks', () => {
  it('sorts errors first, then by measure and item', () => {
    const r = checkTable(readGrid([H,
      ['๑. มาตรการ ก', '๑. ขั้นที่หนึ่ง\n๓. ขั้นที่สาม', '๑. ผลขั้นที่หนึ่ง\n๒. ผลขั้นที่สาม', ''],
      ['๒. มาตรการ ข', '๑. ขั้นเดียว', '', ''],
    ]));
    const severities = r.findings.map((f) => f.severity);
    expect(severities).toContain('warning');
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });

  it('a measure with steps but no results gets one error on its results cell', () => {
    const r = checkTable(readGrid([H, ['๑. มาตรการ ก', '๑. ขั้น ก\n๒. ขั้น ข', '', '']]));
    expect(r.findings).toEqual([expect.objectContaining({ code: 'EMPTY_RESULTS', severity: 'error', cell: 'C2', measure: 1 })]);
  });

  it('reports numbering gaps, repeats, mixed styles and a wrong start', () => {
    const r = checkTable(readGrid([H,
      ['๑. มาตรการ ก', '๑. ขั้นที่หนึ่ง\n๓. ขั้นที่สาม', '1. ผลขั้นที่หนึ่ง\n๒) ผลขั้นที่สาม', ''],
      ['๒. มาตรการ ข', '๒. ขั้นเดียว', '๑. ผลขั้นเดียว\n๑. ผลอีกข้อ', ''],
    ]));
    const list = r.findings.map((f) => [f.code, f.measure, f.cell]);
    expect(list).toEqual(expect.arrayContaining([
      ['NUMBERING_GAP', 1, 'B2'],
      ['NUMBERING_MIXED', 1, 'C2'],
      ['NUMBERING_START', 2, 'B3'],
      ['NUMBERING_REPEAT', 2, 'C3'],
    ]));
    expect(r.findings.filter((f) => f.code.startsWith('NUMBERING')).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('reports measure numbers out of order or repeated, and an empty title', () => {
    const r = checkTable(readGrid([H,
      ['๑. ก', '๑. ทำ ก', '๑. ทำ ก แล้ว', ''],
      ['๓. ข', '๑. ทำ ข', '๑. ทำ ข แล้ว', ''],
      ['๓. ค', '๑. ทำ ค', '๑. ทำ ค แล้ว', ''],
      ['๔.', '๑. ทำ ง', '๑. ทำ ง แล้ว', ''],
    ]));
    const list = r.findings.map((f) => [f.code, f.measure, f.cell]);
    expect(list).toEqual(expect.arrayContaining([
      ['MEASURE_NUMBER_ORDER', 3, 'A3'],
      ['MEASURE_NUMBER_REPEAT', 3, 'A4'],
      ['EMPTY_TITLE', 4, 'A5'],
    ]));
  });
});
