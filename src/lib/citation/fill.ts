/**
 * Fills the placeholders of a citation template (`SLOTS` in ./citation.ts) in the reader's
 * browser: the paragraph number from the address, and today's date as Chicago, MLA and ГОСТ write it.
 *
 * Kept free of date-fns and of ./citation.ts so the page script that imports it stays a few
 * hundred bytes; ./fill.test.ts checks that every date it writes is the one ./citation.ts writes
 * with date-fns for the same day.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The placeholders, as ./citation.ts writes them (its tests check that the two agree). */
export const FILL_SLOTS = {
  paragraph: '{{paragraph}}',
  accessedChicago: '{{accessed-chicago}}',
  accessedMla: '{{accessed-mla}}',
  accessedGost: '{{accessed-gost}}',
} as const;

/** "November 25, 2026": Chicago's form of a day. */
export function chicagoDay(d: Date): string {
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/** "25 Nov. 2026": MLA 9 abbreviates months longer than four letters, September as "Sept.". */
export function mlaDay(d: Date): string {
  const m = MONTHS[d.getMonth()] ?? '';
  const month = m.length <= 4 ? m : m === 'September' ? 'Sept.' : `${m.slice(0, 3)}.`;
  return `${d.getDate()} ${month} ${d.getFullYear()}`;
}

/** "25.11.2026": the day as ГОСТ Р 7.0.100's "(дата обращения: …)" writes it. */
export function gostDay(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/**
 * The locator as the templates write it in each style: Chicago's ", para. N", APA's ", para. N",
 * MLA's " par. N", and the address's "#pN".
 */
const LOCATORS = [`, para. ${FILL_SLOTS.paragraph}`, ` par. ${FILL_SLOTS.paragraph}`, `#p${FILL_SLOTS.paragraph}`];

/**
 * The template with its placeholders replaced: `paragraph` (a number), or, when there is none,
 * the locator taken out so the whole article is cited; and `today` (the reader's day).
 */
export function fillTemplate(template: string, values: { readonly paragraph?: number | undefined; readonly today: Date }): string {
  const cited = values.paragraph === undefined ? LOCATORS.reduce((t, l) => t.replaceAll(l, ''), template) : template;
  return cited
    .replaceAll(FILL_SLOTS.paragraph, String(values.paragraph ?? ''))
    .replaceAll(FILL_SLOTS.accessedChicago, chicagoDay(values.today))
    .replaceAll(FILL_SLOTS.accessedMla, mlaDay(values.today))
    .replaceAll(FILL_SLOTS.accessedGost, gostDay(values.today));
}

/** The paragraph an address's fragment targets (`#p4` gives 4), or undefined. */
export function paragraphOf(hash: string): number | undefined {
  const m = /^#p([1-9]\d*)$/.exec(hash);
  return m === null ? undefined : Number(m[1]);
}
