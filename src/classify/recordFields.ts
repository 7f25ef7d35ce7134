/**
 * Units a structured record names in its own fields, beside its message: zap, slog, bunyan and ECS write the text in
 * `msg` and the peer, node or pod it is about in a key of its own (`{"msg":"peer became inactive","peer-id":"91bc3c"}`).
 * The JSON grammar keeps those keys as the record's fields; the rules read them as they read `key=value` in a body.
 */

import type { Lexicon } from './lexicon.js';

/** A record field naming a unit: the unit noun its key ends in ("peer" for "remote-peer-id") and its value. */
export interface UnitField {
  readonly unit: string;
  readonly value: string;
}

/** Words of a key: "remote-peer-id", "remote_peer_id", "remotePeerId" -> remote, peer, id. */
const KEY_WORDS = /[-_\s]+|(?<=[a-z0-9])(?=[A-Z])/;
/** Units a structured log's own keys most often give as the line's origin (bunyan's and logrus' "host", "service"). */
const ORIGIN_UNITS = new Set(['host', 'service']);
/** Last words that say which property of the unit the key holds, not which unit: "peer-id" is the peer. */
const PROPERTY_WORDS = new Set(['id', 'ids', 'name', 'names']);

/**
 * The unit noun a field key names (the lexicon's fieldSubjects), or null: its last word once a property word is dropped.
 * A key qualified by a self word ("local-member-id", "self_node") names the narrator's own unit, not another.
 */
function unitOfKey(key: string, lexicon: Lexicon): string | null {
  // ECS and OpenTelemetry name where the line comes from in dotted keys ("host.name", "service.name").
  if (key.includes('.')) return null;
  const words = key.split(KEY_WORDS).map((w) => w.toLowerCase()).filter((w) => w !== '');
  if (words.length > 1 && PROPERTY_WORDS.has(words[words.length - 1] as string)) words.pop();
  const unit = words.pop();
  if (unit === undefined || ORIGIN_UNITS.has(unit) || !lexicon.fieldSubjects.has(unit)) return null;
  return words.some((w) => lexicon.selfWords.has(w)) ? null : unit;
}

/** Keys seen, per lexicon: a structured log repeats a handful of keys on every line. */
const keyUnits = new WeakMap<Lexicon, Map<string, string | null>>();

function cachedUnitOfKey(key: string, lexicon: Lexicon): string | null {
  let units = keyUnits.get(lexicon);
  if (units === undefined) keyUnits.set(lexicon, (units = new Map()));
  let unit = units.get(key);
  if (unit === undefined) {
    unit = unitOfKey(key, lexicon);
    // Keys are the log's own: a log that makes up a key per line must not grow the table without end.
    if (units.size < 4096) units.set(key, unit);
  }
  return unit;
}

/**
 * The unit a field names, or null: its key's (cachedUnitOfKey), when its value names one unit (not empty, not a JSON
 * object or array, which is a nested record).
 */
function unitOfField(key: string, value: string, lexicon: Lexicon): string | null {
  const c = value.charCodeAt(0);
  return value === '' || c === 123 || c === 91 ? null : cachedUnitOfKey(key, lexicon);
}

/** The record fields that name units, in the record's key order. */
export function unitFieldsOf(fields: Readonly<Record<string, string>>, lexicon: Lexicon): UnitField[] {
  const found: UnitField[] = [];
  for (const key in fields) {
    const value = fields[key] as string;
    const unit = unitOfField(key, value, lexicon);
    if (unit !== null) found.push({ unit, value });
  }
  return found;
}

/** What a record's own error field says of the other side: nothing (no such field), its failure, or a local error. */
export type ErrorField = 'none' | 'remote' | 'local';

/** Keys of the error a structured record carries: err, error, errorMessage, error_msg. */
const ERROR_KEY = /^(?:err|error)(?:[-_]?(?:msg|message))?$/i;

/**
 * An error that shows the other side failing, as Go's, Java's and Node's network stacks write it: refused, reset or
 * closed by the peer, a timeout or deadline, no route, an unexpected end of stream, an HTTP status of 4xx or 5xx the
 * server returned, a host or service not answering, no leader to answer.
 */
const REMOTE_FAILURE = new RegExp(
  [
    'connection (?:refused|reset|closed|aborted)', 'broken pipe', 'econn(?:refused|reset)', 'i/o timeout', 'timed? ?out',
    'deadline exceeded', 'no route to host', 'host is down', 'unreachable', '\\bEOF\\b',
    'server returned', 'HTTP status(?: code)? [45]\\d\\d', '\\b(?:HTTP|status)[ /:]*[45]\\d\\d\\b', 'not responding',
    'unavailable', 'no (?:cluster )?leader', 'no such host',
  ].join('|'),
  'i',
);

/** Whether a field of this key holds an error (err, error, errorMessage, error_msg). */
export const isErrorKey = (key: string): boolean => ERROR_KEY.test(key);

/** Whether an error's text shows the other side failing (REMOTE_FAILURE). */
export const showsRemoteFailure = (error: string): boolean => REMOTE_FAILURE.test(error);

/** The text of the record's own error field, or undefined without one. */
export function errorTextOf(fields: Readonly<Record<string, string>>): string | undefined {
  for (const key in fields) if (isErrorKey(key)) return fields[key] as string;
  return undefined;
}

/** The record's own error field (its text, errorTextOf), read for whose failure it tells; 'none' without one. */
export function errorFieldOf(error: string | undefined): ErrorField {
  return error === undefined ? 'none' : showsRemoteFailure(error) ? 'remote' : 'local';
}

/**
 * Whether a structured record's decision may rest on more than its message: a field naming a unit (unitOfField), or
 * its own error field (errorFieldOf), which the rules read beside the message.
 */
export function readsOwnFields(fields: Readonly<Record<string, string>>, lexicon: Lexicon): boolean {
  // One pass over the keys: the cache asks this of every structured record.
  for (const key in fields) if (isErrorKey(key) || unitOfField(key, fields[key] as string, lexicon) !== null) return true;
  return false;
}
