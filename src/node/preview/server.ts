/**
 * Local preview server (loopback only): the measures table of a workbook next to the real
 * sidebar HTML, whose `google.script.run` is a stand-in that POSTs to /api/<name>, answered by
 * PreviewApi. Nothing here is part of the Apps Script bundle.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { editionChoiceOf, publishRequestOf, type AddSynonymsRequest, type ConfirmFindingRequest, type SidebarApi, type UserFacingError } from '../../core/api';
import { InputError } from '../../core/errors';
import { PreviewApi } from './api';
import { STANDIN_JS, injectStandin, previewPage } from './page';
import { loadWorkbook } from './workbook';

export interface PreviewOptions {
  /** Workbook to show (.xlsx, .csv or report .txt); default the bundled sample report. */
  file?: string;
  /** Port on 127.0.0.1; default PORT from the environment, else a free one. */
  port?: number;
  /** Where fills and reports go; default out/ in the repository. */
  outDir?: string;
  /** Sidebar HTML (buildSidebar() output); built with scripts/build-sidebar.mjs when omitted. */
  sidebarHtml?: string;
  /** Make PDFs with LibreOffice when installed (default true). */
  pdf?: boolean;
}

export interface PreviewHandle {
  url: string;
  close(): Promise<void>;
  /** The API behind the stand-in (tests read its call counts and grid). */
  api: PreviewApi;
  /** This start's secret: every /api call and the grid must carry it in the `x-ita-token` header. */
  token: string;
}

/** Every SidebarApi function, checked by the compiler: a new server function cannot be left out here. */
const SERVED: Record<keyof SidebarApi, true> = {
  validate: true, fillSuggestions: true, publish: true, selectCell: true, getLang: true, setLang: true, getProgress: true,
  confirmFinding: true, listConfirmations: true, addSynonyms: true,
};
const METHODS = Object.keys(SERVED) as (keyof SidebarApi)[];

const CONTENT_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The repository root: the folder above this file that holds scripts/build-sidebar.mjs. */
export function repoRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'scripts', 'build-sidebar.mjs'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The sidebar as build-sidebar.mjs makes it (a child process: that script is an ES module). */
export function buildSidebarHtml(root = repoRoot()): string {
  return execFileSync(process.execPath, [path.join(root, 'scripts', 'build-sidebar.mjs'), '--stdout'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

function toUserFacing(error: unknown): UserFacingError {
  if (error instanceof InputError) return { code: error.code, message: error.messageTh, messageEn: error.messageEn };
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `เกิดข้อผิดพลาดภายใน: ${text}`, messageEn: `Internal error: ${text}` };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1024 * 1024) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * PORT from the environment: a whole number 0–65535 (0 = any free port), else a clear one-line error.
 */
export function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new InputError(
      'BAD_OPTION',
      `PORT ต้องเป็นตัวเลข 0–65535 (ได้ "${value}")`,
      `PORT must be a number from 0 to 65535 (got "${value}")`,
    );
  }
  return port;
}

function sameSecret(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/**
 * Requests from other pages are refused: the Host must name this loopback server (a DNS-rebound
 * name does not), and a browser's Origin, when sent, must be this server's own.
 */
function fromThisServer(req: http.IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!allowed.includes((req.headers.host ?? '').toLowerCase())) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.some((host) => origin.toLowerCase() === `http://${host}`);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

export async function startPreview(options: PreviewOptions = {}): Promise<PreviewHandle> {
  const root = repoRoot();
  const file = path.resolve(options.file ?? path.join(root, 'samples', 'song-2565-report.txt'));
  const outDir = path.resolve(options.outDir ?? path.join(root, 'out'));
  const port = options.port ?? portFromEnv(process.env.PORT);
  const workbook = await loadWorkbook(file);
  // A new secret each start: a page from another site cannot guess it or read it from ours.
  const token = randomBytes(24).toString('hex');
  const sidebar = injectStandin(options.sidebarHtml ?? buildSidebarHtml(root), token);
  const api = new PreviewApi({ workbook, outDir, pdf: options.pdf });
  const page = previewPage(path.relative(root, file) || file, token);
  let boundPort = port;

  /** Only one of the three editions passes from the page to the API. */
  async function callApi(name: keyof SidebarApi, args: unknown[]): Promise<unknown> {
    // JSON from the page is untyped; each method checks what it relies on.
    switch (name) {
      case 'validate':
        return api.validate(editionChoiceOf(args[0]));
      case 'fillSuggestions':
        return api.fillSuggestions(editionChoiceOf(args[0]));
      case 'publish':
        return api.publish(publishRequestOf(args[0]));
      case 'selectCell':
        return api.selectCell(String(args[0] ?? ''));
      case 'getLang':
        return api.getLang();
      case 'setLang':
        return api.setLang(args[0] === 'en' ? 'en' : 'th');
      case 'getProgress':
        return api.getProgress();
      // The core checks every field of these requests (numbers, the texts shown, verdict, words) and names what is wrong.
      case 'confirmFinding':
        return api.confirmFinding((args[0] ?? {}) as ConfirmFindingRequest);
      case 'listConfirmations':
        return api.listConfirmations();
      case 'addSynonyms':
        return api.addSynonyms((args[0] ?? {}) as AddSynonymsRequest);
      default: {
        // A SidebarApi function without a case here fails the build.
        const unhandled: never = name;
        throw new Error(`no preview handler for ${String(unhandled)}`);
      }
    }
  }

  const server = http.createServer((req, res) => {
    if (!fromThisServer(req, boundPort)) return send(res, 403, 'text/plain', 'forbidden: this preview answers only its own pages');
    let route: string;
    try {
      route = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, 'text/plain', 'bad request: malformed URL');
    }
    const authorised = sameSecret(req.headers['x-ita-token'], token);
    void (async () => {
      if (req.method === 'GET' && route === '/') return send(res, 200, 'text/html; charset=utf-8', page);
      if (req.method === 'GET' && route === '/sidebar') return send(res, 200, 'text/html; charset=utf-8', sidebar);
      if (req.method === 'GET' && route === '/gas-standin.js') return send(res, 200, 'text/javascript; charset=utf-8', STANDIN_JS);
      if ((route === '/preview/grid' || route.startsWith('/api/')) && !authorised) {
        return send(res, 403, 'text/plain', 'forbidden: missing or wrong preview token');
      }
      if (req.method === 'GET' && route === '/preview/grid') {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ sheetName: workbook.sheetName, grid: workbook.grid, written: workbook.written }));
      }
      if (req.method === 'GET' && route.startsWith('/out/')) {
        // Only plain file names directly in outDir: no folders, no "..".
        const name = route.slice('/out/'.length);
        if (!/^[\w.\-ก-๙ ]+$/.test(name) || name.startsWith('.')) return send(res, 400, 'text/plain', 'bad name');
        try {
          const data = await readFile(path.join(outDir, name));
          return send(res, 200, CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream', data);
        } catch {
          return send(res, 404, 'text/plain', 'not found');
        }
      }
      if (req.method === 'POST' && route.startsWith('/api/')) {
        const name = route.slice('/api/'.length) as keyof SidebarApi;
        if (!METHODS.includes(name)) {
          const error: UserFacingError = { code: 'NO_SUCH_FUNCTION', message: `ไม่มีฟังก์ชัน ${name} บนเซิร์ฟเวอร์`, messageEn: `No server function ${name}` };
          return send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error }));
        }
        let body: { args?: unknown };
        try {
          body = JSON.parse((await readBody(req)) || '{}') as { args?: unknown };
        } catch {
          return send(res, 400, 'text/plain', 'bad request: the body must be JSON');
        }
        try {
          const value = await callApi(name, Array.isArray(body.args) ? body.args : []);
          return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, value: value ?? null }));
        } catch (error) {
          return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: toUserFacing(error) }));
        }
      }
      return send(res, 404, 'text/plain', 'not found');
    })().catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  boundPort = address.port;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    api,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
