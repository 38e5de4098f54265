import {
  checkTable, compileCues, compileFolder, compileWordFinder, DEFAULT_LEXICON, hasIntlSegmenter, normaliseForMatch,
  readGrid, sharedWording, splitClauses, useIntlSegmenter, type Finding,
} from '../../src/core';
import { loadCorpus, type CorpusReport } from '../corpus/corpus';
import { sampleTable } from '../helpers/sample';

const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];
const grid = (steps: string, results: string) => readGrid([H, ['๑. มาตรการทดสอบ', steps, results, '']]);
const codesOf = (findings: Finding[]) => findings.map((f) => [f.code, f.item]);

describe('normalise', () => {
  it('spells dots, hyphens, digits and spaces one way, keeping the space between Latin words', () => {
    expect(normaliseForMatch('ป.ป.ช. ทุก ๓ เดือน ผ่าน LINE OA และ e-GP')).toBe('ปปชทุก3เดือนผ่านline oaและegp');
    expect(normaliseForMatch('กํากับ')).toBe(normaliseForMatch('กำกับ'));
  });

  it('treats every kind of space alike and lets dashes inside a run of spaces keep the run one', () => {
    // No-break, thin and ideographic spaces, tabs and line breaks are all `\s`; the run between two
    // Latin words stays one space even when a dash or zero-width space stands inside it.
    expect(normaliseForMatch('line\u00A0oa\tช่องทาง\u2009รับ\n\u3000เรื่อง')).toBe('line oaช่องทางรับเรื่อง');
    expect(normaliseForMatch('e - gp \u200B - ระบบ')).toBe('e gpระบบ');
    expect(normaliseForMatch(' ๑๒.๕ % ')).toBe('125%');
    expect(normaliseForMatch('\uFEFFITA')).toBe('ita');
  });
});

describe('lexicon folding', () => {
  const folder = compileFolder(DEFAULT_LEXICON);
  const token = (word: string) => folder.tokenOf(word);

  it('folds the verbs of one action class to one token', () => {
    for (const word of ['อัปโหลด', 'โพสต์', 'ติดป้าย', 'ประชาสัมพันธ์']) expect(token(word)).toBe(token('เผยแพร่'));
    for (const word of ['ออกคำสั่ง', 'มอบหมาย']) expect(token(word)).toBe(token('แต่งตั้ง'));
    expect(token('ปฐมนิเทศ')).toBe(token('อบรม'));
    expect(token('อบรม')).not.toBe(token('เผยแพร่'));
  });

  it('folds telling the complainant, workshops as training and OIT item codes into their classes', () => {
    expect(folder.key('แจ้งผู้ร้องทราบ').key).toContain(token('ตอบกลับ')!);
    expect(token('ประชุมเชิงปฏิบัติการ')).toBe(token('อบรม'));
    expect(token('o33')).toBe(token('OIT'));
  });

  it('folds concrete good deeds with the activity steps that ask for them in general terms', () => {
    for (const word of ['ทำบุญตักบาตร', 'ทำความสะอาดวัด', 'ปลูกป่า', 'บริจาคโลหิต']) expect(token(word)).toBe(token('กิจกรรมเสริมสร้างคุณธรรม'));
    expect(token('เสริมสร้างคุณธรรม')).toBe(token('จิตอาสา'));
    expect(token('ทำบุญ')).not.toBe(token('อบรม'));
  });

  it('folds the classes added for other agencies\' wording: periods written two ways, bookings, pool cars, e-bidding', () => {
    expect(folder.key('สัปดาห์ละ ๑ ครั้ง').key).toBe(folder.key('ทุกวันศุกร์').key);
    expect(folder.key('ปีละ 1 ครั้ง').key).toBe(folder.key('ประจำปี').key);
    expect(token('จอง')).toBe(token('ขออนุญาตใช้'));
    expect(token('รถส่วนกลาง')).toBe(token('รถราชการ'));
    expect(token('e-bidding')).toBe(token('ประกวดราคาอิเล็กทรอนิกส์'));
    expect(folder.key('ลงคลิปวิดีโอ').key).toContain(token('เผยแพร่'));
    expect(folder.key('ลงนามคำสั่ง').key).not.toContain(token('เผยแพร่'));
    expect(token('ส่งต่อ')).toBe(token('ส่งเรื่อง'));
    expect(token('กองที่รับผิดชอบ')).toBe(token('หน่วยงานที่เกี่ยวข้อง'));
    expect(token('สุ่มตรวจ')).toBe(token('ตรวจสอบ'));
    expect(token('ปีใหม่')).toBe(token('เทศกาล'));
  });

  it('folds electronic payment and the usual volunteer works into their classes', () => {
    for (const word of ['KTB Corporate Online', 'พร้อมเพย์', 'โอนเงินเข้าบัญชี']) expect(token(word)).toBe(token('ชำระเงินทางอิเล็กทรอนิกส์'));
    for (const word of ['ปลูกหญ้าแฝก', 'เก็บขยะ', 'ขุดลอกคูคลอง', 'ทำแนวกันไฟ', 'ทาสี', 'เก็บกวาด', 'ปล่อยปลา', 'ค่ายธรรมะ']) expect(token(word)).toBe(token('จิตอาสา'));
    expect(token('พร้อมเพย์')).not.toBe(token('จิตอาสา'));
  });

  it('counts a context-only variant only before its object: มีช่องทาง is providing one, มีคุณธรรม is not', () => {
    expect(folder.key('มีช่องทางร้องเรียน').key).toBe(folder.key('จัดให้มีช่องทางร้องเรียน').key);
    expect(folder.key('มีคุณธรรม').key).not.toContain(token('จัดให้มี'));
  });

  it('skips a causative opening for the opening-words bonus, but not a word that starts the same way', () => {
    expect(folder.key('ส่งเสริมให้พนักงานปฏิบัติตามแนวทาง').lead).toBe(0); // a filler: folded to nothing
    expect(folder.key('ให้เจ้าหน้าที่รับเรื่องร้องเรียน').lead).toBeGreaterThan(0);
    expect(folder.key('ให้ความรู้แก่พนักงาน').lead).toBe(0); // ให้ความรู้ is training, not a causative
  });

  it('leaves whom a step tells out of its wording, but not the complainant it answers or an audience that signs', () => {
    const step = (text: string) => folder.key(text, true).key;
    expect(step('ประชาสัมพันธ์นโยบายให้ผู้มาติดต่อและประชาชนทั่วไปทราบผ่านสื่อออนไลน์')).toBe(step('ประชาสัมพันธ์นโยบายผ่านสื่อออนไลน์'));
    expect(step('เวียนแจ้งประกาศให้บุคลากรทุกคนรับทราบ')).toBe(step('เวียนแจ้งประกาศ'));
    expect(step('แจ้งผลการพิจารณาให้ผู้ร้องเรียนทราบ')).toContain(token('ผู้ร้อง')!);
    expect(step('ให้บุคลากรลงนามรับทราบประมวลจริยธรรม')).toContain(token('รับทราบ')!);
    // A result names the audience it reached as it likes: only steps drop it.
    expect(folder.key('แจ้งให้ประชาชนทราบทางหอกระจายข่าว').key).toContain(token('ประชาชน')!);
  });

  it('folds a form\'s code as the phrase it stands for (สขร.๑: the monthly summary of procurement results)', () => {
    const key = folder.key('ลง สขร.๑ ครบทุกเดือน').key;
    for (const word of ['สรุปผล', 'จัดซื้อจัดจ้าง', 'รายเดือน']) expect(key).toContain(token(word)!);
    expect(folder.key('แบบ สขร.1').key).toBe(folder.key('แบบสรุปผลการจัดซื้อจัดจ้างรายเดือน').key);
  });

  it('adds the agency\'s own groups to the lexicon instead of replacing it', () => {
    const agency = compileFolder(DEFAULT_LEXICON, [['บันทึกข้อความ', 'หนังสือราชการ']]);
    expect(agency.tokenOf('บันทึกข้อความ')).toBe(agency.tokenOf('หนังสือราชการ'));
    expect(agency.tokenOf('อัปโหลด')).toBe(agency.tokenOf('เผยแพร่'));
  });
});

describe('evidence cues', () => {
  const cues = compileCues(DEFAULT_LEXICON);
  const statuses = (text: string) => cues.clauses(text).map((c) => c.evidence);

  it('reads each clause of an unnumbered paragraph apart', () => {
    const text = 'จัดอบรมเจ้าหน้าที่ครบทุกคน ส่วนการศึกษาดูงานยกเลิกเนื่องจากไม่ได้รับงบประมาณ';
    expect(splitClauses(text)).toEqual(['จัดอบรมเจ้าหน้าที่ครบทุกคน', 'ส่วนการศึกษาดูงานยกเลิกเนื่องจากไม่ได้รับงบประมาณ']);
    expect(statuses(text)).toEqual(['done', 'not_done']);
  });

  it('reads no wrongdoing found (ไม่มีการเรียกรับเงิน, ไม่มีการลัดคิว) as a finding, and no act done (ไม่มีการจัดประชุม) as not done', () => {
    expect(statuses('ตรวจสอบแล้วไม่มีการเรียกรับเงินจากผู้รับบริการ')).toEqual(['done']);
    expect(statuses('ให้บริการตามลำดับคำขอ ไม่มีการลัดคิว')).toEqual(['done']);
    expect(statuses('ชำระผ่าน QR Code ทั้งหมด ไม่มีการรับเงินสด')).toEqual(['done']);
    expect(statuses('ไตรมาสที่ ๔ ไม่มีการจัดประชุมคณะทำงาน')).toEqual(['not_done']);
  });

  it('keeps a status with the topic before it: การตรวจสอบพัสดุประจำปี รอคำสั่ง…', () => {
    expect(cues.clauses('การตรวจสอบพัสดุประจำปี รอคำสั่งแต่งตั้งกรรมการจาก สพป.')).toEqual([
      { text: 'การตรวจสอบพัสดุประจำปี รอคำสั่งแต่งตั้งกรรมการจาก สพป.', evidence: 'in_progress', cue: 'รอ', tally: false },
    ]);
  });

  it('tells a status about counted cases from a status of the step', () => {
    const [, , status] = cues.clauses('รับเรื่องร้องเรียน ๑๑ เรื่อง ดำเนินการแล้วเสร็จ ๙ เรื่อง อยู่ระหว่างดำเนินการ ๒ เรื่อง');
    expect(status).toMatchObject({ evidence: 'in_progress', tally: true });
  });

  it('knows words that hold a cue without being one', () => {
    expect(statuses('เลื่อนขั้นเงินเดือนตามผลการประเมิน')).toEqual(['done']);
    expect(statuses('ระบบจองรถราชการออนไลน์เปิดใช้งานแล้ว')).toEqual(['done']); // ราชการ|ออนไลน์ holds รอ
    expect(statuses('รณรงค์งดเหล้าเข้าพรรษา')).toEqual(['done']);
    expect(statuses('เลื่อนการประชุมไปปีงบประมาณหน้า')).toEqual(['not_done']);
    expect(statuses('อยู่ระหว่างรวบรวมข้อมูล')).toEqual(['in_progress']);
    expect(statuses('กรอกแบบฟอร์มออนไลน์ครบทุกคน')).toEqual(['done']);
    // A word ending in the letter before รอ does not hide the wait (บัณฑิต|รอผล).
    expect(statuses('แบบสำรวจความพึงพอใจผู้ใช้บัณฑิต รอผลตอบกลับจากโรงพยาบาล')).toContain('in_progress');
  });

  it('keeps a status with the topic an opener names: ส่วนเวที… งดจัดในปีนี้', () => {
    expect(statuses('อบรมหลักสูตรต้านทุจริตศึกษาครบทุกคนแล้ว ส่วนเวทีแลกเปลี่ยนเรียนรู้ระหว่าง รพ.สต. งดจัดในปีนี้ เนื่องจากภารกิจรณรงค์')).toEqual(['done', 'not_done']);
  });

  it('reads a periodic step done only in part as not done: ดำเนินการได้เพียงไตรมาสที่ ๑', () => {
    expect(cues.clauses('การตรวจสอบการเบิกจ่ายรายไตรมาส ดำเนินการได้เพียงไตรมาสที่ ๑')).toEqual([
      { text: 'การตรวจสอบการเบิกจ่ายรายไตรมาส ดำเนินการได้เพียงไตรมาสที่ ๑', evidence: 'not_done', cue: 'ดำเนินการได้เพียง', tally: false },
    ]);
  });

  it('tells a prohibition step, which a negated result reports', () => {
    expect(cues.isProhibition('ไม่เรียกเก็บเงินบริจาคที่เป็นเงื่อนไขในการรับนักเรียน')).toBe(true);
    expect(cues.isProhibition('ห้ามครูรับจ้างสอนพิเศษนักเรียนของตน')).toBe(true);
    expect(cues.isProhibition('จัดอบรมเจ้าหน้าที่')).toBe(false);
    // A quoted slogan names the sign; the step is making it, and a result saying it was not made is a gap.
    expect(cues.isProhibition('จัดทำป้ายประชาสัมพันธ์ “อบต.หนองไผ่ล้อมไม่รับสินบน” ติดตั้ง ณ จุดบริการ')).toBe(false);
    expect(cues.isProhibition('ห้ามเจ้าหน้าที่รับของขวัญตามประกาศ “No Gift Policy”')).toBe(true);
    // ไม่… inside a step names a thing (a form, a policy); only ห้าม forbids from anywhere.
    expect(cues.isProhibition('ให้กรรมการทุกคนลงนามแบบแสดงการไม่มีส่วนได้เสียก่อนประชุม')).toBe(false);
    expect(cues.isProhibition('ผู้บริหารประกาศนโยบายไม่รับของขวัญ')).toBe(false);
  });

  it('reads a wait right after a not-done clause as its reason: still not done', () => {
    expect(statuses('ยังไม่ได้จัดทำคู่มือการให้บริการ อยู่ระหว่างรอหลักเกณฑ์จากสำนักงานจังหวัด')).toEqual(['not_done']);
    expect(statuses('จัดทำคู่มือแล้ว อยู่ระหว่างรอหลักเกณฑ์จากสำนักงานจังหวัด')).toEqual(['done', 'in_progress']);
  });

  it('reads waits for any act or sender, and what will be done later, as under way', () => {
    expect(statuses('ส่วนรายงานรอบปีรอรวบรวมข้อมูลจากทุกกอง')).toEqual(['in_progress']);
    expect(statuses('ตู้รับเรื่องชำรุด รอช่างซ่อม')).toContain('in_progress');
    expect(statuses('ตรวจแล้ว ๕ แห่ง อีก ๓ แห่งจะตรวจในเดือนกันยายน')).toContain('in_progress');
    // จะ of purpose or obligation says nothing about later.
    expect(statuses('ชี้แจงเจ้าหน้าที่ทุกคนที่จะต้องปฏิบัติตามแนวทาง')).toEqual(['done']);
  });

  it('reads รอ as a wait only as a word of its own, and a not-done consequence of a wait as not done', () => {
    expect(statuses('ร่างคู่มือเสร็จแล้ว รอปลัดตรวจทานก่อนเผยแพร่')).toEqual(['done', 'in_progress']);
    expect(statuses('คู่มือฉบับปรับปรุงยังเป็นร่าง ขณะนี้รอเข้าที่ประชุมผู้บริหาร')).toContain('in_progress');
    // A word ending in ร before one starting with อ: no wait.
    expect(statuses('ประสานสำนักงานเกษตรอำเภอครบทุกอำเภอ')).toEqual(['done']);
    expect(statuses('เปิดรับสมัคร อส.ตร. ได้ ๒๐ คน')).toEqual(['done']);
    expect(statuses('การรับสมัคร อส.ตร. ไม่สามารถเปิดรับได้ เนื่องจากไม่ได้รับงบประมาณ')).toEqual(['not_done']);
    expect(cues.clauses('ผลสำรวจได้คะแนนร้อยละ ๙๐ ขณะนี้รอรูปเล่มรายงาน จึงยังไม่ได้ประกาศผล').pop()).toMatchObject({ evidence: 'not_done', cue: 'ยังไม่ได้' });
    expect(statuses('ยังมิได้จัดทำรายงานไตรมาสที่ ๓')).toEqual(['not_done']);
    expect(statuses('มอบหมาย รองคณบดีฝ่ายบริหาร พิจารณาเรื่องร้องเรียน')).toEqual(['done']);
    // A draft finished is not the thing finished: the wait after it is the draft's own status.
    expect(cues.clauses('ยกร่างคู่มือเสร็จแล้ว รอเสนอผู้บริหาร')).toEqual([
      expect.objectContaining({ text: 'ยกร่างคู่มือเสร็จแล้ว รอเสนอผู้บริหาร', evidence: 'in_progress' }),
    ]);
    expect(cues.clauses('จัดทำคู่มือเสร็จแล้ว รอเสนอผู้บริหาร')[0]).toMatchObject({ evidence: 'done', finished: true });
  });

  it('gives a status naming nothing of its own to the statement before it, and the rest of a finished period a clause of its own', () => {
    expect(statuses('การสรรหาลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถ งดดำเนินการในปีนี้ เนื่องจากไม่มีกรอบอัตรากำลัง')).toEqual(['not_done']);
    // A status with a subject of its own stays apart.
    expect(statuses('ออกหน่วยรับชำระภาษีครบทุกหมู่บ้าน ส่วนการเปิดบริการวันเสาร์งดไป')).toEqual(['done', 'not_done']);
    expect(statuses('นำสรุปผลขึ้นเว็บไซต์แล้วตั้งแต่เดือนตุลาคมถึงสิงหาคม เดือนกันยายนกำลังรวบรวม')).toEqual(['done', 'in_progress']);
  });

  it('does not give a step the status of counted cases its result mentions', () => {
    const r = checkTable(grid('๑. เปิดช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์\n๒. ลงทะเบียนรับเรื่องและแจ้งผลการดำเนินการให้ผู้ร้องทราบ',
      '๑. เปิดช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์แล้ว\n๒. ลงทะเบียนรับเรื่อง ๕ เรื่อง แล้วเสร็จ ๓ เรื่อง อยู่ระหว่างดำเนินการ ๒ เรื่อง ทุกเรื่องมีหนังสือแจ้งผลให้ผู้ร้องภายในกำหนด'));
    expect(codesOf(r.findings)).toEqual([]);
  });

  it('reads ชะลอ and ยุติ as not done only as acts on the step, not a check dam or a closed case', () => {
    expect(statuses('บุคลากรร่วมปลูกต้นไม้และทำฝายชะลอน้ำในป่าชุมชน')).toEqual(['done']);
    expect(statuses('ตอบกลับผู้ร้องทุกเรื่อง ยุติแล้ว ๑๖ เรื่อง')).not.toContain('not_done');
    expect(statuses('ชะลอการจัดซื้อไว้ก่อนเนื่องจากงบประมาณล่าช้า')).toEqual(['not_done']);
  });

  it('reads "there was no X" as the step not done only when X is the step\'s act', () => {
    const fee = checkTable(grid('๑. ออกใบเสร็จรับเงินทุกครั้งที่เก็บค่าธรรมเนียม\n๒. จัดประชุมประชาคมหมู่บ้าน',
      '๑. ออกใบเสร็จรับเงินทุกรายการที่เก็บค่าธรรมเนียม ไม่มีการเรียกเก็บเงินเกินอัตรา\n๒. ไม่มีการจัดประชุมประชาคมในปีนี้'));
    expect(codesOf(fee.findings)).toEqual([['UNMATCHED_STEP', 2]]);
    expect(fee.checks[0].matches[0]).toMatchObject({ evidence: 'done', strength: 'strong' });
  });

  it('keeps a count with its unit, and reads the rest of a count with its status as the step\'s', () => {
    const [done, rest] = cues.clauses('ตรวจสอบภายในแล้ว ๖ โรงเรียน อีก ๔ โรงเรียนจะตรวจในเดือนกันยายน');
    expect(done).toMatchObject({ text: 'ตรวจสอบภายในแล้ว ๖ โรงเรียน', evidence: 'done' });
    expect(rest).toMatchObject({ evidence: 'in_progress', tally: false, remainderOf: 'ตรวจสอบภายในแล้ว ๖ โรงเรียน' });
    // Counted cases under way are no rest of the step.
    expect(cues.clauses('รับเรื่องร้องเรียน ๑๑ เรื่อง อยู่ระหว่างดำเนินการ ๒ เรื่อง').pop()).toMatchObject({ tally: true });
  });

  it('reads a verb between the two parts of a cue: ยัง…ไม่เสร็จ is under way, ยัง…ไม่ได้ is not done', () => {
    expect(statuses('คู่มือฯ ยังปรับแก้ไม่เสร็จ แก้ไปแล้ว ๒ บท')).toEqual(['in_progress', 'done']);
    expect(statuses('ผู้เข้าอบรมผ่านแล้ว ๑๓ คน ที่เหลือยังเรียนไม่จบ')).toEqual(['done', 'in_progress']);
    expect(statuses('การซื้อชุดตรวจคุณภาพน้ำมันยังดำเนินการไม่ได้ เพราะไม่ได้รับจัดสรรงบประมาณ')).toEqual(['not_done']);
    // The gap is a verb, not the next statement.
    expect(statuses('ยังคงเปิดให้บริการทุกวันตลอดทั้งปีงบประมาณ')).toEqual(['done']);
  });

  it('reads amounts owed and what someone pledged as no status', () => {
    expect(statuses('ส่ง SMS แจ้งยอดคงค้างให้ผู้เช่าทุกวันที่ ๕ ของเดือน')).toEqual(['done']);
    expect(statuses('บุคลากรกล่าวคำปฏิญาณตนว่าจะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต')).toEqual(['done']);
  });

  it('keeps the rest of counted cases with the cases, and opens a statement at และ after a count', () => {
    expect(cues.clauses('ตอบกลับผู้ร้องแล้ว ๒ เรื่อง อีก ๑ เรื่องอยู่ระหว่างสอบข้อเท็จจริง').pop()).toMatchObject({ evidence: 'in_progress', tally: true });
    expect(cues.clauses('ยุติแล้ว ๔ เรื่อง อยู่ระหว่างการพิจารณาของเจ้าคณะจังหวัด ๒ เรื่อง และมีหนังสือตอบผู้ร้องทุกรายภายในกำหนด').map((c) => [c.evidence, c.tally ?? false]))
      .toEqual([['done', false], ['in_progress', true], ['done', false]]);
  });

  it('reads a wait for an official as a wait, and a count far from the cue as another statement\'s', () => {
    expect(statuses('ส่วนเรื่องถอนชื่อออกจากทะเบียนสหกรณ์ ยังรอนายทะเบียนสหกรณ์พิจารณา')).toEqual(['in_progress']);
    const [status] = cues.clauses('ฉบับของสำนักงานยังปรับแก้ไม่เสร็จ ระหว่างนี้แก้ตามข้อสังเกตของศูนย์ปฏิบัติการต่อต้านการทุจริตไปแล้วบางส่วน ปีนี้มีเจ้าหน้าที่ ๑ รายแจ้งขอถอนตัว');
    expect(status).toMatchObject({ evidence: 'in_progress', tally: false });
    expect(cues.clauses('อยู่ระหว่างประสานองค์กรปกครองส่วนท้องถิ่น ๓ เรื่อง')[0]).toMatchObject({ tally: true });
  });

  it('finds a cue that starts inside an exception word and runs on past it (โครงการอยู่ระหว่าง… holds รอย)', () => {
    expect(cues.clauses('นำเข้าข้อมูลบนแพลตฟอร์มแล้ว ๘ โครงการ ส่วนอีก ๓ โครงการอยู่ระหว่างบันทึกข้อมูล').pop()).toMatchObject({ evidence: 'in_progress', cue: 'อยู่ระหว่าง' });
    // …but not one wholly inside it.
    expect(statuses('ส่ง SMS แจ้งยอดคงค้างให้ผู้เช่า')).toEqual(['done']);
  });

  it('reads สำหรับ… and ส่วนของ… like ส่วน… before the rest of a period', () => {
    expect(cues.clauses('สรุปยอดการเผยแพร่ไตรมาส 1–3 เสนอผู้บริหารแล้ว สำหรับไตรมาส 4 อยู่ระหว่างรวบรวมสถิติ').pop())
      .toMatchObject({ evidence: 'in_progress', remainderOf: 'สรุปยอดการเผยแพร่ไตรมาส 1–3 เสนอผู้บริหารแล้ว', part: 'ไตรมาส' });
    expect(cues.clauses('ลงสรุปผลการจัดซื้อจัดจ้างประจำเดือนบนเว็บไซต์แล้ว ส่วนของเดือน ก.ย. ๖๗ กำลังจัดทำ').pop())
      .toMatchObject({ evidence: 'in_progress', part: 'เดือน' });
    // A month, written out or abbreviated, is the rest of the monthly (the step naming เดือน).
    expect(cues.clauses('รายงานสรุปผล ต.ค. ๖๖ - มิ.ย. ๖๗ ขึ้นเว็บไซต์แล้ว ส่วน ก.ค. - ก.ย. ๖๗ อยู่ระหว่างจัดทำ').pop())
      .toMatchObject({ evidence: 'in_progress', part: 'เดือน' });
  });

  it('gives a part named on its own the status that follows it (ส่วนเดือนสิงหาคม–กันยายน | งานพัสดุอยู่ระหว่างรวบรวม)', () => {
    expect(cues.clauses('สรุปผลจัดซื้อจัดจ้าง (สขร.1) ขึ้นเว็บไซต์แล้วถึงเดือนกรกฎาคม 2567 ส่วนเดือนสิงหาคม–กันยายน งานพัสดุอยู่ระหว่างรวบรวมเอกสาร').pop())
      .toMatchObject({ text: 'ส่วนเดือนสิงหาคม–กันยายน งานพัสดุอยู่ระหว่างรวบรวมเอกสาร', evidence: 'in_progress', part: 'เดือน' });
  });

  it('reads the rest of a count as the rest of the count just before it, and รอ standing alone before a word as a wait', () => {
    expect(cues.clauses('ผจก.สาขาชี้แจงเรื่องผลประโยชน์ทับซ้อนในการประชุมประจำเดือน แบบเปิดเผยความสัมพันธ์ได้รับคืนแล้ว ๑๘ ราย จาก ๒๓ ราย ที่เหลือกำลังติดตาม').pop())
      .toMatchObject({ evidence: 'in_progress', remainderOf: 'แบบเปิดเผยความสัมพันธ์ได้รับคืนแล้ว ๑๘ ราย จาก ๒๓ ราย' });
    expect(statuses('คณะกรรมการสอบหาข้อเท็จจริงเสร็จแล้ว รอ สศก. อนุมัติให้จำหน่าย')).toContain('in_progress');
    // A count naming no topic of its own is the count of the act just before it.
    expect(cues.clauses('ครูเรียนหลักสูตร ACT Academy ผ่านแล้ว ๔๒ คน จาก ๖๐ คน ที่เหลือกำลังเรียน').pop())
      .toMatchObject({ evidence: 'in_progress', remainderOf: 'ครูเรียนหลักสูตร ACT Academy ผ่านแล้ว ๔๒ คน จาก ๖๐ คน' });
  });

  it('reads the rest of an unfinished count (… ๒๑ คน จาก ๒๗ คน ที่เหลือ…) and what goes on bit by bit (ทยอย…อยู่) as under way', () => {
    expect(cues.clauses('ได้รับตอบกลับ ๒๑ คน จาก ๒๗ คน ที่เหลือกำลังติดตามให้ครบ').pop())
      .toMatchObject({ text: 'ที่เหลือกำลังติดตามให้ครบ', evidence: 'in_progress', tally: false });
    expect(statuses('ลงรายการในระบบ Koha แล้ว ๙๐๐ เล่ม ที่เหลือทยอยลงรายการอยู่')).toEqual(['done', 'in_progress']);
  });

  it('reads งด in a request (ขอความร่วมมือให้… งดมอบ…) as what was asked, not a step dropped', () => {
    expect(statuses('โพสต์ภาพประกาศพร้อมข้อความขอความร่วมมือให้ผู้ประกอบการงดมอบกระเช้าของขวัญช่วงปีใหม่ลงเพจ Facebook')).toEqual(['done']);
    expect(statuses('การประกวดคลิปรณรงค์ต่อต้านการทุจริต งดจัดในปีนี้ เนื่องจากตรงกับการแข่งขันทักษะ')).toEqual(['not_done']);
  });

  it('reads กำลัง as a noun (force, strength) as no status', () => {
    expect(statuses('ฝ่ายกำลังพลทบทวนและปรับปรุงคู่มือป้องกันผลประโยชน์ทับซ้อนฉบับปี ๒๕๖๗ เรียบร้อย')).toEqual(['done']);
    expect(statuses('ฝ่ายส่งกำลังบำรุงสุ่มตรวจสมุดบันทึกการใช้รถราชการ ๔ ครั้ง')).toEqual(['done']);
    expect(statuses('การสับเปลี่ยนหมุนเวียนยังไม่ได้ดำเนินการเพราะอัตรากำลังไม่เพียงพอ')).toEqual(['not_done']);
    expect(statuses('ฝ่ายพัสดุกำลังจัดทำทะเบียนคุม')).toEqual(['in_progress']);
  });

  it('keeps a period\'s unit with its number and reads the rest of a period a few chunks ahead (…เรียบร้อย รอบ ๑๒ เดือนอยู่ระหว่างจัดทำ)', () => {
    expect(cues.clauses('ติดตามรอบ ๖ เดือนเรียบร้อย รอบ ๑๒ เดือนอยู่ระหว่างจัดทำ').pop())
      .toMatchObject({ text: 'รอบ ๑๒ เดือนอยู่ระหว่างจัดทำ', evidence: 'in_progress', remainderOf: 'ติดตามรอบ ๖ เดือนเรียบร้อย', part: 'รอบ' });
  });

  it('reads จะ in a condition as a rule, not work still to do', () => {
    expect(statuses('ข่าวแจกทุกชิ้นต้องยืนยันข้อมูลกับหน่วยงานต้นเรื่อง หากเป็นข้อมูลบิดเบือนจะส่งศูนย์ต่อต้านข่าวปลอมพิจารณา')).toEqual(['done', 'done']);
    expect(statuses('อีก ๔ แห่งจะตรวจในเดือนสิงหาคม')).toEqual(['in_progress']);
  });

  it('gives a status with no subject of its own the statement it continues: back to its topic, or with the fragment before it', () => {
    const [, , status] = cues.clauses('การเข้าตรวจสอบภายในของกลุ่มตรวจสอบภายใน กรมสุขภาพจิต เลื่อนไปเป็นไตรมาสแรกของปีงบประมาณ ๒๕๖๙');
    expect(status).toMatchObject({ evidence: 'not_done', continues: 'การเข้าตรวจสอบภายในของกลุ่มตรวจสอบภายใน กรมสุขภาพจิต' });
    const [, , , wait] = cues.clauses('ออกคำสั่งจัดเวรหมุนเวียนทุก ๑๔ วัน ส่วนการสุ่มจับฉลากจัดคนเข้าช่องตรวจ ทดลองใช้ในผลัดเช้าแล้ว ยังอยู่ระหว่างขยายไปผลัดบ่าย');
    expect(wait).toMatchObject({ evidence: 'in_progress', continues: 'ส่วนการสุ่มจับฉลากจัดคนเข้าช่องตรวจ ทดลองใช้ในผลัดเช้าแล้ว' });
    expect(cues.clauses('การบรรยายที่กำหนดไว้เดือนมิถุนายน ต้องเลื่อนไปปีงบประมาณ ๒๕๖๘ เพราะวิทยากรติดภารกิจ').pop()).toHaveProperty('continues');
  });

  it('keeps a status with a named project or activity before it: โครงการ… เลื่อน…', () => {
    expect(statuses('โครงการเชิดชูข้าราชการดีเด่น เลื่อนการมอบรางวัลไปปีหน้า')).toEqual(['not_done']);
    // A form is a topic too (แบบ…): its status stays with it.
    expect(cues.clauses('แบบรายงานการมีส่วนได้เสียประจำปี ยังไม่ได้แจกให้เจ้าหน้าที่ เพราะรอแบบฟอร์มจากส่วนกลาง')).toEqual([
      expect.objectContaining({ evidence: 'not_done', text: expect.stringMatching(/^แบบรายงาน/) }),
    ]);
  });

  it('reads an aside opening with ส่วน in brackets as a clause of its own, and a promotion (เลื่อนวิทยฐานะ) as no postponement', () => {
    expect(cues.clauses('ตรวจนับครุภัณฑ์ปี ๒๕๖๗ เสร็จและรายงานผู้อำนวยการแล้ว (ส่วนการตรวจรับเสาอากาศต้นใหม่ยังไม่ได้ทำ เนื่องจากผู้รับจ้างติดตั้งไม่เสร็จ)')[0])
      .toMatchObject({ evidence: 'done', text: 'ตรวจนับครุภัณฑ์ปี ๒๕๖๗ เสร็จและรายงานผู้อำนวยการแล้ว' });
    expect(statuses('มีครูยื่นคำขอเลื่อนเป็นวิทยฐานะชำนาญการพิเศษ ๓ ราย')).toEqual(['done']);
    expect(statuses('กำลังพลได้รับการเลื่อนยศ ๑๒ นาย')).toEqual(['done']);
    expect(statuses('การอบรมเลื่อนไปเดือนหน้า')).toEqual(['not_done']);
  });

  it('reads a wait that spells an exception and goes on past it (รอบริษัท, รองบประมาณ, รอยืนยัน, รอดำเนินการ) as a wait', () => {
    expect(statuses('เอกสารทั้งหมดรอดำเนินการ')).toEqual(['in_progress']);
    expect(statuses('ใบสมัครรอยืนยันจากส่วนกลาง')).toEqual(['in_progress']);
    expect(statuses('ติดตั้งแล้ว ๖ จุด ที่เหลือรอบริษัทคู่สัญญาส่งมอบ')).toContain('in_progress');
    expect(statuses('ขณะนี้รองบประมาณปี ๒๕๖๙')).toEqual(['in_progress']);
    expect(statuses('ผลการเฝ้าระวังรอเข้าวาระการประชุมครั้งหน้า')).toEqual(['in_progress']);
    // The exceptions themselves stay no status.
    expect(statuses('ผู้ปกครองบางรายมาร่วมประชุมด้วย')).toEqual(['done']);
    expect(statuses('ประชุมรอบที่ ๒ แล้ว')).toEqual(['done']);
    expect(statuses('รองผู้อำนวยการลงนามแล้ว')).toEqual(['done']);
    expect(statuses('ได้รับเงินทดรองราชการครบ')).toEqual(['done']);
    // Still collecting is under way; a channel still open is done.
    expect(statuses('แบบสอบถามยังเปิดเก็บข้อมูลอยู่ ได้ ๒๑๘ ชุด')).toContain('in_progress');
    expect(statuses('ช่องทางไลน์ยังเปิดให้บริการอยู่ตลอดปี')).toEqual(['done']);
    expect(statuses('ในปีนี้งดเชิญผู้แทนชุมชนร่วมสังเกตการณ์')).toEqual(['not_done']);
  });

  it('reads รอ glued to the word before it as a wait when a space follows, and keeps what is awaited with it', () => {
    expect(cues.clauses('คู่มือฉบับแก้ไขรอ ผอ.กอง ลงนามก่อนเผยแพร่')[0]).toMatchObject({ evidence: 'in_progress', cue: 'รอ', text: 'คู่มือฉบับแก้ไขรอ ผอ.กอง' });
    expect(statuses('ร่างประกาศรอ นายอำเภอ พิจารณา')).toContain('in_progress');
    // After a space any word may be awaited, one opening with อ too.
    expect(statuses('ส่งมอบแล้ว ๑๕ แห่ง อีก ๗ แห่งรอ อบต. มีหนังสือตอบรับ')).toContain('in_progress');
    // Glued without a space it is still the end of another word (ตร|อำเภอ), and a word like กรอง is no wait.
    expect(statuses('ประสานสำนักงานเกษตรอำเภอครบทุกอำเภอ')).toEqual(['done']);
    expect(statuses('คัดกรองผู้รับบริการ ๓๒๐ ราย')).toEqual(['done']);
  });

  it('reads the rest of a period after a range of months done (…ถึง มิ.ย. ๖๗ | เดือน ก.ค.–ก.ย. ๖๗ กำลังรวบรวม), and a month after a day as a date', () => {
    const [done, rest] = cues.clauses('สขร.๑ ขึ้นเว็บไซต์ครบตั้งแต่ ต.ค. ๖๖ ถึง มิ.ย. ๖๗ เดือน ก.ค. – ก.ย. ๖๗ กำลังรวบรวมข้อมูลจากงานพัสดุ');
    expect(done).toMatchObject({ evidence: 'done', text: 'สขร.๑ ขึ้นเว็บไซต์ครบตั้งแต่ ต.ค. ๖๖ ถึง มิ.ย. ๖๗' });
    expect(rest).toMatchObject({ evidence: 'in_progress', part: 'เดือน' });
    // Done up to a month (ทำถึงเดือน…) is done: the months after it are the rest.
    expect(cues.clauses('ส่วนรายงานสถิติประจำเดือน จัดทำถึงเดือน ม.ค. ๖๘ เดือน ก.พ.–มี.ค. ๖๘ กำลังรวบรวม').pop()).toMatchObject({ evidence: 'in_progress', part: 'เดือน' });
    // ๑๐ เม.ย. ๖๘ is a date, not the rest of a period.
    expect(cues.clauses('ส่งรายงานรอบ ๖ เดือนแล้วเมื่อ ๑๐ เม.ย. ๖๘ รายงานรอบ ๑๒ เดือนจะจัดทำหลังสิ้นปีงบประมาณ')[0].text).toContain('เม.ย. ๖๘');
  });

  it('reads the rest of a count still at it (อีก ๓ คนยังเรียนอยู่) and a status after a part of a whole (๓๑๒ จาก ๑,๐๕๐ คน | …กำลังติดตามให้ครบ) as the rest', () => {
    expect(cues.clauses('เรียนจบหลักสูตรออนไลน์แล้ว ๑๔ คน อีก ๓ คนยังเรียนอยู่').pop()).toMatchObject({ evidence: 'in_progress', part: 'อีก' });
    expect(cues.clauses('ปิดข้อบกพร่องแล้ว ๔๑ รายการ ที่เหลือ ๑๖ รายการผู้ดำเนินการยังแก้ไขอยู่').pop()).toMatchObject({ evidence: 'in_progress', part: 'ที่เหลือ' });
    expect(cues.clauses('บุคลากรเรียนผ่านแพลตฟอร์มออนไลน์แล้ว ๓๑๒ จาก ๑,๐๕๐ คน ฝ่ายบุคคลกำลังติดตามให้ครบ').pop())
      .toMatchObject({ evidence: 'in_progress', remainderOf: 'บุคลากรเรียนผ่านแพลตฟอร์มออนไลน์แล้ว ๓๑๒ จาก ๑,๐๕๐ คน' });
    // ยัง before a state, not a work going on, is no status; ยัง…ไม่ได้ stays not done.
    expect(statuses('ตู้รับเรื่องยังใช้งานได้ดีตลอดปี')).toEqual(['done']);
    expect(statuses('การซ่อมอาคารยังทำไม่ได้เนื่องจากไม่มีงบประมาณ')).toEqual(['not_done']);
  });

  it('reads สำหรับ after a nominal topic as "for", not "as for": การอบรม… สำหรับควาญช้าง ยกเลิก is one clause', () => {
    expect(cues.clauses('การอบรมหลักสูตรสวัสดิภาพสัตว์ สำหรับควาญช้างและเจ้าหน้าที่ ยกเลิก เนื่องจากวิทยากรติดภารกิจ')).toEqual([
      expect.objectContaining({ evidence: 'not_done', text: expect.stringMatching(/^การอบรม/) }),
    ]);
    // After a statement said done, สำหรับ still opens the rest (สำหรับไตรมาส ๒…).
    expect(cues.clauses('ตรวจไตรมาส ๑ เสร็จแล้ว สำหรับไตรมาส ๒ กำลังตรวจเอกสาร').pop()).toMatchObject({ evidence: 'in_progress', part: 'ไตรมาส' });
  });

  it('reads a quarter written Q2 as a part of the quarterly (ส่วน Q2 กำลังรวบรวม)', () => {
    expect(cues.clauses('สรุปสถิติคำขอ Q1/2568 รวม ๕๗ คำขอ นำเรียนผู้อำนวยการแล้ว ส่วน Q2 กำลังรวบรวมข้อมูลจากระบบ').pop())
      .toMatchObject({ evidence: 'in_progress', part: 'ไตรมาส' });
  });

  it('gives a negation after a fragment naming the thing (รายงาน สขร.๑ ยังไม่ได้…) that fragment as what it continues', () => {
    expect(cues.clauses('รายงาน สขร.๑ ยังไม่ได้นำขึ้นเว็บไซต์ เนื่องจากเจ้าหน้าที่ลาคลอด').pop())
      .toMatchObject({ evidence: 'not_done', continues: 'รายงาน สขร.๑' });
    // After a whole statement the negation names its own act, not that statement's.
    expect(cues.clauses('สำรวจความพึงพอใจผู้รับบริการได้ร้อยละ ๙๑ ยังไม่ได้นำผลมาวิเคราะห์').pop()).not.toHaveProperty('continues');
  });
  it('reads a completion expected later (คาดว่าแล้วเสร็จ…) as nothing finished yet', () => {
    const [waiting, expected] = cues.clauses('คู่มือจริยธรรมอยู่ระหว่างยกร่าง คาดว่าแล้วเสร็จเดือนมีนาคม');
    expect(waiting).toMatchObject({ evidence: 'in_progress', cue: 'อยู่ระหว่าง' });
    expect(expected).toMatchObject({ evidence: 'done', finished: false });
    expect(cues.clauses('ตรวจรับงานแล้วเสร็จ ส่วนการเบิกจ่ายอยู่ระหว่างดำเนินการ')[0]).toMatchObject({ evidence: 'done', finished: true });
  });

  it('reads a count in brackets after a status (ประชุมแล้ว ๓ ครั้ง) as progress told in passing, not counted cases', () => {
    expect(cues.clauses('ร่างระเบียบใหม่ อยู่ระหว่างหารือกับสหภาพแรงงาน (ประชุมแล้ว ๓ ครั้ง)')[1]).toMatchObject({ evidence: 'in_progress', tally: false });
    expect(cues.clauses('รับเรื่องร้องเรียน ๕ เรื่อง อยู่ระหว่างดำเนินการ ๓ เรื่อง').find((c) => c.evidence === 'in_progress')).toMatchObject({ tally: true });
  });

  it('reads รอ right after a count\'s unit as a wait (อีก ๖ คันรอ…), and รอ before บรรจุ as a wait, not รอบ', () => {
    expect(statuses('ติดตั้ง GPS แล้ว ๘ คัน อีก ๖ คันรอตั้งงบประมาณปีหน้า')).toContain('in_progress');
    expect(cues.clauses('รายงานไตรมาส ๑ เสนอที่ประชุมแล้ว ส่วนไตรมาส ๒ รอบรรจุวาระการประชุมเดือนหน้า').find((c) => c.evidence === 'in_progress')).toMatchObject({ cue: 'รอ' });
    expect(statuses('ประชุมรอบที่ ๒ จัดแล้ว')).toEqual(['done']);
  });

  it('keeps a list of short items joined by และ in one clause (…ด้านอาหาร หัตถกรรม และการแสดง…)', () => {
    const [done, rest] = cues.clauses('บันทึกข้อมูลด้านอาหาร หัตถกรรม และการแสดงพื้นบ้านเข้าระบบแล้ว ๔๐ รายการ ที่เหลือกำลังทยอยเก็บ');
    expect(done.text).toBe('บันทึกข้อมูลด้านอาหาร หัตถกรรม และการแสดงพื้นบ้านเข้าระบบแล้ว ๔๐ รายการ');
    // …so the rest is the rest of the whole statement, the act included.
    expect(rest).toMatchObject({ evidence: 'in_progress', remainderOf: done.text });
  });
});

describe('findings from cues and paraphrases', () => {
  /** Step `step` of the first measure is reported done (not weakly dismissed) by result `result`. */
  const expectReported = (r: ReturnType<typeof checkTable>, step: number, result: number) => {
    expect(r.checks[0].matches[step]).toMatchObject({ evidence: 'done', results: [result] });
    expect(r.checks[0].matches[step].strength).not.toBe('none');
  };
  it('a notice posted where the step says is its report, whoever the step says it is for', () => {
    const steps = '๑. ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัล\n๒. ประชาสัมพันธ์นโยบายให้ผู้มาติดต่อราชการและประชาชนทั่วไปในเขตอำเภอทราบผ่านสื่อออนไลน์\n๓. รายงานผลการรับของขวัญต่อผู้อำนวยการ';
    const results = 'มีประกาศศูนย์ฯ เรื่องไม่รับของขวัญและของกำนัล ลงวันที่ ๑ ต.ค. ๒๕๖๗ ลงเพจเฟซบุ๊กศูนย์ฯ และติดบอร์ดหน้าอาคาร รายงานผู้อำนวยการทุกไตรมาส ไม่มีผู้รับของขวัญ';
    const r = checkTable(grid(steps, results));
    expect(codesOf(r.findings)).toEqual([]);
    expectReported(r, 1, 0);
  });

  it('a form named by its code reports the step that names what the form is', () => {
    const steps = '๑. จัดทำแผนการจัดซื้อจัดจ้างประจำปีและประกาศบนเว็บไซต์\n๒. เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์\n๓. ให้กรรมการตรวจรับพัสดุลงนามแบบแสดงความไม่มีส่วนได้เสีย';
    const results = '- กรรมการตรวจรับทุกคณะลงนามแบบแสดงความบริสุทธิ์ใจก่อนปฏิบัติหน้าที่\n- แผนจัดซื้อจัดจ้าง ปี ๒๕๖๘ ขึ้นเว็บไซต์เมื่อ ๒๐ ต.ค. ๒๕๖๗\n- งานพัสดุลง สขร.๑ ในหน้าข่าวจัดซื้อจัดจ้าง ต.ค. ๖๗ – ก.ย. ๖๘';
    const r = checkTable(grid(steps, results));
    expect(codesOf(r.findings).filter(([code]) => code !== 'NUMBERING_MIXED')).toEqual([]);
    expect(r.checks[0].matches[1]).toMatchObject({ evidence: 'done', strength: 'strong' });
    expect(r.checks[0].matches[1].results).toContain(2);
  });

  it('a status clause naming the part of a step its result leaves out makes the step not finished', () => {
    const steps = '๑. ติดตั้งกล้องวงจรปิดและเครื่องสแกนลายนิ้วมือในสำนักงาน\n๒. จัดทำทะเบียนคุมการใช้ห้องประชุม\n๓. คัดเลือกเจ้าหน้าที่ดีเด่น';
    const r = checkTable(grid(steps, '๑. ติดตั้งกล้องวงจรปิดครบ ๘ จุดแล้ว ส่วนเครื่องสแกนลายนิ้วมือกำลังจัดซื้อ\n๒. จัดทำทะเบียนคุมการใช้ห้องประชุมแล้ว\n๓. คัดเลือกเจ้าหน้าที่ดีเด่นได้ ๒ คน'));
    expect(codesOf(r.findings)).toEqual([['IN_PROGRESS', 1]]);
    // A status clause about another step's subject is that step's, not a missing part of this one.
    const other = checkTable(grid(steps, '๑. ติดตั้งกล้องวงจรปิดและเครื่องสแกนลายนิ้วมือครบทุกจุด ส่วนการคัดเลือกเจ้าหน้าที่ดีเด่นเลื่อนไปปีหน้า\n๒. จัดทำทะเบียนคุมการใช้ห้องประชุมแล้ว'));
    expect(codesOf(other.findings)).toEqual([['UNMATCHED_STEP', 3]]);
  });

  it('a status clause naming the one part of a step its result leaves out (…แต่ไม่ได้แสดงเหตุผล) makes the step not done', async () => {
    // Corpus reports whose names were published without the reasons the step asks for: the reasons
    // are a small part of a long step, weighed with the rest of each report.
    const reports = await loadCorpus(['tune']);
    for (const [id, measure, step] of [['ocsc-nonthaburi-2568', 8, 2], ['navy-songkhla-2568', 6, 3], ['dra-secretariat-2567', 9, 3]] as const) {
      const match = checkTable(reports.find((r) => r.id === id)!.table).checks[measure - 1].matches[step - 1];
      expect({ id, evidence: match.evidence, strength: match.strength }).toEqual({ id, evidence: 'not_done', strength: 'none' });
    }
  });

  it('a status clause carrying the step\'s act outweighs a result naming only the same people for another act', () => {
    const steps = '๑. เชิญผู้นำชุมชนร่วมเป็นกรรมการตรวจรับพัสดุ\n๒. สัมมนาผู้นำชุมชนเรื่องการตรวจรับพัสดุ';
    const r = checkTable(grid(steps, 'ผู้นำชุมชนร่วมเป็นกรรมการตรวจรับพัสดุทุกโครงการ\n\nการสัมมนาผู้นำชุมชนเลื่อนไปปีงบประมาณหน้า'));
    expect(codesOf(r.findings)).toEqual([['UNMATCHED_STEP', 2]]);
    expect(r.checks[0].matches[1]).toMatchObject({ evidence: 'not_done', results: [1] });
  });

  it('a step whose only result says it was not done is UNMATCHED_STEP saying so, in the table\'s numerals', () => {
    const r = checkTable(grid('๑. จัดทำประกาศเจตนารมณ์\n๒. จัดอบรมคุณธรรมจริยธรรมให้แก่พนักงาน', '๑. นายกลงนามประกาศเจตนารมณ์แล้ว\n๒. การอบรมคุณธรรมจริยธรรมเลื่อนออกไปเนื่องจากไม่ได้รับงบประมาณ'));
    expect(codesOf(r.findings)).toEqual([['UNMATCHED_STEP', 2]]);
    expect(r.findings[0].message).toContain('ยังไม่ได้ทำ');
    expect(r.findings[0].message).toContain('ผลข้อที่ ๒');
    expect(r.findings[0].messageEn).toContain('not done');
    expect(r.checks[0].matches[1]).toMatchObject({ evidence: 'not_done', cue: 'เลื่อน', result: 1 });
  });

  // One unnumbered paragraph reporting step 1 done and step 2 not done, two ways of saying so.
  it.each([
    ['a not-done clause of its own', '๑. เผยแพร่คู่มือผ่านเว็บไซต์\n๒. จัดอบรมเจ้าหน้าที่เรื่องคู่มือ',
      'เผยแพร่คู่มือบนเว็บไซต์ของหน่วยงานแล้ว ส่วนการอบรมเจ้าหน้าที่ยังไม่ได้ดำเนินการเนื่องจากติดภารกิจ'],
    ['a status after the topic an opener names (ส่วนเวที… งดจัด)', '๑. ส่งบุคลากรเข้าอบรมหลักสูตรต้านทุจริตศึกษา\n๒. จัดเวทีแลกเปลี่ยนเรียนรู้ด้านคุณธรรมระหว่าง รพ.สต.',
      'เจ้าหน้าที่ ๒๒ คน เรียนหลักสูตรต้านทุจริตศึกษาผ่านระบบออนไลน์แล้ว ส่วนเวทีแลกเปลี่ยนเรียนรู้ระหว่าง รพ.สต. งดจัดในปีนี้ เนื่องจากภารกิจรณรงค์ป้องกันโรคไข้เลือดออก'],
  ])('applies %s to its own step only, inside one unnumbered paragraph', (_how, steps, results) => {
    const r = checkTable(grid(steps, results));
    expect(codesOf(r.findings).filter(([code]) => code !== 'NUMBERING_MIXED')).toEqual([['UNMATCHED_STEP', 2]]);
    expect(r.checks[0].matches.map((m) => m.evidence)).toEqual(['done', 'not_done']);
  });

  it('the rest of a period still under way after the part reported done is IN_PROGRESS (ส่วนรอบ ๑๒ เดือนอยู่ระหว่าง…)', () => {
    const r = checkTable(grid(
      '๑. จัดให้มีช่องทางรับเรื่องร้องเรียนที่หลากหลาย\n๒. แต่งตั้งเจ้าหน้าที่รับผิดชอบเรื่องร้องเรียน\n๓. ตอบกลับผู้ร้องเรียนภายใน ๑๕ วันทำการ\n๔. รายงานสรุปผลการจัดการเรื่องร้องเรียนรอบ ๖ เดือนและ ๑๒ เดือน',
      '๑. เทศบาลมีช่องทางร้องเรียน ๕ ช่องทาง ได้แก่ ตู้รับเรื่องร้องเรียน โทรศัพท์ เว็บไซต์ และติดต่อด้วยตนเอง\n๒. ปลัดเทศบาลมอบหมายให้นิติกร สำนักปลัด เป็นผู้รับผิดชอบเรื่องร้องเรียน ตามคำสั่งที่ ๑๒/๒๕๖๖\n'
        + '๓. มีเรื่องร้องเรียน ๓ เรื่อง ได้แจ้งผลการดำเนินการให้ผู้ร้องทราบทุกเรื่องภายในกำหนด\n๔. สรุปผลรอบ ๖ เดือนเสนอนายกเทศมนตรีแล้ว ส่วนรอบ ๑๒ เดือนอยู่ระหว่างรวบรวมข้อมูล',
    ));
    expect(r.findings.map((f) => [f.code, f.item])).toEqual([['IN_PROGRESS', 4]]);
    // A contrast naming a topic of its own is not the rest of the step before it.
    expect(compileCues(DEFAULT_LEXICON).clauses('ออกรับชำระภาษีถึง ๘ หมู่บ้าน ส่วนการเปิดบริการวันเสาร์งดไป').pop()).not.toHaveProperty('remainderOf');
    expect(compileCues(DEFAULT_LEXICON).clauses('สรุปผลรอบ ๖ เดือนแล้ว ส่วนรอบ ๑๒ เดือนอยู่ระหว่างรวบรวมข้อมูล').pop()).toMatchObject({ evidence: 'in_progress', remainderOf: 'สรุปผลรอบ ๖ เดือนแล้ว' });
    // The rest named without ส่วน: ไตรมาสที่ ๔ and its status stay one clause.
    expect(compileCues(DEFAULT_LEXICON).clauses('รายงานการเงินไตรมาสที่ 1–3 เสนอคณะกรรมการประจำคณะแล้ว ไตรมาสที่ 4 รอปิดบัญชีสิ้นปีงบประมาณ').pop())
      .toMatchObject({ text: 'ไตรมาสที่ 4 รอปิดบัญชีสิ้นปีงบประมาณ', evidence: 'in_progress', remainderOf: 'รายงานการเงินไตรมาสที่ 1–3 เสนอคณะกรรมการประจำคณะแล้ว' });
  });

  it('gives the rest of a part (ไตรมาส ๔ กำลังจัดทำ) to the step naming that part, not to another step its line reported', () => {
    const r = checkTable(grid('๑. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์สำนักงาน\n๒. รายงานผลการจัดซื้อจัดจ้างรายไตรมาสเสนอผู้อำนวยการ',
      'แผนจัดซื้อจัดจ้างประจำปี ๒๕๖๗ อัปโหลดไว้ที่หน้าเว็บไซต์สำนักงานแล้ว สำหรับรายงานผลไตรมาส ๑–๓ ผู้อำนวยการลงนามรับทราบแล้ว ไตรมาส ๔ กำลังจัดทำ'));
    expect(codesOf(r.findings).filter(([code]) => code !== 'NUMBERING_MIXED')).toEqual([['IN_PROGRESS', 2]]);
  });

  it('gives a wait after a finished draft to the draft\'s step, not to a step the same result reports done', () => {
    const r = checkTable(grid('๑. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)\n๒. จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน',
      'ประกาศเจตนารมณ์ให้บุคลากรงดรับของขวัญในทุกเทศกาล ติดประกาศที่ประตูทางเข้าสำนักงาน คู่มือการป้องกันผลประโยชน์ทับซ้อนยกร่างเสร็จแล้ว อยู่ระหว่างจัดพิมพ์'));
    expect(codesOf(r.findings).filter(([code]) => code !== 'NUMBERING_MIXED')).toEqual([['IN_PROGRESS', 2]]);
  });

  it('a status with no subject of its own after the step\'s done statement is its next stage under way', () => {
    const steps = '๑. ตรวจสอบพัสดุประจำปี\n๒. จัดทำทะเบียนคุมรถยนต์ของทางราชการ';
    const r = checkTable(grid(steps, '๑. คณะกรรมการตรวจนับพัสดุประจำปี ๒๕๖๗ ตรวจนับครบทุกรายการแล้ว กำลังจัดทำรายงานผลเสนอผู้อำนวยการ\n๒. ปรับทะเบียนคุมรถยนต์ของทางราชการให้เป็นปัจจุบัน'));
    expect(codesOf(r.findings)).toEqual([['IN_PROGRESS', 1]]);
    // A status naming its own subject (ส่วน…) is not the next stage of the statement before it.
    const own = checkTable(grid(steps, '๑. คณะกรรมการตรวจนับพัสดุประจำปี ๒๕๖๗ ตรวจนับครบทุกรายการแล้ว ส่วนการซ่อมเครื่องถ่ายเอกสารกำลังจัดจ้าง\n๒. ปรับทะเบียนคุมรถยนต์ของทางราชการให้เป็นปัจจุบัน'));
    expect(codesOf(own.findings)).toEqual([]);
  });

  it('a result written for each step: the one no step claims is the unmatched step\'s report in other words', () => {
    const steps = '๑. ประกาศนโยบายไม่รับของขวัญของหน่วยงาน\n๒. ส่งเสริมให้บุคลากรเข้าร่วมกิจกรรมจิตอาสา\n๓. จัดทำทะเบียนคุมการรับของขวัญ';
    const r = checkTable(grid(steps, '๑. ซ่อมแซมศาลาริมทางหน้าตลาดสดเทศบาล ๒ ครั้ง\n๒. จัดทำทะเบียนคุมการรับของขวัญแล้ว\n๓. ประกาศนโยบายไม่รับของขวัญของหน่วยงานแล้ว'));
    expect(codesOf(r.findings)).toEqual([]);
    expect(r.checks[0].matches[1]).toMatchObject({ strength: 'strong', results: [0] });
    expect(r.checks[0].matches[1].summaryEn).toContain('reports no other step');
    // Fewer results than steps: nothing says the step was written about at all.
    const fewer = checkTable(grid(steps, '๑. จัดทำทะเบียนคุมการรับของขวัญแล้ว\n๒. ประกาศนโยบายไม่รับของขวัญของหน่วยงานแล้ว'));
    expect(codesOf(fewer.findings)).toEqual([['UNMATCHED_STEP', 2]]);
  });

  it('a not-done status after a statement naming the step\'s thing, not said done, is that step\'s (เวที… เลื่อนไป…)', () => {
    const steps = '๑. ติดตั้งป้ายแสดงรายละเอียดงานก่อสร้าง ณ สถานที่ก่อสร้างทุกโครงการ\n๒. ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน\n'
      + '๓. เผยแพร่ผลการดำเนินงานผ่าน Facebook Page ของสำนักงาน\n๔. จัดเวทีรับฟังความคิดเห็นประชาชนก่อนเริ่มก่อสร้าง';
    const r = checkTable(grid(steps, 'ลงข่าวกิจกรรมบนเพจเฟซบุ๊กของสำนักงาน รวม ๑๔๘ โพสต์\n\nปักป้ายโครงการ (ผู้รับจ้าง วงเงิน ระยะเวลา) ครบทุกสายทางก่อนเข้าพื้นที่\n\n'
      + 'เวทีรับฟังความคิดเห็นโครงการถนนสาย ลบ.๓๐๑๗ เลื่อนไปต้นปีงบประมาณ ๒๕๖๘ เนื่องจากตรงกับช่วงเลือกตั้งท้องถิ่น'));
    expect(r.checks[0].matches[3]).toMatchObject({ evidence: 'not_done', cue: 'เลื่อน', results: [2] });
  });

  it('the rest of a count in a result that reports only this step is this step\'s (ที่เหลือกำลังเรียน…)', () => {
    const steps = '๑. เผยแพร่ประกาศสำนักงานเขต เรื่อง นโยบายไม่รับของขวัญ ให้ประชาชนทราบ\n๒. ส่งบุคลากรเข้ารับการอบรมหลักสูตรต้านทุจริตศึกษา\n๓. รายงานการรับของขวัญต่อปลัดกรุงเทพมหานคร';
    const r = checkTable(grid(steps, '๑. ผู้อำนวยการเขตลงนามประกาศงดให้และงดรับของขวัญ ติดไว้ที่ประตูทางเข้าและโพสต์ในเพจของเขต\n'
      + '๒. บุคลากร ๑๘๖ คนจาก ๒๔๑ คน ผ่านหลักสูตร ACT Ocean ของสำนักงาน ป.ป.ช. แล้ว ที่เหลือกำลังเรียนให้ครบภายในเดือนกันยายน\n'
      + '๓. ไม่มีบุคลากรรับของขวัญเกินกว่าที่กฎหมายกำหนด เขตจึงมีหนังสือแจ้งสำนักงานปลัดกรุงเทพมหานครตามกำหนดเวลา'));
    expect(r.checks[0].matches[1]).toMatchObject({ evidence: 'in_progress', results: [1] });
  });

  it('a step still under way is an IN_PROGRESS warning, not a silent match', () => {
    const r = checkTable(grid('๑. ประชุมคณะทำงาน\n๒. ปรับปรุงเว็บไซต์ของหน่วยงาน', '๑. จัดประชุมคณะทำงานแล้ว\n๒. การปรับปรุงเว็บไซต์ของหน่วยงาน อยู่ระหว่างดำเนินการ'));
    expect(r.findings.map((f) => [f.code, f.severity, f.item])).toEqual([['IN_PROGRESS', 'warning', 2]]);
    expect(r.findings[0].messageEn).toContain('in progress');
  });

  it('"there was no X" beside the step reported done in the same result is a finding, not the step undone', () => {
    const r = checkTable(grid('๑. จัดทำแผนการจัดซื้อจัดจ้างประจำปี\n๒. เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) บนเว็บไซต์',
      'แผนการจัดซื้อจัดจ้างประจำปีจัดทำแล้ว แบบ สขร.๑ เผยแพร่บนเว็บไซต์ครบทุกเดือน ไม่มีการเผยแพร่ผลการจัดซื้อจัดจ้างล่าช้า'));
    expectReported(r, 1, 0);
  });

  it('a step teaching the rules (…และข้อห้าม…) is no prohibition: its training put off is not done', () => {
    const cues = compileCues(DEFAULT_LEXICON);
    expect(cues.isProhibition('อบรมอาสาสมัครเรื่องบทบาทหน้าที่และข้อห้ามการรับทรัพย์สินจากนักท่องเที่ยว')).toBe(false);
    expect(cues.isProhibition('ห้ามเจ้าหน้าที่รับทรัพย์สินจากนักท่องเที่ยว')).toBe(true);
  });

  it('what a step does without (…โดยไม่เรียกเก็บค่าใช้จ่าย) is reported by its negation; the step\'s own act put off is still not done', () => {
    const steps = '๑. ให้บริการฉีดวัคซีนแก่สัตว์ของเกษตรกรโดยไม่เรียกเก็บค่าใช้จ่ายใด ๆ\n๒. ประชาสัมพันธ์ช่องทางร้องเรียนผ่านผู้ใหญ่บ้าน';
    const done = checkTable(grid(steps, '๑. ฉีดวัคซีนโค กระบือ รวม ๑๖,๒๓๐ ตัว ไม่มีการเรียกเก็บค่าใช้จ่ายจากเกษตรกร\n๒. แจ้งช่องทางร้องเรียนผ่านผู้ใหญ่บ้านทุกหมู่'));
    expectReported(done, 0, 0);
    const putOff = checkTable(grid(steps, '๑. การฉีดวัคซีนรอบที่ ๒ เลื่อนไปเดือนหน้า เนื่องจากวัคซีนจากกรมมาล่าช้า\n๒. แจ้งช่องทางร้องเรียนผ่านผู้ใหญ่บ้านทุกหมู่'));
    expect(putOff.checks[0].matches[0]).toMatchObject({ evidence: 'not_done', strength: 'none' });
  });

  it('a prohibition is reported by its negation', () => {
    const r = checkTable(grid('๑. ไม่เรียกเก็บเงินบริจาคในการรับนักเรียน', '๑. โรงเรียนไม่มีการเรียกเก็บเงินบริจาคใด ๆ ในการรับนักเรียน'));
    expect(r.findings).toEqual([]);
  });

  it('a not-done result whose subject stands alone before the negation is the step\'s not done (รายงาน สขร.๑ ยังไม่ได้…)', () => {
    const steps = '๑. จัดจ้างโดยวิธีประกวดราคาอิเล็กทรอนิกส์\n๒. เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)\n๓. ตรวจรับงานโดยคณะกรรมการ';
    const r = checkTable(grid(steps, '๑. ประกวดราคาอิเล็กทรอนิกส์ได้ผู้รับจ้างแล้ว\n๒. รายงาน สขร.๑ ยังไม่ได้นำขึ้นเว็บไซต์ เนื่องจากเจ้าหน้าที่พัสดุลาคลอด\n๓. คณะกรรมการตรวจรับพัสดุตรวจรับงานแล้ว'));
    expect(r.checks[0].matches[1]).toMatchObject({ evidence: 'not_done', strength: 'none', results: [1] });
  });

  it('the rest of a part only one step names is that step\'s, even in a result its wording would not pick (เดือน ก.ค.–ก.ย. กำลังรวบรวม)', () => {
    const steps = '๑. จัดทำและประกาศแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ\n๒. จัดซื้อจัดจ้างผ่านระบบ e-GP ทุกโครงการที่ถึงเกณฑ์\n'
      + '๓. จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) เผยแพร่บนเว็บไซต์\n๔. ให้คณะกรรมการตรวจรับพัสดุลงนามแบบแสดงความบริสุทธิ์ใจทุกครั้ง';
    const r = checkTable(grid(steps, '๑. แผนการจัดซื้อจัดจ้างปี ๖๗ ประกาศในระบบจัดซื้อจัดจ้างภาครัฐและหน้าเว็บไซต์ เมื่อ ๓๐ ต.ค. ๖๖\n'
      + '๒. โครงการที่วงเงินเข้าเกณฑ์ ๙ โครงการ (ครุภัณฑ์สำนักงาน ฯลฯ) ทำผ่านระบบ\n'
      + '๓. สขร.๑ ขึ้นเว็บไซต์ครบตั้งแต่ ต.ค. ๖๖ ถึง มิ.ย. ๖๗ เดือน ก.ค. - ก.ย. ๖๗ กำลังรวบรวมข้อมูลจากงานพัสดุ'));
    expect(r.checks[0].matches[2]).toMatchObject({ evidence: 'in_progress', results: [2] });
  });

  it('a status clause naming the step\'s act outweighs a done result that names only its people or objects (การอบรมผู้แทนชุมชนเลื่อน…)', () => {
    const steps = '๑. ประกาศเชิญชวนและผลการจัดซื้อจัดจ้างบนเว็บไซต์\n๒. แต่งตั้งผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานก่อสร้าง\n๓. จัดอบรมผู้แทนชุมชนเรื่องการตรวจรับงานก่อสร้าง';
    const r = checkTable(grid(steps, 'ประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคาลงเว็บไซต์ครบทุกโครงการ\n\n'
      + 'การอบรมผู้แทนชุมชนเลื่อนไปปีงบประมาณหน้า เนื่องจากงบประมาณล่าช้า\n\nมีผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานก่อสร้าง ๑๘ โครงการ'));
    expect(r.checks[0].matches[2]).toMatchObject({ evidence: 'not_done', strength: 'none', results: [1] });
  });

  // Each class of words these rounds added, with one of its other names (the first two: a word and the
  // class it must join; stakeholders stay stakeholders).
  const sameClass: [string, string][] = [
    ['มีส่วนได้เสีย', 'coi'], ['ขัดแย้งทางผลประโยชน์', 'ผลประโยชน์ทับซ้อน'], ['ยืนยันความเป็นอิสระ', 'แบบแสดงความบริสุทธิ์ใจ'],
    ['ผู้มีส่วนได้เสีย', 'ประชาชน'], ['กรอก', 'ยื่น'], ['act academy', 'ปปช'], ['ต้านทุจริตศึกษา', 'ปปช'],
    ['ระบบติดตามยานพาหนะ', 'gps'], ['mou', 'บันทึกข้อตกลงความร่วมมือ'], ['กล่าวคำปฏิญาณ', 'ประกาศเจตนารมณ์'], ['ทะเบียน', 'ทะเบียนคุม'],
    ['ประกวดราคาทางระบบอิเล็กทรอนิกส์', 'e-bidding'], ['แบบไม่ใช้เงินสด', 'พร้อมเพย์'],
  ];
  it.each(sameClass)('folds %s into the class of %s', (word, other) => {
    const folder = compileFolder(DEFAULT_LEXICON, []);
    expect(folder.tokenOf(word)).toBeDefined();
    expect(folder.tokenOf(word)).toBe(folder.tokenOf(other));
  });

  it('conflict-of-interest forms are one paper under their many names (แบบ CoI, แบบแสดงการมีส่วนได้เสีย, แบบยืนยันความเป็นอิสระ)', () => {
    const r = checkTable(grid('๑. ให้พนักงานที่เกี่ยวข้องยื่นแบบแสดงการมีส่วนได้เสียก่อนการคัดเลือก\n๒. เผยแพร่ผลการคัดเลือกทางเว็บไซต์',
      '๑. พนักงานการตลาด ๖ คน กรอกแบบ CoI ก่อนเข้าประชุมคัดเลือก\n๒. ประกาศรายชื่อผู้ได้รับคัดเลือกบนเว็บไซต์แล้ว'));
    expectReported(r, 0, 0);
  });

  it('the NACC\'s online course is one course under its platform\'s names and its owner\'s (ACT Academy = หลักสูตรต้านทุจริตศึกษา = หลักสูตรของ ป.ป.ช.)', () => {
    const r = checkTable(grid('๑. ส่งเจ้าหน้าที่เข้าอบรมหลักสูตรต้านทุจริตศึกษา (ACT Academy) ผ่านระบบออนไลน์\n๒. จัดทำประกาศเจตนารมณ์ไม่รับของขวัญ',
      '๑. เจ้าหน้าที่ ๑๕ คน เรียนหลักสูตรของสำนักงาน ป.ป.ช. ทางออนไลน์จบทุกคน\n๒. ผู้อำนวยการลงนามประกาศนโยบายไม่รับของขวัญแล้ว'));
    expectReported(r, 0, 0);
  });

  it('a web address is the website (ขึ้น gpo.or.th, www.…/ita), and a form signed is a form handed in', () => {
    const folder = compileFolder(DEFAULT_LEXICON, []);
    const website = folder.tokenOf('เว็บไซต์')!;
    expect(folder.key('ลงประกาศบน gpo.or.th').key).toContain(website);
    expect(folder.key('อัปโหลดคู่มือขึ้น www.qsbg.org/ita ครบ').key).toContain(website);
    expect(folder.key('ดูได้ที่ https://example.go.th/oit').key).toContain(website);
    // Numbers and abbreviations with dots are no address.
    expect(folder.key('ข้อ 1.2 วงเงิน 3.5 ล้านบาท ส่ง ป.ป.ช.').key).not.toContain(website);
    expect(folder.key('ลงนามในแบบแสดงความบริสุทธิ์ใจ').key.startsWith(folder.tokenOf('ยื่น')!)).toBe(true);
    expect(folder.key('ลงนามอนุมัติแผน').key.startsWith(folder.tokenOf('อนุมัติ')!)).toBe(true);
  });

  it('reads abstaining from a vote (งดออกเสียง) as the conflict rule kept, not a step dropped', () => {
    const cues = compileCues(DEFAULT_LEXICON);
    expect(cues.clauses('กรรมการที่มีส่วนได้เสียงดออกเสียงและออกนอกห้องประชุมทุกครั้ง').map((c) => c.evidence)).toEqual(['done']);
  });

  it('the same act in other words reports the step (อัปโหลด/โพสต์ for เผยแพร่, ออกคำสั่ง for แต่งตั้ง)', () => {
    const r = checkTable(grid(
      '๑. แต่งตั้งคณะทำงานจัดทำแผน\n๒. เผยแพร่แผนผ่านเว็บไซต์และเฟซบุ๊กของหน่วยงาน',
      '๑. ออกคำสั่งคณะทำงานจัดทำแผน ลงวันที่ ๑ ต.ค. ๒๕๖๗\n๒. อัปโหลดแผนขึ้นเว็บไซต์และโพสต์ลงเพจ Facebook',
    ));
    expect(r.checks[0].matches.map((m) => [m.strength, m.evidence])).toEqual([['strong', 'done'], ['strong', 'done']]);
  });
});

describe('words and explanations', () => {
  const words = compileWordFinder(DEFAULT_LEXICON);

  afterEach(() => useIntlSegmenter(true));

  it('rejoins compounds the segmenter splits, and the fallback never cuts inside a lexicon word', () => {
    for (const intl of [true, false]) {
      useIntlSegmenter(intl);
      const found = words.words('ส่งเสริมให้เจ้าหน้าที่ประชาสัมพันธ์ผ่านเว็บไซต์');
      expect(found).toEqual(expect.arrayContaining(['ส่งเสริมให้', 'เจ้าหน้าที่', 'ประชาสัมพันธ์', 'เว็บไซต์']));
    }
  });

  it('leaves out a bracket or quote at either end whose partner the shared run cuts off, and keeps every mark inside', () => {
    const step = 'วิเคราะห์ระยะเวลาเข้าถึงที่เกิดเหตุ (Response Time) เสนอผู้อำนวยการทุกไตรมาส';
    // (Punctuation and spaces weigh alike in the grams, so a run may take in a mark whose partner it misses.)
    const run = (result: string) => sharedWording(step, result, words);
    expect(run('เวลาเข้าถึงเฉลี่ยResponse Time) ๘ นาที')).toBe('Response Time');
    expect(run('สรุป (Response Time) แล้ว')).toBe('(Response Time)');
    // Item markers (ก) ข)) and bracketed counts ((ฉบับที่ 2)) inside the run stay.
    const items = 'ดำเนินการ ก) จัดอบรมเจ้าหน้าที่ ข) ประชุมชี้แจงบุคลากร ทุกไตรมาส';
    expect(sharedWording(items, 'ดำเนินการ ก) จัดอบรมเจ้าหน้าที่ ข) ประชุมชี้แจงบุคลากรแล้ว', words)).toBe('ดำเนินการ ก) จัดอบรมเจ้าหน้าที่ ข) ประชุมชี้แจงบุคลากร');
    expect(sharedWording('เผยแพร่ประกาศ (ฉบับที่ 2) ทางเว็บไซต์หน่วยงาน', 'เผยแพร่ประกาศ (ฉบับที่ 2) ทางเว็บไซต์แล้ว', words)).toBe('เผยแพร่ประกาศ (ฉบับที่ 2) ทางเว็บไซต์');
    // A quote that opens and closes alike is dropped at an end only where it stands as the cut-off half does.
    const quoted = 'ติดป้าย "งดรับของขวัญ" และ "ไม่รับของฝาก" ทุกจุดบริการ';
    expect(sharedWording(quoted, 'ดำเนินการแล้ว "งดรับของขวัญ" และ "ไม่รับของกำนัล', words)).toBe('"งดรับของขวัญ" และ "ไม่รับของ');
    expect(sharedWording(quoted, 'ได้ติดป้าย "งดรับของขวัญ" และ " ', words)).toBe('ติดป้าย "งดรับของขวัญ" และ');
    // Paired quotes stay, spaced inside or glued to a Thai word; an apostrophe is no quote.
    expect(sharedWording('ติดป้าย " งดรับของขวัญ " ทุกจุดบริการ', 'ได้ติดป้าย " งดรับของขวัญ " แล้ว', words)).toBe('ติดป้าย " งดรับของขวัญ "');
    expect(sharedWording('ติดป้าย ‘งดรับของขวัญ’ทุกจุดบริการ', 'มีการติด ‘งดรับของขวัญ’ทุกจุดแล้ว', words)).toBe('‘งดรับของขวัญ’ทุกจุด');
    expect(sharedWording('เผยแพร่คู่มือ ‘People’s Guide’ ให้ประชาชน', 'เผยแพร่คู่มือ ‘People’s Guide’ แล้ว', words)).toBe('เผยแพร่คู่มือ ‘People’s Guide’');
    // Only the bracket goes, never a word before it.
    expect(sharedWording('จัดอบรมเจ้าหน้าที่ (ผู้เข้าร่วม 120 คน) ทุกไตรมาส', 'มีผู้เข้าร่วม 120 คน) เรียบร้อย', words)).toBe('ผู้เข้าร่วม 120 คน');
    // Pairs are read on the whole step: a quote whose partner the run cut off goes, glued or not, and
    // a list marker's `2)`, with no `(` anywhere in the step, is no bracket.
    expect(sharedWording('ติดป้าย "งดรับของขวัญ" และ"ไม่รับของฝาก" ทุกจุดบริการ', 'ดำเนินการแล้ว "งดรับของขวัญ" และ"ของกำนัลอื่น', words)).toBe('"งดรับของขวัญ" และ');
    expect(sharedWording('ประกาศ "ไม่รับ" ทุกจุดบริการ และ "งดรับ" ของขวัญ', 'ไม่รับ" ทุกจุดบริการ และ "ของ', words)).toBe('ไม่รับ" ทุกจุดบริการ และ');
    expect(sharedWording('ดำเนินการ 1) จัดอบรมเจ้าหน้าที่ 2) ประชุมชี้แจงบุคลากร', 'ดำเนินการ 1) จัดอบรมเจ้าหน้าที่ 2) จัดประชุม', words)).toBe('ดำเนินการ 1) จัดอบรมเจ้าหน้าที่ 2)');
    // A lone quote earlier in the step (an inch mark) does not shift the pairs after it; an opening
    // mark left last with no partner at all goes too.
    expect(sharedWording('ติดตั้งจอ 55" และป้าย "งดรับของขวัญ" ทุกจุดบริการ', 'ดำเนินการแล้ว "งดรับของขวัญ" เรียบร้อย', words)).toBe('"งดรับของขวัญ"');
    expect(sharedWording('จัดอบรม (ออนไลน์ ทุกไตรมาส', 'จัดอบรม (ไม่', words)).toBe('จัดอบรม');
  });

  it('shows shared wording as whole words on every match of the sample and the tune half', async () => {
    expect(hasIntlSegmenter()).toBe(true); // Node has it; the other path is checked just below
    const tune = await loadCorpus(['tune']);
    for (const table of [sampleTable(), ...tune.map((r) => r.table)]) {
      for (const { measure, matches } of checkTable(table).checks) {
        for (const m of matches) {
          if (!m.shared) continue;
          const step = measure.steps[m.step].text;
          const bounds = words.boundaries(step);
          // Some place of the step holds it as whole words (a short word may also stand inside a longer one).
          const starts: number[] = [];
          for (let at = step.indexOf(m.shared); at >= 0; at = step.indexOf(m.shared, at + 1)) starts.push(at);
          expect({ step, shared: m.shared, whole: starts.some((at) => bounds.has(at) && bounds.has(at + m.shared.length)) }).toMatchObject({ whole: true });
          // …and never starts with a closing bracket or ends with an opening one whose partner it lacks:
          // `(Response Time)` or `Response Time`, not `Response Time)`.
          const strayEnd = (/^[)\]”]/.test(m.shared) && !/[(\[“]/.test(m.shared)) || (/[(\[“]$/.test(m.shared) && !/[)\]”]/.test(m.shared))
            || (/[)\]”]$/.test(m.shared) && !/[(\[“]/.test(m.shared)) || (/^[(\[“]/.test(m.shared) && !/[)\]”]/.test(m.shared));
          expect({ shared: m.shared, strayEnd }).toMatchObject({ strayEnd: false });
        }
      }
    }
  });
});

describe('a match as plain data', () => {
  it('keeps its explanation when copied, serialised or compared', () => {
    const m = checkTable(sampleTable()).checks[2].matches[1];
    expect(m.shared).toContain('ผ่านเว็บไซต์และสื่อสังคมออนไลน์');
    expect({ ...m }.why).toBe(m.why);
    expect(JSON.parse(JSON.stringify(m))).toMatchObject({ shared: m.shared, why: m.why, whyEn: m.whyEn, evidence: 'done' });
  });
});

describe('the same findings with and without Intl.Segmenter', () => {
  let corpus: CorpusReport[] = [];
  beforeAll(async () => {
    corpus = await loadCorpus();
  });
  afterAll(() => useIntlSegmenter(true));

  it('on the sample and on every report of the corpus (both halves)', () => {
    for (const table of [sampleTable(), ...corpus.map((r) => r.table)]) {
      useIntlSegmenter(true);
      const withIntl = checkTable(table);
      useIntlSegmenter(false);
      const without = checkTable(table);
      expect(without.findings).toEqual(withIntl.findings);
      expect(without.checks.map((c) => c.matches.map((m) => [m.result, m.score, m.strength, m.evidence])))
        .toEqual(withIntl.checks.map((c) => c.matches.map((m) => [m.result, m.score, m.strength, m.evidence])));
    }
  });
});
