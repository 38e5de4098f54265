import * as vm from 'vm';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { CONFIRMATIONS_HEADER, checkTable, checkWithAgencySheets, qrGif, readGrid, tableToGrid } from '../../src/core';
import { sampleTable, sampleText } from '../helpers/sample';

/**
 * The core must run unchanged in Apps Script: bundled alone, it is evaluated in a bare V8 context
 * (no require, process, Buffer or DOM) and must give the same findings as in Node.
 */
describe('the core in a bare JavaScript context', () => {
  const bundle = buildSync({
    entryPoints: [path.join(__dirname, '..', '..', 'src', 'core', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'Core',
    charset: 'utf8',
    write: false,
    target: 'es2020',
  }).outputFiles[0].text;

  it('needs nothing from Node', () => {
    expect(bundle).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
  });

  it('checks the sample exactly as Node does', () => {
    const context = vm.createContext({ sampleText: sampleText() });
    vm.runInContext(bundle, context);
    const findings = vm.runInContext(
      'JSON.stringify(Core.checkTable(Core.parseReportText(sampleText)).findings)',
      context,
    ) as string;
    expect(JSON.parse(findings)).toEqual(JSON.parse(JSON.stringify(checkTable(sampleTable()).findings)));
  });

  it('applies the confirmations and synonyms sheets exactly as Node does', () => {
    const grid = tableToGrid(sampleTable());
    const sheets = {
      confirmations: [CONFIRMATIONS_HEADER, [2, 3, '', 'ยังไม่ได้ทำ', 'ยังไม่ได้ส่งเสริม', 'a', 'b', 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตามแนวทางที่กำหนด', '']],
      synonyms: [['รณรงค์', 'ให้ความรู้']],
    };
    const context = vm.createContext({ input: JSON.stringify({ grid, sheets }) });
    vm.runInContext(bundle, context);
    const findings = vm.runInContext(
      'const i = JSON.parse(input); JSON.stringify(Core.checkWithAgencySheets(Core.readGrid(i.grid), i.sheets).findings)',
      context,
    ) as string;
    const node = checkWithAgencySheets(readGrid(grid), sheets).findings;
    expect(node.some((f) => f.confirmedBy)).toBe(true);
    expect(JSON.parse(findings)).toEqual(JSON.parse(JSON.stringify(node)));
  });

  it('draws the QR code of a link exactly as Node does (qrcode-generator runs bare)', () => {
    const link = 'https://docs.google.com/document/d/1Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz/edit';
    const context = vm.createContext({ link });
    vm.runInContext(bundle, context);
    const image = JSON.parse(vm.runInContext('JSON.stringify(Core.qrGif(link))', context) as string);
    expect(image).toEqual(JSON.parse(JSON.stringify(qrGif(link))));
    expect(image.gif.length).toBeGreaterThan(100);
  });
});
