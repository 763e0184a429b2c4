/**
 * People's names in citations: a name split into family and given names, a list of names joined, and
 * the authors of an in-text citation. The CSL item (csl.ts) and the styles' text (text.ts, the styles)
 * all use them, so they live apart from both.
 */

/**
 * Splits "Basel Hajj Jasem" into family "Jasem" and given "Basel Hajj".
 *
 * The content stores names as written, and the last word is the family name for every author in
 * this archive; this is the same rule Zotero applies to a one-field name.
 */
export function splitName(name: string): { family: string; given?: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return words.length > 0 ? { family, given: words.join(' ') } : { family };
}

/** Names joined as the styles join them: "A and B", "A, B, and C". */
export function joinList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** The author part of an in-text citation: one family name, two joined, or the first "et al."; none for an unsigned piece. */
export function inTextAuthors(input: { readonly authors: readonly string[] }, and: string): string | undefined {
  const families = input.authors.map((a) => splitName(a).family);
  if (families.length === 0) return undefined;
  if (families.length === 1) return families[0];
  return families.length === 2 ? `${families[0]} ${and} ${families[1]}` : `${families[0]} et al.`;
}
