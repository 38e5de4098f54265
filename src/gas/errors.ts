import { InputError, type Lang } from '../core';
import type { UserFacingError } from '../core/api';

/** A problem the person can fix: carries the Thai sentence (shown first) and its English version. */
export class UserError extends Error {
  constructor(
    public readonly code: string,
    public readonly messageTh: string,
    public readonly messageEn: string,
  ) {
    super(messageTh);
    this.name = 'UserError';
  }
}

const UNEXPECTED: UserFacingError = {
  code: 'UNEXPECTED',
  message: 'เกิดข้อผิดพลาดที่ไม่คาดคิด ลองทำใหม่อีกครั้ง หากยังไม่สำเร็จ โปรดแจ้งผู้ดูแลพร้อมวันเวลาที่เกิดปัญหา',
  messageEn: 'Something unexpected went wrong. Try again; if it keeps failing, tell your administrator when it happened.',
};

/**
 * Google's refusal of a write into a protected sheet or range by someone not among its editors
 * ("You are trying to edit a protected cell or object. Please contact the spreadsheet owner to
 * remove protection if you need to edit."; https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
const PROTECTED = /protected cell or object|remove protection/i;

/** Whether a failure is Google refusing a write into a protected sheet or range. */
export const isProtectedRefusal = (error: unknown): boolean => PROTECTED.test(errorText(error));

/** Google's own wording for common service failures, turned into advice. */
const SERVICE_PATTERNS: { test: RegExp; error: UserFacingError }[] = [
  {
    test: PROTECTED,
    error: {
      code: 'PROTECTED',
      message: 'ชีตหรือช่วงเซลล์ที่ต้องเขียนถูกป้องกันไว้ และคุณไม่ได้เป็นผู้แก้ไขที่ได้รับอนุญาต ขอให้เจ้าของสเปรดชีตเพิ่มคุณเป็นผู้แก้ไขของการป้องกันนั้น หรือยกเลิกการป้องกัน (ข้อมูล › ชีตและช่วงที่มีการป้องกัน) ลองซ้ำโดยไม่แก้ไขจะไม่สำเร็จ',
      messageEn: 'A sheet or range the add-on had to write is protected, and you are not among its editors. Ask the spreadsheet\'s owner to add you as an editor of that protection or to remove it (Data › Protect sheets and ranges); trying again as it is will not help.',
    },
  },
  {
    test: /(Service invoked too many times|quota|limit exceeded)/i,
    error: {
      code: 'QUOTA',
      message: 'เกินโควตาการใช้งานของ Google ในวันนี้ โปรดลองใหม่ภายหลัง (เช่น พรุ่งนี้)',
      messageEn: 'Google usage quota exceeded for today. Please try again later (e.g. tomorrow).',
    },
  },
  {
    test: /(Exceeded maximum execution time|timed out)/i,
    error: {
      code: 'TIMEOUT',
      message: 'การทำงานใช้เวลานานเกินกำหนดของ Google โปรดลองใหม่อีกครั้ง',
      messageEn: 'The action took longer than Google allows. Please try again.',
    },
  },
  {
    test: /(authori[sz]ation|permission|access denied|do not have permission)/i,
    error: {
      code: 'PERMISSION',
      message: 'ไม่มีสิทธิ์ทำรายการนี้ ตรวจว่าคุณเป็นผู้แก้ไขชีตนี้ และอนุญาตสิทธิ์ของส่วนเสริมแล้ว',
      messageEn: 'Permission denied. Check that you can edit this sheet and have authorised the add-on.',
    },
  },
];

/** Any thrown value's message, for a log line. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Any thrown value as a sentence a coordinator can act on; never a stack trace. */
export function toUserFacing(error: unknown): UserFacingError {
  if (error instanceof UserError) return { code: error.code, message: error.messageTh, messageEn: error.messageEn };
  if (error instanceof InputError) return { code: error.code, message: error.messageTh, messageEn: error.messageEn };
  const text = error instanceof Error ? error.message : String(error);
  for (const pattern of SERVICE_PATTERNS) if (pattern.test.test(text)) return pattern.error;
  return UNEXPECTED;
}

export function messageFor(error: UserFacingError, lang: Lang): string {
  return lang === 'en' ? error.messageEn : error.message;
}

/** Logs the original (for the developer's Stackdriver log) and returns what the person should read. */
export function userFacingFailure(error: unknown): UserFacingError {
  const facing = toUserFacing(error);
  if (facing.code === UNEXPECTED.code || facing.code === 'QUOTA' || facing.code === 'TIMEOUT') {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  }
  return facing;
}

export function describeFailure(error: unknown, lang: Lang): string {
  return messageFor(userFacingFailure(error), lang);
}

/**
 * What a sidebar call throws: the UserFacingError as JSON, which the sidebar's google.script.run
 * wrapper turns back into a Thai (or English) sentence. No stack trace crosses to the browser.
 */
export function sidebarError(error: unknown): Error {
  return new Error(JSON.stringify(userFacingFailure(error)));
}
