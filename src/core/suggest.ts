import type { CheckResult, MeasureCheck, SuggestionFill } from './types';
import { DEFAULT_TEMPLATES, fillTemplate, type SuggestionTemplates } from './templates';
import { formatNumber, isBlankCell } from './text';
import { fromA1 } from './a1';

/** What the training suggestion is about: the title, minus words the template already says. */
export function suggestionTopic(title: string, prefixes: string): string {
  for (const prefix of prefixes.split('|').map((p) => p.trim()).filter(Boolean)) {
    if (title.startsWith(prefix) && title.length > prefix.length) return title.slice(prefix.length).trim();
  }
  return title;
}

function suggestionFor(check: MeasureCheck, templates: SuggestionTemplates, numerals: 'thai' | 'arabic'): string {
  const { measure, matches } = check;
  const sentences: string[] = [];
  if (measure.steps.length > 0 && measure.results.length === 0) {
    sentences.push(fillTemplate(templates.emptyResults, { stepCount: formatNumber(measure.steps.length, numerals) }));
  } else {
    for (const match of matches) {
      // A step a coordinator confirmed as reported is not named as missing.
      if (match.strength !== 'none' || match.confirmed?.verdict === 'reported') continue;
      const step = measure.steps[match.step];
      sentences.push(
        fillTemplate(templates.unmatchedStep, {
          stepNumber: formatNumber(step.number ?? match.step + 1, numerals),
          stepText: step.text,
        }),
      );
    }
  }
  if (measure.title) sentences.push(fillTemplate(templates.training, { topic: suggestionTopic(measure.title, templates.topicPrefixes) }));
  return sentences.join(' ');
}

/**
 * Suggestions for every measure whose problems/suggestions cell is blank. A cell holding anything
 * at all ('-' and 'ไม่มี' included) is a person's answer and is never planned over; a table without
 * the column gets none.
 */
export function planSuggestions(result: CheckResult, templates: Partial<SuggestionTemplates> = {}): SuggestionFill[] {
  const merged: SuggestionTemplates = { ...DEFAULT_TEMPLATES, ...templates };
  const fills: SuggestionFill[] = [];
  for (const check of result.checks) {
    const { measure } = check;
    const ref = measure.refs.suggestion;
    // A table without a problems / suggestions column has no cell to fill (NO_SUGGESTION_COLUMN says so).
    if (!isBlankCell(measure.suggestion) || (ref.cell === undefined && ref.line === undefined)) continue;
    const text = suggestionFor(check, merged, result.table.numerals);
    if (!text) continue;
    const position = ref.cell ? fromA1(ref.cell) : { row: -1, column: -1 };
    const fill: SuggestionFill = { measureIndex: measure.index, row: position.row, column: position.column, text };
    if (ref.cell) fill.cell = ref.cell;
    fills.push(fill);
  }
  return fills;
}
