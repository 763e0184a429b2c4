/**
 * Issue 26's standard: every name form rests on a credible stored page that was read. A check record
 * with `basis: knowledge` says nothing was read, so such a form is a problem to fix (read a page and
 * record what it says, or drop the form), not a state the archive may publish. The schema keeps
 * `knowledge` as a basis so that the record of an unread form stays expressible and this message,
 * rather than a schema error, explains what to do; event sources are not covered here.
 */
import type { Problem } from './integrity.ts';
import { formatPath } from './located.ts';

/** The name forms of one registry entry whose check rests on knowledge alone, as problems (positions are added by the reader). */
export function unreadFormProblems(file: string, data: unknown): Problem[] {
  const names = data !== null && typeof data === 'object' ? (data as { names?: unknown }).names : undefined;
  if (!Array.isArray(names)) return [];
  const problems: Problem[] = [];
  names.forEach((name: unknown, i) => {
    const checked = name !== null && typeof name === 'object' ? (name as { checked?: unknown }).checked : undefined;
    if (checked === null || typeof checked !== 'object' || (checked as { basis?: unknown }).basis !== 'knowledge') return;
    const form = (name as { form?: unknown }).form;
    problems.push({
      file,
      field: formatPath(['names', i, 'checked', 'basis']),
      found: `knowledge: the form${typeof form === 'string' ? ` "${form}"` : ''} was not checked against a page`,
      expected: 'page: a credible stored page that attests the form, read and quoted in the note (or drop the form)',
    });
  });
  return problems;
}
