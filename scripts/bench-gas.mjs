#!/usr/bin/env node
/**
 * Apps Script service calls of Validate, Fill and Publish on generated sheets of 10, 100 and 1,000
 * measures, counted by the test fakes while the built bundle (dist/Code.js) runs in gas-local. Calls
 * are split by test/fakes/callKinds.ts into round trips to Google (priced at 50 ms each against the
 * 6-minute execution limit) and in-memory edits of an open Doc (sent at save), plus local handles.
 *
 *   node scripts/bench-gas.mjs        (also called by `npm run bench` through benchGas())
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGas } from './build-gas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);

const SIZES = [10, 100, 1000];
const MS_PER_CALL = 50;
const LIMIT_S = 360;
const THAI = '๐๑๒๓๔๕๖๗๘๙';
const thai = (n) => String(n).replace(/[0-9]/g, (d) => THAI[Number(d)]);

/** The fakes are TypeScript: bundle them once to a temporary CommonJS file (no loader needed). */
async function loadFakes(tmp) {
  const outfile = path.join(tmp, 'fakes.cjs');
  await build({ entryPoints: [path.join(root, 'test/fakes/index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return require(outfile);
}

const TOPICS = ['การใช้งบประมาณ', 'การใช้ทรัพย์สินของทางราชการ', 'การจัดการข้อร้องเรียน', 'การเปิดเผยข้อมูลสาธารณะ', 'การป้องกันผลประโยชน์ทับซ้อน'];

/**
 * A measures table like the sample: three steps and their results per measure. Every 7th measure
 * misses its last result (an error to mark); every 3rd has an empty suggestion cell (for Fill).
 */
function generate(n) {
  const rows = [['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ']];
  for (let i = 1; i <= n; i++) {
    const topic = `${TOPICS[i % TOPICS.length]} ชุดที่ ${thai(i)}`;
    const steps = [
      `๑. จัดทำประกาศมาตรการเกี่ยวกับ${topic}`,
      `๒. เผยแพร่ประกาศผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน`,
      `๓. ติดตามและประเมินผลการปฏิบัติงานทุกไตรมาส`,
    ];
    const results = [
      `๑. หน่วยงานประกาศมาตรการเกี่ยวกับ${topic}แล้ว`,
      `๒. ประกาศผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงานแล้ว`,
      `๓. ติดตามและประเมินผลการปฏิบัติงานครบทุกไตรมาสแล้ว`,
    ];
    if (i % 7 === 0) results.pop();
    const suggestion = i % 3 === 0 ? '' : `หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับ${topic}`;
    rows.push([`${thai(i)}. มาตรการ${topic}`, steps.join('\n'), results.join('\n'), suggestion]);
  }
  return rows;
}

function setup(fakes, gasLocal, n) {
  const env = fakes.createFakeEnv({ htmlDir: dist });
  const addon = gasLocal.require(dist, env.globals, { filter: (f) => path.basename(f) === 'Code.js' });
  addon.setupSheets();
  env.spreadsheet.sheetData('มาตรการ').seed(generate(n));
  const settings = env.spreadsheet.sheetData('ตั้งค่า');
  const grid = settings.grid();
  const set = (key, value) => settings.set(grid.findIndex((r) => r[2] === key) + 1, 2, value);
  set('agency', 'เทศบาลตำบลทดสอบ');
  set('fiscalYear', 2568);
  set('signerName', 'นายทดสอบ ระบบ');
  return { env, addon };
}

function measure(fakes, env, fn) {
  env.log.reset();
  const started = performance.now();
  const result = fn();
  const split = fakes.splitByKind(env.log.counts);
  if (split.unclassified.length) throw new Error(`calls without a kind in test/fakes/callKinds.ts: ${split.unclassified.join(', ')}`);
  return { calls: env.log.total, ms: performance.now() - started, result, top: env.log.snapshot(), ...split };
}

export async function benchGas() {
  await buildGas({ quiet: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ita-bench-gas-'));
  try {
    const fakes = await loadFakes(tmp);
    const gasLocal = require('gas-local');
    const rows = [];
    const checks = [];
    const filledBy = {};
    for (const n of SIZES) {
      const { env, addon } = setup(fakes, gasLocal, n);
      const v1 = measure(fakes, env, () => addon.validate());
      const v2 = measure(fakes, env, () => addon.validate());
      const fill = measure(fakes, env, () => addon.fillSuggestions());
      const p1 = measure(fakes, env, () => addon.publish({ force: true }));
      const p2 = measure(fakes, env, () => addon.publish({ force: true }));
      if (!p1.result.ok || !p2.result.ok) throw new Error(`publish failed at ${n}: ${p1.result.message} / ${p2.result.message}`);
      filledBy[n] = fill.result.filled.length;
      rows.push({ n, v1, v2, fill, p1, p2, errors: v1.result.errors });
    }

    const pad = (s, w) => String(s).padStart(w);
    const W = 30;
    const secs = (trips) => (trips * MS_PER_CALL / 1000).toFixed(1);
    const fmt = (m) => `${pad(m.roundTrips, 5)} trips ${pad(secs(m.roundTrips), 5)} s + ${pad(m.byKind['document-edit'], 5)} edits`;
    console.log(`Apps Script service calls (fakes, dist/Code.js in gas-local): round trips to Google at ${MS_PER_CALL} ms each (limit ${LIMIT_S} s),`);
    console.log('plus in-memory edits of the open Doc (sent at save) and local handles (not priced); see test/fakes/callKinds.ts');
    console.log(`${'action'.padEnd(24)}${SIZES.map((n) => pad(`${n} measures`, W)).join('')}`);
    const line = (label, key) => console.log(`${label.padEnd(24)}${rows.map((r) => pad(fmt(r[key]), W)).join('')}`);
    line('validate (first run)', 'v1');
    line('validate (re-run)', 'v2');
    line('fill', 'fill');
    line('publish (first)', 'p1');
    line('publish (republish)', 'p2');
    console.log('round trips of a republish, by kind:');
    for (const kind of fakes.ROUND_TRIP_KINDS) {
      console.log(`  ${kind.padEnd(22)}${rows.map((r) => pad(r.p2.byKind[kind], W)).join('')}`);
    }
    console.log(`  ${'document edits'.padEnd(22)}${rows.map((r) => pad(r.p2.byKind['document-edit'], W)).join('')}`);
    console.log(`  ${'local handles'.padEnd(22)}${rows.map((r) => pad(r.p2.byKind.local, W)).join('')}`);
    console.log(`${'publish, all calls'.padEnd(24)}${rows.map((r) => pad(`${r.p1.calls} first / ${r.p2.calls} again`, W)).join('')}`);
    console.log(`${'cells filled'.padEnd(24)}${rows.map((r) => pad(filledBy[r.n], W)).join('')}`);
    console.log(`${'errors found'.padEnd(24)}${rows.map((r) => pad(r.errors, W)).join('')}`);
    console.log(`${'local run time (fakes)'.padEnd(24)}${rows.map((r) => pad(`${(r.v1.ms + r.v2.ms + r.fill.ms + r.p1.ms + r.p2.ms).toFixed(0)} ms`, W)).join('')}`);

    const v = rows.map((r) => r.v2.roundTrips);
    checks.push([`validate makes a constant number of round trips (${v.join(' / ')})`, v.every((c) => c === v[0])]);
    const fillConst = rows.map((r) => r.fill.roundTrips - filledBy[r.n]);
    checks.push([`fill = constant + at most one round trip per filled cell (trips − filled: ${fillConst.join(' / ')})`, fillConst.every((c) => c <= fillConst[0])]);
    const worst = Math.max(...rows.map((r) => Math.max(r.p1.roundTrips, r.p2.roundTrips)));
    checks.push([`publish at 1,000 measures ≈ ${secs(worst)} s of round trips, inside ${LIMIT_S} s`, worst * MS_PER_CALL / 1000 < LIMIT_S / 4]);
    for (const [label, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
    const big = rows[rows.length - 1];
    const trips = Object.entries(big.p2.top).filter(([m]) => fakes.ROUND_TRIP_KINDS.includes(fakes.callKind(m)));
    console.log(`most frequent round trips, republish at ${big.n}: ${trips.slice(0, 6).map(([m, c]) => `${m} ${c}`).join(', ')}`);
    const firstRun = rows.map((r) => r.v1.byKind.sheet - r.v2.byKind.sheet);
    console.log(`validate's first run also tags each newly marked row once (row metadata): +${firstRun.join(' / +')} sheet writes`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) await benchGas();
