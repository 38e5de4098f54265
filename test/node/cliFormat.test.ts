import { trailingLine } from '../../src/node/cliFormat';
import type { CheckResult } from '../../src/core';

const result = {
  table: { trailing: { firstRow: 11, lastRow: 13, cell: 'A12', severity: 'info', message: 'แถวท้ายตารางไม่ได้อ่าน', messageEn: 'Rows after the table not read' } },
} as unknown as CheckResult;

describe('trailingLine', () => {
  it('prints the ignored rows in the same columns as a finding line', () => {
    expect(trailingLine(result, 'th')).toBe('ข้อมูล     TABLE_END              A12        แถวท้ายตารางไม่ได้อ่าน');
    expect(trailingLine(result, 'en')).toBe('info       TABLE_END              A12        Rows after the table not read');
  });

  it('is null when the rows hold steps or results: that warning is printed once, among the findings', () => {
    const cutOff = { table: { trailing: { ...result.table.trailing, severity: 'warning' } } } as unknown as CheckResult;
    expect(trailingLine(cutOff, 'th')).toBeNull();
  });

  it('is null when the table has no trailing rows', () => {
    expect(trailingLine({ table: {} } as unknown as CheckResult, 'th')).toBeNull();
  });
});
