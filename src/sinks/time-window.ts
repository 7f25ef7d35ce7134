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
 *
 * A bound written with a zone ("2024-05-01T08:00:00Z", "10:00+02:00") is an instant for records that have a zone
 * offset too (TraceRecord.offsetMin): `--since 08:00Z` keeps a +02:00 record written 10:00:00 and a UTC one written
 * 08:00:00. Any other pair, a bound without a zone or a record without an offset, compares as written, so a bound
 * without a zone means what it always has. Where a bound falls is settled on the instants when the first record has
 * an offset (and on its time as written otherwise); `--until` after `--since`, both with a zone, is the first time the
 * clock strikes it after `--since`'s instant.
 */
import { DayClock, MS_PER_DAY, nearest } from '../records/day-clock.js';
import { isYearless, zoneShiftMs } from '../records/timestamps.js';
import type { TraceRecord } from '../records/types.js';
import type { Instant } from './filter-criteria.js';

/** A bound placed on one kind of record, in milliseconds on that kind's scale as written, and its zone's offset. */
interface Placed {
  readonly at: number;
  readonly offsetMin: number | null;
}

/** The bounds placed on one kind of record; an absent bound is placed at minus or plus infinity. */
interface Bounds {
  readonly since: Placed;
  readonly until: Placed;
}

const NO_SINCE: Placed = { at: -Infinity, offsetMin: null };
const NO_UNTIL: Placed = { at: Infinity, offsetMin: null };

/**
 * How far a record at `at` (as written, in the zone of `offsetMin` or none) is past a bound: between their instants
 * when both have a zone, else between their times as written (zoneShiftMs).
 */
function from(bound: Placed, at: number, offsetMin: number | null): number {
  return at - bound.at + zoneShiftMs(bound.offsetMin, offsetMin);
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
    // A time without a day is placed by the clock as written, so its offset is left aside.
    let offsetMin: number | null = null;
    if (day === null) {
      at = this.clock.place(timeMs);
      bounds = this.undated ??= this.boundsFrom(at, null, 'undated');
    } else {
      at = day * MS_PER_DAY + timeMs;
      offsetMin = record.offsetMin;
      bounds = this.hasYear(record.date)
        ? (this.dated ??= this.boundsFrom(at, offsetMin, 'dated'))
        : (this.yearless ??= this.boundsFrom(at, offsetMin, 'yearless'));
    }
    return from(bounds.since, at, offsetMin) >= 0 && from(bounds.until, at, offsetMin) <= 0;
  }

  private hasYear(date: string | null): boolean {
    if (date !== this.lastDate) {
      this.lastDate = date;
      this.lastYearless = date !== null && isYearless(date);
    }
    return !this.lastYearless;
  }

  /**
   * The bounds on the scale of records of a kind, from the first such record, at `first` as written, in the zone of
   * `firstOffsetMin` or none (see the module comment).
   */
  private boundsFrom(first: number, firstOffsetMin: number | null, kind: 'dated' | 'yearless' | 'undated'): Bounds {
    const place = (bound: Instant): Placed => {
      const offsetMin = kind === 'undated' ? null : bound.offsetMin;
      if (bound.day === null || kind === 'undated') {
        // A time of day with a zone, after a first record with one: on the day nearest that record's instant.
        const shift = zoneShiftMs(offsetMin, firstOffsetMin);
        return { at: nearest(bound.timeMs - shift, first) + shift, offsetMin };
      }
      const at = instantMs(bound.day, bound.timeMs);
      return { at: kind === 'dated' ? at : inYearNearest(at, first), offsetMin };
    };
    const { since, until } = this;
    const placedSince = since === undefined ? NO_SINCE : place(since);
    let placedUntil = NO_UNTIL;
    if (until !== undefined) {
      if ((until.day !== null && kind !== 'undated') || since === undefined) placedUntil = place(until);
      else placedUntil = untilAfter(placedSince, until.timeMs, kind === 'undated' ? null : until.offsetMin);
    }
    return { since: placedSince, until: placedUntil };
  }
}

/**
 * `--until`'s time of day `timeMs` (in the zone of `offsetMin`, or none) placed the first time the clock strikes it at
 * or after `since`: on the instants when both have a zone, else as written.
 */
function untilAfter(since: Placed, timeMs: number, offsetMin: number | null): Placed {
  const shift = zoneShiftMs(offsetMin, since.offsetMin);
  return { at: since.at + modulo(timeMs - shift - since.at, MS_PER_DAY) + shift, offsetMin };
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
