/**
 * File handling shared by the Node adapters (xlsx, csv): reading an input file, refusing to
 * overwrite it, and writing an output without leaving a half-written file behind. Problems
 * people can fix become `InputError`s with a Thai message that names the file.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Reads a whole input file; a missing path (or a folder) is the person's mistake, so it becomes MISSING_FILE. */
export async function readInputFile(filePath: string): Promise<Buffer> {
  try {
    return await fs.readFile(filePath);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError('MISSING_FILE', `ไม่พบไฟล์ ${filePath}`, `File not found: ${filePath}`);
    }
    if (code === 'EISDIR') {
      throw new InputError('MISSING_FILE', `${filePath} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${filePath} is a folder, not a file`);
    }
    throw error;
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
 * The person's own file is never modified: writing cells always goes to a new file. Compares real
 * paths so `./a.xlsx`, an absolute path or a symlink to the same file are all refused.
 */
export async function assertDistinctOutput(inPath: string, outPath: string): Promise<void> {
  const [input, output] = await Promise.all([realPathOrResolved(inPath), realPathOrResolved(outPath)]);
  if (input === output) {
    throw new InputError(
      'UNSUPPORTED_FORMAT',
      `ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์เดียวกับไฟล์ต้นฉบับ (${inPath}) เพื่อไม่ให้ไฟล์ต้นฉบับถูกแก้ไข`,
      `The output file must differ from the input file (${inPath}) so the original is never modified`,
    );
  }
}

/** Writes through a temporary file in the same folder and renames it, so a failed write leaves no broken file. */
export async function writeFileAtomic(filePath: string, data: Buffer | Uint8Array | string): Promise<void> {
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
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
