/**
 * The date and time text of a structured line's time value. Loggers write it as an RFC 3339 / ISO 8601 stamp (bunyan,
 * logrus, Serilog, Docker) or as a number since 1970-01-01 UTC: seconds with a fraction (zap, Kubernetes), milliseconds
 * (pino), microseconds (journald) or nanoseconds. A record has a date and a time of day as the other grammars give them
 * (see timestamps.ts), so:
 * - a stamp is cut as generic cuts one: the date, and the time of day with its fraction; its zone ("Z", "+02:00") is
 *   kept apart, for the record's offset (TraceRecord.offsetMin), and the time stays as written;
 * - an epoch number is written as its UTC date and time of day, the fraction digits as written (1714557601.456 ->
 *   "2024-05-01" "10:00:01.456"; 1714557601456 -> the same): a support engineer reads a date, not a count of seconds,
 *   and the records of one file order alike whichever way their times were written. How many digits the whole part
 *   has tells the unit: up to 11 seconds (until the year 5138), 12 to 14 milliseconds, 15 to 17 microseconds, 18 to 20
 *   nanoseconds. Its zone is "Z": the count is an instant, and its date and time are UTC's;
 * - MongoDB's extended JSON wraps either in an object, `{"$date":"2024-03-14T07:50:00.035+00:00"}` (relaxed) or
 *   `{"$date":{"$numberLong":"1710402600035"}}` (canonical, milliseconds): the stamp or number inside is read as above;
 * - any other text, a time of day alone ("10:00:01.456") as any, is the time as written, with no date (timestamps.ts
 *   reads what clock time it can find in it).
 */

export const STAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
export const EPOCH = /^(\d{1,20})(?:\.(\d{1,9}))?$/;
/** MongoDB's extended JSON date: the stamp (group 1) or the count of milliseconds (group 2, 3) inside. */
const EXTENDED_DATE = /^\{[ \t]*"\$date"[ \t]*:[ \t]*(?:"([^"]*)"|\{[ \t]*"\$numberLong"[ \t]*:[ \t]*"(\d{1,20})"[ \t]*\}|(\d{1,20}))[ \t]*\}$/;

/** Whole-part digits past the seconds for each unit, by the whole part's length (see above). */
const unitDigits = (length: number): number => (length <= 11 ? 0 : length <= 14 ? 3 : length <= 17 ? 6 : 9);

export interface StampText {
  readonly date: string | undefined;
  readonly time: string;
  /** The zone as written at the end of a stamp, "Z" for an epoch number; undefined when the value has none. */
  readonly zone: string | undefined;
}

/** The date and time text of a time value (see the module comment). */
export function stampText(value: string): StampText {
  const stamp = STAMP.exec(value);
  if (stamp !== null) return { date: stamp[1], time: stamp[2] as string, zone: stamp[3] };
  const epoch = EPOCH.exec(value);
  if (epoch !== null) return epochText(epoch[1] as string, epoch[2] ?? '');
  const extended = value.charCodeAt(0) === 123 ? EXTENDED_DATE.exec(value) : null; // "{"
  const inner = extended?.[1] ?? extended?.[2] ?? extended?.[3];
  if (inner !== undefined) return stampText(inner);
  return { date: undefined, time: value, zone: undefined };
}

/** The last second written, and its UTC date and time of day: consecutive records mostly share their second. */
let lastSecond = NaN;
let lastIso = '';

/** An epoch count (its whole part and fraction digits) as its UTC date and time of day. */
function epochText(whole: string, fraction: string): StampText {
  const sub = unitDigits(whole.length);
  const seconds = Number(whole.slice(0, whole.length - sub) || '0');
  const digits = whole.slice(whole.length - sub) + fraction;
  if (seconds !== lastSecond) {
    lastIso = new Date(seconds * 1000).toISOString();
    lastSecond = seconds;
  }
  return { date: lastIso.slice(0, 10), time: lastIso.slice(11, 19) + (digits === '' ? '' : `.${digits}`), zone: 'Z' };
}
