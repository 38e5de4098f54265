import type { Lexicon } from './lexicon';
import { escapeRegExp } from './normalise';

/**
 * Stage 2 of matching: where words begin and end, so explanations show whole words. Thai has no
 * spaces between words. `Intl.Segmenter('th', { granularity: 'word' })` knows Thai words where the
 * runtime has it (Node does; Apps Script's V8 is not documented to), and over-splits some
 * compounds (ส่ง|เสริม, เจ้า|หน้าที่), so lexicon words are rejoined. Without it, boundaries fall at
 * spaces, punctuation and the edges of lexicon words only: fewer, but never inside a word.
 * Scores never depend on this stage, so both paths give the same findings.
 */

interface SegmentLike {
  segment: string;
  index: number;
  isWordLike?: boolean;
}
export interface SegmenterLike {
  segment(text: string): Iterable<SegmentLike>;
}
type SegmenterConstructor = new (locale: string, options: { granularity: 'word' }) => SegmenterLike;

let forceFallback = false;
/** Made on first use (never at load, which every Apps Script execution pays); null where there is none. */
let cached: SegmenterLike | null | undefined;

/** Tests switch the segmenter off to check the fallback path gives the same findings. */
export function useIntlSegmenter(enabled: boolean): void {
  forceFallback = !enabled;
}

/** The runtime's Thai word segmenter (made once), or null where there is none or tests switched it off. */
export function intlSegmenter(): SegmenterLike | null {
  if (forceFallback) return null;
  if (cached === undefined) cached = createIntlSegmenter();
  return cached;
}

function createIntlSegmenter(): SegmenterLike | null {
  const ctor = (typeof Intl === 'object' ? (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter : undefined);
  if (typeof ctor !== 'function') return null;
  try {
    return new ctor('th', { granularity: 'word' });
  } catch {
    return null;
  }
}

/** Whether word boundaries come from Intl.Segmenter in this runtime. */
export function hasIntlSegmenter(): boolean {
  return intlSegmenter() !== null;
}

const SEPARATOR = /[\s.,;:!?()"“”'‘’/\\[\]{}<>\-–—…]/;

/** Lexicon words (plain variants of every group, fillers and cues), longest first, for compound rejoining and the fallback. */
export function lexiconWords(lexicon: Lexicon): string[] {
  const words = new Set<string>();
  const add = (entry: string) => {
    // Context-only variants (มี+ช่องทาง) and two-letter words sit inside too many other words.
    if (entry.includes('+')) return;
    const word = entry.trim();
    if (word.length >= 3 && /[ก-๎]/.test(word) && !/\s/.test(word)) words.add(word);
  };
  for (const group of [...Object.values(lexicon.actions), ...Object.values(lexicon.objects), ...Object.values(lexicon.terms)]) group.forEach(add);
  [...lexicon.fillers, ...lexicon.notDone, ...lexicon.inProgress, ...lexicon.cueExceptions].forEach(add);
  return [...words].sort((a, b) => b.length - a.length);
}

export interface WordFinder {
  /**
   * Positions (0..length) where a word may start or end. A position inside a lexicon word is never
   * a boundary; the text's ends always are.
   */
  boundaries(text: string): Set<number>;
  /** The words of a text in order (separators dropped). */
  words(text: string): string[];
}

export function compileWordFinder(lexicon: Lexicon): WordFinder {
  const known = lexiconWords(lexicon);
  // Longest first: the regex takes the leftmost, then longest, lexicon word at each place.
  const pattern = known.length ? new RegExp(known.map(escapeRegExp).join('|'), 'g') : null;
  const boundaries = (text: string): Set<number> => {
    const bounds = new Set<number>([0, text.length]);
    for (let i = 0; i < text.length; i++) {
      if (SEPARATOR.test(text[i])) {
        bounds.add(i);
        bounds.add(i + 1);
      }
    }
    const inside: [number, number][] = [];
    if (pattern) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        bounds.add(m.index);
        bounds.add(m.index + m[0].length);
        inside.push([m.index, m.index + m[0].length]);
      }
    }
    const segmenter = intlSegmenter();
    if (segmenter) for (const { index } of segmenter.segment(text)) bounds.add(index);
    // Rejoins the compounds the segmenter over-splits (ส่ง|เสริม) when the lexicon knows them.
    for (const [from, to] of inside) for (let k = from + 1; k < to; k++) bounds.delete(k);
    return bounds;
  };
  return {
    boundaries,
    words(text) {
      const bounds = [...boundaries(text)].sort((a, b) => a - b);
      const out: string[] = [];
      for (let k = 0; k + 1 < bounds.length; k++) {
        const word = text.slice(bounds[k], bounds[k + 1]).trim();
        if (word && !SEPARATOR.test(word)) out.push(word);
      }
      return out;
    },
  };
}
