import { fiscalYearSpan, parseTimeframe, shiftTimeframeYears } from '../../src/core';

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
  ])('%s → %s … %s', (text, start, end) => {
    expect(parseTimeframe(text, 2566)).toEqual({ start, end });
  });

  it.each(['ตามแผนการดำเนินงาน', '-', '', 'การปกครองส่วนท้องถิ่น', 'ไตรมาส ๕'])('gives null for %p', (text) => {
    expect(parseTimeframe(text, 2566)).toBeNull();
  });

  it('knows the fiscal year runs from October to September', () => {
    expect(fiscalYearSpan(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
  });
});

describe('shiftTimeframeYears', () => {
  it('moves every written year on by one in the digits it was written with', () => {
    expect(shiftTimeframeYears('ต.ค. ๖๕ – ก.ย. ๖๖', 1)).toBe('ต.ค. ๖๖ – ก.ย. ๖๗');
    expect(shiftTimeframeYears('ตุลาคม 2565 – มีนาคม 2566', 1)).toBe('ตุลาคม 2566 – มีนาคม 2567');
    expect(shiftTimeframeYears('ไตรมาส ๑–๒', 1)).toBe('ไตรมาส ๑–๒');
    expect(shiftTimeframeYears('๑ ต.ค. ๖๕ - ๑๕ ม.ค. ๖๖', 1)).toBe('๑ ต.ค. ๖๖ - ๑๕ ม.ค. ๖๗');
  });
});
