/**
 * What the archive's citation is made from, in a module of its own: every style of it (`archive.ts`
 * and the ГОСТ description in `gost.ts`, which `archive.ts` calls) reads it without importing the other.
 */
/** What the archive's citation needs: its facts, its current edition and its address. */
export interface ArchiveCitationInput {
  readonly title: string;
  readonly editors: ReadonlyArray<{ readonly name: string; readonly corporate: boolean }>;
  readonly publisher: string;
  readonly edition: number;
  /** The edition's release day, ISO. */
  readonly date: string;
  /** The archive's home page, absolute. */
  readonly url: string;
  /** The day the reader accessed it, ISO, when known. */
  readonly accessed?: string;
}
