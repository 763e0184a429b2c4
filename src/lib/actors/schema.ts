/**
 * Who an actor is: its kind, and for people and bodies the states they act for, belong to or
 * serve, with the role they held and when. The actor schema (`../content/schema/registry.ts`)
 * carries these two fields; whether each named state is a registered state is a cross-entry
 * check (`./check.ts`).
 */
import { z } from 'zod';
import { bounds, checkPartialDate, formatDateSpec } from '../dates/dates.ts';
import { checked, checkedDate, nonEmpty, url } from '../content/schema/common.ts';

/** What an actor is. One vocabulary: pages, downloads and search facets all use these words. */
export const actorKinds = ['person', 'state', 'international-organisation', 'company', 'outlet', 'think-tank'] as const;
export type ActorKind = (typeof actorKinds)[number];

/** How each kind reads to a reader, singular and plural. */
export const kindNames: Readonly<Record<ActorKind, { one: string; many: string }>> = {
  person: { one: 'Person', many: 'People' },
  state: { one: 'State', many: 'States' },
  'international-organisation': { one: 'International organisation', many: 'International organisations' },
  company: { one: 'Company', many: 'Companies' },
  outlet: { one: 'Outlet', many: 'Outlets' },
  'think-tank': { one: 'Think tank', many: 'Think tanks' },
};

/**
 * The coarse grouping the actor list and the search's type filter have always used; each kind
 * belongs to exactly one, so it is derived, never typed a second time.
 */
export const actorTypes = ['person', 'state', 'organisation', 'media'] as const;
export type ActorType = (typeof actorTypes)[number];
export function typeOfKind(kind: ActorKind): ActorType {
  if (kind === 'person' || kind === 'state') return kind;
  return kind === 'outlet' ? 'media' : 'organisation';
}

/**
 * How an actor stands to a state. Only `acts-for` makes an event involve the state (the rule on
 * /about/method/): holding its office or speaking as its body. `belongs-to` is a national or a body
 * based there, speaking for itself; `serves` is an outlet whose audience is the state's.
 */
export const relations = ['acts-for', 'belongs-to', 'serves'] as const;
export type Relation = (typeof relations)[number];

/** The states an affiliation may be with: ids of actors whose kind is `state`. */
const stateId = z
  .string({ error: 'the id of a state in content/actors/, as text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'the id of a state in content/actors/ (lower-case letters, digits, hyphens)' });

/** The day range of a partial date, or undefined when the date is malformed (the schema reports that). */
function range(iso: string | undefined): { start: Date; end: Date } | undefined {
  if (iso === undefined || 'found' in checkPartialDate(iso)) return undefined;
  return bounds({ date: iso });
}

/** One state an actor acts for, belongs to or serves, attested by a stored public page. */
export const affiliation = z
  .strictObject({
    /** The state (an actor id whose kind is `state`). */
    state: stateId,
    /** How the actor stands to it. */
    relation: z.enum(relations, { error: `how the actor stands to the state, one of ${relations.join(', ')}` }),
    /** The role held in the period, as the attesting page gives it ("President", "editor-in-chief of Russia in Global Affairs"). */
    role: nonEmpty('the role held').optional(),
    /** The first day (at its known precision) it held; left out when it held before 2020 and the start does not matter here. */
    from: checkedDate.optional(),
    /** The last day it held; left out while it still held at the end of 2022. */
    to: checkedDate.optional(),
    /** The stored public page that attests it (never from memory). */
    source: url,
    /** What that page says, and when it was read: an affiliation no page attests is not entered. */
    checked: checked.refine((c) => c.basis === 'page', {
      error: 'basis: page, with the words of the page (an affiliation no page attests is not entered)',
      path: ['basis'],
    }),
  })
  .superRefine((a, ctx) => {
    const from = range(a.from);
    const to = range(a.to);
    if (from !== undefined && to !== undefined && to.end < from.start) {
      const expected = `a "to" no earlier than "from" (${formatDateSpec({ date: a.from ?? '' })})`;
      ctx.addIssue({ code: 'custom', path: ['to'], message: expected, params: { found: `"${a.to}", before "from"`, expected } });
    }
  });
export type Affiliation = z.output<typeof affiliation>;

/** The actor's `kind` field. */
export const kind = z.enum(actorKinds, { error: `the kind of actor, one of ${actorKinds.join(', ')}` });

/** The actor's `affiliations` field. */
export const affiliations = z.array(affiliation).default([]);
