/** The core: pure TypeScript shared by the Apps Script add-on, the command line and the preview. */
export * from './types';
export * from './errors';
export * from './a1';
export * from './text';
export * from './xmlChars';
export * from './items';
export * from './headers';
export { assembleMeasures, splitTitle, type RowRecord } from './assemble';
export * from './grid';
export * from './merges';
export * from './reportText';
export * from './titleFacts';
export {
  createMatcher, DEFAULT_LEXICON, DEFAULT_SYNONYMS, lexiconGroups, sharedWording, strengthOf, STRONG_MATCH, WEAK_MATCH,
  hasIntlSegmenter, useIntlSegmenter, normaliseForMatch, compileFolder, compileCues, compileWordFinder, splitClauses,
  type Lexicon, type Matcher, type MatcherOptions, type Clause, type Evidence, type WordFinder,
} from './match/index';
export * from './check';
export * from './findings';
export * from './messages';
export * from './templates';
export * from './suggest';
export * from './dates';
export * from './report';
export * from './settings';
export * from './settingsDates';
export * from './confirmations';
export * from './confirmRequest';
export * from './synonymSheet';
export * from './agencyCheck';
export * from './views';
export * from './extraColumns';
export * from './budget';
export * from './columns';
export * from './columnWidths';
export * from './edition';
export * from './timeframe';
export * from './qr';
export * from './itas';
export * from './memo';
export * from './rollover';
