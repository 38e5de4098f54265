/**
 * Sidebar labels, Thai first. Both languages share one key set, so a label missing in either
 * language fails the type check instead of showing a key to the user.
 */
import type { Phase, SharingOutcome } from '../../src/core/api';
import type { Lang } from '../../src/core/types';

const th = {
  appTitle: 'รายงานมาตรการ ITA',
  appSubtitle: 'ตรวจตารางมาตรการและเผยแพร่รายงานประจำปี',
  langSwitch: 'English',
  langSwitchTitle: 'Switch to English',
  publish: 'ตรวจสอบและเผยแพร่',
  validate: 'ตรวจสอบอย่างเดียว',
  fill: 'เติมข้อเสนอแนะ',
  fillHint: 'เติมเฉพาะช่อง “ปัญหา / ข้อเสนอแนะ” ที่ว่างอยู่',
  working: 'กำลังทำงาน…',
  phase_reading: 'อ่านตารางมาตรการ',
  phase_checking: 'ตรวจขั้นตอนกับผลการดำเนินงาน',
  phase_filling: 'เติมข้อเสนอแนะ',
  phase_building: 'สร้างเอกสารรายงาน',
  phase_exporting: 'ส่งออกไฟล์ PDF',
  phase_sharing: 'ตั้งค่าการแชร์ลิงก์',
  phase_done: 'เสร็จแล้ว',
  summaryErrors: 'ข้อผิดพลาด',
  summaryWarnings: 'คำเตือน',
  summaryMeasures: 'มาตรการ',
  checkedAt: 'ตรวจเมื่อ',
  noFindings: 'ไม่พบปัญหา ตารางพร้อมเผยแพร่',
  notChecked: 'ยังไม่ได้ตรวจ กด “ตรวจสอบอย่างเดียว” หรือ “ตรวจสอบและเผยแพร่”',
  tableWide: 'ทั้งตาราง',
  measure: 'มาตรการที่',
  measuresOk: 'มาตรการที่ไม่มีปัญหา',
  severity_error: 'ข้อผิดพลาด',
  severity_warning: 'คำเตือน',
  step: 'ขั้นตอน',
  coveredBy: 'ผลที่ครอบคลุม',
  coveredByNone: 'ยังไม่มีผลการดำเนินงานที่ครอบคลุม',
  resultNo: 'ผลข้อที่',
  strength_strong: 'ตรงกันชัดเจน',
  strength_weak: 'ตรงกันบางส่วน',
  strength_none: 'ไม่ตรง',
  goToCell: 'ไปที่เซลล์',
  blockedTitle: 'ยังเผยแพร่ไม่ได้',
  blockedBody: 'พบข้อผิดพลาด {n} รายการ แก้ตามรายการด้านล่างแล้วกดตรวจสอบอีกครั้ง',
  publishAnyway: 'เผยแพร่ทั้งที่มีข้อผิดพลาด…',
  confirmTitle: 'ยืนยันการเผยแพร่',
  confirmBody: 'รายงานจะเผยแพร่พร้อมข้อผิดพลาด {n} รายการ และบันทึกไว้ในประวัติการเผยแพร่ว่าเผยแพร่โดยข้ามการตรวจ',
  confirmCheck: 'ฉันเข้าใจและต้องการเผยแพร่',
  confirmYes: 'ยืนยันเผยแพร่',
  cancel: 'ยกเลิก',
  busy: 'มีการเผยแพร่อื่นกำลังทำงานอยู่ ลองใหม่อีกครั้งในอีกสักครู่',
  published: 'เผยแพร่แล้ว',
  version: 'ฉบับที่',
  publishedAt: 'เมื่อ',
  overridden: 'เผยแพร่โดยข้ามข้อผิดพลาด',
  docLink: 'เปิดเอกสาร (Google Docs)',
  pdfLink: 'เปิดไฟล์ PDF',
  pdfUnavailable: 'ไม่มีไฟล์ PDF',
  copyLink: 'คัดลอกลิงก์',
  copied: 'คัดลอกแล้ว',
  copyFailed: 'คัดลอกไม่ได้ เลือกลิงก์แล้วกด Ctrl+C',
  sharing_anyone_with_link: 'ทุกคนที่มีลิงก์เปิดดูได้',
  sharing_domain_with_link: 'เฉพาะคนในองค์กรที่มีลิงก์เปิดดูได้ (ใช้แทนการแชร์สาธารณะ)',
  sharing_private: 'ไม่ได้แชร์ลิงก์ เฉพาะคุณเปิดดูได้',
  sharing_unchanged: 'ไม่ได้เปลี่ยนการแชร์',
  sharingLabel: 'การแชร์',
  filledCount: 'เติมข้อเสนอแนะแล้ว {n} ช่อง',
  filledNone: 'ไม่มีช่องว่างให้เติม',
  skippedCount: 'ข้าม {n} ช่องที่มีคนพิมพ์ไว้แล้ว',
  errorPrefix: 'เกิดข้อผิดพลาด',
  footer: 'ita-sheets · ข้อมูลอยู่ในสเปรดชีตของคุณ',
};

export type LabelKey = keyof typeof th;
export type Labels = Record<LabelKey, string>;

const en: Labels = {
  appTitle: 'ITA measures report',
  appSubtitle: 'Check the measures table and publish the annual report',
  langSwitch: 'ไทย',
  langSwitchTitle: 'เปลี่ยนเป็นภาษาไทย',
  publish: 'Validate & Publish',
  validate: 'Validate only',
  fill: 'Fill suggestions',
  fillHint: 'Fills only empty “Problems / Suggestions” cells',
  working: 'Working…',
  phase_reading: 'Reading the measures table',
  phase_checking: 'Checking steps against results',
  phase_filling: 'Filling suggestions',
  phase_building: 'Building the report document',
  phase_exporting: 'Exporting the PDF',
  phase_sharing: 'Setting link sharing',
  phase_done: 'Done',
  summaryErrors: 'errors',
  summaryWarnings: 'warnings',
  summaryMeasures: 'measures',
  checkedAt: 'Checked',
  noFindings: 'No problems found: the table is ready to publish',
  notChecked: 'Not checked yet. Press “Validate only” or “Validate & Publish”.',
  tableWide: 'Whole table',
  measure: 'Measure',
  measuresOk: 'Measures without problems',
  severity_error: 'Error',
  severity_warning: 'Warning',
  step: 'Step',
  coveredBy: 'Covered by',
  coveredByNone: 'No result covers it yet',
  resultNo: 'result',
  strength_strong: 'clear match',
  strength_weak: 'partial match',
  strength_none: 'no match',
  goToCell: 'Go to cell',
  blockedTitle: 'Not published yet',
  blockedBody: '{n} error(s) found. Fix them (see the list below) and validate again.',
  publishAnyway: 'Publish anyway…',
  confirmTitle: 'Confirm publishing',
  confirmBody: 'The report will be published with {n} error(s), and the publish log will record that the check was overridden.',
  confirmCheck: 'I understand and want to publish',
  confirmYes: 'Publish anyway',
  cancel: 'Cancel',
  busy: 'Another publish is running. Try again in a moment.',
  published: 'Published',
  version: 'Version',
  publishedAt: 'at',
  overridden: 'Published despite errors',
  docLink: 'Open the document (Google Docs)',
  pdfLink: 'Open the PDF',
  pdfUnavailable: 'No PDF',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the link and press Ctrl+C',
  sharing_anyone_with_link: 'Anyone with the link can view',
  sharing_domain_with_link: 'People in your organisation with the link can view (fallback from public sharing)',
  sharing_private: 'Link sharing not applied: only you can open it',
  sharing_unchanged: 'Sharing left unchanged',
  sharingLabel: 'Sharing',
  filledCount: 'Filled {n} suggestion cell(s)',
  filledNone: 'No empty cells to fill',
  skippedCount: 'Skipped {n} cell(s) someone typed into',
  errorPrefix: 'Something went wrong',
  footer: 'ita-sheets · your data stays in your spreadsheet',
};

const LABELS: Record<Lang, Labels> = { th, en };

export function labels(lang: Lang): Labels {
  return LABELS[lang];
}

/** Label with `{n}`-style placeholders filled. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function phaseLabel(phase: Phase, lang: Lang): string {
  return LABELS[lang][`phase_${phase}`];
}

export function sharingLabel(sharing: SharingOutcome, lang: Lang): string {
  return LABELS[lang][`sharing_${sharing}`];
}
