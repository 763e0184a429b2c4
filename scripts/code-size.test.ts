import { describe, expect, it } from 'vitest';
import { functionsOf, isMeasured, lineCount, report } from './code-size.ts';

describe('code-size', () => {
  it.each([
    ['src/lib/site/tables.ts', true],
    ['scripts/bench.ts', true],
    ['src/pages/index.astro', true],
    ['astro.config.mjs', true],
    ['src/lib/site/tables.test.ts', false],
    ['tests/build/weight.build.ts', false],
    ['src/lib/citation/apa.oracle.test.ts', false],
    ['tests/fixtures/broken/a.ts', false],
    ['bench/bare/src/pages/index.astro', false],
    ['src/env.d.ts', false],
    ['README.md', false],
  ])('measures %s: %s', (file, expected) => {
    expect(isMeasured(file)).toBe(expected);
  });

  it('counts lines without the final newline', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\r\nb')).toBe(2);
  });

  it('finds declared, arrow and nested functions and methods with their first line and length', () => {
    const text = [
      'export function outer(): number {', // 1
      '  const inner = (x: number) => {', // 2
      '    return x;', // 3
      '  };', // 4
      '  return inner(1);', // 5
      '}', // 6
      'class Box {', // 7
      '  size(): number { return 1; }', // 8
      '}', // 9
    ].join('\n');
    expect(functionsOf('a.ts', text).map(({ name, line, lines }) => ({ name, line, lines }))).toEqual([
      { name: 'outer', line: 1, lines: 6 },
      { name: 'inner', line: 2, lines: 3 },
      { name: 'size', line: 8, lines: 1 },
    ]);
  });

  it("reads an .astro file's frontmatter, numbering its lines as the file does", () => {
    const text = ['---', 'const a = 1;', 'function f() {', '  return a;', '}', '---', '<p>{f()}</p>'].join('\n');
    expect(functionsOf('p.astro', text)).toEqual([{ file: 'p.astro', name: 'f', line: 3, lines: 3 }]);
  });

  it('lists the largest modules first and only the functions over the limit', () => {
    const long = `function long() {\n${'  1;\n'.repeat(60)}}\n`;
    const files = new Map([
      ['small.ts', 'function short() {\n  return 1;\n}\n'],
      ['big.ts', long],
    ]);
    const table = report(files, 1);
    expect(table).toContain('2 modules measured; 0 over 300 lines; 1 functions over 60 lines');
    expect(table).toContain('| big.ts | 62 |');
    expect(table).not.toContain('| small.ts |');
    expect(table).toContain('| long | big.ts:1 | 62 |');
    expect(table).not.toContain('| short |');
  });
});
