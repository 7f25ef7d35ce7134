/**
 * The catastrophic-backtracking check (src/records/backtracking.ts): every built-in grammar pattern passes it; the
 * classic exponential shapes are refused, at load, with a message that names the place, the pattern, the repetition
 * and what to do; sane patterns pass. On random patterns, whatever recheck (a ReDoS checker; a dev dependency, used
 * here only as an oracle) finds exponential is refused, unless V8 runs recheck's own attack fast.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { checkSync, type Diagnostics } from 'recheck';
import { DataFileError } from '../../src/errors.js';
import { grammarsDir } from '../../src/paths.js';
import { backtrackingProblem, backtrackingRefusal } from '../../src/records/backtracking.js';
import { builtinGrammarFiles, grammarPatterns, loadGrammarFile } from '../../src/records/grammar-load.js';
import type { GrammarSpec } from '../../src/records/grammar-types.js';

const BUILTIN = builtinGrammarFiles().flatMap((file) =>
  grammarPatterns(JSON.parse(readFileSync(file, 'utf8')) as GrammarSpec).map((p) => ({ ...p, label: `${basename(file)} ${p.where}` })),
);

describe('every built-in grammar pattern passes', () => {
  it('finds them all: tokens, headers, continuations, splits', () => {
    expect(BUILTIN.length).toBeGreaterThan(150);
    for (const where of [/^tokens\./, /^header\./, /^continuation$/, /^layout\..*split$/, /^keys\..*split$/]) {
      expect(BUILTIN.some((p) => where.test(p.where))).toBe(true);
    }
  });

  it.each(BUILTIN.map((p) => [p.label, p] as const))('%s', (_label, p) => {
    expect({ pattern: p.source, refusal: backtrackingRefusal(p.source, p.flags) }).toEqual({ pattern: p.source, refusal: null });
  });
});

describe('exponential shapes are refused, naming the smallest refused repetition and a text it matches in two ways', () => {
  it.each<[string, string, string, string]>([
    ['(\\w+\\s?)+$', '', '(\\w+\\s?)+', 'aa'],
    ['^(\\w+\\s?)*$', '', '(\\w+\\s?)*', 'aa'],
    ['(a|a)*b', '', '(a|a)*', 'aa'],
    ['(\\d+)*x', '', '(\\d+)*', '00'],
    ['(a*)*b', '', '(a*)*', 'a'],
    ['^(a+)+$', '', '(a+)+', 'aa'],
    ['(x+x+)+y', '', '(x+x+)+', 'xxx'],
    ['(\\d|\\d\\d)+$', '', '(\\d|\\d\\d)+', '0000'],
    ['(?:[a-z]|\\w)+:', '', '(?:[a-z]|\\w)+', 'aa'],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', '', '(([a-z])+.)+', 'aaa'],
    ['(?:[^,]*,?)*$', '', '(?:[^,]*,?)*', 'a'],
    ['^(?:\\w+\\.?)+@example\\.com$', '', '(?:\\w+\\.?)+', 'aa'],
    ['(.*a)+x', '', '(.*a)+', 'aa'],
    // A count past a few rounds is as good as unbounded (2^100 ways), and so is a count of unbounded rounds (as many
    // rounds, as high a power of the line length).
    ['(a|a){0,100}b', '', '(a|a){0,100}', 'aa'],
    ['^(?:\\w+ ?){2,5}$', '', '(?:\\w+ ?){2,5}', 'aa'],
    ['(.*a){3}x', '', '(.*a){3}', 'aa'],
    ['^(?:\\w+\\s?){3}$', '', '(?:\\w+\\s?){3}', 'aa'],
    // A repetition inside a repetition is named, not the outer one.
    ['^\\[(?:x|(a|a)*)\\]$', '', '(a|a)*', 'aa'],
    // In a lookaround, in a named group, under a flag.
    ['\\d+(?=(a|a)*b)', '', '(a|a)*', 'aa'],
    ['^(?<words>\\w+\\s?)+$', '', '(?<words>\\w+\\s?)+', 'aa'],
    ['^(?:[A-Z]|a)+$', 'i', '(?:[A-Z]|a)+', 'aa'],
    ['^(?:.|\\n)*$', 's', '(?:.|\\n)*', '\n\n'],
  ])('%j (flags "%s")', (source, flags, repetition, text) => {
    expect(backtrackingRefusal(source, flags)).toEqual({ kind: 'ambiguous', repetition, text });
  });

  it('the problem says what is wrong and what to do, in one line', () => {
    expect(backtrackingProblem('(\\w+\\s?)+$', '')).toBe(
      'pattern "(\\\\w+\\\\s?)+$" can backtrack catastrophically: the repetition "(\\\\w+\\\\s?)+" can match "aa" in more than ' +
        'one way, so a line it fails on takes exponential time; make the repetition unambiguous, e.g. "\\\\w+(?:\\\\s\\\\w+)*" ' +
        'rather than "(\\\\w+\\\\s?)+"',
    );
  });

  it('a pattern too large to check is refused as such', () => {
    expect(backtrackingRefusal('(?:(?:(?:a{16}){16}){16}){16}', '')).toEqual({ kind: 'too-large' });
    expect(backtrackingProblem('(?:(?:(?:a{16}){16}){16}){16}', '')).toMatch(/is too large to check for catastrophic backtracking; use smaller counts/);
  });
});

describe('sane patterns pass', () => {
  it.each<[string, string]>([
    ['\\w+(?:\\s\\w+)*', ''],
    ['^(?:[^.]*\\.)*(?<narrator>[^.]+)$', ''],
    ['(?:\\d{1,3}\\.){3}\\d{1,3}', ''],
    ['[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*:', ''],
    ['"(?:[^"\\\\]|\\\\.)*"', ''],
    ['(?:(?!-->).)*-->', ''],
    ['\\w+@\\w+(?:\\.\\w+)+', ''],
    ['(?:[a-z]+ ){3}', ''],
    ['\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?', ''],
    ['(?<level>INFO|WARN|WARNING|ERROR)(?= )', ''],
    ['[éè]+', ''],
    ['\\p{Lu}\\p{Ll}+', 'u'],
    ['^\\s+at ', ''],
    ['^(?:PID|TID)\\s+\\w+$', 'i'],
    // Ambiguous but not exponential: at most 8 ways, or an optional round of nothing (JavaScript fails it).
    ['(a|a){0,3}b', ''],
    ['(a?)*b', ''],
    ['(a|ab)*c', ''],
    // Polynomial shapes are not refused (see the module comment).
    ['\\s*\\S*\\s*$', ''],
    ['^.*foo.*$', ''],
    ['\\w+(?:\\s\\w+){2}', ''],
  ])('%j (flags "%s")', (source, flags) => {
    expect(backtrackingRefusal(source, flags)).toBeNull();
  });
});

describe('a grammar file is checked when it is loaded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diegesis-backtracking-'));
  const native = readFileSync(join(grammarsDir, 'native.json'), 'utf8');
  const jsonLines = readFileSync(join(grammarsDir, 'json-lines.json'), 'utf8');

  /** The grammar as edited, written to a file. */
  const grammarFile = (name: string, base: string, edit: (g: Record<string, any>) => void): string => {
    const grammar = JSON.parse(base) as Record<string, any>;
    edit(grammar);
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(grammar));
    return file;
  };
  const loadError = (file: string, known = false): DataFileError => {
    try {
      loadGrammarFile(file, known);
    } catch (err) {
      if (err instanceof DataFileError) return err;
      throw err;
    }
    throw new Error(`${file} loaded`);
  };

  it.each<[string, string, (g: Record<string, any>) => void, string, RegExp]>([
    ['token', native, (g) => (g.tokens[5].pattern = '(\\w+\\s?)+:'), 'tokens.5.pattern', /^token "PrefixName": pattern "\(\\\\w\+\\\\s\?\)\+:" can backtrack/],
    ['header', native, (g) => (g.header = { pattern: '^(?:pid|PID)+$', flags: 'i' }), 'header.pattern', /^pattern "\^\(\?:pid\|PID\)\+\$" can backtrack/],
    ['continuation', native, (g) => (g.continuation = '^(\\s*\\S)*$'), 'continuation', /the repetition "\(\\\\s\*\\\\S\)\*"/],
    ['layout split', native, (g) => (g.layout[0].split = '^(?<pid>(\\d+)+)$'), 'layout.0.split', /the repetition "\(\\\\d\+\)\+" can match "00"/],
    ['key split', jsonLines, (g) => (g.keys.find((k: { split?: string }) => k.split !== undefined).split = '^(?:(?:\\w+)*\\.)*(?<narrator>[^.]+)$'), 'keys.', /the repetition "\(\?:\\\\w\+\)\*"/],
  ])('a refused %s', (name, base, edit, where, problem) => {
    const error = loadError(grammarFile(name.replace(/ /g, '-'), base, edit));
    expect(error.where.startsWith(where)).toBe(true);
    expect(error.problem).toMatch(problem);
    expect(error.problem).toMatch(/; make the repetition unambiguous, e.g. /);
    expect(error.message).not.toMatch(/\n/);
  });

  it('a file known to pass (a built-in grammar, or a user grammar a worker loads again) is not checked again', () => {
    const file = grammarFile('known', native, (g) => (g.tokens[5].pattern = '(\\w+\\s?)+:'));
    expect(loadError(file).where).toBe('tokens.5.pattern');
    expect(loadGrammarFile(file, true).spec.tokens?.[5]?.pattern).toBe('(\\w+\\s?)+:');
  });
});

/** Random patterns over a few overlapping ASCII classes: sequences, alternations, repetitions greedy and lazy. */
const randomPattern = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom('a', 'b', 'ab', '[ab]', '[a0]', '\\d', '\\w', '\\s', '.', '[^a]', ' '), tie('seq'), tie('alt'), tie('rep')),
  seq: fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((items) => items.join('')),
  alt: fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((branches) => `(?:${branches.join('|')})`),
  rep: fc.tuple(tie('node'), fc.constantFrom('*', '+', '?', '*?', '{0,2}', '{1,3}', '{2,}', '{0,6}', '{3}')).map(([body, q]) => `(?:${body})${q}`),
})).node as fc.Arbitrary<string>;

/** How long V8 takes on recheck's attack string, pumped to about `length` characters. */
function attackMilliseconds(source: string, diagnostics: Extract<Diagnostics, { status: 'vulnerable' }>, length: number): number {
  const text = diagnostics.attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.ceil(length / Math.max(1, p.pump.length)))).join('') + diagnostics.attack.suffix;
  const started = process.hrtime.bigint();
  new RegExp(source).test(text);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('random patterns', () => {
  it('whatever recheck finds exponential is refused, or runs recheck\'s attack fast on V8 (recheck does not know that JavaScript fails an empty round)', () => {
    let exponential = 0;
    fc.assert(
      fc.property(randomPattern, (pattern) => {
        const source = `^${pattern}$`;
        const diagnostics = checkSync(source, '', { timeout: 5000 });
        if (diagnostics.status !== 'vulnerable' || diagnostics.complexity.type !== 'exponential') return true;
        exponential++;
        // 2^40 steps would take hours: a few milliseconds prove the attack is not exponential on V8.
        return backtrackingRefusal(source, '') !== null || attackMilliseconds(source, diagnostics, 40) < 200;
      }),
      { numRuns: 300, seed: 20240607 },
    );
    expect(exponential).toBeGreaterThan(10);
  }, 120_000);

  it('a repetition of two copies of any pattern is refused: each round can take either copy', () => {
    fc.assert(
      fc.property(randomPattern, (pattern) => {
        const refusal = backtrackingRefusal(`(?:${pattern}|${pattern})+$`, '');
        return refusal?.kind === 'ambiguous' && `(?:${pattern}|${pattern})+$`.includes(refusal.repetition);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('a pattern grouped, or made optional, keeps its verdict', () => {
    fc.assert(
      fc.property(randomPattern, (pattern) => {
        const refused = backtrackingRefusal(pattern, '') !== null;
        return backtrackingRefusal(`(?:${pattern})`, '') !== null === refused && backtrackingRefusal(`(?:${pattern})?`, '') !== null === refused;
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('any pattern JavaScript compiles is read (Annex B and u syntax too), and judged in well under a second', () => {
    const pieces = [...'()[]{}|*+?\\^$.-,019ab<>=!:kpucxdwsSbBDW_ é', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<n>', '\\k<n>', '\\p{L}', '\\u{41}', '\\x41', '\\u0041', '{2}', '{1,3}', '\\c', '\\1', '\\0', '\u{1F600}'];
    for (const flags of ['', 'u', 'i', 'su']) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
          const source = parts.join('');
          try {
            new RegExp(source, flags);
          } catch {
            return true;
          }
          const started = Date.now();
          const refusal = backtrackingRefusal(source, flags);
          return refusal?.kind !== 'unreadable' && refusal?.kind !== 'too-large' && Date.now() - started < 1000;
        }),
        { numRuns: 2000, seed: 3 },
      );
    }
  }, 60_000);
});
