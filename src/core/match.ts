import type { Item, MatchStrength, NumeralStyle, StepMatch } from './types';
import { DEFAULT_FILLERS, DEFAULT_SYNONYMS } from './synonyms';
import { toArabicDigits } from './text';
import { itemLabel, percent, quote } from './messages';

/**
 * Matching steps to results by content. Thai has no spaces between words, so texts are compared
 * as character trigrams weighted by rarity across the table (IDF): wording every measure shares
 * ("ผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน") counts little, wording that names the action
 * counts a lot. Synonym groups are folded to one token first so paraphrases meet.
 */

/** Share of the step's weight a result must carry to count as reporting it. */
export const STRONG_MATCH = 0.5;
export const WEAK_MATCH = 0.3;
/** A second result joins the first only when it adds this much of the step. */
const EXTRA_RESULT_GAIN = 0.05;
/** Results sharing less than this with a step are not even partial reports of it. */
const MIN_PARTIAL = 0.05;
const GRAM = 3;
/**
 * A Thai step opens with its action ("ศึกษาคู่มือ…", "ประชุมคณะทำงาน…"); a result that shares only
 * the step's setting ("…ผ่านหน้าเว็บไซต์ของหน่วยงาน") has not reported it, so the opening counts more.
 */
const LEAD_CHARS = 12;
const LEAD_WEIGHT = 2;

/** A text as sorted, deduplicated gram ids, and which of them open it (where Thai steps put the action). */
export interface Grams {
  ids: Int32Array;
  /** 1 where ids[i] stands within the opening LEAD_CHARS characters. */
  lead: Uint8Array;
}

/** Gram weights for the whole table, plus scratch space to weigh one measure at a time. */
export interface Weights {
  global: Float64Array;
  /** Per gram id: weight within the measure being matched (valid for that measure's ids only). */
  local: Float64Array;
  localDf: Int32Array;
}

export interface Matcher {
  grams(text: string): Grams;
  /** Adds a text's grams to the document frequencies. */
  count(grams: Grams): void;
  /** Freezes the weights once every text is counted. */
  weights(): Weights;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles synonym groups (and fillers, folded to nothing) into one replacement pass; Latin words only match whole. */
export function compileSynonyms(groups: readonly (readonly string[])[], fillers: readonly string[] = []): (text: string) => string {
  const variants: { word: string; token: string }[] = fillers.map((word) => ({ word: word.toLowerCase(), token: '' }));
  groups.forEach((group, g) => {
    // Four distinct private-use characters per group: the token yields grams of its own, so a
    // synonym carries about the weight of the word it replaces.
    const token = [0, 1, 2, 3].map((k) => String.fromCharCode(0xe000 + g * 4 + k)).join('');
    for (const word of group) variants.push({ word: word.toLowerCase(), token });
  });
  if (variants.length === 0) return (text) => text;
  variants.sort((a, b) => b.word.length - a.word.length);
  const tokenOf = new Map(variants.map((v) => [v.word, v.token]));
  const pattern = variants
    .map((v) => (/^[a-z ]+$/.test(v.word) ? `(?<![a-z])${escapeRegExp(v.word)}(?![a-z])` : escapeRegExp(v.word)))
    .join('|');
  const regex = new RegExp(pattern, 'g');
  return (text) => text.replace(regex, (word) => tokenOf.get(word) ?? word);
}

/** Lower case, Arabic digits, `ํา` as `ำ`, then synonyms folded; spaces and punctuation dropped. */
export function matchKey(text: string, foldSynonyms: (text: string) => string): string {
  const base = toArabicDigits(text.normalize('NFC').toLowerCase()).replace(/\u0E4D\u0E32/g, '\u0E33');
  return foldSynonyms(base).replace(/[^\u0E01-\u0E4E0-9a-z\uE000-\uF8FF]+/g, '');
}

/**
 * Characters folded to 9 bits (Thai block, ASCII letters and digits, synonym tokens), so a trigram
 * is a 27-bit small integer: the cheapest kind of key for V8's maps.
 */
function charBits(code: number): number {
  if (code >= 0x0e00 && code <= 0x0e7f) return code - 0x0e00 + 1;
  if (code >= 0x30 && code <= 0x7a) return code - 0x30 + 129;
  if (code >= 0xe000 && code <= 0xe0fe) return code - 0xe000 + 256;
  return code === 0x5f ? 0 : 511;
}

function gramCode(text: string, i: number): number {
  return (charBits(text.charCodeAt(i)) << 18) | (charBits(text.charCodeAt(i + 1)) << 9) | charBits(text.charCodeAt(i + 2));
}

export function createMatcher(
  synonyms: readonly (readonly string[])[] = DEFAULT_SYNONYMS,
  fillers: readonly string[] = DEFAULT_FILLERS,
): Matcher {
  const fold = compileSynonyms(synonyms, fillers);
  const ids = new Map<number, number>();
  const df: number[] = [];
  let documents = 0;
  return {
    grams(text) {
      const key = matchKey(text, fold);
      const padded = key.length < GRAM ? key.padEnd(GRAM, '_') : key;
      const count = padded.length - GRAM + 1;
      // Lead grams get their flag in the low bit so one numeric sort orders and marks them.
      const tagged = new Int32Array(count);
      for (let i = 0; i < count; i++) {
        const code = gramCode(padded, i);
        let id = ids.get(code);
        if (id === undefined) {
          id = df.length;
          ids.set(code, id);
          df.push(0);
        }
        tagged[i] = id * 2 + (i < LEAD_CHARS ? 1 : 0);
      }
      tagged.sort();
      const out = new Int32Array(count);
      const lead = new Uint8Array(count);
      let n = 0;
      for (let k = 0; k < count; k++) {
        const id = tagged[k] >> 1;
        if (n > 0 && out[n - 1] === id) {
          if (tagged[k] & 1) lead[n - 1] = 1;
        } else {
          out[n] = id;
          lead[n] = tagged[k] & 1;
          n++;
        }
      }
      return { ids: out.slice(0, n), lead: lead.slice(0, n) };
    },
    count(grams) {
      documents++;
      for (const id of grams.ids) df[id]++;
    },
    weights() {
      const n = Math.max(documents, 1);
      return {
        global: Float64Array.from(df, (d) => Math.log(1 + n / Math.max(d, 1))),
        local: new Float64Array(df.length),
        localDf: new Int32Array(df.length),
      };
    },
  };
}

/**
 * Weighs one measure: the table-wide rarity times the rarity inside the measure, so wording the
 * whole measure shares (its topic) counts less than wording that sets one step apart.
 */
function weighMeasure(items: Grams[], weights: Weights): void {
  const { global, local, localDf } = weights;
  for (const item of items) for (const id of item.ids) localDf[id]++;
  const n = items.length;
  for (const item of items) {
    for (const id of item.ids) {
      if (localDf[id] > 0) local[id] = global[id] * Math.log(1 + n / localDf[id]);
    }
  }
  for (const item of items) for (const id of item.ids) localDf[id] = 0;
}

/** Weighted share of `step` grams found in any of `results` (sorted id arrays). */
function coverage(step: Grams, results: Grams[], local: Float64Array): number {
  let total = 0;
  let covered = 0;
  const cursors = results.map(() => 0);
  for (let k = 0; k < step.ids.length; k++) {
    const id = step.ids[k];
    const w = step.lead[k] ? local[id] * LEAD_WEIGHT : local[id];
    total += w;
    for (let r = 0; r < results.length; r++) {
      const list = results[r].ids;
      let c = cursors[r];
      while (c < list.length && list[c] < id) c++;
      cursors[r] = c;
      if (c < list.length && list[c] === id) {
        covered += w;
        break;
      }
    }
  }
  return total === 0 ? 0 : covered / total;
}

/** The longest run of the step's own words that also stands in the result (shown as the reason). */
export function sharedWording(step: string, result: string): string {
  // Item texts are already NFC (normalizeText); only case needs folding here.
  const norm = (t: string) => t.toLowerCase();
  const a = norm(step);
  const inResult = new Set<number>();
  const b = norm(result);
  for (let i = 0; i + GRAM <= b.length; i++) inResult.add(gramCode(b, i));
  let best = { start: 0, end: 0 };
  let runStart = -1;
  for (let i = 0; i + GRAM <= a.length + 1; i++) {
    const hit = i + GRAM <= a.length && inResult.has(gramCode(a, i));
    if (hit && runStart < 0) runStart = i;
    if (!hit && runStart >= 0) {
      const end = i - 1 + GRAM;
      if (end - runStart > best.end - best.start) best = { start: runStart, end };
      runStart = -1;
    }
  }
  return step.slice(best.start, best.end).trim();
}

export function strengthOf(score: number): MatchStrength {
  if (score >= STRONG_MATCH) return 'strong';
  if (score >= WEAK_MATCH) return 'weak';
  return 'none';
}

function explain(
  strength: MatchStrength,
  resultIndexes: number[],
  results: Item[],
  score: number,
  shared: string,
  numerals: NumeralStyle,
): { why: string; whyEn: string } {
  if (strength === 'none' || resultIndexes.length === 0) {
    return {
      why: `ไม่มีผลการดำเนินงานข้อใดรายงานขั้นตอนนี้ (ตรงกันมากที่สุด ${percent(score, numerals, 'th')})`,
      whyEn: `No result reports this step (best overlap ${percent(score, numerals, 'en')})`,
    };
  }
  const label = (lang: 'th' | 'en') =>
    resultIndexes.map((r) => itemLabel('result', results[r].number ?? r + 1, numerals, lang)).join(lang === 'th' ? ' และ ' : ' and ');
  const sharedTh = shared ? ` คำที่ตรงกัน ${quote(shared, 40)}` : '';
  const sharedEn = shared ? `; shared wording ${quote(shared, 40)}` : '';
  const levelTh = strength === 'strong' ? 'รายงานขั้นตอนนี้' : 'อาจรายงานขั้นตอนนี้ แต่ถ้อยคำตรงกันน้อย';
  const levelEn = strength === 'strong' ? 'reports this step' : 'may report this step, but the wording overlaps little';
  return {
    why: `${label('th')} ${levelTh} (ตรงกัน ${percent(score, numerals, 'th')})${sharedTh}`,
    whyEn: `${label('en')} ${levelEn} (${percent(score, numerals, 'en')} overlap)${sharedEn}`,
  };
}

/**
 * Matches each step of one measure to the results that report it. Work is steps × results per
 * measure; one result may cover several steps and a step may need two results.
 */
export function matchSteps(
  steps: Item[],
  results: Item[],
  stepGrams: Grams[],
  resultGrams: Grams[],
  weights: Weights,
  numerals: NumeralStyle,
): StepMatch[] {
  weighMeasure([...stepGrams, ...resultGrams], weights);
  const local = weights.local;
  return steps.map((step, s) => {
    const scored = resultGrams
      .map((grams, r) => ({ r, score: coverage(stepGrams[s], [grams], local) }))
      // Ties go to the result in the same position, the usual way people write them.
      .sort((a, b) => b.score - a.score || Math.abs(a.r - s) - Math.abs(b.r - s));
    const chosen: number[] = [];
    let score = 0;
    for (const candidate of scored) {
      if (candidate.score < MIN_PARTIAL) break;
      const combined = coverage(stepGrams[s], [...chosen, candidate.r].map((r) => resultGrams[r]), local);
      if (chosen.length === 0 || combined - score >= EXTRA_RESULT_GAIN) {
        chosen.push(candidate.r);
        score = combined;
      }
      if (chosen.length === 2) break;
    }
    if (chosen.length === 0 && scored.length > 0) score = scored[0].score;
    const strength = strengthOf(score);
    const best = strength === 'none' ? null : chosen[0] ?? null;
    const shared = best === null ? '' : sharedWording(step.text, results[best].text);
    const { why, whyEn } = explain(strength, chosen, results, score, shared, numerals);
    return {
      step: s,
      result: best,
      results: strength === 'none' ? [] : chosen,
      score: Math.round(score * 1000) / 1000,
      strength,
      shared,
      why,
      whyEn,
    };
  });
}
