/**
 * The fiscal year, agency and edition a report states about itself, read from real corpus reports:
 * a report text's title lines and the title rows above a sheet's header (the corpus files are
 * read, never changed).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { agencyOfLine, parseReportText, readGrid, readTitleFacts } from '../../src/core';
import { readCsvGrid } from '../../src/node/csv';

const CORPUS = path.join(__dirname, '..', 'corpus');
const textFacts = (id: string) => parseReportText(readFileSync(path.join(CORPUS, `${id}.txt`), 'utf8')).preamble;
const sheetFacts = async (id: string) => readGrid((await readCsvGrid(path.join(CORPUS, `${id}.csv`))).grid).preamble;

describe('title rows above a sheet\'s header', () => {
  it('give the year and the agency of a sub-district office\'s sheet (abt-khokmuang-2567)', async () => {
    const p = await sheetFacts('abt-khokmuang-2567');
    expect(p?.fiscalYear).toBe(2567);
    expect(p?.agency).toBe('องค์การบริหารส่วนตำบลโคกม่วง อำเภอกันทรวิชัย จังหวัดมหาสารคาม');
    expect(p?.introduction).toEqual([]);
  });

  it('read a six-month sheet as the six-month edition (aot-phuket-2568, onwr-nakhonsawan-2567)', async () => {
    const aot = await sheetFacts('aot-phuket-2568');
    expect(aot).toEqual(expect.objectContaining({ fiscalYear: 2568, edition: 'half-year', agency: 'ท่าอากาศยานภูเก็ต (ทภก.) บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)' }));
    // The agency opens the title row, before "– รายงานผล…"; the edition is on the next row (รอบ ๖ เดือน).
    const onwr = await sheetFacts('onwr-nakhonsawan-2567');
    expect(onwr).toEqual(expect.objectContaining({ fiscalYear: 2567, edition: 'half-year', agency: 'สำนักงานทรัพยากรน้ำแห่งชาติ ภาค ๔ (นครสวรรค์)' }));
  });

  it('leave what a sheet\'s title does not say unset (cdd-bansang-2567 names no agency)', async () => {
    const p = await sheetFacts('cdd-bansang-2567');
    expect(p?.fiscalYear).toBe(2567);
    expect(p?.agency).toBeUndefined();
  });

  it('are absent from a sheet whose header is its first row', () => {
    expect(readGrid([['มาตรการ', 'ขั้นตอน', 'ผลการดำเนินงาน'], ['1. ก', '1. ข', '1. ค']]).preamble).toBeUndefined();
  });
});

describe('a report text\'s title lines', () => {
  it('give the year in the title, not the previous year the introduction names (trd-surin-2568)', () => {
    const p = textFacts('trd-surin-2568');
    expect(p?.fiscalYear).toBe(2568);
    expect(p?.edition).toBe('half-year');
  });

  it('read a year written without ประจำ, or a bank\'s ปีบัญชี (exat-bangna-2568, baac-surin-2568)', () => {
    expect(textFacts('exat-bangna-2568')?.fiscalYear).toBe(2568);
    expect(textFacts('baac-surin-2568')?.fiscalYear).toBe(2568);
  });

  it('read รอบ 6 เดือน as the six-month edition and รอบ ๑๒ เดือน as the annual one', () => {
    expect(textFacts('admincourt-khonkaen-2568')?.edition).toBe('half-year');
    expect(textFacts('tat-trat-2568')?.edition).toBe('annual');
  });

  it('name the agency a title line names, not the introduction\'s run-on sentence', () => {
    // The introduction's name, cut before its run-on `ซึ่งรับผิดชอบจังหวัดอุดรธานี…`.
    expect(textFacts('bb-udonthani-2567')?.agency).toBe('สำนักงบประมาณเขต ๑๒ (สงป.เขต ๑๒)');
    expect(textFacts('tat-trat-2568')?.agency).toBe('การท่องเที่ยวแห่งประเทศไทย สำนักงานตราด (ททท.สำนักงานตราด)');
    // The introduction opens "ด้วยหอจดหมายเหตุ…ฯ สงขลา (หจช.สงขลา) ได้…"; the title line names it in full.
    expect(textFacts('archives-songkhla-2568')?.agency).toBe('หอจดหมายเหตุแห่งชาติเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว สงขลา');
    // Of a parent body's line and the office's, the one the introduction names.
    expect(textFacts('court-yasothon-2567')?.agency).toBe('สำนักงานประจำศาลจังหวัดยโสธร');
  });

  it('name the unit that reports, not the parent body a title line above it names (fmo, gpo, tint)', () => {
    expect(textFacts('fmo-songkhla-2567')?.agency).toMatch(/^สะพานปลาสงขลา/);
    expect(textFacts('gpo-saraburi-2567')?.agency).toMatch(/^โรงงานผลิตยาแก่งคอย/);
    expect(textFacts('tint-nakhonnayok-2568')?.agency).toMatch(/ศูนย์องครักษ์$/);
  });

  it('keep the sample\'s year and agency (เทศบาลตำบลสอง, พ.ศ.๒๕๖๕)', () => {
    const p = parseReportText(readFileSync(path.join(__dirname, '..', '..', 'samples', 'song-2565-report.txt'), 'utf8')).preamble;
    expect(p).toEqual(expect.objectContaining({ fiscalYear: 2565, agency: 'เทศบาลตำบลสอง' }));
  });
});

describe('readTitleFacts', () => {
  it('falls back to the introduction\'s latest year and its agency, and a period\'s October start', () => {
    expect(readTitleFacts(['รายงานผลการดำเนินการ'], ['ตามที่ สำนักงานเกษตรอำเภอสอง ได้วิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และกำหนดมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗']))
      .toEqual({ fiscalYear: 2567, agency: 'สำนักงานเกษตรอำเภอสอง' });
    expect(readTitleFacts(['รอบ ๖ เดือน (๑ ต.ค. ๖๗ – ๓๑ มี.ค. ๖๘)'])).toEqual({ fiscalYear: 2568, edition: 'half-year' });
  });

  it('does not take an edition from an introduction that names both', () => {
    expect(readTitleFacts([], ['ต่อจากรายงานรอบ ๖ เดือน บัดนี้ครบรอบ ๑๒ เดือน']).edition).toBeUndefined();
  });

  it('keeps the introduction\'s agency over title lines that only look like offices, and the report\'s own year over the assessment\'s', () => {
    const intro = ['ตามที่ สำนักงานสาธารณสุขจังหวัดน่าน ได้จัดทำมาตรการส่งเสริมคุณธรรม นั้น'];
    expect(readTitleFacts(['การขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'], intro))
      .toEqual({ fiscalYear: 2568, agency: 'สำนักงานสาธารณสุขจังหวัดน่าน' });
    expect(readTitleFacts(['รายงานผลการดำเนินการตามมาตรการ', 'ส่วนที่ ๒ ผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'], intro).agency).toBe('สำนักงานสาธารณสุขจังหวัดน่าน');
    expect(readTitleFacts(['มาตรการส่งเสริมคุณธรรม ตามผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'], intro).fiscalYear).toBe(2568);
    expect(readTitleFacts(['แผนปฏิบัติการ ปีงบประมาณ 2566-2568', 'ปีงบประมาณ พ.ศ. 2567']).fiscalYear).toBe(2567);
  });

  it('leaves the title\'s office when the introduction names another body or none, and skips the assessment\'s year', () => {
    const title = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'องค์การบริหารส่วนตำบลหนองไผ่ล้อม', 'ปีงบประมาณ พ.ศ. 2566 (ตามผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565)'];
    expect(readTitleFacts(title, ['ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมิน ITA องค์การบริหารส่วนตำบลหนองไผ่ล้อมจึงได้กำหนดมาตรการ']))
      .toEqual({ fiscalYear: 2566, agency: 'องค์การบริหารส่วนตำบลหนองไผ่ล้อม' });
    expect(readTitleFacts(title, ['ตามที่ได้มีการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2565 และได้กำหนดมาตรการ']).agency).toBe('องค์การบริหารส่วนตำบลหนองไผ่ล้อม');
    // The introduction's latest year, not its first (the assessment's), when the title states none.
    expect(readTitleFacts(['รายงานผล ประจำปี พ.ศ. 2566'], ['ตามที่ อบต.หนองไผ่ล้อม ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2565 และได้กำหนดมาตรการ ปีงบประมาณ พ.ศ. 2566']).fiscalYear).toBe(2566);
    expect(readTitleFacts(['ปีงบประมาณ พ.ศ. ๒๕๖๘ – ๖ เดือนแรก'])).toEqual({ fiscalYear: 2568, edition: 'half-year' });
  });

  it('reads the edition of a title block long enough to be taken for a paragraph, never of the introduction\'s sentences', () => {
    const block = 'กระทรวงเกษตรและสหกรณ์ กรมประมง สำนักงานประมงจังหวัดสงขลา ศูนย์วิจัยและพัฒนาประมงชายฝั่ง สถานแสดงพันธุ์สัตว์น้ำ แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๖ เดือน)';
    expect(block.length).toBeGreaterThan(200);
    const table = parseReportText([block, '', 'ตามที่ สถานแสดงพันธุ์สัตว์น้ำ ได้จัดทำมาตรการ บัดนี้ ครบรอบการรายงาน ๖ เดือน', '', 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ', '๑. มาตรการ ก\t๑. ทำ\t๑. ทำแล้ว\t-'].join('\n'));
    expect(table.preamble).toMatchObject({ fiscalYear: 2568, edition: 'half-year' });
  });

  it('reads real agencies\' titles as a careful reader would (a fifth review\'s cases)', () => {
    const title = (...lines: string[]) => ['แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ...lines];
    // The assessment's year written before the report's own, on one line or with the long official name.
    expect(readTitleFacts(['แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ตามผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567 ประจำปีงบประมาณ พ.ศ. 2568']).fiscalYear).toBe(2568);
    expect(readTitleFacts(title('ตามผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘')).fiscalYear).toBe(2568);
    // The NACC, or a province's office above a district's, opening the introduction: the title's office.
    expect(readTitleFacts(title('สำนักงานที่ดินจังหวัดขอนแก่น', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'), ['ตามที่ สำนักงาน ป.ป.ช. ได้ดำเนินการประเมิน']).agency).toBe('สำนักงานที่ดินจังหวัดขอนแก่น');
    expect(readTitleFacts(title('สำนักงานสาธารณสุขอำเภอชุมแพ'), ['ตามที่ สำนักงานสาธารณสุขจังหวัดขอนแก่น ได้กำหนดให้หน่วยงานในสังกัด']).agency).toBe('สำนักงานสาธารณสุขอำเภอชุมแพ');
    // No office in the title: an overseer is no agency (the notice then says none was found).
    expect(readTitleFacts(title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'), ['ด้วยสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้กำหนดให้หน่วยงานภาครัฐ']).agency).toBeUndefined();
    expect(readTitleFacts(title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'), ['ตามที่คณะรัฐมนตรีได้มีมติ']).agency).toBeUndefined();
    expect(readTitleFacts(title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'), ['ตามที่ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการป้องกันการทุจริต ได้กำหนดให้']).agency).toBeUndefined();
    // An office whose name holds such a word is still an office.
    expect(readTitleFacts(title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'), ['ตามที่ กองกฎหมายและระเบียบ สำนักงานปลัด ได้จัดทำมาตรการ']).agency).toBe('กองกฎหมายและระเบียบ สำนักงานปลัด');
    // An introduction not opening with ตามที่ that mentions the six-month round sent: still annual.
    expect(readTitleFacts(title('องค์การบริหารส่วนตำบลหนองบัว', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'), ['องค์การบริหารส่วนตำบลหนองบัว ได้จัดทำมาตรการ และได้รายงานผลการดำเนินการรอบ ๖ เดือนไปแล้ว บัดนี้ ครบรอบปีงบประมาณแล้ว จึงขอรายงานผลการดำเนินการตามที่ได้กำหนดไว้ ดังนี้']).edition).toBeUndefined();
    // An office line that runs on into a sentence: the office only.
    expect(agencyOfLine('โรงพยาบาลบ้านนาได้รายงานผลการดำเนินการรอบ ๖ เดือนแล้ว')).toBe('โรงพยาบาลบ้านนา');
  });

  it('reads a short paragraph that is a sentence as the introduction, not a title line', () => {
    const table = parseReportText([
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '',
      'โรงพยาบาลบ้านนาได้รายงานผลการดำเนินการรอบ ๖ เดือนแล้ว บัดนี้ครบรอบ ๑๒ เดือน จึงขอรายงานผล ดังนี้', '',
      'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ', '๑. มาตรการ ก\t๑. ทำ\t๑. ทำแล้ว\t-',
    ].join('\n'));
    expect(table.preamble?.introduction).toEqual(['โรงพยาบาลบ้านนาได้รายงานผลการดำเนินการรอบ ๖ เดือนแล้ว บัดนี้ครบรอบ ๑๒ เดือน จึงขอรายงานผล ดังนี้']);
    expect(table.preamble?.fiscalYear).toBe(2568);
    expect(table.preamble?.edition).toBeUndefined();
  });

  it('reads the year of a title block long enough to be read as a paragraph, not the introduction\'s next year', () => {
    const block = 'กระทรวงเกษตรและสหกรณ์ กรมประมง สำนักงานประมงจังหวัดสงขลา ศูนย์วิจัยและพัฒนาประมงชายฝั่ง สถานแสดงพันธุ์สัตว์น้ำ แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๑๒ เดือน)';
    const table = parseReportText([block, '', 'ตามที่ สถานแสดงพันธุ์สัตว์น้ำ ได้จัดทำมาตรการ และจะนำผลไปปรับปรุงมาตรการในปีงบประมาณ พ.ศ. ๒๕๖๙ ต่อไป', '', 'มาตรการ\tขั้นตอนหรือวิธีการปฏิบัติ\tผลการดำเนินงาน\tปัญหา/ข้อเสนอแนะ', '๑. มาตรการ ก\t๑. ทำ\t๑. ทำแล้ว\t-'].join('\n'));
    expect(table.preamble).toMatchObject({ fiscalYear: 2568, edition: 'annual' });
  });

  it('takes the edition from the title only: an introduction mentioning the six-month round sent earlier is no six-month report', () => {
    expect(readTitleFacts(['รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕'], ['ทั้งนี้ ได้รายงานผลการดำเนินงานรอบ ๖ เดือนไปแล้ว']))
      .toEqual({ fiscalYear: 2565 });
  });

  it('cuts an office\'s name at its year, edition or date, and never at a word holding รอบ', () => {
    expect(agencyOfLine('ศาลเยาวชนและครอบครัวจังหวัดเชียงราย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘')).toBe('ศาลเยาวชนและครอบครัวจังหวัดเชียงราย');
    expect(agencyOfLine('โรงพยาบาลกลาง สำนักการแพทย์ กรุงเทพมหานคร (ข้อมูล ณ วันที่ 30 กันยายน 2567)')).toBe('โรงพยาบาลกลาง สำนักการแพทย์ กรุงเทพมหานคร');
    expect(agencyOfLine('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')).toBeNull();
    expect(agencyOfLine('ศาลากลางจังหวัดหนองคาย (หลังเดิม) ถนนมีชัย')).toBeNull();
  });
});
