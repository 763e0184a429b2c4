/**
 * The shape of a data table, apart from the tables themselves (tables.ts), so the modules that define
 * some of their columns (src/lib/exports/) can name it without importing the tables back.
 */

/** A column: its name, Table Schema type, whether it holds a list, and what it means. */
export interface Field {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  readonly list?: boolean;
  readonly format?: 'uri';
  /** A regular expression the CSV value matches (Table Schema `constraints.pattern`). */
  readonly pattern?: string;
  readonly required?: boolean;
  readonly description: string;
}

export interface Table {
  /** File stem and resource name: `articles` gives articles.json and articles.csv. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly primaryKey: string;
  /** Columns holding another table's key: the data package declares each, so a join needs no guessing. */
  readonly foreignKeys?: readonly { readonly field: string; readonly table: string; readonly tableField: string }[];
  readonly fields: readonly Field[];
}

/** One row: a value per field, a list as an array, absent values as null. */
export type Row = Record<string, string | number | boolean | null | readonly string[]>;
