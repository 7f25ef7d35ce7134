import { withFastPath } from './fast-path.js';
import { createLineParser, type LineParser } from './line-parser.js';
import type { GrammarSpec, LoadedGrammar } from './grammar-types.js';

/** A grammar made ready to parse: its chevrotain parser and compiled patterns, built once. */
export interface Format {
  readonly name: string;
  readonly spec: GrammarSpec;
  readonly file: string;
  readonly parser: LineParser;
  readonly header: RegExp | null;
  readonly continuation: RegExp | null;
}

export function compileFormat(grammar: LoadedGrammar): Format {
  const { spec } = grammar;
  return {
    name: spec.name,
    spec,
    file: grammar.file,
    parser: withFastPath(spec, createLineParser(spec)),
    header: spec.header ? new RegExp(spec.header.pattern, spec.header.flags ?? '') : null,
    continuation: spec.continuation !== undefined ? new RegExp(spec.continuation) : null,
  };
}
