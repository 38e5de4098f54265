/** Sheets with merged cells, shaped like the review's workbooks (test/core/merges, test/gas/merges). */

/**
 * N.xlsx: the ลำดับ column numbers each row (1–4) while each title is merged over its own two rows
 * (B2:B3, B4:B5): two measures of two steps each, as the sheet shows them.
 */
export const PER_ROW_NUMBERED = [
  ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผลการดำเนินงาน', 'ปัญหา/ข้อเสนอแนะ'],
  ['1', 'มาตรการป้องกันการรับสินบน', 'ประกาศนโยบาย No Gift Policy', 'ผู้อำนวยการลงนามประกาศนโยบาย No Gift Policy', 'ไม่มี'],
  ['2', '', 'ประชาสัมพันธ์นโยบายทางเว็บไซต์', 'เผยแพร่นโยบายทางเว็บไซต์แล้ว', ''],
  ['3', 'มาตรการจัดการเรื่องร้องเรียน', 'จัดทำช่องทางร้องเรียนออนไลน์', 'เปิดช่องทางร้องเรียนออนไลน์', 'ไม่มี'],
  ['4', '', 'รายงานผลการจัดการเรื่องร้องเรียน', 'รายงานผลต่อผู้บริหารทุกไตรมาส', ''],
];
