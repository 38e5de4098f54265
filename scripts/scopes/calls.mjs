/**
 * Every Apps Script method the bundle calls, found by the TypeScript checker (not by text search):
 * each call `x.m(...)` in the sources of the entry module whose method is declared in
 * @types/google-apps-script is named by its declaration (`GoogleAppsScript.Document.Body.appendTable`
 * → `Document.Body.appendTable`; the advanced services' `...Docs.Collection.DocumentsCollection.get`
 * → `docs.documents.get`, `...Drive_v3.Drive.V3.Collection.FilesCollection.create` →
 * `drive.files.create`), with where it is called and the scopes Google documents for it.
 *
 *   node scripts/scopes/calls.mjs                  prints each method and the manifest scope covering it
 *   node scripts/scopes/calls.mjs --json           the same as JSON: { granted, calls: [{ method, scopes, covering, sites }] }
 *   node scripts/scopes/calls.mjs --check FILE     checks against another manifest (exit 1 and the reasons if refused)
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { covered, scopesOf } from './table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Apps Script names the REST method `delete` `remove` (a reserved word in JavaScript). */
export function restMethod(name) {
  return name === 'remove' ? 'delete' : name;
}

/** `GoogleAppsScript.X.Y.m` → the key of scripts/scopes/table.mjs, or null for a non-service symbol. */
export function methodKey(qualified) {
  const parts = qualified.replace(/^GoogleAppsScript\./, '').split('.');
  const collection = parts.indexOf('Collection');
  if (collection >= 0) {
    // Advanced service: the REST resource is the collection's name without "Collection".
    const api = parts[0].replace(/_v\d+$/, '').toLowerCase();
    const resource = parts[collection + 1].replace(/Collection$/, '');
    return `${api}.${resource[0].toLowerCase()}${resource.slice(1)}.${restMethod(parts[collection + 2])}`;
  }
  return parts.length >= 3 ? parts.join('.') : null;
}

/** [{ method, scopes, sites: ['src/gas/publish.ts:42', ...] }] sorted by method. */
export function bundleCalls(entry = 'src/gas/main.ts') {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const ambient = config.fileNames.filter((f) => f.endsWith('.d.ts') && f.includes(`${path.sep}src${path.sep}`));
  const program = ts.createProgram([path.join(root, entry), ...ambient], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map();
  const visit = (node, sf) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const symbol = checker.getSymbolAtLocation(node.expression.name);
      const decl = symbol?.declarations?.[0];
      if (decl && /@types[\\/]google-apps-script/.test(decl.getSourceFile().fileName)) {
        const key = methodKey(checker.getFullyQualifiedName(symbol));
        if (key) {
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          const site = `${path.relative(root, sf.fileName)}:${line + 1}`;
          const entryFor = found.get(key) ?? { method: key, scopes: scopesOf(key), sites: [] };
          entryFor.sites.push(site);
          found.set(key, entryFor);
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, sf));
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || sf.fileName.includes('node_modules')) continue;
    visit(sf, sf);
  }
  return [...found.values()].sort((a, b) => a.method.localeCompare(b.method));
}

export function manifestScopes(file = path.join(root, 'appsscript.json')) {
  return JSON.parse(readFileSync(file, 'utf8')).oauthScopes ?? [];
}

/** Calls the manifest's scopes do not cover, or that Google's reference does not know. */
export function uncoveredCalls(calls, granted) {
  return calls.filter((c) => c.scopes === undefined || !covered(c.scopes, granted));
}

/** The first granted scope that covers a method ('(none needed)' when its page lists none). */
export function coveringScope(scopes, granted) {
  if (!scopes) return undefined;
  if (scopes.length === 0) return '(none needed)';
  return scopes.find((s) => granted.includes(s));
}

/**
 * Refuses code the manifest does not authorise: a method no granted scope covers (Google would
 * throw "Specified permissions are not sufficient to call …" at run time), a method Google's
 * reference does not know, or an advanced service call without the service enabled.
 */
export function checkScopes(manifest, entry = 'src/gas/main.ts') {
  const calls = bundleCalls(entry);
  const granted = manifest.oauthScopes ?? [];
  const problems = uncoveredCalls(calls, granted).map((c) =>
    `${c.method} (${c.sites[0]}) needs ${c.scopes ? c.scopes.join(' or ') : 'a method Google\'s reference does not list'}`);
  const services = new Set((manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.serviceId));
  for (const c of calls) {
    const api = /^[a-z]/.test(c.method) ? c.method.split('.')[0] : null;
    if (api && !services.has(api)) problems.push(`${c.method} (${c.sites[0]}) needs the advanced service “${api}” enabled in appsscript.json`);
  }
  if (problems.length) throw new Error(`the manifest does not cover what the bundle calls:\n  ${problems.join('\n  ')}`);
  return calls;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const check = process.argv.indexOf('--check');
  if (check > 0) {
    try {
      checkScopes(JSON.parse(readFileSync(process.argv[check + 1], 'utf8')));
      console.log('covered');
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  } else {
    const granted = manifestScopes();
    const calls = bundleCalls().map((c) => ({ ...c, covering: coveringScope(c.scopes, granted) ?? null }));
    if (process.argv.includes('--json')) console.log(JSON.stringify({ granted, calls }));
    else for (const c of calls) console.log(`${c.method.padEnd(48)} ${c.covering ?? 'NOT COVERED'}`);
  }
}
