/**
 * The fast path must give exactly the chevrotain parser's ParsedLine (or null) for every line, for every built-in
 * grammar: on the grammars' samples, the format fixtures and corpus lines, and on random splices and edits of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createFastParse } from '../../src/records/fast-path.js';
import { createLineParser } from '../../src/records/line-parser.js';
import { builtinFormats } from '../../src/records/registry.js';

const root = join(import.meta.dirname, '..', '..');
const linesOf = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.(log|trace)$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r\n|\r|\n/));
const realLines = [...linesOf(join(root, 'test', 'fixtures', 'formats')), ...linesOf(join(root, 'test', 'corpus', 'dev'))];

const formats = builtinFormats();

describe.each(formats.map((f) => [f.name, f] as const))('fast path of %s', (_name, format) => {
  const fast = createFastParse(format.spec);
  const slow = createLineParser(format.spec);
  const samples = format.spec.samples.map((s) => s.line);

  it('has a fast path', () => {
    expect(fast).not.toBeNull();
  });

  // Lines of this format: random lines are made from them, so that many parse and the paths have something to agree on.
  const valid = [...new Set([...samples, ...realLines])].filter((l) => slow.parse(l) !== null);
  let parsed = 0;
  let tried = 0;
  const same = (line: string): void => {
    const expected = slow.parse(line);
    tried++;
    if (expected !== null) parsed++;
    expect(fast?.(line) ?? null).toEqual(expected);
  };

  it('agrees on samples, fixtures and corpus lines', () => {
    for (const line of [...samples, ...realLines]) same(line);
  });

  it('agrees on random splices of two lines of the format', () => {
    const cut = fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.constantFrom(...valid), fc.nat());
    fc.assert(fc.property(cut, ([a, i, b, j]) => same(a.slice(0, i % (a.length + 1)) + b.slice(j % (b.length + 1)))), { numRuns: 3000 });
  });

  it('agrees on lines of the format with random edits', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: fc.constantFrom(...' \t0123456789:.-/[]|,()@$_ZQz'), maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.array(edit, { maxLength: 4 }), (line, edits) => {
        let text = line;
        for (const [at, remove, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        same(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('was tried on lines that parse and lines that do not', () => {
    expect(parsed / tried).toBeGreaterThan(0.1);
    expect(parsed / tried).toBeLessThan(0.95);
  });
});
