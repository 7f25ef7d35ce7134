/**
 * The fast path must give exactly the chevrotain parser's ParsedLine (or null) for every line, for every built-in
 * grammar of columns (structured grammars: structured.test.ts), both ways (one layout regex, and token by token): on the grammars' samples, the format fixtures and corpus
 * lines, and on random splices and edits of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createFastParse } from '../../src/records/fast-path.js';
import { LayoutMatch } from '../../src/records/layout-regex.js';
import { isStructured, type GrammarSpec, type LayoutGrammarSpec, type LayoutStep } from '../../src/records/grammar-types.js';
import { createLineParser, loadParserOfRecord, type ParsedLine } from '../../src/records/line-parser.js';
import { buildRecord } from '../../src/records/record-builder.js';
import { builtinFormats } from '../../src/records/registry.js';
import { agreement } from './agreement.js';

// These tests compare with, or check samples on, the chevrotain parser: the parser of record, loaded on demand.
await loadParserOfRecord();

const root = join(import.meta.dirname, '..', '..');
const linesOf = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.(log|trace)$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r\n|\r|\n/));
const realLines = [...linesOf(join(root, 'test', 'fixtures', 'formats')), ...linesOf(join(root, 'test', 'corpus', 'dev'))];

const formats = builtinFormats();

/** A ParsedLine as plain data; for a LayoutMatch, with its core field properties checked against its fields. */
function plain(parsed: ParsedLine | null): ParsedLine | null {
  if (parsed === null) return null;
  const { fields, messageStart, bodyStart } = parsed;
  if (parsed instanceof LayoutMatch) {
    for (const name of ['pid', 'tid', 'date', 'time', 'narrator'] as const) expect(parsed[name]).toBe(fields[name]);
  }
  return { fields, messageStart, bodyStart };
}

const ways = ['regex', 'tokens'] as const;

/** The grammars of columns (structured grammars have a fast path of their own: test/records/structured.test.ts). */
const layoutFormats = formats.flatMap((format) => (isStructured(format.spec) ? [] : [{ format, spec: format.spec }]));

describe.each(layoutFormats.flatMap(({ format, spec }) => ways.map((way) => [format.name, way, format, spec] as const)))('fast path of %s (%s)', (_name, way, format, spec) => {
  const fast = createFastParse(spec, way);
  const slow = createLineParser(spec);
  const samples = format.spec.samples.map((s) => s.line);

  it('has a fast path', () => {
    expect(fast).not.toBeNull();
  });

  // Lines of this format: random lines are made from them, so that many parse and the paths have something to agree on.
  const valid = [...new Set([...samples, ...realLines])].filter((l) => slow.parse(l) !== null);
  const { same, share, tried } = agreement((line) => slow.parse(line), (line) => plain(fast?.(line) ?? null));
  // The random lines apart: the thousands of fixture and corpus lines of other formats would drown them in the share of
  // lines read, for a format whose first line is all header (IBM MQ's), which leaves edits no message to fall in.
  const random = agreement((line) => slow.parse(line), (line) => plain(fast?.(line) ?? null));

  it('agrees on samples, fixtures and corpus lines', () => {
    for (const line of [...samples, ...realLines]) same(line);
  });

  it('agrees on random splices of two lines of the format', () => {
    const cut = fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.constantFrom(...valid), fc.nat());
    fc.assert(fc.property(cut, ([a, i, b, j]) => random.same(a.slice(0, i % (a.length + 1)) + b.slice(j % (b.length + 1)))), { numRuns: 3000 });
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
        random.same(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('builds the same records as the chevrotain parse', () => {
    for (const [i, text] of valid.entries()) {
      const lines = [{ number: i + 1, text, eol: '\n' }];
      const line = fast?.(text);
      expect(line).not.toBeNull();
      expect(buildRecord('f', format, lines, line as ParsedLine)).toEqual(buildRecord('f', format, lines, slow.parse(text) as ParsedLine));
    }
  });

  if (format.spec.fallback === true) {
    it('reads every line it was tried on, as a fallback grammar does', () => {
      expect(tried() + random.tried()).toBeGreaterThan(1000);
      expect(share()).toBe(1);
      expect(random.share()).toBe(1);
    });
  } else {
    it('was tried on random lines that parse and random lines that do not', () => {
      expect(random.share()).toBeGreaterThan(0.1);
      expect(random.share()).toBeLessThan(0.95);
    });
  }
});

/** Layouts the layout regex must write with care (lookaheads kept, atomic groups), with lines a plainer regex misreads. */
describe('fast path of layouts that need care', () => {
  const tokens = [
    { name: 'Id', pattern: '\\d+' },
    { name: 'Blank', pattern: '[ \\t]+' },
    { name: 'Word', pattern: '[a-z]+' },
    { name: 'Colon', pattern: ':' },
    { name: 'Dash', pattern: '-' },
  ];
  const cases: [string, LayoutStep[], string[]][] = [
    [
      // The group before the message is exact, but what follows can fail: skipping it must not rescue the line.
      'an exact group before a body longer than its lookahead',
      [{ token: 'Id', field: 'pid' }, { optional: [{ token: 'Blank' }] }, { message: true }, { optional: [{ token: 'Word', field: 'narrator' }, { token: 'Blank' }, { token: 'Word' }, { token: 'Colon' }] }],
      ['12 ab cd', '12 ab cd:', '12 ab', '12', '12 ab cd: x', '12  ab  cd:'],
    ],
    [
      // Two-token lookahead: the group is taken only when Word is followed by Dash.
      'a two-token lookahead',
      [{ token: 'Id', field: 'pid' }, { token: 'Blank' }, { message: true }, { optional: [{ token: 'Word', field: 'narrator' }, { token: 'Dash' }, { token: 'Word' }] }],
      ['1 ab-cd', '1 ab-', '1 ab cd', '1 ab', '1 -ab'],
    ],
    [
      // A run before a group that starts with the same token: nothing after it may make the regex give part of it back.
      'a run before a group it could start',
      [{ token: 'Id', field: 'pid' }, { token: ['Blank', 'Dash'] }, { optional: [{ token: 'Blank' }, { token: 'Word', field: 'level' }] }, { message: true }],
      ['1  ab', '1 ab', '1-ab', '1- ab', '1 - ab'],
    ],
  ];
  it.each(cases)('%s', (_name, layout, lines) => {
    const spec: GrammarSpec = { name: 'care', title: 'care', tokens, layout, samples: [] };
    const slow = createLineParser(spec);
    for (const way of ['regex', 'tokens'] as const) {
      const fast = createFastParse(spec, way);
      expect(fast).not.toBeNull();
      for (const line of lines) expect(plain(fast?.(line) ?? null)).toEqual(slow.parse(line));
    }
  });
});

/**
 * Random grammars, so that every way the layout regex can be written is tried (the built-in grammars need only some:
 * no two-token lookahead, few atomic groups): tokens drawn from a pool of patterns that overlap, nest and backtrack,
 * layouts of token steps and optional groups around one message marker, and lines made from samples of the tokens.
 */
describe('fast path of random grammars', () => {
  const pool: { pattern: string; samples: string[] }[] = [
    { pattern: '\\d+', samples: ['1', '42', '2024'] },
    { pattern: '\\d+(?![\\w:.])', samples: ['7', '123'] },
    { pattern: '(?:0x[0-9a-f]+|\\d+)', samples: ['0x1f', '9'] },
    { pattern: '\\d{2}:\\d{2}', samples: ['12:34'] },
    { pattern: '\\d{4}-\\d{2}(?=[ -]\\d)', samples: ['2024-03'] },
    { pattern: '[ \\t]+', samples: [' ', '\t', '  '] },
    { pattern: ' ', samples: [' '] },
    { pattern: '-', samples: ['-'] },
    { pattern: ':', samples: [':'] },
    { pattern: '[A-Za-z]+', samples: ['ab', 'Name', 'x'] },
    { pattern: '[A-Za-z]\\w*:(?![^ \\t])', samples: ['Name:', 'a1:'] },
    { pattern: '\\[\\w+\\]', samples: ['[x]', '[ab1]'] },
    { pattern: '[^ \\t]+', samples: ['a:b', 'x'] },
    { pattern: 'ab|a', samples: ['a', 'ab'] },
    { pattern: '[a-z]+?(?=[ :])', samples: ['abc'] },
    { pattern: 'x*y', samples: ['y', 'xxy'] },
    { pattern: '[ \\t]*-', samples: ['-', ' -'] },
    { pattern: '\\w+(?:\\.\\w+)*', samples: ['a.b', 'c'] },
    { pattern: '(a)(b)?', samples: ['ab', 'a'] },
    { pattern: 'y?', samples: ['y'] },
  ];
  const fields = ['pid', 'tid', 'time', 'date', 'narrator', 'level', undefined, undefined];

  interface Drawn {
    spec: LayoutGrammarSpec;
    /** For each token name, the samples of its pattern. */
    samples: Map<string, string[]>;
  }
  const grammar: fc.Arbitrary<Drawn> = fc
    .uniqueArray(fc.nat(pool.length - 1), { minLength: 2, maxLength: 6 })
    .chain((picked) => {
      const names = picked.map((_p, i) => `T${i}`);
      const tokenStep = fc.record({
        token: fc.oneof(fc.constantFrom(...names), fc.uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 3 })),
        field: fc.constantFrom(...fields),
        trim: fc.constantFrom(undefined, undefined, ':[]', ' '),
      });
      const step: fc.Arbitrary<LayoutStep> = fc.oneof(
        { weight: 3, arbitrary: tokenStep },
        { weight: 1, arbitrary: fc.array(tokenStep, { minLength: 1, maxLength: 3 }).map((optional) => ({ optional })) },
        {
          weight: 1,
          arbitrary: fc.tuple(tokenStep, fc.array(tokenStep, { maxLength: 2 })).map(([head, rest]) => ({ optional: [head, { optional: rest.length > 0 ? rest : [head] }] })),
        },
      );
      return fc.tuple(fc.array(step, { minLength: 1, maxLength: 5 }), fc.array(step, { maxLength: 2 })).map(([before, after]): Drawn => {
        const clean = (s: LayoutStep): LayoutStep => {
          if ('optional' in s) return { optional: s.optional.map(clean) };
          if ('message' in s) return s;
          return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as LayoutStep;
        };
        const spec: LayoutGrammarSpec = {
          name: 'random',
          title: 'random',
          tokens: picked.map((p, i) => ({ name: names[i] as string, pattern: (pool[p] as { pattern: string }).pattern })),
          layout: [...before, { message: true } as const, ...after].map(clean),
          samples: [],
        };
        return { spec, samples: new Map(picked.map((p, i) => [names[i] as string, (pool[p] as { samples: string[] }).samples])) };
      });
    });

  /**
   * Lines that follow the layout, or nearly: each optional group taken or not, each step at times left out, each token
   * one of its samples, and a message of samples after the marker.
   */
  const linesOf = (drawn: Drawn): fc.Arbitrary<string[]> => {
    const all = [...drawn.samples.values()].flat();
    const line = fc.infiniteStream(fc.nat(99)).map((stream) => {
      const next = (): number => stream.next().value as number;
      const sample = (name: string): string => {
        const samples = drawn.samples.get(name) ?? [];
        return samples[next() % samples.length] ?? '';
      };
      const walk = (steps: readonly LayoutStep[]): string =>
        steps
          .map((s) => {
            if (next() < 10) return '';
            if ('message' in s) return Array.from({ length: next() % 4 }, () => all[next() % all.length]).join('');
            if ('optional' in s) return next() < 50 ? walk(s.optional) : '';
            const names = typeof s.token === 'string' ? [s.token] : s.token;
            return sample(names[next() % names.length] as string);
          })
          .join('');
      return walk(drawn.spec.layout);
    });
    return fc.array(line, { minLength: 20, maxLength: 20 });
  };

  it('agrees with chevrotain both ways', () => {
    let compared = 0;
    let parsed = 0;
    fc.assert(
      fc.property(grammar.chain((drawn) => fc.tuple(fc.constant(drawn), linesOf(drawn))), ([drawn, lines]) => {
        let slow: ReturnType<typeof createLineParser>;
        try {
          slow = createLineParser(drawn.spec);
        } catch {
          return; // chevrotain finds the layout ambiguous: no grammar of this shape loads
        }
        for (const way of ['regex', 'tokens'] as const) {
          const fast = createFastParse(drawn.spec, way);
          if (fast === null) continue;
          for (const line of lines) {
            const expected = slow.parse(line);
            compared++;
            if (expected !== null) parsed++;
            expect(plain(fast(line))).toEqual(expected);
          }
        }
      }),
      { numRuns: 400 },
    );
    // Enough grammars had a fast path, and enough lines parsed, for the agreement to mean something.
    expect(compared).toBeGreaterThan(400 * 10);
    expect(parsed / compared).toBeGreaterThan(0.05);
  });
});
