/**
 * The XML the TEI documents are built of: fast-xml-parser's ordered nodes, made by `el` (inline) and
 * `block` (one child a line, indented), and the pieces every part of the document shares: the
 * namespace, the archive's confidence as TEI's `cert`, and dates.
 */
import { type DateSpec, formatDateSpec } from '../dates/dates.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export type Confidence = 'confirmed' | 'inferred' | 'unknown';
/** TEI's `cert` for the archive's confidence. */
export const CERT: Readonly<Record<Confidence, 'high' | 'medium' | 'low'>> = { confirmed: 'high', inferred: 'medium', unknown: 'low' };

/** A node in fast-xml-parser's ordered form. */
export type XNode = Record<string, unknown>;

export const text = (value: string): XNode => {
  // XML 1.0 forbids these characters anywhere; an escaped form would not help.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are exactly what the check looks for.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value)) {
    throw new Error(`TEI: a control character in ${JSON.stringify(value.slice(0, 60))}; expected text XML 1.0 can hold`);
  }
  return { '#text': value };
};
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: ReadonlyArray<XNode | string> = []): XNode {
  const node: XNode = { [name]: children.map((c) => (typeof c === 'string' ? text(c) : c)) };
  const a = Object.fromEntries(
    Object.entries(attrs)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [`@_${k}`, v]),
  );
  if (Object.keys(a).length > 0) node[':@'] = a;
  return node;
}
/** Children one per line, indented, for structural elements (never inside mixed content). */
export function block(name: string, attrs: Record<string, string | undefined>, children: readonly XNode[], depth: number): XNode {
  const pad = `\n${'  '.repeat(depth + 1)}`;
  return el(name, attrs, children.length === 0 ? [] : [...children.flatMap((c) => [text(pad), c]), text(`\n${'  '.repeat(depth)}`)]);
}

/** The `date` of a spec: `when` for a single date, `notBefore`/`notAfter` for a span. */
export function teiDate(spec: DateSpec & { readonly confidence: Confidence }): XNode {
  const attrs = spec.date !== undefined ? { when: spec.date } : { notBefore: spec.from, notAfter: spec.to };
  const approximate = spec.approximate === true ? { type: 'approximate' } : {};
  return el('date', { ...attrs, cert: CERT[spec.confidence], ...approximate }, [formatDateSpec(spec)]);
}
