/**
 * The summary sink: streams records in, keeps bounded aggregates, hands back a plain Summary. A record on a key a
 * table already holds updates that row in place; only a new key builds a row. With worker threads, each worker
 * aggregates its part of a file and the main thread absorbs the parts' summaries in file order (see recipe.ts): the
 * same summary as one thread's while the tables stay within their caps: each worker starts from the latest times before
 * its part (seed.ts), so deltas and gaps are those of one thread even where the trace goes back in time.
 */
import type { Decision } from '../../classify/types.js';
import type { TraceRecord, UnparsedLine } from '../../records/types.js';
import type { ParallelSink, SinkRecipe, SinkReport } from '../recipe.js';
import { DEFAULT_LIMITS, SummaryBuilder } from './builder.js';
import type { HeaviestTable } from './capped-table.js';
import { isErrorRecord } from './errors.js';
import { addNarrator } from './tables.js';
import { threadFields, threadOf, type ThreadKey } from './thread.js';
import { earlier, later, timePointOf } from './time.js';
import { TimeNotes, type PartTimes, type TimeSeed } from './seed.js';
import type { StatusRow, Summary, SummaryLimits, TimePoint } from './types.js';

export interface SummaryAggregator extends ParallelSink {
  /** An input starts (format may be null if unknown; the first record's format then fills it in). */
  beginInput(file: string, format: string | null): void;
  /** A parsed record with its classification; record.lines.length - 1 of its lines are continuation lines. */
  record(record: TraceRecord, decision: Decision): void;
  /** A line that is not part of a record; header lines are counted apart from junk. */
  unparsed(line: UnparsedLine): void;
  /** How a worker makes the same aggregator, for its part of a file. */
  readonly recipe: SinkRecipe;
  /** Folds in the summary a worker made of the next part of the input (parts come in file order). */
  absorb(report: SinkReport): void;
  /** A snapshot of the aggregates so far; the aggregator can keep going afterwards. */
  result(): Summary;
  /** A worker's part of a file (made from a seed): its latest times and how it starts (seed.ts); else undefined. */
  part(): PartTimes | undefined;
}

export type SummaryOptions = Partial<SummaryLimits> & {
  /** Gaps at least this long are discontinuities; by default the threshold is derived from the trace. */
  readonly gapMs?: number | null;
};

/** `times`: what came before this part of the input, for a worker's part of a file (see seed.ts). */
export function createSummaryAggregator(options: SummaryOptions = {}, times?: TimeSeed): SummaryAggregator {
  const { gapMs = null, ...given } = options;
  const limits: SummaryLimits = { ...DEFAULT_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`summary limit ${name} must be a whole number >= 0, got ${String(value)}`);
    }
  }
  const builder = new SummaryBuilder(limits, gapMs);
  if (times !== undefined) builder.seed(times);
  const notes = times === undefined ? null : new TimeNotes();
  return {
    recipe: { kind: 'summary', options: { ...limits, gapMs } },
    beginInput: (file, format) => void builder.input(file, format),
    record: (record, decision) => addRecord(builder, record, decision, notes),
    unparsed: (line) => addUnparsed(builder, line),
    absorb: (report) => {
      if (report.summary !== undefined) builder.absorb(report.summary, report.seeded === true);
    },
    result: () => builder.build(),
    part: () => notes?.result(),
  };
}

function addRecord(builder: SummaryBuilder, record: TraceRecord, decision: Decision, notes: TimeNotes | null): void {
  const lineCount = record.lines.length;
  builder.input(record.file, record.format).lines += lineCount;
  builder.lines.read += lineCount;
  builder.lines.records += 1;
  builder.lines.continuation += Math.max(0, lineCount - 1);
  const time = timePointOf(record, builder.clock);
  builder.time(time);

  const { pid } = record;
  // The kept copies of the record's names: the strings the tables hold (see KeptNames in input/detach.ts).
  const { keep, keepOrNull } = builder.names;
  const narrator = keepOrNull(record.narrator);
  const diegetic = decision.kind === 'diegetic';
  const error = isErrorRecord(record, decision);
  if (time !== null) builder.timeline.add(builder.placed(record.file, time), diegetic, error);
  if (pid === null) {
    builder.missing.pid += 1;
  } else {
    const row = builder.processes.get(pid, null);
    if (row !== undefined) row.records += 1;
    else builder.processes.open({ pid, records: 1, overcount: 0 });
  }
  // The thread: a TID is a number; a name (a Java log's `[main]`) is looked up by its kept copy, as narrators are.
  const found = threadOf(record);
  const thread = found === null || typeof found === 'number' ? found : keep(found);
  notes?.note(pid, thread, time);
  if (thread === null) builder.missing.tid += 1;
  else addThread(builder, pid, thread, narrator, time);
  if (diegetic) builder.diegeticRecords += 1;
  if (narrator === null) {
    builder.missing.narrator += 1;
  } else {
    const row = builder.narrators.get(narrator, null);
    if (row === undefined) {
      builder.narrators.open({ name: narrator, records: 1, diegetic: diegetic ? 1 : 0 });
    } else {
      row.records += 1;
      if (diegetic) row.diegetic += 1;
    }
  }

  const template = builder.templateOf(record.message, record.bodyStart);
  const row = builder.templates.get(narrator, template);
  if (row !== undefined) widen(row, time);
  else builder.templates.open({ narrator, template, count: 1, overcount: 0, first: time, last: time, sample: { file: record.file, line: record.line } });
  if (error) {
    const origin = diegetic ? 'narrated' : 'self';
    builder.errorCounts[origin === 'self' ? 'selfReported' : 'narrated'] += 1;
    const errorAt = builder.errorKeys.of(origin, narrator);
    const errorRow = builder.errors.get(errorAt, template);
    if (errorRow !== undefined) widen(errorRow, time);
    else builder.errors.open({ narrator, template, count: 1, overcount: 0, first: time, last: time, sample: { file: record.file, line: record.line }, origin });
  }

  const { subjects } = decision;
  const status = subjects.length === 0 ? null : keepOrNull(decision.status);
  for (let i = 0; i < subjects.length; i++) {
    // A subject named twice in one message is one report.
    if (subjects.indexOf(subjects[i]) === i) addReport(builder, narrator, keep(subjects[i]), status, decision.negative, time);
  }
}

/** A record on a thread (its TID or its name, thread.ts): its step from the thread's latest time is a thread delta. */
function addThread(builder: SummaryBuilder, pid: number | null, thread: ThreadKey, narrator: string | null, time: TimePoint | null): void {
  const row = builder.threads.get(pid, thread);
  if (row === undefined) {
    // A thread seen before this part of the input: its first record here steps from its latest time then.
    const before = builder.threadTimeBefore(pid, thread);
    if (before !== undefined && before !== null && time !== null) builder.threadStep(pid, thread, before, time);
    const last = before === undefined ? time : later(before, time);
    const { tid, thread: name } = threadFields(thread);
    builder.threads.open({ pid, tid, thread: name, records: 1, first: time, last, narrators: [narrator], narratorsTruncated: false });
    return;
  }
  if (time !== null) builder.threadStep(pid, thread, row.last, time);
  row.records += 1;
  row.first = earlier(row.first, time);
  row.last = later(row.last, time);
  addNarrator(builder.limits.maxNarratorsPerRow, row, narrator);
}

/** One report on a subject: who reported on it, and its status (among failures too when negative). */
function addReport(
  builder: SummaryBuilder,
  narrator: string | null,
  subject: string,
  status: string | null,
  negative: boolean,
  time: TimePoint | null,
): void {
  const report = builder.reports.get(narrator, subject);
  if (report === undefined) {
    builder.reports.open({ narrator, subject, count: 1, overcount: 0, negative: negative ? 1 : 0 });
  } else {
    report.count += 1;
    if (negative) report.negative += 1;
  }
  countStatus(builder, builder.statuses, subject, status, negative, narrator, time);
  if (negative) countStatus(builder, builder.failures, subject, status, negative, narrator, time);
}

/** A subject's status, in the statuses table or the failures table. */
function countStatus(
  builder: SummaryBuilder,
  table: HeaviestTable<StatusRow, string, string | null>,
  subject: string,
  status: string | null,
  negative: boolean,
  narrator: string | null,
  time: TimePoint | null,
): void {
  const row = table.get(subject, status);
  if (row === undefined) {
    table.open({ subject, status, negative, count: 1, overcount: 0, first: time, last: time, narrators: [narrator], narratorsTruncated: false });
    return;
  }
  row.negative ||= negative;
  widen(row, time);
  addNarrator(builder.limits.maxNarratorsPerRow, row, narrator);
}

/** One more record of a held row: counted, its time range widened. */
function widen(row: { count: number; first: TimePoint | null; last: TimePoint | null }, time: TimePoint | null): void {
  row.count += 1;
  row.first = earlier(row.first, time);
  row.last = later(row.last, time);
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
