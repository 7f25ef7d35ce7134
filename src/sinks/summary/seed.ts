/**
 * What a worker's summary must know of the records before its part of a file: the latest time of the trace and of each
 * thread, and where the last time without a date fell. Deltas and gaps are steps from the latest time so far; with it,
 * a worker counts the steps of its part exactly as one thread reading the whole file would, even where the trace goes
 * back in time. A worker's first pass over its part (src/pipeline/worker.ts) notes its part's latest times, placing
 * times without a date from day 0 (records/day-clock.ts); the main thread folds them in file order into the seed of
 * each next part, moving each part's times by the midnights passed before it.
 */
import { DayClock, shiftOnto } from '../../records/day-clock.js';
import type { TraceRecord } from '../../records/types.js';
import { threadOf, type ThreadKey } from './thread.js';
import { later, timePointOf } from './time.js';
import type { TimePoint } from './types.js';

export interface ThreadTime {
  readonly pid: number | null;
  /** Its TID, or its name in a trace that names threads (thread.ts). */
  readonly thread: ThreadKey;
  /** Null while the thread's records had no time. */
  readonly last: TimePoint | null;
}

/** A time of a record that had a day. */
export interface DatedTime {
  readonly day: number;
  readonly timeMs: number;
}

/** The times without a date of a run of records, as a DayClock placed them. */
export interface UndatedTimes {
  /** The first one, as written (where the run's clock started). */
  readonly first: number;
  /** The last one placed. */
  readonly last: number;
}

export interface TimeSeed {
  /** The latest time of the records before, or null. */
  readonly last: TimePoint | null;
  /** The last record before that had a day, in reading order (see SummaryBuilder.placed), or null. */
  readonly dated: DatedTime | null;
  /** The latest time of each thread the summary keeps a row for (the first maxKeys threads), in order of appearance. */
  readonly threads: readonly ThreadTime[];
  /** The records' times without a date, or null when they had none: where the next part's clock starts. */
  readonly undated: UndatedTimes | null;
}

export const NO_TIMES: TimeSeed = { last: null, dated: null, threads: [], undated: null };

/** The latest times of a run of records, noted one record at a time. */
export class TimeNotes {
  private last: TimePoint | null = null;
  private dated: DatedTime | null = null;
  private readonly threads = new Map<number | null, Map<ThreadKey, ThreadTime>>();
  private readonly clock = new DayClock();

  note(record: TraceRecord): void {
    const point = timePointOf(record, this.clock);
    if (point !== null) this.last = later(this.last, point);
    if (point !== null && point.day !== null) this.dated = { day: point.day, timeMs: point.timeMs };
    // A thread counts from its first record, timed or not: the summary keeps rows for the first threads that come.
    // Its TID or its name, as the summary keys it (thread.ts), so that the seed speaks of the summary's rows.
    const thread = threadOf(record);
    if (thread === null) return;
    let byThread = this.threads.get(record.pid);
    if (byThread === undefined) this.threads.set(record.pid, (byThread = new Map()));
    const held = byThread.get(thread);
    if (held === undefined || (point !== null && later(held.last, point) === point)) {
      byThread.set(thread, { pid: record.pid, thread, last: later(held?.last ?? null, point) });
    }
  }

  result(): TimeSeed {
    // The clock starts without a seed: the first time it placed is as written.
    const { firstPlaced: first, lastPlaced: last } = this.clock;
    return {
      last: this.last,
      dated: this.dated,
      threads: [...this.threads.values()].flatMap((byThread) => [...byThread.values()]),
      undated: first === null || last === null ? null : { first, last },
    };
  }
}

/**
 * The seed after `before` and then `part`: latest times, and at most `maxThreads` threads, first come first kept. The
 * part's times without a date, placed from day 0, move by the midnights passed before it.
 */
export function foldTimes(before: TimeSeed, part: TimeSeed, maxThreads: number): TimeSeed {
  const shift = part.undated === null ? 0 : shiftOnto(part.undated.first, before.undated?.last ?? null);
  const threads = new Map(before.threads.map((t) => [threadKey(t), t]));
  for (const t of part.threads) {
    const moved = { ...t, last: shifted(t.last, shift) };
    const held = threads.get(threadKey(t));
    if (held !== undefined) threads.set(threadKey(t), { ...held, last: later(held.last, moved.last) });
    else if (threads.size < maxThreads) threads.set(threadKey(t), moved);
  }
  return {
    last: later(before.last, shifted(part.last, shift)),
    dated: part.dated ?? before.dated,
    threads: [...threads.values()],
    undated: part.undated === null ? before.undated : { first: before.undated?.first ?? part.undated.first, last: part.undated.last + shift },
  };
}

/** A time without a day moved by `shift` ms (whole days); a time with one as it is. */
function shifted(point: TimePoint | null, shift: number): TimePoint | null {
  return point === null || point.day !== null || shift === 0 ? point : { ...point, timeMs: point.timeMs + shift };
}

/** One string per thread, for the fold's map: its kind first, so that TID 143 and a thread named "143" stay apart. */
const threadKey = (t: ThreadTime): string => `${typeof t.thread}/${t.pid ?? ''}/${t.thread}`;
