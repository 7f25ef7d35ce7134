/** Turns the time and date text of a record into numbers that order records; the text itself is kept as written. */
import type { TimeLayout } from './grammar-types.js';

const TIME = /(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,:](\d{1,9}))?(?:\s*([AaPp])[Mm])?/;
const TIME_COMPACT = /^(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?$/;
/** A clock written with dots throughout, as Blue Gene/L stamps are ("15.42.50.675872"): the whole text, so no date. */
const TIME_DOTTED = /^(\d{1,2})\.(\d{2})\.(\d{2})(?:\.(\d{1,9}))?$/;
const SECONDS = /^(\d{1,12})(?:[.,](\d{1,9}))?$/;
/** A clock to the minute, the whole text ("03:05": Bacula's default time format, '%H:%M'). */
const TIME_MINUTES = /^(\d{1,2}):(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Milliseconds since midnight, from "H:MM:SS[.f]" (fraction separated by '.', ',' or ':', optionally followed by AM or
 * PM), "HH.MM.SS[.f]", "HHMMSS[.f]" (Zabbix's "021502.118") or "H:MM" (Bacula's, to the minute); with the "seconds" layout, elapsed seconds "S[.f]",
 * and with the "epoch" layout, seconds since 1970-01-01 UTC "S[.f]" as the time of day in UTC (epochDay tells the
 * day); clock times are read in every layout. Else null.
 */
export function timeToMs(time: string, layout: TimeLayout = 'clock'): number | null {
  const clock = plainClockMs(time);
  return clock !== undefined ? clock : readTime(time, layout);
}

/** timeToMs by its patterns alone, for every form (plainClockMs reads the common ones faster, to the same answer). */
export function readTime(time: string, layout: TimeLayout = 'clock'): number | null {
  const seconds = layout === 'clock' ? null : SECONDS.exec(time);
  if (seconds !== null) {
    const ms = Number(seconds[1]) * 1000 + fractionMs(seconds[2]);
    return layout === 'epoch' ? ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY : ms;
  }
  const m = TIME.exec(time) ?? TIME_DOTTED.exec(time) ?? TIME_COMPACT.exec(time);
  if (m === null) {
    const minutes = TIME_MINUTES.exec(time);
    if (minutes === null) return null;
    const [h, min] = [Number(minutes[1]), Number(minutes[2])];
    return h > 23 || min > 59 ? null : (h * 60 + min) * 60_000;
  }
  let h = Number(m[1]);
  const [min, s] = [Number(m[2]), Number(m[3])];
  if (m[5] !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[5] === 'P' || m[5] === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 60) return null;
  return ((h * 60 + min) * 60 + s) * 1000 + fractionMs(m[4]);
}

/**
 * The common case read without a regex: exactly "HH:MM:SS" with an optional fraction of up to 8 digits after '.', ','
 * or ':'. TIME reads such a text from its start with the same groups (and SECONDS never matches it, having a ':'), and
 * up to 8 digits the first three make fractionMs's figure; undefined for any other text.
 */
function plainClockMs(time: string): number | null | undefined {
  const length = time.length;
  if (length < 8 || time.charCodeAt(2) !== 58 || time.charCodeAt(5) !== 58) return undefined;
  const hours = twoDigits(time, 0);
  const minutes = twoDigits(time, 3);
  const seconds = twoDigits(time, 6);
  if (hours < 0 || minutes < 0 || seconds < 0) return undefined;
  let ms = 0;
  if (length > 8) {
    const separator = time.charCodeAt(8);
    const digits = length - 9;
    if ((separator !== 46 && separator !== 44 && separator !== 58) || digits > 8) return undefined;
    for (let i = 0, scale = 100; i < digits; i++, scale = (scale / 10) | 0) {
      const digit = time.charCodeAt(9 + i) - 48;
      if (digit < 0 || digit > 9) return undefined;
      ms += digit * scale;
    }
  }
  if (hours > 23 || minutes > 59 || seconds > 60) return null;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/** The value of the two digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

function fractionMs(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000 + 1e-6) : 0;
}

const DATE_YMD = /^(\d{4}|\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DATE_YMD_COMPACT = /^(\d{4}|\d{2})(\d{2})(\d{2})$/;
const DATE_MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** "20.05.2024", the day first with dots and a four-digit year (Veeam; German, Russian and other locales). */
const DATE_DMY_DOTS = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_MD = /^(\d{1,2})-(\d{1,2})$/;
/** MMDD, as glog and klog write it after the level letter ("I0312"). */
const DATE_MD_COMPACT = /^(\d{2})(\d{2})$/;
const DATE_MONTH_DAY = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})$/;
/** "26 Nov", the day first (Redis), or "21-May" (BIND, Bacula, Tomcat: their year, when written, comes after it). */
const DATE_DAY_MONTH = /^(\d{1,2})(?:\s+|-)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;
/** "18/Jun/2024", the Common Log Format's date (Apache's and nginx's access logs, CUPS's error_log). */
const DATE_CLF = /^(\d{1,2})\/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/(\d{4})$/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** The year of a date written without one, from its month (1-12) and day. */
export type YearOf = (month: number, day: number) => number;

/**
 * The moment year-less dates are read against: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when
 * set, so that output can be reproduced; else now.
 */
export function referenceNow(env: NodeJS.ProcessEnv = process.env): number {
  const fixed = Number(env['SOURCE_DATE_EPOCH']);
  return env['SOURCE_DATE_EPOCH'] !== undefined && Number.isFinite(fixed) ? fixed * 1000 : Date.now();
}

/**
 * How syslog readers date "Mar  1": the latest year that does not put the date more than a month after `now` (logs
 * are read after they are written; a month allows for clocks and time zones). A log that spans New Year's Eve keeps
 * its order, as long as it is less than eleven months old.
 */
export function yearBefore(now: number): YearOf {
  const thisYear = new Date(now).getUTCFullYear();
  return (month, day) => (Date.UTC(thisYear, month - 1, day) > now + 31 * MS_PER_DAY ? thisYear - 1 : thisYear);
}

/**
 * Days since 1970-01-01 from YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD.MM.YYYY, YY-MM-DD, YY/MM/DD, YYMMDD or YYYYMMDD; MM-DD, MMDD,
 * "Mon DD", "DD Mon" and "DD-Mon" have no year written: `year` gives it (a year captured beside the date, as Apache and Redis
 * write it, or the syslog readers' guess, yearBefore).
 */
export function dateToDay(date: string, year: number | YearOf = yearBefore(referenceNow())): number | null {
  let y: number;
  let mo: number;
  let d: number;
  let m: RegExpExecArray | null;
  if ((m = DATE_MDY.exec(date))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DATE_YMD.exec(date) ?? DATE_YMD_COMPACT.exec(date))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DATE_DMY_DOTS.exec(date))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DATE_MD.exec(date) ?? DATE_MD_COMPACT.exec(date))) [y, mo, d] = [-1, Number(m[1]), Number(m[2])];
  else if ((m = DATE_MONTH_DAY.exec(date))) [y, mo, d] = [-1, MONTHS.indexOf(m[1] as string) / 3 + 1, Number(m[2])];
  else if ((m = DATE_DAY_MONTH.exec(date))) [y, mo, d] = [-1, MONTHS.indexOf(m[2] as string) / 3 + 1, Number(m[1])];
  else if ((m = DATE_CLF.exec(date))) [y, mo, d] = [Number(m[3]), MONTHS.indexOf(m[2] as string) / 3 + 1, Number(m[1])];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (y < 0) y = typeof year === 'number' ? year : year(mo, d);
  else if (y < 100) y += 2000;
  return Math.floor(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
}

/** Whether a date is written without its year ("Mar  1", "03-17", "0312"). */
export function isYearless(date: string): boolean {
  return DATE_MONTH_DAY.test(date) || DATE_DAY_MONTH.test(date) || DATE_MD.test(date) || DATE_MD_COMPACT.test(date);
}

/** Days since 1970-01-01 of a time in epoch seconds ("1117838570", the "epoch" layout), or null for any other text. */
export function epochDay(time: string): number | null {
  const seconds = SECONDS.exec(time);
  return seconds === null ? null : Math.floor(Number(seconds[1]) / 86_400);
}

/** A --since/--until value read: a time of day, on a day when a date was given, in a zone when one was given. */
export interface InstantText {
  readonly day: number | null;
  readonly timeMs: number;
  /** The zone's offset from UTC in minutes (zoneOffset) when the value ends with one, else null. */
  readonly offsetMin: number | null;
}

const BOUND = /^(?:(\S+?)[ T-])?(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)$/;
/** A zone at the end of a bound: "Z" or an offset, glued or after a blank, or a name after a blank ("... UTC"). */
const BOUND_ZONE = /(?:\s*([Zz]|[+-]\d{2}(?::?\d{2})?)|\s+([A-Za-z]{2,5}))$/;

/**
 * Parses a --since/--until value: "HH:MM[:SS[.fff]]" or "DATE[ T-]HH:MM[:SS[.fff]]", optionally followed by a zone
 * ("Z", "+02:00", "-0500", "+02", or a name zoneOffset knows, after a blank: "UTC", "CEST"); null when it is none of
 * these (a zone zoneOffset cannot read included). The value is first read without a zone, so that the date-time form
 * "2024-05-01-10:00" keeps its meaning; only when that fails is an ending that reads as a zone cut off ("10:00-05:00",
 * "2024-05-01T08:00:00Z").
 */
export function parseInstant(text: string): InstantText | null {
  const trimmed = text.trim();
  const plain = boundOf(trimmed, null);
  if (plain !== null) return plain;
  const zone = BOUND_ZONE.exec(trimmed);
  if (zone === null) return null;
  const offsetMin = zoneOffset((zone[1] ?? zone[2]) as string);
  return offsetMin === null ? null : boundOf(trimmed.slice(0, zone.index), offsetMin);
}

function boundOf(text: string, offsetMin: number | null): InstantText | null {
  const m = BOUND.exec(text);
  if (m === null) return null;
  const time = m[2] as string;
  const timeMs = timeToMs(time.split(':').length === 2 ? `${time}:00` : time);
  const day = m[1] === undefined ? null : dateToDay(m[1]);
  if (timeMs === null || (m[1] !== undefined && day === null)) return null;
  return { day, timeMs, offsetMin };
}

/**
 * The one rule of how zones count when times are compared (the merge, the summary's times, filter bounds): what to
 * add to the distance from a time to another as written (the second's less the first's, in ms) to make it the
 * distance between their instants. Their offsets' difference when both have one (minutes east of UTC); else 0, and
 * the two compare as written: a time without a zone is never moved by a guess.
 */
export function zoneShiftMs(fromOffsetMin: number | null, toOffsetMin: number | null): number {
  return fromOffsetMin !== null && toOffsetMin !== null ? (fromOffsetMin - toOffsetMin) * 60_000 : 0;
}

const NUMERIC_ZONE = /^([+-])(\d{2})(?::?(\d{2}))?$/;

/**
 * Zone names that stand for one offset wherever they are written (in minutes east of UTC): PostgreSQL and syslog
 * daemons write the abbreviation of their zone ("CET", then "CEST" from the end of March). Names that stand for
 * several are left out, since guessing would misplace records by hours: CST (US Central, China, Cuba), CDT (US
 * Central, Cuba), IST (India, Israel, Ireland), AST, ADT. A record in such a zone has no offset: it is placed as written.
 */
const ZONE_NAMES: ReadonlyMap<string, number> = new Map([
  ['UTC', 0], ['UT', 0], ['GMT', 0], ['Z', 0],
  ['WET', 0], ['WEST', 60], ['BST', 60], ['CET', 60], ['CEST', 120], ['MET', 60], ['MEST', 120],
  ['EET', 120], ['EEST', 180], ['MSK', 180], ['SAST', 120],
  ['EST', -300], ['EDT', -240], ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420],
  ['AKST', -540], ['AKDT', -480], ['HST', -600], ['NST', -210], ['NDT', -150],
  ['JST', 540], ['KST', 540], ['HKT', 480], ['SGT', 480], ['WIB', 420], ['PKT', 300],
  ['AWST', 480], ['ACST', 570], ['ACDT', 630], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780],
]);

/**
 * The offset from UTC, in minutes east, of a zone as a stamp writes it: "Z", "+02:00", "+0200", "+02", "-05:30", or a
 * name of ZONE_NAMES (any case); null for any other text (an offset of 24 hours or more, a name of several zones).
 */
export function zoneOffset(zone: string): number | null {
  if (zone === 'Z' || zone === 'z') return 0;
  const m = NUMERIC_ZONE.exec(zone);
  if (m === null) return ZONE_NAMES.get(zone.toUpperCase()) ?? null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  // "-00:00" is UTC (RFC 3339: the local offset unknown), and 0 rather than -0.
  return m[1] === '-' && total !== 0 ? -total : total;
}
