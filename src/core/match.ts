import type { Item, MatchStrength, NumeralStyle, StepMatch } from './types';
import { DEFAULT_FILLERS, DEFAULT_SYNONYMS } from './synonyms';
import { toArabicDigits } from './text';
import { itemLabel, percent, quote } from './messages';

/**
 * Matching steps to results by content. Thai has no spaces between words, so texts are compared
 * as character bigrams and trigrams weighted by rarity across the table and within the measure
 * (IDF): wording every measure shares ("ผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน") counts
 * little, wording that names the action counts a lot. Synonym groups are folded to one token and
 * filler words dropped first, so paraphrases meet.
 */

/** Share of the step's weight a result must carry to count as reporting it. */
export const STRONG_MATCH = 0.5;
export const WEAK_MATCH = 0.3;
/** A second result joins the first only when it adds this much of the step. */
const EXTRA_RESULT_GAIN = 0.05;
/** Results sharing less than this with a step are not even partial reports of it. */
const MIN_PARTIAL = 0.05;
/** Longest gram (grams of 2 and 3 characters are used); also the run length `sharedWording` looks for. */
const GRAM = 3;
/**
 * A Thai step opens with its action ("ศึกษาคู่มือ…", "ประชุมคณะทำงาน…"); a result that shares only
 * the step's setting ("…ผ่านหน้าเว็บไซต์ของหน่วยงาน") has not reported it, so the opening counts more.
 */
const LEAD_CHARS = 12;
const LEAD_WEIGHT = 2;

/** A text as deduplicated gram ids, and which of them open it (where Thai steps put the action). */
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
  /** Per gram id: the stamp of the last coverage pass that saw it among the results. */
  seen: Int32Array;
  stamp: number;
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
let charBitsTable: Uint16Array | null = null;

/** Built on first use, not at load: every Apps Script execution loads the whole bundle, onOpen included. */
function charBits(): Uint16Array {
  if (charBitsTable) return charBitsTable;
  const table = new Uint16Array(0x10000).fill(511);
  for (let c = 0x0e00; c <= 0x0e7f; c++) table[c] = c - 0x0e00 + 1;
  for (let c = 0x30; c <= 0x7a; c++) table[c] = c - 0x30 + 129;
  for (let c = 0xe000; c <= 0xe0fe; c++) table[c] = c - 0xe000 + 256;
  table[0x5f] = 0;
  return (charBitsTable = table);
}

function gramCode(text: string, i: number, length: number, bits: Uint16Array): number {
  let code = 0;
  for (let k = 0; k < length; k++) code = (code << 9) | bits[text.charCodeAt(i + k)];
  // Bigrams and trigrams share one id space; the flag keeps a bigram from meeting a trigram.
  return length === 2 ? code | (1 << 27) : code;
}

/**
 * Gram code → id, open addressing over typed arrays: the hot loop of matching, several times
 * faster than a Map for these small-integer keys.
 */
class GramIds {
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private size = 0;

  /** The id of `code`, or `next` (stored) when the code is new. */
  idOf(code: number, next: number): number {
    let mask = this.keys.length - 1;
    let slot = Math.imul(code, 0x9e3779b1) & mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === code) return this.values[slot];
      if (key === -1) break;
      slot = (slot + 1) & mask;
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      mask = this.keys.length - 1;
      slot = Math.imul(code, 0x9e3779b1) & mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    }
    this.keys[slot] = code;
    this.values[slot] = next;
    this.size++;
    return next;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.values = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === -1) continue;
      let slot = Math.imul(oldKeys[i], 0x9e3779b1) & mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = oldKeys[i];
      this.values[slot] = oldValues[i];
    }
  }
}

export function createMatcher(
  synonyms: readonly (readonly string[])[] = DEFAULT_SYNONYMS,
  fillers: readonly string[] = DEFAULT_FILLERS,
): Matcher {
  const fold = compileSynonyms(synonyms, fillers);
  const ids = new GramIds();
  const df: number[] = [];
  // Per gram id: the last text that produced it, and where in that text's list it stands.
  const seenIn: number[] = [];
  const position: number[] = [];
  let textStamp = 0;
  // Reused for every text; each result is copied out at its exact length.
  let scratchIds = new Int32Array(256);
  let scratchLead = new Uint8Array(256);
  let documents = 0;
  return {
    grams(text) {
      const key = matchKey(text, fold);
      const padded = key.length < GRAM ? key.padEnd(GRAM, '_') : key;
      // Trigrams keep phrase structure; bigrams catch the short Thai words a paraphrase still shares.
      const bits = charBits();
      const capacity = 2 * padded.length;
      if (scratchIds.length < capacity) {
        scratchIds = new Int32Array(capacity * 2);
        scratchLead = new Uint8Array(capacity * 2);
      }
      const out = scratchIds;
      const lead = scratchLead;
      const stamp = ++textStamp;
      let n = 0;
      for (let length = 2; length <= GRAM; length++) {
        for (let i = 0; i + length <= padded.length; i++) {
          const id = ids.idOf(gramCode(padded, i, length, bits), df.length);
          if (id === df.length) {
            df.push(0);
            position.push(0);
            seenIn.push(0);
          }
          const isLead = i < LEAD_CHARS ? 1 : 0;
          if (seenIn[id] === stamp) {
            // Seen earlier in this text: a duplicate only adds its lead flag.
            if (isLead) lead[position[id]] = 1;
            continue;
          }
          seenIn[id] = stamp;
          position[id] = n;
          out[n] = id;
          lead[n] = isLead;
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
        seen: new Int32Array(df.length),
        stamp: 0,
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
      const d = localDf[id];
      if (d === 0) continue; // already weighed through an earlier item
      local[id] = global[id] * Math.log(1 + n / d);
      localDf[id] = 0; // leaves the scratch array clean for the next measure
    }
  }
}

/** Weighted share of `step` grams found in any of `results`; marks result grams with a fresh stamp instead of sorting. */
function coverage(step: Grams, results: Grams[], weights: Weights): number {
  const { local, seen } = weights;
  const stamp = ++weights.stamp;
  for (const result of results) for (const id of result.ids) seen[id] = stamp;
  let total = 0;
  let covered = 0;
  for (let k = 0; k < step.ids.length; k++) {
    const id = step.ids[k];
    const w = step.lead[k] ? local[id] * LEAD_WEIGHT : local[id];
    total += w;
    if (seen[id] === stamp) covered += w;
  }
  return total === 0 ? 0 : covered / total;
}

/** The longest run of the step's own words that also stands in the result (shown as the reason). */
export function sharedWording(step: string, result: string): string {
  // Item texts are already NFC (normalizeText); only case needs folding here.
  const a = step.toLowerCase();
  const b = result.toLowerCase();
  const inResult = sharedWordingGrams;
  const bits = charBits();
  inResult.clear();
  for (let i = 0; i + GRAM <= b.length; i++) inResult.add(gramCode(b, i, GRAM, bits));
  let best = { start: 0, end: 0 };
  let runStart = -1;
  for (let i = 0; i + GRAM <= a.length + 1; i++) {
    const hit = i + GRAM <= a.length && inResult.has(gramCode(a, i, GRAM, bits));
    if (hit && runStart < 0) runStart = i;
    if (!hit && runStart >= 0) {
      const end = i - 1 + GRAM;
      if (end - runStart > best.end - best.start) best = { start: runStart, end };
      runStart = -1;
    }
  }
  return step.slice(best.start, best.end).trim();
}

/** Reused by sharedWording: one set, cleared per call, instead of a new one per match. */
const sharedWordingGrams = new Set<number>();

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
  return steps.map((step, s) => {
    const scored = resultGrams
      .map((grams, r) => ({ r, score: coverage(stepGrams[s], [grams], weights) }))
      // Ties go to the result in the same position, the usual way people write them.
      .sort((a, b) => b.score - a.score || Math.abs(a.r - s) - Math.abs(b.r - s));
    const chosen: number[] = [];
    let score = 0;
    for (const candidate of scored) {
      if (candidate.score < MIN_PARTIAL) break;
      const combined = coverage(stepGrams[s], [...chosen, candidate.r].map((r) => resultGrams[r]), weights);
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
