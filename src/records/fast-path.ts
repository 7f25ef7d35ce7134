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
 *
 * It does so in one of two ways:
 * - token by token: one sticky regex per declared token, tried in order at each position;
 * - with the layout regex (layout-regex.ts): the whole layout in one exec per line, several times faster. It needs
 *   every token pattern read by regex-source.ts and never matching empty. Its proofs cost a few milliseconds (tens,
 *   before the JIT has warmed up), which only a long input pays back: a format reads its first TIER_UP_LINES lines
 *   token by token (detection, a short input), then compiles its layout regex.
 * test/records/fast-path.test.ts checks that both ways give chevrotain's ParsedLines for every built-in grammar, on
 * samples, corpus lines and random lines.
 *
 * A structured grammar's fast path is a hand scanner of its syntax (json-scan.ts, logfmt-scan.ts), whose pairs are
 * read into fields as the parser of record's are (structured-line.ts); test/records/structured.test.ts checks them.
 */
import { isStructured, type GrammarSpec, type LayoutGrammarSpec, type StructuredSyntax } from './grammar-types.js';
import { readJsonPairs } from './json-scan.js';
import { createRegexParse } from './layout-regex.js';
import { Unsupported, bodyStartOf, compileLayout, copyGroups, type Step, type TokenStep } from './layout-steps.js';
import { trimChars, type LineParser, type ParsedLine } from './line-parser.js';
import { readLogfmtPairs } from './logfmt-scan.js';
import { structuredLineParser } from './structured-line.js';
import type { PairReader } from './structured-text.js';

/** How a fast parse reads a line: with the layout regex, or token by token. */
export type FastWay = 'regex' | 'tokens';

/**
 * The fast parse function of a grammar the given way, or null when its layout needs chevrotain's full lookahead (or,
 * for the layout regex, when its token patterns do not allow one).
 */
export function createFastParse(spec: LayoutGrammarSpec, way: FastWay): ((text: string) => ParsedLine | null) | null {
  try {
    const { layout, patterns } = compileLayout(spec);
    return way === 'tokens' ? createTokenParse(layout, createLexer(patterns)) : createRegexParse(layout, patterns);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** Lines a format parses token by token before it compiles its layout regex: more than format detection reads. */
const TIER_UP_LINES = 256;

/** The hand scanners of structured lines, by syntax. */
const SCANNERS: Readonly<Record<StructuredSyntax, PairReader>> = { json: readJsonPairs, logfmt: readLogfmtPairs };

/** The grammar's chevrotain parser with its `parse` served by the fast path when the grammar allows one. */
export function withFastPath(spec: GrammarSpec, parser: LineParser): LineParser {
  const fast = process.env['DIEGESIS_NO_FAST_PATH'] ? null : fastParseOf(spec);
  if (fast === null) return parser;
  return {
    parse: fast,
    parseTraced: (text) => parser.parseTraced(text),
    get alternatives() {
      return parser.alternatives;
    },
  };
}

/** The fast parse of a grammar: its structured syntax's scanner, or its layout token by token, then by the layout regex. */
function fastParseOf(spec: GrammarSpec): ((text: string) => ParsedLine | null) | null {
  if (isStructured(spec)) return structuredLineParser(spec, SCANNERS[spec.syntax]).parse;
  const tokens = createFastParse(spec, 'tokens');
  if (tokens === null) return null;
  let parse = tokens;
  let lines = 0;
  return (text) => {
    if (++lines === TIER_UP_LINES) parse = createFastParse(spec, 'regex') ?? tokens;
    return parse(text);
  };
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

function createTokenParse(layout: readonly Step[], lexer: Lexer): (text: string) => ParsedLine | null {
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
      copyGroups(fields, groups);
    }
    const start = messageStart < 0 ? pos : messageStart;
    return { fields, messageStart: start, bodyStart: bodyStartOf(line, start, narratorEnd) };
  };
}
