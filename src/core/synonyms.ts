/**
 * Words these reports use for the same action, so a result in other words still reports its step
 * (`ประชาสัมพันธ์ผ่านเพจเฟซบุ๊ก` reports `เผยแพร่ผ่านสื่อสังคมออนไลน์`). One group per line;
 * edit freely: longer variants are replaced first, case does not matter.
 */
export const DEFAULT_SYNONYMS: readonly (readonly string[])[] = [
  ['เผยแพร่', 'ประชาสัมพันธ์', 'ประกาศ', 'แจ้งเวียน', 'เวียนแจ้ง', 'ปิดประกาศ', 'publicize', 'publish', 'announce'],
  ['สื่อสังคมออนไลน์', 'สื่อออนไลน์', 'ออนไลน์', 'โซเชียลมีเดีย', 'เพจเฟซบุ๊ก', 'เพจเฟสบุ๊ค', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟสบุ๊ก', 'facebook', 'ไลน์กลุ่ม', 'ไลน์', 'line oa', 'line', 'social media', 'online'],
  ['เว็บไซต์', 'เวปไซต์', 'เว็ปไซต์', 'หน้าเว็บ', 'website', 'web site'],
  ['จัดอบรม', 'ฝึกอบรม', 'อบรม', 'ให้ความรู้', 'training'],
  ['ประชุม', 'จัดประชุม', 'meeting'],
  ['มอบหมาย', 'แต่งตั้ง', 'assign', 'appoint'],
  ['พนักงาน', 'บุคลากร', 'เจ้าหน้าที่', 'ข้าราชการ', 'ลูกจ้าง', 'staff'],
  ['ติดตาม', 'ตรวจสอบ', 'กำกับดูแล', 'monitor'],
  ['จัดทำ', 'กำหนด', 'prepare'],
  ['แนวทาง', 'แนวปฏิบัติ', 'guideline', 'guidelines'],
  ['รณรงค์', 'campaign'],
  ['ศึกษา', 'ทบทวน', 'study', 'review'],
  ['ส่งเสริม', 'สนับสนุน', 'promote'],
  ['ดำเนินการ', 'ปฏิบัติ', 'carry out'],
  ['ข้อร้องเรียน', 'เรื่องร้องเรียน', 'ร้องเรียน', 'ร้องทุกข์', 'แจ้งเบาะแส', 'complaint', 'complaints'],
  ['ผู้มีส่วนได้ส่วนเสีย', 'ประชาชน', 'stakeholder', 'stakeholders'],
  ['ผู้บริหาร', 'นายกเทศมนตรี', 'นายกองค์การบริหารส่วนตำบล', 'นายก อบต.', 'นายกฯ', 'นายก', 'ปลัด', 'ผู้บังคับบัญชา', 'executive'],
  ['ประชาคม', 'เวทีประชาคม', 'ประชุมประชาคม'],
  ['ความคิดเห็น', 'ข้อคิดเห็น', 'ความเห็น', 'opinion', 'opinions'],
];

/**
 * Words that carry no step of their own and are dropped before matching: a step "ส่งเสริมให้
 * พนักงานดำเนินการ…" is reported by "พนักงานได้ดำเนินการ…".
 */
export const DEFAULT_FILLERS: readonly string[] = [
  'ส่งเสริมให้', 'สนับสนุนให้', 'ได้', 'ไว้', 'แล้ว', 'ผ่าน', 'ทาง', 'อย่างเคร่งครัด', 'ต่างๆ', 'ต่าง ๆ',
];
