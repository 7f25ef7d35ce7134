/**
 * What a worker's summary must know of the records before its part of a file: the latest time of the trace and of each
 * thread, and where days fall (the last time without a date, the last date). Deltas and gaps are steps from the latest
 * time so far; with it, a worker counts the steps of its part exactly as one thread reading the whole file would, even
 * where the trace goes back in time. A worker's summary notes its part's latest times (TimeNotes); the main thread folds
 * them in file order into the seed of each next part.
 *
 * Every part changes the latest times, so a part's seed is known only once every part before it is done. A worker
 * therefore runs its part before (src/pipeline/parallel.ts): from where days fell in an earlier seed (`daysOf`; days
 * change seldom) and without latest times. Once the seed is known, `seededSummary` makes of that summary the one the
 * seed would have made, when the seed changes nothing but the steps across the seam: days fell as guessed, and neither
 * the trace nor its threads go back in time across the seam (the notes tell how the part starts). Otherwise the part
 * is run again, from the seed.
 */
import { shiftOnto } from '../../records/day-clock.js';
import { DeltaCounter, countStep, gapTable } from './gaps.js';
import { threadKeyOf, type ThreadKey } from './thread.js';
import { MS_PER_DAY, later, millisBetween } from './time.js';
import type { Summary, TimePoint } from './types.js';

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
  /** The first one (where the run's clock started). */
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

/** A thread's first time in a run of records, in reading order. */
export interface ThreadStart {
  readonly pid: number | null;
  readonly thread: ThreadKey;
  readonly first: TimePoint;
}

/** How a run of records starts, in reading order. */
export interface PartStart {
  /** The first time, or null. */
  readonly first: TimePoint | null;
  /** The first time of each thread that had one. */
  readonly threads: readonly ThreadStart[];
  /** The earliest and latest of the times without a day read before the first time with one, or null. */
  readonly undatedBeforeDated: { readonly lo: number; readonly hi: number } | null;
}

/** What a worker's summary notes of its part: what the part adds to the seeds after it, and how it starts. */
export interface PartTimes {
  readonly times: TimeSeed;
  readonly start: PartStart;
}

/** What TimeNotes holds of a thread. */
interface ThreadNotes {
  readonly pid: number | null;
  readonly thread: ThreadKey;
  first: TimePoint | null;
  last: TimePoint | null;
}

/**
 * The latest times of a run of records, and how it starts, noted one record at a time as its summary placed them (the
 * times without a date by its clock, from day 0 or from a seed).
 */
export class TimeNotes {
  private first: TimePoint | null = null;
  private last: TimePoint | null = null;
  /** The last time with a day. */
  private dated: TimePoint | null = null;
  private undated: { first: number; last: number } | null = null;
  private undatedBeforeDated: { lo: number; hi: number } | null = null;
  private readonly threads = new Map<number | null, Map<ThreadKey, ThreadNotes>>();

  /**
   * A record's time (null: none) and its thread (null: none), as the summary keys it (its TID or its name, thread.ts),
   * so that the seed speaks of the summary's rows.
   */
  note(pid: number | null, thread: ThreadKey | null, point: TimePoint | null): void {
    if (point !== null) {
      this.first ??= point;
      this.last = later(this.last, point);
      if (point.day !== null) this.dated = point;
      else this.noteUndated(point.timeMs);
    }
    // A thread counts from its first record, timed or not: the summary keeps rows for the first threads that come.
    if (thread === null) return;
    let byThread = this.threads.get(pid);
    if (byThread === undefined) this.threads.set(pid, (byThread = new Map()));
    let held = byThread.get(thread);
    if (held === undefined) byThread.set(thread, (held = { pid, thread, first: null, last: null }));
    if (point === null) return;
    held.first ??= point;
    held.last = later(held.last, point);
  }

  result(): PartTimes {
    const threads = [...this.threads.values()].flatMap((byThread) => [...byThread.values()]);
    const { dated, undated } = this;
    return {
      times: {
        last: this.last,
        dated: dated === null ? null : { day: dated.day as number, timeMs: dated.timeMs },
        threads: threads.map(({ pid, thread, last }) => ({ pid, thread, last })),
        undated: undated === null ? null : { ...undated },
      },
      start: {
        first: this.first,
        threads: threads.flatMap(({ pid, thread, first }) => (first === null ? [] : [{ pid, thread, first }])),
        undatedBeforeDated: this.undatedBeforeDated === null ? null : { ...this.undatedBeforeDated },
      },
    };
  }

  private noteUndated(timeMs: number): void {
    if (this.undated === null) this.undated = { first: timeMs, last: timeMs };
    else this.undated.last = timeMs;
    if (this.dated !== null) return;
    const range = this.undatedBeforeDated;
    if (range === null) this.undatedBeforeDated = { lo: timeMs, hi: timeMs };
    else {
      range.lo = Math.min(range.lo, timeMs);
      range.hi = Math.max(range.hi, timeMs);
    }
  }
}

/**
 * The seed after `before` and then `part`: latest times, and at most `maxThreads` threads, first come first kept. The
 * part's times without a date move by the whole days that put its first one nearest the last one before, as a clock
 * seeded with it places them (records/day-clock.ts): by none, when the part's summary was made from `before`.
 */
export function foldTimes(before: TimeSeed, part: TimeSeed, maxThreads: number): TimeSeed {
  const shift = part.undated === null ? 0 : shiftOnto(part.undated.first, before.undated?.last ?? null);
  const threads = new Map(before.threads.map((t) => [threadKey(t.pid, t.thread), t]));
  for (const t of part.threads) {
    const key = threadKey(t.pid, t.thread);
    const moved = { ...t, last: shifted(t.last, shift) };
    const held = threads.get(key);
    if (held !== undefined) threads.set(key, { ...held, last: later(held.last, moved.last) });
    else if (threads.size < maxThreads) threads.set(key, moved);
  }
  return {
    last: later(before.last, shifted(part.last, shift)),
    dated: part.dated ?? before.dated,
    threads: [...threads.values()],
    undated: part.undated === null ? before.undated : { first: before.undated?.first ?? part.undated.first, last: part.undated.last + shift },
  };
}

/** Where days fall in `seed`, and no latest times: what a part can start from before the seed of its own is known. */
export function daysOf(seed: TimeSeed): TimeSeed {
  return { ...NO_TIMES, dated: seed.dated, undated: seed.undated };
}

/**
 * The summary of a part that a worker would have made from `seed`, given the one it made from `given` (an earlier
 * seed, or where days fell in it: daysOf) and its notes (`part`); null when `seed` would have changed more. From
 * `given` and from `seed` alike, the worker's clock places the part's first time without a date, and so every one
 * after it (day-clock.ts), on the same day when `seed` leaves it where it is; the summary draws the times without a date
 * read before the part's first date on the same days when the last dates before give them the same days. What is left
 * are the latest times. Given some, the summary is the seed's when they are the seed's, for the trace and for each
 * thread of the part (a trace behind its latest time, which no part moves, such as a log written twice over).
 * Given none: from the seed's, the part's first time steps across the seam, and so does each thread's; when neither
 * goes back in time, the states meet there (`later` keeps the newer time), and all that differs is those steps, each
 * thread's latest time when the part gave it none, and the latest time of a part without one. A thread that found no
 * room in the worker's table (`maxKeys`) has no row there: from a seed that knows its time, it would have stepped from
 * that time at each of its records, which the notes do not tell, so such a part runs again.
 */
export function seededSummary(summary: Summary, part: PartTimes, given: TimeSeed, seed: TimeSeed): Summary | null {
  const { times, start } = part;
  if (times.undated !== null && shiftOnto(times.undated.first, seed.undated?.last ?? null) !== 0) return null;
  const early = start.undatedBeforeDated;
  if (early !== null && !sameDays(given.dated, seed.dated, early.lo, early.hi)) return null;
  if (given.last !== null || given.threads.length > 0) return sameLatest(given, seed, times.threads) ? summary : null;
  const { maxGaps } = summary.limits;
  const traceDeltas = new DeltaCounter(maxGaps);
  const threadDeltas = new DeltaCounter(maxGaps);
  if (!countStep(traceDeltas, seed.last, start.first, null, null)) return null;
  const threadsBefore = new Map(seed.threads.map((t) => [threadKey(t.pid, t.thread), t.last]));
  const rows = summary.threads.overflow === 0 ? null : new Set(summary.threads.rows.map((row) => threadKey(row.pid, threadKeyOf(row))));
  for (const t of start.threads) {
    const key = threadKey(t.pid, t.thread);
    const before = threadsBefore.get(key) ?? null;
    if (rows?.has(key) === false && before !== null) return null;
    if (!countStep(threadDeltas, before, t.first, t.pid, t.thread)) return null;
  }
  traceDeltas.absorb(summary.gaps.traceDeltas);
  threadDeltas.absorb(summary.gaps.threadDeltas);
  const { time, gaps } = summary;
  const last = start.first === null ? seed.last : time.last;
  const gapOption = gaps.trace.thresholdSource === 'option' ? gaps.trace.thresholdMs : null;
  return {
    ...summary,
    time: { ...time, last, durationMs: time.first !== null && last !== null ? millisBetween(time.first, last) : null },
    threads: {
      ...summary.threads,
      rows: summary.threads.rows.map((row) =>
        row.last !== null ? row : { ...row, last: threadsBefore.get(threadKey(row.pid, threadKeyOf(row))) ?? null }),
    },
    gaps: {
      ...gaps,
      traceDeltas: traceDeltas.result(),
      threadDeltas: threadDeltas.result(),
      trace: gapTable(traceDeltas.result(), gapOption, maxGaps),
      threads: gapTable(threadDeltas.result(), gapOption, maxGaps),
    },
  };
}

/** The day a time without one is drawn on, near the last record before it that had one (see SummaryBuilder.placed). */
export function dayNear(near: DatedTime, timeMs: number): number {
  return near.day + Math.round((near.timeMs - timeMs) / MS_PER_DAY);
}

/**
 * Whether the times without a day from `lo` to `hi` are drawn on the same days near `a` as near `b`: on one and the
 * same day (near either, dayNear falls as the time grows, so one day at both ends is one day between), or `a` is `b`.
 */
function sameDays(a: DatedTime | null, b: DatedTime | null, lo: number, hi: number): boolean {
  if (a === null || b === null) return a === b;
  if (a.day === b.day && a.timeMs === b.timeMs) return true;
  const day = dayNear(a, lo);
  return dayNear(a, hi) === day && dayNear(b, lo) === day && dayNear(b, hi) === day;
}

/** Whether `a` and `b` hold the same latest time of the trace, and of each of `threads` (none and a null time alike). */
function sameLatest(a: TimeSeed, b: TimeSeed, threads: readonly ThreadTime[]): boolean {
  if (!sameTime(a.last, b.last)) return false;
  const [ofA, ofB] = [a, b].map((seed) => new Map(seed.threads.map((t) => [threadKey(t.pid, t.thread), t.last]))) as [
    Map<string, TimePoint | null>, Map<string, TimePoint | null>,
  ];
  return threads.every((t) => sameTime(ofA.get(threadKey(t.pid, t.thread)) ?? null, ofB.get(threadKey(t.pid, t.thread)) ?? null));
}

/** Whether two times are the same, as written and placed. */
export function sameTime(a: TimePoint | null, b: TimePoint | null): boolean {
  if (a === null || b === null) return a === b;
  return a.date === b.date && a.time === b.time && a.day === b.day && a.timeMs === b.timeMs && a.offsetMin === b.offsetMin;
}


/** A time without a day moved by `shift` ms (whole days); a time with one as it is. */
function shifted(point: TimePoint | null, shift: number): TimePoint | null {
  return point === null || point.day !== null || shift === 0 ? point : { ...point, timeMs: point.timeMs + shift };
}

/** One string per thread, for maps: its kind first, so that TID 143 and a thread named "143" stay apart. */
const threadKey = (pid: number | null, thread: ThreadKey): string => `${typeof thread}/${pid ?? ''}/${thread}`;
