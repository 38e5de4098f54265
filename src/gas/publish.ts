import { buildReport, withLastPageLink, confirmedCount, editionLabel, editionOf, formatNumber, formatThaiDate, itasAnswer, refreshedSuggestionsNote, type ReportModel } from '../core';
import type { PublishRequest, PublishResponse, SharingOutcome, ValidateResponse } from '../core/api';
import type { AddonSettings, SharingMode } from '../core/settings';
import { activeSpreadsheet } from './sheetio';
import { readSettings, withEdition } from './settings';
import { MAX_EARLIER_PDFS, docUrlOf, readEditionState, settleLegacyState, sharingOf, writeEditionState, type PublishState } from './editionState';
import { runValidation } from './validate';
import { fillCheckedTable } from './fill';
import type { ProgressReporter } from './progress';
import { appendRestItems, detachChildren, fillBody, findMeasureTable, insertItemRequests, renderReport } from './docRender';
import { publishLogSheet } from './setup';
import { UserError, errorText, isProtectedRefusal } from './errors';
import { SHEETS } from './names';
import { MODE_OF, addEditors, applySharing, createDoc, docReach, reshare, savePdf, trashFile } from './driveFiles';
import { cleanUpScratch, forgetScratch, madeByMe, rememberScratch } from './scratch';
import { TimeBudget } from './timeBudget';

type Document = GoogleAppsScript.Document.Document;

export type { PublishState } from './editionState';

export const EMPTY_VALIDATION: ValidateResponse = { measures: [], findings: [], errors: 0, warnings: 0, infos: 0, checkedAt: '' };

/** The Docs API request that repeats the header row on every page; missing from @types (added to the API in 2023). */
interface PinTableHeaderRowsRequest {
  pinTableHeaderRows: { tableStartLocation: { index: number; segmentId?: string }; pinnedHeaderRowsCount: number };
}
type DocsRequest = GoogleAppsScript.Docs.Schema.Request | PinTableHeaderRowsRequest;

/** Who published the Doc first, as the messages name them (a record from before owners were kept has none). */
function publisherNames(state: PublishState): { owner: string; ownerEn: string } {
  return { owner: state.owner || 'ผู้ที่เผยแพร่ครั้งแรก', ownerEn: state.owner || 'the coordinator who first published it' };
}

/** The coordinator cannot edit the published Doc: say whose it is and what to do. */
function notEditorError(state: PublishState): UserError {
  const { owner, ownerEn } = publisherNames(state);
  return new UserError(
    'NOT_DOC_EDITOR',
    `เอกสารรายงานที่เผยแพร่ไว้เป็นของ ${owner} และคุณยังไม่มีสิทธิ์แก้ไข จึงเผยแพร่ทับไม่ได้ ` +
      `ขอให้ ${owner} เผยแพร่อีกครั้งหนึ่ง (ส่วนเสริมจะเพิ่มผู้แก้ไขชีตทุกคนเป็นผู้แก้ไขเอกสาร) หรือแชร์เอกสารให้คุณเป็น “ผู้แก้ไข” แล้วลองใหม่`,
    `The published report Doc belongs to ${ownerEn} and you cannot edit it, so you cannot republish it. ` +
      `Ask ${ownerEn} to publish once more (the add-on then makes every editor of this sheet an editor of the Doc), or to share the Doc with you as an editor, then try again.`,
  );
}

/** The published Doc cannot be opened now, and this run cannot tell why: nothing is written, nothing replaced. */
function unreachableError(state: PublishState): UserError {
  const { owner, ownerEn } = publisherNames(state);
  return new UserError(
    'DOC_UNREACHABLE',
    `เปิดเอกสารรายงานที่เผยแพร่ไว้ไม่ได้ในขณะนี้ (Google เอกสารอาจขัดข้องชั่วคราว เอกสารอาจถูกลบ หรือยังไม่ได้แชร์ให้คุณ) ยังไม่ได้เปลี่ยนแปลงสิ่งใด ` +
      `โปรดลองใหม่อีกครั้ง หากยังไม่ได้ ขอให้ ${owner} เผยแพร่อีกครั้ง (หากเอกสารถูกลบ ส่วนเสริมจะสร้างเอกสารใหม่ และลิงก์จะเปลี่ยน)`,
    `The published report Doc cannot be opened right now (Google Docs may be failing for a moment, the Doc may have been deleted, or it is not shared with you). ` +
      `Nothing was changed. Try again; if it still fails, ask ${ownerEn} to publish once more (if the Doc was deleted, a new one is made and the link changes).`,
  );
}

/**
 * The published Doc, open and known to be editable by this user, or null when it is gone (trashed
 * or deleted: a new Doc is made, and its link differs from the one on the agency's website). So
 * "gone" must be certain. DocumentApp's error does not say which of "deleted", "not shared with you"
 * or a passing failure it is (its reference documents no errors), so only the Drive API decides:
 * it sees a Doc the user created through the add-on (`drive.file`), so for its creator a Doc the API
 * does not find is deleted. Anyone else, or a Doc the API still sees, is told and nothing changes.
 * A record from before owners were recorded (no owner) keeps the earlier rule: a new Doc.
 */
function openPublished(state: PublishState, me: string): Document | null {
  const reach = docReach(state.docId);
  if (reach === 'trashed') return null;
  let doc: Document;
  try {
    doc = DocumentApp.openById(state.docId);
  } catch (error) {
    if (/permission/i.test(errorText(error))) throw notEditorError(state);
    const mine = madeByMe(state.owner ?? '', me);
    if (mine && reach === 'unseen') return null; // deleted
    console.warn(`opening the published Doc ${state.docId}: ${errorText(error)}`);
    throw unreachableError(state);
  }
  try {
    doc.setName(doc.getName()); // an edit that changes nothing: fails now, not after the old content is cleared
  } catch {
    throw notEditorError(state);
  }
  return doc;
}

/** The advanced Docs service, or null when the script has not enabled it. */
function docsApi(): GoogleAppsScript.Docs | null {
  return typeof Docs === 'undefined' || !Docs ? null : Docs;
}

function batchUpdate(api: GoogleAppsScript.Docs, docId: string, requests: DocsRequest[]): void {
  api.Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, docId);
}

/**
 * Repeats the table's header row on every page, in a batch of its own (a refused pin then loses
 * nothing else). DocumentApp cannot; the Docs API can. Skipped for a table of one row or fewer:
 * the pinned rows must be fewer than the table's. Returns false (publish still succeeds) when the
 * advanced service is not enabled or the request fails.
 */
export function pinHeaderRow(docId: string): boolean {
  const api = docsApi();
  if (!api) return false;
  try {
    const doc = api.Documents.get(docId, { fields: 'body/content(startIndex,table/rows)' });
    const table = (doc.body?.content ?? []).find((c) => c.table);
    if (!table || table.startIndex === undefined || (table.table?.rows ?? 0) <= 1) return false;
    batchUpdate(api, docId, [{ pinTableHeaderRows: { tableStartLocation: { index: table.startIndex }, pinnedHeaderRowsCount: 1 } }]);
    return true;
  } catch (error) {
    console.warn(`pinTableHeaderRows failed: ${errorText(error)}`);
    return false;
  }
}

/** What insertItemRequests needs: every cell's first paragraph's indexes. */
const TABLE_FIELDS = 'body/content(startIndex,endIndex,table(rows,columns,tableRows(tableCells(content(startIndex,endIndex)))))';

/**
 * Gives every further item of the (saved) Doc's table cells its own paragraph, in one batchUpdate
 * of insertText requests (descending index order, so each leaves the indexes of those still to come
 * unchanged). The header pin goes in a batch of its own afterwards (pinHeaderRow): a batchUpdate is
 * all-or-nothing, and a refused pin must not take the item inserts with it. Returns false when the
 * request fails: being all-or-nothing, it then changed nothing.
 */
function splitItemsWithDocs(api: GoogleAppsScript.Docs, docId: string, model: ReportModel): boolean {
  try {
    const doc = api.Documents.get(docId, { fields: TABLE_FIELDS });
    const table = findMeasureTable(doc.body?.content ?? [], model);
    if (!table || table.startIndex === undefined) throw new Error('the measures table was not found');
    const inserts = insertItemRequests(table, model);
    if (inserts.length) batchUpdate(api, docId, inserts);
    return true;
  } catch (error) {
    console.warn(`splitting table items with the Docs API failed: ${errorText(error)}`);
    return false;
  }
}

/**
 * Renders the new version into the temporary Doc, complete: every item its own paragraph. This is
 * done on the temporary Doc, BEFORE anything is copied into the published Doc, so that a failure
 * here cannot leave the published Doc half-written. Returns the reopened temporary Doc.
 */
function renderComplete(tempId: string, model: ReportModel): Document {
  const temp = DocumentApp.openById(tempId);
  const table = renderReport(temp.getBody(), model);
  const api = docsApi();
  if (!api) appendRestItems(table, model); // without the API: one DocumentApp call per further item
  temp.saveAndClose(); // the Docs API sees only saved content
  const splitByApi = api !== null && splitItemsWithDocs(api, tempId, model);
  const doc = DocumentApp.openById(tempId); // a closed handle stays closed: reopen
  // The batchUpdate failed and changed nothing: finish with DocumentApp (the report has one table).
  if (api && !splitByApi) appendRestItems(doc.getBody().getTables()[0], model);
  return doc;
}

/**
 * Puts the freshly rendered content into the published Doc. The temporary Doc already holds the
 * complete new version, so what remains is a short copy; if that copy fails the published Doc's
 * previous content (kept as detached copies) is put back before the error propagates.
 */
function replaceContent(published: Document, temp: Document, model: ReportModel): void {
  const body = published.getBody();
  const backup = detachChildren(body);
  const fresh = detachChildren(temp.getBody());
  try {
    fillBody(body, fresh, model);
  } catch (error) {
    fillBody(body, backup, null);
    throw error;
  }
}

/** The active user's e-mail, or '' when Google does not give it. */
function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

/** Who the logs name when Google does not give the user's e-mail. */
const UNKNOWN_USER = 'ไม่ทราบผู้ใช้';

/** The active user's e-mail for the logs, or “unknown user”. */
export function userEmail(): string {
  return activeEmail() || UNKNOWN_USER;
}

/** The sheet's editors: made editors of the report Doc so any of them can republish it. */
function sheetEditors(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, except: string[]): string[] {
  try {
    const skip = new Set(except.map((e) => e.toLowerCase()));
    return ss.getEditors().map((u) => u.getEmail()).filter((e) => e && !skip.has(e.toLowerCase()));
  } catch (error) {
    console.warn(`could not list the sheet's editors: ${errorText(error)}`);
    return [];
  }
}

/**
 * Who can open a report shared privately: the publisher, and the sheet's editors made the Doc's
 * editors (they can open and edit it); accounts outside the publisher's domain by name. The PDF is
 * shared with no one.
 */
function privateReach(editors: readonly string[], failed: number, me: string, numerals: ReportModel['numerals']): { th: string; en: string } {
  const added = Math.max(0, editors.length - failed);
  const domain = (me.split('@')[1] ?? '').toLowerCase();
  const outside = editors.filter((e) => (e.split('@')[1] ?? '').toLowerCase() !== domain);
  const outsideTh = outside.length ? ` ในจำนวนนี้เป็นบัญชีนอกโดเมน${domain ? ` ${domain}` : ''}: ${outside.join(', ')}` : '';
  const outsideEn = outside.length ? `, among them accounts outside ${domain || 'your domain'}: ${outside.join(', ')}` : '';
  if (added === 0) {
    return { th: 'ไม่ได้แชร์ลิงก์ เอกสารและไฟล์ PDF เปิดได้เฉพาะคุณ', en: 'No link sharing: only you can open the Doc and the PDF' };
  }
  return {
    th: `ไม่ได้แชร์ลิงก์ แต่ผู้แก้ไขชีตนี้ ${formatNumber(added, numerals)} คนเป็นผู้แก้ไขเอกสาร จึงเปิดและแก้ไขเอกสารได้${outsideTh} (ไฟล์ PDF เปิดได้เฉพาะคุณ)`,
    en: `No link sharing, but the sheet's ${added} editor${added === 1 ? '' : 's'} ${added === 1 ? 'is an editor' : 'are editors'} of the Doc and can open and edit it${outsideEn} (only you can open the PDF)`,
  };
}

/** Publish under the document lock held by the caller (see server.ts). `startedAt`: when the execution began. */
/**
 * The earlier versions' PDFs after a publish applied `outcome`: on a change of sharing all of them
 * are set to it; otherwise only those an earlier change could not reach (another coordinator's run
 * under drive.file), tried again. Returns the list to remember, the ones still unreached, and how
 * many of those this run tried and failed (to say so).
 */
/**
 * The level to share at: the settings', except that a value the add-on cannot read keeps the level a
 * published report already has (its posted link must not be cut, nor its reach widened); a report
 * never published is then private.
 */
function wantedSharing(settings: AddonSettings, state: PublishState | null): SharingMode {
  if (!settings.sharingUnread || !state) return settings.sharing;
  // (A record without its sharing is anyone with the link: what any value not understood meant then.)
  return MODE_OF[sharingOf(state)] ?? settings.sharing;
}

function reshareEarlierPdfs(state: PublishState | null, outcome: SharingOutcome, domain: string): { pdfs: string[]; unshared: string[]; failed: number } {
  const pdfs = [...(state?.earlierPdfs ?? []), ...(state?.pdfId ? [state.pdfId] : [])].slice(-MAX_EARLIER_PDFS);
  const pending = (state?.unshared ?? []).filter((id) => pdfs.includes(id));
  if (!state || outcome === 'unchanged') return { pdfs, unshared: pending, failed: 0 };
  const changed = outcome !== sharingOf(state);
  const tried = changed ? pdfs : pending;
  const unshared = reshare(tried, outcome, domain);
  return { pdfs, unshared, failed: changed ? unshared.length : 0 };
}

/**
 * Appends the publish's row to the publish log sheet. Returns null, or, when Sheets refuses it (the
 * owner protected the log as an audit trail, or a passing failure), the note that tells the
 * coordinator the report is published but its record, and an override's, is missing.
 */
function appendPublishLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: unknown[],
  about: { version: number; overridden: boolean; numerals: ReportModel['numerals'] },
): { th: string; en: string } | null {
  try {
    publishLogSheet(ss).appendRow(row);
    return null;
  } catch (error) {
    // (Not the row itself: it names the publisher, and logs go to the developer's Cloud project.)
    console.warn(`the publish log row of version ${about.version} was refused: ${errorText(error)}`);
    const name = SHEETS.publishLog;
    const versionText = formatNumber(about.version, about.numerals);
    const isProtected = isProtectedRefusal(error);
    const why = isProtected ? ' เพราะชีตนั้นถูกป้องกันไว้และคุณไม่ได้เป็นผู้แก้ไขที่ได้รับอนุญาต' : '';
    const whyEn = isProtected ? ' because it is protected and you are not among its editors' : '';
    const override = about.overridden ? ' รวมถึงบันทึกว่าเผยแพร่ทั้งที่มีข้อผิดพลาด' : '';
    const overrideEn = about.overridden ? ', including that it was published despite errors,' : '';
    const ask = isProtected ? ' ขอให้เจ้าของสเปรดชีตเพิ่มคุณเป็นผู้แก้ไขชีตนั้น' : '';
    const askEn = isProtected ? ' Ask the spreadsheet\'s owner to make you an editor of that sheet.' : '';
    return {
      th: `แต่เขียนแถวในชีต “${name}” ไม่ได้${why} บันทึกการเผยแพร่ฉบับที่ ${versionText}${override}จึงไม่มีในชีต ไม่ต้องเผยแพร่ซ้ำ${ask}`,
      en: `but the publish log sheet “${name}” could not be written${whyEn}, so the record of version ${about.version}${overrideEn} is missing from it. Do not publish again for this.${askEn}`,
    };
  }
}

export function publishLocked(request: PublishRequest, progress?: ProgressReporter, startedAt = Date.now()): PublishResponse {
  const budget = new TimeBudget(startedAt);
  const ss = activeSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const me = activeEmail();
  cleanUpScratch(props, me); // what this user's runs killed by the time limit left behind
  const settings = withEdition(readSettings(ss), request);
  const edition = editionOf(settings.report);
  const fiscalYear = settings.report.fiscalYear;
  const run = runValidation({ ss, settings, progress, lockHeld: true }); // reports reading and checking; publish holds the lock
  const validation = run.response;
  const numerals = settings.report.numerals;
  const errors = run.result.errors;
  if (errors > 0 && !request.force) {
    return {
      ok: false,
      blockedReason: 'errors',
      message: `พบข้อผิดพลาด ${formatNumber(errors, numerals)} รายการ แก้ไขก่อนเผยแพร่ หรือเลือก “เผยแพร่แม้มีข้อผิดพลาด” (จะบันทึกไว้ในชีต บันทึกการเผยแพร่)`,
      messageEn: `${errors} error${errors === 1 ? '' : 's'} found: fix them before publishing, or choose “Publish anyway” (recorded in the publish log sheet)`,
      validation,
    };
  }
  const overridden = errors > 0;
  // What the coordinator should know besides the version, in Thai and English.
  const notes: { th: string; en: string }[] = [];
  // Each edition of each fiscal year has its own Doc: republishing one never replaces another. A
  // record from before editions is filed under the year its Doc states, never taken for another year.
  const legacyUnreadable = settleLegacyState(props) === 'unreadable';
  const state = readEditionState(props, fiscalYear, edition);
  if (legacyUnreadable && edition === 'annual' && !state) {
    notes.push({
      th: `พบเอกสารที่เผยแพร่ไว้ก่อนรุ่นที่แยกฉบับรายงานตามปี แต่อ่านปีงบประมาณของเอกสารนั้นไม่ได้ (เปิดเอกสารไม่ได้ หรือชื่อและหัวเรื่องไม่ระบุปี) จึงไม่แก้ไขเอกสารนั้น และสร้างเอกสารใหม่สำหรับปีงบประมาณ ${formatNumber(fiscalYear, numerals)}`,
      en: `the fiscal year of the Doc published before editions existed cannot be read (it cannot be opened, or its name and heading state no year), so it was left unchanged and a new Doc was made for fiscal year ${fiscalYear}`,
    });
  }
  // Republish keeps the same Doc (its link may already be on the agency's website). Checked before
  // anything is written: a coordinator who cannot edit it is told whose it is, and the sheet is untouched.
  const published = state ? openPublished(state, me) : null;
  // Validate & Publish also fills blank suggestion cells in the sheet, so the sheet and the report
  // say the same thing; a cell someone typed into meanwhile keeps their text (and the report shows it
  // at the next publish).
  progress?.('filling');
  budget.check();
  // Fill writes only where the rows are still the ones read; if they moved, it validates again first.
  // The plan is published before anything is done: there is nothing to suggest yet.
  const fills = edition === 'plan' ? null : fillCheckedTable(run, settings, () => runValidation({ ss, settings, lockHeld: true }));
  const checked = (fills?.table ?? run).result;
  const unlinked = buildReport(checked, settings.report, fills?.written ?? []);
  if (fills?.filled.length) {
    const n = fills.filled.length;
    notes.push({ th: `เติมข้อเสนอแนะในช่องที่ว่าง ${formatNumber(n, numerals)} ช่อง`, en: `filled ${n} blank suggestion cell${n === 1 ? '' : 's'}` });
  }
  if (fills?.refreshed.length) {
    notes.push(refreshedSuggestionsNote(fills.refreshed.length, numerals));
  }
  const version = (state?.version ?? 0) + 1;

  // 1. The new version is built in a fresh Doc the add-on creates through the Drive API (so
  //    drive.file covers it): a failure here cannot touch the published one. Recorded first, so a
  //    run killed by the time limit leaves a record the next run cleans up.
  progress?.('building');
  budget.check();
  const tempId = createDoc(`${unlinked.documentTitle} (กำลังสร้างฉบับที่ ${version})`);
  rememberScratch(props, tempId, me);
  // The last page's link (when the settings ask) is where the report will be read: the published Doc, or this one on a first publish.
  const model = withLastPageLink(unlinked, settings.report, docUrlOf(published ? published.getId() : tempId));
  let tempBecamePublished = false;
  let committed = false;
  let pdfId = '';
  try {
    const built = renderComplete(tempId, model);
    // The last stop: past this point the published Doc changes, and what remains (save, PDF,
    // sharing, log) is a few dozen calls whatever the table's size.
    budget.check();

    let doc: Document;
    if (published) {
      try {
        replaceContent(published, built, model);
      } catch (error) {
        // The previous content is back in place; save it and pin its header again (a copied table
        // may lose the pin), then report the failure.
        try {
          const publishedId = published.getId();
          published.saveAndClose();
          pinHeaderRow(publishedId);
        } catch (secondary) {
          console.error(`restoring the published Doc: ${errorText(secondary)}`);
        }
        throw error;
      }
      published.setName(model.documentTitle);
      doc = published;
    } else {
      if (state) {
        notes.push({
          th: 'ไม่พบเอกสารที่เผยแพร่ไว้เดิม (อาจถูกลบ) จึงสร้างเอกสารใหม่ ลิงก์เอกสารจึงเปลี่ยน',
          en: 'the Doc published before was not found (it may have been deleted), so a new one was made: its link has changed',
        });
      }
      built.setName(model.documentTitle);
      doc = built;
      tempBecamePublished = true;
    }
    const docId = doc.getId();
    const docUrl = doc.getUrl();
    doc.saveAndClose(); // DocumentApp changes must be flushed before the Docs API and the PDF export see them.
    if (!pinHeaderRow(docId)) {
      notes.push({
        th: 'ตั้งหัวตารางให้ซ้ำทุกหน้าไม่ได้ (บริการ Docs API ไม่พร้อม) เนื้อหาครบถ้วน',
        en: 'the table header could not be repeated on every page (the Docs API service is not available); the content is complete',
      });
    }

    // 2. A PDF per version: earlier versions stay reachable from the publish log.
    progress?.('exporting');
    const pdf = savePdf(docId, `${model.documentTitle} ฉบับที่ ${version}.pdf`);
    pdfId = pdf.id;
    rememberScratch(props, pdfId, me); // a PDF of a publish that does not complete is not kept

    // 3. Sharing. The Doc's own sharing and editors can be set only by whoever the Drive API lets
    //    reach it (its creator, under drive.file); another coordinator's run shares the PDF only.
    progress?.('sharing');
    const owner = published ? (state?.owner ?? '') : me;
    const docReachable = docReach(docId) === 'ok';
    const sharing = applySharing(docReachable ? [docId, pdf.id] : [pdf.id], wantedSharing(settings, state), me.split('@')[1] ?? '');
    if (sharing.note) notes.push({ th: sharing.note, en: sharing.noteEn ?? sharing.note });
    // The earlier versions' PDFs follow a change of sharing (a report made private must not stay public in version 1).
    const earlier = reshareEarlierPdfs(state, sharing.outcome, me.split('@')[1] ?? '');
    if (earlier.failed > 0) {
      notes.push({
        th: `เปลี่ยนการแชร์ PDF ฉบับก่อนไม่ได้ ${formatNumber(earlier.failed, numerals)} ไฟล์ (ถูกลบ หรือผู้ประสานงานคนอื่นสร้างไว้: ผู้สร้างเผยแพร่ครั้งต่อไปจะเปลี่ยนให้) ตรวจการแชร์ของไฟล์เหล่านั้นในไดรฟ์`,
        en: `the sharing of ${earlier.failed} earlier PDF${earlier.failed === 1 ? '' : 's'} could not be changed (trashed, or made by another coordinator, whose next publish changes it): check them in Drive`,
      });
    }
    let reach: { th: string; en: string } | null = null;
    if (docReachable) {
      const editors = sheetEditors(ss, [me, owner]);
      const failed = addEditors(docId, editors);
      if (failed) {
        notes.push({
          th: `เพิ่มผู้แก้ไขชีตเป็นผู้แก้ไขเอกสารไม่ได้ ${formatNumber(failed, numerals)} คน`,
          en: `${failed} of the sheet's editors could not be made editors of the Doc`,
        });
      }
      // "Private" is not "only you": the sheet's editors became the Doc's editors. Say who.
      if (sharing.outcome === 'private') reach = privateReach(editors, failed, me, numerals);
    } else if (!tempBecamePublished) {
      notes.push({
        th: `การแชร์เอกสารเป็นไปตามที่ ${owner || 'เจ้าของเอกสาร'} ตั้งไว้ (ตั้งการแชร์ได้เฉพาะไฟล์ PDF ฉบับนี้)`,
        en: `the Doc keeps the sharing ${owner || 'its owner'} set (only this version's PDF could be shared)`,
      });
    }

    if (reach) notes.push(reach);
    const sharingNote = [sharing.note ? { th: sharing.note, en: sharing.noteEn ?? sharing.note } : null, reach].filter((n): n is { th: string; en: string } => n !== null);

    const next: PublishState = {
      docId, pdfId: pdf.id, version, owner: owner || me, earlierPdfs: earlier.pdfs, ...(earlier.unshared.length > 0 ? { unshared: earlier.unshared } : {}),
      sharing: sharing.outcome === 'unchanged' ? (state ? sharingOf(state) : 'anyone_with_link') : sharing.outcome,
    };
    writeEditionState(props, fiscalYear, edition, next);
    committed = true;

    const now = new Date();
    // Bangkok time, as the memo's date (readSettings): never the spreadsheet's zone.
    const publishedAt = formatThaiDate(now, numerals, { time: true });
    const itasText = itasAnswer(settings.report, docUrl, now).text;
    // After the commit, so the log never names a version whose PDF a failed commit trashed. The
    // publish is done by now: a refused row is told, never reported as a failed publish.
    const unlogged = appendPublishLog(ss, [
      publishedAt, me || UNKNOWN_USER, version, docUrl, pdf.url, run.result.errors, run.result.warnings,
      overridden ? `ใช่ (ข้อผิดพลาด ${run.result.errors} รายการ)` : 'ไม่', sharing.label,
      confirmedCount(run.result), editionLabel(edition, numerals), fiscalYear, itasText,
    ], { version, overridden, numerals });
    if (unlogged) notes.push(unlogged);
    const versionText = formatNumber(version, numerals);
    return {
      ok: true,
      message: `เผยแพร่รายงานฉบับที่ ${versionText} แล้ว${notes.length ? ` — ${notes.map((note) => note.th).join(' · ')}` : ''}`,
      messageEn: `Version ${version} of the report is published${notes.length ? ` — ${notes.map((note) => note.en).join(' · ')}` : ''}`,
      docUrl,
      pdfUrl: pdf.url,
      version,
      publishedAt,
      sharing: sharing.outcome,
      ...(sharingNote.length ? { sharingNote: sharingNote.map((n) => n.th).join(' '), sharingNoteEn: sharingNote.map((n) => n.en).join(' ') } : {}),
      overridden,
      edition,
      fiscalYear,
      itasText,
      validation,
    };
  } finally {
    // The scratch Doc goes to the trash unless it became the published Doc of a completed publish.
    if (!(tempBecamePublished && committed)) trashFile(tempId);
    if (pdfId && !committed) trashFile(pdfId);
    forgetScratch(props, [tempId, pdfId]);
  }
}
