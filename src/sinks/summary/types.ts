/**
 * The `diegesis summary` aggregate: plain, JSON-serialisable data with a stable schema
 * (documented field by field in docs/summary-schema.md). Renderers read it; nothing here renders.
 *
 * Every table is capped (see `limits.maxKeys`, and capped-table.ts). The tables that inventory who wrote (threads,
 * narrators) keep the first keys met: records that would open a new key in a full table are counted in the table's
 * `overflow`, and row counts are exact. The tables ranked by count (processes, reports, statuses, failures,
 * templates, errors) keep the heaviest keys: a new key takes the place of the lightest row and inherits its count,
 * which the row's `overcount` says; its true count is between `count - overcount` and `count`. In both, `overflow`
 * 0 means every key met is listed, with exact counts.
 */

/** Bump on any incompatible change to the shape below. */
export const SUMMARY_SCHEMA_VERSION = 5;

/** A time as written in the trace, with the numbers used to order it. */
export interface TimePoint {
  /** Date as written (e.g. "2024-03-01"), or null when the trace has none. */
  readonly date: string | null;
  /** Time of day as written (e.g. "06:34:53.598"). */
  readonly time: string;
  /** Days since 1970-01-01 of `date` (or of an epoch `time`: see TraceRecord.day), or null. */
  readonly day: number | null;
  /**
   * Milliseconds since midnight of `time` (UTC midnight for an epoch time). A time without a day counts from midnight
   * of the trace's first day, past the midnights the trace passed (86,401,000 is 00:00:01 the next day; see
   * records/day-clock.ts).
   */
  readonly timeMs: number;
  /**
   * The offset from UTC, in minutes east, of the zone the time was written in (TraceRecord.offsetMin), or null. Two
   * points that both have one compare, and are apart, by their instants; any other two as written (time.ts).
   */
  readonly offsetMin: number | null;
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
  /** Recognised column header lines (and the stamp lines of a grammar with entry lines, GrammarSpec.entryLine). */
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
  /**
   * Records (or reports) of keys not listed because the table was full. In a table that keeps its first keys, exactly
   * those; in one that keeps its heaviest, at most those: the sum of the rows' overcounts and of the counts of rows a
   * merge left out. 0: every key met is listed, with its exact count.
   */
  readonly overflow: number;
}

/**
 * A row of a table that keeps its heaviest keys: how much of its count may be records of other keys. The key's true
 * count is between count - overcount and count; 0 means the count is exact. Its other fields (first, last, sample,
 * narrators, negative) are of the count - overcount records counted since the row was opened.
 */
export interface Overcounted {
  readonly overcount: number;
}

/** A table keyed by a record field that may be absent. */
export interface KeyedTable<Row> extends Table<Row> {
  /** Records that had no value for the key (no PID; no thread, neither TID nor name; no narrator). */
  readonly missing: number;
}

export interface ProcessRow extends Overcounted {
  readonly pid: number;
  /** Records written by it, an upper bound when `overcount` > 0. */
  readonly records: number;
}

/**
 * A thread of activity: how much it wrote, over which span, under which narrators. A thread is known by its TID or,
 * in traces that name their threads instead (Java logs: `[main]`, `[http-nio-8080-exec-1]`), by its name; exactly one
 * of `tid` and `thread` is set. `tid` stays a number (or null), so a reader of TIDs never meets a name there.
 */
export interface ThreadRow {
  /** The owning process, or null when the trace gives a thread without a PID. */
  readonly pid: number | null;
  /** The thread id, or null for a thread known by its name. */
  readonly tid: number | null;
  /** The thread's name as the trace writes it, or null for a thread known by its TID. */
  readonly thread: string | null;
  readonly records: number;
  /** Its earliest and latest record with a time; null when none had one. */
  readonly first: TimePoint | null;
  readonly last: TimePoint | null;
  /** Who wrote on it, sorted by name; at most `limits.maxNarratorsPerRow` (null: a record without narrator). */
  readonly narrators: readonly (string | null)[];
  readonly narratorsTruncated: boolean;
}

export interface NarratorRow {
  readonly name: string;
  readonly records: number;
  /** How many of those records are diegetic (report on another component). */
  readonly diegetic: number;
}

/** Narrator -> subject: how often a narrator reported on a subject. */
export interface ReportRow extends Overcounted {
  /** The reporting component, or null when the record names no narrator. */
  readonly narrator: string | null;
  readonly subject: string;
  readonly count: number;
  /** How many of those reports carried a negative status (of the count - overcount counted since the row opened). */
  readonly negative: number;
}

/** One status word(s) reported about one subject. */
export interface StatusRow extends Overcounted {
  readonly subject: string;
  /** The status words as written by the classifier, or null when a report carried none. */
  readonly status: string | null;
  readonly negative: boolean;
  readonly count: number;
  /** Earliest and latest report with a time; null when no report had one. */
  readonly first: TimePoint | null;
  readonly last: TimePoint | null;
  /** Who reported it, sorted by name; at most `limits.maxNarratorsPerRow` (null: a report without narrator). */
  readonly narrators: readonly (string | null)[];
  /** True when more narrators reported it than `narrators` lists. */
  readonly narratorsTruncated: boolean;
}

/** A component others report on that never wrote a message itself: often the culprit. Derived from `reports`. */
export interface SilentRow extends Overcounted {
  /** Its name, as the reports name it most often. */
  readonly subject: string;
  /** Reports about it, and how many of them were negative; `overcount`: the sum of those of its report rows. */
  readonly reports: number;
  readonly negative: number;
  /** Who reported on it, sorted by name; at most `limits.maxNarratorsPerRow`. */
  readonly narrators: readonly (string | null)[];
  readonly narratorsTruncated: boolean;
  /** Earliest and latest report with a time. */
  readonly first: TimePoint | null;
  readonly last: TimePoint | null;
}

/** One message template (numbers, hex, GUIDs, paths, quoted strings masked) of one narrator. */
export interface TemplateRow extends Overcounted {
  readonly narrator: string | null;
  readonly template: string;
  readonly count: number;
  readonly first: TimePoint | null;
  readonly last: TimePoint | null;
  /** The first record of the template read. */
  readonly sample: LineRef;
}

/** Who told of an error: the narrator about itself, or another component about a subject (a diegetic report). */
export type ErrorOrigin = 'self' | 'narrated';

export interface ErrorRow extends TemplateRow {
  readonly origin: ErrorOrigin;
}

/**
 * An error template seen at least `PERIODIC_MIN_COUNT` times between its first and last time (count - overcount of
 * them), with its mean period. Derived from `errors`.
 */
export interface PeriodicRow extends ErrorRow {
  /** (last - first) / (count - overcount - 1). */
  readonly meanPeriodMs: number;
}

/** A stretch of time without a record: in the whole trace, or on one thread. */
export interface Gap {
  /** The thread (its process, and its TID or its name, as in ThreadRow); all three null for a gap in the whole trace. */
  readonly pid: number | null;
  readonly tid: number | null;
  readonly thread: string | null;
  /** The last record before the gap and the first after it. */
  readonly from: TimePoint;
  readonly to: TimePoint;
  readonly durationMs: number;
}

export interface GapTable {
  /** Gaps at least `thresholdMs` long, longest first (then earliest, then pid, tid, thread); at most `limits.maxGaps`. */
  readonly rows: readonly Gap[];
  readonly thresholdMs: number;
  /** How the threshold was set: by `--gap`, or derived from this trace's own time deltas. */
  readonly thresholdSource: 'option' | 'derived';
  /** True when every kept row is above the threshold and the list is full: there may be more such gaps. */
  readonly truncated: boolean;
}

/**
 * Time deltas between consecutive records (whole trace, and per thread) counted in buckets:
 * `counts[i]` counts deltas d with `bounds[i-1] <= d < bounds[i]` (d < bounds[0] for i = 0, d >= the last bound for
 * the last bucket). The derived gap thresholds come from these; they also keep the longest gaps seen.
 */
export interface DeltaHistogram {
  readonly counts: readonly number[];
  /** The longest deltas seen, as gaps, longest first: at most `limits.maxGaps`. */
  readonly longest: readonly Gap[];
}

export interface Gaps {
  /** Bucket bounds in ms of both histograms. */
  readonly boundsMs: readonly number[];
  readonly traceDeltas: DeltaHistogram;
  readonly threadDeltas: DeltaHistogram;
  readonly trace: GapTable;
  readonly threads: GapTable;
}

/**
 * Records over time in `binMs`-wide bins aligned to multiples of `binMs` (in ms since 1970-01-01 when the trace has
 * dates, since midnight otherwise). `binMs` is the smallest power of two that fits the time range into
 * `limits.maxTimelineBins` bins. Records without time are not counted.
 */
export interface Timeline {
  readonly binMs: number;
  /** Start of the first bin, in ms (a multiple of binMs), or null when no record had a time. */
  readonly startMs: number | null;
  /** Whether `startMs` counts from 1970-01-01 (the trace has dates) or from midnight. */
  readonly dated: boolean;
  /**
   * How many records had a zone offset (TraceRecord.offsetMin): they are binned at their instants, in UTC; the others
   * at their times as written.
   */
  readonly zonedRecords: number;
  /**
   * The offset those records share, in minutes east of UTC: a bin's time plus this many minutes is its time as the
   * trace wrote it. Null when no record had an offset, or when they had several (their instants are then UTC's).
   */
  readonly offsetMin: number | null;
  /** Per bin: records, diegetic records, records with a negative status (narrated or self-reported). */
  readonly records: readonly number[];
  readonly diegetic: readonly number[];
  readonly negative: readonly number[];
}

export interface SummaryLimits {
  /** Most distinct keys kept per table. */
  readonly maxKeys: number;
  /** Most narrators listed per status, thread or silent-component row. */
  readonly maxNarratorsPerRow: number;
  /** Most unparsed line references kept in `unparsedSamples`. */
  readonly maxUnparsedSamples: number;
  /** Most gaps kept per list. */
  readonly maxGaps: number;
  /** Most bins in the timeline. */
  readonly maxTimelineBins: number;
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
  /** Threads of activity. Sorted by records desc, then pid, then tid (null first), then thread name. */
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
  /**
   * Silent components: subjects that never wrote a message. Sorted by negative reports desc, then reports desc,
   * then subject. Derived from `reports`, `statuses` and `narrators`, so complete while those did not overflow.
   */
  readonly silent: readonly SilentRow[];
  /** Message templates per narrator. Sorted by count desc, then narrator, then template. */
  readonly templates: Table<TemplateRow>;
  /** Error messages: self-reported and narrated by others, per template. */
  readonly errors: {
    /** Records that reported an error about their own narrator / about another component. */
    readonly selfReported: number;
    readonly narrated: number;
    /** Sorted by count desc, then origin, then narrator, then template. */
    readonly table: Table<ErrorRow>;
  };
  /** Error templates repeating at least PERIODIC_MIN_COUNT times. Sorted by count desc, as `errors`. */
  readonly periodic: readonly PeriodicRow[];
  readonly gaps: Gaps;
  readonly timeline: Timeline;
}

/** An error template is periodic from this many occurrences on (two intervals or more). */
export const PERIODIC_MIN_COUNT = 3;
