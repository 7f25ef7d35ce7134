/**
 * A precompiled fast path for a grammar's first-line parse: the same answers as the chevrotain parser (the parser of
 * record), without building a token vector and a parse tree for every line.
 *
 * It does what the chevrotain lexer and parser do, in the same order, and stops where the layout ends:
 * - the lexer: at each position the first declared token (in declared order) with a non-empty match wins, then
 *   `Text` (a non-blank character and the rest of the line), then `Other` (one character); only as many tokens are
 *   lexed as the layout reads, since the message is the rest of the line whatever its tokens.
 * - the parser: the layout's steps in order; an optional group is taken when the next token (or, when the group can be
 *   confused with the message that may follow it, the next two tokens) starts it, as chevrotain's LL(2) lookahead
 *   decides for these layouts. Layouts whose lookahead is not one of these plain cases get no fast path (null), and
 *   the chevrotain parser reads them.
 * test/records/fast-path.test.ts checks that both give identical ParsedLines for every built-in grammar, on samples,
 * corpus lines and random lines.
 */
import type { GrammarSpec, LayoutStep } from './grammar-types.js';
import { trimChars, type LineParser, type ParsedLine } from './line-parser.js';

type Step = TokenStep | OptionalStep | MessageStep;

interface TokenStep {
  readonly kind: 'token';
  /** Token indices this step accepts. */
  readonly types: readonly number[];
  readonly field: string | undefined;
  readonly trim: string | undefined;
  readonly split: RegExp | undefined;
  /** A narrator capture inside the message: the body starts after it. */
  readonly narrator: boolean;
}

interface OptionalStep {
  readonly kind: 'optional';
  /** Token indices that start the group. */
  readonly first: ReadonlySet<number>;
  /** When set, the second token must also be one of these for the group to be taken (two-token lookahead). */
  readonly second: ReadonlySet<number> | null;
  readonly body: readonly Step[];
}

interface MessageStep {
  readonly kind: 'message';
}

/** What may follow a point of the layout: concrete tokens, and whether the free message text (any token) may. */
interface Follow {
  readonly tokens: ReadonlySet<number>;
  readonly any: boolean;
}

class Unsupported extends Error {}

/** The fast parse function of a grammar, or null when its layout needs chevrotain's full lookahead. */
export function createFastParse(spec: GrammarSpec): ((text: string) => ParsedLine | null) | null {
  try {
    return compile(spec);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The grammar's chevrotain parser with its `parse` served by the fast path when the grammar allows one. */
export function withFastPath(spec: GrammarSpec, parser: LineParser): LineParser {
  const fast = process.env['DIEGESIS_NO_FAST_PATH'] ? null : createFastParse(spec);
  return fast === null ? parser : { parse: fast, parseTraced: (text) => parser.parseTraced(text), alternatives: parser.alternatives };
}

function compile(spec: GrammarSpec): (text: string) => ParsedLine | null {
  const names = spec.tokens.map((t) => t.name);
  const lexer = createLexer(spec.tokens.map((t) => t.pattern));
  const typesOf = (token: string | readonly string[]): number[] => {
    const list = typeof token === 'string' ? [token] : token;
    const types = list.map((name) => names.indexOf(name));
    if (types.some((t) => t < 0) || new Set(types).size !== types.length) throw new Unsupported();
    return types;
  };
  let inMessage = false;
  const build = (steps: readonly LayoutStep[], follow: Follow, top: boolean): Step[] =>
    steps.map((step, i): Step => {
      if ('message' in step) {
        if (!top) throw new Unsupported();
        inMessage = true;
        return { kind: 'message' };
      }
      if ('token' in step) {
        return {
          kind: 'token',
          types: typesOf(step.token),
          field: step.field,
          trim: step.trim,
          split: step.split === undefined ? undefined : new RegExp(step.split),
          narrator: inMessage && step.field === 'narrator',
        };
      }
      const after = followOf(steps.slice(i + 1), follow, typesOf);
      const inside = firstOf(step.optional, typesOf);
      if (inside.nullable || [...inside.tokens].some((t) => after.tokens.has(t))) throw new Unsupported();
      const body = build(step.optional, after, false);
      return { kind: 'optional', first: inside.tokens, second: after.any ? secondOf(step.optional, after, typesOf) : null, body };
    });
  const layout = build(spec.layout, { tokens: new Set(), any: true }, true);
  return createParse(layout, lexer);
}

/**
 * With free message text after a group, chevrotain tells "take the group" from "skip it" by two tokens: the group's
 * first token and what may come second. When the second may be anything, the first token decides alone (null).
 */
function secondOf(body: readonly LayoutStep[], after: Follow, typesOf: (t: string | readonly string[]) => number[]): ReadonlySet<number> | null {
  const [head, ...rest] = body;
  if (head === undefined || !('token' in head)) throw new Unsupported();
  const second = followOf(rest, after, typesOf);
  return second.any ? null : second.tokens;
}

function firstOf(steps: readonly LayoutStep[], typesOf: (t: string | readonly string[]) => number[]): { tokens: Set<number>; nullable: boolean } {
  const tokens = new Set<number>();
  for (const step of steps) {
    if ('message' in step) continue;
    if ('token' in step) {
      for (const t of typesOf(step.token)) tokens.add(t);
      return { tokens, nullable: false };
    }
    for (const t of firstOf(step.optional, typesOf).tokens) tokens.add(t);
  }
  return { tokens, nullable: true };
}

function followOf(rest: readonly LayoutStep[], outer: Follow, typesOf: (t: string | readonly string[]) => number[]): Follow {
  const first = firstOf(rest, typesOf);
  if (!first.nullable) return { tokens: first.tokens, any: false };
  return { tokens: new Set([...first.tokens, ...outer.tokens]), any: outer.any };
}

/** The lexer: next(text, pos) sets `type` (a token index; TEXT or OTHER past the declared ones) and `end`. */
interface Lexer {
  type: number;
  end: number;
  next(text: string, pos: number): void;
}

function createLexer(patterns: readonly string[]): Lexer {
  const singles = patterns.map((p) => new RegExp(p, 'y'));
  const TEXT = patterns.length;
  const textRegex = /[^\s][^\r\n]*/y;
  const lexer: Lexer = {
    type: -1,
    end: 0,
    next(text: string, pos: number): void {
      // test() with lastIndex: no match object per try.
      for (let t = 0; t < TEXT; t++) {
        const regex = singles[t] as RegExp;
        regex.lastIndex = pos;
        if (regex.test(text) && regex.lastIndex > pos) {
          lexer.type = t;
          lexer.end = regex.lastIndex;
          return;
        }
      }
      textRegex.lastIndex = pos;
      if (textRegex.test(text)) {
        lexer.type = TEXT;
        lexer.end = textRegex.lastIndex;
      } else {
        lexer.type = TEXT + 1;
        lexer.end = pos + 1;
      }
    },
  };
  return lexer;
}

function createParse(layout: readonly Step[], lexer: Lexer): (text: string) => ParsedLine | null {
  // Per-line state, reused: the parse is synchronous and never re-entered.
  let text = '';
  let pos = 0;
  let messageStart = -1;
  let narratorEnd = -1;
  const captured: { step: TokenStep; start: number; end: number }[] = [];
  let count = 0;
  // The last token lexed: a group's lookahead and its first step read the same token.
  let lexedAt = -1;
  let lexedType = -1;
  let lexedEnd = 0;

  /** Type of the token at `at`, or -1 at the end of the line; `lexedEnd` is its end. */
  const peek = (at: number): number => {
    if (at >= text.length) return -1;
    if (at !== lexedAt) {
      lexer.next(text, at);
      lexedAt = at;
      lexedType = lexer.type;
      lexedEnd = lexer.end;
    }
    return lexedType;
  };

  const run = (steps: readonly Step[]): boolean => {
    for (const step of steps) {
      if (step.kind === 'message') {
        messageStart = pos;
      } else if (step.kind === 'token') {
        const type = peek(pos);
        if (type < 0 || !step.types.includes(type)) return false;
        const end = lexedEnd;
        if (step.field !== undefined || step.split !== undefined) {
          const slot = captured[count] ?? (captured[count] = { step, start: 0, end: 0 });
          slot.step = step;
          slot.start = pos;
          slot.end = end;
          count++;
        }
        if (step.narrator) narratorEnd = end;
        pos = end;
      } else {
        const type = peek(pos);
        if (type < 0 || !step.first.has(type)) continue;
        if (step.second !== null && !step.second.has(peek(lexedEnd))) continue;
        if (!run(step.body)) return false;
      }
    }
    return true;
  };

  return (line: string): ParsedLine | null => {
    text = line;
    pos = 0;
    messageStart = -1;
    narratorEnd = -1;
    count = 0;
    lexedAt = -1;
    if (!run(layout)) return null;
    const fields: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const { step, start, end } = captured[i] as { step: TokenStep; start: number; end: number };
      const image = line.slice(start, end);
      if (step.field !== undefined) fields[step.field] = trimChars(image, step.trim);
      if (step.split === undefined) continue;
      const groups = step.split.exec(image)?.groups;
      if (groups === undefined) return null;
      for (const [name, value] of Object.entries(groups)) if (value !== undefined) fields[name] = value;
    }
    const start = messageStart < 0 ? pos : messageStart;
    let bodyStart = start;
    if (narratorEnd >= 0) {
      bodyStart = narratorEnd;
      while (bodyStart < line.length && (line[bodyStart] === ' ' || line[bodyStart] === '\t')) bodyStart++;
    }
    return { fields, messageStart: start, bodyStart };
  };
}
