import { fiscalYearSpan, parseDayText, parseTimeframe, shiftTimeframeYears } from '../../src/core';

describe('parseTimeframe (fiscal year พ.ศ.๒๕๖๖ unless written)', () => {
  it.each([
    ['ต.ค. ๖๕ – ก.ย. ๖๖', '2022-10-01', '2023-09-30'],
    ['ตุลาคม 2565 – มีนาคม 2566', '2022-10-01', '2023-03-31'],
    ['ไตรมาส ๑–๒', '2022-10-01', '2023-03-31'],
    ['ไตรมาสที่ 3', '2023-04-01', '2023-06-30'],
    ['ไตรมาส ๓ - ไตรมาส ๔', '2023-04-01', '2023-09-30'],
    ['ตลอดปีงบประมาณ', '2022-10-01', '2023-09-30'],
    ['ตลอดปีงบประมาณ พ.ศ. ๒๕๖๖', '2022-10-01', '2023-09-30'],
    ['ม.ค. – มี.ค. ๒๕๖๖', '2023-01-01', '2023-03-31'],
    ['พ.ย. – ก.พ.', '2022-11-01', '2023-02-28'],
    ['ธันวาคม ๒๕๖๕', '2022-12-01', '2022-12-31'],
    ['๑ ต.ค. ๖๕ - ๑๕ ม.ค. ๖๖', '2022-10-01', '2023-01-15'],
    ['เดือน ต. ค. 65 ถึง มี. ค. 66', '2022-10-01', '2023-03-31'],
    ['กุมภาพันธ์ 2024', '2024-02-01', '2024-02-29'],
    // Days written d/m/yyyy, day first as Thai-locale sheets write them.
    ['01/10/2565 - 30/09/2566', '2022-10-01', '2023-09-30'],
    ['๑/๑๐/๒๕๖๕ – ๓๑/๓/๒๕๖๖', '2022-10-01', '2023-03-31'],
    ['1/10/65 ถึง 15/1/66', '2022-10-01', '2023-01-15'],
    // A fiscal year the text names places the span, whatever year the sheet is checked for.
    ['ปีงบประมาณ 2565', '2021-10-01', '2022-09-30'],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๖', '2022-10-01', '2023-09-30'],
    ['ไตรมาส ๑ ปีงบประมาณ ๒๕๖๗', '2023-10-01', '2023-12-31'],
  ])('%s → %s … %s', (text, start, end) => {
    expect(parseTimeframe(text, 2566)).toEqual({ start, end });
  });

  it.each(['ตามแผนการดำเนินงาน', '-', '', 'การปกครองส่วนท้องถิ่น', 'ไตรมาส ๕', '31/09/2566', '01/10/2566 - 30/09/2566', 'ต.ค. 65 - 31/3/66'])('gives null for %p', (text) => {
    expect(parseTimeframe(text, 2566)).toBeNull();
  });

  it('knows the fiscal year runs from October to September', () => {
    expect(fiscalYearSpan(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
  });
});

describe('shiftTimeframeYears', () => {
  it('moves every written year on by one in the digits it was written with', () => {
    expect(shiftTimeframeYears('ต.ค. ๖๕ – ก.ย. ๖๖', 1, 2566)).toBe('ต.ค. ๖๖ – ก.ย. ๖๗');
    expect(shiftTimeframeYears('ตุลาคม 2565 – มีนาคม 2566', 1, 2566)).toBe('ตุลาคม 2566 – มีนาคม 2567');
    expect(shiftTimeframeYears('ไตรมาส ๑–๒', 1, 2566)).toBe('ไตรมาส ๑–๒');
    expect(shiftTimeframeYears('๑ ต.ค. ๖๕ - ๑๕ ม.ค. ๖๖', 1, 2566)).toBe('๑ ต.ค. ๖๖ - ๑๕ ม.ค. ๖๗');
  });

  it('moves days written d/m/yyyy and Buddhist-Era years standing alone, in their own digits', () => {
    expect(shiftTimeframeYears('01/10/2567 - 30/09/2568', 1, 2568)).toBe('01/10/2568 - 30/09/2569');
    expect(shiftTimeframeYears('๑/๑๐/๒๕๖๗ – ๓๑/๓/๒๕๖๘', 1, 2568)).toBe('๑/๑๐/๒๕๖๘ – ๓๑/๓/๒๕๖๙');
    expect(shiftTimeframeYears('1/10/67-31/3/68', 1, 2568)).toBe('1/10/68-31/3/69');
    expect(shiftTimeframeYears('ปีงบประมาณ 2568', 1, 2568)).toBe('ปีงบประมาณ 2569');
    expect(shiftTimeframeYears('ปีงบประมาณ พ.ศ. ๒๕๖๘', 1, 2568)).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๙');
    // Each year moves once, whichever form holds it; amounts and A.D. years are not years to move.
    expect(shiftTimeframeYears('1 ต.ค. 2567 - 30 ก.ย. 2568 (พ.ศ. 2568)', 1, 2568)).toBe('1 ต.ค. 2568 - 30 ก.ย. 2569 (พ.ศ. 2569)');
    expect(shiftTimeframeYears('งบ 25000 บาท ภายในปี 2025', 1, 2568)).toBe('งบ 25000 บาท ภายในปี 2025');
    // A year standing alone moves only when it is the closing year or the one before: a law's year or
    // a five-year plan's span is no timeframe of this year.
    expect(shiftTimeframeYears('ตามพ.ร.บ. ข้อมูลข่าวสาร พ.ศ. 2540 ตลอดปี', 1, 2568)).toBe('ตามพ.ร.บ. ข้อมูลข่าวสาร พ.ศ. 2540 ตลอดปี');
    expect(shiftTimeframeYears('ตามแผนปี 2566-2570', 1, 2568)).toBe('ตามแผนปี 2566-2570');
    expect(shiftTimeframeYears('ปีงบประมาณ ๒๕๖๗–๒๕๖๘', 1, 2568)).toBe('ปีงบประมาณ ๒๕๖๘–๒๕๖๙');
    // What it moved reads as the next year's span.
    expect(parseTimeframe(shiftTimeframeYears('๑/๑๐/๒๕๖๗ – ๓๑/๓/๒๕๖๘', 1, 2568), 2569)).toEqual({ start: '2025-10-01', end: '2026-03-31' });
  });
});

describe('parseDayText (a day typed in a settings cell)', () => {
  it.each([
    ['2568-09-30', '2568-09-30'],
    ['2568-9-3', '2568-09-03'],
    ['30/9/2568', '2568-09-30'],
    ['30-09-2568', '2568-09-30'],
    ['๓๐/๙/๒๕๖๘', '2568-09-30'],
    ['30 ก.ย. 68', '2568-09-30'],
    ['30 ก. ย. 2568', '2568-09-30'],
    ['๓๐ กันยายน ๒๕๖๘', '2568-09-30'],
    ['วันที่ 30 กันยายน พ.ศ. 2568', '2568-09-30'],
    ['29/2/2567', '2567-02-29'],
    ['30/9/2025', '2025-09-30'],
  ])('%p → %s', (typed, iso) => {
    expect(parseDayText(typed)).toBe(iso);
  });

  it.each(['2568-9-31', '31 ก.ย. 2568', '29/2/2568', '9/30/2568', 'สิ้นเดือนกันยายน', 'กันยายน 2568', '30 กันยายน', '30/9'])('gives null for %p', (typed) => {
    expect(parseDayText(typed)).toBeNull();
  });
});
