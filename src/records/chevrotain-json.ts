/**
 * The parser of record of the json-lines syntax: a chevrotain lexer and parser for a line holding one JSON object,
 * after chevrotain's own JSON example grammar (tokens as constants in one ordered list, one lexer and one parser built
 * once, errors as data). It gives the top object's pairs, each value as the span it covers in the line.
 */
import { EmbeddedActionsParser, Lexer, createToken, type IToken, type TokenType } from 'chevrotain';
import { tokenPairReader, type Span, type TokenPair } from './chevrotain-pairs.js';
import { MAX_JSON_DEPTH, type PairReader } from './structured-text.js';

const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\n\r]+/, group: Lexer.SKIPPED });
const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/ });
const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/ });
const LCurly = createToken({ name: 'LCurly', pattern: '{' });
const RCurly = createToken({ name: 'RCurly', pattern: '}' });
const LSquare = createToken({ name: 'LSquare', pattern: '[' });
const RSquare = createToken({ name: 'RSquare', pattern: ']' });
const Comma = createToken({ name: 'Comma', pattern: ',' });
const Colon = createToken({ name: 'Colon', pattern: ':' });
const True = createToken({ name: 'True', pattern: 'true' });
const False = createToken({ name: 'False', pattern: 'false' });
const Null = createToken({ name: 'Null', pattern: 'null' });

const allTokens: TokenType[] = [WhiteSpace, StringLiteral, NumberLiteral, LCurly, RCurly, LSquare, RSquare, Comma, Colon, True, False, Null];

const spanOf = (token: IToken): Span => ({ start: token.startOffset, end: token.startOffset + token.image.length });

class JsonLineParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  /** The line: one object; its pairs. */
  public line = this.RULE('line', (): TokenPair[] => this.SUBRULE(this.object).pairs);

  private object = this.RULE('object', (): { span: Span; pairs: TokenPair[] } => {
    const pairs: TokenPair[] = [];
    const open = this.CONSUME(LCurly);
    this.MANY_SEP({ SEP: Comma, DEF: () => pairs.push(this.SUBRULE(this.pair)) });
    const close = this.CONSUME(RCurly);
    return { span: { start: open.startOffset, end: close.startOffset + 1 }, pairs };
  });

  private pair = this.RULE('pair', (): TokenPair => {
    const key = this.CONSUME(StringLiteral);
    this.CONSUME(Colon);
    return { key, value: this.SUBRULE(this.value) };
  });

  private array = this.RULE('array', (): Span => {
    const open = this.CONSUME(LSquare);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.value) });
    const close = this.CONSUME(RSquare);
    return { start: open.startOffset, end: close.startOffset + 1 };
  });

  /** A token's span, computed only when parsing (not while chevrotain records the grammar). */
  private tokenSpan(token: IToken): Span {
    return this.ACTION(() => spanOf(token));
  }

  private value = this.RULE('value', (): Span =>
    this.OR([
      { ALT: () => this.tokenSpan(this.CONSUME(StringLiteral)) },
      { ALT: () => this.tokenSpan(this.CONSUME(NumberLiteral)) },
      { ALT: () => this.SUBRULE(this.object).span },
      { ALT: () => this.SUBRULE(this.array) },
      { ALT: () => this.tokenSpan(this.CONSUME(True)) },
      { ALT: () => this.tokenSpan(this.CONSUME(False)) },
      { ALT: () => this.tokenSpan(this.CONSUME(Null)) },
    ]),
  );
}

/** Whether the tokens nest objects and arrays deeper than MAX_JSON_DEPTH (checked before parsing, which recurses). */
function tooDeep(tokens: readonly IToken[]): boolean {
  let depth = 0;
  for (const { tokenType } of tokens) {
    if (tokenType === LCurly || tokenType === LSquare) {
      if (++depth > MAX_JSON_DEPTH) return true;
    } else if (tokenType === RCurly || tokenType === RSquare) {
      depth--;
    }
  }
  return false;
}

export function createJsonPairReader(): PairReader {
  return tokenPairReader(new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true }), new JsonLineParser(), tooDeep);
}
