/**
 * The scopes Google documents for every Apps Script method, generated (never hand-written) from:
 *
 * - `gas-types-detailed`: @types/google-apps-script with Google's reference text in its comments,
 *   including each method's "Authorization" list ("Scripts that use this method require
 *   authorization with one or more of the following scopes"). A method whose page lists no scope
 *   needs none (LockService, PropertiesService, Utilities, ...).
 * - `@googleapis/docs` v1 and `@googleapis/drive` v3: the REST methods behind the advanced services
 *   `Docs` and `Drive`; each method's generated sample lists the scopes the API accepts for it.
 *
 * Keys: `Document.Body.appendTable` (namespace.interface.method) for built-in services and
 * `docs.documents.batchUpdate`, `drive.files.create` for the REST methods of advanced services.
 *
 *   node scripts/scopes/table.mjs            prints the table as JSON
 *   node scripts/scopes/table.mjs --write    writes it to build/scope-table.json (the test fakes read it)
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const SCOPE_LINE = /^\s*\*\s*-\s*(https:\/\/www\.googleapis\.com\/auth\/[\w.-]+)\s*$/;

/** Methods (with their documented scopes) and `extends` links of one gas-types-detailed file. */
function parseServiceFile(text, table, parents) {
  const namespaces = [];
  let iface = null;
  let depth = 0;
  let ifaceDepth = -1;
  const nsDepths = [];
  let comment = null;
  let pendingScopes = null;
  for (const line of text.split('\n')) {
    if (comment !== null) {
      const m = SCOPE_LINE.exec(line);
      if (m && comment.auth) comment.scopes.push(m[1]);
      if (/Authorization:/.test(line)) comment.auth = true;
      if (line.includes('*/')) {
        pendingScopes = comment.scopes;
        comment = null;
      }
      continue;
    }
    if (/^\s*\/\*\*/.test(line)) {
      comment = { auth: false, scopes: [] };
      if (line.includes('*/')) comment = null;
      continue;
    }
    const ns = /^\s*(?:declare\s+)?namespace\s+([\w.]+)\s*\{/.exec(line);
    const it = /^\s*(?:export\s+)?interface\s+(\w+)(?:<[^>]*>)?(?:\s+extends\s+([^{]+))?\s*\{/.exec(line);
    if (ns) {
      namespaces.push(ns[1]);
      nsDepths.push(depth);
    } else if (it && iface === null) {
      iface = it[1];
      ifaceDepth = depth;
      const prefix = namespaces.filter((n) => n !== 'GoogleAppsScript').join('.');
      if (it[2]) parents.set(`${prefix}.${iface}`, it[2].split(',').map((s) => s.trim().replace(/<.*$/, '')).map((p) => (p.includes('.') ? p.replace(/^GoogleAppsScript\./, '') : `${prefix}.${p}`)));
    } else if (iface !== null && depth === ifaceDepth + 1) {
      const method = /^\s*(\w+)\??\s*(?:<[^>]*>)?\(/.exec(line);
      if (method) {
        const prefix = namespaces.filter((n) => n !== 'GoogleAppsScript').join('.');
        const key = `${prefix}.${iface}.${method[1]}`;
        const scopes = table.get(key) ?? [];
        for (const s of pendingScopes ?? []) if (!scopes.includes(s)) scopes.push(s);
        table.set(key, scopes);
      }
    }
    if (!/^\s*$/.test(line)) pendingScopes = null;
    for (const ch of line.replace(/\/\/.*$/, '').replace(/'[^']*'|"[^"]*"/g, '')) {
      if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (iface !== null && depth === ifaceDepth) iface = null;
        if (nsDepths.length && depth === nsDepths[nsDepths.length - 1]) {
          nsDepths.pop();
          namespaces.pop();
        }
      }
    }
  }
}

/** REST methods and their scopes from a googleapis client's generated samples (`drive.files.create({`). */
function parseRestFile(text, api, table) {
  let scopes = null;
  for (const line of text.split('\n')) {
    if (/\*\s+scopes: \[/.test(line)) {
      scopes = [];
      continue;
    }
    if (scopes && !scopes.done) {
      const m = /'(https:\/\/www\.googleapis\.com\/auth\/[\w.-]+)'/.exec(line);
      if (m) scopes.push(m[1]);
      else if (/\],/.test(line)) scopes.done = true;
      continue;
    }
    const call = new RegExp(`await ${api}\\.([\\w.]+)\\(`).exec(line);
    if (call && scopes) {
      table.set(`${api}.${call[1]}`, [...scopes]);
      scopes = null;
    }
  }
}

let cached = null;

/** { methods: Map<key, scopes[]>, parents: Map<interface, interface[]> } */
export function scopeTable() {
  if (cached) return cached;
  const methods = new Map();
  const parents = new Map();
  const gasDir = path.dirname(require.resolve('gas-types-detailed/package.json'));
  for (const f of readdirSync(gasDir)) {
    if (/^google-apps-script\..*\.d\.ts$/.test(f)) parseServiceFile(readFileSync(path.join(gasDir, f), 'utf8'), methods, parents);
  }
  const rest = [
    ['docs', '@googleapis/docs/build/v1.d.ts'],
    ['drive', '@googleapis/drive/build/v3.d.ts'],
  ];
  for (const [api, file] of rest) parseRestFile(readFileSync(require.resolve(file), 'utf8'), api, methods);
  cached = { methods, parents };
  return cached;
}

/**
 * The documented scopes of a method (`Document.Body.appendTable`, or `docs.documents.get`), looking
 * through the interfaces it extends; undefined when Google's reference has no such method.
 */
export function scopesOf(key) {
  const { methods, parents } = scopeTable();
  const seen = new Set();
  const visit = (k) => {
    if (methods.has(k)) return methods.get(k);
    const dot = k.lastIndexOf('.');
    const owner = k.slice(0, dot);
    if (seen.has(owner)) return undefined;
    seen.add(owner);
    for (const p of parents.get(owner) ?? []) {
      const found = visit(`${p}.${k.slice(dot + 1)}`);
      if (found) return found;
    }
    return undefined;
  };
  return visit(key);
}

/** Whether the granted scopes satisfy a method's documented list (an empty list needs nothing). */
export function covered(required, granted) {
  return required.length === 0 || required.some((s) => granted.includes(s));
}

export const TABLE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'scope-table.json');

/** The table as JSON for the test fakes: { methods: { key: scopes[] }, parents: { interface: [parents] } }. */
export function writeScopeTable(file = TABLE_FILE) {
  const { methods, parents } = scopeTable();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ methods: Object.fromEntries(methods), parents: Object.fromEntries(parents) }));
  return file;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--write')) console.log(writeScopeTable());
  else console.log(JSON.stringify(Object.fromEntries(scopeTable().methods), null, 1));
}
