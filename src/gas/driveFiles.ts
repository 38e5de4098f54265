/**
 * Every Drive operation of the add-on, through the Drive advanced service (Drive API v3). The
 * manifest grants only `drive.file`, which DriveApp does not honour at all (its reference pages list
 * `drive` or `drive.readonly` for every method), while the Drive API honours it for the files the
 * add-on created: so the report Doc itself is created here, with the Google Docs MIME type, and
 * only then edited with DocumentApp.
 */
import type { SharingOutcome } from '../core/api';
import type { SharingMode } from './settings';
import { SHARING_LABEL, SHARING_LABEL_EN } from '../core';
import { errorText } from './errors';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
const PDF_MIME = 'application/pdf';

/** The Drive advanced service, version v3 (declared in appsscript.json). */
function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('the Drive advanced service is not enabled (appsscript.json)');
  return Drive;
}

/** A new, empty Google Doc created by the add-on (so `drive.file` covers it). Returns its id. */
export function createDoc(name: string): string {
  const file = drive().Files.create({ name, mimeType: GOOGLE_DOC_MIME });
  if (!file.id) throw new Error('Drive did not return the new document id');
  return file.id;
}

export type DocReach = 'ok' | 'trashed' | 'unseen' | 'unknown';

/**
 * What the Drive API says about a Doc: trashed, fine, 'unseen' (its 404 "File not found": deleted,
 * or `drive.file` does not cover it because another coordinator created it,
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid)
 * or 'unknown' (any other failure, e.g. a passing server error: nothing can be concluded).
 */
export function docReach(docId: string): DocReach {
  try {
    return drive().Files.get(docId, { fields: 'trashed' }).trashed ? 'trashed' : 'ok';
  } catch (error) {
    if (/File not found/i.test(errorText(error))) return 'unseen';
    console.warn(`Drive API on ${docId}: ${errorText(error)}`);
    return 'unknown';
  }
}

/** Moves a file to the trash; false (and a log line) when Drive refuses. */
export function trashFile(fileId: string): boolean {
  try {
    drive().Files.update({ trashed: true }, fileId);
    return true;
  } catch (error) {
    console.warn(`could not trash ${fileId}: ${errorText(error)}`);
    return false;
  }
}

/** The PDF of a saved Doc, stored as a new file in the publisher's Drive. */
export function savePdf(docId: string, name: string): { id: string; url: string } {
  const blob = DocumentApp.openById(docId).getAs(PDF_MIME);
  const file = drive().Files.create({ name, mimeType: PDF_MIME }, blob, { fields: 'id,webViewLink' });
  if (!file.id) throw new Error('Drive did not return the PDF id');
  return { id: file.id, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
}

const SHARING_ORDER: Record<SharingMode, SharingMode[]> = {
  anyone: ['anyone', 'domain', 'private'],
  domain: ['domain', 'private'],
  private: ['private'],
};
const OUTCOME: Record<SharingMode, SharingOutcome> = { anyone: 'anyone_with_link', domain: 'domain_with_link', private: 'private' };
/** The level an outcome is (none for `unchanged`). */
export const MODE_OF: Record<SharingOutcome, SharingMode | null> = { anyone_with_link: 'anyone', domain_with_link: 'domain', private: 'private', unchanged: null };

/**
 * Link sharing at exactly one level. Drive keeps one permission per grant, and adding a domain
 * permission leaves an earlier "anyone" one in place (developers.google.com/workspace/drive/api/
 * guides/manage-sharing), so every other link permission is removed: a republished report that
 * was public and is now meant for the organisation must stop being public. The wanted permission is
 * created first, so the file is never without the access it is meant to keep.
 */
function shareAt(fileId: string, mode: SharingMode, domain: string): void {
  const api = drive();
  if (mode === 'anyone') {
    api.Permissions.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, fileId);
  } else if (mode === 'domain') {
    if (!domain) throw new Error('the publisher\'s domain is unknown');
    api.Permissions.create({ type: 'domain', role: 'reader', domain, allowFileDiscovery: false }, fileId);
  }
  const perms = api.Permissions.list(fileId, { fields: 'permissions(id,type,domain)' }).permissions ?? [];
  for (const p of perms) {
    if (!p.id || (p.type !== 'anyone' && p.type !== 'domain')) continue;
    const kept = p.type === mode && (mode === 'anyone' || p.domain === domain);
    if (!kept) api.Permissions.remove(fileId, p.id);
  }
}

/**
 * Sets earlier files (the previous versions' PDFs) to the sharing a publish just applied, so a
 * report republished for the organisation only is not still public in an old version. Returns the
 * ones that could not be changed: trashed, or made by another coordinator (drive.file reaches only
 * this app's files of this user), for a later publish to try again.
 */
export function reshare(fileIds: readonly string[], outcome: SharingOutcome, domain: string): string[] {
  const mode = MODE_OF[outcome];
  if (!mode) return [...fileIds];
  const failed: string[] = [];
  for (const id of fileIds) {
    try {
      shareAt(id, mode, domain);
    } catch (error) {
      console.warn(`re-sharing ${id} refused: ${errorText(error)}`);
      failed.push(id);
    }
  }
  return failed;
}

export interface SharingResult {
  outcome: SharingOutcome;
  label: string;
  note?: string;
  noteEn?: string;
}

/** Applies the wanted sharing to every file, stepping down when a domain policy forbids it, and says what happened. */
export function applySharing(fileIds: string[], wanted: SharingMode, domain: string): SharingResult {
  for (const mode of SHARING_ORDER[wanted]) {
    try {
      for (const id of fileIds) shareAt(id, mode, domain);
      if (mode === wanted) return { outcome: OUTCOME[mode], label: SHARING_LABEL[mode] };
      return {
        outcome: OUTCOME[mode],
        label: SHARING_LABEL[mode],
        note: `นโยบายของโดเมนไม่อนุญาตให้แชร์แบบ “${SHARING_LABEL[wanted]}” จึงแชร์แบบ “${SHARING_LABEL[mode]}” แทน ` +
          'หากต้องการให้ประชาชนดูได้ ให้ดาวน์โหลด PDF ไปเผยแพร่บนเว็บไซต์ของหน่วยงาน หรือขอให้ผู้ดูแลระบบเปิดสิทธิ์',
        noteEn: `The domain's policy does not allow sharing as “${SHARING_LABEL_EN[wanted]}”, so it is shared as “${SHARING_LABEL_EN[mode]}” instead. ` +
          'For the public to read it, download the PDF and post it on the agency\'s website, or ask the administrator to allow it',
      };
    } catch (error) {
      console.warn(`sharing as ${mode} refused: ${errorText(error)}`);
    }
  }
  return {
    outcome: 'unchanged', label: 'ไม่ได้เปลี่ยนการแชร์',
    note: 'เปลี่ยนการแชร์ไม่ได้ ไฟล์ยังแชร์แบบเดิม ตรวจสิทธิ์ในไดรฟ์ของคุณ',
    noteEn: 'Sharing could not be changed: the files keep their sharing; check your rights in Drive',
  };
}

/**
 * Makes the given people editors of a Doc (skipping those who already can edit it), without
 * notification e-mails: any editor of the sheet can then republish into the same Doc. Returns how
 * many could not be added (a domain may forbid sharing with outside accounts).
 */
export function addEditors(docId: string, emails: string[]): number {
  const api = drive();
  const existing = new Set(
    (api.Permissions.list(docId, { fields: 'permissions(emailAddress,role)' }).permissions ?? [])
      .filter((p) => p.role === 'writer' || p.role === 'owner')
      .map((p) => (p.emailAddress ?? '').toLowerCase()),
  );
  let failed = 0;
  for (const email of emails) {
    if (!email || existing.has(email.toLowerCase())) continue;
    try {
      api.Permissions.create({ type: 'user', role: 'writer', emailAddress: email }, docId, { sendNotificationEmail: false });
    } catch (error) {
      failed++;
      // (No address: logs go to the developer's Cloud project, and an editor's e-mail is not theirs to keep.)
      console.warn(`could not make a sheet editor an editor of ${docId}: ${errorText(error)}`);
    }
  }
  return failed;
}
