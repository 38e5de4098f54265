import { InputError } from '../../src/core';

/** The InputError `work` refuses with (any other outcome fails the test). */
export function refusal(work: () => unknown): InputError {
  try {
    work();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
