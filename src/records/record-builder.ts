import type { Format } from './format.js';
import type { ParsedLine } from './line-parser.js';
import { dateToDay, timeToMs } from './timestamps.js';
import type { SourceLine, TraceRecord } from './types.js';

/** Fields with a place of their own in TraceRecord; any other captured field goes to `fields`. */
const CORE_FIELDS = new Set(['pid', 'tid', 'date', 'time', 'narrator']);

/** "2968" or "0x0B98" -> number; anything else (or an unsafe integer) -> null. */
export function parseId(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = /^0[xX]/.test(text) ? Number.parseInt(text.slice(2), 16) : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(value) ? value : null;
}

/** A record from its parsed first line; `lines` starts as [line] and the assembler appends continuation lines to it. */
export function buildRecord(file: string, format: Format, lines: SourceLine[], parsed: ParsedLine): TraceRecord {
  const line = lines[0] as SourceLine;
  const f = parsed.fields;
  const extra: Record<string, string> = {};
  for (const key of Object.keys(f)) if (!CORE_FIELDS.has(key)) extra[key] = f[key] as string;
  const time = f['time'] ?? null;
  const date = f['date'] ?? null;
  return {
    file,
    line: line.number,
    format: format.name,
    pid: parseId(f['pid']),
    tid: parseId(f['tid']),
    date,
    time,
    timeMs: time === null ? null : timeToMs(time, format.spec.timeLayout),
    day: date === null ? null : dateToDay(date),
    narrator: f['narrator'] || null,
    message: line.text.slice(parsed.messageStart),
    bodyStart: parsed.bodyStart - parsed.messageStart,
    fields: extra,
    lines,
  };
}
