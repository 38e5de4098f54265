/**
 * The budget column (issue 10): an amount (Thai or Arabic digits, commas, บาท) or a clear "no
 * budget" phrase; anything else is a BUDGET_UNCLEAR warning naming the cell.
 */
import { checkTable, readGrid } from '../../src/core';
import { readBudget } from '../../src/core/budget';
import { yearGrid } from '../helpers/yearSample';

describe('readBudget', () => {
  it.each([
    ['๒๐,๐๐๐', 20000],
    ['20,000', 20000],
    ['20000 บาท', 20000],
    ['๕,๐๐๐ บาท', 5000],
    ['๑๐,๐๐๐.๐๐ บาท', 10000],
    ['150,000.50บาท', 150000.5],
    ['๑๒,๕๐๐.-', 12500],
    ['1.5 ล้านบาท', 1500000],
    ['จำนวน ๓๐,๐๐๐ บาท', 30000],
    ['งบประมาณ 45,000 บาท (งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๖)', 45000],
    ['๑. ๑๐,๐๐๐ บาท\n๒. ๕,๐๐๐ บาท', 15000],
  ])('reads %j as an amount of %d baht', (text, baht) => {
    expect(readBudget(text)).toEqual({ kind: 'amount', baht });
  });

  it.each(['ไม่ใช้งบประมาณ', 'ไม่ได้ใช้งบประมาณ', 'ไม่ใช้งบ', '-', '–', 'ไม่มี', 'ไม่มีค่าใช้จ่าย', 'ไม่ใช้งบประมาณ (ดำเนินการโดยบุคลากรของหน่วยงาน)', '0', 'N/A'])(
    'reads %j as no budget',
    (text) => {
      expect(readBudget(text)).toEqual({ kind: 'none' });
    },
  );

  it.each(['ตามแผน', 'ใช้งบประมาณ', 'หลักหมื่น', '20,00', '2O,000', '๒๐,๐๐๐ ดอลลาร์', '20k', '๑๐,๐๐๐ บาท\nขอเพิ่มเติม'])('does not guess at %j', (text) => {
    expect(readBudget(text)).toBeNull();
  });
});

describe('BUDGET_UNCLEAR', () => {
  it('warns on the budget cell that is neither an amount nor "no budget", naming it, and nowhere else', () => {
    const grid = yearGrid();
    grid[3][5] = 'ตามแผนการดำเนินงาน';
    grid[5][5] = '๕,๐๐๐ บาท';
    const result = checkTable(readGrid(grid));
    const unclear = result.findings.filter((f) => f.code === 'BUDGET_UNCLEAR');
    expect(unclear.map((f) => [f.severity, f.measure, f.cell])).toEqual([['warning', 3, 'F4']]);
    expect(unclear[0].message).toContain('“ตามแผนการดำเนินงาน”');
    expect(unclear[0].message).toContain('ไม่ใช้งบประมาณ');
    expect(unclear[0].messageEn).toContain('neither an amount');
    // The sample's own budgets (amounts, ไม่ใช้งบประมาณ, one empty cell) raise none.
    expect(checkTable(readGrid(yearGrid())).findings.filter((f) => f.code === 'BUDGET_UNCLEAR')).toEqual([]);
  });
});
