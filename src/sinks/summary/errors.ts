/**
 * What counts as an error message: a negative status (the classifier's cues), or an error level in the trace.
 *
 * The level is `fields.level`, which every grammar with a level fills (a structured log's from the first of its level
 * keys the line has: level, lvl, severity, @l, levelname, log.level, PRIORITY...). It means an error when it is
 * - a word, in any case, of ERROR_WORDS; Go slog's "ERROR+4" (a level above ERROR) is read as its word;
 * - a whole number on the one scale its range belongs to. The scales in use do not overlap, so the key the number
 *   came from (which the record does not keep) need not be known:
 *   - 0..7, syslog's severity (journald's PRIORITY, GELF's level): 0 emerg, 1 alert, 2 crit and 3 err are errors,
 *     4 warning to 7 debug are not;
 *   - 10..60, bunyan's and pino's levels (10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal): 50 and above;
 *   - any other number is on no scale known here, and no error: Monolog's 100..600 and Google Cloud's numeric
 *     severities (400 is ERROR in one, WARNING in the other), or a custom scale.
 *
 * Level keys no grammar maps to the level, each written by one family of loggers, are read under their own name:
 * - `LogLevel`, .NET's Microsoft.Extensions.Logging JSON: "Error", "Critical", or its enum's 4 and 5 (its numbers,
 *   0 Trace to 3 Warning, would read wrong on syslog's scale);
 * - `Level`, Serilog's JsonFormatter ("Error", "Fatal"): a word only, as Windows events exported as JSON put a number
 *   of their own scale there (2 Error, 3 Warning);
 * - `level_name`, Monolog's ("ERROR", "CRITICAL", "ALERT", "EMERGENCY"), beside its numeric `level`: a word only.
 */
import type { Decision } from '../../classify/types.js';
import { NO_FIELDS, type TraceRecord } from '../../records/types.js';

/**
 * Level words that mean an error, upper-cased: log4j, logcat and klog (E, F), syslog and its full names (ERR, CRIT,
 * ALERT, EMERG, EMERGENCY), Java (SEVERE), Python (CRITICAL), Serilog (FATAL), log15 (EROR), zap and logrus (PANIC,
 * DPANIC).
 */
const ERROR_WORDS = new Set([
  'E', 'F', 'ERR', 'EROR', 'ERROR', 'FATAL', 'SEVERE', 'CRIT', 'CRITICAL',
  'ALERT', 'EMERG', 'EMERGENCY', 'PANIC', 'DPANIC',
]);

/** A level field, and which of the numbers written there mean an error (none: its numbers are not read). */
interface LevelField {
  readonly field: string;
  readonly errorNumber: (n: number) => boolean;
}

const LEVEL_FIELDS: readonly LevelField[] = [
  { field: 'level', errorNumber: (n) => (n <= 7 ? n <= 3 : n >= 50 && n <= 60) },
  { field: 'LogLevel', errorNumber: (n) => n === 4 || n === 5 },
  { field: 'Level', errorNumber: () => false },
  { field: 'level_name', errorNumber: () => false },
];

/** A whole number as a level writes it, no sign, no fraction. */
const WHOLE_NUMBER = /^\d{1,6}$/;
/** slog's name of a level between two named ones: the one below, and how far above it ("ERROR+4", "WARN+2"). */
const SLOG_OFFSET = /\+\d+$/;

export function isErrorRecord(record: TraceRecord, decision: Decision): boolean {
  if (decision.negative) return true;
  // Most grammars capture no field of their own.
  if (record.fields === NO_FIELDS) return false;
  for (const { field, errorNumber } of LEVEL_FIELDS) {
    const level = record.fields[field];
    if (level !== undefined && isErrorLevel(level.trim(), errorNumber)) return true;
  }
  return false;
}

function isErrorLevel(level: string, errorNumber: (n: number) => boolean): boolean {
  if (WHOLE_NUMBER.test(level)) return errorNumber(Number(level));
  return ERROR_WORDS.has(level.replace(SLOG_OFFSET, '').toUpperCase());
}
