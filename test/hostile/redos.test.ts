/**
 * No regular expression diegesis runs on trace text can backtrack catastrophically: every grammar pattern (tokens,
 * header, continuation, split) and every classifier regex (the lexicon file's patterns and the regexes compiled from
 * its word lists) is checked with recheck, a ReDoS checker (automata analysis, fuzzing where that cannot decide), and
 * so is every regex that reads the values of structured lines (time stamps, templates, Go's escapes).
 * User `--match` patterns are a different matter: they run on a linear-time engine (see filter-criteria.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { builtinLexiconPath, loadLexicon } from '../../src/classify/lexicon.js';
import { builtinGrammarFiles } from '../../src/records/grammar-load.js';
import { TEMPLATE_HOLE } from '../../src/records/message-template.js';
import { GO_ESCAPE } from '../../src/records/structured-text.js';
import { EPOCH, STAMP } from '../../src/records/structured-time.js';

interface Checked {
  readonly where: string;
  readonly source: string;
  /** The flags the pattern runs with in diegesis. */
  readonly flags: string;
}

function grammarRegexes(file: string): Checked[] {
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    tokens?: { name: string; pattern: string }[];
    header?: { pattern: string; flags?: string };
    continuation?: string;
    layout?: unknown[];
    keys?: { split?: string }[];
  };
  const name = basename(file);
  // Tokens run sticky at each position of a line (line-parser.ts), the others are tested on a whole line or token.
  const found: Checked[] = (spec.tokens ?? []).map((t) => ({ where: `${name} tokens.${t.name}`, source: t.pattern, flags: 'y' }));
  (spec.keys ?? []).forEach((rule, i) => {
    if (rule.split !== undefined) found.push({ where: `${name} keys.${i}.split`, source: rule.split, flags: '' });
  });
  if (spec.header) found.push({ where: `${name} header`, source: spec.header.pattern, flags: spec.header.flags ?? '' });
  if (spec.continuation !== undefined) found.push({ where: `${name} continuation`, source: spec.continuation, flags: '' });
  const walk = (steps: unknown[], where: string): void => {
    steps.forEach((step, i) => {
      if (typeof step !== 'object' || step === null) return;
      const s = step as { split?: string; optional?: unknown[] };
      if (s.split !== undefined) found.push({ where: `${name} ${where}.${i}.split`, source: s.split, flags: '' });
      if (s.optional !== undefined) walk(s.optional, `${where}.${i}.optional`);
    });
  };
  walk(spec.layout ?? [], 'layout');
  return found;
}

function lexiconRegexes(): Checked[] {
  const raw = JSON.parse(readFileSync(builtinLexiconPath, 'utf8')) as Record<string, unknown>;
  const named = ['componentPatterns', 'dataPatterns'].flatMap((key) =>
    (raw[key] as { name: string; pattern: string }[]).map((p) => ({ where: `lexicon.json ${key}.${p.name}`, source: p.pattern, flags: 'u' })));
  // The regexes the classifier compiles from the word lists (statuses, nouns, verbs...).
  const compiled = Object.entries(loadLexicon()).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp)
    .map(([key, regex]) => ({ where: `compiled lexicon ${key}`, source: regex.source, flags: regex.flags.replace(/[gy]/g, '') }));
  return [...named, ...compiled];
}

/** The regexes structured-line reading runs on values of a line. */
const structuredRegexes = (): Checked[] =>
  Object.entries({ STAMP, EPOCH, TEMPLATE_HOLE, GO_ESCAPE }).map(([name, regex]) => ({ where: `structured ${name}`, source: regex.source, flags: regex.flags.replace(/[gy]/g, '') }));

const ALL: Checked[] = [...builtinGrammarFiles().flatMap(grammarRegexes), ...lexiconRegexes(), ...structuredRegexes()];

/** How long recheck may take on one pattern. */
const CHECK_BUDGET_MS = 120_000;

function describeDiagnostics(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.type} (${d.complexity.summary}), attack ${d.attack.pattern}`;
  if (d.status === 'unknown') return `unknown: ${d.error.kind}`;
  return d.complexity.summary;
}

/**
 * The checker decides by automata where it can, and by fuzzing where the automata grow too big or take too long. The
 * fuzzer has time-based phases: even with a fixed seed its verdict changes with the machine's load, and now and then it
 * calls a linear pattern polynomial (the lexicon's host:port, whose lookbehind `(?<![\w.-])` stops a match from
 * starting inside a name; on a loaded machine also the log4j continuation and the compiled state regexes). So a
 * fuzzer's "vulnerable" is put to V8 itself: its own attack string, pumped to 64 KiB, must run well under a second
 * (linear: a millisecond or so; quadratic: seconds there, hours at the 1 MiB line cap). Verdicts of automata analysis
 * stand as they are.
 */
const V8_BUDGET_MS = 1000;

/** The attack string with its pumps repeated so that it is about `length` characters long. */
function pumped(d: Extract<Diagnostics, { status: 'vulnerable' }>, length: number): string {
  const pumpLength = d.attack.pumps.reduce((sum, p) => sum + p.pump.length, 0);
  const times = Math.ceil(length / Math.max(1, pumpLength));
  return d.attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + d.attack.suffix;
}

describe('every grammar and lexicon regex is free of catastrophic backtracking', () => {
  it('finds the regexes to check', () => {
    expect(ALL.filter((r) => r.where.includes('tokens.')).length).toBeGreaterThan(50);
    expect(ALL.some((r) => r.where.startsWith('compiled lexicon statusRegex'))).toBe(true);
    expect(ALL.filter((r) => r.where.includes('keys.')).length).toBe(2);
  });

  // A fixed seed keeps the fuzzer's verdicts as steady as its time-based phases allow (see V8_BUDGET_MS). The
  // slowest checks take 3 to 6 s on a quiet 2-core machine and three times that on a loaded one, where a 20 s budget
  // ran out now and then ("unknown: timeout"): the budget is a bound against a hang, not a figure to meet.
  it.each(ALL.map((r) => [r.where, r] as const))('%s', async (_where, r) => {
    const diagnostics = await check(r.source, r.flags, { timeout: CHECK_BUDGET_MS, randomSeed: 7 });
    if (diagnostics.status === 'vulnerable' && diagnostics.complexity.isFuzz) {
      const regex = new RegExp(r.source, r.flags);
      const started = process.hrtime.bigint();
      regex.test(pumped(diagnostics, 1 << 16));
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(V8_BUDGET_MS);
      return;
    }
    expect({ pattern: r.source, verdict: describeDiagnostics(diagnostics) })
      .toEqual({ pattern: r.source, verdict: expect.stringMatching(/^(safe|linear|constant)/) });
  }, CHECK_BUDGET_MS + 30_000);
});
