import { buildReport, formatNumber, formatThaiDate, type ReportModel } from '../core';
import type { PublishRequest, PublishResponse, SharingOutcome, ValidateResponse } from '../core/api';
import { DOC_PROPS } from './names';
import { activeSpreadsheet } from './sheetio';
import { readSettings, type SharingMode } from './settings';
import { runValidation } from './validate';
import { fillCheckedTable } from './fill';
import type { ProgressReporter } from './progress';
import { appendRestItems, detachChildren, fillBody, findMeasureTable, insertItemRequests, renderReport } from './docRender';
import { publishLogSheet } from './setup';

type Document = GoogleAppsScript.Document.Document;
type DriveFile = GoogleAppsScript.Drive.File;

/** What DocumentProperties remembers between publishes. */
export interface PublishState {
  docId: string;
  pdfId: string;
  version: number;
}

/** How long a second coordinator waits for the first publish before being told it is busy. */
export const LOCK_WAIT_MS = 5000;

export const EMPTY_VALIDATION: ValidateResponse = { measures: [], findings: [], errors: 0, warnings: 0, checkedAt: '' };

/** The Docs API request that repeats the header row on every page; missing from @types (added to the API in 2023). */
interface PinTableHeaderRowsRequest {
  pinTableHeaderRows: { tableStartLocation: { index: number; segmentId?: string }; pinnedHeaderRowsCount: number };
}
type DocsRequest = GoogleAppsScript.Docs.Schema.Request | PinTableHeaderRowsRequest;

function readState(props: GoogleAppsScript.Properties.Properties): PublishState | null {
  const raw = props.getProperty(DOC_PROPS.publish);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as PublishState;
    return typeof s.docId === 'string' && typeof s.version === 'number' ? s : null;
  } catch {
    return null;
  }
}

/** The published Doc, or null when it was deleted, trashed or is no longer reachable. */
function openPublished(docId: string): Document | null {
  try {
    if (DriveApp.getFileById(docId).isTrashed()) return null;
    return DocumentApp.openById(docId);
  } catch {
    return null;
  }
}

/** The advanced Docs service, or null when the script has not enabled it. */
function docsApi(): GoogleAppsScript.Docs | null {
  return typeof Docs === 'undefined' || !Docs ? null : Docs;
}

function pinRequest(tableStart: number): PinTableHeaderRowsRequest {
  return { pinTableHeaderRows: { tableStartLocation: { index: tableStart }, pinnedHeaderRowsCount: 1 } };
}

function batchUpdate(api: GoogleAppsScript.Docs, docId: string, requests: DocsRequest[]): void {
  api.Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, docId);
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Repeats the table's header row on every page. DocumentApp cannot; the Docs API can, and a
 * batchUpdate is all-or-nothing. Returns false (publish still succeeds) when the advanced service
 * is not enabled or the request fails.
 */
export function pinHeaderRow(docId: string): boolean {
  const api = docsApi();
  if (!api) return false;
  try {
    const doc = api.Documents.get(docId, { fields: 'body/content(startIndex,table/rows)' });
    const table = (doc.body?.content ?? []).find((c) => c.table);
    if (!table || table.startIndex === undefined) return false;
    batchUpdate(api, docId, [pinRequest(table.startIndex)]);
    return true;
  } catch (error) {
    console.warn(`pinTableHeaderRows failed: ${errorText(error)}`);
    return false;
  }
}

/** What insertItemRequests needs: every cell's first paragraph's indexes. */
const TABLE_FIELDS = 'body/content(startIndex,endIndex,table(rows,columns,tableRows(tableCells(content(startIndex,endIndex)))))';

/**
 * Gives every further item of the (saved) Doc's table cells its own paragraph and pins the header
 * row, in ONE batchUpdate: 2 calls whatever the number of measures. The inserts come first, in
 * descending index order; they all lie after the table's start, so the pin's index stays valid.
 * Returns false when the request fails: being all-or-nothing, it then changed nothing.
 */
function splitItemsWithDocs(api: GoogleAppsScript.Docs, docId: string, model: ReportModel): boolean {
  try {
    const doc = api.Documents.get(docId, { fields: TABLE_FIELDS });
    const table = findMeasureTable(doc.body?.content ?? [], model);
    if (!table || table.startIndex === undefined) throw new Error('the measures table was not found');
    batchUpdate(api, docId, [...insertItemRequests(table, model), pinRequest(table.startIndex)]);
    return true;
  } catch (error) {
    console.warn(`splitting table items with the Docs API failed: ${errorText(error)}`);
    return false;
  }
}

/**
 * Renders the new version into the temporary Doc, complete: every item its own paragraph. This is
 * done on the temporary Doc, BEFORE anything is copied into the published Doc, so that a failure
 * here cannot leave the published Doc half-written (the copy that follows has its own rollback;
 * doing the inserts on the published Doc after the copy would leave it saved with first items only
 * if the batchUpdate failed). Returns the reopened temporary Doc and whether its header is pinned.
 */
function renderComplete(temp: Document, model: ReportModel): { doc: Document; pinned: boolean } {
  const tempId = temp.getId();
  const table = renderReport(temp.getBody(), model);
  const api = docsApi();
  if (!api) appendRestItems(table, model); // without the API: one DocumentApp call per further item
  temp.saveAndClose(); // the Docs API sees only saved content
  const splitByApi = api !== null && splitItemsWithDocs(api, tempId, model);
  const doc = DocumentApp.openById(tempId);
  // The batchUpdate failed and changed nothing: finish with DocumentApp (the report has one table).
  if (api && !splitByApi) appendRestItems(doc.getBody().getTables()[0], model);
  return { doc, pinned: splitByApi }; // the same batch pinned the header
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

/** A PDF next to the Doc (same folder when the add-on may see it, else My Drive). */
function exportPdf(docFile: DriveFile, name: string): DriveFile {
  const blob = docFile.getAs('application/pdf').setName(name);
  try {
    const parents = docFile.getParents();
    if (parents.hasNext()) return parents.next().createFile(blob);
  } catch {
    // drive.file may not reach the folder: fall back to My Drive.
  }
  return DriveApp.createFile(blob);
}

const SHARING_ORDER: Record<SharingMode, SharingMode[]> = {
  anyone: ['anyone', 'domain', 'private'],
  domain: ['domain', 'private'],
  private: ['private'],
};
const SHARING_LABEL: Record<SharingMode, string> = {
  anyone: 'ทุกคนที่มีลิงก์ดูได้',
  domain: 'ทุกคนในองค์กรที่มีลิงก์ดูได้',
  private: 'ส่วนตัว (เฉพาะผู้ที่ได้รับสิทธิ์)',
};
const OUTCOME: Record<SharingMode, SharingOutcome> = { anyone: 'anyone_with_link', domain: 'domain_with_link', private: 'private' };

/** Applies the wanted sharing, stepping down when a domain policy forbids it, and says what happened. */
function applySharing(files: DriveFile[], wanted: SharingMode): { outcome: SharingOutcome; label: string; note?: string } {
  for (const mode of SHARING_ORDER[wanted]) {
    try {
      for (const file of files) {
        if (mode === 'anyone') file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
        else if (mode === 'domain') file.setSharing(DriveApp.Access.DOMAIN_WITH_LINK, DriveApp.Permission.VIEW);
        else file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
      }
      if (mode === wanted) return { outcome: OUTCOME[mode], label: SHARING_LABEL[mode] };
      return {
        outcome: OUTCOME[mode],
        label: SHARING_LABEL[mode],
        note: `นโยบายของโดเมนไม่อนุญาตให้แชร์แบบ “${SHARING_LABEL[wanted]}” จึงแชร์แบบ “${SHARING_LABEL[mode]}” แทน ` +
          'หากต้องการให้ประชาชนดูได้ ให้ดาวน์โหลด PDF ไปเผยแพร่บนเว็บไซต์ของหน่วยงาน หรือขอให้ผู้ดูแลระบบเปิดสิทธิ์',
      };
    } catch {
      // Try the next, narrower level.
    }
  }
  return { outcome: 'unchanged', label: 'ไม่ได้เปลี่ยนการแชร์', note: 'เปลี่ยนการแชร์ไม่ได้ ไฟล์ยังแชร์แบบเดิม ตรวจสิทธิ์ในไดรฟ์ของคุณ' };
}

function trash(fileId: string): void {
  try {
    DriveApp.getFileById(fileId).setTrashed(true);
  } catch (error) {
    console.warn(`could not trash ${fileId}: ${errorText(error)}`);
  }
}

function userEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || 'ไม่ทราบผู้ใช้';
  } catch {
    return 'ไม่ทราบผู้ใช้';
  }
}

/** Publish under the document lock held by the caller (see server.ts). */
export function publishLocked(request: PublishRequest, progress?: ProgressReporter): PublishResponse {
  const ss = activeSpreadsheet();
  const settings = readSettings(ss);
  const run = runValidation({ ss, settings, progress }); // reports reading and checking
  const validation = run.response;
  const numerals = settings.report.numerals;
  const errors = run.result.errors;
  if (errors > 0 && !request.force) {
    return {
      ok: false,
      blockedReason: 'errors',
      message: `พบข้อผิดพลาด ${formatNumber(errors, numerals)} รายการ แก้ไขก่อนเผยแพร่ หรือเลือก “เผยแพร่แม้มีข้อผิดพลาด” (จะบันทึกไว้ในชีต บันทึกการเผยแพร่)`,
      validation,
    };
  }
  const overridden = errors > 0;
  const notes: string[] = [];
  // Validate & Publish also fills blank suggestion cells in the sheet, so the sheet and the report
  // say the same thing; a cell someone typed into meanwhile keeps their text (and the report shows it
  // at the next publish).
  progress?.('filling');
  // Fill writes only where the rows are still the ones read; if they moved, it validates again first.
  const fills = fillCheckedTable(run, settings, () => runValidation({ ss, settings }));
  const model = buildReport(fills.table.result, settings.report, fills.written);
  if (fills.filled.length) notes.push(`เติมข้อเสนอแนะในช่องที่ว่าง ${formatNumber(fills.filled.length, numerals)} ช่อง`);
  const props = PropertiesService.getDocumentProperties();
  const state = readState(props);
  const version = (state?.version ?? 0) + 1;

  // 1. The new version is built in a fresh Doc: a failure here cannot touch the published one.
  const temp = DocumentApp.create(`${model.documentTitle} (กำลังสร้างฉบับที่ ${version})`);
  const tempId = temp.getId();
  let tempBecamePublished = false;
  let committed = false;
  try {
    progress?.('building');
    const built = renderComplete(temp, model);

    // 2. Republish keeps the same Doc (its link may already be on the agency's website).
    const published = state ? openPublished(state.docId) : null;
    let doc: Document;
    if (published) {
      try {
        replaceContent(published, built.doc, model);
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
      if (state) notes.push('ไม่พบเอกสารที่เผยแพร่ไว้เดิม (อาจถูกลบ) จึงสร้างเอกสารใหม่ ลิงก์เอกสารจึงเปลี่ยน');
      built.doc.setName(model.documentTitle);
      doc = built.doc;
      tempBecamePublished = true;
    }
    const docId = doc.getId();
    const docUrl = doc.getUrl();
    doc.saveAndClose(); // DocumentApp changes must be flushed before the Docs API and the PDF export see them.
    // The temporary Doc was pinned with its item inserts; a copy into the published Doc may lose the pin.
    const pinned = tempBecamePublished ? built.pinned : pinHeaderRow(docId);
    if (!pinned) notes.push('ตั้งหัวตารางให้ซ้ำทุกหน้าไม่ได้ (บริการ Docs API ไม่พร้อม) เนื้อหาครบถ้วน');

    // 3. A PDF per version: earlier versions stay reachable from the publish log.
    progress?.('exporting');
    const docFile = DriveApp.getFileById(docId);
    const pdf = exportPdf(docFile, `${model.documentTitle} ฉบับที่ ${version}.pdf`);
    progress?.('sharing');
    const sharing = applySharing([docFile, pdf], settings.sharing);
    if (sharing.note) notes.push(sharing.note);

    const next: PublishState = { docId, pdfId: pdf.getId(), version };
    props.setProperty(DOC_PROPS.publish, JSON.stringify(next));
    committed = true;

    const now = new Date();
    const publishedAt = formatThaiDate(now, numerals, { time: true, timeZone: settings.timeZone });
    const pdfUrl = pdf.getUrl();
    publishLogSheet(ss).appendRow([
      publishedAt, userEmail(), version, docUrl, pdfUrl, run.result.errors, run.result.warnings,
      overridden ? `ใช่ (ข้อผิดพลาด ${run.result.errors} รายการ)` : 'ไม่', sharing.label,
    ]);
    const versionText = formatNumber(version, numerals);
    return {
      ok: true,
      message: `เผยแพร่รายงานฉบับที่ ${versionText} แล้ว${notes.length ? ` — ${notes.join(' · ')}` : ''}`,
      docUrl,
      pdfUrl,
      version,
      publishedAt,
      sharing: sharing.outcome,
      ...(sharing.note ? { sharingNote: sharing.note } : {}),
      overridden,
      validation,
    };
  } finally {
    // The scratch Doc goes to the trash unless it became the published Doc of a completed publish.
    if (!(tempBecamePublished && committed)) trash(tempId);
  }
}
