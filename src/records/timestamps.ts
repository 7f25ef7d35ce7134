/** Turns the time and date text of a record into numbers that order records; the text itself is kept as written. */

const TIME = /(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,:](\d{1,9}))?/;
const TIME_COMPACT = /^(\d{2})(\d{2})(\d{2})$/;

/** Milliseconds since midnight, from "H:MM:SS[.f]" (fraction separated by '.', ',' or ':') or "HHMMSS"; else null. */
export function timeToMs(time: string): number | null {
  const m = TIME.exec(time) ?? TIME_COMPACT.exec(time);
  if (m === null) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (h > 23 || min > 59 || s > 60) return null;
  const fraction = m[4] ? Number(`0.${m[4]}`) * 1000 : 0;
  return ((h * 60 + min) * 60 + s) * 1000 + Math.floor(fraction + 1e-6);
}

const DATE_YMD = /^(\d{4}|\d{2})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/;
const DATE_MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_MD = /^(\d{1,2})-(\d{1,2})$/;

/** Days since 1970-01-01 from YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, YY-MM-DD, YYMMDD or YYYYMMDD; MM-DD counts in 1970. */
export function dateToDay(date: string): number | null {
  let y: number;
  let mo: number;
  let d: number;
  let m: RegExpExecArray | null;
  if ((m = DATE_MDY.exec(date))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DATE_YMD.exec(date))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DATE_MD.exec(date))) [y, mo, d] = [1970, Number(m[1]), Number(m[2])];
  else return null;
  if (y < 100) y += 2000;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000);
}

/** A sortable instant in ms: the day when known, else the time of day alone. */
export function instantOf(day: number | null, timeMs: number | null): number | null {
  if (timeMs === null) return null;
  return (day ?? 0) * 86_400_000 + timeMs;
}

/** Parses a --since/--until value: "HH:MM:SS[.fff]" or "DATE[ T-]HH:MM:SS[.fff]"; null when it is neither. */
export function parseInstant(text: string): { day: number | null; timeMs: number } | null {
  const m = /^(?:(\S+?)[ T-])?(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)$/.exec(text.trim());
  if (m === null) return null;
  const time = m[2] as string;
  const timeMs = timeToMs(time.split(':').length === 2 ? `${time}:00` : time);
  const day = m[1] === undefined ? null : dateToDay(m[1]);
  if (timeMs === null || (m[1] !== undefined && day === null)) return null;
  return { day, timeMs };
}
