/**
 * The ITA-year parts of the sidebar: which edition to check and publish (the settings sheet's by
 * default), and after publishing the ready-to-paste ITAS answer with a copy button.
 */
import type { Edition } from '../../src/core/types';
import type { Lang } from '../../src/core/types';
import { h } from './dom';

const th = {
  editionLabel: 'ฉบับรายงาน',
  editionFromSettings: 'ตามชีตตั้งค่า',
  edition_plan: 'แผน/มาตรการ',
  'edition_half-year': 'รอบ ๖ เดือน',
  edition_annual: 'ประจำปี',
  fiscalYear: 'ปีงบประมาณ',
  itasTitle: 'ข้อความสำหรับตอบในระบบ ITAS',
  itasHint: 'วางในช่องคำตอบของตัวชี้วัด: “มี” ลิงก์ และคำอธิบาย',
  copyItas: 'คัดลอกข้อความ',
  itasCopied: 'คัดลอกแล้ว',
  itasCopyFailed: 'คัดลอกไม่ได้ เลือกข้อความแล้วกด Ctrl+C',
};

type YearLabels = Record<keyof typeof th, string>;

const en: YearLabels = {
  editionLabel: 'Edition',
  editionFromSettings: 'As in the settings',
  edition_plan: 'Plan',
  'edition_half-year': 'Six-month report',
  edition_annual: 'Annual report',
  fiscalYear: 'Fiscal year',
  itasTitle: 'Text for the ITAS answer',
  itasHint: 'Paste into the indicator’s answer: “มี”, the link and the description',
  copyItas: 'Copy text',
  itasCopied: 'Copied',
  itasCopyFailed: 'Could not copy: select the text and press Ctrl+C',
};

export function yearLabels(lang: Lang): YearLabels {
  return lang === 'en' ? en : th;
}

export function editionName(edition: Edition, lang: Lang): string {
  return yearLabels(lang)[`edition_${edition}`];
}

const EDITIONS: Edition[] = ['plan', 'half-year', 'annual'];

/**
 * The edition picker. `chosen` null = the settings sheet's edition, named once a check has told
 * the sidebar which it is (`fromSettings`).
 */
export function editionPicker(
  chosen: Edition | null,
  fromSettings: Edition | null,
  lang: Lang,
  disabled: boolean,
  onChange: (edition: Edition | null) => void,
): HTMLElement {
  const l = yearLabels(lang);
  const select = h('select', { id: 'edition-select', disabled, onChange: (e) => {
    const value = (e.target as HTMLSelectElement).value;
    onChange(value ? (value as Edition) : null);
  } });
  const settingsOption = h('option', {}, fromSettings ? `${l.editionFromSettings}: ${editionName(fromSettings, lang)}` : l.editionFromSettings);
  settingsOption.value = '';
  select.appendChild(settingsOption);
  for (const edition of EDITIONS) {
    const option = h('option', {}, editionName(edition, lang));
    option.value = edition;
    select.appendChild(option);
  }
  select.value = chosen ?? '';
  return h('label', { className: 'edition-row', id: 'edition-row' }, h('span', { className: 'detail-label' }, `${l.editionLabel} `), select);
}

/** The ITAS answer, read-only, with a copy button. */
export function itasPanel(text: string, lang: Lang, copied: 'ok' | 'failed' | null, onCopy: () => void): HTMLElement {
  const l = yearLabels(lang);
  const field = h('textarea', { className: 'itas-text', id: 'itas-text' });
  field.readOnly = true;
  field.rows = 5;
  field.value = text;
  field.addEventListener('focus', () => field.select());
  return h(
    'div',
    { className: 'itas block', id: 'itas' },
    h('strong', {}, l.itasTitle),
    h('p', { className: 'gray small' }, l.itasHint),
    field,
    h('div', { className: 'link-row' }, h('button', { id: 'btn-copy-itas', onClick: onCopy }, copied === 'ok' ? l.itasCopied : l.copyItas)),
    copied === 'failed' ? h('p', { className: 'error-text' }, l.itasCopyFailed) : null,
  );
}
