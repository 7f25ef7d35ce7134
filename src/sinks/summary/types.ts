/**
 * The `diegesis summary` aggregate: plain, JSON-serialisable data with a stable schema
 * (documented field by field in docs/summary-schema.md). Renderers read it; nothing here renders.
 *
 * Every table is capped (see `limits.maxKeys`): once a table holds that many distinct keys, records that would
 * open a new key are not kept but counted in the table's `overflow`. A row count is therefore exact only when
 * `overflow` is 0, and a lower bound otherwise.
 */

/** Bump on any incompatible change to the shape below. */
export const SUMMARY_SCHEMA_VERSION = 1;

/** A time as written in the trace, with the numbers used to order it. */
export interface TimePoint {
  /** Date as written (e.g. "2024-03-01"), or null when the trace has none. */
  readonly date: string | null;
  /** Time of day as written (e.g. "06:34:53.598"). */
  readonly time: string;
  /** Days since 1970-01-01 of `date`, or null. */
  readonly day: number | null;
  /** Milliseconds since midnight of `time`. */
  readonly timeMs: number;
}

/** A place in an input. */
export interface LineRef {
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
}

export interface SummaryInput {
  /** Input name as given on the command line, or "-" for stdin. */
  readonly file: string;
  /** Grammar name, or null when unknown (no record was parsed). */
  readonly format: string | null;
  /** Physical lines read from this input. */
  readonly lines: number;
}

/** Physical line counts: read == records + continuation + unparsed + header. */
export interface LineCounts {
  readonly read: number;
  /** First lines of records (one per record). */
  readonly records: number;
  readonly continuation: number;
  /** Lines that neither start nor continue a record, headers excluded. */
  readonly unparsed: number;
  /** Recognised column header lines. */
  readonly header: number;
}

export interface TimeRange {
  /** Earliest record time, or null when no record had a time. */
  readonly first: TimePoint | null;
  /** Latest record time, or null. */
  readonly last: TimePoint | null;
  /** last - first in milliseconds, or null. */
  readonly durationMs: number | null;
  /** Records without a usable time. */
  readonly untimedRecords: number;
}

/** A capped table of rows, sorted as documented for each table. */
export interface Table<Row> {
  readonly rows: readonly Row[];
  /** Records (or reports) that fell on keys not kept because the table was full. */
  readonly overflow: number;
}

/** A table keyed by a record field that may be absent. */
export interface KeyedTable<Row> extends Table<Row> {
  /** Records that had no value for the key (no PID, no TID, no narrator). */
  readonly missing: number;
}

export interface ProcessRow {
  readonly pid: number;
  readonly records: number;
}

export interface ThreadRow {
  /** The owning process, or null when the trace gives a TID without a PID. */
  readonly pid: number | null;
  readonly tid: number;
  readonly records: number;
}

export interface NarratorRow {
  readonly name: string;
  readonly records: number;
  /** How many of those records are diegetic (report on another component). */
  readonly diegetic: number;
}

/** Narrator -> subject: how often a narrator reported on a subject. */
export interface ReportRow {
  /** The reporting component, or null when the record names no narrator. */
  readonly narrator: string | null;
  readonly subject: string;
  readonly count: number;
  /** How many of those reports carried a negative status. */
  readonly negative: number;
}

/** One status word(s) reported about one subject. */
export interface StatusRow {
  readonly subject: string;
  /** The status words as written by the classifier, or null when a report carried none. */
  readonly status: string | null;
  readonly negative: boolean;
  readonly count: number;
  /** Earliest and latest report with a time; null when no report had one. */
  readonly first: TimePoint | null;
  readonly last: TimePoint | null;
  /** Who reported it, sorted by name; at most `limits.maxNarratorsPerStatus` (null: a report without narrator). */
  readonly narrators: readonly (string | null)[];
  /** True when more narrators reported it than `narrators` lists. */
  readonly narratorsTruncated: boolean;
}

export interface SummaryLimits {
  /** Most distinct keys kept per table. */
  readonly maxKeys: number;
  /** Most narrators listed per status row. */
  readonly maxNarratorsPerStatus: number;
  /** Most unparsed line references kept in `unparsedSamples`. */
  readonly maxUnparsedSamples: number;
}

export interface Summary {
  readonly schemaVersion: typeof SUMMARY_SCHEMA_VERSION;
  readonly limits: SummaryLimits;
  /** In the order they were read. */
  readonly inputs: readonly SummaryInput[];
  readonly lines: LineCounts;
  /** The first few unparsed (non-header) lines, in reading order. */
  readonly unparsedSamples: readonly LineRef[];
  readonly time: TimeRange;
  /** Sorted by records desc, then pid. */
  readonly processes: KeyedTable<ProcessRow>;
  /** Sorted by records desc, then pid, then tid. */
  readonly threads: KeyedTable<ThreadRow>;
  /** Sorted by records desc, then name. */
  readonly narrators: KeyedTable<NarratorRow>;
  readonly diegetic: {
    readonly records: number;
    /** diegetic records / records, 0 when there are no records. */
    readonly share: number;
  };
  /** Sorted by count desc, then narrator, then subject. */
  readonly reports: Table<ReportRow>;
  /** Every status reported per subject. Sorted by subject, then count desc, then status. */
  readonly statuses: Table<StatusRow>;
  /**
   * Negative statuses only, in a table of their own so positive ones never crowd them out.
   * Sorted by first time (untimed last), then subject, then status.
   */
  readonly failures: Table<StatusRow>;
}
