import { describe, expect, it } from 'vitest';
import { readTree } from '../testing/content.ts';
import { glossaryBlocks, type GlossaryLinks, termsOf } from './glossary.ts';

const tree = readTree();
const terms = tree.glossary;
// Every page the January term should reach: its events, and the articles those events cite.
const januaryEvents = terms.find((t) => t.id === 'january-2022-events')?.data.events ?? [];

describe('glossaryBlocks', () => {
  it.each<[string, GlossaryLinks, string[]]>([
    ['an event the term names', { events: ['2022-01-05-tokayev-asks-csto'], actors: [] }, ['january-2022-events']],
    [
      'an article reporting one of them',
      { events: ['2022-01-10-geneva-security-talks', '2022-01-07-tokayev-shoot-to-kill-order'], actors: [] },
      ['january-2022-events'],
    ],
    ['an event of the same month the term does not name', { events: ['2022-01-10-geneva-security-talks'], actors: [] }, []],
    ['a page tagged only with an actor no term names', { events: [], actors: ['kassym-jomart-tokayev'] }, []],
  ])('%s', (_what, links, ids) => {
    expect(termsOf(terms, links).map((t) => t.id)).toEqual(ids);
  });

  it('writes each form of the term once (a Kazakh one also as a Russian keyboard types it), in a block the UI tells from the text', () => {
    expect(glossaryBlocks(terms, { events: [januaryEvents[0] ?? ''], actors: [] })).toEqual([
      {
        id: 'names-term-january-2022-events',
        text: 'январские события; Кантар; Қаңтар оқиғасы; Кантар окигасы; Qantar; Qandy Qantar; January events',
      },
    ]);
  });

  it('reaches the articles that report the January events, and no other', () => {
    const reporting = new Set(tree.events.filter((e) => januaryEvents.includes(e.id)).flatMap((e) => e.data.sources.map((s) => s.article)));
    expect(reporting.size).toBeGreaterThan(0);
    for (const a of tree.articles) {
      const events = tree.events.filter((e) => e.data.sources.some((s) => s.article === a.id)).map((e) => e.id);
      expect(termsOf(terms, { events, actors: [] }).length > 0, a.id).toBe(reporting.has(a.id));
    }
  });
});
