/**
 * The preview's browser side: the page (a sheet-like table next to the sidebar frame) and the
 * `google.script.run` stand-in injected into the sidebar as a real <script> tag. Both are plain
 * browser JavaScript kept as strings; sheet text reaches the page only as JSON and is written
 * with textContent.
 */

/**
 * Mimics `google.script.run`: any server function name POSTs its arguments to /api/<name>.
 * Failures reach the failure handler as an Error whose message is the JSON UserFacingError, the
 * form the sidebar's wrapper understands. selectCell and fills are also told to the page.
 */
export const STANDIN_JS = `(function () {
  'use strict';
  // The per-start secret sits in the served page (other origins cannot read it) and goes with every call.
  var tokenTag = document.querySelector('meta[name="ita-preview-token"]');
  var token = tokenTag ? tokenTag.getAttribute('content') : '';
  function notify(message) {
    try { window.parent.postMessage(message, window.location.origin); } catch (e) { /* no parent page */ }
  }
  function makeRunner(success, failure) {
    var base = {
      withSuccessHandler: function (fn) { return makeRunner(fn, failure); },
      withFailureHandler: function (fn) { return makeRunner(success, fn); },
      withUserObject: function () { return makeRunner(success, failure); }
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ita-token': token },
            body: JSON.stringify({ args: args })
          })
            .then(function (response) { return response.json(); })
            .then(function (body) {
              if (body.ok) {
                if (name === 'selectCell') notify({ type: 'ita-select', cell: String(args[0]) });
                if (name === 'fillSuggestions') notify({ type: 'ita-refresh' });
                if (success) success(body.value);
              } else if (failure) {
                failure(new Error(JSON.stringify(body.error)));
              }
            })
            .catch(function (error) { if (failure) failure(error); });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: makeRunner(null, null),
    host: { origin: window.location.origin, close: function () {}, setHeight: function () {}, setWidth: function () {} }
  };
})();
`;

/** The page's copy of the per-start secret the API requires (hex, so safe inside an attribute). */
function tokenMeta(token: string): string {
  if (!/^[0-9a-f]+$/.test(token)) throw new Error('preview token must be hex');
  return `<meta name="ita-preview-token" content="${token}">`;
}

/** Puts the token and the stand-in first in <head> so they exist before the sidebar's own script runs. */
export function injectStandin(sidebarHtml: string, token: string): string {
  const tag = `${tokenMeta(token)}<script src="/gas-standin.js"></script>`;
  const at = sidebarHtml.search(/<head[^>]*>/i);
  if (at < 0) return tag + sidebarHtml;
  const end = sidebarHtml.indexOf('>', at) + 1;
  return sidebarHtml.slice(0, end) + tag + sidebarHtml.slice(end);
}

const PAGE_CSS = `
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; }
  body { font-family: 'Sarabun', 'Noto Sans Thai', 'Tahoma', 'Loma', Arial, sans-serif; font-size: 13px; color: #202124;
    display: flex; flex-direction: column; background: #f8f9fa; }
  .bar { background: #fff; border-bottom: 1px solid #dadce0; padding: 8px 14px; display: flex; gap: 12px; align-items: baseline; }
  .bar h1 { font-size: 16px; margin: 0; font-weight: 600; }
  .bar .file { color: #5f6368; font-size: 12px; overflow-wrap: anywhere; }
  .bar .hint { margin-left: auto; color: #5f6368; font-size: 12px; }
  .main { flex: 1; display: flex; min-height: 0; }
  .sheet { flex: 1; overflow: auto; background: #fff; }
  table { border-collapse: collapse; table-layout: fixed; }
  th, td { border: 1px solid #e2e3e3; vertical-align: top; }
  thead th, tbody th { background: #f8f9fa; color: #5f6368; font-weight: 400; font-size: 11px; position: sticky; }
  thead th { top: 0; z-index: 2; height: 20px; }
  tbody th { left: 0; z-index: 1; width: 40px; text-align: center; }
  thead th.corner { left: 0; z-index: 3; width: 40px; }
  td { padding: 3px 6px; white-space: pre-wrap; overflow-wrap: anywhere; width: 280px; max-width: 280px; line-height: 1.45; }
  td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; background: #e8f0fe; }
  td.filled { background: #e6f4ea; }
  td.selected.filled { background: #e8f0fe; }
  .side { width: 301px; flex: none; border-left: 1px solid #dadce0; background: #fff; display: flex; flex-direction: column; }
  .side-title { padding: 10px 12px; font-size: 14px; border-bottom: 1px solid #eee; }
  #sidebar { border: 0; width: 300px; flex: 1; }
`;

/** Renders the grid from /preview/grid and follows the sidebar's select/refresh messages. */
const PAGE_JS = `(function () {
  'use strict';
  var filled = {};
  function letters(c) { var s = ''; c += 1; while (c > 0) { var r = (c - 1) % 26; s = String.fromCharCode(65 + r) + s; c = Math.floor((c - 1) / 26); } return s; }
  function render(data) {
    document.getElementById('sheet-name').textContent = data.sheetName;
    (data.written || []).forEach(function (w) { filled[letters(w.column) + (w.row + 1)] = true; });
    var width = data.grid.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    var table = document.createElement('table');
    table.id = 'sheet-table';
    var head = table.createTHead().insertRow();
    var corner = document.createElement('th'); corner.className = 'corner'; head.appendChild(corner);
    for (var c = 0; c < width; c++) { var th = document.createElement('th'); th.textContent = letters(c); head.appendChild(th); }
    var body = table.createTBody();
    data.grid.forEach(function (row, r) {
      var tr = body.insertRow();
      var rh = document.createElement('th'); rh.textContent = String(r + 1); tr.appendChild(rh);
      for (var c = 0; c < width; c++) {
        var td = tr.insertCell();
        var a1 = letters(c) + (r + 1);
        td.setAttribute('data-cell', a1);
        td.textContent = row[c] || '';
        if (filled[a1]) td.classList.add('filled');
      }
    });
    var holder = document.getElementById('sheet');
    holder.replaceChildren(table);
  }
  var token = document.querySelector('meta[name="ita-preview-token"]').getAttribute('content');
  function load() { return fetch('/preview/grid', { headers: { 'x-ita-token': token } }).then(function (r) { return r.json(); }).then(render); }
  function select(a1) {
    var cell = a1.slice(a1.lastIndexOf('!') + 1).replace(/\\$/g, '').toUpperCase();
    document.querySelectorAll('td.selected').forEach(function (td) { td.classList.remove('selected'); });
    var td = document.querySelector('td[data-cell="' + cell.replace(/[^A-Z0-9]/g, '') + '"]');
    if (td) { td.classList.add('selected'); td.scrollIntoView({ block: 'center', inline: 'nearest' }); }
    document.body.setAttribute('data-selected', cell);
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data) return;
    if (event.data.type === 'ita-select') select(String(event.data.cell));
    if (event.data.type === 'ita-refresh') load();
  });
  load().then(function () { document.body.setAttribute('data-ready', '1'); });
})();`;

export function previewPage(fileLabel: string, token: string): string {
  // fileLabel is the only dynamic text here; it is escaped for HTML.
  const safe = fileLabel.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
${tokenMeta(token)}
<title>ita-sheets — ตัวอย่างในเครื่อง (local preview)</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<div class="bar"><h1>ita-sheets · ตัวอย่าง</h1><span class="file">${safe} · ชีต <span id="sheet-name"></span></span>
<span class="hint">ตัวอย่างในเครื่อง ไม่ต้องใช้บัญชี Google (local preview)</span></div>
<div class="main">
<div class="sheet" id="sheet"></div>
<div class="side"><div class="side-title">ส่วนเสริม ita-sheets</div><iframe id="sidebar" title="sidebar" src="/sidebar"></iframe></div>
</div>
<script>${PAGE_JS}</script>
</body>
</html>`;
}
