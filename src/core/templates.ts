/**
 * Suggestion texts, in one editable place. `{name}` placeholders are filled by planSuggestions;
 * the settings sheet may replace any template by its key.
 */
export interface SuggestionTemplates {
  /** Every measure: the training suggestion agencies use. Placeholders: {topic}. */
  training: string;
  /** A step without any result. Placeholders: {stepNumber}, {stepText}. */
  unmatchedStep: string;
  /** A measure with steps but no results at all. Placeholders: {stepCount}. */
  emptyResults: string;
  /** Title prefixes that already say "teach about": they are dropped from {topic} so the words do not repeat. */
  topicPrefixes: string;
}

export const DEFAULT_TEMPLATES: SuggestionTemplates = {
  training: 'หน่วยงานอาจจัดอบรมให้ความรู้เกี่ยวกับ{topic}ให้แก่พนักงานและเจ้าหน้าที่',
  unmatchedStep: 'ยังไม่มีผลการดำเนินงานตามขั้นตอนที่ {stepNumber} ({stepText}) หน่วยงานควรดำเนินการและรายงานผลให้ครบถ้วน',
  emptyResults: 'ยังไม่ได้รายงานผลการดำเนินงานของมาตรการนี้ หน่วยงานควรรายงานผลการดำเนินงานให้ครบทั้ง {stepCount} ขั้นตอน',
  topicPrefixes: 'มาตรการให้ความรู้เกี่ยวกับ|มาตรการอบรมให้ความรู้เกี่ยวกับ',
};

export const TEMPLATE_KEYS = Object.keys(DEFAULT_TEMPLATES) as (keyof SuggestionTemplates)[];

/** Fills `{name}` placeholders; an unknown name is left as written so a typo shows in the output. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
