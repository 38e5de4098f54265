/**
 * Character grams of folded text: bigrams and trigrams. They stay the matcher's basic signal
 * because they survive what word lists cannot: misspellings (รมรงค์ for รณรงค์), words the
 * lexicon does not know, and run-together compounds. Lexicon tokens are characters too, so a
 * token yields grams of its own and weighs about what the word it replaces would.
 */

/** Gram ids per shared block (see createGramTable). */
const POOL_BLOCK = 1 << 16;
/** A lexicon token counts as this many features: about what a short word's grams weigh. */
const TOKEN_FEATURES = 8;
/** Longest gram; also the run length sharedWording looks for. */
export const GRAM = 3;
/**
 * A Thai step opens with its action ("ศึกษาคู่มือ…", "ประชุมคณะทำงาน…"); a result that shares only
 * the step's setting ("…ผ่านหน้าเว็บไซต์ของหน่วยงาน") has not reported it, so the opening counts more.
 */
export const LEAD_CHARS = 18;

/** A text as deduplicated gram ids, and which of them stand in its opening words. */
export interface Grams {
  ids: Int32Array;
  /**
   * 1 where ids[i] names the action: it stands within the opening LEAD_CHARS characters (after any
   * causative opening) or is part of an action word of the lexicon.
   */
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

export interface GramTable {
  /** Grams of a folded key whose opening words start at `leadStart`; `isAction` tells action-token characters. */
  grams(key: string, leadStart: number, isAction: (charCode: number) => boolean): Grams;
  /** Adds a text's grams to the document frequencies. */
  count(grams: Grams): void;
  /** Freezes the weights once every text is counted. */
  weights(): Weights;
}

/**
 * Characters folded to 9 bits (Thai block, ASCII letters and digits), so a trigram is a 27-bit
 * small integer: the cheapest kind of key for V8. Tokens get codes of their own above 2^28.
 */
let charBitsTable: Uint16Array | null = null;

/** Built on first use, not at load: every Apps Script execution loads the whole bundle, onOpen included. */
export function charBits(): Uint16Array {
  if (charBitsTable) return charBitsTable;
  const table = new Uint16Array(0x10000).fill(511);
  for (let c = 0x0e00; c <= 0x0e7f; c++) table[c] = c - 0x0e00 + 1;
  for (let c = 0x30; c <= 0x7a; c++) table[c] = c - 0x30 + 129;
  table[0x5f] = 0;
  return (charBitsTable = table);
}

export function gramCode(text: string, i: number, length: number, bits: Uint16Array): number {
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

export function createGramTable(): GramTable {
  const ids = new GramIds();
  const df: number[] = [];
  // Per gram id: the last text that produced it, and where in that text's list it stands.
  const seenIn: number[] = [];
  const position: number[] = [];
  let textStamp = 0;
  // Every text's grams are views cut from shared blocks, written in place: one array buffer per
  // text would cost more in allocation and garbage collection than scoring it.
  let scratchIds = new Int32Array(POOL_BLOCK);
  let scratchLead = new Uint8Array(POOL_BLOCK);
  let used = 0;
  let documents = 0;
  // The text being turned into grams: its stamp and how many grams it has so far.
  let stamp = 0;
  let n = 0;
  /** Adds one gram (or token feature) to the current text, once; a repeat only adds its lead flag. */
  const add = (code: number, isLead: number): void => {
    const id = ids.idOf(code, df.length);
    if (id === df.length) {
      df.push(0);
      position.push(0);
      seenIn.push(0);
    }
    if (seenIn[id] === stamp) {
      if (isLead) scratchLead[position[id]] = 1;
      return;
    }
    seenIn[id] = stamp;
    position[id] = n;
    scratchIds[n] = id;
    scratchLead[n] = isLead;
    n++;
  };
  return {
    grams(key, leadStart, isAction) {
      const bits = charBits();
      const capacity = 2 * key.length + 2 + TOKEN_FEATURES * key.length;
      if (scratchIds.length - used < capacity) {
        scratchIds = new Int32Array(Math.max(POOL_BLOCK, capacity));
        scratchLead = new Uint8Array(Math.max(POOL_BLOCK, capacity));
        used = 0;
      }
      stamp = ++textStamp;
      n = used;
      const leadEnd = leadStart + LEAD_CHARS;
      // A lexicon token is one feature; plain text between tokens gives its bigrams and trigrams
      // (none across a token, whose neighbours change with every paraphrase).
      let segmentStart = 0;
      for (let i = 0; i <= key.length; i++) {
        const c = i < key.length ? key.charCodeAt(i) : 0;
        const isToken = c >= 0xe000 && c <= 0xf8ff;
        if (i < key.length && !isToken) continue;
        const segment = i - segmentStart;
        for (let length = 2; length <= GRAM; length++) {
          for (let j = segmentStart; j + length <= i; j++) add(gramCode(key, j, length, bits), j >= leadStart && j < leadEnd ? 1 : 0);
        }
        if (segment === 1) add(gramCode(key, segmentStart, 1, bits) | (1 << 29), segmentStart >= leadStart && segmentStart < leadEnd ? 1 : 0);
        if (isToken) {
          const code = (1 << 29) | (1 << 28) | (c - 0xe000);
          for (let k = 0; k < TOKEN_FEATURES; k++) add(code | (k << 16), (i >= leadStart && i < leadEnd) || isAction(c) ? 1 : 0);
        }
        segmentStart = i + 1;
      }
      const grams = { ids: scratchIds.subarray(used, n), lead: scratchLead.subarray(used, n) };
      used = n;
      return grams;
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
