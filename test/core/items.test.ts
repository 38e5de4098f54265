import { splitItems, normalizeText, toThaiDigits, toArabicDigits, joinContinued } from '../../src/core';

const ref = { cell: 'B2' };
const texts = (raw: string) => splitItems(raw, ref).map((i) => [i.number, i.text]);

describe('normalizeText', () => {
  it('removes BOM, CRLF and repeated spaces but keeps the words and the zero-width characters as written', () => {
    expect(normalizeText('\uFEFF๑.  ศึกษา\u200Bคู่มือ \r\n๒.\tประชุม  ')).toBe('๑. ศึกษา\u200Bคู่มือ\n๒. ประชุม');
    // A zero-width joiner and a soft hyphen a person typed stay in the text the report prints.
    expect(normalizeText('ราย\u00ADงาน\u200Dผล')).toBe('ราย\u00ADงาน\u200Dผล');
  });
  it('composes to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
  });
});

describe('digits', () => {
  it('converts both ways', () => {
    expect(toThaiDigits('พ.ศ. 2565')).toBe('พ.ศ. ๒๕๖๕');
    expect(toArabicDigits('๑๐. มาตรการ')).toBe('10. มาตรการ');
  });
});

describe('splitItems', () => {
  it('splits <p> blocks with Thai numerals', () => {
    expect(texts('<p>๑. ศึกษาคู่มือ</p> <p>๒. มอบหมายหน้าที่</p>')).toEqual([[1, 'ศึกษาคู่มือ'], [2, 'มอบหมายหน้าที่']]);
  });
  it('splits items that run inline', () => {
    expect(texts('๑. จัดทำประกาศ ๒. เผยแพร่ประกาศผ่านเว็บไซต์ ๓. ส่งเสริมให้พนักงาน')).toEqual([
      [1, 'จัดทำประกาศ'], [2, 'เผยแพร่ประกาศผ่านเว็บไซต์'], [3, 'ส่งเสริมให้พนักงาน'],
    ]);
  });
  it('accepts 1. 1) (1) and newline-separated items', () => {
    expect(texts('1) ก\n2) ข')).toEqual([[1, 'ก'], [2, 'ข']]);
    expect(texts('(1) ก\n(2) ข')).toEqual([[1, 'ก'], [2, 'ข']]);
    expect(texts('1. ก\nต่อบรรทัด\n2. ข')).toEqual([[1, 'ก ต่อบรรทัด'], [2, 'ข']]);
  });
  it('does not split years, decimals or numbers inside a sentence', () => {
    expect(texts('๑. ประจำปี พ.ศ.๒๕๖๕ ตามตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และงบ 1.5 ล้านบาท ๒. ข')).toEqual([
      [1, 'ประจำปี พ.ศ.๒๕๖๕ ตามตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และงบ 1.5 ล้านบาท'], [2, 'ข'],
    ]);
  });
  it('in a cell written one item per line, a number inside a line stays text', () => {
    expect(texts('1. ดำเนินการตามข้อ 2. ของระเบียบ\n2. รายงานผล')).toEqual([[1, 'ดำเนินการตามข้อ 2. ของระเบียบ'], [2, 'รายงานผล']]);
  });
  it('treats an unnumbered cell as one item per line', () => {
    expect(texts('ประชาสัมพันธ์และรณรงค์\nจัดอบรม')).toEqual([[null, 'ประชาสัมพันธ์และรณรงค์'], [null, 'จัดอบรม']]);
  });
  it('takes bullets as unnumbered markers, but a lone "-" as text', () => {
    const items = splitItems('- จัดทำประกาศ\n• เผยแพร่ประกาศ\n-', ref);
    expect(items.map((i) => [i.marker, i.text])).toEqual([['-', 'จัดทำประกาศ'], ['•', 'เผยแพร่ประกาศ'], ['', '-']]);
  });
  it('keeps a gap in numbering at the start of a line so it can be reported', () => {
    expect(texts('1. ก\n3. ค')).toEqual([[1, 'ก'], [3, 'ค']]);
  });
  it('keeps text that looks like markup as text', () => {
    expect(texts('๑. <img src=x onerror=alert(1)>')).toEqual([[1, '<img src=x onerror=alert(1)>']]);
  });
});

describe('joinContinued', () => {
  it('joins Thai split by a page break without a space, other text with one', () => {
    expect(joinContinued('กรณีเกิด', 'การทุจริต')).toBe('กรณีเกิดการทุจริต');
    expect(joinContinued('ITA', 'report')).toBe('ITA report');
  });
});
