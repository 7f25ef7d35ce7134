/** What the chevrotain parsers of structured lines (chevrotain-json.ts, chevrotain-logfmt.ts) share: how a line is read. */
import type { ILexingResult, IToken } from 'chevrotain';
import type { PairReader, RawPair } from './structured-text.js';

/** Where a value stands in the line: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A pair as a parser gives it: its key token and its value's span. */
export interface TokenPair {
  readonly key: IToken;
  readonly value: Span;
}

/** What the reader needs of a lexer and a parser (chevrotain's, built once). */
interface PairParser {
  input: IToken[];
  readonly errors: readonly unknown[];
  line(): TokenPair[];
}

/**
 * Reads a line with a lexer and a parser: null on a lexing or parsing error, or when `refuse` rejects the tokens before
 * they are parsed; else the pairs, as slices of the line.
 */
export function tokenPairReader(lexer: { tokenize(text: string): ILexingResult }, parser: PairParser, refuse?: (tokens: readonly IToken[]) => boolean): PairReader {
  return (text: string): RawPair[] | null => {
    const { tokens, errors } = lexer.tokenize(text);
    if (errors.length > 0 || refuse?.(tokens) === true) return null;
    parser.input = tokens;
    const pairs = parser.line();
    if (parser.errors.length > 0) return null;
    return pairs.map(({ key, value }) => ({ key: key.image, value: text.slice(value.start, value.end), at: value.start }));
  };
}
