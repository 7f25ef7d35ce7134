/**
 * Where `filter --since/--until` fall in a run, and whether a record's time lies between them.
 *
 * Records are placed in reading order: one with a day at that day and time; one without by a DayClock, past the
 * midnights the run has passed (records/day-clock.ts). A bound with a date stands where it says for records with a
 * day. A bound without one (and any bound, for records without a day, whose date is unknown) is a time of day, placed
 * when the run's first timed record of that kind (with a day, without one) comes:
 * - `--since` on the day that puts it nearest that record (its day, the one before or the one after): on a trace that
 *   starts at 22:00, `--since 23:00` is an hour in and `--since 01:00` is after midnight;
 * - `--until` after `--since`, the first time the clock strikes it at or after `--since`: `--since 23:30 --until
 *   00:30` is the hour around midnight; without `--since`, placed as `--since` is.
 * A record without a time is never between.
 */
import { DayClock, MS_PER_DAY, nearest } from '../records/day-clock.js';
import type { TraceRecord } from '../records/types.js';
import type { Instant } from './filter-criteria.js';

/** The bounds placed on one kind of record, as milliseconds on that kind's scale. */
interface Bounds {
  readonly since: number;
  readonly until: number;
}

export class TimeWindow {
  private readonly clock = new DayClock();
  /** The bounds for records with a day (from 1970) and without (from the run's first day), once placed. */
  private dated: Bounds | null = null;
  private undated: Bounds | null = null;

  constructor(
    private readonly since: Instant | undefined,
    private readonly until: Instant | undefined,
  ) {}

  /** Whether the record's time lies between the bounds; call for every record, in reading order. */
  holds(record: TraceRecord): boolean {
    const { day, timeMs } = record;
    if (timeMs === null) return false;
    let at: number;
    let bounds: Bounds;
    if (day === null) {
      at = this.clock.place(timeMs);
      bounds = this.undated ??= this.boundsFrom(at, false);
    } else {
      at = day * MS_PER_DAY + timeMs;
      bounds = this.dated ??= this.boundsFrom(at, true);
    }
    return at >= bounds.since && at <= bounds.until;
  }

  /** The bounds on the scale of records with a day (`dated`) or without, from the first such record, at `first`. */
  private boundsFrom(first: number, dated: boolean): Bounds {
    const { since, until } = this;
    const placedSince = since === undefined ? null : dated && since.day !== null ? instantMs(since.day, since.timeMs) : nearest(since.timeMs, first);
    let placedUntil = Infinity;
    if (until !== undefined) {
      if (dated && until.day !== null) placedUntil = instantMs(until.day, until.timeMs);
      else if (placedSince !== null) placedUntil = placedSince + modulo(until.timeMs - placedSince, MS_PER_DAY);
      else placedUntil = nearest(until.timeMs, first);
    }
    return { since: placedSince ?? -Infinity, until: placedUntil };
  }
}

const instantMs = (day: number, timeMs: number): number => day * MS_PER_DAY + timeMs;

/** `a` mod `n` in [0, n). */
const modulo = (a: number, n: number): number => ((a % n) + n) % n;
