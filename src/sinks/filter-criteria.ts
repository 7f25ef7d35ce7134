import { RE2JS } from 're2js';
import type { Decision, Kind } from '../classify/types.js';
import { threadOf, type TraceRecord } from '../records/types.js';

/**
 * A point in time given on the command line; without a day it compares with the time of day alone, and with a zone
 * offset it compares by instant with records that have one (see time-window.ts).
 */
export interface Instant {
  readonly day: number | null;
  readonly timeMs: number;
  /** The offset, in minutes east of UTC, of the zone it was written with ("Z", "+02:00"), or null. */
  readonly offsetMin: number | null;
}

/** What `filter` selects on; every criterion given must hold (AND). */
export interface FilterCriteria {
  readonly kind?: Kind;
  readonly narrator?: string;
  readonly subject?: string;
  readonly pid?: number;
  readonly tid?: number;
  /** A thread by name (records/types.ts threadOf), or by its TID written in decimal. */
  readonly thread?: string;
  readonly since?: Instant;
  readonly until?: Instant;
  readonly match?: TextMatcher;
}

/** A compiled `--match` pattern: a RegExp, or RE2 where a RegExp could backtrack without bound. */
export interface TextMatcher {
  test(text: string): boolean;
}

/** True when criteria other than --match are given: those need a parsed record, so unparsed lines never meet them. */
export function needsRecord(c: FilterCriteria): boolean {
  return c.kind !== undefined || c.narrator !== undefined || c.subject !== undefined || c.pid !== undefined
    || c.tid !== undefined || c.thread !== undefined || c.since !== undefined || c.until !== undefined;
}

/** Whether the record meets every criterion but the time bounds, which need the run before it (see time-window.ts). */
export function recordMatches(c: FilterCriteria, record: TraceRecord, decision: Decision): boolean {
  if (c.kind !== undefined && decision.kind !== c.kind) return false;
  if (c.narrator !== undefined && !sameName(record.narrator, c.narrator)) return false;
  if (c.subject !== undefined && !decision.subjects.some((s) => sameName(s, c.subject as string))) return false;
  if (c.pid !== undefined && record.pid !== c.pid) return false;
  if (c.tid !== undefined && record.tid !== c.tid) return false;
  if (c.thread !== undefined && !onThread(record, c.thread)) return false;
  if (c.match !== undefined && !record.lines.some((l) => (c.match as TextMatcher).test(l.text))) return false;
  return true;
}

export function textMatches(c: FilterCriteria, text: string): boolean {
  return !needsRecord(c) && (c.match === undefined || c.match.test(text));
}

/**
 * Whether the record is on the thread `wanted`: its name as the grammar captured it (Java logs), or its TID written in
 * decimal, so that one option serves a trace whichever way it names threads. Names are compared exactly: thread names
 * differ by case and digit ("pool-1-thread-3").
 */
function onThread(record: TraceRecord, wanted: string): boolean {
  const thread = threadOf(record);
  return thread !== null && (typeof thread === 'number' ? String(thread) === wanted : thread === wanted);
}

function sameName(actual: string | null, wanted: string): boolean {
  return actual !== null && actual.toLowerCase() === wanted.toLowerCase();
}

/**
 * Compiles a user's `--match` pattern so that no input line can make it hang. A pattern without repetition cannot
 * backtrack without bound, so it runs as a JavaScript RegExp (the fastest); any other runs on RE2 (re2js), whose time
 * is linear in the line. A pattern RE2 cannot run (a backreference or lookaround with repetition) is refused.
 * Returns the matcher, or the reason the pattern is refused.
 */
export function compileMatch(source: string): TextMatcher | { readonly refused: string } {
  let jsError: string | null = null;
  let regex: RegExp | null = null;
  try {
    regex = new RegExp(source);
  } catch (err) {
    jsError = (err as Error).message;
  }
  if (regex !== null && !repeats(source)) return regex;
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source));
  } catch {
    if (jsError !== null) return { refused: `is not a valid regular expression: ${jsError}` };
    return {
      refused: 'combines repetition with a backreference or lookaround, which the linear-time engine (RE2) that runs '
        + 'repeating patterns does not have: rewrite it without the backreference or lookaround',
    };
  }
}

/** True when the pattern may hold a quantifier (* + ? {n}) outside a character class; in doubt, true. */
function repeats(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '*' || c === '+' || c === '{' || (c === '?' && source[i - 1] !== '(')) return true;
  }
  return false;
}
