import type { CheckResult, EditionRules, Measure, MeasureCheck, NumeralStyle, SuggestionFill } from './types';
import { DEFAULT_TEMPLATES, fillTemplate, type SuggestionTemplates } from './templates';
import { formatNumber, isBlankCell, normalizeText } from './text';
import { fromA1 } from './a1';
import { resultsDueBy } from './editionCheck';

/** What the training suggestion is about: the title, minus words the template already says. */
export function suggestionTopic(title: string, prefixes: string): string {
  for (const prefix of prefixes.split('|').map((p) => p.trim()).filter(Boolean)) {
    if (title.startsWith(prefix) && title.length > prefix.length) return title.slice(prefix.length).trim();
  }
  return title;
}

/**
 * Whether the results a measure lacks are named as missing under the edition the table was checked
 * for: in the six-month report only when its timeframe ended before the cut-off, as the check
 * itself decides (resultsDueBy); a measure still under way is "not reported yet", not missing.
 */
function missingResultsDue(measure: Measure, rules: EditionRules | undefined): boolean {
  if (rules?.edition !== 'half-year' || !rules.asOf || rules.fiscalYear === undefined) return true;
  return resultsDueBy(measure, { asOf: rules.asOf, fiscalYear: rules.fiscalYear });
}

function stepSentence(measure: Measure, stepIndex: number, templates: SuggestionTemplates, numerals: NumeralStyle): string {
  const step = measure.steps[stepIndex];
  return fillTemplate(templates.unmatchedStep, {
    stepNumber: formatNumber(step.number ?? stepIndex + 1, numerals),
    stepText: step.text,
  });
}

function trainingSentence(measure: Measure, templates: SuggestionTemplates): string {
  return fillTemplate(templates.training, { topic: suggestionTopic(measure.title, templates.topicPrefixes) });
}

/** The sentences of a suggestion are joined by one space (isAddonSuggestion reads them back the same way). */
const SENTENCE_JOINER = ' ';

function suggestionFor(check: MeasureCheck, templates: SuggestionTemplates, numerals: NumeralStyle, rules: EditionRules | undefined): string {
  const { measure, matches } = check;
  const sentences: string[] = [];
  if (!missingResultsDue(measure, rules)) {
    // Six-month report, measure still under way: nothing is missing yet.
  } else if (measure.steps.length > 0 && measure.results.length === 0) {
    sentences.push(fillTemplate(templates.emptyResults, { stepCount: formatNumber(measure.steps.length, numerals) }));
  } else {
    for (const match of matches) {
      // A step a coordinator confirmed as reported is not named as missing.
      if (match.strength !== 'none' || match.confirmed?.verdict === 'reported') continue;
      sentences.push(stepSentence(measure, match.step, templates, numerals));
    }
  }
  if (measure.title) sentences.push(trainingSentence(measure, templates));
  return sentences.join(SENTENCE_JOINER);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text as compared with the add-on's: read as a cell is read, every run of white space one space (a text file's fill turns breaks into spaces). */
function comparable(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ');
}

/** Whether a cell read again still holds `replaces`, the earlier suggestion a fill was planned over (white space aside, as compared when planned). */
export function holdsSuggestion(cellText: string, replaces: string): boolean {
  return comparable(cellText) === comparable(replaces);
}

/**
 * Whether `text` is, whole, a suggestion the add-on wrote for this measure: a sequence of the
 * sentences the templates in use make for it, joined as the add-on joins them. The sentences: the
 * empty-results one (any step count), the missing-step one for one of this measure's own steps (its
 * number and text), and the training one on this measure's topic, numbers in the table's numerals.
 * Anything else ('-', 'ไม่มี', one character changed, another measure's text) is a person's answer.
 * Stateless, so a file filled by the command line is recognised as the add-on's sheet is.
 */
export function isAddonSuggestion(
  text: string, measure: Measure, templates: Partial<SuggestionTemplates>, numerals: NumeralStyle,
): boolean {
  const merged: SuggestionTemplates = { ...DEFAULT_TEMPLATES, ...templates };
  const literal = [
    ...measure.steps.map((_, k) => stepSentence(measure, k, merged, numerals)),
    ...(measure.title ? [trainingSentence(measure, merged)] : []),
  ].map(comparable).filter(Boolean).map(escapeRegExp);
  // The step count may be any: the steps may have changed since (the count is in the table's digits).
  const digits = numerals === 'thai' ? '[๐-๙]+' : '[0-9]+';
  const emptyResults = comparable(merged.emptyResults)
    .split(/(\{stepCount\})/)
    .map((piece) => (piece === '{stepCount}' ? digits : escapeRegExp(piece)))
    .join('');
  const sentences = [...literal, ...(emptyResults ? [emptyResults] : [])];
  if (sentences.length === 0) return false;
  const one = `(?:${sentences.join('|')})`;
  return new RegExp(`^${one}(?:${escapeRegExp(SENTENCE_JOINER)}${one})*$`).test(comparable(text));
}

/** The text of the cell a suggestion goes into, when it alone holds anything (a split cell's other parts blank); else null. */
function fillCellText(measure: Measure): string | null {
  const parts = measure.suggestionParts;
  if (!parts || parts.length === 0) return measure.suggestion;
  return parts.slice(0, -1).every((p) => isBlankCell(p.text)) ? parts[parts.length - 1].text : null;
}

/**
 * Suggestions for every measure whose problems/suggestions cell is blank or still holds the add-on's
 * own earlier suggestion (isAddonSuggestion): that one is planned again from the latest results and
 * replaced when the text differs (the fill's `replaces`). A cell holding anything else ('-' and
 * 'ไม่มี' included) is a person's answer and is never planned over; a table without the column gets
 * none, and neither does the plan edition (nothing is done yet; an earlier text is left as it is).
 * The check's edition rules apply: in the six-month report a measure still under way is not said to
 * lack results.
 */
export function planSuggestions(result: CheckResult, templates: Partial<SuggestionTemplates> = {}): SuggestionFill[] {
  if (result.rules?.edition === 'plan') return [];
  const merged: SuggestionTemplates = { ...DEFAULT_TEMPLATES, ...templates };
  const numerals = result.table.numerals;
  const fills: SuggestionFill[] = [];
  for (const check of result.checks) {
    const { measure } = check;
    const ref = measure.refs.suggestion;
    // A table without a problems / suggestions column has no cell to fill (NO_SUGGESTION_COLUMN says so).
    if (ref.cell === undefined && ref.line === undefined) continue;
    const blank = isBlankCell(measure.suggestion);
    const current = blank ? null : fillCellText(measure);
    const earlier = current !== null && isAddonSuggestion(current, measure, merged, numerals);
    if (!blank && !earlier) continue;
    const text = suggestionFor(check, merged, numerals, result.rules);
    if (blank ? !text : comparable(text) === comparable(current ?? '')) continue;
    const position = ref.cell ? fromA1(ref.cell) : { row: -1, column: -1 };
    const fill: SuggestionFill = { measureIndex: measure.index, row: position.row, column: position.column, text };
    if (ref.cell) fill.cell = ref.cell;
    if (earlier && current !== null) fill.replaces = current;
    fills.push(fill);
  }
  return fills;
}

/** Why a checked table gets no suggestions at all because of its edition (the plan), Thai and English; null otherwise. */
export function suggestionsNotFilled(result: CheckResult): { message: string; messageEn: string } | null {
  if (result.rules?.edition !== 'plan') return null;
  const six = formatNumber(6, result.table.numerals);
  return {
    message: `ฉบับแผนไม่เติมข้อเสนอแนะ: แผนประกาศก่อนเริ่มดำเนินการ ยังไม่มีผลให้เสนอแนะ และรายงานฉบับแผนไม่พิมพ์ช่องปัญหา/ข้อเสนอแนะ ` +
      `ข้อความที่มีอยู่ในช่องคงไว้ตามเดิม เติมได้เมื่อเลือกฉบับรอบ ${six} เดือนหรือประจำปี`,
    messageEn: 'The plan edition fills no suggestions: the plan is published before anything is done, so there are no results to suggest on, ' +
      'and the plan report does not print the problems/suggestions column. Cells keep what they hold. Fill with the six-month or annual edition chosen.',
  };
}

/** How a run says it replaced the add-on's earlier suggestions (fill response, command line, publish log note). */
export function refreshedSuggestionsNote(count: number, numerals: NumeralStyle): { th: string; en: string } {
  return {
    th: `ปรับข้อเสนอแนะที่ระบบเติมไว้เดิม ${formatNumber(count, numerals)} ช่องให้ตรงกับผลล่าสุด`,
    en: `updated ${count} suggestion cell${count === 1 ? '' : 's'} the add-on had filled earlier to match the latest results`,
  };
}
