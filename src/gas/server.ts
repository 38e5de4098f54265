/**
 * The functions the sidebar calls through google.script.run (the SidebarApi contract). Each one
 * turns any failure into a UserFacingError (Thai and English sentences, as JSON in the thrown
 * Error's message, which html/sidebar/server.ts decodes): the sidebar never shows a stack trace.
 * publish() reports failures in its typed response instead of throwing.
 */
import { fromA1, type Lang } from '../core';
import type { AddSynonymsRequest, AddSynonymsResponse, ConfirmFindingRequest, ConfirmResponse, ConfirmationView, EditionChoice, FillResponse, ProgressView, PublishRequest, PublishResponse, SidebarApi, ValidateResponse } from '../core/api';
import { editionChoiceOf, publishRequestOf } from '../core/api';
import { readProgress, withProgress } from './progress';
import { USER_PROPS } from './names';
import { UserError, describeFailure, sidebarError } from './errors';
import { runValidation } from './validate';
import { addSynonyms, confirmFinding, listConfirmations } from './confirm';
import { fillSuggestions as fillAction } from './fill';
import { EMPTY_VALIDATION, publishLocked } from './publish';
import { withDocumentLock } from './docLock';
import { activeSpreadsheet, measuresSheet, rangePastEdge, splitSheetRef } from './sheetio';
import { readSettings, withEdition } from './settings';

export function currentLang(): Lang {
  try {
    return PropertiesService.getUserProperties().getProperty(USER_PROPS.lang) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

function guard<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw sidebarError(error);
  }
}

/**
 * Publish, with the time budget counted from `startedAt`: when the execution began. The menu runs
 * two publishes in one execution (the second after the "publish anyway?" dialog), and Google's
 * 6 minutes count all of it, so the menu passes its own start to both.
 */
export function publishWithin(request: PublishRequest, startedAt: number): PublishResponse {
  const busy = (): PublishResponse => ({
    ok: false,
    blockedReason: 'busy',
    // The document lock is held by whoever publishes, validates or records a confirmation.
    message: 'มีผู้ใช้อีกคนกำลังเผยแพร่ ตรวจสอบ หรือบันทึกการยืนยันในสเปรดชีตนี้อยู่ โปรดรอสักครู่แล้วลองใหม่',
    messageEn: 'Someone else is publishing, validating or recording a confirmation in this spreadsheet right now. Wait a moment and try again.',
    validation: EMPTY_VALIDATION,
  });
  return withDocumentLock(() => {
    try {
      return withProgress('publish', (progress) => publishLocked(publishRequestOf(request), progress, startedAt));
    } catch (error) {
      return { ok: false, message: describeFailure(error, 'th'), messageEn: describeFailure(error, 'en'), validation: EMPTY_VALIDATION };
    }
  }, busy);
}

export const server: SidebarApi = {
  validate(request?: EditionChoice): ValidateResponse {
    return guard(() => withProgress('validate', (progress) => {
      const ss = activeSpreadsheet();
      return runValidation({ ss, settings: withEdition(readSettings(ss), editionChoiceOf(request)), progress }).response;
    }));
  },

  fillSuggestions(request?: EditionChoice): FillResponse {
    return guard(() => withProgress('fill', (progress) => fillAction(progress, editionChoiceOf(request))));
  },

  publish(request: PublishRequest): PublishResponse {
    // A google.script.run call is an execution of its own: its time budget starts now (and counts
    // the wait for the lock too). Nothing the sidebar sends can change that.
    return publishWithin(request, Date.now());
  },

  selectCell(a1: string): void {
    guard(() => {
      const ss = activeSpreadsheet();
      const ref = splitSheetRef(String(a1 ?? ''));
      const sheet = ref.sheet ? ss.getSheetByName(ref.sheet) : measuresSheet(ss);
      if (!sheet) throw new UserError('NO_SHEET', `ไม่พบชีต “${ref.sheet}”`, `There is no sheet “${ref.sheet}”`);
      if (!/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(ref.cell)) {
        throw new UserError('BAD_CELL', `“${a1}” ไม่ใช่ตำแหน่งเซลล์`, `“${a1}” is not a cell reference`);
      }
      sheet.activate();
      let range: GoogleAppsScript.Spreadsheet.Range;
      try {
        range = sheet.getRange(ref.cell);
      } catch (error) {
        // A cell the sidebar still shows may be gone (rows deleted on a sheet with none to spare):
        // getRange refuses it, so say so in words rather than as an unexpected error.
        const corners = ref.cell.split(':').map((part) => fromA1(part));
        const top = Math.min(...corners.map((c) => c.row));
        const left = Math.min(...corners.map((c) => c.column));
        const rows = Math.max(...corners.map((c) => c.row)) - top + 1;
        const columns = Math.max(...corners.map((c) => c.column)) - left + 1;
        if (!rangePastEdge(sheet, top + 1, left + 1, rows, columns)) throw error;
        throw new UserError('CELL_GONE', `ไม่มีเซลล์ ${ref.cell} ในชีตแล้ว (อาจมีการลบแถวหรือคอลัมน์) กดตรวจสอบอีกครั้ง`, `Cell ${ref.cell} is no longer in the sheet (rows or columns may have been deleted): validate again`);
      }
      range.activate();
    });
  },

  getLang(): Lang {
    return currentLang();
  },

  getProgress(): ProgressView | null {
    return guard(() => readProgress());
  },

  confirmFinding(request: ConfirmFindingRequest): ConfirmResponse {
    return guard(() => confirmFinding(request, editionChoiceOf(request)));
  },

  listConfirmations(): ConfirmationView[] {
    return guard(() => listConfirmations());
  },

  addSynonyms(request: AddSynonymsRequest): AddSynonymsResponse {
    return guard(() => addSynonyms(request, editionChoiceOf(request)));
  },

  setLang(lang: Lang): void {
    guard(() => {
      if (lang !== 'th' && lang !== 'en') throw new UserError('BAD_LANG', 'เลือกภาษาได้เฉพาะ ไทย หรือ English', 'Language must be th or en');
      PropertiesService.getUserProperties().setProperty(USER_PROPS.lang, lang);
    });
  },
};
