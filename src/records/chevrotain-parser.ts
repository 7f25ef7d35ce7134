/** The parser of record: a chevrotain lexer and parser built from a grammar (loaded on demand, see line-parser.ts). */
import { EmbeddedActionsParser, Lexer, createToken, type IToken, type TokenType } from 'chevrotain';
import { createJsonPairReader } from './chevrotain-json.js';
import { createLogfmtPairReader } from './chevrotain-logfmt.js';
import { isStructured, type GrammarSpec, type LayoutStep, type StructuredSyntax, type TokenStep } from './grammar-types.js';
import { trimChars, type LineParser, type ParsedLine } from './line-parser.js';
import { structuredLineParser } from './structured-line.js';
import type { PairReader } from './structured-text.js';

/** The parsers of record of structured lines, by syntax. */
const PAIR_READERS: Readonly<Record<StructuredSyntax, () => PairReader>> = { json: createJsonPairReader, logfmt: createLogfmtPairReader };

const tokenAlternative = (where: string, token: string): string => `${where}.token: ${token}`;

/**
 * Builds a chevrotain lexer and parser from a grammar once; both are reused for every line.
 * The grammar's tokens come first in their declared order; two fallbacks close the list so that lexing never fails:
 * `Text` takes a run of non-blank text to the end of the line (the message, in one token) and `Other` any lone char.
 * The layout becomes one parser rule; whatever tokens remain after it are the message.
 * A structured grammar's parser reads its syntax instead (chevrotain-json.ts, chevrotain-logfmt.ts).
 */
export function createChevrotainParser(spec: GrammarSpec): LineParser {
  if (isStructured(spec)) return structuredLineParser(spec, PAIR_READERS[spec.syntax]());
  const Any = createToken({ name: 'Any', pattern: Lexer.NA });
  const declared = new Map<string, TokenType>();
  for (const token of spec.tokens) {
    declared.set(token.name, createToken({ name: token.name, pattern: stickyMatcher(token.pattern), categories: [Any], line_breaks: false }));
  }
  const Text = createToken({ name: 'Text', pattern: /[^\s][^\r\n]*/, categories: [Any], line_breaks: false });
  const Other = createToken({ name: 'Other', pattern: /[\s\S]/, categories: [Any], line_breaks: true });
  const vocabulary = [Any, ...declared.values(), Text, Other];
  const lexer = new Lexer(vocabulary, { positionTracking: 'onlyOffset', skipValidations: true });
  const parser = new LayoutParser(spec.layout, declared, Any, vocabulary);
  const splits = new Map<TokenStep, RegExp>();
  parser.forEachTokenStep((step) => {
    if (step.split !== undefined) splits.set(step, new RegExp(step.split));
  });

  const run = (text: string): Captured | null => {
    const { tokens } = lexer.tokenize(text);
    parser.input = tokens;
    const captured = parser.record();
    return parser.errors.length > 0 || captured === undefined ? null : captured;
  };
  return {
    parse(text: string): ParsedLine | null {
      const captured = run(text);
      return captured === null ? null : toParsedLine(text, captured, splits);
    },
    parseTraced(text: string) {
      const captured = run(text);
      const line = captured === null ? null : toParsedLine(text, captured, splits);
      if (captured === null || line === null) return null;
      return { line, alternatives: captured.captures.flatMap((capture) => parser.alternativesTaken(capture)) };
    },
    alternatives: parser.alternatives,
  };
}

/** Grammar patterns run as sticky regexes in custom matchers, so chevrotain never has to analyse them. */
function stickyMatcher(source: string): { exec: (text: string, offset: number) => RegExpExecArray | null } {
  const regex = new RegExp(source, 'y');
  return {
    exec(text: string, offset: number) {
      regex.lastIndex = offset;
      const match = regex.exec(text);
      return match !== null && match[0].length > 0 ? match : null;
    },
  };
}

interface Capture {
  readonly step: TokenStep;
  readonly token: IToken;
}

interface Captured {
  readonly captures: Capture[];
  /** The first token of the message, or undefined when the message is empty. */
  messageToken: IToken | undefined;
  /** Set when the message starts with a narrator-prefix capture. */
  narratorToken: IToken | undefined;
}

/**
 * Chevrotain identifies each DSL call site by an occurrence index, which must be the same whichever path a parse takes;
 * so every step (and every alternative of a step) gets a fixed index up front.
 */
class LayoutParser extends EmbeddedActionsParser {
  private readonly occurrences = new Map<object, number>();
  /** Each step's place in the layout ("layout.4.optional.1") and the optional groups around it. */
  private readonly places = new Map<LayoutStep, { where: string; enclosing: string[] }>();
  readonly alternatives: string[] = [];
  /** Steps that come after the {"message": true} marker: their tokens belong to the message. */
  private readonly inMessage = new Set<LayoutStep>();
  private readonly restIndex: number;

  constructor(
    private readonly layout: readonly LayoutStep[],
    private readonly tokens: ReadonlyMap<string, TokenType>,
    private readonly any: TokenType,
    vocabulary: TokenType[],
  ) {
    super(vocabulary, { recoveryEnabled: false, maxLookahead: 2 });
    this.restIndex = this.numberSteps(layout, 1, 'layout', []);
    this.performSelfAnalysis();
  }

  /** Gives each step, and each alternative token of a step, its own occurrence index; returns the next free one. */
  private numberSteps(steps: readonly LayoutStep[], next: number, path: string, enclosing: string[], afterMessage = { seen: false }): number {
    steps.forEach((step, i) => {
      const where = `${path}.${i}`;
      this.places.set(step, { where, enclosing });
      this.occurrences.set(step, next++);
      if ('message' in step) afterMessage.seen = true;
      if (afterMessage.seen) this.inMessage.add(step);
      if ('optional' in step) {
        // An optional group's key is also the path of the steps inside it.
        const group = `${where}.optional`;
        this.alternatives.push(group);
        next = this.numberSteps(step.optional, next, group, [...enclosing, group], afterMessage);
      } else if ('token' in step && typeof step.token !== 'string') {
        this.alternatives.push(...step.token.map((name) => tokenAlternative(where, name)));
        next += step.token.length;
      }
    });
    return next;
  }

  forEachTokenStep(visit: (step: TokenStep) => void): void {
    for (const step of this.places.keys()) if ('token' in step) visit(step);
  }

  /** The alternatives a captured token shows were taken: the groups around its step, and which token it was. */
  alternativesTaken({ step, token }: Capture): string[] {
    const place = this.places.get(step) as { where: string; enclosing: string[] };
    return typeof step.token === 'string' ? place.enclosing : [...place.enclosing, tokenAlternative(place.where, token.tokenType.name)];
  }

  public record = this.RULE('record', (): Captured => {
    const result: Captured = { captures: [], messageToken: undefined, narratorToken: undefined };
    this.steps(this.layout, result);
    this.many(this.restIndex, () => {
      const token = this.consume(this.restIndex, this.any);
      this.ACTION(() => {
        result.messageToken ??= token;
      });
    });
    return result;
  });

  private steps(steps: readonly LayoutStep[], result: Captured): void {
    for (const step of steps) {
      if ('message' in step) {
        continue;
      } else if ('optional' in step) {
        this.option(this.indexOf(step), () => this.steps(step.optional, result));
      } else {
        const token = this.tokenStep(step);
        const inMessage = this.inMessage.has(step);
        this.ACTION(() => {
          result.captures.push({ step, token });
          if (inMessage && step.field === 'narrator') result.narratorToken = token;
          if (inMessage) result.messageToken ??= token;
        });
      }
    }
  }

  private tokenStep(step: TokenStep): IToken {
    const names = typeof step.token === 'string' ? [step.token] : step.token;
    const types = names.map((name) => this.tokens.get(name) as TokenType);
    const idx = this.indexOf(step);
    if (types.length === 1) return this.consume(idx, types[0] as TokenType);
    return this.or(
      idx,
      types.map((type, alt) => ({ ALT: () => this.consume(idx + 1 + alt, type) })),
    );
  }

  private indexOf(step: LayoutStep): number {
    return this.occurrences.get(step) as number;
  }
}

/** The fields of a parse; null when a token does not fit its step's `split` pattern. Later captures win. */
function toParsedLine(text: string, captured: Captured, splits: ReadonlyMap<TokenStep, RegExp>): ParsedLine | null {
  const fields: Record<string, string> = {};
  for (const { step, token } of captured.captures) {
    if (step.field !== undefined) fields[step.field] = trimChars(token.image, step.trim);
    const split = splits.get(step);
    if (split === undefined) continue;
    const groups = split.exec(token.image)?.groups;
    if (groups === undefined) return null;
    for (const [name, value] of Object.entries(groups)) if (value !== undefined) fields[name] = value;
  }
  const messageStart = captured.messageToken?.startOffset ?? text.length;
  let bodyStart = messageStart;
  if (captured.narratorToken !== undefined) {
    bodyStart = captured.narratorToken.startOffset + captured.narratorToken.image.length;
    while (bodyStart < text.length && (text[bodyStart] === ' ' || text[bodyStart] === '\t')) bodyStart++;
  }
  return { fields, messageStart, bodyStart };
}

