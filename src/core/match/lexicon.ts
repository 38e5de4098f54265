/**
 * The matcher's domain lexicon: the one file to edit when reports use words it does not know.
 *
 * - Each group of `actions`, `objects` and `terms` lists words these reports use for one thing;
 *   every word of a group is folded to the same token before comparing, so
 *   `ประชาสัมพันธ์ผ่านเพจเฟซบุ๊ก` reports `เผยแพร่ผ่านสื่อสังคมออนไลน์`. Add the whole class a word
 *   belongs to, never a one-off pair. Longer variants are replaced first; case, spaces, dots and
 *   hyphens do not matter (`ป.ป.ช.` = `ปปช`, `ทุก 3 เดือน` = `ทุก3เดือน`).
 * - A variant written `word+next|other` counts only when `next` or `other` follows it (the
 *   following words stay): `มี+ช่องทาง` makes `มีช่องทาง…` report `กำหนดช่องทาง…`. A cue written
 *   `word+*` counts as a word of its own: after a space, the start or a word that leads a status
 *   (ขณะนี้, ยัง, จึง…), and before the first letter of a next word (a consonant other than อ, or a
 *   leading vowel), so `สมัคร อส.ตร.` or `เกษตรอำเภอ` hold no รอ.
 * - `phrases` name codes that stand for a whole phrase (a form's code, `สขร.๑`): the code folds to
 *   what its phrase folds to, every word of it.
 * - `fillers` carry no step of their own and are dropped; `causativeOpenings` are dropped from the
 *   start of a step so the opening-words bonus goes to the real action.
 * - `notDone` and `inProgress` are cues read per clause of a result (`word+next|other` works there
 *   too, and `…` stands for a short verb between two parts: `ยัง…ไม่เสร็จ`); `cueExceptions` are words
 *   that contain a cue but are not one (`เลื่อนขั้นเงินเดือน` is a salary step, not a postponement).
 */
export interface Lexicon {
  actions: Readonly<Record<string, readonly string[]>>;
  objects: Readonly<Record<string, readonly string[]>>;
  terms: Readonly<Record<string, readonly string[]>>;
  /**
   * Codes that stand for a whole phrase, folded as that phrase (phrase → its codes): `ลง สขร.๑`
   * then reports `เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน`.
   */
  phrases: Readonly<Record<string, readonly string[]>>;
  fillers: readonly string[];
  causativeOpenings: readonly string[];
  prohibitions: readonly string[];
  notDone: readonly string[];
  inProgress: readonly string[];
  cueExceptions: readonly string[];
  /**
   * Whom a step tells (…ให้ประชาชนทั่วไปทราบ, …ให้บุคลากรทุกคนรับทราบ) is left out of its wording: results
   * say where and how a thing was made known, seldom to whom. Kept are these, the people a step
   * answers (แจ้งผลให้ผู้ร้องทราบ: naming them tells an answer from a notice), and an audience that
   * signs (ให้บุคลากรลงนามรับทราบ: acknowledging).
   */
  answeredAudiences: readonly string[];
  /** Words saying a clause is finished (…แล้ว, …เรียบร้อย): a status clause beside it is about something else. */
  finished: readonly string[];
  /** Counting words: a status clause with a count (อยู่ระหว่างดำเนินการ ๒ เรื่อง) is about counted cases, not the step. */
  counters: readonly string[];
  /** Counters of cases (complaints, matters): a status of the rest of them is still about cases, not the step. */
  caseCounters: readonly string[];
  /**
   * Parts of a period or of a whole (รอบ, ไตรมาส, ที่เหลือ, อีก…): a status clause opening `ส่วน…` or
   * `แต่…` or `สำหรับ…` with one of them is the rest of what its line reported done (`ส่วนรอบ ๑๒ เดือนอยู่ระหว่าง…`).
   */
  remainders: readonly string[];
  /** Months, written out or abbreviated: a part of a period too, the rest of what a monthly step reported. */
  months: readonly string[];
}

/** The months of the fiscal year: the name of their term group, written out, abbreviated. */
const THAI_MONTHS: readonly (readonly [string, string, string])[] = [
  ['october', 'ตุลาคม', 'ต.ค.'], ['november', 'พฤศจิกายน', 'พ.ย.'], ['december', 'ธันวาคม', 'ธ.ค.'], ['january', 'มกราคม', 'ม.ค.'],
  ['february', 'กุมภาพันธ์', 'ก.พ.'], ['march', 'มีนาคม', 'มี.ค.'], ['april', 'เมษายน', 'เม.ย.'], ['may', 'พฤษภาคม', 'พ.ค.'],
  ['june', 'มิถุนายน', 'มิ.ย.'], ['july', 'กรกฎาคม', 'ก.ค.'], ['august', 'สิงหาคม', 'ส.ค.'], ['september', 'กันยายน', 'ก.ย.'],
];

export const DEFAULT_LEXICON: Lexicon = {
  actions: {
    publish: [
      'เผยแพร่', 'ประชาสัมพันธ์', 'ประกาศ', 'แจ้งเวียน', 'เวียนแจ้ง', 'ปิดประกาศ', 'ติดประกาศ', 'ติดป้าย',
      'ลงประกาศ', 'หนังสือเวียน', 'เวียนหนังสือ', 'ติดบอร์ด', 'อัปโหลด', 'อัพโหลด', 'อัปเดต', 'อัพเดท', 'โพสต์', 'โพส', 'ลง+เว็บไซต์|เว็ปไซต์|เวปไซต์|หน้าเว็บ|เพจ|เฟซบุ๊ก|เฟสบุ๊ค|website|facebook',
      'เปิดเผย', 'นำขึ้น', 'ขึ้น+เว็บไซต์|เว็ปไซต์|เวปไซต์|หน้าเว็บ|เพจ|ระบบ|website|facebook', 'ลง+ข้อมูล|ประกาศ|ข่าว|คลิป|วิดีโอ|วีดิโอ|ภาพ|รูป|โปสเตอร์|อินโฟกราฟิก|สื่อ', 'แจ้งให้ทราบ', 'แจ้งข่าว', 'กระจายข่าว', 'publicize', 'publish', 'announce', 'upload', 'post',
    ],
    appoint: [
      'แต่งตั้ง', 'มอบหมาย', 'ออกคำสั่ง', 'ลงนามคำสั่ง', 'มีคำสั่ง', 'คำสั่งแต่งตั้ง', 'กำหนดผู้รับผิดชอบ',
      'assign', 'appoint',
    ],
    train: [
      'ประชุมเชิงปฏิบัติการ', 'จัดอบรม', 'ฝึกอบรม', 'อบรม', 'ให้ความรู้', 'ปฐมนิเทศ', 'สัมมนา', 'บรรยายพิเศษ', 'บรรยาย', 'ชี้แจง', 'ถ่ายทอด', 'ศึกษาดูงาน', 'เสวนา', 'เวิร์กชอป', 'webinar', 'เว็บบินาร์', 'เข้ารับการอบรม', 'ผ่านการอบรม', 'ผ่านการเรียน', 'เรียนจบ', 'บทเรียน', 'หลักสูตร', 'สร้างความรู้ความเข้าใจ', 'สร้างความเข้าใจ', 'workshop', 'training',
    ],
    // A community forum is a meeting: จัดประชุมประชาคม = จัดเวทีประชาคม = ประชาคมตำบล.
    meet: ['ประชุม', 'จัดประชุม', 'ประชุมชี้แจง', 'ที่ประชุม', 'ประชุมประชาคม', 'เวทีประชาคม', 'ประชาคม', 'จัดเวที', 'meeting', 'forum'],
    // Telling the one who asked or complained (แจ้งผู้ร้อง…, มีหนังสือแจ้ง, SMS on closing a job).
    answer: ['มีหนังสือตอบ', 'มีหนังสือแจ้ง', 'หนังสือตอบ', 'ตอบกลับ', 'ตอบข้อซักถาม', 'ตอบคำถาม', 'ชี้แจงผล', 'แจ้งผล', 'แจ้งกลับ', 'แจ้ง+ผู้ร้อง|ผู้ยื่น|ผู้ขอ|ผู้แจ้ง|ผู้รับบริการ|ลูกค้า', 'ตอบ', 'reply', 'respond'],
    provide: [
      'จัดให้มี', 'จัดทำช่องทาง', 'มี+ช่องทาง|กล่อง|ตู้|ระบบ|แบบฟอร์ม|qr|คิวอาร์', 'เปิดให้บริการ', 'เปิด+ช่องทาง|ระบบ|กล่อง|ตู้|รับ|เพจ|บริการ|บัญชี', 'ตั้ง+กล่อง|ตู้|จุด|ชมรม|คณะ|กลุ่ม|ศูนย์', 'วาง+กล่อง|ตู้', 'เพิ่ม+ช่องทาง|ระบบ|กล่อง|ตู้|จุด',
      'ติดตั้ง', 'จัดตั้ง', 'provide', 'install',
    ],
    monitor: ['ติดตาม', 'ตรวจสอบ', 'ตรวจทาน', 'สอบทาน', 'สุ่มตรวจ', 'ออกตรวจ', 'เข้าตรวจ', 'ตรวจเยี่ยม', 'กำกับดูแล', 'กำกับติดตาม', 'สอดส่อง', 'monitor'],
    prepare: ['จัดทำ', 'กำหนด', 'ยกร่าง', 'prepare', 'draft'],
    campaign: ['รณรงค์', 'campaign'],
    study: ['ศึกษา', 'ทบทวน', 'วิเคราะห์', 'study', 'review', 'analyse', 'analyze'],
    promote: ['ส่งเสริม', 'สนับสนุน', 'promote'],
    carryOut: ['ดำเนินการ', 'ปฏิบัติ', 'carry out'],
    report: ['รายงานผล', 'รายงาน', 'สรุปผล', 'สรุปรายงาน', 'report'],
    approve: [
      'ได้รับการอนุมัติ', 'ได้รับอนุมัติ', 'รับการอนุมัติ', 'พิจารณาอนุมัติ', 'ลงนามอนุมัติ', 'อนุมัติ', 'อนุญาต', 'เห็นชอบ',
      // Putting one's name to a document: ลงนาม, ลงลายมือชื่อ, ลงชื่อ (acknowledging is its own class below).
      'ลงนาม', 'ลงลายมือชื่อ', 'ลงชื่อ', 'approve', 'sign',
    ],
    // Handing a paper in, or filling in the form one hands in (กรอกแบบ CoI = ยื่นแบบแสดงการมีส่วนได้เสีย).
    // Signing a form is handing it in (ลงนามในแบบ… = ยื่นแบบ…); signing anything else approves it.
    propose: ['เสนอ', 'นำเสนอ', 'เสนอต่อ', 'ยื่น', 'กรอก', 'ลงนามใน+แบบ', 'ลงนาม+แบบ', 'ลงชื่อใน+แบบ', 'ลงลายมือชื่อใน+แบบ', 'propose', 'submit', 'fill in'],
    // Passing a matter on to the unit that deals with it.
    forward: ['ส่งเรื่องต่อ', 'ส่งเรื่อง', 'ส่งต่อ', 'โอนเรื่อง', 'ส่งให้หน่วยงาน', 'forward', 'refer', 'transfer'],
    coordinate: ['ประสานงาน', 'ประสาน', 'coordinate'],
    collect: ['เก็บรวบรวม', 'รวบรวม', 'จัดเก็บ', 'collect'],
    evaluate: ['ตรวจประเมิน', 'ประเมินผล', 'ประเมิน', 'วัดผล', 'evaluate', 'assess'],
    survey: ['สำรวจ', 'สอบถาม', 'แบบสอบถาม', 'รับฟัง', 'google forms', 'google form', 'กูเกิลฟอร์ม', 'แบบฟอร์มออนไลน์', 'survey', 'questionnaire', 'listen'],
    // Asking to use something shared (รถราชการ, ห้องประชุม) is booking it.
    book: ['ขออนุญาตใช้', 'ขอใช้', 'จอง', 'book', 'booking', 'reserve'],
    receive: ['รับเรื่อง', 'รับแจ้ง', 'receive'],
    improve: ['ทบทวนปรับปรุง', 'ปรับปรุง', 'แก้ไข', 'พัฒนา', 'improve'],
    acknowledge: ['ลงลายมือชื่อรับทราบ', 'ลงนามรับทราบ', 'ลงชื่อรับทราบ', 'รับทราบ', 'acknowledge'],
    honour: [
      'ยกย่องเชิดชูเกียรติ', 'ยกย่องเชิดชู', 'ยกย่อง', 'เชิดชูเกียรติ', 'เชิดชู', 'มอบเกียรติบัตร', 'มอบรางวัล',
      'ประกาศเกียรติคุณ', 'มอบโล่', 'honour', 'honor', 'award',
    ],
    // Entering papers in the office's books: ลงทะเบียนรับ, ลงรับ, ลงเลขรับ, a register (ทะเบียนคุม, สมุดคุม, ทะเบียน…).
    record: ['บันทึก', 'ลงทะเบียนรับ', 'ลงทะเบียน', 'ลงเลขรับ', 'ลงรับ', 'จดบันทึก', 'ทะเบียนคุม', 'สมุดคุม', 'สมุดทะเบียน', 'ทะเบียน', 'record', 'register', 'logbook'],
    integrate: ['บูรณาการ', 'สอดแทรก', 'แทรก', 'integrate'],
  },
  objects: {
    online: [
      'สื่อสังคมออนไลน์', 'สื่อออนไลน์', 'ออนไลน์', 'โซเชียลมีเดีย', 'เพจเฟซบุ๊ก', 'เพจเฟสบุ๊ค', 'เฟซบุ๊ก', 'เฟสบุ๊ค',
      'เฟสบุ๊ก', 'เฟซบุ๊ค', 'facebook', 'ไลน์กลุ่ม', 'กลุ่มไลน์', 'ไลน์ทางการ', 'บัญชีไลน์', 'ไลน์', 'line official account', 'line oa', 'lineoa', 'line', 'social media', 'online',
      // Google's online tools an agency runs a system on.
      'google calendar', 'google sheets', 'google sheet', 'google drive', 'กูเกิลปฏิทิน', 'กูเกิลชีต', 'กูเกิลไดรฟ์',
    ],
    website: ['เว็บไซต์', 'เวปไซต์', 'เว็ปไซต์', 'เว็บไซท์', 'หน้าเว็บ', 'website', 'web site'],
    staff: [
      'พนักงานส่วนตำบล', 'พนักงานเทศบาล', 'พนักงานจ้าง', 'พนักงานราชการ', 'พนักงานมหาวิทยาลัย', 'พนักงานรัฐวิสาหกิจ', 'เจ้าพนักงาน',
      'พนักงาน', 'บุคลากรทางการศึกษา', 'บุคลากรสายวิชาการ', 'บุคลากรสายสนับสนุน', 'บุคลากร', 'เจ้าหน้าที่', 'อาจารย์',
      'ข้าราชการครู', 'ข้าราชการ', 'ลูกจ้าง', 'ครูและบุคลากร', 'ผู้ปฏิบัติงาน', 'ผู้ใต้บังคับบัญชา', 'staff', 'personnel',
    ],
    guideline: ['แนวทาง', 'แนวปฏิบัติ', 'คู่มือการปฏิบัติงาน', 'guideline', 'guidelines'],
    complaint: [
      'เรื่องราวร้องทุกข์', 'ข้อร้องเรียน', 'เรื่องร้องเรียน', 'ร้องเรียน', 'ร้องทุกข์', 'แจ้งเบาะแส', 'เบาะแส', 'complaint', 'complaints',
    ],
    public: [
      'ผู้มีส่วนได้ส่วนเสีย', 'ผู้มีส่วนได้เสีย', 'ประชาชน', 'ผู้รับบริการ', 'ผู้มารับบริการ', 'ผู้ใช้บริการ', 'ภาคประชาชน', 'สาธารณชน',
      'บุคคลภายนอก', 'ผู้ปกครอง', 'ผู้ป่วย', 'ผู้ประกอบการ', 'นักศึกษา', 'ลูกค้า', 'คู่ค้า', 'คู่สัญญา', 'ผู้รับจ้าง', 'ผู้ขาย', 'ผู้ค้า', 'ร้านค้า',
      'stakeholder', 'stakeholders', 'public',
    ],
    executive: [
      'ผู้บริหาร', 'นายกเทศมนตรี', 'นายกองค์การบริหารส่วนตำบล', 'นายกอบต', 'นายกฯ', 'นายก', 'ปลัด', 'ผู้บังคับบัญชา',
      'ผู้อำนวยการใหญ่', 'ผู้อำนวยการ', 'ผอ', 'หัวหน้าส่วนราชการ', 'หัวหน้าหน่วยงาน', 'ผู้ว่าการ', 'กรรมการผู้จัดการ', 'อธิการบดี', 'สาธารณสุขอำเภอ', 'ผู้บริหารสูงสุด', 'ผู้ว่าราชการจังหวัด', 'อธิบดี', 'คณบดี', 'นายแพทย์สาธารณสุขจังหวัด', 'ผู้บริหารระดับสูง', 'executive', 'director', 'dean',
    ],
    opinion: ['ความคิดเห็น', 'ข้อคิดเห็น', 'ความเห็น', 'ข้อเสนอแนะ', 'opinion', 'opinions', 'feedback'],
    order: ['คำสั่ง', 'order'],
    // A pledge said aloud is the declaration of intent in other words (กล่าวคำปฏิญาณ = ประกาศเจตนารมณ์).
    announcement: ['ประกาศเจตนารมณ์', 'เจตจำนง', 'แสดงเจตนารมณ์', 'กล่าวคำปฏิญาณ', 'คำปฏิญาณ', 'ปฏิญาณตน', 'ปฏิญาณ'],
    plan: ['แผนปฏิบัติการ', 'แผนดำเนินงาน', 'แผนงาน', 'แผน', 'plan'],
    // Acceptance of procured goods and works: the committee and its act.
    acceptance: [
      'คณะกรรมการตรวจรับพัสดุ', 'คณะกรรมการตรวจการจ้าง', 'คณะกรรมการตรวจรับ', 'กรรมการตรวจรับ', 'ตรวจรับพัสดุ', 'ตรวจรับงานจ้าง',
      'ตรวจการจ้าง', 'ตรวจรับ',
    ],
    committee: ['คณะทำงาน', 'คณะกรรมการ', 'committee', 'working group'],
    inCharge: ['เจ้าหน้าที่ผู้รับผิดชอบ', 'ผู้รับผิดชอบ', 'รับผิดชอบ', 'ผู้ดูแล', 'ดูแล', 'person in charge'],
    channel: ['ช่องทาง', 'channel'],
    assets: ['ทรัพย์สินของทางราชการ', 'ทรัพย์สินของราชการ', 'ทรัพย์สินทางราชการ', 'ทรัพย์สิน', 'พัสดุและครุภัณฑ์', 'ครุภัณฑ์', 'พัสดุ', 'วัสดุ'],
    evidence: ['เอกสารหลักฐาน', 'หลักฐาน', 'เอกสาร', 'evidence'],
    box: ['กล่องรับ', 'ตู้รับ', 'ตู้แดง', 'กล่อง', 'ตู้'],
    ethics: ['ประมวลจริยธรรม', 'จรรยาบรรณ', 'code of ethics', 'code of conduct'],
    manual: ['คู่มือ', 'มาตรฐานการปฏิบัติงาน', 'sop', 'manual', 'handbook'],
    hotline: ['ศูนย์บริการทางโทรศัพท์', 'คอลเซ็นเตอร์', 'call center', 'สายด่วน', 'hotline'],
    // The agency's pool cars, however a report names them.
    officialCar: ['รถยนต์ราชการ', 'รถราชการ', 'รถยนต์ส่วนกลาง', 'รถส่วนกลาง', 'official car', 'pool car'],
    // The unit a matter belongs to, however the agency's divisions are called.
    concernedUnit: [
      'หน่วยงานที่เกี่ยวข้อง', 'หน่วยงานที่รับผิดชอบ', 'กองที่เกี่ยวข้อง', 'กองที่รับผิดชอบ', 'ฝ่ายที่เกี่ยวข้อง', 'ฝ่ายที่รับผิดชอบ',
      'กลุ่มงานที่เกี่ยวข้อง', 'กลุ่มงานที่รับผิดชอบ', 'ส่วนงานที่เกี่ยวข้อง', 'ส่วนงานที่รับผิดชอบ',
    ],
    // Festivals, when gifts are given.
    festival: ['เทศกาล', 'ปีใหม่', 'สงกรานต์', 'ตรุษจีน', 'festival'],
    semester: ['ภาคเรียน', 'เทอม', 'semester'],
    media: [
      'อินโฟกราฟิก', 'infographic', 'โปสเตอร์', 'poster', 'ไวนิล', 'แผ่นพับ', 'วิดีโอ', 'วีดิโอ', 'คลิป', 'video', 'สื่อประชาสัมพันธ์',
      'สื่อความรู้',
    ],
    app: ['แอปพลิเคชัน', 'แอปพลิเคชั่น', 'แอป', 'application', 'app'],
    dashboard: ['แดชบอร์ด', 'dashboard'],
    // Tracking a vehicle's position, by the acronym or in words.
    gps: ['gps tracking', 'gps', 'จีพีเอส', 'ระบบติดตามยานพาหนะ', 'ระบบติดตามรถ', 'อุปกรณ์ติดตามตำแหน่งรถ', 'อุปกรณ์ติดตามตำแหน่ง', 'ระบบระบุตำแหน่ง', 'ติดตามตำแหน่ง'],
    elearning: ['e-learning', 'elearning', 'อีเลิร์นนิง', 'อีเลิร์นนิ่ง', 'บทเรียนออนไลน์'],
    board: ['บอร์ดประชาสัมพันธ์', 'บอร์ดประกาศ', 'ป้ายประชาสัมพันธ์', 'ป้ายประกาศ', 'บอร์ด', 'ป้าย', 'board'],
    broadcast: ['หอกระจายข่าว', 'เสียงตามสาย', 'กระจายเสียง', 'วิทยุชุมชน', 'รถประชาสัมพันธ์'],
    complainant: ['ผู้ร้องเรียน', 'ผู้ร้องทุกข์', 'ผู้ร้อง', 'ผู้แจ้งเบาะแส', 'ผู้แจ้ง', 'complainant'],
    complaintCentre: ['ศดธ', 'ศูนย์ดำรงธรรม', 'ศูนย์รับเรื่องราวร้องทุกข์', 'ศูนย์รับเรื่องร้องเรียน', 'ศูนย์รับแจ้ง', 'ศูนย์ร้องเรียน'],
    community: ['ตัวแทนชุมชน', 'ผู้แทนชุมชน', 'ผู้นำชุมชน', 'ตัวแทนภาคประชาชน', 'ผู้นำท้องถิ่น', 'ผู้ใหญ่บ้าน', 'กำนัน', 'community leader'],
    exemplary: ['แบบอย่างที่ดี', 'ดีเด่น', 'ต้นแบบ', 'บุคคลตัวอย่าง', 'คนดีศรี', 'role model'],
    visitor: ['ผู้มาติดต่อราชการ', 'ผู้มาติดต่อ', 'ผู้มารับบริการ', 'ผู้ใช้บริการ', 'ผู้ติดต่อราชการ'],
    result: ['ผลการประเมิน', 'ผลคะแนน', 'คะแนน', 'score'],
    // Recruitment results as announced: the exam's results and the list of those who passed.
    examResult: ['ผลการสอบคัดเลือก', 'ผลการสอบแข่งขัน', 'ผลการสอบ', 'ผลการคัดเลือก', 'รายชื่อผู้สอบผ่าน', 'รายชื่อผู้ผ่านการคัดเลือก', 'ผู้สอบผ่าน', 'ผู้สอบได้', 'ผู้ผ่านการคัดเลือก'],
    // Where a public work is being built.
    site: ['สถานที่ก่อสร้าง', 'พื้นที่ก่อสร้าง', 'จุดก่อสร้าง', 'หน้างาน', 'construction site'],
    // The form a person signs to declare no conflict of interest, however it is named.
    interestDeclaration: [
      'แบบแสดงความบริสุทธิ์ใจ', 'แสดงความบริสุทธิ์ใจ', 'ความบริสุทธิ์ใจ', 'แบบแสดงความไม่มีส่วนได้ส่วนเสีย', 'แบบแสดงความไม่มีส่วนได้เสีย',
      'แบบแสดงการไม่มีส่วนได้เสีย', 'แสดงความไม่มีส่วนได้เสีย', 'แสดงการไม่มีส่วนได้เสีย', 'แสดงตนว่าไม่มีส่วนได้เสีย',
      'ไม่มีส่วนได้ส่วนเสีย', 'ไม่มีส่วนได้เสีย', 'ไม่มีผลประโยชน์ร่วม', 'ไม่มีผลประโยชน์ทับซ้อน', 'ไม่มีความเกี่ยวข้องกับผู้เสนอราคา',
      'ไม่มีความสัมพันธ์', 'แบบยืนยันความเป็นอิสระ', 'ยืนยันความเป็นอิสระ', 'conflict of interest declaration', 'declaration of no conflict',
    ],
    // Good deeds an agency organises, and the activity steps that ask for them in general terms.
    virtueActivity: [
      'กิจกรรมเสริมสร้างคุณธรรมจริยธรรม', 'กิจกรรมส่งเสริมคุณธรรมจริยธรรม', 'กิจกรรมเสริมสร้างคุณธรรม', 'กิจกรรมส่งเสริมคุณธรรม',
      'กิจกรรมเสริมสร้างจริยธรรม', 'กิจกรรมส่งเสริมจริยธรรม', 'กิจกรรมคุณธรรม', 'กิจกรรมทางศาสนา', 'กิจกรรมจิตอาสา', 'กิจกรรมทำความดี',
      'กิจกรรมปลูกจิตสำนึก', 'ปลูกจิตสำนึก', 'ทำความดี',
      // The light verb จัดกิจกรรม is dropped from a step's start: what remains names the activity.
      'เสริมสร้างคุณธรรมจริยธรรม', 'ส่งเสริมคุณธรรมจริยธรรม', 'เสริมสร้างคุณธรรม', 'ส่งเสริมคุณธรรม', 'เสริมสร้างจริยธรรม', 'ส่งเสริมจริยธรรม', 'จิตอาสา', 'ทำบุญตักบาตร', 'ทำบุญ', 'ตักบาตร', 'ทำความสะอาดวัด', 'พัฒนาวัด',
      'บำเพ็ญประโยชน์', 'ปลูกต้นไม้', 'ปลูกป่า', 'บริจาคโลหิต', 'บริจาคเลือด', 'ฟังธรรม', 'ฟังเทศน์', 'เสวนาธรรม', 'ปฏิบัติธรรม',
      'ถวายเทียนพรรษา', 'ถวายเทียน', 'เวียนเทียน', 'สวดมนต์', 'นั่งสมาธิ', 'volunteer',
      // The usual volunteer works: planting, cleaning up, dredging, weirs and fire breaks.
      'ปลูกป่าชายเลน', 'ปลูกต้นโกงกาง', 'ปลูกหญ้าแฝก', 'เก็บขยะ', 'ขุดลอกคูคลอง', 'ขุดลอกรางระบายน้ำ', 'ขุดลอก', 'กำจัดผักตบชวา',
      'สร้างฝายชะลอน้ำ', 'ฝายชะลอน้ำ', 'ทำแนวกันไฟ', 'แนวกันไฟ', 'big cleaning day', 'บิ๊กคลีนนิ่งเดย์', 'ทาสีรั้ว', 'พัฒนาโรงเรียน',
      // …cleaning, painting and mending a shared place, releasing fish, giving to those in need, a dharma camp.
      'ทำความสะอาด', 'เก็บกวาด', 'ทาสี', 'ซ่อมแซมบ้าน', 'ปล่อยปลา', 'ปล่อยพันธุ์', 'ปล่อยลูก', 'ค่ายธรรมะ', 'ค่ายคุณธรรม', 'ถวายภัตตาหาร',
      'เลี้ยงอาหาร', 'บริจาคสิ่งของ', 'มอบสิ่งของ', 'ละศีลอด',
    ],
    // Paying or taking money without cash: the government's KTB system, transfers, PromptPay, bank apps.
    ePayment: [
      'ktb corporate online', 'ktb corporate', 'ระบบอิเล็กทรอนิกส์ของธนาคารกรุงไทย', 'จ่ายตรงเข้าบัญชี', 'โอนเงินเข้าบัญชี', 'โอนเข้าบัญชี',
      'ชำระเงินทางอิเล็กทรอนิกส์', 'ชำระทางอิเล็กทรอนิกส์', 'รับชำระเงินทางอิเล็กทรอนิกส์', 'ช่องทางชำระเงินอิเล็กทรอนิกส์',
      'จ่ายเงินทางอิเล็กทรอนิกส์', 'จ่ายผ่านระบบอิเล็กทรอนิกส์', 'พร้อมเพย์', 'promptpay', 'สแกนจ่าย', 'แอปธนาคาร', 'โมบายแบงก์กิ้ง',
      'mobile banking', 'e-payment', 'epayment', 'อีเพย์เมนต์',
      // …which is what "without cash" asks for.
      'แบบไม่ใช้เงินสด', 'ไม่ใช้เงินสด', 'ไร้เงินสด', 'cashless',
    ],
    newStaff: ['บรรจุใหม่', 'พนักงานใหม่', 'เจ้าหน้าที่ใหม่', 'บุคลากรใหม่', 'ครูใหม่', 'new staff'],
  },
  terms: {
    noGift: [
      'นโยบาย no gift policy', 'no gift policy', 'nogiftpolicy', 'no gift', 'โนกิฟท์โพลิซี', 'โนกิฟท์', 'โนกิฟ',
      'นโยบายไม่รับของขวัญและของกำนัลทุกชนิด', 'นโยบายไม่รับของขวัญและของกำนัล', 'ไม่รับของขวัญและของกำนัลทุกชนิด',
      'ไม่รับของขวัญและของกำนัล', 'นโยบายไม่รับของขวัญ', 'ไม่รับของขวัญ', 'งดให้งดรับของขวัญ', 'งดรับของขวัญ', 'งดให้ของขวัญ',
    ],
    ita: ['ita', 'ไอทีเอ', 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ', 'การประเมินคุณธรรมและความโปร่งใส', 'ประเมินคุณธรรมและความโปร่งใส'],
    // OIT items are cited by their codes (o1–o43): a result naming them reports the OIT.
    oit: ['oit', 'โอไอที', ...Array.from({ length: 43 }, (_, i) => `o${i + 1}`), 'แบบวัดการเปิดเผยข้อมูลสาธารณะ', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 'การเปิดเผยข้อมูลสาธารณะ'],
    eit: ['eit', 'อีไอที'],
    // An agreement of cooperation, by its acronym or its names.
    mou: ['mou', 'เอ็มโอยู', 'บันทึกข้อตกลงความร่วมมือ', 'บันทึกความร่วมมือ', 'บันทึกความเข้าใจ', 'ข้อตกลงความร่วมมือ', 'memorandum of understanding'],
    moit: ['moit', 'เอ็มโอไอที'],
    zoom: ['zoom', 'ซูม', 'ms teams', 'microsoft teams'],
    google: ['google', 'กูเกิล', 'กูเก้ิล'],
    youtube: ['youtube', 'ยูทูบ', 'ยูทูป'],
    tiktok: ['tiktok', 'ติ๊กต็อก', 'ติ๊กต๊อก'],
    instagram: ['instagram', 'อินสตาแกรม'],
    kpi: ['kpi', 'ตัวชี้วัด'],
    iit: ['iit', 'ไอไอที'],
    qr: ['qr code', 'qrcode', 'qr', 'คิวอาร์โค้ด', 'คิวอาร์โค๊ด'],
    email: ['e-mail', 'email', 'อีเมล', 'อีเมล์'],
    egp: ['e-gp', 'egp', 'อีจีพี', 'ระบบการจัดซื้อจัดจ้างภาครัฐ'],
    // Electronic procurement methods of the Comptroller General's Department.
    eBidding: [
      'e-bidding', 'ebidding', 'อีบิดดิ้ง', 'วิธีประกวดราคาอิเล็กทรอนิกส์', 'ประกวดราคาอิเล็กทรอนิกส์', 'ประกวดราคาทางระบบอิเล็กทรอนิกส์',
      'ประกวดราคาด้วยระบบอิเล็กทรอนิกส์', 'ประกวดราคาผ่านระบบอิเล็กทรอนิกส์', 'ประกวดราคาทางอิเล็กทรอนิกส์',
    ],
    eMarket: ['e-market', 'emarket', 'อีมาร์เก็ต', 'วิธีตลาดอิเล็กทรอนิกส์', 'ตลาดอิเล็กทรอนิกส์'],
    queue: ['queue', 'คิว+อิเล็กทรอนิกส์|ออนไลน์|เรือ|รถ|บริการ|ระบบ'],
    // Programs that check a thesis for copying (Thai universities use อักขราวิสุทธิ์, CopyCatch, Turnitin).
    plagiarism: ['อักขราวิสุทธิ์', 'akarawisut', 'copycatch', 'turnitin', 'โปรแกรมตรวจสอบการคัดลอกผลงาน', 'ตรวจสอบการคัดลอกผลงาน'],
    eService: ['e-service', 'eservice', 'อีเซอร์วิส'],
    eSaraban: ['สารบรรณอิเล็กทรอนิกส์', 'e-saraban', 'esaraban', 'อีสารบรรณ', 'e-office', 'eoffice'],
    // The NACC, and its online anti-corruption course by the platform's names: a course "of the NACC" is that one
    // (หลักสูตรของสำนักงาน ป.ป.ช. = หลักสูตรต้านทุจริตศึกษา = ACT Academy).
    nacc: [
      'ปปช', 'คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ', 'nacc',
      'act academy', 'actacademy', 'act ocean', 'actocean', 'act online', 'แอคอะคาเดมี', 'ต้านทุจริตศึกษา', 'anti-corruption education',
    ],
    pacc: ['ปปท', 'คณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ', 'pacc'],
    oag: ['สตง', 'สำนักงานการตรวจเงินแผ่นดิน'],
    hospital: ['รพ', 'โรงพยาบาล', 'hospital'],
    // An office, however abbreviated (สนง.ป.ป.ช. = สำนักงาน ป.ป.ช.).
    office: ['สำนักงาน', 'สนง', 'office'],
    // Agencies known by their initials (dots are dropped before matching: สสจ. = สสจ).
    provincialHealth: ['สสจ', 'สำนักงานสาธารณสุขจังหวัด'],
    districtHealth: ['สสอ', 'สำนักงานสาธารณสุขอำเภอ'],
    healthCentre: ['รพสต', 'โรงพยาบาลส่งเสริมสุขภาพตำบล'],
    healthVolunteer: ['อสม', 'อาสาสมัครสาธารณสุขประจำหมู่บ้าน', 'อาสาสมัครสาธารณสุข'],
    primaryArea: ['สพป', 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษา'],
    secondaryArea: ['สพม', 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา'],
    basicEducation: ['สพฐ', 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน'],
    localGovernment: ['อปท', 'องค์กรปกครองส่วนท้องถิ่น'],
    localPromotion: ['สถจ', 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด'],
    quarter: ['ไตรมาส', 'ทุก3เดือน', 'ทุกสามเดือน', 'ราย3เดือน', 'quarterly', 'quarter'],
    halfYear: ['รอบ6เดือน', 'ทุก6เดือน', '6เดือน', 'หกเดือน', 'ครึ่งปี', 'รายครึ่งปี', 'half year'],
    weekly: [
      'สัปดาห์ละ1ครั้ง', 'สัปดาห์ละหนึ่งครั้ง', 'สัปดาห์ละครั้ง', 'ทุกสัปดาห์', 'รายสัปดาห์', 'ประจำสัปดาห์',
      'ทุกวันจันทร์', 'ทุกวันอังคาร', 'ทุกวันพุธ', 'ทุกวันพฤหัสบดี', 'ทุกวันศุกร์', 'ทุกวันเสาร์', 'ทุกวันอาทิตย์', 'weekly',
    ],
    monthly: ['เดือนละ1ครั้ง', 'เดือนละหนึ่งครั้ง', 'เดือนละครั้ง', 'ทุกเดือน', 'รายเดือน', 'ประจำเดือน', 'monthly'],
    annual: ['ปีละ1ครั้ง', 'ปีละหนึ่งครั้ง', 'ปีละครั้ง', 'รอบ12เดือน', 'ทุก12เดือน', '12เดือน', 'ประจำปี', 'รายปี', 'ทุกปี', 'annual', 'yearly'],
    fiscalYear: ['ปีงบประมาณ', 'ปีงบ', 'fiscal year'],
    covid: ['โควิด19', 'โควิด', 'covid19', 'covid', 'โรคติดเชื้อไวรัสโคโรนา2019', 'โรคติดเชื้อไวรัสโคโรนา'],
    // Abbreviated months only before a year or day (ก.พ. also stands inside other words once dots go).
    ...Object.fromEntries(THAI_MONTHS.map(([key, name, abbreviation]) => [key, [name, `${abbreviation.replace(/\./g, '')}+0|1|2|3|4|5|6|7|8|9`]])),
    conflict: [
      'ผลประโยชน์ทับซ้อน', 'ความขัดแย้งกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม', 'การแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม',
      'ประโยชน์ส่วนตนและประโยชน์ส่วนรวม', 'ประโยชน์ส่วนตนกับประโยชน์ส่วนรวม', 'conflict of interest', 'coi',
      // The same conflict in the words of laws and forms (แบบแสดงการมีส่วนได้เสีย = แบบ CoI); ผู้มีส่วนได้เสีย and
      // ไม่มีส่วนได้เสีย are longer and keep their classes.
      'ความขัดแย้งทางผลประโยชน์', 'ขัดแย้งทางผลประโยชน์', 'การขัดกันแห่งผลประโยชน์', 'ขัดกันแห่งผลประโยชน์',
      'การขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม', 'การขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม', 'ประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม',
      'ประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม', 'การขัดกันระหว่างประโยชน์', 'ขัดกันระหว่างประโยชน์', 'การมีส่วนได้เสีย', 'มีส่วนได้เสีย', 'มีส่วนได้ส่วนเสีย',
    ],
    corruption: ['ทุจริตและประพฤติมิชอบ', 'ประพฤติมิชอบ', 'ทุจริต', 'คอร์รัปชัน', 'คอรัปชั่น', 'corruption'],
    procurement: ['จัดซื้อจัดจ้าง', 'จัดซื้อ', 'จัดจ้าง', 'procurement'],
  },
  phrases: {
    // แบบ สขร.๑ is the Comptroller General's form for the monthly summary of procurement results.
    'สรุปผลการจัดซื้อจัดจ้างรายเดือน': ['สขร1', 'สขร'],
  },
  fillers: [
    'ส่งเสริมให้', 'สนับสนุนให้', 'ได้', 'ไว้', 'แล้ว', 'เรียบร้อย', 'ผ่าน', 'ทาง', 'อย่างเคร่งครัด', 'ต่างๆ', 'ต่าง ๆ', 'ทั้งนี้',
    // How a step wants something done: results say what was done and rarely repeat it.
    'ให้ครบถ้วน', 'ครบถ้วน', 'อย่างเปิดเผย', 'อย่างต่อเนื่อง', 'อย่างทั่วถึง', 'อย่างสม่ำเสมอ', 'สม่ำเสมอ', 'ทุกครั้ง',
    'ที่หลากหลาย', 'หลากหลาย', 'ให้เป็นปัจจุบัน', 'เป็นปัจจุบัน', 'เป็นประจำ', 'ความถูกต้อง', 'ทราบ',
    // Reporting for duty (มารายงานตัว) is not reporting results.
    'มารายงานตัว', 'รายงานตัว',
    // The agency itself (ของหน่วยงาน, ของเทศบาล): every step and result of a report is about it.
    'หน่วยงาน', 'องค์กร', 'ส่วนราชการ', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'เทศบาล', 'องค์การบริหารส่วนตำบล', 'อบต', 'มหาวิทยาลัย', 'รัฐวิสาหกิจ',
    'สถานศึกษา',
    // Function words: every sentence has them, so they only blur the comparison.
    'และ', 'ของ', 'เพื่อ', 'โดย', 'หรือ', 'ให้แก่', 'แก่', 'กับ', 'จาก', 'ใน', 'บน', 'ที่', 'เป็น', 'มี', 'เรื่อง', 'ด้วย', 'เกี่ยวกับ',
  ],
  causativeOpenings: [
    'ส่งเสริมให้', 'สนับสนุนให้', 'กำหนดให้', 'กำชับให้', 'จัดให้มี', 'ให้มีการ', 'ให้', 'มีการ', 'ดำเนินการ', 'การ', 'จัดให้',
    // Light verbs: "make / organise / use / send" say little; the action is the word after them.
    'จัดทำ', 'จัดกิจกรรม', 'กิจกรรม', 'ใช้', 'ส่ง', 'นำ',
  ],
  /** Words that make a step itself a prohibition (ไม่เรียกเก็บเงิน…, ห้าม…): a negated result then reports it. */
  prohibitions: ['ห้าม', 'ไม่', 'งด', 'no '],
  notDone: [
    // Not yet able to (ยังดำเนินการไม่ได้, ยังเปิดใช้งานไม่ได้): the verb stands between the two parts.
    'ยัง…ไม่ได้', 'ยัง…ไม่สามารถ', 'ยังไม่ได้', 'ยังมิได้', 'มิได้', 'ยังไม่มี', 'ยังไม่ดำเนินการ', 'ไม่ได้ดำเนินการ', 'ไม่ได้จัด', 'ไม่ได้', 'ไม่สามารถ', 'ไม่มีการ',
    'ไม่ได้รับอนุมัติ',
    // งด only before what is skipped: a bare งด also stands across words (จัดจ้าง|ด้าน).
    'งด+จัด|การ|กิจกรรม|ไป|ดำเนิน|โครงการ|บริการ|ประชุม|อบรม|เว้น|ให้บริการ|ตรวจ|สุ่ม|ส่ง|เผยแพร่|ประกาศ|รายงาน|ออก|เยี่ยม|มอบ|เปิด|ทำ|ติดตาม|ประเมิน|สำรวจ|คัดเลือก|ศึกษา|เดินทาง|กิจ|ไว้|สับเปลี่ยน|เชิญ', 'เลื่อน', 'ยกเลิก', 'ระงับ',
    // ชะลอ and ยุติ only as acts on the step (ชะลอการจัดซื้อ, ยุติโครงการ): not a check dam (ฝายชะลอน้ำ) or a case closed (ยุติแล้ว ๑๖ เรื่อง).
    'ชะลอ+การ|ไว้|ออกไป|ไป|โครงการ|กิจกรรม', 'ยุติ+การ|โครงการ|กิจกรรม', 'ไม่สำเร็จ', 'ไม่ทัน', 'ไม่ดำเนินการ',
    // Only part of a periodic step was done (ดำเนินการได้เพียงไตรมาสที่ ๑): the rest was not.
    'ดำเนินการได้เพียง', 'ทำได้เพียง', 'จัดได้เพียง', 'ได้เพียง',
    'not done', 'cancelled', 'canceled', 'postponed',
  ],
  inProgress: [
    'อยู่ระหว่าง', 'อยู่ในระหว่าง', 'กำลังดำเนินการ', 'กำลัง',
    // รอ (waiting) only before what is awaited: a bare รอ also stands across words (การ|ออนไลน์).
    // รอ (waiting) as a word of its own before another word (ขณะนี้รอรูปเล่ม, รอปลัดตรวจ); see `word+*`.
    'รอ+*',
    'รอ+การ|ผล|คำสั่ง|รายงาน|อนุมัติ|ลงนาม|พิจารณา|จัดสรร|งบประมาณ|งาน|ประชุม|เอกสาร|ข้อมูล|หนังสือ|ตอบ|ส่ง|เสนอ|ประกาศ|ดำเนินการ|แต่งตั้ง|สรุป|ตรวจ|ติดตั้ง|เบิก|จัดซื้อ|ความ|ผู้|หน่วย|กอง|ฝ่าย|ทุก|คณะ|กรรมการ|ปิด|ยืนยัน'
      // …and before the other acts and senders people wait for (รอรวบรวม, รอซ่อม, รอแบบฟอร์มจากกรม).
      + '|รวบรวม|ซ่อม|จัด|ปรับ|แก้ไข|ส่งมอบ|เปิด|นำ|กำหนด|อบรม|คัดเลือก|ระเบียบ|แบบ|คู่มือ|หลักเกณฑ์|นโยบาย|สำนักงาน|กรม|จังหวัด|กระทรวง|สำนัก|ส่วนกลาง|เจ้าหน้าที่|บุคลากร|ช่าง|วัสดุ|อุปกรณ์|ครุภัณฑ์|เครื่อง|โปรแกรม|บริษัท|ผู้รับจ้าง|ทำ|เริ่ม|ประเมิน|คืน|แจ้ง|รับรอง'
      // …and the officials people wait for (รอนายทะเบียนพิจารณา, รอปลัดลงนาม, รอ ผอ. อนุมัติ).
      + '|นาย|ปลัด|ผอ|หัวหน้า|ผู้บริหาร|อธิบดี|เลขาธิการ|ประธาน|นัด|ธนาคาร'
      // …and what is waited on that a reader would take for รอบ (round): รอบรรจุวาระ.
      + '|บรรจุ'
      // …and to get in or move (รอเข้าวาระการประชุม, ยังรอย้ายเข้าบ้านพัก).
      + '|เข้า|ย้าย',
    'รอการ', 'รอผล', 'รออนุมัติ', 'รอลงนาม', 'รอพิจารณา',
    'รอจัดสรร', 'รอรับ', 'รอเสนอ', 'รอประกาศ', 'รอดำเนินการ', 'ยังไม่แล้วเสร็จ', 'ยังไม่เสร็จ', 'ยังไม่ครบ', 'คาดว่าจะ',
    // Not finished yet, the verb between (ยังปรับแก้ไม่เสร็จ, ยังเรียนไม่จบ, ยังรวบรวมแบบฟอร์มไม่ครบ).
    'ยัง…ไม่แล้วเสร็จ', 'ยัง…ไม่เสร็จ', 'ยัง…ไม่จบ', 'ยัง…ไม่ครบ',
    // Still going on bit by bit (ที่เหลือทยอยลงรายการอยู่).
    'ทยอย…อยู่', 'ยังทยอย',
    // Still at a work that goes on (อีก ๓ คนยังเรียนอยู่, ที่เหลือยังแก้ไขอยู่): ยัง before an ongoing act.
    'ยัง+เรียน|แก้ไข|ฝึก|ติดตาม|รวบรวม|ซ่อม|ก่อสร้าง|จัดทำ|ปรับปรุง|พิจารณา|ทดสอบ|ทดลอง|เก็บข้อมูล|สอบ|ตรวจสอบ|ดำเนินการ|ทำงาน|ประสาน',
    // Still collecting (ยังเปิดเก็บข้อมูลอยู่), or not finished (พิจารณา… ไม่แล้วเสร็จ). (Not every ยัง…อยู่:
    // ยังเปิดให้บริการอยู่ is a channel open, done.)
    'ยังเปิดเก็บ', 'ไม่แล้วเสร็จ',
    'ระหว่าง+ดำเนินการ|จัดทำ|รอ|รวบรวม|พิจารณา|ตรวจสอบ|ปรับปรุง|แก้ไข|จัดซื้อ|จัดจ้าง|ก่อสร้าง|ติดตั้ง|ทดลอง|ประสาน|เสนอ|ขออนุมัติ|สรุป',
    'อยู่ในขั้นตอน', 'ยังเปิดรับ', 'ยังเก็บ', 'ยังเป็นร่าง', 'เป็นฉบับร่าง', 'ยังอยู่', 'ยังดำเนินการ', 'มีกำหนดจัด', 'มีกำหนด', 'คงค้าง', 'ค้างดำเนินการ',
    'จะดำเนินการ', 'มีแผนจะ', 'เตรียมการ',
    // What will be done later (อีก ๔ แห่งจะตรวจในเดือนสิงหาคม) is not done yet.
    'จะ', 'in progress', 'pending', 'waiting',
  ],
  answeredAudiences: ['ผู้ร้อง', 'ผู้ยื่น', 'ผู้ขอ', 'ผู้แจ้ง'],
  // …also done up to a month (ทำถึงเดือน ม.ค. ๖๘): the months after it are the rest.
  finished: ['แล้ว', 'เรียบร้อย', 'ครบ', 'เสร็จ', 'สำเร็จ', 'ถึงเดือน'],
  counters: ['เรื่อง', 'ราย', 'กรณี', 'คน', 'ฉบับ', 'ครั้ง', 'แห่ง', 'โครงการ', 'รายการ'],
  caseCounters: ['เรื่อง', 'กรณี', 'คดี'],
  remainders: [
    'รอบ', 'ไตรมาส', 'q1', 'q2', 'q3', 'q4', 'เดือน', 'ภาคเรียน', 'ภาคการศึกษา', 'งวด', 'ช่วง', 'ครึ่งปี', 'ที่เหลือ', 'อีก', 'ครั้งที่',
  ],
  months: [...THAI_MONTHS.map(([, name]) => name), ...THAI_MONTHS.map(([, , abbreviation]) => abbreviation)],
  cueExceptions: [
    'ไม่ได้รับเรื่อง', 'ไม่ได้รับข้อร้องเรียน', 'ไม่ได้รับการร้องเรียน', 'เลื่อนขั้น', 'เลื่อนระดับ', 'เลื่อนตำแหน่ง',
    'เลื่อนเงินเดือน',
    // Abstaining from a vote (กรรมการที่มีส่วนได้เสียงดออกเสียง) is the conflict rule kept, not a step dropped.
    'งดออกเสียง', 'งดเว้นการออกเสียง',
    // Promotions: to an academic standing, a rank, a class (เลื่อนวิทยฐานะ, เลื่อนยศ, เลื่อนชั้น).
    'เลื่อนเป็นวิทยฐานะ', 'เลื่อนวิทยฐานะ', 'เลื่อนชั้นยศ', 'เลื่อนยศ', 'เลื่อนชั้น', 'งดเหล้า', 'งดสูบ', 'งดให้งดรับ', 'งดรับ', 'งดให้', 'ไม่มีการร้องเรียน',
    // Words that hold รอ without waiting for anything (รอบ, รอง, ครอบครัว, กรอก, ตรอก, ปรอท). Whole
    // words only: spaces are gone when cues are read, so a word ending in ต, ก… stands before a real
    // รอ (บัณฑิต รอผลตอบกลับ).
    'รอบ', 'รอง', 'รอย', 'รอด', 'รอนิก', 'กรอก', 'ตรอก', 'ปรอท', 'บรอด',
    'ไม่มีการทุจริต', 'ไม่ได้มาตรฐาน',
    // No wrongdoing found is a finding, not a step left undone: no money or gifts taken or asked
    // for, no charge, no queue-jumping, no favouritism (ไม่มีการเรียกรับเงิน, ไม่มีการลัดคิว).
    'ไม่มีการเรียกรับ', 'ไม่มีการเรียกเก็บ', 'ไม่มีการรับเงิน', 'ไม่มีการรับสินบน', 'ไม่มีการให้สินบน', 'ไม่มีการรับของ',
    'ไม่มีการลัดคิว', 'ไม่มีการแซงคิว', 'ไม่มีการเลือกปฏิบัติ',
    // จะ of purpose or obligation, not of a later date.
    'เพื่อจะ', 'จะต้อง', 'ที่จะ', 'จึงจะ',
    // …nor of what someone pledged or said (ปฏิญาณตนว่าจะ…, ให้คำมั่นว่าจะ…).
    'ว่าจะ',
    // กำลัง as a noun, force or strength, is no progress (กำลังพล, อัตรากำลัง, ฝ่ายส่งกำลังบำรุง).
    'กำลังพล', 'อัตรากำลัง', 'ส่งกำลัง', 'กำลังบำรุง', 'กำลังคน', 'กำลังใจ', 'กำลังซื้อ', 'กำลังการผลิต', 'ออกกำลังกาย', 'กำลังไฟ',
    // Money still owed is an amount, not a step under way (แจ้งยอดคงค้าง, หนี้ค้างชำระ).
    'ยอดคงค้าง', 'ยอดค้าง', 'หนี้คงค้าง', 'เงินคงค้าง', 'ภาษีคงค้าง', 'ค่าเช่าคงค้าง',
  ],
};

/** Every word group of the lexicon, as the plain synonym groups older code passed around. */
export function lexiconGroups(lexicon: Lexicon = DEFAULT_LEXICON): readonly (readonly string[])[] {
  return [...Object.values(lexicon.actions), ...Object.values(lexicon.objects), ...Object.values(lexicon.terms)];
}

/** The lexicon's word groups under the name the synonym list had before the lexicon. */
export const DEFAULT_SYNONYMS = lexiconGroups();
