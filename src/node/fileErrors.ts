/**
 * File handling shared by the Node adapters and the command line: reading an input file, refusing
 * to overwrite it, and writing an output without leaving a half-written file behind. Problems
 * people can fix (a missing file, a pipe, a read-only folder, a full disk) become `InputError`s
 * with a Thai message that names the file and says what to do.
 */
import { promises as fs, constants as fsConstants, type Stats } from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';

/** Largest input read: real measure workbooks are well under 1 MB; this keeps a wrong file from filling memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function missing(filePath: string): InputError {
  return new InputError('MISSING_FILE', `ไม่พบไฟล์ ${filePath}`, `File not found: ${filePath}`);
}

/** What `stat` says a path is, in words, for the "not a regular file" message. */
function kindOf(stats: Stats): { th: string; en: string } {
  if (stats.isDirectory()) return { th: 'โฟลเดอร์', en: 'a folder' };
  if (stats.isFIFO()) return { th: 'ท่อข้อมูล (named pipe)', en: 'a named pipe' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { th: 'อุปกรณ์ (device)', en: 'a device' };
  if (stats.isSocket()) return { th: 'ซ็อกเก็ต (socket)', en: 'a socket' };
  return { th: 'สิ่งที่ไม่ใช่ไฟล์ปกติ', en: 'not a regular file' };
}

/**
 * Checks an input before opening it: it must be a regular file (a pipe or `/dev/zero` would hang or
 * never end) within MAX_INPUT_BYTES. Throws InputError MISSING_FILE, UNSUPPORTED_FORMAT or UNREADABLE.
 */
async function assertReadableFile(filePath: string): Promise<Stats> {
  let stats: Stats;
  try {
    stats = await fs.stat(filePath);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw missing(filePath);
    if (code === 'EACCES' || code === 'EPERM') throw unreadable(filePath);
    throw error;
  }
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    throw new InputError(
      stats.isDirectory() ? 'MISSING_FILE' : 'UNSUPPORTED_FORMAT',
      `${filePath} เป็น${kind.th} ไม่ใช่ไฟล์ ระบุไฟล์ .xlsx, .csv หรือ .txt`,
      `${filePath} is ${kind.en}, not a file: give an .xlsx, .csv or .txt file`,
    );
  }
  if (stats.size > MAX_INPUT_BYTES) {
    const limit = MAX_INPUT_BYTES / (1024 * 1024);
    const size = (stats.size / (1024 * 1024)).toFixed(1);
    throw new InputError(
      'TOO_LARGE',
      `ไฟล์ ${filePath} ใหญ่ ${size} MB เกินขนาดที่รับได้ ${limit} MB ตารางมาตรการปกติมีขนาดไม่ถึง 1 MB`,
      `${filePath} is ${size} MB, over the ${limit} MB limit (a measures table is normally under 1 MB)`,
    );
  }
  return stats;
}

function unreadable(filePath: string): InputError {
  return new InputError(
    'UNREADABLE',
    `อ่านไฟล์ ${filePath} ไม่ได้ เพราะไม่มีสิทธิ์อ่าน ให้สิทธิ์อ่านไฟล์ หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของคุณ`,
    `Cannot read ${filePath}: permission denied. Allow reading it, or copy it to a folder of yours`,
  );
}

/** Reads a whole input file after assertReadableFile; filesystem refusals become InputErrors. */
export async function readInputFile(filePath: string): Promise<Buffer> {
  await assertReadableFile(filePath);
  try {
    return await fs.readFile(filePath);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw missing(filePath);
    if (code === 'EACCES' || code === 'EPERM') throw unreadable(filePath);
    if (code === 'EISDIR') {
      throw new InputError('MISSING_FILE', `${filePath} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${filePath} is a folder, not a file`);
    }
    if (code === 'EIO') throw new InputError('UNREADABLE', `อ่านไฟล์ ${filePath} ไม่สำเร็จ (อุปกรณ์อ่านข้อมูลผิดพลาด)`, `Cannot read ${filePath}: I/O error`);
    throw error;
  }
}

async function statOrNull(filePath: string): Promise<Stats | null> {
  try {
    return await fs.stat(filePath);
  } catch {
    return null;
  }
}

async function realPathOrResolved(filePath: string): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch {
    return path.resolve(filePath);
  }
}

/**
 * The person's own file is never modified: an output must not be the input, whether named the same,
 * through a symlink or as a hard link (same device and inode).
 */
export async function assertDistinctOutput(inPath: string, outPath: string): Promise<void> {
  const [input, output, inStats, outStats] = await Promise.all([
    realPathOrResolved(inPath),
    realPathOrResolved(outPath),
    statOrNull(inPath),
    statOrNull(outPath),
  ]);
  const sameInode = inStats !== null && outStats !== null && inStats.dev === outStats.dev && inStats.ino === outStats.ino;
  if (input === output || sameInode) {
    throw new InputError(
      'SAME_FILE',
      `ไฟล์ผลลัพธ์ ${outPath} คือไฟล์ต้นฉบับ ${inPath} (ชื่อเดียวกัน ลิงก์ หรือฮาร์ดลิงก์) ระบุไฟล์ผลลัพธ์ใหม่ เพื่อไม่ให้ไฟล์ต้นฉบับถูกแก้ไข`,
      `The output ${outPath} is the input ${inPath} (same name, a link or a hard link): name a new output so the original is never modified`,
    );
  }
}

/** A filesystem refusal while writing `filePath`, as the sentence a person can act on; other errors unchanged. */
function outputError(error: unknown, filePath: string): unknown {
  const folder = path.dirname(path.resolve(filePath));
  switch (errnoCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new InputError(
        'CANNOT_WRITE',
        `เขียนไฟล์ ${filePath} ไม่ได้ เพราะโฟลเดอร์ ${folder} เป็นแบบอ่านอย่างเดียวหรือไม่มีสิทธิ์เขียน เลือกโฟลเดอร์อื่นด้วย -o`,
        `Cannot write ${filePath}: the folder ${folder} is read-only or not writable; choose another folder with -o`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new InputError(
        'CANNOT_WRITE',
        `เขียนไฟล์ ${filePath} ไม่ได้ เพราะมีไฟล์ชื่อเดียวกับโฟลเดอร์ในเส้นทางนี้ (${folder}) ต้องเป็นโฟลเดอร์ เลือกเส้นทางอื่น`,
        `Cannot write ${filePath}: a file stands where a folder is needed in ${folder}; choose another path`,
      );
    case 'EISDIR':
      return new InputError(
        'CANNOT_WRITE',
        `เขียนไฟล์ ${filePath} ไม่ได้ เพราะเป็นโฟลเดอร์ ระบุชื่อไฟล์ผลลัพธ์`,
        `Cannot write ${filePath}: it is a folder; give a file name`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new InputError(
        'CANNOT_WRITE',
        `เขียนไฟล์ ${filePath} ไม่ได้ เพราะพื้นที่ดิสก์เต็ม ลบไฟล์ที่ไม่ใช้หรือเลือกดิสก์อื่น (ไม่มีไฟล์ใดถูกเขียนค้างไว้)`,
        `Cannot write ${filePath}: the disk is full; free some space or choose another disk (nothing was left half-written)`,
      );
    default:
      return error;
  }
}

/**
 * Writes through a temporary file in the same folder, flushed to disk, then renamed into place: a
 * failed or interrupted write never leaves a truncated file under the output's name. The folder is
 * created when missing.
 */
export async function writeFileAtomic(filePath: string, data: Buffer | Uint8Array | string): Promise<void> {
  const folder = path.dirname(path.resolve(filePath));
  const temporary = path.join(folder, `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temporary, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw outputError(error, filePath);
  }
}

/** Checks the 0-based cell positions given to the `write*Cells` functions. */
export function assertCellPosition(cell: { row: number; column: number }): void {
  if (!Number.isInteger(cell.row) || !Number.isInteger(cell.column) || cell.row < 0 || cell.column < 0) {
    throw new RangeError(`Cell position must be 0-based non-negative integers, got row ${cell.row}, column ${cell.column}`);
  }
}

/** Text that a spreadsheet program would take for a formula (or a formula-like sign) when typed into a cell. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
