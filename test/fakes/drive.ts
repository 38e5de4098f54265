/**
 * Drive's state and two ways in: the Drive advanced service (API v3: Files, Permissions), which the
 * add-on uses, and DriveApp, kept so tests can show Google refusing it under `drive.file`.
 *
 * - Per-user access: every file has an owner and a permission list (users, the domain, anyone with
 *   the link), as Drive's roles define them (https://developers.google.com/workspace/drive/api/guides/ref-roles):
 *   a reader cannot edit, only an owner or writer can share or trash.
 * - `drive.file` is per file and per user: "Create new Drive files, or modify existing files, that you
 *   open with an app or that the user shares with an app" (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 *   A file the user created through the Drive API counts; any other file is "File not found" to the
 *   API, as Drive answers for a file the app may not see (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid).
 * - A domain policy can forbid link sharing; the request then fails and the file keeps its access.
 * - Sharing with a person or group e-mails them unless `sendNotificationEmail` is false; the option is
 *   refused for other permissions (`store.notifications` lists what was sent).
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
    protected readonly log: CallLog,
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

/** A blob made from bytes (Utilities.newBlob): Apps Script bytes are Java bytes, -128..127. */
export class FakeBytesBlob extends FakeBlob {
  constructor(log: CallLog, name: string, contentType: string, private readonly bytes: number[]) {
    super(log, name, contentType, Buffer.from(bytes.map((b) => b & 0xff)).toString('latin1'));
  }
  override getBytes(): number[] {
    this.log.record('Blob.getBytes');
    return this.bytes.map((b) => (b > 127 ? b - 256 : b));
  }
}

/** A Drive API v3 permission (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions). */
export interface PermissionData {
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
  domain?: string;
  allowFileDiscovery?: boolean;
}

export type Role = 'owner' | 'writer' | 'reader';

export interface FileData {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  parents: string[];
  /** Link sharing as DriveApp names it (derived from `permissions` when set through the API). */
  sharing: { access: string; permission: string };
  owner: string;
  permissions: PermissionData[];
  /** Users whose `drive.file` grant covers this file (they created it through the Drive API). */
  appAccess: string[];
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
  /** Sharing notification e-mails Drive sent (Permissions.create to a user or group), in order. */
  readonly notifications: { fileId: string; to: string; role: string }[] = [];
  private next = 1;

  /** `user()` is the person running the script (Session's active user). */
  constructor(readonly user: () => string = () => 'coordinator@song.go.th') {
    this.folders.set(this.rootId, { id: this.rootId, name: 'ไดรฟ์ของฉัน' });
  }
  newId(prefix: string): string {
    return `${prefix}-${this.next++}`;
  }
  add(file: Omit<FileData, 'trashed' | 'parents' | 'sharing' | 'owner' | 'permissions' | 'appAccess'> & Partial<FileData>): FileData {
    const owner = file.owner ?? this.user();
    const data: FileData = {
      trashed: false, parents: [this.rootId], sharing: { access: Access.PRIVATE, permission: Permission.EDIT }, owner,
      permissions: [{ id: `perm-owner`, type: 'user', role: 'owner', emailAddress: owner }], appAccess: [], ...file,
    };
    this.files.set(data.id, data);
    return data;
  }
  /** The user's role on a file: their own permission, their domain's, or anyone's with the link. */
  roleOf(file: FileData, user = this.user()): Role | null {
    const domain = user.split('@')[1];
    const rank = { owner: 3, organizer: 3, fileOrganizer: 2, writer: 2, commenter: 1, reader: 1 } as const;
    let best = 0;
    for (const p of file.permissions) {
      const applies = (p.type === 'user' && p.emailAddress === user) || (p.type === 'domain' && p.domain === domain) || p.type === 'anyone';
      if (applies) best = Math.max(best, rank[p.role]);
    }
    return best === 3 ? 'owner' : best === 2 ? 'writer' : best === 1 ? 'reader' : null;
  }
  /** Gives `user` (default: the active one) a role on a file, as sharing it with them would. */
  share(id: string, user: string, role: 'writer' | 'reader'): void {
    const file = this.get(id);
    file.permissions = file.permissions.filter((p) => !(p.type === 'user' && p.emailAddress === user));
    file.permissions.push({ id: this.newId('perm'), type: 'user', role, emailAddress: user });
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
      return pdfOf(this.log, this.data.doc.saved);
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

/** A fake PDF of a saved document: its name and text, and the snapshot it was made from. */
export function pdfOf(log: CallLog, snap: DocSnapshot): Blob {
  const text = `%PDF-1.7 (fake)\n${snap.name}\n${snapshotText(snap)}`;
  return as<Blob>(new FakeBlob(log, `${snap.name}.pdf`, 'application/pdf', text, snap));
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

// ---- Drive advanced service (Drive API v3) -----------------------------------------------------

type V3File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type V3Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type PermissionsCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

const apiError = (method: string, message: string) => new Error(`GoogleJsonResponseException: API call to drive.${method} failed with error: ${message}`);

/**
 * The fields a response carries: Drive v3 returns only `kind,id,name,mimeType` unless `fields` asks for
 * more ("Return specific fields": https://developers.google.com/workspace/drive/api/guides/fields-parameter).
 */
function pickFields(full: Record<string, unknown>, fields: unknown): Record<string, unknown> {
  const wanted = typeof fields === 'string' && fields.trim()
    ? fields.replace(/\([^)]*\)/g, '').split(',').map((f) => f.trim().split('/')[0])
    : ['kind', 'id', 'name', 'mimeType'];
  if (wanted.includes('*')) return full;
  return Object.fromEntries(wanted.filter((f) => f in full).map((f) => [f, full[f]]));
}

/** DriveApp's access names for a permission list (for assertions shared with the DriveApp fake). */
function sharingFromPermissions(perms: PermissionData[]): { access: string; permission: string } {
  const link = (p: PermissionData) => (p.role === 'writer' ? Permission.EDIT : p.role === 'commenter' ? Permission.COMMENT : Permission.VIEW);
  const anyone = perms.find((p) => p.type === 'anyone');
  if (anyone) return { access: anyone.allowFileDiscovery ? Access.ANYONE : Access.ANYONE_WITH_LINK, permission: link(anyone) };
  const domain = perms.find((p) => p.type === 'domain');
  if (domain) return { access: domain.allowFileDiscovery ? Access.DOMAIN : Access.DOMAIN_WITH_LINK, permission: link(domain) };
  return { access: Access.PRIVATE, permission: Permission.NONE };
}

export class FakeDriveV3 {
  readonly Files: Pick<FilesCollection, 'create' | 'get' | 'update'>;
  readonly Permissions: Pick<PermissionsCollection, 'create' | 'list' | 'remove'>;

  constructor(
    private readonly log: CallLog,
    private readonly store: DriveStore,
    private readonly granted: () => string[],
    /** Makes an empty Google Doc (the Docs editor's own new document) and returns its file. */
    private readonly newDoc: (name: string) => FileData,
  ) {
    this.Files = {
      create: ((resource: V3File, mediaData?: Blob, optionalArgs?: Record<string, unknown>): V3File => {
        this.log.record('Drive.Files.create');
        const name = resource.name ?? (mediaData instanceof FakeBlob ? mediaData.name : 'Untitled');
        let file: FileData;
        if (resource.mimeType === DOC_MIME && !mediaData) {
          file = this.newDoc(name);
        } else {
          if (!(mediaData instanceof FakeBlob)) throw apiError('files.create', 'Media is required for a non-Google file.');
          const blob = new FakeBlob(this.log, name, mediaData.contentType, mediaData.data, mediaData.snapshot);
          file = this.store.add({ id: this.store.newId('file'), name, mimeType: resource.mimeType ?? mediaData.contentType, blob });
        }
        const parent = resource.parents?.[0];
        if (parent) {
          if (!this.store.folders.has(parent)) throw apiError('files.create', `File not found: ${parent}.`);
          file.parents = [parent];
        }
        file.appAccess.push(this.store.user()); // the app created it: drive.file now covers it for this user
        return this.view(file, optionalArgs?.fields) as V3File;
      }) as FilesCollection['create'],
      get: ((fileId: string, optionalArgs?: Record<string, unknown>): V3File => {
        this.log.record('Drive.Files.get');
        return this.view(this.visible('files.get', fileId), optionalArgs?.fields) as V3File;
      }) as FilesCollection['get'],
      update: ((resource: V3File, fileId: string, _mediaData?: Blob, optionalArgs?: Record<string, unknown>): V3File => {
        this.log.record('Drive.Files.update');
        const file = this.visible('files.update', fileId);
        const role = this.store.roleOf(file);
        if (role !== 'owner' && role !== 'writer') throw apiError('files.update', `The user does not have sufficient permissions for file ${fileId}.`);
        // Only the owner can trash a file in My Drive (https://support.google.com/drive/answer/2375102).
        if (resource.trashed !== undefined && role !== 'owner') throw apiError('files.update', `The user does not have sufficient permissions for file ${fileId}.`);
        if (resource.trashed !== undefined) file.trashed = Boolean(resource.trashed);
        if (resource.name !== undefined) {
          file.name = resource.name;
          if (file.doc) file.doc.name = resource.name;
        }
        return this.view(file, optionalArgs?.fields) as V3File;
      }) as FilesCollection['update'],
    };
    this.Permissions = {
      create: ((resource: V3Permission, fileId: string, optionalArgs?: Record<string, unknown>): V3Permission => {
        this.log.record('Drive.Permissions.create');
        const file = this.visible('permissions.create', fileId);
        const role = this.store.roleOf(file);
        if (role !== 'owner' && role !== 'writer') throw apiError('permissions.create', `The user does not have sufficient permissions for file ${fileId}.`);
        const type = resource.type as PermissionData['type'];
        const wantedRole = resource.role as PermissionData['role'];
        if (!['user', 'group', 'domain', 'anyone'].includes(type) || !['writer', 'commenter', 'reader'].includes(wantedRole)) {
          throw apiError('permissions.create', 'Invalid permission type or role.');
        }
        if ((type === 'user' || type === 'group') && !resource.emailAddress) throw apiError('permissions.create', 'The permission emailAddress field is required.');
        if (type === 'domain' && !resource.domain) throw apiError('permissions.create', 'The permission domain field is required.');
        // "sendNotificationEmail: Whether to send a notification email when sharing to users or groups. This defaults
        // to true for users and groups, and is not allowed for other requests."
        // (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create#query-parameters)
        const notify = optionalArgs?.sendNotificationEmail;
        if (notify !== undefined && type !== 'user' && type !== 'group') {
          throw apiError('permissions.create', `sendNotificationEmail is not allowed for a permission of type ${type}.`);
        }
        const access = type === 'anyone' ? (resource.allowFileDiscovery ? Access.ANYONE : Access.ANYONE_WITH_LINK)
          : type === 'domain' ? (resource.allowFileDiscovery ? Access.DOMAIN : Access.DOMAIN_WITH_LINK) : null;
        if (access && this.store.policy.forbid.includes(access)) {
          // A Workspace policy against sharing outside the domain (Drive API error "publishOutNotPermitted").
          throw apiError('permissions.create', 'The user does not have permission to share this file with the requested audience (publishOutNotPermitted).');
        }
        const perm: PermissionData = {
          id: type === 'anyone' ? 'anyoneWithLink' : this.store.newId('perm'), type, role: wantedRole,
          ...(resource.emailAddress ? { emailAddress: resource.emailAddress } : {}),
          ...(resource.domain ? { domain: resource.domain } : {}),
          ...(type === 'anyone' || type === 'domain' ? { allowFileDiscovery: Boolean(resource.allowFileDiscovery) } : {}),
        };
        // One permission per grantee: a new one replaces the old (as Drive does).
        file.permissions = file.permissions.filter((p) => !(p.type === type && p.emailAddress === perm.emailAddress && p.domain === perm.domain));
        file.permissions.push(perm);
        file.sharing = sharingFromPermissions(file.permissions);
        if ((type === 'user' || type === 'group') && notify !== false) {
          this.store.notifications.push({ fileId, to: resource.emailAddress ?? '', role: wantedRole });
        }
        return { ...perm } as V3Permission;
      }) as PermissionsCollection['create'],
      list: ((fileId: string, _optionalArgs?: Record<string, unknown>) => {
        this.log.record('Drive.Permissions.list');
        const file = this.visible('permissions.list', fileId);
        return { permissions: file.permissions.map((p) => ({ ...p })) };
      }) as PermissionsCollection['list'],
      remove: ((fileId: string, permissionId: string, _optionalArgs?: Record<string, unknown>): void => {
        this.log.record('Drive.Permissions.remove');
        const file = this.visible('permissions.remove', fileId);
        const role = this.store.roleOf(file);
        if (role !== 'owner' && role !== 'writer') throw apiError('permissions.remove', `The user does not have sufficient permissions for file ${fileId}.`);
        const perm = file.permissions.find((p) => p.id === permissionId);
        if (!perm) throw apiError('permissions.remove', `Permission not found: ${permissionId}.`);
        if (perm.role === 'owner') throw apiError('permissions.remove', 'The owner of a file cannot be removed.');
        file.permissions = file.permissions.filter((p) => p !== perm);
        file.sharing = sharingFromPermissions(file.permissions);
      }) as PermissionsCollection['remove'],
    };
  }

  /** A file the API lets this user and this app see: readable by the user and, under drive.file, created through the app. */
  private visible(method: string, fileId: string): FileData {
    const file = this.store.files.get(fileId);
    const granted = this.granted();
    const broad = granted.includes('https://www.googleapis.com/auth/drive') || granted.includes('https://www.googleapis.com/auth/drive.readonly');
    const user = this.store.user();
    if (!file || !this.store.roleOf(file, user) || (!broad && !file.appAccess.includes(user))) throw apiError(method, `File not found: ${fileId}.`);
    return file;
  }

  private view(file: FileData, fields: unknown): Record<string, unknown> {
    const full: Record<string, unknown> = {
      kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType, trashed: file.trashed, parents: [...file.parents],
      webViewLink: fileUrl(file), owners: [{ emailAddress: file.owner }],
      capabilities: { canEdit: ['owner', 'writer'].includes(this.store.roleOf(file) ?? ''), canShare: ['owner', 'writer'].includes(this.store.roleOf(file) ?? '') },
    };
    return pickFields(full, fields);
  }
}
