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
  /** Normalised, lexicon-folded text with only the characters grams are made of. */
  key(text: string): { key: string; lead: number };
  /** True for the characters of action-verb tokens (they weigh like opening words). */
  isAction(charCode: number): boolean;
  /** The token a group's words fold to (for tests and explanations). */
  tokenOf(word: string): string | undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

function variantPattern(v: Variant): string {
  const latin = /^[a-z0-9 ]+$/.test(v.word);
  const body = latin ? `(?<![a-z])${escapeRegExp(v.word)}(?![a-z])` : escapeRegExp(v.word);
  return v.before.length ? `${body}(?=${v.before.map(escapeRegExp).join('|')})` : body;
}

/** One regex over many variants, longest first so the longest spelling wins at each position. */
function alternation(variants: Variant[]): RegExp | null {
  if (variants.length === 0) return null;
  const sorted = [...variants].sort((a, b) => b.word.length - a.word.length || b.before.length - a.before.length);
  return new RegExp(sorted.map(variantPattern).join('|'), 'g');
}

function tokenFor(group: number): string {
  let token = '';
  for (let k = 0; k < TOKEN_LENGTH; k++) token += String.fromCharCode(0xe000 + ((group * TOKEN_LENGTH + k) % TOKEN_ALPHABET));
  return token;
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
  const usable = variants.filter((v) => v.word.length > 0);
  // Context variants go first, in a pass of their own: `มี+ช่องทาง` is providing a channel even
  // though a plain `มี` is a filler.
  const contextual = usable.filter((v) => v.before.length > 0);
  const plain = usable.filter((v) => v.before.length === 0);
  const passes = [contextual, plain].map((group) => {
    const regex = alternation(group);
    const tokenOfWord = new Map<string, string>();
    for (const v of group) if (!tokenOfWord.has(v.word)) tokenOfWord.set(v.word, v.token);
    return { regex, tokenOfWord };
  });
  const fold = (text: string): string =>
    passes.reduce((out, { regex, tokenOfWord }) => (regex === null ? out : out.replace(regex, (word) => tokenOfWord.get(word) ?? word)), text);
  const regex = passes[1].regex;
  const tokenOfWord = passes[1].tokenOfWord;
  const openings = [...lexicon.causativeOpenings].map(normaliseForMatch).filter(Boolean).sort((a, b) => b.length - a.length);
  // `ให้` opens `ให้ความรู้` (training): an opening that starts a longer lexicon word stays.
  const sticky = regex === null ? null : new RegExp(regex.source, 'y');
  const opensWord = (text: string, at: number, openingLength: number): boolean => {
    if (sticky === null) return false;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    return m !== null && m[0].length > openingLength && (tokenOfWord.get(m[0]) ?? '') !== '';
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
      return { key: head + rest, lead: head.length };
    },
    isAction(charCode) {
      return charCode >= 0xe000 && charCode < actionEnd;
    },
    tokenOf(word) {
      return tokenOfWord.get(normaliseForMatch(word));
    },
  };
}
