/**
 * The mergeable state behind a Summary. The streaming aggregator feeds it one record at a time;
 * `absorb` folds in a finished Summary (from another worker, say) through the same tables.
 */
import { CappedTable } from './capped-table.js';
import { failureSpec, narratorSpec, processSpec, reportSpec, statusSpec, threadSpec } from './tables.js';
import { earlier, later, millisBetween } from './time.js';
import {
  SUMMARY_SCHEMA_VERSION,
  type LineCounts,
  type LineRef,
  type NarratorRow,
  type ProcessRow,
  type ReportRow,
  type StatusRow,
  type Summary,
  type SummaryInput,
  type SummaryLimits,
  type ThreadRow,
  type TimePoint,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const DEFAULT_LIMITS: SummaryLimits = { maxKeys: 2000, maxNarratorsPerStatus: 10, maxUnparsedSamples: 5 };

export class SummaryBuilder {
  readonly processes: CappedTable<ProcessRow>;
  readonly threads: CappedTable<ThreadRow>;
  readonly narrators: CappedTable<NarratorRow>;
  readonly reports: CappedTable<ReportRow>;
  readonly statuses: CappedTable<StatusRow>;
  readonly failures: CappedTable<StatusRow>;
  /** Records without a PID, a TID, a narrator. */
  readonly missing = { pid: 0, tid: 0, narrator: 0 };
  readonly lines: Mutable<LineCounts> = { read: 0, records: 0, continuation: 0, unparsed: 0, header: 0 };
  diegeticRecords = 0;
  private readonly inputs: Mutable<SummaryInput>[] = [];
  private current: Mutable<SummaryInput> | undefined;
  private readonly samples: LineRef[] = [];
  private first: TimePoint | null = null;
  private last: TimePoint | null = null;
  private untimed = 0;

  constructor(readonly limits: SummaryLimits) {
    const { maxKeys, maxNarratorsPerStatus } = limits;
    this.processes = new CappedTable(processSpec, maxKeys);
    this.threads = new CappedTable(threadSpec, maxKeys);
    this.narrators = new CappedTable(narratorSpec, maxKeys);
    this.reports = new CappedTable(reportSpec, maxKeys);
    this.statuses = new CappedTable(statusSpec(maxNarratorsPerStatus), maxKeys);
    this.failures = new CappedTable(failureSpec(maxNarratorsPerStatus), maxKeys);
  }

  /** The entry for an input, one per file name (parts of one file read apart share it); a known format sticks. */
  input(file: string, format: string | null = null): Mutable<SummaryInput> {
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

  /** A record's time, or null for a record without one. */
  time(point: TimePoint | null): void {
    if (point === null) this.untimed += 1;
    this.first = earlier(this.first, point);
    this.last = later(this.last, point);
  }

  /** Fold in a finished summary, as if its records had been read after ours. */
  absorb(summary: Summary): void {
    for (const input of summary.inputs) this.input(input.file, input.format).lines += input.lines;
    for (const key of Object.keys(this.lines) as (keyof LineCounts)[]) this.lines[key] += summary.lines[key];
    for (const ref of summary.unparsedSamples) this.sampleUnparsed(ref);
    this.first = earlier(this.first, summary.time.first);
    this.last = later(this.last, summary.time.last);
    this.untimed += summary.time.untimedRecords;
    this.processes.absorb(summary.processes);
    this.threads.absorb(summary.threads);
    this.narrators.absorb(summary.narrators);
    this.reports.absorb(summary.reports);
    this.statuses.absorb(summary.statuses);
    this.failures.absorb(summary.failures);
    this.missing.pid += summary.processes.missing;
    this.missing.tid += summary.threads.missing;
    this.missing.narrator += summary.narrators.missing;
    this.diegeticRecords += summary.diegetic.records;
  }

  /** A snapshot: plain data that shares nothing mutable with the builder. */
  build(): Summary {
    const { first, last } = this;
    return {
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      limits: { ...this.limits },
      inputs: this.inputs.map((input) => ({ ...input })),
      lines: { ...this.lines },
      unparsedSamples: [...this.samples],
      time: {
        first,
        last,
        durationMs: first !== null && last !== null ? millisBetween(first, last) : null,
        untimedRecords: this.untimed,
      },
      processes: { ...this.processes.result(), missing: this.missing.pid },
      threads: { ...this.threads.result(), missing: this.missing.tid },
      narrators: { ...this.narrators.result(), missing: this.missing.narrator },
      diegetic: {
        records: this.diegeticRecords,
        share: this.lines.records === 0 ? 0 : this.diegeticRecords / this.lines.records,
      },
      reports: this.reports.result(),
      statuses: this.statuses.result(),
      failures: this.failures.result(),
    };
  }
}
