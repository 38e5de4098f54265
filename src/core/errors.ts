import type { SourceRef } from './types';

export type InputErrorCode =
  | 'NO_HEADER'
  | 'NOT_A_TABLE'
  | 'EMPTY_INPUT'
  | 'CORRUPT_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'MISSING_FILE'
  | 'UNREADABLE'
  | 'TOO_LARGE'
  | 'SAME_FILE'
  | 'CANNOT_WRITE'
  | 'PASSWORD_PROTECTED'
  | 'CELL_TOO_LONG'
  | 'UNPLACED_ROWS'
  | 'NO_MEASURES'
  | 'BAD_OPTION'
  | 'BAD_CONFIRMATION'
  | 'BAD_SYNONYM';

/** Input the add-on cannot use. `message` is the Thai sentence; it names the cell, line or file at fault. */
export class InputError extends Error {
  constructor(
    public readonly code: InputErrorCode,
    public readonly messageTh: string,
    public readonly messageEn: string,
    public readonly ref?: SourceRef,
  ) {
    super(messageTh);
    this.name = 'InputError';
  }
}
