import type { Lexicon } from './lexicon';
import { escapeRegExp, normaliseForMatch } from './normalise';

/**
 * Stage 4 of matching: what a result says about each thing it mentions. A result is cut into
 * clauses, and each clause is read for a not-done cue (งด…, เลื่อน…, ยกเลิก…, ยังไม่ได้…) or an
 * in-progress cue (อยู่ระหว่าง…, กำลัง…, รอ…). Cues apply to their clause only, so one sentence of an
 * unnumbered paragraph can say a step was cancelled while the others report steps done.
 */

export type Evidence = 'done' | 'not_done' | 'in_progress';

export interface Clause {
  text: string;
  evidence: Evidence;
  /** The cue as written ('' for done). */
  cue: string;
  /** A done clause that says it is finished (…แล้ว), or a status clause about counted cases (… ๒ เรื่อง). */
  finished?: boolean;
  tally?: boolean;
  /**
   * A status clause that contrasts with what its line reported done just before it (`…หกเดือนแล้ว
   * ส่วนรอบสิบสองเดือนอยู่ระหว่างรวบรวม`): the rest of the same thing. Holds that done text.
   */
  remainderOf?: string;
  /** The part a remainder names (รอบ, ไตรมาส, เดือน…), as normalised. */
  part?: string;
  /** A status that opens with its cue right after a done statement: that statement (see opensWithCue). */
  continues?: string;
}

/**
 * Words that continue the clause before them rather than start one: a reason, a date, a count, a
 * passive (`… ถูกยกเลิก`), so `การอบรม ถูกยกเลิกเนื่องจาก…` stays one clause.
 */
const CONTINUATION = /^(?:เนื่องจาก|เพราะ|โดย|ณ|เมื่อ|ประจำ|จำนวน|ตาม|ใน|ที่|ซึ่ง|ถูก|แล้ว|ครั้ง|คน|ราย|เรื่อง|ครบ|ทั้ง|เป็น|จาก|ของ|กับ|แก่|ไป|ออกไป|ไว้|จึง|ทำให้|และ|หรือ|รวม|คิดเป็น|ร้อยละ|วันที่|เดือน|ปี|พ\.ศ|ต่อ|ให้แก่|ให้กับ|ระหว่าง|ช่วง|ภายใน|จนถึง|ถึง|ได้ร้อยละ|ได้[0-9๐-๙]|[0-9๐-๙(]|[a-zA-Z])/;
/** The rules, as a noun (ข้อห้าม, ข้อห้ามปฏิบัติ): what a step teaches or posts, not what it forbids. */
const RULES = /ข้อห้าม/g;
/** A span in quotation marks. */
const QUOTED = /[“"«][^”"»]*[”"»]/g;
/** A draft: made, but not yet the thing a step asks for. */
const DRAFT = /ร่าง(?!กาย)/;
/** How many naming chunks (see NAMING_CHUNK), from one naming a part, may hold the status that makes it the rest of a period. */
const REST_AHEAD = 3;
/** A number of one or two digits at the end of a text (not a year). */
const SMALL_NUMBER_END = /(?:^|[^0-9๐-๙])[0-9๐-๙]{1,2}$/;
/** …nor the short year of an abbreviated month (มิ.ย. ๖๗, ม.ค.68): the period after it is a part of its own. */
const MONTH_YEAR_END = /[ก-๎]{1,3}\.[ก-๎]{1,3}\.?\s*[0-9๐-๙]{2}$/;
/** A text ending in a word that opens a date or range (ตั้งแต่ | ต.ค. ๖๖): what follows is its date, not a part of its own. */
const OPENS_DATE = /(?:ตั้งแต่|ถึง|จนถึง|ระหว่าง|เมื่อ|ภายใน|ช่วง|ประจำ|ณ|ใน)$/;
/** A chunk that names something (not a number, a dash or an abbreviated month): what REST_AHEAD counts. */
const NAMING_CHUNK = /[ก-๎]{3}/;
/** Units of time that follow a count (๑๒ เดือน, ๒ สัปดาห์). */
const PERIOD_UNIT = /^(?:เดือน|วัน|สัปดาห์|ปี)/;
/** The part a month is (see compileCues). */
const MONTH = 'เดือน';
/** A statement ending with a count that is part of a whole (…แล้ว ๓๑๒ จาก ๑,๐๕๐ คน). */
const PART_OF_WHOLE = /[0-9๐-๙][0-9๐-๙,]*\s*[ก-๎]{0,6}\s*จาก(?:ทั้งหมด|ทั้งสิ้น)?\s*[0-9๐-๙][0-9๐-๙,]*\s*[ก-๎]{0,8}\s*$/;
/** The part the rest of a count is. */
const REST = 'ที่เหลือ';
/** The part a quarter written Q1–Q4 is. */
const QUARTER = 'ไตรมาส';
/** The cue of abstaining (งด…). */
const ABSTAIN = 'งด';
/** Words asking others to do something: a cue after them is the content of the request. */
const REQUEST = /ขอความร่วมมือ|ขอให้|เชิญชวน/;
/** How far before a cue (in letters of the normalised clause) a request still governs it. */
const REQUEST_REACH = 30;
/** The future cue. */
const FUTURE = 'จะ';
/** A condition (หากพบ… จะ…): what would be done then is a rule, not work still to do. */
const CONDITION = /^(?:ทั้งนี้)?(?:หาก|ถ้า|ในกรณี|กรณี)/;
/** What ends a line of a result: a line break or a semicolon. */
const LINE = /\n|;\s*/;
/** Sentence openers that start a new clause even mid-line, also in an aside: `(ส่วนการตรวจรับ… ยังไม่ได้ทำ)`. */
const OPENER = /^[(\[“"]?(?:ส่วน|แต่|สำหรับ|ทั้งนี้|นอกจากนี้|อีกทั้ง|ด้าน|อย่างไรก็ตาม)/;

/** What may follow a cue when the status names nothing of its own (งด|ดำเนินการในปีนี้, เลื่อน|ออกไปก่อน). */
const BARE_STATUS = /^(?:ดำเนินการ|การ|จัด|ไป|ออกไป|ใน|ปีนี้|ปี|นี้|ไว้|ก่อน|ชั่วคราว|ทั้งหมด)*$/;

/** The rest of a count (อีก ๓ ข้อ, ที่เหลือ): its status follows in the next words. */
const REST_OF_COUNT = /^(?:ส่วน)?(?:อีก|ที่เหลือ)/;

/** Where the reason for a status starts. */
const REASON = /เนื่องจาก|เพราะ|โดยเหตุ|ด้วยเหตุ|จากการ/;

/** How far before its cue (in letters of the normalised clause) a count still counts the status's cases… */
const COUNT_BEFORE = 30;
/** …and how far after it (อยู่ระหว่างประสานองค์กรปกครองส่วนท้องถิ่น ๓ เรื่อง). */
const COUNT_AFTER = 45;

/** Words a status may open with before its cue, in the text as written (ยังรอ…, ขณะนี้อยู่ระหว่าง…). */
const STATUS_OPENING = /^(?:ขณะนี้|ปัจจุบัน|ยังคง|ยัง)(?=\S)/;
/** A not-done cue that negates an act named after it (ยังไม่ได้…, ไม่ได้…, มิได้…). */
const NEGATION = /^(?:ยัง)?(?:ไม่|มิ)/;

/** Words that only lead a status, in the normalised text: the opening words and the joining ones (จึง…, ต้องเลื่อน…). */
const STATUS_LEAD = /^(?:ขณะนี้|ปัจจุบัน|ยังคง|ยัง|จึง|และ|ซึ่ง|โดย|ต้อง)+/;

/** A nominalised topic (`การตรวจสอบพัสดุ…`): the status after it is the topic's. */
const TOPIC = /^(?:การ|ความ|โครงการ|กิจกรรม|หลักสูตร|คู่มือ|ระบบ|ป้าย|บอร์ด|ศูนย์|คณะกรรมการ|แผน|แบบ)/;
/** A clause that names a subject of its own: a nominalised topic, or an opener (ส่วน…, แต่…). */
const namesOwnTopic = (clause: string): boolean => TOPIC.test(clause) || OPENER.test(clause);

/** The chunks from `k` on up to REST_AHEAD naming ones (ก.ค. | – | ก.ย. | ๖๗ name nothing of their own). */
function ahead(chunks: readonly string[], k: number): string {
  let naming = 0;
  let end = k;
  while (end < chunks.length && naming < REST_AHEAD) if (NAMING_CHUNK.test(chunks[end++])) naming++;
  return chunks.slice(k, end).join(' ');
}

/**
 * Splits a result into clauses: lines, semicolons, and spaces where a new statement starts. Thai
 * puts a status after its topic (`การตรวจสอบพัสดุประจำปี รอคำสั่ง…`), so a chunk that opens with a
 * cue stays with a topic before it, unless that topic is already reported finished.
 */
export function splitClauses(
  text: string, cueAtStart: (chunk: string) => number = () => -1, finished: RegExp = /แล้ว|เรียบร้อย|ครบ|เสร็จ/,
  namesTopic: (clause: string) => boolean = namesOwnTopic,
  /** A chunk naming the rest of a period with its status (เดือนกันยายนกำลังรวบรวม). */
  restWithStatus: (chunk: string) => boolean = () => false,
  /** A clause that ends with a count and its unit (… ๒ เรื่อง). */
  endsWithCount: (clause: string) => boolean = () => false,
  /** A clause that ends with a wait glued to its last word (…ฉบับปรับปรุงรอ | ผอ. ลงนาม): what is awaited follows. */
  endsWithWait: (clause: string) => boolean = () => false,
): string[] {
  const clauses: string[] = [];
  for (const line of text.split(LINE)) {
    let current = '';
    const chunks = line.split(/\s+/).filter(Boolean);
    for (let k = 0; k < chunks.length; k++) {
      const chunk = chunks[k];
      const thai = chunk.replace(/[^ก-๎]/g, '');
      const cueLength = cueAtStart(chunk);
      // A draft finished (ยกร่างเสร็จแล้ว) is not the thing itself: the status after it is the draft's.
      const done = finished.test(current) && !DRAFT.test(current);
      // `ส่วน X งดจัดในปีนี้`: an opener names a topic ("as for X"), and the status after it is X's;
      // so does a status with nothing of its own (… ตำแหน่ง … งดดำเนินการในปีนี้).
      const statusOfTopic = cueLength >= 0 && !done
        && (namesTopic(current) || thai.length - cueLength < 10 || BARE_STATUS.test(thai.slice(cueLength)));
      // `…ขึ้นเว็บไซต์แล้วถึงเดือนสิงหาคม เดือนกันยายนกำลังรวบรวม`, `…ตรวจแล้ว ๖ แห่ง อีก ๔ แห่งจะตรวจ…`:
      // the rest of something finished is a clause of its own.
      // (Read with the next few chunks: รอบ | ๑๒ | เดือนอยู่ระหว่างจัดทำ.)
      const periodUnit = SMALL_NUMBER_END.test(current) && !MONTH_YEAR_END.test(current) && PERIOD_UNIT.test(chunk);
      // (…เมื่อ ๑๐ | เม.ย. ๖๘: after a small number a month is its date, unless the rest is said outright: ส่วน…, อีก….)
      const afterDay = periodUnit || (SMALL_NUMBER_END.test(current) && !MONTH_YEAR_END.test(current) && !OPENER.test(chunk) && !REST_OF_COUNT.test(chunk));
      // (…ตอบกลับ ๒๑ คน จาก ๒๗ คน | ที่เหลือกำลังติดตาม: the rest of a count, finished or not.)
      const newPart = (done || (endsWithCount(current) && REST_OF_COUNT.test(chunk))) && !afterDay && !OPENS_DATE.test(current) && restWithStatus(ahead(chunks, k));
      // A count's unit stays with its number (… แล้ว ๖ | โรงเรียน).
      // (A period after a small number is its unit too: รอบ ๑๒ | เดือนอยู่ระหว่างจัดทำ; after a year it
      // starts the rest: …๒๕๖๗ | ไตรมาส ๔ อยู่ระหว่าง….)
      const unitOfCount = /[0-9๐-๙]$/.test(current) && thai.length > 0 && cueLength < 0 && (!restWithStatus(chunk) || periodUnit);
      // `…อยู่ระหว่างพิจารณา ๒ เรื่อง และมีหนังสือตอบผู้ร้อง…`: after a count, และ opens a statement of its own.
      const nextStatement = /^และ/.test(chunk) && thai.length >= 6 && endsWithCount(current);
      // `ส่วนเดือนสิงหาคม–กันยายน | งานพัสดุอยู่ระหว่างรวบรวม`: the status of a part named just before it
      // (read last: it normalises the clause so far).
      const statusOfPart = () => !restWithStatus(current) && restWithStatus(`${current} ${chunk}`);
      // (สำหรับ after a nominal topic not yet said done is "for": การอบรม… | สำหรับควาญช้าง ยกเลิก.)
      const forWhom = /^สำหรับ/.test(chunk) && TOPIC.test(current) && !done;
      // `…ด้านอาหาร | หัตถกรรม | และการแสดงพื้นบ้าน…`: a short word before และ/หรือ is an item of a list, not a statement.
      const listItem = cueLength < 0 && thai.length <= 12 && /^(?:และ|หรือ)/.test(chunks[k + 1] ?? '');
      const joins = current !== '' && (!OPENER.test(chunk) || forWhom) && !newPart && !nextStatement && (CONTINUATION.test(chunk) || forWhom || thai.length < 6 || statusOfTopic || unitOfCount || endsWithWait(current) || statusOfPart() || listItem);
      if (joins) current += ' ' + chunk;
      else {
        if (current) clauses.push(current);
        current = chunk;
      }
    }
    if (current) clauses.push(current);
  }
  return clauses;
}

export interface CueReader {
  /** The clauses of a result; `normal` is its normaliseForMatch form when the caller has it already. */
  clauses(text: string, normal?: string): Clause[];
  /** Whether a step forbids something rather than asks for it; `normal` as for `clauses`. */
  isProhibition(text: string, normal?: string): boolean;
}

/** What `word+*` stands before: the first letter of a Thai word, a consonant other than อ or a leading vowel. */
const WORD_START = '[ก-ฬฮเ-ไ]';
/** What may follow a `word+*` cue after a space: the first letter of any Thai word. */
const AFTER_SPACE = '[ก-ฮเ-ไ]';
/**
 * What a `word+*` cue stands after, read in the text as written: a space, the start, or a word that
 * leads a status (ขณะนี้รอ…, ยังรอ…, จึงรอ…). After any other word it is more likely the end of that
 * word and the start of the next (สมัคร|อส.ตร., เกษตร|อำเภอ).
 */
const WORD_LEADS = '^|\\s|ขณะนี้|ปัจจุบัน|ยัง|อยู่|และ|จึง|โดย|ซึ่ง|ต้อง|แล้ว|ที่|ไป|นี้|อีก|ส่วน|กำลัง|เพื่อ|ระหว่าง'
  // …or the unit of a count (อีก ๕ คันรอตั้งงบ, ๒ รายรอผลตรวจ): the rest of the count waits.
  + '|[0-9๐-๙]\\s*(?:คัน|ราย|คน|เรื่อง|แห่ง|ฉบับ|ชุด|เครื่อง|ตู้|โครงการ|รายการ|อัตรา|หน่วย|ลำ|เล่ม)';

/**
 * The `word+*` cues of a list, as one pattern over the text as written (see WORD_LEADS); an
 * exception that starts with the cue (รอง, รอบ) is no cue.
 */
function wordStartPattern(words: readonly string[], exceptions: readonly string[]): RegExp | null {
  const starts = words.filter((entry) => entry.endsWith('+*')).map((entry) => {
    const word = entry.slice(0, -2);
    const longer = exceptions.filter((e) => e.startsWith(word) && e.length > word.length).map((e) => escapeRegExp(e.slice(word.length)));
    return escapeRegExp(word) + (longer.length > 0 ? `(?!${longer.join('|')})` : '');
  });
  if (starts.length === 0) return null;
  const cue = starts.join('|');
  // (A cue standing alone before the next word counts too: รอ สศก. อนุมัติ. So does one glued to
  // the word before it but followed by a space, as no word of these reports ends in it:
  // ร่างอินโฟกราฟิกรอ ผภ. ตรวจทาน.)
  // (After a space any word may follow, อบต. too: only glued to the next word is อ more likely its end, เกษตร|อำเภอ.)
  return new RegExp(`(?:(?:${WORD_LEADS})(?=(?:${cue})(?:\\s+${AFTER_SPACE}|${WORD_START}))|(?=(?:${cue})\\s+${AFTER_SPACE}))(${cue})`);
}

/** Whether a text as written ends with one of the `word+*` cues of the lists (…ฉบับปรับปรุงรอ). */
function endsWithWordCue(lists: readonly (readonly string[])[]): (text: string) => boolean {
  const words = lists.flat().filter((entry) => entry.endsWith('+*')).map((entry) => escapeRegExp(entry.slice(0, -2)));
  if (words.length === 0) return () => false;
  const pattern = new RegExp(`(?:${words.join('|')})$`);
  return (text) => pattern.test(text);
}

/** A not-done cue that follows from what came before (…รอรูปเล่ม จึงยังไม่ได้ประกาศผล): the step's status. */
const CONSEQUENCE = /(?:จึง|ทำให้|ส่งผลให้)$/;

/** In a cue, `…` stands for the few letters of a verb between two parts (ยัง…ไม่เสร็จ: ยังปรับแก้ไม่เสร็จ). */
const GAP = '…';
/** At most a short verb phrase: a gap must not reach into the next statement. */
const GAP_PATTERN = '[ก-๎a-z0-9]{1,15}?';

/**
 * Cue words as one alternation, longest first; `word+next|other` counts only before those words,
 * `word+*` only before the first letter of a word.
 */
function wordsPattern(words: readonly string[]): string {
  return words
    .filter((entry) => !entry.endsWith('+*'))
    .map((entry) => {
      const [word, context] = entry.split('+');
      const before = context ? context.split('|').map((w) => escapeRegExp(normaliseForMatch(w))).join('|') : '';
      return { word: normaliseForMatch(word), before };
    })
    .filter((w) => w.word)
    .sort((a, b) => b.word.length - a.word.length)
    .map((w) => w.word.split(GAP).map(escapeRegExp).join(GAP_PATTERN) + (w.before ? `(?=${w.before})` : ''))
    .join('|');
}

/** A statement shorter than this (in Thai letters) is a fragment of the one before it. */
const FRAGMENT = 12;
/** A completion still to come: expected (คาดว่า…), scheduled (กำหนดแล้วเสร็จ…) or future (จะเสร็จ…), not a finish. */
const EXPECTED = /คาดว่า|คาดการณ์|จะแล้วเสร็จ|จะเสร็จ|กำหนดแล้วเสร็จ|กำหนดเสร็จ|ให้แล้วเสร็จ/;

const isFragment = (clause: string): boolean => clause.replace(/[^ก-๎]/g, '').length < FRAGMENT;

/**
 * What the rest of a count (ที่เหลือ…, อีก ๔ คน…) is the rest of: the statement whose count is part of
 * its whole, from that count on, with the clause before it unless the count names its own topic
 * (`เรียนหลักสูตร ACT Academy | ผ่านแล้ว ๑๓๒ คน จาก ๒๑๐ คน`, but `แบบเปิดเผย…ได้รับคืนแล้ว ๑๘ ราย จาก ๒๓ ราย`
 * alone); without such a count, as sinceTopic.
 */
function restOfCount(done: readonly string[]): string {
  for (let i = done.length - 1; i >= 0; i--) {
    if (!PART_OF_WHOLE.test(done[i])) continue;
    return done.slice(namesOwnTopic(done[i]) ? i : Math.max(0, i - 1)).join(' ');
  }
  return sinceTopic(done);
}

/**
 * The statement a status continues: the done statements since the last that names a topic of its
 * own (ส่วนการสุ่มจับฉลาก… ทดลองใช้ในผลัดเช้าแล้ว | ยังอยู่ระหว่างขยาย…), or the last one.
 */
function sinceTopic(done: readonly string[]): string {
  for (let i = done.length - 1; i >= Math.max(0, done.length - 3); i--) if (namesOwnTopic(done[i])) return done.slice(i).join(' ');
  // A fragment (… | กรมสุขภาพจิต | เลื่อนไป…) belongs with the statement before it.
  const last = done[done.length - 1];
  return isFragment(last) && done.length > 1 ? `${done[done.length - 2]} ${last}` : last;
}

/**
 * The forms of a cue list that spell an exception and go on past it (รอ+บริษัท spells รอบ…, รอดำเนินการ
 * spells รอด…): the cue named in full is what is meant, so these come before the exceptions.
 */
function beatingExceptions(words: readonly string[], exceptions: readonly string[]): string[] {
  const excepted = exceptions.map(normaliseForMatch);
  return words.filter((entry) => !entry.endsWith('+*')).flatMap((entry) => {
    const [word, context] = entry.split('+');
    const forms = context ? context.split('|').map((next) => ({ entry: `${word}+${next}`, full: normaliseForMatch(word + next) })) : [{ entry, full: normaliseForMatch(word) }];
    return forms.filter(({ full }) => excepted.some((e) => full.length > e.length && full.startsWith(e))).map((form) => form.entry);
  });
}

/** An alternative that never matches, for an empty list. */
const NOTHING = '(?!)';

export function compileCues(lexicon: Lexicon): CueReader {
  // Exceptions come first in the alternation so `เลื่อนขั้น` is consumed before `เลื่อน` can match;
  // before them only the cue forms that spell an exception and go on past it.
  const exceptions = wordsPattern(lexicon.cueExceptions);
  const notDone = wordsPattern(lexicon.notDone);
  const inProgress = wordsPattern(lexicon.inProgress);
  const notDoneFirst = wordsPattern(beatingExceptions(lexicon.notDone, lexicon.cueExceptions)) || NOTHING;
  const inProgressFirst = wordsPattern(beatingExceptions(lexicon.inProgress, lexicon.cueExceptions)) || NOTHING;
  const cue = new RegExp(`(${notDoneFirst})|(${inProgressFirst})|(${exceptions})|(${notDone})|(${inProgress})`, 'g');
  const leading = new RegExp(`^(?:(${notDoneFirst}|${inProgressFirst})|(${exceptions})|(${notDone}|${inProgress}))`);
  const finished = new RegExp(wordsPattern(lexicon.finished));
  // A draft (ยกร่าง… เสร็จแล้ว) is not the thing itself finished: what follows it (อยู่ระหว่างจัดพิมพ์) is its status.
  // …nor is a completion still expected (คาดว่าแล้วเสร็จ…, กำหนดแล้วเสร็จ…, จะเสร็จ…).
  const isFinished = (normal: string) => finished.test(normal) && !DRAFT.test(normal) && !EXPECTED.test(normal);
  // A part of a period or of a whole, after ส่วน / แต่ or alone (ไตรมาสที่ ๔ รอปิดบัญชี): the rest of
  // what the line reported done.
  const remainder = new RegExp(`^(?:ส่วน|แต่|สำหรับ)?(?:ของ)?(${wordsPattern([...lexicon.remainders, ...lexicon.months])})`);
  // A month is a part of the monthly: the step that names เดือน (รายเดือน) is the one it is the rest of.
  const monthNames = new Set(lexicon.months.map(normaliseForMatch));
  // …and a quarter written Q2 is a part of the quarterly (ไตรมาส).
  const partOf = (word: string) => (monthNames.has(word) ? MONTH : /^q[1-4]$/.test(word) ? QUARTER : word);
  const namesTopic = (clause: string) => namesOwnTopic(clause) || remainder.test(normaliseForMatch(clause));
  /** A status clause without a subject of its own, whose cue is followed by nothing of its own before its reason. */
  const isBare = (status: Clause): boolean => {
    // `ส่วนการเปิดบริการวันเสาร์งดไป`: an opener or a nominalised topic names the status's own subject.
    if (namesTopic(status.text)) return false;
    const normal = normaliseForMatch(status.text);
    const cueNormal = normaliseForMatch(status.cue);
    const at = normal.indexOf(cueNormal);
    if (at < 0) return false;
    const rest = normal.slice(at + cueNormal.length).split(REASON)[0].replace(/[^ก-๎]/g, '');
    return BARE_STATUS.test(rest);
  };
  /** A status clause that opens with its cue (after a word that only leads it: ยัง, ขณะนี้…): it names no subject of its own. */
  const opensWithCue = (status: Clause): boolean => {
    const normal = normaliseForMatch(status.text);
    const cue = normaliseForMatch(status.cue);
    return normal.startsWith(cue) || normal.replace(STATUS_LEAD, '').startsWith(cue);
  };
  const restWithStatus = (chunk: string) => {
    const normal = normaliseForMatch(chunk);
    return remainder.test(normal) && (REST_OF_COUNT.test(normal) || hasCue(chunk, normal));
  };
  const tally = new RegExp(`[0-9](?:${wordsPattern(lexicon.counters)})`);
  const caseTally = new RegExp(`[0-9](?:${wordsPattern(lexicon.caseCounters)})`);
  const countAtEnd = new RegExp(`[0-9](?:${wordsPattern(lexicon.counters)})$`);
  const endsWithCount = (clause: string) => countAtEnd.test(normaliseForMatch(clause));
  const endsWithWait = endsWithWordCue([lexicon.notDone, lexicon.inProgress]);
  const notDoneWord = wordStartPattern(lexicon.notDone, lexicon.cueExceptions);
  const inProgressWord = wordStartPattern(lexicon.inProgress, lexicon.cueExceptions);
  /** A `word+*` cue in the text as written: its evidence, the cue, and where it stands. */
  const wordCue = (text: string): { evidence: 'not_done' | 'in_progress'; cue: string; at: number } | null => {
    const found = [notDoneWord?.exec(text), inProgressWord?.exec(text)];
    const [notDoneAt, inProgressAt] = found.map((m) => (m ? m.index + m[0].length - m[1].length : Infinity));
    if (notDoneAt === Infinity && inProgressAt === Infinity) return null;
    return notDoneAt <= inProgressAt
      ? { evidence: 'not_done', cue: found[0]![1], at: notDoneAt }
      : { evidence: 'in_progress', cue: found[1]![1], at: inProgressAt };
  };
  /**
   * The cues of a normalised text, in order. An exception hides the cues inside it, but not one that
   * starts inside it and runs on past its end: `การอยู่ระหว่าง` holds รอย, and อยู่ระหว่าง after it.
   */
  const cuesIn = (normal: string): { index: number; evidence: 'not_done' | 'in_progress'; cue: string }[] => {
    const found: { index: number; evidence: 'not_done' | 'in_progress'; cue: string }[] = [];
    let exceptedTo = -1;
    cue.lastIndex = 0;
    for (let m = cue.exec(normal); m !== null; m = cue.exec(normal)) {
      if (m[3] !== undefined) {
        exceptedTo = Math.max(exceptedTo, m.index + m[0].length);
        cue.lastIndex = m.index + 1;
        continue;
      }
      if (m[1] === undefined && m[2] === undefined && m.index + m[0].length <= exceptedTo) continue;
      const notDoneCue = m[1] ?? m[4];
      found.push(notDoneCue !== undefined ? { index: m.index, evidence: 'not_done', cue: notDoneCue } : { index: m.index, evidence: 'in_progress', cue: m[2] ?? m[5] });
    }
    return found;
  };
  const hasCue = (text: string, normal: string): boolean => cuesIn(normal).length > 0 || wordCue(text) !== null;
  /** The length of the cue a chunk opens with, or -1. */
  const startsWithCue = (chunk: string): number => {
    const m = leading.exec(normaliseForMatch(chunk));
    const opening = m?.[1] ?? m?.[3];
    if (opening !== undefined) return opening.length;
    // A word that only leads the status (ยังรอ…, ขณะนี้รอ…) does not give it a subject.
    const lead = STATUS_OPENING.exec(chunk)?.[0].length ?? 0;
    const word = wordCue(chunk);
    if (word !== null && word.at === lead) return lead + word.cue.length;
    const led = lead > 0 ? leading.exec(normaliseForMatch(chunk.slice(lead))) : null;
    const ledCue = led?.[1] ?? led?.[3];
    return ledCue !== undefined ? lead + ledCue.length : -1;
  };
  /** A clause's status (`normal`: the clause normalised); `remainder` is the done text of its line it contrasts with, if any. */
  function statusOf(clause: string, normal: string, remainder: { done: string; part: string } | undefined): Clause {
    const remainderOf = remainder === undefined ? {} : { remainderOf: remainder.done, part: remainder.part };
    // จะ in a condition (หากเป็นข้อมูลบิดเบือนจะส่ง…) states a rule, not something still to do.
    // งด in a request (ขอความร่วมมือให้ผู้ประกอบการงดมอบกระเช้า) is what was asked, not a step dropped.
    const found = cuesIn(normal).filter((f) => !(f.cue === FUTURE && CONDITION.test(normal)) && !(f.cue === ABSTAIN && REQUEST.test(normal.slice(Math.max(0, f.index - REQUEST_REACH), f.index))));
    let status: { evidence: 'not_done' | 'in_progress'; cue: string } | null = found.length === 0 ? null : { evidence: found[0].evidence, cue: found[0].cue };
    // A word cue (รอ…) counts when it stands before the first other cue, or alone.
    const word = wordCue(clause);
    if (word !== null && (status === null || clause.indexOf(status.cue) < 0 || word.at < clause.indexOf(status.cue))) status = { evidence: word.evidence, cue: word.cue };
    if (status === null) return { text: clause, evidence: 'done', cue: '', finished: isFinished(normal) };
    // A wait that leaves the step undone (รอรูปเล่ม จึงยังไม่ได้ประกาศผล): not done.
    if (status.evidence === 'in_progress') {
      const consequence = found.find((f) => f.evidence === 'not_done' && CONSEQUENCE.test(normal.slice(0, f.index)));
      if (consequence !== undefined) status = { evidence: 'not_done', cue: consequence.cue };
    }
    // The rest of a count (อีก ๕ แห่งอยู่ระหว่างจัดทำ) is the rest of the step's own count, not counted cases.
    // Only a count beside the cue counts its cases; one further on is another statement's.
    const at = Math.max(0, normal.indexOf(normaliseForMatch(status.cue)));
    const near = normal.slice(Math.max(0, at - COUNT_BEFORE), at + status.cue.length + COUNT_AFTER);
    // …but the rest of counted cases (อีก ๑ เรื่องอยู่ระหว่างสอบข้อเท็จจริง) is still the cases'.
    const cases = caseTally.test(near);
    // A count in brackets after the status (อยู่ระหว่างหารือ (ประชุมแล้ว ๒ ครั้ง)) is progress told in passing, not counted cases.
    const nearOutsideBrackets = near.replace(/\([^)]*\)?/g, ' ');
    return { text: clause, ...status, tally: cases || (tally.test(nearOutsideBrackets) && !(remainder !== undefined && REST_OF_COUNT.test(normal))), ...remainderOf };
  }
  // ไม่… and งด… forbid only where the step opens with them (ไม่เรียกเก็บเงิน…); inside a step they
  // name a thing (แบบแสดงการไม่มีส่วนได้เสีย). ห้าม forbids wherever it stands.
  const prohibition = new RegExp(`^(?:${wordsPattern(lexicon.prohibitions)})|(?:${wordsPattern(lexicon.prohibitions.filter((w) => w.length > 3))})`);
  return {
    // A quoted slogan or title (ป้าย “…ไม่รับสินบน”) names something; its negation is not the step's.
    isProhibition(text, normal = normaliseForMatch(text)) {
      // …nor do the rules as a topic (อบรมเรื่องบทบาทหน้าที่และข้อห้าม…): ข้อห้าม names them.
      const unquoted = text.replace(QUOTED, ' ').replace(RULES, ' ');
      return prohibition.test(unquoted === text ? normal : normaliseForMatch(unquoted));
    },
    clauses(text, normal = normaliseForMatch(text)) {
      // Most results hold no cue at all: one done clause, without cutting anything.
      if (!hasCue(text, normal)) return [{ text, evidence: 'done', cue: '' }];
      const read: Clause[] = [];
      for (const line of text.split(LINE)) {
        // The done clauses of this line since its last status clause.
        let doneBefore: Clause[] = [];
        const doneTexts = () => doneBefore.map((d) => d.text);
        for (const clause of splitClauses(line, startsWithCue, finished, namesTopic, restWithStatus, endsWithCount, endsWithWait)) {
          const clauseNormal = normaliseForMatch(clause);
          const part = doneBefore.length > 0 ? remainder.exec(clauseNormal) : null;
          // The rest of a count (ที่เหลือ…, อีก…) follows the count it is the rest of; the rest of a
          // period may be of anything its line reported.
          const rest = part === null ? undefined
            : { done: REST_OF_COUNT.test(part[1]) ? restOfCount(doneTexts()) : doneTexts().join(' '), part: partOf(part[1]) };
          const status = statusOf(clause, clauseNormal, rest);
          // `…แล้ว ๓๑๒ จาก ๑,๐๕๐ คน | ฝ่ายบุคคลกำลังติดตามให้ครบ`: under way right after a count that is
          // only part of its whole, it is the rest of that count.
          const last = doneBefore[doneBefore.length - 1];
          if (status.evidence === 'in_progress' && rest === undefined && last !== undefined && PART_OF_WHOLE.test(last.text)) {
            status.remainderOf = last.text;
            status.part = REST;
          }
          // `ยังไม่ได้กำหนดแบบฟอร์ม อยู่ระหว่างรอแบบฟอร์มกลาง`: the wait right after a not-done
          // clause is its reason; the thing is still not done.
          const before = read[read.length - 1];
          if (status.evidence === 'in_progress' && doneBefore.length === 0 && before !== undefined && before.evidence === 'not_done' && line.includes(before.text)) {
            read[read.length - 1] = { ...before, text: `${before.text} ${clause}` };
            continue;
          }
          // A status naming nothing of its own (… ตำแหน่ง… งดดำเนินการในปีนี้ เนื่องจาก…) is the status
          // of the whole statement before it, unless that statement says it is finished.
          if (status.evidence !== 'done' && doneBefore.length > 0 && isBare(status) && !doneBefore.some((d) => d.finished === true)) {
            read.splice(read.length - doneBefore.length, doneBefore.length);
            read.push({ ...status, text: `${doneTexts().join(' ')} ${clause}` });
            doneBefore = [];
            continue;
          }
          // `ตรวจนับครบทุกรายการแล้ว กำลังจัดทำรายงานผล…`: a status with no subject of its own, right
          // after a done statement, is the next stage of that statement's thing.
          // So is a not-done one after a statement that names a thing without saying it was done
          // (`เวทีรับฟังความคิดเห็นโครงการถนนสาย ลบ.๓๐๑๗ เลื่อนไปต้นปีงบประมาณ ๒๕๖๘`), when it puts the thing
          // off or drops it: a negation names its own act after it (…ร้อยละ ๙๑ ยังไม่ได้นำผลมาวิเคราะห์), unless
          // all before it is a fragment naming the thing (`รายงาน สขร.๑ ยังไม่ได้นำขึ้นเว็บไซต์`).
          if (status.evidence !== 'done' && last !== undefined && opensWithCue(status)
            && (status.evidence === 'in_progress' || (last.finished !== true && (!NEGATION.test(status.cue) || isFragment(last.text))))) status.continues = sinceTopic(doneTexts());
          doneBefore = status.evidence === 'done' ? [...doneBefore, status] : [];
          read.push(status);
        }
      }
      return read;
    },
  };
}
