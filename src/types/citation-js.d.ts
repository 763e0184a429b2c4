/**
 * citation-js ships no type declarations. These cover only what the archive calls, so a typo in
 * a format name or option still fails `tsc`.
 */
declare module '@citation-js/core' {
  export type CitationFormat = 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'ris' | 'data';
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
    spec?: 'new' | 'old' | 'mixed';
  }
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: unknown[];
    format(format: CitationFormat, options?: FormatOptions): string | unknown;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
