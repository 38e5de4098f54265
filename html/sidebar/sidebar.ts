/**
 * The sidebar: one primary action (validate & publish), validate only, fill suggestions. State
 * lives here and the whole panel is re-rendered from it; the DOM is small, so this stays simple
 * and every render goes through the text-only `h` helper.
 */
import type { AddSynonymsResponse, ConfirmResponse, FillResponse, FindingView, Phase, ProgressView, PublishResponse, SynonymOffer, ValidateResponse } from '../../src/core/api';
import type { ConfirmationVerdict, Edition, Lang } from '../../src/core/types';
import { append, h, link } from './dom';
import { cellAddress, findingDomId, renderFindings } from './findings';
import { confirmRequest, offerPanel, type ConfirmDraft } from './confirm';
import { format, labels, phaseLabel, sharingLabel } from './i18n';
import { ServerError, call } from './server';
import { copyToClipboard } from './clipboard';
import { editionName, editionPicker, itasPanel, yearLabels } from './year';

type Action = 'validate' | 'fill' | 'publish' | 'confirm';

/** Phases each action goes through, in the order the server reports them. */
const PHASES: Record<Action, Phase[]> = {
  validate: ['reading', 'checking'],
  fill: ['reading', 'checking', 'filling'],
  publish: ['reading', 'checking', 'filling', 'building', 'exporting', 'sharing'],
  confirm: ['saving'],
};
/** How often the sidebar asks the server where the running action is (google.script.run answers once). */
const PROGRESS_POLL_MS = 700;

interface Notice {
  kind: 'info' | 'error' | 'success';
  th: string;
  en: string;
}

interface State {
  lang: Lang;
  busy: { action: Action; phase: number } | null;
  validation: ValidateResponse | null;
  notice: Notice | null;
  /** Set when a publish was refused because of errors. */
  blocked: boolean;
  confirming: boolean;
  confirmChecked: boolean;
  published: PublishResponse | null;
  selectedKey: string | null;
  copied: 'ok' | 'failed' | null;
  /** The edition picked in the sidebar; null = the settings sheet's. */
  edition: Edition | null;
  itasCopied: 'ok' | 'failed' | null;
  /** The confirmation being written for one finding. */
  confirmDraft: ConfirmDraft | null;
  /** A synonym pair proposed after a confirmation. */
  offer: SynonymOffer | null;
}

const state: State = {
  lang: 'th',
  busy: null,
  validation: null,
  notice: null,
  blocked: false,
  confirming: false,
  confirmChecked: false,
  published: null,
  selectedKey: null,
  copied: null,
  edition: null,
  itasCopied: null,
  confirmDraft: null,
  offer: null,
};

/** The pending action's call (0 when none): a poll answer that arrives after its call settled is dropped. */
let activeRun = 0;
let runCounter = 0;
let pollTimer: number | undefined;

function t() {
  return labels(state.lang);
}

function update(patch: Partial<State>): void {
  Object.assign(state, patch);
  render();
}

function noticeFromError(error: unknown): Notice {
  const e = error instanceof ServerError ? error : null;
  const text = e ? e.message : error instanceof Error ? error.message : String(error);
  return { kind: 'error', th: text, en: e ? e.messageEn : text };
}

/**
 * Runs one server action with the buttons disabled. The `busy` check is the guard that keeps a
 * second publish from starting while one runs, whatever the buttons show.
 */
async function run<T>(action: Action, work: () => Promise<T>, done: (value: T) => Partial<State>): Promise<void> {
  if (state.busy) return;
  // The busy render disables the buttons, and a disabled button drops focus: give it back at the end.
  const returnFocus = focusedId();
  const id = ++runCounter;
  activeRun = id;
  // Until the server answers a poll, the first phase is shown as current.
  update({ busy: { action, phase: 0 }, notice: null, copied: null, itasCopied: null, confirming: false, confirmChecked: false });
  schedulePoll(action, id);
  let patch: Partial<State>;
  try {
    patch = done(await work());
  } catch (error) {
    patch = { notice: noticeFromError(error) };
  }
  activeRun = 0;
  window.clearTimeout(pollTimer);
  update({ ...patch, busy: null });
  if (returnFocus) focusById(returnFocus);
  // The control is gone (a saved confirmation's form): focus the outcome, so it is read next.
  if (returnFocus && !focusedId()) document.getElementById('notice')?.focus();
}

/** The id of the element that has keyboard focus ('' for none or one without an id). */
function focusedId(): string {
  return document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
}

function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/**
 * google.script.run answers once, so the sidebar asks the server where the action is. The next poll
 * is scheduled only after the previous one answered: polls never pile up as parallel executions.
 */
function schedulePoll(action: Action, id: number): void {
  pollTimer = window.setTimeout(() => void pollProgress(action, id), PROGRESS_POLL_MS);
}

/** Shows the phase the server reports for the running action; progress never moves backwards. */
async function pollProgress(action: Action, id: number): Promise<void> {
  let view: ProgressView | null = null;
  try {
    view = await call('getProgress');
  } catch {
    // A lost poll only delays the progress display; the action itself carries on.
  }
  if (id !== activeRun || !state.busy) return; // the action settled while this poll was out
  if (view && view.action === action) {
    const phase = PHASES[action].indexOf(view.phase);
    if (phase > state.busy.phase) update({ busy: { action, phase } });
  }
  schedulePoll(action, id);
}

function validate(): void {
  void run('validate', () => call('validate', editionChoice()), (validation: ValidateResponse) => ({
    validation,
    blocked: state.blocked && validation.errors > 0,
    selectedKey: null,
    confirmDraft: null,
  }));
}

function fill(): void {
  void run('fill', () => call('fillSuggestions', editionChoice()), (res: FillResponse) => {
    const refreshed = res.refreshed?.length ?? 0;
    const parts: Notice = res.notFilled
      ? { kind: 'info', th: res.notFilled.message, en: res.notFilled.messageEn }
      : res.filled.length
      ? { kind: 'success', th: format(labels('th').filledCount, { n: res.filled.length }), en: format(labels('en').filledCount, { n: res.filled.length }) }
      : refreshed
      ? { kind: 'success', th: format(labels('th').refreshedCount, { n: refreshed }), en: format(labels('en').refreshedCount, { n: refreshed }) }
      : res.validation.findings.some((f) => f.code === 'NO_SUGGESTION_COLUMN')
        ? { kind: 'info', th: labels('th').filledNoColumn, en: labels('en').filledNoColumn }
        : { kind: 'info', th: labels('th').filledNone, en: labels('en').filledNone };
    if (res.filled.length && refreshed) {
      parts.th += ` · ${format(labels('th').refreshedCount, { n: refreshed })}`;
      parts.en += ` · ${format(labels('en').refreshedCount, { n: refreshed })}`;
    }
    // Cells typed into meanwhile are counted; a cell left alone for another reason (a formula, a merge) says why.
    const typed = res.skipped.filter((s) => !s.reasonTh).length;
    if (typed) {
      parts.th += ` · ${format(labels('th').skippedCount, { n: typed })}`;
      parts.en += ` · ${format(labels('en').skippedCount, { n: typed })}`;
    }
    for (const s of res.skipped) {
      if (!s.reasonTh) continue;
      parts.th += ` · ${s.reasonTh}`;
      parts.en += ` · ${s.reasonEn ?? s.reasonTh}`;
    }
    return { validation: res.validation, notice: parts, selectedKey: null, confirmDraft: null, blocked: state.blocked && res.validation.errors > 0 };
  });
}

function publish(force: boolean): void {
  void run('publish', () => call('publish', force ? { ...editionChoice(), force: true } : editionChoice()), (res: PublishResponse) => {
    if (res.ok) return { published: res, validation: res.validation, blocked: false, selectedKey: null, confirmDraft: null };
    // Refused: the earlier publish's panel is no longer what this check and edition would publish.
    if (res.blockedReason === 'errors') return { validation: res.validation, blocked: true, published: null, selectedKey: null, confirmDraft: null };
    // Busy or failed: the server sends an empty validation then, so the last real list stays.
    if (res.blockedReason === 'busy') return { notice: { kind: 'error', th: labels('th').busy, en: labels('en').busy } };
    return { notice: { kind: 'error', th: res.message, en: res.messageEn } };
  });
}

/** The sidebar's edition for the server; empty when the settings sheet decides. */
function editionChoice(): { edition?: Edition } {
  return state.edition ? { edition: state.edition } : {};
}

function startConfirm(key: string, verdict: ConfirmationVerdict): void {
  update({ confirmDraft: { key, verdict, result: null, reason: '' } });
  // The form replaced the button that had focus: a keyboard user goes on in its first field.
  focusById(verdict === 'reported' ? 'confirm-result' : 'confirm-reason');
}

/** Closes the form; focus goes back to the button that opened it. */
function cancelConfirm(): void {
  const draft = state.confirmDraft;
  update({ confirmDraft: null });
  if (draft) focusById(`${findingDomId(draft.key)}-${draft.verdict === 'reported' ? 'reported' : 'not-done'}`);
}

function saveConfirmation(finding: FindingView, draft: ConfirmDraft): void {
  const request = confirmRequest(finding, draft);
  if (!request) return;
  void run('confirm', () => call('confirmFinding', { ...request, ...editionChoice() }), (res: ConfirmResponse) => ({
    validation: res.validation,
    notice: { kind: 'success', th: res.message, en: res.messageEn },
    confirmDraft: null,
    offer: res.offer,
    selectedKey: null,
    blocked: state.blocked && res.validation.errors > 0,
  }));
}

function addSynonyms(words: string[]): void {
  void run('confirm', () => call('addSynonyms', { words, ...editionChoice() }), (res: AddSynonymsResponse) => ({
    validation: res.validation,
    notice: { kind: 'success', th: res.message, en: res.messageEn },
    offer: null,
    blocked: state.blocked && res.validation.errors > 0,
  }));
}

function selectFinding(finding: FindingView, key: string): void {
  const address = cellAddress(finding);
  if (!address) return;
  update({ selectedKey: key });
  call('selectCell', address).catch((error: unknown) => update({ notice: noticeFromError(error) }));
}

function setLang(lang: Lang): void {
  update({ lang });
  call('setLang', lang).catch(() => {
    // The choice still applies to this sidebar; only remembering it failed.
  });
}

async function copyLink(url: string): Promise<void> {
  update({ copied: (await copyToClipboard(url)) ? 'ok' : 'failed' });
}

async function copyItas(text: string): Promise<void> {
  update({ itasCopied: (await copyToClipboard(text)) ? 'ok' : 'failed' });
}

// ---------------------------------------------------------------- rendering

function header(): HTMLElement {
  const other: Lang = state.lang === 'th' ? 'en' : 'th';
  return h(
    'header',
    { className: 'top' },
    h('div', { className: 'titles' }, h('h1', {}, t().appTitle), h('p', { className: 'subtitle gray' }, t().appSubtitle)),
    h('button', { className: 'lang-switch', id: 'lang-switch', title: t().langSwitchTitle, disabled: state.busy !== null, onClick: () => setLang(other) }, t().langSwitch),
  );
}

function actions(): HTMLElement {
  const busy = state.busy !== null;
  return h(
    'div',
    { className: 'actions block' },
    editionPicker(state.edition, state.validation?.edition ?? null, state.lang, busy, (edition) => update({ edition, validation: null, blocked: false, published: null })),
    h('button', { className: 'action primary', id: 'btn-publish', disabled: busy, onClick: () => publish(false) }, t().publish),
    h(
      'div',
      { className: 'secondary-row' },
      h('button', { id: 'btn-validate', disabled: busy, onClick: validate }, t().validate),
      h('button', { id: 'btn-fill', disabled: busy, title: t().fillHint, onClick: fill }, t().fill),
    ),
  );
}

function progress(): HTMLElement | null {
  if (!state.busy) return null;
  const phases = PHASES[state.busy.action];
  const current = state.busy.phase;
  return h(
    'div',
    { className: 'progress block', id: 'progress', role: 'status', aria: { live: 'polite' } },
    h('div', { className: 'progress-head' }, h('span', { className: 'spinner', aria: { hidden: 'true' } }), h('strong', { id: 'progress-current' }, `${phaseLabel(phases[current], state.lang)}…`)),
    h(
      'ol',
      { className: 'phases' },
      ...phases.map((phase, i) =>
        h('li', { className: i < current ? 'phase-done' : i === current ? 'phase-current' : 'phase-todo', data: { phase } }, phaseLabel(phase, state.lang)),
      ),
    ),
  );
}

function notice(): HTMLElement | null {
  if (!state.notice) return null;
  const text = state.lang === 'en' ? state.notice.en : state.notice.th;
  const prefix = state.notice.kind === 'error' ? `${t().errorPrefix}: ` : '';
  return h('div', { className: `notice notice-${state.notice.kind} block`, id: 'notice', tabIndex: -1, role: state.notice.kind === 'error' ? 'alert' : 'status' }, prefix, text);
}

function blockedPanel(): HTMLElement | null {
  if (!state.blocked || !state.validation || state.validation.errors === 0 || state.busy) return null;
  const n = state.validation.errors;
  const panel = h(
    'div',
    { className: 'blocked block', id: 'blocked', role: 'alert' },
    h('strong', {}, t().blockedTitle),
    h('p', {}, format(t().blockedBody, { n })),
  );
  if (!state.confirming) {
    append(panel, h('button', { className: 'link-button', id: 'btn-publish-anyway', onClick: () => update({ confirming: true, confirmChecked: false }) }, t().publishAnyway));
    return panel;
  }
  const checkbox = h('input', {
    type: 'checkbox',
    id: 'confirm-check',
    checked: state.confirmChecked,
    onChange: (e) => update({ confirmChecked: (e.target as HTMLInputElement).checked }),
  });
  const label = h('label', { className: 'confirm-label' }, checkbox, ` ${t().confirmCheck}`);
  append(
    panel,
    h(
      'div',
      { className: 'confirm', id: 'confirm', role: 'group', aria: { label: t().confirmTitle } },
      h('strong', {}, t().confirmTitle),
      h('p', {}, format(t().confirmBody, { n })),
      label,
      h(
        'div',
        { className: 'confirm-buttons' },
        h('button', { className: 'create', id: 'btn-confirm-publish', disabled: !state.confirmChecked, onClick: () => publish(true) }, t().confirmYes),
        h('button', { id: 'btn-cancel-publish', onClick: () => update({ confirming: false, confirmChecked: false }) }, t().cancel),
      ),
    ),
  );
  return panel;
}

function publishedPanel(): HTMLElement | null {
  const res = state.published;
  if (!res || !res.ok) return null;
  // Apps Script answers with absolute Drive links; the preview's /out/ paths are made absolute so a copied link works.
  const docUrl = res.docUrl ? new URL(res.docUrl, window.location.href).href : '';
  const lines: HTMLElement[] = [
    h('div', { className: 'published-head' }, h('strong', {}, `✓ ${t().published}`), res.version !== undefined && h('span', { className: 'version', id: 'published-version' }, `${t().version} ${res.version}`)),
  ];
  if (res.edition) {
    const year = res.fiscalYear ? ` · ${yearLabels(state.lang).fiscalYear} ${res.fiscalYear}` : '';
    lines.push(h('p', { className: 'published-edition', id: 'published-edition' }, `${yearLabels(state.lang).editionLabel}: ${editionName(res.edition, state.lang)}${year}`));
  }
  if (res.publishedAt) lines.push(h('p', { className: 'gray', id: 'published-at' }, `${t().publishedAt} ${res.publishedAt}`));
  if (res.overridden) lines.push(h('p', { className: 'warning-text' }, t().overridden));
  if (docUrl) {
    lines.push(
      h('div', { className: 'link-row' }, link(docUrl, t().docLink, 'doc-link')),
      h(
        'div',
        { className: 'link-row' },
        h('input', { className: 'url-field', id: 'doc-url' }),
        h('button', { id: 'btn-copy', onClick: () => void copyLink(docUrl) }, state.copied === 'ok' ? t().copied : t().copyLink),
      ),
    );
  }
  if (state.copied === 'failed') lines.push(h('p', { className: 'error-text' }, t().copyFailed));
  lines.push(h('div', { className: 'link-row' }, res.pdfUrl ? link(res.pdfUrl, t().pdfLink, 'pdf-link') : h('span', { className: 'gray pdf-missing' }, t().pdfUnavailable)));
  if (res.sharing) {
    const fellBack = res.sharing !== 'anyone_with_link' || Boolean(res.sharingNote);
    lines.push(
      h(
        'p',
        { className: `sharing ${fellBack ? 'sharing-fallback' : 'sharing-ok'}`, id: 'sharing' },
        h('span', { className: 'detail-label' }, `${t().sharingLabel}: `),
        sharingLabel(res.sharing, state.lang),
        res.sharingNote ? h('span', { className: 'sharing-note' }, ` — ${state.lang === 'en' ? res.sharingNoteEn ?? res.sharingNote : res.sharingNote}`) : null,
      ),
    );
  }
  const outcome = state.lang === 'en' ? res.messageEn : res.message;
  if (outcome) lines.push(h('p', { className: 'gray small' }, outcome));
  if (res.itasText) lines.push(itasPanel(res.itasText, state.lang, state.itasCopied, () => void copyItas(res.itasText ?? '')));
  const panel = h('div', { className: 'published block', id: 'published' }, ...lines);
  const field = panel.querySelector<HTMLInputElement>('#doc-url');
  if (field) {
    field.readOnly = true;
    field.value = docUrl;
    field.addEventListener('focus', () => field.select());
  }
  return panel;
}

function synonymOffer(): HTMLElement | null {
  if (!state.offer) return null;
  return offerPanel(state.offer, state.lang, { disabled: state.busy !== null, add: addSynonyms, skip: () => update({ offer: null }) });
}

function summary(): HTMLElement {
  const v = state.validation;
  if (!v) return h('p', { className: 'gray not-checked', id: 'summary' }, t().notChecked);
  return h(
    'div',
    { className: 'summary block', id: 'summary' },
    h(
      'div',
      { className: 'summary-counts' },
      h('span', { className: `count count-error${v.errors ? '' : ' zero'}`, id: 'count-errors' }, h('b', {}, String(v.errors)), ` ${t().summaryErrors}`),
      h('span', { className: `count count-warning${v.warnings ? '' : ' zero'}`, id: 'count-warnings' }, h('b', {}, String(v.warnings)), ` ${t().summaryWarnings}`),
      v.infos > 0 && h('span', { className: 'count count-info', id: 'count-infos' }, h('b', {}, String(v.infos)), ` ${t().summaryInfos}`),
      h('span', { className: 'count', id: 'count-measures' }, h('b', {}, String(v.measures.length)), ` ${t().summaryMeasures}`),
    ),
    h('p', { className: 'gray small', id: 'checked-at' }, `${t().checkedAt} ${v.checkedAt}`),
    v.marksRefused ? h('p', { className: 'warning-text small', id: 'marks-refused' }, state.lang === 'en' ? v.marksRefused.messageEn : v.marksRefused.message) : null,
    // Notes or a signature under the table; steps or results cut off are a warning among the findings.
    v.rowsNotRead?.severity === 'info' ? h('p', { className: 'gray small', id: 'rows-not-read' }, state.lang === 'en' ? v.rowsNotRead.messageEn : v.rowsNotRead.message) : null,
    v.errors + v.warnings === 0 ? h('p', { className: 'all-good' }, `✓ ${t().noFindings}`) : null,
  );
}

function render(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const focused = focusedId();
  document.documentElement.lang = state.lang;
  const main = h(
    'div',
    { className: 'sidebar branding-below' },
    header(),
    actions(),
    progress(),
    notice(),
    blockedPanel(),
    publishedPanel(),
    synonymOffer(),
    summary(),
    state.validation && state.validation.findings.length > 0
      ? renderFindings(state.validation, state.lang, {
          onSelect: selectFinding,
          selectedKey: state.selectedKey,
          confirm: {
            draft: state.confirmDraft,
            disabled: state.busy !== null,
            start: startConfirm,
            cancel: cancelConfirm,
            submit: saveConfirmation,
          },
        })
      : null,
  );
  root.replaceChildren(main, h('footer', { className: 'bottom gray' }, t().footer));
  root.setAttribute('aria-busy', state.busy ? 'true' : 'false');
  // Re-rendering replaces nodes; give keyboard focus back to the control that had it.
  if (focused) focusById(focused);
}

function start(): void {
  render();
  call('getLang')
    .then((lang) => {
      if ((lang === 'th' || lang === 'en') && lang !== state.lang) update({ lang });
    })
    .catch(() => {
      // Thai stays the default when the preference cannot be read.
    });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
