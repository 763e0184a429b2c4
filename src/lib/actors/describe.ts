/**
 * How an affiliation reads on a page: the relation as words, and its period at the precision the
 * dates are known to ("from 2019", "until 5 January 2022", "January 2020 – 5 January 2022").
 */
import { formatDateSpec } from '../dates/dates.ts';
import type { Relation } from './schema.ts';

/** The relation as the start of a sentence about the actor, and as a heading over a state's people and bodies. */
export const relationWords: Readonly<Record<Relation, { of: string; to: string }>> = {
  'acts-for': { of: 'Acts for', to: 'Acting for' },
  'belongs-to': { of: 'Belongs to', to: 'Belonging to' },
  serves: { of: 'Serves', to: 'Serving' },
};

/** The period an affiliation held, or undefined when the attesting page gives no dates. */
export function period(a: { from?: string | undefined; to?: string | undefined }): string | undefined {
  const from = a.from === undefined ? undefined : formatDateSpec({ date: a.from });
  const to = a.to === undefined ? undefined : formatDateSpec({ date: a.to });
  if (from !== undefined && to !== undefined) return `${from} – ${to}`;
  if (from !== undefined) return `from ${from}`;
  if (to !== undefined) return `until ${to}`;
  return undefined;
}
