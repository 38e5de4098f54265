#!/usr/bin/env node
// Runs the bundled command line, rebuilding it first when the sources changed since the last build
// (so a clean clone and a developer's edits both just work).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'build', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(bundle)) return true;
  const srcDir = path.join(root, 'src');
  return fs.existsSync(srcDir) && newestSource(srcDir) > fs.statSync(bundle).mtimeMs;
}

async function main() {
  if (stale()) {
    const { buildCli } = await import(path.join(root, 'scripts', 'build-cli.mjs'));
    await buildCli();
  }
  require(bundle);
}

main().catch((error) => {
  process.stderr.write(`ita-sheets: ${error && error.message ? error.message : error}\n`);
  process.exitCode = 3;
});
