/**
 * The sidebar build (no browser needed): one self-contained HTML file HtmlService can serve, and
 * the preview's stand-in is injected only into the preview's copy.
 */
import { injectStandin } from '../../src/node/preview/page';
import { sidebar } from './harness';

describe('build-sidebar output', () => {
  const html = sidebar();

  test('inlines the bundle and CSS: no external scripts, one script element, no template markers left', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
    expect(html).not.toContain('@inline-css');
    expect(html).not.toContain('@inline-js');
    expect(html).toContain('.finding-list');
  });

  test('keeps Thai as UTF-8 text (esbuild charset utf8), not \\u escapes', () => {
    expect(html).toContain('ตรวจสอบและเผยแพร่');
    expect(html).not.toMatch(/\\u0e[0-9a-f]{2}/i);
  });

  test('is safe for HtmlService templates and links Google add-on CSS', () => {
    expect(html).not.toContain('<?');
    expect(html).toContain('https://ssl.gstatic.com/docs/script/css/add-ons1.css');
  });

  test('does not carry the preview stand-in; the preview adds it as a <script> tag first in <head>', () => {
    expect(html).not.toContain('gas-standin');
    const injected = injectStandin(html, 'abc123');
    expect(injected.indexOf('<script src="/gas-standin.js"></script>')).toBeLessThan(injected.indexOf('<style>'));
  });
});
