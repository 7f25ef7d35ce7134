/**
 * What the layout regex relies on: regex-source.ts reads token patterns right, and what token-automata.ts proves holds
 * on real texts. Each proof is checked against the JavaScript regex engine on random texts: exclusive tokens never both
 * match at a place, a unique token never matches at two lengths, and what follows a match of a token where an earlier
 * token matches too is one of the followers found.
 */
import fc from 'fast-check';
import { patternFacts } from '../../src/records/regex-source.js';
import { TokenRelations } from '../../src/records/token-automata.js';
import { isStructured } from '../../src/records/grammar-types.js';
import { builtinFormats } from '../../src/records/registry.js';

describe('patternFacts', () => {
  it.each([
    ['\\d+', 0, true],
    ['(\\d)(?:x)(?=(y))', 2, true],
    ['[ \\t]*', 0, false],
    ['a|', 0, false],
    ['(?:a(?=b))?c', 0, true],
    ['$', 0, false],
  ])('%s: %d groups, non-empty %s', (source, groups, nonEmpty) => {
    expect(patternFacts(source)).toMatchObject({ groups, nonEmpty });
  });

  it('knows the characters a match starts with', () => {
    const first = patternFacts('(?:x?[A-C]|\\d)')?.first;
    expect([...'xABC0'].every((c) => first?.has(c.charCodeAt(0)))).toBe(true);
    expect([...'yD -'].some((c) => first?.has(c.charCodeAt(0)))).toBe(false);
  });

  it('tells a greedy run of one class', () => {
    expect(patternFacts('[ \\t]+')?.run?.has(9)).toBe(true);
    expect(patternFacts('[ \\t]+?')?.run).toBeNull();
    expect(patternFacts('[ \\t]+x')?.run).toBeNull();
  });

  it.each(['(a)\\1', '(?<name>a)', 'a{', 'a]', '\\c1', '\\01', '\\p{L}', '(?i:a)', 'a**'])('does not read %s', (source) => {
    expect(patternFacts(source)).toBeNull();
  });
});

/** True when `pattern` matches at the start of `text` with exactly `length` characters (lookarounds see all the text). */
function matchesWith(pattern: string, text: string, length: number): boolean {
  return new RegExp(`^(?:${pattern})(?<=^[\\s\\S]{${length}})`).test(text);
}

const lengths = (pattern: string, text: string): number[] =>
  Array.from({ length: text.length + 1 }, (_, k) => k).filter((k) => k > 0 && matchesWith(pattern, text, k));

describe.each(builtinFormats().flatMap((f) => (isStructured(f.spec) ? [] : [[f.name, f.spec] as const])))('token relations of %s', (_name, spec) => {
  const patterns = spec.tokens.map((t) => t.pattern);
  const facts = patterns.map(patternFacts);
  const relations = new TokenRelations(facts.map((f) => (f as NonNullable<typeof f>).tree));
  // Texts where tokens start: what follows any place of a sample line, with random pieces spliced in.
  const samples = spec.samples.map((s) => s.line);
  const suffix = fc.constantFrom(...samples).chain((line) => fc.nat(line.length).map((i) => line.slice(i)));
  const piece = fc.oneof(suffix, fc.constantFrom(' ', '\t', ':', '-', '/', '.', '|', '[', ']', 'é', '0', '12', 'a', 'Z', '2024-03-01', '03-01', '06:34:53'));
  const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('').slice(0, 80));

  it('reads every built-in pattern', () => {
    expect(facts.every((f) => f !== null && f.nonEmpty)).toBe(true);
  });

  const pairs = patterns.flatMap((_a, a) => patterns.flatMap((_b, b) => (a < b ? [[a, b] as const] : [])));
  it('proves exclusive only tokens that never both match at a place', () => {
    const exclusive = pairs.filter(([a, b]) => relations.exclusive(a, b));
    fc.assert(
      fc.property(text, (s) => {
        for (const [a, b] of exclusive) expect(lengths(patterns[a] as string, s).length === 0 || lengths(patterns[b] as string, s).length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('proves unique only tokens that never match at two lengths', () => {
    const unique = patterns.flatMap((_p, t) => (relations.unique(t) ? [t] : []));
    fc.assert(
      fc.property(text, (s) => {
        for (const t of unique) expect(lengths(patterns[t] as string, s).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('finds after a token every character that can follow it where an earlier token matches too', () => {
    const known = pairs.flatMap(([e, t]) => {
      const followers = relations.exclusive(e, t) ? null : relations.followers(e, t);
      return followers === null ? [] : [{ e, t, followers }];
    });
    fc.assert(
      fc.property(text, (s) => {
        for (const { e, t, followers } of known) {
          if (lengths(patterns[e] as string, s).length === 0) continue;
          for (const k of lengths(patterns[t] as string, s)) {
            const next = s.charCodeAt(k);
            expect(k === s.length ? followers.end : next < 128 ? followers.ascii.has(next) : followers.nonAscii).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
