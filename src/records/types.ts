/** What the records stage produces: one TraceRecord per logical trace entry, or an UnparsedLine. */

/** One physical input line, exactly as read (minus its terminator, which is kept apart). */
export interface SourceLine {
  /** 1-based line number in its input. */
  readonly number: number;
  /** The decoded text of the line, without the line terminator. */
  readonly text: string;
  /** The terminator that ended the line: "\n", "\r\n", "\r", or "" for a last line without one. */
  readonly eol: string;
}

/** A parsed trace entry: its first line plus any continuation lines (wrapped text, stack traces). */
export interface TraceRecord {
  /** Input name as given on the command line, or "-" for stdin. */
  readonly file: string;
  /** 1-based line number of the record's first line. */
  readonly line: number;
  /** Name of the grammar that parsed it (e.g. "native"). */
  readonly format: string;
  readonly pid: number | null;
  readonly tid: number | null;
  /** Date part as written, when the trace has one (e.g. "2024-03-01"). */
  readonly date: string | null;
  /** Time of day as written (e.g. "06:34:53.598"). */
  readonly time: string | null;
  /** Milliseconds since midnight of `time` (UTC midnight for an epoch time; fraction digits kept to ms), or null. */
  readonly timeMs: number | null;
  /**
   * Days since 1970-01-01 of `date` when known, or of an epoch `time` (a layout with no date whose time is in epoch
   * seconds: the only case with a day and no date); used to order records across midnight; else null.
   */
  readonly day: number | null;
  /**
   * The offset from UTC, in minutes east, of the zone the time was written in ("+02:00" is 120, "Z" 0, "-05:00"
   * -300), or null when the line gives no zone, or one that names no single offset (timestamps.ts zoneOffset). An
   * epoch time, which is UTC, has 0. `date`, `time`, `timeMs` and `day` stay as written: the instant is `day` and
   * `timeMs` less this many minutes. Two records that both have an offset are ordered, and their distance measured,
   * by their instants (two files written in different zones, a file that crosses a change of summer time); any other
   * two by their times as written.
   */
  readonly offsetMin: number | null;
  /** The component that wrote the message, or null when the message names none. */
  readonly narrator: string | null;
  /**
   * The MESSAGE column, narrator prefix included, continuation lines not included; for a structured line (JSON, logfmt),
   * the message key's value, unquoted; in a grammar with a message line (GrammarSpec.messageLine), that line's text
   * after the match, when the record has one.
   */
  readonly message: string;
  /**
   * Offset in the first line where `message` stands as it is, or null when it does not (a quoted value with escapes, a
   * message line's text).
   */
  readonly messageAt: number | null;
  /**
   * In a grammar with a message line (GrammarSpec.messageLine), the index in `lines` of the line that gave `message`
   * (never 0); undefined otherwise.
   */
  readonly messageLine?: number;
  /** Offset in `message` where the text after the narrator prefix begins. */
  readonly bodyStart: number;
  /** Other fields a grammar declares (level, thread, host...), by field name. */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * True for a structured line (JSON, logfmt): `fields` then holds the line's own keys, which may name what the message
   * is about (`"peer-id"`), where a layout's fields are columns of the line's header (the host that wrote it). The
   * parsers set it on every record; a record made by hand may leave it out.
   */
  readonly structured?: boolean;
  /** The physical lines of the record, first line then continuation lines. */
  readonly lines: readonly SourceLine[];
}

/** The `fields` of a record that has none of its own (a grammar that captures no other field). */
export const NO_FIELDS: Readonly<Record<string, string>> = Object.freeze({});

/** A line that neither starts a record nor continues one (or a recognised header line). */
export interface UnparsedLine {
  readonly file: string;
  readonly line: SourceLine;
  /**
   * True when the line is the format's column header (e.g. "PID TID TIME MESSAGE"), or, in a grammar with entry lines
   * (GrammarSpec.entryLine), a stamp line, which heads the entries below it.
   */
  readonly header: boolean;
}

/** The message text after the narrator prefix. */
export function bodyOf(record: TraceRecord): string {
  return record.message.slice(record.bodyStart);
}

/**
 * Which thread wrote a record: its numeric TID (native traces, logcat, Apache, nginx), else the name its grammar captured
 * as `fields.thread` (Java logs name their threads: `[main]`, `[http-nio-8080-exec-1]`), else null. A TID always wins, so
 * a record with both is on the thread its TID says; 143 and a thread named "143" are different threads.
 */
export function threadOf(record: TraceRecord): number | string | null {
  if (record.tid !== null) return record.tid;
  const name = record.fields['thread'];
  return name === undefined || name.length === 0 ? null : name;
}
