/**
 * The preview is a local server: other web pages must not drive it. Every API call needs this
 * start's secret token (served only inside the preview's own pages), the Host must be the loopback
 * server itself and a browser Origin must be its own. Runs without a browser (plain HTTP).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { portFromEnv, startPreview, type PreviewHandle } from '../../src/node/preview/server';
import { ROOT } from './helpers/cli';

let preview: PreviewHandle;
let outDir: string;

beforeAll(async () => {
  outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ita-preview-security-')), 'out');
  // A minimal sidebar: these tests look at the server, not the sidebar.
  preview = await startPreview({ outDir, pdf: false, sidebarHtml: '<!DOCTYPE html><html><head></head><body></body></html>' });
});
afterAll(async () => {
  await preview.close();
  rmSync(path.dirname(outDir), { recursive: true, force: true });
});

function request(
  pathName: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, path: pathName, method: options.method ?? 'GET', headers: { host: url.host, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const publishForce = JSON.stringify({ args: [{ force: true }] });

describe('the preview API', () => {
  test('a cross-site POST of publish with force (no token) is refused and writes nothing', async () => {
    const res = await request('/api/publish', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: publishForce,
    });
    expect(res.status).toBe(403);
    const noToken = await request('/api/publish', { method: 'POST', body: publishForce });
    expect(noToken.status).toBe(403);
    const wrongToken = await request('/api/publish', { method: 'POST', headers: { 'x-ita-token': '0'.repeat(preview.token.length) }, body: publishForce });
    expect(wrongToken.status).toBe(403);
    expect(preview.api.calls.publish).toBe(0);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  test('the right token from the page, with its own Origin, is answered', async () => {
    const page = await request('/');
    const token = /<meta name="ita-preview-token" content="([0-9a-f]+)">/.exec(page.body)?.[1];
    expect(token).toBe(preview.token);
    const sidebar = await request('/sidebar');
    expect(sidebar.body).toContain(`content="${preview.token}"`);
    const res = await request('/api/getLang', { method: 'POST', headers: { 'x-ita-token': preview.token, origin: preview.url.replace(/\/$/, '') }, body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: 'th' });
    const grid = await request('/preview/grid', { headers: { 'x-ita-token': preview.token } });
    expect(JSON.parse(grid.body).grid.length).toBeGreaterThan(10);
  });

  test('the token is not enough from another Origin', async () => {
    const res = await request('/api/getLang', { method: 'POST', headers: { 'x-ita-token': preview.token, origin: 'http://evil.example' }, body: '{}' });
    expect(res.status).toBe(403);
  });

  test('a request for another Host (DNS rebinding) is refused, even for the page', async () => {
    expect((await request('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await request('/preview/grid', { headers: { host: `evil.example:${new URL(preview.url).port}`, 'x-ita-token': preview.token } })).status).toBe(403);
  });

  test('the grid needs the token too', async () => {
    expect((await request('/preview/grid')).status).toBe(403);
  });

  test('a malformed URL or body is 400, not 500', async () => {
    expect((await request('/out/%E0%B8')).status).toBe(400);
    expect((await request('/api/validate%', { method: 'POST', headers: { 'x-ita-token': preview.token } })).status).toBe(400);
    expect((await request('/api/validate', { method: 'POST', headers: { 'x-ita-token': preview.token }, body: '{not json' })).status).toBe(400);
  });
});

describe('PORT', () => {
  test('a number is taken, anything else is a one-line error', () => {
    expect(portFromEnv('8123')).toBe(8123);
    expect(portFromEnv(undefined)).toBe(0);
    expect(() => portFromEnv('abc')).toThrow('PORT ต้องเป็นตัวเลข 0–65535 (ได้ "abc")');
    expect(() => portFromEnv('70000')).toThrow(/PORT/);
  });

  test('npm run preview with PORT=abc prints one line and no stack trace', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'preview.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['ita-sheets preview: PORT ต้องเป็นตัวเลข 0–65535 (ได้ "abc") (PORT must be a number from 0 to 65535 (got "abc"))']);
  });
});
