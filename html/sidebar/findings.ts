/**
 * Findings grouped by measure. Groups with errors come first, table-wide findings lead; inside a
 * group errors precede warnings. Every piece of sheet text is passed to `h` as a string (text node).
 */
import type { FindingView, MeasureSummary, ValidateResponse } from '../../src/core/api';
import type { Lang, Severity } from '../../src/core/types';
import { clip, h } from './dom';
import { labels } from './i18n';
import { confirmControls, confirmedLine, type ConfirmUi } from './confirm';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_ICON: Record<Severity, string> = { error: '!', warning: '?', info: '✓' };

export interface FindingGroup {
  /** Shown measure number; null for table-wide findings. */
  measure: number | null;
  title: string;
  errors: number;
  warnings: number;
  infos: number;
  findings: FindingView[];
}

const shown = (m: MeasureSummary) => m.number ?? m.index;

export function groupFindings(validation: ValidateResponse): FindingGroup[] {
  const groups = new Map<number | null, FindingGroup>();
  for (const finding of validation.findings) {
    let group = groups.get(finding.measure);
    if (!group) {
      const summary = validation.measures.find((m) => shown(m) === finding.measure);
      group = { measure: finding.measure, title: summary?.title ?? '', errors: 0, warnings: 0, infos: 0, findings: [] };
      groups.set(finding.measure, group);
    }
    group.findings.push(finding);
    if (finding.severity === 'error') group.errors++;
    else if (finding.severity === 'warning') group.warnings++;
    else group.infos++;
  }
  const list = [...groups.values()];
  for (const g of list) g.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return list.sort(
    (a, b) =>
      (a.measure === null ? 0 : 1) - (b.measure === null ? 0 : 1) ||
      (a.errors > 0 ? 0 : 1) - (b.errors > 0 ? 0 : 1) ||
      (a.measure ?? 0) - (b.measure ?? 0),
  );
}

/** `Sheet!A1` as Sheets wants it: names other than plain letters/digits are quoted. */
export function cellAddress(finding: FindingView): string | null {
  if (!finding.cell) return null;
  if (!finding.sheet) return finding.cell;
  const plain = /^[A-Za-z0-9_]+$/.test(finding.sheet);
  return `${plain ? finding.sheet : `'${finding.sheet.replace(/'/g, "''")}'`}!${finding.cell}`;
}

export function findingKey(finding: FindingView, index: number): string {
  return `${finding.code}:${finding.cell ?? finding.line ?? ''}:${finding.item ?? ''}:${index}`;
}

/**
 * The DOM id of a finding's item, from its key (stable while the list is the same): the sidebar
 * gives keyboard focus back to it after a re-render. Characters an id selector would need escaped
 * become `-hex-` (codes, cells and numbers never hold `-`, so two keys never share an id).
 */
export function findingDomId(key: string): string {
  return `finding-${key.replace(/[^A-Za-z0-9_]/g, (c) => `-${c.charCodeAt(0).toString(16)}-`)}`;
}

/**
 * Core messages start with where they point ("มาตรการที่ ๑ (เซลล์ B2): …"); inside a measure's
 * group, next to the cell chip, that prefix only repeats itself, so the list shows the rest.
 */
export function shortMessage(message: string): string {
  const m = /^[^:()]{1,40}\((?:เซลล์|cell|บรรทัดที่|line|ตาราง|table)[^)]*\):\s*/.exec(message);
  return m && message.length > m[0].length ? message.slice(m[0].length) : message;
}

function counts(group: FindingGroup, lang: Lang): HTMLElement {
  const t = labels(lang);
  return h(
    'span',
    { className: 'counts' },
    group.errors > 0 && h('span', { className: 'badge badge-error', title: t.summaryErrors }, `${group.errors} ${t.summaryErrors}`),
    group.warnings > 0 && h('span', { className: 'badge badge-warning', title: t.summaryWarnings }, `${group.warnings} ${t.summaryWarnings}`),
    group.infos > 0 && h('span', { className: 'badge badge-info', title: t.summaryInfos }, `${group.infos} ${t.summaryInfos}`),
  );
}

function details(finding: FindingView, lang: Lang): HTMLElement | null {
  const t = labels(lang);
  if (!finding.stepText) return null;
  const rows: HTMLElement[] = [h('div', { className: 'detail' }, h('span', { className: 'detail-label' }, `${t.step}: `), finding.stepText)];
  // A confirmed finding shows the coordinator's word instead of what the matcher found.
  if (!finding.confirmedBy && (finding.resultNumber !== undefined || finding.strength)) {
    const strength = finding.strength ? t[`strength_${finding.strength}`] : '';
    rows.push(
      finding.resultNumber === null || finding.resultNumber === undefined
        ? h('div', { className: 'detail detail-none' }, h('span', { className: 'detail-label' }, `${t.coveredBy}: `), t.coveredByNone)
        : h(
            'div',
            { className: 'detail' },
            h('span', { className: 'detail-label' }, `${t.coveredBy}: `),
            `${t.resultNo} ${finding.resultNumber}${strength ? ` (${strength})` : ''}`,
            finding.resultText ? h('span', { className: 'result-text', title: finding.resultText }, ` — ${clip(finding.resultText, 90)}`) : null,
          ),
    );
  }
  return h('div', { className: 'details' }, ...rows);
}

export interface FindingHandlers {
  onSelect(finding: FindingView, key: string): void;
  selectedKey: string | null;
  confirm: ConfirmUi;
}

function findingItem(finding: FindingView, key: string, lang: Lang, handlers: FindingHandlers): HTMLElement {
  const t = labels(lang);
  const address = cellAddress(finding);
  const where = finding.cell ?? (finding.line !== undefined ? `${lang === 'th' ? 'บรรทัด' : 'line'} ${finding.line}` : '');
  const select = () => handlers.onSelect(finding, key);
  const id = findingDomId(key);
  const item = h(
    'li',
    {
      id,
      className: `finding finding-${finding.severity}${key === handlers.selectedKey ? ' selected' : ''}${address ? ' clickable' : ''}`,
      data: { code: finding.code, severity: finding.severity, cell: finding.cell ?? '', key },
      role: address ? 'button' : undefined,
      tabIndex: address ? 0 : undefined,
      title: address ? `${t.goToCell} ${address}` : undefined,
      onClick: address ? select : undefined,
      onKeyDown: address
        ? (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              select();
            }
          }
        : undefined,
    },
    h(
      'div',
      { className: 'finding-head' },
      h('span', { className: `sev sev-${finding.severity}`, aria: { label: t[`severity_${finding.severity}`] } }, SEVERITY_ICON[finding.severity]),
      h('span', { className: 'finding-msg', title: lang === 'en' ? finding.messageEn : finding.message }, shortMessage(lang === 'en' ? finding.messageEn : finding.message)),
      where && h('span', { className: 'cell-chip' }, where),
    ),
    details(finding, lang),
    confirmedLine(finding, lang),
    confirmControls(finding, key, id, lang, handlers.confirm),
  );
  return item;
}

export function renderFindings(validation: ValidateResponse, lang: Lang, handlers: FindingHandlers): HTMLElement {
  const t = labels(lang);
  const container = h('div', { className: 'findings', id: 'findings' });
  const groups = groupFindings(validation);
  let index = 0;
  for (const group of groups) {
    const heading =
      group.measure === null
        ? t.tableWide
        : `${t.measure} ${group.measure}${group.title ? ` · ${group.title}` : ''}`;
    const list = h('ul', { className: 'finding-list' });
    for (const finding of group.findings) list.appendChild(findingItem(finding, findingKey(finding, index++), lang, handlers));
    container.appendChild(
      h(
        'section',
        { className: `group${group.errors > 0 ? ' group-error' : ''}`, data: { measure: group.measure === null ? '' : String(group.measure) } },
        h('div', { className: 'group-head' }, h('span', { className: 'group-title' }, heading), counts(group, lang)),
        list,
      ),
    );
  }
  const ok = validation.measures.filter((m) => m.errors === 0 && m.warnings === 0 && m.infos === 0).map(shown);
  if (ok.length > 0) {
    container.appendChild(h('p', { className: 'ok-measures' }, `✓ ${t.measuresOk}: ${ok.join(', ')}`));
  }
  return container;
}
