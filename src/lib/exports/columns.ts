/**
 * The columns issue 27 adds to the archive's first four tables: an actor's kind and states, the
 * states an event or article involves and on what basis, a place's coordinates. Kept beside the
 * tables that join (./relation-tables.ts); `../site/tables.ts` places them in its tables.
 */
import type { Field } from '../site/table-shape.ts';

export const ACTOR_COLUMNS: readonly Field[] = [
  {
    name: 'kind',
    type: 'string',
    required: true,
    description: 'person, state, international-organisation, company, outlet or think-tank (type is derived from it).',
  },
  {
    name: 'states',
    type: 'string',
    list: true,
    description:
      'Ids of the states the actor acts for, belongs to or serves at any time (see affiliations for the relation, role and dates).',
  },
  { name: 'roles', type: 'string', list: true, description: 'The roles it held, as the attesting pages give them (see affiliations).' },
];

/** The states an event or an article involves, by basis (the rule on /about/method/; one row per state in <what>_states). */
export const INVOLVED_STATES = (what: 'event' | 'article'): Field[] => [
  {
    name: 'states',
    type: 'string',
    list: true,
    description:
      `Ids of the states the ${what} involves: tagged (explicit) or acted for by a tagged person or body on its date (derived); ` +
      'overridden derivations are left out.',
  },
  { name: 'states_explicit', type: 'string', list: true, description: `The states of \`states\` the ${what} is tagged with.` },
  {
    name: 'states_derived',
    type: 'string',
    list: true,
    description: `The states of \`states\` derived through the ${what}'s people and bodies.`,
  },
  ...(what === 'event'
    ? [
        {
          name: 'states_overridden',
          type: 'string',
          list: true,
          description: 'States the rule would derive but an editor says the event does not involve (the reason is in event_states).',
        } satisfies Field,
      ]
    : []),
];

export const PLACE_COLUMNS: readonly Field[] = [
  { name: 'lat', type: 'number', description: 'Latitude in WGS 84 degrees (north positive); empty when the place is not drawn.' },
  { name: 'lon', type: 'number', description: 'Longitude in WGS 84 degrees (east positive).' },
  { name: 'coordinates_representative', type: 'string', description: 'For a region drawn as one point: which point stands for it.' },
  { name: 'coordinates_source', type: 'string', format: 'uri', description: 'The stored public page that gives the coordinates.' },
  { name: 'coordinates_checked_note', type: 'string', description: 'What that page says, quoted when the coordinates were checked.' },
];
