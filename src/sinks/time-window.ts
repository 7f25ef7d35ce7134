/**
 * Where `filter --since/--until` fall in a run, and whether a record's time lies between them.
 *
 * Records are placed in reading order: one with a day at that day and time; one without by a DayClock, past the
 * midnights the run has passed (records/day-clock.ts). A bound with a date stands where it says for records with a
 * day; for records whose date has no year written ("Mar  1", whose year is a guess: records/timestamps.ts), its month
 * and day stand in the year (of the first such record's, the one before and the one after) nearest the first such
 * record, so `--since "2024-03-01 06:00"` means March 1 in a syslog file of any year. A bound without a date (and any
 * bound, for records without a day, whose date is unknown) is a time of day, placed when the run's first timed record
 * of that kind (with a day, with a day but no year, without a day) comes:
 * - `--since` on the day that puts it nearest that record (its day, the one before or the one after): on a trace that
 *   starts at 22:00, `--since 23:00` is an hour in and `--since 01:00` is after midnight;
 * - `--until` after `--since`, the first time the clock strikes it at or after `--since`: `--since 23:30 --until
 *   00:30` is the hour around midnight; without `--since`, placed as `--since` is.
 * A record without a time is never between.
 */
import { DayClock, MS_PER_DAY, nearest } from '../records/day-clock.js';
import { isYearless } from '../records/timestamps.js';
import type { TraceRecord } from '../records/types.js';
import type { Instant } from './filter-criteria.js';

/** The bounds placed on one kind of record, as milliseconds on that kind's scale. */
interface Bounds {
  readonly since: number;
  readonly until: number;
}

export class TimeWindow {
  private readonly clock = new DayClock();
  /** The bounds for records with a day, with a day but no year written, and without a day, once placed. */
  private dated: Bounds | null = null;
  private yearless: Bounds | null = null;
  private undated: Bounds | null = null;
  /** The last date seen, and whether it had no year: consecutive records mostly share it. */
  private lastDate: string | null = null;
  private lastYearless = false;

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
      bounds = this.undated ??= this.boundsFrom(at, 'undated');
    } else {
      at = day * MS_PER_DAY + timeMs;
      bounds = this.hasYear(record.date) ? (this.dated ??= this.boundsFrom(at, 'dated')) : (this.yearless ??= this.boundsFrom(at, 'yearless'));
    }
    return at >= bounds.since && at <= bounds.until;
  }

  private hasYear(date: string | null): boolean {
    if (date !== this.lastDate) {
      this.lastDate = date;
      this.lastYearless = date !== null && isYearless(date);
    }
    return !this.lastYearless;
  }

  /** The bounds on the scale of records of a kind, from the first such record, at `first` (see the module comment). */
  private boundsFrom(first: number, kind: 'dated' | 'yearless' | 'undated'): Bounds {
    const place = (bound: Instant): number => {
      if (bound.day === null || kind === 'undated') return nearest(bound.timeMs, first);
      const at = instantMs(bound.day, bound.timeMs);
      return kind === 'dated' ? at : inYearNearest(at, first);
    };
    const { since, until } = this;
    const placedSince = since === undefined ? null : place(since);
    let placedUntil = Infinity;
    if (until !== undefined) {
      if (until.day !== null && kind !== 'undated') placedUntil = place(until);
      else if (placedSince !== null) placedUntil = placedSince + modulo(until.timeMs - placedSince, MS_PER_DAY);
      else placedUntil = place(until);
    }
    return { since: placedSince ?? -Infinity, until: placedUntil };
  }
}

const instantMs = (day: number, timeMs: number): number => day * MS_PER_DAY + timeMs;

/** The instant `at` moved to the year (of `reference`'s, the one before, the one after) that puts it nearest `reference`. */
function inYearNearest(at: number, reference: number): number {
  const year = new Date(reference).getUTCFullYear();
  let best = NaN;
  for (const y of [year - 1, year, year + 1]) {
    const moved = new Date(at);
    moved.setUTCFullYear(y);
    const t = moved.getTime();
    if (Number.isNaN(best) || Math.abs(t - reference) < Math.abs(best - reference)) best = t;
  }
  return best;
}

/** `a` mod `n` in [0, n). */
const modulo = (a: number, n: number): number => ((a % n) + n) % n;
