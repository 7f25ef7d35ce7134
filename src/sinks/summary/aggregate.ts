/** The summary sink: streams records in, keeps bounded aggregates, hands back a plain Summary. */
import type { Decision } from '../../classify/types.js';
import { bodyOf, type TraceRecord, type UnparsedLine } from '../../records/types.js';
import { DEFAULT_LIMITS, SummaryBuilder } from './builder.js';
import { isErrorRecord } from './errors.js';
import { templateOf } from './template.js';
import { timePointOf } from './time.js';
import type { StatusRow, Summary, SummaryLimits } from './types.js';

export interface SummaryAggregator {
  /** An input starts (format may be null if unknown; the first record's format then fills it in). */
  beginInput(file: string, format: string | null): void;
  /** A parsed record with its classification; record.lines.length - 1 of its lines are continuation lines. */
  record(record: TraceRecord, decision: Decision): void;
  /** A line that is not part of a record; header lines are counted apart from junk. */
  unparsed(line: UnparsedLine): void;
  /** A snapshot of the aggregates so far; the aggregator can keep going afterwards. */
  result(): Summary;
}

export type SummaryOptions = Partial<SummaryLimits> & {
  /** Gaps at least this long are discontinuities; by default the threshold is derived from the trace. */
  readonly gapMs?: number | null;
};

export function createSummaryAggregator(options: SummaryOptions = {}): SummaryAggregator {
  const { gapMs = null, ...given } = options;
  const limits: SummaryLimits = { ...DEFAULT_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`summary limit ${name} must be a whole number >= 0, got ${String(value)}`);
    }
  }
  const builder = new SummaryBuilder(limits, gapMs);
  return {
    beginInput: (file, format) => void builder.input(file, format),
    record: (record, decision) => addRecord(builder, record, decision),
    unparsed: (line) => addUnparsed(builder, line),
    result: () => builder.build(),
  };
}

function addRecord(builder: SummaryBuilder, record: TraceRecord, decision: Decision): void {
  const lineCount = record.lines.length;
  builder.input(record.file, record.format).lines += lineCount;
  builder.lines.read += lineCount;
  builder.lines.records += 1;
  builder.lines.continuation += Math.max(0, lineCount - 1);
  const time = timePointOf(record);
  builder.time(time);

  const { pid, tid, narrator } = record;
  const diegetic = decision.kind === 'diegetic';
  const error = isErrorRecord(record, decision);
  if (time !== null) builder.timeline.add(time, [1, diegetic ? 1 : 0, error ? 1 : 0]);
  if (pid === null) builder.missing.pid += 1;
  else builder.processes.add({ pid, records: 1 });
  if (tid === null) {
    builder.missing.tid += 1;
  } else {
    builder.threadTime(pid, tid, time);
    builder.threads.add({ pid, tid, records: 1, first: time, last: time, narrators: [narrator], narratorsTruncated: false });
  }
  if (diegetic) builder.diegeticRecords += 1;
  if (narrator === null) builder.missing.narrator += 1;
  else builder.narrators.add({ name: narrator, records: 1, diegetic: diegetic ? 1 : 0 });

  const template = { narrator, template: templateOf(bodyOf(record)), count: 1, first: time, last: time, sample: { file: record.file, line: record.line } };
  builder.templates.add(template);
  if (error) {
    const origin = diegetic ? 'narrated' : 'self';
    builder.errorCounts[origin === 'self' ? 'selfReported' : 'narrated'] += 1;
    builder.errors.add({ ...template, origin });
  }

  if (decision.subjects.length === 0) return;
  // A subject named twice in one message is one report.
  for (const subject of new Set(decision.subjects)) {
    builder.reports.add({ narrator, subject, count: 1, negative: decision.negative ? 1 : 0 });
    const status: StatusRow = {
      subject,
      status: decision.status,
      negative: decision.negative,
      count: 1,
      first: time,
      last: time,
      narrators: [narrator],
      narratorsTruncated: false,
    };
    builder.statuses.add(status);
    if (decision.negative) builder.failures.add(status);
  }
}

function addUnparsed(builder: SummaryBuilder, { file, line, header }: UnparsedLine): void {
  builder.input(file).lines += 1;
  builder.lines.read += 1;
  if (header) {
    builder.lines.header += 1;
  } else {
    builder.lines.unparsed += 1;
    builder.sampleUnparsed({ file, line: line.number });
  }
}
