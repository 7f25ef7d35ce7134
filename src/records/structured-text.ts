/**
 * The text of a structured line's keys and values, as both of its parsers (the chevrotain parser of record and the
 * fast scanner) hand them over: raw slices of the line. A quoted one is unquoted here, the same way for both.
 */
import type { StructuredSyntax } from './grammar-types.js';

/** A key and its value as the line writes them (quotes included), and where the value starts in the line. */
export interface RawPair {
  readonly key: string;
  readonly value: string;
  readonly at: number;
}

/** Reads a line into its pairs, in line order, or null when the line is not of the syntax. */
export type PairReader = (text: string) => RawPair[] | null;

/**
 * Go's escapes, as logrus (%q) and go-logfmt write quoted values. `\xHH` stands for a byte that is not UTF-8 text, and
 * is kept as written, as is an escape Go does not write.
 */
export const GO_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))/g;
const GO_SINGLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"' };

function unquoteGo(raw: string): string {
  return raw.slice(1, -1).replace(GO_ESCAPE, (escape, u?: string, U?: string, single?: string) => {
    const hex = u ?? U;
    if (hex !== undefined) {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
    }
    return GO_SINGLE[single as string] ?? escape;
  });
}

/** A JSON string token (checked by the parser) as its text. */
const unquoteJson = (raw: string): string => JSON.parse(raw) as string;

/** The text of a raw key or value: a quoted one unquoted by the syntax's rules, any other as written. */
export function textOf(syntax: StructuredSyntax, raw: string): string {
  if (raw.charCodeAt(0) !== 34) return raw;
  if (raw.indexOf('\\') < 0) return raw.slice(1, -1);
  return syntax === 'json' ? unquoteJson(raw) : unquoteGo(raw);
}

/** Where the text of a raw value starts in the line, when the value starts at `at`: inside its quotes, if any. */
export const textStart = (raw: string, at: number): number => (raw.charCodeAt(0) === 34 ? at + 1 : at);

/** How deep a JSON line may nest its objects and arrays, its own object counting as one: a deeper line does not parse. */
export const MAX_JSON_DEPTH = 64;
