import { mkdtempSync, rmSync, readFileSync } from 'fs';
import { createHash } from 'crypto';
import * as os from 'os';
import * as path from 'path';
import { InputError, type InputErrorCode } from '../../../src/core/errors';

/** A fresh temp folder per test, removed afterwards: call at the top of a describe block. */
export function useTempDir(prefix = 'ita-sheets-node-'): { file(name: string): string } {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return { file: (name: string) => path.join(dir, name) };
}

export function sha256(filePath: string): string {
  return createHash('sha256').update(readFileSync(filePath)).digest('hex');
}

/** Awaits a promise that must reject with an InputError of the given code; returns the error. */
export async function expectInputError(promise: Promise<unknown>, code: InputErrorCode): Promise<InputError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const inputError = error as InputError;
  expect(inputError.code).toBe(code);
  expect(inputError.message).toBe(inputError.messageTh);
  // Thai message first (Thai letters present), English kept alongside.
  expect(inputError.messageTh).toMatch(/[\u0E01-\u0E2E]/);
  expect(inputError.messageEn).toMatch(/[A-Za-z]/);
  return inputError;
}
