/** What counts as an error message: a negative status (the classifier's cues), or an error level in the trace. */
import type { Decision } from '../../classify/types.js';
import type { TraceRecord } from '../../records/types.js';

/** Level field values that mean an error, upper-cased (log4j, logcat, syslog-like). */
const ERROR_LEVELS = new Set(['E', 'F', 'ERR', 'ERROR', 'FATAL', 'SEVERE', 'CRIT', 'CRITICAL', 'ALERT', 'EMERG']);

export function isErrorRecord(record: TraceRecord, decision: Decision): boolean {
  if (decision.negative) return true;
  const level = record.fields['level'];
  return level !== undefined && ERROR_LEVELS.has(level.trim().toUpperCase());
}
