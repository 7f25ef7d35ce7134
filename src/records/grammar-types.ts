/**
 * The shape of a trace-format grammar file in grammars/ (see grammars/grammar.schema.json).
 * A grammar is data: ordered token patterns, a layout that sequences them into fields, and samples that test it; or,
 * for structured lines (JSON, logfmt), the syntax and which keys give which field.
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
  /**
   * A regular expression with named groups, matched against the whole token text: each group that takes part in the
   * match becomes a field of its name (`proc[pid]:` -> narrator and pid). A token it does not match fails the line.
   */
  readonly split?: string;
}

/**
 * A group of steps that may be absent. It is taken whenever its first tokens are there: the parser does not look past
 * the group to decide, so a group must start with a token the steps after it cannot start with (a token pattern may
 * use a lookahead to tell them apart, as native-etw's Record does).
 */
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
  /** In a grammar with entry lines (GrammarSpec.entryLine): the stamp line `line` is read below, as an entry. */
  readonly below?: string;
  /** Expected fields; a field given as null must be absent. */
  readonly expect: Readonly<Record<string, string | number | null>>;
}

/**
 * How the `time` field is written: a clock time (H:MM:SS[.,:]f, HH.MM.SS[.f], HHMMSS, optional AM/PM), elapsed seconds,
 * or seconds since 1970-01-01 UTC (epoch: the record's day comes from it when the layout has no date).
 */
export type TimeLayout = 'clock' | 'seconds' | 'epoch';

/** What every grammar declares, whatever its kind. */
interface GrammarBase {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** Detection ties (equal share of lines read) go to the higher specificity; default 0. */
  readonly specificity?: number;
  /**
   * The narrator of a record whose line names none: the one program that writes a log of this kind and names itself in
   * none of its lines (Tor's notices.log, CUPS's error_log).
   */
  readonly narrator?: string;
  /**
   * A grammar for logs no other grammar reads (it reads nearly any line): detection takes it only when no other grammar
   * reads half of the first lines.
   */
  readonly fallback?: boolean;
  /** How to read the `time` field into milliseconds; default "clock". */
  readonly timeLayout?: TimeLayout;
  /** The format's column-header line, when it has one. */
  readonly header?: PatternSpec;
  /** A line that does not parse continues the previous record when it matches this pattern. */
  readonly continuation?: string;
  /**
   * A line the continuation pattern takes continues the previous record even when it would parse: for a grammar that
   * reads nearly any line (a fallback), whose layout cannot tell a continuation line from a record.
   */
  readonly continuationFirst?: boolean;
  /**
   * For entries whose first line says who and when, and a later line what (IBM MQ's 'AMQ9999E: Channel ... ended
   * abnormally.' below its header): the first line joined to a record that this pattern matches gives the record's
   * message, its text after the match, in place of what the first line has; the pattern's named groups are fields.
   */
  readonly messageLine?: string;
  /**
   * For layouts that write something after the message (log4j's '%m (%c:%L)%n', Kafka's): a pattern, anchored at the
   * end with '$', matched against a record's message; its named groups that take part in the match are fields of the
   * record (the narrator among them), and the text it matches is no part of the message. When the first line has none
   * (a message of several lines, the trailer written after its last), the first line joined to the record that is the
   * trailer alone (blanks before it) gives the fields.
   */
  readonly trailer?: string;
  /**
   * For logs that write the time on a line of its own and the entries logged at that time on the lines below it (Oracle
   * Database's alert log): the layout reads the stamp line, which starts no record (it heads the entries below it, and
   * is handed on as a header line); each line below it that this pattern matches at its start, and that does not
   * continue the entry before it (the continuation pattern is tried first), starts a record of its own, with the stamp
   * line's fields and the named groups of this pattern that take part in the match (narrator, pid and tid among them),
   * its message the line's text after the match. A line above the first stamp line is an entry without a time.
   */
  readonly entryLine?: string;
  readonly samples: readonly GrammarSample[];
}

/** A grammar of columns: token patterns and a layout that sequences them into fields. */
export interface LayoutGrammarSpec extends GrammarBase {
  readonly tokens: readonly TokenSpec[];
  readonly layout: readonly LayoutStep[];
  readonly syntax?: undefined;
}

/** The syntaxes of structured lines: one JSON object a line, or logfmt's key=value pairs. */
export type StructuredSyntax = 'json' | 'logfmt';

/**
 * Which keys of a structured line give a field: the first of `keys` (in this order) that the line has. `message` is the
 * record's message, `time` a timestamp (structured-time.ts reads it into date and time), any other field is kept as the
 * value's text (pid, tid and narrator have their place in the record; level, logger... go to its fields).
 */
export interface KeyRule {
  readonly field: string;
  readonly keys: readonly string[];
  /**
   * As a layout step's split: a regex with named groups matched against the value, each group that takes part a field;
   * a value it does not match gives none (the line still parses).
   */
  readonly split?: string;
  /** Keys of a `message` rule whose value is a message template (Serilog's @mt): its {Name} holes take the line's values. */
  readonly templates?: readonly string[];
}

/** A grammar of structured lines: the syntax, and which keys give which field; every other key is a field of its name. */
export interface StructuredGrammarSpec extends GrammarBase {
  readonly syntax: StructuredSyntax;
  readonly keys: readonly KeyRule[];
  readonly tokens?: undefined;
  readonly layout?: undefined;
}

export type GrammarSpec = LayoutGrammarSpec | StructuredGrammarSpec;

export const isStructured = (spec: GrammarSpec): spec is StructuredGrammarSpec => spec.syntax !== undefined;

/** Where a grammar came from, for error messages. */
export interface LoadedGrammar {
  readonly spec: GrammarSpec;
  readonly file: string;
}
