/**
 * The bundled sample (เทศบาลตำบลสอง, พ.ศ.๒๕๖๕) laid out as the sheet an agency keeps for the whole
 * ITA year: the four columns plus responsible unit, timeframe, budget, indicator and evidence, in
 * the mixed order agencies use. Extra values are what such sheets hold, with a few real mistakes:
 * measure 4 has no responsible unit, measure 5 links its evidence without `https://`, measure 6
 * has a broken scheme, measure 7 has no budget.
 */
import { tableToGrid } from '../../src/core';
import { sampleTable } from './sample';

export const YEAR_HEADER = [
  'ที่', 'มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'หน่วยงานที่รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)',
  'ผลการดำเนินงาน', 'ตัวชี้วัด/เป้าหมาย', 'เอกสารอ้างอิง', 'ปัญหา/ข้อเสนอแนะ',
];

const RESPONSIBLE = ['สำนักปลัดเทศบาล', 'กองคลัง', 'สำนักปลัดเทศบาล', '', 'กองช่าง', 'สำนักปลัดเทศบาล', 'กองการศึกษา', 'กองคลัง', 'สำนักปลัดเทศบาล', 'งานนิติการ สำนักปลัดเทศบาล'];
const TIMEFRAME = ['ต.ค. ๖๔ – ก.ย. ๖๕', 'ต.ค. ๖๔ – ธ.ค. ๖๔', 'ตลอดปีงบประมาณ', 'ไตรมาส ๑–๒', 'มกราคม ๒๕๖๕ – มีนาคม ๒๕๖๕', 'ไตรมาส ๓–๔', 'ตลอดปีงบประมาณ', 'เม.ย. – ก.ย. ๖๕', 'ต.ค. ๖๔ – มี.ค. ๖๕', 'ตามแผนการดำเนินงาน'];
const BUDGET = ['ไม่ใช้งบประมาณ', '๒๐,๐๐๐', 'ไม่ใช้งบประมาณ', '๕,๐๐๐', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', '', 'ไม่ใช้งบประมาณ', '๑๐,๐๐๐', 'ไม่ใช้งบประมาณ'];
const INDICATOR = [
  'ผลการประเมิน ITA ไม่น้อยกว่าร้อยละ ๘๕', 'เผยแพร่แผนการใช้จ่ายงบประมาณครบ ๑๒ เดือน', 'ไม่มีการร้องเรียนการใช้ทรัพย์สินของราชการ',
  'บุคลากรเข้าร่วมกิจกรรมร้อยละ ๘๐', 'ประกาศเจตจำนงสุจริตภายในเดือนธันวาคม', 'มีช่องทางแจ้งเรื่องร้องเรียนอย่างน้อย ๓ ช่องทาง',
  'บุคลากรรับทราบแนวปฏิบัติร้อยละ ๑๐๐', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้างครบทุกโครงการ', 'จัดทำรายงานผลครบทุกไตรมาส', 'ไม่มีเรื่องร้องเรียนการทุจริต',
];
const EVIDENCE = [
  'คำสั่งแต่งตั้งคณะทำงาน https://www.song.go.th/ita/o1.pdf',
  'https://www.song.go.th/ita/plan-2565',
  'https://www.song.go.th/ita/asset-guideline.pdf',
  'https://www.song.go.th/ita/training',
  'www.song.go.th/ita/intent',
  'https//www.song.go.th/ita/complaints',
  'https://www.song.go.th/ita/gift-policy.pdf',
  'https://www.song.go.th/procurement',
  'https://www.song.go.th/ita/report-q1-q2.pdf\nhttps://www.song.go.th/ita/report-q3-q4.pdf',
  'https://www.song.go.th/ita/anti-corruption',
];

/** The year sheet as a grid of strings (header row first). */
export function yearGrid(): string[][] {
  const [, ...rows] = tableToGrid(sampleTable());
  return [
    YEAR_HEADER,
    ...rows.map(([measure, steps, results, suggestion], i) => {
      const number = String(i + 1);
      const title = measure.replace(/^[0-9๐-๙]+\.\s*/, '');
      return [number, title, steps, RESPONSIBLE[i], TIMEFRAME[i], BUDGET[i], results, INDICATOR[i], EVIDENCE[i], suggestion];
    }),
  ];
}
