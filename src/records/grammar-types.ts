/**
 * The shape of a trace-format grammar file in grammars/ (see grammars/grammar.schema.json).
 * A grammar is data: ordered token patterns, a layout that sequences them into fields, and samples that test it.
 */

/** A named token pattern (a JavaScript regular expression source, matched at the current position). */
export interface TokenSpec {
  readonly name: string;
  readonly pattern: string;
}

/** Consume one token (or one of several) and optionally store its text as a field. */
export interface TokenStep {
  readonly token: string | readonly string[];
  /** Field to store the token's text in: pid, tid, date, time, narrator, or any other name (level, thread...). */
  readonly field?: string;
  /** Characters stripped from both ends of the stored text (e.g. "[]:" for "[Name]" or "Name:"). */
  readonly trim?: string;
}

/** A group of steps that may be absent. */
export interface OptionalStep {
  readonly optional: readonly LayoutStep[];
}

/** Marks where the MESSAGE column begins: it runs from the next token to the end of the line. */
export interface MessageStep {
  readonly message: true;
}

export type LayoutStep = TokenStep | OptionalStep | MessageStep;

export interface PatternSpec {
  readonly pattern: string;
  readonly flags?: string;
}

export interface GrammarSample {
  readonly line: string;
  /** Expected fields; a field given as null must be absent. */
  readonly expect: Readonly<Record<string, string | number | null>>;
}

export interface GrammarSpec {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** The format's column-header line, when it has one. */
  readonly header?: PatternSpec;
  readonly tokens: readonly TokenSpec[];
  readonly layout: readonly LayoutStep[];
  /** A line that does not parse continues the previous record when it matches this pattern. */
  readonly continuation?: string;
  readonly samples: readonly GrammarSample[];
}

/** Where a grammar came from, for error messages. */
export interface LoadedGrammar {
  readonly spec: GrammarSpec;
  readonly file: string;
}
