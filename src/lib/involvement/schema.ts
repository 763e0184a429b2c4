/**
 * An editor's override of a derived involvement: the event's `involvement` field. A derivation
 * (`./involvement.ts`) can be wrong for one event (a president named only as a host, say), so an
 * editor may say the event does not involve a state it would derive, and why; the pages and the
 * downloads then show the state as overridden, never silently dropped.
 */
import { z } from 'zod';
import { nonEmpty } from '../content/schema/common.ts';

/** One override: a derived state the event does not involve, and the reason. */
export const override = z.strictObject({
  /** The state (an actor id whose kind is `state`) the rule would derive for this event. */
  state: z
    .string({ error: 'the id of a state in content/actors/, as text' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'the id of a state in content/actors/ (lower-case letters, digits, hyphens)' }),
  /** Always false: a state is made involved by tagging it, never by an override. */
  involved: z.literal(false, { error: 'false (tag the state in `actors` to say the event involves it)' }),
  /** Why the derivation does not hold for this event. */
  why: nonEmpty('why the derived state is not involved'),
});
export type Override = z.output<typeof override>;

/** The event's `involvement` field. */
export const involvement = z.array(override).default([]);
