/**
 * The coordinator's word in the sidebar: "ยืนยันว่ารายงานแล้ว" (pick the result) and
 * "ยืนยันว่ายังไม่ได้ทำ" (a short reason, required) on findings the check could not settle, the
 * who-and-when line of a confirmed finding, and the offer to add a synonym pair. Typing does not
 * re-render the panel (the draft is kept in place), so the caret never jumps.
 */
import type { ConfirmRequest, FindingView, SynonymOffer } from '../../src/core/api';
import type { ConfirmationVerdict, Lang } from '../../src/core/types';
import { clip, h } from './dom';
import { labels } from './i18n';

export interface ConfirmDraft {
  key: string;
  verdict: ConfirmationVerdict;
  result: number | null;
  reason: string;
}

export interface ConfirmUi {
  draft: ConfirmDraft | null;
  disabled: boolean;
  start(key: string, verdict: ConfirmationVerdict): void;
  cancel(): void;
  submit(finding: FindingView, draft: ConfirmDraft): void;
}

/**
 * What the server is asked to record: the finding's numbers and place, and the step's and picked
 * result's text as shown here, so the server refuses when a co-editor changed either since the
 * check (null when the finding is not about a step, or the picked result is not in its list).
 */
export function confirmRequest(finding: FindingView, draft: ConfirmDraft): ConfirmRequest | null {
  if (finding.measure === null || finding.item === null || finding.stepText === undefined) return null;
  // The place says which step is meant when its number repeats in the table.
  const step = { measure: finding.measure, step: finding.item, stepText: finding.stepText, ...(finding.place ? { place: finding.place } : {}) };
  if (draft.verdict === 'not_done') return { ...step, verdict: draft.verdict, reason: draft.reason };
  const picked = finding.results?.find((r) => r.number === draft.result);
  return picked ? { ...step, verdict: draft.verdict, result: picked.number, resultText: picked.text, reason: draft.reason } : null;
}

/** Keeps clicks and keys inside the controls from reaching the finding (which selects its cell). */
function isolate(el: HTMLElement): HTMLElement {
  el.addEventListener('click', (e) => e.stopPropagation());
  el.addEventListener('keydown', (e) => e.stopPropagation());
  return el;
}

function ready(draft: ConfirmDraft): boolean {
  return draft.verdict === 'reported' ? draft.result !== null : draft.reason.trim() !== '';
}

function form(finding: FindingView, draft: ConfirmDraft, lang: Lang, ui: ConfirmUi): HTMLElement {
  const t = labels(lang);
  const save = h('button', { className: 'create', id: 'btn-save-confirmation', disabled: ui.disabled || !ready(draft) }, t.saveConfirmation);
  const refresh = () => {
    save.disabled = ui.disabled || !ready(draft);
  };
  const reason = h('input', { id: 'confirm-reason', type: 'text' });
  reason.value = draft.reason;
  reason.maxLength = 300;
  reason.placeholder = draft.verdict === 'reported' ? t.reasonOptional : t.reasonRequired;
  reason.setAttribute('aria-label', reason.placeholder);
  reason.addEventListener('input', () => {
    draft.reason = reason.value;
    refresh();
  });
  const fields: HTMLElement[] = [];
  if (draft.verdict === 'reported') {
    const select = h('select', { id: 'confirm-result', aria: { label: t.pickResult } }, h('option', {}, t.pickResultNone));
    (select.firstChild as HTMLOptionElement).value = '';
    for (const r of finding.results ?? []) {
      const option = h('option', {}, `${t.resultNo} ${r.number} — ${clip(r.text, 70)}`);
      option.value = String(r.number);
      option.title = r.text;
      option.selected = draft.result === r.number;
      select.appendChild(option);
    }
    select.addEventListener('change', () => {
      draft.result = select.value === '' ? null : Number(select.value);
      refresh();
    });
    fields.push(h('label', { className: 'detail-label' }, t.pickResult), select);
  }
  fields.push(reason);
  save.addEventListener('click', () => {
    if (ready(draft)) ui.submit(finding, draft);
  });
  return isolate(
    h(
      'div',
      { className: 'confirm-form', id: 'confirm-form', role: 'group', aria: { label: draft.verdict === 'reported' ? t.confirmReported : t.confirmNotDone } },
      h('strong', {}, draft.verdict === 'reported' ? t.confirmReported : t.confirmNotDone),
      ...fields,
      h('div', { className: 'confirm-buttons' }, save, h('button', { id: 'btn-cancel-confirmation', onClick: () => ui.cancel() }, t.cancel)),
    ),
  );
}

/**
 * The two confirm buttons, or the open form, for a finding a coordinator may still confirm. The
 * buttons' ids extend the finding item's (`itemId`), so focus finds them again after a re-render.
 */
export function confirmControls(finding: FindingView, key: string, itemId: string, lang: Lang, ui: ConfirmUi): HTMLElement | null {
  if (!finding.confirmable || finding.confirmedBy) return null;
  if (ui.draft?.key === key) return form(finding, ui.draft, lang, ui);
  const t = labels(lang);
  return isolate(
    h(
      'div',
      { className: 'confirm-actions' },
      h('button', { className: 'btn-confirm-reported', id: `${itemId}-reported`, disabled: ui.disabled || !finding.results?.length, onClick: () => ui.start(key, 'reported') }, t.confirmReported),
      h('button', { className: 'btn-confirm-not-done', id: `${itemId}-not-done`, disabled: ui.disabled, onClick: () => ui.start(key, 'not_done') }, t.confirmNotDone),
    ),
  );
}

/** "ยืนยันโดย … เมื่อ … (รายงานแล้ว)" under a confirmed finding. */
export function confirmedLine(finding: FindingView, lang: Lang): HTMLElement | null {
  const c = finding.confirmedBy;
  if (!c) return null;
  const t = labels(lang);
  const verdict = c.verdict === 'reported' && c.result !== null ? `${t.verdict_reported}: ${t.resultNo} ${c.result}` : t.verdict_not_done;
  return h('div', { className: 'detail confirmed-by' }, h('span', { className: 'detail-label' }, `${t.confirmedBy}: `), `${c.by} ${t.confirmedAt} ${c.at} (${verdict})`);
}

export interface OfferHandlers {
  disabled: boolean;
  add(words: string[]): void;
  skip(): void;
}

/** The synonym pair proposed after a "reported" confirmation, editable before it is added. */
export function offerPanel(offer: SynonymOffer, lang: Lang, handlers: OfferHandlers): HTMLElement {
  const t = labels(lang);
  const fields = [offer.stepWords, offer.resultWords].map((value, i) => {
    const input = h('input', { id: `offer-word-${i + 1}`, type: 'text' });
    input.value = value;
    input.maxLength = 40;
    input.setAttribute('aria-label', `${t.offerTitle} ${i + 1}`);
    return input;
  });
  return h(
    'div',
    { className: 'offer block', id: 'synonym-offer', role: 'group', aria: { label: t.offerTitle } },
    h('strong', {}, t.offerTitle),
    h('p', { className: 'gray small' }, t.offerBody),
    ...fields,
    h(
      'div',
      { className: 'confirm-buttons' },
      h('button', { className: 'create', id: 'btn-add-synonyms', disabled: handlers.disabled, onClick: () => handlers.add(fields.map((f) => f.value)) }, t.offerAdd),
      h('button', { id: 'btn-skip-synonyms', onClick: () => handlers.skip() }, t.offerSkip),
    ),
  );
}
