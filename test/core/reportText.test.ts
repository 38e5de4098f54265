import { checkTable, fillReportText, parseReportText, planSuggestions, tableToGrid, readGrid, InputError } from '../../src/core';
import { sampleTable, sampleText, measureEssence } from '../helpers/sample';

describe('parseReportText on the real sample', () => {
  const table = sampleTable();

  it('finds the ten measures in order, numbered in Thai', () => {
    expect(table.measures).toHaveLength(10);
    expect(table.measures.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table.numerals).toBe('thai');
    expect(table.measures[0].title).toBe('มาตรการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ.๒๕๖๕');
  });

  it('counts the items of every cell, continuation rows included', () => {
    expect(table.measures.map((m) => [m.steps.length, m.results.length])).toEqual([
      [5, 5], [3, 2], [3, 3], [3, 3], [3, 3], [3, 3], [1, 3], [3, 3], [3, 3], [3, 3],
    ]);
  });

  it('joins the result that continued on the next page (measure 1, result 5)', () => {
    const result5 = table.measures[0].results[4];
    expect(result5.number).toBe(5);
    expect(result5.text).toBe('จังหวัดแพร่แจ้งและติดตามการดำเนินงานเรื่องการประเมิน ITA การเปิดเผยข้อมูลสาธารณะผ่านหน้าเว็บไซต์ของหน่วยงาน');
    expect(result5.ref.line).toBeGreaterThan(table.measures[0].results[0].ref.line ?? 0);
  });

  it('joins suggestions split by a page break without inventing a space', () => {
    expect(table.measures[3].suggestion).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการจัดการข้อร้องเรียนกรณีเกิดการทุจริตในหน่วยงานให้แก่พนักงานและเจ้าหน้าที่');
    expect(table.measures[7].suggestion).toBe('หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับมาตรการตรวจสอบการใช้ดุลยพินิจให้แก่พนักงานและเจ้าหน้าที่');
    expect(table.measures[7].steps.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('keeps the source typo as written', () => {
    expect(table.measures[0].steps[4].text.startsWith('รมรงค์')).toBe(true);
  });

  it('reads the title block, fiscal year and agency', () => {
    expect(table.preamble?.fiscalYear).toBe(2565);
    expect(table.preamble?.agency).toBe('เทศบาลตำบลสอง');
    expect(table.preamble?.titleLines[0]).toBe('รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม');
    expect(table.preamble?.introduction[0].startsWith('ตามที่')).toBe(true);
  });

  it('points items at their line in the text', () => {
    const lines = sampleText().split('\n');
    const ref = table.measures[2].steps[0].ref.line as number;
    expect(lines[ref - 1]).toContain('มาตรการเกี่ยวกับการใช้ทรัพย์สินของทางราชการ');
  });
});

describe('round trips', () => {
  it('the sheet layout made from the text reads back to the same measures', () => {
    const table = sampleTable();
    expect(measureEssence(readGrid(tableToGrid(table)))).toEqual(measureEssence(table));
  });
});

describe('filling the text in place', () => {
  // The sample with two measures' suggestions cleared (every measure of it has one).
  const sample = parseReportText(sampleText());
  const text = [2, 4].reduce((t, i) => t.replace(sample.measures[i].suggestion, ''), sampleText());
  const table = parseReportText(text);
  const blank = table.measures.filter((m) => m.suggestion === '');
  const fills = blank.map((m) => ({ measureIndex: m.index, row: -1, column: -1, text: `ข้อเสนอแนะของมาตรการที่ ${m.index}` }));

  it('writes each fill into its measure\'s empty suggestion cell and changes no other line', () => {
    expect(blank.map((m) => m.index)).toEqual([3, 5]);
    const filled = fillReportText(text, table, fills);
    expect(filled.written).toEqual(fills);
    const before = text.split('\n');
    const after = filled.text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i + 1]));
    expect(changed).toEqual(blank.map((m) => m.refs.suggestion.line));
    const reread = parseReportText(filled.text);
    expect(reread.measures.map((m) => m.suggestion)).toEqual(table.measures.map((m) => m.suggestion || `ข้อเสนอแนะของมาตรการที่ ${m.index}`));
    expect(measureEssence(reread).map(({ suggestion: _s, ...rest }) => rest)).toEqual(measureEssence(table).map(({ suggestion: _s, ...rest }) => rest));
  });

  it('never writes a cell that holds text, and keeps Windows line breaks and a short row as they were', () => {
    const withCrLf = text.replace(/\n/g, '\r\n');
    const tableCrLf = parseReportText(withCrLf);
    const first = blank[0];
    const line = first.refs.suggestion.line as number;
    const lines = withCrLf.split('\r\n');
    // The row stops before its suggestion cell (trailing tabs trimmed, as some editors do).
    lines[line - 1] = lines[line - 1].replace(/\t+$/, '');
    const short = lines.join('\r\n');
    const shortTable = parseReportText(short);
    const filled = fillReportText(short, shortTable, [fills[0]]);
    expect(filled.text.split('\r\n')[line - 1].split('\t').pop()).toBe(fills[0].text);
    expect(filled.text.split('\r\n')).toHaveLength(lines.length);
    const typed = table.measures.find((m) => m.suggestion !== '')!;
    const refused = fillReportText(withCrLf, tableCrLf, [{ measureIndex: typed.index, row: -1, column: -1, text: 'ทับ' }]);
    expect(refused).toEqual({ text: withCrLf, written: [] });
  });
});

describe('page breaks inside an item', () => {
  const header = 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
  it('joins unnumbered text on the next page to the item it finishes', () => {
    const table = parseReportText(
      `${header}\n๑. มาตรการ ก\t๑. เผยแพร่ประกาศผ่านหน้าเว็บ\t๑. ประกาศแล้ว\t\n${header}\n\tไซต์ของหน่วยงาน\t\t\n`,
    );
    expect(table.measures[0].steps.map((s) => s.text)).toEqual(['เผยแพร่ประกาศผ่านหน้าเว็บไซต์ของหน่วยงาน']);
  });
  it('joins the text before the first number, then adds the numbered items', () => {
    const table = parseReportText(
      `${header}\n๑. มาตรการ ก\t๑. เผยแพร่ประกาศผ่านหน้าเว็บ\t๑. ประกาศแล้ว\t\n\tไซต์ ๒. ติดตามผล\t๒. ติดตามแล้ว\t\n`,
    );
    expect(table.measures[0].steps.map((s) => [s.number, s.text])).toEqual([[1, 'เผยแพร่ประกาศผ่านหน้าเว็บไซต์'], [2, 'ติดตามผล']]);
    expect(table.measures[0].results).toHaveLength(2);
  });
  it('among unnumbered paragraphs, only the first paragraph on the next page finishes the cut one', () => {
    const table = parseReportText(
      `${header}\n๑. มาตรการ ก\tเผยแพร่ประกาศ\t<p>จัดทำประกาศแล้ว</p> <p>เผยแพร่ประกาศทางเว็บ</p>\t\n${header}\n\t\t<p>ไซต์แล้ว</p> <p>ติดประกาศที่บอร์ดแล้ว</p>\t\n`,
    );
    expect(table.measures[0].results.map((r) => r.text)).toEqual(['จัดทำประกาศแล้ว', 'เผยแพร่ประกาศทางเว็บไซต์แล้ว', 'ติดประกาศที่บอร์ดแล้ว']);
  });
  it('under a numbered item, unnumbered lines on the next page all finish it', () => {
    const table = parseReportText(
      `${header}\n๑. มาตรการ ก\t๑. เผยแพร่ประกาศ\t๑. เผยแพร่ประกาศทางเว็บ\t\n${header}\n\t\t<p>ไซต์แล้ว</p> <p>และทางเฟซบุ๊ก</p>\t\n`,
    );
    expect(table.measures[0].results.map((r) => r.text)).toEqual(['เผยแพร่ประกาศทางเว็บไซต์แล้ว และทางเฟซบุ๊ก']);
  });
  it('says where it joined text across a page break (an info line naming the line, item and measure), and nowhere else', () => {
    const table = parseReportText(
      `${header}\n๑. มาตรการ ก\t๑. เผยแพร่ประกาศผ่านหน้าเว็บ\t<p>๑. ประกาศแล้ว</p> <p>๒. เผยแพร่ทางเว็บ</p>\t\n${header}\n\tไซต์ของหน่วยงาน\t<p>ไซต์แล้ว</p> <p>๓. ติดบอร์ดแล้ว</p>\t\n`,
    );
    expect(table.findings.map((f) => [f.code, f.severity, f.measure, f.line])).toEqual([
      ['PAGE_BREAK_JOIN', 'info', 1, 4],
      ['PAGE_BREAK_JOIN', 'info', 1, 4],
    ]);
    expect(table.findings[1].message).toBe('บรรทัดที่ 4: ข้อความต้นแถวนี้ต่อจากหน้าก่อน จึงอ่านเป็นส่วนท้ายของผลข้อที่ ๒ มาตรการที่ ๑ ถ้าเป็นข้อใหม่ ให้ใส่เลขข้อหรือขีด (-) นำหน้า');
    expect(table.findings[0].messageEn).toBe('line 4: the text opening this row continues the page before, so it was read as the end of step 1 of measure 1; if it is a new item, number it or start it with a dash (-)');
    // Numbered or bulleted text on the next page starts items of its own: nothing joined, nothing said.
    expect(sampleTable().findings).toEqual([]);
  });
  it('reads bulleted results on the next page as new items, not as the end of the last one', () => {
    const table = parseReportText(
      `${header}\n๑. มาตรการ ก\t<p>- ติดประกาศ</p> <p>- โพสต์เฟซบุ๊ก</p>\t- ติดประกาศที่บอร์ดแล้ว\t\n${header}\n\t\t<p>- โพสต์ทางเพจเฟซบุ๊กแล้ว</p> <p>- ส่งไลน์กลุ่มแล้ว</p>\t\n`,
    );
    expect(table.measures[0].results.map((r) => r.text)).toEqual(['ติดประกาศที่บอร์ดแล้ว', 'โพสต์ทางเพจเฟซบุ๊กแล้ว', 'ส่งไลน์กลุ่มแล้ว']);
  });
});

describe('bad text', () => {
  it('rejects text without a table, naming the problem', () => {
    expect(() => parseReportText('รายงาน\nไม่มีตาราง')).toThrow(InputError);
    try {
      parseReportText('รายงาน\nไม่มีตาราง');
    } catch (e) {
      expect((e as InputError).code).toBe('NOT_A_TABLE');
      expect((e as InputError).message).toContain('แท็บ');
    }
  });
  it('reads a report without a problems column, warns at its header line, and fills nothing', () => {
    const text = 'รายงาน\n\nมาตรการ\tขั้นตอน\tผลการดำเนินงาน\n๑. ก\t๑. ทำ\t๑. ทำแล้ว\n- ๒ -\nมาตรการ\tขั้นตอน\tผลการดำเนินงาน\n๒. ข\t๑. ทำ\t๑. ทำแล้ว\n';
    const table = parseReportText(text);
    expect(table.measures.map((m) => m.title)).toEqual(['ก', 'ข']);
    expect(table.findings).toEqual([expect.objectContaining({ code: 'NO_SUGGESTION_COLUMN', severity: 'warning', line: 3, message: expect.stringMatching(/^บรรทัดที่ 3 ไม่มีคอลัมน์ “ปัญหา \/ ข้อเสนอแนะ” ตรวจและเผยแพร่ได้ตามปกติ/) })]);
    const result = checkTable(table);
    expect(planSuggestions(result)).toEqual([]);
    expect(fillReportText(text, table, planSuggestions(result)).text).toBe(text);
    // The sheet an import makes of it has the column, empty, after the results: the add-on can fill it.
    const grid = tableToGrid(table);
    expect(grid[0]).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ']);
    expect(grid.slice(1).map((row) => row[3])).toEqual(['', '']);
    const sheet = readGrid(grid);
    expect(sheet.findings).toEqual([]);
    expect(planSuggestions(checkTable(sheet)).map((f) => f.cell)).toEqual(['D2', 'D3']);
  });

  it('keeps the first header when a later table (an appendix) names all four columns', () => {
    const text = [
      'รายงาน', '', 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน', '๑. ก\t๑. ทำ\t๑. ทำแล้ว', '๒. ข\t๑. ทำ\t๑. ทำแล้ว', '',
      'ภาคผนวก', 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ', '๓. ค\t๑. ทำ\t๑. ทำแล้ว\t-',
    ].join('\n');
    const table = parseReportText(text);
    expect(table.preamble?.titleLines).toEqual(['รายงาน']);
    // The appendix's rows come after text that ended the table: named in an info line, never read as measures.
    expect(table.measures.map((m) => m.title)).toEqual(['ก', 'ข']);
    expect(table.findings.filter((f) => f.code === 'TABLE_END')).toEqual([expect.objectContaining({
      severity: 'info', line: 8,
      message: 'ตารางมาตรการจบที่บรรทัดที่ 7 (“ภาคผนวก”): แถวตารางบรรทัดที่ 8–9 อยู่หลังข้อความนั้น ไม่ได้อ่านเป็นมาตรการและจะไม่ถูกเติม ถ้าเป็นมาตรการ ให้ลบข้อความที่คั่นอยู่หรือใส่หัวตารางซ้ำก่อนแถวเหล่านั้น',
    })]);
    expect(fillReportText(text, table, planSuggestions(checkTable(table))).text.split('\n').slice(7)).toEqual(text.split('\n').slice(7));
  });

  it('goes on past any other text between rows (a page header, a caption, a footnote, a cell\'s own line): only closing text ends the table', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
    const withLine = (between: string) => parseReportText([header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', between, '๒. ข\t๑. ทำ\t๑. ทำแล้ว\t', '\t๒. ทำ\t๒. ทำแล้ว\t'].join('\n'));
    // A caption or a footnote is the page's: in no cell, and named.
    for (const between of ['ตารางที่ 1 (ต่อ)', '* ข้อมูล ณ วันที่ 31 มีนาคม 2567']) {
      const table = withLine(between);
      expect(table.measures.map((m) => [m.title, m.steps.length, m.results.map((r) => r.text)])).toEqual([['ก', 1, ['ทำแล้ว']], ['ข', 2, ['ทำแล้ว', 'ทำแล้ว']]]);
      expect(table.findings.map((f) => [f.code, f.line])).toEqual([['NOTE_ROW', 3]]);
    }
    // Any other line right under a row is that row's last cell run on (a copy wrapped it): never dropped, and named.
    for (const between of ['เทศบาลตำบลสอง', 'บนเว็บไซต์', 'มาตรการที่ 2']) {
      const table = withLine(between);
      expect(table.measures.map((m) => [m.title, m.steps.length])).toEqual([['ก', 1], ['ข', 2]]);
      expect(table.measures[0].results.map((r) => r.text)).toEqual([`ทำแล้ว${between}`]);
      expect(table.findings.map((f) => [f.code, f.line])).toEqual([['WRAPPED_LINE', 3]]);
    }
    // A row continuing a measure after a note line keeps the table going.
    const continued = parseReportText([header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', 'หมายเหตุ: ดูเอกสารแนบ', '\t๒. ทำ\t๒. ทำแล้ว\t'].join('\n'));
    expect(continued.measures[0].steps).toHaveLength(2);
  });

  it('goes on past a note line when a measure follows it, and ends at a signature block indented with tabs', () => {
    const header = 'ลำดับ\tมาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
    for (const note of ['หมายเหตุ ขอรับการจัดสรรงบเพิ่มในปีถัดไป', 'ข้อมูล ณ วันที่ 31 มีนาคม 2568']) {
      const table = parseReportText([header, '1\tมาตรการ ก\t1. ประชุม\tประชุมแล้ว\tงบไม่พอ', note, '2\tมาตรการ ข\t1. อบรม\tอบรมแล้ว\t-', '3\tมาตรการ ค\t1. ตรวจ\tยังไม่ได้ตรวจ\t-'].join('\n'));
      expect(table.measures.map((m) => m.title)).toEqual(['มาตรการ ก', 'มาตรการ ข', 'มาตรการ ค']);
    }
    const signed = parseReportText([header, '1\tมาตรการ ก\t1. ประชุม\t1. ประชุมแล้ว\t-', '\t\t\tลงชื่อ ผู้รายงาน', '\t\t\t(นายสมชาย ใจดี)'].join('\n'));
    expect(signed.measures[0].results.map((r) => r.text)).toEqual(['ประชุมแล้ว']);
    expect(signed.findings).toEqual([]);
  });

  it('never ends at a note: a one-cell continuation after it and a note row inside the table stay the table\'s', () => {
    const header = 'ที่\tมาตรการ\tขั้นตอนการดำเนินงาน\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
    const table = parseReportText([
      header, '1\tมาตรการเปิดเผยข้อมูล\t1. เผยแพร่ข้อมูล\t1. เผยแพร่ข้อมูลบนเว็บไซต์ของ\t', 'ข้อมูล ณ วันที่ 31 มีนาคม 2568',
      '\t\t\tหน่วยงานครบถ้วน\t', '2\tมาตรการป้องกันสินบน\t1. ประกาศนโยบาย\t1. ประกาศนโยบายแล้ว\t', '\t\t\tหมายเหตุ เผยแพร่ทางเว็บไซต์\t',
    ].join('\n'));
    expect(table.measures.map((m) => m.results.map((r) => r.text))).toEqual([
      ['เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานครบถ้วน'], ['ประกาศนโยบายแล้วหมายเหตุ เผยแพร่ทางเว็บไซต์'],
    ]);
  });

  it('reads a note set in the measure column (หมายเหตุ⇥…) as no measure and never fills it; a note line never ends the table', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
    const rows = ['๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', '๒. ข\t๑. จัดอบรม\t๑. อบรมแล้ว\t'];
    const noteRow = [header, rows[0], 'หมายเหตุ: ข้อมูล ณ 31 มีนาคม 2568\t\t\t', rows[1], 'หมายเหตุ\tมาตรการที่ 2 ดำเนินการร่วมกับ สพฐ.'].join('\n');
    const table = parseReportText(noteRow);
    expect(table.measures.map((m) => m.title)).toEqual(['ก', 'ข']);
    const filled = fillReportText(noteRow, table, planSuggestions(checkTable(table))).text.split('\n');
    expect([filled[2], filled[4]]).toEqual(['หมายเหตุ: ข้อมูล ณ 31 มีนาคม 2568\t\t\t', 'หมายเหตุ\tมาตรการที่ 2 ดำเนินการร่วมกับ สพฐ.']);
    // After a note, any row goes on: a blank row, a one-cell continuation, an unnumbered measure reading like a header.
    for (const next of ['\t\t\t', '\t\tดังนี้ ประกาศ 3 เรื่อง\t', '\t- จัดกิจกรรมวันต่อต้านคอร์รัปชัน\t\t']) {
      const text = [header, rows[0], 'หมายเหตุ: ข้อมูลจากงานประชาสัมพันธ์', next, rows[1], 'มาตรการส่งเสริมคุณธรรม\tจัดกิจกรรมเสริมสร้างคุณธรรม\tผลการดำเนินงานเป็นไปตามแผน\t'].join('\n');
      expect(parseReportText(text).measures.map((m) => m.title)).toEqual(['ก', 'ข', 'มาตรการส่งเสริมคุณธรรม']);
    }
  });

  it('keeps rows that only mention signing or a signer (ลงนาม MOU, Signed the pact, …ให้ ผู้อนุมัติ) as the table\'s', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
    const text = [
      header,
      '1. มาตรการป้องกันผลประโยชน์ทับซ้อน\t1. ประกาศนโยบาย\t1. ประกาศนโยบายแล้ว\t-',
      '\t2. ส่งรายงานสรุปผลการรับของขวัญให้ ผู้อนุมัติ\t2. ส่งรายงานสรุปผลแล้ว\t',
      '\t\tลงนาม MOU กับสมาคมผู้ประกอบการแล้ว\t',
      '\t3. Sign the integrity pact\tSigned the integrity pact with all 12 contractors\t',
      '\t\tThe signed pacts are posted on the website\t',
      '2. มาตรการเปิดเผยข้อมูล\t1. เผยแพร่แผนจัดซื้อ\t1. เผยแพร่แล้ว\t-',
    ].join('\n');
    const table = parseReportText(text);
    expect(table.measures.map((m) => [m.title, m.steps.length])).toEqual([['มาตรการป้องกันผลประโยชน์ทับซ้อน', 3], ['มาตรการเปิดเผยข้อมูล', 1]]);
    // (Unnumbered result text after a page break finishes the item before it, as everywhere in report text.)
    expect(table.measures[0].results.map((r) => r.text).join(' ')).toMatch(/ลงนาม MOU.*Signed the integrity pact.*The signed pacts are posted/);
    expect(table.findings.filter((f) => f.code === 'TABLE_END' || f.code === 'NOTE_ROW')).toEqual([]);
  });

  it('keeps a row mentioning signing right under a signature line as the table\'s', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
    const table = parseReportText([
      header, '๑. มาตรการสร้างเครือข่าย\tประชุมภาคีเครือข่าย\tประชุมภาคีเครือข่ายแล้ว\t', 'ลงชื่อ ........ ผู้รายงาน',
      '\tลงนาม MOU กับภาคีเครือข่าย\tลงนาม MOU แล้ว ๕ แห่ง\t', '๒. มาตรการ No Gift\tประกาศนโยบาย\tประกาศแล้ว\t',
    ].join('\n'));
    expect(table.measures[0].steps.map((i) => i.text).join(' ')).toContain('ลงนาม MOU กับภาคีเครือข่าย');
    expect(table.measures).toHaveLength(2);
  });

  it('names a note row it skips in an info line', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ';
    const table = parseReportText([header, '1. ก\t1. ทำ\t1. ทำแล้ว\t', 'หมายเหตุ\tมาตรการที่ 2 ขอยกไปปีงบประมาณ 2568\t\t', '2. ข\t1. ทำ\t1. ทำแล้ว\t'].join('\n'));
    expect(table.measures).toHaveLength(2);
    expect(table.findings).toEqual([expect.objectContaining({
      code: 'NOTE_ROW', severity: 'info', line: 3,
      message: 'บรรทัดที่ 3 (“หมายเหตุ มาตรการที่ 2 ขอยกไปปีงบประมาณ 2568”) อ่านเป็นหมายเหตุ ไม่ใช่มาตรการหรือข้อของมาตรการ จึงไม่ได้ตรวจและไม่อยู่ในรายงาน',
    })]);
  });

  it('ends at a signature only when another table\'s header follows it; a signature at a page\'s foot with measures below it does not', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
    const list = parseReportText([header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', 'ลงชื่อ ผู้รายงาน', '(นายสมชาย ใจดี)', 'ลำดับ\tหลักฐาน', '1\thttps://example.go.th/a'].join('\n'));
    expect(list.measures).toHaveLength(1);
    expect(list.findings.map((f) => [f.code, f.line])).toEqual([['TABLE_END', 5]]);
    const foot = parseReportText([
      header, '๑. มาตรการ ก\t๑. ประชุม\t๑. ประชุมแล้ว\t', 'ลงชื่อ……ผู้รายงาน\tลงชื่อ……ผู้รับรอง', '(นายสมชาย ใจดี)\t(นางสมศรี ใจงาม)',
      header, '๒. มาตรการ ข\t๑. เผยแพร่\t\t', '๓. มาตรการ ค\t๑. จัดทำคู่มือ\t๑. จัดทำแล้ว\t',
    ].join('\n'));
    expect(foot.measures.map((m) => m.title)).toEqual(['มาตรการ ก', 'มาตรการ ข', 'มาตรการ ค']);
    expect(foot.measures[0].results.map((r) => r.text)).toEqual(['ประชุมแล้ว']);
    // An evidence line or a note between rows ends nothing, and a step opening with ลงชื่อ… stays a step.
    const between = parseReportText([
      header, 'มาตรการ ก\t- ประชุม\t- ประชุมแล้ว\t', 'หลักฐานการดำเนินงาน: https://www.x.go.th/ita/1', 'มาตรการ ข\t- เผยแพร่ข้อมูล\t\t',
      '\tลงชื่อรับรองทะเบียนทุกเดือนโดย ผู้ตรวจสอบ\t\t',
    ].join('\n'));
    expect(between.measures.map((m) => m.title)).toEqual(['มาตรการ ก', 'มาตรการ ข']);
    expect(between.measures[1].steps.map((i) => i.text).join(' ')).toContain('ลงชื่อรับรองทะเบียนทุกเดือน');
    // Two signers side by side, indented with tabs, and their names: the signature's, never the last measure's text.
    const signed = parseReportText([header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', '\t\tลงชื่อ ผู้รายงาน\tลงชื่อ ผู้รับรอง', '\t\t(นายสมชาย ใจดี)\t(นางสมศรี ใจงาม)'].join('\n'));
    expect(signed.measures[0].results.map((r) => r.text)).toEqual(['ทำแล้ว']);
    expect(signed.measures[0].suggestion).toBe('');
    expect(signed.findings).toEqual([]);
  });

  it('reads two signers side by side under the table as the signature, not rows after the table', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
    const table = parseReportText([header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t-', 'ลงชื่อ ผู้รายงาน', '(นายสมชาย ใจดี)\t(นางสมศรี ใจงาม)', 'ตำแหน่ง ปลัด\tตำแหน่ง นายก'].join('\n'));
    expect(table.measures).toHaveLength(1);
    expect(table.findings).toEqual([]);
  });

  it('goes on past page marks, blank lines and text followed by the repeated header; ends at a signature, keeping a list after it out', () => {
    const header = 'มาตรการ\tขั้นตอน\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ';
    const text = [
      header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', '', '- ๒ -', '', header, '๒. ข\t๑. ทำ\t๑. ทำแล้ว\t', 'หน้า 3/4',
      '๓. ค\t๑. ทำ\t๑. ทำแล้ว\t', 'รายงานผลการดำเนินงาน (ต่อ)', header, '๔. ง\t๑. ทำ\t๑. ทำแล้ว\t', '',
      'ลงชื่อ ผู้รายงาน', 'เอกสารแนบ', 'ลำดับ\tหลักฐาน', '1\thttps://example.go.th/a',
    ].join('\n');
    const table = parseReportText(text);
    expect(table.measures.map((m) => m.title)).toEqual(['ก', 'ข', 'ค', 'ง']);
    expect(table.findings.map((f) => [f.code, f.line])).toEqual([['TABLE_END', 16]]);
  });
  it('rejects empty text', () => {
    expect(() => parseReportText(' \n ')).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });
  it('reports a continuation row with no measure before it, with its line', () => {
    const text = 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา / ข้อเสนอแนะ\n\t๑. ก\t๑. ก\t\n';
    const table = parseReportText(text);
    expect(table.findings).toEqual([expect.objectContaining({ code: 'ORPHAN_CONTINUATION', severity: 'error', line: 2 })]);
  });
});

describe('columns the reader does not use', () => {
  it('carries a หมายเหตุ column under its own header, a row holding only a remark included', () => {
    const header = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หมายเหตุ'].join('\t');
    const table = parseReportText([
      header,
      ['๑. มาตรการ ก', '<p>๑. ทำ</p>', '<p>๑. ทำแล้ว</p>', '', 'งบกลาง'].join('\t'),
      ['', '', '', '', 'โอนจากกองคลัง'].join('\t'),
    ].join('\n'));
    expect(table.columns?.other).toEqual([{ header: 'หมายเหตุ', column: 4 }]);
    expect(table.measures[0].other).toEqual(['งบกลาง\nโอนจากกองคลัง']);
    const grid = tableToGrid(table);
    expect(grid[0]).toEqual(['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ', 'หมายเหตุ']);
    expect(grid[1][4]).toBe('งบกลาง\nโอนจากกองคลัง');
    expect(readGrid(grid).measures[0].other).toEqual(['งบกลาง\nโอนจากกองคลัง']);
  });
});


describe('a header over two lines in report text', () => {
  const header = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'].join('\t');

  it('reads a line of column numbers under the header, and its repeat at a page break, as the header', () => {
    const numbers = ['(๑)', '(๒)', '(๓)', '(๔)'].join('\t');
    const text = ['รายงาน', header, numbers, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t', '- ๒ -', header, numbers, '๒. ข\t๑. ทำ\t๑. ทำแล้ว\t'].join('\n');
    const table = parseReportText(text);
    expect(table.measures.map((m) => [m.title, m.refs.suggestion.line])).toEqual([['ก', 4], ['ข', 8]]);
    expect(table.findings).toEqual([]);
    const filled = fillReportText(text, table, planSuggestions(checkTable(table)));
    // Only the two measures' lines change; the numbers lines stay as they were.
    const changed = filled.text.split('\n').flatMap((line, i) => (line === text.split('\n')[i] ? [] : [i + 1]));
    expect(changed).toEqual([4, 8]);
  });

  it('fills the suggestions half of a problems / suggestions header split over two columns, and only when both halves are blank', () => {
    const text = [
      `${header}\t`, '\t\t\tปัญหา\tข้อเสนอแนะ',
      '๑. ก\t๑. ทำ\t๑. ทำแล้ว\tฝนตก\t', '๒. ข\t๑. ทำ\t๑. ทำแล้ว\t\t',
    ].join('\n');
    const table = parseReportText(text);
    expect(table.measures.map((m) => m.suggestion)).toEqual(['ปัญหา: ฝนตก', '']);
    const filled = fillReportText(text, table, planSuggestions(checkTable(table))).text.split('\n');
    expect(filled[2]).toBe('๑. ก\t๑. ทำ\t๑. ทำแล้ว\tฝนตก\t');
    expect(filled[3].split('\t')[3]).toBe('');
    expect(filled[3].split('\t')[4]).not.toBe('');
    // The sheet an import makes keeps the halves apart under their labels, a fill in the suggestions half, and reads back the same.
    const fills = planSuggestions(checkTable(table));
    const grid = tableToGrid(table, fills);
    expect(grid.map((row) => row.slice(3))).toEqual([['ปัญหา', 'ข้อเสนอแนะ'], ['ฝนตก', ''], ['', fills[0].text]]);
    expect(readGrid(tableToGrid(table)).measures.map((m) => m.suggestion)).toEqual(['ปัญหา: ฝนตก', '']);
    expect(planSuggestions(checkTable(readGrid(tableToGrid(table)))).map((f) => f.cell)).toEqual(['E3']);
  });

  it('joins a half of a split problems cell cut by a page break under one label, and skips a repeated sub-header missing a cell', () => {
    const text = [
      `${header}\t`, '\t\t\tปัญหา\tข้อเสนอแนะ',
      '๑. ก\t๑. ทำ\t๑. ทำแล้ว\tงบประมาณล่า\t', '- ๒ -', `${header}\t`, '\t\t\t\tข้อเสนอแนะ',
      '\t๒. ทำ\t๒. ทำแล้ว\tช้า\tควรจัดสรรก่อน',
    ].join('\n');
    const table = parseReportText(text);
    expect(table.measures.map((m) => m.suggestion)).toEqual(['ปัญหา: งบประมาณล่าช้า\nข้อเสนอแนะ: ควรจัดสรรก่อน']);
  });

  it('names a column that holds text under no header by its position and line', () => {
    const table = parseReportText([header, '๑. ก\t๑. ทำ\t๑. ทำแล้ว\t\tส่งหลักฐานแล้ว'].join('\n'));
    expect(table.findings).toEqual([expect.objectContaining({
      code: 'UNHEADED_COLUMN', severity: 'warning', line: 2,
      message: 'คอลัมน์ที่ 5 ไม่มีหัวตาราง: ข้อความในคอลัมน์นี้ (เริ่มที่บรรทัดที่ 2 คอลัมน์ที่ 5 “ส่งหลักฐานแล้ว”) ไม่ได้ตรวจและไม่อยู่ในรายงาน ใส่ชื่อคอลัมน์ในแถวหัวตาราง หรือย้ายข้อความไปไว้ในคอลัมน์ที่ควรอยู่',
    })]);
  });
});

describe('report text: a measure header over the number and title columns', () => {
  it('reads the titles as the measures', () => {
    const text = [
      'รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      'มาตรการ\t\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ',
      '๑\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\t๑. จัดทำประกาศ\t๑. จัดทำประกาศแล้ว\t-',
      '๒\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t๑. อบรมบุคลากร\t๑. อบรมบุคลากรแล้ว\t',
    ].join('\n');
    const table = parseReportText(text);
    expect(table.measures.map((m) => [m.number, m.title])).toEqual([[1, 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ'], [2, 'มาตรการป้องกันผลประโยชน์ทับซ้อน']]);
    expect(table.findings.filter((f) => f.code === 'UNHEADED_COLUMN')).toEqual([]);
  });
});
