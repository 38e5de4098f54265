/**
 * Scope enforcement for the fakes. With explicit `oauthScopes` in the manifest a script gets exactly
 * those scopes ("Setting explicit scopes": https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes),
 * and a call the granted scopes do not cover fails. Which scopes cover which method is not written
 * here: scripts/scopes/table.mjs generates it from Google's reference text (gas-types-detailed for
 * the built-in services, the googleapis clients for the Docs and Drive REST methods behind the
 * advanced services) into build/scope-table.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The project root: two levels up, or the working directory when the fakes run bundled elsewhere (the benchmark). */
const ROOT = [path.resolve(__dirname, '..', '..'), process.cwd()].find((d) => existsSync(path.join(d, 'appsscript.json'))) ?? process.cwd();
const TABLE_FILE = path.join(ROOT, 'build', 'scope-table.json');
const GENERATOR = path.join(ROOT, 'scripts', 'scopes', 'table.mjs');

interface ScopeTableJson {
  methods: Record<string, string[]>;
  parents: Record<string, string[]>;
}

export interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
}

export function readManifest(file = path.join(ROOT, 'appsscript.json')): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The services these fakes implement: a short name like `Table.getRow` is looked up in these only. */
const FAKED_NAMESPACES = ['Spreadsheet', 'Document', 'Drive', 'Base', 'HTML', 'Lock', 'Properties', 'Utilities'];

let table: ScopeTableJson | null = null;
let interfaces: Map<string, string[]> | null = null;

/** The generated table, regenerated when missing or older than its generator. */
function scopeTable(): ScopeTableJson {
  if (table) return table;
  if (!existsSync(TABLE_FILE) || statSync(TABLE_FILE).mtimeMs < statSync(GENERATOR).mtimeMs) {
    execFileSync(process.execPath, [GENERATOR, '--write'], { cwd: ROOT, stdio: 'pipe' });
  }
  table = JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as ScopeTableJson;
  return table;
}

/** Interface name → the namespaces that declare it (Range is in Spreadsheet and in Document). */
function interfaceIndex(): Map<string, string[]> {
  if (interfaces) return interfaces;
  interfaces = new Map();
  const add = (qualified: string) => {
    const dot = qualified.lastIndexOf('.');
    const [ns, iface] = [qualified.slice(0, dot), qualified.slice(dot + 1)];
    const list = interfaces!.get(iface) ?? [];
    if (!list.includes(ns)) list.push(ns);
    interfaces!.set(iface, list);
  };
  const t = scopeTable();
  for (const key of Object.keys(t.methods)) if (/^[A-Z]/.test(key)) add(key.slice(0, key.lastIndexOf('.')));
  for (const key of Object.keys(t.parents)) add(key);
  return interfaces;
}

/** Documented scopes of `Namespace.Interface.method`, following `extends`; undefined when unknown. */
function scopesOfQualified(key: string, seen = new Set<string>()): string[] | undefined {
  const t = scopeTable();
  if (key in t.methods) return t.methods[key];
  const dot = key.lastIndexOf('.');
  const owner = key.slice(0, dot);
  if (seen.has(owner)) return undefined;
  seen.add(owner);
  for (const parent of t.parents[owner] ?? []) {
    const found = scopesOfQualified(`${parent}.${key.slice(dot + 1)}`, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * The documented scopes of a call as the fakes name it: `Body.appendTable` (interface.method; the
 * namespace is the one whose interface of that name has the method) or `Docs.Documents.get` /
 * `Drive.Files.create` (an advanced service: the REST method `docs.documents.get`).
 */
export function documentedScopes(call: string): { key: string; scopes: string[] } | undefined {
  const parts = call.split('.');
  if (parts.length === 3) {
    // Apps Script calls the REST method `delete` `remove` (a reserved word in JavaScript).
    const key = parts.map((p) => p[0].toLowerCase() + p.slice(1)).join('.').replace(/\.remove$/, '.delete');
    const scopes = scopeTable().methods[key];
    return scopes ? { key, scopes } : undefined;
  }
  const [iface, method] = parts;
  const hits = (interfaceIndex().get(iface) ?? [])
    .filter((ns) => FAKED_NAMESPACES.includes(ns))
    .map((ns) => ({ key: `${ns}.${iface}.${method}`, scopes: scopesOfQualified(`${ns}.${iface}.${method}`) }))
    .filter((h): h is { key: string; scopes: string[] } => h.scopes !== undefined);
  if (hits.length > 1 && new Set(hits.map((h) => h.scopes.join(' '))).size > 1) {
    throw new Error(`fake: ${call} is ambiguous in Google's reference (${hits.map((h) => h.key).join(', ')})`);
  }
  return hits[0];
}

/** Checks every call against the granted scopes and throws Google's own error when none covers it. */
export class ScopeGuard {
  /** Calls refused for a missing scope, for assertions. */
  readonly refused: string[] = [];
  constructor(readonly granted: string[]) {}

  check(call: string): void {
    const found = documentedScopes(call);
    if (!found) throw new Error(`fake: ${call} is not in Google's reference (scripts/scopes/table.mjs); the fakes only model real methods`);
    const { key, scopes } = found;
    if (scopes.length === 0 || scopes.some((s) => this.granted.includes(s))) return;
    this.refused.push(call);
    if (/^[a-z]/.test(key)) {
      // An advanced service relays the REST API's 403 (insufficient scopes).
      throw new Error(`GoogleJsonResponseException: API call to ${key} failed with error: Request had insufficient authentication scopes.`);
    }
    const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
    const shortName = key.split('.').slice(-2).join('.');
    throw new Error(`Exception: Specified permissions are not sufficient to call ${shortName}. Required permissions: ${required}`);
  }
}
