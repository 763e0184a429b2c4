/**
 * Kazakh typed on a Russian keyboard: a reader without the nine letters of Kazakh that Russian lacks
 * types their Russian-keyboard substitutes (ә → а, ғ → г, қ → к, ң → н, ө → о, ұ → у, ү → у, һ → х,
 * і → и; the table is src/lib/content/translation-text.ts's). Pagefind folds no Cyrillic letter into
 * another, and a substitute cannot be turned back into the letter it stands for (а is also а), so the
 * index carries the substituted form beside each Kazakh word of its hidden blocks (registered names,
 * glossary terms, the Kazakh titles and descriptions), and "Кантар" finds what "Қаңтар" finds.
 */
import { hasKazakhLetter, substituted } from '../content/translation-text.ts';

/** The forms with, after each one that has a Kazakh letter, its substituted form (each form once). */
export function withKeyboardForms(forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((f) => (hasKazakhLetter(f) ? [f, substituted(f)] : [f])))];
}

/** A text with the substituted forms of its words that have a Kazakh letter after it, each once. */
export function withKeyboardWords(text: string): string {
  const words = [...new Set(text.split(/\s+/).filter(hasKazakhLetter).map(substituted))];
  return words.length === 0 ? text : `${text} ${words.join(' ')}`;
}
