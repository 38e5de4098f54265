import { checkTable, readGrid, type Item } from '../../src/core';
import { inStepOrder, isNilReport, leftoverPairs, noCasesAccountFor, placedResults, runsParallel, stepPlaces, type LexicalPick } from '../../src/core/match/structure';
import { normaliseForMatch } from '../../src/core';

const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];
const check = (steps: string, results: string) => checkTable(readGrid([H, ['๑. มาตรการส่งเสริมคุณธรรม', steps, results, '']]));
const item = (number: number | null, text = ''): Item => ({ number, marker: number === null ? '' : `${number}.`, text, ref: { kind: 'cell', a1: 'C2' } } as Item);

const STEPS = '๑. แต่งตั้งคณะทำงานป้องกันผลประโยชน์ทับซ้อน\n๒. จัดกิจกรรมจิตอาสาสร้างคุณธรรมให้แก่พนักงาน\n๓. รายงานผลการดำเนินงานต่อนายกองค์การบริหารส่วนตำบล';
const APPOINTED = 'มีคำสั่งแต่งตั้งคณะทำงานป้องกันผลประโยชน์ทับซ้อน ลงวันที่ ๓ ต.ค. ๒๕๖๖';
// A volunteer activity told in other words: no wording in common with step 2 (a temple clean-up
// would share the lexicon's good-deed class).
const TEMPLE = 'พนักงาน ๒๕ คนร่วมกันซ่อมบ้านให้ผู้สูงอายุที่ยากไร้เนื่องในวันพ่อแห่งชาติ';
const REPORTED = 'รายงานผลการดำเนินงานต่อนายก อบต. เมื่อ ๓๐ ก.ย. ๒๕๖๗';

describe('where results stand (structure stage)', () => {
  it('places results by their numbers, by position when unnumbered and as many as the steps, else nowhere', () => {
    const steps = [item(1), item(2), item(3)];
    expect(placedResults(steps, [item(1), item(3)])).toEqual([0, null, 1]);
    expect(placedResults(steps, [item(null), item(null), item(null)])).toEqual([0, 1, 2]);
    expect(placedResults(steps, [item(null), item(null)])).toEqual([null, null, null]);
    expect(placedResults(steps, [item(1), item(1), item(2)])).toEqual([null, null, null]); // numbers repeat: no order to trust
    expect(placedResults([item(1), item(1), item(2)], [item(1), item(2)])).toEqual([null, null, null]);
  });

  it('calls results parallel when the pairs the wording can judge mostly fall in their own place', () => {
    const pick = (r: number, judged = true): LexicalPick => ({ chosen: [r], judged });
    expect(runsParallel([0, 1, 2], [pick(0), pick(0, false), pick(2)])).toBe(true);
    expect(runsParallel([0, 1, 2], [pick(2), pick(1), pick(0)])).toBe(false); // written in another order
    expect(runsParallel([0, 1, 2], [pick(0, false), pick(1, false), pick(2, false)])).toBe(false); // nothing to judge by
    expect(runsParallel([0, null, 1], [pick(0), pick(1), pick(0)])).toBe(false); // steps 2 and 3 name results standing elsewhere
  });

  it('gives each step of a parallel measure its own result, and the results other steps clearly own', () => {
    const steps = [item(1), item(2), item(3)];
    const results = [item(1), item(2), item(3)];
    // Step 1 and 3 are reported by their own results; step 2 only overlaps (weakly) with result 1.
    const picks = [[0], [0], [2]].map((chosen) => ({ chosen, judged: true }));
    expect(stepPlaces(steps, results, picks, [true, false, true])).toEqual([
      { prior: 0, taken: [2] },
      { prior: 1, taken: [0, 2] },
      { prior: 2, taken: [0] },
    ]);
    // Written in another order: no place means anything.
    const shuffled = [[2], [1], [0]].map((chosen) => ({ chosen, judged: true }));
    expect(stepPlaces(steps, results, shuffled, [true, true, true])).toEqual([
      { prior: null, taken: [] }, { prior: null, taken: [] }, { prior: null, taken: [] },
    ]);
  });

  it('keeps a result in order with its neighbours: after the earlier step\'s, before the later step\'s', () => {
    const picks = [[0], [1], [1], [2]].map((chosen) => ({ chosen, judged: true }));
    const clear = [true, false, true, true];
    expect(inStepOrder(1, 1, picks, clear)).toBe(true);
    expect(inStepOrder(1, 2, picks, clear)).toBe(false); // past step 3's result
    expect(inStepOrder(1, 0, [picks[0], picks[1]], [false, false])).toBe(false); // no neighbour to go by
  });

  it('reads a result saying there was nothing of the kind as no report', () => {
    expect(isNilReport('ปีนี้ไม่มีเรื่องร้องเรียนการทุจริต')).toBe(true);
    expect(isNilReport(TEMPLE)).toBe(false);
  });

  it('takes the result in a step\'s own place as its report when the results follow the steps, and says why', () => {
    const result = check(STEPS, `๑. ${APPOINTED}\n๒. ${TEMPLE}\n๓. ${REPORTED}`);
    const volunteer = result.checks[0].matches[1];
    expect(volunteer.strength).toBe('strong');
    expect(volunteer.results).toEqual([1]);
    expect(volunteer.score).toBeLessThan(0.2); // the wording alone would not have carried it
    expect(volunteer.summary).toContain('อยู่ลำดับเดียวกับขั้นตอน');
    expect(volunteer.summaryEn).toContain('own place');
    expect(result.findings.filter((f) => f.code === 'UNMATCHED_STEP' || f.code === 'WEAK_MATCH')).toEqual([]);
  });

  it('gives no credit for the place when the results are written in another order, are missing, postpone or report nothing', () => {
    const unmatched = (results: string) =>
      check(STEPS, results).findings.filter((f) => f.code === 'UNMATCHED_STEP').map((f) => f.item);
    // In another order, but a result for each step: the one no step claims is the step's, and says why
    // (it carries 17 % of the step, above the 12 % a best fit needs, so the best fit says it first).
    const reordered = check(STEPS, `๑. ${REPORTED}\n๒. ${TEMPLE}\n๓. ${APPOINTED}`);
    expect(reordered.findings.map((f) => [f.code, f.item])).toEqual([]);
    expect(reordered.checks[0].matches[1]).toMatchObject({ strength: 'strong', results: [1] });
    expect(reordered.checks[0].matches[1].summaryEn).toContain('fits this step better than any other step');
    expect(unmatched(`๑. ${APPOINTED}\n๓. ${REPORTED}`)).toEqual([2]);
    expect(unmatched(`๑. ${APPOINTED}\n๒. เลื่อนการซ่อมบ้านผู้สูงอายุออกไปเนื่องจากฝนตกหนัก\n๓. ${REPORTED}`)).toEqual([2]);
    expect(unmatched(`๑. ${APPOINTED}\n๒. ปีนี้ไม่มีกิจกรรม\n๓. ${REPORTED}`)).toEqual([2]);
  });

  it('leaves a step to the results of other steps only when its own place does not say otherwise', () => {
    const steps = '๑. แต่งตั้งคณะทำงานป้องกันผลประโยชน์ทับซ้อน\n๒. อบรมให้ความรู้พนักงานเรื่องผลประโยชน์ทับซ้อน\n'
      + '๓. รายงานผลการดำเนินงานต่อนายกองค์การบริหารส่วนตำบล\n๔. เผยแพร่คู่มือป้องกันผลประโยชน์ทับซ้อนทางเว็บไซต์';
    // Result 1 reports step 1 and also names step 3's wording.
    const results = (third: string) => [
      '๑. มีคำสั่งแต่งตั้งคณะทำงานป้องกันผลประโยชน์ทับซ้อน และรายงานผลการดำเนินงานต่อนายก อบต. ทราบแล้ว',
      '๒. จัดอบรมให้ความรู้พนักงานเรื่องผลประโยชน์ทับซ้อน เมื่อวันที่ ๑๒ ม.ค. ๒๕๖๗ ผู้เข้าร่วม ๓๐ คน',
      `๓. ${third}`,
      '๔. เผยแพร่คู่มือป้องกันผลประโยชน์ทับซ้อนทางเว็บไซต์ของ อบต. แล้ว',
    ].join('\n');
    const nothing = check(steps, results('ปีนี้ไม่มีการประชุมคณะทำงาน'));
    expect(nothing.findings.filter((f) => f.code === 'UNMATCHED_STEP').map((f) => f.item)).toEqual([3]);
    expect(nothing.checks[0].matches[2].summaryEn).toContain('other steps\' places');
    const somethingElse = check(steps, results('คณะทำงานประชุมสรุปผล ๒ ครั้ง'));
    expect(somethingElse.findings.filter((f) => f.code === 'UNMATCHED_STEP')).toEqual([]);
    expect(somethingElse.checks[0].matches[2].results).toEqual([0]); // one result may report two steps
  });

  it('pairs leftover results with unreported steps one to one, most shared wording first, never below the floor', () => {
    const overlap = (table: number[][]) => (s: number, r: number) => table[s][r];
    // Steps 0 and 2 unreported, results 1 and 3 report no step.
    expect(leftoverPairs([0, 2], [1, 3], overlap([[0, 0.3, 0, 0.2], [], [0, 0.25, 0, 0.4]]))).toEqual([[2, 3], [0, 1]]);
    expect(leftoverPairs([0, 2], [1], overlap([[0, 0.3], [], [0, 0.3]]))).toEqual([[0, 1]]); // a tie goes to the nearer place
    expect(leftoverPairs([0], [1], overlap([[0, 0.1]]))).toEqual([]);
  });

  it('reads a paraphrased report standing alone in a step\'s place as its report, saying why', () => {
    const steps = '๑. แต่งตั้งคณะทำงานป้องกันผลประโยชน์ทับซ้อน\n๒. ติดป้ายแสดงข้อมูลโครงการ ณ สถานที่ก่อสร้าง\n๓. รายงานผลการดำเนินงานต่อนายกองค์การบริหารส่วนตำบล\n๔. สำรวจความพึงพอใจของประชาชน';
    // Unnumbered paragraphs, fewer than the steps: no result has a place of its own.
    const sign = 'ทุกโครงการก่อสร้างติดตั้งป้ายบอกวงเงินและผู้รับจ้างไว้หน้างาน';
    const inOrder = check(steps, [APPOINTED, sign, REPORTED].join('\n\n'));
    expect(inOrder.checks[0].matches[1]).toMatchObject({ strength: 'strong', evidence: 'done', results: [1] });
    expect(inOrder.checks[0].matches[1].summaryEn).toContain('reports no other step');
    expect(inOrder.findings.filter((f) => f.code === 'UNMATCHED_STEP').map((f) => f.item)).toEqual([4]);
    // A leftover out of the step's place in the results' order, among more results than steps, is
    // about something else (a follow-up, an outcome).
    const threeSteps = steps.split('\n').slice(0, 3).join('\n');
    const elsewhere = check(threeSteps, [APPOINTED, REPORTED, sign, 'ผู้รับจ้างส่งมอบงานตามสัญญาครบทุกโครงการ'].join('\n\n'));
    expect(elsewhere.findings.filter((f) => f.code === 'UNMATCHED_STEP').map((f) => f.item)).toEqual([2]);
    // As many results as steps: the one left over is the unmatched step's, whatever its place.
    const oneEach = check(threeSteps, [APPOINTED, REPORTED, sign].join('\n\n'));
    expect(oneEach.checks[0].matches[1]).toMatchObject({ strength: 'strong', evidence: 'done', results: [2] });
  });

  it('takes a result as the report of the step it fits best, when it carries the step\'s act, even in few shared words', () => {
    const steps = 'แต่งตั้งคณะทำงานจัดทำแผนป้องกันการทุจริต\nอบรมเจ้าหน้าที่เรื่องประมวลจริยธรรมและวินัย\nประเมินความพึงพอใจของผู้รับบริการ';
    const appointed = 'มีคำสั่งแต่งตั้งคณะทำงานจัดทำแผนป้องกันการทุจริต';
    // Unnumbered, out of the steps' order: no place or order speaks for result 1.
    const r = check(steps, `จัดปฐมนิเทศผู้บรรจุใหม่ ๑๒ คน เรื่องวินัย\n\n${appointed}`);
    expect(r.checks[0].matches[1]).toMatchObject({ strength: 'strong', evidence: 'done', results: [0] });
    expect(r.checks[0].matches[1].score).toBeLessThan(0.4);
    expect(r.checks[0].matches[1].summaryEn).toContain('fits this step better than any other step');
    expect(r.findings.filter((f) => f.code === 'UNMATCHED_STEP').map((f) => f.item)).toEqual([3]);
    // A result on the same topic but another act (following up, not training) is no more than a weak match.
    const other = check(steps, `ติดตามการปฏิบัติตามวินัยของเจ้าหน้าที่ทุกเดือน\n\n${appointed}`);
    expect(other.checks[0].matches[1].strength).toBe('weak');
  });

  it('fits each statement of a paragraph result apart, and takes "none of it" as the report of a prohibition', () => {
    const paragraph = check('๑. จัดทำคู่มือการตั้งจุดตรวจ\n๒. ให้เจ้าหน้าที่ติดกล้องบันทึกภาพขณะปฏิบัติหน้าที่\n๓. ให้ผู้กระทำผิดชำระค่าปรับผ่านช่องทางอิเล็กทรอนิกส์แทนเงินสด',
      'จัดทำคู่มือการตั้งจุดตรวจแล้ว เจ้าหน้าที่ทุกนายติดกล้องบันทึกภาพตลอดเวลา ผู้ถูกปรับชำระค่าปรับทางแอปธนาคารได้ทุกราย');
    expect(paragraph.findings.filter((f) => f.code === 'UNMATCHED_STEP' || f.code === 'WEAK_MATCH')).toEqual([]);
    expect(paragraph.checks[0].matches[2].summaryEn).toContain('fits this step better');
    const queue = check('๑. เผยแพร่อัตราค่าธรรมเนียมให้ประชาชนทราบ\n๒. ให้บริการตามลำดับคำขอ ห้ามลัดคิว', '๑. ติดประกาศอัตราค่าธรรมเนียมที่บอร์ดหน้าสำนักงาน\n๒. นัดหมายเรียงตามวันยื่นคำขอ ไม่มีการลัดคิว');
    expect(queue.checks[0].matches[1]).toMatchObject({ strength: 'strong', evidence: 'done', results: [1] });
  });

  it('counts a year without complaints as done for a step acting on each complaint, not for one reporting on them', () => {
    const none = normaliseForMatch('ปีนี้ไม่มีเรื่องร้องเรียนเกี่ยวกับการทุจริต');
    expect(noCasesAccountFor(normaliseForMatch('ตอบกลับผู้ร้องเรียนภายใน ๑๕ วัน'), none)).toBe(true);
    expect(noCasesAccountFor(normaliseForMatch('ส่งต่อเรื่องร้องเรียนการทุจริตให้จังหวัดภายใน ๓ วัน'), none)).toBe(true);
    expect(noCasesAccountFor(normaliseForMatch('สรุปรายงานเรื่องร้องเรียนทุกเดือน'), none)).toBe(false);
    // Matters of corruption and tip-offs are cases too, however the step names them.
    expect(noCasesAccountFor(normaliseForMatch('ส่งเรื่องที่เกี่ยวกับการทุจริตให้คณะกรรมการสอบข้อเท็จจริง'), none)).toBe(true);
    expect(noCasesAccountFor(normaliseForMatch('ส่งต่อเบาะแสให้ศูนย์ปฏิบัติการต่อต้านการทุจริต'), none)).toBe(true);
    expect(noCasesAccountFor(normaliseForMatch('ส่งเสริมการป้องกันการทุจริตในหน่วยงาน'), none)).toBe(false);
    // Reporting each case on is passing it on; reporting every month is summing up.
    expect(noCasesAccountFor(normaliseForMatch('รายงานเรื่องร้องเรียนการทุจริตไปยังสำนักงานใหญ่'), none)).toBe(true);
    expect(noCasesAccountFor(normaliseForMatch('รายงานเรื่องร้องเรียนต่อผู้อำนวยการรายเดือน'), none)).toBe(false);
    expect(noCasesAccountFor(normaliseForMatch('ตอบกลับผู้ร้องเรียนภายใน ๑๕ วัน'), normaliseForMatch('ไม่มีการจัดประชุม'))).toBe(false);
    // Other ways of saying none came: after the cases, or as nothing left to forward.
    const forward = normaliseForMatch('ส่งต่อเรื่องร้องเรียนการทุจริตให้หน่วยงานที่มีอำนาจ');
    expect(noCasesAccountFor(forward, normaliseForMatch('ส่วนเรื่องร้องเรียนกรณีทุจริตไม่ปรากฏ'))).toBe(true);
    expect(noCasesAccountFor(forward, normaliseForMatch('ทุกเรื่องเป็นเรื่องบริการ ไม่มีกรณีที่ต้องส่งหน่วยงานภายนอก'))).toBe(true);
    // …with whom the cases would be about between the two (…ที่กล่าวหาเจ้าหน้าที่…, …ของพนักงาน…).
    expect(noCasesAccountFor(forward, normaliseForMatch('ไม่มีเรื่องที่กล่าวหาพนักงานว่าทุจริต'))).toBe(true);
    expect(noCasesAccountFor(forward, normaliseForMatch('ส่วนเรื่องร้องเรียนการทุจริตของบุคลากรไม่มี'))).toBe(true);
    const result = check('๑. เปิดช่องทางรับเรื่องร้องเรียนทางโทรศัพท์\n๒. ตอบกลับผู้ร้องเรียนภายใน ๑๕ วัน', '๑. เปิดสายด่วนรับเรื่องร้องเรียนแล้ว ปีนี้ไม่มีเรื่องร้องเรียน');
    expect(result.findings.filter((f) => f.code === 'UNMATCHED_STEP')).toEqual([]);
    expect(result.checks[0].matches[1].summaryEn).toContain('no complaint came in');
    // Said with ไม่ปรากฏ, a result that is no "nothing of the kind" report for the rest of the measure.
    const forwarded = check('๑. เปิดช่องทางรับเรื่องร้องเรียน Call Center และกล่องรับความคิดเห็น\n๒. บันทึกเรื่องร้องเรียนในระบบ CRM\n๓. ส่งต่อเรื่องร้องเรียนให้ ศปท. ภายใน ๓ วันทำการ',
      'ทุกที่ทำการมีกล่องรับความคิดเห็นและ Call Center รับเรื่อง ๔๗ เรื่อง บันทึกในระบบ CRM ทุกเรื่อง\n\nตลอดปีงบประมาณไม่ปรากฏกรณีพนักงานกระทำการทุจริต');
    expect(forwarded.findings.filter((f) => f.code === 'UNMATCHED_STEP')).toEqual([]);
    expect(forwarded.checks[0].matches[2].summaryEn).toContain('no complaint came in');
    // …and so is a step the wording reports only weakly.
    const weakly = check('๑. เปิดช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และกล่องรับความคิดเห็น\n๒. แจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วันทำการ\n๓. ส่งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ให้ ศปท.กษ.',
      'รับเรื่องร้องเรียนเรื่องการให้บริการ ๒๔ เรื่อง มีหนังสือแจ้งผลผู้ร้องครบทุกเรื่อง\n\nไม่มีเรื่องร้องเรียนพฤติกรรมทุจริตของเจ้าหน้าที่สำนักงาน');
    expect(weakly.checks[0].matches[2]).toMatchObject({ strength: 'strong', evidence: 'done', results: [1] });
    expect(weakly.checks[0].matches[2].summaryEn).toContain('no complaint came in');
  });
});
