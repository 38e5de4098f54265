/**
 * DriveApp fake: files and folders with ids and URLs, PDF export of Google Docs (`getAs`), copies,
 * trash, and sharing that throws when a configurable domain policy forbids the access level (as a
 * Workspace domain that disallows link sharing does).
 */
import { CallLog, as } from './callLog';
import type { DocData, DocSnapshot } from './document';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type Blob = GoogleAppsScript.Base.Blob;

export const Access = { ANYONE: 'ANYONE', ANYONE_WITH_LINK: 'ANYONE_WITH_LINK', DOMAIN: 'DOMAIN', DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK', PRIVATE: 'PRIVATE' } as const;
export const Permission = { VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', ORGANIZER: 'ORGANIZER', FILE_ORGANIZER: 'FILE_ORGANIZER', NONE: 'NONE' } as const;

export const DOC_MIME = 'application/vnd.google-apps.document';

export interface DomainPolicy {
  /** Access levels the domain forbids (setSharing throws for them). */
  forbid: string[];
}

export class FakeBlob implements Pick<Blob, 'getName' | 'setName' | 'getContentType' | 'getDataAsString' | 'getBytes'> {
  constructor(
    private readonly log: CallLog,
    public name: string,
    readonly contentType: string,
    readonly data: string,
    /** For a PDF exported from a Doc: the saved document it was made from. */
    readonly snapshot?: DocSnapshot,
  ) {}
  getName(): string {
    this.log.record('Blob.getName');
    return this.name;
  }
  setName(name: string): Blob {
    this.log.record('Blob.setName');
    this.name = name;
    return as<Blob>(this);
  }
  getContentType(): string {
    this.log.record('Blob.getContentType');
    return this.contentType;
  }
  getDataAsString(): string {
    this.log.record('Blob.getDataAsString');
    return this.data;
  }
  getBytes(): number[] {
    this.log.record('Blob.getBytes');
    return [...Buffer.from(this.data, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  }
}

export interface FileData {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  parents: string[];
  sharing: { access: string; permission: string };
  /** Content of a non-Google file. */
  blob?: FakeBlob;
  /** A Google Doc's content. */
  doc?: DocData;
}

/** Drive's state: every file and folder, shared by DriveApp, DocumentApp and the Docs API fakes. */
export class DriveStore {
  readonly files = new Map<string, FileData>();
  readonly folders = new Map<string, { id: string; name: string }>();
  readonly rootId = 'root-folder';
  policy: DomainPolicy = { forbid: [] };
  private next = 1;

  constructor() {
    this.folders.set(this.rootId, { id: this.rootId, name: 'ไดรฟ์ของฉัน' });
  }
  newId(prefix: string): string {
    return `${prefix}-${this.next++}`;
  }
  add(file: Omit<FileData, 'trashed' | 'parents' | 'sharing'> & Partial<FileData>): FileData {
    const data: FileData = { trashed: false, parents: [this.rootId], sharing: { access: Access.PRIVATE, permission: Permission.EDIT }, ...file };
    this.files.set(data.id, data);
    return data;
  }
  get(id: string): FileData {
    const f = this.files.get(id);
    if (!f) throw new Error('Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
    return f;
  }
  /** Live files (not trashed) of a MIME type, for assertions. */
  list(mimeType?: string): FileData[] {
    return [...this.files.values()].filter((f) => !f.trashed && (!mimeType || f.mimeType === mimeType));
  }
}

export function fileUrl(f: FileData): string {
  return f.mimeType === DOC_MIME ? `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
}

export class FakeFile implements Pick<File,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getAs' | 'getBlob' | 'setSharing' | 'getSharingAccess' |
  'getSharingPermission' | 'setTrashed' | 'isTrashed' | 'makeCopy' | 'getParents'> {
  constructor(private readonly log: CallLog, private readonly store: DriveStore, readonly data: FileData, private readonly copyDoc: (doc: DocData, name: string) => FileData) {}
  private self(): File {
    return as<File>(this);
  }
  getId(): string {
    this.log.record('File.getId');
    return this.data.id;
  }
  getName(): string {
    this.log.record('File.getName');
    return this.data.name;
  }
  setName(name: string): File {
    this.log.record('File.setName');
    this.data.name = name;
    if (this.data.doc) this.data.doc.name = name;
    return this.self();
  }
  getUrl(): string {
    this.log.record('File.getUrl');
    return fileUrl(this.data);
  }
  getMimeType(): string {
    this.log.record('File.getMimeType');
    return this.data.mimeType;
  }
  /** A Doc exports what was last saved: DocumentApp changes not yet flushed by saveAndClose() are missing. */
  getAs(contentType: string): Blob {
    this.log.record('File.getAs', contentType);
    if (this.data.doc) {
      if (contentType !== 'application/pdf') throw new Error(`Exception: Converting from ${DOC_MIME} to ${contentType} is not supported.`);
      const snap = this.data.doc.saved;
      const text = `%PDF-1.7 (fake)\n${snap.name}\n${snapshotText(snap)}`;
      return as<Blob>(new FakeBlob(this.log, `${this.data.name}.pdf`, 'application/pdf', text, snap));
    }
    if (!this.data.blob) throw new Error('Exception: file has no content');
    return as<Blob>(new FakeBlob(this.log, this.data.name, contentType, this.data.blob.data));
  }
  getBlob(): Blob {
    this.log.record('File.getBlob');
    if (!this.data.blob) throw new Error('Exception: Google Docs files have no blob; use getAs');
    return as<Blob>(this.data.blob);
  }
  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): File {
    this.log.record('File.setSharing', `${String(accessType)}/${String(permissionType)}`);
    const access = String(accessType);
    if (!(access in Access)) throw new Error(`Exception: Invalid argument: accessType (${access})`);
    if (this.store.policy.forbid.includes(access)) {
      throw new Error('Exception: Sharing with the requested audience is not permitted by your organization\'s policy. (Access denied: DriveApp)');
    }
    this.data.sharing = { access, permission: String(permissionType) };
    return this.self();
  }
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    this.log.record('File.getSharingAccess');
    return as<GoogleAppsScript.Drive.Access>(this.data.sharing.access);
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    this.log.record('File.getSharingPermission');
    return as<GoogleAppsScript.Drive.Permission>(this.data.sharing.permission);
  }
  setTrashed(trashed: boolean): File {
    this.log.record('File.setTrashed');
    this.data.trashed = trashed;
    return this.self();
  }
  isTrashed(): boolean {
    this.log.record('File.isTrashed');
    return this.data.trashed;
  }
  makeCopy(name?: unknown): File {
    this.log.record('File.makeCopy');
    const copyName = typeof name === 'string' ? name : `Copy of ${this.data.name}`;
    const copy = this.data.doc
      ? this.copyDoc(this.data.doc, copyName)
      : this.store.add({ id: this.store.newId('file'), name: copyName, mimeType: this.data.mimeType, blob: this.data.blob });
    return as<File>(new FakeFile(this.log, this.store, copy, this.copyDoc));
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.log.record('File.getParents');
    const folders = this.data.parents.map((id) => new FakeFolder(this.log, this.store, id, this.copyDoc));
    return as<GoogleAppsScript.Drive.FolderIterator>(new FakeIterator(this.log, 'FolderIterator', folders));
  }
}

export class FakeIterator<T> {
  private i = 0;
  constructor(private readonly log: CallLog, private readonly kind: string, private readonly items: T[]) {}
  hasNext(): boolean {
    this.log.record(`${this.kind}.hasNext`);
    return this.i < this.items.length;
  }
  next(): T {
    this.log.record(`${this.kind}.next`);
    if (this.i >= this.items.length) throw new Error('Exception: Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.i++];
  }
}

export class FakeFolder implements Pick<Folder, 'getId' | 'getName' | 'createFile'> {
  constructor(private readonly log: CallLog, private readonly store: DriveStore, readonly id: string, private readonly copyDoc: (doc: DocData, name: string) => FileData) {}
  getId(): string {
    this.log.record('Folder.getId');
    return this.id;
  }
  getName(): string {
    this.log.record('Folder.getName');
    return this.store.folders.get(this.id)?.name ?? '';
  }
  createFile(blob: unknown, _content?: unknown, _mimeType?: unknown): File {
    this.log.record('Folder.createFile');
    return createFileIn(this.log, this.store, this.id, blob, this.copyDoc);
  }
}

function createFileIn(log: CallLog, store: DriveStore, folderId: string, blob: unknown, copyDoc: (doc: DocData, name: string) => FileData): File {
  if (!(blob instanceof FakeBlob)) throw new Error('Exception: Invalid argument: blob');
  const data = store.add({ id: store.newId('file'), name: blob.name, mimeType: blob.contentType, blob, parents: [folderId] });
  return as<File>(new FakeFile(log, store, data, copyDoc));
}

export class FakeDriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'createFile' | 'getRootFolder' | 'getFolderById'> {
  readonly Access = as<typeof GoogleAppsScript.Drive.Access>(Access);
  readonly Permission = as<typeof GoogleAppsScript.Drive.Permission>(Permission);
  constructor(private readonly log: CallLog, readonly store: DriveStore, private readonly copyDoc: (doc: DocData, name: string) => FileData) {}
  getFileById(id: string): File {
    this.log.record('DriveApp.getFileById');
    return as<File>(new FakeFile(this.log, this.store, this.store.get(id), this.copyDoc));
  }
  createFile(a: unknown, _content?: unknown, _mimeType?: unknown): File {
    this.log.record('DriveApp.createFile');
    return createFileIn(this.log, this.store, this.store.rootId, a, this.copyDoc);
  }
  getRootFolder(): Folder {
    this.log.record('DriveApp.getRootFolder');
    return as<Folder>(new FakeFolder(this.log, this.store, this.store.rootId, this.copyDoc));
  }
  getFolderById(id: string): Folder {
    this.log.record('DriveApp.getFolderById');
    if (!this.store.folders.has(id)) throw new Error('Exception: No item with the given ID could be found.');
    return as<Folder>(new FakeFolder(this.log, this.store, id, this.copyDoc));
  }
}

/** Plain text of a saved document (what a PDF would show), paragraphs and cells one per line. */
export function snapshotText(snap: DocSnapshot): string {
  const lines: string[] = [];
  for (const el of snap.content) {
    if (el.type === 'paragraph') lines.push(el.text);
    else for (const row of el.rows) lines.push(row.cells.map((c) => c.paragraphs.map((p) => p.text).join(' / ')).join(' | '));
  }
  return lines.join('\n');
}
