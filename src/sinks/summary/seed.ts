/**
 * What a worker's summary must know of the records before its part of a file: the latest time of the trace and of each
 * thread. Deltas and gaps are steps from the latest time so far; with it, a worker counts the steps of its part exactly
 * as one thread reading the whole file would, even where the trace goes back in time. A worker's first pass over its
 * part (src/pipeline/worker.ts) notes its part's latest times; the main thread folds them in file order into the seed
 * of each next part.
 */
import type { TraceRecord } from '../../records/types.js';
import { later, timePointOf } from './time.js';
import type { TimePoint } from './types.js';

export interface ThreadTime {
  readonly pid: number | null;
  readonly tid: number;
  /** Null while the thread's records had no time. */
  readonly last: TimePoint | null;
}

/** A time of a record that had a day. */
export interface DatedTime {
  readonly day: number;
  readonly timeMs: number;
}

export interface TimeSeed {
  /** The latest time of the records before, or null. */
  readonly last: TimePoint | null;
  /** The last record before that had a day, in reading order (see SummaryBuilder.placed), or null. */
  readonly dated: DatedTime | null;
  /** The latest time of each thread the summary keeps a row for (the first maxKeys threads), in order of appearance. */
  readonly threads: readonly ThreadTime[];
}

export const NO_TIMES: TimeSeed = { last: null, dated: null, threads: [] };

/** The latest times of a run of records, noted one record at a time. */
export class TimeNotes {
  private last: TimePoint | null = null;
  private dated: DatedTime | null = null;
  private readonly threads = new Map<number | null, Map<number, ThreadTime>>();

  note(record: TraceRecord): void {
    const point = timePointOf(record);
    if (point !== null) this.last = later(this.last, point);
    if (point !== null && point.day !== null) this.dated = { day: point.day, timeMs: point.timeMs };
    // A thread counts from its first record, timed or not: the summary keeps rows for the first threads that come.
    if (record.tid === null) return;
    let byTid = this.threads.get(record.pid);
    if (byTid === undefined) this.threads.set(record.pid, (byTid = new Map()));
    const held = byTid.get(record.tid);
    if (held === undefined || (point !== null && later(held.last, point) === point)) {
      byTid.set(record.tid, { pid: record.pid, tid: record.tid, last: later(held?.last ?? null, point) });
    }
  }

  result(): TimeSeed {
    return { last: this.last, dated: this.dated, threads: [...this.threads.values()].flatMap((byTid) => [...byTid.values()]) };
  }
}

/** The seed after `before` and then `part`: latest times, and at most `maxThreads` threads, first come first kept. */
export function foldTimes(before: TimeSeed, part: TimeSeed, maxThreads: number): TimeSeed {
  const threads = new Map(before.threads.map((t) => [threadKey(t), t]));
  for (const t of part.threads) {
    const held = threads.get(threadKey(t));
    if (held !== undefined) threads.set(threadKey(t), { ...held, last: later(held.last, t.last) });
    else if (threads.size < maxThreads) threads.set(threadKey(t), t);
  }
  return { last: later(before.last, part.last), dated: part.dated ?? before.dated, threads: [...threads.values()] };
}

const threadKey = (t: ThreadTime): string => `${t.pid ?? ''}/${t.tid}`;
