/**
 * The two lists of how an actor or a place is written, each with the one meaning its callers need:
 *
 * - the spellings the texts use (`spellings`), which the matcher finds in paragraphs: a mention is
 *   the archive's own text naming the entry;
 * - the forms search connects (`spellings` and every attested form in another script, `names`), so
 *   that a query in any of them reaches the entry; the registry's checks hold each of these to one
 *   entry, as the search would otherwise credit two.
 */

/** An actor or a place as stored: its spellings in the texts and its attested forms elsewhere. */
export interface SpelledEntry {
  readonly spellings: readonly string[];
  readonly names: ReadonlyArray<{ readonly form: string }>;
}

/** The spellings the archive's texts use for the entry (besides its canonical name): what the matcher finds. */
export function textSpellings(entry: SpelledEntry): readonly string[] {
  return entry.spellings;
}

/** Every form search connects to the entry (besides its canonical name): its spellings, then its attested forms. */
export function searchForms(entry: SpelledEntry): string[] {
  return [...entry.spellings, ...entry.names.map((n) => n.form)];
}
