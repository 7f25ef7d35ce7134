import type { Decision, Kind } from '../classify/types.js';
import { instantOf } from '../records/timestamps.js';
import type { TraceRecord } from '../records/types.js';

/** A point in time given on the command line; without a day it compares with the time of day alone. */
export interface Instant {
  readonly day: number | null;
  readonly timeMs: number;
}

/** What `filter` selects on; every criterion given must hold (AND). */
export interface FilterCriteria {
  readonly kind?: Kind;
  readonly narrator?: string;
  readonly subject?: string;
  readonly pid?: number;
  readonly tid?: number;
  readonly since?: Instant;
  readonly until?: Instant;
  readonly match?: RegExp;
}

/** True when criteria other than --match are given: those need a parsed record, so unparsed lines never meet them. */
export function needsRecord(c: FilterCriteria): boolean {
  return c.kind !== undefined || c.narrator !== undefined || c.subject !== undefined || c.pid !== undefined
    || c.tid !== undefined || c.since !== undefined || c.until !== undefined;
}

export function recordMatches(c: FilterCriteria, record: TraceRecord, decision: Decision): boolean {
  if (c.kind !== undefined && decision.kind !== c.kind) return false;
  if (c.narrator !== undefined && !sameName(record.narrator, c.narrator)) return false;
  if (c.subject !== undefined && !decision.subjects.some((s) => sameName(s, c.subject as string))) return false;
  if (c.pid !== undefined && record.pid !== c.pid) return false;
  if (c.tid !== undefined && record.tid !== c.tid) return false;
  if (c.since !== undefined && !(compareTo(record, c.since) >= 0)) return false;
  if (c.until !== undefined && !(compareTo(record, c.until) <= 0)) return false;
  if (c.match !== undefined && !record.lines.some((l) => testRegex(c.match as RegExp, l.text))) return false;
  return true;
}

export function textMatches(c: FilterCriteria, text: string): boolean {
  return !needsRecord(c) && (c.match === undefined || testRegex(c.match, text));
}

function sameName(actual: string | null, wanted: string): boolean {
  return actual !== null && actual.toLowerCase() === wanted.toLowerCase();
}

/** Record time minus instant; NaN (so every comparison fails) when the record has no time. */
function compareTo(record: TraceRecord, instant: Instant): number {
  if (record.timeMs === null) return NaN;
  if (instant.day === null || record.day === null) return record.timeMs - instant.timeMs;
  return (instantOf(record.day, record.timeMs) as number) - (instantOf(instant.day, instant.timeMs) as number);
}

function testRegex(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}
