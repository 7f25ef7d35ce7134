/**
 * The parser of record of the logfmt syntax (logfmt-scan.ts says what a logfmt line is): a chevrotain lexer and parser
 * built once, errors as data. It gives the line's pairs, each value as the span it covers in the line.
 */
import { EmbeddedActionsParser, Lexer, createToken, type IToken, type TokenType } from 'chevrotain';
import { tokenPairReader, type Span, type TokenPair } from './chevrotain-pairs.js';
import type { PairReader } from './structured-text.js';

const Blank = createToken({ name: 'Blank', pattern: /[ \t]+/ });
const Quoted = createToken({ name: 'Quoted', pattern: /"(?:[^"\\]|\\[\s\S])*"/ });
const Equals = createToken({ name: 'Equals', pattern: '=' });
const Key = createToken({ name: 'Key', pattern: /[\w.\-/@$]+/ });
/** Any other run of characters a bare value may hold. */
const Other = createToken({ name: 'Other', pattern: /[^ \t="\w.\-/@$]+/ });

const allTokens: TokenType[] = [Blank, Quoted, Equals, Key, Other];

const endOf = (token: IToken): number => token.startOffset + token.image.length;

class LogfmtLineParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  /** Pairs apart by blanks, blanks around them allowed. */
  public line = this.RULE('line', (): TokenPair[] => {
    const pairs: TokenPair[] = [];
    this.OPTION(() => this.CONSUME(Blank));
    pairs.push(this.SUBRULE(this.pair));
    this.MANY(() => {
      this.CONSUME2(Blank);
      pairs.push(this.SUBRULE2(this.pair));
    });
    this.OPTION2(() => this.CONSUME3(Blank));
    return pairs;
  });

  private pair = this.RULE('pair', (): TokenPair => {
    const key = this.CONSUME(Key);
    const equals = this.CONSUME(Equals);
    const value = this.OPTION(() => this.SUBRULE(this.value));
    // An empty value stands right after the "=".
    return this.ACTION(() => ({ key, value: value ?? { start: endOf(equals), end: endOf(equals) } }));
  });

  /** A quoted text, or a bare run of anything but blanks and quotes. */
  private value = this.RULE('value', (): Span =>
    this.OR([
      {
        ALT: () => {
          const quoted = this.CONSUME(Quoted);
          return this.ACTION(() => ({ start: quoted.startOffset, end: endOf(quoted) }));
        },
      },
      {
        ALT: () => {
          const span = { start: -1, end: -1 };
          this.AT_LEAST_ONE(() => {
            const token = this.OR2([{ ALT: () => this.CONSUME2(Key) }, { ALT: () => this.CONSUME2(Equals) }, { ALT: () => this.CONSUME(Other) }]);
            this.ACTION(() => {
              if (span.start < 0) span.start = token.startOffset;
              span.end = endOf(token);
            });
          });
          return span;
        },
      },
    ]),
  );
}

export function createLogfmtPairReader(): PairReader {
  // Its Key and Other tokens are complement sets, which chevrotain's lexer optimizations cannot take.
  return tokenPairReader(new Lexer(allTokens, { positionTracking: 'onlyOffset', skipValidations: true }), new LogfmtLineParser());
}
