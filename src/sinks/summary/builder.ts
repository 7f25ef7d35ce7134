/**
 * The mergeable state behind a Summary. The streaming aggregator feeds it one record at a time, updating the rows its
 * tables hold in place; `absorb` folds in a finished Summary (from another worker, say) through the same tables.
 */
import { FirstKeptTable, HeaviestTable, type Held } from './capped-table.js';
import { DELTA_BOUNDS_MS as DELTA_BOUNDS, DeltaCounter, countStep, gapTable } from './gaps.js';
import { KeptNames } from '../../input/detach.js';
import { silentComponents } from './silent.js';
import {
  errorSpec,
  failureSpec,
  narratorSpec,
  processSpec,
  reportSpec,
  statusSpec,
  templateSpec,
  threadSpec,
  ErrorKeys,
} from './tables.js';
import { threadKeyOf, type ThreadKey } from './thread.js';
import { TimelineBins } from './timeline.js';
import { TemplateMemo } from './template.js';
import { DayClock } from '../../records/day-clock.js';
import { dayNear, type DatedTime, type TimeSeed } from './seed.js';
import { earlier, later, millisBetween } from './time.js';
import {
  PERIODIC_MIN_COUNT,
  SUMMARY_SCHEMA_VERSION,
  type ErrorRow,
  type LineCounts,
  type LineRef,
  type NarratorRow,
  type PeriodicRow,
  type ProcessRow,
  type ReportRow,
  type StatusRow,
  type Summary,
  type SummaryInput,
  type SummaryLimits,
  type TemplateRow,
  type ThreadRow,
  type TimePoint,
} from './types.js';

export const DEFAULT_LIMITS: SummaryLimits = {
  maxKeys: 2000,
  maxNarratorsPerRow: 10,
  maxUnparsedSamples: 5,
  maxGaps: 20,
  maxTimelineBins: 120,
};

export class SummaryBuilder {
  /** Ranked by count: they keep their heaviest keys (see capped-table.ts). */
  readonly processes: HeaviestTable<ProcessRow, number, null>;
  readonly reports: HeaviestTable<ReportRow, string | null>;
  readonly statuses: HeaviestTable<StatusRow, string, string | null>;
  readonly failures: HeaviestTable<StatusRow, string, string | null>;
  readonly templates: HeaviestTable<TemplateRow, string | null>;
  readonly errors: HeaviestTable<ErrorRow>;
  /**
   * Who wrote: they keep their first keys. A thread's row holds its latest time (its deltas and gaps step from it), a
   * narrator's row makes it known (not silent); a row evicted and opened again would have lost either.
   */
  readonly threads: FirstKeptTable<ThreadRow, number | null, ThreadKey>;
  readonly narrators: FirstKeptTable<NarratorRow, string, null>;
  /** The one kept copy of each string the tables hold (KeptNames, input/detach.ts): room for two per row of each. */
  readonly names: KeptNames;
  /** The errors table's first key parts, one kept string each (see ErrorKeys). */
  readonly errorKeys: ErrorKeys;
  readonly errorCounts = { selfReported: 0, narrated: 0 };
  readonly traceDeltas: DeltaCounter;
  readonly threadDeltas: DeltaCounter;
  readonly timeline: TimelineBins;
  /** Records without a PID, a thread (neither TID nor name), a narrator. */
  readonly missing = { pid: 0, tid: 0, narrator: 0 };
  readonly lines: Held<LineCounts> = { read: 0, records: 0, continuation: 0, unparsed: 0, header: 0 };
  diegeticRecords = 0;
  private readonly inputs: Held<SummaryInput>[] = [];
  private current: Held<SummaryInput> | undefined;
  private readonly samples: LineRef[] = [];
  private first: TimePoint | null = null;
  private last: TimePoint | null = null;
  private untimed = 0;
  /** Per input, its last record that had a day (see placed): updated in place, record after record. */
  private readonly dated = new Map<string, { day: number; timeMs: number }>();
  /** The last record before this part of the input that had a day (see seed). */
  private datedBefore: DatedTime | null = null;
  /** The latest time of each thread before this part of the input (see seed.ts), for threads it has no row for yet. */
  private readonly threadsBefore = new Map<number | null, Map<ThreadKey, TimePoint | null>>();
  /** Where the times without a date fall, past the midnights passed (records/day-clock.ts): see timePointOf. */
  clock = new DayClock();
  /** Whether this builder started from a seed: its deltas across the seam are counted already. */
  private seeded = false;
  /** Templates of messages seen, as the tables hold them. */
  private readonly templateMemo: TemplateMemo;

  /** `gapMs`: the gap threshold set by the user, or null to derive it from the trace. */
  constructor(
    readonly limits: SummaryLimits,
    readonly gapMs: number | null = null,
  ) {
    const { maxKeys, maxNarratorsPerRow } = limits;
    this.names = new KeptNames(16 * maxKeys);
    const { names } = this;
    this.processes = new HeaviestTable(processSpec, maxKeys);
    this.threads = new FirstKeptTable(threadSpec(maxNarratorsPerRow, names), maxKeys);
    this.narrators = new FirstKeptTable(narratorSpec(names), maxKeys);
    this.reports = new HeaviestTable(reportSpec(names), maxKeys);
    this.statuses = new HeaviestTable(statusSpec(maxNarratorsPerRow, names), maxKeys);
    this.failures = new HeaviestTable(failureSpec(maxNarratorsPerRow, names), maxKeys);
    this.templates = new HeaviestTable(templateSpec(names), maxKeys);
    this.errorKeys = new ErrorKeys(maxKeys);
    this.errors = new HeaviestTable(errorSpec(names, this.errorKeys), maxKeys);
    this.traceDeltas = new DeltaCounter(limits.maxGaps);
    this.threadDeltas = new DeltaCounter(limits.maxGaps);
    this.timeline = new TimelineBins(limits.maxTimelineBins);
    this.templateMemo = new TemplateMemo(names.keep);
  }

  /** The template (template.ts) of `message` from `start` (its body): the kept copy the tables hold. */
  templateOf(message: string, start: number): string {
    return this.templateMemo.of(message, start);
  }

  /** The entry for an input, one per file name (parts of one file read apart share it); a known format sticks. */
  input(file: string, format: string | null = null): Held<SummaryInput> {
    let entry = this.current?.file === file ? this.current : this.inputs.find((i) => i.file === file);
    if (entry === undefined) {
      entry = { file, format, lines: 0 };
      this.inputs.push(entry);
    }
    entry.format ??= format;
    this.current = entry;
    return entry;
  }

  sampleUnparsed(ref: LineRef): void {
    if (this.samples.length < this.limits.maxUnparsedSamples) this.samples.push(ref);
  }

  /**
   * Starts from the latest times of what came before this part of the input (a worker's part of a file): the first
   * records step from them, as they would on one thread. Call before any record.
   */
  seed(times: TimeSeed): void {
    this.seeded = true;
    this.last = times.last;
    this.clock = new DayClock(times.undated?.last ?? null);
    this.datedBefore = times.dated;
    for (const t of times.threads) {
      let byThread = this.threadsBefore.get(t.pid);
      if (byThread === undefined) this.threadsBefore.set(t.pid, (byThread = new Map()));
      byThread.set(t.thread, t.last);
    }
  }

  /** The latest time of a thread before this part (undefined when the thread had no row then). */
  threadTimeBefore(pid: number | null, thread: ThreadKey): TimePoint | null | undefined {
    return this.threadsBefore.get(pid)?.get(thread);
  }

  /** A record's time, or null for a record without one; a step forward from the latest time is a delta. */
  time(point: TimePoint | null): void {
    if (point === null) this.untimed += 1;
    else this.step(this.traceDeltas, this.last, point, null, null);
    this.first = earlier(this.first, point);
    this.last = later(this.last, point);
  }

  /**
   * Where the timeline draws a record of `file` at `point`: a time without a day ("10:00:05" amid "2024-01-01 10:00:00"
   * lines) on the day, of the one before, the same and the one after the input's last record that had a day, that puts
   * it nearest that record (so "00:00:02" after "2024-01-01 23:59:58" is on January 2). Left without (drawn only in a
   * trace with no day) when no record before it in its input had one.
   */
  placed(file: string, point: TimePoint): TimePoint {
    if (point.day !== null) {
      const held = this.dated.get(file);
      if (held === undefined) {
        this.dated.set(file, { day: point.day, timeMs: point.timeMs });
      } else {
        held.day = point.day;
        held.timeMs = point.timeMs;
      }
      return point;
    }
    const near = this.dated.get(file) ?? this.datedBefore;
    if (near === null) return point;
    return { ...point, day: dayNear(near, point.timeMs) };
  }

  /** A record on a thread, at `point`, after its latest time `last`: the step between them is a thread delta. */
  threadStep(pid: number | null, thread: ThreadKey, last: TimePoint | null, point: TimePoint): void {
    this.step(this.threadDeltas, last, point, pid, thread);
  }

  /**
   * Fold in a finished summary, as if its records had been read after ours. `seeded`: it was made from a seed of our
   * latest times (see seed), so its steps across the seam are in it already.
   */
  absorb(summary: Summary, seeded = false): void {
    for (const input of summary.inputs) this.input(input.file, input.format).lines += input.lines;
    for (const key of Object.keys(this.lines) as (keyof LineCounts)[]) this.lines[key] += summary.lines[key];
    for (const ref of summary.unparsedSamples) this.sampleUnparsed(ref);
    // The steps across the seam (unless counted from a seed), then the deltas within the summary.
    if (!seeded) {
      if (summary.time.first !== null) this.step(this.traceDeltas, this.last, summary.time.first, null, null);
      for (const row of summary.threads.rows) {
        const thread = threadKeyOf(row);
        const held = this.threads.get(row.pid, thread);
        if (row.first !== null && held !== undefined) this.threadStep(row.pid, thread, held.last, row.first);
      }
    }
    this.traceDeltas.absorb(summary.gaps.traceDeltas);
    this.threadDeltas.absorb(summary.gaps.threadDeltas);
    this.first = earlier(this.first, summary.time.first);
    this.last = later(this.last, summary.time.last);
    this.untimed += summary.time.untimedRecords;
    this.processes.absorb(summary.processes);
    this.threads.absorb(summary.threads);
    this.narrators.absorb(summary.narrators);
    this.reports.absorb(summary.reports);
    this.statuses.absorb(summary.statuses);
    this.failures.absorb(summary.failures);
    this.templates.absorb(summary.templates);
    this.errors.absorb(summary.errors.table);
    this.errorCounts.selfReported += summary.errors.selfReported;
    this.errorCounts.narrated += summary.errors.narrated;
    this.timeline.absorb(summary.timeline);
    this.missing.pid += summary.processes.missing;
    this.missing.tid += summary.threads.missing;
    this.missing.narrator += summary.narrators.missing;
    this.diegeticRecords += summary.diegetic.records;
  }

  /** A snapshot: plain data that shares nothing mutable with the builder. */
  build(): Summary {
    const { first, last, limits } = this;
    const narrators = this.narrators.result();
    const processes = this.processes.result();
    const reports = this.reports.result();
    const statuses = this.statuses.result();
    const errors = this.errors.result();
    const traceDeltas = this.traceDeltas.result();
    const threadDeltas = this.threadDeltas.result();
    return {
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      limits: { ...limits },
      inputs: this.inputs.map((input) => ({ ...input })),
      lines: { ...this.lines },
      unparsedSamples: [...this.samples],
      time: {
        first,
        last,
        durationMs: first !== null && last !== null ? millisBetween(first, last) : null,
        untimedRecords: this.untimed,
      },
      processes: { ...processes, missing: this.missing.pid },
      threads: { ...this.threads.result(), missing: this.missing.tid },
      narrators: { ...narrators, missing: this.missing.narrator },
      diegetic: {
        records: this.diegeticRecords,
        share: this.lines.records === 0 ? 0 : this.diegeticRecords / this.lines.records,
      },
      reports,
      statuses,
      failures: this.failures.result(),
      silent: silentComponents(narrators.rows, processes.rows, reports.rows, statuses.rows, limits.maxNarratorsPerRow),
      templates: this.templates.result(),
      errors: { ...this.errorCounts, table: errors },
      periodic: errors.rows.flatMap(periodicRow),
      gaps: {
        boundsMs: [...DELTA_BOUNDS],
        traceDeltas,
        threadDeltas,
        trace: gapTable(traceDeltas, this.gapMs, limits.maxGaps),
        threads: gapTable(threadDeltas, this.gapMs, limits.maxGaps),
      },
      timeline: this.timeline.result(),
    };
  }

  private step(counter: DeltaCounter, from: TimePoint | null, to: TimePoint, pid: number | null, thread: ThreadKey | null): void {
    countStep(counter, from, to, pid, thread);
  }
}

/**
 * An error template that repeated often enough to have a period: counted from the records its row saw, between its
 * first and last time (not the overcount a row of a full table inherited, see HeaviestTable).
 */
function periodicRow(row: ErrorRow): PeriodicRow[] {
  const seen = row.count - row.overcount;
  if (seen < PERIODIC_MIN_COUNT || row.first === null || row.last === null) return [];
  return [{ ...row, meanPeriodMs: Math.round(millisBetween(row.first, row.last) / (seen - 1)) }];
}
