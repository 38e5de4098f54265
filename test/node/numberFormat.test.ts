/** Numbers and dates as a sheet shows them under their number format (what the add-on reads with getDisplayValues). */
import { formatAsDisplayed } from '../../src/node/numberFormat';

const march31 = new Date(Date.UTC(2025, 2, 31)); // exceljs gives the sheet's day as a UTC instant

describe('formatAsDisplayed', () => {
  test.each<[number, string | undefined, string]>([
    [0.8, '0%', '80%'],
    [0.125, '0.0%', '12.5%'],
    [0.0725, '0.00%', '7.25%'],
    [20000, '#,##0', '20,000'],
    [1234567.5, '#,##0.00', '1,234,567.50'],
    [7.6, '0', '8'],
    [1.005, '0.00', '1.01'], // half away from zero, where toFixed gives 1.00
    [-1500, '#,##0', '-1,500'],
    [-1500, '#,##0;(#,##0)', '(1,500)'],
    [0, '#,##0;-#,##0;"-"', '-'],
    [1500, '#,##0 "บาท"', '1,500 บาท'],
    [1500, '[$฿-41E]#,##0.00', '฿1,500.00'],
    [1500, '#,##0_);[Red](#,##0)', '1,500 '],
    [0.1 + 0.2, undefined, '0.3'],
    [0.1 + 0.2, 'General', '0.3'],
    [20000, 'General', '20000'],
  ])('%p under %p shows %p', (value, format, shown) => {
    expect(formatAsDisplayed(value, format)).toBe(shown);
  });

  test.each<[string, string]>([
    ['d/m/yyyy', '31/3/2025'],
    ['dd/mm/yyyy', '31/03/2025'],
    ['d mmm yy', '31 Mar 25'],
    ['d mmmm yyyy', '31 March 2025'],
    ['mm-dd-yy', '31/3/2025'], // built-in 14, the short date: day first as in a Thai-locale sheet
    ['d/m/bbbb', '31/3/2568'],
    ['[$-th-TH,107]d mmmm yyyy', '31 มีนาคม 2568'],
    ['[$-1070000]d/mm/yyyy;@', '31/03/2568'],
    ['[$-107041E]d mmm yy', '31 มี.ค. 68'],
    ['[$-41E]d mmmm yyyy', '31 มีนาคม 2025'],
    ['[$-41E]dddd d mmm', 'จันทร์ 31 มี.ค.'],
  ])('31 March 2025 under %p shows %p', (format, shown) => {
    expect(formatAsDisplayed(march31, format)).toBe(shown);
  });

  test('a date kept as a serial number, and a time', () => {
    expect(formatAsDisplayed(45747, 'd/m/yyyy')).toBe('31/3/2025');
    expect(formatAsDisplayed(new Date(Date.UTC(2025, 2, 31, 14, 5)), 'h:mm AM/PM')).toBe('2:05 PM');
    expect(formatAsDisplayed(new Date(Date.UTC(2025, 2, 31, 14, 5, 9)), 'hh:mm:ss')).toBe('14:05:09');
  });

  test('formats it does not know give null (the caller keeps the raw value), never an exception', () => {
    for (const format of ['0.00E+00', '# ?/?', '[>100]0;0', '[h]:mm', '@', '000-000-0000', '#,##0,', '"unclosed', '[Red']) {
      expect(formatAsDisplayed(1.5, format)).toBeNull();
    }
    expect(formatAsDisplayed(march31, '#,##0')).toBeNull();
    expect(formatAsDisplayed(new Date(NaN), 'd/m/yyyy')).toBeNull();
    expect(formatAsDisplayed(Number.NaN, '0%')).toBeNull();
  });
});
