import type { Lexicon } from './lexicon';
import { keepMatchChars, normaliseForMatch } from './normalise';

/**
 * Stage 3 of matching: the lexicon compiled into one replacement pass. Each word group becomes a
 * token of private-use characters (so a word in other words meets its step), fillers become
 * nothing, and a step's causative opening is measured so the opening-words bonus skips it.
 */

/** Private-use characters available to tokens, one per word group (U+E000 to U+F8FF). */
export const TOKEN_ALPHABET = 0x1900;
const TOKEN_LENGTH = 1;

export interface Folder {
  /** Normalised, lexicon-folded text with only the characters grams are made of (and the normalised text). */
  key(text: string): { key: string; lead: number; normal: string };
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

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Variants ending here, context ones first. */
  ends: Variant[];
}

const isLatin = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * Every variant in one character trie: at each place of a text the longest variant that fits
 * (its context present, and a Latin word not inside a longer Latin word) is found in one walk,
 * several times faster than one regular expression of hundreds of alternatives.
 */
class VariantTrie {
  private root: TrieNode = { next: new Map(), ends: [] };

  /** 1 for every character a variant starts with. */
  private starts = new Uint8Array(0x10000);

  add(v: Variant): void {
    this.starts[v.word.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < v.word.length; i++) {
      const c = v.word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), ends: [] }));
      node = child;
    }
    if (v.before.length) node.ends.unshift(v);
    else node.ends.push(v);
  }

  /** The longest variant starting at `at`, or null. */
  matchAt(text: string, at: number): Variant | null {
    const first = text.charCodeAt(at);
    // Most places start no variant: one look in a table instead of a map.
    if (first < 0x10000 && !this.starts[first]) return null;
    if (at > 0 && isLatin(first) && isLatin(text.charCodeAt(at - 1))) return null;
    let node: TrieNode | undefined = this.root;
    let best: Variant | null = null;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      const end = i + 1;
      for (const v of node.ends) {
        if (v.before.length && !v.before.some((b) => text.startsWith(b, end))) continue;
        if (isLatin(text.charCodeAt(i)) && isLatin(text.charCodeAt(end))) continue;
        best = v;
        break;
      }
    }
    return best;
  }

  /** The text with every variant replaced by its token, leftmost-longest. */
  fold(text: string): string {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const v = this.matchAt(text, i);
      if (!v) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + v.token;
      i += v.word.length;
      copied = i;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }
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
  const fold = (text: string): string => trie.fold(text);
  const openings = [...lexicon.causativeOpenings].map(normaliseForMatch).filter(Boolean).sort((a, b) => b.length - a.length);
  // `ให้` opens `ให้ความรู้` (training): an opening that starts a longer lexicon word stays.
  const opensWord = (text: string, at: number, openingLength: number): boolean => {
    const v = trie.matchAt(text, at);
    return v !== null && v.word.length > openingLength && v.token !== '';
  };
  return {
    key(text) {
      const normal = normaliseForMatch(text);
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
      const head = keepMatchChars(fold(normal.slice(0, start)));
      const rest = keepMatchChars(fold(normal.slice(start)));
      return { key: head + rest, lead: head.length, normal };
    },
    isAction(charCode) {
      return charCode >= 0xe000 && charCode < actionEnd;
    },
    tokenOf(word) {
      return tokenOfWord.get(normaliseForMatch(word));
    },
  };
}
