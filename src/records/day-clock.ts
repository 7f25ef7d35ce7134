/**
 * Times of day without a date, ordered across midnight.
 *
 * A trace that writes only the time of day ("23:59:58.120", then "00:00:01.004") passes midnight without saying so:
 * read as written, its second line is 24 hours before its first. A DayClock places each such time on the day (of the
 * one before, the same and the one after the time it placed last) that puts it nearest that time: "00:00:01" after
 * "23:59:58" is 3 seconds later, on the next day, and a line flushed late ("23:59:59" after "00:00:01") stays 2 seconds
 * before. What it gives is milliseconds since midnight of the day its first time fell on: past MS_PER_DAY once a
 * midnight is passed, below 0 for a late line from before the first one.
 *
 * What it cannot see is a silence of 12 hours or more: a trace quiet from 08:00 until 04:00 the next morning reads as
 * going back 4 hours. Only a date tells that, and a trace with dates does not need a DayClock.
 *
 * Placing is a chain from one time to the next, so a run of records read apart (a worker's part of a file) can be
 * placed from day 0 and shifted afterwards by whole days: `shiftOnto` says by how much.
 */
export const MS_PER_DAY = 86_400_000;

/** `timeMs` moved by whole days to where it is nearest `reference` (both in milliseconds from one midnight). */
export function nearest(timeMs: number, reference: number): number {
  return timeMs + Math.round((reference - timeMs) / MS_PER_DAY) * MS_PER_DAY;
}

/** The whole days by which times placed from `first` on (first placed as itself) move when placed after `before`. */
export function shiftOnto(first: number, before: number | null): number {
  return before === null ? 0 : nearest(first, before) - first;
}

/** Places the times of day of a run of records, in reading order (see the module comment). */
export class DayClock {
  private first: number | null = null;

  /** `last`: the time placed last before this clock starts (a seed), or null to start on day 0. */
  constructor(private last: number | null = null) {}

  /** The first time this clock placed (as written, when it started without a seed), or null before it. */
  get firstPlaced(): number | null {
    return this.first;
  }

  /** The time placed last, or null before the first. */
  get lastPlaced(): number | null {
    return this.last;
  }

  /** Where the time of day `timeMs` (0 to MS_PER_DAY) of the next record falls. */
  place(timeMs: number): number {
    const placed = this.last === null ? timeMs : nearest(timeMs, this.last);
    this.first ??= placed;
    this.last = placed;
    return placed;
  }
}
