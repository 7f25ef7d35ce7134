/**
 * Times as written in the trace: ordering, range and duration. Times are shown as written, and compared as written,
 * except that two times that both carry a zone offset (TraceRecord.offsetMin: "+02:00", "Z") compare by their
 * instants: a file logging at +02:00 and one logging in UTC, or a file that passes a change of summer time (+01:00,
 * then +02:00), are measured as the clocks ran, not as their faces read. No zone is ever guessed: a time without an
 * offset (most traces) compares as written with any other, and the machine's timezone plays no part.
 */
import { MS_PER_DAY, type DayClock } from '../../records/day-clock.js';
import { zoneShiftMs } from '../../records/timestamps.js';
import type { TraceRecord } from '../../records/types.js';
import { detach, detachOrNull } from '../../input/detach.js';
import type { TimePoint } from './types.js';

export { MS_PER_DAY };

/**
 * The record's time, or null when it has no usable time; rows and gaps keep it, so it is detached from the input. A
 * time without a day is placed by `clock`, past the midnights the trace passed before it (records/day-clock.ts).
 */
export function timePointOf(record: TraceRecord, clock: DayClock): TimePoint | null {
  if (record.time === null || record.timeMs === null) return null;
  const timeMs = record.day === null ? clock.place(record.timeMs) : record.timeMs;
  return { date: detachOrNull(record.date), time: detach(record.time), day: record.day, timeMs, offsetMin: record.offsetMin };
}

/**
 * Milliseconds from a to b. Days count only when both sides know theirs; offsets only when both have theirs (then
 * the difference is between instants: 03:00:00+02:00 is one second after 01:59:59+01:00).
 */
export function millisBetween(a: TimePoint, b: TimePoint): number {
  const days = a.day !== null && b.day !== null ? b.day - a.day : 0;
  return days * MS_PER_DAY + (b.timeMs - a.timeMs) + zoneShiftMs(a.offsetMin, b.offsetMin);
}

/** The earlier of two times; on a tie the one already held (a) stays, so merges keep reading order. */
export function earlier(a: TimePoint | null, b: TimePoint | null): TimePoint | null {
  if (a === null) return b;
  if (b === null) return a;
  return millisBetween(a, b) < 0 ? b : a;
}

/** The later of two times; on a tie the newer one (b) wins. */
export function later(a: TimePoint | null, b: TimePoint | null): TimePoint | null {
  if (a === null) return b;
  if (b === null) return a;
  return millisBetween(a, b) >= 0 ? b : a;
}

/** Ascending order, times before no time. */
export function compareTimePoints(a: TimePoint | null, b: TimePoint | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return -Math.sign(millisBetween(a, b));
}

/**
 * "2024-03-01 06:34:53.598", or just the time when the trace has no date, with the midnights passed since the trace's
 * first day when it has passed any: "00:00:01.004 (+1 day)". A time in epoch seconds ("1117838570": a day known
 * without a date) is written out in UTC, "2005-06-03 22:42:50 UTC", to the millisecond when it has some. `withZone`
 * adds the zone offset when the time has one ("2024-05-01 10:00:02.789 +02:00"): where times in different zones stand
 * side by side, it tells why they are nearer than they read.
 */
export function formatTimePoint(point: TimePoint, withZone = false): string {
  const zone = withZone && point.offsetMin !== null ? ` ${formatOffset(point.offsetMin)}` : '';
  if (point.date !== null) return `${point.date} ${point.time}${zone}`;
  if (point.day === null) return point.time + dayMark(point.timeMs) + zone;
  const iso = new Date(point.day * MS_PER_DAY + point.timeMs).toISOString();
  return `${iso.slice(0, 10)} ${point.timeMs % 1000 === 0 ? iso.slice(11, 19) : iso.slice(11, 23)} UTC`;
}

/** "+02:00", "-05:30", "+00:00" for UTC. */
export function formatOffset(offsetMin: number): string {
  const abs = Math.abs(offsetMin);
  return `${offsetMin < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60), true)}:${pad2(abs % 60, true)}`;
}

/** " (+1 day)", " (+2 days)" or " (-1 day)" for a time past midnight of the first day by `ms`; "" on that day. */
export function dayMark(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  if (days === 0) return '';
  return ` (${days > 0 ? '+' : ''}${days} day${Math.abs(days) === 1 ? '' : 's'})`;
}

/** Human-readable duration: "0.250s", "2m 03.456s", "1h 02m 03.456s", "3d 01h 02m 03.456s". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms));
  const days = Math.floor(rest / MS_PER_DAY);
  rest -= days * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = (rest / 1000).toFixed(3);
  const parts: string[] = [];
  if (days > 0) parts.push(`${days}d`);
  if (parts.length > 0 || hours > 0) parts.push(`${pad2(hours, parts.length > 0)}h`);
  if (parts.length > 0 || minutes > 0) parts.push(`${pad2(minutes, parts.length > 0)}m`);
  parts.push(`${parts.length > 0 ? seconds.padStart(6, '0') : seconds}s`);
  return sign + parts.join(' ');
}

function pad2(value: number, padded: boolean): string {
  return padded ? String(value).padStart(2, '0') : String(value);
}
