/**
 * The command line's ITA-year commands: the ITAS answer printed after `publish`, `rollover` and
 * `memo`. Options are read in cli.ts; these take what they need, already checked.
 */
import * as path from 'path';
import { buildMemo, formatNumber, itasAnswer, parseIsoDay, rolloverSettingsSaid, type Lang, type MemoSettings, type ReportSettings } from '../core';
import { writeRollover } from './rollover';
import { renderMemoDocx } from './memoDocx';
import { assertDistinctOutput, writeFileAtomic } from './fileErrors';
import type { Out } from './cliFormat';

/** What the command line prints when no link was given: the coordinator pastes the real one. */
const LINK_PLACEHOLDER = '<ลิงก์ของรายงานบนเว็บไซต์>';

function dayOf(date: string | undefined): Date {
  return (date ? parseIsoDay(date) : null) ?? new Date();
}

/** The ready-to-paste ITAS answer, framed so it is easy to copy from a terminal. */
export function itasLines(settings: ReportSettings, link: string, date: string | undefined, lang: Lang): string[] {
  const answer = itasAnswer(settings, link || LINK_PLACEHOLDER, dayOf(date));
  const heading = lang === 'th' ? '== ข้อความสำหรับตอบในระบบ ITAS' : '== Text for the ITAS answer';
  const hint = link ? [] : [lang === 'th' ? '(ใส่ --link เพื่อพิมพ์ลิงก์จริง)' : '(give --link to print the real link)'];
  return [heading, ...answer.text.split('\n'), ...hint];
}

export async function runRollover(file: string, outPath: string, fiscalYear: number | undefined, out: Out, lang: Lang): Promise<number> {
  const plan = await writeRollover(file, outPath, { fiscalYear });
  const kept = plan.confirmationsArchived;
  const count = plan.measures.length - 1;
  if (plan.yearDefaulted) {
    out.stderr(
      lang === 'th'
        ? `หมายเหตุ: ไม่พบปีงบประมาณในชีตตั้งค่าหรือหัวเรื่องของ ${file} จึงถือว่าเป็นปีงบประมาณปัจจุบัน พ.ศ.${formatNumber(plan.fiscalYear, 'thai')} ถ้าไม่ใช่ ให้ระบุ --fiscal-year`
        : `notice: no fiscal year in ${file}'s settings sheet or title, so it is taken as the current fiscal year B.E. ${plan.fiscalYear}; if not, give --fiscal-year`,
    );
  }
  out.stdout(
    lang === 'th'
      ? `เริ่มปีงบประมาณ ${plan.nextFiscalYear}: ${count} มาตรการ ตารางปี ${plan.fiscalYear} เก็บไว้ในแผ่นงาน “${plan.archiveName}” (ล็อกไว้)${rolloverSettingsSaid(plan, 'th')}${kept ? ` การยืนยันผลตรวจปี ${plan.fiscalYear} เก็บไว้ในแผ่นงาน “${plan.confirmationsArchiveName}” (ล็อกไว้)` : ''} → ${path.resolve(outPath)}`
      : `Fiscal year ${plan.nextFiscalYear} started: ${count} measure(s); ${plan.fiscalYear} kept in the sheet “${plan.archiveName}” (protected).${rolloverSettingsSaid(plan, 'en')}${kept ? ` ${plan.fiscalYear}'s confirmations kept in the sheet “${plan.confirmationsArchiveName}” (protected).` : ''} → ${path.resolve(outPath)}`,
  );
  return 0;
}

export async function runMemo(
  settings: ReportSettings,
  memo: MemoSettings,
  link: string,
  date: string | undefined,
  inPath: string,
  outPath: string,
  out: Out,
  lang: Lang,
): Promise<number> {
  const model = buildMemo(settings, memo, link || LINK_PLACEHOLDER, dayOf(date));
  // Like every output: never the input (a link named memo.docx may point at the workbook), and
  // written through a temporary file so an interrupted write leaves no half memo.
  await assertDistinctOutput(inPath, outPath);
  await writeFileAtomic(outPath, await renderMemoDocx(model));
  out.stdout(lang === 'th' ? `สร้างบันทึกข้อความแล้ว: ${path.resolve(outPath)}` : `Memo written: ${path.resolve(outPath)}`);
  return 0;
}
