/**
 * Which name of a registered actor or place a page in a given interface language shows: the form an
 * editor marked `display: true` for that language in the entry's `names` (src/lib/content/schema/
 * registry.ts), trying the languages in the order editorial text falls back (a Kazakh page shows the
 * Russian form when no Kazakh one is marked), and ending with the canonical English name. The result
 * carries its `lang`, so that a screen reader speaks "Nursultan Nazarbayev" as English on a Russian page.
 */
import type { NameForm } from '../content/schema/registry.ts';
import { FALLBACKS } from './editorial.ts';
import type { Lang } from './langs.ts';

/** A name as a page shows it, and the language it is in. */
export interface ShownName {
  readonly text: string;
  readonly lang: Lang;
}

/** The registered entry's fields this needs. */
export interface Named {
  readonly name: string;
  readonly names?: readonly Pick<NameForm, 'form' | 'language' | 'display'>[];
}

/** The name of `entry` for a page in `lang`. */
export function nameIn(entry: Named, lang: Lang): ShownName {
  for (const tried of FALLBACKS[lang]) {
    if (tried === 'en') break;
    const shown = entry.names?.find((n) => n.display && n.language === tried);
    if (shown !== undefined) return { text: shown.form, lang: tried };
  }
  return { text: entry.name, lang: 'en' };
}
