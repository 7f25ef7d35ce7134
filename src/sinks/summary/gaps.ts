/**
 * Discontinuities: time deltas between consecutive records, in the whole trace and per thread. Deltas are counted in
 * fixed buckets (so the default threshold can come from the trace's own rhythm) and the longest are kept as gaps.
 * Both merge exactly: buckets add, and the longest of a union are the longest of the longest.
 */
import { compareNames, compareNumbers } from './capped-table.js';
import { threadFields, type ThreadKey } from './thread.js';
import { compareTimePoints, millisBetween } from './time.js';
import type { DeltaHistogram, Gap, GapTable, TimePoint } from './types.js';

/** Bucket bounds: 1-2-5 steps from 1 ms to 10^9 ms (11.6 days). */
export const DELTA_BOUNDS_MS: readonly number[] = Array.from({ length: 28 }, (_, i) => [1, 2, 5][i % 3] * 10 ** Math.floor(i / 3));

/**
 * The default threshold: this percentile of the deltas, rounded up to its bucket bound, times the factor. The 95th
 * percentile is the trace's usual longest step: in a regular rhythm (a record every 30 s) the rhythm itself, so that a
 * silence of 5 to 12.5 beats (the bucket's rounding) or more is a gap; in a bursty trace, the pauses between bursts.
 * A higher one (the 99th) is, in a trace of fewer than 100 deltas, the longest delta itself, never a gap then.
 */
export const GAP_PERCENTILE = 0.95;
export const GAP_FACTOR = 5;
/**
 * ...taken among the deltas but this many of the longest: in a short trace, one or two long silences are what the
 * threshold is to find, not part of the rhythm (with 40 deltas or more, the percentile leaves them out anyway).
 */
export const GAP_OUTLIERS = 2;
/** ...and never below this. */
export const GAP_FLOOR_MS = 1000;

/** Longest first, then earliest, then by thread: a total order, so the kept list does not depend on reading order. */
export function compareGaps(a: Gap, b: Gap): number {
  return (
    b.durationMs - a.durationMs ||
    compareTimePoints(a.from, b.from) ||
    compareNumbers(a.pid, b.pid) ||
    compareNumbers(a.tid, b.tid) ||
    compareNames(a.thread, b.thread)
  );
}

function bucketOf(ms: number): number {
  let i = 0;
  while (i < DELTA_BOUNDS_MS.length && ms >= DELTA_BOUNDS_MS[i]) i++;
  return i;
}

/** Where a gap in the whole trace is: on no thread. */
const WHOLE_TRACE = { tid: null, thread: null } as const;

export class DeltaCounter {
  private readonly counts: number[] = new Array<number>(DELTA_BOUNDS_MS.length + 1).fill(0);
  private longest: Gap[] = [];

  constructor(private readonly maxGaps: number) {}

  /**
   * One delta between consecutive records (0 included; negative ones, time going back, are not deltas), on a thread
   * (its TID or its name, thread.ts) or (pid and thread null) in the whole trace. Most deltas are too short to be
   * kept: those build no Gap.
   */
  add(from: TimePoint, to: TimePoint, durationMs: number, pid: number | null, thread: ThreadKey | null): void {
    this.counts[bucketOf(durationMs)] += 1;
    if (durationMs <= 0 || this.maxGaps === 0) return;
    const full = this.longest.length >= this.maxGaps;
    if (full) {
      // A delta that would sort after the last gap kept (compareGaps) is not kept: tell it without building a Gap.
      const last = this.longest[this.longest.length - 1];
      if (durationMs < last.durationMs || (durationMs === last.durationMs && compareTimePoints(from, last.from) > 0)) return;
    }
    const where = thread === null ? WHOLE_TRACE : threadFields(thread);
    this.keep({ pid, tid: where.tid, thread: where.thread, from, to, durationMs });
  }

  absorb(histogram: DeltaHistogram): void {
    histogram.counts.forEach((count, i) => (this.counts[i] += count));
    for (const gap of histogram.longest) this.keep(gap);
  }

  result(): DeltaHistogram {
    return { counts: [...this.counts], longest: [...this.longest] };
  }

  private keep(gap: Gap): void {
    if (gap.durationMs <= 0 || this.maxGaps === 0) return;
    const full = this.longest.length >= this.maxGaps;
    if (full && compareGaps(gap, this.longest[this.longest.length - 1]) >= 0) return;
    if (full) this.longest.pop();
    this.longest.push(gap);
    this.longest.sort(compareGaps);
  }
}

/**
 * The default threshold for a histogram: a high percentile of its deltas (the longest GAP_OUTLIERS left out), times a
 * factor, with a floor. A function of the bucket counts alone, so a histogram merged from workers' gives what one
 * thread's would.
 */
export function derivedThreshold(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return GAP_FLOOR_MS;
  // The rank of the delta taken, 1-based from the shortest; a lone delta is measured against itself (no gap).
  const rank = Math.max(1, Math.min(Math.ceil(total * GAP_PERCENTILE), total - GAP_OUTLIERS));
  let seen = 0;
  let bucket = 0;
  for (; bucket < counts.length; bucket++) {
    seen += counts[bucket];
    if (seen >= rank) break;
  }
  // The last bucket is open; its lower bound is the best we know.
  const upper = DELTA_BOUNDS_MS[Math.min(bucket, DELTA_BOUNDS_MS.length - 1)];
  return Math.max(GAP_FLOOR_MS, upper * GAP_FACTOR);
}

/** The gaps at or above the threshold (the option's when given, else derived). */
export function gapTable(histogram: DeltaHistogram, optionMs: number | null, maxGaps: number): GapTable {
  const thresholdMs = optionMs ?? derivedThreshold(histogram.counts);
  const rows = histogram.longest.filter((gap) => gap.durationMs >= thresholdMs);
  return {
    rows,
    thresholdMs,
    thresholdSource: optionMs === null ? 'derived' : 'option',
    truncated: rows.length > 0 && rows.length >= maxGaps,
  };
}

/**
 * The step from the latest time before to the next, counted in `deltas` (a record's step, SummaryBuilder; the step across
 * a seam, seed.ts); false, and not counted, when it goes back in time. Nothing to count from or to is no step.
 */
export function countStep(deltas: DeltaCounter, from: TimePoint | null, to: TimePoint | null, pid: number | null, thread: ThreadKey | null): boolean {
  if (from === null || to === null) return true;
  const durationMs = millisBetween(from, to);
  if (durationMs < 0) return false;
  deltas.add(from, to, durationMs, pid, thread);
  return true;
}
