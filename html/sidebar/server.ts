/**
 * Promise wrapper around `google.script.run`, typed from `SidebarApi`: calling a server function
 * that does not exist, or with the wrong arguments, fails `tsc` (and so `npm test`).
 */
import type { SidebarApi, UserFacingError } from '../../src/core/api';

type ServerFunctions = { [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => void };

/** The part of the client-side `google.script.run` runner the sidebar uses. */
interface ScriptRunner extends ServerFunctions {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

interface GoogleClient {
  script: { run: ScriptRunner };
}

/** An error the sidebar can show: Thai and English sentences, never a stack trace. */
export class ServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

function isUserFacing(value: unknown): value is UserFacingError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && typeof v.messageEn === 'string';
}

/**
 * Apps Script hands the failure handler an Error whose message is whatever the server threw. The
 * server may throw a JSON `UserFacingError`; anything else is shown as its message.
 */
export function toServerError(error: unknown): ServerError {
  if (isUserFacing(error)) return new ServerError(error.code, error.message, error.messageEn);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  const trimmed = message.replace(/^(Exception|Error|InputError):\s*/, '');
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (isUserFacing(parsed)) return new ServerError(parsed.code, parsed.message, parsed.messageEn);
    } catch {
      // Not JSON after all: fall through and show the text.
    }
  }
  return new ServerError('SERVER', trimmed, trimmed);
}

function runner(): ScriptRunner {
  const client = (globalThis as { google?: GoogleClient }).google;
  if (!client?.script?.run) {
    throw new ServerError('NO_SERVER', 'ไม่พบการเชื่อมต่อกับ Apps Script (google.script.run)', 'google.script.run is not available');
  }
  return client.script.run;
}

export function call<K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) => reject(toServerError(error)));
    // The index is typed from SidebarApi, so only real server functions can be named here.
    const fn = run[name] as (...a: Parameters<SidebarApi[K]>) => void;
    fn.apply(run, args);
  });
}
