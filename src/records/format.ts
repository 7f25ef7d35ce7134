import { withFastPath } from './fast-path.js';
import { createLineParser, type LineParser } from './line-parser.js';
import type { GrammarSpec, LoadedGrammar } from './grammar-types.js';

/** A grammar made ready to parse: its parser (the fast path where the grammar has one) and compiled patterns. */
export interface Format {
  readonly name: string;
  readonly spec: GrammarSpec;
  readonly file: string;
  readonly parser: LineParser;
  /** True when parsing takes the chevrotain parser (no fast path): loadParserOfRecord must run first. */
  readonly needsParserOfRecord: boolean;
  readonly header: RegExp | null;
  readonly continuation: RegExp | null;
  /** Whether a line the continuation pattern takes continues a record before it is parsed (GrammarSpec.continuationFirst). */
  readonly continuationFirst: boolean;
  /** The line that gives a record's message (GrammarSpec.messageLine), or null. */
  readonly messageLine: RegExp | null;
  /** What a layout writes after the message (GrammarSpec.trailer), or null. */
  readonly trailer: RegExp | null;
  /** The start of an entry below a stamp line (GrammarSpec.entryLine), sticky (it matches at the line's start), or null. */
  readonly entryLine: RegExp | null;
}

export function compileFormat(grammar: LoadedGrammar): Format {
  const { spec } = grammar;
  const ofRecord = createLineParser(spec);
  const parser = withFastPath(spec, ofRecord);
  return {
    name: spec.name,
    spec,
    file: grammar.file,
    parser,
    needsParserOfRecord: parser === ofRecord,
    header: spec.header ? new RegExp(spec.header.pattern, spec.header.flags ?? '') : null,
    continuation: spec.continuation !== undefined ? new RegExp(spec.continuation) : null,
    continuationFirst: spec.continuationFirst === true,
    messageLine: spec.messageLine !== undefined ? new RegExp(spec.messageLine) : null,
    trailer: spec.trailer !== undefined ? new RegExp(spec.trailer) : null,
    entryLine: spec.entryLine !== undefined ? new RegExp(spec.entryLine, 'y') : null,
  };
}
