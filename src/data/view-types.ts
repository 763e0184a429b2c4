/**
 * The types of the archive's resolved views, one per kind of entry: an article's (assembled in
 * `article-view.ts`), an event's, an actor's and a place's (assembled in `entry-views.ts`). Types only,
 * so that the views may refer to one another without their modules importing each other.
 */
import type { CollectionEntry } from 'astro:content';
import type { Block, ParagraphBlock } from '../lib/content/body.ts';
import type { ArticleMention } from '../lib/content/mentions.ts';
import type { Mention } from '../lib/content/registry.ts';
import type { DateSpec } from '../lib/dates/dates.ts';
import type { ActorInvolvement, StateInvolvement } from '../lib/involvement/involvement.ts';
import type { Located } from '../lib/provenance/collected.ts';

/** An article's data as Astro's collection holds it: references as `{ collection, id }`, unlike the reader's plain ids. */
export type CollectionArticleData = Omit<CollectionEntry<'articles'>['data'], 'bodyKey'>;
export type Outlet = CollectionEntry<'outlets'>;
export type Actor = ActorView;
export type Place = PlaceView;
export type ArchiveEvent = EventView;

/**
 * An article's one view, resolved once per build (in {@link articleView}, the one place it is
 * assembled): pages, downloads, TEI, search data and drawings read it rather than look anything up
 * again.
 */
export interface Article {
  readonly id: string;
  readonly slug: string;
  readonly file: string;
  readonly data: CollectionArticleData;
  /** The source text: every block, and the numbered paragraphs alone. */
  readonly body: { readonly blocks: readonly Block[]; readonly paragraphs: readonly ParagraphBlock[] };
  /** The outlet that first published it. */
  readonly outlet: Outlet;
  /** The outlet the archived copy was collected from, if known. */
  readonly collectedFrom: Outlet | undefined;
  /** Who made each translation (`data.translations`, in order), if known. */
  readonly translators: ReadonlyArray<Outlet | undefined>;
  /** The registry's names in each block (`body.blocks`, in order), keyed by `registryKey`: matched once per build. */
  readonly mentions: ReadonlyArray<readonly Mention[]>;
  /** Where its blocks, removals and source errors stand in its capture, as the reader located them. */
  readonly capture: Located;
  /** The actors and places it is tagged with, in the file's order. */
  readonly actors: readonly ActorView[];
  readonly places: readonly PlaceView[];
  /** Who it involves at its date by the one rule (involvementOf) and its states (statesOf). */
  readonly involvement: readonly ActorInvolvement[];
  readonly states: readonly StateInvolvement[];
  /** The events that cite it, in date order, each with its sources citing this article (in the event file's order). */
  readonly citedBy: ReadonlyArray<{ readonly event: EventView; readonly sources: readonly EventSource[] }>;
}

/** One cited passage: a numbered paragraph or a part outside them (standfirst, dateline). */
export interface CitedPassage {
  /** The anchor in the article page: `p4`, `standfirst`, `dateline`. */
  readonly anchor: string;
  /** How readers name it: "Paragraph 4", "Standfirst", "Dateline". */
  readonly label: string;
  /** The sentence(s) of the passage that report the event (src/lib/content/reporting.ts). */
  readonly sentences: readonly string[];
}

/** One source of an event: the article, its outlet, and the passages cited, as the event's file records them. */
export interface EventSource {
  readonly article: Article;
  /** The outlet's name. */
  readonly outlet: string;
  readonly published: DateSpec;
  readonly passages: readonly CitedPassage[];
  /** True when the passages do not report the event but refer to it, anticipate it or let it be inferred. */
  readonly inferred: boolean;
  /** What the passages say of the event, for an inferred link. */
  readonly note: string | undefined;
  /** What was checked in the cited passages, and when. */
  readonly checked: EventData['sources'][number]['checked'];
  /** The anchors of the cited passages as the file lists them: its parts, then its paragraphs. */
  readonly anchors: readonly string[];
}

export type EventData = CollectionEntry<'events'>['data'];
export type ActorData = CollectionEntry<'actors'>['data'];

/** An event's one view. */
export interface EventView {
  readonly id: string;
  readonly file: string;
  readonly data: EventData;
  /** Its date by the precision rules: as readers see it, and its first and last possible days. */
  readonly date: { readonly text: string; readonly start: string; readonly end: string };
  /** Its tagged actors and places, in the file's order. */
  readonly actors: readonly ActorView[];
  readonly places: readonly PlaceView[];
  /** Its sources, oldest first, one per item of the file's `sources`. */
  readonly sources: readonly EventSource[];
  /** The same sources in the file's order. */
  readonly cited: readonly EventSource[];
  /** The outlets of its sources, each once, in the file's order. */
  readonly outlets: readonly Outlet[];
  /** Who it involves by the one rule (involvementOf) and its states (statesOf): explicit, derived, overridden. */
  readonly involvement: readonly ActorInvolvement[];
  readonly states: readonly StateInvolvement[];
}

/** What an actor's and a place's views share: the articles tagging and naming it, the events tagging it. */
export interface RegistryView {
  readonly id: string;
  readonly file: string;
  /** Its spellings and registered names in every script, as search finds them (searchForms). */
  readonly searchNames: readonly string[];
  /** The articles tagged with it, newest first. */
  readonly tagged: readonly Article[];
  /** The articles whose paragraphs name it, newest first, with where and how. */
  readonly mentions: readonly ArticleMention[];
  /** The events tagged with it, in date order. */
  readonly events: readonly EventView[];
}

/** An actor's one view. */
export interface ActorView extends RegistryView {
  readonly data: ActorData;
  /** The states it acts for, belongs to or serves, each once, in the order of its affiliations. */
  readonly states: readonly string[];
  /** The people and bodies affiliated with it (when it is a state), in the registry's order. */
  readonly members: ReadonlyArray<{ readonly actor: ActorView; readonly affiliation: ActorData['affiliations'][number] }>;
}

/** A place's one view. */
export interface PlaceView extends RegistryView {
  readonly data: CollectionEntry<'places'>['data'];
}
