/**
 * The matcher's domain lexicon: the one file to edit when reports use words it does not know.
 *
 * - Each group of `actions`, `objects` and `terms` lists words these reports use for one thing;
 *   every word of a group is folded to the same token before comparing, so
 *   `ประชาสัมพันธ์ผ่านเพจเฟซบุ๊ก` reports `เผยแพร่ผ่านสื่อสังคมออนไลน์`. Add the whole class a word
 *   belongs to, never a one-off pair. Longer variants are replaced first; case, spaces, dots and
 *   hyphens do not matter (`ป.ป.ช.` = `ปปช`, `ทุก 3 เดือน` = `ทุก3เดือน`).
 * - A variant written `word+next|other` counts only when `next` or `other` follows it (the
 *   following words stay): `มี+ช่องทาง` makes `มีช่องทาง…` report `กำหนดช่องทาง…`.
 * - `fillers` carry no step of their own and are dropped; `causativeOpenings` are dropped from the
 *   start of a step so the opening-words bonus goes to the real action.
 * - `notDone` and `inProgress` are cues read per clause of a result (`word+next|other` works there
 *   too); `cueExceptions` are words
 *   that contain a cue but are not one (`เลื่อนขั้นเงินเดือน` is a salary step, not a postponement).
 */
export interface Lexicon {
  actions: Readonly<Record<string, readonly string[]>>;
  objects: Readonly<Record<string, readonly string[]>>;
  terms: Readonly<Record<string, readonly string[]>>;
  fillers: readonly string[];
  causativeOpenings: readonly string[];
  prohibitions: readonly string[];
  notDone: readonly string[];
  inProgress: readonly string[];
  cueExceptions: readonly string[];
  /** Words saying a clause is finished (…แล้ว, …เรียบร้อย): a status clause beside it is about something else. */
  finished: readonly string[];
  /** Counting words: a status clause with a count (อยู่ระหว่างดำเนินการ ๒ เรื่อง) is about counted cases, not the step. */
  counters: readonly string[];
}

export const DEFAULT_LEXICON: Lexicon = {
  actions: {
    publish: [
      'เผยแพร่', 'ประชาสัมพันธ์', 'ประกาศ', 'แจ้งเวียน', 'เวียนแจ้ง', 'ปิดประกาศ', 'ติดประกาศ', 'ติดป้าย',
      'ลงประกาศ', 'อัปโหลด', 'อัพโหลด', 'อัปเดต', 'อัพเดท', 'โพสต์', 'โพส', 'ลง+เว็บไซต์|เว็ปไซต์|เวปไซต์|หน้าเว็บ|เพจ|เฟซบุ๊ก|เฟสบุ๊ค|website|facebook',
      'เปิดเผย', 'นำขึ้น', 'นำข้อมูลขึ้น', 'ขึ้น+เว็บไซต์|เว็ปไซต์|เวปไซต์|หน้าเว็บ|เพจ|ระบบ|website|facebook', 'ลง+ข้อมูล|ประกาศ|ข่าว', 'แจ้งให้ทราบ', 'แจ้งข่าว', 'กระจายข่าว', 'publicize', 'publish', 'announce', 'upload', 'post',
    ],
    appoint: [
      'แต่งตั้ง', 'มอบหมาย', 'ออกคำสั่ง', 'ลงนามคำสั่ง', 'มีคำสั่ง', 'คำสั่งแต่งตั้ง', 'กำหนดผู้รับผิดชอบ',
      'assign', 'appoint',
    ],
    train: [
      'จัดอบรม', 'ฝึกอบรม', 'อบรม', 'ให้ความรู้', 'ปฐมนิเทศ', 'สัมมนา', 'บรรยาย', 'ชี้แจง', 'ถ่ายทอด', 'เข้ารับการอบรม', 'ผ่านการอบรม', 'ผ่านการเรียน', 'เรียนจบ', 'บทเรียน', 'หลักสูตร', 'สร้างความรู้ความเข้าใจ', 'สร้างความเข้าใจ', 'workshop', 'training',
    ],
    // A community forum is a meeting: จัดประชุมประชาคม = จัดเวทีประชาคม = ประชาคมตำบล.
    meet: ['ประชุม', 'จัดประชุม', 'ประชุมชี้แจง', 'ที่ประชุม', 'ประชุมประชาคม', 'เวทีประชาคม', 'ประชาคม', 'จัดเวที', 'meeting', 'forum'],
    answer: ['ตอบกลับ', 'ตอบข้อซักถาม', 'ตอบคำถาม', 'แจ้งผล', 'แจ้งกลับ', 'ตอบ', 'reply', 'respond'],
    provide: [
      'จัดให้มี', 'จัดทำช่องทาง', 'มี+ช่องทาง|กล่อง|ตู้|ระบบ|แบบฟอร์ม|qr|คิวอาร์', 'เปิด+ช่องทาง|ระบบ|กล่อง|ตู้|รับ|เพจ|บริการ|บัญชี', 'ตั้ง+กล่อง|ตู้|จุด|ชมรม|คณะ|กลุ่ม|ศูนย์', 'วาง+กล่อง|ตู้',
      'ติดตั้ง', 'จัดตั้ง', 'provide', 'install',
    ],
    monitor: ['ติดตาม', 'ตรวจสอบ', 'กำกับดูแล', 'กำกับติดตาม', 'สอดส่อง', 'monitor'],
    prepare: ['จัดทำ', 'กำหนด', 'ยกร่าง', 'prepare', 'draft'],
    campaign: ['รณรงค์', 'campaign'],
    study: ['ศึกษา', 'ทบทวน', 'วิเคราะห์', 'study', 'review', 'analyse', 'analyze'],
    promote: ['ส่งเสริม', 'สนับสนุน', 'promote'],
    carryOut: ['ดำเนินการ', 'ปฏิบัติ', 'carry out'],
    report: ['รายงานผล', 'รายงาน', 'สรุปผล', 'สรุปรายงาน', 'report'],
    approve: [
      'ได้รับการอนุมัติ', 'ได้รับอนุมัติ', 'รับการอนุมัติ', 'พิจารณาอนุมัติ', 'ลงนามอนุมัติ', 'อนุมัติ', 'อนุญาต', 'เห็นชอบ',
      'ลงนาม', 'approve', 'sign',
    ],
    propose: ['เสนอ', 'นำเสนอ', 'เสนอต่อ', 'ยื่น', 'propose', 'submit'],
    coordinate: ['ประสานงาน', 'ประสาน', 'coordinate'],
    collect: ['เก็บรวบรวม', 'รวบรวม', 'จัดเก็บ', 'collect'],
    evaluate: ['ประเมินผล', 'ประเมิน', 'วัดผล', 'evaluate', 'assess'],
    survey: ['สำรวจ', 'สอบถาม', 'แบบสอบถาม', 'รับฟัง', 'google forms', 'google form', 'กูเกิลฟอร์ม', 'แบบฟอร์มออนไลน์', 'survey', 'questionnaire', 'listen'],
    receive: ['รับเรื่อง', 'รับแจ้ง', 'receive'],
    improve: ['ทบทวนปรับปรุง', 'ปรับปรุง', 'แก้ไข', 'พัฒนา', 'improve'],
    acknowledge: ['ลงลายมือชื่อรับทราบ', 'ลงนามรับทราบ', 'ลงชื่อรับทราบ', 'ลงลายมือชื่อ', 'ลงชื่อ', 'รับทราบ', 'acknowledge'],
    honour: [
      'ยกย่องเชิดชูเกียรติ', 'ยกย่องเชิดชู', 'ยกย่อง', 'เชิดชูเกียรติ', 'เชิดชู', 'มอบเกียรติบัตร', 'มอบรางวัล',
      'ประกาศเกียรติคุณ', 'มอบโล่', 'honour', 'honor', 'award',
    ],
    record: ['บันทึก', 'ลงทะเบียน', 'จดบันทึก', 'record', 'register'],
    integrate: ['บูรณาการ', 'สอดแทรก', 'แทรก', 'integrate'],
  },
  objects: {
    online: [
      'สื่อสังคมออนไลน์', 'สื่อออนไลน์', 'ออนไลน์', 'โซเชียลมีเดีย', 'เพจเฟซบุ๊ก', 'เพจเฟสบุ๊ค', 'เฟซบุ๊ก', 'เฟสบุ๊ค',
      'เฟสบุ๊ก', 'เฟซบุ๊ค', 'facebook', 'ไลน์กลุ่ม', 'กลุ่มไลน์', 'ไลน์ทางการ', 'บัญชีไลน์', 'ไลน์', 'line official account', 'line oa', 'lineoa', 'line', 'social media', 'online',
    ],
    website: ['เว็บไซต์', 'เวปไซต์', 'เว็ปไซต์', 'เว็บไซท์', 'หน้าเว็บ', 'website', 'web site'],
    staff: [
      'พนักงานส่วนตำบล', 'พนักงานเทศบาล', 'พนักงานจ้าง', 'เจ้าพนักงาน', 'พนักงาน', 'บุคลากรทางการศึกษา', 'บุคลากร', 'เจ้าหน้าที่',
      'ข้าราชการครู', 'ข้าราชการ', 'ลูกจ้าง', 'ครูและบุคลากร', 'ผู้ปฏิบัติงาน', 'ผู้ใต้บังคับบัญชา', 'staff', 'personnel',
    ],
    guideline: ['แนวทาง', 'แนวปฏิบัติ', 'คู่มือการปฏิบัติงาน', 'guideline', 'guidelines'],
    complaint: [
      'เรื่องราวร้องทุกข์', 'ข้อร้องเรียน', 'เรื่องร้องเรียน', 'ร้องเรียน', 'ร้องทุกข์', 'แจ้งเบาะแส', 'เบาะแส', 'complaint', 'complaints',
    ],
    public: [
      'ผู้มีส่วนได้ส่วนเสีย', 'ประชาชน', 'ผู้รับบริการ', 'ภาคประชาชน', 'สาธารณชน', 'ผู้ปกครอง', 'ผู้ป่วย', 'ผู้ประกอบการ',
      'stakeholder', 'stakeholders', 'public',
    ],
    executive: [
      'ผู้บริหาร', 'นายกเทศมนตรี', 'นายกองค์การบริหารส่วนตำบล', 'นายกอบต', 'นายกฯ', 'นายก', 'ปลัด', 'ผู้บังคับบัญชา',
      'ผู้อำนวยการ', 'ผอ', 'หัวหน้าส่วนราชการ', 'หัวหน้าหน่วยงาน', 'ผู้ว่าราชการจังหวัด', 'อธิบดี', 'คณบดี', 'นายแพทย์สาธารณสุขจังหวัด', 'ผู้บริหารระดับสูง', 'executive', 'director', 'dean',
    ],
    opinion: ['ความคิดเห็น', 'ข้อคิดเห็น', 'ความเห็น', 'ข้อเสนอแนะ', 'opinion', 'opinions', 'feedback'],
    order: ['คำสั่ง', 'order'],
    announcement: ['ประกาศเจตนารมณ์', 'เจตจำนง', 'แสดงเจตนารมณ์'],
    plan: ['แผนปฏิบัติการ', 'แผนดำเนินงาน', 'แผนงาน', 'แผน', 'plan'],
    committee: ['คณะทำงาน', 'คณะกรรมการ', 'committee', 'working group'],
    channel: ['ช่องทาง', 'channel'],
    assets: ['ทรัพย์สินของทางราชการ', 'ทรัพย์สินของราชการ', 'ทรัพย์สินทางราชการ', 'ทรัพย์สิน', 'พัสดุและครุภัณฑ์', 'ครุภัณฑ์', 'พัสดุ', 'วัสดุ'],
    evidence: ['เอกสารหลักฐาน', 'หลักฐาน', 'เอกสาร', 'evidence'],
    box: ['กล่องรับ', 'ตู้รับ', 'ตู้แดง', 'กล่อง', 'ตู้'],
    ethics: ['ประมวลจริยธรรม', 'จรรยาบรรณ', 'code of ethics', 'code of conduct'],
    manual: ['คู่มือ', 'manual', 'handbook'],
    media: [
      'อินโฟกราฟิก', 'infographic', 'โปสเตอร์', 'poster', 'ไวนิล', 'แผ่นพับ', 'วิดีโอ', 'วีดิโอ', 'คลิป', 'video', 'สื่อประชาสัมพันธ์',
      'สื่อความรู้',
    ],
    app: ['แอปพลิเคชัน', 'แอปพลิเคชั่น', 'แอป', 'application', 'app'],
    dashboard: ['แดชบอร์ด', 'dashboard'],
    elearning: ['e-learning', 'elearning', 'อีเลิร์นนิง', 'อีเลิร์นนิ่ง', 'บทเรียนออนไลน์'],
    board: ['บอร์ดประชาสัมพันธ์', 'บอร์ดประกาศ', 'ป้ายประชาสัมพันธ์', 'ป้ายประกาศ', 'บอร์ด', 'ป้าย', 'board'],
    broadcast: ['หอกระจายข่าว', 'เสียงตามสาย', 'กระจายเสียง', 'วิทยุชุมชน', 'รถประชาสัมพันธ์'],
    complainant: ['ผู้ร้องเรียน', 'ผู้ร้องทุกข์', 'ผู้ร้อง', 'ผู้แจ้งเบาะแส', 'ผู้แจ้ง', 'complainant'],
    complaintCentre: ['ศูนย์ดำรงธรรม', 'ศูนย์รับเรื่องราวร้องทุกข์', 'ศูนย์รับเรื่องร้องเรียน', 'ศูนย์รับแจ้ง', 'ศูนย์ร้องเรียน'],
    community: ['ตัวแทนชุมชน', 'ผู้แทนชุมชน', 'ผู้นำชุมชน', 'ตัวแทนภาคประชาชน', 'ผู้นำท้องถิ่น', 'ผู้ใหญ่บ้าน', 'กำนัน', 'community leader'],
    exemplary: ['แบบอย่างที่ดี', 'ดีเด่น', 'ต้นแบบ', 'บุคคลตัวอย่าง', 'คนดีศรี', 'role model'],
    visitor: ['ผู้มาติดต่อราชการ', 'ผู้มาติดต่อ', 'ผู้มารับบริการ', 'ผู้ใช้บริการ', 'ผู้ติดต่อราชการ'],
    result: ['ผลการประเมิน', 'ผลคะแนน', 'คะแนน', 'score'],
    newStaff: ['บรรจุใหม่', 'พนักงานใหม่', 'เจ้าหน้าที่ใหม่', 'บุคลากรใหม่', 'ครูใหม่', 'new staff'],
  },
  terms: {
    noGift: [
      'นโยบาย no gift policy', 'no gift policy', 'nogiftpolicy', 'no gift', 'โนกิฟท์โพลิซี', 'โนกิฟท์', 'โนกิฟ',
      'นโยบายไม่รับของขวัญและของกำนัลทุกชนิด', 'นโยบายไม่รับของขวัญและของกำนัล', 'ไม่รับของขวัญและของกำนัลทุกชนิด',
      'ไม่รับของขวัญและของกำนัล', 'นโยบายไม่รับของขวัญ', 'ไม่รับของขวัญ', 'งดให้งดรับของขวัญ', 'งดรับของขวัญ',
    ],
    ita: ['ita', 'ไอทีเอ', 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ', 'การประเมินคุณธรรมและความโปร่งใส'],
    oit: ['oit', 'โอไอที', 'แบบวัดการเปิดเผยข้อมูลสาธารณะ'],
    eit: ['eit', 'อีไอที'],
    moit: ['moit', 'เอ็มโอไอที'],
    zoom: ['zoom', 'ซูม', 'ms teams', 'microsoft teams'],
    iit: ['iit', 'ไอไอที'],
    qr: ['qr code', 'qrcode', 'qr', 'คิวอาร์โค้ด', 'คิวอาร์โค๊ด'],
    email: ['e-mail', 'email', 'อีเมล', 'อีเมล์'],
    egp: ['e-gp', 'egp', 'อีจีพี', 'ระบบการจัดซื้อจัดจ้างภาครัฐ'],
    eService: ['e-service', 'eservice', 'อีเซอร์วิส'],
    eSaraban: ['สารบรรณอิเล็กทรอนิกส์', 'e-saraban', 'esaraban', 'อีสารบรรณ', 'e-office', 'eoffice'],
    nacc: ['ปปช', 'คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ', 'nacc'],
    pacc: ['ปปท', 'คณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ', 'pacc'],
    oag: ['สตง', 'สำนักงานการตรวจเงินแผ่นดิน'],
    hospital: ['รพ', 'โรงพยาบาล', 'hospital'],
    quarter: ['ไตรมาส', 'ทุก3เดือน', 'ทุกสามเดือน', 'ราย3เดือน', 'quarterly', 'quarter'],
    halfYear: ['รอบ6เดือน', 'ทุก6เดือน', '6เดือน', 'หกเดือน', 'ครึ่งปี', 'รายครึ่งปี', 'half year'],
    monthly: ['ทุกเดือน', 'รายเดือน', 'ประจำเดือน', 'monthly'],
    annual: ['รอบ12เดือน', 'ทุก12เดือน', '12เดือน', 'ประจำปี', 'รายปี', 'ทุกปี', 'annual', 'yearly'],
    fiscalYear: ['ปีงบประมาณ', 'ปีงบ', 'fiscal year'],
    covid: ['โควิด19', 'โควิด', 'covid19', 'covid', 'โรคติดเชื้อไวรัสโคโรนา2019', 'โรคติดเชื้อไวรัสโคโรนา'],
    // Abbreviated months only before a year or day (ก.พ. also stands inside other words once dots go).
    october: ['ตุลาคม', 'ตค+0|1|2|3|4|5|6|7|8|9'],
    november: ['พฤศจิกายน', 'พย+0|1|2|3|4|5|6|7|8|9'],
    december: ['ธันวาคม', 'ธค+0|1|2|3|4|5|6|7|8|9'],
    january: ['มกราคม', 'มค+0|1|2|3|4|5|6|7|8|9'],
    february: ['กุมภาพันธ์', 'กพ+0|1|2|3|4|5|6|7|8|9'],
    march: ['มีนาคม', 'มีค+0|1|2|3|4|5|6|7|8|9'],
    april: ['เมษายน', 'เมย+0|1|2|3|4|5|6|7|8|9'],
    may: ['พฤษภาคม', 'พค+0|1|2|3|4|5|6|7|8|9'],
    june: ['มิถุนายน', 'มิย+0|1|2|3|4|5|6|7|8|9'],
    july: ['กรกฎาคม', 'กค+0|1|2|3|4|5|6|7|8|9'],
    august: ['สิงหาคม', 'สค+0|1|2|3|4|5|6|7|8|9'],
    september: ['กันยายน', 'กย+0|1|2|3|4|5|6|7|8|9'],
    conflict: [
      'ผลประโยชน์ทับซ้อน', 'ความขัดแย้งกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม', 'การแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม',
      'ประโยชน์ส่วนตนและประโยชน์ส่วนรวม', 'ประโยชน์ส่วนตนกับประโยชน์ส่วนรวม', 'conflict of interest', 'coi',
    ],
    corruption: ['ทุจริตและประพฤติมิชอบ', 'ประพฤติมิชอบ', 'ทุจริต', 'คอร์รัปชัน', 'คอรัปชั่น', 'corruption'],
    procurement: ['จัดซื้อจัดจ้าง', 'จัดซื้อ', 'จัดจ้าง', 'procurement'],
  },
  fillers: [
    'ส่งเสริมให้', 'สนับสนุนให้', 'ได้', 'ไว้', 'แล้ว', 'เรียบร้อย', 'ผ่าน', 'ทาง', 'อย่างเคร่งครัด', 'ต่างๆ', 'ต่าง ๆ', 'ทั้งนี้',
    // How a step wants something done: results say what was done and rarely repeat it.
    'ให้ครบถ้วน', 'ครบถ้วน', 'อย่างเปิดเผย', 'อย่างต่อเนื่อง', 'อย่างทั่วถึง', 'อย่างสม่ำเสมอ', 'สม่ำเสมอ', 'ทุกครั้ง',
    'ที่หลากหลาย', 'หลากหลาย', 'ให้เป็นปัจจุบัน', 'เป็นปัจจุบัน', 'เป็นประจำ', 'ความถูกต้อง', 'ทราบ',
    // Reporting for duty (มารายงานตัว) is not reporting results.
    'มารายงานตัว', 'รายงานตัว',
    // The agency itself (ของหน่วยงาน, ของเทศบาล): every step and result of a report is about it.
    'หน่วยงาน', 'องค์กร', 'ส่วนราชการ', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'เทศบาล', 'องค์การบริหารส่วนตำบล', 'อบต',
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
    'ยังไม่ได้', 'ยังไม่มี', 'ยังไม่ดำเนินการ', 'ไม่ได้ดำเนินการ', 'ไม่ได้จัด', 'ไม่ได้', 'ไม่สามารถ', 'ไม่มีการ',
    'ไม่ได้รับอนุมัติ',
    // งด only before what is skipped: a bare งด also stands across words (จัดจ้าง|ด้าน).
    'งด+จัด|การ|กิจกรรม|ไป|ดำเนิน|โครงการ|บริการ|ประชุม|อบรม|เว้น|ให้บริการ', 'เลื่อน', 'ยกเลิก', 'ระงับ', 'ไม่ทัน', 'ไม่ดำเนินการ',
    'not done', 'cancelled', 'canceled', 'postponed',
  ],
  inProgress: [
    'อยู่ระหว่าง', 'อยู่ในระหว่าง', 'กำลังดำเนินการ', 'กำลัง',
    // รอ (waiting) only before what is awaited: a bare รอ also stands across words (การ|ออนไลน์).
    'รอ+การ|ผล|คำสั่ง|รายงาน|อนุมัติ|ลงนาม|พิจารณา|จัดสรร|งบ|ประชุม|เอกสาร|ข้อมูล|หนังสือ|ตอบ|ส่ง|เสนอ|ประกาศ|ดำเนินการ|แต่งตั้ง|สรุป|ตรวจ|ติดตั้ง|เบิก|จัดซื้อ|ความ|ผู้|หน่วย|กอง|ฝ่าย|ทุก|คณะ|กรรมการ',
    'รอการ', 'รอผล', 'รออนุมัติ', 'รอลงนาม', 'รอพิจารณา',
    'รอจัดสรร', 'รอรับ', 'รอเสนอ', 'รอประกาศ', 'รอดำเนินการ', 'ยังไม่แล้วเสร็จ', 'ยังไม่เสร็จ', 'คาดว่าจะ',
    'จะดำเนินการ', 'มีแผนจะ', 'เตรียมการ', 'in progress', 'pending', 'waiting',
  ],
  finished: ['แล้ว', 'เรียบร้อย', 'ครบ', 'เสร็จ', 'สำเร็จ'],
  counters: ['เรื่อง', 'ราย', 'กรณี', 'คน', 'ฉบับ', 'ครั้ง', 'แห่ง', 'โครงการ', 'รายการ'],
  cueExceptions: [
    'ไม่ได้รับเรื่อง', 'ไม่ได้รับข้อร้องเรียน', 'ไม่ได้รับการร้องเรียน', 'เลื่อนขั้น', 'เลื่อนระดับ', 'เลื่อนตำแหน่ง',
    'เลื่อนเงินเดือน', 'งดเหล้า', 'งดสูบ', 'งดให้งดรับ', 'งดรับ', 'งดให้', 'ไม่มีการร้องเรียน',
    // Words that hold รอ without waiting for anything (รอบ, รอง, ครอบครัว, กรอก, ตรอก, ปรอท).
    'รอบ', 'รอง', 'รอย', 'รอด', 'รอน', 'ครอ', 'กรอ', 'ตรอ', 'ปรอ', 'พรอ', 'บรอ', 'จรอ',
    'ไม่มีการทุจริต', 'ไม่ได้มาตรฐาน',
  ],
};

/** Every word group of the lexicon, as the plain synonym groups older code passed around. */
export function lexiconGroups(lexicon: Lexicon = DEFAULT_LEXICON): readonly (readonly string[])[] {
  return [...Object.values(lexicon.actions), ...Object.values(lexicon.objects), ...Object.values(lexicon.terms)];
}

/** The lexicon's word groups under the name the synonym list had before the lexicon. */
export const DEFAULT_SYNONYMS = lexiconGroups();
