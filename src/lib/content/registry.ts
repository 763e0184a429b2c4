/**
 * The registry of names, by job: how a name or a text is folded (`folding.ts`), how a registry's
 * spellings are found in a text (`matching.ts`), and the registry's own rules (`registry-checks.ts`).
 * Callers outside the content core import from here, so the registry has one entry point whichever
 * module a rule lives in; and the two lists an entry's names make (`spellings.ts`).
 */
export {
  foldText,
  foldWord,
  isAcronym,
  type NameAndSpellings,
  nameVariants,
  nameWords,
  registryWords,
  stripAccents,
} from './folding.ts';
export {
  compileMatcher,
  compileMatcherByExpression,
  findMentions,
  indexable,
  type Matcher,
  type Mention,
  type RegistryEntry,
  termRanges,
} from './matching.ts';
export { type LocatedEntry, NAME_SEPARATOR, type RegistryProblem, registryProblems } from './registry-checks.ts';
export { searchForms, type SpelledEntry, textSpellings } from './spellings.ts';
