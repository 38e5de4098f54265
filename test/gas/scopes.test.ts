/**
 * The manifest's scopes against what the bundle calls. The method list comes from the TypeScript
 * checker over src/gas (scripts/scopes/calls.mjs), the scopes from Google's reference text
 * (scripts/scopes/table.mjs): neither is written by hand.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentedScopes, readManifest } from '../fakes';
import { ROOT, loadWithSample, fillSettings } from './harness';

interface Call {
  method: string;
  scopes: string[] | null;
  covering: string | null;
  sites: string[];
}

const CALLS_SCRIPT = path.join(ROOT, 'scripts', 'scopes', 'calls.mjs');
const listed = JSON.parse(execFileSync(process.execPath, [CALLS_SCRIPT, '--json'], { cwd: ROOT, encoding: 'utf8' })) as { granted: string[]; calls: Call[] };

describe('every Apps Script method the bundle calls, with the manifest scope that covers it', () => {
  test.each(listed.calls.map((c) => [c.method, c.covering ?? 'NOT COVERED', c] as const))('%s ← %s', (_method, _covering, call) => {
    expect(call.scopes).not.toBeNull(); // a method Google's reference knows
    expect(call.covering).not.toBeNull();
  });

  test('the list is complete: DriveApp is gone, the Drive work goes through the Drive API v3', () => {
    const methods = listed.calls.map((c) => c.method);
    expect(methods.filter((m) => m.startsWith('Drive.'))).toEqual([]); // DriveApp / File / Folder need `drive`
    expect(methods).toEqual(expect.arrayContaining(['drive.files.create', 'drive.files.update', 'drive.permissions.create', 'docs.documents.batchUpdate']));
    expect(listed.granted).toContain('https://www.googleapis.com/auth/drive.file');
    expect(listed.granted).not.toContain('https://www.googleapis.com/auth/drive');
  });

  test('every call the fakes saw during set-up, import, validate, fill, publish and republish is in the list', () => {
    const { env, addon } = loadWithSample();
    fillSettings(env, { agency: 'เทศบาลตำบลสอง', fiscalYear: 2565 });
    addon.validate();
    addon.fillSuggestions();
    addon.publish({ force: true });
    addon.publish({ force: true });
    const known = new Set(listed.calls.map((c) => c.method));
    const seen = [...env.log.counts.keys()].map((m) => documentedScopes(m)?.key ?? `unknown ${m}`);
    // The checker names a call by the type it is made on: `getType` on an Element is Document.Element.getType.
    const asElement = (k: string) => k.replace(/^Document\.\w+\./, 'Document.Element.');
    expect(seen.filter((k) => !known.has(k) && !known.has(asElement(k)))).toEqual([]);
    expect(env.scopes.refused).toEqual([]);
  });
});

describe('the build refuses a bundle the manifest does not cover', () => {
  const check = (manifest: object) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ita-manifest-'));
    const file = path.join(dir, 'appsscript.json');
    writeFileSync(file, JSON.stringify(manifest));
    return spawnSync(process.execPath, [CALLS_SCRIPT, '--check', file], { cwd: ROOT, encoding: 'utf8' });
  };
  const manifest = readManifest();

  test('the project manifest passes', () => {
    expect(check(manifest).status).toBe(0);
  });

  test('without drive.file every Drive API call is named', () => {
    const r = check({ ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => !s.endsWith('/drive.file')) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/drive\.files\.create \(src\/gas\/driveFiles\.ts:\d+\) needs https:\/\/www\.googleapis\.com\/auth\/drive or/);
  });

  test('without the Drive advanced service enabled', () => {
    const r = check({ ...manifest, dependencies: { enabledAdvancedServices: manifest.dependencies!.enabledAdvancedServices!.filter((s) => s.userSymbol !== 'Drive') } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/needs the advanced service “drive” enabled/);
  });

  test('without documents, DocumentApp is refused (the Docs API alone would be covered by drive.file)', () => {
    const r = check({ ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => !s.endsWith('/documents')) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Document\.DocumentApp\.openById \(src\/gas\/\w+\.ts:\d+\) needs https:\/\/www\.googleapis\.com\/auth\/documents\n/);
    expect(r.stderr).not.toMatch(/docs\.documents/);
  });
});
