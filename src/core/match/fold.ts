import type { Lexicon } from './lexicon';
import { escapeRegExp, fromCodes, isLatin, isMatchChar, normaliseForMatch } from './normalise';

/**
 * Stage 3 of matching: the lexicon compiled into one replacement pass. Each word group becomes a
 * token of private-use characters (so a word in other words meets its step), fillers become
 * nothing, and a step's causative opening is measured so the opening-words bonus skips it.
 */

/** Private-use characters available to tokens, one per word group (U+E000 to U+F8FF). */
export const TOKEN_ALPHABET = 0x1900;
const TOKEN_LENGTH = 1;

export interface Folder {
  /**
   * Normalised, lexicon-folded text with only the characters grams are made of (and the normalised
   * text); a step's (`asStep`) without whom it tells (Lexicon.answeredAudiences).
   */
  key(text: string, asStep?: boolean): { key: string; lead: number; normal: string };
  /** True for the characters of action-verb tokens (they weigh like opening words). */
  isAction(charCode: number): boolean;
  /** The token a group's words fold to (for tests and explanations). */
  tokenOf(word: string): string | undefined;
}

interface Variant {
  word: string;
  /** `next|other` for `word+next|other`: the variant counts only before one of these. */
  before: string[];
  token: string;
}

/** A web address or domain (www.qsbg.org, gpo.or.th/ita, https://…): reports name their website by it. */
const SITE = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go|or|co|ac|in|mi|net|com|org)(?:\.th)?(?![a-z0-9])(?:\/[^\s)]*)?|(?:https?:\/\/|www\.)[^\s)]+/gi;
/** What the text says with every web address read as the word for a website (ขึ้น gpo.or.th = ขึ้นเว็บไซต์). */
function withSitesNamed(text: string): string {
  // Most texts hold no address: a cheap test first.
  return /[a-z0-9]\.[a-z]/i.test(text) ? text.replace(SITE, ' เว็บไซต์ ') : text;
}

/** A step's audience: ให้ … (รับ)ทราบ, one run of letters without spaces, not one of `kept`. */
function audiencePattern(kept: readonly string[]): RegExp {
  const escaped = kept.map(escapeRegExp);
  return new RegExp(`ให้${escaped.length ? `(?!${escaped.join('|')})` : ''}(\\S{2,60}?)(?:รับ)?ทราบ`, 'g');
}

/** An audience that signs is acknowledging (ให้บุคลากรลงนามรับทราบ), which is a step's act, not its audience. */
const SIGNS = /ลงนาม|ลงชื่อ|ลายมือ/;

function parseVariant(entry: string, token: string): Variant {
  const [word, context] = entry.split('+');
  return {
    word: normaliseForMatch(word),
    before: context ? context.split('|').map(normaliseForMatch).filter(Boolean) : [],
    token,
  };
}

function tokenFor(group: number): string {
  let token = '';
  for (let k = 0; k < TOKEN_LENGTH; k++) token += String.fromCharCode(0xe000 + ((group * TOKEN_LENGTH + k) % TOKEN_ALPHABET));
  return token;
}

/**
 * Every variant in one character trie: at each place of a text the longest variant that fits
 * (its context present, and a Latin word not inside a longer Latin word) is found in one walk,
 * several times faster than one regular expression of hundreds of alternatives. Nodes are numbers
 * and edges live in one open-addressing table keyed by node and character: it runs at nearly
 * every character of every text, where a map per node costs several times more.
 */
class VariantTrie {
  /** Edge keys (node × 2^16 + character, exact in a double) and their child nodes; -1 marks a free slot. */
  private edgeKeys = new Float64Array(1 << 12).fill(-1);
  private edgeChild = new Int32Array(1 << 12);
  private edges = 0;
  /** Per node: variants ending there, context ones first. Node 0 is the root. */
  private ends: Variant[][] = [[]];

  /** 1 for every character a variant starts with. */
  private starts = new Uint8Array(0x10000);

  private slotOf(node: number, c: number, mask: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
  }

  private child(node: number, c: number): number {
    const key = node * 0x10000 + c;
    const mask = this.edgeKeys.length - 1;
    for (let slot = this.slotOf(node, c, mask); ; slot = (slot + 1) & mask) {
      const k = this.edgeKeys[slot];
      if (k === key) return this.edgeChild[slot];
      if (k === -1) return -1;
    }
  }

  private addEdge(node: number, c: number, child: number): void {
    if ((this.edges + 1) * 2 > this.edgeKeys.length) this.grow();
    const mask = this.edgeKeys.length - 1;
    let slot = this.slotOf(node, c, mask);
    while (this.edgeKeys[slot] !== -1) slot = (slot + 1) & mask;
    this.edgeKeys[slot] = node * 0x10000 + c;
    this.edgeChild[slot] = child;
    this.edges++;
  }

  private grow(): void {
    const keys = this.edgeKeys;
    const children = this.edgeChild;
    this.edgeKeys = new Float64Array(keys.length * 2).fill(-1);
    this.edgeChild = new Int32Array(keys.length * 2);
    this.edges = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== -1) this.addEdge(Math.floor(keys[i] / 0x10000), keys[i] % 0x10000, children[i]);
    }
  }

  add(v: Variant): void {
    this.starts[v.word.charCodeAt(0)] = 1;
    let node = 0;
    for (let i = 0; i < v.word.length; i++) {
      const c = v.word.charCodeAt(i);
      let next = this.child(node, c);
      if (next < 0) {
        next = this.ends.length;
        this.ends.push([]);
        this.addEdge(node, c, next);
      }
      node = next;
    }
    if (v.before.length) this.ends[node].unshift(v);
    else this.ends[node].push(v);
  }

  /** The longest variant starting at `at`, or null. */
  matchAt(text: string, at: number): Variant | null {
    const first = text.charCodeAt(at);
    // Most places start no variant: one look in a table instead of a walk.
    if (first < 0x10000 && !this.starts[first]) return null;
    if (at > 0 && isLatin(first) && isLatin(text.charCodeAt(at - 1))) return null;
    let node = 0;
    let best: Variant | null = null;
    for (let i = at; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) break;
      const ends = this.ends[node];
      if (ends.length === 0) continue;
      const end = i + 1;
      if (isLatin(text.charCodeAt(i)) && isLatin(text.charCodeAt(end))) continue;
      for (let e = 0; e < ends.length; e++) {
        const v = ends[e];
        if (v.before.length && !startsWithAny(text, v.before, end)) continue;
        best = v;
        break;
      }
    }
    return best;
  }

  /**
   * Writes the text with every variant replaced by its token (leftmost-longest), keeping only the
   * characters grams are made of, into `out` from `n`; returns the new end. Room for `text.length`
   * more code units is enough: a token is never longer than the word it replaces.
   */
  foldInto(text: string, out: Uint16Array, n: number): number {
    for (let i = 0; i < text.length; ) {
      const v = this.matchAt(text, i);
      if (!v) {
        const c = text.charCodeAt(i);
        if (isMatchChar(c)) out[n++] = c;
        i++;
        continue;
      }
      for (let k = 0; k < v.token.length; k++) {
        const c = v.token.charCodeAt(k);
        if (isMatchChar(c)) out[n++] = c;
      }
      i += v.word.length;
    }
    return n;
  }
}

function startsWithAny(text: string, words: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) if (text.startsWith(words[k], at)) return true;
  return false;
}

export function compileFolder(lexicon: Lexicon, extraGroups: readonly (readonly string[])[] = []): Folder {
  const groups = [
    ...Object.values(lexicon.actions),
    ...Object.values(lexicon.objects),
    ...Object.values(lexicon.terms),
    ...extraGroups,
  ];
  // Action groups come first, so their tokens are the lowest private-use characters.
  const actionEnd = 0xe000 + Math.min(Object.keys(lexicon.actions).length * TOKEN_LENGTH, TOKEN_ALPHABET);
  const variants: Variant[] = lexicon.fillers.map((w) => parseVariant(w, ''));
  groups.forEach((group, g) => {
    const token = tokenFor(g);
    for (const entry of group) variants.push(parseVariant(entry, token));
  });
  const trie = new VariantTrie();
  const tokenOfWord = new Map<string, string>();
  for (const v of variants) {
    if (v.word.length === 0) continue;
    trie.add(v);
    if (v.before.length === 0 && !tokenOfWord.has(v.word)) tokenOfWord.set(v.word, v.token);
  }
  const audience = audiencePattern(lexicon.answeredAudiences);
  // Folded keys are written here, then read out as one string.
  let folded = new Uint16Array(256);
  // A code folds to what its phrase folds to (its tokens and letters), read with the words above.
  const phraseFolds = Object.entries(lexicon.phrases).map(([phrase, codes]) => {
    const normal = normaliseForMatch(phrase);
    if (folded.length < normal.length) folded = new Uint16Array(normal.length * 2);
    return { codes, token: fromCodes(folded, trie.foldInto(normal, folded, 0)) };
  });
  for (const { codes, token } of phraseFolds) for (const code of codes) trie.add(parseVariant(code, token));
  const openings = [...lexicon.causativeOpenings].map(normaliseForMatch).filter(Boolean).sort((a, b) => b.length - a.length);
  // `ให้` opens `ให้ความรู้` (training): an opening that starts a longer lexicon word stays.
  const opensWord = (text: string, at: number, openingLength: number): boolean => {
    const v = trie.matchAt(text, at);
    return v !== null && v.word.length > openingLength && v.token !== '';
  };
  return {
    key(text, asStep = false) {
      const told = asStep ? text.replace(audience, (span, who: string) => (SIGNS.test(who) ? span : ' ')) : text;
      const normal = normaliseForMatch(withSitesNamed(told));
      // Causative and filler openings (ให้…, ส่งเสริมให้…, จัดให้มี…) say who acts, not what is done.
      let start = 0;
      for (let stripped = true; stripped; ) {
        stripped = false;
        for (const opening of openings) {
          if (normal.startsWith(opening, start) && normal.length - start > opening.length + 2 && !opensWord(normal, start, opening.length)) {
            start += opening.length;
            stripped = true;
            break;
          }
        }
      }
      if (folded.length < normal.length) folded = new Uint16Array(normal.length * 2);
      // The opening and the rest are folded apart, so no lexicon word spans the two.
      const lead = start === 0 ? 0 : trie.foldInto(normal.slice(0, start), folded, 0);
      const end = trie.foldInto(start === 0 ? normal : normal.slice(start), folded, lead);
      return { key: fromCodes(folded, end), lead, normal };
    },
    isAction(charCode) {
      return charCode >= 0xe000 && charCode < actionEnd;
    },
    tokenOf(word) {
      return tokenOfWord.get(normaliseForMatch(word));
    },
  };
}
