/**
 * The ITA-year menu actions: start the next fiscal year, create the approval memo, add the columns
 * the criteria ask for. Each asks before changing the spreadsheet and reports in Thai.
 */
import { activeSpreadsheet } from './sheetio';
import { alertFailure, escapeHtml, toast } from './menu';
import { applySheetRollover, planSheetRollover } from './rolloverSheet';
import { createMemoDoc } from './memoDoc';
import { addExtraColumns } from './extraColumnsSetup';

export function menuStartNextYear(): void {
  try {
    const ss = activeSpreadsheet();
    const ui = SpreadsheetApp.getUi();
    const plan = planSheetRollover(ss);
    const answer = ui.alert(
      'เริ่มปีงบประมาณใหม่',
      `เริ่มปีงบประมาณ ${plan.nextFiscalYear} หรือไม่?\n\n` +
        `• ตารางปี ${plan.fiscalYear} จะเก็บไว้ในชีต “${plan.archiveName}” (มีคำเตือนเมื่อแก้ไข)\n` +
        `• ชีต “มาตรการ” ใหม่มี ${plan.measures.length - 1} มาตรการ พร้อมขั้นตอนและคอลัมน์ของแผน ส่วนผลการดำเนินงาน ข้อเสนอแนะ หลักฐาน และหมายเหตุว่างไว้\n` +
        '• ปัญหา/ข้อเสนอแนะของปีก่อนแนบเป็นหมายเหตุที่ชื่อมาตรการ\n' +
        `• ปีงบประมาณในชีตตั้งค่าเปลี่ยนเป็น ${plan.nextFiscalYear} ฉบับรายงานเป็น “แผน” วันที่รายงาน วันที่ข้อมูล และบทนำของปีก่อนถูกล้าง (ค่าเดิมอยู่ในหมายเหตุของเซลล์)\n` +
        `• การยืนยันผลตรวจของปี ${plan.fiscalYear} (ถ้ามี) เก็บไว้ในชีต “${plan.confirmationsArchiveName}” ปีใหม่เริ่มโดยยังไม่มีการยืนยัน\n` +
        '• รายงานปีใหม่จะเป็นเอกสารใหม่ รายงานปีก่อนยังอยู่ในบันทึกการเผยแพร่',
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
    toast(applySheetRollover(ss, plan).message);
  } catch (error) {
    alertFailure(error);
  }
}

export function menuCreateMemo(): void {
  try {
    const result = createMemoDoc(activeSpreadsheet());
    const html = HtmlService.createHtmlOutput(
      `<div style="font-family:Sarabun,Tahoma,sans-serif;font-size:14px"><p>${escapeHtml(result.message)}</p>` +
        `<p><a href="${escapeHtml(result.docUrl)}" target="_blank">เปิดบันทึกข้อความ</a></p></div>`,
    ).setWidth(480).setHeight(200);
    SpreadsheetApp.getUi().showModalDialog(html, 'บันทึกขออนุญาตเผยแพร่');
  } catch (error) {
    alertFailure(error);
  }
}

export function menuAddExtraColumns(): void {
  try {
    toast(addExtraColumns(activeSpreadsheet()).message);
  } catch (error) {
    alertFailure(error);
  }
}

